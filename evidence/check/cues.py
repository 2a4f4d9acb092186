"""Direction words read in a text: each word of change (``cuewords``) with its polarity and the topic words
around it, skipping aims, hopes, means and names ("aimed to reduce", "tumour suppressor", "lower limbs"); and the
comparison words ``comparators`` shares (``COMPARE_RE``, ``NP_END``, ``VAGUE``)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from evidence.check.cuewords import AGENT_RE, BY_RE, CUE_RE
from evidence.check.cuewords import DOWN as DOWN  # (re-exported: the polarities are part of what cues() gives)
from evidence.check.cuewords import EFFECT as EFFECT
from evidence.check.cuewords import NULL as NULL
from evidence.check.cuewords import UP as UP
from evidence.check.source import SourceText, stem, topic_words, word_set

_MODAL_RE = re.compile(r"\b(?:will|would|could|might)\s+(?:\w+ly\s+)?(?:be\s+)?$", re.I)
_PURPOSE_RE = re.compile(r"\b(?:harder|hard|difficult|easier|easy|need(?:s|ed)?|aim(?:s|ed)?|designed|intended|"
                         r"sought|seeks?|attempt(?:s|ed)?|efforts?|ways?|how|potential|opportunit(?:y|ies)|order|"
                         r"strategies|strategy|likely|unlikely|able|unable|fail(?:s|ed)?|interventions?|programmes?|programs?|"
                         r"approach(?:es)?|measures?|campaigns?|initiatives?|policy|policies|schemes?)\s+to\s+$", re.I)
# ("a quality management intervention to improve clinical laboratory use": what it was for)
_AIM_OPENING_RE = re.compile(r"\s*(?:In\s+order\s+)?To\s+[a-z]+\b(?<!\bdate)", re.I)
_VERB_RE = re.compile(r"improve|increase|reduce|decrease|enhance|boost|raise|extend|prolong|shorten|diminish|"
                      r"suppress|attenuate|impair|worsen|elevate|lengthen|exceed|cut", re.I)
_BACK_RE = re.compile(r"\b(?:between|in)\s+(?:the\s+)?(?:two\s+|both\s+|these\s+)?(?:groups|arms|cohorts|them)\b",
                      re.I)
_CONTRAST_RE = re.compile(r";|\b(?:but|whereas|while|however|although|though)\b", re.I)
CLAUSE_BREAK_RE = re.compile(r"[,;:]|\b(?:but|whereas|while|however|although)\b", re.I)
#: The words that open a comparison: "compared with", "versus", "than", "against placebo".
COMPARE_RE = re.compile(r"\b(?:compared?\s+(?:with|to)|in\s+comparison\s+(?:with|to)|relative\s+to|versus|vs\.?|"
                        r"than|(?:(?:tested|measured|assessed|evaluated|benchmarked|pitted|trialled|trialed|weighed|"
                        r"validated|calibrated)\s+|(?<=,\s))against|against(?=\s+(?:an?\s+|the\s+)?(?:placebo|sham|control|"
                        r"usual|standard|active|dummy)))\s+", re.I)  # "acted against tumour cells" compares nothing;
# ", against just over a month with naltrexone alone" does
#: Where a compared noun phrase ends: a clause break, a verb, "treated by", "between 1945".
NP_END = re.compile(r"[;:()\[\]]|,(?!\d{3}\b)|\.(?!\d)|\s(?:(?:treated|given|seen|operated|followed|diagnosed)\s+"
                    r"(?:by|with|at|in|for|from|between|during)|between\s+\d|"
                    r"and\s+(?:was|were|had|is|are|did|does)|were|was|(?<!who\s)(?<!that\s)(?<!which\s)(?:did|does|is|are)|"
                    r"because|"
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


NOT_A_SIDE = VAGUE | frozenset(stem(w) for w in word_set("""days weeks months years hours minutes day week month year
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
    if re.search(r"\b(?:(?:not(?!\s+(?:only|just|merely)\b)|n't)\s+(?:(?!(?:was|were|is|are|had|has|did|does|but)\b)"
                 r"\w+\s+){0,3}|(?:no|never|neither)\s+(?:\w+\s+){0,3}|\bin\s+no\s+(?:case|instance|patient|subject)s?\s+"
                 r"(?:\w+\s+){0,4}|(?:hardly|barely|scarcely)\s+(?:be(?:en)?\s+)?|(?:lack|absence)\s+of\s+(?:an?\s+)?)$",
                 before):
        return NULL  # (not "whose first language was not English were less satisfied": "not" is another verb's,
        # nor "was not static but increased": "but" says what it was;
        # "no patients had reduced ...", "neither group had lower ...": what "no" and "neither" deny is the finding;
        # "a lack of increase in serum TSH" is "no rise")
    if re.search(r"\b(?:did|does|do|had|has|have)\s+(?:nothing|little)\s+to\s+$", before):
        return NULL  # "did nothing to improve the explanation", "did little to reduce"
    if re.search(r"\bnone\s+of\s+(?:[\w/-]+\s+){0,8}$", text[max(0, match.start() - 90):match.start()], re.I):
        return NULL  # "none of the drugs or combinations tested changed Bax"
    if match.group("up") and _GREW_LESS_RE.match(text, match.start()):
        return DOWN  # "grew less in weight and length": growth reduced
    return UP if match.group("up") else DOWN if match.group("down") else EFFECT


