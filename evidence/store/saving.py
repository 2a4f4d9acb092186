"""Saving a library: the new file text, the guards before a write, and the re-read that verifies it.

Split from ``library`` (the in-memory library: loading, reading, editing) because this is the part that
can damage a user's file, and it reads best as one sequence: plan (refuse what must not be written),
render (untouched bytes copied, only edited entries re-serialised, new ones appended), write a temp
file under the lock, re-read it as a load would, compare, and only then rename (``safewrite``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from evidence.errors import ConflictError, LibraryError, LossGuardError
from evidence.store import bibfile, safewrite
from evidence.store.backups import Backups
from evidence.store.rebase import rebase

if TYPE_CHECKING:
    from evidence.store.library import Library

_SAVE_ATTEMPTS = 5  # times a save re-applies its edits when another program keeps writing the file


@dataclass
class SaveResult:
    """What a save did; ``written`` is False when there was nothing to change."""

    path: Path
    written: bool
    changed: list[str] = field(default_factory=list)
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    backup: Path | None = None


def _line_ends(fields: dict[str, str]) -> dict[str, str]:
    """Values with every line break as LF: an edited or new value is written with the file's own
    line ends (CRLF in a CRLF file, see ``entrytext.serialize``), so it reads back with those."""
    return {name: value.replace("\r\n", "\n").replace("\r", "\n") for name, value in fields.items()}


def render(lib: Library) -> str:
    """The full new file text: original text with edited spans replaced and new entries appended."""
    parsed = lib._parsed
    text = parsed.decoded.text
    nl = parsed.decoded.newline
    out = [text[:parsed.prefix_end]]
    spans = parsed.spans
    for i, span in enumerate(spans):
        next_start = spans[i + 1].start if i + 1 < len(spans) else len(text)
        folded = span.key.strip().casefold() if span.key is not None else ""
        original = lib._originals.get(folded) if span.key is not None else None
        if original is None or original.span is not span:
            out.append(text[span.start:next_start])
            continue
        gap = text[span.end:next_start]
        if folded in lib._removed:
            out.append(gap if gap.strip() else "")
        elif lib._is_changed(folded, lib._entries[folded]):
            out.append(lib._serialize(folded, lib._entries[folded], nl) + gap)
        else:
            out.append(text[span.start:next_start])
    result = "".join(out)
    if not lib._added:
        return result
    tail: list[str] = []
    if result and not result.endswith(("\n", "\r")):
        tail.append(nl)
    for i, folded in enumerate(lib._added):
        if i or result.strip():
            tail.append(nl)  # one blank line between entries
        tail.append(lib._serialize(folded, lib._entries[folded], nl) + nl)
    return result + "".join(tail)


def plan(lib: Library) -> tuple[list[str], list[str], list[str], int]:
    """(changed, added, removed keys, entries expected after the save), or the error that stops it."""
    for folded, (etype, fields) in lib._frozen.items():
        entry = lib._entries.get(folded)
        if entry is not None and (entry.type != etype or entry.fields != fields):
            lib._refuse_frozen(folded)
    spans = lib._parsed.spans
    if lib._added and spans and spans[-1].kind == "failed":
        raise LibraryError(
            f"cannot append after the unterminated block at line {spans[-1].line}: BibTeX would read "
            "the new entries as part of it", path=lib.path, line=spans[-1].line,
            hint="close or remove that block first; nothing was written")
    changed = lib.changed_keys()
    added = [lib._entries[f].key for f in lib._added]
    removed = [e.key for e in lib._removed.values()]
    expected = lib._loaded_count + len(lib._added) - len(lib._removed)
    if len(lib._entries) < expected:
        raise LossGuardError(f"save would leave {len(lib._entries)} entries, expected {expected}",
                             path=lib.path, hint="nothing was written")
    return changed, added, removed, expected


def save(lib: Library, *, force: bool = False, backup: bool = True) -> SaveResult:
    """Write the changes atomically; see ``library``'s module docstring for every guard.

    ``backup=False`` keeps no backup generation (a hard-linked file is always backed up first:
    it is overwritten in place)."""
    lib.check_writable(force=force)
    changed, added, removed, expected = plan(lib)
    if not (changed or added or removed):
        return SaveResult(lib.path, False)
    target = lib.path.resolve()
    backups = Backups.of(target)

    def keep(old: bytes) -> Path | None:
        if not old:
            return None
        st = safewrite.regular_stat(target)
        return backups.save(old) if backup or (st is not None and st.st_nlink > 1) else None

    with safewrite.locked(target):
        for _ in range(_SAVE_ATTEMPTS):
            current = safewrite.read_regular(target)
            if current != lib._data and not (lib._data is None and not current):
                rebase(lib, current)  # another program saved meanwhile: re-apply our edits to its version
                lib.check_writable(force=force)
                changed, added, removed, expected = plan(lib)
            st = safewrite.regular_stat(target)
            if st is not None and not force:
                safewrite.refuse_read_only(target, st)
            data = bibfile.encode(render(lib), lib._parsed.decoded)
            def verify(tmp: Path, data: bytes = data, expected: int = expected) -> bibfile.ParsedFile:
                return _verify(lib, tmp, data, expected)

            try:
                parsed, backup_path = safewrite.commit(target, data, current if st is not None else None,
                                                       verify=verify, backup=keep)
            except safewrite.ChangedOnDisk:
                continue
            break
        else:
            raise ConflictError("the file keeps changing on disk; nothing was written", path=lib.path,
                                hint="close the program that is writing it and run the command again")
    lib._reset(data, parsed)
    lib._stat = None  # (our own write: its stat is taken by the next load)
    lib._read_only = None
    return SaveResult(lib.path, True, changed, added, removed, backup_path)


def _verify(lib: Library, tmp: Path, data: bytes, expected: int) -> bibfile.ParsedFile:
    """The synced temp file read as a load reads it: the very bytes meant, the entries expected, no new
    parse errors, and every new or edited entry reading back as it is in memory; its parse, or the error."""
    written = tmp.read_bytes()
    if written != data:
        raise LibraryError("verification failed: the temporary file differs from what was written",
                           path=lib.path, hint="nothing was replaced; check the disk")
    old = lib._parsed.decoded
    text = written[len(old.bom):].decode(old.encoding)
    decoded = bibfile.Decoded(text, old.encoding, old.bom, old.newline, False)
    # unchanged chunks are byte-identical to ones already parsed; every changed one is parsed
    parsed = lib._cache.parse(decoded, written) if lib._cache else bibfile.parse(decoded)
    before = sum(p.kind == "parse-error" for p in lib._parsed.problems)
    after = sum(p.kind == "parse-error" for p in parsed.problems)
    if len(parsed.entries) != expected or after > before:
        raise LibraryError(
            f"verification failed: re-reading gave {len(parsed.entries)} entries (expected {expected}) "
            f"and {after} parse errors (had {before})", path=lib.path, hint="nothing was replaced")
    reread = {e.key.casefold(): e for e in parsed.entries}
    for folded in [*lib._added, *(f for f in lib._originals if f in lib._entries
                                   and lib._is_changed(f, lib._entries[f]))]:
        mine, back = lib._entries[folded], reread.get(folded)
        if back is None or back.type != mine.type or (back.fields != mine.fields
                                                      and _line_ends(back.fields) != _line_ends(mine.fields)):
            raise LibraryError(f"verification failed: entry '{mine.key}' reads back differently",
                               path=lib.path, hint="nothing was replaced; please report this entry")
    return parsed
