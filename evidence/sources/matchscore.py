"""How alike a bibliography entry and a PubMed record are: enrich's weighted score and its same-work check.

Split from ``enrich.py``, whose stages find candidate records and judge them by these two answers:
:func:`score` (title .55, first author .20, year .15, journal .10, over the parts both sides have) and
:func:`identity_problem` (why a record named by the entry's own PMID or DOI is another work).
"""

from __future__ import annotations

import re

from evidence.identity import title_contained, title_similarity
from evidence.model import Entry, fold, normalize_doi
from evidence.sources.records import PubMedRecord

__all__ = ["IDENTITY_TITLE", "STOP_WORDS", "WEIGHTS", "identity_problem", "norm", "score"]

IDENTITY_TITLE = 0.60
WEIGHTS = {"title": 0.55, "author": 0.20, "year": 0.15, "journal": 0.10}

STOP_WORDS = frozenset(
    [
        "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "in", "into", "is", "of", "on", "or",
        "the", "to", "with", "within", "without", "its", "their", "this", "that", "than", "via", "vs", "versus"
    ]
)
_WORD = re.compile(r"[^\W_]+")


def norm(text: str) -> str:
    """Folded words, one space apart: how names, titles and journals are compared here."""
    return " ".join(_WORD.findall(fold(text)))


def _surname_match(entry: Entry, rec: PubMedRecord) -> bool | None:
    if not entry.authors or not rec.authors:
        return None
    mine = norm(entry.authors[0].surname or entry.authors[0].last)
    first = rec.authors[0]
    theirs = norm(first.last or first.collective)
    if not mine or not theirs:
        return None
    return (mine == theirs or mine in theirs.split() or theirs in mine.split()
            or mine.replace(" ", "") == theirs.replace(" ", ""))


def _year_score(entry: Entry, rec: PubMedRecord) -> float | None:
    if entry.year is None or not rec.year[:4].isdigit():
        return None
    diff = abs(entry.year - int(rec.year[:4]))
    return 1.0 if diff == 0 else 0.7 if diff == 1 else 0.0


def _journal_score(entry: Entry, rec: PubMedRecord) -> float | None:
    mine = [w for w in norm(entry.journal).split() if w not in STOP_WORDS]
    if not mine or not (rec.journal or rec.iso_abbrev):
        return None
    for theirs in (rec.journal, rec.iso_abbrev):
        words = [w for w in norm(theirs).split() if w not in STOP_WORDS]
        if not words:
            continue
        if words == mine:
            return 1.0
        short, full = (mine, words) if len(" ".join(mine)) <= len(" ".join(words)) else (words, mine)
        prefixes = all(any(f.startswith(s) for f in full) for s in short)
        if len(short) <= len(full) and prefixes and short[0] == full[0][: len(short[0])]:
            return 1.0
    return 1.0 if title_similarity(entry.journal, rec.journal) >= 0.85 else 0.0


def score(entry: Entry, rec: PubMedRecord) -> float:
    """Weighted agreement (title .55, first author .20, year .15, journal .10) over the parts both have."""
    parts: dict[str, float] = {}
    if entry.title and rec.title:
        parts["title"] = title_similarity(entry.title, rec.title)
    author = _surname_match(entry, rec)
    if author is not None:
        parts["author"] = 1.0 if author else 0.0
    year = _year_score(entry, rec)
    if year is not None:
        parts["year"] = year
    journal = _journal_score(entry, rec)
    if journal is not None:
        parts["journal"] = journal
    total = sum(WEIGHTS[k] for k in parts)
    return sum(WEIGHTS[k] * v for k, v in parts.items()) / total if total else 0.0


def identity_problem(entry: Entry, rec: PubMedRecord) -> str:
    """Why ``rec`` is not the entry's work ("" when it is)."""
    if entry.doi and rec.doi and normalize_doi(rec.doi) != entry.doi:
        return f"PubMed record {rec.pmid} has DOI {rec.doi}, not {entry.doi}"
    title_bad = bool(entry.title and rec.title) and title_similarity(entry.title, rec.title) < IDENTITY_TITLE
    author_bad = _surname_match(entry, rec) is False
    year = _year_score(entry, rec)
    year_bad = year == 0.0
    if title_bad and not author_bad and not year_bad and title_contained(entry.title, rec.title):
        title_bad = False  # a shortened title, with the same first author and year (and DOI, checked above)
    if title_bad or (author_bad and year_bad) or (not (entry.title and rec.title) and (author_bad or year_bad)):
        reasons = []
        if title_bad:
            reasons.append(f"title {rec.title!r}")
        if author_bad and rec.authors:
            reasons.append(f"first author {rec.authors[0].display()}")
        if year_bad:
            reasons.append(f"year {rec.year}")
        return f"PubMed record {rec.pmid} is a different work ({', '.join(reasons)})"
    return ""
