"""Pool 5 access for set 34 (copied from set 32): the PMID -> <PubmedArticle> text map of /work/eval-pool5 (its pool_order.pool(), the
same first-occurrence rule the order was made with), and its order.txt. Copied from set 24 (pool 3 -> pool 5). Read
only; nothing in pool 5 is changed."""
import sys
from pathlib import Path
POOL5 = Path("/work/eval-pool5")
SRC = POOL5 / "src"
ORDER = POOL5 / "order.txt"
sys.path.insert(0, str(POOL5))
from pool_order import pool  # noqa: E402  (pool 5's own function, not project code)
