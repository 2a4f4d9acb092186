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

from evidence.check.cuewords import AGENT_RE, BY_RE, CUE_RE
from evidence.check.cuewords import DOWN as DOWN  # (re-exported: the polarities are part of what cues() gives)
from evidence.check.cuewords import EFFECT as EFFECT
from evidence.check.cuewords import NULL as NULL
from evidence.check.cuewords import UP as UP
from evidence.check.reversalguards import as_condition, between_others, left_alone, stopped_by_other
from evidence.check.source import SourceText, stem, topic_words, word_set

_PURPOSE_RE = re.compile(r"\b(?:harder|hard|difficult|easier|easy|need(?:s|ed)?|aim(?:s|ed)?|designed|intended|"
                         r"sought|seeks?|attempt(?:s|ed)?|efforts?|ways?|how|potential|opportunit(?:y|ies)|order|"
                         r"strategies|strategy|likely|unlikely|able|unable|fail(?:s|ed)?)\s+to\s+$", re.I)
_VERB_RE = re.compile(r"improve|increase|reduce|decrease|enhance|boost|raise|extend|prolong|shorten|diminish|"
                      r"suppress|attenuate|impair|worsen|elevate|lengthen|exceed", re.I)
_BACK_RE = re.compile(r"\b(?:between|in)\s+(?:the\s+)?(?:two\s+|both\s+|these\s+)?(?:groups|arms|cohorts|them)\b",
                      re.I)
_CONTRAST_RE = re.compile(r";|\b(?:but|whereas|while|however|although|though)\b", re.I)
_CLAUSE_BREAK_RE = re.compile(r"[,;:]|\b(?:but|whereas|while|however|although)\b", re.I)
#: The words that open a comparison: "compared with", "versus", "than", "against placebo".
COMPARE_RE = re.compile(r"\b(?:compared?\s+(?:with|to)|in\s+comparison\s+(?:with|to)|relative\s+to|versus|vs\.?|"
                        r"than|(?:(?:tested|measured|assessed|evaluated|benchmarked|pitted|trialled|trialed|weighed|"
                        r"validated|calibrated)\s+|(?<=,\s))against|against(?=\s+(?:an?\s+|the\s+)?(?:placebo|sham|control|"
                        r"usual|standard|active|dummy)))\s+", re.I)  # "acted against tumour cells" compares nothing;
# ", against just over a month with naltrexone alone" does
#: Where a compared noun phrase ends: a clause break, a verb, "treated by", "between 1945".
NP_END = re.compile(r"[;:()\[\]]|,(?!\d{3}\b)|\.(?!\d)|\s(?:(?:treated|given|seen|operated|followed|diagnosed)\s+"
                    r"(?:by|with|at|in|for|from|between|during)|between\s+\d|"
                    r"and\s+(?:was|were|had|is|are|did|does)|were|was|(?<!who\s)(?<!that\s)(?<!which\s)(?:did|does)|because|"
                    r"when|while|"
                    r"and\s+(?:found|showed|reported|concluded|noted|observed|saw|stayed|kept|remained)|"
                    r"and\s+[a-z]{3,}ed\s+(?:the|a|an|that|no|more|less|better|worse|their|its|it|them|[a-z]+ly)\b|"
                    r"after|during|at|for|on|respectively|but|with\s+an?|in\s+terms|whether|to\s+(?:examine|assess|"
                    r"determine|evaluate|investigate|test|see|study|explore|measure|identify|establish|find|be|have|"
                    r"receive|develop|die|undergo|require|need))\b",
                    re.I)
#: Words that name no group of their own: "controls", "those", "previous", "matched".
VAGUE = frozenset(stem(w) for w in word_set("""those others ones counterparts peers controls control rest remaining
    earlier previous prior past preceding former
    before after treatment usual alone other same seen observed found noted reported recorded corresponding
    respective equivalent matched matching similar comparable equal number ordinary plain itself themselves
    animals"""))


_NOT_A_SIDE = VAGUE | frozenset(stem(w) for w in word_set("""days weeks months years hours minutes day week month year
    hour rate rates level levels score scores"""))


