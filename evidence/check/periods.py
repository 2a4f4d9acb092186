"""Periods and calendar years: the years an abstract names or spans, and what kind of period a duration is.

"In 2005" must be a year the abstract gives or lies within one of its periods ("2000-19",
"between 2010 and 2021"); a follow-up is compared with the abstract's follow-up, a survival with its
survival, not with any period that happens to have the same length.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from evidence.check.numberwords import UNIT_WORDS
from evidence.check.quantities import Quantity, span_end
from evidence.check.quantitymatch import supports
from evidence.check.source import SourceText, stem, topic_words

#: A period read from years ("2000-14", "from 2005 to 2010"): only a rough rival to a stated period.
SPAN_RE = re.compile(r"(?:19|20)\d\d\s*(?:[-\u2013/]|to|and|until|through)")
YEAR_RE = re.compile(r"(?<![\w.,/-])(?:19|20)\d\d(?![\w.,/%-]*\d)")
#: A year, or a decade ("the early 1990s", "mid-1980s"): the part of the decade it names is a span.
_YEAR_OR_DECADE_RE = re.compile(r"(?:\b(?P<part>early|mid|late)[\s-]+)?(?<![\w.,/])(?P<year>(?:19|20)\d\d)"
                                r"(?:(?P<decade>'?s\b)|(?![\w.,/%-]*\d))", re.I)
_CITED_YEAR_RE = re.compile(r"(?:et\s+al\.?,?|[A-Z][\w'-]+,?)\s*\(?\s*$")


_MONTH_NAMES = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTHS = {m: i for i, m in enumerate(_MONTH_NAMES, 1)}
_MONTH = (r"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?(?P<{0}>" + "|".join(_MONTH_NAMES) + r")[a-z]*\.?\s+(?:\d{{1,2}},?\s+)?"
          r"(?P<{0}y>(?:19|20)\d\d)")  # "April 1999", "1 January 2001", "January 1, 2001"
_MONTH_SPAN_RE = re.compile(r"\b" + _MONTH.format("a") + r"\s*(?:-|\u2013|to|until|through|and)\s*" +
                            _MONTH.format("b") + r"\b", re.I)


def month_spans(text: str) -> list[Quantity]:
    """"From April 1999 to December 2006" as a duration (7 years 9 months, both months counted), so that a
    claim's "nearly eight years" finds it; years alone ("2000-14") are read by ``quantities``."""
    out = []
    for match in _MONTH_SPAN_RE.finditer(text):
        first = int(match.group("ay")) * 12 + _MONTHS[match.group("a")[:3].lower()]
        last = int(match.group("by")) * 12 + _MONTHS[match.group("b")[:3].lower()]
        if last > first:
            out.append(Quantity(round((last - first + 1) * 730.0, 3), "h", match.group(), match.start(), approx=True))
    return out


def abstract_years(source: SourceText,
                   quantities: dict[int, list[Quantity]]) -> tuple[set[int], list[tuple[int, int]]]:
    """The years an abstract names, and its periods ("2000-19", "between 2010 and 2021", "the late 1980s")."""
    years = {int(y) for s in source.sentences for y in YEAR_RE.findall(s.text)}
    spans = []
    for quantity in (q for qs in quantities.values() for q in qs):
        match = re.search(r"((?:19|20)\d\d)\D+?((?:19|20)?\d\d)\b", quantity.text) if quantity.unit == "h" else None
        if match:
            first, last = int(match.group(1)), match.group(2)
            end = span_end(first, last)
            years |= {first, end}
            spans.append((first, end))
    spans += [_decade(m) for s in source.sentences for m in _YEAR_OR_DECADE_RE.finditer(s.text)
              if m.group("decade")]  # "established mostly in the late 1980s": the decade's part is a span
    return years, spans


def _decade(match: re.Match[str]) -> tuple[int, int]:
    start = int(match.group("year")) // 10 * 10
    part = (match.group("part") or "").lower()
    return {"early": (start, start + 3), "mid": (start + 3, start + 7), "late": (start + 6, start + 9)}.get(
        part, (start, start + 9))


