"""PubMed XML files as an import source: values of the wrong form never reach the library."""

from __future__ import annotations

from pathlib import Path

from evidence.formats.pubmedxml import read
from evidence.formats.registry import read_path

FIXTURES = Path(__file__).parent.parent / "fixtures" / "import"

BAD = ('<PubmedArticleSet><PubmedArticle><MedlineCitation><PMID>abc</PMID><Article><Journal><JournalIssue>'
       "<PubDate><Year>20x1</Year></PubDate></JournalIssue><Title>J</Title></Journal><ArticleTitle>T.</ArticleTitle>"
       '</Article></MedlineCitation><PubmedData><ArticleIdList><ArticleId IdType="doi">no doi</ArticleId>'
       '<ArticleId IdType="pmc">P1</ArticleId></ArticleIdList></PubmedData></PubmedArticle></PubmedArticleSet>')


def test_pmid_that_is_not_digits_is_dropped_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "bad.xml"
    path.write_text(BAD)
    result = read_path(path)
    assert (result.format, [e.fields for e in result.entries]) == ("pubmed-xml", [{"title": "T", "journal": "J"}])
    assert result.warnings == [
        "article 1: field 'PubDate' skipped: not a year: '20x1'",
        "article 1: field 'ArticleId (doi)' skipped: not a DOI (10.NNNN/...): 'no doi'",
        "article 1: field 'PMID' skipped: not a PMID (1 to 9 digits): 'abc'",
        "article 1: field 'ArticleId (pmc)' skipped: not a PMCID (PMC and digits): 'P1'",
    ]


def test_real_records_read_without_warnings() -> None:
    entries, warnings = read((FIXTURES / "efetch_pubmed_batch_6_records.xml").read_bytes(), None)
    assert (len(entries), warnings) == (6, [])
    assert entries[0].fields["pmid"] == "19008416" and entries[0].fields["shortjournal"] == "Science"
