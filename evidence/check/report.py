"""Rendering a ``CheckReport`` for a terminal (with ``path:line:col:`` problem lines) and for programs (JSON).

No click here: colour is plain ANSI so the CLI decides only *whether* to colour. The
JSON schema is documented in docs/check-json.md; bump ``SCHEMA_VERSION`` on any
incompatible change. The HTML page (``render_html``) lives in ``report_html``, SARIF and GitHub annotations
in ``report_ci``; all of them word problems through ``problems``.
"""

from __future__ import annotations

from collections.abc import Callable

from evidence import jsontext
from evidence.check.problems import ADD_HINT, Problem, find_problems, flag_message
from evidence.check.results import AMBIGUOUS, RESOLVED, UNRESOLVED, CheckReport, CitationResult, EvidenceSentence
from evidence.model import Entry

SCHEMA_VERSION = 1
_ANSI = {"reset": "\033[0m", "bold": "\033[1m", "dim": "\033[2m", "red": "\033[31m",
         "green": "\033[32m", "yellow": "\033[33m", "cyan": "\033[36m", "magenta": "\033[35m"}
_STATUS_COLOR = {RESOLVED: "green", AMBIGUOUS: "yellow", UNRESOLVED: "red"}


def entry_url(entry: Entry) -> str | None:
    """Where a reader can open the work: DOI first, then PubMed."""
    if entry.doi:
        return f"https://doi.org/{entry.doi}"
    if entry.pmid:
        return f"https://pubmed.ncbi.nlm.nih.gov/{entry.pmid}/"
    return None


def entry_brief(entry: Entry) -> str:
    """``Smith et al. (2010). Title``: how reports name a work in one line."""
    who = entry.first_author or "Anon."
    count = entry.author_count  # the whole list is parsed only when two names are shown
    if count == 2 and not entry.authors[1].is_others:
        who = f"{who} & {entry.authors[1].surname}"
    elif count >= 2:  # three or more, or "Feifel and others"
        who = f"{who} et al."
    return f"{who} ({entry.year or 'n.d.'}). {entry.title}"


def answered_line(report: CheckReport) -> str:
    """How many flags were hidden as answered (``evidence check --answered``)."""
    return f"{len(report.answered)} {answered_words(report)}"


def answered_words(report: CheckReport) -> str:
    """The words after the count of answered flags, as the text and HTML reports print them."""
    return f"answered {'flag' if len(report.answered) == 1 else 'flags'} not shown"


def _summary_line(report: CheckReport) -> str:
    c = report.counts
    noun = "citation" if c["citations"] == 1 else "citations"
    flags = "flag" if c["flags"] == 1 else "flags"
    return (f"{c['citations']} {noun}: {c['resolved']} resolved, {c['ambiguous']} ambiguous, "
            f"{c['unresolved']} unresolved; {c['flagged']} with flags ({c['flags']} {flags}); "
            f"{c['uncited_entries']} of {c['library_entries']} library entries not cited")


# -- terminal -------------------------------------------------------------------------


def _highlight_text(sentence: EvidenceSentence, on: str, off: str) -> str:
    if not on:
        return sentence.text
    out, last = [], 0
    for start, end in sentence.spans:
        out.append(sentence.text[last:start] + on + sentence.text[start:end] + off)
        last = end
    out.append(sentence.text[last:])
    return "".join(out)


def display_path(report: CheckReport) -> str:
    """The manuscript's path as the user gave it (what editors and CI resolve), or ``<text>``."""
    return report.path.as_posix() if report.path else "<text>"


def quickfix_lines(report: CheckReport, problems: list[Problem] | None = None) -> list[str]:
    """``path:line:col: level: message``, in manuscript order: what Vim's quickfix, Emacs'
    compilation mode and VS Code problem matchers jump to."""
    where = display_path(report)
    found = sorted(problems if problems is not None else find_problems(report), key=lambda p: (p.line, p.column))
    return [f"{where}:{p.line}:{p.column}: {p.level}: {p.message}" for p in found]


