"""Numbers as quantities: value, unit and what they count, in digits or in words.

"20%" is a percentage and "20 months" a duration, so neither stands for the other; "6 of 11"
is one quantity (a part of a whole), as are "1 in 10" and "34/120"; "Ninety-two",
"One hundred and forty" and "three-monthly" are read as numbers; durations are kept in hours
so "72 hours" meets "3 days"; p-values and confidence levels are told apart from findings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from evidence.check.numberwords import DIGITS, SMALL, SPELLED, decimals_of, number_value

_FRACTIONS = {"half": 50.0, "a third": 100 / 3, "one third": 100 / 3, "two thirds": 200 / 3,
              "a quarter": 25.0, "one quarter": 25.0, "three quarters": 75.0, "a fifth": 20.0, "one fifth": 20.0,
              "two fifths": 40.0, "three fifths": 60.0, "four fifths": 80.0, "a tenth": 10.0, "one tenth": 10.0}
_FRACTION_RE = re.compile(r"\b((?:one[\s-])?half|(?:a|one|two)[\s-]thirds?|(?:a|one|three)[\s-](?:quarters?|fourths?)|"
                          r"(?:a|one|two|three|four)[\s-]fifths?|(?:a|one)[\s-]tenth)\b", re.I)
_HOURS = {"second": 1 / 3600, "sec": 1 / 3600, "s": 1 / 3600, "minute": 1 / 60, "min": 1 / 60, "hour": 1.0,
          "h": 1.0, "d": 24.0, "hr": 1.0, "day": 24.0, "week": 168.0, "wk": 168.0, "month": 730.0, "mo": 730.0,
          "year": 8760.0, "yr": 8760.0, "decade": 87600.0}


def unit_hours(unit: str) -> float | None:
    """Hours in a unit of time ("week": 168), from the one table of them; None for no unit of time."""
    return _HOURS.get(unit.lower().rstrip("s") or "s")


def unit_name(unit: str) -> str:
    """The name of a unit of time as written in full: "min" is "minute", "wk" "week" (the one table of them)."""
    unit = unit.lower().rstrip("s") or "s"
    hours = _HOURS.get(unit)
    return next((name for name, same in _HOURS.items() if same == hours and len(name) > 3), unit)


_DURATION = r"(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|h|days?|(?<=[\s-])(?-i:d)(?!\.f)|weeks?|wks?|months?|" \
    r"years?|yrs?|decades?|s|mos?)"  # ("3 d", "1-2-d-old": days; not "3-D", "Figure 4d", "2 d.f."; "46 mo")
_OTHER_UNIT = (r"(?:micrograms?|mcg|milligrams?|nanograms?|ng|kilograms?|grams?|"
               r"(?:mg|kg)/m(?:\(2\)|²)|mg/m2|mg/kg|mg/dl|mg|μg/cm2|µg/cm2|ug|μg|µg|g/day|g/kg/day|g/kg|kg/m2|kg|"
               r"g|ml|l|mmol/l|mmol|"
               r"gy|gray|iu|u|cm|mm|km|m|bp|fold|times|log|kcal|points?|cycles?|doses?|fractions?|"
               r"(?:x|\u00d7)(?!\s*\d|\s+(?:magnification|objective|lens|zoom|power|field)))")  # "30x depth",
# "100 \u00d7" (not "2 \u00d7 10(6)", "400x magnification")
_PCT = r"\s?(?:%|percent\b|per\s?cent\b|p\.\s?100\b)"  # ("92.2 p. 100": French "pour cent")
_NUM = rf"(?:{DIGITS}|\b{SPELLED}\b)"
_QUANTITY_RE = re.compile(
    rf"(?:(?<![\w.,*/\u2212-])|(?<=[(\[][-\u2212])(?=[\d.]+\s?%\s*[,;)\]])|(?<=%[-\u2013])|(?<=\sd-)|(?<=days-)|(?<=\sh-)|(?<=hours-)|(?<=weeks-)|"
    rf"(?<=months-)|(?<=years-))(?P<num>{_NUM})"  # "30%-70%", "5 d-14 d": each end has its unit; "two to a
    # control group": an article, not a range's end
    rf"(?:\s?(?:--?|\u2013|to)\s{{0,2}}(?!an?\b(?!\s+(?:hundred|thousand|dozen)\b))(?P<num2>{_NUM}))?"
    rf"(?:(?P<pct>{_PCT})|[\s-]?(?:(?:gestational|postnatal|postoperative|consecutive|calendar|full|whole|"
    rf"entire|complete|additional|further)\s+)?"
    rf"(?P<dur>{_DURATION})(?:ly)?\b|[\s-]?(?P<unit>{_OTHER_UNIT})(?:\b|(?<=[)\u00d7]))"
    rf"|(?P<frac>(?:\s?/|\s?per|\s+(?:new\s+)?(?:cases|deaths|births|infections|episodes|events|admissions)\s+per)"
    rf"\s?(?P<den>\d{{1,3}}(?:,\d{{3}})+|\d{{1,3}}(?:\s\d{{3}})+(?![\d.,])|\d+)\b)|(?P<of>(?:(?:\s+[a-z]+){{1,3}}?\s+out|\s+out)?\s+of\s+(?:the\s+)?(?P<den2>{_NUM})\b)"
    rf"|(?P<in>(?:\s+(?:(?:case|patient|person|child|adult|woman|man)s?(?=\s+in\s+(?:{SMALL})\b)|"
    rf"[a-z]{{4,15}}(?<!ing)(?<!ed)(?=\s+in\s+(?:{SMALL})\b(?!\s+(?:(?!(?:was|has|is)\b)[a-z]+s|of)\b))))?"
    # ("one laparoscopy in eight had", "was"; not "two studies in four countries", "one grade in nine of 16")
    rf"\s+in\s+(?P<den3>\d+|\b(?:{SMALL})\b)\b)|(?<=\b1)(?P<colon>:(?P<den4>\d+)\b))?"
    rf"(?![A-Za-z0-9_*]|(?<!s)['\u2019]|['\u2019][A-Za-z]|(?-i:-[A-Z]{{2}}))",  # "5-FU", "5-HTTLPR": a name, not a
    # number ("6 months' recovery": a plural's apostrophe)
    re.I)
_LABEL_RE = re.compile(r"(?:\b(?P<label>(?-i:OR)|HR|RR|AUC|IRR|aOR|aHR|odds\s+ratios?|hazard\s+ratios?|"
                       r"relative\s+risks?|area\s+under\s+the\s+(?:roc\s+)?curve|r|\u03b2|beta|p|n)\)?\s*(?:of|was|=|:|,|\s)?\s*"
                       r"[<>=\u2264\u2265]?\s*$)",  # ("odds ratio (OR): 2.6")
                       re.I)  # ("OR" in capitals: "BARC 3 or 5" is no odds ratio)
_COUNT_NOUN_RE = re.compile(r"^(?:[\s-]+[\w'-]+){0,4}?[\s-]+(?P<noun>controls?|patients?|participants?|women|men|"
                            r"children|adults|subjects|cases|individuals|people|persons|samples|specimens|tumou?rs|volunteers|"
                            r"athletes|adolescents|infants|mice|rats|eyes|vertebrae|respondents)\b", re.I)
_APPROX_RE = re.compile(r"(?:\b(?:about|approximately|approx|around|roughly|nearly|almost|some|circa|"
                        r"close\s+to)|~)\s*$", re.I)
#: "more than 150", "over 15,000", "fewer than 5%": a bound the exact figure keeps, not a figure of its own.
_ABOVE_RE = re.compile(r"(?:\b(?:more|greater|higher|larger)\s+than|\b(?:just\s+)?over|\bat\s+least|\bexceeding|"
                       r"\bupwards\s+of|>|\u2265)\s*$", re.I)
_BELOW_RE = re.compile(r"(?:\b(?:less|fewer|lower|smaller)\s+than|\b(?:just\s+)?under|\bbelow|\bat\s+most|\bup\s+to|"
                       r"<|\u2264)\s*$", re.I)
_CUTOFF_RE = re.compile(r"\s*(?:or|and)\s+(?:more|higher|greater|above|over|less|lower|fewer|below|under)\b", re.I)
#: A dose per body weight with the drug named inside it: "5 mg of EHDP/kg", "2 g of the salt/kg".
_DOSE_OF_RE = re.compile(r"(?<![\w.])(\d[\d.]*\s*(?:mg|g|\u00b5g|\u03bcg|ug|mcg))\s+of\s+(?:[\w-]{1,20}\s+){0,2}?"
                         r"[\w-]{1,20}(/(?:kg|m2))\b(?!\s*(?:of\s+)?(?:diet|food|feed|chow))", re.I)
#: What comes before "a day" in a rate: a figure, maybe with what it counts ("two units of alcohol a day"),
#: and no preposition that would make the day a period ("died within a day").
_PERIOD_WORDS = r"within|for|after|over|in|about|than|by|until|per"
_RATE_RE = re.compile(rf"(?:\d|\bonce|\btwice|\btimes|(?:\d[\d.,]*|\b(?:one|two|three|four|five|six|seven|eight|"
                      rf"nine|ten|twelve|twenty|thirty|sixty|ninety))(?:\s+(?!(?:{_PERIOD_WORDS})\b)[a-z][\w/-]*){{1,3}}|"
                      rf"\b(?:much|many)(?:\s+(?!(?:{_PERIOD_WORDS}|died|were|was)\b)[a-z][\w-]*){{1,2}}|"
                      rf"\b(?:per\s+(?:kg|kilogram)|/kg)(?:\s+(?:of\s+)?(?:body\s*weight|bw))?)\s*$", re.I)
# ("5 mg/kg a day"; "half as much nitrogen a day": an amount's rate; "0.6 g of amino acids per kg body weight a day")
_FOLD_DOWN_RE = re.compile(r"[\s-]*(?:lower|less|smaller|fewer|reduc\w*|decreas\w*)\b", re.I)
_OF_FIGURE_RE = re.compile(r"\s+of\s+(?:that|those|the\s+(?:level|rate|value|activity|affinity|concentration)s?)\b",
                           re.I)  # ("a tenth of that of MCP-1": a share of another figure)
#: What one drinks or smokes by the unit ("a litre", "a packet"): a day's rate of it is no period.
CONSUMED = r"litre|liter|pint|glass|cup|bottle|can|drink|packet|pack|cigarette|cigar|pipe"
_ONE_UNIT_RE = re.compile(rf"\b(?:a|an|one|half\s+a)\s+(?:{CONSUMED})\s*$", re.I)
# ("less than a litre a day before their first stone": what one drinks or smokes a day, whatever follows; not "a
# capsule a week", a period of its own)
_CI_RE = re.compile(r"^\s*(?:%\s*)?(?:confidence|CI\b)", re.I)


@dataclass(frozen=True)
class Quantity:
    """A number with what it measures: ``unit`` is "%", "h" (a duration, ``value`` in hours),
    "count", "count:control", "fraction" (``value`` of ``whole``), "p", a ratio label ("or", "hr",
    "auc", "fold"), another unit ("mg", "gy"), or "" for a bare number."""

    value: float
    unit: str
    text: str
    start: int
    whole: float | None = None
    approx: bool = False
    decimals: int = 0  # -1 for a share in words ("a quarter")
    bound: str = ""  # ">" for "more than 150", "<" for "fewer than 5%"
    cutoff: bool = False  # "2-fold or more": a threshold, exact (1.6-fold does not round to it)
    relative: str = ""  # "down" for "cut the risk by 40%", "a 40% lower risk"; "up" for "a 40% rise": what a
    # ratio gives; for a fold, "down" is "tenfold lower"
    of_figure: bool = False  # a share in words of another figure ("a tenth of that of MCP-1"), not of people

    @property
    def kind(self) -> str:
        """The family a quantity is compared within."""
        if self.unit.startswith("count") or self.unit in ("", "fraction"):
            return "count"
        return self.unit


_MINUS_RANGE_RE = re.compile(r"(?<=\d)\u2212(?=\d)")
#: A sign, not a range: "MD: -9.84", "(\u22120.5 to \u22120.2)": a writer says the size ("fell by 10 mmHg").
_SIGN_RE = re.compile(r"(?:^|(?<=[\s\[:=,;])|(?<=[\s\[:=,;]\())[-\u2212](?=\d)(?!\d+\s*[ACGTU]\s*[/>])"
                      r"(?![\d.,]+\s*%?\s*(?:to|-|\u2013)\s*\d)(?!\d+(?:\s*base|\s*bp|\s*gene|\s*(?:promoter|"
                      r"polymorphism|variant|allele)))")  # (not "10(-12)" nor "kg(-1)", exponents; not "-308 A/A" nor
# "-67 base pairs", a gene position; not "(-5 to 10)", an interval across zero, whose negative end stays unread)
#: Where a sign is part of the finding: a correlation or a test statistic ("r = -0.235" is not "r = 0.235").
_SIGNED_STAT_RE = re.compile(r"(?:\b(?:r|rho|\u03c1|\u03b2|beta|[zt]|coefficients?|correlations?|r2)\s*[=:,]?|"
                             r"\u00d7\s*10)\s*$", re.I)
#: A decimal comma, as many European abstracts write it: "a 0,7 msec longer latency", "12,5%", "3,5 mg/dl" (one or
#: two digits after the comma and a unit of measure after them, or a zero before and no list after: "p<0,01";
#: "2,125" is a thousands separator, "1,5 or 10 cases" and "at 12,24 h" lists, "2,4 D" a name).
_DECIMAL_UNIT = (r"%|/|(?:mg|g|kg|ug|\u00b5g|\u03bcg|ng|pg|ml|dl|l|mmol|\u00b5mol|\u03bcmol|nmol|mol|meq|mm|cm|m|"
                 r"msec|ms|sec|mmhg|iu|u|mu|kcal|cal|gy|ppm)\b")
_DECIMAL_COMMA_RE = re.compile(
    rf"(?<![\d,.\[])(0(?=,\d{{1,2}}(?![\d,]|\.\d)(?!\s*(?:or|and|to|-)\s*\d(?!\d?,\d)))|[1-9]\d{{0,2}}"
    rf"(?=,\d{{1,2}}\s?(?:{_DECIMAL_UNIT}))),(?=\d{{1,2}}(?![\d,]|\.\d))", re.I)


def _decimal_point(match: re.Match[str]) -> str:
    """"3,5" and "1,25 mg/dl" as decimals, but not "5,10 mg/kg" or "12,24 mg": two digits after the comma, twice to
    four times the number before it, are a list's next item."""
    before, after = int(match.group(1)), match.string[match.end():match.end() + 2]
    listed = after.isdigit() and len(after) == 2 and before > 1 and int(after) in (2 * before, 3 * before, 4 * before)
    return match.group() if listed else match.group(1) + "."


