"""Identifiers known to name another work: the store, the same-work rule applied to it, lint's report."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from pubmed_server import fixture

from evidence.errors import LibraryError
from evidence.lint import lint, lint_entries
from evidence.model import Entry
from evidence.sources.changes import entry_from_record
from evidence.sources.records import parse_efetch
from evidence.store.library import Library
from evidence.wrongids import FILE_NAME, KnownIds, KnownRecord, trusted

CELL_REPORTS = entry_from_record(parse_efetch(fixture("efetch_pubmed_35649368_erratum_in.xml"))[0], "record")
TITLE = "Combinatorial genetic analysis of a network of actin disassembly-promoting factors"


def ydenberg(**ids: str) -> Entry:
    """A hand-typed entry for PMID 26147656 carrying another paper's PMID (35649368, a Cell Reports paper)."""
    return Entry("ydenberg2015", "article", {"author": "Ydenberg, Casey A. and Johnston, Adam", "title": TITLE,
                                             "journal": "Cytoskeleton", "year": "2015", **ids})


def test_a_learnt_record_makes_the_pmid_and_its_doi_known_wrong(tmp_path: Path) -> None:
    known = KnownIds.in_folder(tmp_path)
    entry = ydenberg(pmid="35649368")
    assert known.learn(entry, CELL_REPORTS)
    assert sorted(known.records) == ["doi:10.1016/j.celrep.2022.110870", "pmid:35649368"]
    (wrong,) = known.wrong_ids(entry)
    assert (wrong.field, wrong.value, wrong.label) == ("pmid", "35649368", "PMID 35649368")
    assert wrong.message() == ("PMID 35649368 is a different work: 'Fatty acid oxidation protects cancer cells from "
                               "apoptosis by increasing mitochondrial membrane lipids' (Li, 2022) (PubMed)")
    assert wrong.reason == "their titles differ (a book or series identifier shared by parts?)"
    # the same DOI on an entry that IS that paper is right; an entry with neither id has nothing wrong
    assert known.wrong_ids(Entry("li2022", "article", dict(CELL_REPORTS.fields))) == []
    assert known.wrong_ids(ydenberg()) == []
    assert [w.label for w in known.wrong_ids(ydenberg(doi="10.1016/J.CELREP.2022.110870"))] == [
        "DOI 10.1016/j.celrep.2022.110870"]


def test_the_store_survives_a_round_trip_and_accept_forgets(tmp_path: Path) -> None:
    known = KnownIds.in_folder(tmp_path)
    entry = ydenberg(pmid="35649368")
    known.learn(entry, CELL_REPORTS)
    known.save()
    again = KnownIds.in_folder(tmp_path)
    assert again.records == known.records and len(again) == 2
    assert [w.label for w in again.wrong_ids(entry)] == ["PMID 35649368"]
    again.forget(entry)
    assert again.wrong_ids(entry) == [] and sorted(again.records) == ["doi:10.1016/j.celrep.2022.110870"]
    assert [p.name for p in tmp_path.iterdir()] == [FILE_NAME]  # no temporary file left behind


def test_an_identity_that_agrees_is_never_learnt(tmp_path: Path) -> None:
    known = KnownIds.in_folder(tmp_path)
    same = Entry("li2022", "article", {"title": CELL_REPORTS.title, "pmid": "35649368", "year": "2022"})
    assert not known.learn(same, CELL_REPORTS)  # the same work
    assert not known.learn(ydenberg(), CELL_REPORTS)  # no identifier in common: nothing to call wrong
    assert len(known) == 0


def test_an_edited_entry_is_judged_as_it_is_now(tmp_path: Path) -> None:
    known = KnownIds.in_folder(tmp_path)
    entry = ydenberg(pmid="35649368")
    known.learn(entry, CELL_REPORTS)
    entry.set("pmid", "26147656")  # corrected by hand
    assert known.wrong_ids(entry) == []


