"""Benchmark: a ~100-page manuscript against a 10,000-entry library built from real PubMed records.

Run: ``.venv/bin/python bench/bench_check.py`` from the repository root. The library is the
106 records of tests/fixtures/check plus the ten seed works, duplicated with varied keys and
years (surnames suffixed so each copy is a distinct first author) up to 10,000 entries. The
manuscript repeats the test manuscript's body (37 citations per copy) to ~100 pages (~300 words
a page), with the real entries kept resolvable. Claims are judged on every core, as `evidence check` does.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from evidence.check.checker import check_manuscript  # noqa: E402
from evidence.check.manuscript import Manuscript  # noqa: E402
from evidence.check.report import render_json, render_text  # noqa: E402
from evidence.check.report_html import render_html  # noqa: E402
from evidence.model import Entry  # noqa: E402
from tests.fixtures.check.library import library  # noqa: E402


def big_library(size: int = 10_000) -> list[Entry]:
    base = library()
    entries = list(base)
    copy = 0
    while len(entries) < size:
        copy += 1
        for entry in base:
            if len(entries) >= size:
                break
            fields = dict(entry.fields)
            fields["author"] = fields.get("author", "Anon, A").replace(",", f"{copy},", 1)
            fields["year"] = str(1950 + (copy + len(entries)) % 75)
            entries.append(Entry(f"{entry.key}-{copy}", entry.type, fields))
    return entries


def main() -> None:
    text = (ROOT / "tests/manuscripts/ketamine.md").read_text(encoding="utf-8")
    body = text[: text.index("## References")]
    words_per_copy = len(body.split())
    copies = max(1, (100 * 300) // words_per_copy)
    manuscript = Manuscript.from_text(body * copies, "markdown")
    t0 = time.perf_counter()
    entries = big_library()
    t1 = time.perf_counter()
    report = check_manuscript(manuscript, entries, workers=None)  # as `evidence check` does: one process per core
    t2 = time.perf_counter()
    render_text(report)
    render_json(report)
    render_html(report)
    t3 = time.perf_counter()
    c = report.counts
    print(f"manuscript: {len(manuscript.text.split())} words (~{len(manuscript.text.split()) // 300} pages), "
          f"{c['citations']} citations; library: {len(entries)} entries")
    print(f"build library objects: {t1 - t0:.2f} s")
    print(f"check_manuscript:      {t2 - t1:.2f} s  ({c['resolved']} resolved, {c['unresolved']} unresolved)")
    print(f"render text+json+html: {t3 - t2:.2f} s")


if __name__ == "__main__":
    main()