_GREW_LESS_RE = re.compile(r"(?:grew|grow|grows|growing|gained)\s+(?:less(?!\s+than)|more\s+slowly|slower|poorly)\b",
                           re.I)  # (not "weight gain less than 2 kg")


_KEPT_FROM_RE = re.compile(r"\b(?:kept|keeps?|keeping|stop(?:s|ped|ping)?|prevent(?:s|ed|ing)?|bar(?:red|ring)|"
                           r"hinder(?:s|ed|ing)?)\s+(?:[\w-]+\s+){0,4}?from\s+$", re.I)
#: A change named as a noun right before "persisted".
_KEPT_RE = re.compile(r"\b(?:(?P<up>increases?|rises?|elevations?|improvements?|gains?)|"
                      r"(?P<down>reductions?|decreases?|declines?|falls?|suppression|inhibition|losses?))"
                      r"\s+(?:[\w-]+\s+){0,6}$", re.I)


COMPARES_RE = re.compile(r"\b(?:than|compared|versus|vs|between|relative\s+to)\b", re.I)


def _no_longer(match: re.Match[str], text: str) -> bool:
    """"This mandate no longer exists": not any more (but "stay was no longer after the open operation than after
    laparoscopy" compares)."""
    return match.group().lower() == "longer" and bool(re.search(r"\b(?:no|any)\s+$", text[:match.start()], re.I)) \
        and not re.match(r"(?:\s+[\w-]+){0,8}?\s+than\b", text[match.end():], re.I)


def _names_no_change(match: re.Match[str], text: str) -> bool:
    """A direction word that is part of a name or a run of figures, not a finding."""
    if match.group().lower() == "lower" and _BODY_PART_RE.match(text, match.end()):
        return True  # "pain in the lower limbs", "lower urinary tract": a place in the body, not a change
    if match.group("effect") and re.search(r"[^\W_]-$", text[max(0, match.start() - 2):match.start()]) \
            and not re.search(r"\b(?:was|were|is|are|be|been)\s+(?:\w+ly\s+)?[\w-]+$", text[:match.start()], re.I):
        return True  # "K88-associated diarrhoea", "X-linked": a kind of thing named, not a finding (but "growth
        # inhibition was dose-related" is one)
    if match.group("null") and re.match(r"(?:the\s+)?same\s", match.group(), re.I) and _DONE_WITH_RE.search(
            text, max(0, match.start() - 30), match.start()):
        return True  # "performed the same amount of exercise", "derived from the same amount of tissue": what was
        # done or used, not a finding
    return bool(_TO_FIGURE_RE.match(text, match.start()) and re.search(r",\s*$", text[:match.start()]))
    # ("41% ..., rising to two-thirds for the most severe grade": figures that go on, told by them)


