"""Copy the chosen <PubmedArticle> elements byte for byte into records.xml (as claims_eval.py build_records)."""
import glob, re
from pathlib import Path
HERE = Path(__file__).resolve().parent; DATA = Path("/work/shared/data/pubmed")
PMIDS = (HERE / "pmids.txt").read_text().split()
files = [DATA / "sr-project-pubmed_result.xml", DATA / "pubMR-pubmed_result.xml"]
files += [Path(p) for p in sorted(glob.glob(str(HERE / "tmp" / "pmid_xml" / "*.xml")))]
found = {}
for f in files:
    text = f.read_text(encoding="utf-8-sig")
    for m in re.finditer(r"<PubmedArticle>.*?</PubmedArticle>", text, re.S):
        pmid = re.search(r"<PMID[^>]*>(\d+)</PMID>", m.group()).group(1)
        if pmid in PMIDS and pmid not in found:
            found[pmid] = m.group()
assert all(p in found for p in PMIDS)
(HERE / "records.xml").write_text('<?xml version="1.0" encoding="UTF-8"?>\n<PubmedArticleSet>\n'
                                  + "\n".join(found[p] for p in PMIDS) + "\n</PubmedArticleSet>\n", encoding="utf-8")
print("wrote", len(PMIDS))
