"""A number that names rather than counts ("factor 5", "type I", "the two strategies"): not a figure to look up."""

from __future__ import annotations

import re

from evidence.check.numberwords import spelled_value
from evidence.check.quantities import Quantity

#: Words that come before a count, not a name: determiners, prepositions and the like ("the other 4 genes").
_BEFORE_COUNT = frozenset(re.split(r"\s+", """the a an of in and or with to for from by at on than among all these
    those other only remaining further another first last total were was are is be been had have has per each both
    nearly about approximately around almost over under least most some including whether that which if when
    while whereas but via across within between after before during using tested examined studied
    enrolled recruited included identified
    made make makes took take takes gave give gives found find finds saw see sees got kept held chose drew grew
    built bought brought caught sought taught won lost met did does do
    them whom they their us we our"""))  # irregular verbs: "we made 7 variants"; pronouns: "(among them 8 ...)"
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10}


def name_word(text: str, quantity: Quantity) -> str | None:
    """The word a bare number names a thing with ("factor 5", "type 1 diabetes", "genotype 4"), if it does:
    a number right after a word that is neither a function word nor a verb form ("comprising 9",
    "proposed 4") is a label, not a count; so is a list's "1)" outside brackets."""
    before = text[:quantity.start]
    after = text[quantity.start + len(quantity.text):]
    if after.startswith(")") and not re.search(r"\([^()]*$", before):
        return ")"
    locant = re.match(r"(?:,\d+)+-([A-Za-z]{3,})", after)
    if locant:
        return locant.group(1).lower()  # "5,10-methylene-THF": a chemical's name
    match = re.search(r"([A-Za-z][A-Za-z'-]*)[\s-]$", before)
    if not match:
        return None
    word = match.group(1).lower()
    if word in _BEFORE_COUNT or word.endswith(("ed", "ing")) or len(word) < 3:
        return None
    return word


def names_the_number(text: str, word: str, value: float) -> bool:
    """Does ``text`` give ``word`` with this number, in digits or Roman numerals ("type I" for "type 1")?"""
    for match in re.finditer(rf"\b{re.escape(word)}[\s-]+([0-9]+|[ivxIVX]+)\b", text, re.I):
        raw = match.group(1).lower()
        if (int(raw) if raw.isdigit() else _ROMAN.get(raw)) == value:
            return True
    return False


def refers_back(text: str, quantity: Quantity) -> bool:
    """"Osteopontin, beta-catenin and the two combined": a spelled number after "the" that counts no noun
    of its own points back at things the sentence names; it is not a figure to find in the source."""
    if not quantity.text[:1].isalpha() or quantity.unit != "":
        return False
    if not re.search(r"\b(?:the|these|those|all)\s+$", text[:quantity.start], re.I):
        return False
    after = re.findall(r"[A-Za-z-]+", text[quantity.start + len(quantity.text):])[:3]
    if any(w.lower() in _BACK_NOUNS for w in after[:1 if re.search(r"\ball\s+$", text[:quantity.start], re.I) else 2]):
        return True  # "against those of one nurse practitioner and found the two sets highly correlated", "the two
        # extubation strategies"
    if after and re.search(r"[^siu]s$", after[0].lower()) and quantity.text.lower() in ("two", "both") \
            and _TWO_NAMED_RE.search(text[:quantity.start]):
        return True  # "PGI2 at least ten times as potent as PGD2, and the two prostaglandins had additive effects":
        # the two the clause has just set side by side
    if after and re.search(r"[a-z]{3}ly$", after[0]) and after[0].lower() not in ("early", "daily", "weekly", "monthly",
                                                                                 "yearly", "elderly", "family"):
        return True  # "the gap between the two strongly affects toxicity": an adverb, so no noun is counted
    return not any(re.search(r"[^siu]s$", w.lower()) for w in after)


#: Two things set side by side before "the two": "A ... as potent as B", "A than B", "A versus B", "A and B".
_TWO_NAMED_RE = re.compile(r"\b(?:than|versus|vs\.?|as\s+\w+\s+as|compared\s+(?:with|to))\s+\S+[^;]*$", re.I)


#: Nouns that, after "the two", name things the sentence has already named rather than a count to look up.
_BACK_NOUNS = frozenset(re.findall(r"\w+", """sets groups arms methods measures approaches techniques instruments
    versions conditions tests scores ratings assessments procedures devices strategies regimens interventions
    questionnaires scales drugs agents treatments therapies modalities systems tasks forms types diets doses periods
    phases hormones compounds substances enzymes proteins genes factors species strains sexes hemispheres sides"""))


#: The plural noun a small spelled count counts: "four [serologic] tests".
_LISTED_NOUN_RE = re.compile(r"(?:\s+[\w'-]+){0,3}?\s+([a-z]{3,}s)\b")
_ITEM_SPLIT_RE = re.compile(r",\s*(?:and\s+)?|\s+and\s+", re.I)


def counts_a_list(clause: str, quantity: Quantity, sentences: list[str]) -> bool:
    """"Four serologic tests" where the abstract compares "microagglutination, microcomplement-fixation, micro-IF
    and Weil-Felix tests": a small spelled count of things the abstract names one by one (three or more, the
    same noun after the list), not a figure to look up."""
    if not quantity.text[:1].isalpha() or quantity.unit not in ("", "count") or not 3 <= quantity.value <= 6:
        return False
    noun = _LISTED_NOUN_RE.match(clause, quantity.start + len(quantity.text))
    if noun is None:
        return False
    head = noun.group(1).lower()
    for sentence in sentences:
        if head not in sentence.lower():
            continue
        plain = re.sub(r"\s*\([^()]*\)", "", sentence)  # ("Weil-Felix (WF) tests")
        for found in re.finditer(rf"\s+{re.escape(head)}\b", plain, re.I):
            listed = re.split(r"[;.]", plain[:found.start()])[-1]  # the words before the noun, back to the clause's
            if "," not in listed or not _LAST_AND_RE.search(listed):  # start: "A, B, C and D [tests]"
                continue
            items = [item.split() for item in _ITEM_SPLIT_RE.split(listed) if item.strip()]
            if len(items) == quantity.value and all(len(item) <= 3 and not _NOT_AN_ITEM_RE.search(" ".join(item))
                                                    for item in items) and items[0][0].lower() not in _OPENERS:
                return counted_only_as(head, quantity.value, " ".join(sentences))
    return False


_LAST_AND_RE = re.compile(r",[^,]*?\S\s+and\s+[^,]*\S$")  # (the list's last item after "and", a comma before it)


#: A list "item" that is a clause, a figure or an opener, not a thing's name: "In conclusion", "showed normal".
_NOT_AN_ITEM_RE = re.compile(r"\d|^(?:in|of|on|at|for|with|by|to|from|as)\b|"
                             r"\b(?:was|were|is|are|showed|had|has|have)\b", re.I)


COUNT_WORDS = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")


def counted_only_as(noun: str, value: float, text: str) -> bool:
    """Does ``text`` count ``noun`` nowhere, or only as ``value`` ("three novel variants" is another count of
    variants than a list of two)?"""
    counted = re.findall(rf"\b(\d+|{'|'.join(COUNT_WORDS)})\s+(?:[\w-]+\s+){{0,2}}{re.escape(noun)}\b", text, re.I)
    return all((float(c) if c.isdigit() else spelled_value(c)) == value for c in counted)


#: Words that open a sentence before a comma without being a list's first item: "Here, novel M39R and N55K".
_OPENERS = frozenset(re.findall(r"\w+", "here thus however therefore also moreover furthermore finally first then "
                                         "overall"))
