"""A ratio whose confidence interval includes 1, stated as an effect: "nearly quadrupled the risk" where the
abstract gives "RR: 3.8; 0.5-76".

A writer copies the point estimate and drops the interval; the interval is what says the study could not
tell the risk from no change. The ratio that speaks of the claim's exposure is found by its own words
(back to the previous clause break).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from evidence.check.attribution import best_owned
from evidence.check.source import SourceText, stem, topic_words, word_set

_NUMBER = r"(\d+(?:\.\d+)?)"
#: "RR: 3.8; 0.5-76", "SMR = 2.6; 95% CI = 1.0 to 5.3", "adjusted HR 1.70, 95%CI 0.94-2.51", "OR 1.7 (1.1-2.9".
_RATIO_RE = re.compile(r"\b(?P<label>a?OR|a?HR|RR|IRR|SIR|SMR|odds\s+ratio|hazard\s+ratio|relative\s+risk)"
                       r"(?:\s*\([A-Za-z]+\))?\s*(?:[:=]|was|of|,)?\s*" + _NUMBER +
                       r"\s*[;,(]\s*(?:(?:95\s*%\s*)?(?:CI|confidence\s+(?:interval|limits?))\s*[:=,]?\s*)?"
                       + _NUMBER + r"\s*(?:-|\u2013|to|,)\s*" + _NUMBER, re.I)
#: The claim states an effect on a risk, in words: "nearly quadrupled the risk", "raised the odds", "caused".
_EFFECT_RE = re.compile(r"\b(?:doubl|tripl|quadrupl|halv|rais|increas|reduc|lower|cut|elevat)\w*\s+(?:the\s+)?"
                        r"(?:\w+\s+)?(?:risks?|odds|hazards?|incidence|mortality|rates?)\b|"
                        r"\b(?:higher|greater|increased|elevated|excess|lower|reduced)\s+(?:\w+\s+){0,2}?"
                        r"(?:risks?|odds|hazards?|incidence|mortality)\b|\bcaus(?:ed|es|e)\b|"
                        r"(?<![\w.])\d+(?:\.\d+)?-fold\b|\b[a-z]+-fold\b", re.I)
_HEDGED_RE = re.compile(r"\b(?:trend\w*|tended|non-?significant|not\s+significant|may|might|possibl\w*|"
                        r"suggest\w*|no\s+(?:clear|significant)|not\s+(?:clearly|significantly)|interval|imprecise|"
                        r"borderline|uncertain\w*|CI)\b|\d\s*(?:-|\u2013|to)\s*\d", re.I)  # a claim that gives the
# interval, or says it is uncertain, claims no more than the abstract
_NOT_SUBJECT = frozenset(stem(w) for w in word_set("""risk risks odds hazard hazards ratio ratios relative incidence
    mortality higher greater increased excess lower reduced associated exposure exposed ci confidence interval"""))


@dataclass(frozen=True)
class Uncertain:
    claim_words: str  # "nearly quadrupled the risk"
    ratio: str  # "RR: 3.8; 0.5-76"
    sentence: int


def find_uncertain_effect(clause: str, source: SourceText, ranked: list[int]) -> Uncertain | None:
    """The claim's effect where the ratio that speaks of its exposure has an interval from below 1 to above."""
    said = _EFFECT_RE.search(clause)
    if said is None or _HEDGED_RE.search(clause) or re.search(r"\b(?:not|no|never|without|neither)\b",
                                                              clause[:said.start()], re.I):
        return None  # "found no strong evidence of a raised risk": the claim denies the effect
    subject = source.claim_words(clause) - _NOT_SUBJECT
    best = best_owned(source, subject, (
        (i, match, topic_words(source.expand(_before(source.sentences[i].text, match.start()))) - _NOT_SUBJECT)
        for i in ranked[:3] for match in _RATIO_RE.finditer(source.sentences[i].text)))
    if best is None:
        return None
    i, match = best
    low, high = float(match.group(3)), float(match.group(4))
    if low < 1.0 < high:  # "1.0-8.7" is the abstract's "elevated risk": only an interval across 1 is uncertain
        return Uncertain(" ".join(said.group().split()), " ".join(match.group().split()), i)
    return None


_AFTER_RE = re.compile(r"[,;(]|\b(?:and|or|but|while|whereas)\b")
_NAMING_RE = re.compile(r"\([A-Za-z][\w-]{0,9}\)")


def _before(text: str, start: int) -> str:
    """The words a ratio belongs to: back from it to the previous clause break or closing bracket (from its
    bracket's opening, when it sits inside one: "thyroid carcinomas ... in the radium-exposed group (RR: 3.8")."""
    text = _NAMING_RE.sub(lambda m: " " * len(m.group()), text)  # "(BCC)" names, it does not end a clause
    head = text[:start]
    bracket = head.rfind("(")
    after = ""
    if bracket > head.rfind(")"):
        head = head[:bracket]
        close = text.find(")", start)
        # "(HR 1.70, 0.94-2.51) in the malignant cases": the words after the bracket say whose ratio it is too
        after = _AFTER_RE.split(text[close + 1:])[0] if close > 0 else ""
    cut = max([m.end() for m in re.finditer(r"[);]|,\s(?!\d)", head)], default=0)
    return head[cut:] + " " + after
