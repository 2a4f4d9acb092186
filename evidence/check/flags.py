"""Flags for the writer: retractions, errata, design, and the claim's specifics set against the abstract.

The specifics are quantities (``quantities``: value, unit and role), populations
(``populations``), comparators and directions (``direction``), overreach (``overreach``) and
the term groups of ``evidence.vocab`` (design, route, conditions). Flags are prompts for a
human reader, never verdicts, and each one that rests on a sentence quotes it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from evidence.check.attribution import belongs_elsewhere, own_words
from evidence.check.bodyflags import FullText, body_reversal, results_source
from evidence.check.correlation import find_sign_flip
from evidence.check.denial import find_denial
from evidence.check.direction import find_agreement, find_reversal, unknown_comparator
from evidence.check.genestatus import status_contrast
from evidence.check.novelty import Vocabulary, author_names, novel_terms
from evidence.check.overreach import find_overreach
from evidence.check.periods import SPAN_RE, abstract_years, local_words, other_period, unknown_years
from evidence.check.populations import (
    Mention,
    PopulationFinding,
    aligned_contrast,
    check_populations,
    missing_conditions,
    passing_conditions,
    source_mentions,
    with_without,
)
from evidence.check.quantities import (
    RATIOS,
    Quantity,
    find_quantities,
    name_word,
    names_the_number,
    refers_back,
    same_value,
    supports,
)
from evidence.check.ranking import abstract_text
from evidence.check.rarity import Rarity
from evidence.check.ratios import find_ratio_flip
from evidence.check.results import Flag
from evidence.check.sentences import norm_phrase_text
from evidence.check.source import SourceText, quote, read_source, topic_words
from evidence.model import Entry, describe_notices, fold
from evidence.vocab import TERM_GROUPS

_VAGUE_DURATION_RE = re.compile(r"\b(?:within|after|for|over|in)\s+(?:a\s+few\s+|several\s+|few\s+)?"
                                r"(?P<unit>minutes|hours|days|weeks|months|years)\b", re.I)
_WHAT = {"population": "population or condition", "design": "study design", "route": "route of administration",
         "number": "number", "duration": "duration", "time frame": "time frame"}


@dataclass
class _Specifics:
    """What a cited work states, for the phrase tests."""

    haystack: str  # normalised title + abstract + keywords + mesh + pubtype, abbreviations expanded
    units: set[str]
    has_abstract: bool


def _read_specifics(entry: Entry, source: SourceText) -> _Specifics:
    abstract = abstract_text(entry)
    text = " ".join([entry.title, abstract, entry.text("keywords"), entry.text("mesh")])
    units = {w.lower().rstrip("s") for w in re.findall(r"\b(minutes?|hours?|days?|weeks?|months?|years?)\b", text,
                                                       re.I)}
    haystack = norm_phrase_text(text + " " + entry.text("pubtype")) + source.haystack()
    return _Specifics(haystack, units, bool(abstract.strip()))


@dataclass
class _Facts:
    """A cited work read once per run: its specifics, sentences, quantities and populations."""

    specifics: _Specifics
    source: SourceText
    quantities: dict[int, list[Quantity]]
    mentions: list[Mention]
    tags: list[Mention]
    years: tuple[set[int], list[tuple[int, int]]] = (set(), [])  # the years it names, and its periods
    body: SourceText | None = None  # the Results of a cached open full text
    vocabulary: Vocabulary | None = None  # every word it uses, made when a claim first needs it
    names: frozenset[str] = frozenset()  # its authors' words


@dataclass
class Findings:
    """A claim's flags, and the abstract sentences they rest on (the evidence list must show them)."""

    flags: list[Flag] = field(default_factory=list)
    sentences: list[str] = field(default_factory=list)
    support: list[str] = field(default_factory=list)  # sentences that carry the claim's numbers or finding

    @property
    def pinned(self) -> list[str]:
        """The sentences the evidence list must show: those flags rest on, then those that carry the claim."""
        return self.sentences + [s for s in self.support if s not in self.sentences]

    def add(self, flag: Flag, sentence: str | None = None) -> None:
        if any(f.kind == flag.kind and f.term == flag.term for f in self.flags):
            return
        self.flags.append(flag)
        if sentence and sentence not in self.sentences:
            self.sentences.append(sentence)


