"""A word and its negated twin: "complete spinal cord injury" where the abstract's patients had "incomplete
spinal cord injury", "palpable breast masses" for "nonpalpable breast lesions", "stable angina" for "unstable".

One prefix turns a group into its opposite, and every other word of the phrase stays the same, so a check of
which words the abstract uses passes it. Here a claim's word and the word after it are looked up in the abstract
with the prefix added or taken away; the twin counts only when the abstract never uses the claim's own word.
"""

from __future__ import annotations

import re

from evidence.check.source import STOP_WORDS, SourceText

_PREFIX = r"(?:non-?|un|in|im|ir)"
_PAIR_RE = re.compile(r"\b(" + _PREFIX + r")?([a-z]{4,})[\s-]+([a-z]{3,})\b", re.I)


def _said(pattern: str, texts: list[str]) -> int | None:
    regex = re.compile(pattern, re.I)
    return next((i for i, text in enumerate(texts) if regex.search(text)), None)


def negated_twin(clause: str, source: SourceText) -> tuple[str, str, int] | None:
    """The claim's phrase, the abstract's twin of it with the prefix added or removed, and its sentence."""
    texts = [s.text for s in source.sentences]
    lowered = clause.lower()
    for match in _PAIR_RE.finditer(clause):
        prefix, word, after = (g.lower() if g else "" for g in match.groups())
        if after in STOP_WORDS or word in STOP_WORDS:
            continue
        tail = rf"[\s-]+{re.escape(after)}\b"
        if prefix:
            twin = rf"\b(?<!non-)(?<!non){re.escape(word)}{tail}"
            ours = rf"\b{re.escape(prefix)}{re.escape(word)}\b"
        else:
            twin = rf"\b{_PREFIX}{re.escape(word)}{tail}"
            ours = rf"\b(?<!non-)(?<!non){re.escape(word)}\b"
        if re.search(twin, lowered):
            continue  # "treated and untreated patients": the claim names both
        if _said(ours, texts) is not None:
            continue  # the abstract uses the claim's word too ("protected bronchoalveolar lavage", "unprotected BAL")
        at = _said(twin, texts)
        if at is not None:
            found = re.search(twin, texts[at], re.I)
            assert found is not None
            return " ".join(match.group().split()), " ".join(found.group().split()), at
    return None

