"""Print candidates of pool 4 / pool 2 (order.txt positions a..b) for reading: PMID, first author, year, title,
types, abstract. Adapted from set 24's show.py; it refuses any position outside set 30's ranges (pool 4 21-32,
pool 2 45-51, the brief's ranges for E-30), so that other sets' positions are never printed. A candidate whose PMID is
already in another claim set is marked and not printed.
Usage: python show.py pool4|pool2 a b"""
import glob, re, sys, xml.etree.ElementTree as ET
from pathlib import Path
from poolsrc import pool, ORDER
RANGE = {"pool4": (21, 32), "pool2": (45, 51)}
name = sys.argv[1]; LO, HI = RANGE[name]
a0, b0 = int(sys.argv[2]), int(sys.argv[3])
assert LO <= a0 <= b0 <= HI, f"set 30 reads {name} positions {LO}-{HI} only"
used = {}
for f in glob.glob("/work/eval-claims*/pmids.txt"):
    if Path(f).parent.name != "eval-claims30":
        for p in Path(f).read_text().split(): used.setdefault(p, Path(f).parent.name)
for f in glob.glob("/work/eval-claims*/records.xml") + glob.glob("/work/main/bench/heldout/claims-set*/records.xml"):
    if Path(f).parent.name == "eval-claims30": continue
    for p in re.findall(r"<MedlineCitation[^>]*>\s*<PMID[^>]*>(\d+)</PMID>", Path(f).read_text(encoding="utf-8-sig", errors="replace")):
        used.setdefault(p, Path(f).parent.name)
found = pool(name)
for line in open(ORDER[name]):
    i, pmid = line.split()[:2]
    if not a0 <= int(i) <= b0: continue
    if pmid in used:
        print(f"=== {name} {i} {pmid} ALREADY USED in {used[pmid]} (not printed)"); continue
    a = ET.fromstring(found[pmid])
    print(f"=== {name} {i} {pmid} {a.findtext('.//AuthorList/Author/LastName')} {a.findtext('.//Article/Journal/JournalIssue/PubDate/Year')} | {''.join(a.find('.//ArticleTitle').itertext())}")
    print("PT:", "; ".join(x.text for x in a.iter("PublicationType")))
    for x in a.iter("AbstractText"):
        print(f"[{x.get('Label')}] " + " ".join("".join(x.itertext()).split()))
