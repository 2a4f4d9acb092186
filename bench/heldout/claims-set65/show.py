"""Print candidates of pool 13 (/work/eval-pool13/order.txt positions a..b) for reading: PMID, first author, year, title,
types, MeSH, abstract. Copied from set 55's show.py (itself set 50's, 44's); change: it refuses any position outside set
65's range 105-140 (the round-nineteen brief's walk range for set 65), so that other sets' positions are never printed."""
import sys, xml.etree.ElementTree as ET
LO, HI = 105, 140
a0, b0 = int(sys.argv[1]), int(sys.argv[2])
assert LO <= a0 <= b0 <= HI, f"set 65 reads positions {LO}-{HI} only"
from poolsrc import pool, ORDER
found = pool()
for line in open(ORDER):
    i, pmid = line.split()[:2]
    if not a0 <= int(i) <= b0: continue
    a = ET.fromstring(found[pmid])
    print(f"=== {i} {pmid} {a.findtext('.//AuthorList/Author/LastName')} {a.findtext('.//Article/Journal/JournalIssue/PubDate/Year')} | {''.join(a.find('.//ArticleTitle').itertext())}")
    print("Status:", a.find("MedlineCitation").get("Status"), "| PT:", "; ".join(x.text for x in a.iter("PublicationType")))
    print("MeSH:", "; ".join(x.text for x in a.iter("DescriptorName")))
    for x in a.iter("AbstractText"):
        print(f"[{x.get('Label')}] " + " ".join("".join(x.itertext()).split()))
