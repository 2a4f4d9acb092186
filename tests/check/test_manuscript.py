"""Reading manuscripts: kinds, encodings, positions, and clear errors for unusable files."""

from __future__ import annotations

import shutil
import tracemalloc
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from cli import cli
from evidence.check.manuscript import Manuscript, decode, read_manuscript
from evidence.errors import EvidenceError, ManuscriptError
from tests.fixtures.check.docx_bomb import understate_size, write_docx_bomb

MANUSCRIPTS = Path(__file__).parent.parent / "manuscripts"
MD = (MANUSCRIPTS / "ketamine.md").read_text(encoding="utf-8")


def test_markdown_kind_and_positions() -> None:
    m = read_manuscript(MANUSCRIPTS / "ketamine.md")
    assert m.kind == "markdown" and m.encoding == "utf-8"
    assert m.line_count == 50
    offset = m.text.index("(Berman et al., 2000)")
    assert m.position(offset) == (7, 77)
    assert m.line_text(7).startswith("Ketamine was first tested")


def test_latex_and_text_kinds() -> None:
    assert read_manuscript(MANUSCRIPTS / "ketamine.tex").kind == "latex"
    assert read_manuscript(MANUSCRIPTS / "numbered.txt").kind == "text"


def test_docx_paragraphs_and_table_cells_become_lines() -> None:
    m = read_manuscript(MANUSCRIPTS / "ketamine.docx")
    assert m.kind == "docx"
    assert m.text.split("\n") == [
        "Ketamine draft",
        "Ketamine improved depressive symptoms within 72 hours (Berman et al., 2000).",
        "Rapid responses were reported by Duman and Aghajanian (2012) in patients resistant to typical "
        "antidepressants.",
        "Mechanisms",
        "Reviewed twice (Zanos et al., 2018; Zanos & Gould, 2018).",
        "A meta-analysis of low doses (Xu et al., 2019).",
    ]


@pytest.mark.parametrize("encoding,prefix", [
    ("utf-8", b""), ("utf-8-sig", b""), ("utf-16", b""), ("cp1252", b""),
])
def test_encodings_decode_to_the_same_text(tmp_path: Path, encoding: str, prefix: bytes) -> None:
    text = "Lan\u00e7on et al. (2014) found \u201crapid\u201d effects \u2013 see (Icli et al., 2010).\r\nNext line.\r\n"
    path = tmp_path / "draft.txt"
    path.write_bytes(prefix + text.encode(encoding))
    m = read_manuscript(path)
    assert m.text == text.replace("\r\n", "\n")
    assert m.encoding == {"utf-8-sig": "utf-8-sig", "utf-16": "utf-16"}.get(encoding, encoding)
    assert m.position(m.text.index("Next")) == (2, 1)


