"""Search results: one ``Hit`` per matched entry, with a snippet that marks the matched words."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from whoosh import highlight
from whoosh.analysis import Token

from evidence.search.query import FIELDS

MARK_START = "[["
MARK_END = "]]"


def spans(snippet: str) -> list[tuple[str, bool]]:
    """Split a marked snippet into ``(text, is_match)`` spans, for colouring."""
    out: list[tuple[str, bool]] = []
    for i, part in enumerate(re.split(r"\[\[(.*?)\]\]", snippet)):
        if part:
            out.append((part, i % 2 == 1))
    return out


@dataclass(frozen=True)
class Hit:
    """One ranked result. ``snippet`` marks matched words as ``[[word]]`` (see ``spans``);
    ``matched_fields`` says why the entry matched."""

    key: str
    score: float
    title: str
    snippet: str
    matched_fields: tuple[str, ...]
    year: int | None = None
    authors: str = ""
    journal: str = ""
    retracted: bool = False

    def to_dict(self) -> dict[str, object]:
        return {
            "key": self.key,
            "score": round(self.score, 4),
            "title": self.title,
            "year": self.year,
            "authors": self.authors,
            "journal": self.journal,
            "snippet": self.snippet,
            "matched_fields": list(self.matched_fields),
            "retracted": self.retracted,
        }


class _MarkFormatter(highlight.Formatter):  # type: ignore[misc]
    """Marks matched words with ``[[...]]`` so the CLI can colour them and JSON stays plain."""

    between = " … "

    def format_token(self, text: str, token: Token, replace: bool = False) -> str:
        return MARK_START + str(highlight.get_text(text, token, replace)) + MARK_END


_SNIPPET_FIELDS = ("abstract", "title", "keyword", "mesh", "author", "journal")
_FIELD_ORDER = {name: i for i, name in enumerate(("key", *FIELDS))}
_WHOLE_FIELDS = {"title", "keyword", "journal"}


def _snippet(hit: Any, matched: set[str]) -> str:
    """The abstract around the matched words; else the other matched field that explains the
    hit (``mesh: ...``); else the abstract's opening."""
    for name in _SNIPPET_FIELDS:
        if name in matched:
            hit.results.fragmenter = (
                highlight.WholeFragmenter()
                if name in _WHOLE_FIELDS
                else highlight.ContextFragmenter(maxchars=300, surround=60)
            )
            text = str(hit.highlights(name, top=2))
            if MARK_START in text:
                return text if name == "abstract" else f"{name}: {text}"
    abstract = str(hit.get("abstract", ""))
    return abstract[:200].rsplit(" ", 1)[0] + " …" if len(abstract) > 200 else abstract


def ranked_hits(results: Any) -> list[Hit]:
    """Whoosh's results as our hits, best first; equal scores in key order, so output is stable."""
    results.formatter = _MarkFormatter()
    hits = []
    for hit in results:
        matched = {name for name, _ in (hit.matched_terms() or [])}
        known = (f for f in matched if f in _FIELD_ORDER)
        fields = tuple(sorted(known, key=_FIELD_ORDER.__getitem__))
        hits.append(
            Hit(
                key=hit["id"],
                score=float(hit.score or 0.0),
                title=hit.get("title", ""),
                snippet=_snippet(hit, matched),
                matched_fields=fields,
                year=hit.get("year"),
                authors=hit.get("author", ""),
                journal=hit.get("journal", ""),
                retracted=bool(hit.get("retracted", False)),
            )
        )
    hits.sort(key=lambda h: (-round(h.score, 6), h.key))
    return hits
