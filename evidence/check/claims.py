"""Finding the claim a citation supports: its sentence, and the clause of it that the citation backs."""

from __future__ import annotations

import bisect
import re

from evidence.check.citations import Citation
from evidence.check.manuscript import Manuscript
from evidence.check.sentences import WORD_RE, split_sentences


def find_claims(manuscript: Manuscript, citations: list[Citation]) -> dict[int, tuple[str, str]]:
    """For each citation group: (sentence, clause), citation text removed from the clause."""
    text = manuscript.text
    sentences = split_sentences(text, manuscript.kind)
    starts = [s for s, _ in sentences]
    groups: dict[int, Citation] = {}
    for citation in citations:
        groups.setdefault(citation.group, citation)
    spans = sorted((c.start, c.end, g) for g, c in groups.items())
    out: dict[int, tuple[str, str]] = {}
    for i, (start, end, group) in enumerate(spans):
        si = max(0, bisect.bisect_right(starts, start) - 1)
        s0, s1 = sentences[si] if sentences else (0, len(text))
        s1 = max(s1, end)
        prev_end = max([e for s, e, _ in spans[max(0, i - 3):i] if s >= s0] + [s0])
        next_start = min([s for s, _, _ in spans[i + 1:i + 4] if s < s1] + [s1])
        narrative = _is_narrative(groups[group], text[start:end])
        before = text[prev_end:start]
        goes_on = _GOES_ON_RE.match(text, end, next_start)  # "Owners in the study (Lee, 2024) filled in both forms"
        clause = text[prev_end:next_start] if narrative or goes_on or len(WORD_RE.findall(before)) < 3 \
            else text[prev_end:end]
        clause = _strip_cites_in(clause, prev_end, spans)
        if len([w for w in WORD_RE.findall(clause) if w.lower() not in _JOINING]) < 2:
            clause = _strip_cites_in(text[prev_end:s1], prev_end, spans)  # "Zanos et al. (2018) and Kishimoto et
            # al. (2016) reported ...": the two share what follows, the first is not "and"
        clause = re.sub(r"\s+([.,;:!?])(?!\d)", r"\1", " ".join(clause.split())).strip(" ,;")  # not ".972"
        clause = clause.lstrip(".!?) ")
        clause = _DANGLING_TAIL_RE.sub("", _DANGLING_LEAD_RE.sub("", clause)) or clause  # "According to [X], ..."
        out[group] = (" ".join(text[s0:s1].split()), clause)
    return out


#: Words left hanging where a citation stood: "According to (Smith, 2019), ketamine ...", "..., as shown by
#: [12]." The claim is what remains.
_DANGLING_LEAD_RE = re.compile(r"^(?:according\s+to|as\s+(?:shown|reported|noted|found|described)\s+by|per)\s*,\s*",
                               re.I)
_DANGLING_TAIL_RE = re.compile(r",?\s+as\s+(?:shows?|shown|reports?|reported|found|noted|described|suggests?|"
                               r"suggested)(?:\s+by)?\s*\.?$", re.I)
_JOINING = frozenset({"and", "or", "both", "as", "well", "also", "with", "the", "of", "by", "in", "a", "an"})
#: A sentence that runs on after a bracketed citation in its middle, with no clause break or conjunction: the
#: citation names the work of the subject before it, and the claim is the whole clause.
_GOES_ON_RE = re.compile(r"[ \t]+(?!(?:and|or|but|whereas|while|although|though|which|who|whose|as|than|yet|so|"
                         r"respectively)\b)[a-z]")


def _is_narrative(citation: Citation, raw: str) -> bool:
    """Narrative citations (``Berman et al. (2000) showed``) introduce the claim that follows."""
    if citation.style == "narrative":
        return True
    if citation.style == "pandoc":
        return not raw.startswith("[")
    if citation.style == "latex":
        return bool(re.match(r"\\(?:citet|textcite|Textcite|citeauthor|Citet|citealt)\b", raw))
    return False


def _strip_cites_in(segment: str, offset: int, spans: list[tuple[int, int, int]]) -> str:
    """Blank out citation spans that fall inside ``segment`` (which starts at ``offset``); ``spans``
    are sorted by start, so only those from a few before the segment on need a look."""
    chars = list(segment)
    end = offset + len(segment)
    first = max(0, bisect.bisect_left(spans, (offset, -1, -1)) - 4)
    for k in range(first, len(spans)):
        s, e, _ = spans[k]
        if s >= end:
            break
        if e <= offset:
            continue
        for pos in range(max(s, offset), min(e, end)):
            chars[pos - offset] = " "
    return "".join(chars)
