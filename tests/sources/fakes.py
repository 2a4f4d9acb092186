"""Test doubles for the sources tests: a clock that moves only when slept on, and an E-utilities client
wired to the loopback NCBI server with that kind of time."""

from __future__ import annotations

import random
from typing import Any

from pubmed_server import FakeNCBI

from evidence.sources.eutils import EutilsClient


class FakeClock:
    """Monotonic time that only moves when someone sleeps: throttle and backoff run instantly."""

    def __init__(self) -> None:
        self.t = 0.0
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.t

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(round(seconds, 6))
        self.t += seconds



def eutils_client(ncbi: FakeNCBI, **kw: Any) -> EutilsClient:
    """A client of the loopback NCBI whose retries and throttling cost no real time."""
    t = [0.0]

    def sleep(s: float) -> None:
        t[0] += s

    return EutilsClient(
        base_url=ncbi.base_url, idconv_url=ncbi.idconv_url, env={}, clock=lambda: t[0], sleep=sleep,
        rng=random.Random(3), **kw,
    )
