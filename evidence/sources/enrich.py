"""Match bibliography entries to PubMed records, stage by stage, and plan their fill-only changes.

Pure over :class:`~evidence.model.Entry` values and an E-utilities client (anything with the
:class:`~evidence.sources.eutils.EutilsClient` methods ``esearch``, ``efetch``, ``ecitmatch`` and
``idconv``); nothing here touches files, and nothing is written to an entry unless the caller
applies the planned changes. A run that fails half-way (``NetworkError``) therefore changes
nothing.

Matching, cheapest first, with every fetched PMID going through ONE batched efetch:

1. the entry's PMID;
2. its PMCID, through the PMC ID converter (batched);
3. its DOI, through ``"<doi>"[aid]`` esearch queries OR-ed in batches of 50; a record counts only
   when its own DOI equals the asked DOI (PubMed sometimes answers with a *similar* DOI);
4. ECitMatch, in one batched request, for entries with journal, year, volume and first page;
5. an esearch on distinctive title words + first author + year (±1) for the rest.

Each step is one small stage function over a shared :class:`_Run`; :func:`_decide` then judges
each entry. How alike an entry and a record are (the score and the same-work check) is
:mod:`~evidence.sources.matchscore`'s job, split from here; planning and applying changes is
:mod:`~evidence.sources.changes`'; identifier parsing and ``evidence add``'s lookups are
:mod:`~evidence.sources.identifiers`'.

A candidate found by citation or search is scored (see :func:`~evidence.sources.matchscore.score`)
and accepted only when its score reaches :data:`ACCEPT` (0.80), its title similarity reaches
:data:`MIN_TITLE` (0.70) when both sides have a title, and no rival is within :data:`MARGIN`.
Otherwise the entry is ``ambiguous`` and its candidates are reported; nothing is written.

Identity check: when the entry already carries a PMID or DOI, the fetched record must be the
same work. A different DOI, a title similarity below
:data:`~evidence.sources.matchscore.IDENTITY_TITLE` (0.60) unless the entry's title is the record's
shortened (same first author and year), or both a different first author and a year off by more
than one, give status ``mismatch``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from evidence.errors import NetworkError
from evidence.identity import title_similarity
from evidence.model import DOI_RE, PMCID_RE, PMID_RE, Entry, fold, normalize_doi
from evidence.sources.answers import Citation
from evidence.sources.changes import FieldChange, apply_changes, entry_from_record, plan_changes
from evidence.sources.identifiers import (
    PubMedClient,
    doi_lookup,
    parse_identifier,
    resolve_identifiers,
    search_pubmed,
)
from evidence.sources.matchscore import IDENTITY_TITLE, STOP_WORDS, identity_problem, norm, score
from evidence.sources.records import PubMedRecord

__all__ = [
    "ACCEPT",
    "IDENTITY_TITLE",
    "MARGIN",
    "MIN_TITLE",
    "STATUSES",
    "Candidate",
    "FieldChange",
    "Match",
    "apply_changes",
    "entry_from_record",
    "match_entries",
    "parse_identifier",
    "plan_changes",
    "resolve_identifiers",
    "score",
    "search_pubmed",
    "title_similarity",
]

ACCEPT = 0.80
MIN_TITLE = 0.70
MARGIN = 0.05
SEARCH_RETMAX = 5
STATUSES = ("matched", "complete", "ambiguous", "not_found", "mismatch", "error")


@dataclass(frozen=True)
class Candidate:
    """A PubMed record that might be the entry's work, with its score."""

    pmid: str
    score: float
    title: str
    first_author: str
    year: str


@dataclass
class Match:
    """The outcome for one entry. ``changes`` are planned, not applied."""

    key: str
    status: str
    method: str = ""
    pmid: str = ""
    record: PubMedRecord | None = None
    score: float = 0.0
    candidates: list[Candidate] = field(default_factory=list)
    changes: list[FieldChange] = field(default_factory=list)
    message: str = ""

    @property
    def retracted(self) -> bool:
        return self.record is not None and self.record.is_retracted

    def to_dict(self) -> dict[str, object]:
        """A JSON-ready view for ``--json`` output."""
        return {
            "key": self.key,
            "status": self.status,
            "method": self.method,
            "pmid": self.pmid or None,
            "score": round(self.score, 3),
            "retracted": self.retracted,
            "message": self.message,
            "candidates": [c.__dict__ for c in self.candidates],
            "changes": [c.__dict__ for c in self.changes],
        }


