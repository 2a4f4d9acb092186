"""The manuscript's own declarations: bibliography files, \\nocite, .aux and .bcf, read directly and from the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from cli import cli
from evidence.check.citations import find_citations
from evidence.check.declarations import read_declarations
from evidence.check.manuscript import Manuscript, read_manuscript

LEE = "@article{lee2019,\n  author = {Lee, Ann and Park, Bo},\n  title = {Sleep and memory in older adults},\n" \
      "  year = {2019}\n}\n"
KIM = "@article{kim2020,\n  author = {Kim, Chul},\n  title = {Exercise and mood in students},\n  year = {2020}\n}\n"
SPARE = "@article{spare2001,\n  author = {Moss, Ned},\n  title = {A spare work},\n  year = {2001}\n}\n"


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A folder with two .bib files under bib/ and an unrelated refs.bib beside the manuscripts."""
    _write(tmp_path, "bib/main.bib", LEE)
    _write(tmp_path, "bib/extra.bib", KIM + "\n" + SPARE)
    _write(tmp_path, "refs.bib", SPARE)
    return tmp_path


# -- reading declarations ------------------------------------------------------------------------

def test_yaml_bibliography_one_file_a_flow_list_and_a_block_list(tmp_path: Path) -> None:
    one = Manuscript.from_text("---\ntitle: A\nbibliography: bib/main.bib\n---\nText.\n", "markdown",
                               tmp_path / "a.md")
    flow = Manuscript.from_text("---\nbibliography: [bib/main.bib, \"bib/my extra.bib\"]\n---\n", "markdown",
                                tmp_path / "b.md")
    block = Manuscript.from_text("---\nbibliography:\n  - bib/main.bib  # mine\n  - 'bib/extra.bib'\n"
                                 "lang: en\n...\nText.\n", "markdown", tmp_path / "c.md")
    assert read_declarations(one).bibliographies == (tmp_path / "bib/main.bib",)
    assert read_declarations(flow).bibliographies == (tmp_path / "bib/main.bib", tmp_path / "bib/my extra.bib")
    assert read_declarations(block).bibliographies == (tmp_path / "bib/main.bib", tmp_path / "bib/extra.bib")


def test_yaml_nocite_keys_and_star() -> None:
    doc = Manuscript.from_text("---\nnocite: |\n  @kim2020, @spare2001\n---\nSleep [@lee2019].\n", "markdown")
    declarations = read_declarations(doc)
    assert [(k.key, k.style) for k in declarations.keys] == [("kim2020", "nocite"), ("spare2001", "nocite")]
    assert not declarations.cites_all
    assert read_declarations(Manuscript.from_text("---\nnocite: '@*'\n---\nX.\n", "markdown")).cites_all
    cites = find_citations(doc)
    assert [(c.label, c.line, c.textless) for c in cites] == [
        ("\\nocite{kim2020}", 3, True), ("\\nocite{spare2001}", 3, True), ("@lee2019", 5, False)]


def test_yaml_front_matter_is_not_scanned_for_citations() -> None:
    doc = Manuscript.from_text("---\nauthor: Ann (Lee, 2019)\nemail: [@handle]\n---\nText @kim2020.\n", "markdown")
    assert [c.label for c in find_citations(doc)] == ["@kim2020"]


def test_latex_bibliography_addbibresource_nocite_and_comments(tmp_path: Path) -> None:
    tex = ("\\documentclass{article}\n\\addbibresource[label=x]{bib/extra.bib}\n"
           "% \\addbibresource{old.bib} \\nocite{old2000}\n\\begin{document}\nSleep \\cite{lee2019}.\n"
           "\\nocite{kim2020, spare2001}\n\\bibliography{bib/main,other.bib}\n\\end{document}\n")
    doc = Manuscript.from_text(tex, "latex", tmp_path / "paper.tex")
    declarations = read_declarations(doc)
    assert declarations.bibliographies == (tmp_path / "bib/extra.bib", tmp_path / "bib/main.bib",
                                           tmp_path / "other.bib")
    assert [k.key for k in declarations.keys] == ["kim2020", "spare2001"]
    assert [(c.label, c.style) for c in find_citations(doc)] == [
        ("\\cite{lee2019}", "latex"), ("\\nocite{kim2020}", "nocite"), ("\\nocite{spare2001}", "nocite")]
    star = Manuscript.from_text("\\nocite{*}\n", "latex", tmp_path / "all.tex")
    assert read_declarations(star).cites_all and find_citations(star) == []


