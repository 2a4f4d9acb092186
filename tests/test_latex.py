"""latex.py against pylatexenc's own defaults: where we differ, a test here shows why BibTeX needs it."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pylatexenc.latexencode import UnicodeToLatexEncoder

from evidence.errors import EntryError
from evidence.formats.csljson import csl_to_entry
from evidence.latex import escape_specials, to_latex, to_text
from evidence.store.bibfile import check_value

# pylatexenc as it comes, told to escape ASCII too and to brace after macros as we do
PLAIN = UnicodeToLatexEncoder(non_ascii_only=False, replacement_latex_protection="braces-after-macro",
                              unknown_char_policy="keep")


@pytest.mark.parametrize("char", list("#$%&_\\^~"))
def test_specials_are_escaped_exactly_as_pylatexenc_does(char: str) -> None:
    assert escape_specials(f"a{char}b") == PLAIN.unicode_to_latex(f"a{char}b")
    assert to_text(escape_specials(f"a{char}b")) == f"a{char}b"


def test_pylatexenc_braces_would_break_the_bib_file() -> None:
    theirs, ours = PLAIN.unicode_to_latex("set {x"), escape_specials("set {x")
    assert theirs == "set \\{x"
    with pytest.raises(EntryError, match="unbalanced braces"):
        check_value("k", "title", theirs)  # BibTeX counts \{ as an opening brace
    assert ours == "set \\textbraceleft{}x"
    check_value("k", "title", ours)
    assert to_text(ours) == "set {x"


def test_quotes_angle_brackets_and_unicode_are_kept_as_typed() -> None:
    text = 'The "Müller" <i>effect</i> – 5 < 6'
    assert escape_specials(text) == text
    theirs = PLAIN.unicode_to_latex(text)
    assert theirs == "The ''M\\\"uller'' \\ensuremath{<}i\\ensuremath{>}effect\\ensuremath{<}/i\\ensuremath{>} " \
                     "\\textendash{} 5 \\ensuremath{<} 6"
    assert to_text(theirs) != text  # '' is not " once decoded
    # CSL rich text relies on the tags surviving the escape
    assert csl_to_entry({"type": "book", "title": "<i>Hypericum</i> & co"}).fields["title"] == \
        "\\textit{Hypericum} \\& co"


def test_caret_and_braces_decode_to_what_was_typed() -> None:
    # pylatexenc alone decodes \textasciicircum to U+02C6 and drops \textbraceleft
    assert to_text("x\\textasciicircum{}2 \\textbraceleft{}a\\textbraceright{}") == "x^2 {a}"


def test_to_latex_is_ascii_for_export() -> None:
    assert to_latex("Lançon “x”") == "Lan{\\c{c}}on {\\textquotedblleft}x{\\textquotedblright}"
    assert to_latex("plain") == "plain"


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="abcXYZ019 #$%&_\\^{}~éßΩ", max_size=30))
def test_escaped_text_decodes_back(text: str) -> None:
    escaped = escape_specials(text)
    check_value("k", "title", escaped)
    assert to_text(escaped) == " ".join(text.split())
