"""Ranking the cited work's title, abstract and (when stored) full-text sentences against a claim with BM25."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from evidence.check.numberwords import number_words
from evidence.check.quantities import find_quantities
from evidence.check.results import EvidenceSentence, Flag, FoundInFullText
from evidence.check.sentences import WORD_RE, norm_phrase_text
from evidence.check.source import ABSTRACTS, abstract_sentences, find_abbreviations
from evidence.latex import to_text
from evidence.model import Entry

if TYPE_CHECKING:
    from evidence.sources.jats import Article

#: Text to search tokens (lower-cased, folded, stemmed); the orchestrator passes the search index's.
Analyzer = Callable[[str], list[str]]
#: An entry's stored open full text, or None (``FullTextStore.for_entry``); never fetches.
FullTextSource = Callable[[Entry], "Article | None"]
_LACKS = "not found in the title or abstract"  # the flags a full-text sentence can settle
#: What a structured abstract's section says of the claim's point: its background and aims set the question, its
#: results and conclusions answer it (a prior on the ranking, measured on the development claims: see README).
_ASKS_RE = re.compile(r"BACKGROUND|INTRODUCTION|OBJECTIVE|AIM|PURPOSE|CONTEXT|RATIONALE|IMPORTANCE")
_ANSWERS_RE = re.compile(r"RESULT|FINDING|CONCLUSION|INTERPRETATION")  # (not "MAIN OUTCOME MEASURES": methods)
_SECTION_WEIGHT = {"asks": 0.6, "answers": 1.2, "other abstract": 0.8}  # the main abstract first where both say it


def _section_weight(label: str) -> float:
    """The prior of a structured abstract's paragraph by its label (answers first: "CONCLUSIONS AND CLINICAL
    IMPORTANCE" answers); 1.0 without a label."""
    if _ANSWERS_RE.search(label):
        return _SECTION_WEIGHT["answers"]
    return _SECTION_WEIGHT["asks"] if _ASKS_RE.search(label) else 1.0


def bm25_scores(query: list[str], docs: list[list[str]], k1: float = 1.2, b: float = 0.75) -> list[float]:
    """Okapi BM25 of each tokenised doc for the query (idf floored at 0 by the +1 form)."""
    return Bm25(docs, k1, b).scores(query)


class Bm25:
    """BM25 over a fixed set of docs: their counts are read once, for the many claims that cite one work."""

    def __init__(self, docs: list[list[str]], k1: float = 1.2, b: float = 0.75) -> None:
        self.k1, self.b = k1, b
        self.n_docs = len(docs)
        self.avgdl = (sum(len(d) for d in docs) / self.n_docs or 1.0) if docs else 1.0
        self.df = Counter(t for d in docs for t in set(d))
        self.tfs = [Counter(d) for d in docs]
        self.lengths = [len(d) for d in docs]

    def scores(self, query: list[str]) -> list[float]:
        k1, b, n_docs, df = self.k1, self.b, self.n_docs, self.df
        terms = set(query)
        out = []
        for tf, length in zip(self.tfs, self.lengths, strict=True):
            parts = [math.log(1 + (n_docs - df[term] + 0.5) / (df[term] + 0.5)) * tf[term] * (k1 + 1)
                     / (tf[term] + k1 * (1 - b + b * length / self.avgdl)) for term in terms if term in tf]
            out.append(math.fsum(parts))  # exact whatever the set's order: equal sentences tie in every run
        return out


@dataclass
class _EntrySentences:
    sentences: list[tuple[str, str]]  # (text, source)
    tokens: list[list[str]]
    weights: list[float]  # each sentence's section prior (1.0 outside a structured abstract)
    abbreviations: dict[str, str]
    body_from: int = -1  # index of the first full-text sentence; -1: none
    pmcid: str = ""
    licence: str = ""
    _lowered: list[str] | None = None
    _bm25: Bm25 | None = None

    def bm25(self) -> Bm25:
        if self._bm25 is None:
            self._bm25 = Bm25(self.tokens)
        return self._bm25

    def find_in_body(self, term: str) -> int | None:
        """Index of the first full-text sentence holding ``term`` as a whole phrase (folded), or None.

        Sentences are folded only when their lower-cased text holds the term's words, since folding
        every sentence of 100 articles would cost more than the whole ranking."""
        needle = norm_phrase_text(term)
        words = needle.split()
        if not words or self.body_from < 0:
            return None
        if self._lowered is None:
            self._lowered = [text.lower() for text, _ in self.sentences]
        for i in range(self.body_from, len(self.sentences)):
            if all(w in self._lowered[i] for w in words) and needle in norm_phrase_text(self.sentences[i][0]):
                return i
        return None