@pytest.mark.parametrize("name,data,message", [
    ("empty.md", b"", "the manuscript is empty"),
    ("blank.md", b" \n\t\n", "the manuscript is empty"),
    ("paper.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "this is a PDF, which cannot be checked"),
    ("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "this is an old Word .doc (or other OLE) file"),
    ("image.md", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "this looks like a binary file, not a manuscript"),
    ("fake.docx", b"just text", "not a .docx file (it is not a zip package)"),
    ("broken.docx", b"PK\x03\x04" + b"\x00" * 50, "not a readable .docx file (BadZipFile)"),
    ("latin.txt", b"caf\x81\x8d\x8f\x90\x9d",
     "cannot decode the manuscript as text (tried UTF-8, UTF-16 with BOM, cp1252)"),
])
def test_unusable_files_raise_a_clear_manuscript_error(tmp_path: Path, name: str, data: bytes, message: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(ManuscriptError) as info:
        read_manuscript(path)
    assert info.value.message == message
    assert info.value.path == path
    assert info.value.hint


def test_missing_file_and_directory(tmp_path: Path) -> None:
    with pytest.raises(ManuscriptError, match="no such file"):
        read_manuscript(tmp_path / "nope.md")
    with pytest.raises(ManuscriptError, match="is a directory"):
        read_manuscript(tmp_path)


def test_huge_file_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.md"
    block = MD.encode("utf-8")
    with path.open("wb") as out:
        while out.tell() <= 10_000_000:
            out.write(block)
    with pytest.raises(ManuscriptError) as info:
        read_manuscript(path)
    assert "manuscripts over 10 MB are refused" in info.value.message
    assert isinstance(info.value, EvidenceError)


def test_decode_rejects_control_characters_even_when_cp1252_would_decode() -> None:
    with pytest.raises(ManuscriptError):
        decode(b"ok\x01\x02\x03 text")
    assert decode("na\u00efve".encode("cp1252")) == ("na\u00efve", "cp1252")


def test_from_text_normalises_newlines() -> None:
    m = Manuscript.from_text("a\r\nb\rc", "text")
    assert m.text == "a\nb\nc" and m.position(4) == (3, 1)


@pytest.fixture(scope="module")
def bomb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A real zip bomb: 200 MB of paragraphs in word/document.xml, deflated to ~0.6 MB."""
    return write_docx_bomb(tmp_path_factory.mktemp("bomb") / "bomb.docx")


BOMB_ERROR = ("the .docx unpacks to more than 50 MB, far beyond any manuscript (a damaged file or a zip bomb) "
              "(check the path; if it is the manuscript, open it in Word or LibreOffice and save it again)")


def _peak_while_reading(path: Path) -> tuple[ManuscriptError, int]:
    tracemalloc.start()
    try:
        with pytest.raises(ManuscriptError) as info:
            read_manuscript(path)
        return info.value, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_docx_zip_bomb_is_refused_in_bounded_memory(bomb: Path) -> None:
    assert bomb.stat().st_size < 1_000_000
    error, peak = _peak_while_reading(bomb)
    assert str(error) == f"{bomb}: {BOMB_ERROR}"
    assert error.path == bomb
    assert peak < 20_000_000  # python-docx alone took 2.1 GB on this file


def test_docx_lying_size_header_does_not_help(bomb: Path, tmp_path: Path) -> None:
    liar = tmp_path / "liar.docx"
    shutil.copyfile(bomb, liar)
    understate_size(liar, "word/document.xml", 1000)  # the central directory now claims 1 KB
    error, peak = _peak_while_reading(liar)
    assert str(error) == (f"{liar}: not a readable .docx file (BadZipFile) "
                          "(open it in Word or LibreOffice and save it again as .docx)")
    assert peak < 20_000_000


def test_docx_zip_bomb_through_the_cli(bomb: Path, refs: Path) -> None:
    result = CliRunner().invoke(cli, ["-l", str(refs), "check", str(bomb)], catch_exceptions=False)
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == f"Error: {bomb}: {BOMB_ERROR}\n"


def _rewrite_docx(target: Path, part: str, change: Callable[[bytes], bytes | None]) -> Path:
    """A copy of the test .docx with one part changed (or dropped, when ``change`` returns None)."""
    with zipfile.ZipFile(MANUSCRIPTS / "ketamine.docx") as source, zipfile.ZipFile(target, "w",
                                                                                    zipfile.ZIP_DEFLATED) as out:
        for info in source.infolist():
            data = source.read(info)
            new = change(data) if info.filename == part else data
            if new is not None:
                out.writestr(info.filename, new)
    return target


@pytest.mark.parametrize("name,make,cause", [
    ("truncated.docx", lambda p: p.write_bytes((MANUSCRIPTS / "ketamine.docx").read_bytes()[:5000]), "BadZipFile"),
    ("badxml.docx", lambda p: _rewrite_docx(p, "word/document.xml", lambda b: b[: len(b) // 2]), "XMLSyntaxError"),
    ("nobody.docx", lambda p: _rewrite_docx(p, "word/document.xml", lambda b: None), "KeyError"),
])
def test_broken_docx_maps_to_manuscript_error(tmp_path: Path, name: str, make: Callable[[Path], object],
                                              cause: str) -> None:
    path = tmp_path / name
    make(path)
    with pytest.raises(ManuscriptError) as info:
        read_manuscript(path)
    assert str(info.value) == (f"{path}: not a readable .docx file ({cause}) "
                               "(open it in Word or LibreOffice and save it again as .docx)")
    assert type(info.value.__cause__).__name__ == cause


def test_location_is_line_and_column_in_text_and_a_quoted_paragraph_in_docx() -> None:
    text = read_manuscript(MANUSCRIPTS / "ketamine.md")
    offset = text.text.index("(Berman et al., 2000)")
    assert text.location(offset) == "line 7:77"
    docx = read_manuscript(MANUSCRIPTS / "ketamine.docx")
    start = docx.text.index("Duman and Aghajanian (2012)")
    end = start + len("Duman and Aghajanian (2012)")
    assert docx.location(start, end) == (
        'paragraph 3, "\u2026responses were reported by Duman and Aghajanian (2012) in patients resistant to\u2026"')
    assert docx.context(0) == "Ketamine draft"  # a short paragraph is quoted whole, without ellipses
    assert docx.fields == ()


_RUN = "<w:r><w:t>Ketamine improved depressive symptoms within 72 hours (Berman et al., 2000).</w:t></w:r>"
_FIELD_RUNS = ('<w:r><w:t xml:space="preserve">See </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r>'
               '<w:r><w:instrText xml:space="preserve"> HYPERLINK "https://doi.org/10.1016/s0006-3223(99)00230-9"'
               ' </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>Berman</w:t></w:r>'
               '<w:r><w:fldChar w:fldCharType="end"/></w:r>')


@pytest.mark.parametrize("replacement,line,fields", [
    # tracked changes: inserted text is shown, deleted text is not
    ("<w:ins><w:r><w:t>Inserted.</w:t></w:r></w:ins><w:del><w:r><w:delText>Gone.</w:delText></w:r></w:del>",
     "Inserted.", []),
    # a simple field's result is text of its paragraph (python-docx alone dropped it)
    ('<w:fldSimple w:instr=" PAGE "><w:r><w:t>12</w:t></w:r></w:fldSimple><w:r><w:t> pages</w:t></w:r>',
     "12 pages", [(" PAGE ", "12")]),
    # a complex field: the code is not text, the result is
    (_FIELD_RUNS, "See Berman", [(' HYPERLINK "https://doi.org/10.1016/s0006-3223(99)00230-9" ', "Berman")]),
    # a content control wrapping runs
    ("<w:sdt><w:sdtContent><w:r><w:t>In a control.</w:t></w:r></w:sdtContent></w:sdt>", "In a control.", []),
])
def test_docx_runs_in_containers_and_fields(tmp_path: Path, replacement: str, line: str,
                                            fields: list[tuple[str, str]]) -> None:
    path = _rewrite_docx(tmp_path / "variant.docx", "word/document.xml",
                         lambda b: b.replace(_RUN.encode(), replacement.encode()))
    m = read_manuscript(path)
    assert m.line_text(2) == line
    assert m.line_text(3).startswith("Rapid responses")
    assert [(f.code, m.text[f.start:f.end]) for f in m.fields] == fields
