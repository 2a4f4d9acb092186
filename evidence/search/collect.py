"""Top hits of a parsed query, with the terms each shown hit matched: Whoosh's search, made cheaper.

Whoosh scores an ``Or`` (a word over ten fields, a prefix's hundreds of expansions) by marching a
binary tree of union matchers along, one Python call per level per document, and ``terms=True``
then asks every term matcher of that tree about every matching document. Here the ranking pass
reads each ``Or`` once into a sorted list of (document, summed score) instead, records no terms and
keeps the best hits in a heap (never pruning matchers by Whoosh's score estimates, which can be too
low and drop a best hit); a second pass walks the usual tree only to the shown hits (``skip_to``) to
learn which terms they matched, for snippets and ``matched_fields``. Scores are the same sums,
added in another order. A term's postings are scored in one loop where Whoosh's BM25F scorer
would score them (``bm25.py``: the same floats, without its twenty calls per posting), and an
``And`` of two lists read up front is their intersection, read once (``_Both``).
"""

from __future__ import annotations

import heapq
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterator
from typing import Any

from whoosh import query as wq
from whoosh.matching import IntersectionMatcher, ListMatcher, NullMatcher, WrappingMatcher
from whoosh.searching import Results, Searcher
from whoosh.util import make_weighted_tree

from evidence.search.bm25 import FieldLengths, term_scores

_EXPANDING = (wq.Prefix, wq.Wildcard, wq.FuzzyTerm, wq.TermRange)


class _SumMatcher(ListMatcher):  # type: ignore[misc]
    """Documents with their scores, read up front: see ``read``."""

    _ids: list[int]
    _weights: list[float]
    _i: int

    def __init__(self, ids: list[int], weights: list[float]) -> None:
        super().__init__(ids, weights=weights)

    @classmethod
    def read(cls, matchers: list[Any], boost: float, reader: Any) -> _SumMatcher:
        """The documents of some matchers (in one segment, whose reader is ``reader``), each with the
        sum of their scores."""
        scores: dict[int, float] = {}
        get = scores.get
        lengths = FieldLengths(reader)
        for m in matchers:
            scored = term_scores(m, lengths)
            if scored is not None:
                for doc, score in scored:
                    scores[doc] = get(doc, 0.0) + score
                continue
            while m.is_active():
                doc = m.id()
                scores[doc] = get(doc, 0.0) + m.score()
                m.next()
        ids = sorted(scores)
        return cls(ids, [scores[d] * boost for d in ids] if boost != 1.0 else [scores[d] for d in ids])

    def skip_to(self, id: int) -> None:  # noqa: A002  (Whoosh's name)
        ids, i = self._ids, self._i
        if i < len(ids) and id > ids[i]:
            self._i = bisect_left(ids, id, i)

    def score(self) -> float:
        return float(self._weights[self._i])


class _Union(wq.Or):  # type: ignore[misc]
    """An ``Or`` whose matcher is a ``_SumMatcher``."""

    def _matcher(self, subs: list[Any], searcher: Any, context: Any) -> Any:
        matchers = [sub.matcher(searcher, context) for sub in subs]
        return _SumMatcher.read(matchers, self.boost, searcher.reader())


class _Both(wq.And):  # type: ignore[misc]
    """An ``And`` of two parts: when both are read up front, the documents they share, each with the
    two scores added (Whoosh's intersection adds them; of two, the order cannot change the sum); else
    Whoosh's own intersection, built as ``And`` builds it."""

    def _matcher(self, subs: list[Any], searcher: Any, context: Any) -> Any:
        a, b = (sub.matcher(searcher, context) for sub in subs)
        if not (isinstance(a, _SumMatcher) and isinstance(b, _SumMatcher)):
            r = searcher.reader()
            both = make_weighted_tree(IntersectionMatcher,
                                      [(0 - q.estimate_size(r), m) for q, m in zip(subs, (a, b), strict=True)])
            return WrappingMatcher(both, self.boost) if self.boost != 1.0 else both
        theirs = dict(zip(b._ids, b._weights, strict=True))
        ids, weights = [], []
        for doc, score in zip(a._ids, a._weights, strict=True):
            other = theirs.get(doc)
            if other is not None:
                ids.append(doc)
                weights.append((score + other) * self.boost if self.boost != 1.0 else score + other)
        return _SumMatcher(ids, weights)


class _Expanded(wq.Query):  # type: ignore[misc]
    """A prefix, wildcard or fuzzy term matched as Whoosh matches it (its expansions in this segment
    or'ed; a lone expansion as that term, unboosted); read up front like ``_Union`` when ``preload``.
    Expansions are kept in ``cache``, so the second pass does not look for them again."""

    def __init__(self, q: Any, preload: bool, cache: dict[tuple[int, int], Any]) -> None:
        self.q, self.preload, self.cache = q, preload, cache
        self.boost = q.boost

    def _words(self, reader: Any) -> list[bytes]:
        words = self.cache.get((id(self.q), id(reader)))
        if words is None:
            words = self.cache[id(self.q), id(reader)] = list(self.q._btexts(reader))
        return words

    def estimate_size(self, reader: Any) -> int:
        return sum(reader.doc_frequency(self.q.fieldname, word) for word in self._words(reader))

    def matcher(self, searcher: Any, context: Any = None) -> Any:
        q = self.q
        terms = [wq.Term(q.fieldname, word) for word in self._words(searcher.reader()) if word]
        if not terms:
            return NullMatcher()
        if len(terms) == 1:
            return terms[0].matcher(searcher, context)
        context = context.set(weighting=None) if context is not None else None
        if not self.preload:
            return wq.Or(terms, boost=q.boost).matcher(searcher, context)
        return _SumMatcher.read([t.matcher(searcher, context) for t in terms], q.boost, searcher.reader())


