"""The manuscript check: resolve each citation, find its claim, rank the evidence, flag gaps.

Pure: it takes a ``Manuscript`` and a list of ``Entry`` and returns a ``CheckReport``.
Resolution follows APA author-count rules (two authors are named, three or more are
"et al."), so ``Zanos et al., 2018`` and ``Zanos & Gould, 2018`` reach different works.
Evidence is BM25 over the sentences of the cited title and abstract. Flags are prompts
for a human reader ("'1 week' not found in the abstract"), never verdicts.
"""

from __future__ import annotations

import bisect
import difflib
import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from evidence.check.citations import Citation, ReferenceItem, find_citations, find_reference_list
from evidence.check.manuscript import Manuscript
from evidence.identity import acronym, surname_key, surname_keys
from evidence.latex import to_text
from evidence.model import Entry, describe_notices, fold
from evidence.search.analysis import analyze
from evidence.vocab import TERM_GROUPS

RESOLVED, AMBIGUOUS, UNRESOLVED = "resolved", "ambiguous", "unresolved"

# -- small text helpers --------------------------------------------------------------

_ABBREV = {"al", "e.g", "i.e", "eg", "ie", "vs", "fig", "figs", "dr", "no", "cf", "p", "pp", "approx",
           "ca", "st", "mr", "mrs", "ms", "prof", "etc", "vol", "eq", "ref", "refs", "suppl", "jr", "sr"}
_BOUNDARY_RE = re.compile(r"[.!?][\"\u201d\u2019')\]]*\s+(?=[\"\u201c\u2018(\[]?[A-Z0-9\u00C0-\u00DE\\\\@])|\n[ \t]*\n\s*")
_WORD_RE = re.compile(r"[^\W_]+(?:[-'\u2019.][^\W_]+)*")
_LABEL_RE = re.compile(r"^[A-Z][A-Z &/,-]{2,40}:\s+")


_HEADING_RE = re.compile(
    r"(?m)^[ \t]{0,3}#{1,6}[ \t].*$"  # Markdown heading
    r"|^[ \t]*\\(?:part|chapter|(?:sub)*section|paragraph)\*?\{[^\n]*\}[ \t]*$"  # LaTeX sectioning
    r"|(?:\A|(?<=\n\n))[^\n.!?:;,]{1,60}(?=\n[A-Z])"  # a short unpunctuated line after a blank line
)


def _line_breaks(text: str, kind: str) -> list[int]:
    """Offsets where a line break ends a sentence: after headings, and after every paragraph
    of a .docx (each is its own line), so a heading is never glued onto the claim below it."""
    if kind == "docx":
        return [m.start() for m in re.finditer(r"\n", text)]
    ends: list[int] = []
    for m in _HEADING_RE.finditer(text):
        ends.extend(e for e in (m.start() - 1, m.end()) if 0 <= e < len(text) and text[e] == "\n")
    return sorted(set(ends))


def split_sentences(text: str, kind: str = "text") -> list[tuple[int, int]]:
    """Sentence spans: split after . ! ? before a capital, not after abbreviations or initials,
    and at the line breaks that end headings (see ``_line_breaks``)."""
    spans = _split_on_punctuation(text)
    breaks = _line_breaks(text, kind)
    if not breaks:
        return spans
    out: list[tuple[int, int]] = []
    for start, end in spans:
        cut = start
        for b in breaks[bisect.bisect_right(breaks, start):bisect.bisect_left(breaks, end)]:
            if text[cut:b].strip():
                out.append((cut, b))
            cut = b + 1
        if text[cut:end].strip():
            out.append((cut, end))
    return out


