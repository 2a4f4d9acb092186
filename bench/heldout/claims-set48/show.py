"""Print candidates of pool 8 (/work/eval-pool8/order.txt positions a..b) for reading: PMID, first author, year, title,
types, abstract. Copied from set 45's show.py; change: it refuses any position outside set 48's range 55-66 (round-fourteen
brief; other positions belong to sets 44-47 and 49), so that other sets' positions are never printed."""
import sys, xml.etree.ElementTree as ET
from poolsrc import pool, ORDER, LO, HI
OK = set(range(LO, HI + 1))
found = pool(); a0, b0 = int(sys.argv[1]), int(sys.argv[2])
assert a0 <= b0 and all(i in OK for i in range(a0, b0 + 1)), "set 48 reads positions 55-66 only"
for line in open(ORDER):
    i, pmid = line.split()[:2]
    if not a0 <= int(i) <= b0: continue
    a = ET.fromstring(found[pmid])
    print(f"=== {i} {pmid} {a.findtext('.//AuthorList/Author/LastName') or a.findtext('.//AuthorList/Author/CollectiveName')} {a.findtext('.//Article/Journal/JournalIssue/PubDate/Year') or a.findtext('.//Article/Journal/JournalIssue/PubDate/MedlineDate')} | {''.join(a.find('.//ArticleTitle').itertext())}")
    print("STATUS:", a.find(".//MedlineCitation").get("Status"), "| PT:", "; ".join(x.text for x in a.iter("PublicationType")))
    for x in a.iter("AbstractText"):
        print(f"[{x.get('Label')}] " + " ".join("".join(x.itertext()).split()))
