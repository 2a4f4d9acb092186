"""Who was studied, by age: "aged 40 or older" where the abstract's participants were "aged 50 years or older".

A writer who gives an age range copies it from the abstract; another range there, and not the claim's, is a
swapped population (a number flag would ask only whether the figure is somewhere in the abstract, and "40" or "80"
often is, for something else). In a claim, only ages introduced by "aged" (or "age"/"ages") are read: "adults under
65" is the writer's paraphrase, not a range to hold against one; an abstract's are read the same way and also when
said in years ("were under 14 years old", "≥70 years of age"). A claim's number inside the very ages the abstract
gives is that age, shown beside its sentence (``given_ages``), not a figure to look for among the findings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from evidence.check.source import SourceText

_AGE_RE = re.compile(r"(?:(?P<pre_ge>over|above)\s+|(?P<pre_le>under|below)\s+)?"
                     r"\bage[sd]?\s*(?:from\s+|between\s+)?"
                     r"(?:(?P<ge>\u2265|>=|>|over|above)|(?P<le>\u2264|<=|</=|<|under|below))?\s*(?P<a>\d{1,3})"
                     r"(?:\s*(?:-|\u2013|\u2212|to|and|through)\s*(?P<b>\d{1,3}))?(?P<plus>\s*\+)?"
                     r"(?:\s*(?P<unit>years?|yrs?|yy|y|months?|mo|weeks?|wk|days?|d)\b)?"
                     r"(?:\s+(?:of\s+age|old))?"
                     r"(?:\s+(?:or|and)\s+(?P<up>older|over|above|more|up|younger|under|below|less))?(?![\d%]|\.\d)",
                     re.I)
#: An abstract's ages in years, said without "aged": "were under 14 years old", "people \u226570 years of age",
#: "children 5-17 years old" (read in the abstract only: a claim's "adults under 65" is its writer's paraphrase).
_YEARS_OLD_RE = re.compile(r"(?:(?P<pre_ge>over|above|older\s+than)\s+|(?P<pre_le>under|below|younger\s+than)\s+|"
                           r"(?P<ge>\u2265|>=|>)\s*|(?P<le>\u2264|<=|<)\s*)?(?<![\d.])(?P<a>\d{1,3})"
                           r"(?:\s*(?:-|\u2013|\u2212|to)\s*(?P<b>\d{1,3}))?\s*(?:years?|yrs?)[\s-]+(?:old|of\s+age)\b"
                           r"(?:\s+(?:or|and)\s+(?P<up>older|over|above|younger|under|below))?", re.I)
#: What an age after these words is: a point in a life ("from age 3", "by age 5"), a mean, not who was studied.
_NOT_WHO_RE = re.compile(r"\b(?:mean|median|average|up\s+to|at|from|by|before|after|until|since|SD\)?|IQR)\W*$", re.I)
#: Further ranges of the same list: "aged 40-49 [and 50-59]".
_MORE_RE = re.compile(r"\s*(?:,|;|and|or)\s*(\d{1,3})\s*(?:-|\u2013|\u2212|to)\s*(\d{1,3})"
                      r"(?!\s*(?:months?|weeks?|days?)\b)")


@dataclass(frozen=True)
class AgeContrast:
    """The claim's ages as it words them, the abstract's, and the sentence that gives them."""

    said: str
    theirs: str
    sentence: int


def _ages(text: str, *, abstract: bool = False) -> list[tuple[tuple[int, int | None, str], str]]:
    """Each age range or bound in years that says who was studied, as (from, to, "up"/"down"/""), with its words
    (in an abstract, ages said as "N years old" or "of age" too)."""
    out = []
    matches = list(_AGE_RE.finditer(text))
    if abstract:
        said = [(a.start(), a.end()) for a in matches]
        matches += [m for m in _YEARS_OLD_RE.finditer(text)  # a bound or a range, not one person's age ("a
                    if any(m.group(g) for g in ("b", "pre_ge", "pre_le", "ge", "le", "up"))  # 50 years old man")
                    and not any(a <= m.start() < b for a, b in said)]  # (and not what "aged" already read)
    for m in matches:
        unit = (m.groupdict().get("unit") or "y").lower()
        if not unit.startswith("y") or _NOT_WHO_RE.search(text[max(0, m.start() - 16):m.start()]):
            continue  # (infants' ages in months or days are another scale: left alone)
        upward = "up" if m.group("ge") or m.group("pre_ge") or m.groupdict().get("plus") or (
            m.group("up") or "").lower() in (
            "older", "over", "above", "more", "up") else "down" if m.group("up") or m.group("le") or m.group(
            "pre_le") else ""
        out.append(((int(m.group("a")), int(m.group("b")) if m.group("b") else None, upward), m.group().strip()))
        at = m.end()
        while (more := _MORE_RE.match(text, at)) is not None:
            out.append(((int(more.group(1)), int(more.group(2)), ""), more.group().strip(" ,;")))
            at = more.end()
    return out


def _said_anywhere(spec: tuple[int, int | None, str], text: str) -> bool:
    """Does the abstract give the claim's ages in any words ("children 5-17 years old", "65 years and older")?"""
    a, b, _ = spec
    if b is not None:
        return re.search(rf"(?<![\d.]){a}\s*(?:-|\u2013|\u2212|to|through|and)\s*{b}(?![\d.])", text) is not None
    return re.search(rf"(?<![\d.]){a}\s*(?:\+|years?|yrs?|y\b)", text) is not None


def age_contrast(clause: str, source: SourceText) -> AgeContrast | None:
    """The claim's age range or bound where the abstract gives ages and never the claim's."""
    claimed = _ages(clause)
    if not claimed:
        return None
    theirs = _abstract_ages(source)
    if not theirs:
        return None
    for spec, words in claimed:
        if any(spec == other for _, other, _ in theirs) or _said_anywhere(spec, source.joined):
            continue
        i, _, their_words = min(theirs, key=lambda t: abs(t[1][0] - spec[0]))  # the nearest: the one it swapped
        return AgeContrast(words, their_words, i)
    return None


def given_ages(clause: str, source: SourceText) -> list[tuple[int, int, int]]:
    """Where the claim gives the very ages the abstract gives ("aged 70 or over" for "people \u226570 years of age"),
    with the sentence that gives them: its numbers there are those ages, not figures to look for elsewhere."""
    theirs = {spec: i for i, spec, _ in reversed(_abstract_ages(source))}  # (the first sentence that gives them)
    spans = []
    for spec, words in _ages(clause):
        at = clause.find(words)
        if at >= 0 and spec in theirs:
            spans.append((at, at + len(words), theirs[spec]))
    return spans


def _abstract_ages(source: SourceText) -> list[tuple[int, tuple[int, int | None, str], str]]:
    return source.derived("ages", lambda: [(i, spec, words) for i, s in enumerate(source.sentences)
                                           for spec, words in _ages(s.text, abstract=True)])