def _split_on_punctuation(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY_RE.finditer(text):
        if match.group()[0] == ".":
            before = re.search(r"([\w.]+)\.?$", text[max(start, match.start() - 12):match.start()])
            word = before.group(1).lower() if before else ""
            if word in _ABBREV or (len(word) == 1 and word.isalpha()) or word.endswith(".al"):
                continue
        end = match.start() + 1 if match.group()[0] in ".!?" else match.start()
        if text[start:end].strip():
            spans.append((start, end))
        start = match.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans


# -- BM25 ---------------------------------------------------------------------------


def bm25_scores(query: list[str], docs: list[list[str]], k1: float = 1.2, b: float = 0.75) -> list[float]:
    """Okapi BM25 of each tokenised doc for the query (idf floored at 0 by the +1 form)."""
    if not docs:
        return []
    n_docs = len(docs)
    avgdl = sum(len(d) for d in docs) / n_docs or 1.0
    df = Counter(t for d in docs for t in set(d))
    terms = set(query)
    scores = []
    for doc in docs:
        tf = Counter(doc)
        score = 0.0
        for term in terms:
            freq = tf.get(term)
            if not freq:
                continue
            idf = math.log(1 + (n_docs - df[term] + 0.5) / (df[term] + 0.5))
            score += idf * freq * (k1 + 1) / (freq + k1 * (1 - b + b * len(doc) / avgdl))
        scores.append(score)
    return scores


# -- specifics: terms, numbers, durations -------------------------------------------

_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                 "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15,
                 "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100, "a": 1, "an": 1,
                 "single": 1, "half": 0.5}
_UNIT_HOURS = {"min": 1 / 60, "minute": 1 / 60, "hour": 1, "h": 1, "hr": 1, "day": 24, "week": 168,
               "wk": 168, "month": 730, "year": 8760, "yr": 8760}
_NUM = r"(?:\d+(?:[.,]\d+)?|\.\d+|" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + r")"
_UNIT = r"(?:minutes?|mins?|hours?|hrs?|h|days?|weeks?|wks?|months?|years?|yrs?)"
_DURATION_RE = re.compile(
    r"\b(?P<num>" + _NUM + r")(?:\s*(?:-|to|\u2013|and)\s*(?P<num2>" + _NUM + r"))?[\s-]*(?P<unit>" + _UNIT + r")\b", re.I)
_VAGUE_DURATION_RE = re.compile(r"\b(?:within|after|for|over|in)\s+(?:a\s+few\s+|several\s+|few\s+)?(?P<unit>minutes|hours|days|weeks|months|years)\b", re.I)
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,])|\d+(?:\.\d+)?|\.\d+"  # 1,131 is one number
_NUMBER_RE = re.compile(r"(?<![\w.,])(?P<num>" + _DIGITS + r")(?P<pct>\s*(?:%|percent\b|per\s+cent\b))?")
_SOURCE_NUMBER_RE = re.compile(r"(?<![\w,])(" + _DIGITS + r")|\b(" + "|".join(
    w for w in _NUMBER_WORDS if len(w) > 2) + r")\b", re.I)


def _num_value(raw: str) -> float | None:
    raw = raw.lower().replace(",", ".") if re.fullmatch(r"\d+,\d{1,2}", raw) else raw.lower().replace(",", "")
    if raw in _NUMBER_WORDS:
        return float(_NUMBER_WORDS[raw])
    try:
        return float(raw)
    except ValueError:
        return None


def _unit_hours(unit: str) -> float:
    unit = unit.lower().rstrip("s") or "h"
    if unit == "min":
        return _UNIT_HOURS["min"]
    return _UNIT_HOURS.get(unit, _UNIT_HOURS.get(unit[:2], 1))


def _norm_phrase_text(text: str) -> str:
    """Folded, hyphens and punctuation to spaces, padded: for whole-phrase ``in`` tests."""
    return " " + " ".join(re.sub(r"[^\w%]+", " ", fold(text)).split()) + " "


# -- results -------------------------------------------------------------------------


@dataclass(frozen=True)
class Suggestion:
    """The nearest entry for an unresolved citation, and why it is near."""

    key: str
    reason: str  # "misdated" | "spelling" | "similar-key" | "author-count"
    message: str

    def to_dict(self) -> dict[str, str]:
        return {"key": self.key, "reason": self.reason, "message": self.message}


