"""Pool 6 access for set 38: the PMID -> <PubmedArticle> text map of /work/eval-pool6 (its pool_order.pool(), the
same first-occurrence rule the order was made with), and its order.txt. Copied from set 37 (itself from 36, 32). Read
only; nothing in pool 6 is changed."""
import sys
from pathlib import Path
POOL6 = Path("/work/eval-pool6")
SRC = POOL6 / "src"
ORDER = POOL6 / "order.txt"
READY = POOL6 / "POOL_READY"
sys.path.insert(0, str(POOL6))
from pool_order import pool  # noqa: E402  (pool 6's own function, not project code)
