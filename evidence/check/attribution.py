"""Whose figure is it: the words a number in an abstract sentence belongs to.

"... and cotton dust (RR = 0.3, P = 0.01)": the ratio is cotton dust's. A figure's own words run back
from it to the previous figure, bracket or clause break (past its own brackets when it sits inside
them, unless the bracket tells its figures apart: "(2% in PR and 4% in RT)"), and on to the next
figure or bracket. ``ratios`` uses them to find the ratio a claim's exposure speaks of. (Reading a
figure in a comparison sentence as another group's from these words alone raised false alarms on
faithful claims, so the number checks do not.)
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TypeVar

from evidence.check.quantities import Quantity
from evidence.check.source import SourceText, topic_words

_Item = TypeVar("_Item")
_OWN_START_RE = re.compile(r"[);]|,\s(?!\d)")
#: Words of a bracket that only reports statistics ("(RR = 0.3, P = 0.01)", "(n = 101, 10.8 months)").
_STATISTICS = frozenset(topic_words("""rr or hr ci irr sir aor ahr sd se iqr range n p r vs versus mean median months
    years weeks days hours ratio odds hazard confidence interval respectively"""))
_NAMING_BRACKETS_RE = re.compile(r"\([^()\d]*\)")


def own_text(text: str, quantity: Quantity, ends: list[int] | None = None, following: int | None = None) -> str:
    """The words ``quantity`` belongs to in ``text``: back from it (from its brackets' opening, when it sits
    inside brackets) to a clause break, a closing bracket or the end of an earlier figure (``ends``), and
    on from it to a bracket, a clause break or ``following`` (where the next figure starts): "fever (64%)",
    "86% positivity against Ser240/244", "CPFE patients (n = 101, 10.8 months)"."""
    text = _NAMING_BRACKETS_RE.sub(lambda m: " " * len(m.group()), text)  # "(EFS)" names, it does not split
    head = text[:quantity.start]
    bracket = head.rfind("(")
    tail = text[quantity.start + len(quantity.text):following]
    stop = re.search(r"[()\[\];,]", tail)
    tail = tail[:stop.start()] if stop else tail
    if bracket > head.rfind(")"):
        inside = head[max([bracket + 1] + [e for e in ends or [] if e <= len(head)]):] + " " + tail
        if topic_words(inside) - _STATISTICS:
            return inside  # "(2% in PR and 4% in RT)": the bracket tells its figures apart
        head = head[:bracket]
    else:
        label = re.search(r"(?:a?OR|a?HR|RR|IRR|SIR|odds\s+ratios?|hazard\s+ratios?|relative\s+risks?)\W*$", head, re.I)
        head = head[:label.start()] if label else head
    cut = max([m.end() for m in _OWN_START_RE.finditer(head)] + [e for e in ends or [] if e <= len(head)], default=0)
    return head[cut:] + " " + tail


def own_words(source: SourceText, text: str, quantity: Quantity, quantities: list[Quantity] | None = None) -> set[str]:
    """Topic words of ``own_text``, abbreviations expanded; ``quantities``, the text's figures, bound it."""
    others = quantities or []
    ends = [q.start + len(q.text) for q in others if q.start + len(q.text) <= quantity.start]
    following = min((q.start for q in others if q.start >= quantity.start + len(quantity.text)), default=None)
    return source.claim_words(own_text(text, quantity, ends, following))


def best_owned(source: SourceText, subject: set[str],
               candidates: Iterable[tuple[int, _Item, set[str]]]) -> tuple[int, _Item] | None:
    """Of (sentence, figure, its own words), the figure whose own words say most of the claim's ``subject``
    (their weight at least 1.5): the figure that speaks of what the claim speaks of."""
    best: tuple[float, int, _Item] | None = None
    for i, item, own in candidates:
        score = source.weight(subject & own)
        if score >= 1.5 and (best is None or score > best[0]):
            best = (score, i, item)
    return (best[1], best[2]) if best is not None else None
