"""Few against most: "few owners read the labels" where the abstract says "Most owners read the labels".

A quantifier over the same people doing the same thing, the other way: "few", "a minority", "rarely" against
"most", "the majority", "usually". The words after each (what they count and what those did) must be alike.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

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
