"""Few against most (evidence.check.majority), on a real abstract and on the quantifiers' edges."""

from __future__ import annotations

from evidence.check.majority import _quantified
from tests.fixtures.claims.claimset import flags_of


def test_quantifiers_and_what_follows_them() -> None:
    assert [(most, word) for most, word, _ in _quantified("Few owners read the labels")] == [(False, "Few")]
    assert [(most, word) for most, word, _ in _quantified("Most owners read the labels")] == [(True, "Most")]
    assert _quantified("a few owners read the labels") == []  # some, not few
    assert _quantified("not many, and not most owners") == []  # negated: no claim either way
    assert _quantified("the most common treats") == []  # a superlative, not a majority
    assert [w for _, w, _ in _quantified("the vast majority of owners")] == ["the vast majority of"]


def test_few_against_most_of_the_same_people_and_deed() -> None:
    # 30773055: "Most owners read the labels of the treats to seek the ingredients list and the claimed health
    # benefits; ..."
    assert flags_of("Morelli et al. (2020) found that most owners read the labels on treat packets.", "30773055") == []
    assert flags_of("Morelli et al. (2020) found that few owners read the labels on treat packets.", "30773055") == [
        ("direction", "few")]
    assert flags_of("Morelli et al. (2020) found that few owners bought treats online.", "30773055") == []  # another
    # deed: the abstract's "most" is of reading labels
