"""LaTeX <-> Unicode, the only module that imports pylatexenc.

BibTeX values carry LaTeX (``Lan{\\c{c}}on``, ``{\\"o}``, ``--``); display, search and
export need plain Unicode, importers need the LaTeX specials of a Unicode value escaped, and
legacy BibTeX export needs every non-ASCII character as LaTeX.

pylatexenc's tables are used with three BibTeX corrections, each tested in tests/test_latex.py:
a brace is written ``\\textbraceleft{}`` (BibTeX counts ``\\{`` towards brace balance, so the
value would not parse), ``"``, ``<`` and ``>`` are kept (pylatexenc's ``''`` and
``\\ensuremath{<}`` do not read back as typed, and ``<i>`` must survive for CSL rich text), and
``\\textbraceleft``, ``\\textbraceright`` and ``\\textasciicircum`` decode to ``{``, ``}``, ``^``.
"""

from __future__ import annotations

import logging
import re
from functools import lru_cache

from pylatexenc.latex2text import LatexNodes2Text, MacroTextSpec, get_default_latex_context_db
from pylatexenc.latexencode import RULE_CALLABLE, UnicodeToLatexConversionRule, UnicodeToLatexEncoder

_SPACES = re.compile(r"\s+")
# pylatexenc logs each character it cannot name; callers report what matters, once.
_LOG = logging.getLogger("pylatexenc")
_LOG.addHandler(logging.NullHandler())
_LOG.propagate = False


_SPECIALS = frozenset("#$%&\\^_{}~")
_BRACES = {"{": r"\textbraceleft{}", "}": r"\textbraceright{}"}


@lru_cache(maxsize=1)
def _decoder() -> LatexNodes2Text:
    context = get_default_latex_context_db()
    context.add_context_category("bibtex-escapes", prepend=True, macros=[
        MacroTextSpec("textbraceleft", "{"),
        MacroTextSpec("textbraceright", "}"),
        MacroTextSpec("textasciicircum", "^"),
    ])
    return LatexNodes2Text(latex_context=context, math_mode="verbatim", strict_latex_spaces=True)


def _bibtex_rule(text: str, pos: int) -> tuple[int, str] | None:
    """Where BibTeX needs other than pylatexenc's defaults: braces, and characters kept as typed."""
    char = text[pos]
    if char in _BRACES:
        return 1, _BRACES[char]
    return None if char in _SPECIALS else (1, char)


@lru_cache(maxsize=1)
def _special_encoder() -> UnicodeToLatexEncoder:
    rules = [UnicodeToLatexConversionRule(RULE_CALLABLE, _bibtex_rule), "defaults"]
    return UnicodeToLatexEncoder(conversion_rules=rules, non_ascii_only=False,
                                 replacement_latex_protection="braces-after-macro", unknown_char_policy="keep")


def escape_specials(text: str) -> str:
    """A Unicode value with its LaTeX specials escaped (``&`` -> ``\\&``); letters stay Unicode (the .bib is UTF-8)."""
    if _SPECIALS.isdisjoint(text):
        return text
    return str(_special_encoder().unicode_to_latex(text))


@lru_cache(maxsize=1)
def _encoder() -> UnicodeToLatexEncoder:
    # a character LaTeX has no name for becomes a visible \texttt{U+237A}: --ascii means ASCII
    return UnicodeToLatexEncoder(non_ascii_only=True, replacement_latex_protection="braces-all",
                                 unknown_char_policy="unihex")


def to_text(value: str) -> str:
    """Plain Unicode for a BibTeX value: accents decoded, braces dropped, spaces collapsed."""
    if not value:
        return ""
    if "\\" not in value and "$" not in value:  # fast path: most values need no LaTeX parser
        return _SPACES.sub(" ", value.replace("{", "").replace("}", "").replace("~", " ")).strip()
    return _to_text_slow(value)


@lru_cache(maxsize=65536)
def _to_text_slow(value: str) -> str:
    try:
        text = _decoder().latex_to_text(value)
    except Exception:  # pylatexenc is lenient, but never let display crash on odd input
        text = value.replace("{", "").replace("}", "")
    return _SPACES.sub(" ", text).strip()


def to_latex(value: str) -> str:
    """ASCII-only LaTeX for a Unicode value (for ``export --ascii``)."""
    if value.isascii():
        return value
    return str(_encoder().unicode_to_latex(value))
