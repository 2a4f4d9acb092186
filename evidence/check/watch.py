"""Re-running a check whenever the manuscript or the library is saved (``evidence check --watch``).

Polls modification times rather than using inotify & co.: it works the same on every OS, on
network drives and with editors that save by renaming a temporary file. The clock, the sleep
and the number of rounds are injectable so the loop is testable without waiting.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

Stamp = tuple[int, int] | None  # (mtime_ns, size), None when the file is missing


def stamp(path: Path) -> Stamp:
    """What changes when a file is saved; ``None`` while it is missing (mid-save by rename)."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_mtime_ns, st.st_size


@dataclass
class Watcher:
    """Calls ``run`` once, then again each time one of ``paths`` changes, until interrupted.

    ``run`` does the check and prints it; its exceptions are its own business (the CLI prints
    errors and keeps watching). Ctrl-C ends the loop normally: ``watch`` returns the number of
    runs.
    """

    paths: Sequence[Path]
    run: Callable[[], None]
    interval: float = 0.5
    sleep: Callable[[float], None] = time.sleep
    stat: Callable[[Path], Stamp] = stamp
    _seen: list[Stamp] = field(default_factory=list, init=False)

    def changed(self) -> bool:
        """Whether any path's stamp moved since the last look (a missing file is waited for)."""
        now = [self.stat(p) for p in self.paths]
        if any(s is None for s in now):
            return False
        moved = now != self._seen
        self._seen = now
        return moved

    def watch(self, max_rounds: int | None = None) -> int:
        """Run, then poll; ``max_rounds`` bounds the polls (tests), ``None`` polls until Ctrl-C."""
        self._seen = [self.stat(p) for p in self.paths]
        runs = 0
        try:
            self.run()
            runs += 1
            rounds = 0
            while max_rounds is None or rounds < max_rounds:
                rounds += 1
                self.sleep(self.interval)
                if self.changed():
                    self.run()
                    runs += 1
        except KeyboardInterrupt:
            pass
        return runs
