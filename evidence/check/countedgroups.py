"""Who a count belongs to: "seven adults" where the abstract has "seven pediatric dialysis patients", "101
autistic adolescents" where it has "101 children with ASD, 7-11 years of age".

A claim that counts a population ties its number to it; the abstract's sentence with the same number, counting
people of the same kind (an age group, a sex, a species), says whom that number counted. Another member there is
a contrast, more telling than any mention elsewhere in the abstract (which may speak of other people: "as well
as older patients"). An age range given with the count decides between members a study's word may cover ("7-11
years" are children, not adolescents).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from evidence.check.antonyms import PEOPLE_KEYS
from evidence.check.populations import alike, counted_kinds, members_at
from evidence.check.quantities import Quantity, find_quantities
from evidence.check.source import STOP_WORDS, SourceText, stem, word_set
from evidence.check.swaps import member_of

_GROUPS = ("age", "sex", "species", "pregnancy")
_GAP_RE = re.compile(r"^(?!\s+of\b)(?:\s+[\w'-]+){0,2}?\s+$")  # at most two words between a count and whom it
# counts ("seven of the adults" is a share of them)
_RANGE_RE = re.compile(r"\b(\d{1,2})\s*(?:-|\u2013|to|and)\s*(\d{1,2})\s*(?:years?|yrs?|y)\b", re.I)
#: The ages each member spans, for a range given beside the count.
_AGES = {"children": (0, 17), "adolescents": (10, 19), "adults": (18, 120), "older adults": (60, 120)}


@dataclass(frozen=True)
class CountedContrast:
    """The claim's counted people, the abstract's people of the same count, and its sentence."""

    said: str  # the claim's words: "adults"
    theirs: str  # the abstract's: "pediatric"
    sentence: int


def _counted(text: str, side: str) -> list[tuple[float, str, str, str, int]]:
    """(count, group, member, words as written, where the count ends) for each population named right after a
    number ("seven adults", "101 autistic adolescents")."""
    members = [m for m in members_at(text, side) if m[0] in _GROUPS]
    out: list[tuple[float, str, str, str, int]] = []
    if not members:
        return out  # (no people named: no count of them to read)
    for quantity in find_quantities(text):
        if quantity.kind != "count" or quantity.value != int(quantity.value) or quantity.value < 2:
            continue
        end = quantity.start + len(quantity.text)
        for group, member, start, stop in members:
            if start >= end and _GAP_RE.match(text[end:start] + " "):
                out.append((quantity.value, group, member, text[start:stop], end))
                break
    return out


def _outside_ages(member: str, sentence: str, after: int) -> bool:
    """Is the age range given with the count ("7-11 years of age") mostly outside the member's ages (its middle
    outside them)?"""
    span = _AGES.get(member)
    found = _RANGE_RE.search(sentence, after, after + 80)
    if span is None or found is None:
        return False
    middle = (int(found.group(1)) + int(found.group(2))) / 2
    return not span[0] <= middle <= span[1]


def counted_contrast(clause: str, source: SourceText) -> CountedContrast | None:
    """The claim's counted population where the abstract's same count is of another member of its group, or of
    the same kind told apart by another word ("seven cases of peritoneal endometriosis" where the abstract's seven
    are "cases of ovarian endometriosis")."""
    claimed = _counted(clause, "claim")
    if not claimed:
        return _phrase_swap(clause, source)
    theirs_all = source.derived("counted groups", lambda: [(i, found) for i, sentence in enumerate(source.sentences)
                                                           for found in _counted(sentence.text, "source")])
    for value, group, member, said, _ in claimed:
        others = []
        for i, (their_value, their_group, theirs, written, end) in theirs_all:
            if their_value != value or their_group != group:
                continue
            if alike(member, theirs) and not _outside_ages(member, source.sentences[i].text, end):
                return None  # the abstract counts the claim's people ("40 children and 40 adults": either)
            others.append(CountedContrast(said, written, i))
        if others:
            return others[0]
    return None


#: Where the words a count counts end: a verb, a preposition other than with/of, a comparison.
_PHRASE_END = word_set("""were was had have has who whom which that whose is are be been received receiving underwent
    undergoing treated given in on at for from to after during over by and or but than versus vs showed found did
    could while when under into within whether against as like about""")
#: Words that tell no kind apart: people said in general, and a writer's own qualifiers ("distinct", "further").
_GENERAL = frozenset(stem(w) for w in word_set("""patients people persons individuals subjects men males man male women
    females woman female children child cases case volunteers members families family participants different distinct
    separate new newly consecutive eligible other others further several various commercial commercially available
    unselected selected random randomly own additional total overall respectively each both all some many most few
    groups group series sample samples specimens"""))


_COMPARED_RE = re.compile(r"\b(?:with|than|versus|vs\.?|against)\s+$", re.I)


def _phrase(text: str, quantity: Quantity) -> list[str]:
    """The words right after a count that say what it counts, split at hyphens and apostrophes: "cases of ovarian
    endometriosis" (up to seven, to the first verb, preposition other than with/of, or punctuation; none when a
    participle follows the count, "17 reported ...", whose noun is left out; a participle later ends it). Short
    function words stay as "" so that only words side by side count as next to each other."""
    words: list[str] = []
    for match in re.finditer(r"[^\W\d_][\w'\u2019-]*|[,;:.()\[\]]", text[quantity.start + len(quantity.text):][:90]):
        word = match.group()
        if not word[0].isalpha() or word.lower() in _PHRASE_END or re.search(r"(?:ed|ing)$", word) \
                and not _classes(word):  # ("localized", "impaired": members of a class, not participles)
            if not words and word[0].isalpha() and word.lower() not in _PHRASE_END:
                return []
            break
        words.append(word)
        if len(words) == 7:
            break
    return [part if (len(part) > 2 or part.isupper()) and (part.lower() not in STOP_WORDS or stem(part) in PEOPLE_KEYS)
            else "" for word in words for part in re.split(r"['\u2019-]", word) if part and part.lower() != "s"]


def _key(word: str) -> str:
    return stem(re.sub(r"tre$", "ter", word.lower()))  # ("centres" and "centers" are one word)


def _told_apart(words: list[str], shared: set[str], other_keys: set[str], other_text: str) -> list[str]:
    """The words of one side the other side never uses, each right before a word both use (a qualifier of the
    same head: "peritoneal" before "endometriosis"), none a general word, a participle or a spelling of the other's."""
    out = []
    for at, word in enumerate(words[:-1]):
        lower = word.lower()
        if not word or _key(word) in other_keys or _key(word) in _GENERAL or _key(words[at + 1]) not in shared:
            continue
        if len(lower) > 5 and re.search(r"(?:ed|ing|ly)$", lower) and not _classes(word) or lower in other_text \
                or len(lower) >= 6 and lower[:6] in other_text:
            continue  # "stimulant-treated"; "nonosteoporotic" for "non-osteoporotic"; "preprint" for "pre-print"
        out.append(word)
    return out


