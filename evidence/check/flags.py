"""Flags for the writer: retractions, errata, design, and the claim's specifics set against the abstract.

The specifics are numbers (``numberflags``, over ``quantities``: value, unit and role), populations
(``populations``, ``ages``), comparators and directions (``direction``, ``comparisons``), overreach
(``overreach``), and the design and the term groups of ``evidence.vocab`` (``designflags``: design, route,
conditions). Flags are prompts for a human reader, never verdicts, and each one that rests on a sentence quotes it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from evidence.check.ages import age_contrast
from evidence.check.antonyms import (
    find_attribute_swap,
    find_comparison_swap,
    find_sides_swap,
    find_stage_swap,
)
from evidence.check.armfigures import find_arm_flip
from evidence.check.bodyflags import FullText, body_reversal, results_source
from evidence.check.comparators import unknown_comparator
from evidence.check.comparisons import find_confirmed, find_opposed, find_other_compared
from evidence.check.controls import find_other_side
from evidence.check.correlation import find_sign_flip
from evidence.check.countedgroups import counted_contrast
from evidence.check.denial import find_denial
from evidence.check.designflags import design_flags, missing_specifics
from evidence.check.direction import claim_cues, find_agreement, find_reversal
from evidence.check.extrapolation import find_extrapolation
from evidence.check.findings import ASK, Facts, Findings, missing, people_sentence, read_specifics
from evidence.check.genestatus import status_contrast
from evidence.check.majority import find_quantifier_flip, sex_majority
from evidence.check.negated import negated_twin
from evidence.check.novelty import Vocabulary, author_names, novel_terms
from evidence.check.numberflags import quantity_flags
from evidence.check.overreach import find_overreach
from evidence.check.periods import ORDINAL_PERIOD_RE, abstract_years, month_spans, other_ordinal, unknown_years
from evidence.check.populations import (
    Mention,
    PopulationFinding,
    aligned_contrast,
    animal_tissue_contrast,
    check_populations,
    claim_mentions,
    human_tissue_contrast,
    source_mentions,
    with_without,
)
from evidence.check.quantities import (
    find_quantities,
)
from evidence.check.rarity import Rarity
from evidence.check.rates import other_period
from evidence.check.ratios import find_ratio_flip
from evidence.check.respectively import find_mislabelled, find_misplaced
from evidence.check.results import Flag
from evidence.check.sentences import norm_phrase_text
from evidence.check.source import TOKEN_RE, SourceText, quote, read_source
from evidence.check.superlatives import find_opposite, find_unranked, ranks_alike
from evidence.check.swaps import SlotSwap, find_slot_swap
from evidence.model import Entry, describe_notices, fold


def _denied(sentence: str, word: str) -> str:
    """A change word read as no difference because it is denied ("no widespread increase"), quoted with its denial."""
    denial = re.search(rf"\b(?:not|no|never|neither|none|hardly|barely|scarcely)\b[^.;,:]{{0,40}}?"
                       rf"\b{re.escape(word)}\b", sentence, re.I)
    return denial.group() if denial and not re.search(r"\b(?:not|no|never)\b", word, re.I) else word


class FlagFinder:
    """Finds the flags of a claim against its cited work; caches what each work says for the run."""

    def __init__(self, fulltext: FullText | None = None) -> None:
        self._facts: dict[int, tuple[Entry, Facts]] = {}
        self._fulltext = fulltext
        self._rarity = Rarity()

    def _facts_of(self, entry: Entry) -> Facts:
        held = self._facts.get(id(entry))
        cached = held[1] if held is not None and held[0] is entry else None  # (an id is reused once freed)
        if cached is None:
            source = read_source(entry)
            mentions, tags = source_mentions(source)
            quantities = {i: find_quantities(s.text) + month_spans(s.text) for i, s in enumerate(source.sentences)}
            cached = Facts(read_specifics(entry, source), source, quantities, mentions, tags,
                            abstract_years(source, quantities),
                            results_source(self._fulltext(entry), source) if self._fulltext is not None else None)
            self._facts[id(entry)] = (entry, cached)  # the entry is held, so its id stays its own
        return cached

    def flags(self, clause: str, entry: Entry) -> list[Flag]:
        """Prompts: retraction, errata, missing abstract, design mismatch, unsupported specifics."""
        return self.examine(clause, entry).flags

    def examine(self, clause: str, entry: Entry) -> Findings:
        """The flags, each naming the sentence it rests on, and those sentences for the evidence list."""
        findings = Findings(_notice_flags(entry))
        facts = self._facts_of(entry)
        facts.new_claim()
        claim_norm = norm_phrase_text(clause)
        findings.flags.extend(design_flags(entry, claim_norm))
        if not facts.specifics.has_abstract:
            findings.add(Flag("no-abstract", "no abstract in the library, so the claim could not be compared: "
                                             "run `evidence enrich` to fetch it from PubMed"))
            return findings
        covered = quantity_flags(clause, facts, findings)
        misplaced = find_misplaced(clause, facts.source) or find_mislabelled(clause, facts.source)
        if misplaced is not None and not any(f.term == misplaced.figure for f in findings.flags):
            sentence = facts.source.sentences[misplaced.sentence].text
            findings.add(Flag("number", f"the abstract gives {misplaced.figure} for {misplaced.given_to} and "
                                        f"{misplaced.theirs} for the claim's {misplaced.period}: {quote(sentence)}: "
                                        f"is the number right?", misplaced.figure), sentence)
        _time_flags(clause, facts, findings, entry.text("year"))
        missing_specifics(clause, claim_norm, facts, findings, covered)
        _population_flags(clause, facts, findings)
        ranked = [i for _, i in facts.source.rank(facts.source.claim_words(clause)) if _ > 0]
        _other_side_flag(clause, facts.source, ranked, findings)  # the sharper question first: "hospital controls"
        comparator = None if findings.has("comparator") else unknown_comparator(clause, facts.source)  # vs "friend"
        if comparator:
            phrase, i = comparator
            sentence = facts.source.sentences[i].text
            findings.add(Flag("comparator", f"the claim compares with '{phrase}'; the abstract's comparison is "
                                            f"{quote(sentence)}: {ASK['comparator']}", phrase), sentence)
        if not findings.has("comparator"):
            other = find_other_compared(clause, facts.source, ranked[:5])
            if other is not None:
                sentence = facts.source.sentences[other.sentence].text
                findings.add(Flag("comparator", f"the claim compares with '{other.said}'; the abstract's comparison "
                                                f"is with '{other.theirs}': {quote(sentence)}: is that what the study "
                                                f"compared?", other.said), sentence)
        self._novel_flags(clause, entry, facts, findings, ranked[0] if ranked else 0)
        said = claim_cues(clause, facts.source)  # (read once: the reversal and the agreement both ask)
        reversal = find_reversal(clause, facts.source, ranked[:8], said)
        confirmed = find_confirmed(clause, facts.source, ranked[:5]) if reversal is not None else None
        if reversal is not None and confirmed is not None and confirmed[0].split()[0] == reversal.claim_word.split()[0]:
            reversal = None  # the abstract compares the claim's two sides the claim's way
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
        agreeing = None if reversal else find_agreement(clause, facts.source, ranked[:5], said)
        if agreeing is not None:
            findings.support.append(facts.source.sentences[agreeing].text)
        elif reversal is None and facts.body is not None:  # the abstract is silent: the Results may not be
            in_body = body_reversal(clause, facts.body)
            if in_body is not None:
                findings.add(in_body.flag, in_body.sentence)
        if reversal is None:
            _denial_flag(clause, facts.source, ranked[:5], agreeing, findings)
        if reversal:
            sentence = facts.source.sentences[reversal.sentence].text
            says = "reports no difference, in the words" if reversal.null else "says"
            what = (f"the claim says '{reversal.claim_word}' with its two sides one way round, the abstract the "
                    f"other way: {quote(sentence)}") if reversal.swapped else (
                f"the claim says '{reversal.claim_word}', the abstract {says} "
                f"'{_denied(sentence, reversal.source_word) if reversal.null else reversal.source_word}': "
                f"{quote(sentence)}")
            findings.add(Flag("direction", f"{what}: {ASK['direction']}",
                              reversal.claim_word), sentence)
        if not findings.has("direction") and not _swap_flags(clause, facts.source, ranked, findings):
            _opposed_flag(clause, facts.source, ranked, findings)
        if not findings.has("direction"):
            _how_many_flag(clause, facts.source, ranked[:5], findings)
        for find, says in ((find_unranked, "the claim says '{0}' of another than the abstract, which names '{1}'"),
                           (find_opposite, "the claim says '{0}', the abstract says '{1}' of the same")):
            ranking = None if findings.has("direction") else find(clause, facts.source, ranked)
            if ranking is not None:  # a superlative given to another winner, or the other end of the same ranking
                sentence = facts.source.sentences[ranking.sentence].text
                findings.add(Flag("direction", f"{says.format(ranking.claim_word, ranking.theirs)}: {quote(sentence)}: "
                                               f"{ASK['direction']}", ranking.claim_word), sentence)
        swap = find_slot_swap(clause, facts.source, ranked)
        if swap is not None and not findings.has(swap.kind) and not _counted_period(swap.said, findings):
            _add_swap(swap, facts.source, findings)
        over = find_overreach(clause, facts.source, ranked, facts.quantities)
        if over:
            sentence = facts.source.sentences[over.sentence].text
            ask = "is the number right?" if over.kind == "number" else "does the source support that strength?"
            findings.add(Flag(over.kind, f"the claim says '{over.word}'; {over.reason}: {quote(sentence)}: {ask}",
                              over.word), sentence)
        _reach_flag(clause, facts, ranked, findings, review="review" in fold(entry.text("pubtype")))
        _name_the_other_abstract(facts.source, findings)
        return findings


    def _novel_flags(self, clause: str, entry: Entry, facts: Facts, findings: Findings, best: int) -> None:
        """A rare term the work never uses, where the claim names who was studied or what they were compared
        with: perhaps swapped in from another study (``best``: the sentence nearest the claim, quoted)."""
        if facts.vocabulary is None:
            facts.vocabulary = Vocabulary(facts.source)
            facts.names = author_names(entry.text("author"))
        for term in novel_terms(clause, facts.source, self._rarity, facts.names, facts.vocabulary):
            if any(term.word.lower() in (f.term or "").lower() for f in findings.flags):
                continue
            sentence = facts.source.sentences[best].text
            if term.role == "comparator":
                findings.add(Flag("comparator", f"the claim compares with '{term.word}', which the title and abstract "
                                                f"never mention; on this point they say {quote(sentence)}: is that "
                                                f"what the study compared?", term.word), sentence)
            else:
                findings.add(Flag("population", f"the claim names '{term.word}', which the title and abstract never "
                                                f"mention; on this point they say {quote(sentence)}: is it the same "
                                                f"population?", term.word), sentence)


def _denial_flag(clause: str, source: SourceText, ranked: list[int], agreeing: int | None,
                 findings: Findings) -> None:
    """A finding the abstract denies in the claim's words, unless another sentence words it the claim's way (one
    that agrees inside its own denial, "could not have been a major factor contributing to the doubling", does not
    count)."""
    denial = find_denial(clause, source, ranked)
    if denial is None or agreeing is not None and denial.sentence != agreeing:
        return
    sentence = source.sentences[denial.sentence].text
    if agreeing is not None and re.search(r"\b(?:but|whereas|while|however|although)\b|;", sentence[denial.start:]):
        return  # "did not lower blood pressure in normotensive subjects, but lowered it in hypertensive patients":
        # the sentence's other clause says the claim's way
    cut = "" if sentence.rstrip(" .").endswith(denial.phrase) else " ..."
    findings.add(Flag("direction", f"the claim states it as a finding; the abstract denies it: '{denial.phrase}{cut}': "
                                   f"{quote(sentence)}: {ASK['direction']}", denial.phrase), sentence)


def _name_the_other_abstract(source: SourceText, findings: Findings) -> None:
    """A flag that quotes only NLM's other English abstract says so ("the other abstract says ..."), so the writer
    looks for the sentence where it is."""
    others = [quote(s.text) for s in source.sentences if s.source == "other abstract"]
    if not others:
        return
    journal = [quote(s.text) for s in source.sentences if s.source != "other abstract"]
    findings.flags[:] = [
        replace(f, message=_THE_ABSTRACT_RE.sub("the other abstract", f.message, count=1))
        if any(q in f.message for q in others) and not any(q in f.message for q in journal) else f
        for f in findings.flags]


_THE_ABSTRACT_RE = re.compile(r"\bthe abstract\b")


def _time_flags(clause: str, facts: Facts, findings: Findings, year_published: str) -> None:
    """Years the abstract never gives, a rate given per another period ("a day" for its "per week"), and a period
    counted in order that the abstract counts otherwise ("the third trimester" for its first and second)."""
    for year, shown in unknown_years(clause, facts.source, facts.years, year_published):
        sentence = facts.source.sentences[shown].text
        findings.add(Flag("duration", f"'{year}' is not among the years the abstract gives; it says "
                                      f"{quote(sentence)}: is the time frame right?", str(year)), sentence)
    rate = None if findings.has("duration") else other_period(clause, facts.source)
    if rate is not None:
        sentence = facts.source.sentences[rate.sentence].text
        findings.add(Flag("duration", f"the claim says '{rate.said}', the abstract gives it '{rate.theirs}': "
                                      f"{quote(sentence)}: {ASK['duration']}", rate.said), sentence)
    ordinal = None if findings.has("duration") else other_ordinal(clause, facts.source, facts.quantities)
    if ordinal is not None:
        figures = set(re.findall(r"\d+", ordinal.said))
        findings.drop([f for f in findings.flags if f.kind == "number" and f.term
                       and set(re.findall(r"\d+", f.term)) <= figures])  # one mistake, one flag: "week 20" asks
        # about the week, not about a number 20 ("weeks 2 to 4": nor about "2 to 4")
        sentence = facts.source.sentences[ordinal.sentence].text
        kind = "population" if ordinal.of_people else "duration"
        findings.add(Flag(kind, f"the claim says '{ordinal.said}', the abstract speaks of '{ordinal.theirs}': "
                                f"{quote(sentence)}: {ASK[kind]}", ordinal.said), sentence)


def _reach_flag(clause: str, facts: Facts, ranked: list[int], findings: Findings, *, review: bool) -> None:
    """An effect in people where the abstract studied animals or cells only (unless a flag already asks; a review
    weighs studies of people and of animals alike, so it is not asked of one)."""
    if review or findings.has("overreach") or findings.has("population"):
        return
    reach = find_extrapolation(clause, facts.source, facts.mentions, ranked)
    if reach is not None:
        sentence = facts.source.sentences[reach.sentence].text
        findings.add(Flag("overreach", f"the claim speaks of '{reach.said}'; the abstract studied '{reach.model}' "
                                       f"and counts no person: {quote(sentence)}: does the evidence reach people?",
                          reach.said), sentence)


def _opposed_flag(clause: str, source: SourceText, ranked: list[int], findings: Findings) -> None:
    """The claim's comparison where the abstract compares the same two sides the other way."""
    opposed = find_opposed(clause, source, ranked[:5])
    if opposed is None:
        return
    sentence = source.sentences[opposed.sentence].text
    how = (f"names the two sides the other way round with '{opposed.source_word}'" if opposed.swapped
           else f"says '{opposed.source_word}' of the same two sides")
    findings.add(Flag("direction", f"the claim says '{opposed.claim_word}', the abstract {how}: {quote(sentence)}: "
                                   f"{ASK['direction']}", opposed.claim_word), sentence)


