"""Who comes first: "the nasopharynx was the most common site" where the abstract says "the most common
primary site was the thyroid, followed by the nasopharynx".

A superlative ("the most common", "the highest", "the lowest", "the only") is said of what it ranks (the
site, the rates) and names a winner. A claim's winner that is not the abstract's winner for the same
superlative said of the same thing is a direction flag, when the abstract names the claim's winner elsewhere
in that sentence ("followed by the nasopharynx", "the lowest in India and Japan") or the claim names the
abstract's ("ahead of lymphoma").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from evidence.check.comparisons import GENERIC
from evidence.check.source import SourceText, topic_words

_FAMILIES = (
    ("common", r"most\s+(?:common(?:ly)?|frequent(?:ly)?|prevalent)(?:\s+(?!was|were|is|are)[a-z]+ed)?|commonest|"
               r"leading"),
    ("high", r"highest|largest|greatest"),
    ("low", r"lowest|smallest"),
    ("only", r"only"),
)
_SUPERLATIVE_RE = re.compile(r"\bthe\s+(?:" + "|".join(f"(?P<{name}>{pattern})" for name, pattern in _FAMILIES)
                             + r")\b", re.I)
_COPULA_RE = re.compile(r"^\s*(?:was|were|is|are|remained)\s+(?:the\s+|in\s+|among\s+|seen\s+in\s+)*", re.I)
_OPENERS = r"that|but|while|whereas|found|showed|reported|identified"
_HAS = r"\s+(?:was|were|is|are|had|has|have|showed|to\s+be|as)\s+$"  # the winner's verb, right before the superlative
_BEFORE_RE = re.compile(rf"(?:^|[,;:()]|\b(?:{_OPENERS}|and)\b)\s*(?P<who>[^,;:()]{{2,80}}?){_HAS}", re.I)
#: The whole list a winner ends ("The combination of tonic-clonic, minor motor, and absence seizures was").
_LIST_BEFORE_RE = re.compile(rf"(?:^|[;:()]|\b(?:{_OPENERS})\b)\s*(?P<who>[^;:()]{{2,160}}?){_HAS}", re.I)
_VERB_BEFORE_RE = re.compile(r"(?<!\bthat\s)(?<!\bwhich\s)(?<!\bwho\s)\b(?:was|were|is|are|remained)\s+$", re.I)
_WINNER_END_RE = re.compile(r"[,;:()]|\s(?:followed|ahead|whereas|while|and\s+the|but|with|than)\b|\.(?:\s|$)", re.I)
_WHAT_END_RE = re.compile(r"\s(?:was|were|is|are|in|among|of|for|at|with|\(|,)\b|[,;(]", re.I)
_GENERIC = GENERIC | topic_words("one type types statistically significant")  # what a winner or a ranked thing
# shares with every other: people, groups, "statistically significant"
_RATE = {k: "rate" for k in topic_words("rate rates incidence incidences risk risks prevalence frequency")}


@dataclass(frozen=True)
class Ranked:
    """One superlative: its family, its words, what it ranks, and the winner it names."""

    family: str
    word: str
    what: frozenset[str]
    winner: frozenset[str]
    winner_text: str


@dataclass(frozen=True)
class Unranked:
    """The claim's superlative, the abstract's winner for it, and the sentence."""

    claim_word: str
    theirs: str
    sentence: int


def rankings(text: str) -> list[Ranked]:
    """Every superlative of ``text`` that names a winner."""
    out = []
    for match in _SUPERLATIVE_RE.finditer(text):
        if re.search(r"\bone\s+of\s+$", text[:match.start()], re.I):
            continue  # "one of the most common": no single winner
        family = next(name for name, _ in _FAMILIES if match.group(name))
        rest = text[match.end():]
        end = _WHAT_END_RE.search(rest)
        what = rest[:end.start()] if end else rest
        after = rest[len(what):]
        copula = _COPULA_RE.match(after)
        if copula and _VERB_BEFORE_RE.search(text[:match.start()]) and _BEFORE_RE.search(text[:match.start()]):
            copula = None  # "fever and cough were the commonest symptoms and the median stay was two weeks"
        if copula:  # "the most common primary site was the thyroid, followed by ..."
            winner = after[copula.end():]
            stop = _WINNER_END_RE.search(winner)
            winner = winner[:stop.start()] if stop else winner
        else:  # "the nasopharynx was the most common site", "India and Japan had the highest incidence"
            before = _BEFORE_RE.search(text[:match.start()])
            if before is None:
                inside = re.match(r"\s*(?:in|among)\s+", after)  # "and the lowest in India and Japan"
                if inside is None or what.strip():
                    continue
                winner = after[inside.end():]
                stop = _WINNER_END_RE.search(winner)
                winner = winner[:stop.start()] if stop else winner
            else:
                winner = before.group("who")
                listed = _LIST_BEFORE_RE.search(text[:match.start()]) if re.match(r"(?:and|or)\s", winner) else None
                items = re.split(r",\s*(?:and\s+|or\s+)?", listed.group("who")) if listed else []
                if listed and not re.search(r"\d|\b(?:was|were|is|are|had|has|have|did)\b|\b[a-z]{3,}(?:ed|ly)\b",
                                            listed.group("who")) \
                        and all(len(item.split()) <= 4 for item in items):
                    winner = listed.group("who")  # "A, B, and C seizures was the commonest" (a list of short noun
                    # phrases, not "70 had hypertension, and diabetes was ...")
        keys = frozenset(topic_words(winner) - _GENERIC)
        if keys:
            ranks = frozenset(_RATE.get(k, k) for k in topic_words(what) - _GENERIC)  # "rates" ranks "incidence"
            out.append(Ranked(family, " ".join(match.group().split()), ranks, keys, " ".join(winner.split())))
    return out


def find_unranked(clause: str, source: SourceText, ranked: list[int]) -> Unranked | None:
    """The claim's winner where the on-topic sentence (``ranked``) ranks the same thing with another winner,
    and names the claim's winner elsewhere (or the claim names the abstract's)."""
    found = _judge(clause, source, ranked)
    return found if isinstance(found, Unranked) else None


def ranks_alike(clause: str, source: SourceText, ranked: list[int]) -> bool:
    """Does an on-topic sentence give the claim's superlative to the claim's own winner ("the lowest in India
    and Japan")? Then a scale word elsewhere ("higher in males") does not turn the claim round."""
    return _judge(clause, source, ranked) is True


_OPPOSITE = {"high": "low", "low": "high"}


def find_opposite(clause: str, source: SourceText, ranked: list[int]) -> Unranked | None:
    """"The area method had the highest failure rate" where the on-topic sentence says "The area method had the
    lowest failure rate": the same winner and the same thing ranked, at the other end (the abstract's word)."""
    claimed = [claim for claim in rankings(clause) if claim.family in _OPPOSITE and claim.what]
    if not claimed:
        return None
    read: dict[int, list[Ranked]] = source.derived("superlatives", dict)
    for i in ranked[:3]:
        if i not in read:
            read[i] = rankings(source.sentences[i].text)
        for theirs in read[i]:
            for claim in claimed:
                if theirs.family == _OPPOSITE[claim.family] and claim.what & theirs.what - {"rate"} and claim.winner & (
                        theirs.winner | source.claim_words(theirs.winner_text)) and not _ranked_so_too(
                        claim, read[i], source.sentences[i].text):
                    return Unranked(claim.word, theirs.word, i)
    return None


def _ranked_so_too(claim: Ranked, theirs: list[Ranked], text: str) -> bool:
    """Does the sentence also give the claim's own superlative of what the claim ranks ("the lowest rate of
    perforation but the highest rate of negative appendicectomy")?"""
    what = "|".join(map(re.escape, claim.what))
    return any(other.family == claim.family and claim.what & other.what for other in theirs) or bool(
        re.search(rf"\b{re.escape(claim.word)}\s+(?:[\w-]+\s+){{0,3}}?(?:{what})", text, re.I))


def _judge(clause: str, source: SourceText, ranked: list[int]) -> Unranked | bool | None:
    claimed = rankings(clause)
    if not claimed:
        return None
    claim_words = topic_words(clause)
    read: dict[int, list[Ranked]] = source.derived("superlatives", dict)
    for i in ranked[:3]:
        if i not in read:
            read[i] = rankings(source.sentences[i].text)
        sentence_words = topic_words(source.sentences[i].text)
        for theirs in read[i]:
            for claim in claimed:
                alike = len(claim.what & theirs.what)
                if claim.family != theirs.family or not alike and i != ranked[0]:
                    continue  # the same superlative of the same thing (or in the sentence nearest the claim)
                if claim.winner & (theirs.winner | source.claim_words(theirs.winner_text)):
                    return True  # the abstract ranks the claim's winner first ("MTT": mean transit time)
                if claim.winner <= sentence_words - theirs.winner or theirs.winner <= claim_words - claim.winner \
                        or alike >= 2:
                    return Unranked(claim.word, theirs.winner_text, i)
    return None
