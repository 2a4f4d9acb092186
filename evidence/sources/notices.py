"""Corrections, retractions and expressions of concern PMC links, as the entry fields PubMed's notices fill.

PubMed's CommentsCorrections (``RetractionIn``, ``ErratumIn``, ``ExpressionOfConcernIn``) and
Crossref's ``updated-by`` become ``retracted``, ``erratum`` and ``concern`` fields holding the
notices' identifiers, and ``show``, ``lint``, ``check``, ``search retracted:yes`` and ``list`` read
those fields. PMC's JATS says the same with ``<related-article>`` links (see
:func:`evidence.sources.fulltext.notice_links`); this module turns the links the full-text store
holds for an entry into fill-only changes of the same fields: a notice the field already names
(by PMID, DOI or PMCID) is not added twice, and a bare ``yes`` gives way to the notice's identifier.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from evidence.latex import to_text
from evidence.model import Entry
from evidence.sources.changes import FieldChange
from evidence.sources.fulltext import FullTextStore, NoticeLink, entry_aliases

__all__ = ["NOTICE_FIELDS", "NoticeChanges", "notice_changes", "plan_notices"]

NOTICE_FIELDS = ("retracted", "erratum", "concern")


@dataclass(frozen=True)
class NoticeChanges:
    """The notice fields one entry gains, and the PMC articles that said so."""

    key: str
    changes: tuple[FieldChange, ...]
    sources: tuple[str, ...]

    @property
    def retracted(self) -> bool:
        return any(c.field == "retracted" for c in self.changes)

    def to_dict(self) -> dict[str, object]:
        return {"key": self.key, "sources": list(self.sources),
                "changes": [{"field": c.field, "old": c.old or None, "new": c.new} for c in self.changes]}


def _named(value: str) -> set[str]:
    """The identifiers a notice field already holds ("12345; 10.1/x" -> {"12345", "10.1/x"})."""
    return {part.strip().casefold() for part in re.split(r"[;,\s]+", to_text(value)) if part.strip()}


def notice_changes(entry: Entry, links: Iterable[NoticeLink]) -> list[FieldChange]:
    """Fill-only changes of ``retracted``/``erratum``/``concern`` for the notices not yet named."""
    changes = []
    links = list(links)
    for name in NOTICE_FIELDS:
        old = entry.get(name)
        named = _named(old)
        new = []
        for link in links:
            ids = {i.casefold() for i in link.notice}
            if link.field == name and not ids & named:
                new.append(link.value)
                named |= ids
        if new:
            kept = [] if old.strip().casefold() in ("", "yes") else [old.strip()]
            changes.append(FieldChange(name, old, "; ".join(kept + new)))
    return changes


def plan_notices(entries: Sequence[Entry], store: FullTextStore) -> list[NoticeChanges]:
    """Each entry's changes from the links the store holds for it (by PMCID, PMID or DOI), in library order."""
    out = []
    table = store.notice_table()
    for entry in entries:
        links = store.notices(entry_aliases(entry), table) if table else []
        changes = notice_changes(entry, links)
        if changes:
            used = {c.field for c in changes}
            sources = tuple(dict.fromkeys(link.source for link in links if link.field in used and link.source))
            out.append(NoticeChanges(entry.key, tuple(changes), sources))
    return out
