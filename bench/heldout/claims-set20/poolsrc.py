"""Pool 2 access for set 20: the PMID -> <PubmedArticle> text map of /work/eval-pool2 (its pool_order.pool(), the
same first-occurrence rule the order was made with), and its order.txt."""
import sys
from pathlib import Path
POOL2 = Path("/work/eval-pool2")
SRC = POOL2 / "src"
ORDER = POOL2 / "order.txt"
sys.path.insert(0, str(POOL2))
from pool_order import pool  # noqa: E402  (pool 2's own function, not project code)
