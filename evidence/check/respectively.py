"""Figures given "respectively": "The 1-, 3- and 5-year overall survival rate was 86.3%, 66.6% and 56.4%,
respectively" gives 66.6% to three years, so a claim of "five-year survival was 66.6%" has the right figure for
the wrong time.

Each clause that ends in "respectively" pairs its list of periods with the list of figures of one unit that
follows it, item by item, when the two lists are the same length. A list of names is read too, when the names
run as a plain list up to the verb before the figures ("locoregional relapse-free survival, distant
metastases-free survival, and overall survival rates were 77%, 68%, and 58%, respectively"): a name is told
from the others by the words only it has.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from evidence.check.quantities import Quantity, find_quantities
from evidence.check.quantitymatch import same_value
from evidence.check.source import SourceText, topic_words

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


_Pair = TypeVar("_Pair")


def _given(source: SourceText, read: Callable[[str], list[_Pair]]) -> list[tuple[int, list[_Pair]]]:
    """Each "respectively" sentence's pairs as ``read`` makes them, read once per work."""
    return source.derived(f"respectively:{read.__name__}", lambda: [
        (i, given) for i, s in enumerate(source.sentences) if _RESPECTIVELY_RE.search(s.text)
        for given in [read(s.text)] if given])


def find_misplaced(clause: str, source: SourceText) -> Misplaced | None:
    """The claim's figure for one period where the abstract gives it to another period and a different
    figure to the claim's."""
    found = find_quantities(clause)
    periods = [q for q in found if q.unit == "h"]
    figures = [q for q in found if q.unit not in ("h", "p", "")]
    if not periods or not figures:
        return None
    for i, given in _given(source, pairs):
        for figure in figures:
            period = _period_of(clause, figure, periods)
            theirs = next((f for p, f in given if same_value(period, p) and f.unit == figure.unit), None)
            if theirs is None or same_value(figure, theirs):
                continue
            other = next((p for p, f in given if same_value(figure, f) and not same_value(period, p)), None)
            if other is not None:
                return Misplaced(figure.text, period.text, other.text, theirs.text, i)
    return None


def _period_of(clause: str, figure: Quantity, periods: list[Quantity]) -> Quantity:
    """"Two-fold at 24 h and six-fold at 48 h": a period right after the figure ("at", "by", "after") is its own;
    else the nearest, counted between the two's ends rather than their starts."""
    end = figure.start + len(figure.text)
    own = next((p for p in periods if p.start >= end and _AT_RE.fullmatch(clause[end:p.start])), None)
    if own is not None:
        return own
    return min(periods, key=lambda p: p.start - end if p.start >= end else figure.start - p.start - len(p.text))


_AT_RE = re.compile(r"\s+(?:at|by|after|within|in|over)\s+(?:the\s+)?", re.I)
_VERB_BEFORE_RE = re.compile(r"(?:\s+(?:rates?|values?|scores?|levels?|proportions?|percentages?))?\s*(?:were|was|"
                             r"of|:|=)\s*$", re.I)
_ITEM_SPLIT_RE = re.compile(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", re.I)


def named_pairs(text: str) -> list[tuple[str, frozenset[str], Quantity]]:
    """(name, the words only it has, figure) for each item of a "respectively" clause with a list of names."""
    out: list[tuple[str, frozenset[str], Quantity]] = []
    start = 0
    for end in (m.start() for m in _RESPECTIVELY_RE.finditer(text)):
        clause = text[start:end]
        start = end
        runs = [r for r in _runs(clause, find_quantities(clause)) if len(r) >= 2 and r[0].unit not in ("h", "")]
        if not runs:
            continue
        figures = runs[0]
        head = clause[:figures[0].start]
        verb = _VERB_BEFORE_RE.search(head)
        if verb is None:
            continue
        named = re.sub(r"\([^()]*\)", " ", head[:verb.start()])  # "(OS)" names, it is no item's own word
        items = [i.strip() for i in _ITEM_SPLIT_RE.split(named) if i.strip()][-len(figures):]
        if len(items) != len(figures) or any(re.search(r"\d", i) for i in items[1:]):
            continue
        words = [topic_words(i) for i in items]
        if all(len(w) <= 2 for w in words[:-1]) and len(words[-1]) > 2:  # "overall and progression-free survival
            words[-1] = topic_words(items[-1].split()[0])  # rates": the last item's tail is everyone's
        own = [frozenset(w - set().union(*(o for j, o in enumerate(words) if j != k))) for k, w in enumerate(words)]
        out.extend((name, w, f) for name, w, f in zip(items, own, figures, strict=True))
    return out


def find_mislabelled(clause: str, source: SourceText) -> Misplaced | None:
    """The claim's figure where the abstract gives it, "respectively", to a name the claim does not use, and
    another figure to a name whose own words are all in the claim."""
    figures = [q for q in find_quantities(clause) if q.unit not in ("h", "p", "")]
    if not figures:
        return None
    said = source.claim_words(clause)  # abbreviations expanded
    for i, named in _given(source, named_pairs):
        for figure in figures:
            holder = next(((n, w) for n, w, f in named if f.unit == figure.unit and same_value(figure, f)), None)
            if holder is None or holder[1] & said:
                continue
            theirs = next(((n, f) for n, w, f in named if w and w <= said and f.unit == figure.unit), None)
            if theirs is not None and not same_value(figure, theirs[1]):
                return Misplaced(figure.text, theirs[0], holder[0], theirs[1].text, i)
    return None
