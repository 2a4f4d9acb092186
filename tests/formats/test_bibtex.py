"""BibTeX as an import source and export format: the value rule on export, identifier checks on import."""

from __future__ import annotations

import pytest

from evidence.errors import FormatError
from evidence.formats.bibtex import entry_to_bibtex, read
from evidence.model import Entry


def test_entry_to_bibtex_refuses_unbalanced_braces() -> None:
    with pytest.raises(FormatError, match="unbalanced braces"):
        entry_to_bibtex(Entry("k", "misc", {"title": "a } b {"}))


def test_identifiers_of_the_wrong_form_are_dropped_but_a_free_year_is_kept() -> None:
    data = b"@article{k1,\n  title = {T},\n  pmid = {abc},\n  doi = {10.1000/ok},\n  year = {forthcoming},\n}\n"
    entries, warnings = read(data, "bad.bib")
    assert [(e.key, e.fields) for e in entries] == [("k1", {"title": "T", "doi": "10.1000/ok", "year": "forthcoming"})]
    assert warnings == ["entry 'k1' (line 1): field 'pmid' skipped: not a PMID (1 to 9 digits): 'abc'"]
