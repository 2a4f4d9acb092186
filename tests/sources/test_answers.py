"""The small NCBI answers (esearch, ecitmatch, idconv, esummary) and body parsing, against real and broken bodies."""

from __future__ import annotations

from pathlib import Path

import pytest

from evidence.errors import NCBIError
from evidence.sources.answers import Citation, parse_ecitmatch, parse_esearch, parse_esummary, parse_idconv
from evidence.sources.bodies import parse_json, parse_xml
from evidence.sources.records import split_efetch

FIX = Path(__file__).parent.parent / "fixtures" / "pubmed"
HINT = " (NCBI may be having trouble; try again later or run with --offline to use the cache)"


def load(name: str) -> bytes:
    return (FIX / name).read_bytes()


def test_esearch_xml_and_json():
    basic = parse_esearch(load("esearch_pubmed_basic.xml"))
    assert basic.count == 63 and len(basic.ids) == 20 and basic.ids[0] == "41282813"
    assert basic.warnings == () and basic.query_translation == '"biopython"[All Fields]'
    zero = parse_esearch(load("esearch_pubmed_zero_hits_errorlist.xml"))
    assert (zero.count, zero.ids, zero.phrases_not_found) == (0, (), ("abcXYZ",))
    assert zero.warnings == ("phrase not found: abcXYZ", "No items found.")
    dropped = parse_esearch(load("esearch_pubmed_hits_with_phrase_not_found.xml"))
    assert dropped.count == 259 and dropped.phrases_not_found
    doi = parse_esearch(load("esearch_pubmed_json_doi_aid_lookup.json"))
    assert (doi.count, doi.ids) == (1, ("29913552",))
    author = parse_esearch(load("esearch_pubmed_json_author.json"))
    assert author.ids[0] == "26147656" and author.count == 9


def test_ecitmatch_lines():
    assert parse_ecitmatch(load("ecitmatch_mixed_not_found_invalid_journal.txt")) == {
        "Art1": "2014248",
        "ref2": None,
        "Art4": "31978945",
    }
    assert Citation("k1", "proc natl acad sci u s a", "1991", "88", "3248", "mann bj").line() == (
        "proc natl acad sci u s a|1991|88|3248|mann bj|k1|"
    )
    assert Citation("a|b", "x\ry").line() == "x y|||||a b|"


def test_idconv_records_and_errors():
    out = parse_idconv(load("idconv_v1_doi_json.json"), ["10.1038/NG.590"])
    assert out["10.1038/NG.590"].pmid == "20495566"
    assert out["10.1038/NG.590"].pmcid == "PMC2883744"
    with pytest.raises(NCBIError, match="ID type 'doi' mismatch for '28371833'"):
        parse_idconv(load("idconv_v1_error_idtype_mismatch_404.json"), ["28371833"])


def test_esummary_json_xml_and_error():
    sums = parse_esummary(load("esummary_pubmed_json_9_records.json"))
    assert [s.pmid for s in sums][:2] == ["26147656", "25995115"]
    assert sums[0].title.startswith("Combinatorial genetic analysis")
    v1 = parse_esummary(load("esummary_pubmed_v1.xml"))
    assert len(v1) == 2 and v1[0].title
    with pytest.raises(NCBIError, match="Neither query_key nor id specified"):
        parse_esummary(load("esummary_error_no_id.xml"))




@pytest.mark.parametrize(("body", "message"), [
    (b"<eSearchResult><IdList><Id>1</Id></IdList></eSearchResult>", "unexpected esearch answer: no hit count"),
    (b"<eSearchResult><Count>many</Count></eSearchResult>", "unexpected esearch answer: the hit count is 'many'"),
    (b"<eSearchResult><Count>1</Count><IdList><Id>1</Id><Id>2</Id></IdList></eSearchResult>",
     "unexpected esearch answer: 2 ids for a count of 1"),
    (b"<eSearchResult><Count>1</Count><IdList><Id>x</Id></IdList></eSearchResult>",
     "unexpected esearch answer: a non-numeric id"),
    (b'{"esearchresult": {"count": "2", "idlist": [1, null]}}',
     "unexpected esearch answer: idlist holds something other than text"),
    (b'{"esearchresult": {"idlist": []}}', "unexpected esearch answer: no hit count"),
    (b'{"esearchresult": {"count": true, "idlist": []}}', "unexpected esearch answer: no hit count"),
])
def test_esearch_answers_that_prove_nothing_raise(body: bytes, message: str) -> None:
    with pytest.raises(NCBIError) as err:
        parse_esearch(body)
    assert str(err.value) == message + HINT


@pytest.mark.parametrize(("body", "message"), [
    (b'{"status": "ok", "records": {"pmid": "1"}}', "unexpected idconv answer: records is dict, not a list"),
    (b'{"status": "ok", "records": ["PMC1"]}', "unexpected idconv answer: a record is str, not an object"),
])
def test_idconv_answers_of_the_wrong_shape_raise(body: bytes, message: str) -> None:
    with pytest.raises(NCBIError) as err:
        parse_idconv(body, ["PMC1"])
    assert str(err.value) == message + HINT


def test_esummary_answers_of_the_wrong_shape_raise() -> None:
    with pytest.raises(NCBIError) as err:
        parse_esummary(b'{"result": {"uids": ["1"], "1": {"authors": "Smith J"}}}')
    assert str(err.value) == "unexpected esummary answer: authors is str, not a list" + HINT


def test_bodies_nested_absurdly_deep_raise() -> None:
    with pytest.raises(NCBIError) as err:
        parse_json(b"[" * 100_000 + b"]" * 100_000, "idconv")
    assert str(err.value) == "refused the idconv JSON answer: nested too deeply" + HINT
    title = b"<i>" * 50_000 + b"x" + b"</i>" * 50_000
    deep_xml = (b"<PubmedArticleSet><PubmedArticle><MedlineCitation><PMID>1</PMID><Article><ArticleTitle>" + title
                + b"</ArticleTitle></Article></MedlineCitation></PubmedArticle></PubmedArticleSet>")
    assert parse_xml(deep_xml, "efetch").tag == "PubmedArticleSet"  # expat itself copes
    with pytest.raises(NCBIError) as err:
        split_efetch(deep_xml)  # serialising one record back for the cache recurses per level
    assert str(err.value) == "refused the efetch XML answer: nested too deeply" + HINT
