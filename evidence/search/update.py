"""Writing entries into the Whoosh index under the write lock its caller holds: the changed ones, or all anew.

Split from ``index.py`` so that what goes into a commit (documents added, updated, deleted; a build from
scratch that drops every old segment) reads apart from deciding when to commit and recording what was
committed (the side files, ``state.py``), which stay with :class:`~evidence.search.index.SearchIndex`.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from whoosh.filedb.filestore import FileStorage
from whoosh.index import TOC, FileIndex
from whoosh.writing import CLEAR

from evidence.model import Entry
from evidence.search.schema import document, schema
from evidence.search.writers import PARALLEL_FROM, Writer, new_writer

if TYPE_CHECKING:
    from evidence.store.bibfile import Problem

INDEX_NAME = "MAIN"

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class RefreshStats:
    """What a refresh did; ``rebuilt`` is True when it started from an empty index."""

    added: int = 0
    updated: int = 0
    removed: int = 0
    unchanged: int = 0
    rebuilt: bool = False
    problems: tuple[Problem, ...] = ()  # the library's, when ``follow`` read the file without a load

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated or self.removed or self.rebuilt)


def write_changes(
    ix: FileIndex,
    entries: list[Entry],
    new: dict[str, str],
    old: dict[str, str],
    progress: Progress | None,
) -> tuple[int, RefreshStats]:
    """Commit the entries whose hash in ``new`` differs from ``old`` (and delete the keys ``new`` lacks);
    the generation the index is then at, and what changed. No change: no writer, no commit."""
    removed = [k for k in old if k not in new]
    added = {k for k in new if k not in old}
    updated = {k for k in new if k in old and old[k] != new[k]}
    unchanged = len(new) - len(added) - len(updated)
    if removed or added or updated:
        writer = Writer(ix, _lk=False, compound=False)  # the caller holds the write lock
        try:
            for key in removed:
                writer.delete_by_term("id", key)
            todo = [e for e in unique(entries) if e.key in updated or e.key in added]
            for done, entry in enumerate(todo, 1):
                if entry.key in updated:
                    writer.update_document(**document(entry, new[entry.key]))
                else:
                    writer.add_document(**document(entry, new[entry.key]))
                report(progress, done, len(todo))
            writer.commit()
        except BaseException:
            if not writer.is_closed:
                writer.cancel()
            raise
        generation = writer.generation
    else:
        generation = ix.latest_generation()
    return generation, RefreshStats(len(added), len(updated), len(removed), unchanged)


def write_all(
    storage: FileStorage,
    entries: list[Entry],
    hashes: dict[str, str],
    progress: Progress | None,
    *,
    fresh: bool,
    parallel: bool = True,
) -> int:
    """Index every entry in one commit that drops every old segment; the generation committed.
    ``fresh``: start from a new TOC (the old one is unreadable), else keep it readable until replaced."""
    ix = None
    if not fresh:
        try:  # keep the old TOC readable until the new one replaces it
            ix = FileIndex(storage, schema=schema(), indexname=INDEX_NAME)
        except Exception:
            ix = None
    if ix is None:
        TOC.create(storage, schema(), INDEX_NAME)
        ix = FileIndex(storage, schema=schema(), indexname=INDEX_NAME)
    todo = unique(entries)
    parallel = parallel and len(todo) >= PARALLEL_FROM and (os.cpu_count() or 1) > 1
    writer = new_writer(ix, parallel)
    try:
        for done, entry in enumerate(todo, 1):
            writer.add_document(**document(entry, hashes[entry.key]))
            report(progress, done, len(todo))
        writer.commit(mergetype=CLEAR)  # drop every old segment in the same commit
    except BaseException:
        if not writer.is_closed:
            writer.cancel()
        raise
    if parallel and FileIndex(storage, schema=schema(), indexname=INDEX_NAME).doc_count() != len(todo):
        # Whoosh's parallel writer drops a helper's documents if the helper died (it does not wait for it)
        return write_all(storage, todo, hashes, progress, fresh=True, parallel=False)
    return int(writer.generation)


def report(progress: Progress | None, done: int, total: int) -> None:
    """Every 1000 documents, and at the last."""
    if progress is not None and (done % 1000 == 0 or done == total):
        progress(done, total)


def unique(entries: Iterable[Entry]) -> list[Entry]:
    """Last entry wins for a duplicated key, matching the hash table."""
    return list({e.key: e for e in entries}.values())
