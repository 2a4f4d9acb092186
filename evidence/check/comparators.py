"""What a claim compares with, and whether the abstract compares with it.

A claim's comparator ("compared with X", "versus X", "than X", "against placebo", "compared A with B",
"superior to X") must be something the abstract compares; figures compared ("3-4% against 8-10%") and
amounts ("more than three quarters of") are not comparators.
"""

from __future__ import annotations

import re

from evidence.check.cues import COMPARE_RE, NP_END, VAGUE
from evidence.check.negated import PARTICIPLE_AFTER_PREFIX
from evidence.check.populations import members_at
from evidence.check.quantities import find_quantities
from evidence.check.source import STOP_WORDS, SourceText, stem, word_set

#: "compared cancer incidence in irradiated patients with that in their siblings": the two sides apart.
_COMPARED_APART_RE = re.compile(r"\bcompar(?:ed|es|ing)\s+(?:(?!(?:with|to|against)\b)[\w,'-]+\s+){1,10}?"
                                r"(?:with|to|against)\s+|"
                                r"\b(?:set|sets|setting|checked|checks|pitted|tested|measured|validated|benchmarked|"
                                r"weighed|calibrated|scored|judged|graded)\s+(?:(?!against\b)[\w,'-]+\s+){1,12}?"
                                r"against\s+|"
                                r"\b(?:told|tell|tells|telling|set|sets)\s+(?:(?!apart\b)[\w,'-]+\s+){1,6}?apart\s+from\s+|"
                                r"\bdistinguish(?:ed|es|ing)?\s+(?:(?!from\b)[\w,'-]+\s+){1,6}?from\s+|"  # "set A
                                # against B", "benchmarked three assays against RT-PCR" (COMPARE_RE: "tested against")
                                r"\brandomi[sz](?:ed|ing)\s+(?:[\w-]+\s+){0,6}?to\s+(?:(?!or\b)[\w,'-]+\s+){1,6}?"
                                r"or\s+(?:to\s+)?", re.I)  # "randomised to daily iron or to erythropoietin"
#: "superior to X", "comparable, and in some ways superior, to X", "outperformed X": a comparator without "than".
_RANKED_TO_RE = re.compile(r"\b(?:(?:superior|inferior|comparable|equivalent|non-?inferior|similar)"
                           r"(?:\s+results)?,?\s+to|(?:advantages?|benefits?|superiority)\s+(?:over|above)|"
                           r"(?:outperform(?:ed|s|ing)?|surpass(?:ed|es|ing)?|outdid|"
                           r"(?<!heart\s)(?<![\w-])(?:beat(?=\s+(?:(?:both|all|the|every|an?|its|their)\s|[a-z]+'s?\s|[a-z]+s'\s))|"
                           r"beats(?=\s+(?:both|all|the|every|its|their)\s))"
                           r"(?!\s+(?:an?|per|each|every)\s+(?:minute|min|hour|second|day|week)\b))"
                           r"(?:\s+(?:both|all|every|each\s+of))?)\s+", re.I)  # "outperforming both X and Y"
_LEAD_RE = re.compile(r"^(?:(?:[\d.,]+\s*%?|\w+\s+(?:days|weeks|months|years))\s+(?:\w+\s+)?"
                      r"(?:using|with|by|in|for|on|of)\s+|(?:in|with|those|that|the|of)\s+)+", re.I)
#: "three quarters of", "just over a month", "20%": a quantity, read by ``quantities``, not a group compared.
_AMOUNT_RE = re.compile(r"(?:(?:just|about|nearly|almost|roughly|around|over|under|only|some)\s+)*"
                        r"(?:[\d.,]+(?:\s*[-\u2013]\s*[\d.,]+)?\s*%?|\w+[\s-]?fold|double|triple|a\s+third|a\s+quarter|an?\b|one|two|three|four|five|six|seven|eight|nine|ten|twice|half|(?:one|two|three|four)[\s-]"
                        r"(?:thirds?|quarters?|fifths?)|once|thrice)(?![\w-])(?:\s+(?:days?|weeks?|months?|years?|"
                        r"decades?|times|(?:a|per|every)\s+(?:day|week|month|year)))?(?:\s+(?:of|with|in|for|on)\b)?"
                        r"\s*", re.I)
_COMPLEMENT_RE = re.compile(r"\s*(?:those|ones|patients|people|cases|women|men|children)\s+(?:whose|who|that|which)\b"
                            r"[^,.;]{0,60}?\b(?:did|do|does|were|was|had|have|has|is|are)(?:\s+not|n't)\b(?=\s*(?:[.,;:)]|$))",
                            re.I)
