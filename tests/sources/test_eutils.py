"""The E-utilities client against a real local HTTP server that serves recorded NCBI answers."""

from __future__ import annotations

import logging
import random
import socket
from datetime import UTC, datetime, timedelta

import pytest
from fakes import FakeClock
from pubmed_server import FakeNCBI, fixture, http_error, stall
from werkzeug import Response

from evidence.errors import NCBIError, NetworkError, PubMedError
from evidence.sources.answers import Citation
from evidence.sources.eutils import EutilsClient, RateLimiter, RequestInfo
from evidence.sources.options import TransportOptions

T0 = datetime(2026, 1, 5, 12, 0, tzinfo=UTC)




def make(ncbi: FakeNCBI, clock: FakeClock, *, api_key: str | None = None, limiter: RateLimiter | None = None,
         **options) -> EutilsClient:
    options.setdefault("rng", random.Random(7))
    return EutilsClient(TransportOptions(clock=clock, sleep=clock.sleep, **options), base_url=ncbi.base_url,
                        idconv_url=ncbi.idconv_url, api_key=api_key, limiter=limiter, env={})


# ---------------------------------------------------------------- efetch


def test_efetch_450_pmids_in_three_batches_in_asked_order(ncbi, clock, records):
    known = sorted(records)[:300]
    unknown = [str(99000000 + i) for i in range(150)]
    asked = random.Random(1).sample(known + unknown, 450)
    client = make(ncbi, clock)
    got = client.efetch(asked)
    assert [r.pmid for r in got] == [p for p in asked if p in records]
    assert ncbi.count("/efetch.fcgi") == 4
    sizes = [len(h.params["id"].split(",")) for h in ncbi.hits]
    assert sizes == [200, 200, 50, 150]  # the 150 unknown PMIDs asked once more, together, before called unknown
    assert [h.method for h in ncbi.hits] == ["POST", "POST", "GET", "POST"]
    assert client.stats.requests == 4


def test_efetch_drops_records_not_asked_for(ncbi, clock):
    # NCBI answered id=-1 with PMID 1; the same body answering another request must not be trusted.
    ncbi.fail_next("/efetch.fcgi", lambda req: Response(fixture("efetch_pubmed_id_minus1_returns_pmid1.xml")))
    assert [r.pmid for r in make(ncbi, clock).efetch(["10066780"])] == ["10066780"]  # asked again: the real one
    assert ncbi.count("/efetch.fcgi") == 2
    ncbi.fail_next("/efetch.fcgi", *[lambda req: Response(fixture("efetch_pubmed_id_minus1_returns_pmid1.xml"))] * 2)
    assert make(ncbi, clock).efetch(["10066780"]) == []
    assert ncbi.count("/efetch.fcgi") == 4  # each run asked again for the PMID its first answer lacked


def test_efetch_rejects_non_pmids_before_sending(ncbi, clock):
    with pytest.raises(PubMedError, match="not a PMID: '-1'"):
        make(ncbi, clock).efetch(["-1"])
    assert ncbi.hits == []


def test_efetch_error_body_raises(ncbi, clock):
    ncbi.fail_next("/efetch.fcgi", lambda req: Response(fixture("efetch_error_empty_id.xml")))
    with pytest.raises(NCBIError, match="Supplied id parameter is empty"):
        make(ncbi, clock).efetch(["31588070"])


def test_truncated_xml_raises_without_retry(ncbi, clock):
    body = fixture("efetch_pubmed_batch_6_records.xml")
    ncbi.fail_next("/efetch.fcgi", lambda req: Response(body[:5000]))
    with pytest.raises(NCBIError, match="truncated or malformed efetch XML"):
        make(ncbi, clock).efetch(["18239125"])
    assert ncbi.count("/efetch.fcgi") == 1


def test_html_error_page_with_200_raises(ncbi, clock):
    page = b"<!DOCTYPE html><html><head><title>NCBI - Service unavailable</title></head><body></body></html>"
    ncbi.fail_next("/efetch.fcgi", lambda req: Response(page, content_type="text/html"))
    with pytest.raises(NCBIError, match="HTML page instead of efetch XML"):
        make(ncbi, clock).efetch(["18239125"])


