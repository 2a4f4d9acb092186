"""Universals ("all", "every", "most", "invariably") held against the on-topic sentences: a share below the
whole, "only" or another limit, a non-significant result, a risk rather than a certainty, named exceptions."""

from __future__ import annotations

import re

from evidence.check.numberwords import SMALL, number_value
from evidence.check.quantities import Quantity
from evidence.check.significance import nonsignificant
from evidence.check.source import topic_words

#: After "all": not "in all probability", a likelihood (the lookbehind sees "in all" only).
_NOT_LIKELIHOOD = r"(?!(?<=[Ii]n\s[Aa]ll)\s+(?:probability|likelihood)\b)"
_ALL_RE = re.compile(r"\b(?!ALL\b)([Aa]ll" + _NOT_LIKELIHOOD + r"|"
                     r"[Ee]very(?!\s+(?:\w+[\s-])?(?:\d|one|two|three|four|six|twelve|day|week|month|year|other|hour))|"
                     r"[Aa]lways|[Cc]onsistently|[Uu]niformly|[Ii]nvariably|[Uu]niversally|"
                     r"[Ww]ithout\s+(?:a\s+single\s+)?exception|"
                     r"in\s+general(?=\s*[,.;:)]|\s*$))\b"
                     r"(?![\s-]+causes?\b)"
                     r"(?!\s+but\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|\d+)\b)")
# ("deaths from all causes": all-cause mortality; "all but one": a count, not all; "in general" ending a phrase,
# not "in general practice"; "in all probability": a likelihood, not a universal)
_MAJORITY_RE = re.compile(r"\b(?:the\s+)?majority\s+of|\bmost\s+of\b|\bin\s+most\b|"
                          r"\bmost\s+(?=(?:patients|participants|cases|studies|individuals|people|children|women|men|"
                          r"subjects|samples|tumou?rs)\b)|\bmost\s+(?=[a-z]{3,}s\b)|"
                          r"^Most\s+(?=(?:[a-z-]+\s+){1,2}[a-z]{3,}s\s+(?!(?:was|were|is|are)\b)[a-z]+)", re.I)
#                          ("Most common duct stones pass spontaneously"; not "Most common side effects were")
_MOST_RE = re.compile(r"\b((?<!the )most(?!\s+(?:\w+ly|\w+est|often|common)\b)|the majority of|majority)\b",
                      re.I)  # "the most common cause" is a superlative, not a majority
_LIMIT_RE = re.compile(r"\b(?:only|some|subgroup|subset|majority|most|however|but|although|partial(?:ly)?|"
                       r"particularly|especially|in\s+selected|except|apart\s+from|with\s+the\s+exception)\b|"
                       r"\bin\s+(?:these|this|those|the\s+(?:studied|tested|examined))\s+(?:\w+\s+)?(?:cells?|lines?|"
                       r"models?|mice|rats|patients|cohorts?|populations?|samples?|settings?|tumou?rs)\b",
                       re.I)  # "in these cell lines": what was studied, not every cancer
# ("the scatter was too great for a statistically significant result")
_WHOM_RE = re.compile(r"^\s*(?:of\s+)?(?:whom|which|them|these|those)\s+(?:had|were|was|have)\s+")
_RISK_RE = re.compile(r"\b(?:risks?|likel\w*|probab\w*|often|frequent\w*|usually|commonly|tend\w*)\b", re.I)
_COUNTED_ALL_RE = re.compile(r"\s+(?:the\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                             r"twenty|thirty|forty|fifty|hundred)\b", re.I)
_EVERY_RE = re.compile(r"\b(?:all|every|each)\s+(?:(?:single|last)\s+)?(?:one\s+of\b|(?:patients?|limbs?|cases?|"
                       r"grafts?|participants?)\b)", re.I)
#: An outcome a universal can claim for everyone, and the abstract's count of those it failed.
_SUCCESS_RE = re.compile(r"\b(?:saved|salvaged|survived|healed|cured|recovered|succeeded|successful(?:ly)?|"
                         r"remained\s+(?:patent|alive|free)|went\s+into\s+remission)\b", re.I)