#: "more than a control immunoglobulin did": a thing that acted, not an amount.
_DID_RE = re.compile(r"(?:an?|the)\s+(?!(?:third|quarter|half|fifth|tenth|decade|year|month|week|day|dozen|"
                     r"hundred|thousand|few|number|majority|minority)\b)(?:(?!of\b)[\w-]+\s+){1,4}?"
                     r"(?:did|does|do|had|has)\b", re.I)  # (not "a third of the patients had")
_AMOUNT_AFTER_RE = re.compile(r"\b(?:more|less|fewer|greater|higher|lower|larger|smaller|other|rather|younger|older)"
                              r"\s+$", re.I)


#: "performed no differently from X", "resembled that of X", "matched those of X": a comparator without "than"
#: (not "different from zero", a test against no group).
_LIKENED_RE = re.compile(r"\b(?:(?:different(?:ly)?|differ(?:ed|s)?)\s+from|resembl(?:ed|es|ing|e)\s+(?:that|those)\s+"
                         r"of|match(?:ed|es)?\s+(?:that|those)\s+of|unlike|in\s+contrast\s+(?:to|with))\s+"
                         r"(?!(?:(?:the|its|their)\s+)?(?:zero|baseline|null|chance|day|days|week|weeks|month|months|visit|"
                         r"time|pre-?treatment|expected)\b|[\d.])"
                         r"(?!(?:(?:the|our|their|its|many|most|some|(?:the\s+)?authors'?)\s+)*(?:hypothes\w*|expect\w*|"
                         r"predict\w*|previous|earlier|prior|past|other\s+stud\w*|reports?|findings|guidelines|what|in|at|"
                         r"among|on)\b)", re.I)  # (not "in contrast to our hypothesis", "unlike in previous trials")


#: "correlated well with radioimmunoassay", "agreed closely with those obtained by angiography": the method a method
#: was checked against.
_AGREED_RE = re.compile(r"\b(?:correlat(?:ed|es|ing)|agree(?:d|s|ing)?|concordant)\s+(?:(?:well|closely|strongly|"
                        r"highly|significantly|poorly|very\s+well)\s+)?with\s+|\bin\s+(?:close\s+|good\s+|"
                        r"excellent\s+)?agreement\s+with\s+", re.I)


#: A method or a measurement: what is said to agree with another method ("the nephelometer's protein measurements").
_METHOD_RE = re.compile(r"\b(?:assays?|methods?|techniques?|tests?|measurements?|measures?|systems?|instruments?|"
                        r"devices?|scans?|imaging|monitors?|readings?|probes?|estimates?|nephelometers?|volumes|results)\b",
                        re.I)