# ---------------------------------------------------------------- retries


def test_429_honours_retry_after(ncbi, clock):
    body = fixture("error_429_rate_limit_exceeded.json")
    ncbi.fail_next("/efetch.fcgi", http_error(429, body, {"Retry-After": "2"}))
    client = make(ncbi, clock)
    assert [r.pmid for r in client.efetch(["31588070"])] == ["31588070"]
    assert ncbi.count("/efetch.fcgi") == 2
    assert 2.0 in clock.sleeps
    assert client.stats.retries == 1


def test_500_then_success_backs_off(ncbi, clock):
    ncbi.fail_next("/esearch.fcgi", http_error(500, b"<html>Internal error</html>"), http_error(502))
    client = make(ncbi, clock)
    result = client.esearch("abcXYZ")
    assert result.count == 0
    assert ncbi.count("/esearch.fcgi") == 3
    backoffs = [s for s in clock.sleeps if s > 0.34]
    assert len(backoffs) == 2 and 0.5 <= backoffs[0] <= 1.0 and 1.0 <= backoffs[1] <= 2.0


def test_5xx_gives_up_with_ncbierror(ncbi, clock):
    ncbi.fail_next("/esearch.fcgi", *[http_error(503, b"<html>busy</html>")] * 3)
    with pytest.raises(NCBIError, match=r"NCBI unavailable: HTTP 503 after 3 attempts"):
        make(ncbi, clock, retries=2).esearch("abcXYZ")


def test_4xx_is_not_retried(ncbi, clock):
    ncbi.fail_next("/esearch.fcgi", http_error(400, b"bad request"))
    with pytest.raises(NCBIError, match="HTTP 400"):
        make(ncbi, clock).esearch("abcXYZ")
    assert ncbi.count("/esearch.fcgi") == 1


def test_timeout_is_retried_then_reported_as_network_error(ncbi, clock):
    ncbi.fail_next("/efetch.fcgi", stall(1.0))
    client = make(ncbi, clock, timeout=0.3, retries=1)
    assert [r.pmid for r in client.efetch(["31588070"])] == ["31588070"]
    ncbi.fail_next("/efetch.fcgi", stall(1.0))
    with pytest.raises(NetworkError) as err:
        make(ncbi, clock, timeout=0.3, retries=0).efetch(["35649368"])
    assert ncbi.base_url in str(err.value) and "timed out" in str(err.value)
    assert "--offline" in err.value.hint


def test_connection_refused_is_one_clear_network_error(clock):
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    client = EutilsClient(TransportOptions(clock=clock, sleep=clock.sleep, retries=2), base_url=f"http://127.0.0.1:{port}/",
                          env={})
    with pytest.raises(NetworkError) as err:
        client.efetch(["31588070"])
    assert str(err.value).startswith(
        f"cannot reach NCBI at http://127.0.0.1:{port}/: connection failed after 3 attempts")
    assert "check your internet connection" in err.value.hint


# ---------------------------------------------------------------- rate limit


def test_rate_limit_three_per_second_across_clients(ncbi, clock):
    sent: list[RequestInfo] = []
    shared = RateLimiter(3.0, clock=clock, sleep=clock.sleep)
    a = make(ncbi, clock, limiter=shared, on_request=sent.append)
    b = make(ncbi, clock, limiter=shared, on_request=sent.append)
    for i in range(4):
        a.esearch(f"term {i}")
        b.esearch(f"other {i}")
    gaps = [round(y.sent_at - x.sent_at, 6) for x, y in zip(sent, sent[1:], strict=False)]
    assert len(sent) == 8 and ncbi.count("/esearch.fcgi") == 8
    assert gaps == [round(1 / 3, 6)] * 7


def test_rate_limit_ten_per_second_with_key(ncbi, clock):
    sent: list[RequestInfo] = []
    client = make(ncbi, clock, api_key="k", on_request=sent.append)
    for i in range(5):
        client.esearch(f"term {i}")
    assert [h.method for h in ncbi.hits] == ["POST"] * 5
    assert [round(y.sent_at - x.sent_at, 6) for x, y in zip(sent, sent[1:], strict=False)] == [0.1] * 4


