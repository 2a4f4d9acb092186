"""Every refusal a user can meet: one `Error:` line naming the file, exit 1, and the .bib byte-for-byte as it was."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from cli import cli

Setup = Callable[[Path], tuple[list[str], dict[str, str], str]]


def _deep_json(tmp: Path) -> tuple[list[str], dict[str, str], str]:
    (tmp / "deep.json").write_text("[" * 100_000, encoding="utf-8")
    return ["import", str(tmp / "deep.json")], {}, f"Error: {tmp / 'deep.json'}: not CSL-JSON: arrays or objects nested"


def _bad_types(tmp: Path) -> tuple[list[str], dict[str, str], str]:
    (tmp / "top.json").write_text(json.dumps(42), encoding="utf-8")
    return (["import", "--format", "csl-json", str(tmp / "top.json")], {},
            f"Error: {tmp / 'top.json'}: CSL-JSON must be an array of objects, not a number")


def _cache_is_a_file(tmp: Path) -> tuple[list[str], dict[str, str], str]:
    (tmp / "cachefile").write_text("", encoding="utf-8")
    return ["search", "ketamine"], {"EVIDENCE_CACHE_DIR": str(tmp / "cachefile")}, f"Error: {tmp / 'cachefile'}"


def _long_query(tmp: Path) -> tuple[list[str], dict[str, str], str]:
    return ["search", "k" * 3000], {}, "Error: query too long: 3,000 characters (the limit is 1,000)"


def _wrong_encoding(tmp: Path) -> tuple[list[str], dict[str, str], str]:
    (tmp / "one.bib").write_text("@article{x, title = {T}, year = 2000}\n", encoding="utf-8")
    return ["--encoding", "latin-1", "import", str(tmp / "one.bib")], {}, "Error: "


def _missing_manuscript(tmp: Path) -> tuple[list[str], dict[str, str], str]:
    return ["check", str(tmp / "nosuch.md")], {}, f"Error: {tmp / 'nosuch.md'}: no such file"


def _unknown_key(tmp: Path) -> tuple[list[str], dict[str, str], str]:
    return ["show", "nosuchkey"], {}, "Error: "


def _docx_not_a_zip(tmp: Path) -> tuple[list[str], dict[str, str], str]:
    (tmp / "draft.docx").write_bytes(b"PK\x03\x04 truncated")
    return ["check", str(tmp / "draft.docx")], {}, f"Error: {tmp / 'draft.docx'}: not a readable .docx file"


def _import_docx_not_a_zip(tmp: Path) -> tuple[list[str], dict[str, str], str]:
    (tmp / "draft.docx").write_bytes(b"just text")  # (word/docxfile reads it now, not check/)
    return (["import", "--format", "docx", str(tmp / "draft.docx")], {},
            f"Error: {tmp / 'draft.docx'}: not a .docx file (it is not a zip package)")


def _damaged_known_ids(tmp: Path) -> tuple[list[str], dict[str, str], str]:
    (tmp / "data").mkdir()
    (tmp / "data" / "known-ids.json").write_text("{not json", encoding="utf-8")
    return (["lint"], {"EVIDENCE_DATA_DIR": str(tmp / "data")},
            f"Error: {tmp / 'data' / 'known-ids.json'}: cannot read the known identifiers: ")


def _fulltext_field(tmp: Path) -> tuple[list[str], dict[str, str], str]:
    return ["search", "--fulltext", "author:john ketamine"], {}, 'Error: "author:" is not part of a full text'


CASES: dict[str, Setup] = {
    "deeply nested import": _deep_json, "import of a JSON number": _bad_types, "cache dir is a file": _cache_is_a_file,
    "over-long query": _long_query, "--encoding contradicting UTF-8": _wrong_encoding,
    "missing manuscript": _missing_manuscript, "unknown key": _unknown_key, "broken .docx": _docx_not_a_zip,
    "import of a .docx that is not a zip": _import_docx_not_a_zip,
    "damaged known-ids.json": _damaged_known_ids, "a library field in a full-text search": _fulltext_field,
}


@pytest.mark.parametrize("case", CASES)
def test_refusal_is_one_line_exit_1_and_the_bib_is_untouched(case: str, refs: Path, tmp_path: Path) -> None:
    args, env, start = CASES[case](tmp_path)
    before = refs.read_bytes()
    result = CliRunner().invoke(cli, ["-l", str(refs), *args], env={**os.environ, **env}, catch_exceptions=False)
    assert result.exit_code == 1
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith(start), result.stderr
    assert "internal error" not in result.stderr
    assert refs.read_bytes() == before


def test_a_hand_edit_that_leaves_a_head_line_loads_and_a_write_is_refused_with_its_line(tmp_path: Path) -> None:
    """The real fixture with an entry's head line typed before the next entry (a file that once failed to load
    at all): it loads, a write is refused naming the file and line, and the bytes stay as they were."""
    text = (Path(__file__).parent / "fixtures" / "bibtex" / "pybtex_percent_inside_entry.bib").read_text("utf-8")
    bib = tmp_path / "edited.bib"
    bib.write_text(text.replace("@article{Me2012", "@article{Me2011b\n@article{Me2012"), encoding="utf-8")
    ris = tmp_path / "one.ris"
    ris.write_text("TY  - JOUR\nAU  - Roe, Richard\nTI  - A new study\nPY  - 2021\nER  - \n", encoding="utf-8")
    before = bib.read_bytes()
    result = CliRunner().invoke(cli, ["-l", str(bib), "import", str(ris)], catch_exceptions=False)
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.splitlines()[-1].startswith(f"Error: {bib}:12: 1 problem(s) in the file (first: block could "
                                                     f"not be parsed")
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr
    assert bib.read_bytes() == before
