"""The library store never damages a .bib: tested on 40 real hard files, as bytes."""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from evidence.errors import ConflictError, EntryError, LibraryError, LibraryParseError
from evidence.model import Entry
from evidence.store.backups import Backups
from evidence.store.library import Library

FIXTURES = Path(__file__).parent.parent / "fixtures" / "bibtex"
ALL_BIB = sorted(p.name for p in FIXTURES.glob("*.bib") if not p.name.startswith("notbib"))


def copy(tmp_path: Path, name: str) -> Path:
    target = tmp_path / name
    shutil.copyfile(FIXTURES / name, target)
    return target


def test_fixture_corpus_is_intact() -> None:
    sums = {}
    for line in (FIXTURES / "SHA256SUMS").read_text().splitlines():
        digest, name = line.split(maxsplit=1)
        sums[name.lstrip("*")] = digest
    assert len(ALL_BIB) == 39
    for name in ALL_BIB:
        assert hashlib.sha256((FIXTURES / name).read_bytes()).hexdigest() == sums[name], name


@pytest.mark.parametrize("name", ALL_BIB)
def test_load_render_is_byte_identical(name: str, tmp_path: Path) -> None:
    path = copy(tmp_path, name)
    original = path.read_bytes()
    for _ in range(3):
        lib = Library.load(path, encoding=None)
        rendered = lib._parsed.decoded.bom + lib.render().encode(lib.encoding)
        assert rendered == original
        assert lib.read_only_reason is None  # (every fixture's encoding is known: none is read-only)
        assert lib.save(force=True).written is False
    assert path.read_bytes() == original


@pytest.mark.parametrize("name", ALL_BIB)
def test_editing_one_field_changes_only_that_entry(name: str, tmp_path: Path) -> None:
    path = copy(tmp_path, name)
    original = path.read_bytes()
    lib = Library.load(path)
    candidates = [e for e in lib.entries if lib._originals.get(e.key.casefold())]
    if not candidates or lib.read_only_reason:
        pytest.skip("no editable entry (or encoding needs confirming)")
    entry = candidates[len(candidates) // 2]
    span = lib._originals[entry.key.casefold()].span
    entry.set("note", "checked by evidence")
    lib.save(force=True)
    data = path.read_bytes()
    enc, bom = lib.encoding, lib._parsed.decoded.bom
    text = original[len(bom):].decode(enc)
    before, after = text[: span.start].encode(enc), text[span.end :].encode(enc)
    assert data.startswith(bom + before)
    assert data.endswith(after)
    middle = data[len(bom + before) : len(data) - len(after)].decode(enc)
    assert "note" in middle.lower() and "checked by evidence" in middle
    reloaded = Library.load(path)
    assert len(reloaded) == len(Library.load(tmp_path.parent / tmp_path.name / name)) == len(lib)
    assert reloaded.get(entry.key).get("note") == "checked by evidence"
    assert Backups.of(path).list()[0].path.read_bytes() == original
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]  # no .bak, .lock or temp file beside it


def test_problems_are_reported_with_lines() -> None:
    lib = Library.load(FIXTURES / "bibtextidy_complex_torture.bib")
    found = [(p.kind, p.line, p.key) for p in lib.problems]
    assert ("parse-error", 26, None) in found
    assert ("commented-entry", 27, "steward03") in found
    assert ("duplicate-key", 87, "Smith2009") in found
    # BibTeX ends a comment after the word `@comment`: it reads the steward03 inside it (line 27)
    # first, so the one at line 112 is the duplicate
    assert lib.get("steward03").line == 27
    assert ("duplicate-key", 112, "steward03") in found
    lib = Library.load(FIXTURES / "truncated_jabref_complex.bib")
    assert [(p.kind, p.line) for p in lib.problems] == [("parse-error", 138)]
    assert len(lib) == 10  # BibTeX reads the truncated last entry, up to the end of the file


