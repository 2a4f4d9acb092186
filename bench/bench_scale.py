"""Issue 13's table on a 100,000-entry library: edit-then-search, warm load, first build, queries, start-up.

    .venv/bin/python bench/bench_scale.py [--data /work/shared/data] [--runs 5] [--builds 3] [--before main | bf5e4a6]
    .venv/bin/python bench/bench_scale.py --only query --work /tmp/scale [--before /work/main | bf5e4a6]

The library is ``bib/derived/slice50k.bib.gz`` twice, the second copy's keys suffixed ``-b`` (64 MB),
written to a temp folder. Every measurement runs in a child process (its wall time, or the time it
reports for the step alone, and its peak RSS from ``os.wait4``), interleaved with its baseline:
the raw read + decode + split at ``^@`` for loads, a bare ``python -c pass`` for start-up. With
``--before REPO`` the same rows run on another checkout's code too (its own cache folder), run
for run in turn with this one. ``--before COMMIT`` (not a folder) unpacks that commit of this
repository under the temp folder (``/tmp/evidence-before-<commit>``) with its own venv, built once and
reused, so the baseline runs its own code and its own installed dependencies. Medians, with min-max in
brackets.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

QUERIES = [
    "ketamine depression", "survey", "public opinion", '"public opinion"', '"thin films"', "meta*", "polit*",
    "ketamin~", "electorn~", "voting OR turnout", "(graphene OR nanotube) NOT review", "author:zaller",
    "author:Lancon", "title:democracy year:2000-2010", "year:>2015", "year:<1990 tex",
    'journal:"american political science review"', "type:review cancer", 'mesh:"Breast Neoplasms"',
    "has:abstract election", "doi:10.1016/S0006-3223(99)00230-9",
]

MAKE = """
import sys
from pathlib import Path
from bench_scale import build_library
build_library(Path(sys.argv[1]), Path(sys.argv[2]))
"""
RAW = """
import re, sys, time
t = time.perf_counter()
parts = re.split(r"(?m)^(?=@)", open(sys.argv[1], "rb").read().decode("utf-8"))
print(time.perf_counter() - t)
"""
LOAD = """
import sys, time
from pathlib import Path
from evidence.store.library import Library
t = time.perf_counter()
lib = Library.load(sys.argv[1], cache_dir=Path(sys.argv[2]))
print(time.perf_counter() - t)
"""
BUILD = """
import sys, time
from pathlib import Path
from evidence.search.index import SearchIndex
from evidence.store.library import Library
lib = Library.load(sys.argv[1], cache_dir=Path(sys.argv[2]))
t = time.perf_counter()
index = SearchIndex.for_library(sys.argv[1], cache_dir=Path(sys.argv[2]))
if hasattr(index, "follow"):  # (``evidence index --rebuild``; older code: rebuild(entries))
    index.sync(lib, rebuild=True)
else:
    index.rebuild(lib.entries, lib.fingerprint())
print(time.perf_counter() - t)
"""
QUERY = """
import json, sys, time
from pathlib import Path
from evidence.search.index import SearchIndex
index = SearchIndex.for_library(sys.argv[1], cache_dir=Path(sys.argv[2]))
queries = json.loads(sys.argv[3])
for q in queries:
    index.search(q)
times = []
for _ in range(3):
    for q in queries:
        t = time.perf_counter()
        index.search(q)
        times.append(time.perf_counter() - t)
print(json.dumps(times))
"""


def build_library(data: Path, folder: Path) -> Path:
    text = gzip.decompress((data / "bib" / "derived" / "slice50k.bib.gz").read_bytes()).decode("utf-8")
    head = re.compile(r"(?m)^(@[A-Za-z]+[ \t]*[{(][ \t]*)([^,\s]+)")
    second = head.sub(lambda m: m.group(0) if m.group(1).lower().startswith(("@string", "@comment", "@preamble"))
                      else m.group(1) + m.group(2) + "-b", text)
    path = folder / "lib100k.bib"
    path.write_text(text + "\n" + second, encoding="utf-8")
    return path


def run(argv: list[str], env: dict[str, str], cwd: Path) -> tuple[float, float, str]:
    """(wall seconds, peak RSS in MB, stdout) of one child process, started in ``cwd`` (``python -c``
    puts the working folder first on sys.path: it decides which checkout's code runs)."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, env=env, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    out = proc.stdout.read() if proc.stdout else ""
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode:
        raise SystemExit(f"{argv[:4]} failed ({proc.returncode})")
    return wall, usage.ru_maxrss / 1024, out


def checkout(before: str) -> tuple[Path, str]:
    """(folder, python) of ``--before``: a folder runs under its own ``.venv`` if it has one, else this
    interpreter; a commit of this repository is unpacked once into the temp folder with a venv of its own."""
    if Path(before).is_dir():
        own = Path(before).resolve() / ".venv" / "bin" / "python"
        return Path(before).resolve(), str(own) if own.exists() else sys.executable
    sha = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--verify", f"{before}^{{commit}}"], check=True,
                         capture_output=True, text=True).stdout.strip()
    folder = Path(tempfile.gettempdir()) / f"evidence-before-{sha[:12]}"
    python = folder / ".venv" / "bin" / "python"
    if not python.exists():
        print(f"unpacking {sha[:12]} into {folder} with its own venv (once)", flush=True)
        folder.mkdir(parents=True, exist_ok=True)
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", sha], check=True, capture_output=True).stdout
        subprocess.run(["tar", "-x", "-C", str(folder)], input=archive, check=True)
        subprocess.run([sys.executable, "-m", "venv", str(folder / ".venv")], check=True)
        subprocess.run([str(python), "-m", "pip", "install", "-q", "-e", str(folder)], check=True)
    return folder, str(python)


