"""word/ sits below check/: the checker reads a .docx through word/, never the reverse (not even in a function)."""

from __future__ import annotations

import ast
from pathlib import Path

WORD = Path(__file__).resolve().parents[2] / "evidence" / "word"


def _imports(path: Path) -> set[str]:
    """Every module a file imports, at the top, in a function or under TYPE_CHECKING."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


def test_word_imports_nothing_from_check() -> None:
    imports = {path.name: _imports(path) for path in sorted(WORD.glob("*.py"))}
    assert "evidence.word.docxfile" in imports["fields.py"] and "docx" in imports["docxfile.py"]
    assert [(name, m) for name, found in imports.items() for m in sorted(found) if m.startswith("evidence.check")] == []
