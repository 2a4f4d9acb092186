"""Resolving a citation to a library entry: keys, numbers via the reference list, author-year, suggestions.

Resolution follows APA author-count rules (two authors are named, three or more are
"et al."), so ``Zanos et al., 2018`` and ``Zanos & Gould, 2018`` reach different works.
An unresolved citation gets the nearest entry as a suggestion (another year, a spelling
one letter away, a similar key).
"""

from __future__ import annotations

import difflib
import re
from collections import defaultdict
from dataclasses import dataclass, field, replace
from functools import lru_cache

from evidence.check.citations import Citation, ReferenceItem
from evidence.check.results import AMBIGUOUS, RESOLVED, UNRESOLVED, CitationResult, Flag, Suggestion
from evidence.check.sentences import norm_phrase_text
from evidence.identity import acronym, surname_key, surname_keys
from evidence.model import Entry, Person, fold


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
            lead = entry.lead
            if lead is not None:
                for key in _surname_forms(lead.surname):
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


def _without_the(name: str) -> str:
    """"The ENCODE Project Consortium" is cited with and without its article."""
    return re.sub(r"^[Tt]he\s+(?=\S+\s)", "", name)


def _name_keys(name: str) -> list[str]:
    keys = surname_keys(name)
    bare = _without_the(name)
    return keys + [k for k in surname_keys(bare) if k not in keys] if bare != name else keys


@lru_cache(maxsize=65536)
def _surname_forms(surname: str) -> frozenset[str]:
    """Every key a citation may name this surname by (cached: each citation is held against its candidates)."""
    return frozenset(_name_keys(surname) + ([acronym(surname)] if acronym(surname) else []))


def _people(entry: Entry) -> list[Person]:
    return entry.authors or entry.editors


def _author_quality(citation: Citation, entry: Entry) -> int:
    """2: names and APA author count agree; 1: names agree, count does not; 0: no match."""
    people = _people(entry)
    others = any(p.is_others for p in people)
    names = [p for p in people if not p.is_others]
    cited = [surname_key(_without_the(n)) for n in citation.authors]
    for cited_name, person in zip(cited, names, strict=False):
        if cited_name not in _surname_forms(person.surname):
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


def _own_suffix(entry: Entry, year: str) -> str:
    """The a/b an entry gives itself: a key ending in 2004a, a year field of 2004a, or biblatex's extradate."""
    for raw in (entry.key.lower(), fold(entry.text("year"))):
        mark = re.search(year + r"([a-z])$", raw)
        if mark:
            return mark.group(1)
    extradate = entry.text("extradate").strip()
    return chr(ord("a") + int(extradate) - 1) if extradate.isdigit() and 0 < int(extradate) <= 26 else ""


def _pick_by_suffix(citation: Citation, candidates: list[Entry]) -> Entry | None:
    """The entry a year suffix names: its own mark, else the one unmarked entry left when the others
    carry other letters, else the a/b/c order BibTeX styles and APA give (titles sorted without a
    leading article) when nothing contradicts it. When the entries' months order them otherwise
    (CSL styles sort by full date first), the order is unknown and the citation stays ambiguous."""
    if not citation.suffix or not citation.year or not citation.year.isdigit():
        return None
    marks = [(_own_suffix(e, citation.year), e) for e in candidates]
    named = [e for mark, e in marks if mark == citation.suffix]
    if len(named) == 1:
        return named[0]
    unmarked = [e for mark, e in marks if not mark]
    if any(mark for mark, _ in marks):
        return unmarked[0] if not named and len(unmarked) == 1 else None
    by_title = sorted(candidates, key=_sort_title)
    if len({_sort_title(e) for e in candidates}) < len(candidates):
        return None
    months = [_month(e) for e in by_title]
    if all(months) and months != sorted(months):
        return None
    index = ord(citation.suffix) - ord("a")
    return by_title[index] if 0 <= index < len(by_title) else None


def _sort_title(entry: Entry) -> str:
    return re.sub(r"^(?:the|an?)\s+", "", " ".join(fold(entry.title).split()))


