"""The NCBI E-utilities client; the only module that imports ``requests``.

Why it looks the way it does (rules in ``shared/notes/pubmed-eutils.md``):

* one :class:`RateLimiter` per process holds NCBI's limit (3 requests/s, 10 with an API key)
  across every client that shares it, idconv included;
* retries (exponential backoff with jitter, ``Retry-After`` honoured) happen only where a retry
  can help: connection errors, timeouts, HTTP 429, HTTP 5xx and the "Search Backend failed"
  bodies NCBI sends with HTTP 200; deterministic errors raise at once;
* errors inside HTTP 200 (``<ERROR>``, ``ErrorList``, HTML pages, truncated XML) are parsed by
  :mod:`evidence.sources.pubmed` and raise :class:`NCBIError` or become warnings, never results;
* a persistent SQLite cache stores every answer with its fetch date, keyed without
  ``api_key``/``tool``/``email``; efetch records are cached one PMID at a time so that a
  second run over a library costs no requests; ``offline=True`` never opens a socket;
* the API key is never logged, cached or put into an error message, and never into a URL:
  requests that carry it are sent as POST forms (URLs end up in proxy and urllib3 debug logs);
  ECitMatch (a GET-only ``.cgi``) and the PMC ID converter are sent without it.
"""

from __future__ import annotations

import functools
import hashlib
import json
import logging
import os
import random
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import requests

