"""Benchmark the library store on real large .bib files: load, no-op render, one-entry edit + save.

Usage: python bench/bench_library.py [FILE.bib ...]   (defaults: ../shared/data/bib/*.bib)
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from evidence.library import Library  # noqa: E402


def bench(path: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / path.name
        shutil.copyfile(path, target)
        t0 = time.perf_counter()
        lib = Library.load(target)
        t1 = time.perf_counter()
        same = lib._parsed.decoded.bom + lib.render().encode(lib.encoding) == path.read_bytes()
        t2 = time.perf_counter()
        entry = lib.entries[len(lib) // 2]
        entry.set("note", "benchmark edit")
        lib.save(force=True)
        t3 = time.perf_counter()
        print(f"{path.name}: {path.stat().st_size / 1e6:.1f} MB, {len(lib)} entries, {len(lib.problems)} problems | "
              f"load {t1 - t0:.2f}s | no-op render {t2 - t1:.2f}s (byte-identical: {same}) | "
              f"edit one + verified atomic save {t3 - t2:.2f}s")


if __name__ == "__main__":
    files = [Path(a) for a in sys.argv[1:]] or sorted(Path(__file__).resolve().parents[2].joinpath("shared/data/bib").glob("*.bib"))
    for f in files:
        bench(f)
