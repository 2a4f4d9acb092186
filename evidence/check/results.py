"""The check's results: one ``CitationResult`` per citation, gathered in a ``CheckReport``."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from evidence.check.citations import Citation, ReferenceItem
from evidence.model import Entry

RESOLVED, AMBIGUOUS, UNRESOLVED = "resolved", "ambiguous", "unresolved"


@dataclass(frozen=True)
class Suggestion:
    """The nearest entry for an unresolved citation, and why it is near."""

    key: str
    reason: str  # "misdated" | "spelling" | "similar-key" | "author-count"
    message: str

    def to_dict(self) -> dict[str, str]:
        return {"key": self.key, "reason": self.reason, "message": self.message}


@dataclass(frozen=True)
class Flag:
    """Something for the writer to look at; worded as a prompt, not a verdict."""

    kind: str  # "missing-specific" | "retracted" | "erratum" | "no-abstract" | "design" | "author-count"
    message: str
    term: str | None = None

    def to_dict(self) -> dict[str, str | None]:
        return {"kind": self.kind, "message": self.message, "term": self.term}


@dataclass(frozen=True)
class EvidenceSentence:
    """A sentence of the cited work, its BM25 score and the words it shares with the claim.

    Title and abstract sentences have source "title"/"abstract"; full-text ones have their
    section as source ("Results > Secondary outcomes", "Table 2") and the article's PMCID and licence.
    """

    text: str
    source: str  # "title" | "abstract" | a full-text section
    score: float
    shared: tuple[str, ...]
    spans: tuple[tuple[int, int], ...]  # character spans of shared words in ``text``
    pmcid: str = ""  # set for full-text sentences
    licence: str = ""

    @property
    def full_text(self) -> bool:
        return bool(self.pmcid)

    def to_dict(self) -> dict[str, object]:
        out: dict[str, object] = {"text": self.text, "source": self.source, "score": round(self.score, 3),
                                  "shared_terms": list(self.shared), "highlights": [list(s) for s in self.spans]}
        if self.pmcid:
            out |= {"section": self.source, "pmcid": self.pmcid, "licence": self.licence}
        return out


@dataclass(frozen=True)
class FoundInFullText:
    """A specific the title and abstract lack but the full text gives: a quote, not a flag."""

    term: str
    section: str
    sentence: str
    pmcid: str

    @property
    def message(self) -> str:
        return f"'{self.term}' found in {self.section}: '{self.sentence}'"

    def to_dict(self) -> dict[str, str]:
        return {"term": self.term, "section": self.section, "sentence": self.sentence, "pmcid": self.pmcid,
                "message": self.message}


@dataclass
class CitationResult:
    """One citation with its resolution, claim, evidence and flags."""

    citation: Citation
    status: str
    entry: Entry | None = None
    candidates: list[Entry] = field(default_factory=list)
    suggestion: Suggestion | None = None
    reason: str = ""
    claim: str = ""
    clause: str = ""
    evidence: list[EvidenceSentence] = field(default_factory=list)
    flags: list[Flag] = field(default_factory=list)
    found: list[FoundInFullText] = field(default_factory=list)  # specifics the full text gives

    def to_dict(self) -> dict[str, object]:
        return {
            "citation": self.citation.to_dict(),
            "status": self.status,
            "key": self.entry.key if self.entry else None,
            "candidates": [e.key for e in self.candidates],
            "reason": self.reason or None,
            "suggestion": self.suggestion.to_dict() if self.suggestion else None,
            "claim": self.claim,
            "clause": self.clause,
            "evidence": [e.to_dict() for e in self.evidence],
            "flags": [f.to_dict() for f in self.flags],
        } | ({"found_in_full_text": [f.to_dict() for f in self.found]} if self.found else {})


@dataclass
class CheckReport:
    """Everything ``evidence check`` found; renderers in ``evidence.check.report`` format it."""

    path: Path | None
    kind: str
    results: list[CitationResult]
    uncited: list[Entry]
    references: list[ReferenceItem] = field(default_factory=list)
    library_size: int = 0
    #: where each citation is, as the writer finds it (``line 2:129``, or in a .docx
    #: ``paragraph 2, "...context..."``), by citation start offset
    locations: dict[int, str] = field(default_factory=dict)
    #: flags the writer answered earlier (``evidence.check.answered``), taken out of ``results``: (the
    #: citation's place in ``results``, the flag)
    answered: list[tuple[int, Flag]] = field(default_factory=list)

    def location(self, citation: Citation) -> str:
        """Where ``citation`` is, in the manuscript's own terms."""
        return self.locations.get(citation.start, f"line {citation.line}:{citation.column}")

    @property
    def counts(self) -> dict[str, int]:
        statuses = Counter(r.status for r in self.results)
        return {
            "citations": len(self.results),
            "resolved": statuses[RESOLVED],
            "ambiguous": statuses[AMBIGUOUS],
            "unresolved": statuses[UNRESOLVED],
            "flagged": sum(1 for r in self.results if r.flags),
            "flags": sum(len(r.flags) for r in self.results),
            "cited_entries": len({r.entry.key for r in self.results if r.entry}),
            "uncited_entries": len(self.uncited),
            "library_entries": self.library_size,
        }

    def exit_code(self, strict: bool = False) -> int:
        """The CLI's exit status: a report is a success (0) unless ``strict`` and a citation is
        unresolved or ambiguous (1). Flags are questions for the writer, never failures."""
        counts = self.counts
        return 1 if strict and (counts["ambiguous"] or counts["unresolved"]) else 0


@dataclass
class CitedEntries:
    """What a manuscript cites, resolution only (no claims, evidence or flags): for ``export --cited-in``."""

    entries: list[Entry]  # resolved entries, in order of first citation, each once
    unresolved: list[CitationResult]  # in manuscript order
    ambiguous: list[CitationResult]
