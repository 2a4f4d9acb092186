"""Pool 14 access for set 107 (round thirty; copied from set 106, unchanged but for this docstring; set 106: copied from set 102, itself set 98's): the PMID -> wrapped <PubmedArticle> text map of /work/eval-pool14 (its pool_order.pool(),
the same first-occurrence rule and the same wrapping, wrap.py, that the order was made with), and its order.txt.
Adapted from set 55 (pool 11 -> pool 14). Read only; nothing in pool 14 is changed."""
import sys
from pathlib import Path
POOL14 = Path("/work/eval-pool14")
SRC = POOL14 / "src"
ORDER = POOL14 / "order.txt"
sys.path.insert(0, str(POOL14))
from pool_order import pool  # noqa: E402  (pool 14's own function, not project code)
from wrap import lookup, wrapped, records_xml, records  # noqa: E402  (pool 14's own wrapping)
