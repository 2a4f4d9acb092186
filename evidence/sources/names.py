"""Display names as services give them (``Francisco J Valero-Cuevas``) turned into BibTeX names."""

from __future__ import annotations

import re

from evidence.fieldtext import bib_name, organisation

__all__ = ["display_name"]

_PARTICLES = {"van", "von", "de", "der", "den", "del", "della", "di", "da", "du", "la", "le", "dos", "das", "ter",
              "ten", "zu", "af", "av"}
_GROUP = re.compile(r"\b(collaboration|consortium|group|project|team|committee|organi[sz]ation|society|institute|"
                    r"university|association|network|initiative|office|agency|council)\b", re.I)
_SUFFIX = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"}


def display_name(name: str) -> str:
    """``Given Family`` (or an already inverted ``Family, Given``) as ``Family, Given``; groups stay whole.

    arXiv and Open Library give one string per person, in reading order; the last word is the family
    name, with a particle before it kept (``Ludwig van Beethoven`` -> ``van Beethoven, Ludwig``, and
    ``Adrian Del Maestro`` -> ``Del Maestro, Adrian``) and ``Jr``/``III`` kept as the suffix.
    """
    text = " ".join(name.split()).strip().rstrip(",")
    if not text:
        return ""
    if _GROUP.search(text):
        return organisation(text)
    if "," in text:
        family, _, given = text.partition(",")
        return bib_name(family.strip(), given.strip())
    words = text.split(" ")
    suffix = ""
    if len(words) > 2 and words[-1].lower() in _SUFFIX:
        suffix = words.pop()
    if len(words) == 1:
        return bib_name(words[0], suffix=suffix)
    at = len(words) - 1
    while at > 1 and words[at - 1].lower() in _PARTICLES:  # never the first word: "De" there is a given name
        at -= 1
    given, before = " ".join(words[:at]), words[at:-1]
    if before and before[0][0].isupper():  # "Adrian Del Maestro": a capitalised particle is part of the family name
        return bib_name(" ".join(words[at:]), given, suffix)
    return bib_name(words[-1], given, suffix, " ".join(before))
