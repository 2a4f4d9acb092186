"""The manuscript check: find and resolve each citation, find its claim, rank the evidence, flag gaps.

Pure: it takes a ``Manuscript`` and a list of ``Entry`` and returns a ``CheckReport``.
The jobs live in their own modules (``resolve``, ``claims``, ``ranking``, ``flags``);
this one runs them in order and wires in the search analyzer (never the index).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from evidence.check.citations import Citation, ReferenceItem, find_citations, find_reference_list
from evidence.check.claims import find_claims
from evidence.check.declarations import compiled_kind, read_declarations
from evidence.check.fanout import fan_out
from evidence.check.fieldcheck import with_field_citations
from evidence.check.flags import FlagFinder
from evidence.check.manuscript import Manuscript
from evidence.check.mentions import find_mentions
from evidence.check.ranking import EvidenceRanker, FullTextSource
from evidence.check.resolve import Resolver, prune
from evidence.check.results import (
    AMBIGUOUS,
    UNRESOLVED,
    CheckReport,
    CitationResult,
    CitedEntries,
    EvidenceSentence,
    Flag,
    FoundInFullText,
)
from evidence.model import Entry
from evidence.search.analysis import analyze
from evidence.wrongids import WrongId, trusted

# CheckReport is re-exported: evidence/__init__ on main imports it from here.
__all__ = ["CheckReport", "check_manuscript", "cited_entries"]


def _resolve_all(manuscript: Manuscript, resolver: Resolver) -> tuple[list[CitationResult], list[ReferenceItem]]:
    """Every citation resolved, in manuscript order, and the reference list that numbers resolve through."""
    citations: list[Citation] = find_citations(manuscript)
    references = find_reference_list(manuscript)
    by_number = {item.number: item for item in references}
    results = prune([resolver.resolve(citation, by_number) for citation in citations])
    results = with_field_citations(manuscript, results, resolver.index.entries)
    if not compiled_kind(manuscript):  # .aux/.bcf hold keys, no prose
        again = find_mentions(manuscript, results, resolver.graded)
        results = sorted([*results, *again], key=lambda r: (r.citation.start, r.citation.group))
    return results, references


def check_manuscript(manuscript: Manuscript, entries: list[Entry], *, max_evidence: int = 3,
                     fulltext: FullTextSource | None = None,
                     wrong_ids: Callable[[Entry], list[WrongId]] | None = None,
                     workers: int | None = 1) -> CheckReport:
    """Check every citation of ``manuscript`` against ``entries`` (the library); with ``fulltext``
    (stored open full texts, e.g. ``FullTextStore.for_entry``) evidence also comes from the body.
    ``wrong_ids`` (``KnownIds.wrong_ids``) names identifiers known to name another work: such a
    citation is flagged, and its links, full text and evidence come from the entry without them.
    ``workers``: processes that judge claims side by side (None: one per core, as the CLI does; by default this one
    only: a library caller's process is not forked unasked)."""
    resolver = Resolver(entries)
    ranker = EvidenceRanker(analyze, max_evidence=max_evidence, fulltext=fulltext)
    flagger = FlagFinder(fulltext)
    results, references = _resolve_all(manuscript, resolver)
    claims = find_claims(manuscript, [r.citation for r in results])
    cited = {id(r.entry) for r in results if r.entry is not None}
    if wrong_ids is not None:
        _distrust_wrong_ids(results, wrong_ids)
    judged: list[CitationResult] = []
    tasks: list[tuple[str, Entry]] = []
    for result in results:
        if result.citation.textless:  # \nocite, .aux/.bcf keys: no claim to compare
            continue
        result.claim, result.clause = claims.get(result.citation.group, ("", ""))
        if result.entry is not None:
            judged.append(result)
            tasks.append((result.clause, result.entry))

    def judge(share: Sequence[tuple[str, Entry]]) -> list[_Judgement]:
        return [_judge(clause, entry, flagger, ranker) for clause, entry in share]

    for result, (flags, found, evidence) in zip(judged, fan_out(judge, tasks, workers=workers), strict=True):
        result.flags.extend(flags)
        result.found, result.evidence = found, evidence
    for r in results:
        cited.update(id(e) for e in r.candidates)
    cites_all = read_declarations(manuscript).cites_all  # \nocite{*}: every entry is in the bibliography
    uncited = [] if cites_all else [e for e in resolver.index.entries if id(e) not in cited]
    locations = {r.citation.start: manuscript.location(r.citation.start, r.citation.end) for r in results}
    return CheckReport(manuscript.path, manuscript.kind, results, uncited, references, len(entries), locations)


_Judgement = tuple[list[Flag], list[FoundInFullText], list[EvidenceSentence]]


def _judge(clause: str, entry: Entry, flagger: FlagFinder, ranker: EvidenceRanker) -> _Judgement:
    """One claim against its cited work: its flags, what the full text settled, its evidence sentences."""
    findings = flagger.examine(clause, entry)
    flags, found = ranker.settle(findings.flags, entry)
    pinned = [*findings.pinned, *(f.sentence for f in found)]
    return flags, found, ranker.evidence(clause, entry, pinned)


def _distrust_wrong_ids(results: list[CitationResult], wrong_ids: Callable[[Entry], list[WrongId]]) -> None:
    """A citation of an entry with a known-wrong PMID/DOI: flagged, and resolved to a copy without it."""
    copies: dict[int, tuple[Entry, list[WrongId]]] = {}
    for result in results:
        if result.entry is None:
            continue
        if id(result.entry) not in copies:
            wrong = wrong_ids(result.entry)
            copies[id(result.entry)] = (trusted(result.entry, wrong), wrong)
        result.entry, wrong = copies[id(result.entry)]
        result.flags.extend(Flag("wrong-id", f"{w.message()}: not linked, and no evidence taken from it")
                            for w in wrong)


def cited_entries(manuscript: Manuscript, entries: list[Entry]) -> CitedEntries:
    """The entries ``manuscript`` cites, in order of first citation; resolution only, no evidence or flags."""
    results, _ = _resolve_all(manuscript, Resolver(entries))
    seen: dict[str, Entry] = {}
    for result in results:
        if result.entry is not None:
            seen.setdefault(result.entry.key, result.entry)
    if read_declarations(manuscript).cites_all:  # \nocite{*}: the rest of the library follows, in library order
        for entry in entries:
            seen.setdefault(entry.key, entry)
    return CitedEntries(list(seen.values()),
                        [r for r in results if r.status == UNRESOLVED],
                        [r for r in results if r.status == AMBIGUOUS])
