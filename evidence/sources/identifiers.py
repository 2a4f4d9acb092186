"""What the user asks for (PMIDs, DOIs, PMCIDs, PubMed URLs, a PubMed query) resolved to PubMed records.

Each identifier stands on its own: when a batched lookup fails because of one bad identifier
(NCBI refuses the whole request), the lookup is repeated one identifier at a time, so the bad
one is reported and the others still resolve. Only a network failure while online stops the
whole run (asking again one by one would just wait longer).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol, TypeVar

from evidence.errors import NCBIError, NetworkError, PubMedError, UnavailableError
from evidence.model import DOI_RE, PMID_RE, normalize_doi
from evidence.sources.answers import Citation, IdRecord, SearchResult
from evidence.sources.records import PubMedRecord

__all__ = [
    "DOI_BATCH",
    "PubMedClient",
    "SearchHit",
    "arxiv_id",
    "doi_lookup",
    "isbn10",
    "isbn13",
    "parse_identifier",
    "resolve_identifiers",
    "search_hits",
    "search_pubmed",
]

DOI_BATCH = 50
T = TypeVar("T")

_PUBMED_URL = re.compile(r"(?:pubmed\.ncbi\.nlm\.nih\.gov|ncbi\.nlm\.nih\.gov/pubmed)/(\d{1,9})\b", re.I)
_PMC_ANY = re.compile(r"\bPMC\d+\b", re.I)
_DOI_IN_URL = re.compile(r"10\.\d{4,9}/[^\s&]+")
_ARXIV_NEW = re.compile(r"^\d{4}\.\d{4,5}(v\d+)?$")
_ARXIV_OLD = re.compile(r"^[a-z-]+(\.[A-Z]{2})?/\d{7}(v\d+)?$")


class PubMedClient(Protocol):
    """What lookups need from a client (EutilsClient provides it)."""

    def esearch(self, term: str, retmax: int = 20, **params: str) -> SearchResult: ...
    def efetch(self, pmids: Iterable[str | int]) -> list[PubMedRecord]: ...
    def ecitmatch(self, citations: Sequence[Citation]) -> dict[str, str | None]: ...
    def idconv(self, ids: Iterable[str]) -> dict[str, IdRecord]: ...


def doi_lookup(dois: Sequence[str], client: PubMedClient) -> tuple[list[str], dict[str, list[str]]]:
    """All PMIDs hit by ``"doi"[aid]`` searches, and per DOI the hits attributable to it alone."""
    pmids: list[str] = []
    own: dict[str, list[str]] = {}
    unique = list(dict.fromkeys(dois))
    for i in range(0, len(unique), DOI_BATCH):
        chunk = unique[i : i + DOI_BATCH]
        term = " OR ".join(f'"{d}"[aid]' for d in chunk)
        result = client.esearch(term, retmax=max(20, 3 * len(chunk)))
        pmids += result.ids
        if len(chunk) == 1:
            own[chunk[0]] = list(result.ids)
    return pmids, own


def parse_identifier(text: str) -> tuple[str, str]:
    """``(kind, value)`` for a PMID, DOI, PMCID, arXiv id, ISBN or a URL holding one; kind ``""`` when unrecognised.

    Kinds: ``pmid``, ``pmcid``, ``doi`` (lower case), ``arxiv`` (version kept), ``isbn`` (digits, ISBN-13).
    """
    raw = text.strip()
    url = _PUBMED_URL.search(raw)
    if url:
        return "pmid", url.group(1)
    bare = re.sub(r"^pmid\s*:?\s*", "", raw, flags=re.I)
    if PMID_RE.match(bare):
        return "pmid", bare
    pmc = _PMC_ANY.search(raw)
    if pmc and ("ncbi" in raw.lower() or raw.upper().startswith(("PMC", "PMCID"))):
        return "pmcid", pmc.group().upper()
    arxiv = arxiv_id(raw)
    if arxiv:
        return "arxiv", arxiv
    isbn = isbn13(raw)
    if isbn:
        return "isbn", isbn
    doi = normalize_doi(re.sub(r"^https?://(www\.)?doi\.org/", "", raw, flags=re.I))
    doi = re.sub(r"^doi\s*:?\s*", "", doi, flags=re.I)
    if DOI_RE.match(doi):
        return "doi", doi
    inside = _DOI_IN_URL.search(raw) if raw.lower().startswith(("http://", "https://")) else None
    if inside:  # a publisher's page: https://journals.plos.org/plosone/article?id=10.1371/journal.pone.0033693
        return "doi", normalize_doi(re.sub(r"[.,;)]+$", "", inside.group().split("?")[0].split("#")[0]))
    return "", raw


def _isbn13_ok(digits: str) -> bool:
    return sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(digits)) % 10 == 0


def arxiv_id(text: str) -> str:
    """The arXiv id in ``arXiv:2106.01345v2``, ``2106.01345``, ``hep-th/9901001`` or an arxiv.org URL; else ``""``."""
    raw = text.strip()
    url = re.match(r"^https?://(?:www\.|export\.)?arxiv\.org/(?:abs|pdf)/(.+?)(?:\.pdf)?/?$", raw, flags=re.I)
    value = url.group(1) if url else re.sub(r"^arxiv\s*:\s*", "", raw, flags=re.I)
    if _ARXIV_NEW.match(value) or _ARXIV_OLD.match(value):  # (an archive/number id is nothing else)
        return value
    return ""


def isbn13(text: str) -> str:
    """The ISBN-13 of ``isbn:...``, ``ISBN 0-19-...`` or a bare 13-digit 978/979 number, checksum verified."""
    raw = text.strip()
    value = re.sub(r"^isbn(?:-1[03])?\s*:?\s*", "", raw, flags=re.I)
    digits = re.sub(r"[\s-]", "", value).upper()
    # a bare ten-digit number could be anything; hyphenated (0-8044-2957-X) or ending in X it is an ISBN-10
    explicit = value != raw or bool(re.fullmatch(r"\d{1,5}-\d+-\d+-[\dXx]", value)) or value[-1:] in "xX"
    if re.fullmatch(r"\d{9}[\dX]", digits) and explicit:
        if sum((10 - i) * (10 if c == "X" else int(c)) for i, c in enumerate(digits)) % 11:
            return ""
        digits = "978" + digits[:9]
        return digits + str((10 - sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(digits)) % 10) % 10)
    plausible = explicit or re.fullmatch(r"97[89][\d-]+", raw)
    if re.fullmatch(r"97[89]\d{10}", digits) and plausible and _isbn13_ok(digits):
        return digits
    return ""


def isbn10(isbn13: str) -> str:
    """The ISBN-10 of a 978 ISBN-13 (check digit recomputed, ``X`` for 10); ``""`` for 979 numbers, which have none."""
    if not re.fullmatch(r"978\d{10}", isbn13):
        return ""
    body = isbn13[3:12]
    check = (11 - sum((10 - i) * int(c) for i, c in enumerate(body)) % 11) % 11
    return body + ("X" if check == 10 else str(check))


def _isolated(
    items: list[str],
    call: Callable[[list[str]], T],
    merge: Callable[[T, T], T],
    empty: T,
    errors: dict[str, str],
    offline: bool,
) -> T:
    """``call(items)``; if NCBI refuses the batch, ``call([item])`` for each, recording each failure."""
    if not items:
        return empty
    try:
        return call(items)
    except PubMedError as exc:
        if not _belongs_to_the_items(exc, offline):
            raise
        if len(items) == 1:
            errors[items[0]] = str(exc)
            return empty
    out = empty
    for item in items:
        try:
            out = merge(out, call([item]))
        except PubMedError as exc:
            if not _belongs_to_the_items(exc, offline):
                raise
            errors[item] = str(exc)
    return out


def _belongs_to_the_items(exc: PubMedError, offline: bool) -> bool:
    """NCBI refused what was asked (or offline lacks it); a dead network, a busy NCBI or a broken cache stop all."""
    if isinstance(exc, NetworkError):
        return offline
    return isinstance(exc, NCBIError) and not isinstance(exc, UnavailableError)


def _merge_dois(a: tuple[list[str], dict[str, list[str]]],
                b: tuple[list[str], dict[str, list[str]]]) -> tuple[list[str], dict[str, list[str]]]:
    return a[0] + b[0], a[1] | b[1]


def _fetch(client: PubMedClient) -> Callable[[list[str]], dict[str, PubMedRecord]]:
    return lambda pmids: {r.pmid: r for r in client.efetch(pmids)}


def resolve_identifiers(texts: Sequence[str], client: PubMedClient) -> list[tuple[str, PubMedRecord | None, str]]:
    """For ``evidence add``: each text with its record (or None) and a one-line status message.

    Accepts PMIDs (``123``, ``PMID:123``), DOIs (``10.x/y``, ``doi:...``, ``https://doi.org/...``),
    PMCIDs and PubMed/PMC URLs. DOIs are accepted only when PubMed's record has exactly that DOI.
    A failure that belongs to one identifier is that identifier's message; the others resolve.
    """
    offline = bool(getattr(client, "offline", False))
    parsed = [parse_identifier(t) for t in texts]
    errors: dict[str, str] = {}
    pmcids = list(dict.fromkeys(v for k, v in parsed if k == "pmcid"))
    no_conv: dict[str, IdRecord] = {}
    conv = _isolated(pmcids, client.idconv, lambda a, b: a | b, no_conv, errors, offline)
    dois = list(dict.fromkeys(v for k, v in parsed if k == "doi"))
    no_dois: tuple[list[str], dict[str, list[str]]] = ([], {})
    doi_pmids, doi_own = _isolated(dois, lambda d: doi_lookup(d, client), _merge_dois, no_dois, errors, offline)
    wanted = [v for k, v in parsed if k == "pmid"] + [conv[p].pmid for p in pmcids if p in conv and conv[p].pmid]
    wanted = list(dict.fromkeys(wanted + doi_pmids))
    no_records: dict[str, PubMedRecord] = {}
    records = _isolated(wanted, _fetch(client), lambda a, b: a | b, no_records, errors, offline)
    by_doi = {normalize_doi(r.doi): r for r in records.values() if r.doi}
    out: list[tuple[str, PubMedRecord | None, str]] = []
    for text, (kind, value) in zip(texts, parsed, strict=True):
        pmid = conv[value].pmid if kind == "pmcid" and value in conv else value if kind == "pmid" else ""
        failure = errors.get(value) or errors.get(pmid)
        if failure:
            out.append((text, None, failure))
        elif kind == "pmid":
            rec = records.get(value)
            out.append((text, rec, "ok" if rec else f"PMID {value} is not in PubMed"))
        elif kind == "pmcid":
            rec = records.get(pmid) if pmid else None
            out.append((text, rec, "ok" if rec else f"{value} is not known to PubMed"))
        elif kind == "doi":
            out.append(_doi_result(text, value, by_doi, records, doi_own))
        else:
            out.append((text, None, "not a PMID, DOI, PMCID or PubMed URL"))
    return out


def _doi_result(text: str, doi: str, by_doi: dict[str, PubMedRecord], records: dict[str, PubMedRecord],
                doi_own: dict[str, list[str]]) -> tuple[str, PubMedRecord | None, str]:
    rec = by_doi.get(doi)
    if rec:
        return text, rec, "ok"
    near = [records[p] for p in doi_own.get(doi, []) if p in records]
    msg = f"DOI {doi} not found in PubMed"
    if near:
        msg += f" (PubMed answered with {near[0].pmid}, DOI {near[0].doi or 'none'}; not added)"
    return text, None, msg


@dataclass(frozen=True)
class SearchHit:
    """One esearch result: its place in PubMed's order, its PMID, and its record (None if efetch lacked it)."""

    n: int
    pmid: str
    record: PubMedRecord | None


def search_hits(query: str, client: PubMedClient, limit: int = 20) -> list[SearchHit]:
    """Every PMID a PubMed query lists, in PubMed's relevance order, with its record when PubMed gave one."""
    result = client.esearch(query, retmax=limit)
    if not result.ids:
        return []
    records = {r.pmid: r for r in client.efetch(result.ids)}
    return [SearchHit(i, p, records.get(p)) for i, p in enumerate(result.ids, 1)]


def search_pubmed(query: str, client: PubMedClient, limit: int = 20) -> list[PubMedRecord]:
    """Records for a PubMed query, in PubMed's relevance order (at most ``limit``)."""
    return [h.record for h in search_hits(query, client, limit) if h.record is not None]