def comparator_phrases(text: str, agreed: bool = True) -> list[str]:
    """The things a text compares with: the phrase after "compared with", "versus", "than", "against" (and, with
    ``agreed``, the method a measuring method is said to agree with)."""
    out = []
    openers = [*COMPARE_RE.finditer(text), *_RANKED_TO_RE.finditer(text), *_COMPARED_APART_RE.finditer(text),
               *_LIKENED_RE.finditer(text),
               *(m for m in _AGREED_RE.finditer(text) if agreed and _METHOD_RE.search(text, 0, m.start()))]
    for match in sorted(openers, key=lambda m: m.start()):
        rest = text[match.end():]
        if _AMOUNT_RE.match(rest) and _AMOUNT_AFTER_RE.search(text[:match.start()]) and not _DID_RE.match(rest):
            continue  # "more than three quarters of", "fewer than 5% of": an amount, not a comparator
        if re.search(r"\brather\s+than\s*$", text[:match.end()], re.I) and (
                _PREDICATE_RE.match(rest) or _BY_MEANS_RE.search(text, 0, match.start()) and _GERUND_RE.match(rest)):
            continue  # "reversible rather than toxic to the cells", "by weakening the contractions rather than
            # changing their frequency": what the effect was, or how, not a group
        if _OF_WHOM_RE.search(match.group()) and _CONDITION_RE.match(rest) and not _said_again(match.group(), rest):
            later = re.search(r"\s(?:with|to|against)\s+(?=" + _GROUP_NEXT_RE.pattern + r"|(?:[\w-]+\s+){0,2}"
                              r"(?:patients|controls|subjects|people|volunteers|donors|carriers|cases|women|men|"
                              r"children|adults)\b)", rest[:80], re.I)
            if later is None:  # "compared blood from the veins of patients with chronic venous insufficiency": who
                continue  # they were; the compared group, if any, after ("with those in healthy controls")
            rest = rest[later.end():]
        if _COMPLEMENT_RE.match(rest):
            continue  # "survived longer than those whose tumours did not": the rest of the claim's own group
        if _figures_compared(text[:match.start()], rest):
            continue  # "(60 vs 18 minutes)", "(3.13 vs 2.4 umol/g fat-free dry solid)": two figures, no group
        amount = _AMOUNT_FOR_RE.match(rest) if _FIGURE_BEFORE_RE.search(text[:match.start()]) else None
        rest = rest[amount.end():] if amount else rest  # "62 weeks, compared with about 13 weeks for PD-L1-positive
        # patients": the group the second figure is given for
        phrase = _compared(rest)
        if phrase is not None and _LIKELY_RE.search(text, 0, match.start()):
            phrase = re.split(r"\s+to\s+", phrase, maxsplit=1)[0]  # "more likely than controls to report a diet
            # high in fat": the group, then what it was likelier to do
        if phrase is not None and not re.match(r"[\d.]|(?:the\s+)?(?:other|others|rest|remaining)\b|less\b|more\b|"
                                               r"(?:how|what|whom|which|whether|why)\b", phrase, re.I):
            out.append(phrase[:80].strip())  # (not "the other two classifiers": the claim's own groups again; not
            # "against one another", nor "randomised to the intervention were more or less compliant"; nor a clause:
            # "than to know how long the cuff had been in place", "in whom it arose later"; but "than when their father
            # did" names a group)
    return out


#: "Patients with" closing a "compared ... with" opener, and what names a compared group after it.
_OF_WHOM_RE = re.compile(r"^compar\w*\s.*\b(?:patients|subjects|people|women|men|children|adults|infants)\s+with\s+$",
                         re.I)
#: A condition named right after "patients with": "chronic venous insufficiency", "type 2 diabetes" (not "blood
#: donors", "men", "a log-rank test").
_CONDITION_RE = re.compile(r"(?:[\w'-]+\s+){0,4}?(?:[\w-]*(?:disease|disorder|syndrome|insufficiency|failure|cancer|"
                           r"carcinoma|tumou?r|infection|diabetes|hypertension|asthma|arthritis|itis|emia|aemia|"
                           r"osis|pathy|plegia|trophy|ism|headache|migraine|pain|injury|injuries|ulcer|lesion|fracture|"
                           r"dementia|schizophrenia|depression|epilepsy|obesity|stroke)s?)\b"
                           r"(?!\s+(?:[\w-]{1,2}\s+)?(?:patients|carriers|controls|donors|volunteers|subjects|cases|"
                           r"people|individuals)\b)", re.I)
_GROUP_NEXT_RE = re.compile(r"(?:\d|(?:the|those|that|their|its|these|a|an|healthy|normal|matched|age|controls?|"
                            r"volunteers?|placebo|other|non|no|rates?|general|un[a-z]+ed)\b)", re.I)


def _said_again(opener: str, rest: str) -> bool:
    """"Compared bacteria from HIV-positive patients with bacteria from ...": the word after "with" names the first
    side's thing again, so it opens the compared side."""
    first = re.match(r"[^\W\d_][\w-]*", rest)
    return first is not None and first.group().lower() in {w.lower() for w in re.findall(r"[^\W\d_][\w-]*", opener)[1:]}


#: "More likely than controls to report ...": what the group was likelier to do follows it.
_LIKELY_RE = re.compile(r"\b(?:likely|likelier|unlikely|inclined|apt|prone|able|willing)\s*$", re.I)
#: A figure right before a comparison's opener ("(60 vs", "2.5 mmol/l versus"), and its unit if any.
_FIGURE_BEFORE_RE = re.compile(r"(?<![\w.,])\d[\d.,]*(?<![.,])\s*(?P<unit>%|[^\W\d_][^\s\d(),;]{0,14})?\s*[,;]?\s*$")
#: The second figure, a unit of measure and at most three words of what it measures, then the phrase's end: "18
#: minutes)", "2.4 umol/g fat-free dry solid)" (not "21 days of robotic patients)", "30 controls)").
_FIGURE_ENDS_RE = re.compile(r"\s*(?:about\s+|~)?\d[\d.,]*(?:\s*[-\u2013]\s*\d[\d.,]*)?(?<![.,])\s*"
                             r"(?P<unit>%|[^\W\d_]+/\d+\s*[^\W\d_]{1,5}\b|[^\W\d_][^\s\d(),;]{0,14})"
                             r"(?:\s+(?!(?:of|in|among|for|with|on|after|under|than|and|or)\b)"
                             r"[^\W\d_][\w-]*){0,3}\s*(?=[);]|[.,](?!\d)|$)", re.I)