@dataclass(frozen=True)
class Flag:
    """Something for the writer to look at; worded as a prompt, not a verdict."""

    kind: str  # "missing-specific" | "retracted" | "erratum" | "no-abstract" | "design" | "author-count"
    message: str
    term: str | None = None

    def to_dict(self) -> dict[str, str | None]:
        return {"kind": self.kind, "message": self.message, "term": self.term}


@dataclass(frozen=True)
class EvidenceSentence:
    """A sentence of the cited title/abstract, its BM25 score and the words it shares with the claim."""

    text: str
    source: str  # "title" | "abstract"
    score: float
    shared: tuple[str, ...]
    spans: tuple[tuple[int, int], ...]  # character spans of shared words in ``text``

    def to_dict(self) -> dict[str, object]:
        return {"text": self.text, "source": self.source, "score": round(self.score, 3),
                "shared_terms": list(self.shared), "highlights": [list(s) for s in self.spans]}


@dataclass
class CitationResult:
    """One citation with its resolution, claim, evidence and flags."""

    citation: Citation
    status: str
    entry: Entry | None = None
    candidates: list[Entry] = field(default_factory=list)
    suggestion: Suggestion | None = None
    reason: str = ""
    claim: str = ""
    clause: str = ""
    evidence: list[EvidenceSentence] = field(default_factory=list)
    flags: list[Flag] = field(default_factory=list)

    def to_dict(self) -> dict[str, object]:
        return {
            "citation": self.citation.to_dict(),
            "status": self.status,
            "key": self.entry.key if self.entry else None,
            "candidates": [e.key for e in self.candidates],
            "reason": self.reason or None,
            "suggestion": self.suggestion.to_dict() if self.suggestion else None,
            "claim": self.claim,
            "clause": self.clause,
            "evidence": [e.to_dict() for e in self.evidence],
            "flags": [f.to_dict() for f in self.flags],
        }


@dataclass
class CheckReport:
    """Everything ``evidence check`` found; renderers in ``evidence.check.report`` format it."""

    path: Path | None
    kind: str
    results: list[CitationResult]
    uncited: list[Entry]
    references: list[ReferenceItem] = field(default_factory=list)
    library_size: int = 0

    @property
    def counts(self) -> dict[str, int]:
        statuses = Counter(r.status for r in self.results)
        return {
            "citations": len(self.results),
            "resolved": statuses[RESOLVED],
            "ambiguous": statuses[AMBIGUOUS],
            "unresolved": statuses[UNRESOLVED],
            "flagged": sum(1 for r in self.results if r.flags),
            "flags": sum(len(r.flags) for r in self.results),
            "cited_entries": len({r.entry.key for r in self.results if r.entry}),
            "uncited_entries": len(self.uncited),
            "library_entries": self.library_size,
        }

    def exit_code(self, strict: bool = False) -> int:
        """The CLI's exit status: a report is a success (0) unless ``strict`` and a citation is
        unresolved or ambiguous (1). Flags are questions for the writer, never failures."""
        counts = self.counts
        return 1 if strict and (counts["ambiguous"] or counts["unresolved"]) else 0


# -- the library index -------------------------------------------------------------------


