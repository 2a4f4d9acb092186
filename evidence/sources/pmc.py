"""Fetching open-access full text: PMCIDs for entries, batched efetch db=pmc, Europe PMC fullTextXML fallback.

What goes where: the E-utilities client sends the requests (rate limit, retries, offline),
:mod:`evidence.sources.jats` reads the answers, :mod:`evidence.sources.fulltext` keeps them.
Europe PMC is asked only for articles PMC answered with front matter alone (the publisher refuses
XML there); a PMCID PMC does not know is recorded as having no open full text.
A batch is stored in one transaction after all of it (fallbacks included) has been answered,
so a network failure part-way never leaves a batch half-stored: the next run asks again.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from evidence.errors import NCBIError
from evidence.model import PMCID_RE, Entry, normalize_doi
from evidence.sources.eutils import EFETCH_BATCH, EutilsClient
from evidence.sources.fulltext import (
    CLOSED,
    CLOSED_TTL,
    OPEN,
    FullTextStore,
    StoredText,
    article_aliases,
    entry_aliases,
    notice_links,
)
from evidence.sources.jats import Article, split_articles
from evidence.sources.options import TransportOptions
from evidence.sources.transport import Transport

__all__ = ["DEFAULT_EUROPEPMC_URL", "EuropePMCClient", "FetchOutcome", "FullTextFetcher", "Planned", "entry_alias_map",
           "plan", "pmcids_for"]

DEFAULT_EUROPEPMC_URL = "https://www.ebi.ac.uk/europepmc/webservices/rest/"


@dataclass(frozen=True)
class FetchOutcome:
    """What happened to one PMCID: ``fetched``, ``cached`` or ``closed`` (no open full text)."""

    pmcid: str
    status: str
    source: str = ""
    licence: str = ""
    version: str = ""

    def to_dict(self) -> dict[str, str]:
        return {"pmcid": self.pmcid, "status": self.status, "source": self.source, "licence": self.licence,
                "version": self.version}


class EuropePMCClient:
    """Europe PMC's ``{PMCID}/fullTextXML`` (a 404 means it has no open full text either)."""

    def __init__(self, options: TransportOptions | None = None, *, base_url: str | None = None,
                 env: Mapping[str, str] | None = None) -> None:
        env = os.environ if env is None else env
        self.base_url = (base_url or env.get("EVIDENCE_EUROPEPMC_URL") or DEFAULT_EUROPEPMC_URL).rstrip("/") + "/"
        self.transport = Transport("Europe PMC", options, rate=5.0)

    def full_text(self, pmcid: str) -> bytes | None:
        body = self.transport.call(f"{self.base_url}{pmcid}/fullTextXML", {}, cache=False, ok_status=(200, 404))
        stripped = body.lstrip()
        return body if stripped.startswith((b"<?xml", b"<!DOCTYPE", b"<article")) and b"<article" in body else None


def pmcids_for(entries: Sequence[Entry], client: EutilsClient) -> dict[str, str]:
    """``{entry key: PMCID}``: the entry's own, else the PMC ID converter's answer for its PMID or DOI."""
    out: dict[str, str] = {}
    ask: dict[str, list[str]] = {}
    for entry in entries:
        if PMCID_RE.match(entry.pmcid):
            out[entry.key] = entry.pmcid
        elif entry.pmid:
            ask.setdefault(entry.pmid, []).append(entry.key)
        elif entry.doi:
            ask.setdefault(normalize_doi(entry.doi), []).append(entry.key)
    if ask:
        for asked, record in client.idconv(list(ask)).items():
            if record.pmcid:
                for key in ask.get(asked, []):
                    out[key] = record.pmcid.upper()
    return out


