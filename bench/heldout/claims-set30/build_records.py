"""Copy the chosen <PubmedArticle> elements byte for byte into records.xml (same wrapper as claims_eval.py build_records).
Adapted from set 24's build_records.py: the records come from pool 4 or pool 2 (see poolsrc.py); each PMID is looked
up in pool 4's map first, then pool 2's (no PMID of the set is in both)."""
from pathlib import Path
from poolsrc import pool
HERE = Path(__file__).resolve().parent
PMIDS = (HERE / "pmids.txt").read_text().split()
p4, p2 = pool("pool4"), pool("pool2")
assert not set(PMIDS) & set(p4) & set(p2)
found = {**p2, **p4}
assert all(p in found for p in PMIDS)
(HERE / "records.xml").write_text('<?xml version="1.0" encoding="UTF-8"?>\n<PubmedArticleSet>\n'
                                  + "\n".join(found[p] for p in PMIDS) + "\n</PubmedArticleSet>\n", encoding="utf-8")
print("wrote", len(PMIDS))
