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


def test_the_same_count_of_other_people_or_another_organ_site() -> None:
    from evidence.check.populations import counted_kinds
    assert counted_kinds("Malay patients") == {("origin", "malay")}
    assert counted_kinds("SDHB-negative gastric GISTs") == {("site", "stomach")}
    assert counted_kinds("non-small cell lung carcinomas in women") == {("site", "lung"), ("sex", "women")}
    # 11101539: "During 1990-1992, 282 Chinese residents of Selangor ... with histologically confirmed NPC ..."
    assert ("population", "Malay patients") in flags_of(
        "In a study of 282 Malay patients in Selangor, occupational wood dust was tied to NPC (Armstrong et al., "
        "2000).", "11101539")
    assert ("population", "Chinese patients") not in flags_of(
        "In a study of 282 Chinese patients in Selangor, occupational wood dust was tied to NPC (Armstrong et al., "
        "2000).", "11101539")
    # 23282968: "A total of 36 SDHA-negative GISTs (28%) were found among 127 SDHB-negative gastric GISTs."
    assert flags_of("Miettinen and colleagues (2013) found SDHA loss in 36 of 127 SDHB-negative intestinal GISTs.",
                    "23282968") == [("population", "SDHB-negative intestinal GISTs")]
    assert flags_of("Miettinen and colleagues (2013) found SDHA loss in 36 of 127 SDHB-negative gastric GISTs.",
                    "23282968") == []
    # 22032542: "The best performing protocol was chosen for analysis of 69 ovarian carcinoma effusions."
    assert [kind for kind, _ in flags_of("Dong and colleagues (2011) analysed c-FLIP in 69 breast carcinoma "
                                         "effusions.", "22032542")] == ["population"]
    assert flags_of("Dong and colleagues (2011) analysed c-FLIP in 69 ovarian carcinoma effusions.", "22032542") == []


def test_a_count_of_women_is_a_count_of_the_same_thing() -> None:
    # 22560113: "The study group consisted of 30 men and 24 women with a median age of 60.3 years."
    assert ("number", "54") in flags_of("Nakamura and colleagues (2012) studied surgical lung biopsies from 54 women "
                                        "with rheumatoid lung disease.", "22560113")
    assert ("number", "24") not in flags_of("Nakamura and colleagues (2012) studied surgical lung biopsies from 30 "
                                            "men and 24 women with rheumatoid lung disease.", "22560113")
