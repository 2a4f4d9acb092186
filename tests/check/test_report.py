"""Renderers: terminal text, JSON schema, and an HTML page checked in a real browser when available."""

from __future__ import annotations

import json
import shutil
import struct
import subprocess
from pathlib import Path

import pytest

from evidence.check.checker import check_manuscript
from evidence.check.manuscript import Manuscript, read_manuscript
from evidence.check.report import SCHEMA_VERSION, entry_url, render_html, render_json, render_text
from evidence.model import Entry
from tests.fixtures.check.library import library

MANUSCRIPTS = Path(__file__).parent.parent / "manuscripts"


@pytest.fixture(scope="module")
def report():  # type: ignore[no-untyped-def]
    return check_manuscript(read_manuscript(MANUSCRIPTS / "ketamine.md"), library())


def test_text_report_summary_and_blocks(report) -> None:  # type: ignore[no-untyped-def]
    text = render_text(report, color=False)
    lines = text.splitlines()
    assert lines[0] == f"evidence check: {MANUSCRIPTS / 'ketamine.md'} (markdown)"
    assert lines[1] == ("37 citations: 30 resolved, 0 ambiguous, 7 unresolved; 17 with flags (21 flags); "
                        "95 of 116 library entries not cited")
    block = text[text.index("line 9:89"):text.index("line 10:65")]
    assert block.splitlines() == [
        "line 9:89  (Berman et al., 2000)  RESOLVED  berman2000",
        "  work:     Berman et al. (2000). Antidepressant effects of ketamine in depressed patients",
        "  claim:    The antidepressant effect lasted 1 week in patients with treatment-resistant depression",
        "  evidence: [title 4.48] Antidepressant effects of ketamine in depressed patients",
        "            [abstract 2.57] This is the first placebo-controlled, double-blinded trial to assess the "
        "treatment effects of a single dose of an N-methyl-D-aspartate (NMDA) receptor antagonist in patients "
        "with depression.",
        "  flag:     '1 week' not found in the title or abstract: does the source give this duration?",
        "  flag:     'treatment-resistant' not found in the title or abstract: does the source give this "
        "population or condition?",
        "",
    ]
    misdated = text[text.index("line 13:63"):text.index("line 14:48")]
    assert "  problem:  no Xu et al., 2019 in the library" in misdated
    assert "  nearest:  the library has Xu 2016 (xu2016); the manuscript says 2019: is the year wrong?" in misdated
    assert "\033[" not in text
    assert "  ... and 55 more (see --json)" in lines


def test_text_report_colour_uses_ansi(report) -> None:  # type: ignore[no-untyped-def]
    text = render_text(report, color=True)
    assert "\033[1m\033[32mRESOLVED\033[0m" in text and "\033[1m\033[31mUNRESOLVED\033[0m" in text
    assert "\033[1m\033[36m72\033[0m" in text  # shared term highlighted


def test_json_schema(report) -> None:  # type: ignore[no-untyped-def]
    data = json.loads(render_json(report))
    assert list(data) == ["schema_version", "manuscript", "summary", "citations", "uncited", "references"]
    assert data["schema_version"] == SCHEMA_VERSION == 1
    assert data["manuscript"] == {"path": str(MANUSCRIPTS / "ketamine.md"), "kind": "markdown"}
    assert data["summary"]["unresolved"] == 7
    first = data["citations"][0]
    assert list(first) == ["citation", "status", "key", "candidates", "reason", "suggestion", "claim", "clause",
                           "evidence", "flags", "entry"]
    assert first["entry"] == {
        "key": "berman2000", "title": "Antidepressant effects of ketamine in depressed patients", "year": 2000,
        "authors": ["Berman, Robert M.", "Cappiello, Angela", "Anand, Amit", "Oren, Dan A.", "Heninger, George R.",
                    "Charney, Dennis S.", "Krystal, John H."],
        "journal": "Biological Psychiatry", "doi": "10.1016/s0006-3223(99)00230-9", "pmid": "10686270",
        "url": "https://doi.org/10.1016/s0006-3223(99)00230-9", "retracted": False}
    assert first["evidence"][0]["shared_terms"] == ["first", "placebo-controlled", "trial", "depression"]
    xu = data["citations"][8]
    assert xu["status"] == "unresolved" and xu["suggestion"]["reason"] == "misdated" and xu["entry"] is None
    assert len(data["uncited"]) == 95


def test_entry_url_prefers_doi_then_pubmed() -> None:
    assert entry_url(Entry("a", "article", {"pmid": "9553669"})) == "https://pubmed.ncbi.nlm.nih.gov/9553669/"
    assert entry_url(Entry("a", "article", {})) is None


def test_html_escapes_everything() -> None:
    evil = Entry("x<y", "article", {"author": "Smith, <b>Bob</b>", "year": "2010",
                                    "title": "A <script>alert(1)</script> & more",
                                    "abstract": "A <script> trial & more."})
    page = render_html(check_manuscript(Manuscript.from_text("A <script> trial & co (Smith, 2010)."), [evil]))
    assert "<script>" not in page and "<b>Bob" not in page
    assert "A &lt;script&gt;alert(1)&lt;/script&gt; &amp; more" in page
    assert page.startswith("<!DOCTYPE html>") and "<link" not in page and "src=" not in page


def test_html_links_entries_and_shows_flags(report) -> None:  # type: ignore[no-untyped-def]
    page = render_html(report)
    assert '<a href="https://doi.org/10.1016/s0006-3223(99)00230-9" rel="noopener noreferrer">' in page
    assert "&#x27;1 week&#x27; not found in the title or abstract" in page
    assert '<span class="badge unresolved">unresolved</span>' in page
    assert page.count('<section class="cite') == 37


def _png_size(path: Path) -> tuple[int, int]:
    width, height = struct.unpack(">II", path.read_bytes()[16:24])
    return width, height


@pytest.mark.skipif(shutil.which("chromium") is None, reason="chromium is not installed (apt-get install chromium)")
@pytest.mark.parametrize("width", [1280, 390])
def test_html_renders_in_headless_chromium(report, tmp_path: Path, width: int) -> None:  # type: ignore[no-untyped-def]
    page = tmp_path / "report.html"
    page.write_text(render_html(report), encoding="utf-8")
    shot = tmp_path / "shot.png"
    args = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run", f"--screenshot={shot}",
            f"--window-size={width},900", page.as_uri()]
    subprocess.run(args, capture_output=True, timeout=120, check=False)
    assert shot.exists()
    assert _png_size(shot) == (width, 900)
    dom = subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                          "--dump-dom", page.as_uri()], capture_output=True, timeout=120, text=True).stdout
    assert dom.count('class="cite ') == 37 and "Berman et al., 2000" in dom