def test_aux_citations_bibdata_and_biblatex_form(tmp_path: Path) -> None:
    aux = _write(tmp_path, "paper.aux", "\\relax\n\\citation{lee2019}\n\\citation{kim2020,lee2019}\n"
                                        "\\abx@aux@cite{0}{spare2001}\n\\bibdata{bib/main,bib/extra}\n"
                                        "\\bibcite{lee2019}{1}\n")
    doc = read_manuscript(aux)
    assert read_declarations(doc).bibliographies == (tmp_path / "bib/main.bib", tmp_path / "bib/extra.bib")
    assert [(c.key, c.line, c.column, c.style) for c in find_citations(doc)] == [
        ("lee2019", 2, 11, "compiled"), ("kim2020", 3, 11, "compiled"), ("lee2019", 3, 19, "compiled"),
        ("spare2001", 4, 18, "compiled")]


def test_bcf_citekeys_and_datasources(tmp_path: Path) -> None:
    bcf = _write(tmp_path, "paper.bcf", (
        '<?xml version="1.0" encoding="UTF-8"?>\n<bcf:controlfile version="3.8" xmlns:bcf="https://sourceforge.net/'
        'projects/biblatex">\n  <bcf:bibdata section="0">\n    <bcf:datasource type="file" datatype="bibtex" '
        'glob="false">bib/main.bib</bcf:datasource>\n  </bcf:bibdata>\n  <bcf:section number="0">\n'
        '    <bcf:citekey order="1" intorder="1">lee2019</bcf:citekey>\n'
        '    <bcf:citekey order="2" intorder="1">kim2020</bcf:citekey>\n'
        '    <bcf:citekey order="3" intorder="1">*</bcf:citekey>\n  </bcf:section>\n</bcf:controlfile>\n'))
    doc = read_manuscript(bcf)
    declarations = read_declarations(doc)
    assert declarations.bibliographies == (tmp_path / "bib/main.bib",)
    assert declarations.cites_all
    assert [(c.key, c.line) for c in find_citations(doc)] == [("lee2019", 7), ("kim2020", 8)]


# -- the CLI --------------------------------------------------------------------------------------

def _summary(out: str) -> dict[str, int]:
    """The report's counts, without the flag counts (another module's business)."""
    return {k: v for k, v in json.loads(out)["summary"].items() if k not in ("flagged", "flags", "answered")}


