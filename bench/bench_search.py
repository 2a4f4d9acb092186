"""Search index speed on a 100k-entry library (run by hand, not by pytest).

    .venv/bin/python bench/bench_search.py [--entries 100000] [--data /work/shared/data]

The library is the three real .bib files in <data>/bib (15k entries: political science,
materials physics, TUGboat) plus the 362 real PubMed records from tests/fixtures, replicated
with keys suffixed ``-r1``, ``-r2``... until there are N entries. Copies repeat the same
text, so the term dictionary is that of the 15k real entries while postings grow ~6.5x.

Times: cold build, no-change refresh (by content hashes, and by a source fingerprint),
one-entry-change refresh, and query latency (median / p95 over several runs of ~20
queries of different kinds).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "search"))

from search_corpus import corpus  # noqa: E402  (the real PubMed + seed entries of the tests)

from evidence.model import Entry  # noqa: E402
from evidence.search.index import SearchIndex  # noqa: E402
from evidence.store.library import Library  # noqa: E402

QUERIES = [
    "ketamine depression",
    "survey",
    "public opinion",
    '"public opinion"',
    '"thin films"',
    "meta*",
    "polit*",
    "ketamin~",
    "electorn~",
    "voting OR turnout",
    "(graphene OR nanotube) NOT review",
    "author:zaller",
    "author:Lancon",
    "title:democracy year:2000-2010",
    "year:>2015",
    "year:<1990 tex",
    "journal:\"american political science review\"",
    "type:review cancer",
    "mesh:\"Breast Neoplasms\"",
    "has:abstract election",
    "doi:10.1016/S0006-3223(99)00230-9",
]


def build_library(data: Path, n: int) -> list[Entry]:
    base: list[Entry] = []
    for name in ("leeper-references.bib", "bbt-unabbreviate-1436-3.bib", "tugboat.bib"):
        base += Library.load(data / "bib" / name).entries
    base += corpus()
    seen: set[str] = set()
    unique = []
    for e in base:
        if e.key not in seen:
            seen.add(e.key)
            unique.append(e)
    out = unique[:n]
    copy = 1
    while len(out) < n:
        for e in unique:
            if len(out) >= n:
                break
            out.append(Entry(f"{e.key}-r{copy}", e.type, dict(e.fields)))
        copy += 1
    return out


def timed(fn):  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    result = fn()
    return result, time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--entries", type=int, default=100_000)
    parser.add_argument("--data", type=Path, default=Path("/work/shared/data"))
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--keep", type=Path, help="cache dir to build in and keep (for profiling)")
    args = parser.parse_args()

    entries, t = timed(lambda: build_library(args.data, args.entries))
    print(f"library: {len(entries)} entries built in {t:.1f} s")
    cache = args.keep or Path(tempfile.mkdtemp(prefix="evidence-bench-"))
    try:
        ix = SearchIndex(cache / "lib.bib", cache_dir=cache)
        stats, t = timed(lambda: ix.refresh(entries))
        print(f"cold build:            {t:7.2f} s  {stats}")
        size = sum(p.stat().st_size for p in ix.index_dir.iterdir() if p.is_file())
        print(f"index size:            {size / 1e6:7.1f} MB")
        times = []
        for _ in range(3):
            stats, t = timed(lambda: ix.refresh(entries))
            times.append(t)
        print(f"no-change refresh:     {statistics.median(times):7.3f} s  {stats}")
        ix.refresh(entries, fingerprint="bench-v1")
        stats, t = timed(lambda: ix.refresh(entries, fingerprint="bench-v1"))
        print(f"  same fingerprint:    {t:7.3f} s  {stats}")
        changed = list(entries)
        victim = changed[len(changed) // 2]
        changed[len(changed) // 2] = replace(victim, fields={**victim.fields, "note": "edited"})
        stats, t = timed(lambda: ix.refresh(changed))
        print(f"one-entry refresh:     {t:7.3f} s  {stats}")
        stats, t = timed(lambda: ix.refresh(changed[:-1]))
        print(f"one-entry removal:     {t:7.3f} s  {stats}")

        all_times: list[float] = []
        print(f"\nqueries (limit 20), {args.runs} runs each, ms: first / median")
        for q in QUERIES:
            runs = []
            for _ in range(args.runs):
                hits, t = timed(lambda q=q: ix.search(q, limit=20))  # type: ignore[misc]
                runs.append(t)
            all_times += runs[1:]
            print(f"  {runs[0] * 1000:7.1f} / {statistics.median(runs) * 1000:7.1f}  {len(hits):3d} hits  {q}")
        all_times.sort()
        p95 = all_times[min(len(all_times) - 1, int(round(0.95 * (len(all_times) - 1))))]
        print(f"\nquery latency (warm): median {statistics.median(all_times) * 1000:.1f} ms, "
              f"p95 {p95 * 1000:.1f} ms, max {all_times[-1] * 1000:.1f} ms")
    finally:
        if not args.keep:
            shutil.rmtree(cache, ignore_errors=True)


if __name__ == "__main__":
    main()
