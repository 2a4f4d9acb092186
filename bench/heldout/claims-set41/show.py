"""Print candidates of pool 7 (/work/eval-pool7/order.txt positions a..b) for reading: PMID, first author, year, title,
types, abstract. Adapted from set 37's show.py; change: it refuses any position outside set 41's range 61-end (pool 7's
POOL_READY: "set41 walks from position 61"; positions 1-60 belong to sets 39 and 40), so that other sets' positions are
never printed."""
import sys, xml.etree.ElementTree as ET
from poolsrc import pool, ORDER
HI = sum(1 for l in open(ORDER) if l.strip())
OK = set(range(61, HI + 1))
found = pool(); a0, b0 = int(sys.argv[1]), int(sys.argv[2])
assert a0 <= b0 and all(i in OK for i in range(a0, b0 + 1)), "set 41 reads positions 61-end only"
for line in open(ORDER):
    i, pmid = line.split()[:2]
    if not a0 <= int(i) <= b0: continue
    a = ET.fromstring(found[pmid])
    print(f"=== {i} {pmid} {a.findtext('.//AuthorList/Author/LastName')} {a.findtext('.//Article/Journal/JournalIssue/PubDate/Year')} | {''.join(a.find('.//ArticleTitle').itertext())}")
    print("PT:", "; ".join(x.text for x in a.iter("PublicationType")))
    for x in a.iter("AbstractText"):
        print(f"[{x.get('Label')}] " + " ".join("".join(x.itertext()).split()))
