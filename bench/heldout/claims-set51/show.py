"""Print candidates of pool 9 (/work/eval-pool9/order.txt positions a..b) for reading: PMID, first author, year, title,
status, types, abstract. Adapted from set 45's show.py (pool 8 -> pool 9); it refuses any position outside set 51's
range K-end (K from pool 9's POOL_READY "set51 walks from position K"; positions 1..K-1 belong to set 50), so that
other sets' positions are never printed."""
import sys, xml.etree.ElementTree as ET
from poolsrc import pool, ORDER, start
HI = sum(1 for l in open(ORDER) if l.strip())
OK = set(range(start(), HI + 1))
found = pool(); a0, b0 = int(sys.argv[1]), int(sys.argv[2])
assert a0 <= b0 and all(i in OK for i in range(a0, b0 + 1)), "set 51 reads positions K-end only"
for line in open(ORDER):
    i, pmid = line.split()[:2]
    if not a0 <= int(i) <= b0: continue
    a = ET.fromstring(found[pmid])
    print(f"=== {i} {pmid} {a.findtext('.//AuthorList/Author/LastName') or a.findtext('.//AuthorList/Author/CollectiveName')} {a.findtext('.//Article/Journal/JournalIssue/PubDate/Year') or a.findtext('.//Article/Journal/JournalIssue/PubDate/MedlineDate')} | {''.join(a.find('.//ArticleTitle').itertext())}")
    print("STATUS:", a.find(".//MedlineCitation").get("Status"), "| PT:", "; ".join(x.text for x in a.iter("PublicationType")))
    for x in a.iter("AbstractText"):
        print(f"[{x.get('Label')}] " + " ".join("".join(x.itertext()).split()))