class FlagFinder:
    """Finds the flags of a claim against its cited work; caches what each work says for the run."""

    def __init__(self, fulltext: FullText | None = None) -> None:
        self._facts: dict[int, _Facts] = {}
        self._fulltext = fulltext
        self._rarity = Rarity()

    def _facts_of(self, entry: Entry) -> _Facts:
        cached = self._facts.get(id(entry))
        if cached is None:
            source = read_source(entry)
            mentions, tags = source_mentions(source)
            quantities = {i: find_quantities(s.text) for i, s in enumerate(source.sentences)}
            cached = _Facts(_read_specifics(entry, source), source, quantities, mentions, tags,
                            abstract_years(source, quantities),
                            results_source(self._fulltext(entry), source) if self._fulltext is not None else None)
            self._facts[id(entry)] = cached
        return cached

    def flags(self, clause: str, entry: Entry) -> list[Flag]:
        """Prompts: retraction, errata, missing abstract, design mismatch, unsupported specifics."""
        return self.examine(clause, entry).flags

    def examine(self, clause: str, entry: Entry) -> Findings:
        """The flags, each naming the sentence it rests on, and those sentences for the evidence list."""
        findings = Findings(_notice_flags(entry))
        facts = self._facts_of(entry)
        claim_norm = norm_phrase_text(clause)
        findings.flags.extend(_design_flags(entry, claim_norm))
        if not facts.specifics.has_abstract:
            findings.add(Flag("no-abstract", "no abstract in the library, so the claim could not be compared: "
                                             "run `evidence enrich` to fetch it from PubMed"))
            return findings
        covered = _quantity_flags(clause, facts, findings)
        for year, shown in unknown_years(clause, facts.source, facts.years, entry.text("year")):
            sentence = facts.source.sentences[shown].text
            findings.add(Flag("duration", f"'{year}' is not among the years the abstract gives; it says "
                                          f"{quote(sentence)}: is the time frame right?", str(year)), sentence)
        _missing_specifics(clause, claim_norm, facts, findings, covered)
        _population_flags(clause, facts, findings)
        ranked = [i for _, i in facts.source.rank(facts.source.claim_words(clause)) if _ > 0]
        comparator = unknown_comparator(clause, facts.source)
        if comparator:
            phrase, i = comparator
            sentence = facts.source.sentences[i].text
            findings.add(Flag("comparator", f"the claim compares with '{phrase}'; the abstract's comparison is "
                                            f"{quote(sentence)}: is that what the study compared?", phrase), sentence)
        self._novel_flags(clause, entry, facts, findings)
        reversal = find_reversal(clause, facts.source, ranked[:8])
        ratio = find_ratio_flip(clause, facts.source, ranked, facts.quantities) if reversal is None else None
        if ratio is not None:
            sentence = facts.source.sentences[ratio.sentence].text
            side = "below" if ratio.ratio.value < 1 else "above"
            findings.add(Flag("direction", f"the claim says '{ratio.claim_words}', but the abstract's ratio for it is "
                                           f"{ratio.ratio.text}, {side} 1: {quote(sentence)}: does the risk go the way "
                                           f"the claim says?", ratio.claim_words), sentence)
        flip = find_sign_flip(clause, facts.source, ranked[:8]) if reversal is None else None
        if flip is not None:
            sentence = facts.source.sentences[flip.sentence].text
            findings.add(Flag("direction", f"the claim says '{flip.claim_words}', the abstract reports a "
                                           f"{flip.source_sign} relation: {quote(sentence)}: do the two go together "
                                           f"the way the claim says?", flip.claim_words), sentence)
        agreeing = None if reversal else find_agreement(clause, facts.source, ranked[:5])
        if agreeing is not None:
            findings.support.append(facts.source.sentences[agreeing].text)
        elif reversal is None and facts.body is not None:  # the abstract is silent: the Results may not be
            in_body = body_reversal(clause, facts.body)
            if in_body is not None:
                findings.add(in_body.flag, in_body.sentence)
        denial = find_denial(clause, facts.source, ranked[:5]) if reversal is None and agreeing is None else None
        if denial is not None:
            sentence = facts.source.sentences[denial.sentence].text
            findings.add(Flag("direction", f"the claim states it, the abstract says '{denial.phrase}': "
                                           f"{quote(sentence)}: does the finding go the way the claim says?",
                              denial.phrase), sentence)
        if reversal:
            sentence = facts.source.sentences[reversal.sentence].text
            says = "reports no difference" if reversal.null else "says"
            what = (f"the claim says '{reversal.claim_word}' with its two sides one way round, the abstract the "
                    f"other way: {quote(sentence)}") if reversal.swapped else (
                f"the claim says '{reversal.claim_word}', the abstract {says} ('{reversal.source_word}'): "
                f"{quote(sentence)}")
            findings.add(Flag("direction", f"{what}: does the finding go the way the claim says?",
                              reversal.claim_word), sentence)
        over = find_overreach(clause, facts.source, ranked, facts.quantities)
        if over:
            sentence = facts.source.sentences[over.sentence].text
            findings.add(Flag("overreach", f"the claim says '{over.word}'; {over.reason}: {quote(sentence)}: "
                                           f"does the source support that strength?", over.word), sentence)
        return findings


    def _novel_flags(self, clause: str, entry: Entry, facts: _Facts, findings: Findings) -> None:
        """A rare term the work never uses, where the claim names who was studied or what they were compared
        with: perhaps swapped in from another study."""
        if facts.vocabulary is None:
            facts.vocabulary = Vocabulary(facts.source)
            facts.names = author_names(entry.text("author"))
        for term in novel_terms(clause, facts.source, self._rarity, facts.names, facts.vocabulary):
            if any(term.word.lower() in (f.term or "").lower() for f in findings.flags):
                continue
            ranked = facts.source.rank(facts.source.claim_words(clause))
            sentence = facts.source.sentences[ranked[0][1]].text if ranked else ""
            if term.role == "comparator":
                findings.add(Flag("comparator", f"the claim compares with '{term.word}', which the title and abstract "
                                                f"never mention; on this point they say {quote(sentence)}: is that "
                                                f"what the study compared?", term.word), sentence)
            else:
                findings.add(Flag("population", f"the claim names '{term.word}', which the title and abstract never "
                                                f"mention; on this point they say {quote(sentence)}: is it the same "
                                                f"population?", term.word), sentence)


