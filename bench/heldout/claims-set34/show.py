"""Print candidates of pool 5 (/work/eval-pool5/order.txt positions a..b) for reading: PMID, first author, year, title,
types, abstract. Copied from set 32's show.py (itself set 24's); change: it refuses any position outside set 34's
walk range (positions 20-23 and 30-47, the brief /work/helpers/EVAL_R11.md, role E-34), so that other sets' positions
(1-19, 24-29) are never printed."""
import sys, xml.etree.ElementTree as ET
from poolsrc import pool, ORDER
ALLOWED = set(range(20, 24)) | set(range(30, 48))
found = pool(); a0, b0 = int(sys.argv[1]), int(sys.argv[2])
assert a0 <= b0 and all(i in ALLOWED for i in range(a0, b0 + 1)), "set 34 reads positions 20-23 and 30-47 only"
for line in open(ORDER):
    i, pmid = line.split()[:2]
    if not a0 <= int(i) <= b0: continue
    a = ET.fromstring(found[pmid])
    print(f"=== {i} {pmid} {a.findtext('.//AuthorList/Author/LastName')} {a.findtext('.//Article/Journal/JournalIssue/PubDate/Year')} | {''.join(a.find('.//ArticleTitle').itertext())}")
    print("PT:", "; ".join(x.text for x in a.iter("PublicationType")))
    for x in a.iter("AbstractText"):
        print(f"[{x.get('Label')}] " + " ".join("".join(x.itertext()).split()))