def _figures_compared(before: str, rest: str) -> bool:
    """Two figures of one measure set against each other and nothing more: "(60 vs 18 minutes)", "(3.13 vs 2.4
    umol/g fat-free dry solid)". A count's noun is its group ("20 vs 30 controls"), and a group after the figures
    is read as before ("13 vs 21 days of robotic patients", "15 vs 3% of smokers")."""
    first, second = _FIGURE_BEFORE_RE.search(before), _FIGURE_ENDS_RE.match(rest)
    if first is None or second is None:
        return False
    unit = second.group("unit")
    if first.group("unit") and first.group("unit").lower() != unit.lower():
        return False
    return unit == "%" or "/" in unit or any(q.unit and q.kind != "count" for q in find_quantities(
        rest[:second.end("unit")]))


_NEXT_FIGURE_RE = re.compile(r",?\s+(?:and|or)\s+(?=\d[\d.,]*\s*[^\W\d_]+\s+(?:in|among|for|with|of)\s)", re.I)
#: A group named after an amount: "about 13 weeks for PD-L1-positive patients", "72% for sestamibi imaging".
_AMOUNT_FOR_RE = re.compile(r"\s*(?:about\s+|~)?\d[\d.,]*(?:\s*[-\u2013]\s*\d[\d.,]*)?\s*(?:%|[^\W\d_]+)?\s+"
                            r"(?:in|among|for|with|of)\s+(?:the\s+)?(?=[^\W\d_])", re.I)


def _compared(rest: str) -> str | None:
    """The compared group in the words after a comparison's opener, or None where they compare figures or an idiom:
    the noun phrase, less where it was ("in 300 patients"), a lead word, and an amount before it."""
    if _FIGURE_RE.match(rest):
        return None  # "(about 352 vs 358 ng/ml)": two figures compared, no group
    end = NP_END.search(rest)
    phrase = rest[:end.start()] if end else rest
    if end and _VAGUE_HEAD_RE.fullmatch(phrase.strip()) and re.match(r"\s(?:treated|given|operated)\s", end.group()):
        after = NP_END.search(rest, end.end())  # "with those treated by disc replacement": who they are
        phrase = rest[:after.start()] if after else rest
    if end and re.fullmatch(r"\s(?:is|are)", end.group()) and re.search(r"\bwhose\s+[\w-]+\s*$", phrase, re.I):
        after = NP_END.search(rest, end.end())  # "patients whose disease is metastatic": the group's own description
        phrase = rest[:after.start()] if after else rest
    if end and re.fullmatch(r"\s*(?:that|those)\s*", phrase, re.I) and re.fullmatch(r"\s(?:on|for)", end.group()):
        after = NP_END.search(rest, end.end())  # "the literature on X with that on Y": Y is the compared thing
        phrase = rest[end.end():after.start() if after else len(rest)]
    phrase = re.sub(r"^(?:one\s+another|each\s+other)(?:,?\s+and\s+(?:with|to|against)\s+|\b)", "", phrase.strip(),
                    flags=re.I)  # "with each other and with those of 14 healthy boys"
    where = re.split(r"\s+in\s+(?=\d|elective|patients|people|adults|children)", phrase)[0]
    if re.search(r"[a-z]{3,}", where, re.I) and not re.fullmatch(r"\s*(?:that|those|the\s+\w+)\s*", where, re.I):
        phrase = where  # "against B in elective admissions", "against the reference standard in 300 patients":
        # where, not what (but "with that in 19 patients with RA" keeps its patients)
    phrase = _NEXT_FIGURE_RE.split(_LEAD_RE.sub("", phrase.strip()))[0]  # "against 28 hours in rats and 24 hours
    # in mice": rats, then another figure's group
    if _VALUE_RE.match(phrase) or _IDIOM_RE.fullmatch(phrase):
        return None  # "an ED50 of 164 umol/kg, against an LD50 of 691": two figures; "the rule rather than the
        # exception", "more than expected": no group
    amount = _AMOUNT_RE.match(phrase)
    if amount and "%" in amount.group():
        return None  # "3-4% here, against roughly 8-10% of all cancers there": figures compared, not groups
    if amount and amount.end():
        phrase = _LEAD_RE.sub("", phrase[amount.end():])
        if re.match(r"(?:who|that|which|whose)\b", phrase, re.I):
            return None  # "with 2,021 who had surgery or no treatment": people counted, described, not named
    return phrase or None


