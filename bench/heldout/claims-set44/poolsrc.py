"""Pool 8 access for set 44: the PMID -> wrapped <PubmedArticle> text map of /work/eval-pool8 (its pool_order.pool(),
the same first-occurrence rule and the same wrapping, wrap.py, that the order was made with), and its order.txt.
Adapted from set 39 (pool 7 -> pool 8). Read only; nothing in pool 8 is changed after POOL_READY."""
import sys
from pathlib import Path
POOL8 = Path("/work/eval-pool8")
SRC = POOL8 / "src"
ORDER = POOL8 / "order.txt"
sys.path.insert(0, str(POOL8))
from pool_order import pool  # noqa: E402  (pool 8's own function, not project code)
from wrap import lookup, wrapped, records_xml, records  # noqa: E402  (pool 8's own wrapping)
