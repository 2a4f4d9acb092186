"""Set 116 (round thirty-two): copied from set 114 unchanged but for this line."""
"""Set 114 (round thirty-one): copied from set 110 unchanged but for this line."""
"""Set 110 (round thirty): copied from set 106 unchanged but for this line."""
"""Write records.xml with pool 14's own wrapping (wrap.py): for each PMID of pmids.txt, its record as pool 14 gives it
(first occurrence in pool_order.FILES order): a <PubmedArticle> element's exact bytes (pool 14's one file is a
PubmedArticleSet file), in the pool's records.xml frame. Written as bytes (no newline translation). Adapted from set 55
(pool 11 -> pool 14); copied from set 98 for set 102, and from set 102 for set 106, unchanged."""
from pathlib import Path
import xml.etree.ElementTree as ET
from poolsrc import lookup, wrapped, records_xml
HERE = Path(__file__).resolve().parent
PMIDS = (HERE / "pmids.txt").read_text().split()
found = lookup()
assert all(p in found for p in PMIDS)
data = records_xml([wrapped(found[p][1]) for p in PMIDS])
(HERE / "records.xml").write_bytes(data)
root = ET.fromstring(data)   # well-formedness check (python's xml.etree)
assert [a.findtext("MedlineCitation/PMID") for a in root] == PMIDS
print("wrote", len(PMIDS), "well-formed")
