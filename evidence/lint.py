"""``evidence lint``: everything in a library that will bite at citation time, with a fix each.

Errors break a LaTeX build or a citation (duplicate keys, unparsable blocks, unbalanced braces,
malformed DOI/PMID, a year that is not a year, a PMID or DOI ``enrich`` found to name another
work); warnings are worth fixing (missing required
fields, likely duplicate works, single-hyphen page ranges, non-ASCII keys, commented-out
entries, Title Case titles that sentence case would spoil, "and others" author lists). Every issue
carries the line, the key and a hint, and ``to_dict`` is JSON-ready.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass
from typing import Protocol

from evidence.dedupe import find_duplicates
from evidence.errors import EntryError
from evidence.formats.casing import csl_title, is_title_case
from evidence.model import DOI_RE, PMCID_RE, PMID_RE, Entry, describe_notices, normalize_doi
from evidence.store.bibfile import Problem, check_value
from evidence.wrongids import KnownIds, WrongId

__all__ = ["REQUIRED", "LintIssue", "lint", "lint_entries"]

# BibTeX's required fields per type; a tuple inside means "any one of" (biblatex names too).
REQUIRED: dict[str, tuple[tuple[str, ...], ...]] = {
    "article": (("author",), ("title",), ("journal", "journaltitle"), ("year", "date")),
    "book": (("author", "editor"), ("title",), ("publisher",), ("year", "date")),
    "inbook": (("author", "editor"), ("title",), ("chapter", "pages"), ("publisher",), ("year", "date")),
    "incollection": (("author",), ("title",), ("booktitle",), ("publisher",), ("year", "date")),
    "inproceedings": (("author",), ("title",), ("booktitle",), ("year", "date")),
    "conference": (("author",), ("title",), ("booktitle",), ("year", "date")),
    "phdthesis": (("author",), ("title",), ("school", "institution"), ("year", "date")),
    "mastersthesis": (("author",), ("title",), ("school", "institution"), ("year", "date")),
    "techreport": (("author",), ("title",), ("institution",), ("year", "date")),
    "manual": (("title",),),
    "unpublished": (("author",), ("title",), ("note",)),
    "online": (("title",), ("url", "doi")),
    "misc": (),
}
_PROBLEM_CODES = {
    "parse-error": ("error", "fix the syntax at this line (a missing '}', ',' or '='); it is kept verbatim until then"),
    "duplicate-key": ("error", "rename one of the entries; LaTeX uses only the first"),
    "duplicate-field": ("error", "keep one copy of the field"),
    "undefined-macro": ("error", "define it with @string, or put the value in braces"),
    "commented-entry": ("warning", "remove the % or the entry"),
    "comment-in-entry": ("warning", "move the % comment outside the entry"),
    "duplicate-string": ("warning", "keep one @string definition"),
    "bibtex-error": ("warning", "BibTeX stops partway through this entry: fix the syntax the message names"),
}
_SINGLE_HYPHEN = re.compile(r"^\s*([A-Za-z]?\d+[A-Za-z]?)\s*-\s*([A-Za-z]?\d+[A-Za-z]?)\s*$")


@dataclass(frozen=True)
class LintIssue:
    """One finding: ``severity`` is ``error`` or ``warning``; ``code`` is stable for scripts."""

    severity: str
    line: int
    key: str | None
    code: str
    message: str
    hint: str

    def to_dict(self) -> dict[str, object]:
        return asdict(self)


class _Library(Protocol):
    @property
    def entries(self) -> list[Entry]: ...
    @property
    def problems(self) -> Sequence[Problem]: ...
    def raw_text(self, key: str) -> str: ...


def _brace_depth_ok(text: str) -> bool:
    """BibTeX's rule: every brace counts, escaped or not (the same rule the store writes by)."""
    depth = 0
    for ch in text:
        depth += (ch == "{") - (ch == "}")
        if depth < 0:
            return False
    return depth == 0


def _check_citation_text(entry: Entry, add: Callable[[str, str, str, str], None]) -> None:
    """What a reference list would print wrongly: a Title Case title without braces (APA, Vancouver and AMA
    print it in sentence case, lowering proper nouns) and an author list that ends in ``and others``."""
    raw = entry.get("title")
    language = entry.text("language").strip().lower()
    english = language in ("", "en", "eng", "english") or language.startswith("en-")
    if raw and english and "{" not in raw and is_title_case(entry.title) and any(c.islower() for c in entry.title):
        shown = csl_title(raw)
        add("warning", "title-case", f"title is in Title Case; APA, Vancouver and AMA print it as '{shown}'",
            "brace the words that must keep their capitals, e.g. {Alzheimer} or {DNA}, or retype it in "
            "sentence case")
    if any(p.is_others for p in entry.authors):
        add("warning", "authors-unknown", "the author list ends in 'and others'; APA lists every author and "
            "never prints 'et al.' in a reference list", f"run `evidence enrich {entry.key}` or add the authors")


def _check_notices(entry: Entry, add: Callable[[str, str, str, str], None]) -> None:
    """A work retracted, corrected or under an expression of concern (PubMed's, Crossref's or PMC's notices)."""
    notice = entry.text("retracted")
    if entry.is_retracted:
        which = f" (notice {describe_notices(notice)})" if notice and notice.lower() != "yes" else ""
        add("warning", "retracted", f"the work is retracted{which}", "cite it only as a retracted work")
    for name, what in (("erratum", "a published erratum"), ("concern", "an expression of concern")):
        if entry.get(name):
            add("warning", name, f"the work has {what} ({describe_notices(entry.text(name))})",
                "read the notice before citing the work")


