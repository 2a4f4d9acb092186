"""Which citekey style a library writes: its own setting, else a majority vote of its existing keys.

The setting lives in the .bib itself, as one line ``@comment{evidence: key-format=author_year}``:
it travels with the file (to a co-author, into git), every tool leaves ``@comment`` alone, and
BibTeX ignores it; JabRef keeps its own key pattern the same way (``@Comment{jabref-meta: ...}``).
Without it, the style is the one most existing keys follow (:func:`detect_style`); a library
with no clear majority gets evidence's default (``scholar``: ``berman2000antidepressant``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence

from evidence.errors import LibraryError
from evidence.identity import DEFAULT_KEY_STYLE, KEY_STYLES, ascii_word, key_surname, key_title_words
from evidence.model import Entry

__all__ = ["AUTO", "MIN_SHARE", "MIN_VOTES", "SAMPLE", "detect_style", "key_style", "parse_key_format",
           "StyleCache", "setting_line", "style_setting"]

AUTO = "auto"
#: The winning style must explain at least this share of the keys that have an author and a year ...
MIN_SHARE = 0.5
#: ... and at least this many keys, so one key never decides a library's style.
MIN_VOTES = 2
#: Keys looked at: spread over the whole file, enough for a stable vote, cheap on 100k entries.
SAMPLE = 600

_ALIASES = {"[auth:lower][shorttitle3_3][year]": "bbt", "auth.lower + shorttitle(3,3) + year": "bbt",
            "author2019word": "scholar", "authoryeartitleword": "scholar"}
_SETTING = re.compile(r"@comment\s*[{(]\s*evidence\s*:\s*key-format\s*=\s*([^\s})]+)\s*[})]", re.IGNORECASE)


def parse_key_format(value: str) -> str:
    """A style name from the user (``--key-format`` or the .bib setting): one of KEY_STYLES or ``auto``."""
    text = value.strip()
    if text in KEY_STYLES or text == AUTO:
        return text
    alias = _ALIASES.get(text) or _ALIASES.get(text.lower())
    if alias and text != "AuthorYearTitleword":
        return alias
    raise LibraryError(f"unknown key format {value!r}",
                       hint=f"use one of {', '.join([*KEY_STYLES, AUTO])} (see `evidence add --help`)")


def setting_line(style: str) -> str:
    """The line that fixes a library's key style, to paste into the .bib."""
    return f"@comment{{evidence: key-format={style}}}"


def style_setting(comments: Iterable[str]) -> str | None:
    """The style an ``@comment{evidence: key-format=...}`` block names (the first such block wins)."""
    for text in comments:
        found = _SETTING.search(text)
        if found:
            return parse_key_format(found.group(1))
    return None


def _styles_of(key: str, entry: Entry) -> set[str]:
    """The styles whose key for ``entry`` is ``key`` (allowing a clash suffix and a surname without
    its particle); loose on title words, since other tools skip other function words."""
    year = str(entry.year)
    names = entry.authors or entry.editors
    surnames = {key_surname(entry)} | ({ascii_word(names[0].last)} if names else set())
    lower = key.lower()
    out: set[str] = set()
    for surname in surnames - {""}:
        if not lower.startswith(surname):
            continue
        rest, tail = key[len(surname):], lower[len(surname):]
        if re.fullmatch(rf"{year}(?:[a-z]|[a-z]?\d)?", tail):
            out.add("authoryear")
        elif re.fullmatch(rf"_{year}(?:[a-z]{{1,2}}|\d)?", tail):
            out.add("author_year")
        elif key[:1].isupper() and re.fullmatch(rf"{year}[A-Z][a-z0-9]*", rest):
            out.add("AuthorYearTitleword")
        elif key[:1].islower() and re.fullmatch(rf"(?:[A-Z][a-z0-9]*){{1,3}}{year}[a-z]?", rest):
            out.add("bbt")
        elif key == lower and (word := re.fullmatch(rf"{year}([a-z]{{2,}})", tail)) \
                and any(word.group(1).startswith(w) for w in key_title_words(entry)[:1] if len(w) >= 2):
            out.add("scholar")
    return out


def detect_style(entries: Sequence[Entry]) -> str | None:
    """The style most keys follow, if it explains at least :data:`MIN_SHARE` of the keys of entries
    with an author and a year (and at least :data:`MIN_VOTES` keys); None when no style is clear."""
    step = max(1, len(entries) // SAMPLE)
    votes: Counter[str] = Counter()
    counted = 0
    for entry in entries[::step]:
        if not (entry.authors or entry.editors) or entry.year is None:
            continue
        counted += 1
        votes.update(_styles_of(entry.key, entry))
    if not votes:
        return None
    style, n = votes.most_common(1)[0]
    return style if n >= MIN_VOTES and n >= MIN_SHARE * counted else None


def key_style(entries: Sequence[Entry], comments: Iterable[str] = (), key_format: str | None = None) -> str:
    """The style new keys take: ``key_format`` (unless ``auto``), else the .bib's setting, else the
    detected style, else evidence's default."""
    if key_format and parse_key_format(key_format) != AUTO:
        return parse_key_format(key_format)
    setting = style_setting(comments)
    if setting and setting != AUTO:
        return setting
    return detect_style(entries) or DEFAULT_KEY_STYLE


class StyleCache:
    """A library's detected style, recomputed only when the library has grown a lot since (an import
    of 7,000 entries into an empty file asks for 7,000 keys; the vote runs about a dozen times)."""

    def __init__(self) -> None:
        self._style = ""
        self._size = -1

    def style(self, size: int, entries: Callable[[], Sequence[Entry]], comments: Callable[[], Iterable[str]]) -> str:
        """The style for a library of ``size`` entries (``entries`` and ``comments`` read only when needed)."""
        if self._size < 0 or (size != self._size and (self._size < 50 or size >= 2 * self._size)):
            self._style, self._size = key_style(entries(), comments()), size
        return self._style
