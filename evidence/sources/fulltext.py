"""The full-text store: one SQLite file in the user cache, keyed by PMCID and version (never the .bib).

Each row keeps the article's JATS (compressed), its licence, the fetch date and the source
("pmc" or "europepmc"), so a report can say where a sentence came from and under which licence.
Articles with no open full text are stored too (status ``closed``, no XML) so they are not
asked for again on every run; they are asked again after :data:`CLOSED_TTL`.
The corrections, retractions and expressions of concern an answer links (front matter included,
so a closed article's links count too) are kept in a table of their own, :class:`NoticeLink` rows
keyed by the alias of the work they concern, so any entry can look them up by PMCID, PMID or DOI.
"""

from __future__ import annotations

import contextlib
import sqlite3
import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from evidence.identity import probes
from evidence.model import Entry
from evidence.sources.cache import cache_errors
from evidence.sources.jats import Article, Related, split_articles

__all__ = ["CLOSED_TTL", "OPEN", "CLOSED", "FullTextStore", "NoticeLink", "StoredText", "article_aliases",
           "entry_aliases", "notice_links"]

OPEN, CLOSED = "open", "closed"
CLOSED_TTL = timedelta(days=30)  # publishers rarely open an article later; a month is polite to NCBI
_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS articles (pmcid TEXT NOT NULL, version TEXT NOT NULL, status TEXT NOT NULL,"
    " source TEXT NOT NULL, licence TEXT NOT NULL, fetched TEXT NOT NULL, xml BLOB NOT NULL,"
    " PRIMARY KEY (pmcid, version))",
    "CREATE TABLE IF NOT EXISTS aliases (alias TEXT PRIMARY KEY, pmcid TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS notices (target TEXT NOT NULL, field TEXT NOT NULL, notice TEXT NOT NULL,"
    " source TEXT NOT NULL, PRIMARY KEY (target, field, notice, source))",
)
_STORE_VERSION = 1  # 1: the notices table (texts stored before it are read once to fill it)
#: ``related-article-type`` -> the entry field PubMed's CommentsCorrections fill for the same link.
#: A work links forward to its notice; a notice links back to the work it concerns.
FORWARD = {"retraction-forward": "retracted", "correction-forward": "erratum", "concern-forward": "concern"}
BACKWARD = {"retracted-article": "retracted", "corrected-article": "erratum", "object-of-concern": "concern"}


@dataclass(frozen=True)
class NoticeLink:
    """PMC says the work known by ``target`` has a notice (``field``: retracted/erratum/concern).

    ``notice`` holds the notice's identifiers, PMID first (what PubMed's fields hold), then DOI, then
    PMCID; ``source`` is the PMCID of the answer that said so.
    """

    field: str
    target: tuple[str, ...]
    notice: tuple[str, ...]
    source: str

    @property
    def value(self) -> str:
        return self.notice[0]


def _ids(pmid: str, doi: str, pmcid: str) -> tuple[str, ...]:
    return tuple(i for i in (pmid, doi, pmcid) if i)


def notice_links(article: Article) -> tuple[NoticeLink, ...]:
    """Every notice link in an answer: the article's own forward links, its back links when it is a
    notice, and forward links PMC put on works in its reference list (a cited work's retraction)."""
    own = (article.pmcid,) + article_aliases(article.pmid, article.doi) if article.pmcid else \
        article_aliases(article.pmid, article.doi)
    out: list[NoticeLink] = []

    def add(name: str, target: tuple[str, ...], notice: tuple[str, ...]) -> None:
        if target and notice:
            out.append(NoticeLink(name, target, notice, article.pmcid))

    for rel in article.related:
        if rel.kind in FORWARD:
            add(FORWARD[rel.kind], own, _related_ids(rel))
        elif rel.kind in BACKWARD:
            add(BACKWARD[rel.kind], _related_aliases(rel), _ids(article.pmid, article.doi, article.pmcid))
    for ref in article.references:
        target = ((ref.pmcid,) if ref.pmcid else ()) + article_aliases(ref.pmid, ref.doi)
        for rel in ref.related:
            if rel.kind in FORWARD:
                add(FORWARD[rel.kind], target, _related_ids(rel))
    return tuple(out)


def _related_ids(rel: Related) -> tuple[str, ...]:
    return _ids(rel.pmid, rel.doi, rel.pmcid)


