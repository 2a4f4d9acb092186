"""Who a study is about: age, sex, pregnancy, species, nationality, ethnicity, organ (diseases: ``conditions``).

A population the claim names must be in the title, abstract or a MeSH heading that names it;
a different member of the same group there makes the flag a contrast ("the abstract speaks of
adult; the claim says children"). MeSH check tags (Male, Female, Adult, Child, Aged...) are
tagged on nearly every record, so they count only for the members they name, and only when no
member is named in the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from evidence.check.numberwords import SMALL
from evidence.check.sentences import INITIALS_RE
from evidence.check.source import STOP_WORDS, SourceText, stem, word_set
from evidence.model import fold
from evidence.vocab import SITES, nation_names, region_nations


@dataclass(frozen=True)
class Member:
    name: str
    triggers: tuple[str, ...]  # phrases that make a claim name this member
    also: tuple[str, ...] = ()  # further phrases that show it in a source


GROUPS: dict[str, tuple[Member, ...]] = {
    "age": (
        Member("children", ("children", "child", "childhood", "pediatric", "paediatric", "infants", "infant",
                            "neonates", "neonatal", "newborns", "toddlers", "schoolchildren", "boys", "girls", "kids")),
        Member("adolescents", ("adolescents", "adolescent", "teenagers", "teenage", "teenaged", "teens", "youths")),
        Member("young people", ("young patient", "young patients", "young people", "young persons",
                                "young recipient")),  # children, adolescents or young adults: the study says which
        Member("adults", ("adults", "adult", "young man", "young woman", "young men", "young women", "adulthood",
                          "middle-aged", "middle aged"), ("young adults",)),
        Member("older adults", ("older adults", "older patients", "older people", "older persons", "older women",
                                "older men", "elderly", "geriatric", "octogenarians", "older cohort", "aged 65",
                                "over 65", "over 70", "over 75", "over 80", "over the age of 75")),
    ),
    "sex": (
        Member("women", ("women", "woman", "female", "females", "mothers", "girls")),
        Member("men", ("men", "man", "male", "males", "fathers", "boys")),
    ),
    "pregnancy": (Member("pregnant women", ("pregnant", "pregnancy", "pregnancies", "antenatal", "prenatal",
                                            "gestational", "postpartum", "perinatal")),),
    "species": (
        Member("humans", ("in humans", "humans", "human subjects", "people"),
               ("human", "patients", "participants", "volunteers", "women", "men", "children", "adults", "and man")),
        Member("mice", ("mice", "mouse", "murine")),
        Member("rats", ("rats", "rat")),
        Member("guinea pigs", ("guinea pigs", "guinea pig")),
        Member("rabbits", ("rabbits", "rabbit")),
        Member("dogs", ("dogs", "dog", "canine")),
        Member("pigs", ("pigs", "piglets", "swine", "porcine")),
        Member("monkeys", ("monkeys", "macaques", "baboons", "non-human primates", "nonhuman primates"),
               ("monkey", "macaque", "macacus", "macaca", "baboon")),
        Member("apes", ("chimpanzees", "gorillas", "orangutans", "great apes"), ("chimpanzee", "gorilla")),
        Member("zebrafish", ("zebrafish",)),
        Member("cats", ("cats", "kittens", "feline", "kitten"), ("cat",)),
        Member("sheep", ("sheep", "ewes", "lambs")),
        Member("cattle", ("cattle", "cows", "heifers")),
        Member("horses", ("horses", "ponies", "foals")),
        Member("birds", ("chickens", "chicks", "hens", "pigeons", "quail", "birds")),
        Member("hamsters", ("hamsters", "hamster")),
        Member("ferrets", ("ferrets",)),
        Member("gerbils", ("gerbils", "gerbil")),
        Member("marmosets", ("marmosets", "marmoset")),
        Member("flies", ("drosophila", "fruit flies", "fruit fly", "flies")),
        Member("worms", ("c. elegans", "caenorhabditis elegans", "nematodes", "worms")),
        Member("goats", ("goats",)),
        Member("frogs", ("frogs", "xenopus")),
        Member("cells in vitro", ("in vitro", "cell line", "cell lines", "cultured cells")),
    ),
    "transplant": tuple(Member(f"{organ} transplant", (f"{organ} transplant", f"{organ} transplantation",
                                                      f"{organ} transplants", f"{organ} graft"), also)
                        for organ, also in (("heart", ("cardiac transplant",)), ("kidney", ("renal transplant",)),
                                            ("liver", ("hepatic transplant",)), ("lung", ()))),
    "immunity": (
        Member("immunocompetent", ("immunocompetent", "immune competent", "intact immune", "intact immunity",
                                   "normal immune", "normal immunity", "healthy immune")),
        Member("immunocompromised", ("immunocompromised", "immunosuppressed", "immunodeficient",
                                     "immune compromised", "immune-compromised", "immunosuppression")),
        # not "immunodeficiency": "human immunodeficiency virus" names a virus
    ),
    "health": (  # a claim's healthy volunteers against a study of patients (never the other way: "patients" said
        # loosely of anyone studied is no member a claim names)
        Member("healthy people", ("healthy volunteers", "healthy subjects", "healthy adults", "healthy individuals",
                                  "healthy people", "healthy participants", "healthy persons", "healthy men",
                                  "healthy women", "healthy donors", "normal volunteers"),
               ("healthy", "volunteers", "volunteer", "normal subjects", "normal individuals", "normal controls",
                "normal men", "normal women", "normals", "control subjects", "controls", "control group", "donors",
                "control individuals", "control participants", "unaffected", "disease free", "free of disease")),
        Member("patients", (), ("patients",)),
    ),
    "setting": (  # where the people studied live
        Member("nursing home residents", ("nursing home", "nursing homes", "care home", "care homes",
                                          "residential care", "assisted living", "long term care facility",
                                          "long term care facilities"),
               ("institutionalized", "institutionalised", "residential home", "residential homes", "old people's home",
                "homes for the aged", "institutional care", "long term care residents", "aged care facility",
                "aged care facilities")),
        Member("community-dwelling", ("community dwelling", "living in the community", "lived in the community",
                                      "home dwelling"),
               ("community based", "community residents", "in the community", "free living", "living at home",
                "living independently", "independently living", "noninstitutionalized", "non institutionalized",
                "noninstitutionalised", "non institutionalised")),
    ),
    "profession": (  # health workers studied: "nine radiologists" where the study surveyed pathologists (a contrast
        # only: a claim names the workers who would use a finding as often as those studied, "may help surgeons")
        Member("nurses", ("nurses", "nurse", "nursing staff"), ("nurse practitioners",)),
        Member("physicians", ("physicians", "doctors", "general practitioners", "gps", "family physicians",
                              "general physicians", "internists")),  # (not "clinicians": any of them)
        Member("surgeons", ("surgeons",), ("surgeon",)),
        Member("radiologists", ("radiologists", "radiology residents", "radiology trainees"), ("radiologist",)),
        Member("pathologists", ("pathologists", "pathology residents", "pathology trainees"), ("pathologist",)),
        Member("psychiatrists", ("psychiatrists", "psychiatry residents", "psychiatry trainees"), ("psychiatrist",)),
        Member("pharmacists", ("pharmacists",), ("pharmacist",)),
        Member("dentists", ("dentists",), ("dentist",)),
        Member("midwives", ("midwives",)),
        Member("psychologists", ("psychologists",), ("psychologist",)),
        Member("medical students", ("medical students",)),
    ),
    "orientation": (
        Member("heterosexual", ("heterosexual", "heterosexuals")),
        Member("gay or bisexual", ("homosexual", "homosexuals", "gay", "bisexual", "bisexuals", "lesbian", "lesbians",
                                   "same-sex", "men who have sex with men", "men who had sex with men")),
    ),
    "ethnicity": (
        Member("black", ("black", "african american", "african americans", "african ancestry")),
        Member("white", ("white", "caucasian", "caucasians", "european ancestry")),
        Member("coloured", ("coloured", "mixed ancestry")),
        Member("hispanic", ("hispanic", "latino", "latina", "latinos")),
        Member("asian", ("asian", "asians", "east asian")),
        Member("malay", ("malay", "malays")),
    ),
    "nationality": tuple(Member(names[0], names) for names in nation_names()),
}


def _region_pairs() -> set[tuple[str, str]]:
    """(region, nation) for each nation ``vocab.REGIONS`` places in a region, lower-cased as ``_covers`` reads."""
    return {(region.lower(), nation.lower()) for region, nations in region_nations().items() for nation in nations}


#: A claim member the source's member covers: "adolescents" are in a "pediatric" study.
_COMPATIBLE = {("children", "adolescents"), ("adolescents", "children"), ("adults", "older adults"),
               *((a, b) for young in ("young people",) for other in ("children", "adolescents", "adults")
                 for a, b in ((young, other), (other, young))),
               ("humans", "cells in vitro"), ("black", "african"), ("black", "ghanaian"), ("black", "nigerian"),
               ("black", "kenyan"), *_region_pairs(),
               *(("physicians", doctor) for doctor in ("surgeons", "radiologists", "pathologists", "psychiatrists"))}
#: MeSH check tags and the members they name.
_CHECK_TAGS = {"female": ("sex", "women"), "male": ("sex", "men"), "infant": ("age", "children"),
               "child": ("age", "children"), "child, preschool": ("age", "children"),
               "adolescent": ("age", "adolescents"), "adult": ("age", "adults"), "young adult": ("age", "adults"),
               "middle aged": ("age", "adults"), "aged": ("age", "older adults"),
               "aged, 80 and over": ("age", "older adults"), "humans": ("species", "humans"),
               "mice": ("species", "mice"), "rats": ("species", "rats")}
_MESH_ANCESTRY = {"african continental ancestry group": "black", "european continental ancestry group": "white",
                  "asian continental ancestry group": "asian", "hispanic americans": "hispanic"}
_PHRASES = {group: sorted(((fold(p), m.name) for m in members for p in m.triggers + m.also),
                          key=lambda pm: -len(pm[0]))
            for group, members in GROUPS.items()}
_TRIGGERS = {group: sorted(((fold(p), m.name) for m in members for p in m.triggers), key=lambda pm: -len(pm[0]))
             for group, members in GROUPS.items()}
_CASE_SENSITIVE = {"us", "uk", "usa"}  # "us" the pronoun is not the United States


@dataclass(frozen=True)
class Mention:
    group: str
    member: str
    phrase: str  # as written
    sentence: int  # index into SourceText.sentences, -1 for MeSH


def _pattern(phrases: list[tuple[str, str]], case_sensitive: bool) -> re.Pattern[str] | None:
    chosen = [p for p, _ in phrases if (p in _CASE_SENSITIVE) == case_sensitive]
    if not chosen:
        return None
    alternatives = "|".join(r"[\s-]+".join(re.escape(w.upper() if case_sensitive else w) for w in p.split())
                            for p in chosen)  # longest first, so "south african" wins over "african"
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", 0 if case_sensitive else re.I)


_MATCHERS = {group: (_pattern(phrases, False), _pattern(phrases, True), dict((p, m) for p, m in phrases))
             for group, phrases in {**{f"source:{g}": p for g, p in _PHRASES.items()},
                                    **{f"claim:{g}": p for g, p in _TRIGGERS.items()}}.items()}


_FIRST_WORDS = {group: frozenset(p.split()[0] for p, _ in phrases) for group, phrases in _TRIGGERS.items()}
_FIRST_SOURCE_WORDS = {group: frozenset(p.split()[0] for p, _ in phrases) for group, phrases in _PHRASES.items()}


def _find(text: str, key: str) -> list[tuple[str, str, int]]:
    """(member, phrase, offset) for each phrase of group ``key`` in ``text``, longest first, never
    after "non-" ("non-Hispanic" is not Hispanic)."""
    folded, upper, members = _MATCHERS[key]
    text = INITIALS_RE.sub(_undotted, text)
    low = fold(text)
    out = []
    for pattern, haystack in ((folded, low if len(low) == len(text) else text), (upper, text)):
        if pattern is None:
            continue
        for match in pattern.finditer(haystack):
            start, end = match.span()
            if re.search(r"non[\s-]?$", low[max(0, start - 4):start]):
                continue
            phrase = " ".join(re.split(r"[\s-]+", fold(match.group())))
            member = members.get(phrase)
            if member is None or phrase in _COLOURS and not _PEOPLE_NEXT_RE.match(text, end):
                continue
            if member in _FARM_ANIMALS and (not (_STUDIED_IN_RE.search(text, max(0, start - 40), start)
                                                 or _STUDIED_SUBJECT_RE.match(text, end))
                                            or _FROM_ANIMAL_RE.match(text, end)):
                continue  # "collagen from chickens", "hens' eggs", "sheep red blood cells": a source, not the study
            if member in ("heterosexual", "gay or bisexual") and _ROUTE_NEXT_RE.match(text, end):
                continue  # "through heterosexual contact", "homosexual transmission": how it spread, not who
            if member == "nursing home residents" and (_MOVED_TO_RE.search(text, max(0, start - 40), start)
                                                       or _MOVE_NEXT_RE.match(text, end)):
                continue  # "the risk of nursing home admission": an outcome of people who lived elsewhere
            if member in _ANIMAL_MEMBERS and (_KEPT_ANIMAL_RE.match(text, end)
                                              or _KEEPING_RE.search(text, max(0, start - 40), start)):
                continue  # "cat or dog ownership", "mouse allergen", "dog bites": people's animals, not the study's
            out.append((member, text[start:end], start))
    return out


_ROUTE_NEXT_RE = re.compile(r"\s+(?:contacts?|transmission|spread|intercourse|partners?|sex|exposures?|acquisition|"
                            r"route)\b", re.I)


#: Animals that are food, reagents' sources or farm work as often as the animals studied: named as the study's
#: only after "in", "using" or "on" ("in newborn lambs", "experiments on cats") or a count ("64 cats").
_FARM_ANIMALS = frozenset({"cats", "sheep", "cattle", "horses", "birds", "goats", "frogs", "pigs", "rabbits"})
_STUDIED_IN_RE = re.compile(rf"\b(?:in|using|on)\s+(?:[\w-]+\s+){{0,3}}$|"
                            rf"\b(?:of|in|on)\s+(?:\d+|{SMALL})\s+(?:[\w-]+\s+)?$", re.I)
# (or counted as the sample: "of 64 client-owned cats", "of nine glutaraldehyde-fixed porcine valves"; not "with 2 or
# more cats")
_STUDIED_SUBJECT_RE = re.compile(r"\s+(?:were|was)\s+(?:\w+ly\s+)?(?:sham|anaesthet|anesthet|randomi|assigned|"
                                 r"allocated|injured|operated|resuscitated|treated|exposed|infected|inoculated|immuni|"
                                 r"vaccinated|challenged|studied|instrumented|subjected|given|fed)", re.I)
#: (or the subject of what was done to them: "mongrel pigs were sham injured")
_FROM_ANIMAL_RE = re.compile(r"(?:['\u2019]s?)?\s*(?:eggs?|meat|serum|sera|milk|red\s+(?:blood|cells)|erythrocytes?|"
                             r"collagen|albumin|anti|antibod\w*|igg|farmers?|breeders?|flu|influenza|products?|fat|"
                             r"wool|manure|slaughter\w*)\b", re.I)  # (owners, bites: _KEPT_ANIMAL_RE)


_ANIMAL_MEMBERS = frozenset(m.name for m in GROUPS["species"]) - {"humans", "cells in vitro"}
_KEPT_ANIMAL_RE = re.compile(r"(?:['\u2019]s?)?\s*(?:ownership|owners?|owning|keeping|exposures?|allergens?|dander|"
                             r"bites?|scratch(?:es)?|sensiti[sz]ation|hair)\b", re.I)
_KEEPING_RE = re.compile(r"\b(?:ownership|owning|keeping|exposure|exposed)\s+(?:of|to)?\s*"
                         r"(?:(?:an?|the|their|pet)\s+)?(?:\w+\s+(?:or|and)\s+(?:an?\s+)?)?$", re.I)


#: Colours that name people only before people ("white women", "black patients"): not "a white cane".
_COLOURS = frozenset({"white", "black", "coloured", "colored"})
_PEOPLE_NEXT_RE = re.compile(r"(?:\s+[\w-]+)?\s+(?:patients|people|persons|individuals|women|men|girls|boys|children|"
                             r"adults|adolescents|infants|newborns|participants|subjects|mothers|fathers|americans|"
                             r"africans|race|ethnicity|populations?|residents|students|veterans|smokers|volunteers|"
                             r"cases|controls|families|youths?|respondents|workers|and\b|or\b|than\b|compared\b|"
                             r"versus\b|vs\b)|s\b|"
                             r"\s*[,;).]", re.I)  # ("more frequent in Black than in Caucasian patients")


def claim_mentions(clause: str) -> list[tuple[str, str, str]]:
    """(group, member, phrase as written) for each population the claim names."""
    return [(group, member, clause[start:end]) for group, member, start, end in _group_members(clause, "claim")]


def _group_members(text: str, side: str) -> list[tuple[str, str, int, int]]:
    """(group, member, start, end) of each population a text names, group by group, in text order within each;
    a claim is read by the groups' triggers, a source by their wider phrases too."""
    words = set(re.findall(r"[^\W\d_]+", fold(INITIALS_RE.sub(_undotted, text))))
    starts = _FIRST_WORDS if side == "claim" else _FIRST_SOURCE_WORDS
    out = []
    for group in _TRIGGERS:
        if not words & starts[group]:
            continue  # none of the group's phrases can start here: skip its patterns
        for member, phrase, at in sorted(_find(text, f"{side}:{group}"), key=lambda t: t[2]):
            if side == "claim" and _KIN_OF_RE.search(text[:at]):
                continue  # "the mothers of boys with SCID": the mothers were studied, not the boys
            if not (group == "species" and member == "humans" and phrase.lower() == "people"):
                out.append((group, member, at, at + len(phrase)))  # ("people" says no species)
    return out


