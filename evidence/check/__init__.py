"""Checking a manuscript: reading it, finding and resolving its citations, and putting evidence beside each claim."""

from evidence.check.checker import check_manuscript, cited_entries
from evidence.check.manuscript import Manuscript, read_manuscript
from evidence.check.report import render_json, render_text
from evidence.check.report_html import render_html
from evidence.check.results import CheckReport, CitationResult, CitedEntries, EvidenceSentence, Flag

__all__ = [
    "CheckReport",
    "CitationResult",
    "CitedEntries",
    "EvidenceSentence",
    "Flag",
    "Manuscript",
    "check_manuscript",
    "cited_entries",
    "read_manuscript",
    "render_html",
    "render_json",
    "render_text",
]