_FIGURE_RE = re.compile(r"\s*(?:about\s+|~)?\d[\d.,]*(?<![.,])\s*(?:%|[a-z\u00b5\u03bc]{1,5}/[a-z\u00b5\u03bc\d.]{1,5}|"
                        r"mm\s*hg)?\s*(?=[);]|[.,](?!\d)|$)", re.I)
_PREDICATE_RE = re.compile(r"\s*(?:(?:being|directly|merely|simply)\s+)?[a-z]{3,}(?:ic|ive|ous|ful|(?<!m)ent|ant|"
                           r"ble)\s+(?:to|for|on|against)\s", re.I)
#: "By weakening the contractions rather than [changing their frequency]": a means set against a means.
_BY_MEANS_RE = re.compile(r"\bby\s+[a-z]{3,}ing\b", re.I)
_GERUND_RE = re.compile(r"\s*(?:by\s+)?(?!during|nothing|morning|evening)[a-z]{3,}ing\s+(?:the|their|its|his|her|a|an|"
                        r"them|it|this|these|those)\b", re.I)
_VALUE_RE = re.compile(r"(?:[\w-]+\s+){1,2}(?:of|=)\s+(?:about\s+|roughly\s+|~)?\d", re.I)
_IDIOM_RE = re.compile(r"(?:the\s+)?(?:exception|norm|expected|anticipated|usual|ever|before|predicted|hoped|"
                       r"intended|planned|previously\s+(?:thought|believed|assumed|reported))\.?|"
                       r"(?:is|are|was|were|(?:has|have|had)\s+been)\s+(?:[a-z]+ly\s+)?(?:[a-z]+ed|known|thought|"
                       r"seen|shown)\.?", re.I)  # "than is usually recognised": what was thought, no group


_VAGUE_HEAD_RE = re.compile(r"(?:those|patients|subjects|people|participants|women|men|children|animals|rats|mice|"
                            r"dogs|cases|ones)", re.I)


#: "uninsured" and "noninsured", "unexposed" and "non-exposed" are one group (a word that only looks negated,
#: "underlying", gives a spelling no abstract has, so no harm).
_UN_RE = re.compile(rf"\b(?:un|non-?){PARTICIPLE_AFTER_PREFIX}", re.I)


_SIGN_WORD_RE = re.compile(r"(?<=\w)-(?:negative|positive)\b", re.I)
_NEVER_RE = re.compile(r"\bnever[\s-]+(?=smok)", re.I)


def _negated_forms(phrase: str) -> list[str]:
    """The phrase, and its "unexposed" written "nonexposed" (or the other way round): one group, two spellings
    ("non-exposed" would read as "exposed")."""
    if _NEVER_RE.search(phrase):  # "never smoking" against "non-smokers"
        return [phrase, _NEVER_RE.sub("non", phrase), _NEVER_RE.sub("non-", phrase)]
    if _UN_RE.search(phrase):
        return [phrase] + [_UN_RE.sub(prefix, phrase) for prefix in ("non", "un")]
    forms = [phrase]
    if re.search(r"\bnon-[a-z]", phrase, re.I):
        forms.append(re.sub(r"\bnon-(?=[a-z])", "non", phrase, flags=re.I))  # "non-use" against "nonusers"
    if _SIGN_WORD_RE.search(phrase):
        forms.append(_SIGN_WORD_RE.sub("", phrase))  # "c-mpl-negative cells" are the abstract's "c-mpl- cells"
    return forms