def test_check_uses_the_yaml_bibliography_when_no_library_is_given(project: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(project)
    draft = _write(project, "drafts/draft.md", "---\nbibliography:\n  - ../bib/main.bib\n  - ../bib/extra.bib\n---\n"
                                               "Sleep helps memory (Lee & Park, 2019) and mood [@kim2020].\n")
    code, out, err = run("check", str(draft), "--json")
    assert code == 0
    assert err == f"library: {project}/drafts/../bib/main.bib, {project}/drafts/../bib/extra.bib " \
                  f"(declared in {draft})\n"
    assert _summary(out) == {"citations": 2, "resolved": 2, "ambiguous": 0, "unresolved": 0,
                             "cited_entries": 2, "uncited_entries": 1, "library_entries": 3}
    assert [c["key"] for c in json.loads(out)["citations"]] == ["lee2019", "kim2020"]


def test_library_option_and_environment_override_the_declaration(project: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    draft = _write(project, "draft.md", "---\nbibliography: bib/main.bib\n---\nSleep (Lee & Park, 2019).\n")
    code, out, err = run("-l", str(project / "refs.bib"), "check", str(draft), "--json", "--strict")
    assert (code, _summary(out)["unresolved"], _summary(out)["library_entries"]) == (1, 1, 1)
    assert err == "--strict: 1 unresolved, 0 ambiguous citation(s)\n"
    monkeypatch.setenv("EVIDENCE_LIBRARY", str(project / "refs.bib"))
    code, out, err = run("check", str(draft), "--json")
    assert (code, _summary(out)["unresolved"], err) == (0, 1, "")


def test_a_missing_declared_bibliography_is_an_error(project: Path) -> None:
    draft = _write(project, "draft.md", "---\nbibliography: bib/nowhere.bib\n---\nSleep (Lee & Park, 2019).\n")
    code, out, err = run("check", str(draft))
    assert (code, out) == (1, "")
    assert err == (f"Error: {draft}: declares the bibliography {project}/bib/nowhere.bib, which does not exist "
                   "(fix the path in the manuscript, or choose the library with -l)\n")


def test_without_declaration_the_default_library_is_used(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(project)
    _write(project, "plain.md", "Spare (Moss, 2001).\n")
    code, out, err = run("check", "plain.md", "--json")
    assert (code, err, _summary(out)["resolved"], _summary(out)["library_entries"]) == (0, "", 1, 1)


def test_nocite_star_leaves_nothing_uncited(project: Path) -> None:
    paper = _write(project, "paper.tex", "\\addbibresource{bib/extra.bib}\nMood \\cite{kim2020}.\n\\nocite{*}\n")
    code, out, _ = run("-q", "check", str(paper), "--json")
    assert (code, _summary(out)["citations"], _summary(out)["uncited_entries"]) == (0, 1, 0)


def test_check_an_aux_file(project: Path) -> None:
    aux = _write(project, "paper.aux", "\\relax\n\\citation{lee2019}\n\\citation{kim2020,gone2000}\n"
                                       "\\bibdata{bib/main,bib/extra}\n")
    code, out, err = run("check", str(aux), "--json", "--strict")
    assert code == 1
    report = json.loads(out)
    assert [(c["citation"]["label"], c["citation"]["line"], c["status"], c["claim"]) for c in report["citations"]] == [
        ("\\cite{lee2019}", 2, "resolved", ""), ("\\cite{kim2020}", 3, "resolved", ""),
        ("\\cite{gone2000}", 3, "unresolved", "")]
    assert err.splitlines()[-1] == "--strict: 1 unresolved, 0 ambiguous citation(s)"


def test_export_cited_in_aux_and_nocite(project: Path) -> None:
    aux = _write(project, "paper.aux", "\\relax\n\\citation{kim2020}\n\\citation{spare2001}\n")
    code, out, err = run("-l", str(project / "bib/extra.bib"), "export", "--cited-in", str(aux), "-f", "bibtex")
    assert (code, err) == (0, "")
    assert out == KIM + "\n" + SPARE
    tex = _write(project, "paper.tex", "Sleep \\cite{lee2019}.\n\\nocite{*}\n")
    code, out, err = run("-l", str(project / "bib/main.bib"), "export", "--cited-in", str(tex), "-f", "bibtex")
    assert (code, out, err) == (0, LEE, "")
    every = _write(project, "all.tex", "Mood \\cite{spare2001}.\n\\nocite{*}\n")
    code, out, err = run("-l", str(project / "bib/extra.bib"), "export", "--cited-in", str(every), "-f", "bibtex")
    assert (code, out, err) == (0, SPARE + "\n" + KIM, "")


def test_aux_follows_included_chapters_and_skips_remote_resources(tmp_path: Path) -> None:
    _write(tmp_path, "ch1.aux", "\\relax\n\\citation{kim2020}\n\\@input{sub/ch2.aux}\n")
    _write(tmp_path, "sub/ch2.aux", "\\citation{spare2001,lee2019}\n\\@input{ch1.aux}\n")  # loops: read once
    main = read_manuscript(_write(tmp_path, "main.aux", "\\relax\n\\citation{lee2019}\n\\@input{ch1.aux}\n"
                                                        "\\@input{missing.aux}\n"))
    assert [(c.key, c.line, c.column) for c in find_citations(main)] == [
        ("lee2019", 2, 11), ("kim2020", 3, 9), ("spare2001", 3, 9), ("lee2019", 3, 9)]
    tex = Manuscript.from_text("\\addbibresource[location=remote]{https://example.org/r.bib}\n", "latex",
                               tmp_path / "p.tex")
    assert read_declarations(tex).bibliographies == ()


def test_export_cited_in_uses_the_library_the_manuscript_declares(project: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(project)
    draft = _write(project, "drafts/draft.md", "---\nbibliography: ../bib/extra.bib\n---\nMood [@kim2020].\n")
    code, out, err = run("export", "--cited-in", str(draft), "-f", "bibtex")
    assert code == 0
    assert err.splitlines()[0] == f"library: {project}/drafts/../bib/extra.bib (declared in {draft})"
    assert [line for line in out.splitlines() if line.startswith("@")] == ["@article{kim2020,"]
