"""Whether an abstract's quantity gives the claim's: the same value to the claim's precision, the same kind
of thing (a share, a count, a duration, a ratio), a share made of two counts, a fraction's part or whole.
"""

from __future__ import annotations

import re
from dataclasses import replace

from evidence.check.quantities import RATIOS, Quantity, number_value_of

_RANGE_RE = re.compile(r"\d\s*(?:-|\u2013|to|and)\s*\d")  # ("between 1 and 3": a range, quoted as written)


def same_value(claim: Quantity, source: Quantity) -> bool:
    """Does ``source`` give the claim's value, to the claim's precision (looser if the claim says "about";
    a bound such as "more than 150" holds for a figure above it and not far off: 158, not 1,580)?"""
    if claim.cutoff:
        return abs(source.value - claim.value) < 1e-9
    if claim.bound and not source.bound:
        slack = 15.0 if claim.unit == "%" else max((0.25 if claim.unit == "h" else 0.3) * abs(claim.value), 1.0)
        low, high = (claim.value, claim.value + slack) if claim.bound == ">" else (claim.value - slack, claim.value)
        if claim.decimals < 0 or claim.approx:
            low, high = low - 5.0 if claim.unit == "%" else low * 0.95, high + 5.0 if claim.unit == "%" else high * 1.05
        return low - 1e-9 <= source.value <= high + 1e-9
    if claim.decimals < 0:  # "a quarter", "two-thirds": a share in words, within five points
        return abs(claim.value - source.value) <= 5.0
    if claim.approx or source.approx:  # (the floor, a unit of the claim's last digit, in hours at most an hour:
        # "about 10 seconds" is not "about 2 sec")
        per = min(1.0, claim.value / number_value_of(claim)) if claim.unit == "h" and claim.value else 1.0
        floor = 3.0 if claim.unit == "%" else 10.0 ** -claim.decimals * per
        return abs(claim.value - source.value) <= max(0.1 * abs(source.value), floor)
    slack = _rounding_slack(claim)
    if slack:
        return abs(claim.value - source.value) <= slack
    return abs(round(source.value, claim.decimals) - claim.value) < 1e-9 or abs(source.value - claim.value) < 1e-9 or (
        claim.unit == "h" and abs(source.value - claim.value) <= 0.005 * abs(claim.value))  # "100 seconds" for
    # "1.67 min": one time in two units, each rounded in its own


def _rounding_slack(claim: Quantity) -> float:
    """A round count ("30,000 controls" for 30,845) is a writer's rounding: it holds to one unit of its
    last non-zero digit, and never more than a tenth (so "200" is not "236", but "2,500" is "2,545")."""
    if claim.kind != "count" or claim.unit == "fraction" or claim.decimals or claim.value < 100 \
            or claim.value != int(claim.value) or 1900 <= claim.value <= 2099:  # a year is exact
        return 0.0
    value, zeros = int(claim.value), 0
    while value % 10 == 0:
        value, zeros = value // 10, zeros + 1
    return min(0.1 * claim.value, 10.0 ** zeros) if zeros >= 2 else 0.0


def supports(claim: Quantity, source: list[Quantity], wholes: frozenset[float] = frozenset()) -> bool:
    """Does some source quantity give ``claim``, same value and same kind of thing? ``wholes``: the counts the
    claim names, any of which a share in words may be of ("just over half of the 32 patients")."""
    if claim.unit == "fraction":
        return _supports_fraction(claim, source) or claim.decimals < 0 and _share_of_counts(
            Quantity(100 * claim.value / (claim.whole or 1.0), "%", claim.text, claim.start, None, True, -1), source,
            wholes)
    if claim.unit == "%" and (claim.decimals < 0 or claim.approx or claim.bound) and _share_of_counts(
            claim, source, wholes):
        return True
    for other in source:
        if claim.relative and other.unit in _RISK_RATIOS and 0 < other.value != 1.0 and (claim.relative == "down") == (
                other.value < 1.0) and not _RANGE_RE.search(other.text) and same_value(claim, Quantity(
                    round(abs(1.0 - other.value) * 100.0, 6), "%", "", 0)):
            return True  # "cut the risk by roughly 40%" against "RR 0.58" (a fall against a ratio below one, at the
            # claim's precision; not an interval's end)
        if claim.unit == "%" and other.unit == "proportion" and same_value(claim, Quantity(
                round(100.0 * other.value, 6), "%", "", 0, decimals=other.decimals - 2)):
            return True  # "12%" against "a recurrence rate of 0.12"
        if claim.of_figure and other.unit == "fold" and other.relative == "down" and other.value > 1 \
                and abs(100.0 / other.value - claim.value) < 0.5:
            return True  # "roughly a tenth of that of MCP-1" against "tenfold lower compared to those of MCP-1"
        if claim.kind == "count" and other.unit == "fraction":
            parts = [Quantity(other.value, "count", other.text, other.start),
                     Quantity(other.whole or 0.0, "count", other.text, other.start)]
            if any(same_value(claim, p) for p in parts):
                return True
            continue
        if claim.unit == "%" and other.unit == "fraction" and other.whole:
            if same_value(claim, Quantity(100 * other.value / other.whole, "%", "", 0, approx=True)):
                return True
            continue
        if claim.unit == "age" and other.unit == "h":  # "aged 8-12" against "Children (8-12 years, n = 213)" (a
            if abs(claim.value * 8760.0 - other.value) < 1.0:  # period of "ten years" is not an age of ten)
                return True
            continue
        other = _in_units_of(claim, other)
        if not _same_kind(claim, other):
            if _bare_decimal(claim, other) and round(other.value, claim.decimals) == round(claim.value, claim.decimals):
                return True  # the same digits, not a figure near them: "about 2.7-fold" is not a CI's "2.9"
            continue
        if other.unit == "" and _RANGE_RE.search(other.text) and not _RANGE_RE.search(claim.text):
            if round(other.value, max(claim.decimals, 0)) == round(claim.value, max(claim.decimals, 0)):
                return True
            continue  # an interval's end ("1.1-2.9") is no point estimate near it ("about 2.7-fold")
        if same_value(claim, other):
            return True
    return False


