"""enrich / add / pubmed from the CLI, against a real local HTTP server serving recorded NCBI answers."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from pubmed_server import FakeNCBI, FakeWorks, fixture

from cli import cli
from evidence.store.library import Library

pytestmark = pytest.mark.usefixtures("cli_sources")  # the local NCBI and works servers (conftest)


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def entry_text(path: Path, key: str) -> str:
    return Library.load(path).raw_text(key)


KRYSTAL = """
@article{krystal2023,
  author = {Krystal, John H. and others},
  title = {Ketamine and the neurobiology of depression},
  year = 2023,
  month = dec,
  pmid = {38011560},
}
"""


@pytest.fixture
def library(refs: Path) -> Path:
    """refs.bib plus a stub a user typed by hand for a work whose real PubMed record is recorded."""
    with refs.open("a", encoding="utf-8") as handle:
        handle.write(KRYSTAL)
    return refs


def test_enrich_dry_run_shows_changes_and_writes_nothing(library: Path, ncbi: FakeNCBI) -> None:
    before = library.read_bytes()
    code, out, err = run("-l", str(library), "enrich", "--dry-run")
    assert code == 0, err
    lines = out.splitlines()
    assert "krystal2023: matched (PMID 38011560, pmid)" in lines
    assert "  + journal = Proceedings of the National Academy of Sciences of the United States of America" in lines
    assert "  + doi = 10.1073/pnas.2305772120" in lines
    assert "  + pubtype = Review; Journal Article" in lines
    mesh = "  + mesh = Ketamine/pharmacology/therapeutic use*; Depression/drug therapy; Antidepressive Agents/ph…"
    assert mesh in lines
    replaced = [line for line in lines if line.startswith("  ~ ")]  # only the "and others" placeholder is completed
    assert [line[:60] for line in replaced] == ["  ~ author: Krystal, John H. and others -> Krystal, John H a"]
    # the refs.bib works with PMIDs have no recorded record on this server: reported, not guessed
    assert "berman2000: not found (PMID 10686270, pmid)" in lines
    assert "Dry run, nothing written: 1 matched" in err
    assert library.read_bytes() == before
    assert ncbi.count("/efetch.fcgi") == 2  # every PMID in one batch; the ones it lacked asked again, together


def test_enrich_fills_only_missing_fields_and_touches_only_that_entry(library: Path, ncbi: FakeNCBI) -> None:
    before = library.read_text()
    stub = entry_text(library, "krystal2023")
    code, _, err = run("-l", str(library), "enrich", "krystal2023")
    assert code == 0, err
    after = library.read_text()
    filled = entry_text(library, "krystal2023")
    assert after.replace(filled, stub) == before  # every other byte unchanged
    entry = Library.load(library).get("krystal2023")
    assert entry.get("author") == ("Krystal, John H and Kaye, Alfred P and Jefferson, Sarah and Girgenti, Matthew J"
                                   " and Wilkinson, Samuel T and Sanacora, Gerard and Esterlis, Irina")  # completed
    assert "month = dec," in filled and "year = 2023," in filled  # bare macro and number kept as written
    assert entry.get("volume") == "120" and entry.get("number") == "49" and entry.pmcid == "PMC10710048"
    assert entry.abstract.startswith("Ketamine has emerged as a transformative")
    code, out, err = run("-l", str(library), "enrich", "krystal2023", "--json")
    data = json.loads(out)
    assert data["summary"] == {"complete": 1, "retracted": 0}
    assert data["requests"] == 0 and data["cache_hits"] == 1  # answered from the response cache
    assert library.read_text() == after
    code, out, _ = run("-l", str(library), "enrich", "krystal2023", "--overwrite", "title", "--dry-run")
    assert "  ~ title: Ketamine and the neurobiology of depression -> Ketamine and the neurobiology of depression: " \
           "Toward next-generation rapid-acting antidepr…" in out.splitlines()


def test_enrich_reports_ids_not_in_pubmed(refs: Path, ncbi: FakeNCBI) -> None:
    code, out, err = run("-l", str(refs), "enrich", "kishimoto2016", "abbar2022", "--dry-run", "--json")
    assert code == 0
    statuses = {r["key"]: r["status"] for r in json.loads(out)["results"]}
    assert statuses == {"kishimoto2016": "not_found", "abbar2022": "not_found"}


@pytest.mark.usefixtures("closed_sources")  # every source down
def test_enrich_network_failure_leaves_library_untouched(library: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    refs = library
    before = refs.read_bytes()
    monkeypatch.setenv("EVIDENCE_EUTILS_URL", "http://127.0.0.1:9/entrez/eutils/")
    monkeypatch.setenv("EVIDENCE_MAX_WAIT", "1")
    result = CliRunner().invoke(cli, ["-l", str(refs), "enrich", "--source", "pubmed", "krystal2023"],
                                catch_exceptions=False)
    assert result.exit_code == 1
    assert result.stderr.splitlines()[-1].startswith("Error: cannot reach NCBI at http://127.0.0.1:9/entrez/eutils/")
    assert "Traceback" not in result.output
    assert refs.read_bytes() == before
    # PubMed and Crossref both down (conftest's closed port): each says so, the run still ends in one summary
    result = CliRunner().invoke(cli, ["-l", str(refs), "enrich", "krystal2023"], catch_exceptions=False)
    err = result.stderr.splitlines()
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert result.stdout.splitlines()[0] == "krystal2023: error (Crossref)"
    assert re.fullmatch(r"  cannot reach Crossref at http://127\.0\.0\.1:9/works: connection failed after \d attempts"
                        r" in \d s \(the limit for one request is 1 s\) \(check your internet connection, or use"
                        r" --offline to work from the cache\)", result.stdout.splitlines()[1])
    assert err[-2].startswith("warning: PubMed could not be used: cannot reach NCBI at http://127.0.0.1:9/entrez/")
    assert refs.read_bytes() == before


def test_enrich_offline_without_cache_says_what_is_missing(library: Path) -> None:
    before = library.read_bytes()
    code, out, err = run("-l", str(library), "enrich", "krystal2023", "--offline")
    assert code == 1
    assert out.splitlines() == ["krystal2023: error",
                                "  offline: PubMed record 38011560 is not in the cache (run once online to fetch it)"]
    assert library.read_bytes() == before


def test_enrich_offline_uses_what_is_cached_entry_by_entry(library: Path, ncbi: FakeNCBI) -> None:
    code, _, err = run("-l", str(library), "enrich", "krystal2023", "--dry-run")  # fills the cache
    assert code == 0, err
    with library.open("a", encoding="utf-8") as handle:
        handle.write("\n@article{ydenberg2015,\n  title = {Combinatorial effects},\n  pmid = {26147656},\n}\n")
    code, out, _ = run("-l", str(library), "enrich", "krystal2023", "ydenberg2015", "--offline", "--json")
    statuses = {r["key"]: (r["status"], r["message"]) for r in json.loads(out)["results"]}
    assert code == 1
    assert statuses["krystal2023"] == ("matched", "")
    assert statuses["ydenberg2015"] == ("error", "offline: PubMed record 26147656 is not in the cache "
                                                 "(run once online to fetch it)")
    assert "abstract = {Ketamine has emerged" in Library.load(library).raw_text("krystal2023")


def test_enrich_refuses_before_network_when_file_is_broken(tmp_path: Path, ncbi: FakeNCBI) -> None:
    bib = tmp_path / "broken.bib"
    bib.write_text("@article{berman2000, pmid = {10686270}, title = {Antidepressant effects of ketamine}}\n"
                   "@article{x, title={\n")
    before = bib.read_bytes()
    code, _, err = run("-l", str(bib), "enrich")
    assert code == 1 and "refusing to write" in err
    assert ncbi.count("/efetch.fcgi") == 0
    assert bib.read_bytes() == before


def test_add_by_pmid_and_duplicate(refs: Path, ncbi: FakeNCBI) -> None:
    code, out, err = run("-l", str(refs), "add", "38011560", "26147656", "https://pubmed.ncbi.nlm.nih.gov/99999999/",
                         "PMID:38011560")
    assert code == 1  # one identifier failed
    lines = out.splitlines()
    assert lines[0].startswith("38011560: added as krystal2023 - Krystal 2023: Ketamine and the neurobiology")
    assert lines[1].startswith("26147656: added as ydenberg2015")
    assert lines[2] == "https://pubmed.ncbi.nlm.nih.gov/99999999/: failed - PMID 99999999 is not in PubMed"
    assert lines[3] == "PMID:38011560: exists - already in the library as krystal2023"
    lib = Library.load(refs)
    assert len(lib) == 12 and lib.get("ydenberg2015").pmid == "26147656"
    code, out, _ = run("-l", str(refs), "search", "pmid:26147656", "--json")
    assert [h["key"] for h in json.loads(out)] == ["ydenberg2015"]


def test_add_retracted_work_is_flagged_everywhere(refs: Path, ncbi: FakeNCBI) -> None:
    code, out, err = run("-l", str(refs), "add", "10066780")
    assert code == 0
    assert "RETRACTED" in err
    key = Library.load(refs).entries[-1].key
    code, out, _ = run("-l", str(refs), "show", key)
    assert out.splitlines()[0].startswith("RETRACTED")
    code, out, _ = run("-l", str(refs), "list", "--json")
    assert next(r for r in json.loads(out) if r["key"] == key)["retracted"] is True


def test_pubmed_search_and_add(refs: Path, ncbi: FakeNCBI) -> None:
    ncbi.searches["ydenberg ca[Author]"] = fixture("esearch_pubmed_json_author.json")
    code, out, err = run("-l", str(refs), "pubmed", "ydenberg ca[Author]", "--json")
    assert code == 0, err
    rows = json.loads(out)
    assert [r["pmid"] for r in rows][:2] == ["26147656", "25995115"] and len(rows) == 9
    assert [r["missing"] for r in rows] == [False] + [True] * 8  # only 26147656 has a recorded record
    code, out, _ = run("-l", str(refs), "pubmed", "ydenberg ca[Author]", "--add", "1")
    assert "[added as ydenberg2015]" in out
    code, out, _ = run("-l", str(refs), "pubmed", "ydenberg ca[Author]", "--add", "10")
    assert code == 2 and "'10' is not a result number (1-9)" in _


def test_pubmed_add_reports_results_efetch_did_not_return_and_adds_the_rest(refs: Path, ncbi: FakeNCBI) -> None:
    # esearch promised 9 PMIDs; efetch (asked twice) returns a record for one only
    ncbi.searches["ydenberg ca[Author]"] = fixture("esearch_pubmed_json_author.json")
    code, out, err = run("-l", str(refs), "pubmed", "ydenberg ca[Author]", "--add", "1", "2")
    assert code == 1
    lines = out.splitlines()
    assert lines[0].endswith("PMID 26147656  [added as ydenberg2015]")
    assert lines[1] == "  2. PMID 25995115: PubMed listed it but returned no record"
    assert err.splitlines()[-2:] == [
        "warning: PubMed listed 9 results but returned no record for PMID 25995115, 24719456, 23727094, 22323294,"
        " 22002930, 19188495, 18979235, 18474625",
        "warning: not added: result 2 (no record from PubMed; try again later)",
    ]
    assert Library.load(refs).get("ydenberg2015").get("pmid") == "26147656"
    assert ncbi.count("/efetch.fcgi") == 2  # the missing ones were asked again once before being reported


def test_pubmed_add_needs_numbers(refs: Path, ncbi: FakeNCBI) -> None:
    ncbi.searches["ydenberg ca[Author]"] = fixture("esearch_pubmed_json_author.json")
    before = refs.read_bytes()
    code, _, err = run("-l", str(refs), "pubmed", "ydenberg ca[Author]", "--add")
    assert code == 2 and "--add needs the numbers of the results to add" in err
    assert refs.read_bytes() == before


def test_erratum_citation_is_not_called_a_pmid(refs: Path, ncbi: FakeNCBI) -> None:
    code, _, err = run("-l", str(refs), "add", "10066780", "--json")
    key = Library.load(refs).entries[-1].key
    code, out, _ = run("-l", str(refs), "show", key)
    erratum = [line for line in out.splitlines() if line.startswith("Erratum published")]
    assert erratum == ["Erratum published (J Biol Chem 1999 May 7;274(19):13728)"]


def test_enrich_failure_midway_then_a_second_run_resumes(library: Path, ncbi: FakeNCBI) -> None:
    from pubmed_server import http_error

    before = library.read_bytes()
    ncbi.fail_next("/efetch.fcgi", *[http_error(503, b"<html>busy</html>")] * 5)  # every retry of the fetch
    code, _, err = run("-l", str(library), "enrich", "--source", "pubmed", "krystal2023")
    assert code == 1 and err.splitlines()[-1].startswith("Error: NCBI unavailable: HTTP 503")
    assert library.read_bytes() == before  # all or nothing: nothing
    code, out, err = run("-l", str(library), "enrich", "krystal2023")
    assert code == 0, err
    assert "krystal2023: matched (PMID 38011560, pmid)" in out
    assert Library.load(library).get("krystal2023").get("doi") == "10.1073/pnas.2305772120"


# ---------------------------------------------------------------- network reliability (issue 14)

SECRET = "S3CRETKEY0123456789abcdef"


def test_add_survives_a_short_efetch_answer(refs: Path, ncbi: FakeNCBI, records: dict[str, bytes]) -> None:
    from pubmed_server import short_efetch

    ncbi.fail_next("/efetch.fcgi", short_efetch(records, keep=1))
    code, out, err = run("-l", str(refs), "add", "38011560", "26147656")
    assert code == 0, err
    assert [line.split(" - ")[0] for line in out.splitlines()] == [
        "38011560: added as krystal2023", "26147656: added as ydenberg2015"]
    assert [h.params["id"] for h in ncbi.hits] == ["38011560,26147656", "26147656"]


def test_api_key_echoed_by_ncbi_never_reaches_the_terminal(refs: Path, ncbi: FakeNCBI,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    from pubmed_server import answer

    monkeypatch.setenv("NCBI_API_KEY", SECRET)
    body = b'{"error":"API key invalid","api-key":"' + SECRET.encode() + b'","type":"invalid"}'
    ncbi.fail_next("/efetch.fcgi", answer(body, 400))
    code, out, err = run("-l", str(refs), "add", "38011560")
    assert code == 1 and SECRET not in out + err
    assert out == ('38011560: failed - NCBI answered HTTP 400 for efetch.fcgi: {"error":"API key invalid",'
                   '"api-key":"[redacted]","type":"invalid"}'
                   " (the request was refused; check the identifiers or query)\n")


def test_rate_limit_body_echoing_the_key_is_redacted(refs: Path, ncbi: FakeNCBI,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from pubmed_server import answer

    monkeypatch.setenv("NCBI_API_KEY", SECRET)
    monkeypatch.setenv("EVIDENCE_MAX_WAIT", "1")
    body = b'{"error":"API rate limit exceeded","api-key":"' + SECRET.encode() + b'","count":"11","limit":"10"}'
    ncbi.fail_next("/esearch.fcgi", *[answer(body)] * 5)
    code, out, err = run("-l", str(refs), "pubmed", "ketamine")
    assert code == 1 and SECRET not in out + err
    assert re.fullmatch(  # how many attempts fit in the 1 s depends on the machine
        r'Error: NCBI unavailable: NCBI busy: \{"error":"API rate limit exceeded","api-key":"\[redacted\]",'
        r'"count":"11",'
        r'"limit":"10"\} after \d attempts?( in \d s \(the limit for one request is 1 s\))?'
        r" \(NCBI is overloaded or rate-limiting; wait a minute and retry, or use --offline\)", err.splitlines()[-1])


@pytest.mark.usefixtures("closed_sources")  # every source down
def test_dead_server_says_it_is_waiting_and_gives_up_in_time(refs: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import re
    import time

    monkeypatch.setenv("EVIDENCE_MAX_WAIT", "3")  # conftest points NCBI at a closed port
    start = time.monotonic()
    code, out, err = run("-l", str(refs), "add", "38011560")
    assert time.monotonic() - start < 6
    lines = err.splitlines()
    assert code == 1  # the identifier fails in one line on stdout; the waits were said on stderr
    assert lines[0] == "waiting for NCBI, retry 1/4 in 1 s (connection failed)" or re.fullmatch(
        r"waiting for NCBI, retry 1/4 in [01] s \(connection failed\)", lines[0])
    assert all(re.fullmatch(r"waiting for NCBI, retry \d/4 in \d s \(connection failed\)", line) for line in lines)
    assert re.fullmatch(r"38011560: failed - PubMed: cannot reach NCBI at http://127\.0\.0\.1:9/entrez/eutils/: "
                        r"connection failed after \d attempts in \d s \(the limit for one request is 3 s\) \(check "
                        r"your internet connection, or use --offline to work from the cache\)\n", out)


def test_huge_retry_after_is_capped_and_said(refs: Path, ncbi: FakeNCBI, monkeypatch: pytest.MonkeyPatch) -> None:
    from pubmed_server import http_error

    monkeypatch.setenv("EVIDENCE_MAX_WAIT", "1")
    ncbi.fail_next("/efetch.fcgi", http_error(429, b"{}", {"Retry-After": "100000"}))
    code, out, err = run("-l", str(refs), "add", "38011560")
    assert code == 0, err
    assert err.splitlines()[0] == (
        "waiting for NCBI, retry 1/4 in 1 s (HTTP 429 (rate limit exceeded)); it asked for 100000 s, capped")
    assert out.startswith("38011560: added as krystal2023")


def test_connection_reset_mid_body_is_retried(refs: Path, ncbi: FakeNCBI) -> None:
    from pubmed_server import reset_mid_body

    ncbi.fail_next("/efetch.fcgi", reset_mid_body())
    code, out, err = run("-l", str(refs), "add", "38011560")
    assert code == 0, err
    assert out.startswith("38011560: added as krystal2023")
    assert re.fullmatch(r"waiting for NCBI, retry 1/4 in [01] s \(connection broken mid-answer\)", err.splitlines()[0])


@pytest.mark.parametrize(("body", "problem"), [
    (b'{"esearchresult": []}', "NCBI esearch error: no esearchresult"),
    (b'{"esearchresult": {"count": "1", "idlist": ["1"], "errorlist": ["x"]}}',
     "unexpected esearch answer: errorlist is list, not an object"),
    (b'{"esearchresult": {"count": "1", "idlist": {"1": 1}}}', "unexpected esearch answer: idlist is dict, not a list"),
    (b"[" * 100_000 + b"]" * 100_000, "refused the esearch JSON answer: nested too deeply"),
    (b'{"a":' * 100_000 + b"1" + b"}" * 100_000, "refused the esearch JSON answer: nested too deeply"),
])
def test_wrongly_shaped_esearch_json_is_one_clear_error(refs: Path, ncbi: FakeNCBI, body: bytes, problem: str) -> None:
    ncbi.searches["ketamine"] = body
    code, out, err = run("-l", str(refs), "pubmed", "ketamine")
    assert (code, out) == (1, "")
    hint = "(NCBI may be having trouble; try again later or run with --offline to use the cache)"
    assert err == f"Error: {problem} {hint}\n"


def test_one_pmcid_that_fails_to_convert_does_not_stop_the_others(refs: Path, ncbi: FakeNCBI) -> None:
    ncbi.idconv["PMC7184035"] = (200, b'{"status": "ok", "records": {"pmid": "31588070"}}')  # records not a list
    ncbi.idconv["PMC4307492"] = (200, b'{"a":' * 100_000 + b"1" + b"}" * 100_000)  # absurdly deep
    code, out, err = run("-l", str(refs), "add", "PMC7184035", "38011560", "PMC4307492")
    assert code == 1
    hint = " (NCBI may be having trouble; try again later or run with --offline to use the cache)"
    assert out.splitlines()[0] == "PMC7184035: failed - unexpected idconv answer: records is dict, not a list" + hint
    assert out.splitlines()[1].startswith("38011560: added as krystal2023 - Krystal 2023")
    assert out.splitlines()[2] == "PMC4307492: failed - refused the idconv JSON answer: nested too deeply" + hint
    assert Library.load(refs).get("krystal2023").pmid == "38011560"


def test_cache_dir_that_is_a_file_is_one_clear_error(refs: Path, ncbi: FakeNCBI, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("x")
    monkeypatch.setenv("EVIDENCE_CACHE_DIR", str(blocker))
    code, out, err = run("-l", str(refs), "add", "38011560")
    assert (code, out) == (1, "")
    assert err.splitlines()[-1] == (f"Error: {blocker / 'pubmed'}: cannot use the response cache: Not a directory"
                                    " (set EVIDENCE_CACHE_DIR to a writable folder)")


def test_full_disk_under_the_cache_is_one_clear_error(refs: Path, ncbi: FakeNCBI, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    from pubmed_server import disk_full

    from evidence.sources.eutils import EutilsClient
    from evidence.sources.options import TransportOptions

    monkeypatch.setenv("EVIDENCE_CACHE_DIR", str(tmp_path / "cache"))
    EutilsClient(TransportOptions(cache_dir=tmp_path / "cache" / "pubmed"))  # the cache exists, then the disk fills up
    before = refs.read_bytes()
    with disk_full(tmp_path / "cache" / "pubmed" / "eutils.sqlite"):
        code, out, err = run("-l", str(refs), "add", "38011560")
    assert (code, out) == (1, "")
    assert err.splitlines()[-1] == (
        f"Error: {tmp_path / 'cache' / 'pubmed' / 'eutils.sqlite'}: cannot use the response cache: disk I/O error"
        " (free some disk space, or set EVIDENCE_CACHE_DIR to a folder on another disk)")
    assert refs.read_bytes() == before


# --------------------------------------------------------------------------- add: any DOI, any source

@pytest.fixture
def works(ncbi: FakeNCBI) -> FakeWorks:
    """The recorded Crossref, doi.org and DataCite the ``ncbi`` fixture started."""
    return ncbi.works  # type: ignore[attr-defined, no-any-return]


def test_add_create_mixed_identifiers_each_from_its_source(tmp_path: Path, ncbi: FakeNCBI, works: FakeWorks) -> None:
    bib = tmp_path / "new.bib"
    ids = ["38011560", "10.1101/2020.12.01.406702", "https://doi.org/10.5061/dryad.8515", "doi:10.14264/uql.2020.791",
           "https://journals.plos.org/plosone/article?id=10.1371/journal.pone.0033693"]
    code, out, err = run("-l", str(bib), "add", "--create", *ids)
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "38011560: added as krystal2023ketamine - Krystal 2023: Ketamine and the neurobiology of depression: "
        "Toward next-generation rapid-acting antidepressant treatments (PubMed)",
        "10.1101/2020.12.01.406702: added as joyce2020identification - Joyce 2020: Identification of a novel "
        "cationic glycolipid in Streptococcus agalactiae that contributes to brain entry and meningitis (Crossref)",
        "https://doi.org/10.5061/dryad.8515: added as ollomo2011data - Ollomo 2011: Data from: A new malaria agent in "
        "African hominids. (DataCite)",
        "doi:10.14264/uql.2020.791: added as collingwood2020school - Collingwood 2020: School truancy and financial "
        "independence during emerging adulthood: a longitudinal analysis of receipt of and reliance on cash transfers "
        "(Crossref)",
        "https://journals.plos.org/plosone/article?id=10.1371/journal.pone.0033693: added as "
        "sadasivan2012methylphenidate - Sadasivan 2012: Methylphenidate Exposure Induces Dopamine Neuron Loss and "
        "Activation of Microglia in the Basal Ganglia of Mice (Crossref)",
    ]
    lib = Library.load(bib)
    assert [(e.key, e.type) for e in lib.entries] == [
        ("krystal2023ketamine", "article"), ("joyce2020identification", "misc"), ("ollomo2011data", "dataset"),
        ("collingwood2020school", "phdthesis"), ("sadasivan2012methylphenidate", "article")]
    erratum = lib.get("sadasivan2012methylphenidate").get("erratum")
    assert erratum == "10.1371/annotation/c76da2c1-ccb8-4797-94c1-359d3ceceeda"
    # 5 identifiers: one efetch, one esearch for the four DOIs, four agency lookups, four works requests
    ncbi_requests = len(ncbi.hits)
    agency = works.count("ra")
    assert (ncbi_requests, agency, works.count() - agency) == (2, 4, 4)
    assert ncbi_requests + works.count() <= len(ids) + agency + 1


def test_add_one_failure_is_one_line_and_the_others_are_added(refs: Path, ncbi: FakeNCBI, works: FakeWorks) -> None:
    before = len(Library.load(refs))
    code, out, err = run("-l", str(refs), "add", "10.1371/notarealdoi", "10.1007/978-3-662-46370-3_13", "hello")
    assert code == 1
    assert out.splitlines() == [
        "10.1371/notarealdoi: failed - DOI 10.1371/notarealdoi is not known to PubMed, Crossref, DataCite or doi.org",
        "10.1007/978-3-662-46370-3_13: added as diercks2015 - Diercks 2015: Clinical Symptoms and Physical "
        "Examinations (Crossref)",
        "hello: failed - not a PMID, DOI, PMCID, arXiv id, ISBN or a URL holding one",
    ]
    assert len(Library.load(refs)) == before + 1
    assert "  booktitle = {Shoulder Stiffness}," in entry_text(refs, "diercks2015").splitlines()


def test_add_dry_run_names_the_source_and_writes_nothing(refs: Path, ncbi: FakeNCBI, works: FakeWorks) -> None:
    before = refs.read_bytes()
    code, out, err = run("-l", str(refs), "add", "--dry-run", "10.5061/dryad.8515")
    assert (code, out, err) == (0, "10.5061/dryad.8515: would add as ollomo2011 - Ollomo 2011: Data from: A new "
                                   "malaria agent in African hominids. (DataCite)\n", "Dry run, nothing written.\n")
    assert refs.read_bytes() == before


def test_add_without_create_on_a_missing_file_is_one_error(tmp_path: Path) -> None:
    code, out, err = run("-l", str(tmp_path / "new.bib"), "add", "10.5061/dryad.8515")
    assert code == 1 and out == "" and err.startswith("Error: ") and "--create" not in out
    assert not (tmp_path / "new.bib").exists()


def test_crossref_down_still_adds_what_pubmed_has(refs: Path, ncbi: FakeNCBI, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EVIDENCE_MAX_WAIT", "1")
    for name in ("CROSSREF", "DOI", "DATACITE"):
        monkeypatch.setenv(f"EVIDENCE_{name}_URL", "http://127.0.0.1:9")  # a closed port
    ids = ["26147656", "10.1101/2020.12.01.406702", "10.1007/978-3-662-46370-3_13"]
    code, out, err = run("-l", str(refs), "add", *ids)
    lines = out.splitlines()
    assert code == 1
    assert lines[0].startswith("26147656: added as ydenberg2015 - ")
    assert lines[1].startswith("10.1101/2020.12.01.406702: failed - cannot reach doi.org at http://127.0.0.1:9/ra/10.1101")
    again = "10.1007/978-3-662-46370-3_13: failed - not asked, the same source just failed: "
    assert lines[2] == lines[1].replace("10.1101/2020.12.01.406702: failed - ", again)  # no second wait
    assert Library.load(refs).get("ydenberg2015").pmid == "26147656"


def test_add_json_says_source_and_type(refs: Path, ncbi: FakeNCBI, works: FakeWorks) -> None:
    code, out, _ = run("-l", str(refs), "add", "--json", "10.14264/uql.2020.791")
    assert code == 0
    row = json.loads(out)[0]
    assert (row["status"], row["key"], row["source"], row["type"]) == ("added", "collingwood2020", "Crossref",
                                                                        "phdthesis")


# --------------------------------------------------------------------------- enrich: Crossref for what PubMed lacks

SHORTENED = """
@article{sadasivan2012,
  author = {Sadasivan, Shankar and others},
  title = {Methylphenidate exposure induces dopamine neuron loss},
  year = 2012,
  doi = {10.1371/journal.pone.0033693},
}
"""


def test_enrich_source_crossref_one_key(refs: Path, ncbi: FakeNCBI) -> None:
    with refs.open("a", encoding="utf-8") as handle:
        handle.write(SHORTENED)
    code, out, err = run("-l", str(refs), "enrich", "--source", "crossref", "sadasivan2012", "--dry-run")
    assert code == 0, err
    assert out.splitlines()[:3] == [
        "sadasivan2012: matched (Crossref, doi, DOI 10.1371/journal.pone.0033693)",
        "  ~ author: Sadasivan, Shankar and others -> Sadasivan, Shankar and Pond, Brooks B. and Pani, Amar K. and Qu,"
        " Chunxu and Jiao, Yun and…",
        "  + journal = PLoS ONE",
    ]
    assert err == ("Dry run, nothing written: 1 matched, 0 already complete, 0 ambiguous, 0 not found, "
                   "0 mismatched ids, 0 errors, 0 retracted\n")
    assert ncbi.count("/esearch.fcgi") + ncbi.count("/efetch.fcgi") == 0 and ncbi.works.count() == 1
    code, out, err = run("-l", str(refs), "enrich", "--source", "crossref", "sadasivan2012")
    entry = Library.load(refs).get("sadasivan2012")
    assert code == 0 and entry.get("erratum") == "10.1371/annotation/c76da2c1-ccb8-4797-94c1-359d3ceceeda"
    assert entry.title == "Methylphenidate exposure induces dopamine neuron loss"  # the writer's title stays


def test_enrich_pubmed_first_then_crossref_for_what_pubmed_lacks(refs: Path, ncbi: FakeNCBI) -> None:
    with refs.open("a", encoding="utf-8") as handle:
        handle.write(SHORTENED)
    code, out, err = run("-l", str(refs), "enrich", "sadasivan2012", "--json")
    assert code == 0, err
    data = json.loads(out)
    assert [(r["key"], r["status"], r.get("source")) for r in data["results"]] == [
        ("sadasivan2012", "matched", "Crossref")]
    assert ncbi.count("/esearch.fcgi") == 1  # PubMed was asked first (its recorded answer: no hit)


def test_enrich_accept_takes_a_reported_mismatch(refs: Path, ncbi: FakeNCBI) -> None:
    with refs.open("a", encoding="utf-8") as handle:
        handle.write("\n@article{smith2019,\n  author = {Smith, Jane},\n  title = {Ketamine for depression in "
                     "adolescents},\n  year = 2019,\n  doi = {10.1038/srep16696},\n}\n")
    before = refs.read_bytes()
    code, out, _ = run("-l", str(refs), "enrich", "--source", "crossref", "smith2019")
    assert code == 0 and out.splitlines()[0] == "smith2019: MISMATCH (Crossref, doi, DOI 10.1038/srep16696)"
    assert out.splitlines()[1].endswith("(take it with --accept smith2019)")
    assert refs.read_bytes() == before
    code, out, _ = run("-l", str(refs), "enrich", "--source", "crossref", "--accept", "smith2019", "smith2019")
    assert code == 0 and out.splitlines()[0] == "smith2019: matched (Crossref, doi, DOI 10.1038/srep16696)"
    assert Library.load(refs).get("smith2019").get("journal") == "Scientific Reports"


def test_a_crossref_correction_shows_like_pubmeds(refs: Path, ncbi: FakeNCBI) -> None:
    code, _, _ = run("-l", str(refs), "add", "10.1371/journal.pone.0033693")
    assert code == 0
    key = Library.load(refs).entries[-1].key
    code, out, _ = run("-l", str(refs), "show", key)
    assert "Erratum published (10.1371/annotation/c76da2c1-ccb8-4797-94c1-359d3ceceeda)" in out.splitlines()


def test_add_keeps_the_other_english_abstract_and_check_reads_it(refs: Path, ncbi: FakeNCBI, tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """PMID 419965 (real, from tests/fixtures/claims/mechanisms.xml) says which doses gave higher plasma levels only
    in the English abstract NLM's PIP added beside the journal's; a claim reversing it is flagged on that sentence."""
    mechanisms = Path(__file__).parent / "fixtures" / "claims" / "mechanisms.xml"
    body = mechanisms.read_bytes()
    start = body.index(b'<PMID Version="1">419965</PMID>')
    record = body[body.rindex(b"<PubmedArticle>", 0, start):body.index(b"</PubmedArticle>", start) + 16]
    monkeypatch.setitem(ncbi.records, "419965", record)
    code, out, _ = run("-l", str(refs), "add", "419965")
    assert (code, out.split(" - ")[0]) == (0, "419965: added as laatikainen1979")
    entry = Library.load(refs).get("laatikainen1979")
    assert entry.get("abstract").startswith("The concentration of medroxyprogesterone acetate (MPA) in plasma")
    assert entry.get("otherabstract").startswith("Past studies have shown that patients with recurrent")
    draft = tmp_path / "draft.md"
    claim = ("Laatikainen and colleagues' (1979) patients taking 200 or 300 mg of oral medroxyprogesterone acetate "
             "daily had {} mean plasma levels than those taking 100 mg.\n")
    truth = "Patients who received the 200 mg and 300 mg dosage of MPA orally exhibited higher mean plasma values."
    for way, flagged in (("lower", True), ("higher", False)):
        draft.write_text(claim.format(way), encoding="utf-8")
        code, out, _ = run("-l", str(refs), "check", str(draft), "--json")
        result = json.loads(out)["citations"][0]
        direction = [f for f in result["flags"] if f["kind"] == "direction"]
        assert (code, bool(direction)) == (0, flagged)
        assert {e["text"]: e["source"] for e in result["evidence"]}[truth] == "other abstract"  # said where it is
