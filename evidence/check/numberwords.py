"""How a number is written: digits with thousands separators, or words ("Ninety-two", "One hundred and forty",
"two dozen"); quantities.py reads what the number counts."""

from __future__ import annotations

import re

UNIT_WORDS = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
              "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
              "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
TEN_WORDS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
             "ninety": 90}
_U = "|".join(sorted(UNIT_WORDS, key=len, reverse=True))
SMALL = "|".join(sorted([w for w in UNIT_WORDS if w not in ("zero", "one")] + list(TEN_WORDS), key=len,
                      reverse=True)) + "|hundred|a\\s+hundred|a\\s+thousand"
_T = "|".join(TEN_WORDS)
SPELLED = (rf"(?:(?:{_T})(?:[\s-](?:{_U}))?|{_U}|an(?=\s+hour)|a)"
           rf"(?:[\s-]+hundred(?:\s+(?:and\s+)?(?:(?:{_T})(?:[\s-](?:{_U}))?|{_U}))?|\s+thousand|\s+dozen)?")
DIGITS = (r"\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d|,\d)|\d{1,3}(?:[\u2009\u202f\u00a0]\d{3})+(?![\d.,])|"
          r"(?<!week )(?<!Week )(?<!day )(?<!Day )(?<!visit )(?<!grade )(?<!stage )(?<!phase )(?<!cycle )"
          r"(?<!aged )(?<!level )\d{2,3}(?: \d{3})+(?![\d.,]|\s?%|\s+(?:and|or)\s+\d)|"  # "285 547 cats": a
          # thousands space (not "by week 12 100 patients", "sizes of 120 450 and 300")
          r"(?:(?<=than )|(?<=under )|(?<=over )|(?<=below )|(?<=above )|(?<=weighing )|(?<=of )|(?<=\())"
          r"\d(?: \d{3})+(?=\s?(?:g|kg|grams?)\b)|"  # "less than 1 500 g" (a weight; not "8 250 g rats")
          r"\d+(?:[.\u00b7]\d+)?|\.\d+")


def spelled_value(text: str) -> float | None:
    """``"One hundred and forty"`` -> 140.0; ``"Ninety-two"`` -> 92.0; None if not a number."""
    words = re.split(r"[\s-]+", text.lower().replace(" and ", " "))
    total, current = 0.0, 0.0
    seen = False
    for word in words:
        if word in UNIT_WORDS:
            current += UNIT_WORDS[word]
        elif word in TEN_WORDS:
            current += TEN_WORDS[word]
        elif word in ("a", "an"):
            current += 1
        elif word == "hundred":
            current = (current or 1) * 100
        elif word == "dozen":  # "two dozen patients"
            current = (current or 1) * 12
        elif word == "thousand":
            total += (current or 1) * 1000
            current = 0
        else:
            return None
        seen = True
    return total + current if seen else None


def number_words(value: int) -> str:
    """``140`` -> ``"one hundred and forty"``: how a sentence may spell a whole number below 1000."""
    units = {v: k for k, v in UNIT_WORDS.items()}
    tens = {v: k for k, v in TEN_WORDS.items()}
    hundreds, rest = divmod(value, 100)
    if rest < 20:
        tail = units[rest] if rest or not hundreds else ""
    else:
        tail = tens[rest - rest % 10] + (f"-{units[rest % 10]}" if rest % 10 else "")
    if not hundreds:
        return tail
    return f"{units[hundreds]} hundred" + (f" and {tail}" if tail else "")


def number_value(raw: str) -> float | None:
    raw = raw.strip().replace("\u00b7", ".")
    if re.fullmatch(r"\d+,\d{1,2}", raw):
        raw = raw.replace(",", ".")
    try:
        return float(re.sub(r"[,\s\u2009\u202f\u00a0]", "", raw))
    except ValueError:
        return spelled_value(raw)


def decimals_of(raw: str) -> int:
    match = re.search(r"[.\u00b7](\d+)$", raw.strip())
    return len(match.group(1)) if match else 0