_FAILED_RE = re.compile(r"\b(?:[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|"
                        r"[Tt]welve|[Tt]wenty(?:-\w+)?|[Tt]hirty(?:-\w+)?|[Aa]nother|\d+)\s+(?:[a-z]+\s+){0,2}?(?:failures?|failed|"
                        r"died|deaths?|relapsed|recurred|amputations?|were\s+lost)\b")
_EXCEPT_RE = re.compile(r"\b(?:except|apart\s+from|with\s+the\s+exception\s+of|other\s+than)\b", re.I)


def counted_failures(clause: str, ranked: list[int], texts: dict[int, str]) -> tuple[str, str, int, str] | None:
    """"Every one of the limbs was saved" (or "all patients survived") where an on-topic sentence counts failures:
    "one failed at 3 months", "another patient died"."""
    every = _EVERY_RE.search(clause)
    own = every and re.split(r"[,;]|\b(?:while|whereas|but|although)\b", clause[every.end():])[0]
    if every is None or not _SUCCESS_RE.search(own or "") or re.search(r"\b(?:nearly|almost|virtually|not)\s+$",
                                                                     clause[:every.start()], re.I):
        return None
    failed = next((i for i in ranked[:8] if _FAILED_RE.search(texts[i])), None)
    return None if failed is None else _found(" ".join(every.group().split()), "the abstract counts failures", failed)


def _majority_near(clause: str, found: re.Match[str], ranked: list[int],
                   texts: dict[int, str]) -> tuple[str, int] | None:
    """"All" in the claim where an on-topic sentence says "the majority of" or "most of" about the
    same thing: the words around the two (within six either side) must share two topic words."""
    near = _around(clause, found.start(), found.end())
    for i in ranked[:8]:
        for match in _MAJORITY_RE.finditer(texts[i]):
            if len(near & _around(texts[i], match.start(), match.end())) >= 2:
                return " ".join(match.group().split()), i
    return None


def _said_of_all(clause: str, found: re.Match[str], ranked: list[int], texts: dict[int, str]) -> bool:
    """Does an on-topic sentence say it of all too, in any universal word ("positive in all cases of PCNSL"
    for the claim's "positive in every PCNSL case")? The words around the two must share two thirds of
    the claim's, so "all athletes met protein requirements" does not stand for "all met energy requirements"."""
    near = _around(clause, found.start(), found.end())
    return any(len(near & _around(texts[i], match.start(), match.end())) >= max(2.0, 2 * len(near) / 3)
               and not re.search(r"\bnot\s+$", texts[i][:match.start()], re.I)
               for i in ranked[:8] for match in _ALL_RE.finditer(texts[i]))


#: "17 met the criteria, and all of them died": an "all" that points back to a count the claim has just given.
_ALL_OF_THEM_RE = re.compile(r"\s+of\s+(?:them|whom|these|those)\b", re.I)
_COUNT_RE = re.compile(rf"\b(\d+|{SMALL})\b", re.I)
_ALL_COUNT_RE = re.compile(r"\ball\s+(?:of\s+)?(?:the\s+|these\s+|those\s+)?(\d+|[a-z]+)\b", re.I)


def _all_of_the_count(clause: str, found: re.Match[str], texts: dict[int, str]) -> bool:
    """"17 (6.3%) met the criteria, and all of them died" where the abstract says "All the 17 patients ... died":
    the claim's all is of its own count, and the abstract says it of the same count."""
    if not _ALL_OF_THEM_RE.match(clause, found.end()):
        return False
    before = re.sub(r"\([^)]*\)", " ", clause[:found.start()])  # (not the share in brackets)
    counts = _COUNT_RE.findall(before)
    value = number_value(counts[-1]) if counts else None  # (the nearest count before it)
    return value is not None and any(number_value(m.group(1)) == value for text in texts.values()
                                     for m in _ALL_COUNT_RE.finditer(text))  # (anywhere: the count says which)


