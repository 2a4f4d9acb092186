"""The library's parse snapshot gives exactly what a whole parse gives, after any sequence of hand edits."""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

import pytest

from evidence.store import bibfile, bibtex_view
from evidence.store.library import Library
from evidence.store.parsecache import ParseCache

FIXTURES = Path(__file__).parent.parent / "fixtures" / "bibtex"
ALL_BIB = sorted(p.name for p in FIXTURES.glob("*.bib"))
REAL = "bbt_large_paren_library_873.bib"  # a real 1,000-entry library


def snapshot(parsed: bibfile.ParsedFile) -> tuple[object, ...]:
    text = parsed.decoded.text  # (a layout is worked out when first needed: compare those an edit would use)
    spans = [(s.kind, s.start, s.end, s.line, s.key, s.live, s.raw_fields, s.field_names, s.entry_type,
              bibfile.style_of(text, s) if s.kind == "entry" and s.live else None) for s in parsed.spans]
    entries = [(e.key, e.type, e.fields, e.line) for e in parsed.entries]
    return spans, entries, parsed.problems, parsed.strings, parsed.prefix_end, parsed.default_style


def decoded(text: str) -> bibfile.Decoded:
    return bibfile.Decoded(text, "utf-8", b"", "\n", False)


def _line_starts(text: str) -> list[int]:
    return [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]


def _inside_value(text: str, rng: random.Random) -> int:
    """An offset just after the opening brace of a random field value (or anywhere if none)."""
    opens = [i + 1 for i in range(len(text) - 1) if text[i] == "{" and text[max(0, i - 3):i].strip().endswith("=")]
    return rng.choice(opens) if opens else rng.randrange(len(text) + 1)


def _edits(rng: random.Random) -> list[Callable[[str], str]]:
    def at_line(insert: str) -> Callable[[str], str]:
        def edit(text: str) -> str:
            cut = rng.choice(_line_starts(text))
            return text[:cut] + insert + text[cut:]
        return edit

    def in_value(insert: str) -> Callable[[str], str]:
        def edit(text: str) -> str:
            cut = _inside_value(text, rng)
            return text[:cut] + insert + text[cut:]
        return edit

    def delete_lines(text: str) -> str:
        starts = _line_starts(text)
        a = rng.randrange(len(starts))
        b = min(len(starts) - 1, a + rng.randrange(1, 6))
        return text[:starts[a]] + text[starts[b]:] if b > a else text

    def retitle(text: str) -> str:
        i = text.lower().find("title", rng.randrange(len(text) + 1))
        return text if i < 0 else text[:i] + "title = {Edited by hand},\n  old" + text[i:]

    def duplicate_block(text: str) -> str:
        starts = [i + 1 for i in range(len(text) - 1) if text[i] == "\n" and text[i + 1] == "@"]
        if len(starts) < 2:
            return text
        k = rng.randrange(len(starts) - 1)
        return text + "\n" + text[starts[k]:starts[k + 1]]

    def change_string(text: str) -> str:
        i = text.lower().find("@string")
        j = text.find("\"", i) if i >= 0 else -1
        return text if j < 0 else text[:j + 1] + "Edited " + text[j + 1:]

    return [
        at_line(f"@misc{{new{rng.randrange(10**6)},\n  title = {{A new {{NMDA}} entry}},\n  year = 2024,\n}}\n\n"),
        in_value("\n@ home and away\n"),  # a line starting with @ inside a value: BibTeX reads on
        in_value("\n@misc{inner, title = {x}} and more\n"),  # one that bibtexparser restarts at
        at_line("% @article{hidden, title = {x}}\n"),
        at_line(f"@article{{half{rng.randrange(10**6)}\n"),  # a head line alone: its failed block shares its last @
        at_line("@comment{ unclosed {\n"),
        at_line("@string{newmacro = \"Macro\"}\n"),
        in_value("\u00e9\u00e8 \u4e2d\u6587 "),
        in_value("}"),  # unbalanced: the block fails
        delete_lines,
        retitle,
        duplicate_block,
        change_string,
    ]


