"""Pool 12 access for set 60: the PMID -> wrapped <PubmedArticle> text map of /work/eval-pool12 (its pool_order.pool(),
the same first-occurrence rule and the same wrapping, wrap.py, that the order was made with), and its order.txt.
Adapted from set 55 (pool 11 -> pool 12). Read only; nothing in pool 12 is changed."""
import sys
from pathlib import Path
POOL12 = Path("/work/eval-pool12")
SRC = POOL12 / "src"
ORDER = POOL12 / "order.txt"
sys.path.insert(0, str(POOL12))
from pool_order import pool  # noqa: E402  (pool 12's own function, not project code)
from wrap import lookup, wrapped, records_xml, records  # noqa: E402  (pool 12's own wrapping)
