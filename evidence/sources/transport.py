"""The HTTP layer every source shares: session, rate limit, retries, response cache, error mapping.

Why it looks the way it does (rules in ``shared/notes/pubmed-eutils.md``):

* one :class:`RateLimiter` per process holds a service's limit across every client sharing it;
* retries (exponential backoff with jitter, ``Retry-After`` honoured but capped) happen only where
  a retry can help: connection errors, timeouts, a connection reset mid-body, HTTP 429, HTTP 5xx
  and the "busy" bodies a service sends with HTTP 200; deterministic errors raise at once. The
  whole wait of one call is capped (:attr:`Transport.max_wait`), and every wait is announced
  through ``on_wait`` so the CLI can say so; the library itself never prints;
* a persistent SQLite cache stores answers with their fetch dates, keyed by :data:`CACHE_FORMAT`
  and a request text without credentials; ``offline=True`` never opens a socket;
* secrets (API key, email) never reach a message, a log line or the cache: :class:`Redactor`
  scrubs them from every answer before anything else looks at it;
* every foreign exception (requests, sqlite3, OSError from the cache folder) is mapped to ours
  at its edge, in :meth:`Transport.send` here and :func:`~evidence.sources.cache.cache_errors`, with a
  location and a hint.

The cache itself (its rows, key format and error mapping) is ``cache.py``, and what the progress hooks
hear (:class:`RequestInfo`, :class:`Waiting`) is declared with the hooks in ``options.py``; both stay
importable from here, where callers found them before the split.
"""

from __future__ import annotations

import json
import logging
import random
import threading
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from urllib.parse import quote, quote_plus

import requests

from evidence.errors import (
    NCBIError,
    NetworkError,
    PubMedError,
    ServiceError,
    ServiceUnavailableError,
    SourceError,
    SourceNetworkError,
    UnavailableError,
)
from evidence.sources.cache import CACHE_FORMAT, ResponseCache, cache_errors
from evidence.sources.options import MAX_WAIT, RequestInfo, TransportOptions, Waiting

__all__ = [
    "CACHE_FORMAT",
    "ClientStats",
    "Redactor",
    "RateLimiter",
    "RequestInfo",
    "ResponseCache",
    "Transport",
    "TransportOptions",
    "Waiting",
    "PUBMED_ERRORS",
    "SOURCE_ERRORS",
    "ErrorFamily",
    "cache_errors",
]

log = logging.getLogger(__name__)

MAX_RETRY_AFTER = 60.0  # seconds: a Retry-After of a day would look like a hang
NEGATIVE_TTL = timedelta(days=1)  # how long an empty ("no such record") answer is trusted
_RETRYABLE = (requests.ConnectionError, requests.Timeout, requests.exceptions.ChunkedEncodingError,
              requests.exceptions.ContentDecodingError)
_NETWORK_HINT = "check your internet connection, or use --offline to work from the cache"


@dataclass
class ClientStats:
    """Counters for one client: requests actually sent, answers served from the cache, retries."""

    requests: int = 0
    cache_hits: int = 0
    retries: int = 0


class Redactor:
    """Removes secrets (and their URL-encoded forms) from text and bytes."""

    MARK = "[redacted]"

    def __init__(self, secrets: Iterable[str | None]) -> None:
        forms: set[str] = set()
        for secret in secrets:
            if secret and len(secret) >= 3:
                forms |= {secret, quote(secret, safe=""), quote_plus(secret)}
        self._forms = sorted(forms, key=len, reverse=True)
        self._bytes = [f.encode("utf-8") for f in self._forms]

    def text(self, value: str) -> str:
        for form in self._forms:
            value = value.replace(form, self.MARK)
        return value

    def body(self, value: bytes) -> bytes:
        for form in self._bytes:
            value = value.replace(form, self.MARK.encode())
        return value


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


@dataclass(frozen=True)
class ErrorFamily:
    """The exceptions one service's transport raises: NCBI's are PubMed errors, the other sources' are not
    (every PubMed error is also the matching source error, so ``except ServiceError`` catches both)."""

    base: type[SourceError]
    network: type[SourceNetworkError]
    refused: type[ServiceError]
    unavailable: type[ServiceUnavailableError]


PUBMED_ERRORS = ErrorFamily(PubMedError, NetworkError, NCBIError, UnavailableError)
SOURCE_ERRORS = ErrorFamily(SourceError, SourceNetworkError, ServiceError, ServiceUnavailableError)


def request_text(endpoint: str, params: Mapping[str, str]) -> str:
    """Canonical request text for cache keys and logs (callers keep credentials out of ``params``)."""
    return endpoint + " " + json.dumps(dict(sorted(params.items())), ensure_ascii=False, sort_keys=True)


def snippet(body: bytes) -> str:
    text = body[:300].decode("utf-8", "replace")
    return " ".join(text.split())[:200]


@dataclass(frozen=True)
class _Outcome:
    """One attempt's result: a body to return, or why to retry (and a server-requested delay)."""

    body: bytes | None = None
    problem: str = ""
    network: bool = False
    retry_after: str | None = None


