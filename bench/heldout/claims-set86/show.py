"""Print candidates of pool 14 (/work/eval-pool14/order.txt positions a..b) for reading: PMID, first author, year, title,
types, MeSH, language, abstract. Copied from set 55's show.py (itself set 50's, 44's); change: it refuses any position
outside set 86's range 1841-2020 (the round-twenty-four brief's walk range for set 86), so that no other set's
positions are ever printed. Usage: python3 show.py A B > batch_A_B.txt"""
import sys, xml.etree.ElementTree as ET
from poolsrc import pool, ORDER
LO, HI = 1841, 2020
a0, b0 = int(sys.argv[1]), int(sys.argv[2])
assert LO <= a0 <= b0 <= HI, f"set 86 reads positions {LO}-{HI} only"
found = pool()
for line in open(ORDER):
    f = line.split()
    i, pmid = f[0], f[1]
    if not a0 <= int(i) <= b0: continue
    a = ET.fromstring(found[pmid])
    print(f"=== {i} {pmid} {a.findtext('.//AuthorList/Author/LastName')} {a.findtext('.//Article/Journal/JournalIssue/PubDate/Year')} | {''.join(a.find('.//ArticleTitle').itertext())}")
    print("Status:", a.find("MedlineCitation").get("Status"), "| Lang:", ",".join(x.text for x in a.iter("Language")),
          "| PT:", "; ".join(x.text for x in a.iter("PublicationType")))
    print("MeSH:", "; ".join(x.text for x in a.iter("DescriptorName")))
    for x in a.iter("AbstractText"):
        print(f"[{x.get('Label')}] " + " ".join("".join(x.itertext()).split()))