def _undotted(match: re.Match[str]) -> str:
    """"U.S." read as "US", padded so that every place found is the text's own."""
    return match.group().replace(".", "").ljust(len(match.group()))


#: Kin named before the people they are kin of.
_KIN_OF_RE = re.compile(r"\b(?:mothers?|fathers?|parents?|relatives?|siblings?|sisters?|brothers?|carers?|caregivers?|"
                        r"famil(?:y|ies)|wives|husbands?|spouses?|partners?|daughters?|sons?|offspring)\s+of\s+"
                        r"(?:(?:the|their|these|affected|sick|ill)\s+){0,2}$", re.I)


#: After "human": what is taken from people, not people studied.
_MATERIAL_RE = re.compile(r"(?:[\s-]+[\w-]+){0,3}?\s+(?:cells?|cell\s+lines?|tissues?|xenografts?|serum|sera|plasma|"
                          r"DNA|RNA|cDNA|genes?|genome|proteins?|antibod(?:y|ies)|enzymes?|recombinant|fibroblasts|"
                          r"keratinocytes|lymphocytes|monocytes|macrophages|neutrophils|platelets|erythrocytes|"
                          r"hepatocytes|organoids?|explants?|specimens?\s+in\s+vitro)\b", re.I)


def source_mentions(source: SourceText) -> tuple[list[Mention], list[Mention]]:
    """Members named in the text (title, abstract, keywords, specific MeSH), and by MeSH check tags."""
    text: list[Mention] = []
    for i, sentence in enumerate(source.sentences):
        for group in _PHRASES:
            for member, phrase, at in _find(sentence.text, f"source:{group}"):
                if member == "humans" and _MATERIAL_RE.match(sentence.text, at + len(phrase)):
                    continue  # "human embryonic epithelial cells", "a human tumour cell line": material, not people
                text.append(Mention(group, member, phrase, i))
        text.extend(Mention("age", member, phrase, i) for member, phrase in age_span_members(sentence.text))
        text.extend(Mention("health", "healthy people", m.group(), i) for m in _WITHOUT_DISEASE_RE.finditer(
            sentence.text))
    tags: list[Mention] = []
    for heading in source.mesh:
        name = fold(heading.split("/")[0].strip())
        if name in _CHECK_TAGS:
            group, member = _CHECK_TAGS[name]
            tags.append(Mention(group, member, heading, -1))
        elif name in _MESH_ANCESTRY:
            text.append(Mention("ethnicity", _MESH_ANCESTRY[name], heading, -1))
        else:
            for group in ("nationality", "transplant", "pregnancy"):
                text.extend(Mention(group, m, p, -1) for m, p, _ in _find(heading, f"source:{group}"))
    text.extend(Mention("nationality", m, p, -1) for m, p, _ in _find(source.keywords, "source:nationality"))
    return text, tags


