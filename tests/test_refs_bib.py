"""The default library ``refs.bib`` holds exactly the verified facts of the seed citations.

``tests/fixtures/seed-citations.json`` is a byte copy of the curated fact sheet. Each fact has a
status: V (seen in a primary record) or V2 (seen in secondary sources) go into refs.bib, anything
else (U, "none expected", "not seen", ...) stays out, so that ``evidence enrich`` fills it from
PubMed. Every value is compared after LaTeX decoding, so brace protection such as ``{N}`` and
escapes such as ``\\%`` are allowed, but a changed character is not.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from pathlib import Path

import bibtexparser
import pytest
from bibtexparser.model import Entry as BibEntry
from bibtexparser.model import ImplicitComment

from evidence.latex import to_text
from evidence.model import parse_name, split_names

TESTS = Path(__file__).resolve().parent
REFS = TESTS.parent / "refs.bib"
SEED = TESTS / "fixtures" / "seed-citations.json"
SHARED_SEED = Path("/work/shared/data/seed-citations.json")

# JSON field -> BibTeX field, in the order the fields appear in every entry.
FIELD_MAP = {
    "authors": "author",
    "title": "title",
    "journal": "journal",
    # "shortjournal" (biblatex) comes from journal.iso_abbrev, see expected_fields()
    "year": "year",
    "month": "month",
    "volume": "volume",
    "number": "number",
    "pages": "pages",
    "eid": "eid",
    "issn": "issn",
    "doi": "doi",
    "pmid": "pmid",
    "pmcid": "pmcid",
    "keywords": "keywords",
    "abstract": "abstract",
}
FIELD_ORDER = ["author", "title", "journal", "shortjournal", "year", "month", "volume", "number",
               "pages", "eid", "issn", "doi", "pmid", "pmcid", "keywords", "abstract"]

# JSON keys that are not bibliographic facts of the work:
# - suggested_key / entry_type / cited_as / note / sources describe the entry, the citing
#   article, or where the facts were seen (`cited_as` may deliberately disagree with the facts);
# - publication_type is a free-text study-design description. BibTeX has no field for it, and
#   the model's `pubtype` field is reserved for PubMed's controlled PublicationType list
#   (retraction detection, type filters), which `evidence enrich` fills.
NOT_FIELDS = {"suggested_key", "entry_type", "cited_as", "note", "sources", "publication_type"}

# Values compared character for character, without LaTeX decoding.
VERBATIM = {"year", "volume", "number", "pages", "eid", "issn", "doi", "pmid", "pmcid"}
MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"}
UNESCAPED_SPECIAL = re.compile(r"(?<!\\)[%&#_$]")


def accepted(status: str) -> bool:
    """V or V2, possibly followed by a parenthetical or qualification."""
    return re.match(r"V2?\b", status) is not None


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()


def unbrace(raw: str) -> str:
    assert raw.startswith("{") and raw.endswith("}"), f"value not braced: {raw!r}"
    return raw[1:-1]


def load_seed() -> list[dict]:
    return json.loads(SEED.read_text(encoding="utf-8"))["works"]


def expected_authors(fact: dict) -> list[str]:
    names = list(fact["value"])
    # "V for the first author only ...; the rest of the list is U": the known names, then
    # BibTeX's `others` (rendered "et al."), so no style prints a one-author work.
    if re.search(r"rest of the list is U", fact["status"]):
        names.append("others")
    return names


def expected_fields(work: dict) -> dict[str, object]:
    """BibTeX field -> expected value (plain Unicode; a list of names for `author`)."""
    unknown = set(work) - set(FIELD_MAP) - NOT_FIELDS
    assert not unknown, f"{work['suggested_key']}: JSON fields with no decision yet: {unknown}"
    out: dict[str, object] = {}
    for name, bibname in FIELD_MAP.items():
        fact = work.get(name)
        if fact is None or fact.get("value") is None or not accepted(fact["status"]):
            continue
        value = fact["value"]
        if name == "authors":
            value = expected_authors(fact)
        elif name == "keywords":
            value = ", ".join(value)
        elif name == "abstract" and fact.get("structured"):
            value = " ".join(f"{label}: {text}" for label, text in value)
        else:
            value = str(value)
        out[bibname] = value
        if name == "journal" and fact.get("iso_abbrev") and "abbreviation U" not in fact["status"]:
            out["shortjournal"] = fact["iso_abbrev"]
    return out


def unverified_values(work: dict) -> list[str]:
    """Non-null values the JSON marks as not verified: none may appear in refs.bib."""
    values = []
    for fact in work.values():
        if not isinstance(fact, dict) or "status" not in fact:
            continue
        if fact.get("iso_abbrev") and "abbreviation U" in fact["status"]:
            values.append(fact["iso_abbrev"])
        if fact.get("value") is not None and not accepted(fact["status"]):
            value = fact["value"]
            values.extend(value if isinstance(value, list) else [str(value)])
    return values


@pytest.fixture(scope="module")
def text() -> str:
    data = REFS.read_bytes()
    assert not data.startswith(b"\xef\xbb\xbf"), "refs.bib must not start with a BOM"
    assert b"\r" not in data, "refs.bib must use LF line endings only"
    return data.decode("utf-8")  # strict: raises on invalid UTF-8


@pytest.fixture(scope="module")
def library(text: str) -> bibtexparser.Library:
    return bibtexparser.parse_string(text, parse_stack=[])  # raw values, enclosures kept


@pytest.fixture(scope="module")
def entries(library: bibtexparser.Library) -> dict[str, BibEntry]:
    return {entry.key: entry for entry in library.entries}


def raw_fields(entry: BibEntry) -> dict[str, str]:
    return {field.key: field.value for field in entry.fields}


WORKS = load_seed()
KEYS = [work["suggested_key"] for work in WORKS]


def test_fixture_is_a_byte_copy_of_the_shared_seed() -> None:
    if not SHARED_SEED.exists():
        pytest.skip("shared data not mounted")
    assert SEED.read_bytes() == SHARED_SEED.read_bytes()


def test_file_encoding_and_layout(text: str) -> None:
    assert text.endswith("}\n") and not text.endswith("\n\n"), "exactly one trailing newline"
    assert "\t" not in text
    assert not re.search(r"[ ]+$", text, flags=re.M), "trailing spaces"
    chunks = text.split("\n\n")
    header = chunks[0].splitlines()
    assert header and all(line.startswith("% ") or line == "%" for line in header)
    assert "`evidence enrich`" in chunks[0] and "PubMed" in chunks[0]
    assert "@" not in chunks[0], "an @ in a comment can be read as an entry"
    assert len(chunks) == 1 + len(KEYS), "one blank line between entries, none inside them"
    for chunk, key in zip(chunks[1:], KEYS, strict=True):
        assert chunk.startswith(f"@article{{{key},\n") and chunk.rstrip("\n").endswith("\n}")


def test_parses_without_failures(text: str, library: bibtexparser.Library) -> None:
    assert library.failed_blocks == []
    assert all(isinstance(b, (BibEntry, ImplicitComment)) for b in library.blocks)
    # every line that opens an entry became an entry (nothing swallowed or commented out)
    assert len(re.findall(r"^@", text, flags=re.M)) == len(library.entries)


def test_keys_unique_and_in_seed_order(library: bibtexparser.Library) -> None:
    keys = [entry.key for entry in library.entries]
    assert [k for k, n in Counter(keys).items() if n > 1] == []
    assert keys == KEYS


@pytest.mark.parametrize("work", WORKS, ids=KEYS)
def test_entry_layout(work: dict, entries: dict[str, BibEntry]) -> None:
    entry = entries[work["suggested_key"]]
    assert entry.entry_type == work["entry_type"]
    lines = entry.raw.split("\n")
    assert lines[0] == f"@{work['entry_type']}{{{entry.key},"
    assert lines[-1] == "}"
    starts = re.findall(r"^  ([a-z]+) = ", entry.raw, flags=re.M)
    names = [field.key for field in entry.fields]
    assert starts == names, "each field starts its own line, indented two spaces"
    assert names == sorted(names, key=FIELD_ORDER.index), "fields in the canonical order"
    for i, line in enumerate(lines[1:-1], start=1):
        if re.match(r"  [a-z]+ = ", lines[i + 1]) or lines[i + 1] == "}":
            assert line.endswith(","), f"field not closed by a comma: {line[:60]!r}"


@pytest.mark.parametrize("work", WORKS, ids=KEYS)
def test_entry_holds_exactly_the_verified_facts(work: dict, entries: dict[str, BibEntry]) -> None:
    key = work["suggested_key"]
    raw = raw_fields(entries[key])
    expected = expected_fields(work)
    assert len(raw) == len(entries[key].fields), "duplicate field"
    assert set(raw) == set(expected), f"{key}: fields differ from the verified facts"
    for name, want in expected.items():
        value = raw[name]
        if name == "month":
            assert value == want and value in MONTHS, f"{key}: month must be a bare macro"
            continue
        inner = unbrace(value)
        assert not UNESCAPED_SPECIAL.search(inner), f"{key}.{name}: unescaped LaTeX special"
        assert inner.count("{") == inner.count("}")
        if name == "author":
            names = split_names(inner)
            assert [norm(to_text(n)) for n in names] == want, f"{key}: author list"
            for raw_name, display in zip(names, want, strict=True):
                person = parse_name(raw_name)
                assert person.is_others if display == "others" else person.display() == display
        elif name in VERBATIM:
            assert inner == want, f"{key}.{name}"
        else:
            assert norm(to_text(inner)) == norm(want), f"{key}.{name}"
        if name == "abstract" and work["abstract"].get("structured"):
            labels = [label for label, _ in work["abstract"]["value"]]
            heads = [line.split(": ", 1)[0] for line in inner.split("\n")]
            assert heads == labels, f"{key}: one labelled section per line"


@pytest.mark.parametrize("work", WORKS, ids=KEYS)
def test_no_unverified_value_appears(work: dict, text: str, entries: dict[str, BibEntry]) -> None:
    decoded = norm(to_text(" ".join(unbrace(v) if v.startswith("{") else v
                                    for v in raw_fields(entries[work["suggested_key"]]).values())))
    for value in unverified_values(work):
        assert norm(value) not in decoded, f"{work['suggested_key']}: unverified {value!r}"
        assert norm(value) not in norm(text)
    # fields whose status is not V/V2 are absent (the set check covers this; say it plainly)
    raw = raw_fields(entries[work["suggested_key"]])
    for name, bibname in FIELD_MAP.items():
        fact = work.get(name)
        if isinstance(fact, dict) and not accepted(fact["status"]):
            assert bibname not in raw, f"{work['suggested_key']}: {bibname} is {fact['status']}"


def test_seed_quirks_are_handled() -> None:
    """Pin the decisions the seed forces, so a changed fact sheet is noticed."""
    by_key = {w["suggested_key"]: w for w in WORKS}
    assert by_key["xu2016"]["cited_as"] == ["Xu et al., 2019"]  # library follows the facts
    assert expected_fields(by_key["xu2016"])["year"] == "2016"
    assert expected_fields(by_key["feifel2017"])["author"] == ["Feifel, David", "others"]
    assert "shortjournal" not in expected_fields(by_key["fond2014"])  # abbreviation U
    assert "pmcid" not in expected_fields(by_key["berman2000"])  # "none expected"
