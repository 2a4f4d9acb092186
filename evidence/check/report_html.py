"""The HTML report: fix list first, the manuscript with coloured citations, cards, the styled reference list.

One self-contained page (inline CSS, no scripts, no external assets): the status chips filter
with CSS radio buttons, so the page works from an e-mail attachment or under a strict CSP.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from importlib import resources
from string import Template

from evidence.check.manuscript import Manuscript
from evidence.check.markup import Span, parse_markup, render, render_inline
from evidence.check.problems import CATEGORIES, Problem, find_problems, flag_message, is_problem
from evidence.check.report import SCHEMA_VERSION, answered_words, entry_brief, entry_url
from evidence.check.results import AMBIGUOUS, RESOLVED, UNRESOLVED, CheckReport, CitationResult, EvidenceSentence
from evidence.errors import FormatError
from evidence.model import Entry

_STATUS_RANK = {UNRESOLVED: 0, AMBIGUOUS: 1, "flagged": 2, RESOLVED: 3}
_CHIPS = (("all", "All"), ("problem", "To fix"), (UNRESOLVED, "Unresolved"), (AMBIGUOUS, "Ambiguous"),
          ("flagged", "Flagged"), ("clean", "Fine"))


@dataclass(frozen=True)
class Provenance:
    """Where the report came from, so a reader can tell which draft and which library it describes."""

    manuscript: str
    library: str
    fingerprint: str  # sha256 of the library file's bytes
    version: str  # evidence's version
    generated: str  # when, ISO 8601 UTC


def _esc(text: object) -> str:
    return html.escape(str(text), quote=True)


def _card_id(index: int) -> str:
    return f"cite-{index + 1}"


def _shown_status(result: CitationResult) -> str:
    return "flagged" if result.status == RESOLVED and result.flags else result.status


# -- cards -------------------------------------------------------------------------------


def _html_highlight(sentence: EvidenceSentence) -> str:
    return render_inline(sentence.text, "text", [Span(s, e, "mark") for s, e in sentence.spans])


def _html_claim(result: CitationResult, kind: str) -> str:
    claim, clause = result.claim, result.clause
    index = claim.find(clause) if clause else -1
    extra = [Span(index, index + len(clause), "span", (("class", "clause"),))] if index >= 0 else []
    return render_inline(claim, kind, extra)


def _entry_line(entry: Entry, ref_ids: dict[str, str]) -> str:
    url = entry_url(entry)
    brief = _esc(entry_brief(entry))
    link = f'<a href="{_esc(url)}" rel="noopener noreferrer">{brief}</a>' if url else brief
    ref = f' <a class="to-ref" href="#{ref_ids[entry.key]}">in the reference list</a>' if entry.key in ref_ids else ""
    return f'<div class="entry"><code>{_esc(entry.key)}</code> {link}{ref}</div>'


def _card(index: int, result: CitationResult, kind: str, anchors: dict[int, str], ref_ids: dict[str, str]) -> str:
    c = result.citation
    classes = [result.status, "problem" if is_problem(result) else "clean"] + (["flagged"] if result.flags else [])
    where = f'<a class="loc" href="#{anchors[index]}">line {c.line}:{c.column}</a>' if index in anchors else \
        f'<span class="loc">line {c.line}:{c.column}</span>'
    parts = [f'<section class="cite {" ".join(classes)}" id="{_card_id(index)}">', '<div class="head">', where,
             f'<span class="label">{_esc(c.text)}</span>',
             f'<span class="badge {result.status}">{result.status}</span>', "</div>"]
    if result.entry is not None:
        parts.append(_entry_line(result.entry, ref_ids))
    if result.status == AMBIGUOUS:
        keys = ", ".join(f"<code>{_esc(e.key)}</code>" for e in result.candidates)
        parts.append(f'<p class="note">Could be any of: {keys}. Add a year suffix (2018a) or name more authors.</p>')
    if result.status == UNRESOLVED:
        parts.append(f'<p class="note">{_esc(result.reason)}</p>')
        if result.suggestion:
            parts.append(f'<p class="note">Nearest: {_esc(result.suggestion.message)}</p>')
    claim = f'<div class="claim"><h3>Claim</h3><p>{_html_claim(result, kind)}</p></div>'
    if result.entry is None:  # nothing to compare with: no empty evidence column
        parts.append(f'<div class="cols one">{claim}</div>')
    else:
        if result.evidence:
            evidence = "<ol>" + "".join(
                f'<li>{_html_highlight(s)} <span class="score">{_where(s)} · {s.score:.2f}</span></li>'
                for s in result.evidence) + "</ol>"
        elif result.entry.abstract:
            evidence = '<p class="note">No sentence of the title or abstract shares words with the claim.</p>'
        else:
            evidence = '<p class="note">The library has no abstract for this work.</p>'
        parts.append(f'<div class="cols">{claim}<div class="evidence"><h3>Evidence</h3>{evidence}</div></div>')
    if result.found:
        parts.append('<ul class="found">' + "".join(
            f'<li>Found in <a href="{_esc(pmc_url(f.pmcid))}">{_esc(f.section)}</a>: '
            f'&lsquo;{_esc(f.sentence)}&rsquo; (&lsquo;{_esc(f.term)}&rsquo; is not in the abstract)</li>'
            for f in result.found) + "</ul>")
    if result.flags:
        parts.append('<ul class="flags">' + "".join(
            f'<li class="{_esc(f.kind)}">{_esc(flag_message(f, result.entry))}</li>' for f in result.flags) + "</ul>")
    parts.append("</section>")
    return "\n".join(parts)


def licence_name(url: str) -> str:
    """``https://creativecommons.org/licenses/by-nc/4.0/`` -> ``CC BY-NC 4.0``; other URLs as they are."""
    parts = [x for x in url.split("/") if x]
    if "creativecommons.org" in url and "licenses" in parts:
        rest = parts[parts.index("licenses") + 1:]
        return "CC " + " ".join([rest[0].upper(), *rest[1:2]]) if rest else url
    return url