def test_a_damaged_store_is_one_error(tmp_path: Path) -> None:
    (tmp_path / FILE_NAME).write_text("{not json", encoding="utf-8")
    with pytest.raises(LibraryError) as caught:
        KnownIds.in_folder(tmp_path)
    assert str(caught.value).startswith(f"{tmp_path / FILE_NAME}: cannot read the known identifiers: ")
    assert caught.value.hint == "delete the file; `evidence enrich` rebuilds what it finds"
    (tmp_path / FILE_NAME).write_text(json.dumps({"format": 99, "records": {"pmid:1": {"title": "x"}}}))
    assert len(KnownIds.in_folder(tmp_path)) == 0  # a future format is not misread
    (tmp_path / FILE_NAME).write_text(json.dumps({"format": 1, "records": []}))
    assert len(KnownIds.in_folder(tmp_path)) == 0  # records of another shape: nothing known, no crash


# one enrich run: it reads the store, learns that PMID argv[2] names another work, waits until the
# other run has read the store too (so neither saw the other's record), then saves
ENRICH_RUN = """
import sys, time
from pathlib import Path
from evidence.model import Entry
from evidence.wrongids import KnownIds
folder, barrier, pmid = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
known = KnownIds.in_folder(folder)
entry = Entry("mine", "article", {"title": "Actin disassembly in yeast", "author": "Ydenberg, Casey",
                                  "year": "2015", "pmid": pmid})
record = Entry("record", "article", {"title": f"Fatty acid oxidation, study {pmid}", "author": "Li, Xiaojing",
                                     "year": "2022", "pmid": pmid})
assert known.learn(entry, record)
(barrier / pmid).touch()
deadline = time.monotonic() + 30
while len(list(barrier.iterdir())) < 2 and time.monotonic() < deadline:
    time.sleep(0.01)
known.save()
"""


def test_two_concurrent_enrich_runs_both_keep_what_they_learnt(tmp_path: Path) -> None:
    folder, barrier = tmp_path / "data", tmp_path / "barrier"
    barrier.mkdir()
    runs = [subprocess.Popen([sys.executable, "-c", ENRICH_RUN, str(folder), str(barrier), pmid],
                             stderr=subprocess.PIPE, text=True) for pmid in ("1001", "1002")]
    errors = [run.communicate(timeout=60)[1] for run in runs]
    assert [run.returncode for run in runs] == [0, 0], errors
    known = KnownIds.in_folder(folder)
    assert {k: v.title for k, v in known.records.items()} == {
        "pmid:1001": "Fatty acid oxidation, study 1001", "pmid:1002": "Fatty acid oxidation, study 1002"}
    assert [p.name for p in folder.iterdir()] == [FILE_NAME]


def test_a_save_keeps_what_another_store_saved_since_and_what_this_one_forgot_stays_gone(tmp_path: Path) -> None:
    seed = KnownIds.in_folder(tmp_path)
    seed.learn(ydenberg(pmid="35649368"), CELL_REPORTS)
    seed.save()
    accepting, learning = KnownIds.in_folder(tmp_path), KnownIds.in_folder(tmp_path)
    accepting.forget(ydenberg(pmid="35649368"))  # `enrich --accept`: the user vouches for this PMID
    other = Entry("other", "article", {"title": "A different paper", "author": "Roe, Jane", "year": "1999",
                                       "pmid": "1002"})
    assert learning.learn(ydenberg(pmid="1002"), other)
    learning.save()
    accepting.save()
    assert sorted(KnownIds.in_folder(tmp_path).records) == ["doi:10.1016/j.celrep.2022.110870", "pmid:1002"]
    assert sorted(accepting.records) == ["doi:10.1016/j.celrep.2022.110870", "pmid:1002"]


def test_saving_over_a_damaged_store_is_the_same_one_error(tmp_path: Path) -> None:
    known = KnownIds.in_folder(tmp_path)
    known.learn(ydenberg(pmid="35649368"), CELL_REPORTS)
    (tmp_path / FILE_NAME).write_text("{not json", encoding="utf-8")  # damaged while enrich ran
    with pytest.raises(LibraryError) as caught:
        known.save()
    assert str(caught.value).startswith(f"{tmp_path / FILE_NAME}: cannot read the known identifiers: ")
    assert (tmp_path / FILE_NAME).read_text(encoding="utf-8") == "{not json"


