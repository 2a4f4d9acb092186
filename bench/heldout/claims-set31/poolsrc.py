"""Pool access for set 31: the PMID -> <PubmedArticle> text map of pool 4 (/work/eval-pool4) and, when it exists,
pool 5 (/work/eval-pool5), each through the pool's own pool_order.pool() (the same first-occurrence rule its order
was made with), and their order.txt. Adapted from set 24's poolsrc.py (which served pool 3). Read only."""
import importlib.util
from pathlib import Path
POOLS = {4: Path("/work/eval-pool4"), 5: Path("/work/eval-pool5")}
def order(n): return POOLS[n] / "order.txt"
def srcdir(n): return POOLS[n] / "src"
def pool(n):
    spec = importlib.util.spec_from_file_location(f"pool_order{n}", POOLS[n] / "pool_order.py")
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    return m.pool()
