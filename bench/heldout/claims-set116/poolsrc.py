"""Set 116 (round thirty-two): copied from set 114 unchanged but for this line."""
"""Set 114 (round thirty-one): copied from set 110 unchanged but for this line."""
"""Set 110 (round thirty): copied from set 106 unchanged but for this line."""
"""Pool 14 access for set 106 (round twenty-nine; copied from set 102, itself set 98's, unchanged but for this set number): the PMID -> wrapped <PubmedArticle> text map of /work/eval-pool14 (its pool_order.pool(),
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
