"""arXiv ids to works through the arXiv API (``/api/query?id_list=...``, Atom), many ids per request.

arXiv knows the published version of many preprints: its ``arxiv:doi`` and ``arxiv:journal_ref``
make the entry an ``@article`` carrying that DOI; without them the entry is a ``@misc`` preprint.
Either way the entry keeps ``eprint``/``eprinttype``/``archiveprefix`` as biblatex and BibTeX
styles expect. The base URL (``EVIDENCE_ARXIV_URL``) is the service's documented base,
``https://export.arxiv.org``; the client appends ``/api/query``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from xml.etree.ElementTree import Element

from defusedxml.ElementTree import ParseError, fromstring

from evidence.errors import ServiceError
from evidence.fieldtext import MONTHS, latex_escape
from evidence.sources.found import Work
from evidence.sources.names import display_name
from evidence.sources.transport import Transport

__all__ = ["ARXIV_BATCH", "ArxivEntry", "arxiv_works", "base_id", "entry_work", "parse_feed"]

ARXIV_BATCH = 50  # ids per request; arXiv asks clients to keep requests small and slow (one per 3 s)
_ATOM = "{http://www.w3.org/2005/Atom}"
_ARXIV = "{http://arxiv.org/schemas/atom}"
_ABS = re.compile(r"arxiv\.org/abs/(.+?)/?$")
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


@dataclass(frozen=True)
class ArxivEntry:
    """One ``<entry>`` of an arXiv feed, whitespace already collapsed."""

    arxiv_id: str  # with its version, as arXiv lists it: 1707.08567v1
    title: str
    authors: tuple[str, ...]
    summary: str
    published: str
    doi: str
    journal_ref: str
    primary_class: str


def base_id(arxiv_id: str) -> str:
    """``2106.01345v2`` -> ``2106.01345``: the work, whatever its version."""
    return re.sub(r"v\d+$", "", arxiv_id.strip())


def _text(node: Element | None) -> str:
    return " ".join((node.text or "").split()) if node is not None else ""


def _error(entry: Element) -> str:
    """arXiv's own error entries (``<id>.../api/errors#...``) carry the reason in their summary."""
    return _text(entry.find(f"{_ATOM}summary")) if "/api/errors" in _text(entry.find(f"{_ATOM}id")) else ""


def parse_feed(body: bytes, asked: str) -> list[ArxivEntry]:
    """The entries of an arXiv Atom answer; arXiv's error entries raise with arXiv's own words."""
    try:
        root = fromstring(body)
    except ParseError as exc:
        raise ServiceError(f"arXiv answered id_list={asked} with something that is not Atom XML ({exc})",
                        hint="the service may be down or behind a proxy; try again later") from None
    out = []
    for entry in root.iter(f"{_ATOM}entry"):
        problem = _error(entry)
        if problem:
            raise ServiceError(f"arXiv refused id_list={asked}: {problem}", hint="check the arXiv id")
        link = _ABS.search(_text(entry.find(f"{_ATOM}id")))
        if link is None:
            continue
        primary = entry.find(f"{_ARXIV}primary_category")
        out.append(ArxivEntry(
            arxiv_id=link.group(1),
            title=_text(entry.find(f"{_ATOM}title")),
            authors=tuple(_text(a.find(f"{_ATOM}name")) for a in entry.findall(f"{_ATOM}author")),
            summary=_text(entry.find(f"{_ATOM}summary")),
            published=_text(entry.find(f"{_ATOM}published")),
            doi=_text(entry.find(f"{_ARXIV}doi")),
            journal_ref=_text(entry.find(f"{_ARXIV}journal_ref")),
            primary_class=primary.get("term", "") if primary is not None else "",
        ))
    return out


def tex_value(text: str) -> str:
    """arXiv titles and abstracts are written in TeX ("$\\mathcal{N}=4$ super Yang-Mills"): kept as TeX, with
    only a bare ``&``, ``%``, ``#`` or ``_`` outside math escaped; plain text (or unbalanced TeX) is escaped whole."""
    text = re.sub(r"\s+", " ", text).strip()
    dollars = len(re.findall(r"(?<!\\)\$", text))
    if not re.search(r"\$|\\[A-Za-z]", text) or dollars % 2 or text.count("{") != text.count("}"):
        return latex_escape(text)
    parts = re.split(r"((?<!\\)\$[^$]*(?<!\\)\$)", text)
    return "".join(part if part.startswith("$") else re.sub(r"(?<!\\)([&%#_])", r"\\\1", part) for part in parts)


def entry_work(entry: ArxivEntry) -> Work:
    """``@article`` when arXiv knows where it was published (DOI or journal reference), else ``@misc``."""
    eprint = base_id(entry.arxiv_id)
    published = bool(entry.doi or entry.journal_ref)
    fields: dict[str, str] = {}
    authors = [n for n in (display_name(a) for a in entry.authors) if n]
    if authors:
        fields["author"] = " and ".join(authors)
    fields["title"] = tex_value(entry.title)
    year, month = entry.published[:4], entry.published[5:7]
    ref_year = _YEAR.findall(entry.journal_ref)
    if published and ref_year:
        fields["year"] = ref_year[-1]
    elif year.isdigit():
        fields["year"] = year
        if month.isdigit() and 1 <= int(month) <= 12:
            fields["month"] = MONTHS[int(month) - 1]
    if entry.journal_ref:
        fields["journal"] = latex_escape(entry.journal_ref)
    if entry.doi:
        fields["doi"] = entry.doi
    if not published:
        fields["howpublished"] = "arXiv"
        fields["note"] = "Preprint"
    fields |= {"eprint": eprint, "eprinttype": "arxiv", "archiveprefix": "arXiv"}
    if entry.primary_class:
        fields["primaryclass"] = entry.primary_class
    fields["url"] = f"https://arxiv.org/abs/{eprint}"
    if entry.summary:
        fields["abstract"] = tex_value(entry.summary)
    return Work("article" if published else "misc", fields, "arXiv")


def arxiv_works(transport: Transport, base_url: str, ids: Sequence[str]) -> dict[str, Work | None]:
    """Each asked id (version or not) -> its work, or None when arXiv lists no such paper.

    ``ARXIV_BATCH`` ids share one request; ``max_results`` is sent because arXiv otherwise stops at 10.
    """
    unique = list(dict.fromkeys(ids))
    out: dict[str, Work | None] = {}
    for i in range(0, len(unique), ARXIV_BATCH):
        chunk = unique[i : i + ARXIV_BATCH]
        asked = ",".join(chunk)

        def check(body: bytes, asked: str = asked) -> object:
            return parse_feed(body, asked)

        body = transport.call(f"{base_url.rstrip('/')}/api/query", {"id_list": asked, "max_results": str(len(chunk))},
                              ok_status=(200, 400), size=len(chunk), check=check)
        found = {base_id(e.arxiv_id).lower(): e for e in parse_feed(body, asked)}
        for value in chunk:
            entry = found.get(base_id(value).lower())
            out[value] = entry_work(entry) if entry else None
    return out
