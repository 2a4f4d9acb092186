"""Pool 7 access for set 43: the PMID -> wrapped <PubmedArticle> text map of /work/eval-pool7 (its pool_order.pool(),
the same first-occurrence rule and wrapping the order was made with), and its order.txt. Adapted from set 40's (itself from set 37's). Read only; nothing in pool 7 is changed."""
import sys
from pathlib import Path
POOL7 = Path("/work/eval-pool7")
SRC = POOL7 / "src"
ORDER = POOL7 / "order.txt"
READY = POOL7 / "POOL_READY"
sys.path.insert(0, str(POOL7))
from pool_order import pool, FILES  # noqa: E402  (pool 7's own functions, not project code)
from wrap import records, wrapped, records_xml, lookup  # noqa: E402
