"""Duplicate groups and merge plans on real libraries."""

from __future__ import annotations

from pathlib import Path

from evidence.dedupe import apply_merges, distinct_works, find_duplicates, plan_merge
from evidence.model import Entry
from evidence.store.library import Library

FIXTURES = Path(__file__).parent / "fixtures" / "import"


def test_refs_bib_has_no_duplicates_and_keeps_the_two_zanos_2018_apart() -> None:
    entries = Library.load(FIXTURES / "refs.bib").entries
    assert find_duplicates(entries) == []


def test_doi_pmid_title_and_fuzzy_groups() -> None:
    base = Library.load(FIXTURES / "refs.bib").get("berman2000")
    title = "Antidepressant effects of ketamine in depressed patients"
    same_doi = Entry("b2", "article", {"title": "Antidepressant effects of ketamine",
                                       "doi": "https://doi.org/10.1016/s0006-3223(99)00230-9"})
    same_pmid = Entry("b3", "article", {"title": title + ".", "pmid": "10686270"})
    typo = Entry("b4", "article", {"author": "Berman, R. M.", "year": "2000",
                                    "title": "Antidepresant effects of ketamine in depressed patient"})
    other_vol = Entry("b5", "article", {"author": "Berman, R. M.", "title": title, "year": "2000", "volume": "48"})
    groups = find_duplicates([base, same_doi, same_pmid, typo, other_vol])
    assert [(g.keys, g.score) for g in groups] == [(("berman2000", "b2", "b3", "b4"), 1.0)]
    assert groups[0].reason == "same DOI 10.1016/s0006-3223(99)00230-9"
    assert find_duplicates([base, typo])[0].reason == "similar titles (0.98), same first author"
    assert find_duplicates([base, typo], fuzzy=None) == []
    assert distinct_works(base, other_vol) == "their DOI, PMID, volume, issue or first page differ"


def test_shared_book_doi_is_not_a_duplicate() -> None:
    a = Entry("a", "incollection", {"title": "Growth of nanowires on silicon", "doi": "10.5772/3457"})
    b = Entry("b", "incollection", {"title": "Optical spectroscopy of quantum dots", "doi": "10.5772/3457"})
    assert find_duplicates([a, b]) == []



def test_merge_plan_keeps_most_complete_and_fills(tmp_path: Path) -> None:
    path = tmp_path / "lib.bib"
    path.write_bytes((FIXTURES / "refs.bib").read_bytes())
    lib = Library.load(path)
    dup = Entry("berman2000dup", "article", {"author": "Berman, R. M.", "year": "2000", "note": "from RIS",
                                              "title": "Antidepressant effects of ketamine in depressed patients",
                                              "doi": "10.1016/S0006-3223(99)00230-9"})
    lib.add(dup)
    [group] = find_duplicates(lib.entries)
    plan = plan_merge([lib.get(k) for k in group.keys])
    assert plan.keep == "berman2000"
    assert plan.remove == ["berman2000dup"]
    assert plan.fill == {"note": "from RIS", "ids": "berman2000dup"}
    assert plan.conflicts == {"author": ["berman2000dup"]}
    assert apply_merges(lib, [plan]) == ["berman2000dup"]
    lib.save()
    again = Library.load(path)
    assert "berman2000dup" not in again
    assert again.get("berman2000").get("ids") == "berman2000dup"
    assert again.get("berman2000").get("note") == "from RIS"
    assert len(again) == 10


def test_merge_keeps_the_aliases_of_removed_entries() -> None:
    full = Entry("smith2000", "article", {"author": "Smith, A.", "title": "A study of things", "year": "2000",
                                          "journal": "J", "doi": "10.1000/xyz", "ids": "smithA2000"})
    thin = Entry("smith2000b", "article", {"author": "Smith, A.", "title": "A study of things", "year": "2000",
                                           "doi": "10.1000/XYZ", "ids": "oldkey1, smithA2000"})
    plan = plan_merge([full, thin])
    assert plan.keep == "smith2000"
    assert plan.fill["ids"] == "smithA2000, oldkey1, smith2000b"


def test_parts_of_a_series_are_not_duplicates() -> None:
    one = Entry("andrade2017c", "article", {"author": "Andrade, Chittaranjan", "year": "2017",
                                            "title": "Ketamine for Depression, 1: Why Did It Work?"})
    two = Entry("andrade2017d", "article", {"author": "Andrade, Chittaranjan", "year": "2017",
                                            "title": "Ketamine for Depression, 2: Why Did It Work?"})
    assert find_duplicates([one, two]) == []