def _related_aliases(rel: Related) -> tuple[str, ...]:
    return ((rel.pmcid,) if rel.pmcid else ()) + article_aliases(rel.pmid, rel.doi)


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
    links: tuple[NoticeLink, ...] = ()  # corrections/retractions the answer links (see notice_links)

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
            version = int(db.execute("PRAGMA user_version").fetchone()[0])
        self._parsed: dict[str, Article | None] = {}
        if version < _STORE_VERSION:
            self._fill_notices()

    def _fill_notices(self) -> None:
        """Once, for a store written before the notices table: the links of every stored open text."""
        with self._db() as db:
            rows = db.execute("SELECT xml FROM articles WHERE status = ?", (OPEN,)).fetchall()
        links = [link for (xml,) in rows if xml
                 for article, _ in split_articles(zlib.decompress(xml), "stored full text")
                 for link in notice_links(article)]
        with self._db() as db:
            _put_links(db, links)
            db.execute(f"PRAGMA user_version = {_STORE_VERSION}")

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
            db.executemany("DELETE FROM notices WHERE source = ?", [(r.pmcid,) for r in rows])
            _put_links(db, [link for r in rows for link in r.links])
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

    def open_texts(self) -> dict[str, str]:
        """PMCID -> a stamp of its newest open text: the version, or the fetch date for texts without
        one. The full-text search index re-indexes a text only when its stamp changed."""
        with self._db() as db:
            rows = db.execute("SELECT pmcid, version, status, fetched FROM articles"
                              " ORDER BY pmcid, CAST(version AS INTEGER), fetched").fetchall()
        newest = {pmcid: (version, status, fetched) for pmcid, version, status, fetched in rows}
        return {pmcid: f"v{version}" if version else fetched
                for pmcid, (version, status, fetched) in newest.items() if status == OPEN}

    def pmcids_of(self, entries: Iterable[Entry]) -> dict[str, str]:
        """``{entry key: PMCID}`` for the entries the store holds an answer for (one read of the alias table)."""
        with self._db() as db:
            aliases = dict(db.execute("SELECT alias, pmcid FROM aliases").fetchall())
            stored = {row[0] for row in db.execute("SELECT DISTINCT pmcid FROM articles")}
        out = {}
        for entry in entries:
            for alias in entry_aliases(entry):
                pmcid = alias.upper() if alias.upper() in stored else aliases.get(alias)
                if pmcid:
                    out[entry.key] = str(pmcid)
                    break
        return out

    def notice_table(self) -> dict[str, list[tuple[str, str, str]]]:
        """Target alias -> its ``(field, notice, source)`` rows: the whole table (small), read once per library."""
        table: dict[str, list[tuple[str, str, str]]] = {}
        with self._db() as db:
            for target, name, notice, source in db.execute(
                    "SELECT target, field, notice, source FROM notices ORDER BY source, field, notice"):
                table.setdefault(target, []).append((name, notice, source))
        return table

    def notices(self, aliases: Iterable[str],
                table: Mapping[str, list[tuple[str, str, str]]] | None = None) -> list[NoticeLink]:
        """The notice links stored for a work known by any of ``aliases`` (each notice once per field);
        ``table`` is :meth:`notice_table` when many works are looked up."""
        wanted = list(dict.fromkeys(a if a.startswith(("doi:", "pmid:")) else a.upper() for a in aliases))
        if not wanted:
            return []
        if table is None:
            marks = ",".join("?" * len(wanted))
            with self._db() as db:
                rows = db.execute(f"SELECT field, notice, source FROM notices WHERE target IN ({marks})"
                                  " ORDER BY source, field, notice", wanted).fetchall()
        else:
            rows = sorted({row for alias in wanted for row in table.get(alias, ())}, key=lambda r: (r[2], r[0], r[1]))
        found = {(f, n): NoticeLink(f, tuple(wanted), tuple(n.split(" ")), s) for f, n, s in rows}
        return list(found.values())

    def __len__(self) -> int:
        with self._db() as db:
            return int(db.execute("SELECT COUNT(*) FROM articles").fetchone()[0])


def _put_links(db: sqlite3.Connection, links: Iterable[NoticeLink]) -> None:
    db.executemany("INSERT OR REPLACE INTO notices (target, field, notice, source) VALUES (?, ?, ?, ?)",
                   [(target, link.field, " ".join(link.notice), link.source)
                    for link in links for target in link.target])


def utc_now() -> datetime:
    return datetime.now(UTC)
