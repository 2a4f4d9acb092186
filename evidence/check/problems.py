"""What a writer must fix, as one ordered list that every output (terminal, HTML, SARIF, GitHub) shares.

A report is a success even with problems (flags are prompts, not verdicts); this module only
decides how each problem is *worded, grouped and ranked*, so the terminal's quickfix lines,
the HTML fix list and the CI annotations always agree.
"""

from __future__ import annotations

from dataclasses import dataclass

from evidence.check.results import AMBIGUOUS, UNRESOLVED, CheckReport, CitationResult, Flag
from evidence.model import Entry

# (category, heading in the HTML fix list), most urgent first.
CATEGORIES: tuple[tuple[str, str], ...] = (
    ("unresolved", "Citations that match no library entry"),
    ("ambiguous", "Citations that could be more than one work"),
    ("wrong-id", "Identifiers that disagree with the library"),
    ("retracted", "Retracted or corrected works"),
    ("claim", "Claims to check against the source"),
    ("unchecked", "Claims that could not be compared"),
)
# Flag kinds that say an identifier (DOI, PMID, a Word field's item) points at another work.
WRONG_ID_KINDS = frozenset({"wrong-id", "id-mismatch", "doi-mismatch", "pmid-mismatch", "field-mismatch",
                            "item-mismatch", "mismatch"})
_FLAG_PLACE = {"retracted": ("retracted", "error"), "erratum": ("retracted", "warning"),
               "concern": ("retracted", "warning"), "no-abstract": ("unchecked", "note")}


@dataclass(frozen=True)
class Problem:
    """One thing to fix, at one citation: ``index`` is the citation's place in ``report.results``."""

    index: int
    category: str
    level: str  # "error" | "warning" | "note" (SARIF's levels; GitHub's error/warning/notice)
    rule: str  # stable id: "unresolved-citation", "ambiguous-citation" or the flag kind
    subject: str  # the citation's label: "Shaheen et al., 2020", "@key", "[3]"
    detail: str
    line: int
    column: int

    @property
    def message(self) -> str:
        """One line that names the citation once."""
        return self.detail if self.subject in self.detail else f"{self.subject}: {self.detail}"


def no_abstract_message(entry: Entry | None) -> str:
    """Why there is no abstract, worded from what the entry records about where it came from.

    An entry that already holds PubMed's record (a PMID with PubMed's publication types or MeSH
    terms) has no abstract because PubMed has none: telling the user to run ``enrich`` would
    send them in a circle.
    """
    pmid = entry.pmid if entry is not None else ""
    from_pubmed = entry is not None and bool(entry.get("pubtype") or entry.get("mesh"))
    if pmid and from_pubmed:
        return (f"no abstract: the library holds PubMed's record (PMID {pmid}) and PubMed has no abstract "
                "for it, so the claim could not be compared: check it against the full text")
    if pmid:
        return (f"no abstract in the library (PMID {pmid}), so the claim could not be compared: run "
                "`evidence enrich` to fetch it from PubMed; if enrich already ran, PubMed has no abstract")
    return ("no abstract in the library, so the claim could not be compared: run `evidence enrich` "
            "to look the work up in PubMed")


def flag_message(flag: Flag, entry: Entry | None) -> str:
    """The flag's wording for the reader (the no-abstract advice depends on what was tried)."""
    return no_abstract_message(entry) if flag.kind == "no-abstract" else flag.message


def _flag_place(flag: Flag) -> tuple[str, str]:
    if flag.kind in WRONG_ID_KINDS:
        return "wrong-id", "error"
    return _FLAG_PLACE.get(flag.kind, ("claim", "warning"))


#: What to do about a work the library lacks (the fix the writer is most likely to need).
ADD_HINT = "add it with `evidence add <DOI or PMID>`"


def result_problems(index: int, result: CitationResult) -> list[Problem]:
    """The problems of one citation: its resolution first, then each flag."""
    c = result.citation
    out: list[Problem] = []
    if result.status == UNRESOLVED:
        detail = result.reason or f"no {c.label} in the library"
        if result.suggestion:
            detail += f"; {result.suggestion.message}"
        elif "`evidence add" not in detail:  # (a reference line that prints its DOI names it already)
            detail += f"; {ADD_HINT}"
        out.append(Problem(index, "unresolved", "error", "unresolved-citation", c.label, detail, c.line, c.column))
    elif result.status == AMBIGUOUS:
        keys = ", ".join(e.key for e in result.candidates)
        detail = f"could be any of {keys}: add a year suffix (2018a) or name more authors"
        out.append(Problem(index, "ambiguous", "error", "ambiguous-citation", c.label, detail, c.line, c.column))
    out.extend(flag_problem(index, result, flag) for flag in result.flags)
    return out


def flag_problem(index: int, result: CitationResult, flag: Flag) -> Problem:
    """One flag of a citation as a problem."""
    category, level = _flag_place(flag)
    c = result.citation
    return Problem(index, category, level, flag.kind, c.label, flag_message(flag, result.entry), c.line, c.column)


def find_problems(report: CheckReport) -> list[Problem]:
    """Every problem, by category (most urgent first), then in manuscript order."""
    rank = {name: i for i, (name, _) in enumerate(CATEGORIES)}
    found = [p for i, r in enumerate(report.results) for p in result_problems(i, r)]
    return sorted(found, key=lambda p: (rank[p.category], p.line, p.column, p.index))


def is_problem(result: CitationResult) -> bool:
    """Whether a citation belongs in the fix list (anything but a clean resolution)."""
    return bool(result_problems(0, result))
