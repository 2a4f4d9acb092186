"""BibTeX as an import source and export format: the value rule on export, identifier checks on import."""

from __future__ import annotations

import pytest

from evidence.errors import FormatError
from evidence.formats.bibtex import entry_to_bibtex, read
from evidence.model import Entry


def test_entry_to_bibtex_refuses_unbalanced_braces() -> None:
    with pytest.raises(FormatError, match="unbalanced braces"):
        entry_to_bibtex(Entry("k", "misc", {"title": "a } b {"}))
