"""Entries <-> CSL-JSON (the data format of Zotero, Pandoc and citeproc), with every imported value checked.

Entry -> CSL keeps: authors and editors (given/family/particle/suffix; a braced single-part name
is a ``literal`` organisation), title (brace-protected words as ``<span class="nocase">``), short
title, container title and its abbreviation, collection title and number, volume, issue, number,
article number (``eid`` as ``number``), chapter number, page (en dash), edition, publisher (or
school/institution) and place, issued date parts, DOI, PMID, PMCID, ISBN, ISSN, URL, abstract,
keywords, language (a BCP 47 tag: ``eng`` -> ``en``), genre (``Manual`` for @manual). ``and
others`` is dropped (CSL has no marker for it; ``styles.incomplete_authors`` reports it).

CSL-JSON -> Entry reads the same variables. A value of the wrong JSON type (a list where text
belongs, a NaN, a name that is a number) is never written as Python text: the field, the name
or the item is skipped with a warning naming the item and the field. Those type checks are
``cslvalues.py``; this module maps variables to fields, both ways.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from types import MappingProxyType

from evidence import jsontext
from evidence.errors import FormatError
from evidence.fieldtext import latex_escape, month_number
from evidence.formats.casing import csl_title
from evidence.formats.cslvalues import ItemReader, date_fields, kind
from evidence.formats.validate import Problems, check_fields
from evidence.model import Entry, Person, normalize_doi, parse_name, split_names

__all__ = [
    "csl_to_entry",
    "dump_csl_json",
    "entry_to_csl",
    "parse_csl_json",
    "read_csl_json",
]


# BibTeX/biblatex entry type -> CSL type, and the reverse for import.
_TO_CSL_TYPE = MappingProxyType(
    {
        "article": "article-journal",
        "book": "book",
        "mvbook": "book",
        "collection": "book",
        "proceedings": "book",
        "inbook": "chapter",
        "incollection": "chapter",
        "inproceedings": "paper-conference",
        "conference": "paper-conference",
        "phdthesis": "thesis",
        "mastersthesis": "thesis",
        "thesis": "thesis",
        "techreport": "report",
        "report": "report",
        "manual": "report",
        "booklet": "pamphlet",
        "unpublished": "manuscript",
        "online": "webpage",
        "electronic": "webpage",
        "www": "webpage",
        "dataset": "dataset",
        "software": "software",
        "patent": "patent",
        "periodical": "periodical",
        "misc": "document",
    }
)
_FROM_CSL_TYPE = MappingProxyType(
    {
        "article-journal": "article",
        "article": "article",
        "article-magazine": "article",
        "article-newspaper": "article",
        "review": "article",
        "review-book": "article",
        "book": "book",
        "chapter": "incollection",
        "entry-encyclopedia": "incollection",
        "entry-dictionary": "incollection",
        "paper-conference": "inproceedings",
        "thesis": "phdthesis",
        "report": "techreport",
        "pamphlet": "booklet",
        "manuscript": "unpublished",
        "webpage": "online",
        "post-weblog": "online",
        "dataset": "dataset",
        "software": "software",
        "patent": "patent",
        "periodical": "periodical",
    }
)
# Plain one-to-one fields: BibTeX name -> CSL name. Values go through LaTeX decoding.
_SIMPLE = (
    ("title", "title"),
    ("shorttitle", "title-short"),
    ("series", "collection-title"),
    ("volume", "volume"),
    ("edition", "edition"),
    ("publisher", "publisher"),
    ("abstract", "abstract"),
    ("language", "language"),
    ("keywords", "keyword"),
)
# Verbatim identifiers: never LaTeX-escaped on the way back.
_IDS = (("doi", "DOI"), ("pmid", "PMID"), ("pmcid", "PMCID"), ("isbn", "ISBN"), ("issn", "ISSN"), ("url", "URL"))
_ABBREV_FIELDS = ("shortjournal", "journalabbrev", "journal-abbrev", "journal_abbrev", "journalabbreviation",
                  "iso-abbrev")


# --------------------------------------------------------------------------- Entry -> CSL

# ISO 639-2 codes (PubMed, MEDLINE) and English names -> the BCP 47 tags CSL expects.
_LANGUAGES = MappingProxyType({
    "eng": "en", "english": "en", "fre": "fr", "fra": "fr", "french": "fr", "ger": "de", "deu": "de",
    "german": "de", "spa": "es", "spanish": "es", "ita": "it", "italian": "it", "por": "pt", "portuguese": "pt",
    "dut": "nl", "nld": "nl", "dutch": "nl", "jpn": "ja", "japanese": "ja", "chi": "zh", "zho": "zh",
    "chinese": "zh", "rus": "ru", "russian": "ru", "pol": "pl", "polish": "pl", "swe": "sv", "swedish": "sv",
    "dan": "da", "danish": "da", "nor": "no", "norwegian": "no", "fin": "fi", "finnish": "fi", "kor": "ko",
    "korean": "ko", "tur": "tr", "turkish": "tr", "gre": "el", "ell": "el", "greek": "el",
})


def language_tag(value: str) -> str:
    """``eng``/``English`` -> ``en``; a value that is already a tag (``en-GB``) or unknown is kept."""
    return _LANGUAGES.get(value.strip().lower(), value.strip())



def _date_parts(entry: Entry) -> list[int] | None:
    date = entry.text("date")
    m = re.match(r"^(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?", date)
    if m:
        return [int(p) for p in m.groups() if p]
    year = entry.year
    if year is None:
        return None
    parts = [year]
    month = month_number(entry.get("month")) if entry.get("month") else None
    if month:
        parts.append(month)
        day = entry.text("day")
        if day.isdigit() and 1 <= int(day) <= 31:
            parts.append(int(day))
    return parts


def _is_literal(raw: str, person: Person) -> bool:
    """``{World Health Organization}``: one braced part, no first name -> an organisation."""
    raw = raw.strip()
    return not person.first and raw.startswith("{") and raw.endswith("}") and " " in person.last


def _csl_names(value: str) -> list[dict[str, str]]:
    names: list[dict[str, str]] = []
    for raw in split_names(value):
        person = parse_name(raw)
        if person.is_others:  # "and others": CSL has no way to say it (see styles.incomplete_authors)
            continue
        if _is_literal(raw, person):
            names.append({"literal": person.last})
            continue
        name = {"family": person.last}
        if person.first:
            name["given"] = person.first
        if person.von:
            name["non-dropping-particle"] = person.von
        if person.jr:
            name["suffix"] = person.jr
        names.append(name)
    return names


def _container_fields(entry: Entry) -> dict[str, object]:
    """Where in a journal or book the work is: container title and abbreviation, issue, number, page."""
    item: dict[str, object] = {}
    container = entry.text("journal") or entry.text("journaltitle")
    if entry.type in {"inbook", "incollection", "inproceedings", "conference"} or not container:
        container = container or entry.text("booktitle")
    if container:
        item["container-title"] = container
    abbrev = next((entry.text(f) for f in _ABBREV_FIELDS if entry.get(f)), "")
    if abbrev:
        item["container-title-short"] = abbrev
    issue = entry.text("issue") or (entry.text("number") if entry.type == "article" else "")
    if issue:
        item["issue"] = issue
    if entry.get("number") and entry.type not in {"article"} and not entry.get("series"):
        item["number"] = entry.text("number")
    if entry.get("pages"):
        item["page"] = re.sub(r"\s*(--|-|–|—)\s*", "–", entry.text("pages").replace("––", "–"))
    if entry.get("eid") and "number" not in item:  # an article number: APA prints "Article e067194"
        item["number"] = entry.text("eid")
    if entry.get("chapter"):
        item["chapter-number"] = entry.text("chapter")
    return item


def entry_to_csl(entry: Entry, *, subtitle_capital: bool | None = None) -> dict[str, object]:
    """One CSL-JSON item for an entry (Unicode values; see module docstring for the fields).

    CSL has no "and others": it is left out. ``subtitle_capital``
    (True or False) asks for the title in sentence case, as a reference list prints it."""
    item: dict[str, object] = {"id": entry.key, "type": _TO_CSL_TYPE.get(entry.type, "document")}
    for bib, csl in (("author", "author"), ("editor", "editor")):
        if entry.get(bib):
            names = _csl_names(entry.get(bib))
            if names:
                item[csl] = names
    listing = subtitle_capital is not None  # for a reference list: what no style prints is not decoded at all
    for bib, csl in _SIMPLE:
        if entry.get(bib) and bib != "title" and not (listing and bib in ("abstract", "keywords")):
            item[csl] = entry.text(bib)
    if entry.get("title"):  # for export as typed; for a reference list (subtitle_capital given) in sentence case
        # sentence case is for English titles (CSL applies text-case to English items only)
        english = language_tag(entry.text("language")).lower() in ("", "en") or \
            language_tag(entry.text("language")).lower().startswith("en-")
        item["title"] = csl_title(entry.get("title"), sentence=subtitle_capital is not None and english,
                                  subtitle_capital=bool(subtitle_capital) and english)
    if entry.get("language"):
        item["language"] = language_tag(entry.text("language"))
    if entry.type == "inbook" and entry.get("booktitle"):  # @inbook with a chapter title: title is the chapter
        item["container-title"] = entry.text("booktitle")
    if entry.get("series") and entry.get("number") and entry.type not in {"article", "techreport", "report"}:
        item["collection-number"] = entry.text("number")
    item.update(_container_fields(entry))
    place = entry.text("address") or entry.text("location")
    if place:
        item["publisher-place"] = place
    institution = entry.text("school") or entry.text("institution") or entry.text("organization")
    if institution and "publisher" not in item:
        item["publisher"] = institution
    if entry.type == "manual":
        item["genre"] = "Manual"
    if entry.type in {"phdthesis", "mastersthesis"}:
        item["genre"] = "PhD thesis" if entry.type == "phdthesis" else "Master's thesis"
    elif entry.get("type"):
        item["genre"] = entry.text("type")
    parts = _date_parts(entry)
    if parts:
        item["issued"] = {"date-parts": [parts]}
    for bib, csl in _IDS:
        value = entry.text(bib).strip()
        if value:
            item[csl] = normalize_doi(value) if bib == "doi" and value.lower().startswith(("http", "doi:")) else value
    if entry.get("note") and not listing:
        item["note"] = entry.text("note")
    return item


# --------------------------------------------------------------------------- CSL -> Entry

# The CSL variable a checked field came from, so a warning names what the file says.
_CHECKED_AS = MappingProxyType({"doi": "DOI", "pmid": "PMID", "pmcid": "PMCID", "year": "issued"})


def _rich(text: str) -> str:
    """CSL rich text -> BibTeX: <i>Hypericum</i> -> \\textit{Hypericum}, nocase spans -> braces; other tags dropped."""
    pieces = re.split(r'<span class="nocase">(.*?)</span>', text)  # odd pieces keep their capitals: {braced}
    if len(pieces) > 1:
        return "".join(_rich(p) if i % 2 == 0 else "{" + _rich(p) + "}" for i, p in enumerate(pieces))
    escaped = latex_escape(html.unescape(text))  # < > / are not LaTeX specials: tags survive
    for tag, latex in (("<i>", "\\textit{"), ("<b>", "\\textbf{"), ("</i>", "}"), ("</b>", "}")):
        escaped = escaped.replace(tag, latex)
    return re.sub(r"</?(?:sup|sub|span|sc)\b[^>]*>", "", escaped)


def csl_to_entry(item: Mapping[str, object], key: str | None = None, *, label: str = "item",
                 problems: Problems | None = None) -> Entry:
    """The BibTeX entry for one CSL-JSON item (values LaTeX-escaped, Unicode kept).

    Values of the wrong type or form are left out and reported to ``problems`` under ``label``."""
    problems = problems if problems is not None else Problems()
    reader = ItemReader(item, label, problems)
    bib_type = _FROM_CSL_TYPE.get(reader.text("type"), "misc")
    fields: dict[str, str] = {}

    def put(name: str, text: str, verbatim: bool = False) -> None:
        if text:
            fields[name] = text if verbatim else _rich(text)

    for csl, bib in (("author", "author"), ("editor", "editor")):
        put(bib, reader.names(csl), verbatim=True)
    put("title", reader.text("title"))
    container = reader.text("container-title")
    if bib_type == "article":
        put("journal", container)
    else:
        put("journal" if container and bib_type == "misc" else "booktitle", container)
    put("shortjournal", reader.text("container-title-short") or reader.text("journalAbbreviation"))
    fields.update(date_fields(reader))
    put("volume", reader.text("volume"))
    if bib_type == "article":
        put("number", reader.text("issue"))
        put("eid", reader.text("number"))
    else:
        put("number", reader.text("collection-number") or reader.text("issue") or reader.text("number"))
    put("chapter", reader.text("chapter-number"))
    put("pages", re.sub(r"\s*[-–—]+\s*", "--", reader.text("page")), verbatim=True)
    for bib, csl in _SIMPLE:
        if bib != "title":
            put(bib, reader.text(csl))
    put("address", reader.text("publisher-place"))
    genre = reader.text("genre").lower()
    if bib_type == "phdthesis" and "master" in genre:
        bib_type = "mastersthesis"
    if bib_type == "techreport" and genre == "manual":
        bib_type = "manual"
    holder = {"phdthesis": "school", "mastersthesis": "school", "techreport": "institution",
              "manual": "organization"}.get(bib_type)
    if holder and "publisher" in fields:  # a thesis's university, a report's institution
        fields[holder] = fields.pop("publisher")
    for bib, csl in _IDS:
        value = reader.text(csl)
        put(bib, normalize_doi(value) if bib == "doi" and value.lower().startswith(("http", "doi:")) else value,
            verbatim=True)
    put("note", reader.text("note"))
    fields = check_fields(fields, label, problems, _CHECKED_AS)
    entry_key = key if key is not None else reader.text("id")
    return Entry(key=entry_key, type=bib_type, fields=fields)


def dump_csl_json(entries: Iterable[Entry], ascii: bool = False) -> str:
    """A CSL-JSON array (pretty; UTF-8 characters kept unless ``ascii``) for the entries."""
    return jsontext.dumps([entry_to_csl(e) for e in entries], ensure_ascii=ascii) + "\n"


def _load(text: str, path: Path | str | None) -> object:
    """The JSON value; every way ``json`` can fail is a FormatError naming the file."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise FormatError(f"not valid CSL-JSON: {exc.msg}", path=path, line=exc.lineno,
                          hint="the file may be truncated; export it again from the source") from None
    except RecursionError:
        raise FormatError("not CSL-JSON: arrays or objects nested too deeply to read", path=path,
                          hint="CSL-JSON is an array of flat item objects; export it again") from None
    except ValueError as exc:  # e.g. an integer with more digits than Python will convert
        raise FormatError(f"not valid CSL-JSON: {exc}", path=path, hint="export it again from the source") from None


