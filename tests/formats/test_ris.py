"""RIS read/write on a real publisher export and round trips on refs.bib and real BibTeX."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from evidence.errors import FormatError
from evidence.fieldtext import month_number
from evidence.formats import ris
from evidence.formats.registry import read_path
from evidence.model import Entry, Person
from evidence.store.library import Library

FIXTURES = Path(__file__).parent.parent / "fixtures" / "import"
# Fields RIS carries both ways (see evidence/ris.py); compared after LaTeX decoding.
CARRIED = ("title", "journal", "booktitle", "shortjournal", "series", "year", "volume", "number", "pages", "doi",
           "url", "publisher", "school", "institution", "address", "abstract", "language", "edition", "note",
           "shorttitle", "pmid", "pmcid")


def _norm(name: str, value: str) -> str:
    """RIS splits pages into SP/EP, so a single-hyphen range comes back as ``--`` (on purpose)."""
    return re.sub(r"[-–]+", "-", value).strip("-") if name == "pages" else value


def carriable(entry: Entry) -> bool:
    """RIS is Unicode text: math mode ($x_i$) and organisations with commas cannot travel."""
    return "$" not in "".join(entry.fields.values()) and not re.search(r"\{[^}]*,[^}]*\}", entry.get("author"))


def people(persons: list[Person]) -> list[tuple[str, str, str]]:
    """What RIS carries of a name: the particle travels inside the surname."""
    return [(p.surname, p.first, p.jr) for p in persons if not p.is_others]


def assert_round_trip(original: Entry, copy: Entry) -> None:
    assert copy.key == original.key
    assert people(copy.authors) == people(original.authors)
    assert people(copy.editors) == people(original.editors)
    for name in CARRIED:
        if name in ("journal", "booktitle") and original.type not in ("article", "incollection", "inproceedings"):
            continue
        if name in ("school", "institution") and original.type not in ("phdthesis", "mastersthesis", "techreport"):
            continue  # an article's institution is an affiliation; RIS has no tag for it
        if name == "year":
            assert copy.year == original.year
            continue
        if name == "pages" and not original.get("pages"):
            assert copy.text("pages") == original.text("eid")  # an article number travels as SP
            continue
        assert _norm(name, copy.text(name)) == _norm(name, original.text(name)), (original.key, name)
    if original.year and month_number(original.get("month")):
        assert month_number(copy.get("month")) == month_number(original.get("month"))
    assert [k.strip() for k in copy.text("keywords").split(",") if k.strip()] == [
        k.strip() for k in original.text("keywords").replace(";", ",").split(",") if k.strip()]


def test_reads_a_real_sciencedirect_export() -> None:
    [entry] = ris.loads((FIXTURES / "jabref_ris_science.ris").read_text(encoding="utf-8"))
    assert entry.type == "article"
    assert entry.key == ""
    assert entry.line == 1
    assert entry.fields == {
        "author": "Ghosh, Chanchal and Basu, Joysurya and Ramachandran, Divakar and Mohandas, E.",
        "title": "Phase separation and ω transformation in binary V-Ti and ternary V-Ti-Cr alloys",
        "journal": "Acta Materialia",
        "year": "2016",
        "month": "dec",
        "volume": "121",
        "pages": "310--324",
        "doi": "10.1016/j.actamat.2016.09.028",
        "url": "//www.sciencedirect.com/science/article/pii/S1359645416307273",
        "issn": "1359-6454",
        "abstract": "Abstract",
        "keywords": "V-Ti-Cr alloys, Spinodal decomposition, ω phase transformation, "
                    "High-resolution electron microscopy, Energy-filtered transmission microscopy",
    }


def test_writes_endnote_style_records() -> None:
    berman = Library.load(FIXTURES / "refs.bib").get("berman2000")
    lines = ris.dumps([berman]).splitlines()
    assert lines[:4] == ["TY  - JOUR", "AU  - Berman, Robert M.", "AU  - Cappiello, Angela", "AU  - Anand, Amit"]
    for line in ("T2  - Biological Psychiatry", "J2  - Biol Psychiatry", "PY  - 2000", "DA  - 2000/02//",
                 "SP  - 351", "EP  - 354", "DO  - 10.1016/S0006-3223(99)00230-9", "M2  - PMID: 10686270",
                 "KW  - Major depression", "ID  - berman2000"):
        assert line in lines
    assert lines[-1] == "ER  - "


def test_round_trip_refs_bib() -> None:
    entries = Library.load(FIXTURES / "refs.bib").entries
    back = ris.loads(ris.dumps(entries))
    assert len(back) == len(entries) == 10
    for original, copy in zip(entries, back, strict=True):
        assert copy.type == original.type
        assert_round_trip(original, copy)


@pytest.mark.parametrize("name", ["pybtex_xampl.bib", "biber_names_corporate.bib"])
def test_round_trip_real_bibtex(name: str) -> None:
    entries = [e for e in Library.load(FIXTURES / name).entries if e.type in ris._TO_RIS and carriable(e)]
    assert entries
    back = ris.loads(ris.dumps(entries))
    assert len(back) == len(entries)
    for original, copy in zip(entries, back, strict=True):
        assert_round_trip(original, copy)



def test_truncated_record_names_its_line() -> None:
    text = (FIXTURES / "jabref_ris_science.ris").read_text(encoding="utf-8")
    cut = text[: text.index("ER  -")]
    with pytest.raises(FormatError) as err:
        ris.loads(cut + "\n", "cut.ris")
    assert err.value.line == 1
    assert "ends without an 'ER  -' line" in err.value.message


def test_record_without_ty_is_refused() -> None:
    text = (FIXTURES / "notbib_jabref_ris_corrupted.bib").read_bytes().decode("utf-8")
    with pytest.raises(FormatError) as err:
        ris.loads(text, "x.bib")
    assert err.value.line == 2
    assert "must start with 'TY  - '" in err.value.message


_word = st.text(alphabet=st.characters(whitelist_categories=("Lu", "Ll", "Nd"), max_codepoint=0x24F),
                min_size=1, max_size=12)


@settings(max_examples=60, deadline=None)
@given(
    title=st.lists(_word, min_size=1, max_size=8).map(" ".join),
    surnames=st.lists(_word.map(str.capitalize), min_size=1, max_size=4),
    year=st.integers(1900, 2030),
    volume=st.integers(1, 999),
    first=st.integers(1, 5000),
    span=st.integers(0, 40),
)
def test_round_trip_property(title: str, surnames: list[str], year: int, volume: int, first: int, span: int) -> None:
    entry = Entry("k1", "article", {
        "author": " and ".join(f"{s}, Ann" for s in surnames),
        "title": title, "journal": "Journal of Tests & Trials", "year": str(year), "volume": str(volume),
        "pages": f"{first}--{first + span}" if span else str(first),
    })
    [copy] = ris.loads(ris.dumps([entry]))
    assert_round_trip(entry, copy)


def test_organisation_authors_stay_one_name() -> None:
    text = ("TY  - JOUR\nAU  - Task and Finish Group for Urinalysis (TFG-U), European Federation of Clinical "
            "Chemistry and Laboratory Medicine (EFLM)\nAU  - Kouri, Timo\nAU  - The National Academies of "
            "Sciences, Engineering, and Medicine\nTI  - Urinalysis\nPY  - 2024\nER  - \n")
    [entry] = ris.loads(text)
    assert [p.last for p in entry.authors] == [
        "Task and Finish Group for Urinalysis (TFG-U), European Federation of Clinical Chemistry and Laboratory "
        "Medicine (EFLM)", "Kouri", "The National Academies of Sciences, Engineering, and Medicine"]
    assert ris.loads(ris.dumps([entry]))[0].authors == entry.authors


def test_values_of_the_wrong_form_are_dropped_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "bad.ris"
    path.write_text("TY  - JOUR\nTI  - T\nDO  - not a doi\nC2  - PMC12x\nPY  - 2020\nER  - \n\n"
                    "TY  - JOUR\nTI  - U\nDO  - https://doi.org/10.1000/OK\nER  - \n")
    result = read_path(path)
    assert [e.fields for e in result.entries] == [{"title": "T", "year": "2020"}, {"title": "U", "doi": "10.1000/ok"}]
    assert result.warnings == ["record at line 1: field 'DO' skipped: not a DOI (10.NNNN/...): 'not a doi'"]


def test_pubmed_ids_go_where_zotero_and_endnote_read_them() -> None:
    """Zotero reads AN as "Loc. in Archive" and C2 as a CHAP record's book author; M2 fills its Extra, where
    "PMID: n" is the PubMed id. EndNote's own AN/C2 are still read on import. UNPB is not in Zotero's map."""
    entry = Entry("k", "unpublished", {"title": "T", "author": "Doe, Jo", "note": "Draft", "pmid": "123",
                                       "pmcid": "PMC456"})
    text = ris.dumps([entry])
    assert text.splitlines() == ["TY  - MANSCPT", "AU  - Doe, Jo", "TI  - T", "N1  - Draft", "N1  - PMCID: PMC456",
                                 "M2  - PMID: 123", "ID  - k", "ER  - "]
    assert ris.loads(text)[0].fields == {"author": "Doe, Jo", "title": "T", "note": "Draft", "pmid": "123",
                                         "pmcid": "PMC456"}
    endnote = ris.loads("TY  - JOUR\nTI  - T\nAN  - 10686270\nC2  - PMC5999402\nER  - \n")[0]
    assert (endnote.fields["pmid"], endnote.fields["pmcid"]) == ("10686270", "PMC5999402")