def unknown_comparator(clause: str, source: SourceText) -> tuple[str, int] | None:
    """The claim's comparator the abstract does not compare with, and the sentence showing what it compares."""
    phrases = comparator_phrases(clause)
    if not phrases:
        return None
    compare_sentences = [i for i, s in enumerate(source.sentences) if COMPARE_RE.search(s.text)
                         or _RANKED_TO_RE.search(s.text) or _COMPARED_APART_RE.search(s.text)
                         or _LIKENED_RE.search(s.text)
                         or _AGREED_RE.search(clause) and re.search(r"\b(?:correlat|agree|concordan)\w*", s.text, re.I)
                         or re.search(r"\b(?:surpass|outperform|outdid|outdo|beat|exceed)\w*", s.text, re.I)
                         or re.search(r"\b(?:controls?|placebo|randomi[sz]ed|vs)\b", s.text, re.I)]
    everywhere = source.all_words
    in_compare = set().union(*(source.sentences[i].words for i in compare_sentences)) if compare_sentences \
        else set()
    agreed = set(phrases) - set(comparator_phrases(clause, agreed=False)) if _AGREED_RE.search(clause) else set()
    agreeing = [s.words for s in source.sentences if re.search(r"\b(?:correlat|agree|concordan)\w*", s.text, re.I)]
    for phrase in phrases:
        mine = source.claim_words(phrase) - VAGUE
        if phrase in agreed and any(len(mine & words) * 2 >= len(mine) for words in agreeing):
            continue  # "correlated closely with liver iron" where the abstract correlates "hepatic iron concentration"
        free = _FREE_RE.search(phrase)
        lacking = _free_of(phrase, free, source, compare_sentences) if free else phrase
        variants = [{w for w in source.claim_words(source.respelled(_without_figures(p)))
                     if w not in VAGUE and w not in _FILLER and not w[:1].isdigit()}
                    for p in _negated_forms(lacking)]
        words = variants[0]
        if not words:
            continue
        head = source.claim_words(phrase.split()[0]) - VAGUE - _FILLER
        if any(v <= everywhere and (v & in_compare or not compare_sentences) for v in variants) or (
                len(words) >= 3 and len(words - everywhere) <= 1 and words & in_compare and head <= everywhere) or (
                len(words) == 2 and _named_by_its_qualifier(phrase, words, source, everywhere, in_compare)) or (
                _lead_compared(phrase, source, compare_sentences)):
            # the abstract has the words (compared in words of its own: "no treatment surpassed oxygen"; or one
            # unknown word of three, unless it is the first: "tamoxifen-treated rats"; or of two, the head only:
            # "the Boston median"), unless it compares the same head told apart by another qualifier
            other = _other_kind(phrase, source, compare_sentences)
            if other is not None:
                return other
            continue
        if re.search(r"\b(?:check|validat|verif|calibrat|benchmark)\w*\s+(?:[\w-]+\s+){0,4}against\s+(?:the\s+)?"
                     + re.escape(phrase[:30]), clause, re.I) and any(
                words <= sentence.words and _STANDARD_RE.search(sentence.text) for sentence in source.sentences):
            continue  # "checked chest radiographs against whole-lung sections": the standard a test was checked
            # against, named where the abstract tells how a test was judged ("Accuracy ... was assessed in 696
            # patients from whose lungs whole-lung sections had been made"), whether or not that sentence compares
        if words & _INERT and in_compare & _INERT and words - _INERT <= _ARM_WORDS:
            continue  # "a sham device" where the abstract compares with "the sham capsule": the inert arm either way
            # (but "sham acupuncture" or "a sham diet" names what was imitated)
        if _same_people(phrase, [source.sentences[i].text for i in compare_sentences]):
            continue  # "than girls" where the abstract compares "males than females"
        ranked = source.rank(source.claim_words(clause))
        shown = next((i for _, i in ranked if i in compare_sentences), ranked[0][1] if ranked else 0)
        return phrase, shown
    return None


_DESCRIBED_RE = re.compile(r"\s(?:[a-z]+ed|who|that|which|whose|using|given|taken)\s", re.I)


def _lead_compared(phrase: str, source: SourceText, compare_sentences: list[int]) -> bool:
    """"The epidermal method applied to pre-irritated skin" where the abstract compares with "the epidermal method
    using prior irritation": the group's own noun phrase (two words or more, before what describes it) is in one
    sentence that compares, in a row, however the rest is worded."""
    lead = _DESCRIBED_RE.split(f" {phrase} ", maxsplit=1)
    if len(lead) < 2:
        return False
    words = [stem(w) for w in re.findall(r"[^\W\d_][\w-]*", source.respelled(lead[0]))
             if w.lower() not in STOP_WORDS and stem(w) not in VAGUE]
    if len(words) < 2 or _VAGUE_HEAD_RE.fullmatch(lead[0].split()[-1]):
        return False  # ("Chinese women using kerosene heaters": of people, what tells the arms apart is the rest)
    runs = source.derived("comparators:stem-runs", lambda: [
        [stem(w) for w in re.findall(r"[^\W\d_][\w-]*", s.text) if w.lower() not in STOP_WORDS]
        for s in source.sentences])  # (each sentence's words in order, read once per work)
    for i in compare_sentences:  # (the words in a row: not "intradermal method" where the sentence has
        theirs = runs[i]  # "intradermal test" and "the epidermal method")
        if any(theirs[k:k + len(words)] == words for k in range(len(theirs) - len(words) + 1)):
            return True
    return False


