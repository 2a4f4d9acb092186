"""Pool 8 access for set 49: the PMID -> record text map of /work/eval-pool8 (its pool_order.pool(), the same
first-occurrence rule and wrapping (wrap.py) the order was made with), its order.txt and set 49's walk range, fixed by
the round-fourteen brief (/work/helpers/EVAL_R14.md): positions 67..77. Adapted from set 45 (itself from set 41). Read only; nothing in pool 8 is
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
LO, HI = 67, 77  # set 49's range (EVAL_R14.md: E-49 walks pool 8 positions 67, 68, ... 77)
def start():
    return LO