_BETWEEN_RE = re.compile(rf"(\bbetween\s+(?!(?:19|20)\d\d\b)(?:{DIGITS}|{SPELLED}))(\s+and\s)"
                         rf"(?=(?:{DIGITS}|{SPELLED})\b)", re.I)


_AGED_RE = re.compile(r"\baged\s+(?:from\s+|between\s+)?$", re.I)
#: A share that is a change: "cut the risk by roughly 40%", "a 40% lower risk" (what a ratio of 0.6 says).
_CHANGE_BEFORE_RE = re.compile(r"\b(reduc\w*|cut|cuts|lower\w*|decreas\w*|increas\w*|rais\w*|rose|fell|drop\w*|"
                               r"declin\w*|boost\w*)\b[^.;%\d]{0,60}\bby\s+(?:(?:about|approximately|"
                               r"around|roughly|nearly|almost|some|close\s+to|an\s+estimated)\s+|~\s*)?$", re.I)
_CHANGE_AFTER_RE = re.compile(r"\s*(?:relative\s+)?(lower|higher|reduction|increase|decrease|fewer|less|more|"
                              r"drop|rise|greater|smaller|reduced|increased|decreased)\b", re.I)
_DOWN_RE = re.compile(r"(?:reduc|cut|lower|decreas|fell|drop|declin|fewer|less|smaller)", re.I)


