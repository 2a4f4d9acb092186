"""Readings that round fifteen found missing on sets 46-51 read as development sets; each kept only when it caught
wrong claims without raising a flag on any faithful development claim (real abstracts from
tests/fixtures/claims/mechanisms.xml; each test has a faithful counterpart so that it can fail)."""

from __future__ import annotations

from tests.fixtures.claims.claimset import flags_of


def test_a_firm_verb_that_governs_a_hedge_is_no_firm_finding() -> None:
    # 10049524: "These results demonstrate that determination of ICAM-1 may be a valuable biomarker for early
    # detection of acute chorioamnionitis and the possibility of PROM." ("demonstrate", but "may be").
    claim = "Shaarawy and colleagues (1998) {} ICAM-1 as a {} test for diagnosing acute chorioamnionitis early."
    assert flags_of(claim.format("proposed", "possible"), "10049524") == []
    assert flags_of(claim.format("established", "reliable"), "10049524") == [("overreach", "established")]


def test_establish_x_as_y_says_the_work_settled_it() -> None:
    # 10063314: "These results suggest that the p16INK4A gene can be a candidate for gene therapy in cases of NSCLC
    # in which p16INK4A gene is inactivated."
    claim = ("Lee et al.'s (1999) results {} p16INK4A gene therapy as {} for patients with non-small cell lung "
             "cancer.")
    assert flags_of(claim.format("put forward", "a candidate treatment"), "10063314") == []
    assert flags_of(claim.format("establish", "an effective treatment"), "10063314") == [("overreach", "establish")]
    # 10048733: "The results suggest that faecal calprotectin ... might serve as a simple, inexpensive alternative
    # to the indium-111 technique."
    claim = ("Røseth et al.'s (1999) findings {} faecal calprotectin as a {} alternative to the indium-111 "
             "granulocyte scan in IBD.")
    assert flags_of(claim.format("present", "possible"), "10048733") == []
    assert flags_of(claim.format("establish", "validated"), "10048733") == [("overreach", "establish")]
    # "to establish X as": an aim, not a result.
    assert flags_of("Lee et al. (1999) set out to establish p16INK4A gene therapy as a treatment for non-small cell "
                    "lung cancer.", "10063314") == []
