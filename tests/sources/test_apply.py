"""Adding PubMed records to a real library file and applying enrichments (sources/apply.py)."""

from __future__ import annotations

from pathlib import Path

from pubmed_server import fixture

from evidence.model import Entry
from evidence.sources.apply import AddResult, HitResult, add_hits, add_records, apply_matches, existing_key
from evidence.sources.changes import FieldChange
from evidence.sources.enrich import Match
from evidence.sources.identifiers import SearchHit
from evidence.sources.records import parse_efetch
from evidence.store.library import Library


def record(name: str):
    return parse_efetch(fixture(name))[0]


KRYSTAL = record("efetch_pubmed_31588070_structured_abstract_mesh_pmc.xml")
ERRATUM = record("efetch_pubmed_35649368_erratum_in.xml")


def test_add_records_adds_once_and_names_the_existing_key(refs: Path):
    lib = Library.load(refs)
    before = len(lib)
    results = add_records(lib, [KRYSTAL, ERRATUM, KRYSTAL])
    assert [(r.status, r.record.pmid) for r in results] == [
        ("added", "31588070"), ("added", "35649368"), ("exists", "31588070")]
    assert results[2].key == results[0].key and isinstance(results[0], AddResult)
    assert len(lib) == before + 2 and lib.get(results[0].key).pmid == "31588070"
    assert existing_key(lib, ERRATUM) == results[1].key
    assert add_records(lib, [ERRATUM])[0].status == "exists"


def test_add_hits_adds_only_chosen_results_with_records(refs: Path):
    lib = Library.load(refs)
    hits = [SearchHit(1, "31588070", KRYSTAL), SearchHit(2, "25995115", None), SearchHit(3, "35649368", ERRATUM)]
    out = add_hits(lib, hits, [1, 2])
    assert [(r.hit.n, r.added is not None, r.in_library, r.entry is not None) for r in out] == [
        (1, True, None, True), (2, False, None, False), (3, False, None, True)]
    assert isinstance(out[0], HitResult) and out[1].to_dict()["missing"] is True
    again = add_hits(lib, hits, [1])
    assert again[0].in_library == out[0].added and again[0].added is None


def test_apply_matches_applies_only_matched_changes(refs: Path):
    lib = Library.load(refs)
    key = lib.entries[0].key
    old = lib.get(key).get("note")
    matches = [Match(key, "matched", "pmid", changes=[FieldChange("note", old, "from PubMed")]),
               Match(key, "ambiguous", "search", changes=[FieldChange("title", "", "never")])]
    applied = apply_matches(lib, matches)
    assert applied == matches[:1]
    assert lib.get(key).get("note") == "from PubMed"
    assert lib.get(key).get("title") != "never"
    assert isinstance(lib.get(key), Entry)
