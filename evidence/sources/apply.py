"""Put PubMed results into a library: add records without duplicates, apply planned enrichments."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Literal

from evidence.model import Entry
from evidence.sources.changes import apply_changes, entry_from_record, plan_changes
from evidence.sources.doi import Work
from evidence.sources.enrich import Match
from evidence.sources.fields import record_to_fields
from evidence.sources.identifiers import SearchHit
from evidence.sources.records import PubMedRecord
from evidence.sources.workfill import fill_changes
from evidence.store.library import Library

__all__ = ["AddResult", "AddedWork", "HitResult", "add_hits", "add_records", "add_works", "apply_matches",
           "existing_key", "settle_matches"]


@dataclass(frozen=True)
class AddResult:
    """What happened to one record: ``added`` under ``key``, or it ``exists`` already under ``key``."""

    status: Literal["added", "exists"]
    key: str
    record: PubMedRecord
    entry: Entry


def existing_key(library: Library, record: PubMedRecord) -> str | None:
    """The key of the library's entry for the same work (same PMID/DOI, or title+year+author), if any."""
    existing = library.find_same_work(entry_from_record(record, "draft"))
    return existing.key if existing is not None else None


def add_records(library: Library, records: Iterable[PubMedRecord]) -> list[AddResult]:
    """Add each record unless the library (including records added just before) has the same work.

    Keys follow the library's style (``Library.new_key``). Nothing is saved: the caller saves once.
    """
    out: list[AddResult] = []
    for record in records:
        draft = entry_from_record(record, "draft")
        existing = library.find_same_work(draft)
        if existing is not None:
            out.append(AddResult("exists", existing.key, record, existing))
            continue
        entry = entry_from_record(record, library.new_key(draft))
        library.add(entry)
        out.append(AddResult("added", entry.key, record, entry))
    return out


@dataclass(frozen=True)
class AddedWork:
    """What happened to one found work: ``added`` under ``key``, or it ``exists`` already under ``key``."""

    status: Literal["added", "exists"]
    key: str
    work: Work
    entry: Entry


def add_works(library: Library, works: Iterable[Work]) -> list[AddedWork]:
    """Add each work (from any source) unless the library, including works added just before, has it.

    Nothing is saved: the caller saves once, after every identifier was tried, so a failure
    half-way never leaves a half-written library.
    """
    out: list[AddedWork] = []
    for work in works:
        draft = Entry("draft", work.type, dict(work.fields))
        existing = library.find_same_work(draft)
        if existing is not None:
            out.append(AddedWork("exists", existing.key, work, existing))
            continue
        entry = Entry(library.new_key(draft), work.type, dict(work.fields))
        library.add(entry)
        out.append(AddedWork("added", entry.key, work, entry))
    return out


def apply_matches(library: Library, matches: Iterable[Match]) -> list[Match]:
    """Apply every matched entry's planned changes (refused if an entry changed since); returns those applied."""
    applied = [m for m in matches if m.status == "matched" and m.changes]
    for match in applied:
        apply_changes(library.get(match.key), match.changes)
    return applied


@dataclass(frozen=True)
class HitResult:
    """One PubMed search result as the ``pubmed`` command shows it: in the library, just added, or lacking."""

    hit: SearchHit
    entry: Entry | None  # the record as an entry (None when PubMed returned no record)
    in_library: str | None = None
    added: str | None = None

    def to_dict(self) -> dict[str, object]:
        """A JSON-ready view for ``--json`` output."""
        e = self.entry
        return {
            "n": self.hit.n, "pmid": self.hit.pmid, "title": e.title if e else None,
            "first_author": e.first_author if e else None, "year": e.year if e else None,
            "journal": e.journal if e else None,
            "retracted": self.hit.record.is_retracted if self.hit.record else None,
            "in_library": self.in_library, "added": self.added, "missing": self.hit.record is None,
        }


def add_hits(library: Library, hits: Iterable[SearchHit], chosen: Iterable[int] = ()) -> list[HitResult]:
    """Add the chosen results (by number) that PubMed gave records for; say for every result where it stands."""
    hits = list(hits)
    picked = set(chosen)
    to_add = [h for h in hits if h.n in picked and h.record is not None]
    results = dict(zip((h.n for h in to_add), add_records(library, [h.record for h in to_add if h.record]),
                       strict=True))
    out = []
    for hit in hits:
        if hit.record is None:
            out.append(HitResult(hit, None))
            continue
        res = results.get(hit.n)
        if res is not None:
            added = res.key if res.status == "added" else None
            out.append(HitResult(hit, entry_from_record(hit.record, res.key), res.key if not added else None, added))
        else:
            out.append(HitResult(hit, entry_from_record(hit.record, "draft"), existing_key(library, hit.record)))
    return out


def settle_matches(entries: Iterable[Entry], matches: list[Match], *, accept: Iterable[str] = frozenset(),
                   overwrite: Iterable[str] = frozenset()) -> list[Match]:
    """PubMed matches after the user's word and the record's authors.

    A ``mismatch`` whose key is in ``accept`` becomes a match (the user vouched for it), and an
    author list ending in "and others" is completed from the record (the placeholder is no value
    to protect). Returns new Match objects; the entries are not touched.
    """
    by_key = {e.key: e for e in entries}
    accepted = frozenset(accept)
    out = []
    for m in matches:
        entry = by_key.get(m.key)
        if entry is None or m.record is None:
            out.append(m)
            continue
        changes = list(m.changes)
        status, message = m.status, m.message
        if m.status == "mismatch" and m.key in accepted:
            changes = plan_changes(entry, m.record, overwrite)
            status, message = "matched", "accepted by you"
        if status in {"matched", "complete"} and not any(c.field == "author" for c in changes):
            changes += [c for c in fill_changes(entry, {"author": record_to_fields(m.record).get("author", "")})
                        if c.old.strip()]
            status = "matched" if changes else status
        out.append(replace(m, status=status, changes=changes, message=message))
    return out