def test_trusted_drops_the_wrong_ids_and_a_pmcid_that_came_with_a_wrong_pmid(tmp_path: Path) -> None:
    known = KnownIds.in_folder(tmp_path)
    entry = ydenberg(pmid="35649368", doi="10.1002/cm.21231", pmcid="PMC123")
    known.learn(ydenberg(pmid="35649368"), CELL_REPORTS)
    safe = trusted(entry, known.wrong_ids(entry))
    assert (safe.key, safe.pmid, safe.doi, safe.pmcid, safe.title) == ("ydenberg2015", "", "10.1002/cm.21231", "",
                                                                      TITLE)
    assert entry.pmid == "35649368"  # the library's entry is untouched
    assert trusted(ydenberg(), []) is not None


def test_lint_reports_a_known_wrong_id_with_the_records_real_title(tmp_path: Path) -> None:
    path = tmp_path / "refs.bib"
    path.write_text("@article{ydenberg2015,\n  author = {Ydenberg, Casey A.},\n  title = {" + TITLE + "},\n"
                    "  journal = {Cytoskeleton},\n  year = 2015,\n  pmid = {35649368},\n}\n", encoding="utf-8")
    lib = Library.load(path)
    known = KnownIds.in_folder(tmp_path)
    assert [i.code for i in lint(lib, known)] == []
    known.learn(lib.get("ydenberg2015"), CELL_REPORTS)
    (issue,) = lint(lib, known)
    assert issue.to_dict() == {
        "severity": "error", "line": 1, "key": "ydenberg2015", "code": "wrong-id",
        "message": "PMID 35649368 is a different work: 'Fatty acid oxidation protects cancer cells from apoptosis "
                   "by increasing mitochondrial membrane lipids' (Li, 2022) (PubMed)",
        "hint": "run `evidence enrich --fix-ids ydenberg2015`, or correct it by hand; "
                "`evidence enrich --accept ydenberg2015 ydenberg2015` if it is right after all"}
    assert lint_entries(lib.entries) == []  # without the store, nothing is known


def test_known_record_describes_itself() -> None:
    record = KnownRecord("A title", "Smith, Jane", "2019", doi="10.1/x", source="Crossref")
    assert record.describe() == "'A title' (Smith, 2019)"
    assert record.entry().fields == {"title": "A title", "author": "Smith, Jane", "year": "2019", "doi": "10.1/x"}


def test_a_pmid_that_fits_the_description_is_not_blamed_for_a_conflicting_doi(tmp_path: Path) -> None:
    """PubMed reports 'record 31588070 has DOI ..., not ...': the PMID's record is the work the entry
    describes, so the PMID is not called wrong (the DOI may be; nothing says what it names)."""
    record = entry_from_record(parse_efetch(fixture("efetch_pubmed_31588070_structured_abstract_mesh_pmc.xml"))[0],
                               "record")
    entry = Entry("lee2020", "article", {"title": record.title, "author": record.get("author"), "year": "2020",
                                         "pmid": "31588070", "doi": "10.5761/ATCS.RA.19-00159"})
    known = KnownIds.in_folder(tmp_path)
    assert not known.learn(entry, record)
    known.records["pmid:31588070"] = KnownRecord.of(record)  # even if it were known
    assert known.wrong_ids(entry) == []


def test_the_store_is_replaced_whole_keeping_its_mode(tmp_path: Path) -> None:
    # written through safewrite.replace_file: an existing file keeps its mode; a new one gets the umask's (as the
    # data folder's other files), no longer mkstemp's 0600
    import os

    old = os.umask(0o022)
    try:
        known = KnownIds.in_folder(tmp_path)
        known.learn(ydenberg(pmid="35649368"), CELL_REPORTS)
        known.save()
        store = tmp_path / FILE_NAME
        assert store.stat().st_mode & 0o777 == 0o644
        store.chmod(0o600)
        known.forget(ydenberg(pmid="35649368"))
        known.save()
        assert store.stat().st_mode & 0o777 == 0o600 and [p.name for p in tmp_path.iterdir()] == [FILE_NAME]
    finally:
        os.umask(old)
