"""The search index on real records: 362 PubMed records (tests/fixtures/pubmed/data), a few
PubMed edge-case fixtures (retracted, RCT, non-ASCII authors) and the ten ketamine seed works."""

from __future__ import annotations

import hashlib
import json
import marshal
import multiprocessing
import os
import time
from pathlib import Path

import pytest
from search_corpus import corpus, pubmed_entries, seed_entries

from evidence.errors import ConflictError, LibraryError, QueryError
from evidence.model import Entry
from evidence.search.index import RefreshStats, SearchIndex, search_library
from evidence.search.results import Hit, spans
from evidence.search.schema import SCHEMA_VERSION
from evidence.store.library import Library
from evidence.store.paths import library_slug, stat_key


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> SearchIndex:
    ix = SearchIndex(Path("refs.bib"), cache_dir=tmp_path_factory.mktemp("cache"))
    stats = ix.refresh(corpus())
    assert stats == RefreshStats(added=377, rebuilt=True)
    return ix


def keys(hits: list[Hit]) -> list[str]:
    return [h.key for h in hits]


# --------------------------------------------------------------------------- location


def test_index_lives_in_the_cache_keyed_by_the_resolved_library_path(tmp_path: Path) -> None:
    lib = tmp_path / "refs.bib"
    digest = hashlib.sha256(str(lib.resolve()).encode()).hexdigest()[:16]
    env_dir = tmp_path / "env-cache"
    assert SearchIndex(lib, env={"EVIDENCE_CACHE_DIR": str(env_dir)}).index_dir == env_dir / "index" / digest
    arg_dir = tmp_path / "arg-cache"
    ix = SearchIndex(lib, cache_dir=arg_dir, env={"EVIDENCE_CACHE_DIR": str(env_dir)})
    assert ix.index_dir == arg_dir / "index" / digest


def test_default_cache_is_the_platform_user_cache(tmp_path: Path) -> None:
    import platformdirs

    ix = SearchIndex(tmp_path / "refs.bib", env={})
    assert ix.index_dir.parent == Path(platformdirs.user_cache_dir("evidence")) / "index"
    assert tmp_path not in ix.index_dir.parents


# --------------------------------------------------------------------------- ranking


def test_words_rank_title_matches_first_bm25f(index: SearchIndex) -> None:
    hits = index.search("ketamine depression")
    assert keys(hits) == [
        "pm38011560", "berman2000", "duman2012", "fond2014",
        "feifel2017", "andrade2017", "kishimoto2016", "xu2016",
    ]  # fmt: skip
    assert hits[0].title == (
        "Ketamine and the neurobiology of depression: Toward next-generation rapid-acting antidepressant treatments"
    )
    assert hits[0].year == 2023
    assert hits[1].matched_fields == ("title", "abstract", "keyword")


def test_phrase(index: SearchIndex) -> None:
    assert keys(index.search('"major depression"')) == ["xu2016", "berman2000", "pm34843274"]


def test_prefix(index: SearchIndex) -> None:
    assert keys(index.search("antidepress*")) == [
        "pm38011560", "pm22638694", "berman2000", "duman2012", "zanos2018mechanisms",
    ]  # fmt: skip


def test_fuzzy_finds_a_misspelling(index: SearchIndex) -> None:
    expected = [
        "pm38011560", "berman2000", "duman2012", "zanos2018", "zanos2018mechanisms",
        "fond2014", "kishimoto2016", "feifel2017", "abbar2022", "andrade2017", "xu2016",
    ]  # fmt: skip
    assert keys(index.search("ketamin~")) == expected
    assert keys(index.search("ketamne~")) == expected
    assert index.search("ketamne") == []


def test_boolean_operators_and_parentheses(index: SearchIndex) -> None:
    assert keys(index.search("(suicidal OR synaptogenesis) ketamine")) == ["abbar2022", "duman2012"]
    without_reviews = keys(index.search("ketamine NOT review"))
    assert without_reviews == [
        "berman2000", "zanos2018mechanisms", "kishimoto2016", "feifel2017",
        "abbar2022", "andrade2017", "duman2012",
    ]  # fmt: skip
    assert keys(index.search("ketamine -review")) == without_reviews


