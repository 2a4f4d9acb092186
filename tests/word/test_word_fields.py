"""Word citation fields (Zotero, Mendeley, EndNote) on real .docx files: found, resolved exactly, disagreements."""

from __future__ import annotations

import json
import re
import shutil
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from cli import cli
from evidence.check.checker import check_manuscript, cited_entries
from evidence.check.citations import find_reference_list
from evidence.check.fieldcheck import FieldCitation, field_results
from evidence.check.manuscript import read_manuscript
from evidence.check.results import RESOLVED, UNRESOLVED
from evidence.errors import FormatError
from evidence.formats.bibtex import entry_to_bibtex
from evidence.formats.registry import read_path
from evidence.model import Entry, fold
from evidence.word.fields import READERS, citation_fields, docx_entries

DOCX = Path(__file__).parent.parent / "fixtures" / "docx"
ESTIMATION = "Estimation of critical power with nonlinear and linear models"
COMPARATIVE = "A comparative evaluation of the individual anaerobic threshold and the critical power"
LACTATE = "The relationship between plasma lactate parameters, Wpeak and 1-h cycling performance in women"
# The acronym manuscript's 35 fields as EndNote renders them, and the 45 works they cite (DOI, else title).
ACRONYM_SHOWN = ["[1]", "[2-4]", "[5-7]", "[8-11]", "[7]", "[8]", "[10]", "[11]", "[9]", "Morton [7]", "[6]",
                 "[12]", "[13]", "Boone and Bourgois [14]", "Morton [7]", "[15]", "Morton [16]", "Hill [17]", "[18]",
                 "[19]", "[19]", "[19]", "[20]", "[21]", "[22]", "[23]", "[1]", "Morton [7]", "[24]", "[9]",
                 "[8, 25]", "[16]", "[8, 11]", "[6, 26]", "[27]"]
ACRONYM_ITEMS = [
    "10.1080/00140136508930810", "10.1249/mss.0000000000000613", "10.1249/mss.0000000000000939",
    "10.1080/00140138808966766", "10.1249/mss.0b013e31802dd3e6", "10.1139/apnm-2016-0248",
    "10.1007/s00421-005-0088-2", ESTIMATION, "10.1055/s-2007-971894", "10.1097/00005768-200002000-00040",
    "10.1519/jsc.0b013e31829b576d", "10.1007/s00421-005-0088-2", ESTIMATION, "10.1097/00005768-200002000-00040",
    "10.1519/jsc.0b013e31829b576d", "10.1055/s-2007-971894", "10.1007/s00421-005-0088-2", "10.1139/apnm-2016-0248",
    "10.1152/ajpregu.00269.2011", "10.1152/jappl.1987.62.5.2003", "10.2165/11599690-000000000-00000",
    "10.1007/s00421-005-0088-2", "10.1080/00140138908966925", "10.1080/00140139608964484",
    "10.2165/00007256-199316040-00003", "10.1080/00140138108924856", "10.1123/ijspp.1.1.50", "10.1123/ijspp.1.1.50",
    "10.1123/ijspp.1.1.50", "10.1177/0956797613504966", "10.1080/02640414.2014.895118", "10.2307/2532051",
    "10.1249/mss.0000000000001226", "10.1080/00140136508930810", "10.1007/s00421-005-0088-2",
    "10.1080/02701367.1990.10607506", "10.1055/s-2007-971894", ESTIMATION, "10.1249/mss.0b013e3181d9cf7f",
    "10.1080/00140139608964484", ESTIMATION, "10.1519/jsc.0b013e31829b576d", "10.1139/apnm-2016-0248",
    COMPARATIVE, "10.1007/s40279-017-0688-0"]


def NUMBERS_ONLY(shown: str) -> str:  # noqa: N802
    """Zotero and Mendeley render the numbers only (the writer typed "Morton" before the field), with an en dash."""
    return re.sub(r"^[^\[]*", "", shown).replace("-", "\u2013").replace(", ", ",")


