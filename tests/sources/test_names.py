"""Display names from arXiv and Open Library (``Given Family``) as BibTeX names."""

from __future__ import annotations

import pytest

from evidence.model import Entry
from evidence.sources.names import display_name


@pytest.mark.parametrize(("given", "expected"), [
    ("Grisha Perelman", "Perelman, Grisha"),
    ("Francisco J Valero-Cuevas", "Valero-Cuevas, Francisco J"),
    ("Kees A. Schouhamer Immink", "Immink, Kees A. Schouhamer"),
    ("Adrian Del Maestro", "Del Maestro, Adrian"),
    ("Ludwig van Beethoven", "van Beethoven, Ludwig"),
    ("Martin Luther King Jr", "King, Jr, Martin Luther"),
    ("Quignard, Pascal", "Quignard, Pascal"),
    ("H1 Collaboration", "{H1 Collaboration}"),
    ("The Supernova Cosmology Project", "{The Supernova Cosmology Project}"),
    ("Plato", "Plato"),
    ("  ", ""),
])
def test_display_name(given: str, expected: str) -> None:
    assert display_name(given) == expected


def test_the_names_read_back_as_the_same_people() -> None:
    entry = Entry("k", "misc", {"author": " and ".join(display_name(n) for n in (
        "Adrian Del Maestro", "Ludwig van Beethoven", "H1 Collaboration"))})
    assert [p.surname for p in entry.authors] == ["Del Maestro", "van Beethoven", "H1 Collaboration"]
