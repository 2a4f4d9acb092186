"""A finding the claim states that the abstract denies in the same words: "showed uterine estrogenicity"
against "did not show uterine estrogenicity", "recommends chemoprevention" against "could not make
recommendations regarding chemoprevention". No direction word is needed on either side; the abstract's
negated phrase must be the claim's own words, and the claim must deny nothing itself."""

from __future__ import annotations

import re
from dataclasses import dataclass

from evidence.check.source import SourceText, word_set

#: "has been shown not to express": what it denies is read by the verb and most of its object.
_SHOWN_NOT = r"(?:shown|found|proved|proven|appears?|seems?)\s+not\s+to"
_DENIED_RE = re.compile(r"\b(?:(?:(?:(?:did|does|do|could|can|would)\s+not|fail(?:s|ed)?\s+to)\s+support\s+(?:the\s+)?"
                        r"(?:hypothesis|view|notion|idea|claim|suggestion|contention|theory|conclusion|assumption)\s+"
                        r"that\s+)|"  # "does not support the hypothesis that diphenylhydantoin increases ...":
                        # what it denies is the hypothesis
                        r"(?:(?:did|does|do|could|can|was|were|is|are|has|have|had|would)\s+not|cannot|can't|"
                        r"didn't|doesn't|failed\s+to|unable\s+to|" + _SHOWN_NOT + r"|"
                        r"no\s+(?:evidence|signs?|indication)\s+(?:of|for))\s+(?:\w+ly\s+)?(?:have\s+been\s+|be\s+)?|"
                        r"\bno\s+(?:significant\s+)?(?=differences?\s+(?:in|between)\b)|"
                        r"\bin\s+no\s+(?:patients?|cases?|subjects?|participants?)\s+(?:did|was|were|had)\s+|"
                        r"\b(?:rarely|seldom)\s+(?:or\s+never\s+)?(?:been\s+)?|\bhad\s+never\s+(?:been\s+)?|"
                        r"\bno\s+(?:[\w-]+\s+){1,2}?(?:had|showed|developed)\s+|"  # "No immigrant groups had"
                        r"\bnone\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:showed|had|gave|produced|developed|revealed|"
                        r"contained)\s+(?:any\s+)?(?:evidence\s+of\s+)?|"  # "none of the strains studied showed any
                        # evidence of beta-lactamase production"
                        r"(?<!\bnot\s)\black(?:s|ed)\s+(?:any\s+)?|"  # "lacks sensitivity and specificity"
                        r"\bno\s+(?=[\w-]+[\s-]reactivity\b)|"
                        r"\b(?:little|negligible)\s+(?:or\s+no\s+)?(?=(?:risk|effect|benefit|role)\s+(?:of|from|on|in)\b))"
                        r"(?P<phrase>[^.;:,()]+)", re.I)  # "little or no risk of nasopharyngeal cancer from smoke"
_SHOWN_NOT_RE = re.compile(_SHOWN_NOT + r"\b", re.I)
_CLAIM_DENIES_RE = re.compile(r"\b(?:not|no|never|neither|nor|none|nothing|without|failed|unable|cannot|lack\w*|"
                              r"little|hardly|rarely|seldom|scarcely|barely|negligible|free\s+of|absen(?:t|ce)|in\s+line\s+with|close\s+to|low|minimal|"
                              r"slight|small)\b|"
                              r"\w-free\b|n't\b|"
                              r"\b(?:to\s+(?:investigate|assess|examine|determine|evaluate|explore|test|study|measure)|"
                              r"whether)\b", re.I)  # a claim that denies, or only asks, states no finding to deny
_WHO_RE = re.compile(r"\b(?:who|whom|that|which|whose)\s+(?:\w+\s+)?$|\b(?:patients|subjects|cases|people|women|men|"
                     r"children|participants|those|individuals)\s+with\s+$", re.I)  # "patients who have not been
# treated", "37 patients with no signs of cardiac failure": who was studied
_SIDE_RE = re.compile(r"\b(?:but|whereas|while|although|though)\b", re.I)


@dataclass(frozen=True)
class Denial:
    phrase: str  # the abstract's negated words, as written
    sentence: int
    start: int  # where the denial starts in the sentence