def _how_many_flag(clause: str, source: SourceText, ranked: list[int], findings: Findings) -> None:
    """More or fewer the other way: against the figures each arm has, or a "most" against the claim's "few"."""
    by_arm = find_arm_flip(clause, source, ranked)
    if by_arm is not None:
        sentence = source.sentences[by_arm.sentence].text
        findings.add(Flag("direction", f"the claim says '{by_arm.claim_word}', the abstract's figures for the two "
                                       f"groups go the other way ({by_arm.figures}): {quote(sentence)}: "
                                       f"{ASK['direction']}", by_arm.claim_word), sentence)
        return
    flipped = find_quantifier_flip(clause, source, ranked)
    if flipped is not None:
        sentence = source.sentences[flipped.sentence].text
        findings.add(Flag("direction", f"the claim says '{flipped.claim_word}', the abstract says "
                                       f"'{flipped.source_word}' of them: {quote(sentence)}: {ASK['direction']}",
                          flipped.claim_word), sentence)


def _other_side_flag(clause: str, source: SourceText, ranked: list[int], findings: Findings) -> None:
    """A comparison group told apart by a qualifier the abstract never uses for it ("hospital controls")."""
    side = find_other_side(clause, source, ranked)
    if side is not None:
        sentence = source.sentences[side.sentence].text
        theirs = f"the abstract's is '{side.theirs}'" if side.theirs else "the abstract never names it"
        findings.add(Flag("comparator", f"the claim compares with '{side.said}'; {theirs}: {quote(sentence)}: "
                                        f"{ASK['comparator']}", side.said), sentence)


