"""Pool 11 access for set 55: the PMID -> wrapped <PubmedArticle> text map of /work/eval-pool11 (its pool_order.pool(),
the same first-occurrence rule and the same wrapping, wrap.py, that the order was made with), and its order.txt.
Adapted from set 50 (pool 9 -> pool 11). Read only; nothing in pool 11 is changed after POOL_READY."""
import sys
from pathlib import Path
POOL11 = Path("/work/eval-pool11")
SRC = POOL11 / "src"
ORDER = POOL11 / "order.txt"
sys.path.insert(0, str(POOL11))
from pool_order import pool  # noqa: E402  (pool 11's own function, not project code)
from wrap import lookup, wrapped, records_xml, records  # noqa: E402  (pool 11's own wrapping)
