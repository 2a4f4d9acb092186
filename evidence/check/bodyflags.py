"""Contrast flags from a cached open full text: a reversal the abstract is silent on, shown in the body's Results.

An abstract gives a study's main findings; a claim about a secondary one (a subgroup, a sex or an
age band) may find nothing there to agree or disagree with. When the library holds the open full
text, the Results sentences on the claim's topic are read the same way as the abstract's
(``direction.find_reversal``), and a flag quotes the body sentence with its section. Only Results:
an Introduction or Discussion reports other studies' findings, not this one's.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from evidence.check.direction import find_agreement, find_reversal
from evidence.check.results import Flag
from evidence.check.source import SourceSentence, SourceText, quote, topic_words
from evidence.model import Entry

if TYPE_CHECKING:  # sources.jats imports check.sentences: a run-time import here would be a cycle
    from evidence.sources.jats import Article

FullText = Callable[[Entry], "Article | None"]


@dataclass(frozen=True)
class BodyFlag:
    flag: Flag
    sentence: str  # the body sentence it rests on, for the evidence list


def results_source(article: Article | None, abstract: SourceText) -> SourceText | None:
    """The Results sentences of an open full text, read with the abstract's abbreviations."""
    if article is None or not article.open:
        return None
    body = SourceText([], abstract.abbreviations, [], abstract.pubtype, "")
    for section, text in article.sentences():
        if section.lower().startswith("result"):
            norm = body.expand(text)
            body.sentences.append(SourceSentence(text, section, norm, frozenset(topic_words(norm))))
    return body if body.sentences else None


def body_reversal(clause: str, body: SourceText) -> BodyFlag | None:
    """A Results sentence on the claim's topic that reverses it, or reports no difference, while no
    Results sentence words it the claim's way."""
    ranked = [i for score, i in body.rank(body.claim_words(clause)) if score > 0][:8]
    reversal = find_reversal(clause, body, ranked)
    if reversal is None or find_agreement(clause, body, ranked[:5]) is not None:
        return None
    hit = body.sentences[reversal.sentence]
    says = "reports no difference, in the words" if reversal.null else "says"
    message = (f"the claim says '{reversal.claim_word}', the full text ({hit.source}) {says} "
               f"'{reversal.source_word}': {quote(hit.text)}: does the finding go the way the claim says?")
    return BodyFlag(Flag("direction", message, reversal.claim_word), hit.text)
