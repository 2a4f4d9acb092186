"""Print candidates of pool 14 (/work/eval-pool14/order.txt positions a..b) for reading: PMID, first author, year, title,
language, types, MeSH, the main abstract (AbstractText of <Abstract>) and, marked apart, any <OtherAbstract>.
Copied from set 55's show.py (itself set 50's, 44's); changes: pool 14; it refuses any position outside set 91's range
481-600 (the brief's range for set 91, round twenty-six); main abstract and OtherAbstract are printed apart."""
import sys, xml.etree.ElementTree as ET
from poolsrc import pool, ORDER
LO, HI = 481, 600
a0, b0 = int(sys.argv[1]), int(sys.argv[2])
assert LO <= a0 <= b0 <= HI, f"set 91 reads positions {LO}-{HI} only"
found = pool()
for line in open(ORDER):
    f = line.split()
    i, pmid = f[0], f[1]
    if not a0 <= int(i) <= b0: continue
    a = ET.fromstring(found[pmid])
    print(f"=== {i} {pmid} {a.findtext('.//AuthorList/Author/LastName')} {a.findtext('.//Article/Journal/JournalIssue/PubDate/Year')} | {''.join(a.find('.//ArticleTitle').itertext())}")
    print("Status:", a.find("MedlineCitation").get("Status"), "| Lang:", a.findtext(".//Article/Language"),
          "| PT:", "; ".join(x.text for x in a.iter("PublicationType")))
    print("MeSH:", "; ".join(x.text for x in a.iter("DescriptorName")))
    for x in a.findall(".//Article/Abstract/AbstractText"):
        print(f"[{x.get('Label')}] " + " ".join("".join(x.itertext()).split()))
    for o in a.iter("OtherAbstract"):
        print(f"[OtherAbstract type={o.get('Type')} lang={o.get('Language')}] " + " ".join(" ".join("".join(x.itertext()).split()) for x in o.iter("AbstractText")))
    print()
