"""The claim's numbers against the abstract's: the value with its unit, for the same finding and group."""

from __future__ import annotations

import re

from evidence.check.ages import given_ages
from evidence.check.antonyms import PEOPLE_KEYS
from evidence.check.cues import COMPARE_RE
from evidence.check.findings import Facts, Findings, missing
from evidence.check.numbernames import counted_only_as, counts_a_list, name_word, names_the_number, refers_back
from evidence.check.numberwords import SMALL, number_value, number_words, spelled_value
from evidence.check.periods import SPAN_RE, local_words, other_period
from evidence.check.populations import SEX_WORDS, counted_kinds
from evidence.check.quantities import (
    RATIOS,
    SPREAD_WORDS,
    Quantity,
    find_quantities,
)
from evidence.check.quantitymatch import same_value, supports
from evidence.check.results import Flag
from evidence.check.source import SourceText, quote, stem, topic_words, word_set


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
                           r"waves?|steps?|subscales?|questionnaires?|scales?|periods?|eras?)\b", re.I)


def _bound_of(claim: Quantity, other: Quantity, text: str) -> bool:
    """Is ``other`` a bound the claim's value keeps ("at least three times" for a claim of 4.5 times)?
    Then it restates the finding rather than giving a rival value."""
    before = text[max(0, other.start - 20):other.start]
    return bool(_AT_LEAST_RE.search(before) and claim.value >= other.value
                or _AT_MOST_RE.search(before) and claim.value <= other.value)


_ARM_RE = re.compile(r"\bn\s*=\s*(\d{1,3}(?:,\d{3})*|\d+)\b", re.I)


#: Two counts of one sentence joined by "and", each with its own words: "29 obese and 10 lean nonketotic diabetic
#: patients", "509 Macushi (3 villages) and 623 Wapishana" (not "between 1954 and 1974", nor "2 of 12 and 3 of 10").
_JOINED_COUNTS_RE = re.compile(r"(?<![\w.,/-])(\d{1,3}(?:,\d{3})+|\d+)\s+"
                               r"(?P<own>(?:(?!(?:of|to|in|per|and|or|vs|versus|than)\b)"
                               r"[^\W\d_][\w'-]*\s+){1,3})(?:\([^()]{0,30}\)\s+)?and\s+"
                               r"(\d{1,3}(?:,\d{3})+|\d+)\s+(?!(?:of|to|per|%)\b)(?=[^\W\d_])", re.I)
#: Groups of people a writer may swap in for the study's own, by what they do or who they are to someone
#: ("2,969 military recruits" for "2,969 healthy infants and children").
_GROUPS = word_set("""recruits soldiers veterans students pupils workers miners farmers nurses physicians doctors
    athletes players donors prisoners inmates siblings brothers sisters twins mothers fathers parents smokers
    drinkers""")
#: Words for people, whole: for anyone studied, by age or sex, as cases and controls, and the groups above.
_PEOPLE = word_set("""patients people persons subjects participants individuals volunteers respondents adults children
    men women boys girls kids infants newborns neonates cases controls victims survivors residents families
    households users""") | _GROUPS
_PEOPLE_HEADS = PEOPLE_KEYS | {stem("persons")}  # the words for anyone studied
_TOGETHER = _PEOPLE_HEADS | frozenset(stem(w) for w in word_set("volunteers respondents adults"))  # (men and women)
_PEOPLE_STEMS = frozenset(stem(w) for w in _PEOPLE)


def _joined_counts(quantity: Quantity, text: str, quantities: list[Quantity], counted: set[str]) -> bool:
    """"29 obese and 10 lean nonketotic diabetic patients" for the claim's 39 patients: two counts of one noun, the
    first without a noun of its own; or two groups ("342 women and 297 men") the claim counts together in a word for
    anyone ("639 people", not "639 women"). Not two figures of a unit: "7 days and 14 days". ``quantities``: the
    sentence's, as read once per work; ``counted``: the keys of what the claim's count counts."""
    counts = {q.start for q in quantities if q.kind == "count" and q.unit in ("", "count")}
    for m in _JOINED_COUNTS_RE.finditer(text):
        own = topic_words(m.group("own")) & _PEOPLE_STEMS
        together = not own or counted & _TOGETHER and not counted & _PEOPLE_STEMS & (
            own | topic_words(text[m.end():m.end() + 30]))
        if m.start(1) in counts and m.start(3) in counts and together and same_value(
                quantity, Quantity(_count(m.group(1)) + _count(m.group(3)), "count", m.group(), 0)):
            return True
    return False


def _summed_arms(quantity: Quantity, facts: Facts, counted: set[str]) -> list[int]:
    """"Randomised 279 patients" where the abstract gives the arms, "temafloxacin (n = 138) or norfloxacin
    (n = 141)", or "39 patients" where it has "29 obese and 10 lean ... patients": the sentences whose group sizes
    add up to the claim's total (to the claim's precision: "more than 1,100" for 509 and 623)."""
    out = []
    for i, sentence in enumerate(facts.source.sentences):
        sizes = [float(m.group(1).replace(",", "")) for m in _ARM_RE.finditer(sentence.text)]
        if 2 <= len(sizes) <= 3 and sum(sizes) == quantity.value and _ALLOCATED_RE.search(sentence.text) \
                or _joined_counts(quantity, sentence.text, facts.quantities[i], counted):
            out.append(i)
    return out


_ODDS_AFTER_RE = re.compile(r"(?:\s+[\w-]+){0,3}?\s+(?:odds|risks?|hazards?|likel\w*|chances?|rates?\s+ratios?)\b",
                            re.I)


def _count(digits: str) -> float:
    return float(digits.replace(",", ""))


