"""One slot swapped: a claim that follows an abstract sentence word for word, but for one member of a closed class.

"Oral carcinoma in childhood had a high relative frequency in Tunisia" where the abstract says "... in
Bangladesh" (and names Tunisia elsewhere, for skin carcinoma); "in patients with mild emphysema" for
"moderate/severe emphysema"; "in southern China" for "northern China". A check of each word's presence
misses these, since the claim's word is often in the abstract, said of something else. Here the claim is
aligned with the sentence it paraphrases, and only the words that stand in the same place are compared:
two members of one class (two nations, two organs, two ages, two ends of a scale) where the claim has one
and the sentence the other, and nothing else differs there.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from typing import Literal

from evidence.check.antonyms import pole
from evidence.check.cues import cues
from evidence.check.populations import alike, members_at
from evidence.check.source import STOP_WORDS, TOKEN_RE, SourceText, stem, word_set

Kind = Literal["population", "direction", "comparator", "duration"]

#: Classes whose members a writer swaps one for another: (name, flag kind, members; a member's words are
#: separated by spaces, members by "|"). The two-ended scales of ``antonyms`` ("scale:" names) and the words of
#: change ``direction`` reads ("change") are read too.
_CLASSES: tuple[tuple[str, Kind, str], ...] = (
    ("severity", "population", "mild mildly milder | moderate moderately | severe severely"),
    ("grade", "population", "well | moderately | poorly"),
    ("region", "population", "northern north | southern south | eastern east | western west"),
    ("smoking", "population", "former ex | current | never"),
    ("side", "population", "left | right"),
    ("lineage", "population", "maternal | paternal"),
    ("setting", "population", "urban | rural"),
    ("care", "population", "inpatient inpatients | outpatient outpatients"),
    ("service", "population", "hospital | community"),
    ("position", "population", "central | paracentral | peripheral"),
    ("laterality", "population", "unilateral | bilateral"),
    ("spread", "population", "localized localised | locally regional regionally | metastatic distant"),
    ("resection", "population", "resectable resected | unresectable unresected"),
    ("status", "population", "positive | negative"),
    ("order", "population", "first | second | third | fourth"),
    ("function", "population", "normal | impaired abnormal"),
    ("schedule", "duration", "daily | weekly | monthly | yearly annual annually"),
    ("quantity", "direction", "more | less fewer"),
    ("rank", "direction", "superior | inferior"),
)


def _member_table() -> dict[str, list[tuple[str, Kind, int]]]:
    """Each word to the (class, kind, member) it names; a word may name two ("moderately": severity, grade)."""
    table: dict[str, list[tuple[str, Kind, int]]] = {}
    for name, kind, members in _CLASSES:
        for i, member in enumerate(members.split("|")):
            for word in member.split():
                table.setdefault(word, []).append((name, kind, i))
    return table


_MEMBER = _member_table()


def member_of(word: str) -> list[tuple[str, Kind, int]]:
    """The (class, kind, member) each of ``word``'s readings names: "rural" is setting's member 1."""
    return _MEMBER.get(word.lower(), [])


#: The kind of flag a swap on each of ``antonyms``' scales makes (the rest are directions).
_SCALE_KIND: dict[str, Kind] = {"age": "population", "course": "population", "nature": "population",
                                "time": "population"}
#: After "positive"/"negative", a word that makes it the sign of a relation, not a status ("ER-negative").
_RELATION = word_set("correlation correlations association associations relation relationship effect effects "
                     "impact predictor value values")
_DENIED = word_set("not no non none never than without")  # "not severe", "non-malignant": no member
_FRACTION_HEADS = word_set("one two three")  # "one third of": a share, not a place in order ("a second-born" is)
_COMPARED = r"than|versus|vs\.?|compared\s+(?:with|to)|relative\s+to|against"
_COMPARED_RE = re.compile(rf"\b(?:{_COMPARED})\b(?:\W+\w+){{0,3}}\W*$", re.I)
_SIDES_RE = re.compile(rf"\b(?:{_COMPARED}|compared)\b", re.I)
_BRACKET_RE = re.compile(r"\([^)]*\)|\[[^\]]*\]")


@dataclass(frozen=True)
class SlotSwap:
    """The claim's words in the slot, the sentence's, the flag kind, and the sentence."""

    said: str
    theirs: str
    kind: Kind
    sentence: int


@dataclass(frozen=True)
class _Member:
    name: str  # the class
    member: str
    kind: Kind
    start: int
    end: int


def _way(word: str, known: dict[str, str | None]) -> str | None:
    """"up" or "down" for a word of change as ``direction`` reads it ("rose", "declines"), else None."""
    if word not in known:
        found = cues(word)
        known[word] = found[0].polarity if len(found) == 1 and found[0].polarity in ("up", "down") else None
    return known[word]


def _members(text: str, side: str, known: dict[str, str | None] | None = None) -> list[_Member]:
    """Every class member a whole text names, each read in its context ("not severe", "a third of",
    "positive associations"), with where it stands (``known``: the words of change read so far)."""
    known = {} if known is None else known
    out = [_Member(group, member, "population", start, end) for group, member, start, end in members_at(text, side)
           if not re.search(r"\b(?:not|no|non)[\s-]+$", text[max(0, start - 5):start], re.I)]
    places = [(m.start, m.end) for m in out]
    words = list(TOKEN_RE.finditer(text))
    for at, match in enumerate(words):
        word, low = match.group(), match.group().lower()
        before = words[at - 1].group().lower() if at else ""
        after = words[at + 1].group().lower() if at + 1 < len(words) else ""
        denied = before in _DENIED or before in ("as", "so", "too", "very") and at > 1 \
            and words[at - 2].group().lower() in _DENIED  # "not severe", "not as severe"
        if denied or before == "middle" or any(a <= match.start() < b for a, b in places):
            continue  # "not severe"; "Middle East", "South Africa": part of a place's name, not a region
        for name, kind, i in _MEMBER.get(low, ()):
            if name == "status" and after in _RELATION:
                name, kind = "sign", "direction"
            if name == "order" and (before in _FRACTION_HEADS or after in ("of", "or")):
                continue
            out.append(_Member(name, str(i), kind, match.start(), match.end()))
        if low in _MEMBER:
            continue
        if (end := pole(low)) is not None:
            out.append(_Member(f"scale:{end[0]}", str(end[1]), _SCALE_KIND.get(end[0], "direction"), match.start(),
                               match.end()))
        elif (way := _way(word, known)) is not None:
            out.append(_Member("change", way, "direction", match.start(), match.end()))  # "grows" for "declines"
    return out


def _tokens(text: str, *, bracketed: bool = True) -> list[tuple[str, int, int]]:
    """(topic key, start, end) of each word; without those in brackets (a claim's citation) if not ``bracketed``."""
    out = [(stem(m.group().lower()), m.start(), m.end()) for m in TOKEN_RE.finditer(text)]
    if bracketed:
        return out
    spans = [m.span() for m in _BRACKET_RE.finditer(text)]
    return [t for t in out if not any(a <= t[1] < b for a, b in spans)]


def find_slot_swap(clause: str, source: SourceText, ranked: list[int]) -> SlotSwap | None:
    """The first slot where the claim, aligned with the sentence it follows (of the best three ``ranked``, the one
    that holds most of its content words, at least three and two in five; each of a tie), names one member of a
    class and the sentence another."""
    words = source.claim_words(_BRACKET_RE.sub(" ", clause))  # not a citation's or a statistic's words
    if len(words) < 3:
        return None
    shared = {i: len(words & source.sentences[i].words) for i in ranked[:3]}
    most = max(shared.values(), default=0)
    followed = [i for i in ranked[:3] if shared[i] == most >= max(3, 0.4 * len(words))]  # (ties: each in turn)
    if not followed:
        return None
    known: dict[str, str | None] = source.derived("swaps:ways", dict)
    mine = _tokens(clause, bracketed=False)
    claim_members = _members(clause, "claim", known)
    read: dict[int, tuple[list[tuple[str, int, int]], list[_Member]]] = source.derived("swaps:sentences", dict)
    for i in followed:
        text = source.sentences[i].text
        if i not in read:  # its words and members, once per work (not what brackets hold: "(Abcam, UK)" names a
            # supplier's country)
            inside = [m.span() for m in _BRACKET_RE.finditer(text)]
            read[i] = (_tokens(text), [m for m in _members(text, "source", known)
                                       if not any(a <= m.start < b for a, b in inside)])
        swap = _swap_in(clause, mine, claim_members, text, *read[i], i)
        if swap is not None:
            return swap
    return None


def _within(found: list[_Member], start: int, end: int) -> list[_Member]:
    return [m for m in found if start <= m.start and m.end <= end]


def _rest(text: str, start: int, end: int, found: list[_Member]) -> set[str]:
    """The content words of a slot besides its members' words."""
    return {stem(m.group().lower()) for m in TOKEN_RE.finditer(text, start, end)
            if m.group().lower() not in STOP_WORDS and not m.group().isdigit()
            and not any(f.start <= m.start() < f.end for f in found)}


def _swap_in(clause: str, mine: list[tuple[str, int, int]], claim_members: list[_Member], text: str,
             theirs: list[tuple[str, int, int]], text_members: list[_Member], at: int) -> SlotSwap | None:
    matcher = difflib.SequenceMatcher(None, [t[0] for t in mine], [t[0] for t in theirs], autojunk=False)
    opcodes = matcher.get_opcodes()
    # what the sentence names outside the words the claim repeats ("in childhood" matched is the claim's own)
    unmatched = [m for op, _, _, j1, j2 in opcodes if op != "equal" and j2 > j1
                 for m in _within(text_members, theirs[j1][1], theirs[j2 - 1][2])]
    for op, i1, i2, j1, j2 in opcodes:
        if op != "replace" or i2 - i1 > 5 or j2 - j1 > 6:
            continue
        c_start, c_end, s_start, s_end = mine[i1][1], mine[i2 - 1][2], theirs[j1][1], theirs[j2 - 1][2]
        named = _within(claim_members, c_start, c_end)
        other = _within(text_members, s_start, s_end)
        if not named or not other:
            continue
        differs = _rest(clause, c_start, c_end, named) != _rest(text, s_start, s_end, other)
        for found in sorted(named, key=lambda m: (m.name, m.member)):
            if found.name == "change" and differs:
                continue  # more than the word of change differs here: "reduces mortality" for "increases
                # survival" turns the measure round too
            if found.kind == "direction" and (_SIDES_RE.search(clause) or _SIDES_RE.search(text)):
                continue  # "A lower than B" is "B higher than A": the sides are ``comparisons``' to weigh
            if any(m.name == found.name and alike(m.member, found.member) for m in unmatched):
                continue  # the sentence names the claim's member too, elsewhere
            rivals = [m for m in other if m.name == found.name and not alike(m.member, found.member)
                      and not any(c.name == m.name and alike(c.member, m.member) for c in claim_members)]
            if rivals:
                compared = _COMPARED_RE.search(clause[:c_start])
                return SlotSwap(clause[found.start:found.end], text[s_start:s_end],
                                "comparator" if compared else found.kind, at)
    return _framed(clause, mine, claim_members, text, theirs, text_members, at)


def _framed(clause: str, mine: list[tuple[str, int, int]], claim_members: list[_Member], text: str,
            theirs: list[tuple[str, int, int]], text_members: list[_Member], at: int) -> SlotSwap | None:
    """A population member between the same two words on each side, where the claim tells the sentence's words in
    another order ("gave paclitaxel ... to 25 patients with [metastatic] pancreatic cancer" for "Twenty-five patients
    with [locally advanced] pancreatic cancer have been entered ... paclitaxel"), so that the alignment of the
    whole missed the slot."""
    keys = [t[0] for t in theirs]
    for found in claim_members:
        if found.kind != "population" or any(m.name == found.name and alike(m.member, found.member)
                                             for m in text_members):
            continue
        inside = [k for k, t in enumerate(mine) if found.start <= t[1] < found.end]
        if not inside or inside[0] < 2 or inside[-1] + 3 > len(mine):
            continue
        left = [t[0] for t in mine[inside[0] - 2:inside[0]]]
        right = [t[0] for t in mine[inside[-1] + 1:inside[-1] + 3]]
        for j in range(len(keys) - 5):
            if keys[j:j + 2] != left:
                continue
            for gap in (1, 2, 3):
                if keys[j + 2 + gap:j + 4 + gap] != right:
                    continue
                s_start, s_end = theirs[j + 2][1], theirs[j + 1 + gap][2]
                rivals = [m for m in _within(text_members, s_start, s_end) if m.name == found.name
                          and not alike(m.member, found.member)]
                if rivals:
                    return SlotSwap(clause[found.start:found.end], text[s_start:s_end], found.kind, at)
    return None
