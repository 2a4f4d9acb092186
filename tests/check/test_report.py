"""Renderers: terminal text, JSON schema, and an HTML page checked in a real browser when available."""

from __future__ import annotations

import html
import json
import re
import shutil
import struct
import subprocess
from pathlib import Path
from typing import Any

import pytest

from evidence.check.checker import check_manuscript
from evidence.check.manuscript import Manuscript, read_manuscript
from evidence.check.problems import find_problems, no_abstract_message
from evidence.check.report import SCHEMA_VERSION, entry_url, quickfix_lines, render_json, render_text
from evidence.check.report_ci import render_github, sarif_dict
from evidence.check.report_html import Provenance, render_html
from evidence.check.results import CheckReport, Flag
from evidence.model import Entry
from evidence.store.library import Library
from tests.fixtures.check.library import library

MANUSCRIPTS = Path(__file__).parent.parent / "manuscripts"
EXAMPLES = Path(__file__).parent.parent.parent / "examples"
PROVENANCE = Provenance("examples/draft.md", "examples/library.bib", "ab" * 32, "0.1.0", "2026-11-29 01:00 UTC")


@pytest.fixture(scope="module")
def report():  # type: ignore[no-untyped-def]
    return check_manuscript(read_manuscript(MANUSCRIPTS / "ketamine.md"), library())


@pytest.fixture(scope="module")
def example() -> tuple[CheckReport, Manuscript]:
    """The shipped example: a draft with deliberate problems against real PubMed records."""
    draft = read_manuscript(EXAMPLES / "draft.md")
    return check_manuscript(draft, Library.load(EXAMPLES / "library.bib").entries), draft


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
        "  evidence: [abstract 1.54] This is the first placebo-controlled, double-blinded trial to assess the "
        "treatment effects of a single dose of an N-methyl-D-aspartate (NMDA) receptor antagonist in patients "
        "with depression.",
        "            [abstract 0.73] These results suggest a potential role for NMDA receptor-modulating drugs in the "
        "treatment of depression.",
        "            [abstract 0.71] A growing body of preclinical research suggests that brain glutamate systems may "
        "be involved in the pathophysiology of major depression and the mechanism of action of antidepressants.",
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


_LAYOUT_PROBE = """<!DOCTYPE html><html><body style="margin:0">
<iframe id="report" style="width:%dpx;height:900px;border:0" onload="probe()" srcdoc="%s"></iframe>
<script>
function probe() {
  var frame = document.getElementById("report"), doc = frame.contentDocument;
  var out = {inner: frame.contentWindow.innerWidth, scroll: doc.documentElement.scrollWidth};
  ["fix-list", "manuscript", "citations", "references", "provenance"].forEach(function (id) {
    var r = doc.getElementById(id).getBoundingClientRect();
    out[id] = [Math.round(r.left), Math.round(r.right), Math.round(r.height)];
  });
  var pre = document.createElement("pre"); pre.id = "layout"; pre.textContent = JSON.stringify(out);
  document.body.appendChild(pre);
}
</script></body></html>"""
_CHROMIUM = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
             "--disable-component-update", "--disable-sync", "--no-first-run", "--hide-scrollbars"]


def browser_layout(page: str, tmp_path: Path, width: int) -> tuple[dict[str, Any], Path]:
    """Render ``page`` in headless Chromium at ``width``: a screenshot, and where the main sections
    landed, measured by a probe page that holds the report in an iframe of that width (the report
    itself has no scripts, and headless windows cannot be narrower than 500 px)."""
    plain = tmp_path / f"report-{width}.html"
    plain.write_text(page, encoding="utf-8")
    shot = tmp_path / f"shot-{width}.png"
    subprocess.run([*_CHROMIUM, f"--screenshot={shot}", f"--window-size={width},900", plain.as_uri()],
                   capture_output=True, timeout=120, check=False)
    probed = tmp_path / f"probe-{width}.html"
    probed.write_text(_LAYOUT_PROBE % (width, html.escape(page, quote=True)), encoding="utf-8")
    dom = subprocess.run([*_CHROMIUM, f"--window-size={max(width, 1280)},900", "--dump-dom", probed.as_uri()],
                         capture_output=True, timeout=120, text=True, check=False).stdout
    found = re.search(r'<pre id="layout">(.*?)</pre>', dom)
    assert found is not None, dom[-2000:]
    return json.loads(html.unescape(found.group(1))), shot