_AGE_SPAN_RE = re.compile(r"\b(?:aged?|ages?|age\s+range|ranged\s+in\s+age|between\s+the\s+ages\s+of)\s*"
                          r"(?:of|from|was|were|:|=)?\s*(?:from\s+|between\s+)?(?P<lo>\d+(?:\.\d+)?)\s*"
                          r"(?P<months>months?|mo)?(?:\s*(?:years?|yrs?|y))?\s*(?:to|-|\u2013|and)\s*"
                          r"(?P<hi>\d+(?:\.\d+)?)\s*(?:years?|yrs?|y)\b", re.I)


_PERSON_BEFORE_RE = re.compile(r"\b(?:patients|subjects|people|persons|individuals|adults|men|women|participants|"
                               r"volunteers|cases|those|donors|workers|residents|smokers)\s+(?:[\w-]+\s+){0,2}$", re.I)
_AGE_BOUND_RE = re.compile(r"\b(?:above|over|older\s+than|more\s+than)\s+(?P<n>\d{1,3})\s*(?:years?|yrs?)\s*"
                           r"(?:of\s+age|old)\b|\baged?\s+(?P<n2>\d{1,3})\s*(?:years?|yrs?)?\s+(?:or|and)\s+"
                           r"(?:older|over|above)\b", re.I)
