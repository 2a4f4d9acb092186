"""Works named again without a year: "Isles et al.'s series", "Rey and colleagues studied", "Cherrier's group".

Writers give the year at a study's first mention and drop it after ("In Fox's New Zealand series, ..."), so a claim
made there was never checked. A yearless mention is read as a citation only when it leaves no doubt which work it
names: a work of those authors the manuscript cites with a year (the nearest such citation before it, else the one
after it), or, for "et al." and "and colleagues" (which only authors take), the one work of those authors in the
library. Anything less is left alone: a surname is an eponym, a place or a word as often as an author ("Crohn's
cohort", "Fox's"), and a bare name with a verb ("Young found") is a citation only where the writer has already cited
that author with a year.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass

from evidence.check.authoryear import (
    APOS,
    ETAL,
    NAME,
    SEP,
    STUDY_NOUNS,
    clean_authors,
    strip_leading_words,
    valid_names,
)
from evidence.check.citations import Citation, prose_text
from evidence.check.manuscript import Manuscript
from evidence.check.results import RESOLVED, CitationResult
from evidence.model import Entry

_COLLEAGUES = r"\s+(?:and|&)\s+(?:colleagues|co-?workers|collaborators|associates|coauthors|co-authors)"
_NAME2 = r"(?:" + NAME + r")"
_NOT_DATED = r"(?![.\s]*[" + APOS + r"]?s?,?\s*[(\[]?\s*(?:(?:1[5-9]|20)\d\d[a-z]?|n\.\s?d\.|in\s+press)\b)"
_BEFORE = r"(?<![\w\-" + APOS + r"@])"
#: "Isles et al.", "Rey and colleagues", "Davison and colleagues'", "Drohan et al.'s": only authors are "et al."
_GROUP_RE = re.compile(_BEFORE + r"(?P<authors>" + NAME + r"(?:" + SEP + _NAME2 + r")*(?:" + ETAL + r"|" + _COLLEAGUES
                       + r"))" + _NOT_DATED)
_VERBS = (r"(?:found|find|finds|reported|reports|report|showed|shows|observed|observes|studied|studies|compared|"
          r"compares|measured|measures|noted|notes|described|describes|demonstrated|demonstrates|concluded|concludes|"
          r"suggested|suggests|proposed|examined|examines|investigated|investigates|recorded|detected|estimated|"
          r"identified|treated|followed|gave|saw|used|obtained|assessed|analysed|analyzed|evaluated|tested|made|"
          r"confirmed|documented|described|argued|warned|calculated|enrolled|recruited|randomi[sz]ed)")
_TEAM = (r"(?:" + STUDY_NOUNS + r"|(?i:group|team|laborator(?:y|ies)|lab|unit|clinic|patients|subjects|volunteers|"
         r"cases|samples|experience|measurements?|hybridi[sz]ation|method|technique|protocol))")
#: "Cherrier's group", "Fox's New Zealand series", "Nisula and Stolk's volunteers", "Ingjer found",
#: "according to Olding-Stenkvist and Grandien": read only as a return to a work cited with a year.
_NAMED_RE = re.compile(
    _BEFORE + r"(?P<authors>" + NAME + r"(?:\s+(?:and|&)\s+" + _NAME2 + r")?)"
    r"(?:[" + APOS + r"]s?\s+(?:[\w-]+\s+){0,3}?" + _TEAM + r"\b"
    r"|\s+(?:(?:also|further|later|then|previously|first|subsequently|similarly|likewise)\s+)?" + _VERBS + r"\b)"
    r"|(?i:according\s+to)\s+(?P<after>" + NAME + r"(?:\s+(?:and|&)\s+" + _NAME2 + r")?)" + _NOT_DATED + r"\b"
)

Graded = Callable[[Citation], list[tuple[int, Entry]]]


@dataclass(frozen=True)
class _Mention:
    start: int
    end: int
    authors: tuple[str, ...]
    et_al: bool
    strong: bool  # "et al."/"and colleagues": may name the library's one work of those authors


def _mentions(text: str, limit: int, taken: list[tuple[int, int]]) -> list[_Mention]:
    starts = [s for s, _ in taken]

    def inside(start: int, end: int) -> bool:
        i = bisect.bisect_right(starts, end) - 1
        while i >= 0 and taken[i][1] > start - 200:
            if taken[i][0] < end and start < taken[i][1]:
                return True
            i -= 1
        return False

    found: dict[int, _Mention] = {}
    for regex, strong in ((_GROUP_RE, True), (_NAMED_RE, False)):
        for match in regex.finditer(text, 0, limit):
            group = "authors" if match.group("authors") else "after"
            raw = match.group(group)
            names, et_al = clean_authors(raw)
            names = strip_leading_words(names, et_al)
            if not valid_names(names, et_al) or names[0] not in raw:
                continue
            start = match.start(group) + raw.find(names[0])
            end = match.end(group)
            if start in found or inside(start, end):
                continue
            found[start] = _Mention(start, end, names, et_al, strong)
    return [found[s] for s in sorted(found)]


def _dated(results: list[CitationResult]) -> list[CitationResult]:
    return [r for r in results if r.status == RESOLVED and r.entry is not None and r.citation.year is not None
            and r.citation.style in ("narrative", "parenthetical")]


#: A sentence's end: a stop before a capital or a bracket ("et al. Lee" is not one), or a blank line.
_SENTENCE_END_RE = re.compile(r"(?<!\bal)[.!?](?=\s+[A-Z(\[])|\n[ \t]*\n")


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the sentence around ``text[start:end]`` (at most 400 characters either side)."""
    left = max(0, start - 400)
    for match in _SENTENCE_END_RE.finditer(text, left, start):
        left = match.end()
    after = _SENTENCE_END_RE.search(text, end, end + 400)
    return left, (after.start() if after else end + 400)


