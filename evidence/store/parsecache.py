"""The parse cache: a large library re-parses only the chunks that changed since the last load.

A chunk runs from one line that opens with ``@`` to the next. Its parse result is keyed by its
text, by the file's ``@string`` definitions, by ``CACHE_VERSION`` (this module's format) and by
``bibfile.PARSER_VERSION`` plus the parser's own sources, so a changed parser never reuses stale
results. The result must equal ``bibfile.parse`` of the whole file; whenever a chunk cannot be
trusted on its own (a block or an @comment runs past its end, a block fails to parse) the whole
file is parsed instead.
"""

from __future__ import annotations

import bisect
import contextlib
import hashlib
import os
import pickle
import re
from dataclasses import dataclass
from pathlib import Path

import bibtexparser
from bibtexparser import model as bpm

import evidence.model as model_module
from evidence.model import Entry
from evidence.store import bibfile
from evidence.store.bibfile import Decoded, ParsedFile, Problem, Span, _Item
from evidence.store.paths import library_slug

CACHE_VERSION = 2  # bump when the layout of cached chunks changes

_STRING_CHUNK = re.compile(r"\s*@\s*string\b", re.I)


def _parser_tag() -> str:
    """What the cached results depend on: our format, the parser's version constant, bibtexparser's
    version and the source of the modules that build items (so even a forgotten bump is safe)."""
    digest = hashlib.sha1()
    for module_file in (bibfile.__file__, model_module.__file__):
        try:
            digest.update(Path(str(module_file)).read_bytes())
        except OSError:
            digest.update(b"?")
    return f"{CACHE_VERSION}|{bibfile.PARSER_VERSION}|{bibtexparser.__version__}|{digest.hexdigest()}"


def parse_cached(decoded: Decoded, cache: dict[str, object]) -> ParsedFile:
    """``bibfile.parse`` that reuses per-chunk results from ``cache`` (a dict the caller persists)."""
    with bibfile._no_gc():
        return _parse_cached(decoded, cache)


def _whole(decoded: Decoded, cache: dict[str, object], keys: list[str], starts: list[int]) -> ParsedFile:
    """Parse the whole file and refill the cache from it, unless a block crosses a chunk."""
    items = bibfile._local_items(decoded.text)
    per_chunk = _split_items(decoded.text, items, starts)
    if per_chunk is not None:
        cache.clear()
        for key, chunk_items in zip(keys, per_chunk, strict=True):
            cache[key] = pickle.dumps(chunk_items, protocol=pickle.HIGHEST_PROTOCOL)
    return bibfile._finish(decoded, items)


def _parse_cached(decoded: Decoded, cache: dict[str, object]) -> ParsedFile:
    text = decoded.text
    starts = bibfile._chunks(text)
    bounds = list(zip(starts, [*starts[1:], len(text)], strict=True))
    sig = hashlib.sha1((_parser_tag() + "\x00" + "\x00".join(text[a:b] for a, b in bounds
                                                             if _STRING_CHUNK.match(text, a)))
                       .encode("utf-8", "surrogatepass")).hexdigest()
    keys = [hashlib.sha1((sig + text[a:b]).encode("utf-8", "surrogatepass")).hexdigest() for a, b in bounds]
    missing = [i for i, k in enumerate(keys) if k not in cache]
    if len(missing) > len(keys) // 2:  # mostly new: one whole parse is faster, then fill the cache
        return _whole(decoded, cache, keys, starts)
    strings = _strings_of(text, bounds) if missing else {}
    line_of_start = _line_numbers(text, starts)
    items: list[_Item] = []
    for i, (key, (a, b)) in enumerate(zip(keys, bounds, strict=True)):
        chunk_items: list[_Item] | None = None
        if key in cache:
            try:
                chunk_items = pickle.loads(cache[key])  # type: ignore[arg-type]
            except Exception:  # a damaged cache entry is a miss
                chunk_items = None
        if chunk_items is None:
            chunk_items = bibfile._local_items(text[a:b], strings)
            if any(it.span.end > b - a for it in chunk_items) or _crosses(text[a:b]):
                return _whole(decoded, cache, keys, starts)
            cache[key] = pickle.dumps(chunk_items, protocol=pickle.HIGHEST_PROTOCOL)
        # a block that fails alone may be one a whole parse reads fine: a hand edit put a line
        # starting with @ inside a value, which cuts a chunk but not the entry (BibTeX reads it)
        if any(it.span.kind == "failed" for it in chunk_items):
            return _whole(decoded, cache, keys, starts)
        items.extend(_shift(it, a, line_of_start[i] - 1) for it in chunk_items)
    for stale in set(cache) - set(keys):
        del cache[stale]
    return bibfile._finish(decoded, items)


