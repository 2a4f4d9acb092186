"""Print candidates (pool 2 order.txt positions a..b) for reading: PMID, first author, year, title, types, abstract.
Copied from set 15's show.py; only change: reads /work/eval-pool2 (pool_order.pool, order.txt)."""
import sys, xml.etree.ElementTree as ET
sys.path.insert(0, "/work/eval-pool2")
from pool_order import pool, abstract
found = pool(); a0, b0 = int(sys.argv[1]), int(sys.argv[2])
for line in open("/work/eval-pool2/order.txt"):
    i, pmid = line.split()[:2]
    if not a0 <= int(i) <= b0: continue
    a = ET.fromstring(found[pmid])
    print(f"=== {i} {pmid} {a.findtext('.//AuthorList/Author/LastName')} {a.findtext('.//Article/Journal/JournalIssue/PubDate/Year')} | {''.join(a.find('.//ArticleTitle').itertext())}")
    print("PT:", "; ".join(x.text for x in a.iter("PublicationType")))
    print("MeSH:", "; ".join(x.text for x in a.iter("DescriptorName"))[:300])
    for x in a.iter("AbstractText"):
        print(f"[{x.get('Label')}] " + " ".join("".join(x.itertext()).split()))
