"""Print candidates of pool 14 (/work/eval-pool14/order.txt positions a..b) for reading: PMID, first author, year, title,
language, types, MeSH, abstract (and whether an OtherAbstract exists). Copied from set 55's show.py (itself set 50's);
change: it refuses any position outside set 94's range 1062-1200 (the round-twenty-six brief's range for set 94)."""
import sys, xml.etree.ElementTree as ET
from poolsrc import pool, ORDER
LO, HI = 1062, 1200
a0, b0 = int(sys.argv[1]), int(sys.argv[2])
assert LO <= a0 <= b0 <= HI, f"set 94 reads positions {LO}-{HI} only"
found = pool()
for line in open(ORDER):
    f = line.split(); i, pmid = f[0], f[1]
    if not a0 <= int(i) <= b0: continue
    a = ET.fromstring(found[pmid])
    print(f"=== {i} {pmid} {a.findtext('.//AuthorList/Author/LastName')} {a.findtext('.//Article/Journal/JournalIssue/PubDate/Year')} | {''.join(a.find('.//ArticleTitle').itertext())}")
    print("Lang:", ",".join(x.text for x in a.iter("Language")), "| Status:", a.find("MedlineCitation").get("Status"), "| PT:", "; ".join(x.text for x in a.iter("PublicationType")))
    print("MeSH:", "; ".join(x.text for x in a.iter("DescriptorName")))
    for x in a.find(".//Article").iter("AbstractText"):
        print(f"[{x.get('Label')}] " + " ".join("".join(x.itertext()).split()))
    oth = list(a.iter("OtherAbstract"))
    if oth: print("OtherAbstract present:", len(oth), "(not printed)")
