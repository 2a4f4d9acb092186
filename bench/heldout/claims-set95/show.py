"""Print candidates of pool 14 (/work/eval-pool14/order.txt positions a..b) for reading: PMID, first author, year, title,
language, types, MeSH, abstract (and whether an OtherAbstract is present). Copied from set 55's show.py (itself set 50's,
44's); change: it refuses any position outside set 95's range 501-600 (the brief's walk range for set 95), so that no
other set's positions are ever printed. Reads order.txt lines only inside the range (PMID = field 1)."""
import sys, xml.etree.ElementTree as ET
LO, HI = 501, 600
a0, b0 = int(sys.argv[1]), int(sys.argv[2])
assert LO <= a0 <= b0 <= HI, f"set 95 reads positions {LO}-{HI} only"
from poolsrc import pool, ORDER
found = pool()
for line in open(ORDER):
    f = line.split(); i, pmid = int(f[0]), f[1]
    if not a0 <= i <= b0: continue
    a = ET.fromstring(found[pmid])
    print(f"=== {i} {pmid} {a.findtext('.//AuthorList/Author/LastName')} {a.findtext('.//Article/Journal/JournalIssue/PubDate/Year')} | {''.join(a.find('.//ArticleTitle').itertext())}")
    print("Status:", a.find("MedlineCitation").get("Status"), "| Lang:", ",".join(x.text for x in a.iter("Language")),
          "| PT:", "; ".join(x.text for x in a.iter("PublicationType")))
    print("MeSH:", "; ".join(x.text for x in a.iter("DescriptorName")))
    for x in a.find(".//Article/Abstract").iter("AbstractText"):
        print(f"[{x.get('Label')}] " + " ".join("".join(x.itertext()).split()))
    oth = a.findall(".//OtherAbstract")
    if oth: print(f"(OtherAbstract present: {len(oth)}; not printed)")