def _before_not(text: str, start: int, near: str) -> str:
    """``near`` with the subject of "Ferritin was not static but [increased]": it stands before "not"."""
    if not re.search(r"\bbut\s+$", text[max(0, start - 40):start], re.I):
        return near  # (the common case, without scanning the sentence)
    not_but = _NOT_BUT_RE.search(text, 0, start)
    return f"{not_but.group(1)} {near}" if not_but else near


def cues(text: str, sentence: int = -1, expand: Callable[[str], str] = str, reach: int = 4) -> list[Cue]:
    """Direction words of ``text`` with the topic words around each (``reach`` words either side,
    abbreviations expanded by ``expand``)."""
    out: list[Cue] = []
    words = [(m.start(), m.group()) for m in re.finditer(r"[^\W_]+(?:['-][^\W_]+)*\+{0,2}", text)]  # ("Ca2+": an
    # ion's charge kept, so that it reads as the element)
    found = list(CUE_RE.finditer(text))
    breaks = _clause_breaks(text) if found else []
    for k, match in enumerate(found):
        if _PURPOSE_RE.search(text, max(0, match.start() - 40), match.start()) and _VERB_RE.fullmatch(match.group()):
            continue  # "may be harder to improve", "aimed to reduce": an aim, not a finding
        if _VERB_RE.fullmatch(match.group()) and _AIM_OPENING_RE.match(text) and "," not in text[:match.start()]:
            continue  # "To increase graft flow and to decrease resistance ..., we have employed": the aim that
            # opens the sentence, up to its first comma
        if _VERB_RE.fullmatch(match.group()) and _MODAL_RE.search(text, max(0, match.start() - 40), match.start()):
            continue  # "correction of these factors will potentially improve outcomes": a hope, not a finding
        if re.search(r"(?:ion|ions|ment|ing)$", match.group(), re.I) and re.search(
                r"\b(?:by|through|via)\s+$", text[max(0, match.start() - 10):match.start()], re.I):
            continue  # "enhanced by insulin and by inhibition of TNFalpha": the means, not a finding (but
            # "accompanied by elevated BA levels" is one)
        if _KEPT_FROM_RE.search(text, max(0, match.start() - 60), match.start()):
            continue  # "kept the intestine from lengthening": what did not happen, said by the verb before it
        if AGENT_RE.fullmatch(match.group()) or _no_longer(match, text):
            continue  # "tumour suppressor genes", "enhancer", "booster": a thing named, not a change; "this mandate
            # no longer exists": not any more, neither a change nor its denial
        if _names_no_change(match, text):
            continue
        if _CHANGE_NOUN_RE.fullmatch(match.group()) and k and found[k - 1].end() + 1 == match.start():
            if _SMALLER_RE.fullmatch(found[k - 1].group()) and match.group("up"):
                continue  # "smaller rises": the comparative says which way (down), the noun what changed
            if _GREATER_RE.fullmatch(found[k - 1].group()) and out and out[-1].end == found[k - 1].end():
                out.pop()  # "greater falls", "larger reductions": the noun says which way, the comparative how much
        if _means_opening(match, text, found) or _little_of_another(match, text, out):
            continue  # "Lowering the pH from 7.0 to 4.0 tripled the number of sites", "raising extracellular
            # magnesium increased the electrical activity": the means, not a finding; "and had little effect on
            # heart rate" after a change: another thing's

        first = next((i for i, (s, _) in enumerate(words) if s >= match.start()), len(words))
        last = next((i for i, (s, _) in enumerate(words) if s >= match.end()), len(words))
        before, after = words[max(0, first - reach):first], words[last:last + reach]
        cut = next((j for j, (at, w) in enumerate(after) if w.lower() in _CONTRAST or w.lower() in _CUT_AFTER
                    and any(m.start() > at for m in found)), len(after))  # ("fell when insulin was added": the
        # condition is the finding's own, unless it reports a change of its own)
        begin = max((k + 1 for k, (_, w) in enumerate(before) if w.lower() in _SUBORDINATE | _CONTRAST), default=0)
        near = " ".join(w for _, w in before[begin:] + after[:cut])  # "declined | once pressure was reduced"
        near = _before_not(text, match.start(), near)
        if begin == 0 and len(before) == reach:  # "the forearm blood flow and the arterial blood pressure increased":
            # the whole subject, not its last four words
            near = " ".join(filter(None, (_subject_of(text, breaks, match, found[k - 1] if k else None), near)))
        polarity = _polarity(match, text)
        if out and out[-1].polarity == NULL and re.search(r"evidence|significan", out[-1].word, re.I) \
                and not CLAUSE_BREAK_RE.search(text[out[-1].end:match.start()]):
            polarity = NULL  # "no conclusive evidence ... that A has a higher rate": still no difference
        if polarity == NULL:  # "no significant difference" speaks of its whole sentence, or of its clause
            # when another clause reports a finding of its own ("A raised the risk, while B was not associated")
            apart = any(not _clause_of(text, match.start(), m.start()) for m in found) and not _BACK_RE.search(
                " ".join(w for s, w in words if _clause_of(text, match.start(), s)))  # "between the two groups"
            near = " ".join(w for s, w in words if not apart or _clause_of(text, match.start(), s))
        context = frozenset(topic_words(expand(CUE_RE.sub(_what_stays, near))))
        start, stop = _clause_span(breaks, match, len(text))
        own = text[start:stop]
        compares = bool(COMPARES_RE.search(own) or re.search(r"\b(?:but|whereas|while)\s*$", text[:start])
                        and COMPARES_RE.search(text[:start]))  # "higher than B in X, but lower in Y"
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
            head = _span_head(text, start, match, expand)
        elif skip < len(words) and words[skip][0] < upto:
            head = frozenset(topic_words(expand(words[skip][1])))
        out.append(Cue(polarity, match.group(), context, sentence, match.end(),
                       frozenset(topic_words(expand(CUE_RE.sub(_what_stays, own)))), compares,
                       frozenset(topic_words(expand(thing))), head))
    return out