class _Range(wq.Query):  # type: ignore[misc]
    """A numeric range (``year:2000-2010``), compiled once per segment for both passes: its terms
    are expanded once (``_Expanded``) and its tree is kept (it skips well next to a rare word)."""

    def __init__(self, q: Any, cache: dict[tuple[int, int], Any]) -> None:
        self.q, self.cache = q, cache
        self.boost = q.boost

    def _compiled(self, reader: Any) -> Any:
        key = (id(self.q), id(reader))
        if key not in self.cache:
            q = self.q._compile_query(reader)
            if isinstance(q, wq.ConstantScoreQuery):  # (``apply`` would drop its score)
                q = wq.ConstantScoreQuery(_convert(q.child, False, self.cache), q.score)
            self.cache[key] = _convert(q, False, self.cache)
        return self.cache[key]

    def estimate_size(self, reader: Any) -> int:
        return int(self._compiled(reader).estimate_size(reader))

    def matcher(self, searcher: Any, context: Any = None) -> Any:
        return self._compiled(searcher.reader()).matcher(searcher, context)


def _convert(q: Any, preload: bool, cache: dict[tuple[int, int], Any]) -> Any:
    """The query with expanding terms as ``_Expanded`` and, when ``preload``, every plain ``Or`` a
    ``_Union`` and every ``And`` of two a ``_Both``; not under a ``Not``, where the tree only visits
    the documents it is asked about."""
    if isinstance(q, wq.Not):
        return q
    if preload and type(q) is wq.Or and not q.scale:
        return _Union([_convert(s, preload, cache) for s in q.subqueries], boost=q.boost)
    if preload and type(q) is wq.And and len(q.subqueries) == 2:
        return _Both([_convert(s, preload, cache) for s in q.subqueries], boost=q.boost)
    if type(q) in _EXPANDING and getattr(q, "text", None) != "":  # (an empty prefix matches every document)
        return _Expanded(q, preload, cache)
    if type(q) is wq.NumericRange:
        return _Range(q, cache)
    return q.apply(lambda sub: _convert(sub, preload, cache)) if q.children() else q


def _terms_at(m: Any, doc: int) -> Iterator[Any]:
    """The terms of the term matchers under ``m`` that match ``doc`` through every matcher above them
    (a phrase's word that sits on the document when its phrase does not match there is not one)."""
    if not m.is_active() or m.id() != doc:
        return
    if m.is_leaf():
        if m.term() is not None:
            yield m.term()
        return
    for child in m.children():
        yield from _terms_at(child, doc)


def _matched_terms(searcher: Searcher, q: Any, docs: list[int]) -> Iterator[tuple[int, Any]]:
    """(document, (field, term)) for the given top-level documents: the query's usual matcher tree
    (as ``terms=True`` walks it) skipped to each document in turn, and asked what matches there."""
    context = searcher.context(needs_current=True)
    wanted = sorted(docs)
    for sub, offset in searcher.leaf_searchers():
        mine = [d - offset for d in wanted if offset <= d < offset + sub.doc_count_all()]
        if not mine:
            continue
        m = q.matcher(sub, context)
        for doc in mine:
            if not m.is_active():
                break
            m.skip_to(doc)
            for term in _terms_at(m, doc):
                yield doc + offset, term


def _scored(m: Any, offset: int) -> Iterator[tuple[float, int]]:
    """(score, -document) of every match; a preloaded union gives its lists whole."""
    if isinstance(m, _SumMatcher):
        yield from zip(m._weights[m._i:], [-offset - d for d in m._ids[m._i:]], strict=True)
        return
    while m.is_active():
        m = m.replace(0)  # (drops finished branches of a tree, as Whoosh's collector does)
        for _ in range(10):
            if not m.is_active():
                return
            yield m.score(), -offset - m.id()
            m.next()


def _top(searcher: Searcher, q: Any, limit: int | None) -> list[tuple[float, int]]:
    """(score, document) of the best ``limit`` matches, best first, lower document first on a tie
    (as Whoosh's collector keeps them, without pruning matchers by estimated scores on the way)."""
    context = searcher.context(needs_current=True)
    found: list[tuple[float, int]] = []
    for sub, offset in searcher.leaf_searchers():
        found.extend(_scored(q.matcher(sub, context), offset))
        if limit is not None and len(found) > 4 * limit:
            found = heapq.nlargest(limit, found)
    found = heapq.nlargest(limit, found) if limit is not None else sorted(found, reverse=True)
    return [(score, -doc) for score, doc in found]


def top_hits(searcher: Searcher, q: Any, limit: int | None) -> Results:
    """Whoosh's ``searcher.search(q, limit=limit, terms=True)``, with the terms recorded for the
    returned hits only."""
    cache: dict[tuple[int, int], Any] = {}
    top = _top(searcher, _convert(q, True, cache), limit)
    results = Results(searcher, q, top)
    termdocs: dict[Any, list[int]] = defaultdict(list)
    docterms: dict[int, list[Any]] = defaultdict(list)
    for doc, term in _matched_terms(searcher, _convert(q, False, cache), [doc for _, doc in top]):
        termdocs[term].append(doc)
        docterms[doc].append(term)
    results.termdocs, results.docterms = dict(termdocs), dict(docterms)
    return results