BISHOP = "10.1055/s-2007-971894"  # reference 9; the Zotero copy of the manuscript cites another Bishop 1998 there
EXPECTED: dict[str, tuple[str, list[str], list[str]]] = {
    "acronym_manuscript_endnote.docx": ("endnote", ACRONYM_SHOWN, ACRONYM_ITEMS),
    "acronym_manuscript_mendeley.docx": (
        "mendeley", [NUMBERS_ONLY(s) for s in ACRONYM_SHOWN], ACRONYM_ITEMS),
    "acronym_manuscript_zotero.docx": (
        "zotero", [NUMBERS_ONLY(s) for s in ACRONYM_SHOWN],
        [LACTATE if i == BISHOP else i for i in ACRONYM_ITEMS]),
    "pandoc_zotero_citations.docx": (
        "zotero", ["(Smith et al., 2013)", "(Boer et al., 2016; Smith et al., 2013)",
                   "(prefix Bellomo et al., 2016, p. 2 suffix)"],
        ["10.1007/s00382-013-1683-2", "10.5194/gmd-9-3751-2016", "10.1007/s00382-013-1683-2",
         "10.1002/2016gl069961"]),
    "pandoc_mendeley_citations.docx": (
        "mendeley", ["(prefix Hadwen-Bennett et al., 2018, p. 123 suffix)", "(prefix Seo, 2019, pp. 10\u201320 suffix)",
                     "(Koh & Abbas, 2015; Lee et al., 2011)"],
        ["Making Programming Accessible to Learners with Visual Impairments: A Literature Review",
         "10.1007/s11528-019-00377-3", "10.1145/1929887.1929902",
         "Future of library and museum services supporting teen learning: Perceptions of professionals in learning "
         "labs and makerspaces"]),
}
FILES = sorted(EXPECTED)


def _ident(entry: Entry) -> str:
    return entry.doi or entry.title


def _library(name: str) -> list[Entry]:
    """The works a file cites, from its own fields, keyed w1, w2, ... in order of first citation."""
    entries, warnings = docx_entries((DOCX / name).read_bytes(), DOCX / name)
    assert warnings == []
    for number, entry in enumerate(entries, start=1):
        entry.key = f"w{number}"
    return entries


@pytest.mark.parametrize("name", FILES)
def test_each_field_and_item_is_found_in_order(name: str) -> None:
    manager, shown, items = EXPECTED[name]
    fields = citation_fields(read_manuscript(DOCX / name))
    assert [f.shown for f in fields] == shown
    assert {f.manager for f in fields} == {manager}
    assert [f.problem for f in fields] == [""] * len(shown)
    assert [_ident(i.entry) for f in fields for i in f.items] == items


@pytest.mark.parametrize("name", [n for n in FILES if n.startswith("acronym")])
def test_numbered_fields_cite_the_works_their_reference_list_numbers_name(name: str) -> None:
    """An independent check of the items: "[8-11]" must hold the first authors of references 8 to 11
    as the manager printed them in the document's own reference list."""
    manuscript = read_manuscript(DOCX / name)
    references = {r.number: r.text for r in find_reference_list(manuscript)}
    assert sorted(references) == list(range(1, 28))
    for cited in citation_fields(manuscript):
        numbers: list[int] = []
        for low, high in re.findall(r"(\d+)(?:[-\u2013](\d+))?", cited.shown):
            numbers.extend(range(int(low), int(high or low) + 1))
        printed = sorted(fold(references[n].split(",")[0].split(" ")[0]) for n in numbers)
        assert sorted(fold(i.entry.first_author).split()[0] for i in cited.items) == printed, cited.shown


@pytest.mark.parametrize("name", FILES)
def test_every_item_resolves_exactly_to_its_own_work(name: str) -> None:
    _, _, items = EXPECTED[name]
    library = _library(name)
    first_seen = list(dict.fromkeys(items))
    report = check_manuscript(read_manuscript(DOCX / name), library)
    assert [r.status for r in report.results] == [RESOLVED] * len(items)
    assert [r.entry.key for r in report.results if r.entry] == [f"w{first_seen.index(i) + 1}" for i in items]
    assert [r.citation.style for r in report.results] == ["field"] * len(items)
    assert [f.kind for r in report.results for f in r.flags if f.kind.startswith("field")] == []
    assert report.counts["cited_entries"] == len(first_seen) and report.uncited == []


def test_a_library_from_another_manager_resolves_the_same_manuscript() -> None:
    """EndNote's library checks the Zotero copy: everything resolves by DOI or title except the three
    citations of reference 9, where the Zotero copy cites a different Bishop 1998 paper."""
    report = check_manuscript(read_manuscript(DOCX / "acronym_manuscript_zotero.docx"),
                              _library("acronym_manuscript_endnote.docx"))
    unresolved = [r for r in report.results if r.status == UNRESOLVED]
    assert report.counts["resolved"] == 42 and len(unresolved) == 3
    assert [r.citation.text for r in unresolved] == ["[8\u201311]", "[9]", "[9]"]
    assert unresolved[0].reason == ("no library entry is this Zotero item (PMID 9710868; "
                                    "title, year and first author compared)")
    assert unresolved[0].citation.label == "Bishop et al., 1998"


