"""Works named again without a year: "Isles et al.'s series", "Rey and colleagues studied", "Cherrier's group".

Writers give the year at a study's first mention and drop it after ("In Fox's New Zealand series, ..."), so a claim
made there was never checked. A yearless mention is read as a citation only when it leaves no doubt which work it
names: the work of those authors the manuscript cited shortly before (the nearest such citation, with a year or a key),
or, for "et al." and "and colleagues" (which only authors take), the one work of those authors in the library. Anything
less is left alone: a surname is an eponym, a place or a word as often as an author ("Crohn's disease", "Cox's
proportional hazards analysis", "Case notes"), so a bare name is read only as a return to a work cited with a year in
the last few paragraphs, and never in a numbered manuscript (there the number is the citation), after a title ("Dr
Chen and colleagues"), in acknowledgements, or where the writer's own dated citation of those authors found no work.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass

from evidence.check.authoryear import (
    APOS,
    COLLEAGUES,
    ETAL,
    NAME,
    SEP,
    STUDY_NOUNS,
    clean_authors,
    strip_leading_words,
    valid_names,
)
from evidence.check.citations import Citation, find_reference_list, prose_text
from evidence.check.manuscript import Manuscript
from evidence.check.results import RESOLVED, CitationResult
from evidence.identity import surname_key
from evidence.model import Entry

#: Not a yearless mention: a year follows ("Yu et al. 2010a", "Lee et al.'s (2015)") or a note that there is no
#: published work ("Chen et al. (unpublished data)"), or a reference number ("Lee et al. [2]", "Lee et al.^2^").
_NOT_DATED = (r"(?![.\s]*[" + APOS + r"]?s?,?\s*[(\[]?\s*(?:(?:1[5-9]|20)\d\d[a-z]?|n\.\s?d\.|in\s+press)\b)"
              r"(?![.\s]*[" + APOS + r"]?s?\s*\(\s*(?:unpublished|personal|submitted|in\s+preparation|manuscript|"
              r"data\s+not\s+shown|pers\.)\b)"
              r"(?![.\s]*[" + APOS + r"]?s?\s*(?:\[\s*\d|\^\d|<sup>|\(\s*\d{1,3}\s*(?:[,\u2013-]\s*\d{1,3}\s*)*\)))")
_BEFORE = r"(?<![\w\-" + APOS + r"@])(?<!\bDr\s)(?<!\bDr\.\s)(?<!\bProf\s)(?<!\bProf\.\s)(?<!\bProfessor\s)" \
          r"(?<!\bMr\s)(?<!\bMs\s)(?<!\bMrs\s)(?<!\bSir\s)(?<!\bDame\s)"
#: "Isles et al.", "Rey and colleagues", "Davison and colleagues'", "Drohan et al.'s": only authors are "et al."
_GROUP_RE = re.compile(_BEFORE + r"(?P<authors>" + NAME + r"(?:" + SEP + NAME + r")*(?:" + ETAL + r"|" + COLLEAGUES
                       + r"))" + _NOT_DATED)
#: Verbs of a study's report, in the past only ("Case studies", "Field notes", "Price measures" are nouns).
_VERBS = (r"(?:found|reported|showed|observed|studied|compared|measured|noted|described|demonstrated|concluded|"
          r"suggested|proposed|examined|investigated|recorded|detected|estimated|identified|treated|followed|saw|"
          r"obtained|assessed|analysed|analyzed|evaluated|tested|confirmed|documented|argued|warned|calculated|"
          r"enrolled|recruited|randomi[sz]ed)")
#: What an eponym names, not a study ("Crohn's disease", "Cox's proportional hazards analysis", "Guy's Hospital").
_EPONYMIC = (r"(?:disease|diseases|syndrome|sign|law|test|tests|regression|model|hazards?|proportional|exact|"
             r"correction|criteria|classification|scale|score|index|hospital|institute|university|college|school|foundation|"
             r"centre|center|clinic|lymphoma|sarcoma|palsy|phenomenon|reflex|equation|theorem|principle|procedure|"
             r"operation|repair|technique|method|stain|solution|medium|fascia|ligament|canal|cells?)")
_TEAM = r"(?:" + STUDY_NOUNS + r"|(?i:group|team|laborator(?:y|ies)|lab))"
#: "Cherrier's group", "Fox's New Zealand series", "Nisula and Stolk's study", "Ingjer found", "according to
#: Olding-Stenkvist and Grandien": read only as a return to a work cited shortly before.
_NAMED_RE = re.compile(
    _BEFORE + r"(?P<authors>" + NAME + r"(?:\s+(?:and|&)\s+" + NAME + r")?)"
    r"(?:[" + APOS + r"]s?\s+(?:(?!" + _EPONYMIC + r"\b)[\w-]+\s+){0,3}?" + _TEAM + r"\b"
    r"|\s+(?:(?:also|further|later|then|previously|first|subsequently|similarly|likewise)\s+)?" + _VERBS + r"\b"
    r"(?!\s+(?:in|by|as|for|with|on|at)\s+(?:[\w-]+\s+){0,2}(?:was|were|is|are)\b))"  # ("Price reported in dollars
    # was converted": a participle)
    r"|(?i:according\s+to)\s+(?P<after>" + NAME + r"(?:\s+(?:and|&)\s+" + NAME + r")?)" + _NOT_DATED + r"\b"
)
_POSSESSIVE_RE = re.compile(r"[" + APOS + r"]s?(?![\w])")
#: Sections where names are people thanked or listed, not works cited.
_ASIDE_HEADING_RE = re.compile(r"^[ \t]*(?:#{1,6}[ \t]*|\\section\*?\{|\*\*)?[ \t]*(?:acknowledg(?:e)?ments?|funding|"
                               r"author(?:s'?)?\s+contributions?|conflicts?\s+of\s+interests?|competing\s+interests?|"
                               r"declarations?)\b", re.I | re.M)
_LATEX_BODY_RE = re.compile(r"\\begin\{document\}")
#: How far back a bare name may return to a work cited with a year or a key (a few paragraphs).
_RETURN_REACH = 3000

Graded = Callable[[Citation], list[tuple[int, Entry]]]


@dataclass(frozen=True)
class _Mention:
    start: int
    end: int
    authors: tuple[str, ...]
    et_al: bool
    strong: bool  # "et al."/"and colleagues": may name the library's one work of those authors


def _prose_window(manuscript: Manuscript, text: str, limit: int) -> tuple[int, int]:
    """Where cited prose may be: after a LaTeX preamble, before acknowledgements and the reference list."""
    low = 0
    if manuscript.kind == "latex" and (body := _LATEX_BODY_RE.search(text)):
        low = body.end()
    aside = _ASIDE_HEADING_RE.search(text, low, limit)
    return low, aside.start() if aside else limit


def _mentions(text: str, low: int, high: int, taken: list[tuple[int, int]]) -> list[_Mention]:
    starts = [s for s, _ in taken]
    reach = max((e - s for s, e in taken), default=0)

    def inside(start: int, end: int) -> bool:
        i = bisect.bisect_left(starts, end) - 1
        while i >= 0 and starts[i] >= start - reach:
            if taken[i][0] < end and start < taken[i][1]:
                return True
            i -= 1
        return False

    found: dict[int, _Mention] = {}
    for regex, strong in ((_GROUP_RE, True), (_NAMED_RE, False)):
        for match in regex.finditer(text, low, high):
            group = "authors" if match.group("authors") else "after"
            raw = match.group(group)
            names, et_al = clean_authors(raw)
            names = strip_leading_words(names, et_al)
            if not valid_names(names, et_al) or names[0] not in raw:
                continue
            start = match.start(group) + raw.find(names[0])
            end = match.end(group)
            possessive = _POSSESSIVE_RE.match(text, end)
            end = possessive.end() if possessive else end  # "Fox's series": the citation is "Fox's"
            if start in found or inside(start, end):
                continue
            found[start] = _Mention(start, end, names, et_al, strong)
    return [found[s] for s in sorted(found)]


#: A sentence's end: a stop before a capital or a bracket ("et al. Lee" is not one), or a blank line.
_SENTENCE_END_RE = re.compile(r"(?<!\bal)[.!?](?=\s+[A-Z(\[])|\n[ \t]*\n")


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the sentence around ``text[start:end]`` (at most 400 characters either side)."""
    left = max(0, start - 400)
    for match in _SENTENCE_END_RE.finditer(text, left, min(len(text), start + 2)):
        if match.end() > start:
            break
        left = match.end()
    after = _SENTENCE_END_RE.search(text, end, end + 400)
    return left, (after.start() if after else end + 400)