_MEAN_AGE_RE = re.compile(r"\b(?:mean|median|average)\s+(?:\(\s*SD\s*\)\s+)?age\s*(?:\(\s*(?:SD|range)\s*\)\s*)?"
                          r"(?:,|:|=|of|was|were|is)?\s*(?P<age>\d+(?:\.\d+)?)\s*"
                          r"(?:(?:\+/-|\u00b1)\s*\d+(?:\.\d+)?\s*|\(\s*\d+(?:\.\d+)?\s*\)\s*)?"  # a spread
                          r"(?:years?|yrs?|y)\b", re.I)


def age_span_members(text: str) -> list[tuple[str, str]]:
    """"Patients ranged in age from 8 months to 21 years": an age span names the ages it covers (children
    and adolescents, and adults, since 21 is an adult's age), so "children and young adults" is no contrast."""
    out: list[tuple[str, str]] = []
    for match in _AGE_SPAN_RE.finditer(text):
        low = float(match.group("lo")) / (12 if match.group("months") else 1)
        high = float(match.group("hi"))
        if low > high:
            continue
        phrase = " ".join(match.group().split())
        spans = (("children", 0, 12), ("adolescents", 13, 17), ("adults", 19, 200), ("older adults", 65, 200))
        out.extend((member, phrase) for member, lo, hi in spans
                   if low <= hi and high >= lo and (member != "older adults" or low >= 60))
    for match in _AGE_BOUND_RE.finditer(text):  # "patients above 50 years of age": adults (not "over 14 years")
        if not _PERSON_BEFORE_RE.search(text, 0, match.start()):
            continue  # "houses more than 50 years old", "mothers over 35 years of age": not who was studied
        age = float(match.group("n") or match.group("n2"))
        phrase = " ".join(match.group().split())
        out.extend((member, phrase) for member, at_least in (("adults", 21), ("older adults", 60)) if age >= at_least)
    for match in _MEAN_AGE_RE.finditer(text):  # "mean age, 52.5 +/- 5.1 years": a group of adults
        age = float(match.group("age"))
        phrase = " ".join(match.group().split())
        out.extend((member, phrase) for member, at_least in (("adults", 25), ("older adults", 70)) if age >= at_least)
        if age <= 8:
            out.append(("children", phrase))
    return out


