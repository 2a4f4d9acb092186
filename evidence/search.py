"""Full-text search over a library, the only module that imports whoosh."""

from __future__ import annotations

from functools import lru_cache

from whoosh.analysis import CharsetFilter, StemmingAnalyzer
from whoosh.support.charset import accent_map


@lru_cache(maxsize=1)
def _analyzer():  # type: ignore[no-untyped-def]
    return StemmingAnalyzer() | CharsetFilter(accent_map)


def analyze(text: str) -> list[str]:
    """Tokens as the index sees them: lower-cased, accent-folded, stop words dropped, stemmed."""
    return [t.text for t in _analyzer()(text)]
