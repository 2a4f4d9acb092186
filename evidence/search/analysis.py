"""Text analysis shared by the index and the claim checker: how text becomes search terms.

Never imports the index or the query parser, and imports Whoosh's analysis code only on
first use, so the checker can import ``analyze`` for free (``python -X importtime``: ~1 ms
over ``evidence.model``, against ~75 ms for ``whoosh.analysis`` and its imports).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from evidence.model import fold
from evidence.vocab import PUBTYPE_ALIASES


def _accent_filter() -> Any:
    from whoosh.analysis import CharsetFilter
    from whoosh.support.charset import accent_map

    return CharsetFilter(accent_map)


@lru_cache(maxsize=1)
def text_analyzer() -> Any:
    """Prose (title, abstract, keywords...): lower-cased, accent-folded, stop words dropped, stemmed."""
    from whoosh.analysis import StemmingAnalyzer

    return StemmingAnalyzer() | _accent_filter()


def analyze(text: str) -> list[str]:
    """Tokens as the index sees them: lower-cased, accent-folded, stop words dropped, stemmed."""
    return [t.text for t in text_analyzer()(text)]


@lru_cache(maxsize=1)
def name_analyzer() -> Any:
    """Names are folded but neither stemmed nor stop-listed, so ``Lancon`` finds ``Lançon``
    and a surname such as ``May`` stays searchable."""
    from whoosh.analysis import LowercaseFilter, RegexTokenizer

    return RegexTokenizer() | LowercaseFilter() | _accent_filter()


@lru_cache(maxsize=1)
def id_analyzer() -> Any:
    """Identifiers are one case-insensitive token (DOIs are case-insensitive, keys are typed
    in any case)."""
    from whoosh.analysis import IDTokenizer, LowercaseFilter

    return IDTokenizer() | LowercaseFilter()


def slug(text: str) -> str:
    """``Randomized Controlled Trial`` -> ``randomized-controlled-trial``: one token per type."""
    return re.sub(r"[^0-9a-z]+", "-", fold(text)).strip("-")


class PubTypeTokenizer:
    """One token per semicolon-separated publication type, as a slug (``Meta-Analysis`` ->
    ``meta-analysis``), plus its aliases at index time. Queries go through the same
    slugging, so ``type:"Randomized Controlled Trial"`` and ``type:rct`` both match.

    A Whoosh tokenizer by protocol (``__call__``, ``is_morph``), not by inheritance, so that
    defining it imports no Whoosh. Whoosh pickles the schema into each TOC: keep it
    importable by this name."""

    is_morph = False

    def has_morph(self) -> bool:
        return False

    def __eq__(self, other: object) -> bool:
        return isinstance(other, PubTypeTokenizer)

    def __hash__(self) -> int:
        return hash(type(self).__name__)

    def __call__(  # type: ignore[no-untyped-def]
        self,
        value: str,
        positions: bool = False,
        chars: bool = False,
        keeporiginal: bool = False,
        removestops: bool = True,
        start_pos: int = 0,
        start_char: int = 0,
        tokenize: bool = True,
        mode: str = "",
        **kwargs,
    ) -> Iterator[Any]:
        from whoosh.analysis import Token

        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        pos = start_pos
        parts = re.finditer(r"[^;]+", value) if tokenize else re.finditer(r".+", value, re.S)
        for match in parts:
            name = slug(match.group())
            if not name:
                continue
            names = [name] if mode == "query" else [name, *PUBTYPE_ALIASES.get(name, ())]
            for text in names:
                token.text = text
                token.boost = 1.0
                token.stopped = False
                if keeporiginal:
                    token.original = match.group()
                if positions:
                    token.pos = pos
                    pos += 1
                if chars:
                    token.startchar = start_char + match.start()
                    token.endchar = start_char + match.end()
                yield token


@lru_cache(maxsize=1)
def pubtype_analyzer() -> Any:
    """Publication types: slugs and their aliases (see ``PubTypeTokenizer``)."""
    from whoosh.analysis import CompositeAnalyzer, LowercaseFilter

    return CompositeAnalyzer(PubTypeTokenizer(), LowercaseFilter())
