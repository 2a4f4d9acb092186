"""An attribute turned round on the same thing: "younger patients" where the abstract says "older patients",
"thinner biopsy needles" where it says "a larger biopsy needle", "better than X alone" where it says "worse
than X alone".

A writer who swaps the ends of a scale keeps every other word, so word overlap ranks the sentence that shows
the truth first and the direction words (which follow verbs) never see it. The check reads a scale word with
the words right after it (what it describes) and asks whether the abstract puts that thing only at the other
end of the scale. It stays silent when the abstract also uses the claim's end for that thing anywhere, or when
the claim names both ends.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from evidence.check.cues import NP_END
from evidence.check.source import STOP_WORDS, SourceText, stem, word_set

#: Scales: (name, one end, the other end). The age scale names people, so its swaps are population flags.
_SCALES = (
    ("age", "young younger youngest juvenile", "old older oldest elderly"),
    ("size", "small smaller smallest thin thinner thinnest narrow narrower fine finer",
     "large larger largest big bigger biggest thick thicker thickest wide wider broad broader"),
    ("length", "short shorter shortest brief briefer", "long longer longest lengthy"),
    ("level", "low lower lowest", "high higher highest elevated"),
    ("quality", "good better best favourable favorable",
     "bad worse worst poor poorer poorest unfavourable unfavorable"),
    ("time", "early earlier earliest", "late later latest delayed"),
    ("severity", "mild milder mildest", "severe"),
    ("frequency", "rare rarer rarest uncommon infrequent", "common commoner frequent"),
    ("depth", "superficial shallow shallower", "deep deeper deepest"),
    ("course", "acute", "chronic"),
    ("nature", "benign", "malignant"),
    ("strength", "weak weaker weakest", "strong stronger strongest"),
    ("speed", "slow slower slowest", "fast faster fastest rapid"),
    ("amount", "deficit deficits shortage shortfall", "excess excesses surplus"),
    ("keeping", "retained retains kept keeps preserved", "lost loses"),
)
_POLE: dict[str, tuple[str, int]] = {w: (name, end) for name, *ends in _SCALES
                                     for end, words in enumerate(ends) for w in words.split()}


def pole(word: str) -> tuple[str, int] | None:
    """(scale, end) of a scale word ("thinner": size, small end), for other modules' swaps."""
    return _POLE.get(word.lower())
_WORD_RE = re.compile(r"[\w'-]+|[^\w\s]")
_PEOPLE_WORDS = word_set("patient patients people participants subjects individuals case cases")
#: The topic keys of the words for anyone studied ("patients", "subjects", "cases"), for other modules too.
PEOPLE_KEYS = frozenset(stem(w) for w in _PEOPLE_WORDS)
#: Words that end what a scale word describes ("older patients [who]", "a larger needle [was]").
_ENDS = (STOP_WORDS - _PEOPLE_WORDS) | word_set("""who whom which that whose was were is are had has have than
    did does do carried showed found led gave""")
#: Too general to carry a swap alone ("a higher [rate]" says nothing of what).
_GENERAL = frozenset(stem(w) for w in word_set("""rate rates risk risks level levels number numbers proportion group
    groups patient patients case cases one ones those people subject subjects than"""))


#: Words that name a measure, not a thing: "higher expression of anything" says nothing of what.
_MEASURES = frozenset(stem(w) for w in word_set("""expression expressions level levels concentration concentrations
    activity value values amount amounts count counts"""))


@dataclass(frozen=True)
class Swap:
    said: str  # the claim's words: "thinner biopsy needles"
    theirs: str  # the abstract's: "larger biopsy needle"
    sentence: int
    scale: str  # "age" and "stage" are about who was studied; the others about the finding

    @property
    def of_people(self) -> bool:
        """Does it say who was studied ("younger patients", "early-stage"), not what was found of them
        ("were significantly older")?"""
        return self.scale in ("age", "stage") and not _AGE_PREDICATE_RE.match(self.said)


def _tokens(text: str) -> list[str]:
    return _WORD_RE.findall(text)


def _described(tokens: list[str], at: int, abbreviations: dict[str, str], width: int = 2) -> list[str]:
    """The one or two words right after a scale word: what it describes (stemmed; "OS" read as "overall
    survival" where the abstract defines it)."""
    out: list[str] = []
    for word in tokens[at + 1:at + 1 + width]:
        low = word.lower()
        if not word[0].isalnum() or low in _ENDS:
            break
        out.extend(stem(w) for w in abbreviations.get(low, low).split())
    return out