def find_denial(clause: str, source: SourceText, ranked: list[int]) -> Denial | None:
    """The on-topic sentence that says "did not <the claim's words>": the first two content words of
    what it denies (the verb and its object, a light verb such as "make" set aside) are the claim's, or,
    after "shown not to", its verb and two of the next four are."""
    if _CLAIM_DENIES_RE.search(clause):
        return None
    claim = {w.lower()[:4] for w in re.findall(r"[^\W\d_][\w-]*", source.expand(clause))}
    claim |= {w.lower()[:4] for w in re.findall(r"[^\W\d_]+", clause)}  # "cross-reacted": "cros" and "reac"
    claim |= {_ALIKE[w] for w in claim if w in _ALIKE} | {_FORMS[w] for w in claim if w in _FORMS}  # "raised" is
    # "increased", "rose" is "rise"
    named = _names(clause, source)
    for i in ranked:
        refused = _refused_agent(clause, source.sentences[i].text)
        if refused is not None:
            return Denial(" ".join(refused.group().split()), i, refused.start())
    for i in ranked:
        text = source.sentences[i].text
        if named and not any(name in text for name in named):
            continue  # "the NCL-Hamlet monoclonal gave" against "Epitomics antibody ... did not stain": another thing
        for match, words, opening in _denials(source, i):
            found = [_said(w, claim) for w in words[:5]]
            if _OF_SOME_RE.match(opening) and not _of_the_claims(opening, text[:match.start()], text, clause, claim,
                                                                 found):
                continue
            shown = bool(_SHOWN_NOT_RE.match(match.group()))  # "shown not to express the protein product of the
            # MIC-2 gene" denies the claim's "expresses the MIC-2 gene product"; a plain "not" needs the first two
            if len(words) >= 2 and (all(found[:2]) or shown and found[0] and sum(found[1:]) >= 2):
                return Denial(" ".join(match.group().split()[:9]), i, match.start())
            if len(words) >= 3 and _LINK_RE.fullmatch(words[0]) and sum(found[1:4]) >= 2 \
                    and _CLAIMED_RE.search(clause) and _subject_said(text[:match.start()], claim, every=True):
                # "chronic Chagas' disease is not associated with deficiency in cellular immunity" against "had
                # depressed T-cell-mediated immunity": what it is not linked to is the claim's, and so is its subject
                return Denial(" ".join(match.group().split()[:9]), i, match.start())
            if len(words) >= 2 and _EFFECT_VERB_RE.fullmatch(words[0]) and found[1] and _DIRECTION_RE.search(clause) \
                    and _subject_said(text[:match.start()], claim):
                # "node metastasis does not prejudice survival" against "node metastases worsened survival": a verb
                # of any effect on the claim's thing, said of the claim's subject
                return Denial(" ".join(match.group().split()[:9]), i, match.start())
            if len(words) == 1 and found[0] and _CHANGE_VERB_RE.fullmatch(words[0]) and _subject_said(
                    text[:match.start()], claim):
                # "the plasma cholesterol concentration did not rise" against "plasma cholesterol rose": a verb
                # alone, so its subject must be the claim's too
                return Denial(" ".join(match.group().split()[:9]), i, match.start())
    return _not_found(clause, source, ranked, claim, named) or _none_noted(clause, source, ranked, claim)
    # (after the denials in the claim's own words)


def _denials(source: SourceText, i: int) -> list[tuple[re.Match[str], list[str], str]]:
    """Sentence ``i``'s denials of a finding (read once per work, not per claim): each match, the first six content
    words of what it denies, and its opening words ("none of the strains studied showed")."""
    read: dict[int, list[tuple[re.Match[str], list[str], str]]] = source.derived("denial:matches", dict)
    if i not in read:
        text = source.sentences[i].text
        out = []
        for match in _DENIED_RE.finditer(text):
            if _WHO_RE.search(text, 0, match.start()):
                continue  # a negation that says who was studied, not what was found
            phrase = _SIDE_RE.split(match.group("phrase"))[0]
            if re.match(r"(?:yet\s+)?reached\b", phrase, re.I):
                continue  # "the median was not reached": a statistic, not a finding denied
            words = [w for w in re.findall(r"[^\W\d_][\w-]*", phrase) if w.lower() not in _FUNCTION][:6]
            out.append((match, words, match.group()[:len(match.group()) - len(match.group("phrase"))]))
        read[i] = out
    return read[i]


#: The denials said of some of those studied: "none of the strains studied showed", "26 (45%) lacked".
_OF_SOME_RE = re.compile(r"\s*(?:none\s+of|lack)", re.I)
_COUNT_BEFORE_RE = re.compile(r"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|"
                              r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)\b)[^.;:]*$", re.I)
