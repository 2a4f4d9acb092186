"""Pool 9 access for set 54: the PMID -> wrapped <PubmedArticle> text map of /work/eval-pool9b (its pool_order.pool(),
the same first-occurrence rule and the same wrapping, wrap.py, that the order was made with), and its order.txt.
Adapted from set 50 (pool 9 -> /work/eval-pool9b, pool 9's src/ rebuilt by E-54 from SOURCES.md, sha256 checked). Read only; nothing in pool 9 is changed after POOL_READY."""
import sys
from pathlib import Path
POOL9 = Path("/work/eval-pool9b")
SRC = POOL9 / "src"
ORDER = POOL9 / "order.txt"
sys.path.insert(0, str(POOL9))
from pool_order import pool  # noqa: E402  (pool 9's own function, not project code)
from wrap import lookup, wrapped, records_xml, records  # noqa: E402  (pool 9's own wrapping)
