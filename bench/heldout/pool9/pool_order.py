"""Pool 9 (round fourteen, E-P9): pool 8's eligibility rule and sha256(PMID) order (/work/eval-pool8/pool_order.py,
itself pool 7's, 6's, 5's, 4's, 2's and the old pool's): every MedlineCitation Status is admitted except OLDMEDLINE.
Sources: new files only (see SOURCES.md), none admitted by pools 2-8. Records are judged as wrap.py gives them (the
PubmedArticle element's own bytes for PubmedArticleSet files; `<PubmedArticle>` + MedlineCitation bytes where a file
holds bare MedlineCitation elements). A PMID found in two source files counts once (first file in FILES order wins).
Excludes: every PMID of pools 2-8's src/ (all, admitted or not; a superset of what pools 7 and 8 admitted, i.e. their
order.txt, which is also read) and of the old pool's src/ (/work/eval-claims15/src); every PMID of all claim sets
(bench/heldout/claims-set*/records.xml, /work/eval-claims*/records.xml, except sets 50 and 51 of round fourteen, which
are ignored so that the order stays fixed); of the project's tests/fixtures/claims/*.xml (PMIDs only, by regex); of
/work/shared/data/pubmed (incl. the metapub tarball) and /work/shared/fixtures/pubmed. Writes order.txt."""
import glob, hashlib, re, subprocess, sys, xml.etree.ElementTree as ET
from pathlib import Path
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from wrap import records, wrapped
SRC = HERE / "src"
OLD_SRC = Path("/work/eval-claims15/src")
POOL_SRCS = [Path(f"/work/eval-pool{n}/src") for n in range(2, 9)]
POOL_ORDERS = [Path("/work/eval-pool7/order.txt"), Path("/work/eval-pool8/order.txt")]
# pool files, in this order (first occurrence of a PMID wins): newest NLM sample edition first, then baseline
# excerpts, then E-utilities efetch answers
FILES = ["internetarchive-fatcat-python-tests-files-pubmedsample_2019.xml",
         "JULIELab-julielab-topic-modeling-test-resources-pubmedsample18n0001.xml",
         "JULIELab-jcore-base-jedis-integration-tests-pubmed21n1016_excerpt_original.xml",
         "JULIELab-julielab-topic-modeling-heldout_docs-pubmed18n0740_7_eval_files.xml",
         "JULIELab-gepi-indexing-testdata-input-gepi-test-documents.xml",
         "JULIELab-trec-pm-main-resources-data-medline-sample.xml",
         "ncbi-ncbi-cxx-toolkit-public-eutils-efetch-test-data-pubmed11748933.xml",
         "ncbi-ncbi-cxx-toolkit-public-eutils-efetch-test-data-pubmed21230962.xml",
         "ncbi-ncbi-cxx-toolkit-public-eutils-efetch-test-data-pubmed31732993.xml",
         "ncbi-ncbi-cxx-toolkit-public-eutils-efetch-test-data-pubmed33761533.xml",
         "biocommons-eutils-tests-data-efetch-pubmed-22351513.xml",
         "biocommons-eutils-tests-data-efetch-pubmed-23121403.xml"]
BAD_STATUS = {"OLDMEDLINE"}
def pool():
    found = {}
    for name in FILES:
        for pmid, el in records(SRC / name):
            found.setdefault(pmid, wrapped(el).decode("utf-8"))
    return found
IGNORED = {f"{b}{n}" for b in ("eval-claims", "claims-set") for n in (50, 51)}  # this brief's sets
def excluded():
    ex = set(); texts = []
    for p in (sorted(glob.glob(str(OLD_SRC / "*.xml"))) + [str(q) for d in POOL_SRCS for q in sorted(d.glob("*.xml"))]
              + glob.glob("/work/main/bench/heldout/claims-set*/records.xml")
              + glob.glob("/work/eval-claims*/records.xml") + glob.glob("/work/main/tests/fixtures/claims/*.xml")
              + glob.glob("/work/shared/data/pubmed/*.xml") + glob.glob("/work/shared/fixtures/pubmed/*.xml")):
        if Path(p).parent.name in IGNORED: continue
        texts.append(Path(p).read_text(encoding="utf-8-sig", errors="replace"))
    texts.append(subprocess.run(["tar", "-xzOf", "/work/shared/data/pubmed/metapub-pmid_xml.tar.gz"],
                                capture_output=True, text=True).stdout)
    for t in texts: ex |= set(re.findall(r"<PMID[^>]*>(\d+)</PMID>", t))
    for o in POOL_ORDERS:
        ex |= {line.split()[1] for line in o.read_text().splitlines() if line.strip()}
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
