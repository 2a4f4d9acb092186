"""Any DOI to a work: registration-agency lookup, then Crossref REST, DataCite REST or DOI content negotiation.

Each base URL holds the service's documented base (``https://api.crossref.org``, ``https://doi.org``,
``https://api.datacite.org``) and the documented paths are appended (``/works/{doi}``, ``/ra/{prefix}``,
``/{doi}`` with an Accept header, ``/dois/{doi}``), so a mirror or a test server works unchanged.
Everything goes through :class:`~evidence.sources.transport.Transport`; the email for Crossref's
polite pool travels in the User-Agent (never a URL, never the cache) and Crossref's rate-limit
headers tighten the limiter when it asks for less than we assumed.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from typing import Any
from urllib.parse import quote

import requests

from evidence import __version__
from evidence.errors import ServiceError
from evidence.sources.arxiv import arxiv_works
from evidence.sources.datacite import datacite_fields
from evidence.sources.found import Work
from evidence.sources.openlibrary import isbn_works
from evidence.sources.options import TransportOptions
from evidence.sources.transport import SOURCE_ERRORS, ClientStats, Transport
from evidence.sources.works import work_fields

# (Work is found.Work, still named here for the modules that import it from doi)
__all__ = ["DEFAULT_CROSSREF_URL", "DEFAULT_DATACITE_URL", "DEFAULT_DOI_URL", "DoiClient", "Work"]

DEFAULT_CROSSREF_URL = "https://api.crossref.org"
DEFAULT_DOI_URL = "https://doi.org"
DEFAULT_DATACITE_URL = "https://api.datacite.org"
DEFAULT_ARXIV_URL = "https://export.arxiv.org"
DEFAULT_OPENLIBRARY_URL = "https://openlibrary.org"
CSL_JSON = "application/vnd.citationstyles.csl+json"


def _path(doi: str) -> str:
    """A DOI as a URL path: its slash kept, everything unsafe (``#``, ``?``, spaces, ``<>``) escaped."""
    return quote(doi.strip(), safe="/:;()._-")


def _json(body: bytes, service: str, what: str) -> Any:
    try:
        return json.loads(body)
    except (ValueError, UnicodeDecodeError):
        text = " ".join(body[:200].decode("utf-8", "replace").split())
        raise ServiceError(f"{service} answered {what} with something that is not JSON: {text!r}",
                        hint="the service may be down or behind a proxy; try again later") from None


def _rate_interval(headers: Mapping[str, str]) -> float | None:
    """Seconds between requests that Crossref's ``X-Rate-Limit-Limit``/``-Interval`` headers allow."""
    limit, interval = headers.get("X-Rate-Limit-Limit"), headers.get("X-Rate-Limit-Interval")
    if not limit or not interval:
        return None
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*s?\s*", interval)
    try:
        n = float(limit)
    except ValueError:
        return None
    return float(match.group(1)) / n if match and n > 0 else None


class DoiClient:
    """Crossref, doi.org (agency lookup, content negotiation) and DataCite behind one object.

    Base URLs come from the arguments or ``EVIDENCE_CROSSREF_URL``, ``EVIDENCE_DOI_URL``,
    ``EVIDENCE_DATACITE_URL``; ``options`` (:class:`~evidence.sources.options.TransportOptions`) are
    the settings every client shares, the polite-pool email among them (else ``EVIDENCE_EMAIL``).
    """

    def __init__(
        self,
        options: TransportOptions | None = None,
        *,
        crossref_url: str | None = None,
        doi_url: str | None = None,
        datacite_url: str | None = None,
        arxiv_url: str | None = None,
        openlibrary_url: str | None = None,
        env: Mapping[str, str] | None = None,
    ) -> None:
        env = os.environ if env is None else env
        self.crossref_url = (crossref_url or env.get("EVIDENCE_CROSSREF_URL") or DEFAULT_CROSSREF_URL).rstrip("/")
        self.doi_url = (doi_url or env.get("EVIDENCE_DOI_URL") or DEFAULT_DOI_URL).rstrip("/")
        self.datacite_url = (datacite_url or env.get("EVIDENCE_DATACITE_URL") or DEFAULT_DATACITE_URL).rstrip("/")
        self.arxiv_url = (arxiv_url or env.get("EVIDENCE_ARXIV_URL") or DEFAULT_ARXIV_URL).rstrip("/")
        self.openlibrary_url = (openlibrary_url or env.get("EVIDENCE_OPENLIBRARY_URL")
                                or DEFAULT_OPENLIBRARY_URL).rstrip("/")
        options = (options or TransportOptions()).resolved(env)
        if options.session is None:  # one session (one connection pool) for all five services
            options = replace(options, session=requests.Session())
        self.email = options.email
        agent = f"evidence/{__version__}" + (f" (mailto:{self.email})" if self.email else "")

        def transport(service: str, cache_name: str, rate: float = 3.0,
                      on_headers: Callable[[Mapping[str, str]], None] | None = None) -> Transport:
            return Transport(service, options, cache_name=cache_name, rate=rate, secrets=(self.email,),
                             headers={"User-Agent": agent}, on_headers=on_headers, errors=SOURCE_ERRORS)

        self.crossref = transport("Crossref", "crossref", rate=10.0 if self.email else 5.0,
                                  on_headers=self._rate_headers)
        self.doi_org = transport("doi.org", "doi")
        self.datacite = transport("DataCite", "datacite")
        # arXiv asks for one request every 3 s; Open Library for a polite, identified client
        self.arxiv = transport("arXiv", "arxiv", rate=1 / 3)
        self.openlibrary = transport("Open Library", "openlibrary")

    def __repr__(self) -> str:
        return f"DoiClient(crossref_url={self.crossref_url!r}, offline={self.offline})"

    @property
    def offline(self) -> bool:
        return self.crossref.offline

    @property
    def stats(self) -> ClientStats:
        """Requests and cache hits of every service together."""
        parts = (self.crossref.stats, self.doi_org.stats, self.datacite.stats, self.arxiv.stats,
                 self.openlibrary.stats)
        return ClientStats(**{k: sum(getattr(p, k) for p in parts) for k in vars(parts[0])})

    def _rate_headers(self, headers: Mapping[str, str]) -> None:
        interval = _rate_interval(headers)
        limiter = self.crossref.limiter
        if interval is not None and interval > limiter.interval:
            limiter.interval = interval

    # ------------------------------------------------------------------ services

    def agency(self, doi: str) -> str:
        """The registration agency of a DOI's prefix (``Crossref``, ``DataCite``, ``mEDRA``...), or ``""``
        when doi.org says the DOI does not exist. One request per prefix, cached."""
        prefix = doi.split("/", 1)[0]
        body = self.doi_org.call(f"{self.doi_url}/ra/{_path(prefix)}", {}, not_found=(404,))
        answer = _json(body, "doi.org", f"the agency lookup for {prefix}") if body else []
        row = answer[0] if isinstance(answer, list) and answer and isinstance(answer[0], Mapping) else {}
        return str(row.get("RA", ""))

    def crossref_work(self, doi: str) -> Mapping[str, Any] | None:
        """Crossref's ``message`` for a DOI; None for its plain-text 404 ("Resource not found.")."""
        body = self.crossref.call(f"{self.crossref_url}/works/{_path(doi)}", {}, not_found=(404,))
        if not body:
            return None
        message = _json(body, "Crossref", f"/works/{doi}").get("message")
        return message if isinstance(message, Mapping) else None

    def datacite_record(self, doi: str) -> Mapping[str, Any] | None:
        body = self.datacite.call(f"{self.datacite_url}/dois/{_path(doi)}", {}, not_found=(404,))
        if not body:
            return None
        document = _json(body, "DataCite", f"/dois/{doi}")
        return document if isinstance(document, Mapping) and isinstance(document.get("data"), Mapping) else None

    def csl_item(self, doi: str) -> Mapping[str, Any] | None:
        """DOI content negotiation: the agency's CSL-JSON for any DOI (redirects followed)."""
        body = self.doi_org.call(f"{self.doi_url}/{_path(doi)}", {}, headers={"Accept": CSL_JSON}, not_found=(404,))
        if not body:
            return None
        item = _json(body, "doi.org", f"content negotiation for {doi}")
        return item if isinstance(item, Mapping) else None

    def search(self, text: str, rows: int = 5) -> list[Mapping[str, Any]]:
        """Crossref's best matches for a free-text citation (``query.bibliographic``)."""
        params = {"query.bibliographic": " ".join(text.split())[:500], "rows": str(rows)}
        body = self.crossref.call(f"{self.crossref_url}/works", params)
        items = (_json(body, "Crossref", "a search").get("message") or {}).get("items") or []
        return [i for i in items if isinstance(i, Mapping)]

    def arxiv_works(self, ids: Sequence[str]) -> dict[str, Work | None]:
        """arXiv ids (versions allowed) -> works, ``ARXIV_BATCH`` ids per request."""
        return arxiv_works(self.arxiv, self.arxiv_url, ids)

    def isbn_works(self, isbns: Sequence[str]) -> dict[str, Work | None]:
        """ISBN-13s -> books from Open Library, ``OPENLIBRARY_BATCH`` per request."""
        return isbn_works(self.openlibrary, self.openlibrary_url, isbns)

    # ------------------------------------------------------------------ routing

    def lookup(self, doi: str, agency: str | None = None) -> Work | None:
        """The work a DOI names, from the source its registration agency points to; None if nobody knows it."""
        agency = self.agency(doi) if agency is None else agency
        if not agency:
            return None
        if agency == "Crossref":
            message = self.crossref_work(doi)
            return Work(*work_fields(message), source="Crossref") if message else None
        if agency == "DataCite":
            document = self.datacite_record(doi)
            return Work(*datacite_fields(document), source="DataCite") if document else None
        item = self.csl_item(doi)
        return Work(*work_fields(item), source=f"{agency} via doi.org") if item else None
