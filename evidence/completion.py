"""What shell completion offers: the library's citekeys and the style names, read cheaply, never failing.

A completion runs on every <TAB>, in a fresh process, so it reads the library through the parse
cache (the same one every command uses) and describes only the first few matches. Any failure (no
library yet, a damaged file) offers nothing rather than printing an error into the user's prompt.
"""

from __future__ import annotations

from pathlib import Path

from evidence.errors import EvidenceError

__all__ = ["DESCRIBED", "citekeys", "style_names"]

#: Matches described with author, year and title (zsh and fish show it); the rest are bare keys.
DESCRIBED = 50


def citekeys(library: Path, incomplete: str, cache_dir: Path | None = None) -> list[tuple[str, str]]:
    """``(key, "Berman 2000: Antidepressant effects of ketamine...")`` for the keys starting with
    ``incomplete`` (case-insensitive, as BibTeX compares keys), in file order."""
    from evidence.store.library import Library

    try:
        lib = Library.load(library, cache_dir=cache_dir)
    except (EvidenceError, OSError, ValueError):
        return []
    prefix = incomplete.casefold()
    out: list[tuple[str, str]] = []
    for entry in lib.entries:
        if not entry.key.casefold().startswith(prefix):
            continue
        about = ""
        if len(out) < DESCRIBED:
            who = " ".join(str(x) for x in (entry.first_author, entry.year) if x)
            about = f"{who}: {entry.title}" if who else entry.title
            about = about if len(about) <= 70 else about[:69] + "…"
        out.append((entry.key, about))
    return out


def style_names(incomplete: str) -> list[tuple[str, str]]:
    """The short style names (with the CSL style each means), then every CSL style name, starting with
    ``incomplete``."""
    from evidence.formats.styles import STYLE_ALIASES, available_styles

    prefix = incomplete.lower()
    out = [(alias, name) for alias, name in STYLE_ALIASES.items() if alias.startswith(prefix)]
    shown = {alias for alias, _ in out}
    out += [(name, "") for name in available_styles() if name.startswith(prefix) and name not in shown]
    return out