#: Units one converts into another: grams of each, litres of each, metres of each.
_SCALES = ({"ng": 1e-9, "μg": 1e-6, "µg": 1e-6, "ug": 1e-6, "mg": 1e-3, "g": 1.0, "kg": 1e3}, {"ml": 1e-3, "l": 1.0},
           {"mm": 1e-3, "cm": 1e-2, "m": 1.0, "km": 1e3})


def _in_units_of(claim: Quantity, other: Quantity) -> Quantity:
    """"0.9 to 5.5 kg" against "886-5526 g": the abstract's figure in the claim's unit, so its precision is the
    claim's."""
    for scale in _SCALES:
        if claim.unit in scale and other.unit in scale and claim.unit != other.unit:
            return replace(other, value=other.value * scale[other.unit] / scale[claim.unit], unit=claim.unit)
    return other


def _bare_decimal(claim: Quantity, other: Quantity) -> bool:
    """"52.6%" against "(52.6)": a figure with decimals and no unit is the claim's figure, since the
    same digits by chance are unlikely; a conflicting unit attached to it would say otherwise."""
    return claim.decimals > 0 and other.unit == "" and other.decimals >= claim.decimals and claim.unit != "p"


#: The ratios a relative change is read from ("a 40% lower risk" is an RR, HR or OR of 0.6).
_RISK_RATIOS = frozenset({"or", "hr", "rr", "irr"})


def _same_kind(claim: Quantity, other: Quantity) -> bool:
    if claim.unit == "fold" and (not claim.text[:1].isdigit() or other.unit in RATIOS):  # "doubled the odds",
        return other.unit in RATIOS  # "1.5-fold higher odds" meet "OR = 2.1", "OR 1.518"
    if claim.kind == other.kind:  # but "47 patients" is not "47 controls"
        return not (claim.unit.startswith("count") and other.unit.startswith("count") and claim.unit != other.unit
                    and "count:any" not in (claim.unit, other.unit))
    if other.unit == "" and claim.kind not in ("%", "h", "p"):
        return other.text[:1].isdigit()  # "OR 2.7" in the claim, "2.7 (95% CI ...)" in the abstract; "two
        # populations" is a count, never the claim's "2-fold"
    return claim.unit == "" and other.kind not in ("%", "h", "p")


def _supports_fraction(claim: Quantity, source: list[Quantity]) -> bool:
    whole = claim.whole or 0.0
    share = 100 * claim.value / whole if whole else 0.0
    slack = 5.0 if claim.approx or claim.decimals < 0 else 2.5  # "30 of 47" is 63.8%, not the abstract's "58%" (a
    # tenth away, which held it up before); "21 of 26" is its "79%" (an abstract's own rounding), "about four in ten"
    # its "43%" (a share in words)
    percents = [q for q in source if q.unit == "%"]
    for other in source:
        if other.unit == "fraction" and same_value(claim, other) and other.whole == whole:
            return True
        if other.unit != "%" or not whole:
            continue
        if other.bound == ">" and other.value - slack <= share <= other.value + 15.0 \
                or other.bound == "<" and other.value - 15.0 <= share <= other.value + slack:
            return True  # "more than 60%" holds 40 of 60's 66.7% (a bound has one side; not far off it: "more than
            # 10%" is no support for 64%)
        if not other.bound and abs(other.value - share) <= (3.0 if other.approx else slack):
            return True
    return any((a.text == b.text and a.start == b.start or 0 <= b.start - a.start - len(a.text) <= 5)
               and a.value < b.value and a.value - slack <= share <= b.value + slack
               for a in percents for b in percents)  # "60-70%", "between 60% and 70%": a range holds what lies
    # between its ends


def _share_of_counts(claim: Quantity, source: list[Quantity], wholes: frozenset[float] = frozenset()) -> bool:
    """"Half of the 140 patients" against "140 patients, 70 in each cohort": a share in words or a rounded
    share, given by a count of the sentence as a part of its largest count, or of a whole the claim names (any
    two counts of a sentence, "13 survivors with those of the five nonsurvivors", give nearly any share a writer
    rounds). ``wholes``: the claim's counts that the abstract also gives, in any sentence ("We reviewed 16
    cases ..." then "The responsive group was 8 cases": half of the claim's 16)."""
    counts = [q.value for q in source if q.kind == "count" and q.unit != "fraction" and q.value > 0
              and q.value == int(q.value)]  # (a CI's "0.138" and "0.82" count nobody: no share of them is a finding)
    whole = {max(counts, default=0.0)} | wholes if counts else set()
    return any(same_value(claim, Quantity(100 * a / b, "%", "", 0)) for b in whole for a in counts if a < b)
