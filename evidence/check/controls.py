"""Who a finding was compared with, told apart by a qualifier: "hospital controls" where the study had "friend
controls", "pulmonary fibrosis alone" where it compared "emphysema-only patients", "a comparison of hook wire and
dye marking" where the abstract never names dye.

``comparators.unknown_comparator`` asks whether the words after "compared with" are in the abstract; a writer who
swaps one qualifier keeps the other words, which the abstract has, so these read the qualifier itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from evidence.check.source import STOP_WORDS, SourceText, stem, topic_words, word_set

_CONTROL_RE = re.compile(r"\b(?P<mod>[a-z][\w-]*)\s+(?:controls|control\s+(?:group|groups|subjects|participants|"
                         r"patients|individuals|cases))\b(?!\s+(?:the|a|an|its|their|for|how|whether)\b)", re.I)
# ("glycaemic control" and "LMTK3 controls the ..." name no comparison group)
#: Qualifiers that say how controls were chosen or what they were not, not who they were.
_NOT_A_KIND = word_set("""matched unmatched healthy normal the their and or with of as to in than against versus vs
    placebo sham usual standard negative positive appropriate respective corresponding equal same similar
    concurrent historical external internal""") | STOP_WORDS
_ALONE_RE = re.compile(r"\b(?P<what>(?:[\w-]+\s+){1,3}?)alone\b|\b(?P<what2>[\w]+)-only\b|"
                       r"\bisolated\s+(?:(?:findings?|forms?|cases?|presentations?)\s+of\s+)?(?P<what3>[\w-]+)", re.I)
_COMPARISON_OF_RE = re.compile(r"\bcompar(?:ison|isons|ing|ed)\s+(?:of\s+)?(?P<a>(?:[\w-]+\s+){1,4}?)(?:and|with|"
                               r"versus|vs\.?|to)\s+(?P<b>(?:[\w-]+\s*){1,4})", re.I)


@dataclass(frozen=True)
class OtherSide:
    said: str  # the claim's words: "hospital controls"
    theirs: str  # the abstract's: "friend controls", or "" where it names nothing in their place
    sentence: int


def find_other_side(clause: str, source: SourceText, ranked: list[int]) -> OtherSide | None:
    """The claim's comparison group, told by a qualifier the abstract never uses for it."""
    return _other_controls(clause, source) or _other_alone(clause, source, ranked) or _unknown_side(
        clause, source, ranked)


def _everywhere(source: SourceText) -> str:
    return source.derived("lower", lambda: " ".join(s.text for s in source.sentences).lower())


def _other_controls(clause: str, source: SourceText) -> OtherSide | None:
    """"Hospital controls" where the abstract has "friend controls" and never says "hospital"."""
    text = _everywhere(source)
    for match in _CONTROL_RE.finditer(clause):
        mod = match.group("mod").lower()
        said = r"[\s-]".join(re.escape(part) for part in mod.split("-")) if "-" in mod else re.escape(mod[:5])
        if mod in _NOT_A_KIND or re.search(r"\b" + said, text):
            continue  # (a hyphenated qualifier in full: "pain-free controls" for the abstract's "pain free controls")
        for i, sentence in enumerate(source.sentences):
            other = next((m for m in _CONTROL_RE.finditer(sentence.text)
                          if m.group("mod").lower() not in _NOT_A_KIND), None)
            if other is not None:
                return OtherSide(" ".join(match.group().split()), " ".join(other.group().split()), i)
    return None


def _alone(text: str) -> list[tuple[str, str]]:
    """(the thing on its own, as written) for "fibrosis alone", "emphysema-only", "isolated emphysema"."""
    out = []
    for match in _ALONE_RE.finditer(text):
        what = match.group("what") or match.group("what2") or match.group("what3") or ""
        words = [w for w in what.lower().split() if w not in STOP_WORDS]
        if words:
            surface = match.group().split()
            while len(surface) > 2 and surface[0].lower() in STOP_WORDS:
                surface = surface[1:]  # "pulmonary fibrosis alone", not "with pulmonary fibrosis alone"
            out.append((stem(words[-1]), " ".join(surface)))
    return out


def _other_alone(clause: str, source: SourceText, ranked: list[int]) -> OtherSide | None:
    """"Than patients with pulmonary fibrosis alone" where the abstract's comparison is "emphysema-only
    patients" (the claim's "alone" must follow a comparison word: "than", "compared with", "versus")."""
    start = re.search(r"\b(?:than|compared\s+(?:with|to)|versus|vs\.?|against)\s", clause, re.I)
    said = _alone(clause[start.end():]) if start else []
    if not said:
        return None
    order = list(dict.fromkeys([*ranked, *range(len(source.sentences))]))  # the sentence nearest the claim first
    theirs = [(i, thing, surface) for i in order for thing, surface in _alone(source.sentences[i].text)]
    for thing, surface in said:
        if not theirs or any(t == thing or thing in source.claim_words(t) for _, t, _ in theirs):
            continue  # ("chemoradiation alone" meets "CRT alone" where CRT is spelled out)
        i, _, other = theirs[0]
        return OtherSide(surface, other, i)
    return None


def _unknown_side(clause: str, source: SourceText, ranked: list[int]) -> OtherSide | None:
    """"A comparison of hook-wire and dye marking" where the abstract never names dye: one side is unknown."""
    everywhere = source.all_words
    for match in _COMPARISON_OF_RE.finditer(clause):
        side = re.split(r"[,;:()]|\s(?:found|showed|in|among|for|at|by)\s", match.group("b"))[0]
        words = {w for w in topic_words(side)} - _GENERIC
        if words and not words & everywhere:
            shown = ranked[0] if ranked else 0
            return OtherSide(" ".join(side.split()), "", shown)
    return None


_GENERIC = frozenset(stem(w) for w in word_set("""marking method methods technique techniques approach approaches
    treatment treatments therapy therapies group groups arm arms procedure procedures"""))
