"""Print candidates from order.txt (positions a..b) for reading: title and abstract."""
import glob, re, sys, xml.etree.ElementTree as ET
from pathlib import Path
DATA = Path("/work/shared/data/pubmed"); TMP = Path(__file__).resolve().parent / "tmp"
files = [DATA / "sr-project-pubmed_result.xml", DATA / "pubMR-pubmed_result.xml"]
files += [Path(p) for p in sorted(glob.glob(str(TMP / "pmid_xml" / "*.xml")))]
found = {}
for f in files:
    text = f.read_text(encoding="utf-8-sig")
    for m in re.finditer(r"<PubmedArticle>.*?</PubmedArticle>", text, re.S):
        pmid = re.search(r"<PMID[^>]*>(\d+)</PMID>", m.group()).group(1)
        found.setdefault(pmid, m.group())
order = [l.split()[0] for l in open(Path(__file__).resolve().parent / "order.txt")]
a, b = int(sys.argv[1]), int(sys.argv[2])
for i in range(a, min(b, len(order))):
    p = order[i]; art = ET.fromstring(found[p])
    title = "".join(art.find(".//ArticleTitle").itertext())
    ab = " ".join(" ".join("".join(x.itertext()).split()) for x in art.iter("AbstractText"))
    print(f"=== {i+1} {p} {art.findtext('.//AuthorList/Author/LastName')} "
          f"{art.findtext('.//Article/Journal/JournalIssue/PubDate/Year')} | {title}\n{ab}\n")
