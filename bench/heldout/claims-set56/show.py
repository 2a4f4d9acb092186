"""Print candidates of pool 11 (/work/eval-pool11/order.txt positions a..b) for reading: PMID, first author, year,
title, types, MeSH, abstract. Copied from set 50's show.py; change: it refuses any position outside set 56's range
floor(N/2)+1..N (poolsrc.walk_range()), so that the other half of pool 11 (set 55's) is never printed."""
import sys, xml.etree.ElementTree as ET
from poolsrc import pool, ORDER, walk_range
LO, HI = walk_range()
a0, b0 = int(sys.argv[1]), int(sys.argv[2])
assert LO <= a0 <= b0 <= HI, f"set 56 reads positions {LO}-{HI} only"
found = pool()
for line in open(ORDER):
    if not line.strip(): continue
    i, pmid = line.split()[:2]
    if not a0 <= int(i) <= b0: continue
    a = ET.fromstring(found[pmid])
    print(f"=== {i} {pmid} {a.findtext('.//AuthorList/Author/LastName')} {a.findtext('.//Article/Journal/JournalIssue/PubDate/Year')} | {''.join(a.find('.//ArticleTitle').itertext())}")
    print("Status:", a.find("MedlineCitation").get("Status"), "| PT:", "; ".join(x.text for x in a.iter("PublicationType")))
    print("MeSH:", "; ".join(x.text for x in a.iter("DescriptorName")))
    for x in a.iter("AbstractText"):
        print(f"[{x.get('Label')}] " + " ".join("".join(x.itertext()).split()))
