"""The real records the search tests (and bench/bench_search.py) index: 362 PubMed records
(tests/fixtures/pubmed/data), a few PubMed edge-case fixtures and the ten ketamine seed works."""

from __future__ import annotations

import json
import tarfile
from dataclasses import replace
from pathlib import Path

from evidence.model import Entry
from evidence.search.index import SearchIndex
from evidence.sources.fields import record_entry_type, record_to_fields
from evidence.sources.records import parse_efetch

FIXTURES = Path(__file__).parent.parent / "fixtures"
PUBMED = FIXTURES / "pubmed"
EXTRA_RECORDS = (
    "efetch_pubmed_10066780_retracted_publication_fragment.xml",
    "efetch_pubmed_27508352_retraction_notice.xml",
    "efetch_pubmed_31746150_non_ascii_authors.xml",
    "efetch_pubmed_numeric_char_refs_2_records.xml",
)


def pubmed_entries() -> list[Entry]:
    """Every real PubMed record we have, as enrichment would write it (key pm<PMID>)."""
    names = ("sr-project-pubmed_result.xml", "pubMR-pubmed_result.xml")
    blobs = [(PUBMED / "data" / name).read_bytes() for name in names]
    with tarfile.open(PUBMED / "data" / "metapub-pmid_xml.tar.gz") as tar:
        for member in sorted(tar.getmembers(), key=lambda m: m.name):
            if member.isfile() and member.name.endswith(".xml"):
                blobs.append(tar.extractfile(member).read())  # type: ignore[union-attr]
    blobs += [(PUBMED / name).read_bytes() for name in EXTRA_RECORDS]
    entries: dict[str, Entry] = {}
    for blob in blobs:
        for rec in parse_efetch(blob):
            entries[f"pm{rec.pmid}"] = Entry(f"pm{rec.pmid}", record_entry_type(rec), record_to_fields(rec))
    return list(entries.values())


def seed_entries() -> list[Entry]:
    """The ten ketamine works from the seed facts (verified values only)."""
    works = json.loads((FIXTURES / "seed-citations.json").read_text(encoding="utf-8"))["works"]
    out = []
    for w in works:
        fields = {"author": " and ".join(w["authors"]["value"]), "title": w["title"]["value"]}
        if w.get("journal", {}).get("value"):
            fields["journal"] = w["journal"]["value"]
        for name in ("year", "volume", "number", "pages", "doi", "pmid", "pmcid"):
            value = w.get(name, {}).get("value")
            if value and not w[name]["status"].startswith("U"):
                fields[name] = str(value)
        if w.get("keywords", {}).get("value"):
            fields["keywords"] = ", ".join(w["keywords"]["value"])
        abstract = w.get("abstract", {}).get("value")
        if isinstance(abstract, list):
            fields["abstract"] = "\n".join(f"{label}: {text}" for label, text in abstract)
        elif abstract:
            fields["abstract"] = abstract
        out.append(Entry(w["suggested_key"], w["entry_type"], fields))
    return out


def corpus() -> list[Entry]:
    return seed_entries() + pubmed_entries()


def two_segment_index(cache_dir: Path) -> SearchIndex:
    """The corpus indexed, then every seventh entry edited and indexed again: a second segment with its own
    lengths and expansions, as a library that has been edited has."""
    ix = SearchIndex(Path("refs.bib"), cache_dir=cache_dir)
    entries = corpus()
    ix.refresh(entries)
    edited = [replace(e, fields={**e.fields, "note": "edited depression receptor"}) for e in entries[::7]]
    keys = {e.key for e in edited}
    ix.refresh([*(e for e in entries if e.key not in keys), *edited])
    return ix