def _swap_flags(clause: str, source: SourceText, ranked: list[int], findings: Findings) -> bool:
    """An attribute or a comparison turned round: "younger patients" against "older patients" (True if flagged)."""
    swap = find_attribute_swap(clause, source, ranked) or find_comparison_swap(clause, source, ranked) or \
        find_sides_swap(clause, source, ranked) or find_stage_swap(clause, source, ranked)
    if swap is None or re.search(r"\b(?:most|least|highest|lowest|largest|smallest)\b", swap.said, re.I) and \
            ranks_alike(clause, source, ranked) or _counted_period(swap.said, findings):
        return False
    sentence = source.sentences[swap.sentence].text
    kind, point = ("population", ASK["population"]) if swap.of_people else (
        "direction", ASK["direction"])
    findings.add(Flag(kind, f"the claim says '{swap.said}', the abstract '{swap.theirs}': {quote(sentence)}: {point}",
                      swap.said), sentence)
    return True


def _counted_period(said: str, findings: Findings) -> bool:
    """Is a swapped word ("third" for "first") the claim's period in order, which a flag asks about already?"""
    return any(f.kind in ("duration", "population") and f.term and ORDINAL_PERIOD_RE.fullmatch(f.term)
               and said.lower() in f.term.lower().split() for f in findings.flags)


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


