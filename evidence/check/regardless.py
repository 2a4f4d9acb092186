"""A claim that an effect holds whatever X ("regardless of HER2 status", "irrespective of severity", "whatever
the tumour's ALK status") where the abstract studied one kind of X only, or warns against generalising.
"""

from __future__ import annotations

import re

from evidence.check.source import topic_words

_REGARDLESS_RE = re.compile(r"\b(?:regardless|irrespective)\s+of\s+(?P<a>(?:[\w'\u2019-]+\s+){0,4}?[\w'\u2019-]+)"
                            r"(?=\s*(?:[,;.()]|$|\s(?:and|or|in|of)\b))|"
                            r"\bwhatever\s+(?P<b>(?:[\w'\u2019-]+\s+){0,4}?[\w'\u2019-]+)(?=\s*(?:[,;.()]|$))", re.I)


def find_regardless(clause: str, texts: dict[int, str], ranked: list[int]) -> tuple[str, str, int] | None:
    """"Whatever the tumour's ALK status" where the abstract studied ALK-positive tumours; "regardless of how severe
    their psychopathology is" where it warns against generalising to any level of pathology."""
    found = _REGARDLESS_RE.search(clause)
    if found is None:
        return None
    words = topic_words(found.group("a") or found.group("b")) - _REGARDLESS_VAGUE
    for i in dict.fromkeys([*ranked, *texts]):  # the sentences nearest the claim first
        text = texts[i]
        marked = _MARKED_RE.search(text)
        if marked and topic_words(marked.group(1)) & words:
            if _both_sides(marked, text):
                return None  # "benefit was similar in HER2-positive and HER2-negative tumours"
            return (found.group(), f"the abstract speaks of {marked.group()} only", i)
        if _WARNED_RE.search(text) and (
                topic_words(text) & words or re.search(r"\b(?:regardless|irrespective)\s+of\b", text, re.I)):
            return (found.group(), "the abstract warns against generalising", i)
    return None


_WARNED_RE = re.compile(r"\b(?:not|cannot|caution\w*|limited|careful\w*|may\s+not)\b[^.;]{0,60}?\bgenerali[sz](?:e|ed|"
                        r"ing|ation|ability|able)\b|\bgenerali[sz](?:e|ed|ing|ation|ability|able)\b[^.;]{0,40}?\b(?:is|are)\s+"
                        r"(?:limited|uncertain|unclear|not)\b", re.I)  # ("the findings are generalizable": no warning)
_OPPOSITE = {"positive": "negative", "negative": "positive", "sensitive": "resistant", "resistant": "sensitive",
             "mutant": "wild", "mutated": "wild", "deficient": "proficient", "naive": "experienced"}


def _both_sides(marked: re.Match[str], text: str) -> bool:
    """"HER2-positive and HER2-negative tumours": the sentence covers both, so it restricts nothing."""
    other = _OPPOSITE.get(marked.group(2).lower(), "")
    return bool(re.search(rf"\b{re.escape(marked.group(1))}[-\s]{other}|(?:and|or)\s+-?{other}\b", text, re.I))


_MARKED_RE = re.compile(r"\b([\w-]+)-(positive|negative|mutant|mutated|deficient|naive|resistant|sensitive)\b", re.I)
_REGARDLESS_VAGUE = frozenset(topic_words("how what their its the level levels status type kind degree whether"))
