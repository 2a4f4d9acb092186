"""Inline markup of manuscript text rendered as HTML, with links and highlights laid over it."""

from __future__ import annotations

from evidence.check.markup import Span, parse_markup, render, render_inline


def test_markdown_emphasis_code_and_headings() -> None:
    text = "# Results\n*Helicobacter pylori* and **strong** and `code` and _E. coli_ and 2 * 3 * 4"
    assert render_inline(text, "markdown") == (
        '<strong class="h">Results</strong>\n<i>Helicobacter pylori</i> and <b>strong</b> and <code>code</code> '
        "and <i>E. coli</i> and 2 * 3 * 4")


def test_latex_commands_and_escapes() -> None:
    text = r"\emph{H. pylori} in {\it vivo} at 5\% and \textbf{bold}, \textsc{who} H\textsubscript{2}O"
    assert render_inline(text, "latex") == "<i>H. pylori</i> in <i>vivo</i> at 5% and <b>bold</b>, who H<sub>2</sub>O"


def test_plain_text_and_docx_have_no_markup_and_are_escaped() -> None:
    assert render_inline("*not italic* <b>&", "text") == "*not italic* &lt;b&gt;&amp;"
    assert render_inline("*not italic*", "docx") == "*not italic*"


def test_citations_are_protected_from_markup() -> None:
    text = "see [@smith_2020; @lee_2021_b] and _this_"
    marked = parse_markup(text, "markdown", protected=[(4, 30)])
    assert render(marked) == "see [@smith_2020; @lee_2021_b] and <i>this</i>"


def test_overlapping_spans_stay_well_nested() -> None:
    text = "*Helicobacter pylori* causes ulcers"
    page = render_inline(text, "markdown", [Span(5, 28, "mark"), Span(22, 35, "a", (("href", "#c-1"),))])
    assert page == ('<i>Heli</i><i><mark>cobacter pylori</mark></i><mark> </mark>'
                    '<mark><a href="#c-1">causes</a></mark><a href="#c-1"> ulcers</a>')


def test_attributes_are_escaped() -> None:
    assert render_inline("x", "text", [Span(0, 1, "a", (("title", 'a "b" <c>'),))]) == \
        '<a title="a &quot;b&quot; &lt;c&gt;">x</a>'
