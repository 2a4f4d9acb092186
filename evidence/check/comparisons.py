"""A comparison read as two sides and a direction, and a claim's comparison held against the abstract's.

"Girls were affected more often than boys" has a first side (girls), a second (boys) and a direction (more
often). The abstract's "boys are more frequently affected than girls" names the same two sides the other way
round with the same direction, so it says the opposite; "compared with SDHA-positive GISTs, those with
SDHA-negative GISTs had an older median age" against "lost SDHA were younger than those with SDHA-positive
tumours" names them the same way round with the opposite direction. Which way round is told by the words
each side has and the other lacks; a comparison is only held against one of its own kind (an age against
an age, a frequency or an amount against either).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from evidence.check.negated import PARTICIPLE_AFTER_PREFIX
from evidence.check.source import SourceText, stem, topic_words, word_set

#: (pattern, family, up): the comparative words, longest first within a family.
_LEXICON: tuple[tuple[str, str, bool], ...] = (
    (r"more\s+(?:often|frequent(?:ly)?|common(?:ly)?|likely|prevalent)", "frequency", True),
    (r"(?:less|fewer)\s+(?:often|frequent(?:ly)?|common(?:ly)?|likely|prevalent)|rarer", "frequency", False),
    (r"(?:higher|greater|increased|elevated|raised)\s+(?:[\w-]+\s+)?(?:prevalence|incidence|frequency|rates?|"
     r"proportions?|odds|risks?|likelihood)", "frequency", True),
    (r"(?:lower|reduced|decreased|smaller)\s+(?:[\w-]+\s+)?(?:prevalence|incidence|frequency|rates?|proportions?|"
     r"odds|risks?|likelihood)", "frequency", False),
    (r"perform(?:s|ed)?\s+better|better|superior|outperform(?:s|ed)?|more\s+favou?rable", "quality", True),
    (r"perform(?:s|ed)?\s+worse|worse|inferior|poorer|less\s+favou?rable|underperform(?:s|ed)?", "quality", False),
    (r"longer", "time", True),
    (r"shorter", "time", False),
    (r"older", "age", True),
    (r"younger", "age", False),
    (r"more|higher|greater|larger|stronger|increased|elevated|overexpress(?:ed|es)?|exceed(?:s|ed)?|surpass(?:es|ed)?|"
     r"(?:an?\s+(?:\w+\s+)?)(?:increase|rise|elevation)(?=\s+in\b)", "amount", True),
    (r"less|fewer|lower|smaller|weaker|decreased|reduced|underexpress(?:ed|es)?|"
     r"(?:an?\s+(?:\w+\s+)?)(?:decrease|reduction|fall|decline|drop)(?=\s+in\b)", "amount", False),
)
_WORD_RE = re.compile(r"\b(?:" + "|".join(f"(?P<w{i}>{p})" for i, (p, _, _) in enumerate(_LEXICON)) + r")\b", re.I)
_THAN_RE = re.compile(r"\bthan\s+", re.I)
_VERSUS_RE = re.compile(r"\b(?:compared?\s+(?:with|to)|in\s+comparison\s+(?:with|to)|relative\s+to|versus|vs\.?)\s+",
                        re.I)
_VERB_RE = re.compile(r"\b(?:(?:outperform|exceed|surpass|underperform)\w*|(?:superior|inferior)\s+to)\s+", re.I)
# ("significantly superior to those featuring castor oil": the second side after "to")
_CLAUSE_RE = re.compile(r"[;:]|\s(?:whereas|while|but|however|although|though)\b", re.I)
_SIDE_END_RE = re.compile(r"[;:.()\[\]]"
                          r"|\s+and\s+(?:\w+ly\s+)?(?:\w+ed|had|has|have|was|were|is|are|showed|shown)\b"
                          r"|,(?!\s+(?:[\w&-]+\s+){0,2}?(?:and|or)\b|\s+[\w&-]+(?:\s+[\w&-]+)?,)"  # a list's stay
                          r"|\s(?:whereas|while|but|although|because|respectively)\b", re.I)
_BOUND_RE = re.compile(r"\s*(?:[\d.,]+|one|two|three|four|five|six|seven|eight|nine|ten|half|a\s+third|a\s+quarter)\b",
                       re.I)  # "more than 50 patients": an amount, not a comparison
_NEGATED_RE = re.compile(r"\b(?:not|no|never|neither|nor|nothing|unlikely|fail(?:ed|s)?\s+to)\b|n't\b", re.I)
#: People and groups named in a side: every side has them, so they tell no side apart.
GENERIC = frozenset(stem(w) for w in word_set("""patients patient people those group groups subjects cases
    individuals participants cohort cohorts ones that"""))


@dataclass(frozen=True)
class Comparison:
    """One comparison: its word, kind, which way it goes, and the words of its two sides."""

    word: str
    family: str  # "frequency", "amount", "quality", "time" or "age"
    up: bool  # the first side has more of it
    first: frozenset[str]
    second: frozenset[str]
    measure: frozenset[str]  # what is compared ("MHC class II"), for an amount
    clause: frozenset[str]  # every key of the clause it is in
    said: str = ""  # the second side as written
    near: frozenset[str] = frozenset()  # the words right before the comparative and up to the second side


@dataclass(frozen=True)
class Opposed:
    """The claim's comparison and the abstract sentence that tells it the other way."""

    claim_word: str
    source_word: str
    swapped: bool  # the abstract names the two sides the other way round
    sentence: int


