"""CSL-JSON export follows the CSL data schema (as the CSL project publishes it) on every real library we hold."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from evidence.formats.csljson import dump_csl_json
from evidence.store.library import Library

TESTS = Path(__file__).resolve().parent.parent
ROOT = TESTS.parent
SCHEMA = json.loads((TESTS / "fixtures" / "csl" / "csl-data.json").read_text(encoding="utf-8"))
LIBRARIES = [ROOT / "refs.bib", ROOT / "examples" / "library.bib", TESTS / "formats" / "golden" / "golden.bib",
             *sorted(p for p in (TESTS / "fixtures" / "bibtex").glob("*.bib") if not p.name.startswith("notbib"))]


@pytest.mark.parametrize("path", LIBRARIES, ids=[p.name for p in LIBRARIES])
def test_export_validates_against_the_csl_data_schema(path: Path) -> None:
    entries = Library.load(path).entries
    items = json.loads(dump_csl_json(entries))
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in jsonschema.Draft7Validator(SCHEMA).iter_errors(items)]
    assert errors == []
    assert len(items) == len(entries) > 0
