"""A local NCBI stand-in for tests and the benchmark: a real HTTP server serving recorded answers.

It never makes answers up for efetch: a request gets the real records it asks for (from the
fixtures and the 362 recorded records), wrapped in ``<PubmedArticleSet>`` as NCBI does, and an
empty id list gets NCBI's recorded ``<ERROR>`` body. esearch, ecitmatch and idconv answers are
recorded files chosen by routes a test registers. Records are split with lxml (not with our
parser) so a parser bug cannot hide behind the server.
"""

from __future__ import annotations

import contextlib
import re
import resource
import signal
import tarfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import parse_qs

from lxml import etree
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

FIXTURES = Path(__file__).parent / "fixtures" / "pubmed"
EFETCH_HEAD = (
    b'<?xml version="1.0" ?>\n<!DOCTYPE PubmedArticleSet PUBLIC "-//NLM//DTD PubMedArticle, 1st January 2025//EN"'
    b' "https://dtd.nlm.nih.gov/ncbi/pubmed/out/pubmed_250101.dtd">\n<PubmedArticleSet>'
)
EFETCH_TAIL = b"</PubmedArticleSet>\n"
PMC_FIXTURES = Path(__file__).parent / "fixtures" / "pmc"
PMC_HEAD = (
    b'<?xml version="1.0" ?>\n<!DOCTYPE pmc-articleset PUBLIC "-//NLM//DTD ARTICLE SET 2.0//EN"'
    b' "https://dtd.nlm.nih.gov/ncbi/pmc/articleset/nlm-articleset-2.0.dtd">\n<pmc-articleset>'
)
PMC_TAIL = b"</pmc-articleset>"