def _ratio_of_figures(quantity: Quantity, facts: Facts) -> list[int]:
    """"Over three times as long in broth as in buffer" where the abstract gives "18 and 60 min, respectively": two
    figures of one unit in a sentence whose ratio is the claim's, within a fifth of it ("over": up to half again;
    "nearly": up to a fifth under)."""
    low, high = {">": (1.0, 1.5), "<": (0.8, 1.0)}.get(quantity.bound, (0.8, 1.2))
    return [i for i, qs in facts.quantities.items()
            if any(a.unit == b.unit and a.unit not in RATIOS | {"", "fraction"} and min(a.value, b.value) > 0
                   and low * quantity.value <= max(a.value, b.value) / min(a.value, b.value) <= high * quantity.value
                   for k, a in enumerate(qs) for b in qs[k + 1:])
            or quantity.text[:1].isalpha() and any(  # ("four times" in words, a rough ratio)
                _relative_up(q, facts.source.sentences[i].text) and low * quantity.value <= 1 + q.value / 100
                <= high * quantity.value for q in qs)]


#: "At least 40% higher than the only other reported value": a ratio of 1.4 given as a difference.
_HIGHER_THAN_RE = re.compile(r"\s*(?:higher|greater|more|larger)\s+than\b", re.I)


def _relative_up(quantity: Quantity, text: str) -> bool:
    return quantity.unit == "%" and quantity.relative == "up" and bool(
        _HIGHER_THAN_RE.match(text, quantity.start + len(quantity.text)))


#: "rated good or very good in about 86%": a share the claim joins from two of the abstract's.
_JOINED_RE = re.compile(r"\b(?:or|and)\b(?:\s+[\w-]+){0,5}\s+(?:in\s+)?"
                        r"(?:(?:about|around|roughly|nearly|almost|some|approximately)\s+)?$", re.I)


#: Shares of two arms or sides compared ("16% vs. 57%"): never summed.
_ARMS_RE = re.compile(r"\b(?:versus|vs\.?|compared|than|against)\b", re.I)


def _summed_shares(quantity: Quantity, facts: Facts) -> list[int]:
    """"Good or very good in about 86% of cases" where the sentence gives "very good in 37.9% ..., and good in
    47.9%": two shares of one sentence that add up to the claim's, to within a point."""
    return [i for i, qs in facts.quantities.items()
            if any(abs(a.value + b.value - quantity.value) <= (1.0 if quantity.decimals <= 0 else 0.1)
                   and not _ARMS_RE.search(facts.source.sentences[i].text, a.start, b.start)
                   for k, a in enumerate(qs) for b in qs[k + 1:] if a.unit == b.unit == "%" and not a.bound
                   and not b.bound)]


#: A sentence that shares people out among arms (not one that counts overlapping findings, n = 32, 27, 40 ...).
_ALLOCATED_RE = re.compile(r"\b(?:randomi[sz]\w*|allocated|assigned|groups?|arms?|versus|vs\.?|or)\b", re.I)


def _not_a_figure(clause: str, quantity: Quantity, source: SourceText, quantities: list[Quantity]) -> bool:
    """"Two kinds of interviews", "three arms": how a study is built, not a finding; "two new variants, M39R and
    N55K", "183 adults, 66 African American and 117 Caucasian": a count its list or its parts give; "about a quarter
    (23.9%)": the exact figure beside it is what is checked."""
    if quantity.unit == "" and quantity.value <= 12 and _STRUCTURE_RE.match(clause, quantity.start):
        return True
    if quantity.decimals < 0 and any(q.unit == "%" and q.decimals >= 0 and abs(q.value - quantity.value) <= 10
                                     for q in quantities):
        return True
    return _enumerated(clause, quantity, source) or _sum_of_parts(clause, quantity, source)


_LIST_SPLIT_RE = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", re.I)
#: The list right after a counted noun: "two new variants, [M39R and N55K]", "183 adults, [66 African American and
#: 117 Caucasian]".
_LISTED_RE = re.compile(r"\s+((?:[\w-]+\s+){0,6}?[\w-]+)\s*[,(:]\s*([^;:()]+?)(?=\)|;|\.\s|,\s+(?:in|with|that|which|"
                        r"who|from|were|was|are|is|had|have|lost|showed|and\s+(?:was|were|found|showed))\b|$)")


def _enumerated(clause: str, quantity: Quantity, source: SourceText) -> bool:
    """"Two new rhodopsin variants, M39R and N55K": a small count the claim lists item by item, each item named in
    the abstract (as a word of its own), is given by the list, unless the abstract counts the same noun otherwise
    ("three novel variants")."""
    n = int(quantity.value)
    if quantity.unit != "" or n != quantity.value or not 2 <= n <= 6:
        return False
    listed = _LISTED_RE.match(clause, quantity.start + len(quantity.text))
    if listed is None:
        return False
    items = [item for item in _LIST_SPLIT_RE.split(listed.group(2).strip()) if item]
    text = source.joined
    noun = listed.group(1).split()[-1]
    return len(items) == n and all(len(item.split()) <= 3 and _named(item, text) for item in items) \
        and counted_only_as(noun, n, text)


def _named(item: str, text: str) -> bool:
    """Is ``item`` a word of its own in ``text``, hyphens or none ("m-toluenediamine" for "m-toluene-diamine")?"""
    if re.search(rf"(?<![\w-]){re.escape(item)}(?![\w-])", text, re.I):
        return True
    glued = item.replace("-", "")
    return len(glued) >= 6 and any(w.replace("-", "").lower() == glued.lower() for w in re.findall(r"[\w-]+", text))


_PARTS_SPLIT_RE = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+", re.I)  # ("six with A or B": one part)


