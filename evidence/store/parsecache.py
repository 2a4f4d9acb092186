"""The parse cache: a large library re-parses only the chunks that changed since the last load.

``ParseCache`` (what ``Library.load`` uses) keeps one snapshot per library: every item of the last
parse, with a hash of each piece of the file (from one line-initial ``@`` to the next). An
unchanged file is one read of the snapshot; after an edit, pieces whose text the snapshot has seen
reuse its items (shifted in place), the rest are parsed alone. Reuse is keyed by the parser's
version and sources and by the file's ``@string`` definitions, and pieces are grouped into chunks
only where a whole parse starts a block of its own, so the result always equals ``bibfile.parse``
of the whole file; whenever a new piece cannot be trusted alone (it fails, runs past its end, or
opens an @comment it does not close) the whole file is parsed instead.

``parse_cached`` is the older per-chunk dict cache (the tests hold it equal to a whole parse).
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
from evidence.errors import LibraryError
from evidence.model import Entry, content_hash
from evidence.store import bibfile, bibtex_view, blocks, verdict
from evidence.store.bibfile import Decoded, ParsedFile, Problem, Span, Style, _Item
from evidence.store.paths import library_slug
from evidence.store.verdict import comment_regions, finish

CACHE_VERSION = 2  # bump when the layout of cached chunks changes

_STRING_CHUNK = re.compile(r"\s*@\s*string\b", re.I)


def quiet_gc() -> contextlib.AbstractContextManager[None]:
    """No cyclic collection during a whole load, and its objects left unscanned afterwards."""
    return bibfile._no_gc(freeze=True)


def _parser_tag() -> str:
    """What the cached results depend on: our format, the parser's version constant, bibtexparser's
    version and the source of the modules that build items (so even a forgotten bump is safe)."""
    digest = hashlib.sha1()
    for module_file in (bibfile.__file__, blocks.__file__, verdict.__file__, model_module.__file__,
                        bibtex_view.__file__, __file__):
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
    return finish(decoded, items)


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
            try:
                chunk_items = bibfile._local_items(text[a:b], strings)
            except LibraryError:  # (read whole, where the error names the right line)
                return _whole(decoded, cache, keys, starts)
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
    return finish(decoded, items)


def _crosses(chunk: str) -> bool:
    """True when a braced @comment in this chunk does not close inside it."""
    return any(end >= len(chunk) and chunk[end - 1] not in "})" for _, end in comment_regions(chunk))


def _split_items(text: str, items: list[_Item], starts: list[int]) -> list[list[_Item]] | None:
    """The whole-file items grouped by chunk, made relative; None if any crosses a chunk."""
    line_of_start = _line_numbers(text, starts)
    ends = [*starts[1:], len(text)]
    grouped: list[list[_Item]] = [[] for _ in starts]
    for a, b in comment_regions(text):
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


# ----- the library's cache: one file per library, read with one call -------------------------------
_SPLIT = re.compile(r"\n@")  # chunk starts for the snapshot (a str and its UTF-8 bytes split alike)
_SPLIT_BYTES = re.compile(rb"\n@")
_STRING_AT = re.compile(rb"@[ \t\r\n]*[sS][tT][rR][iI][nN][gG]")
SNAPSHOT_VERSION = 2  # bump when the snapshot's layout changes
HASH_ATTR = "_content_hash"  # an unedited parsed entry's content_hash, computed when the snapshot is written
REWRITE_AFTER = 200  # pieces parsed since the snapshot was written, before it is written again


@dataclass
class _Snapshot:
    """The items of one parse of a whole file (absolute offsets, before ``verdict.finish``), with
    what is needed to reuse them for another version of the file. A chunk is a run of pieces that
    a whole parse reads as whole blocks (most chunks are one piece: one entry); its items can be
    reused wherever the same pieces appear again."""

    version: int
    tag: str
    digest: bytes  # of tag + the whole text: equal means the very same parse
    sig: bytes  # of tag + the @string chunks: chunk results are reusable only under equal sigs
    hashes: list[bytes]  # of every piece (the text from one line-initial ``@`` to the next)
    groups: list[int]  # the first piece of each chunk; empty when nothing is reusable
    char_starts: list[int]  # of each chunk
    lines: list[int]  # 1-based line of each chunk start
    counts: list[int]  # line breaks in each chunk
    first: list[int]  # index in ``items`` of each chunk's first item
    items: list[_Item]
    parsed: int = 0  # pieces this parse had to parse (not stored)
    verdict: _Verdict | None = None  # what ``verdict.finish`` made of ``items``, for exactly these bytes

    def __getstate__(self) -> dict[str, object]:
        return {**self.__dict__, "parsed": 0}


@dataclass
class _Verdict:
    """The global pass over the very text a snapshot was taken of (BibTeX's reading of the whole file
    is a third of a load): replayed on the snapshot's own items when the file has not changed."""

    changed: list[tuple[int, str, bool]]  # (item, kind, live) of each span the pass changed
    entries: list[int | Entry]  # the item whose entry it is, or an entry only BibTeX reads
    strings: dict[str, str]
    problems: list[Problem]
    prefix_end: int
    style: Style

    @classmethod
    def of(cls, items: list[_Item], before: list[tuple[str, bool]], entries: list[Entry | None],
           parsed: ParsedFile) -> _Verdict | None:
        """None when the pass did more than change spans' kind and liveness (a block read to the end)."""
        if len(parsed.spans) != len(items) or any(s is not it.span for s, it in zip(parsed.spans, items, strict=True)):
            return None
        at = {id(entry): i for i, entry in enumerate(entries) if entry is not None}
        changed = [(i, it.span.kind, it.span.live) for i, (it, (kind, live)) in enumerate(zip(items, before,
                                                                                              strict=True))
                   if it.span.kind != kind or it.span.live != live]
        return cls(changed, [at.get(id(e), e) for e in parsed.entries], dict(parsed.strings), list(parsed.problems),
                   parsed.prefix_end, parsed.default_style)

    def replay(self, decoded: Decoded, items: list[_Item]) -> ParsedFile:
        """``verdict.finish(decoded, items)`` without reading the text again (``items``: fresh from the snapshot)."""
        for i, kind, live in self.changed:
            items[i].span.kind, items[i].span.live = kind, live
        entries = [e if isinstance(e, Entry) else items[e].entry for e in self.entries]
        return ParsedFile(decoded, self.prefix_end, [it.span for it in items], entries,  # type: ignore[arg-type]
                          self.strings, self.problems, self.style)