def test_default_operator_is_and(index: SearchIndex) -> None:
    assert keys(index.search("ketamine suicidal")) == ["abbar2022"]
    assert len(index.search("ketamine OR suicidal", limit=50)) > len(index.search("ketamine", limit=50))


def test_field_queries(index: SearchIndex) -> None:
    assert keys(index.search("author:zanos")) == ["zanos2018mechanisms", "zanos2018"]
    assert keys(index.search("title:ketamine abstract:glutamate")) == ["berman2000"]
    assert keys(index.search('journal:"Biological Psychiatry"')) == ["berman2000"]
    assert keys(index.search("keyword:amino")) == ["berman2000"]
    assert keys(index.search("pmid:10686270")) == ["berman2000"]
    assert keys(index.search("key:Zanos2018")) == ["zanos2018"]
    assert keys(index.search("citekey:berman2000")) == ["berman2000"]


def test_doi_query_is_case_insensitive_and_takes_parentheses_and_urls(index: SearchIndex) -> None:
    assert keys(index.search("doi:10.1016/S0006-3223(99)00230-9")) == ["berman2000"]
    assert keys(index.search("(doi:10.1016/S0006-3223(99)00230-9 OR pmid:23042884)")) == ["duman2012", "berman2000"]
    assert keys(index.search("doi:https://doi.org/10.1126/SCIENCE.1222939")) == ["duman2012"]


def test_mesh_phrase_ranks_major_topics(index: SearchIndex) -> None:
    hits = index.search('mesh:"Breast Neoplasms"', limit=3)
    assert keys(hits) == ["pm25320599", "pm23885731", "pm21360074"]
    assert hits[0].matched_fields == ("mesh",)
    assert hits[0].snippet.startswith("mesh: Adult; [[Breast]] [[Neoplasms]]/blood/genetics")


def test_year_ranges(index: SearchIndex) -> None:
    assert keys(index.search("ketamine year:2014-2018")) == [
        "zanos2018", "zanos2018mechanisms", "fond2014", "kishimoto2016",
        "feifel2017", "andrade2017", "xu2016",
    ]  # fmt: skip
    assert keys(index.search("ketamine year:>2016")) == [
        "pm38011560", "zanos2018", "zanos2018mechanisms", "feifel2017", "abbar2022", "andrade2017",
    ]  # fmt: skip
    assert keys(index.search("ketamine year:>=2022")) == ["pm38011560", "abbar2022"]
    assert keys(index.search("year:<1990")) == ["pm11618220", "pm11636720", "pm219391", "pm2889752", "pm3001632"]
    assert keys(index.search("year:<=2000 ketamine")) == ["berman2000"]
    assert keys(index.search("ketamine year:2022-")) == ["pm38011560", "abbar2022"]
    assert keys(index.search("ketamine year:[2000 TO 2012]")) == ["berman2000", "duman2012"]
    assert keys(index.search("year:2000 ketamine")) == ["berman2000"]


def test_accent_folding_finds_authors_by_their_ascii_spelling(index: SearchIndex) -> None:
    hits = index.search("author:Lancon")
    assert keys(hits) == ["fond2014"]
    assert "[[Lançon]], Christophe" in hits[0].snippet
    assert keys(index.search("author:Aittomaki")) == ["pm25581431"]
    assert keys(index.search("Lancon ketamine")) == ["fond2014"]


def test_publication_type_with_aliases(index: SearchIndex) -> None:
    assert keys(index.search("type:rct")) == ["pm23878845"]
    assert keys(index.search('type:"Randomized Controlled Trial"')) == ["pm23878845"]
    assert keys(index.search("type:meta-analysis")) == ["pm37729413", "pm35830032", "pm25581431"]
    assert keys(index.search("type:meta")) == ["pm37729413", "pm35830032", "pm25581431"]
    assert len(index.search("type:review", limit=500)) == 82  # records with the "Review" type
    assert keys(index.search("pubtype:retraction")) == ["pm27508352"]


def test_retracted_and_has(index: SearchIndex) -> None:
    hits = index.search("retracted:yes")
    assert keys(hits) == ["pm10066780"]
    assert hits[0].matched_fields == ("retracted",)
    assert len(index.search("retracted:no", limit=500)) == 376
    assert len(index.search("has:pmcid", limit=500)) == 174  # entries with a pmcid field
    assert keys(index.search("has:abstract ketamine")) == ["pm38011560", "berman2000", "duman2012"]


