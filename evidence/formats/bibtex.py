"""BibTeX files as an import source and an export format (the library's own store is evidence.store).

Reading goes through the store's lossless parser, so an imported file is understood exactly as
a library would be; writing uses the store's value rule, so an export always reads back.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from evidence.errors import EntryError, FormatError, LibraryError
from evidence.formats.validate import Problems, check_fields
from evidence.latex import to_latex
from evidence.model import Entry
from evidence.store import bibfile
from evidence.store.bibfile import check_value

__all__ = ["dumps", "entry_to_bibtex", "read"]


def read(data: bytes, path: Path | str | None) -> tuple[list[Entry], list[str]]:
    """The entries of a .bib file and warnings; a block that does not parse fails the whole file."""
    try:
        decoded = bibfile.decode(data)
    except LibraryError as exc:
        raise FormatError(exc.message, path=path, hint=exc.hint) from None
    parsed = bibfile.parse(decoded)
    failed = [p for p in parsed.problems if p.kind == "parse-error"]
    if failed:
        raise FormatError(
            f"{len(failed)} BibTeX block(s) could not be parsed (first at line {failed[0].line}); "
            "the file may be truncated or damaged",
            path=path,
            line=failed[0].line,
            hint="fix the block at that line (a missing } or comma), then import again",
        )
    warnings = [f"line {p.line}: {p.message}" for p in parsed.problems]
    if decoded.guessed:
        warnings.insert(0, f"encoding guessed as {decoded.encoding}")
    if not parsed.entries and decoded.text.strip():
        raise FormatError("no BibTeX entries found", path=path, hint="a BibTeX entry starts with '@article{key,'")
    problems = Problems()
    entries = []
    for entry in parsed.entries:
        # a .bib may say year = {forthcoming}; identifiers must still be identifiers
        fields = check_fields(entry.fields, f"entry '{entry.key}' (line {entry.line})", problems, years=False)
        if len(fields) != len(entry.fields):
            entry = Entry(key=entry.key, type=entry.type, fields=fields, line=entry.line)
        entries.append(entry)
    return entries, warnings + problems.messages


def entry_to_bibtex(entry: Entry, ascii: bool = False) -> str:
    """A BibTeX entry in the usual layout (two-space indent, braces, trailing comma)."""
    lines = [f"@{entry.type}{{{entry.key},"]
    for name, value in entry.fields.items():
        if ascii:
            value = to_latex(value)
        try:
            check_value(entry.key, name, value)  # the store's own rule, so exports read back the same
        except EntryError as exc:
            raise FormatError(exc.message, hint="run 'evidence lint' and fix that field") from None
        lines.append(f"  {name} = {{{value}}},")
    lines.append("}")
    return "\n".join(lines)


def dumps(entries: Iterable[Entry], *, ascii: bool = False, raw_text: Callable[[str], str] | None = None) -> str:
    """The entries as BibTeX: each one's exact source text from ``raw_text(key)`` when given (the
    library's bytes, comments inside the entry and all), else a fresh serialisation; ``ascii``
    turns non-ASCII characters into LaTeX escapes."""
    blocks = []
    for entry in entries:
        raw = raw_text(entry.key) if raw_text is not None else None
        if raw:
            blocks.append(to_latex(raw) if ascii else raw)
        else:
            blocks.append(entry_to_bibtex(entry, ascii=ascii))
    return "\n\n".join(blocks) + "\n" if blocks else ""
