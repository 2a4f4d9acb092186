"""How an entry becomes a search document: the Whoosh schema, the document, and their version.

Both the index (to write documents) and the query parser (to know the fields) need the
schema; keeping it here lets neither import the other. ``SCHEMA_VERSION`` sits next to the
code it versions: the index stores it with its state and rebuilds when it differs.
"""

from __future__ import annotations

import re
from typing import Any

from whoosh.analysis import IDTokenizer
from whoosh.fields import BOOLEAN, ID, KEYWORD, NUMERIC, STORED, TEXT, Schema

from evidence.model import Entry, content_hash, fold
from evidence.search.analysis import id_analyzer, name_analyzer, pubtype_analyzer, text_analyzer

#: Bump whenever ``schema()`` or ``document()`` changes: the next refresh then rebuilds
#: from scratch instead of mixing old and new documents, and searches ask for a rebuild.
SCHEMA_VERSION = 2


def schema() -> Schema:
    """The fields of a document and how each is analysed."""
    stem = text_analyzer()
    return Schema(
        id=ID(unique=True, stored=True),  # the exact citation key: the update/delete handle
        hash=STORED(),  # content hash, to recover the hash table if our side file is lost
        key=TEXT(analyzer=id_analyzer(), phrase=False),
        title=TEXT(analyzer=stem, stored=True),
        abstract=TEXT(analyzer=stem, stored=True),
        author=TEXT(analyzer=name_analyzer(), stored=True),
        journal=TEXT(analyzer=stem, stored=True),
        year=NUMERIC(int, bits=32, stored=True),
        keyword=TEXT(analyzer=stem, stored=True),
        mesh=TEXT(analyzer=stem, stored=True),
        type=TEXT(analyzer=pubtype_analyzer(), stored=True),
        doi=TEXT(analyzer=id_analyzer(), phrase=False, stored=True),
        pmid=TEXT(analyzer=IDTokenizer(), phrase=False, stored=True),
        note=TEXT(analyzer=stem),
        retracted=BOOLEAN(stored=True),
        has=KEYWORD(lowercase=True, scorable=False),
    )


def entry_hash(entry: Entry) -> str:
    """Content hash of key, type and fields (sorted): equal hashes mean an equal document."""
    return content_hash(entry)


def _split_list(value: str) -> list[str]:
    return [p.strip() for p in re.split(r"[;,]", value) if p.strip()]


def document(entry: Entry, digest: str) -> dict[str, Any]:
    """How an entry is indexed; bump SCHEMA_VERSION when this changes."""
    people = entry.authors or entry.editors
    journal = entry.journal
    short = entry.text("shortjournal") or entry.text("journal-iso")
    if short and fold(short) != fold(journal):
        journal = f"{journal}; {short}" if journal else short
    mesh = "; ".join(t.strip().rstrip("*").strip() for t in entry.text("mesh").split(";") if t.strip())
    present = sorted(name for name, value in entry.fields.items() if value.strip())
    if entry.is_retracted:
        present.append("retraction")
    doc: dict[str, Any] = {
        "id": entry.key,
        "hash": digest,
        "key": entry.key,
        "title": entry.title,
        "abstract": entry.abstract,
        "author": "; ".join(p.display() for p in people if not p.is_others),
        "journal": journal,
        "keyword": "; ".join(_split_list(entry.text("keywords"))),
        "mesh": mesh,
        "type": entry.text("pubtype"),
        "doi": entry.doi,
        "pmid": entry.pmid,
        "note": " ".join(filter(None, (entry.text("note"), entry.text("annote")))),
        "retracted": entry.is_retracted,
        "has": " ".join(present),
    }
    if entry.year is not None:
        doc["year"] = entry.year
    return {k: v for k, v in doc.items() if v != ""}
