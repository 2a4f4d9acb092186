"""Copy the chosen <PubmedArticle> elements byte for byte into records.xml (same wrapper as claims_eval.py build_records).
Adapted from set 24's: a PMID is looked up in pool 4, else in pool 5 (pool 5 excludes every pool-4 PMID), each
through its own pool_order.pool()."""
from pathlib import Path
from poolsrc import pool, POOLS
HERE = Path(__file__).resolve().parent
PMIDS = (HERE / "pmids.txt").read_text().split()
found = {}
for n in (5, 4):  # pool 4 last, so it wins (no PMID is in both)
    if (POOLS[n] / "order.txt").exists(): found.update(pool(n))
assert all(p in found for p in PMIDS)
(HERE / "records.xml").write_text('<?xml version="1.0" encoding="UTF-8"?>\n<PubmedArticleSet>\n'
                                  + "\n".join(found[p] for p in PMIDS) + "\n</PubmedArticleSet>\n", encoding="utf-8")
print("wrote", len(PMIDS))
