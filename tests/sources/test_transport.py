"""The shared HTTP layer (transport.py) through the E-utilities client, against a real local HTTP server."""

from __future__ import annotations

import hashlib
import logging
import random
import socket
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest
from fakes import FakeClock
from pubmed_server import FakeNCBI, answer, disk_full, fixture, http_error, reset_mid_body, short_efetch

from evidence.errors import NCBIError, NetworkError, PubMedError, UnavailableError
from evidence.sources.eutils import EutilsClient
from evidence.sources.options import TransportOptions
from evidence.sources.transport import CACHE_FORMAT, RateLimiter, Redactor, ResponseCache, Waiting

SECRET = "S3CRETKEY0123456789abcdef"
EMAIL = "dev@example.org"




def make(ncbi: FakeNCBI, clock: FakeClock, *, api_key: str | None = None, limiter: RateLimiter | None = None,
         **options) -> EutilsClient:
    options.setdefault("rng", random.Random(7))
    return EutilsClient(TransportOptions(clock=clock, sleep=clock.sleep, **options), base_url=ncbi.base_url,
                        idconv_url=ncbi.idconv_url, api_key=api_key, limiter=limiter, env={})


def closed_port() -> int:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    return port


# ---------------------------------------------------------------- retries


def test_connection_reset_mid_body_is_retried(ncbi, clock):
    ncbi.fail_next("/efetch.fcgi", reset_mid_body())
    client = make(ncbi, clock)
    assert [r.pmid for r in client.efetch(["31588070"])] == ["31588070"]
    assert ncbi.count("/efetch.fcgi") == 2 and client.stats.retries == 1


def test_connection_reset_every_time_is_one_network_error(ncbi, clock):
    ncbi.fail_next("/efetch.fcgi", *[reset_mid_body()] * 3)
    with pytest.raises(NetworkError) as err:
        make(ncbi, clock, retries=2).efetch(["31588070"])
    assert str(err.value) == (
        f"cannot reach NCBI at {ncbi.base_url}: connection broken mid-answer after 3 attempts"
        " (check your internet connection, or use --offline to work from the cache)"
    )


def test_dead_server_announces_every_wait_and_gives_up_within_the_budget(clock):
    waits: list[Waiting] = []
    port = closed_port()
    options = TransportOptions(clock=clock, sleep=clock.sleep, rng=random.Random(7), retries=8, max_wait=10,
                               on_wait=waits.append)
    client = EutilsClient(options, base_url=f"http://127.0.0.1:{port}/", env={})
    with pytest.raises(NetworkError) as err:
        client.efetch(["31588070"])
    assert [w.message() for w in waits] == [
        "waiting for NCBI, retry 1/8 in 1 s (connection failed)",
        "waiting for NCBI, retry 2/8 in 1 s (connection failed)",
        "waiting for NCBI, retry 3/8 in 3 s (connection failed)",
        "waiting for NCBI, retry 4/8 in 4 s (connection failed)",
        "waiting for NCBI, retry 5/8 in 1 s (connection failed)",  # what is left of the 10 s
    ]
    assert sum(clock.sleeps) <= 10.0
    assert str(err.value) == (
        f"cannot reach NCBI at http://127.0.0.1:{port}/: connection failed after 6 attempts in 10 s"
        " (the limit for one request is 10 s) (check your internet connection, or use --offline to work from the cache)"
    )


def test_huge_retry_after_is_capped_and_said(ncbi, clock):
    waits: list[Waiting] = []
    ncbi.fail_next("/efetch.fcgi", http_error(429, b"{}", {"Retry-After": "100000"}))
    client = make(ncbi, clock, max_wait=20, on_wait=waits.append)
    assert [r.pmid for r in client.efetch(["31588070"])] == ["31588070"]
    assert [w.message() for w in waits] == [
        "waiting for NCBI, retry 1/4 in 20 s (HTTP 429 (rate limit exceeded)); it asked for 100000 s, capped"
    ]
    assert max(clock.sleeps) == 20.0


def test_ctrl_c_during_a_wait_stops_at_once(ncbi, clock):
    def interrupted(seconds: float) -> None:
        raise KeyboardInterrupt

    ncbi.fail_next("/efetch.fcgi", http_error(503))
    options = TransportOptions(clock=clock, sleep=interrupted, rng=random.Random(7))
    client = EutilsClient(options, base_url=ncbi.base_url, env={})
    with pytest.raises(KeyboardInterrupt):
        client.efetch(["31588070"])
    assert ncbi.count("/efetch.fcgi") == 1


def test_busy_through_every_retry_is_unavailable(ncbi, clock):
    ncbi.fail_next("/esearch.fcgi", *[http_error(503)] * 2)
    with pytest.raises(UnavailableError, match=r"^NCBI unavailable: HTTP 503 after 2 attempts"):
        make(ncbi, clock, retries=1).esearch("abcXYZ")


