"""Pool 10 access for set 52: the PMID -> wrapped <PubmedArticle> text map of /work/eval-pool10 (its pool_order.pool(),
the same first-occurrence rule and the same wrapping, wrap.py, that the order was made with), and its order.txt.
Adapted from set 50 (pool 9 -> pool 10). Read only; nothing in pool 10 is changed after POOL_READY."""
import sys
from pathlib import Path
POOL10 = Path("/work/eval-pool10")
SRC = POOL10 / "src"
ORDER = POOL10 / "order.txt"
sys.path.insert(0, str(POOL10))
from pool_order import pool  # noqa: E402  (pool 10's own function, not project code)
from wrap import lookup, wrapped, records_xml, records  # noqa: E402  (pool 10's own wrapping)