@pytest.mark.skipif(shutil.which("chromium") is None, reason="chromium is not installed (apt-get install chromium)")
@pytest.mark.parametrize("width", [1280, 390])
def test_html_renders_in_headless_chromium(example, tmp_path: Path, width: int) -> None:  # type: ignore[no-untyped-def]
    report, draft = example
    layout, shot = browser_layout(render_html(report, manuscript=draft, provenance=PROVENANCE), tmp_path, width)
    assert _png_size(shot) == (width, 900)
    assert layout["inner"] == width and layout["scroll"] == width  # nothing wider than the window
    for section in ("fix-list", "manuscript", "citations", "references", "provenance"):
        left, right, height = layout[section]
        assert 0 <= left < right <= width and height > 40, (section, layout[section])


# -- what to fix: problems, terminal lines, CI formats, HTML sections ---------------------------------


def test_problems_are_ranked_and_worded_once(example) -> None:  # type: ignore[no-untyped-def]
    report, _ = example
    problems = find_problems(report)
    assert [(p.category, p.level, p.rule, p.line) for p in problems] == [
        ("unresolved", "error", "unresolved-citation", 12), ("unresolved", "error", "unresolved-citation", 15),
        ("claim", "warning", "missing-specific", 18), ("claim", "warning", "population", 29),
        ("unchecked", "note", "no-abstract", 30)]
    assert problems[0].message == ("no Malfertheiner et al., 2017 in the library; add it with "
                                   "`evidence add <DOI or PMID>`")
    assert problems[2].message == ("Chinzon et al., 2022: '40%' not found in the title or abstract: "
                                   "does the source give this number?")


def test_text_report_ends_with_quickfix_lines(example) -> None:  # type: ignore[no-untyped-def]
    report, _ = example
    where = (EXAMPLES / "draft.md").as_posix()
    text = render_text(report)
    assert text.endswith("\n".join([
        "Problems (5):",
        f"{where}:12:38: error: no Malfertheiner et al., 2017 in the library; add it with `evidence add <DOI or PMID>`",
        f"{where}:15:75: error: no Shaheen et al., 2020 in the library; the library has Shaheen 2022 "
        "(shaheen2022diagnosis); the manuscript says 2020: is the year wrong?",
        f"{where}:18:18: warning: Chinzon et al., 2022: '40%' not found in the title or abstract: "
        "does the source give this number?",
        f"{where}:29:29: warning: "
        "Costa-Matos et al., 2013: the claim says 'children', PubMed indexes the participants as Middle Aged; "
        "the abstract says \"Liver biopsy specimens were obtained from 63 ALD patients (during routine treatment) "
        "and 52 healthy controls (during elective cholecystectomy).\": is it the same population?",
        f"{where}:30:59: note: Andraus, 2020: no abstract: the library holds PubMed's record (PMID 32294727) and "
        "PubMed has no abstract for it, so the claim could not be compared: check it against the full text",
    ]) + "\n")
    assert "  flag:     no abstract: the library holds PubMed's record (PMID 32294727)" in text


def test_no_problems_no_problem_section() -> None:
    entry = Entry("smith2010", "article", {"author": "Smith, Ann", "year": "2010", "title": "Ketamine trial",
                                           "abstract": "A ketamine trial."})
    report = check_manuscript(Manuscript.from_text("A ketamine trial (Smith, 2010)."), [entry])
    assert quickfix_lines(report) == [] and "Problems" not in render_text(report)


def test_no_abstract_advice_follows_what_was_tried() -> None:
    from_pubmed = Entry("a", "article", {"pmid": "32294727", "pubtype": "Editorial"})
    assert no_abstract_message(from_pubmed) == (
        "no abstract: the library holds PubMed's record (PMID 32294727) and PubMed has no abstract for it, "
        "so the claim could not be compared: check it against the full text")
    assert no_abstract_message(Entry("b", "article", {"pmid": "123"})) == (
        "no abstract in the library (PMID 123), so the claim could not be compared: run `evidence enrich` to "
        "fetch it from PubMed; if enrich already ran, PubMed has no abstract")
    assert no_abstract_message(Entry("c", "article", {})) == (
        "no abstract in the library, so the claim could not be compared: run `evidence enrich` to look the work "
        "up in PubMed")


def test_sarif_log(example) -> None:  # type: ignore[no-untyped-def]
    report, _ = example
    log = sarif_dict(report, "9.9")
    assert log["version"] == "2.1.0" and log["$schema"] == "https://json.schemastore.org/sarif-2.1.0.json"
    run = log["runs"][0]  # type: ignore[index]
    assert run["columnKind"] == "unicodeCodePoints"
    assert run["tool"]["driver"]["name"] == "evidence" and run["tool"]["driver"]["version"] == "9.9"
    assert [r["id"] for r in run["tool"]["driver"]["rules"]] == ["missing-specific", "no-abstract", "population",
                                                                 "unresolved-citation"]
    assert len(run["results"]) == 5
    assert run["results"][1] == {
        "ruleId": "unresolved-citation", "ruleIndex": 3, "level": "error",
        "message": {"text": "no Shaheen et al., 2020 in the library; the library has Shaheen 2022 "
                            "(shaheen2022diagnosis); the manuscript says 2020: is the year wrong?"},
        "locations": [{"physicalLocation": {
            "artifactLocation": {"uri": (EXAMPLES / "draft.md").as_posix()},
            "region": {"startLine": 15, "startColumn": 75, "snippet": {"text": "(Shaheen et al., 2020)"}}}}]}


