"""Identifiers the user types, resolved against the local NCBI server (recorded answers, real records)."""

from __future__ import annotations

import pytest
from fakes import eutils_client
from pubmed_server import fixture, http_error

from evidence.errors import NetworkError, UnavailableError
from evidence.sources.eutils import EutilsClient
from evidence.sources.identifiers import SearchHit, parse_identifier, resolve_identifiers, search_hits, search_pubmed
from evidence.sources.options import TransportOptions

YDENBERG_SEARCH = fixture("esearch_pubmed_json_author.json")  # 9 PMIDs; 26147656 has a record
GOOD_PMCID = b'{"status": "ok", "records": [{"requested-id": "PMC7184035", "pmcid": "PMC7184035", "pmid": "31588070"}]}'


make = eutils_client


@pytest.fixture
def client(ncbi) -> EutilsClient:
    return make(ncbi)



def test_parse_identifier_forms():
    assert [parse_identifier(t) for t in (
        "31588070", "PMID: 31588070", "https://pubmed.ncbi.nlm.nih.gov/35649368/",
        "doi:10.1002/CM.21231", "https://doi.org/10.1002/cm.21231", "PMC2883744",
        "https://www.ncbi.nlm.nih.gov/pmc/articles/PMC7184035/", "hello",
    )] == [
        ("pmid", "31588070"), ("pmid", "31588070"), ("pmid", "35649368"),
        ("doi", "10.1002/cm.21231"), ("doi", "10.1002/cm.21231"), ("pmcid", "PMC2883744"),
        ("pmcid", "PMC7184035"), ("", "hello"),
    ]


def test_resolve_identifiers_for_add(client, ncbi):
    ncbi.searches['"10.1002/cm.21231"[aid] OR "10.1002/cm.21232"[aid]'] = YDENBERG_SEARCH
    texts = ["PMID: 31588070", "https://pubmed.ncbi.nlm.nih.gov/35649368/", "doi:10.1002/cm.21231",
             "https://doi.org/10.1002/CM.21232", "99999999", "hello"]
    out = resolve_identifiers(texts, client)
    assert [(t, r.pmid if r else None, msg) for t, r, msg in out] == [
        ("PMID: 31588070", "31588070", "ok"),
        ("https://pubmed.ncbi.nlm.nih.gov/35649368/", "35649368", "ok"),
        ("doi:10.1002/cm.21231", "26147656", "ok"),
        ("https://doi.org/10.1002/CM.21232", None, "DOI 10.1002/cm.21232 not found in PubMed"),
        ("99999999", None, "PMID 99999999 is not in PubMed"),
        ("hello", None, "not a PMID, DOI, PMCID or PubMed URL"),
    ]
    assert [h.path for h in ncbi.hits] == ["/esearch.fcgi", "/efetch.fcgi", "/efetch.fcgi"]
    asked_again = "99999999,25995115,24719456,23727094,22323294,22002930,19188495,18979235,18474625"
    assert ncbi.hits[2].params["id"] == asked_again  # only the PMIDs the first answer lacked


def test_search_pubmed_keeps_pubmed_order(client, ncbi):
    ncbi.searches["ydenberg ca[Author]"] = YDENBERG_SEARCH
    found = search_pubmed("ydenberg ca[Author]", client, limit=9)
    assert [r.pmid for r in found] == ["26147656"]
    assert ncbi.hits[0].params["retmax"] == "9"
    assert ncbi.hits[1].params["id"].split(",")[:2] == ["26147656", "25995115"]


def test_search_hits_keep_pmids_without_records(client, ncbi, records):
    ncbi.searches["ydenberg ca[Author]"] = YDENBERG_SEARCH
    hits = search_hits("ydenberg ca[Author]", client, limit=9)
    assert [(h.n, h.pmid, h.record is not None) for h in hits[:3]] == [
        (1, "26147656", True), (2, "25995115", False), (3, "24719456", False)]
    assert len(hits) == 9 and hits[0] == SearchHit(1, "26147656", hits[0].record)


def test_a_refused_pmcid_batch_is_retried_one_by_one(client, ncbi):
    # the pair is refused as a whole (no answer recorded for it: 404 + error JSON); each alone is judged alone
    ncbi.idconv["PMC7184035"] = (200, GOOD_PMCID)
    out = resolve_identifiers(["PMC7184035", "PMC1", "31588070"], client)
    assert [(t, r.pmid if r else None, msg) for t, r, msg in out] == [
        ("PMC7184035", "31588070", "ok"),
        ("PMC1", None, "PMC ID converter error: ID type 'doi' mismatch for '28371833'"),
        ("31588070", "31588070", "ok"),
    ]
    assert [h.params.get("ids") for h in ncbi.hits if h.path == "/idconv/"] == ["PMC7184035,PMC1", "PMC7184035", "PMC1"]


def test_a_busy_ncbi_stops_the_run_instead_of_failing_each_identifier(ncbi):
    ncbi.fail_next("/idconv/", *[http_error(503)] * 2)
    with pytest.raises(UnavailableError):
        resolve_identifiers(["PMC7184035", "PMC1"], make(ncbi, retries=1))
    assert ncbi.count("/idconv/") == 2  # no one-by-one retries on top


def test_offline_misses_are_each_identifiers_own(ncbi, tmp_path):
    make(ncbi, cache_dir=tmp_path).efetch(["31588070"])
    out = resolve_identifiers(["31588070", "35649368"], make(ncbi, cache_dir=tmp_path, offline=True))
    assert [(t, r.pmid if r else None, msg) for t, r, msg in out] == [
        ("31588070", "31588070", "ok"),
        ("35649368", None, "offline mode: PubMed records 35649368 not in the cache"
                           " (run once without --offline to fetch and cache them)"),
    ]


def test_online_network_failure_stops_the_run():
    client = EutilsClient(TransportOptions(sleep=lambda s: None, retries=0), base_url="http://127.0.0.1:9/", env={})
    with pytest.raises(NetworkError):
        resolve_identifiers(["31588070", "35649368"], client)
