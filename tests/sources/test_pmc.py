"""Fetching full text against a real local HTTP server.

The server wraps real PMC articles (.nxml, a real efetch db=pmc answer, a Europe PMC fullTextXML)
in ``<pmc-articleset>`` as PMC's efetch does (see ``pubmed_server.pmc_article``). The one
front-matter-only answer is SYNTHETIC: derived from a real article by dropping ``<body>`` and adding
PMC's "does not allow" comment as the first child of ``<article>``, since no saved copy exists
(fixtures SOURCES.md, "Looked for, not found").
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pubmed_server import FakeNCBI, fixture, http_error, pmc_article

from evidence.errors import NetworkError, PubMedError, UnavailableError
from evidence.model import Entry
from evidence.sources.eutils import EutilsClient
from evidence.sources.fulltext import CLOSED, OPEN, FullTextStore
from evidence.sources.pmc import EuropePMCClient, FullTextFetcher, pmcids_for

T0 = datetime(2026, 1, 5, 12, 0, tzinfo=UTC)
OA = {"3460867": "pmcoa_PMC3460867_pone.0046493.nxml", "2329613": "pmcoa_PMC2329613_1472-6831-8-11.nxml",
      "3574550": "pmcoa_PMC3574550_annonc_mds526.nxml", "8435807": "efetch_pmc_PMC8435807_correction_with_body.xml"}
NOT_ALLOWED = b"<!--The publisher of this article does not allow downloading of the full text in XML form.-->"


def front_matter_only(article: bytes) -> bytes:
    """SYNTHETIC: a real article as PMC serves it when the publisher refuses XML (no body, the comment first)."""
    without_body = re.sub(rb"<body>.*</body>", b"", article, flags=re.S)
    head = without_body.index(b">") + 1
    return without_body[:head] + NOT_ALLOWED + without_body[head:]


class Clock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def served(ncbi: FakeNCBI) -> FakeNCBI:
    for digits, name in OA.items():
        ncbi.pmc[digits] = pmc_article(name)
    return ncbi


def make(ncbi: FakeNCBI, tmp_path: Path, clock: Clock | None = None, *, offline: bool = False,
         europe: bool = True, **kw: object) -> FullTextFetcher:
    client = EutilsClient(base_url=ncbi.base_url, idconv_url=ncbi.idconv_url, env={}, offline=offline,
                          sleep=lambda s: None, retries=0)
    epmc = EuropePMCClient(base_url=ncbi.europepmc_url, env={}, offline=offline, sleep=lambda s: None,
                           retries=0) if europe else None
    store = FullTextStore(tmp_path / "fulltext.sqlite")
    return FullTextFetcher(client, store, epmc, now=clock or Clock(), **kw)  # type: ignore[arg-type]


def test_fetch_stores_each_article_with_licence_source_and_date(served, tmp_path):
    fetcher = make(served, tmp_path)
    got = fetcher.fetch(["PMC3460867", "pmc2329613", "PMC3574550"])
    assert [(o.pmcid, o.status, o.source, o.licence) for o in got] == [
        ("PMC3460867", "fetched", "pmc", "This is an open-access article distributed under the terms of the "
                                         "Creative Commons Attribution License, which permits unrestricted use, "
                                         "distribution, and reproduction in any medium, provided the original "
                                         "author and source are credited."),
        ("PMC2329613", "fetched", "pmc", "http://creativecommons.org/licenses/by/2.0"),
        ("PMC3574550", "fetched", "pmc", "http://creativecommons.org/licenses/by-nc/3.0"),
    ]
    assert served.count("/efetch.fcgi") == 1
    assert served.hits[0].params["db"] == "pmc" and served.hits[0].params["id"] == "3460867,2329613,3574550"
    stored = fetcher.store.get("PMC3574550")
    assert (stored.status, stored.source, stored.fetched) == (OPEN, "pmc", T0)
    article = fetcher.store.article("PMC3574550")
    assert (article.pmid, article.doi) == ("23149571", "10.1093/annonc/mds526")
    assert fetcher.store.resolve(["pmid:23149571"]) == "PMC3574550"
    again = fetcher.fetch(["PMC3460867", "PMC2329613", "PMC3574550"])
    assert [o.status for o in again] == ["cached"] * 3
    assert served.count("/efetch.fcgi") == 1


def test_200_pmcids_take_one_post(served, tmp_path):
    asked = [f"PMC{d}" for d in OA] + [f"PMC{9000000 + i}" for i in range(196)]
    got = make(served, tmp_path).fetch(asked)
    assert len(served.hits) == 1 and served.hits[0].method == "POST"
    assert len(served.hits[0].params["id"].split(",")) == 200
    assert sum(o.status == "fetched" for o in got) == 4
    assert sum(o.status == "closed" for o in got) == 196  # PMC does not know them: no open full text


def test_250_pmcids_take_two_batches(served, tmp_path):
    asked = [f"PMC{9000000 + i}" for i in range(246)] + [f"PMC{d}" for d in OA]
    got = make(served, tmp_path).fetch(asked)
    assert [len(h.params["id"].split(",")) for h in served.hits] == [200, 50]
    assert [o.pmcid for o in got if o.status == "fetched"] == [f"PMC{d}" for d in OA]


def test_front_matter_only_is_recorded_as_closed_and_not_asked_again(served, tmp_path):
    served.pmc["8435807"] = front_matter_only(pmc_article(OA["8435807"]))
    clock = Clock()
    fetcher = make(served, tmp_path, clock)
    got = fetcher.fetch(["PMC8435807"])
    assert [(o.status, o.licence) for o in got] == [("closed", "https://creativecommons.org/licenses/by-nc/4.0/")]
    assert served.count("/europepmc/") == 1  # Europe PMC asked once, answered 404
    assert fetcher.store.get("PMC8435807").status == CLOSED
    assert fetcher.store.article("PMC8435807") is None
    clock.now = T0 + timedelta(days=29)
    assert [o.status for o in fetcher.fetch(["PMC8435807"])] == ["closed"]
    assert len(served.hits) == 2  # not retried on the next run
    clock.now = T0 + timedelta(days=31)
    fetcher.fetch(["PMC8435807"])
    assert served.count("/efetch.fcgi") == 2  # asked again after a month


def test_europe_pmc_full_text_when_pmc_sends_front_matter_only(served, tmp_path):
    europe = pmc_article("fullTextXML_PMC6385181.reindented.xml")
    served.pmc["6385181"] = front_matter_only(europe)
    served.europepmc["PMC6385181"] = fixture_bytes("fullTextXML_PMC6385181.reindented.xml")
    fetcher = make(served, tmp_path)
    got = fetcher.fetch(["PMC6385181"])
    assert [(o.status, o.source, o.licence) for o in got] == [("fetched", "europepmc", "OpenAccess")]
    article = fetcher.store.article("PMC6385181")
    assert article is not None and article.open and "Results > Set of stable RGs for RT-qPCR" in {
        p.section for p in article.passages}


def fixture_bytes(name: str) -> bytes:
    return (Path(__file__).parent.parent / "fixtures" / "pmc" / name).read_bytes()


def test_europe_pmc_url_comes_from_the_environment():
    client = EuropePMCClient(env={"EVIDENCE_EUROPEPMC_URL": "http://127.0.0.1:9/epmc"})
    assert client.base_url == "http://127.0.0.1:9/epmc/"


def test_offline_serves_the_store_and_names_what_is_missing(served, tmp_path):
    make(served, tmp_path).fetch(["PMC3460867"])
    offline = make(served, tmp_path, offline=True)
    assert [o.status for o in offline.fetch(["PMC3460867"])] == ["cached"]
    with pytest.raises(NetworkError) as err:
        offline.fetch(["PMC3460867", "PMC2329613"])
    assert str(err.value) == ("offline mode: full text of PMC2329613 not in the cache "
                              "(run once without --offline to fetch and cache them)")
    assert served.count("/efetch.fcgi") == 1


def test_max_age_fetches_older_texts_again(served, tmp_path):
    clock = Clock()
    make(served, tmp_path, clock).fetch(["PMC3460867"])
    clock.now = T0 + timedelta(days=10)
    assert [o.status for o in make(served, tmp_path, clock, max_age=timedelta(days=30)).fetch(["PMC3460867"])] \
        == ["cached"]
    assert [o.status for o in make(served, tmp_path, clock, max_age=timedelta(days=7)).fetch(["PMC3460867"])] \
        == ["fetched"]
    assert [o.status for o in make(served, tmp_path, clock, refresh=True).fetch(["PMC3460867"])] == ["fetched"]
    assert served.count("/efetch.fcgi") == 3


def test_failure_mid_batch_stores_nothing_of_that_batch(served, tmp_path):
    served.pmc["8435807"] = front_matter_only(pmc_article(OA["8435807"]))
    served.fail_next("/europepmc/", http_error(503))
    fetcher = make(served, tmp_path)
    with pytest.raises(UnavailableError):
        fetcher.fetch(["PMC3460867", "PMC8435807", "PMC2329613"])
    assert len(fetcher.store) == 0  # PMC's answer arrived, but the batch was not complete: nothing kept
    got = fetcher.fetch(["PMC3460867", "PMC8435807", "PMC2329613"])
    assert [o.status for o in got] == ["fetched", "closed", "fetched"]


def test_failure_in_the_second_batch_keeps_the_first_whole(served, tmp_path):
    asked = [f"PMC{d}" for d in OA] + [f"PMC{9000000 + i}" for i in range(246)]
    served.fail_next("/efetch.fcgi", lambda req: None, http_error(500))
    fetcher = make(served, tmp_path)
    with pytest.raises(UnavailableError):
        fetcher.fetch(asked)
    assert len(fetcher.store) == 200
    assert fetcher.store.get(asked[-1]) is None


def test_pmcids_from_the_entry_or_the_id_converter(served, tmp_path):
    served.idconv["10.1038/ng.590"] = (200, fixture("idconv_v1_doi_json.json"))
    entries = [Entry("a", "article", {"pmcid": "PMC3460867"}), Entry("b", "article", {"doi": "10.1038/ng.590"}),
               Entry("c", "article", {"title": "No ids"})]
    client = EutilsClient(base_url=served.base_url, idconv_url=served.idconv_url, env={}, sleep=lambda s: None)
    assert pmcids_for(entries, client) == {"a": "PMC3460867", "b": "PMC2883744"}


def test_efetch_pmc_refuses_what_is_not_a_pmcid(served):
    client = EutilsClient(base_url=served.base_url, env={})
    with pytest.raises(PubMedError) as err:
        client.efetch_pmc(["PMC12", "10.1/x"])
    assert str(err.value) == "not a PMCID batch: 10.1/X (PMCIDs look like PMC1234567)"
