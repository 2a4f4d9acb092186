"""Which way a finding goes, and what it was compared with.

A claim's direction words (reduced, higher, improved, shortened...) are paired with the
direction words of the abstract sentences on the same topic, by the words around them; an
opposite word, or "no significant difference" / "did not differ" / "non-inferior" where the
claim reports an effect, is a reversal. "X than Y" read against the abstract's "Y than X" is
the same finding, not a reversal. What a claim compares with is read by ``comparators``, with the
words shared here (``COMPARE_RE``, ``NP_END``, ``VAGUE``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from evidence.check.cues import (
    CLAUSE_BREAK_RE,
    COMPARE_RE,
    FINITE_RE,
    NOT_A_SIDE,
    NP_END,
    Cue,
    cues,
    sentence_cues,
)
from evidence.check.cuewords import CUE_RE, DOWN, EFFECT, NULL, UP
from evidence.check.numberwords import spelled_value
from evidence.check.reversalguards import (
    as_condition,
    between_others,
    conceded_aside,
    left_alone,
    of_the_healthy,
    stopped_by_other,
)
from evidence.check.source import STOP_WORDS, SourceText, stem, topic_words, word_set


def _sides(text: str) -> tuple[set[str], set[str]]:
    """Topic words before and after the comparison marker ("A higher in X than in Y" -> X side, Y side)."""
    match = COMPARE_RE.search(text)
    if not match:
        return set(), set()
    after = text[match.end():]
    end = NP_END.search(after)
    return _side_words(text[:match.start()]), _side_words(after[:end.start()] if end else after)


_NON_RE = re.compile(r"\bnon[\s-]+([^\W\d_]{3,})", re.I)


def _side_words(text: str) -> set[str]:
    """A side's topic words, "non-pregnant" one word apart from "pregnant" (the side that is not) and from
    "non-diabetic" as from "diabetic"."""
    return topic_words(_NON_RE.sub(" ", text)) | {f"non-{stem(m.group(1).lower())}" for m in _NON_RE.finditer(text)}


@dataclass(frozen=True)
class Reversal:
    claim_word: str
    source_word: str
    sentence: int
    null: bool  # the abstract reports no difference
    swapped: bool = False  # same word, but the abstract names the two sides the other way round


def claim_cues(clause: str, source: SourceText) -> list[Cue]:
    """The claim's direction words as the direction checks read them (read once per claim: pass them on)."""
    return cues(clause, expand=source.expand, reach=6)


def find_reversal(clause: str, source: SourceText, ranked: list[int],
                  said: list[Cue] | None = None) -> Reversal | None:
    """The first effect the claim reports that the abstract's on-topic sentences (``ranked``) reverse
    or report as no difference. A sentence that also words it the claim's way is not a reversal, and the other
    English abstract (NLM's partners') reverses nothing the journal's own abstract words the claim's way.
    ``said``: the claim's ``claim_cues``, if read already."""
    said = claim_cues(clause, source) if said is None else said
    found = _find_reversal(clause, source, ranked, said)
    if found is not None and source.sentences[found.sentence].source == "other abstract":
        agreeing = find_agreement(clause, source, [i for i in ranked if source.sentences[i].source == "abstract"],
                                  said)
        claim = source.claim_words(clause)
        if agreeing is not None and source.weight(claim & source.sentences[agreeing].words) >= source.weight(
                claim & source.sentences[found.sentence].words):
            return None  # (not where the other abstract's sentence holds more of the claim: "did not improve
            # exercise time in patients with unstable angina" against the journal's plain "exercise time increased")
    return found


def _find_reversal(clause: str, source: SourceText, ranked: list[int], every_claim_cue: list[Cue]) -> Reversal | None:
    if not any(c.polarity == NULL for c in every_claim_cue):
        found = _reversal_of(clause, every_claim_cue, source, ranked)
        if found is not None and found.null and _conceded(clause, found, source):
            return None  # "outcomes similar to X while better preserving Y": the claim has the abstract's likeness
        return found
    after_all = _effect_after_all(every_claim_cue, source, ranked)
    conceded = _CONCEDED_RE.search(clause)
    if after_all is not None:
        return after_all
    if conceded is None:  # "albumin was raised, with globulin unchanged": the claim's change is a finding too, and
        # only an opposite word reverses it (the abstract's "no change" may be the claim's own)
        found = _reversal_of(clause, [c for c in every_claim_cue if c.polarity in (UP, DOWN)
                                      and not _WHEN_RE.search(clause, 0, c.end - len(c.word))], source, ranked)
        return found if found is not None and not found.null else None
    if any(c.polarity == NULL and c.end < conceded.start() for c in every_claim_cue):
        return after_all
    # "was linked to a higher relapse rate, although compliance was similar": a finding with a direction, and a
    # conceded likeness the abstract may word as its own "no difference" (so only an opposite word reverses it)
    found = _reversal_of(clause, [c for c in every_claim_cue if c.end < conceded.start() and c.polarity in (UP, DOWN)],
                         source, ranked)
    return found if found is not None and not found.null else None


