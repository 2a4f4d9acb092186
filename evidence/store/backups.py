"""Rotating backups of a library in the user data folder, and restoring one of them.

Each save keeps the bytes it replaced as a new generation (the newest ``KEEP``), written
atomically (temp file, fsync, rename), in a folder keyed by the library's real path, so
nothing appears beside the user's .bib. ``restore`` puts a generation back the same safe way,
after backing up the version it replaces.
"""

from __future__ import annotations

import contextlib
import os
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from evidence.errors import LibraryError
from evidence.store import safewrite
from evidence.store.paths import backup_dir

KEEP = 5  # generations kept per library
_SUFFIX = ".bak"


@dataclass(frozen=True)
class Backup:
    """One kept generation: number 1 is the newest."""

    number: int
    path: Path
    saved_at: datetime
    size: int

    def to_dict(self) -> dict[str, object]:
        return {"number": self.number, "path": str(self.path), "saved_at": self.saved_at.isoformat(),
                "size": self.size}


@dataclass
class Backups:
    """The backups of one library."""

    library: Path
    folder: Path

    @classmethod
    def of(cls, library: Path) -> Backups:
        return cls(Path(library), backup_dir(library))

    def save(self, data: bytes) -> Path:
        """Keep ``data`` as the newest generation; drop the oldest beyond ``KEEP``."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            note = self.folder / "library.txt"
            if not note.exists():
                note.write_text(str(self.library.resolve()) + "\n", encoding="utf-8")
            path = self.folder / f"{time.time_ns():020d}-{os.getpid()}{_SUFFIX}"
            tmp = path.with_name(f".{path.name}.tmp")
            safewrite.write_synced(tmp, data, None)
            os.replace(tmp, path)
            safewrite.fsync_dir(self.folder)
        except OSError as exc:
            error = safewrite.os_error(exc, self.folder, "write the backup")
            error.hint = (f"{error.hint}; " if error.hint else "") + ("nothing was written: evidence saves only "
                          "after keeping the old version (EVIDENCE_DATA_DIR can point to a writable folder)")
            raise error from None
        for old in self.list()[KEEP:]:
            with contextlib.suppress(OSError):
                old.path.unlink()
        return path

    def list(self) -> list[Backup]:
        """Newest first."""
        try:
            names = sorted((p for p in self.folder.glob(f"*{_SUFFIX}") if not p.name.startswith(".")),
                           key=lambda p: p.name, reverse=True)
        except OSError:
            return []
        out: list[Backup] = []
        for path in names:
            try:
                size = path.stat().st_size
                ns = int(path.name.split("-", 1)[0])
            except (OSError, ValueError):
                continue
            out.append(Backup(len(out) + 1, path, datetime.fromtimestamp(ns / 1e9, tz=UTC), size))
        return out

    def get(self, number: int) -> Backup:
        kept = self.list()
        if not kept:
            raise LibraryError("there are no backups of this library yet", path=self.library,
                               hint="evidence keeps one each time it saves the file")
        if not 1 <= number <= len(kept):
            raise LibraryError(f"there is no backup number {number} (there are {len(kept)})", path=self.library,
                               hint="see `evidence backups`")
        return kept[number - 1]


@dataclass
class Restored:
    """What ``restore`` did."""

    library: Path
    restored: Backup
    written: bool
    previous: Path | None  # the backup of the version that was replaced


def restore(library: Path, number: int = 1) -> Restored:
    """Put backup ``number`` back in place of the library, atomically, backing up the current version."""
    target = Path(library).resolve()
    backups = Backups.of(target)
    chosen = backups.get(number)
    try:
        data = chosen.path.read_bytes()
    except OSError as exc:
        raise safewrite.os_error(exc, chosen.path, "read the backup") from None
    with safewrite.locked(target):
        current = safewrite.read_regular(target)
        if current == data:
            return Restored(Path(library), chosen, False, None)
        for _ in range(3):
            try:
                _, previous = safewrite.commit(target, data, current, verify=lambda _tmp: None,
                                               backup=backups.save)
                return Restored(Path(library), chosen, True, previous)
            except safewrite.ChangedOnDisk:
                current = safewrite.read_regular(target)
    raise LibraryError("the file keeps changing on disk; nothing was restored", path=target,
                       hint="close the program that is writing it and try again")
