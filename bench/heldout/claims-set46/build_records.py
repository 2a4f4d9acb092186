"""Write records.xml with pool 8's own wrapping (/work/eval-pool8/wrap.py, a copy of pool 7's extended by E-P8: each
record as wrap.wrapped gives it from src/, joined as wrap.records_xml gives them), for the PMIDs of pmids.txt in order.
Copied from set 41's build_records.py (pool 7 -> pool 8); bytes are written as wrap.py gives them (no newline
translation)."""
from pathlib import Path
from poolsrc import wrap
HERE = Path(__file__).resolve().parent
PMIDS = (HERE / "pmids.txt").read_text().split()
found = wrap.lookup()
assert all(p in found for p in PMIDS)
(HERE / "records.xml").write_bytes(wrap.records_xml([wrap.wrapped(found[p][1]) for p in PMIDS]))
print("wrote", len(PMIDS))
