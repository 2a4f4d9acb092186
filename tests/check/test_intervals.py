"""A ratio whose confidence interval includes 1, stated as an effect (real abstracts from
tests/fixtures/claims/mechanisms.xml)."""

from __future__ import annotations

from evidence.check.intervals import find_uncertain_effect
from evidence.check.source import read_source
from tests.fixtures.claims.claimset import by_pmid, flags_of


def test_an_effect_on_a_risk_whose_interval_includes_one_is_overreach() -> None:
    # 15931724: "Four of the five thyroid carcinomas were found in the radium-exposed group (RR: 3.8; 0.5-76)."
    claim = ("Ronckers et al. (2004) found that nasopharyngeal radium treatment nearly quadrupled the risk of "
             "thyroid cancer.")
    source = read_source(by_pmid("15931724"))
    found = find_uncertain_effect(claim, source, [i for _, i in source.rank(source.claim_words(claim))])
    assert found is not None
    assert (found.claim_words, found.ratio) == ("quadrupled the risk", "RR: 3.8; 0.5-76")
    assert flags_of(claim, "15931724") == [("overreach", "quadrupled the risk")]


def test_an_interval_from_exactly_one_is_the_abstracts_elevated_risk() -> None:
    # 15931724: "Elevated risks were observed for breast cancer (RR: 1.6; 0.9-2.7) and non-Hodgkin's lymphoma
    # (RR: 2.7; 1.0-8.7)."
    claim = "Radium exposure went with a higher risk of {} (Ronckers et al., 2004)."
    assert flags_of(claim.format("non-Hodgkin's lymphoma"), "15931724") == []
    assert flags_of(claim.format("breast cancer"), "15931724") == [("overreach", "higher risk")]


def test_a_claim_that_denies_the_effect_or_gives_the_interval_claims_no_more() -> None:
    assert flags_of("The study found no strong evidence of a raised risk of head and neck tumours after radium "
                    "(Ronckers et al., 2004).", "15931724") == []
    assert flags_of("Radium nearly quadrupled the risk of thyroid cancer, though with a very wide interval "
                    "(RR 3.8; 0.5-76) (Ronckers et al., 2004).", "15931724") == []


def test_a_naming_bracket_does_not_cut_a_ratio_from_its_subject() -> None:
    # 15931724: "There was an increased risk for skin basal cell carcinoma (BCC) of the head and neck (odds ratio
    # (OR): 2.6; 1.0-6.7), but not for BCC of other body parts (OR: 0.3; 0.1-1.3)."
    found = find_uncertain_effect("Radium exposure raised the risk of basal cell carcinoma of the head and neck "
                                  "(Ronckers et al., 2004).", read_source(by_pmid("15931724")), [12])
    assert found is None


def test_an_interval_above_one_or_a_hedged_claim_is_no_overreach() -> None:
    source = read_source(by_pmid("11438568"))
    ranked = [i for score, i in source.rank(source.claim_words("excess deaths from lymphoproliferative cancers"))]
    # "(SMR = 1.9; 95% CI = 1.1 to 3.0)": the interval lies above 1
    assert find_uncertain_effect("Radium treatment raised the risk of death from lymphoproliferative and "
                                 "hematopoietic cancers (Ronckers et al., 2001).", source, ranked) is None
    # the claim itself says the result is uncertain
    assert find_uncertain_effect("Radium treatment may have raised the risk of non-Hodgkin's lymphoma "
                                 "(Ronckers et al., 2001).", source, ranked) is None
