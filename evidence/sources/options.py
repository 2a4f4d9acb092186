"""How every source client talks to its services: one frozen set of transport options, stated once.

The E-utilities, DOI (Crossref, doi.org, DataCite, arXiv, Open Library) and Europe PMC clients all
need the same dozen settings: session, response cache folder, offline/refresh/max age, timeout,
retries and the cap on retrying, the polite-pool email, injectable clock, sleep, date and random
source, and the progress hooks. They live here, so a caller builds them once and hands the same
object to every client; a client keeps only what is its own (base URLs, NCBI's API key, a shared
rate limiter). The default is the real network, real time, no cache. What the hooks hear
(:class:`RequestInfo`, :class:`Waiting`) is declared here with them, so this module imports no transport.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from evidence.errors import SourceError

if TYPE_CHECKING:
    import requests

__all__ = ["MAX_WAIT", "RequestInfo", "TransportOptions", "Waiting"]

MAX_WAIT = 60.0  # seconds of backoff one call may spend in total before it gives up


def _utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class RequestInfo:
    """What was sent (never the API key): for progress output, logs and tests."""

    method: str
    endpoint: str
    sent_at: float
    attempt: int
    size: int  # number of ids / citations / 1 for a search


@dataclass(frozen=True)
class Waiting:
    """A retry about to be waited for; ``asked`` is a server's longer Retry-After that was capped."""

    service: str
    retry: int
    retries: int
    delay: float
    reason: str
    asked: float | None = None

    def message(self) -> str:
        """``waiting for NCBI, retry 2/5 in 4 s (HTTP 503)``, for the CLI to show on stderr."""
        text = f"waiting for {self.service}, retry {self.retry}/{self.retries} in {self.delay:.0f} s ({self.reason})"
        if self.asked is not None:
            text += f"; it asked for {self.asked:.0f} s, capped"
        return text


@dataclass(frozen=True)
class TransportOptions:
    """The settings every client shares, so they are stated once and cannot drift between clients.

    ``None`` means "the usual": a new session, no cache, ``EVIDENCE_MAX_WAIT`` (else 60 s) of
    retrying, ``EVIDENCE_EMAIL`` (see :meth:`resolved`), a fresh random source for the jitter.
    Tests replace ``clock``/``sleep``/``now``/``rng`` so retries and throttling cost no real time.
    """

    session: requests.Session | None = None
    cache_dir: Path | None = None  # each service keeps its own SQLite file in it
    offline: bool = False  # answer from the cache only; never open a socket
    refresh: bool = False  # ignore cached answers (they are still written)
    max_age: timedelta | None = None  # re-fetch cached answers older than this
    timeout: float = 30  # seconds for one answer
    retries: int = 4
    max_wait: float | None = None  # seconds one request may spend retrying in total
    email: str | None = None  # who we are: Crossref's polite pool, NCBI's contact (never cached or logged)
    clock: Callable[[], float] = time.monotonic
    sleep: Callable[[float], None] = time.sleep
    now: Callable[[], datetime] = _utc_now
    rng: random.Random | None = None
    on_request: Callable[[RequestInfo], None] | None = None  # hears every request sent (progress)
    on_wait: Callable[[Waiting], None] | None = None  # hears every retry wait (the CLI says so)

    def resolved(self, env: Mapping[str, str], error: type[SourceError] = SourceError) -> TransportOptions:
        """These options with the email and the retry cap left unset taken from ``EVIDENCE_EMAIL`` and
        ``EVIDENCE_MAX_WAIT``, so an explicit argument always wins over the environment.

        A bad ``EVIDENCE_MAX_WAIT`` raises ``error`` (the client's own family) with a fix hint."""
        email = self.email if self.email is not None else (env.get("EVIDENCE_EMAIL") or None)
        max_wait = self.max_wait if self.max_wait is not None else _seconds(env.get("EVIDENCE_MAX_WAIT"), error)
        return replace(self, email=email, max_wait=max_wait)

    def cache_path(self, name: str) -> Path | None:
        """The cache file of one service (``eutils`` -> ``<cache_dir>/eutils.sqlite``); None without a cache."""
        return Path(self.cache_dir) / f"{name}.sqlite" if self.cache_dir is not None else None


def _seconds(text: str | None, error: type[SourceError]) -> float:
    """``EVIDENCE_MAX_WAIT`` as seconds; unset gives :data:`MAX_WAIT`."""
    if not text:
        return MAX_WAIT
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not value > 0:
        raise error(f"EVIDENCE_MAX_WAIT={text!r} is not a number of seconds",
                    hint="set it to e.g. 60, or unset it for the default")
    return value
