"""PubMed record -> BibTeX: the entry type and LaTeX-safe field values (BIBTEX_FIELDS lists them all)."""

from __future__ import annotations

import re

from evidence.fieldtext import MONTHS, latex_escape, month_number
from evidence.formats.casing import clean_journal, is_title_case, journal_title_case
from evidence.sources.records import Correction, PubMedAuthor, PubMedRecord

__all__ = ["BIBTEX_FIELDS", "journal_fields", "month_abbrev", "protect_capitals", "record_eid", "record_entry_type",
           "record_to_fields"]


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
    """PubMed ends titles with a period that BibTeX styles add themselves; drop it. PubMed titles are in
    sentence case, so a capital anywhere but the start of the title or of a subtitle is a proper noun or an
    acronym: it is braced (as Better BibTeX does) so a style that sentence-cases titles keeps it."""
    title = title.strip()
    if title.endswith(".") and not title.endswith(".."):
        title = title[:-1]
    return title


def protect_capitals(title: str) -> str:
    """Brace the words of an escaped sentence-case title that must keep their capitals:
    ``Effect of DNA on Alzheimer disease`` -> ``Effect of {DNA} on {Alzheimer} disease``.
    A part in Title Case (where capitals say nothing; each side of a colon is judged on its own) and a
    title already braced are left as they are."""
    if "{" in title:
        return title
    parts = re.split(r"(:\s+)", title)
    if len(parts) > 1:
        return "".join(protect_capitals(p) if i % 2 == 0 else p for i, p in enumerate(parts))
    if is_title_case(title):
        return title

    def brace(match: re.Match[str]) -> str:
        word = match.group()
        before = title[: match.start()].rstrip()
        starts = not before or before[-1] in ".:?!"
        acronym = any(c.isupper() for c in word[1:])
        if not any(c.isupper() for c in word) or (starts and not acronym):
            return word
        return "{" + word + "}"

    return re.sub(r"(?<![\\\w])[^\W_][\w'’-]*", brace, title)


def record_eid(rec: PubMedRecord) -> str:
    """The article number (PubMed's pii ELocationID such as ``e067194``) of a record without pages."""
    loc = rec.elocation.strip()
    return loc if not rec.pages and re.fullmatch(r"[A-Za-z]{0,4}\d{1,10}", loc) else ""


def journal_fields(rec: PubMedRecord) -> dict[str, str]:
    """``journal`` (the full title as journals print it, PubMed's catalogue disambiguators removed) and
    ``shortjournal`` (the NLM abbreviation that Vancouver/NLM and AMA print)."""
    fields = {}
    if rec.journal:
        fields["journal"] = _tex(journal_title_case(clean_journal(rec.journal)))
    if rec.iso_abbrev:  # older records abbreviate with periods ("J. Biol. Chem."); NLM writes none
        fields["shortjournal"] = _tex(re.sub(r"\.(?=\s|$)", "", rec.iso_abbrev))
    return fields


def _notice_ids(notices: list[Correction]) -> str:
    return "; ".join(dict.fromkeys(c.pmid or c.source for c in notices if c.pmid or c.source))


def record_entry_type(rec: PubMedRecord) -> str:
    """``article`` for journal articles, ``incollection`` for book chapters, ``book`` for books."""
    if not rec.is_book:
        return "article"
    return "incollection" if rec.book_title else "book"


#: Every field ``record_to_fields`` can fill (for ``enrich --overwrite`` validation).
BIBTEX_FIELDS = frozenset({
    "abstract", "author", "booktitle", "concern", "doi", "editor", "eid", "erratum", "isbn", "issn", "journal",
    "keywords", "language", "mesh", "month", "number", "otherabstract", "pages", "pmcid", "pmid", "publisher",
    "pubtype", "retracted", "shortjournal", "title", "volume", "year",
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
    put("title", protect_capitals(_tex(_bib_title(rec.title))))
    if rec.is_book:
        put("booktitle", _tex(_bib_title(rec.book_title)))
        put("publisher", _tex(rec.publisher))
        put("isbn", rec.isbn)
    else:
        fields.update(journal_fields(rec))
        put("eid", record_eid(rec))
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
    put("otherabstract", _tex(rec.other_abstract))
    put("keywords", _tex(", ".join(rec.keywords)))
    put("mesh", _tex("; ".join(m.display() for m in rec.mesh)))
    put("pubtype", _tex("; ".join(rec.publication_types)))
    put("language", rec.language)
    retracted = _notice_ids(rec.notices("RetractionIn", "RetractedandRepublishedIn"))
    put("retracted", retracted or ("yes" if rec.is_retracted else ""))
    put("erratum", _notice_ids(rec.notices("ErratumIn")))
    put("concern", _notice_ids(rec.notices("ExpressionOfConcernIn")))
    return fields