#: "Five years after Malawi reduced its use of SP, ... had not changed": a change that sets the time or the
#: condition of the finding, not a finding.
_WHEN_RE = re.compile(r"\b(?:after|when|once|since|because|if|before|until|following|as|whose|who|which|"
                      r"(?<!\bfound\s)(?<!\bshowed\s)(?<!\bshown\s)(?<!\breported\s)(?<!\bnoted\s)"
                      r"(?<!\bobserved\s)(?<!\bconcluded\s)(?<!\bdemonstrated\s)that|with|"
                      r"without)\s+(?:[\w'-]+\s+){0,4}$", re.I)  # (nor one that says who: "whose insulin levels were
# lowered", "patients with reduced ejection fraction"); "found that antibody persistence shortened" reports the
# finding


#: Words of likeness a claim may concede beside a difference it reports ("similar", not "no changes").
_LIKE_RE = re.compile(r"similar(?:ly)?|comparable|equivalent|equal(?:ly)?|alike|non-?inferior", re.I)


def _conceded(clause: str, found: Reversal, source: SourceText) -> bool:
    """Does the claim itself say the abstract's likeness ("similar"), of what the abstract says it of? ("gave cancer
    outcomes similar to X" where "RAPN had similar oncological outcomes"; not "survival similar to X" where
    "toxicities were similar")."""
    if not _LIKE_RE.fullmatch(found.source_word):
        return False
    text = source.sentences[found.sentence].text
    theirs = [m.start() for m in re.finditer(r"\b" + re.escape(found.source_word) + r"\b", text, re.I)]
    return any(topic_words(clause[max(0, m.start() - 60):m.end() + 40])
               & topic_words(text[max(0, at - 60):at + 60]) - topic_words(found.source_word) - topic_words(m.group())
               for m in re.finditer(r"\b(?:" + _LIKE_RE.pattern + r")\b", clause, re.I) for at in theirs)
    # (any word of likeness: "about equally good at showing vegetations" where "a similar ability to detect
    # vegetations")


def _reversal_of(clause: str, every_claim_cue: list[Cue], source: SourceText, ranked: list[int]) -> Reversal | None:
    """``find_reversal`` for a claim that reports no null finding of its own (or only a conceded one)."""
    claim_cues = _findings(clause, every_claim_cue)
    if not claim_cues:
        return None
    before_c, after_c = _sides(source.expand(clause))
    compare = COMPARE_RE.search(clause)
    negated = {stem(w) for w in re.findall(r"\bnon[\s-]+([^\W\d_]+)", clause[:compare.start()], re.I)} \
        if compare else set()
    claim_all = source.claim_words(clause)
    every_cue = [c for i in ranked for c in sentence_cues(source, i) if not stopped_by_other(c, source, claim_all)
                 and not (c.polarity == NULL and (left_alone(clause, c) or between_others(c, source, claim_all)
                                                  or of_the_healthy(clause, c, source)
                                                  or _same_of_another(c, source, claim_all)
                                                  or conceded_aside(c, source, claim_all)))]
    for claim in claim_cues:
        named = _named_thing(clause, claim, len(claim_cues) == 1, every_cue, source, (before_c, after_c))
        if named is not None:
            return named
        # a claim that something differed meets any finding; one that it rose, only findings with a direction
        source_cues = every_cue if claim.polarity == EFFECT else [c for c in every_cue if c.polarity != EFFECT]
        scored = [(source.weight(claim.context & cue.context), cue) for cue in source_cues]
        scored, best_overlap, best = _best_cue(clause, claim, source_cues, source, scored)
        if best is None or best_overlap < 1.5:  # the words around the cue differ: their clauses may still match
            wide = [(source.weight(claim.clause & cue.clause), cue) for cue in source_cues]
            wide_overlap, wide_best = max(wide, key=lambda pair: pair[0], default=(0.0, None))
            if wide_best is not None and wide_overlap >= 2.5:
                scored, best_overlap, best = wide, wide_overlap, wide_best
        if best is None or best_overlap < 1.5:  # nor their clauses: the sentence may still compare
            swapped = _swapped_comparison(claim, [(source.weight(claim_all & source.sentences[cue.sentence].words),
                                                   cue) for cue in source_cues], (before_c, after_c, negated), source,
                                          floor=2.5)
            if swapped is not None:
                return swapped
            continue
        if claim.polarity == EFFECT and best.polarity != NULL:
            continue
        swapped = _swapped_comparison(claim, scored, (before_c, after_c, negated), source) \
            if best.polarity != claim.polarity else None  # "saturated faster than unsaturated" where the sentence
        if swapped is not None:  # richest in its words says "did not show" and the one comparing the two says
            return swapped  # "unsaturated higher than saturated"
        if best.polarity == claim.polarity:
            other_side = _other_subgroup(claim, scored, source)
            if other_side is not None:
                return other_side
            swapped = _swapped_comparison(claim, scored, (before_c, after_c, negated), source) or _crossed(
                clause, claim, best, source)
            if swapped is not None:
                return swapped
            continue
        if _other_thing(claim, best, source.weight):
            continue
        comparative = bool(_cue_sides(clause, claim.end)[1])
        if any(_words_it_so(clause, claim, cue, source) and (not comparative or cue.compares) and (
                n >= max(1.0, 0.75 * best_overlap) if cue.sentence == best.sentence or claim.polarity == EFFECT
                else _same_other_side(claim, cue, best, source, clause) or source.weight(
                    claim.context & source.sentences[cue.sentence].words) >= best_overlap
                and _covers(source, claim_all, cue.sentence, best.sentence)
                and not _measured_apart(clause, claim, source, best.sentence, cue.sentence)
                and not _caused_apart(clause, claim, source, best.sentence, cue))
               for n, cue in scored):
            continue  # the abstract also words it the claim's way, here or in another on-topic sentence
        if any(cue.polarity == claim.polarity and (
                best.polarity != NULL and claim.thing & cue.thing
                and source.weight(claim.thing & cue.thing) > source.weight(claim.thing & best.thing)
                and not _measured_apart(clause, claim, source, best.sentence, cue.sentence)
                and not _caused_apart(clause, claim, source, best.sentence, cue)
                or after_c and _same_sides(before_c, after_c, cue, source)) for cue in source_cues):
            continue  # "smaller [infarcts]" meets "smaller [brain infarcts]"; "A more frequent than B" meets itself
        opposite = [(n, cue) for n, cue in scored if cue.sentence == best.sentence and n > 0
                    and cue.polarity not in (NULL, claim.polarity)
                    and not _said_too(claim, cue, every_claim_cue, source.weight)]
        if best.polarity == NULL and opposite:  # name the word that reverses it, not the sentence's "no change"
            best = max(opposite, key=lambda pair: pair[0])[1]
        if best.polarity != NULL and after_c and (
                _swapped(before_c, after_c, source.sentences[best.sentence].text, source)
                or best.polarity in (UP, DOWN) and _said_of_other_side(before_c, after_c, best, source)):
            continue  # "lower in A than B" against "higher in B than A", or "A more often than B" against "B had
            # lower rates": the same finding
        if _said_too(claim, best, every_claim_cue, source.weight):
            continue  # "inhibited contractions induced by PGE2" where "contractions were induced by PGE2": the
            # abstract's word is one the claim itself says, the same way
        return Reversal(claim.word, best.word, best.sentence, best.polarity == NULL)
    return None