@dataclass(frozen=True)
class Cue:
    polarity: str
    word: str
    context: frozenset[str]
    sentence: int = -1
    end: int = 0  # where the word ends in its text
    clause: frozenset[str] = frozenset()  # the topic words of its whole clause, for a subject far from the word
    compares: bool = False  # its clause compares two things ("than", "compared with", "between")
    thing: frozenset[str] = frozenset()  # the topic words right after it, up to the next cue or clause: what changed
    head: frozenset[str] = frozenset()  # the first of them, abbreviation expanded: "shortened the [survival] of
    # mice" and "prolonged the [survival] time" meet, as do "poorer [cancer-specific] survival" and "poorer [CSS]"


def _polarity(match: re.Match[str], text: str) -> str:
    if match.group("null"):
        kept = _KEPT_RE.search(text, max(0, match.start() - 80), match.start())
        if kept and match.group().lower().startswith("persist"):  # "this reduction persisted": it lasted
            return DOWN if kept.group("down") else UP
        return NULL
    before = text[max(0, match.start() - 40):match.start()].lower()
    if re.search(r"\b(?:(?:not(?!\s+(?:only|just|merely)\b)|n't)\s+(?:(?!(?:was|were|is|are|had|has|did|does)\b)\w+\s+)"
                 r"{0,3}|(?:no|never|neither)\s+(?:\w+\s+){0,3}|(?:hardly|barely|scarcely)\s+)$", before):
        return NULL  # (not "whose first language was not English were less satisfied": "not" is another verb's;
        # "no patients had reduced ...", "neither group had lower ...": what "no" and "neither" deny is the finding)
    if re.search(r"\b(?:did|does|do|had|has|have)\s+(?:nothing|little)\s+to\s+$", before):
        return NULL  # "did nothing to improve the explanation", "did little to reduce"
    if re.search(r"\bnone\s+of\s+(?:[\w/-]+\s+){0,8}$", text[max(0, match.start() - 90):match.start()], re.I):
        return NULL  # "none of the drugs or combinations tested changed Bax"
    return UP if match.group("up") else DOWN if match.group("down") else EFFECT


_KEPT_FROM_RE = re.compile(r"\b(?:kept|keeps?|keeping|stop(?:s|ped|ping)?|prevent(?:s|ed|ing)?|bar(?:red|ring)|"
                           r"hinder(?:s|ed|ing)?)\s+(?:[\w-]+\s+){0,4}?from\s+$", re.I)
#: A change named as a noun right before "persisted".
_KEPT_RE = re.compile(r"\b(?:(?P<up>increases?|rises?|elevations?|improvements?|gains?)|"
                      r"(?P<down>reductions?|decreases?|declines?|falls?|suppression|inhibition|losses?))"
                      r"\s+(?:[\w-]+\s+){0,6}$", re.I)


