"""Answered flags: recorded once with --mark-answered, hidden by --answered until their claim is edited."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from cli import cli
from evidence.check.answered import AnsweredFlag, read_answered, write_answered
from evidence.errors import FormatError

FIRST = ("9 citations: 7 resolved, 0 ambiguous, 2 unresolved; 3 with flags (3 flags); "
         "2 of 9 library entries not cited\n")
LATER = ("9 citations: 7 resolved, 0 ambiguous, 2 unresolved; 0 with flags (0 flags); "
         "2 of 9 library entries not cited\n3 answered flags not shown\n")


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["-l", "examples/library.bib", "check", "examples/draft.md", *args],
                                catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def test_mark_then_hide_then_ask_again_after_an_edit(fresh: Path) -> None:
    library = (fresh / "examples" / "library.bib").read_bytes()
    code, out, err = run("--answered", "answered.json", "--mark-answered")
    assert (code, err) == (0, "3 flags recorded as answered in answered.json\n")
    assert FIRST in out  # the check that records them still shows them
    assert [(a.key, a.kind, a.term) for a in sorted(read_answered(fresh / "answered.json"))] == [
        ("andraus2020liver", "no-abstract", ""), ("chinzon2022safety", "missing-specific", "40%"),
        ("costamatos2013hfe", "population", "children")]
    code, out, err = run("--answered", "answered.json")
    assert (code, err) == (0, "")
    assert LATER in out and "not found in the title or abstract" not in out
    assert json.loads(run("--answered", "answered.json", "--json")[1])["summary"]["answered"] == 3
    assert [line.split()[0] for line in run("--format", "github")[1].splitlines()] == [
        "::error", "::error", "::warning", "::warning", "::notice"]
    assert [line.split()[0] for line in run("--answered", "answered.json", "--format", "github")[1].splitlines()] == [
        "::error", "::error"]  # an unresolved citation is no question to answer
    draft = fresh / "examples" / "draft.md"
    draft.write_text(draft.read_text(encoding="utf-8").replace("by 40%", "by 45%"), encoding="utf-8")
    code, out, _ = run("--answered", "answered.json")
    assert "1 with flags (1 flag)" in out and "2 answered flags not shown" in out
    assert "'45%' not found in the title or abstract" in out
    assert (fresh / "examples" / "library.bib").read_bytes() == library


def test_marking_again_drops_answers_no_claim_raises_any_more(fresh: Path) -> None:
    stale = AnsweredFlag("gone2001", "number", "12", "a claim since deleted")
    write_answered(fresh / "answered.json", [stale])
    _, _, err = run("--answered", "answered.json", "--mark-answered")
    assert err == "3 flags recorded as answered in answered.json (1 no claim raises any more dropped)\n"
    answered = read_answered(fresh / "answered.json")
    assert stale not in answered and len(answered) == 3


def test_an_answer_survives_emphasis_case_and_spacing(fresh: Path) -> None:
    run("--answered", "answered.json", "--mark-answered")
    draft = fresh / "examples" / "draft.md"
    text = draft.read_text(encoding="utf-8")
    assert "*HFE*" in text
    draft.write_text(text.replace("*HFE*", "_HFE_").replace("In children", "In  Children"), encoding="utf-8")
    assert LATER in run("--answered", "answered.json")[1]


def _inputs(fresh: Path) -> tuple[bytes, bytes]:
    """The user's library and manuscript as bytes: no error path may change them."""
    return (fresh / "examples" / "library.bib").read_bytes(), (fresh / "examples" / "draft.md").read_bytes()


def test_option_errors_and_a_damaged_file(fresh: Path) -> None:
    before = _inputs(fresh)
    code, out, err = run("--mark-answered")
    assert (code, out) == (2, "") and "--mark-answered needs --answered FILE" in err
    code, out, err = run("--answered", "answered.json", "--mark-answered", "--watch")
    assert code == 2 and "cannot be combined with --watch" in err
    code, _, err = run("--answered", "examples/draft.md", "--mark-answered")
    assert code == 2 and "refusing to write the answered flags over examples/draft.md" in err
    (fresh / "answered.json").write_text('{"format": 1, "answered": [\n{"key": }]}\n', encoding="utf-8")
    code, out, err = run("--answered", "answered.json")
    assert (code, out) == (1, "")
    assert err == ("Error: answered.json:2: not JSON (Expecting value) (it is written by `evidence check --answered "
                   "FILE --mark-answered`: mend it, or delete it to be asked again)\n")
    for text, message in (('{"format": 7}', 'not an answered-flags file (no "format": 1 with an "answered" list)'),
                          ('{"format": 1, "answered": [{"key": "a"}]}', "an answer lacks its 'kind'"),
                          ('{"format": 1, "answered": [3]}', "an answer is not an object")):
        (fresh / "other.json").write_text(text, encoding="utf-8")
        with pytest.raises(FormatError) as caught:
            read_answered(fresh / "other.json")
        assert caught.value.message == message
    assert read_answered(fresh / "missing.json") == frozenset()
    code, out, err = run("--answered", "mistyped.json")
    assert code == 0 and FIRST in out
    assert err == "warning: mistyped.json does not exist: no flags hidden (--mark-answered writes it)\n"
    (fresh / "answered.json").write_text('{"format": 7}', encoding="utf-8")
    code, out, err = run("--answered", "answered.json", "--mark-answered")
    assert (code, out) == (1, "") and err.count("\n") == 1
    assert err.startswith('Error: answered.json: not an answered-flags file (no "format": 1 with an "answered" list)')
    assert (fresh / "answered.json").read_text(encoding="utf-8") == '{"format": 7}'  # left as it was
    assert _inputs(fresh) == before


def test_a_file_that_cannot_be_written_loses_no_report(fresh: Path) -> None:
    before = _inputs(fresh)
    code, out, err = run("--answered", "missing/answered.json", "--mark-answered")
    assert code == 1 and FIRST in out  # the report first, then the error
    assert err == ("Error: missing/answered.json: cannot record the answered flags: no such folder "
                   "(create missing first, or name a file in an existing folder)\n")
    answers = fresh / "answered.json"
    write_answered(answers, [])
    answers.chmod(0o444)
    code, out, err = run("--answered", "answered.json", "--mark-answered")
    assert code == 1 and FIRST in out
    assert err == ("Error: answered.json: cannot record the answered flags: the file is read-only (make it writable, "
                   "or name another file)\n")
    assert read_answered(answers) == frozenset() and _inputs(fresh) == before
    answers.chmod(0o640)
    run("--answered", "answered.json", "--mark-answered")
    assert answers.stat().st_mode & 0o777 == 0o640 and len(read_answered(answers)) == 3


def test_other_formats_say_how_many_were_hidden(fresh: Path) -> None:
    run("--answered", "answered.json", "--mark-answered")
    code, out, err = run("--answered", "answered.json", "--format", "sarif")
    assert code == 0 and err == "3 answered flags not shown\n"
    results = json.loads(out)["runs"][0]["results"]  # answered: reported as dismissed, not as fixed
    assert [(r["ruleId"], "suppressions" in r) for r in results] == [
        ("unresolved-citation", False), ("unresolved-citation", False), ("missing-specific", True),
        ("population", True), ("no-abstract", True)]
    assert results[2]["suppressions"] == [{"kind": "external", "justification": "answered by the writer (--answered)"}]
    code, out, _ = run("--answered", "answered.json", "--format", "html")
    assert code == 0 and "<li><b>3</b>answered flags not shown</li>" in out
    code, _, err = run("--answered", "answered.json", "--html", "answered.json")
    assert code == 2 and "--html and --answered name the same file" in err