def _cited_in_sentence(text: str, mention: _Mention, entry: Entry, results: list[CitationResult]) -> bool:
    """The sentence cites the work, or its first author, already: the mention is part of that citation ("Tanaka and
    Brandt described three phases (Tanaka and Brandt, 2011a; 2011b)", "Rao and colleagues[7]")."""
    low, high = _sentence(text, mention.start, mention.end)
    first = mention.authors[0].casefold()
    return any(low <= r.citation.start < high and (r.entry is entry or bool(r.citation.authors)
                                                    and r.citation.authors[0].casefold() == first)
               for r in results)


def find_mentions(manuscript: Manuscript, results: list[CitationResult], graded: Graded) -> list[CitationResult]:
    """The yearless mentions of works ``results`` (the manuscript's resolved citations) or the library leave no
    doubt about, resolved; ``graded`` gives the library's works of a citation's authors with their fit (2 best)."""
    text, limit = prose_text(manuscript)
    taken = sorted((r.citation.start, r.citation.end) for r in results)
    dated = _dated(results)
    next_group = max((r.citation.group for r in results), default=0)
    out: list[CitationResult] = []
    for mention in _mentions(text, limit, taken):
        line, column = manuscript.position(mention.start)
        next_group += 1
        citation = Citation("narrative", " ".join(text[mention.start:mention.end].split()), mention.start,
                            mention.end, line, column, next_group, authors=mention.authors, et_al=mention.et_al)
        works = {id(e): (q, e) for q, e in graded(citation)}
        if not works:
            continue
        entry = _returned_to(mention, dated, works) or (_only(works) if mention.strong else None)
        if entry is not None and not _cited_in_sentence(text, mention, entry, results):
            out.append(CitationResult(citation, RESOLVED, entry))
    return out


def _returned_to(mention: _Mention, dated: list[CitationResult], works: dict[int, tuple[int, Entry]]
                 ) -> Entry | None:
    """The work of these authors cited with a year nearest before the mention, else the first after it."""
    before = [r for r in dated if id(r.entry) in works and r.citation.start < mention.start]
    if before:
        return before[-1].entry
    after = [r for r in dated if id(r.entry) in works]
    return after[0].entry if after else None


def _only(works: dict[int, tuple[int, Entry]]) -> Entry | None:
    best = max(q for q, _ in works.values())
    top = [e for q, e in works.values() if q == best]
    return top[0] if len(top) == 1 else None
