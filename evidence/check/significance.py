"""A claim's "significantly" against the abstract's own significance: a result reported as not significant
(P >= 0.05, "did not reach significance"), or the P value printed right after the claim's own outcome."""

from __future__ import annotations

import re

from evidence.check.quantities import Quantity
from evidence.check.source import topic_words

_SIGNIFICANT_RE = re.compile(r"\bsignificant(?:ly)?\b", re.I)
NONSIG_RE = re.compile(r"\b(?:not\s+(?:be\s+)?confirmed\s+statistically|not\s+(?:statistically\s+)?significant|"
                       r"not\s+reach\w*|did\s+not\s+reach|"
                       r"non-?significant|inconclusive|no\s+(?:statistically\s+)?significant|"
                       r"too\s+\w+\s+for\s+(?:a\s+)?(?:statistically\s+)?significan)", re.I)


def significance_unsupported(clause: str, top: list[int], texts: dict[int, str],
                             quantities: dict[int, list[Quantity]]) -> tuple[str, int] | None:
    """The claim's "significant(ly)" and the on-topic sentence that reports it as not significant, if one does."""
    significant = next((m for m in _SIGNIFICANT_RE.finditer(clause) if not re.search(
        r"\bwithout\s+(?:\w+\s+)?$", clause[:m.start()], re.I)), None)  # (not "without significantly changing")
    if not significant or re.search(r"\bnot\b|\bno\b|\bneither\b|\bsimilar", clause, re.I):
        return None
    for i in top[:2]:
        if (nonsignificant(texts[i], quantities.get(i, [])) and not _significant_part(clause, texts[i])) \
                or _own_p_value(clause, significant, texts[i]):
            return significant.group(), i
        if _SIGNIFICANT_RE.search(texts[i]) or re.search(r"\bp\s*[<\u2264]\s*0?\.0", texts[i], re.I):
            break  # the sentence nearest the claim reports it as significant: a later one speaks of another
    return None


_PARTS_RE = re.compile(r",?\s+(?:but|whereas|while)\s+|;\s+", re.I)


#: A P value in brackets right after what it is for: "a lower readmission rate (P = 0.06)".
_BRACKET_P_RE = re.compile(r"\(\s*p\s*(?P<op>[=<>\u2264\u2265]|&[lg]t;)\s*(?P<value>0?\.\d+)\s*[),;]", re.I)
#: Words of change and rate that any outcome shares: not what tells one outcome's P value from another's.
_P_NOISE = topic_words("reduce reduced reduces lower lowered higher increase increased improve improved better worse "
                       "more less fewer greater rate rates risk")


def _own_p_value(clause: str, significant: re.Match[str], text: str) -> bool:
    """"Significantly reduce readmissions" where the abstract lists its outcomes each with its own P value and the
    one right after the claim's outcome ("a lower readmission rate (P = 0.06)") is 0.05 or more."""
    after = topic_words(" ".join(clause[significant.end():].split()[:3])) - _P_NOISE
    if not after:
        return False
    start = 0
    for match in _BRACKET_P_RE.finditer(text):
        before = topic_words(text[max(start, match.start() - 50):match.start()])
        start = match.end()
        if before & after and match.group("op") in ("=", ">", "\u2265", "&gt;") and float(match.group("value")) > 0.05:
            return True
    return False



def _significant_part(clause: str, text: str) -> bool:
    """"Epidural anaesthesia shows a significantly lower rate than general (P=0.015), but local anaesthesia
    didn't show significance": the part of the sentence the claim speaks of is significant."""
    parts = _PARTS_RE.split(text)
    if len(parts) < 2:
        return False
    words = topic_words(clause)
    firm = set().union(*(topic_words(part) for part in parts
                         if _SIGNIFICANT_RE.search(part) and not NONSIG_RE.search(part)))
    other = set().union(*(topic_words(part) for part in parts if NONSIG_RE.search(part)))
    return bool(words & (firm - other)) and not words & (other - firm)  # (a claim naming what only the
    # non-significant part names, "local anaesthesia", is still asked)


def nonsignificant(text: str, quantities: list[Quantity]) -> bool:
    """The sentence reports its result as not significant (P >= 0.05, or in words)."""
    if NONSIG_RE.search(text):
        return True
    pvalues = [q for q in quantities if q.unit == "p"]
    if not pvalues:
        return False
    return all(q.value >= 0.05 and not re.search(r"[<\u2264]\s*$", text[:q.start + 1].rstrip(q.text[:1]))
               for q in pvalues) and not re.search(r"p\s*[<\u2264]", text, re.I)
