"""Copy the chosen <PubmedArticle> elements byte for byte into records.xml (same wrapper as claims_eval.py build_records).
Copied from set 30's build_records.py: the records come from pool 3 or pool 2 (see poolsrc.py); each PMID is looked
up in pool 3's map first, then pool 2's (no PMID of the set is in both)."""
from pathlib import Path
from poolsrc import pool
HERE = Path(__file__).resolve().parent
PMIDS = (HERE / "pmids.txt").read_text().split()
p3, p2 = pool("pool3"), pool("pool2")
assert not set(PMIDS) & set(p3) & set(p2)
found = {**p2, **p3}
assert all(p in found for p in PMIDS)
(HERE / "records.xml").write_text('<?xml version="1.0" encoding="UTF-8"?>\n<PubmedArticleSet>\n'
                                  + "\n".join(found[p] for p in PMIDS) + "\n</PubmedArticleSet>\n", encoding="utf-8")
print("wrote", len(PMIDS))