def _phrase_swap(clause: str, source: SourceText) -> CountedContrast | None:
    """The claim's count of one kind where the abstract's same count, of the same head, has another member of the
    qualifier's closed class in the qualifier's place, each absent from the other's text: "123 poor rural Peruvian
    children" where the abstract has "123 poor Peruvian urban children" (the count aligns the two, whatever the
    order of their words, where ``swaps`` aligns a sentence word by word)."""
    def letters(text: str) -> str:
        return re.sub(r"[^a-z0-9]", "", text.lower())

    claimed = []
    for quantity in find_quantities(clause):
        if quantity.kind == "count" and 2 <= quantity.value == int(quantity.value) \
                and not 1900 <= quantity.value <= 2099 and not _COMPARED_RE.search(clause, 0, quantity.start):
            ours = _phrase(clause, quantity)
            if len([w for w in ours if w]) >= 2:
                claimed.append((quantity, ours))
    if not claimed:
        return None  # (no counted phrase: the work's table is not read; "with 14 hospital controls" is a compared
        # group, the comparator check's)
    their_keys, their_letters, counted = source.derived("counted phrases", lambda: (
        {_key(w) for s in source.sentences for w in re.findall(r"[^\W\d_]+", s.text)}
        | {_key(w) for m in source.mesh for w in re.findall(r"[^\W\d_]+", m)},
        letters(" ".join([s.text for s in source.sentences] + source.mesh)),
        [(i, q, _phrase(s.text, q)) for i, s in enumerate(source.sentences) for q in find_quantities(s.text)
         if q.kind == "count" and q.unit != "fraction" and q.value >= 2 and q.value == int(q.value)]))
    claim_keys = {_key(w) for w in re.findall(r"[^\W\d_]+", clause)}
    claim_letters = letters(clause)
    for quantity, ours in claimed:
        for i, theirs_q, theirs in counted:
            if theirs_q.value != quantity.value:
                continue
            shared = {_key(w) for w in ours if w} & {_key(w) for w in theirs if w}
            said = _told_apart(ours, shared, their_keys, their_letters)
            other = _told_apart(theirs, shared, claim_keys, claim_letters)
            if said and other and any(_other_member(a, b) for a in said for b in other):
                return CountedContrast(_written(clause, quantity, ours), _written(source.sentences[i].text, theirs_q,
                                                                                   theirs), i)
    return None


def _written(text: str, quantity: Quantity, words: list[str]) -> str:
    """The count and the words it counts as the text has them ("seven cases of peritoneal endometriosis")."""
    last = next(w for w in reversed(words) if w)
    end = text.find(last, quantity.start + len(quantity.text)) + len(last)
    return " ".join(text[quantity.start:end].split())


def _classes(word: str) -> set[tuple[str, str]]:
    """The closed classes a word names a member of, as (class, member): a setting ("rural"), an organ ("ovarian"),
    an origin ("Peruvian"), a sex."""
    return {(name, str(member)) for name, _, member in member_of(word)} | counted_kinds(word)


def _other_member(ours: str, theirs: str) -> bool:
    """Are the two words two members of one closed class ("rural" and "urban", "peritoneal" and "ovarian")? Other
    pairs are too often one thing in two words ("normal" and "healthy", "stomach" and "gastric")."""
    mine = _classes(ours)
    return any(name == their_name and member != their_member for name, member in mine
               for their_name, their_member in _classes(theirs))