def find_quantities(text: str) -> list[Quantity]:
    """Every quantity in ``text``, in order (see ``Quantity`` for the units)."""
    return list(_quantities_of(text))


@lru_cache(maxsize=8192)
def _quantities_of(text: str) -> tuple[Quantity, ...]:
    """(Cached: a claim is read by the number, comparator, population and overreach checks alike.)"""
    return tuple(_read_quantities(text))


def _read_quantities(text: str) -> list[Quantity]:
    written = text
    text = _DECIMAL_COMMA_RE.sub(_decimal_point, text)  # "0,7 msec" is 0.7 msec; one character for one
    text = _MINUS_RANGE_RE.sub("-", text)  # "36−40 weeks" is a range; one character for one, so offsets hold
    text = _SIGN_RE.sub(lambda m: m.group() if _SIGNED_STAT_RE.search(text[max(0, m.start() - 20):m.start()])
                        else " ", text)  # read as the size it gives, again one character for one
    text = _BETWEEN_RE.sub(lambda m: m.group(1) + " to" + " " * (len(m.group(2)) - 3), text)  # "between one
    # and five a day" is the range "one to five"; as many characters as before
    doses: dict[int, int] = {}  # where a dose's rewritten unit ends: where the writer's ends

    def per_weight(m: re.Match[str]) -> str:
        doses[m.start() + len(m.group(1)) + len(m.group(2))] = m.end()
        return (m.group(1) + m.group(2)).ljust(len(m.group()))

    text = _DOSE_OF_RE.sub(per_weight, text)  # "5 mg of EHDP/kg body weight" is 5 mg/kg
    out: list[Quantity] = []
    for match in _QUANTITY_RE.finditer(text):
        raw = match.group("num")
        after = text[match.end("num"):match.end("num") + 9]
        if re.match(r"[\s-](?:thirds?|quarters?|fourths?|halves|fifths?)\b", after, re.I):
            continue
        if raw.lower() in ("a", "an") and (not match.group("dur") or _RATE_RE.search(text[max(0, match.start() - 40):
                                                                                   match.start()])
                                   and not re.match(r"\s+(?:later|earlier|after|before|ago)\b", text[match.end():])):
            continue  # "3.3 a year", "twice a day", "90 minutes a day": a rate, not a period
        if raw.lower() in ("a", "an") and (match.group("dur") or "").lower() == "day" \
                and _ONE_UNIT_RE.search(text, 0, match.start()):
            continue  # "a litre a day before their first stone": a rate, whatever follows
        if raw.lower() in ("a", "an") and match.group("dur").lower() in ("second", "sec", "s"):
            continue  # "a second malignancy": an ordinal, not a time
        if raw.lower() in ("one", "a", "an") and not (match.group("dur") or match.group("pct") or match.group("of")
                                                 or match.group("in") or match.group("num2")
                                                 or _half_with_unit(text, match.end("num"))):
            continue  # "one of the", "a single": not a finding
        value = number_value(raw)
        if value is None:
            continue
        if match.group("dur") and match.group("dur").lower() == "s" and (
                re.fullmatch(r"(?:19|20)\d\d", raw) or re.fullmatch(r"[1-9]0", raw)
                and re.search(r"(?:\bthe|')\s*$", text[max(0, match.start() - 5):match.start()])):
            continue  # "the 1990s", "in the 90s": a decade, read by ``periods``
        before = text[max(0, match.start() - 40):match.start()]
        approx = bool(_APPROX_RE.search(before))
        quantity = _quantity(match, value, raw, before, text[match.end():match.end() + 60], approx)
        if raw.lower() == "one" and match.group("of") and re.search(r"\b(?:every|each)\s*$", before, re.I):
            quantity = [replace(q, value=q.whole, unit="", whole=None) if q.unit == "fraction" and q.whole else q
                        for q in quantity]  # "every one of the five": all five, a count
        if _AGED_RE.search(before) and not (match.group("dur") or match.group("pct") or match.group("unit")
                                            or match.group("of") or match.group("frac") or match.group("in")):
            quantity = [replace(q, unit="age") for q in quantity]  # "aged 8-12": years of age
        cutoff = bool(_CUTOFF_RE.match(text, match.end()))
        change = match.group("pct") and (_CHANGE_BEFORE_RE.search(text[max(0, match.start() - 100):match.start()])
                                         or _CHANGE_AFTER_RE.match(text, match.end()))
        if change:
            way = "down" if _DOWN_RE.match(change.group(1)) else "up"  # (each regex's one group: the word of change)
            quantity = [replace(q, relative=way) for q in quantity]
        out.extend(_bounded(replace(q, cutoff=cutoff) if cutoff else q, before) for q in quantity)
    out = _share_units(text, out)
    out = _mean_sd(text, out)
    out = _spread_between(text, out)
    out = _suspended(text, out)
    out = _elided(text, out)
    out = _and_a_half(text, out)
    out = _part_after_whole(text, out)
    out = _one_thing_in(text, out)
    out.extend(_bounded(q, text[max(0, q.start - 40):q.start]) for q in _fraction_words(text))
    out.extend(_year_spans(text))
    folds = [(q.start, q.start + len(q.text)) for q in out if q.unit == "fold"]
    out.extend(_bounded(q, text[max(0, q.start - 40):q.start]) for q in _fold_words(text)
               if not any(start <= q.start < end for start, end in folds))  # "two to three times" read once
    out.extend(Quantity(_HOURS[m.group(1).lower()], "h", m.group(), m.start()) for m in _FIRST_RE.finditer(text))
    out = [replace(q, relative="down") if q.unit == "fold" and _FOLD_DOWN_RE.match(text, q.start + len(q.text)) else q
           for q in out]  # "tenfold lower": a fall by a factor, which "a tenth of that" says too
    if written != text:  # each quantity quotes the writer's words, not the rewritten range
        out = [replace(q, text=written[q.start:doses.get(q.start + len(q.text), q.start + len(q.text))])
               if text[q.start:q.start + len(q.text)] == q.text else q for q in out]
    return out


