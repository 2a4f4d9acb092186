"""Stress: concurrent evidence writers, another program rewriting the file, and kill -9 at random points.

Bounded to about 30 s. Asserts that no entry a finished writer added is ever lost, and that every
read of the file, at any moment, sees a complete version.
"""

from __future__ import annotations

import os
import random
import re
import signal
import subprocess
import threading
import time
from pathlib import Path

from filelock import FileLock
from helpers import entry_text, keys_in, library_text, run_cli, start_cli

from evidence.store.paths import lock_path

DURATION = 25.0  # seconds of load
WRITERS = 5  # evidence processes at a time
KILL_SHARE = 0.25  # writers killed with SIGKILL after a random delay


_ENTRY = re.compile(r"@article\{([^,\n]+),\n(?:  [a-z]+ = \{[^\n]*\},?\n)+\}\n\s*")


def complete(data: bytes) -> list[str]:
    """The keys of a whole library in our synthetic layout; fails on a torn or truncated file."""
    text = data.decode("utf-8")
    keys, pos = [], 0
    while pos < len(text):
        match = _ENTRY.match(text, pos)
        assert match, f"torn or truncated at {pos}: {text[pos:pos + 200]!r}"
        keys.append(match.group(1))
        pos = match.end()
    return keys


def test_concurrent_writers_an_external_writer_and_kills_lose_nothing(tmp_path: Path) -> None:
    path = tmp_path / "refs.bib"
    path.write_text(library_text(150, 60), encoding="utf-8")
    rng = random.Random(14)
    committed: set[str] = set(keys_in(path))  # keys that must be in the file from now on
    guard = threading.Lock()
    stop = threading.Event()
    failures: list[str] = []

    def external() -> None:
        """Another program: read, add an entry, write a new file and rename it over (as editors do);
        it takes evidence's lock for its check-and-rename, as a well-behaved program would."""
        n = 0
        while not stop.is_set():
            old = path.read_bytes()
            new = old + entry_text(f"ext{n}", 40).encode()
            tmp = tmp_path / "editor.tmp"
            tmp.write_bytes(new)
            with FileLock(str(lock_path(path))):
                if path.read_bytes() == old:
                    os.replace(tmp, path)
                    with guard:
                        committed.add(f"ext{n}")
                    n += 1
            time.sleep(rng.uniform(0.05, 0.3))

    def monitor() -> None:
        while not stop.is_set():
            with guard:
                must = set(committed)
            try:
                seen = set(complete(path.read_bytes()))
            except AssertionError as exc:
                failures.append(str(exc))
                return
            if not must <= seen:
                failures.append(f"lost: {sorted(must - seen)[:5]}")
                return
            time.sleep(0.003)

    threads = [threading.Thread(target=external), threading.Thread(target=monitor)]
    for thread in threads:
        thread.start()
    running: list[tuple[subprocess.Popen[str], str, float | None]] = []
    started = killed = ok = refused = 0
    deadline = time.monotonic() + DURATION
    try:
        while time.monotonic() < deadline and not failures:
            while len(running) < WRITERS:
                key = f"w{started}"
                incoming = tmp_path / f"{key}.in.bib"
                incoming.write_text(entry_text(key, 40), encoding="utf-8")
                kill_at = time.monotonic() + rng.uniform(0.05, 1.0) if rng.random() < KILL_SHARE else None
                running.append((start_cli(["-q", "-l", str(path), "import", str(incoming)]), key, kill_at))
                started += 1
            still = []
            for proc, key, kill_at in running:
                if proc.poll() is None:
                    if kill_at is not None and time.monotonic() >= kill_at:
                        proc.send_signal(signal.SIGKILL)
                        proc.wait()
                        proc.communicate()
                        killed += 1
                        continue
                    still.append((proc, key, kill_at))
                    continue
                _, err = proc.communicate()
                if proc.returncode == 0:
                    ok += 1
                    with guard:
                        committed.add(key)
                else:  # only a conflict on the same entry may refuse, and these writers share none
                    refused += 1
                    failures.append(f"{key} refused: {err.strip()}")
            running = still
            time.sleep(0.01)
    finally:
        for proc, _, _ in running:
            proc.wait(timeout=60)
            if proc.returncode == 0:
                with guard:
                    committed.add(_key_of(proc))
        stop.set()
        for thread in threads:
            thread.join(timeout=30)
    assert failures == []
    final = set(complete(path.read_bytes()))
    assert committed <= final
    assert ok >= 20 and killed >= 3, (ok, killed)
    assert run_cli(["-q", "-l", str(path), "list", "--json"]).returncode == 0  # cleans killed writers' temp files
    leftovers = [p.name for p in tmp_path.iterdir() if not p.name.endswith(".in.bib")]
    assert sorted(leftovers) == ["editor.tmp", "refs.bib"] or sorted(leftovers) == ["refs.bib"]


def _key_of(proc: subprocess.Popen[str]) -> str:
    return Path(str(proc.args[-1])).name.removesuffix(".in.bib")  # type: ignore[index]