def cues(text: str, sentence: int = -1, expand: Callable[[str], str] = str, reach: int = 4) -> list[Cue]:
    """Direction words of ``text`` with the topic words around each (``reach`` words either side,
    abbreviations expanded by ``expand``)."""
    out: list[Cue] = []
    words = [(m.start(), m.group()) for m in re.finditer(r"[^\W_]+(?:['-][^\W_]+)*", text)]
    found = list(CUE_RE.finditer(text))
    breaks = _clause_breaks(text) if found else []
    for k, match in enumerate(found):
        if _PURPOSE_RE.search(text, max(0, match.start() - 40), match.start()) and _VERB_RE.fullmatch(match.group()):
            continue  # "may be harder to improve", "aimed to reduce": an aim, not a finding
        if _VERB_RE.fullmatch(match.group()) and _MODAL_RE.search(text, max(0, match.start() - 40), match.start()):
            continue  # "correction of these factors will potentially improve outcomes": a hope, not a finding
        if re.search(r"(?:ion|ions|ment|ing)$", match.group(), re.I) and re.search(
                r"\b(?:by|through|via)\s+$", text[max(0, match.start() - 10):match.start()], re.I):
            continue  # "enhanced by insulin and by inhibition of TNFalpha": the means, not a finding (but
            # "accompanied by elevated BA levels" is one)
        if _KEPT_FROM_RE.search(text, max(0, match.start() - 60), match.start()):
            continue  # "kept the intestine from lengthening": what did not happen, said by the verb before it
        if AGENT_RE.fullmatch(match.group()):
            continue  # "tumour suppressor genes", "enhancer", "booster": a thing named, not a change
        if match.group().lower() == "lower" and _BODY_PART_RE.match(text, match.end()):
            continue  # "pain in the lower limbs", "lower urinary tract": a place in the body, not a change
        if _CHANGE_NOUN_RE.fullmatch(match.group()) and k and found[k - 1].end() + 1 == match.start():
            if _SMALLER_RE.fullmatch(found[k - 1].group()) and match.group("up"):
                continue  # "smaller rises": the comparative says which way (down), the noun what changed
            if _GREATER_RE.fullmatch(found[k - 1].group()) and out and out[-1].end == found[k - 1].end():
                out.pop()  # "greater falls", "larger reductions": the noun says which way, the comparative how much
        if _GERUND_SUBJECT_RE.search(text, 0, match.start()) and match.group().lower().endswith("ing") and \
                _DETERMINER_NEXT_RE.match(text, match.end()) and any(m.start() > match.end() for m in found):
            continue  # "Lowering the pH from 7.0 to 4.0 tripled the number of sites": the means, not a finding

        first = next((i for i, (s, _) in enumerate(words) if s >= match.start()), len(words))
        last = next((i for i, (s, _) in enumerate(words) if s >= match.end()), len(words))
        before, after = words[max(0, first - reach):first], words[last:last + reach]
        cut = next((j for j, (at, w) in enumerate(after) if w.lower() in _CONTRAST or w.lower() in _SUBORDINATE
                    and any(m.start() > at for m in found)), len(after))  # ("fell when insulin was added": the
        # condition is the finding's own, unless it reports a change of its own)
        begin = max((k + 1 for k, (_, w) in enumerate(before) if w.lower() in _SUBORDINATE | _CONTRAST), default=0)
        near = " ".join(w for _, w in before[begin:] + after[:cut])  # "declined | once pressure was reduced"
        polarity = _polarity(match, text)
        if out and out[-1].polarity == NULL and re.search(r"evidence|significan", out[-1].word, re.I) \
                and not _CLAUSE_BREAK_RE.search(text[out[-1].end:match.start()]):
            polarity = NULL  # "no conclusive evidence ... that A has a higher rate": still no difference
        if polarity == NULL:  # "no significant difference" speaks of its whole sentence, or of its clause
            # when another clause reports a finding of its own ("A raised the risk, while B was not associated")
            apart = any(not _clause_of(text, match.start(), m.start()) for m in found) and not _BACK_RE.search(
                " ".join(w for s, w in words if _clause_of(text, match.start(), s)))  # "between the two groups"
            near = " ".join(w for s, w in words if not apart or _clause_of(text, match.start(), s))
        context = frozenset(topic_words(expand(CUE_RE.sub(_what_stays, near))))
        start, stop = _clause_span(breaks, match, len(text))
        own = text[start:stop]
        compares = bool(_COMPARES_RE.search(own) or re.search(r"\b(?:but|whereas|while)\s*$", text[:start])
                        and _COMPARES_RE.search(text[:start]))  # "higher than B in X, but lower in Y"
        upto = min([stop] + [m.start() for m in found[k + 1:k + 2]])
        if last < len(words) and words[last][1].lower() in ("up", "down"):
            last += 1  # "pushed down [the risk]": the particle is part of the word of change
        thing = " ".join(w for s, w in words[last:last + 5] if s < upto)  # "reduced [fibrosis] and improved ..."
        skip = last + (last < len(words) and words[last][1].lower() in _DETERMINERS)
        head: frozenset[str] = frozenset()
        passive = _PASSIVE_RE.search(text, start, match.start()) if BY_RE.match(text, match.end()) else None
        if passive is not None:  # "[half-lives in both groups] were approximately doubled by quinidine"
            subject = [w for s, w in words if start <= s < passive.start()][-6:]
            thing = " ".join(subject)
            firsts = [w for w in subject if topic_words(w)]
            head = frozenset(topic_words(expand(firsts[0]))) if firsts else frozenset()
        elif skip < len(words) and not topic_words(words[skip][1]):
            thing = ""  # "higher [than] B in terms of value", "lower [in] A": what changed is not next to the word
        elif skip < len(words) and words[skip][0] < upto:
            head = frozenset(topic_words(expand(words[skip][1])))
        out.append(Cue(polarity, match.group(), context, sentence, match.end(),
                       frozenset(topic_words(expand(CUE_RE.sub(_what_stays, own)))), compares,
                       frozenset(topic_words(expand(thing))), head))
    return out


