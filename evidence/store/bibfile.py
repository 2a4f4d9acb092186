"""Lossless BibTeX text: locate blocks, read fields, patch edited entries; the only bibtexparser user.

bibtexparser's writer re-lays every entry (see docs/bibtex-fidelity notes), so we never use it.
We use its splitter only to find blocks, then keep the original text and the offset of every
block. Saving splices new text over the spans of edited entries and copies everything else
byte-for-byte: comments, @string, @preamble, failed blocks and the text between blocks.
"""

from __future__ import annotations

import bisect
import codecs
import contextlib
import gc
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

import bibtexparser
from bibtexparser import model as bpm

# bibtexparser logs every failed block itself; we report them, with lines, through Problem.
# Set once at import (not toggled per call, which was not thread-safe).
_BP_LOG = logging.getLogger("bibtexparser")
_BP_LOG.addHandler(logging.NullHandler())
_BP_LOG.propagate = False

from evidence.errors import EntryError, LibraryError
from evidence.fieldtext import MONTHS
from evidence.model import Entry

# JabRef writes "% Encoding: windows-1252"; Emacs users write "-*- coding: latin-9 -*-"
_ENCODING_HEADER = re.compile(rb"%\s*Encoding\s*:\s*([A-Za-z0-9_.:-]+)|-\*-.*?coding:\s*([A-Za-z0-9_.:-]+)")
_ENTRY_START = re.compile(r"@[ \t]*[A-Za-z]+[ \t]*[{(]")
_COMMENT_START = re.compile(r"@[ \t]*comment[ \t]*[{(]", re.I)
_FIELD_HEAD = re.compile(r"(?m)^[ \t]+[A-Za-z_][\w:.+-]*[ \t]*=[ \t]*(?=[{\"\w])")


@dataclass(frozen=True)
class Problem:
    """Something wrong in the file, reported on every load with its 1-based line."""

    kind: str  # parse-error | duplicate-key | duplicate-field | commented-entry | undefined-macro
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


@dataclass
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


@dataclass
class Decoded:
    text: str
    encoding: str
    bom: bytes
    newline: str
    guessed: bool  # the encoding was a guess (not UTF-8, no BOM, no header)


