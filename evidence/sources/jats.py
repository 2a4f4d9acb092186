"""JATS/NLM article XML (PMC efetch, PMC OA .nxml, Europe PMC, publishers) into labelled passages.

Why passages and not one text: a claim's evidence must say where it came from ("Results >
Secondary outcomes", "Table 2"), and some parts of an article are never evidence (the reference
list, acknowledgements, funding, author contributions), so they are kept apart in ``back``.
Inline citations become the marker ``[*]`` (no word in it, so it never matches a claim's words).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from xml.etree.ElementTree import Element, tostring

from evidence.check.sentences import split_sentences
from evidence.errors import NCBIError
from evidence.sources.bodies import SPACES, local, parse_xml, text

__all__ = ["Article", "Passage", "Reference", "Related", "CITE_MARK", "parse_article", "split_articles"]

CITE_MARK = "[*]"
_XLINK_HREF = "{http://www.w3.org/1999/xlink}href"
_NOT_ALLOWED = b"does not allow downloading of the full text"
#: fn-type values and section titles that say who did or paid for the work: never evidence
_BACK_FN = {"con", "conflict", "coi-statement", "financial-disclosure", "supported-by", "present-address",
            "equal", "deceased", "corresp", "other-contribution"}
_BACK_TITLE_RE = re.compile(r"acknowledg|funding|author(s'|'s|s)? contributions?|competing interests?|"
                            r"conflicts? of interest|disclosure|abbreviations|supporting information|"
                            r"supplementary (material|data|information)|data availability|"
                            r"pre-publication history", re.I)
_SKIP_INLINE = {"fig", "fig-group", "table-wrap", "table-wrap-group", "disp-formula-group", "supplementary-material",
                "boxed-text", "list", "def-list"}


@dataclass(frozen=True)
class Passage:
    """A paragraph, table row, caption or legend, with the section it sits in."""

    section: str  # "Abstract > Background", "Results > Secondary outcomes", "Table 2", "Figure 1"
    kind: str  # "abstract" | "paragraph" | "caption" | "table-row" | "figure" | "footnote" | "back"
    text: str


@dataclass(frozen=True)
class Related:
    """A ``<related-article>``: the work a notice concerns ("corrected-article"), or the notice a work
    links forward to ("correction-forward"); its identifiers come from the link and its ``<pub-id>``s."""

    kind: str  # "corrected-article", "retracted-article", "correction-forward", ...
    doi: str
    href: str
    pmid: str = ""
    pmcid: str = ""


@dataclass(frozen=True)
class Reference:
    """One reference-list item (any of the three flavours: mixed-, element- or old citation)."""

    label: str
    text: str
    pmid: str = ""
    doi: str = ""
    pmcid: str = ""
    related: tuple[Related, ...] = ()  # PMC marks a cited work retracted with a "retraction-forward" link


@dataclass(frozen=True)
class Article:
    """One article's identifiers, licence, passages (evidence) and back matter (never evidence)."""

    pmcid: str
    pmid: str
    doi: str
    version: str
    title: str
    article_type: str
    licence: str  # the licence URL when given, else its short text
    licence_text: str
    has_body: bool
    restricted: bool  # PMC said the publisher does not allow XML full text
    passages: tuple[Passage, ...]
    back: tuple[Passage, ...] = ()
    references: tuple[Reference, ...] = ()
    related: tuple[Related, ...] = ()

    @property
    def open(self) -> bool:
        """Full text to check claims against: a body, and no "does not allow" notice."""
        return self.has_body and not self.restricted

    @property
    def words(self) -> int:
        return sum(len(p.text.split()) for p in self.passages)

    def sentences(self) -> Iterator[tuple[str, str]]:
        """``(section, sentence)`` for every evidence sentence (table rows and legends whole)."""
        for passage in self.passages:
            if passage.kind in ("table-row", "caption"):
                yield passage.section, passage.text
                continue
            for start, end in split_sentences(passage.text):
                sentence = " ".join(passage.text[start:end].split())
                if sentence and sentence != CITE_MARK:
                    yield passage.section, sentence