_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def _month(entry: Entry) -> int:
    raw = fold(entry.text("month"))[:3]
    if raw.isdigit():
        return int(raw)
    if raw in _MONTHS:
        return _MONTHS.index(raw) + 1
    date = re.match(r"\d{4}-(\d{2})", entry.text("date"))
    return int(date.group(1)) if date else 0


def _printed_ids(text: str) -> tuple[str, str]:
    """The DOI and PMID a reference line prints ("doi:10.1136/gutjnl-2016-312288", "PMID: 27707777"), or ""."""
    doi = re.search(r"10\.\d{4,9}/[^\s,;]+", text)
    pmid = re.search(r"PMID:?\s*(\d{1,9})", text, re.I)
    return (doi.group().rstrip(".") if doi else ""), (pmid.group(1) if pmid else "")


def _printed_identifier(text: str) -> str:
    """What `evidence add` takes to bring in the work a reference line describes: its DOI, else its PMID."""
    doi, pmid = _printed_ids(text)
    return doi or pmid


def _url_key(url: str) -> str:
    return re.sub(r"^https?://(www\.)?|[/.,;)]+$", "", url.strip().lower())


def _lead_keys(text: str) -> list[str]:
    """Index keys for the first author of a printed reference: its first word ("Berman RM"), the words
    before the initials ("De Angelis C"), and the whole lead up to the year or title ("World Health
    Organization (2000)", "National Task Force on ... .")."""
    keys: list[str] = []
    first = re.match(r"\s*((?:[a-z]+\s+){0,3}[^\W\d_][\w'\u2019-]*)", text)
    lead = re.split(r",\s|\s\(|\.\s|:\s", text.strip(), maxsplit=1)[0].strip(" .")
    initials = re.sub(r"(?:\s+[A-Z]{1,3}|\s+(?:[A-Z]\.\s?){1,3})$", "", lead)
    for name in (first.group(1) if first else "", initials, lead):
        if name and len(name) <= 120:
            keys.extend(k for k in surname_keys(name) if k not in keys)
    return keys


def _title_score(entry: Entry, words: set[str], min_words: int = 1) -> float:
    """Share of the entry's title words (or, for Vancouver lists that drop it, of its main title
    before the subtitle) that the printed reference contains."""
    title_words = set(norm_phrase_text(entry.title).split())
    if len(title_words) < min_words:
        return 0.0
    main_words = set(norm_phrase_text(re.split(r"[:?!]|\.\s", entry.title, maxsplit=1)[0]).split())
    return max(len(title_words & words) / (len(title_words) or 1),
               len(main_words & words) / (len(main_words) or 1) if len(main_words) >= max(3, min_words) else 0)