def _findings(clause: str, every_claim_cue: list[Cue]) -> list[Cue]:
    """The claim's words of change that report its finding (not a cause it names, nor a condition); of those, the ones
    with a direction where there are any ("was associated with higher risk": the direction speaks)."""
    found = [c for c in every_claim_cue if c.polarity != NULL and not _cause_named(clause, c, every_claim_cue)
             and not as_condition(clause, c, every_claim_cue)]
    directed = [c for c in found if c.polarity != EFFECT]
    return directed or found


def _named_thing(clause: str, claim: Cue, alone: bool, every_cue: list[Cue], source: SourceText,
                 sides: tuple[set[str], set[str]]) -> Reversal | None:
    """The readings that go by what the claim's word changes (its object, its subject, the things it says do not
    differ), before any by the words around it."""
    by_head = _by_head(claim, every_cue, source, sides, clause) if alone else None
    return by_head or _no_difference_between(clause, claim, every_cue, source) \
        or _by_subject(clause, claim, every_cue, source)


def _no_difference_between(clause: str, claim: Cue, every_cue: list[Cue], source: SourceText) -> Reversal | None:
    """"Improved spirometry more than a sham treatment did" where the sentence on spirometry says "no difference between
    active and sham treatments": the claim's other side is one of the two the abstract finds alike, in a sentence on
    what the claim measured (the word after the claim's), and no sentence on it words the claim's way with a
    comparison."""
    theirs = _cue_sides(clause, claim.end)[1] - NOT_A_SIDE
    phrase = _NP_RE.match(clause, claim.end)
    measure = topic_words(phrase.group(1).split()[0]) if phrase else set()
    if claim.polarity not in (UP, DOWN) or not theirs or not measure:
        return None
    for cue in every_cue:
        words = source.sentences[cue.sentence].words
        if cue.polarity == NULL and _GROUPS_RE.search(cue.word) and theirs & cue.context and measure <= words \
                and not any(other is not cue and other.polarity == claim.polarity and other.compares
                            and measure <= source.sentences[other.sentence].words for other in every_cue):
            return Reversal(claim.word, cue.word, cue.sentence, True)
    return None


_SAME_RE = re.compile(r"(?:was|were|remained|is|are)\b.*\b(?:same|identical)$", re.I)


def _same_of_another(cue: Cue, source: SourceText, claim_all: set[str]) -> bool:
    """"Although energy intake was identical in the two groups, weight gain was greater": "was identical" says no
    difference of what comes right before it, which the claim must name."""
    return bool(_SAME_RE.match(cue.word)) and not _subject(source.sentences[cue.sentence].text, cue) & claim_all