class Variant:
    """One checkout's code, with its own cache folder (and, for a commit, its own interpreter)."""

    def __init__(self, name: str, repo: Path, work: Path, library: Path, python: str = sys.executable) -> None:
        self.name, self.library, self.repo, self.python = name, library, repo, python
        self.cache = work / f"cache-{name}"
        self.env = dict(os.environ, PYTHONPATH=str(repo), EVIDENCE_CACHE_DIR=str(self.cache),
                        EVIDENCE_DATA_DIR=str(work / f"data-{name}"))
        self.env.pop("PYTHONDONTWRITEBYTECODE", None)  # (an installed evidence has its bytecode cached)

    def py(self, code: str, *args: str) -> tuple[float, float, str]:
        return run([self.python, "-c", code, str(self.library), str(self.cache), *args], self.env, self.repo)

    def cli(self, *args: str) -> tuple[float, float, str]:
        return run([self.python, "-c", "from cli import cli; cli()", *args], self.env, self.repo)

    def search(self) -> tuple[float, float, str]:
        return self.cli("-q", "-l", str(self.library), "search", "ketamine", "-n", "5")


TITLE = re.compile(rb"\n[ \t]*title[ \t]*=[ \t]*\{([^{}\n]*)\}", re.I)


def edit_title(path: Path, n: int) -> None:
    """Replace the first plain ``title = {...}`` value after the middle of the file (a title, not a
    key: a bare search for "title" once hit ``intitle:`` in a URL and cut an entry's key)."""
    data = path.read_bytes()
    m = TITLE.search(data, len(data) // 2)
    assert m is not None
    path.write_bytes(data[:m.start(1)] + f"Edited by hand {n}".encode() + data[m.end(1):])


def fmt(values: list[float], unit: str = "s") -> str:
    scale = 1000 if unit == "ms" else 1
    med = statistics.median(values) * scale
    return f"{med:.3g} {unit} [{min(values) * scale:.3g}-{max(values) * scale:.3g}]"


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p * (len(ordered) - 1)))]


