"""Test doubles for the sources tests: a clock that moves only when slept on, an E-utilities client
wired to the loopback NCBI server with that kind of time, and a loopback arXiv/Open Library server."""

from __future__ import annotations

import contextlib
import json
import random
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from pubmed_server import FakeNCBI, Hit, request_params
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from evidence.sources.doi import DoiClient
from evidence.sources.eutils import EutilsClient
from evidence.sources.options import TransportOptions


class FakeClock:
    """Monotonic time that only moves when someone sleeps: throttle and backoff run instantly."""

    def __init__(self) -> None:
        self.t = 0.0
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.t

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(round(seconds, 6))
        self.t += seconds



def eutils_client(ncbi: FakeNCBI, **kw: Any) -> EutilsClient:
    """A client of the loopback NCBI whose retries and throttling cost no real time."""
    t = [0.0]

    def sleep(s: float) -> None:
        t[0] += s

    options = TransportOptions(clock=lambda: t[0], sleep=sleep, rng=random.Random(3), **kw)
    return EutilsClient(options, base_url=ncbi.base_url, idconv_url=ncbi.idconv_url, env={})


FIXTURES = Path(__file__).parent.parent / "fixtures"


def _arxiv_recordings() -> dict[str, tuple[bytes, int]]:
    """``id_list`` as asked -> (recorded body, status), read from the recordings as their projects keep them.

    pubs keeps ``[args, kwargs, text, status, error]`` rows (text decoded as UTF-8); arxiv.py keeps
    ``{url, status_code, body}`` with the body decoded as Latin-1 (so ``encode('latin-1')`` gives the bytes).
    """
    out: dict[str, tuple[bytes, int]] = {}
    pubs = json.loads((FIXTURES / "arxiv" / "pubs_test_apis_data.json").read_bytes())
    for args, _kwargs, text, status, _error in pubs:
        if "export.arxiv.org" in args[0]:
            out[parse_qs(urlsplit(args[0]).query)["id_list"][0]] = (text.encode("utf-8"), status)
    for path in sorted((FIXTURES / "arxiv").glob("arxivpy_id_*.json")):
        record = json.loads(path.read_bytes())
        asked = parse_qs(urlsplit(record["url"]).query)["id_list"][0]
        out[asked] = (record["body"].encode("latin-1"), record["status_code"])
    out["1111.2011v2"] = ((FIXTURES / "arxiv" / "arxivpy_id_list_1111.2011v2.xml").read_bytes(), 200)
    return out


def _openlibrary_recordings() -> dict[str, bytes]:
    """The recorded ``jscmd=data`` answers, by the bib keys they answer."""
    out = {}
    for path in sorted((FIXTURES / "openlibrary").glob("*.json")):
        body = path.read_bytes()
        out[",".join(json.loads(body))] = body
    return out


@dataclass
class FakeBooks:
    """arXiv (``/api/query``) and Open Library (``/api/books``) answering only with recorded bodies.

    A request nobody recorded gets HTTP 599 and no body (the transport's "unavailable"), never an
    invented answer.
    """

    server: HTTPServer
    hits: list[Hit] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.arxiv = _arxiv_recordings()
        self.books = _openlibrary_recordings()
        self.server.expect_request("/api/query").respond_with_handler(self._wrap("arxiv", self._query))
        self.server.expect_request("/api/books").respond_with_handler(self._wrap("openlibrary", self._books))

    @property
    def base_url(self) -> str:
        return self.server.url_for("").rstrip("/")

    def count(self, name: str) -> int:
        return sum(1 for h in self.hits if h.path == name)

    def _wrap(self, name: str, handler: Callable[[Request], Response]) -> Callable[[Request], Response]:
        def respond(request: Request) -> Response:
            self.hits.append(Hit(request.method, name, request_params(request), time.monotonic(), request.url))
            return handler(request)

        return respond

    def _query(self, request: Request) -> Response:
        recorded = self.arxiv.get(request_params(request).get("id_list", ""))
        if recorded is None:
            return Response(b"", status=599)
        return Response(recorded[0], status=recorded[1], content_type="application/atom+xml; charset=UTF-8")

    def _books(self, request: Request) -> Response:
        body = self.books.get(request_params(request).get("bibkeys", ""))
        if body is None:
            return Response(b"", status=599)
        return Response(body, content_type="application/json")


@contextlib.contextmanager
def books_server() -> Iterator[FakeBooks]:
    """A started loopback server answering as arXiv and Open Library did."""
    server = HTTPServer(host="127.0.0.1", port=0, threaded=True)
    server.start()
    try:
        yield FakeBooks(server)
    finally:
        server.clear()
        server.stop()


def books_client(books: FakeBooks) -> DoiClient:
    """The client ``add`` uses, pointed at the recorded arXiv and Open Library answers, without retries."""
    return DoiClient(TransportOptions(retries=0, sleep=lambda s: None), arxiv_url=books.base_url,
                     openlibrary_url=books.base_url, env={})