def _sum_of_parts(clause: str, quantity: Quantity, source: SourceText) -> bool:
    """"183 healthy adults, 66 African American and 117 Caucasian": a count its own list right after it adds up to,
    every item a count (the parts are checked on their own; "102 dogs: 80 ..., 22 ... and 78 ..." is not 102)."""
    if quantity.kind != "count" or quantity.value != int(quantity.value) or quantity.value < 3:
        return False
    listed = _LISTED_RE.match(clause, quantity.start + len(quantity.text))
    parts = []
    for item in _PARTS_SPLIT_RE.split(listed.group(2).strip()) if listed else []:
        part = re.match(rf"(?:\d[\d,]*|{SMALL}|one)(?=\s)", item, re.I)
        value = None if part is None else spelled_value(part.group()) if part.group()[:1].isalpha() else \
            int(part.group().replace(",", ""))
        if value is None:
            break  # the list has ended ("..., to see whether ...")
        parts.append(int(value))
    return len(parts) >= 2 and sum(parts) == quantity.value and any(all(
        re.search(rf"(?<![\d.,]){part}(?![\d.,]*\d)|\b{number_words(part)}\b", x.text, re.I) for part in parts)
        for x in source.sentences)  # (every part the abstract's own, in one sentence, in digits or words: "seven
    # patients, six with gangrenous toes and one with claudication" for "six patients with gangrenous toes and in
    # one patient with ...")


def _made_of(clause: str, quantity: Quantity, facts: Facts) -> list[int]:
    """The sentences that give the claim's figure only in parts: a fraction split, two figures' ratio, arms that
    add up to a count, two shares joined."""
    if quantity.unit == "fraction":
        return _split_fraction(clause, quantity, facts)
    if quantity.unit == "fold" and not _ODDS_AFTER_RE.match(clause, quantity.start + len(quantity.text)):
        return _ratio_of_figures(quantity, facts)  # (not "doubled the odds": a ratio the abstract gives as one)
    if quantity.kind == "count" and quantity.unit in ("", "count") and quantity.value >= 10:
        return _summed_arms(quantity, facts, _counted(clause, quantity)[1])
    if quantity.unit == "%" and _JOINED_RE.search(clause, max(0, quantity.start - 40), quantity.start):
        return _summed_shares(quantity, facts)
    return []


def quantity_flags(clause: str, facts: Facts, findings: Findings) -> list[tuple[int, int]]:
    """Each number of the claim must be in the abstract with its unit, and for the same finding."""
    covered: list[tuple[int, int]] = []
    source = facts.source
    quantities = find_quantities(clause)
    counted = source.derived("numberflags:counted", lambda: {
        q.value for qs in facts.quantities.values() for q in qs if q.kind == "count"})
    wholes = frozenset(q.value for q in quantities if q.kind == "count" and q.unit in ("", "count")
                       and q.value in counted)  # (a whole the abstract never counts is no whole of its shares)
    aged = given_ages(clause, source)
    for quantity in quantities:
        covered.append((quantity.start, quantity.start + len(quantity.text)))
        if quantity.unit in ("p", "fractions") or (1900 <= quantity.value <= 2099 and quantity.kind == "count"):
            continue
        if _not_a_figure(clause, quantity, source, quantities):
            continue
        age_sentence = next((i for a, b, i in aged if a <= quantity.start < b), None)
        if age_sentence is not None:  # "aged 70 or over" where the abstract's people are "\u226570 years of age":
            findings.support.append(source.sentences[age_sentence].text)  # shown, not looked for among the findings
            continue
        named = _named_or_pointing(clause, quantity, source)
        recount = _recounted(clause, quantity, facts) if named or any(
            supports(quantity, qs, wholes) for qs in facts.quantities.values()) else None  # (absent: "not found")
        if recount is not None:
            said, i = recount
            sentence = source.sentences[i].text
            findings.add(Flag("number", f"'{' '.join(quantity.text.split())}' {said}: the abstract counts "
                                        f"them differently: {quote(sentence)}: is the number right?",
                              " ".join(quantity.text.split())), sentence)
            continue
        if named:
            continue
        if quantity.unit == "fold" and not quantity.text[:1].isdigit() and not any(
                q.unit in RATIOS or _relative_up(q, facts.source.sentences[i].text)
                for i, qs in facts.quantities.items() for q in qs):
            continue  # "doubled" where the abstract gives no ratio: nothing to hold it against
        what = "duration" if quantity.unit == "h" else "number"  # an age is a number: "aged 18-65"
        spelled = quantity.unit == "" and quantity.text[:1].isalpha()  # "five progressed": a count, not "factor 5"
        holders = [i for i, qs in facts.quantities.items() if supports(quantity, [
            q for q in qs if not (spelled and q.unit == "" and q.text[:1].isdigit()
                                  and name_word(source.sentences[i].text, q))], wholes)]
        holders = holders or _made_of(clause, quantity, facts)
        opposite = _opposite_bound(clause, quantity, facts, holders)
        if opposite is not None:
            theirs, i = opposite
            sentence = source.sentences[i].text
            findings.add(Flag("direction", f"the claim says '{' '.join(quantity.text.split())}' as a bound one way, "
                                           f"the abstract the other way ('{theirs}'): {quote(sentence)}: does the "
                                           f"finding go the way the claim says?", " ".join(quantity.text.split())),
                         sentence)
            continue
        others = _others_counted(clause, quantity, facts) if holders else None
        if others is not None:
            said, theirs, i = others
            sentence = source.sentences[i].text
            findings.add(Flag("population", f"the claim's {' '.join(quantity.text.split())} are '{said}', the "
                                            f"abstract's are '{theirs}': {quote(sentence)}: is it the same "
                                            f"population?", said), sentence)
            continue
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
                missing(findings, what, term)
                continue
            shown = elsewhere if elsewhere is not None else rival[1] if rival is not None else 0
            sentence = source.sentences[shown].text
            findings.add(Flag(what, f"'{term}' not found in the title or abstract; on this point it says "
                                    f"{quote(sentence)}: is the {what} right?", term), sentence)
            continue
        statistic = _other_statistic(clause, quantity, facts)
        if statistic is not None:
            (word, theirs), i = statistic
            sentence = source.sentences[i].text
            findings.add(Flag(what, f"'{term}' is in the abstract, but not as the {word}; the {word} it gives is "
                                    f"'{theirs}': {quote(sentence)}: is the {what} right?", term), sentence)
            continue
        placed = _placed_otherwise(clause, quantity, quantities, facts, holders)
        if placed is not None:
            said, i = placed
            sentence = source.sentences[i].text
            findings.add(Flag(what, f"'{term}' is in the abstract, but {said} {quote(sentence)}: is the {what} right?",
                              term), sentence)
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