# --------------------------------------------------------------------------- scoring (see matchscore.py)


def _candidate(entry: Entry, rec: PubMedRecord) -> Candidate:
    first = rec.authors[0].display() if rec.authors else ""
    return Candidate(rec.pmid, round(score(entry, rec), 4), rec.title, first, rec.year)



# --------------------------------------------------------------------------- lookups


def _first_page(entry: Entry) -> str:
    pages = entry.text("pages")
    return re.split(r"\s*[-–—]+\s*|,", pages, maxsplit=1)[0].strip() if pages else ""


def _citation(entry: Entry, key: str) -> Citation | None:
    year = entry.year
    volume = entry.text("volume").strip()
    page = _first_page(entry)
    if not (entry.journal and year and volume and page):
        return None
    author = ""
    if entry.authors:
        first = entry.authors[0]
        author = fold(f"{first.surname} {first.initials.replace('-', '')}").strip()
    return Citation(key, fold(entry.journal), str(year), volume, page, author)


def _title_query(entry: Entry) -> str:
    words = [w for w in norm(entry.title).split() if w not in STOP_WORDS and (len(w) > 2 or w.isdigit())]
    if not words:
        return ""
    parts = [" AND ".join(f"{w}[ti]" for w in words[:8])]
    if entry.authors and entry.authors[0].surname:
        parts.append(f"{norm(entry.authors[0].surname)}[1au]")
    if entry.year:
        parts.append(f"{entry.year - 1}:{entry.year + 1}[dp]")
    return " AND ".join(parts)


def _ecit_key(key: str, index: int, used: set[str]) -> str:
    clean = key if key and re.fullmatch(r"[^\s|]+", key) and key not in used else f"e{index}"
    used.add(clean)
    return clean


@dataclass
class _Plan:
    entry: Entry
    method: str = ""
    pmid: str = ""
    candidates: list[str] = field(default_factory=list)
    error: str = ""
    note: str = ""


@dataclass
class _Run:
    """What the stages of one :func:`match_entries` call share."""

    client: PubMedClient
    plans: list[_Plan]
    offline: bool
    by_pmcid: list[_Plan] = field(default_factory=list)
    by_doi: list[_Plan] = field(default_factory=list)
    rest: list[_Plan] = field(default_factory=list)
    doi_pmids: list[str] = field(default_factory=list)
    doi_own: dict[str, list[str]] = field(default_factory=dict)
    records: dict[str, PubMedRecord] = field(default_factory=dict)

    def missing_offline(self, plans: Iterable[_Plan], what: str) -> None:
        for plan in plans:
            plan.error = f"offline: {what} is not in the cache (run once online to fetch it)"


def match_entries(
    entries: Sequence[Entry],
    client: PubMedClient,
    *,
    overwrite: Iterable[str] = frozenset(),
    threshold: float = ACCEPT,
) -> list[Match]:
    """Find each entry's PubMed record (see the module docstring) and plan its changes.

    A pipeline of stages, cheapest first, each filling the shared :class:`_Run`. Raises
    NetworkError / NCBIError when NCBI cannot be used; entries are never modified.
    """
    run = _Run(client, [_Plan(e) for e in entries], bool(getattr(client, "offline", False)))
    for stage in (_sort_by_identifier, _by_pmcid, _by_doi, _by_citation, _by_title, _fetch_records):
        stage(run)
    by_doi_value = {normalize_doi(r.doi): r for r in run.records.values() if r.doi}
    overwrite = frozenset(overwrite)
    return [_decide(plan, run.records, by_doi_value, run.doi_own, overwrite, threshold) for plan in run.plans]


