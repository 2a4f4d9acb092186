"""evidence: a BibTeX reference manager that checks manuscripts against the studies they cite.

Public API (imported lazily, so `evidence --help` starts fast)::

    from evidence import Library, Entry, SearchIndex, check_manuscript, read_manuscript, EvidenceError

    lib = Library.load("refs.bib")
    report = check_manuscript(read_manuscript("draft.md"), lib.entries)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_LAZY = {
    # the library and its entries
    "Library": "evidence.store.library",
    "SaveResult": "evidence.store.library",
    "Entry": "evidence.model",
    "Person": "evidence.model",
    # the same-work rule
    "same_work": "evidence.identity",
    "distinct_works": "evidence.identity",
    "WorkIndex": "evidence.identity",
    # search
    "SearchIndex": "evidence.search.index",
    "Hit": "evidence.search.results",
    "search_library": "evidence.search.index",
    # sources
    "EutilsClient": "evidence.sources.eutils",
    "TransportOptions": "evidence.sources.options",
    "PubMedRecord": "evidence.sources.records",
    "add_records": "evidence.sources.apply",
    "match_entries": "evidence.sources.enrich",
    # checking manuscripts
    "check_manuscript": "evidence.check.checker",
    "CheckReport": "evidence.check.results",
    "cited_entries": "evidence.check.checker",
    "read_manuscript": "evidence.check.manuscript",
    "Manuscript": "evidence.check.manuscript",
    # formats
    "import_files": "evidence.formats.importer",
    "write_entries": "evidence.formats.registry",
    # errors
    "EvidenceError": "evidence.errors",
    "LibraryError": "evidence.errors",
    "LibraryParseError": "evidence.errors",
    "ConflictError": "evidence.errors",
    "EntryError": "evidence.errors",
    "QueryError": "evidence.errors",
    "PubMedError": "evidence.errors",
    "NetworkError": "evidence.errors",
    "NCBIError": "evidence.errors",
    "ManuscriptError": "evidence.errors",
    "FormatError": "evidence.errors",
}

__all__ = [
    "CheckReport",
    "ConflictError",
    "Entry",
    "EntryError",
    "EutilsClient",
    "EvidenceError",
    "FormatError",
    "Hit",
    "Library",
    "LibraryError",
    "LibraryParseError",
    "Manuscript",
    "ManuscriptError",
    "NCBIError",
    "NetworkError",
    "Person",
    "PubMedError",
    "PubMedRecord",
    "QueryError",
    "SaveResult",
    "SearchIndex",
    "TransportOptions",
    "WorkIndex",
    "__version__",
    "add_records",
    "check_manuscript",
    "cited_entries",
    "distinct_works",
    "import_files",
    "match_entries",
    "read_manuscript",
    "same_work",
    "search_library",
    "write_entries",
]

if TYPE_CHECKING:
    from evidence.check.checker import check_manuscript, cited_entries
    from evidence.check.manuscript import Manuscript, read_manuscript
    from evidence.check.results import CheckReport
    from evidence.errors import (
        ConflictError,
        EntryError,
        EvidenceError,
        FormatError,
        LibraryError,
        LibraryParseError,
        ManuscriptError,
        NCBIError,
        NetworkError,
        PubMedError,
        QueryError,
    )
    from evidence.formats.importer import import_files
    from evidence.formats.registry import write_entries
    from evidence.identity import WorkIndex, distinct_works, same_work
    from evidence.model import Entry, Person
    from evidence.search.index import SearchIndex, search_library
    from evidence.search.results import Hit
    from evidence.sources.apply import add_records
    from evidence.sources.enrich import match_entries
    from evidence.sources.eutils import EutilsClient
    from evidence.sources.options import TransportOptions
    from evidence.sources.records import PubMedRecord
    from evidence.store.library import Library, SaveResult


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'evidence' has no attribute {name!r}")