#: Ratios in words: "fourfold", "nearly doubled the odds", "twice as likely", "three times higher".
_TIMES = r"(?:day|days|week|weeks|month|months|year|years|night|morning|evening|time|times)\b"  # "twice that day"
_FOLD_WORD_RE = re.compile(rf"\b(?:(?P<n>two|three|four|five|six|seven|eight|nine|ten)[\s-]?fold|"
                           rf"(?P<two>doubl(?:ed|es|ing|e)|twice(?=\s+(?:as|the)\b|\s+(?:that|those)\s+(?!{_TIMES})))|"
                           r"(?P<three>tripl(?:ed|es|ing|e))|(?P<four>quadrupl(?:ed|es|ing|e))|"
                           r"(?P<x>two|three|four|five)\s+times(?=\s+(?:as|the|higher|more|greater|larger)\b|"
                           rf"\s+(?:that|those)\s+(?!{_TIMES})))\b", re.I)
#: The units a ratio in words is compared with.
RATIOS = frozenset({"fold", "or", "hr", "rr", "irr", "sir", "ratio"})


def _fold_words(text: str) -> list[Quantity]:
    """A ratio in words is a rough figure ("nearly doubled" for an OR of 1.9): approximate, unit "fold"."""
    out = []
    for match in _FOLD_WORD_RE.finditer(text):
        word = match.group("n") or match.group("x")
        value = number_value(word) if word else 2.0 if match.group("two") else 3.0 if match.group("three") else 4.0
        if value:
            out.append(Quantity(value, "fold", match.group(), match.start(), approx=True))
    return out


_SD_RE = re.compile(r"\s*(?:\u00b1|\+/-|\+-)\s*")


_ELIDED_RE = re.compile(r",?\s+(?:and|or|then)\s+(?:again\s+|then\s+|later\s+)?(?:at|after|by|to|until)?\s*", re.I)


def _elided(text: str, found: list[Quantity]) -> list[Quantity]:
    """"At one month and again at three": a bare number that ends its phrase after a duration is one of
    its kind (three months)."""
    out = list(found)
    for k in range(1, len(out)):
        here, last = out[k], out[k - 1]
        if here.unit != "" or last.unit != "h" or last.approx:
            continue
        if not _ELIDED_RE.fullmatch(text, last.start + len(last.text), here.start) \
                or not re.match(r"\s*(?:[,;.)]|\((?!\s*[\d.]+\s*%?\s*\))|$)", text[here.start + len(here.text):]):
            continue  # (not "15 (12%) within 4 weeks": a count with its share)
        per = last.value / number_value_of(last)
        out[k] = replace(here, value=round(here.value * per, 3), unit="h")
    return out


