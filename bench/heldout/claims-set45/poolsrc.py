"""Pool 8 access for set 45: the PMID -> record text map of /work/eval-pool8 (its pool_order.pool(), the same
first-occurrence rule and wrapping (wrap.py) the order was made with), its order.txt and set 45's start position K from
its POOL_READY ("set45 walks from position K"). Adapted from set 41 (pool 7 -> pool 8). Read only; nothing in pool 8 is
changed."""
import re, sys
from pathlib import Path
POOL8 = Path("/work/eval-pool8")
SRC = POOL8 / "src"
ORDER = POOL8 / "order.txt"
READY = POOL8 / "POOL_READY"
sys.path.insert(0, str(POOL8))
from pool_order import pool  # noqa: E402  (pool 8's own function, not project code)
import wrap  # noqa: E402  (pool 8's own wrapping)
def start():
    m = re.search(r"set45 walks from position (\d+)", READY.read_text())
    assert m, "POOL_READY has no set45 line"
    return int(m.group(1))
