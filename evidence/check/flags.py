"""Flags for the writer: retractions, errata, study design, and specifics the abstract does not give.

The specifics are numbers, durations (converted to hours, so "72 hours" matches "3 days")
and the term groups of ``evidence.vocab`` (population, design, route). Flags are prompts
for a human reader ("'1 week' not found in the abstract"), never verdicts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from evidence.check.ranking import abstract_text
from evidence.check.results import Flag
from evidence.check.sentences import norm_phrase_text
from evidence.model import Entry, describe_notices, fold
from evidence.vocab import TERM_GROUPS

_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                 "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15,
                 "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100, "a": 1, "an": 1,
                 "single": 1, "half": 0.5}
_UNIT_HOURS = {"min": 1 / 60, "minute": 1 / 60, "hour": 1, "h": 1, "hr": 1, "day": 24, "week": 168,
               "wk": 168, "month": 730, "year": 8760, "yr": 8760}
_NUM = r"(?:\d+(?:[.,]\d+)?|\.\d+|" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + r")"
_UNIT = r"(?:minutes?|mins?|hours?|hrs?|h|days?|weeks?|wks?|months?|years?|yrs?)"
_DURATION_RE = re.compile(
    r"\b(?P<num>" + _NUM + r")(?:\s*(?:-|to|\u2013|and)\s*(?P<num2>" + _NUM + r"))?[\s-]*(?P<unit>" + _UNIT + r")\b",
    re.I)
_VAGUE_DURATION_RE = re.compile(r"\b(?:within|after|for|over|in)\s+(?:a\s+few\s+|several\s+|few\s+)?"
                                r"(?P<unit>minutes|hours|days|weeks|months|years)\b", re.I)
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,])|\d+(?:\.\d+)?|\.\d+"  # 1,131 is one number
_NUMBER_RE = re.compile(r"(?<![\w.,])(?P<num>" + _DIGITS + r")(?P<pct>\s*(?:%|percent\b|per\s+cent\b))?")
_SOURCE_NUMBER_RE = re.compile(r"(?<![\w,])(" + _DIGITS + r")|\b(" + "|".join(
    w for w in _NUMBER_WORDS if len(w) > 2) + r")\b", re.I)


def _num_value(raw: str) -> float | None:
    raw = raw.lower().replace(",", ".") if re.fullmatch(r"\d+,\d{1,2}", raw) else raw.lower().replace(",", "")
    if raw in _NUMBER_WORDS:
        return float(_NUMBER_WORDS[raw])
    try:
        return float(raw)
    except ValueError:
        return None


def _unit_hours(unit: str) -> float:
    unit = unit.lower().rstrip("s") or "h"
    if unit == "min":
        return _UNIT_HOURS["min"]
    return _UNIT_HOURS.get(unit, _UNIT_HOURS.get(unit[:2], 1))


@dataclass
class _Specifics:
    """What a cited work states, for the phrase, number and duration tests."""

    haystack: str  # normalised title + abstract + keywords + mesh + pubtype, for phrase tests
    numbers: set[float]
    durations: set[float]  # in hours
    units: set[str]
    has_abstract: bool


def _read_specifics(entry: Entry) -> _Specifics:
    abstract = abstract_text(entry)
    source = " ".join([entry.title, abstract, entry.text("keywords"), entry.text("mesh")])
    numbers: set[float] = set()
    for match in _SOURCE_NUMBER_RE.finditer(source):
        value = _num_value(match.group(1) or match.group(2))
        if value is not None:
            numbers.add(value)
    durations: set[float] = set()
    units: set[str] = set()
    for match in _DURATION_RE.finditer(source):
        unit_hours = _unit_hours(match.group("unit"))
        units.add(match.group("unit").lower().rstrip("s"))
        for raw in (match.group("num"), match.group("num2")):
            value = _num_value(raw) if raw else None
            if value is not None:
                durations.add(round(value * unit_hours, 3))
    for word in re.findall(r"\b(minutes?|hours?|days?|weeks?|months?|years?)\b", source, re.I):
        units.add(word.lower().rstrip("s"))
    return _Specifics(norm_phrase_text(source + " " + entry.text("pubtype")), numbers, durations, units,
                      bool(abstract.strip()))


class FlagFinder:
    """Finds the flags of a claim against its cited work; caches each work's specifics for the run."""

    def __init__(self) -> None:
        self._specifics: dict[int, _Specifics] = {}

    def _specifics_of(self, entry: Entry) -> _Specifics:
        cached = self._specifics.get(id(entry))
        if cached is None:
            cached = self._specifics[id(entry)] = _read_specifics(entry)
        return cached

    def flags(self, clause: str, entry: Entry) -> list[Flag]:
        """Prompts: retraction, errata, missing abstract, design mismatch, unsupported specifics."""
        flags = _notice_flags(entry)
        data = self._specifics_of(entry)
        claim_norm = norm_phrase_text(clause)
        flags.extend(_design_flags(entry, claim_norm))
        if not data.has_abstract:
            flags.append(Flag("no-abstract", "no abstract in the library, so the claim could not be compared: "
                                             "run `evidence enrich` to fetch it from PubMed"))
            return flags
        flags.extend(_missing_specifics(clause, claim_norm, data))
        return flags


