"""Benchmark: requests and wall time to enrich 1,000 entries against a slow local NCBI stand-in.

Run: ``.venv/bin/python bench/bench_enrich.py [--entries 1000] [--latency 0.15] [--search-share 0.1]``

The server is the test suite's real HTTP server (``tests/pubmed_server.py``) with a fixed
latency per request, and the client holds NCBI's 3 requests/s limit (no API key). efetch
answers are the 362 real recorded records. For entries without ids the server must also
answer ECitMatch and esearch for those records; no recorded answers exist for them, so here
(and only here) those two are built in NCBI's formats by looking the citation or title words
up among the real records.

Targets: <= 5 requests per 1,000 entries that carry PMIDs, plus one request per 200 PMIDs that PubMed
lacks (an efetch answer that lacks PMIDs is asked again once before they are called unknown);
<= 1.2 requests per entry without ids.

The third run enriches entries without ids across all sources, as ``evidence enrich`` does: PubMed
first, then one Crossref ``query.bibliographic`` search for each entry PubMed did not find. A share
of the entries (``--crossref-share``) are works PubMed lacks, made from the real Crossref records in
``tests/fixtures/crossref``; the bench's Crossref stand-in answers a search with the recorded items
whose title words all occur in the query (built here, as the ECitMatch/esearch answers are), with
the same latency. No cache, so every entry costs what a library of distinct entries would.
Target: <= 1.2 requests per entry in all sources together.
"""

from __future__ import annotations

import argparse
import json
import logging
import re
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from pubmed_server import FakeNCBI, load_records, request_params  # noqa: E402
from pytest_httpserver import HTTPServer  # noqa: E402
from werkzeug import Request, Response  # noqa: E402

from evidence.model import Entry, fold  # noqa: E402
from evidence.sources.cascade import enrich_entries  # noqa: E402
from evidence.sources.doi import DoiClient  # noqa: E402
from evidence.sources.enrich import entry_from_record, match_entries  # noqa: E402
from evidence.sources.eutils import EutilsClient  # noqa: E402
from evidence.sources.options import TransportOptions
from evidence.sources.records import PubMedRecord, parse_efetch  # noqa: E402


def _words(text: str) -> set[str]:
    return set(re.findall(r"[^\W_]+", fold(text)))


class BenchNCBI(FakeNCBI):
    """FakeNCBI plus ECitMatch/esearch answers looked up among the real records."""

    def index(self, recs: list[PubMedRecord]) -> None:
        self.by_cite = {(r.year, r.volume, r.pages.split("--")[0]): r.pmid for r in recs}
        self.by_words = [(_words(r.title), r.pmid) for r in recs]

    def _ecitmatch(self, request: Request) -> Response:
        out = []
        for line in request_params(request).get("bdata", "").split("\r"):
            j, y, v, p, a, k = (line.split("|") + [""] * 6)[:6]
            pmid = self.by_cite.get((y, v, p))
            out.append(f"{j}|{y}|{v}|{p}|{a}|{k}|{pmid or 'NOT_FOUND'}")
        return Response("\n".join(out) + "\n", content_type="text/plain")

    def _esearch(self, request: Request) -> Response:
        term = request_params(request).get("term", "")
        words = set(re.findall(r"(\w+)\[ti\]", term))
        ids = [p for w, p in self.by_words if words and words <= w][:5]
        body = (
            f'<?xml version="1.0" encoding="UTF-8" ?><eSearchResult><Count>{len(ids)}</Count>'
            f"<RetMax>{len(ids)}</RetMax><RetStart>0</RetStart><IdList>"
            + "".join(f"<Id>{i}</Id>" for i in ids)
            + "</IdList><TranslationSet/></eSearchResult>"
        )
        return Response(body, content_type="text/xml")


class BenchCrossref:
    """``/works?query.bibliographic=`` answered with the real recorded Crossref items whose title words
    all occur in the query (Crossref's own answer format, items unchanged)."""

    def __init__(self, http: HTTPServer, items: list[dict[str, Any]], latency: float) -> None:
        self.items = [(_words(" ".join(i.get("title") or [])), i) for i in items if i.get("title")]
        self.latency = latency
        self.hits = 0
        http.expect_request("/works").respond_with_handler(self._search)

    def _search(self, request: Request) -> Response:
        self.hits += 1
        time.sleep(self.latency)
        query = _words(request_params(request).get("query.bibliographic", ""))
        found = [i for w, i in self.items if w and w <= query][:5]
        message = {"total-results": len(found), "items": found, "items-per-page": 5}
        body = {"status": "ok", "message-type": "work-list", "message-version": "1.0.0", "message": message}
        return Response(json.dumps(body), content_type="application/json")


def crossref_items() -> list[dict[str, Any]]:
    """Every distinct real Crossref work recorded in tests/fixtures/crossref (single works and search items)."""
    folder = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "crossref"
    found: dict[str, dict[str, Any]] = {}
    for path in sorted(folder.glob("work*_*.json")):
        message = json.loads(path.read_bytes()).get("message")
        if not isinstance(message, dict):
            continue
        for item in message.get("items", [message]):
            if isinstance(item, dict) and item.get("DOI") and item.get("author") and item.get("title"):
                found.setdefault(item["DOI"].lower(), item)
    return list(found.values())