@dataclass
class _Builder:
    passages: list[Passage] = field(default_factory=list)
    back: list[Passage] = field(default_factory=list)

    def add(self, section: str, kind: str, value: str, *, back: bool = False) -> None:
        value = SPACES.sub(" ", value).strip()
        if value:
            (self.back if back else self.passages).append(Passage(section, kind, value))


def inline_text(el: Element) -> str:
    """A paragraph's text: citations as ``[*]``, floats (figures, tables, lists) left out for their own passages."""
    parts: list[str] = [el.text or ""]
    for child in el:
        tag = local(child.tag)
        if tag == "xref" and child.get("ref-type") == "bibr":
            parts.append(CITE_MARK)
        elif tag not in _SKIP_INLINE:
            parts.append(inline_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _label(el: Element, fallback: str) -> str:
    return text(el.find("label")) or fallback


def _caption(el: Element) -> str:
    cap = el.find("caption")
    return "" if cap is None else " ".join(inline_text(c) for c in cap if local(c.tag) in ("title", "p"))


def _cells(row: Element) -> list[str]:
    out: list[str] = []
    for cell in row:
        if local(cell.tag) in ("td", "th"):
            value = SPACES.sub(" ", inline_text(cell)).strip()
            span = int(cell.get("colspan", "1")) if cell.get("colspan", "1").isdigit() else 1
            out.extend([value] * max(1, min(span, 50)))
    return out


def _table(wrap: Element, out: _Builder, number: int) -> None:
    """Caption, then each body row as "header: cell; header: cell", so a number keeps its column's name."""
    name = _label(wrap, f"Table {number}").rstrip(".")
    out.add(name, "caption", f"{name}. {_caption(wrap)}")
    for table in wrap.iter("table"):
        header: list[str] = []
        for head in table.iter("thead"):
            for row in head.iter("tr"):
                cells = _cells(row)
                header = [f"{h} {c}".strip() if h != c else c for h, c in zip(header, cells, strict=False)] \
                    + cells[len(header):] if header else cells
        rows = [r for body in table.iter("tbody") for r in body.iter("tr")] or \
               [r for r in table.iter("tr") if r not in {x for h in table.iter("thead") for x in h.iter("tr")}]
        for row in rows:
            cells = _cells(row)
            pairs = [f"{h}: {c}" if h and c and i else c
                     for i, (h, c) in enumerate(zip(header + [""] * len(cells), cells, strict=False))]
            out.add(name, "table-row", "; ".join(p for p in pairs if p))
    for foot in wrap.iter("table-wrap-foot"):
        for p in foot.iter("p"):
            out.add(name, "footnote", inline_text(p))


def _figure(fig: Element, out: _Builder, number: int) -> None:
    name = _label(fig, f"Figure {number}").rstrip(".")
    out.add(name, "figure", f"{name}. {_caption(fig)}")


@dataclass
class _Counter:
    tables: int = 0
    figures: int = 0


def _block(el: Element, path: str, out: _Builder, count: _Counter, back: bool) -> None:
    """One child of a section: paragraphs, floats, lists, and nested sections (path grows by their titles)."""
    tag = local(el.tag)
    if tag == "p":
        out.add(path or "Body", "back" if back else "paragraph", inline_text(el), back=back)
        for child in el:
            if local(child.tag) in _SKIP_INLINE:
                _block(child, path, out, count, back)
    elif tag == "sec":
        _section(el, path, out, count, back)
    elif tag in ("table-wrap", "fig", "table-wrap-group", "fig-group"):
        if tag.startswith("table-wrap") and tag == "table-wrap":
            count.tables += 1
            _table(el, out, count.tables)
        elif tag == "fig":
            count.figures += 1
            _figure(el, out, count.figures)
        else:
            for child in el:
                _block(child, path, out, count, back)
    elif tag in ("list", "boxed-text", "disp-quote", "list-item", "def-list", "def-item", "def"):
        for child in el:
            _block(child, path, out, count, back)


def _section(sec: Element, path: str, out: _Builder, count: _Counter, back: bool) -> None:
    title_el = sec.find("title")
    title = SPACES.sub(" ", inline_text(title_el)).strip() if title_el is not None else ""
    kind = (sec.get("sec-type") or "").lower()
    back = back or bool(_BACK_TITLE_RE.search(title)) or kind in ("supplementary-material", "ack", "funding")
    title = title[:1].upper() + title[1:]
    here = f"{path} > {title}" if path and title else title or path or "Body"
    for child in sec:
        if local(child.tag) not in ("title", "label"):
            _block(child, here, out, count, back)


def _abstracts(meta: Element, out: _Builder) -> None:
    for abstract in meta.findall("abstract"):
        kind = abstract.get("abstract-type") or ""
        if kind in ("graphical", "teaser", "toc"):
            continue
        name = "Abstract" if not kind else text(abstract.find("title")) or kind.replace("-", " ").capitalize()
        for child in abstract:
            tag = local(child.tag)
            if tag == "p":
                out.add(name, "abstract", inline_text(child))
            elif tag == "sec":
                title = text(child.find("title"))
                for p in child.iter("p"):
                    out.add(f"{name} > {title}" if title else name, "abstract", inline_text(p))


def _licence(meta: Element) -> tuple[str, str]:
    for lic in meta.iter():
        if local(lic.tag) != "license":
            continue
        url = lic.get(_XLINK_HREF) or ""
        for ref in lic.iter():
            if local(ref.tag) == "license_ref" and (ref.text or "").strip():
                url = (ref.text or "").strip()
        words = " ".join(text(p) for p in lic.iter() if local(p.tag) == "license-p")
        first = words.split(". ")[0]
        short = url or lic.get("license-type") or (first if len(first) <= 240 else first[:239] + "…")
        return short, words
    return "", ""


def _reference(ref: Element) -> Reference:
    cite = next((c for c in ref.iter() if local(c.tag) in ("mixed-citation", "element-citation", "citation")), ref)
    related = tuple(_related(r) for r in cite.iter("related-article"))
    linked = _pub_ids(cite)
    ids = {p.get("pub-id-type", ""): text(p) for p in cite.iter("pub-id") if p not in linked}
    value = SPACES.sub(" ", " ".join(t.strip() for t in _own_text(cite) if t.strip())).strip()
    return Reference(text(ref.find("label")), value, ids.get("pmid", ""), ids.get("doi", ""),
                     _pmcid_of(ids.get("pmcid") or ids.get("pmc") or ""), related)


def _pub_ids(cite: Element) -> set[Element]:
    """The ``<pub-id>``s inside a citation's ``<related-article>`` links (they name the notice, not the work)."""
    return {p for r in cite.iter("related-article") for p in r.iter("pub-id")}


def _own_text(el: Element) -> Iterator[str]:
    """Text of an element without its ``<related-article>`` links."""
    if local(el.tag) == "related-article":
        return
    yield el.text or ""
    for child in el:
        yield from _own_text(child)
        yield child.tail or ""


def _pmcid_of(value: str) -> str:
    digits = value.strip().upper().removeprefix("PMC").split(".")[0]
    return f"PMC{digits}" if digits.isdigit() else ""


def _related(rel: Element) -> Related:
    """One link with every identifier it gives: ``xlink:href`` by its ``ext-link-type``, then ``<pub-id>``s."""
    href = (rel.get(_XLINK_HREF) or "").strip()
    kind = (rel.get("ext-link-type") or "").lower()
    ids = {p.get("pub-id-type", "").lower(): text(p) for p in rel.iter("pub-id")}
    pmid = ids.get("pmid") or ids.get("medline") or (href if kind in ("pubmed", "pmid") and href.isdigit() else "")
    pmcid = _pmcid_of(ids.get("pmcid") or ids.get("pmc") or (href if kind in ("pmc", "pmcid") else ""))
    return Related((rel.get("related-article-type") or "").lower(), ids.get("doi") or _doi_of(rel), href, pmid,
                   pmcid)


def _back(article: Element, meta: Element, out: _Builder, count: _Counter) -> tuple[Reference, ...]:
    refs: list[Reference] = []
    for group in meta.iter("funding-group"):
        out.add("Funding", "back", " ".join(group.itertext()), back=True)
    back = article.find("back")
    if back is None:
        return ()
    for child in back:
        tag = local(child.tag)
        if tag == "ref-list":
            refs += [_reference(r) for r in child.iter("ref")]
        elif tag == "ack":
            out.add("Acknowledgements", "back", " ".join(inline_text(p) for p in child.iter("p")), back=True)
        elif tag == "fn-group":
            for fn in child.iter("fn"):
                never = (fn.get("fn-type") or "").lower() in _BACK_FN
                out.add("Footnotes", "back" if never else "footnote", inline_text(fn), back=never)
        elif tag == "sec":
            _section(child, "", out, count, True)
    return tuple(refs)


def _pmcid(meta: Element) -> tuple[str, str]:
    ids = {a.get("pub-id-type", ""): text(a) for a in meta.findall("article-id")}
    raw = ids.get("pmcid") or ids.get("pmc") or ""
    digits = raw.upper().removeprefix("PMC")
    version = ""
    if "." in digits:
        digits, version = digits.split(".", 1)
    if ids.get("pmcid-ver", "").count("."):
        version = ids["pmcid-ver"].rsplit(".", 1)[1]
    stated = text(meta.find("article-version"))
    version = version or (stated if stated.isdigit() else "")
    return (f"PMC{digits}" if digits.isdigit() else ""), version


def parse_article(el: Element, *, raw: bytes = b"") -> Article:
    """One ``<article>`` element into an :class:`Article`; ``raw`` is its XML (for PMC's "does not allow" notice)."""
    front = el.find("front")
    meta = front.find("article-meta") if front is not None else None
    if meta is None:
        raise NCBIError("JATS article without <front>/<article-meta>", hint="is this a JATS article?")
    ids = {a.get("pub-id-type", ""): text(a) for a in meta.findall("article-id")}
    pmcid, version = _pmcid(meta)
    out = _Builder()
    count = _Counter()
    _abstracts(meta, out)
    body = el.find("body")
    if body is not None:
        for child in body:
            _block(child, "", out, count, False)
    references = _back(el, meta, out, count)
    for float_el in el.iter("floats-group"):
        for child in float_el:
            _block(child, "", out, count, False)
    licence, licence_text = _licence(meta)
    related = tuple(_related(r) for r in meta.iter("related-article"))
    title_el = meta.find("title-group/article-title")
    title = SPACES.sub(" ", inline_text(title_el)).strip() if title_el is not None else ""
    has_body = any(p.kind != "abstract" for p in out.passages)
    return Article(pmcid, ids.get("pmid", ""), ids.get("doi", ""), version, title, el.get("article-type") or "",
                   licence, licence_text, has_body, _NOT_ALLOWED in raw, tuple(out.passages), tuple(out.back),
                   references, related)


def _doi_of(rel: Element) -> str:
    href = (rel.get(_XLINK_HREF) or "").strip()
    kind = (rel.get("ext-link-type") or "").lower()
    if href.startswith("info:doi/"):
        return href.removeprefix("info:doi/")
    return href if kind == "doi" or href.startswith("10.") else ""


def split_articles(xml: bytes, what: str = "PMC efetch") -> list[tuple[Article, bytes]]:
    """Every article of a ``<pmc-articleset>`` (or one bare ``<article>``), each with its own XML bytes.

    The bytes are cut from the answer at the article's own tags, so PMC's "does not allow" comment
    (the first child of a front-matter-only article) stays with the article it concerns.
    """
    root = parse_xml(xml, what)
    if local(root.tag) == "article":
        return [(parse_article(root, raw=xml), xml)]
    if local(root.tag) != "pmc-articleset":
        errors = [text(e) for e in root.iter() if local(e.tag) == "ERROR"]
        raise NCBIError(f"unexpected {what} answer <{local(root.tag)}>{': ' + errors[0] if errors else ''}",
                        hint="check the PMCIDs")
    chunks = _raw_chunks(xml)
    articles = [a for a in root if local(a.tag) == "article"]
    if len(chunks) != len(articles):  # cannot cut the answer at its tags: store each re-serialised
        chunks = [tostring(a, encoding="utf-8") for a in articles]
    return [(parse_article(a, raw=c), c) for a, c in zip(articles, chunks, strict=True)]


_ARTICLE_RE = re.compile(rb"<article[\s>].*?</article>", re.S)


def _raw_chunks(xml: bytes) -> list[bytes]:
    return _ARTICLE_RE.findall(xml)
