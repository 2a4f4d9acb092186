"""The parse cache gives exactly what a whole parse gives, on every hard fixture and after edits."""

from __future__ import annotations

from pathlib import Path

import pytest

from evidence.store import bibfile

FIXTURES = Path(__file__).parent.parent / "fixtures" / "bibtex"
ALL_BIB = sorted(p.name for p in FIXTURES.glob("*.bib"))


def snapshot(parsed: bibfile.ParsedFile) -> tuple:
    spans = [(s.kind, s.start, s.end, s.line, s.key, s.live, s.raw_fields, s.field_names, s.entry_type, s.style)
             for s in parsed.spans]
    entries = [(e.key, e.type, e.fields, e.line) for e in parsed.entries]
    return spans, entries, parsed.problems, parsed.strings, parsed.prefix_end, parsed.default_style


@pytest.mark.parametrize("name", ALL_BIB)
def test_cached_parse_equals_whole_parse(name: str) -> None:
    decoded = bibfile.decode((FIXTURES / name).read_bytes())
    whole = snapshot(bibfile.parse(decoded))
    cache: dict[str, object] = {}
    assert snapshot(bibfile.parse_cached(decoded, cache)) == whole  # cold: fills the cache
    assert snapshot(bibfile.parse_cached(decoded, cache)) == whole  # warm: no bibtexparser at all


@pytest.mark.parametrize("name", ["pybtex_xampl.bib", "truncated_jabref_complex.bib", "jabref_complex.bib",
                                  "biber_examples_biblatex.bib", "bbt_crlf_jabref_1730.bib"])
def test_after_an_edit_only_changed_chunks_are_parsed_and_the_result_is_the_same(name: str) -> None:
    text = bibfile.decode((FIXTURES / name).read_bytes()).text
    cache: dict[str, object] = {}
    bibfile.parse_cached(bibfile.Decoded(text, "utf-8", b"", "\n", False), cache)
    assert len(cache) == len(bibfile._chunks(text))  # every chunk cached
    starts = bibfile._chunks(text)
    cut = starts[len(starts) // 2]
    edited = text[:cut] + "@misc{inserted2024,\n  title = {A new {NMDA} entry},\n  year = 2024,\n}\n\n" + text[cut:]
    decoded = bibfile.Decoded(edited, "utf-8", b"", "\n", False)
    cached_keys = set(cache)
    result = snapshot(bibfile.parse_cached(decoded, cache))
    assert result == snapshot(bibfile.parse(decoded))
    assert len(set(cache) - cached_keys) <= 3  # the new chunk (and the one edited), not the file


def test_string_change_invalidates_every_chunk() -> None:
    text = (FIXTURES / "bibtexparser_article_with_strings.bib").read_bytes().decode("utf-8")
    cache: dict[str, object] = {}
    bibfile.parse_cached(bibfile.Decoded(text, "utf-8", b"", "\n", False), cache)
    changed = text.replace('"Nice Journal"', '"Nicer Journal"')
    decoded = bibfile.Decoded(changed, "utf-8", b"", "\n", False)
    parsed = bibfile.parse_cached(decoded, cache)
    assert snapshot(parsed) == snapshot(bibfile.parse(decoded))
    assert parsed.entries[0].get("journal") == "Nicer Journal"


def test_identical_chunks_in_different_contexts() -> None:
    """A file pasted twice: the second copies are duplicates, but their chunks have the same text."""
    text = (FIXTURES / "bibtexparser_article_with_strings.bib").read_bytes().decode("utf-8")
    doubled = text + "\n" + text.replace("Cesar2013", "Cesar2013x")
    decoded = bibfile.Decoded(doubled, "utf-8", b"", "\n", False)
    cache: dict[str, object] = {}
    whole = snapshot(bibfile.parse(decoded))
    assert snapshot(bibfile.parse_cached(decoded, cache)) == whole
    assert snapshot(bibfile.parse_cached(decoded, cache)) == whole


def test_files_with_blocks_across_chunks_are_never_cached() -> None:
    decoded = bibfile.decode((FIXTURES / "pybtex_at_and_entries_inside_values.bib").read_bytes())
    cache: dict[str, object] = {}
    assert snapshot(bibfile.parse_cached(decoded, cache)) == snapshot(bibfile.parse(decoded))
    assert cache == {}
