"""Print candidates of pool 3 (/work/eval-pool3/order.txt positions a..b) for reading: PMID, first author, year, title,
types, abstract. Copied from set 15's show.py; only change: pool and order are pool 3's (see poolsrc.py)."""
import sys, xml.etree.ElementTree as ET
from poolsrc import pool, ORDER
found = pool(); a0, b0 = int(sys.argv[1]), int(sys.argv[2])
for line in open(ORDER):
    i, pmid = line.split()[:2]
    if not a0 <= int(i) <= b0: continue
    a = ET.fromstring(found[pmid])
    print(f"=== {i} {pmid} {a.findtext('.//AuthorList/Author/LastName')} {a.findtext('.//Article/Journal/JournalIssue/PubDate/Year')} | {''.join(a.find('.//ArticleTitle').itertext())}")
    print("PT:", "; ".join(x.text for x in a.iter("PublicationType")))
    for x in a.iter("AbstractText"):
        print(f"[{x.get('Label')}] " + " ".join("".join(x.itertext()).split()))
