"""What changed in a library since a search index last followed it, found without loading the library.

A file is cut into pieces at every line that starts with ``@`` (as the parse cache cuts it). After a
whole load, ``record`` keeps each piece's hash, the keys of the entries that start in it, and whether
BibTeX's scan leaves it where it entered (every ``@`` in it opens an entry, or lies inside one that
BibTeX reads whole). Later, ``changes`` hashes the pieces of the new bytes: pieces seen before keep
their entries; each new piece is parsed alone and accepted only where it must read the same inside
the whole file: its neighbours leave and enter BibTeX's scan cleanly, it holds no
@string/@preamble/@comment and nothing that runs past its end, BibTeX reads exactly the entries the
parser finds, and no other piece holds one of its keys. Anything else returns None, and the caller
loads the whole library. A 100,000-entry library with one hand-edited title then costs one read and
100k piece hashes, not 100k entries built. A followed file reports the problems a whole load reports
(a repeated key, an undefined macro...): each piece keeps its own, and its entries' lines within it.
"""
from __future__ import annotations

import bisect
import hashlib
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from evidence.errors import LibraryError
from evidence.model import Entry
from evidence.store import bibfile, bibtex_view
from evidence.store.bibfile import ParsedFile, Problem, Span
from evidence.store.verdict import Lines, reading_notes

PIECES_VERSION = 2  # bump when what ``record`` keeps or how ``changes`` reads it changes
_SPLIT_BYTES = re.compile(rb"\n@")  # (parsecache's cut: in UTF-8 a str and its bytes split alike)
_SPLIT = re.compile(r"\n@")
_COMMAND = re.compile(rb"@[ \t\r\n]*(?:[sS][tT][rR][iI][nN][gG]|[pP][rR][eE][aA][mM][bB][lL][eE]|"
                      rb"[cC][oO][mM][mM][eE][nN][tT])")
_KINDS = frozenset({"entry", "string", "duplicate-string", "preamble", "comment", "text"})
_STRING = re.compile(rb"@[ \t\r\n]*[sS][tT][rR][iI][nN][gG]")
# problems that stay inside their piece: an entry's own parse, a repeated key (checked below), an @string
# defined twice (pieces with commands never change here)
_LOCAL_PROBLEMS = frozenset({"undefined-macro", "comment-in-entry", "duplicate-key", "duplicate-string"})

#: A problem a piece holds: (index of its entry in the piece's keys, or -1 for none; its line counted from
#: the piece's first line; kind; message; key). Repeated keys are not kept: ``changes`` finds them anew.
Note = tuple[int, int, str, str, str | None]


@dataclass
class PieceState:
    """The pieces of the file an index was last synced from."""

    hashes: list[bytes]
    keys: list[tuple[str, ...]]  # every entry BibTeX meets starting in the piece, repeated keys too
    safe: list[bool]  # BibTeX's scan leaves the piece where it entered it (see the module docstring)
    commands: bytes  # hash of the pieces holding @string/@preamble/@comment (they must not change)
    lines: list[tuple[int, ...]]  # the line of each of ``keys``' entries, counted from the piece's first line
    notes: list[tuple[Note, ...]]  # the problems a whole load reports in the piece, but repeated keys

    def to_plain(self) -> dict[str, object]:
        return {"version": PIECES_VERSION, "hashes": self.hashes, "keys": self.keys, "safe": self.safe,
                "commands": self.commands, "lines": self.lines, "notes": self.notes}

    @classmethod
    def from_plain(cls, data: object) -> PieceState | None:
        if not isinstance(data, dict) or data.get("version") != PIECES_VERSION:
            return None
        hashes, keys, safe, commands = data.get("hashes"), data.get("keys"), data.get("safe"), data.get("commands")
        lines, notes = data.get("lines"), data.get("notes")
        if not isinstance(hashes, list) or not isinstance(keys, list) or not isinstance(safe, list) \
                or not isinstance(lines, list) or not isinstance(notes, list) \
                or not len(hashes) == len(keys) == len(safe) == len(lines) == len(notes) \
                or not isinstance(commands, bytes):
            return None
        return cls(hashes, keys, safe, commands, lines, notes)


@dataclass
class Changes:
    """The new file's state, and the entries of its new pieces; every other key kept its entry."""

    state: PieceState
    entries: list[Entry]
    keys: list[str]  # the keys BibTeX reads (first of each), in file order
    problems: list[Problem]  # as a whole load reports them (``Library.problems``)


