"""A term's BM25F scores over all its postings in one loop, as Whoosh's own scorer computes them.

Ranking reads every ``Or`` up front (``collect._SumMatcher``): every posting of every word in every
field. Whoosh scores one posting through some twenty Python calls (the boost wrapper, the leaf
matcher, ``BM25FScorer``, and the field length read from its column one document at a time); on the
7k-entry library that was most of a plain query's time. Here a term matcher that Whoosh would score
with ``BM25FScorer`` is read in one loop with the same formula, its operations in the same order (so
the same floats), the field's length column read once per segment. Any other matcher (another
scorer, postings inlined in the term dictionary, a tree) gives None, and the caller asks Whoosh.
"""

from __future__ import annotations

from typing import Any

from whoosh.codec.whoosh3 import LENGTHS_COLUMN, W3LeafMatcher, W3PerDocReader, _lenfield
from whoosh.columns import NumericColumn
from whoosh.matching import FilterMatcher, WrappingMatcher
from whoosh.scoring import BM25FScorer
from whoosh.util.numeric import byte_to_length

# A length byte as Whoosh reads it back (``W3PerDocReader.doc_field_length``): 0 gives None.
_LENGTH: tuple[int | None, ...] = (None, *(int(byte_to_length(b)) for b in range(1, 256)))
_UNREADABLE = b""  # (a reader or column of a kind this module does not know: Whoosh scores)


class FieldLengths:
    """The length byte of every document in each field of one segment, read on first use."""

    def __init__(self, reader: Any) -> None:
        self.perdoc: Any = getattr(reader, "_perdoc", None)
        self._bytes: dict[str, bytes | None] = {}

    def of(self, field: str) -> bytes | None:
        """The field's length bytes by document; None when the segment keeps no lengths for it
        (Whoosh then takes 1); empty when they cannot be read here."""
        if field not in self._bytes:
            self._bytes[field] = self._read(field)
        return self._bytes[field]

    def _read(self, field: str) -> bytes | None:
        if type(self.perdoc) is not W3PerDocReader:
            return _UNREADABLE
        column = self.perdoc._cached_reader(_lenfield(field), LENGTHS_COLUMN)
        if column is None:
            return None
        if type(column) is not NumericColumn.Reader or column._fixedlen != 1:
            return _UNREADABLE
        return bytes(column._dbfile.get(column._basepos, column._count))


def term_scores(m: Any, lengths: FieldLengths) -> list[tuple[int, float]] | None:
    """(document, score) for every posting of a term matcher, in posting order, exactly as Whoosh
    scores them; None when ``m`` is not a BM25F-scored term of the whoosh3 codec. The matcher is read
    to its end. Its wrappers are Whoosh's: a boost (``Term.boost``) over a filter that leaves out a
    segment's deleted documents; each multiplies the score by its boost, innermost first."""
    boosts: list[float] = []
    deleted: frozenset[int] | None = None
    leaf = m
    while type(leaf) in (WrappingMatcher, FilterMatcher):
        if type(leaf) is FilterMatcher:
            if not leaf._exclude or deleted is not None:
                return None
            deleted = frozenset(leaf._ids)
        boosts.insert(0, leaf.boost)
        leaf = leaf.child
    if type(leaf) is not W3LeafMatcher or type(leaf.scorer) is not BM25FScorer:
        return None
    column = lengths.of(leaf.term()[0])
    if column == _UNREADABLE:
        return None
    scorer = leaf.scorer
    idf, avgfl, B, K1 = scorer.idf, scorer.avgfl, scorer.B, scorer.K1  # (Whoosh's names)
    count = len(column) if column is not None else 0
    table = _LENGTH
    out: list[tuple[int, float]] = []
    append = out.append
    is_active, doc_id, weight, step = leaf.is_active, leaf.id, leaf.weight, leaf.next
    while is_active():
        doc = doc_id()
        if deleted is not None and doc in deleted:
            step()
            continue
        tf = weight()
        if column is None:
            fl: int | None = 1
        else:
            fl = table[column[doc]] if doc < count else None
        score = idf * ((tf * (K1 + 1)) / (tf + K1 * ((1 - B) + B * fl / avgfl)))  # (whoosh.scoring.bm25)
        for boost in boosts:
            score = score * boost
        append((doc, score))
        step()
    return out