def _site_words() -> dict[str, str]:
    out = {}
    for line in SITES.strip().splitlines():
        organ, words = line.split(":")
        out.update({w.strip(): organ.strip() for w in words.split(",")})
    return out


_SITE_OF = _site_words()
#: The topic keys of an organ's words, each to all the others ("renal" to "kidney", "kidneys").
SITE_KEYS = {stem(w): tuple(stem(o) for o, organ in _SITE_OF.items() if organ == site and stem(o) != stem(w))
              for w, site in _SITE_OF.items()}
_SITE_RE = re.compile(r"(?<![\w-])(?<!non-)(?<!non )(" + "|".join(
    re.escape(w) for w in sorted(_SITE_OF, key=len, reverse=True)) + r")(?![\w-])", re.I)


#: Every word for a sex ("women", "girls", "males"): a count of them says what it counts in one word.
SEX_WORDS = frozenset(w for m in GROUPS["sex"] for p in m.triggers + m.also for w in p.split())


def counted_kinds(words: str) -> set[tuple[str, str]]:
    """Who or what a count counts, as (class, member): its origin ("Malay", "Chinese"), sex, or organ site
    ("gastric" GISTs): "282 Malay patients" and the abstract's "282 Chinese residents" count other people."""
    out = {("origin", member) for group in ("nationality", "ethnicity")
           for member, _, _ in _find(words, f"source:{group}")}
    out |= {("site", _SITE_OF[m.group(1).lower()]) for m in _SITE_RE.finditer(words)}
    out |= {("sex", member) for member, _, _ in _find(words, "source:sex")}
    return out


@dataclass(frozen=True)
class PopulationFinding:
    """A claim's population the source does not show: ``other`` is what it shows instead, if anything."""

    group: str
    member: str
    phrase: str
    other: Mention | None
    by_tags: tuple[str, ...] = ()


def _covers(claim: str, found: str) -> bool:
    return claim == found or (claim.lower(), found.lower()) in _COMPATIBLE  # members are "African", pairs "african"


def alike(a: str, b: str) -> bool:
    """Could one text's member be the other's ("adolescents" in a "pediatric" study)?"""
    return _covers(a, b) or _covers(b, a)


def members_at(text: str, side: str = "claim") -> list[tuple[str, str, int, int]]:
    """(group, member, start, end) of each population and organ site a text names (``side``: "claim" or
    "source", as ``_group_members`` reads them)."""
    return _group_members(text, side) + [("site", _SITE_OF[m.group().lower()], m.start(), m.end())
                                         for m in _SITE_RE.finditer(text) if m.group().lower() in _SITE_OF]


#: Members that are people: a claim naming them says the study was in humans.
_PEOPLE = frozenset({("sex", "women"), ("sex", "men"), ("age", "children"), ("age", "adolescents"), ("age", "adults"),
                     ("age", "older adults"), ("pregnancy", "pregnant women")})


#: Words for people that are said of animals too ("neonatal rodents", "adult female rats"): no species of their own.
_ANIMALS_TOO = word_set("""neonates neonatal newborns newborn infant infants adult adults adulthood female females
    male males pregnant pregnancy pregnancies gestational postpartum perinatal prenatal antenatal""")


