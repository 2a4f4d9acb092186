"""Reading a manuscript into text with a line/column map; the only python-docx user.

Writers hand us whatever their editor saved: Markdown, LaTeX, plain text in some
legacy encoding, or Word. Everything becomes one ``str`` with ``\\n`` line ends so
citation offsets map back to the line and column the writer sees (in a .docx, a line
is a paragraph, and Word's citation fields are kept with their spans). Every failure is
a ``ManuscriptError`` carrying the path and a fix hint, never a traceback.
"""

from __future__ import annotations

import bisect
import io
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from evidence.errors import ManuscriptError
from evidence.word.body import WordField, walk_body

#: Refuse larger files: 10 MB is ~3,000 pages, far beyond any manuscript, and a
#: stray data file passed by mistake should fail fast rather than hang the check.
MAX_BYTES = 10_000_000
#: Refuse a .docx whose parts unpack to more: a manuscript's XML is a few MB, and python-docx
#: holds every part in memory (a 0.6 MB zip bomb unpacking to 200 MB took 2.1 GB and 3 minutes).
MAX_DOCX_UNPACKED = 50_000_000
_CHUNK = 1 << 20
_DOCX_HINT = "open it in Word or LibreOffice and save it again as .docx"

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
        last = first + len(self.line_text(line))
        end = min(max(end if end is not None else start, start), last)
        left, right = max(first, start - width), min(last, end + width)
        if left > first:
            space = self.text.find(" ", left, start)
            left = space + 1 if space != -1 else left
        if right < last:
            space = self.text.rfind(" ", end, right)
            right = space if space != -1 else right
        quote = " ".join(self.text[left:right].split())
        return ("\u2026" if left > first else "") + quote + ("\u2026" if right < last else "")

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


def _unreadable(path: Path, exc: BaseException) -> ManuscriptError:
    return ManuscriptError(f"not a readable .docx file ({exc.__class__.__name__})", hint=_DOCX_HINT, path=path)


def _check_unpacked_size(data: bytes, path: Path, limit: int) -> None:
    """Refuse a package that unpacks to more than ``limit`` bytes: the sizes its directory declares
    first (free), then the bytes themselves, inflated a chunk at a time and dropped, so a header
    that understates a part's size cannot smuggle more past the limit."""
    too_big = ManuscriptError(
        f"the .docx unpacks to more than {limit / 1e6:.0f} MB, far beyond any manuscript "
        "(a damaged file or a zip bomb)",
        hint="check the path; if it is the manuscript, open it in Word or LibreOffice and save it again", path=path)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            parts = package.infolist()
            if sum(info.file_size for info in parts) > limit:
                raise too_big
            total = 0
            for info in parts:
                with package.open(info) as part:
                    while chunk := part.read(_CHUNK):
                        total += len(chunk)
                        if total > limit:
                            raise too_big
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError, ValueError,
            OSError) as exc:  # corrupt, truncated, encrypted, or an unknown compression method
        raise _unreadable(path, exc) from exc


def _docx_text(data: bytes, path: Path) -> tuple[str, tuple[WordField, ...]]:
    """Paragraphs and table cells in document order, one paragraph per line, and the fields."""
    from docx import Document
    from lxml import etree  # type: ignore[import-untyped]  # python-docx's XML parser

    _check_unpacked_size(data, path, MAX_DOCX_UNPACKED)
    try:
        document = Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, etree.LxmlError) as exc:
        raise _unreadable(path, exc) from exc
    except Exception as exc:  # python-docx raises assorted package errors of its own
        raise ManuscriptError(f"not a readable .docx file ({exc})", hint=_DOCX_HINT, path=path) from exc
    text, fields = walk_body(document.element.body)
    return text.replace("\r", " "), fields  # (a \r only reaches here as a character reference)


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
    if data.startswith(b"PK\x03\x04"):
        if path.suffix.lower() not in ("", ".docx"):
            pass  # a zip with another suffix: still try, the docx reader gives the clear error
        text, fields = _docx_text(data, path)
        if not text.strip():
            raise ManuscriptError("the .docx document has no text", hint="check it is the right file", path=path)
        return Manuscript(text, "docx", path, "docx", fields)
    if path.suffix.lower() == ".docx":
        raise ManuscriptError("not a .docx file (it is not a zip package)",
                              hint="open it in Word or LibreOffice and save it again as .docx", path=path)
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ManuscriptError("this looks like a binary file, not a manuscript",
                              hint="pass a .txt, .md, .tex or .docx file", path=path)
    text, encoding = decode(data, path)
    text = _normalise_newlines(text)
    if not text.strip():
        raise ManuscriptError("the manuscript is empty", hint="save the document and try again", path=path)
    return Manuscript(text, kind_for(path, text), path, encoding)