def test_duplicates_and_commented_entries() -> None:
    lib = Library.load(FIXTURES / "bbt_large_paren_library_873.bib")
    kinds = [p.kind for p in lib.problems]
    assert kinds.count("duplicate-key") == 13  # the 14th is inside the runaway value below
    assert len(lib) == 667  # BibTeX reads lines 6523-10364 as one value: `Thi\{'ebaux` opens a brace
    names = Library.load(FIXTURES / "biber_names_corporate.bib")
    assert "L27" in names  # `%@BOOK{L27,`: % is no comment outside entries, BibTeX reads it
    assert [p.line for p in names.problems if p.kind == "commented-entry"] == [118, 123]
    fields = Library.load(FIXTURES / "pybtex_duplicate_field_case.bib")
    assert [p.kind for p in fields.problems] == ["duplicate-field", "duplicate-field"]


def test_comment_inside_entry_does_not_hide_the_field() -> None:
    lib = Library.load(FIXTURES / "pybtex_percent_inside_entry.bib")
    assert lib.get("Me2011").get("title") != ""
    assert [p.kind for p in lib.problems] == ["comment-in-entry", "comment-in-entry"]


def test_write_refused_while_problems_exist_and_file_untouched(tmp_path: Path) -> None:
    path = copy(tmp_path, "bibtextidy_syntax_errors.bib")
    original = path.read_bytes()
    lib = Library.load(path)
    lib.entries[0].set("note", "x")
    with pytest.raises(LibraryParseError) as info:
        lib.save()
    assert info.value.line == lib.problems[0].line
    assert "refusing to write" in str(info.value)
    assert path.read_bytes() == original


def test_not_bibtex_is_refused() -> None:
    with pytest.raises(LibraryError, match="does not look like a BibTeX file"):
        Library.load(FIXTURES / "notbib_jabref_ris_corrupted.bib")


def test_binary_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "x.bib"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(LibraryError, match="binary"):
        Library.load(path)


def test_emacs_coding_header_names_the_encoding(tmp_path: Path) -> None:
    lib = Library.load(copy(tmp_path, "biber_encoding1_latin9.bib"))  # "-*- coding: latin-9-unix -*-"
    assert (lib.encoding, lib.read_only_reason) == ("iso8859-15", None)
    assert [e.key for e in lib] == ["testŠ"] and lib.entries[0].title == "Šome title"


def test_guessed_encoding_is_read_only_until_confirmed(tmp_path: Path) -> None:
    path = copy(tmp_path, "biber_encoding1_latin9.bib")
    path.write_bytes(path.read_bytes().split(b"\n", 1)[1])  # without its coding header
    original = path.read_bytes()
    lib = Library.load(path)
    lib.entries[0].set("note", "x")
    with pytest.raises(LibraryError, match="encoding guessed"):
        lib.save()
    assert path.read_bytes() == original
    lib = Library.load(path, encoding="latin-9")
    lib.entries[0].set("note", "Žluť")  # ť is not in latin-9
    with pytest.raises(LibraryError, match="cannot be written in this file's encoding"):
        lib.save()
    assert path.read_bytes() == original
    lib.entries[0].set("note", "Žž€")
    lib.save()
    assert path.read_bytes().decode("iso-8859-15").count("Žž€") == 1


def test_crlf_file_gets_crlf_only(tmp_path: Path) -> None:
    path = copy(tmp_path, "bbt_crlf_jabref_1730.bib")
    lib = Library.load(path)
    lib.add(Entry("new2024", "article", {"author": "Doe, Jane", "title": "A title", "year": "2024"}))
    lib.entries[0].set("note", "edited")
    lib.save()
    data = path.read_bytes()
    assert data.count(b"\n") == data.count(b"\r\n")
    assert b"@article{new2024,\r\n" in data.replace(b"@Article", b"@article")