def _all_the_same_count(clause: str, found: re.Match[str], told: re.Match[str], ranked: list[int],
                        texts: dict[int, str]) -> bool:
    """"In all three subjects" where an on-topic sentence says "in all 3 subjects" about the same thing (two topic
    words of the claim's around it in that sentence): the abstract says it of all of them, whatever else it adds."""
    value = number_value(told.group().split()[-1])
    near = _around(clause, found.start(), told.end())
    return value is not None and any(
        number_value(m.group(1)) == value and len(near & topic_words(texts[i])) >= 2
        for i in ranked[:8] for m in _ALL_COUNT_RE.finditer(texts[i]))


#: "did not break down trierucin at all", "no side effects at all": the negation made absolute, not a universal.
_AT_ALL_RE = re.compile(r"\s*(?:[.,;:)]|$)|\s+(?:in|on|to|and|but|even|with|after|during)\b", re.I)


def _at_all(clause: str, found: re.Match[str], top: list[int], texts: dict[int, str],
            quantities: dict[int, list[Quantity]]) -> tuple[str, str, int, str] | None:
    """"No side effects at all" says nothing was excepted: an abstract that names exceptions ("no side effects except
    for headache"), or, in a sentence naming what the claim denies, gives a share of it ("side effects were seen in
    6.8%") or counts a few ("only 3 relapsed") answers it; a concession does not ("although ... very low ...
    undetectable"), nor a change ("blood pressure fell by 12%"); nor a "no" inside a relative clause ("cells that
    received no siRNA at all": who they were)."""
    if _WHO_SAID_NO_RE.search(clause, 0, found.start()):
        return None
    denied = topic_words(" ".join(re.findall(r"[\w-]+", clause[:found.start()])[-3:]))
    for i in top[:2]:
        if _EXCEPT_RE.search(texts[i]):
            return _found(found.group(), "the abstract names exceptions", i)
        if not denied & topic_words(texts[i]):
            continue
        shares = [q.value for q in quantities.get(i, []) if q.unit == "%" and not q.bound and q.value > 0
                  and not re.search(r"\bby\s+$", texts[i][max(0, q.start - 4):q.start])]
        if shares:
            return _found(found.group(), f"the abstract gives {_pct(max(shares))}", i)
        if _ONLY_FEW_RE.search(texts[i]):
            return _found(found.group(), "the abstract reports a limit", i)
    return None


_WHO_SAID_NO_RE = re.compile(r"\b(?:that|who|which|whom)\s+(?:[\w-]+\s+){0,2}no\s+(?:[\w-]+\s+){0,3}$", re.I)
_ONLY_FEW_RE = re.compile(r"\bonly\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few)\b", re.I)


def _around(text: str, start: int, end: int) -> set[str]:
    return topic_words(" ".join(text[:start].split()[-6:] + text[end:].split()[:6]))


#: "only 11 of 58 patients, all with active disease": what the counted ones were, not a finding of all.
_DESCRIBED_RE = re.compile(r"\s+(?:with|having|aged|from)\b", re.I)


def _described(clause: str, found: re.Match[str]) -> bool:
    return bool(_DESCRIBED_RE.match(clause, found.end()) and re.search(r"\d[^,;.]*,\s*$", clause[:found.start()]))


#: "all the others were overweight": the rest of a share just given, not a universal.
_ALL_THE_REST_RE = re.compile(r"\s+(?:the\s+)?(?:others|rest|remainder)\b", re.I)