def _bounds(body: bytes) -> list[tuple[int, int]]:
    starts = [0, *(m.start() + 1 for m in _SPLIT_BYTES.finditer(body))]
    return list(zip(starts, [*starts[1:], len(body)], strict=True))


def _hashes(body: bytes, bounds: list[tuple[int, int]]) -> list[bytes]:
    view = memoryview(body)
    return [hashlib.sha1(view[a:b]).digest() for a, b in bounds]


def _commands_hash(body: bytes, bounds: list[tuple[int, int]], hashes: list[bytes]) -> bytes:
    digest = hashlib.sha1(f"{PIECES_VERSION}|{bibfile.PARSER_VERSION}".encode())
    for m in _COMMAND.finditer(body):
        digest.update(hashes[bisect.bisect_right(bounds, (m.start(), len(body))) - 1])
    return digest.digest()


def _safe(text: str, starts: list[int], entry_spans: list[Span], whole: list[Span]) -> list[bool]:
    """Per piece: every ``@`` opens an entry (``entry_spans``) or lies inside one BibTeX reads whole."""
    safe = [True] * len(starts)
    opens = {s.start for s in entry_spans}
    inside = [(s.start, s.end) for s in whole]
    for m in re.finditer("@", text):
        at = m.start()
        if at in opens:
            continue
        k = bisect.bisect_right(inside, (at, len(text) + 1)) - 1
        if k < 0 or not inside[k][0] < at < inside[k][1]:
            safe[bisect.bisect_right(starts, at) - 1] = False
    return safe


def record(data: bytes, parsed: ParsedFile, entries: list[Entry]) -> PieceState | None:
    """The state of a freshly loaded, unedited UTF-8 library, or None when its pieces are not followed
    this way. ``entries``: the library's (what BibTeX reads), each one live entry block of ``parsed``."""
    decoded = parsed.decoded
    if decoded.encoding != "utf-8" or decoded.bom or any(p.kind not in _LOCAL_PROBLEMS for p in parsed.problems):
        return None
    text = decoded.text
    bounds = _bounds(data)
    starts = [0, *(m.start() + 1 for m in _SPLIT.finditer(text))]
    if len(starts) != len(bounds):
        return None
    ends = [*starts[1:], len(text)]
    firsts = _first_lines(data, bounds, range(len(bounds)))
    keys: list[list[str]] = [[] for _ in bounds]
    lines: list[list[int]] = [[] for _ in bounds]
    owner: dict[tuple[int, str], tuple[int, int]] = {}  # (line, key) -> (piece, index in its keys)
    exact = {e.key.casefold(): e.key for e in entries}
    seen: set[str] = set()
    entry_spans: list[Span] = []
    whole: list[Span] = []  # entries BibTeX reads to their end
    for span in parsed.spans:
        i = bisect.bisect_right(starts, span.start) - 1
        if span.end > ends[i] or span.kind not in _KINDS:
            return None
        if span.kind != "entry" or span.key is None:
            continue
        folded = span.key.strip().casefold()
        if span.live and folded not in seen and folded in exact:
            keys[i].append(exact.pop(folded))
            whole.append(span)
        elif not span.live and folded in seen:
            keys[i].append(span.key.strip())  # a repeated key: BibTeX stops after it (see _safe)
        else:
            return None
        lines[i].append(span.line - firsts[i])
        owner.setdefault((span.line, keys[i][-1]), (i, len(keys[i]) - 1))
        seen.add(folded)
        entry_spans.append(span)
    if exact:  # an entry only BibTeX reads: not one of the parser's blocks
        return None
    notes = _notes(parsed.problems, firsts, owner)
    if notes is None or (parsed.problems
                         and _problems(keys, lines, notes, firsts, range(len(keys))) != parsed.problems):
        return None  # (a problem the pieces would not report as the whole load does)
    hashes = _hashes(data, bounds)
    return PieceState(hashes, [tuple(k) for k in keys], _safe(text, starts, entry_spans, whole),
                      _commands_hash(data, bounds, hashes), [tuple(n) for n in lines], [tuple(n) for n in notes])


def _first_lines(data: bytes, bounds: list[tuple[int, int]], pieces: Iterable[int]) -> list[int]:
    """The line each of ``pieces`` (in file order) starts on, counted as the parser counts lines (CRLF,
    LF or a lone CR; a piece starts after an LF, so never inside a CRLF)."""
    firsts, line, at, cr = [], 1, 0, b"\r" in data
    for n in pieces:
        a = bounds[n][0]
        line += data.count(b"\n", at, a) + (data.count(b"\r", at, a) - data.count(b"\r\n", at, a) if cr else 0)
        firsts.append(line)
        at = a
    return firsts


