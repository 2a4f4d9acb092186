"""Entries <-> CSL-JSON: the field mapping both ways, and what the importer does with malformed values."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from evidence.errors import FormatError
from evidence.formats.csljson import csl_to_entry, dump_csl_json, entry_to_csl, parse_csl_json, read_csl_json
from evidence.formats.registry import read_path
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
            # eid travels as CSL "number" (APA prints "Article e067194"); language as a BCP 47 tag
            expected = "en" if name == "language" and original.text(name) == "eng" else original.text(name)
            assert copy.text(name) == expected, (original.key, name)


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


# --------------------------------------------------------------------------- wrongly typed values (issue 14 item 11)


def read_json(tmp_path: Path, text: str) -> tuple[list[dict[str, str]], list[str]]:
    """Fields of each entry and the warnings, read through the registry as ``import --format csl-json`` does."""
    path = tmp_path / "bad.json"
    path.write_text(text, encoding="utf-8")
    result = read_path(path, "csl-json")
    return [e.fields for e in result.entries], result.warnings


ITEM = '{"id": "k", "type": "article-journal", "title": "T", %s}'


@pytest.mark.parametrize(
    ("member", "warning"),
    [
        ('"DOI": ["10.1000/x"]', "item 1: field 'DOI' skipped: expected text, got a list"),
        ('"page": {"a": 1}', "item 1: field 'page' skipped: expected text or a whole number, got an object"),
        ('"volume": true', "item 1: field 'volume' skipped: expected text or a whole number, got true/false"),
        ('"issue": 2.5', "item 1: field 'issue' skipped: expected text or a whole number, got a decimal number"),
        ('"note": Infinity', "item 1: field 'note' skipped: expected text, got infinity"),
        ('"abstract": "\\ud800"', "item 1: field 'abstract' skipped: expected text, "
                                  "got text with a lone surrogate (not Unicode)"),
        ('"PMID": "abc"', "item 1: field 'PMID' skipped: not a PMID (1 to 9 digits): 'abc'"),
        ('"PMCID": 5', "item 1: field 'PMCID' skipped: expected text, got a number"),
        ('"DOI": "see the journal"', "item 1: field 'DOI' skipped: not a DOI (10.NNNN/...): 'see the journal'"),
        ('"issued": [2020]', "item 1: field 'issued' skipped: expected a date object, got a list"),
        ('"issued": {"date-parts": [[2020, [1]]]}',
         "item 1: field 'issued' skipped: date-parts is not [[year, month, day]] in numbers"),
        ('"issued": {"raw": {"y": 2020}}', "item 1: field 'issued' skipped: expected a date as text, got an object"),
        ('"editor": {"family": "Doe"}', "item 1: field 'editor' skipped: expected a list of names, got an object"),
        ('"container-title": null, "language": false',
         "item 1: field 'language' skipped: expected text, got true/false"),
    ],
)
def test_wrongly_typed_field_is_skipped_with_a_warning(tmp_path: Path, member: str, warning: str) -> None:
    fields, warnings = read_json(tmp_path, "[" + ITEM % member + "]")
    assert fields == [{"title": "T"}]
    assert warnings == [warning]


def test_nan_title_and_bad_names_are_left_out_not_printed(tmp_path: Path) -> None:
    fields, warnings = read_json(tmp_path, '[{"type": "book", "title": NaN, "id": ["k"], '
                                           '"author": [5, null, {"family": "Roe", "given": "Rob"}, '
                                           '{"given": {"a": 1}}, {}]}]')
    assert fields == [{"author": "Roe, Rob"}]
    assert warnings == [
        "item 1: field 'author': name 1 skipped: expected a name object, got a number",
        "item 1: field 'author': name 2 skipped: expected a name object, got null",
        "item 1: field 'author': name 4 skipped: its 'given' is an object, not text",
        "item 1: field 'author': name 5 skipped: it has neither a family nor a given name",
        "item 1: field 'title' skipped: expected text, got NaN",
        "item 1: field 'id' skipped: expected text or a whole number, got a list",
    ]


def test_numbers_are_text_where_csl_allows_them(tmp_path: Path) -> None:
    fields, warnings = read_json(tmp_path, "[" + ITEM % '"volume": 47, "issue": 4, "page": 351, "PMID": 10686270' + "]")
    assert fields == [{"title": "T", "volume": "47", "number": "4", "pages": "351", "pmid": "10686270"}]
    assert warnings == []


def test_an_item_that_is_not_an_object_is_skipped(tmp_path: Path) -> None:
    fields, warnings = read_json(tmp_path, '["not an item", 5, {"type": "book", "title": "B"}, null]')
    assert fields == [{"title": "B"}]
    assert warnings == ["item 1: skipped: expected an object, got text",
                        "item 2: skipped: expected an object, got a number",
                        "item 4: skipped: expected an object, got null"]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("5", "CSL-JSON must be an array of objects, not a number"),
        ('"x"', "CSL-JSON must be an array of objects, not text"),
        ("null", "CSL-JSON must be an array of objects, not null"),
        ('{"items": {"a": 1}}', "CSL-JSON must be an array of objects, not an object"),
        ("[1, [2], null]", "CSL-JSON must be an array of objects, not an array of a list, a number, null"),
        ("[" * 100_000 + "]" * 100_000, "not CSL-JSON: arrays or objects nested too deeply to read"),
        ('[{"type": "book", "volume": ' + "9" * 5000 + "}]", "not valid CSL-JSON: Exceeds the limit (4300 digits)"),
    ],
)
def test_not_an_array_of_objects_is_a_format_error(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(FormatError) as err:
        read_json(tmp_path, text)
    assert err.value.message.startswith(message)
    assert err.value.path == tmp_path / "bad.json"


def test_read_csl_json_returns_the_warnings() -> None:
    entries, warnings = read_csl_json('{"type": "book", "title": "B", "URL": ["u"]}')
    assert [e.fields for e in entries] == [{"title": "B"}]
    assert warnings == ["item 1: field 'URL' skipped: expected text, got a list"]


# Generated text avoids "n", capitals, quotes and brackets, so "None", "True", "nan", "inf", "[1]"
# or "{'a': 1}" in a field can only be a Python repr of a wrongly typed value.
_SAFE = st.text(alphabet="abcdefghijklmopqrstuvwxyz0123456789 -.,", max_size=12)
_KEYS = st.sampled_from(["id", "type", "title", "author", "editor", "family", "given", "literal", "suffix",
                         "container-title", "container-title-short", "issued", "date-parts", "raw", "volume",
                         "issue", "number", "page", "DOI", "PMID", "PMCID", "URL", "ISSN", "ISBN", "note", "genre",
                         "keyword", "publisher", "items", "article-journal", "book"]) | _SAFE
_SCALARS = (st.none() | st.booleans() | st.integers() | st.floats() | _SAFE
            | st.sampled_from(["article-journal", "book"]))
_VALUES = st.recursive(_SCALARS, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(_KEYS, inner, max_size=6),
                       max_leaves=12)
_ITEMS = st.lists(st.dictionaries(_KEYS, _VALUES, max_size=8), max_size=3)
_REPRS = ("[", "]", "'", '"', "None", "True", "False", "nan", "inf")


@settings(max_examples=150, deadline=None)
@given(st.one_of(_VALUES, _ITEMS, st.dictionaries(st.just("items"), _ITEMS)))
def test_any_json_gives_clean_text_fields_or_a_format_error(value: object) -> None:
    try:
        entries, warnings = read_csl_json(json.dumps(value))
    except FormatError:
        return
    for entry in entries:
        for name, text in entry.fields.items():
            assert isinstance(text, str) and text.strip(), (name, text)
            assert not any(r in text for r in _REPRS), (name, text)
        assert not any(r in entry.key for r in _REPRS), entry.key
    assert all(isinstance(w, str) and "\n" not in w for w in warnings)


def test_round_trip_keeps_chapter_eid_school_institution_manual_and_braces() -> None:
    entries = [
        Entry("a", "article", {"title": "The {N}-methyl Story of {America}", "journal": "BMJ", "eid": "e067194",
                               "year": "2022", "language": "eng"}),
        Entry("b", "incollection", {"title": "Chapter title", "booktitle": "Book Title", "chapter": "3",
                                    "publisher": "P", "year": "2001"}),
        Entry("c", "phdthesis", {"title": "T", "school": "Univ X", "year": "2001"}),
        Entry("d", "manual", {"title": "M", "organization": "Org", "year": "2001"}),
        Entry("e", "techreport", {"title": "R", "institution": "Inst", "number": "12", "year": "2001"}),
        Entry("f", "book", {"title": "B", "series": "Lecture Notes", "number": "12", "year": "2001"}),
    ]
    items = json.loads(dump_csl_json(entries))
    assert items[0]["title"] == 'The <span class="nocase">N</span>-methyl Story of <span class="nocase">America</span>'
    assert (items[0]["number"], items[0]["language"]) == ("e067194", "en")
    assert (items[1]["chapter-number"], items[5]["collection-number"]) == ("3", "12")
    back = parse_csl_json(dump_csl_json(entries))
    assert [(e.type, e.fields) for e in back] == [
        ("article", {"title": "The {N}-methyl Story of {America}", "journal": "BMJ", "year": "2022", "eid": "e067194",
                     "language": "en"}),
        ("incollection", {"title": "Chapter title", "booktitle": "Book Title", "year": "2001", "chapter": "3",
                          "publisher": "P"}),
        ("phdthesis", {"title": "T", "year": "2001", "school": "Univ X"}),
        ("manual", {"title": "M", "year": "2001", "organization": "Org"}),
        ("techreport", {"title": "R", "year": "2001", "number": "12", "institution": "Inst"}),
        ("book", {"title": "B", "year": "2001", "number": "12", "series": "Lecture Notes"}),
    ]
