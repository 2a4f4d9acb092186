"""Copy the chosen <PubmedArticle> elements byte for byte into records.xml (same wrapper as claims_eval.py build_records).
Copied from set 32 (itself from sets 24, 22, 18); the pool is pool 6, see poolsrc.py. Unchanged."""
from pathlib import Path
from poolsrc import pool
HERE = Path(__file__).resolve().parent
PMIDS = (HERE / "pmids.txt").read_text().split()
found = pool()
assert all(p in found for p in PMIDS)
(HERE / "records.xml").write_text('<?xml version="1.0" encoding="UTF-8"?>\n<PubmedArticleSet>\n'
                                  + "\n".join(found[p] for p in PMIDS) + "\n</PubmedArticleSet>\n", encoding="utf-8")
print("wrote", len(PMIDS))
