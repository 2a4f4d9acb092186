"""Bring entries from other files into a Library without creating duplicates.

Every file is read (and every format problem raised) before the library is touched, so a bad
file aborts the import with nothing half-done. Each incoming entry is then checked against the
library *and* the entries already taken from this batch (same DOI, same PMID, or same
normalised title + year + first author) and is:

* ``added``: a new work; it keeps its own key when that key is valid and free, otherwise it gets
  a key in the library's style (``Library.new_key``);
* ``merged``: a work already present; fields it lacks are filled from the import (nothing is
  ever overwritten);
* ``skipped``: already present with nothing new, or not importable (no title and no id).

``dry_run=True`` computes the same report and changes nothing (the library object included).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from evidence.errors import EntryError, FormatError
from evidence.formats.registry import Reader, ReadResult, read_path
from evidence.identity import Probe, WorkIndex, WorkMatch, is_valid_key, probes
from evidence.model import Entry
from evidence.store.bibfile import check_value

__all__ = ["ImportItem", "ImportReport", "import_entries", "import_files"]



class _Library(Protocol):
    path: Path

    def __contains__(self, key: object) -> bool: ...
    def get(self, key: str) -> Entry: ...
    def add(self, entry: Entry, known: Sequence[Probe] | None = None) -> None: ...
    def update(self, entry: Entry) -> None: ...
    def new_key(self, entry: Entry) -> str: ...
    def match_work(self, entry: Entry, known: Sequence[Probe] | None = None) -> WorkMatch: ...
    def save(self, *, force: bool = False) -> object: ...


@dataclass(frozen=True)
class ImportItem:
    """What happened to one incoming entry."""

    source: str
    line: int
    status: str  # added | merged | skipped
    key: str
    reason: str
    filled: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, object]:
        return {"source": self.source, "line": self.line, "status": self.status, "key": self.key,
                "reason": self.reason, "filled": list(self.filled)}


@dataclass
class ImportReport:
    """The outcome of an import, per entry, plus per-file formats and warnings."""

    dry_run: bool
    items: list[ImportItem] = field(default_factory=list)
    files: list[tuple[str, str, int]] = field(default_factory=list)  # (path, format, entries)
    warnings: list[str] = field(default_factory=list)

    def _count(self, status: str) -> int:
        return sum(1 for i in self.items if i.status == status)

    @property
    def added(self) -> int:
        return self._count("added")

    @property
    def merged(self) -> int:
        return self._count("merged")

    @property
    def skipped(self) -> int:
        return self._count("skipped")

    @property
    def changed(self) -> bool:
        return self.added + self.merged > 0

    def summary(self) -> str:
        verb = "would import" if self.dry_run else "imported"
        return f"{verb} {len(self.items)} entries: {self.added} added, {self.merged} merged, {self.skipped} skipped"

    def to_dict(self) -> dict[str, object]:
        return {"dry_run": self.dry_run, "added": self.added, "merged": self.merged, "skipped": self.skipped,
                "files": [{"path": p, "format": f, "entries": n} for p, f, n in self.files],
                "warnings": self.warnings, "items": [i.to_dict() for i in self.items]}


class _Batch:
    """The import in progress: what this batch added (by probe and key) and pending merges.

    Each incoming entry's probes are computed once and handed to every lookup and index (the
    batch's and the library's): computing them is most of the cost of asking "is it here?".
    """

    def __init__(self, lib: _Library, dry_run: bool) -> None:
        self.lib = lib
        self.dry_run = dry_run
        self.works = WorkIndex()
        self.keys: set[str] = set()
        self.touched: dict[str, Entry] = {}  # library entries merged into, by folded key (dry run copy)

    def find(self, entry: Entry, known: Sequence[Probe]) -> tuple[Entry | None, str]:
        """The entry this one duplicates (and why), or None and a note on near-misses."""
        earlier = self.works.match(entry, known)
        if earlier.entry is not None:
            return earlier.entry, earlier.reason + " as an earlier entry of this import"
        found = self.lib.match_work(entry, known)
        if found.entry is not None:
            return self.touched.get(found.entry.key.casefold(), found.entry), found.reason
        return None, earlier.near_miss or found.near_miss

    def taken(self, key: str) -> bool:
        return key in self.lib or key.casefold() in self.keys

    def key_for(self, entry: Entry) -> str:
        if entry.key and is_valid_key(entry.key) and not self.taken(entry.key):
            return entry.key
        key = self.lib.new_key(entry)
        if not self.taken(key):
            return key
        for suffix in "abcdefghijklmnopqrstuvwxyz":
            if not self.taken(key + suffix):
                return key + suffix
        n = 2
        while self.taken(f"{key}{n}"):
            n += 1
        return f"{key}{n}"

    def remember(self, entry: Entry, known: Sequence[Probe]) -> None:
        self.keys.add(entry.key.casefold())
        self.works.add(entry, known)


# Fields that hold the same fact under another name: never "fill" one when the other is set.
_SAME_FACT = {"pages": "eid", "eid": "pages", "journal": "journaltitle", "journaltitle": "journal",
              "year": "date", "date": "year", "number": "issue", "issue": "number", "address": "location",
              "location": "address", "school": "institution", "institution": "school"}


def _fill(target: Entry, incoming: Entry) -> tuple[Entry, tuple[str, ...]]:
    """A copy of ``target`` with the fields it lacks taken from ``incoming``."""
    missing = [n for n, v in incoming.fields.items()
               if v.strip() and not target.get(n).strip() and not target.get(_SAME_FACT.get(n, "")).strip()]
    if not missing:
        return target, ()
    fields = dict(target.fields)
    for name in missing:
        fields[name] = incoming.fields[name]
    return Entry(key=target.key, type=target.type, fields=fields, line=target.line), tuple(missing)


def import_entries(lib: _Library, entries: Iterable[Entry], source: str, report: ImportReport,
                   batch: _Batch | None = None) -> ImportReport:
    """Import already-parsed entries from ``source`` into ``lib`` (see module docstring)."""
    batch = batch or _Batch(lib, report.dry_run)
    for entry in entries:
        # (ids first: decoding a LaTeX title costs ~2 ms, and most entries have a DOI or PMID)
        identifiable = bool(entry.doi or entry.pmid or entry.title)
        if not entry.fields or not (identifiable or entry.key):
            # a BibTeX entry with a key is kept whatever it holds; a keyless record needs an identity
            report.items.append(ImportItem(source, entry.line, "skipped", entry.key,
                                           "no title, DOI or PMID to identify the work"))
            continue
        known = probes(entry)  # (once: find, lib.add and remember all use them)
        match, reason = batch.find(entry, known) if identifiable else (None, "")
        if match is not None:
            merged, filled = _fill(match, entry)
            alias = entry.key if entry.key and entry.key.casefold() != match.key.casefold() else ""
            aliases = [a.strip() for a in merged.get("ids").split(",") if a.strip()]
            if alias and is_valid_key(alias) and alias not in aliases:
                # the incoming key keeps resolving (\cite{Berman00}) through the kept entry's ids
                merged = Entry(key=merged.key, type=merged.type,
                               fields=dict(merged.fields) | {"ids": ", ".join([*aliases, alias])}, line=merged.line)
                filled = (*filled, "ids")
            incoming = f"'{entry.key}' " if alias else ""  # name the incoming entry when its key differs
            if not filled:
                report.items.append(ImportItem(source, entry.line, "skipped", match.key,
                                               f"{incoming}already present as '{match.key}' ({reason})"))
                continue
            in_batch = match.key.casefold() in batch.keys
            if in_batch:
                match.fields.update({n: merged.fields[n] for n in filled})  # our own pending entry
                match.forget_names()
            elif report.dry_run:
                batch.touched[match.key.casefold()] = merged
            else:
                lib.update(merged)
            report.items.append(ImportItem(source, entry.line, "merged", match.key,
                                           f"{incoming or ''}same work as '{match.key}' ({reason}); "
                                           f"filled {', '.join(filled)}", filled))
            continue
        key = batch.key_for(entry)
        given_key = entry.key
        new = entry  # the parsed entry is ours; reusing it keeps its parsed author list
        new.key = key
        try:
            if report.dry_run:
                for name, value in new.fields.items():
                    check_value(key, name, value)
            else:
                lib.add(new, known)
        except EntryError as exc:  # one unwritable value skips that entry, not the whole import
            report.items.append(ImportItem(source, entry.line, "skipped", key, exc.message + f" ({exc.hint})"))
            continue
        batch.remember(new, known)
        generated = "given key taken" if given_key else "no key"
        why = "new work" if key == given_key else f"new work (key generated: {generated})"
        if not identifiable:
            why += "; no title, DOI or PMID, so not checked for duplicates"
        if reason:
            why += f"; {reason}"
        report.items.append(ImportItem(source, entry.line, "added", key, why))
    return report


def import_files(lib: _Library, paths: Sequence[Path | str], dry_run: bool = False, *,
                 fmt: str | None = None, save: bool = False,
                 readers: Mapping[str, Reader] | None = None) -> ImportReport:
    """Read every file (any supported format), then import them in order.

    Raises FormatError (file and line) before touching the library if any file is unreadable.
    With ``save=True`` and not ``dry_run`` the library is saved when something changed; the
    CLI may instead call ``lib.save()`` itself. ``readers=evidence.word.fields.READERS`` adds Word
    manuscripts (formats/ does not import word/: see :func:`evidence.formats.registry.read_bytes`).
    """
    if not paths:
        raise FormatError("no files to import", hint="give one or more .bib, .ris, .json, .nbib, .xml or .docx files")
    results: list[ReadResult] = [read_path(p, fmt, readers=readers) for p in paths]
    report = ImportReport(dry_run=dry_run)
    batch = _Batch(lib, dry_run)
    for result in results:
        source = str(result.path)
        report.files.append((source, result.format, len(result.entries)))
        report.warnings.extend(f"{source}: {w}" for w in result.warnings)
        import_entries(lib, result.entries, source, report, batch)
    if save and not dry_run and report.changed:
        lib.save()
    return report
