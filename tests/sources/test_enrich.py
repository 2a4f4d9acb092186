"""Matching and merging against the local NCBI server (recorded answers, real records)."""

from __future__ import annotations

import copy

import pytest
from fakes import eutils_client
from pubmed_server import fixture, stall

from evidence.errors import EntryError, NetworkError
from evidence.model import Entry
from evidence.sources.enrich import (
    ACCEPT,
    FieldChange,
    apply_changes,
    entry_from_record,
    match_entries,
    plan_changes,
    score,
    title_similarity,
)
from evidence.sources.eutils import EutilsClient
from evidence.sources.records import parse_efetch

YDENBERG_SEARCH = fixture("esearch_pubmed_json_author.json")  # 9 PMIDs; 26147656 has a record


@pytest.fixture
def client(ncbi) -> EutilsClient:
    return make(ncbi)


make = eutils_client


def record(name: str):
    return parse_efetch(fixture(name))[0]


def pulmonary() -> Entry:
    return Entry(
        "martinez2020",
        "article",
        {
            "author": "Martinez Licha, Carlos R. and McCurdy, Chelsea M.",
            "title": "Current management of acute pulmonary embolism",
            "journal": "Ann Thorac Cardiovasc Surg",
            "year": "2020",
        },
    )


# ---------------------------------------------------------------- identifiers


def test_pmid_stub_is_filled_and_only_one_efetch(client, ncbi):
    stub = Entry("stub", "article", {"pmid": "31588070"})
    full = pulmonary()
    full.set("pmid", "31588070")
    matches = match_entries([stub, full], client)
    assert [m.status for m in matches] == ["matched", "matched"]
    assert [m.method for m in matches] == ["pmid", "pmid"]
    assert ncbi.count("/efetch.fcgi") == 1 and len(ncbi.hits) == 1
    added = {c.field: c.new for c in matches[0].changes}
    assert added["title"] == "Current Management of Acute Pulmonary Embolism"
    assert added["doi"] == "10.5761/atcs.ra.19-00158" and added["pmcid"] == "PMC7184035"
    kept = {c.field for c in matches[1].changes}
    assert {"title", "author", "journal", "year"}.isdisjoint(kept)  # user's values never overwritten
    assert stub.fields == {"pmid": "31588070"}  # nothing applied by matching


def test_complete_entry_has_nothing_to_add(client):
    entry = entry_from_record(record("efetch_pubmed_31588070_structured_abstract_mesh_pmc.xml"), "lee2020")
    (m,) = match_entries([entry], client)
    assert (m.status, m.changes, m.pmid) == ("complete", [], "31588070")


def test_wrong_pmid_is_caught_by_identity_check(client):
    entry = pulmonary()
    entry.set("pmid", "35649368")  # a real PMID, but of a Cell Reports paper
    (m,) = match_entries([entry], client)
    assert m.status == "mismatch" and m.changes == []
    assert m.message.startswith("PubMed record 35649368 is a different work (title 'Fatty acid oxidation protects")
    assert "year 2022" in m.message


def test_pmid_with_conflicting_doi_is_a_mismatch(client):
    entry = Entry("x", "article", {"pmid": "31588070", "doi": "10.5761/ATCS.RA.19-00159"})
    (m,) = match_entries([entry], client)
    assert m.status == "mismatch"
    assert m.message == "PubMed record 31588070 has DOI 10.5761/atcs.ra.19-00158, not 10.5761/atcs.ra.19-00159"


def test_doi_lookup_exact(client, ncbi):
    ncbi.searches['"10.1002/cm.21231"[aid]'] = YDENBERG_SEARCH
    entry = Entry("y", "article", {"doi": "10.1002/CM.21231", "title": "Combinatorial genetic analysis of a network"})
    (m,) = match_entries([entry], client)
    assert (m.status, m.method, m.pmid) == ("matched", "doi", "26147656")
    assert "doi" not in {c.field for c in m.changes}  # same DOI up to case: left alone


@pytest.mark.parametrize(("year", "status"), [("2015", "matched"), ("2009", "mismatch")])
def test_a_shortened_title_with_its_doi_author_and_year_is_the_same_work(client, ncbi, year, status):
    # the record's title is "Combinatorial genetic analysis of a network of actin disassembly-promoting
    # factors."; the entry keeps only its end (title similarity 0.598, below IDENTITY_TITLE)
    ncbi.searches['"10.1002/cm.21231"[aid]'] = YDENBERG_SEARCH
    entry = Entry("y", "article", {"doi": "10.1002/cm.21231", "title": "Actin disassembly-promoting factors",
                                   "author": "Ydenberg, Casey A.", "year": year})
    (m,) = match_entries([entry], client)
    assert (m.status, m.pmid) == (status, "26147656")
    if status == "mismatch":  # a shortened title alone does not outvote a year off by six
        assert m.message == ("PubMed record 26147656 is a different work (title 'Combinatorial genetic analysis "
                             "of a network of actin disassembly-promoting factors.', year 2015)")


