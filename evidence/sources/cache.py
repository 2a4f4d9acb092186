"""The persistent response cache every source shares: SQLite rows of answers with their fetch dates.

Split from ``transport.py``, which decides when an answer may come from here (offline, refresh, age);
this module only stores and finds rows, keyed by :data:`CACHE_FORMAT` and a request text without
credentials, and maps sqlite3 and OSError from the cache file to our errors (:func:`cache_errors`).
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import sqlite3
from collections.abc import Iterable, Iterator
from datetime import datetime
from pathlib import Path

from evidence.errors import PubMedError, SourceError

__all__ = ["CACHE_FORMAT", "ResponseCache", "cache_errors"]

#: Part of every cache key: bump it when what is stored under a key changes meaning, so old rows are never misread.
CACHE_FORMAT = 2
_FULL_HINT = "free some disk space, or set EVIDENCE_CACHE_DIR to a folder on another disk"


@contextlib.contextmanager
def cache_errors(path: Path, error: type[SourceError] = PubMedError) -> Iterator[None]:
    """sqlite3 errors and OSError from the cache become one ``error`` naming the cache file, with a fitting hint."""
    try:
        yield
    except sqlite3.Error as exc:
        text = str(exc)
        if "full" in text or "I/O" in text:
            hint = _FULL_HINT
        else:  # corrupt, locked, not a database: the cache is disposable
            hint = f"the cache only saves requests: delete {path} and run again"
        raise error(f"cannot use the response cache: {text}", path=path, hint=hint) from None
    except OSError as exc:
        full = exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG)
        reason = "the disk is full" if exc.errno == errno.ENOSPC else exc.strerror or type(exc).__name__
        raise error(f"cannot use the response cache: {reason}", path=exc.filename or path,
                    hint=_FULL_HINT if full else "set EVIDENCE_CACHE_DIR to a writable folder") from None


class ResponseCache:
    """A persistent SQLite store of answers with their fetch dates (no credentials stored)."""

    def __init__(self, path: Path, error: type[SourceError] = PubMedError) -> None:
        self.path = Path(path)
        self.error = error
        with cache_errors(self.path, error):
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self._connect() as db:
                db.execute(
                    "CREATE TABLE IF NOT EXISTS responses ("
                    "key TEXT PRIMARY KEY, endpoint TEXT NOT NULL, request TEXT NOT NULL,"
                    " body BLOB NOT NULL, fetched TEXT NOT NULL)"
                )

    @contextlib.contextmanager
    def _db(self) -> Iterator[sqlite3.Connection]:
        with cache_errors(self.path, self.error):
            db = self._connect()
            try:
                with db:
                    yield db
            finally:
                db.close()

    def _connect(self) -> sqlite3.Connection:
        return sqlite3.connect(self.path, timeout=30)

    @staticmethod
    def key(request: str) -> str:
        """The row key: the cache format and the credential-free request text, hashed."""
        return hashlib.sha256(f"v{CACHE_FORMAT} {request}".encode()).hexdigest()

    def get(self, request: str) -> tuple[bytes, datetime] | None:
        with self._db() as db:
            row = db.execute("SELECT body, fetched FROM responses WHERE key = ?", (self.key(request),)).fetchone()
        if row is None:
            return None
        return bytes(row[0]), datetime.fromisoformat(row[1])

    def put_many(self, rows: Iterable[tuple[str, str, bytes, datetime]]) -> None:
        """Store ``(request, endpoint, body, fetched)`` rows in one transaction."""
        with self._db() as db:
            db.executemany(
                "INSERT OR REPLACE INTO responses (key, endpoint, request, body, fetched) VALUES (?, ?, ?, ?, ?)",
                [(self.key(r), e, r, b, f.isoformat()) for r, e, b, f in rows],
            )

    def __len__(self) -> int:
        with self._db() as db:
            return int(db.execute("SELECT COUNT(*) FROM responses").fetchone()[0])
