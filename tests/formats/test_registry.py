"""Format detection, reading every input format, writing every output, and BibTeX fidelity."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from cli import cli
from evidence.errors import FormatError
from evidence.formats.registry import INPUT_FORMATS, detect_format, read_bytes, read_file, read_path, write_entries
from evidence.store.library import Library

FIXTURES = Path(__file__).parent.parent / "fixtures" / "import"
DOCX = Path(__file__).parent.parent / "fixtures" / "docx" / "pandoc_zotero_citations.docx"


@pytest.mark.parametrize(
    ("name", "fmt", "count"),
    [
        ("refs.bib", "bibtex", 10),
        ("pybtex_xampl.bib", "bibtex", 36),
        ("jabref_ris_science.ris", "ris", 1),
        ("jabref_medline_multiple.nbib", "medline", 7),
        ("efetch_pubmed_batch_6_records.xml", "pubmed-xml", 6),
    ],
)
def test_detect_and_read(name: str, fmt: str, count: int) -> None:
    result = read_path(FIXTURES / name)
    assert (result.format, len(result.entries)) == (fmt, count)


def test_content_beats_extension(tmp_path: Path) -> None:
    nbib_as_txt = tmp_path / "pubmed.txt"
    nbib_as_txt.write_bytes((FIXTURES / "jabref_medline_complete.nbib").read_bytes())
    assert read_path(nbib_as_txt).format == "medline"
    assert detect_format(b'[{"id": "a", "type": "book", "title": "T"}]', "x.bib") == "csl-json"


def test_pubmed_xml_entries_carry_journal_abbreviation() -> None:
    entries = read_file(FIXTURES / "efetch_pubmed_31746150_non_ascii_authors.xml")
    [entry] = entries
    assert entry.key == ""
    assert entry.pmid == "31746150"
    assert entry.get("shortjournal")


@pytest.mark.parametrize(
    ("name", "line", "text"),
    [
        ("truncated_jabref_complex.bib", 138, "could not be parsed"),
        ("notbib_jabref_ris_corrupted.bib", 2, "must start with 'TY  - '"),
    ],
)
def test_damaged_files_name_file_and_line(name: str, line: int, text: str) -> None:
    with pytest.raises(FormatError) as err:
        read_path(FIXTURES / name)
    assert err.value.line == line
    assert err.value.path == FIXTURES / name
    assert text in err.value.message


def test_bad_utf8_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "latin1.ris"
    path.write_bytes("TY  - JOUR\nTI  - caf\xe9\nER  - \n".encode("latin-1"))
    with pytest.raises(FormatError) as err:
        read_path(path)
    assert (err.value.line, err.value.message) == (2, "not valid UTF-8 (byte 0xe9)")


def test_unknown_and_empty_and_missing(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("just some notes\n")
    with pytest.raises(FormatError, match="cannot tell the format"):
        read_path(tmp_path / "notes.txt")
    (tmp_path / "empty.ris").write_text("\n")
    with pytest.raises(FormatError, match="empty"):
        read_path(tmp_path / "empty.ris")
    with pytest.raises(FormatError, match="not found"):
        read_path(tmp_path / "missing.bib")
    with pytest.raises(FormatError, match="not PubMed XML"):
        read_bytes(b"<html><body>Too many requests</body></html>", "efetch.xml")


def test_cli_refusal_of_an_unknown_format_lists_every_input_word_included(refs: Path, tmp_path: Path) -> None:
    """The hint names what detection knows: a .docx (a zip package) is read by `import`, so the hint says so."""
    notes = tmp_path / "notes.txt"
    notes.write_text("just some notes\n", encoding="utf-8")
    before = refs.read_bytes()
    result = CliRunner().invoke(cli, ["-l", str(refs), "import", str(notes)], catch_exceptions=False)
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == (f"Error: {notes}: cannot tell the format of this file (supported inputs: BibTeX (.bib), "
                             "RIS (.ris), CSL-JSON (.json), MEDLINE (.nbib), PubMed XML (.xml), "
                             "Word (.docx) with Zotero, Mendeley or EndNote citations)\n")
    assert refs.read_bytes() == before
    assert INPUT_FORMATS == ("bibtex", "ris", "csl-json", "medline", "pubmed-xml", "docx")


def test_a_docx_is_detected_here_and_read_only_through_a_reader_handed_in() -> None:
    """formats/ does not import word/: a zip is told as a .docx, and reading it needs word's reader."""
    data = DOCX.read_bytes()
    assert (detect_format(data, "draft.bin"), detect_format(b"PK\x03\x04 a truncated zip")) == ("docx", "docx")
    with pytest.raises(FormatError) as err:
        read_bytes(data, DOCX)
    assert (err.value.path, err.value.message, err.value.hint) == (
        DOCX, "a Word .docx needs the Word reader, which this call was not given",
        "pass readers=evidence.word.fields.READERS (as `evidence import` does)")


def test_bibtex_export_is_the_exact_original_text() -> None:
    lib = Library.load(FIXTURES / "refs.bib")
    text = write_entries(lib.entries[:2], "bibtex", raw_text=lib.raw_text)
    source = (FIXTURES / "refs.bib").read_text(encoding="utf-8")
    assert text == lib.raw_text("berman2000") + "\n\n" + lib.raw_text("fond2014") + "\n"
    assert lib.raw_text("fond2014") in source


def test_bibtex_ascii_export_escapes_non_ascii() -> None:
    lib = Library.load(FIXTURES / "refs.bib")
    text = write_entries([lib.get("fond2014")], "bibtex", ascii=True, raw_text=lib.raw_text)
    assert text.isascii()
    assert "Lan{\\c{c}}on, Christophe" in text
    fresh = write_entries([lib.get("xu2016")], "bibtex", ascii=True)
    assert fresh.isascii() and "G{\\'a}lvez" in fresh


def test_bibtex_round_trip_every_field() -> None:
    for name in ("refs.bib", "pybtex_xampl.bib", "biber_names_corporate.bib"):
        entries = Library.load(FIXTURES / name).entries
        back = read_bytes(write_entries(entries, "bibtex").encode("utf-8"), "x.bib").entries
        assert [(e.key, e.type, e.fields) for e in back] == [(e.key, e.type, e.fields) for e in entries]



def test_csl_json_output_and_ascii() -> None:
    lib = Library.load(FIXTURES / "refs.bib")
    data = json.loads(write_entries([lib.get("fond2014")], "csl-json"))
    assert data[0]["author"][4] == {"family": "Lançon", "given": "Christophe"}
    assert "Lan\\u00e7on" in write_entries([lib.get("fond2014")], "csl-json", ascii=True)


def test_bibliography_outputs_and_unknown_format() -> None:
    lib = Library.load(FIXTURES / "refs.bib")
    assert write_entries([lib.get("duman2012")], "text", style="vancouver").startswith("1. Duman RS, Aghajanian GK.")
    assert write_entries([lib.get("duman2012")], "markdown").startswith("Duman, R. S., & Aghajanian, G. K. (2012).")
    assert write_entries([lib.get("duman2012")], "html").startswith('<!DOCTYPE html>\n<html lang="en">')
    with pytest.raises(FormatError, match="unknown export format 'docx'"):
        write_entries([], "docx")