def _attributes(text: str, abbreviations: dict[str, str]) -> list[tuple[str, int, list[str], str]]:
    """(scale, end, described words, surface) for each scale word followed by what it describes."""
    tokens = _tokens(text)
    out = []
    for at, word in enumerate(tokens):
        pole = _POLE.get(word.lower())
        if pole is None or (at and tokens[at - 1].lower() in ("not", "no", "more", "less", "most", "least")):
            continue
        of = at + 1 if pole[0] == "amount" and tokens[at + 1:at + 2] == ["of"] else at  # "a deficit of female
        # breast cancers": what it describes follows "of"
        described = _described(tokens, of, abbreviations, width=2 if of == at else 3)
        if described:
            surface = " ".join(tokens[at:of + 1 + len(described)])
            out.append((pole[0], pole[1], described, surface))
    return out


#: "Serum hepcidin was raised", "hepcidin levels were low": a level said after the thing.
_PREDICATE_RE = re.compile(r"\b(?P<thing>[\w-]+)(?:\s+(?:levels?|concentrations?|values?|counts?))?\s+"
                           r"(?:was|were|is|are|remained)\s+(?:\w+ly\s+)?(?P<word>raised|elevated|increased|high|higher|"
                           r"greater|reduced|decreased|low|lower|diminished|depressed)\b(?![^,;.]*\bthan\b)",
                           re.I)  # "lower in A than in B" compares two groups: the direction check reads that
_HIGH = frozenset({"raised", "elevated", "increased", "high", "higher", "greater"})


_AGE_PREDICATE_RE = re.compile(r"\b(?:was|were|are|is)\s+(?:\w+ly\s+)?(?P<word>older|younger)\b", re.I)


def _predicates(text: str) -> list[tuple[str, int, list[str], str]]:
    """The level scale read after the thing: "serum hepcidin was raised" is hepcidin at the high end; "were
    significantly younger" is people at the young end."""
    out = [("age", int(m.group("word").lower() == "older"), [stem("patients")], " ".join(m.group().split()))
           for m in _AGE_PREDICATE_RE.finditer(text)]
    for match in _PREDICATE_RE.finditer(text):
        thing = match.group("thing").lower()
        if thing not in _ENDS and not re.search(r"\b(?:not|no)\s+$", text[:match.start("word")], re.I):
            out.append(("level", int(match.group("word").lower() in _HIGH), [stem(thing)], " ".join(
                match.group().split())))
    return out


def _head(scale: str, described: list[str]) -> str | None:
    """What a scale word describes, by its last word ("NOTCH" of "high NOTCH expression": a measure names no
    thing); people count only on the age scale ("older patients")."""
    words = described[:-1] if described[-1] in _MEASURES else described
    if not words:
        return None
    head = words[-1]
    return head if head not in _GENERAL or (scale == "age" and head in PEOPLE_KEYS) else None


def find_attribute_swap(clause: str, source: SourceText, ranked: list[int]) -> Swap | None:
    """The claim's "younger patients" where the abstract speaks only of "older patients" (the on-topic
    sentences, ``ranked``, are searched first for the one to quote)."""
    said = _attributes(clause, source.abbreviations) + _predicates(clause)
    if not said:
        return None
    claim_ends = {(scale, end) for scale, end, _, _ in said}
    order = list(dict.fromkeys([*ranked, *range(len(source.sentences))]))
    read = _readings(source)
    other_side = _compared_side(clause, source)
    for scale, end, described, surface in said:
        if (scale, 1 - end) in claim_ends:
            continue  # "younger rather than older patients": both ends named
        head = _head(scale, described)
        if head is None:
            continue
        if any(s == scale and e == end and _head(s, d) == head for i in order for s, e, d, _ in read[i]) \
                or (scale, end, head) in _after_things(source):
            continue
        for i in order:
            other = next((theirs for s, e, d, theirs in read[i]
                          if s == scale and e != end and _head(s, d) == head), None)
            if other is not None and not _told_the_other_way(other_side, _said_of(clause, surface, source), source,
                                                             i, other):
                return Swap(surface, other, i, scale)
    return None


def _readings(source: SourceText) -> dict[int, list[tuple[str, int, list[str], str]]]:
    """Every sentence's scale words with what they describe, read once per work."""
    return source.derived("antonyms:attributes", lambda: {
        i: _attributes(x.text, source.abbreviations) + _predicates(x.text) for i, x in enumerate(source.sentences)})


def _after_things(source: SourceText) -> frozenset[tuple[str, int, str]]:
    """(scale, end, thing) the abstract gives with the end after the thing: "patients older than 65",
    "needles of smaller bore"."""
    def read() -> frozenset[tuple[str, int, str]]:
        out: set[tuple[str, int, str]] = set()
        for sentence in source.sentences:
            tokens = [t.lower() for t in _tokens(sentence.text)]
            for at, word in enumerate(tokens):
                pole = _POLE.get(word)
                if pole is not None:
                    out.update((pole[0], pole[1], stem(t)) for t in tokens[max(0, at - 3):at])
        return frozenset(out)
    return source.derived("antonyms:after", read)


