"""Rendering a ``CheckReport`` for a terminal, for programs (JSON) and for a browser (HTML).

No click here: colour is plain ANSI so the CLI decides only *whether* to colour. The
JSON schema is documented in docs/check-json.md; bump ``SCHEMA_VERSION`` on any
incompatible change.
"""

from __future__ import annotations

import html
import json
from importlib import resources
from string import Template

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


def _entry_brief(entry: Entry) -> str:
    who = entry.first_author or "Anon."
    if len(entry.authors) == 2 and not entry.authors[1].is_others:
        who = f"{who} & {entry.authors[1].surname}"
    elif len(entry.authors) >= 2:  # three or more, or "Feifel and others"
        who = f"{who} et al."
    return f"{who} ({entry.year or 'n.d.'}). {entry.title}"


def _summary_line(report: CheckReport) -> str:
    c = report.counts
    return (f"{c['citations']} citations: {c['resolved']} resolved, {c['ambiguous']} ambiguous, "
            f"{c['unresolved']} unresolved; {c['flagged']} with flags ({c['flags']} flags); "
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


def render_text(report: CheckReport, color: bool = False, *, max_uncited: int = 40) -> str:
    """A terminal report: summary counts first, then one block per citation."""
    def paint(text: str, *styles: str) -> str:
        return "".join(_ANSI[s] for s in styles) + text + _ANSI["reset"] if color else text

    where = str(report.path) if report.path else "<text>"
    lines = [paint(f"evidence check: {where} ({report.kind})", "bold"), _summary_line(report), ""]
    for result in report.results:
        lines.extend(_text_block(result, paint, color))
    if report.uncited:
        lines.append(paint(f"Not cited ({len(report.uncited)}):", "bold"))
        for entry in report.uncited[:max_uncited]:
            lines.append(f"  {entry.key}: {_entry_brief(entry)}")
        if len(report.uncited) > max_uncited:
            lines.append(f"  ... and {len(report.uncited) - max_uncited} more (see --json)")
    return "\n".join(lines).rstrip() + "\n"


def _text_block(result: CitationResult, paint, color: bool) -> list[str]:  # type: ignore[no-untyped-def]
    c = result.citation
    status = paint(result.status.upper(), "bold", _STATUS_COLOR[result.status])
    head = f"{paint(f'line {c.line}:{c.column}', 'dim')}  {c.text}  {status}"
    if result.entry is not None:
        head += f"  {result.entry.key}"
    lines = [head]
    if result.entry is not None:
        lines.append(f"  work:     {_entry_brief(result.entry)}")
    if result.status == AMBIGUOUS:
        lines.append(f"  which:    {', '.join(e.key for e in result.candidates)}")
    if result.status == UNRESOLVED:
        lines.append(f"  problem:  {result.reason}")
        if result.suggestion:
            lines.append(f"  nearest:  {paint(result.suggestion.message, 'cyan')}")
    if result.claim:
        lines.append(f"  claim:    {result.clause or result.claim}")
    on, off = (_ANSI["bold"] + _ANSI["cyan"], _ANSI["reset"]) if color else ("", "")
    for i, sentence in enumerate(result.evidence):
        tag = "evidence: " if i == 0 else "          "
        lines.append(f"  {tag}[{sentence.source} {sentence.score:.2f}] {_highlight_text(sentence, on, off)}")
    for flag in result.flags:
        style = ("bold", "red") if flag.kind == "retracted" else ("yellow",)
        lines.append(f"  {paint('flag:', *style)}     {flag.message}")
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
        item["entry"] = _entry_json(result.entry) if result.entry is not None else None
        citations.append(item)
    return {
        "schema_version": SCHEMA_VERSION,
        "manuscript": {"path": str(report.path) if report.path else None, "kind": report.kind},
        "summary": report.counts,
        "citations": citations,
        "uncited": [{"key": e.key, "title": e.title, "year": e.year} for e in report.uncited],
        "references": [{"number": r.number, "text": r.text, "line": r.line} for r in report.references],
    }


def render_json(report: CheckReport) -> str:
    """Stable, documented JSON (``schema_version`` first), UTF-8 text, keys in fixed order."""
    return json.dumps(report_dict(report), ensure_ascii=False, indent=2) + "\n"


# -- HTML -------------------------------------------------------------------------------


def _esc(text: object) -> str:
    return html.escape(str(text), quote=True)


def _html_highlight(sentence: EvidenceSentence) -> str:
    out, last = [], 0
    for start, end in sentence.spans:
        out.append(_esc(sentence.text[last:start]) + "<mark>" + _esc(sentence.text[start:end]) + "</mark>")
        last = end
    out.append(_esc(sentence.text[last:]))
    return "".join(out)


def _html_claim(result: CitationResult) -> str:
    claim, clause = result.claim, result.clause
    index = claim.find(clause) if clause else -1
    if index < 0:
        return _esc(claim)
    return (_esc(claim[:index]) + '<span class="clause">' + _esc(clause) + "</span>"
            + _esc(claim[index + len(clause):]))


def _html_block(result: CitationResult) -> str:
    c = result.citation
    parts = [f'<section class="cite {result.status}" id="c{c.line}-{c.column}-{_esc(c.label)}">',
             '<div class="head">',
             f'<span class="loc">line {c.line}:{c.column}</span>',
             f'<span class="label">{_esc(c.text)}</span>',
             f'<span class="badge {result.status}">{result.status}</span>', "</div>"]
    if result.entry is not None:
        url = entry_url(result.entry)
        brief = _esc(_entry_brief(result.entry))
        link = f'<a href="{_esc(url)}" rel="noopener noreferrer">{brief}</a>' if url else brief
        parts.append(f'<div class="entry"><code>{_esc(result.entry.key)}</code> {link}</div>')
    if result.status == AMBIGUOUS:
        keys = ", ".join(f"<code>{_esc(e.key)}</code>" for e in result.candidates)
        parts.append(f'<p class="note">Could be any of: {keys}. Add a year suffix (2018a) or name more authors.</p>')
    if result.status == UNRESOLVED:
        parts.append(f'<p class="note">{_esc(result.reason)}</p>')
        if result.suggestion:
            parts.append(f'<p class="note">Nearest: {_esc(result.suggestion.message)}</p>')
    evidence = "".join(
        f'<li>{_html_highlight(s)} <span class="score">{_esc(s.source)} · {s.score:.2f}</span></li>'
        for s in result.evidence)
    if not evidence:
        evidence = '<p class="note">No matching sentence in the title or abstract.</p>' if result.entry else ""
    else:
        evidence = f"<ol>{evidence}</ol>"
    parts.append('<div class="cols"><div class="claim"><h3>Claim</h3>'
                 f"<p>{_html_claim(result)}</p></div>"
                 f'<div class="evidence"><h3>Evidence</h3>{evidence}</div></div>')
    if result.flags:
        parts.append('<ul class="flags">' + "".join(
            f'<li class="{_esc(f.kind)}">{_esc(f.message)}</li>' for f in result.flags) + "</ul>")
    parts.append("</section>")
    return "\n".join(parts)


def render_html(report: CheckReport) -> str:
    """One self-contained page (inline CSS, no scripts): claims and evidence side by side."""
    template = Template(resources.files("evidence.check").joinpath("templates/check.html").read_text(encoding="utf-8"))
    counts = report.counts
    summary = "".join(
        f"<li><b>{counts[k]}</b>{label}</li>" for k, label in (
            ("citations", "citations"), ("resolved", "resolved"), ("ambiguous", "ambiguous"),
            ("unresolved", "unresolved"), ("flagged", "with flags"), ("uncited_entries", "entries not cited")))
    uncited = ("<ul class=\"uncited\">" + "".join(
        f"<li><code>{_esc(e.key)}</code> {_esc(_entry_brief(e))}</li>" for e in report.uncited) + "</ul>"
               if report.uncited else "<p class=\"note\">Every library entry is cited.</p>")
    where = report.path.name if report.path else "manuscript"
    return template.substitute(
        title=_esc(f"Citation check: {where}"),
        schema_version=SCHEMA_VERSION,
        summary=summary,
        items="\n".join(_html_block(r) for r in report.results) or '<p class="note">No citations found.</p>',
        uncited_count=len(report.uncited),
        uncited=uncited,
    )