def _sort_by_identifier(run: _Run) -> None:
    """1-3: an entry's PMID is used as is; PMCID and DOI entries go to their lookups; the rest wait."""
    for plan in run.plans:
        e = plan.entry
        raw_pmid = e.pmid
        if raw_pmid:
            if PMID_RE.match(raw_pmid):
                plan.method, plan.pmid = "pmid", raw_pmid
            else:
                plan.error = f"pmid field {raw_pmid!r} is not a PMID"
        elif e.pmcid and PMCID_RE.match(e.pmcid):
            plan.method = "pmcid"
            run.by_pmcid.append(plan)
        elif e.doi and DOI_RE.match(e.doi):
            plan.method = "doi"
            run.by_doi.append(plan)
        else:
            run.rest.append(plan)


def _by_pmcid(run: _Run) -> None:
    """2: PMCIDs through the PMC ID converter, in one batched call."""
    if not run.by_pmcid:
        return
    try:
        conv = run.client.idconv([p.entry.pmcid for p in run.by_pmcid])
    except NetworkError:
        if not run.offline:
            raise
        run.missing_offline(run.by_pmcid, "the PMCID lookup")
        run.by_pmcid = []
        return
    for plan in run.by_pmcid:
        rec = conv.get(plan.entry.pmcid)
        if rec and rec.pmid:
            plan.pmid = rec.pmid
        else:
            plan.note = f"PMCID {plan.entry.pmcid} unknown to the PMC ID converter"


def _by_doi(run: _Run) -> None:
    """3: DOIs through OR-ed ``[aid]`` searches."""
    if not run.by_doi:
        return
    try:
        run.doi_pmids, run.doi_own = doi_lookup([p.entry.doi for p in run.by_doi], run.client)
    except NetworkError:
        if not run.offline:
            raise
        run.missing_offline(run.by_doi, "the DOI lookup")
        run.by_doi = []


def _by_citation(run: _Run) -> None:
    """4: one ECitMatch call for entries without ids (and DOI entries, in case PubMed lacks the DOI)."""
    used: set[str] = set()
    citations: dict[str, tuple[Citation, _Plan]] = {}
    for i, plan in enumerate(run.rest + run.by_doi):
        cit = _citation(plan.entry, _ecit_key(plan.entry.key, i, used))
        if cit is not None:
            citations[cit.key] = (cit, plan)
    if not citations:
        return
    try:
        found = run.client.ecitmatch([cit for cit, _ in citations.values()])
    except NetworkError:
        if not run.offline:
            raise
        found = {}  # the title search below may still be cached
    for key, (_, plan) in citations.items():
        pmid = found.get(key)
        if pmid:
            plan.candidates.append(pmid)
            if not plan.method:
                plan.method = "ecitmatch"


def _by_title(run: _Run) -> None:
    """5: a title search for the entries nothing else found."""
    for plan in run.rest:
        if plan.candidates:
            continue
        term = _title_query(plan.entry)
        if not term:
            plan.note = "no PMID, DOI, PMCID, citation data or title to search with"
            continue
        plan.method = "search"
        try:
            result = run.client.esearch(term, retmax=SEARCH_RETMAX)
        except NetworkError:
            if not run.offline:
                raise
            run.missing_offline([plan], "the title search")
            continue
        if result.phrases_not_found:
            plan.note = f"PubMed ignored part of the title search ({', '.join(result.phrases_not_found)})"
            continue
        plan.candidates = list(result.ids)


def _fetch_records(run: _Run) -> None:
    """Every PMID any stage found, in ONE batched efetch (offline: one by one, so a miss hurts one entry)."""
    wanted: list[str] = []
    for plan in run.plans:
        if plan.pmid:
            wanted.append(plan.pmid)
        wanted += plan.candidates
    wanted += run.doi_pmids
    if not run.offline:
        run.records = {r.pmid: r for r in run.client.efetch(dict.fromkeys(wanted))} if wanted else {}
        return
    for pmid in dict.fromkeys(wanted):
        try:
            run.records.update({r.pmid: r for r in run.client.efetch([pmid])})
        except NetworkError:
            run.missing_offline([p for p in run.plans if p.pmid == pmid and not p.error], f"PubMed record {pmid}")


