"""Who was studied, by age: "aged 40 or older" where the abstract's participants were "aged 50 years or older".

A writer who gives an age range copies it from the abstract; another range there, and not the claim's, is a
swapped population (a number flag would ask only whether the figure is somewhere in the abstract, and "40" or "80"
often is, for something else). Only ages introduced by "aged" (or "age"/"ages") are read, in the claim and in the
abstract alike: "adults under 65" is the writer's paraphrase, not a range to hold against one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from evidence.check.source import SourceText

_AGE_RE = re.compile(r"(?<!mean\s)(?<!median\s)(?<!average\s)(?<!up\sto\s)(?<!\bat\s)"
                     r"\bage[sd]?\s*(?:from\s+|between\s+)?"
                     r"(?:(?P<ge>\u2265|>=|>|over|above)|(?P<le>\u2264|<=|</=|<|under|below))?\s*(?P<a>\d{1,3})"
                     r"(?:\s*(?:-|\u2013|\u2212|to|and)\s*(?P<b>\d{1,3}))?(?:\s*(?:years?|yrs?|yy|y))?"
                     r"(?:\s+(?:of\s+age|old))?"
                     r"(?:\s+(?:or|and)\s+(?P<up>older|over|above|more|up|younger|under|below|less))?(?![\d%]|\.\d)",
                     re.I)


@dataclass(frozen=True)
class AgeContrast:
    """The claim's ages as it words them, the abstract's, and the sentence that gives them."""

    said: str
    theirs: str
    sentence: int


def _ages(text: str) -> list[tuple[tuple[int, int | None, str], str]]:
    out = []
    for m in _AGE_RE.finditer(text):
        upward = "up" if m.group("ge") or (m.group("up") or "").lower() in ("older", "over", "above", "more", "up") \
            else "down" if m.group("up") or m.group("le") else ""
        out.append(((int(m.group("a")), int(m.group("b")) if m.group("b") else None, upward), m.group().strip()))
    return out


def age_contrast(clause: str, source: SourceText) -> AgeContrast | None:
    """The claim's age range or bound where the abstract gives ages and never the claim's."""
    claimed = _ages(clause)
    if not claimed:
        return None
    theirs = [(i, spec, words) for i, s in enumerate(source.sentences) for spec, words in _ages(s.text)]
    if not theirs:
        return None
    for spec, words in claimed:
        if any(spec == other for _, other, _ in theirs):
            continue
        i, _, their_words = theirs[0]
        return AgeContrast(words, their_words, i)
    return None
