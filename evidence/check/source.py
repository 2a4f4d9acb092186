"""A cited work read once for the flags: its sentences, their topic words, its abbreviations and MeSH.

Topic words are folded, British spellings mapped to American and cut to a short prefix, so
"tumours" meets "tumor" and "remineralisation" meets "remineralization" without a stemmer's
tables. Abbreviations the abstract defines ("triple-negative breast cancer (TNBC)") are read
from the text itself and make the short and the long form meet in both directions.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, TypeVar, cast

from evidence.check.sentences import norm_phrase_text, split_sentences
from evidence.latex import to_text
from evidence.model import Entry, fold

_T = TypeVar("_T")


def word_set(text: str) -> frozenset[str]:
    """A set of words written as one string (for the word lists below and in the flag modules)."""
    return frozenset(text.split())


_LABEL_RE = re.compile(r"^[A-Z][A-Z &/,-]{2,40}:\s+")
#: A word as the flags read one: letters and digits, with one inner apostrophe ("patient's", "O'Neill").
TOKEN_RE = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)?")
STOP_WORDS = word_set("""a an the of in on at to for from by with and or but not no nor as is are was were be been being
has have had do does did this that these those it its their them they we our us he she his her which who whom
whose what when where while than then there here into onto over under up down out about after before between
also only such both each per via vs versus among amongst within without whether either neither so if because
may might can could would should will shall must more most less least very much many some any all other others
compared compare comparison against relative using used use study studies studied patient patients participant
participants subject subjects individual individuals people group groups cohort case cases result results
found find show showed shown shows report reported reports significantly significant statistically p""")
_BRITISH = ((re.compile(r"our\b"), "or"), (re.compile(r"(?<=[a-z])is(e|ed|es|ing|ation)\b"), r"iz\1"),
            (re.compile(r"ae"), "e"), (re.compile(r"oe(?=[a-z])"), "e"),
            (re.compile(r"(?<=[a-z][tb])re$"), "er"))  # "fibre" meets "fiber", "titre" "titer", "centre" "center"
_WORD_RE = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")  # a word as written, hyphens and all ("iso-osmolar")
_ABBREV_RE = re.compile(r"\s\(([A-Za-z][A-Za-z0-9-]{1,9})s?(?:\)|[,;]\s)")  # "(CSS)", "(CSS, p = 0.038)"


_IRREGULAR = {"lives": "life", "wives": "wife", "knives": "knife",  # "half-lives" meets "half-life"
              "viruses": "virus", "viral": "virus", "fetuses": "fetus", "foetuses": "fetus", "fungi": "fungus",
              "fungal": "fungus", "muscular": "muscle",  # "far more bacterial than viral species" names viruses
              "mother": "matern", "mothers": "matern", "father": "patern", "fathers": "patern",  # "the mothers' T4"
              "fetal": "fetus", "foetal": "fetus"}  # is "maternal T4"
#: An ion's symbol with its charge ("[Mg2+]", "Ca2+", "K+") is its element (not "CA2", the hippocampal field).
_IONS = {"Mg": "magnesium", "Ca": "calcium", "Zn": "zinc", "Cu": "copper", "Na": "sodium", "K": "potassium"}
_ION_RE = re.compile(r"(?<![\w])(Mg|Ca|Zn|Cu)(?:2\+|\+\+)|(?<![\w])(Na|K)\+")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A topic key for one word: folded, American spelling, cut to six characters (cached: a
    manuscript's words repeat)."""
    word = fold(word)
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if len(word) > 5 and word.endswith("ies") and word not in ("series", "species"):
        word = word[:-3] + "y"  # "arteries" meets "artery", "studies" "study"
    elif len(word) > 4 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]  # "males" meets "male"
    for pattern, repl in _BRITISH:
        word = pattern.sub(repl, word)
    return word[:6]


def topic_words(text: str) -> set[str]:
    """The content words of ``text`` as topic keys (stop words and bare numbers dropped)."""
    out = set()
    for match in TOKEN_RE.finditer(text):
        word = match.group().lower()
        if word in STOP_WORDS or word.isdigit() or len(word) < 2:
            continue
        out.add(stem(word))
    return out


#: Abbreviations abstracts use without defining them ("WT-YBX1" for wild-type YBX1).
_UNDEFINED = {"WT": "wild type", "KO": "knockout", "HR": "hazard ratio", "CI": "confidence interval",
              "RCT": "randomized controlled trial", "RCTs": "randomized controlled trials", "BMI": "body mass index",
              "OS": "overall survival", "PFS": "progression free survival", "DFS": "disease free survival"}


