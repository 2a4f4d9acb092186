"""Print candidates of pool 14 (/work/eval-pool14/order.txt positions a..b) for reading: PMID, first author, year, title,
language, types, MeSH, abstract. Copied from set 55's show.py (itself set 50's, 44's); change: it refuses any position
outside set 71's range 401-600 (the brief's range for E-71), so that other sets' positions are never printed.
order.txt lines are `position PMID surname year` (some surnames contain spaces): fields 0 and 1 only are used."""
import sys, xml.etree.ElementTree as ET
LO, HI = 401, 600
a0, b0 = int(sys.argv[1]), int(sys.argv[2])
assert LO <= a0 <= b0 <= HI, f"set 71 reads positions {LO}-{HI} only"
from poolsrc import pool, ORDER
found = pool()
for line in open(ORDER):
    i, pmid = line.split()[:2]
    if not a0 <= int(i) <= b0: continue
    a = ET.fromstring(found[pmid])
    print(f"=== {i} {pmid} {a.findtext('.//AuthorList/Author/LastName')} {a.findtext('.//Article/Journal/JournalIssue/PubDate/Year')} | {''.join(a.find('.//ArticleTitle').itertext())}")
    print("Lang:", ", ".join(x.text for x in a.iter("Language")), "| Status:", a.find("MedlineCitation").get("Status"), "| PT:", "; ".join(x.text for x in a.iter("PublicationType")))
    print("MeSH:", "; ".join(x.text for x in a.iter("DescriptorName")))
    for x in a.iter("AbstractText"):
        print(f"[{x.get('Label')}] " + " ".join("".join(x.itertext()).split()))
    print()
