"""Lossless BibTeX text: locate blocks, read fields, patch edited entries; the only bibtexparser user.

bibtexparser's writer re-lays every entry (see docs/bibtex-fidelity notes), so we never use it.
We use its splitter only to find blocks, then keep the original text and the offset of every
block. Saving splices new text over the spans of edited entries and copies everything else
byte-for-byte: comments, @string, @preamble, failed blocks and the text between blocks.

This module is the local pass (each block as bibtexparser reads it, mapped onto the text) and the
entry point of a parse. Which entries exist is BibTeX's call, not bibtexparser's: that is the whole-file
pass in ``verdict``. The types both passes share are in ``blocks``; every name stays importable from here.
"""

from __future__ import annotations

import contextlib
import gc
import logging
import re
from collections.abc import Iterator

from bibtexparser import model as bpm
from bibtexparser.entrypoint import parse_string

from evidence.errors import LibraryError
from evidence.model import Entry
from evidence.store.blocks import ParsedFile as ParsedFile
from evidence.store.blocks import Problem as Problem
from evidence.store.blocks import Span as Span
from evidence.store.blocks import Style as Style
from evidence.store.blocks import _Item as _Item
from evidence.store.blocks import _style_of
from evidence.store.blocks import resolve_value as resolve_value
from evidence.store.blocks import split_value as split_value
from evidence.store.blocks import style_of as style_of
from evidence.store.encodings import Decoded as Decoded
from evidence.store.encodings import codec_name as codec_name
from evidence.store.encodings import decode as decode
from evidence.store.encodings import encode as encode
from evidence.store.entrytext import check_value as check_value
from evidence.store.entrytext import serialize as serialize
from evidence.store.verdict import finish

__all__ = ["Decoded", "ParsedFile", "Problem", "Span", "Style", "check_value", "codec_name", "decode", "encode",
           "parse", "resolve_value", "serialize", "split_value", "style_of"]

# bibtexparser logs every failed block itself; we report them, with lines, through Problem.
# Set once at import (not toggled per call, which was not thread-safe).
_BP_LOG = logging.getLogger("bibtexparser")
_BP_LOG.addHandler(logging.NullHandler())
_BP_LOG.propagate = False

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


_TYPE = re.compile(r"@\s*([A-Za-z]+)")
_BLOCK_MARK = re.compile(r"@\w*[ \t]*")  # (bibtexparser's block start, before its `{` or `(`)
_PERCENT_LINE = re.compile(r"%[^\n]*\n?")


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
        return finish(decoded, _local_items(decoded.text))


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
            if type(block) is not bpm.Entry and isinstance(block, bpm.String):
                strings.setdefault(block.key.lower(), resolve_value(block.value, strings)[0])
    for item, block in zip(items, blocks, strict=True):
        span = item.span
        if type(block) is not bpm.Entry:  # (isinstance on bibtexparser's classes costs: not for every entry)
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


# ----- the parse cache lives in parsecache.py; bump PARSER_VERSION on any change to what parse returns
PARSER_VERSION = 2  # 2: an entry's layout (Span.style) is worked out when first needed
_CHUNK_START = re.compile(r"(?m)^[ \t]*@")


def _chunks(text: str) -> list[int]:
    """Chunk starts: offset 0, then the start of every line that opens with ``@``. bibtexparser
    usually starts a new block at such a line (parsecache.py checks where it does not)."""
    starts = [m.start() for m in _CHUNK_START.finditer(text)]
    return starts if starts and starts[0] == 0 else [0, *starts]


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
    plain = type(block) is bpm.Entry  # (nearly every block; isinstance on bibtexparser's classes costs more)
    wrapped = not plain and isinstance(block, (bpm.DuplicateFieldKeyBlock, bpm.DuplicateBlockKeyBlock))
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
    if not plain and isinstance(block, bpm.DuplicateFieldKeyBlock):
        duplicates.extend(k for k in block.duplicate_keys if k.lower() not in duplicates)
    entry = Entry(key=inner.key.strip(), type=inner.entry_type, fields=fields, line=span.line)
    return entry, undefined, sorted(set(duplicates))
