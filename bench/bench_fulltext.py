"""Benchmark: full-text fetching, parsing and checking (issue 12's targets).

Run: ``.venv/bin/python bench/bench_fulltext.py`` from the repository root. Three measures:

* fetching 200 PMCIDs none of which is stored: requests sent to a local HTTP server serving real
  PMC articles wrapped in ``<pmc-articleset>`` (tests/pubmed_server.py); PMCIDs it does not know are
  answered as PMC does, by leaving them out (target: at most 2 requests);
* parsing the largest real article in the fixtures (JATS to passages and sentences), scaled to
  10,000 words (target: under 100 ms);
* ``check_manuscript`` of a 100-citation manuscript whose 100 entries each have a stored full text
  (target: under 3 s). The store holds 100 rows under distinct PMCIDs; their XML is the fixture
  articles' (7 real articles, reused), each row parsed and ranked on its own as a distinct work.
"""

from __future__ import annotations

import sys
import tempfile
import time
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
from evidence.sources.eutils import EutilsClient  # noqa: E402
from evidence.sources.fulltext import OPEN, FullTextStore, StoredText  # noqa: E402
from evidence.sources.jats import split_articles  # noqa: E402
from evidence.sources.pmc import FullTextFetcher  # noqa: E402
from tests.check.test_fulltext_evidence import ABSTRACT_CLAIMS, BODY_CLAIMS  # noqa: E402

PMC = ROOT / "tests" / "fixtures" / "pmc"
OA = {"3460867": "pmcoa_PMC3460867_pone.0046493.nxml", "2329613": "pmcoa_PMC2329613_1472-6831-8-11.nxml",
      "3574550": "pmcoa_PMC3574550_annonc_mds526.nxml", "8435807": "efetch_pmc_PMC8435807_correction_with_body.xml"}


def bench_fetch(tmp: Path) -> None:
    server = HTTPServer(host="127.0.0.1", port=0, threaded=True)
    server.start()
    try:
        ncbi = FakeNCBI(server, records=load_records(data=False))
        for digits, name in OA.items():
            ncbi.pmc[digits] = pmc_article(name)
        client = EutilsClient(base_url=ncbi.base_url, env={})
        fetcher = FullTextFetcher(client, FullTextStore(tmp / "fetch.sqlite"))
        asked = [f"PMC{d}" for d in OA] + [f"PMC{9000000 + i}" for i in range(196)]
        start = time.perf_counter()
        outcomes = fetcher.fetch(asked)
        took = time.perf_counter() - start
        fetched = sum(o.status == "fetched" for o in outcomes)
        print(f"fetch 200 PMCIDs: {client.stats.requests} request(s) ({ncbi.hits[0].method}), {fetched} open texts "
              f"stored, {len(outcomes) - fetched} recorded as no open full text, {took:.2f} s")
    finally:
        server.stop()


def bench_parse() -> None:
    body = (PMC / "fullTextXML_PMC6385181.reindented.xml").read_bytes()
    words = split_articles(body)[0][0].words
    times = []
    for _ in range(20):
        start = time.perf_counter()
        list(split_articles(body)[0][0].sentences())
        times.append(time.perf_counter() - start)
    best, median = min(times), sorted(times)[len(times) // 2]
    print(f"parse {words} words: best {best * 1000:.1f} ms, median {median * 1000:.1f} ms; "
          f"per 10,000 words: {median * 1000 * 10000 / words:.1f} ms (median)")


def bench_check(tmp: Path) -> None:
    files = sorted(p for p in PMC.iterdir() if p.suffix in (".xml", ".nxml"))
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
    doc = Manuscript("\n\n".join(lines) + "\n", kind="markdown")
    start = time.perf_counter()
    report = check_manuscript(doc, entries, fulltext=store.for_entry)
    took = time.perf_counter() - start
    body = sum(1 for r in report.results for s in r.evidence if s.full_text)
    plain_start = time.perf_counter()
    check_manuscript(doc, entries)
    plain = time.perf_counter() - plain_start
    print(f"check 100 citations, full texts stored: {took:.2f} s ({report.counts['resolved']} resolved, "
          f"{body} full-text evidence sentences); abstract only: {plain:.2f} s")


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        bench_fetch(Path(tmp))
        bench_parse()
        bench_check(Path(tmp))


if __name__ == "__main__":
    main()
