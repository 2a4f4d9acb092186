"""Lossless BibTeX text: locate blocks, read fields, patch edited entries; the only bibtexparser user.

bibtexparser's writer re-lays every entry (see docs/bibtex-fidelity notes), so we never use it.
We use its splitter only to find blocks, then keep the original text and the offset of every
block. Saving splices new text over the spans of edited entries and copies everything else
byte-for-byte: comments, @string, @preamble, failed blocks and the text between blocks.
Which entries exist is BibTeX's call, not bibtexparser's (see ``bibtex_view`` and ``_finish``).
"""

from __future__ import annotations

import bisect
import contextlib
import gc
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from bibtexparser import model as bpm
from bibtexparser.entrypoint import parse_string

from evidence.errors import LibraryError
from evidence.fieldtext import MONTHS
from evidence.model import Entry
from evidence.store import bibtex_view
from evidence.store.encodings import Decoded as Decoded
from evidence.store.encodings import codec_name as codec_name
from evidence.store.encodings import decode as decode
from evidence.store.encodings import encode as encode
from evidence.store.entrytext import check_value as check_value
from evidence.store.entrytext import serialize as serialize

# bibtexparser logs every failed block itself; we report them, with lines, through Problem.
# Set once at import (not toggled per call, which was not thread-safe).
_BP_LOG = logging.getLogger("bibtexparser")
_BP_LOG.addHandler(logging.NullHandler())
_BP_LOG.propagate = False

# JabRef writes "% Encoding: windows-1252"; Emacs users write "-*- coding: latin-9 -*-"
_ENTRY_START = re.compile(r"@[ \t]*[A-Za-z]+[ \t]*[{(]")
_COMMENT_START = re.compile(r"@[ \t]*comment[ \t]*[{(]", re.I)
_BRACES, _PARENS = re.compile(r"[{}]"), re.compile(r"[()]")
_FIELD_HEAD = re.compile(r"(?m)^[ \t]+[A-Za-z_][\w:.+-]*[ \t]*=[ \t]*(?=[{\"\w])")


@dataclass(frozen=True)
class Problem:
    """Something wrong in the file, reported on every load with its 1-based line."""

    kind: str  # parse-error | bibtex-error | duplicate-key | duplicate-field | commented-entry | undefined-macro ...
    line: int
    message: str
    key: str | None = None

    def blocks_writing(self) -> bool:
        """Problems that make a save refuse without --force."""
        return self.kind in {"parse-error", "duplicate-key", "duplicate-field"}


@dataclass
class Style:
    """How the file lays out entries, so edited and new entries look like their neighbours."""

    indent: str = "  "
    equals: str = " = "
    trailing_comma: bool = True
    upper_names: bool = False
    capitalized_names: bool = False  # Author = {...}, as JabRef writes
    upper_type: bool = False
    align: int = 0  # when > 0, the column where every value starts


@dataclass(slots=True)  # (100k of them: smaller, and quicker to unpickle from the parse snapshot)
class Span:
    """One block of the source: ``text[start:end]`` is its own text, ``end:next_start`` the gap after it."""

    kind: str  # entry | string | preamble | comment | text | failed
    start: int
    end: int
    line: int
    key: str | None = None
    live: bool = True  # False for entries that are commented out or duplicates
    raw_fields: dict[str, str] = field(default_factory=dict)  # lower name -> raw value text
    field_names: dict[str, str] = field(default_factory=dict)  # lower name -> name as written
    entry_type: str = ""
    style: Style | None = None

    def __reduce__(self) -> tuple[type[Span], tuple[object, ...]]:
        # (rebuilt by one call: unpickling 100k spans from the parse snapshot takes half the time it
        # takes through the slots one by one; a copy shares the dicts, as the default copy does)
        return type(self), (self.kind, self.start, self.end, self.line, self.key, self.live, self.raw_fields,
                            self.field_names, self.entry_type, self.style)