def find_universal(clause: str, top: list[int], texts: dict[int, str], norms: dict[int, str],
               quantities: dict[int, list[Quantity]], ranked_all: list[int]) -> tuple[str, str, int, str] | None:
    """"All"/"every"/"most" where the on-topic sentence gives a share, "only" or a non-significant result."""
    universal = next((m for m in _ALL_RE.finditer(clause) if not re.search(
        r"\b(?:of|nearly|almost|virtually|practically|not|above|after)\s+$", clause[:m.start()], re.I)
        and not _ALL_THE_REST_RE.match(clause, m.end()) and not _described(clause, m)), None)  # "nearly all",
    # "above all", "all the others"
    if universal and universal.group().lower() == "all" and re.search(r"\bat\s+$", clause[:universal.start()], re.I) \
            and _AT_ALL_RE.match(clause, universal.end()):
        return _at_all(clause, universal, top, texts, quantities)
    told = _COUNTED_ALL_RE.match(clause, universal.end()) if universal else None
    counted = told is not None  # "all ten patients":
    # a count, held against shares; a "but" in the sentence is no limit on it
    most = _MOST_RE.search(clause)  # (but "8-10% of all cancers" names the whole a share is of: no universal)
    if not universal and not most:
        return None
    found = universal or most
    assert found is not None
    word = found.group()
    following = re.match(r"\s+(?:the\s+|of\s+the\s+|an?\s+)?([^\W\d_]+)", clause[found.end():])  # ("always a
    # cavernous haemangioma": the noun, not its article)
    usage = rf"\b{re.escape(word)}\s+(?:\w+\s+)?{re.escape(following.group(1).lower())}" if following else \
        rf"\b{re.escape(word)}\b"
    if re.search(usage, texts[top[0]], re.I) or re.search(usage, norms[top[0]], re.I):
        return None
    noun = following.group(1).lower()[:4] if following else None
    if noun and _quantifies_itself(texts[top[0]], noun, universal is not None):
        return None  # "at every period" for "during all time periods"; "causes most mononucleosis" for "the most
        # common cause of infectious mononucleosis": the sentence quantifies the same thing itself
    if universal and (_said_of_all(clause, found, ranked_all, texts) or _all_of_the_count(clause, found, texts)
                      or told is not None and _all_the_same_count(clause, found, told, ranked_all, texts)):
        return None
    if universal:
        share = _majority_near(clause, found, ranked_all, texts)
        if share is not None:
            return _found(word, f"the abstract says '{share[0]}'", share[1])
        near = _around(clause, found.start(), found.end())
        excepted = next((i for i in ranked_all[:8] if _EXCEPT_RE.search(texts[i]) and _ALL_RE.search(texts[i])
                         and len(near & topic_words(texts[i])) >= 2), None)
        if excepted is not None and not _excepts_alike(clause, texts[excepted]):  # "survival improved for all
            # individual cancers except melanoma, ..." (not where the claim names the exceptions itself, before its
            # "all" or after it: "Apart from two myeloma plasmas ..., all the sera were negative")
            return _found(word, "the abstract names exceptions", excepted)
    hedged = _hedged(word, top, texts) if universal else None
    if hedged is not None:
        return hedged
    limit = 100.0 if universal else 50.0
    after = topic_words(" ".join(_WHOM_RE.sub(" ", clause[found.end():]).split()[:3]))  # "most of whom had UC"
    shares_of = {i: [q.value for q in quantities.get(i, []) if q.unit == "%" and not q.bound
                     and not _not_a_share(texts[i], q)] + [
        100 * q.value / q.whole for q in quantities.get(i, []) if q.unit == "fraction" and q.whole] for i in top[:2]}
    if universal and any(100.0 in shares for shares in shares_of.values()):
        return None  # "100% effective": the abstract says it of all, in a figure
    if told is not None:
        number = number_value(told.group().split()[-1])
        if number is not None and any(q.unit == "fraction" and q.value == number
                                      for i in top[:2] for q in quantities.get(i, [])):
            return None  # "all seven left the ICU alive" of "seven of 11 patients, all of whom survived": the
            # claim's all is the part, not the whole
        part = next(((q, i) for i in top[:2] for q in quantities.get(i, [])
                     if q.unit == "fraction" and q.whole is not None and q.whole == number and q.value < q.whole), None)
        if part is not None:  # "all nine" where the abstract has "eight of the nine": a count
            return _found(f"{word}{told.group()}", f"the abstract gives '{part[0].text}'", part[1], "number")
    for i in top[:2]:
        if universal and noun and _quantifies_itself(texts[i], noun, True, "all|every|each") and not shares_of[i]:
            continue  # "higher than PRNT titres in all tested samples" for "in every sample": said of all itself
            # (not "in all 23 patients in one group and in 20 of 23 in the other": a share of them too)
        if not universal and after and not after & topic_words(texts[i]):
            continue  # a share of something else: "21 of the 61 patients" had IL-6 measured
        shares = shares_of[i]
        if shares and max(shares) < limit and not _SCALE_RE.search(texts[i]):
            return _found(word, f"the abstract gives {_pct(max(shares))}", i)
        if universal and (not counted and _limited(clause, found, texts[i])
                          or nonsignificant(texts[i], quantities.get(i, []))):
            return _found(word, "the abstract reports a limit", i)
    return None


