"""A correlation's sign, said either way round (real abstracts from tests/fixtures/claims/mechanisms.xml)."""

from __future__ import annotations

from tests.fixtures.claims.claimset import flags_of


def test_correlated_negatively_is_a_negative_sign() -> None:
    # 27623204: "ISL-1 expression correlated positively (p<0.001), while TTF-1 correlated negatively with the age
    # of patients (p=0.039)."
    assert flags_of("TTF-1 expression rose with patients' age (Czapiewski and colleagues, 2016).", "27623204") == [
        ("direction", "rose with")]
    assert flags_of("ISL-1 expression rose with patients' age (Czapiewski and colleagues, 2016).", "27623204") == []


def test_a_bracketed_statistic_does_not_end_the_clause_that_names_the_pair() -> None:
    # 19262400: "A significant positive correlation (Pearson's correlation coefficient r=0.6331) was present between
    # hepcidin and IL-6, but not between hepcidin and serum soluble transferrin receptor (r=-0.235)."
    assert flags_of("Serum hepcidin and IL-6 were inversely correlated in Arnold and colleagues' (2009) patients with "
                    "inflammatory bowel disease.", "19262400") == [("direction", "inversely correlated")]
    assert flags_of("Serum hepcidin and IL-6 were positively correlated in Arnold and colleagues' (2009) patients "
                    "with inflammatory bowel disease.", "19262400") == []
