"""The format registry: detect a file's format, read any supported format, write any output.

Readable: ``bibtex``, ``ris``, ``csl-json``, ``medline`` (.nbib) and ``pubmed-xml``, and ``docx``
(a Word manuscript's citation fields) through a reader the caller hands in: Word lives in
:mod:`evidence.word`, which imports formats (CSL-JSON) and never the reverse. Writable:
``bibtex``, ``ris``, ``csl-json`` (data) and ``text``, ``markdown``, ``html`` (a bibliography in
a citation style). Detection trusts the content over the extension, because people save RIS
as ``.bib`` and MEDLINE as ``.txt``; the extension only decides when the content is ambiguous.

Round trips (``read(write(x)) == x``, tested) hold, after LaTeX decoding, on:

* ``bibtex``: every field, type and key (entries from the library are written as their exact
  original text when a ``raw_text`` callable is given);
* ``csl-json``: type (for the mapped types), key, author/editor, title, journal/booktitle,
  shortjournal, series, year, month, volume, number, pages, doi, pmid, pmcid, isbn, issn, url,
  publisher, address, edition, abstract, keywords, language, shorttitle, note;
* ``ris``: see :mod:`evidence.formats.ris` (the same set minus series-level and day detail).

Text, Markdown and HTML are output only; MEDLINE and PubMed XML are input only. Each format
lives in its own module (bibtex, ris, medline, pubmedxml, csljson, styles); every reader returns
its entries plus one-line warnings about values it left out (see :mod:`evidence.formats.validate`).
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from evidence.errors import FormatError
from evidence.formats import bibtex, csljson, medline, pubmedxml, ris, styles
from evidence.model import Entry

__all__ = [
    "DATA_FORMATS",
    "INPUT_FORMATS",
    "OUTPUT_FORMATS",
    "ReadResult",
    "Reader",
    "detect_format",
    "read_bytes",
    "read_file",
    "read_path",
    "write_entries",
]

# What each input is called in the "cannot tell the format" hint: detection and the hint read one table.
_INPUTS = {
    "bibtex": "BibTeX (.bib)", "ris": "RIS (.ris)", "csl-json": "CSL-JSON (.json)", "medline": "MEDLINE (.nbib)",
    "pubmed-xml": "PubMed XML (.xml)", "docx": "Word (.docx) with Zotero, Mendeley or EndNote citations",
}
INPUT_FORMATS = tuple(_INPUTS)
DATA_FORMATS = ("bibtex", "ris", "csl-json")
OUTPUT_FORMATS = DATA_FORMATS + styles.OUTPUTS
_EXTENSIONS = {
    ".bib": "bibtex", ".bibtex": "bibtex", ".biblatex": "bibtex",
    ".ris": "ris",
    ".json": "csl-json", ".csljson": "csl-json",
    ".nbib": "medline", ".medline": "medline",
    ".xml": "pubmed-xml",
    ".docx": "docx",
}
_BIB_ENTRY = re.compile(r"^\s*@[A-Za-z]+\s*[{(]", re.M)
_ZIP = b"PK\x03\x04"  # a zip package: of our inputs only a .docx is one

# A reader of a format this module does not read itself (``docx``): bytes and path -> entries, warnings.
Reader = Callable[[bytes, Path | str | None], tuple[list[Entry], list[str]]]


@dataclass
class ReadResult:
    """What a file held: its format, the entries (keys may be ``""``) and non-fatal warnings."""

    path: Path | None
    format: str
    entries: list[Entry]
    warnings: list[str] = field(default_factory=list)


def detect_format(data: bytes, path: Path | str | None = None) -> str:
    """The input format of ``data``: content first, then the file extension."""
    if data.startswith(_ZIP):  # a Word manuscript whose citation fields hold the works
        return "docx"
    head = _sniff(data[:65536]).lstrip("\ufeff").lstrip()
    if head.startswith("<"):
        if re.search(r"<(PubmedArticleSet|PubmedArticle|PubmedBookArticle)\b", head):
            return "pubmed-xml"
        raise FormatError("this XML file is not PubMed XML", path=path, line=1,
                          hint="save from PubMed as XML, or use the efetch answer (retmode=xml)")
    if head.startswith(("[", "{")):
        return "csl-json"
    if ris.looks_like_ris(head) or re.match(r"^[A-Z][A-Z0-9]  - ", head):
        return "ris"  # a record without its TY line still gets RIS's own, precise error
    if medline.looks_like_medline(head):
        return "medline"
    if _BIB_ENTRY.search(head):
        return "bibtex"
    suffix = Path(path).suffix.lower() if path is not None else ""
    if suffix in _EXTENSIONS and not head:
        return _EXTENSIONS[suffix]
    raise FormatError(
        "cannot tell the format of this file",
        path=path,
        hint="supported inputs: " + ", ".join(_INPUTS.values()),
    )


def _sniff(data: bytes) -> str:
    """Enough of the text to recognise a format; never fails on encoding."""
    for mark, encoding in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(mark):
            return data[len(mark):].decode(encoding, errors="replace")
    return data.decode("utf-8", errors="replace")


def _decode(data: bytes, path: Path | str | None) -> str:
    """UTF-8 (or a BOM's UTF-16); a bad byte is a FormatError naming its line."""
    for mark, encoding in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(mark):
            return data[len(mark):].decode(encoding)
    if b"\x00" in data[:4096]:
        raise FormatError("this looks like a binary file, not a bibliography", path=path,
                          hint="check the file name")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise FormatError(
            f"not valid UTF-8 (byte 0x{data[exc.start]:02x})",
            path=path,
            line=line,
            hint="re-save the file as UTF-8 (most tools offer it in the export dialog)",
        ) from None


def read_bytes(data: bytes, path: Path | str | None = None, fmt: str | None = None, *,
               readers: Mapping[str, Reader] | None = None) -> ReadResult:
    """Parse ``data`` (from ``path``, for messages and extension) as ``fmt`` or the detected format.

    ``readers`` brings the readers of formats a higher layer owns (``docx``: ``evidence.word.fields.READERS``),
    so this module detects a Word manuscript without importing Word's package."""
    fmt = fmt or detect_format(data, path)
    if fmt not in INPUT_FORMATS:
        raise FormatError(f"cannot read format {fmt!r}", path=path, hint="readable: " + ", ".join(INPUT_FORMATS))
    where = Path(path) if path else None
    if fmt == "bibtex":
        return ReadResult(where, fmt, *bibtex.read(data, path))
    if fmt == "pubmed-xml":
        return ReadResult(where, fmt, *pubmedxml.read(data, path))
    if fmt == "docx":
        if readers is None or fmt not in readers:
            raise FormatError("a Word .docx needs the Word reader, which this call was not given", path=path,
                              hint="pass readers=evidence.word.fields.READERS (as `evidence import` does)")
        return ReadResult(where, fmt, *readers[fmt](data, path))
    text = _decode(data, path)
    if fmt == "ris":
        return ReadResult(where, fmt, *ris.read(text, path))
    if fmt == "medline":
        return ReadResult(where, fmt, *medline.read(text, path))
    return ReadResult(where, fmt, *csljson.read_csl_json(text, path))


def read_path(path: Path | str, fmt: str | None = None, *, readers: Mapping[str, Reader] | None = None) -> ReadResult:
    """Read a file from disk (missing or unreadable files are a FormatError too); ``readers`` as in read_bytes."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise FormatError("file not found", path=path, hint="check the path") from None
    except IsADirectoryError:
        raise FormatError("is a directory", path=path, hint="give the files inside it") from None
    except OSError as exc:
        raise FormatError(f"cannot read: {exc.strerror}", path=path) from None
    if not data.strip():
        raise FormatError("the file is empty", path=path, hint="export the records again")
    return read_bytes(data, path, fmt, readers=readers)


def read_file(path: Path | str, fmt: str | None = None, *, readers: Mapping[str, Reader] | None = None) -> list[Entry]:
    """The entries of any supported file (keys are ``""`` where the format has none)."""
    return read_path(path, fmt, readers=readers).entries


def write_entries(
    entries: Iterable[Entry],
    fmt: str,
    *,
    ascii: bool = False,
    raw_text: Callable[[str], str] | None = None,
    style: str = "apa",
    sort: str = "style",
) -> str:
    """Entries as ``fmt`` (one of OUTPUT_FORMATS).

    ``bibtex``: each entry's exact source text from ``raw_text(key)`` when given (the library's
    bytes, comments inside the entry and all), else a fresh serialisation; ``ascii`` turns
    non-ASCII characters into LaTeX escapes. ``csl-json``: ``ascii`` writes ``\\u`` escapes.
    ``text``/``markdown``/``html``: a bibliography in ``style`` (see :func:`styles.format_bibliography`);
    ``html`` is a standalone UTF-8 page with a hanging indent.
    """
    items = list(entries)
    if fmt == "bibtex":
        return bibtex.dumps(items, ascii=ascii, raw_text=raw_text)
    if fmt == "ris":
        return ris.dumps(items)
    if fmt == "csl-json":
        return csljson.dump_csl_json(items, ascii=ascii)
    if fmt == "html":  # a file a writer opens or prints: a whole page, not a fragment
        return styles.html_page(styles.format_bibliography(items, style, fmt, sort))
    if fmt in styles.OUTPUTS:
        return styles.format_bibliography(items, style, fmt, sort)
    raise FormatError(f"unknown export format {fmt!r}", hint="use one of " + ", ".join(OUTPUT_FORMATS))