_CAPS_RE = re.compile(r"\b[A-Z]{4,6}\b")  # (three letters spell too many runs of words by chance)
_JOINERS = frozenset({"and", "of", "the", "with", "in", "for", "to", "on", "or", "a", "an", "by"})
#: Words that end a name's run of initials: verbs, pronouns, determiners ("article is to describe", "we found").
_NOT_IN_NAMES = word_set("""is are was were be been has have had we our this that these those which who its their it
    after before between during than not also using used""")


def find_abbreviations(text: str) -> dict[str, str]:
    """``{"tnbc": "triple negative breast cancer"}``: each "long form (ABBR)" the text defines, and the
    few standard ones abstracts use undefined."""
    found: dict[str, str] = {}
    for match in _ABBREV_RE.finditer(text):
        abbr = match.group(1)
        if abbr.lower() in found or not any(c.isupper() for c in abbr):
            continue
        before = re.split(r"[.;:()\[\]]", text[max(0, match.start() - 120):match.start()])[-1]
        words = [w for w in re.split(r"[\s-]+", before) if w][-8:]
        letters = [c.lower() for c in abbr if c.isalpha()]
        long_form = _long_form(words, letters)
        if long_form:
            found[abbr.lower()] = norm_phrase_text(" ".join(long_form)).strip()
    for abbr, meaning in _UNDEFINED.items():  # the text's own definition ("heart rate (HR)") comes first
        if abbr.lower() not in found and re.search(rf"(?<![\w-]){abbr}(?!\w)", text):
            found[abbr.lower()] = meaning
    return found