#: How a trial counts the people it only looked at: "556 infants assessed for eligibility", "we screened 1,200".
_SCREENED_RE = re.compile(r"\b(?:assessed\s+for\s+eligibility|screened(?!\s+for\s+(?!eligibility))|approached|"
                          r"invited|contacted|(?:were|was|as)\s+eligible)\b", re.I)  # ("screened for cancer": a test)
#: How a claim counts the people a study took in: "randomised 556 infants", "556 patients were enrolled".
_TAKEN_RE = re.compile(r"\b(?:randomi[sz]\w*|enrol+\w*|recruit\w*|allocat\w*|assigned|included|treated)\b", re.I)


def _phrase_of(text: str, quantity: Quantity) -> str:
    """The figure's own phrase: from the last comma, semicolon or bracket before it to the first after it."""
    end = quantity.start + len(quantity.text)
    before = max(text.rfind(mark, 0, quantity.start) for mark in ",;()[]")
    after = min((at for at in (text.find(mark, end) for mark in ",;()[]") if at >= 0), default=len(text))
    return text[before + 1:after]


def _only_screened(clause: str, quantity: Quantity, facts: Facts, holders: list[int]) -> int | None:
    """"Randomised 556 infants" where the abstract's 556 are the infants assessed for eligibility and a smaller
    count was taken in ("218 infants were recruited"): the people looked at, given as the people taken in. (Not
    where everyone invited is the sample: "we invited 138 ... to complete questionnaires".)"""
    if quantity.kind != "count" or not holders or not _TAKEN_RE.search(_phrase_of(clause, quantity)) \
            or _SCREENED_RE.search(clause):
        return None
    uses = [(i, _phrase_of(facts.source.sentences[i].text, q)) for i in holders for q in facts.quantities[i]
            if q.kind == "count" and q.value == quantity.value]
    if not uses or not all(_SCREENED_RE.search(phrase) and not _TAKEN_RE.search(phrase) for _, phrase in uses):
        return None
    return next((i for i, _ in uses if any(q.kind == "count" and q.value < quantity.value and _TAKEN_RE.search(
        _phrase_of(facts.source.sentences[i].text, q)) for q in facts.quantities[i])), None)


def _placed_otherwise(clause: str, quantity: Quantity, quantities: list[Quantity], facts: Facts,
                      holders: list[int]) -> tuple[str, int] | None:
    """Where the abstract puts the claim's figure instead (said after "but", before the sentence), and the sentence."""
    other_role = other_period(clause, quantity, facts.source, facts.quantities) if quantity.unit == "h" else None
    if other_role is not None:
        return "not as that period; it says", other_role
    swapped = _swapped_label(clause, quantity, facts, holders)
    if swapped is not None:
        return "for another measure; it says", swapped
    screened = _only_screened(clause, quantity, facts, holders)
    if screened is not None:
        return "as the number looked at for the study, not the number taken in:", screened
    mispaired = _mispaired(clause, quantity, quantities, facts, holders)
    if mispaired is not None:
        (mine, theirs), i = mispaired
        return f"beside {theirs}, not {mine}:", i
    return _counted_for_another_group(clause, quantity, quantities, facts, holders)


_NUMBER_WORD_RE = re.compile(r"(?<![\w-])(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+",
                             re.I)  # (not the "six" of "Forty-six")


def _counted_for_another_group(clause: str, quantity: Quantity, quantities: list[Quantity], facts: Facts,
                               holders: list[int]) -> tuple[str, int] | None:
    """"29 septal perforations, 17 of which ..., there were only two immediate deaths" where the abstract gives "2
    immediate deaths" of its other series and, in the sentence that holds the claim's 29 and 17, "8 immediate deaths":
    the claim's other figures say which group it speaks of, and that group's count of the same thing differs."""
    if quantity.kind != "count" or quantity.unit not in ("", "count"):
        return None
    noun = re.match(r"\s+((?:[^\W\d_]+\s+)?[^\W\d_]+s)\b", clause[quantity.start + len(quantity.text):])
    counts = [q for q in quantities if q.kind == "count" and not 1900 <= q.value <= 2099]  # (not a year)
    before = [q for q in counts if q.start < quantity.start and q.value != quantity.value]
    others = {q.value for q in before} | {q.whole for q in before if q.whole}
    if noun is None or len(others) < 2 or any(q.start > quantity.start for q in counts):
        return None  # (the group's figures come first, its count last: "39 patients ... 29 ... 10" is a total first)
    for i, qs in facts.quantities.items():
        if i in holders or not others <= {q.value for q in qs} | {q.whole for q in qs if q.whole}:
            continue
        text = facts.source.sentences[i].text
        theirs = [m for m in _NUMBER_WORD_RE.finditer(text) if text[m.end():].lower().startswith(noun.group(1).lower())
                  and number_value(m.group(1)) not in (None, quantity.value, *others)]  # (not the claim's own "50
        if len(theirs) == 1:  # patients"; and one count of the thing only: "8 immediate deaths")
            return f"for another group; of the claim's, it says '{theirs[0].group(1)} {noun.group(1)}':", i
    return None


