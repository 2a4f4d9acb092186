"""How an entry becomes a search document, and when two entries count as the same document."""

from __future__ import annotations

from search_corpus import seed_entries

from evidence.model import Entry
from evidence.search.schema import document, entry_hash, schema


def test_entry_hash_covers_key_type_and_fields() -> None:
    e = seed_entries()[0]
    assert entry_hash(e) == entry_hash(Entry(e.key, e.type, dict(reversed(e.fields.items()))))
    assert entry_hash(e) != entry_hash(Entry(e.key + "x", e.type, e.fields))
    assert entry_hash(e) != entry_hash(Entry(e.key, "inproceedings", e.fields))
    assert entry_hash(e) != entry_hash(Entry(e.key, e.type, {**e.fields, "note": "checked"}))


def test_document_fields() -> None:
    entry = Entry("x2020", "article", {
        "author": "Lançon, Christophe and others", "title": "A title", "journal": "Journal of Things",
        "shortjournal": "J Things", "year": "2020", "mesh": "Humans; Depression*", "keywords": "a, b; c",
        "pubtype": "Journal Article; Review", "note": "todo", "annote": "later", "abstract": " ",
    })
    assert document(entry, "d") == {
        "id": "x2020", "hash": "d", "key": "x2020", "title": "A title", "author": "Lançon, Christophe",
        "journal": "Journal of Things; J Things", "year": 2020, "keyword": "a; b; c", "mesh": "Humans; Depression",
        "type": "Journal Article; Review", "note": "todo later", "retracted": False,
        "has": "annote author journal keywords mesh note pubtype shortjournal title year",
    }
    assert set(document(entry, "d")) <= set(schema().names())
