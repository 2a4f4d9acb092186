"""A .bib file as a library of entries that is saved without ever damaging the file.

The contract (see README, "Your .bib is safe"):

* bytes in, same bytes out: untouched entries, comments, @string, @preamble, failed blocks and
  the text between blocks are written back byte-for-byte, in the file's encoding, BOM and
  line endings; only edited entries are re-serialised and new ones appended;
* failed blocks and duplicate keys are kept verbatim and reported with their line; a save
  refuses while they exist unless ``force=True``; a file that is not BibTeX is never written;
* writes are atomic (temp file, fsync, re-read and verify, rename; see safewrite.py) under a
  lock kept in the cache folder; when another program changed the file since it was loaded,
  the edits are re-applied to the new version, and refused only where both changed the same
  entry; the file is checked again just before the rename; the previous version is kept in the
  user data folder (backups.py), never beside the file; a read-only file is replaced only on
  ``force``; only regular files (or links to them) are read or written.

This module is the library in memory (loading, reading, editing); how a save keeps that contract is
``saving`` (render, plan, write, verify), which ``save`` and ``render`` call.
"""

from __future__ import annotations

import functools
import hashlib
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from evidence import keystyle
from evidence.errors import EntryError, LibraryError, LibraryParseError
from evidence.identity import Probe, WorkMatch, citekey, is_valid_key, match_work, probes, title_key
from evidence.model import Entry, content_hash
from evidence.store import bibfile, pieces, safewrite, saving
from evidence.store.bibfile import Problem
from evidence.store.encodings import decode_library
from evidence.store.parsecache import HASH_ATTR, ParseCache, quiet_gc
from evidence.store.paths import fingerprint_of, stat_key
from evidence.store.pieces import PieceState
from evidence.store.saving import SaveResult

__all__ = ["Library", "Problem", "SaveResult", "is_valid_key", "title_key"]  # (the last two: evidence.identity)


@dataclass(slots=True)  # (100k of them: slots make them smaller and quicker to build)
class _Original:
    span: bibfile.Span
    type: str
    fields: dict[str, str]


