"""enrich across sources as a library call: PubMed first, Crossref for what it lacks, one source on request."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pubmed_server import FakeWorks, works_server

from evidence.errors import NetworkError
from evidence.model import Entry
from evidence.sources.cascade import apply_enrichment, enrich_entries, fillable_fields
from evidence.sources.doi import DoiClient
from evidence.sources.eutils import EutilsClient
from evidence.sources.options import TransportOptions
from evidence.store.library import Library
from tests.sources.test_workfill import SADASIVAN


@pytest.fixture
def works() -> Iterator[FakeWorks]:
    with works_server() as fake:
        yield fake


def _works_client(works: FakeWorks) -> DoiClient:
    base = works.base_url
    return DoiClient(TransportOptions(retries=0, sleep=lambda s: None), crossref_url=base, doi_url=base,
                     datacite_url=base, env={})


def _dead_pubmed(tmp_path: Path) -> EutilsClient:
    options = TransportOptions(cache_dir=tmp_path / "c", retries=0, sleep=lambda s: None)
    return EutilsClient(options, base_url="http://127.0.0.1:9/")


def test_crossref_only_never_asks_pubmed_and_applies_its_fill(works: FakeWorks, tmp_path: Path) -> None:
    result = enrich_entries([SADASIVAN], source="crossref", pubmed=_dead_pubmed(tmp_path),
                            works=lambda: _works_client(works))
    assert (result.matches, [(f.key, f.status) for f in result.fills]) == ([], [("sadasivan2012", "matched")])
    assert (result.pubmed_error, result.failed, result.retracted) == ("", False, [])
    path = tmp_path / "lib.bib"
    path.write_text("", encoding="utf-8")
    lib = Library.load(path)
    lib.add(Entry(SADASIVAN.key, SADASIVAN.type, dict(SADASIVAN.fields)))  # (a copy: the fill changes it)
    assert apply_enrichment(lib, result) == ["sadasivan2012"]
    assert lib.get("sadasivan2012").get("journal") == "PLoS ONE"


def test_pubmed_unreachable_still_gives_crossref_every_entry_and_is_reported(works: FakeWorks,
                                                                             tmp_path: Path) -> None:
    result = enrich_entries([SADASIVAN], pubmed=_dead_pubmed(tmp_path), works=lambda: _works_client(works))
    assert result.pubmed_error.startswith("cannot reach")
    assert [(f.key, f.status) for f in result.fills] == [("sadasivan2012", "matched")]
    assert result.failed is True  # the user must know PubMed was not asked


def test_pubmed_only_raises_when_pubmed_is_unreachable(tmp_path: Path) -> None:
    with pytest.raises(NetworkError):
        enrich_entries([SADASIVAN], source="pubmed", pubmed=_dead_pubmed(tmp_path))


def test_fillable_fields_follow_the_source() -> None:
    assert "mesh" in fillable_fields("pubmed") and "mesh" not in fillable_fields("crossref")
    assert fillable_fields("all") == fillable_fields("pubmed") | fillable_fields("crossref")