def _said_too(claim: Cue, cue: Cue, every_claim_cue: list[Cue], weigh: Callable[[frozenset[str]], float]) -> bool:
    """Is the abstract's word one the claim itself says, the same way, of the same words and of no other thing?
    ("inhibited contractions induced by PGE2" where "contractions were induced by PGE2"; "antisera raised
    against"; not "downregulated Bax and upregulated Bcl-2": two things, two ways)"""
    return any(other is not claim and other.polarity == cue.polarity and stem(other.word) == stem(cue.word)
               and not any(other.thing and side and not other.thing & side for side in (cue.thing, claim.thing))
               and weigh(other.context & cue.context) >= weigh(claim.context & cue.context)
               for other in every_claim_cue)


def _cause_named(clause: str, cue: Cue, every: list[Cue]) -> bool:
    """"A modest rise in insulin ... suppressed leucine flux": the change named as a noun before the clause's own
    word of change is what was done, not the finding."""
    start = cue.end - len(cue.word)
    if not (re.search(r"\b(?:a|an)\s+(?:[\w-]+\s+)?$", clause[:start], re.I)
            and re.match(r"\s+in\b", clause[cue.end:])):
        return False
    return any(other.end > cue.end and not CLAUSE_BREAK_RE.search(clause, cue.end, other.end - len(other.word))
               for other in every)


_LACKING_RE = re.compile(r"\b(?:lack\w*|without|absent|did\s+not|negative)\b", re.I)
_GENERIC_HEADS = frozenset(stem(w) for w in word_set("""level levels risk rate rates number proportion score
    scores value values expression activity concentration concentrations incidence prevalence"""))


def _by_head(claim: Cue, every_cue: list[Cue], source: SourceText,
             sides: tuple[set[str], set[str]], clause: str) -> Reversal | None:
    """"Lower IDO activity" where the on-topic sentence says "higher IDO activity" (and "lower Trp"): the
    words that change the same named thing decide, whichever other words the sentence shares. A sentence
    that names the claim's two sides the other way round says the same thing; a claim with two direction
    words may invert both ("lower NT-proBNP with better survival" for "higher NT-proBNP, lower survival"),
    so only a claim with one is read this way."""
    head = claim.head - _GENERIC_HEADS
    if claim.polarity not in (UP, DOWN) or not head or _LACKING_RE.search(clause[:claim.end]):
        return None  # ("patients whose tumours lacked VEGF survived longer": the sides are the other way round)
    same = [cue for cue in every_cue if head & cue.head and cue.polarity in (UP, DOWN, NULL)
            and (_near_enough(claim.clause & source.sentences[cue.sentence].words, source)
                 or len(claim.thing & cue.thing) >= 2 and cue.thing <= claim.thing
                 and claim.clause & source.sentences[cue.sentence].words - cue.thing)]  # ("raising magnesium
    # increased the electrical activity of portal vein smooth muscle" and "decreased electrical activity on
    # increasing [Mg2+]": all it names, the claim names, and what did it too; not "Propranolol decreased heart rate")
    if not same or any(cue.polarity == claim.polarity for cue in same):
        return None
    cue = same[0]
    if sides[1] and _swapped(*sides, source.sentences[cue.sentence].text, source):
        return None
    return Reversal(claim.word, cue.word, cue.sentence, cue.polarity == NULL)


#: What may stand between a subject and its verb of change: "was", "also", "significantly", "not".
_BETWEEN_RE = re.compile(r"(?:\s+(?:was|were|is|are|has|have|had|been|also|not|further|[a-z]+ly))*\s*$", re.I)


def _is_verb(cue: Cue) -> bool:
    """Is the cue's last word a finite verb of change ("decreased", "rose", "was not increased"; not "higher")?"""
    return bool(FINITE_RE.fullmatch(re.split(r"[\s-]", cue.word)[-1]))


def _subject_phrase(text: str, cue: Cue) -> list[str]:
    """The (up to three) content words right before a verb of change, its subject ("[serum globulin] also
    decreased", "[Urinary xanthine] was not increased"): nothing where a stop word, a number or a mark comes first,
    nor where the words are a time's or a place's ("infused before [coronary occlusion] lowered", "on [coronary
    occlusion] induced arrhythmia"): the verb's subject is further back."""
    before = text[:cue.end - len(cue.word)]
    before = _BETWEEN_RE.sub("", before, count=1)
    words: list[str] = []
    for match in reversed(list(re.finditer(r"[^\W_][\w'-]*|[^\w\s]", before))[-4:]):
        word = match.group().lower()
        if word in _NOT_OF_THE_SUBJECT and words:
            return []
        if len(words) == 3 or not word[0].isalpha() or word in STOP_WORDS or CUE_RE.fullmatch(word) \
                or not topic_words(word):
            break
        words.insert(0, stem(word))
    return words


#: Words before which a run of nouns is no verb's subject but a time's or a place's.
_NOT_OF_THE_SUBJECT = frozenset({"before", "after", "during", "following", "until", "since", "without", "on"})