#: Groups a sentence may speak of apart from the claim's: "None of the controls developed wound infection".
_OTHER_GROUP_RE = re.compile(r"\b(?:placebo|controls?|untreated|sham|comparison\s+group|reference\s+group)\b", re.I)


def _other_group(text: str, clause: str) -> bool:
    """Does the sentence name a group (controls, placebo) that the claim does not?"""
    return any(not re.search(r"\b" + re.escape(m.group()[:5]), clause, re.I) for m in _OTHER_GROUP_RE.finditer(text))


def _said(word: str, claim: set[str]) -> bool:
    """Is an abstract's word the claim's (by its first four letters)? A hyphenated one by its longer parts, where the
    claim's hyphen is another character ("β-lactamase" for the claim's "β" and "lact")."""
    parts = [p for p in word.lower().split("-") if len(p) > 2]
    return word.lower()[:4] in claim or "-" in word and bool(parts) and all(p[:4] in claim for p in parts)


def _of_the_claims(opening: str, before: str, text: str, clause: str, claim: set[str], found: list[bool]) -> bool:
    """A "none of X showed Y" or "lacked Y" denies the claim's Y only where X are the claim's (its words, no other
    group: not "None of the controls developed wound infection" for the drug arm), no count says it was some of them
    ("Of these 57, 26 (45%) lacked", "Twelve patients lacked"), and what is denied is the claim's in full ("AAT values
    exceeding the reference range" is not the claim's "AAT values stayed within the reference range")."""
    if _other_group(text, clause):
        return False
    if opening.strip().lower().startswith("lack"):
        return not _COUNT_BEFORE_RE.search(re.split(r"[,;]", before)[-1]) and all(found[:2])
    subject = [w.lower()[:4] for w in re.findall(r"[^\W\d_][\w-]*", opening) if w.lower() not in _FUNCTION
               and w.lower() not in ("none", "showed", "had", "gave", "produced", "developed", "revealed", "contained",
                                     "any", "evidence", "studied", "tested", "examined")]
    if any(w not in claim for w in subject) and re.search(r"\b(?:whereas|while|but)\s+$", before, re.I):
        return False  # "4 of 10 islet allografts had a prolonged survival, whereas none of the skin allografts":
        # the group set against the claim's
    return (not subject or any(w in claim for w in subject)) and all(found[:3])


#: "... were inhibited by fexofenadine, but not by the H(2) antagonist ranitidine": an agent the abstract rules out.
_BUT_NOT_BY_RE = re.compile(r"\bbut\s+not\s+(?:by|with|after)\s+(?P<agent>(?:the\s+|an?\s+)?(?:[\w()+-]+\s+){0,3}?"
                            r"[\w()+-]+)(?=\s*(?:[.;,]|$|\s(?:and|or|in|at|which)\b))", re.I)


def _refused_agent(clause: str, text: str) -> re.Match[str] | None:
    """"The H2 antagonist ranitidine blocked the release" where the abstract says the release was blocked "but not by
    the H(2) antagonist ranitidine": the claim credits the agent the abstract rules out (its name, a word of eight
    letters or more, is the claim's)."""
    for match in _BUT_NOT_BY_RE.finditer(text):
        names = [w.lower() for w in re.findall(r"[^\W\d_]{8,}", match.group("agent"))]
        if names and all(re.search(rf"\b{re.escape(n)}\b", clause, re.I) for n in names) and not re.search(
                rf"\bnot\s+(?:\w+\s+){{0,4}}{re.escape(names[-1])}", clause, re.I):
            return match
    return None


_NOT_NAMES = frozenset({"mrna", "mirna", "microrna", "lncrna", "sirna", "dna", "rna", "cdna", "ctdna", "kaplan-meier",
                        "covid-19", "sars-cov-2", "ph", "ct", "mri", "pet-ct", "ki-67"})  # kinds of thing, not one
_NAME_RE = re.compile(r"\b[A-Za-z][a-z]*[A-Z0-9][\w-]*|\b[A-Z][a-z]+-[A-Z][\w-]*")


def _names(clause: str, source: SourceText) -> list[str]:
    """The claim's named things ("NCL-Hamlet", "HSP27") that the abstract names too: a denial said of
    something else it names is not the claim's."""
    names = {m.group() for m in _NAME_RE.finditer(clause) if (not m.group().isupper() or len(m.group()) > 4)
             and m.group().lower() not in _NOT_NAMES}
    return [n for n in names if sum(n in s.text for s in source.sentences) >= 1]


