"""Pool 10 access for set 53 (round fifteen, E-53): the PMID -> wrapped <PubmedArticle> text map of /work/eval-pool10
(its own pool_order.pool() and wrap.py, the same first-occurrence rule and wrapping the order was made with), its
order.txt, and set 53's walk range. Adapted from set 50 (pool 9 -> pool 10). Read only; nothing in pool 10 is changed.
Range (brief /work/helpers/EVAL_R15.md): positions floor(N/2)+1 .. N of pool 10's order.txt (N = its number of
positions); set 52 (E-52) walks the first half, which set 53 never prints."""
import sys
from pathlib import Path
POOL10 = Path("/work/eval-pool10")
SRC = POOL10 / "src"
ORDER = POOL10 / "order.txt"
READY = POOL10 / "POOL_READY"
assert READY.exists(), "pool 10 is not ready (no POOL_READY)"
sys.path.insert(0, str(POOL10))
from pool_order import pool  # noqa: E402  (pool 10's own function, not project code)
from wrap import lookup, wrapped, records_xml, records  # noqa: E402  (pool 10's own wrapping)
N = sum(1 for l in open(ORDER) if l.strip())
LO, HI = N // 2 + 1, N
