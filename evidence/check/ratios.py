"""Which way a ratio points: "at higher risk" where the abstract gives the exposure an RR of 0.3.

An odds, hazard or risk ratio below 1 is a lower risk, above 1 a higher one, whatever words
surround it, so a claim's direction can be set against the number itself. The ratio that speaks
of the claim's exposure is the one whose own words (back to the previous ratio or bracket) share
most with the claim.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from evidence.check.attribution import best_owned, own_words
from evidence.check.quantities import Quantity
from evidence.check.source import SourceText, stem, word_set

_UP_RE = re.compile(r"\b(?:higher|greater|increased|elevated|raised|more|excess|double[ds]?|tripled?)\s+"
                    r"(?:\w+\s+){0,2}?(?:risks?|odds|hazards?|likelihood|chances?|incidence)\b|\bmore\s+likely\b|\brais(?:ed|es|ing)\s+"
                    r"(?:the\s+)?(?:\w+\s+)?(?:risks?|odds)\b|\bincreas(?:ed|es|ing)\s+(?:the\s+)?(?:\w+\s+)?"
                    r"(?:risks?|odds)\b", re.I)
_DOWN_RE = re.compile(r"\b(?:lower|reduced|decreased|smaller|less)\s+(?:\w+\s+){0,2}?(?:risks?|odds|hazards?|"
                      r"likelihood|chances?|incidence)\b|\bless\s+likely\b|\bprotective\b|\bprotected\s+against\b|"
                      r"\b(?:lowered|reduced|cut|halved)\s+(?:the\s+)?(?:\w+\s+)?(?:risks?|odds)\b", re.I)
_RATIO_UNITS = frozenset({"or", "hr", "rr", "irr", "sir"})
_NOT_SUBJECT = frozenset(stem(w) for w in word_set("""risk risks odds hazard hazards likelihood chance chances incidence
    higher greater increased elevated raised more lower reduced decreased less likely protective associated
    related exposure exposed"""))


@dataclass(frozen=True)
class RatioFlip:
    claim_words: str
    ratio: Quantity
    sentence: int


def find_ratio_flip(clause: str, source: SourceText, ranked: list[int],
                    quantities: dict[int, list[Quantity]]) -> RatioFlip | None:
    """The claim's higher (lower) risk where the ratio that speaks of its exposure is below (above) 1."""
    said = _UP_RE.search(clause)
    polarity = "up" if said else None
    if said is None:
        said = _DOWN_RE.search(clause)
        polarity = "down" if said else None
    if said is None or re.search(r"\b(?:not|no|never)\s+(?:\w+\s+){0,3}$", clause[:said.start()], re.I):
        return None
    subject = source.claim_words(clause) - _NOT_SUBJECT
    best = best_owned(source, subject, (
        (i, q, own_words(source, source.sentences[i].text, q) - _NOT_SUBJECT)
        for i in ranked[:5] for q in quantities.get(i, []) if q.unit in _RATIO_UNITS))
    if best is None:
        return None
    i, q = best
    if polarity == "up" and q.value < 1 or polarity == "down" and q.value > 1:
        return RatioFlip(" ".join(said.group().split()), q, i)
    return None

