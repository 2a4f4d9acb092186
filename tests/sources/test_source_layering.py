"""The DOI client calls the arXiv and Open Library readers; they share only ``found.Work``, never import ``doi``."""

from __future__ import annotations

import ast
from pathlib import Path

SOURCES = Path(__file__).resolve().parents[2] / "evidence" / "sources"


def _imports(name: str) -> set[str]:
    """Every evidence.sources module a file imports, at the top, in a function or under TYPE_CHECKING."""
    found: set[str] = set()
    for node in ast.walk(ast.parse((SOURCES / f"{name}.py").read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return {m.removeprefix("evidence.sources.") for m in found if m.startswith("evidence.sources.")}


def test_doi_imports_arxiv_and_openlibrary_and_they_import_only_found() -> None:
    assert {"arxiv", "openlibrary", "found", "found.Work"} <= _imports("doi")
    for reader in ("arxiv", "openlibrary"):
        assert {m.split(".")[0] for m in _imports(reader)} == {"found", "names", "transport"}
    assert _imports("found") == set()
