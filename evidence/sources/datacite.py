"""DataCite REST (JSON:API) records -> biblatex ``@dataset``/``@software`` (or the closest type) and fields."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from evidence.fieldtext import bib_name, latex_escape, organisation

__all__ = ["datacite_fields"]

_TYPES = {"dataset": "dataset", "software": "software", "computationalnotebook": "software",
          "text": "misc", "journalarticle": "article", "book": "book", "bookchapter": "incollection",
          "dissertation": "phdthesis", "report": "techreport", "preprint": "misc", "conferencepaper": "inproceedings"}


def _name(creator: Mapping[str, Any]) -> str:
    family = str(creator.get("familyName", "") or "").strip()
    if family and creator.get("nameType", "Personal") == "Personal":
        return bib_name(family, str(creator.get("givenName", "") or ""))
    name = str(creator.get("name", "") or "").strip()
    return organisation(name) if name else ""


def datacite_fields(document: Mapping[str, Any]) -> tuple[str, dict[str, str]]:
    """``(entry type, fields)`` for a DataCite ``/dois/{doi}`` answer; empty values are left out."""
    data = document.get("data")
    attrs: Mapping[str, Any] = data.get("attributes", {}) if isinstance(data, Mapping) else {}
    types = attrs.get("types")
    types = types if isinstance(types, Mapping) else {}
    general = str(types.get("resourceTypeGeneral", "") or "").lower()
    kind = _TYPES.get(general, "misc")
    fields: dict[str, str] = {}

    def put(name: str, value: object, *, escape: bool = True) -> None:
        text = " ".join(str(value or "").split()) if name != "abstract" else str(value or "").strip()
        if text:
            fields[name] = latex_escape(text) if escape else text

    creators = [_name(c) for c in attrs.get("creators") or [] if isinstance(c, Mapping)]
    put("author", " and ".join(c for c in creators if c), escape=False)
    titles = [t for t in attrs.get("titles") or [] if isinstance(t, Mapping) and not t.get("titleType")]
    put("title", titles[0].get("title", "") if titles else "")
    put("year", attrs.get("publicationYear", ""))
    publisher = attrs.get("publisher")
    put("publisher", publisher.get("name", "") if isinstance(publisher, Mapping) else publisher)
    put("version", attrs.get("version", ""))
    put("doi", attrs.get("doi", ""), escape=False)
    abstracts = [d.get("description", "") for d in attrs.get("descriptions") or []
                 if isinstance(d, Mapping) and d.get("descriptionType") == "Abstract"]
    paragraphs = re.split(r"\n\s*\n", str(abstracts[0] or "")) if abstracts else []
    put("abstract", "\n".join(" ".join(p.split()) for p in paragraphs if p.strip()))  # hard-wrapped lines joined
    return kind, fields
