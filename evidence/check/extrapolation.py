"""A finding in animals or cells told as a finding in people.

"Restoring KLF15 prevents atherosclerosis in patients" cites a study of mice; "Blocking Melk shrinks
tumours in people with colorectal cancer" cites one of cell lines and tumour samples. The abstract may
say "human" (human tumour samples, human disease) without treating or following any person, so the
question is not which species it names but whether it studied people at all: counted participants,
patients enrolled or followed. Where it did not, and the claim states an effect in people, the flag asks
whether the evidence reaches that far.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from evidence.check.populations import Mention
from evidence.check.source import SourceText

#: The claim speaks of people: "in patients", "people with colorectal cancer", "human arteries".
_PEOPLE_RE = re.compile(r"\b(?:patients|people|persons|humans|men|women|children|adults|clinical\s+(?:use|practice|"
                        r"benefit)|human\s+(?:subjects|participants|volunteers|beings|populations?|diseases?|"
                        r"atherosclerosis|cancers?|tumou?rs|[a-z]+(?:itis|osis|omas?|aemia|emia|pathy)|"
                        r"[a-z]+\s+(?:syndrome|disease|disorder)s?))\b", re.I)
#: ("human plasma", "human arteries", "recombinant human erythropoietin", "human immunodeficiency virus": a
#: tissue, a reagent or a virus, which a laboratory study has)
#: The claim speaks of animals or cells itself: then it says where its evidence comes from.
_OWN_MODEL_RE = re.compile(r"\b(?:mice|mouse|murine|rats?|rodents?|animals?|zebrafish|dogs?|pigs?|rabbits?|monkeys?|"
                           r"primates?|in\s+vitro|cells?|cell\s+lines?|cultured?|xenografts?|organoids?|models?|"
                           r"preclinical|embryos?|tissues?|explants?|biops(?:y|ies)|samples?|specimens?|ex\s+vivo|"
                           r"laboratory|lab)\b", re.I)
#: An effect a treatment or exposure has on people's health.
_EFFECT_RE = re.compile(r"\b(?:prevent\w*|suppress\w*|inhibit\w*|block(?:s|ed|ing)?|treat(?:s|ed|ing|ment|ments)?|"
                        r"cur(?:e|es|ed|ing)|shrink\w*|shrank|"
                        r"protect\w*|improv\w*|reduc\w*|lower\w*|cut(?:s|ting)?|halt\w*|revers\w*|slow\w*|"
                        r"benefit\w*|effective|therap\w*|survival|causes?|caused|driv(?:e|es|en|ing))\b", re.I)
#: The abstract studied people: counted, enrolled, recruited, followed, randomised.
_STUDIED_PEOPLE_RE = re.compile(
    r"\b(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|"
    r"hundred)\s+(?:[\w-]+\s+){0,4}?(?:patients|participants|subjects|volunteers|individuals|persons|people|"
    r"women|men|children|adults|infants|adolescents|respondents|smokers|donors|recipients)\b|"
    r"\b(?:patients|participants|subjects|volunteers|women|men|children)\s+(?:were|was)\s+(?:\w+\s+){0,2}?"
    r"(?:enrolled|recruited|randomi[sz]ed|followed|treated|included|studied|assigned|given)\b|"
    r"\bwe\s+(?:enrolled|recruited|randomi[sz]ed|surveyed|interviewed)\b|"
    r"\b(?:from|of)\s+(?:[\w-]+\s+){0,3}?(?:patients|women|men|children|volunteers|donors|subjects|"
    r"individuals|people|adults|humans)\b|"  # "explants from morbidly obese women": tissue of people studied
    r"\b(?:trials?|cohorts?|case-control|cross-sectional|surveys?|questionnaires?|registry|registries)\b", re.I)
#: The abstract's model: animals, cells, tissue in culture.
_MODEL_RE = re.compile(r"\b(?:mice|mouse|murine|rats?|rodents?|zebrafish|xenopus|drosophila|elegans|nematodes|"
                       r"gerbils?|marmosets?|flies|dogs|pigs|rabbits|"
                       r"monkeys|in\s+vitro|cell\s+lines?|cultured|culture|xenografts?|organoids?|knockout|"
                       r"transgenic|embryos?)\b", re.I)


@dataclass(frozen=True)
class Extrapolation:
    said: str  # the claim's words for people
    model: str  # the abstract's word for what it studied
    sentence: int


def find_extrapolation(clause: str, source: SourceText, mentions: list[Mention],
                       ranked: list[int]) -> Extrapolation | None:
    """A claim of an effect in people where the abstract studied animals or cells and no person."""
    people = _PEOPLE_RE.search(clause)
    if people is None or _OWN_MODEL_RE.search(clause) or not _EFFECT_RE.search(clause):
        return None
    if source.derived("studied-people", lambda: any(_STUDIED_PEOPLE_RE.search(s.text) for s in source.sentences)):
        return None
    texts = [s.text for s in source.sentences]
    animals = [m for m in mentions if m.group == "species" and m.member != "humans" and m.sentence >= 0]
    shown = next((i for i in ranked if _MODEL_RE.search(texts[i])), None)
    if shown is None:
        shown = next((m.sentence for m in animals), None)
    if shown is None:
        return None
    model = _MODEL_RE.search(texts[shown])
    return Extrapolation(people.group(), model.group() if model else animals[0].phrase, shown)
