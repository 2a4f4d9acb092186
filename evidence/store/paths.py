"""Where evidence keeps its caches: the only platformdirs user.

Everything there is disposable (search index, parse cache, PubMed responses); nothing is ever
written beside the user's .bib except its lock file and its .bak backup.
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


def library_slug(library_path: Path) -> str:
    """A short stable name for a library, from its resolved path (caches are per library)."""
    return hashlib.sha256(str(Path(library_path).resolve()).encode("utf-8")).hexdigest()[:16]
