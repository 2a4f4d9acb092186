"""Print candidates of pool 14 (/work/eval-pool14/order.txt positions a..b) for reading: PMID, first author, year, title,
language, types, MeSH, abstract (main AbstractText; an OtherAbstract is flagged, not printed). Copied from set 55's
show.py (itself set 50's, 44's); change: it refuses any position outside set 96's walk range 685-800 (round
twenty-seven brief), so that no other set's positions are ever printed. Lines of order.txt are split on whitespace:
field 0 position, field 1 PMID (surnames may contain spaces)."""
import sys, xml.etree.ElementTree as ET
from poolsrc import pool, ORDER
LO, HI = 685, 800
a0, b0 = int(sys.argv[1]), int(sys.argv[2])
assert LO <= a0 <= b0 <= HI, f"set 96 reads positions {LO}-{HI} only"
found = pool()
for line in open(ORDER):
    i, pmid = line.split()[:2]
    if not a0 <= int(i) <= b0: continue
    a = ET.fromstring(found[pmid])
    print(f"=== {i} {pmid} {a.findtext('.//AuthorList/Author/LastName')} {a.findtext('.//Article/Journal/JournalIssue/PubDate/Year')} | {''.join(a.find('.//ArticleTitle').itertext())}")
    print("Status:", a.find("MedlineCitation").get("Status"), "| Lang:", ",".join(x.text for x in a.iter("Language")),
          "| PT:", "; ".join(x.text for x in a.iter("PublicationType")),
          "| OtherAbstract:", len(list(a.iter("OtherAbstract"))))
    print("MeSH:", "; ".join(x.text for x in a.iter("DescriptorName")))
    for x in a.find(".//Article").iter("AbstractText"):
        print(f"[{x.get('Label')}] " + " ".join("".join(x.itertext()).split()))
    print()