def split_value(raw: str) -> list[str]:
    """Split a raw value on top-level ``#`` (BibTeX concatenation)."""
    if "#" not in raw:  # nearly every value: no scan needed
        return [raw.strip()]
    parts: list[str] = []
    cur: list[str] = []
    depth, quote = 0, False
    for ch in raw:
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
        elif ch == '"' and depth == 0:
            quote = not quote
        if ch == "#" and depth == 0 and not quote:
            parts.append("".join(cur).strip())
            cur = []
        else:
            cur.append(ch)
    parts.append("".join(cur).strip())
    return parts


def resolve_value(raw: str, strings: dict[str, str]) -> tuple[str, list[str]]:
    """Raw value text to the value BibTeX means; returns (value, undefined macro names)."""
    out, undefined = [], []
    for part in split_value(raw.strip()):
        if len(part) >= 2 and ((part[0] == "{" and part[-1] == "}") or (part[0] == '"' and part[-1] == '"')):
            out.append(part[1:-1])
        elif part.isdigit():
            out.append(part)
        elif part.lower() in strings:
            out.append(strings[part.lower()])
        elif part.lower() in MONTHS:
            out.append(part.lower())
        else:
            if part:
                undefined.append(part)
            out.append(part)
    return "".join(out), undefined


def _overlap(text: str, failed: Span, raw: str) -> int:
    """Where the block ``raw`` starts inside the ``failed`` block before it, or -1. bibtexparser ends a
    block that fails on an ``@name{`` before its key's comma (``@article{Smith2020`` left without the
    rest, then the next entry) after that ``@name``, and starts the next block at the same ``@``: the
    two raw texts share it. (No other failure ends on an ``@name``: they stop before the ``@``.)"""
    at = text.rfind("@", failed.start + 1, failed.end)
    if at < 0 or not _BLOCK_MARK.fullmatch(text, at, failed.end) or text[failed.end:failed.end + 1] not in ("{", "("):
        return -1  # (the failed text does not end on a block start: the next block starts after it)
    return at if text.startswith(raw, at) else -1


class _LineCounter:
    """1-based line numbers of increasing offsets, counting only the text between two calls (a table of
    every line start costs more on a large file). A line break is CRLF, LF or a lone CR."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.cr = "\r" in text
        self.offset = 0
        self.line = 1

    def __call__(self, offset: int) -> int:
        text, last = self.text, self.offset
        breaks = text.count("\n", last, offset)
        if self.cr:
            breaks += text.count("\r", last, offset) - text.count("\r\n", last, offset)
            if 0 < offset < len(text) and text[offset - 1] == "\r" and text[offset] == "\n":
                breaks -= 1  # (a CRLF split here: its line ends after the LF, counted with the next stretch)
        self.line += breaks
        self.offset = offset
        return self.line


def _comment_regions(text: str) -> list[tuple[int, int]]:
    """Extents of braced ``@comment{...}`` blocks as biber and btparse read them (BibTeX does not:
    entries inside are read by it, and reported)."""
    regions = []
    for match in _COMMENT_START.finditer(text):
        brackets = _BRACES if text[match.end() - 1] == "{" else _PARENS
        depth, i = 1, match.end()
        while depth:
            found = brackets.search(text, i)
            if found is None:
                i = len(text)
                break
            depth += 1 if found.group() in "{(" else -1
            i = found.end()
        regions.append((match.start(), i))
    return regions


_INDENT = re.compile(r"\n([ \t]+)[A-Za-z]")
_EQUALS = re.compile(r"[A-Za-z0-9_-](\s*=\s*)[{\"0-9A-Za-z]")
_TRAILING_COMMA = re.compile(r",\s*[})]\s*$")
_SPACED_EQUALS = re.compile(r"\S =")
_TYPE = re.compile(r"@\s*([A-Za-z]+)")
_BLOCK_MARK = re.compile(r"@\w*[ \t]*")  # (bibtexparser's block start, before its `{` or `(`)
_PERCENT_LINE = re.compile(r"%[^\n]*\n?")


def _style_of(raw: str, names: list[str], entry_type_raw: str) -> Style:
    """The layout of one entry's text ``raw`` with its field ``names`` as written."""
    style = Style()
    m = _INDENT.search(raw)
    if m:
        style.indent = m.group(1)
    m = _EQUALS.search(raw, raw.find(",") + 1)  # (after the key; from 0 when there is no comma)
    if m and "\n" not in m.group(1):
        style.equals = m.group(1)
    style.trailing_comma = bool(_TRAILING_COMMA.search(raw))
    heads = [m.group(0) for m in _FIELD_HEAD.finditer(raw)]
    if len(heads) >= 2 and len({len(h) for h in heads}) == 1 and len({len(h.split("=")[0].strip()) for h in heads}) > 1:
        style.align = len(heads[0])  # values start in one column (JabRef, bibtool): keep it
        style.equals = " =" if _SPACED_EQUALS.search(heads[0]) else "="
    style.upper_names = bool(names) and all(n.upper() == n for n in names) and any(c.isalpha() for c in "".join(names))
    style.capitalized_names = bool(names) and not style.upper_names and all(
        n[:1].isupper() and n[1:] == n[1:].lower() for n in names)
    style.upper_type = entry_type_raw.isupper()
    return style


