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

2026-11-29, later (``--against`` the previous code, interleaved pairs): each parse now leaves an entry's
layout to be worked out when an edit needs it, counts line numbers between blocks instead of building
a table of every line, takes a braced value as it is without resolve_value's walk, and tells plain
entry blocks by their exact type; a save no longer checks again the values ``add`` checked, and the
brace check works on the braces alone. The two parses are still the splitter's (bibtexparser's) time,
about 0.45 s each of CPU; the rest of a parse is now about a fifth of it.

``--against OTHER_CHECKOUT [--pairs N]`` times only the whole ``evidence -l new.bib import --create``
of that file, as separate processes (each with its own empty cache and data folders), alternating
this checkout's ``.venv/bin/evidence`` with the other's (A B, then B A, ...), and prints the median
wall time of each side and the median [min-max] of the per-pair ratio this/other.
"""

from __future__ import annotations

import argparse
import glob
import gzip
import resource
import statistics
import subprocess
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
ROOT = Path(__file__).resolve().parent.parent
BBT = DATA / "bib" / "bbt-unabbreviate-1436-3.bib"


def import_process(checkout: Path, work: Path) -> tuple[float, float]:
    """Wall and CPU time (user + system) of one whole ``evidence import --create`` process of the
    7,166-entry file (CPU time varies less on a busy machine)."""
    work.mkdir(parents=True)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    env = {"PATH": "/usr/bin:/bin", "HOME": str(work), "EVIDENCE_CACHE_DIR": str(work / "cache"),
           "EVIDENCE_DATA_DIR": str(work / "data")}
    start = time.perf_counter()
    subprocess.run([str(checkout / ".venv" / "bin" / "evidence"), "-q", "-l", str(work / "new.bib"), "import",
                    "--create", str(BBT)], env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime


def against(other: Path, pairs: int) -> None:
    """Interleaved pairs, this checkout against ``other``, with the order swapped every pair."""
    mine: list[tuple[float, float]] = []
    theirs: list[tuple[float, float]] = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in range(pairs):
            sides = [(ROOT, mine), (other, theirs)]
            for checkout, times in sides if n % 2 == 0 else sides[::-1]:
                times.append(import_process(checkout, Path(tmp) / f"{n}-{len(mine)}-{len(theirs)}"))
            print(f"pair {n + 1}: wall {mine[-1][0]:.2f} s vs {theirs[-1][0]:.2f} s, "
                  f"CPU {mine[-1][1]:.2f} s vs {theirs[-1][1]:.2f} s", flush=True)
    print(f"import --create of {BBT.name}, this checkout vs {other}, {pairs} pairs:")
    for i, what in enumerate(("wall", "CPU")):
        ratios = sorted(a[i] / b[i] for a, b in zip(mine, theirs, strict=True))
        this, that = statistics.median(a[i] for a in mine), statistics.median(b[i] for b in theirs)
        print(f"  {what}: {this:.2f} s vs {that:.2f} s, "
              f"ratio {statistics.median(ratios):.2f} [{ratios[0]:.2f}-{ratios[-1]:.2f}]")


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
    parser.add_argument("--against", type=Path, help="another checkout (with its .venv) to time imports against")
    parser.add_argument("--pairs", type=int, default=7)
    args = parser.parse_args()
    if args.against is not None:
        against(args.against, args.pairs)
        return
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
