"""Pool 8 access for set 48: the PMID -> record text map of /work/eval-pool8 (its pool_order.pool(), the same
first-occurrence rule and wrapping (wrap.py) the order was made with), its order.txt and set 48's walk range 55-66 (given by the brief /work/helpers/EVAL_R14.md). Copied from set 45
(itself adapted from set 41, pool 7 -> pool 8). Read only; nothing in pool 8 is
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
LO, HI = 55, 66  # set 48's walk range (round-fourteen brief)
