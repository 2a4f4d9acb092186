"""Write records.xml with pool 7's own wrapping (wrap.py: records_xml of wrapped(element) for each chosen PMID, first
occurrence in pool_order.FILES order), bytes as wrap.py gives them, in pmids.txt order. Adapted from set 40's (itself from set 37's)."""
from pathlib import Path
from poolsrc import lookup, wrapped, records_xml
HERE = Path(__file__).resolve().parent
PMIDS = (HERE / "pmids.txt").read_text().split()
found = lookup()
assert all(p in found for p in PMIDS)
(HERE / "records.xml").write_bytes(records_xml([wrapped(found[p][1]) for p in PMIDS]))
print("wrote", len(PMIDS), [found[p][0][:40] for p in PMIDS])