@pytest.mark.parametrize("name", ALL_BIB)
def test_snapshot_equals_whole_parse_on_every_fixture(name: str, tmp_path: Path) -> None:
    dec = bibfile.decode((FIXTURES / name).read_bytes())
    whole = snapshot(bibfile.parse(dec))
    cache = ParseCache(tmp_path / "snap")
    assert snapshot(cache.parse(dec)) == whole  # cold: writes the snapshot
    assert cache.path.exists()
    assert snapshot(cache.parse(dec)) == whole  # warm: one read, no parsing


@pytest.mark.parametrize("name", [REAL, "jabref_complex.bib", "biber_examples_biblatex.bib", "pybtex_xampl.bib",
                                  "bibtexparser_article_with_strings.bib", "bibtextidy_complex_torture.bib",
                                  "pybtex_at_and_entries_inside_values.bib", "bbt_crlf_jabref_1730.bib"])
@pytest.mark.parametrize("seed", range(4))
def test_random_hand_edits_read_as_a_whole_parse_reads_them(name: str, seed: int, tmp_path: Path) -> None:
    rng = random.Random(f"{name}:{seed}")
    text = bibfile.decode((FIXTURES / name).read_bytes()).text
    cache = ParseCache(tmp_path / "snap")
    cache.parse(decoded(text))
    edits = _edits(rng)
    for step in range(6):
        edit = rng.choice(edits)
        text = edit(text)
        dec = decoded(text)
        assert snapshot(cache.parse(dec)) == snapshot(bibfile.parse(dec)), f"step {step}: {edit.__qualname__}"