def _notice_flags(entry: Entry) -> list[Flag]:
    """A retraction, then an erratum: what PubMed says happened to the work since."""
    flags: list[Flag] = []
    if entry.is_retracted:
        notice = entry.text("retracted")
        detail = f" (retraction notice {describe_notices(notice)})" if notice and notice != "yes" else ""
        flags.append(Flag("retracted", f"PubMed marks this work as retracted{detail}: should it be cited as evidence?"))
    if entry.get("erratum"):
        value = entry.text("erratum")
        notice = f" ({describe_notices(value)})" if value and value.lower() != "yes" else ""
        flags.append(Flag("erratum", f"this work has a published erratum{notice}: "
                                     "does the correction affect the claim?"))
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


def _missing_specifics(clause: str, claim_norm: str, data: _Specifics) -> list[Flag]:
    flags: list[Flag] = []
    seen: set[str] = set()

    def add(kind: str, term: str, what: str) -> None:
        if term.lower() not in seen:
            seen.add(term.lower())
            flags.append(Flag("missing-specific", f"'{term}' not found in the title or abstract: "
                                                  f"does the source give this {what}?", term))

    covered: list[tuple[int, int]] = []
    for match in _DURATION_RE.finditer(clause):
        value = _num_value(match.group("num"))
        lead = clause[max(0, match.start() - 8):match.start()].strip() or "x"
        if value is None or (match.group("num").lower() in ("a", "an") and not re.match(
                r"\b(?:within|for|after|over|in|at)\b", lead)):
            continue
        covered.append(match.span())
        unit_hours = _unit_hours(match.group("unit"))
        second = _num_value(match.group("num2")) if match.group("num2") else None
        ok = round(value * unit_hours, 3) in data.durations and (
            second is None or round(second * unit_hours, 3) in data.durations)
        if not ok:
            add("duration", " ".join(match.group().split()), "duration")
    for match in _VAGUE_DURATION_RE.finditer(clause):
        if any(s <= match.start() < e for s, e in covered):
            continue
        if match.group("unit").lower().rstrip("s") not in data.units:
            add("duration", " ".join(match.group().split()), "time frame")
    for match in _NUMBER_RE.finditer(clause):
        if any(s <= match.start() < e for s, e in covered):
            continue
        value = _num_value(match.group("num"))
        if value is None or (1900 <= value <= 2099 and not match.group("pct")):
            continue
        if value not in data.numbers:
            add("number", " ".join(match.group().split()), "number")
    for kind, phrases in TERM_GROUPS:
        hit = next((p for p in phrases if f" {p} " in claim_norm), None)
        if hit is None:
            continue
        if not any(f" {p} " in data.haystack for p in phrases):
            surface = _surface(clause, hit)
            add(kind, surface, {"population": "population or condition", "design": "study design",
                                "route": "route of administration"}[kind])
    return flags


def _surface(clause: str, phrase: str) -> str:
    """The claim's own spelling of a normalised phrase (``treatment-resistant`` for ``treatment resistant``)."""
    pattern = r"\b" + r"[\s\-]+".join(re.escape(w) for w in phrase.split()) + r"\b"
    match = re.search(pattern, fold(clause), re.I)
    if match and len(fold(clause)) == len(clause):
        return clause[match.start():match.end()]
    return phrase
