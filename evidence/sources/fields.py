"""PubMed record -> BibTeX: the entry type and LaTeX-safe field values (BIBTEX_FIELDS lists them all)."""

from __future__ import annotations

import re

from evidence.fieldtext import MONTHS, latex_escape, month_number
from evidence.sources.records import Correction, PubMedAuthor, PubMedRecord

__all__ = ["BIBTEX_FIELDS", "month_abbrev", "record_entry_type", "record_to_fields"]


def month_abbrev(month: str) -> str:
    """``Mar``/``03``/``March``/``Mar-Apr`` -> ``mar``; seasons and unknowns -> ``""``."""
    n = month_number(re.split(r"[-/\s]", month.strip(), maxsplit=1)[0])
    return MONTHS[n - 1] if n else ""


# --------------------------------------------------------------------------- BibTeX fields

def _tex(text: str) -> str:
    """Escape LaTeX specials so a PubMed value is a safe BibTeX value (Unicode kept as is)."""
    return latex_escape(text)


def _bib_name(author: PubMedAuthor) -> str:
    if author.collective:
        return "{" + _tex(author.collective) + "}"
    first = author.fore or author.initials
    last = _tex(author.last)
    if author.suffix:
        return f"{last}, {_tex(author.suffix)}, {_tex(first)}" if first else f"{last}, {_tex(author.suffix)}"
    return f"{last}, {_tex(first)}" if first else last


def _bib_title(title: str) -> str:
    """PubMed ends titles with a period that BibTeX styles add themselves; drop it."""
    title = title.strip()
    if title.endswith(".") and not title.endswith(".."):
        title = title[:-1]
    return title


def _notice_ids(notices: list[Correction]) -> str:
    return "; ".join(dict.fromkeys(c.pmid or c.source for c in notices if c.pmid or c.source))


def record_entry_type(rec: PubMedRecord) -> str:
    """``article`` for journal articles, ``incollection`` for book chapters, ``book`` for books."""
    if not rec.is_book:
        return "article"
    return "incollection" if rec.book_title else "book"


#: Every field ``record_to_fields`` can fill (for ``enrich --overwrite`` validation).
BIBTEX_FIELDS = frozenset({
    "abstract", "author", "booktitle", "concern", "doi", "editor", "erratum", "isbn", "issn", "journal",
    "keywords", "language", "mesh", "month", "number", "pages", "pmcid", "pmid", "publisher", "pubtype",
    "retracted", "title", "volume", "year",
})


def record_to_fields(rec: PubMedRecord) -> dict[str, str]:
    """BibTeX field values (LaTeX-safe, Unicode kept) for a record; empty values are left out.

    ``mesh`` and ``pubtype`` are ``; ``-separated (major MeSH topics end in ``*``),
    ``keywords`` are ``, ``-separated as biblatex expects, and ``retracted``/``erratum``/
    ``concern`` name the PMIDs of the notices (``yes`` when only the publication type says so).
    ``doi`` is left unescaped because biblatex reads it verbatim.
    """
    fields: dict[str, str] = {}

    def put(name: str, value: str) -> None:
        if value:
            fields[name] = value

    put("author", " and ".join(_bib_name(a) for a in rec.authors))
    put("editor", " and ".join(_bib_name(a) for a in rec.editors))
    put("title", _tex(_bib_title(rec.title)))
    if rec.is_book:
        put("booktitle", _tex(_bib_title(rec.book_title)))
        put("publisher", _tex(rec.publisher))
        put("isbn", rec.isbn)
    else:
        put("journal", _tex(rec.journal))
    put("year", rec.year)
    put("month", month_abbrev(rec.month))
    put("volume", _tex(rec.volume))
    put("number", _tex(rec.issue))
    put("pages", _tex(rec.pages))
    put("doi", rec.doi)  # verbatim in biblatex: escaping would corrupt it
    put("pmid", rec.pmid)
    put("pmcid", rec.pmcid)
    put("issn", rec.issn)
    put("abstract", _tex(rec.abstract))
    put("keywords", _tex(", ".join(rec.keywords)))
    put("mesh", _tex("; ".join(m.display() for m in rec.mesh)))
    put("pubtype", _tex("; ".join(rec.publication_types)))
    put("language", rec.language)
    retracted = _notice_ids(rec.notices("RetractionIn", "RetractedandRepublishedIn"))
    put("retracted", retracted or ("yes" if rec.is_retracted else ""))
    put("erratum", _notice_ids(rec.notices("ErratumIn")))
    put("concern", _notice_ids(rec.notices("ExpressionOfConcernIn")))
    return fields