_OF_THE_RE = re.compile(r"\b(?:of|among)\s+(?:(?:the|these|those|all|our)\s+)?$", re.I)
_TO_PART_RE = re.compile(r"(?:\s+[\w-]+){0,4}?\s*,\s*(?:only\s+)?")


def _part_after_whole(text: str, found: list[Quantity]) -> list[Quantity]:
    """"Of the 33 patients, 18 had a response" is 18 of 33, as "18 of the 33 patients" would be."""
    out = list(found)
    for k in range(len(out) - 1):
        if _reads_as_part(text, out[k], out[k + 1]):
            out[k + 1] = replace(out[k + 1], unit="fraction", whole=out[k].value)
    return out


def _reads_as_part(text: str, whole: Quantity, part: Quantity) -> bool:
    """A count after "Of the N ...," that counts the same things (not "Of the 12 centres, 10 patients")."""
    return whole.kind == "count" and whole.unit != "fraction" and part.unit in ("", "count") and not part.whole \
        and part.value < whole.value and bool(_OF_THE_RE.search(text, max(0, whole.start - 20), whole.start)) \
        and bool(_TO_PART_RE.fullmatch(text, whole.start + len(whole.text), part.start)
                 or _NO_COMMA_RE.fullmatch(text, whole.start + len(whole.text), part.start)
                 and _VERB_NEXT_RE.match(text, part.start + len(part.text))) \
        and not _other_noun(text, whole, part)


_NO_COMMA_RE = re.compile(r"(?:\s+[^\W\d_]+){1,2}\s+")  # "Of 60 adults 52 were able to start work again"
_VERB_NEXT_RE = re.compile(r"\s+(?:were|was|had|did|could|died|survived|recovered|developed|showed|returned)\b", re.I)


_COUNTED_NOUN_RE = re.compile(r"\s+([a-z]+s)\b")


def _other_noun(text: str, whole: Quantity, part: Quantity) -> bool:
    """Does the part count another plural noun than the whole does?"""
    after_part = _COUNTED_NOUN_RE.match(text, part.start + len(part.text))
    after_whole = _COUNTED_NOUN_RE.match(text, whole.start + len(whole.text))
    return bool(after_part and after_whole and after_part.group(1).lower() != after_whole.group(1).lower())


_HALF_RE = re.compile(r"\s+and\s+(?:a|one)[\s-]+half\b(?:\s+(?P<unit>(?:years?|months?|weeks?|days?|hours?))\b)?", re.I)


def _half_with_unit(text: str, at: int) -> bool:
    """"One and a half years": a number "one" that is a duration after all."""
    half = _HALF_RE.match(text, at)
    return bool(half and half.group("unit"))


_HALF_A_RE = re.compile(r"\bhalf\s+$", re.I)


def _and_a_half(text: str, found: list[Quantity]) -> list[Quantity]:
    """"A year and a half" and "two and a half years" are 18 and 30 months, not a year and two; "half an hour"
    is 30 minutes."""
    out = list(found)
    for k, q in enumerate(out):
        half_a = _HALF_A_RE.search(text, max(0, q.start - 8), q.start) if q.unit == "h" else None
        if half_a is not None and re.match(r"an?\s", q.text, re.I):
            start = half_a.start()
            out[k] = replace(q, value=q.value / 2, text=text[start:q.start + len(q.text)], start=start,
                             approx=q.approx or bool(_APPROX_RE.search(text, max(0, start - 20), start)))
            continue
        half = _HALF_RE.match(text, q.start + len(q.text))
        if half is None:
            continue
        if q.unit == "h" and not half.group("unit"):
            per = q.value / number_value_of(q)
            out[k] = replace(q, value=q.value + per / 2, text=text[q.start:half.end()])
        elif q.unit == "" and half.group("unit") and not q.whole:
            again = _in_unit(q, f" {half.group('unit')}")
            if again is not None and again.unit == "h":
                per = again.value / number_value_of(again)
                out[k] = replace(q, unit="h", value=again.value + per / 2, text=text[q.start:half.end()])
    return out


_SUSPENDED_RE = re.compile(r"-?\s*(?:and|or|to|,)\s+")


def _suspended(text: str, found: list[Quantity]) -> list[Quantity]:
    """"The 5- and 10-year survival rates", "at 3-, 6- and 12-month": each number takes the unit of the last."""
    out = list(found)
    unit = ""  # the unit words of the chain's last number ("-month")
    for k in range(len(found) - 2, -1, -1):  # from the end, so the unit passes along the chain
        q, nxt = out[k], out[k + 1]
        end = q.start + len(q.text)
        gap = _SUSPENDED_RE.fullmatch(text, end, nxt.start)
        digits = re.match(r"[\d.]+", nxt.text)
        unit = (nxt.text[digits.end():] or unit) if digits else ""
        if gap and q.unit == "" and nxt.unit == "h" and unit and text[end:nxt.start].startswith("-"):
            again = find_quantities(q.text + unit)
            if len(again) == 1 and again[0].unit == "h":
                out[k] = replace(q, unit="h", value=again[0].value)
                continue
        unit = ""
    return out


_PERIOD_BEFORE_RE = re.compile(r"\b(?:follow(?:ed)?[\s-]*up|followed|duration|period|lasted|for|interval|apart)\b",
                               re.I)
_PERIOD_AFTER_SPREAD_RE = re.compile(r"\s+(?:after|later|earlier|before|since|ago|postoperatively)\b", re.I)
_BRACKETED_UNIT_RE = re.compile(r"\s*\)\s*(?P<unit>years?|months?|weeks?|days?|hours?|minutes?|%)", re.I)


