"""Pool 4 access for set 28: the PMID -> <PubmedArticle> text map of /work/eval-pool4 (its pool_order.pool(), the
same first-occurrence rule the order was made with), its order.txt, and K (set 28's first position) from POOL_READY.
Copied from set 24's poolsrc.py (pool 3 -> pool 4). Read only; nothing in pool 4 is changed."""
import re, sys
from pathlib import Path
POOL4 = Path("/work/eval-pool4")
SRC = POOL4 / "src"
ORDER = POOL4 / "order.txt"
K = int(re.search(r"set28 walks from position (\d+)", (POOL4 / "POOL_READY").read_text()).group(1))
sys.path.insert(0, str(POOL4))
from pool_order import pool  # noqa: E402  (pool 4's own function, not project code)