@dataclass
class LibraryIndex:
    """Entries by folded first-author surname, key, DOI and PMID, built once per check."""

    entries: list[Entry]
    by_surname: dict[str, list[Entry]] = field(default_factory=dict)
    by_key: dict[str, Entry] = field(default_factory=dict)
    by_key_folded: dict[str, Entry] = field(default_factory=dict)
    by_doi: dict[str, Entry] = field(default_factory=dict)
    by_pmid: dict[str, Entry] = field(default_factory=dict)
    _deletes: dict[str, set[str]] | None = None

    @classmethod
    def build(cls, entries: list[Entry]) -> LibraryIndex:
        index = cls(list(entries))
        surnames: defaultdict[str, list[Entry]] = defaultdict(list)
        for entry in index.entries:
            index.by_key.setdefault(entry.key, entry)
            index.by_key_folded.setdefault(entry.key.casefold(), entry)
        for entry in index.entries:  # biblatex `ids`: old keys of merged entries still resolve
            for alias in (a.strip() for a in entry.get("ids").split(",") if a.strip()):
                index.by_key.setdefault(alias, entry)
                index.by_key_folded.setdefault(alias.casefold(), entry)
            if entry.get("doi"):
                index.by_doi.setdefault(entry.doi, entry)
            if entry.get("pmid"):
                index.by_pmid.setdefault(entry.pmid, entry)
            people = entry.authors or entry.editors
            if people:
                name = people[0].surname
                keys = set(surname_keys(name))
                if acronym(name):
                    keys.add(acronym(name))
                for key in keys:
                    surnames[key].append(entry)
        index.by_surname = dict(surnames)
        return index

    def similar_surnames(self, key: str) -> list[str]:
        """Indexed surnames one edit (insert, delete, substitute, swap) away."""
        if self._deletes is None:
            deletes: defaultdict[str, set[str]] = defaultdict(set)
            for name in self.by_surname:
                deletes[name].add(name)
                for i in range(len(name)):
                    deletes[name[:i] + name[i + 1:]].add(name)
            self._deletes = dict(deletes)
        found: set[str] = set(self._deletes.get(key, ()))
        for i in range(len(key)):
            found |= self._deletes.get(key[:i] + key[i + 1:], set())
        found.discard(key)
        return sorted(found)


def _people(entry: Entry) -> list:  # type: ignore[type-arg]
    return entry.authors or entry.editors


def _author_quality(citation: Citation, entry: Entry) -> int:
    """2: names and APA author count agree; 1: names agree, count does not; 0: no match."""
    people = _people(entry)
    others = any(p.is_others for p in people)
    names = [p for p in people if not p.is_others]
    cited = [surname_key(n) for n in citation.authors]
    for cited_name, person in zip(cited, names):
        keys = surname_keys(person.surname) + ([acronym(person.surname)] if acronym(person.surname) else [])
        if cited_name not in keys:
            return 0
    if len(cited) > len(names):
        return 0
    if citation.et_al:  # "and others" means more authors than listed: et al. fits
        return 2 if len(names) >= 3 or others else 1
    return 2 if len(names) == len(cited) and not others else 1


def _year_matches(citation: Citation, entry: Entry) -> bool:
    year = citation.year or ""
    if year.isdigit():
        return entry.year == int(year)
    raw = fold(entry.text("year") or entry.text("date") or entry.text("pubstate"))
    if year == "n.d.":
        return entry.year is None
    return entry.year is None or "press" in raw or "forthcoming" in raw


def _pick_by_suffix(citation: Citation, candidates: list[Entry]) -> Entry | None:
    if not citation.suffix or not citation.year or not citation.year.isdigit():
        return None
    tail = f"{citation.year}{citation.suffix}".lower()
    by_key = [e for e in candidates if e.key.lower().endswith(tail)]
    if len(by_key) == 1:
        return by_key[0]
    ordered = sorted(candidates, key=lambda e: fold(e.title))
    index = ord(citation.suffix) - ord("a")
    return ordered[index] if 0 <= index < len(ordered) else None


# -- the checker -------------------------------------------------------------------------


@dataclass
class _EntryText:
    sentences: list[tuple[str, str]]  # (text, source)
    tokens: list[list[str]]
    haystack: str  # normalised title + abstract + keywords + mesh, for phrase tests
    numbers: set[float]
    durations: set[float]  # in hours
    units: set[str]
    has_abstract: bool