def _keys(text: str) -> frozenset[str]:
    """Topic keys, a "non-" kept on its word ("non-European" is not "European")."""
    return frozenset(topic_words(_UN_PARTICIPLE_RE.sub(r"non\1", _NON_RE.sub(r"non\1", text))) - GENERIC)


_NON_RE = re.compile(r"\bnon[\s-]+(\w)", re.I)
_UN_PARTICIPLE_RE = re.compile(rf"\bun{PARTICIPLE_AFTER_PREFIX}(\w)", re.I)  # "uninsured" is "noninsured"


def _contract(text: str, source: SourceText) -> str:
    """The abstract's long forms written as its abbreviations ("small cell lung cancer" as SCLC, not inside
    "non-small cell lung cancer"), so the two texts name each side alike."""
    for abbr, long_form in sorted(source.abbreviations.items(), key=lambda kv: -len(kv[1])):
        if len(long_form.split()) < 2:
            continue
        spelled = r"[\s-]+".join(re.escape(w) for w in long_form.split())  # "wild-type" for "wild type"
        text = re.sub(rf"(?<![\w-])(?<!non )(?<!non-){spelled}s?\b", abbr, text, flags=re.I)
    return text


def _side(text: str) -> str:
    text = re.sub(r"\s*\([^()]{0,40}\)(?=\s+[A-Za-z])", " ", text)  # "KIR 2D (L1, L3, L4, S4) positive"
    end = _SIDE_END_RE.search(text)
    return text[:end.start()] if end else text


def _family(match: re.Match[str]) -> tuple[str, bool]:
    index = int(next(k for k, v in match.groupdict().items() if v is not None)[1:])
    return _LEXICON[index][1], _LEXICON[index][2]


_COPULA_RE = re.compile(r"\b(?:was|were|is|are|been|being|be|remained|became)\s+(?:\w+ly\s+)?$", re.I)
_OF_RE = re.compile(r"\s(?:on|in\s+terms\s+of|regarding|with\s+respect\s+to|for|(?:at|in)(?=\s+[a-z]+ing\b))\s",
                    re.I)  # ("more potent than leptin alone at reducing body weight": what is compared)
_CUTOFF_RE = re.compile(r"(?:(?<![\w-])\d[\d.,]*|\b(?:one|two|three|four|five|six|seven|eight|nine|ten))"
                        r"(?:\s+(?:or|and))?\s*$", re.I)  # "five or more", "10 and over": a cut-off


