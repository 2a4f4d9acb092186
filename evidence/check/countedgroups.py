"""Who a count belongs to: "seven adults" where the abstract has "seven pediatric dialysis patients", "101
autistic adolescents" where it has "101 children with ASD, 7-11 years of age".

A claim that counts a population ties its number to it; the abstract's sentence with the same number, counting
people of the same kind (an age group, a sex, a species), says whom that number counted. Another member there is
a contrast, more telling than any mention elsewhere in the abstract (which may speak of other people: "as well
as older patients"). An age range given with the count decides between members a study's word may cover ("7-11
years" are children, not adolescents).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from evidence.check.populations import alike, members_at
from evidence.check.quantities import find_quantities
from evidence.check.source import SourceText

_GROUPS = ("age", "sex", "species", "pregnancy")
_GAP_RE = re.compile(r"^(?!\s+of\b)(?:\s+[\w'-]+){0,2}?\s+$")  # at most two words between a count and whom it
# counts ("seven of the adults" is a share of them)
_RANGE_RE = re.compile(r"\b(\d{1,2})\s*(?:-|\u2013|to|and)\s*(\d{1,2})\s*(?:years?|yrs?|y)\b", re.I)
#: The ages each member spans, for a range given beside the count.
_AGES = {"children": (0, 17), "adolescents": (10, 19), "adults": (18, 120), "older adults": (60, 120)}


@dataclass(frozen=True)
class CountedContrast:
    """The claim's counted people, the abstract's people of the same count, and its sentence."""

    said: str  # the claim's words: "adults"
    theirs: str  # the abstract's: "pediatric"
    sentence: int


def _counted(text: str, side: str) -> list[tuple[float, str, str, str, int]]:
    """(count, group, member, words as written, where the count ends) for each population named right after a
    number ("seven adults", "101 autistic adolescents")."""
    members = [m for m in members_at(text, side) if m[0] in _GROUPS]
    out: list[tuple[float, str, str, str, int]] = []
    if not members:
        return out  # (no people named: no count of them to read)
    for quantity in find_quantities(text):
        if quantity.kind != "count" or quantity.value != int(quantity.value) or quantity.value < 2:
            continue
        end = quantity.start + len(quantity.text)
        for group, member, start, stop in members:
            if start >= end and _GAP_RE.match(text[end:start] + " "):
                out.append((quantity.value, group, member, text[start:stop], end))
                break
    return out


def _outside_ages(member: str, sentence: str, after: int) -> bool:
    """Is the age range given with the count ("7-11 years of age") mostly outside the member's ages (its middle
    outside them)?"""
    span = _AGES.get(member)
    found = _RANGE_RE.search(sentence, after, after + 80)
    if span is None or found is None:
        return False
    middle = (int(found.group(1)) + int(found.group(2))) / 2
    return not span[0] <= middle <= span[1]


def counted_contrast(clause: str, source: SourceText) -> CountedContrast | None:
    """The claim's counted population where the abstract's same count is of another member of its group."""
    claimed = _counted(clause, "claim")
    if not claimed:
        return None
    theirs_all = source.derived("counted groups", lambda: [(i, found) for i, sentence in enumerate(source.sentences)
                                                           for found in _counted(sentence.text, "source")])
    for value, group, member, said, _ in claimed:
        others = []
        for i, (their_value, their_group, theirs, written, end) in theirs_all:
            if their_value != value or their_group != group:
                continue
            if alike(member, theirs) and not _outside_ages(member, source.sentences[i].text, end):
                return None  # the abstract counts the claim's people ("40 children and 40 adults": either)
            others.append(CountedContrast(said, written, i))
        if others:
            return others[0]
    return None
