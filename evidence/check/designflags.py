"""The study's design and the vocabulary's terms: a design the claim names that PubMed's publication type or the
abstract contradicts ("randomised trial" of a cohort), and design, route, condition and time-frame words the title
and abstract never give."""

from __future__ import annotations

import re

from evidence.check.conditions import missing_conditions, passing_conditions
from evidence.check.findings import ASK, WHAT, Facts, Findings, missing, people_sentence
from evidence.check.numberwords import SMALL
from evidence.check.results import Flag
from evidence.check.source import SourceText, quote
from evidence.model import Entry, fold
from evidence.vocab import NAMES_HOLDING_TERMS, TERM_GROUPS

_ONE_CASE_RE = re.compile(r"\b(?:we\s+(?:report|describe|present)\s+(?:a|the)\s+(?:\w+\s+)?case|a\s+case\s+of|"
                          r"case\s+report)\b", re.I)
_VAGUE_DURATION_RE = re.compile(r"\b(?:within|after|for|over|in)\s+(?:a\s+few\s+|several\s+|few\s+)?"
                                r"(?P<unit>minutes|hours|days|weeks|months|years)\b", re.I)


def design_flags(entry: Entry, claim_norm: str) -> list[Flag]:
    """The claim names a design (meta-analysis, trial) that PubMed's publication type contradicts."""
    flags: list[Flag] = []
    pubtype = fold(entry.text("pubtype"))
    if not pubtype:
        return flags
    title = fold(entry.title)
    says_meta = " meta analysis " in claim_norm or " meta analyses " in claim_norm
    if says_meta and "meta-analysis" not in pubtype and "meta-analy" not in title:
        flags.append(Flag("design", f"the claim says 'meta-analysis' but PubMed lists this work as "
                                    f"'{entry.text('pubtype')}': is it the meta-analysis you mean?",
                          "meta-analysis"))
    if " case series " in claim_norm and _ONE_CASE_RE.search(entry.text("abstract")) and not re.search(
            r"\b(?:cases|series|patients)\b", entry.text("abstract"), re.I):
        flags.append(Flag("design", "the claim says 'case series' but the abstract reports a single case: is it the "
                                    "work you mean?", "case series"))
    primary = next((m for m in re.finditer(r"\b(study|trial|rct|experiment)\b", claim_norm)
                    if not _COUNTED_RE.search(claim_norm[:m.start()])), None)
    is_review = "review" in pubtype and not re.search(r"trial|comparative study|observational|cohort", pubtype)
    if primary and is_review and " review" not in claim_norm and not says_meta:
        word = primary.group(1)
        flags.append(Flag("design", f"the claim says '{word}' but PubMed lists this work as a review "
                                    f"('{entry.text('pubtype')}'): cite the primary study?", word))
    return flags


#: "one study reported", "two small trials": a study the review took in, counted, not the work cited.
_COUNTED_RE = re.compile(rf"\b(?:one|a single|{SMALL}|\d+|some|several|many|most|few|each|individual|included|"
                         r"primary)\s+(?:[a-z-]+\s+)?$")


#: "A randomized, geographically stratified survey": people sampled at random, not a randomised trial.
_SAMPLED_RE = re.compile(r" randomi[sz]ed((?: (?:geographically|stratified|representative|national|nationwide|"
                         r"population|based|household|community|cluster|multistage|probability)){0,3}) "
                         r"(survey|surveys|sample|samples|sampling)\b")  # (not "randomized, double-blind sample")
def _sampled(haystack: str) -> str:
    """"A randomized, geographically stratified survey" read as a random sample, unless the abstract also assigns or
    allocates at random ("randomized cluster sampling ... then randomly assigned": a trial too)."""
    if re.search(r" randomly (?:assigned|allocated)| randomi[sz]ation", haystack):
        return haystack
    return _SAMPLED_RE.sub(r" random sample\1 \2", haystack)


_TRIAL_COHORT_RE = re.compile(r"( phase (?:i{1,3}|iv|[1-4]) (?:[\w-]+ ){0,3})cohort(?= (?!stud|design|analys))")
_NAMES_RE = re.compile(r" (?:" + "|".join(re.escape(name) for name in NAMES_HOLDING_TERMS) + r")\w*")