class Resolver:
    """Resolves citations against one library; caches reference-list matches for the run."""

    def __init__(self, entries: list[Entry]) -> None:
        self.index = LibraryIndex.build(entries)
        self._ref_cache: dict[str, Entry | None] = {}
        self._by_url: dict[str, Entry] | None = None
        self._title_words: dict[str, list[Entry]] | None = None
        self._organisations: list[tuple[str, list[Entry]]] | None = None
        self._suggestions: dict[str, Suggestion | None] = {}

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
        asked = f"key:{key}"
        if asked not in self._suggestions:  # a long manuscript repeats its unknown keys: look each up once
            close = difflib.get_close_matches(key, list(self.index.by_key), n=1, cutoff=0.8)
            self._suggestions[asked] = (Suggestion(close[0], "similar-key", f"no entry '{key}'; did you mean "
                                                   f"'{close[0]}'?") if close else None)
        suggestion = self._suggestions[asked]
        return CitationResult(citation, UNRESOLVED, suggestion=suggestion, reason=f"no entry with key '{key}'")

    def _resolve_number(self, citation: Citation, references: dict[int, ReferenceItem]) -> CitationResult:
        item = references.get(citation.number or 0)
        if item is None:
            return CitationResult(citation, UNRESOLVED, reason=f"no item {citation.number} in the reference list")
        entry = self.match_reference(item.text)
        if entry is None:
            named = _printed_identifier(item.text)
            add = f"; add it with `evidence add {named}`" if named else ""
            return CitationResult(citation, UNRESOLVED,
                                  reason=f"reference {item.number} (line {item.line}) matches no library entry{add}")
        return CitationResult(citation, RESOLVED, entry)

    def match_reference(self, text: str) -> Entry | None:
        """The entry a reference-list item describes: DOI, PMID or URL, else first author (a person or an
        organisation) + year + title words, else, for items without a usable author, the title alone."""
        if text not in self._ref_cache:
            self._ref_cache[text] = self._identified(text) or self._by_author(text) or self._by_title(text)
        return self._ref_cache[text]

    def _identified(self, text: str) -> Entry | None:
        doi, pmid = _printed_ids(text)
        if doi.lower() in self.index.by_doi:
            return self.index.by_doi[doi.lower()]
        if pmid in self.index.by_pmid:
            return self.index.by_pmid[pmid]
        for url in re.findall(r"https?://[^\s<>\"]+", text):
            entry = self._urls().get(_url_key(url))
            if entry is not None:
                return entry
        return None

    def _urls(self) -> dict[str, Entry]:
        if self._by_url is None:
            self._by_url = {}
            for entry in self.index.entries:
                if entry.get("url"):
                    self._by_url.setdefault(_url_key(entry.text("url")), entry)
        return self._by_url

    def _by_author(self, text: str) -> Entry | None:
        years = re.findall(r"\b(1[5-9]\d\d|20\d\d)\b", text)
        words = set(norm_phrase_text(text).split())
        best, best_score = None, 0.0
        seen: set[int] = set()
        for key in _lead_keys(text):
            for entry in self.index.by_surname.get(key, []):
                if id(entry) in seen or years and entry.year is not None and str(entry.year) not in years:
                    continue
                seen.add(id(entry))
                score = _title_score(entry, words)
                if score > best_score:
                    best, best_score = entry, score
        return best if best_score >= 0.5 else None

    def _by_title(self, text: str) -> Entry | None:
        """Corporate or missing authors written differently from the library: the title must be nearly all there."""
        index = self._titles()
        words = set(norm_phrase_text(text).split())
        years = re.findall(r"\b(1[5-9]\d\d|20\d\d)\b", text)
        rare = sorted((w for w in words if len(w) >= 4 and w in index), key=lambda w: len(index[w]))[:3]
        best, best_score = None, 0.0
        for entry in {id(e): e for w in rare for e in index[w]}.values():
            if years and entry.year is not None and str(entry.year) not in years:
                continue
            score = _title_score(entry, words, min_words=4)
            if score > best_score:
                best, best_score = entry, score
        return best if best_score >= 0.85 else None

    def _titles(self) -> dict[str, list[Entry]]:
        if self._title_words is None:
            postings: defaultdict[str, list[Entry]] = defaultdict(list)
            for entry in self.index.entries:
                for word in set(norm_phrase_text(entry.title).split()):
                    if len(word) >= 4:
                        postings[word].append(entry)
            self._title_words = dict(postings)
        return self._title_words

    def _candidates(self, citation: Citation) -> list[Entry]:
        if not citation.authors:
            return []
        out: dict[int, Entry] = {}
        for key in surname_keys(_without_the(citation.authors[0])):
            for entry in self.index.by_surname.get(key, []):
                out[id(entry)] = entry
        return list(out.values())

    def graded(self, citation: Citation) -> list[tuple[int, Entry]]:
        """The library's works by the citation's authors, whatever their year: 2 where the author count fits too."""
        return [(q, e) for e in self._candidates(citation) if (q := _author_quality(citation, e))]

    def _resolve_author_year(self, citation: Citation) -> CitationResult:
        graded = self.graded(citation)
        dated = [(q, e) for q, e in graded if _year_matches(citation, e)]
        if dated:
            return _pick(citation, dated)
        reason = f"no {citation.label} in the library"
        suggestion: Suggestion | None
        if graded:
            suggestion = _misdated(citation, graded)
        else:
            asked = f"{citation.authors}|{citation.et_al}|{citation.year}"
            if asked not in self._suggestions:
                self._suggestions[asked] = (self._misspelt(citation) or self._near_organisation(citation)
                                            or self._other_author_list(citation))
            suggestion = self._suggestions[asked]
        if not graded and suggestion is None and (trimmed := _without_place_word(citation)) is not None:
            found = self._resolve_author_year(trimmed)
            if found.status == RESOLVED and not found.flags:
                return found  # "at the Zurich Children's Hospital, Rein and Shmerling (1979)": no author Hospital
        return CitationResult(citation, UNRESOLVED, suggestion=suggestion, reason=reason)

    def _misspelt(self, citation: Citation) -> Suggestion | None:
        """An entry whose first author is one edit away from the cited one, same year."""
        first = surname_key(citation.authors[0]) if citation.authors else ""
        for name in self.index.similar_surnames(first) if first else []:
            for entry in self.index.by_surname.get(name, []):
                lead = entry.lead  # indexed by this surname, so it has a first author
                if lead is None:
                    continue
                authors = (lead.surname,) + citation.authors[1:]
                respelled = Citation(**{**citation.__dict__, "authors": authors})
                if _author_quality(respelled, entry) and _year_matches(citation, entry):
                    message = (f"no '{citation.authors[0]}' in the library; '{entry.first_author}' "
                               f"{entry.year} ({entry.key}) is one letter away: a misspelling?")
                    return Suggestion(entry.key, "spelling", message)
        return None


    def _other_author_list(self, citation: Citation) -> Suggestion | None:
        """A work of the same first author and year whose author list holds the other cited names elsewhere
        ("Smith & Kim, 2006" for Smith, Lee, ..., Kim 2006): the citation names the wrong authors."""
        if len(citation.authors) < 2:
            return None
        others = {surname_key(n) for n in citation.authors[1:]}
        for entry in self._candidates(citation):
            keys = {k for p in _people(entry) for k in surname_keys(p.surname)}
            if _year_matches(citation, entry) and others <= keys:
                n = len([p for p in _people(entry) if not p.is_others])
                message = (f"no {citation.label} in the library; {entry.first_author} et al. {entry.year or 'n.d.'} "
                           f"({entry.key}) has {n} authors, including {', '.join(citation.authors[1:])}: "
                           "is the author list right?")
                return Suggestion(entry.key, "author-count", message)
        return None

    def _near_organisation(self, citation: Citation) -> Suggestion | None:
        """An organisation named nearly like the cited one ("Centers for Disease Control" for "... and
        Prevention", "Heath" for "Health"): organisations with similar names are common mix-ups."""
        if not citation.authors or len(citation.authors[0].split()) < 2:
            return None
        cited = surname_key(citation.authors[0])
        if self._organisations is None:
            self._organisations = [(name, entries) for name, entries in self.index.by_surname.items()
                                   if len(name) >= 8 and any(e.lead is not None and len(e.lead.surname.split()) >= 2
                                                             for e in entries)]
        best: tuple[float, Entry] | None = None
        for name, entries in self._organisations:
            shorter, longer = sorted((cited, name), key=len)
            if len(shorter) >= 10 and longer.startswith(shorter):
                score = 0.9
            elif len(shorter) < 0.7 * len(longer):
                continue
            else:
                score = difflib.SequenceMatcher(None, cited, name).ratio()
            if score < 0.85:
                continue
            for entry in entries:
                if _year_matches(citation, entry) and (best is None or score > best[0]):
                    best = (score, entry)
        if best is None:
            return None
        entry = best[1]
        surname = entry.lead.surname if entry.lead else entry.first_author
        message = (f"no '{citation.authors[0]}' in the library; did you mean '{surname}' "
                   f"{entry.year or 'n.d.'} ({entry.key})?")
        return Suggestion(entry.key, "similar-name", message)