def render_text(report: CheckReport, color: bool = False, *, max_uncited: int = 40) -> str:
    """A terminal report: summary counts first, one block per citation, then the problems as
    ``path:line:col:`` lines (the last thing on screen, and what editors parse)."""
    def paint(text: str, *styles: str) -> str:
        return "".join(_ANSI[s] for s in styles) + text + _ANSI["reset"] if color else text

    where = str(report.path) if report.path else "<text>"
    lines = [paint(f"evidence check: {where} ({report.kind})", "bold"), _summary_line(report), ""]
    if report.answered:
        lines[2:2] = [answered_line(report)]
    for result in report.results:
        lines.extend(_text_block(result, paint, color, report.location(result.citation)))
    if report.uncited:
        lines.append(paint(f"Not cited ({len(report.uncited)}):", "bold"))
        for entry in report.uncited[:max_uncited]:
            lines.append(f"  {entry.key}: {entry_brief(entry)}")
        if len(report.uncited) > max_uncited:
            lines.append(f"  ... and {len(report.uncited) - max_uncited} more (see --json)")
        lines.append("")
    problems = quickfix_lines(report)
    if problems:
        lines.append(paint(f"Problems ({len(problems)}):", "bold"))
        lines.extend(problems)
    return "\n".join(lines).rstrip() + "\n"


def _text_block(result: CitationResult, paint: Callable[..., str], color: bool, where: str) -> list[str]:
    c = result.citation
    status = paint(result.status.upper(), "bold", _STATUS_COLOR[result.status])
    head = f"{paint(where, 'dim')}  {c.text}  {status}"
    if result.entry is not None:
        head += f"  {result.entry.key}"
    lines = [head]
    if result.entry is not None:
        lines.append(f"  work:     {entry_brief(result.entry)}")
    if result.status == AMBIGUOUS:
        lines.append(f"  which:    {', '.join(e.key for e in result.candidates)}")
    if result.status == UNRESOLVED:
        lines.append(f"  problem:  {result.reason}")
        if result.suggestion:
            lines.append(f"  nearest:  {paint(result.suggestion.message, 'cyan')}")
        elif "`evidence add" not in result.reason:
            lines.append(f"  fix:      {ADD_HINT}")
    if result.claim:
        lines.append(f"  claim:    {result.clause or result.claim}")
    on, off = (_ANSI["bold"] + _ANSI["cyan"], _ANSI["reset"]) if color else ("", "")
    for i, sentence in enumerate(result.evidence):
        tag = "evidence: " if i == 0 else "          "
        lines.append(f"  {tag}[{sentence.source} {sentence.score:.2f}] {_highlight_text(sentence, on, off)}")
    for found in result.found:  # a specific the abstract lacks, quoted from the full text
        lines.append(f"  {paint('found:', 'green')}    {found.message}")
    for flag in result.flags:
        style = ("bold", "red") if flag.kind == "retracted" else ("yellow",)
        lines.append(f"  {paint('flag:', *style)}     {flag_message(flag, result.entry)}")
    lines.append("")
    return lines


# -- JSON -------------------------------------------------------------------------------


def _entry_json(entry: Entry) -> dict[str, object]:
    return {"key": entry.key, "title": entry.title, "year": entry.year,
            "authors": [p.display() for p in entry.authors], "journal": entry.journal or None,
            "doi": entry.doi or None, "pmid": entry.pmid or None, "url": entry_url(entry),
            "retracted": entry.is_retracted}


def report_dict(report: CheckReport) -> dict[str, object]:
    """The JSON document as Python data (schema in docs/check-json.md)."""
    citations = []
    for result in report.results:
        item = result.to_dict()
        item["flags"] = [f.to_dict() | {"message": flag_message(f, result.entry)} for f in result.flags]
        item["entry"] = _entry_json(result.entry) if result.entry is not None else None
        citations.append(item)
    return {
        "schema_version": SCHEMA_VERSION,
        "manuscript": {"path": str(report.path) if report.path else None, "kind": report.kind},
        "summary": report.counts | {"answered": len(report.answered)},
        "citations": citations,
        "uncited": [{"key": e.key, "title": e.title, "year": e.year} for e in report.uncited],
        "references": [{"number": r.number, "text": r.text, "line": r.line} for r in report.references],
    }


def render_json(report: CheckReport) -> str:
    """Stable, documented JSON (``schema_version`` first), UTF-8 text, keys in fixed order."""
    return jsontext.dumps(report_dict(report), ensure_ascii=False) + "\n"
