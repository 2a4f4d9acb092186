"""`search --fulltext`: a Whoosh index of its own over the full-text store (real PMC articles), never the library's.

The store is filled directly with the real article files (as `evidence fulltext` stores them); the CLI test
fetches them from the loopback server, which wraps each ``<article>`` in ``<pmc-articleset>`` as PMC's efetch does.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner
from pubmed_server import FakeNCBI, pmc_article

from cli import cli
from evidence.errors import QueryError
from evidence.model import Entry
from evidence.search.fulltext import FULLTEXT_INDEX_VERSION, FullTextIndex, parse_fulltext_query, search_fulltext
from evidence.search.index import RefreshStats
from evidence.sources.fulltext import CLOSED, OPEN, FullTextStore, StoredText, article_aliases
from evidence.sources.jats import split_articles

PMC = Path(__file__).parent.parent / "fixtures" / "pmc"
T0 = datetime(2026, 1, 5, 12, 0, tzinfo=UTC)
FILES = {"PMC2329613": "pmcoa_PMC2329613_1472-6831-8-11.nxml", "PMC3574550": "pmcoa_PMC3574550_annonc_mds526.nxml",
         "PMC11422735": "efetch_pmc_PMC11422735_correction_forward.xml",
         "PMC3460867": "pmcoa_PMC3460867_pone.0046493.nxml"}


def row(pmcid: str, version: str = "1", fetched: datetime = T0) -> StoredText:
    xml = (PMC / FILES[pmcid]).read_bytes()
    article = split_articles(xml)[0][0]
    return StoredText(pmcid, version, OPEN, "pmc", article.licence, fetched, xml, article_aliases(article.pmid, ""))


@pytest.fixture
def store(tmp_path: Path) -> FullTextStore:
    store = FullTextStore(tmp_path / "ft.sqlite")
    store.put_many([row(p) for p in FILES] + [StoredText("PMC7773341", "1", CLOSED, "pmc", "", T0)])
    return store


ENTRIES = [Entry("ohip2008", "article", {"pmcid": "PMC2329613", "title": "OHIP-NL"}),
           Entry("annonc2013", "article", {"pmid": "23149571", "title": "Stage at diagnosis"}),
           Entry("waitlist2024", "article", {"pmcid": "PMC11422735", "title": "Waiting lists"}),
           Entry("closed2021", "article", {"pmcid": "PMC7773341", "title": "No open text"}),
           Entry("nothing", "article", {"title": "No identifiers"})]


def test_hits_are_entries_with_the_section_of_the_best_passage(store, tmp_path):
    hits = search_fulltext(ENTRIES, store, tmp_path / "ix", '"4 months"')
    assert [(h.key, h.pmcid, h.section) for h in hits] == [
        ("ohip2008", "PMC2329613", "Methods > Study sample and procedure")]
    assert "[[4]] [[months]]" in hits[0].snippet
    assert hits[0].to_dict()["url"] == "https://pmc.ncbi.nlm.nih.gov/articles/PMC2329613/"
    assert hits[0].licence == "http://creativecommons.org/licenses/by/2.0"
    by_pmid = search_fulltext(ENTRIES, store, tmp_path / "ix", "deprivation")  # annonc2013 has only a PMID
    assert [h.key for h in by_pmid] == ["annonc2013"]


def test_stop_words_count_in_body_phrases(store, tmp_path):
    negated = search_fulltext(ENTRIES, store, tmp_path / "ix", '"not significant"')
    assert [(h.key, h.section) for h in negated] == [("waitlist2024", "Results > Randomized Controlled Trials"),
                                                     ("ohip2008", "Table 4")]
    assert "The between-group difference posttreatment was [[not]] [[significant]] in the regression" \
        in negated[0].snippet
    # the section named is one holding the phrase itself, not one holding only "significant"
    assert all("[[not]] [[significant]]" in hit.snippet for hit in negated)
    significant = search_fulltext(ENTRIES, store, tmp_path / "ix", "significant")
    assert [h.key for h in significant] == ["waitlist2024", "ohip2008", "annonc2013"]


def test_only_library_entries_are_searched(store, tmp_path):
    # PMC3460867 is in the store (another library fetched it) but no entry here maps to it
    assert search_fulltext(ENTRIES, store, tmp_path / "ix", "MmPPOX") == []
    other = [Entry("pone", "article", {"pmcid": "PMC3460867"})]
    assert [h.key for h in search_fulltext(other, store, tmp_path / "ix", "MmPPOX")] == ["pone"]


def test_sync_reindexes_only_changed_texts(store, tmp_path):
    index = FullTextIndex(tmp_path / "ix", store)
    assert index.sync() == RefreshStats(added=4, rebuilt=True)
    assert index.sync() == RefreshStats(unchanged=4)
    store.put_many([row("PMC2329613", version="2", fetched=T0 + timedelta(days=1))])  # a new version
    store.put_many([row("PMC3574550", version="1", fetched=T0 + timedelta(days=2))])  # fetched again, same one
    assert index.sync() == RefreshStats(updated=1, unchanged=3)
    (tmp_path / "ix" / "evidence-fulltext.json").write_text('{"version": 0}', encoding="utf-8")
    assert index.sync() == RefreshStats(added=4, rebuilt=True)  # an index of another version is rebuilt
    hits = search_fulltext(ENTRIES, store, tmp_path / "ix", '"4 months"')
    assert [h.key for h in hits] == ["ohip2008"]  # each text once, after all of that


def test_a_damaged_index_is_rebuilt_and_a_crash_before_the_state_leaves_no_twin(store, tmp_path):
    index = FullTextIndex(tmp_path / "ix", store)
    index.sync()
    for toc in (tmp_path / "ix").glob("*.toc"):
        toc.write_bytes(b"not a table of contents")  # what a crash or a full disk can leave
    assert index.sync() == RefreshStats(added=4, rebuilt=True)
    # the texts were committed but the state file was not written (a crash in between): no duplicate hits
    state = {"version": FULLTEXT_INDEX_VERSION, "stamps": {}}
    (tmp_path / "ix" / "evidence-fulltext.json").write_text(json.dumps(state), encoding="utf-8")
    assert index.sync() == RefreshStats(added=4)
    hits = search_fulltext(ENTRIES, store, tmp_path / "ix", '"4 months"')
    assert [h.key for h in hits] == ["ohip2008"]


@pytest.mark.parametrize(("query", "message"), [
    ("author:john ohip", '"author:" is not part of a full text'),
    ("year:2008 ohip", '"year:" is not part of a full text'),
    ('"unclosed', 'unbalanced quote: " at column 1 is never closed'),
])
def test_queries_are_checked_as_in_the_library_search(query, message):
    with pytest.raises(QueryError) as err:
        parse_fulltext_query(query)
    assert str(err.value).startswith(message)


def test_title_and_abstract_fields_narrow(store, tmp_path):
    assert [h.key for h in search_fulltext(ENTRIES, store, tmp_path / "ix", "title:waiting")] == ["waitlist2024"]
    assert search_fulltext(ENTRIES, store, tmp_path / "ix", 'title:"oral health" ti:cancer') == []


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def test_cli_search_fulltext_and_the_library_index_untouched(ncbi: FakeNCBI, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EVIDENCE_EUTILS_URL", ncbi.base_url)
    monkeypatch.setenv("EVIDENCE_EUROPEPMC_URL", ncbi.europepmc_url)
    ncbi.pmc["2329613"] = pmc_article(FILES["PMC2329613"])
    library = tmp_path / "lib.bib"
    library.write_text("@article{ohip2008,\n  title = {The OHIP-NL},\n  year = 2008,\n  pmcid = {PMC2329613},\n}\n",
                       encoding="utf-8")
    code, out, err = run("-l", str(library), "search", "months", "--fulltext")
    assert (code, out, err) == (0, "", "No matches in the stored full texts. None is stored yet: "
                                       "run `evidence fulltext`.\n")
    assert run("-l", str(library), "fulltext")[0] == 0
    code, out, err = run("-l", str(library), "search", '"4 months"', "--fulltext")
    assert code == 0, err
    assert out == ("ohip2008  6.51  PMC2329613  Methods > Study sample and procedure\n  The OHIP-NL\n"
                   "  12.2 yrs) was recruited during a pre-specified period of 4 months. They were referred by their "
                   "dentists to the clinic of Prosthodontics\n")  # (no colour off a terminal: the marks are painted)
    assert err == "1 hit(s) in full texts\n"
    code, out, err = run("-l", str(library), "search", '"4 months"', "--fulltext", "--json")
    [hit] = json.loads(out)
    assert (hit["key"], hit["section"], hit["licence"]) == (
        "ohip2008", "Methods > Study sample and procedure", "http://creativecommons.org/licenses/by/2.0")
    cache = Path(__import__("os").environ["EVIDENCE_CACHE_DIR"])
    assert (cache / "fulltext-index").is_dir() and not (cache / "index").exists()  # the library index: never built
    code, out, err = run("-l", str(library), "search", "author:john", "--fulltext")
    assert (code, out) == (1, "")
    assert err.startswith('Error: "author:" is not part of a full text (with --fulltext only title: and abstract:')