#: A percentage that is no share of the people or things counted: a mean of a measure ("recovery of CFU-C after
#: thawing averaged 50%"), or a solution's strength ("10% glucose infusion", "5% dextrose").
_MEAN_BEFORE_RE = re.compile(r"\b(?:averag(?:e|ed|es|ing)|mean|median)\s+(?:(?:of|was|were|is|=)\s+)?(?:about\s+)?$",
                             re.I)
_STRENGTH_AFTER_RE = re.compile(r"\s*(?:(?:constant|free|continuous|rate|intravenous|iv|aqueous|w/v|v/v)\s+){0,3}"
                                r"(?:glucose|dextrose|saline|ethanol|alcohol|sucrose|formalin|lidocaine|lignocaine|"
                                r"solution)\b", re.I)


def _not_a_share(text: str, quantity: Quantity) -> bool:
    return bool(_MEAN_BEFORE_RE.search(text[max(0, quantity.start - 30):quantity.start])
                or _STRENGTH_AFTER_RE.match(text, quantity.start + len(quantity.text)))


def _hedged(word: str, top: list[int], texts: dict[int, str]) -> tuple[str, str, int, str] | None:
    """"Invariably malignant" where the abstract says "carry a high risk of malignancy": a risk, not a certainty."""
    if re.match(r"(?:invariably|always|universally)$", word, re.I):
        risk = next((i for i in top[:2] if _RISK_RE.search(texts[i])), None)
        if risk is not None:
            return _found(word, "the abstract speaks of a risk, not a certainty", risk)
    return None


def _limited(clause: str, found: re.Match[str], text: str) -> bool:
    """Does the sentence set a limit the claim's universal does not draw itself? Not "whereas most others" where the
    claim says "whereas most others" too, nor "with the exception of MDA-134" where the claim says "except MDA-134"
    (or "apart from ..." before its "all")."""
    limit = _LIMIT_RE.search(text)
    if limit is None:
        return False
    if _ALL_RE.search(text) and re.search(rf"\b{re.escape(limit.group())}\b", clause, re.I):
        return False
    return not (_EXCEPT_RE.match(text, limit.start()) and _excepts_alike(clause, text))


def _excepts_alike(clause: str, text: str) -> bool:
    """Does the claim name the abstract's exception itself ("Apart from two myeloma plasmas" for "With the exception
    of two multiple myeloma plasma"), before its universal or after it? Not an exception of something else ("Apart
    from transient fever")."""
    def excepted(said: str) -> set[str]:
        return set().union(*(topic_words(re.split(r"[,;:]", said[m.end():])[0]) for m in _EXCEPT_RE.finditer(said)))
    return bool(excepted(clause) & excepted(text))


def _quantifies_itself(text: str, noun: str, universal: bool, words: str = "all|every|each|always|most") -> bool:
    """Does the sentence put its own quantifier on the claim's noun ("in all tested samples" for "every sample")?
    Not "most" where the claim's word is a universal and the sentence's "most" is a limit ("Most common duct stones
    pass" against "always pass")."""
    alike = re.search(rf"\b(?:{words}){_NOT_LIKELIHOOD}\s+(?:[\w-]+\s+){{0,4}}{re.escape(noun)}", text, re.I)
    return alike is not None and not (universal and alike.group().lower().startswith("most")
                                      and _MAJORITY_RE.match(text, alike.start()))


#: "scored as 'negative' (< 5% positive), '+1' (5-25% positive) ...": a scale's cut-offs, not a finding's share.
_SCALE_RE = re.compile(r"\b(?:scored|graded|classified|categori[sz]ed|defined|considered)\s+(?:[\w-]+\s+){0,6}?as\b",
                       re.I)


def _pct(value: float) -> str:
    return f"{value:.0f}%" if abs(value - round(value)) < 0.05 else f"{value:.1f}%"


def _found(word: str, reason: str, sentence: int, kind: str = "overreach") -> tuple[str, str, int, str]:
    return word, reason, sentence, kind
