"""PubMed's MEDLINE text format (``.nbib``, "Save -> PubMed format") -> entries.

Each line is a tag padded to four characters, ``- ``, and a value (``FAU - Long, Vicky``);
lines starting with six spaces continue the previous value; records are separated by blank
lines. Values become the same BibTeX fields that ``evidence.sources.fields.record_to_fields`` makes
from PubMed XML, so a work imported either way looks the same (and dedupes by PMID/DOI).
"""

from __future__ import annotations

import re
from pathlib import Path

from evidence.errors import FormatError
from evidence.fieldtext import MONTHS, bib_name, field_value, month_number, organisation
from evidence.formats.validate import Problems, check_fields
from evidence.model import Entry
from evidence.sources.records import expand_pages

__all__ = ["looks_like_medline", "loads", "read"]

#: The tag a checked field came from, so a warning names what the file says.
_CHECKED_AS = {"doi": "AID", "pmid": "PMID", "pmcid": "PMC", "year": "DP"}

_TAG = re.compile(r"^([A-Z][A-Z0-9]{1,3})\s*-\s?(.*)$")
_CONTINUATION = re.compile(r"^ {2,}\S")
_NOTICE_PMID = re.compile(r"PMID:\s*(\d+)")


def looks_like_medline(text: str) -> bool:
    """True when one of the first non-blank lines is a ``PMID-`` tag line."""
    seen = 0
    for line in text.lstrip("\ufeff").splitlines():
        if not line.strip():
            continue
        if re.match(r"^PMID\s*-", line):
            return True
        seen += 1
        if seen > 3:
            return False
    return False


def _records(text: str, path: Path | str | None) -> list[tuple[int, list[tuple[str, str]]]]:
    """(first line, [(tag, value), ...]) per blank-line-separated record; junk lines are skipped."""
    records: list[tuple[int, list[tuple[str, str]]]] = []
    current: list[tuple[str, str]] = []
    start = 0
    for number, line in enumerate(text.split("\n"), start=1):
        line = line.rstrip()
        if not line.strip():
            if current:
                records.append((start, current))
            current = []
            continue
        match = _TAG.match(line)
        if match:
            if not current:
                start = number
            current.append((match.group(1), (match.group(2) or "").strip()))
        elif _CONTINUATION.match(line) and current:
            tag, value = current[-1]
            current[-1] = (tag, f"{value} {line.strip()}".strip())
    if current:
        records.append((start, current))
    if not records:
        raise FormatError("no MEDLINE records found", path=path, hint="a MEDLINE record starts with 'PMID- '")
    return records


def _date(value: str) -> dict[str, str]:
    out: dict[str, str] = {}
    year = re.match(r"^\s*(\d{4})", value)
    if year:
        out["year"] = year.group(1)
        rest = value[year.end():].split()
        month = month_number(rest[0]) if rest else None
        if month:
            out["month"] = MONTHS[month - 1]
    return out


def _to_entry(line: int, tags: list[tuple[str, str]]) -> Entry:
    values: dict[str, list[str]] = {}
    for tag, value in tags:
        if value:
            values.setdefault(tag, []).append(value)

    def one(tag: str) -> str:
        return values.get(tag, [""])[0]

    types = values.get("PT", [])
    is_book = any(t.casefold() in {"book", "book chapter"} for t in types) or "BTI" in values
    fields: dict[str, str] = {}

    def put(name: str, value: str) -> None:
        if value:
            fields[name] = field_value(name, value)

    authors = [_name(v) for v in values.get("FAU", [])] or [_name(v) for v in values.get("AU", [])]
    authors += [organisation(v) for v in values.get("CN", [])]
    if authors:
        fields["author"] = " and ".join(authors)
    editors = [_name(v) for v in values.get("FED", [])] or [_name(v) for v in values.get("ED", [])]
    if editors:
        fields["editor"] = " and ".join(editors)
    title = " ".join(values.get("TI", []))
    if title.endswith(".") and not title.endswith(".."):
        title = title[:-1]
    put("title", title)
    if is_book:
        put("booktitle", one("BTI"))
        put("publisher", one("PB"))
        put("address", one("PL"))
        put("isbn", one("ISBN"))
    else:
        put("journal", one("JT"))
        put("shortjournal", one("TA"))
    fields.update(_date(one("DP")))
    put("volume", one("VI"))
    put("number", one("IP"))
    put("pages", expand_pages(one("PG")))
    doi = next((v[: -len("[doi]")].strip() for v in values.get("AID", []) + values.get("LID", [])
                if v.endswith("[doi]")), "")
    if not doi:
        doi = next((v[4:].strip() for v in values.get("AID", []) if v.lower().startswith("doi:")), "")
    put("doi", doi)
    put("pmid", one("PMID"))  # checked, with a warning, by validate.check_fields
    put("pmcid", one("PMC"))
    put("issn", re.sub(r"\s*\(.*\)$", "", one("IS")))
    put("abstract", " ".join(values.get("AB", [])))
    put("keywords", ", ".join(values.get("OT", [])))
    put("mesh", "; ".join(values.get("MH", [])))
    put("pubtype", "; ".join(types))
    put("language", one("LA"))
    for tag, name in (("RIN", "retracted"), ("EIN", "erratum"), ("ECI", "concern")):
        notices = values.get(tag, [])
        if notices:
            ids = [m.group(1) for v in notices for m in [_NOTICE_PMID.search(v)] if m]
            fields[name] = "; ".join(dict.fromkeys(ids)) or "yes"
    if "retracted" not in fields and any(t.casefold() == "retracted publication" for t in types):
        fields["retracted"] = "yes"
    entry_type = ("incollection" if fields.get("booktitle") else "book") if is_book else "article"
    return Entry(key="", type=entry_type, fields=fields, line=line)


def _name(value: str) -> str:
    """``Long, Vicky`` (FAU) or ``Long V`` (AU) -> BibTeX ``Long, Vicky`` / ``Long, V``."""
    if "," in value:
        last, _, rest = value.partition(",")
        parts = [p.strip() for p in rest.split(",")]
        given = parts[0] if parts else ""
        suffix = parts[1] if len(parts) > 1 else ""
        return bib_name(last, given, suffix)
    words = value.split()
    if len(words) > 1 and words[-1].isupper() and len(words[-1]) <= 4:
        return bib_name(" ".join(words[:-1]), words[-1])
    return bib_name(value)


def read(text: str, path: Path | str | None = None) -> tuple[list[Entry], list[str]]:
    """Entries (without keys) from MEDLINE text, and warnings about values of the wrong form
    (``PMID- abc``), which are left out; a file with no ``PMID``/tag lines is a FormatError."""
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    first = next((line for line in text.split("\n") if line.strip()), "")
    if not _TAG.match(first):
        raise FormatError(
            "this is not a MEDLINE/.nbib file (the first line must be a tag such as 'PMID- ')",
            path=path, line=1, hint="in PubMed use Send to -> Citation manager, or Save -> PubMed format",
        )
    problems = Problems()
    entries = []
    for line, tags in _records(text, path):
        entry = _to_entry(line, tags)
        entry.fields = check_fields(entry.fields, f"record at line {line}", problems, _CHECKED_AS)
        entries.append(entry)
    return entries, problems.messages


def loads(text: str, path: Path | str | None = None) -> list[Entry]:
    """The entries of :func:`read`, without its warnings."""
    return read(text, path)[0]
