"""The PubMed source's public names in one place: records, BibTeX fields and answer parsers.

The work is done in :mod:`~evidence.sources.records` (efetch XML -> :class:`PubMedRecord`),
:mod:`~evidence.sources.fields` (record -> BibTeX fields) and :mod:`~evidence.sources.answers`
(esearch, ecitmatch, idconv, esummary); this module only re-exports them for callers that
want "the PubMed parsers" without knowing the split.
"""

from __future__ import annotations

from evidence.sources.answers import (
    Citation,
    DocSummary,
    IdRecord,
    SearchResult,
    parse_ecitmatch,
    parse_esearch,
    parse_esummary,
    parse_idconv,
)
from evidence.sources.fields import BIBTEX_FIELDS, month_abbrev, record_entry_type, record_to_fields
from evidence.sources.records import (
    Correction,
    MeshHeading,
    PubMedAuthor,
    PubMedRecord,
    expand_pages,
    parse_efetch,
    split_efetch,
)

__all__ = [
    "BIBTEX_FIELDS",
    "Citation",
    "Correction",
    "DocSummary",
    "IdRecord",
    "MeshHeading",
    "PubMedAuthor",
    "PubMedRecord",
    "SearchResult",
    "expand_pages",
    "month_abbrev",
    "parse_ecitmatch",
    "parse_efetch",
    "parse_esearch",
    "parse_esummary",
    "parse_idconv",
    "record_entry_type",
    "record_to_fields",
    "split_efetch",
]