def fixture(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def _records_from(xml: bytes) -> dict[str, bytes]:
    body = xml.lstrip(b"\xef\xbb\xbf").strip()
    if b"<PubmedArticleSet" not in body[:2048]:
        body = b"<PubmedArticleSet>" + body + b"</PubmedArticleSet>"
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    root = etree.fromstring(body, parser)
    out = {}
    for el in root:
        pmid = el.findtext("MedlineCitation/PMID") or el.findtext("BookDocument/PMID")
        if pmid:
            out[pmid.strip()] = etree.tostring(el, encoding="utf-8")
    return out


def pmc_article(name: str) -> bytes:
    """The ``<article>`` element of a fixture file, byte for byte, without its XML declaration and DOCTYPE.

    PMC's efetch wraps this same element in ``<pmc-articleset>``; the server does that wrapping
    (the fixtures are real .nxml / efetch / Europe PMC files; only the wrapper is added).
    """
    body = (PMC_FIXTURES / name).read_bytes()
    start = body.index(b"<article")
    while body[start + 8: start + 9] not in (b" ", b">", b"\n", b"\t"):
        start = body.index(b"<article", start + 1)
    end = body.rindex(b"</article>") + len(b"</article>")
    return body[start:end]


def load_records(*, data: bool = True) -> dict[str, bytes]:
    """PMID -> one real record (``<PubmedArticle>`` bytes) from every recorded efetch body."""
    records: dict[str, bytes] = {}
    for path in sorted(FIXTURES.glob("efetch_pubmed_*.xml")):
        if "id_minus1" in path.name:
            continue  # served only for id=-1, as NCBI did
        records.update(_records_from(path.read_bytes()))
    if data:
        for name in ("sr-project-pubmed_result.xml", "pubMR-pubmed_result.xml"):
            records.update(_records_from((FIXTURES / "data" / name).read_bytes()))
        with tarfile.open(FIXTURES / "data" / "metapub-pmid_xml.tar.gz") as tar:
            for member in tar.getmembers():
                if member.isfile() and member.name.endswith(".xml"):
                    records.update(_records_from(tar.extractfile(member).read()))  # type: ignore[union-attr]
    return records


def request_params(request: Request) -> dict[str, str]:
    """GET query and POST form merged; repeated fields joined with commas (as NCBI accepts)."""
    params: dict[str, list[str]] = {}
    for key, values in parse_qs(request.query_string.decode(), keep_blank_values=True).items():
        params.setdefault(key, []).extend(values)
    if request.method == "POST":
        for key, values in request.form.lists():
            params.setdefault(key, []).extend(values)
    return {k: ",".join(v) for k, v in params.items()}


@dataclass
class Hit:
    """One request the server saw (for assertions on batching, timing and redaction)."""

    method: str
    path: str
    params: dict[str, str]
    at: float
    url: str = ""


@dataclass
class FakeNCBI:
    """Routes for efetch/esearch/ecitmatch/idconv on a pytest-httpserver ``HTTPServer``."""

    server: HTTPServer
    records: dict[str, bytes] = field(default_factory=load_records)
    searches: dict[str, bytes] = field(default_factory=dict)  # term -> recorded esearch body
    citmatch: list[bytes] = field(default_factory=list)  # recorded ecitmatch bodies
    idconv: dict[str, tuple[int, bytes]] = field(default_factory=dict)  # ids param -> (status, body)
    latency: float = 0.0
    hits: list[Hit] = field(default_factory=list)
    failures: dict[str, list[Callable[[Request], Response | None]]] = field(default_factory=dict)
    pmc: dict[str, bytes] = field(default_factory=dict)  # PMCID digits -> <article> bytes (efetch db=pmc)
    europepmc: dict[str, bytes] = field(default_factory=dict)  # "PMC123" -> fullTextXML body

    def __post_init__(self) -> None:
        for path, handler in (
            ("/efetch.fcgi", self._efetch),
            ("/esearch.fcgi", self._esearch),
            ("/ecitmatch.cgi", self._ecitmatch),
            ("/esummary.fcgi", self._esummary),
            ("/idconv/", self._idconv),
        ):
            self.server.expect_request(path).respond_with_handler(self._wrap(path, handler))
        europe = re.compile(r"^/europepmc/PMC\d+/fullTextXML$")
        self.server.expect_request(europe).respond_with_handler(self._wrap("/europepmc/", self._europepmc))

    @property
    def europepmc_url(self) -> str:
        return self.server.url_for("/europepmc/")

    @property
    def base_url(self) -> str:
        return self.server.url_for("/")

    @property
    def idconv_url(self) -> str:
        return self.server.url_for("/idconv/")

    def fail_next(self, path: str, *responders: Callable[[Request], Response | None]) -> None:
        """Queue responders for the next requests to ``path`` (a 429, a 500, a stall ...)."""
        self.failures.setdefault(path, []).extend(responders)

    def count(self, path: str) -> int:
        return sum(1 for h in self.hits if h.path == path)

    def _wrap(self, path: str, handler: Callable[[Request], Response]) -> Callable[[Request], Response]:
        def respond(request: Request) -> Response:
            self.hits.append(Hit(request.method, path, request_params(request), time.monotonic(), request.url))
            if self.latency:
                time.sleep(self.latency)
            queue = self.failures.get(path)
            if queue:
                answer = queue.pop(0)(request)
                if answer is not None:
                    return answer
            return handler(request)

        return respond

    def _efetch(self, request: Request) -> Response:
        ids = [i for i in request_params(request).get("id", "").split(",") if i.strip()]
        if request_params(request).get("db") == "pmc":
            wanted = [i.upper().removeprefix("PMC") for i in ids]
            return Response(PMC_HEAD + b"".join(self.pmc[i] for i in wanted if i in self.pmc) + PMC_TAIL,
                            content_type="text/xml")
        if not ids:
            return Response(fixture("efetch_error_empty_id.xml"), content_type="text/xml")
        if ids == ["-1"]:
            return Response(fixture("efetch_pubmed_id_minus1_returns_pmid1.xml"), content_type="text/xml")
        body = EFETCH_HEAD + b"".join(self.records[i] for i in ids if i in self.records) + EFETCH_TAIL
        return Response(body, content_type="text/xml")

    def _europepmc(self, request: Request) -> Response:
        pmcid = request.path.rstrip("/").split("/")[-2]
        if pmcid not in self.europepmc:
            return Response(b"", status=404)
        return Response(self.europepmc[pmcid], content_type="application/xml")

    def _esearch(self, request: Request) -> Response:
        term = request_params(request).get("term", "")
        body = self.searches.get(term, fixture("esearch_pubmed_zero_hits_errorlist.xml"))
        return Response(body, content_type="text/xml")

    def _ecitmatch(self, request: Request) -> Response:
        lines = request_params(request).get("bdata", "").split("\r")
        keys = {line.split("|")[5] for line in lines if line.count("|") >= 6}
        for body in self.citmatch:
            recorded = {line.split("|")[5] for line in body.decode().splitlines() if line.count("|") >= 6}
            if keys <= recorded:
                return Response(body, content_type="text/plain")
        return Response(b"", content_type="text/plain")

    def _esummary(self, request: Request) -> Response:
        return Response(fixture("esummary_pubmed_json_9_records.json"), content_type="application/json")

    def _idconv(self, request: Request) -> Response:
        ids = request_params(request).get("ids", "")
        status, body = self.idconv.get(ids, (404, fixture("idconv_v1_error_idtype_mismatch_404.json")))
        return Response(body, status=status, content_type="application/json")


def http_error(status: int, body: bytes = b"", headers: dict[str, str] | None = None) -> Callable[[Request], Response]:
    """A responder that answers once with ``status`` (e.g. NCBI's documented 429 body)."""

    def respond(request: Request) -> Response:
        return Response(body, status=status, headers=headers or {})

    return respond


def stall(seconds: float) -> Callable[[Request], Response | None]:
    """A responder that holds the request longer than the client's timeout, then answers normally."""

    def respond(request: Request) -> Response | None:
        time.sleep(seconds)
        return None

    return respond


def reset_mid_body(status: int = 200) -> Callable[[Request], Response | None]:
    """A responder that promises a long body, sends a little of it, then drops the connection."""

    def respond(request: Request) -> Response | None:
        def body() -> Iterator[bytes]:
            yield EFETCH_HEAD
            raise ConnectionResetError("reset by the test server mid-body")

        return Response(body(), status=status, headers={"Content-Length": "100000"}, content_type="text/xml")

    return respond


def answer(body: bytes, status: int = 200, content_type: str = "application/json") -> Callable[[Request], Response]:
    """A responder that answers once with this body (a malformed or key-echoing answer)."""

    def respond(request: Request) -> Response:
        return Response(body, status=status, content_type=content_type)

    return respond


def short_efetch(records: dict[str, bytes], keep: int) -> Callable[[Request], Response]:
    """A responder that answers an efetch with only the first ``keep`` records asked for (NCBI under load)."""

    def respond(request: Request) -> Response:
        ids = [i for i in request_params(request).get("id", "").split(",") if i in records][:keep]
        return Response(EFETCH_HEAD + b"".join(records[i] for i in ids) + EFETCH_TAIL, content_type="text/xml")

    return respond


@contextlib.contextmanager
def disk_full(db: Path) -> Iterator[None]:
    """Let no file grow past ``db``'s current size (RLIMIT_FSIZE): a real full disk for SQLite, undone after."""
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    previous = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails instead of killing us
    resource.setrlimit(resource.RLIMIT_FSIZE, (db.stat().st_size + 1024, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, previous)


# --------------------------------------------------------------------------- Crossref, doi.org, DataCite

WORKS_FIXTURES = Path(__file__).parent / "fixtures" / "crossref"


def works_fixture(name: str) -> bytes:
    return (WORKS_FIXTURES / name).read_bytes()


def _recorded_by(pattern: str, key: Callable[[dict], str]) -> dict[str, str]:  # type: ignore[type-arg]
    """Identifier (lower case) -> file name, read from the recorded answers themselves."""
    import json

    return {key(json.loads(p.read_bytes())).lower(): p.name for p in sorted(WORKS_FIXTURES.glob(pattern))}


@dataclass
class FakeWorks:
    """Crossref (``/works``), doi.org (``/ra/{prefix}``, ``/{doi}``) and DataCite (``/dois``) answering
    only with the recorded bodies in ``fixtures/crossref``; one server holds all three bases."""

    server: HTTPServer
    searches: dict[str, str] = field(default_factory=dict)  # query.bibliographic -> recorded file
    hits: list[Hit] = field(default_factory=list)
    failures: dict[str, list[Callable[[Request], Response | None]]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        import re

        self.works = _recorded_by("work_10*.json", lambda d: d["message"]["DOI"])
        self.agencies = _recorded_by("doi.org_ra_*.json", lambda d: d[0]["DOI"])
        self.datacite = _recorded_by("datacite_*.json", lambda d: d["data"]["attributes"]["doi"])
        for name, pattern, handler in (
            ("crossref", re.compile(r"^/works/.+"), self._work),
            ("search", re.compile(r"^/works$"), self._search),
            ("ra", re.compile(r"^/ra/.+"), self._ra),
            ("datacite", re.compile(r"^/dois/.+"), self._datacite),
            ("transform", re.compile(r"^/v1/works/.+/transform$"), self._transform),
            ("doi", re.compile(r"^/10\..+"), self._negotiate),
        ):
            self.server.expect_request(pattern).respond_with_handler(self._wrap(name, handler))

    @property
    def base_url(self) -> str:
        return self.server.url_for("").rstrip("/")

    def count(self, name: str | None = None) -> int:
        return sum(1 for h in self.hits if name is None or h.path == name)

    def fail_next(self, name: str, *responders: Callable[[Request], Response | None]) -> None:
        self.failures.setdefault(name, []).extend(responders)

    def _wrap(self, name: str, handler: Callable[[Request], Response]) -> Callable[[Request], Response]:
        def respond(request: Request) -> Response:
            self.hits.append(Hit(request.method, name, request_params(request), time.monotonic(), request.url))
            queue = self.failures.get(name)
            if queue:
                answer = queue.pop(0)(request)
                if answer is not None:
                    return answer
            return handler(request)

        return respond

    @staticmethod
    def _tail(request: Request, prefix: str) -> str:
        return request.path[len(prefix):].lower()

    def _work(self, request: Request) -> Response:
        name = self.works.get(self._tail(request, "/works/"))
        if name is None:
            return Response(works_fixture("work_404_resource_not_found.txt"), status=404, content_type="text/plain")
        return Response(works_fixture(name), content_type="application/json")

    def _search(self, request: Request) -> Response:
        query = request_params(request).get("query.bibliographic", "")
        return Response(works_fixture(self.searches.get(query, "works_query_zero_results.json")),
                        content_type="application/json")

    def _ra(self, request: Request) -> Response:
        name = self.agencies.get(self._tail(request, "/ra/"))
        if name is None:  # a prefix nobody recorded: doi.org's recorded 404 page (no invented JSON)
            return Response(works_fixture("cn_doi.org_404_10.1126_foo.html"), status=404,
                            content_type="text/html;charset=utf-8")
        return Response(works_fixture(name), content_type="application/json;charset=UTF-8")

    def _datacite(self, request: Request) -> Response:
        name = self.datacite.get(self._tail(request, "/dois/"))
        if name is None:
            return Response(b"", status=599)
        return Response(works_fixture(name), content_type="application/json; charset=utf-8")

    def _negotiate(self, request: Request) -> Response:
        """doi.org: the recorded redirect to Crossref's transform (Location pointed at this server), or its 404."""
        doi = request.path[1:].lower()
        if doi == "10.1126/science.169.3946.635":
            location = self.server.url_for("/v1/works/10.1126%2Fscience.169.3946.635/transform")
            return Response(works_fixture("cn_doi.org_302_redirect_10.1126_science.169.3946.635.html"), status=302,
                            headers={"Location": location}, content_type="text/html;charset=utf-8")
        return Response(works_fixture("cn_doi.org_404_10.1126_foo.html"), status=404,
                        content_type="text/html;charset=utf-8")

    def _transform(self, request: Request) -> Response:
        if "csl+json" in request.headers.get("Accept", ""):
            return Response(works_fixture("cn_csl_json_10.1126_science.169.3946.635.json"))
        return Response(works_fixture("cn_bibtex_10.1126_science.169.3946.635.bib"),
                        content_type="application/x-bibtex")


@contextlib.contextmanager
def works_server() -> Iterator[FakeWorks]:
    """A started loopback server answering as Crossref, doi.org and DataCite did."""
    server = HTTPServer(host="127.0.0.1", port=0, threaded=True)
    server.start()
    try:
        yield FakeWorks(server)
    finally:
        server.clear()
        server.stop()
