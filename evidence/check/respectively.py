"""Figures given "respectively": "The 1-, 3- and 5-year overall survival rate was 86.3%, 66.6% and 56.4%,
respectively" gives 66.6% to three years, so a claim of "five-year survival was 66.6%" has the right figure for
the wrong time.

Only lists of periods are read as labels (a list of names would need a parse of the sentence); each clause
that ends in "respectively" pairs its list of periods with the list of figures of one unit that follows it,
item by item, when the two lists are the same length.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from evidence.check.quantities import Quantity, find_quantities
from evidence.check.quantitymatch import same_value
from evidence.check.source import SourceText

_RESPECTIVELY_RE = re.compile(r"\brespectively\b", re.I)
_GAP_RE = re.compile(r"^-?\s*(?:,|,?\s*and|,?\s*or|to|vs\.?|versus)?\s*-?\s*$", re.I)  # "1-, 3- and 5-year"


@dataclass(frozen=True)
class Misplaced:
    figure: str  # the claim's figure: "66.6%"
    period: str  # the claim's period: "Five-year"
    given_to: str  # the period the abstract gives that figure to: "3"
    theirs: str  # the abstract's figure for the claim's period: "56.4%"
    sentence: int


def _runs(text: str, quantities: list[Quantity]) -> list[list[Quantity]]:
    """Quantities of one unit that follow each other with only list words between them."""
    runs: list[list[Quantity]] = []
    for q in quantities:
        last = runs[-1][-1] if runs else None
        if last is not None and last.unit == q.unit and _GAP_RE.match(text[last.start + len(last.text):q.start]):
            runs[-1].append(q)
        else:
            runs.append([q])
    return runs


def pairs(text: str) -> list[tuple[Quantity, Quantity]]:
    """(period, figure) for each item of a "respectively" clause: "1-, 3- and 5-year ... 86.3%, 66.6% and
    56.4%, respectively"."""
    out: list[tuple[Quantity, Quantity]] = []
    start = 0
    for end in (m.start() for m in _RESPECTIVELY_RE.finditer(text)):
        clause = text[start:end]
        runs = [r for r in _runs(clause, find_quantities(clause)) if len(r) >= 2]
        periods = next((r for r in runs if r[0].unit == "h"), None)
        figures = next((r for r in runs if periods is not None and r[0].start > periods[-1].start and r[0].unit != "h"),
                       None)
        if periods is not None and figures is not None and len(periods) == len(figures):
            out.extend(zip(periods, figures, strict=True))
        start = end
    return out


def _given(source: SourceText) -> list[tuple[int, list[tuple[Quantity, Quantity]]]]:
    """Each "respectively" sentence's (period, figure) pairs, read once per work."""
    return source.derived("respectively:pairs", lambda: [
        (i, given) for i, s in enumerate(source.sentences) if _RESPECTIVELY_RE.search(s.text)
        for given in [pairs(s.text)] if given])


def find_misplaced(clause: str, source: SourceText) -> Misplaced | None:
    """The claim's figure for one period where the abstract gives it to another period and a different
    figure to the claim's."""
    found = find_quantities(clause)
    periods = [q for q in found if q.unit == "h"]
    figures = [q for q in found if q.unit not in ("h", "p", "")]
    if not periods or not figures:
        return None
    for i, given in _given(source):
        for period in periods:
            for figure in figures:
                theirs = next((f for p, f in given if same_value(period, p) and f.unit == figure.unit), None)
                if theirs is None or same_value(figure, theirs):
                    continue
                other = next((p for p, f in given if same_value(figure, f) and not same_value(period, p)), None)
                if other is not None:
                    return Misplaced(figure.text, period.text, other.text, theirs.text, i)
    return None
