"""Optional full-text search: a Whoosh index of its own over the stored open-access texts, never the library's.

Only ``evidence search --fulltext`` builds or reads it, so the library index (``index.py``,
``schema.py``) is untouched when the option is not used. It lives in ``<cache>/fulltext-index``
next to the full-text store it follows (one per user, like the store), and holds two kinds of
document per article: the article (title, abstract, body) ranks works, its sections name the
best passage. It is kept in step incrementally: a text is re-indexed only when its stamp in the
store (its PMC version, or its fetch date when it has none) changed.

The query language is the library search's (``rewrite_query`` checks it), minus the fields a
full text does not have: words and phrases match title, abstract and body; ``title:`` and
``abstract:`` narrow them. Body text keeps stop words, so a phrase such as ``"not significant"``
keeps its ``not``; title and abstract are analysed as in the library index.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from whoosh import highlight, scoring
from whoosh import query as wq
from whoosh.analysis import CharsetFilter, StemmingAnalyzer
from whoosh.fields import ID, STORED, TEXT, Schema
from whoosh.index import EmptyIndexError, FileIndex, LockError, create_in, exists_in, open_dir
from whoosh.index import IndexError as WhooshIndexError
from whoosh.qparser import MultifieldParser
from whoosh.qparser.plugins import FuzzyTermPlugin
from whoosh.support.charset import accent_map

from evidence.errors import LibraryError, QueryError
from evidence.model import Entry
from evidence.search.analysis import text_analyzer
from evidence.search.index import RefreshStats
from evidence.search.query import FIELD_ALIASES, rewrite_query
from evidence.search.results import MARK_END, MARK_START
from evidence.search.state import write_json
from evidence.sources.fulltext import FullTextStore
from evidence.sources.jats import Article

__all__ = ["FULLTEXT_INDEX_VERSION", "FullTextHit", "FullTextIndex", "search_fulltext"]

#: Bump when the schema or the documents change: the index is then rebuilt from the store.
FULLTEXT_INDEX_VERSION = 2
_STATE_FILE = "evidence-fulltext.json"
_FIELDS = {"title": 3.0, "abstract": 1.5, "body": 1.0}
_ALLOWED_FIELDS = {"title", "abstract"}
_FIELD_RE = re.compile(r'"[^"]*"|(?<![\w:])([A-Za-z][A-Za-z_]*):')


@lru_cache(maxsize=1)
def body_analyzer() -> Any:
    """Stemmed and accent-folded like the library's text, but stop words kept (negations matter here)."""
    return StemmingAnalyzer(stoplist=None) | CharsetFilter(accent_map)


@lru_cache(maxsize=1)
def fulltext_schema() -> Schema:
    stem = text_analyzer()
    return Schema(
        id=ID(unique=True, stored=True),  # "PMC123" for the article, "PMC123#4" for its 4th section
        pmcid=ID(stored=True),
        kind=ID(),  # "article" | "section"
        section=STORED(),
        licence=STORED(),
        title=TEXT(analyzer=stem, stored=True),
        abstract=TEXT(analyzer=stem),
        body=TEXT(analyzer=body_analyzer()),  # an article's whole body: ranks works, never shown
        text=TEXT(analyzer=body_analyzer(), stored=True),  # one section's text: names and quotes the best passage
    )


def documents(pmcid: str, article: Article) -> Iterator[dict[str, str]]:
    """The article document, then one per section (passages of a section joined in reading order); ``pmcid``
    is the store's key for the text (a Europe PMC or publisher file may not carry it)."""
    sections: dict[str, list[str]] = {}
    for passage in article.passages:
        sections.setdefault(passage.section, []).append(passage.text)
    abstract = " ".join(p.text for p in article.passages if p.kind == "abstract")
    body = " ".join(p.text for p in article.passages if p.kind != "abstract")
    yield {"id": pmcid, "pmcid": pmcid, "kind": "article", "licence": article.licence,
           "title": article.title, "abstract": abstract, "body": body}
    for n, (name, texts) in enumerate(sections.items()):
        yield {"id": f"{pmcid}#{n}", "pmcid": pmcid, "kind": "section", "section": name,
               "text": " ".join(texts)}