#: Words of a sentence that tells how a test was judged.
_STANDARD_RE = re.compile(r"\b(?:accura\w*|compar\w*|correlat\w*|standard|confirm\w*|validat\w*|sensitivit\w*|"
                          r"specificit\w*|agree\w*)", re.I)


#: "Symptom-free smokers", "headache-free controls": the group without the thing (X-free).
_FREE_RE = re.compile(r"\b([^\W\d_][\w]*)-free\b", re.I)
_GENERIC_GROUP_RE = re.compile(r"\b(?:normals|(?:healthy|normal)\s+(?:subjects|controls|volunteers|individuals|people|"
                               r"persons|adults|children)|unaffected)\b", re.I)
#: Words around a compared group that name no group: "those given other stents", "who still needed induction".
_FILLER = frozenset(stem(w) for w in word_set("still next needed just instead customary average typical"))
# ("the average non-obese adult": the abstract's "nonobese adults", taken on average)


def _free_of(phrase: str, free: re.Match[str], source: SourceText, compare_sentences: list[int]) -> str:
    """The phrase to look for of an X-free group: without "free" where the abstract says the group lacked X ("those
    without respiratory symptoms", "no X", "non-X", "free of X") or compares with people free of everything ("the
    normals in the control group", "healthy volunteers"; not just any control group); as written otherwise
    ("fibrosis-free patients" where the comparator had fibrosis)."""
    key = re.escape(free.group(1)[:max(4, len(free.group(1)) - 2)])
    negated = re.compile(rf"(?:\b(?:without|no(?!\s+(?:significant\s+)?(?:differences?|changes?|effects?)\b)|"
                         rf"free\s+of|absence\s+of)\s+(?:[\w-]+\s+){{0,2}}|\bnon-?|\ba){key}", re.I)  # ("asymptomatic")
    if any(negated.search(source.sentences[i].text) or _GENERIC_GROUP_RE.search(source.sentences[i].text)
           for i in compare_sentences):  # (in a sentence that compares: "no differences in pain scores" is no group)
        return phrase[:free.end(1)] + " " + phrase[free.end():]
    return phrase


#: Heads that name a measure or a method: of "the Boston median" or "the most-probable-number technique" another
#: word may be the abstract's ("50th percentile", "procedure"); a head naming a disease or a tissue is what was
#: compared.
_MEASURE_HEADS = frozenset(stem(w) for w in word_set("""median medians mean means average averages percentile
    percentiles value values level levels norm norms standard standards reference technique techniques procedure
    procedures method methods assay assays kit kits test tests score scores criteria criterion index approach
    approaches"""))


#: Heads that name a group studied by what it was drawn from: "the English series" is the abstract's "English
#: populations".
_GROUP_HEADS = frozenset(stem(w) for w in word_set("""series population populations cohort cohorts sample samples"""))


def _named_by_its_qualifier(phrase: str, words: set[str], source: SourceText, everywhere: frozenset[str],
                            in_compare: set[str]) -> bool:
    """"The most-probable-number technique" where the abstract compares with "the most-probable-number
    procedure", "the Boston median" with "the Boston 50th percentile": of two words, the qualifier (first) is
    compared in the abstract and the head, a measure or a method, is another word for the abstract's (not "sporadic
    melanomas" where it compares sporadic lymphomas)."""
    first = [w for w in source.claim_words(source.respelled(phrase.split()[0])) if w in words]
    head = stem(phrase.split()[-1].lower())
    centre = _CENTRES.get(head)
    if centre is not None and any(_CENTRES.get(w, centre) != centre for w in in_compare):
        return False  # "the Boston mean" where the abstract compares with a median: another measure
    return bool(first) and first[0] in in_compare and first[0] in everywhere and len(words - everywhere) == 1 \
        and first[0] not in _NEUTRAL and head in _MEASURE_HEADS | _GROUP_HEADS


#: Two kinds of middle: a mean is not a median (a percentile is a median's kind).
_CENTRES = {stem(w): kind for kind, words in (("mean", "mean means average averages"),
                                               ("median", "median medians percentile percentiles"))
            for w in words.split()}


