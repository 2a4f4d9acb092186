"""JATS to passages, on real PMC/PLOS/Europe PMC article files (three reference flavours, three DTD generations)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from evidence.errors import NCBIError
from evidence.sources.jats import CITE_MARK, Article, split_articles

PMC = Path(__file__).parent.parent / "fixtures" / "pmc"


def parse(name: str) -> Article:
    return split_articles((PMC / name).read_bytes())[0][0]


@pytest.mark.parametrize(("name", "refs", "with_pmid", "with_doi"), [
    ("pmcoa_PMC3460867_pone.0046493.nxml", 58, 44, 0),  # mixed-citation, JATS 1.0
    ("pmcoa_PMC2329613_1472-6831-8-11.nxml", 31, 25, 17),  # old <citation>, NLM 2.3
    ("pmcoa_PMC3574550_annonc_mds526.nxml", 40, 30, 0),  # element-citation
    ("plos_journal.pone.0052690_research_article.xml", 51, 0, 0),  # mixed-citation, ids only as text
])
def test_the_three_reference_flavours_parse(name, refs, with_pmid, with_doi):
    article = parse(name)
    assert len(article.references) == refs
    assert sum(1 for r in article.references if r.pmid) == with_pmid
    assert sum(1 for r in article.references if r.doi) == with_doi
    assert all(r.text for r in article.references)


def test_identifiers_licence_and_title():
    article = parse("pmcoa_PMC3574550_annonc_mds526.nxml")
    assert (article.pmcid, article.pmid, article.doi, article.article_type) == (
        "PMC3574550", "23149571", "10.1093/annonc/mds526", "research-article")
    assert article.licence == "http://creativecommons.org/licenses/by-nc/3.0"
    assert article.title.startswith("Socio-demographic inequalities in stage of cancer diagnosis")
    assert article.open and not article.restricted


def test_nested_sections_have_their_path_and_structured_abstracts_their_parts():
    article = parse("pmcoa_PMC3460867_pone.0046493.nxml")
    sections = list(dict.fromkeys(p.section for p in article.passages))
    assert sections[:4] == ["Abstract", "Introduction", "Figure 1", "Materials and Methods > Chemicals"]
    assert "Results > In vitro inhibition studies" in sections
    ohip = parse("pmcoa_PMC2329613_1472-6831-8-11.nxml")
    assert [s for s in dict.fromkeys(p.section for p in ohip.passages) if s.startswith("Abstract")] == [
        "Abstract > Background", "Abstract > Methods", "Abstract > Results", "Abstract > Conclusion"]


def test_table_rows_keep_their_column_headers():
    ohip = parse("pmcoa_PMC2329613_1472-6831-8-11.nxml")
    rows = [p.text for p in ohip.passages if p.section == "Table 3" and p.kind == "table-row"]
    assert rows[2] == "Physical discomfort; ICC: 0.78; Mean difference: -1.9; Limits of agreement: -11.3 to 7.5"
    captions = [p.text for p in ohip.passages if p.kind == "caption"]
    assert captions[0] == ("Table 1. Mean total scores and mean item scores of the total OHIP-NL and of its seven "
                           "domains (the number of constituent questions is given between parentheses)")


def test_figure_legends_and_inline_citations_as_markers():
    plos = parse("plos_journal.pone.0052690_research_article.xml")
    legends = [p for p in plos.passages if p.kind == "figure"]
    assert [p.section for p in legends] == ["Figure 1", "Figure 2", "Figure 3", "Figure 4", "Figure 5"]
    sentence = next(s for _, s in plos.sentences() if s.startswith("An active segregation ensures"))
    assert sentence == ("An active segregation ensures the equivalent DNA distribution amongst daughter cells, "
                        f"which is a crucial cellular process in bacteria {CITE_MARK}–{CITE_MARK}.")


def test_back_matter_is_kept_apart_and_never_evidence():
    article = parse("pmcoa_PMC3574550_annonc_mds526.nxml")
    assert [p.section for p in article.back] == ["Funding", "Disclosure", "Acknowledgements"]
    evidence = " ".join(s for _, s in article.sentences())
    assert "post-doctoral fellowship" not in evidence and "Eastern Cancer Registration and Information Centre who" \
        not in evidence
    ohip = parse("pmcoa_PMC2329613_1472-6831-8-11.nxml")
    assert [p.section for p in ohip.back] == ["Authors' contributions", "Pre-publication history"]


def test_efetch_answer_correction_and_retraction_notices():
    [(correction, raw)] = split_articles((PMC / "efetch_pmc_PMC8435807_correction_with_body.xml").read_bytes())
    assert (correction.pmcid, correction.pmid, correction.article_type) == ("PMC8435807", "34527728", "correction")
    assert correction.licence == "https://creativecommons.org/licenses/by-nc/4.0/"
    assert [(r.kind, r.doi) for r in correction.related] == [("corrected-article", "10.1183/23120541.00193-2021")]
    assert raw.startswith(b"<article ") and raw.endswith(b"</article>")
    assert [p.section for p in correction.passages] == ["Body"]
    retraction = parse("plos_journal.ppat.1005207_retraction_notice.xml")
    assert [(r.kind, r.doi) for r in retraction.related] == [("retracted-article", "10.1371/journal.ppat.1003435")]


@pytest.mark.parametrize(("name", "pmcid", "words"), [
    ("efetch_pmc_PMC7773341_front_matter_only.xml", "PMC7773341", 144),
    ("efetch_pmc_PMC8034801_front_matter_only.xml", "PMC8034801", 141),
])
def test_front_matter_only_is_not_open(name, pmcid, words):
    """Real answers for articles whose publisher allows no XML full text: front matter, abstract, PMC's comment."""
    body = (PMC / name).read_bytes()
    [(article, raw)] = split_articles(body)
    assert raw.startswith(b"<article ") and b"does not allow downloading of the full text in XML form" in raw
    assert (article.pmcid, article.version, article.has_body, article.restricted, article.open) == (
        pmcid, "1", False, True, False)
    assert {p.kind for p in article.passages} == {"abstract"} and article.words == words