_NAMED_NULL_RE = re.compile(r"no\s+(?:statistically\s+)?significant\s+(?P<what>.+)\s+\w+", re.I | re.S)


def _what_stays(match: re.Match[str]) -> str:
    """A cue leaves the words of what it is about: "No significant [MFC and R2* group] differences"."""
    named = _NAMED_NULL_RE.fullmatch(match.group())
    return f" {named.group('what')} " if named and match.group("null") else " "


_BODY_PART_RE = re.compile(r"[\s-]+(?:limbs?|extremit(?:y|ies)|legs?|back(?!\s+pain\s+(?:scores?|intensity))|"
                           r"abdom\w*|lobes?|urinary|gastro\w*|GI|respiratory\s+tract|jaw|lips?|eyelids?|pole|"
                           r"quadrant|motor\s+neurons?|torso|o?esophag\w*|leaflets?|incisors?|molars?|lumbar|genital|"
                           r"arms?|face|teeth|eyelid)\b", re.I)  # not "lower body weight", "lower airway resistance"
_PASSIVE_RE = re.compile(r"\b(?:was|were|is|are|been|be)\s+(?:[a-z]+ly\s+){0,2}$", re.I)
_CHANGE_NOUN_RE = re.compile(r"(?:rises?|increases?|gains?|falls?|declines?|drops?|decreases?|reductions?)", re.I)
_SMALLER_RE = re.compile(r"(?:smaller|lower|less|fewer)", re.I)
_GREATER_RE = re.compile(r"(?:larger|greater|higher|bigger|more)", re.I)
#: A direction verb's -ing form opening its clause, as its subject: "Lowering the pH ...", ", raising the dose ...".
_GERUND_SUBJECT_RE = re.compile(r"(?:^|[,;:]\s+|\bthat\s+)(?:\w+ly\s+)?$", re.I)
_DETERMINER_NEXT_RE = re.compile(r"\s+(?:the|a|an|its|their|his|her|this|these|those)\b", re.I)  # ("Lowering
# the pH", not the finding "Declining incidence was observed")
_CONTRAST = frozenset({"while", "whereas", "but"})  # "Bax was upregulated, while Bcl-2 was downregulated"
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her"})
#: Words that open a clause of its own after a finding: "resistance declined once drug pressure was reduced".
_SUBORDINATE = frozenset({"once", "when", "after", "because", "since", "until", "following", "if", "unless", "despite",
                          "which"})  # "reduced the stress in the cortical, which increased it in the cancellous"


_SOFT_COMMA_RE = re.compile(r",\s*(?:and\s+)?[\d(]")  # "(p<0.001), and (p<0.001)": no new clause


def _clause_breaks(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _CLAUSE_BREAK_RE.finditer(text) if not _SOFT_COMMA_RE.match(text, m.start())]


def _clause_span(breaks: list[tuple[int, int]], match: re.Match[str], length: int) -> tuple[int, int]:
    """Where the clause a direction word sits in starts and ends: "Adolescents scored higher than caregivers
    in terms of vaccine value (p<0.001)" of "..., but lower in knowledge"."""
    start = max((e for _, e in breaks if e <= match.start()), default=0)
    end = min((b for b, _ in breaks if b >= match.end()), default=length)
    return start, end


def _clause_of(text: str, at: int, other: int) -> bool:
    """Is offset ``other`` in the same clause as ``at`` ("A raised risk, while B was not associated")?"""
    low, high = sorted((at, other))
    return not _CONTRAST_RE.search(text, low, high)


def sentence_cues(source: SourceText, i: int) -> list[Cue]:
    """The direction words of the work's sentence ``i``, read once per run."""
    found: list[Cue] | None = source.sentence_cues.get(i)
    if found is None:
        found = source.sentence_cues[i] = cues(source.sentences[i].text, i, source.expand)
    return found


def has_direction(text: str) -> bool:
    """Does ``text`` report which way something went (or that it did not change)?"""
    return CUE_RE.search(text) is not None


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


