"""Readings that round fifteen found missing on sets 46-51 read as development sets; each kept only when it caught
wrong claims without raising a flag on any faithful development claim (real abstracts from
tests/fixtures/claims/mechanisms.xml; each test has a faithful counterpart so that it can fail)."""

from __future__ import annotations

from evidence.check.cues import cues
from evidence.check.cuewords import NULL
from evidence.check.flags import FlagFinder
from tests.fixtures.claims.claimset import by_pmid, flags_of


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


def test_a_denied_induction_is_no_change() -> None:
    assert [(c.word, c.polarity) for c in cues("In contrast, endotoxin failed to induce MCP-3 production")] == [
        ("failed to induce", NULL)]
    assert [(c.word, c.polarity) for c in cues("IL-10 did not inhibit the release")] == [("did not inhibit", NULL)]
    # 10064085: "In contrast, endotoxin failed to induce MCP-3 production in fibroblasts and PBMC." The flag rests
    # on that sentence, not on an unrelated "similar potencies".
    claim = "Menten et al. (1999) showed that endotoxin {} MCP-3 production in fibroblasts and PBMC."
    assert flags_of(claim.format("did not induce"), "10064085") == []
    found = FlagFinder().flags(claim.format("induced"), by_pmid("10064085"))
    assert [(f.kind, f.term) for f in found] == [("direction", "induced")]
    assert "'failed to induce'" in found[0].message


def test_a_count_after_an_irregular_verb_is_a_count() -> None:
    # 10051501: "... we made 7 variants by substituting the methionine of the YMDD motif ..."
    claim = "Ono-Nita et al. (1999) made {} HBV variants by replacing the methionine of the YMDD motif."
    assert flags_of(claim.format("seven"), "10051501") == []
    assert [kind for kind, _ in flags_of(claim.format("nine"), "10051501")] == ["number"]


def test_oral_in_a_test_s_name_is_no_route() -> None:
    # 10063323: the abstract names the test only as "OGTT"; "oral" here is no route of administration.
    claim = "Among 58 obese adults, BMI correlated with glycaemia during an {} (Alberto et al., 1998)."
    assert flags_of(claim.format("oral glucose tolerance test"), "10063323") == []
    assert ("missing-specific", "oral") in flags_of("Alberto et al. (1998) gave the glucose load orally as an oral "
                                                    "solution.", "10063323")


def test_the_first_half_of_the_more_the_fewer_is_a_condition() -> None:
    # 10064392: "The number of AM-IR cells decreased with the progression of severity of atrophic changes in the
    # pyloric gland, and also of mononuclear cell infiltration."
    claim = "The more severe the atrophic change in the pyloric gland, the {} AM-immunoreactive cells were seen ({})."
    assert flags_of(claim.format("fewer", "Kitani and colleagues, 1999"), "10064392") == []
    wrong = claim.format("more", "Kitani and colleagues, 1999")
    assert [kind for kind, _ in flags_of(wrong, "10064392")] == ["direction"]
