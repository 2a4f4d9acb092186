"""Pool 9 access for set 51: the PMID -> record text map of /work/eval-pool9 (its pool_order.pool(), the same
first-occurrence rule and wrapping (wrap.py, a copy of pool 8's) the order was made with), its order.txt and set 51's
start position K from its POOL_READY ("set51 walks from position K"). Adapted from set 45 (pool 8 -> pool 9). Read
only; nothing in pool 9 is changed."""
import re, sys
from pathlib import Path
POOL9 = Path("/work/eval-pool9")
SRC = POOL9 / "src"
ORDER = POOL9 / "order.txt"
READY = POOL9 / "POOL_READY"
sys.path.insert(0, str(POOL9))
from pool_order import pool  # noqa: E402  (pool 9's own function, not project code)
import wrap  # noqa: E402  (pool 9's own wrapping)
def start():
    m = re.search(r"set51 walks from position (\d+)", READY.read_text())
    assert m, "POOL_READY has no set51 line"
    return int(m.group(1))