#: Four-letter keys of words that say the same change: "raised" is "increased", "lowered" is "decreased".
_ALIKE = {"rais": "incr", "elev": "incr", "high": "incr", "grea": "incr", "sped": "incr",
          "lowe": "decr", "redu": "decr", "fell": "decr", "decl": "decr"}


#: Past forms a four-letter key does not reach: "rose" is "rise", "fell" is "fall".
_FORMS = {"rose": "rise", "fell": "fall", "grew": "grow", "shra": "shri"}
#: Verbs of change that a denial may say alone ("did not rise").
_CHANGE_VERB_RE = re.compile(r"rise|fall|increase|decrease|decline|change|improve|grow|shrink|drop|worsen", re.I)


def _subject_said(before: str, claim: set[str], every: bool = False) -> bool:
    """Is what did not rise the claim's: the content word nearest the denial (not "plasma", "concentration", "level")
    and another of the last three (``every``: all three)? ("the plasma triglyceride concentration did not rise" is
    not cholesterol's; "GSTM1 null genotype was not associated" is not GSTT1's)"""
    words = [w.lower()[:4] for w in re.findall(r"[^\W\d_][\w-]*", before) if w.lower() not in _FUNCTION][-3:]
    named = [w for w in words if w not in _MEASURES]
    return bool(named) and named[-1] in claim and sum(w in claim for w in words) >= (len(words) if every else 2)


#: Verbs that link a subject to what it has or brings: the denied thing is their object.
_LINK_RE = re.compile(r"associated|related|linked|lead|leads|cause|causes|result|results", re.I)
#: A claim that says a thing has, brings or changes something (not "found cellular immunity intact").
_CLAIMED_RE = re.compile(r"\b(?:associated|linked|related|led|leads|caused?|causes|increas\w*|rais\w*|depress\w*|"
                         r"deficien\w*|impair\w*|reduc\w*|lower\w*|higher|risk|predispos\w*)\b", re.I)
#: Verbs of any effect: "does not affect/prejudice/alter survival" denies a claim that it went either way.
_EFFECT_VERB_RE = re.compile(r"affect(?:s|ed)?|influence[sd]?|alter(?:s|ed)?|modif(?:y|ies|ied)|prejudice[sd]?|"
                             r"impair(?:s|ed)?|worsen(?:s|ed)?|improve[sd]?", re.I)
_DIRECTION_RE = re.compile(r"\b(?:worse\w*|improv\w*|impair\w*|reduc\w*|lower\w*|rais\w*|increas\w*|decreas\w*|"
                           r"shorten\w*|prolong\w*|better|poorer|benefit\w*|harm\w*|affect\w*|influenc\w*|alter\w*)\b",
                           re.I)
#: "the presence of T. rangeli could not be demonstrated": what was looked for and not found, named before the verb.
_NOT_FOUND_RE = re.compile(r"\b(?:could|can|was|were|is|are|has|have)\s+not\s+(?:be\s+|been\s+)?(?:demonstrated|"
                           r"detected|found|confirmed|shown|established|identified|isolated|proven|proved)\b", re.I)
_PRESENT_RE = re.compile(r"\b(?:present|presence|detected|found|isolated|identified|demonstrated|confirmed|showed|"
                         r"shown|revealed|established|proved|proven)\b", re.I)


def _not_found(clause: str, source: SourceText, ranked: list[int], claim: set[str], named: list[str]) -> Denial | None:
    """A claim that a thing was found or is present, where the on-topic sentence says the thing "could not be
    demonstrated" (named before the verb: the claim's nearest word and another of the last three)."""
    if not _PRESENT_RE.search(clause):
        return None
    said = _people({w.lower()[:4] for w in re.findall(r"[^\W\d_][\w-]*", clause)})  # the claim's own words (not
    # its abbreviations' long forms: "NSCLC" expands to a phrase holding "SCLC")
    for i in ranked[:3]:
        text = source.sentences[i].text
        if named and not any(name in text for name in named):
            continue
        for match in _NOT_FOUND_RE.finditer(text):
            before = re.split(r"[,;:()]|\b(?:whereas|while|but|although|though|that|which)\b", text[:match.start()])[-1]
            side = _SIDE_RE.search(text, match.end())
            if not _subject_said(before, claim) or side and _PRESENT_RE.search(text, side.end()):
                continue  # (not "could not be isolated from throat washings, but it was isolated from the stools")
            where = _WHERE_RE.match(text, match.end())
            place = _people({w.lower()[:4] for w in re.findall(r"[^\W\d_][\w-]*", where.group(1))
                             if w.lower() not in _FUNCTION}) - _MATERIALS if where else set()
            if place and where and not _EVERY_PLACE_RE.match(where.group(1)) and not place & said:
                continue  # "could not be demonstrated in the sera of controls", "was not detected in SCLC cell lines"
                # (for "detected in NSCLC cell lines"): looked for where the claim does not say it was found
            return Denial(" ".join(text[match.start():match.end()].split()), i, match.start())
    return None