def _set_against(between: str) -> bool:
    """Is the text between two figures only the words of a comparison ("78% versus 32%", "6.8% compared to 2.1%")?"""
    said = COMPARE_RE.search(between + " ")
    return said is not None and not between[:said.start()].strip(" ,;") and not between[said.end():].strip()


def _pairs(text: str, quantities: list[Quantity]) -> list[tuple[Quantity, Quantity]]:
    """The figures a sentence sets against each other, in its own words: "78% versus 32%"."""
    return [(a, b) for a, b in zip(quantities, quantities[1:], strict=False) if a.unit == b.unit == "%"
            and _set_against(text[a.start + len(a.text):b.start])]


def _mispaired(clause: str, quantity: Quantity, quantities: list[Quantity], facts: Facts,
               holders: list[int]) -> tuple[tuple[str, str], int] | None:
    """"78% of those on mepolizumab, compared with 53% of those on placebo" where the abstract pairs 78% with 32%
    and 53% with 87%: each figure is there, but not against the other (the claim's second figure is asked about)."""
    if quantity.unit != "%":
        return None
    earlier = [q for q in quantities if q.unit == "%" and q.start < quantity.start]
    between = clause[earlier[-1].start + len(earlier[-1].text):quantity.start] if earlier else ""
    if not earlier or len(between) > 80 or ";" in between or not COMPARE_RE.search(between + " "):
        return None  # (the two figures set against each other in one phrase, as the abstract's pairs are)
    mine = earlier[-1]
    pairs = [(i, a, b) for i in facts.quantities for a, b in _pairs(facts.source.sentences[i].text,
                                                                    facts.quantities[i])]
    if any({a.value, b.value} == {mine.value, quantity.value} for _, a, b in pairs):
        return None
    for i, a, b in pairs:  # the claim's first figure is one pair's first arm, its second another pair's second
        if i in holders and b.value == quantity.value and any(
                c.value == mine.value for j, c, _ in pairs if (j, c) != (i, a)):
            return (mine.text, a.text), i
    return None


#: "a median of", "median follow-up for 83 eligible patients was": which statistic a figure is (in its own clause,
#: not across a bracket: "(IQR 1.0 to 5.0)" gives the spread, not the median).
_STAT = rf"median|mean|average|{SPREAD_WORDS}|\+/-|\u00b1"
_STATISTIC_RE = re.compile(rf"(?:\b|(?=[+\u00b1]))({_STAT})(?:\b|(?<=[-\u00b1]))(?![^.,;()\[\]]*(?:\b|(?=[+\u00b1]))"
                           rf"(?:{_STAT}))[^.,;()\[\]]{{0,90}}$", re.I)  # (the nearest: "a mean age of 50 years and a
# median follow-up of 24 months"; "mean ... decreased by 14 +/- SD 10 points": 10 is a standard deviation)


def _statistic(text: str, quantity: Quantity) -> str | None:
    """The statistic a figure is given as, "median" or "mean" (None for another or none)."""
    before = _BRACKETED_RE.sub("", text[:quantity.start])  # (the name in brackets between "The average total DDT"
    said = _STATISTIC_RE.search(before, max(0, len(before) - 90))  # and its figure is no distance)
    word = said.group(1).lower().replace("average", "mean") if said else None
    return word if word in ("median", "mean") else None


_BRACKETED_RE = re.compile(r"\((?:[^()]|\([^()]*\))*\)")


#: A period that names a measure ("5-year survival", "1 year relative survival"), not a figure of its own.
_MEASURE_NAME_RE = re.compile(r"(?:\s+(?:relative|overall|net|cumulative|disease-free|progression-free|"
                              r"event-free|recurrence-free|cancer-specific))*\s+(?:survival|mortality|risk|incidence|"
                              r"recurrence|prevalence)\b", re.I)


def _periods_between(text: str, quantity: Quantity) -> frozenset[float]:
    """The periods between a statistic's word and its figure: "mean 5-year relative survival of 4%"."""
    said = _STATISTIC_RE.search(text, max(0, quantity.start - 90), quantity.start)
    if said is None:
        return frozenset()
    return frozenset(q.value for q in find_quantities(text[said.end(1):quantity.start]) if q.unit == "h")


def _other_statistic(clause: str, quantity: Quantity, facts: Facts) -> tuple[tuple[str, str], int] | None:
    """"Followed for a median of five years" where the abstract's median follow-up is 2.2 years and five years is
    the end of its interquartile range: the claim's figure is there, but as another statistic."""
    word = _statistic(clause, quantity)
    if word is None or _MEASURE_NAME_RE.match(clause, quantity.start + len(quantity.text)) and any(
            same_value(quantity, q) and _MEASURE_NAME_RE.match(facts.source.sentences[i].text, q.start + len(q.text))
            for i, qs in facts.quantities.items() for q in qs if q.unit == "h"):
        return None  # ("a mean 5-year relative survival" where the abstract gives "5-year relative survival": the
        # period names the measure the mean is of)
    periods = _periods_between(clause, quantity)
    found = None
    for i, quantities in facts.quantities.items():
        text = facts.source.sentences[i].text
        for q in quantities:
            if q.unit != quantity.unit or _statistic(text, q) != word:
                continue
            theirs = _periods_between(text, q)
            if periods and theirs and not periods & theirs:
                continue  # "mean 1 year relative survival" is another measure than the claim's mean 5-year one
            if same_value(quantity, q):
                return None
            found = found or ((word, " ".join(q.text.split())), i)
    return found


_SEXES = frozenset(stem(w) for w in SEX_WORDS)
_ARTICLES = frozenset({"the", "a", "an", "these", "those", "all", "their", "its"})


