"""What a parse of a .bib text is made of: blocks, entries' layouts, problems, raw values' meaning.

A block is a span of the text (``Span``); an edited entry is written in its own layout (``Style``).
Shared by the two passes of a parse (``bibfile``: bibtexparser's blocks, ``verdict``: BibTeX's reading
of the whole file), the parse cache, the piece reader and the library; kept apart so that none of them
imports another for its types.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from evidence.fieldtext import MONTHS
from evidence.model import Entry
from evidence.store.encodings import Decoded

_FIELD_HEAD = re.compile(r"(?m)^[ \t]+[A-Za-z_][\w:.+-]*[ \t]*=[ \t]*(?=[{\"\w])")
_INDENT = re.compile(r"\n([ \t]+)[A-Za-z]")
_EQUALS = re.compile(r"[A-Za-z0-9_-](\s*=\s*)[{\"0-9A-Za-z]")
_TRAILING_COMMA = re.compile(r",\s*[})]\s*$")
_SPACED_EQUALS = re.compile(r"\S =")


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
