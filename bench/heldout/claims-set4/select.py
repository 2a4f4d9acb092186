"""Set 4 pool and order: see SELECTION.md. Prints eligible PMIDs in sha256 order."""
import glob, hashlib, re, sys, xml.etree.ElementTree as ET
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
excl = set()
for p in ["/work/main/bench/heldout/claims-set1/records.xml", "/work/main/bench/heldout/claims-set2/records.xml",
          "/work/main/bench/heldout/claims-set3/records.xml", "/work/main/tests/fixtures/claims/abstracts.xml"]:
    for a in ET.parse(p).getroot().iter("PubmedArticle"):
        excl.add(a.findtext(".//MedlineCitation/PMID"))
NUMW = re.compile(r"\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
                  r"sixteen|seventeen|eighteen|nineteen|twenty|hundred|thousand)\b", re.I)
rows = []
for pmid, xml in found.items():
    if pmid in excl:
        continue
    a = ET.fromstring(xml)
    ab = " ".join(" ".join("".join(x.itertext()).split()) for x in a.iter("AbstractText"))
    year = a.findtext(".//Article/Journal/JournalIssue/PubDate/Year")
    last = a.findtext(".//AuthorList/Author/LastName")
    if len(ab.split()) >= 100 and year and last and (re.search(r"\d", ab) or NUMW.search(ab)):
        rows.append((hashlib.sha256(pmid.encode()).hexdigest(), pmid, last, year))
print(f"records {len(found)} excluded {len(excl & set(found))} eligible {len(rows)}", file=sys.stderr)
for h, pmid, last, year in sorted(rows):
    print(pmid, last, year)
