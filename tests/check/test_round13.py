"""Readings that held-out sets 38-41 showed missing once read as development sets (real abstracts from
tests/fixtures/claims/mechanisms.xml; each test has a wrong counterpart so that it can fail)."""

from __future__ import annotations

from evidence.check.comparators import comparator_phrases
from tests.fixtures.claims.claimset import flags_of


def test_unlike_and_in_contrast_to_name_what_is_compared() -> None:
    # 1356371: "In contrast to other membrane guanylyl cyclases, such as natriuretic peptide receptors, retGC has a
    # relatively high basal level of activity when expressed in human 293 cells."
    assert comparator_phrases("unlike soluble guanylyl cyclases (Shyjan and colleagues, 1992).") == [
        "soluble guanylyl cyclases"]
    assert comparator_phrases("In contrast to normal littermates, NF-E2 knockout mice show") == ["normal littermates"]
    claim = ("Expressed in human 293 cells, retGC showed a fairly high basal activity, unlike {} guanylyl cyclases "
             "(Shyjan and colleagues, 1992).")
    assert flags_of(claim.format("other membrane"), "1356371") == []
    assert flags_of(claim.format("soluble"), "1356371") == [("comparator", "soluble guanylyl cyclases")]


def test_the_same_group_told_apart_by_another_qualifier() -> None:
    # 22892811: "Compared with normal sleepers who slept>=6 hours, the highest risk for incident hypertension was in
    # chronic insomniacs with short sleep duration"; "poor sleepers" are named, but as another exposed group.
    claim = ("Compared with {} sleepers who slept six hours or more, chronic insomniacs with short sleep had almost "
             "four times the odds of developing hypertension (Fernandez-Mendoza and colleagues, 2012).")
    assert flags_of(claim.format("normal"), "22892811") == []
    assert flags_of(claim.format("poor"), "22892811") == [
        ("comparator", "poor sleepers who slept six hours or more")]
    # 2238693: "... Chinese women using coal stoves as compared to those using gas stoves."
    claim = ("Chinese women cooking on coal stoves had poorer lung function than women using {} stoves "
             "(Chen et al., 1990).")
    assert flags_of(claim.format("gas"), "2238693") == []
    assert flags_of(claim.format("electric"), "2238693") == [("comparator", "women using electric stoves")]
