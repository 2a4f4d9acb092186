"""Whose figure is it: the words a number in an abstract sentence belongs to.

"The median overall survival of CPFE patients (n = 101, 10.8 months) was significantly less than
... that of patients with emphysema alone (n = 404, 21.9 months)": 21.9 months is in the abstract,
but it is the emphysema group's. A figure's own words run back from it to the previous figure,
bracket or clause break (past its own brackets when it sits inside them); the figure a claim means
is the one whose own words share most with the claim.
"""

from __future__ import annotations

import re

from evidence.check.quantities import Quantity
from evidence.check.source import SourceText, topic_words

_OWN_START_RE = re.compile(r"[);]|,\s(?!\d)")
#: Words of a bracket that only reports statistics ("(RR = 0.3, P = 0.01)", "(n = 101, 10.8 months)").
_STATISTICS = frozenset(topic_words("""rr or hr ci irr sir aor ahr sd se iqr range n p r vs versus mean median months
    years weeks days hours ratio odds hazard confidence interval respectively"""))
_RANGE_RE = re.compile(r"\d\s*(?:-|\u2013|to)\s*\d|\bto\b", re.I)
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


def belongs_elsewhere(words: set[str], source: SourceText, text: str, quantities: list[Quantity],
                      held: list[Quantity], rivals: list[Quantity]) -> Quantity | None:
    """The rival figure of this sentence whose own words share clearly more of ``words`` (the claim's
    figure's own words) than any figure holding the claim's value: the claim took another group's figure."""
    def score(q: Quantity) -> float:
        return source.weight(words & own_words(source, text, q, quantities))
    if not held or not rivals or not words or any(_RANGE_RE.search(q.text) for q in held):
        return None  # a range's ends share their words: no group is told apart
    best_held = max(score(q) for q in held)
    best = max(rivals, key=score)
    return best if score(best) >= best_held + 1.0 and score(best) >= 2.0 else None