def _counted(text: str, quantity: Quantity) -> tuple[str, set[str], str]:
    """What a count counts: the words right after it, to a bracket or clause break ("primary lung cancers"),
    as written, as keys, and its head (the last word: "lesion" of "resected lesions", not of "lesion
    resections")."""
    after = re.split(r"[,;:()]|\s(?:and|or|in|of|who|which|that|were|was|had|with|among)\s",
                     text[quantity.start + len(quantity.text):], maxsplit=1)[0]
    words = [w.strip(".,;:!?") for w in after.split()[:3]]
    keys = [stem(w) for w in re.findall(r"[^\W\d_][\w-]*", " ".join(words).lower()) if w not in _ARTICLES]
    return " ".join(words).strip(), set(keys), keys[-1] if keys else ""


def _recounted(clause: str, quantity: Quantity, facts: Facts) -> tuple[str, int] | None:
    """"18 primary lung cancers" where the abstract has "28 primary lung cancers" and no 18 of them: a
    count of the same thing (its words alike, the same head) with another value, wherever else 18 appears."""
    if quantity.kind != "count" or quantity.unit not in ("", "count") or quantity.value != int(quantity.value) \
            or quantity.approx or quantity.bound or _AT_LEAST_RE.search(clause[:quantity.start]) \
            or _AT_MOST_RE.search(clause[:quantity.start]):
        return None  # "more than 150 women" against "158 women" is a bound kept, not a recount
    if name_word(clause, quantity) not in (None, ")"):
        return None  # "grade 3-4 side effects": the number names a grade, it counts nothing
    said, counted, head = _counted(clause, quantity)
    if len(counted) < 2 and head not in _SEXES:
        return None  # one word is too little to know the thing counted, but "54 women" is clear
    counts = _counts(facts)
    parts = {q.value for _, q, theirs, _ in counts if q.unit == "fraction" and q.whole == quantity.value
             and theirs & _PEOPLE_HEADS}  # "seven of the eight patients": seven of the claim's eight
    if head in _SEXES and parts and all(q.unit == "fraction" and q.whole in parts for _, q, _, their_head in counts
                                        if their_head == head and q.value != quantity.value):
        return None  # "eight women" where the abstract has "seven of the eight patients" and "six out of seven
        # women": its women are those seven (not "two of three women" among eight patients, nor "30 men and 24 women"
        # of 54)
    other = None
    for i, q, theirs, their_head in counts:
        if their_head != head:
            continue
        if q.value == quantity.value or q.decimals > 0 and quantity.value >= 10 and abs(q.value - quantity.value) \
                <= 0.5:
            return None  # the abstract counts them as the claim does ("228 patients" for "228 high-risk trauma
            # patients", the same thing in fewer words; "358 ng/ml" for "357.6 ng/ml", a figure rounded)
        if not counted - theirs:
            other = other if other is not None else i
    return (said, other) if other is not None else None


def _split_fraction(clause: str, quantity: Quantity, facts: Facts) -> list[int]:
    """"Four of the six osteosarcomas" where the abstract gives "osteosarcoma in 6 patients" and, in another
    sentence, "Four patients with osteosarcoma": the part and the whole, each a count beside the thing counted."""
    if not quantity.whole:
        return []
    after = re.findall(r"[^\W\d_][\w-]*", clause[quantity.start + len(quantity.text):])[:1]
    whole = re.search(rf"\b{quantity.whole:g}\s+([^\W\d_][\w-]*)", clause[:quantity.start])  # "Of the 104
    # survivors ..., 62 regained": the whole's noun counts the part too
    for word in after + ([whole.group(1)] if whole else []):
        head = stem(word.lower())
        at: dict[float, list[int]] = {quantity.value: [], quantity.whole: []}
        for i, qs in facts.quantities.items():
            if head not in facts.source.sentences[i].words:
                continue  # (a generic head, "patients", is no topic word: "6 of 11 patients" is not "six" and "11")
            for q in qs:
                if q.kind == "count" and q.value in at and i not in at[q.value] and (
                        q.unit != "fraction" or q.value == quantity.whole) and not (  # ("104 of the 423 survivors")
                        q.value == quantity.value and _counts_another(facts.source.sentences[i].text, q, head)):
                    at[q.value].append(i)
        if all(at.values()):
            return at[quantity.value] + at[quantity.whole]
    if whole and _EVERYONE_RE.fullmatch(whole.group(1)):
        return _part_of_everyone(clause, quantity, facts)
    return _part_and_whole(clause, quantity, facts) or _part_of_these(clause, quantity, facts)


def _counts_another(text: str, part: Quantity, head: str) -> bool:
    """Does the part count another noun that the thing counted only qualifies ("17 asymptomatic contact lens
    wearers" for the claim's "17 of the 25 lenses")?"""
    words = re.findall(r"[^\W\d_][\w-]*", text[part.start + len(part.text):])[:6]
    for k, word in enumerate(words[:-1]):
        if stem(word.lower())[:4] == head[:4]:  # ("lens" and "lenses")
            after = words[k + 1].lower()
            return len(after) > 3 and after.endswith("s") and after not in _FUNCTION_WORDS \
                and stem(after)[:4] != head[:4]
        if word.lower() in _FUNCTION_WORDS:
            return False
    return False


_FUNCTION_WORDS = word_set("of and or in on at with were was had have has did to for by from who which that the a an")


def _same_noun(text: str, quantities: list[Quantity], part: float, whole: Quantity) -> bool:
    """Do the part and the whole count the same thing? Not "43 hepatic metastases in 28 patients": the word right
    after the part must be among the two after the whole."""
    after_whole = [w.lower() for w in re.findall(r"[^\W\d_][\w-]*", text[whole.start + len(whole.text):])[:2]]
    for q in quantities:
        if q.value == part and q.kind == "count":
            noun = re.match(r"\s+([^\W\d_][\w-]*)", text[q.start + len(q.text):])
            if noun and noun.group(1).lower() not in _FUNCTION_WORDS and noun.group(1).lower() not in after_whole \
                    and not _PAST_VERB_RE.fullmatch(noun.group(1)):
                return False  # (a verb right after the part counts the whole's noun: "In 23 patients ... 7 showed")
    return True


