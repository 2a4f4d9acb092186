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


def test_a_cause_where_the_interval_reaches_down_to_one() -> None:
    # 11438568: "... mainly from non-Hodgkin's lymphoma (SMR = 2.6; 95% CI = 1.0 to 5.3)."
    claim = ("Radium treatment of the nasopharynx in childhood caused non-Hodgkin's lymphoma, Ronckers and "
             "colleagues (2001) showed.")
    assert ("overreach", "caused") in flags_of(claim, "11438568")


def test_an_interval_above_one_or_a_hedged_claim_is_no_overreach() -> None:
    source = read_source(by_pmid("11438568"))
    ranked = [i for score, i in source.rank(source.claim_words("excess deaths from lymphoproliferative cancers"))]
    # "(SMR = 1.9; 95% CI = 1.1 to 3.0)": the interval lies above 1
    assert find_uncertain_effect("Radium treatment raised the risk of death from lymphoproliferative and "
                                 "hematopoietic cancers (Ronckers et al., 2001).", source, ranked) is None
    # the claim itself says the result is uncertain
    assert find_uncertain_effect("Radium treatment may have raised the risk of non-Hodgkin's lymphoma "
                                 "(Ronckers et al., 2001).", source, ranked) is None
