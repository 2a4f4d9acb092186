"""Where evidence keeps its own files: caches, lock files and backups, never beside the user's .bib.

Caches (search index, parse cache, PubMed responses) and lock files are disposable and live in
the user cache folder; backups of the user's library are data and live in the user data folder.
The only file evidence ever writes in the library's folder is its own short-lived temp file.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Mapping
from pathlib import Path


def default_cache_root(env: Mapping[str, str] | None = None) -> Path:
    """``$EVIDENCE_CACHE_DIR`` or the platform's user cache dir for "evidence"."""
    env = os.environ if env is None else env
    if env.get("EVIDENCE_CACHE_DIR"):
        return Path(env["EVIDENCE_CACHE_DIR"]).expanduser()
    import platformdirs

    return Path(platformdirs.user_cache_dir("evidence"))


def default_data_root(env: Mapping[str, str] | None = None) -> Path:
    """``$EVIDENCE_DATA_DIR`` or the platform's user data dir for "evidence" (backups live there)."""
    env = os.environ if env is None else env
    if env.get("EVIDENCE_DATA_DIR"):
        return Path(env["EVIDENCE_DATA_DIR"]).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir("evidence"))


def library_slug(library_path: Path) -> str:
    """A short stable name for a library, from its resolved path (caches are per library)."""
    return hashlib.sha256(str(Path(library_path).resolve()).encode("utf-8")).hexdigest()[:16]


def lock_path(library_path: Path, env: Mapping[str, str] | None = None) -> Path:
    """The lock file of a library: in the cache folder, keyed by the library's real path, so
    every evidence process of this user that writes the same file (by any link) shares it."""
    return default_cache_root(env) / "locks" / f"{library_slug(library_path)}.lock"


def backup_dir(library_path: Path, env: Mapping[str, str] | None = None) -> Path:
    """The folder of a library's rotating backups, keyed by its real path."""
    return default_data_root(env) / "backups" / library_slug(library_path)


def stat_key(path: Path | str) -> tuple[int, ...] | None:
    """(size, mtime, ctime, inode, device) of a file: any write to it changes one of them.
    None when it cannot be read."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino, st.st_dev


def fingerprint_of(path: Path | str) -> str:
    """SHA-1 of a file's bytes ("" when it cannot be read): the key of caches derived from it."""
    try:
        return hashlib.sha1(Path(path).read_bytes()).hexdigest()
    except OSError:
        return ""