def test_429_slows_the_shared_limiter(clock):
    limiter = RateLimiter(3.0, clock=clock, sleep=clock.sleep)
    assert limiter.wait() == 0.0
    limiter.slow_down(5.0)
    assert limiter.wait() == 5.0


# ---------------------------------------------------------------- esearch


def test_esearch_zero_hits_are_warnings_not_results(ncbi, clock):
    result = make(ncbi, clock).esearch("abcXYZ")
    assert (result.count, result.ids) == (0, ())
    assert result.phrases_not_found == ("abcXYZ",)
    assert result.warnings == ("phrase not found: abcXYZ", "No items found.")


def test_esearch_hits_with_phrase_not_found(ncbi, clock):
    term = "(chemical exposure) AND (obesity) AND asdfqwer"
    ncbi.searches[term] = fixture("esearch_pubmed_hits_with_phrase_not_found.xml")
    result = make(ncbi, clock).esearch(term, retmax=500)
    assert result.count == 259 and result.phrases_not_found
    assert ncbi.hits[0].params["retmax"] == "500"


def test_esearch_error_raises(ncbi, clock):
    # No recorded esearch ERROR exists (fixtures SOURCES.md, "Not covered"): NCBI's documented
    # shape, with the error text reported in biopython#4189.
    body = (
        b'<?xml version="1.0" encoding="UTF-8" ?>\n<eSearchResult><ERROR>\'retstart\' cannot be larger than 9998. '
        b"For PubMed, ESearch can only retrieve the first 9,999 records matching the query.</ERROR></eSearchResult>"
    )
    ncbi.searches["cancer"] = body
    with pytest.raises(NCBIError, match="cannot be larger than 9998"):
        make(ncbi, clock).esearch("cancer", retstart="10000")


def test_long_term_is_posted(ncbi, clock):
    term = " OR ".join(f'"10.1000/{i:05d}"[aid]' for i in range(20))
    make(ncbi, clock).esearch(term)
    assert ncbi.hits[0].method == "POST" and ncbi.hits[0].params["term"] == term


def test_backend_failure_body_is_retried(ncbi, clock):
    busy = (b'<?xml version="1.0"?><eSearchResult><ERROR>Search Backend failed: Database is not available</ERROR>'
            b"</eSearchResult>")
    ncbi.fail_next("/esearch.fcgi", lambda req: Response(busy))
    assert make(ncbi, clock).esearch("abcXYZ").count == 0
    assert ncbi.count("/esearch.fcgi") == 2


# ---------------------------------------------------------------- ecitmatch, idconv, esummary


def test_ecitmatch_one_request_keys_joined(ncbi, clock):
    ncbi.citmatch.append(fixture("ecitmatch_mixed_not_found_invalid_journal.txt"))
    cits = [
        Citation("Art1", "proc natl acad sci u s a", "1991", "88", "3248", "mann bj"),
        Citation("ref2", "fake journal", "2000", "1", "1", "nobody x"),
        Citation("Art4", "n engl j med", "2020", "382", "727", "zhu n"),
    ]
    assert make(ncbi, clock).ecitmatch(cits) == {"Art1": "2014248", "ref2": None, "Art4": "31978945"}
    assert ncbi.count("/ecitmatch.cgi") == 1
    bdata = ncbi.hits[0].params["bdata"]
    assert bdata.split("\r")[0] == "proc natl acad sci u s a|1991|88|3248|mann bj|Art1|"
    assert bdata.count("\r") == 2


def test_ecitmatch_duplicate_keys_refused(ncbi, clock):
    with pytest.raises(PubMedError, match="unique"):
        make(ncbi, clock).ecitmatch([Citation("a"), Citation("a")])


