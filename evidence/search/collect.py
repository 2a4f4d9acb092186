"""Top hits of a parsed query, with the terms each shown hit matched: Whoosh's search, made cheaper.

Whoosh scores an ``Or`` (a word over ten fields, a prefix's hundreds of expansions) by marching a
binary tree of union matchers along, one Python call per level per document, and ``terms=True``
then asks every term matcher of that tree about every matching document. Here the ranking pass
reads each ``Or`` once into a sorted list of (document, summed score) instead, records no terms,
and a second pass walks the usual tree only to the shown hits (``skip_to``) to learn which terms
they matched, for snippets and ``matched_fields``. Scores are the same sums, added in another order.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterator
from typing import Any

from whoosh import query as wq
from whoosh.matching import ListMatcher, NullMatcher
from whoosh.searching import Results, Searcher

_EXPANDING = (wq.Prefix, wq.Wildcard, wq.FuzzyTerm)


class _SumMatcher(ListMatcher):  # type: ignore[misc]
    """The documents of some matchers, each with the sum of their scores, read up front."""

    _ids: list[int]
    _weights: list[float]
    _i: int

    def __init__(self, matchers: list[Any], boost: float) -> None:
        scores: dict[int, float] = {}
        get = scores.get
        for m in matchers:
            while m.is_active():
                doc = m.id()
                scores[doc] = get(doc, 0.0) + m.score()
                m.next()
        ids = sorted(scores)
        weights = [scores[d] * boost for d in ids] if boost != 1.0 else [scores[d] for d in ids]
        super().__init__(ids, weights=weights)

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
        return _SumMatcher(matchers, self.boost)


class _Expanded(wq.Query):  # type: ignore[misc]
    """A prefix, wildcard or fuzzy term matched as Whoosh matches it (its expansions in this segment
    or'ed; a lone expansion as that term, unboosted); read up front like ``_Union`` when ``preload``.
    Expansions are kept in ``cache``, so the second pass does not look for them again."""

    def __init__(self, q: Any, preload: bool, cache: dict[tuple[int, int], list[bytes]]) -> None:
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
        return _SumMatcher([t.matcher(searcher, context) for t in terms], q.boost)


def _convert(q: Any, preload: bool, cache: dict[tuple[int, int], list[bytes]]) -> Any:
    """The query with expanding terms as ``_Expanded`` and, when ``preload``, every plain ``Or`` a
    ``_Union``; not under a ``Not``, where the tree only visits the documents it is asked about."""
    if isinstance(q, wq.Not):
        return q
    if preload and type(q) is wq.Or and not q.scale:
        return _Union([_convert(s, preload, cache) for s in q.subqueries], boost=q.boost)
    if type(q) in _EXPANDING and q.text:
        return _Expanded(q, preload, cache)
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


def top_hits(searcher: Searcher, q: Any, limit: int) -> Results:
    """Whoosh's ``searcher.search(q, limit=limit, terms=True, optimize=False)``, with the terms
    recorded for the returned hits only."""
    cache: dict[tuple[int, int], list[bytes]] = {}
    collector = searcher.collector(limit=limit, optimize=False)
    searcher.search_with_collector(_convert(q, True, cache), collector, context=searcher.context(needs_current=True))
    results = collector.results()
    termdocs: dict[Any, list[int]] = defaultdict(list)
    docterms: dict[int, list[Any]] = defaultdict(list)
    for doc, term in _matched_terms(searcher, _convert(q, False, cache), [doc for _, doc in results.top_n]):
        termdocs[term].append(doc)
        docterms[doc].append(term)
    results.termdocs, results.docterms = dict(termdocs), dict(docterms)
    return results