class FullTextFetcher:
    """Fetches and stores open full texts; answers from the store while they are fresh."""

    def __init__(self, client: EutilsClient, store: FullTextStore, europepmc: EuropePMCClient | None = None, *,
                 refresh: bool = False, max_age: timedelta | None = None,
                 now: Callable[[], datetime] = lambda: datetime.now(UTC)) -> None:
        self.client = client
        self.store = store
        self.europepmc = europepmc
        self.refresh = refresh
        self.max_age = max_age
        self.now = now

    def fresh(self, pmcid: str) -> StoredText | None:
        """The stored answer when it may be used now (offline: any age)."""
        stored = self.store.get(pmcid)
        if stored is None or (self.refresh and not self.client.offline):
            return None
        if self.client.offline:
            return stored
        age = self.now() - stored.fetched
        if stored.status == CLOSED and age > CLOSED_TTL:
            return None
        if self.max_age is not None and age > self.max_age:
            return None
        return stored

    def fetch(self, pmcids: Iterable[str], aliases: Mapping[str, Sequence[str]] | None = None) -> list[FetchOutcome]:
        """Outcomes in the order asked; ``aliases`` (PMCID -> "pmid:..", "doi:..") are stored with the text."""
        wanted = list(dict.fromkeys(p.strip().upper() for p in pmcids if p.strip()))
        outcomes: dict[str, FetchOutcome] = {}
        missing = []
        for pmcid in wanted:
            stored = self.fresh(pmcid)
            if stored is None:
                missing.append(pmcid)
            else:
                status = "cached" if stored.status == OPEN else "closed"
                outcomes[pmcid] = FetchOutcome(pmcid, status, stored.source, stored.licence, stored.version)
        if missing and self.client.offline:
            raise self.client.transport.offline_error(f"full text of {', '.join(missing[:5])}"
                                                      + (f" and {len(missing) - 5} more" if len(missing) > 5 else ""))
        for start in range(0, len(missing), EFETCH_BATCH):
            batch = missing[start: start + EFETCH_BATCH]
            rows = self._batch(batch, aliases or {})
            self.store.put_many(rows)  # the whole batch at once, after every request of it succeeded
            for row in rows:
                status = "fetched" if row.status == OPEN else "closed"
                outcomes[row.pmcid] = FetchOutcome(row.pmcid, status, row.source, row.licence, row.version)
        return [outcomes[p] for p in wanted]

    def _batch(self, batch: list[str], aliases: Mapping[str, Sequence[str]]) -> list[StoredText]:
        found: dict[str, tuple[Article, bytes]] = {}
        for answered, text in split_articles(self.client.efetch_pmc(batch)):
            if answered.pmcid in batch:
                found[answered.pmcid] = (answered, text)
        fetched = self.now()
        rows = []
        for pmcid in batch:
            article: Article | None
            article, raw = found.get(pmcid, (None, b""))
            source = "pmc"
            if article is not None and not article.open and self.europepmc is not None:  # PMC sent front matter
                body = self.europepmc.full_text(pmcid)
                if body is not None:
                    try:
                        candidate, raw = split_articles(body, "Europe PMC fullTextXML")[0]
                    except NCBIError:
                        candidate = None
                    if candidate is not None and candidate.open:
                        article, source = candidate, "europepmc"
            names = tuple(dict.fromkeys(tuple(aliases.get(pmcid, ())) + (_aliases(article) if article else ())))
            front = found[pmcid][0] if pmcid in found else None  # PMC's own answer: its links count even when closed
            links = tuple(dict.fromkeys(notice_links(front) + (notice_links(article) if article else ()))) \
                if front is not None else ()
            if article is not None and article.open:
                rows.append(StoredText(pmcid, article.version, OPEN, source, article.licence, fetched, raw, names,
                                       links))
            else:
                licence = article.licence if article is not None else ""
                rows.append(StoredText(pmcid, article.version if article else "", CLOSED, "pmc", licence, fetched,
                                       b"", names, links))
        return rows


def _aliases(article: Article) -> tuple[str, ...]:
    return article_aliases(article.pmid, article.doi)


def entry_alias_map(entries: Sequence[Entry], pmcids: Mapping[str, str]) -> dict[str, list[str]]:
    """PMCID -> the aliases of the entries that map to it (so ``check`` finds it by PMID or DOI)."""
    out: dict[str, list[str]] = {}
    for entry in entries:
        pmcid = pmcids.get(entry.key)
        if pmcid:
            out.setdefault(pmcid, []).extend(a for a in entry_aliases(entry) if not a.startswith("PMC"))
    return out


@dataclass(frozen=True)
class Planned:
    """An entry's full-text state before fetching: its PMCID (or why none) and what the store holds."""

    key: str
    pmcid: str
    stored: StoredText | None

    @property
    def state(self) -> str:
        if not self.pmcid:
            return "no-pmcid"
        if self.stored is None:
            return "to-fetch"
        return "cached" if self.stored.status == OPEN else "closed"


def plan(entries: Sequence[Entry], client: EutilsClient, store: FullTextStore) -> list[Planned]:
    """Each entry's PMCID: its own, one the store already knows for its PMID/DOI, else the ID converter's
    (not asked offline, when the entry then has no PMCID for now)."""
    known: dict[str, str] = {}
    rest = []
    for entry in entries:
        pmcid = entry.pmcid if PMCID_RE.match(entry.pmcid) else store.resolve(entry_aliases(entry)) or ""
        if pmcid:
            known[entry.key] = pmcid
        elif entry.pmid or entry.doi:
            rest.append(entry)
    if rest and not client.offline:
        known |= pmcids_for(rest, client)
    return [Planned(e.key, known.get(e.key, ""), store.get(known[e.key]) if e.key in known else None)
            for e in entries]