_DONE_WITH_RE = re.compile(r"\b(?:perform\w*|did|do|does|done|giv\w*|gave|receiv\w*|fed|deriv\w*\s+from|"
                           r"isolat\w*\s+from|with|per|from|of|in|on|by|to|at)\s+$", re.I)
_NOT_BUT_RE = re.compile(r"((?:[\w-]+\s+){1,4}?)(?:was|were|is|are)\s+not\s+[\w-]+\s+but\s+$", re.I)
_TO_FIGURE_RE = re.compile(r"(?:rising|increasing|climbing|falling|dropping|declining)\s+to\s+(?:about\s+|around\s+|"
                           r"nearly\s+)?(?:\d|(?:one|two|three|four)-(?:thirds|quarters|fifths)\b|half\b)", re.I)
#: A finite verb of change after its subject: "the forearm blood flow and the arterial blood pressure [increased]".
FINITE_RE = re.compile(r"(?:[a-z]+ed|rose|fell|grew)", re.I)
#: What follows a verb, not an adjective ("increased [risk]"): a preposition, an adverb, an object's determiner, an end.
_AFTER_VERB_RE = re.compile(r"\s*(?:[,.;:)]|$|(?:by|in|to|from|with|after|during|over|within|at|on|and|or|but|whereas|"
                            r"while|when|significantly|markedly|slightly|progressively|further|only|also|the|a|an|its|"
                            r"their|[a-z]+ly)\b)", re.I)


def _subject_of(text: str, breaks: list[tuple[int, int]], match: re.Match[str], prior: re.Match[str] | None) -> str:
    """The words of a finite verb's subject, from its clause's start (a cue before it in the clause: none), at most
    twelve words: the whole of a subject of two things joined by "and"."""
    if not FINITE_RE.fullmatch(match.group()) or not _AFTER_VERB_RE.match(text, match.end()) \
            or _PARTICIPLE_RE.match(text, match.end()):
        return ""
    start = max((e for _, e in breaks if e <= match.start()), default=0)
    if prior is not None and prior.end() > start:
        return ""
    span = re.sub(r"\([^()]*\)", " ", text[start:match.start()])  # (not what a parenthesis says)
    span = _RELATIVE_RE.split(span)[-1]  # the subject of this verb, not of the clause that opens with "that"
    words = re.findall(r"[^\W_]+(?:['-][^\W_]+)*", span)
    if not 4 <= len(words) <= 14 or re.search(r"\b(?:was|were|is|are|been|be|being|has|have|had)\s*$",
                                              text[:match.start()]):
        return ""
    return " ".join(words[-12:])