def test_idconv_doi_to_pmid_and_error(ncbi, clock):
    ncbi.idconv["10.1038/ng.590"] = (200, fixture("idconv_v1_doi_json.json"))
    out = make(ncbi, clock).idconv(["https://doi.org/10.1038/NG.590"])
    rec = out["https://doi.org/10.1038/NG.590"]
    assert (rec.pmid, rec.pmcid, rec.doi) == ("20495566", "PMC2883744", "10.1038/ng.590")
    assert ncbi.hits[0].params["idtype"] == "doi" and ncbi.hits[0].params["tool"] == "evidence"
    with pytest.raises(NCBIError, match="ID type 'doi' mismatch for '28371833'"):
        make(ncbi, clock).idconv(["10.9999/unknown"])


def test_esummary_json(ncbi, clock):
    sums = make(ncbi, clock).esummary(["26147656", "25995115"])
    assert sums[0].pmid == "26147656" and sums[0].journal == "Cytoskeleton (Hoboken)"
    assert ncbi.hits[0].params["retmode"] == "json"


# ---------------------------------------------------------------- cache and offline


def test_offline_cache_hit_and_miss(ncbi, clock, tmp_path):
    online = make(ncbi, clock, cache_dir=tmp_path)
    first = online.efetch(["31588070", "35649368"])
    online.esearch("abcXYZ")
    assert ncbi.count("/efetch.fcgi") == 1 and ncbi.count("/esearch.fcgi") == 1
    offline = make(ncbi, clock, cache_dir=tmp_path, offline=True)
    assert offline.efetch(["35649368", "31588070"]) == [first[1], first[0]]
    assert offline.esearch("abcXYZ").phrases_not_found == ("abcXYZ",)
    assert offline.stats.requests == 0 and offline.stats.cache_hits == 3
    with pytest.raises(NetworkError, match=r"offline mode: PubMed records 18239125 not in the cache"):
        offline.efetch(["31588070", "18239125"])
    with pytest.raises(NetworkError, match="offline mode"):
        offline.esearch("something new")
    assert len(ncbi.hits) == 2  # offline never touched the server


def test_offline_without_cache_never_connects(clock):
    client = EutilsClient(TransportOptions(offline=True, clock=clock, sleep=clock.sleep), base_url="http://192.0.2.1/",
                          env={})
    with pytest.raises(NetworkError, match="offline mode"):
        client.efetch(["1"])
    assert client.stats.requests == 0


def test_second_run_costs_no_requests_and_unknown_pmids_are_remembered(ncbi, clock, tmp_path):
    make(ncbi, clock, cache_dir=tmp_path).efetch(["31588070", "99999999"])
    again = make(ncbi, clock, cache_dir=tmp_path)
    assert [r.pmid for r in again.efetch(["31588070", "99999999"])] == ["31588070"]
    assert again.stats.requests == 0 and ncbi.count("/efetch.fcgi") == 2  # first run: 99999999 asked twice


def test_max_age_and_refresh_renew(ncbi, clock, tmp_path):
    now = [T0]
    make(ncbi, clock, cache_dir=tmp_path, now=lambda: now[0]).efetch(["31588070"])
    client = make(ncbi, clock, cache_dir=tmp_path, now=lambda: now[0], max_age=timedelta(days=30))
    now[0] = T0 + timedelta(days=29)
    client.efetch(["31588070"])
    assert ncbi.count("/efetch.fcgi") == 1
    now[0] = T0 + timedelta(days=31)
    client.efetch(["31588070"])
    assert ncbi.count("/efetch.fcgi") == 2
    assert client.fetched_at("31588070") == T0 + timedelta(days=31)
    make(ncbi, clock, cache_dir=tmp_path, refresh=True).efetch(["31588070"])
    assert ncbi.count("/efetch.fcgi") == 3


def test_cache_key_ignores_identity(ncbi, clock, tmp_path):
    make(ncbi, clock, cache_dir=tmp_path, email="a@example.org").esearch("abcXYZ")
    other = make(ncbi, clock, cache_dir=tmp_path, email="b@example.org", api_key="k2")
    other.esearch("abcXYZ")
    assert other.stats.cache_hits == 1 and ncbi.count("/esearch.fcgi") == 1