def _notes(problems: list[Problem], firsts: list[int],
           owner: dict[tuple[int, str], tuple[int, int]]) -> list[list[Note]] | None:
    """Each piece's problems but repeated keys, or None when one cannot be placed in its piece."""
    notes: list[list[Note]] = [[] for _ in firsts]
    for p in problems:
        if p.kind == "duplicate-key":
            continue
        if p.key is not None:  # an entry's own problem, on its line
            if (p.line, p.key) not in owner:
                return None
            i, j = owner[p.line, p.key]
        else:
            i, j = bisect.bisect_right(firsts, p.line) - 1, -1
        notes[i].append((j, p.line - firsts[i], p.kind, p.message, p.key))
    return notes


def _problems(keys: Sequence[Sequence[str]], lines: Sequence[Sequence[int]], notes: Sequence[Sequence[Note]],
              firsts: Sequence[int] | Mapping[int, int], visit: Iterable[int]) -> list[Problem]:
    """The problems a whole load reports, in its order: each piece's own, and a key met again (the
    whole load's message: the line of the repeat, and of the first). ``visit``: the pieces, in file
    order, that hold every problem and every copy of a repeated key; ``firsts``: their first lines."""
    visit = list(visit)
    out = [Problem(kind, firsts[n] + offset, message, key)
           for n in visit for j, offset, kind, message, key in notes[n] if j < 0]
    seen: dict[str, int] = {}
    for n in visit:
        for j, key in enumerate(keys[n]):
            line = firsts[n] + lines[n][j]
            out.extend(Problem(kind, line, message, k) for at, _, kind, message, k in notes[n] if at == j)
            folded = key.casefold()
            if folded in seen:
                out.append(Problem("duplicate-key", line, f"key '{key}' is already used at line {seen[folded]}", key))
            else:
                seen[folded] = line
    out.sort(key=lambda p: p.line)
    return out


def _strings(data: bytes, bounds: list[tuple[int, int]]) -> dict[str, str] | None:
    """The file's @string values (first definition wins, as in a whole parse), from its pieces that hold one."""
    try:
        text = b"".join(data[a:b] for a, b in bounds if _STRING.search(data, a, b)).decode("utf-8")
    except UnicodeDecodeError:
        return None
    strings: dict[str, str] = {}
    try:
        items = bibfile._local_items(text)
    except LibraryError:
        return None
    for item in items:
        if item.span.kind == "string" and item.span.key is not None and item.string_value is not None:
            strings.setdefault(item.span.key.lower(), item.string_value)
    return strings


def changes(data: bytes, state: PieceState) -> Changes | None:
    """The new state and the entries of new pieces, or None when the whole library must be loaded."""
    if data.startswith(b"\xef\xbb\xbf"):
        return None
    bounds = _bounds(data)
    hashes = _hashes(data, bounds)
    if _commands_hash(data, bounds, hashes) != state.commands:
        return None  # (an @string changed: entries that use it read differently)
    n_old = len(state.hashes)
    known = dict(zip(reversed(state.hashes), range(n_old - 1, -1, -1), strict=True))  # (first of equal texts)
    safe_of = list(state.safe)
    if len(known) != n_old:  # a text seen twice (a repeated entry) is safe only if every copy was
        for k, h in enumerate(state.hashes):
            safe_of[known[h]] = safe_of[known[h]] and state.safe[k]
    found = list(map(known.get, hashes))
    last = len(hashes) - 1
    if found and found[-1] != n_old - 1:
        found[-1] = None  # (BibTeX's rule for the file's last line: see read_alone)
    found[:-1] = [None if i == n_old - 1 else i for i in found[:-1]]
    keys = [state.keys[i] if i is not None else () for i in found]
    safe = [safe_of[i] if i is not None else True for i in found]
    lines = [state.lines[i] if i is not None else () for i in found]
    notes = [state.notes[i] if i is not None else () for i in found]
    fresh: dict[int, list[Entry]] = {}
    strings: dict[str, str] | None = None
    for n in [n for n, i in enumerate(found) if i is None]:
        a, b = bounds[n]
        if n == 0 or _COMMAND.search(data, a, b):
            return None  # (the file's start holds its coding header; commands are global)
        strings = _strings(data, bounds) if strings is None else strings
        try:
            read = read_alone(data[a:b].decode("utf-8"), strings, last=n == last) if strings is not None else None
        except UnicodeDecodeError:
            read = None
        if read is None:
            return None
        fresh[n] = read
        keys[n] = tuple(e.key for e in read)
        lines[n] = tuple(e.line - 1 for e in read)  # (new pieces hold no problems: read_alone)
    if any(not safe[n - 1] or (n < last and not safe[n + 1]) for n in fresh):
        return None  # a neighbour's scan may run into the new piece, or the new piece's into it
    seen = _visible(keys, hashes, fresh, state)
    if seen is None:
        return None
    visible, repeating = seen
    # (only the pieces that hold a problem are counted into lines: on 100k pieces all of them cost ~60 ms)
    visit = sorted(repeating.union(n for n, piece in enumerate(notes) if piece))
    problems = _problems(keys, lines, notes, dict(zip(visit, _first_lines(data, bounds, visit), strict=True)),
                         visit) if visit else []
    return Changes(PieceState(hashes, keys, safe, state.commands, lines, notes), [e for n in fresh for e in fresh[n]],
                   visible, problems)