_COMPARED_RE = re.compile(r"^\s*compared\s+(?:with|to)\s+(?P<lead>[^,;]+),|\b(?:than|compared\s+(?:with|to)|"
                          r"versus|vs\.?)\s+(?P<rest>[^,;:.()]+)", re.I)


def _compared_side(clause: str, source: SourceText) -> set[str]:
    """What the claim compares its subject with ("than patients with NSCLC", "Compared with controls, ..."):
    empty if it compares nothing."""
    match = _COMPARED_RE.search(clause)
    if match is None:
        return set()
    return source.claim_words(match.group("lead") or match.group("rest")) - _GENERAL


_THAN_SIDE_RE = re.compile(r"\b(?:than|compared\s+(?:with|to)|versus)\s+(?P<side>[^,;:.()]*)", re.I)


def _said_of(clause: str, surface: str, source: SourceText) -> set[str]:
    """The claim's words before its scale word, after any opening "Compared with X,": whom it speaks of."""
    head = clause[:max(clause.find(surface), 0)]
    opening = _COMPARED_RE.match(head)
    return source.claim_words(head[opening.end():] if opening and opening.group("lead") else head) - _GENERAL


def _told_the_other_way(compared: set[str], subject: set[str], source: SourceText, i: int, theirs: str) -> bool:
    """Is the claim the abstract's finding told the other way round? "Controls had higher SNORD55 than
    patients with NSCLC" for "SNORD55 was decreased in NSCLC patients": what the claim compares with is who
    the abstract's sentence speaks of, before its word. When both compare with the same group ("older than
    an historical group" for "younger than an historical control group"), the ends are swapped: a flag."""
    if not compared:
        return False
    text = source.sentences[i].text
    at = max(text.find(theirs), 0)
    other = _THAN_SIDE_RE.search(text, at)
    side = NP_END.split(other.group("side"), maxsplit=1)[0] if other is not None else ""
    their_side = source.claim_words(re.split(r"\s(?:and|or|which|who)\s", side)[0])
    same = len(compared & their_side)
    before = len(compared & source.claim_words(text[:at]))
    if same > before and same > len(subject & their_side):  # ("emphysema alone ... than emphysema with fibrosis"
        # shares words with "worse than isolated emphysema or fibrosis" either way: no telling)
        return False  # both compare with the same group: the ends are swapped, not the sides
    return bool(before) or bool(_THAN_SIDE_RE.search(text))  # (a sentence that compares something else is left
    # to the direction check)


_EARLY_RE = re.compile(r"\bearly[\s-]stage\b|\bnon-?metastatic\b|"
                       r"\bearly(?![\s-]+(?:detection|diagnosis|onset|age|screening|treatment|death|recurrence|"
                       r"phase|life|childhood|stages?|years?)\b)(?=[\s-]+(?:[\w-]+\s+){0,2}?(?:cancers?|carcinomas?|"
                       r"tumou?rs?)\b)|"  # "early gastric cancer", not "early detection of cancer"
                       r"\bstages?\s+(?:I|II|1|2)[A-C]?\b(?!\s*(?:-|\u2013|to|and|or)\s*(?:III|IV|[34]))|"
                       r"\blocali[sz]ed\s+(?:disease|tumou?rs?|cancers?|carcinomas?)", re.I)
_ADVANCED_RE = re.compile(r"\b(?:(?:locally\s+|locoregionally\s+)?advanced(?=[\s-]+(?:[\w-]+\s+){0,3}?(?:disease|"
                          r"cancers?|carcinomas?|tumou?rs?|stages?|melanomas?|lymphomas?|sarcomas?|malignanc\w*|"
                          r"NSCLC|HCC|NPC|CRC))|late[\s-]stage|metastatic|stages?\s+(?:III|IV|3|4)[A-C]?\b)", re.I)


#: Whether the cancer had spread, apart from its stage ("metastatic" is not every "stage IV").
_METASTATIC_RE = re.compile(r"(?<![\w-])metastatic\b", re.I)
_NON_METASTATIC_RE = re.compile(r"\bnon-?metastatic\b", re.I)


