"""arXiv API client against a loopback server of recorded arXiv answers (tests/fixtures/arxiv, see SOURCES.md)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from fakes import FakeBooks
from fakes import books_client as client

from evidence.errors import ServiceError
from evidence.sources.arxiv import tex_value
from evidence.sources.doi import DoiClient
from evidence.sources.identifiers import parse_identifier
from evidence.sources.options import TransportOptions


def test_published_preprint_is_an_article_with_arxivs_doi_and_journal_reference(books: FakeBooks) -> None:
    work = client(books).arxiv_works(["astro-ph/9812133"])["astro-ph/9812133"]
    assert work is not None and (work.type, work.source) == ("article", "arXiv")
    fields = dict(work.fields)
    authors = fields.pop("author").split(" and ")
    assert (len(authors), authors[:3], authors[-1]) == (32, ["Perlmutter, S.", "Aldering, G.", "Goldhaber, G."],
                                                        "Couch, W. J.")
    assert fields.pop("abstract").startswith("We report measurements of the mass density, Omega\\_M, and "
                                             "cosmological-constant energy density")
    assert fields == {
        "title": "Measurements of Omega and Lambda from 42 High-Redshift Supernovae",
        "year": "1999",
        "journal": "Astrophys.J.517:565-586,1999",
        "doi": "10.1086/307221",
        "eprint": "astro-ph/9812133",
        "eprinttype": "arxiv",
        "archiveprefix": "arXiv",
        "primaryclass": "astro-ph",
        "url": "https://arxiv.org/abs/astro-ph/9812133",
    }


def test_unpublished_preprint_is_misc_with_the_arxiv_date(books: FakeBooks) -> None:
    work = client(books).arxiv_works(["math/0211159"])["math/0211159"]
    assert work is not None and work.type == "misc"
    assert {k: v for k, v in work.fields.items() if k != "abstract"} == {
        "author": "Perelman, Grisha",
        "title": "The entropy formula for the Ricci flow and its geometric applications",
        "year": "2002",
        "month": "nov",
        "howpublished": "arXiv",
        "note": "Preprint",
        "eprint": "math/0211159",
        "eprinttype": "arxiv",
        "archiveprefix": "arXiv",
        "primaryclass": "math.DG",
        "url": "https://arxiv.org/abs/math/0211159",
    }


def test_journal_reference_without_doi_still_makes_an_article(books: FakeBooks) -> None:
    knuth = client(books).arxiv_works(["math/9501234"])["math/9501234"]
    assert knuth is not None and knuth.type == "article"
    assert (knuth.fields["author"], knuth.fields["journal"], knuth.fields["year"], "doi" in knuth.fields) == (
        "Knuth, Donald E.", "J. Algebraic Combin. 6 (1997), no. 3, 253--257", "1997", False)


def test_a_version_is_asked_as_given_and_the_entry_names_the_work(books: FakeBooks) -> None:
    work = client(books).arxiv_works(["1111.2011v2"])["1111.2011v2"]
    assert [h.params["id_list"] for h in books.hits] == ["1111.2011v2"]
    assert work is not None and work.type == "article"
    assert (work.fields["eprint"], work.fields["doi"], work.fields["journal"], work.fields["year"]) == (
        "1111.2011", "10.1103/PhysRevB.85.115117", "Phys. Rev. B 85, 115117 (2012)", "2012")
    assert work.fields["author"] == "Murray, James M. and Del Maestro, Adrian and Tesanovic, Zlatko"


def test_the_current_atom_format_parses_the_same(books: FakeBooks) -> None:
    """arXiv's 2026 answers declare the namespaces on the feed and list fields in another order."""
    ogle = client(books).arxiv_works(["astro-ph/0601001"])["astro-ph/0601001"]
    assert ogle is not None and ogle.type == "article"
    assert (ogle.fields["journal"], ogle.fields["year"], ogle.fields["eprint"], ogle.fields["primaryclass"]) == (
        "ActaAstron.56:1-50,2006", "2006", "astro-ph/0601001", "astro-ph")
    assert ogle.fields["title"] == ("Frequency of Hot Jupiters and Very Hot Jupiters from the OGLE-III Transit "
                                    "Surveys Toward the Galactic Bulge and Carina")


def test_ids_share_one_request_and_an_unknown_id_is_none(books: FakeBooks) -> None:
    out = client(books).arxiv_works(["0808.05394", "1707.08567"])
    assert [(h.params["id_list"], h.params["max_results"]) for h in books.hits] == [("0808.05394,1707.08567", "2")]
    assert out["0808.05394"] is None
    work = out["1707.08567"]
    assert work is not None and (work.type, work.fields["year"], work.fields["month"]) == ("misc", "2017", "jul")
    assert work.fields["title"] == "Proceedings of Workshop AEW10: Concepts in Information Theory and Communications"
    assert work.fields["author"].startswith("Immink, Kees A. Schouhamer and Baggen, Stan and Chaabane, Ferdaous")


def test_an_empty_feed_means_no_such_paper(books: FakeBooks) -> None:
    assert client(books).arxiv_works(["0000.0000"]) == {"0000.0000": None}


@pytest.mark.parametrize("bad", ["abc", "INVALIDID"])
def test_arxiv_refusing_an_id_says_why_in_arxivs_words(books: FakeBooks, bad: str) -> None:
    with pytest.raises(ServiceError) as caught:
        client(books).arxiv_works([bad])
    assert str(caught.value) == f"arXiv refused id_list={bad}: incorrect id format for {bad} (check the arXiv id)"


def test_answers_are_cached_so_asking_again_costs_nothing(books: FakeBooks, tmp_path: object) -> None:
    from pathlib import Path

    options = TransportOptions(retries=0, cache_dir=Path(str(tmp_path)))
    works = DoiClient(options, arxiv_url=books.base_url, env={})
    first = works.arxiv_works(["math/0211159"])
    again = DoiClient(replace(options, offline=True), arxiv_url=books.base_url, env={}).arxiv_works(["math/0211159"])
    assert first == again and books.count("arxiv") == 1


@pytest.mark.parametrize(("title", "value"), [
    # arXiv keeps authors' TeX: math and commands stay, so BibTeX and LaTeX print what the authors wrote
    ("$\\mathcal{N}=4$ super Yang-Mills theory", "$\\mathcal{N}=4$ super Yang-Mills theory"),
    ("Scaling of $x_1^2$ in R&D networks", "Scaling of $x_1^2$ in R\\&D networks"),
    ("The \\emph{in situ} rate of 5% of cases", "The \\emph{in situ} rate of 5\\% of cases"),
    # plain text, or TeX that does not balance, is escaped whole
    ("Costs & benefits of 5% tax", "Costs \\& benefits of 5\\% tax"),
    ("An unbalanced $x title", "An unbalanced \\$x title"),
])
def test_arxiv_tex_is_kept_and_only_bare_specials_are_escaped(title: str, value: str) -> None:
    assert tex_value(title) == value


@pytest.mark.parametrize(("text", "found"), [
    ("hep-th/9901001", ("arxiv", "hep-th/9901001")),  # an old-style id, bare: it looks like nothing else
    ("math.GT/0309136v2", ("arxiv", "math.GT/0309136v2")),
    ("arXiv:hep-th/9901001", ("arxiv", "hep-th/9901001")),
    ("2106.01345v2", ("arxiv", "2106.01345v2")),
])
def test_arxiv_ids_in_every_form_a_writer_pastes(text: str, found: tuple[str, str]) -> None:
    assert parse_identifier(text) == found
