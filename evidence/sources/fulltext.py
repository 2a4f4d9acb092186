"""The full-text store: one SQLite file in the user cache, keyed by PMCID and version (never the .bib).

Each row keeps the article's JATS (compressed), its licence, the fetch date and the source
("pmc" or "europepmc"), so a report can say where a sentence came from and under which licence.
Articles with no open full text are stored too (status ``closed``, no XML) so they are not
asked for again on every run; they are asked again after :data:`CLOSED_TTL`.
"""

from __future__ import annotations

import contextlib
import sqlite3
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from evidence.identity import probes
from evidence.model import Entry
from evidence.sources.jats import Article, split_articles
from evidence.sources.transport import cache_errors

__all__ = ["CLOSED_TTL", "OPEN", "CLOSED", "FullTextStore", "StoredText", "article_aliases", "entry_aliases"]

OPEN, CLOSED = "open", "closed"
CLOSED_TTL = timedelta(days=30)  # publishers rarely open an article later; a month is polite to NCBI
_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS articles (pmcid TEXT NOT NULL, version TEXT NOT NULL, status TEXT NOT NULL,"
    " source TEXT NOT NULL, licence TEXT NOT NULL, fetched TEXT NOT NULL, xml BLOB NOT NULL,"
    " PRIMARY KEY (pmcid, version))",
    "CREATE TABLE IF NOT EXISTS aliases (alias TEXT PRIMARY KEY, pmcid TEXT NOT NULL)",
)


@dataclass(frozen=True)
class StoredText:
    """One stored answer about a PMCID: its full text (``status == "open"``) or the lack of one."""

    pmcid: str
    version: str
    status: str  # OPEN | CLOSED
    source: str  # "pmc" | "europepmc"
    licence: str
    fetched: datetime
    xml: bytes = b""
    aliases: tuple[str, ...] = ()  # "pmid:123", "doi:10.1/x": how entries without a PMCID find it

    def article(self) -> Article | None:
        if self.status != OPEN or not self.xml:
            return None
        return split_articles(self.xml, "stored full text")[0][0]


def entry_aliases(entry: Entry) -> list[str]:
    """The keys an entry can be found under: its PMCID, then its identifier probes (DOI, PMID) as
    :mod:`evidence.identity` spells them, so the store and the library never disagree on a format."""
    out = [entry.pmcid] if entry.pmcid else []
    return out + [p.key for p in probes(entry) if p.key.startswith(("doi:", "pmid:"))]


def article_aliases(pmid: str, doi: str) -> tuple[str, ...]:
    """The identifier probes of an article's own PMID and DOI."""
    return tuple(entry_aliases(Entry("article-ids", "article", {"pmid": pmid, "doi": doi})))


class FullTextStore:
    """Stored full texts; every write is one transaction, so a failed fetch leaves nothing half-stored."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        with cache_errors(self.path):
            self.path.parent.mkdir(parents=True, exist_ok=True)
        with self._db() as db:
            for statement in _SCHEMA:
                db.execute(statement)
        self._parsed: dict[str, Article | None] = {}

    @contextlib.contextmanager
    def _db(self) -> Iterator[sqlite3.Connection]:
        with cache_errors(self.path):
            db = sqlite3.connect(self.path, timeout=30)
            try:
                with db:
                    yield db
            finally:
                db.close()

    def get(self, pmcid: str) -> StoredText | None:
        """The newest stored version for a PMCID (highest version, then latest fetch)."""
        with self._db() as db:
            row = db.execute(
                "SELECT pmcid, version, status, source, licence, fetched, xml FROM articles WHERE pmcid = ?"
                " ORDER BY CAST(version AS INTEGER) DESC, fetched DESC LIMIT 1", (pmcid.upper(),)).fetchone()
        if row is None:
            return None
        return StoredText(row[0], row[1], row[2], row[3], row[4], datetime.fromisoformat(row[5]),
                          zlib.decompress(row[6]) if row[6] else b"")

    def resolve(self, aliases: Iterable[str]) -> str | None:
        """The PMCID stored for the first alias that has one (a PMCID is its own alias)."""
        with self._db() as db:
            for alias in aliases:
                if alias.upper().startswith("PMC"):
                    found = db.execute("SELECT 1 FROM articles WHERE pmcid = ?", (alias.upper(),)).fetchone()
                    if found:
                        return alias.upper()
                    continue
                row = db.execute("SELECT pmcid FROM aliases WHERE alias = ?", (alias,)).fetchone()
                if row:
                    return str(row[0])
        return None

    def put_many(self, rows: Iterable[StoredText]) -> None:
        """Store rows (and their aliases) in one transaction."""
        rows = list(rows)
        with self._db() as db:
            db.executemany(
                "INSERT OR REPLACE INTO articles (pmcid, version, status, source, licence, fetched, xml)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                [(r.pmcid, r.version, r.status, r.source, r.licence, r.fetched.isoformat(),
                  zlib.compress(r.xml, 6) if r.xml else b"") for r in rows])
            db.executemany("INSERT OR REPLACE INTO aliases (alias, pmcid) VALUES (?, ?)",
                           [(a, r.pmcid) for r in rows for a in r.aliases])
        for row in rows:
            self._parsed.pop(row.pmcid, None)

    def article(self, pmcid: str) -> Article | None:
        """The parsed open full text of a PMCID, parsed once per store object."""
        key = pmcid.upper()
        if key not in self._parsed:
            stored = self.get(key)
            self._parsed[key] = stored.article() if stored is not None else None
        return self._parsed[key]

    def for_entry(self, entry: Entry) -> Article | None:
        """The stored open full text of an entry (by PMCID, PMID or DOI), or None."""
        pmcid = self.resolve(entry_aliases(entry))
        return self.article(pmcid) if pmcid else None

    def provider(self) -> Callable[[Entry], Article | None]:
        return self.for_entry

    def __len__(self) -> int:
        with self._db() as db:
            return int(db.execute("SELECT COUNT(*) FROM articles").fetchone()[0])


def utc_now() -> datetime:
    return datetime.now(UTC)
