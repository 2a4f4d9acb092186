"""`evidence add` of arXiv ids and ISBNs end to end, against loopback servers of recorded answers."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from fakes import FakeBooks, books_server

from cli import cli
from evidence.store.library import Library


@pytest.fixture
def books(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeBooks]:
    with books_server() as fake:
        monkeypatch.setenv("EVIDENCE_ARXIV_URL", fake.base_url)
        monkeypatch.setenv("EVIDENCE_OPENLIBRARY_URL", fake.base_url)
        yield fake


def test_add_create_a_published_arxiv_paper_and_a_book(tmp_path: Path, books: FakeBooks) -> None:
    bib = tmp_path / "new.bib"
    result = CliRunner().invoke(cli, ["-l", str(bib), "add", "--create", "https://arxiv.org/abs/1710.08557",
                                      "isbn:9782070427796"], catch_exceptions=False)
    assert (result.exit_code, result.stderr) == (0, "")
    assert result.stdout.splitlines() == [
        "https://arxiv.org/abs/1710.08557: added as valerocuevas2017neuromechanical - Valero-Cuevas 2017: On "
        "Neuromechanical Approaches for the Study of Biological Grasp and Manipulation (arXiv)",
        "isbn:9782070427796: added as quignard2002les - Quignard 2002: Les ombres errantes (Open Library)",
    ]
    lib = Library.load(bib)
    assert [(e.key, e.type) for e in lib.entries] == [
        ("valerocuevas2017neuromechanical", "article"), ("quignard2002les", "book")]
    book = lib.raw_text("quignard2002les")
    assert book.splitlines()[:4] == ["@book{quignard2002les,", "  author = {Quignard, Pascal},",
                                     "  title = {Les ombres errantes},", "  year = {2002},"]
    neuro = lib.get("valerocuevas2017neuromechanical")
    assert (neuro.get("doi"), neuro.get("journal"), neuro.get("eprint"), neuro.get("eprinttype")) == (
        "10.1186/s12984-017-0305-3", "Journal of NeuroEngineering and Rehabilitation, 2017", "1710.08557", "arxiv")
    assert (books.count("arxiv"), books.count("openlibrary")) == (1, 1)


def test_add_arxiv_ids_in_one_request_one_missing_is_one_failed_line(refs: Path, books: FakeBooks) -> None:
    before = len(Library.load(refs))
    result = CliRunner().invoke(cli, ["-l", str(refs), "add", "arXiv:0808.05394", "1707.08567"],
                                catch_exceptions=False)
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        "arXiv:0808.05394: failed - arXiv id 0808.05394 not found in arXiv",
        "1707.08567: added as immink2017 - Immink 2017: Proceedings of Workshop AEW10: Concepts in "
        "Information Theory and Communications (arXiv)",
    ]
    assert len(Library.load(refs)) == before + 1
    assert books.count("arxiv") == 1
