"""The parse cache gives exactly what a whole parse gives, on every hard fixture and after edits."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from evidence.errors import EntryError, LibraryError
from evidence.model import Entry
from evidence.store import bibfile, bibtex_view, parsecache
from evidence.store.library import Library

FIXTURES = Path(__file__).parent.parent / "fixtures" / "bibtex"
ALL_BIB = sorted(p.name for p in FIXTURES.glob("*.bib"))


def snapshot(parsed: bibfile.ParsedFile) -> tuple:
    text = parsed.decoded.text  # (a layout is worked out when first needed: compare those an edit would use)
    spans = [(s.kind, s.start, s.end, s.line, s.key, s.live, s.raw_fields, s.field_names, s.entry_type,
              bibfile.style_of(text, s) if s.kind == "entry" and s.live else None) for s in parsed.spans]
    entries = [(e.key, e.type, e.fields, e.line) for e in parsed.entries]
    return spans, entries, parsed.problems, parsed.strings, parsed.prefix_end, parsed.default_style


@pytest.mark.parametrize("name", ALL_BIB)
def test_cached_parse_equals_whole_parse(name: str) -> None:
    decoded = bibfile.decode((FIXTURES / name).read_bytes())
    whole = snapshot(bibfile.parse(decoded))
    cache: dict[str, object] = {}
    assert snapshot(parsecache.parse_cached(decoded, cache)) == whole  # cold: fills the cache
    assert snapshot(parsecache.parse_cached(decoded, cache)) == whole  # warm: no bibtexparser at all


@pytest.mark.parametrize("name", ["pybtex_xampl.bib", "truncated_jabref_complex.bib", "jabref_complex.bib",
                                  "biber_examples_biblatex.bib", "bbt_crlf_jabref_1730.bib"])
def test_after_an_edit_only_changed_chunks_are_parsed_and_the_result_is_the_same(name: str) -> None:
    text = bibfile.decode((FIXTURES / name).read_bytes()).text
    cache: dict[str, object] = {}
    parsecache.parse_cached(bibfile.Decoded(text, "utf-8", b"", "\n", False), cache)
    assert len(cache) == len(bibfile._chunks(text))  # every chunk cached
    starts = bibfile._chunks(text)
    cut = starts[len(starts) // 2]
    edited = text[:cut] + "@misc{inserted2024,\n  title = {A new {NMDA} entry},\n  year = 2024,\n}\n\n" + text[cut:]
    decoded = bibfile.Decoded(edited, "utf-8", b"", "\n", False)
    cached_keys = set(cache)
    result = snapshot(parsecache.parse_cached(decoded, cache))
    assert result == snapshot(bibfile.parse(decoded))
    assert len(set(cache) - cached_keys) <= 3  # the new chunk (and the one edited), not the file


def test_string_change_invalidates_every_chunk() -> None:
    text = (FIXTURES / "bibtexparser_article_with_strings.bib").read_bytes().decode("utf-8")
    cache: dict[str, object] = {}
    parsecache.parse_cached(bibfile.Decoded(text, "utf-8", b"", "\n", False), cache)
    changed = text.replace('"Nice Journal"', '"Nicer Journal"')
    decoded = bibfile.Decoded(changed, "utf-8", b"", "\n", False)
    parsed = parsecache.parse_cached(decoded, cache)
    assert snapshot(parsed) == snapshot(bibfile.parse(decoded))
    assert parsed.entries[0].get("journal") == "Nicer Journal"


def test_identical_chunks_in_different_contexts() -> None:
    """A file pasted twice: the second copies are duplicates, but their chunks have the same text."""
    text = (FIXTURES / "bibtexparser_article_with_strings.bib").read_bytes().decode("utf-8")
    doubled = text + "\n" + text.replace("Cesar2013", "Cesar2013x")
    decoded = bibfile.Decoded(doubled, "utf-8", b"", "\n", False)
    cache: dict[str, object] = {}
    whole = snapshot(bibfile.parse(decoded))
    assert snapshot(parsecache.parse_cached(decoded, cache)) == whole
    assert snapshot(parsecache.parse_cached(decoded, cache)) == whole


def test_files_with_blocks_across_chunks_are_never_cached() -> None:
    decoded = bibfile.decode((FIXTURES / "pybtex_at_and_entries_inside_values.bib").read_bytes())
    cache: dict[str, object] = {}
    assert snapshot(parsecache.parse_cached(decoded, cache)) == snapshot(bibfile.parse(decoded))
    assert cache == {}


# ----- the visible entries are the ones BibTeX 0.99 reads ------------------------------------
# Expected keys are BibTeX's own answer (tests/store/test_bibtex_compat.py asks the real binary);
# these files all showed other keys before (issue 14, item 8).
BIBTEX_READS = {
    "biber_names_corporate.bib": [
        "L1", "L1id", "L2", "L3", "L4", "L5", "L6", "L7", "L8", "L9", "L10", "L10a", "L11", "L12", "L13", "L14", "L15",
        "L16", "L17", "L18", "L19", "L19a", "L20", "L21", "L22", "L23", "L24", "L25", "L26", "L27", "L28", "L29",
        "L30", "L31", "V1", "V2", "upa1", "upa2", "upa3", "upa4"],
    "biber_xdata.bib": [
        "macmillan:pub", "macmillan:loc", "macmillan", "xd1", "xd2", "xd3", "loop:1", "loop:2", "loop:3", "loop",
        "gxd1", "gxd1g", "gxd2", "gxd3", "gxd4", "lxd1", "lxd1:loop", "lxd2:loop", "lxd3:loop", "lxd4:loop",
        "notes", "auths", "nloc", "loc", "pub", "xdann1"],
    "bibtextidy_complex_torture.bib": ["Smith2009", "IP:1990", "py03", "steward03", "fd{", "sweig42", "thing_a", "4"],
    "bibtextidy_invalid_keys.bib": ["invalid{", "invalid$", "invalid%", "invalid#", "invalid~", "in"],
    "bibtextidy_strange_keys.bib": ['strange(key)=(has_odd-characters?:*£"!<>/', "title={An"],
    "bibtextidy_syntax_errors.bib": ["foobar", "foo{bar", "="],
    "pybtex_at_and_entries_inside_values.bib": ["Me2010", "Me2009", "Me2011"],
    "truncated_jabref_complex.bib": [
        "deBraga2001", "1102917", "1137631", "1132768", "1137628", "1373163", "820136", "1098730", "1143122",
        "1233448"],
    "jabref_windows1252_no_key.bib": [""],
    "bibtextidy_unbalanced_braces.bib": ["foo"],
}


@pytest.mark.parametrize("name", sorted(BIBTEX_READS))
def test_visible_keys_are_the_ones_bibtex_reads(name: str) -> None:
    data = (FIXTURES / name).read_bytes()
    lib = Library.load(FIXTURES / name)
    assert [e.key for e in lib.entries] == BIBTEX_READS[name]
    assert lib.render().encode(lib.encoding) == data[len(lib._parsed.decoded.bom):]  # still byte-for-byte


def test_unclosed_brace_hides_the_rest_of_the_file_as_for_bibtex(tmp_path: Path) -> None:
    """`Thi\\{'ebaux`: BibTeX counts the escaped brace, so the value runs to the end of the file."""
    path = tmp_path / "paren.bib"
    shutil.copyfile(FIXTURES / "bbt_large_paren_library_873.bib", path)
    lib = Library.load(path)
    keys = [e.key for e in lib.entries]
    assert (len(keys), keys[-1], "Wellman:WALRAS" in lib) == (667, "Thiebaux:93", False)
    runaway = [p for p in lib.problems if p.kind == "parse-error"]
    assert [(p.line, p.message) for p in runaway] == [(6523, (
        "entry 'Thiebaux:93' at line 6523 never ends: a '{' or '\"' in it is not closed (BibTeX counts \\{ too), "
        "so BibTeX reads the rest of the file into it (lines 6523-10364, 308 more entries hidden); kept verbatim"))]
    last = lib._parsed.spans[-1]
    assert (last.kind, last.line, last.end) == ("failed", 6523, len(lib._parsed.decoded.text))
    lib.add(Entry("new2024", "misc", {"title": "New"}, 0))
    with pytest.raises(LibraryError, match="cannot append after the unterminated block at line 6523"):
        lib.save(force=True)  # BibTeX would read the new entry as part of that value
    assert path.read_bytes() == (FIXTURES / "bbt_large_paren_library_873.bib").read_bytes()


def test_unbalanced_comment_hides_nothing(tmp_path: Path) -> None:
    """BibTeX ends `@comment` after the word: its braces mean nothing, later entries are read."""
    path = tmp_path / "c.bib"
    path.write_bytes(b"@comment{ never closed\n\n@article{a1, title={One}}\n%@book{b2, title={Two}}\n"
                     b"@misc{c3, note = \"x\n@article{hidden, title={In a value}}\n\"}\n")
    lib = Library.load(path)
    assert [(e.key, e.fields) for e in lib.entries] == [
        ("a1", {"title": "One"}), ("b2", {"title": "Two"}),
        ("c3", {"note": "x\n@article{hidden, title={In a value}}\n"})]
    # reported: biber and btparse would hide a1 and c3 in the comment, and b2 behind the %
    assert [(p.kind, p.line, p.key) for p in lib.problems] == [
        ("parse-error", 1, None), ("commented-entry", 3, "a1"), ("commented-entry", 4, "b2"),
        ("parse-error", 5, None), ("commented-entry", 5, "c3"), ("commented-entry", 6, "hidden")]
    assert lib.render() == path.read_text()


def test_entry_only_bibtex_reads_is_shown_but_frozen() -> None:
    lib = Library.load(FIXTURES / "bibtextidy_invalid_keys.bib")
    entry = lib.get("in")  # `@ARTICLE {in valid,`: the key ends at the blank, then BibTeX stops
    assert (entry.type, entry.fields, entry.line) == ("article", {}, 16)
    assert [(p.kind, p.line, p.key) for p in lib.problems if p.line == 16] == [
        ("bibtex-error", 16, "in"), ("commented-entry", 16, "in valid")]
    with pytest.raises(EntryError, match="cannot be edited"):
        lib.update(Entry("in", "article", {"title": "Foo"}, 16))


@pytest.mark.parametrize(("text", "keys"), [
    # (BibTeX's answers) it stops once the last line is read: later items on that line are ignored
    ("@misc{x}\n@misc{y} @misc{z}\n", ["x", "y"]),
    ("@misc{x}\n@misc{y} @misc{z}\n\n", ["x", "y", "z"]),
    ("@misc{y} @misc{z}\r\n", ["y", "z"]),  # CR and LF each end a line: the last line is empty
    ("@misc{x, title = {a} oops @misc{y}}\n@misc{z}\n", ["x", "y", "z"]),  # after an error: the next @
    ("@misc{x}\n@misc{X, title = {again}}\n@misc{y}\n", ["x", "y"]),  # keys compare case-insensitively
    ("@article(k1) = x, title = {A})\n", ["k1)"]),  # in ( ) a key ends at a comma or a blank only
    ("@comment{@misc{c1}}\n@string{s = {a}}\n", ["c1"]),
])
def test_bibtex_reading_rules(text: str, keys: list[str]) -> None:
    assert [e.key for e in bibtex_view.read(text).visible()] == keys


def test_entry_bibtex_ignores_on_the_last_line_is_an_error_and_blocks_appends(tmp_path: Path) -> None:
    """BibTeX stops once it is on the last line: `half` misses its `}`, the error is on the last
    line, and the one-line entry there is never read (with an empty line after it, it is)."""
    path = tmp_path / "last.bib"
    text = "@article{half,\n  title = {Open}\n\n@article{ok2020, title = {Fine}, year = 2020}\n"
    path.write_text(text)
    lib = Library.load(path)
    assert [e.key for e in lib.entries] == ["half"]
    assert [(p.kind, p.line, p.key) for p in lib.problems] == [
        ("parse-error", 1, None), ("bibtex-error", 4, "half"), ("parse-error", 4, "ok2020")]
    lib.add(Entry("new2024", "misc", {"title": "New"}, 0))
    with pytest.raises(LibraryError, match="cannot append after the unterminated block at line 4"):
        lib.save(force=True)  # appending would make BibTeX read ok2020: nothing is written
    assert path.read_text() == text
    path.write_text(text + "\n")
    assert [e.key for e in Library.load(path).entries] == ["half", "ok2020"]
