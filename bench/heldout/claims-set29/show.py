"""Print candidates of pool 3 (/work/eval-pool3/order.txt positions a..b) for reading: PMID, first author, year, title,
types, abstract. Copied from set 24's show.py; changes (set 29): it refuses any position outside set 29's ranges
63-77 and 143-155 (the brief EVAL_R10.md's ranges for E-29), so that other sets' positions are never printed; and a
candidate whose PMID is already in another claim set's pmids.txt / records.xml (sets 5-32, this one excluded) is
printed as "ALREADY USED" without its title or abstract (no PMID may repeat)."""
import glob, re, sys, xml.etree.ElementTree as ET
from pathlib import Path
from poolsrc import pool, ORDER
HERE = Path(__file__).resolve().parent
RANGES = [(63, 77), (143, 155)]
found = pool(); a0, b0 = int(sys.argv[1]), int(sys.argv[2])
assert any(lo <= a0 <= b0 <= hi for lo, hi in RANGES), f"set 29 reads positions {RANGES} only"
used = {}
for n in range(5, 33):
    d = Path(f"/work/eval-claims{n}")
    if d == HERE: continue
    if (d / "pmids.txt").exists():
        for p in (d / "pmids.txt").read_text().split(): used.setdefault(p, f"set {n}")
    if (d / "records.xml").exists():
        for p in re.findall(r"<MedlineCitation[^>]*>\s*<PMID[^>]*>(\d+)</PMID>", (d / "records.xml").read_text(encoding="utf-8")):
            used.setdefault(p, f"set {n}")
for f in glob.glob("/work/main/bench/heldout/claims-set*/records.xml"):
    for p in re.findall(r"<MedlineCitation[^>]*>\s*<PMID[^>]*>(\d+)</PMID>", Path(f).read_text(encoding="utf-8")):
        used.setdefault(p, Path(f).parent.name)
for line in open(ORDER):
    i, pmid = line.split()[:2]
    if not a0 <= int(i) <= b0: continue
    if pmid in used:
        print(f"=== {i} {pmid} ALREADY USED ({used[pmid]}): not printed"); continue
    a = ET.fromstring(found[pmid])
    print(f"=== {i} {pmid} {a.findtext('.//AuthorList/Author/LastName')} {a.findtext('.//Article/Journal/JournalIssue/PubDate/Year')} | {''.join(a.find('.//ArticleTitle').itertext())}")
    print("PT:", "; ".join(x.text for x in a.iter("PublicationType")))
    for x in a.iter("AbstractText"):
        print(f"[{x.get('Label')}] " + " ".join("".join(x.itertext()).split()))
