"""Print candidates of pool 14 (/work/eval-pool14/order.txt positions a..b) for reading: PMID, first author, year, title,
language, types, MeSH, abstract. Copied from set 55's show.py (itself set 50's, 44's); changes: it refuses any position
outside set 87's walk range 460-600 (the round-twenty-five brief's range for set 87), so that no other set's positions
are printed; order.txt lines are split on whitespace (PMID = field 1; surnames may contain spaces, so the surname and year
printed come from the record itself); the record's Language is printed."""
import sys, xml.etree.ElementTree as ET
from poolsrc import pool, ORDER
LO, HI = 460, 600
a0, b0 = int(sys.argv[1]), int(sys.argv[2])
assert LO <= a0 <= b0 <= HI, f"set 87 reads positions {LO}-{HI} only"
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
