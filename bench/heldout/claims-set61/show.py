"""Print candidates of pool 13 (/work/eval-pool13/order.txt positions a..b) for reading: PMID, first author, year, title,
types, MeSH, abstract. Copied from set 55's show.py (itself set 50's, 44's); change: it refuses any position outside set
61's range 1-89 (the brief's range for E-61: positions 1..floor(179/2)), so that set 62's positions are never printed;
only the records of the requested positions are parsed (the src file is 233 MB)."""
import sys, xml.etree.ElementTree as ET
from poolsrc import pool, ORDER
LO, HI = 1, 89
a0, b0 = int(sys.argv[1]), int(sys.argv[2])
assert LO <= a0 <= b0 <= HI, f"set 61 reads positions {LO}-{HI} only"
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
