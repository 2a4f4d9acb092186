"""A comparison read against the figures the abstract gives each arm: "complete responses were more frequent in the
neoadjuvant arm than with chemoradiation alone" where it reports "56.3% in the NAC arm and 80.3% in the CRT arm".

A sentence that gives two or more shares, each followed by the group it belongs to ("in the NAC arm", "with
placebo", "among smokers"), says which group had more. The claim's first side is the group named before its
"than" / "compared with", the second the group after it; each is matched to one of the sentence's groups by its
words (abbreviations spelled out), and the claim's word of more or less is held against the two figures. Only
words of amount are read ("more frequent", "higher", "fewer"), never "better" or "worse", whose way depends on
what is measured.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from evidence.check.cues import COMPARE_RE, DOWN, UP, cues
from evidence.check.source import SourceText, stem, word_set

_ARM_RE = re.compile(r"(?P<num>\d+(?:\.\d+)?)\s?%\s*(?:\([^()]{0,40}\)\s*)?(?:in|with|for|among|on)\s+(?:the\s+)?"
                     r"(?P<label>(?:[\w+/-]+\s+){0,3}?[\w+/-]+?)"
                     r"(?=\s+(?:arm|arms|group|groups|cohort|patients|recipients|users)\b|\s*[,;.)(]|\s+(?:and|vs\.?|"
                     r"versus|compared|but|while|whereas|respectively)\b|\s*$)", re.I)
_AMOUNT_WORD_RE = re.compile(r"^(?:more|less|fewer|higher|lower|greater|smaller|larger|increased|decreased|reduced|"
                             r"commoner|rarer)\b", re.I)


#: Words every measure has: a shared one does not say two sentences measure the same thing.
_MEASURE_WORDS = frozenset(stem(w) for w in word_set("""rate rates proportion proportions percentage percentages
    frequency frequent frequently level levels incidence prevalence number numbers arm arms group groups"""))


@dataclass(frozen=True)
class ArmFlip:
    """The claim's word of more or less, the two figures that go the other way, and their sentence."""

    claim_word: str
    figures: str  # "56.3% ... 80.3%"
    sentence: int


def _arms(text: str, source: SourceText) -> list[tuple[float, frozenset[str], str]]:
    return [(float(m.group("num")), frozenset(source.claim_words(m.group("label"))), m.group())
            for m in _ARM_RE.finditer(text)]


def find_arm_flip(clause: str, source: SourceText, ranked: list[int]) -> ArmFlip | None:
    """The claim's "more in A than B" where the on-topic sentence gives A a smaller share than B (or "less", a
    larger one)."""
    compare = COMPARE_RE.search(clause)
    if compare is None:
        return None
    pre, post = source.claim_words(clause[:compare.start()]), source.claim_words(clause[compare.end():])
    said = next((c for c in cues(clause[:compare.start()]) if c.polarity in (UP, DOWN)
                 and _AMOUNT_WORD_RE.match(c.word)), None)
    if said is None:
        return None
    for i in ranked:
        arms = _arms(source.sentences[i].text, source)
        if len(arms) < 2:
            continue
        labels = frozenset().union(*(words for _, words, _ in arms))
        if not (pre - labels - post - _MEASURE_WORDS) & source.sentences[i].words:
            continue  # the sentence does not measure what the claim does (a shared "rate" is not enough)
        first = [(v, text) for v, words, text in arms if words & pre and not words & post]
        second = [(v, text) for v, words, text in arms if words & post and not words & pre]
        if len(first) != 1 or len(second) != 1:
            continue
        (a, a_text), (b, b_text) = first[0], second[0]
        if said.polarity == UP and a < b or said.polarity == DOWN and a > b:
            return ArmFlip(said.word, f"{a_text} ... {b_text}", i)
    return None
