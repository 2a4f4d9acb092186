"""The CLI over the foundation: list, show, errors, exit codes, colour."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from cli import cli


def run(*args: str, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    runner = CliRunner()
    result = runner.invoke(cli, list(args), env=env, catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def test_the_library_option_after_the_command(refs: Path) -> None:
    # `evidence list -l FILE` is `evidence -l FILE list`; a value after `--` stays an argument.
    assert run("list", "-l", str(refs), "--json") == run("-l", str(refs), "list", "--json")
    assert run("list", f"--library={refs}", "--json") == run("-l", str(refs), "list", "--json")
    assert run("show", "berman2000", "-l", str(refs)) == run("-l", str(refs), "show", "berman2000")
    assert run("show", "berman2000", "-l", str(refs))[0] == 0
    code, _, err = run("list", "-l")  # (no file named: a usage error, as before)
    assert code == 2 and err.endswith("Error: No such option '-l'.\n")


def test_list_table(refs: Path) -> None:
    code, out, err = run("-l", str(refs), "list")
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert lines[0].split() == ["KEY", "AUTHOR", "YEAR", "TITLE", "JOURNAL", "TYPE"]
    assert [line.split()[0] for line in lines[1:]] == [
        "berman2000", "fond2014", "zanos2018", "zanos2018mechanisms", "duman2012",
        "andrade2017", "feifel2017", "kishimoto2016", "xu2016", "abbar2022"]
    assert lines[1].startswith("berman2000           Berman     2000  Antidepressant effects of ketamine")
    assert "\x1b[" not in out  # not a terminal: no colour codes


def test_list_json_and_sort(refs: Path) -> None:
    code, out, _ = run("-l", str(refs), "list", "--json", "--sort", "year")
    rows = json.loads(out)
    assert code == 0
    assert [r["year"] for r in rows] == sorted(r["year"] for r in rows)
    berman = next(r for r in rows if r["key"] == "berman2000")
    assert berman == {"key": "berman2000", "first_author": "Berman", "year": 2000,
                      "title": "Antidepressant effects of ketamine in depressed patients",
                      "journal": "Biological Psychiatry", "evidence_type": "", "retracted": False}


def test_library_from_environment(refs: Path) -> None:
    code, out, _ = run("list", "--json", env={"EVIDENCE_LIBRARY": str(refs)})
    assert code == 0 and len(json.loads(out)) == 10


def test_show_readable(refs: Path) -> None:
    code, out, _ = run("-l", str(refs), "show", "berman2000")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "key        berman2000  (article)"
    assert "published  Biological Psychiatry 47(4):351–354 (2000)" in lines
    assert "doi        https://doi.org/10.1016/S0006-3223(99)00230-9" in lines
    assert "pmid       10686270  https://pubmed.ncbi.nlm.nih.gov/10686270/" in lines


def test_show_bibtex_is_the_exact_source(refs: Path) -> None:
    code, out, _ = run("-l", str(refs), "show", "duman2012", "--bibtex")
    text = refs.read_text()
    start = text.index("@article{duman2012,")
    assert code == 0
    assert out == text[start:text.index("\n}\n", start) + 2] + "\n"


def test_show_json(refs: Path) -> None:
    code, out, _ = run("-l", str(refs), "show", "fond2014", "--json")
    data = json.loads(out)
    assert code == 0
    assert data[0]["key"] == "fond2014" and data[0]["authors"][4] == "Lançon, Christophe"


def test_unknown_key_is_one_line_error(refs: Path) -> None:
    code, out, err = run("-l", str(refs), "show", "berman")
    assert code == 1 and out == ""
    assert err == f"Error: {refs}: no entry with key 'berman' (did you mean berman2000?)\n"


def test_missing_library(tmp_path: Path) -> None:
    code, _, err = run("-l", str(tmp_path / "none.bib"), "list")
    assert code == 1
    assert err == (f"Error: {tmp_path / 'none.bib'}: library file not found (pass --library PATH, "
                   "set EVIDENCE_LIBRARY, or run from a folder with refs.bib)\n")


def test_not_bibtex_library(tmp_path: Path) -> None:
    ris = tmp_path / "refs.bib"
    ris.write_bytes(b"TY  - JOUR\nTI  - A title\nER  - \n")
    code, _, err = run("-l", str(ris), "list")
    assert code == 1
    assert "does not look like a BibTeX file" in err and err.count("\n") == 1


def test_usage_error_exit_2(refs: Path) -> None:
    code, _, err = run("-l", str(refs), "list", "--sort", "nonsense")
    assert code == 2 and "Invalid value for '--sort'" in err


def test_problems_are_warned_on_stderr(tmp_path: Path) -> None:
    bib = tmp_path / "broken.bib"
    bib.write_text("@article{a, title={ok}}\n\n@article{a, title={dup}}\n@article{b, title = {x}\n")
    code, out, err = run("-l", str(bib), "list", "--json")
    assert code == 0
    assert [r["key"] for r in json.loads(out)] == ["a", "b"]  # BibTeX reads b, up to the end of the file
    assert f"warning: {bib}:3: key 'a' is already used at line 1" in err
    assert f"warning: {bib}:4: entry 'b' at line 4 never ends" in err


def test_forced_colour_and_no_color(refs: Path) -> None:
    _, out, _ = run("-l", str(refs), "--color", "list")
    assert "\x1b[1m" in out
    _, out, _ = run("-l", str(refs), "--color", "list", env={"NO_COLOR": "1"})
    assert "\x1b[1m" in out  # an explicit flag wins over the environment
    _, out, _ = run("-l", str(refs), "show", "berman2000", env={"NO_COLOR": "1"})
    assert "\x1b[" not in out


def test_version() -> None:
    code, out, _ = run("--version")
    assert code == 0 and out == "evidence, version 0.1.0\n"
