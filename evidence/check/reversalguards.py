"""Abstract words of change that are not the claim's finding: what the claim itself says stayed the same, a "no
difference" between two sides the claim never names or said of the healthy where the claim speaks of patients, and
what another agent stopped.

``direction`` drops these before it pairs a claim's word of change with the abstract's.
"""

from __future__ import annotations

import re

from evidence.check.cues import Cue
from evidence.check.cuewords import BY_RE, DOWN
from evidence.check.source import SourceText, stem, topic_words, word_set

_INDUCED_RE = re.compile(r"\b[\w()+-]+-(?:induced|stimulated|evoked|mediated)\b", re.I)


_WITHOUT_RE = re.compile(r"\bwithout\s+(?:\w+ly\s+)?(?:chang|affect|alter)\w*\s+((?:[\w-]+\s*){1,4})|"
                         r"\bleav(?:e|es|ing)\s+((?:[\w-]+\s+){1,3}?)(?:alone|unchanged|unaffected|intact)\b", re.I)


def left_alone(clause: str, cue: Cue) -> bool:
    """"Tripled the sites without changing binding affinity" against "... with no effect on binding affinity": the
    claim says itself what stayed the same."""
    return any(topic_words(m.group(1) or m.group(2)) & cue.context for m in _WITHOUT_RE.finditer(clause))


_AS_RE = re.compile(r"\bas\s+(?!(?:well|expected|shown|a\s+result|such|reported|described|predicted|noted|"
                    r"seen|in|with|for|of)\b)(?:(?:the|its|their|a|an)\s+)?(?:[\w'\u2019-]+\s+){1,5}$", re.I)


#: "The more severe the atrophy, the fewer cells": the first comparative is the condition, the second the finding.
_THE_MORE_RE = re.compile(r"(?:^|[,;:]\s|\bthat\s)the\s+(?:more|less|higher|lower|greater|larger|smaller|longer|"
                          r"shorter|fewer|older|younger)\b[^,;]{1,80},\s+the\s+"
                          r"(?P<second>more|less|fewer|better|worse|[a-z]+er)\b", re.I)  # (the second half opens
# with a comparative too: "the higher dose reduced cure, the lower dose did not" is no pair)


def as_condition(clause: str, cue: Cue, others: list[Cue]) -> bool:
    """"Its effectiveness seems to shrink [as the liver's iron load grows]": the second change is what the first
    goes with, not a finding of its own (the first, "shrink", is the claim's finding); likewise the first half of
    "the more severe the atrophy, the fewer the cells"."""
    start = cue.end - len(cue.word)
    found = _AS_RE.search(clause, 0, start)
    if found is not None and any(o.end <= found.start() for o in others if o is not cue):
        return True
    return any(m.start() <= start < m.start("second") and any(o.end - len(o.word) >= m.start("second")
                                                              for o in others if o is not cue)
               for m in _THE_MORE_RE.finditer(clause))


_BETWEEN_RE = re.compile(r"\bbetween\s+(?:the\s+)?((?:(?!and\b)[\w-]+\s+){1,5}?)and\s+(?:the\s+)?((?:[\w-]+\s*){1,5})",
                         re.I)
_SIDE_WORDS = frozenset(stem(w) for w in word_set("""group groups arm arms cohort cohorts two both patients cases
    subjects participants treatment treatments"""))


def between_others(cue: Cue, source: SourceText, claim_words: set[str]) -> bool:
    """"No difference in tears between the first half and second half of laser cases" against "more tears after
    laser than after conventional surgery": the abstract's "no difference" compares two sides the claim never
    names."""
    text = source.sentences[cue.sentence].text
    between = _BETWEEN_RE.search(text, cue.end)
    if between is None:
        return False
    sides = [topic_words(re.split(r"\s(?:of|in|at|with|among|for|after|during)\s|[,;:()]", f"{side} ")[0]) - _SIDE_WORDS
             for side in between.groups()]  # ("between the first half and second half [of laser cases]")
    return all(sides) and not any(side & claim_words for side in sides)