def _notice_flags(entry: Entry) -> list[Flag]:
    """A retraction, then an erratum, then an expression of concern: what happened to the work since.
    The fields are filled from PubMed, Crossref or PMC (or by hand), so the message names the notice,
    not a source."""
    flags: list[Flag] = []
    if entry.is_retracted:
        notice = entry.text("retracted")
        detail = f" (retraction notice {describe_notices(notice)})" if notice and notice != "yes" else ""
        flags.append(Flag("retracted", f"this work has been retracted{detail}: should it be cited as evidence?"))
    if entry.get("erratum"):
        value = entry.text("erratum")
        notice = f" ({describe_notices(value)})" if value and value.lower() != "yes" else ""
        flags.append(Flag("erratum", f"this work has a published erratum{notice}: "
                                     "does the correction affect the claim?"))
    if entry.get("concern"):
        value = entry.text("concern")
        notice = f" ({describe_notices(value)})" if value and value.lower() != "yes" else ""
        flags.append(Flag("concern", f"an expression of concern was published about this work{notice}: "
                                     "is it safe to rely on?"))
    return flags


def _design_flags(entry: Entry, claim_norm: str) -> list[Flag]:
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
    primary = re.search(r"\b(study|trial|rct|experiment)\b", claim_norm)
    is_review = "review" in pubtype and not re.search(r"trial|comparative study|observational|cohort", pubtype)
    if primary and is_review and " review" not in claim_norm and not says_meta:
        word = primary.group(1)
        flags.append(Flag("design", f"the claim says '{word}' but PubMed lists this work as a review "
                                    f"('{entry.text('pubtype')}'): cite the primary study?", word))
    return flags


def _missing(findings: Findings, what: str, term: str) -> None:
    """A specific the title and abstract never give: nothing to quote, so the flag says so."""
    findings.add(Flag("missing-specific", f"'{term}' not found in the title or abstract: "
                                          f"does the source give this {_WHAT[what]}?", term))