def test_snippet_marks_matched_words_in_the_abstract(index: SearchIndex) -> None:
    hit = index.search("synaptogenesis")[0]
    assert hit.key == "duman2012"
    assert hit.matched_fields == ("abstract",)
    assert "[[synaptogenesis]]" in hit.snippet
    assert ("synaptogenesis", True) in spans(hit.snippet)
    assert "".join(text for text, _ in spans(hit.snippet)) == hit.snippet.replace("[[", "").replace("]]", "")
    assert hit.to_dict()["snippet"] == hit.snippet


def test_snippet_of_a_title_only_hit_is_the_marked_title(index: SearchIndex) -> None:
    hit = index.search("ketamine suicidal")[0]
    assert hit.snippet == (
        "title: [[Ketamine]] for the acute treatment of severe [[suicidal]] ideation: double blind, "
        "randomised placebo controlled trial"
    )


def test_limit(index: SearchIndex) -> None:
    assert len(index.search("cancer", limit=3)) == 3
    with pytest.raises(QueryError, match="limit must be at least 1, not 0"):
        index.search("cancer", limit=0)


# --------------------------------------------------------------------------- errors


def test_queries_are_checked_before_the_index_is_opened(tmp_path: Path) -> None:
    ix = SearchIndex(tmp_path / "refs.bib", cache_dir=tmp_path / "no-index-here")
    with pytest.raises(QueryError) as info:
        ix.search("OR ketamine")
    assert info.value.message == 'misplaced operator "OR" at column 1'
    with pytest.raises(QueryError) as info:
        ix.search("ketamine " * 200)
    assert info.value.message == "query too long: 1,800 characters (the limit is 1,000)"
    assert not ix.index_dir.exists()


def test_search_without_an_index_says_how_to_build_it(tmp_path: Path) -> None:
    with pytest.raises(LibraryError) as info:
        SearchIndex(tmp_path / "refs.bib", cache_dir=tmp_path).search("ketamine")
    assert info.value.message == "the library has no search index yet"
    assert info.value.hint == "run `evidence index --rebuild`"


# --------------------------------------------------------------------------- refresh


@pytest.fixture
def seeds_index(tmp_path: Path) -> tuple[SearchIndex, list[Entry]]:
    ix = SearchIndex(tmp_path / "refs.bib", cache_dir=tmp_path / "cache")
    entries = seed_entries()
    assert ix.refresh(entries) == RefreshStats(added=10, rebuilt=True)
    return ix, entries


def _edited(entry: Entry, **fields: str) -> Entry:
    return Entry(entry.key, entry.type, {**entry.fields, **fields})


def test_no_change_refresh_reports_everything_unchanged(seeds_index: tuple[SearchIndex, list[Entry]]) -> None:
    ix, entries = seeds_index
    assert ix.refresh(entries) == RefreshStats(unchanged=10)
    assert ix.refresh(list(reversed(entries))) == RefreshStats(unchanged=10)
    assert ix.refresh([Entry(e.key, e.type, dict(reversed(e.fields.items()))) for e in entries]) == RefreshStats(
        unchanged=10
    )


def test_changing_one_entry_reindexes_only_that_entry(seeds_index: tuple[SearchIndex, list[Entry]]) -> None:
    ix, entries = seeds_index
    entries[2] = _edited(entries[2], abstract="Esketamine and hydroxynorketamine metabolites.")
    assert ix.refresh(entries) == RefreshStats(updated=1, unchanged=9)
    assert keys(ix.search("hydroxynorketamine")) == ["zanos2018"]
    assert keys(ix.search("ketamine", limit=50)).count("zanos2018") == 1


def test_added_and_removed_keys(seeds_index: tuple[SearchIndex, list[Entry]]) -> None:
    ix, entries = seeds_index
    extra = next(e for e in pubmed_entries() if e.key == "pm38011560")
    stats = ix.refresh([*entries[1:], extra])
    assert stats == RefreshStats(added=1, removed=1, unchanged=9)
    assert keys(ix.search("berman")) == []
    assert keys(ix.search("ketamine depression")) == [
        "pm38011560", "duman2012", "fond2014", "feifel2017", "andrade2017", "kishimoto2016", "xu2016",
    ]  # fmt: skip
    assert len(ix) == 10


