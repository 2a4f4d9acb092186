"""Figures given "respectively", paired with their periods (a real abstract from
tests/fixtures/claims/mechanisms.xml)."""

from __future__ import annotations

from evidence.check.respectively import named_pairs, pairs
from tests.fixtures.claims.claimset import flags_of

# 16750020
SENTENCE = ("The 1-, 3- and 5-year overall survival rate was 86.3%, 66.6% and 56.4%, respectively; and disease-free "
            "survival rate at 1, 3 and 5 years was 71.8%, 53.9% and 50.4%, respectively.")


def test_each_clause_pairs_its_periods_with_its_figures() -> None:
    assert [(p.text, f.text) for p, f in pairs(SENTENCE)] == [
        ("1", "86.3%"), ("3", "66.6%"), ("5-year", "56.4%"), ("1", "71.8%"), ("3", "53.9%"), ("5 years", "50.4%")]
    assert pairs("Survival was 86.3% and 66.6%, respectively.") == []  # no periods: nothing to pair


def test_a_figure_given_to_another_period_is_flagged() -> None:
    claim = "{}-year overall survival was {} in Cao and colleagues' (2006) series of young NPC patients."
    assert flags_of(claim.format("Five", "66.6%"), "16750020") == [("number", "66.6%")]
    assert flags_of(claim.format("Five", "56.4%"), "16750020") == []
    assert flags_of(claim.format("Three", "66.6%"), "16750020") == []


# 10705006
NAMED = ("The actuarial 10-year locoregional relapse-free survival, distant metastases-free survival, and overall "
         "survival rates were 77%, 68%, and 58% , respectively.")


def test_a_list_of_names_pairs_with_its_figures() -> None:
    assert [(n, sorted(w), f.text) for n, w, f in named_pairs(NAMED)] == [
        ("The actuarial 10-year locoregional relapse-free survival", ["actuar", "locore", "relaps", "year"], "77%"),
        ("distant metastases-free survival", ["distan", "metast"], "68%"),  # "free" is not its own word
        ("overall survival", ["overal"], "58%")]
    # a head said once, on the last name, is every name's; a bracketed abbreviation is no name's own word
    assert [(n, sorted(w)) for n, w, _ in named_pairs("The 5-year overall and progression-free survival rates were "
                                                      "80.9% and 79.3%, respectively.")] == [
        ("The 5-year overall", ["overal", "year"]), ("progression-free survival", ["free", "progre"])]
    assert [sorted(w) for _, w, _ in named_pairs("The 4-year overall survival (OS) and event-free survival were 94.9% "
                                                 "and 80%, respectively.")] == [["overal", "year"], ["event", "free"]]
    assert named_pairs("Survival was 86.3% and 66.6%, respectively.") == []  # one name for two figures


def test_a_figure_given_to_another_name_is_flagged() -> None:
    claim = "Ten years on, {} in this paediatric nasopharynx cancer series stood at {} (Wolden et al., 2000)."
    assert flags_of(claim.format("overall survival", "68%"), "10705006") == [("number", "68%")]
    assert flags_of(claim.format("overall survival", "58%"), "10705006") == []
    assert flags_of(claim.format("freedom from distant metastases", "68%"), "10705006") == []