_PAST_VERB_RE = re.compile(r"[a-z]+ed|had|became|grew|gave|took|went|underwent")  # ("showed", "died": -ed)


_PART_OF_OTHERS_RE = re.compile(r"\b(?:other|remaining)\s+[\w.]+\b|\b[\w.]+\s+of\s+(?:them|these|those)\b", re.I)


def _claim_and_best(clause: str, facts: Facts) -> tuple[set[str], float]:
    """The claim's words, and the weight of them that the abstract's best sentence holds (what "among the claim's
    best sentences" is measured against)."""
    mine = facts.source.claim_words(clause)
    return mine, max((facts.source.weight(mine & s.words) for s in facts.source.sentences), default=0.0)


def _part_and_whole(clause: str, quantity: Quantity, facts: Facts) -> list[int]:
    """"28 of 43 patients" where the abstract says "In 43 patients ..., GSU detected the level in 28": the part a
    count of its own in a sentence that also counts the whole, and no sentence giving the part as a share of another
    whole, or another part of the whole ("7 of the 16 women"). The part's sentence is one of the claim's best ("in
    four animals ... overperfusion" is not "four of the six" of another finding)."""
    whole = quantity.whole or 0.0
    if not 0 < quantity.value < whole:
        return []
    mine, best = _claim_and_best(clause, facts)
    parts = [i for i, qs in facts.quantities.items() for q in qs
             if q.kind == "count" and q.unit in ("", "count") and q.value == quantity.value
             and facts.source.weight(mine & facts.source.sentences[i].words) >= 0.75 * best]
    if any(_PART_OF_OTHERS_RE.search(facts.source.sentences[i].text, max(0, q.start - 20), q.start + len(q.text) + 20)
           for i in parts for q in facts.quantities[i] if q.value == quantity.value):
        return []  # ("three of them in a moderate dimension", "in the other three cases": a part of another group)
    if not parts or any(q.unit == "fraction" and (q.whole == whole) != (q.value == quantity.value)
                        for qs in facts.quantities.values() for q in qs):
        return []
    return [i for i in parts if any(q.kind == "count" and q.unit in ("", "count") and q.value == whole and _same_noun(
        facts.source.sentences[i].text, facts.quantities[i], quantity.value, q) for q in facts.quantities[i])]
    # (the whole in the part's own sentence: "in 20 patients" beside "23 patients" studied elsewhere may count
    # another finding's group)


_OF_THESE_RE = re.compile(r"\s+of\s+(?:these|them|those)\b(?!\s+\d)", re.I)


def _part_of_these(clause: str, quantity: Quantity, facts: Facts) -> list[int]:
    """"14 of the 16 patients" where the abstract says "Sixteen patients ... were evaluated. Fourteen of these
    patients showed ...": the part counted "of these" in one of the claim's best sentences, the whole the only count
    of the nearest sentence before it that counts anything."""
    whole = quantity.whole or 0.0
    if not 0 < quantity.value < whole:
        return []
    mine, best = _claim_and_best(clause, facts)
    for i, qs in sorted(facts.quantities.items()):
        text = facts.source.sentences[i].text
        if facts.source.weight(mine & facts.source.sentences[i].words) < 0.75 * best or not any(
                q.kind == "count" and q.value == quantity.value and _OF_THESE_RE.match(text, q.start + len(q.text))
                for q in qs):
            continue
        before = [j for j in facts.quantities if j < i and any(q.kind == "count" for q in facts.quantities[j])]
        counts = {q.value for q in facts.quantities[max(before)] if q.kind == "count"} if before else set()
        if counts == {whole}:  # (one count only: "45 were smokers and 75 were not. Twenty of these" is either's)
            return [i, max(before)]
    return []


_NOT_RE = re.compile(r"(?:\s+[\w-]+){0,3}?\s+(?:did|were|was|could|had)?\s*(?:not|never|no)\b|(?:\s+[\w-]+){0,3}?\s+"
                     r"failed\b", re.I)
_EVERYONE_RE = re.compile(r"people|persons|patients|participants|subjects|individuals|adults|cases", re.I)


def _part_of_everyone(clause: str, quantity: Quantity, facts: Facts) -> list[int]:
    """"Of the 48 people scanned ..., five received the correct diagnosis only thanks to PET" where the abstract
    has "48 patients" and "In five cases only PET led to the correct diagnosis": a whole that is everyone studied
    (the abstract's largest count of people), the part counted in a sentence that says most of what the claim says
    of it, with the claim's words beside the figure and negated only if the claim is (not "47 did not receive the
    minimum 2 courses" for "47 completed the two courses"; not "two of local disease, with 13 patients disease
    stabilizing" for "two had stable disease")."""
    after = clause[quantity.start + len(quantity.text):]
    said = topic_words(after)
    negated = bool(_NOT_RE.match(after))
    counts = [q.value for qs in facts.quantities.values() for q in qs if q.kind == "count" and q.unit == "count"]
    if not counts or max(counts) != quantity.whole:
        return []  # everyone is the abstract's largest count of people ("48 patients"), not a subgroup's
    wholes = [i for i, qs in facts.quantities.items() for q in qs if q.kind == "count" and q.unit == "count"
              and q.value == quantity.whole]
    parts = [i for i, qs in facts.quantities.items() for q in qs if q.kind == "count" and q.unit != "fraction"
             and q.value == quantity.value and len(said & topic_words(facts.source.sentences[i].text)) >= max(
                 3, len(said) / 2) and len(said & local_words(facts.source.sentences[i].text, q)) >= 2
             and bool(_NOT_RE.match(facts.source.sentences[i].text, q.start + len(q.text))) == negated]
    return parts + wholes if parts and wholes else []


