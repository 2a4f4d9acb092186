"""The search index of a library: a Whoosh store kept in step with the .bib file.

The Whoosh index is a disposable cache derived from the .bib file, which stays the only
source of truth (the papis #1116 lesson). It lives outside the library's folder, in
``<cache>/index/<sha256(resolved library path)[:16]>``, and is kept fresh by
``SearchIndex.refresh(entries)``, which re-indexes only entries whose content hash
changed and answers a no-change refresh with one comparison of a whole-list hash.
Its side files (meta, hash table) carry ``schema.SCHEMA_VERSION``: an index written for
another version is rebuilt, never mixed with new documents. OS errors from its folder
become ``LibraryError`` naming the folder.

Vocabulary for maintainers (Whoosh terms):

* *Schema*: the fields of a document and how each is analysed (tokenised, folded, stemmed).
* *Segment*: an immutable chunk of documents on disk; a *TOC* file (one per commit
  *generation*) lists the live segments. Readers open one TOC and never block.
* *Writer*: the single process that may commit; it holds Whoosh's ``MAIN_WRITELOCK``
  file lock. We hold that same lock for a whole refresh, so the hash files we keep next
  to the index always describe the generation we committed.

Entry points: ``SearchIndex.for_library(path)`` and ``index.sync(library)`` keep an index
in step with a loaded ``Library``; ``search_library(path, query)`` is the fresh-process
path, which reads nothing when the file's stat is the one recorded (well after its last write),
hashes its bytes otherwise, and when they changed follows them by the file's pieces (``follow``:
only new pieces are parsed, see ``store/pieces.py``), loading the whole library only when a
changed piece may read differently alone.

Concurrency: refreshes in several processes serialise on that lock (with a timeout that
raises ``ConflictError``); searches open the newest TOC and retry once if a concurrent
commit removed a segment under them.

This module decides when to commit and what to record; writing the documents of a commit is
``update.py``, and reading and writing the side files is ``state.py``.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from whoosh import query as wq
from whoosh import scoring
from whoosh.filedb.filestore import FileStorage
from whoosh.index import TOC, FileIndex

from evidence.errors import ConflictError, LibraryError, QueryError
from evidence.model import Entry
from evidence.search.collect import top_hits
from evidence.search.query import QUERY_HELP, parse_query
from evidence.search.results import Hit, ranked_hits, spans
from evidence.search.schema import SCHEMA_VERSION, entry_hash, schema
from evidence.search.state import Meta, read_meta, read_table, table_hash, trusted, write_state
from evidence.search.update import INDEX_NAME, RefreshStats, write_all, write_changes
from evidence.store.paths import default_cache_root, library_slug, stat_key

if TYPE_CHECKING:
    from evidence.store.bibfile import Problem
    from evidence.store.library import Library
    from evidence.store.pieces import PieceState

# Hit, QUERY_HELP and spans live in results.py and query.py, RefreshStats in update.py; they stay importable
# from here for callers written before the splits (cli.py, evidence/__init__.py). New code: ``evidence.search``.
__all__ = ["QUERY_HELP", "Hit", "RefreshStats", "SearchIndex", "search_library", "spans"]

_LOCK_NAME = f"{INDEX_NAME}_WRITELOCK"  # the file lock Whoosh's own writers take


@dataclass
class SearchIndex:
    """The search index of one library, stored in the cache (see module docstring)."""

    library_path: Path
    cache_dir: Path | None = None
    lock_timeout: float = 30.0
    env: Mapping[str, str] | None = None
    #: Called as ``progress(done, total)`` every 1000 documents while (re)indexing, so a
    #: CLI can show that a cold build of a large library is moving.
    progress: Callable[[int, int], None] | None = field(default=None, repr=False)
    sleep: Callable[[float], None] = field(default=time.sleep, repr=False)
    clock: Callable[[], float] = field(default=time.monotonic, repr=False)
    cache_root: Path = field(init=False)
    index_dir: Path = field(init=False)
    _stat: tuple[int, ...] = field(default=(), init=False, repr=False)  # recorded with the next state
    # the file's pieces (store/pieces.py), recorded with the next hash table: asked only when one is written
    _pieces: Callable[[], PieceState | None] | None = field(default=None, init=False, repr=False)

    def __post_init__(self) -> None:
        self.library_path = Path(self.library_path).resolve()
        self.cache_root = Path(self.cache_dir) if self.cache_dir is not None else default_cache_root(self.env)
        self.index_dir = self.cache_root / "index" / library_slug(self.library_path)

    # -- public API

    @classmethod
    def for_library(
        cls,
        library_path: Path | str,
        *,
        progress: Callable[[int, int], None] | None = None,
        cache_dir: Path | None = None,
        env: Mapping[str, str] | None = None,
    ) -> SearchIndex:
        """The index of the library at ``library_path``, in the user cache (or ``cache_dir``)."""
        return cls(Path(library_path), cache_dir=cache_dir, env=env, progress=progress)

    def sync(self, library: Library, *, rebuild: bool = False) -> RefreshStats:
        """Bring the index in step with a loaded library: nothing to do (not even hashing
        entries) when its bytes are those of the last sync, else only changed entries.
        ``rebuild``: index every entry from scratch (``evidence index --rebuild``)."""
        self._stat = library.stat or ()
        self._pieces = library.piece_state  # (so a later edit can be followed without loading: ``follow``)
        try:
            if rebuild:
                return self.rebuild(library.entries, library.fingerprint())
            return self.refresh(library.entries, fingerprint=library.fingerprint(), hashes=library.content_hashes)
        finally:
            self._stat, self._pieces = (), None  # (they belong to this library's bytes only)

    def follow(self, data: bytes, fingerprint: str, stat: tuple[int, ...] = ()) -> RefreshStats | None:
        """Bring the index in step with the file's new bytes without loading the library: only new pieces
        of the file are parsed (see :mod:`evidence.store.pieces`). None when that cannot be trusted
        (no pieces recorded, an @string changed, a new piece that does not read alone...): load and ``sync``."""
        from evidence.store import pieces  # (the parser: only when the file changed, never on a plain search)

        with self._cache_errors("update"):
            meta = self._read_meta()
            if meta is None or meta.schema != SCHEMA_VERSION or meta.generation != self._generation():
                return None
            with self._locked():
                meta = self._read_meta()  # again: another process may have refreshed while we waited
                generation = self._generation()
                table = read_table(self.index_dir, generation)
                state = pieces.PieceState.from_plain(table.get("pieces")) if table is not None else None
                if meta is None or meta.generation != generation or state is None or table is None:
                    return None
                try:
                    found = pieces.changes(data, state)
                except LibraryError:  # (a block the parser cannot place: the whole load reports it)
                    found = None
                if found is None:
                    return None
                old: dict[str, str] = table["hashes"]
                fresh = {e.key: entry_hash(e) for e in found.entries}
                if any(k not in fresh and k not in old for k in found.keys):
                    return None  # (the table does not describe the recorded pieces)
                new = {k: fresh[k] if k in fresh else old[k] for k in found.keys}
                self._stat, self._pieces = stat, lambda: found.state
                try:
                    ix = FileIndex(self._storage(), schema=schema(), indexname=INDEX_NAME)
                    stats = self._apply(ix, found.entries, new, old, table_hash(new), fingerprint)
                    return replace(stats, problems=tuple(found.problems))
                except (ConflictError, OSError):
                    raise
                except Exception:  # an unreadable index: the whole sync after a load rebuilds it
                    return None
                finally:
                    self._stat, self._pieces = (), None

    def refresh(self, entries: list[Entry], fingerprint: str = "", *,
                hashes: Callable[[], dict[str, str]] | None = None) -> RefreshStats:
        """Bring the index in line with ``entries``: re-index changed entries only, rebuild
        on a schema change or a corrupt index. A no-change refresh opens no writer.

        ``fingerprint`` is optional: a hash of whatever ``entries`` were derived from (e.g.
        SHA-1 of the .bib bytes). When it equals the one stored by the last refresh, the
        entries are not even hashed. Pass it only if equal fingerprints imply equal entries.
        ``hashes``: gives key -> ``entry_hash`` of ``entries`` faster than hashing them (e.g. a library's
        ``content_hashes``); called only when the fingerprint does not answer.
        """
        with self._cache_errors("update"):
            meta = self._read_meta()
            current = meta is not None and meta.schema == SCHEMA_VERSION and meta.generation == self._generation()
            if current and fingerprint and meta is not None and meta.fingerprint == fingerprint:
                return RefreshStats(unchanged=meta.count)
            table = hashes() if hashes is not None else {e.key: entry_hash(e) for e in entries}
            list_hash = table_hash(table)
            unchanged = meta is not None and meta.list_hash == list_hash
            if current and unchanged and meta is not None and fingerprint in ("", meta.fingerprint):
                return RefreshStats(unchanged=len(table))
            with self._locked() as storage:
                return self._refresh_locked(storage, entries, table, list_hash, fingerprint, force=False)

    def is_current(self, fingerprint: str) -> bool:
        """True when the index was last refreshed from exactly this library content, so a
        search can skip loading (parsing) the library at all: on 100k entries that is seconds."""
        with self._cache_errors("read"):
            meta = self._read_meta()
            return bool(fingerprint) and meta is not None and meta.schema == SCHEMA_VERSION and \
                meta.fingerprint == fingerprint and meta.generation == self._generation()

    def is_current_by_stat(self, stat: tuple[int, ...] | None) -> bool:
        """True when the file's stat is the one recorded with the last refresh, trusted (see
        ``_trusted``): a fresh-process search then reads neither the library nor its 64 MB."""
        with self._cache_errors("read"):
            meta = self._read_meta()
            return stat is not None and meta is not None and meta.schema == SCHEMA_VERSION and \
                trusted(meta.stat) and meta.stat[:5] == stat and meta.generation == self._generation()

    def remember_stat(self, stat: tuple[int, ...], fingerprint: str) -> None:
        """Record that the file with this stat (then the time it was read) has this fingerprint, if
        the index is current for it; skipped when another process holds the write lock."""
        if not trusted(stat):
            return
        with self._cache_errors("update"):
            lock = self._storage().lock(_LOCK_NAME)
            if not lock.acquire(blocking=False):
                return
            try:
                meta = self._read_meta()
                if meta is not None and meta.fingerprint == fingerprint and meta.generation == self._generation():
                    self._stat = stat
                    self._write_state(meta.generation, None, meta.list_hash, meta.count, fingerprint)
            finally:
                self._stat = ()
                lock.release()

    def rebuild(self, entries: list[Entry], fingerprint: str = "") -> RefreshStats:
        """Index ``entries`` from scratch (``evidence index --rebuild``)."""
        hashes = {e.key: entry_hash(e) for e in entries}
        with self._cache_errors("update"), self._locked() as storage:
            return self._refresh_locked(storage, entries, hashes, table_hash(hashes), fingerprint, force=True)

    def search(self, query: str, limit: int = 20) -> list[Hit]:
        """Ranked hits for a query in the syntax of ``QUERY_HELP``."""
        if limit < 1:
            raise QueryError(f"limit must be at least 1, not {limit}", hint="use --limit 20")
        q = parse_query(query)
        for attempt in range(3):
            try:
                return self._search(q, limit)
            except (LibraryError, QueryError):
                raise
            except Exception as exc:  # a concurrent commit may remove a segment we opened
                if attempt == 2 and isinstance(exc, PermissionError):
                    raise self._cache_error("read", exc) from exc
                if attempt == 2:
                    raise LibraryError(
                        f"the search index cannot be read ({type(exc).__name__}: {exc})",
                        hint="run `evidence index --rebuild`",
                        path=self.index_dir,
                    ) from exc
                self.sleep(0.05)
        raise AssertionError("unreachable")

    def exists(self) -> bool:
        """True when an index of the current schema version is on disk."""
        meta = self._read_meta()
        return meta is not None and meta.schema == SCHEMA_VERSION and self._generation() >= 0

    def __len__(self) -> int:
        meta = self._read_meta()
        return meta.count if meta else 0

    # -- internals

    @contextmanager
    def _cache_errors(self, doing: str) -> Iterator[None]:
        """The index folder is the only place we touch here: name it, and say how to fix it."""
        try:
            yield
        except OSError as exc:
            raise self._cache_error(doing, exc) from exc

    def _cache_error(self, doing: str, exc: OSError) -> LibraryError:
        return LibraryError(
            f"cannot {doing} the search index: {exc.strerror or exc}",
            hint=f"the index is a disposable cache under {self.cache_root}: make that a writable folder,"
            " or set EVIDENCE_CACHE_DIR to one",
            path=self.index_dir,
        )

    def _storage(self) -> FileStorage:
        self.index_dir.mkdir(parents=True, exist_ok=True)
        return FileStorage(str(self.index_dir))

    def _generation(self) -> int:
        if not self.index_dir.is_dir():
            return -1
        return int(TOC._latest_generation(FileStorage(str(self.index_dir)), INDEX_NAME))

    def _read_meta(self) -> Meta | None:
        return read_meta(self.index_dir)

    def _write_state(
        self, generation: int, hashes: dict[str, str] | None, list_hash: str, count: int, fingerprint: str
    ) -> None:
        write_state(self.index_dir, self.library_path, generation, hashes, list_hash, count, fingerprint,
                    stat=self._stat, pieces=self._pieces)

    class _Lock:
        def __init__(self, owner: SearchIndex) -> None:
            self.owner = owner
            self.lock: Any = None

        def __enter__(self) -> FileStorage:
            storage = self.owner._storage()
            lock = storage.lock(_LOCK_NAME)
            deadline = self.owner.clock() + self.owner.lock_timeout
            while not lock.acquire(blocking=False):
                if self.owner.clock() >= deadline:
                    raise ConflictError(
                        "the search index is locked by another process",
                        hint="another evidence command is updating it; try again in a moment",
                        path=self.owner.index_dir,
                    )
                self.owner.sleep(0.05)
            self.lock = lock
            return storage

        def __exit__(self, *exc: object) -> None:
            self.lock.release()

    def _locked(self) -> SearchIndex._Lock:
        return SearchIndex._Lock(self)

    def _refresh_locked(
        self,
        storage: FileStorage,
        entries: list[Entry],
        hashes: dict[str, str],
        list_hash: str,
        fingerprint: str,
        *,
        force: bool,
    ) -> RefreshStats:
        meta = self._read_meta()  # again: another process may have refreshed while we waited
        if force or meta is None or meta.schema != SCHEMA_VERSION:
            return self._rebuild_locked(storage, entries, hashes, list_hash, fingerprint, fresh=False)
        try:
            ix = FileIndex(storage, schema=schema(), indexname=INDEX_NAME)
            generation = ix.latest_generation()
            if meta.list_hash == list_hash and meta.generation == generation:
                if fingerprint and meta.fingerprint != fingerprint:
                    self._write_state(generation, None, list_hash, len(hashes), fingerprint)
                return RefreshStats(unchanged=len(hashes))
            table = read_table(self.index_dir, generation)
            old = table["hashes"] if table is not None else None
            if old is None:  # a crash between commit and our side files: ask the index
                with ix.reader() as reader:
                    old = {d["id"]: d.get("hash", "") for d in reader.all_stored_fields()}
            return self._apply(ix, entries, hashes, old, list_hash, fingerprint)
        except ConflictError:
            raise
        except Exception:  # unreadable TOC or segment: the index is a cache, start over
            return self._rebuild_locked(storage, entries, hashes, list_hash, fingerprint, fresh=True)

    def _apply(
        self,
        ix: FileIndex,
        entries: list[Entry],
        new: dict[str, str],
        old: dict[str, str],
        list_hash: str,
        fingerprint: str,
    ) -> RefreshStats:
        generation, stats = write_changes(ix, entries, new, old, self.progress)
        self._write_state(generation, new, list_hash, len(new), fingerprint)
        return stats

    def _rebuild_locked(
        self,
        storage: FileStorage,
        entries: list[Entry],
        hashes: dict[str, str],
        list_hash: str,
        fingerprint: str,
        *,
        fresh: bool,
    ) -> RefreshStats:
        generation = write_all(storage, entries, hashes, self.progress, fresh=fresh)
        self._write_state(generation, hashes, list_hash, len(hashes), fingerprint)
        return RefreshStats(added=len(hashes), rebuilt=True)

    def _open_reader_index(self) -> FileIndex:
        meta = self._read_meta()
        if meta is None or self._generation() < 0:
            raise LibraryError(
                "the library has no search index yet",
                hint="run `evidence index --rebuild`",
                path=self.library_path,
            )
        if meta.schema != SCHEMA_VERSION:
            raise LibraryError(
                "the search index was built by another version of evidence",
                hint="run `evidence index --rebuild`",
                path=self.index_dir,
            )
        return FileIndex(FileStorage(str(self.index_dir)), schema=schema(), indexname=INDEX_NAME)

    def _search(self, q: wq.Query, limit: int) -> list[Hit]:
        ix = self._open_reader_index()
        weighting = scoring.BM25F(B=0.75, K1=1.2)
        with ix.searcher(weighting=weighting) as searcher:
            # (collect.py: Whoosh's search with terms=True, its OR trees read once instead of walked)
            return ranked_hits(top_hits(searcher, q, limit))


def search_library(
    library_path: Path | str,
    query: str,
    limit: int = 20,
    *,
    load: Callable[[], Library] | None = None,
    progress: Callable[[int, int], None] | None = None,
    cache_dir: Path | None = None,
    problems: Callable[[list[Problem]], None] | None = None,
) -> list[Hit]:
    """Search a library's index, syncing it first only when the .bib's bytes changed.

    A fresh process pays one read and hash of the file when nothing changed, and parses only the
    file's new pieces after a hand edit; loading the library (seconds on 100k entries) happens
    only when those cannot be trusted alone (see ``SearchIndex.follow``). ``load`` loads
    it then (default ``Library.load(library_path)``), e.g. to pass an encoding or report
    parse problems. The query is checked first, so a typo never costs a load. ``problems`` is
    given the problems (a repeated key...) of a file followed without a load, which ``load`` would
    have reported, so a search says the same after a hand edit either way.
    """
    parse_query(query)
    index = SearchIndex.for_library(library_path, progress=progress, cache_dir=cache_dir)
    if not index.is_current_by_stat(stat_key(library_path)):
        read_at, before = time.time_ns(), stat_key(library_path)
        try:
            data: bytes | None = Path(library_path).read_bytes()
        except OSError:
            data = None
        fingerprint = hashlib.sha1(data).hexdigest() if data is not None else ""  # (as fingerprint_of)
        stat = (*before, read_at) if before is not None and before == stat_key(library_path) else ()
        if not index.is_current(fingerprint):
            followed = index.follow(data, fingerprint, stat) if data is not None else None
            if followed is not None and followed.problems and problems is not None:
                problems(list(followed.problems))
            if followed is None:
                del data
                if load is None:
                    from evidence.store.library import Library

                    load = partial(Library.load, library_path)
                index.sync(load())
        elif stat:
            index.remember_stat(stat, fingerprint)
    return index.search(query, limit=limit)