# ---------------------------------------------------------------- secrets


def test_key_echoed_in_a_400_body_is_redacted(ncbi, clock):
    body = b'{"error":"API key invalid","api-key":"' + SECRET.encode() + b'","type":"invalid"}'
    ncbi.fail_next("/esearch.fcgi", answer(body, 400))
    with pytest.raises(NCBIError) as err:
        make(ncbi, clock, api_key=SECRET).esearch("abcXYZ")
    assert str(err.value) == (
        'NCBI answered HTTP 400 for esearch.fcgi: {"error":"API key invalid","api-key":"[redacted]","type":"invalid"}'
        " (the request was refused; check the identifiers or query)"
    )


def test_key_and_email_echoed_with_a_200_rate_limit_body_are_redacted_everywhere(ncbi, clock, tmp_path, caplog):
    caplog.set_level(logging.DEBUG)
    body = (b'{"error":"API rate limit exceeded","api-key":"' + SECRET.encode()
            + b'","email":"dev%40example.org","count":"11","limit":"10"}')
    ncbi.fail_next("/esearch.fcgi", *[answer(body)] * 2)
    with pytest.raises(UnavailableError) as err:
        make(ncbi, clock, api_key=SECRET, email=EMAIL, cache_dir=tmp_path, retries=1).esearch("abcXYZ")
    assert str(err.value) == (
        'NCBI unavailable: NCBI busy: {"error":"API rate limit exceeded","api-key":"[redacted]","email":"[redacted]",'
        '"count":"11","limit":"10"} after 2 attempts'
        " (NCBI is overloaded or rate-limiting; wait a minute and retry, or use --offline)"
    )
    ours = [r.getMessage() for r in caplog.records if r.name.startswith("evidence")]
    assert ours and all(SECRET not in m and "example.org" not in m for m in ours)


def test_an_answer_echoing_the_email_is_cached_without_it(ncbi, clock, tmp_path):
    echo = fixture("idconv_v1_doi_json.json").replace(b"myrmecocystus%40gmail.com", b"dev%40example.org")
    ncbi.idconv["10.1038/ng.590"] = (200, echo)
    client = make(ncbi, clock, email=EMAIL, cache_dir=tmp_path)
    assert client.idconv(["10.1038/ng.590"])["10.1038/ng.590"].pmid == "20495566"
    stored = (tmp_path / "eutils.sqlite").read_bytes()
    assert b"dev%40example.org" not in stored and b"dev@example.org" not in stored
    assert b"tool=rcrossref;email=[redacted];ids=" in stored


def test_redactor_covers_url_encoded_forms():
    red = Redactor(["a+b@x.org", None, ""])
    assert red.text("a+b@x.org a%2Bb%40x.org a%2Bb%40x.org") == "[redacted] [redacted] [redacted]"
    assert red.body(b"email=a%2Bb%40x.org") == b"email=[redacted]"


# ---------------------------------------------------------------- cache


def test_cache_key_carries_the_format_version(ncbi, clock, tmp_path):
    make(ncbi, clock, cache_dir=tmp_path).esearch("abcXYZ")
    with sqlite3.connect(tmp_path / "eutils.sqlite") as db:
        (request, key), = db.execute("SELECT request, key FROM responses").fetchall()
        assert key == hashlib.sha256(f"v{CACHE_FORMAT} {request}".encode()).hexdigest()
        old_key = hashlib.sha256(f"v{CACHE_FORMAT - 1} {request}".encode()).hexdigest()
        db.execute("UPDATE responses SET key = ?", (old_key,))
    again = make(ncbi, clock, cache_dir=tmp_path)
    again.esearch("abcXYZ")
    assert again.stats.cache_hits == 0 and ncbi.count("/esearch.fcgi") == 2  # an old-format row is never read


def test_cache_dir_that_is_a_file_is_one_clear_error(tmp_path):
    blocker = tmp_path / "cache"
    blocker.write_text("not a folder")
    with pytest.raises(PubMedError) as err:
        EutilsClient(TransportOptions(cache_dir=blocker / "pubmed"), env={})
    assert str(err.value) == (
        f"{blocker / 'pubmed'}: cannot use the response cache: Not a directory"
        " (set EVIDENCE_CACHE_DIR to a writable folder)"
    )


def test_full_disk_while_caching_is_one_clear_error(ncbi, clock, tmp_path):
    client = make(ncbi, clock, cache_dir=tmp_path)
    with disk_full(tmp_path / "eutils.sqlite"), pytest.raises(PubMedError) as err:
        client.efetch(["31588070"])
    assert str(err.value) == (  # SQLite says "disk I/O error" for a file that cannot grow; ENOSPC says "disk is full"
        f"{tmp_path / 'eutils.sqlite'}: cannot use the response cache: disk I/O error"
        " (free some disk space, or set EVIDENCE_CACHE_DIR to a folder on another disk)"
    )