def test_doi_lookup_returning_a_similar_but_different_doi(client, ncbi):
    ncbi.searches['"10.1002/cm.21232"[aid]'] = YDENBERG_SEARCH
    entry = Entry("y", "article", {"doi": "10.1002/cm.21232", "author": "Ydenberg, C. A.", "year": "2015"})
    (m,) = match_entries([entry], client)
    assert m.status == "mismatch" and m.changes == []
    assert m.message == (
        "PubMed has no record with DOI 10.1002/cm.21232; it answered with 26147656 (10.1002/cm.21231)"
    )


def test_unknown_doi_is_not_found(client, ncbi):
    (m,) = match_entries([Entry("z", "article", {"doi": "10.9999/nothing.here"})], client)
    assert (m.status, m.message) == ("not_found", "DOI 10.9999/nothing.here not found in PubMed")
    assert ncbi.hits[0].params["term"] == '"10.9999/nothing.here"[aid]'


def test_pmcid_goes_through_idconv(client, ncbi):
    ncbi.idconv["PMC2883744"] = (200, fixture("idconv_v1_doi_json.json"))
    (m,) = match_entries([Entry("p", "article", {"pmcid": "PMC2883744"})], client)
    assert (m.status, m.method, m.pmid) == ("not_found", "pmcid", "20495566")
    assert m.message == "PMID 20495566 is not in PubMed"  # no record recorded for it
    assert [h.path for h in ncbi.hits] == ["/idconv/", "/efetch.fcgi", "/efetch.fcgi"]  # missing: asked twice


def test_bad_pmid_field_is_an_error_without_requests(client, ncbi):
    (m,) = match_entries([Entry("b", "article", {"pmid": "PMC123"})], client)
    assert (m.status, m.message) == ("error", "pmid field 'PMC123' is not a PMID")
    assert ncbi.hits == []


# ---------------------------------------------------------------- citation and search


def test_ecitmatch_in_one_batch(client, ncbi):
    ncbi.citmatch.append(fixture("ecitmatch_mixed_not_found_invalid_journal.txt"))
    entries = [
        Entry("Art1", "article", {"author": "Mann, B. J.", "journal": "Proc Natl Acad Sci U S A", "year": "1991",
                                  "volume": "88", "pages": "3248--3252"}),
        Entry("ref2", "article", {"journal": "Fake Journal", "year": "2000", "volume": "1", "pages": "1"}),
        Entry("Art4", "article", {"author": "Zhu, Na", "journal": "N Engl J Med", "year": "2020",
                                  "volume": "382", "pages": "727-733"}),
    ]
    matches = match_entries(entries, client)
    assert ncbi.count("/ecitmatch.cgi") == 1
    assert ncbi.hits[0].params["bdata"].split("\r") == [
        "proc natl acad sci u s a|1991|88|3248|mann bj|Art1|",
        "fake journal|2000|1|1||ref2|",
        "n engl j med|2020|382|727|zhu n|Art4|",
    ]
    efetch = [h for h in ncbi.hits if h.path == "/efetch.fcgi"]
    assert [h.params["id"] for h in efetch] == ["2014248,31978945"] * 2  # missing from the answer: asked again
    assert [m.method for m in matches] == ["ecitmatch", "", "ecitmatch"]
    assert [m.status for m in matches] == ["not_found"] * 3  # no recorded efetch for these PMIDs


def test_title_search_match(client, ncbi):
    ncbi.searches[
        "combinatorial[ti] AND genetic[ti] AND analysis[ti] AND network[ti] AND actin[ti] AND disassembly[ti]"
        " AND promoting[ti] AND factors[ti] AND ydenberg[1au] AND 2014:2016[dp]"
    ] = YDENBERG_SEARCH
    entry = Entry("ydenberg2015", "article", {
        "author": "Ydenberg, Casey A. and Goode, Bruce L.",
        "title": "Combinatorial genetic analysis of a network of actin disassembly-promoting factors",
        "year": "2015",
    })
    (m,) = match_entries([entry], client)
    assert (m.status, m.method, m.pmid, m.score) == ("matched", "search", "26147656", 1.0)
    assert {c.field: c.new for c in m.changes}["pages"] == "349--361"
    assert {c.field: c.new for c in m.changes}["journal"] == "Cytoskeleton"  # PubMed: "Cytoskeleton (Hoboken, N.J.)"


def test_ambiguous_candidate_is_reported_not_written(client, ncbi):
    ncbi.searches[
        "actin[ti] AND cables[ti] AND tune[ti] AND polarized[ti] AND growth[ti] AND budding[ti] AND yeast[ti]"
        " AND ydenberg[1au] AND 2014:2016[dp]"
    ] = YDENBERG_SEARCH
    entry = Entry("yd", "article", {"author": "Ydenberg, Casey A.",
                                    "title": "Actin cables tune polarized growth in budding yeast", "year": "2015"})
    (m,) = match_entries([entry], client)
    assert m.status == "ambiguous" and m.changes == [] and m.record is None
    assert [c.pmid for c in m.candidates] == ["26147656"]
    assert m.candidates[0].score < ACCEPT
    assert m.message == f"best score {m.candidates[0].score:.2f} < 0.80"


