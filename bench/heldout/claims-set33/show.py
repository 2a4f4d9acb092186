"""Print candidates of pool 3 / pool 2 (order.txt positions a..b) for reading: PMID, first author, year, title,
types, abstract. Copied from set 30's show.py; changes (set 33): it refuses any position outside set 33's ranges
(pool 3 144-155, pool 2 50-103, the brief EVAL_R11.md's ranges for E-33), so that other sets' positions are never
printed. A candidate whose PMID is already in another claim set (any /work/eval-claims*/pmids.txt or records.xml other
than this one, or bench/heldout/claims-set*/records.xml) is marked and not printed.
Usage: python show.py pool3|pool2 a b"""
import glob, re, sys, xml.etree.ElementTree as ET
from pathlib import Path
from poolsrc import pool, ORDER
RANGE = {"pool3": (144, 155), "pool2": (50, 103)}
name = sys.argv[1]; LO, HI = RANGE[name]
a0, b0 = int(sys.argv[2]), int(sys.argv[3])
assert LO <= a0 <= b0 <= HI, f"set 33 reads {name} positions {LO}-{HI} only"
used = {}
for f in glob.glob("/work/eval-claims*/pmids.txt"):
    if Path(f).parent.name != "eval-claims33":
        for p in Path(f).read_text().split(): used.setdefault(p, Path(f).parent.name)
for f in glob.glob("/work/eval-claims*/records.xml") + glob.glob("/work/main/bench/heldout/claims-set*/records.xml"):
    if Path(f).parent.name == "eval-claims33": continue
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
