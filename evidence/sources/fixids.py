"""``enrich --fix-ids``: replace an identifier known to name another work with the right record's.

The wrong identifiers come from :class:`~evidence.wrongids.KnownIds` (what ``enrich`` found behind
them). The entry, without them, is matched again by what it says of itself: PubMed first
(ECitMatch, then a title + first author + year search, through the same pipeline and thresholds as
``enrich``), then Crossref's bibliographic search for a DOI PubMed's record lacks. A record is
taken only when the same-work rule (:func:`evidence.identity.distinct_works`) finds no difference
between it and the entry; otherwise the entry is reported and left alone. Nothing is written here.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from evidence.errors import EntryError
from evidence.identity import distinct_works
from evidence.model import Entry
from evidence.sources.enrich import Match, match_entries
from evidence.sources.fields import record_to_fields
from evidence.sources.identifiers import PubMedClient
from evidence.sources.workfill import WorkClient, WorkFill, match_works
from evidence.wrongids import KnownIds, WrongId, trusted

__all__ = ["IdFix", "apply_fix", "fix_ids", "learn_mismatches"]

_LABEL = {"pmid": "PMID", "doi": "DOI", "pmcid": "PMCID"}


@dataclass
class IdFix:
    """One entry's known-wrong ids and what replaces them: ``fixed`` (``new`` holds the right values;
    "" removes a PMCID that came with a wrong PMID) or ``not_fixed`` (``message`` says why)."""

    key: str
    status: str
    old: dict[str, str]
    wrong: list[str] = field(default_factory=list)  # "PMID 35649368": what is known to be wrong
    new: dict[str, str] = field(default_factory=dict)
    source: str = ""
    method: str = ""
    message: str = ""

    def lines(self) -> list[str]:
        """``PMID 35649368 -> 26147656`` per field."""
        return [f"{_LABEL.get(name, name)} {self.old.get(name) or '(none)'} -> {value or '(removed)'}"
                for name, value in self.new.items()]

    def to_dict(self) -> dict[str, object]:
        return {"key": self.key, "status": self.status, "wrong": self.wrong, "old": self.old, "new": self.new,
                "source": self.source or None, "method": self.method or None, "message": self.message}


def learn_mismatches(known: KnownIds, entries: Sequence[Entry], matches: Sequence[Match],
                     fills: Sequence[WorkFill]) -> list[str]:
    """Remember what each MISMATCH's record is (PubMed's and Crossref's); the keys whose ids were kept."""
    by_key = {e.key: e for e in entries}
    learnt = []
    for m in matches:
        entry = by_key.get(m.key)
        if m.status == "mismatch" and m.record is not None and entry is not None \
                and known.learn(entry, Entry("record", "article", record_to_fields(m.record)), "PubMed"):
            learnt.append(m.key)
    for f in fills:
        entry = by_key.get(f.key)
        if f.status == "mismatch" and f.fields and entry is not None \
                and known.learn(entry, Entry("record", "misc", dict(f.fields)), f.source):
            learnt.append(f.key)
    return learnt


def _proposal(old: dict[str, str], wrong: list[WrongId], record: Entry) -> dict[str, str] | None:
    """The new values of the wrong fields from ``record`` (None when it lacks one of them), and of a
    PMCID that belongs to the wrong work."""
    new: dict[str, str] = {}
    for w in wrong:
        value = record.get(w.field)
        if not value:
            return None
        new[w.field] = value
    if old.get("pmcid", "").upper() in {w.record.pmcid for w in wrong if w.record.pmcid}:
        new["pmcid"] = record.get("pmcid")
    return new


def _same(entry: Entry, record: Entry, wrong: list[WrongId]) -> str:
    """Why ``record`` cannot replace the wrong ids ("" when it can)."""
    if any(record.get(w.field) and record.get(w.field).lower() == w.value.lower() for w in wrong):
        return "the search found the same wrong record again"
    return distinct_works(entry, record)


def fix_ids(entries: Sequence[Entry], known: KnownIds, *, pubmed: PubMedClient | None = None,
            works: Callable[[], WorkClient] | None = None) -> list[IdFix]:
    """A proposed fix for every entry with a known-wrong PMID or DOI (nothing is written)."""
    todo = [(e, known.wrong_ids(e)) for e in entries]
    todo = [(e, w) for e, w in todo if w]
    fixes = {e.key: IdFix(e.key, "not_fixed", {n: e.get(n) for n in ("pmid", "doi", "pmcid") if e.get(n)},
                          [x.label for x in w], message="no record found by title, author and year") for e, w in todo}
    bare = {e.key: trusted(e, w) for e, w in todo}  # the entry as it describes itself, without the wrong ids
    wrong = {e.key: w for e, w in todo}
    if pubmed is not None and todo:
        for m in match_entries([bare[e.key] for e, _ in todo], pubmed):
            _settle(fixes[m.key], bare[m.key], wrong[m.key], m)
    lacking = [bare[k] for k, f in fixes.items() if f.status != "fixed" and {w.field for w in wrong[k]} == {"doi"}]
    if works is not None and lacking:
        for fill in match_works([Entry(e.key, e.type, {k: v for k, v in e.fields.items() if k != "doi"}, e.line)
                                 for e in lacking], works()):
            _settle_fill(fixes[fill.key], bare[fill.key], wrong[fill.key], fill)
    return list(fixes.values())


def _settle(fix: IdFix, entry: Entry, wrong: list[WrongId], m: Match) -> None:
    if m.status not in ("matched", "complete") or m.record is None:
        fix.message = m.message or f"PubMed: {m.status.replace('_', ' ')}"
        return
    record = Entry("record", "article", record_to_fields(m.record))
    why = _same(entry, record, wrong)
    new = _proposal(fix.old, wrong, record) if not why else None
    if new is None:
        fix.message = f"PubMed record {m.pmid} " + (f"is not the same work: {why}" if why else "lacks a DOI")
        return
    fix.status, fix.new, fix.source, fix.method, fix.message = "fixed", new, "PubMed", m.method, ""


def _settle_fill(fix: IdFix, entry: Entry, wrong: list[WrongId], fill: WorkFill) -> None:
    if fill.status not in ("matched", "complete") or not fill.doi:
        fix.message = fill.message or f"{fill.source}: {fill.status.replace('_', ' ')}"
        return
    record = Entry("record", "misc", dict(fill.fields))
    why = _same(entry, record, wrong)
    if why:
        fix.message = f"{fill.source} record {fill.doi} is not the same work: {why}"
        return
    fix.status, fix.new, fix.source, fix.method, fix.message = "fixed", {"doi": fill.doi}, fill.source, fill.method, ""


def apply_fix(entry: Entry, fix: IdFix) -> None:
    """Write a fix into its entry; refused if the entry's ids changed since the fix was planned."""
    for name, old in fix.old.items():
        if name in fix.new and entry.get(name) != old:
            raise EntryError(f"{entry.key}: field {name!r} changed since the fix was planned",
                             hint="run `evidence enrich --fix-ids` again")
    for name, value in fix.new.items():
        if value:
            entry.set(name, value)
        else:
            entry.fields.pop(name, None)
