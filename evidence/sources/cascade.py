"""`enrich` across sources: PubMed first, Crossref (or the DOI's agency) for what PubMed did not find.

The CLI and a Python user make the same two calls: :func:`enrich_entries` (network, no writes)
and :func:`apply_enrichment` (writes the planned changes into the library; the caller saves).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from evidence.errors import NCBIError, NetworkError
from evidence.model import Entry
from evidence.sources.apply import apply_matches, settle_matches
from evidence.sources.changes import apply_changes
from evidence.sources.enrich import Match, match_entries
from evidence.sources.fields import BIBTEX_FIELDS
from evidence.sources.fixids import IdFix, apply_fix, fix_ids, learn_mismatches
from evidence.sources.identifiers import PubMedClient
from evidence.sources.workfill import Progress, WorkClient, WorkFill, match_works
from evidence.sources.works import WORK_FIELDS
from evidence.store.library import Library
from evidence.wrongids import KnownIds

__all__ = ["SOURCES", "EnrichResult", "IdFix", "apply_enrichment", "apply_id_fixes", "enrich_entries",
           "fillable_fields", "fix_ids", "remember_mismatches"]

SOURCES = ("all", "pubmed", "crossref")


def fillable_fields(source: str) -> frozenset[str]:
    """The fields ``source`` can fill (what ``--overwrite`` may name)."""
    pubmed = BIBTEX_FIELDS if source != "crossref" else frozenset()
    works = WORK_FIELDS if source != "pubmed" else frozenset()
    return frozenset(pubmed | works)


@dataclass
class EnrichResult:
    """Each entry's outcome: PubMed's ``matches`` and Crossref's ``fills`` (an entry appears in one)."""

    matches: list[Match] = field(default_factory=list)
    fills: list[WorkFill] = field(default_factory=list)
    pubmed_error: str = ""  # PubMed could not be used at all (Crossref still got every entry)

    @property
    def counts(self) -> Counter[str]:
        return Counter(m.status for m in self.matches) + Counter(f.status for f in self.fills)

    @property
    def retracted(self) -> list[str]:
        return [m.key for m in self.matches if m.retracted] + [f.key for f in self.fills if f.retracted]

    @property
    def failed(self) -> bool:
        """Something needs the user (an error, or PubMed unusable): the CLI exits 1."""
        return bool(self.counts["error"] or self.pubmed_error)


def enrich_entries(entries: Sequence[Entry], *, source: str = "all", pubmed: PubMedClient | None = None,
                   works: Callable[[], WorkClient] | None = None, overwrite: Iterable[str] = (),
                   accept: Iterable[str] = (), progress: Callable[[Progress], None] | None = None) -> EnrichResult:
    """Match ``entries`` against PubMed (unless ``source`` is crossref), then against Crossref those
    PubMed did not find (all of them with ``source="crossref"``; none with ``source="pubmed"``).
    ``works`` makes the Crossref client only when it is needed. Nothing is written."""
    overwrite, accept = tuple(overwrite), tuple(accept)
    result = EnrichResult()
    if source != "crossref" and pubmed is not None:
        try:
            found = match_entries(list(entries), pubmed, overwrite=overwrite)
            result.matches = settle_matches(entries, found, accept=accept, overwrite=overwrite)
        except (NetworkError, NCBIError) as exc:
            if source == "pubmed":
                raise
            result.pubmed_error = str(exc)
    if source == "pubmed" or works is None:
        return result
    lacking = ({m.key for m in result.matches if m.status == "not_found"} if result.matches
               else {e.key for e in entries})
    todo = [e for e in entries if e.key in lacking]
    if todo:
        fills = match_works(todo, works(), overwrite=overwrite, accept=accept, progress=progress)
        # a PubMed "not found" that Crossref could not place either stays PubMed's answer
        result.fills = [f for f in fills if f.status != "not_found" or not result.matches]
        replaced = {f.key for f in result.fills}
        result.matches = [m for m in result.matches if m.key not in replaced]
    return result


def apply_enrichment(library: Library, result: EnrichResult) -> list[str]:
    """Write every matched entry's planned changes into ``library``; returns their keys (the caller saves)."""
    keys = [m.key for m in apply_matches(library, result.matches)]
    for fill in result.fills:
        if fill.status == "matched" and fill.changes:
            apply_changes(library.get(fill.key), fill.changes)
            keys.append(fill.key)
    return keys


def remember_mismatches(known: KnownIds, entries: Sequence[Entry], result: EnrichResult,
                        accept: Iterable[str] = ()) -> list[str]:
    """Keep what each reported MISMATCH's identifier really names (``lint``, ``show`` and ``check`` then
    say so) and forget the records of entries the user vouched for with ``--accept``; the keys learnt."""
    accepted = set(accept)
    for entry in entries:
        if entry.key in accepted:
            known.forget(entry)
    return learn_mismatches(known, entries, result.matches, result.fills)


def apply_id_fixes(library: Library, fixes: Iterable[IdFix]) -> list[str]:
    """Write every ``fixed`` proposal of ``enrich --fix-ids`` into ``library``; their keys (the caller saves)."""
    done = [f for f in fixes if f.status == "fixed"]
    for fix in done:
        apply_fix(library.get(fix.key), fix)
    return [f.key for f in done]