#: "associated with", "induced by", "related to" after a noun: a participle that names a thing, not a verb.
_PARTICIPLE_RE = re.compile(r"\s+(?:by|with|to)\s+(?![\d.]+|about|approximately|nearly|almost|over|only)", re.I)
#: Words that open a clause inside a subject's span: its verb's subject comes after the last of them.
_RELATIVE_RE = re.compile(r"\b(?:that|which|where|whilst|while|who|whom|whose|when)\b|,\s*and\b", re.I)


def _span_head(text: str, start: int, match: re.Match[str], expand: Callable[[str], str]) -> frozenset[str]:
    """What a "longer"/"shorter" with nothing after it measures: the verb before it ("patients ... [survived] longer
    than"), or the subject of its "was" ("the median [survival] time of the patients ... was significantly shorter
    than")."""
    said = _SAID_OF_RE.search(text, start, match.start()) if _SPAN_WORD_RE.fullmatch(match.group()) else None
    if said is None:
        return frozenset()
    if said.group("verb"):
        return frozenset(topic_words(expand(said.group("verb"))))
    subject = re.split(r"\s(?:of|in|for|among|with)\s", text[start:said.start()], maxsplit=1)[0]
    return frozenset(topic_words(expand(subject))) - _MEASURE_WORDS


_NAMED_NULL_RE = re.compile(r"no\s+(?:statistically\s+)?significant\s+(?P<what>.+)\s+\w+", re.I | re.S)


def _what_stays(match: re.Match[str]) -> str:
    """A cue leaves the words of what it is about: "No significant [MFC and R2* group] differences"."""
    named = _NAMED_NULL_RE.fullmatch(match.group())
    return f" {named.group('what')} " if named and match.group("null") else " "


_BODY_PART_RE = re.compile(r"[\s-]+(?:limbs?|extremit(?:y|ies)|legs?|back(?!\s+pain\s+(?:scores?|intensity))|"
                           r"abdom\w*|lobes?|urinary|gastro\w*|GI|respiratory\s+tract|jaw|lips?|eyelids?|pole|"
                           r"quadrant|motor\s+neurons?|torso|o?esophag\w*|leaflets?|incisors?|molars?|lumbar|genital|"
                           r"arms?|face|teeth|eyelid|(?:thirds?|halves|half|(?:one|two)[\s-]thirds?)(?!-)|\d/\d|segments?|"
                           r"parts?|portions?)\b", re.I)  # not "lower body weight", "lower airway resistance";
# "in the lower 1/3" is a place
#: A time that a comparative speaks of: "survived longer", "survival time ... was significantly shorter than".
_SPAN_WORD_RE = re.compile(r"longer|shorter", re.I)
_SAID_OF_RE = re.compile(r"(?:\b(?P<verb>survived|lived)|\b(?:was|were))\s+(?:[a-z]+ly\s+)?$", re.I)
_MEASURE_WORDS = frozenset(stem(w) for w in word_set("median mean average overall time times duration"))
_PASSIVE_RE = re.compile(r"\b(?:was|were|is|are|been|be)\s+(?:[a-z]+ly\s+){0,2}$", re.I)
_CHANGE_NOUN_RE = re.compile(r"(?:rises?|increases?|gains?|falls?|declines?|drops?|decreases?|reductions?)", re.I)
_SMALLER_RE = re.compile(r"(?:smaller|lower|less|fewer)", re.I)
_GREATER_RE = re.compile(r"(?:larger|greater|higher|bigger|more)", re.I)
#: A direction verb's -ing form opening its clause, as its subject: "Lowering the pH ...", ", raising the dose ...".
_GERUND_SUBJECT_RE = re.compile(r"(?:^|[,;:]\s+|\bthat\s+)(?:\w+ly\s+)?$", re.I)
#: A verb of change that takes an object ("raising magnesium"; not "rising creatinine"), and the clause's own verb of
#: change a few words on (not after "and", "or" or "was").
_DOING_RE = re.compile(r"(?:rais|lower|increas|reduc|decreas|elevat|enhanc|boost|prolong|shorten|lengthen|extend|"
                       r"deplet|suppress|inhibit|block|augment|diminish)ing", re.I)