def test_renaming_a_key_is_a_removal_and_an_addition(seeds_index: tuple[SearchIndex, list[Entry]]) -> None:
    ix, entries = seeds_index
    entries[0] = Entry("Berman2000a", entries[0].type, entries[0].fields)
    assert ix.refresh(entries) == RefreshStats(added=1, removed=1, unchanged=9)
    assert keys(ix.search("key:berman2000a")) == ["Berman2000a"]


def _meta(ix: SearchIndex) -> dict[str, object]:
    return json.loads((ix.index_dir / "evidence-meta.json").read_text())


def test_another_schema_version_rebuilds_from_scratch(seeds_index: tuple[SearchIndex, list[Entry]]) -> None:
    ix, entries = seeds_index
    meta = _meta(ix)
    assert meta["schema"] == SCHEMA_VERSION
    (ix.index_dir / "evidence-meta.json").write_text(json.dumps({**meta, "schema": SCHEMA_VERSION - 1}))
    assert not ix.exists() and not ix.is_current(str(meta["fingerprint"]))
    with pytest.raises(LibraryError, match="built by another version of evidence"):
        ix.search("ketamine")
    assert ix.refresh(entries) == RefreshStats(added=10, rebuilt=True)
    assert _meta(ix)["schema"] == SCHEMA_VERSION
    assert len(ix.search("ketamine", limit=50)) == 10


def test_a_hash_table_of_another_schema_version_is_not_trusted(seeds_index: tuple[SearchIndex, list[Entry]]) -> None:
    ix, entries = seeds_index
    table = marshal.loads((ix.index_dir / "evidence-hashes.marshal").read_bytes())
    assert table["schema"] == SCHEMA_VERSION
    stale = {**table, "schema": SCHEMA_VERSION - 1, "hashes": {key: "stale" for key in table["hashes"]}}
    (ix.index_dir / "evidence-hashes.marshal").write_bytes(marshal.dumps(stale))
    entries[3] = _edited(entries[3], note="reread")
    assert ix.refresh(entries) == RefreshStats(updated=1, unchanged=9)  # hashes recovered from the index


def test_rebuild_starts_over(seeds_index: tuple[SearchIndex, list[Entry]]) -> None:
    ix, entries = seeds_index
    assert ix.rebuild(entries) == RefreshStats(added=10, rebuilt=True)
    assert ix.refresh(entries) == RefreshStats(unchanged=10)
    assert len(ix.search("ketamine", limit=50)) == 10


def test_corrupt_index_is_rebuilt(seeds_index: tuple[SearchIndex, list[Entry]]) -> None:
    ix, entries = seeds_index
    for toc in ix.index_dir.glob("_MAIN_*.toc"):
        toc.write_bytes(b"not a table of contents")
    entries[0] = _edited(entries[0], note="checked")
    assert ix.refresh(entries) == RefreshStats(added=10, rebuilt=True)
    assert keys(ix.search("author:berman")) == ["berman2000"]


def test_lost_hash_table_is_recovered_from_the_index(seeds_index: tuple[SearchIndex, list[Entry]]) -> None:
    ix, entries = seeds_index
    (ix.index_dir / "evidence-hashes.marshal").unlink()  # as if we crashed right after a commit
    entries[4] = _edited(entries[4], note="read in full")
    assert ix.refresh(entries) == RefreshStats(updated=1, unchanged=9)
    assert keys(ix.search("note:full")) == ["duman2012"]