def style_of(text: str, span: Span) -> Style:
    """The layout of the entry at ``span`` in ``text``, worked out when first asked for and kept on the
    span: only edited entries need it, and a load or a save's re-read would otherwise pay it for all."""
    if span.style is None:
        span.style = _style_of(text[span.start:span.end], list(span.field_names.values()), span.entry_type)
    return span.style


@dataclass
class ParsedFile:
    """The result of reading a .bib text: spans in order, live entries and problems."""

    decoded: Decoded
    prefix_end: int  # text[0:prefix_end] comes before the first block
    spans: list[Span]
    entries: list[Entry]
    strings: dict[str, str]
    problems: list[Problem]
    default_style: Style


@dataclass(slots=True)
class _Item:
    """What the local pass learns about one block, with offsets and lines relative to its text."""

    span: Span
    entry: Entry | None = None  # an entry candidate (duplicates are decided by the global pass)
    problems: list[Problem] = field(default_factory=list)
    string_value: str | None = None  # for @string blocks: the resolved value

    def __reduce__(self) -> tuple[type[_Item], tuple[object, ...]]:
        return type(self), (self.span, self.entry, self.problems, self.string_value)  # (see Span.__reduce__)


@contextlib.contextmanager
def _no_gc(*, freeze: bool = False) -> Iterator[None]:
    """Parsing allocates a few objects per field and frees none of them: the cyclic collector
    only rescans the growing heap (half the time on 100k entries), so it waits until we finish.

    ``freeze``: the millions of objects a whole load allocates then join the oldest generation
    unscanned; re-enabling alone makes the next allocation scan them all (0.5-0.8 s on 100k entries)
    only to find no garbage. (Not done if someone else froze objects: we would thaw them.)"""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            if freeze and gc.get_freeze_count() == 0:
                gc.freeze()
                gc.unfreeze()
            gc.enable()


def parse(decoded: Decoded) -> ParsedFile:
    """Locate every block and build entries; never raises on bad BibTeX, it reports problems."""
    with _no_gc():
        return _finish(decoded, _local_items(decoded.text))


