"""The whole-file pass of a parse: BibTeX's reading of the text decides which entries exist.

It also settles which of bibtexparser's blocks stay editable, the @strings across the file, and the
problems only the whole file shows (a value that never ends, duplicate keys, commented-out entries).

bibtexparser's splitter (``bibfile``) reads each block on its own and forgives what BibTeX does not;
the entries a LaTeX build can cite are the ones BibTeX reads (``bibtex_view``), so this pass has the
last word. It works on the items of the local pass, from a whole parse or from the parse cache alike.
"""

from __future__ import annotations

import bisect
import re

from evidence.model import Entry
from evidence.store import bibtex_view
from evidence.store.blocks import ParsedFile, Problem, Span, Style, _Item, resolve_value, style_of
from evidence.store.encodings import Decoded

_COMMENT_START = re.compile(r"@[ \t]*comment[ \t]*[{(]", re.I)
_BRACES, _PARENS = re.compile(r"[{}]"), re.compile(r"[()]")


def comment_regions(text: str) -> list[tuple[int, int]]:
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


class Lines:
    """1-based line numbers of offsets, with the line table built only when first needed."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts: list[int] | None = None

    def __call__(self, offset: int) -> int:
        if self.starts is None:
            self.starts = [0] + [m.end() for m in re.finditer(r"\r\n|\n|\r(?!\n)", self.text)]
        return bisect.bisect_right(self.starts, offset)


def finish(decoded: Decoded, items: list[_Item]) -> ParsedFile:
    """The global pass: what BibTeX reads decides which entries exist; @strings across the file."""
    text = decoded.text
    view = bibtex_view.read(text)
    line_of = Lines(text)
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
                 line_of: Lines) -> tuple[list[_Item], list[Problem]]:
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


def _visible_entries(text: str, items: list[_Item], view: bibtex_view.BibtexView, line_of: Lines,
                     strings: dict[str, str]) -> tuple[list[Entry], list[Problem]]:
    """Exactly the entries BibTeX reads, in its order. An entry bibtexparser found at the same
    place with the same key keeps its parsed fields (and stays editable when BibTeX's extent does
    not run past it); one that only BibTeX finds is built from BibTeX's own reading and frozen;
    one that BibTeX does not read is kept as text and reported."""
    by_start = {item.span.start: item for item in items if item.entry is not None}
    comments = comment_regions(text) if "omment" in text else []
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
        problems.extend(reading_notes(text, bt, line, line_of, comments,
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


def reading_notes(text: str, bt: bibtex_view.BibtexEntry, line: int, line_of: Lines,
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
