"""Print candidates of pool 7 (/work/eval-pool7/order.txt positions a..b) for reading: PMID, first author, year, title,
types, abstract. Copied from set 39's show.py (itself set 35's); change: it refuses any position outside set 42's range 17-30 (the
round-thirteen brief's range for E-42), so that positions 1-16 and 31-90 (other sets) are never printed."""
import sys, xml.etree.ElementTree as ET
from poolsrc import pool, ORDER
LO, HI = 17, 30
found = pool(); a0, b0 = int(sys.argv[1]), int(sys.argv[2])
assert LO <= a0 <= b0 <= HI, f"set 42 reads positions {LO}-{HI} only"
for line in open(ORDER):
    i, pmid = line.split()[:2]
    if not a0 <= int(i) <= b0: continue
    a = ET.fromstring(found[pmid])
    print(f"=== {i} {pmid} {a.findtext('.//AuthorList/Author/LastName')} {a.findtext('.//Article/Journal/JournalIssue/PubDate/Year')} | {''.join(a.find('.//ArticleTitle').itertext())}")
    print("PT:", "; ".join(x.text for x in a.iter("PublicationType")))
    print("MeSH:", "; ".join(x.text for x in a.iter("DescriptorName")))
    for x in a.iter("AbstractText"):
        print(f"[{x.get('Label')}] " + " ".join("".join(x.itertext()).split()))