#: "No excessive excretion of mucopolysaccharide was noted": a thing looked for and not seen, named after "no".
_NONE_NOTED_RE = re.compile(r"(?:^|[;,]\s*|\b(?:and|but|however)\s+)no\s+(?P<thing>(?:[\w-]+\s+){1,5}?)(?:was|were|"
                            r"has\s+been|have\s+been|could\s+be|can\s+be)\s+(?:noted|found|observed|seen|detected|"
                            r"demonstrated|identified|recorded|reported|evident|apparent|shown)\b", re.I)


_THEN_RE = re.compile(r"\b(?:however|thereafter)\b")
_LINKING = frozenset({"were", "was", "the", "and", "with", "from"})
#: "No difference in mortality was observed": a likeness, read by ``direction``, not a thing not seen.
_NULL_WORD_RE = re.compile(r"differ|chang|effect|associat|correlat|relation|improv|increas|decreas|benefit|trend", re.I)


def _none_noted(clause: str, source: SourceText, ranked: list[int], claim: set[str]) -> Denial | None:
    """A claim of what the on-topic sentence says no one saw: the thing's first and last words and all but one of the
    others are the claim's ("excreted excessive amounts of mucopolysaccharide" against "No excessive excretion of
    mucopolysaccharide was noted"; not "normal amounts"), and the sentence speaks of no group the claim does not
    ("no grade 3 neutropenia was observed in the placebo group")."""
    for i in ranked[:3]:
        text = source.sentences[i].text
        if _other_group(text, clause):
            continue
        for match in _NONE_NOTED_RE.finditer(text):
            raw = [w for w in re.findall(r"[^\W\d_][\w-]*", match.group("thing")) if w.lower() not in _FUNCTION]
            words = [w.lower()[:4] for w in raw]
            rest = text[match.end():]
            side = _SIDE_RE.search(rest) or _THEN_RE.search(rest)
            after = rest[side.end():] if side else ""
            if len({w.lower()[:4] for w in re.findall(r"[^\W\d_][\w-]*", after)} & claim - _LINKING) >= 3:
                continue  # "no hearing loss was detected at birth, but progressive hearing loss developed in 7":
                # the sentence goes on to the claim's own finding
            if len(words) >= 2 and not any(_NULL_WORD_RE.match(w) for w in raw) and words[0] in claim \
                    and words[-1] in claim and sum(w in claim for w in words) >= len(words) - 1:
                return Denial(" ".join(text[match.start("thing") - 3:match.end()].split()), i, match.start("thing") - 3)
    return None


_EVERY_PLACE_RE = re.compile(r"\s*(?:any|either|all|each|every)\b", re.I)  # "from any of the patients": everywhere
#: What things are looked for in, any of which a claim may name too: the place's other words tell which.
_MATERIALS = frozenset({"cell", "line", "tiss", "seru", "sera", "samp", "bloo", "spec", "flui", "urin", "stoo", "smea"})
_PEOPLE_KEYS = frozenset({"pati", "chil", "subj", "case", "indi", "peop", "pers", "part", "infa", "adul", "volu"})


def _people(keys: set[str]) -> set[str]:
    """Four-letter keys with patients, children, subjects, cases ... as one word: who, not which group of them."""
    return {"peop" if k in _PEOPLE_KEYS else k for k in keys}


_WHERE_RE = re.compile(r"\s+(?:in|from|among|on)\s+([^.;:,()]+)", re.I)


#: Four-letter keys of words that say where or how a thing was measured, not what it is.
_MEASURES = frozenset({"plas", "seru", "conc", "leve", "acti", "rate", "valu", "mean", "bloo", "urin", "tota"})


#: Words that carry no content of a denied phrase: "could not make recommendations regarding X".
_FUNCTION = word_set("""the a an of in on at to for with by from any all this that these those its their or and
    regarding about between make made give given provide find found reach draw offer perform be been it them""")
