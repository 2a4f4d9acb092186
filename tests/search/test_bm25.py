"""``term_scores`` gives, posting by posting, the very floats Whoosh's BM25F scorer gives (boosts included),
on real records in two segments, and leaves every matcher it does not know to Whoosh."""

from __future__ import annotations

from typing import Any

import pytest
from search_corpus import two_segment_index
from whoosh import query as wq
from whoosh import scoring
from whoosh.codec.whoosh3 import W3LeafMatcher
from whoosh.matching import FilterMatcher

from evidence.search.bm25 import FieldLengths, term_scores
from evidence.search.index import SearchIndex
from evidence.search.query import parse_query

QUERIES = ["ketamine depression", "nmda receptor antagonist", "author:zanos", "journal:psychiatry",
           'mesh:"Depressive Disorder"', "note:edited", "key:pm10686270"]


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> SearchIndex:
    return two_segment_index(tmp_path_factory.mktemp("cache"))


def _terms(q: Any) -> list[wq.Term]:
    return [q] if isinstance(q, wq.Term) else [t for sub in q.children() for t in _terms(sub)]


def _whoosh(m: Any) -> list[tuple[int, float]]:
    out = []
    while m.is_active():
        out.append((m.id(), m.score()))
        m.next()
    return out


def _matchers(index: SearchIndex, term: wq.Term) -> list[tuple[Any, Any, Any]]:
    """(Whoosh's matcher, a second one for ``term_scores``, the segment's reader) in each segment."""
    searcher = index._open_reader_index().searcher(weighting=scoring.BM25F(B=0.75, K1=1.2))
    context = searcher.context(needs_current=True)
    return [(term.matcher(sub, context), term.matcher(sub, context), sub.reader())
            for sub, _ in searcher.leaf_searchers()]


def test_every_posting_scores_as_whoosh_scores_it(index: SearchIndex) -> None:
    postings = 0
    for query in QUERIES:
        for term in _terms(parse_query(query)):
            for whoosh, ours, reader in _matchers(index, term):
                expected = _whoosh(whoosh)
                scored = term_scores(ours, FieldLengths(reader))
                if scored is None:  # (only for what term_scores leaves to Whoosh: checked below)
                    assert type(whoosh).__name__ in ("NullMatcherClass", "ListMatcher")
                    continue
                assert scored == expected
                postings += len(scored)
    assert postings > 300  # (the two segments' postings of the words above: the one loop did run)


def test_boosts_and_deleted_documents_are_taken_as_whoosh_takes_them(index: SearchIndex) -> None:
    for boost in (1.0, 3.0, 0.8):
        (old_whoosh, old, old_reader), (new_whoosh, new, new_reader) = _matchers(
            index, wq.Term("title", "patient", boost=boost))
        filtered = old.child if boost != 1.0 else old  # (the first segment lost the edited entries)
        assert type(filtered) is FilterMatcher and type(filtered.child) is W3LeafMatcher
        assert type(new.child if boost != 1.0 else new) is W3LeafMatcher
        expected = _whoosh(old_whoosh)
        assert len(expected) > 10 and term_scores(old, FieldLengths(old_reader)) == expected
        assert not set(filtered._ids) & {doc for doc, _ in expected}
        expected = _whoosh(new_whoosh)
        assert len(expected) == 3 and term_scores(new, FieldLengths(new_reader)) == expected


def test_what_it_does_not_know_is_left_to_whoosh(index: SearchIndex) -> None:
    (_, absent, reader), _ = _matchers(index, wq.Term("title", "nosuchwordanywhere"))
    assert term_scores(absent, FieldLengths(reader)) is None  # (a NullMatcher)
    (_, unscored, reader), _ = _matchers(index, wq.Term("has", "abstract"))  # has: scorable=False
    assert unscored.is_active() and term_scores(unscored, FieldLengths(reader)) is None
    assert unscored.is_active()  # (left unread, for Whoosh to score)
    (_, tree, reader), _ = _matchers(index, wq.Or([wq.Term("title", "ketamin"), wq.Term("abstract", "ketamin")]))
    assert term_scores(tree, FieldLengths(reader)) is None
    assert FieldLengths(object()).of("title") == b""  # (not a whoosh3 segment reader: unreadable here)
