"""Reference-manager citation fields of a Word manuscript (Zotero, Mendeley, EndNote) as cited items.

Zotero writes ``ADDIN ZOTERO_ITEM CSL_CITATION {json}``, Mendeley ``ADDIN CSL_CITATION {json}``
(both CSL-JSON items, converted by :func:`evidence.formats.csljson.csl_to_entry`), EndNote
``ADDIN EN.CITE <EndNote>...`` with the XML in the field code or, base64-encoded, in the field's
``fldData`` (its nested ``EN.CITE.DATA`` field). Each field becomes a :class:`CitationField`
holding its items as entries, so citations resolve by the embedded DOI, PMID or title and
``evidence import draft.docx`` can build a library from them.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Protocol

from evidence.errors import FormatError, ManuscriptError
from evidence.fieldtext import MONTHS, field_value, join_pages, month_number, organisation
from evidence.formats.csljson import csl_to_entry
from evidence.identity import WorkIndex
from evidence.model import Entry, normalize_doi
from evidence.word.body import WordField
from evidence.word.docxfile import read_docx

if TYPE_CHECKING:
    from evidence.formats.registry import Reader  # (the type only: the registry pulls in every format)

__all__ = ["READERS", "CitationField", "FieldItem", "Fielded", "citation_fields", "docx_entries",
           "endnote_record_to_entry", "manager_spans"]



class Fielded(Protocol):
    """What the field readers need of a manuscript (a ``check.manuscript.Manuscript`` or a
    :class:`~evidence.word.body.WordBody`): its text and its Word fields, with spans in that text."""

    @property
    def text(self) -> str: ...

    @property
    def fields(self) -> tuple[WordField, ...]: ...


_CSL_CODE = re.compile(r"^\s*ADDIN\s+(?:ZOTERO_ITEM\s+(?:CSL_CITATION\s+)?|CSL_CITATION\s+)(?=\{)", re.S)
_ENDNOTE_CODE = re.compile(r"^\s*ADDIN\s+EN\.CITE(?!\.DATA)\b\s*", re.S)
_MANAGER_CODE = re.compile(r"^\s*ADDIN\s+(?:ZOTERO_|CSL_|EN\.|Mendeley|MENDELEY)", re.S)
_TAG = re.compile(r"<[^>]+>")
_ISSN = re.compile(r"^\d{4}-\d{3}[\dXx]\b")
_ENDNOTE_TYPES = {
    "journal article": "article", "magazine article": "article", "newspaper article": "article",
    "electronic article": "article", "book": "book", "edited book": "book", "electronic book": "book",
    "book section": "incollection", "electronic book section": "incollection",
    "conference proceedings": "inproceedings", "conference paper": "inproceedings",
    "thesis": "phdthesis", "report": "techreport", "government document": "techreport",
}


@dataclass(frozen=True)
class FieldItem:
    """One cited work inside a field: the embedded item as an entry (key ``""``) and how it was cited."""

    entry: Entry
    ident: str = ""  # the manager's own id of the item (a Zotero/Mendeley URI, EndNote's db-id#record)
    prefix: str = ""
    locator: str = ""
    suffix: str = ""


@dataclass(frozen=True)
class CitationField:
    """One citation field: its manager, items, the span of its visible text and the text the manager wrote."""

    manager: str  # "zotero" | "mendeley" | "endnote"
    items: tuple[FieldItem, ...]
    start: int
    end: int
    shown: str  # the field's visible text now
    written: str = ""  # the text the manager last rendered ("" when it does not record it)
    problem: str = ""  # why the field's code could not be read ("" when it could)


@dataclass
class _Fields:
    citations: list[CitationField] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def _plain(text: str) -> str:
    """Rendered citation text without markup, whitespace collapsed (Zotero's RTF escapes decoded)."""
    text = re.sub(r"\\uc0\\u(\d+)\{?\}?\s?", lambda m: chr(int(m.group(1))), text)
    return " ".join(_TAG.sub("", text).split())


# ----- CSL-JSON fields (Zotero, Mendeley) ----------------------------------------------------------
def _clean(value: object) -> object:
    """Mendeley stores ISBN/ISSN lists with a carriage return between them: a space in a BibTeX value."""
    return " ".join(value.split()) if isinstance(value, str) else value


def csl_item_to_entry(item: Mapping[str, object]) -> Entry:
    """A CSL-JSON item (a field's ``itemData``) as an entry without a key."""
    data = {k: _clean(v) for k, v in item.items()}
    if str(data.get("type", "")).startswith("article"):
        # Mendeley (from PubMed) puts a journal's ISSNs under ISBN and the e-publication date under edition
        if "ISSN" not in data and _ISSN.match(str(data.get("ISBN", ""))):
            data["ISSN"] = data.pop("ISBN")
        if re.fullmatch(r"\d{4}/\d\d/\d\d", str(data.get("edition", ""))):
            del data["edition"]
    entry = csl_to_entry(data, key="")
    # Zotero keeps PubMed ids in "Extra", which reaches CSL as note lines "PMID: 9710868"
    for name in ("pmid", "pmcid"):
        found = re.search(rf"^{name}:\s*((?:PMC)?\d+)\s*$", str(item.get("note") or ""), re.I | re.M)
        if found and not entry.get(name):
            entry.set(name, found.group(1))
    return entry


def _csl_field(code: str, manager: str, span: WordField, shown: str) -> CitationField:
    try:
        data = json.loads(_CSL_CODE.sub("", code, count=1))
    except json.JSONDecodeError as exc:
        return CitationField(manager, (), span.start, span.end, shown, problem=f"unreadable field code ({exc.msg})")
    if not isinstance(data, Mapping):
        return CitationField(manager, (), span.start, span.end, shown, problem="the field code is not a citation")
    items = []
    for cited in data.get("citationItems") or []:
        if not isinstance(cited, Mapping):
            continue
        item = cited.get("itemData")
        entry = csl_item_to_entry(item) if isinstance(item, Mapping) else Entry(key="", type="misc")
        uris = cited.get("uris") or cited.get("uri") or []
        ident = str(uris[0]) if isinstance(uris, list) and uris else ""
        items.append(FieldItem(entry, ident, str(cited.get("prefix") or ""), str(cited.get("locator") or ""),
                               str(cited.get("suffix") or "")))
    props, mendeley = (part if isinstance(part := data.get(name), Mapping) else {}
                       for name in ("properties", "mendeley"))
    written = (props.get("plainCitation") or mendeley.get("previouslyFormattedCitation")
               or mendeley.get("plainTextFormattedCitation") or "")
    return CitationField(manager, tuple(items), span.start, span.end, shown, _plain(str(written)))


# ----- EndNote fields ------------------------------------------------------------------------------
def _text(element: ET.Element | None) -> str:
    """An EndNote value: the text of the element and its ``<style>`` children, whitespace collapsed."""
    return " ".join("".join(element.itertext()).split()) if element is not None else ""


def _endnote_name(raw: str) -> str:
    """``Keir, D. A.`` stays; ``World Health Organization,`` (EndNote's mark of a corporate author) or a
    several-word name without a comma is braced as one organisation."""
    raw = raw.strip()
    if raw.endswith(",") or ("," not in raw and len(raw.split()) > 2):
        return organisation(raw.rstrip(", "))
    return field_value("author", raw)


def _pmid(record: ET.Element) -> str:
    accession = _text(record.find("accession-num"))
    urls = " ".join(_text(u) for u in record.iter("url"))
    provider = _text(record.find("remote-database-provider"))
    if accession.isdigit() and ("NLM" in provider or f"pubmed/{accession}" in urls or "pubmed" in provider.lower()):
        return accession
    found = re.search(r"ncbi\.nlm\.nih\.gov/pubmed/(\d{1,9})\b|pubmed\.ncbi\.nlm\.nih\.gov/(\d{1,9})\b", urls)
    return (found.group(1) or found.group(2)) if found else ""


def endnote_record_to_entry(record: ET.Element) -> Entry:
    """An EndNote XML ``<record>`` (as embedded in ``EN.CITE`` fields and exported by EndNote) as an entry."""
    ref_type = record.find("ref-type")
    kind = _ENDNOTE_TYPES.get((ref_type.get("name", "") if ref_type is not None else "").lower(), "misc")
    fields: dict[str, str] = {}

    def put(name: str, value: str) -> None:
        if value.strip():
            fields[name] = field_value(name, value)

    people = [_endnote_name(_text(a)) for a in record.findall("contributors/authors/author") if _text(a)]
    if people:
        fields["author"] = " and ".join(people)
    editors = [_endnote_name(_text(a)) for a in record.findall("contributors/secondary-authors/author") if _text(a)]
    if editors and kind in ("incollection", "inproceedings", "book"):
        fields["editor"] = " and ".join(editors)
    put("title", _text(record.find("titles/title")))
    container = _text(record.find("periodical/full-title")) or _text(record.find("titles/secondary-title"))
    put("journal" if kind == "article" else "booktitle" if kind != "book" else "series", container)
    put("shortjournal", _text(record.find("periodical/abbr-1")) if kind == "article" else "")
    put("year", (re.findall(r"\d{4}", _text(record.find("dates/year"))) or [""])[0])
    month = month_number(_text(record.find("dates/pub-dates/date")).split(" ")[0] or "-")
    if month:
        fields["month"] = MONTHS[month - 1]
    for name, path in (("volume", "volume"), ("number", "number"), ("publisher", "publisher"),
                       ("address", "pub-location"), ("abstract", "abstract"), ("language", "language")):
        put(name, _text(record.find(path)))
    pages = _text(record.find("pages"))
    if pages:
        fields["pages"] = join_pages(pages)
    put("issn" if kind == "article" else "isbn", _text(record.find("isbn")))
    doi = _text(record.find("electronic-resource-num"))
    if doi.lower().startswith(("10.", "http", "doi:")):
        put("doi", normalize_doi(doi) if not doi.startswith("10.") else doi)
    put("pmid", _pmid(record))
    pmc = re.search(r"\bPMC\d+\b", _text(record.find("custom2")))
    put("pmcid", pmc.group() if pmc else "")
    url = _text(record.find("urls/related-urls/url")) or _text(record.find("urls/web-urls/url"))
    put("url", url if url.startswith(("http://", "https://")) else "")
    keywords = [_text(k) for k in record.findall("keywords/keyword") if _text(k)]
    put("keywords", ", ".join(keywords))
    if kind == "phdthesis" and "master" in _text(record.find("work-type")).lower():
        kind = "mastersthesis"
    return Entry(key="", type=kind, fields=fields)


def _endnote_xml(code: str, data: str) -> str:
    xml = _ENDNOTE_CODE.sub("", code, count=1).strip()
    if xml or not data:
        return xml
    try:
        raw = base64.b64decode(data, validate=False)
    except (binascii.Error, ValueError):
        return ""
    return raw.decode("utf-8", errors="replace").rstrip("\x00").strip()


def _endnote_field(span: WordField, shown: str) -> CitationField:
    xml = _endnote_xml(span.code, span.data)
    if not xml:
        return CitationField("endnote", (), span.start, span.end, shown, problem="the field holds no EndNote record")
    try:
        root = ET.fromstring(xml)
    except ET.ParseError as exc:
        return CitationField("endnote", (), span.start, span.end, shown, problem=f"unreadable EndNote XML ({exc})")
    items, written = [], ""
    for cite in root.iter("Cite"):
        written = written or _text(cite.find("DisplayText"))
        record = cite.find("record")
        entry = endnote_record_to_entry(record) if record is not None else Entry(key="", type="misc")
        key = record.find("foreign-keys/key") if record is not None else None
        ident = f"{key.get('db-id', '')}#{_text(key)}" if key is not None else _text(cite.find("RecNum"))
        items.append(FieldItem(entry, ident, _text(cite.find("Prefix")), _text(cite.find("Pages")),
                               _text(cite.find("Suffix"))))
    return CitationField("endnote", tuple(items), span.start, span.end, shown, _plain(written))


# ----- the document's fields -----------------------------------------------------------------------
def _manager(code: str) -> str:
    if re.match(r"\s*ADDIN\s+ZOTERO_ITEM\b", code):
        return "zotero"
    if re.match(r"\s*ADDIN\s+CSL_CITATION\b", code):
        return "mendeley"
    if _ENDNOTE_CODE.match(code):
        return "endnote"
    return ""


def citation_fields(manuscript: Fielded) -> list[CitationField]:
    """Every citation field of the manuscript in document order (bibliography fields left out)."""
    out = []
    for span in manuscript.fields:
        manager = _manager(span.code)
        shown = " ".join(manuscript.text[span.start:span.end].split())
        if manager == "endnote":
            out.append(_endnote_field(span, shown))
        elif manager:
            out.append(_csl_field(span.code, manager, span, shown))
    return out


def manager_spans(manuscript: Fielded) -> list[tuple[int, int]]:
    """The spans of every reference-manager field (citations and bibliographies): text there is theirs."""
    return [(f.start, f.end) for f in manuscript.fields if _MANAGER_CODE.match(f.code)]


def docx_entries(data: bytes, path: Path | str | None = None) -> tuple[list[Entry], list[str]]:
    """The distinct works cited by a .docx's citation fields (for ``evidence import draft.docx``),
    each once, in order of first citation, ``line`` its paragraph; and warnings for unreadable fields."""
    where = Path(path) if path is not None else Path("manuscript.docx")
    try:
        body = read_docx(data, where)
    except ManuscriptError as exc:
        raise FormatError(exc.message, path=path, hint=exc.hint) from None
    fields = citation_fields(body)
    if not fields:
        raise FormatError("this .docx has no Zotero, Mendeley or EndNote citation fields", path=path,
                          hint="import the library the citations came from (export it as .bib, .ris or CSL-JSON)")
    entries: list[Entry] = []
    warnings: list[str] = []
    works = WorkIndex()
    seen: dict[str, Entry] = {}
    for cited in fields:
        paragraph = body.paragraph(cited.start)
        if cited.problem:
            warnings.append(f"{body.location(cited.start, cited.end)}: {cited.problem}; skipped")
        for item in cited.items:
            if not item.entry.fields:
                warnings.append(f"{body.location(cited.start, cited.end)}: a cited item carries no data")
                continue
            if (item.ident and item.ident in seen) or works.match(item.entry).entry is not None:
                continue
            entry = Entry(key="", type=item.entry.type, fields=dict(item.entry.fields), line=paragraph)
            entries.append(entry)
            works.add(entry)
            if item.ident:
                seen[item.ident] = entry
    return entries, warnings


# What word/ adds to formats.registry's readers: word imports formats, never the reverse, so a caller
# above both (the CLI's ``import``) hands these down to ``import_files``/``read_path``.
READERS: Mapping[str, Reader] = MappingProxyType({"docx": docx_entries})
