"""The NCBI E-utilities client (esearch, efetch, esummary, ecitmatch, PMC idconv) on the shared transport.

What belongs to NCBI lives here: endpoints, batch sizes, POST above URL limits, the API key
and email (sent as identity parameters, never cached or logged, and scrubbed from answers by the
transport), per-PMID efetch caching, and the rule that a short efetch batch is asked again
before any PMID is called missing. HTTP, retries, the cache and error mapping are
:mod:`evidence.sources.transport`'s job; parsing is :mod:`~evidence.sources.records` and
:mod:`~evidence.sources.answers`'.
"""

from __future__ import annotations

import functools
import logging
import os
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import datetime

from evidence.errors import PubMedError
from evidence.model import PMCID_RE, PMID_RE, normalize_doi
from evidence.sources.answers import (
    Citation,
    DocSummary,
    IdRecord,
    SearchResult,
    parse_ecitmatch,
    parse_esearch,
    parse_esummary,
    parse_idconv,
)
from evidence.sources.options import TransportOptions
from evidence.sources.records import PubMedRecord, parse_efetch, split_efetch
from evidence.sources.transport import (
    ClientStats,
    RateLimiter,
    RequestInfo,
    ResponseCache,
    Transport,
    Waiting,
)

__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_IDCONV_URL",
    "ClientStats",
    "EutilsClient",
    "RateLimiter",
    "RequestInfo",
    "ResponseCache",
    "SearchResult",
    "TransportOptions",
    "Waiting",
]

log = logging.getLogger(__name__)

DEFAULT_BASE_URL = "https://eutils.ncbi.nlm.nih.gov/entrez/eutils/"
DEFAULT_IDCONV_URL = "https://pmc.ncbi.nlm.nih.gov/tools/idconv/api/v1/articles/"
EFETCH_BATCH = 200  # NCBI: POST above ~200 ids; a 200-record answer is a few MB and cheap to retry
ESUMMARY_BATCH = 200  # JSON esummary refuses more than 500
IDCONV_BATCH = 200  # the ID converter's documented maximum
ECITMATCH_BATCH = 200
POST_OVER_IDS = 100  # ids per request above which we POST (URL length limits)
POST_OVER_CHARS = 300  # NCBI: POST "several hundred characters" long terms
BUSY_BODIES = (b"Search Backend failed", b"Unable to obtain query", b"API rate limit exceeded")


def _chunks(items: Sequence[str], size: int) -> Iterator[list[str]]:
    for i in range(0, len(items), size):
        yield list(items[i : i + size])


def _efetch_request(pmid: str) -> str:
    return f"efetch pubmed {pmid}"


