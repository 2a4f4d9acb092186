"""Write records.xml with pool 7's own wrapping (/work/eval-pool7/wrap.py: <PubmedArticle> + the <MedlineCitation>
element's exact bytes from src/ + </PubmedArticle>, joined as wrap.records_xml gives them), for the PMIDs of pmids.txt
in order. Adapted from set 37's build_records.py (pool 6 -> pool 7's wrap.py); bytes are written as wrap.py gives them
(no newline translation)."""
from pathlib import Path
from poolsrc import wrap
HERE = Path(__file__).resolve().parent
PMIDS = (HERE / "pmids.txt").read_text().split()
found = wrap.lookup()
assert all(p in found for p in PMIDS)
(HERE / "records.xml").write_bytes(wrap.records_xml([wrap.wrapped(found[p][1]) for p in PMIDS]))
print("wrote", len(PMIDS))
