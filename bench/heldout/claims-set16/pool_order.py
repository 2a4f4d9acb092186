"""Set 16 (copied from set 15, itself from 5/7/10/13; only change: also ignores records.xml of sets 16-18, i.e. range(5, 19)): pool, eligibility and sha256 order (see SELECTION.md). Writes order.txt (eligible PMIDs in order)."""
import glob, hashlib, re, subprocess, sys, xml.etree.ElementTree as ET
from pathlib import Path
HERE = Path(__file__).resolve().parent
SRC = HERE / "src"
# pool files, in this order (first occurrence of a PMID wins)
FILES = ["filiperigueiro-ArticleSearch-pubmed_result.xml", "solitude6060-Fulltext_search-data-pubmed_result.xml",
         "qi29-main_finding_recognition-pubmed_result.xml", "mokztk-pubmed-parser-CPFE.xml",
         "mokztk-pubmed-parser-pubmed_result.xml", "neel17-knowledge-graph-text-mining-pubmed_result.xml",
         "p1m-ortho-qm-replication-of-sr-searches-pubmed_result.xml", "jmjamison-pubmedExtracts-pubmed_result.xml"]
def pool():
    found = {}
    for name in FILES:
        text = (SRC / name).read_text(encoding="utf-8-sig")
        for m in re.finditer(r"<PubmedArticle>.*?</PubmedArticle>", text, re.S):
            pmid = re.search(r"<PMID[^>]*>(\d+)</PMID>", m.group()).group(1)
            found.setdefault(pmid, m.group())
    return found
def excluded():
    ex = set(); texts = []
    for p in (glob.glob("/work/main/bench/heldout/claims-set*/records.xml") + glob.glob("/work/eval-claims*/records.xml")
              + ["/work/main/tests/fixtures/claims/abstracts.xml"] + glob.glob("/work/shared/data/pubmed/*.xml")
              + glob.glob("/work/shared/fixtures/pubmed/*.xml")):
        # sets 5-14 (their own folders, and the copies of sets 5-10 the lead put in bench/heldout/claims-set5..10,
        # byte-identical records.xml): ignored, so the order stays the one sets 5/6 walked
        if Path(p).parent.name in {f"{b}{n}" for b in ("eval-claims", "claims-set") for n in range(5, 19)}: continue
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
    rows = []
    for pmid, xml in found.items():
        if pmid in ex: continue
        a = ET.fromstring(xml)
        ab = abstract(a)
        year = a.findtext(".//Article/Journal/JournalIssue/PubDate/Year")
        last = a.findtext(".//AuthorList/Author/LastName")
        pts = {x.text for x in a.iter("PublicationType")}; mesh = {x.text for x in a.iter("DescriptorName")}
        if (len(ab.split()) >= 120 and year and last and re.search(r"\d", ab)
                and (pts & CLIN_PT or mesh & CLIN_MESH) and not pts & NOT_PT):
            rows.append((hashlib.sha256(pmid.encode()).hexdigest(), pmid, last, year))
    print(f"records {len(found)} excluded {len(ex & set(found))} eligible {len(rows)}", file=sys.stderr)
    with open(HERE / "order.txt", "w") as f:
        for i, (h, pmid, last, year) in enumerate(sorted(rows), 1):
            f.write(f"{i} {pmid} {last} {year}\n")
