"""fan_out: work split over forked workers gives what one process gives, in order, whatever a worker does."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import pytest
from click.testing import CliRunner

from cli import cli
from evidence.check.fanout import fan_out

ROOT = Path(__file__).resolve().parents[2]
linux_only = pytest.mark.skipif(sys.platform != "linux", reason="workers are forked on Linux only")


def squares_with_pid(share: Sequence[int]) -> list[tuple[int, int]]:
    return [(n * n, os.getpid()) for n in share]


@linux_only
def test_shares_run_in_other_processes_and_come_back_in_order() -> None:
    got = fan_out(squares_with_pid, list(range(10)), workers=3, min_share=3)
    assert [square for square, _ in got] == [n * n for n in range(10)]
    pids = [pid for _, pid in got]
    assert pids[:4] == [os.getpid()] * 4  # this process does the first share (4, 4, 2)
    assert len(set(pids[4:8])) == 1 and len(set(pids[8:])) == 1
    assert len(set(pids)) == 3


def test_small_batches_and_one_worker_stay_in_this_process() -> None:
    assert {pid for _, pid in fan_out(squares_with_pid, list(range(10)), workers=4, min_share=6)} == {os.getpid()}
    assert {pid for _, pid in fan_out(squares_with_pid, list(range(10)), workers=1, min_share=1)} == {os.getpid()}
    assert fan_out(squares_with_pid, [], workers=4, min_share=1) == []


@linux_only
def test_a_failing_worker_hands_its_share_back() -> None:
    parent = os.getpid()

    def fails_elsewhere(share: Sequence[int]) -> list[tuple[int, int]]:
        if os.getpid() != parent:
            raise RuntimeError("a worker's failure")
        return squares_with_pid(share)

    got = fan_out(fails_elsewhere, list(range(9)), workers=3, min_share=3)
    assert got == [(n * n, parent) for n in range(9)]


@linux_only
def test_a_failure_here_is_raised_and_no_worker_outlives_it(tmp_path: Path) -> None:  # (a worker still busy)
    parent = os.getpid()

    def slow_elsewhere(share: Sequence[int]) -> list[int]:
        if os.getpid() == parent:
            raise ValueError("this process's share failed")
        (tmp_path / str(os.getpid())).write_text("")
        time.sleep(60)
        return list(share)

    with pytest.raises(ValueError, match="this process's share failed"):
        fan_out(slow_elsewhere, list(range(6)), workers=3, min_share=2)
    for pid in (int(p.name) for p in tmp_path.iterdir()):
        with pytest.raises(ProcessLookupError):  # stopped and reaped, not left running or as a zombie
            os.kill(pid, 0)


def test_check_jobs_gives_the_same_report_as_one_process(fresh: Path) -> None:
    draft = (fresh / "examples" / "draft.md").read_text(encoding="utf-8")
    body = draft[draft.index("# Common"):]
    # 60 parts, each claim worded apart ("Part 7: ..."), so a share put back out of order would show
    parts = (re.sub(r"(?:^|(?<=\. ))(?=[A-Z*])", f"Part {k}: ", body, flags=re.M) for k in range(60))
    (fresh / "long.md").write_text("".join(parts), encoding="utf-8")
    runs = [CliRunner().invoke(cli, ["check", "long.md", "-l", "examples/library.bib", "--json", "--jobs", jobs],
                               catch_exceptions=False) for jobs in ("1", "2")]
    assert [r.exit_code for r in runs] == [0, 0]
    one, two = (json.loads(r.stdout) for r in runs)
    assert one["summary"]["resolved"] == 7 * 60
    order = [int(re.match(r"Part (\d+): ", c["claim"]).group(1))  # type: ignore[union-attr]
             for c in one["citations"] if c["status"] == "resolved"]
    assert order == sorted(order) and set(order) == set(range(60))
    assert two == one


@linux_only
@pytest.mark.parametrize("failure", [ValueError, KeyboardInterrupt])
def test_an_interruption_here_stops_every_worker(tmp_path: Path, failure: type[BaseException]) -> None:
    parent = os.getpid()

    def fails_here(share: Sequence[int]) -> list[int]:
        if os.getpid() == parent:
            while len(list(tmp_path.iterdir())) < 2:  # both workers started
                time.sleep(0.01)
            raise failure()
        (tmp_path / str(os.getpid())).write_text("")
        time.sleep(60)
        return list(share)

    with pytest.raises(failure):
        fan_out(fails_here, list(range(6)), workers=3, min_share=2)
    for pid in (int(p.name) for p in tmp_path.iterdir()):
        with pytest.raises(ProcessLookupError):
            os.kill(pid, 0)


@linux_only
def test_a_worker_dies_with_its_parent(tmp_path: Path) -> None:
    # a parent killed outright (no Ctrl-C, no cleanup) must not leave an orphan computing its share
    script = (f"import os, sys, time; sys.path.insert(0, {str(ROOT)!r})\n"
              "from evidence.check.fanout import fan_out\n"
              "def work(share):\n"
              f"    open({str(tmp_path)!r} + '/' + str(os.getpid()), 'w').close(); time.sleep(60); return list(share)\n"
              "fan_out(work, list(range(4)), workers=2, min_share=2)\n")
    proc = subprocess.Popen([sys.executable, "-c", script])
    deadline = time.monotonic() + 30
    while len(list(tmp_path.iterdir())) < 2 and time.monotonic() < deadline:
        time.sleep(0.05)
    worker = next(int(p.name) for p in tmp_path.iterdir() if int(p.name) != proc.pid)
    proc.kill()
    proc.wait()
    while _running(worker) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not _running(worker)


def _running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError):
        return False
    return state not in ("Z", "X")  # a zombie has stopped; only its parent's reaping is left


def test_check_jobs_must_be_at_least_one(fresh: Path) -> None:
    result = CliRunner().invoke(cli, ["check", "examples/draft.md", "-l", "examples/library.bib", "--jobs", "0"])
    assert result.exit_code == 2
    assert "Invalid value for '-j' / '--jobs': 0 is not in the range x>=1." in result.stderr
