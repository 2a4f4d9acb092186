"""MEDLINE (.nbib) import on real PubMed exports."""

from __future__ import annotations

from pathlib import Path

import pytest

from evidence.errors import FormatError
from evidence.formats import medline
from evidence.formats.registry import read_path

FIXTURES = Path(__file__).parent.parent / "fixtures" / "import"


def test_complete_record() -> None:
    [entry] = medline.loads((FIXTURES / "jabref_medline_complete.nbib").read_text(encoding="utf-8"))
    assert entry.type == "article"
    assert entry.line == 1
    assert entry.fields == {
        "author": "Long, Vicky and Marland, Hilary",
        "title": "From danger and motherhood to health and beauty: health advice for the factory girl "
                 "in early twentieth-century Britain",
        "journal": "20 century British history",
        "shortjournal": "20 Century Br Hist",
        "year": "2009",
        "volume": "20",
        "number": "4",
        "pages": "454--481",
        "pmid": "20481061",
        "pmcid": "PMC4513071",
        "issn": "0955-2359",
        "abstract": "Lorem ipsum abstract",
        "mesh": "Attitude to Health; Employment/psychology; Female; Gender Identity; Great Britain; "
                "History, 20th Century; Humans; Occupational Health/*history; Reproductive Medicine/*history; "
                "Women, Working/*history/psychology",
        "pubtype": "Historical Article; Journal Article; Research Support, Non-U.S. Gov't",
        "language": "eng",
    }


def test_multiple_records_with_junk_and_books() -> None:
    entries = medline.loads((FIXTURES / "jabref_medline_multiple.nbib").read_text(encoding="utf-8"))
    assert [(e.line, e.type, e.pmid) for e in entries] == [
        (1, "article", "20481061"), (55, "article", ""), (77, "book", ""), (87, "article", "22664220"),
        (91, "article", "22664238"), (95, "article", "96578310"), (99, "article", "45984220"),
    ]
    assert entries[1].fields["month"] == "jun"
    assert entries[2].title.startswith("This is a Testtitle This title should be appended:")
    assert entries[3].doi == "10.1016/j.cpr.2005.02.002"


def test_crlf_and_bom_are_accepted() -> None:
    text = (FIXTURES / "jabref_medline_complete.nbib").read_text(encoding="utf-8")
    [entry] = medline.loads("\ufeff" + text.replace("\n", "\r\n"))
    assert entry.pmid == "20481061"
    assert entry.title.endswith("twentieth-century Britain")


def test_retraction_notice_and_author_forms() -> None:
    text = ("PMID- 123\nTI  - A trial.\nAU  - van der Berg JP\nCN  - Study Group & Co\n"
            "DP  - 2015 Mar 3\nPT  - Journal Article\nPT  - Retracted Publication\n"
            "RIN - Nature. 2016;1:2. PMID: 27000001\nLID - 10.1/x_y [doi]\n")
    [entry] = medline.loads(text)
    assert entry.fields["author"] == r"van der Berg, JP and {Study Group \& Co}"
    assert entry.fields["retracted"] == "27000001"
    assert entry.is_retracted
    assert entry.fields["month"] == "mar"
    assert entry.doi == "10.1/x_y"


def test_not_medline() -> None:
    with pytest.raises(FormatError) as err:
        medline.loads("@article{a, title={x}}\n", "refs.nbib")
    assert err.value.line == 1
    assert "not a MEDLINE" in err.value.message


def test_values_of_the_wrong_form_are_dropped_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "bad.nbib"
    path.write_text("PMID- abc\nTI  - A title.\nAID - xyz [doi]\nPMC - 123\nDP  - 2001 Mar\n\n"
                    "PMID- 12345\nTI  - Fine.\nPMC - PMC99\n")
    result = read_path(path)
    assert [e.fields for e in result.entries] == [{"title": "A title", "year": "2001", "month": "mar"},
                                                  {"title": "Fine", "pmid": "12345", "pmcid": "PMC99"}]
    assert result.warnings == ["record at line 1: field 'AID' skipped: not a DOI (10.NNNN/...): 'xyz'",
                               "record at line 1: field 'PMID' skipped: not a PMID (1 to 9 digits): 'abc'",
                               "record at line 1: field 'PMC' skipped: not a PMCID (PMC and digits): '123'"]