def pmc_url(pmcid: str) -> str:
    return f"https://pmc.ncbi.nlm.nih.gov/articles/{pmcid}/"


def _where(sentence: EvidenceSentence) -> str:
    """Where a sentence is: "abstract", or its full-text section linked to the article in PMC, with the licence."""
    if not sentence.full_text:
        return _esc(sentence.source)
    licence = sentence.licence or "licence not stated"
    short = licence if len(licence) <= 60 else licence[:59] + "…"
    shown = (f'<a href="{_esc(licence)}">{_esc(licence_name(licence))}</a>' if licence.startswith("http")
             else f'<span title="{_esc(licence)}">{_esc(short)}</span>')
    return (f'<a class="section" href="{_esc(pmc_url(sentence.pmcid))}">{_esc(sentence.source)}</a>'
            f' <span class="licence">({_esc(sentence.pmcid)}, {shown})</span>')


def _chips(report: CheckReport) -> str:
    counts = {"all": len(report.results), UNRESOLVED: 0, AMBIGUOUS: 0, "flagged": 0, "problem": 0, "clean": 0}
    for r in report.results:
        counts[r.status] = counts.get(r.status, 0) + 1
        counts["flagged"] += bool(r.flags)
        counts["problem" if is_problem(r) else "clean"] += 1
    radios = "".join(
        f'<input type="radio" name="show" id="show-{name}" class="vh"{" checked" if name == "all" else ""}>'
        for name, _ in _CHIPS)
    labels = "".join(f'<label for="show-{name}" class="chip chip-{name}">{label} <b>{counts[name]}</b></label>'
                     for name, label in _CHIPS)
    return f'{radios}<div class="chips" role="group" aria-label="Show citations">{labels}</div>'


# -- fix list -----------------------------------------------------------------------------


def _fix_list(report: CheckReport, problems: list[Problem]) -> str:
    if not problems:
        return '<p class="note ok">Nothing to fix: every citation resolved and no claim was flagged.</p>'
    parts = []
    for category, heading in CATEGORIES:
        mine = [p for p in problems if p.category == category]
        if not mine:
            continue
        items = "".join(
            f'<li class="lvl-{p.level}"><a href="#{_card_id(p.index)}">'
            f'<span class="loc">line {p.line}:{p.column}</span> '
            f'{_esc(report.results[p.index].citation.text)}</a> <span class="msg">{_esc(p.detail)}</span></li>'
            for p in mine)
        parts.append(f'<h3 class="cat-{category}">{_esc(heading)} ({len(mine)})</h3><ol class="fixes">{items}</ol>')
    return "\n".join(parts)


# -- manuscript view ------------------------------------------------------------------------


