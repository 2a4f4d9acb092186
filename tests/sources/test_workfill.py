"""Crossref enrichment against a loopback server of recorded answers: DOI, search, identity, --accept."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pubmed_server import FakeWorks, works_server

from evidence.model import Entry
from evidence.sources.doi import DoiClient
from evidence.sources.options import TransportOptions
from evidence.sources.workfill import Progress, fill_changes, identity_problem, match_works


@pytest.fixture
def works() -> Iterator[FakeWorks]:
    with works_server() as fake:
        yield fake


def client(works: FakeWorks) -> DoiClient:
    base = works.base_url
    return DoiClient(TransportOptions(retries=0, sleep=lambda s: None), crossref_url=base, doi_url=base,
                     datacite_url=base, env={})


SADASIVAN = Entry("sadasivan2012", "article", {
    "author": "Sadasivan, Shankar and others", "year": "2012", "doi": "10.1371/journal.pone.0033693",
    "title": "Methylphenidate exposure induces dopamine neuron loss",  # shortened by the writer
})


def test_doi_entry_with_a_shortened_title_is_matched_and_its_and_others_completed(works: FakeWorks) -> None:
    ticks: list[Progress] = []
    [fill] = match_works([SADASIVAN], client(works), progress=ticks.append, clock=iter([0.0, 2.0]).__next__)
    assert (fill.status, fill.method, fill.doi) == ("matched", "doi", "10.1371/journal.pone.0033693")
    changed = {c.field: (c.old, c.new) for c in fill.changes}
    assert changed["author"] == ("Sadasivan, Shankar and others", "Sadasivan, Shankar and Pond, Brooks B. and Pani, "
                                 "Amar K. and Qu, Chunxu and Jiao, Yun and Smeyne, Richard J.")
    assert changed["erratum"] == ("", "10.1371/annotation/c76da2c1-ccb8-4797-94c1-359d3ceceeda")
    assert "title" not in changed and "year" not in changed  # the writer's values stay
    assert ticks == [Progress("Crossref", 1, 1, 0.0)]
    assert [h.path for h in works.hits] == ["crossref"]  # one request for one entry


def test_a_doi_pointing_at_another_work_is_a_mismatch_until_accepted(works: FakeWorks) -> None:
    wrong = Entry("smith2019", "article", {"author": "Smith, Jane", "year": "2019", "doi": "10.1038/srep16696",
                                           "title": "Ketamine for treatment-resistant depression in adolescents"})
    [fill] = match_works([wrong], client(works))
    assert (fill.status, fill.changes) == ("mismatch", [])
    assert fill.message == ("Crossref record 10.1038/srep16696 is a different work (title 'Single-molecule FRET "
                            "studies on alpha-synuclein oligomerization of Parkinson’s disease genetically related "
                            "mutants', first author tosatto, year 2015) (take it with --accept smith2019)")
    [fill] = match_works([wrong], client(works), accept=["smith2019"])
    assert (fill.status, fill.message) == ("matched", "accepted by you")
    assert {c.field for c in fill.changes} >= {"journal", "volume", "eid", "issn"}


def test_entry_without_doi_is_found_by_one_citation_search(works: FakeWorks) -> None:
    works.searches["Chemical Ecology Kessler 2012"] = "works_query_ecology_rows2.json"
    entry = Entry("kessler2012", "incollection", {"author": "Kessler, André", "title": "Chemical Ecology",
                                                   "year": "2012"})
    [fill] = match_works([entry], client(works))
    assert (fill.status, fill.method, fill.doi, fill.score) == ("matched", "search", "10.1093/obo/9780199830060-0023",
                                                                1.0)
    assert {c.field: c.new for c in fill.changes if c.field != "abstract"} == {
        "booktitle": "Ecology", "month": "may", "publisher": "Oxford University Press", "isbn": "9780199830060",
        "doi": "10.1093/obo/9780199830060-0023"}
    assert [h.path for h in works.hits] == ["search"]


def test_unknown_doi_asks_the_agency_once_and_a_dead_service_fails_the_rest_at_once(works: FakeWorks) -> None:
    gone = Entry("x2020", "article", {"title": "Nothing", "doi": "10.1371/notarealdoi"})
    [fill] = match_works([gone], client(works))
    assert (fill.status, fill.message) == ("not_found", "DOI 10.1371/notarealdoi is not known to Crossref, DataCite "
                                                        "or doi.org")
    assert [h.path for h in works.hits] == ["crossref", "ra"]
    dead = DoiClient(TransportOptions(retries=0), crossref_url="http://127.0.0.1:9", env={})
    fills = match_works([gone, SADASIVAN], dead)
    assert [f.status for f in fills] == ["error", "error"]
    assert fills[1].message == "not asked, Crossref just failed: " + fills[0].message


def test_fill_changes_never_replace_a_real_author_list() -> None:
    entry = Entry("k", "article", {"author": "Krystal, John H. and Kaye, Alfred P."})
    assert fill_changes(entry, {"author": "Krystal, John H and Kaye, Alfred P and Jefferson, Sarah"}) == []


def test_identity_uses_doi_first() -> None:
    entry = Entry("k", "article", {"title": "A", "doi": "10.1/a"})
    assert identity_problem(entry, {"doi": "10.1/b", "title": "A"}) == "Crossref record has DOI 10.1/b, not 10.1/a"