def _long_form(words: list[str], letters: list[str]) -> list[str] | None:
    """The shortest tail of ``words`` whose initials cover the abbreviation's letters in order."""
    for start in range(len(words) - 1, -1, -1):
        tail = [w for w in words[start:] if w]
        initials = "".join(w[0].lower() for w in tail if w[0].isalpha())
        if not letters or not initials or initials[0] != letters[0]:
            continue
        pos = 0
        for ch in "".join(w.lower() for w in tail):
            if pos < len(letters) and ch == letters[pos]:
                pos += 1
        if pos == len(letters) and len(tail) >= max(1, len(letters) // 2):
            return tail
    return None


@dataclass
class SourceSentence:
    """One sentence of the title or abstract, with what the flags look up in it."""

    text: str
    source: str  # "title" | "abstract" | "other abstract" (NLM's partners' English one)
    norm: str  # norm_phrase_text(text), abbreviations expanded
    words: frozenset[str]  # topic keys


@dataclass
class SourceText:
    """What a cited work says, read once per run."""

    sentences: list[SourceSentence]
    abbreviations: dict[str, str]
    mesh: list[str]
    pubtype: str
    keywords: str
    _idf: dict[str, float] = field(default_factory=dict)
    _derived: dict[str, object] = field(default_factory=dict)
    sentence_cues: dict[int, Any] = field(default_factory=dict)  # direction.cues of each sentence, made once
    _expansions: dict[tuple[str, bool], tuple[str, set[str]]] = field(default_factory=dict)  # this claim's only

    def new_claim(self) -> None:
        """Forget what was expanded for the last claim: texts are expanded once per claim (the flag modules each ask
        for the claim's words), and never kept from one claim to the next."""
        self._expansions.clear()

    def derived(self, name: str, make: Callable[[], _T]) -> _T:
        """Anything a flag module reads from every sentence of this work (a joined text, a table of its
        figures), made once per work, not per claim."""
        if name not in self._derived:
            self._derived[name] = make()
        return cast(_T, self._derived[name])

    @property
    def joined(self) -> str:
        """Every sentence's text in one string, made once: for a phrase looked up anywhere in the work."""
        return self.derived("text", lambda: " ".join(s.text for s in self.sentences))

    @property
    def all_words(self) -> frozenset[str]:
        """The topic words of every sentence together, made once."""
        return self.derived("all-words", lambda: frozenset().union(*(s.words for s in self.sentences)))

    def respelled(self, text: str) -> str:
        """``text`` with each long word the abstract spells one letter differently written its way
        ("chlorpromazine" where the abstract has "chloropromazine"): a misprint on either side is still the
        same drug, gene or place. Words of nine letters or more whose first four and last three letters agree
        only, so that "infection" and "injection", "antagonist" and "antagonism" stay apart."""
        spelled = self.derived("long-words", lambda: frozenset(
            w.lower() for s in self.sentences for w in re.findall(r"[^\W\d_]{9,}", s.text)))

        def one(match: re.Match[str]) -> str:
            word = match.group().lower()
            if word in spelled:
                return match.group()
            near = [w for w in spelled if w[:4] == word[:4] and w[-3:] == word[-3:]
                    and _one_letter_apart(word, w)]  # (not "infected"/"injected", "dysphagia"/"dysphasia")
            return near[0] if len(near) == 1 else match.group()
        return re.sub(r"[^\W\d_]{9,}", one, text)

    @property
    def has_abstract(self) -> bool:
        return any(s.source in ABSTRACTS for s in self.sentences)

    def expand(self, text: str, *, own: bool = False) -> str:
        """``text`` normalised, each defined abbreviation followed by its long form and vice versa; a writer's
        abbreviation the abstract never uses is spelled out from the abstract's words with its initials (not in
        the work's ``own`` text)."""
        return self._expanded(text, own)[0]

    def _expanded(self, text: str, own: bool) -> tuple[str, set[str]]:
        """``expand``'s text, and the topic keys of the writer's abbreviations it spelled out."""
        known = self._expansions.get((text, own))
        if known is None:
            known = self._expansions[(text, own)] = self._expand(text, own)
        return known[0], set(known[1])

    def _expand(self, text: str, own: bool) -> tuple[str, set[str]]:
        if not own:
            text = self._hyphenated_as_abstract(text)
        if "+" in text:  # (most texts hold no ion: skip the substitution)
            text = _ION_RE.sub(lambda m: f"{m.group()} {_IONS[m.group(1) or m.group(2)]}", text)
        norm = norm_phrase_text(text)
        spelled: set[str] = set()
        if not own:
            for abbr in _CAPS_RE.findall(text):
                long_form = self._spelled_out(abbr)
                if long_form and f" {abbr.lower()} " in norm:
                    norm = norm.replace(f" {abbr.lower()} ", f" {abbr.lower()} {long_form} ")
                    spelled.add(stem(abbr.lower()))
        for abbr, long_form in self.abbreviations.items():
            if f" {abbr} " in norm or f" {abbr}s " in norm:
                norm = norm.replace(f" {abbr} ", f" {abbr} {long_form} ").replace(f" {abbr}s ", f" {abbr} {long_form} ")
            elif f" {long_form} " in norm or f" {long_form}s " in norm:
                norm = norm.replace(f" {long_form} ", f" {long_form} {abbr} ").replace(
                    f" {long_form}s ", f" {long_form}s {abbr} ")
        return norm, spelled

    def _hyphenated_as_abstract(self, text: str) -> str:
        """``text`` with each word the abstract writes with a hyphen where the writer wrote none, or the other way
        round, written the abstract's way ("iso-osmolar" where the abstract has "isoosmolar"): one word, two
        spellings, which would otherwise read as words the abstract never has."""
        words, split = self.derived("hyphenated", self._hyphenations)

        def one(match: re.Match[str]) -> str:
            word = match.group()
            low = word.lower()
            if low in words:
                return word
            if "-" in word:
                glued = low.replace("-", "")
                return glued if len(glued) >= 6 and glued in words else word
            return split.get(low, word)
        return _WORD_RE.sub(one, text)

    def _hyphenations(self) -> tuple[frozenset[str], dict[str, str]]:
        """The abstract's words as written, and its hyphenated words by their letters ({"isoosmolar":
        "iso-osmolar"}) where it never writes them unbroken."""
        words = frozenset(w.lower() for s in self.sentences for w in _WORD_RE.findall(s.text))
        split = {w.replace("-", ""): w for w in words if "-" in w and len(w) >= 7}
        return words, {glued: w for glued, w in split.items() if glued not in words}

    def _spelled_out(self, abbr: str) -> str | None:
        """"ACDF" where the abstract says "anterior cervical discectomy and fusion" and never "ACDF"."""
        key = abbr.lower()
        if key in self.abbreviations:
            return None
        table = self.derived("initials", self._initials)
        return table.get(key)

    def _initials(self) -> dict[str, str]:
        """Each run of content words in the abstract (joined by "and", "of", "the" ...) by its initials, for the
        abbreviations it never uses: a run of four to six words of three letters or more within one phrase (no verb
        or pronoun in it, no punctuation across it). When two different runs share initials, neither is used."""
        table: dict[str, str] = {}
        seen: set[str] = set()
        for sentence in self.sentences:
            seen.update(w.lower() for w in re.findall(r"[^\W\d_]+", sentence.text))
            for phrase in re.split(r"[,;:()\[\].]", sentence.text):
                words = re.findall(r"[^\W\d_]+", phrase)
                for start in range(len(words)):
                    self._runs_from(words, start, table)
        return {k: norm_phrase_text(v).strip() for k, v in table.items() if v and k not in seen}

    @staticmethod
    def _runs_from(words: list[str], start: int, table: dict[str, str]) -> None:
        if words[start].lower() in _JOINERS:
            return
        initials = ""
        for end in range(start, min(len(words), start + 9)):
            word = words[end].lower()
            if word in _JOINERS:
                continue
            if len(word) < 3 or word in _NOT_IN_NAMES:
                return
            initials += word[0]
            if len(initials) > 6:
                return
            if len(initials) >= 4:
                phrase = " ".join(w.lower() for w in words[start:end + 1])
                table[initials] = phrase if table.get(initials, phrase) == phrase else ""

    def claim_words(self, text: str) -> set[str]:
        """Topic keys of a claim, with the abstract's abbreviations expanded (a writer's own abbreviation that the
        abstract only spells out gives way to its long form: the abstract never has the short one)."""
        norm, spelled = self._expanded(text, own=False)
        return topic_words(norm) - spelled

    def weight(self, words: set[str] | frozenset[str]) -> float:
        """How much ``words`` say about this work: the sum of their idf over its sentences
        (a word the abstract never uses weighs as much as its rarest)."""
        if not self._idf:
            n = len(self.sentences)
            df = Counter(w for s in self.sentences for w in s.words)
            self._idf = {w: math.log(1 + (n - c + 0.5) / (c + 0.5)) for w, c in df.items()}
        return math.fsum(self._idf.get(w, 0.0) for w in words)  # fsum: the same total in any set order

    def rank(self, words: set[str], *, abstract_only: bool = False) -> list[tuple[float, int]]:
        """Sentences by the idf-weighted share of ``words`` they hold, best first; ties keep text order."""
        self.weight(set())
        scored = []
        for i, sentence in enumerate(self.sentences):
            if abstract_only and sentence.source not in ABSTRACTS:
                continue
            shared = words & sentence.words
            score = math.fsum(self._idf.get(w, 0.0) for w in shared) / (1 + 0.02 * len(sentence.words))
            scored.append((score, i))
        scored.sort(key=lambda pair: (-pair[0], pair[1]))
        return scored

    def haystack(self) -> str:
        """Title, abstract, keywords and MeSH as one normalised string, abbreviations expanded."""
        return " ".join([s.norm for s in self.sentences] + [self.expand(self.keywords, own=True)]
                        + [self.expand(m, own=True) for m in self.mesh])


#: Where an abstract's sentence is: the journal's abstract, or the English one NLM's partners added beside it.
ABSTRACTS = ("abstract", "other abstract")


def abstract_parts(entry: Entry) -> tuple[str, str]:
    """The abstract and NLM's other English abstract as plain text, line by line (LaTeX markup converted):
    a claim may rest on either, as PubMed shows both."""
    def plain(name: str) -> str:
        return "\n".join(to_text(line) for line in entry.get(name).split("\n"))
    return plain("abstract"), plain("otherabstract")


def abstract_text(entry: Entry) -> str:
    """The abstract, then the other English abstract, one paragraph a line."""
    return "\n".join(part for part in abstract_parts(entry) if part)


def abstract_sentences(entry: Entry) -> list[tuple[str, str, str]]:
    """(sentence, where, its paragraph's label) of both abstracts: where is one of ``ABSTRACTS``, the label a
    structured abstract's ("RESULTS: ...", "" for none); read by the flags and the evidence ranking alike."""
    out = []
    for part, where in zip(abstract_parts(entry), ABSTRACTS, strict=True):
        for para in part.split("\n"):
            label = _LABEL_RE.match(para.strip())
            para = para.strip()[label.end():] if label else para.strip()
            for start, end in split_sentences(para):
                sentence = " ".join(para[start:end].split())
                if sentence:
                    out.append((sentence, where, label.group() if label else ""))
    return out


def read_source(entry: Entry) -> SourceText:
    """Split the entry's title and abstract into sentences and read what the flags need."""
    raw: list[tuple[str, str]] = []
    if entry.title:
        raw.append((to_text(entry.title), "title"))
    raw += [(sentence, where) for sentence, where, _ in abstract_sentences(entry)]
    abbreviations = find_abbreviations(" ".join(s for s, _ in raw))
    mesh = [to_text(m).strip().rstrip("*") for m in re.split(r";\s*", entry.get("mesh")) if m.strip()]
    text = SourceText([], abbreviations, mesh, fold(entry.text("pubtype")), to_text(entry.get("keywords")))
    for sentence, where in raw:
        norm = text.expand(sentence, own=True)
        text.sentences.append(SourceSentence(sentence, where, norm, frozenset(topic_words(norm))))
    return text


def quote(sentence: str, limit: int = 220) -> str:
    """A sentence for a flag message: quoted, cut at a word if long."""
    if len(sentence) > limit:
        sentence = sentence[:limit].rsplit(" ", 1)[0] + " ..."
    return f'"{sentence}"'


def _one_letter_apart(a: str, b: str) -> bool:
    """One letter added, dropped or changed (not two swapped)."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    at = next((i for i, (x, y) in enumerate(zip(short, long_[:len(short)], strict=True)) if x != y), len(short))
    return short[at:] == long_[at + 1:]