def test_api_key_sent_but_never_cached_logged_or_in_a_url(ncbi, clock, tmp_path, caplog):
    secret = "S3CRETKEY0123456789"
    caplog.set_level(logging.DEBUG)  # ours and urllib3's debug logs
    client = make(ncbi, clock, cache_dir=tmp_path, api_key=secret, email="dev@example.org")
    client.efetch(["31588070"])
    client.esearch("abcXYZ")
    ncbi.fail_next("/esearch.fcgi", http_error(400, b"bad"))
    with pytest.raises(NCBIError) as err:
        client.esearch("other")
    assert [h.params.get("api_key") for h in ncbi.hits] == [secret] * 3
    assert [h.method for h in ncbi.hits] == ["POST"] * 3
    assert all(secret not in h.url for h in ncbi.hits)
    assert ncbi.hits[0].params["email"] == "dev@example.org"
    ours = [r.getMessage() for r in caplog.records if not r.name.startswith("werkzeug")]
    assert any("urllib3" in r.name for r in caplog.records if not r.name.startswith("werkzeug"))
    assert ours and all(secret not in m for m in ours)
    assert secret not in str(err.value) and secret not in repr(client)
    for path in tmp_path.rglob("*"):
        assert secret.encode() not in path.read_bytes()
        assert b"dev@example.org" not in path.read_bytes()


def test_environment_configures_urls_key_and_email(ncbi, clock):
    env = {
        "EVIDENCE_EUTILS_URL": ncbi.base_url,
        "EVIDENCE_IDCONV_URL": ncbi.idconv_url,
        "NCBI_API_KEY": "envkey",
        "EVIDENCE_EMAIL": "env@example.org",
    }
    client = EutilsClient(TransportOptions(clock=clock, sleep=clock.sleep), env=env)
    client.esearch("abcXYZ")
    assert ncbi.hits[0].params["api_key"] == "envkey" and ncbi.hits[0].params["email"] == "env@example.org"
    ncbi.citmatch.append(fixture("ecitmatch_two_found.txt"))
    client.ecitmatch([Citation("Art1", "proc natl acad sci u s a", "1991", "88", "3248", "mann bj")])
    assert "api_key" not in ncbi.hits[1].params  # GET-only ecitmatch goes without the key
    assert client.limiter.interval == pytest.approx(0.1)


def test_error_answers_are_never_cached(ncbi, clock, tmp_path):
    page = b"<!DOCTYPE html><html><head><title>NCBI - Service unavailable</title></head><body></body></html>"
    ncbi.searches["ydenberg ca[Author]"] = fixture("esearch_pubmed_json_author.json")
    ncbi.fail_next("/esearch.fcgi", *[lambda req: Response(page, content_type="text/html")] * 5)
    client = make(ncbi, clock, cache_dir=tmp_path, retries=0)
    with pytest.raises(NCBIError):
        client.esearch("ydenberg ca[Author]")
    ncbi.failures.clear()
    result = client.esearch("ydenberg ca[Author]")
    assert len(result.ids) == 9 and "26147656" in result.ids
    assert ncbi.count("/esearch.fcgi") == 2  # the second call asked NCBI again


def test_retry_after_is_capped(ncbi, clock):
    body = fixture("error_429_rate_limit_exceeded.json")
    ncbi.fail_next("/efetch.fcgi", http_error(429, body, {"Retry-After": "86400"}))
    client = make(ncbi, clock)
    assert [r.pmid for r in client.efetch(["31588070"])] == ["31588070"]
    assert max(clock.sleeps) == 60.0 and sum(clock.sleeps) < 61


def test_unknown_pmid_is_asked_again_after_a_day(ncbi, clock, tmp_path):
    now = [datetime(2026, 11, 1, tzinfo=UTC)]
    client = make(ncbi, clock, cache_dir=tmp_path, now=lambda: now[0])
    assert client.efetch(["99999999"]) == []
    assert client.efetch(["99999999"]) == [] and ncbi.count("/efetch.fcgi") == 2
    now[0] += timedelta(days=2)
    assert client.efetch(["99999999"]) == [] and ncbi.count("/efetch.fcgi") == 4
