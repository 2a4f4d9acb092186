"""Pool 7 access for set 42: the PMID -> wrapped <PubmedArticle> text map of /work/eval-pool7 (its pool_order.pool(),
the same first-occurrence rule and the same wrapping, wrap.py, that the order was made with), and its order.txt.
Copied from set 39 (adapted there from set 35, pool 6 -> pool 7). Read only; nothing in pool 7 is changed after POOL_READY."""
import sys
from pathlib import Path
POOL7 = Path("/work/eval-pool7")
SRC = POOL7 / "src"
ORDER = POOL7 / "order.txt"
sys.path.insert(0, str(POOL7))
from pool_order import pool  # noqa: E402  (pool 7's own function, not project code)
from wrap import lookup, wrapped, records_xml, records  # noqa: E402  (pool 7's own wrapping)
