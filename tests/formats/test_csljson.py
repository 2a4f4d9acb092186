"""Entries <-> CSL-JSON: the field mapping both ways, and what the importer does with malformed values."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from evidence.errors import FormatError
from evidence.formats.csljson import csl_to_entry, dump_csl_json, entry_to_csl, parse_csl_json
from evidence.model import Entry
from evidence.store.library import Library

FIXTURES = Path(__file__).parent.parent / "fixtures" / "import"


@pytest.fixture(scope="module")
def refs() -> list[Entry]:
    return Library.load(FIXTURES / "refs.bib").entries


def by_key(entries: list[Entry], key: str) -> Entry:
    return next(e for e in entries if e.key == key)


def test_entry_to_csl_maps_every_field(refs: list[Entry]) -> None:
    item = entry_to_csl(by_key(refs, "berman2000"))
    assert item["type"] == "article-journal"
    assert item["author"][0] == {"family": "Berman", "given": "Robert M."}
    assert item["issued"] == {"date-parts": [[2000, 2]]}
    assert item["container-title"] == "Biological Psychiatry"
    assert item["container-title-short"] == "Biol Psychiatry"
    assert (item["volume"], item["issue"], item["page"]) == ("47", "4", "351–354")
    assert (item["DOI"], item["PMID"], item["ISSN"]) == ("10.1016/S0006-3223(99)00230-9", "10686270", "0006-3223")
    zarate = entry_to_csl(by_key(refs, "kishimoto2016"))["author"][3]
    assert zarate == {"family": "Zarate", "given": "C. A.", "suffix": "Jr."}
    assert "Lançon" in [a["family"] for a in entry_to_csl(by_key(refs, "fond2014"))["author"]]


def test_latex_is_decoded_and_organisations_are_literal() -> None:
    entry = Entry("who", "techreport", {"author": "{World Health Organization} and M{\\\"u}ller, J{\\\"o}rg",
                                         "title": "Caf{\\'e} \\& bar", "year": "2019", "institution": "WHO"})
    item = entry_to_csl(entry)
    assert item["type"] == "report"
    assert item["author"] == [{"literal": "World Health Organization"}, {"family": "Müller", "given": "Jörg"}]
    assert item["title"] == "Café & bar"
    assert item["publisher"] == "WHO"


def test_csl_json_round_trip_on_refs_bib(refs: list[Entry]) -> None:
    back = parse_csl_json(dump_csl_json(refs))
    assert [e.key for e in back] == [e.key for e in refs]
    for original, copy in zip(refs, back, strict=False):
        assert copy.type == original.type
        assert [p for p in copy.authors] == [p for p in original.authors if not p.is_others]
        for name in original.fields:
            if name == "author":
                continue
            # CSL has no article-number variable: eid travels as the page, as APA prints it
            assert copy.text("pages" if name == "eid" else name) == original.text(name), (original.key, name)


def test_csl_to_entry_escapes_latex_specials() -> None:
    entry = csl_to_entry({"id": "x", "type": "chapter", "title": "R&D at 50% of $5 #1",
                          "container-title": "Big_Book", "DOI": "10.1000/a_b",
                          "author": [{"family": "de la Cruz", "given": "Ana"}]})
    assert entry.type == "incollection"
    assert entry.fields["title"] == r"R\&D at 50\% of \$5 \#1"
    assert entry.fields["booktitle"] == r"Big\_Book"
    assert entry.fields["doi"] == "10.1000/a_b"
    assert entry.title == "R&D at 50% of $5 #1"
    assert entry.authors[0].surname == "de la Cruz"


def test_parse_csl_json_errors_name_the_line(tmp_path: Path) -> None:
    with pytest.raises(FormatError) as err:
        parse_csl_json('[\n  {"id": "a",\n  "type": ', "x.json")
    assert err.value.line == 3
    with pytest.raises(FormatError, match="neither a type nor a title"):
        parse_csl_json(json.dumps([{"id": "a"}]))


def test_csl_rich_text_and_doi_urls_are_cleaned_on_import() -> None:
    entry = csl_to_entry({"type": "article-journal", "id": "x",
                          "title": "Effect of <i>Hypericum perforatum</i> &amp; 50% of {x}<sup>2</sup>",
                          "DOI": "https://doi.org/10.1016/J.JAD.2020.1"})
    assert entry.fields == {"title": "Effect of \\textit{Hypericum perforatum} \\& 50\\% of "
                                     "\\textbraceleft{}x\\textbraceright{}2",
                            "doi": "10.1016/j.jad.2020.1"}


def test_csl_json_oddities_are_not_dropped_or_garbled() -> None:
    entry = csl_to_entry({"type": "article-journal", "id": "x", "author": "Smith", "title": "T",
                          "issued": {"date-parts": [["abc"]]}})
    assert entry.fields == {"author": "{Smith}", "title": "T"}
