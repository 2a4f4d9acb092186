"""RIS read/write (EndNote, Zotero, Mendeley, publishers' "Download citation"); the only rispy user.

rispy returns nothing at all for a record without its closing ``ER`` line, so records are
checked here first and a truncated file is a :class:`FormatError` naming the line.

Fields carried both ways (the RIS round-trip set): type (see ``_FROM_RIS``), author (AU),
editor (A2), title (TI), journal (T2) or booktitle (T2 for chapters and papers), shortjournal
(J2), series (T3), year and month (PY, DA), volume (VL), number (IS), pages (SP/EP), doi (DO),
url (UR), issn or isbn (SN), publisher (PB), address (CY), abstract (AB), keywords (KW, one per
line), language (LA), edition (ET), note (N1), shorttitle (ST), pmid (``M2  - PMID: n``: Zotero
reads M2 into Extra, where "PMID: n" is its PubMed id; ``AN`` is Zotero's "Loc. in Archive"),
pmcid (``N1  - PMCID: PMCn``: ``C2`` is a book author on Zotero's CHAP records), and the
citation key (ID). On import, EndNote's AN (a PMID) and C2 (a PMCID) are still read. Theses and
reports keep school/institution in PB; unpublished work is MANSCPT (Zotero has no UNPB).

Names are ``Last, First, Suffix``; a name without a comma is a single-field (organisation)
name and is braced on import. An organisation whose name contains a comma cannot be told
from a person in RIS and comes back split; masters and PhD theses are both ``THES``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from types import MappingProxyType

import rispy

from evidence.errors import FormatError
from evidence.fieldtext import MONTHS, field_value, join_pages, latex_escape, month_number
from evidence.formats.validate import Problems, check_fields
from evidence.model import PMID_RE, Entry, normalize_doi, parse_name, split_names

__all__ = ["dumps", "loads", "looks_like_ris", "read"]

#: The tag a checked field came from, so a warning names what the file says.
_CHECKED_AS = {"doi": "DO", "year": "PY", "pmcid": "C2"}

_FROM_RIS = MappingProxyType(
    {
        "JOUR": "article", "JFULL": "article", "EJOUR": "article", "MGZN": "article", "NEWS": "article",
        "INPR": "article", "ABST": "article",
        "BOOK": "book", "EBOOK": "book", "EDBOOK": "book", "WHOLE": "book",
        "CHAP": "incollection", "ECHAP": "incollection", "ENCYC": "incollection", "DICT": "incollection",
        "CONF": "inproceedings", "CPAPER": "inproceedings",
        "THES": "phdthesis", "RPRT": "techreport", "UNPB": "unpublished", "MANSCPT": "unpublished",
        "ELEC": "online", "BLOG": "online", "ICOMM": "online", "WEB": "online",
        "DATA": "dataset", "DBASE": "dataset", "COMP": "software", "PAT": "patent", "STAND": "techreport",
        "GOVDOC": "techreport", "PAMP": "booklet",
    }
)
_TO_RIS = MappingProxyType(
    {
        "article": "JOUR", "book": "BOOK", "mvbook": "BOOK", "collection": "EDBOOK", "proceedings": "CONF",
        "inbook": "CHAP", "incollection": "CHAP", "inproceedings": "CPAPER", "conference": "CPAPER",
        "phdthesis": "THES", "mastersthesis": "THES", "thesis": "THES", "techreport": "RPRT",
        "report": "RPRT", "manual": "RPRT", "unpublished": "MANSCPT", "online": "ELEC", "electronic": "ELEC",
        "www": "ELEC", "dataset": "DATA", "software": "COMP", "patent": "PAT", "booklet": "PAMP",
    }
)
_TAG = re.compile(r"^([A-Z][A-Z0-9])  -(?: (.*))?$")
_CONTAINED = {"incollection", "inbook", "inproceedings", "conference"}


def looks_like_ris(text: str) -> bool:
    """True when the first non-blank line is an RIS ``TY  -`` line."""
    for line in text.lstrip("\ufeff").splitlines():
        if line.strip():
            return bool(re.match(r"^TY  -", line.strip()))
    return False


def _normalise(text: str) -> str:
    return text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def _record_lines(text: str, path: Path | str | None) -> list[int]:
    """Line numbers of every ``TY`` line; FormatError for a record without ``ER`` or stray data."""
    starts: list[int] = []
    open_at: int | None = None
    for number, line in enumerate(text.split("\n"), start=1):
        tag = _TAG.match(line.rstrip())
        if tag and tag.group(1) == "TY":
            if open_at is not None:
                raise FormatError(
                    f"RIS record starting at line {open_at} has no 'ER  -' line before the next 'TY'",
                    path=path, line=open_at, hint="the export was cut or merged; export the records again",
                )
            open_at = number
            starts.append(number)
        elif tag and tag.group(1) == "ER":
            open_at = None
        elif line.strip() and open_at is None and not starts:
            raise FormatError(
                "this is not an RIS file (the first record must start with 'TY  - ')",
                path=path, line=number, hint="check the file's format, or give it the right extension",
            )
    if open_at is not None:
        raise FormatError(
            f"RIS record starting at line {open_at} ends without an 'ER  -' line (truncated file?)",
            path=path, line=open_at, hint="download or export the file again",
        )
    if not starts:
        raise FormatError("no RIS records found", path=path, hint="an RIS record starts with 'TY  - '")
    return starts


def _first(rec: Mapping[str, object], *names: str) -> str:
    for name in names:
        value = rec.get(name)
        if isinstance(value, list):
            value = next((v for v in value if str(v).strip()), "")
        if value and str(value).strip():
            return str(value).strip()
    return ""


_ORG_WORDS = re.compile(
    r"\b(group|committee|federation|association|society|institute|organi[sz]ation|panel|consortium|council|"
    r"academ(y|ies)|network|collaboration|collaborators|investigators|board|agency|department|ministry|"
    r"centre|center|university|foundation|office|task force|working party|alliance)\b", re.I)


def _bib_from_ris(name: str) -> str:
    """RIS writes ``Last, First, Suffix``; BibTeX wants ``Last, Suffix, First``. An organisation
    (one field, an "and", many words, or words like Group or Federation) is one braced name."""
    parts = [latex_escape(p.strip()) for p in name.split(",")]
    if (len(parts) == 1 and " " in parts[0]) or re.search(r"\sand\s", name, re.I) \
            or len([w for w in parts[0].split() if w[:1].isupper()]) > 3 or _ORG_WORDS.search(name):
        return "{" + latex_escape(name.strip()) + "}"
    if len(parts) >= 3:
        return f"{parts[0]}, {', '.join(parts[2:])}, {parts[1]}"
    return ", ".join(parts)


def _names(values: object) -> str:
    if not isinstance(values, list):
        return ""
    return " and ".join(_bib_from_ris(str(v)) for v in values if str(v).strip())


def _date(rec: Mapping[str, object]) -> dict[str, str]:
    out: dict[str, str] = {}
    for raw in (_first(rec, "date"), _first(rec, "year", "publication_year")):
        if not raw:
            continue
        parts = raw.split("/")
        year = re.search(r"\d{4}", parts[0])
        if year and "year" not in out:
            out["year"] = year.group()
        if len(parts) > 1 and "month" not in out:
            month = month_number(parts[1]) if parts[1].strip() else None
            if month:
                out["month"] = MONTHS[month - 1]
    return out


def _to_entry(rec: Mapping[str, object], line: int) -> Entry:
    ris_type = str(rec.get("type_of_reference", "")).strip().upper()
    bib_type = _FROM_RIS.get(ris_type, "misc")
    fields: dict[str, str] = {}

    def put(name: str, value: str) -> None:
        if value:
            fields[name] = field_value(name, value)

    authors = _names(rec.get("authors")) or _names(rec.get("first_authors"))
    if authors:
        fields["author"] = authors
    editors = _names(rec.get("secondary_authors"))
    unknown = rec.get("unknown_tag")
    if not editors and isinstance(unknown, Mapping):
        editors = _names(unknown.get("ED"))
    if editors:
        fields["editor"] = editors
    put("title", _first(rec, "title", "primary_title"))
    container = _first(rec, "secondary_title", "alternate_title3", "journal_name")
    abbrev = _first(rec, "alternate_title1", "alternate_title2")
    if not abbrev and rec.get("journal_name") and container != _first(rec, "journal_name"):
        abbrev = _first(rec, "journal_name")
    if bib_type in _CONTAINED or bib_type == "book" and ris_type == "CHAP":
        put("booktitle", container)
    elif bib_type in {"article", "misc"}:
        put("journal", container)
    put("shortjournal", abbrev)
    put("series", _first(rec, "tertiary_title"))
    fields.update(_date(rec))
    put("volume", _first(rec, "volume"))
    put("number", _first(rec, "number"))
    pages = join_pages(_first(rec, "start_page"), _first(rec, "end_page"))
    put("pages", pages)
    doi = _first(rec, "doi")
    put("doi", normalize_doi(doi) if doi.lower().startswith(("http", "doi:")) else doi)
    put("url", _first(rec, "urls"))
    sn = _first(rec, "issn")
    put("isbn" if bib_type in {"book", "incollection", "inbook"} and sn else "issn", sn)
    publisher_field = {"phdthesis": "school", "techreport": "institution"}.get(bib_type, "publisher")
    put(publisher_field, _first(rec, "publisher"))
    put("address", _first(rec, "place_published"))
    put("abstract", _first(rec, "abstract", "notes_abstract"))
    keywords = rec.get("keywords")
    if isinstance(keywords, list) and keywords:
        put("keywords", ", ".join(str(k).strip() for k in keywords if str(k).strip()))
    put("language", _first(rec, "language"))
    put("edition", _first(rec, "edition"))
    raw_notes = rec.get("notes")
    notes = [str(n) for n in raw_notes if str(n).strip()] if isinstance(raw_notes, list) else []
    pmcid_note = next((m.group(1) for n in notes if (m := re.fullmatch(r"\s*PMCID:\s*(PMC\d+)\s*", n))), "")
    notes = [n for n in notes if not re.fullmatch(r"\s*PMCID:\s*PMC\d+\s*", n)]
    if notes:
        put("note", " ".join(notes))
    put("shorttitle", _first(rec, "short_title"))
    extra = " ".join(str(v) for v in unknown.get("M2", [])) if isinstance(unknown, Mapping) else ""
    pmid = re.search(r"\bPMID:\s*(\d+)", extra)
    accession = pmid.group(1) if pmid else _first(rec, "accession_number")  # AN: EndNote's PubMed import
    if PMID_RE.match(accession):
        fields["pmid"] = accession
    pmcid = pmcid_note or _first(rec, "custom2")  # C2: EndNote's PMCID
    if re.fullmatch(r"PMC\d+", pmcid):
        fields["pmcid"] = pmcid
    key = _first(rec, "id")
    return Entry(key=key if re.fullmatch(r"[^\s,{}\"#%~=\\]+", key) else "", type=bib_type, fields=fields, line=line)


def read(text: str, path: Path | str | None = None) -> tuple[list[Entry], list[str]]:
    """Entries from RIS text, and warnings about values of the wrong form (dropped from the entry).

    Keys come from ``ID`` when present (else ``""``, to be generated)."""
    text = _normalise(text)
    starts = _record_lines(text, path)
    records = rispy.loads(text, skip_unknown_tags=False)
    if len(records) != len(starts):
        raise FormatError(
            f"read {len(records)} of {len(starts)} RIS records",
            path=path, hint="a record may be malformed; check the lines around each 'TY  -'",
        )
    problems = Problems()
    entries = []
    for rec, line in zip(records, starts, strict=True):
        entry = _to_entry(rec, line)
        entry.fields = check_fields(entry.fields, f"record at line {line}", problems, _CHECKED_AS)
        entries.append(entry)
    return entries, problems.messages


def loads(text: str, path: Path | str | None = None) -> list[Entry]:
    """The entries of :func:`read`, without its warnings."""
    return read(text, path)[0]


class _Writer(rispy.RisWriter):  # type: ignore[misc]  # rispy is untyped
    """rispy's writer without its ``1.`` record counters (EndNote does not write them), plus M2 (Zotero's Extra)."""

    DEFAULT_MAPPING = {**rispy.TAG_KEY_MAPPING, "M2": "extra"}

    def set_header(self, count: int) -> str:
        return ""


def _ris_name(raw: str) -> str:
    person = parse_name(raw)
    if not person.first and raw.strip().startswith("{"):
        return person.last
    name = person.surname
    if person.first:
        name += f", {person.first}"
    if person.jr:
        name += f", {person.jr}"
    return name


def _to_ris(entry: Entry) -> dict[str, object]:
    rec: dict[str, object] = {"type_of_reference": _TO_RIS.get(entry.type, "GEN")}
    authors = [_ris_name(n) for n in split_names(entry.get("author")) if not parse_name(n).is_others]
    if authors:
        rec["authors"] = authors
    editors = [_ris_name(n) for n in split_names(entry.get("editor")) if not parse_name(n).is_others]
    if editors:
        rec["secondary_authors"] = editors

    def put(name: str, value: str) -> None:
        if value:
            rec[name] = value.replace("\n", " ")

    put("title", entry.text("title"))
    container = entry.text("journal") or entry.text("journaltitle") or entry.text("booktitle")
    put("secondary_title", container)
    put("alternate_title1", entry.text("shortjournal"))
    put("tertiary_title", entry.text("series"))
    if entry.year:
        put("year", str(entry.year))
        month = month_number(entry.get("month")) if entry.get("month") else None
        if month:
            put("date", f"{entry.year}/{month:02d}//")
    put("volume", entry.text("volume"))
    put("number", entry.text("number") or entry.text("issue"))
    pages = re.split(r"\s*[-–—]+\s*", entry.text("pages"), maxsplit=1) if entry.get("pages") else []
    if pages:
        put("start_page", pages[0])
        if len(pages) > 1:
            put("end_page", pages[1])
    elif entry.get("eid"):
        put("start_page", entry.text("eid"))
    put("doi", entry.doi and entry.text("doi").strip())
    if entry.get("url"):
        rec["urls"] = [entry.text("url")]
    put("issn", entry.text("issn") or entry.text("isbn"))
    if entry.type in {"phdthesis", "mastersthesis", "thesis"}:
        put("publisher", entry.text("school") or entry.text("institution") or entry.text("publisher"))
    elif entry.type in {"techreport", "report"}:
        put("publisher", entry.text("institution") or entry.text("publisher"))
    else:
        put("publisher", entry.text("publisher"))
    put("place_published", entry.text("address") or entry.text("location"))
    put("abstract", entry.text("abstract"))
    keywords = entry.text("keywords")
    if keywords:
        sep = ";" if ";" in keywords else ","
        rec["keywords"] = [k.strip() for k in keywords.split(sep) if k.strip()]
    put("language", entry.text("language"))
    put("edition", entry.text("edition"))
    notes = [entry.text("note")] if entry.get("note") else []
    if entry.pmcid:
        notes.append(f"PMCID: {entry.pmcid}")
    if notes:
        rec["notes"] = notes
    put("short_title", entry.text("shorttitle"))
    if entry.pmid:
        rec["extra"] = f"PMID: {entry.pmid}"
    put("id", entry.key)
    return rec


def dumps(entries: Iterable[Entry]) -> str:
    """RIS text for the entries (UTF-8 values, one tag per line, a blank line between records)."""
    records = [_to_ris(e) for e in entries]
    if not records:
        return ""
    return str(_Writer().formats(records))