def _comparison(word: re.Match[str], first: str, second: str, clause: str) -> Comparison | None:
    family, up = _family(word)
    before = clause[max(0, word.start() - 60):word.start()]
    own = re.split(r",|\band\b|\bbut\b", before)[-1]  # "CPFE is not rare and CPFE patients had a higher ..."
    if _NEGATED_RE.search(own) or _CUTOFF_RE.search(before):
        return None  # "did not live longer than" is read by the null checks; "five or more" is a cut-off
    copula = _COPULA_RE.search(clause[:word.start()])
    if copula:  # "fibrosis scores were higher when ...": what is compared comes before the verb, and before
        # any "on", "in" or "of" that says where ("MHC class II expression on TILs was higher")
        subject = re.split(r",", clause[:copula.start()])[-1]
        measure = " ".join(re.split(r"\s(?:on|in|of|among|for|at|with)\s", f" {subject} ", maxsplit=1)[0]
                           .split()[-4:] or subject.split()[-4:])
    else:  # "carried more MHC class II in SCLC than ...": after the word
        measure = " ".join(re.split(r"\b(?:in|on|among|than|for|at|with|when|if|compared|versus)\b",
                                    clause[word.end():], maxsplit=1)[0].split()[:4])
    of = _OF_RE.search(second)  # "lower than their caregivers on knowledge": what is compared, after the side
    if of:
        second, measure = second[:of.start()], f"{measure} {second[of.end():]}"
    said = _keys(word.group())  # the comparative is neither side
    lead = re.split(r"[,(]", clause[:word.start()])[-1].split()[-8:]  # back to a comma: the comparative's subject
    near = " ".join(lead + first[word.end():].split()[:8]) if word.end() <= len(first) and clause.startswith(first) \
        else " ".join(lead)
    return Comparison(" ".join(word.group().split()), family, up, _keys(first) - said, _keys(second) - said,
                      _keys(measure), _keys(clause), " ".join(second.split()), _keys(near) - said)


def comparisons(text: str) -> list[Comparison]:
    """Every comparison of ``text`` whose two sides it names."""
    out: list[Comparison] = []
    start = 0
    for cut in [*_CLAUSE_RE.finditer(text), None]:
        clause = text[start:cut.start() if cut else len(text)]
        start = cut.end() if cut else len(text)
        out.extend(_in_clause(clause))
    return out


def _in_clause(clause: str) -> list[Comparison]:
    out: list[Comparison] = []
    used: set[int] = set()
    words = list(_WORD_RE.finditer(clause))
    for than in _THAN_RE.finditer(clause):
        before = [w for w in words if w.end() <= than.start() and len(clause[w.end():than.start()].split()) <= 18]
        if not before or _BOUND_RE.match(clause, than.end()):
            continue
        word = before[-1]
        used.add(word.start())
        found = _comparison(word, clause[:than.start()], _side(clause[than.end():]), clause)
        if found is not None:
            out.append(found)
    for versus in _VERSUS_RE.finditer(clause):
        if clause.count("(", 0, versus.start()) > clause.count(")", 0, versus.start()):
            continue  # "A outperforms B (F1 0.22 vs 0.16)": figures in brackets, not the comparison's sides
        lead = not clause[:versus.start()].strip(" ,")
        if lead:  # "Compared with B, A had ...": B to the comma, A after it
            comma = clause.find(",", versus.end())
            if comma < 0:
                continue
            second, first, offset = clause[versus.end():comma], clause[comma + 1:], comma + 1
        else:
            second, first, offset = _side(clause[versus.end():]), clause[:versus.start()], 0
        for word in words:
            if word.start() in used or not offset <= word.start() < offset + len(first):
                continue
            bound = re.match(r"\s+than\b", clause[word.end():])
            if bound and _BOUND_RE.match(clause, word.end() + bound.end()) and not re.match(
                    r"\s*[\d.,]+\s*(?:-?\s*fold|times)\b", clause[word.end() + bound.end():]):
                continue  # "8.6 (greater than 10-3.1) compared with 3.0": a figure's bound, not the comparison
            used.add(word.start())
            found = _comparison(word, first, second, clause)
            if found is not None:
                out.append(found)
    for verb in _VERB_RE.finditer(clause):
        at = [w for w in words if w.start() == verb.start()]
        if not at or at[0].start() in used:
            continue
        found = _comparison(at[0], clause[:verb.start()], _side(clause[verb.end():]), clause)
        if found is not None:
            out.append(found)
    return out


