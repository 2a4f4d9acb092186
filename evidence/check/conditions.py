"""Diseases a claim names: ones the title, abstract, keywords and MeSH never name, or name only in passing.

"Nasopharyngeal carcinoma" in a claim about a study of gastric cancer is a swapped population even when no
member of a closed group (age, sex, species...) is involved; a disease the abstract mentions only as background
("response to TKIs in lung cancer patients" in a study of nasopharyngeal carcinoma) is flagged with the sentence
that says who was studied.
"""

from __future__ import annotations

import re

from evidence.check.numberwords import spelled_value
from evidence.check.populations import GROUPS, SITE_KEYS
from evidence.check.source import STOP_WORDS, SourceText, stem, word_set
from evidence.model import fold

_HEADS = (r"cancers?|carcinomas?|leuka?emias?|lymphomas?|melanomas?|sarcomas?|myelomas?|diseases?|disorders?|"
          r"syndromes?|infections?|vasculitis|hepatitis|diabetes|malaria|purpura|ulcers?|ana?emias?|epileps(?:y|ies)|"
          r"hypertension|angina")
#: Heads named for a sign more than a disease: what comes before a verb's form ("patients treated for ...", "those
#: developing ...") is what happened to the people, not which hypertension or angina.
_SIGN_HEADS_RE = re.compile(r"hypertension|angina", re.I)
_SIGN_GENERIC = frozenset(stem(w) for w in ("persistent", "sustained", "established"))  # (not "chronic": "chronic
# hypertension" is not pregnancy-induced)
_HEAD_RE = re.compile(rf"\b(?P<mods>(?:[\w'\u2019]+[\s-]+){{1,4}}?)(?P<head>{_HEADS})\b(?!-)", re.I)
#: How sure a diagnosis is: no kind of the disease, unless the abstract says it of the disease with another of them
#: ("probable Alzheimer's disease" where the abstract has "possible Alzheimer's disease").
_CERTAINTY = frozenset(stem(w) for w in word_set("known definite confirmed established suspected probable possible "
                                                 "documented proven frank overt"))
#: The hidden forms a frank disease is told apart from ("overt" against "subclinical hypothyroidism").
_HIDDEN = frozenset(stem(w) for w in word_set("subclinical latent occult"))
_GENERIC = frozenset(stem(w) for w in word_set("""advanced early late stage metastatic unresectable newly diagnosed
    severe moderate mild active de novo locally primary recurrent refractory relapsed untreated treated sporadic onset
    positive negative mutated invasive developed develop develops developing cause causes caused causing
    prevent prevents prevented treat treats treated treating against progressive better worse
    the a an with of in and or for from by to patients people among than compared their who had have
    more less most all its this these those other common commonest frequent rare young younger old older elderly
    several various numerous many some certain different diverse earlier previous prior past
    clinical arterial systemic""")) | _CERTAINTY
# ("young lymphoma patients": an age, told by the age readings, not a kind of lymphoma)
_SYNONYM = {stem(w): "cancer" for w in ("cancer", "carcinoma", "tumour", "tumor", "neoplasm", "malignancy")}


def _stems(text: str) -> list[str]:
    out = []
    for word in re.findall(r"[^\W_]+", fold(text)):
        key = stem(word)
        out.append(_SYNONYM.get(key, key))
    return out


_POPULATION_KEYS = frozenset(stem(w) for group in ("nationality", "ethnicity", "species") for m in GROUPS[group]
                             if m.name not in ("humans", "cells in vitro")  # ("small cell lung cancer" keeps "cell")
                             for p in m.triggers + m.also if group != "species" or " " not in p
                             for w in p.split())  # ("mouse lymphoma": murine lymphoma; "Guinea worm disease" keeps
# "guinea", as only the one-word names of animals are left out)
_CUT = word_set("with of in and or for than to from by among the a an who had have patients people was were "
                 "describe describes report reports show shows find finds note notes noted observe observes "
                 "observed study studies examine examines "
                 "is are at on versus vs cause causes caused causing develop develops developed prevent prevents "
                 "prevented treat treats predict predicts predicted raise raises raised reduce reduces reduced "
                 "increase increases increased lower lowers lowered leads led every each any all country countries "
                 "region regions western eastern northern southern world worldwide higher high greater overall total "
                 "excess elevated more less fewer took take takes taken gave give gives chose saw found made became "
                 "showed shown used using included includes studied examined described reported analysed analyzed "
                 "selected given giving fed induced inducing detect detects detected detecting identify identifies "
                 "identified distinguish distinguishes distinguished "
                 "although though whereas yet since unless until "
                 "cut told kept put brought thought felt met held won lost got ran rose fell grew drew knew bore "
                 "resemble resembles resembled mirror mirrors mirrored mimic mimics mimicked "
                 "heal heals healed correct corrects corrected reverse reverses reversed control controls controlled "
                 "help helps helped improve improves improved drive drives drove herald heralds heralded undergo "
                 "undergoes undergoing underwent")