def test_corrupt_cache_file_says_it_can_be_deleted(ncbi, clock, tmp_path):
    (tmp_path / "eutils.sqlite").write_bytes(b"this is not SQLite" * 100)
    with pytest.raises(PubMedError) as err:
        make(ncbi, clock, cache_dir=tmp_path)
    assert str(err.value) == (
        f"{tmp_path / 'eutils.sqlite'}: cannot use the response cache: file is not a database"
        f" (the cache only saves requests: delete {tmp_path / 'eutils.sqlite'} and run again)"
    )


def test_response_cache_round_trip_with_dates(tmp_path):
    cache = ResponseCache(tmp_path / "c.sqlite")
    when = datetime(2026, 1, 5, tzinfo=UTC)
    cache.put_many([("esearch.fcgi {}", "esearch.fcgi", b"<x/>", when)])
    assert cache.get("esearch.fcgi {}") == (b"<x/>", when) and len(cache) == 1
    assert cache.get("other") is None


# ---------------------------------------------------------------- only what the answer proves


def test_short_efetch_answer_is_asked_again_and_not_cached_as_missing(ncbi, clock, tmp_path, records):
    ncbi.fail_next("/efetch.fcgi", short_efetch(records, keep=1))
    client = make(ncbi, clock, cache_dir=tmp_path)
    assert [r.pmid for r in client.efetch(["31588070", "35649368"])] == ["31588070", "35649368"]
    assert [h.params["id"] for h in ncbi.hits] == ["31588070,35649368", "35649368"]
    again = make(ncbi, clock, cache_dir=tmp_path)
    assert [r.pmid for r in again.efetch(["31588070", "35649368"])] == ["31588070", "35649368"]
    assert again.stats.requests == 0


def test_esearch_answer_without_a_count_is_refused_and_not_cached(ncbi, clock, tmp_path):
    broken = b'<?xml version="1.0" ?><eSearchResult><IdList><Id>31588070</Id></IdList></eSearchResult>'
    ncbi.fail_next("/esearch.fcgi", answer(broken, content_type="text/xml"))
    client = make(ncbi, clock, cache_dir=tmp_path)
    with pytest.raises(NCBIError, match=r"^unexpected esearch answer: no hit count \(NCBI may be having trouble"):
        client.esearch("abcXYZ")
    assert client.esearch("abcXYZ").count == 0  # asked again: the bad answer was not cached
    assert ncbi.count("/esearch.fcgi") == 2


def test_max_wait_from_the_environment_must_be_seconds():
    with pytest.raises(PubMedError, match=r"^EVIDENCE_MAX_WAIT='soon' is not a number of seconds"):
        EutilsClient(env={"EVIDENCE_MAX_WAIT": "soon"})
    assert EutilsClient(env={"EVIDENCE_MAX_WAIT": "2.5"}).transport.max_wait == 2.5


def test_cache_file_path_is_under_the_cache_dir(tmp_path):
    client = EutilsClient(TransportOptions(cache_dir=tmp_path), env={})
    assert client.cache is not None and client.cache.path == Path(tmp_path) / "eutils.sqlite"


def test_email_never_travels_in_a_url(ncbi, clock, caplog):
    caplog.set_level(logging.DEBUG)  # urllib3 logs every URL it opens
    client = make(ncbi, clock, email=EMAIL)
    client.esearch("abcXYZ")
    ncbi.idconv["10.1038/ng.590"] = (200, fixture("idconv_v1_doi_json.json"))
    client.idconv(["10.1038/ng.590"])
    assert [(h.method, h.path, h.params.get("email")) for h in ncbi.hits] == [
        ("POST", "/esearch.fcgi", EMAIL), ("GET", "/idconv/", None)]
    logged = [r.getMessage() for r in caplog.records if not r.name.startswith("werkzeug")]
    assert logged and not any("example.org" in m for m in logged)


def test_options_given_win_over_the_environment_and_one_session_serves_every_doi_service():
    from evidence.sources.doi import DoiClient

    env = {"EVIDENCE_MAX_WAIT": "2.5", "EVIDENCE_EMAIL": "env@example.org"}
    client = EutilsClient(TransportOptions(max_wait=7, email="me@example.org"), env=env)
    assert (client.transport.max_wait, client.email) == (7, "me@example.org")
    works = DoiClient(env=env)
    services = (works.crossref, works.doi_org, works.datacite, works.arxiv, works.openlibrary)
    assert [t.max_wait for t in services] == [2.5] * 5 and works.email == "env@example.org"
    assert len({id(t.session) for t in services}) == 1
