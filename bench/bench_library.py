"""Benchmark the library store against plain bibtexparser, on real large .bib files.

Usage: python bench/bench_library.py [--data ../shared/data] [--with-50k]
       python bench/bench_library.py --warm-load FOLDER [--runs 7] [--before REPO]

``--warm-load``: only issue 13's load row. The 100,000-entry library of bench_scale.py is built once in
FOLDER and kept there for the next run; each run is a child process (its own timing of ``Library.load``
with the parse cache warm, and its peak RSS), interleaved with the raw read + decode + split at ``^@``
and, with ``--before``, with another checkout's code (its own cache folder). Medians [min-max].

For each file: plain bibtexparser parse (the baseline), evidence's first load (no cache),
second load (parse cache warm), load after editing one entry by hand (one chunk re-parsed),
no-op render (byte-identical check), one-entry edit + verified atomic save, and a cold
`evidence search` process (index warm). Prints a table; the README quotes it.
"""

from __future__ import annotations

import argparse
import gzip
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import bibtexparser  # noqa: E402  (the baseline only; evidence itself uses it from bibfile.py)

import evidence.store.library as library_module  # noqa: E402
from evidence.store.library import Library  # noqa: E402


def timed(fn):  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def bench(path: Path, work: Path) -> list[str]:
    work.mkdir(parents=True, exist_ok=True)
    target = work / path.name
    shutil.copyfile(path, target)
    cache = work / "cache"
    os.environ["EVIDENCE_DATA_DIR"] = str(cache / "data")  # backups of these temp copies stay in the temp dir
    env = dict(os.environ, EVIDENCE_CACHE_DIR=str(cache))
    base, _ = timed(lambda: bibtexparser.parse_string(target.read_bytes().decode("utf-8", "replace"),
                                                      parse_stack=[]))
    first, lib = timed(lambda: Library.load(target, cache_dir=cache))
    second, _ = timed(lambda: Library.load(target, cache_dir=cache))
    text = target.read_bytes()
    i = text.find(b"title", len(text) // 2)
    target.write_bytes(text[:i] + b"title = {Edited by hand},\n  old" + text[i:])
    edited, lib = timed(lambda: Library.load(target, cache_dir=cache))
    render, same = timed(lambda: lib._parsed.decoded.bom + lib.render().encode(lib.encoding) == target.read_bytes())
    entry = lib.entries[len(lib) // 2]
    entry.set("note", "benchmark edit")
    save, _ = timed(lambda: lib.save(force=True))
    cli = [str(ROOT / ".venv" / "bin" / "evidence"), "-q", "-l", str(target), "search", "ketamine", "-n", "5"]
    subprocess.run(cli, env=env, capture_output=True, check=False)  # builds the index
    search, _ = timed(lambda: subprocess.run(cli, env=env, capture_output=True, check=False))
    return [path.name, f"{len(lib):,}", f"{base:.2f}", f"{first:.2f}", f"{second:.2f}", f"{edited:.2f}",
            "yes" if same else "NO", f"{save:.2f}", f"{search:.2f}"]


def child(code: str, args: list[str], repo: Path) -> tuple[float, float]:
    """(seconds the child reports, its peak RSS in MB); ``repo`` decides which checkout's code runs."""
    env = dict(os.environ, PYTHONPATH=str(repo))
    proc = subprocess.Popen([sys.executable, "-c", code, *args], env=env, cwd=repo, stdout=subprocess.PIPE, text=True)
    out = proc.stdout.read() if proc.stdout else ""
    _, status, usage = os.wait4(proc.pid, 0)
    if os.waitstatus_to_exitcode(status):
        raise SystemExit(f"{code.strip().splitlines()[-2]} failed in {repo}")
    return float(out), usage.ru_maxrss / 1024


def warm_load(data: Path, folder: Path, runs: int, before: Path | None) -> None:
    sys.path.insert(0, str(ROOT / "bench"))
    from bench_scale import LOAD, RAW, build_library  # (the same 100k library and children as issue 13's table)

    folder.mkdir(parents=True, exist_ok=True)
    library = folder / "lib100k.bib"
    if not library.exists():
        build_library(data, folder)
    repos = {"after": ROOT, **({"before": before.resolve()} if before else {})}
    for name, repo in repos.items():  # the first load of this code writes its snapshot
        child(LOAD, [str(library), str(folder / f"cache-{name}")], repo)
    seen: dict[str, list[tuple[float, float]]] = {"raw": [], **{name: [] for name in repos}}
    for _ in range(runs):
        seen["raw"].append(child(RAW, [str(library)], ROOT))
        for name, repo in repos.items():
            seen[name].append(child(LOAD, [str(library), str(folder / f"cache-{name}")], repo))
    raw_t = statistics.median(t for t, _ in seen["raw"])
    raw_m = statistics.median(m for _, m in seen["raw"])
    print(f"library: {library.stat().st_size / 1e6:.0f} MB, {runs} runs interleaved; medians [min-max]")
    for name, values in seen.items():
        times, mems = [t for t, _ in values], [m for _, m in values]
        t, m = statistics.median(times), statistics.median(mems)
        print(f"{name:>7}: {t:.2f} s [{min(times):.2f}-{max(times):.2f}] = {t / raw_t:.1f}x raw, "
              f"{m:.0f} MB [{min(mems):.0f}-{max(mems):.0f}] = {m / raw_m:.1f}x raw")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--with-50k", action="store_true", help="also the 50,000-entry synthetic file")
    parser.add_argument("--warm-load", type=Path, metavar="FOLDER",
                        help="only the second load of a 100k library vs the raw split (library kept in FOLDER)")
    parser.add_argument("--runs", type=int, default=7, help="runs of --warm-load")
    parser.add_argument("--before", type=Path, help="another checkout to compare with --warm-load")
    args = parser.parse_args()
    if args.warm_load is not None:
        warm_load(args.data, args.warm_load, args.runs, args.before)
        return
    library_module.PARSE_CACHE_MIN_BYTES = 0  # measure the cache on every file
    files = sorted((args.data / "bib").glob("*.bib"))
    rows = [["file", "entries", "bibtexparser", "1st load", "2nd load", "after edit", "no-op identical",
             "edit+save", "cold search"]]
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for name in ["slice10k.bib.gz"] + (["slice50k.bib.gz"] if args.with_50k else []):
            gz = args.data / "bib" / "derived" / name
            if gz.exists():
                out = work / "src" / name[:-3]
                out.parent.mkdir(exist_ok=True)
                out.write_bytes(gzip.decompress(gz.read_bytes()))
                files.append(out)
        for path in files:
            rows.append(bench(path, work / path.stem))
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    for row in rows:
        print("  ".join(cell.rjust(w) for cell, w in zip(row, widths, strict=True)))
    print("(seconds; 'after edit' = load after one entry was edited by hand: only its chunk is parsed)")


if __name__ == "__main__":
    main()
