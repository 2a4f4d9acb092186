"""The DOI client against a loopback server serving recorded Crossref, doi.org and DataCite answers."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pubmed_server import FakeWorks, http_error, works_server
from werkzeug import Request, Response

from evidence.errors import PubMedError, ServiceError, SourceNetworkError
from evidence.sources.doi import DoiClient
from evidence.sources.options import TransportOptions


@pytest.fixture
def works() -> Iterator[FakeWorks]:
    with works_server() as fake:
        yield fake


def make(works: FakeWorks, **kw: object) -> DoiClient:
    base = works.base_url
    options = TransportOptions(retries=1, max_wait=2, sleep=lambda s: None, **kw)  # type: ignore[arg-type]
    return DoiClient(options, crossref_url=base, doi_url=base, datacite_url=base, env={})


def test_crossref_doi_costs_the_agency_lookup_and_one_work_request(works: FakeWorks) -> None:
    client = make(works)
    work = client.lookup("10.1007/978-3-662-46370-3_13")
    assert work is not None and (work.type, work.source) == ("incollection", "Crossref")
    assert work.fields["booktitle"] == "Shoulder Stiffness"
    assert [h.path for h in works.hits] == ["ra", "crossref"]
    assert works.hits[0].url.endswith("/ra/10.1007")
    assert works.hits[1].url.endswith("/works/10.1007/978-3-662-46370-3_13")


def test_datacite_doi_goes_to_datacite(works: FakeWorks) -> None:
    work = make(works).lookup("10.5061/DRYAD.8515")
    assert work is not None and (work.type, work.source, work.fields["publisher"]) == ("dataset", "DataCite", "Dryad")
    assert [h.path for h in works.hits] == ["ra", "datacite"]


def test_unknown_crossref_doi_is_none_from_the_plain_text_404_and_that_is_cached(works: FakeWorks,
                                                                                 tmp_path: Path) -> None:
    client = make(works, cache_dir=tmp_path)
    assert client.lookup("10.1371/notarealdoi") is None
    assert client.lookup("10.1371/notarealdoi") is None
    assert [h.path for h in works.hits] == ["ra", "crossref"]
    assert client.stats.cache_hits == 2


def test_content_negotiation_follows_doi_orgs_redirect_to_csl_json(works: FakeWorks) -> None:
    item = make(works).csl_item("10.1126/science.169.3946.635")
    assert item is not None and item["DOI"] == "10.1126/science.169.3946.635"
    transform = next(h for h in works.hits if h.path == "transform")
    assert [h.path for h in works.hits] == ["doi", "transform"] and transform.url.endswith("/transform")
    assert make(works).csl_item("10.1126/foo") is None  # doi.org's HTML 404 page means "no such DOI"


def test_polite_pool_email_travels_in_the_user_agent_never_the_url(works: FakeWorks) -> None:
    seen: list[str] = []

    def spy(request: Request) -> Response | None:
        seen.append(request.headers.get("User-Agent", ""))
        return None

    works.fail_next("crossref", spy)
    client = make(works, email="writer@example.org")
    client.crossref_work("10.1038/srep16696")
    assert seen[0].endswith("(mailto:writer@example.org)")
    assert "writer" not in works.hits[0].url


def test_crossrefs_rate_limit_headers_slow_the_limiter_down(works: FakeWorks) -> None:
    from pubmed_server import works_fixture

    def limited(request: Request) -> Response:  # the recorded 404 with its recorded rate-limit headers
        return Response(works_fixture("work_404_resource_not_found.txt"), status=404,
                        headers={"x-rate-limit-interval": "1s", "x-rate-limit-limit": "5"})

    client = make(works, email="writer@example.org")
    assert client.crossref.limiter.interval == pytest.approx(0.1)  # the polite pool's 10/s
    works.fail_next("crossref", limited)
    assert client.crossref_work("10.1371/notarealdoi") is None
    assert client.crossref.limiter.interval == pytest.approx(0.2)


def test_a_refused_request_is_one_error_naming_crossref(works: FakeWorks) -> None:
    from pubmed_server import works_fixture

    refusal = works_fixture("work_400_validation_failure_parameter_not_allowed.json")
    works.fail_next("crossref", http_error(400, refusal))
    with pytest.raises(ServiceError, match=r"^Crossref answered HTTP 400 for .*validation-failure") as caught:
        make(works).crossref_work("10.1371/journal.pone.0033693")
    assert not isinstance(caught.value, PubMedError)  # a Crossref failure is no PubMed failure


def test_search_by_citation_text(works: FakeWorks) -> None:
    works.searches["ecology"] = "works_query_ecology_rows2.json"
    client = make(works)
    items = client.search("ecology", rows=2)
    assert len(items) == 2 and all(i.get("DOI") for i in items)
    assert works.hits[0].params == {"query.bibliographic": "ecology", "rows": "2"}
    assert client.search("adfaaf") == []


def test_offline_without_cache_is_a_network_error(works: FakeWorks, tmp_path: Path) -> None:
    with pytest.raises(SourceNetworkError, match="offline mode"):
        make(works, cache_dir=tmp_path, offline=True).lookup("10.1007/978-3-662-46370-3_13")
    assert works.hits == []
