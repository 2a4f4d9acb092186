"""Who a count belongs to (evidence.check.countedgroups), on real abstracts."""

from __future__ import annotations

from evidence.check.countedgroups import _counted, _outside_ages
from tests.fixtures.claims.claimset import flags_of


def test_a_count_and_the_people_it_counts() -> None:
    assert _counted("In 101 autistic adolescents, sleep", "claim") == [(101.0, "age", "adolescents", "adolescents", 6)]
    assert _counted("a modified PET on seven pediatric dialysis patients", "source") == [
        (7.0, "age", "children", "pediatric", 23)]
    assert _counted("seven of the adults", "claim") == []  # a share of them, not a count of people
    assert _counted("in 2019, adults", "claim") == []  # a year


def test_an_age_range_beside_the_count_decides() -> None:
    sentence = "collected for 101 children with ASD, 7-11 years of age."
    assert _outside_ages("adolescents", sentence, 17)
    assert not _outside_ages("children", sentence, 17)
    assert not _outside_ages("adolescents", "101 youths aged 12-16 years", 10)


def test_the_same_count_of_other_people() -> None:
    # 7632528: "We have performed a modified PET on seven pediatric dialysis patients ..." (and, of where it may
    # serve, "in children as well as older patients who may require cycling peritoneal dialysis")
    claim = "Testing a modified PET in seven {} on peritoneal dialysis, Fitzwater and Jones (1995) optimised dwell " \
            "time."
    assert flags_of(claim.format("children"), "7632528") == []
    assert flags_of(claim.format("adults"), "7632528") == [("population", "adults")]
    # 31479914: "Caregiver-report of child sleep, EF, and ADHD symptom severity was collected for 101 children with
    # ASD, 7-11 years of age."
    claim = "In 101 autistic {}, caregiver-reported sleep and executive problems predicted ADHD symptoms " \
            "(Cremone-Caira et al., 2019)."
    assert flags_of(claim.format("children"), "31479914") == []
    assert flags_of(claim.format("adolescents"), "31479914") == [("population", "adolescents")]
