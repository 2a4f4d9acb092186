"""A comparison against the figures the abstract gives each arm (evidence.check.armfigures), on a real abstract."""

from __future__ import annotations

from evidence.check.armfigures import _ARM_RE
from tests.fixtures.claims.claimset import flags_of


def test_shares_followed_by_their_groups() -> None:
    text = "complete response rates were 56.3% in the NAC arm and 80.3% in the CRT arm (P = .008)."
    assert [(m.group("num"), m.group("label")) for m in _ARM_RE.finditer(text)] == [("56.3", "NAC"), ("80.3", "CRT")]
    assert [m.group("label") for m in _ARM_RE.finditer("12% with placebo, 30% among smokers.")] == [
        "placebo", "smokers"]


def test_more_in_one_arm_against_the_arms_figures() -> None:
    # 31449470: "After treatment completion, complete response rates were 56.3% in the NAC arm and 80.3% in the CRT
    # arm (P = .008)."
    claim = "Complete responses were {} in the neoadjuvant arm than with chemoradiation alone (da Costa et al., 2019)."
    assert flags_of(claim.format("less frequent"), "31449470") == []
    assert flags_of(claim.format("more frequent"), "31449470") == [("direction", "more frequent")]
