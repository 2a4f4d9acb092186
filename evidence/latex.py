"""LaTeX <-> Unicode, the only module that imports pylatexenc.

BibTeX values carry LaTeX (``Lan{\\c{c}}on``, ``{\\"o}``, ``--``); display, search and
export need plain Unicode, and legacy BibTeX export needs the reverse.
"""

from __future__ import annotations

import logging
import re
from functools import lru_cache

from pylatexenc.latex2text import LatexNodes2Text
from pylatexenc.latexencode import UnicodeToLatexEncoder

_SPACES = re.compile(r"\s+")
# pylatexenc logs each character it cannot name; callers report what matters, once.
_LOG = logging.getLogger("pylatexenc")
_LOG.addHandler(logging.NullHandler())
_LOG.propagate = False


@lru_cache(maxsize=1)
def _decoder() -> LatexNodes2Text:
    return LatexNodes2Text(math_mode="verbatim", strict_latex_spaces=True)


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
    return _encoder().unicode_to_latex(value)
