"""Whoosh writers for the index: a faster segment writer for updates, and two processes for first builds."""

from __future__ import annotations

from typing import Any

from whoosh.index import FileIndex
from whoosh.writing import SegmentWriter


class _Lengths:
    """A segment's field lengths, answering 0 at once for fields that keep none (``id``, ``year``, ``has``):
    Whoosh asks for every posting and, for those fields, looks for a column file on disk each time
    (2 million ``stat`` calls, a tenth of a 100k build)."""

    def __init__(self, reader: Any, scorable: frozenset[str]) -> None:
        self.reader, self.scorable = reader, scorable

    def doc_field_length(self, docnum: int, fieldname: str, default: int = 0) -> int:
        if fieldname not in self.scorable:
            return default
        return int(self.reader.doc_field_length(docnum, fieldname, default))

    def __getattr__(self, name: str) -> Any:
        return getattr(self.reader, name)


class Writer(SegmentWriter):  # type: ignore[misc]
    def per_document_reader(self) -> Any:
        scorable = frozenset(name for name, f in self.schema.items() if f.scorable)
        return _Lengths(super().per_document_reader(), scorable)


PARALLEL_FROM = 5000  # documents from which a first build analyses them in two processes (on 2+ cores)


def new_writer(ix: FileIndex, parallel: bool) -> SegmentWriter:
    """The writer of a whole build. In parallel, two helper processes analyse documents and each writes
    its own segment (kept as they are: merging them would cost what the helpers saved); 100k
    entries then take about 0.65x the time (bench/bench_scale.py)."""
    if not parallel:
        return Writer(ix, _lk=False, limitmb=256, compound=False)  # we hold the write lock
    from whoosh.multiproc import MpWriter

    return MpWriter(ix, procs=2, batchsize=500, multisegment=True, _lk=False, compound=False,
                    subargs={"limitmb": 128, "compound": False})
