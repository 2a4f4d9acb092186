"""Pool 13 access for set 68: the PMID -> wrapped <PubmedArticle> text map of /work/eval-pool13 (its pool_order.pool(),
the same first-occurrence rule and the same wrapping, wrap.py, that the order was made with), and its order.txt.
Adapted from set 55's poolsrc.py (pool 11 -> pool 13). Read only; nothing in pool 13 is changed."""
import sys
from pathlib import Path
POOL13 = Path("/work/eval-pool13")
SRC = POOL13 / "src"
ORDER = POOL13 / "order.txt"
sys.path.insert(0, str(POOL13))
from pool_order import pool  # noqa: E402  (pool 13's own function, not project code)
from wrap import lookup, wrapped, records_xml, records  # noqa: E402  (pool 13's own wrapping)