def _population_flags(clause: str, facts: Facts, findings: Findings) -> None:
    """The claim's populations against the abstract's: a different member is a contrast, none is a gap."""
    source = facts.source
    opposite = with_without(clause, source) if re.search(r"\b(?:with|after|following)\b", clause) else None
    if opposite is not None:
        said, theirs, i = opposite
        sentence = source.sentences[i].text
        findings.add(Flag("population", f"the claim says '{said}', the abstract speaks of '{theirs}': "
                                        f"{quote(sentence)}: {ASK['population']}", said), sentence)
    status = status_contrast(clause, source) or negated_twin(clause, source)
    if status is not None:
        said, theirs, i = status
        sentence = source.sentences[i].text
        findings.add(Flag("population", f"the claim says '{said}', the abstract speaks of '{theirs}': "
                                        f"{quote(sentence)}: {ASK['population']}", said), sentence)
    named = claim_mentions(clause)  # the claim's populations, read once for both checks below
    for finding in check_populations(clause, facts.mentions, facts.tags, named):
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
            sentence = people_sentence(clause, facts)
            findings.add(Flag("population", f"the claim says '{finding.phrase}', PubMed indexes the participants as "
                                            f"{'; '.join(finding.by_tags)}; the abstract says {quote(sentence)}: "
                                            f"{ASK['population']}", finding.phrase), sentence)
        else:
            missing(findings, "population", finding.phrase)
            findings.support.append(people_sentence(clause, facts))
    counted = None if findings.has("population") else counted_contrast(clause, source)
    if counted is not None:
        sentence = source.sentences[counted.sentence].text
        findings.add(Flag("population", f"the claim counts '{counted.said}', the abstract's same count is of "
                                        f"'{counted.theirs}': {quote(sentence)}: {ASK['population']}",
                          counted.said), sentence)
        return
    ages = None if findings.has("population") else age_contrast(clause, source)
    if ages is not None:
        sentence = source.sentences[ages.sentence].text
        findings.add(Flag("population", f"the claim says '{ages.said}', the abstract '{ages.theirs}': "
                                        f"{quote(sentence)}: {ASK['population']}", ages.said), sentence)
        return
    tissue = None if findings.has("population") else (human_tissue_contrast(clause, source)
                                                       or animal_tissue_contrast(clause, source))
    if tissue is not None:
        said, theirs, i = tissue
        findings.add(Flag("population", f"the claim says '{said}', the abstract speaks of '{theirs}': "
                                        f"{quote(source.sentences[i].text)}: {ASK['population']}", said),
                     source.sentences[i].text)
    mostly = None if findings.has("population") else sex_majority(clause, source)
    if mostly is not None:
        sentence = source.sentences[mostly.sentence].text
        findings.add(Flag("population", f"the claim says most were '{mostly.claim_words}', the abstract counts "
                                        f"'{mostly.counts}': {quote(sentence)}: {ASK['population']}",
                          mostly.claim_words), sentence)
    aligned = aligned_contrast(clause, source, facts.mentions, named)
    if aligned is not None:
        said, other = aligned
        sentence = source.sentences[other.sentence].text
        findings.add(Flag("population", f"the claim says '{said}'; the sentence that says what the claim says "
                                        f"speaks of '{other.phrase}': {quote(sentence)}: {ASK['population']}",
                          said), sentence)


def _best_mention(clause: str, facts: Facts, finding: PopulationFinding) -> Mention:
    """Of the source's mentions of the contrasting member, the one in the sentence nearest the claim's topic."""
    assert finding.other is not None
    scores = {i: score for score, i in facts.source.rank(facts.source.claim_words(clause))}
    same = [m for m in facts.mentions if m.group == finding.other.group and m.member == finding.other.member
            and m.sentence > 0]
    return max(same, key=lambda m: scores.get(m.sentence, 0.0)) if same else finding.other


def _add_swap(swap: SlotSwap, source: SourceText, findings: Findings) -> None:
    """One mistake, one flag: a flag of another kind on the same words gives way to the swap, whose kind comes
    from the slot itself ("than" makes it a comparator; "mild" for "severe" emphysema is who was studied)."""
    said = set(TOKEN_RE.findall(swap.said.lower()))
    findings.drop([f for f in findings.flags if f.term and said & set(TOKEN_RE.findall(f.term.lower()))])
    sentence = source.sentences[swap.sentence].text
    findings.add(Flag(swap.kind, f"the claim says '{swap.said}' where the sentence it follows says '{swap.theirs}': "
                                 f"{quote(sentence)}: {ASK[swap.kind]}", swap.said), sentence)