def _decide(
    plan: _Plan,
    records: dict[str, PubMedRecord],
    by_doi_value: dict[str, PubMedRecord],
    doi_own: dict[str, list[str]],
    overwrite: frozenset[str],
    threshold: float,
) -> Match:
    """The outcome for one entry, from what the stages found."""
    e = plan.entry
    if plan.error:
        return Match(e.key, "error", plan.method, message=plan.error)
    if plan.method in ("pmid", "pmcid") and plan.pmid:
        rec = records.get(plan.pmid)
        if rec is None:
            return Match(e.key, "not_found", plan.method, plan.pmid, message=f"PMID {plan.pmid} is not in PubMed")
        return _found(e, rec, plan.method, overwrite)
    if plan.method == "pmcid":
        return Match(e.key, "not_found", "pmcid", message=plan.note)
    if plan.method == "doi":
        return _decide_doi(plan, records, by_doi_value, doi_own, overwrite)
    return _decide_candidates(plan, records, overwrite, threshold)


def _found(e: Entry, rec: PubMedRecord, method: str, overwrite: frozenset[str], sc: float = 1.0,
           check: bool = True) -> Match:
    if check:
        problem = identity_problem(e, rec)
        if problem:
            return Match(e.key, "mismatch", method, rec.pmid, rec, round(score(e, rec), 4), [_candidate(e, rec)],
                         message=problem)
    changes = plan_changes(e, rec, overwrite)
    status = "matched" if changes else "complete"
    note = "retracted" if rec.is_retracted else ""
    return Match(e.key, status, method, rec.pmid, rec, round(sc, 4), changes=changes, message=note)


def _decide_doi(plan: _Plan, records: dict[str, PubMedRecord], by_doi_value: dict[str, PubMedRecord],
                doi_own: dict[str, list[str]], overwrite: frozenset[str]) -> Match:
    """A DOI entry: the record with exactly that DOI; else an old record without DOI found by citation."""
    e = plan.entry
    rec = by_doi_value.get(e.doi)
    if rec is not None:
        return _found(e, rec, "doi", overwrite)
    for rec in (records[p] for p in plan.candidates if p in records):
        if not rec.doi and not identity_problem(e, rec):  # old records carry no DOI
            return _found(e, rec, "ecitmatch", overwrite, score(e, rec), check=False)
    others = [records[p] for p in doi_own.get(e.doi, []) if p in records]
    others += [records[p] for p in plan.candidates if p in records]
    if others:
        rec = others[0]
        shown = ", ".join(f"{r.pmid} ({r.doi or 'no DOI'})" for r in others[:3])
        return Match(
            e.key, "mismatch", "doi", rec.pmid, rec, round(score(e, rec), 4), [_candidate(e, r) for r in others[:5]],
            message=f"PubMed has no record with DOI {e.doi}; it answered with {shown}",
        )
    return Match(e.key, "not_found", "doi", message=f"DOI {e.doi} not found in PubMed")


def _decide_candidates(plan: _Plan, records: dict[str, PubMedRecord], overwrite: frozenset[str],
                       threshold: float) -> Match:
    """Citation or search candidates: the best must score high, look alike in title, and have no close rival."""
    e = plan.entry
    cands = [records[p] for p in dict.fromkeys(plan.candidates) if p in records]
    if not cands:
        note = plan.note or ("no PubMed record found" if plan.method else "nothing to match on")
        return Match(e.key, "not_found", plan.method, message=note)
    ranked = sorted((_candidate(e, r) for r in cands), key=lambda c: -c.score)
    best = ranked[0]
    rec = records[best.pmid]
    title_ok = not (e.title and rec.title) or title_similarity(e.title, rec.title) >= MIN_TITLE
    rival = len(ranked) > 1 and ranked[1].score >= best.score - MARGIN
    if best.score >= threshold and title_ok and not rival:
        return _found(e, rec, plan.method, overwrite, best.score, check=False)
    why = ("two candidates score alike" if rival and best.score >= threshold
           else f"best score {best.score:.2f} < {threshold:.2f}")
    return Match(e.key, "ambiguous", plan.method, score=best.score, candidates=ranked[:5], message=why)