def find_reversal(clause: str, source: SourceText, ranked: list[int]) -> Reversal | None:
    """The first effect the claim reports that the abstract's on-topic sentences (``ranked``) reverse
    or report as no difference. A sentence that also words it the claim's way is not a reversal."""
    every_claim_cue = cues(clause, expand=source.expand, reach=6)
    if not any(c.polarity == NULL for c in every_claim_cue):
        return _reversal_of(clause, every_claim_cue, source, ranked)
    after_all = _effect_after_all(every_claim_cue, source, ranked)
    conceded = _CONCEDED_RE.search(clause)
    if after_all is not None or conceded is None or any(
            c.polarity == NULL and c.end < conceded.start() for c in every_claim_cue):
        return after_all
    # "was linked to a higher relapse rate, although compliance was similar": a finding with a direction, and a
    # conceded likeness the abstract may word as its own "no difference" (so only an opposite word reverses it)
    found = _reversal_of(clause, [c for c in every_claim_cue if c.end < conceded.start() and c.polarity in (UP, DOWN)],
                         source, ranked)
    return found if found is not None and not found.null else None


def _reversal_of(clause: str, every_claim_cue: list[Cue], source: SourceText, ranked: list[int]) -> Reversal | None:
    """``find_reversal`` for a claim that reports no null finding of its own (or only a conceded one)."""
    claim_cues = [c for c in every_claim_cue if c.polarity != NULL and not _cause_named(clause, c, every_claim_cue)
                  and not as_condition(clause, c, every_claim_cue)]
    if not claim_cues:
        return None
    if any(c.polarity != EFFECT for c in claim_cues):  # "was associated with higher risk": the direction speaks
        claim_cues = [c for c in claim_cues if c.polarity != EFFECT]
    before_c, after_c = _sides(source.expand(clause))
    compare = COMPARE_RE.search(clause)
    negated = {stem(w) for w in re.findall(r"\bnon[\s-]+([^\W\d_]+)", clause[:compare.start()], re.I)} \
        if compare else set()
    claim_all = source.claim_words(clause)
    every_cue = [c for i in ranked for c in sentence_cues(source, i) if not stopped_by_other(c, source, claim_all)
                 and not (c.polarity == NULL and (left_alone(clause, c) or between_others(c, source, claim_all)))]
    for claim in claim_cues:
        by_head = _by_head(claim, every_cue, source, (before_c, after_c)) if len(claim_cues) == 1 else None
        if by_head is not None:
            return by_head
        # a claim that something differed meets any finding; one that it rose, only findings with a direction
        source_cues = every_cue if claim.polarity == EFFECT else [c for c in every_cue if c.polarity != EFFECT]
        scored = [(source.weight(claim.context & cue.context), cue) for cue in source_cues]
        best_overlap, best = max(scored, key=lambda pair: pair[0], default=(0.0, None))
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
        if any(_agrees(claim.polarity, cue.polarity) and (not comparative or cue.compares)
               and not _other_thing(claim, cue, source.weight) and (
                n >= max(1.0, 0.75 * best_overlap) if cue.sentence == best.sentence or claim.polarity == EFFECT
                else _same_other_side(claim, cue, best, source, clause) or source.weight(
                    claim.context & source.sentences[cue.sentence].words) >= best_overlap
                and _covers(source, claim_all, cue.sentence, best.sentence)
                and not _measured_apart(clause, claim, source, best.sentence, cue.sentence))
               for n, cue in scored):
            continue  # the abstract also words it the claim's way, here or in another on-topic sentence
        if any(cue.polarity == claim.polarity and (
                best.polarity != NULL and claim.thing & cue.thing
                and source.weight(claim.thing & cue.thing) > source.weight(claim.thing & best.thing)
                and not _measured_apart(clause, claim, source, best.sentence, cue.sentence)
                or after_c and _same_sides(before_c, after_c, cue, source)) for cue in source_cues):
            continue  # "smaller [infarcts]" meets "smaller [brain infarcts]"; "A more frequent than B" meets itself
        opposite = [(n, cue) for n, cue in scored if cue.sentence == best.sentence and n > 0
                    and cue.polarity not in (NULL, claim.polarity)]
        if best.polarity == NULL and opposite:  # name the word that reverses it, not the sentence's "no change"
            best = max(opposite, key=lambda pair: pair[0])[1]
        if best.polarity != NULL and after_c and _swapped(before_c, after_c, source.sentences[best.sentence].text,
                                                          source):
            continue  # "lower in A than B" against "higher in B than A": the same finding
        return Reversal(claim.word, best.word, best.sentence, best.polarity == NULL)
    return None


