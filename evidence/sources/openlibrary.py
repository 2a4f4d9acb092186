"""ISBNs to books through Open Library's Books API (``/api/books?bibkeys=ISBN:...&jscmd=data``), many per request.

``jscmd=data`` gives the authors' and publishers' names in the same answer (the edition records at
``/isbn/{isbn}.json`` name authors only by key, one more request each). Open Library answers with
one object per bib key it knows, keyed exactly as asked, and leaves out the ones it does not. The
base URL (``EVIDENCE_OPENLIBRARY_URL``) is the service's documented base, ``https://openlibrary.org``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from typing import Any

from evidence.errors import ServiceError
from evidence.fieldtext import latex_escape
from evidence.sources.found import Work
from evidence.sources.names import display_name
from evidence.sources.transport import Transport

__all__ = ["OPENLIBRARY_BATCH", "book_work", "isbn_works"]

OPENLIBRARY_BATCH = 50
_YEAR = re.compile(r"\b(1[5-9]\d\d|20\d\d)\b")


def _names(items: Any) -> list[str]:
    return [str(i.get("name", "")).strip() for i in items or [] if isinstance(i, Mapping) and i.get("name")]


def book_work(isbn: str, data: Mapping[str, Any]) -> Work:
    """One ``jscmd=data`` record as a ``@book``; the ISBN is the one asked for, as ISBN-13."""
    fields: dict[str, str] = {}

    def put(name: str, value: str, *, escape: bool = True) -> None:
        value = " ".join(value.split())
        if value:
            fields[name] = latex_escape(value) if escape else value

    authors = [n for n in (display_name(a) for a in _names(data.get("authors"))) if n]
    if authors:
        fields["author"] = " and ".join(authors)
    title, subtitle = str(data.get("title", "") or ""), str(data.get("subtitle", "") or "")
    put("title", f"{title.rstrip(': ')}: {subtitle}" if subtitle and subtitle.lower() not in title.lower() else title)
    years = _YEAR.findall(str(data.get("publish_date", "") or ""))
    put("year", years[-1] if years else "")
    put("publisher", (_names(data.get("publishers")) or [""])[0])
    put("address", (_names(data.get("publish_places")) or [""])[0])
    pages = data.get("number_of_pages")
    put("pagetotal", str(pages) if isinstance(pages, int) and pages > 0 else "")
    put("isbn", isbn, escape=False)
    put("url", str(data.get("url", "") or ""), escape=False)
    return Work("book", fields, "Open Library")


def _parse(body: bytes, asked: str) -> Mapping[str, Any]:
    try:
        answer = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        text = " ".join(body[:200].decode("utf-8", "replace").split())
        raise ServiceError(f"Open Library answered bibkeys={asked} with something that is not JSON: {text!r}",
                        hint="the service may be down or behind a proxy; try again later") from None
    if not isinstance(answer, Mapping):
        raise ServiceError(f"Open Library answered bibkeys={asked} with JSON that is not an object",
                        hint="the service may be down or behind a proxy; try again later")
    return answer


def isbn_works(transport: Transport, base_url: str, isbns: Sequence[str]) -> dict[str, Work | None]:
    """Each ISBN-13 -> its book, or None when Open Library has no edition with that ISBN."""
    unique = list(dict.fromkeys(isbns))
    out: dict[str, Work | None] = {}
    for i in range(0, len(unique), OPENLIBRARY_BATCH):
        chunk = unique[i : i + OPENLIBRARY_BATCH]
        asked = ",".join(f"ISBN:{isbn}" for isbn in chunk)

        def check(body: bytes, asked: str = asked) -> object:
            return _parse(body, asked)

        body = transport.call(f"{base_url.rstrip('/')}/api/books",
                              {"bibkeys": asked, "jscmd": "data", "format": "json"}, size=len(chunk), check=check)
        answer = _parse(body, asked)
        for isbn in chunk:
            data = answer.get(f"ISBN:{isbn}")
            out[isbn] = book_work(isbn, data) if isinstance(data, Mapping) and data.get("title") else None
    return out