def _mean_sd(text: str, found: list[Quantity]) -> list[Quantity]:
    """"70 ± 19 %" is a mean of 70% with its spread: the unit after the spread is the mean's, and the
    spread is not a finding of its own."""
    out: list[Quantity] = []
    skip = -1
    for k, q in enumerate(found):
        if k == skip:
            continue
        nxt = found[k + 1] if k + 1 < len(found) else None
        sd = _SD_RE.match(text, q.start + len(q.text))
        if nxt is not None and sd and sd.end() == nxt.start and q.unit == "" and nxt.unit and (
                nxt.unit != "h" or nxt.value < 24 or _PERIOD_BEFORE_RE.search(text[max(0, q.start - 40):q.start])
                or _PERIOD_AFTER_SPREAD_RE.match(text, nxt.start + len(nxt.text))
                and not re.search(r"\bag(?:e|ed)\b", text[max(0, q.start - 40):q.start], re.I)):
            # "93 ± 30 s", "followed up for a mean±SD duration of 8.3±7.0 years", "9.2±2.6 years after
            # implantation"; but "25 ± 4.5 years" may be an age
            spread = re.match(r"[\d.]+", nxt.text)
            again = _in_unit(q, nxt.text[spread.end():]) if spread else None  # "93" + " s", in hours
            value = again.value if again is not None and again.unit == nxt.unit else q.value
            out.append(replace(q, unit=nxt.unit, value=value))
            skip = k + 1
        elif nxt is not None and sd and sd.end() == nxt.start and q.unit == nxt.unit == "" \
                and text[q.start - 1:q.start] == "(" \
                and (unit := _BRACKETED_UNIT_RE.match(text, nxt.start + len(nxt.text))) is not None \
                and (unit.group("unit") == "%" or _PERIOD_BEFORE_RE.search(text[max(0, q.start - 60):q.start])):
            again = _in_unit(q, f" {unit.group('unit')}")  # "(7.40 +/- 5.41) years": a mean of 7.4 years
            out.append(replace(q, unit=again.unit, value=again.value) if again is not None else q)
            skip = k + 1
        elif nxt is not None and sd and sd.end() == nxt.start and q.unit == nxt.unit == "" \
                and (shared := _shared_spread_unit(text, found, k)) is not None:
            out.append(replace(q, unit=shared))  # "a 44 +/- 19 and 28 +/- 14% decrease": 44%
            skip = k + 1
        else:
            out.append(q)
    return out


_AND_RE = re.compile(r"\s*,?\s*(?:and|or|,)\s+")


def _shared_spread_unit(text: str, found: list[Quantity], k: int) -> str | None:
    """The unit a mean and its spread share with the next mean and spread they are listed with."""
    if k + 3 >= len(found):
        return None
    spread, mean, other = found[k + 1], found[k + 2], found[k + 3]
    if not _AND_RE.fullmatch(text, spread.start + len(spread.text), mean.start) or mean.unit != "" \
            or other.unit != "%":
        return None  # (a share only: "72 +/- 8, and 120 +/- 15 mm Hg" are a rate and a pressure)
    sd = _SD_RE.match(text, mean.start + len(mean.text))
    return other.unit if sd and sd.end() == other.start else None


#: How a spread is named: "SD", "standard error", "IQR", "range", "95% CI".
SPREAD_WORDS = (r"SDs?|SEM?|S\.D\.|standard\s+(?:deviation|error)|IQR|interquartile\s+range|range|(?:95\s*%\s*)?CI|"
                r"confidence\s+interval")
_SPREAD_AFTER_RE = re.compile(rf"\s*\((?:{SPREAD_WORDS})?[\s:,=]*"
                              r"[\d.]+(?:\s*(?:-|\u2013|to)\s*[\d.]+)?\)\s*(?P<unit>years?|months?|weeks?|days?|"
                              r"hours?|minutes?|%)(?![\w-])", re.I)


def _spread_between(text: str, found: list[Quantity]) -> list[Quantity]:
    """"A mean of 3.0 (SD 1.2) years", "24 (IQR 12-36) months", "3.0 (range 1-6) years": the unit after the
    bracket is the figure's too (the journal style that puts the spread between a figure and its unit)."""
    out = list(found)
    for k, q in enumerate(out):
        spread = _SPREAD_AFTER_RE.match(text, q.start + len(q.text)) if q.unit == "" else None
        if spread is None:
            continue
        again = _in_unit(q, f" {spread.group('unit')}")
        if again is not None and again.unit in ("h", "%"):
            out[k] = replace(q, unit=again.unit, value=again.value)
    return out


def _in_unit(quantity: Quantity, unit: str) -> Quantity | None:
    """The figure read again with a unit written apart from it ("93" and " s": 93 seconds, in hours), or None."""
    again = find_quantities(quantity.text + unit)
    return again[0] if len(again) == 1 else None


def _bounded(quantity: Quantity, before: str) -> Quantity:
    """Mark "more than 150" / "under 5%" as a bound; "over two years" is a duration, and "patients over 65"
    an age limit, neither a bound on a finding."""
    if quantity.unit in ("", "age") and _AGE_LIMIT_RE.search(before):
        return quantity
    if _BELOW_RE.search(before):
        bound = "<"
    elif _ABOVE_RE.search(before) and not (quantity.unit == "h" and _OVER_RE.search(" " + before)):
        bound = ">"
    else:
        return quantity
    return replace(quantity, bound=bound)


#: What may stand between "aged" and an age: words, and the first end of a span ("from 7 years to", "between 3
#: and", "66 years (IQR"), but no other figure ("aged 9 to 17 had five-year survival": a period after the ages).
_AGE_BEFORE_RE = re.compile(r"\b(?:aged?|ages)\b(?:[^.;\d(]|\d[\d.]*\s*(?:days?|weeks?|months?|years?|yrs?|y)?\s*"
                            r"(?:to|and|-|\u2013)\s*(?=[^.;\d]*$)|\d[\d.]*\s*(?:years?|yrs?|y)?\s*\((?:IQR|range|"
                            r"interquartile\s+range|SD)?[\s:]*(?=[^.;\d]*$)){0,60}$|"
                            r"\b(?:aged?|ages)\b[^.;]{0,40}(?:\u00b1|\+/-|\+-)\s*$|"
                            r"\b(?:younger|older)\s+than\s+$", re.I)
_SPAN_BEFORE_RE = re.compile(r"(?<!aged\s)(?<!ages\s)(?<!age\s)\b(?:over|for|during|within|after|across|spanning)\s+"
                             r"(?:a\s+|the\s+)?$", re.I)  # "enrolled over five years", not "aged over 65 years"