def test_related_article_links_keep_every_identifier():
    review = parse("efetch_pmc_PMC11422735_correction_forward.xml")
    assert [(r.kind, r.pmid, r.doi, r.pmcid) for r in review.related] == [
        ("correction-forward", "39413370", "10.2196/67281", "PMC11525075")]
    cited = next(r for r in parse("efetch_pmc_PMC12413575_reference_retraction_forward.xml").references
                 if r.related)
    assert (cited.label, cited.pmid, cited.doi, cited.pmcid) == ("81", "35432513", "10.1155/2022/4395358",
                                                                 "PMC9007657")
    assert [(r.kind, r.pmcid) for r in cited.related] == [("retraction-forward", "PMC10586429")]
    assert cited.text.endswith("10.1155/2022/4395358 35432513 35432513 PMC9007657")


def test_malformed_and_foreign_answers_are_our_errors():
    with pytest.raises(NCBIError) as err:
        split_articles((PMC / "pmcoa_PMC3460867_pone.0046493.nxml").read_bytes()[:5000])
    assert str(err.value).startswith("NCBI returned truncated or malformed PMC efetch XML: ")
    with pytest.raises(NCBIError) as err:
        split_articles(b"<eFetchResult><ERROR>UID=1: cannot get document summary</ERROR></eFetchResult>")
    assert str(err.value) == ("unexpected PMC efetch answer <eFetchResult>: UID=1: cannot get document summary "
                              "(check the PMCIDs)")


def test_a_10000_word_article_parses_in_under_100_ms():
    body = (PMC / "efetch_pmc_PMC12413575_reference_retraction_forward.xml").read_bytes()  # a real efetch answer
    words = split_articles(body)[0][0].words
    assert words == 15603  # of evidence text (171 references besides)
    best = min(_timed(body) for _ in range(3))
    assert best * 10000 / words < 0.1, f"{best * 1000:.1f} ms for {words} words"


def _timed(body: bytes) -> float:
    start = time.perf_counter()
    article = split_articles(body)[0][0]
    list(article.sentences())
    return time.perf_counter() - start