def _citation_groups(report: CheckReport) -> dict[tuple[int, int], list[int]]:
    """Citations sharing one bracket share its span: one coloured link per bracket."""
    groups: dict[tuple[int, int], list[int]] = {}
    for i, r in enumerate(report.results):
        groups.setdefault((r.citation.start, r.citation.end), []).append(i)
    return groups


# A single line end inside a paragraph is a space (Markdown, LaTeX, hard-wrapped text); a .docx line
# is a paragraph. Replaced by a space of the same length, so citation offsets stay valid.
_SOFT_BREAK = re.compile(r"(?<=[^\n])\n(?=[^\n#>|*+\-\s])")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n.*?\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)


def _manuscript_view(report: CheckReport, manuscript: Manuscript | None) -> tuple[str, dict[int, str]]:
    """The text with each citation coloured by its worst status and linked to its card; and the
    anchor id of each card's place in the text."""
    if manuscript is None:
        return '<p class="note">The manuscript text was not given to the report.</p>', {}
    groups = _citation_groups(report)
    anchors: dict[int, str] = {}
    spans = []
    for (start, end), members in groups.items():
        worst = min(members, key=lambda i: (_STATUS_RANK[_shown_status(report.results[i])], i))
        anchor = f"m-{members[0] + 1}"
        anchors.update({i: anchor for i in members})
        title = "; ".join(f"{report.results[i].citation.label}: {_shown_status(report.results[i])}" for i in members)
        attrs = (("href", f"#{_card_id(worst)}"), ("id", anchor),
                 ("class", f"cm {_shown_status(report.results[worst])}"), ("title", title))
        spans.append(Span(start, end, "a", attrs))
    text = manuscript.text
    front = _FRONT_MATTER.match(text) if manuscript.kind == "markdown" else None
    head = front.end() if front else 0  # Pandoc's YAML block keeps its lines, shown dimmed
    if head:
        spans.append(Span(0, head, "span", (("class", "fm"),)))
    if manuscript.kind != "docx":
        text = text[:head] + _SOFT_BREAK.sub(" ", text[head:])
    marked = parse_markup(text, manuscript.kind, protected=[*groups, (0, head)])
    return f'<div class="ms">{render(marked, spans)}</div>', anchors


# -- reference list --------------------------------------------------------------------------

_CSL_LINE = re.compile(r'^\s*<div class="csl-entry" id="ref-(?P<key>[^"]*)">(?P<body>.*)</div>\s*$')
_SAFE_TAG = re.compile(r'<(/?)(i|b|em|strong|sup|sub|span|a)((?: (?:style|href)="[^"<>]*")?)>')
_SAFE_STYLE = re.compile(r'^ style="font-(?:variant|style|weight):[a-z-]+;?"$')
_SAFE_HREF = re.compile(r'^ href="https://doi\.org/[^"\s]*"$')


# citeproc copies field text into its HTML unescaped: angle brackets of the fields travel through it
# as private-use characters, so that every real tag in its output is citeproc's own.
_LT, _GT = "\ue000", "\ue001"


def _shielded(entry: Entry) -> Entry:
    fields = {k: v.replace("<", _LT).replace(">", _GT) if isinstance(v, str) else v for k, v in entry.fields.items()}
    return Entry(entry.key, entry.type, fields, entry.line)


def _sanitize(fragment: str) -> str:
    """citeproc's HTML, keeping only its formatting tags (balanced) and DOI links; all other text
    is escaped, and the fields' shielded angle brackets come back as text."""
    out: list[str] = []
    stack: list[str] = []
    pos = 0
    for m in _SAFE_TAG.finditer(fragment):
        out.append(_esc(html.unescape(fragment[pos:m.start()])))
        pos = m.end()
        closing, tag, attrs = m.group(1) == "/", m.group(2), m.group(3)
        if closing and stack and stack[-1] == tag:
            out.append(f"</{stack.pop()}>")
        elif not closing and (not attrs or (tag == "span" and _SAFE_STYLE.match(attrs))
                              or (tag == "a" and _SAFE_HREF.match(attrs))):
            stack.append(tag)
            out.append(f"<{tag}{attrs}>" if tag != "a" else f'<a{attrs} rel="noopener noreferrer">')
    out.append(_esc(html.unescape(fragment[pos:])))
    out.extend(f"</{tag}>" for tag in reversed(stack))
    return "".join(out).replace(_LT, "&lt;").replace(_GT, "&gt;")


