"""Run pure work over many items on several cores: forked workers on Linux, this process elsewhere.

A 100-page manuscript has some 2,000 citations to judge, each independent of the others, and judging
one is pure Python: on two cores two processes nearly halve the wait. Workers are forked, so they
inherit the library and every cache without copying them; only their results travel back, pickled,
through a pipe. Where fork is missing or unsafe (Windows, macOS) or the batch is small, everything
runs here. A worker that fails hands its share back to this process, so the results never depend on
how the work was split: the same list, in the same order, as ``work(items)``.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import signal
import sys
from collections.abc import Callable, Sequence
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")

MIN_SHARE = 200  # items per worker below which a fork costs more than it saves


def cores() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def fan_out(work: Callable[[Sequence[T]], list[R]], items: Sequence[T], *, workers: int | None = 1,
            min_share: int = MIN_SHARE) -> list[R]:
    """``work(items)``, split into contiguous shares run side by side (``workers``: at most this many
    processes, this one included; None: one per core). A worker that fails is not reported: its share is
    done again here, where a real error in ``work`` is raised as usual. Interrupted (Ctrl-C) or failing
    here, every worker is stopped and reaped; a worker also dies with this process."""
    wanted = cores() if workers is None else workers
    count = max(1, min(wanted, len(items) // max(1, min_share)))
    if count == 1 or sys.platform != "linux":
        return work(items)
    size = -(-len(items) // count)
    shares = [items[i:i + size] for i in range(0, len(items), size)]
    children: list[tuple[int, int] | None] = []
    try:
        for share in shares[1:]:
            children.append(_fork(work, share))
        done = work(shares[0])
        for at, (child, share) in enumerate(zip(children, shares[1:], strict=True)):
            got: list[R] | None = None
            if child is not None:
                children[at] = (child[0], -1)  # the pipe is _collect's to close from here
                got = _collect(*child)
                children[at] = None  # reaped
            done.extend(got if got is not None else work(share))
        return done
    finally:
        for child in children:
            if child is not None:
                _stop(*child)


def _fork(work: Callable[[Sequence[T]], list[R]], share: Sequence[T]) -> tuple[int, int] | None:
    """A worker doing ``share``: (its pid, the pipe its results come through); None if none could be started."""
    reader, writer = os.pipe()
    parent = os.getpid()
    blocked = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})  # no Ctrl-C between fork and the handlers
    try:
        pid = os.fork()
    except OSError:
        os.close(reader)
        os.close(writer)
        return None
    finally:
        if os.getpid() == parent:
            signal.pthread_sigmask(signal.SIG_SETMASK, blocked)
    if pid == 0:  # the worker: no cleanup handlers, no stdio flush, nothing of the parent's is run twice
        status = 1
        try:
            signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle: it stops us
            signal.pthread_sigmask(signal.SIG_SETMASK, blocked)
            _die_with(parent)
            os.close(reader)
            with os.fdopen(writer, "wb") as pipe:
                pickle.dump(work(share), pipe, protocol=pickle.HIGHEST_PROTOCOL)
            status = 0
        finally:
            os._exit(status)
    os.close(writer)
    return pid, reader


def _die_with(parent: int) -> None:
    """Ask Linux to kill this worker when its parent dies (killed, not only interrupted): no orphan computing on."""
    import ctypes

    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    if os.getppid() != parent:  # the parent died before the request took hold
        os._exit(1)


def _collect(pid: int, reader: int) -> list[R] | None:
    """A worker's results, or None if it failed (the caller then does its share)."""
    got: list[R] | None
    try:
        with os.fdopen(reader, "rb") as pipe:
            got = pickle.load(pipe)
    except Exception:  # a worker that died mid-way leaves a short or empty pipe
        got = None
    _, status = os.waitpid(pid, 0)
    return got if status == 0 else None


def _stop(pid: int, reader: int) -> None:
    if reader >= 0:
        os.close(reader)
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGKILL)
    with contextlib.suppress(ChildProcessError):
        os.waitpid(pid, 0)