def decode(data: bytes) -> Decoded:
    """Bytes to text without loss: BOM, then strict UTF-8, then a ``% Encoding:`` header, then cp1252."""
    bom, encoding, guessed = b"", "utf-8", False
    for mark, enc in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                      (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(mark):
            bom, encoding = mark, enc
            break
    body = data[len(bom):]
    if not bom and b"\x00" in body[:4096]:
        raise LibraryError("this looks like a binary file, not BibTeX",
                           hint="check the path, or give the .bib file with --library")
    try:
        text = body.decode(encoding)
    except UnicodeDecodeError as exc:
        if bom:
            raise LibraryError(f"not valid {encoding} despite its byte-order mark (byte {exc.start})",
                               hint="re-save the file in one encoding") from None
        header = _ENCODING_HEADER.search(body[:2000])
        declared = codec_name((header.group(1) or header.group(2)).decode("ascii")) if header else ""
        for enc in ([declared] if declared else []) + ["cp1252", "latin-1"]:
            try:
                codecs.lookup(enc)
                text = body.decode(enc)
            except (LookupError, UnicodeDecodeError):
                continue
            # only a header that names the encoding that worked counts as a confirmation
            encoding, guessed = enc, not declared or codec_name(enc) != declared
            break
    crlf = text.count("\r\n")
    newline = "\r\n" if crlf and crlf >= text.count("\n") - crlf else "\n"
    return Decoded(text, encoding, bom, newline, guessed)


def codec_name(name: str) -> str:
    """Python's name for an encoding as people write it (``latin-9`` -> ``iso8859-15``); the name
    unchanged when Python does not know it (the caller reports that)."""
    name = re.sub(r"-(unix|dos|mac)$", "", name.strip(), flags=re.I)  # Emacs line-ending suffixes
    for candidate in (name, name.replace("-", ""), name.replace("-", "_")):
        try:
            return codecs.lookup(candidate).name
        except LookupError:
            continue
    return name


def encode(text: str, decoded: Decoded) -> bytes:
    """Text back to bytes in the file's own encoding and BOM."""
    try:
        return decoded.bom + text.encode(decoded.encoding)
    except UnicodeEncodeError as exc:
        raise LibraryError(
            f"character {text[exc.start]!r} cannot be written in this file's encoding ({decoded.encoding})",
            hint="convert the file to UTF-8, or use a LaTeX escape for the character",
        ) from None


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


def _line_of(text: str, offset: int, line_starts: list[int]) -> int:
    return bisect.bisect_right(line_starts, offset)


def _comment_regions(text: str) -> list[tuple[int, int]]:
    """Extents of braced ``@comment{...}`` blocks, so entries inside them stay comments."""
    regions = []
    for match in _COMMENT_START.finditer(text):
        opener = text[match.end() - 1]
        closer = "}" if opener == "{" else ")"
        depth, i = 1, match.end()
        while i < len(text) and depth:
            if text[i] == opener:
                depth += 1
            elif text[i] == closer:
                depth -= 1
            i += 1
        regions.append((match.start(), i))
    return regions


def _style_of(raw: str, fields: list[bpm.Field], entry_type_raw: str) -> Style:
    style = Style()
    m = re.search(r"\n([ \t]+)[A-Za-z]", raw)
    if m:
        style.indent = m.group(1)
    m = re.search(r"[A-Za-z0-9_-](\s*=\s*)[{\"0-9A-Za-z]", raw[raw.find(",") + 1:] if "," in raw else raw)
    if m and "\n" not in m.group(1):
        style.equals = m.group(1)
    style.trailing_comma = bool(re.search(r",\s*[})]\s*$", raw))
    heads = [m.group(0) for m in _FIELD_HEAD.finditer(raw)]
    if len(heads) >= 2 and len({len(h) for h in heads}) == 1 and len({len(h.split("=")[0].strip()) for h in heads}) > 1:
        style.align = len(heads[0])  # values start in one column (JabRef, bibtool): keep it
        style.equals = " =" if re.search(r"\S =", heads[0]) else "="
    names = [f.key for f in fields]
    style.upper_names = bool(names) and all(n.upper() == n for n in names) and any(c.isalpha() for c in "".join(names))
    style.capitalized_names = bool(names) and not style.upper_names and all(
        n[:1].isupper() and n[1:] == n[1:].lower() for n in names)
    style.upper_type = entry_type_raw.isupper()
    return style


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


@dataclass
class _Item:
    """What the local pass learns about one block, with offsets and lines relative to its text."""

    span: Span
    entry: Entry | None = None  # an entry candidate (duplicates are decided by the global pass)
    problems: list[Problem] = field(default_factory=list)
    string_value: str | None = None  # for @string blocks: the resolved value


@contextlib.contextmanager
def _no_gc() -> Iterator[None]:
    """Parsing allocates a few objects per field and frees none of them: the cyclic collector
    only rescans the growing heap (half the time on 100k entries), so it waits until we finish."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def parse(decoded: Decoded) -> ParsedFile:
    """Locate every block and build entries; never raises on bad BibTeX, it reports problems."""
    with _no_gc():
        return _finish(decoded, _local_items(decoded.text))


def _local_items(text: str, strings: dict[str, str] | None = None) -> list[_Item]:
    """The blocks of ``text`` (a whole file, or one chunk of it with the file's ``strings``)."""
    library = bibtexparser.parse_string(text, parse_stack=[])
    line_starts = [0] + [m.end() for m in re.finditer(r"\r\n|\n|\r(?!\n)", text)]
    comments = _comment_regions(text)
    blocks = [b for b in library.blocks if b.raw]
    items: list[_Item] = []
    cursor = 0
    for block in blocks:
        raw = block.raw
        pos = text.find(raw, cursor)
        if pos < 0:
            raise LibraryError("could not map the parsed blocks back onto the file text",
                               hint="the file is opened read-only; please report this file")
        items.append(_Item(_span_for(block, pos, pos + len(raw), _line_of(text, pos, line_starts))))
        cursor = pos + len(raw)
    if strings is None:
        strings = {}
        for block in blocks:
            if isinstance(block, bpm.String):
                strings.setdefault(block.key.lower(), resolve_value(block.value, strings)[0])
    for item, block in zip(items, blocks):
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
            continue
        inside_comment = any(a < span.start < b for a, b in comments)
        line_start = line_starts[span.line - 1]
        if inside_comment or "%" in text[line_start:span.start]:
            span.live = False
            span.kind = "comment"
            item.problems.append(Problem("commented-entry", span.line,
                                         f"entry '{span.key}' is commented out; kept as a comment", span.key))
            continue
        entry, undefined, dup_fields = _entry_from(block, span, strings)
        item.entry = entry
        for name in dup_fields:
            item.problems.append(Problem("duplicate-field", span.line,
                                         f"entry '{entry.key}' has field '{name}' more than once", entry.key))
        for name in undefined:
            if name.startswith("%comment-before-"):
                item.problems.append(Problem("comment-in-entry", span.line,
                                             f"entry '{entry.key}' has a % comment inside it (before '{name[16:]}'); "
                                             "BibTeX does not allow comments inside entries", entry.key))
                continue
            item.problems.append(Problem("undefined-macro", span.line,
                                         f"entry '{entry.key}' uses undefined macro '{name}'", entry.key))
        if dup_fields:
            span.live = False  # shown, but never edited by field until fixed
    return items


def _finish(decoded: Decoded, items: list[_Item]) -> ParsedFile:
    """The global pass: duplicate keys and @strings across the file, entries, problems in order."""
    problems: list[Problem] = []
    entries: list[Entry] = []
    strings: dict[str, str] = {}
    seen: dict[str, int] = {}
    seen_strings: set[str] = set()
    styles: list[Style] = []
    for item in items:
        span = item.span
        problems.extend(item.problems)
        if span.kind in {"string", "duplicate-string"} and span.key is not None:
            folded_string = span.key.lower()
            if folded_string in seen_strings:
                span.kind, span.live = "duplicate-string", False
                problems.append(Problem("duplicate-string", span.line,
                                        f"@string '{span.key}' is defined more than once"))
            else:
                span.kind = "string"
                seen_strings.add(folded_string)
                if item.string_value is not None:
                    strings[folded_string] = item.string_value
            continue
        if item.entry is None:
            continue
        entry = item.entry
        folded = entry.key.casefold()
        if folded in seen:
            span.live = False
            problems.append(Problem("duplicate-key", span.line,
                                    f"key '{entry.key}' is already used at line {seen[folded]}", entry.key))
            continue
        seen[folded] = span.line
        entries.append(entry)
        if span.style:
            styles.append(span.style)
    problems.sort(key=lambda p: p.line)
    spans = [item.span for item in items]
    prefix_end = spans[0].start if spans else len(decoded.text)
    return ParsedFile(decoded, prefix_end, spans, entries, strings, problems,
                      styles[0] if styles else Style())


# ----- the parse cache lives in parsecache.py; bump PARSER_VERSION on any change to what parse returns
PARSER_VERSION = 1
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
    type_match = re.match(r"@\s*([A-Za-z]+)", raw)
    type_raw = type_match.group(1) if type_match else inner.entry_type
    span.style = _style_of(raw, inner.fields, type_raw)
    span.entry_type = type_raw
    fields: dict[str, str] = {}
    undefined: list[str] = []
    duplicates: list[str] = []
    for f in inner.fields:
        name = f.key.strip().lower()
        if "%" in name:  # a `% note` line inside the entry got glued to the next field name
            name = re.sub(r"%[^\n]*\n?", "", name).strip()
            undefined.append(f"%comment-before-{name}")
        if name in fields:
            duplicates.append(name)
            continue
        value, missing = resolve_value(f.value, strings)
        undefined.extend(missing)
        fields[name] = value
        span.raw_fields[name] = f.value
        span.field_names[name] = f.key
    if isinstance(block, bpm.DuplicateFieldKeyBlock):
        duplicates.extend(k for k in block.duplicate_keys if k.lower() not in duplicates)
    entry = Entry(key=inner.key.strip(), type=inner.entry_type, fields=fields, line=span.line)
    return entry, undefined, sorted(set(duplicates))


def _balanced(value: str, *, skip_escaped: bool) -> bool:
    depth, i = 0, 0
    while i < len(value):
        ch = value[i]
        if skip_escaped and ch == "\\":
            i += 2
            continue
        depth += ch == "{"
        depth -= ch == "}"
        if depth < 0:
            return False
        i += 1
    return depth == 0


def check_value(key: str, name: str, value: str) -> None:
    """Refuse values that would break the file or read back differently in other tools.

    BibTeX counts every brace, bibtexparser (and biber) skip escaped ones (``\\{``): a value
    is safe only when its braces balance both ways.
    """
    problem = ""
    if "{" not in value and "}" not in value and "\\" not in value and "@" not in value:
        return  # most values: nothing that could break the file
    if not _balanced(value, skip_escaped=False):
        problem, hint = "unbalanced braces", "balance the { and } in the value"
    elif "\\" in value and not _balanced(value, skip_escaped=True):
        problem, hint = "an unpaired escaped brace (\\{ or \\})", "write \\textbraceleft{} or \\textbraceright{} instead"
    elif (len(value.rstrip()) - len(value.rstrip().rstrip("\\"))) % 2:
        problem, hint = "a trailing backslash", "remove it or write \\textbackslash{}"
    elif re.search(r"(^|\n)\s*@", value):
        problem, hint = "a line starting with @", "join the line to the previous one or remove the @"
    if problem:
        raise EntryError(f"value of '{name}' in '{key}' has {problem}", hint=hint)


def serialize(entry: Entry, span: Span | None, style: Style, resolved: dict[str, str] | None, nl: str) -> str:
    """BibTeX text for an edited or new entry: unchanged fields keep their raw text (macros, quotes)."""
    style = span.style if span and span.style else style
    if span and span.entry_type.lower() == entry.type:
        etype = span.entry_type  # keep the type as the user wrote it (@ARTICLE, @Article)
    else:
        etype = entry.type.upper() if style.upper_type else entry.type
    lines = [f"@{etype}{{{entry.key},"]
    items = list(entry.fields.items())
    for i, (name, value) in enumerate(items):
        written = (span.field_names.get(name) if span else None) or (
            name.upper() if style.upper_names else name.capitalize() if style.capitalized_names else name)
        if span and resolved is not None and resolved.get(name) == value and name in span.raw_fields:
            rendered = span.raw_fields[name]
        elif name == "month" and value in MONTHS:
            rendered = value  # the month macro, so styles print the month name
        else:
            check_value(entry.key, name, value)
            rendered = "{" + value + "}"
        comma = "," if (i < len(items) - 1 or style.trailing_comma) else ""
        head = f"{style.indent}{written}{style.equals}"
        if style.align:
            head = head.ljust(style.align) if len(head) < style.align else head + " "
        lines.append(f"{head}{rendered}{comma}")
    lines.append("}")
    return nl.join(line.replace("\r\n", "\n").replace("\n", nl) if nl != "\n" else line for line in lines)