def test_github_annotations_escape_their_data() -> None:
    entry = Entry("smith2010", "article", {"author": "Smith, Ann", "year": "2010", "title": "Ketamine trial",
                                           "abstract": "A ketamine trial in adults."})
    report = check_manuscript(Manuscript.from_text("In 40% of children, ketamine works (Smith, 2010).",
                                                   path="a,b:c.md"), [entry])
    assert render_github(report).splitlines() == [
        "::warning file=a%2Cb%3Ac.md,line=1,col=36,title=evidence missing-specific::Smith, 2010: '40%25' not found "
        "in the title or abstract: does the source give this number?",
        "::warning file=a%2Cb%3Ac.md,line=1,col=36,title=evidence population::Smith, 2010: the claim says "
        "'children', the abstract speaks of 'adults': \"A ketamine trial in adults.\": is it the same population?",
    ]


def _section(page: str, ident: str) -> str:
    start = page.index(f'id="{ident}"')
    return page[start:page.index("</section>", start)]


def test_html_fix_list_first_then_manuscript_cards_references(example) -> None:  # type: ignore[no-untyped-def]
    report, draft = example
    page = render_html(report, manuscript=draft, provenance=PROVENANCE)
    order = [page.index(f'id="{s}"') for s in ("fix-list", "manuscript", "citations", "references", "uncited",
                                                "provenance")]
    assert order == sorted(order)
    fixes = _section(page, "fix-list")
    assert "<h2>Fix list (5)</h2>" in fixes
    assert ('<li class="lvl-error"><a href="#cite-3"><span class="loc">line 15:75</span> (Shaheen et al., 2020)</a> '
            '<span class="msg">no Shaheen et al., 2020 in the library; the library has Shaheen 2022 '
            "(shaheen2022diagnosis); the manuscript says 2020: is the year wrong?</span></li>") in fixes
    assert fixes.index("Citations that match no library entry (2)") < fixes.index(
        "Claims to check against the source (2)") < fixes.index("Claims that could not be compared (1)")
    targets = re.findall(r'href="#(cite-\d+)"', fixes)
    assert targets == ["cite-2", "cite-3", "cite-4", "cite-7", "cite-8"]
    assert all(re.search(f'<section class="cite [a-z ]+" id="{t}">', page) for t in targets)


def test_html_manuscript_view_colours_and_links_citations(example) -> None:  # type: ignore[no-untyped-def]
    report, draft = example
    view = _section(render_html(report, manuscript=draft), "manuscript")
    assert ('<a href="#cite-3" id="m-3" class="cm unresolved" title="Shaheen et al., 2020: unresolved">'
            "(Shaheen et al., 2020)</a>") in view
    assert '<a href="#cite-4" id="m-4" class="cm flagged" title="Chinzon et al., 2022: flagged">' in view
    assert '<a href="#cite-1" id="m-1" class="cm resolved"' in view
    assert "<i>Helicobacter pylori</i> causes dyspepsia" in view and "*Helicobacter" not in view
    assert '<strong class="h">Stomach and oesophagus</strong>' in view
    assert "therapy for 14 days is the preferred regimen when antibiotic" in view  # soft line breaks joined


def test_html_cards_render_markup_and_skip_empty_evidence(example) -> None:  # type: ignore[no-untyped-def]
    report, draft = example
    page = render_html(report, manuscript=draft)
    first = _section(page, "cite-1")
    assert '<a class="loc" href="#m-1">line 11:38</a>' in first
    assert "<i>Helicobacter pylori</i>" in first and '<a class="to-ref" href="#ref-2">' in first
    unresolved = _section(page, "cite-2")
    assert '<section class="cite unresolved problem" id="cite-2">' in page
    assert "Evidence" not in unresolved and '<div class="cols one">' in unresolved
    no_abstract = _section(page, "cite-8")
    assert "evidence enrich" not in no_abstract
    assert "PubMed has no abstract for it" in no_abstract


