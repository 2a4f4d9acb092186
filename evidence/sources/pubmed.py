"""Pure parsers for NCBI E-utilities answers (no I/O); the only module that imports defusedxml.

PubMed XML is parsed into frozen :class:`PubMedRecord` values, and those are turned into
BibTeX field values by :func:`record_to_fields`. Errors that NCBI delivers inside an HTTP 200
body (``<ERROR>``, an HTML page, a truncated download) raise :class:`NCBIError`, never a
half-parsed result. The other answers (esearch, ecitmatch, idconv, esummary) are parsed here
too, so that the network client stays free of XML handling.

Rules that come from real responses (see ``shared/notes/pubmed-eutils.md``):

* the work's own DOI and PMCID come from ``PubmedData/ArticleIdList`` (direct child) and
  ``Article/ELocationID``, never from the ``ReferenceList`` of cited works;
* titles and abstracts carry inline markup (``<i>``, ``<sup>``, MathML), so text is the
  concatenation of all descendant text;
* the date is ``Year`` + ``Month``/``Season`` or a free ``MedlineDate`` ("2013 Mar-Apr");
* ``MedlinePgn`` abbreviates page ranges ("351-4" means 351--354);
* a work is retracted when ``CommentsCorrections[@RefType="RetractionIn"]`` (or
  ``RetractedandRepublishedIn``) is present or its publication type is "Retracted
  Publication"; ``RetractionOf`` marks the notice itself.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from urllib.parse import unquote
from xml.etree.ElementTree import Element, ParseError, tostring

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from evidence.errors import NCBIError
from evidence.fieldtext import MONTHS, latex_escape, month_number

__all__ = [
    "Citation",
    "Correction",
    "DocSummary",
    "IdRecord",
    "MeshHeading",
    "PubMedAuthor",
    "PubMedRecord",
    "SearchResult",
    "expand_pages",
    "month_abbrev",
    "parse_ecitmatch",
    "parse_efetch",
    "parse_esearch",
    "parse_esummary",
    "parse_idconv",
    "record_entry_type",
    "record_to_fields",
    "split_efetch",
]

_SPACES = re.compile(r"\s+")
_HINT = "NCBI may be having trouble; try again later or run with --offline to use the cache"


# --------------------------------------------------------------------------- data model


@dataclass(frozen=True)
class PubMedAuthor:
    """One author: a person (last/fore/initials/suffix) or a collective name."""

    last: str = ""
    fore: str = ""
    initials: str = ""
    suffix: str = ""
    collective: str = ""

    @property
    def is_collective(self) -> bool:
        return bool(self.collective)

    def display(self) -> str:
        """``Berman RM`` / ``World Health Organization`` (PubMed's citation form)."""
        if self.collective:
            return self.collective
        return f"{self.last} {self.initials}".strip()


@dataclass(frozen=True)
class MeshHeading:
    """A MeSH descriptor with its qualifiers; ``major`` if the descriptor or a qualifier is a major topic."""

    descriptor: str
    qualifiers: tuple[str, ...] = ()
    major: bool = False

    def display(self) -> str:
        """``Ketamine/therapeutic use*`` (``*`` marks a major topic)."""
        text = "/".join((self.descriptor, *self.qualifiers))
        return text + "*" if self.major else text


@dataclass(frozen=True)
class Correction:
    """A CommentsCorrections link: ``kind`` is the RefType (RetractionIn, ErratumIn, ...)."""

    kind: str
    pmid: str = ""
    note: str = ""
    source: str = ""


@dataclass(frozen=True)
class PubMedRecord:
    """Everything `evidence` uses from one PubMed record (journal article or Bookshelf book)."""

    pmid: str
    title: str = ""
    doi: str = ""
    pmcid: str = ""
    authors: tuple[PubMedAuthor, ...] = ()
    journal: str = ""
    iso_abbrev: str = ""
    issn: str = ""
    year: str = ""
    month: str = ""
    volume: str = ""
    issue: str = ""
    pages: str = ""
    elocation: str = ""
    abstract: str = ""
    abstract_sections: tuple[tuple[str, str], ...] = ()
    mesh: tuple[MeshHeading, ...] = ()
    keywords: tuple[str, ...] = ()
    publication_types: tuple[str, ...] = ()
    language: str = ""
    corrections: tuple[Correction, ...] = ()
    is_book: bool = False
    book_title: str = ""
    publisher: str = ""
    isbn: str = ""
    editors: tuple[PubMedAuthor, ...] = ()
    status: str = ""

    @property
    def is_retracted(self) -> bool:
        """Retracted: a RetractionIn link, or the publication type "Retracted Publication"."""
        if any(c.kind in ("RetractionIn", "RetractedandRepublishedIn") for c in self.corrections):
            return True
        return any(t.casefold() == "retracted publication" for t in self.publication_types)

    def notices(self, *kinds: str) -> list[Correction]:
        """The correction links of the given kinds, in record order."""
        return [c for c in self.corrections if c.kind in kinds]

    @property
    def first_author(self) -> PubMedAuthor | None:
        return self.authors[0] if self.authors else None


@dataclass(frozen=True)
class SearchResult:
    """An esearch answer: total ``count``, the ``ids`` returned, and NCBI's warnings.

    ``phrases_not_found`` lists the query parts PubMed silently dropped (ErrorList/PhraseNotFound);
    hits obtained without them must not be trusted as a match for the whole query.
    """

    count: int
    ids: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
    phrases_not_found: tuple[str, ...] = ()
    query_translation: str = ""


@dataclass(frozen=True)
class Citation:
    """One ECitMatch line; ``key`` joins the answer back to the caller's citation."""

    key: str
    journal: str = ""
    year: str = ""
    volume: str = ""
    first_page: str = ""
    author: str = ""

    def line(self) -> str:
        """``journal|year|volume|page|author|key|`` with ``|`` and line breaks removed from values."""
        vals = [self.journal, self.year, self.volume, self.first_page, self.author, self.key]
        clean = [_SPACES.sub(" ", v.replace("|", " ")).strip() for v in vals]
        return "|".join(clean) + "|"


@dataclass(frozen=True)
class IdRecord:
    """One PMC ID Converter record: the ids PMC knows for an article (empty when unknown)."""

    requested: str
    pmid: str = ""
    pmcid: str = ""
    doi: str = ""
    error: str = ""


@dataclass(frozen=True)
class DocSummary:
    """An ESummary document summary (no abstract, no MeSH; use efetch to enrich)."""

    pmid: str
    title: str = ""
    authors: tuple[str, ...] = ()
    journal: str = ""
    pubdate: str = ""
    volume: str = ""
    issue: str = ""
    pages: str = ""
    doi: str = ""
    pmcid: str = ""
    publication_types: tuple[str, ...] = ()
    error: str = ""


# --------------------------------------------------------------------------- XML helpers


def _text(el: Element | None) -> str:
    """All descendant text, whitespace collapsed (keeps words inside <i>, <sub>, MathML)."""
    if el is None:
        return ""
    return _SPACES.sub(" ", "".join(el.itertext())).strip()


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _parse_xml(xml: bytes, what: str) -> Element:
    """Parse bytes into an element, turning every failure into NCBIError with a clear cause."""
    body = xml.lstrip(b"\xef\xbb\xbf").strip()
    if not body:
        raise NCBIError(f"NCBI returned an empty {what} body", hint=_HINT)
    head = body[:512].lower()
    if head.startswith(b"<!doctype html") or head.startswith(b"<html") or b"<html" in head:
        title = re.search(rb"<title>(.*?)</title>", body[:4096], re.I | re.S)
        detail = f" ({_SPACES.sub(' ', title.group(1).decode('utf-8', 'replace')).strip()})" if title else ""
        raise NCBIError(f"NCBI returned an HTML page instead of {what} XML{detail}", hint=_HINT)
    try:
        return fromstring(body)
    except ParseError as exc:
        raise NCBIError(f"NCBI returned truncated or malformed {what} XML: {exc}", hint=_HINT) from exc
    except DefusedXmlException as exc:
        raise NCBIError(f"refused unsafe XML in the {what} answer: {exc}") from exc


def _errors(root: Element) -> list[str]:
    return [_text(e) for e in root.iter("ERROR") if _text(e)]


# --------------------------------------------------------------------------- efetch


_ARTICLE_TAGS = (b"<PubmedArticle>", b"<PubmedArticle ", b"<PubmedBookArticle>", b"<PubmedBookArticle ")


def _wrap_fragments(xml: bytes) -> bytes:
    """Give bare <PubmedArticle> fragments the <PubmedArticleSet> root a document needs."""
    body = xml.lstrip(b"\xef\xbb\xbf").strip()
    if b"<PubmedArticleSet" in body[:2048]:
        return body
    if not body.startswith(_ARTICLE_TAGS):
        stripped = re.sub(rb"^<\?xml[^>]*\?>\s*", b"", body)
        stripped = re.sub(rb"^<!DOCTYPE[^>]*>\s*", b"", stripped)
        if not stripped.startswith(_ARTICLE_TAGS):
            return body
        body = stripped
    return b"<PubmedArticleSet>" + body + b"</PubmedArticleSet>"


def _efetch_root(xml: bytes) -> Element:
    root = _parse_xml(_wrap_fragments(xml), "efetch")
    errors = _errors(root)
    if errors:
        raise NCBIError(f"NCBI efetch error: {'; '.join(errors)}", hint="check the PMIDs you asked for")
    if _local(root.tag) != "PubmedArticleSet":
        raise NCBIError(f"unexpected efetch answer: <{_local(root.tag)}> instead of <PubmedArticleSet>", hint=_HINT)
    return root


def parse_efetch(xml: bytes) -> list[PubMedRecord]:
    """Parse an efetch ``db=pubmed`` XML body (or bare record fragments) into records, in order."""
    root = _efetch_root(xml)
    records = []
    for el in root:
        tag = _local(el.tag)
        if tag == "PubmedArticle":
            records.append(_article(el))
        elif tag == "PubmedBookArticle":
            records.append(_book(el))
    return records


def split_efetch(xml: bytes) -> list[tuple[str, bytes]]:
    """``(pmid, standalone XML)`` per record, so a cache can store and serve records one by one."""
    root = _efetch_root(xml)
    out = []
    for el in root:
        tag = _local(el.tag)
        if tag not in ("PubmedArticle", "PubmedBookArticle"):
            continue
        pmid = _text(el.find("MedlineCitation/PMID") if tag == "PubmedArticle" else el.find("BookDocument/PMID"))
        out.append((pmid, tostring(el, encoding="utf-8")))
    return out


def _author(el: Element) -> PubMedAuthor:
    return PubMedAuthor(
        last=_text(el.find("LastName")),
        fore=_text(el.find("ForeName")),
        initials=_text(el.find("Initials")),
        suffix=_text(el.find("Suffix")),
        collective=_text(el.find("CollectiveName")),
    )


def _authors(author_list: Element | None) -> tuple[PubMedAuthor, ...]:
    if author_list is None:
        return ()
    return tuple(
        _author(a) for a in author_list.findall("Author") if a.get("ValidYN", "Y").upper() != "N"
    )


def _abstract(abstract: Element | None) -> tuple[str, tuple[tuple[str, str], ...]]:
    if abstract is None:
        return "", ()
    sections = tuple((a.get("Label", "") or "", _text(a)) for a in abstract.findall("AbstractText"))
    sections = tuple((label, text) for label, text in sections if text or label)
    text = "\n".join(f"{label}: {body}" if label else body for label, body in sections)
    return text, sections


def _keywords(parent: Element) -> tuple[str, ...]:
    """Keywords of every KeywordList, first occurrence kept (lists can repeat each other)."""
    return tuple(dict.fromkeys(_text(k) for k in parent.findall("KeywordList/Keyword") if _text(k)))


def _pubdate(pubdate: Element | None) -> tuple[str, str]:
    """(year, month) from Year + Month/Season, or from a free-text MedlineDate."""
    if pubdate is None:
        return "", ""
    year = _text(pubdate.find("Year"))
    month = _text(pubdate.find("Month")) or _text(pubdate.find("Season"))
    if not year:
        medline = _text(pubdate.find("MedlineDate"))
        found = re.search(r"\d{4}", medline)
        if found:
            year = found.group()
            rest = medline[found.end():].strip()
            month = rest if rest[:1].isalpha() else ""
    return year, month


def _corrections(citation: Element) -> tuple[Correction, ...]:
    out = []
    for cc in citation.findall("CommentsCorrectionsList/CommentsCorrections"):
        out.append(
            Correction(
                kind=cc.get("RefType", ""),
                pmid=_text(cc.find("PMID")),
                note=_text(cc.find("Note")),
                source=_text(cc.find("RefSource")),
            )
        )
    return tuple(out)


def _mesh(citation: Element) -> tuple[MeshHeading, ...]:
    out = []
    for mh in citation.findall("MeshHeadingList/MeshHeading"):
        desc = mh.find("DescriptorName")
        quals = mh.findall("QualifierName")
        major = (desc is not None and desc.get("MajorTopicYN") == "Y") or any(
            q.get("MajorTopicYN") == "Y" for q in quals
        )
        out.append(MeshHeading(_text(desc), tuple(_text(q) for q in quals), major))
    return tuple(out)


def _ids(id_list: Element | None) -> dict[str, str]:
    """IdType -> value from one ArticleIdList (first value per type)."""
    ids: dict[str, str] = {}
    if id_list is not None:
        for aid in id_list.findall("ArticleId"):
            ids.setdefault(aid.get("IdType", ""), _text(aid))
    return ids


def _elocations(parent: Element | None) -> dict[str, str]:
    locs: dict[str, str] = {}
    if parent is not None:
        for loc in parent.findall("ELocationID"):
            if loc.get("ValidYN", "Y").upper() != "N":
                locs.setdefault(loc.get("EIdType", ""), _text(loc))
    return locs


def _pages(article: Element) -> str:
    pgn = _text(article.find("Pagination/MedlinePgn"))
    if pgn:
        return expand_pages(pgn)
    start = _text(article.find("Pagination/StartPage"))
    end = _text(article.find("Pagination/EndPage"))
    return f"{start}--{end}" if start and end else start


def _article(el: Element) -> PubMedRecord:
    cit = el.find("MedlineCitation")
    if cit is None:
        raise NCBIError("a PubmedArticle without MedlineCitation", hint=_HINT)
    art = cit.find("Article")
    if art is None:
        art = Element("Article")
    journal = art.find("Journal")
    if journal is None:
        journal = Element("Journal")
    ids = _ids(el.find("PubmedData/ArticleIdList"))
    locs = _elocations(art)
    year, month = _pubdate(journal.find("JournalIssue/PubDate"))
    if not year:
        year, month = _pubdate(art.find("ArticleDate"))
    abstract, sections = _abstract(art.find("Abstract"))
    keywords = _keywords(cit)
    return PubMedRecord(
        pmid=_text(cit.find("PMID")),
        title=_text(art.find("ArticleTitle")) or _text(art.find("VernacularTitle")),
        doi=ids.get("doi") or locs.get("doi", ""),
        pmcid=ids.get("pmc", ""),
        authors=_authors(art.find("AuthorList")),
        journal=_text(journal.find("Title")),
        iso_abbrev=_text(journal.find("ISOAbbreviation")) or _text(cit.find("MedlineJournalInfo/MedlineTA")),
        issn=_text(journal.find("ISSN")) or _text(cit.find("MedlineJournalInfo/ISSNLinking")),
        year=year,
        month=month,
        volume=_text(journal.find("JournalIssue/Volume")),
        issue=_text(journal.find("JournalIssue/Issue")),
        pages=_pages(art),
        elocation=locs.get("pii", ""),
        abstract=abstract,
        abstract_sections=sections,
        mesh=_mesh(cit),
        keywords=keywords,
        publication_types=tuple(_text(p) for p in art.findall("PublicationTypeList/PublicationType")),
        language=_text(art.find("Language")),
        corrections=_corrections(cit),
        status=cit.get("Status", ""),
    )


def _book(el: Element) -> PubMedRecord:
    doc = el.find("BookDocument")
    if doc is None:
        raise NCBIError("a PubmedBookArticle without BookDocument", hint=_HINT)
    book = doc.find("Book")
    if book is None:
        book = Element("Book")
    ids = _ids(doc.find("ArticleIdList"))
    locs = _elocations(book)
    locs.update({k: v for k, v in _elocations(doc).items() if k not in locs})
    authors: tuple[PubMedAuthor, ...] = ()
    editors: tuple[PubMedAuthor, ...] = ()
    for lst in [*doc.findall("AuthorList"), *book.findall("AuthorList")]:
        if lst.get("Type", "authors") == "editors":
            editors = editors or _authors(lst)
        else:
            authors = authors or _authors(lst)
    year, month = _pubdate(book.find("PubDate"))
    abstract, sections = _abstract(doc.find("Abstract"))
    book_title = _text(book.find("BookTitle"))
    publisher = _text(book.find("Publisher/PublisherName"))
    return PubMedRecord(
        pmid=_text(doc.find("PMID")),
        title=_text(doc.find("ArticleTitle")) or book_title,
        doi=ids.get("doi") or locs.get("doi", ""),
        pmcid="",
        authors=authors,
        year=year,
        month=month,
        volume=_text(book.find("Volume")),
        abstract=abstract,
        abstract_sections=sections,
        keywords=_keywords(doc),
        publication_types=tuple(_text(p) for p in doc.findall("PublicationType")),
        language=_text(doc.find("Language")),
        is_book=True,
        book_title=book_title if doc.find("ArticleTitle") is not None else "",
        publisher=publisher,
        isbn=_text(book.find("Isbn")),
        editors=editors,
        elocation=ids.get("bookaccession", ""),
    )


def expand_pages(pgn: str) -> str:
    """MEDLINE page ranges to full BibTeX ranges: ``351-4`` -> ``351--354``, ``S1-5`` -> ``S1--S5``."""
    text = pgn.strip()
    m = re.fullmatch(r"([A-Za-z]*)(\d+)([A-Za-z]*)\s*-\s*([A-Za-z]*)(\d+)([A-Za-z]*)", text)
    if not m:
        return text
    pre1, start, suf1, pre2, end, suf2 = m.groups()
    if len(end) < len(start):
        end = start[: len(start) - len(end)] + end
    return f"{pre1}{start}{suf1}--{pre2 or pre1}{end}{suf2}"


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


# --------------------------------------------------------------------------- other answers


def _looks_json(body: bytes) -> bool:
    return body.lstrip(b"\xef\xbb\xbf").lstrip()[:1] in (b"{", b"[")


def _json(body: bytes, what: str) -> dict:  # type: ignore[type-arg]
    try:
        data = json.loads(body.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise NCBIError(f"NCBI returned truncated or malformed {what} JSON: {exc}", hint=_HINT) from exc
    if not isinstance(data, dict):
        raise NCBIError(f"unexpected {what} JSON: not an object", hint=_HINT)
    return data


def parse_esearch(body: bytes) -> SearchResult:
    """Parse an esearch answer (XML or ``retmode=json``); ``ERROR`` raises, ErrorList becomes warnings."""
    if _looks_json(body):
        return _esearch_json(_json(body, "esearch"))
    root = _parse_xml(body, "esearch")
    errors = [_text(e) for e in root.findall("ERROR")]
    if errors:
        raise NCBIError(f"NCBI esearch error: {'; '.join(errors)}", hint="check the search query")
    if _local(root.tag) != "eSearchResult":
        raise NCBIError(f"unexpected esearch answer: <{_local(root.tag)}>", hint=_HINT)
    missing = tuple(_text(p) for p in root.findall("ErrorList/PhraseNotFound"))
    warnings = [f"phrase not found: {p}" for p in missing]
    warnings += [f"field not found: {_text(f)}" for f in root.findall("ErrorList/FieldNotFound")]
    for w in root.findall("WarningList/*"):
        label = {"QuotedPhraseNotFound": "quoted phrase not found", "PhraseIgnored": "phrase ignored"}.get(
            _local(w.tag), ""
        )
        if _text(w):
            warnings.append(f"{label}: {_text(w)}" if label else _text(w))
    count = _text(root.find("Count"))
    return SearchResult(
        count=int(count) if count.isdigit() else 0,
        ids=tuple(_text(i) for i in root.findall("IdList/Id")),
        warnings=tuple(warnings),
        phrases_not_found=missing,
        query_translation=_text(root.find("QueryTranslation")),
    )


def _esearch_json(data: dict) -> SearchResult:  # type: ignore[type-arg]
    res = data.get("esearchresult")
    if not isinstance(res, dict):
        raise NCBIError(f"NCBI esearch error: {data.get('error') or 'no esearchresult'}", hint=_HINT)
    if res.get("ERROR"):
        raise NCBIError(f"NCBI esearch error: {res['ERROR']}", hint="check the search query")
    errs = res.get("errorlist") or {}
    warns = res.get("warninglist") or {}
    missing = tuple(errs.get("phrasesnotfound") or ())
    warnings = [f"phrase not found: {p}" for p in missing]
    warnings += [f"field not found: {p}" for p in errs.get("fieldsnotfound") or ()]
    warnings += [f"quoted phrase not found: {p}" for p in warns.get("quotedphrasesnotfound") or ()]
    warnings += [f"phrase ignored: {p}" for p in warns.get("phrasesignored") or ()]
    warnings += list(warns.get("outputmessages") or ())
    count = str(res.get("count", "0"))
    return SearchResult(
        count=int(count) if count.isdigit() else 0,
        ids=tuple(str(i) for i in res.get("idlist") or ()),
        warnings=tuple(warnings),
        phrases_not_found=missing,
        query_translation=str(res.get("querytranslation", "")),
    )


def parse_ecitmatch(body: bytes) -> dict[str, str | None]:
    """ECitMatch's plain-text answer -> ``{key: pmid or None}`` (NOT_FOUND and AMBIGUOUS are None)."""
    text = body.decode("utf-8", "replace")
    if text.lstrip().startswith("<"):
        _parse_xml(body, "ecitmatch")  # raises on HTML / XML error bodies
        raise NCBIError("unexpected XML answer from ecitmatch", hint=_HINT)
    out: dict[str, str | None] = {}
    for line in text.splitlines():
        parts = line.split("|")
        if len(parts) < 7:
            continue
        key, result = parts[5].strip(), parts[6].strip()
        out[key] = result if result.isdigit() else None
    return out


def parse_idconv(body: bytes, requested: list[str]) -> dict[str, IdRecord]:
    """PMC ID Converter JSON -> ``{requested id: IdRecord}``; request-level errors raise NCBIError."""
    data = _json(body, "idconv")
    if data.get("status") == "error":
        raise NCBIError(f"PMC ID converter error: {unquote(str(data.get('message', '')))}")
    out: dict[str, IdRecord] = {}
    wanted = {r.strip().lower(): r for r in requested}
    for rec in data.get("records") or ():
        ids = {k: str(rec.get(k) or "") for k in ("pmid", "pmcid", "doi")}
        asked = str(rec.get("requested-id") or "")
        if not asked:
            asked = next((wanted[v.lower()] for v in ids.values() if v and v.lower() in wanted), "")
        asked = wanted.get(asked.lower(), asked)
        if not asked:
            continue
        error = str(rec.get("errmsg") or "") if rec.get("status") == "error" else ""
        out[asked] = IdRecord(asked, ids["pmid"], ids["pmcid"], ids["doi"], error)
    return out


def parse_esummary(body: bytes) -> list[DocSummary]:
    """ESummary JSON (``retmode=json``) or v1 XML -> summaries in the order NCBI returned them."""
    if _looks_json(body):
        data = _json(body, "esummary")
        if data.get("error"):
            raise NCBIError(f"NCBI esummary error: {data['error']}", hint=_HINT)
        result = data.get("result") or {}
        return [_docsum_json(uid, result.get(uid) or {}) for uid in result.get("uids") or ()]
    root = _parse_xml(body, "esummary")
    errors = [_text(e) for e in root.findall("ERROR")]
    if errors:
        raise NCBIError(f"NCBI esummary error: {'; '.join(errors)}", hint="check the PMIDs you asked for")
    return [_docsum_xml(ds) for ds in root.findall("DocSum")]


def _docsum_json(uid: str, doc: dict) -> DocSummary:  # type: ignore[type-arg]
    ids = {a.get("idtype"): a.get("value", "") for a in doc.get("articleids") or ()}
    return DocSummary(
        pmid=str(uid),
        title=str(doc.get("title", "")),
        authors=tuple(a.get("name", "") for a in doc.get("authors") or ()),
        journal=str(doc.get("source", "")),
        pubdate=str(doc.get("pubdate", "")),
        volume=str(doc.get("volume", "")),
        issue=str(doc.get("issue", "")),
        pages=str(doc.get("pages", "")),
        doi=str(ids.get("doi", "")),
        pmcid=str(ids.get("pmc", "")),
        publication_types=tuple(doc.get("pubtype") or ()),
        error=str(doc.get("error", "")),
    )


def _docsum_xml(ds: Element) -> DocSummary:
    items: dict[str, Element] = {i.get("Name", ""): i for i in ds.findall("Item")}

    def item(name: str) -> str:
        return _text(items.get(name))

    ids = {_local(i.get("Name", "")): _text(i) for i in ds.findall("Item[@Name='ArticleIds']/Item")}
    authors = tuple(_text(a) for a in ds.findall("Item[@Name='AuthorList']/Item"))
    return DocSummary(
        pmid=_text(ds.find("Id")),
        title=item("Title"),
        authors=authors,
        journal=item("Source"),
        pubdate=item("PubDate"),
        volume=item("Volume"),
        issue=item("Issue"),
        pages=item("Pages"),
        doi=item("DOI") or ids.get("doi", ""),
        pmcid=ids.get("pmc", ""),
        publication_types=tuple(_text(p) for p in ds.findall("Item[@Name='PubTypeList']/Item")),
    )