def _crosses(chunk: str) -> bool:
    """True when a braced @comment in this chunk does not close inside it."""
    return any(end >= len(chunk) and chunk[end - 1] not in "})" for _, end in bibfile._comment_regions(chunk))


def _split_items(text: str, items: list[_Item], starts: list[int]) -> list[list[_Item]] | None:
    """The whole-file items grouped by chunk, made relative; None if any crosses a chunk."""
    line_of_start = _line_numbers(text, starts)
    ends = [*starts[1:], len(text)]
    grouped: list[list[_Item]] = [[] for _ in starts]
    for a, b in bibfile._comment_regions(text):
        if b > ends[bisect.bisect_right(starts, a) - 1]:
            return None
    for item in items:
        i = bisect.bisect_right(starts, item.span.start) - 1
        if item.span.end > ends[i]:
            return None
        grouped[i].append(_shift(item, -starts[i], -(line_of_start[i] - 1)))
    return grouped


def _shift(item: _Item, offset: int, lines: int) -> _Item:
    """A copy of ``item`` moved by ``offset`` characters and ``lines`` lines."""
    old = item.span
    span = Span(old.kind, old.start + offset, old.end + offset, old.line + lines, old.key, old.live,
                old.raw_fields, old.field_names, old.entry_type, old.style)
    entry = None
    if item.entry is not None:
        entry = Entry(item.entry.key, item.entry.type, dict(item.entry.fields), item.entry.line + lines)
    problems = [Problem(p.kind, p.line + lines, p.message, p.key) for p in item.problems]
    return _Item(span, entry, problems, item.string_value)


def _line_numbers(text: str, starts: list[int]) -> list[int]:
    """1-based line number of each chunk start."""
    out, line, pos = [], 1, 0
    for start in starts:
        line += text.count("\n", pos, start) + len(re.findall(r"\r(?!\n)", text[pos:start]))
        pos = start
        out.append(line)
    return out


def _strings_of(text: str, bounds: list[tuple[int, int]]) -> dict[str, str]:
    """The file's @string values, from the chunks that define them (a small parse)."""
    strings: dict[str, str] = {}
    for a, b in bounds:
        if _STRING_CHUNK.match(text, a):
            for block in bibtexparser.parse_string(text[a:b], parse_stack=[]).blocks:  # type: ignore[attr-defined]
                if isinstance(block, bpm.String):
                    strings.setdefault(block.key.lower(), bibfile.resolve_value(block.value, strings)[0])
    return strings


@dataclass
class ParseCache:
    """Per-chunk parse results of one library, pickled in the user cache folder. Disposable:
    any problem reading or writing it means starting empty, never an error."""

    path: Path
    chunks: dict[str, object]
    _keys: frozenset[str] = frozenset()

    @classmethod
    def open(cls, cache_dir: Path, library: Path) -> ParseCache:
        path = Path(cache_dir) / "parse" / f"{library_slug(library)}.pickle"
        try:
            with open(path, "rb") as handle:
                chunks = pickle.load(handle)
            if not isinstance(chunks, dict) or chunks.get("__version__") != CACHE_VERSION:
                chunks = {}
        except Exception:  # missing, truncated, from another version: a cache, so start again
            chunks = {}
        chunks.pop("__version__", None)
        return cls(path, chunks, frozenset(chunks))

    def store(self) -> None:
        if frozenset(self.chunks) == self._keys:
            return
        tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with open(tmp, "wb") as handle:
                pickle.dump({**self.chunks, "__version__": CACHE_VERSION}, handle, protocol=5)
            os.replace(tmp, self.path)
            self._keys = frozenset(self.chunks)
        except OSError:  # an unwritable cache only costs speed
            with contextlib.suppress(OSError):
                tmp.unlink(missing_ok=True)
