"""Print candidates of pool 14 (/work/eval-pool14/order.txt positions a..b) for reading: position, PMID, first author,
year, title, language, types, MeSH, abstract. Adapted from set 55's show.py; changes: it refuses any position outside
set 85's range 1641-1800 (the brief's walk range for set 85), and, because the src file is 174 MB and the machine is
shared, the first call parses the pool once (pool 14's pool_order.pool()) and keeps ONLY the records of positions
1641-1800 in a private cache file (.range_cache.json, never printed or read other than through this script); later
calls print from it. Nothing outside 1641-1800 is kept or printed. Usage: python3 show.py A B"""
import json, sys, xml.etree.ElementTree as ET
from pathlib import Path
HERE = Path(__file__).resolve().parent
LO, HI = 1641, 1800
a0, b0 = int(sys.argv[1]), int(sys.argv[2])
assert LO <= a0 <= b0 <= HI, f"set 85 reads positions {LO}-{HI} only"
ORDER = Path("/work/eval-pool14/order.txt")
rows = [l.split() for l in ORDER.read_text().splitlines() if l.strip()]
inrange = {int(r[0]): r[1] for r in rows if LO <= int(r[0]) <= HI}
CACHE = HERE / ".range_cache.json"
if CACHE.exists():
    recs = json.loads(CACHE.read_text(encoding="utf-8"))
else:
    from poolsrc import pool
    found = pool()
    recs = {p: found[p] for p in inrange.values()}
    CACHE.write_text(json.dumps(recs), encoding="utf-8")
for i in range(a0, b0 + 1):
    pmid = inrange[i]
    a = ET.fromstring(recs[pmid])
    print(f"=== {i} {pmid} {a.findtext('.//AuthorList/Author/LastName')} {a.findtext('.//Article/Journal/JournalIssue/PubDate/Year')} | {''.join(a.find('.//ArticleTitle').itertext())}")
    print("Lang:", ",".join(x.text for x in a.iter("Language")), "| Status:", a.find("MedlineCitation").get("Status"),
          "| PT:", "; ".join(x.text for x in a.iter("PublicationType")))
    print("MeSH:", "; ".join(x.text for x in a.iter("DescriptorName")))
    for x in a.iter("AbstractText"):
        print(f"[{x.get('Label')}] " + " ".join("".join(x.itertext()).split()))
    print()