def bare_work(item: dict[str, Any], key: str) -> Entry:
    """A writer's entry for a Crossref-only work: first author, title, year, journal; no DOI."""
    first = item["author"][0]
    author = f"{first.get('family', first.get('name', ''))}, {first.get('given', '')}".strip(", ")
    year = str(((item.get("issued") or {}).get("date-parts") or [[""]])[0][0] or "")
    fields = {"author": author, "title": " ".join(item["title"][0].split()), "year": year,
              "journal": (item.get("container-title") or [""])[0]}
    return Entry(key, "article", {k: v for k, v in fields.items() if v})


def run_all_sources(entries: list[Entry], server: BenchNCBI, crossref: BenchCrossref, latency: float) -> None:
    server.hits.clear()
    crossref.hits = 0
    pubmed = EutilsClient(base_url=server.base_url, idconv_url=server.idconv_url, env={})
    works = DoiClient(crossref_url=server.base_url.rstrip("/"), env={})
    start = time.perf_counter()
    result = enrich_entries(entries, pubmed=pubmed, works=lambda: works)
    wall = time.perf_counter() - start
    n, ncbi = len(entries), len(server.hits)
    total = ncbi + crossref.hits
    by_path: dict[str, int] = {}
    for h in server.hits:
        by_path[h.path] = by_path.get(h.path, 0) + 1
    print(f"without ids, all sources: {n} entries, {total} requests ({total / n:.3f} per entry: "
          f"PubMed {ncbi} {by_path}, Crossref {crossref.hits}), wall {wall:.1f} s at {latency:.2f} s latency")
    print(f"    outcomes: {dict(result.counts)}")


def bare(rec: PubMedRecord, key: str, with_citation: bool) -> Entry:
    """What a writer typically has: author, title, year, journal (+ volume/pages), no ids."""
    full = entry_from_record(rec, key)
    keep = ["author", "title", "year", "journal"] + (["volume", "pages"] if with_citation else [])
    return Entry(key, "article", {k: full.get(k) for k in keep if full.get(k)})


def run(label: str, entries: list[Entry], server: BenchNCBI) -> None:
    server.hits.clear()
    with tempfile.TemporaryDirectory() as cache:
        options = TransportOptions(cache_dir=Path(cache))
        client = EutilsClient(options, base_url=server.base_url, idconv_url=server.idconv_url, env={})
        start = time.perf_counter()
        matches = match_entries(entries, client)
        wall = time.perf_counter() - start
    statuses: dict[str, int] = {}
    for m in matches:
        statuses[m.status] = statuses.get(m.status, 0) + 1
    by_path: dict[str, int] = {}
    for h in server.hits:
        by_path[h.path] = by_path.get(h.path, 0) + 1
    n = len(entries)
    print(f"{label}: {n} entries, {len(server.hits)} requests "
          f"({1000 * len(server.hits) / n:.1f} per 1,000 entries, {len(server.hits) / n:.3f} per entry), "
          f"wall {wall:.1f} s")
    print(f"    requests by endpoint: {by_path}")
    print(f"    statuses: {statuses}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--entries", type=int, default=1000)
    ap.add_argument("--latency", type=float, default=0.15)
    ap.add_argument("--search-share", type=float, default=0.1,
                    help="share of id-less entries without volume/pages (matched by title search)")
    ap.add_argument("--crossref-share", type=float, default=0.2,
                    help="share of id-less entries that PubMed lacks (real Crossref works) in the all-sources run")
    ap.add_argument("--only", choices=("pubmed", "all"), default=None, help="run only the PubMed or all-sources runs")
    args = ap.parse_args()
    logging.getLogger("werkzeug").setLevel(logging.WARNING)

    raw = load_records()
    recs = [r for body in raw.values() for r in parse_efetch(body) if not r.is_book]
    http = HTTPServer(host="127.0.0.1", port=0, threaded=True)
    http.start()
    try:
        server = BenchNCBI(http, records=raw, latency=args.latency)
        server.index(recs)

        # 1. entries with PMIDs: the real PMIDs, padded with unknown ones to N distinct PMIDs
        pmids = [r.pmid for r in recs] + [str(90000000 + i) for i in range(max(0, args.entries - len(recs)))]
        with_ids = [Entry(f"p{i}", "article", {"pmid": p}) for i, p in enumerate(pmids[: args.entries])]
        step = round(1 / args.search_share) if args.search_share > 0 else 0
        usable = [r for r in recs if r.volume and r.pages and r.authors]
        without = [
            bare(usable[i % len(usable)], f"n{i}", with_citation=not (step and i % step == 0))
            for i in range(args.entries)
        ]
        if args.only != "all":
            # 1. entries with PMIDs: the real PMIDs, padded with unknown ones to N distinct PMIDs
            pmids = [r.pmid for r in recs] + [str(90000000 + i) for i in range(max(0, args.entries - len(recs)))]
            with_ids = [Entry(f"p{i}", "article", {"pmid": p}) for i, p in enumerate(pmids[: args.entries])]
            run("with PMIDs", with_ids, server)
            # 2. entries without ids (records cycled, distinct keys)
            run(f"without ids ({args.search_share:.0%} by title search)", without, server)
        if args.only != "pubmed":
            # 3. the same kind of entries, a share of them works PubMed lacks, across all sources
            items = crossref_items()
            crossref = BenchCrossref(http, items, args.latency)
            n_crossref = round(args.entries * args.crossref_share)
            mixed = without[: args.entries - n_crossref] + [
                bare_work(items[i % len(items)], f"c{i}") for i in range(n_crossref)]
            run_all_sources(mixed, server, crossref, args.latency)
    finally:
        http.clear()
        http.stop()


if __name__ == "__main__":
    main()
