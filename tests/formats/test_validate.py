"""The form checks every importer runs: what is kept, what is dropped, and the one-line warning."""

from __future__ import annotations

from evidence.formats.validate import Problems, check_fields


def test_good_values_are_kept_in_order() -> None:
    fields = {"title": "T", "doi": "https://doi.org/10.1016/S0006-3223(99)00230-9", "pmid": "10686270",
              "pmcid": "pmc5999402", "year": "2000", "volume": "anything"}
    problems = Problems()
    assert check_fields(fields, "item 1", problems) == fields
    assert problems.messages == []


def test_bad_values_are_dropped_with_a_warning_naming_item_and_source_field() -> None:
    fields = {"title": "T", "doi": "['10.1/x']", "pmid": "PMID: 1", "pmcid": "123", "year": "in press"}
    problems = Problems()
    assert check_fields(fields, "record at line 4", problems, {"doi": "DO"}) == {"title": "T"}
    assert problems.messages == [
        "record at line 4: field 'DO' skipped: not a DOI (10.NNNN/...): \"['10.1/x']\"",
        "record at line 4: field 'pmid' skipped: not a PMID (1 to 9 digits): 'PMID: 1'",
        "record at line 4: field 'pmcid' skipped: not a PMCID (PMC and digits): '123'",
        "record at line 4: field 'year' skipped: not a year: 'in press'",
    ]


def test_bibtex_years_are_free_and_long_values_are_cut_in_the_warning() -> None:
    problems = Problems()
    kept = check_fields({"year": "forthcoming", "doi": "x" * 100}, "entry 'k' (line 1)", problems, years=False)
    assert kept == {"year": "forthcoming"}
    assert problems.messages == [
        "entry 'k' (line 1): field 'doi' skipped: not a DOI (10.NNNN/...): '" + "x" * 39 + "…'"]