def test_a_value_with_line_breaks_is_written_into_a_crlf_file_with_its_line_ends(tmp_path: Path) -> None:
    # (imported from tugboat.bib into a JabRef library, this value once failed the save's verification)
    path = copy(tmp_path, "bbt_crlf_jabref_1730.bib")
    lib = Library.load(path)
    sources = "http://www.math.utah.edu/pub/tex/bib/index-table-t.html#tugboat;\n  http://www.math.utah.edu/tugboat.bib"
    lib.add(Entry("welland1980", "article", {"title": "Editor's Comments", "year": "1980", "bibsource": sources}))
    lib.entries[0].set("note", "first\nsecond")
    assert lib.save().written
    data = path.read_bytes()
    assert data.count(b"\n") == data.count(b"\r\n")
    again = Library.load(path)
    assert again.get("welland1980").fields["bibsource"] == sources.replace("\n", "\r\n")
    assert again.entries[0].fields["note"] == "first\r\nsecond"
    assert [(e.key, e.fields) for e in again.entries] == [(e.key, e.fields) for e in lib.entries]


@pytest.mark.parametrize("name", ["bibtexparser_article_start_with_bom.bib", "jabref_utf16le_bom.bib"])
def test_bom_is_kept_once(name: str, tmp_path: Path) -> None:
    path = copy(tmp_path, name)
    bom = path.read_bytes()[:3 if "utf16" not in name else 2]
    lib = Library.load(path)
    lib.add(Entry("zed2020", "misc", {"title": "Ünïcode", "year": "2020"}))
    lib.save()
    data = path.read_bytes()
    assert data.startswith(bom) and not data[len(bom):].startswith(bom)
    assert Library.load(path).get("zed2020").get("title") == "Ünïcode"


def test_macros_survive_an_edit_of_another_field(tmp_path: Path) -> None:
    path = copy(tmp_path, "pybtex_xampl.bib")
    lib = Library.load(path)
    entry = next(e for e in lib.entries if "10~" in e.get("month"))
    raw_before = lib.raw_text(entry.key)
    entry.set("note", "new note")
    lib.save()
    raw_after = Library.load(path).raw_text(entry.key)
    assert 'month = "10~" # jan,' in raw_before
    assert 'month = "10~" # jan,' in raw_after
    lib = Library.load(path)
    acm = next(e for e in lib.entries if "organization = ACM," in lib.raw_text(e.key))
    acm.set("note", "edited")
    lib.save()
    assert "organization = ACM," in Library.load(path).raw_text(acm.key)  # the macro stays a macro


def test_remove_takes_only_the_entry(tmp_path: Path) -> None:
    path = copy(tmp_path, "jabref_complex.bib")
    lib = Library.load(path)
    victim = lib.entries[3]
    raw = lib.raw_text(victim.key)
    lib.remove(victim.key)
    lib.save()
    data = path.read_bytes().decode()
    assert raw not in data
    assert len(Library.load(path)) == len(lib) == 19


def test_changed_on_disk_elsewhere_is_merged(tmp_path: Path) -> None:
    path = copy(tmp_path, "jabref_complex.bib")
    lib = Library.load(path)
    lib.entries[0].set("note", "mine")
    path.write_bytes(path.read_bytes() + b"\n% a co-author's edit\n")
    changed = path.read_bytes()
    lib.save()
    twin = tmp_path / "twin" / path.name  # the same edit made on the co-author's version
    twin.parent.mkdir()
    twin.write_bytes(changed)
    expected = Library.load(twin)
    expected.entries[0].set("note", "mine")
    expected.save()
    assert path.read_bytes() == twin.read_bytes()
    assert path.read_bytes().endswith(b"\n% a co-author's edit\n")


def test_same_entry_changed_on_disk_is_refused(tmp_path: Path) -> None:
    path = copy(tmp_path, "jabref_complex.bib")
    lib = Library.load(path)
    first = lib.entries[0]
    first.set("note", "mine")
    other = Library.load(path)
    other.get(first.key).set("note", "theirs")
    other.save()
    changed = path.read_bytes()
    with pytest.raises(ConflictError, match=f"changed on disk, and {first.key} was changed both there and here"):
        lib.save()
    assert path.read_bytes() == changed


