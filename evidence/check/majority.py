"""Few against most: "few owners read the labels" where the abstract says "Most owners read the labels".

A quantifier over the same people doing the same thing, the other way: "few", "a minority", "rarely" against
"most", "the majority", "usually". The words after each (what they count and what those did) must be alike.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from evidence.check.numberwords import DIGITS, SPELLED, number_value
from evidence.check.source import SourceText, topic_words

_FEW = r"(?<!\ba\s)(?<!\bquite\s)\bfew|\bonly\s+a\s+few|\bhardly\s+any|\ba\s+minority\s+of|\brarely|\bseldom"
_MOST = (r"(?<!\bat\s)(?<!\bthe\s)\bmost(?!\s+(?:\w+ly|\w+est|common|frequent|likely|important|recent|often)\b)|"
         r"\bthe\s+(?:vast\s+)?majority\s+of|\bmajority\s+of|\busually|\bmostly|\bnearly\s+all|\balmost\s+all")
_QUANTIFIER_RE = re.compile(rf"(?P<few>{_FEW})\b|(?P<most>{_MOST})\b", re.I)
_NEGATED_RE = re.compile(r"\bnot\s+(?:\w+\s+)?$", re.I)


@dataclass(frozen=True)
class Flip:
    """The claim's quantifier, the abstract's other one, and the sentence that has it."""

    claim_word: str
    source_word: str
    sentence: int


def _quantified(text: str) -> list[tuple[bool, str, set[str]]]:
    """(is it "most"?, the word, the topic words of the next five words) for each quantifier of ``text``."""
    out = []
    for match in _QUANTIFIER_RE.finditer(text):
        if _NEGATED_RE.search(text[max(0, match.start() - 12):match.start()]):
            continue  # "not many", "not most": no claim either way
        after = " ".join(re.split(r"[.;:()]", text[match.end():])[0].split()[:5])
        out.append((bool(match.group("most")), " ".join(match.group().split()), topic_words(after)))
    return out


def find_quantifier_flip(clause: str, source: SourceText, ranked: list[int]) -> Flip | None:
    """The claim's "few" (or "most") where an on-topic sentence says the other of the same people and deed."""
    for most, word, words in _quantified(clause):
        if len(words) < 2:
            continue
        for i in ranked:
            for their_most, theirs, their_words in _quantified(source.sentences[i].text):
                if their_most != most and len(words & their_words) >= 2:
                    return Flip(word, theirs, i)
    return None


_WOMEN, _MEN = r"women|woman|females?|girls", r"men|man|males?|boys"
_SEX = rf"(?:(?P<women>{_WOMEN})|(?P<men>{_MEN}))\b"
#: Who the sample mostly was: "most of the 34 patients ... were women", "most of them men", "predominantly male"
#: (not "most common among women", "the majority of men who quit": a finding about one sex, not the sample's make-up).
_MOSTLY_RE = re.compile(rf"\b(?:(?:most|the\s+(?:vast\s+|great\s+)?majority)\b(?:\s+(?!(?:than|and|but|or|had|with|who|"
                        rf"which|common|commonly|frequent|frequently|often|likely)\b)[^\s;:]+){{0,15}}?"
                        rf"\s+(?:were|being)\s+|\bmost\s+of\s+(?:them|whom|these)\s+(?:were\s+)?|"
                        rf"\b(?:predominantly|mostly|mainly|largely|chiefly)\s+){_SEX}", re.I)
_COUNT_A, _COUNT_B = (rf"(?<![\d,.])(?P<{name}>{DIGITS}|{SPELLED})" for name in "ab")  # the numbers' own patterns
_SEX_COUNTS_RE = re.compile(rf"\b{_COUNT_A}\s+(?:were\s+)?(?P<first>{_WOMEN}|{_MEN})\s*(?:,|and|/)\s*"
                            rf"{_COUNT_B}\s+(?:were\s+)?(?P<second>{_WOMEN}|{_MEN})\b", re.I)


@dataclass(frozen=True)
class SexMajority:
    """The claim's sex said to be most ("women" of "most ... were women"), the abstract's counts of each sex, and
    the sentence that gives them."""

    claim_words: str
    counts: str
    sentence: int


def sex_majority(clause: str, source: SourceText) -> SexMajority | None:
    """"Most of the 34 patients were women" where the abstract counts "twenty-three males and eleven females":
    the larger count is the other sex."""
    said = _MOSTLY_RE.search(clause)
    if said is None:
        return None
    claim_women = said.group("women") is not None
    counted = []
    for i, sentence in enumerate(source.sentences):
        for match in _SEX_COUNTS_RE.finditer(sentence.text):
            a, b = number_value(match.group("a")), number_value(match.group("b"))
            first_women = re.fullmatch(_WOMEN, match.group("first"), re.I) is not None
            second_women = re.fullmatch(_WOMEN, match.group("second"), re.I) is not None
            if a is not None and b is not None and a != b and first_women != second_women:
                counted.append((i, match, (a, b) if first_women else (b, a)))
    if len(counted) != 1:
        return None  # no count of each sex, or several groups counted (patients and controls): whose is unclear
    i, match, (women, men) = counted[0]
    if (women > men) == claim_women:
        return None
    return SexMajority(said.group("women") or said.group("men"), " ".join(match.group().split()), i)
