"""PMC's correction/retraction links on real answers, stored and turned into the fields PubMed's notices fill.

The ``efetch_pmc_*`` files are real efetch db=pmc answers; the PLOS files are publisher JATS (no PMCID,
so they are parsed here, never served as PMC answers).
"""

from __future__ import annotations

import sqlite3
import zlib
from datetime import UTC, datetime
from pathlib import Path

import pytest

from evidence.model import Entry
from evidence.sources.changes import FieldChange
from evidence.sources.fulltext import OPEN, FullTextStore, NoticeLink, StoredText, notice_links
from evidence.sources.jats import split_articles
from evidence.sources.notices import notice_changes, plan_notices

PMC = Path(__file__).parent.parent / "fixtures" / "pmc"
T0 = datetime(2026, 1, 5, 12, 0, tzinfo=UTC)
FORWARD = "efetch_pmc_PMC11422735_correction_forward.xml"
IN_REFERENCES = "efetch_pmc_PMC12413575_reference_retraction_forward.xml"
NOTICE = "efetch_pmc_PMC8435807_correction_with_body.xml"


def links_of(name: str) -> tuple[NoticeLink, ...]:
    return notice_links(split_articles((PMC / name).read_bytes())[0][0])


@pytest.mark.parametrize(("name", "expected"), [
    # the article's own front matter links forward to its correction (PMID, DOI and PMCID of the notice)
    (FORWARD, [("erratum", ("PMC11422735", "doi:10.2196/56650", "pmid:39255015"),
                ("39413370", "10.2196/67281", "PMC11525075"), "PMC11422735")]),
    # PMC marks reference 81 (PMID 35432513) retracted; the notice is named by its PMCID only
    (IN_REFERENCES, [("retracted", ("PMC9007657", "doi:10.1155/2022/4395358", "pmid:35432513"),
                      ("PMC10586429",), "PMC12413575")]),
    # a correction notice links back to the article it corrects (by DOI)
    (NOTICE, [("erratum", ("doi:10.1183/23120541.00193-2021",),
               ("34527728", "10.1183/23120541.50193-2021", "PMC8435807"), "PMC8435807")]),
    ("plos_journal.ppat.1005207_retraction_notice.xml", [
        ("retracted", ("doi:10.1371/journal.ppat.1003435",), ("10.1371/journal.ppat.1005207",), "")]),
    ("plos_journal.pone.0097541_correction_notice.xml", [
        ("erratum", ("doi:10.1371/journal.pone.0086816",), ("10.1371/journal.pone.0097541",), "")]),
    ("pmcoa_PMC3460867_pone.0046493.nxml", []),
    ("efetch_pmc_PMC7773341_front_matter_only.xml", []),
])
def test_links_in_real_answers(name, expected):
    assert [(k.field, k.target, k.notice, k.source) for k in links_of(name)] == expected


def stored(name: str, links: tuple[NoticeLink, ...] | None = None) -> StoredText:
    xml = (PMC / name).read_bytes()
    article = split_articles(xml)[0][0]
    return StoredText(article.pmcid, article.version, OPEN, "pmc", article.licence, T0, xml, (),
                      links_of(name) if links is None else links)


def test_the_store_finds_links_by_any_alias_of_the_work(tmp_path):
    store = FullTextStore(tmp_path / "ft.sqlite")
    store.put_many([stored(FORWARD), stored(IN_REFERENCES), stored(NOTICE)])
    assert [(k.field, k.notice) for k in store.notices(["pmid:39255015"])] == [
        ("erratum", ("39413370", "10.2196/67281", "PMC11525075"))]
    assert [k.value for k in store.notices(["pmc9007657"])] == ["PMC10586429"]
    assert [k.value for k in store.notices(["doi:10.1183/23120541.00193-2021"])] == ["34527728"]
    assert store.notices(["pmid:1", "doi:10.1/none"]) == [] and store.notices([]) == []


def test_fetching_an_answer_again_replaces_its_links(tmp_path):
    store = FullTextStore(tmp_path / "ft.sqlite")
    store.put_many([stored(FORWARD)])
    store.put_many([stored(FORWARD, links=())])  # the newer answer no longer links the notice
    assert store.notices(["PMC11422735"]) == []


def test_a_store_written_before_the_notices_table_is_filled_once_from_its_texts(tmp_path):
    path = tmp_path / "ft.sqlite"
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE articles (pmcid TEXT NOT NULL, version TEXT NOT NULL, status TEXT NOT NULL,"
               " source TEXT NOT NULL, licence TEXT NOT NULL, fetched TEXT NOT NULL, xml BLOB NOT NULL,"
               " PRIMARY KEY (pmcid, version))")  # the schema as the first version of the store wrote it
    db.execute("INSERT INTO articles VALUES ('PMC11422735', '1', 'open', 'pmc', '', ?, ?)",
               (T0.isoformat(), zlib.compress((PMC / FORWARD).read_bytes())))
    db.commit()
    db.close()
    store = FullTextStore(path)
    assert [k.value for k in store.notices(["PMC11422735"])] == ["39413370"]
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == 1


def link(field: str, *notice: str) -> NoticeLink:
    return NoticeLink(field, ("pmid:1",), notice, "PMC1")


def test_changes_fill_only_and_never_name_a_notice_twice():
    pubmed = Entry("a", "article", {"erratum": "39413370", "retracted": "yes"})
    links = [link("erratum", "39413370", "10.2196/67281", "PMC11525075"), link("retracted", "PMC10586429"),
             link("concern", "10.1/eoc"), link("concern", "10.1/EOC")]
    assert notice_changes(pubmed, links) == [FieldChange("retracted", "yes", "PMC10586429"),
                                             FieldChange("concern", "", "10.1/eoc")]
    crossref = Entry("b", "article", {"erratum": "10.2196/67281"})  # Crossref named the same notice by DOI
    assert notice_changes(crossref, links[:1]) == []
    other = Entry("c", "article", {"erratum": "J Biol Chem 1999;274:13728"})
    assert notice_changes(other, links[:1]) == [
        FieldChange("erratum", "J Biol Chem 1999;274:13728", "J Biol Chem 1999;274:13728; 39413370")]


def test_plan_notices_for_library_entries(tmp_path):
    store = FullTextStore(tmp_path / "ft.sqlite")
    store.put_many([stored(FORWARD), stored(IN_REFERENCES), stored(NOTICE)])
    entries = [Entry("review", "article", {"pmcid": "PMC11422735"}),
               Entry("cited", "article", {"pmid": "35432513"}),
               Entry("corrected", "article", {"doi": "https://doi.org/10.1183/23120541.00193-2021"}),
               Entry("plain", "article", {"pmcid": "PMC12413575"})]
    planned = plan_notices(entries, store)
    assert [n.to_dict() for n in planned] == [
        {"key": "review", "sources": ["PMC11422735"],
         "changes": [{"field": "erratum", "old": None, "new": "39413370"}]},
        {"key": "cited", "sources": ["PMC12413575"],
         "changes": [{"field": "retracted", "old": None, "new": "PMC10586429"}]},
        {"key": "corrected", "sources": ["PMC8435807"],
         "changes": [{"field": "erratum", "old": None, "new": "34527728"}]}]
    assert [n.retracted for n in planned] == [False, True, False]
