"""Print candidates of pool 14 (/work/eval-pool14/order.txt positions a..b) for reading: PMID, first author, year, title,
language, types, MeSH, main abstract (Article/Abstract/AbstractText), and a note when an OtherAbstract exists.
Copied from set 55's show.py (itself set 50's, 44's); change: it refuses any position outside set 93's range 866-1000
(the brief's range for set 93), so that other sets' positions are never printed. Order lines: field 0 position, field 1
PMID (surnames may contain spaces)."""
import sys, xml.etree.ElementTree as ET
LO, HI = 866, 1000
a0, b0 = int(sys.argv[1]), int(sys.argv[2])
assert LO <= a0 <= b0 <= HI, f"set 93 reads positions {LO}-{HI} only"
from poolsrc import pool, ORDER
found = pool()
for line in open(ORDER):
    f = line.split()
    i, pmid = f[0], f[1]
    if not a0 <= int(i) <= b0: continue
    a = ET.fromstring(found[pmid])
    print(f"=== {i} {pmid} {a.findtext('.//AuthorList/Author/LastName')} {a.findtext('.//Article/Journal/JournalIssue/PubDate/Year')} | {''.join(a.find('.//ArticleTitle').itertext())}")
    print("Lang:", ",".join(x.text for x in a.iter("Language")), "| Status:", a.find("MedlineCitation").get("Status"),
          "| PT:", "; ".join(x.text for x in a.iter("PublicationType")))
    print("MeSH:", "; ".join(x.text for x in a.iter("DescriptorName")))
    for x in a.findall("MedlineCitation/Article/Abstract/AbstractText"):
        print(f"[{x.get('Label')}] " + " ".join("".join(x.itertext()).split()))
    n_other = len(a.findall("MedlineCitation/OtherAbstract"))
    if n_other: print(f"(has {n_other} OtherAbstract element(s); not printed)")
