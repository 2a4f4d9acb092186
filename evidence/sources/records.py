"""PubMed records: the frozen dataclasses and the efetch XML parser that fills them (no I/O).

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

import re
from dataclasses import dataclass
from xml.etree.ElementTree import Element, tostring

from evidence.errors import NCBIError
from evidence.sources.bodies import HINT as _HINT
from evidence.sources.bodies import local as _local
from evidence.sources.bodies import parse_xml as _parse_xml
from evidence.sources.bodies import text as _text
from evidence.sources.bodies import xml_errors as _errors

__all__ = [
    "Correction",
    "MeshHeading",
    "PubMedAuthor",
    "PubMedRecord",
    "expand_pages",
    "parse_efetch",
    "split_efetch",
]


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
    other_abstract: str = ""  # NLM's partners' (PIP, KIE, publisher) English abstracts beside the main one
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
        try:
            out.append((pmid, tostring(el, encoding="utf-8")))
        except RecursionError:  # the serializer recurses per level; the parser did not
            raise NCBIError("refused the efetch XML answer: nested too deeply", hint=_HINT) from None
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
    english = [read for read in (_abstract(other) for other in cit.findall("OtherAbstract")
                                 if other.get("Language", "eng") == "eng") if read[0]]
    if not abstract and english:  # a record of NLM's partners (PIP, KIE) may carry its English summary only there
        abstract, sections = english.pop(0)
    others = [text for text, _ in english if text != abstract]
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
        other_abstract="\n".join(others),
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