def _widened(comparison: Comparison, source: SourceText) -> Comparison:
    """Each side with its abbreviations' long forms and its long forms' abbreviations ("ER" is "estrogen
    receptor", "TNBC" "triple-negative breast cancer"), so a claim that spells a side out meets the
    abstract that abbreviates it."""
    def widen(keys: frozenset[str]) -> frozenset[str]:
        out = set(keys)
        for abbr, long_form in source.abbreviations.items():
            words = _keys(long_form)  # "non-small cell lung cancer" keeps its "non"
            if stem(abbr.lower()) in keys:
                out |= words
            elif words and words <= keys:
                out.add(stem(abbr.lower()))
        return frozenset(out)
    return replace(comparison, first=widen(comparison.first), second=widen(comparison.second))


def _orientation(claim: Comparison, theirs: Comparison) -> bool | None:
    """True when the abstract names the two sides the other way round, False when the same way, None when
    its words cannot tell. The claim's second side decides when the abstract names it on one side only.
    When it names neither, the words right before the claim's comparative ("more often on TILs in
    adenocarcinomas") decide, less what either text says is compared (its measure sits on the first side
    by the grammar of "A had more X than B", so it tells no side)."""
    c2 = claim.second - claim.first
    s1, s2 = theirs.first - theirs.second, theirs.second - theirs.first
    if not c2 or not s2:
        return None  # each second side must have words of its own ("36% vs 14%" names no side)
    if c2 & s2 and not c2 & s1:
        return None if (claim.near - claim.second - claim.measure) & s2 else False  # its subject on their other side
    if c2 & s1 and not c2 & s2:
        subject = claim.near - claim.second - claim.measure
        return None if subject & s1 and not subject & s2 else True  # its subject on their first side too
    if c2 & (s1 | s2):
        return None
    near = claim.near - claim.second - claim.measure - theirs.measure
    return True if near & s2 and len(near & s2) >= len(near & s1) else None


def _alike(claim: Comparison, theirs: Comparison) -> bool:
    """Comparisons of one kind: an age with an age, a frequency or an amount with either; where either is
    an amount, most of what the claim says is compared ("MHC class II") must be in the abstract's clause."""
    if claim.family in ("frequency", "amount") and theirs.family in ("frequency", "amount"):
        if "amount" not in (claim.family, theirs.family):
            return True
        if not claim.measure:  # "found LAG-3 more often on TILs in ...": what the first side says is compared
            return len((claim.first - claim.second) & theirs.clause) >= 2
        return 2 * len(claim.measure & theirs.clause) >= len(claim.measure)
    return claim.family == theirs.family


_Weighed = tuple[tuple[int, Opposed] | None, tuple[int, str, int] | None]


def _weigh(clause: str, source: SourceText, ranked: list[int]) -> _Weighed:
    """The best opposing comparison (its score, and what it says) and the best agreeing one (its score, the
    claim's word, its sentence): a comparison's score is how many of the claim's words its clause holds.
    Weighed once per claim and work (both ``find_opposed`` and ``find_confirmed`` ask)."""
    weighed: dict[tuple[str, tuple[int, ...]], _Weighed] = source.derived("comparisons:weighed", dict)
    key = (clause, tuple(ranked))
    if key not in weighed:
        weighed[key] = _weigh_anew(clause, source, ranked)
    return weighed[key]


