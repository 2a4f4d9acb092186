"""Small hand edits of a hard fixture load, map every block to its own text, and save only what changed.

bibtexparser ends a block that fails on an ``@name{`` before its key's comma (an entry's head line
left alone, a new entry typed or pasted in) after that ``@name``, and starts the next block at the
same ``@``: the two blocks share text. Such files once failed to load ("could not map the parsed
blocks back onto the file text").
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from evidence.model import Entry
from evidence.store import bibfile, bibtex_view
from evidence.store.library import Library

FIXTURE = Path(__file__).parent.parent / "fixtures" / "bibtex" / "pybtex_percent_inside_entry.bib"
TEXT = FIXTURE.read_text(encoding="utf-8")
ME2011 = TEXT[TEXT.index("@article{Me2011"):TEXT.index("@article{Me2012")]

# (name, edit, the keys BibTeX reads, whether the edit leaves a block bibtexparser cannot parse)
EDITS: list[tuple[str, str, list[str], bool]] = [
    ("change a title", TEXT.replace('title="Another article"', 'title="Edited by hand"'),
     ["Me2010", "Me2011", "Me2012", "Me2013"], False),
    ("add an entry at the end", TEXT + "@article{Me2014,\n  title = {New},\n}\n",
     ["Me2010", "Me2011", "Me2012", "Me2013", "Me2014"], False),
    ("delete an entry", TEXT.replace(ME2011, ""), ["Me2010", "Me2012", "Me2013"], False),
    ("delete an entry's body, its head line left", TEXT.replace("@article{Me2010,}", "@article{Me2010"),
     ["Me2010", "Me2011", "Me2012", "Me2013"], True),
    ("start typing a new entry: its head line only",
     TEXT.replace("@article{Me2012", "@article{Me2011b\n@article{Me2012"),
     ["Me2010", "Me2011", "Me2011b", "Me2012", "Me2013"], True),
    ("paste an entry into a key", TEXT.replace("@article{Me2013,}", "@article{Me2013@misc{pasted, title={X}}\n,}"),
     ["Me2010", "Me2011", "Me2012", "Me2013@misc{pasted"], True),
    ("two head lines in a row", TEXT.replace("@article{Me2010,}", "@article{Me2010\n@book{Me2010b\n"),
     ["Me2010", "Me2010b", "Me2011", "Me2012", "Me2013"], True),
    ("an @string left without its =", TEXT.replace("@article{Me2013,}", "@string{jr @article{Me2013,}"),
     ["Me2010", "Me2011", "Me2012", "Me2013"], True),
]


def check_spans(text: str, parsed: bibfile.ParsedFile) -> None:
    """Blocks in order, none overlapping another, each entry's span its own ``@...`` text."""
    ends = [parsed.prefix_end]
    for span in parsed.spans:
        assert ends[-1] <= span.start <= span.end <= len(text)
        ends.append(span.end)
        if span.kind == "entry":
            assert text[span.start] == "@" and text[span.start:span.end].rstrip()[-1] in "})"


@pytest.mark.parametrize(("name", "text", "keys", "broken"), EDITS, ids=[e[0] for e in EDITS])
def test_a_hand_edit_loads_and_reads_as_bibtex_reads_it(name: str, text: str, keys: list[str], broken: bool,
                                                        tmp_path: Path) -> None:
    path = tmp_path / "refs.bib"
    path.write_text(text, encoding="utf-8")
    lib = Library.load(path)
    assert [e.key for e in lib.entries] == keys
    assert [e.key for e in bibtex_view.read(text).visible()] == keys
    assert lib.render() == text
    check_spans(text, lib._parsed)
    assert any(p.kind == "parse-error" for p in lib.problems) == broken


@pytest.mark.parametrize(("name", "text", "keys", "broken"), EDITS, ids=[e[0] for e in EDITS])
def test_after_a_hand_edit_a_save_rewrites_only_the_edited_entry(name: str, text: str, keys: list[str], broken: bool,
                                                                 tmp_path: Path) -> None:
    path = tmp_path / "refs.bib"
    path.write_text(text, encoding="utf-8")
    lib = Library.load(path)
    before = [(e.key, dict(e.fields)) for e in lib.entries if e.key != "Me2012"]
    entry = lib.get("Me2012")
    old = lib.raw_text("Me2012")
    lib.update(Entry(entry.key, entry.type, {**entry.fields, "title": "Saved by evidence"}))
    new = lib.raw_text("Me2012")
    lib.save(force=broken, backup=False)  # (a block that does not parse is kept verbatim: --force)
    assert text.count(old) == 1 and path.read_text(encoding="utf-8") == text.replace(old, new)
    again = Library.load(path)
    assert again.get("Me2012").fields == {"author": "Real Brett", "title": "Saved by evidence"}
    assert [(e.key, e.fields) for e in again.entries if e.key != "Me2012"] == before


_PIECES = ["@article{New", "@article{New,", "@misc{p, title={X}}\n", "@string{s", ",}", "}", "{", ",", "\n", "% c\n",
           "=", '"', "@book(", ")", "title = {T},"]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.integers(0, len(TEXT)), st.integers(0, 12), st.sampled_from(_PIECES)),
                min_size=1, max_size=3))
def test_random_small_edits_map_every_block_to_its_own_text(edits: list[tuple[int, int, str]]) -> None:
    text = TEXT
    for at, cut, piece in edits:
        at = min(at, len(text))
        text = text[:at] + piece + text[at + cut:]
    parsed = bibfile.parse(bibfile.Decoded(text, "utf-8", b"", "\n", False))  # (never "could not map")
    check_spans(text, parsed)