_AGE_LIMIT_RE = re.compile(r"(?:\b(?:patients|people|adults|women|men|aged?|individuals|those|persons|participants)|"
                           r"\bolder|\byounger)\s+(?:(?:over|under|above|below|than|(?:of\s+)?at\s+least)\s+)?\S*\s*$",
                           re.I)
_OVER_RE = re.compile(r"(?<!just)\s+over\s*$", re.I)  # "over two years": a duration; "just over a month": a bound
_FIRST_RE = re.compile(r"\b(?:for|during|in|over|within)\s+the\s+first\s+(day|week|month|year)\b", re.I)
_YEAR_SPAN_RE = re.compile(r"(?:\b(?i:between\s+the\s+years?)\s+|"
                           r"\b(?i:from|between|during|in)\s+(?:[A-Z][a-z]+\s+)?)?\b"
                           r"(?P<a>(?:19|20)\d\d)\s*"
                           r"(?:[-\u2013/]|\s(?:to|until|through|and)\s+(?:[A-Z][a-z]+\s+)?)(?P<b>(?:19|20)?\d\d)\b(?![.,]\d)")


def span_end(first: int, last: str) -> int:
    """The end year of "1998-2002" or "1998-02" (2002 both: a two-digit end after the start's last two digits
    crosses into the next century), "2005-19" (2019)."""
    if len(last) == 4:
        return int(last)
    end = first // 100 * 100 + int(last)
    return end + 100 if end <= first else end


def _year_spans(text: str) -> list[Quantity]:
    """"2000-19", "from 2005 to 2010", "between January 2010 and June 2021": a period, in years (approximate,
    since the writer may count it inclusively)."""
    out = []
    for match in _YEAR_SPAN_RE.finditer(text):
        joined = re.search(r"\sand\s", text[match.end("a"):match.start("b")])
        if joined and not re.match(r"(?:from|between)\b", match.group(), re.I):
            continue  # "in 2007 and 2012": two years, not a period ("1977 to 1986" is one)
        first, last = int(match.group("a")), match.group("b")
        end = span_end(first, last)
        if end > first:
            out.append(Quantity(round((end - first) * 8760.0, 3), "h", match.group(), match.start(), approx=True))
    return out


_LIST_GAP_RE = re.compile(r"\s*(?:,|vs\.?|versus|and|or|to|,\s*and)\s*", re.I)


def _share_units(text: str, found: list[Quantity]) -> list[Quantity]:
    """"36 vs. 14 %" and "40, 27.5, and 32.5%": the unit written once belongs to each number."""
    out = list(found)
    for k in range(len(out) - 2, -1, -1):
        here, nxt = out[k], out[k + 1]
        if here.unit != "" or nxt.unit not in ("%", "h") or re.fullmatch(r"(?:19|20)\d\d", here.text) and (
                nxt.unit == "h" or not re.fullmatch(r"(?:19|20)\d\d", nxt.text.rstrip("% "))):
            continue  # "between 1993 and 1997, 56%": years, not shares
        gap = text[here.start + len(here.text):nxt.start]
        if _LIST_GAP_RE.fullmatch(gap):
            value = here.value * (nxt.value / number_value_of(nxt) if nxt.unit == "h" else 1.0)
            out[k] = Quantity(round(value, 3), nxt.unit, here.text, here.start, None, here.approx, here.decimals)
    return out


def number_value_of(quantity: Quantity) -> float:
    """The number as written (a duration's value is in hours)."""
    match = re.match(_NUM, quantity.text, re.I)
    value = number_value(match.group()) if match else None
    return value or 1.0


def _quantity(match: re.Match[str], value: float, raw: str, before: str, after: str,
              approx: bool) -> list[Quantity]:
    start, whole_text = match.start(), match.group()
    decimals = decimals_of(raw)
    second = number_value(match.group("num2")) if match.group("num2") else None
    values = [value] + ([second] if second is not None else [])

    def make(v: float, unit: str, whole: float | None = None) -> Quantity:
        return Quantity(v, unit, whole_text.strip(), start, whole, approx, decimals)

    if match.group("pct"):
        if _CI_RE.match(after) or re.match(r"\s*(?:confidence|CI)\b", after, re.I):
            return []
        return [make(v, "%") for v in values]
    if match.group("dur"):
        if _AGE_BEFORE_RE.search(before) and not _SPAN_BEFORE_RE.search(before) \
                or re.match(r"[\s-]*(?:olds?|of\s+age)\b", after, re.I):  # ("aged 9 to 17 were enrolled over five
            # years": a period; "aged 9 to 17 had five-year survival": a period after the ages)
            unit = match.group("dur").lower().rstrip("s")
            years = _HOURS.get(unit, _HOURS.get(unit[:2], 8760.0)) / 8760.0 if unit else 1.0
            return [make(v if years == 1.0 else round(v * years, 3), "age") for v in values]  # "7 months": 0.583
        unit = match.group("dur").lower().rstrip("s") or "s"
        hours = _HOURS.get(unit, _HOURS.get(unit[:2], 1.0))
        return [make(round(v * hours, 3 if hours >= 1 else 7), "h") for v in values]  # (seconds in hours: 1 s is
        # 0.0002778 h, not 0.0)
    if match.group("unit"):
        unit = match.group("unit").lower().rstrip("s")
        unit = {"gray": "gy", "µg/cm2": "μg/cm2", "fraction": "fractions", "time": "fold", "\u00d7": "fold",
                "x": "fold", "microgram": "μg", "mcg": "μg", "ug": "μg", "µg": "μg", "milligram": "mg",
                "nanogram": "ng", "gram": "g", "kilogram": "kg"}.get(unit, unit)  # (one name for each mass)
        unit = re.sub(r"\s+", "", unit).replace("m(2)", "m2").replace("m²", "m2")  # "kg/m(2)" in PubMed's text is kg/m2
        return [make(v, unit) for v in values]
    den_raw = match.group("den") or match.group("den2") or match.group("den3") or match.group("den4")
    if den_raw and match.group("num2"):
        den_raw = None  # "15.5-35 mg/m2" style ranges are not fractions
    if den_raw:
        den = number_value(den_raw)
        if den:
            if not den_raw[:1].isdigit() and match.group("den3"):  # "one in five": a share in words, as loose as "a
                # fifth"; "seven of the ten" counts
                return [Quantity(value, "fraction", whole_text.strip(), start, den, True, -1)]
            return [make(value, "fraction", den)]
    label = _LABEL_RE.search(before)
    if label:
        name = re.sub(r"\s+", " ", label.group("label").lower())
        name = {"odds ratio": "or", "odds ratios": "or", "hazard ratio": "hr", "hazard ratios": "hr",
                "relative risk": "rr", "relative risks": "rr", "aor": "or", "ahr": "hr", "beta": "\u03b2",
                "n": "count"}.get(name, name)
        if name.startswith("area under"):
            name = "auc"
        if name == "count" and re.search(r"\bcontrols?(?:\s+group)?\W{0,4}n\W*$", before, re.I):
            name = "count:control"  # "control group: n = 11"
        return [make(v, name) for v in values]
    noun = _COUNT_NOUN_RE.match(after)
    if noun:
        kind = "count:control" if noun.group("noun").lower().startswith("control") else "count"
        if noun.group("noun").lower().startswith("volunteer") or kind == "count" and re.search(
                r"\bhealthy\b", noun.group(), re.I) \
                or re.match(r"[^.;()]{0,25}\bas\s+(?:healthy\s+)?controls?\b", after[noun.end():], re.I):
            kind = "count:any"  # "20 healthy volunteers as controls", "19 healthy individuals": people or controls
        return [make(v, kind) for v in values]
    if decimals >= 2 and all(0.0 < v < 1.0 for v in values) and _PROPORTION_BEFORE_RE.search(before):
        return [make(v, "proportion") for v in values]  # "a recurrence rate of 0.12": the writer's 12%
    return [make(v, "") for v in values]


