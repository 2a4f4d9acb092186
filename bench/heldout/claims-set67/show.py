"""Print candidates of pool 13 (/work/eval-pool13/order.txt positions a..b) for reading: PMID, first author, year, title,
types, MeSH, abstract. Copied from set 55's show.py (itself set 50's, 44's); change: it refuses any position outside set
67's walk range, positions 37-50 and 73-89 of pool 13 (round twenty; the other stretches belong to sets 61-66 and 68),
so that no other position is ever printed."""
import sys, xml.etree.ElementTree as ET
from poolsrc import pool, ORDER
RANGE = set(range(37, 51)) | set(range(73, 90))
a0, b0 = int(sys.argv[1]), int(sys.argv[2])
assert a0 <= b0 and all(i in RANGE for i in range(a0, b0 + 1)), "set 67 reads positions 37-50 and 73-89 only"
found = pool()
for line in open(ORDER):
    i, pmid = line.split()[:2]
    if not a0 <= int(i) <= b0: continue
    assert int(i) in RANGE
    a = ET.fromstring(found[pmid])
    print(f"=== {i} {pmid} {a.findtext('.//AuthorList/Author/LastName')} {a.findtext('.//Article/Journal/JournalIssue/PubDate/Year')} | {''.join(a.find('.//ArticleTitle').itertext())}")
    print("Status:", a.find("MedlineCitation").get("Status"), "| PT:", "; ".join(x.text for x in a.iter("PublicationType")))
    print("MeSH:", "; ".join(x.text for x in a.iter("DescriptorName")))
    au = [x.findtext("LastName") or x.findtext("CollectiveName") for x in a.iter("Author")]
    print("Authors:", len(au), "|", "; ".join(str(x) for x in au[:3]))
    for x in a.iter("AbstractText"):
        print(f"[{x.get('Label')}] " + " ".join("".join(x.itertext()).split()))
