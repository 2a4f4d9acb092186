"""Which way two measures move together: "rose in step with IL-6" against "an inverse correlation between
the levels of IL-6 and beta-endorphin".

A correlation's sign is a direction of its own: no word says a thing went up or down, only that two
things moved together or apart. The abstract's signed correlations are read with the words around
them; a claim clause that names the same two things with the other sign is a reversal.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from evidence.check.source import SourceText, stem, topic_words, word_set

#: "the higher the dose, the more they froze": a correlation in two comparatives.
_MORE = r"(?:higher|greater|more|larger|longer|bigger|older)"
_LESS = r"(?:lower|less|fewer|smaller|shorter|younger)"
#: "survival fell with older age", "rose with falling income": the other measure's own way, so the two move apart.
_UP_THE_OTHER = r"(?:increasing|rising|advancing|older|higher|greater|more|larger|longer)\b"
_DOWN_THE_OTHER = r"(?:decreasing|falling|declining|younger|lower|less|fewer|smaller|shorter)\b"
#: A measure going up, or down, "with" another: which way the other went decides the sign.
_RISES = r"(?:rose|rises|rising|increased|increases|went\s+up|grew)\s+(?:along\s+)?with"
_FALLS = r"(?:fell|falls|declined|decreased)\s+(?:along\s+)?with"
_FALLING = r"(?:falling|went\s+down)\s+(?:along\s+)?with"  # (read only with the other's way: "falling with age")
_START = r"(?:(?<=^)|(?<=[,;:]\s)|(?<=\bthat\s))"  # at a clause's start: "Compared with the older patients, the
# younger ..." is no correlation
_SOURCE_RE = re.compile(r"\b(?P<sign>direct|positive|inverse|negative)(?:ly)?\s+(?:and\s+\w+\s+)?"
                        r"(?:correlat\w*|associat\w*|relat\w*|proportional)\b|"
                        r"\b(?:correlat|associat)\w*\s+(?P<sign2>positive|negative|inverse)ly\b|"
                        r"\b(?P<plain>(?:good|close|strong|tight|clear)\s+correlation|"
                        r"correlated\s+(?:well|closely|strongly|tightly))\s+(?:to|with|between)\b", re.I)  # "TTF-1
# correlated negatively with age"; "showed a good correlation to the degree of fibrosis": unsigned, so the two rise
# together (unless its clause has a word that says which way: "a close correlation with poor survival")
_WAY_RE = re.compile(r"\b(?:poor\w*|wors\w*|lower|less|fewer|shorter|reduc\w*|decreas\w*|declin\w*|fall\w*|fell|"
                     r"negative|inverse\w*|low|loss|absence|lack)\b", re.I)
_CLAIM_POS_RE = re.compile(r"\b(?:in\s+step\s+with|hand\s+in\s+hand\s+with|tracked|tracks|track|parallel\w*|"
                           rf"{_RISES}(?!\s+{_DOWN_THE_OTHER})|{_FALLS}(?!\s+{_UP_THE_OTHER})|"
                           r"positive(?:ly)?\s+(?:correlat|associat|relat)\w*|"
                           r"direct(?:ly)?\s+(?:correlat|relat|proportional)\w*|"
                           rf"{_START}the\s+{_MORE}\b[^,;]{{1,80}},\s+the\s+{_MORE}\b|"
                           rf"{_START}the\s+{_LESS}\b[^,;]{{1,80}},\s+the\s+{_LESS}\b)",
                           re.I)
_CLAIM_NEG_RE = re.compile(r"\b(?:inverse(?:ly)?(?:\s+(?:correlat|associat|relat)\w*)?|"
                           r"negative(?:ly)?\s+(?:correlat|associat|relat)\w*|"
                           rf"(?:{_FALLS}|{_FALLING})\s+{_UP_THE_OTHER}|{_RISES}\s+{_DOWN_THE_OTHER}|"
                           r"(?:rose|increased)\s+as\s+[\w-]+(?:\s+[\w-]+){0,4}?\s+(?:fell|declined|decreased)|"
                           r"(?:fell|declined|decreased)\s+as\s+[\w-]+(?:\s+[\w-]+){0,4}?\s+(?:rose|increased)|"
                           rf"{_START}the\s+{_MORE}\b[^,;]{{1,80}},\s+the\s+{_LESS}\b|"
                           rf"{_START}the\s+{_LESS}\b[^,;]{{1,80}},\s+the\s+{_MORE}\b)",
                           re.I)
_BREAK_RE = re.compile(r"[;(]|,\s*(?:and\s+|but\s+|while\s+|whereas\s+)?|\s(?:and|but)\s+(?=an?\s|the\s|(?:a\s+)?"
                       r"(?:direct|positive|inverse|negative))", re.I)
_WEAK = frozenset(stem(w) for w in word_set("""level levels concentration concentrations value values score scores
    correlation correlated association associated relation related relationship between"""))


@dataclass(frozen=True)
class SignFlip:
    claim_words: str  # the claim's wording of the relation
    source_sign: str  # "inverse" / "direct" ...
    sentence: int


_NEGATIVE_R_RE = re.compile(r"\b(?:r|rho|rs|r\(s\))\s*=\s*[-\u2212\u2013]|\u03c1\s*=\s*[-\u2212\u2013]", re.I)


def _word_of(match: re.Match[str]) -> str:
    return match.group("sign") or match.group("sign2") or f"positive ('{' '.join(match.group('plain').split())}')"


def _sign_of(match: re.Match[str]) -> str:
    """"pos" or "neg", for "positively correlated" and "correlated negatively" alike."""
    return "pos" if match.group("plain") or _word_of(match).lower() in ("direct", "positive") else "neg"


def _pieces(text: str) -> list[tuple[int, int]]:
    """The text cut at clause breaks, as (start, end)."""
    cuts = [0] + [m.end() for m in _BREAK_RE.finditer(text)] + [len(text)]
    return [(a, b) for a, b in pairwise(cuts) if b > a]


def _signed(text: str, expand: SourceText) -> list[tuple[str, frozenset[str]]]:
    """The text's signed correlations: their sign ("pos"/"neg") and the topic words of their clause."""
    out = []
    plain = re.sub(r"\([^()]*\)", lambda m: " " * len(m.group()), text)  # "(r=0.63)" does not end the clause
    for start, end in _pieces(plain):
        piece = plain[start:end]
        for match in _SOURCE_RE.finditer(piece):
            if match.group("plain") and (_WAY_RE.search(piece) or _NEGATIVE_R_RE.search(text, start, end)):
                continue  # ("a strong correlation (r = -0.71)": the figure gives the sign)
            sign = _sign_of(match)
            out.append((sign, frozenset(topic_words(expand.expand(piece))) - _WEAK))
    return out