def _weigh_anew(clause: str, source: SourceText, ranked: list[int]) -> _Weighed:
    claimed = [_widened(c, source) for c in comparisons(_contract(clause, source))]
    if not claimed:
        return None, None
    read: dict[int, list[Comparison]] = source.derived("comparisons", dict)
    claim_keys = _keys(_contract(clause, source))
    opposed: tuple[int, Opposed] | None = None
    agreed: tuple[int, str, int] | None = None
    for i in ranked:
        if i not in read:
            read[i] = [_widened(c, source) for c in comparisons(_contract(source.sentences[i].text, source))]
        for theirs in read[i]:
            for claim in claimed:
                swapped = _orientation(claim, theirs) if _alike(claim, theirs) else None
                if swapped is None:
                    continue
                score = len(claim_keys & theirs.clause - _keys(claim.word) - _keys(theirs.word))
                if (claim.up == theirs.up) != swapped:
                    if agreed is None or score > agreed[0]:
                        agreed = (score, claim.word, i)
                elif opposed is None or score > opposed[0]:
                    opposed = (score, Opposed(claim.word, theirs.word, swapped, i))
    return opposed, agreed


def find_opposed(clause: str, source: SourceText, ranked: list[int]) -> Opposed | None:
    """The claim's comparison against the on-topic sentences' (``ranked``, best first): flagged when the
    comparison of theirs that shares most words with the claim goes the other way, and none as close agrees."""
    opposed, agreed = _weigh(clause, source, ranked)
    return opposed[1] if opposed is not None and (agreed is None or opposed[0] > agreed[0]) else None


def find_confirmed(clause: str, source: SourceText, ranked: list[int]) -> tuple[str, int] | None:
    """The claim's comparative word and the sentence that compares the claim's two sides its way, closer to
    the claim than any that goes the other way: a direction word elsewhere ("Higher MHC class II ... better
    prognosis") does not outweigh it."""
    opposed, agreed = _weigh(clause, source, ranked)
    return (agreed[1], agreed[2]) if agreed is not None and (opposed is None or agreed[0] > opposed[0]) else None


@dataclass(frozen=True)
class OtherSide:
    """The claim's second side, and the abstract's comparison of the same first side with something else."""

    said: str
    theirs: str
    sentence: int


def find_other_compared(clause: str, source: SourceText, ranked: list[int]) -> OtherSide | None:
    """"Diagnosed at a higher T-class than European immigrants" where the abstract's comparison of the same
    first side and measure is "than Swedes": the claim's second side is in none of the sides the abstract
    compares on that measure (its words may be elsewhere in the abstract: named, not compared)."""
    claimed = [_widened(c, source) for c in comparisons(_contract(clause, source))]
    read: dict[int, list[Comparison]] = source.derived("comparisons", dict)
    for claim in claimed:
        c1, c2 = claim.first - claim.second, claim.second - claim.first
        if not c2 or not c2 <= source.all_words:
            continue  # a second side the abstract never names is read by the comparator check
        aligned: tuple[Comparison, int] | None = None
        for i in ranked:
            if i not in read:
                read[i] = [_widened(c, source) for c in comparisons(_contract(source.sentences[i].text, source))]
            for theirs in read[i]:
                if not _alike(claim, theirs) or not re.search(r"[^\W\d_]{2}", theirs.said):
                    continue  # ("lower [34.6% vs. 64.0%]": figures, not a side)
                if c2 & (theirs.first | theirs.second) and len(c1 & (theirs.first | theirs.second)) >= min(2, len(c1)):
                    return None  # the abstract compares with the claim's second side (on the claim's measure: "higher
                    # global efficiency than controls" says nothing of connectivity)
                if aligned is None and len(c1 & (theirs.first - theirs.second)) >= 2:
                    aligned = (theirs, i)
        if aligned is not None and not _same_time(claim.said, aligned[0].said):
            return OtherSide(claim.said, aligned[0].said, aligned[1])
    return None


_TIME_SIDE_RE = re.compile(r"^(?:(?:what|that|those|they|it)\s+(?:\w+\s+){0,2})?(before|after)\b", re.I)


def _same_time(said: str, theirs: str) -> bool:
    """"Than before they were infected" where the abstract's side is "that observed in the same individuals before
    exposure to the virus": both set a time against another (the claim words its event its own way)."""
    when = _TIME_SIDE_RE.match(said.strip())
    return when is not None and re.search(rf"\b{when.group(1)}\b", theirs, re.I) is not None
