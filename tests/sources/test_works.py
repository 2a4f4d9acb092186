"""Crossref works, CSL-JSON and DataCite records -> entry type and fields, one recorded record per type."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from evidence.sources.datacite import datacite_fields
from evidence.sources.works import jats_to_text, work_fields

FIXTURES = Path(__file__).parent.parent / "fixtures" / "crossref"


def message(name: str) -> Any:
    data = json.loads((FIXTURES / name).read_bytes())
    return data.get("message", data)


def fields_of(name: str) -> tuple[str, dict[str, str]]:
    kind, fields = work_fields(message(name))
    fields.pop("abstract", None)
    return kind, fields


def test_journal_article_with_article_number_and_jats_abstract() -> None:
    kind, fields = work_fields(message("work_10.1038_srep16696_jats_abstract.json"))
    abstract = fields.pop("abstract")
    assert kind == "article"
    assert fields == {
        "author": "Tosatto, Laura and Horrocks, Mathew H. and Dear, Alexander J. and Knowles, Tuomas P. J. and "
                  "Dalla Serra, Mauro and Cremades, Nunilo and Dobson, Christopher M. and Klenerman, David",
        "title": "Single-molecule FRET studies on alpha-synuclein oligomerization of Parkinson’s disease genetically"
                 " related mutants",
        "journal": "Scientific Reports", "year": "2015", "month": "nov", "volume": "5", "number": "1", "eid": "16696",
        "publisher": "Springer Science and Business Media LLC", "issn": "2045-2322", "doi": "10.1038/srep16696",
    }
    assert abstract.startswith("Oligomers of alpha-synuclein are toxic to cells")  # the "Abstract" heading is gone
    assert abstract.endswith("for triggering neurodegeneration.")
    assert "<" not in abstract and "jats" not in abstract


def test_monograph_is_a_book_with_its_print_isbn() -> None:
    assert fields_of("work_10.1017_9781108348843_book_monograph.json") == ("book", {
        "author": "Leung, Vincent S.", "title": "The Politics of the Past in Early China", "year": "2019",
        "month": "jul", "publisher": "Cambridge University Press", "isbn": "9781108425728",
        "doi": "10.1017/9781108348843",
    })


def test_book_chapter_is_incollection_with_booktitle_publisher_and_address() -> None:
    assert fields_of("work_10.1007_978-3-662-46370-3_13_book_chapter.json") == ("incollection", {
        "author": "Diercks, Ronald L. and Ludvigsen, Tom Clement",
        "title": "Clinical Symptoms and Physical Examinations", "booktitle": "Shoulder Stiffness", "year": "2015",
        "pages": "155--158", "publisher": "Springer Berlin Heidelberg",
        "address": "Berlin, Heidelberg", "isbn": "9783662463697", "doi": "10.1007/978-3-662-46370-3_13",
    })


def test_book_chapter_without_a_date_has_no_year() -> None:
    assert fields_of("work_10.4018_978-1-4666-9588-7.les2_book_chapter_igi.json") == ("incollection", {
        "author": "Hartlep, Nicholas D.", "title": '"Racial Epithet"',
        "booktitle": "Impact of the Model Minority Stereotype on Modern Society", "pages": "525--916",
        "publisher": "IGI Global", "doi": "10.4018/978-1-4666-9588-7.les2",
    })


def test_proceedings_article_is_inproceedings() -> None:
    assert fields_of("work_10.1109_icdcsw.2003.1203662_proceedings_article.json") == ("inproceedings", {
        "author": "Arya, V. and Turletti, T.",
        "title": "Accurate and explicit differentiation of wireless and congestion losses",
        "booktitle": "23rd International Conference on Distributed Computing Systems Workshops, 2003. Proceedings.",
        "pages": "877--882", "publisher": "IEEE", "doi": "10.1109/icdcsw.2003.1203662",
    })


def test_posted_content_preprint_is_misc_naming_the_server_and_markup_leaves_the_title() -> None:
    kind, fields = work_fields(message("work_10.1101_2020.12.01.406702_posted_content_biorxiv.json"))
    assert fields.pop("abstract").startswith("Bacterial membrane lipids are critical for membrane bilayer formation,")
    assert (kind, fields) == ("misc", {
        "author": "Joyce, Luke R. and Manzer, Haider S. and Mendonça, Jéssica da C. and Villarreal, Ricardo and "
                  "Nagao, Prescilla E. and Doran, Kelly S. and Palmer, Kelli L. and Guan, Ziqiang",
        "title": "Identification of a novel cationic glycolipid in Streptococcus agalactiae that contributes to brain"
                 " entry and meningitis",
        "year": "2020", "month": "dec", "howpublished": "bioRxiv", "publisher": "openRxiv", "note": "Preprint",
        "doi": "10.1101/2020.12.01.406702",
    })


def test_dissertation_is_phdthesis_with_school_and_approval_date() -> None:
    assert fields_of("work_10.14264_uql.2020.791_dissertation.json") == ("phdthesis", {
        "author": "Collingwood, Patricia Maree",
        "title": "School truancy and financial independence during emerging adulthood: a longitudinal analysis of "
                 "receipt of and reliance on cash transfers",
        "year": "2020", "month": "may", "school": "The University of Queensland", "doi": "10.14264/uql.2020.791",
    })


def test_correction_notice_is_stored_like_pubmeds_erratum_and_a_journal_editor_is_left_out() -> None:
    kind, fields = fields_of("work_10.1371_journal.pone.0033693_updated-by_correction.json")
    assert kind == "article"
    assert fields["erratum"] == "10.1371/annotation/c76da2c1-ccb8-4797-94c1-359d3ceceeda"
    assert "editor" not in fields and "retracted" not in fields
    got = (fields["journal"], fields["pages"], fields["year"], fields["month"])
    assert got == ("PLoS ONE", "e33693", "2012", "mar")


def test_a_new_version_pointing_at_itself_is_no_notice() -> None:
    kind, fields = fields_of("work_10.1371_journal.ppat.1008184_update-to_new_version.json")
    assert not {"erratum", "retracted", "concern"} & set(fields)
    assert fields["title"] == "An RNA thermometer dictates production of a secreted bacterial toxin"


def test_page_equal_to_article_number_gives_no_eid() -> None:
    kind, fields = fields_of("work_10.1136_esmoopen-2020-000776_clinical_trial_number.json")
    assert (kind, fields["pages"], "eid" in fields) == ("article", "e000776", False)
    _, elife = fields_of("work_10.7554_elife.01567_relations.json")
    assert (elife["eid"], "pages" in elife) == ("e01567", False)


def test_csl_json_from_content_negotiation() -> None:
    kind, fields = work_fields(message("cn_csl_json_10.1126_science.169.3946.635.json"))
    assert fields.pop("abstract").startswith("The train of thought pursued in this article")
    assert (kind, fields) == ("article", {
        "author": "Frank, Henry S.",
        "title": "The Structure of Ordinary Water: New data and interpretations are yielding new insights into this "
                 "fascinating substance.",
        "journal": "Science", "year": "1970", "month": "aug", "volume": "169", "number": "3946", "pages": "635--641",
        "publisher": "American Association for the Advancement of Science (AAAS)", "issn": "0036-8075",
        "doi": "10.1126/science.169.3946.635",
    })


@pytest.mark.parametrize(("name", "kind", "expected"), [
    ("datacite_10.5061_dryad.8515_dataset.json", "dataset", {
        "title": "Data from: A new malaria agent in African hominids.", "year": "2011", "publisher": "Dryad",
        "version": "1", "doi": "10.5061/dryad.8515"}),
    ("datacite_10.5063_f1m61h5x_software.json", "software", {
        "title": "dataone: R interface to the DataONE network of data repositories (version 2.2.2)", "year": "2022",
        "publisher": "KNB Data Repository", "version": "2.2.2", "doi": "10.5063/f1m61h5x"}),
])
def test_datacite_dataset_and_software(name: str, kind: str, expected: dict[str, str]) -> None:
    got_kind, fields = datacite_fields(json.loads((FIXTURES / name).read_bytes()))
    authors = fields.pop("author").split(" and ")
    fields.pop("abstract")
    assert (got_kind, fields) == (kind, expected)
    assert authors[0] in {"Ollomo, Benjamin", "Jones, Matthew"}


def test_jats_sections_become_lines() -> None:
    assert jats_to_text("<jats:sec><jats:title>Background</jats:title><jats:p>One &amp; two.</jats:p></jats:sec>"
                        "<jats:p>Three <jats:italic>x</jats:italic>.</jats:p>") == "Background: One & two.\nThree x."
