"""Set 116 (round thirty-two): copied from set 114, only the range changed to 2201-2260 (the walk range of set 116) and the set number in the refusal message."""
"""Set 114 (round thirty-one): copied from set 110, only the range changed to 1150-1200 (the walk range of set 114) and the set number in the refusal message."""
"""Set 110 (round thirty): copied from set 106, only the range changed to 1134-1200 (the walk range of set 110).
Print candidates of pool 14 (/work/eval-pool14/order.txt positions a..b) for reading: PMID, first author, year,
language, title, types, MeSH, the main abstract (Abstract/AbstractText) and, marked apart, any OtherAbstract.
Copied from set 102's show.py (itself set 98's, 55's, 50's); change for set 106 (round twenty-nine): it refuses any
position outside set 106's range 1119-1200 (the brief's walk range for set 106); it prints the main abstract and any
OtherAbstract separately."""
import sys, xml.etree.ElementTree as ET
from poolsrc import pool, ORDER
LO, HI = 2201, 2260
a0, b0 = int(sys.argv[1]), int(sys.argv[2])
assert LO <= a0 <= b0 <= HI, f"set 116 reads positions {LO}-{HI} only"
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
