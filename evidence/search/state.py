"""The index's side files: what it was last synced from (meta), written atomically."""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

_RACY_NS = 2_000_000_000  # a stat is trusted only if the file was read this long after its last write


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