_PROPORTION_BEFORE_RE = re.compile(r"\b(?:rates?|proportions?|prevalences?|incidences?|probabilit(?:y|ies)|"
                                   r"frequenc(?:y|ies))\b(?:(?!\b(?:ratios?|HR|OR|RR)\b)[^.;\d]){0,40}$", re.I)


_WHOLE_AFTER_RE = re.compile(r"\s*(?:or\s+(?:more|less|fewer)\s+)?(?:of|the|our|their|its|these|those|all)\b", re.I)


_JUST_RE = re.compile(r"\b(?:just|only)\s+$", re.I)  # hedges beside _APPROX_RE's (not "over half", "more than
# half": a bound, which a share in words does not carry)
_DID_AFTER_RE = re.compile(r"\s+(?:were|was|had|did|died|survived|responded|developed|showed|required|needed)\b", re.I)
_PERIOD_AFTER_RE = re.compile(r"\s+(?:of\s+)?a\s+century\b", re.I)


#: "One CT report in five", "one laparoscopy in eight had to be converted": one in N with what is counted between,
#: and N the end of it (a verb or a stop after it; not "one year in 82 patients", "one death in three years" nor
#: "one grade in nine of 16 patients": a time, a count of something else).
_ONE_THING_IN_RE = re.compile(rf"\b(?:about\s+|roughly\s+|nearly\s+|almost\s+|around\s+)?one\s+"
                              rf"(?!(?:day|week|month|year|hour|minute|of|in|or|and|to)\b)[^\W\d_][\w-]*"
                              rf"(?:\s+[^\W\d_][\w-]*)?\s+in\s+(?P<n>{SPELLED}|\d+)"
                              rf"(?=\s*(?:[,.;:()]|$)|\s+(?:had|has|have|was|were|is|are|did|does|showed|contained|"
                              rf"developed|needed|required|died|became|proved|gave|would|will|could|may|might)\b)",
                              re.I)


def _one_thing_in(text: str, found: list[Quantity]) -> list[Quantity]:
    """"One CT report in five" is one in five, as "one in five CT reports" would be: the bare N becomes that share."""
    out = list(found)
    for match in _ONE_THING_IN_RE.finditer(text):
        whole = number_value(match.group("n"))
        start = match.start() + match.group().lower().index("one")
        if whole is None or whole < 2 or 1900 <= whole <= 2099 or any(q.unit == "fraction" and q.start == start
                                                                       for q in out):
            continue  # (a year: "one patient in 2010"; one word between is read already: "one laparoscopy in eight")
        out = [q for q in out if not (q.start == match.start("n") and q.unit in ("", "count"))]
        out.append(Quantity(1.0, "fraction", text[start:match.end()], start, whole=whole, approx=True, decimals=-1))
    return sorted(out, key=lambda q: q.start)


def _fraction_words(text: str) -> list[Quantity]:
    out = []
    for match in _FRACTION_RE.finditer(text):
        said = re.sub(r"^one[\s-]half$", "half", match.group(1).lower().replace("fourth", "quarter"))  # "one fourth"
        # is a quarter, "one half" a half
        key = re.sub(r"[\s-]+", " ", said).rstrip("s").replace("third", "thirds").replace(
            "quarter", "quarters") if said.startswith(("two", "three")) else re.sub(r"[\s-]+", " ", said)
        if re.search(r"\band\s+a\s+$", text[max(0, match.start() - 8):match.start()], re.I):
            continue  # "a year and a half": part of a period
        period = _PERIOD_AFTER_RE.match(text, match.end())
        if key in _FRACTIONS and period:  # "a quarter of a century later", "half a century": a period, not a share
            hours = _FRACTIONS[key] * _HOURS["year"]  # (a share of 100 years; shorter periods are durations)
            out.append(Quantity(hours, "h", text[match.start():period.end()], match.start(), approx=True))
            continue
        hedge = text[max(0, match.start() - 30):match.start()]
        if key in _FRACTIONS and (_WHOLE_AFTER_RE.match(text, match.end()) or (
                _APPROX_RE.search(hedge) or _JUST_RE.search(hedge)) and _DID_AFTER_RE.match(text, match.end())):
            # "half of", "half our cohort", "roughly half were extraperitoneal"
            out.append(Quantity(_FRACTIONS[key], "%", match.group(), match.start(), approx=True, decimals=-1,
                                of_figure=bool(_OF_FIGURE_RE.match(text, match.end()))))
    return out
