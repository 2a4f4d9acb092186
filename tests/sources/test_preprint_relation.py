"""Preprints naming their published version (Crossref ``relation`` ``is-preprint-of``), on a recorded answer."""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from cli import cli
from evidence.sources.apply import add_works
from evidence.sources.doi import Work
from evidence.sources.resolve import published_note
from evidence.sources.works import published_version, work_fields
from evidence.store.library import Library

FIXTURES = Path(__file__).parent.parent / "fixtures" / "crossref"


def recorded_items() -> dict[str, Mapping[str, Any]]:
    """The 20 works of Crossref's recorded answer to ``/works?query=NSF`` (rcrossref's cassette, 2022-11-09)."""
    answer = json.loads((FIXTURES / "works_query_nsf_rows20_is-preprint-of.json").read_bytes())
    return {item["DOI"]: item for item in answer["message"]["items"]}


def test_only_the_preprint_version_that_says_so_names_a_published_version() -> None:
    """Both ESSOAr versions of one preprint are in the answer; only version 1 carries the relation."""
    items = recorded_items()
    named = {doi: published_version(item) for doi, item in items.items() if published_version(item)}
    assert named == {"10.1002/essoar.10504562.1": "10.1029/2020MS002386"}
    assert items["10.1002/essoar.10504562.2"]["type"] == "posted-content"


def test_the_preprint_entry_keeps_the_published_doi_in_a_field_of_its_own() -> None:
    kind, fields = work_fields(recorded_items()["10.1002/essoar.10504562.1"])
    assert kind == "misc"
    assert {k: fields[k] for k in ("doi", "howpublished", "note", "publishedversion", "year")} == {
        "doi": "10.1002/essoar.10504562.1", "howpublished": "Earth and Space Science Open Archive",
        "note": "Preprint", "publishedversion": "10.1029/2020MS002386", "year": "2020"}
    assert published_note(Work(kind, fields, "Crossref")) == (
        "published version: https://doi.org/10.1029/2020MS002386 (add it with `evidence add 10.1029/2020MS002386`)")
    assert published_note(Work(*work_fields(recorded_items()["10.1002/essoar.10504562.2"]), "Crossref")) == ""


def test_show_says_the_published_version(tmp_path: Path) -> None:
    bib = tmp_path / "refs.bib"
    bib.write_text("", encoding="utf-8")
    lib = Library.load(bib)
    [added] = add_works(lib, [Work(*work_fields(recorded_items()["10.1002/essoar.10504562.1"]), "Crossref")])
    lib.save()
    result = CliRunner().invoke(cli, ["--no-color", "-l", str(bib), "show", added.key], catch_exceptions=False)
    assert result.exit_code == 0
    assert "publishedversion 10.1029/2020MS002386" in result.stdout.splitlines()
