"""Decoding a library's bytes, and ``--encoding``, which confirms a guess but never contradicts the bytes."""

from __future__ import annotations

from pathlib import Path

from evidence.errors import LibraryError
from evidence.store import bibfile


def decode_library(data: bytes, encoding: str | None, path: Path) -> bibfile.Decoded:
    try:
        return bibfile.decode(data) if encoding is None else decode_as(data, encoding)
    except LibraryError as exc:
        exc.path = path
        raise


def decode_as(data: bytes, encoding: str) -> bibfile.Decoded:
    """``--encoding``: confirms a guessed encoding; never contradicts what the bytes prove (a BOM,
    strict-valid UTF-8 with non-ASCII text, or a coding header that decodes the file)."""
    encoding = bibfile.codec_name(encoding)
    decoded = bibfile.decode(data)
    if bibfile.codec_name(decoded.encoding) == encoding and not decoded.guessed:
        return decoded
    if not decoded.guessed and (decoded.bom or not data.isascii()):
        proof = ("its byte-order mark says" if decoded.bom else
                 "it is valid UTF-8" if bibfile.codec_name(decoded.encoding) == "utf-8" else "its coding header says")
        raise LibraryError(f"--encoding {encoding} contradicts the file: {proof} {decoded.encoding}; "
                           f"reading it as {encoding} would garble its text and writing would mix encodings",
                           hint="drop --encoding (it is only for files whose encoding had to be guessed)")
    try:
        text = data.decode(encoding)
    except (LookupError, UnicodeDecodeError) as exc:
        raise LibraryError(f"cannot decode as {encoding}: {exc}", hint="check --encoding") from None
    return bibfile.Decoded(text, encoding, b"", decoded.newline, False)