def _missing_specifics(clause: str, claim_norm: str, facts: _Facts, findings: Findings,
                       covered: list[tuple[int, int]]) -> None:
    """Vague time frames ("within days") and the vocabulary's design, route and condition terms."""
    data = facts.specifics
    for match in _VAGUE_DURATION_RE.finditer(clause):
        if any(s <= match.start() < e for s, e in covered):
            continue
        if match.group("unit").lower().rstrip("s") not in data.units:
            _missing(findings, "time frame", " ".join(match.group().split()))
    for kind, phrases in TERM_GROUPS:
        hit = next((p for p in phrases if f" {p} " in claim_norm), None)
        if kind == "design" and any(f.kind == "missing-specific" and _WHAT["design"] in f.message
                                    for f in findings.flags):
            continue  # one design the abstract does not give is prompt enough ("randomised trials")
        if hit is not None and not any(f" {p} " in data.haystack for p in phrases):
            _missing(findings, kind, _surface(clause, hit))
            if kind == "design":  # show what the abstract says the design is
                said = next((x.text for x in facts.source.sentences if any(
                    f" {p} " in x.norm for k, group in TERM_GROUPS if k == "design" for p in group)), None)
                if said:
                    findings.support.append(said)
    missing = missing_conditions(clause, facts.source)
    for condition in missing:
        _missing(findings, "population", condition)
        findings.support.append(_people_sentence(clause, facts))
    for condition, i in passing_conditions(clause, facts.source):
        if condition not in missing:
            sentence = facts.source.sentences[i].text
            findings.add(Flag("population", f"the claim says '{condition}', which the abstract names only in passing; "
                                            f"of who was studied it says {quote(sentence)}: is it the same population?",
                              condition), sentence)


def _competes(claim: Quantity, other: Quantity) -> bool:
    """Is ``other`` the same sort of thing as ``claim`` (so a sentence giving it gives a rival value)?"""
    if claim.unit in ("%", "fraction"):
        return other.unit in ("%", "fraction")
    if claim.unit == "h":
        return other.unit == "h"
    if claim.unit == "fold" and not claim.text[:1].isdigit():
        return other.unit in RATIOS
    if claim.kind == "count":
        return other.kind == "count" and (other.unit != "" or other.value == int(other.value))
    return other.unit == claim.unit or (other.unit == "" and other.value != int(other.value))


_AT_LEAST_RE = re.compile(r"(?:\bat\s+least|\bmore\s+than|\bover|\bgreater\s+than|\bexceeding|>|\u2265)\s*$", re.I)
_AT_MOST_RE = re.compile(r"(?:\bat\s+most|\bup\s+to|\bless\s+than|\bfewer\s+than|\bunder|<|\u2264)\s*$", re.I)


_STRUCTURE_RE = re.compile(r"[a-z]+[\s-]+(?:\w+[\s-]+)?(?:kinds?|types?|groups?|arms?|strands?|ways?|sites?|phases?|"
                           r"categories|methods?|themes?|domains?|cent(?:re|er)s?|hospitals?|countries|regions?|"
                           r"cohorts?|classes|forms?|components?|aspects?|parts?|approaches|levels?|stages?|rounds?|"
                           r"waves?|steps?|subscales?|questionnaires?|scales?)\b", re.I)


def _bound_of(claim: Quantity, other: Quantity, text: str) -> bool:
    """Is ``other`` a bound the claim's value keeps ("at least three times" for a claim of 4.5 times)?
    Then it restates the finding rather than giving a rival value."""
    before = text[max(0, other.start - 20):other.start]
    return bool(_AT_LEAST_RE.search(before) and claim.value >= other.value
                or _AT_MOST_RE.search(before) and claim.value <= other.value)


