"""Pool 8 access for set 47: the PMID -> record text map of /work/eval-pool8 (its pool_order.pool(), the same
first-occurrence rule and wrapping (wrap.py) the order was made with), its order.txt and set 47's walk range, fixed by
the round-fourteen brief (/work/helpers/EVAL_R14.md): positions 28-38. Adapted from set 45 (start() now returns the
brief's fixed range instead of reading POOL_READY). Read only; nothing in pool 8 is changed."""
import re, sys
from pathlib import Path
POOL8 = Path("/work/eval-pool8")
SRC = POOL8 / "src"
ORDER = POOL8 / "order.txt"
READY = POOL8 / "POOL_READY"
sys.path.insert(0, str(POOL8))
from pool_order import pool  # noqa: E402  (pool 8's own function, not project code)
import wrap  # noqa: E402  (pool 8's own wrapping)
LO, HI = 28, 38  # set 47's range (round-fourteen brief)
def start():
    return LO
