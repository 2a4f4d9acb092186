"""Print candidates of pool 4 (/work/eval-pool4/order.txt positions a..b) for reading: PMID, first author, year, title,
types, abstract. Copied from set 24's show.py; change: it refuses any position before K (set 28's first position,
read from pool 4's POOL_READY), so that set 27's positions are never printed."""
import sys, xml.etree.ElementTree as ET
from poolsrc import pool, ORDER, K
found = pool(); a0, b0 = int(sys.argv[1]), int(sys.argv[2])
assert K <= a0 <= b0, f"set 28 reads positions {K}.. only"
for line in open(ORDER):
    i, pmid = line.split()[:2]
    if not a0 <= int(i) <= b0: continue
    a = ET.fromstring(found[pmid])
    print(f"=== {i} {pmid} {a.findtext('.//AuthorList/Author/LastName')} {a.findtext('.//Article/Journal/JournalIssue/PubDate/Year')} | {''.join(a.find('.//ArticleTitle').itertext())}")
    print("PT:", "; ".join(x.text for x in a.iter("PublicationType")))
    for x in a.iter("AbstractText"):
        print(f"[{x.get('Label')}] " + " ".join("".join(x.itertext()).split()))