def stopped_by_other(cue: Cue, source: SourceText, claim_words: set[str]) -> bool:
    """"Histamine-induced IL-6 release was inhibited by fexofenadine" against "histamine raised IL-6 release": an
    agent the claim never names stopped what the inducer raised."""
    text = source.sentences[cue.sentence].text
    agent = re.match(r"[^.;]{0,80}?(?=\s+by\s)" + BY_RE.pattern + r"((?:(?!(?:was|were|is|are|and|but|which|that)\b)"
                     r"[\w()+-]+\s*){1,6})", text[cue.end:], re.I)  # an agent, not an amount ("by 40%");
    # ("inhibition of histamine-induced release by fexofenadine")
    return cue.polarity == DOWN and agent is not None and bool(_INDUCED_RE.search(
        text, max(0, cue.end - 140), cue.end + agent.start(1))) and not topic_words(agent.group(1)) & claim_words


_HEALTHY_OPENING_RE = re.compile(r"(?:in|among|for)\s+(?:the\s+)?(?:(?:healthy|normal)\s+(?:subjects|volunteers|"
                                 r"controls|individuals|people|persons|adults|men|women|children|limbs|eyes|donors|rats|"
                                 r"mice)|normals|controls)\b(?!\s+and\b)(?![^,.;]*\b(?:patients|cases)\b)", re.I)
# (not "In the control group", an arm of patients, nor "In normal weight patients", "In healthy volunteers and in
# patients with X")
_PATIENTS_RE = re.compile(r"\b(?:patients|cases|sufferers)\b|\bwith\s+(?:[\w-]+\s+){0,3}(?:disease|disorder|syndrome|"
                          r"failure|cancer|infection|insufficiency)\b", re.I)
_HEALTHY_RE = re.compile(r"\b(?:healthy|normal|normals|controls?|volunteers)\b", re.I)


def of_the_healthy(clause: str, cue: Cue, source: SourceText) -> bool:
    """"In healthy limbs the first and peak flows ... are similar" against a claim of "higher flows in patients with
    arterial disease": the sentence's "no difference" is the healthy group's, opened so, and the claim speaks of
    patients only."""
    return bool(_HEALTHY_OPENING_RE.match(source.sentences[cue.sentence].text) and _PATIENTS_RE.search(clause)
                and not _HEALTHY_RE.search(clause))


_CONCEDING_RE = re.compile(r"\b(?:although|though|even\s+if)\s+(?P<said>[^,;:()]{3,80}?)\s*$", re.I)
_PRONOUN_RE = re.compile(r"(?:it|they|he|she)\b|(?:this|these|that|those)\s+(?:was|were|is|are|had|has|did|do|does|"
                         r"remained|remains|stayed)\b", re.I)  # ("it remained unchanged"; not "these conditions")


def conceded_aside(cue: Cue, source: SourceText, claim_words: set[str]) -> bool:
    """"Although these technical conditions remained unchanged, the SI reduced the infection rate": a likeness the
    sentence concedes of a thing the claim never names (in any form, abbreviations spelled out; not a pronoun, which
    may stand for the claim's thing), before a finding of the claim's own in the rest of the sentence."""
    text = source.sentences[cue.sentence].text
    opened = _CONCEDING_RE.search(text, 0, cue.end - len(cue.word))
    if opened is None or _PRONOUN_RE.match(opened.group("said")):
        return False
    said = topic_words(source.expand(opened.group("said")))
    initials = "".join(w[0] for w in re.findall(r"[^\W\d_]+", opened.group("said")) if len(w) > 2).lower()
    if any(len(w) > 1 and w in initials for w in claim_words):
        return False  # "lowered MAP" where "although mean arterial pressure did not change"
    rest = text[opened.end():]
    rest = rest[rest.find(",") + 1:] if "," in rest else ""
    return bool(said) and not said & claim_words and len(topic_words(source.expand(rest)) & claim_words) >= 2
