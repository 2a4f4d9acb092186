"""``top_hits`` ranks as Whoosh's own ``search(terms=True)`` does, on real records in two segments:
same hits, order, scores, snippets and matched fields (its matchers are only cheaper). Compared with
Whoosh's unlimited search: a limited one prunes matchers by estimates that can be too low (with
``limit=3``, ``has:abstract receptor*`` lost its best hit)."""

from __future__ import annotations

import pytest
from search_corpus import two_segment_index
from whoosh import query as wq
from whoosh import scoring

from evidence.search.collect import _convert, _top, top_hits
from evidence.search.index import SearchIndex
from evidence.search.query import parse_query
from evidence.search.results import ranked_hits

QUERIES = [
    "ketamine depression", "depress*", "ketamin~", "ketmine~", '"major depression"', "depression OR anxiety",
    "(ketamine OR esketamine) NOT placebo", "ketamine -placebo", "author:zanos", "au:lan*",
    "title:ketamine year:2010-2020", "year:>2015", "year:<2012 ketamine", "type:rct", 'mesh:"Depressive Disorder"',
    "has:abstract receptor*", "key:pm1*", "pmid:10686270", "nmda receptor*", "(schizo* OR psychos*) year:>=2000",
    "anti* NOT (rat OR mice)",
]  # fmt: skip


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> SearchIndex:
    return two_segment_index(tmp_path_factory.mktemp("cache"))


def _search(index: SearchIndex, query: str, limit: int | None) -> tuple[list[dict[str, object]], ...]:
    q = parse_query(query)
    with index._open_reader_index().searcher(weighting=scoring.BM25F(B=0.75, K1=1.2)) as searcher:
        assert len(searcher.leaf_searchers()) == 2
        whoosh = ranked_hits(searcher.search(q, limit=None, terms=True, optimize=False))
        ours = ranked_hits(top_hits(searcher, q, limit))
    return [h.to_dict() for h in whoosh], [h.to_dict() for h in ours]


@pytest.mark.parametrize("query", QUERIES)
def test_top_hits_equal_whoosh_search_with_terms(index: SearchIndex, query: str) -> None:
    whoosh, ours = _search(index, query, None)
    assert ours == whoosh
    assert ours or query == "ketmine~"


@pytest.mark.parametrize("query", QUERIES)
def test_a_limit_keeps_the_best_hits(index: SearchIndex, query: str) -> None:
    whoosh, ours = _search(index, query, 3)
    assert [h["key"] for h in ours] == [h["key"] for h in whoosh[:3]] or (
        len(whoosh) > 3 and whoosh[2]["score"] == whoosh[3]["score"]  # (a tie at the cut: either may stay)
    )


@pytest.mark.parametrize("query", ["ketamine depression", "nmda receptor*", "title:ketamine year:2010-2020",
                                   "year:<2012 ketamine", "has:abstract receptor*", "au:lan* depress*"])
def test_an_and_of_two_read_up_front_scores_as_whoosh_intersection_does(index: SearchIndex, query: str) -> None:
    """``_Both`` gives the very (score, document) pairs of Whoosh's intersection of the same two parts."""
    converted = _convert(parse_query(query), True, {})
    assert type(converted).__name__ == "_Both"
    whoosh_and = wq.And(converted.subqueries, boost=converted.boost)
    with index._open_reader_index().searcher(weighting=scoring.BM25F(B=0.75, K1=1.2)) as searcher:
        ours, theirs = _top(searcher, converted, None), _top(searcher, whoosh_and, None)
    assert ours == theirs and len(ours) > 0