class Checker:
    """Runs the check; holds per-run caches (analysed words, per-entry sentences)."""

    def __init__(self, entries: list[Entry], *, max_evidence: int = 3) -> None:
        self.index = LibraryIndex.build(entries)
        self.max_evidence = max_evidence
        self._entry_text: dict[int, _EntryText] = {}
        self._word_tokens: dict[str, tuple[str, ...]] = {}
        self._ref_cache: dict[str, Entry | None] = {}

    # resolution ---------------------------------------------------------------------

    def resolve(self, citation: Citation, references: dict[int, ReferenceItem] | None = None) -> CitationResult:
        if citation.key is not None:
            return self._resolve_key(citation)
        if citation.number is not None:
            return self._resolve_number(citation, references or {})
        return self._resolve_author_year(citation)

    def _resolve_key(self, citation: Citation) -> CitationResult:
        key = citation.key or ""
        entry = self.index.by_key.get(key) or self.index.by_key_folded.get(key.casefold())
        if entry:
            return CitationResult(citation, RESOLVED, entry)
        close = difflib.get_close_matches(key, list(self.index.by_key), n=1, cutoff=0.8)
        suggestion = Suggestion(close[0], "similar-key", f"no entry '{key}'; did you mean '{close[0]}'?") if close else None
        return CitationResult(citation, UNRESOLVED, suggestion=suggestion, reason=f"no entry with key '{key}'")

    def _resolve_number(self, citation: Citation, references: dict[int, ReferenceItem]) -> CitationResult:
        item = references.get(citation.number or 0)
        if item is None:
            return CitationResult(citation, UNRESOLVED, reason=f"no item {citation.number} in the reference list")
        entry = self.match_reference(item.text)
        if entry is None:
            return CitationResult(citation, UNRESOLVED,
                                  reason=f"reference {item.number} (line {item.line}) matches no library entry")
        return CitationResult(citation, RESOLVED, entry)

    def match_reference(self, text: str) -> Entry | None:
        """The entry a reference-list item describes: DOI, PMID, else first author + year + title words."""
        if text in self._ref_cache:
            return self._ref_cache[text]
        found: Entry | None = None
        doi = re.search(r"10\.\d{4,9}/[^\s,;]+", text)
        pmid = re.search(r"PMID:?\s*(\d{1,9})", text, re.I)
        if doi and doi.group().rstrip(".").lower() in self.index.by_doi:
            found = self.index.by_doi[doi.group().rstrip(".").lower()]
        elif pmid and pmid.group(1) in self.index.by_pmid:
            found = self.index.by_pmid[pmid.group(1)]
        else:
            first = re.match(r"\s*((?:[a-z]+\s+){0,3}[^\W\d_][\w'\u2019-]*)", text)
            years = re.findall(r"\b(1[89]\d\d|20\d\d)\b", text)
            words = set(_norm_phrase_text(text).split())
            best, best_score = None, 0.0
            for key in surname_keys(first.group(1)) if first else []:
                for entry in self.index.by_surname.get(key, []):
                    if years and entry.year is not None and str(entry.year) not in years:
                        continue
                    title_words = set(_norm_phrase_text(entry.title).split())
                    main_words = set(_norm_phrase_text(re.split(r"[:?!]|\.\s", entry.title, maxsplit=1)[0]).split())
                    score = max(len(title_words & words) / (len(title_words) or 1),  # the title cited
                                len(main_words & words) / (len(main_words) or 1) if len(main_words) >= 3 else 0)
                    # ... or without its subtitle, as Vancouver lists often do
                    if score > best_score:
                        best, best_score = entry, score
            found = best if best_score >= 0.5 else None
        self._ref_cache[text] = found
        return found

    def _candidates(self, citation: Citation) -> list[Entry]:
        if not citation.authors:
            return []
        out: dict[int, Entry] = {}
        for key in surname_keys(citation.authors[0]):
            for entry in self.index.by_surname.get(key, []):
                out[id(entry)] = entry
        return list(out.values())

    def _resolve_author_year(self, citation: Citation) -> CitationResult:
        pool = self._candidates(citation)
        graded = [(q, e) for e in pool if (q := _author_quality(citation, e))]
        dated = [(q, e) for q, e in graded if _year_matches(citation, e)]
        if dated:
            best_q = max(q for q, _ in dated)
            best = [e for q, e in dated if q == best_q]
            entry = best[0] if len(best) == 1 else _pick_by_suffix(citation, best)
            if entry is None:
                return CitationResult(citation, AMBIGUOUS, candidates=best,
                                      reason=f"{len(best)} entries match {citation.label}")
            result = CitationResult(citation, RESOLVED, entry)
            if best_q == 1:
                n = len([p for p in _people(entry) if not p.is_others])
                cited = "et al." if citation.et_al else f"{len(citation.authors)} author(s)"
                result.flags.append(Flag("author-count",
                                         f"cited with {cited} but the entry lists {n} author(s): check the author list"))
            return result
        # unresolved: same authors, another year?
        if graded:
            target = int(citation.year) if citation.year and citation.year.isdigit() else 9999
            graded.sort(key=lambda qe: (-qe[0], abs((qe[1].year or 0) - target)))
            near = graded[0][1]
            message = (f"the library has {near.first_author} {near.year or 'n.d.'} ({near.key}); "
                       f"the manuscript says {citation.year}{citation.suffix}: is the year wrong?")
            return CitationResult(citation, UNRESOLVED, suggestion=Suggestion(near.key, "misdated", message),
                                  reason=f"no {citation.label} in the library")
        # a spelling one edit away, same year?
        first = surname_key(citation.authors[0]) if citation.authors else ""
        for name in self.index.similar_surnames(first) if first else []:
            for entry in self.index.by_surname.get(name, []):
                respelled = Citation(**{**citation.__dict__, "authors": (_people(entry)[0].surname,) + citation.authors[1:]})
                if _author_quality(respelled, entry) and _year_matches(citation, entry):
                    message = (f"no '{citation.authors[0]}' in the library; '{entry.first_author}' "
                               f"{entry.year} ({entry.key}) is one letter away: a misspelling?")
                    return CitationResult(citation, UNRESOLVED, suggestion=Suggestion(entry.key, "spelling", message),
                                          reason=f"no {citation.label} in the library")
        return CitationResult(citation, UNRESOLVED, reason=f"no {citation.label} in the library")

    # claim and evidence --------------------------------------------------------------

    def _tokens_of_word(self, word: str) -> tuple[str, ...]:
        cached = self._word_tokens.get(word)
        if cached is None:
            cached = self._word_tokens[word] = tuple(analyze(word))
        return cached

    def tokens(self, text: str) -> list[str]:
        """``analyze`` tokens, word by word (cached), so highlights map back to words."""
        out: list[str] = []
        for match in _WORD_RE.finditer(text):
            out.extend(self._tokens_of_word(match.group()))
        return out

    def entry_text(self, entry: Entry) -> _EntryText:
        cached = self._entry_text.get(id(entry))
        if cached is not None:
            return cached
        sentences: list[tuple[str, str]] = []
        if entry.title:
            sentences.append((entry.title, "title"))
        abstract = "\n".join(to_text(line) for line in entry.get("abstract").split("\n"))
        for para in abstract.split("\n"):
            para = _LABEL_RE.sub("", para.strip())
            for start, end in split_sentences(para):
                sentence = " ".join(para[start:end].split())
                if sentence:
                    sentences.append((sentence, "abstract"))
        source = " ".join([entry.title, abstract, entry.text("keywords"), entry.text("mesh")])
        numbers: set[float] = set()
        for match in _SOURCE_NUMBER_RE.finditer(source):
            value = _num_value(match.group(1) or match.group(2))
            if value is not None:
                numbers.add(value)
        durations: set[float] = set()
        units: set[str] = set()
        for match in _DURATION_RE.finditer(source):
            unit_hours = _unit_hours(match.group("unit"))
            units.add(match.group("unit").lower().rstrip("s"))
            for raw in (match.group("num"), match.group("num2")):
                value = _num_value(raw) if raw else None
                if value is not None:
                    durations.add(round(value * unit_hours, 3))
        for word in re.findall(r"\b(minutes?|hours?|days?|weeks?|months?|years?)\b", source, re.I):
            units.add(word.lower().rstrip("s"))
        cached = _EntryText(sentences, [self.tokens(s) for s, _ in sentences], _norm_phrase_text(
            source + " " + entry.text("pubtype")), numbers, durations, units, bool(abstract.strip()))
        self._entry_text[id(entry)] = cached
        return cached

    def evidence(self, clause: str, entry: Entry) -> list[EvidenceSentence]:
        """The best 1-3 title/abstract sentences for the claim, by BM25."""
        data = self.entry_text(entry)
        query = self.tokens(clause)
        if not query or not data.sentences:
            return []
        scores = bm25_scores(query, data.tokens)
        ranked = sorted(range(len(scores)), key=lambda i: -scores[i])
        best = scores[ranked[0]] if ranked else 0.0
        terms = set(query)
        out = []
        for i in ranked[: self.max_evidence]:
            if scores[i] <= 0 or scores[i] < 0.4 * best:
                break
            text, source = data.sentences[i]
            spans, shared = [], []
            for match in _WORD_RE.finditer(text):
                if any(t in terms for t in self._tokens_of_word(match.group())):
                    spans.append((match.start(), match.end()))
                    if match.group().lower() not in shared:
                        shared.append(match.group().lower())
            out.append(EvidenceSentence(text, source, scores[i], tuple(shared), tuple(spans)))
        return out

    def flags(self, clause: str, entry: Entry) -> list[Flag]:
        """Prompts: retraction, errata, missing abstract, design mismatch, unsupported specifics."""
        flags: list[Flag] = []
        if entry.is_retracted:
            notice = entry.text("retracted")
            flags.append(Flag("retracted", "PubMed marks this work as retracted"
                              + (f" (retraction notice {describe_notices(notice)})" if notice and notice != "yes" else "")
                              + ": should it be cited as evidence?"))
        if entry.get("erratum"):
            value = entry.text("erratum")
            notice = f" ({describe_notices(value)})" if value and value.lower() != "yes" else ""
            flags.append(Flag("erratum", f"this work has a published erratum{notice}: "
                                         "does the correction affect the claim?"))
        data = self.entry_text(entry)
        claim_norm = _norm_phrase_text(clause)
        pubtype = fold(entry.text("pubtype"))
        title = fold(entry.title)
        if pubtype:
            says_meta = " meta analysis " in claim_norm or " meta analyses " in claim_norm
            if says_meta and "meta-analysis" not in pubtype and "meta-analy" not in title:
                flags.append(Flag("design", f"the claim says 'meta-analysis' but PubMed lists this work as "
                                            f"'{entry.text('pubtype')}': is it the meta-analysis you mean?",
                                  "meta-analysis"))
            primary = re.search(r"\b(study|trial|rct|experiment)\b", claim_norm)
            is_review = "review" in pubtype and not re.search(r"trial|comparative study|observational|cohort", pubtype)
            if primary and is_review and " review" not in claim_norm and not says_meta:
                word = primary.group(1)
                flags.append(Flag("design", f"the claim says '{word}' but PubMed lists this work as a review "
                                            f"('{entry.text('pubtype')}'): cite the primary study?", word))
        if not data.has_abstract:
            flags.append(Flag("no-abstract", "no abstract in the library, so the claim could not be compared: "
                                             "run `evidence enrich` to fetch it from PubMed"))
            return flags
        flags.extend(self._missing_specifics(clause, claim_norm, data))
        return flags

    def _missing_specifics(self, clause: str, claim_norm: str, data: _EntryText) -> list[Flag]:
        flags: list[Flag] = []
        seen: set[str] = set()

        def add(kind: str, term: str, what: str) -> None:
            if term.lower() not in seen:
                seen.add(term.lower())
                flags.append(Flag("missing-specific", f"'{term}' not found in the title or abstract: "
                                                      f"does the source give this {what}?", term))

        covered: list[tuple[int, int]] = []
        for match in _DURATION_RE.finditer(clause):
            value = _num_value(match.group("num"))
            if value is None or (match.group("num").lower() in ("a", "an") and not re.match(
                    r"\b(?:within|for|after|over|in|at)\b", clause[max(0, match.start() - 8):match.start()].strip() or "x")):
                continue
            covered.append(match.span())
            hours = round(value * _unit_hours(match.group("unit")), 3)
            second = _num_value(match.group("num2")) if match.group("num2") else None
            ok = hours in data.durations and (second is None or round(second * _unit_hours(match.group("unit")), 3) in data.durations)
            if not ok:
                add("duration", " ".join(match.group().split()), "duration")
        for match in _VAGUE_DURATION_RE.finditer(clause):
            if any(s <= match.start() < e for s, e in covered):
                continue
            if match.group("unit").lower().rstrip("s") not in data.units:
                add("duration", " ".join(match.group().split()), "time frame")
        for match in _NUMBER_RE.finditer(clause):
            if any(s <= match.start() < e for s, e in covered):
                continue
            value = _num_value(match.group("num"))
            if value is None or (1900 <= value <= 2099 and not match.group("pct")):
                continue
            if value not in data.numbers:
                add("number", " ".join(match.group().split()), "number")
        for kind, phrases in TERM_GROUPS:
            hit = next((p for p in phrases if f" {p} " in claim_norm), None)
            if hit is None:
                continue
            if not any(f" {p} " in data.haystack for p in phrases):
                surface = _surface(clause, hit)
                add(kind, surface, {"population": "population or condition", "design": "study design",
                                    "route": "route of administration"}[kind])
        return flags