@dataclass
class ParseCache:
    """The parse of a library, pickled in the user cache folder as one snapshot: loading an unchanged
    file costs one read of it; after an edit, only chunks whose text is new are parsed. Disposable:
    any problem reading or writing it means parsing the whole file, never an error."""

    path: Path

    @classmethod
    def open(cls, cache_dir: Path, library: Path) -> ParseCache:
        return cls(Path(cache_dir) / "parse" / f"{library_slug(library)}.pickle")

    def parse(self, decoded: Decoded, data: bytes | None = None) -> ParsedFile:
        """``bibfile.parse(decoded)``, from the snapshot where its chunks are unchanged; writes the new one.
        ``data``: the file's bytes, if at hand (a UTF-8 file's bytes need no encoding again)."""
        with quiet_gc():
            if data is not None and decoded.encoding == "utf-8":
                body = data[len(decoded.bom):]
            else:
                body = decoded.text.encode("utf-8", "surrogatepass")
            tag = _parser_tag()
            digest_of = hashlib.sha1(tag.encode() + b"\x00")
            digest_of.update(body)  # (not concatenated: that would copy the whole file once more)
            digest = digest_of.digest()
            old = self._load(tag)
            if old is not None and old.digest == digest:  # (the objects are fresh from this read)
                return old.verdict.replay(decoded, old.items) if old.verdict else finish(decoded, old.items)
            snap = _reparse(decoded, body, tag, digest, old)
            if old is not None and snap.parsed <= min(REWRITE_AFTER, len(snap.hashes) // 10):
                # the old snapshot stays: writing 100k items costs seconds, parsing a few chunks again ms
                return finish(decoded, snap.items)
            del old
            _share(snap.items)
            before = [(it.span.kind, it.span.live) for it in snap.items]
            entries = [it.entry for it in snap.items]
            parsed = finish(decoded, snap.items)
            snap.verdict = _Verdict.of(snap.items, before, entries, parsed)
            after = [(it.span.kind, it.span.live) for it in snap.items]
            _set_state(snap.items, before, entries)  # the snapshot keeps the items as the local pass left them
            self._store(snap)
            _set_state(snap.items, after)
            return parsed

    def _load(self, tag: str) -> _Snapshot | None:
        try:
            with open(self.path, "rb") as handle:
                snap = pickle.load(handle)
        except Exception:  # missing, truncated, from another version: a cache, so start again
            return None
        if not isinstance(snap, _Snapshot) or snap.version != SNAPSHOT_VERSION or snap.tag != tag:
            return None
        return snap

    def _store(self, snap: _Snapshot) -> None:
        tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with open(tmp, "wb") as handle:
                pickle.dump(snap, handle, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, self.path)
        except Exception:  # an unwritable cache only costs speed
            with contextlib.suppress(OSError):
                tmp.unlink(missing_ok=True)


def _set_state(items: list[_Item], state: list[tuple[str, bool]], entries: list[Entry | None] | None = None) -> None:
    """Put back each span's kind and liveness (and each item's entry, when given)."""
    for item, (kind, live) in zip(items, state, strict=True):
        item.span.kind, item.span.live = kind, live
    if entries is not None:
        for item, entry in zip(items, entries, strict=True):
            item.entry = entry


def _line_count(chunk: str) -> int:
    """Line breaks in a chunk, counted as bibfile counts them (CRLF, LF, a lone CR)."""
    cr = chunk.count("\r")
    return chunk.count("\n") + (cr - chunk.count("\r\n") if cr else 0)


def _share(items: list[_Item]) -> None:
    """One object for each field name, each set of field spellings and each layout style, in place of
    100k equal copies: the snapshot pickles each once, so it loads faster and the library takes a fifth
    less memory."""
    names: dict[str, str] = {}
    styles: dict[tuple[object, ...], Style] = {}
    spellings: dict[tuple[tuple[str, str], ...], dict[str, str]] = {}  # (never changed once parsed)
    for item in items:
        span = item.span
        if span.raw_fields:
            span.raw_fields = {names.setdefault(k, k): v for k, v in span.raw_fields.items()}
            spelled = tuple((names.setdefault(k, k), names.setdefault(v, v)) for k, v in span.field_names.items())
            span.field_names = spellings.setdefault(spelled, span.field_names)
        span.entry_type = names.setdefault(span.entry_type, span.entry_type)
        style = span.style
        if style is not None:
            span.style = styles.setdefault((style.indent, style.equals, style.trailing_comma, style.upper_names,
                                            style.capitalized_names, style.upper_type, style.align), style)
        entry = item.entry
        if entry is not None:
            entry.type = names.setdefault(entry.type, entry.type)
            entry.fields = {names.setdefault(k, k): v for k, v in entry.fields.items()}
            entry.__dict__[HASH_ATTR] = content_hash(entry)  # (pickled with it; see Library.content_hashes)


def _move(items: list[_Item], chars: int, lines: int) -> None:
    """Shift items in place (they are this load's own objects, shared with nothing)."""
    for item in items:
        span = item.span
        span.start += chars
        span.end += chars
        span.line += lines
        if item.entry is not None:
            item.entry.line += lines
        if item.problems:
            item.problems = [Problem(p.kind, p.line + lines, p.message, p.key) for p in item.problems]


def _opens(items: list[_Item], lo: int, at: int, comments: list[tuple[int, int]]) -> bool:
    """True when a whole parse starts a block of its own at offset ``at``, where ``items[lo]`` starts:
    not inside an @comment, and not text right after text (an ``@`` that opens no block after a
    failed one or after an unbraced @comment line is one run of text in a whole parse)."""
    if lo >= len(items) or items[lo].span.start != at or any(a < at < b for a, b in comments):
        return False
    return items[lo].span.kind != "text" or (lo > 0 and items[lo - 1].span.kind != "text")


def _reparse(decoded: Decoded, body: bytes, tag: str, digest: bytes, old: _Snapshot | None) -> _Snapshot:
    """Reuse ``old``'s items for chunks whose pieces it has seen, parse the rest, or parse everything."""
    text = decoded.text
    starts = [0, *(m.start() + 1 for m in _SPLIT.finditer(text))]
    byte_starts = [0, *(m.start() + 1 for m in _SPLIT_BYTES.finditer(body))]
    byte_ends = [*byte_starts[1:], len(body)]
    with_strings = sorted({bisect.bisect_right(byte_starts, m.start()) - 1 for m in _STRING_AT.finditer(body)})
    sig_hash = hashlib.sha1(tag.encode())
    for i in with_strings:
        sig_hash.update(b"\x00" + body[byte_starts[i]:byte_ends[i]])
    sig = sig_hash.digest()
    view = memoryview(body)
    hashes = [hashlib.sha1(view[a:b]).digest() for a, b in zip(byte_starts, byte_ends, strict=True)]
    known = set(old.hashes) if old is not None and old.sig == sig and old.groups else set()
    if sum(h not in known for h in hashes) > len(hashes) // 2:
        return _whole_snapshot(decoded, tag, digest, sig, hashes, starts)
    assert old is not None
    ends = [*starts[1:], len(text)]
    reusable: dict[bytes, int] = {}
    for n, g in enumerate(old.groups):
        reusable.setdefault(old.hashes[g], n)
    old_groups = [*old.groups, len(old.hashes)]
    old_first = [*old.first, len(old.items)]
    strings: dict[str, str] | None = None
    snap = _Snapshot(SNAPSHOT_VERSION, tag, digest, sig, hashes, [], [], [], [], [], [])
    items = snap.items
    line, i, prev = 1, 0, -2
    check: list[int] = []  # chunks whose start is a boundary the old snapshot did not vouch for
    while i < len(starts):
        a = starts[i]
        snap.groups.append(i)
        snap.char_starts.append(a)
        snap.first.append(len(items))
        snap.lines.append(line)
        j = reusable.pop(hashes[i]) if hashes[i] in reusable else None  # (a text seen twice: parsed twice)
        n = old_groups[j + 1] - old_groups[j] if j is not None else 0
        if j is not None and hashes[i:i + n] == old.hashes[old_groups[j]:old_groups[j] + n]:
            chunk_items = old.items[old_first[j]:old_first[j + 1]]  # (never a failed block: see _whole_snapshot)
            if a != old.char_starts[j] or line != old.lines[j]:
                _move(chunk_items, a - old.char_starts[j], line - old.lines[j])
            snap.counts.append(old.counts[j])
            if j != prev + 1:
                check.append(len(snap.first) - 1)
            prev = j
            i += n
        else:
            chunk = text[a:ends[i]]
            if strings is None:
                strings = _strings_of(text, [(starts[k], ends[k]) for k in with_strings])
            try:
                chunk_items = bibfile._local_items(chunk, strings)
            except LibraryError:  # (read whole, where the error names the right line)
                return _whole_snapshot(decoded, tag, digest, sig, hashes, starts)
            # a block that fails alone may be one a whole parse reads fine: a hand edit put a line
            # starting with @ inside a value, which cuts a chunk but not the entry (BibTeX reads it)
            if any(it.span.end > len(chunk) or it.span.kind == "failed" for it in chunk_items) or _crosses(chunk):
                return _whole_snapshot(decoded, tag, digest, sig, hashes, starts)
            _move(chunk_items, a, line - 1)
            snap.counts.append(_line_count(chunk))
            snap.parsed += 1
            check.extend((len(snap.first) - 1, len(snap.first)))  # (its start, and the next chunk's)
            prev = -2
            i += 1
        items.extend(chunk_items)
        line += snap.counts[-1]
    if not all(_opens(items, snap.first[k], snap.char_starts[k], []) for k in check if 0 < k < len(snap.first)):
        return _whole_snapshot(decoded, tag, digest, sig, hashes, starts)
    return snap


def _whole_snapshot(decoded: Decoded, tag: str, digest: bytes, sig: bytes, hashes: list[bytes],
                    starts: list[int]) -> _Snapshot:
    """Parse the whole file, and group its pieces into chunks at the piece starts where it starts a block."""
    text = decoded.text
    items = bibfile._local_items(text)
    comments = comment_regions(text)
    ends = [*starts[1:], len(text)]
    first_at: dict[int, int] = {}
    for n, item in enumerate(items):
        first_at.setdefault(item.span.start, n)
    groups = [0] + [k for k in range(1, len(starts))
                    if starts[k] in first_at and _opens(items, first_at[starts[k]], starts[k], comments)]
    if any(it.span.kind == "failed" for it in items):
        groups = []  # (a file with a failed block is parsed whole until it is fixed)
    bounds = [*groups, len(starts)]
    snap = _Snapshot(SNAPSHOT_VERSION, tag, digest, sig, hashes, groups, [], [], [], [], items, len(starts))
    line = 1
    for g, h in zip(bounds, bounds[1:], strict=False):
        a, b = starts[g], ends[h - 1]
        snap.char_starts.append(a)
        snap.lines.append(line)
        count = _line_count(text[a:b])
        snap.counts.append(count)
        line += count
    item_starts = [it.span.start for it in items]
    snap.first = [bisect.bisect_left(item_starts, a) for a in snap.char_starts]
    return snap
