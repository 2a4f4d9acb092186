"""Enrich from Crossref (and a DOI's own agency) what PubMed could not: fill-only changes, identity checked.

An entry with a DOI costs one Crossref ``/works/{doi}`` request (a Crossref 404 then asks the
DOI's registration agency, for DataCite and others); an entry without one costs one
``query.bibliographic`` search whose best item must score as high as a PubMed search result
must. A record found through the entry's own DOI must still be the same work: a title that
neither resembles nor contains the entry's (a shortened title is contained), or both a
different first author and a year off by more than one, make it a ``mismatch``, which
``--accept KEY`` overrides. Nothing here writes: changes are planned, the caller applies them.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from evidence.errors import ServiceError, ServiceUnavailableError, SourceNetworkError
from evidence.identity import title_similarity
from evidence.latex import to_text
from evidence.model import DOI_RE, Entry, fold, normalize_doi
from evidence.sources.changes import FieldChange
from evidence.sources.doi import Work
from evidence.sources.works import work_fields

__all__ = ["Progress", "WorkFill", "fill_changes", "identity_problem", "match_works"]

ACCEPT = 0.80
MARGIN = 0.05
IDENTITY_TITLE = 0.60
SEARCH_ROWS = 5
_WORD = re.compile(r"[^\W_]+")


class WorkClient(Protocol):
    """What Crossref enrichment needs (DoiClient provides it)."""

    offline: bool

    def crossref_work(self, doi: str) -> Mapping[str, Any] | None: ...
    def agency(self, doi: str) -> str: ...
    def lookup(self, doi: str, agency: str | None = None) -> Work | None: ...
    def search(self, text: str, rows: int = 5) -> list[Mapping[str, Any]]: ...


@dataclass(frozen=True)
class Progress:
    """Entries done of ``total`` for one source, and the estimated seconds left (None until one is done)."""

    source: str
    done: int
    total: int
    eta: float | None


@dataclass
class WorkFill:
    """The outcome for one entry from Crossref (statuses as PubMed's: matched, complete, mismatch...)."""

    key: str
    status: str
    source: str = "Crossref"
    method: str = ""
    doi: str = ""
    score: float = 0.0
    changes: list[FieldChange] = field(default_factory=list)
    message: str = ""
    fields: dict[str, str] = field(default_factory=dict)

    @property
    def retracted(self) -> bool:
        return bool(self.fields.get("retracted"))

    def to_dict(self) -> dict[str, object]:
        return {"key": self.key, "status": self.status, "source": self.source, "method": self.method,
                "doi": self.doi or None, "score": round(self.score, 3), "retracted": self.retracted,
                "message": self.message, "changes": [c.__dict__ for c in self.changes]}


def _norm(text: str) -> str:
    return " ".join(_WORD.findall(fold(text)))


def _placeholder(authors: str) -> bool:
    """``Hogan, John I. and others``: the list was cut short on purpose and the record can complete it."""
    return bool(re.search(r"\band\s+others\s*$", authors.strip()))


def fill_changes(entry: Entry, fields: Mapping[str, str],
                 overwrite: Iterable[str] = frozenset()) -> list[FieldChange]:
    """Fields to add (missing or empty), to replace when named in ``overwrite``, and an "and others"
    author list to complete; the entry's other values are never touched."""
    allowed = {f.lower() for f in overwrite}
    changes = []
    for name, new in fields.items():
        old = entry.get(name)
        completes = name == "author" and _placeholder(old) and len(new.split(" and ")) >= len(old.split(" and ")) - 1
        if not old.strip() or completes or (name in allowed and not _same(name, old, new)):
            changes.append(FieldChange(name, old, new))
    return changes


def _same(name: str, old: str, new: str) -> bool:
    if name == "doi":
        return normalize_doi(to_text(old)) == normalize_doi(new)
    return to_text(old) == to_text(new)


def _surname(fields: Mapping[str, str]) -> str:
    record = Entry("r", "misc", dict(fields))
    return _norm(record.authors[0].surname) if record.authors else ""


def _year_off(entry: Entry, record: Entry) -> int | None:
    return abs(entry.year - record.year) if entry.year and record.year else None


def identity_problem(entry: Entry, fields: Mapping[str, str], source: str = "Crossref") -> str:
    """Why the record is not the entry's work ("" when it is): DOI, then title (resemblance or
    containment), first author and year together."""
    record = Entry("r", "misc", dict(fields))
    if entry.doi and record.doi and entry.doi != record.doi:
        return f"{source} record has DOI {record.doi}, not {entry.doi}"
    mine, theirs = _norm(entry.title), _norm(record.title)
    contained = bool(mine and theirs) and (mine in theirs or theirs in mine) and min(len(mine), len(theirs)) >= 15
    title_bad = bool(mine and theirs) and not contained and title_similarity(entry.title, record.title) < IDENTITY_TITLE
    first = _norm(entry.authors[0].surname) if entry.authors else ""
    other = _surname(fields)
    author_bad = bool(first and other) and first != other and first not in other.split() and other not in first.split()
    year_bad = (_year_off(entry, record) or 0) > 1
    if title_bad or (author_bad and year_bad):
        reasons = [f"title {record.title!r}"] if title_bad else []
        reasons += [f"first author {other}"] if author_bad else []
        reasons += [f"year {record.year}"] if year_bad else []
        return f"{source} record {record.doi or ''} is a different work ({', '.join(reasons)})".replace("  ", " ")
    return ""


def _score(entry: Entry, fields: Mapping[str, str]) -> float:
    """Title .55, first author .20, year .15, container .10, over the parts both sides have."""
    record = Entry("r", "misc", dict(fields))
    parts: dict[str, tuple[float, float]] = {}
    if entry.title and record.title:
        parts["title"] = (0.55, title_similarity(entry.title, record.title))
    first, other = (_norm(entry.authors[0].surname) if entry.authors else ""), _surname(fields)
    if first and other:
        parts["author"] = (0.20, 1.0 if first == other or first in other.split() else 0.0)
    off = _year_off(entry, record)
    if off is not None:
        parts["year"] = (0.15, 1.0 if off == 0 else 0.7 if off == 1 else 0.0)
    if entry.journal and record.journal:
        parts["journal"] = (0.10, 1.0 if title_similarity(entry.journal, record.journal) >= 0.85 else 0.0)
    total = sum(w for w, _ in parts.values())
    return sum(w * v for w, v in parts.values()) / total if total else 0.0


def _citation_text(entry: Entry) -> str:
    parts = [entry.title, entry.authors[0].surname if entry.authors else "", str(entry.year or ""), entry.journal]
    return " ".join(p for p in parts if p)


def _outcome(entry: Entry, work: Work, method: str, overwrite: Iterable[str], check: bool, score: float = 1.0,
             accept: bool = False) -> WorkFill:
    doi = work.fields.get("doi", "")
    problem = identity_problem(entry, work.fields, work.source) if check and not accept else ""
    if problem:
        return WorkFill(entry.key, "mismatch", work.source, method, doi, round(_score(entry, work.fields), 4),
                        message=problem + f" (take it with --accept {entry.key})", fields=work.fields)
    changes = fill_changes(entry, work.fields, overwrite)
    return WorkFill(entry.key, "matched" if changes else "complete", work.source, method, doi, round(score, 4),
                    changes, "accepted by you" if accept and check else "", work.fields)


def _one(entry: Entry, client: WorkClient, overwrite: frozenset[str], accept: bool) -> WorkFill:
    if entry.doi and DOI_RE.match(entry.doi):
        message = client.crossref_work(entry.doi)
        if message:
            work: Work | None = Work(*work_fields(message), source="Crossref")
        else:  # not Crossref's: its own agency may know it (DataCite, mEDRA...)
            agency = client.agency(entry.doi)
            work = client.lookup(entry.doi, agency) if agency not in ("", "Crossref") else None
        if work is None:
            return WorkFill(entry.key, "not_found", method="doi", message=f"DOI {entry.doi} is not known to Crossref, "
                                                                          "DataCite or doi.org")
        return _outcome(entry, work, "doi", overwrite, True, accept=accept)
    text = _citation_text(entry)
    if not entry.title:
        return WorkFill(entry.key, "not_found", message="no DOI and no title to search Crossref with")
    found = [work_fields(i) for i in client.search(text, SEARCH_ROWS)]
    ranked = sorted(((_score(entry, f), kind, f) for kind, f in found), key=lambda t: -t[0])
    if not ranked:
        return WorkFill(entry.key, "not_found", method="search", message="no Crossref record found")
    best, kind, fields = ranked[0]
    rival = len(ranked) > 1 and ranked[1][0] >= best - MARGIN
    title_ok = title_similarity(entry.title, to_text(fields.get("title", ""))) >= 0.70
    if best >= ACCEPT and title_ok and not rival:
        return _outcome(entry, Work(kind, fields, "Crossref"), "search", overwrite, False, best)
    why = "two candidates score alike" if rival and best >= ACCEPT else f"best score {best:.2f} < {ACCEPT:.2f}"
    return WorkFill(entry.key, "ambiguous", method="search", score=round(best, 4), message=why)


def match_works(entries: Sequence[Entry], client: WorkClient, *, overwrite: Iterable[str] = frozenset(),
                accept: Iterable[str] = frozenset(), progress: Callable[[Progress], None] | None = None,
                clock: Callable[[], float] = time.monotonic) -> list[WorkFill]:
    """Each entry's Crossref (or agency) record and planned changes; one entry's failure is that entry's error.

    ``progress`` hears entries done of N with an ETA after each entry (the library never prints).
    """
    overwrite, accepted = frozenset(overwrite), frozenset(accept)
    out: list[WorkFill] = []
    started = clock()
    dead = ""
    for n, entry in enumerate(entries, 1):
        if dead:
            out.append(WorkFill(entry.key, "error", message=dead))
        else:
            try:
                out.append(_one(entry, client, overwrite, entry.key in accepted))
            except (SourceNetworkError, ServiceError) as exc:
                out.append(WorkFill(entry.key, "error", message=str(exc)))
                network_down = isinstance(exc, SourceNetworkError) and not client.offline
                if network_down or isinstance(exc, ServiceUnavailableError):
                    dead = f"not asked, Crossref just failed: {exc}"
        if progress is not None:
            spent = clock() - started
            progress(Progress("Crossref", n, len(entries), spent / n * (len(entries) - n)))
    return out