def _local_items(text: str, strings: dict[str, str] | None = None) -> list[_Item]:
    """The blocks of ``text`` (a whole file, or one chunk of it with the file's ``strings``)."""
    library = parse_string(text, parse_stack=[])
    blocks = [b for b in library.blocks if b.raw]
    items: list[_Item] = []
    cursor = 0
    line_at = _LineCounter(text)
    for block in blocks:
        raw = block.raw or ""
        pos = _overlap(text, items[-1].span, raw) if items and items[-1].span.kind == "failed" else -1
        if pos >= 0:
            items[-1].span.end = pos  # (the failed block keeps the text up to where the next one starts)
        else:
            pos = text.find(raw, cursor)
        if pos < 0:
            line = line_at(cursor)
            raise LibraryError(f"could not map the parsed blocks back onto the file text after line {line}",
                               line=line, hint="nothing was read or written; please report this file")
        items.append(_Item(_span_for(block, pos, pos + len(raw), line_at(pos))))
        cursor = pos + len(raw)
    if strings is None:
        strings = {}
        for block in blocks:
            if isinstance(block, bpm.String):
                strings.setdefault(block.key.lower(), resolve_value(block.value, strings)[0])
    for item, block in zip(items, blocks, strict=True):
        span = item.span
        string_block = block.ignore_error_block if isinstance(block, bpm.DuplicateBlockKeyBlock) else block
        if isinstance(string_block, bpm.String):  # (a chunk's result must not depend on other chunks)
            item.string_value = resolve_value(string_block.value, strings)[0]
        if span.kind == "failed":
            detail = _failure_reason(block)
            item.problems.append(Problem("parse-error", span.line,
                                         f"block could not be parsed ({detail}); kept verbatim"))
            continue
        if span.kind != "entry":
            continue  # (whether BibTeX reads an entry at all is decided on the whole text, in _finish)
        entry, undefined, dup_fields = _entry_from(block, span, strings)
        item.entry = entry
        for name in dup_fields:
            item.problems.append(Problem("duplicate-field", span.line,
                                         f"entry '{entry.key}' has field '{name}' more than once", entry.key))
        for name in undefined:
            if name.startswith("%comment-before-"):
                where = f" (before '{name[16:]}')" if name[16:] else ""
                item.problems.append(Problem("comment-in-entry", span.line,
                                             f"entry '{entry.key}' has a % comment inside it{where}; "
                                             "BibTeX does not allow comments inside entries", entry.key))
                continue
            item.problems.append(Problem("undefined-macro", span.line,
                                         f"entry '{entry.key}' uses undefined macro '{name}'", entry.key))
        if dup_fields:
            span.live = False  # shown, but never edited by field until fixed
    return items