def unknown_years(clause: str, source: SourceText, known: tuple[set[int], list[tuple[int, int]]],
                  cited_year: str) -> list[tuple[int, int]]:
    """Calendar years the claim gives ("in 2005", "from 1995 to 1998") that the abstract never names nor
    spans, each with the sentence that gives the abstract's years; an author-year citation's year is the
    work's, not a finding."""
    years, spans = known
    if not years:
        return []  # nothing to set it against; the title may say what the abstract leaves out
    out = []
    for match in _YEAR_OR_DECADE_RE.finditer(clause):
        year = int(match.group("year"))
        low, high = _decade(match) if match.group("decade") else (year, year)
        if any(low <= y <= high for y in years) or any(a <= high and low <= b for a, b in spans) \
                or str(year) == cited_year.strip()[:4] or _CITED_YEAR_RE.search(clause[:match.start()]):
            continue
        out.append((year, next((i for i, s in enumerate(source.sentences) if YEAR_RE.search(s.text)), 0)))
    return out


#: What a period is: follow-up, survival, recruitment or treatment are not interchangeable.
_ROLES = {"follow": "follow-up", "observ": "follow-up", "surviv": "survival", "recrui": "recruitment",
          "enroll": "recruitment", "enrol": "recruitment", "includ": "recruitment", "period": "recruitment",
          "treate": "treatment", "receiv": "treatment", "given": "treatment", "daily": "treatment"}


def _roles(words: set[str]) -> set[str]:
    return {role for key, role in _ROLES.items() if any(w.startswith(key) for w in words)}


#: Words that make a period another measure's ("time to progression", "remission lasted", "a 6-week course").
_OTHER_MEASURE = frozenset(stem(w) for w in ("progression", "remission", "relapse", "response", "course", "stay",
                                             "recurrence", "duration"))


def _set_beside(text: str, period: Quantity, kin: Quantity) -> bool:
    """Is a period with no kind of its own set against one of the claim's kind, as the other side of a comparison?"""
    if _roles(local_words(text, period)) or local_words(text, period) & _OTHER_MEASURE:
        return False
    first, second = sorted((kin, period), key=lambda q: q.start)
    between = text[first.start + len(first.text):second.start]
    return bool(re.search(r"\b(?:compar\w*|versus|vs|against|than|whereas)\b", between, re.I))


def other_period(clause: str, quantity: Quantity, source: SourceText,
                 quantities: dict[int, list[Quantity]]) -> int | None:
    """"Followed for 20 months" where the abstract's follow-up is 17 weeks and 20 months is how long
    disease was stable: the abstract's periods of the claim's kind decide, the sentence that gives one."""
    roles = _roles(local_words(clause, quantity))
    if not roles or SPAN_RE.search(quantity.text):
        return None  # "between 1984 and 1998" is when, checked against the abstract's years, not how long
    same_kind = [(i, q) for i, qs in quantities.items() for q in qs if q.unit == "h"
                 and roles & _roles(local_words(source.sentences[i].text, q))]
    if not same_kind or any(supports(quantity, [q]) for _, q in same_kind):
        return None
    if any(supports(quantity, [q]) and _set_beside(source.sentences[i].text, q, kin)
           for i, kin in same_kind for q in quantities[i] if q.unit == "h"):
        return None  # "a survival time of 20.3 months as compared with a figure of 12.9 months": a period of no kind
        # of its own set against one of the claim's kind is of that kind
    said = topic_words(clause)
    if roles == {"recruitment"} and any(supports(quantity, [q]) and not _roles(local_words(source.sentences[i].text, q))
           and len(said & topic_words(source.sentences[i].text)) >= 5
           for i, qs in quantities.items() for q in qs if q.unit == "h"):
        return None  # "over 22 years, in three successive periods" against "During the past 22 years ... 169 of the
        # 188 patients with invasive pancreatic ductal carcinoma ...": the study's span, given in a sentence about what
        # the claim says (a follow-up or a survival keeps its own check)
    return same_kind[0][0]


def local_words(clause: str, quantity: Quantity) -> set[str]:
    """Topic words within six words of a number in the claim: what the number is about."""
    before = clause[:quantity.start].split()[-6:]
    after = clause[quantity.start + len(quantity.text):].split()[:6]
    return topic_words(" ".join(before + after))


