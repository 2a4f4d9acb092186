"""Print candidates of pool 4 (positions 54-64 only) or pool 5 (positions >= K of its POOL_READY "set31" line only)
for reading: PMID, first author, year, title, types, abstract. Adapted from set 24's show.py.
Usage: python show.py POOL a b"""
import re, sys, xml.etree.ElementTree as ET
from poolsrc import pool, order, POOLS
n, a0, b0 = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
if n == 4: LO, HI = 54, 64
elif n == 5:
    LO = int(re.search(r"set31 walks from position (\d+)", (POOLS[5] / "POOL_READY").read_text()).group(1)); HI = 10**6
else: sys.exit("pool 4 or 5 only")
assert LO <= a0 <= b0 <= HI, f"set 31 reads pool {n} positions {LO}-{HI} only"
found = pool(n)
for line in open(order(n)):
    i, pmid = line.split()[:2]
    if not a0 <= int(i) <= b0: continue
    a = ET.fromstring(found[pmid])
    print(f"=== P{n}:{i} {pmid} {a.findtext('.//AuthorList/Author/LastName')} {a.findtext('.//Article/Journal/JournalIssue/PubDate/Year')} | {''.join(a.find('.//ArticleTitle').itertext())}")
    print("PT:", "; ".join(x.text for x in a.iter("PublicationType")))
    for x in a.iter("AbstractText"):
        print(f"[{x.get('Label')}] " + " ".join("".join(x.itertext()).split()))
