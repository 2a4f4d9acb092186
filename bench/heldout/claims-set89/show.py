"""Print candidates of pool 14 (/work/eval-pool14/order.txt positions a..b) for reading: PMID, first author, year, title,
language, types, MeSH, abstract. Copied from set 55's show.py (itself set 50's, 44's); change: it refuses any position
outside set 89's range 844-1000 (the round-twenty-five brief's range for set 89), so that other sets' positions are
never printed. order.txt lines: field 0 position, field 1 PMID (surnames may contain spaces)."""
import sys, xml.etree.ElementTree as ET
from poolsrc import pool, ORDER
LO, HI = 844, 1000
a0, b0 = int(sys.argv[1]), int(sys.argv[2])
assert LO <= a0 <= b0 <= HI, f"set 89 reads positions {LO}-{HI} only"
found = pool()
for line in open(ORDER):
    i, pmid = line.split()[:2]
    if not a0 <= int(i) <= b0: continue
    a = ET.fromstring(found[pmid])
    print(f"=== {i} {pmid} {a.findtext('.//AuthorList/Author/LastName')} {a.findtext('.//Article/Journal/JournalIssue/PubDate/Year')} | {''.join(a.find('.//ArticleTitle').itertext())}")
    print("Status:", a.find("MedlineCitation").get("Status"), "| Lang:", ",".join(x.text for x in a.iter("Language")), "| PT:", "; ".join(x.text for x in a.iter("PublicationType")))
    print("MeSH:", "; ".join(x.text for x in a.iter("DescriptorName")))
    for x in a.iter("AbstractText"):
        print(f"[{x.get('Label')}] " + " ".join("".join(x.itertext()).split()))
