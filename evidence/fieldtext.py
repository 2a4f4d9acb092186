"""Unicode values from other formats -> BibTeX field values, shared by every importer.

Importers (RIS, MEDLINE, CSL-JSON) receive plain Unicode; ``Entry.fields`` holds LaTeX. The
conversion must escape LaTeX specials (``&`` -> ``\\&``) so the value decodes back to the same
text, keep identifiers verbatim, and write names in the ``Last, Jr, First`` form that
:func:`evidence.model.parse_name` reads back unchanged.
"""

from __future__ import annotations

import re

from evidence.latex import escape_specials, to_text

MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
#: Fields that hold identifiers, paths or URLs and are stored verbatim (never LaTeX-escaped).
VERBATIM_FIELDS = frozenset({"doi", "pmid", "pmcid", "isbn", "issn", "url", "file", "eprint", "urldate"})


def latex_escape(text: str) -> str:
    """Escape the LaTeX specials of a Unicode value; letters stay Unicode (the .bib is UTF-8)."""
    return escape_specials(text)


def field_value(name: str, text: str) -> str:
    """A Unicode value as a BibTeX value of field ``name`` (whitespace collapsed)."""
    text = re.sub(r"\s+", " ", text).strip()
    return text if name in VERBATIM_FIELDS else latex_escape(text)


def month_number(value: str) -> int | None:
    """``feb``, ``February``, ``2`` or ``02`` -> 2; anything else -> None."""
    text = to_text(value).strip().lower()
    if text.isdigit():
        n = int(text)
        return n if 1 <= n <= 12 else None
    head = text[:3]
    return MONTHS.index(head) + 1 if head in MONTHS else None


def bib_name(family: str, given: str = "", suffix: str = "", particle: str = "") -> str:
    """``Last, Jr, First`` (escaped); a family name with spaces and no particle is braced so
    ``parse_name`` does not read its first word as a particle or first name."""
    last = latex_escape(family.strip())
    if " " in family.strip() and not particle and not given:
        last = "{" + last + "}"
    if particle:
        last = f"{latex_escape(particle.strip())} {last}"
    given = latex_escape(given.strip())
    suffix = latex_escape(suffix.strip())
    if suffix:
        return f"{last}, {suffix}, {given}"
    return f"{last}, {given}" if given else last


def organisation(name: str) -> str:
    """A corporate author, braced so it is never split into first and last names."""
    return "{" + latex_escape(name.strip()) + "}"


def join_pages(first: str, last: str = "") -> str:
    """``310`` + ``324`` -> ``310--324``; a bare range ``351-4`` keeps its digits."""
    first, last = first.strip(), last.strip()
    if first and last:
        return f"{first}--{last}"
    return re.sub(r"\s*[-–—]+\s*", "--", first)