def _by_subject(clause: str, claim: Cue, every_cue: list[Cue], source: SourceText) -> Reversal | None:
    """"Serum globulin also decreased" where the abstract says "the serum albumin decreased significantly and the
    globulin increased": the verb whose subject is the claim's decides, whichever cue shares more words around it.
    Only verbs with their subject right before them, and only where no verb of the abstract says the claim's way of
    that subject; a "not" only of the claim's own verb ("was not increased" for "increased")."""
    if claim.polarity not in (UP, DOWN) or not _is_verb(claim):
        return None
    mine = _subject_phrase(clause, claim)
    if not mine:
        return None
    same = []
    for cue in every_cue:
        text = source.sentences[cue.sentence].text
        theirs = _subject_phrase(text, cue)
        if (cue.polarity in (UP, DOWN) or cue.polarity == NULL and stem(cue.word.split()[-1].lower())
                == stem(claim.word.split()[-1].lower())) and _is_verb(cue) \
                and not _NOT_A_CHANGE_RE.match(text, cue.end) and theirs \
                and (theirs[-1] == mine[-1] or set(theirs) < set(mine) and theirs[-1] in mine):
            same.append(cue)
    if not same or any(_agrees(claim.polarity, cue.polarity) for cue in same):
        return None
    cue = same[0]
    return Reversal(claim.word, cue.word, cue.sentence, cue.polarity == NULL)


#: A verb of change that places, not changes: "fell in between", "fell within the normal range".
_NOT_A_CHANGE_RE = re.compile(r"\s+(?:in\s+between|within|into|under|short|behind)\b", re.I)


def _near_enough(shared: frozenset[str], source: SourceText) -> bool:
    """Do a claim's clause and a sentence share enough to be about one finding? Three words, or fewer that weigh
    as much ("expressed VEGF survived" and "survival ... with positive VEGF expression": three words, 2.3)."""
    return source.weight(shared) >= (2.0 if len(shared) >= 3 else 2.5)


def _other_thing(claim: Cue, best: Cue, weigh: Callable[[frozenset[str]], float]) -> bool:
    """Do the two words speak of different things? "higher [chance of relapse]" is not reversed by
    "shorter [overall survival]": what each changed differs, and the claim's thing (two thirds of its weight)
    is not near the other."""
    if not (claim.polarity in (UP, DOWN) and best.polarity in (UP, DOWN) and claim.thing and best.thing):
        return False
    if claim.head & best.head:
        return False  # the same thing changed, whatever follows it
    return weigh(claim.thing & (best.thing | best.context)) < weigh(claim.thing) / 3


_BE_RE = re.compile(r"(?:\s+(?:was|were|is|are|has|have|had|been|be|became|become|becomes))+\s*$", re.I)


def _best_cue(clause: str, claim: Cue, source_cues: list[Cue], source: SourceText,
              scored: list[tuple[float, Cue]]) -> tuple[list[tuple[float, Cue]], float, Cue | None]:
    """The abstract's cue richest in the words around the claim's (the cues as scored, its overlap, the cue); where
    none shares enough, one with the claim's subject right before it: "Fibrinogen survival was shortened" and
    "Fibrinogen survival was increased", words this abstract may use so often that they weigh little."""
    overlap, best = max(scored, key=lambda pair: pair[0], default=(0.0, None))
    if best is not None and overlap >= 1.5:
        return scored, overlap, best
    subject = _subject(clause, claim)
    same = [(1.5, cue) for cue in source_cues if subject and _subject(source.sentences[cue.sentence].text, cue)
            == subject]
    if not same:  # or the same thing named right after it: "a fall in phenytoin blood levels" and "a significant
        # increase in phenytoin blood levels"
        thing = _object(clause, claim)
        same = [(1.5, cue) for cue in source_cues if thing and _object(source.sentences[cue.sentence].text, cue)
                == thing]
    return (same, 1.5, same[0][1]) if same else (scored, overlap, best)


def _words_it_so(clause: str, claim: Cue, cue: Cue, source: SourceText) -> bool:
    """Does the abstract's word go the claim's way, of the claim's thing?"""
    return _agrees(claim.polarity, cue.polarity) and not _other_thing(claim, cue, source.weight) \
        and not _qualified_otherwise(clause, claim, cue, source)


def _subject(text: str, cue: Cue) -> frozenset[str]:
    """The two content words right before a verb of change ("[fibrinogen survival] was shortened"), or nothing."""
    before = _BE_RE.sub("", text[:cue.end - len(cue.word)])
    if before == text[:cue.end - len(cue.word)].rstrip():
        return frozenset()  # (no "was": "increased levels of" is no verb with its subject before it)
    words = re.findall(r"[^\W_][\w-]*", before)[-2:]
    if len(words) < 2 or any(w.lower() in STOP_WORDS or spelled_value(w.lower()) is not None for w in words):
        return frozenset()
    return frozenset(stem(w.lower()) for w in words)


_OBJECT_RE = re.compile(r"\s+(?:in|of)\s+(?:the\s+)?((?:[^\W\d_][\w-]*\s+){1,2}[^\W\d_][\w-]*)")


def _object(text: str, cue: Cue) -> frozenset[str]:
    """The two or three content words a noun of change is of ("a fall in [phenytoin blood levels]"), or nothing."""
    found = _OBJECT_RE.match(text, cue.end)
    if found is None:
        return frozenset()
    words = found.group(1).split()
    if any(w.lower() in STOP_WORDS for w in words):
        return frozenset()
    return frozenset(stem(w.lower()) for w in words)