def _opposite_bound(clause: str, quantity: Quantity, facts: Facts, holders: list[int]) -> tuple[str, int] | None:
    """"Fewer than half" where the sentence nearest the claim that gives the figure says "more than 50%": the
    same figure as a bound the other way."""
    if not quantity.bound or not holders or any(
            q.bound == quantity.bound for i in holders for q in facts.quantities[i] if supports(quantity, [q])):
        return None  # (the abstract also gives it the claim's way: "short sleep (ie, <6 hours)")
    scores = {i: score for score, i in facts.source.rank(facts.source.claim_words(clause))}
    best = max(holders, key=lambda i: scores.get(i, 0.0))
    same = [q for q in facts.quantities[best] if supports(quantity, [q])]
    if same and all(q.bound and q.bound != quantity.bound for q in same):
        return " ".join(same[0].text.split()), best
    return None


def _others_counted(clause: str, quantity: Quantity, facts: Facts) -> tuple[str, str, int] | None:
    """"282 Malay patients" where every 282 of the abstract counts "Chinese residents", "127 intestinal GISTs"
    where it counts "gastric GISTs": the same count of other people or another organ site."""
    value = quantity.whole if quantity.unit == "fraction" else quantity.value  # "36 of 127 ... GISTs": the 127
    if quantity.kind != "count" or quantity.unit not in ("", "count", "fraction") or not value \
            or value != int(value) or value < 2:
        return None
    said, keys, _ = _counted(clause, quantity)
    ours = counted_kinds(said)
    if not ours:
        return _unnamed_people(said, keys, value, facts)
    other = None
    for i, q, _, _ in _counts(facts):
        if q.value != value or q.unit == "fraction":
            continue
        words = _counted(facts.source.sentences[i].text, q)[0]
        theirs = counted_kinds(words)
        if ours & theirs:
            return None  # the abstract counts the claim's own people too
        if other is None and {c for c, _ in theirs} & {c for c, _ in ours}:
            other = (said, words, i)
    return other


def _unnamed_people(said: str, keys: set[str], value: float, facts: Facts) -> tuple[str, str, int] | None:
    """"2,969 military recruits" where the abstract's 2,969 are "healthy infants and children": a group of people
    (recruits, students, donors, siblings ...) the abstract never names, in no word of the claim's phrase, counted
    where the abstract counts people of its own."""
    words = said.lower().split()
    if not words or words[-1] not in _GROUPS or keys & facts.source.all_words:
        return None
    for i, q, _, _ in _counts(facts):
        theirs = _counted(facts.source.sentences[i].text, q)[0]
        if q.value == value and q.unit != "fraction" and set(re.findall(r"[a-z]+", theirs.lower())) & _PEOPLE:
            return said, theirs, i
    return None


#: "383 +/- 187 pmol": the number after a plus-minus is a spread, not a count of what follows it.
_SPREAD_RE = re.compile(r"(?:\+/[-\u2212]|\+[-\u2212]|\u00b1)\s*$")


def _counts(facts: Facts) -> list[tuple[int, Quantity, set[str], str]]:
    """Every count of the abstract with what it counts, read once per work."""
    def read() -> list[tuple[int, Quantity, set[str], str]]:
        return [(i, q, *_counted(facts.source.sentences[i].text, q)[1:]) for i, qs in facts.quantities.items()
                for q in qs if q.kind == "count" and not _SPREAD_RE.search(facts.source.sentences[i].text[:q.start])]
    return facts.source.derived("numberflags:counts", read)


def _named_or_pointing(clause: str, quantity: Quantity, source: SourceText) -> bool:
    """A bare number that is part of a name the source gives ("genotype 4" for "HCV-genotype-4", "type 1"
    for "type I"), or a spelled one pointing back ("the two combined"): not a figure to check."""
    if refers_back(clause, quantity) or counts_a_list(clause, quantity, [s.text for s in source.sentences]):
        return True
    if quantity.unit != "" or quantity.value != int(quantity.value) or not quantity.text[:1].isdigit():
        return False
    text = source.joined
    if re.search(rf"(?<![\d.,]){int(quantity.value)}(?![\d.,]*\d)", text):
        return True
    word = name_word(clause, quantity)
    return word is not None and word != ")" and names_the_number(text, word, quantity.value)


def _same_role(clause: str, quantity: Quantity, quantities: list[Quantity], facts: Facts,
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
    if quantity.kind == "count" and not (quantity.unit == "fraction" and quantity.decimals < 0):  # a count is often
        return False  # given apart from the finding it belongs to (a share in words, "one in five", is not)
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


def _next_words(text: str, quantity: Quantity) -> set[str]:
    """The content words of the three words right after a number, up to a comma or bracket."""
    after = re.split(r"[,;()\[\]]", text[quantity.start + len(quantity.text):], maxsplit=1)[0]
    return topic_words(" ".join(after.split()[:3]))


def _swapped_label(clause: str, quantity: Quantity, facts: Facts, holders: list[int]) -> int | None:
    """The sentence where the claim's value names one measure and a rival value the claim's measure
    ("76.1% sensitivity, 82.7% specificity" for a claim of "82.7% sensitivity")."""
    label = _label(clause, quantity)
    if label is None:
        return None
    for i in holders:
        text = facts.source.sentences[i].text
        same = [q for q in facts.quantities[i] if supports(quantity, [q])]
        if any(_label(text, q) == label or label in _next_words(text, q) for q in same):
            return None  # (also "10% constant rate glucose infusion" for the claim's "10% glucose infusion")
        if same and any(_label(text, q) not in (None, label) for q in same) and any(
                _label(text, q) == label and _competes(quantity, q) for q in facts.quantities[i]):
            return i
    return None
