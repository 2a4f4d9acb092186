"""Print candidates of pool 8 (/work/eval-pool8/order.txt positions a..b) for reading: PMID, first author, year, title,
types, abstract. Adapted from set 45's show.py; change: it refuses any position outside set 46's range 17-27 (the
round-fourteen brief), so that other sets' positions are never printed; it also marks a PMID already in another set's
pmids.txt (sets 5-49)."""
import sys, xml.etree.ElementTree as ET
from pathlib import Path
from poolsrc import pool, ORDER, LO, HI
OK = set(range(LO, HI + 1))
earlier = set()
for n in range(5, 50):
    f = Path(f"/work/eval-claims{n}/pmids.txt")
    if n != 46 and f.exists(): earlier |= set(f.read_text().split())
found = pool(); a0, b0 = int(sys.argv[1]), int(sys.argv[2])
assert a0 <= b0 and all(i in OK for i in range(a0, b0 + 1)), "set 46 reads positions 17-27 only"
for line in open(ORDER):
    i, pmid = line.split()[:2]
    if not a0 <= int(i) <= b0: continue
    if pmid in earlier: print(f"=== {i} {pmid} ALREADY IN AN EARLIER SET (not printed)"); continue
    a = ET.fromstring(found[pmid])
    print(f"=== {i} {pmid} {a.findtext('.//AuthorList/Author/LastName') or a.findtext('.//AuthorList/Author/CollectiveName')} {a.findtext('.//Article/Journal/JournalIssue/PubDate/Year') or a.findtext('.//Article/Journal/JournalIssue/PubDate/MedlineDate')} | {''.join(a.find('.//ArticleTitle').itertext())}")
    print("STATUS:", a.find(".//MedlineCitation").get("Status"), "| PT:", "; ".join(x.text for x in a.iter("PublicationType")))
    for x in a.iter("AbstractText"):
        print(f"[{x.get('Label')}] " + " ".join("".join(x.itertext()).split()))
