"""A work as one source found it: what the DOI, arXiv and Open Library clients all return.

It lives below them all so that ``doi`` (whose client calls the arXiv and Open Library readers)
imports ``arxiv`` and ``openlibrary``, and they import only this, never ``doi``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

__all__ = ["Work"]


@dataclass(frozen=True)
class Work:
    """A work found by one source: its entry type and BibTeX fields, and the source's name for messages."""

    type: str
    fields: dict[str, str]
    source: str
    record: Any = field(default=None, compare=False)  # the PubMed record when PubMed was the source
