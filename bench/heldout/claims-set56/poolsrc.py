"""Pool 11 access for set 56: the PMID -> wrapped <PubmedArticle> text map of /work/eval-pool11 (its own
pool_order.pool(), the same first-occurrence rule and the same wrapping, wrap.py, that its order was made with), its
order.txt and set 56's walk range (positions floor(N/2)+1 .. N, N from POOL_READY, checked against order.txt).
Adapted from set 50 (pool 9 -> pool 11). Read only; nothing in pool 11 is changed."""
import re, sys
from pathlib import Path
POOL = Path("/work/eval-pool11")
SRC = POOL / "src"
ORDER = POOL / "order.txt"
READY = POOL / "POOL_READY"
sys.path.insert(0, str(POOL))
from pool_order import pool  # noqa: E402  (pool 11's own function, not project code)
from wrap import lookup, wrapped, records_xml, records  # noqa: E402  (pool 11's own wrapping)
def walk_range():
    """(LO, HI) = (floor(N/2)+1, N): set 56's positions of pool 11's order.txt (the brief's rule for E-56)."""
    assert READY.exists(), "pool 11 not ready"
    n_lines = sum(1 for l in open(ORDER) if l.strip())
    m = re.search(r"\bN\s*=\s*(\d+)", READY.read_text())
    n = int(m.group(1)) if m else n_lines
    assert n == n_lines, f"POOL_READY N={n} but order.txt has {n_lines} lines"
    return n // 2 + 1, n