def _pairs(text: str) -> dict[str, set[str]]:
    """Each content word's qualifiers: the content word right before it ("fibrinogen survival": survival's)."""
    out: dict[str, set[str]] = {}
    tokens = list(re.finditer(r"[^\W\d_][\w-]*", text))
    for first, second in zip(tokens, tokens[1:], strict=False):
        if text[first.end():second.start()].isspace() and first.group().lower() not in STOP_WORDS \
                and second.group().lower() not in STOP_WORDS and not CUE_RE.fullmatch(first.group()):
            out.setdefault(stem(second.group().lower()), set()).add(stem(first.group().lower()))
    return out


def _qualified_otherwise(clause: str, claim: Cue, cue: Cue, source: SourceText) -> bool:
    """"Fibrinogen survival was shortened" is not worded the claim's way by "shortened platelet survival": the same
    head around both words, qualified by another word the claim lacks, where the claim's qualifier is the
    abstract's own too and not in that sentence."""
    sentence = source.sentences[cue.sentence].text
    mine, theirs = _pairs(clause), _pairs(sentence)
    said, there = topic_words(clause), topic_words(sentence)
    heads = mine.keys() & theirs.keys() & (claim.context | claim.thing) & (cue.context | cue.thing)
    return any(x not in there and x in source.all_words and y not in said
               for head in heads for x in mine[head] for y in theirs[head])


def _same_sides(before_c: set[str], after_c: set[str], cue: Cue, source: SourceText) -> bool:
    """Does the word compare the claim's two sides in the claim's order ("A more frequent than B")?
    Only a word whose own clause runs on to the "than" speaks of that comparison."""
    sentence = source.sentences[cue.sentence].text
    if not _cue_sides(sentence, cue.end)[1]:
        return False
    before_s, after_s = _sides(source.expand(sentence))
    return bool(before_c & before_s and after_c & after_s and not after_c & before_s)


#: Subgroups that exclude each other: a finding "in high-grade tumours" is not one "in low-grade tumours".
_OPPOSITES = {a: b for x, y in (("high", "low"), ("early", "late"), ("younger", "older"), ("men", "women"),
                                ("male", "female"), ("boys", "girls"), ("positive", "negative"),
                                ("benign", "malignant"), ("acute", "chronic"), ("familial", "sporadic"),
                                ("left", "right"))
              for a, b in ((x, y), (y, x))}


def _other_subgroup(claim: Cue, scored: list[tuple[float, Cue]], source: SourceText) -> Reversal | None:
    """The same finding, but in the opposite subgroup: "more frequent in high-grade tumours" where the
    clause on the claim's subject says "increase in low-grade tumors". The clause that shares most
    of the claim's other words decides; it must name the other subgroup and not the claim's."""
    said = [w for w in claim.clause if w in _OPPOSITES and _OPPOSITES[w] not in claim.clause]
    if not said:
        return None
    same = [cue for n, cue in scored if cue.polarity == claim.polarity and n >= 1.0]
    if not same:
        return None
    rest = claim.clause - set(_OPPOSITES)
    top = max(same, key=lambda cue: source.weight(rest & cue.clause))
    if source.weight(rest & top.clause) < 2.0:
        return None
    for word in said:
        if _OPPOSITES[word] in top.clause and word not in top.clause:
            return Reversal(word, _OPPOSITES[word], top.sentence, False)
    return None


_SIGNIFICANT_RE = re.compile(r"\bsignifican|\bp\s*[<\u2264]\s*0?\.0[0-5]|\bp\s*=\s*0?\.0[0-4]", re.I)


_CONCEDED_RE = re.compile(r",?\s+(?:although|though|even\s+though|whereas|while(?!\s+(?:on|taking|receiving|in|at|"
                          r"under|being)\b)|but)\s", re.I)  # (not "stable while on treatment": a time)


def _effect_after_all(claim_cues: list[Cue], source: SourceText, ranked: list[int]) -> Reversal | None:
    """"Did not differ in knowledge" where the abstract's clause on the same words reports a significant
    difference ("lower in knowledge (p<0.001)") and none of its clauses on them reports none."""
    source_cues = [c for i in ranked for c in sentence_cues(source, i)]
    for claim in (c for c in claim_cues if c.polarity == NULL):
        scored = [(source.weight(claim.clause & (cue.clause | source.sentences[cue.sentence].words)), cue)
                  for cue in source_cues]  # a list of genes splits its clause at each comma: the sentence speaks
        found = [(n, cue) for n, cue in scored if cue.polarity != NULL and _significant(source, cue)]
        if _GROUPS_RE.search(claim.word):  # "no group differences": a trend within a group is not one between them
            found = [(n, cue) for n, cue in found if not _TREND_RE.match(source.sentences[cue.sentence].text, cue.end)
                     and not _RELATION_RE.match(cue.word)]  # nor a correlation with something else
        elif re.search(r"chang|alter|stable|steady|constant|unaffected|ris[ei]|rose|increas|fall|fell|decreas|declin|"
                       r"reduc", claim.word, re.I):  # "did not change", "no accompanying rise": a sentence relating
            # changes says nothing of whether they happened
            related = [cue for cue in source_cues if _RELATION_RE.match(cue.word)]  # (in the relating clause only:
            found = [(n, cue) for n, cue in found if not any(  # "rose significantly, and the rise correlated" rose)
                r.sentence == cue.sentence and _same_clause(source.sentences[cue.sentence].text, r, cue)
                for r in related)]
        best_overlap, best = max(found, key=lambda pair: pair[0], default=(0.0, None))
        if best is None or best_overlap < 2.5 or any(cue.polarity == NULL and n >= 0.75 * best_overlap
                                                     for n, cue in scored):
            continue
        return Reversal(claim.word, best.word, best.sentence, False)
    return None