class Transport:
    """One service's HTTP access: throttled, retried, cached, offline-aware, with our errors only.

    ``service`` names the other side in messages ("NCBI"); ``secrets`` are scrubbed from every
    answer and message; ``busy_bodies`` are HTTP 200 bodies that mean "try again".
    """

    def __init__(
        self,
        service: str,
        options: TransportOptions | None = None,
        *,
        cache_name: str | None = None,
        rate: float = 3.0,
        limiter: RateLimiter | None = None,
        secrets: Sequence[str | None] = (),
        busy_bodies: Sequence[bytes] = (),
        headers: Mapping[str, str] | None = None,
        on_headers: Callable[[Mapping[str, str]], None] | None = None,
        errors: ErrorFamily = PUBMED_ERRORS,
    ) -> None:
        """``options`` are the settings every client shares; the rest is this service's own: its cache
        file ``cache_name`` (none without it), its request ``rate`` (or a ``limiter`` shared with other
        clients), and the ``headers`` sent with every request (User-Agent with a mailto, Accept)."""
        self.service = service
        self.options = options = options or TransportOptions()
        self.session = options.session if options.session is not None else requests.Session()
        self.redactor = Redactor(secrets)
        self.errors = errors
        path = options.cache_path(cache_name) if cache_name else None
        self.cache = ResponseCache(path, errors.base) if path is not None else None
        self.retries = max(0, options.retries)
        self.max_wait = MAX_WAIT if options.max_wait is None else options.max_wait
        self.limiter = limiter or RateLimiter(rate, clock=options.clock, sleep=options.sleep)
        self.rng = options.rng or random.Random()
        self.busy_bodies = tuple(busy_bodies)
        self.headers = dict(headers or {})
        self.on_headers = on_headers  # hears each answer's headers (Crossref's rate-limit headers)
        self.stats = ClientStats()

    @property
    def offline(self) -> bool:
        return self.options.offline

    # ------------------------------------------------------------------ cache

    def cached(self, request: str) -> bytes | None:
        """A cached body when allowed: offline takes any age; online respects refresh/max_age."""
        if self.cache is None or (self.options.refresh and not self.offline):
            return None
        hit = self.cache.get(request)
        if hit is None:
            return None
        body, fetched = hit
        age = self.options.now() - fetched
        if not self.offline and self.options.max_age is not None and age > self.options.max_age:
            return None
        if not body and not self.offline and age > NEGATIVE_TTL:
            return None  # "no such record" is re-asked after a day: records do appear
        self.stats.cache_hits += 1
        return body

    def store(self, rows: Iterable[tuple[str, str, bytes]]) -> None:
        """Cache ``(request, endpoint, body)`` rows, dated now (bodies are already redacted)."""
        if self.cache is not None:
            fetched = self.options.now()
            self.cache.put_many((r, e, b, fetched) for r, e, b in rows)

    def fetched_at(self, request: str) -> datetime | None:
        if self.cache is None:
            return None
        hit = self.cache.get(request)
        return hit[1] if hit else None

    def offline_error(self, what: str) -> SourceNetworkError:
        return self.errors.network(
            f"offline mode: {what} not in the cache",
            hint="run once without --offline to fetch and cache them",
        )

    # ------------------------------------------------------------------ requests

    def call(
        self,
        url: str,
        params: Mapping[str, str],
        *,
        identity: Mapping[str, str] | None = None,
        post: bool = False,
        cache: bool = True,
        size: int = 1,
        ok_status: tuple[int, ...] = (200,),
        check: Callable[[bytes], object] | None = None,
        headers: Mapping[str, str] | None = None,
        not_found: tuple[int, ...] = (),
    ) -> bytes:
        """One logical request: cache, offline guard, throttle, retries, error mapping.

        A status in ``not_found`` (a REST API's 404) gives ``b""``: "no such record", cached for a day.

        ``identity`` (tool, email, API key) is sent but never cached or logged. ``check`` parses
        the body before it is cached, so an error page or a malformed answer is raised now and
        never served again from the cache.
        """
        name = url.rstrip("/").rsplit("/", 1)[-1] or url
        text = request_text(name if name.endswith((".fcgi", ".cgi")) else url, params)
        if headers and headers.get("Accept"):
            text += " accept=" + headers["Accept"]
        if cache:
            hit = self.cached(text)
            if hit is not None:
                return hit
        if self.offline:
            raise self.offline_error(f"the answer to {text[:200]}")
        body = self.send(url, params, identity=identity or {}, post=post, size=size,
                         ok_status=ok_status + not_found, headers=headers, not_found=not_found)
        if check is not None and body:
            check(body)
        if cache:
            self.store([(text, name, body)])
        return body

    def send(
        self,
        url: str,
        params: Mapping[str, str],
        *,
        identity: Mapping[str, str],
        post: bool,
        size: int,
        ok_status: tuple[int, ...],
        headers: Mapping[str, str] | None = None,
        not_found: tuple[int, ...] = (),
    ) -> bytes:
        """Send with retries; the answer comes back with secrets scrubbed."""
        method = "POST" if post else "GET"
        full = {**params, **identity}
        name = url.rstrip("/").rsplit("/", 1)[-1] or url
        started = self.options.clock()
        outcome = _Outcome()
        for attempt in range(self.retries + 1):
            if attempt:
                self.stats.retries += 1
            sent_at = self.limiter.wait()
            self.stats.requests += 1
            if self.options.on_request is not None:
                self.options.on_request(RequestInfo(method, name, sent_at, attempt, size))
            log.debug("%s %s (attempt %d)", method, request_text(url, params)[:300], attempt + 1)
            budget = max(1.0, self.max_wait - (self.options.clock() - started))
            outcome = self._attempt(url, full, method, name, ok_status, min(self.options.timeout, budget),
                                    {**self.headers, **(headers or {})}, not_found)
            if outcome.body is not None:
                return outcome.body
            log.info("%s: %s, attempt %d", self.service, outcome.problem, attempt + 1)
            if attempt == self.retries:
                break
            delay, asked = self._delay(attempt, outcome.retry_after)
            elapsed = self.options.clock() - started
            if self.max_wait - elapsed < 0.1:
                raise self._give_up(url, outcome, attempt + 1, elapsed=elapsed)
            if delay > self.max_wait - elapsed:  # the last wait fits the budget
                if outcome.retry_after is not None and asked is None:
                    asked = delay
                delay = self.max_wait - elapsed
            if self.options.on_wait is not None:
                self.options.on_wait(Waiting(self.service, attempt + 1, self.retries, delay, outcome.problem, asked))
            if outcome.retry_after is not None:
                self.limiter.slow_down(delay)  # every client sharing the limiter holds back
            else:
                self.options.sleep(delay)
        raise self._give_up(url, outcome, self.retries + 1)

    def _attempt(self, url: str, full: Mapping[str, str], method: str, name: str,
                 ok_status: tuple[int, ...], read_timeout: float,
                 headers: Mapping[str, str] | None = None, not_found: tuple[int, ...] = ()) -> _Outcome:
        timeout = (min(10.0, read_timeout), read_timeout)
        extra = dict(headers) if headers else None
        try:
            if method == "POST":
                resp = self.session.post(url, data=full, timeout=timeout, headers=extra)
            else:
                resp = self.session.get(url, params=full, timeout=timeout, headers=extra)
        except requests.Timeout:
            return _Outcome(problem="timed out", network=True)
        except _RETRYABLE as exc:
            reset = isinstance(exc, requests.exceptions.ChunkedEncodingError | requests.exceptions.ContentDecodingError)
            return _Outcome(problem="connection broken mid-answer" if reset else "connection failed", network=True)
        except (requests.RequestException, OSError, ValueError) as exc:
            raise self.errors.network(
                f"cannot reach {self.service} at {self._where(url)}: {type(exc).__name__}", hint=_NETWORK_HINT
            ) from None
        status = resp.status_code
        if self.on_headers is not None:
            self.on_headers(resp.headers)
        body = self.redactor.body(resp.content)
        if status in not_found:
            return _Outcome(body=b"")
        if status == 429:
            return _Outcome(problem="HTTP 429 (rate limit exceeded)", retry_after=resp.headers.get("Retry-After"))
        if status >= 500:
            return _Outcome(problem=f"HTTP {status}")
        if status not in ok_status:
            raise self.errors.refused(
                f"{self.service} answered HTTP {status} for {name}: {snippet(body)}",
                hint="the request was refused; check the identifiers or query",
            )
        if status == 200 and any(marker in body[:2000] for marker in self.busy_bodies):
            return _Outcome(problem=f"{self.service} busy: {snippet(body)}")
        return _Outcome(body=body)

    def _delay(self, attempt: int, retry_after: str | None) -> tuple[float, float | None]:
        """Seconds to wait, and the server's own (longer) request when it was capped."""
        if retry_after:
            try:
                asked = max(1.0, float(retry_after))
            except ValueError:
                pass
            else:
                cap = min(MAX_RETRY_AFTER, self.max_wait)
                return min(cap, asked), (asked if asked > cap else None)
        return min(30.0, 2.0**attempt) * (0.5 + self.rng.random() / 2), None

    def _where(self, url: str) -> str:
        return url.rsplit("/", 1)[0] + "/" if url.endswith((".fcgi", ".cgi")) else url

    def _give_up(self, url: str, outcome: _Outcome, attempts: int, *, elapsed: float | None = None) -> SourceError:
        after = f"after {attempts} attempt{'s' if attempts != 1 else ''}"
        if elapsed is not None:
            after += f" in {elapsed:.0f} s (the limit for one request is {self.max_wait:.0f} s)"
        if outcome.network:
            return self.errors.network(f"cannot reach {self.service} at {self._where(url)}: {outcome.problem} {after}",
                                hint=_NETWORK_HINT)
        return self.errors.unavailable(
            f"{self.service} unavailable: {outcome.problem} {after}",
            hint=f"{self.service} is overloaded or rate-limiting; wait a minute and retry, or use --offline",
        )
