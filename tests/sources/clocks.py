"""A clock for retry and rate-limit tests (shared by the transport and E-utilities tests)."""

from __future__ import annotations


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