class EvidenceRanker:
    """Picks the evidence sentences; caches analysed words and each entry's sentences for the run."""

    def __init__(self, analyze: Analyzer, *, max_evidence: int = 3, fulltext: FullTextSource | None = None) -> None:
        self._analyze = analyze
        self.max_evidence = max_evidence
        self._fulltext = fulltext
        self._word_tokens: dict[str, tuple[str, ...]] = {}
        self._entry_sentences: dict[int, _EntrySentences] = {}

    def _tokens_of_word(self, word: str) -> tuple[str, ...]:
        cached = self._word_tokens.get(word)
        if cached is None:
            cached = self._word_tokens[word] = tuple(self._analyze(word))
        return cached

    def tokens(self, text: str) -> list[str]:
        """Analysed tokens, word by word (cached), so highlights map back to words."""
        out: list[str] = []
        known = self._word_tokens  # full texts bring thousands of sentences: skip a call per known word
        for word in WORD_RE.findall(text):
            cached = known.get(word)
            out.extend(cached if cached is not None else self._tokens_of_word(word))
        return out

    def _sentences(self, entry: Entry) -> _EntrySentences:
        cached = self._entry_sentences.get(id(entry))
        if cached is not None:
            return cached
        sentences: list[tuple[str, str]] = []
        weights: list[float] = []
        if entry.title:
            sentences.append((to_text(entry.title), "title"))
            weights.append(1.0)
        for sentence, where, label in abstract_sentences(entry):
            sentences.append((sentence, where))
            weights.append(_section_weight(label) * (_SECTION_WEIGHT["other abstract"] if where != "abstract" else 1.0))
        article = self._fulltext(entry) if self._fulltext is not None else None
        body_from = -1
        if article is not None and article.open:
            body_from = len(sentences)
            has_abstract = any(source in ABSTRACTS for _, source in sentences)
            sentences += [(text, section) for section, text in article.sentences()
                          if not (has_abstract and section.startswith("Abstract"))]
            weights += [1.0] * (len(sentences) - len(weights))
        abbreviations = find_abbreviations(" ".join(s for s, _ in sentences))
        cached = _EntrySentences(sentences, [self.tokens(s) for s, _ in sentences], weights, abbreviations, body_from,
                                 article.pmcid if article else "", article.licence if article else "")
        self._entry_sentences[id(entry)] = cached
        return cached

    def evidence(self, clause: str, entry: Entry, pinned: Sequence[str] = ()) -> list[EvidenceSentence]:
        """The claim's best three sentences by BM25, from the abstract (or the body of an open full text): the
        report names the work by its title already, so the title is evidence only when there is nothing else
        (or a flag rests on it). The ``pinned`` sentences (those a flag rests on) always among them, in place of
        the weakest. No cut at a share of the best score: the sentence that shows a wrong claim its mistake
        often shares few of its words."""
        data = self._sentences(entry)
        query = self.tokens(clause) + self.tokens(_expansions(clause, data.abbreviations))
        if not query or not data.sentences:
            return []
        scores = [score * weight for score, weight in zip(data.bm25().scores(query), data.weights, strict=True)]
        ranked = sorted(range(len(scores)), key=lambda i: -scores[i])
        matching = [i for i in ranked if scores[i] > 0]
        chosen = ([i for i in matching if data.sentences[i][1] != "title"] or matching)[: self.max_evidence]
        where = {text: i for i, (text, _) in enumerate(data.sentences)}
        must = [where[text] for text in pinned if text in where]
        extra = [i for i in must if i not in chosen][: self.max_evidence]
        if extra:
            keep = [i for i in chosen if i in must] + [i for i in chosen if i not in must]
            chosen = sorted(keep[: self.max_evidence - len(extra)] + extra, key=lambda i: -scores[i])
        terms = set(query)
        out = []
        for i in chosen:
            text, source = data.sentences[i]
            spans, shared = [], []
            for match in WORD_RE.finditer(text):
                if any(t in terms for t in self._tokens_of_word(match.group())):
                    spans.append((match.start(), match.end()))
                    if match.group().lower() not in shared:
                        shared.append(match.group().lower())
            body = 0 <= data.body_from <= i
            out.append(EvidenceSentence(text, source, scores[i], tuple(shared), tuple(spans),
                                        data.pmcid if body else "", data.licence if body else ""))
        return out

    def settle(self, flags: Sequence[Flag], entry: Entry) -> tuple[list[Flag], list[FoundInFullText]]:
        """Flags that a specific is "not found in the title or abstract", checked against the full text:
        those the body gives become a quote ("found in Results: '...'"), the rest stay flags."""
        data = self._sentences(entry)
        if data.body_from < 0:
            return list(flags), []
        keep: list[Flag] = []
        found: list[FoundInFullText] = []
        for flag in flags:
            hit = data.find_in_body(flag.term) if flag.term and _LACKS in flag.message else None
            if hit is None:
                keep.append(flag)
                continue
            text, section = data.sentences[hit]
            found.append(FoundInFullText(flag.term or "", section, text, data.pmcid))
        return keep, found


def _expansions(text: str, abbreviations: dict[str, str]) -> str:
    """Extra query words for a claim, so that the work's own wording meets it: the long form of
    each abbreviation the work defines and the claim uses, the abbreviation of each long form,
    and each number in words ("92" also asks for "ninety-two")."""
    norm = norm_phrase_text(text)
    extra = []
    for abbr, long_form in abbreviations.items():
        if f" {abbr} " in norm or f" {abbr}s " in norm:
            extra.append(long_form)
        elif f" {long_form} " in norm or f" {long_form}s " in norm:
            extra.append(abbr)
    for quantity in find_quantities(text):
        if quantity.text[:1].isdigit() and quantity.value == int(quantity.value) and 0 < quantity.value < 1000:
            extra.append(number_words(int(quantity.value)))
    return " ".join(extra)
