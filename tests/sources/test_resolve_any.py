"""resolve_any: each identifier to its source, against loopback servers of recorded NCBI and Crossref answers."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pubmed_server import FakeNCBI, FakeWorks, works_server

from evidence.sources.doi import DoiClient
from evidence.sources.eutils import EutilsClient
from evidence.sources.resolve import resolve_any


@pytest.fixture
def works() -> Iterator[FakeWorks]:
    with works_server() as fake:
        yield fake


def clients(ncbi: FakeNCBI, works: FakeWorks) -> tuple[EutilsClient, DoiClient]:
    pubmed = EutilsClient(base_url=ncbi.base_url, idconv_url=ncbi.idconv_url, env={}, retries=0,
                          sleep=lambda s: None)
    base = works.base_url
    return pubmed, DoiClient(crossref_url=base, doi_url=base, datacite_url=base, env={}, retries=0,
                             sleep=lambda s: None)


def test_each_identifier_reports_its_source_and_dois_share_one_pubmed_search(ncbi: FakeNCBI,
                                                                             works: FakeWorks) -> None:
    out = resolve_any(["26147656", "10.7554/eLife.01567", "https://doi.org/10.1007/978-3-662-46370-3_13",
                       "isbn:9780199568864", "nonsense"], *clients(ncbi, works))
    assert [(r.text, r.work.source if r.work else None, r.message) for r in out] == [
        ("26147656", "PubMed", "ok"),
        ("10.7554/eLife.01567", "Crossref", "ok"),
        ("https://doi.org/10.1007/978-3-662-46370-3_13", "Crossref", "ok"),
        ("isbn:9780199568864", None, "ISBN 9780199568864: books by ISBN are not supported yet; add its DOI if it has"
                                     " one"),
        ("nonsense", None, "not a PMID, DOI, PMCID, arXiv id, ISBN or a URL holding one"),
    ]
    assert out[1].entry("k").get("eid") == "e01567"
    assert (ncbi.count("/esearch.fcgi"), ncbi.count("/efetch.fcgi"), works.count("ra"), works.count("crossref")) == (
        1, 1, 2, 2)


def test_arxiv_id_asks_datacite_for_arxivs_doi(ncbi: FakeNCBI, works: FakeWorks) -> None:
    [res] = resolve_any(["arXiv:2106.01345v2"], *clients(ncbi, works))
    assert [h.url.split("/", 3)[3] for h in works.hits] == ["dois/10.48550/arXiv.2106.01345"]
    assert res.work is None and res.message.startswith("DataCite unavailable: HTTP 599")  # nothing recorded for it
    assert len(ncbi.hits) == 0


def test_pubmed_down_still_lets_dois_through_their_agency(works: FakeWorks) -> None:
    pubmed = EutilsClient(base_url="http://127.0.0.1:9/", env={}, retries=0)
    base = works.base_url
    doi = DoiClient(crossref_url=base, doi_url=base, datacite_url=base, env={}, retries=0)
    out = resolve_any(["31588070", "10.5061/dryad.8515"], pubmed, doi)
    assert out[0].work is None and out[0].message.startswith("PubMed: cannot reach NCBI at http://127.0.0.1:9/")
    assert out[1].work is not None and (out[1].work.type, out[1].work.source) == ("dataset", "DataCite")
