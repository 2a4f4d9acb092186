"""Print candidates of pool 7 (/work/eval-pool7/order.txt positions a..b) for reading: PMID, first author, year, title,
types, abstract. Adapted from set 40's show.py; change: it refuses any position outside set 43's range 48-60 and 80-90
(brief EVAL_R13.md), so that other sets' positions are never printed."""
import sys, xml.etree.ElementTree as ET
from poolsrc import pool, ORDER
OK = set(range(48, 61)) | set(range(80, 91))
found = pool(); a0, b0 = int(sys.argv[1]), int(sys.argv[2])
assert a0 <= b0 and all(i in OK for i in range(a0, b0 + 1)), "set 43 reads positions 48-60 and 80-90 only"
for line in open(ORDER):
    i, pmid = line.split()[:2]
    if not a0 <= int(i) <= b0: continue
    a = ET.fromstring(found[pmid])
    print(f"=== {i} {pmid} {a.findtext('.//AuthorList/Author/LastName')} {a.findtext('.//Article/Journal/JournalIssue/PubDate/Year')} | {''.join(a.find('.//ArticleTitle').itertext())}")
    print("PT:", "; ".join(x.text for x in a.iter("PublicationType")), "| Status:", a.find("MedlineCitation").get("Status"))
    for x in a.iter("AbstractText"):
        print(f"[{x.get('Label')}] " + " ".join("".join(x.itertext()).split()))
