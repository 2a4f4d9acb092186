"""Print candidates of pool 6 (/work/eval-pool6/order.txt positions a..b) for reading: PMID, first author, year, title,
types, abstract. Copied from set 32's show.py; change: it refuses any position outside set 35's range 1-45 (the
brief's range for E-P6, set 35; K = 46), so that set 36's positions are never printed."""
import sys, xml.etree.ElementTree as ET
from poolsrc import pool, ORDER
LO, HI = 1, 45
found = pool(); a0, b0 = int(sys.argv[1]), int(sys.argv[2])
assert LO <= a0 <= b0 <= HI, f"set 35 reads positions {LO}-{HI} only"
for line in open(ORDER):
    i, pmid = line.split()[:2]
    if not a0 <= int(i) <= b0: continue
    a = ET.fromstring(found[pmid])
    print(f"=== {i} {pmid} {a.findtext('.//AuthorList/Author/LastName')} {a.findtext('.//Article/Journal/JournalIssue/PubDate/Year')} | {''.join(a.find('.//ArticleTitle').itertext())}")
    print("PT:", "; ".join(x.text for x in a.iter("PublicationType")))
    for x in a.iter("AbstractText"):
        print(f"[{x.get('Label')}] " + " ".join("".join(x.itertext()).split()))