def _changed(library: list[Entry], key: str, **fields: str) -> list[Entry]:
    out = []
    for entry in library:
        if entry.key == key:
            entry = Entry(key=entry.key, type=entry.type, fields={**entry.fields, **fields})
        out.append(entry)
    return out


def test_a_field_whose_item_disagrees_with_the_library_is_reported() -> None:
    library = _changed(_library("pandoc_zotero_citations.docx"), "w1", year="2014", author="Smyth, Doug M.")
    report = check_manuscript(read_manuscript(DOCX / "pandoc_zotero_citations.docx"), library)
    assert [r.status for r in report.results] == [RESOLVED] * 4  # the DOI still says which work it is
    mismatches = [(r.citation.label, f.message) for r in report.results for f in r.flags if f.kind == "field-mismatch"]
    expected = ("the Zotero field's copy differs from the library (year 2013 vs 2014, first author Smith vs Smyth); "
                "the text names no Smyth, the text shows no 2014 (Smyth 2014): refresh the citation in Word or "
                "correct the library entry")
    assert mismatches == [("Smith et al., 2013", expected), ("Smith et al., 2013", expected)]


def test_a_library_entry_without_the_doi_and_another_year_is_unresolved_with_a_hint() -> None:
    library = _changed(_library("pandoc_zotero_citations.docx"), "w2", year="2017", doi="")
    results = field_results(read_manuscript(DOCX / "pandoc_zotero_citations.docx"), library)
    boer = results[1]
    assert boer.status == UNRESOLVED and boer.suggestion is not None
    assert boer.suggestion.key == "w2" and boer.suggestion.reason == "same-title"
    assert boer.suggestion.message == ("the library has the same title as 'w2' (Boer 2017) but the field says "
                                       "Boer 2016: the same work?")


def _rewrite(target: Path, source: str, change: Callable[[str], str]) -> Path:
    """A copy of a real fixture with word/document.xml changed."""
    with zipfile.ZipFile(DOCX / source) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename == "word/document.xml":
                data = change(data.decode("utf-8")).encode("utf-8")
            out.writestr(info, data)
    return target


def test_a_citation_edited_by_hand_is_reported(tmp_path: Path) -> None:
    path = _rewrite(tmp_path / "edited.docx", "pandoc_zotero_citations.docx",
                    lambda xml: xml.replace("<w:t>(Smith et al., 2013)</w:t>", "<w:t>(Smith et al., 2012)</w:t>", 1))
    report = check_manuscript(read_manuscript(path), _library("pandoc_zotero_citations.docx"))
    first = report.results[0]
    assert first.status == RESOLVED and first.citation.text == "(Smith et al., 2012)"
    assert [(f.kind, f.message) for f in first.flags if f.kind.startswith("field")] == [
        ("field-mismatch", "the text shows no 2013 (Smith 2013): refresh the citation in Word or correct the "
                           "library entry"),
        ("field-edited", "the citation reads \u201c(Smith et al., 2012)\u201d but Zotero wrote \u201c(Smith et al., "
                         "2013)\u201d: it was edited by hand, and the next refresh in Word will undo the edit"),
    ]