def missing_specifics(clause: str, claim_norm: str, facts: Facts, findings: Findings,
                       covered: list[tuple[int, int]]) -> None:
    """Vague time frames ("within days") and the vocabulary's design, route and condition terms."""
    data = facts.specifics
    for match in _VAGUE_DURATION_RE.finditer(clause):
        if any(s <= match.start() < e for s, e in covered):
            continue
        if match.group("unit").lower().rstrip("s") not in data.units:
            missing(findings, "time frame", " ".join(match.group().split()))
    claim_terms = _NAMES_RE.sub(" ", claim_norm)  # ("an oral glucose tolerance test" says no route, on either side)
    claim_terms = _TRIAL_COHORT_RE.sub(r"\1group", claim_terms)  # "the phase II pancreatic cohort": a trial's group
    source_terms = facts.source.derived("designflags:terms", lambda: _sampled(_NAMES_RE.sub(" ", data.haystack)))
    for kind, phrases in TERM_GROUPS:
        hit = next((p for p in phrases if f" {p} " in claim_terms and f" not a {p} " not in claim_terms
                    and f" not {p} " not in claim_terms and f" non {p} " not in claim_terms), None)  # ("the owners
        # were not a random sample"; "non-randomised" is a design of its own)
        if kind == "design" and any(f.kind == "missing-specific" and WHAT["design"] in f.message
                                    for f in findings.flags):
            continue  # one design the abstract does not give is prompt enough ("randomised trials")
        if hit is not None and phrases == _SINGLE_CENTRE and _OWN_SITE_RE.search(data.haystack):
            continue  # "at our hospital", "in our institution": one centre in the abstract's words
        if hit is not None and phrases == _MULTICENTRE and (_MULTI_SITE_RE.search(data.haystack)
                                                             or _OTHER_WORK_RE.search(clause)):
            continue  # "in 12 hospitals", "the NICHD Maternal-Fetal Medicine Units Network": many sites
        if hit is not None and kind == "design" and not findings.has("design") \
                and not _OTHER_WORK_RE.search(clause):  # "earlier retrospective studies had reported": not this one
            other = _other_design(phrases, facts.source)
            if other is not None:
                word, sentence = other
                findings.add(Flag("design", f"the claim says '{_surface(clause, hit)}', the abstract says '{word}' of "
                                            f"this study: {quote(sentence)}: {ASK['design']}",
                                  _surface(clause, hit)), sentence)
                continue
        if hit is not None and phrases == _NON_RANDOM:
            continue  # a design a 1970s abstract seldom names: only the abstract's "randomly assigned" answers it
        if hit is not None and kind == "design" and not findings.has("design") and not _OTHER_WORK_RE.search(clause) \
                and (wished := _only_wished(phrases, facts.source)) is not None:
            findings.add(Flag("design", f"the claim says '{_surface(clause, hit)}', which the abstract names only as "
                                        f"work still to be done: {quote(wished)}: {ASK['design']}",
                              _surface(clause, hit)), wished)  # "will require randomized controlled trials"
            continue
        if hit is not None and not any(f" {p} " in source_terms for p in phrases):
            missing(findings, kind, _surface(clause, hit))
            if kind == "design":  # show what the abstract says the design is
                said = _design_sentence(facts.source)
                if said:
                    findings.support.append(said)
    absent = missing_conditions(clause, facts.source)
    for condition in absent:
        missing(findings, "population", condition)
        findings.support.append(people_sentence(clause, facts))
    for condition, i in passing_conditions(clause, facts.source):
        if condition not in absent:
            sentence = facts.source.sentences[i].text
            findings.add(Flag("population", f"the claim says '{condition}', which the abstract names only in passing; "
                                            f"of who was studied it says {quote(sentence)}: {ASK['population']}",
                              condition), sentence)


_MULTICENTRE = next(group for kind, group in TERM_GROUPS if kind == "design" and "multicentre" in group)
_NON_RANDOM = next(group for kind, group in TERM_GROUPS if kind == "design" and "non randomised" in group)
_SINGLE_CENTRE = next(group for kind, group in TERM_GROUPS if kind == "design" and "single centre" in group)
_OWN_SITE_RE = re.compile(r"\bour (?:hospital|institution|center|centre|clinic|department|unit|practice)\b")
_MULTI_SITE_RE = re.compile(r"\b(?:hospitals|centers|centres|sites|institutions|clinics|network|consortium)\b")
#: Designs a study cannot be at once: a claim's member against the abstract's own word for the other.
_EXCLUSIVE_DESIGNS = (("retrospective", "prospective"), ("cross sectional", "longitudinal"),
                      ("crossover", "parallel group"), ("multicenter", "single center"),
                      ("non randomized", "randomized"),
                      ("double blind", "open label"), ("random sample", "convenience sample"),
                      ("whole genome sequencing", "exome"), ("targeted sequencing", "exome"),
                      ("targeted sequencing", "whole genome sequencing"), ("positional cloning", "expression cloning"),
                      ("gain of function", "loss of function"))
#: A sentence about other work ("a number of retrospective studies have been published") or work still to be done
#: ("a prospective study is needed"), not this study.
_OTHER_WORK_RE = re.compile(r"\b(?:studies|reports|trials)\s+(?:\w+\s+){0,3}?(?:have|had|has)\b|\b(?:previous|"
                            r"prior\s+(?:studies|work|reports|research|trials)|earlier|published|literature|needed|"
                            r"warranted|required|future|further|should|would|must|urgent\w*|call(?:s|ed)?\s+for)\b",
                            re.I)


