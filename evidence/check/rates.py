"""The period a rate is given per: "50 patients a day" where the abstract's "50 patients per week", or "608 g of
vegetables each week" where its sentence with 608 g speaks of "average daily consumption". A figure's value is
read elsewhere; this reads only the period it is per, where the abstract gives the same figure per another."""

from __future__ import annotations

import re
from dataclasses import dataclass

from evidence.check.numberwords import number_value
from evidence.check.source import SourceText

_NUMBER = (r"\d[\d,]*(?:\.\d+)?|once|twice|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|"
           r"forty|fifty|sixty|hundred")
_PERIODS = {"day": "day", "daily": "day", "d": "day", "week": "week", "weekly": "week", "wk": "week",
            "month": "month", "monthly": "month", "year": "year", "yearly": "year", "annual": "year",
            "annually": "year", "annum": "year"}
#: A figure, at most three words of what it counts, then the period it is per: "50 patients a day", "400 mg/m2 per
#: day", "twice weekly", "19 g/day".
_CLAIM_RATE_RE = re.compile(rf"(?<![\w.,-])(?P<num>{_NUMBER})\b(?P<what>(?:\s+(?!(?:for|over|in|within|after|during|"
                            rf"and|or|to)\b)[\w/-]+){{0,3}}?)(?:\s+(?:a|an|per|each|every)\s+(?P<period>day|week|month|"
                            rf"year)|\s*/\s*(?P<short>day|d|week|wk)|\s+(?P<adverb>daily|weekly|monthly|yearly|annually))"
                            rf"\b", re.I)
# (not "a 2 week course", a period; not "GDC-0449 at 150 mg", a name's digits)
_SOURCE_PERIOD_RE = re.compile(r"\b(?:(?:a|an|per|each|every)\s+(day|week|month|year|annum)|(daily|weekly|monthly|"
                               r"yearly|annual|annually))\b|/\s*(day|d|week|wk)\b", re.I)
_FIGURE_RE = re.compile(rf"\b(?:{_NUMBER})\b", re.I)


@dataclass(frozen=True)
class OtherPeriod:
    said: str  # the claim's rate, as written
    theirs: str  # the abstract's word for its period
    sentence: int


def other_period(clause: str, source: SourceText) -> OtherPeriod | None:
    """The claim's rate whose figure the abstract gives only per another period (and never per the claim's)."""
    for match in _CLAIM_RATE_RE.finditer(clause):
        value = number_value(match.group("num").replace(",", ""))
        period = _PERIODS[next(g for g in match.group("period", "short", "adverb") if g).lower()]
        if value is None or value in (1.0, 2.0) and match.group("num").lower() in ("once", "twice", "one", "two") \
                and not match.group("what").strip():
            continue  # "once a day", "one a day": too common to tell one dose's schedule from another's
        other: OtherPeriod | None = None
        for i, sentence in enumerate(source.sentences):
            if not any(number_value(f.group().replace(",", "")) == value for f in _FIGURE_RE.finditer(sentence.text)):
                continue
            periods = {_PERIODS[next(g for g in p.groups() if g).lower()]: p.group()
                       for p in _SOURCE_PERIOD_RE.finditer(sentence.text)}
            if period in periods:
                other = None
                break  # the abstract gives it per the claim's period somewhere: nothing to ask
            if periods and other is None:
                other = OtherPeriod(" ".join(match.group().split()), next(iter(periods.values())), i)
        if other is not None:
            return other
    return None
