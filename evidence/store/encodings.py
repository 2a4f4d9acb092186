"""A library's bytes to text and back without loss, and ``--encoding``, which confirms a guess but never
contradicts the bytes."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from pathlib import Path

from evidence.errors import LibraryError

_ENCODING_HEADER = re.compile(rb"%\s*Encoding\s*:\s*([A-Za-z0-9_.:-]+)|-\*-.*?coding:\s*([A-Za-z0-9_.:-]+)")


@dataclass
class Decoded:
    text: str
    encoding: str
    bom: bytes
    newline: str
    guessed: bool  # the encoding was a guess (not UTF-8, no BOM, no header)


def decode(data: bytes) -> Decoded:
    """Bytes to text without loss: BOM, then strict UTF-8, then a ``% Encoding:`` header, then cp1252."""
    bom, encoding, guessed = b"", "utf-8", False
    for mark, enc in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                      (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(mark):
            bom, encoding = mark, enc
            break
    body = data[len(bom):]
    if not bom and b"\x00" in body[:4096]:
        raise LibraryError("this looks like a binary file, not BibTeX",
                           hint="check the path, or give the .bib file with --library")
    try:
        text = body.decode(encoding)
    except UnicodeDecodeError as exc:
        if bom:
            raise LibraryError(f"not valid {encoding} despite its byte-order mark (byte {exc.start})",
                               hint="re-save the file in one encoding") from None
        header = _ENCODING_HEADER.search(body[:2000])
        declared = codec_name((header.group(1) or header.group(2)).decode("ascii")) if header else ""
        for enc in ([declared] if declared else []) + ["cp1252", "latin-1"]:
            try:
                codecs.lookup(enc)
                text = body.decode(enc)
            except (LookupError, UnicodeDecodeError):
                continue
            # only a header that names the encoding that worked counts as a confirmation
            encoding, guessed = enc, not declared or codec_name(enc) != declared
            break
    crlf = text.count("\r\n") if "\r" in text else 0  # (a search for one character is far quicker)
    newline = "\r\n" if crlf and crlf >= text.count("\n") - crlf else "\n"
    return Decoded(text, encoding, bom, newline, guessed)


def codec_name(name: str) -> str:
    """Python's name for an encoding as people write it (``latin-9`` -> ``iso8859-15``); the name
    unchanged when Python does not know it (the caller reports that)."""
    name = re.sub(r"-(unix|dos|mac)$", "", name.strip(), flags=re.I)  # Emacs line-ending suffixes
    for candidate in (name, name.replace("-", ""), name.replace("-", "_")):
        try:
            return codecs.lookup(candidate).name
        except LookupError:
            continue
    return name


def encode(text: str, decoded: Decoded) -> bytes:
    """Text back to bytes in the file's own encoding and BOM."""
    try:
        return decoded.bom + text.encode(decoded.encoding)
    except UnicodeEncodeError as exc:
        raise LibraryError(
            f"character {text[exc.start]!r} cannot be written in this file's encoding ({decoded.encoding})",
            hint="convert the file to UTF-8, or use a LaTeX escape for the character",
        ) from None




def decode_library(data: bytes, encoding: str | None, path: Path) -> Decoded:
    try:
        return decode(data) if encoding is None else decode_as(data, encoding)
    except LibraryError as exc:
        exc.path = path
        raise


def decode_as(data: bytes, encoding: str) -> Decoded:
    """``--encoding``: confirms a guessed encoding; never contradicts what the bytes prove (a BOM,
    strict-valid UTF-8 with non-ASCII text, or a coding header that decodes the file)."""
    encoding = codec_name(encoding)
    decoded = decode(data)
    if codec_name(decoded.encoding) == encoding and not decoded.guessed:
        return decoded
    if not decoded.guessed and (decoded.bom or not data.isascii()):
        proof = (f"its byte-order mark says {decoded.encoding}" if decoded.bom else
                 "it is valid UTF-8" if codec_name(decoded.encoding) == "utf-8" else
                 f"its coding header says {decoded.encoding}")
        raise LibraryError(f"--encoding {encoding} contradicts the file: {proof}; "
                           f"reading it as {encoding} would garble its text and writing would mix encodings",
                           hint="drop --encoding (it is only for files whose encoding had to be guessed)")
    try:
        text = data.decode(encoding)
    except (LookupError, UnicodeDecodeError) as exc:
        raise LibraryError(f"cannot decode as {encoding}: {exc}", hint="check --encoding") from None
    return Decoded(text, encoding, b"", decoded.newline, False)