@dataclass(frozen=True)
class FullTextHit:
    """An entry whose stored full text matched, with the section of the best-matching passage."""

    key: str
    pmcid: str
    score: float
    title: str
    section: str
    snippet: str  # matched words marked [[...]], as the library search's snippets
    licence: str

    def to_dict(self) -> dict[str, object]:
        return {"key": self.key, "pmcid": self.pmcid, "score": round(self.score, 4), "title": self.title,
                "section": self.section, "snippet": self.snippet, "licence": self.licence,
                "url": f"https://pmc.ncbi.nlm.nih.gov/articles/{self.pmcid}/"}


class _Marks(highlight.Formatter):  # type: ignore[misc]
    between = " … "

    def format_token(self, text: str, token: Any, replace: bool = False) -> str:
        return MARK_START + str(highlight.get_text(text, token, replace)) + MARK_END


def parse_fulltext_query(query: str) -> wq.Query:
    """The library search's language over title, abstract and body; other fields are refused, not misread."""
    for match in _FIELD_RE.finditer(query):
        typed = match.group(1)
        if typed and FIELD_ALIASES.get(typed.lower(), typed.lower()) not in _ALLOWED_FIELDS:
            raise QueryError(f'"{typed}:" is not part of a full text',
                             hint="with --fulltext only title: and abstract: narrow the words; "
                                  "search without --fulltext for authors, years, types and identifiers")
    rewritten = rewrite_query(query)
    parser = MultifieldParser(list(_FIELDS), fulltext_schema(), fieldboosts=_FIELDS)
    parser.add_plugin(FuzzyTermPlugin())
    try:
        parsed = parser.parse(rewritten)
    except Exception as exc:  # whoosh raises assorted errors on odd syntax
        raise QueryError(f"cannot parse query: {exc}", hint="see `evidence search --help`") from exc
    if isinstance(parsed, type(wq.NullQuery)):
        raise QueryError(f"nothing to search for in {query.strip()!r}: only common words",
                         hint="add a more specific word")
    return parsed


def _positive_leaves(q: wq.Query) -> list[wq.Query]:
    """The query's words and phrases outside any NOT: what a hit's best section should contain."""
    if isinstance(q, wq.Not):
        return []
    if isinstance(q, wq.AndNot):
        return _positive_leaves(q.a)
    if q.is_leaf():
        return [q] if hasattr(q, "fieldname") else []
    return [leaf for child in q.children() for leaf in _positive_leaves(child)]


def _in_body(q: wq.Query) -> wq.Query:
    """The query's positive words in a section's text: which section explains the hit best. The body's own
    form of each word is used when there is one (it keeps stop words, so "not significant" stays a phrase)."""
    leaves = _positive_leaves(q)
    body = [leaf for leaf in leaves if leaf.fieldname == "body"] or leaves
    moved = []
    for leaf in body:
        copy = leaf.copy()
        copy.fieldname = "text"
        moved.append(copy)
    return wq.Or(moved) if moved else wq.NullQuery


