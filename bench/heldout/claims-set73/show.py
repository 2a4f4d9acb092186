"""Print candidates of pool 14 (/work/eval-pool14/order.txt positions a..b) for reading: PMID, first author, year, title,
language, types, MeSH, abstract. Copied from set 55's show.py (itself set 50's); change: it refuses any position outside
set 73's range 801-1000 (the round-twenty-one brief's range for set 73), so that other sets' positions are never printed.
order.txt lines: position PMID surname(s) year (surnames may contain spaces: only fields 0 and 1 are used)."""
import sys, xml.etree.ElementTree as ET
LO, HI = 801, 1000
a0, b0 = int(sys.argv[1]), int(sys.argv[2])
assert LO <= a0 <= b0 <= HI, f"set 73 reads positions {LO}-{HI} only"
from poolsrc import pool, ORDER
found = pool()
for line in open(ORDER):
    i, pmid = line.split()[:2]
    if not a0 <= int(i) <= b0: continue
    a = ET.fromstring(found[pmid])
    print(f"=== {i} {pmid} {a.findtext('.//AuthorList/Author/LastName')} {a.findtext('.//Article/Journal/JournalIssue/PubDate/Year')} | {''.join(a.find('.//ArticleTitle').itertext())}")
    print("Lang:", ",".join(x.text for x in a.iter("Language")), "| Status:", a.find("MedlineCitation").get("Status"), "| PT:", "; ".join(x.text for x in a.iter("PublicationType")))
    print("MeSH:", "; ".join(x.text for x in a.iter("DescriptorName")))
    for x in a.iter("AbstractText"):
        print(f"[{x.get('Label')}] " + " ".join("".join(x.itertext()).split()))
