"""Print candidates of pool 3 (/work/eval-pool3/order.txt positions a..b) for reading: PMID, first author, year, title,
types, abstract. Copied from set 18's show.py; changes: pool and order are pool 3's (see poolsrc.py), and it refuses
positions before set 22's K (read from POOL_READY) so that set 21's range is never printed."""
import re, sys, xml.etree.ElementTree as ET
from poolsrc import pool, ORDER, POOL3
K = int(re.search(r"set22 walks from position (\d+)", (POOL3 / "POOL_READY").read_text()).group(1))
found = pool(); a0, b0 = int(sys.argv[1]), int(sys.argv[2])
assert a0 >= K, f"positions before {K} belong to set 21"
for line in open(ORDER):
    i, pmid = line.split()[:2]
    if not a0 <= int(i) <= b0: continue
    a = ET.fromstring(found[pmid])
    print(f"=== {i} {pmid} {a.findtext('.//AuthorList/Author/LastName')} {a.findtext('.//Article/Journal/JournalIssue/PubDate/Year')} | {''.join(a.find('.//ArticleTitle').itertext())}")
    print("PT:", "; ".join(x.text for x in a.iter("PublicationType")))
    for x in a.iter("AbstractText"):
        print(f"[{x.get('Label')}] " + " ".join("".join(x.itertext()).split()))