def _cause_named(clause: str, cue: Cue, every: list[Cue]) -> bool:
    """"A modest rise in insulin ... suppressed leucine flux": the change named as a noun before the clause's own
    word of change is what was done, not the finding."""
    start = cue.end - len(cue.word)
    if not (re.search(r"\b(?:a|an)\s+(?:[\w-]+\s+)?$", clause[:start], re.I)
            and re.match(r"\s+in\b", clause[cue.end:])):
        return False
    return any(other.end > cue.end and not _CLAUSE_BREAK_RE.search(clause, cue.end, other.end - len(other.word))
               for other in every)


_GENERIC_HEADS = frozenset(stem(w) for w in word_set("""level levels risk rate rates number proportion score
    scores value values expression activity concentration concentrations incidence prevalence"""))


def _by_head(claim: Cue, every_cue: list[Cue], source: SourceText,
             sides: tuple[set[str], set[str]]) -> Reversal | None:
    """"Lower IDO activity" where the on-topic sentence says "higher IDO activity" (and "lower Trp"): the
    words that change the same named thing decide, whichever other words the sentence shares. A sentence
    that names the claim's two sides the other way round says the same thing; a claim with two direction
    words may invert both ("lower NT-proBNP with better survival" for "higher NT-proBNP, lower survival"),
    so only a claim with one is read this way."""
    head = claim.head - _GENERIC_HEADS
    if claim.polarity not in (UP, DOWN) or not head:
        return None
    same = [cue for cue in every_cue if head & cue.head and cue.polarity in (UP, DOWN, NULL)
            and source.weight(claim.clause & source.sentences[cue.sentence].words) >= 2.5]
    if not same or any(cue.polarity == claim.polarity for cue in same):
        return None
    cue = same[0]
    if sides[1] and _swapped(*sides, source.sentences[cue.sentence].text, source):
        return None
    return Reversal(claim.word, cue.word, cue.sentence, cue.polarity == NULL)


def _other_thing(claim: Cue, best: Cue, weigh: Callable[[frozenset[str]], float]) -> bool:
    """Do the two words speak of different things? "higher [chance of relapse]" is not reversed by
    "shorter [overall survival]": what each changed differs, and the claim's thing (two thirds of its weight)
    is not near the other."""
    if not (claim.polarity in (UP, DOWN) and best.polarity in (UP, DOWN) and claim.thing and best.thing):
        return False
    if claim.head & best.head:
        return False  # the same thing changed, whatever follows it
    return weigh(claim.thing & (best.thing | best.context)) < weigh(claim.thing) / 3


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
        best_overlap, best = max(found, key=lambda pair: pair[0], default=(0.0, None))
        if best is None or best_overlap < 2.5 or any(cue.polarity == NULL and n >= 0.75 * best_overlap
                                                     for n, cue in scored):
            continue
        return Reversal(claim.word, best.word, best.sentence, False)
    return None


_MODAL_RE = re.compile(r"\b(?:will|would|could|might)\s+(?:\w+ly\s+)?(?:be\s+)?$", re.I)
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
_COMPARES_RE = re.compile(r"\b(?:than|compared|versus|vs|between|relative\s+to)\b", re.I)


def _cue_sides(text: str, end: int) -> tuple[set[str], set[str]]:
    """The two things a direction word compares: "lower [on late] than [on early match days]"."""
    match = COMPARE_RE.search(text, end)
    if not match or _CLAUSE_BREAK_RE.search(text, end, match.start()):
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
        after_c, before_c = after_c - _NOT_A_SIDE - before_c, before_c - _NOT_A_SIDE - negated - {"non"} - after_c
        before_s, after_s = before_s - after_s, after_s - before_s
        return bool(after_c & before_s) and not after_c & after_s and bool(before_c & after_s or negated & before_s)
    return len(after_c & before_s) > len(after_c & after_s) or len(before_c & after_s) > len(before_c & before_s)


def find_agreement(clause: str, source: SourceText, ranked: list[int]) -> int | None:
    """The on-topic sentence that words the claim's finding the claim's way (for the evidence list)."""
    best, best_weight = None, 1.5
    claim_cues = cues(clause, expand=source.expand, reach=6)
    for i in ranked:
        for cue in sentence_cues(source, i):
            for claim in claim_cues:
                weight = source.weight(claim.context & cue.context)
                if cue.polarity == claim.polarity and weight > best_weight:
                    best, best_weight = i, weight
    return best