class EutilsClient:
    """E-utilities (esearch, efetch, esummary, ecitmatch) and the PMC ID converter, politely.

    Every argument has a safe default; URLs, key and email also come from the environment
    (``EVIDENCE_EUTILS_URL``, ``EVIDENCE_IDCONV_URL``, ``NCBI_API_KEY``, ``EVIDENCE_EMAIL``).
    ``options`` (:class:`~evidence.sources.options.TransportOptions`) are the settings every client
    shares: cache, offline, retries, ``on_wait`` (the CLI shows every retry wait), ``max_wait`` (or
    ``EVIDENCE_MAX_WAIT``, seconds: one request's total retrying). Pass one ``limiter`` to several
    clients to share the rate limit.
    """

    def __init__(
        self,
        options: TransportOptions | None = None,
        *,
        base_url: str | None = None,
        idconv_url: str | None = None,
        api_key: str | None = None,
        tool: str = "evidence",
        limiter: RateLimiter | None = None,
        env: Mapping[str, str] | None = None,
    ) -> None:
        env = os.environ if env is None else env
        self.base_url = (base_url or env.get("EVIDENCE_EUTILS_URL") or DEFAULT_BASE_URL).rstrip("/") + "/"
        self.idconv_url = idconv_url or env.get("EVIDENCE_IDCONV_URL") or DEFAULT_IDCONV_URL
        self._api_key = api_key if api_key is not None else (env.get("NCBI_API_KEY") or None)
        self.tool = tool.replace(" ", "_")
        options = (options or TransportOptions()).resolved(env, PubMedError)
        self.email = options.email
        self.transport = Transport(
            "NCBI",
            options,
            cache_name="eutils",
            rate=10.0 if self._api_key else 3.0,  # NCBI's limit: 10 requests/s with an API key, 3 without
            limiter=limiter,
            secrets=(self._api_key, self.email),
            busy_bodies=BUSY_BODIES,
        )

    def __repr__(self) -> str:  # never shows the key
        key = "set" if self._api_key else "none"
        return f"EutilsClient(base_url={self.base_url!r}, api_key={key}, offline={self.offline})"

    @property
    def has_api_key(self) -> bool:
        return bool(self._api_key)

    @property
    def offline(self) -> bool:
        return self.transport.offline

    @property
    def stats(self) -> ClientStats:
        return self.transport.stats

    @property
    def limiter(self) -> RateLimiter:
        return self.transport.limiter

    @property
    def cache(self) -> ResponseCache | None:
        return self.transport.cache

    # ------------------------------------------------------------------ public API

    def esearch(self, term: str, retmax: int = 20, **params: str) -> SearchResult:
        """PMIDs for a PubMed query. ``count`` is the total; PhraseNotFound etc. land in ``warnings``."""
        if not term.strip():
            raise PubMedError("empty PubMed query", hint="give search words, e.g. 'ketamine depression'")
        query = {"db": "pubmed", "term": term, "retmax": str(retmax), "retmode": "xml", **params}
        body = self._call("esearch.fcgi", query, post=len(term) > POST_OVER_CHARS, size=1, check=parse_esearch)
        return parse_esearch(body)

    def efetch(self, pmids: Iterable[str | int]) -> list[PubMedRecord]:
        """Full records for PMIDs, in the order asked (unknown PMIDs are left out).

        Records come from the per-PMID cache when fresh; the rest are fetched in batches of
        200 (POST for long lists). NCBI under load returns short batches, so PMIDs missing from
        an answer are asked again at once, in one request; only PMIDs missing twice are called
        unknown (and cached as such for a day). Records NCBI returns that were not asked for
        (``id=-1`` gives PMID 1) are dropped.
        """
        wanted = list(dict.fromkeys(self._check_pmid(p) for p in pmids))
        found: dict[str, bytes] = {}
        missing: list[str] = []
        for pmid in wanted:
            hit = self.transport.cached(_efetch_request(pmid))
            if hit is None:
                missing.append(pmid)
            else:
                found[pmid] = hit
        if missing and self.offline:
            raise self.transport.offline_error(f"PubMed records {_few(missing)}")
        absent: list[str] = []
        for batch in _chunks(missing, EFETCH_BATCH):
            parts = self._efetch_batch(batch)
            self.transport.store((_efetch_request(p), "efetch.fcgi", body) for p, body in parts.items())
            found |= parts
            absent += [p for p in batch if p not in parts]
        if absent:  # a short answer proves nothing: ask once more, all of them together
            log.info("efetch answers lacked %d PMIDs; asking again for %s", len(absent), _few(absent))
            for batch in _chunks(absent, EFETCH_BATCH):
                parts = self._efetch_batch(batch)
                found |= parts
                rows = [(_efetch_request(p), "efetch.fcgi", parts.get(p, b"")) for p in batch]  # b"": no such record
                self.transport.store(rows)
        fragments = [found[p] for p in wanted if found.get(p)]
        return parse_efetch(b"".join(fragments)) if fragments else []

    def _efetch_batch(self, batch: list[str]) -> dict[str, bytes]:
        """PMID -> record XML for the records one efetch answer holds (extras dropped)."""
        params = {"db": "pubmed", "id": ",".join(batch), "retmode": "xml"}
        body = self._call("efetch.fcgi", params, post=len(batch) > POST_OVER_IDS, cache=False, size=len(batch))
        parts = dict(split_efetch(body))
        extra = sorted(set(parts) - set(batch))
        if extra:
            log.warning("efetch returned PMIDs that were not asked for: %s (dropped)", ", ".join(extra))
        return {p: parts[p] for p in batch if p in parts}

    def efetch_pmc(self, pmcids: Sequence[str]) -> bytes:
        """One ``efetch db=pmc`` request for up to 200 PMCIDs (POST above 100): the raw ``<pmc-articleset>``.

        Not cached here: the full-text store keeps what this answers, per article, with its licence.
        """
        ids = [p.strip().upper().removeprefix("PMC") for p in pmcids]
        bad = [i for i in ids if not i.isdigit()]
        if bad or not ids or len(ids) > EFETCH_BATCH:
            raise PubMedError(f"not a PMCID batch: {_few(bad or ids)}", hint="PMCIDs look like PMC1234567")
        params = {"db": "pmc", "id": ",".join(ids), "retmode": "xml"}
        return self._call("efetch.fcgi", params, post=len(ids) > POST_OVER_IDS, cache=False, size=len(ids))

    def esummary(self, pmids: Iterable[str | int]) -> list[DocSummary]:
        """Document summaries (JSON esummary) in batches of 200, in NCBI's order."""
        wanted = list(dict.fromkeys(self._check_pmid(p) for p in pmids))
        out: list[DocSummary] = []
        for batch in _chunks(wanted, ESUMMARY_BATCH):
            params = {"db": "pubmed", "id": ",".join(batch), "retmode": "json"}
            out += parse_esummary(self._call("esummary.fcgi", params, post=len(batch) > POST_OVER_IDS, size=len(batch),
                                             check=parse_esummary))
        return out

    def ecitmatch(self, citations: Sequence[Citation]) -> dict[str, str | None]:
        """``{key: PMID or None}`` for citations (journal|year|volume|page|author), batched.

        NOT_FOUND and AMBIGUOUS both give None; keys must be unique.
        """
        keys = [c.key for c in citations]
        if len(set(keys)) != len(keys):
            raise PubMedError("ECitMatch keys must be unique", hint="give each citation its own key")
        out: dict[str, str | None] = {k: None for k in keys}
        for start in range(0, len(citations), ECITMATCH_BATCH):
            batch = citations[start : start + ECITMATCH_BATCH]
            bdata = "\r".join(c.line() for c in batch)  # a real CR; requests encodes it as %0D
            params = {"db": "pubmed", "retmode": "xml", "rettype": "xml", "bdata": bdata}
            answer = parse_ecitmatch(self._call("ecitmatch.cgi", params, size=len(batch), check=parse_ecitmatch))
            clean = {Citation(k).line().split("|")[5]: k for k in (c.key for c in batch)}
            for key, pmid in answer.items():
                if key in clean:
                    out[clean[key]] = pmid
        return out

    def idconv(self, ids: Iterable[str]) -> dict[str, IdRecord]:
        """PMC ID Converter: ``{asked id: IdRecord(pmid, pmcid, doi)}`` for PMCIDs, DOIs or PMIDs.

        Only articles in PMC are known to it; ids it does not know are absent from the result.
        """
        groups: dict[str, list[str]] = {}
        for raw in dict.fromkeys(i.strip() for i in ids if i.strip()):
            kind = "pmcid" if PMCID_RE.match(raw.upper()) else "pmid" if PMID_RE.match(raw) else "doi"
            groups.setdefault(kind, []).append(raw)
        out: dict[str, IdRecord] = {}
        for kind, values in groups.items():
            for batch in _chunks(values, IDCONV_BATCH):
                send = [normalize_doi(v) if kind == "doi" else v for v in batch]
                params = {"ids": ",".join(send), "idtype": kind, "format": "json", "versions": "no"}
                body = self._call(self.idconv_url, params, size=len(batch), ok_status=(200, 400, 404),
                                  check=functools.partial(parse_idconv, requested=send))
                answer = parse_idconv(body, send)
                for asked, sent in zip(batch, send, strict=True):
                    if sent in answer:
                        rec = answer[sent]
                        out[asked] = IdRecord(asked, rec.pmid, rec.pmcid, rec.doi, rec.error)
        return out

    def fetched_at(self, pmid: str) -> datetime | None:
        """When the cached record for a PMID was fetched (for provenance); None if not cached."""
        return self.transport.fetched_at(_efetch_request(pmid))

    # ------------------------------------------------------------------ internals

    @staticmethod
    def _check_pmid(value: str | int) -> str:
        text = str(value).strip()
        if not PMID_RE.match(text):
            raise PubMedError(f"not a PMID: {text!r}", hint="a PMID is a number of 1 to 9 digits, e.g. 10686270")
        return text

    def _call(
        self,
        endpoint: str,
        params: Mapping[str, str],
        *,
        post: bool = False,
        cache: bool = True,
        size: int = 1,
        ok_status: tuple[int, ...] = (200,),
        check: Callable[[bytes], object] | None = None,
    ) -> bytes:
        """An E-utilities request: key and email travel in a POST form (never a URL, which logs would keep).

        So they go only to the .fcgi endpoints; GET-only ECitMatch and the ID converter get the tool name only.
        """
        url = endpoint if "://" in endpoint else self.base_url + endpoint
        identity = {"tool": self.tool}
        form = endpoint.endswith(".fcgi")
        if form and self.email:
            identity["email"] = self.email
        if form and self._api_key:
            identity["api_key"] = self._api_key
        return self.transport.call(url, params, identity=identity, post=post or len(identity) > 1, cache=cache,
                                   size=size, ok_status=ok_status, check=check)


def _few(items: Sequence[str], n: int = 5) -> str:
    head = ", ".join(items[:n])
    return head + (f" and {len(items) - n} more" if len(items) > n else "")