def _cited_entries(report: CheckReport) -> list[tuple[Entry, int]]:
    """Each resolved entry once, in order of first citation, with that citation's index."""
    seen: dict[str, tuple[Entry, int]] = {}
    for i, r in enumerate(report.results):
        if r.entry is not None and r.entry.key not in seen:
            seen[r.entry.key] = (r.entry, i)
    return list(seen.values())


def _reference_list(report: CheckReport, style: str) -> tuple[str, dict[str, str]]:
    """The list the manuscript would get in ``style`` (cited entries only), and each entry's anchor."""
    from evidence.formats.styles import format_bibliography

    cited = _cited_entries(report)
    if not cited:
        return '<p class="note">No citation resolved, so there is no reference list yet.</p>', {}
    first = {e.key: i for e, i in cited}
    try:
        rendered = format_bibliography([_shielded(e) for e, _ in cited], style, output="html", sort="style")
    except FormatError as exc:
        return f'<p class="note">The reference list could not be formatted: {_esc(exc)}</p>', {}
    items: list[str] = []
    ids: dict[str, str] = {}
    for line in rendered.splitlines():
        m = _CSL_LINE.match(line)
        if m is None:
            continue
        key = html.unescape(m.group("key"))
        ids[key] = f"ref-{len(ids) + 1}"
        back = f' <a class="back" href="#{_card_id(first[key])}">first cited at line ' \
               f'{report.results[first[key]].citation.line}</a>' if key in first else ""
        items.append(f'<li id="{ids[key]}"><span class="csl">{_sanitize(m.group("body"))}</span>{back}</li>')
    return f'<ol class="refs">{"".join(items)}</ol>', ids


def _uncited(report: CheckReport) -> str:
    if not report.uncited:
        return '<p class="note">Every library entry is cited.</p>'
    return '<ul class="uncited">' + "".join(
        f"<li><code>{_esc(e.key)}</code> {_esc(entry_brief(e))}</li>" for e in report.uncited) + "</ul>"


def _provenance(report: CheckReport, provenance: Provenance | None, style: str) -> str:
    rows = [("Manuscript", provenance.manuscript if provenance else (str(report.path) if report.path else "text")),
            ("Kind", report.kind)]
    if provenance is not None:
        rows += [("Library", provenance.library), ("Library SHA-256", provenance.fingerprint),
                 ("evidence", provenance.version), ("Generated", provenance.generated)]
    rows += [("Reference style", style), ("JSON schema", str(SCHEMA_VERSION))]
    return '<dl class="prov">' + "".join(f"<dt>{_esc(k)}</dt><dd>{_esc(v)}</dd>" for k, v in rows) + "</dl>"


def render_html(report: CheckReport, *, manuscript: Manuscript | None = None,
                provenance: Provenance | None = None, style: str = "apa") -> str:
    """The whole page: summary, fix list, manuscript view, filterable cards, reference list, provenance."""
    template = Template(resources.files("evidence.check").joinpath("templates/check.html").read_text(encoding="utf-8"))
    counts = report.counts
    summary = "".join(
        f"<li><b>{counts[k]}</b>{label}</li>" for k, label in (
            ("citations", "citations"), ("resolved", "resolved"), ("ambiguous", "ambiguous"),
            ("unresolved", "unresolved"), ("flagged", "with flags"), ("uncited_entries", "entries not cited")))
    if report.answered:
        summary += f"<li><b>{len(report.answered)}</b>{answered_words(report)}</li>"
    problems = find_problems(report)
    view, anchors = _manuscript_view(report, manuscript)
    references, ref_ids = _reference_list(report, style)
    kind = manuscript.kind if manuscript is not None else report.kind
    cards = "\n".join(_card(i, r, kind, anchors, ref_ids) for i, r in enumerate(report.results))
    where = report.path.name if report.path else "manuscript"
    return template.substitute(
        title=_esc(f"Citation check: {where}"),
        schema_version=SCHEMA_VERSION,
        summary=summary,
        problem_count=len(problems),
        fix_list=_fix_list(report, problems),
        manuscript=view,
        chips=_chips(report),
        items=cards or '<p class="note">No citations found.</p>',
        style=_esc(style),
        references=references,
        uncited_count=len(report.uncited),
        uncited=_uncited(report),
        provenance=_provenance(report, provenance, style),
    )
