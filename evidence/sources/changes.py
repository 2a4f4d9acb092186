"""Fill-only field changes: planned from a PubMed record, applied to an entry only if it has not changed since."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from evidence.errors import EntryError
from evidence.latex import to_text
from evidence.model import Entry, normalize_doi
from evidence.sources.fields import record_entry_type, record_to_fields
from evidence.sources.records import PubMedRecord

__all__ = ["FieldChange", "apply_changes", "entry_from_record", "plan_changes"]


@dataclass(frozen=True)
class FieldChange:
    """One planned field edit; ``old`` is ``""`` when the field is being added."""

    field: str
    old: str
    new: str


def plan_changes(entry: Entry, record: PubMedRecord, overwrite: Iterable[str] = frozenset()) -> list[FieldChange]:
    """Fields to add (missing or empty) and, only for fields in ``overwrite``, to replace.

    A user's value is never replaced otherwise. DOIs compare case-insensitively and values
    that read the same once LaTeX is decoded are left alone. The key and type never change.
    """
    allowed = {f.lower() for f in overwrite}
    changes = []
    for name, new in record_to_fields(record).items():
        old = entry.get(name)
        if not old.strip():
            changes.append(FieldChange(name, old, new))
            continue
        if name not in allowed:
            continue
        if name == "doi":
            if normalize_doi(to_text(old)) != normalize_doi(new):
                changes.append(FieldChange(name, old, new))
        elif to_text(old) != to_text(new):
            changes.append(FieldChange(name, old, new))
    return changes


def apply_changes(entry: Entry, changes: Iterable[FieldChange]) -> None:
    """Apply planned changes; refuse if the entry changed since the plan was made."""
    changes = list(changes)
    for ch in changes:
        if entry.get(ch.field) != ch.old:
            raise EntryError(
                f"{entry.key}: field {ch.field!r} changed since the enrichment was planned",
                hint="run the enrichment again",
            )
    for ch in changes:
        entry.set(ch.field, ch.new)


def entry_from_record(rec: PubMedRecord, key: str) -> Entry:
    """A new entry (article, book or incollection) holding every field PubMed gives."""
    return Entry(key, record_entry_type(rec), record_to_fields(rec))
