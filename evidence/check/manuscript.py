"""Reading a manuscript into text with a line/column map (a .docx through ``word/docxfile.py``).

Writers hand us whatever their editor saved: Markdown, LaTeX, plain text in some
legacy encoding, or Word. Everything becomes one ``str`` with ``\\n`` line ends so
citation offsets map back to the line and column the writer sees (in a .docx, a line
is a paragraph, and Word's citation fields are kept with their spans). Every failure is
a ``ManuscriptError`` carrying the path and a fix hint, never a traceback.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from pathlib import Path

from evidence.errors import ManuscriptError
from evidence.word.body import WordField, quote
from evidence.word.docxfile import read_docx

#: Refuse larger files: 10 MB is ~3,000 pages, far beyond any manuscript, and a
#: stray data file passed by mistake should fail fast rather than hang the check.
MAX_BYTES = 10_000_000

KINDS = ("text", "markdown", "latex", "docx")
_SUFFIX_KIND = {
    ".md": "markdown", ".markdown": "markdown", ".mdown": "markdown", ".rmd": "markdown",
    ".qmd": "markdown", ".pandoc": "markdown",
    ".tex": "latex", ".ltx": "latex", ".latex": "latex",
    ".docx": "docx",
    ".txt": "text", ".text": "text",
}
# Control characters that never occur in prose; their presence means a wrong decode.
_BAD_CONTROLS = {chr(c) for c in range(32) if chr(c) not in "\t\n\r\f"} | {"\x7f"}


@dataclass(frozen=True)
class Manuscript:
    """A manuscript's text (``\\n`` line ends), its kind, and where it came from."""

    text: str
    kind: str = "text"
    path: Path | None = None
    encoding: str = "utf-8"
    fields: tuple[WordField, ...] = ()  # a .docx's fields (citations, bibliographies), spans in ``text``
    _line_starts: tuple[int, ...] = field(default=(), init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown manuscript kind {self.kind!r}")
        starts = [0]
        find = self.text.find
        pos = find("\n")
        while pos != -1:
            starts.append(pos + 1)
            pos = find("\n", pos + 1)
        object.__setattr__(self, "_line_starts", tuple(starts))

    @classmethod
    def from_text(cls, text: str, kind: str = "text", path: Path | str | None = None) -> Manuscript:
        """A manuscript from a string (line ends normalised), for callers that already hold text."""
        return cls(_normalise_newlines(text), kind, Path(path) if path is not None else None)

    @property
    def line_count(self) -> int:
        return len(self._line_starts)

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a character offset; for .docx a line is a paragraph."""
        index = bisect.bisect_right(self._line_starts, offset) - 1
        return index + 1, offset - self._line_starts[index] + 1

    def line_text(self, line: int) -> str:
        """The text of a 1-based line, without its newline."""
        start = self._line_starts[line - 1]
        end = self._line_starts[line] - 1 if line < len(self._line_starts) else len(self.text)
        return self.text[start:end]

    def context(self, start: int, end: int | None = None, width: int = 30) -> str:
        """A short quote around ``start:end`` within its line, cut at word boundaries, with ellipses."""
        line, _ = self.position(start)
        first = self._line_starts[line - 1]
        return quote(self.text, first, first + len(self.line_text(line)), start, start if end is None else end, width)

    def location(self, start: int, end: int | None = None) -> str:
        """Where an offset is, as the writer finds it: ``line 2:129``, or in a .docx (where lines wrap
        and are not numbered) ``paragraph 2, "...context..."``."""
        line, column = self.position(start)
        if self.kind != "docx":
            return f"line {line}:{column}"
        return f'paragraph {line}, "{self.context(start, end)}"'


def _normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


def kind_for(path: Path, text: str | None = None) -> str:
    """The manuscript kind from the suffix, else sniffed from the text."""
    kind = _SUFFIX_KIND.get(path.suffix.lower())
    if kind:
        return kind
    if text is not None:
        head = text[:20000]
        if "\\documentclass" in head or "\\begin{document}" in head or "\\cite" in head:
            return "latex"
        if "[@" in head or head.lstrip().startswith(("# ", "---\n")):
            return "markdown"
    return "text"


def decode(data: bytes, path: Path | None = None) -> tuple[str, str]:
    """Bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, else clean cp1252.

    cp1252 is tried last and only accepted when it decodes without undefined bytes
    or control characters, so a binary file is reported rather than shown as mojibake.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        candidates = ["utf-8-sig"]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        candidates = ["utf-16"]
    else:
        candidates = ["utf-8", "cp1252"]
    for encoding in candidates:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if any(c in _BAD_CONTROLS for c in text[:65536]) or (
            len(text) > 65536 and any(c in _BAD_CONTROLS for c in text)
        ):
            continue
        return text, encoding
    raise ManuscriptError(
        "cannot decode the manuscript as text (tried UTF-8, UTF-16 with BOM, cp1252)",
        hint="save it as UTF-8 text, Markdown, LaTeX or .docx",
        path=path,
    )


def read_manuscript(path: Path | str, *, max_bytes: int = MAX_BYTES) -> Manuscript:
    """Read a manuscript file; raise ``ManuscriptError`` (with path and hint) if it is unusable."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise ManuscriptError("is a directory, not a manuscript", hint="pass the manuscript file", path=path)
        if size > max_bytes:
            raise ManuscriptError(
                f"the file is {size / 1e6:.1f} MB; manuscripts over {max_bytes / 1e6:.0f} MB are refused",
                hint="check the path; split the file or pass the text of the manuscript only",
                path=path,
            )
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise ManuscriptError("no such file", hint="check the path", path=path) from exc
    except PermissionError as exc:
        raise ManuscriptError("permission denied", hint="check the file's permissions", path=path) from exc
    except IsADirectoryError as exc:
        raise ManuscriptError("is a directory, not a manuscript", hint="pass the manuscript file", path=path) from exc
    except OSError as exc:
        raise ManuscriptError(f"cannot read the file ({exc.strerror})", path=path) from exc
    return parse_manuscript(data, path)


def parse_manuscript(data: bytes, path: Path) -> Manuscript:
    """Bytes of a manuscript file to a ``Manuscript`` (the pure half of ``read_manuscript``)."""
    if not data.strip():
        raise ManuscriptError("the manuscript is empty", hint="save the document and try again", path=path)
    if data.startswith(b"%PDF"):
        raise ManuscriptError("this is a PDF, which cannot be checked",
                              hint="export the manuscript as .docx, Markdown or plain text", path=path)
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise ManuscriptError("this is an old Word .doc (or other OLE) file",
                              hint="save it as .docx in Word or LibreOffice", path=path)
    if data.startswith(b"PK\x03\x04") or path.suffix.lower() == ".docx":  # (a zip of another suffix: still try)
        body = read_docx(data, path)
        return Manuscript(body.text, "docx", path, "docx", body.fields)
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ManuscriptError("this looks like a binary file, not a manuscript",
                              hint="pass a .txt, .md, .tex or .docx file", path=path)
    text, encoding = decode(data, path)
    text = _normalise_newlines(text)
    if not text.strip():
        raise ManuscriptError("the manuscript is empty", hint="save the document and try again", path=path)
    return Manuscript(text, kind_for(path, text), path, encoding)
