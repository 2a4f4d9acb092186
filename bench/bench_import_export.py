"""Import/export speed on real data: run ``.venv/bin/python bench/bench_import_export.py``.

Measures (wall time, best of ``--repeat``):

1. importing the 7,166-entry bbt-unabbreviate-1436-3.bib into an empty library (target < 5 s),
   and saving the result;
2. importing the 362 real PubMed XML records (added/merged/skipped counts);
3. exporting 10,000 entries (derived/slice10k.bib) as APA text, as RIS and as BibTeX.

Measured on the build machine (2026-11-27, one run, other jobs running): import 7,166 in
2.8 s (+2.2 s to save), 362 PubMed records in 0.8 s (362 added), export 10,000 as RIS 1.4 s,
BibTeX 0.06 s, CSL-JSON 1.0 s, Vancouver text 44 s, APA text 105 s. citeproc-py costs
3-9 ms per entry and grows faster than linearly (citation numbers are found with
``list.index``; APA disambiguation compares cites pairwise): 300 APA entries take 2.6 s.

Formatted export has used pandoc's citeproc since 2026-11-29 (one process per list); the
citeproc-py figures above are history. bench_styles.py compares the two engines.

2026-11-29: an import computes each entry's same-work probes once (they were computed four times:
the batch's lookup, the library's, and both indexes), and the brace check of written values visits
only braces. A whole ``evidence -l lib.bib import bbt-unabbreviate-1436-3.bib`` into an empty
library (process start to exit, save and its verifying re-read included) went from 3.6-3.8 s to
2.45 s, median of 7 pairs run alternately against the previous code (ratio 0.66, 0.60-0.73). Most
of what remains is two whole-file parses: the file imported, and the saved file read back.
"""

from __future__ import annotations

import argparse
import glob
import gzip
import sys
import tarfile
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from evidence.formats.importer import import_files  # noqa: E402
from evidence.formats.registry import write_entries  # noqa: E402
from evidence.store.library import Library  # noqa: E402

DATA = Path("/work/shared/data")


def timed(label: str, fn: Callable[[], object], repeat: int) -> object:
    best, result = float("inf"), None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - start)
    print(f"{label:<58} {best:7.2f} s")
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        bbt = DATA / "bib" / "bbt-unabbreviate-1436-3.bib"
        counter = iter(range(1000))

        def import_bbt() -> tuple[Library, object]:
            lib = Library.create(work / f"bbt{next(counter)}.bib")
            return lib, import_files(lib, [bbt])

        lib, report = timed("import bbt-unabbreviate-1436-3.bib (7,166) into empty", import_bbt, args.repeat)
        print(f"  {report.summary()}")  # type: ignore[attr-defined]
        timed("  save that library (lossless writer, verify)", lambda: lib.save(), 1)
        apa = timed("export those 7,166 as APA text (pandoc citeproc)",
                    lambda: write_entries(lib.entries, "text", style="apa"), args.repeat)
        print(f"  {len(str(apa).splitlines())} lines")

        with tarfile.open(DATA / "pubmed" / "metapub-pmid_xml.tar.gz") as tar:
            tar.extractall(work, filter="data")
        files = [DATA / "pubmed" / "sr-project-pubmed_result.xml", DATA / "pubmed" / "pubMR-pubmed_result.xml",
                 *sorted(Path(p) for p in glob.glob(str(work / "pmid_xml" / "*.xml")))]

        def import_pubmed() -> object:
            return import_files(Library.create(work / f"pm{next(counter)}.bib"), files)

        pm = timed(f"import 362 PubMed XML records ({len(files)} files)", import_pubmed, args.repeat)
        print(f"  {pm.summary()}")  # type: ignore[attr-defined]

        slice10k = work / "slice10k.bib"
        slice10k.write_bytes(gzip.decompress((DATA / "bib" / "derived" / "slice10k.bib.gz").read_bytes()))
        big = timed("load slice10k.bib (10,000 entries)", lambda: Library.load(slice10k), 1)
        entries = big.entries  # type: ignore[attr-defined]
        print(f"  {len(entries)} entries")
        text = timed("export 10,000 as APA text (pandoc citeproc)", lambda: write_entries(entries, "text", style="apa"),
                     args.repeat)
        print(f"  {len(str(text).splitlines())} lines")
        timed("export 10,000 as Vancouver text", lambda: write_entries(entries, "text", style="vancouver"), 1)
        ris = timed("export 10,000 as RIS", lambda: write_entries(entries, "ris"), args.repeat)
        print(f"  {str(ris).count('ER  - ')} records")
        timed("export 10,000 as BibTeX (exact source text)",
              lambda: write_entries(entries, "bibtex", raw_text=big.raw_text), args.repeat)  # type: ignore[attr-defined]
        timed("export 10,000 as CSL-JSON", lambda: write_entries(entries, "csl-json"), args.repeat)


if __name__ == "__main__":
    main()