from evidence.errors import NCBIError, NetworkError, PubMedError
from evidence.model import PMCID_RE, PMID_RE, normalize_doi
from evidence.sources.pubmed import (
    Citation,
    DocSummary,
    IdRecord,
    PubMedRecord,
    SearchResult,
    parse_ecitmatch,
    parse_efetch,
    parse_esearch,
    parse_esummary,
    parse_idconv,
    split_efetch,
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
IDENTITY_PARAMS = frozenset({"api_key", "tool", "email"})
NEGATIVE_TTL = timedelta(days=1)  # how long "PubMed has no such PMID" is trusted from the cache
MAX_RETRY_AFTER = 60.0  # seconds: a Retry-After of a day would look like a hang
_TRANSIENT_BODIES = (b"Search Backend failed", b"Unable to obtain query", b"API rate limit exceeded")


@dataclass(frozen=True)
class RequestInfo:
    """What was sent (never the API key): for progress output, logs and tests."""

    method: str
    endpoint: str
    sent_at: float
    attempt: int
    size: int  # number of ids / citations / 1 for a search


@dataclass
class ClientStats:
    """Counters for one client: requests actually sent, answers served from the cache, retries."""

    requests: int = 0
    cache_hits: int = 0
    retries: int = 0


class RateLimiter:
    """At least ``1/rate`` seconds between request starts, for every client that shares this object.

    Thread-safe; ``clock``/``sleep`` are injectable so tests can use a fake clock.
    """

    def __init__(
        self,
        rate: float = 3.0,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        if rate <= 0:
            raise ValueError("rate must be positive")
        self.interval = 1.0 / rate
        self._clock = clock
        self._sleep = sleep
        self._next = float("-inf")
        self._lock = threading.Lock()

    @classmethod
    def for_key(cls, api_key: str | None, **kw: Callable) -> RateLimiter:  # type: ignore[type-arg]
        """NCBI's limit: 10 requests/s with an API key, 3 without."""
        return cls(10.0 if api_key else 3.0, **kw)

    def wait(self) -> float:
        """Block until a request may start; returns the (clock) time it starts."""
        with self._lock:
            now = self._clock()
            if now < self._next:
                self._sleep(self._next - now)
                now = max(self._clock(), self._next)
            self._next = now + self.interval
            return now

    def slow_down(self, seconds: float) -> None:
        """After a 429 (someone else shares the IP or key), hold every client back for a while."""
        with self._lock:
            self._next = max(self._next, self._clock() + seconds)


class ResponseCache:
    """A persistent SQLite store of NCBI answers with their fetch dates (no credentials stored)."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self._connect() as db:
            db.execute(
                "CREATE TABLE IF NOT EXISTS responses ("
                "key TEXT PRIMARY KEY, endpoint TEXT NOT NULL, request TEXT NOT NULL,"
                " body BLOB NOT NULL, fetched TEXT NOT NULL)"
            )

    def _connect(self) -> sqlite3.Connection:
        return sqlite3.connect(self.path, timeout=30)

    def get(self, key: str) -> tuple[bytes, datetime] | None:
        with self._connect() as db:
            row = db.execute("SELECT body, fetched FROM responses WHERE key = ?", (key,)).fetchone()
        if row is None:
            return None
        return bytes(row[0]), datetime.fromisoformat(row[1])

    def put(self, key: str, endpoint: str, request: str, body: bytes, fetched: datetime) -> None:
        with self._connect() as db:
            db.execute(
                "INSERT OR REPLACE INTO responses (key, endpoint, request, body, fetched) VALUES (?, ?, ?, ?, ?)",
                (key, endpoint, request, body, fetched.isoformat()),
            )

    def put_many(self, rows: Iterable[tuple[str, str, str, bytes, datetime]]) -> None:
        with self._connect() as db:
            db.executemany(
                "INSERT OR REPLACE INTO responses (key, endpoint, request, body, fetched) VALUES (?, ?, ?, ?, ?)",
                [(k, e, r, b, f.isoformat()) for k, e, r, b, f in rows],
            )

    def __len__(self) -> int:
        with self._connect() as db:
            return int(db.execute("SELECT COUNT(*) FROM responses").fetchone()[0])


def _chunks(items: Sequence[str], size: int) -> Iterator[list[str]]:
    for i in range(0, len(items), size):
        yield list(items[i : i + size])


def _request_text(endpoint: str, params: Mapping[str, str]) -> str:
    """Canonical request text for cache keys and logs: identity params (api_key!) left out."""
    clean = {k: v for k, v in sorted(params.items()) if k not in IDENTITY_PARAMS}
    return endpoint + " " + json.dumps(clean, ensure_ascii=False, sort_keys=True)


def _key(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class EutilsClient:
    """E-utilities (esearch, efetch, esummary, ecitmatch) and the PMC ID converter, politely.

    Every argument has a safe default; URLs, key and email also come from the environment
    (``EVIDENCE_EUTILS_URL``, ``EVIDENCE_IDCONV_URL``, ``NCBI_API_KEY``, ``EVIDENCE_EMAIL``).
    Pass one ``limiter`` to several clients to share the rate limit.
    """

    def __init__(
        self,
        session: requests.Session | None = None,
        *,
        base_url: str | None = None,
        idconv_url: str | None = None,
        api_key: str | None = None,
        tool: str = "evidence",
        email: str | None = None,
        cache_dir: Path | None = None,
        offline: bool = False,
        refresh: bool = False,
        max_age: timedelta | None = None,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
        timeout: float = 30,
        retries: int = 4,
        limiter: RateLimiter | None = None,
        rng: random.Random | None = None,
        on_request: Callable[[RequestInfo], None] | None = None,
        env: Mapping[str, str] | None = None,
    ) -> None:
        env = os.environ if env is None else env
        self.base_url = (base_url or env.get("EVIDENCE_EUTILS_URL") or DEFAULT_BASE_URL).rstrip("/") + "/"
        self.idconv_url = idconv_url or env.get("EVIDENCE_IDCONV_URL") or DEFAULT_IDCONV_URL
        self._api_key = api_key if api_key is not None else (env.get("NCBI_API_KEY") or None)
        self.tool = tool.replace(" ", "_")
        self.email = email if email is not None else (env.get("EVIDENCE_EMAIL") or None)
        self.offline = offline
        self.refresh = refresh
        self.max_age = max_age
        self.timeout = timeout
        self.retries = max(0, retries)
        self._session = session if session is not None else requests.Session()
        self._clock = clock
        self._sleep = sleep
        self._now = now
        self._rng = rng or random.Random()
        self.limiter = limiter or RateLimiter.for_key(self._api_key, clock=clock, sleep=sleep)
        self.cache = ResponseCache(Path(cache_dir) / "eutils.sqlite") if cache_dir is not None else None
        self.on_request = on_request
        self.stats = ClientStats()

    def __repr__(self) -> str:  # never shows the key
        key = "set" if self._api_key else "none"
        return f"EutilsClient(base_url={self.base_url!r}, api_key={key}, offline={self.offline})"

    @property
    def has_api_key(self) -> bool:
        return bool(self._api_key)

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
        200 (POST for long lists). Records NCBI returns that were not asked for (``id=-1``
        gives PMID 1) are dropped.
        """
        wanted = list(dict.fromkeys(self._check_pmid(p) for p in pmids))
        found: dict[str, bytes] = {}
        missing: list[str] = []
        for pmid in wanted:
            hit = self._cache_get(f"efetch:pubmed:{pmid}")
            if hit is None:
                missing.append(pmid)
            else:
                found[pmid] = hit
        if missing and self.offline:
            raise self._offline_error(f"PubMed records {_few(missing)}")
        for batch in _chunks(missing, EFETCH_BATCH):
            params = {"db": "pubmed", "id": ",".join(batch), "retmode": "xml"}
            body = self._call("efetch.fcgi", params, post=len(batch) > POST_OVER_IDS, cache=False, size=len(batch))
            parts = dict(split_efetch(body))
            extra = sorted(set(parts) - set(batch))
            if extra:
                log.warning("efetch returned PMIDs that were not asked for: %s (dropped)", ", ".join(extra))
            fetched = self._now()
            rows = []
            for pmid in batch:
                data = parts.get(pmid, b"")  # b"": PubMed has no such record (cached as such)
                found[pmid] = data
                rows.append((_key(f"efetch:pubmed:{pmid}"), "efetch.fcgi", f"efetch pubmed {pmid}", data, fetched))
            if self.cache is not None:
                self.cache.put_many(rows)
        fragments = [found[p] for p in wanted if found.get(p)]
        return parse_efetch(b"".join(fragments)) if fragments else []

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
                for asked, sent in zip(batch, send):
                    if sent in answer:
                        rec = answer[sent]
                        out[asked] = IdRecord(asked, rec.pmid, rec.pmcid, rec.doi, rec.error)
        return out

    def fetched_at(self, pmid: str) -> datetime | None:
        """When the cached record for a PMID was fetched (for provenance); None if not cached."""
        if self.cache is None:
            return None
        hit = self.cache.get(_key(f"efetch:pubmed:{pmid}"))
        return hit[1] if hit else None

    # ------------------------------------------------------------------ internals

    @staticmethod
    def _check_pmid(value: str | int) -> str:
        text = str(value).strip()
        if not PMID_RE.match(text):
            raise PubMedError(f"not a PMID: {text!r}", hint="a PMID is a number of 1 to 9 digits, e.g. 10686270")
        return text

    def _url(self, endpoint: str) -> str:
        return endpoint if "://" in endpoint else self.base_url + endpoint

    def _offline_error(self, what: str) -> NetworkError:
        return NetworkError(
            f"offline mode: {what} not in the cache",
            hint="run once without --offline to fetch and cache them",
        )

    def _fresh(self, fetched: datetime) -> bool:
        if self.max_age is None:
            return True
        return self._now() - fetched <= self.max_age

    def _cache_get(self, text: str) -> bytes | None:
        """A cached body when allowed: offline takes any age; online respects refresh/max_age."""
        if self.cache is None or (self.refresh and not self.offline):
            return None
        hit = self.cache.get(_key(text))
        if hit is None:
            return None
        body, fetched = hit
        if not self.offline and not self._fresh(fetched):
            return None
        if not body and not self.offline and self._now() - fetched > NEGATIVE_TTL:
            return None  # "no such record" is re-asked after a day: records do appear
        self.stats.cache_hits += 1
        return body

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
        """One logical request: cache, offline guard, throttle, retries, error mapping.

        ``check`` parses the body before it is cached, so an error page or a malformed answer
        is raised now and never served again from the cache.
        """
        request_text = _request_text(endpoint, params)
        if cache:
            hit = self._cache_get(request_text)
            if hit is not None:
                return hit
        if self.offline:
            raise self._offline_error(f"the answer to {request_text[:200]}")
        body = self._send(endpoint, params, post=post, size=size, ok_status=ok_status)
        if check is not None:
            check(body)
        if cache and self.cache is not None:
            self.cache.put(_key(request_text), endpoint.rsplit("/", 1)[-1] or endpoint, request_text, body, self._now())
        return body

    def _full_params(self, params: Mapping[str, str], *, with_key: bool) -> dict[str, str]:
        full = dict(params)
        full["tool"] = self.tool
        if self.email:
            full["email"] = self.email
        if with_key and self._api_key:
            full["api_key"] = self._api_key
        return full

    def _delay(self, attempt: int, retry_after: str | None) -> float:
        if retry_after:
            try:
                return min(MAX_RETRY_AFTER, max(1.0, float(retry_after)))
            except ValueError:
                pass
        return min(30.0, 2.0**attempt) * (0.5 + self._rng.random() / 2)

    def _send(
        self, endpoint: str, params: Mapping[str, str], *, post: bool, size: int, ok_status: tuple[int, ...]
    ) -> bytes:
        url = self._url(endpoint)
        keyed = bool(self._api_key) and endpoint.endswith(".fcgi")
        post = post or keyed  # the key travels in a form body, never in a URL
        method = "POST" if post else "GET"
        full = self._full_params(params, with_key=keyed)
        session = self._session
        where = self.base_url if "://" not in endpoint else endpoint
        last_problem = ""
        network_failure = False
        for attempt in range(self.retries + 1):
            if attempt:
                self.stats.retries += 1
            sent_at = self.limiter.wait()
            self.stats.requests += 1
            if self.on_request is not None:
                self.on_request(RequestInfo(method, endpoint.rsplit("/", 1)[-1], sent_at, attempt, size))
            log.debug("%s %s (attempt %d)", method, _request_text(url, params)[:300], attempt + 1)
            retry_after: str | None = None
            try:
                if post:
                    resp = session.post(url, data=full, timeout=(min(10.0, self.timeout), self.timeout))
                else:
                    resp = session.get(url, params=full, timeout=(min(10.0, self.timeout), self.timeout))
            except (requests.ConnectionError, requests.Timeout) as exc:
                network_failure = True
                last_problem = "timed out" if isinstance(exc, requests.Timeout) else "connection failed"
                log.info("NCBI request failed (%s), attempt %d", last_problem, attempt + 1)
            except requests.RequestException as exc:
                raise NetworkError(
                    f"cannot reach NCBI at {where}: {type(exc).__name__}",
                    hint="check your internet connection, or use --offline to work from the cache",
                ) from None
            else:
                network_failure = False
                status = resp.status_code
                body = resp.content
                if status == 429:
                    retry_after = resp.headers.get("Retry-After")
                    last_problem = "HTTP 429 (rate limit exceeded)"
                    self.limiter.slow_down(self._delay(attempt, retry_after))
                elif status >= 500:
                    last_problem = f"HTTP {status}"
                elif status not in ok_status:
                    raise NCBIError(
                        f"NCBI answered HTTP {status} for {endpoint.rsplit('/', 1)[-1]}: {_snippet(body)}",
                        hint="the request was refused; check the identifiers or query",
                    )
                elif status == 200 and any(marker in body[:2000] for marker in _TRANSIENT_BODIES):
                    last_problem = f"NCBI busy: {_snippet(body)}"
                else:
                    return body
                log.info("NCBI answered %s, attempt %d", last_problem, attempt + 1)
            if attempt < self.retries and retry_after is None:  # after a 429 the shared limiter waits
                self._sleep(self._delay(attempt, retry_after))
        if network_failure:
            raise NetworkError(
                f"cannot reach NCBI at {where}: {last_problem} after {self.retries + 1} attempts",
                hint="check your internet connection, or use --offline to work from the cache",
            )
        raise NCBIError(
            f"NCBI unavailable: {last_problem} after {self.retries + 1} attempts",
            hint="NCBI is overloaded or rate-limiting; wait a minute and retry, or use --offline",
        )


def _snippet(body: bytes) -> str:
    text = body[:300].decode("utf-8", "replace")
    return " ".join(text.split())[:200]


def _few(items: Sequence[str], n: int = 5) -> str:
    head = ", ".join(items[:n])
    return head + (f" and {len(items) - n} more" if len(items) > n else "")
