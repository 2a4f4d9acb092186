"""A count of the same thing with another value (real abstracts from tests/fixtures/claims/mechanisms.xml)."""

from __future__ import annotations

from tests.fixtures.claims.claimset import flags_of


def test_a_count_of_the_same_thing_with_another_value_is_flagged_wherever_else_the_value_appears() -> None:
    # 25539609: "Results of pathological examination revealed 28 primary lung cancers, 9 atypical adenomatous
    # hyperplasia, and 4 nonspecific chronic inflammations." (18 is elsewhere in the record, so it passed before)
    claim = ("Pathology of the 41 lesions showed {} primary lung cancers, nine atypical adenomatous hyperplasias and "
             "four chronic inflammations (Chu and colleagues, 2014).")
    assert flags_of(claim.format(18), "25539609") == [("number", "18")]
    assert flags_of(claim.format(28), "25539609") == []


def test_a_bound_is_not_a_recount() -> None:
    # 16637512 (the project's own set): "... in 158 Kenyan women with breast cancer ..."
    assert flags_of("More than 150 Kenyan women with breast cancer were studied (Bird et al., 2008).", "16637512") == []
    assert flags_of("Some 160 Kenyan women with breast cancer were studied (Bird et al., 2008).", "16637512") == []
    assert flags_of("In all, 168 Kenyan women with breast cancer were studied (Bird et al., 2008).", "16637512") == [
        ("number", "168")]


def test_an_intervals_end_is_no_point_estimate_near_it() -> None:
    # 10454065: "... the odds ratio (OR) and 95% confidence interval (CI) was 1.7 (1.1-2.9 with p = 0.03 ...) for
    # those who smoked for > or = 25 years compared with non-smokers." ("never smokers" are its non-smokers)
    claim = ("Those who had smoked for 25 years or more had about {}-fold the odds of nasopharyngeal carcinoma of "
             "never smokers (Cheng et al., 1999).")
    assert flags_of(claim.format("2.7"), "10454065") == [("number", "2.7-fold")]
    assert flags_of(claim.format("1.7"), "10454065") == []
    assert flags_of(claim.format("2.9"), "10454065") == []  # the same digits: the writer quotes the interval's end


def test_a_recount_needs_the_same_head_in_the_same_order() -> None:
    # 25539609: "... underwent 41 VATS resections, with ... 3 lesion resections ..." and "41 small GGOs"
    assert flags_of("Pathology showed 28 primary lung cancers among the 41 resected lesions (Chu et al., 2014).",
                    "25539609") == []