def _split_codes(xml: str) -> str:
    """Every field code cut into three instrText runs (at commas, never inside an entity), as Word does."""
    def split(match: re.Match[str]) -> str:
        code = match.group(1)
        if code.count(",") < 3:
            return match.group()
        cuts = [code.index(",", len(code) // 3) + 1, code.index(",", 2 * len(code) // 3) + 1]
        parts = [code[:cuts[0]], code[cuts[0]:cuts[1]], code[cuts[1]:]]
        return '</w:r><w:r>'.join(f'<w:instrText xml:space="preserve">{part}</w:instrText>' for part in parts)
    return re.sub(r"<w:instrText[^>]*>(.*?)</w:instrText>", split, xml, flags=re.S)


def test_codes_split_across_runs_and_simple_fields_read_the_same(tmp_path: Path) -> None:
    split = _rewrite(tmp_path / "split.docx", "pandoc_zotero_citations.docx", _split_codes)
    assert split.read_bytes() != (DOCX / "pandoc_zotero_citations.docx").read_bytes()
    with zipfile.ZipFile(split) as package:
        assert package.read("word/document.xml").count(b"<w:instrText") == 10  # 3 codes x 3 + the bibliography
    _, shown, items = EXPECTED["pandoc_zotero_citations.docx"]
    fields = citation_fields(read_manuscript(split))
    assert [f.shown for f in fields] == shown and [_ident(i.entry) for f in fields for i in f.items] == items

    def simple(xml: str) -> str:  # the first field as one fldSimple element (its code in an attribute)
        code = re.search(r"<w:instrText[^>]*>(.*?)</w:instrText>", xml, re.S)
        assert code is not None
        begin = xml.rindex("<w:r>", 0, xml.index('<w:fldChar w:fldCharType="begin"/>'))
        end = xml.index('<w:fldChar w:fldCharType="end"/></w:r>') + len('<w:fldChar w:fldCharType="end"/></w:r>')
        attribute = code.group(1).replace('"', "&quot;")
        return (xml[:begin] + f'<w:fldSimple w:instr="{attribute}"><w:r><w:t>(Smith et al., 2013)</w:t></w:r>'
                "</w:fldSimple>" + xml[end:])

    path = _rewrite(tmp_path / "simple.docx", "pandoc_zotero_citations.docx", simple)
    manuscript = read_manuscript(path)
    fields = citation_fields(manuscript)
    assert [f.shown for f in fields] == shown and [_ident(i.entry) for f in fields for i in f.items] == items
    assert manuscript.line_text(1) == "This is a citation (Smith et al., 2013)"


@pytest.mark.parametrize("name,count", [("acronym_manuscript_endnote.docx", 27), ("acronym_manuscript_zotero.docx", 27),
                                        ("acronym_manuscript_mendeley.docx", 27), ("pandoc_zotero_citations.docx", 3),
                                        ("pandoc_mendeley_citations.docx", 4)])
def test_import_takes_each_cited_work_once(name: str, count: int) -> None:
    entries, warnings = docx_entries((DOCX / name).read_bytes(), DOCX / name)
    _, _, items = EXPECTED[name]
    assert warnings == [] and len(entries) == count
    assert [_ident(e) for e in entries] == list(dict.fromkeys(items))
    assert all(e.key == "" for e in entries)
    for entry in entries:  # every value is one the store accepts
        entry.key = "k"
        assert entry_to_bibtex(entry).startswith(f"@{entry.type}{{k,")


def test_the_registry_reads_a_docx_through_the_reader_word_hands_it() -> None:
    path = DOCX / "pandoc_mendeley_citations.docx"
    result = read_path(path, readers=READERS)
    assert (result.path, result.format, result.warnings) == (path, "docx", [])
    assert [e.fields for e in result.entries] == [e.fields for e in docx_entries(path.read_bytes(), path)[0]]
    assert len(result.entries) == 4


def test_endnote_records_become_full_entries() -> None:
    entries, _ = docx_entries((DOCX / "acronym_manuscript_endnote.docx").read_bytes())
    keir = entries[1]
    assert keir.line == 20
    assert {k: v for k, v in keir.fields.items() if k != "keywords"} == {
        "author": "Keir, D. A. and Fontana, F. Y. and Robertson, T. C. and Murias, J. M. and Paterson, D. H. and "
                  "Kowalchuk, J. M. and Pogliaghi, S.",
        "title": "Exercise Intensity Thresholds: Identifying the Boundaries of Sustainable Performance",
        "journal": "Med Sci Sports Exerc", "year": "2015", "month": "sep", "volume": "47", "number": "9",
        "pages": "1932--40", "issn": "1530-0315 (Electronic) 0195-9131 (Linking)",
        "doi": "10.1249/MSS.0000000000000613",
        "pmid": "25606817", "url": "https://www.ncbi.nlm.nih.gov/pubmed/25606817"}
    assert keir.fields["keywords"].startswith("Adult, Anaerobic Threshold/physiology, Exercise/*physiology")


def test_import_of_a_docx_without_fields_is_a_clear_error() -> None:
    path = Path(__file__).parent.parent / "manuscripts" / "ketamine.docx"
    with pytest.raises(FormatError) as info:
        docx_entries(path.read_bytes(), path)
    assert info.value.message == "this .docx has no Zotero, Mendeley or EndNote citation fields"
    with pytest.raises(FormatError, match="not a .docx file"):
        docx_entries(b"plain text", "draft.docx")


def test_positions_are_paragraphs_with_a_quote() -> None:
    manuscript = read_manuscript(DOCX / "acronym_manuscript_endnote.docx")
    results = field_results(manuscript, [])
    citation = results[1].citation
    assert isinstance(citation, FieldCitation)
    assert (citation.paragraph, citation.context) == (20, "\u2026capacity of an individual [2-4]. Typically CP is "
                                                          "determined\u2026")
    assert manuscript.location(citation.start, citation.end) == (
        'paragraph 20, "\u2026capacity of an individual [2-4]. Typically CP is determined\u2026"')
    data = citation.to_dict()
    assert data["field"] == {"manager": "endnote", "paragraph": 20, "context": citation.context,
                             "item": {"title": "Exercise Intensity Thresholds: Identifying the Boundaries of "
                                               "Sustainable Performance", "year": 2015,
                                      "authors": ["Keir, D. A.", "Fontana, F. Y.", "Robertson, T. C.", "Murias, J. M.",
                                                  "Paterson, D. H.", "Kowalchuk, J. M.", "Pogliaghi, S."],
                                      "doi": "10.1249/mss.0000000000000613", "pmid": "25606817"}}


def test_cited_entries_follow_the_fields() -> None:
    library = _library("pandoc_mendeley_citations.docx")
    cited = cited_entries(read_manuscript(DOCX / "pandoc_mendeley_citations.docx"), library[:3])
    assert [e.key for e in cited.entries] == ["w1", "w2", "w3"]
    assert [r.citation.label for r in cited.unresolved] == ["Koh & Abbas, 2015"]


def _write_library(path: Path, entries: list[Entry]) -> Path:
    path.write_text("\n\n".join(entry_to_bibtex(e) for e in entries) + "\n", encoding="utf-8")
    return path


def test_cli_check_docx_json(tmp_path: Path) -> None:
    name = "pandoc_zotero_citations.docx"
    lib = _write_library(tmp_path / "lib.bib", _library(name))
    manuscript = tmp_path / name
    shutil.copyfile(DOCX / name, manuscript)
    result = CliRunner().invoke(cli, ["-l", str(lib), "check", str(manuscript), "--json"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["manuscript"] == {"path": str(manuscript), "kind": "docx"}
    assert data["summary"]["citations"] == 4 and data["summary"]["resolved"] == 4
    assert [(c["citation"]["label"], c["citation"]["line"], c["key"]) for c in data["citations"]] == [
        ("Smith et al., 2013", 1, "w1"), ("Boer et al., 2016", 2, "w2"), ("Smith et al., 2013", 2, "w1"),
        ("Bellomo et al., 2016", 3, "w3")]
    assert data["citations"][3]["citation"]["locator"] == "2"
    assert data["citations"][3]["citation"]["field"]["context"] == (
        "\u2026suffix and a page number (prefix Bellomo et al., 2016, p. 2 suffix).")

    strict = CliRunner().invoke(cli, ["-l", str(_write_library(tmp_path / "short.bib", _library(name)[:2])),
                                      "check", str(manuscript), "--json", "--strict"])
    assert strict.exit_code == 1
    assert json.loads(strict.stdout)["summary"]["unresolved"] == 1


def test_an_unreadable_field_code_is_reported_not_fatal(tmp_path: Path) -> None:
    path = _rewrite(tmp_path / "broken.docx", "pandoc_zotero_citations.docx",
                    lambda xml: xml.replace('"citationID":"CCwugFas",', '"citationID":"CCwugFas",,', 1))
    results = field_results(read_manuscript(path), _library("pandoc_zotero_citations.docx"))
    assert [(r.status, r.citation.text) for r in results] == [
        (UNRESOLVED, "(Smith et al., 2013)"), (RESOLVED, "(Boer et al., 2016; Smith et al., 2013)"),
        (RESOLVED, "(Boer et al., 2016; Smith et al., 2013)"), (RESOLVED, "(prefix Bellomo et al., 2016, p. 2 suffix)")]
    assert results[0].reason == ("Zotero field: unreadable field code (Expecting property name enclosed in double "
                                 "quotes)")
    entries, warnings = docx_entries(path.read_bytes(), path)
    assert len(entries) == 3  # Smith is still cited by the second field
    assert warnings == ['paragraph 1, "This is a citation (Smith et al., 2013)": unreadable field code (Expecting '
                        'property name enclosed in double quotes); skipped']


def test_import_a_word_draft_through_the_cli_builds_a_library(tmp_path: Path) -> None:
    """A Word user goes from a draft to a library without writing BibTeX: `import --create draft.docx`."""
    lib = tmp_path / "draft.bib"
    docx = Path(__file__).resolve().parent.parent / "fixtures" / "docx" / "acronym_manuscript_zotero.docx"
    result = CliRunner().invoke(cli, ["-l", str(lib), "import", "--create", str(docx), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert (report["added"], report["merged"], report["skipped"]) == (27, 0, 0)
    assert report["files"] == [{"path": str(docx), "format": "docx", "entries": 27}]
    again = CliRunner().invoke(cli, ["-l", str(lib), "import", str(docx), "--json"])
    assert json.loads(again.stdout)["skipped"] == 27  # the same works, found again by the one same-work rule