_WISHED_RE = re.compile(r"\b(?:will|would|should|must)\s+(?:\w+\s+)?(?:require|need|be\s+needed)|"
                        r"(?<!\bwho\s)(?<!\bthat\s)(?<!\bwhich\s)\b(?:are|is|be|were|remains?)\s+(?:\w+\s+)?(?:needed|required|"
                        r"warranted)\b|\bfuture\s+(?:\w+\s+)?(?:studies|trials|research)\b", re.I)  # (not "patients
# who required prolonged bed rest were prospectively studied")


def _only_wished(phrases: tuple[str, ...], source: SourceText) -> str | None:
    """The sentence, where the abstract names the design only as work still to be done ("Such reevaluation will
    require randomized controlled trials")."""
    said = [x for x in source.sentences if any(f" {p} " in f" {x.norm} " for p in phrases)]
    return said[0].text if said and all(_WISHED_RE.search(x.text) for x in said) else None


def _exclusive_designs() -> dict[tuple[str, ...], tuple[str, ...]]:
    """Each design group of ``_EXCLUSIVE_DESIGNS`` (as ``TERM_GROUPS`` spells it) with its others' phrases."""
    groups = {group[0]: group for kind, group in TERM_GROUPS if kind == "design"}
    other: dict[tuple[str, ...], tuple[str, ...]] = {}
    for pair in _EXCLUSIVE_DESIGNS:
        for a, b in (pair, pair[::-1]):
            other[groups[a]] = other.get(groups[a], ()) + groups[b]  # ("exome": whole genome or a panel)
    return other


_OTHER_DESIGN = _exclusive_designs()


def _other_design(phrases: tuple[str, ...], source: SourceText) -> tuple[str, str] | None:
    """"Retrospective" where the abstract says the study was done "prospectively" and names a retrospective
    design only of other work: the abstract's word and sentence."""
    other = _OTHER_DESIGN.get(phrases)
    if other is None:
        return None
    own = [(x.text, _DATA_ONLY_RE.sub(" ", _unsuspended(x.norm))) for x in source.sentences
           if not _OTHER_WORK_RE.search(x.text)]
    if any(f" {p} " in norm for _, norm in own for p in phrases):
        return None  # the abstract says the claim's design of this study too
    return next(((p, text) for text, norm in own for p in other if f" {p} " in norm
                 and not (p.startswith("cross") and _SWITCHED_ARM_RE.search(norm))), None)


#: Patients who switch arms, not a crossover design: "crossover to drug X was permitted".
_SWITCHED_ARM_RE = re.compile(r"\bcross(?:ed)? ?over (?:to|from|was|were|rate|patients|occurred|allowed|permitted)\b")


_SUSPENDED_RE = re.compile(r"\b(gain|loss|short|long|low|high|single|double) (and|or) ([a-z]+) (of [a-z]+|term)\b")


def _unsuspended(norm: str) -> str:
    """"gain- and loss-of-function" (normalised "gain and loss of function") says both "gain of function" and
    "loss of function"."""
    return _SUSPENDED_RE.sub(lambda m: f"{m[1]} {m[4]} {m[2]} {m[3]} {m[4]}", norm)


#: How the data were gathered, not what the study was: "a retrospective study ... using prospectively collected
#: data", "a prospectively maintained database".
_DATA_ONLY_RE = re.compile(r"\b(?:prospective|retrospective)(?:ly)?\s+(?:collected|gathered|recorded|maintained|"
                           r"entered|acquired|registered)\b|\b(?:prospective|retrospective)(?:ly)?\s+(?:maintained\s+)?"
                           r"(?:database|registry|register|data)\b")
_DESIGN_SAID_RE = re.compile(r"\b(?:(?:this|the\s+present|our)\s+(?:study|article|review|trial|paper|report)|"
                             r"(?:we|authors)\s+(?:conducted|performed|carried\s+out|report|describe|review)|"
                             r"(?:was|were)\s+(?:conducted|performed|carried\s+out|reviewed))\b", re.I)


def _design_sentence(source: SourceText) -> str | None:
    """The abstract sentence that says what the study was: the one naming most design terms, and a sentence
    that says "we conducted" or "this article" before one that only mentions a design in passing."""
    best, best_score = None, 0
    for x in source.sentences:
        if x.source != "abstract":
            continue  # (the journal's abstract says what the study was)
        score = 3 * sum(f" {p} " in x.norm for k, group in TERM_GROUPS if k == "design" for p in group)
        score += 2 if _DESIGN_SAID_RE.search(x.text) else 0
        if score > best_score:
            best, best_score = x.text, score
    return best


def _surface(clause: str, phrase: str) -> str:
    """The claim's own spelling of a normalised phrase (``treatment-resistant`` for ``treatment resistant``)."""
    pattern = r"\b" + r"[\s\-]+".join(re.escape(w) for w in phrase.split()) + r"\b"
    match = re.search(pattern, fold(clause), re.I)
    if match and len(fold(clause)) == len(clause):
        return clause[match.start():match.end()]
    return phrase
