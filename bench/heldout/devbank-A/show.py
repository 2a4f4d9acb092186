"""Print each record: key, authors, year, title, abstract (whitespace-normalised, labelled sections)."""
import sys, xml.etree.ElementTree as ET
from pathlib import Path
from keys import key
HERE = Path(__file__).resolve().parent
n = lambda s: " ".join(s.split())
root = ET.parse(HERE / "records.xml").getroot()
want = set(sys.argv[1:])
for a in root.iter("PubmedArticle"):
    k = key(a)
    if want and k not in want: continue
    au = [x.findtext("LastName") or x.findtext("CollectiveName") for x in a.findall(".//AuthorList/Author")]
    print("=" * 8, a.findtext(".//MedlineCitation/PMID"), k, "| n_auth", len(au), au[:3])
    print("TITLE:", n("".join(a.find(".//ArticleTitle").itertext())))
    pt = [x.text for x in a.findall(".//PublicationType")]; print("PT:", pt)
    for x in a.iter("AbstractText"):
        lab = x.get("Label"); print(("[" + lab + "] " if lab else "") + n("".join(x.itertext())))
