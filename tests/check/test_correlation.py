"""A correlation's sign, said either way round (real abstracts from tests/fixtures/claims/mechanisms.xml)."""

from __future__ import annotations

from tests.fixtures.claims.claimset import flags_of


def test_correlated_negatively_is_a_negative_sign() -> None:
    # 27623204: "ISL-1 expression correlated positively (p<0.001), while TTF-1 correlated negatively with the age
    # of patients (p=0.039)."
    assert flags_of("TTF-1 expression rose with patients' age (Czapiewski and colleagues, 2016).", "27623204") == [
        ("direction", "rose with")]
    assert flags_of("ISL-1 expression rose with patients' age (Czapiewski and colleagues, 2016).", "27623204") == []