def _surface(clause: str, phrase: str) -> str:
    """The claim's own spelling of a normalised phrase (``treatment-resistant`` for ``treatment resistant``)."""
    pattern = r"\b" + r"[\s\-]+".join(re.escape(w) for w in phrase.split()) + r"\b"
    match = re.search(pattern, fold(clause), re.I)
    if match and len(fold(clause)) == len(clause):
        return clause[match.start():match.end()]
    return phrase


# -- claims ----------------------------------------------------------------------------


def _claims(manuscript: Manuscript, citations: list[Citation]) -> dict[int, tuple[str, str]]:
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
        prev_end = max([e for s, e, _ in spans[:i][-3:] if s >= s0] + [s0])
        next_start = min([s for s, _, _ in spans[i + 1:i + 4] if s < s1] + [s1])
        narrative = _is_narrative(groups[group], text[start:end])
        before = text[prev_end:start]
        if narrative or len(_WORD_RE.findall(before)) < 3:
            clause = text[prev_end:next_start]
        else:
            clause = text[prev_end:end]
        clause = _strip_cites_in(clause, prev_end, spans)
        clause = re.sub(r"\s+([.,;:!?])", r"\1", " ".join(clause.split())).strip(" ,;")
        clause = clause.lstrip(".!?) ")
        out[group] = (" ".join(text[s0:s1].split()), clause)
    return out


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
    """Blank out citation spans that fall inside ``segment`` (which starts at ``offset``)."""
    chars = list(segment)
    end = offset + len(segment)
    for s, e, _ in spans:
        if e <= offset or s >= end:
            continue
        for k in range(max(s, offset), min(e, end)):
            chars[k - offset] = " "
    return "".join(chars)


# -- entry point -----------------------------------------------------------------------


def check_manuscript(manuscript: Manuscript, entries: list[Entry], *, max_evidence: int = 3) -> CheckReport:
    """Check every citation of ``manuscript`` against ``entries`` (the library)."""
    checker = Checker(entries, max_evidence=max_evidence)
    citations = find_citations(manuscript)
    references = find_reference_list(manuscript)
    by_number = {item.number: item for item in references}
    claims = _claims(manuscript, citations)
    results: list[CitationResult] = []
    for citation in citations:
        result = checker.resolve(citation, by_number)
        result.claim, result.clause = claims.get(citation.group, ("", ""))
        if result.entry is not None:
            result.evidence = checker.evidence(result.clause, result.entry)
            result.flags.extend(checker.flags(result.clause, result.entry))
        results.append(result)
    cited = {id(r.entry) for r in results if r.entry is not None}
    for r in results:
        cited.update(id(e) for e in r.candidates)
    uncited = [e for e in checker.index.entries if id(e) not in cited]
    return CheckReport(manuscript.path, manuscript.kind, results, uncited, references, len(entries))
