"""What the claim check knows of a cited work (read once per run), and what it finds for one claim."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from evidence.check.novelty import Vocabulary
from evidence.check.populations import Mention
from evidence.check.quantities import Quantity, unit_name
from evidence.check.results import Flag
from evidence.check.sentences import norm_phrase_text
from evidence.check.source import SourceText, abstract_text
from evidence.model import Entry

WHAT = {"population": "population or condition", "design": "study design", "route": "route of administration",
         "number": "number", "duration": "duration", "time frame": "time frame"}
#: The question a flag of each kind ends with.
ASK = {"population": "is it the same population?", "direction": "does the finding go the way the claim says?",
        "comparator": "is that what the study compared?", "duration": "is the duration right?",
        "design": "is the design right?"}


@dataclass
class Specifics:
    """What a cited work states, for the phrase tests."""

    haystack: str  # normalised title + abstract + keywords + mesh + pubtype, abbreviations expanded
    units: set[str]
    has_abstract: bool


#: "Within 5 min", "after 24 h": a unit of time abbreviated, after a figure.
_ABBREVIATED_UNIT_RE = re.compile(r"\d\s*(min|mins|h|hr|hrs|wk|wks|yr|yrs)\b(?![-\]])")  # (lower case: "[3H]",
# "D473H" and "1H-pyrazol" are no hours)


def read_specifics(entry: Entry, source: SourceText) -> Specifics:
    abstract = abstract_text(entry)
    text = " ".join([entry.title, abstract, entry.text("keywords"), entry.text("mesh")])
    units = {w.lower().rstrip("s") for w in re.findall(r"\b(minutes?|hours?|days?|weeks?|months?|years?)\b", text,
                                                       re.I)}
    units |= {unit_name(w) for w in _ABBREVIATED_UNIT_RE.findall(text)}
    haystack = norm_phrase_text(text + " " + entry.text("pubtype")) + source.haystack()
    return Specifics(haystack, units, bool(abstract.strip()))


@dataclass
class Facts:
    """A cited work read once per run: its specifics, sentences, quantities and populations."""

    specifics: Specifics
    source: SourceText
    quantities: dict[int, list[Quantity]]
    mentions: list[Mention]
    tags: list[Mention]
    years: tuple[set[int], list[tuple[int, int]]] = (set(), [])  # the years it names, and its periods
    body: SourceText | None = None  # the Results of a cached open full text
    vocabulary: Vocabulary | None = None  # every word it uses, made when a claim first needs it
    names: frozenset[str] = frozenset()  # its authors' words

    def new_claim(self) -> None:
        """Before each claim: what was expanded for the last one is not kept (``SourceText.new_claim``)."""
        self.source.new_claim()
        if self.body is not None:
            self.body.new_claim()


@dataclass
class Findings:
    """A claim's flags, and the abstract sentences they rest on (the evidence list must show them)."""

    flags: list[Flag] = field(default_factory=list)
    sentences: list[str] = field(default_factory=list)
    support: list[str] = field(default_factory=list)  # sentences that carry the claim's numbers or finding

    @property
    def pinned(self) -> list[str]:
        """The sentences the evidence list must show: those flags rest on, then those that carry the claim."""
        return self.sentences + [s for s in self.support if s not in self.sentences]

    def has(self, kind: str) -> bool:
        """Is there a flag of this kind already (a later check of the same kind then stays silent)?"""
        return any(f.kind == kind for f in self.flags)

    def drop(self, gone: list[Flag]) -> None:
        """Take these flags back (a later reading of the same words replaces them)."""
        self.flags[:] = [f for f in self.flags if f not in gone]

    def add(self, flag: Flag, sentence: str | None = None) -> None:
        if any(f.kind == flag.kind and f.term == flag.term for f in self.flags):
            return
        self.flags.append(flag)
        if sentence and sentence not in self.sentences:
            self.sentences.append(sentence)


def missing(findings: Findings, what: str, term: str) -> None:
    """A specific the title and abstract never give: nothing to quote, so the flag says so."""
    findings.add(Flag("missing-specific", f"'{term}' not found in the title or abstract: "
                                          f"does the source give this {WHAT[what]}?", term))


def people_sentence(clause: str, facts: Facts) -> str:
    """The sentence that says who was studied: the on-topic one that counts people, if any."""
    ranked = facts.source.rank(facts.source.claim_words(clause))
    for units in (("count", "count:control", "count:any"), ("fraction",)):
        for _, i in ranked:
            if any(q.unit in units for q in facts.quantities[i]):
                return facts.source.sentences[i].text
    return facts.source.sentences[ranked[0][1]].text