def find_stage_swap(clause: str, source: SourceText, ranked: list[int]) -> Swap | None:
    """"Early-stage nasopharyngeal carcinoma" where the abstract speaks only of "stage III to IVB disease"
    (or the other way round): the stage says who was studied."""
    text = source.joined
    for said_re, other_re in ((_EARLY_RE, _ADVANCED_RE), (_ADVANCED_RE, _EARLY_RE),
                              (_METASTATIC_RE, _NON_METASTATIC_RE), (_NON_METASTATIC_RE, _METASTATIC_RE)):
        said = said_re.search(clause)
        if said is None or other_re.search(clause) or said_re.search(text):
            continue
        order = list(dict.fromkeys([*ranked, *range(len(source.sentences))]))
        for i in order:
            other = other_re.search(source.sentences[i].text)
            if other is not None:
                return Swap(said.group(), other.group(), i, "stage")
    return None


_THAN_RE = re.compile(r"\b(?P<word>[a-z]+)\s+than\s+(?P<rest>(?:(?!\b(?:on|in|about|for|at|by|during)\b)[^,;:.()])"
                      r"{3,80})", re.I)


def _comparisons(text: str) -> list[tuple[str, int, str, set[str]]]:
    """(scale, end, surface, what it is compared with) for each "better than X"."""
    out = []
    for match in _THAN_RE.finditer(text):
        pole = _POLE.get(match.group("word").lower())
        before = text[max(0, match.start() - 12):match.start()].lower()
        if pole is None or re.search(r"\b(?:no|not|more|less)\s+$", before):
            continue
        words = {stem(w.lower()) for w in re.findall(r"[\w-]+", match.group("rest"))} - STOP_WORDS - _GENERAL
        if words:
            out.append((pole[0], pole[1], " ".join(match.group().split()), words))
    return out


def _subject(clause: str, surface: str) -> set[str]:
    """The claim's words before its "better than": what it says is better."""
    at = clause.find(surface)
    words = re.findall(r"[\w-]+", clause[:at] if at > 0 else "")
    return {stem(w.lower()) for w in words} - STOP_WORDS - _GENERAL


def find_comparison_swap(clause: str, source: SourceText, ranked: list[int]) -> Swap | None:
    """The claim's "better than X" where an on-topic sentence says "worse than X", and none says better."""
    said = _comparisons(clause)
    if not said:
        return None
    read = {i: _comparisons(source.sentences[i].text) for i in ranked[:5]}
    for scale, end, surface, rest in said:
        if any(s == scale and e == end and len(rest & r) >= 2 for found in read.values() for s, e, _, r in found):
            continue
        subject = _subject(clause, surface)
        for i, found in read.items():
            if any(_POLE.get(w.lower()) == (scale, end) for w in _tokens(source.sentences[i].text)):
                continue  # "higher in value, but lower in knowledge": the claim's end is there too
            other = next((r for s, e, _, r in found if s == scale and e != end and len(rest & r) >= 2
                          and len(rest & r) * 2 >= len(rest)), None)
            if other is not None and len(subject & other) < len(rest & other):  # "isolated emphysema fares
                # better than both together" is "CPFE is worse than isolated emphysema" told the other way round
                theirs = next(t for s, e, t, r in found if r is other)
                return Swap(surface, theirs, i, scale)
    return None


_POLE_WORDS = "|".join(sorted(_POLE, key=len, reverse=True))
_SIDES_RE = re.compile(rf"\b(?P<word>{_POLE_WORDS})\s+(?P<mid>(?:[\w-]+\s+){{1,4}}?)than\s+"
                       r"(?:for\s+|in\s+|with\s+|to\s+|that\s+of\s+)?(?P<rest>[\w-]+(?:\s+[\w-]+)?)", re.I)


def _sides(text: str) -> list[tuple[tuple[str, int], set[str], set[str], str]]:
    """(scale end, words between it and "than", words after "than", surface) for "a better substrate for dCK
    than for dGK"."""
    out = []
    for match in _SIDES_RE.finditer(text):
        pole = _POLE.get(match.group("word").lower())
        if pole is None:
            continue
        mid = {stem(w.lower()) for w in match.group("mid").split()} - STOP_WORDS - _GENERAL
        rest = {stem(w.lower()) for w in match.group("rest").split()} - STOP_WORDS - _GENERAL
        if mid and rest:
            out.append((pole, mid, rest, " ".join(match.group().split())))
    return out


def find_sides_swap(clause: str, source: SourceText, ranked: list[int]) -> Swap | None:
    """"A better substrate for dCK than for dGK" where the abstract says "a better substrate for dGK than for
    dCK": the same comparison with its two sides the other way round."""
    said = _sides(clause)
    if not said:
        return None
    for pole, mid, rest, surface in said:
        for i in ranked[:5]:
            for their_pole, their_mid, their_rest, theirs in _sides(source.sentences[i].text):
                if their_pole == pole and rest & their_mid and their_rest & mid and not rest & their_rest:
                    return Swap(surface, theirs, i, pole[0])
    return None
