"""word/ sits below check/ and above formats/: the checker reads a .docx through word/, word/ turns a field's
CSL-JSON into entries through formats/, and never the reverse (not even in a function)."""

from __future__ import annotations

import ast
from pathlib import Path

WORD = Path(__file__).resolve().parents[2] / "evidence" / "word"
FORMATS = WORD.parent / "formats"


def _imports(path: Path) -> set[str]:
    """Every module a file imports, at the top, in a function or under TYPE_CHECKING."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)  # (``from evidence import word``)
    return found


def test_word_imports_nothing_from_check() -> None:
    imports = {path.name: _imports(path) for path in sorted(WORD.glob("*.py"))}
    assert "evidence.word.docxfile" in imports["fields.py"] and "docx" in imports["docxfile.py"]
    assert [(name, m) for name, found in imports.items() for m in sorted(found) if m.startswith("evidence.check")] == []


def test_word_imports_formats_and_formats_never_imports_word() -> None:
    """The one direction: the registry reads a .docx through a reader handed down from above (cli's import)."""
    word = {m for path in WORD.glob("*.py") for m in _imports(path)}
    assert "evidence.formats.csljson" in word
    formats = {path.name: _imports(path) for path in sorted(FORMATS.glob("*.py"))}
    assert "evidence.formats.registry" in formats["importer.py"]
    assert [(name, m) for name, found in formats.items() for m in sorted(found) if m.startswith("evidence.word")] == []
