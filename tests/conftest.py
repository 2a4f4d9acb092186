"""Shared fixtures: every test gets its own copy of refs.bib and a private cache folder."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings
from pubmed_server import FakeNCBI, load_records
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
    monkeypatch.setenv("EVIDENCE_EUTILS_URL", "http://127.0.0.1:9/entrez/eutils/")  # closed port
    monkeypatch.setenv("EVIDENCE_IDCONV_URL", "http://127.0.0.1:9/idconv/")
    for name in ("CROSSREF", "DOI", "DATACITE", "ARXIV", "OPENLIBRARY", "EUROPEPMC"):  # never the real services
        monkeypatch.setenv(f"EVIDENCE_{name}_URL", "http://127.0.0.1:9")
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
