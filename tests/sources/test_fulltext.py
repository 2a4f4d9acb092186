"""The full-text store: rows keyed by PMCID and version, with licence, date and source, written whole."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from evidence.errors import PubMedError
from evidence.model import Entry
from evidence.sources.fulltext import CLOSED, OPEN, FullTextStore, StoredText

PMC = Path(__file__).parent.parent / "fixtures" / "pmc"
T0 = datetime(2026, 1, 5, 12, 0, tzinfo=UTC)


def row(pmcid: str = "PMC2329613", version: str = "", status: str = OPEN, **kw: object) -> StoredText:
    xml = (PMC / "pmcoa_PMC2329613_1472-6831-8-11.nxml").read_bytes() if status == OPEN else b""
    values: dict[str, object] = {"source": "pmc", "licence": "http://creativecommons.org/licenses/by/2.0",
                                 "fetched": T0, "xml": xml, "aliases": ("pmid:18405359",)} | kw
    return StoredText(pmcid, version, status, **values)  # type: ignore[arg-type]


def test_round_trip_with_licence_date_source_and_compressed_xml(tmp_path):
    store = FullTextStore(tmp_path / "ft.sqlite")
    store.put_many([row()])
    got = store.get("pmc2329613")
    assert (got.pmcid, got.status, got.source, got.licence, got.fetched) == (
        "PMC2329613", OPEN, "pmc", "http://creativecommons.org/licenses/by/2.0", T0)
    assert got.xml == (PMC / "pmcoa_PMC2329613_1472-6831-8-11.nxml").read_bytes()
    size = sqlite3.connect(tmp_path / "ft.sqlite").execute("SELECT length(xml) FROM articles").fetchone()[0]
    assert size < len(got.xml) / 3
    assert store.article("PMC2329613").pmid == "18405359"


def test_versions_are_kept_apart_and_the_newest_is_read(tmp_path):
    store = FullTextStore(tmp_path / "ft.sqlite")
    store.put_many([row(version="1"), row(version="2", licence="v2 licence")])
    assert len(store) == 2
    assert (store.get("PMC2329613").version, store.get("PMC2329613").licence) == ("2", "v2 licence")


def test_entries_find_their_text_by_pmcid_pmid_or_doi(tmp_path):
    store = FullTextStore(tmp_path / "ft.sqlite")
    store.put_many([row(aliases=("pmid:18405359", "doi:10.1186/1472-6831-8-11"))])
    by = [Entry("a", "article", {"pmcid": "PMC2329613"}), Entry("b", "article", {"pmid": "18405359"}),
          Entry("c", "article", {"doi": "https://doi.org/10.1186/1472-6831-8-11"}), Entry("d", "article", {})]
    assert [store.for_entry(e).pmcid if store.for_entry(e) else None for e in by] == [
        "PMC2329613", "PMC2329613", "PMC2329613", None]


def test_closed_rows_have_no_article(tmp_path):
    store = FullTextStore(tmp_path / "ft.sqlite")
    store.put_many([row("PMC8435807", status=CLOSED, aliases=())])
    assert store.get("PMC8435807").status == CLOSED
    assert store.article("PMC8435807") is None


def test_a_failed_write_stores_nothing(tmp_path):
    store = FullTextStore(tmp_path / "ft.sqlite")
    bad = row("PMC1", fetched=None)  # isoformat fails on the second row: the first must not stay
    with pytest.raises(AttributeError):
        store.put_many([row(), bad])
    assert len(store) == 0


def test_a_broken_store_file_is_our_error(tmp_path):
    path = tmp_path / "ft.sqlite"
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(PubMedError) as err:
        FullTextStore(path)
    assert str(err.value) == (f"{path}: cannot use the response cache: file is not a database "
                              f"(the cache only saves requests: delete {path} and run again)")
