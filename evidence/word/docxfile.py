"""Reading a .docx file into its Word body: the unpacked-size guard, then python-docx (its only user).

Moved here from ``check/manuscript.py`` so that both readers of a .docx, the checker (through
``check/manuscript.py``) and ``evidence import draft.docx`` (``fields.docx_entries``), use one reader
that lives below them both, and word/ imports nothing from check/. Every failure is a
``ManuscriptError`` carrying the path and a fix hint.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from pathlib import Path

from evidence.errors import ManuscriptError
from evidence.word.body import WordBody, WordField, walk_body

__all__ = ["MAX_DOCX_UNPACKED", "read_docx"]

#: Refuse a .docx whose parts unpack to more: a manuscript's XML is a few MB, and python-docx
#: holds every part in memory (a 0.6 MB zip bomb unpacking to 200 MB took 2.1 GB and 3 minutes).
MAX_DOCX_UNPACKED = 50_000_000
_CHUNK = 1 << 20
_DOCX_HINT = "open it in Word or LibreOffice and save it again as .docx"


def read_docx(data: bytes, path: Path) -> WordBody:
    """The body of a .docx file's bytes: paragraphs and table cells in document order, one paragraph
    per line, and the fields; ``ManuscriptError`` when it is no zip package, no readable .docx, or empty."""
    if not data.startswith(b"PK\x03\x04"):
        raise ManuscriptError("not a .docx file (it is not a zip package)", hint=_DOCX_HINT, path=path)
    text, fields = _docx_text(data, path)
    if not text.strip():
        raise ManuscriptError("the .docx document has no text", hint="check it is the right file", path=path)
    return WordBody(text, fields)


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
