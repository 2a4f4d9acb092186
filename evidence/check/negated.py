"""A word and its negated twin: "complete spinal cord injury" where the abstract's patients had "incomplete
spinal cord injury", "palpable breast masses" for "nonpalpable breast lesions", "stable angina" for "unstable".

One prefix turns a group into its opposite, and every other word of the phrase stays the same, so a check of
which words the abstract uses passes it. Here a claim's word and the word after it are looked up in the abstract
with the prefix added or taken away; the twin counts only when the abstract never uses the claim's own word.
Only words a prefix really negates are read ("migrant" is not the opposite of "immigrant", nor "fusion" of
"infusion").
"""

from __future__ import annotations

import re

from evidence.check.source import STOP_WORDS, SourceText

#: After "un" or "non": a participle or an agent noun ("uninsured", "non-exposed", "nonusers"), where either prefix
#: says the same; comparators and comparisons read "uninsured" and "noninsured" as one group by it.
PARTICIPLE_AFTER_PREFIX = r"(?=[a-z]{4,}(?:ed|ing|ers?)\b)"

#: Words whose prefixed form is their opposite, by the prefixes that negate them.
_NEGATABLE = {
    "complete": "in", "palpable": "non", "resectable": "un", "operable": "in", "stable": "un", "treated": "un",
    "vaccinated": "un", "infected": "un", "exposed": "un", "invasive": "non", "symptomatic": "a",
    "controlled": "un", "responders": "non", "responsive": "un", "survivors": "non", "smokers": "non",
    "drinkers": "non", "users": "non", "diabetic": "non", "obese": "non", "pregnant": "non", "fertile": "in",
    "continent": "in", "adequate": "in", "effective": "in", "insured": "un", "employed": "un", "married": "un",
    "supervised": "un", "selected": "un", "adjusted": "un", "blinded": "un", "related": "un", "affected": "un",
    "metastatic": "non", "ambulatory": "non", "compliant": "non", "adherent": "non", "hodgkin": "non",
    "small": "non", "specific": "non", "fatal": "non", "significant": "non", "cirrhotic": "non",
    "alcoholic": "non", "hypertensive": "non", "functional": "non", "viable": "non", "surgical": "non",
}
_WORD_RE = re.compile(r"[^\W\d_]+")


#: Each negatable word and each negated form, to (base, prefix): "incomplete" -> ("complete", "in").
_TWINS = {**{base: (base, prefix) for base, prefix in _NEGATABLE.items()},
          **{prefix + base: (base, prefix) for base, prefix in _NEGATABLE.items()}}


def _twins(word: str) -> tuple[str, str] | None:
    """(base, prefix) when ``word`` is a negatable word or its negated form."""
    return _TWINS.get(word.lower())


def negated_twin(clause: str, source: SourceText) -> tuple[str, str, int] | None:
    """The claim's phrase, the abstract's twin of it with the prefix added or removed, and its sentence."""
    texts = [s.text for s in source.sentences]
    words = [(m.start(), m.end(), m.group()) for m in _WORD_RE.finditer(clause)]
    for (start, _, word), (_, end, after) in zip(words, words[1:], strict=False):  # each pair of neighbours
        found = _twins(word)
        low_after = after.lower()
        if found is None or low_after in STOP_WORDS or len(low_after) < 3:
            continue
        base, prefix = found
        negated = word.lower() != base
        ours = re.compile(rf"\b{re.escape(word)}\b" if negated else rf"(?<![\w-]){re.escape(base)}\b", re.I)
        twin = re.compile((rf"(?<![\w-]){re.escape(base)}" if negated else rf"\b{prefix}-?{re.escape(base)}")
                          + rf"[\s-]+{re.escape(low_after)}\b", re.I)
        if twin.search(clause) or any(ours.search(t) for t in texts):
            continue  # the claim names both ("treated and untreated"), or the abstract uses the claim's word too
        for i, text in enumerate(texts):
            hit = twin.search(text)
            if hit is not None:
                return " ".join(clause[start:end].split()), " ".join(hit.group().split()), i
    return None