class _Cited:
    """The manuscript's citations by position, for the questions a mention asks of them."""

    def __init__(self, results: list[CitationResult]) -> None:
        self.results = sorted(results, key=lambda r: r.citation.start)
        self.starts = [r.citation.start for r in self.results]

    def add(self, result: CitationResult) -> None:
        i = bisect.bisect_left(self.starts, result.citation.start)
        self.starts.insert(i, result.citation.start)
        self.results.insert(i, result)

    def between(self, low: int, high: int) -> list[CitationResult]:
        return self.results[bisect.bisect_left(self.starts, low):bisect.bisect_left(self.starts, high)]

    def anchor(self, mention: _Mention, works: dict[int, tuple[int, Entry]], reach: int) -> CitationResult | None:
        """The nearest citation before the mention (within ``reach``) that names one of ``works``, the work the writer
        returns to, or that cites the same first author and found no work (the writer means that one)."""
        key = surname_key(mention.authors[0])
        for r in reversed(self.between(max(0, mention.start - reach), mention.start)):
            if r.citation.year is None and r.citation.key is None:
                continue  # another yearless mention, or a number
            if r.entry is not None and id(r.entry) in works:
                return r
            if r.entry is None and r.citation.authors and surname_key(r.citation.authors[0]) == key:
                return r  # the writer's dated citation of these authors found no work: it is the one meant
        return None


