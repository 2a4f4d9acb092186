"""Pool access for set 33: the PMID -> <PubmedArticle> text maps of pool 3 and pool 2 (each pool's own
pool_order.pool(), the same first-occurrence rule its order was made with), and their order.txt. Copied from set 30's
poolsrc.py (pools 4 and 2), with pool 3 in place of pool 4. Read only; nothing in the pools is changed."""
import importlib.util
from pathlib import Path
POOLS = {"pool3": Path("/work/eval-pool3"), "pool2": Path("/work/eval-pool2")}
ORDER = {k: v / "order.txt" for k, v in POOLS.items()}
SRC = {k: v / "src" for k, v in POOLS.items()}
def _mod(name):
    spec = importlib.util.spec_from_file_location(f"pool_order_{name}", POOLS[name] / "pool_order.py")
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m); return m
def pool(name):
    return _mod(name).pool()
