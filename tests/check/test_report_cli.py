"""`evidence check` output options from the command line: the shipped example, --format, --style, --watch."""

from __future__ import annotations

import json
import re
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from cli import cli

PROBLEMS = [
    "examples/draft.md:12:38: error: no Malfertheiner et al., 2017 in the library; add it with "
    "`evidence add <DOI or PMID>`",
    "examples/draft.md:15:75: error: no Shaheen et al., 2020 in the library; the library has Shaheen 2022 "
    "(shaheen2022diagnosis); the manuscript says 2020: is the year wrong?",
    "examples/draft.md:18:18: warning: Chinzon et al., 2022: '40%' not found in the title or abstract: "
    "does the source give this number?",
    "examples/draft.md:29:29: warning: "
    "Costa-Matos et al., 2013: the claim says 'children', PubMed indexes the participants as Middle Aged; "
    "the abstract says \"Liver biopsy specimens were obtained from 63 ALD patients (during routine treatment) "
    "and 52 healthy controls (during elective cholecystectomy).\": is it the same population?",
    "examples/draft.md:30:59: note: Andraus, 2020: no abstract: the library holds PubMed's record (PMID 32294727) "
    "and PubMed has no abstract for it, so the claim could not be compared: check it against the full text",
]


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def test_the_readme_command_on_the_shipped_example(fresh: Path) -> None:
    before = (fresh / "examples" / "library.bib").read_bytes()
    code, out, err = run("check", "examples/draft.md", "-l", "examples/library.bib", "--html", "report.html")
    assert code == 0
    assert err == "HTML report written to report.html\n"
    assert out.startswith("evidence check: examples/draft.md (markdown)\n"
                          "9 citations: 7 resolved, 0 ambiguous, 2 unresolved; 3 with flags (3 flags); "
                          "2 of 9 library entries not cited\n")
    assert out.endswith("Problems (5):\n" + "\n".join(PROBLEMS) + "\n\n")
    assert ("line 12:38  (Malfertheiner et al., 2017)  UNRESOLVED\n"
            "  problem:  no Malfertheiner et al., 2017 in the library\n"
            "  fix:      add it with `evidence add <DOI or PMID>`\n") in out  # (no near match: say how to fix it)
    page = (fresh / "report.html").read_text(encoding="utf-8")
    for section in ('id="fix-list"', 'id="manuscript"', 'id="citations"', 'id="references"', 'id="provenance"'):
        assert section in page
    assert "<dt>Manuscript</dt><dd>examples/draft.md</dd>" in page
    assert "<dt>Library</dt><dd>examples/library.bib</dd>" in page
    assert re.search(r"<dt>Library SHA-256</dt><dd>[0-9a-f]{64}</dd>", page)
    assert (fresh / "examples" / "library.bib").read_bytes() == before


def test_the_word_version_of_the_example(fresh: Path) -> None:
    code, out, _ = run("check", "examples/draft.docx", "-l", "examples/library.bib")
    assert code == 0
    assert out.startswith("evidence check: examples/draft.docx (docx)\n9 citations: 7 resolved, 0 ambiguous, "
                          "2 unresolved; 3 with flags (3 flags); 2 of 9 library entries not cited\n")
    assert "examples/draft.docx:4:168: error: no Shaheen et al., 2020 in the library" in out


def test_format_github_and_sarif(fresh: Path) -> None:
    code, out, err = run("-l", "examples/library.bib", "check", "examples/draft.md", "--format", "github")
    assert code == 0 and err == ""
    assert out.splitlines()[:2] == [
        "::error file=examples/draft.md,line=12,col=38,title=evidence unresolved-citation::no Malfertheiner et al., "
        "2017 in the library; add it with `evidence add <DOI or PMID>`",
        "::error file=examples/draft.md,line=15,col=75,title=evidence unresolved-citation::no Shaheen et al., 2020 "
        "in the library; the library has Shaheen 2022 (shaheen2022diagnosis); the manuscript says 2020: is the "
        "year wrong?"]
    assert len(out.splitlines()) == 5
    code, out, _ = run("-l", "examples/library.bib", "check", "examples/draft.md", "--format", "sarif", "--strict")
    log = json.loads(out)
    assert code == 1 and log["version"] == "2.1.0" and len(log["runs"][0]["results"]) == 5


def test_format_json_is_the_json_flag(fresh: Path) -> None:
    flag = run("-l", "examples/library.bib", "check", "examples/draft.md", "--json")
    option = run("-l", "examples/library.bib", "check", "examples/draft.md", "--format", "json")
    assert flag == option and json.loads(flag[1])["schema_version"] == 1


def test_format_html_to_stdout_with_a_style(fresh: Path) -> None:
    code, out, _ = run("-l", "examples/library.bib", "check", "examples/draft.md", "--format", "html",
                       "--style", "vancouver")
    assert code == 0 and out.startswith("<!DOCTYPE html>") and out.endswith("</html>\n")
    assert "<h2>Reference list (vancouver)</h2>" in out


def test_output_option_errors(fresh: Path) -> None:
    code, out, err = run("-l", "examples/library.bib", "check", "examples/draft.md", "--json", "--format", "sarif")
    assert code == 2 and out == "" and "Error: --json and --format sarif cannot be combined" in err
    code, out, err = run("-l", "examples/library.bib", "check", "examples/draft.md", "--html", "r.html",
                         "--style", "no-such-style")
    assert code == 1 and out == "" and err.startswith("Error: unknown citation style: 'no-such-style'")
    assert not (fresh / "r.html").exists()


def test_watch_rechecks_on_save_and_ctrl_c_exits_0(fresh: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    draft = fresh / "examples" / "draft.md"
    sleeps: list[float] = []

    def writer_saves(seconds: float) -> None:  # the clock of the watch loop: the writer acts between polls
        sleeps.append(seconds)
        if len(sleeps) == 1:
            draft.write_text("Fine now (Chey et al., 2024).\n", encoding="utf-8")
        elif len(sleeps) == 2:
            draft.write_bytes(b"\x00\x01\x02" * 50)  # a half-written file: an error, and the watch goes on
        else:
            raise KeyboardInterrupt

    monkeypatch.setattr(time, "sleep", writer_saves)
    code, out, err = run("-l", "examples/library.bib", "check", "examples/draft.md", "--watch", "--strict")
    assert code == 0
    assert out.count("evidence check: examples/draft.md (markdown)") == 2
    assert "1 citation: 1 resolved, 0 ambiguous, 0 unresolved" in out
    lines = err.splitlines()
    again = r"--- \d\d:\d\d:\d\d: changed, checking examples/draft.md again ---"
    watching = "Watching for changes (Ctrl-C to stop) ..."
    assert len(lines) == 6 and lines[0] == lines[2] == lines[5] == watching
    assert re.fullmatch(again, lines[1]) and re.fullmatch(again, lines[3])
    assert lines[4].startswith("Error: examples/draft.md: this looks like a binary file")