#: Words that end the name of a place or body and are no surname: "the Zurich Children's Hospital, Rein and ...".
_PLACE_WORDS = frozenset(re.findall(r"\w+", """hospital hospitals clinic clinics university institute centre center
    study trial foundation department school college unit service program programme survey registry project laboratory
    society council agency ministry"""))


def _without_place_word(citation: Citation) -> Citation | None:
    """A narrative list of three names or more whose first is the last word of a place's name before it ("the
    Zurich Children's Hospital, Rein and Shmerling (1979)"), read without it; kept only if the rest names a work
    exactly (a real "Smith, Jones and Brown" that the library lacks stays unresolved)."""
    if citation.style != "narrative" or len(citation.authors) < 3 or citation.et_al \
            or citation.authors[0].lower() not in _PLACE_WORDS:
        return None
    at = citation.text.find(citation.authors[1], len(citation.authors[0]))
    if at <= 0:
        return None
    return replace(citation, text=citation.text[at:], start=citation.start + at, column=citation.column + at,
                   authors=citation.authors[1:])


_NAMED_NUMBER_REACH = 250  # characters after a name in which its number usually follows


def prune(results: list[CitationResult]) -> list[CitationResult]:
    """Drop what only looked like a citation once resolution is known.

    In a numbered manuscript, "Lee et al. (2004) showed ... [38]" cites one work once: the name goes
    when a number on the same line, shortly after it, resolves to the same entry (a name whose number
    points elsewhere stays, so the mismatch shows). An acronym before a year in brackets that matches
    nothing in the library ("initial BMI (1975)") is a measurement, not "WHO (2019)"; a one-name possessive
    that matches nothing ("Crohn's 2015 cohort") is an eponym."""
    by_line: defaultdict[int, list[CitationResult]] = defaultdict(list)
    for r in results:
        if r.citation.style == "numeric" and r.entry is not None:
            by_line[r.citation.line].append(r)

    def named_again(r: CitationResult) -> bool:
        c = r.citation
        return r.entry is not None and c.style in ("narrative", "parenthetical") and any(
            n.entry is r.entry and 0 <= n.citation.start - c.end <= _NAMED_NUMBER_REACH for n in by_line[c.line])

    def stray_acronym(r: CitationResult) -> bool:
        c = r.citation
        return (c.style == "narrative" and r.status == UNRESOLVED and r.suggestion is None and len(c.authors) == 1
                and not c.et_al and c.authors[0].isupper())

    def eponym(r: CitationResult) -> bool:  # "Crohn's 2015 cohort": no work of the library
        return r.citation.tentative and r.status == UNRESOLVED and r.suggestion is None

    return [r for r in results if not named_again(r) and not stray_acronym(r) and not eponym(r)]


