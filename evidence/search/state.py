"""The index's side files: what it was last synced from (meta) and its hash table, written atomically.

They live next to Whoosh's own files and describe one commit *generation*: a file written for another
generation or schema version reads as None, so the index asks Whoosh instead of trusting it.
"""

from __future__ import annotations

import hashlib
import json
import marshal
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from evidence.search.schema import SCHEMA_VERSION

if TYPE_CHECKING:
    from evidence.store.pieces import PieceState

_RACY_NS = 2_000_000_000  # a stat is trusted only if the file was read this long after its last write
META_FILE = "evidence-meta.json"
HASHES_FILE = "evidence-hashes.marshal"  # (marshal: 30x faster than JSON for 100k keys)


@dataclass(frozen=True)
class Meta:
    """What the index was last synced from; see SearchIndex."""

    schema: int
    generation: int
    list_hash: str
    count: int
    fingerprint: str = ""
    stat: tuple[int, ...] = ()  # stat_key of the file the fingerprint was taken from, then the read's time


def table_hash(hashes: Mapping[str, str]) -> str:
    text = "".join([f"{key}\x1f{digest}\x1e" for key, digest in hashes.items()])  # (one update: 3x faster)
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def write_json(path: Path, data: object) -> None:
    """Atomic replace, so a reader never sees half a file."""
    write_bytes(path, json.dumps(data, separators=(",", ":")).encode("utf-8"))


def write_bytes(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def trusted(stat: tuple[int, ...]) -> bool:
    """A stat recorded at least _RACY_NS after the file's last write (mtime and ctime): a later write
    then shows in the stat even where timestamps are coarse (the racy-git rule)."""
    return len(stat) == 6 and stat[5] - max(stat[1], stat[2]) >= _RACY_NS


def read_meta(index_dir: Path) -> Meta | None:
    """The meta file, or None when it is missing or unreadable."""
    try:
        data = json.loads((index_dir / META_FILE).read_text(encoding="utf-8"))
        return Meta(
            int(data["schema"]),
            int(data["generation"]),
            str(data["list_hash"]),
            int(data["count"]),
            str(data.get("fingerprint", "")),
            tuple(int(x) for x in data.get("stat", ())),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def read_table(index_dir: Path, generation: int) -> dict[str, Any] | None:
    """The hash table (and the file's pieces) written with this generation, or None."""
    try:
        data = marshal.loads((index_dir / HASHES_FILE).read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return None
    if not isinstance(data, dict) or data.get("generation") != generation or data.get("schema") != SCHEMA_VERSION:
        return None  # another commit's or another document version's table: ask the index instead
    return data if isinstance(data.get("hashes"), dict) else None


def write_state(index_dir: Path, library: Path, generation: int, hashes: dict[str, str] | None, list_hash: str,
                count: int, fingerprint: str, *, stat: tuple[int, ...],
                pieces: Callable[[], PieceState | None] | None) -> None:
    """Side files, written under the write lock after the commit they describe; the hash table first,
    so a meta file never points at a missing table (``hashes`` None: the table on disk stays). The
    file's ``pieces`` are asked for only when a table is written."""
    if hashes is not None:
        state = pieces() if pieces is not None else None
        table = {"schema": SCHEMA_VERSION, "generation": generation, "hashes": hashes,
                 "pieces": state.to_plain() if state is not None else None}
        write_bytes(index_dir / HASHES_FILE, marshal.dumps(table))
        (index_dir / "evidence-hashes.json").unlink(missing_ok=True)  # (the table before marshal)
    write_json(
        index_dir / META_FILE,
        {
            "schema": SCHEMA_VERSION,
            "generation": generation,
            "list_hash": list_hash,
            "count": count,
            "fingerprint": fingerprint,
            "stat": list(stat) if fingerprint else [],
            "library": str(library),
        },
    )
