"""resolve_any: each identifier to its source, against loopback servers of recorded NCBI and Crossref answers."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fakes import FakeBooks, books_server
from pubmed_server import FakeNCBI, FakeWorks, works_server

from evidence.sources.doi import DoiClient
from evidence.sources.eutils import EutilsClient
from evidence.sources.options import TransportOptions
from evidence.sources.resolve import resolve_any


@pytest.fixture
def works() -> Iterator[FakeWorks]:
    with works_server() as fake:
        yield fake


@pytest.fixture
def books() -> Iterator[FakeBooks]:
    with books_server() as fake:
        yield fake


def clients(ncbi: FakeNCBI, works: FakeWorks, books: FakeBooks | None = None) -> tuple[EutilsClient, DoiClient]:
    options = TransportOptions(retries=0, sleep=lambda s: None)
    pubmed = EutilsClient(options, base_url=ncbi.base_url, idconv_url=ncbi.idconv_url, env={})
    base = works.base_url
    other = books.base_url if books else "http://127.0.0.1:9"
    return pubmed, DoiClient(options, crossref_url=base, doi_url=base, datacite_url=base, arxiv_url=other,
                             openlibrary_url=other, env={})


def test_each_identifier_reports_its_source_and_dois_share_one_pubmed_search(ncbi: FakeNCBI, works: FakeWorks,
                                                                             books: FakeBooks) -> None:
    out = resolve_any(["26147656", "10.7554/eLife.01567", "https://doi.org/10.1007/978-3-662-46370-3_13",
                       "isbn:207042779X", "https://arxiv.org/abs/1710.08557", "nonsense"], *clients(ncbi, works, books))
    assert [(r.text, r.work.type if r.work else None, r.work.source if r.work else None, r.message) for r in out] == [
        ("26147656", "article", "PubMed", "ok"),
        ("10.7554/eLife.01567", "article", "Crossref", "ok"),
        ("https://doi.org/10.1007/978-3-662-46370-3_13", "incollection", "Crossref", "ok"),
        ("isbn:207042779X", "book", "Open Library", "ok"),
        ("https://arxiv.org/abs/1710.08557", "article", "arXiv", "ok"),
        ("nonsense", None, None, "not a PMID, DOI, PMCID, arXiv id, ISBN or a URL holding one"),
    ]
    assert out[1].entry("k").get("eid") == "e01567"
    assert out[4].entry("k").get("doi") == "10.1186/s12984-017-0305-3"
    assert (ncbi.count("/esearch.fcgi"), ncbi.count("/efetch.fcgi"), works.count("ra"), works.count("crossref")) == (
        1, 1, 2, 2)
    assert (books.count("arxiv"), books.count("openlibrary")) == (1, 1)


def test_arxiv_ids_share_one_request_and_a_missing_one_is_reported(ncbi: FakeNCBI, works: FakeWorks,
                                                                  books: FakeBooks) -> None:
    out = resolve_any(["arXiv:0808.05394", "arXiv:1707.08567"], *clients(ncbi, works, books))
    assert [(r.work.type if r.work else None, r.message) for r in out] == [
        (None, "arXiv id 0808.05394 not found in arXiv"), ("misc", "ok")]
    assert [h.params["id_list"] for h in books.hits] == ["0808.05394,1707.08567"]
    assert len(ncbi.hits) == len(works.hits) == 0


def test_arxiv_unreachable_fails_its_ids_in_one_line_each_and_the_rest_resolve(ncbi: FakeNCBI, works: FakeWorks,
                                                                               books: FakeBooks) -> None:
    pubmed, doi = clients(ncbi, works)  # arXiv and Open Library at a closed port
    out = resolve_any(["arXiv:2106.01345v2", "10.7554/eLife.01567", "isbn:9780199568864"], pubmed, doi)
    assert out[0].work is None and out[0].message.startswith("cannot reach arXiv at http://127.0.0.1:9/api/query")
    assert out[1].work is not None and out[1].message == "ok"
    assert out[2].work is None and out[2].message.startswith("cannot reach Open Library at http://127.0.0.1:9/")


def test_pubmed_down_still_lets_dois_through_their_agency(works: FakeWorks) -> None:
    pubmed = EutilsClient(TransportOptions(retries=0), base_url="http://127.0.0.1:9/", env={})
    base = works.base_url
    doi = DoiClient(TransportOptions(retries=0), crossref_url=base, doi_url=base, datacite_url=base, env={})
    out = resolve_any(["31588070", "10.5061/dryad.8515"], pubmed, doi)
    assert out[0].work is None and out[0].message.startswith("PubMed: cannot reach NCBI at http://127.0.0.1:9/")
    assert out[1].work is not None and (out[1].work.type, out[1].work.source) == ("dataset", "DataCite")