# (not "left", "set" or "once": "left-sided colorectal cancer", "once-weekly")
# ("gene causes [colon cancer]", "rats given [...]", "the panel detected [muscle-invasive disease]")


def missing_conditions(clause: str, source: SourceText) -> list[str]:
    """Disease names in the claim ("nasopharyngeal carcinoma") that the source never names."""
    hay_text = source.derived("condition-stems", lambda: " " + " ".join(_stems(
        " ".join(s.text for s in source.sentences) + " " + " ".join(source.mesh) + " "
        + " ".join(source.abbreviations.values()))) + " ")
    missing = []
    for match, words, keys, head in _conditions(clause, source):
        phrase = " " + " ".join(keys + [head]) + " "
        if _only_negated(hay_text, phrase) or any(not _named(k, hay_text) for k in keys) \
                or _surer_otherwise(words, phrase, hay_text):
            missing.append(" ".join(words + [match.group("head")]))
    for match in _NAMED_HEAD_RE.finditer(clause):  # "adults with type 2 diabetes": the disease itself, whatever
        if not _named(_stems(match.group())[0], hay_text) and not any(match.group() in m for m in missing):
            missing.append(match.group())  # its modifiers say (not "cancer" or "disease": any study has one)
    return missing


_NAMED_HEAD_RE = re.compile(r"\b(?:diabetes|malaria|hepatitis|vasculitis|purpura|leuka?emias?|lymphomas?|melanomas?|"
                            r"sarcomas?|myelomas?)\b", re.I)


def _surer_otherwise(words: list[str], phrase: str, hay_text: str) -> bool:
    """"Probable Alzheimer's disease" where the abstract's is "possible Alzheimer's disease"; "overt" where it is
    "subclinical"."""
    mine = {stem(w.lower()) for w in words} & _CERTAINTY
    return bool(mine) and not any(f" {m}{phrase}" in hay_text for m in mine) and any(
        f" {other}{phrase}" in hay_text for other in (_CERTAINTY | _HIDDEN) - mine)


#: A disease's name that covers others: "peptic ulcer" is met by a gastric or duodenal one.
_BROADER = {stem("peptic"): (stem("gastric"), stem("duodenal"))}


def _named(key: str, hay_text: str) -> bool:
    """Is the word (a topic key) in the source, itself or as another word for the same organ ("renal": kidney)?"""
    return f" {key} " in hay_text or any(f" {other} " in hay_text for other in SITE_KEYS.get(key, ())
                                         + _BROADER.get(key, ()))


#: A sentence that says who was studied: a count of people or specimens, or "we included/enrolled ...".
_STUDIED_RE = re.compile(r"\b(?:\d+|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Tt]welve|"
                         r"[Tt]wenty|[Tt]hirty|[Ff]orty|[Ff]ifty|[Ss]ixty|[Ss]eventy|[Ee]ighty|[Nn]inety|[Hh]undred)\b"
                         r"(?![\s-]*(?:%|days?|weeks?|months?|years?|hours?|mg))[^.;]{0,80}?\b(?:patients|cases|"
                         r"specimens|samples|subjects|women|men|children|participants|"
                         r"tumou?rs|individuals|biopsies|recipients|adults|carcinomas|controls)\b|"
                         r"\b(?:patients|cases|subjects|women|men|children|participants|individuals|adults)\s*"
                         r"\((?:n\s*=\s*)?\d[\d,]*\)|\b(?:we\s+(?:studied|"
                         r"included|enrolled|recruited|analy[sz]ed|examined|investigated)|were\s+(?:included|enrolled|"
                         r"recruited|analy[sz]ed|examined|studied))\b", re.I)


_WHO_BEFORE_RE = re.compile(r"\b(?:patients|people|individuals|subjects|women|men|children|adults|those|cases|"
                            r"participants|recipients)\s+with\s+(?:[\w'-]+\s+){0,4}$|\bin\s+(?:[\w'-]+\s+){0,4}$", re.I)
_WHO_AFTER_RE = re.compile(r"\s+(?:patients|cases|specimens|samples|survivors|subjects)\b", re.I)


