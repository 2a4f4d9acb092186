"""Print candidates of pool 9 (/work/eval-pool9/order.txt positions a..b) for reading: PMID, first author, year, title,
types, MeSH, abstract. Copied from set 44's show.py; change: it refuses any position outside set 50's range 1-30 (the
brief's range for E-P9, set 50; K = 31), so that set 51's positions are never printed."""
import sys, xml.etree.ElementTree as ET
from poolsrc import pool, ORDER
LO, HI = 1, 30
found = pool(); a0, b0 = int(sys.argv[1]), int(sys.argv[2])
assert LO <= a0 <= b0 <= HI, f"set 50 reads positions {LO}-{HI} only"
for line in open(ORDER):
    i, pmid = line.split()[:2]
    if not a0 <= int(i) <= b0: continue
    a = ET.fromstring(found[pmid])
    print(f"=== {i} {pmid} {a.findtext('.//AuthorList/Author/LastName')} {a.findtext('.//Article/Journal/JournalIssue/PubDate/Year')} | {''.join(a.find('.//ArticleTitle').itertext())}")
    print("Status:", a.find("MedlineCitation").get("Status"), "| PT:", "; ".join(x.text for x in a.iter("PublicationType")))
    print("MeSH:", "; ".join(x.text for x in a.iter("DescriptorName")))
    for x in a.iter("AbstractText"):
        print(f"[{x.get('Label')}] " + " ".join("".join(x.itertext()).split()))
