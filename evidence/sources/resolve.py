"""Any identifier a writer pastes to a work: PubMed first for PMIDs, PMCIDs and DOIs, then the DOI's own agency.

Each identifier stands alone. PubMed is asked in batches (one search for every DOI, one efetch);
a DOI PubMed does not know goes to its registration agency (Crossref, DataCite, or content
negotiation). A source that fails costs only the identifiers that needed it: PubMed down still
lets DOIs through Crossref, Crossref down still lets PMIDs through, and once a source's network is
dead the rest of its identifiers are failed at once instead of each waiting out its retries.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from evidence.errors import ServiceError, ServiceUnavailableError, SourceNetworkError
from evidence.model import Entry
from evidence.sources.changes import entry_from_record
from evidence.sources.doi import Work
from evidence.sources.identifiers import PubMedClient, parse_identifier, resolve_identifiers

__all__ = ["Resolved", "WorkSource", "published_note", "pubmed_work", "resolve_any"]

_PUBMED_KINDS = {"pmid", "pmcid", "doi"}
_KNOWN = "not a PMID, DOI, PMCID, arXiv id, ISBN or a URL holding one"


class WorkSource(Protocol):
    """What resolving needs from the DOI client (DoiClient provides it)."""

    offline: bool

    def lookup(self, doi: str, agency: str | None = None) -> Work | None: ...
    def arxiv_works(self, ids: Sequence[str]) -> dict[str, Work | None]: ...
    def isbn_works(self, isbns: Sequence[str]) -> dict[str, Work | None]: ...


@dataclass(frozen=True)
class Resolved:
    """One input: the work found (and which source gave it), or the one-line reason it was not."""

    text: str
    work: Work | None
    message: str

    def entry(self, key: str) -> Entry:
        if self.work is None:
            raise ValueError("no work to make an entry of")
        return Entry(key, self.work.type, dict(self.work.fields))


def published_note(work: Work) -> str:
    """What ``add`` says of a preprint whose published version its source names (Crossref ``is-preprint-of``)."""
    doi = work.fields.get("publishedversion", "")
    return f"published version: https://doi.org/{doi} (add it with `evidence add {doi}`)" if doi else ""


def pubmed_work(record: object) -> Work:
    entry = entry_from_record(record, "draft")  # type: ignore[arg-type]
    return Work(entry.type, entry.fields, "PubMed", record)


def _dead(exc: SourceNetworkError | ServiceError, offline: bool) -> bool:
    """Errors that will repeat for every identifier of this source: a dead network or a busy service."""
    return (isinstance(exc, SourceNetworkError) and not offline) or isinstance(exc, ServiceUnavailableError)


def _lookup_each(values: Sequence[str], lookup: Callable[[str], Work | None], offline: bool,
                 not_found: Callable[[str], str]) -> dict[str, tuple[Work | None, str]]:
    """Ask one source for each value; a dead source fails the rest at once with the same message."""
    out: dict[str, tuple[Work | None, str]] = {}
    dead = ""
    for value in dict.fromkeys(values):
        if dead:
            out[value] = (None, dead)
            continue
        try:
            work = lookup(value)
        except (SourceNetworkError, ServiceError) as exc:  # a broken cache is no identifier's fault: it stops the run
            out[value] = (None, str(exc))
            dead = f"not asked, the same source just failed: {exc}" if _dead(exc, offline) else ""
            continue
        out[value] = (work, "ok") if work else (None, not_found(value))
    return out


def _lookup_batch(values: Sequence[str], lookup_many: Callable[[Sequence[str]], dict[str, Work | None]],
                  offline: bool, not_found: Callable[[str], str]) -> dict[str, tuple[Work | None, str]]:
    """Ask one source for all values at once; when it refuses the batch, ask for each alone so the
    refusal lands on the identifier that caused it. A dead source fails them all with one message."""
    unique = list(dict.fromkeys(values))
    if not unique:
        return {}
    try:
        found = lookup_many(unique)
    except (SourceNetworkError, ServiceError) as exc:
        if _dead(exc, offline) or len(unique) == 1:
            return {v: (None, str(exc)) for v in unique}
        return _lookup_each(unique, lambda v: lookup_many([v]).get(v), offline, not_found)
    return {v: (found[v], "ok") if found.get(v) else (None, not_found(v)) for v in unique}


def _not_found(label: str, name: str) -> Callable[[str], str]:
    return lambda value: f"{label} {value} not found in {name}"


def resolve_any(texts: Sequence[str], pubmed: PubMedClient, works: WorkSource) -> list[Resolved]:
    """For ``evidence add``: each text with its work (or None) and a one-line status message, in input order.

    arXiv ids go to the arXiv API and ISBNs to Open Library, each source asked once for all its ids.
    """
    parsed = [parse_identifier(t) for t in texts]
    pubmed_texts = [t for t, (kind, _) in zip(texts, parsed, strict=True) if kind in _PUBMED_KINDS]
    by_pubmed: dict[str, tuple[Work | None, str]] = {}
    if pubmed_texts:
        try:
            for text, record, message in resolve_identifiers(pubmed_texts, pubmed):
                by_pubmed[text] = (pubmed_work(record) if record is not None else None, message)
        except (SourceNetworkError, ServiceError) as exc:  # PubMed as a whole failed: DOIs still try their agency
            by_pubmed = {t: (None, f"PubMed: {exc}") for t in pubmed_texts}
    dois = [v for t, (k, v) in zip(texts, parsed, strict=True)
            if k == "doi" and by_pubmed.get(t, (None, ""))[0] is None]
    by_doi = _lookup_each(dois, works.lookup, works.offline, lambda d: f"DOI {d} is not known to PubMed, "
                                                                       "Crossref, DataCite or doi.org")
    by_extra = {
        "arxiv": _lookup_batch([v for k, v in parsed if k == "arxiv"], works.arxiv_works, works.offline,
                               _not_found("arXiv id", "arXiv")),
        "isbn": _lookup_batch([v for k, v in parsed if k == "isbn"], works.isbn_works, works.offline,
                              _not_found("ISBN", "Open Library")),
    }
    out = []
    for text, (kind, value) in zip(texts, parsed, strict=True):
        if kind == "doi" and by_pubmed.get(text, (None, ""))[0] is None:
            work, message = by_doi[value]
            out.append(Resolved(text, work, message))
        elif kind in _PUBMED_KINDS:
            out.append(Resolved(text, *by_pubmed[text]))
        elif kind in by_extra:
            out.append(Resolved(text, *by_extra[kind][value]))
        else:
            out.append(Resolved(text, None, _KNOWN))
    return out