class _Lines:
    """1-based line numbers of offsets, with the line table built only when first needed."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts: list[int] | None = None

    def __call__(self, offset: int) -> int:
        if self.starts is None:
            self.starts = [0] + [m.end() for m in re.finditer(r"\r\n|\n|\r(?!\n)", self.text)]
        return bisect.bisect_right(self.starts, offset)


def _finish(decoded: Decoded, items: list[_Item]) -> ParsedFile:
    """The global pass: what BibTeX reads decides which entries exist; @strings across the file."""
    text = decoded.text
    view = bibtex_view.read(text)
    line_of = _Lines(text)
    items, problems = _cut_runaway(text, items, view, line_of)
    strings = _global_strings(items, problems)
    entries, entry_problems = _visible_entries(text, items, view, line_of, strings)
    problems.extend(entry_problems)
    problems.sort(key=lambda p: p.line)
    spans = [item.span for item in items]
    first = next((item.span for item in items if item.span.live and item.entry is not None), None)
    prefix_end = spans[0].start if spans else len(text)
    return ParsedFile(decoded, prefix_end, spans, entries, strings, problems,
                      style_of(text, first) if first is not None else Style())


def _runaway_start(view: bibtex_view.BibtexView) -> tuple[int, str | None] | None:
    """Where BibTeX starts reading to the end of the file (a value or block that never closes)."""
    for entry in view.entries:
        if entry.error == bibtex_view.EOF_ERROR:
            return entry.start, entry.key
    if view.runaway_command is not None:
        return view.runaway_command, None
    return None


def _cut_runaway(text: str, items: list[_Item], view: bibtex_view.BibtexView,
                 line_of: _Lines) -> tuple[list[_Item], list[Problem]]:
    """Items up to a block that BibTeX reads to the end of the file, which becomes one failed
    span (kept verbatim; nothing may be appended after it); the local problems of non-entries."""
    runaway = _runaway_start(view)
    cut = len(items)
    if runaway is not None:
        start, key = runaway
        cut = next((i for i, item in enumerate(items) if item.span.end > start), len(items))
    problems = [p for item in items[:cut] if item.entry is None for p in item.problems]  # (entries: later)
    if runaway is None or cut == len(items):
        return items, problems
    first = items[cut]
    swallowed = sum(1 for item in items[cut + 1:] if item.span.kind == "entry")
    line = line_of(start)
    span = Span("failed", first.span.start, len(text), first.span.line, live=False)
    hidden = f", {swallowed} more entries hidden" if swallowed else ""
    what = f"entry '{key}'" if key is not None else "the block"
    last = line_of(max(len(text) - 1, 0))
    # an error when it hides entries or bibtexparser failed on it too; else BibTeX's own complaint
    kind = "parse-error" if swallowed or first.span.kind != "entry" else "bibtex-error"
    problems.append(Problem(kind, line, (
        f"{what} at line {line} never ends: a '{{' or '\"' in it is not closed (BibTeX counts \\{{ too), so "
        f"BibTeX reads the rest of the file into it (lines {line}-{last}{hidden}); kept verbatim"), key))
    kept = items[:cut]
    entry = first.entry if first.span.start == start and first.span.kind == "entry" else None
    kept.append(_Item(span, entry, [], first.string_value))
    return kept, problems


def _global_strings(items: list[_Item], problems: list[Problem]) -> dict[str, str]:
    """@string values by lower-cased name; a name defined twice is reported and the first wins."""
    strings: dict[str, str] = {}
    seen: set[str] = set()
    for item in items:
        span = item.span
        if span.kind not in {"string", "duplicate-string"} or span.key is None:
            continue
        folded = span.key.lower()
        if folded in seen:
            span.kind, span.live = "duplicate-string", False
            problems.append(Problem("duplicate-string", span.line, f"@string '{span.key}' is defined more than once"))
            continue
        span.kind = "string"
        seen.add(folded)
        if item.string_value is not None:
            strings[folded] = item.string_value
    return strings


def _visible_entries(text: str, items: list[_Item], view: bibtex_view.BibtexView, line_of: _Lines,
                     strings: dict[str, str]) -> tuple[list[Entry], list[Problem]]:
    """Exactly the entries BibTeX reads, in its order. An entry bibtexparser found at the same
    place with the same key keeps its parsed fields (and stays editable when BibTeX's extent does
    not run past it); one that only BibTeX finds is built from BibTeX's own reading and frozen;
    one that BibTeX does not read is kept as text and reported."""
    by_start = {item.span.start: item for item in items if item.entry is not None}
    comments = _comment_regions(text) if "omment" in text else []
    entries: list[Entry] = []
    problems: list[Problem] = []
    seen: dict[str, int] = {}
    used: set[int] = set()
    for bt in view.entries:
        item = by_start.get(bt.start)
        if item is not None and (item.entry is None or item.entry.key != bt.key):
            item = None
        if item is not None:
            used.add(bt.start)
            problems.extend(item.problems)  # (those of entries BibTeX never reads are dropped)
        line = item.span.line if item is not None else line_of(bt.start)
        folded = bt.key.casefold()
        if bt.repeated or folded in seen:
            if item is not None:
                item.span.live = False
            problems.append(Problem("duplicate-key", line,
                                    f"key '{bt.key}' is already used at line {seen.get(folded, 0)}", bt.key))
            continue
        seen[folded] = line
        if item is not None and item.entry is not None:
            entry = item.entry
            if bt.end > item.span.end or item.span.kind != "entry":
                item.span.live = False  # BibTeX reads past what an edit would replace
        else:
            entry = _entry_from_bibtex(text, bt, line, strings)
        entries.append(entry)
        problems.extend(_reading_notes(text, bt, line, line_of, comments,
                                       has_problem=item is not None and bool(item.problems)))
    for item in items:
        if item.entry is not None and item.span.start not in used and item.span.kind == "entry":
            item.span.kind, item.span.live = "text", False
            if view.ignored_from is not None and item.span.start >= view.ignored_from:
                item.span.kind = "failed"  # (an append would make BibTeX read it: refused until fixed)
                problems.append(Problem("parse-error", item.span.line, (
                    f"entry '{item.entry.key}' is not read by BibTeX: it reads nothing more once it is on the "
                    "file's last line, so the rest of that line is ignored (an empty line at the end of the file "
                    "fixes this)"), item.entry.key))
            else:
                problems.append(Problem("commented-entry", item.span.line, (
                    f"entry '{item.entry.key}' is not read by BibTeX (it lies inside another entry or after a "
                    "syntax error); kept as text"), item.entry.key))
            item.entry = None
    return entries, problems


def _entry_from_bibtex(text: str, bt: bibtex_view.BibtexEntry, line: int, strings: dict[str, str]) -> Entry:
    """An entry as BibTeX reads it (the fields before any error); shown but never edited."""
    fields: dict[str, str] = {}
    for name, raw in bibtex_view.fields_of(text, bt):
        fields.setdefault(name, resolve_value(raw, strings)[0])
    return Entry(key=bt.key, type=bt.entry_type, fields=fields, line=line)


def _reading_notes(text: str, bt: bibtex_view.BibtexEntry, line: int, line_of: _Lines,
                   comments: list[tuple[int, int]], *, has_problem: bool) -> list[Problem]:
    """Where BibTeX's reading of an entry differs from what the text suggests."""
    notes: list[Problem] = []
    newline = text.rfind("\n", 0, bt.start)
    line_start = max(newline, text.rfind("\r", newline + 1, bt.start)) + 1  # (bounded: no scan to offset 0)
    if "%" in text[line_start:bt.start]:
        notes.append(Problem("commented-entry", line, (
            f"entry '{bt.key}' is commented out with '%', but BibTeX has no comments outside entries and "
            "reads it (biber does not)"), bt.key))
    elif any(a < bt.start < b for a, b in comments):
        notes.append(Problem("commented-entry", line, (
            f"entry '{bt.key}' is inside @comment{{...}}, but BibTeX ends a comment after the word and "
            "reads it (biber and btparse do not)"), bt.key))
    if bt.error is not None and bt.error != bibtex_view.EOF_ERROR and not has_problem:
        where = line_of(bt.error_at)
        notes.append(Problem("bibtex-error", where, (
            f"BibTeX stops reading entry '{bt.key}' at line {where}: {bt.error}; it keeps the fields "
            "before that point"), bt.key))
    return notes