def _pick(citation: Citation, dated: list[tuple[int, Entry]]) -> CitationResult:
    """Resolved when one best-graded entry (or the year suffix) decides, else ambiguous."""
    best_q = max(q for q, _ in dated)
    best = [e for q, e in dated if q == best_q]
    entry = best[0] if len(best) == 1 else _pick_by_suffix(citation, best)
    if entry is None:
        reason = f"{len(best)} entries match {citation.label}"
        if citation.suffix:
            reason += (f"; the library does not say which is {citation.year}{citation.suffix} "
                       f"(end their keys with {citation.year}a, {citation.year}b, ...)")
        return CitationResult(citation, AMBIGUOUS, candidates=best, reason=reason)
    result = CitationResult(citation, RESOLVED, entry)
    if best_q == 1 and not citation.tentative:  # "Berman's 2000 trial" names the lead author only, by habit
        n = len([p for p in _people(entry) if not p.is_others])
        cited = "et al." if citation.et_al else f"{len(citation.authors)} author(s)"
        result.flags.append(Flag("author-count",
                                 f"cited with {cited} but the entry lists {n} author(s): check the author list"))
    return result


def _misdated(citation: Citation, graded: list[tuple[int, Entry]]) -> Suggestion:
    """The same authors' work nearest the cited year: the year is probably wrong."""
    target = int(citation.year) if citation.year and citation.year.isdigit() else 9999
    graded.sort(key=lambda qe: (-qe[0], abs((qe[1].year or 0) - target)))
    near = graded[0][1]
    if citation.year == "n.d." and not re.search(r"n\.\s?d\.", citation.text):  # "(Lee et al.)"
        message = (f"the library has {near.first_author} {near.year or 'n.d.'} ({near.key}); "
                   "the manuscript gives no year: is one missing?")
    else:
        message = (f"the library has {near.first_author} {near.year or 'n.d.'} ({near.key}); "
                   f"the manuscript says {citation.year}{citation.suffix}: is the year wrong?")
    return Suggestion(near.key, "misdated", message)
