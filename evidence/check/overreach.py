"""Claims that say more than the abstract: all/every/consistently, proven/cures, long-term, significant.

Each rule needs a limit in the abstract to point at: a share below the claim's "all" or "most",
"only" or a subgroup; no follow-up of a year or more for "long-term" or "sustained"; a P value of
0.05 or more, or "not significant", for a claim of significance; a hedged conclusion ("may",
"suggest") for a claim stated as fact.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from evidence.check.intervals import find_uncertain_effect
from evidence.check.numberwords import SMALL
from evidence.check.quantities import Quantity
from evidence.check.regardless import find_regardless
from evidence.check.significance import NONSIG_RE, significance_unsupported
from evidence.check.source import SourceText, topic_words
from evidence.check.universals import counted_failures, find_universal

_STRONG_RE = re.compile(r"\b((?:prov(?:en|es|ed)|prove)(?!\s+(?:to\s+(?:be|have)|diabetic|positive|negative|fatal|"
                        r"false|difficult|impossible|challenging|elusive|unsuccessful|wrong|resistant|malignant|"
                        r"benign|infected|normal|abnormal|un[a-z]{4,}(?<!ly)|in(?:effective|adequate|sufficient|accurate|"
                        r"ferior|feasible)|useless|disappointing|rare|common|costly)\b)|cur(?:e|es|ed|ing)|"
                        # "74 proved diabetic", "fever proved unreliable": turned out, a copula
                        r"definitive(?:ly)?|conclusive(?:ly)?|"
                        r"guarantee[sd]?|eliminat(?:e|es|ed)|with\s+(?:complete\s+|absolute\s+)?certainty|"
                        r"beyond\s+(?:any\s+)?doubt|do(?:es)?\s+away\s+with|did\s+away\s+with|eradicat(?:e|es|ed)|"
                        r"(?:fully|completely|totally|entirely)\s+(?:restor|normali[sz]|resolv|revers)(?:es|ed|ing|e)|"
                        r"(?:fully|completely|totally|entirely)\s+abolish(?:es|ed|ing)?|"
                        r"(?:fully|completely|totally|entirely)\s+heal(?:s|ed|ing)?)\b",  # ("fully restores
                        # pituitary-adrenal function" where "some restoration")
                        re.I)
_LASTING_RE = re.compile(r"\b(long[\s-]term|sustained|durable|lasting|long[\s-]lasting|permanent(?:ly)?|"
                         r"life[\s-]?long(?=\s+(?:[\w-]+\s+){0,2}(?:protection|immunity|benefits?|effects?|remission|"
                         r"cure|responses?|control|relief|suppression|abstinence)\b)|"
                         r"persistent(?:ly)?|persistence)\b", re.I)
_IN_CELLS_RE = re.compile(r"\b(?:cell\s+lines?|cultured|cultures?|in\s+vitro|transcripts?|mRNA)\b", re.I)
_UNKNOWN_RE = re.compile(r"\b(?:concerns?|unknown|unclear|remains?|not\s+(?:yet\s+)?been|lack\w*|needed|further|"
                         r"warrant\w*|uncertain\w*)\b", re.I)
#: The words of care a claim or a conclusion is said with ("May 2013" is a month).
_CARE_WORDS = (r"may(?!\s+\d)|might|could|suggest\w*|potential(?:ly)?|(?<!as\s)possib\w*|likely|warrant\w*|"
               r"further\s+stud\w*|preliminary|promising|yet\s+to\s+be|remains?\s+to\s+be|unclear|unknown|"
               r"(?:is|are|was|were|remains?|remained)\s+(?:still\s+)?(?:debatable|controversial|unconfirmed)|"
               r"(?:debatable|controversial)\s+(?:whether|if)|at\s+least\s+(?:a\s+proportion|some|part|a\s+subset)|"
               r"(?:data|results|findings|observations)\s+question\s+the\s+(?:suitability|value|usefulness|validity|role|"
               r"utility|reliability)")  # (a proposition held in doubt, not "a controversial trial")
_HEDGE_RE = re.compile(r"^\s*if\b|\b(?:" + _CARE_WORDS + r"|apparently|whether|seem(?:s|ed)?\s+to|"
                       r"appear(?:s|ed)?(?!\s*[.,;:)]|\s+(?:in|on|at|during|after|before|within|among|as)\b)|"
                       r"hypothesi[sz]e[sd]?)\b", re.I)  # ("we hypothesize" hedges, "tested the hypothesis" does not)
#: A claim that says the work settled it: "demonstrated that", "established", "have been shown to".
_SETTLED_RE = re.compile(r"\b(?:demonstrat(?:ed|es)|(?<!to\s)demonstrate\s+that|establish(?:ed|es)|settled\s+that|"
                         r"prove[ds]\s+that|"
                         r"(?<!to\s)establish(?=\s+(?:[\w-]+\s+){1,6}?as\s)|confirm(?:ed|s)|"
                         r"(?:has|have)\s+been\s+(?:shown|proven|demonstrated)\s+to|show(?:ed|s)\s+that\s+(?:[\w-]+\s+){1,3}?(?:drives?|"
                         r"causes?|determines?|controls?|underlies|explains?|prevents?|cures?))\b", re.I)
_ASSERT_RE = re.compile(r"\b(?:improves|reduces|prevents|increases|decreases|protects|causes|"
                        r"(?<!\bto\s)(?<!\bnot\s)(?<!\bmay\s)(?<!\bcan\s)(?<!\bcould\s)(?<!\bmight\s)(?<!\bwould\s)"
                        r"(?<!\bwill\s)(?<!\bdid\s)(?<!\bdo\s)(?<!\bshould\s)(?:improve|prevent|prolong)\s+(?:survival|"
                        r"outcomes?|prognosis)|"
                        r"(?:is|are)\s+(?:an?\s+)?(?:\w+\s+)?effective|is\s+safe|works|benefits|extends|prolongs|"
                        r"(?:is|are)\s+(?:essential|indispensable|necessary|required)\s+for|"
                        r"(?:is|are)\s+(?:the|a)\s+(?:main\s+|major\s+|key\s+)?cause\s+of|"
                        r"(?<=[a-z]s\s)protect\s+against)\b",
                        re.I)


#: "histologically proven tumours", "biopsy-proven disease": how a diagnosis was confirmed, not a strong claim.
_CONFIRMED_BY_RE = re.compile(r"\b(?:(?:histolog|patholog|cytolog|radiolog|microbiolog|angiograph|serolog|endoscop|"
                              r"biochemic|genetic|molecular|surgic)\w*ly|biopsy|culture|tissue|autopsy|PCR|"
                              r"imaging)[\s-]+$", re.I)
#: "patients with proven pulmonary embolism", "eyes with proven glaucoma": whom a diagnosis was sure of (not
#: "acupuncture, with proven benefits": a strength).
_WITH_PROVEN_RE = re.compile(r"\b(?:with|without|who\s+had|having|had)\s+$", re.I)
_STRENGTH_RE = re.compile(r"\s+(?:\w+\s+)?(?:benefits?|efficacy|effectiveness|value|safety|effects?|ability|record|"
                          r"success|usefulness|role)\b", re.I)


#: A claim that one thing brings about another.
_CAUSAL_RE = re.compile(r"\b(?:caus(?:e|es|ed|ing)|leads?\s+to|led\s+to|gives?\s+rise\s+to|gave\s+rise\s+to)\b", re.I)
#: "the cause of the pain", "the leading cause", "whatever the cause": a noun, not one thing bringing about another.
_NOUN_CAUSE_RE = re.compile(r"\b(?:the|a|an|any|its|their|whatever)\s+(?:(?:main|common|commonest|leading|root|"
                            r"major|primary|underlying|likely|only|most\s+\w+)\s+)?$", re.I)
_CAUSAL_SOURCE_RE = re.compile(r"\b(?:caus\w*|leads?\s+to|led\s+to|induc\w*|results?\s+in|resulted\s+in|"
                               r"randomi[sz]\w*|trials?)\b", re.I)  # an experiment may speak of causes
_ASSOCIATION_RE = re.compile(r"\b(?:risks?|associat\w*|related|linked|odds|correlat\w*|hazard)\b", re.I)


#: One patient: "in a patient with aggressive large cell medulloblastoma", "a single case".
_ONE_CASE_RE = re.compile(r"\b(?:in|of|from)\s+(?:a|one|a\s+single)\s+(?:[\w-]+\s+){0,4}?(?:patient|case|child|woman|"
                          r"man|boy|girl|subject|individual)\b|\bcase\s+report\b|\bwe\s+(?:report|describe|present)\s+"
                          r"(?:a|the\s+case\s+of\s+a)\b", re.I)
_GENERAL_RE = re.compile(r"\b(?:reliabl\w*|routinely|always|consistently|invariably|predicts|prevents|cures|works)\b",
                         re.I)


_HARMS = r"(?:toxicit\w*|side[\s-]effects?|adverse\s+(?:events?|effects?|reactions?)|complications?)"
_HARMLESS_RE = re.compile(r"\b(?:(?:completely|entirely|totally)\s+)?(?:free\s+(?:of|from)|without(?:\s+any)?|"
                          r"no)\s+(?:serious|severe|major|grade\s*(?:3|III)(?:\s*(?:-|/|or|and)\s*(?:4|IV))?)\s+"
                          rf"{_HARMS}|\b(?:completely|entirely|perfectly)\s+safe\b", re.I)
_HARM_RE = re.compile(rf"\bgrades?\s*(?:3|III|4|IV)(?:\s*(?:-|/|or|and)\s*(?:4|IV))?\s+(?:[\w-]+\s+){{0,2}}?"
                      rf"(?:{_HARMS}|neutropenia|an(?:a)?emia|thrombocytopenia|events?)|\b(?:severe|serious)\s+{_HARMS}|"
                      rf"{_HARMS}\s+\(?grades?\s*(?:3|III|4|IV)\b", re.I)  # (not "weakened to grade 4" muscle strength)
#: A serious event that happened to counted patients in the study: "a convulsive episode presented by one patient".
_EVENT_RE = re.compile(r"\b(?P<event>convulsive\s+(?:episode|seizure)s?|convulsions?|anaphyla\w+|cardiac\s+arrests?)\s+"
                       r"(?:[\w-]+\s+){0,2}?(?:presented|occurred|developed|seen|observed|noted)\s+(?:[\w-]+\s+){0,2}?"
                       r"(?:one|two|three|\d+)\s+(?:[\w-]+\s+)?(?:patients?|subjects?|cases?|children)\b", re.I)
_COUNT_RE = re.compile(rf"\d|\b(?:one|{SMALL})\b", re.I)
_NO_HARM_RE = re.compile(r"\b(?:no|without)\s+(?:[\w-]+\s+){0,3}?(?:grades?|severe|serious)\b|\bnot\s+(?:observed|seen|"
                         r"recorded|experienced|reported)\b|\bnone\b", re.I)


def _event(text: str, clause: str, title: str) -> bool:
    """A serious event in the study, unless it is what the study was about (named in the claim or the title: the
    convulsions of an anticonvulsant trial) or counted arm by arm ("in 12 given placebo and in 3 given diazepam")."""
    found = _EVENT_RE.search(text)
    if found is None or re.search(r"\b(?:placebo|controls?)\b", text, re.I):
        return False
    root = found.group("event").lower()[:6]  # "convul", "anaphy", "cardia"
    return not any(re.search(rf"\b{root}|\bseizure|\bepilep", other, re.I) for other in (clause, title))


@dataclass(frozen=True)
class Overreach:
    word: str  # the claim's word
    reason: str  # what the abstract says instead, for the message
    sentence: int
    kind: str = "overreach"  # "number" where the claim's "all nine" meets the abstract's "eight of the nine"


def find_overreach(clause: str, source: SourceText, ranked: list[int],
                   quantities: dict[int, list[Quantity]]) -> Overreach | None:
    """The first way the claim says more than its on-topic sentences (``ranked``, best first) allow."""
    top = ranked[:3]
    if not top:
        return None
    texts = {i: source.sentences[i].text for i in range(len(source.sentences))}
    norms = {i: source.sentences[i].norm for i in top}
    found = counted_failures(clause, ranked, texts) or find_universal(clause, top, texts, norms, quantities, ranked)
    if found:
        return Overreach(*found)
    regardless = find_regardless(clause, texts, ranked)
    if regardless:
        return Overreach(*regardless)
    strong = next((m for m in _STRONG_RE.finditer(clause) if _affirmed(_STRONG_RE, clause[:m.end()])
                   and not (m.group().lower().startswith("prov") and (
                       _CONFIRMED_BY_RE.search(clause, 0, m.start()) or _WITH_PROVEN_RE.search(clause, 0, m.start())
                       and not _STRENGTH_RE.match(clause, m.end())))),
                  None)
    if strong and _COMPLETELY_RE.match(strong.group()) and any(_whole(strong.group(), t) for t in texts.values()):
        strong = None  # "completely resolved" where the abstract has "complete resolution"
    if strong and not any(_affirmed(_STRONG_RE, t) for t in texts.values()):
        return _unproven(strong.group(), texts, ranked)
    graded = _graded_higher(clause, texts, ranked)
    if graded:
        return graded
    lasting = _LASTING_RE.search(clause)
    if lasting and (_says_itself(lasting.group(), texts) or _UNKNOWN_RE.search(clause)
                    or _lasting_alike(clause, lasting, texts[top[0]]) or _IN_CELLS_RE.search(clause)):
        lasting = None  # "long-term PPI use" in both: the exposure studied, not a claim that an effect lasts;
        # "concerns remain about long-term safety": the claim itself says it is not known; "sustained only in
        # IFN-sensitive cell lines": hours in a dish, where no follow-up is to be had
    if lasting:
        longest = max((q.value for qs in quantities.values() for q in qs if q.unit == "h"), default=0.0)
        if longest <= 8760:
            where = next((i for i, qs in quantities.items() if any(q.unit == "h" and q.value == longest for q in qs)),
                         top[0])
            follow = "no follow-up beyond a year" if longest else "no follow-up time"
            return Overreach(lasting.group(), f"the abstract gives {follow}", where)
    harmless = next((m for m in _HARMLESS_RE.finditer(clause) if not re.search(
        r"\b(?:not|never|far\s+from)\s+(?:\w+\s+)?$", clause[:m.start()], re.I)), None)  # ("not completely safe")
    title = next((s.text for s in source.sentences if s.source == "title"), "")
    harm = next((i for i in ranked if (_HARM_RE.search(texts[i]) or _event(texts[i], clause, title))
                 and not _NO_HARM_RE.search(texts[i]) and _COUNT_RE.search(texts[i])), None) if harmless else None
    if harmless and harm is not None:  # "completely free of serious toxicity" where "grade III or IV toxicity
        # was recorded in 7 out of 188 cycles"
        return Overreach(" ".join(harmless.group().split()), "the abstract counts severe harms", harm)
    uncertain = find_uncertain_effect(clause, source, ranked)
    if uncertain is not None:
        return Overreach(uncertain.claim_words, f"the abstract's interval for it includes 1 ({uncertain.ratio})",
                         uncertain.sentence)
    unsupported = significance_unsupported(clause, top, texts, quantities)
    if unsupported is not None:
        return Overreach(unsupported[0], "the abstract reports it as not significant", unsupported[1])
    general = _GENERAL_RE.search(clause)
    one_case = "case report" in source.pubtype or _ONE_CASE_RE.search(texts[top[0]])
    if general and one_case and not _ONE_CASE_RE.search(clause):
        return Overreach(general.group(), "the abstract reports a single case", top[0])
    causal = next((m for m in _CAUSAL_RE.finditer(clause) if _affirmed(_CAUSAL_RE, clause[:m.end()])
                   and not (m.group().lower() == "cause" and _NOUN_CAUSE_RE.search(clause, 0, m.start()))), None)
    if causal and not _HEDGE_RE.search(clause) and not any(_CAUSAL_SOURCE_RE.search(t) for t in texts.values()) \
            and not _CAUSAL_SOURCE_RE.search(source.pubtype):
        said = next((i for i in ranked[:3] if _ASSOCIATION_RE.search(texts[i])), None)
        if said is not None:  # an observational study reports risks and associations, not causes
            return Overreach(causal.group(), "the abstract reports an association, not a cause", said)
    return (_said_firmly(clause, top, texts) or _prescribed(clause, top, texts) or _asked(clause, ranked, source)
            or _shown(clause, top, texts) or _generic(clause, top, texts) or _unmeasured(clause, texts, top)
            or _unjudged(clause, texts, top))


#: GRADE's certainty (or quality) of evidence, lowest first: "moderate-certainty evidence", "moderate- to
#: low-certainty evidence", "evidence of very low quality".
_GRADES = ("very low", "low", "moderate", "high")
_GRADE = r"(very\s+low|low|moderate|high)"
_GRADE_RE = re.compile(r"\b" + _GRADE + r"(?:-?\s+(?:to|or)\s+" + _GRADE + r")?[\s-]+(?:certainty|quality)"
                       r"(?=\s+(?:of\s+)?evidence\b)|\bevidence\s+(?:(?:was|is)\s+)?of\s+" + _GRADE +
                       r"(?:\s+(?:to|or)\s+" + _GRADE + r")?\s+(?:certainty|quality)\b", re.I)
#: A grade the claim wants, not one it reports: "no high-certainty evidence", "until high-quality evidence is
#: available", "needed to give high-certainty evidence", "none of the evidence was high-certainty".
_NO_GRADE_RE = re.compile(r"\b(?:no|not|none|without|lack\w*|absence|until|before|unless|need\w*|requir\w*|"
                          r"warrant\w*|call\w*\s+for|await\w*)\b", re.I)
_GRADE_WANTED_RE = re.compile(r"[\s-]+(?:certainty|quality)\s+(?:of\s+)?evidence\s+(?:(?:is|are|was|were|remains?)\s+)?"
                              r"(?:still\s+)?(?:lacking|needed|required|warranted|missing|available|awaited|scarce|"
                              r"limited|absent)\b", re.I)


def _grades(text: str) -> list[int]:
    return [_level(m) for m in _GRADE_RE.finditer(text)]


def _level(grade: re.Match[str]) -> int:
    """The higher level a grade names ("moderate- to low-certainty": moderate)."""
    return max(_GRADES.index(" ".join(g.lower().split())) for g in grade.groups() if g)


def _graded_higher(clause: str, texts: dict[int, str], ranked: list[int]) -> Overreach | None:
    """"High-certainty evidence" where the abstract grades the evidence for it lower: in the nearest on-topic
    sentence that grades any, else anywhere (a review grades each outcome; the claim's is the one beside it)."""
    said = next((m for m in _GRADE_RE.finditer(clause) if not _NO_GRADE_RE.search(clause, 0, m.start())
                 and not _GRADE_WANTED_RE.match(clause, m.end(m.lastindex or 0))), None)
    if said is None:
        return None
    claimed = _level(said)
    graded = {i: _grades(t) for i, t in texts.items() if _GRADE_RE.search(t)}
    where = next((i for i in ranked[:3] if i in graded), None)
    if where is None:
        where = max(graded, key=lambda i: max(graded[i]), default=None)
    if where is None or max(graded[where]) >= claimed:
        return None
    best = _GRADES[max(graded[where])]
    return Overreach(" ".join(said.group().split()), f"the abstract grades its evidence {best} at best", where)


def _said_firmly(clause: str, top: list[int], texts: dict[int, str]) -> Overreach | None:
    """A claim that says the study settled it, or asserts it outright, where the abstract's view of it is hedged."""
    settled = _SETTLED_RE.search(clause)
    if settled and re.search(r"\bto\s+(?:\w+\s+)?$", clause[:settled.start()], re.I):
        settled = None  # "set out to firmly establish X as Y": an aim
    seen = _SEEN_BY_RE.match(clause, settled.end()) if settled else None
    if seen and any(re.search(rf"\b{re.escape(seen.group('method')[:5])}", t, re.I) for t in texts.values()):
        settled = None  # "demonstrated and localised the cysts by ultrasound", where the abstract says how they were
        # seen: shown, not settled
    if settled and not _HEDGE_RE.search(clause) and _affirmed(_SETTLED_RE, clause):
        hedged = _hedged(clause, top, texts, _SETTLED_FIRM_RE)
        if hedged is not None:
            return Overreach(settled.group(), "the abstract states it cautiously", hedged)
    asserted = _ASSERT_RE.search(clause)
    if asserted and not _HEDGE_RE.search(clause):
        hedged = _hedged(clause, top, texts, _ASSERT_RE)
        if hedged is not None and not any(_found_so(asserted.group(), texts[i]) for i in _views(clause, top, texts)):
            return Overreach(asserted.group(), "the abstract states it more cautiously", hedged)
    return None


#: A thing shown by a method of seeing it: "demonstrated [the lesion] by ultrasound / on CT".
_SEEN_BY_RE = re.compile(r"(?P<seen>(?:\s+(?!that\b)(?!(?:value|efficacy|effect\w*|safety|role|reduction|benefits?|"
                         r"improvement|predict\w*|usefulness|superiority|accuracy|reliability|importance|need|"
                         r"impact)\b)[\w,'-]+){0,8}?)\s+(?:by|on|using)\s+(?:\w+\s+)?(?P<method>ultrasound|"
                         r"ultrasonograph\w*|sonograph\w*|echocardiograph\w*|CT|MRI|computed\s+tomograph\w*|"
                         r"angiograph\w*|arteriograph\w*|radiograph\w*|x-rays?|scintigraph\w*|scans?|microscopy|"
                         r"endoscopy|laparoscopy|imaging|staining|immunohistochemi\w*|autoradiograph\w*)\b(?!-)",
                         re.I)  # (not "the efficacy of X on MRI", "CT-proven")


#: Where a past participle is a describing word, not the study's verb: "an increased risk", "reduced expression".
_NOT_A_VERB_BEFORE = ("a", "an", "the", "at", "with", "of", "to", "for", "in", "not", "have", "has", "had")
_NOT_A_VERB_AFTER_RE = re.compile(r"\s+(?:risks?|levels?|expression|odds|incidence|rates?|numbers?|amounts?|"
                                  r"concentrations?|activity|frequency|prevalence|susceptibility|likelihood|"
                                  r"mortality|morbidity|sensitivity|signal\w*)\b", re.I)


def _found_so(asserted: str, text: str) -> bool:
    """Does the sentence report as its own result, unhedged, what the claim asserts in the present ("TMPRSS2
    expression increased with aging" for the claim's "increases with age"; not "may be associated with an
    increased risk", nor "reduced expression ... may")?"""
    verb = asserted.split()[0].lower()
    if not verb.endswith("s") or verb in ("is", "are"):
        return False
    past = re.escape(verb[:-2] if verb.endswith("es") and verb[-3] in "cs" else verb[:-1]) + "e?d"
    for m in re.finditer(r"\b" + past + r"\b", text, re.I):
        before = text[:m.start()].split()
        if (before and before[-1].lower() in _NOT_A_VERB_BEFORE) or _NOT_A_VERB_AFTER_RE.match(text, m.end()) \
                or _HEDGE_RE.search(text, 0, m.start()):
            continue
        return True
    return False


def _shown(clause: str, top: list[int], texts: dict[int, str]) -> Overreach | None:
    """"The study showed that X does Y", a general truth, where the abstract concludes it with care ("suggest",
    "should be assessed") and none of its views of it reports a result firmly. (Not "showed that X slowed Y": a
    result reported in the past is the study's, not a rule.)"""
    shown = _SHOWN_RE.search(clause)
    if shown is None or _HEDGE_RE.search(clause) or not _affirmed(_SHOWN_RE, clause[:shown.end()]) or \
            _REPORTED_RE.match(clause, shown.end()):
        return None
    hedged = _hedged(clause, top, texts, _FIRM_RESULT_RE, _CONCLUDED_WITH_CARE_RE)
    return None if hedged is None else Overreach(shown.group(), "the abstract states it cautiously", hedged)


#: Lives saved or lost: the outcome a writer reaches for when the study measured something nearer to hand.
_DEATHS_RE = re.compile(r"\b(?:deaths?|mortality|survival|died|dying|lives\s+saved|fatalit(?:y|ies))\b", re.I)
_DEATHS_SAID_RE = re.compile(r"\b(?:deaths?|die[ds]?|dying|dead|deceased|mortality|surviv\w*|fatal\w*|lethal\w*|"
                             r"kill\w*|lives|suicid\w*|apopto\w*|necro\w*|viab\w*)\b", re.I)
#: Cells that live or die: "cell survival", "survival of leukaemia cells" (a laboratory finding, not lives).
_CELLS_LIVE_RE = re.compile(r"\bcell(?:s|ular)?\s+(?:survival|death|mortality|dying)|"
                            r"\b(?:survival|death|mortality)\s+of\s+(?:[\w-]+\s+){0,3}cells\b|"
                            r"\bcells\s+(?:\w+\s+){0,2}(?:dying|died|die)\b", re.I)


def _unmeasured(clause: str, texts: dict[int, str], top: list[int]) -> Overreach | None:
    """Deaths, mortality or survival in a claim whose abstract never speaks of anyone dying or surviving: "the
    clinic programme cut breast cancer deaths" where the study measured screening."""
    said = _DEATHS_RE.search(clause)
    if said is None or not _affirmed(_DEATHS_RE, clause[:said.end()]) or _CELLS_LIVE_RE.search(clause) or any(
            _DEATHS_SAID_RE.search(t) for t in texts.values()):
        return None
    return Overreach(said.group(), "the abstract reports no deaths, mortality or survival", top[0])


#: A claim that judges a treatment or a test: "is an effective treatment for tuberculosis", "a reliable screening test".
_JUDGED_RE = re.compile(r"\b(?:is|are|was|were|as|be)\s+(?:an?\s+|the\s+)?(?:effective|efficacious|reliable|"
                        r"accurate)\s+(?:[\w-]+\s+){0,2}?(?:(?P<cure>treatment|therapy|cure|remedy|drug|agent)|test|tool|"
                        r"method|marker|predictor)s?\b", re.I)
#: How an abstract would speak of it at all, judged either way: a treatment by its effects, a test by its accuracy.
_JUDGING = {"treatment": r"effective|efficac|therap|treat|benefi|cure|success|improv|respon|remission|reliev|relief|"
                         r"clear|resolv|heal|eradicat|fell|fall|declin|reduc|decreas|lower|surpass|superior|active|"
                         r"activity|inhibit|suppress|control|protect|prevent|antivir|antibacter|antimicrob",
            "test": r"reliab|accura|sensitiv|specific|valid|predictive|suitab|useful|value|concordan|agreement|"
                    r"correlat|correctly|false[\s-](?:positive|negative)|detect|identif|PPV|NPV"}
_JUDGING_RE = {kind: re.compile(rf"\b(?:{words})\w*", re.I) for kind, words in _JUDGING.items()}


def _unjudged(clause: str, texts: dict[int, str], top: list[int]) -> Overreach | None:
    """"Urinary protein is a reliable screening test for renal carcinoma" where the abstract never speaks of a test's
    accuracy; "an effective treatment" where it never speaks of treating anyone nor of any effect."""
    said = _JUDGED_RE.search(clause)
    if said is None or _HEDGE_RE.search(clause) or not _affirmed(_JUDGED_RE, clause[:said.end()]):
        return None
    kind = "treatment" if said.group("cure") else "test"
    if any(_JUDGING_RE[kind].search(t) for t in texts.values()):
        return None
    judged = "its effect" if kind == "treatment" else "its accuracy"
    return Overreach(" ".join(said.group().split()), f"the abstract never judges {judged}", top[0])


#: A claim stated as a general truth, in the present tense: "face-mask ventilation improves survival", "pollution
#: damages the osprey heart", "a blood test can predict which plaques rupture", "is a reliable diagnostic adjunct".
#: (Not a past finding of the study: "reduced relapse in the trial".)
_GENERIC_RE = re.compile(
    r"\b(?:(?:reduc|lower|rais|increas|decreas|improv|worsen|prevent|protect|caus|driv|produc|cut|halv|doubl|damag|"
    r"harm|predict|determin|trigger|induc|promot|inhibit|boost|enhanc|restor|revers|cur|benefit|extend|prolong|"
    r"shorten|halt|slow|accelerat|delay|spread|transmit|confer)(?:es|s)(?!\s+(?:in|of|for|from|and|or)\b)|"
    r"(?:can|will)\s+(?:reliably\s+|accurately\s+)?(?:predict|prevent|reduce|cure|replace|halt|stop|reverse|protect|"
    r"improve|detect|identify|diagnose|distinguish|rule\s+out)|"
    r"(?:is|are)\s+(?:an?\s+)?(?:reliable|accurate|effective|safe|superior|proven|specific)|"
    r"(?:is|are)\s+passing|leads?\s+to|results?\s+in)\b", re.I)


#: A word before "delays", "triggers", "benefits" that makes it a noun ("long delays", "the benefits").
_NOUN_BEFORE_RE = re.compile(r"\b(?:the|a|an|of|no|any|these|its|their|and|or|with|long|common|main|major|minor|"
                             r"potential|possible|such)\s+$", re.I)
_MODEL_RE = re.compile(r"\b(?:model|models|equation|simulation|formula|calculation)(?:'s)?\s+(?:\w+\s+)?$", re.I)


def _generic(clause: str, top: list[int], texts: dict[int, str]) -> Overreach | None:
    """A general truth in the claim ("... improves survival") where the abstract's view of the point only hedges
    ("may have some limited potential", "could be reduced if confirmed", "further research is needed") or reports
    it as not significant, and no view states it firmly."""
    said = next((m for m in _GENERIC_RE.finditer(clause) if _affirmed(_GENERIC_RE, clause[:m.end()])
                 and not _MODEL_RE.search(clause, max(0, m.start() - 30), m.start())
                 and not _NOUN_BEFORE_RE.search(clause, max(0, m.start() - 12), m.start())), None)
    if said is None or _HEDGE_RE.search(clause) or _CARE_RE.search(clause):
        return None
    views = _views(clause, top, texts)
    if any(_GENERIC_RE.search(texts[i]) and not _CAUTIOUS_RE.search(texts[i]) for i in {0, *views}):
        return None  # (the title, too, may say it as a general truth: "low miR-630 confers resistance")
    if any(_FIRM_RESULT_RE.search(texts[i]) and not NONSIG_RE.search(texts[i]) for i in views):
        return None
    careful = next((i for i in views if _CAUTIOUS_RE.search(texts[i]) or NONSIG_RE.search(texts[i])), None)
    if careful is None:
        return None
    return Overreach(" ".join(said.group().split()), "the abstract states it with care", careful)


#: Where an abstract leaves open, or makes a condition of, what a claim might assert: "is warranted to determine
#: if its properties minimize ...", "before the use of DEX can be routinely recommended", "an ongoing debate whether".
#: Not the study's own aim ("To examine whether ..."), which its results answer.
_ASKED_RE = re.compile(r"\b(?:(?:needed|warranted|required|necessary|needs?|remains?\s+to\s+be\s+\w+|debate|"
                       r"(?:is|are|remains?)\s+(?:unclear|unknown|uncertain|controversial))\s+(?:[\w-]+\s+){0,4}?"
                       r"(?:if|whether)|before\s+(?:[\w-]+\s+){0,8}?(?:can|could|should|may)\s+be|"
                       r"until\s+(?:[\w-]+\s+){0,8}?(?:has|have)\s+been)\b", re.I)


def _asked(clause: str, ranked: list[int], source: SourceText) -> Overreach | None:
    """"Gavant showed that iodixanol minimises both chemotoxic and osmotoxic side effects" where the abstract
    says "further investigation is warranted to determine if" it does: the claim states as found what the
    abstract leaves as a question or a condition. Most of the question's own words must be the claim's, and no
    other sentence may answer it ("determined whether EFNL inhibits progression" and later "EFNL inhibited")."""
    if _HEDGE_RE.search(clause) or _ASKED_RE.search(clause):
        return None
    said = source.claim_words(clause)
    sentences = source.sentences
    for i in ranked[:5]:
        for match in _ASKED_RE.finditer(sentences[i].text):
            question = re.split(r"[;:]|\.\s", sentences[i].text[match.end():])[0]
            asked = source.claim_words(" ".join(question.split()[:12])) - _ASK_WORDS  # its core, not its tail
            shared = asked & said
            if len(shared) < 3 or len(shared) < 0.6 * len(asked):
                continue
            if any(j != i and len(s.words & shared) >= 0.6 * len(shared) and not _ASKED_RE.search(s.text)
                   and not _HEDGE_RE.search(s.text) for j, s in enumerate(sentences)):
                continue  # answered elsewhere
            return Overreach(_span_of(clause, shared), "the abstract asks it, or makes it a condition", i)
    return None


_ASK_WORDS = topic_words("use used study studies patients data results further")


def _span_of(clause: str, words: set[str]) -> str:
    """The claim's span from the first to the last of ``words``: the part the abstract only asks."""
    spans = [m.span() for m in re.finditer(r"[^\W\d_][\w-]*", clause) if topic_words(m.group()) & words]
    return clause[spans[0][0]:spans[-1][1]] if spans else clause


#: A claim that says what must be done or what is certain: "must be sent", "should be abandoned", "can replace",
#: "the standard of care", "clearly cause", "showed how".
_PRESCRIBE_RE = re.compile(r"\b(?:(?-i:every|all|Every|All)\s+(?:(?!should\b)[\w'-]+\s+){1,10}?should\s+(?:\w+ly\s+)?"
                           r"(?:undergo|receive|be\s+(?:given|treated|offered|operated|screened|referred|resected))|"
                           r"must|should\s+(?:now\s+|always\s+|routinely\s+)?(?:be\s+)?(?:abandon\w*|replac\w*|"
                           r"the\s+standard|standard|mandatory|adopted|routine\w*|given\s+to\s+all|used\s+in\s+all|"
                           r"the\s+first[\s-]line|have\s+(?:the|their|it|them)\s+\w+\s+removed)|"
                           r"can\s+(?:safely\s+)?replace|replaces|standard\s+of\s+care|clearly|undoubtedly|"
                           r"(?:can|could)\s+(?:now\s+|safely\s+|routinely\s+)?be\s+recommended|indispensable|"
                           r"unequivocal(?:ly)?|(?:showed|shows|demonstrated)\s+how|(?:the\s+)?treatment\s+of\s+choice|"
                           r"enough\s+to\s+replace|ready\s+for\s+(?:use|clinical|routine|widespread))\b", re.I)
#: More study, and finding out: said by a claim, care; said by an abstract that needs it, care too.
_MORE_STUDY = r"(?:more|further|future)\s+(?:work|research|stud\w+|trials)"
_FIND_OUT = r"to\s+(?:determine|establish|clarify|confirm|define)"
#: "data must be collected to determine": care; "must have an ultrasound to establish": a rule.
_CARE_RE = re.compile(rf"\bcaution\w*|\b{_MORE_STUDY}\b|\b(?:data|research|trials?|follow-up)\b[^.;]{{0,60}}?"
                      rf"\b{_FIND_OUT}\b", re.I)
#: The claim's words that make a rule (not "clearly", a certainty), and how an abstract would give one.
_RULE_WORDS_RE = re.compile(r"\b(?:replac\w*|standard|choice|first[\s-]line|ready|indispensable|recommended)\b|"
                            r"^(?:every|all)\b.*\bshould\b",
                            re.I)
_RECOMMEND_RE = re.compile(r"\b(?:must|should|recommend\w*|advis\w*|indicated|guideline\w*|ought|importance|justified|"
                           r"essential\s+part|"
                           r"urgent(?:ly)?|prefer\w*|optimal|standard\s+of\s+care|treatment\s+of\s+choice|"
                           r"first[\s-]line|indispensable|(?:is|are|was|were|be|remains?|proved|proven)\s+"
                           r"(?:urgently\s+|clearly\s+)?(?:needed|required|necessary|essential|warranted|mandatory))\b",
                           re.I)  # not "standard deviation", "best
# predictor", "hormone replacement"
#: How an abstract says it with care: a modal, a condition, a call for more study, an aid rather than a rule.
_CAUTIOUS_RE = re.compile(_HEDGE_RE.pattern + r"|\b(?:consideration|seems?|ancillary|adjunct\w*|in\s+certain|"
                          r"(?:can|may|might|could)\s+be\s+of\s+(?:some\s+)?(?:value|use|help|benefit)|"
                          r"should\s+be\s+(?:further\s+)?(?:investigated|evaluated|studied|explored|tested|validated|"
                          rf"confirmed)|{_MORE_STUDY}\s+(?:is\s+|are\s+|will\s+be\s+)?(?:needed|warranted|required|"
                          rf"necessary|must|should)|needed\s+{_FIND_OUT})\b",
                          re.I)  # not "urgently needed" or "was considered significant": firm words


def _prescribed(clause: str, top: list[int], texts: dict[int, str]) -> Overreach | None:
    """"Must be sent for hyperbaric oxygen" where the abstract says "consideration should be given": a rule
    or a certainty the on-topic sentences only offer with care."""
    said = _PRESCRIBE_RE.search(clause)
    if said is None or _HEDGE_RE.search(clause) or _CARE_RE.search(clause) \
            or not _affirmed(_PRESCRIBE_RE, clause[:said.end()]):
        return None  # "must be interpreted with caution", "more studies must be done": care, not a rule
    word = " ".join(said.group().split())
    if any(word.lower() == " ".join(m.group().split()).lower() for t in texts.values()
           for m in _PRESCRIBE_RE.finditer(t)):
        return None  # the abstract says it in the claim's own word ("clearly indicated")
    if re.match(r"(?:every|all)\b", word, re.I) and any(_firm_rule(clause, said.end(), t) for t in texts.values()):
        return None  # "We recommend that all pregnant women be screened": the abstract gives the rule itself
    for i in _views(clause, top, texts):
        if _CAUTIOUS_RE.search(texts[i]):
            return Overreach(word, "the abstract states it with care", i)
    if _RULE_WORDS_RE.search(word) and not any(_RECOMMEND_RE.search(t) for t in texts.values()):
        return Overreach(word, "the abstract recommends nothing", max(texts))  # a rule the study never gives
    return None


def _firm_rule(clause: str, end: int, text: str) -> bool:
    """Does a sentence give the claim's rule itself: a word of recommending and two of the words of what is to be
    done ("should undergo [preventive coronary bypass]")?"""
    wanted = topic_words(clause[end:])
    return bool(_FIRM_RULE_RE.search(text)) and len(wanted & topic_words(text)) >= min(2, len(wanted))


_FIRM_RULE_RE = re.compile(r"\b(?:must|should|recommend\w*|advis\w*|indicated|justified|essential\s+part)\b", re.I)


def _views(clause: str, top: list[int], texts: dict[int, str]) -> list[int]:
    """Where the abstract gives its view of the claim's point: the two nearest on-topic sentences, and its last
    (the conclusion) when that shares two of the claim's topic words."""
    last = max(texts)
    on_topic = last not in top[:2] and len(topic_words(texts[last]) & topic_words(clause)) >= 2
    return [*top[:2], *([last] if on_topic else [])]


def _hedged(clause: str, top: list[int], texts: dict[int, str], firm: re.Pattern[str],
            hedge: re.Pattern[str] = _HEDGE_RE) -> int | None:
    """The sentence that says with care what the claim says as settled (one of ``_views``); none of them may say
    it firmly (in the claim's kind of words)."""
    views = _views(clause, top, texts)
    if any(_says_firmly(firm, texts[i]) for i in views):
        return None
    return next((i for i in views if hedge.search(texts[i])), None)


#: "demonstrate that X may be": the verb is firm, what follows it is not.
_HEDGED_THAT_RE = re.compile(r"(?:\s+that)?\s+(?:(?!which\b|who\b|whom\b)[\w()/-]+\s+){0,12}?(?:may|might|could)\s+"
                             r"(?:be|have|play|help)\b", re.I)
_THAT_VERB_RE = re.compile(r"(?:demonstrat|show|confirm)\w*(?:\s+that)?$", re.I)


def _says_firmly(firm: re.Pattern[str], text: str) -> bool:
    """Does the sentence say it firmly? "These results demonstrate that ICAM-1 may be a valuable biomarker" does
    not: the firm verb governs a hedged clause."""
    return any(not (_THAT_VERB_RE.search(m.group()) and _HEDGED_THAT_RE.match(text, m.end()))
               for m in firm.finditer(text))


#: How an abstract says it settled something: "demonstrated", "is an effective and safe technique", "it was shown".
_SETTLED_FIRM_RE = re.compile(_SETTLED_RE.pattern + r"|\b(?:(?:is|are)\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:effective|safe)\b|"
                              r"it\s+(?:was|has\s+been)\s+(?:shown|demonstrated|proven)|"
                              r"we\s+(?:show|demonstrat|confirm)\w*)", re.I)

_SHOWN_RE = re.compile(r"(?<!\bto\s)\b(?:show(?:s|ed|n)?|demonstrat(?:e|es|ed)|prov(?:e|es|ed|en)|establish(?:es|ed)?|"
                       r"confirm(?:s|ed)?)\s+that\b|\b(?:shown|demonstrated|proven)\s+to\s+be\b|"
                       r"\b(?:has|have)\s+been\s+shown\b", re.I)
#: A result in the past tense within the next few words: "[showed that] knocking down PSMB4 slowed the growth".
_REPORTED_RE = re.compile(r"(?:\s+(?!(?:was|were|had|did)\b)[\w'-]+){1,7}?\s+(?:was|were|had|did|led|fell|rose|cut|"
                          r"lost|grew|gave|made|took|kept|became|[a-z]{3,}ed(?!\s+(?:with|in|from|for)\b))\b")
# (the first word is the subject's; "patients treated with X have ..." is a subject, "X decreased by a third" a result)
#: A conclusion said with care (not a question the study set out to answer: "to assess whether").
_CONCLUDED_WITH_CARE_RE = re.compile(r"\b(?:" + _CARE_WORDS + r"|not\s+(?:fully\s+|yet\s+)?known|"
                                     r"(?:not|in)sufficient\s+evidence|not\s+enough\s+evidence|should\s+be\s+"
                                     r"(?:assessed|evaluated|tested|investigated|studied|explored|confirmed))\b", re.I)

#: How an abstract reports a finding firmly: a significance, an interval, a result in the past without a hedge.
_FIRM_RESULT_RE = re.compile(r"\bp\s*[<=\u2264]\s*0?\.0|\bsignificant(?:ly)?\b|\b95\s*%|\bCI\b|"
                             r"(?<!\bmay\s)(?<!\bmight\s)(?<!\bcould\s)(?<!\bnot\s)\b(?:reduced|lowered|raised|increased|"
                             r"decreased|improved|prevented|shortened|prolonged|halved|doubled)\s+(?!the\s+(?:risk|"
                             r"possibility|likelihood|question)\b)[\w-]+|"  # "daily walking lowered systolic blood
                             # pressure by 5 mmHg": a result in the past, stated
                             + _SETTLED_FIRM_RE.pattern, re.I)


def _affirmed(pattern: re.Pattern[str], text: str) -> bool:
    """Does the text use the word for itself? "It has not yet been conclusively proven" does not, nor does
    "available treatment rarely eliminates infection"."""
    return any(not re.search(r"\b(?:not|no|never|yet\s+to)\s+(?:\w+\s+){0,3}$|\b(?:rarely|seldom)\s+$",
                             text[:m.start()], re.I) for m in pattern.finditer(text))


_COMPLETELY_RE = re.compile(r"(?:fully|completely|totally|entirely)\s+", re.I)


def _whole(strong: str, text: str) -> bool:
    """Does the sentence say the change was whole in words of its own ("complete resolution", "resolved
    completely")?"""
    root = re.escape(strong.split()[-1][:5])
    return bool(re.search(rf"\b(?:complete|full|total|entire)\w*\s+(?:[\w-]+\s+){{0,2}}?{root}|\b{root}\w*\s+"
                          rf"(?:[\w-]+\s+){{0,2}}?(?:complete|full|total|entire)\w*", text, re.I))


def _unproven(word: str, texts: dict[int, str], ranked: list[int]) -> Overreach:
    """"Proven" where the abstract proves nothing: point at the on-topic sentence that says why (not
    significant, inconclusive), else at the one that hedges, else at the most on-topic one."""
    for test, reason in ((NONSIG_RE, "the abstract reports it as not significant or inconclusive"),
                         (_HEDGE_RE, "the abstract states it cautiously")):
        for i in ranked[:8]:
            if test.search(texts[i]):
                return Overreach(word, reason, i)
    return Overreach(word, "the abstract does not say so", ranked[0])


def _lasting_alike(clause: str, lasting: re.Match[str], sentence: str) -> bool:
    """Does the on-topic sentence say the same thing lasts in its own word ("sustained ERK signalling" for
    "persistent activation of ERK signaling")? The words after the two must share two topic words."""
    after = topic_words(" ".join(clause[lasting.end():].split()[:4]))
    return any(len(after & topic_words(" ".join(sentence[m.end():].split()[:5]))) >= 2
               for m in _LASTING_RE.finditer(sentence))


def _says_itself(word: str, texts: dict[int, str]) -> bool:
    """Does the abstract use the claim's word itself, other than to say it is not yet known?"""
    pattern = r"\b" + r"[\s-]".join(re.escape(w) for w in re.split(r"[\s-]", word.lower())) + r"\b"
    return any(re.search(pattern, text, re.I) and not _UNKNOWN_RE.search(text) for text in texts.values())