def _visible(keys: list[tuple[str, ...]], hashes: list[bytes], fresh: dict[int, list[Entry]],
             state: PieceState) -> tuple[list[str], set[int]] | None:
    """The keys BibTeX reads (first of each), if each one's entry is known: from a new piece that alone
    has the key, or from the very piece that held it before; and the pieces that hold a repeated key."""
    flat = [k for piece_keys in keys for k in piece_keys]
    folded = list(map(str.casefold, flat))
    old_folded = [k.casefold() for piece_keys in state.keys for k in piece_keys]
    new_keys = {k.casefold() for n in fresh for k in keys[n]}
    if len(set(folded)) == len(folded) and len(set(old_folded)) == len(old_folded):
        return (flat, set()) if all(k.isascii() for n in fresh for k in keys[n]) else None  # (the common case)
    counts = Counter(folded)
    repeated = {k for k, c in counts.items() if c > 1} | {k for k, c in Counter(old_folded).items() if c > 1}
    if any(counts[k] > 1 or not k.isascii() for k in new_keys):  # (BibTeX folds keys as ASCII; Python more)
        return None
    before: dict[str, bytes] = {}
    for h, piece_keys in zip(state.hashes, state.keys, strict=True):
        for key in piece_keys:
            if key.casefold() in repeated:
                before.setdefault(key.casefold(), h)
    first: dict[str, int] = {}
    piece_of = [n for n, piece_keys in enumerate(keys) for _ in piece_keys]
    for i, key in enumerate(folded):
        first.setdefault(key, i)
    for key in repeated:
        at = first.get(key)
        if at is not None and piece_of[at] not in fresh and before.get(key) != hashes[piece_of[at]]:
            return None  # a repeated key that now comes first elsewhere: its entry was never indexed
    return [flat[i] for i in first.values()], {piece_of[i] for i, key in enumerate(folded) if key in repeated}


def read_alone(piece: str, strings: dict[str, str], *, last: bool) -> list[Entry] | None:
    """The entries of one piece if it reads the same alone as inside any file, else None. ``last``:
    the piece ends the file (then BibTeX's rule for the file's last line applies to it as it is)."""
    try:
        items = bibfile._local_items(piece, strings)
    except LibraryError:
        return None  # (the whole load reports it, with the file's own line)
    if any(it.span.end > len(piece) or it.span.kind not in {"entry", "text"} or it.problems for it in items):
        return None  # (a new problem: the whole load reports it)
    view = bibtex_view.read(piece if last else piece + "\n")  # (BibTeX ignores an `@` on a file's last line)
    entry_items = [it for it in items if it.span.kind == "entry"]
    if view.runaway_command is not None or view.ignored_from is not None or len(view.entries) != len(entry_items):
        return None
    out: list[Entry] = []
    line_of = Lines(piece)
    for bt, item in zip(view.entries, entry_items, strict=True):
        if item.entry is None or bt.error is not None or bt.repeated or bt.start != item.span.start \
                or bt.key != item.entry.key or bt.end != item.span.end:
            return None
        if reading_notes(piece, bt, item.span.line, line_of, [], has_problem=False):
            return None  # (a note the whole load reports, as on "% @article{...}": the load reports it)
        out.append(item.entry)
    spans = [it.span for it in entry_items]
    if not all(_safe(piece, [0], spans, spans)):
        return None  # an `@` outside its entries: BibTeX's scan of it may run into the next piece
    return out