def test_no_change_refresh_needs_no_write_lock(seeds_index: tuple[SearchIndex, list[Entry]]) -> None:
    """Another process holding Whoosh's write lock blocks changes, never a no-change check."""
    from whoosh.filedb.filestore import FileStorage

    ix, entries = seeds_index
    lock = FileStorage(str(ix.index_dir)).lock("MAIN_WRITELOCK")
    assert lock.acquire(blocking=False)
    try:
        generation = sorted(p.name for p in ix.index_dir.glob("_MAIN_*.toc"))
        assert ix.refresh(entries) == RefreshStats(unchanged=10)
        assert sorted(p.name for p in ix.index_dir.glob("_MAIN_*.toc")) == generation
        assert keys(ix.search("author:berman")) == ["berman2000"]  # readers never block
        waits: list[float] = []
        impatient = SearchIndex(ix.library_path, cache_dir=ix.index_dir.parent.parent, lock_timeout=0.0,
                                sleep=waits.append)  # fmt: skip
        with pytest.raises(ConflictError) as info:
            impatient.refresh(entries[1:])
        assert info.value.message == "the search index is locked by another process"
    finally:
        lock.release()
    assert impatient.refresh(entries[1:]) == RefreshStats(removed=1, unchanged=9)


# --------------------------------------------------------------------------- two processes


def _worker(cache: str, rounds: int, queue: multiprocessing.Queue) -> None:  # type: ignore[type-arg]
    """Refresh with two alternating versions of the library and search in between."""
    try:
        ix = SearchIndex(Path(cache) / "refs.bib", cache_dir=Path(cache))
        base = seed_entries()
        edited = [_edited(e, note=f"round note {e.key}") for e in base]
        seen = []
        for i in range(rounds):
            ix.refresh(base if i % 2 else edited)
            seen.append(len(ix.search("ketamine", limit=50)))
        queue.put(("ok", seen))
    except BaseException as exc:  # report, don't hang the parent
        queue.put(("error", repr(exc)))


def test_two_processes_refreshing_and_searching_the_same_index(tmp_path: Path) -> None:
    ctx = multiprocessing.get_context("fork")
    queue = ctx.Queue()
    procs = [ctx.Process(target=_worker, args=(str(tmp_path), 12, queue)) for _ in range(2)]
    for p in procs:
        p.start()
    results = [queue.get(timeout=120) for _ in procs]
    for p in procs:
        p.join(timeout=30)
    assert results == [("ok", [10] * 12), ("ok", [10] * 12)]
    ix = SearchIndex(tmp_path / "refs.bib", cache_dir=tmp_path)
    stats = ix.refresh(seed_entries())
    assert stats.unchanged + stats.updated == 10 and not stats.added and not stats.removed
    assert ix.refresh(seed_entries()) == RefreshStats(unchanged=10)
    assert len(ix.search("ketamine", limit=50)) == 10
    assert ix.search("note:round") == []


