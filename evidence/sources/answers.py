"""The small NCBI answers: esearch, ecitmatch, PMC idconv and esummary bodies parsed into dataclasses (no I/O).

Errors that NCBI delivers inside an HTTP 200 body raise :class:`NCBIError`; so does a body of the
right syntax but the wrong shape (a list where an object belongs), so it is never cached or used.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote
from xml.etree.ElementTree import Element

from evidence.errors import NCBIError
from evidence.sources.bodies import HINT as _HINT
from evidence.sources.bodies import SPACES as _SPACES
from evidence.sources.bodies import local as _local
from evidence.sources.bodies import looks_json as _looks_json
from evidence.sources.bodies import parse_json as _json
from evidence.sources.bodies import parse_xml as _parse_xml
from evidence.sources.bodies import text as _text

__all__ = [
    "Citation",
    "DocSummary",
    "IdRecord",
    "SearchResult",
    "parse_ecitmatch",
    "parse_esearch",
    "parse_esummary",
    "parse_idconv",
]


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



def _shape(what: str, detail: str) -> NCBIError:
    return NCBIError(f"unexpected {what} answer: {detail}", hint=_HINT)


def _obj(value: object, what: str, name: str) -> dict[str, Any]:
    """A JSON object member (absent or null: empty); anything else is a malformed answer."""
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise _shape(what, f"{name} is {type(value).__name__}, not an object")
    return value


def _list(value: object, what: str, name: str) -> list[Any]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise _shape(what, f"{name} is {type(value).__name__}, not a list")
    return value


def _strs(value: object, what: str, name: str) -> tuple[str, ...]:
    items = _list(value, what, name)
    if not all(isinstance(i, str | int) and not isinstance(i, bool) for i in items):
        raise _shape(what, f"{name} holds something other than text")
    return tuple(str(i) for i in items)


def _count(text: str, ids: tuple[str, ...]) -> int:
    """The hit count, checked against the ids: an answer that contradicts itself proves nothing."""
    if not text.isdigit():
        raise _shape("esearch", f"the hit count is {text!r}" if text else "no hit count")
    if len(ids) > int(text) or not all(i.isdigit() for i in ids):
        raise _shape("esearch", f"{len(ids)} ids for a count of {text}" if len(ids) > int(text) else "a non-numeric id")
    return int(text)


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
    ids = tuple(_text(i) for i in root.findall("IdList/Id"))
    return SearchResult(
        count=_count(_text(root.find("Count")), ids),
        ids=ids,
        warnings=tuple(warnings),
        phrases_not_found=missing,
        query_translation=_text(root.find("QueryTranslation")),
    )


def _esearch_json(data: dict[str, Any]) -> SearchResult:
    res = data.get("esearchresult")
    if not isinstance(res, dict):
        error = data.get("error")
        raise NCBIError(f"NCBI esearch error: {error if isinstance(error, str) and error else 'no esearchresult'}",
                        hint=_HINT)
    if res.get("ERROR"):
        raise NCBIError(f"NCBI esearch error: {res['ERROR']}", hint="check the search query")
    what = "esearch"
    errs = _obj(res.get("errorlist"), what, "errorlist")
    warns = _obj(res.get("warninglist"), what, "warninglist")
    missing = _strs(errs.get("phrasesnotfound"), what, "phrasesnotfound")
    warnings = [f"phrase not found: {p}" for p in missing]
    warnings += [f"field not found: {p}" for p in _strs(errs.get("fieldsnotfound"), what, "fieldsnotfound")]
    warnings += [f"quoted phrase not found: {p}"
                 for p in _strs(warns.get("quotedphrasesnotfound"), what, "quotedphrasesnotfound")]
    warnings += [f"phrase ignored: {p}" for p in _strs(warns.get("phrasesignored"), what, "phrasesignored")]
    warnings += list(_strs(warns.get("outputmessages"), what, "outputmessages"))
    ids = _strs(res.get("idlist"), what, "idlist")
    count = res.get("count")
    return SearchResult(
        count=_count(str(count) if isinstance(count, str | int) and not isinstance(count, bool) else "", ids),
        ids=ids,
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
    for item in _list(data.get("records"), "idconv", "records"):
        rec = _obj(item, "idconv", "a record")
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
        result = _obj(data.get("result"), "esummary", "result")
        uids = _strs(result.get("uids"), "esummary", "uids")
        return [_docsum_json(uid, _obj(result.get(uid), "esummary", uid)) for uid in uids]
    root = _parse_xml(body, "esummary")
    errors = [_text(e) for e in root.findall("ERROR")]
    if errors:
        raise NCBIError(f"NCBI esummary error: {'; '.join(errors)}", hint="check the PMIDs you asked for")
    return [_docsum_xml(ds) for ds in root.findall("DocSum")]


def _docsum_json(uid: str, doc: dict[str, Any]) -> DocSummary:
    what = "esummary"
    ids = {}
    for item in _list(doc.get("articleids"), what, "articleids"):
        aid = _obj(item, what, "an article id")
        ids[str(aid.get("idtype", ""))] = str(aid.get("value", ""))
    authors = tuple(str(_obj(a, what, "an author").get("name", "")) for a in _list(doc.get("authors"), what, "authors"))
    return DocSummary(
        pmid=str(uid),
        title=str(doc.get("title", "")),
        authors=authors,
        journal=str(doc.get("source", "")),
        pubdate=str(doc.get("pubdate", "")),
        volume=str(doc.get("volume", "")),
        issue=str(doc.get("issue", "")),
        pages=str(doc.get("pages", "")),
        doi=ids.get("doi", ""),
        pmcid=ids.get("pmc", ""),
        publication_types=_strs(doc.get("pubtype"), what, "pubtype"),
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