# ----- the parse cache lives in parsecache.py; bump PARSER_VERSION on any change to what parse returns
PARSER_VERSION = 2  # 2: an entry's layout (Span.style) is worked out when first needed
_CHUNK_START = re.compile(r"(?m)^[ \t]*@")


def _chunks(text: str) -> list[int]:
    """Chunk starts: offset 0, then the start of every line that opens with ``@``. bibtexparser
    usually starts a new block at such a line (parsecache.py checks where it does not)."""
    starts = [m.start() for m in _CHUNK_START.finditer(text)]
    return starts if starts and starts[0] == 0 else [0, *starts]


def parse_cached(decoded: Decoded, cache: dict[str, object]) -> ParsedFile:
    """``parse`` that reuses per-chunk results from ``cache`` (see ``parsecache.parse_cached``)."""
    from evidence.store import parsecache  # (parsecache imports this module)

    return parsecache.parse_cached(decoded, cache)


def _failure_reason(block: bpm.Block) -> str:
    error = getattr(block, "error", None)
    reason = getattr(error, "abort_reason", None) or (str(error) if error else "")
    lines = reason.strip().splitlines()
    return (lines[0] if lines else "syntax error")[:120]


def _span_for(block: bpm.Block, start: int, end: int, line: int) -> Span:
    if type(block) is bpm.Entry:  # (nearly every block: no walk down the isinstance checks)
        return Span("entry", start, end, line, key=block.key, entry_type=block.entry_type)
    if isinstance(block, bpm.DuplicateBlockKeyBlock):
        inner = block.ignore_error_block
        if isinstance(inner, bpm.Entry):  # judged below: bibtexparser may hide the real entry here
            return Span("entry", start, end, line, key=inner.key, entry_type=inner.entry_type)
        return Span("string", start, end, line, key=block.key)  # duplicates: decided in _finish
    if isinstance(block, bpm.DuplicateFieldKeyBlock):
        inner = block.ignore_error_block
        if isinstance(inner, bpm.Entry):
            span = Span("entry", start, end, line, key=inner.key)
            span.entry_type = inner.entry_type
            return span
        return Span("failed", start, end, line)
    if isinstance(block, (bpm.ParsingFailedBlock, bpm.MiddlewareErrorBlock)):
        return Span("failed", start, end, line)
    if isinstance(block, bpm.Entry):
        return Span("entry", start, end, line, key=block.key, entry_type=block.entry_type)
    if isinstance(block, bpm.String):
        return Span("string", start, end, line, key=block.key)
    if isinstance(block, bpm.Preamble):
        return Span("preamble", start, end, line)
    if isinstance(block, bpm.ExplicitComment):
        return Span("comment", start, end, line)
    return Span("text", start, end, line)