def find_sign_flip(clause: str, source: SourceText, ranked: list[int]) -> SignFlip | None:
    """The claim's relation between two things that the abstract's on-topic sentences (``ranked``) give
    the other sign, and none gives the claim's."""
    said = [(m, "pos") for m in _CLAIM_POS_RE.finditer(clause)] + [(m, "neg") for m in _CLAIM_NEG_RE.finditer(clause)]
    if not said:
        return None
    pieces = _pieces(clause)
    found = [(i, sign, words) for i in ranked for sign, words in _signed(source.sentences[i].text, source)]
    for match, sign in said:
        start = next((a for a, b in pieces if a <= match.start() < b), 0)
        end = next((b for a, b in pieces if a < match.end() <= b), len(clause))  # "the more ..., the more": both
        words = frozenset(topic_words(source.expand(clause[start:end]))) - _WEAK
        shared = [(len(words & w), i, s) for i, s, w in found if len(words & w) >= 2]
        if not shared:
            continue
        best = max(n for n, _, _ in shared)
        top = [(i, s) for n, i, s in shared if n == best]
        if all(s != sign for _, s in top):
            i = top[0][0]
            word = next(_word_of(m) for m in _SOURCE_RE.finditer(source.sentences[i].text) if _sign_of(m) != sign)
            return SignFlip(" ".join(match.group().split()), word.lower(), i)
    return None
