"""Searching a library: text analysis shared with the checker, the query language, and the Whoosh index.

Names are imported on first use, so ``import evidence.search.analysis`` (the checker's
only need) does not load the index, the query parser or the library store.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__all__ = [
    "QUERY_HELP",
    "Hit",
    "RefreshStats",
    "SearchIndex",
    "analyze",
    "parse_query",
    "rewrite_query",
    "search_library",
    "spans",
]

_LAZY = {
    "QUERY_HELP": "evidence.search.query",
    "parse_query": "evidence.search.query",
    "rewrite_query": "evidence.search.query",
    "analyze": "evidence.search.analysis",
    "Hit": "evidence.search.results",
    "spans": "evidence.search.results",
    "RefreshStats": "evidence.search.index",
    "SearchIndex": "evidence.search.index",
    "search_library": "evidence.search.index",
}

if TYPE_CHECKING:
    from evidence.search.analysis import analyze
    from evidence.search.index import RefreshStats, SearchIndex, search_library
    from evidence.search.query import QUERY_HELP, parse_query, rewrite_query
    from evidence.search.results import Hit, spans


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'evidence.search' has no attribute {name!r}")
