"""Re-applying a library's unsaved edits onto a newer version of its file that another program saved."""

from __future__ import annotations

from typing import TYPE_CHECKING

from evidence.errors import ConflictError
from evidence.store import bibfile
from evidence.store.encodings import decode_library

if TYPE_CHECKING:
    from evidence.store.library import Library


def rebase(lib: Library, current: bytes | None) -> None:
    """Our edits, re-applied to the version another program saved; a ConflictError (and
    nothing changed here) when it changed or removed an entry we changed, or added our key."""
    if current is None:
        raise ConflictError("the file was deleted since it was loaded; nothing was written", path=lib.path,
                            hint="restore it (see `evidence backups`) or run the command again")
    decoded = decode_library(current, lib._encoding_arg, lib.path)
    if decoded.encoding != lib._parsed.decoded.encoding:
        raise ConflictError(f"the file's encoding changed on disk (now {decoded.encoding}); nothing was written",
                            path=lib.path, hint="run the command again to work on the new version")
    parsed = lib._cache.parse(decoded) if lib._cache is not None else bibfile.parse(decoded)
    with bibfile._no_gc():
        fresh = type(lib)(lib.path, current, parsed, read_only=lib.read_only_reason)
    both: list[str] = []
    for folded, original in lib._originals.items():
        mine = lib._entries.get(folded)
        if mine is not None and not lib._is_changed(folded, mine) or folded in lib._frozen:
            continue
        theirs, base = fresh._originals.get(folded), (original.type, original.fields)
        if theirs is None or (theirs.type, theirs.fields) != base:
            if mine is None and theirs is None and folded not in fresh._entries:
                continue  # removed on both sides
            both.append(mine.key if mine is not None else lib._removed[folded].key)
        elif mine is None:
            fresh.remove(fresh._entries[folded].key)
        else:
            fresh._entries[folded] = mine
    for folded in lib._added:
        mine = lib._entries[folded]
        other = fresh._entries.get(folded)
        if other is None:
            fresh.add(mine)
        elif (other.type, other.fields) != (mine.type, mine.fields):
            both.append(mine.key)  # (the very same entry added by both is kept once)
    if both:
        verb = "was" if len(both) == 1 else "were"
        raise ConflictError(f"the file changed on disk, and {', '.join(both[:5])} {verb} changed both there "
                            "and here; nothing was written",
                            path=lib.path, hint="run the command again to work on the new version")
    for name in ("_data", "_parsed", "_entries", "_originals", "_frozen", "_added", "_removed",
                 "_loaded_count", "_by_id", "_stat", "_checked"):
        setattr(lib, name, getattr(fresh, name))