def _items(data: object, path: Path | str | None) -> list[object]:
    if isinstance(data, Mapping):
        data = data.get("items", [data])
    if not isinstance(data, list) or (data and not any(isinstance(i, Mapping) for i in data)):
        found = "an array of " + ", ".join(sorted({kind(i) for i in data})) if isinstance(data, list) else kind(data)
        raise FormatError(f"CSL-JSON must be an array of objects, not {found}", path=path, hint="expected [{...}, ...]")
    return data


def read_csl_json(text: str, path: Path | str | None = None) -> tuple[list[Entry], list[str]]:
    """Entries from a CSL-JSON array (or a single item), and warnings about values left out."""
    problems = Problems()
    entries = []
    for index, item in enumerate(_items(_load(text, path), path), start=1):
        label = f"item {index}"
        if not isinstance(item, Mapping):
            problems.skip_item(label, f"expected an object, got {kind(item)}")
            continue
        if "type" not in item and "title" not in item:
            raise FormatError(f"item {index} has neither a type nor a title; this is not CSL-JSON", path=path,
                              hint="export as 'CSL JSON' from Zotero or pandoc")
        entry = csl_to_entry(item, label=label, problems=problems)
        entry.line = index
        entries.append(entry)
    return entries, problems.messages


def parse_csl_json(text: str, path: Path | str | None = None) -> list[Entry]:
    """The entries of :func:`read_csl_json`, without its warnings."""
    return read_csl_json(text, path)[0]
