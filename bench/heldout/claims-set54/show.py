"""Print candidates of pool 9 (/work/eval-pool9b/order.txt positions a..b) for reading: PMID, first author, year, title,
types, MeSH, abstract. Copied from set 50's show.py; change: it refuses any position outside set 54's walk range 21-30 and 53-60 (the
brief EVAL_R15.md: positions 1-20 and 31-52 were read by sets 50 and 51 and must never be printed)."""
import sys, xml.etree.ElementTree as ET
from poolsrc import pool, ORDER
ALLOWED = set(range(21, 31)) | set(range(53, 61))
found = pool(); a0, b0 = int(sys.argv[1]), int(sys.argv[2])
assert a0 <= b0 and all(i in ALLOWED for i in range(a0, b0 + 1)), "set 54 reads positions 21-30 and 53-60 only"
for line in open(ORDER):
    i, pmid = line.split()[:2]
    if not a0 <= int(i) <= b0: continue
    a = ET.fromstring(found[pmid])
    print(f"=== {i} {pmid} {a.findtext('.//AuthorList/Author/LastName')} {a.findtext('.//Article/Journal/JournalIssue/PubDate/Year')} | {''.join(a.find('.//ArticleTitle').itertext())}")
    print("Status:", a.find("MedlineCitation").get("Status"), "| PT:", "; ".join(x.text for x in a.iter("PublicationType")))
    print("MeSH:", "; ".join(x.text for x in a.iter("DescriptorName")))
    for x in a.iter("AbstractText"):
        print(f"[{x.get('Label')}] " + " ".join("".join(x.itertext()).split()))