def test_an_at_line_inside_a_value_never_hides_an_entry(tmp_path: Path) -> None:
    text = bibfile.decode((FIXTURES / REAL).read_bytes()).text
    cache = ParseCache(tmp_path / "snap")
    cache.parse(decoded(text))
    marker = text.index("title", len(text) // 2)
    brace = text.index("{", marker) + 1
    for inner in ["\n@ home and away\n", "\n@misc{inner, title = {x}} and more\n"]:
        edited = text[:brace] + inner + text[brace:]
        whole = bibfile.parse(decoded(edited))
        cached = cache.parse(decoded(edited))
        assert [e.key for e in cached.entries] == [e.key for e in whole.entries]
        assert snapshot(cached) == snapshot(whole)


def test_after_one_edit_only_the_changed_chunk_is_parsed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = bibfile.decode((FIXTURES / REAL).read_bytes()).text
    cache = ParseCache(tmp_path / "snap")
    cache.parse(decoded(text))
    parsed: list[str] = []
    real_local_items = bibfile._local_items

    def counting(chunk: str, strings: dict[str, str] | None = None) -> list[bibfile._Item]:
        parsed.append(chunk)
        return real_local_items(chunk, strings)

    monkeypatch.setattr(bibfile, "_local_items", counting)
    i = text.index("title", len(text) // 2)
    edited = text[:i] + "title = {Edited by hand},\n  old" + text[i:]
    result = cache.parse(decoded(edited))
    assert len(parsed) == 1 and "Edited by hand" in parsed[0] and len(parsed[0]) < 5000
    monkeypatch.setattr(bibfile, "_local_items", real_local_items)
    assert snapshot(result) == snapshot(bibfile.parse(decoded(edited)))


@pytest.mark.parametrize("name", ["biber_examples_biblatex.bib", "bibtextidy_complex_torture.bib",
                                  "bibtextidy_syntax_errors.bib", "pybtex_at_and_entries_inside_values.bib"])
def test_an_unchanged_file_is_not_read_by_bibtex_again(name: str, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    # (these files have duplicate keys, commented-out entries and entries only BibTeX reads)
    dec = bibfile.decode((FIXTURES / name).read_bytes())
    whole = snapshot(bibfile.parse(dec))
    cache = ParseCache(tmp_path / "snap")
    cache.parse(dec)
    reads: list[int] = []
    real_read = bibtex_view.read

    def counting(text: str) -> bibtex_view.BibtexView:
        reads.append(len(text))
        return real_read(text)

    monkeypatch.setattr(bibtex_view, "read", counting)
    assert snapshot(cache.parse(dec)) == whole
    assert reads == []
    monkeypatch.setattr(bibtex_view, "read", real_read)
    edited = decoded(dec.text + "\n@misc{added-by-hand, title = {New}}\n")
    assert snapshot(cache.parse(edited)) == snapshot(bibfile.parse(edited))  # (the snapshot's items are unfinished)


def test_a_damaged_or_foreign_snapshot_is_a_cold_parse(tmp_path: Path) -> None:
    dec = bibfile.decode((FIXTURES / "jabref_complex.bib").read_bytes())
    whole = snapshot(bibfile.parse(dec))
    cache = ParseCache(tmp_path / "snap")
    cache.parse(dec)
    cache.path.write_bytes(b"garbage")
    assert snapshot(cache.parse(dec)) == whole
    cache.path.write_bytes(cache.path.read_bytes()[:100])  # truncated
    assert snapshot(cache.parse(dec)) == whole


def test_library_edit_save_and_hand_edit_through_the_snapshot(tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    import evidence.store.library as library_module

    monkeypatch.setattr(library_module, "PARSE_CACHE_MIN_BYTES", 0)
    path = tmp_path / "refs.bib"
    path.write_bytes((FIXTURES / REAL).read_bytes())
    cache_dir = tmp_path / "cache"
    lib = Library.load(path, cache_dir=cache_dir)
    assert [p.name for p in (cache_dir / "parse").iterdir()] == [f"{cache.name}" for cache in
                                                                  (cache_dir / "parse").glob("*.pickle")]
    entry = lib.entries[500]
    entry.set("note", "cached edit")
    assert lib.save(force=True).changed == [entry.key]
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("cached edit", "hand edit"), encoding="utf-8")
    again = Library.load(path, cache_dir=cache_dir)
    whole = Library.load(path)
    assert [(e.key, e.fields, e.line) for e in again] == [(e.key, e.fields, e.line) for e in whole]
    assert again.get(entry.key).get("note") == "hand edit"
    assert [(p.kind, p.line) for p in again.problems] == [(p.kind, p.line) for p in whole.problems]


@pytest.mark.parametrize("name", ["jabref_utf16le_bom.bib", "bibtexparser_article_start_with_bom.bib",
                                  "biber_encoding1_latin9.bib", "bbt_crlf_jabref_1730.bib", REAL])
def test_cached_library_loads_equal_plain_ones_in_every_encoding(name: str, tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    import evidence.store.library as library_module

    monkeypatch.setattr(library_module, "PARSE_CACHE_MIN_BYTES", 0)
    path = tmp_path / name
    path.write_bytes((FIXTURES / name).read_bytes())
    plain = Library.load(path)
    for _ in range(2):  # cold, then from the snapshot
        cached = Library.load(path, cache_dir=tmp_path / "cache")
        assert snapshot(cached._parsed) == snapshot(plain._parsed)
        assert cached.render() == plain.render()


def test_content_hashes_from_the_snapshot_equal_fresh_ones(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import evidence.store.library as library_module
    from evidence.model import content_hash

    monkeypatch.setattr(library_module, "PARSE_CACHE_MIN_BYTES", 0)
    path = tmp_path / "refs.bib"
    path.write_bytes((FIXTURES / REAL).read_bytes())
    Library.load(path, cache_dir=tmp_path / "cache")  # writes the snapshot, with hashes
    text = path.read_text(encoding="utf-8")
    i = text.index("title", len(text) // 2)
    path.write_text(text[:i] + "title = {Edited by hand},\n  old" + text[i:], encoding="utf-8")
    lib = Library.load(path, cache_dir=tmp_path / "cache")
    assert sum("_content_hash" in e.__dict__ for e in lib) == len(lib) - 1  # all but the edited one
    assert lib.content_hashes() == {e.key: content_hash(e) for e in lib}
    entry = lib.entries[10]
    entry.fields["note"] = "changed in place"  # (no set(): the cached hash must still not be trusted)
    assert lib.content_hashes()[entry.key] == content_hash(entry)
    assert lib.content_hashes() == {e.key: content_hash(e) for e in lib}
