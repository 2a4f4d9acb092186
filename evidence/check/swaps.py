"""One slot swapped: a claim that follows an abstract sentence word for word, but for one member of a closed class.

"Oral carcinoma in childhood had a high relative frequency in Tunisia" where the abstract says "... in
Bangladesh" (and names Tunisia elsewhere, for skin carcinoma); "in patients with mild emphysema" for
"moderate/severe emphysema"; "in southern China" for "northern China". A check of each word's presence
misses these, since the claim's word is often in the abstract, said of something else. Here the claim is
aligned with the sentence it paraphrases, and only the words that stand in the same place are compared:
two members of one class (two nations, two organs, two ages, two ends of a scale) where the claim has one
and the sentence the other.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

from evidence.check.antonyms import pole
from evidence.check.direction import cues
from evidence.check.populations import alike, named_members
from evidence.check.source import SourceText, stem, word_set

#: Classes whose members a writer swaps one for another: (name, flag kind, members; a member's words are
#: separated by spaces, members by "|"). The two-ended scales of ``antonyms`` are read too.
_CLASSES = (
    ("severity", "population", "mild mildly milder | moderate moderately | severe severely"),
    ("grade", "population", "well | poorly"),
    ("region", "population", "northern north | southern south | eastern east | western west"),
    ("smoking", "population", "former ex | current | never"),
    ("side", "population", "left | right"),
    ("lineage", "population", "maternal | paternal"),
    ("setting", "population", "urban | rural"),
    ("care", "population", "inpatient inpatients | outpatient outpatients"),
    ("laterality", "population", "unilateral | bilateral"),
    ("status", "population", "positive | negative"),
    ("order", "population", "first | second | third | fourth"),
    ("function", "population", "normal | impaired abnormal"),
    ("schedule", "duration", "daily | weekly | monthly | yearly annual annually"),
    ("amount", "direction", "more | less fewer"),
    ("rank", "direction", "superior | inferior"),
)
_MEMBER = {word: (name, kind, i) for name, kind, members in _CLASSES
           for i, member in enumerate(members.split("|")) for word in member.split()}
#: The kind of flag a swap on each of ``antonyms``' scales makes (the rest are directions).
_SCALE_KIND = {"age": "population", "course": "population", "nature": "population", "time": "population"}
#: After "positive"/"negative", a word that makes it the sign of a relation, not a status ("HER2-negative").
_RELATION = word_set("correlation correlations association associations relation relationship effect effects "
                     "impact predictor value values")
_FRACTION_HEADS = word_set("a one two three")
_COMPARED_RE = re.compile(r"\b(?:than|versus|vs\.?|compared\s+(?:with|to)|relative\s+to|against)\b(?:\W+\w+){0,3}\W*$",
                          re.I)
_SIDES_RE = re.compile(r"\b(?:than|versus|vs|compared|relative\s+to)\b", re.I)
_WORD_RE = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)*")
_BRACKET_RE = re.compile(r"\([^)]*\)?|\[[^\]]*\]?")


@dataclass(frozen=True)
class Swap:
    """The claim's words in the slot, the sentence's, the flag kind, and the sentence."""

    said: str
    theirs: str
    kind: str  # "population" | "direction" | "comparator" | "duration"
    sentence: int


def _members(text: str, side: str) -> set[tuple[str, str, str]]:
    """(class, member, kind) of each class member a span names."""
    out = {(group, member, "population") for group, member in named_members(text, side=side)}
    words = _WORD_RE.findall(text)
    for at, word in enumerate(words):
        low = word.lower()
        if low in _MEMBER:
            name, kind, i = _MEMBER[low]
            if name == "status" and at + 1 < len(words) and words[at + 1].lower() in _RELATION:
                name, kind = "sign", "direction"
            if name == "order" and (at and words[at - 1].lower() in _FRACTION_HEADS
                                    or words[at + 1:at + 2] in (["of"], ["or"])):
                continue  # "a third of", "one fourth or more": a share, not a place in order
            out.add((name, str(i), kind))
        elif at and words[at - 1].lower() in ("not", "no", "than"):
            continue  # "not lower": a denied scale word is no member
        elif (end := pole(low)) is not None:
            out.add((end[0], str(end[1]), _SCALE_KIND.get(end[0], "direction")))
        elif (way := _way(word)) is not None:
            out.add(("change", way, "direction"))  # "grows" where the sentence says "declines"
    return out


def _way(word: str) -> str | None:
    """"up" or "down" for a word of change as ``direction`` reads it ("rose", "declines"), else None."""
    found = cues(word)
    return found[0].polarity if len(found) == 1 and found[0].polarity in ("up", "down") else None


def _tokens(text: str, *, bracketed: bool = True) -> list[tuple[str, int, int]]:
    """(topic key, start, end) of each word; without those in brackets (a claim's citation) if not ``bracketed``."""
    out = [(stem(m.group().lower()), m.start(), m.end()) for m in _WORD_RE.finditer(text)]
    if bracketed:
        return out
    spans = [m.span() for m in _BRACKET_RE.finditer(text)]
    return [t for t in out if not any(a <= t[1] < b for a, b in spans)]


def _naming(text: str, tokens: list[tuple[str, int, int]], name: str, member: str) -> str:
    """The fewest words of a slot that still name the member ("Tunisia", not "in Tunisia by 1990")."""
    for size in range(1, len(tokens) + 1):
        for at in range(len(tokens) - size + 1):
            span = text[tokens[at][1]:tokens[at + size - 1][2]]
            if any(n == name and m == member for n, m, _ in _members(span, "claim")):
                return span
    return text[tokens[0][1]:tokens[-1][2]]


def find_swap(clause: str, source: SourceText, ranked: list[int]) -> Swap | None:
    """The first slot where the claim, aligned with the sentence it follows (of the best three ``ranked``, the one
    that holds most of its content words, at least three and two in five; each of a tie), names one member of a
    class and the sentence another."""
    words = source.claim_words(_BRACKET_RE.sub(" ", clause))  # not a citation's or a statistic's words
    if len(words) < 3:
        return None
    shared = {i: len(words & source.sentences[i].words) for i in ranked[:3]}
    most = max(shared.values(), default=0)
    followed = [i for i in ranked[:3] if shared[i] == most >= max(3, 0.4 * len(words))]  # (ties: each in turn)
    mine = _tokens(clause, bracketed=False)
    for i in followed:
        swap = _swap_in(clause, mine, source.sentences[i].text, i)
        if swap is not None:
            return swap
    return None


def _swap_in(clause: str, mine: list[tuple[str, int, int]], text: str, at: int) -> Swap | None:
    theirs = _tokens(text)
    matcher = difflib.SequenceMatcher(None, [t[0] for t in mine], [t[0] for t in theirs], autojunk=False)
    opcodes = matcher.get_opcodes()
    # what the sentence names outside the words the claim repeats ("in childhood" matched is the claim's own)
    unmatched = " ; ".join(text[theirs[j1][1]:theirs[j2 - 1][2]] for op, _, _, j1, j2 in opcodes
                           if op != "equal" and j2 > j1)
    claim_all: set[tuple[str, str, str]] | None = None
    text_all: set[tuple[str, str, str]] | None = None
    for op, i1, i2, j1, j2 in opcodes:
        if op != "replace" or i2 - i1 > 5 or j2 - j1 > 6:
            continue
        named = _members(clause[mine[i1][1]:mine[i2 - 1][2]], "claim")
        if not named:
            continue
        slot = text[theirs[j1][1]:theirs[j2 - 1][2]]
        other = _members(_BRACKET_RE.sub(" ", slot), "source")
        if not other:
            continue
        if claim_all is None or text_all is None:  # read once, and only for a slot with members on both sides
            claim_all = _members(clause, "claim")
            text_all = _members(_BRACKET_RE.sub(" ", unmatched), "source")
        for name, member, kind in sorted(named):
            if kind == "direction" and (_SIDES_RE.search(clause) or _SIDES_RE.search(text)):
                continue  # "A lower than B" is "B higher than A": the sides are ``comparisons``' to weigh
            if any(n == name and alike(m, member) for n, m, _ in text_all):
                continue  # the sentence names the claim's member too, elsewhere
            rivals = [m for n, m, _ in other if n == name and not any(n2 == name and alike(m2, m)
                                                                       for n2, m2, _ in claim_all)]
            if rivals:
                compared = _COMPARED_RE.search(clause[:mine[i1][1]])
                return Swap(_naming(clause, mine[i1:i2], name, member), slot, "comparator" if compared else kind, at)
    return None