def test_html_reference_list_in_the_chosen_style(example) -> None:  # type: ignore[no-untyped-def]
    report, draft = example
    apa = _section(render_html(report, manuscript=draft), "references")
    assert "<h2>Reference list (apa)</h2>" in apa and apa.count("<li id=\"ref-") == 7
    assert ('<li id="ref-1"><span class="csl">Andraus, W. (2020). LIVER TRANSPLANTATION IN BRAZIL: THE URGENT NEED '
            "OF A NEW ALLOCATION SYSTEM FOR THE EXCEPTIONS IN MELD SCORE. <i>Arquivos de Gastroenterologia</i>, "
            '<i>57</i>(1), 1–2. <a href="https://doi.org/10.1590/S0004-2803.202000000-01" rel="noopener noreferrer">'
            "https://doi.org/10.1590/S0004-2803.202000000-01</a></span> "
            '<a class="back" href="#cite-8">first cited at line 30</a></li>') in apa
    vancouver = _section(render_html(report, manuscript=draft, style="vancouver"), "references")
    assert '<li id="ref-1"><span class="csl">1. Chey WD, Howden CW' in vancouver  # citation order
    uncited = _section(render_html(report, manuscript=draft), "uncited")
    assert "Library entries not cited (2)" in uncited and "<code>frenette2024acg</code>" in uncited


def test_html_provenance_and_self_contained(example) -> None:  # type: ignore[no-untyped-def]
    report, draft = example
    page = render_html(report, manuscript=draft, provenance=PROVENANCE)
    prov = page[page.index('<footer id="provenance">'):]
    assert ("<dt>Manuscript</dt><dd>examples/draft.md</dd><dt>Kind</dt><dd>markdown</dd>"
            "<dt>Library</dt><dd>examples/library.bib</dd>"
            f"<dt>Library SHA-256</dt><dd>{'ab' * 32}</dd><dt>evidence</dt><dd>0.1.0</dd>"
            "<dt>Generated</dt><dd>2026-11-29 01:00 UTC</dd><dt>Reference style</dt><dd>apa</dd>") in prov
    assert "<script" not in page and "<link" not in page and "src=" not in page and "url(" not in page
    assert page.count('type="radio"') == 6 and '<label for="show-problem" class="chip chip-problem">To fix <b>5</b>' \
        in page


def test_html_reference_list_escapes_what_citeproc_does_not() -> None:
    evil = Entry("e1", "article", {"author": "Smith, <b>Bob</b>", "year": "2010", "journal": "J <i>x",
                                   "title": "A <script>alert(1)</script> study", "abstract": "A study."})
    page = render_html(check_manuscript(Manuscript.from_text("A study (Smith, 2010)."), [evil]))
    refs = _section(page, "references")
    assert "<script" not in refs and "<b>Bob" not in refs and "&lt;b&gt;Bob" in refs
    assert "A &lt;script&gt;alert(1)&lt;/script&gt; study" in refs


def test_fix_list_ranks_ambiguous_wrong_ids_and_retractions() -> None:
    works = [Entry("smith2010a", "article", {"author": "Smith, Ann", "year": "2010", "title": "Ketamine in rats",
                                             "abstract": "Ketamine in rats."}),
             Entry("smith2010b", "article", {"author": "Smith, Bob", "year": "2010", "title": "Ketamine in mice",
                                             "abstract": "Ketamine in mice."}),
             Entry("lee2012", "article", {"author": "Lee, Kim", "year": "2012", "title": "Ketamine trial",
                                          "abstract": "A ketamine trial.", "pmid": "1", "retracted": "23456789"})]
    report = check_manuscript(Manuscript.from_text("Rats (Smith, 2010). A ketamine trial (Lee, 2012)."), works)
    report.results[1].flags.append(Flag("id-mismatch", "the Word field's DOI is another work's"))
    problems = find_problems(report)
    assert [(p.category, p.level, p.rule) for p in problems] == [
        ("ambiguous", "error", "ambiguous-citation"), ("wrong-id", "error", "id-mismatch"),
        ("retracted", "error", "retracted")]
    assert problems[0].message == ("Smith, 2010: could be any of smith2010a, smith2010b: add a year suffix (2018a) "
                                   "or name more authors")
    fixes = _section(render_html(report), "fix-list")
    assert [h for h in re.findall(r"<h3[^>]*>([^<]*)</h3>", fixes)] == [
        "Citations that could be more than one work (1)", "Identifiers that disagree with the library (1)",
        "Retracted or corrected works (1)"]


def test_docx_citations_are_located_by_paragraph_and_quote_not_line() -> None:
    from evidence.check import check_manuscript, read_manuscript
    from evidence.store.library import Library

    root = Path(__file__).resolve().parent.parent.parent / "examples"
    report = check_manuscript(read_manuscript(root / "draft.docx"), Library.load(root / "library.bib").entries)
    text = render_text(report)
    heads = [line for line in text.splitlines() if line.startswith(("paragraph ", "line "))]
    assert heads, text
    assert all(line.startswith('paragraph ') and ', "' in line for line in heads)
    first = report.results[0].citation
    assert report.location(first).startswith(f"paragraph {first.line}, \"")
