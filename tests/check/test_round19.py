"""Readings that round nineteen found missing on sets 61-62 read as development sets; each kept only when it mended the
general cause of a false alarm or caught wrong claims without raising a flag on any faithful development claim (real
abstracts from tests/fixtures/claims/mechanisms.xml; each test has a counterpart so that it can fail)."""

from __future__ import annotations

from evidence.check.overreach import _found_so
from tests.fixtures.claims.claimset import flags_of


def test_a_result_the_abstract_states_in_the_past_tense_is_said_firmly() -> None:
    # 33180746: "... and TMPRSS2 expression increased with aging in mice and humans."; its conclusion "suggest[s]"
    assert flags_of("Schuler et al. (2021) found that lung expression of TMPRSS2 increases with age in both mice and "
                    "humans.", "33180746") == []
    assert flags_of("Schuler et al. (2021) showed that TMPRSS2 expression in the lung protects against infection.",
                    "33180746") == [("overreach", "protects")]


def test_a_likeness_the_claim_itself_concedes_is_no_reversal_of_its_other_finding() -> None:
    # 32232920: "RAPN had similar oncological outcomes and morbidity profile as MIS-RN, while conferring functional
    # benefit."; the claim's plural "masses" is the title's "renal mass"
    claim = ("Bradshaw et al. (2020) found robotic partial nephrectomy gave {} minimally invasive radical nephrectomy "
             "in patients with cT2a renal masses.")
    assert flags_of(claim.format("cancer outcomes similar to those of, while better preserving kidney function than,"),
                    "32232920") == [("erratum", None)]
    assert flags_of(claim.format("better cancer outcomes than"), "32232920") == [("erratum", None),
                                                                                 ("direction", "better")]


def test_a_grade_of_evidence_higher_than_the_abstract_gives_is_overreach() -> None:
    # 33567116: "Combination therapy likely increases adverse events (...; moderate-certainty evidence)"
    claim = "Pang et al. (2021) {} evidence that combination therapy increases adverse events compared with placebo."
    assert flags_of(claim.format("provided high-certainty"), "33567116") == [("overreach", "high-certainty")]
    assert flags_of(claim.format("provided moderate-certainty"), "33567116") == []
    assert flags_of(claim.format("found no high-certainty"), "33567116") == []


def test_lifelong_is_a_claim_that_an_effect_lasts() -> None:
    # 33129373: "neutralizing antibodies are stably produced for at least 5-7 months after SARS-CoV-2 infection"
    assert flags_of("SARS-CoV-2 infection confers lifelong neutralizing antibody immunity (Ripperger et al., 2020).",
                    "33129373") == [("overreach", "lifelong")]
    assert flags_of("SARS-CoV-2 infection gives neutralizing antibodies that last at least five months (Ripperger et "
                    "al., 2020).", "33129373") == []


def test_two_figures_the_abstract_sets_against_others_are_mispaired() -> None:
    # 30578883: "78% versus 32% of patients experienced clinical benefit 1, and 87% versus 53% ... clinical benefit 2"
    claim = ("Steinfeld and colleagues (2019) reported that {}% of mepolizumab-treated patients, compared with {}% on "
             "placebo, met the definition of clinical benefit.")
    assert flags_of(claim.format(78, 53), "30578883") == [("erratum", None), ("number", "53%")]
    assert flags_of(claim.format(78, 32), "30578883") == [("erratum", None)]
    assert flags_of(claim.format(87, 53), "30578883") == [("erratum", None)]


def test_the_number_assessed_for_eligibility_is_not_the_number_randomised() -> None:
    # 32687801: "Of 556 infants assessed for eligibility, 218 infants were recruited ... and included in the
    # intention-to-treat analysis."
    claim = "Vento and colleagues (2021) {} {} extremely preterm infants with respiratory distress syndrome."
    assert flags_of(claim.format("randomised", 556), "32687801") == [("number", "556")]
    assert flags_of(claim.format("randomised", 218), "32687801") == []
    assert flags_of(claim.format("screened", 556), "32687801") == []


# Narrowed after the read-only review of this round's readings (review19: probes on other real abstracts)

def test_a_describing_or_hedged_past_participle_is_no_firm_finding() -> None:
    # review19: "may be associated with an increased risk" had let "increases the risk" pass as said firmly
    assert _found_so("increases", "TMPRSS2 expression increased with aging in mice and humans.")
    assert not _found_so("increases", "PPI use may be associated with an increased risk of kidney disease.")
    assert not _found_so("increases", "Patients may be at increased risk.")
    assert not _found_so("reduces", "Reduced expression of PD-L1 may explain it.")


def test_only_a_likeness_about_the_same_thing_is_conceded() -> None:
    # 32232920: the abstract's likeness is of oncological outcomes; a claim's likeness of survival concedes nothing
    assert flags_of("Bradshaw et al. (2020) found robotic partial nephrectomy gave overall survival similar to "
                    "minimally invasive radical nephrectomy, with better cancer outcomes, in patients with cT2a renal "
                    "masses.", "32232920") == [("erratum", None), ("direction", "better")]


def test_a_grade_the_claim_wants_is_not_one_it_reports() -> None:
    # 33567116 grades its evidence moderate at best; these claims say high-certainty evidence is wanted
    assert flags_of("Pang et al. (2021) concluded that high-certainty evidence is still needed on whether combination "
                    "therapy increases adverse events compared with placebo.", "33567116") == []
    assert flags_of("Until high-certainty evidence is available, Pang et al. (2021) advise caution about combination "
                    "therapy compared with placebo.", "33567116") == []


def test_figures_in_separate_phrases_are_not_a_pair_and_lifelong_is_of_an_effect() -> None:
    # 30578883: 78% (benefit 1) and 53% (benefit 2, placebo) told apart, each in its own phrase
    assert flags_of("Steinfeld and colleagues (2019) reported that 78% of mepolizumab-treated patients met the looser "
                    "definition of clinical benefit; compared with placebo, 53% met the stricter one.",
                    "30578883") == [("erratum", None)]
    # 33129373: "lifelong non-smokers" names people, not an effect that lasts
    assert flags_of("Ripperger et al. (2020) found neutralizing antibodies for at least five months after SARS-CoV-2 "
                    "infection, even in lifelong non-smokers.", "33129373") == []