def test_progress_is_reported_while_indexing(tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    ix = SearchIndex(tmp_path / "refs.bib", cache_dir=tmp_path, progress=lambda d, t: calls.append((d, t)))
    ix.refresh(corpus())
    assert calls == [(377, 377)]
    entries = seed_entries()
    entries[0] = _edited(entries[0], note="x")
    calls.clear()
    assert ix.refresh(entries) == RefreshStats(updated=1, removed=367, unchanged=9)
    assert calls == [(1, 1)]


def test_an_empty_library_has_an_empty_index(tmp_path: Path) -> None:
    ix = SearchIndex(tmp_path / "refs.bib", cache_dir=tmp_path)
    assert ix.refresh([]) == RefreshStats(rebuilt=True)
    assert ix.exists()
    assert ix.search("ketamine") == []
    assert ix.refresh(seed_entries()[:2]) == RefreshStats(added=2)
    assert keys(ix.search("ketamine")) == ["berman2000", "fond2014"]


def test_a_known_fingerprint_skips_hashing(seeds_index: tuple[SearchIndex, list[Entry]]) -> None:
    ix, entries = seeds_index
    bib = (Path(__file__).parent.parent.parent / "refs.bib").read_bytes()
    fingerprint = hashlib.sha256(bib).hexdigest()
    assert ix.refresh(entries, fingerprint=fingerprint) == RefreshStats(unchanged=10)
    assert _meta(ix)["fingerprint"] == fingerprint
    # the same fingerprint is trusted without looking at the entries at all
    assert ix.refresh([], fingerprint=fingerprint) == RefreshStats(unchanged=10)
    # a new fingerprint falls back to the content hashes
    entries[1] = _edited(entries[1], note="seen")
    assert ix.refresh(entries, fingerprint="other") == RefreshStats(updated=1, unchanged=9)
    assert _meta(ix)["fingerprint"] == "other"
    assert ix.refresh(entries) == RefreshStats(unchanged=10)  # no fingerprint: hashes decide
    assert _meta(ix)["fingerprint"] == "other"
    entries[1] = _edited(entries[1], note="seen twice")
    assert ix.refresh(entries) == RefreshStats(updated=1, unchanged=9)
    assert _meta(ix)["fingerprint"] == ""


def test_full_author_names_in_either_order(index: SearchIndex) -> None:
    assert keys(index.search('author:"Robert Berman"')) == ["berman2000"]
    assert keys(index.search('author:"Robert M. Berman"')) == ["berman2000"]
    assert keys(index.search('author:"Berman, Robert"')) == ["berman2000"]
    assert keys(index.search('author:"Christophe Lancon"')) == ["fond2014"]
    assert keys(index.search("author:Berman author:Robert")) == ["berman2000"]


def test_is_current_only_for_the_fingerprint_last_indexed(tmp_path: Path) -> None:
    idx = SearchIndex(tmp_path / "lib.bib", cache_dir=tmp_path / "cache")
    entries = seed_entries()
    assert idx.is_current("abc") is False  # no index yet
    idx.refresh(entries, fingerprint="abc")
    assert idx.is_current("abc") is True
    assert idx.is_current("def") is False and idx.is_current("") is False
    entries[0].set("note", "changed")
    idx.refresh(entries, fingerprint="def")
    assert idx.is_current("abc") is False and idx.is_current("def") is True


def test_hits_carry_the_retraction_flag(index: SearchIndex) -> None:
    hits = index.search("retracted:yes", limit=5)
    assert hits and all(h.retracted for h in hits)
    assert all(not h.retracted for h in index.search("retracted:no ketamine", limit=5))


def test_lone_dash_between_words_is_ignored(index: SearchIndex) -> None:
    assert keys(index.search("ketamine - suicidal")) == keys(index.search("ketamine suicidal"))
    assert keys(index.search("ketamine -")) == keys(index.search("ketamine"))
    assert keys(index.search("ketamine - suicidal"))


def test_key_and_doi_prefixes(index: SearchIndex) -> None:
    assert sorted(keys(index.search("key:zanos*"))) == ["zanos2018", "zanos2018mechanisms"]
    assert keys(index.search("doi:10.1038/mp*")) == ["zanos2018mechanisms"]


# --------------------------------------------------------------------------- following a library

_BERMAN_TITLE = "title = {Antidepressant effects of ketamine"


def _edit_title(bib: Path) -> None:
    text = bib.read_text(encoding="utf-8")
    assert _BERMAN_TITLE in text
    bib.write_text(text.replace(_BERMAN_TITLE, "title = {Antidepressant hydroxynorketamine effects of ketamine"))


def test_sync_follows_the_library(refs: Path, tmp_path: Path) -> None:
    ix = SearchIndex.for_library(refs, cache_dir=tmp_path / "cache")
    assert ix.index_dir == tmp_path / "cache" / "index" / library_slug(refs)
    lib = Library.load(refs)
    assert ix.sync(lib) == RefreshStats(added=10, rebuilt=True)
    assert ix.sync(lib) == RefreshStats(unchanged=10)
    assert ix.is_current(Library.fingerprint_of(refs))
    _edit_title(refs)
    assert not ix.is_current(Library.fingerprint_of(refs))
    assert ix.sync(Library.load(refs)) == RefreshStats(updated=1, unchanged=9)
    assert keys(ix.search("hydroxynorketamine")) == ["berman2000"]


def test_search_library_loads_the_library_only_when_it_changed(refs: Path, tmp_path: Path) -> None:
    loads: list[Path] = []

    def load() -> Library:
        loads.append(refs)
        return Library.load(refs)

    cache = tmp_path / "cache"
    zanos = ["zanos2018mechanisms", "zanos2018"]
    assert keys(search_library(refs, "author:zanos", load=load, cache_dir=cache)) == zanos
    assert keys(search_library(refs, "author:zanos", limit=1, load=load, cache_dir=cache)) == ["zanos2018mechanisms"]
    assert loads == [refs]  # the second search trusted the index: same bytes, no parse
    _edit_title(refs)
    with pytest.raises(QueryError):
        search_library(refs, "OR ketamine", load=load, cache_dir=cache)
    assert loads == [refs]  # a malformed query costs no load
    assert keys(search_library(refs, "hydroxynorketamine", load=load, cache_dir=cache)) == ["berman2000"]
    assert loads == [refs]  # one title edited by hand: only its piece of the file was parsed (store/pieces.py)
    with refs.open("a", encoding="utf-8") as handle:  # an @string may change how every entry reads: a load
        handle.write('\n@string{hnk = "hydroxynorketamine"}\n@article{added2024, title = hnk # { again}}\n')
    assert keys(search_library(refs, "hydroxynorketamine", load=load, cache_dir=cache)) == ["added2024", "berman2000"]
    assert loads == [refs, refs]
    refs.write_text(refs.read_text(encoding="utf-8").replace("hydroxynorketamine effects", "effects"), encoding="utf-8")
    assert keys(search_library(refs, "hydroxynorketamine", cache_dir=cache)) == ["added2024"]  # default loader


# --------------------------------------------------------------------------- the cache folder fails


def test_a_cache_dir_that_is_a_file_is_our_error(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    cache.write_text("")
    ix = SearchIndex(tmp_path / "refs.bib", cache_dir=cache)
    with pytest.raises(LibraryError) as info:
        ix.refresh(seed_entries())
    assert str(info.value) == (
        f"{ix.index_dir}: cannot update the search index: Not a directory (the index is a disposable cache under "
        f"{cache}: make that a writable folder, or set EVIDENCE_CACHE_DIR to one)"
    )
    assert not ix.exists() and not ix.is_current("abc") and len(ix) == 0
    with pytest.raises(LibraryError, match="cannot update the search index: Not a directory"):
        ix.rebuild(seed_entries())
    with pytest.raises(LibraryError) as info:
        ix.search("ketamine")
    assert info.value.message == "the library has no search index yet"


def test_a_lock_file_that_cannot_be_opened_is_our_error(seeds_index: tuple[SearchIndex, list[Entry]]) -> None:
    ix, entries = seeds_index
    (ix.index_dir / "MAIN_WRITELOCK").unlink(missing_ok=True)
    (ix.index_dir / "MAIN_WRITELOCK").mkdir()  # root-proof stand-in for an unwritable folder
    assert ix.refresh(entries) == RefreshStats(unchanged=10)  # no change: no lock needed
    with pytest.raises(LibraryError) as info:
        ix.refresh(entries[1:])
    assert info.value.message == "cannot update the search index: Is a directory"
    assert info.value.path == ix.index_dir
    assert keys(ix.search("author:berman")) == ["berman2000"]  # the old generation is intact


def test_a_trusted_stat_skips_reading_the_library(refs: Path, tmp_path: Path) -> None:
    """A fresh search trusts the file's stat only when it was recorded well after the file's last
    write (a same-size edit within one timestamp tick would otherwise go unseen)."""
    cache = tmp_path / "cache"
    ix = SearchIndex.for_library(refs, cache_dir=cache)
    old = time.time_ns() - 10_000_000_000
    os.utime(refs, ns=(old, old))
    lib = Library.load(refs)
    assert lib.stat is not None and lib.stat[:5] == stat_key(refs)
    ix.sync(lib)
    st = stat_key(refs)
    assert st is not None
    # ctime is the time of our utime call, so just now: not trusted yet
    assert not ix.is_current_by_stat(st)
    ix.remember_stat((*st, st[2] + 3_000_000_000), lib.fingerprint())
    assert ix.is_current_by_stat(st)
    assert not ix.is_current_by_stat((st[0] + 1, *st[1:]))
    ix.remember_stat((*st, st[2] + 1_000_000_000), lib.fingerprint())  # racy: not recorded
    assert ix.is_current_by_stat(st)
    ix.remember_stat((*st, st[2] + 3_000_000_000), "another fingerprint")  # not what the index holds
    assert _meta(ix)["stat"] == [*st, st[2] + 3_000_000_000]
    _edit_title(refs)
    assert not ix.is_current_by_stat(stat_key(refs))
    assert keys(search_library(refs, "hydroxynorketamine", cache_dir=cache)) == ["berman2000"]


def test_a_stat_is_recorded_only_with_the_bytes_it_belongs_to(refs: Path, tmp_path: Path) -> None:
    ix = SearchIndex.for_library(refs, cache_dir=tmp_path / "cache")
    old = time.time_ns() - 10_000_000_000
    os.utime(refs, ns=(old, old))
    lib = Library.load(refs)
    ix.sync(lib)
    assert _meta(ix)["stat"] == list(lib.stat or ())
    entries = lib.entries
    entries[0] = _edited(entries[0], note="elsewhere")
    ix.refresh(entries, fingerprint="other bytes")  # the same index object, other content
    assert _meta(ix)["stat"] == [] and _meta(ix)["fingerprint"] == "other bytes"


def test_a_large_first_build_in_two_processes_indexes_what_one_process_does(tmp_path: Path) -> None:
    entries = [Entry(f"{e.key}-{n}", e.type, dict(e.fields)) for n in range(14) for e in corpus()]
    assert len(entries) >= 5000  # (from there a first build uses two helper processes)
    parallel = SearchIndex(tmp_path / "a.bib", cache_dir=tmp_path / "a")
    assert parallel.rebuild(entries) == RefreshStats(added=len(entries), rebuilt=True)
    ix = parallel._open_reader_index()
    assert ix.doc_count() == len(entries) and len(ix._segments()) == 2
    serial = SearchIndex(tmp_path / "b.bib", cache_dir=tmp_path / "b")
    serial.rebuild(entries[:4999])  # (one process), then the rest as an update
    assert serial.refresh(entries) == RefreshStats(added=len(entries) - 4999, unchanged=4999)
    for query in ["ketamine depression", "suicid*", "author:zarate", "year:2010-2015 trial", '"major depressive"']:
        # every hit (the 14 copies tie: which of them make a top 20 depends on the order of documents)
        hits = [(h.key, round(h.score, 4), h.snippet) for h in parallel.search(query, limit=len(entries))]
        assert hits == [(h.key, round(h.score, 4), h.snippet) for h in serial.search(query, limit=len(entries))]
        assert len(hits) >= 14, query


def test_hand_edits_followed_by_pieces_search_as_whole_loads_do(refs: Path, tmp_path: Path) -> None:
    loads: list[Path] = []

    def load() -> Library:
        loads.append(refs)
        return Library.load(refs)

    cache = tmp_path / "cache"
    search_library(refs, "ketamine", load=load, cache_dir=cache)
    synced = SearchIndex(refs, cache_dir=tmp_path / "synced")  # (kept by whole loads: deleted documents
    synced.sync(Library.load(refs))  # stay in Whoosh's statistics until a merge, so compare like with like)
    text = refs.read_text(encoding="utf-8")
    blocks = text.split("\n@")
    edits = [
        "\n@".join(blocks[:3] + blocks[4:]),  # an entry deleted
        "\n@".join(blocks[:3] + blocks[4:]) + "\n@article{added2024,\n  title = {Ketamine again},\n}\n",
        text.replace(_BERMAN_TITLE, "title = {Ketamine hydroxynorketamine"),  # back, and a title edited
    ]
    for n, edited in enumerate(edits):
        refs.write_text(edited, encoding="utf-8")
        synced.sync(Library.load(refs))
        for query in ["ketamine", "hydroxynorketamine", "author:zarate", "year:2000-2020"]:
            assert [(h.key, round(h.score, 4), h.snippet) for h in search_library(refs, query, load=load,
                                                                                 cache_dir=cache)] == \
                [(h.key, round(h.score, 4), h.snippet) for h in synced.search(query)], (n, query)
    assert loads == [refs]  # every edit was followed by the file's pieces


def test_an_unreadable_index_after_a_hand_edit_is_rebuilt_from_a_load(refs: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    assert keys(search_library(refs, "hydroxynorketamine", cache_dir=cache)) == []
    ix = SearchIndex.for_library(refs, cache_dir=cache)
    for segment_file in ix.index_dir.glob("*.trm"):
        segment_file.write_bytes(b"damaged")
    _edit_title(refs)
    assert keys(search_library(refs, "hydroxynorketamine", cache_dir=cache)) == ["berman2000"]
    assert len(keys(search_library(refs, "ketamine", cache_dir=cache))) == 10