_PERSONS_RE = re.compile(r"\b(?:patients|divers|volunteers|participants|workers|athletes|soldiers|smokers|survivors|"
                         r"veterans|nurses|students|recipients|donors|outpatients|inpatients)\b", re.I)


def _species_contrast(clause: str, named: list[tuple[str, str, str]], text: list[Mention],
                      tags: list[Mention]) -> PopulationFinding | None:
    """"Women" or "divers" in the claim, rats or dogs in the study: "female" matches the sex, so the
    species must be checked too. An abstract that names animals and no people decides; else MeSH
    species tags decide when present (Rats without Humans)."""
    people = next((phrase for group, member, phrase in named if (group, member) in _PEOPLE
                   and fold(phrase) not in _ANIMALS_TOO), None)
    if people is None:
        person = _PERSONS_RE.search(clause)
        people = person.group() if person else None
    if people is None or any(group == "species" for group, _, _ in named):
        return None
    tagged = [m for m in tags if m.group == "species"]
    in_text = [m for m in text if m.group == "species"]
    animal_text = any(m.member in _ANIMAL_MEMBERS for m in in_text) and not any(m.member == "humans" for m in in_text)
    # (animals and cell lines, no people: "tumour cell lines ... injected into mice" is no study of patients)
    species = in_text if animal_text else tagged or in_text  # "in a dog model" outweighs a stray Humans tag
    if any(m.member == "humans" for m in species):
        return None
    animals = [m for m in species if m.member not in ("humans", "cells in vitro")]
    if not animals:
        return None
    said = next((m for m in text if m.group == "species" and m.member == animals[0].member), animals[0])
    return PopulationFinding("species", "humans", people, said)


#: People described by what they lack: "young men without known disease", "non-diabetic subjects".
_WITHOUT_DISEASE_RE = re.compile(r"\b(?:without|free\s+of|no\s+history\s+of)\s+(?:\w+\s+){0,2}?(?:disease|illness|"
                                 r"disorders?|conditions?|diabetes|symptoms)\b|\bnon[\s-]?(?:diabetic|obese|"
                                 r"hypertensive|asthmatic)\s+(?:subjects|controls|people|individuals|adults|men|women|"
                                 r"volunteers|participants)\b", re.I)
#: Groups asked about only when the abstract names another member: their claim words are said loosely ("may help
#: surgeons", "healthy adults" for "men without known disease").
_CONTRAST_ONLY = frozenset({"immunity", "health", "profession"})
#: Groups that say who the sample was: a claim may name them of other work.
_SAMPLE_GROUPS = frozenset({"health", "setting", "profession"})
#: "admitted to a nursing home", "nursing home placement": where people went, an outcome, not where they lived.
_MOVED_TO_RE = re.compile(r"\b(?:admi\w+|placement|placed|entry|entered|entering|discharged?|transfer\w*|moved?|"
                          r"relocat\w+|institutionali[sz]ation)\s+(?:in|into|to)\s+(?:an?\s+|the\s+)?$", re.I)
_MOVE_NEXT_RE = re.compile(r"\s+(?:admissions?|placements?|entry|use|stays?|transfers?)\b", re.I)


def check_populations(clause: str, text: list[Mention], tags: list[Mention],
                      named: list[tuple[str, str, str]] | None = None) -> list[PopulationFinding]:
    """The claim's populations that the source does not name, each with the contrasting member if any."""
    out: list[PopulationFinding] = []
    named = claim_mentions(clause) if named is None else named
    species = _species_contrast(clause, named, text, tags)
    if species is not None:
        out.append(species)
    for group, member, phrase in named:
        if group in _SAMPLE_GROUPS and re.search(rf"\b(?:unlike|than|studies|trials|reports|work)\s+(?:\w+\s+){{0,3}}?"
                                                 rf"{re.escape(phrase)}", clause, re.I):
            continue  # "unlike earlier studies in healthy volunteers": other work's people, not this study's
        in_text = [m for m in text if m.group == group]
        if any(_covers(member, m.member) for m in in_text):
            continue
        others = [m for m in in_text if m.member != member and not _covers(m.member, member)]
        if group == "nationality" and not others:
            others = []
        tagged = [m for m in tags if m.group == group]
        if others:
            first = min(others, key=lambda m: (m.sentence < 0, m.sentence == 0, m.sentence))  # abstract, title, MeSH
            out.append(PopulationFinding(group, member, phrase, first))
        elif tagged:
            if any(_covers(member, m.member) for m in tagged):
                continue
            out.append(PopulationFinding(group, member, phrase, None, tuple(m.phrase for m in tagged)))
        elif group not in _CONTRAST_ONLY and member != "community-dwelling" and (
                group not in ("species", "sex") or member not in ("humans", "men", "women")):
            out.append(PopulationFinding(group, member, phrase, None))
    return out


_POPULATION_STEMS = frozenset(stem(w) for group in ("age", "sex", "pregnancy") for m in GROUPS[group]
                              for p in m.triggers + m.also for w in p.split())


def aligned_contrast(clause: str, source: SourceText, mentions: list[Mention],
                     named: list[tuple[str, str, str]] | None = None) -> tuple[str, Mention] | None:
    """"The most common malignancies in children" where the abstract says so "in adult patients" (and
    speaks of children elsewhere): the sentence that says what the claim says, read without the
    population words, names another member of the claim's group and not the claim's. It must hold
    most of the claim's other words, and clearly more than any other sentence."""
    for group, member, phrase in claim_mentions(clause) if named is None else named:
        if group not in ("age", "sex", "pregnancy"):
            continue
        words = source.claim_words(clause.replace(phrase, " ")) - _POPULATION_STEMS
        ranked = source.rank(set(words))
        if not ranked or ranked[0][0] <= 0:
            continue
        (best, i), runner = ranked[0], ranked[1][0] if len(ranked) > 1 else 0.0
        if best < 1.5 * runner or source.weight(words & source.sentences[i].words) < 0.6 * source.weight(words):
            continue
        here = [m for m in mentions if m.sentence == i and m.group == group]
        if here and not any(_covers(member, m.member) or _covers(m.member, member) for m in here):
            return phrase, here[0]
    return None


