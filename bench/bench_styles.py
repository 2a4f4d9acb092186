"""The citation engine measured: pandoc's citeproc (ours) against citeproc-py, on speed and on the golden set.

Run ``.venv/bin/python bench/bench_styles.py [--sizes 1000 10000] [--styles apa vancouver]``.

Speed: the first N entries of derived/slice10k.bib (real BibTeX of many types) as plain text.
``evidence`` is the whole export path (data prepared per style, one pandoc process, HTML parsed);
``pandoc`` is one bare ``pandoc --citeproc`` run on the same CSL-JSON items and the style as
evidence hands it over; ``pandoc, file as is`` the same with the unmodified CSL file (skipped for
author-date lists over ``--reference-max``: pandoc's given-name disambiguation grows too fast);
``citeproc-py`` is citeproc-py on the same items and the unmodified file.
Correctness: how many of the 3 x 64 hand-checked golden lines (tests/formats/golden) each
engine gets exactly right when given the same prepared items.

Measured 2026-11-29 on the 2-core build machine (other jobs running), one run each, seconds:

    style      entries  evidence  pandoc  pandoc, file as is  citeproc-py  evidence/pandoc
    vancouver     1000      0.73    0.66                0.65        13.71             1.12
    vancouver    10000      6.50    5.65                4.90        80.77             1.15
    apa           1000      0.81    0.75                7.26        10.09             1.07
    apa           2000      1.82    1.42               43.53        29.49             1.28
    apa          10000      8.13    6.63       (not run: ~hours)   109.06             1.23

(citeproc-py here is plain citeproc-py; the engine evidence used before, citeproc-py with its style
memo and output repairs, took 21.4 s for 10,000 Vancouver and 34.0 s for 10,000 APA entries.)
Golden lines right: evidence 64/64 in all three styles; citeproc-py on the same items and style
text 53/64 APA, 33/64 Vancouver, 59/64 AMA (its "1.Berman" numbering not counted against it).

Needs the bench extra for the comparison: ``.venv/bin/pip install -e ".[bench]"``.
"""

from __future__ import annotations

import argparse
import gzip
import re
import sys
import tempfile
import time
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from evidence.formats.pandoc import render_html  # noqa: E402
from evidence.formats.styles import (  # noqa: E402
    _html_to_text,
    _style_xml,
    csl_items,
    format_bibliography,
    load_style,
)
from evidence.model import Entry  # noqa: E402
from evidence.store.library import Library  # noqa: E402

DATA = Path("/work/shared/data/bib/derived/slice10k.bib.gz")
GOLDEN = Path(__file__).resolve().parent.parent / "tests" / "formats" / "golden"


def citeproc_py(items: list[dict[str, object]], csl: Path) -> list[str]:
    """citeproc-py's plain-text bibliography for ``items`` (in its own sort order)."""
    from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle, formatter
    from citeproc.source.json import CiteProcJSON

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        style = CitationStylesStyle(str(csl), validate=False)
        # citeproc-py reads no markup in values: nocase spans are taken out (it changes no case anyway)
        safe = [{k: re.sub(r"</?span[^>]*>", "", v) if isinstance(v, str) else v for k, v in item.items()
                 if k != "language"} for item in items]
        bib = CitationStylesBibliography(style, CiteProcJSON(safe), formatter.html)
        for item in items:
            bib.register(Citation([CitationItem(str(item["id"]).lower())]))
        bib.sort()
        return [_html_to_text(str(r)) for r in bib.bibliography()]


def timed(fn: object) -> float:
    start = time.perf_counter()
    fn()  # type: ignore[operator]
    return time.perf_counter() - start


def speed(entries: list[Entry], sizes: list[int], styles: list[str], skip_citeproc_py: bool,
          reference_max: int) -> None:
    print(f"{'style':<10} {'entries':>7} {'evidence':>9} {'pandoc':>8} {'pandoc, file as is':>19} "
          f"{'citeproc-py':>12} {'evidence/pandoc':>16} {'citeproc-py/pandoc':>19}")
    for name in styles:
        style = load_style(name)
        for n in sizes:
            chosen = entries[:n]
            items = csl_items(chosen, style)
            for number, item in enumerate(items):
                item["id"] = f"e{number}"
            ours = timed(lambda chosen=chosen, style=style: format_bibliography(chosen, style))
            xml = _style_xml(style, "style")
            bare = timed(lambda items=items, xml=xml: render_html(items, xml))
            as_is = float("nan") if n > reference_max and not style.numeric else timed(
                lambda items=items, style=style: render_html(items, style.path))
            slow = float("nan") if skip_citeproc_py else timed(lambda items=items, style=style: citeproc_py(
                items, style.path))
            print(f"{name:<10} {n:>7} {ours:>8.2f}s {bare:>7.2f}s {as_is:>18.2f}s {slow:>11.2f}s {ours / bare:>16.2f} "
                  f"{slow / bare:>19.2f}", flush=True)


def correctness() -> None:
    golden = Library.load(GOLDEN / "golden.bib").entries
    for name in ("apa", "vancouver", "ama"):
        style = load_style(name)
        expected = set((GOLDEN / f"{name}.txt").read_text(encoding="utf-8").splitlines())
        ours = format_bibliography(golden, style).splitlines()
        items = csl_items(golden, style)
        xml = _style_xml(style, "style")
        plain = [_html_to_text(f) for _, f in render_html(items, xml)]
        with tempfile.TemporaryDirectory() as tmp:  # citeproc-py gets the same style text as pandoc
            csl = Path(tmp) / "style.csl"
            csl.write_text(xml if isinstance(xml, str) else xml.read_text(encoding="utf-8"), encoding="utf-8")
            other = citeproc_py(items, csl)
        label = re.compile(r"^\d+\.\s*")  # citeproc-py glues the number to the text ("1.Berman"): not counted
        strip = {label.sub("", line) for line in expected}
        print(f"{name:<10} golden lines right: evidence {sum(g in expected for g in ours)}/64, "
              f"pandoc on prepared items {sum(p in expected for p in plain)}/64, "
              f"citeproc-py on prepared items {sum(label.sub('', o) in strip for o in other)}/64 "
              "(numbers ignored)")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="*", default=[1000, 10000])
    parser.add_argument("--styles", nargs="+", default=["apa", "vancouver"])
    parser.add_argument("--skip-citeproc-py", action="store_true")
    parser.add_argument("--reference-max", type=int, default=2000,
                        help="largest list given to pandoc with an author-date style file as is (its given-name "
                             "disambiguation took 56 s for 2,000 APA entries)")
    args = parser.parse_args()
    correctness()
    if not args.sizes:
        return
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "slice10k.bib"
        path.write_bytes(gzip.decompress(DATA.read_bytes()))
        entries = Library.load(path).entries
    speed(entries, args.sizes, args.styles, args.skip_citeproc_py, args.reference_max)


if __name__ == "__main__":
    main()