def test_lock_held_by_another_process_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from filelock import FileLock

    from evidence.store import safewrite
    from evidence.store.paths import lock_path

    monkeypatch.setattr(safewrite, "LOCK_TIMEOUT", 0.1)
    path = copy(tmp_path, "jabref_complex.bib")
    original = path.read_bytes()
    lib = Library.load(path)
    lib.entries[0].set("note", "mine")
    with FileLock(str(lock_path(path))), pytest.raises(ConflictError, match="another process"):
        lib.save()
    assert path.read_bytes() == original


def test_failure_during_replace_leaves_file_intact(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = copy(tmp_path, "jabref_complex.bib")
    original = path.read_bytes()
    lib = Library.load(path)
    lib.entries[0].set("note", "mine")

    real_replace = os.replace

    def crash(src: str, dst: str) -> None:
        if Path(dst) == path:
            raise OSError(28, "No space left on device")
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(LibraryError, match="cannot write the library: No space left on device .the disk is full: "
                                           "free some space and run the command again; the library was not changed"):
        lib.save()
    assert path.read_bytes() == original
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]


def test_hard_link_is_kept(tmp_path: Path) -> None:
    path = copy(tmp_path, "jabref_complex.bib")
    link = tmp_path / "link.bib"
    os.link(path, link)
    lib = Library.load(path)
    lib.entries[0].set("note", "linked")
    lib.save()
    assert link.read_bytes() == path.read_bytes()
    assert b"linked" in link.read_bytes()


def test_add_rejects_duplicate_and_bad_keys(tmp_path: Path) -> None:
    lib = Library.load(copy(tmp_path, "jabref_complex.bib"))
    key = lib.entries[0].key
    with pytest.raises(EntryError, match="already in the library"):
        lib.add(Entry(key.upper(), "article", {"title": "x"}))
    with pytest.raises(EntryError, match="invalid citation key"):
        lib.add(Entry("has space", "article", {}))
    with pytest.raises(EntryError, match="unbalanced braces"):
        lib.add(Entry("ok2020", "article", {"title": "a {b"}))


def test_new_key_follows_the_library_style(tmp_path: Path) -> None:
    shutil.copyfile(Path(__file__).parent.parent.parent / "refs.bib", tmp_path / "refs.bib")
    lib = Library.load(tmp_path / "refs.bib")
    new = Entry("", "article", {"author": "Zanos, Panos and Gould, Todd D.", "year": "2018",
                                "title": "The mechanisms of ketamine action"})
    assert lib.new_key(new) == "zanos2018a"  # zanos2018 and zanos2018mechanisms are taken
    other = Entry("", "article", {"author": "Lançon, C.", "year": "2001", "title": "On ketamine"})
    assert lib.new_key(other) == "lancon2001"


def test_find_same_work(tmp_path: Path) -> None:
    shutil.copyfile(Path(__file__).parent.parent.parent / "refs.bib", tmp_path / "refs.bib")
    lib = Library.load(tmp_path / "refs.bib")
    by_doi = Entry("x", "article", {"doi": "https://doi.org/10.1016/s0006-3223(99)00230-9"})
    assert lib.find_same_work(by_doi).key == "berman2000"
    by_title = Entry("y", "article", {"author": "Berman, R.", "year": "2000",
                                      "title": "Antidepressant Effects of Ketamine in Depressed Patients."})
    assert lib.find_same_work(by_title).key == "berman2000"
    assert lib.find_same_work(Entry("z", "article", {"title": "Something else", "year": "2000"})) is None


def test_create_then_save_new_file(tmp_path: Path) -> None:
    path = tmp_path / "new.bib"
    lib = Library.create(path)
    lib.add(Entry("doe2020", "article", {"author": "Doe, Jane", "title": "T", "year": "2020"}))
    result = lib.save()
    assert result.written and result.added == ["doe2020"]
    assert path.read_text() == "@article{doe2020,\n  author = {Doe, Jane},\n  title = {T},\n  year = {2020},\n}\n"