_ORDINALS = {w: i for i, w in enumerate(("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                                          "ninth", "tenth", "eleventh", "twelfth"), 1)}
_CARDINALS = {w: n for w, n in UNIT_WORDS.items() if 1 <= n <= 12}
_ORD = r"(?:" + "|".join(_ORDINALS) + r"|\d{1,2}(?:st|nd|rd|th))"
_UNIT = r"(?P<{}>trimester|week|month|year|decade|day|hour)s?"
#: "the third trimester", "the first and second years", "week 2", "weeks 4 to 12": a period counted in order.
ORDINAL_PERIOD_RE = re.compile(
    rf"\b(?P<ords>{_ORD}(?:\s*(?:,|and|or|to|-|\u2013)\s*{_ORD})*)[\s-]+{_UNIT.format('unit')}\b"
    rf"|\b{_UNIT.format('unit2')}\s+(?P<num>\d{{1,2}})(?:\s*(?:-|\u2013|to|through|and)\s*(?P<last>\d{{1,2}}))?\b(?![.,]\d|\s*%)",
    re.I)


@dataclass(frozen=True)
class OrdinalPeriod:
    """The claim's period counted in order ("the third trimester") that the abstract counts otherwise."""

    said: str
    theirs: str
    sentence: int
    of_people: bool  # "women in the second trimester": who was studied, not when


#: People a period in order can describe, a few words before it ("eight women with pregnancy-induced hypertension in
#: the second trimester").
_PEOPLE_BEFORE_RE = re.compile(r"\b(?:women|men|mothers|patients|participants|subjects|volunteers|children|infants|"
                               r"babies|neonates|girls|boys|adults|adolescents|students|people|pregnancies)\b"
                               r"(?:\s+[\w'-]+){0,5}\s+$", re.I)


def _unit_of(match: re.Match[str]) -> str:
    return (match.group("unit") or match.group("unit2")).lower()


def _ordinal(word: str) -> int:
    word = word.lower()
    return _ORDINALS.get(word) or int(re.sub(r"\D", "", word))


def _counted(match: re.Match[str]) -> set[int]:
    """The numbers a period in order names: every ordinal of a list, every number of a range."""
    if match.group("num"):
        first = int(match.group("num"))
        last = int(match.group("last") or first)
        return set(range(first, last + 1)) if first <= last <= first + 60 else {first, last}
    ords = [_ordinal(w) for w in re.findall(_ORD, match.group("ords"), re.I)]
    if re.search(r"\bto\b|-|\u2013", match.group("ords")) and len(ords) == 2 and ords[0] < ords[1]:
        return set(range(ords[0], ords[1] + 1))
    return set(ords)


#: Each unit's length in hours, to tell whether a period the abstract gives reaches into the claim's.
_HOURS = {"hour": 1.0, "day": 24.0, "week": 168.0, "month": 730.0, "trimester": 2190.0, "year": 8760.0,
          "decade": 87600.0}


def other_ordinal(clause: str, source: SourceText,
                  quantities: dict[int, list[Quantity]] | None = None) -> OrdinalPeriod | None:
    """"In the third trimester" where the abstract counts trimesters but only the first and second: the claim's
    period in order is one the abstract never names, nor reaches with a length or a point in time of any unit
    ("1 year" or "12 months" for "the first year", "after 14 days" for "the second week")."""
    for match in ORDINAL_PERIOD_RE.finditer(clause):
        unit = _unit_of(match)
        said = _counted(match)
        spans = [((n - 1) * _HOURS[unit], n * _HOURS[unit]) for n in said]
        theirs: tuple[str, int] | None = None
        for i, sentence in enumerate(source.sentences):
            for other in ORDINAL_PERIOD_RE.finditer(sentence.text):
                if _unit_of(other) == unit and said & _counted(other) or any(
                        lo < n * _HOURS[_unit_of(other)] <= hi or lo <= (n - 1) * _HOURS[_unit_of(other)] < hi
                        for n in _counted(other) for lo, hi in spans):
                    return None  # ("month 12 ... month 24" reaches into "the second year")
                if _unit_of(other) == unit:
                    theirs = theirs or (other.group(), i)
        if theirs is None or any(_as_length(n, unit, source) for n in said) or any(
                lo < q.value * (8760.0 if q.unit == "age" else 1.0) <= hi for qs in (quantities or {}).values()
                for q in qs if q.unit in ("h", "age") for lo, hi in spans):  # (an age, in years: "between 12 and 24
            # months of age" reaches into "the second year of life")
            continue
        return OrdinalPeriod(" ".join(match.group().split()), theirs[0], theirs[1],
                             bool(_PEOPLE_BEFORE_RE.search(clause[:match.start()])))
    return None


def _as_length(number: int, unit: str, source: SourceText) -> bool:
    """Does the abstract give the number as a length of the unit ("1 year", "two-week")? Trimesters are parts, not
    lengths: "the three trimesters" is all of them, not the third."""
    if unit == "trimester":
        return False
    words = "|".join([str(number)] + [w for w, n in _CARDINALS.items() if n == number])
    pattern = re.compile(rf"\b(?:{words})[\s-]+{unit}s?\b", re.I)
    return any(pattern.search(s.text) for s in source.sentences)
