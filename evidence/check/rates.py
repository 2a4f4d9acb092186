"""The period a rate is given per: "50 patients a day" where the abstract's "50 patients per week", or "608 g of
vegetables each week" where its sentence with 608 g speaks of "average daily consumption". A figure's value is
read elsewhere; this reads only the period it is per, where the abstract gives the same figure per another."""

from __future__ import annotations

import re
from dataclasses import dataclass

from evidence.check.numberwords import SMALL, number_value
from evidence.check.quantities import CONSUMED, unit_hours
from evidence.check.source import SourceText

_NUMBER = rf"\d[\d,]*(?:\.\d+)?|once|twice|one|{SMALL}|an?(?=\s+(?:{CONSUMED})s?\b)"  # ("a litre a day": one litre)
_PERIODS = {"day": "day", "daily": "day", "d": "day", "week": "week", "weekly": "week", "wk": "week",
            "month": "month", "monthly": "month", "year": "year", "yearly": "year", "annual": "year",
            "annually": "year", "annum": "year"}
_DAYS = {1: "day", 7: "week", 28: "month", 30: "month", 31: "month", 365: "year"}  # "every 4 weeks" is monthly
#: A figure, at most three words of what it counts, then the period it is per: "50 patients a day", "400 mg/m2 per
#: day", "twice weekly", "19 g/day".
_CLAIM_RATE_RE = re.compile(rf"(?<![\w.,-])(?P<num>{_NUMBER})\b(?P<what>(?:\s+(?!(?:for|over|in|within|after|during|"
                            rf"and|or|to)\b)[\w/-]+){{0,3}}?)(?:\s+(?:a|an|per|each|every)\s+(?P<period>day|week|month|"
                            rf"year)|\s*/\s*(?P<short>day|d|week|wk)|\s+(?P<adverb>daily|weekly|monthly|yearly|annually))"
                            rf"\b", re.I)
# (not "a 2 week course", a period; not "GDC-0449 at 150 mg", a name's digits)
_SOURCE_PERIOD_RE = re.compile(rf"\bevery\s+(?P<n>{_NUMBER})\s+(?P<unit>day|week|month|year)s?\b|"
                               r"\b(?:(?:a|an|per|each|every)\s+(day|week|month|year|annum)|(daily|weekly|monthly|"
                               r"yearly|annual|annually))\b|/\s*(day|d|week|wk)\b", re.I)
_FIGURE_RE = re.compile(rf"(?<![\w.,-])(?:{_NUMBER})\b", re.I)


def _value(figure: str) -> float | None:
    return 1.0 if figure.lower() in ("a", "an") else number_value(figure.replace(",", ""))


def _periods(text: str) -> list[tuple[int, int, str]]:
    """(start, end, period) of each period a figure may be per ("every 4 weeks" is a month; "every 3 days" a period
    of its own)."""
    out = []
    for match in _SOURCE_PERIOD_RE.finditer(text):
        if match.group("n"):
            n, hours = _value(match.group("n")), unit_hours(match.group("unit"))
            days = round(n * hours / 24) if n and hours else 0
            period = _DAYS.get(days, match.group())
        else:
            period = _PERIODS[next(g for g in match.groups()[2:] if g).lower()]
        out.append((match.start(), match.end(), period))
    return out


@dataclass(frozen=True)
class OtherPeriod:
    said: str  # the claim's rate, as written
    theirs: str  # the abstract's word for its period
    sentence: int


def other_period(clause: str, source: SourceText) -> OtherPeriod | None:
    """The claim's rate whose figure the abstract gives only per another period (and never per the claim's)."""
    for match in _CLAIM_RATE_RE.finditer(clause):
        value = _value(match.group("num"))
        period = _PERIODS[next(g for g in match.group("period", "short", "adverb") if g).lower()]
        if value is None or value in (1.0, 2.0) and match.group("num").lower() in ("once", "twice", "one", "two") \
                and not match.group("what").strip():
            continue  # "once a day", "one a day": too common to tell one dose's schedule from another's
        theirs = _given_per(value, period, source)
        if theirs is not None:
            return OtherPeriod(" ".join(match.group().split()), theirs[0], theirs[1])
    return None


def _given_per(value: float, period: str, source: SourceText) -> tuple[str, int] | None:
    """The other period the abstract gives the figure per (its words, its sentence), or None where it gives it per
    ``period`` anywhere, or per none."""
    other: tuple[str, int] | None = None
    for i, sentence in enumerate(source.sentences):
        periods = _periods(sentence.text)
        for figure in _FIGURE_RE.finditer(sentence.text):
            if not periods or _value(figure.group()) != value:
                continue
            nearest = min(periods, key=lambda p: p[0] - figure.end() if p[0] >= figure.end()
                          else figure.start() - p[1])  # the period the figure is given per: the nearest one
            if nearest[2] == period:
                return None
            other = other or (sentence.text[nearest[0]:nearest[1]], i)
    return other