class Library:
    """Entries of one .bib file, in file order, with lossless save."""

    def __init__(self, path: Path, data: bytes | None, parsed: bibfile.ParsedFile,
                 *, read_only: str | None = None) -> None:
        self.path = path
        self._read_only = read_only
        self._cache: ParseCache | None = None
        self._encoding_arg: str | None = None  # --encoding, to decode a newer version the same way
        self._stat: tuple[int, ...] | None = None  # stat_key of exactly ``data``, and when it was read
        self._reset(data, parsed)

    # ----- loading -------------------------------------------------------------------------
    @classmethod
    def load(cls, path: Path | str, *, encoding: str | None = None, cache_dir: Path | None = None) -> Library:
        """Read a .bib file. Problems are collected in ``problems``, never raised, unless the
        file is missing, binary or not BibTeX at all.

        With ``cache_dir``, a large file keeps a parse cache there, so loading it again costs
        little more than splitting it into blocks: only changed blocks are parsed.
        """
        path = Path(path)
        read_at, before = time.time_ns(), stat_key(path)
        data = safewrite.read_regular(path)
        if data is None:
            raise LibraryError("library file not found", path=path,
                               hint="pass --library PATH, set EVIDENCE_LIBRARY, or run from a folder with refs.bib")
        safewrite.clean_stale_temps(path.resolve())
        decoded = decode_library(data, encoding, path)
        cache = ParseCache.open(cache_dir, path) if cache_dir is not None and len(data) >= PARSE_CACHE_MIN_BYTES \
            else None
        try:
            parsed = cache.parse(decoded, data) if cache is not None else bibfile.parse(decoded)
        except LibraryError as exc:  # (the parser knows the line, not the file)
            raise LibraryError(exc.message, path=path, line=exc.line, hint=exc.hint) from None
        read_only = None
        if not parsed.entries and not any(s.kind in {"string", "preamble", "comment", "failed"} for s in parsed.spans) \
                and not all(not line.strip() or line.lstrip().startswith("%") for line in decoded.text.splitlines()):
            # (checked only for files without entries: splitting a 64 MB library into lines costs time)
            raise LibraryError("does not look like a BibTeX file (no @entries found)", path=path,
                               hint="to bring in RIS, MEDLINE or CSL-JSON use `evidence import`")
        if decoded.guessed:
            read_only = (f"encoding guessed as {decoded.encoding}; "
                         "confirm it with --encoding to allow writing")
        with quiet_gc():  # (see there: 100k entries' snapshots would trigger full collections)
            library = cls(path, data, parsed, read_only=read_only)
        library._cache = cache
        library._encoding_arg = encoding
        library._stat = (*before, read_at) if before is not None and before == stat_key(path) else None
        return library

    @classmethod
    def create(cls, path: Path | str) -> Library:
        """An empty library at ``path``; the file is created on the first save (refused if it exists)."""
        path = Path(path)
        st = safewrite.regular_stat(path)
        if st is not None and st.st_size:
            raise LibraryError("already exists", path=path, hint="use Library.load to open it")
        decoded = bibfile.Decoded("", "utf-8", b"", "\n", False)
        return cls(path, None, bibfile.parse(decoded))

    @classmethod
    def open(cls, path: Path | str, *, create: bool = False, encoding: str | None = None,
             cache_dir: Path | None = None) -> Library:
        """``load`` if the file exists, else ``create`` when allowed (``import --create``, ``add --create``)."""
        path = Path(path)
        if create:
            st = safewrite.regular_stat(path)
            if st is None or st.st_size == 0:
                return cls.create(path)
        return cls.load(path, encoding=encoding, cache_dir=cache_dir)

    def _reset(self, data: bytes | None, parsed: bibfile.ParsedFile) -> None:
        self._data = data
        self._parsed = parsed
        self._entries: dict[str, Entry] = {}
        self._originals: dict[str, _Original] = {}
        self._frozen: dict[str, tuple[str, dict[str, str]]] = {}  # shown but not editable (duplicate fields)
        spans_by_key: dict[str, bibfile.Span] = {}
        for s in parsed.spans:
            if s.kind == "entry" and s.key is not None and s.live:
                spans_by_key.setdefault(s.key.strip().casefold(), s)
        for entry in parsed.entries:
            folded = entry.key.casefold()
            self._entries[folded] = entry
            span = spans_by_key.get(folded)
            if span is not None and span.line == entry.line:
                self._originals[folded] = _Original(span, entry.type, dict(entry.fields))
            else:
                self._frozen[folded] = (entry.type, dict(entry.fields))
        self._added: list[str] = []
        self._checked: dict[str, dict[str, str]] = {}  # new entries' values as ``add`` checked them
        self._removed: dict[str, Entry] = {}
        self._loaded_count = len(self._entries)
        self._by_id: dict[str, str] | None = None  # built on first use: decoding every title costs time

    def _ids(self) -> dict[str, str]:
        if self._by_id is None:
            self._by_id = {}
            for folded, entry in self._entries.items():
                self._index_one(folded, entry)
        return self._by_id

    def _index_one(self, folded: str, entry: Entry, known: Sequence[Probe] | None = None) -> None:
        if self._by_id is None:
            return
        for probe in probes(entry) if known is None else known:
            self._by_id.setdefault(probe.key, folded)

    # ----- reading ---------------------------------------------------------------------------
    @property
    def entries(self) -> list[Entry]:
        return list(self._entries.values())

    @property
    def problems(self) -> list[Problem]:
        return list(self._parsed.problems)

    @property
    def strings(self) -> dict[str, str]:
        return dict(self._parsed.strings)

    @property
    def encoding(self) -> str:
        return self._parsed.decoded.encoding

    @property
    def read_only_reason(self) -> str | None:
        return self._read_only

    def __len__(self) -> int:
        return len(self._entries)

    def __iter__(self) -> Iterator[Entry]:
        return iter(list(self._entries.values()))

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and key.casefold() in self._entries

    def get(self, key: str) -> Entry:
        """The entry with this key (BibTeX keys compare case-insensitively)."""
        try:
            return self._entries[key.casefold()]
        except KeyError:
            for entry in self._entries.values():  # biblatex `ids`: an old key of a merged entry
                if entry.get("ids") and key.casefold() in {a.strip().casefold() for a in entry.get("ids").split(",")}:
                    return entry
            near = [e.key for e in self._entries.values() if e.key.casefold().startswith(key.casefold()[:4])][:3]
            hint = f"did you mean {', '.join(near)}?" if near else "see `evidence list`"
            raise EntryError(f"no entry with key '{key}'", hint=hint, path=self.path) from None

    def raw_text(self, key: str) -> str:
        """The entry exactly as it is in the file (or as it will be written, if edited or new)."""
        folded = key.casefold()
        entry = self.get(key)
        original = self._originals.get(folded)
        if original is not None and not self._is_changed(folded, entry):
            return self._parsed.decoded.text[original.span.start:original.span.end]
        return self._serialize(folded, entry, "\n")

    def string_definitions(self, keys: list[str]) -> list[str]:
        """The exact ``@string`` blocks that these entries' values use, in file order, so an
        exported subset still reads the same (its macros stay macros, and stay defined)."""
        used: set[str] = set()
        for key in keys:
            original = self._originals.get(key.casefold())
            if original is None:
                continue
            for raw in original.span.raw_fields.values():
                used.update(part.lower() for part in bibfile.split_value(raw)
                            if part and part[0] not in '{"' and not part.isdigit())
        text = self._parsed.decoded.text
        return [text[s.start:s.end] for s in self._parsed.spans
                if s.kind == "string" and s.key is not None and s.key.lower() in used]

    # ----- editing ---------------------------------------------------------------------------
    def add(self, entry: Entry, known: Sequence[Probe] | None = None) -> None:
        """Append a new entry; its key must be new. ``known``: its probes, when the caller has them
        (an import computes them once per entry, see :class:`evidence.identity.WorkIndex`)."""
        if not is_valid_key(entry.key):
            raise EntryError(f"invalid citation key {entry.key!r}",
                             hint="keys may not contain spaces or , { } \" # % ~ = \\")
        if entry.key in self:
            raise EntryError(f"key '{entry.key}' is already in the library", path=self.path,
                             hint="choose another key, or use Library.new_key")
        for name, value in entry.fields.items():
            bibfile.check_value(entry.key, name, value)
        folded = entry.key.casefold()
        self._entries[folded] = entry
        self._checked[folded] = dict(entry.fields)  # (the save checks only values changed since)
        if self._removed.pop(folded, None) is None:
            self._added.append(folded)  # (a key removed and added again is rewritten in place)
        self._index_one(folded, entry, known)

    def update(self, entry: Entry) -> None:
        """Replace the entry with the same key."""
        folded = entry.key.casefold()
        if folded not in self._entries:
            raise EntryError(f"no entry with key '{entry.key}'", path=self.path)
        self._refuse_frozen(folded)
        self._entries[folded] = entry
        self._index_one(folded, entry)

    def remove(self, key: str) -> Entry:
        """Delete an entry (only its own text is removed from the file)."""
        entry = self.get(key)
        folded = key.casefold()
        self._refuse_frozen(folded)
        del self._entries[folded]
        self._checked.pop(folded, None)
        if folded in self._added:
            self._added.remove(folded)
        else:
            self._removed[folded] = entry
        self._by_id = None
        return entry

    def _refuse_frozen(self, folded: str) -> None:
        if folded in self._frozen:
            entry = self._entries[folded]
            raise EntryError(f"entry '{entry.key}' cannot be edited until its problems are fixed "
                             "(a field appears twice, or BibTeX does not read it as written)",
                             path=self.path, line=entry.line,
                             hint="fix it by hand (see `evidence lint`); it is kept verbatim meanwhile")

    #: ``--key-format``: the style of new keys, over the .bib's setting and its keys' own style.
    key_format: str | None = None

    def new_key(self, entry: Entry) -> str:
        """A key in the library's style (:attr:`key_style`) that no entry has."""
        return citekey(entry, self.__contains__, style=self.key_style)

    @property
    def key_style(self) -> str:
        """:attr:`key_format`, else the .bib's ``@comment{evidence: key-format=...}``, else the style its
        keys follow (:mod:`evidence.keystyle`)."""
        if self.key_format:
            return self.key_format
        text = self._parsed.decoded.text
        return self._key_styles.style(len(self), lambda: self.entries, lambda: [
            text[s.start:s.end] for s in self._parsed.spans if s.kind == "comment"])

    @functools.cached_property
    def _key_styles(self) -> keystyle.StyleCache:
        return keystyle.StyleCache()

    def find_same_work(self, entry: Entry) -> Entry | None:
        """The entry that is the same work (the rule in :mod:`evidence.identity`), or None."""
        return self.match_work(entry).entry

    def match_work(self, entry: Entry, known: Sequence[Probe] | None = None) -> WorkMatch:
        """Like :meth:`find_same_work`, with the reason, and a note on a near miss (``known``: as in ``add``)."""
        ids = self._ids()

        def lookup(probe: str) -> Entry | None:
            folded = ids.get(probe)
            return self._entries.get(folded) if folded is not None else None

        return match_work(entry, lookup, known)

    # ----- saving ----------------------------------------------------------------------------
    def _is_changed(self, folded: str, entry: Entry) -> bool:
        original = self._originals.get(folded)
        if original is None:
            return True
        return (entry.type != original.type or entry.fields != original.fields
                or entry.key.casefold() != folded or list(entry.fields) != list(original.fields))

    def _serialize(self, folded: str, entry: Entry, nl: str) -> str:
        original = self._originals.get(folded)
        span = original.span if original else None
        if span is not None:
            bibfile.style_of(self._parsed.decoded.text, span)  # (an entry's layout is worked out when first needed)
        return bibfile.serialize(entry, span, self._parsed.default_style,
                                 original.fields if original else None, nl, self._checked.get(folded))

    def changed_keys(self) -> list[str]:
        """Keys of entries that a save would rewrite (edited, not new)."""
        return [e.key for f, e in self._entries.items() if f in self._originals and self._is_changed(f, e)]

    def render(self) -> str:
        """The full new file text: original text with edited spans replaced and new entries appended."""
        return saving.render(self)

    @property
    def dirty(self) -> bool:
        return bool(self._added or self._removed or self.changed_keys())

    def check_writable(self, *, force: bool = False) -> None:
        """Raise the error a save would raise, before any work is done."""
        if self._read_only:
            raise LibraryError(f"read-only: {self._read_only}", path=self.path)
        blocking = [p for p in self._parsed.problems if p.blocks_writing()]
        if blocking and not force:
            first = blocking[0]
            raise LibraryParseError(
                f"{len(blocking)} problem(s) in the file (first: {first.message}); refusing to write",
                problems=blocking, path=self.path, line=first.line,
                hint="fix them (see `evidence lint`) or pass --force to write anyway; they are kept verbatim",
            )

    def save(self, *, force: bool = False, backup: bool = True) -> SaveResult:
        """Write the changes atomically; see the module docstring for every guard.

        ``backup=False`` keeps no backup generation (a hard-linked file is always backed up first:
        it is overwritten in place)."""
        return saving.save(self, force=force, backup=backup)

    def content_hashes(self) -> dict[str, str]:
        """Key -> :func:`~evidence.model.content_hash` of every entry; unedited ones reuse the hash the
        parse cache stored with them (hashing 100k entries costs most of a second)."""
        out: dict[str, str] = {}
        for folded, entry in self._entries.items():
            digest = entry.__dict__.get(HASH_ATTR)
            if digest is None or self._is_changed(folded, entry):
                digest = content_hash(entry)
            out[entry.key] = digest
        return out

    def piece_state(self) -> PieceState | None:
        """What a search index keeps to follow later versions of the file without loading it
        (see :mod:`evidence.store.pieces`); None when edited, not UTF-8, or not self-contained."""
        if self._data is None or self.dirty:
            return None
        with quiet_gc():  # (a few lists per piece: on 100k pieces the collector's rescans cost more than the work)
            return pieces.record(self._data, self._parsed, self.entries)

    def fingerprint(self) -> str:
        """SHA-1 of the bytes loaded, for caches keyed on the file's content (SHA-1: a third
        faster than SHA-256 on a 64 MB library, and a cache key needs no collision resistance)."""
        return hashlib.sha1(self._data or b"").hexdigest()

    @property
    def stat(self) -> tuple[int, ...] | None:
        """The file's :func:`~evidence.store.paths.stat_key` when the loaded bytes were read, then the
        read's time in ns (None if the file changed meanwhile): a cache may trust an equal stat later."""
        return self._stat

    @staticmethod
    def fingerprint_of(path: Path | str) -> str:
        """What ``fingerprint()`` would be after loading ``path`` ("" when it cannot be read),
        so a cache can be checked without parsing the file."""
        return fingerprint_of(path)



PARSE_CACHE_MIN_BYTES = 1_000_000  # smaller files parse in well under a second: no cache
