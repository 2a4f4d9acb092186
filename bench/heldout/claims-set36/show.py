"""Print candidates of pool 6 (/work/eval-pool6/order.txt positions a..b) for reading: PMID, first author, year, title,
types, abstract. Copied from set 32's show.py; change: it refuses any position outside set 36's range K..end, K read
from pool 6's POOL_READY line "set36 walks from position K" (positions 1..K-1 belong to set 35, E-P6), so that
other sets' positions are never printed."""
import re, sys, xml.etree.ElementTree as ET
from poolsrc import pool, ORDER, READY
LO = int(re.search(r"set36 walks from position (\d+)", READY.read_text()).group(1))
HI = sum(1 for l in open(ORDER) if l.strip())
found = pool(); a0, b0 = int(sys.argv[1]), int(sys.argv[2])
assert LO <= a0 <= b0 <= HI, f"set 36 reads positions {LO}-{HI} only"
for line in open(ORDER):
    i, pmid = line.split()[:2]
    if not a0 <= int(i) <= b0: continue
    a = ET.fromstring(found[pmid])
    print(f"=== {i} {pmid} {a.findtext('.//AuthorList/Author/LastName')} {a.findtext('.//Article/Journal/JournalIssue/PubDate/Year')} | {''.join(a.find('.//ArticleTitle').itertext())}")
    print("PT:", "; ".join(x.text for x in a.iter("PublicationType")))
    for x in a.iter("AbstractText"):
        print(f"[{x.get('Label')}] " + " ".join("".join(x.itertext()).split()))