def _same_clause(text: str, one: Cue, other: Cue) -> bool:
    """Do two cues of one sentence stand in one clause (no comma, semicolon or "but" between them)?"""
    low, high = sorted((one.end, other.end))
    return not CLAUSE_BREAK_RE.search(text, low, high)


_GROUPS_RE = re.compile(r"\bdiffer", re.I)
_RELATION_RE = re.compile(r"correlat|associat|relat|predict", re.I)
#: "increased with age", "rose in four nuclei with treatment duration": a change along a scale, within a group.
_TREND_RE = re.compile(r"[^.;]{0,60}?\b(?:with\s+(?:[\w-]+\s+){0,3}?(?:age|time|duration|dose|dosage|years?)|"
                       r"over\s+time)\b", re.I)  # (not "fell more ... than in controls over two years": a period)


def _significant(source: SourceText, cue: Cue) -> bool:
    """Is the finding reported as significant, near the word ("... was statistically significant (p<0.01)")?"""
    text = source.sentences[cue.sentence].text
    return bool(_SIGNIFICANT_RE.search(text, max(0, cue.end - 90), cue.end + 90)) and not re.search(
        r"\bnot\s+(?:statistically\s+)?significan|non-?significan", text[max(0, cue.end - 90):cue.end + 90], re.I)


def _agrees(claim: str, source: str) -> bool:
    """Does a source finding word the claim's one its way? Any finding agrees with "differed"."""
    return claim == source or claim == EFFECT and source != NULL


#: A sentence that compares two things: only it can agree with a claim that one exceeds the other.


def _cue_sides(text: str, end: int) -> tuple[set[str], set[str]]:
    """The two things a direction word compares: "lower [on late] than [on early match days]"."""
    match = COMPARE_RE.search(text, end)
    if not match or CLAUSE_BREAK_RE.search(text, end, match.start()):
        return set(), set()
    after = text[match.end():]
    stop = NP_END.search(after)
    return topic_words(text[end:match.start()]), topic_words(after[:stop.start()] if stop else after)


def _crossed(clause: str, claim: Cue, best: Cue, source: SourceText) -> Reversal | None:
    """"Lower on late than on early match days" against "lower on early compared with late match days":
    each side of the claim is the other side of the abstract's comparison, and neither the same."""
    mine, theirs = _cue_sides(clause, claim.end), _cue_sides(source.sentences[best.sentence].text, best.end)
    if mine[0] & theirs[1] and mine[1] & theirs[0] and not mine[0] & theirs[0]:
        return Reversal(claim.word, best.word, best.sentence, False, swapped=True)
    return None


_NP_RE = re.compile(r"\s+((?:(?!(?:in|of|on|at|by|for|with|than|to|from|during|after|and|or|but|the|a|an|when|while)\b)"
                    r"[^\W\d_][\w-]*\s*){1,3})")


def _measured_apart(clause: str, claim: Cue, source: SourceText, opposite: int, agreeing: int) -> bool:
    """"Lowered gastric pH" where one sentence says "the pH value was increased" and another "reducing the amount
    of basal acid": what the claim measures (the last word of the phrase after its word) is in the sentence that
    opposes it and not in the one that agrees, so the agreeing one measured something else."""
    phrase = _NP_RE.match(clause, claim.end)
    if not phrase:
        return False
    measure = topic_words(phrase.group(1).split()[-1])
    return bool(measure) and measure <= source.sentences[opposite].words and not measure & source.sentences[
        agreeing].words


_AGENT_RE = re.compile(r"(?:^|[,;:]\s+|\bthat\s+)((?:(?!(?:that|was|were|is|are|has|have|had)\b)[\w-]+\s+){1,4})$",
                       re.I)


def _caused_apart(clause: str, claim: Cue, source: SourceText, opposite: int, agreeing: Cue) -> bool:
    """"Chronic alcohol consumption lowers plasma amino acids" where one sentence says "chronic alcoholic consumption
    ... increased these amino acids" and another "dietary protein deficiency and decrease of ...": what does the
    change in the claim (two words or more right before its verb) is in the sentence that opposes it and neither in
    the clause of the word that agrees nor in the phrase its sentence opens with, so that word speaks of another
    cause."""
    found = _AGENT_RE.search(clause, 0, claim.end - len(claim.word))
    agent = source.claim_words(found.group(1)) if found else set()
    opening = _OPENING_RE.match(source.sentences[agreeing.sentence].text)
    said_with = agreeing.clause | (source.claim_words(opening.group()) if opening and opening.end() < agreeing.end
                                   else set())
    return len(agent) >= 2 and agent <= source.sentences[opposite].words and not agent <= said_with
    # (the agreeing word's own clause, or the phrase its sentence opens with: "In hypertensive adults on a low sodium
    # diet, systolic blood pressure fell" agrees with "a low sodium diet lowers")