def main() -> None:  # noqa: C901  (a script: one table, row after row)
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", type=Path, default=Path("/work/shared/data"))
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--builds", type=int, default=1,
                        help="index builds per checkout, interleaved (the first one cold; each one minutes)")
    parser.add_argument("--before", help="another checkout (a folder, e.g. /work/main) or a commit to compare")
    parser.add_argument("--only", choices=["query"], help="run one row only")
    parser.add_argument("--work", type=Path, help="with --only: a folder to keep the library and indexes in")
    args = parser.parse_args()
    before = checkout(args.before) if args.before else None  # (outside the temp folder: a venv outlives a run)
    if args.only:
        only_queries(args, before)
        return
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        # (in a child: a parent that held the 64 MB text would lend every child its peak memory, which
        # Linux counts in the child's ru_maxrss from fork to exec)
        subprocess.run([sys.executable, "-c", MAKE, str(args.data), str(work)], check=True, cwd=ROOT / "bench")
        library = work / "lib100k.bib"
        print(f"library: {library.stat().st_size / 1e6:.0f} MB, runs: {args.runs}", flush=True)
        variants = [Variant("after", ROOT, work, library)]
        if before:
            variants.insert(0, Variant("before", before[0], work, library, before[1]))
        rows: dict[str, dict[str, list[float]]] = {v.name: {} for v in variants}
        base: dict[str, list[float]] = {"raw": [], "raw_rss": [], "python": []}

        def add(variant: Variant, key: str, value: float) -> None:
            rows[variant.name].setdefault(key, []).append(value)

        for v in variants:  # which code each runs
            print(f"{v.name}: {v.py('import evidence; print(evidence.__file__)')[2].strip()}", flush=True)
        for v in variants:  # cold: parse cache and first index build (once: minutes)
            wall, rss, out = v.py(BUILD)
            add(v, "build", float(out))
            add(v, "build_rss", rss)
            print(f"{v.name}: first build {float(out):.1f} s (+ cold load: {wall - float(out):.1f} s), "
                  f"{rss:.0f} MB", flush=True)
            v.search()  # the index's state now follows the file
        for _ in range(args.builds - 1):  # (the parse cache is warm now: the load is outside the timing anyway)
            for v in variants:
                wall, rss, out = v.py(BUILD)
                add(v, "build", float(out))
                add(v, "rebuild_rss", rss)
                print(f"{v.name}: rebuild {float(out):.1f} s, {rss:.0f} MB", flush=True)
                v.search()
        for n in range(args.runs):
            _, rss, out = run([sys.executable, "-c", RAW, str(library)], os.environ.copy(), work)
            base["raw"].append(float(out))
            base["raw_rss"].append(rss)
            base["python"].append(run([sys.executable, "-c", "pass"], os.environ.copy(), work)[0])
            for v in variants:
                edit_title(library, n * 10 + len(v.name))
                wall, rss, _ = v.search()
                add(v, "edit_search", wall)
                add(v, "edit_search_rss", rss)
            for v in variants:
                wall, rss, out = v.py(LOAD)
                add(v, "load", float(out))
                add(v, "load_rss", rss)
            time.sleep(2.1)  # the last edit is now old enough for a stat to be trusted
            for v in variants:
                v.search()
                add(v, "fresh_search", v.search()[0])
                add(v, "version", v.cli("--version")[0])
            for v in variants:  # one process per run: its p50 and p95 are one sample each
                times = json.loads(v.py(QUERY, json.dumps(QUERIES))[2])
                add(v, "q50", statistics.median(times))
                add(v, "q95", percentile(times, 0.95))
            print(f"run {n + 1} done", flush=True)
        raw = statistics.median(base["raw"])
        raw_rss = statistics.median(base["raw_rss"])
        print(f"\nbaselines: raw read+decode+split {fmt(base['raw'])}, peak {raw_rss:.0f} MB; "
              f"python -c pass {fmt(base['python'])}\n")
        print("| what | " + " | ".join(v.name for v in variants) + " |")
        print("|---|" + "---|" * len(variants))
        table = [
            ("search right after a hand edit of one title", lambda r: f"{fmt(r['edit_search'])}, "
             f"{statistics.median(r['edit_search_rss']):.0f} MB"),
            ("second Library.load (warm) / raw split", lambda r: f"{fmt(r['load'])} = "
             f"{statistics.median(r['load']) / raw:.1f}x, {statistics.median(r['load_rss']):.0f} MB = "
             f"{statistics.median(r['load_rss']) / raw_rss:.1f}x"),
            (f"index build, 100k ({args.builds} per checkout; memory: the cold first, then the rebuilds')",
             lambda r: f"{fmt(r['build'])}, {r['build_rss'][0]:.0f} MB"
             + (f" / {statistics.median(r['rebuild_rss']):.0f} MB" if "rebuild_rss" in r else "")),
            ("warm query latency p50 / p95 (21 queries x 3, one process per run)",
             lambda r: f"{fmt(r['q50'], 'ms')} / {fmt(r['q95'], 'ms')}"),
            ("fresh-process search, warm index", lambda r: fmt(r["fresh_search"])),
            ("evidence --version", lambda r: fmt(r["version"])),
        ]
        for label, cell in table:
            print(f"| {label} | " + " | ".join(cell(rows[v.name]) for v in variants) + " |")


def only_queries(args: argparse.Namespace, before: tuple[Path, str] | None) -> None:
    """The query row alone: warm in-process latency of QUERIES, each run a fresh process per checkout."""
    work = args.work or Path(tempfile.mkdtemp())
    work.mkdir(parents=True, exist_ok=True)
    library = work / "lib100k.bib"
    if not library.exists():
        subprocess.run([sys.executable, "-c", MAKE, str(args.data), str(work)], check=True, cwd=ROOT / "bench")
    variants = [Variant("after", ROOT, work, library)]
    if before:
        variants.insert(0, Variant("before", before[0], work, library, before[1]))
    for v in variants:
        if not (v.cache / "index").is_dir():  # (built once per work folder: minutes)
            print(f"{v.name}: first build {float(v.py(BUILD)[2]):.0f} s", flush=True)
    p50: dict[str, list[float]] = {v.name: [] for v in variants}
    p95: dict[str, list[float]] = {v.name: [] for v in variants}
    for n in range(args.runs):
        for v in variants:
            times = json.loads(v.py(QUERY, json.dumps(QUERIES))[2])
            p50[v.name].append(statistics.median(times))
            p95[v.name].append(percentile(times, 0.95))
        print(f"run {n + 1} done", flush=True)
    print("\n| what | " + " | ".join(v.name for v in variants) + " |")
    print("|---|" + "---|" * len(variants))
    print("| warm query latency p50 / p95 (21 queries x 3), median of runs | "
          + " | ".join(f"{fmt(p50[v.name], 'ms')} / {fmt(p95[v.name], 'ms')}" for v in variants) + " |")


if __name__ == "__main__":
    main()