def test_search_with_dropped_phrase_is_not_trusted(client, ncbi):
    ncbi.searches["foo[ti] AND bar[ti] AND baz[ti]"] = fixture("esearch_pubmed_hits_with_phrase_not_found.xml")
    (m,) = match_entries([Entry("f", "article", {"title": "Foo bar baz"})], client)
    assert m.status == "not_found" and m.message.startswith("PubMed ignored part of the title search")
    assert ncbi.count("/efetch.fcgi") == 0


def test_retraction_flagged(client):
    (m,) = match_entries([Entry("cdx2", "article", {"pmid": "10066780"})], client)
    assert m.status == "matched" and m.retracted and m.message == "retracted"
    changes = {c.field: c.new for c in m.changes}
    assert changes["retracted"] == "11905463"
    assert "Retracted Publication" in changes["pubtype"]
    entry = Entry("cdx2", "article", {"pmid": "10066780"})
    apply_changes(entry, m.changes)
    assert entry.is_retracted


def test_network_failure_mid_run_raises_and_changes_nothing(ncbi):
    ncbi.citmatch.append(fixture("ecitmatch_two_found.txt"))
    entries = [
        Entry("stub", "article", {"pmid": "31588070"}),
        Entry("Art1", "article", {"author": "Mann, B. J.", "journal": "Proc Natl Acad Sci U S A", "year": "1991",
                                  "volume": "88", "pages": "3248"}),
    ]
    before = copy.deepcopy([e.fields for e in entries])
    ncbi.fail_next("/efetch.fcgi", stall(1.0))
    with pytest.raises(NetworkError, match="timed out"):
        match_entries(entries, make(ncbi, timeout=0.3, retries=0))
    assert ncbi.count("/ecitmatch.cgi") == 1  # the run got half-way
    assert [e.fields for e in entries] == before


# ---------------------------------------------------------------- planning


def test_plan_fill_only_and_overwrite():
    rec = record("efetch_pubmed_31588070_structured_abstract_mesh_pmc.xml")
    entry = Entry("k", "article",
                  {"title": "My own title", "doi": "10.5761/ATCS.RA.19-00158", "year": "", "pages": "65-71"})
    changes = plan_changes(entry, rec)
    fields = [c.field for c in changes]
    assert "title" not in fields and "doi" not in fields and "pages" not in fields
    assert FieldChange("year", "", "2020") in changes
    forced = plan_changes(entry, rec, overwrite={"title", "doi", "pages"})
    assert FieldChange("title", "My own title", "Current Management of Acute Pulmonary Embolism") in forced
    assert FieldChange("pages", "65-71", "65--71") in forced
    assert "doi" not in [c.field for c in forced]  # equal up to case


def test_apply_changes_keeps_key_and_refuses_stale_plans():
    rec = record("efetch_pubmed_35649368_erratum_in.xml")
    entry = Entry("li2022", "article", {"note": "keep me"})
    changes = plan_changes(entry, rec)
    apply_changes(entry, changes)
    assert entry.key == "li2022" and entry.get("note") == "keep me"
    assert entry.get("erratum") == "35767954" and entry.pmid == "35649368"
    other = Entry("x", "article", {})
    plan = plan_changes(other, rec)
    other.set("title", "typed meanwhile")
    with pytest.raises(EntryError, match="changed since the enrichment was planned"):
        apply_changes(other, plan)
    assert other.fields == {"title": "typed meanwhile"}


def test_entry_from_record_types_and_round_trip():
    chapter = entry_from_record(record("efetch_pubmed_20301382_book_chapter_genereviews.xml"), "goldstein")
    assert chapter.type == "incollection" and chapter.get("booktitle") == "GeneReviews®"
    article = entry_from_record(record("efetch_pubmed_29963580_collective_author_mathml.xml"), "guo2018")
    assert article.type == "article" and article.authors[-1].last == "Canadian Respiratory Research Network"
    assert article.year == 2018 and article.doi == "10.1117/1.jmi.5.2.026002"


def test_scoring_components():
    rec = record("efetch_pubmed_26147656_node_ncbi.xml")
    same = Entry("a", "article", {"author": "Ydenberg, C.", "title": "Combinatorial genetic analysis of a network of "
                                  "actin disassembly-promoting factors", "year": "2016",
                                  "journal": "Cytoskeleton (Hoboken)"})
    assert score(same, rec) == pytest.approx((0.55 + 0.2 + 0.15 * 0.7 + 0.1) / 1.0)
    assert title_similarity("Actin: a {TEST}", "actin a test.") == 1.0
