"""Safe parsing of NCBI answer bodies (XML and JSON) into trees; every failure becomes an NCBIError."""

from __future__ import annotations

import json
import re
from typing import Any
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from evidence.errors import NCBIError

__all__ = ["HINT", "SPACES", "looks_json", "local", "parse_json", "parse_xml", "text", "xml_errors"]

SPACES = re.compile(r"\s+")
HINT = "NCBI may be having trouble; try again later or run with --offline to use the cache"


def text(el: Element | None) -> str:
    """All descendant text, whitespace collapsed (keeps words inside <i>, <sub>, MathML)."""
    if el is None:
        return ""
    return SPACES.sub(" ", "".join(el.itertext())).strip()


def local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def parse_xml(xml: bytes, what: str) -> Element:
    """Parse bytes into an element, turning every failure into NCBIError with a clear cause."""
    body = xml.lstrip(b"\xef\xbb\xbf").strip()
    if not body:
        raise NCBIError(f"NCBI returned an empty {what} body", hint=HINT)
    head = body[:512].lower()
    if head.startswith(b"<!doctype html") or head.startswith(b"<html") or b"<html" in head:
        title = re.search(rb"<title>(.*?)</title>", body[:4096], re.I | re.S)
        detail = f" ({SPACES.sub(' ', title.group(1).decode('utf-8', 'replace')).strip()})" if title else ""
        raise NCBIError(f"NCBI returned an HTML page instead of {what} XML{detail}", hint=HINT)
    try:
        return fromstring(body)  # type: ignore[no-any-return]
    except ParseError as exc:
        raise NCBIError(f"NCBI returned truncated or malformed {what} XML: {exc}", hint=HINT) from exc
    except DefusedXmlException as exc:
        raise NCBIError(f"refused unsafe XML in the {what} answer: {exc}") from exc
    except RecursionError:
        raise NCBIError(f"refused the {what} XML answer: nested too deeply", hint=HINT) from None


def xml_errors(root: Element) -> list[str]:
    """The texts of every ``<ERROR>`` element (NCBI's in-band error reports)."""
    return [text(e) for e in root.iter("ERROR") if text(e)]


def looks_json(body: bytes) -> bool:
    return body.lstrip(b"\xef\xbb\xbf").lstrip()[:1] in (b"{", b"[")


def parse_json(body: bytes, what: str) -> dict[str, Any]:
    """A JSON object, or NCBIError for bodies that are truncated, not an object, or nested absurdly deep."""
    try:
        data = json.loads(body.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise NCBIError(f"NCBI returned truncated or malformed {what} JSON: {exc}", hint=HINT) from exc
    except RecursionError:
        raise NCBIError(f"refused the {what} JSON answer: nested too deeply", hint=HINT) from None
    if not isinstance(data, dict):
        raise NCBIError(f"unexpected {what} JSON: not an object", hint=HINT)
    return data
