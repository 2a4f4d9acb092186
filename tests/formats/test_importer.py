"""Import into a Library: added/merged/skipped with reasons, keys, dry run, and bad files."""

from __future__ import annotations

from pathlib import Path

import pytest

from evidence.errors import FormatError
from evidence.formats.importer import import_files
from evidence.formats.registry import write_entries
from evidence.store.library import Library

FIXTURES = Path(__file__).parent.parent / "fixtures" / "import"


@pytest.fixture
def lib(tmp_path: Path) -> Library:
    path = tmp_path / "refs.bib"
    path.write_bytes((FIXTURES / "refs.bib").read_bytes())
    return Library.load(path)


def test_ris_export_of_library_reimports_as_all_skipped(lib: Library, tmp_path: Path) -> None:
    (tmp_path / "mine.ris").write_text(write_entries(lib.entries, "ris"), encoding="utf-8")
    report = import_files(lib, [tmp_path / "mine.ris"])
    assert (report.added, report.merged, report.skipped) == (0, 0, 10)
    assert report.items[0].reason == "already present as 'berman2000' (same DOI 10.1016/s0006-3223(99)00230-9)"
    assert report.items[6].reason == "already present as 'feifel2017' (same title, year and first author)"


def test_merge_fills_missing_fields_only(lib: Library, tmp_path: Path) -> None:
    ris = ("TY  - JOUR\nAU  - Fond, G.\nTI  - Ketamine administration in depressive disorders: a systematic review "
           "and meta-analysis\nT2  - Psychopharmacology (Berl)\nJ2  - Psychopharmacology (Berl)\nPY  - 2014\n"
           "DO  - 10.1007/s00213-014-3664-5\nAN  - 24972654\nER  - \n")
    (tmp_path / "fond.ris").write_text(ris, encoding="utf-8")
    report = import_files(lib, [tmp_path / "fond.ris"], save=True)
    [item] = report.items
    assert (item.status, item.key, item.filled) == ("merged", "fond2014", ("shortjournal", "pmid"))
    again = Library.load(lib.path)
    fond = again.get("fond2014")
    assert (fond.get("shortjournal"), fond.pmid, fond.get("journal")) == ("Psychopharmacology (Berl)", "24972654",
                                                                         "Psychopharmacology")
    assert fond.get("author").startswith("Fond, Guillaume and Loundou")


def test_keys_in_library_style_and_batch_duplicates(lib: Library) -> None:
    report = import_files(lib, [FIXTURES / "jabref_medline_complete.nbib", FIXTURES / "jabref_medline_multiple.nbib"])
    first = report.items[0]
    assert (first.status, first.key) == ("added", "long2009")
    assert first.reason == "new work (key generated: no key)"
    dup = report.items[1]
    assert dup.status == "skipped"
    assert dup.reason == "already present as 'long2009' (same PMID 20481061 as an earlier entry of this import)"
    assert (report.added, report.merged, report.skipped) == (6, 0, 2)
    assert [i.key for i in report.items if i.status == "skipped"] == ["long2009", ""]
    assert "long2009" in lib


def test_dry_run_changes_nothing(lib: Library) -> None:
    before = lib.path.read_bytes()
    report = import_files(lib, [FIXTURES / "efetch_pubmed_batch_6_records.xml"], dry_run=True, save=True)
    assert report.summary() == "would import 6 entries: 6 added, 0 merged, 0 skipped"
    assert len(lib) == 10
    assert lib.path.read_bytes() == before
    assert not lib.dirty


def test_a_bad_file_aborts_before_any_change(lib: Library) -> None:
    with pytest.raises(FormatError) as err:
        import_files(lib, [FIXTURES / "efetch_pubmed_batch_6_records.xml", FIXTURES / "truncated_jabref_complex.bib"])
    assert err.value.line == 138
    assert len(lib) == 10


def test_bibtex_keys_kept_when_free(tmp_path: Path) -> None:
    empty = Library.create(tmp_path / "new.bib")
    report = import_files(empty, [FIXTURES / "refs.bib"])
    assert [i.key for i in report.items] == [e.key for e in Library.load(FIXTURES / "refs.bib").entries]
    assert report.files == [(str(FIXTURES / "refs.bib"), "bibtex", 10)]


def test_an_unwritable_value_skips_that_entry_only(lib: Library, tmp_path: Path) -> None:
    src = tmp_path / "in.bib"
    src.write_text("@article{good2020, title = {Paired twins and \\\\{112\\\\} morphology}, year = 2020}\n"
                   "@article{bad2020, title = {Sets \\\\{x and y}, year = 2020}\n")
    report = import_files(lib, [src])
    assert [(i.key, i.status) for i in report.items] == [("good2020", "added"), ("bad2020", "skipped")]
    assert report.items[1].reason.startswith("value of 'title' in 'bad2020' has unbalanced braces")


def test_no_files_is_refused_before_the_library_is_touched(lib: Library) -> None:
    before = lib.path.read_bytes()
    with pytest.raises(FormatError) as err:
        import_files(lib, [], save=True)
    assert (err.value.message, err.value.hint) == (
        "no files to import", "give one or more .bib, .ris, .json, .nbib, .xml or .docx files")
    assert lib.path.read_bytes() == before