_HUMAN_TISSUE_RE = re.compile(r"\b[Hh]uman\s+(?:(?:fetal|foetal|adult|neonatal|umbilical|donor|cadaver(?:ic)?)\s+)?"
                              r"((?:[A-Z][\w+-]{0,4}\s+)?[a-z]{4,})")  # "human aorta", "human T helper cells",
# "human donor eyes"
_ANIMAL_ADJECTIVES = (r"mouse|murine|mice|rat|rats|rabbit|rabbits|porcine|pig|pigs|bovine|canine|dog|ovine|sheep|"
                      r"feline|equine|chick|chicken|avian|hamster|monkey|primate|zebrafish|guinea\s+pig")


_ANIMAL_PLURALS = (r"mice|rats|rabbits|dogs|pigs|piglets|guinea\s+pigs|hamsters|monkeys|cats|sheep|cattle|cows|"
                   r"chickens|chicks|frogs|toads|horses|goats")  # (not "calves": a leg's, as often)


def human_tissue_contrast(clause: str, source: SourceText) -> tuple[str, str, int] | None:
    """"Segments of human aorta" where the abstract's are "rabbit aortic segments" and it never says human
    aorta: the tissue is the claim's, the species another (the claim's words, the abstract's, its sentence)."""
    for match in _HUMAN_TISSUE_RE.finditer(clause):
        *named, word = match.group(1).split()
        root = "".join(re.escape(w) + r"\s+" for w in named) + re.escape(word[:4].lower())
        tissue = re.compile(rf"\b(?:human\s+|({_ANIMAL_ADJECTIVES})\s+)(?:(?:fetal|foetal|adult|neonatal|"
                            rf"umbilical|donor|cadaver(?:ic)?)\s+)?{root}\w*", re.I)
        from_animal = re.compile(rf"\b{root}\w*(?:\s+[\w-]+){{0,3}}?\s+(?:from|of)\s+(?:\w+\s+)?"
                                 rf"({_ANIMAL_PLURALS})\b", re.I)  # "peritoneal macrophages from mice"
        found = [(i, m) for i, s in enumerate(source.sentences) for m in tissue.finditer(s.text)] or [
            (i, m) for i, s in enumerate(source.sentences) for m in from_animal.finditer(s.text)]
        human = re.compile(rf"\b(?:(?:human|donor|cadaver\w*|post-?mortem)\s+(?:\S+\s+){{0,2}}{root}|"
                           rf"(?:patients|donors|people|subjects|humans)\W+(?:\S+\s+){{0,5}}?{root}|"
                           rf"{root}\w*\s+(?:\S+\s+){{0,5}}?(?:from|of)\s+(?:\S+\s+){{0,2}}?"
                           rf"(?:patients|donors|people|subjects|humans|human|volunteers|men|women|children|adults|"
                           rf"individuals|persons|cadavers?|autopsy|autopsies))", re.I)  # "human and mouse liver",
        # "aortic tissue obtained from patients", "donor corneas" (not "porcine donor kidneys")
        if found and not any(m.group(1) is None for _, m in found) and not any(
                not re.search(rf"\b(?:{_ANIMAL_ADJECTIVES})\s+$", s.text[:h.start()], re.I)
                for s in source.sentences for h in human.finditer(s.text)):
            i, m = found[0]
            return match.group(), m.group(), i
    return None


#: Each species' words, adjectives and singulars too: whether a source names it anywhere, in any form.
_SPECIES_FORMS = {
    "rabbits": "rabbits? lapine", "cattle": "bovine cattle cows? calf calves heifers? bulls? ox oxen steers? beef "
    "veal", "pigs": "porcine pigs? piglets? minipigs? swine sows? hogs? pork", "birds": "chickens? chicks? hens? "
    "broilers? avian fowls? poultry quails? pigeons? ducks? ducklings? turkeys? birds?",
    "frogs": "frogs? toads? xenopus amphibians? bufo rana",
    "dogs": "dogs? canine beagles? pupp(?:y|ies) mongrels?", "cats": "cats? feline kittens?",
    "sheep": "sheep ovine ewes? lambs? mutton", "goats": "goats? caprine",
    "horses": "horses? racehorses? equine pon(?:y|ies) foals? mares? stallions?",
    "mice": "mouse mice murine", "rats": "rats?", "hamsters": "hamsters?", "guinea pigs": "guinea[ -]pigs?",
    "monkeys": "monkeys? macaques? macaca baboons? primates? simian rhesus cynomolgus marmosets? "
    "chimpanzees?"}
_SPECIES_RES = {name: re.compile(rf"\b(?:{'|'.join(forms.split())})\b", re.I) for name, forms in _SPECIES_FORMS.items()}
_TISSUE_ANIMAL_RE = re.compile(r"(?<![\w-])(rabbit|lapine|bovine|cow|porcine|pig|swine|chicken|chick|hen|avian|"
                               r"frog|toad|canine|dog|feline|cat|ovine|sheep|lamb|caprine|goat|equine|horse|mouse|"
                               r"murine|rat|hamster|monkey|simian)(?:['\u2019]s)?\s+(?:(?:fetal|foetal|adult|neonatal|embryo(?:nic)?)"
                               r"\s+)?([a-z]{4,})", re.I)


