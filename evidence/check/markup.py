"""Inline Markdown/LaTeX markup of manuscript text turned into HTML, with extra spans (links, highlights) laid over it.

A writer's ``*Helicobacter pylori*`` must read as italics in the report, not as asterisks. The
markup is parsed into *styles* over the visible text (delimiters hidden), extra spans given in
source offsets are mapped onto the same text, and the result is emitted as runs that each open
and close their own tags, so the HTML is always well nested however the spans overlap.
"""

from __future__ import annotations

import bisect
import html
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

# (pattern, style, group holding the content): the rest of the match is hidden delimiters.
_MARKDOWN: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"`([^`\n]+)`"), "code"),
    (re.compile(r"\*\*(?=\S)([^\n]+?)(?<=\S)\*\*"), "b"),
    (re.compile(r"(?<![\w_])__(?=\S)([^\n]+?)(?<=\S)__(?![\w_])"), "b"),
    (re.compile(r"(?<![\w*\\])\*(?=[^\s*])([^*\n]+?)(?<=[^\s*\\])\*(?![\w*])"), "i"),
    (re.compile(r"(?<![\w_\\])_(?=[^\s_])([^_\n]+?)(?<=[^\s_])_(?![\w_])"), "i"),
    (re.compile(r"(?<!\S)\^([^\s^]+)\^"), "sup"),
    (re.compile(r"(?<![~\w])~([^\s~]+)~(?!~)"), "sub"),
)
_LATEX_COMMANDS = {"emph": "i", "textit": "i", "textsl": "i", "textbf": "b", "texttt": "code",
                   "textsuperscript": "sup", "textsubscript": "sub", "textsc": "", "textrm": "", "textup": "",
                   "mbox": "", "text": ""}
_LATEX: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\\(?:" + "|".join(_LATEX_COMMANDS) + r")\{([^{}\n]*)\}"), "cmd"),
    (re.compile(r"\{\\(?:it|em|sl)\s+([^{}\n]*)\}"), "i"),
    (re.compile(r"\{\\bf\s+([^{}\n]*)\}"), "b"),
    (re.compile(r"\\([%&_#$])"), ""),
)
_HEADING = re.compile(r"^(#{1,6}[ \t]+)(.*)$", re.M)


@dataclass(frozen=True)
class Span:
    """A styled stretch of *source* text: ``tag`` is an HTML element name, ``attrs`` its attributes."""

    start: int
    end: int
    tag: str
    attrs: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Marked:
    """Source text with its inline markup parsed: hidden delimiter ranges and style spans (source offsets)."""

    source: str
    hidden: tuple[tuple[int, int], ...]
    styles: tuple[Span, ...]


def _overlaps(start: int, end: int, protected: Sequence[tuple[int, int]]) -> bool:
    return any(start < p_end and p_start < end for p_start, p_end in protected)


def parse_markup(text: str, kind: str, protected: Sequence[tuple[int, int]] = ()) -> Marked:
    """Find inline markup for a manuscript ``kind`` ("markdown", "latex"; others have none).

    ``protected`` ranges (citations) are never parsed as markup, so ``[@smith_2020]`` keeps its
    underscores.
    """
    rules = _MARKDOWN if kind == "markdown" else _LATEX if kind == "latex" else ()
    hidden: list[tuple[int, int]] = []
    styles: list[Span] = []
    taken: list[tuple[int, int]] = list(protected)
    if kind == "markdown":
        for m in _HEADING.finditer(text):
            hidden.append(m.span(1))
            styles.append(Span(m.start(2), m.end(2), "strong", (("class", "h"),)))
    for pattern, style in rules:
        for m in pattern.finditer(text):
            if _overlaps(m.start(), m.end(), taken):
                continue
            taken.append(m.span())
            inner_start, inner_end = m.span(1)
            hidden.extend([(m.start(), inner_start), (inner_end, m.end())])
            tag = _LATEX_COMMANDS[m.group(0)[1:m.group(0).index("{")]] if style == "cmd" else style
            if tag:
                styles.append(Span(inner_start, inner_end, tag))
    hidden = sorted(h for h in hidden if h[1] > h[0])
    return Marked(text, tuple(hidden), tuple(styles))


def _open(span: Span) -> str:
    attrs = "".join(f' {name}="{html.escape(value, quote=True)}"' for name, value in span.attrs)
    return f"<{span.tag}{attrs}>"


def render(marked: Marked, extra: Iterable[Span] = ()) -> str:
    """HTML of the visible text with the markup styles and ``extra`` spans (source offsets).

    Each run between two span boundaries opens the spans covering it (outermost first: the
    earliest-starting, then longest) and closes them again, so the output is well nested.
    """
    text = marked.source
    spans = [s for s in (*marked.styles, *extra) if s.end > s.start]
    cuts = {0, len(text)}
    for s in spans:
        cuts.update((max(0, s.start), min(len(text), s.end)))
    for start, end in marked.hidden:
        cuts.update((start, end))
    by_start = sorted(spans, key=lambda s: (s.start, -s.end))
    hidden_starts = [h[0] for h in marked.hidden]
    out: list[str] = []
    active: list[Span] = []
    j = 0
    bounds = sorted(cuts)
    for a, b in zip(bounds, bounds[1:], strict=False):
        while j < len(by_start) and by_start[j].start <= a:
            active.append(by_start[j])
            j += 1
        active = [s for s in active if s.end > a]
        k = bisect.bisect_right(hidden_starts, a) - 1
        if k >= 0 and marked.hidden[k][0] <= a < marked.hidden[k][1]:
            continue
        out.append("".join(_open(s) for s in active) + html.escape(text[a:b], quote=False)
                   + "".join(f"</{s.tag}>" for s in reversed(active)))
    return "".join(out)


def render_inline(text: str, kind: str, extra: Iterable[Span] = ()) -> str:
    """``parse_markup`` then ``render``: one call for a short piece of manuscript text."""
    return render(parse_markup(text, kind), extra)