_DONE_NEXT_RE = re.compile(r"(?:\s+(?!(?:and|or|was|were|is|are|been|be)\b)[\w()+-]+){1,4}?\s+(?:[a-z]+ed|rose|fell)",
                           re.I)
_DETERMINER_NEXT_RE = re.compile(r"\s+(?:the|a|an|its|their|his|her|this|these|those)\b", re.I)  # ("Lowering
# the pH", not the finding "Declining incidence was observed")
_CONTRAST = frozenset({"while", "whereas", "but"})  # "Bax was upregulated, while Bcl-2 was downregulated"
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her"})
#: Words that open a clause of its own after a finding: "resistance declined once drug pressure was reduced".
_SUBORDINATE = frozenset({"once", "when", "after", "because", "since", "until", "following", "if", "unless", "despite",
                          "which"})  # "reduced the stress in the cortical, which increased it in the cancellous"


_CUT_AFTER = _SUBORDINATE | {"even"}  # ("dropped by 22% even as national spending climbed")
_SOFT_COMMA_RE = re.compile(r",\s*(?:and\s+)?[\d(]")  # "(p<0.001), and (p<0.001)": no new clause


#: A connective set off by commas inside a clause: ", by contrast," opens no clause of its own.
_ASIDE_RE = re.compile(r",\s*(?:by\s+contrast|in\s+contrast|however|moreover|therefore|thus|too|in\s+turn|though|"
                       r"furthermore|in\s+addition|likewise|similarly|indeed|in\s+fact)\s*,", re.I)


def _clause_breaks(text: str) -> list[tuple[int, int]]:
    asides = [m.span() for m in _ASIDE_RE.finditer(text)] if "," in text else []
    return [m.span() for m in CLAUSE_BREAK_RE.finditer(text) if not _SOFT_COMMA_RE.match(text, m.start())
            and not any(a <= m.start() < b for a, b in asides)]


def _clause_span(breaks: list[tuple[int, int]], match: re.Match[str], length: int) -> tuple[int, int]:
    """Where the clause a direction word sits in starts and ends: "Adolescents scored higher than caregivers
    in terms of vaccine value (p<0.001)" of "..., but lower in knowledge"."""
    start = max((e for _, e in breaks if e <= match.start()), default=0)
    end = min((b for b, _ in breaks if b >= match.end()), default=length)
    return start, end


def _means_opening(match: re.Match[str], text: str, found: list[re.Match[str]]) -> bool:
    """A change done that opens its clause, with the clause's own word of change after it."""
    return bool(_GERUND_SUBJECT_RE.search(text, 0, match.start())) and match.group().lower().endswith("ing") and any(
        m.start() > match.end() and (_DETERMINER_NEXT_RE.match(text, match.end()) or (
            _DOING_RE.fullmatch(match.group()) and (m.group("up") or m.group("down"))
            and _DONE_NEXT_RE.fullmatch(text, match.end(), m.end()))) for m in found)


def _little_of_another(match: re.Match[str], text: str, before: list[Cue]) -> bool:
    """"Lowered blood pressure and had little effect on heart rate": the little effect is the heart rate's, not the
    clause's (what words of no difference speak of is read for a whole clause)."""
    return bool(match.group("null")) and bool(re.search(r"\blittle\s", match.group(), re.I)) and any(
        c.polarity in (UP, DOWN) and _clause_of(text, match.start(), c.end - 1) for c in before)


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