def animal_tissue_contrast(clause: str, source: SourceText) -> tuple[str, str, int] | None:
    """"Bovine serum" or "chicken erythrocytes" where the abstract's are "porcine serum" and "toad erythrocytes"
    and it never names the claim's animal in any form: the claim's words, the abstract's, its sentence."""
    whole = ""
    for match in _TISSUE_ANIMAL_RE.finditer(clause):
        if re.search(r"(?:anti|guinea|fetal|foetal|newborn)[\s-]*$", clause[:match.start()], re.I) \
                or match.group(1)[0].isupper() and match.start() > 0 or _PRODUCT_RE.match(clause, match.end(1)):
            continue  # "anti-rabbit", "fetal calf serum", "Lamb found", "bovine serum albumin", "simian virus 40":
            # a reagent, a name or a product, not the animal studied
        named = next((n for n, pattern in _SPECIES_RES.items() if pattern.fullmatch(match.group(1))), None)
        whole = whole or " ".join([source.joined, " ".join(source.mesh), source.keywords])  # (only where one is named)
        if named is None or _SPECIES_RES[named].search(whole):
            continue
        root = re.escape(match.group(2)[:4].lower())
        other = re.compile(rf"\b(?:human|{_ANIMAL_ADJECTIVES}|toad|frog)\s+(?:(?:fetal|foetal|adult|neonatal)\s+)?"
                           rf"{root}\w*", re.I)
        titles = [s.text for s in source.sentences[:1] if s.source == "title"]
        found = [(i, m) for i, s in enumerate(source.sentences) for m in other.finditer(s.text)] or [
            (0, m) for title in titles for m in _ANY_SPECIES_TISSUE_RE.finditer(title)]  # or the title's species
        found = [(i, m) for i, m in found if not _names_species(clause, m.group().split()[0])]
        if found:  # (not a species the claim names itself: "bovine colostrum fed to rats")
            i, m = found[0]
            return match.group(), m.group(), i
    return None


_PRODUCT_RE = re.compile(r"['\u2019]?s?\s+(?:serum\s+albumin|albumin|colostrum|insulin|collagen|gelatin|thrombin|"
                         r"trypsin|heparin|surfactant|pericardi\w*|viruse?s?|influenza|flu|pox|leuk\w*\s+virus|"
                         r"immunodeficiency|spongiform|growth\s+hormone|submaxillary|immunoglobulin)\b", re.I)
_HUMAN_WORDS_RE = re.compile(r"\b(?:humans?|man|men|women|patients?|people|persons?|subjects?|volunteers?|children|"
                             r"adults?|infants?)\b", re.I)


def _names_species(clause: str, word: str) -> bool:
    """Does the claim name the species of a word ("human", "porcine") anywhere?"""
    if word.lower() == "human":
        return bool(_HUMAN_WORDS_RE.search(clause))
    return any(pattern.fullmatch(word) and pattern.search(clause) for pattern in _SPECIES_RES.values())


_ANY_SPECIES_TISSUE_RE = re.compile(rf"\b(?:human|{_ANIMAL_ADJECTIVES}|toad|frog)\s+(?:(?:fetal|foetal|adult|neonatal)"
                                    rf"\s+)?[a-z]{{4,}}", re.I)


_WITH_RE = re.compile(r"\b(with|without|after|following)\s+(?:an?\s+|any\s+|known\s+|documented\s+|prior\s+|"
                      r"a\s+history\s+of\s+)?"
                      r"([^\W\d_][\w-]*)(?:\s+([^\W\d_][\w-]*))?", re.I)


def with_without(clause: str, source: SourceText) -> tuple[str, str, int] | None:
    """"With a penicillin allergy" where the abstract only speaks of people "without penicillin allergy"
    (or the other way round; "after neoadjuvant chemotherapy" is "with" it): the claim's phrase, the abstract's,
    and its sentence."""
    for match in _WITH_RE.finditer(clause):
        words = [w for w in match.group(2, 3) if w and w.lower() not in STOP_WORDS]
        if not words or len(words[0]) < 4:
            continue
        written = match.group(1).lower()
        said = "without" if written == "without" else "with"
        for size in (len(words), 1):
            phrase = r"[\s-]+".join(re.escape(w) for w in words[:size])
            pattern = re.compile(rf"\b(with|without)\s+(?:an?\s+|any\s+|known\s+|documented\s+|prior\s+|"
                                 rf"a\s+history\s+of\s+)?{phrase}\b", re.I)
            hits = [(m, i) for i, s in enumerate(source.sentences) for m in pattern.finditer(s.text)]
            if not hits:
                continue
            texts = [source.sentences[i].text for _, i in hits]
            guard = rf"\b{written}\b" if written in ("with", "without") else \
                r"\bwith(?:\s+(?:or|and)\s+|/)without\b"  # "after X" against "stained with": only "with or without"
            if any(m.group(1).lower() == said for m, _ in hits) or any(re.search(guard, text, re.I) for text in texts) \
                    or written not in ("with", "without") and any(re.search(
                        rf"\b(?:after|following|with|under|of)\s+(?:[\w/-]+\s+){{0,3}}?{phrase}\b", s.text, re.I)
                        for s in source.sentences):
                break  # the abstract says it the claim's way too ("following fixation in acetone"), or "with or
                # without"
            m, i = hits[0]
            return " ".join(match.group().split()), " ".join(m.group().split()), i
    return None
