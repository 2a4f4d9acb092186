"""Benchmark: full-text fetching, parsing, checking and searching (issue 12's targets).

Run: ``.venv/bin/python bench/bench_fulltext.py [--runs 7]`` from the repository root. Each figure is
the median of ``--runs`` runs with [min-max]; the check and the search are interleaved with a baseline
(A B A B: abstract-only check, library-index search) so the shared machine's noise hits both alike.

* fetching 200 PMCIDs none of which is stored: requests sent to a local HTTP server serving real
  PMC answers wrapped in ``<pmc-articleset>`` (tests/pubmed_server.py), two of them real
  front-matter-only answers; PMCIDs it does not know are answered as PMC does, by leaving them out
  (target: at most 2 requests);
* parsing a real article of more than 10,000 words (PMC12413575, 15,603 words of evidence text;
  JATS to passages and sentences), scaled to 10,000 words (target: under 100 ms);
* ``check_manuscript`` of a 100-citation manuscript whose 100 entries each have a stored full text
  (target: under 3 s). The store holds 100 rows under distinct PMCIDs; their XML is the fixture
  articles' (real articles, reused), each row parsed and ranked on its own as a distinct work;
* ``search --fulltext`` over those 100 stored texts: first build of its index, a no-change sync,
  and a query (``"not significant"``), against the library index's query on the same entries.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from pubmed_server import FakeNCBI, load_records, pmc_article  # noqa: E402
from pytest_httpserver import HTTPServer  # noqa: E402

from evidence.check.checker import check_manuscript  # noqa: E402
from evidence.check.manuscript import Manuscript  # noqa: E402
from evidence.model import Entry  # noqa: E402
from evidence.search.fulltext import FullTextIndex, search_fulltext  # noqa: E402
from evidence.search.index import SearchIndex  # noqa: E402
from evidence.sources.eutils import EutilsClient  # noqa: E402
from evidence.sources.fulltext import OPEN, FullTextStore, StoredText  # noqa: E402
from evidence.sources.jats import split_articles  # noqa: E402
from evidence.sources.pmc import FullTextFetcher  # noqa: E402
from tests.check.test_fulltext_evidence import ABSTRACT_CLAIMS, BODY_CLAIMS  # noqa: E402

PMC = ROOT / "tests" / "fixtures" / "pmc"
OA = {"3460867": "pmcoa_PMC3460867_pone.0046493.nxml", "2329613": "pmcoa_PMC2329613_1472-6831-8-11.nxml",
      "3574550": "pmcoa_PMC3574550_annonc_mds526.nxml", "8435807": "efetch_pmc_PMC8435807_correction_with_body.xml",
      "7773341": "efetch_pmc_PMC7773341_front_matter_only.xml",
      "8034801": "efetch_pmc_PMC8034801_front_matter_only.xml",
      "11422735": "efetch_pmc_PMC11422735_correction_forward.xml"}
LONG = "efetch_pmc_PMC12413575_reference_retraction_forward.xml"


def spread(values: list[float], scale: float = 1.0, unit: str = "s", digits: int = 2) -> str:
    """Median [min-max] of ``values`` times ``scale``."""
    vs = [v * scale for v in values]
    return f"{statistics.median(vs):.{digits}f} {unit} [{min(vs):.{digits}f}-{max(vs):.{digits}f}]"


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def bench_fetch(tmp: Path) -> None:
    server = HTTPServer(host="127.0.0.1", port=0, threaded=True)
    server.start()
    try:
        ncbi = FakeNCBI(server, records=load_records(data=False))
        for digits, name in OA.items():
            ncbi.pmc[digits] = pmc_article(name)
        client = EutilsClient(base_url=ncbi.base_url, env={})
        fetcher = FullTextFetcher(client, FullTextStore(tmp / "fetch.sqlite"))
        asked = [f"PMC{d}" for d in OA] + [f"PMC{9000000 + i}" for i in range(200 - len(OA))]
        start = time.perf_counter()
        outcomes = fetcher.fetch(asked)
        took = time.perf_counter() - start
        fetched = sum(o.status == "fetched" for o in outcomes)
        print(f"fetch 200 PMCIDs: {client.stats.requests} request(s) ({ncbi.hits[0].method}), {fetched} open texts "
              f"stored, {len(outcomes) - fetched} recorded as no open full text, {took:.2f} s")
    finally:
        server.stop()


def bench_parse(runs: int) -> None:
    body = (PMC / LONG).read_bytes()
    words = split_articles(body)[0][0].words
    times = [timed(lambda: list(split_articles(body)[0][0].sentences())) for _ in range(runs * 3)]
    print(f"parse a {words:,}-word article: {spread(times, 1000, 'ms', 1)}; per 10,000 words: "
          f"{statistics.median(times) * 1000 * 10000 / words:.1f} ms (median)")


def fill_store(tmp: Path) -> tuple[FullTextStore, list[Entry], list[str]]:
    files = sorted(p for p in PMC.iterdir() if p.suffix in (".xml", ".nxml") and "front_matter" not in p.name)
    store = FullTextStore(tmp / "check.sqlite")
    entries, rows, lines = [], [], []
    claims = BODY_CLAIMS + ABSTRACT_CLAIMS
    for i in range(100):
        xml = files[i % len(files)].read_bytes()
        article = split_articles(xml)[0][0]
        pmcid = f"PMC{9100000 + i}"
        abstract = " ".join(p.text for p in article.passages if p.kind == "abstract")
        entries.append(Entry(f"work{i}", "article", {"title": article.title, "abstract": abstract, "pmcid": pmcid,
                                                     "author": f"Author{i}, A.", "year": "2012"}))
        rows.append(StoredText(pmcid, "", OPEN, "pmc", article.licence, datetime.now(UTC), xml))
        lines.append(f"{claims[i % len(claims)][1]} [@work{i}].")
    store.put_many(rows)
    return store, entries, lines


def bench_check(tmp: Path, runs: int) -> None:
    store, entries, lines = fill_store(tmp)
    doc = Manuscript("\n\n".join(lines) + "\n", kind="markdown")
    full, plain, body = [], [], 0
    for _ in range(runs):  # A B A B: a fresh store object each run, so every text is parsed again
        fresh = FullTextStore(store.path)
        start = time.perf_counter()
        report = check_manuscript(doc, entries, fulltext=fresh.for_entry)
        full.append(time.perf_counter() - start)
        body = sum(1 for r in report.results for s in r.evidence if s.full_text)
        plain.append(timed(lambda: check_manuscript(doc, entries)))
    print(f"check 100 citations, full texts stored: {spread(full)} ({report.counts['resolved']} resolved, "
          f"{body} full-text evidence sentences); abstract only: {spread(plain)}")


def bench_search(tmp: Path, runs: int) -> None:
    store, entries, _ = fill_store(tmp / "search")
    index_dir = tmp / "search" / "ft-index"
    build = timed(lambda: FullTextIndex(index_dir, store).sync())
    nochange = [timed(lambda: FullTextIndex(index_dir, store).sync()) for _ in range(runs)]
    library = SearchIndex(tmp / "search" / "lib-index", tmp / "search")
    library.refresh(entries)
    full, plain = [], []
    for _ in range(runs):
        full.append(timed(lambda: search_fulltext(entries, store, index_dir, '"not significant"')))
        plain.append(timed(lambda: library.search('"not significant"')))
    hits = search_fulltext(entries, store, index_dir, '"not significant"', limit=100)
    print(f"search --fulltext, 100 stored texts: first index {build:.2f} s (one run), no-change sync "
          f"{spread(nochange, 1000, 'ms', 1)}, query with sync {spread(full, 1000, 'ms', 1)} ({len(hits)} hits); "
          f"library index query {spread(plain, 1000, 'ms', 1)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="runs per measure (median reported)")
    runs = parser.parse_args().runs
    with tempfile.TemporaryDirectory() as tmp:
        bench_fetch(Path(tmp))
        bench_parse(runs)
        bench_check(Path(tmp), runs)
        bench_search(Path(tmp), runs)


if __name__ == "__main__":
    main()