_INERT = frozenset({stem("sham"), stem("placebo"), stem("dummy")})  # an arm named by what it lacks
#: What an inert arm was given, in words that name no treatment: "a sham device", "placebo pills".
_ARM_WORDS = frozenset(stem(w) for w in word_set("""device procedure treatment intervention pill tablet capsule arm arms
    group condition control comparator injection infusion"""))  # (stems: "devices" is "device"; not "arms")
_ROUGHLY_RE = re.compile(r"\b(?:roughly|about|approximately|around|nearly|almost|some)\s*$", re.I)


def _without_figures(phrase: str) -> str:
    """"Ash weight in piglets of roughly 0.9 to 5.5 kg": the figures and their units say how much, not what."""
    if not re.search(r"\d", phrase):
        return phrase  # (figures in words stay: "two groups" is what was compared)
    for quantity in reversed(find_quantities(phrase)):
        start = quantity.start
        hedge = _ROUGHLY_RE.search(phrase[:start])
        start = hedge.start() if hedge else start
        phrase = phrase[:start] + " " + phrase[quantity.start + len(quantity.text):]
    return phrase


def _same_people(phrase: str, compared: list[str]) -> bool:
    """Is the compared group people the compared sentences name in other words ("girls" for "females")? Only
    a phrase that is its people and no more."""
    found_here = members_at(phrase)
    outside = [m.group() for m in re.finditer(r"[^\W\d_]+", phrase)
               if not any(a <= m.start() < b for _, _, a, b in found_here)]
    if not found_here or any(w.lower() not in STOP_WORDS for w in outside):
        return False  # "uninsured children" names more than children
    named = {found[:2] for found in found_here}
    return any(found[:2] in named for text in compared for found in members_at(text, "source"))


_NP_CUT_RE = re.compile(r"\s(?:who|that|which|whose|with|without|in|of|at|from|on|after|during|for|by|among|"
                        r"treated|given|receiving|taking|undergoing|and|or)\s", re.I)
_STRAIN_RE = re.compile(r"\S+/\S+")  # "C57BL/6J", "BALB/c": a strain's name, not a qualifier a writer swaps
_GENOTYPE_RE = re.compile(r"\((?=[+-]/[+-]\))|(?<=[+-]/[+-])\)")  # "Apoe(-/-) mice" is one noun phrase
#: Qualifiers a writer swaps for each other without changing who was compared.
_NEUTRAL = frozenset(stem(w) for w in word_set("""healthy normal matched unmatched untreated control controls usual
    standard conventional typical regular ordinary other placebo sham age sex gender wild-type wild wt littermate
    littermates type older elderly aged senior seniors young younger adult adults"""))


def _kind_words(phrase: str) -> list[str]:
    """The noun phrase's own words, qualifiers then head: "poor sleepers who slept six hours" is poor, sleepers."""
    head = _NP_CUT_RE.split(f" {phrase} ", maxsplit=1)[0]
    return [stem(w.strip("-").replace("-", "")) for w in re.findall(r"[^\W\d_][\w-]*", head)  # ("anti-arrhythmic"
            # and "antiarrhythmic" are one word)
            if w.lower() not in STOP_WORDS and stem(w) not in VAGUE and len(w) > 1]


def _other_kind(phrase: str, source: SourceText, compare_sentences: list[int]) -> tuple[str, int] | None:
    """"Compared with poor sleepers" where the abstract compares "normal sleepers": the same head told apart by
    another qualifier (the claim's words are all in the abstract, named but not compared)."""
    mine = _kind_words(source.expand(_STRAIN_RE.sub(" ", phrase)))
    if len(mine) < 2:
        return None
    head, mods = mine[-1], set(mine[:-1]) - _NEUTRAL
    if not mods:
        return None
    found: tuple[str, int] | None = None
    compared = source.derived("compared-kinds", lambda: [
        (i, words) for i in compare_sentences for theirs in comparator_phrases(
            _GENOTYPE_RE.sub("", source.sentences[i].text))
        if (words := _kind_words(source.expand(_STRAIN_RE.sub(" ", theirs))))])  # (the same for every claim)
    for i, words in compared:
        if words[-1] != head:
            continue
        if mods <= set(words):
            return None  # the abstract compares with the claim's group
        if found is None and set(words[:-1]) - mods and not mods & set(words):
            found = (phrase, i)
    return found
