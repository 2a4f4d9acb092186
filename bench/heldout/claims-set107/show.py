"""Print candidates of pool 14 (/work/eval-pool14/order.txt positions a..b) for reading: PMID, first author, year,
language, title, types, MeSH, the main abstract (Abstract/AbstractText) and, marked apart, any OtherAbstract.
Copied from set 106's show.py (itself set 102's, 98's, 55's, 50's); change for set 107 (round thirty): it refuses any
position outside set 107's range 561-600 (the prompt's walk range for set 107); it prints the main abstract and any
OtherAbstract separately."""
import sys, xml.etree.ElementTree as ET
from poolsrc import pool, ORDER
LO, HI = 561, 600
a0, b0 = int(sys.argv[1]), int(sys.argv[2])
assert LO <= a0 <= b0 <= HI, f"set 107 reads positions {LO}-{HI} only"
found = pool()
for line in open(ORDER):
    f = line.split()
    i, pmid = f[0], f[1]
    if not a0 <= int(i) <= b0: continue
    a = ET.fromstring(found[pmid])
    print(f"=== {i} {pmid} {a.findtext('.//AuthorList/Author/LastName')} {a.findtext('.//Article/Journal/JournalIssue/PubDate/Year')} | lang {a.findtext('.//Article/Language')} | {''.join(a.find('.//ArticleTitle').itertext())}")
    print("Status:", a.find("MedlineCitation").get("Status"), "| PT:", "; ".join(x.text for x in a.iter("PublicationType")))
    print("MeSH:", "; ".join(x.text for x in a.iter("DescriptorName")))
    for x in a.findall(".//Article/Abstract/AbstractText"):
        print(f"[{x.get('Label')}] " + " ".join("".join(x.itertext()).split()))
    for o in a.findall(".//OtherAbstract"):
        print(f"--- OtherAbstract (type {o.get('Type')}, lang {o.get('Language')}):")
        for x in o.findall("AbstractText"):
            print(f"  [{x.get('Label')}] " + " ".join("".join(x.itertext()).split()))