_OPENING_RE = re.compile(r"(?:in|among|for|with|after|during|on)\s+[^,;]{3,80},", re.I)


def _same_other_side(claim: Cue, cue: Cue, best: Cue, source: SourceText, clause: str) -> bool:
    """"Worse than controls" where one sentence says "lower praxis scores than controls" and another, richer in
    the claim's words, "an increased risk": only a comparison with the claim's other side answers a comparison."""
    theirs = _cue_sides(clause, claim.end)[1]
    if not theirs or best.compares or not cue.compares:
        return False
    other = _cue_sides(source.sentences[cue.sentence].text, cue.end)[1]
    return bool(theirs & other) and source.weight(claim.context & source.sentences[cue.sentence].words) >= 1.0


def _covers(source: SourceText, claim_all: set[str], agreeing: int, opposite: int) -> bool:
    """Does the agreeing sentence speak of the claim's subject as fully as the opposite one? Not when
    the opposite one names the claim's subgroup ("in contrast, in TNBC patients ... poorer") and the
    agreeing one the whole cohort."""
    return source.weight(claim_all & source.sentences[agreeing].words) + 1.0 >= source.weight(
        claim_all & source.sentences[opposite].words)


def _swapped_comparison(claim: Cue, scored: list[tuple[float, Cue]], sides: tuple[set[str], set[str], set[str]],
                        source: SourceText, floor: float = 1.5) -> Reversal | None:
    """"More in A than B" where the abstract's comparisons on the topic all say "more in B than A";
    "non-physicians more than physicians" against "physicians more than other professionals" too."""
    before_c, after_c, negated = sides
    if not after_c:
        return None
    compared = [cue for n, cue in scored if n >= floor and cue.polarity == claim.polarity
                and COMPARE_RE.search(source.sentences[cue.sentence].text)]
    verdicts = [_swapped(before_c, after_c, source.sentences[cue.sentence].text, source, strict=True,
                         negated=negated) for cue in compared]
    if compared and all(verdicts):
        return Reversal(claim.word, compared[0].word, compared[0].sentence, False, swapped=True)
    return None


def _swapped(before_c: set[str], after_c: set[str], sentence: str, source: SourceText, *, strict: bool = False,
             negated: frozenset[str] | set[str] = frozenset()) -> bool:
    """Does the sentence name the claim's two sides the other way round? ``strict``: both sides
    must say so, on words that name a group (not units or "alone"); a claim's "non-X" side is the
    side that is not X."""
    before_s, after_s = _sides(source.expand(sentence))
    if strict:  # (a word both sides share, "women" of "pregnant women than non-pregnant women", tells neither)
        after_c, before_c = after_c - NOT_A_SIDE - before_c, before_c - NOT_A_SIDE - negated - {"non"} - after_c
        before_s, after_s = before_s - after_s, after_s - before_s
        return bool(after_c & before_s) and not after_c & after_s and bool(before_c & after_s or negated & before_s)
    return len(after_c & before_s) > len(after_c & after_s) or len(before_c & after_s) > len(before_c & before_s)


def _said_of_other_side(before_c: set[str], after_c: set[str], cue: Cue, source: SourceText) -> bool:
    """Is the abstract's opposite word said, with no comparison of its own, of the claim's other side ("Cells from
    normal mice or from infected mice had lower rates" for "immune mice's macrophages ... more often than those from
    normal or infected mice"): the words before it name that side and none of the claim's own ("Normal mice that
    received immune macrophages had lower rates" names both: not said of the other side)?"""
    text = source.sentences[cue.sentence].text
    if COMPARE_RE.search(text):
        return False
    subject = _side_words(re.split(r"[;:,]|\b(?:but|whereas|while|and)\b", text[:max(0, cue.end - len(cue.word))])[-1])
    # (the clause's own subject: not "... in detecting space-occupying lesions; it was less helpful in ...")
    theirs, ours = after_c - before_c - NOT_A_SIDE, before_c - after_c - NOT_A_SIDE
    return bool(theirs & subject) and not ours & subject


def find_agreement(clause: str, source: SourceText, ranked: list[int], said: list[Cue] | None = None) -> int | None:
    """The on-topic sentence that words the claim's finding the claim's way (for the evidence list)."""
    best, best_weight = None, 1.5
    said = claim_cues(clause, source) if said is None else said
    for i in ranked:
        for cue in sentence_cues(source, i):
            for claim in said:
                weight = source.weight(claim.context & cue.context)
                if cue.polarity == claim.polarity and weight > best_weight:
                    best, best_weight = i, weight
    return best