def _quantity_flags(clause: str, facts: _Facts, findings: Findings) -> list[tuple[int, int]]:
    """Each number of the claim must be in the abstract with its unit, and for the same finding."""
    covered: list[tuple[int, int]] = []
    source = facts.source
    quantities = find_quantities(clause)
    for quantity in quantities:
        covered.append((quantity.start, quantity.start + len(quantity.text)))
        if quantity.unit in ("p", "fractions") or (1900 <= quantity.value <= 2099 and quantity.kind == "count"):
            continue
        if quantity.unit == "" and quantity.value <= 12 and _STRUCTURE_RE.match(clause, quantity.start):
            continue  # "two kinds of interviews", "three arms": how a study is built, not a finding
        if quantity.decimals < 0 and any(q.unit == "%" and q.decimals >= 0 and abs(q.value - quantity.value) <= 10
                                         for q in quantities):
            continue  # "about a quarter (23.9%)": the exact figure beside it is what is checked
        if _named_or_pointing(clause, quantity, source):
            continue
        if quantity.unit == "fold" and not quantity.text[:1].isdigit() and not any(
                q.unit in RATIOS for qs in facts.quantities.values() for q in qs):
            continue  # "doubled" where the abstract gives no ratio: nothing to hold it against
        what = "duration" if quantity.unit == "h" else "number"  # an age is a number: "aged 18-65"
        spelled = quantity.unit == "" and quantity.text[:1].isalpha()  # "five progressed": a count, not "factor 5"
        holders = [i for i, qs in facts.quantities.items() if supports(quantity, [
            q for q in qs if not (spelled and q.unit == "" and q.text[:1].isdigit()
                                  and name_word(source.sentences[i].text, q))])]
        local = local_words(clause, quantity)
        words = local | source.claim_words(" ".join(local)) if source.weight(local) >= 2.0 else \
            local | source.claim_words(clause)  # too few words near the number: the whole claim says what it is
        ranked = [(score, i) for score, i in source.rank(words) if score > 0]
        rival = next(((score, i) for score, i in ranked[:2]
                      if any(_competes(quantity, q) and not _bound_of(quantity, q, source.sentences[i].text)
                             for q in facts.quantities[i])), None)
        term = " ".join(quantity.text.split())
        if not holders:
            elsewhere = next((i for _, i in ranked if any(same_value(quantity, q) for q in facts.quantities[i])),
                             None)  # the value in another unit: "34%" where the abstract has "34/120 (28%)"
            if rival is None and elsewhere is None:
                _missing(findings, what, term)
                continue
            shown = elsewhere if elsewhere is not None else rival[1] if rival is not None else 0
            sentence = source.sentences[shown].text
            findings.add(Flag(what, f"'{term}' not found in the title or abstract; on this point it says "
                                    f"{quote(sentence)}: is the {what} right?", term), sentence)
            continue
        other_role = other_period(clause, quantity, facts.source, facts.quantities) if quantity.unit == "h" else None
        if other_role is not None:
            sentence = source.sentences[other_role].text
            findings.add(Flag(what, f"'{term}' is in the abstract, but not as that period; it says "
                                    f"{quote(sentence)}: is the {what} right?", term), sentence)
            continue
        group = _another_group(clause, quantity, facts, holders)
        if group is not None:
            sentence = source.sentences[group].text
            findings.add(Flag("number", f"'{term}' is in the abstract, but for another group; it says "
                                        f"{quote(sentence)}: is the figure right?", term), sentence)
            continue
        swapped = _swapped_label(clause, quantity, facts, holders)
        if swapped is not None:
            sentence = source.sentences[swapped].text
            findings.add(Flag(what, f"'{term}' is in the abstract, but for another measure; it says "
                                    f"{quote(sentence)}: is the {what} right?", term), sentence)
            continue
        scores = dict((i, score) for score, i in ranked)
        best_holder = max(scores.get(i, 0.0) for i in holders)
        carrier = source.sentences[max(holders, key=lambda i: scores.get(i, 0.0))].text
        if carrier not in findings.support:
            findings.support.append(carrier)
        if rival is not None and not any(_competes(quantity, q) and not SPAN_RE.search(q.text)
                                         for q in facts.quantities[rival[1]]):
            rival = None  # a period read from years ("2000-14") is only a rough rival to a period the abstract gives
        if rival is not None and rival[1] not in holders and (_other_part(quantity, quantities, facts.quantities[
                rival[1]]) or not _same_role(clause, quantity, quantities, facts, holders, rival[1]) and _other_finding(
                quantity, words, source, holders, rival, best_holder)):
            sentence = source.sentences[rival[1]].text
            findings.add(Flag(what, f"'{term}' is in the abstract, but for another finding; on this point it says "
                                    f"{quote(sentence)}: is the {what} right?", term), sentence)
    return covered


def _named_or_pointing(clause: str, quantity: Quantity, source: SourceText) -> bool:
    """A bare number that is part of a name the source gives ("genotype 4" for "HCV-genotype-4", "type 1"
    for "type I"), or a spelled one pointing back ("the two combined"): not a figure to check."""
    if refers_back(clause, quantity):
        return True
    if quantity.unit != "" or quantity.value != int(quantity.value) or not quantity.text[:1].isdigit():
        return False
    text = source.cached("text", lambda: " ".join(s.text for s in source.sentences))
    if re.search(rf"(?<![\d.,]){int(quantity.value)}(?![\d.,]*\d)", text):
        return True
    word = name_word(clause, quantity)
    return word is not None and word != ")" and names_the_number(text, word, quantity.value)


