"""Crossref works and CSL-JSON items -> BibTeX/biblatex entry type and LaTeX-safe fields.

Crossref's REST ``message`` and DOI content negotiation's CSL-JSON share most keys, but CSL
uses its own type names (``article-journal``, ``chapter``) and plain strings where Crossref
has lists, so every lookup below accepts both. Abstracts arrive as JATS XML and titles may
carry HTML; both become plain text before escaping. ``updated-by`` notices (correction,
retraction, expression of concern) are stored in the same fields as PubMed's notices.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from typing import Any

from evidence.fieldtext import MONTHS, bib_name, join_pages, latex_escape, organisation

__all__ = ["WORK_FIELDS", "crossref_type", "jats_to_text", "published_version", "work_fields"]

#: Crossref (and CSL) type -> entry type. Anything else is ``misc``.
_TYPES = {
    "journal-article": "article", "article-journal": "article", "article-magazine": "article",
    "article-newspaper": "article",
    "book": "book", "monograph": "book", "edited-book": "book", "reference-book": "book", "book-set": "book",
    "book-series": "book", "book-track": "book",
    "book-chapter": "incollection", "book-section": "incollection", "book-part": "incollection",
    "reference-entry": "incollection", "chapter": "incollection", "entry-encyclopedia": "incollection",
    "entry-dictionary": "incollection", "entry": "incollection",
    "proceedings-article": "inproceedings", "paper-conference": "inproceedings",
    "proceedings": "proceedings", "proceedings-series": "proceedings",
    "dissertation": "phdthesis", "thesis": "phdthesis",
    "report": "techreport", "report-component": "techreport", "report-series": "techreport",
    "dataset": "dataset", "database": "dataset", "software": "software",
    "standard": "standard", "standard-series": "standard",
    "posted-content": "misc", "article": "misc",
}
_NOTICE_FIELDS = {"retraction": "retracted", "removal": "retracted", "withdrawal": "retracted",
                  "correction": "erratum", "corrigendum": "erratum", "erratum": "erratum", "addendum": "erratum",
                  "expression_of_concern": "concern", "expression-of-concern": "concern"}
_DATE_KEYS = ("issued", "published", "published-print", "published-online", "posted", "approved")
_TAG = re.compile(r"<[^>]+>")
_JATS_TITLE = re.compile(r"<(?:jats:)?title\b[^>]*>.*?</(?:jats:)?title>", re.S)
_SECTION_TITLE = re.compile(r"<(?:jats:)?title\b[^>]*>(.*?)</(?:jats:)?title>\s*<(?:jats:)?p\b[^>]*>", re.S)
_PARA = re.compile(r"<(?:jats:)?(?:p|sec)\b[^>]*>", re.S)

#: Every field ``work_fields`` can fill (for ``enrich --overwrite`` validation).
WORK_FIELDS = frozenset({
    "abstract", "address", "author", "booktitle", "chapter", "concern", "doi", "edition", "editor", "eid",
    "erratum", "eprint", "eprinttype", "howpublished", "institution", "isbn", "issn", "journal", "language",
    "month", "note", "number", "organization", "pages", "publishedversion", "publisher", "retracted", "school",
    "title", "type", "url", "version", "volume", "year",
})


def crossref_type(work: Mapping[str, Any]) -> str:
    """The entry type for a Crossref/CSL type; a thesis whose degree says master is ``mastersthesis``."""
    kind = _TYPES.get(str(work.get("type", "")), "misc")
    if kind == "phdthesis" and "master" in " ".join(_strings(work.get("degree"))).lower():
        return "mastersthesis"
    return kind


def _strings(value: Any) -> list[str]:
    """A Crossref list or a CSL string, as a list of non-empty strings."""
    if isinstance(value, str):
        return [value] if value.strip() else []
    if isinstance(value, list):
        return [v for v in value if isinstance(v, str) and v.strip()]
    return []


def _first(value: Any) -> str:
    items = _strings(value)
    return items[0] if items else ""


def _plain(text: str) -> str:
    """Markup-free, entity-decoded, whitespace-collapsed text."""
    return " ".join(html.unescape(_TAG.sub("", text)).split())


def jats_to_text(abstract: str) -> str:
    """A JATS abstract as plain text: the "Abstract" heading dropped, one paragraph per line."""
    body = _JATS_TITLE.sub("", abstract, count=1) if re.match(r"\s*<(?:jats:)?title", abstract) else abstract
    body = _SECTION_TITLE.sub(lambda m: f"<p>{m.group(1)}: ", body)  # "Methods: ...", as PubMed labels sections
    parts = [_plain(p) for p in _PARA.split(body)]
    return "\n".join(p for p in parts if p)


def _names(people: Any) -> str:
    out = []
    for person in people if isinstance(people, list) else []:
        if not isinstance(person, Mapping):
            continue
        family, given = str(person.get("family", "")).strip(), str(person.get("given", "")).strip()
        if family:
            out.append(bib_name(family, given, str(person.get("suffix", "") or "")))
        elif person.get("name") or person.get("literal"):
            out.append(organisation(str(person.get("name") or person.get("literal"))))
    return " and ".join(out)


def _date(work: Mapping[str, Any]) -> tuple[str, str]:
    """(year, month abbreviation) from the first dated key, in the order Crossref documents."""
    for key in _DATE_KEYS:
        parts = (work.get(key) or {}).get("date-parts") if isinstance(work.get(key), Mapping) else None
        if parts and parts[0] and parts[0][0]:
            first = parts[0]
            month = MONTHS[int(first[1]) - 1] if len(first) > 1 and first[1] and 1 <= int(first[1]) <= 12 else ""
            return str(first[0]), month
    return "", ""


def _title(work: Mapping[str, Any]) -> str:
    title = _plain(_first(work.get("title")))
    subtitle = _plain(_first(work.get("subtitle")))
    if subtitle and subtitle.lower() not in title.lower():
        title = f"{title.rstrip(':')}: {subtitle}"
    return title


def _isbn(work: Mapping[str, Any]) -> str:
    """The print ISBN first (what a reader's copy carries), else the first listed."""
    typed = work.get("isbn-type")
    typed = typed if isinstance(typed, list) else []
    prints = [t.get("value", "") for t in typed if isinstance(t, Mapping) and t.get("type") == "print"]
    return (prints[0] if prints and prints[0] else "") or _first(work.get("ISBN"))


def _notices(work: Mapping[str, Any]) -> dict[str, str]:
    """``retracted``/``erratum``/``concern`` -> DOIs of the notices that update this work."""
    found: dict[str, list[str]] = {}
    for update in work.get("updated-by") or []:
        if not isinstance(update, Mapping):
            continue
        name = _NOTICE_FIELDS.get(str(update.get("type", "")).lower())
        doi = str(update.get("DOI", "")).strip()
        if name and doi and doi.lower() != str(work.get("DOI", "")).lower():
            found.setdefault(name, []).append(doi)
    return {k: "; ".join(dict.fromkeys(v)) for k, v in found.items()}


def published_version(work: Mapping[str, Any]) -> str:
    """The DOI of the version of record a preprint says it became (Crossref ``relation`` ``is-preprint-of``)."""
    relation = work.get("relation")
    targets = relation.get("is-preprint-of") if isinstance(relation, Mapping) else None
    for target in targets if isinstance(targets, list) else []:
        if isinstance(target, Mapping) and str(target.get("id-type", "")).lower() == "doi":
            doi = re.sub(r"^(https?://(dx\.)?doi\.org/|doi:)", "", str(target.get("id", "")).strip(), flags=re.I)
            if doi.startswith("10."):
                return doi
    return ""


def _institution(work: Mapping[str, Any]) -> str:
    names = [i.get("name", "") for i in work.get("institution") or [] if isinstance(i, Mapping)]
    return _first([n for n in names if isinstance(n, str)])


def work_fields(work: Mapping[str, Any]) -> tuple[str, dict[str, str]]:
    """``(entry type, fields)`` for a Crossref work or a CSL-JSON item; empty values are left out."""
    kind = crossref_type(work)
    fields: dict[str, str] = {}

    def put(name: str, value: str, *, escape: bool = True) -> None:
        value = " ".join(value.split()) if name != "abstract" else value.strip()
        if value:
            fields[name] = latex_escape(value) if escape else value

    fields_author = _names(work.get("author"))
    if fields_author:
        fields["author"] = fields_author
    editors = _names(work.get("editor")) if kind != "article" else ""  # a journal's academic editor is no book editor
    if editors:
        fields["editor"] = editors
    put("title", _title(work))
    container = _plain(_first(work.get("container-title")))
    if kind == "article":
        put("journal", container)
    elif kind in {"incollection", "inproceedings"}:
        put("booktitle", container)
    year, month = _date(work)
    put("year", year)
    put("month", month, escape=False)
    put("volume", str(work.get("volume", "") or ""))
    put("number", str(work.get("issue", "") or "") if kind != "techreport" else str(work.get("number", "") or ""))
    pages = str(work.get("page", "") or "")
    put("pages", join_pages(pages) if pages else "")
    article_number = str(work.get("article-number", "") or "")
    if article_number and article_number != pages:
        put("eid", article_number)
    put("chapter", str(work.get("chapter-number", "") or "") if kind == "incollection" else "")
    edition = str(work.get("edition-number", "") or work.get("edition", "") or "")
    put("edition", edition if kind in {"book", "incollection"} and edition != "1" else "")
    publisher = _plain(str(work.get("publisher", "") or ""))
    institution = _plain(_institution(work))
    _publisher_fields(kind, publisher, institution, work, put)
    if kind in {"book", "incollection", "inproceedings", "proceedings"}:
        put("isbn", _isbn(work), escape=False)
    if kind == "article":
        put("issn", _first(work.get("ISSN")), escape=False)
    put("doi", str(work.get("DOI", "") or "").strip(), escape=False)
    put("abstract", jats_to_text(str(work.get("abstract", "") or "")))
    language = str(work.get("language", "") or "")
    put("language", language if language != "en" else "", escape=False)
    for name, dois in _notices(work).items():
        put(name, dois, escape=False)
    put("publishedversion", published_version(work), escape=False)
    return kind, fields


def _publisher_fields(kind: str, publisher: str, institution: str, work: Mapping[str, Any], put: Any) -> None:
    """Where the publisher goes depends on the type: a school, an institution, a repository."""
    if kind in {"phdthesis", "mastersthesis"}:
        put("school", institution or publisher)
        degree = _first(work.get("degree"))
        if degree and degree.lower() not in {"phd thesis", "phd", "masters thesis", "master's thesis"}:
            put("type", degree)
    elif kind == "techreport":
        put("institution", institution or publisher)
    elif kind == "standard":
        put("organization", publisher)
    elif kind == "misc" and work.get("type") == "posted-content":
        put("howpublished", institution or publisher)
        put("publisher", publisher)
        put("note", "Preprint" if work.get("subtype", "preprint") == "preprint" else "")
    else:
        put("publisher", publisher)
    if kind in {"book", "incollection", "proceedings"}:
        put("address", str(work.get("publisher-location", "") or ""))
