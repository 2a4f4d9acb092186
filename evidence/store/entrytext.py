"""BibTeX text for edited and new entries, and the rule for values that may be written."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING

from evidence.errors import EntryError
from evidence.fieldtext import MONTHS
from evidence.model import Entry

if TYPE_CHECKING:
    from evidence.store.blocks import Span, Style


_NOT_BRACE = re.compile(r"[^{}]+")
_BRACE_OR_ESCAPE = re.compile(r"\\.|[{}]", re.S)  # (an escaped character is one match, never a brace)
_AT_LINE = re.compile(r"(^|\n)\s*@")


def _balanced(value: str, *, skip_escaped: bool) -> bool:
    """Every } closes an earlier {, and every { is closed; with ``skip_escaped`` a backslash hides the
    next character. (Only the braces are visited: a character-by-character loop cost a 7k import ~10%.
    Without escapes, the braces alone are balanced when removing ``{}`` pairs empties them: a few
    passes settle nearly every value.)"""
    if skip_escaped:
        braces = "".join(m.group() for m in _BRACE_OR_ESCAPE.finditer(value) if m.group() in "{}")
    else:
        braces = _NOT_BRACE.sub("", value)
    for _ in range(4):
        if "{}" not in braces:
            return not braces
        braces = braces.replace("{}", "")
    depth = 0  # (deeply nested: one walk)
    for brace in braces:
        depth += 1 if brace == "{" else -1
        if depth < 0:
            return False
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
        problem = "an unpaired escaped brace (\\{ or \\})"
        hint = "write \\textbraceleft{} or \\textbraceright{} instead"
    elif (len(value.rstrip()) - len(value.rstrip().rstrip("\\"))) % 2:
        problem, hint = "a trailing backslash", "remove it or write \\textbackslash{}"
    elif "@" in value and _AT_LINE.search(value):
        problem, hint = "a line starting with @", "join the line to the previous one or remove the @"
    if problem:
        raise EntryError(f"value of '{name}' in '{key}' has {problem}", hint=hint)


def serialize(entry: Entry, span: Span | None, style: Style, resolved: dict[str, str] | None, nl: str,
              checked: Mapping[str, str] | None = None) -> str:
    """BibTeX text for an edited or new entry: unchanged fields keep their raw text (macros, quotes).
    ``checked``: values that already passed :func:`check_value` (the very same string objects are
    not checked again; any other value is)."""
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
            if checked is None or checked.get(name) is not value:
                check_value(entry.key, name, value)
            rendered = "{" + value + "}"
        comma = "," if (i < len(items) - 1 or style.trailing_comma) else ""
        head = f"{style.indent}{written}{style.equals}"
        if style.align:
            head = head.ljust(style.align) if len(head) < style.align else head + " "
        lines.append(f"{head}{rendered}{comma}")
    lines.append("}")
    if nl == "\n":
        return "\n".join(lines)
    return nl.join(line.replace("\r\n", "\n").replace("\n", nl) for line in lines)