def find_mentions(manuscript: Manuscript, results: list[CitationResult], graded: Graded) -> list[CitationResult]:
    """The yearless mentions of works ``results`` (the manuscript's citations, resolved) or the library leave no
    doubt about, resolved; ``graded`` gives the library's works of a citation's authors with their fit (2 best)."""
    if find_reference_list(manuscript):
        return []  # a numbered manuscript: "Lee et al. [2] showed" is cited by its number
    text, limit = prose_text(manuscript)
    low, high = _prose_window(manuscript, text, limit)
    cited = _Cited(results)
    next_group = max((r.citation.group for r in results), default=0)
    works_of: dict[tuple[tuple[str, ...], bool], dict[int, tuple[int, Entry]]] = {}
    out: list[CitationResult] = []
    for mention in _mentions(text, low, high, sorted((r.citation.start, r.citation.end) for r in results)):
        line, column = manuscript.position(mention.start)
        citation = Citation("narrative", " ".join(text[mention.start:mention.end].split()), mention.start,
                            mention.end, line, column, next_group + 1, authors=mention.authors, et_al=mention.et_al)
        asked = (mention.authors, mention.et_al)
        if asked not in works_of:
            graded_works = graded(citation)
            best = max((q for q, _ in graded_works), default=0)
            works_of[asked] = {id(e): (q, e) for q, e in graded_works if q == best}  # "Smith et al." is not Smith's
            # one-author paper when the library has Smith's three-author one
        works = works_of[asked]
        if not works:
            continue
        anchor = cited.anchor(mention, works, _RETURN_REACH if not mention.strong else len(text))
        if anchor is not None:
            entry = anchor.entry if anchor.entry is not None and id(anchor.entry) in works else None
        else:
            entry = _only(works) if mention.strong else None
        if entry is None or _cited_in_sentence(text, mention, entry, cited):
            continue
        next_group += 1
        result = CitationResult(citation, RESOLVED, entry)
        out.append(result)
        cited.add(result)
    return out


def _cited_in_sentence(text: str, mention: _Mention, entry: Entry, cited: _Cited) -> bool:
    """The sentence cites the work, or its first author, already (a mention found before included): the mention is
    part of that citation ("Tanaka and Brandt described three phases (Tanaka and Brandt, 2011a; 2011b)", "In Fox's
    series, as Fox observed")."""
    low, high = _sentence(text, mention.start, mention.end)
    key = surname_key(mention.authors[0])
    return any(r.entry is entry or bool(r.citation.authors) and surname_key(r.citation.authors[0]) == key
               for r in cited.between(low, high) if r.citation.start != mention.start)


def _only(works: dict[int, tuple[int, Entry]]) -> Entry | None:
    top = [e for _, e in works.values()]
    return top[0] if len(top) == 1 else None
