"""Benchmark the library store against plain bibtexparser, on real large .bib files.

Usage: python bench/bench_library.py [--data ../shared/data] [--with-50k]

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


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--with-50k", action="store_true", help="also the 50,000-entry synthetic file")
    args = parser.parse_args()
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