def _same_role(clause: str, quantity: Quantity, quantities: list[Quantity], facts: _Facts,
               holders: list[int], rival: int) -> bool:
    """Does some sentence holding the value give it in the claim's role? Yes when it also holds another
    of the claim's numbers ("69 (67%)"), or when the content words next to the value are next to it
    in the claim too ("4.5 times more likely to have administered ..."), at least two and no fewer
    than next to the rival's value; a value the abstract repeats (results, then conclusion) is one
    finding, whichever sentence ranks first."""
    others = [q for q in quantities if q.start != quantity.start and q.value != quantity.value
              and q.unit != "p" and not 1900 <= q.value <= 2099]
    near = local_words(clause, quantity)
    rival_text = facts.source.sentences[rival].text
    against = max((facts.source.weight(near & local_words(rival_text, q)) for q in facts.quantities[rival]
                   if _competes(quantity, q) and not same_value(quantity, q)), default=0.0)
    for i in holders:
        if any(supports(q, facts.quantities[i]) for q in others):
            return True
        text = facts.source.sentences[i].text
        for q in facts.quantities[i]:
            shared = near & local_words(text, q)
            if supports(quantity, [q]) and len(shared) >= 2 and facts.source.weight(shared) > against:
                return True
    return False


def _another_group(clause: str, quantity: Quantity, facts: _Facts, holders: list[int]) -> int | None:
    """Every sentence holding the claim's value gives it to another group than the claim's: "21.9 months"
    is the emphysema-alone group's, the claim's CPFE patients had 10.8. The first such sentence."""
    if quantity.kind == "count" or re.search(r"\d\s*(?:-|\u2013|to)\s*\d|\bto\b", quantity.text):
        return None  # a count is often given apart from its group; a range's ends share their words
    words = own_words(facts.source, clause, quantity, find_quantities(clause))
    found = None
    for i in holders:
        text, quantities = facts.source.sentences[i].text, facts.quantities[i]
        held = [q for q in quantities if supports(quantity, [q])]
        rivals = [q for q in quantities if _competes(quantity, q) and not supports(quantity, [q])]
        if belongs_elsewhere(words, facts.source, text, quantities, held, rivals) is None:
            return None
        found = i if found is None else found
    return found


def _other_part(quantity: Quantity, quantities: list[Quantity], rival: list[Quantity]) -> bool:
    """"Of the seven children ..., six went into remission" where the sentence on it says "four out of
    seven": the claim's count is the part of a whole it also names, and the sentence gives another part."""
    if quantity.kind != "count" or quantity.unit == "fraction":
        return False
    wholes = {q.value for q in quantities if q is not quantity and q.kind == "count" and q.value > quantity.value}
    return any(q.unit == "fraction" and q.whole in wholes and q.value != quantity.value for q in rival)


def _other_finding(quantity: Quantity, words: set[str], source: SourceText, holders: list[int],
                   rival: tuple[float, int], best_holder: float) -> bool:
    """Is the claim's value given for another finding than the one the claim is about? Yes when the
    sentence on the claim's topic gives a rival value and the sentences holding the value score far
    lower, or hold none of the claim's words that set the rival's sentence apart."""
    if quantity.kind == "count":  # a count is often given apart from the finding it belongs to
        return False
    if best_holder < 0.75 * rival[0]:
        return True
    rival_words = source.sentences[rival[1]].words
    for i in holders:
        holder_words = source.sentences[i].words
        apart = source.weight((words & rival_words) - holder_words)
        if apart <= source.weight((words & holder_words) - rival_words) + 1.0:
            return False
    return True


def _label(text: str, quantity: Quantity) -> str | None:
    """The word right after a number ("82.7% specificity" -> "specif"), if it is a content word."""
    match = re.match(r"\s*(?:of\s+(?:the\s+|these\s+|all\s+)?)?([^\W\d_][\w-]*)",
                     text[quantity.start + len(quantity.text):])
    words = topic_words(match.group(1)) if match else set()
    return next(iter(words)) if len(words) == 1 else None