def _entry_from(block: bpm.Block, span: Span, strings: dict[str, str]) -> tuple[Entry, list[str], list[str]]:
    wrapped = isinstance(block, (bpm.DuplicateFieldKeyBlock, bpm.DuplicateBlockKeyBlock))
    inner: bpm.Entry = block.ignore_error_block if wrapped else block  # type: ignore[attr-defined,assignment]
    raw = block.raw or ""
    type_match = _TYPE.match(raw)
    type_raw = type_match.group(1) if type_match else inner.entry_type
    span.entry_type = type_raw
    fields: dict[str, str] = {}
    raw_fields, spellings = span.raw_fields, span.field_names
    undefined: list[str] = []
    duplicates: list[str] = []
    for f in inner.fields:
        written, raw_value = f.key, f.value  # (the value is stripped by the splitter)
        name = written.strip().lower()
        if "%" in name:  # a `% note` line inside the entry got glued to the next field name
            name = _PERCENT_LINE.sub("", name).strip()
            undefined.append(f"%comment-before-{name}")
            if not name:
                # the whole "field" was commented out: no name, nothing BibTeX reads (but its name is
                # part of the layout: worked out now, as style_of could not see it later)
                span.style = _style_of(raw, [g.key for g in inner.fields], type_raw)
                continue
        if name in fields:
            duplicates.append(name)
            continue
        if raw_value[:1] == "{" and raw_value[-1:] == "}" and "#" not in raw_value:
            value = raw_value[1:-1]  # nearly every value: what resolve_value makes of it, without the walk
        else:
            value, missing = resolve_value(raw_value, strings)
            undefined.extend(missing)
        fields[name] = value
        raw_fields[name] = raw_value
        spellings[name] = written
    if isinstance(block, bpm.DuplicateFieldKeyBlock):
        duplicates.extend(k for k in block.duplicate_keys if k.lower() not in duplicates)
    entry = Entry(key=inner.key.strip(), type=inner.entry_type, fields=fields, line=span.line)
    return entry, undefined, sorted(set(duplicates))
