"""export / import / lint / dedupe / check / search from the CLI, with exact outputs and exit codes."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from click.testing import CliRunner

from cli import cli
from evidence.store.library import Library

FIXTURES = Path(__file__).parent / "fixtures"
MANUSCRIPTS = Path(__file__).parent / "manuscripts"


def run(*args: str, input: str | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def test_export_apa_two_entries(refs: Path) -> None:
    code, out, _ = run("-l", str(refs), "export", "berman2000", "duman2012", "--style", "apa")
    assert code == 0
    assert out == (
        "Berman, R. M., Cappiello, A., Anand, A., Oren, D. A., Heninger, G. R., Charney, D. S., & Krystal, J. H. "
        "(2000). Antidepressant effects of ketamine in depressed patients. Biological Psychiatry, 47(4), 351–354. "
        "https://doi.org/10.1016/S0006-3223(99)00230-9\n"
        "Duman, R. S., & Aghajanian, G. K. (2012). Synaptic dysfunction in depression: Potential therapeutic targets. "
        "Science, 338(6103), 68–72. https://doi.org/10.1126/science.1222939\n"
    )


def test_export_vancouver_cited_in_citation_order(refs: Path, tmp_path: Path) -> None:
    draft = tmp_path / "draft.md"
    draft.write_text("Synapses matter (Duman & Aghajanian, 2012). Ketamine works (Berman et al., 2000). "
                     "Again (Duman & Aghajanian, 2012). Missing (Nobody, 1999).\n")
    out_file = tmp_path / "refs.txt"
    code, _, err = run("-l", str(refs), "export", "--style", "vancouver", "--cited-in", str(draft), "-o", str(out_file))
    assert code == 0
    lines = out_file.read_text().splitlines()
    assert [line[:12] for line in lines] == ["1. Duman RS,", "2. Berman RM"]
    assert "1 citation(s) in" in err and "(Nobody, 1999)" in err
    assert "2 entries written to" in err


def test_export_unknown_style_is_one_line_error(refs: Path) -> None:
    code, out, err = run("-l", str(refs), "export", "--style", "nosuchstyle")
    assert (code, out) == (1, "")
    assert err == ("Error: unknown citation style: 'nosuchstyle' (list the names with 'evidence export --list-styles "
                   "[WORD]', or give a .csl file)\n")


def test_export_misspelt_style_gets_did_you_mean(refs: Path) -> None:
    code, out, err = run("-l", str(refs), "export", "--style", "vancuver")
    assert (code, out) == (1, "")
    assert err == ("Error: unknown citation style: 'vancuver' (did you mean 'vancouver' or 'vancouver-nlm' or "
                   "'vancouver-ama'? list the names with 'evidence export --list-styles [WORD]', "
                   "or give a .csl file)\n")


def test_export_list_styles_with_a_word(tmp_path: Path) -> None:
    code, out, err = run("-l", str(tmp_path / "none.bib"), "export", "--list-styles", "lancet")
    assert (code, err) == (0, "")
    assert out == ("lancet = the-lancet\nthe-lancet\nthe-lancet-infectious-diseases\nthe-lancet-neurology\n"
                   "the-lancet-oncology\n")
    code, out, err = run("-l", str(tmp_path / "none.bib"), "export", "--list-styles", "zzzz")
    assert (code, out, err) == (1, "", "Error: no style name contains 'zzzz'\n")


def test_export_html_is_a_standalone_page(refs: Path) -> None:
    code, out, _ = run("-l", str(refs), "export", "zanos2018mechanisms", "--format", "html")
    assert code == 0
    assert out.startswith('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>References')
    assert ('<div class="csl-entry" id="ref-zanos2018mechanisms">Zanos, P., &amp; Gould, T. D. (2018). Mechanisms of '
            "ketamine action as an antidepressant. <i>Molecular Psychiatry</i>, <i>23</i>(4), 801–811. ") in out


def test_export_warns_when_authors_are_unknown(refs: Path) -> None:
    code, out, err = run("-l", str(refs), "export", "feifel2017")
    assert code == 0
    assert out == ("Feifel, D. (2017). Low-dose ketamine for treatment resistant depression in an academic clinical "
                   "practice setting.\n")
    assert err == ("warning: 1 entry lists only some authors ('and others'), printed without 'et al.': feifel2017; "
                   "complete them with `evidence enrich`\n")


def test_export_bibtex_is_byte_identical_to_the_library(refs: Path) -> None:
    code, out, _ = run("-l", str(refs), "export", "--format", "bibtex", "fond2014")
    lib = Library.load(refs)
    assert code == 0 and out == lib.raw_text("fond2014") + "\n"
    code, out, _ = run("-l", str(refs), "export", "--format", "bibtex", "--ascii", "fond2014")
    assert "Lan{\\c{c}}on, Christophe" in out and out.isascii()


def test_export_ris_of_a_query(refs: Path) -> None:
    code, out, _ = run("-l", str(refs), "export", "--format", "ris", "--query", "title:meta-analysis")
    assert code == 0
    titles = [line[6:] for line in out.splitlines() if line.startswith("TI  - ")]
    assert len(titles) == 3 and all("Meta-Analysis" in t or "meta-analysis" in t for t in titles)


def test_export_refuses_to_overwrite_library(refs: Path) -> None:
    before = refs.read_bytes()
    code, _, err = run("-l", str(refs), "export", "-o", str(refs))
    assert code == 2 and "refusing to write the export over the library itself" in err
    assert refs.read_bytes() == before


def test_import_round_trip_ris_and_dry_run(refs: Path, tmp_path: Path) -> None:
    ris_file = tmp_path / "refs.ris"
    code, _, _ = run("-l", str(refs), "export", "--format", "ris", "-o", str(ris_file))
    assert code == 0
    empty = tmp_path / "new.bib"
    code, out, err = run("-l", str(empty), "import", "--create", "--dry-run", str(ris_file))
    assert code == 0 and "would import 10 entries: 10 added, 0 merged, 0 skipped" in err
    assert not empty.exists()
    code, out, err = run("-l", str(empty), "import", "--create", str(ris_file))
    assert code == 0 and "imported 10 entries: 10 added" in err
    new = Library.load(empty)
    assert [e.key for e in new] == [e.key for e in Library.load(refs)]
    assert new.get("berman2000").get("pages") == "351--354"
    # importing the same works again merges nothing new and adds nothing
    before = empty.read_bytes()
    code, out, err = run("-l", str(empty), "import", str(ris_file), "--json")
    report = json.loads(out)
    assert report["added"] == 0 and report["merged"] + report["skipped"] == 10
    assert empty.read_bytes() == before


def test_import_bad_file_is_one_line_error_and_library_untouched(refs: Path, tmp_path: Path) -> None:
    bad = tmp_path / "truncated.ris"
    bad.write_text("TY  - JOUR\nTI  - A title without end\n")
    before = refs.read_bytes()
    code, _, err = run("-l", str(refs), "import", str(bad))
    assert code == 1 and err.startswith(f"Error: {bad}") and err.count("\n") == 1
    assert refs.read_bytes() == before


def test_lint_reports_lines_and_exits_1_on_errors(tmp_path: Path) -> None:
    bib = tmp_path / "lint.bib"
    bib.write_text("@article{ok2020,\n  author = {Doe, Jane},\n  title = {T},\n  journal = {J},\n  year = {2020},\n"
                   "  pages = {1-9},\n  doi = {not-a-doi},\n}\n")
    code, out, err = run("-l", str(bib), "lint")
    assert code == 1
    assert f"{bib}:1: error [bad-doi] ok2020:" in out
    assert f"{bib}:1: warning [page-hyphen] ok2020:" in out
    assert "2 issue(s): 1 error(s), 1 warning(s)" in err
    code, out, _ = run("-l", str(bib), "lint", "--json")
    assert sorted(i["code"] for i in json.loads(out)) == ["bad-doi", "page-hyphen"]


def test_dedupe_then_apply(refs: Path) -> None:
    with refs.open("a", encoding="utf-8") as handle:
        handle.write("\n@article{berman2000dup,\n  author = {Berman, R. M.},\n  title = {Antidepressant effects of "
                     "ketamine in depressed patients},\n  year = {2000},\n  doi = {10.1016/s0006-3223(99)00230-9},\n"
                     "  note = {from a co-author},\n}\n")
    code, out, err = run("-l", str(refs), "dedupe")
    assert code == 0 and out.splitlines()[0].startswith("berman2000 = berman2000dup")
    assert len(Library.load(refs)) == 11
    code, out, err = run("-l", str(refs), "dedupe", "--apply")
    lib = Library.load(refs)
    assert code == 0 and len(lib) == 10 and "berman2000dup" not in lib
    assert lib.get("berman2000").get("note") == "from a co-author"


def test_check_strict_exit_codes(refs: Path, tmp_path: Path) -> None:
    good = tmp_path / "good.md"
    good.write_text("Ketamine improved symptoms within 72 hours (Berman et al., 2000).\n")
    code, out, _ = run("-l", str(refs), "check", str(good), "--strict")
    assert code == 0 and "RESOLVED  berman2000" in out
    bad = tmp_path / "bad.md"
    bad.write_text("Low-dose ketamine works (Xu et al., 2019).\n")
    code, out, _ = run("-l", str(refs), "check", str(bad))
    assert code == 0 and "the library has Xu 2016 (xu2016)" in out
    code, _, err = run("-l", str(refs), "check", str(bad), "--strict")
    assert code == 1 and "--strict: 1 unresolved, 0 ambiguous citation(s)" in err


def test_check_json_and_html(refs: Path, tmp_path: Path) -> None:
    draft = tmp_path / "draft.md"
    draft.write_text("Ketamine reduced suicidal ideation within 1 week in TRD (Fond et al., 2014).\n")
    html = tmp_path / "report.html"
    code, out, err = run("-l", str(refs), "check", str(draft), "--json", "--html", str(html))
    data = json.loads(out)
    assert code == 0 and data["summary"]["resolved"] == 1
    assert data["citations"][0]["entry"]["key"] == "fond2014"
    assert html.read_text().startswith("<!DOCTYPE html>")


def test_check_bad_manuscript(refs: Path, tmp_path: Path) -> None:
    binary = tmp_path / "draft.md"
    binary.write_bytes(b"\x00\x01\x02\xff" * 100)
    code, _, err = run("-l", str(refs), "check", str(binary))
    assert code == 1 and err.startswith("Error: ") and err.count("\n") == 1


def test_search_malformed_query(refs: Path) -> None:
    code, out, err = run("-l", str(refs), "search", "(ketamine")
    assert code == 1 and out == ""
    assert err == 'Error: unbalanced parenthesis: "(" at column 1 is never closed (add the missing ))\n'


def test_search_refreshes_after_edit(refs: Path) -> None:
    code, out, _ = run("-l", str(refs), "search", "glutamate", "--json")
    before = [h["key"] for h in json.loads(out)]
    lib = Library.load(refs)
    lib.get("andrade2017").set("note", "glutamate hypothesis")
    lib.save()
    code, out, _ = run("-l", str(refs), "search", "glutamate", "--json")
    assert "andrade2017" not in before and "andrade2017" in [h["key"] for h in json.loads(out)]


def test_index_rebuild_json(refs: Path) -> None:
    code, out, _ = run("-l", str(refs), "index", "--rebuild", "--json")
    data = json.loads(out)
    assert code == 0 and data["entries"] == 10 and data["added"] == 10 and data["rebuilt"] is True
    code, out, _ = run("-l", str(refs), "index", "--json")
    assert json.loads(out)["unchanged"] == 10


def test_every_command_has_help_with_examples() -> None:
    for name in cli.commands:
        code, out, _ = run(name, "--help")
        assert code == 0, name
        assert "Examples:" in out, name


def test_manuscripts_in_the_repo_check_cleanly(refs: Path) -> None:
    md = MANUSCRIPTS / "ketamine.md"
    shutil.copyfile(md, refs.parent / "ketamine.md")
    code, out, err = run("-l", str(refs), "check", str(refs.parent / "ketamine.md"), "--json")
    assert code == 0 and json.loads(out)["summary"]["citations"] > 0


def test_check_lists_and_others_as_et_al(refs: Path, tmp_path: Path) -> None:
    draft = tmp_path / "d.md"
    draft.write_text("Ketamine works (Berman et al., 2000).\n")
    code, out, _ = run("-l", str(refs), "check", str(draft))
    assert "  feifel2017: Feifel et al. (2017). Low-dose ketamine" in out


def test_writing_commands_refuse_a_broken_file_unless_forced(tmp_path: Path) -> None:
    bib = tmp_path / "broken.bib"
    broken_block = "@article{half,\n  title = {the entry is never closed}\n"  # (BibTeX stops at the next @)
    bib.write_text(broken_block + "\n@article{ok2020,\n  author = {Doe, Jane}, title = {Fine}, year = 2020}\n")
    ris = tmp_path / "one.ris"
    ris.write_text("TY  - JOUR\nAU  - Roe, Richard\nTI  - A new study\nPY  - 2021\nER  - \n")
    before = bib.read_bytes()
    code, _, err = run("-l", str(bib), "import", str(ris))
    assert code == 1 and "refusing to write" in err and "--force" in err
    assert bib.read_bytes() == before
    code, _, err = run("-l", str(bib), "import", str(ris), "--force")
    assert code == 0, err
    text = bib.read_text()
    assert text.startswith(before.decode()) and broken_block in text  # the broken block is kept verbatim
    assert "A new study" in text
    trailing = tmp_path / "trailing.bib"
    trailing.write_text("@article{ok2020, title = {Fine}}\n\n" + broken_block)
    code, _, err = run("-l", str(trailing), "import", str(ris), "--force")
    assert code == 1 and "cannot append after the unterminated block at line 3" in err


def test_check_html_never_overwrites_the_library_or_the_manuscript(refs: Path, tmp_path: Path) -> None:
    draft = tmp_path / "d.md"
    draft.write_text("Ketamine works (Berman et al., 2000).\n")
    before = refs.read_bytes(), draft.read_bytes()
    for target in (refs, draft):
        code, _, err = run("-l", str(refs), "check", str(draft), "--html", str(target))
        assert code == 2 and "refusing to write the HTML report over" in err
    assert (refs.read_bytes(), draft.read_bytes()) == before


def test_unusable_cache_does_not_turn_a_good_write_into_an_error(refs: Path, tmp_path: Path,
                                                                monkeypatch) -> None:
    not_a_dir = tmp_path / "afile"
    not_a_dir.write_text("x")
    monkeypatch.setenv("EVIDENCE_CACHE_DIR", str(not_a_dir))
    with refs.open("a", encoding="utf-8") as handle:
        handle.write("\n@article{dup,\n  title = {Antidepressant effects of ketamine in depressed patients},\n"
                     "  doi = {10.1016/S0006-3223(99)00230-9},\n}\n")
    code, _, err = run("-l", str(refs), "dedupe", "--apply")
    assert code == 0, err
    assert "warning: search index not updated" in err
    assert len(Library.load(refs)) == 10


def test_export_bibtex_subset_keeps_its_string_macros(tmp_path: Path) -> None:
    src = FIXTURES / "bibtex" / "bibtexparser_article_with_strings.bib"
    bib = tmp_path / "s.bib"
    shutil.copyfile(src, bib)
    out_file = tmp_path / "subset.bib"
    code, _, err = run("-l", str(bib), "export", "--format", "bibtex", "-o", str(out_file))
    assert code == 0, err
    exported = Library.load(out_file)
    original = Library.load(bib)
    assert [p.kind for p in exported.problems] == []
    assert [(e.key, e.fields) for e in exported] == [(e.key, e.fields) for e in original]


def test_dedupe_apply_leaves_similar_title_groups_for_the_user(refs: Path) -> None:
    with refs.open("a", encoding="utf-8") as handle:
        handle.write("\n@article{berman2000b,\n  author = {Berman, Robert M.},\n  title = {Antidepressant effect "
                     "of ketamine in depressed patient},\n  year = {2000},\n}\n")
    code, out, err = run("-l", str(refs), "dedupe", "--apply")
    assert code == 0 and "0 group(s) merged; 1 found by similar titles left for you to check" in err
    assert len(Library.load(refs)) == 11
    code, out, err = run("-l", str(refs), "dedupe", "--apply", "--include-similar")
    assert code == 0 and len(Library.load(refs)) == 10


def test_import_keeps_the_keys_it_merges_as_aliases(tmp_path: Path) -> None:
    old = tmp_path / "old.bib"
    old.write_text("@article{berman2000,\n  author = {Berman, Robert M.},\n  title = {Antidepressant effects of "
                   "ketamine in depressed patients},\n  year = {2000},\n  doi = {10.1016/S0006-3223(99)00230-9},\n}\n\n"
                   "@article{Berman00,\n  author = {Berman, R. M.},\n  title = {Antidepressant effects of ketamine in "
                   "depressed patients},\n  year = {2000},\n  doi = {10.1016/s0006-3223(99)00230-9},\n}\n\n"
                   "@misc{nice2022,\n  author = {{NICE}},\n  howpublished = {\\url{https://www.nice.org.uk}},\n"
                   "  year = {2022},\n}\n")
    new = tmp_path / "new.bib"
    code, out, err = run("-l", str(new), "import", "--create", str(old))
    assert code == 0, err
    assert "imported 3 entries: 2 added, 1 merged, 0 skipped" in err
    assert "merged berman2000: 'Berman00' same work as 'berman2000'" in out
    lib = Library.load(new)
    assert [e.key for e in lib] == ["berman2000", "nice2022"]
    assert lib.get("Berman00").key == "berman2000"
    draft = tmp_path / "d.md"
    draft.write_text("As shown [@Berman00].\n")
    code, out, _ = run("-l", str(new), "check", str(draft), "--strict")
    assert code == 0 and "RESOLVED  berman2000" in out


def test_et_al_fits_an_author_list_ending_in_others(refs: Path, tmp_path: Path) -> None:
    draft = tmp_path / "d.md"
    draft.write_text("Low doses helped in practice (Feifel et al., 2017).\n")
    code, out, _ = run("-l", str(refs), "check", str(draft), "--json")
    [citation] = json.loads(out)["citations"]
    assert citation["status"] == "resolved" and citation["entry"]["key"] == "feifel2017"
    assert "author-count" not in [f["kind"] for f in citation["flags"]]


def test_export_ascii_is_ascii_even_for_unnamed_characters(tmp_path: Path) -> None:
    bib = tmp_path / "u.bib"
    bib.write_text("@article{park2024,\n  title = {Alpha \u237a and Lan\u00e7on},\n  year = {2024},\n}\n",
                   encoding="utf-8")
    code, out, err = run("-l", str(bib), "export", "--format", "bibtex", "--ascii")
    assert code == 0 and out.isascii()
    assert "Lan{\\c{c}}on" in out and "\\texttt{U+237A}" in out
    assert "warning: some characters have no LaTeX name" in err and "No known latex" not in err


def test_search_done_means_on_refs_bib(refs: Path) -> None:
    code, out, _ = run("-l", str(refs), "search", "ketamine", "--json")
    assert code == 0 and sorted(h["key"] for h in json.loads(out)) == sorted(e.key for e in Library.load(refs))
    code, out, _ = run("-l", str(refs), "search", "suicidal ideation", "--json")
    assert json.loads(out)[0]["key"] == "abbar2022"
    code, out, _ = run("-l", str(refs), "search", "author:zarate", "--json")
    assert sorted(h["key"] for h in json.loads(out)) == ["kishimoto2016", "zanos2018"]


def test_import_wrongly_typed_csl_json_warns_per_field_and_imports_the_rest(tmp_path: Path) -> None:
    bad = FIXTURES / "import" / "bad_types.json"
    lib = tmp_path / "lib.bib"
    code, out, err = run("-l", str(lib), "import", "--create", str(bad))
    assert code == 0 and out == ""
    warn = f"warning: {bad}: "
    assert err == (
        f"{warn}item 2: field 'author': name 1 skipped: expected a name object, got a number\n"
        f"{warn}item 2: field 'author': name 2 skipped: expected a name object, got null\n"
        f"{warn}item 2: field 'title' skipped: expected text, got NaN\n"
        f"{warn}item 2: field 'volume' skipped: expected text or a whole number, got true/false\n"
        f"{warn}item 2: field 'page' skipped: expected text or a whole number, got an object\n"
        f"{warn}item 2: field 'DOI' skipped: expected text, got a list\n"
        f"{warn}item 3: skipped: expected an object, got text\n"
        f"{warn}item 4: field 'editor': name 1 skipped: its 'family' is a list, not text\n"
        f"{warn}item 4: field 'issued' skipped: date-parts is not [[year, month, day]] in numbers\n"
        f"{warn}item 4: field 'PMID' skipped: not a PMID (1 to 9 digits): 'abc'\n"
        f"{warn}item 4: field 'id' skipped: expected text or a whole number, got a list\n"
        "imported 3 entries: 3 added, 0 merged, 0 skipped\n"
    )
    entries = {e.key: e.fields for e in Library.load(lib)}
    assert entries == {
        "good2020": {"author": "Doe, Jane", "title": "A sound item", "year": "2020", "month": "mar", "volume": "12",
                     "pages": "1--9", "doi": "10.1000/sound"},
        "bad2021": {"author": "Roe, Rob", "journal": "Journal of Checks"},
        "anonndbook": {"title": "Book with a bad id"},
    }
    assert "[" not in lib.read_text() and "nan" not in lib.read_text()


def test_import_deeply_nested_json_is_one_line_error(tmp_path: Path) -> None:
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 50_000 + "]" * 50_000)
    code, out, err = run("-l", str(tmp_path / "lib.bib"), "import", "--create", str(deep))
    assert (code, out) == (1, "")
    assert err == (f"Error: {deep}: not CSL-JSON: arrays or objects nested too deeply to read "
                   "(CSL-JSON is an array of flat item objects; export it again)\n")
