"""The --watch loop: a run at start, one per save, none while a file is missing, Ctrl-C ends it cleanly."""

from __future__ import annotations

from pathlib import Path

from evidence.check.watch import Stamp, Watcher, stamp


class Disk:
    """Stamps that a test changes between polls (the sleep is the moment the writer saves)."""

    def __init__(self, saves: dict[int, dict[str, Stamp]], stop_after: int | None = None) -> None:
        self.now: dict[str, Stamp] = {"draft.md": (1, 10), "refs.bib": (1, 99)}
        self.saves = saves
        self.stop_after = stop_after
        self.sleeps: list[float] = []

    def stat(self, path: Path) -> Stamp:
        return self.now[path.name]

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        if self.stop_after is not None and len(self.sleeps) > self.stop_after:
            raise KeyboardInterrupt
        self.now.update(self.saves.get(len(self.sleeps), {}))


def test_runs_once_then_after_each_save() -> None:
    disk = Disk({2: {"draft.md": (2, 10)}, 4: {"refs.bib": (2, 100)}, 5: {"draft.md": (3, 11)}})
    runs: list[int] = []
    watcher = Watcher([Path("draft.md"), Path("refs.bib")], lambda: runs.append(len(disk.sleeps)),
                      interval=0.25, sleep=disk.sleep, stat=disk.stat)
    assert watcher.watch(max_rounds=6) == 4
    assert runs == [0, 2, 4, 5]
    assert disk.sleeps == [0.25] * 6


def test_a_file_missing_mid_save_is_waited_for() -> None:
    disk = Disk({1: {"draft.md": None}, 2: {"draft.md": (5, 12)}})
    runs: list[int] = []
    watcher = Watcher([Path("draft.md"), Path("refs.bib")], lambda: runs.append(len(disk.sleeps)),
                      sleep=disk.sleep, stat=disk.stat)
    assert watcher.watch(max_rounds=3) == 2
    assert runs == [0, 2]


def test_ctrl_c_ends_the_loop_normally() -> None:
    disk = Disk({1: {"draft.md": (2, 10)}}, stop_after=2)
    runs: list[int] = []
    watcher = Watcher([Path("draft.md"), Path("refs.bib")], lambda: runs.append(1), sleep=disk.sleep, stat=disk.stat)
    assert watcher.watch() == 2  # no max_rounds: only Ctrl-C (KeyboardInterrupt in the sleep) ends it
    assert len(disk.sleeps) == 3


def test_stamp_of_real_files(tmp_path: Path) -> None:
    path = tmp_path / "draft.md"
    assert stamp(path) is None
    path.write_text("abc", encoding="utf-8")
    first = stamp(path)
    assert first is not None and first[1] == 3
    path.write_text("abcd", encoding="utf-8")
    assert stamp(path) != first
