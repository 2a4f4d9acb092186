"""Print candidates of pool 4 (/work/eval-pool4/order.txt positions a..b) for reading: PMID, first author, year, title,
types, abstract. Copied from set 24 (set 22) show.py; change: it refuses any position outside set 27's range 1-32 (the
brief's range for E-P4), so that other sets' positions are never printed."""
import sys, xml.etree.ElementTree as ET
from poolsrc import pool, ORDER
LO, HI = 1, 32
found = pool(); a0, b0 = int(sys.argv[1]), int(sys.argv[2])
assert LO <= a0 <= b0 <= HI, f"set 27 reads positions {LO}-{HI} only"
for line in open(ORDER):
    i, pmid = line.split()[:2]
    if not a0 <= int(i) <= b0: continue
    a = ET.fromstring(found[pmid])
    print(f"=== {i} {pmid} {a.findtext('.//AuthorList/Author/LastName')} {a.findtext('.//Article/Journal/JournalIssue/PubDate/Year')} | {''.join(a.find('.//ArticleTitle').itertext())}")
    print("PT:", "; ".join(x.text for x in a.iter("PublicationType")))
    for x in a.iter("AbstractText"):
        print(f"[{x.get('Label')}] " + " ".join("".join(x.itertext()).split()))
