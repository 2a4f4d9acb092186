"""enrich --fix-ids as a library call, against the loopback NCBI server (recorded answers, real records)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from fakes import eutils_client
from pubmed_server import FakeNCBI, fixture

from evidence.errors import EntryError
from evidence.model import Entry
from evidence.sources.changes import entry_from_record
from evidence.sources.fixids import apply_fix, fix_ids
from evidence.sources.records import parse_efetch
from evidence.wrongids import KnownIds

CELL_REPORTS = entry_from_record(parse_efetch(fixture("efetch_pubmed_35649368_erratum_in.xml"))[0], "record")
TERM = ("combinatorial[ti] AND genetic[ti] AND analysis[ti] AND network[ti] AND actin[ti] AND disassembly[ti] AND "
        "promoting[ti] AND factors[ti] AND ydenberg[1au] AND 2014:2016[dp]")


def ydenberg(title: str = "Combinatorial genetic analysis of a network of actin disassembly-promoting factors",
             **ids: str) -> Entry:
    return Entry("ydenberg2015", "article", {"author": "Ydenberg, Casey A.", "title": title, "year": "2015", **ids})


@pytest.fixture
def known(tmp_path: Path) -> KnownIds:
    store = KnownIds.in_folder(tmp_path)
    store.learn(ydenberg(pmid="35649368"), CELL_REPORTS)
    return store


def test_the_right_record_replaces_the_wrong_pmid_and_its_pmcid(ncbi: FakeNCBI, known: KnownIds) -> None:
    ncbi.searches[TERM] = fixture("esearch_pubmed_json_author.json")
    entry = ydenberg(pmid="35649368", pmcid="PMC9999999", note="kept")
    wrong = known.records["pmid:35649368"]
    known.records["pmid:35649368"] = replace(wrong, pmcid="PMC9999999")  # as if the wrong record were in PMC
    (fix,) = fix_ids([entry, ydenberg(note="no ids: nothing to fix")], known, pubmed=eutils_client(ncbi))
    assert (fix.status, fix.source, fix.method, fix.wrong) == ("fixed", "PubMed", "search", ["PMID 35649368"])
    assert fix.new == {"pmid": "26147656", "pmcid": ""}  # 26147656 is not in PMC: the wrong PMCID goes
    assert fix.lines() == ["PMID 35649368 -> 26147656", "PMCID PMC9999999 -> (removed)"]
    apply_fix(entry, fix)
    assert entry.fields == {"author": "Ydenberg, Casey A.", "title": ydenberg().title, "year": "2015",
                            "pmid": "26147656", "note": "kept"}
    with pytest.raises(EntryError, match="field 'pmid' changed since the fix was planned"):
        apply_fix(entry, fix)


def test_an_entry_the_search_cannot_place_is_left_alone(ncbi: FakeNCBI, known: KnownIds) -> None:
    (fix,) = fix_ids([ydenberg(pmid="35649368")], known, pubmed=eutils_client(ncbi))
    # the loopback server's default esearch answer is NCBI's recorded zero-hit one
    assert (fix.status, fix.new, fix.message) == ("not_fixed", {}, "PubMed ignored part of the title search (abcXYZ)")
    assert fix.to_dict()["old"] == {"pmid": "35649368"}
