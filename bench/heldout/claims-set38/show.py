"""Print candidates of pool 6 (/work/eval-pool6/order.txt positions a..b) for reading: PMID, first author, year, title,
types, abstract. Copied from set 37's show.py; change: it refuses any position outside set 38's range 72-90 (brief
EVAL_R12.md; positions 1-71 belong to sets 35-37), so that other sets' positions are never printed."""
import sys, xml.etree.ElementTree as ET
from poolsrc import pool, ORDER
HI = sum(1 for l in open(ORDER) if l.strip())
OK = set(range(72, HI + 1))
found = pool(); a0, b0 = int(sys.argv[1]), int(sys.argv[2])
assert a0 <= b0 and all(i in OK for i in range(a0, b0 + 1)), "set 38 reads positions 72-90 only"
for line in open(ORDER):
    i, pmid = line.split()[:2]
    if not a0 <= int(i) <= b0: continue
    a = ET.fromstring(found[pmid])
    print(f"=== {i} {pmid} {a.findtext('.//AuthorList/Author/LastName')} {a.findtext('.//Article/Journal/JournalIssue/PubDate/Year')} | {''.join(a.find('.//ArticleTitle').itertext())}")
    print("PT:", "; ".join(x.text for x in a.iter("PublicationType")))
    for x in a.iter("AbstractText"):
        print(f"[{x.get('Label')}] " + " ".join("".join(x.itertext()).split()))
