"""evidence: a BibTeX reference manager that checks manuscripts against the studies they cite.

Public API (imported lazily, so `evidence --help` starts fast)::

    from evidence import Library, SearchIndex, Entry, EvidenceError
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["Entry", "EvidenceError", "Library", "Person", "SearchIndex", "__version__"]

_LAZY = {
    "Library": "evidence.store.library",
    "SearchIndex": "evidence.search.index",
    "Entry": "evidence.model",
    "Person": "evidence.model",
    "EvidenceError": "evidence.errors",
}

if TYPE_CHECKING:
    from evidence.errors import EvidenceError
    from evidence.model import Entry, Person
    from evidence.search.index import SearchIndex
    from evidence.store.library import Library


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'evidence' has no attribute {name!r}")