def passing_conditions(clause: str, source: SourceText) -> list[tuple[str, int]]:
    """Disease names in the claim that the abstract gives only in passing ("response to TKIs in lung
    cancer patients" in a study of nasopharyngeal carcinoma): not in the title, the MeSH, nor any
    sentence that says who was studied. With the sentence that does say who was studied."""
    found = [c for c in _conditions(clause, source) if _WHO_BEFORE_RE.search(clause[:c[0].start("head")])
             or _WHO_AFTER_RE.match(clause, c[0].end())]
    if not found:
        return []  # "H. pylori causes gastric cancer": a topic, not who was studied
    shown = source.derived("studied-first", lambda: next(
        (i for i, s in enumerate(source.sentences) if s.source != "title" and _STUDIED_RE.search(s.text)), -1))
    if shown < 0:
        return []  # no sentence says who was studied: nothing to set the claim against
    where = source.derived("studied-stems", lambda: " " + " ".join(_stems(" ".join(
        s.text for i, s in enumerate(source.sentences) if s.source == "title" or _STUDIED_RE.search(s.text)
        or s.source == "abstract" and (i == len(source.sentences) - 1 or source.sentences[i + 1].source != "abstract"))
        + " "  # (the abstract's last sentence says whom
        # its conclusion is for)
        + " ".join(source.mesh) + " " + " ".join(source.abbreviations.values()))) + " ")
    return [(" ".join(words + [match.group("head")]), shown) for match, words, keys, _head in found
            if not all(f" {k} " in where for k in keys)]


#: Words after which "to" opens an infinitive: "appear to curb cancer", "help to prevent disease".
_TAKES_INFINITIVE = word_set("""appear appears appeared seem seems seemed help helps helped able unable used serve
    serves served try tries tried aim aims aimed designed tend tends tended likely unlikely fail fails failed shown
    found thought known expected intended sought attempt attempts attempted want wants wanted need needs needed
    ability capacity potential strategies way ways how""")


def _conditions(clause: str, source: SourceText) -> list[tuple[re.Match[str], list[str], list[str], str]]:
    """The claim's disease names: the match, its words, their keys and the head's key."""
    out = []
    for match in _HEAD_RE.finditer(clause):
        words = re.findall(r"[\w'\u2019]+", match.group("mods"))
        cut = max((i + 1 for i, w in enumerate(words) if w.lower() in _CUT or w.lower() in STOP_WORDS
                   or re.search(r"\d", w) or spelled_value(w) is not None), default=0)
        cut = max([cut] + [i + 1 for i, w in enumerate(words) if re.search(r"ly$", w, re.I)
                           or re.search(r"['\u2019]s$", w) and i < len(words) - 1])  # not "Hodgkin's lymphoma"
        sign = bool(_SIGN_HEADS_RE.fullmatch(match.group("head")))
        if sign:
            cut = max([cut] + [i + 1 for i, w in enumerate(words) if re.search(r"(?:ed|es|ing)$", w, re.I)])
        if 1 < cut < len(words) and words[cut - 1].lower() == "to" and words[cut - 2].lower() in _TAKES_INFINITIVE \
                and words[cut].islower():
            cut += 1  # "appear to curb cancer cell growth": what the drug does to cancer, not a kind of cancer
        words = [w for w in words[cut:] if not w.isupper() or w.lower() in source.abbreviations]  # "chiefly",
        # "Taiwan's": how or whose, not which disease
        while len(words) > 1 and re.search(r"(?:ed|ised|ized)$|^(?:well|poorly|newly|highly)$", words[0], re.I):
            words = words[1:]  # "well-characterised prostate cancer": how the cases were, not which disease
        if words and re.match(r"(?:ris|increas|grow|declin|fall|emerg|worsen|improv|decreas|spread)ing$", words[0],
                              re.I):
            words = words[1:]  # "rising melanoma incidence": a trend, not a kind of melanoma
        words = words[-4:] if len(words) >= 4 and words[-4].lower() == "non" else words[-3:]  # "non-small cell lung"
        while len(words) > 1 and re.search(r"(?:ed|ised|ized)$", words[0], re.I):
            words = words[1:]  # "plasma [separated] obligate Fabry disease": the verb before the disease's name
        keys = [k for k in _stems(" ".join(words)) if k not in _POPULATION_KEYS]
        if sign:
            keys = [k for k in keys if k not in _GENERIC and k not in _SIGN_GENERIC]  # "pulmonary [arterial]
            # hypertension", "[chronic] stable angina": which one, said in words any abstract may leave out
        while keys and (keys[0] in _GENERIC or keys[0].isdigit()):
            keys = keys[1:]
        if keys:
            out.append((match, words, keys, _stems(match.group("head"))[0]))
    return out


def _only_negated(hay_text: str, phrase: str) -> bool:
    """Every occurrence of ``phrase`` follows "non" ("non small cell lung cancer" is not "small cell")."""
    spots = [m.start() for m in re.finditer(re.escape(phrase), hay_text)]
    return bool(spots) and all(hay_text[max(0, s - 4):s].endswith("non") for s in spots)
