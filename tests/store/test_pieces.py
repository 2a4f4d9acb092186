"""Random hand edits of real libraries: following the file by its pieces, and the parse snapshot, give
exactly what a whole load gives, problems included (or the pieces say they cannot tell)."""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from evidence.errors import LibraryError
from evidence.model import content_hash
from evidence.store import bibfile, pieces
from evidence.store.library import Library
from evidence.store.parsecache import ParseCache

FIXTURES = Path(__file__).parent.parent / "fixtures" / "bibtex"
REAL = (FIXTURES / "bbt_large_paren_library_873.bib").read_bytes()
# real libraries: 160 entries of a Better BibTeX export, duplicates and @strings, CRLF, comments in entries
BASES = {
    "bbt_head": REAL[:REAL.index(b"\n@", len(REAL) // 6) + 1],
    **{name: (FIXTURES / name).read_bytes() for name in [
        "biber_examples_biblatex.bib", "jabref_complex.bib", "pybtex_xampl.bib", "bbt_crlf_jabref_1730.bib",
        "pybtex_percent_inside_entry.bib", "biber_tool_xdata_jabref_meta.bib", "bibtextidy_complex_torture.bib"]},
}
INSERTS = [
    "\n@ home and away\n",  # a line starting with @ inside a value: BibTeX and a whole parse read on
    "\n@misc{inner, title = {x}} and more\n",
    "\n@string{inner = {x}}\n",
    "}", "{", "\"", "@", " @misc{", "\u00e9\u4e2d ",
]
LINES = [
    "@misc{new{n},\n  title = {A new {{NMDA}} entry},\n  year = 2024,\n}}\n\n",
    "@article{dup{n}, title = {x}}\n@article{dup{n}, title = {y}}\n",
    "% @article{hidden{n}, title = {x}}\n",
    "@comment{ unclosed {\n",
    "@string{newmacro = \"Macro\"}\n",
    "@misc{onone{n}, title = {a}} @misc{ontwo{n}, title = {b}}\n",
    "@misc{open{n}, title = {never closed\n",
    "  @misc{indented{n}, title = {x}}\n",
    "garbage @ text\n",
    "@article{half{n}\n",  # an entry's head line alone: its failed block shares its last @ with the next block
]
VALUE = re.compile(r"=\s*[{\"]")


def _edit(text: str, op: int, where: int, what: int, n: int) -> str:
    """One hand edit: ``op`` picks the kind, ``where`` and ``what`` the place and the text."""
    lines = [0] + [m.end() for m in re.finditer(r"\n", text)]
    values = [m.end() for m in VALUE.finditer(text)] or [len(text)]
    if op == 0:  # retype a value's first characters
        at = values[where % len(values)]
        return text[:at] + f"Edited by hand {n} " + text[at + where % 7:]
    if op == 1:
        at = values[where % len(values)]
        return text[:at] + INSERTS[what % len(INSERTS)] + text[at:]
    if op == 2:
        at = lines[where % len(lines)]
        return text[:at] + LINES[what % len(LINES)].replace("{n}", str(n)) + text[at:]
    if op == 3:  # delete a few lines
        a = where % len(lines)
        b = min(len(lines) - 1, a + 1 + what % 5)
        return text[:lines[a]] + text[lines[b]:]
    blocks = [0] + [m.start() + 1 for m in re.finditer(r"\n@", text)] + [len(text)]
    k = where % (len(blocks) - 1)
    block = text[blocks[k]:blocks[k + 1]]
    if op == 4:  # copy a block to the end (a repeated key), or move it there
        rest = text if what % 2 else text[:blocks[k]] + text[blocks[k + 1]:]
        return rest + ("" if rest.endswith("\n") else "\n") + block
    if op == 5:  # change an @string's value
        i = text.lower().find("@string")
        j = text.find("\"", i) if i >= 0 else -1
        return text if j < 0 else text[:j + 1] + "Edited " + text[j + 1:]
    return text.rstrip("\n") if what % 2 else text + "\n"  # the last line's end, taken or given


EDITS = st.lists(st.tuples(st.integers(0, 6), st.integers(0, 10**6), st.integers(0, 100)), min_size=1, max_size=5)


def _table(lib: Library) -> list[tuple[str, str]]:
    return [(e.key, content_hash(e)) for e in lib.entries]


def _load(folder: Path, data: bytes) -> Library:
    path = folder / "lib.bib"
    path.write_bytes(data)
    return Library.load(path)


@pytest.mark.parametrize("name", sorted(BASES))
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(edits=EDITS)
def test_pieces_follow_hand_edits_as_a_whole_load_reads_them(name: str, edits: list[tuple[int, int, int]]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        text = BASES[name].decode("utf-8")
        lib = _load(folder, text.encode("utf-8"))
        state, table = lib.piece_state(), _table(lib)
        for n, (op, where, what) in enumerate(edits):
            text = _edit(text, op, where, what, n)
            data = text.encode("utf-8")
            try:
                whole = _load(folder, data)
            except LibraryError as exc:  # the edits deleted every entry of a small file: no library to follow
                assert "does not look like a BibTeX file" in str(exc)
                event("not BibTeX any more")
                break
            found = pieces.changes(data, state) if state is not None else None
            event("followed" if found is not None else "no state" if state is None else "loaded")
            if found is not None:
                fresh = {e.key: content_hash(e) for e in found.entries}
                old = dict(table)
                assert [(k, fresh[k] if k in fresh else old[k]) for k in found.keys] == _table(whole), (n, op)
                assert found.state == whole.piece_state() or whole.piece_state() is None
                assert found.problems == whole.problems  # (what a search that follows the edit reports)
                state = found.state
            else:
                state = whole.piece_state()
            table = _table(whole)


@pytest.mark.parametrize("name", sorted(BASES))
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(edits=EDITS)
def test_the_parse_snapshot_reads_hand_edits_as_a_whole_parse(name: str, edits: list[tuple[int, int, int]]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        cache = ParseCache(Path(tmp) / "snap")
        text = BASES[name].decode("utf-8")
        nl = "\r\n" if "\r\n" in text else "\n"
        cache.parse(bibfile.Decoded(text, "utf-8", b"", nl, False))
        for n, (op, where, what) in enumerate(edits):
            text = _edit(text, op, where, what, n)
            dec = bibfile.Decoded(text, "utf-8", b"", nl, False)
            cached, parsed = cache.parse(dec), bibfile.parse(dec)
            assert [(s.kind, s.start, s.end, s.line, s.key, s.live, s.raw_fields) for s in cached.spans] == \
                [(s.kind, s.start, s.end, s.line, s.key, s.live, s.raw_fields) for s in parsed.spans], (n, op)
            assert [(e.key, e.type, e.fields, e.line) for e in cached.entries] == \
                [(e.key, e.type, e.fields, e.line) for e in parsed.entries]
            assert (cached.problems, cached.strings) == (parsed.problems, parsed.strings)


def test_an_at_line_inside_a_title_is_followed_or_loaded_never_hidden(tmp_path: Path) -> None:
    text = BASES["jabref_complex.bib"].decode("utf-8")
    lib = _load(tmp_path, text.encode("utf-8"))
    state = lib.piece_state()
    assert state is not None
    at = text.index("title", len(text) // 2)
    at = text.index("{", at) + 1
    edited = text[:at] + "\n@ home and away\n" + text[at:]
    assert pieces.changes(edited.encode("utf-8"), state) is None  # a piece that does not read alone: load
    whole = _load(tmp_path, edited.encode("utf-8"))
    assert [e.key for e in whole.entries] == [e.key for e in lib.entries]
    retitled = text[:at] + "Edited " + text[at:]
    found = pieces.changes(retitled.encode("utf-8"), state)
    assert found is not None and [e.title.split()[0] for e in found.entries] == ["Edited"]
    assert found.keys == [e.key for e in lib.entries]
