"""Pool 4 access for set 27: the PMID -> <PubmedArticle> text map of /work/eval-pool4 (its pool_order.pool(), the
same first-occurrence rule the order was made with), and its order.txt. Copied from set 24 (itself from set 22). Read only; nothing in pool 4
is changed."""
import sys
from pathlib import Path
POOL4 = Path("/work/eval-pool4")
SRC = POOL4 / "src"
ORDER = POOL4 / "order.txt"
sys.path.insert(0, str(POOL4))
from pool_order import pool  # noqa: E402  (pool 4's own function, not project code)
