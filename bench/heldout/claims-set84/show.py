"""Print candidates of pool 14 (/work/eval-pool14/order.txt positions a..b) for reading: PMID, first author, year, title,
language, types, MeSH, abstract. Copied from set 55's show.py; change: it refuses any position outside set 84's range
1426-1600 (the brief's walk range for set 84), so that other sets' positions are never printed. order.txt lines are
`position PMID surname... year` (surnames may contain spaces): field 0 = position, field 1 = PMID."""
import sys, xml.etree.ElementTree as ET
from poolsrc import pool, ORDER
LO, HI = 1426, 1600
a0, b0 = int(sys.argv[1]), int(sys.argv[2])
assert LO <= a0 <= b0 <= HI, f"set 84 reads positions {LO}-{HI} only"
want = []
for line in open(ORDER):
    f = line.split()
    if a0 <= int(f[0]) <= b0: want.append((f[0], f[1]))
found = pool()
for i, pmid in want:
    a = ET.fromstring(found[pmid])
    print(f"=== {i} {pmid} {a.findtext('.//AuthorList/Author/LastName')} {a.findtext('.//Article/Journal/JournalIssue/PubDate/Year')} | {''.join(a.find('.//ArticleTitle').itertext())}")
    print("Lang:", ",".join(x.text for x in a.iter("Language")), "| Status:", a.find("MedlineCitation").get("Status"), "| PT:", "; ".join(x.text for x in a.iter("PublicationType")))
    print("MeSH:", "; ".join(x.text for x in a.iter("DescriptorName")))
    for x in a.iter("AbstractText"):
        print(f"[{x.get('Label')}] " + " ".join("".join(x.itertext()).split()))
