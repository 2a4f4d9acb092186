"""Shared fixtures: every test gets its own copy of refs.bib and a private cache folder."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings
from pubmed_server import FakeNCBI, load_records, works_server
from pytest_httpserver import HTTPServer

ROOT = Path(__file__).parent.parent

# CI (.ci/run) replays the same examples every run, so a landing never depends on a lucky draw;
# at a desk the property tests keep exploring new ones.
settings.register_profile("ci", derandomize=True, database=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


@pytest.fixture(autouse=True)
def _isolated_env(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Never touch the developer's cache, library or NCBI: private cache, no real hosts."""
    monkeypatch.setenv("EVIDENCE_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
    monkeypatch.setenv("EVIDENCE_DATA_DIR", str(tmp_path_factory.mktemp("data")))  # backups
    monkeypatch.delenv("EVIDENCE_LIBRARY", raising=False)
    monkeypatch.delenv("NCBI_API_KEY", raising=False)
    _close_sources(monkeypatch)
    monkeypatch.delenv("EVIDENCE_EMAIL", raising=False)
    monkeypatch.setenv("COLUMNS", "120")
    monkeypatch.delenv("NO_COLOR", raising=False)


@pytest.fixture
def refs(tmp_path: Path) -> Path:
    """A private copy of the default library."""
    target = tmp_path / "refs.bib"
    shutil.copyfile(ROOT / "refs.bib", target)
    return target


@pytest.fixture(scope="session")
def records() -> dict[str, bytes]:
    """PMID -> real recorded PubMed record, parsed once per test session."""
    return load_records()


@pytest.fixture
def ncbi(records: dict[str, bytes]) -> Iterator[FakeNCBI]:
    """A real local HTTP server answering as NCBI did (recorded responses only)."""
    server = HTTPServer(host="127.0.0.1", port=0, threaded=True)
    server.start()
    try:
        yield FakeNCBI(server, records=records)
    finally:
        server.clear()
        server.stop()


def _close_sources(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every source at a closed port: never the real services."""
    monkeypatch.setenv("EVIDENCE_EUTILS_URL", "http://127.0.0.1:9/entrez/eutils/")
    monkeypatch.setenv("EVIDENCE_IDCONV_URL", "http://127.0.0.1:9/idconv/")
    for name in ("CROSSREF", "DOI", "DATACITE", "ARXIV", "OPENLIBRARY", "EUROPEPMC"):
        monkeypatch.setenv(f"EVIDENCE_{name}_URL", "http://127.0.0.1:9")


@pytest.fixture
def closed_sources(cli_sources: FakeNCBI, monkeypatch: pytest.MonkeyPatch) -> None:
    """In a module that uses ``cli_sources``: a test that needs every source down gets them closed again."""
    _close_sources(monkeypatch)


@pytest.fixture
def cli_sources(ncbi: FakeNCBI, monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeNCBI]:
    """The local NCBI and recorded Crossref/doi.org/DataCite, the CLI pointed at them by its environment
    variables (``ncbi.works`` is the works server). CLI test modules use it with
    ``pytestmark = pytest.mark.usefixtures("cli_sources")``."""
    monkeypatch.setenv("EVIDENCE_EUTILS_URL", ncbi.base_url)
    monkeypatch.setenv("EVIDENCE_IDCONV_URL", ncbi.idconv_url)
    with works_server() as fake:
        for name in ("CROSSREF", "DOI", "DATACITE"):
            monkeypatch.setenv(f"EVIDENCE_{name}_URL", fake.base_url)
        ncbi.works = fake  # type: ignore[attr-defined]
        yield ncbi

