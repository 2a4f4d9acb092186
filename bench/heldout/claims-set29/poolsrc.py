"""Pool 3 access for set 29: the PMID -> <PubmedArticle> text map of /work/eval-pool3 (its pool_order.pool(), the
same first-occurrence rule the order was made with), and its order.txt. Copied from set 24 (itself from set 22), unchanged but for this docstring. Read only; nothing in pool 3
is changed."""
import sys
from pathlib import Path
POOL3 = Path("/work/eval-pool3")
SRC = POOL3 / "src"
ORDER = POOL3 / "order.txt"
sys.path.insert(0, str(POOL3))
from pool_order import pool  # noqa: E402  (pool 3's own function, not project code)