def _check_entry(entry: Entry, raw: str | None) -> list[LintIssue]:
    out: list[LintIssue] = []

    def add(severity: str, code: str, message: str, hint: str) -> None:
        out.append(LintIssue(severity, entry.line, entry.key, code, message, hint))

    if not entry.key.isascii():
        add("warning", "non-ascii-key", f"key '{entry.key}' has non-ASCII characters",
            "BibTeX (not biber) rejects them; use ASCII letters, digits and - _ :")
    for group in REQUIRED.get(entry.type, ()):
        if not any(entry.get(name).strip() for name in group):
            add("warning", "missing-field", f"@{entry.type} '{entry.key}' has no {' or '.join(group)}",
                f"add {group[0]}, or run `evidence enrich {entry.key}` to fill it from PubMed")
    if entry.get("doi"):
        raw_doi = entry.text("doi").strip()
        doi = normalize_doi(raw_doi)
        if not DOI_RE.match(doi):
            add("error", "bad-doi", f"DOI '{raw_doi}' is not a DOI (10.NNNN/suffix)", "correct it or remove the field")
        elif raw_doi != doi and raw_doi.lower() != doi:
            add("warning", "doi-url", f"DOI '{raw_doi}' is written as a URL or with a prefix",
                f"write the bare DOI: doi = {{{raw_doi[len(raw_doi) - len(doi):]}}}")
    if entry.get("pmid") and not PMID_RE.match(entry.pmid):
        add("error", "bad-pmid", f"PMID '{entry.pmid}' is not a PubMed id (a number from 1 to 999999999)",
            "keep only the number, e.g. pmid = {10686270}")
    if entry.get("pmcid") and not PMCID_RE.match(entry.pmcid):
        add("error", "bad-pmcid", f"PMCID '{entry.text('pmcid')}' is not a PMC id",
            "write it as PMC followed by digits")
    if entry.get("year"):
        year = entry.text("year").strip()
        if not re.fullmatch(r"\d{4}", year):
            add("error", "bad-year", f"year '{year}' is not a four-digit year",
                "put only the year in 'year' (e.g. 2016); months go in 'month', 'in press' in 'pubstate'")
    _check_citation_text(entry, add)
    _check_notices(entry, add)
    pages = entry.get("pages")
    single = _SINGLE_HYPHEN.match(pages) if pages else None
    if single:
        fixed = f"{single.group(1)}--{single.group(2)}"
        add("warning", "page-hyphen", f"pages '{pages}' uses a single hyphen",
            f"use a double hyphen for the en dash: pages = {{{fixed}}}")
    for name, value in entry.fields.items():
        try:
            check_value(entry.key, name, value)
        except EntryError as exc:
            code = "unbalanced-braces" if "unbalanced" in exc.message else "unsafe-value"
            add("error", code, exc.message, exc.hint or "")
    if raw is not None and not _brace_depth_ok(re.sub(r"(?m)(?<!\\)%.*$", "", raw)) and all(
        _brace_depth_ok(v) for v in entry.fields.values()
    ):
        add("error", "unbalanced-braces", "the entry's braces do not balance", "balance every { with a }")
    return out


def _wrong_id_issue(entry: Entry, wrong: WrongId) -> LintIssue:
    return LintIssue("error", entry.line, entry.key, "wrong-id", wrong.message(),
                     f"run `evidence enrich --fix-ids {entry.key}`, or correct it by hand; "
                     f"`evidence enrich --accept {entry.key} {entry.key}` if it is right after all")


def lint_entries(entries: Sequence[Entry], problems: Iterable[Problem] = (),
                 raw_text: Callable[[str], str] | None = None,
                 wrong_ids: Callable[[Entry], list[WrongId]] | None = None) -> list[LintIssue]:
    """Lint entries (plus problems the parser found), sorted by line, errors first on a line.
    ``wrong_ids`` (``KnownIds.wrong_ids``) names an entry's identifiers known to name another work."""
    issues: list[LintIssue] = []
    for problem in problems:
        severity, hint = _PROBLEM_CODES.get(problem.kind, ("warning", "see the message"))
        issues.append(LintIssue(severity, problem.line, problem.key, problem.kind, problem.message, hint))
    for entry in entries:
        issues.extend(_check_entry(entry, raw_text(entry.key) if raw_text else None))
        if wrong_ids is not None:
            issues.extend(_wrong_id_issue(entry, w) for w in wrong_ids(entry))
    for group in find_duplicates(entries):
        first = group.keys[0]
        for key, line in zip(group.keys[1:], group.lines[1:], strict=False):
            issues.append(LintIssue("warning", line, key, "duplicate-work",
                                    f"'{key}' looks like the same work as '{first}' ({group.reason})",
                                    "run 'evidence dedupe' to review, 'evidence dedupe --apply' to merge"))
    issues.sort(key=lambda i: (i.line, i.severity != "error", i.code))
    return issues


def lint(lib: _Library, known: KnownIds | None = None) -> list[LintIssue]:
    """Every issue in a loaded Library (with ``known``, also its identifiers found to name another work)."""
    return lint_entries(lib.entries, lib.problems, lib.raw_text, known.wrong_ids if known is not None else None)
