"""Print candidates of pool 14 (/work/eval-pool14/order.txt positions a..b) for reading: PMID, first author, year, title,
language, types, MeSH, abstract. Copied from set 55's show.py (itself set 50's, 44's); changes: pool 14, and it refuses
any position outside set 83's walk range 1231-1400 (the round-twenty-four brief's range for set 83), so that no other
set's positions are ever printed. order.txt lines: position PMID surname... year (surnames may contain spaces)."""
import sys, xml.etree.ElementTree as ET
from poolsrc import pool, ORDER
LO, HI = 1231, 1400
a0, b0 = int(sys.argv[1]), int(sys.argv[2])
if not (LO <= a0 <= b0 <= HI):
    sys.exit(f"set 83 reads positions {LO}-{HI} only")
found = pool()
for line in open(ORDER):
    f = line.split()
    i, pmid = int(f[0]), f[1]
    if not a0 <= i <= b0: continue
    a = ET.fromstring(found[pmid])
    print(f"=== {i} {pmid} {a.findtext('.//AuthorList/Author/LastName')} {a.findtext('.//Article/Journal/JournalIssue/PubDate/Year')} | {''.join(a.find('.//ArticleTitle').itertext())}")
    print("Status:", a.find("MedlineCitation").get("Status"), "| Lang:", ",".join(x.text for x in a.iter("Language")),
          "| PT:", "; ".join(x.text for x in a.iter("PublicationType")))
    print("MeSH:", "; ".join(x.text for x in a.iter("DescriptorName")))
    for x in a.iter("AbstractText"):
        print(f"[{x.get('Label')}] " + " ".join("".join(x.itertext()).split()))
    print()
