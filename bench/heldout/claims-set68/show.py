"""Print candidates of pool 13 (/work/eval-pool13/order.txt positions a..b) for reading: PMID, first author, year, title,
types, MeSH, language, abstract. Copied from set 55's show.py (itself set 50's, 44's); change: it refuses any position
outside set 68's range (positions 129-140 and 161-179 of pool 13, the brief's range for E-68), so that no other set's
positions are ever printed."""
import sys, xml.etree.ElementTree as ET
from poolsrc import pool, ORDER
RANGE = set(range(129, 141)) | set(range(161, 180))
a0, b0 = int(sys.argv[1]), int(sys.argv[2])
assert a0 <= b0 and all(i in RANGE for i in range(a0, b0 + 1)), "set 68 reads positions 129-140 and 161-179 only"
found = pool()
for line in open(ORDER):
    i, pmid = line.split()[:2]
    if not a0 <= int(i) <= b0: continue
    assert int(i) in RANGE
    a = ET.fromstring(found[pmid])
    print(f"=== {i} {pmid} {a.findtext('.//AuthorList/Author/LastName')} {a.findtext('.//Article/Journal/JournalIssue/PubDate/Year')} | {''.join(a.find('.//ArticleTitle').itertext())}")
    print("Status:", a.find("MedlineCitation").get("Status"), "| Lang:", a.findtext(".//Article/Language"), "| PT:", "; ".join(x.text for x in a.iter("PublicationType")))
    print("MeSH:", "; ".join(x.text for x in a.iter("DescriptorName")))
    for x in a.iter("AbstractText"):
        print(f"[{x.get('Label')}] " + " ".join("".join(x.itertext()).split()))
