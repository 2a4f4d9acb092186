"""PubMed XML files (saved from PubMed, or an efetch answer) as an import source."""

from __future__ import annotations

from pathlib import Path

from evidence.errors import FormatError, NCBIError
from evidence.formats.validate import Problems, check_fields
from evidence.model import Entry
from evidence.sources.fields import record_entry_type, record_to_fields
from evidence.sources.records import parse_efetch

__all__ = ["read"]

#: The tag a checked field came from, so a warning names what the file says.
_CHECKED_AS = {"doi": "ArticleId (doi)", "pmid": "PMID", "pmcid": "ArticleId (pmc)", "year": "PubDate"}


def read(data: bytes, path: Path | str | None) -> tuple[list[Entry], list[str]]:
    """Entries (without keys) and warnings about values of the wrong form (``<PMID>abc</PMID>``)."""
    try:
        records = parse_efetch(data)
    except NCBIError as exc:
        detail = exc.message.replace("NCBI returned ", "").replace("efetch XML", "XML")
        raise FormatError(f"not readable as PubMed XML ({detail})", path=path,
                          hint="is it really PubMed XML? if so it may be truncated: "
                               "save it from PubMed again") from None
    problems = Problems()
    entries = []
    for number, rec in enumerate(records, start=1):
        fields = record_to_fields(rec)
        if rec.iso_abbrev and "journal" in fields:
            fields["shortjournal"] = rec.iso_abbrev
        fields = check_fields(fields, f"article {number}", problems, _CHECKED_AS)
        entries.append(Entry(key="", type=record_entry_type(rec), fields=fields))
    return entries, problems.messages
