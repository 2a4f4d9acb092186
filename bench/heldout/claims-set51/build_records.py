"""Write records.xml with pool 9's own wrapping (/work/eval-pool9/wrap.py, a copy of pool 8's: each record as
wrap.wrapped gives it from src/, joined as wrap.records_xml gives them), for the PMIDs of pmids.txt in order.
Copied from set 45's build_records.py (pool 8 -> pool 9), plus set 44's well-formedness check; bytes are written as
wrap.py gives them (no newline translation)."""
import xml.etree.ElementTree as ET
from pathlib import Path
from poolsrc import wrap
HERE = Path(__file__).resolve().parent
PMIDS = (HERE / "pmids.txt").read_text().split()
found = wrap.lookup()
assert all(p in found for p in PMIDS)
data = wrap.records_xml([wrap.wrapped(found[p][1]) for p in PMIDS])
(HERE / "records.xml").write_bytes(data)
root = ET.fromstring(data)   # well-formedness check (python's xml.etree)
assert [a.findtext("MedlineCitation/PMID") for a in root] == PMIDS
print("wrote", len(PMIDS), "well-formed")
