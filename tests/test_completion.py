"""Shell completion: citekeys of the current library and style names, through click's completion API."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.shell_completion import ShellComplete
from click.testing import CliRunner

from cli import cli
from evidence.completion import DESCRIBED, citekeys, style_names


def complete(args: list[str], incomplete: str) -> list[tuple[str, str | None]]:
    comp = ShellComplete(cli, {}, "evidence", "_EVIDENCE_COMPLETE")
    return [(item.value, item.help) for item in comp.get_completions(args, incomplete)]


def test_show_completes_the_librarys_keys(refs: Path) -> None:
    assert complete(["-l", str(refs), "show"], "ber") == [
        ("berman2000", "Berman 2000: Antidepressant effects of ketamine in depressed patients")]
    assert [v for v, _ in complete(["-l", str(refs), "show", "berman2000"], "ZAN")] == ["zanos2018",
                                                                                      "zanos2018mechanisms"]


@pytest.mark.parametrize("command", [["enrich"], ["export"], ["fulltext"], ["enrich", "--accept"]])
def test_every_key_argument_completes(refs: Path, command: list[str]) -> None:
    assert [v for v, _ in complete(["-l", str(refs), *command], "fon")] == ["fond2014"]


def test_the_library_comes_from_the_environment_too(refs: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EVIDENCE_LIBRARY", str(refs))
    assert [v for v, _ in complete(["show"], "xu")] == ["xu2016"]


def test_no_library_completes_nothing_and_prints_nothing(tmp_path: Path) -> None:
    assert complete(["-l", str(tmp_path / "none.bib"), "show"], "b") == []
    (tmp_path / "bad.bib").write_bytes(b"\x00\x01 not bibtex")
    assert complete(["-l", str(tmp_path / "bad.bib"), "show"], "b") == []


def test_style_names_complete_short_names_first() -> None:
    found = complete(["export", "--style"], "vanc")
    assert found[0] == ("vancouver", "nlm-citation-sequence")
    assert {"vancouver-ama", "vancouver-nlm"} <= {v for v, _ in found[1:]}
    names = [v for v, _ in complete(["check", "x.md", "--style"], "nature")]
    assert names[0] == "nature" and "nature-neuroscience" in names and names.count("nature") == 1
    assert complete(["export", "-s"], "./my") == [("./my", None)]  # a .csl path: the shell completes files


def test_key_format_completes_its_choices() -> None:
    assert [v for v, _ in complete(["add", "--key-format"], "a")] == ["auto", "authoryear", "author_year"]


def test_the_bash_protocol_end_to_end(refs: Path) -> None:
    result = CliRunner().invoke(cli, [], prog_name="evidence", env={
        "_EVIDENCE_COMPLETE": "bash_complete", "COMP_WORDS": f"evidence -l {refs} show ki", "COMP_CWORD": "4"})
    assert result.exit_code == 0
    assert result.output.splitlines() == ["plain,kishimoto2016"]


def test_a_big_library_describes_only_the_first_matches(tmp_path: Path) -> None:
    path = tmp_path / "big.bib"
    path.write_text("".join(f"@misc{{k{i:03d},\n  title = {{T{i}}},\n}}\n" for i in range(120)), encoding="utf-8")
    found = citekeys(path, "K")
    assert len(found) == 120 and found[0] == ("k000", "T0")
    assert sum(bool(about) for _, about in found) == DESCRIBED


def test_style_names_without_a_prefix_list_every_short_name_first() -> None:
    names = style_names("")
    assert [n for n, _ in names[:3]] == ["apa", "vancouver", "nlm"] and len(names) > 2000