_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="{}\\%#@\"", min_codepoint=32),
    min_size=1, max_size=30,
).map(str.strip).filter(bool)
_entry = st.builds(
    lambda key, typ, fields: Entry(key, typ, fields),
    st.from_regex(r"[a-z][a-z0-9]{2,10}", fullmatch=True),
    st.sampled_from(["article", "book", "misc", "inproceedings"]),
    st.dictionaries(st.sampled_from(["title", "author", "journal", "note", "year", "abstract"]), _text, min_size=1),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(entries=st.lists(_entry, min_size=1, max_size=6, unique_by=lambda e: e.key))
def test_property_write_read_round_trip(entries: list[Entry], tmp_path: Path) -> None:
    path = tmp_path / "prop.bib"
    path.unlink(missing_ok=True)
    lib = Library.create(path)
    for entry in entries:
        lib.add(Entry(entry.key, entry.type, dict(entry.fields)))
    lib.save()
    back = Library.load(path)
    assert [(e.key, e.type, e.fields) for e in back] == [(e.key, e.type, e.fields) for e in entries]
    assert back.problems == []
    data = path.read_bytes()
    back.save()
    assert path.read_bytes() == data


def test_edit_of_an_entry_with_a_duplicate_key_goes_to_the_live_one(tmp_path: Path) -> None:
    path = tmp_path / "dup.bib"
    path.write_text("@article{a, title={One}}\n\n@article{a, title={Two}}\n")
    lib = Library.load(path)
    lib.get("a").set("note", "NEW")
    assert lib.save(force=True).written
    assert path.read_text() == "@article{a,\n  title={One},\n  note={NEW}\n}\n\n@article{a, title={Two}}\n"
    assert Library.load(path).get("a").get("note") == "NEW"


def test_entry_with_a_duplicate_field_cannot_be_edited(tmp_path: Path) -> None:
    path = copy(tmp_path, "bibtextidy_duplicate_fields.bib")
    original = path.read_bytes()
    lib = Library.load(path)
    entry = lib.entries[0]
    entry.set("note", "x")
    with pytest.raises(EntryError, match="cannot be edited until its problems are fixed"):
        lib.save(force=True)
    with pytest.raises(EntryError, match="cannot be edited"):
        lib.remove(entry.key)
    assert path.read_bytes() == original


@pytest.mark.parametrize("value", ["a \\{ b }", "C:\\", "line\n@article{x,", "{unbalanced"])
def test_values_that_would_read_back_differently_are_refused(value: str, tmp_path: Path) -> None:
    path = copy(tmp_path, "jabref_complex.bib")
    original = path.read_bytes()
    lib = Library.load(path)
    lib.entries[0].set("abstract", value)
    with pytest.raises(EntryError, match="value of 'abstract'"):
        lib.save()
    assert path.read_bytes() == original


@pytest.mark.parametrize("value", ["a \\{ b }", "C:\\", "line\n@article{x,", "{unbalanced"])
def test_a_new_entry_changed_after_add_is_checked_again_on_save(value: str, tmp_path: Path) -> None:
    path = copy(tmp_path, "jabref_complex.bib")
    original = path.read_bytes()
    lib = Library.load(path)
    entry = Entry("new2024", "article", {"title": "Fine", "abstract": "Fine too"})
    lib.add(entry)  # (checked here; the save re-checks only values that are not the very ones checked)
    entry.set("abstract", value)
    with pytest.raises(EntryError, match="value of 'abstract' in 'new2024'"):
        lib.save()
    assert path.read_bytes() == original


def test_appending_after_an_unterminated_block_is_refused(tmp_path: Path) -> None:
    path = copy(tmp_path, "truncated_jabref_complex.bib")
    original = path.read_bytes()
    lib = Library.load(path)
    lib.add(Entry("new2024", "article", {"title": "T", "year": "2024"}))
    with pytest.raises(LibraryError, match="cannot append after the unterminated block at line 138"):
        lib.save(force=True)
    assert path.read_bytes() == original


def test_remove_then_add_same_key_rewrites_in_place(tmp_path: Path) -> None:
    path = copy(tmp_path, "jabref_complex.bib")
    lib = Library.load(path)
    key = lib.entries[2].key
    old = lib.remove(key)
    lib.add(Entry(key, old.type, dict(old.fields) | {"note": "again"}))
    lib.save()
    back = Library.load(path)
    assert len(back) == 20 and back.get(key).get("note") == "again"
    assert path.read_text().count("{" + key + ",") == 1


def test_comment_only_file_is_an_empty_library(tmp_path: Path) -> None:
    path = tmp_path / "new.bib"
    path.write_text("% My references\n")
    lib = Library.load(path)
    lib.add(Entry("doe2020", "article", {"title": "T"}))
    lib.save()
    assert path.read_text() == "% My references\n\n@article{doe2020,\n  title = {T},\n}\n"


def test_wrong_encoding_header_still_needs_confirmation(tmp_path: Path) -> None:
    path = tmp_path / "h.bib"
    path.write_bytes(b"% Encoding: UTF-8\n@article{a, title={Caf\xe9}}\n")
    lib = Library.load(path)
    assert lib.read_only_reason is not None and "guessed" in lib.read_only_reason


def test_new_fields_follow_the_file_style_and_months_are_macros(tmp_path: Path) -> None:
    path = copy(tmp_path, "bbt_crlf_jabref_1730.bib")  # JabRef layout: values aligned in one column
    lib = Library.load(path)
    entry = lib.entries[0]
    entry.set("month", "apr")
    entry.set("note", "x")
    lib.save()
    lines = Library.load(path).raw_text(entry.key).split("\r\n")
    assert lines[1] == "  author =    {Arnold Chau and John Dawson and Paul Mitchell and Tian Hong Loh},"
    assert "  note =      {x}," in lines
    assert lines[-2:] == ["  month =     apr", "}"]  # a bare month macro, as BibTeX styles expect


def test_new_keys_for_organisations_and_capitalised_libraries(tmp_path: Path) -> None:
    lib = Library.create(tmp_path / "new.bib")
    org = Entry("", "book", {"author": "{Committee on Predictive-Toxicology Approaches for Military Assessments}",
                             "year": "2015", "title": "Application of modern toxicology"})
    assert lib.new_key(org) == "cptama2015application"  # an organisation's initials, not 80 letters
    lib.add(Entry("Smith2001Cells", "article", {"author": "Smith, A.", "year": "2001", "title": "Cells"}))
    lib.add(Entry("Jones2002Mice", "article", {"author": "Jones, B.", "year": "2002", "title": "Mice"}))
    assert lib.new_key(Entry("", "article", {"author": "Ydenberg, C. A.", "year": "2015",
                                             "title": "Combinatorial effects"})) == "Ydenberg2015Combinatorial"


def test_parse_cache_round_trip_through_load_and_save(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import evidence.store.library as library_module

    monkeypatch.setattr(library_module, "PARSE_CACHE_MIN_BYTES", 0)
    path = copy(tmp_path, "biber_examples_biblatex.bib")
    cache_dir = tmp_path / "cache"
    cold = Library.load(path, cache_dir=cache_dir)
    assert list((cache_dir / "parse").glob("*.pickle"))
    warm = Library.load(path, cache_dir=cache_dir)
    assert [(e.key, e.fields, e.line) for e in warm] == [(e.key, e.fields, e.line) for e in cold]
    assert warm.problems == cold.problems
    entry = warm.entries[100]
    entry.set("note", "cached edit")
    warm.save(force=True)  # (the file has a duplicate key)
    again = Library.load(path, cache_dir=cache_dir)
    plain = Library.load(path)
    assert [(e.key, e.fields, e.line) for e in again] == [(e.key, e.fields, e.line) for e in plain]
    assert again.get(entry.key).get("note") == "cached edit"
    (cache_dir / "parse" / next((cache_dir / "parse").glob("*.pickle")).name).write_bytes(b"garbage")
    assert len(Library.load(path, cache_dir=cache_dir)) == len(plain)  # a broken cache is just rebuilt
