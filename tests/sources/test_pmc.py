"""Fetching full text against a real local HTTP server.

The server wraps real PMC articles (.nxml, real efetch db=pmc answers, a Europe PMC fullTextXML)
in ``<pmc-articleset>`` as PMC's efetch does (see ``pubmed_server.pmc_article``). Front-matter-only
answers are real ones (PMC7773341, PMC8034801: the publisher allows no XML full text). Only the Europe PMC
fallback test derives one (``front_matter_only``, SYNTHETIC: a real article without ``<body>``, PMC's
comment added), because it needs PMC and Europe PMC answers for the same PMCID and no such pair is saved.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pubmed_server import FakeNCBI, fixture, http_error, pmc_article, reset_mid_body

from evidence.errors import NetworkError, PubMedError, UnavailableError
from evidence.model import Entry
from evidence.sources.eutils import EutilsClient
from evidence.sources.fulltext import CLOSED, OPEN, FullTextStore
from evidence.sources.options import TransportOptions
from evidence.sources.pmc import EuropePMCClient, FullTextFetcher, pmcids_for

T0 = datetime(2026, 1, 5, 12, 0, tzinfo=UTC)
OA = {"3460867": "pmcoa_PMC3460867_pone.0046493.nxml", "2329613": "pmcoa_PMC2329613_1472-6831-8-11.nxml",
      "3574550": "pmcoa_PMC3574550_annonc_mds526.nxml", "8435807": "efetch_pmc_PMC8435807_correction_with_body.xml"}
CLOSED_ANSWERS = {"7773341": "efetch_pmc_PMC7773341_front_matter_only.xml",
                  "8034801": "efetch_pmc_PMC8034801_front_matter_only.xml"}
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
    for digits, name in (OA | CLOSED_ANSWERS).items():
        ncbi.pmc[digits] = pmc_article(name)
    return ncbi


def make(ncbi: FakeNCBI, tmp_path: Path, clock: Clock | None = None, *, offline: bool = False,
         europe: bool = True, **kw: object) -> FullTextFetcher:
    options = TransportOptions(offline=offline, sleep=lambda s: None, retries=0)
    client = EutilsClient(options, base_url=ncbi.base_url, idconv_url=ncbi.idconv_url, env={})
    epmc = EuropePMCClient(options, base_url=ncbi.europepmc_url, env={}) if europe else None
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
    clock = Clock()
    fetcher = make(served, tmp_path, clock)
    got = fetcher.fetch(["PMC7773341", "PMC3460867", "PMC8034801"])  # real answers: the publisher refuses XML
    assert [(o.pmcid, o.status, o.version) for o in got] == [
        ("PMC7773341", "closed", "1"), ("PMC3460867", "fetched", ""), ("PMC8034801", "closed", "1")]
    assert served.count("/efetch.fcgi") == 1
    assert served.count("/europepmc/") == 2  # Europe PMC asked for each closed one, answered 404
    assert fetcher.store.get("PMC7773341").status == CLOSED and fetcher.store.get("PMC7773341").xml == b""
    assert fetcher.store.article("PMC7773341") is None
    assert fetcher.store.resolve(["pmid:33393504"]) == "PMC7773341"  # found by PMID: no ID converter next time
    clock.now = T0 + timedelta(days=29)
    assert [o.status for o in fetcher.fetch(["PMC7773341", "PMC8034801"])] == ["closed", "closed"]
    assert len(served.hits) == 3  # not retried on the next run
    clock.now = T0 + timedelta(days=31)
    fetcher.fetch(["PMC7773341"])
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
    served.fail_next("/europepmc/", http_error(503))
    fetcher = make(served, tmp_path)
    with pytest.raises(UnavailableError):
        fetcher.fetch(["PMC3460867", "PMC7773341", "PMC2329613"])
    assert len(fetcher.store) == 0  # PMC's answer arrived, but the batch was not complete: nothing kept
    got = fetcher.fetch(["PMC3460867", "PMC7773341", "PMC2329613"])
    assert [o.status for o in got] == ["fetched", "closed", "fetched"]


def test_a_connection_dropped_mid_answer_stores_nothing(served, tmp_path):
    served.fail_next("/efetch.fcgi", reset_mid_body())
    fetcher = make(served, tmp_path)
    with pytest.raises(NetworkError):
        fetcher.fetch(["PMC3460867", "PMC2329613"])
    assert len(fetcher.store) == 0 and fetcher.store.notices(["PMC3460867"]) == []
    assert [o.status for o in fetcher.fetch(["PMC3460867", "PMC2329613"])] == ["fetched", "fetched"]


def test_links_of_closed_and_open_answers_are_stored_with_the_batch(served, tmp_path):
    served.pmc["11422735"] = pmc_article("efetch_pmc_PMC11422735_correction_forward.xml")
    fetcher = make(served, tmp_path)
    fetcher.fetch(["PMC11422735", "PMC8435807", "PMC7773341"])
    assert [(k.field, k.value, k.source) for k in fetcher.store.notices(["pmid:39255015"])] == [
        ("erratum", "39413370", "PMC11422735")]
    assert [k.value for k in fetcher.store.notices(["doi:10.1183/23120541.00193-2021"])] == ["34527728"]


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
    client = EutilsClient(TransportOptions(sleep=lambda s: None), base_url=served.base_url,
                          idconv_url=served.idconv_url, env={})
    assert pmcids_for(entries, client) == {"a": "PMC3460867", "b": "PMC2883744"}


def test_efetch_pmc_refuses_what_is_not_a_pmcid(served):
    client = EutilsClient(base_url=served.base_url, env={})
    with pytest.raises(PubMedError) as err:
        client.efetch_pmc(["PMC12", "10.1/x"])
    assert str(err.value) == "not a PMCID batch: 10.1/X (PMCIDs look like PMC1234567)"
