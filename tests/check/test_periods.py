"""Periods written as months and years are durations (real abstracts from tests/fixtures/claims/mechanisms.xml)."""

from __future__ import annotations

from evidence.check.periods import month_spans
from tests.fixtures.claims.claimset import flags_of


def test_a_span_of_months_is_a_duration_with_both_months_counted() -> None:
    [span] = month_spans("performed at our institution from April 1999 to December 2006.")
    assert (span.text, span.value / 730.0, span.unit, span.approx) == ("April 1999 to December 2006", 93.0, "h", True)
    assert month_spans("between Jan. 2012 and Aug 2016")[0].value / 730.0 == 56.0
    assert month_spans("from December 2006 to April 1999") == []


def test_a_claims_duration_is_held_against_the_span() -> None:
    # 17699141: "... encountered among 1,010 procedures performed at our institution from April 1999 to
    # December 2006."
    claim = ("Hiraki et al. (2007) came across four systemic air embolisms among 1,010 CT-guided transthoracic needle "
             "biopsies done at their institution over {}.")
    assert flags_of(claim.format("nearly eight years"), "17699141") == []
    assert flags_of(claim.format("some twelve years"), "17699141") == [("duration", "twelve years")]
    # 17318707: "... from January 2002 to December 2004 ..." is three years, not a decade
    assert flags_of("Pittet et al. (2007) looked back over a decade of thoracoscopic resections of solitary pulmonary "
                    "nodules marked beforehand with a hook wire.", "17318707") == [("missing-specific", "a decade")]


def test_a_day_before_or_after_the_month_is_read() -> None:
    assert [(q.text, q.value / 730.0) for q in month_spans("from 1 January 2001 to 31 December 2005")] == [
        ("1 January 2001 to 31 December 2005", 60.0)]
    assert [q.value / 730.0 for q in month_spans("between January 1, 2001 and December 31, 2005")] == [60.0]
