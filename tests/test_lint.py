"""Lint findings with lines, codes and hints on real files."""

from __future__ import annotations

import json
from pathlib import Path

from evidence.lint import lint, lint_entries
from evidence.model import Entry
from evidence.store.library import Library

FIXTURES = Path(__file__).parent / "fixtures" / "import"


def test_refs_bib_warnings() -> None:
    issues = lint(Library.load(FIXTURES / "refs.bib"))
    assert [(i.line, i.key, i.code) for i in issues] == [
        (38, "zanos2018", "title-case"), (65, "duman2012", "title-case"), (79, "andrade2017", "title-case"),
        (91, "feifel2017", "authors-unknown"), (91, "feifel2017", "missing-field"), (111, "xu2016", "title-case")]
    assert issues[1].message == ("title is in Title Case; APA, Vancouver and AMA print it as 'Synaptic dysfunction in "
                                 "depression: potential therapeutic targets'")
    assert issues[3].message == ("the author list ends in 'and others'; APA lists every author and never prints "
                                 "'et al.' in a reference list")
    [issue] = [i for i in issues if i.code == "missing-field"]
    assert issue.to_dict() == {
        "severity": "warning", "line": 91, "key": "feifel2017", "code": "missing-field",
        "message": "@article 'feifel2017' has no journal or journaltitle",
        "hint": "add journal, or run `evidence enrich feifel2017` to fill it from PubMed",
    }
    json.dumps([i.to_dict() for i in lint(Library.load(FIXTURES / "refs.bib"))])


def test_parser_problems_become_errors() -> None:
    issues = lint(Library.load(FIXTURES / "bibtextidy_unbalanced_braces.bib"))
    assert [(i.severity, i.line, i.code) for i in issues] == [("error", 1, "undefined-macro"),
                                                              ("error", 2, "duplicate-key")]


def test_each_check() -> None:
    entries = [
        Entry("Müller2020", "article", {"author": "Müller, A", "title": "T one", "journal": "J", "year": "2020"},
              line=1),
        Entry("a", "article", {"author": "A, B", "title": "T two", "journal": "J", "year": "20xx", "pages": "351-354",
                               "doi": "10.1000", "pmid": "PMID:123", "pmcid": "123"}, line=10),
        Entry("b", "article", {"author": "B, C", "title": "T three", "journal": "J", "year": "2001",
                               "doi": "https://doi.org/10.1000/xyz", "pages": "e852--e857"}, line=20),
        Entry("c", "book", {"title": "A {broken", "year": "2001"}, line=30),
    ]
    found = [(i.line, i.severity, i.code) for i in lint_entries(entries)]
    assert found == [
        (1, "warning", "non-ascii-key"),
        (10, "error", "bad-doi"), (10, "error", "bad-pmcid"), (10, "error", "bad-pmid"), (10, "error", "bad-year"),
        (10, "warning", "page-hyphen"),
        (20, "warning", "doi-url"),
        (30, "error", "unbalanced-braces"), (30, "warning", "missing-field"), (30, "warning", "missing-field"),
    ]
    hyphen = next(i for i in lint_entries(entries) if i.code == "page-hyphen")
    assert hyphen.hint == "use a double hyphen for the en dash: pages = {351--354}"


def test_escaped_brace_is_an_error_by_bibtex_rules() -> None:
    entry = Entry("sets2020", "article", {"author": "Doe, J.", "title": "Sets \\{x and y", "journal": "J",
                                         "year": "2020"})
    issues = lint_entries([entry])
    assert [(i.code, i.severity) for i in issues] == [("unbalanced-braces", "error")]