def _swapped_label(clause: str, quantity: Quantity, facts: _Facts, holders: list[int]) -> int | None:
    """The sentence where the claim's value names one measure and a rival value the claim's measure
    ("76.1% sensitivity, 82.7% specificity" for a claim of "82.7% sensitivity")."""
    label = _label(clause, quantity)
    if label is None:
        return None
    for i in holders:
        text = facts.source.sentences[i].text
        same = [q for q in facts.quantities[i] if supports(quantity, [q])]
        if any(_label(text, q) == label for q in same):
            return None
        if same and any(_label(text, q) not in (None, label) for q in same) and any(
                _label(text, q) == label and _competes(quantity, q) for q in facts.quantities[i]):
            return i
    return None


def _population_flags(clause: str, facts: _Facts, findings: Findings) -> None:
    """The claim's populations against the abstract's: a different member is a contrast, none is a gap."""
    source = facts.source
    opposite = with_without(clause, source) if " with" in clause else None
    if opposite is not None:
        said, theirs, i = opposite
        sentence = source.sentences[i].text
        findings.add(Flag("population", f"the claim says '{said}', the abstract speaks of '{theirs}': "
                                        f"{quote(sentence)}: is it the same population?", said), sentence)
    status = status_contrast(clause, source)
    if status is not None:
        said, theirs, i = status
        sentence = source.sentences[i].text
        findings.add(Flag("population", f"the claim says '{said}', the abstract speaks of '{theirs}': "
                                        f"{quote(sentence)}: is it the same population?", said), sentence)
    for finding in check_populations(clause, facts.mentions, facts.tags):
        if finding.other is not None:
            other = _best_mention(clause, facts, finding)
            if other.sentence >= 0:
                sentence = source.sentences[other.sentence].text
                where = f"the abstract speaks of '{other.phrase}': {quote(sentence)}"
            else:
                sentence, where = "", f"PubMed indexes it under '{other.phrase}'"
            findings.add(Flag("population", f"the claim says '{finding.phrase}', {where}: is it the same "
                                            f"population?", finding.phrase), sentence or None)
        elif finding.by_tags:
            sentence = _people_sentence(clause, facts)
            findings.add(Flag("population", f"the claim says '{finding.phrase}', PubMed indexes the participants as "
                                            f"{'; '.join(finding.by_tags)}; the abstract says {quote(sentence)}: "
                                            f"is it the same population?", finding.phrase), sentence)
        else:
            _missing(findings, "population", finding.phrase)
            findings.support.append(_people_sentence(clause, facts))
    aligned = aligned_contrast(clause, source, facts.mentions)
    if aligned is not None:
        said, other = aligned
        sentence = source.sentences[other.sentence].text
        findings.add(Flag("population", f"the claim says '{said}'; the sentence that says what the claim says "
                                        f"speaks of '{other.phrase}': {quote(sentence)}: is it the same population?",
                          said), sentence)


def _best_mention(clause: str, facts: _Facts, finding: PopulationFinding) -> Mention:
    """Of the source's mentions of the contrasting member, the one in the sentence nearest the claim's topic."""
    assert finding.other is not None
    scores = {i: score for score, i in facts.source.rank(facts.source.claim_words(clause))}
    same = [m for m in facts.mentions if m.group == finding.other.group and m.member == finding.other.member
            and m.sentence > 0]
    return max(same, key=lambda m: scores.get(m.sentence, 0.0)) if same else finding.other


def _people_sentence(clause: str, facts: _Facts) -> str:
    """The sentence that says who was studied: the on-topic one that counts people, if any."""
    ranked = facts.source.rank(facts.source.claim_words(clause))
    for units in (("count", "count:control", "count:any"), ("fraction",)):
        for _, i in ranked:
            if any(q.unit in units for q in facts.quantities[i]):
                return facts.source.sentences[i].text
    return facts.source.sentences[ranked[0][1]].text


def _surface(clause: str, phrase: str) -> str:
    """The claim's own spelling of a normalised phrase (``treatment-resistant`` for ``treatment resistant``)."""
    pattern = r"\b" + r"[\s\-]+".join(re.escape(w) for w in phrase.split()) + r"\b"
    match = re.search(pattern, fold(clause), re.I)
    if match and len(fold(clause)) == len(clause):
        return clause[match.start():match.end()]
    return phrase
