"""Evidence from full text: the project's own claim set over real PMC articles, and the check's use of it.

The claims are ours (written for this test from the fixture articles, the project's own set, not
a published benchmark); each names the sentence that supports it by a piece of its text. Entries
are built from the same fixture files (title and abstract as PubMed would give them), so the
abstract-only and full-text runs see the same work.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from evidence.check import check_manuscript
from evidence.check.manuscript import Manuscript
from evidence.check.ranking import EvidenceRanker
from evidence.model import Entry
from evidence.search.analysis import analyze
from evidence.sources.jats import Article, split_articles

PMC = Path(__file__).parent.parent / "fixtures" / "pmc"
FILES = {"PMC2329613": "pmcoa_PMC2329613_1472-6831-8-11.nxml", "PMC3574550": "pmcoa_PMC3574550_annonc_mds526.nxml",
         "PMC3460867": "pmcoa_PMC3460867_pone.0046493.nxml", "PMC6385181": "fullTextXML_PMC6385181.reindented.xml"}

# (PMCID, claim, a piece of the supporting sentence)
BODY_CLAIMS = [
    ("PMC2329613", "The Dutch OHIP had a Cronbach's alpha of 0.97 for the total scale",
     "Cronbach's alpha for the total OHIP-NL was 0.97"),
    ("PMC2329613", "Burning mouth syndrome was not significantly associated with OHIP-NL scores",
     "Except for 'Burning mouth syndrome'"),
    ("PMC2329613", "Patients were recruited over a period of 4 months", "pre-specified period of 4 months"),
    ("PMC2329613", "Fourteen missing answers in seven patients were imputed", "a total of 14 missing answers"),
    ("PMC2329613", "A 1-month reference period was chosen for the Dutch OHIP",
     "the 1-month reference period was chosen for the OHIP-NL"),
    ("PMC2329613", "Five of the seven OHIP domains had mean inter-item correlations above 0.50",
     "Five domains yielded a mean inter-item correlation value higher than 0.50"),
    ("PMC2329613", "The physical discomfort domain had the lowest test-retest ICC, 0.78",
     "Physical discomfort; ICC: 0.78"),
    ("PMC2329613", "Self-reported oral habits were unrelated to OHIP-NL scores",
     "Self-reported oral habits (i.e., the control measures) were not related"),
    ("PMC3574550", "Women were less likely than men to be diagnosed at an advanced stage of melanoma and lung cancer",
     "women were less likely to be diagnosed in advanced stage compared with men for melanoma and lung cancer"),
    ("PMC3574550", "Older patients with bladder, lung and renal cancer were less likely to be diagnosed at "
                   "advanced stage",
     "Conversely, older patients with bladder, lung and renal cancer"),
    ("PMC3574550", "About 39% of these ten cancers are diagnosed at an advanced stage in England", "73 000 (39%)"),
    ("PMC3574550", "Removing inequalities would prevent about 2000 advanced-stage prostate cancers a year",
     "prostate (∼2000 cancers)"),
    ("PMC3574550", "Patients aged 85 or more had an adjusted odds ratio of 1.28 for advanced stage",
     "85+; Adjusted odds ratio* (95% confidence intervals): 1.28"),
    ("PMC3574550", "Advanced stage at diagnosis was more likely in older age (P < 0.001)",
     "Advanced stage also varied by age (P < 0.001)"),
    ("PMC3574550", "Multiple imputation gave findings similar to the complete case analysis",
     "Multiple imputation produced similar findings"),
    ("PMC3460867", "LipY was the only HSL enzyme active on long-chain triglycerides, a true lipase",
     "LipY was the only enzyme with activity on long-chain TAG"),
    ("PMC3460867", "MmPPOX inhibited M. tuberculosis growth with a MIC of about 25 µg/mL", "MIC values of about 25"),
    ("PMC3460867", "Cut6, which is not an HSL family member, kept full activity in the presence of MmPPOX",
     "Cut6, a non Lip-HSL protein possessing a catalytic serine, retained full activity"),
    ("PMC3460867", "Inhibition by MmPPOX was partly reversible", "the inhibition by MmPPOX is partly reversible"),
    ("PMC3460867", "Only LipN was soluble when expressed in E. coli", "with the exception of LipN"),
    ("PMC3460867", "The M. tuberculosis genome holds 36 genes encoding putative lipolytic enzymes",
     "revealed the presence of 36 genes encoding putative lipolytic enzymes"),
    ("PMC3460867", "THL inhibited M. tuberculosis growth at a lower MIC than MmPPOX",
     "slightly higher than those found for THL"),
    ("PMC6385181", "BestKeeper evaluates the stability of each reference gene independently of the others",
     "BestKeeper is the only one, which evaluates the stability"),
]
ABSTRACT_CLAIMS = [
    ("PMC2329613", "The Dutch OHIP was tested in 119 patients referred to a prosthodontics clinic",
     "sample of 119 patients"),
    ("PMC2329613", "The OHIP-NL is a reliable and valid measure of oral health-related quality of life",
     "can be considered a reliable and valid instrument"),
    ("PMC3574550", "Deprived patients were more likely to be diagnosed with advanced melanoma, prostate, "
                   "endometrial and breast cancer",
     "Deprived patients were more likely to be diagnosed in advanced stage"),
    ("PMC3574550", "Removing socio-demographic inequalities could mean about 5600 fewer advanced-stage "
                   "diagnoses a year",
     "could decrease the number of patients with cancer diagnosed in advanced stage by ∼5600"),
    ("PMC3574550", "Stage information was available for 89.6% of tumours", "Stage information was available on 88 657"),
    ("PMC3460867", "Nine of the M. tuberculosis HSL enzymes were expressed, purified and characterised",
     "Among them, nine were expressed"),
    ("PMC3460867", "MmPPOX alters mycobacterial growth", "we provide evidence that MmPPOX alters mycobacterial growth"),
    ("PMC3460867", "The HSL family of M. tuberculosis comprises twelve serine hydrolases",
     "which encompasses twelve serine hydrolases"),
    ("PMC6385181", "Twelve reference genes including gmk and proC were suitable for normalisation",
     "12 following candidate RGs are suitable"),
    ("PMC6385181", "16S RNA is unsuitable as a reference gene in Y. pestis", "Some frequently used genes like 16S RNA"),
    ("PMC6385181", "Reference genes were selected among 29 candidates with GeNorm, NormFinder, BestKeeper and "
                   "the delta-Ct method", "The selection of suitable reference genes (RGs) among 29 candidates"),
]


@cache
def article(pmcid: str) -> Article:
    return split_articles((PMC / FILES[pmcid]).read_bytes())[0][0]


def entry(pmcid: str) -> Entry:
    """The entry PubMed would give: title and abstract (from the same article), and the PMCID."""
    art = article(pmcid)
    abstract = "\n".join(p.text for p in art.passages if p.kind == "abstract")
    return Entry(pmcid.lower(), "article", {"title": art.title, "abstract": abstract, "pmcid": pmcid})


def hits(claims: list[tuple[str, str, str]], full_text: bool) -> int:
    """How many claims have their supporting sentence among the top 3 evidence sentences."""
    ranker = EvidenceRanker(analyze, fulltext=(lambda e: article(e.pmcid)) if full_text else None)
    entries = {p: entry(p) for p in FILES}
    return sum(any(target in s.text for s in ranker.evidence(claim, entries[pmcid])) for pmcid, claim, target in claims)


def test_the_claim_set_has_body_only_and_abstract_claims():
    for pmcid, _, target in BODY_CLAIMS:
        assert target not in entry(pmcid).abstract and any(target in s for _, s in article(pmcid).sentences())
    for pmcid, _, target in ABSTRACT_CLAIMS:
        assert target in entry(pmcid).abstract
    assert (len(BODY_CLAIMS), len(ABSTRACT_CLAIMS)) == (23, 11)


def test_top3_hit_rate_abstract_only_versus_full_text():
    assert (hits(BODY_CLAIMS, False), hits(ABSTRACT_CLAIMS, False)) == (0, 11)
    assert (hits(BODY_CLAIMS, True), hits(ABSTRACT_CLAIMS, True)) == (21, 9)


def test_full_text_evidence_is_labelled_with_its_section_and_licence():
    ranker = EvidenceRanker(analyze, fulltext=lambda e: article(e.pmcid))
    best = ranker.evidence("Burning mouth syndrome was not significantly associated with OHIP-NL scores",
                           entry("PMC2329613"))
    assert [(s.source, s.pmcid, s.licence) for s in best][:1] == [
        ("Results", "PMC2329613", "http://creativecommons.org/licenses/by/2.0")]
    assert best[0].to_dict()["section"] == "Results"


def manuscript(text: str) -> Manuscript:
    return Manuscript(text=text, kind="markdown", path=None)


def test_check_quotes_the_results_for_a_specific_the_abstract_lacks():
    doc = manuscript("Patients were recruited over 4 months [@pmc2329613].\n")
    plain = check_manuscript(doc, [entry("PMC2329613")])
    assert [f.message for f in plain.results[0].flags] == [
        "'4 months' not found in the title or abstract: does the source give this duration?"]
    full = check_manuscript(doc, [entry("PMC2329613")], fulltext=lambda e: article(e.pmcid))
    assert full.results[0].flags == []
    assert [f.message for f in full.results[0].found] == [
        "'4 months' found in Methods > Study sample and procedure: 'In order to study the reliability and construct "
        "validity of the OHIP-NL, a convenience sample of 119 consecutive patients (68.9 % women; mean age ± SD = "
        "57.1 ± 12.2 yrs) was recruited during a pre-specified period of 4 months.'"]
    assert full.results[0].evidence[0].source == "Methods > Study sample and procedure"


def test_a_reversal_only_the_results_show_is_flagged_with_its_section():
    """The abstract names no direction for older patients with bladder, lung and renal cancer; the body's
    Results do, and the flag quotes them (labelled with their section) only when the full text is cached."""
    wrong = manuscript("Older patients with bladder, lung and renal cancer were more likely to be diagnosed at "
                       "advanced stage [@pmc3574550].\n")
    assert check_manuscript(wrong, [entry("PMC3574550")]).results[0].flags == []
    full = check_manuscript(wrong, [entry("PMC3574550")], fulltext=lambda e: article(e.pmcid)).results[0]
    assert [(f.kind, f.term) for f in full.flags] == [("direction", "more likely")]
    assert full.flags[0].message.startswith(
        "the claim says 'more likely', the full text (Results) says 'less likely': \"Conversely, older patients "
        "with bladder, lung and renal cancer were less likely to be diagnosed in advanced stage")
    assert [(e.source, e.text[:40]) for e in full.evidence if e.source == "Results"][:1] == [
        ("Results", "Conversely, older patients with bladder,")]
    faithful = manuscript("Older patients with bladder, lung and renal cancer were less likely to be diagnosed at "
                          "advanced stage [@pmc3574550].\n")
    assert check_manuscript(faithful, [entry("PMC3574550")], fulltext=lambda e: article(e.pmcid)).results[0].flags \
        == []