class FullTextIndex:
    """The Whoosh index over a :class:`FullTextStore`; ``sync`` brings it in step, ``search`` ranks entries."""

    def __init__(self, index_dir: Path, store: FullTextStore,
                 progress: Callable[[int, int], None] | None = None) -> None:
        self.index_dir = Path(index_dir)
        self.store = store
        self.progress = progress

    @contextmanager
    def _errors(self, doing: str) -> Iterator[None]:
        try:
            yield
        except (OSError, EmptyIndexError, LockError, WhooshIndexError) as exc:
            raise LibraryError(f"cannot {doing} the full-text search index: {exc}",
                               hint=f"it is a disposable cache: delete {self.index_dir} and search again",
                               path=self.index_dir) from exc

    def _state(self) -> dict[str, str] | None:
        try:
            data = json.loads((self.index_dir / _STATE_FILE).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if not isinstance(data, dict) or data.get("version") != FULLTEXT_INDEX_VERSION:
            return None
        stamps = data.get("stamps")
        return stamps if isinstance(stamps, dict) else None

    def _open(self, fresh: bool) -> FileIndex:
        self.index_dir.mkdir(parents=True, exist_ok=True)
        if fresh or not exists_in(str(self.index_dir)):
            return create_in(str(self.index_dir), fulltext_schema())
        return open_dir(str(self.index_dir), schema=fulltext_schema())

    def sync(self) -> RefreshStats:
        """Index new texts, re-index texts whose stamp changed, drop texts the store no longer has; an index
        Whoosh cannot read (a damaged segment, a crash mid-write) is rebuilt, being a disposable cache."""
        try:
            return self._sync(rebuild=False)
        except LibraryError as exc:
            if not isinstance(exc.__cause__, WhooshIndexError | EmptyIndexError):
                raise
            return self._sync(rebuild=True)

    def _sync(self, rebuild: bool) -> RefreshStats:
        wanted = self.store.open_texts()
        with self._errors("update"):
            have = self._state()
            rebuilt = rebuild or have is None or not exists_in(str(self.index_dir))
            have = {} if rebuilt or have is None else have
            changed = [p for p, stamp in wanted.items() if have.get(p) != stamp]
            gone = [p for p in have if p not in wanted]
            if not changed and not gone and not rebuilt:
                return RefreshStats(unchanged=len(wanted))
            ix = self._open(rebuilt)
            with ix.writer(limitmb=256) as writer:
                for pmcid in gone + changed:  # (all changed: a crash after a commit leaves texts the state lacks)
                    writer.delete_by_term("pmcid", pmcid)
                for done, pmcid in enumerate(changed, 1):
                    article = self.store.article(pmcid)
                    if article is not None:
                        for doc in documents(pmcid, article):
                            writer.add_document(**doc)
                    if self.progress is not None:
                        self.progress(done, len(changed))
            write_json(self.index_dir / _STATE_FILE, {"version": FULLTEXT_INDEX_VERSION, "stamps": wanted})
        updated = sum(1 for p in changed if p in have)
        return RefreshStats(len(changed) - updated, updated, len(gone), len(wanted) - len(changed), rebuilt)

    def search(self, query: str, keys: Mapping[str, list[str]], titles: Mapping[str, str],
               limit: int = 20) -> list[FullTextHit]:
        """Entries (``keys``: PMCID -> entry keys) whose full text matches, best first, each with its best section."""
        q = parse_fulltext_query(query)
        if not keys:
            return []
        with self._errors("read"):
            if not exists_in(str(self.index_dir)):
                return []
            ix = open_dir(str(self.index_dir), schema=fulltext_schema())
            with ix.searcher(weighting=scoring.BM25F(B=0.75, K1=1.2)) as searcher:
                among = wq.And([wq.Term("kind", "article"), wq.Or([wq.Term("pmcid", p) for p in keys])])
                found = searcher.search(wq.And([q, among]), limit=limit, terms=True)
                hits = []
                for hit in found:
                    pmcid = hit["pmcid"]
                    section, snippet = self._best_section(searcher, q, pmcid)
                    for key in keys[pmcid]:
                        hits.append(FullTextHit(key, pmcid, float(hit.score or 0.0), titles.get(key) or hit["title"],
                                                section, snippet, hit.get("licence", "")))
        hits.sort(key=lambda h: (-round(h.score, 6), h.key))
        return hits[:limit]

    @staticmethod
    def _best_section(searcher: Any, q: wq.Query, pmcid: str) -> tuple[str, str]:
        body = _in_body(q)
        found = searcher.search(wq.And([body, wq.Term("pmcid", pmcid), wq.Term("kind", "section")]), limit=1,
                                terms=True)
        if not found:
            return "Title", ""
        found.formatter = _Marks()
        found.fragmenter = highlight.ContextFragmenter(maxchars=300, surround=60)
        best = found[0]
        return best["section"], str(best.highlights("text", top=2))


def search_fulltext(entries: Iterable[Entry], store: FullTextStore, index_dir: Path, query: str, limit: int = 20,
                    progress: Callable[[int, int], None] | None = None) -> list[FullTextHit]:
    """Search the stored full texts of ``entries``: the query is checked first, the index synced, hits mapped
    back to entry keys (an article several entries share is a hit for each)."""
    parse_fulltext_query(query)
    entries = list(entries)
    index = FullTextIndex(index_dir, store, progress)
    index.sync()
    keys: dict[str, list[str]] = {}
    for key, pmcid in store.pmcids_of(entries).items():
        keys.setdefault(pmcid, []).append(key)
    titles = {e.key: e.title for e in entries}
    return index.search(query, keys, titles, limit)
