"""Checks every importer runs on what it read: a value of the wrong form is dropped with a warning.

Identifiers decide deduplication (same DOI, same PMID), so a ``pmid = {abc}`` or a DOI that is a
Python list printed as text would merge unrelated works or hide a duplicate. Each warning is one
line naming the item and the field; :mod:`evidence.formats.registry` adds the file name.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from evidence.model import PMCID_RE, PMID_RE, normalize_doi

__all__ = ["Problems", "check_fields"]

_YEAR = re.compile(r"^-?\d{1,4}$")
# Looser than model.DOI_RE (which lint uses): any registrant code, so no real DOI is ever dropped on import.
_DOI = re.compile(r"^10\.\d+(?:\.\d+)*/\S+$")


@dataclass
class Problems:
    """The warnings collected while one file is read, in file order."""

    messages: list[str] = field(default_factory=list)

    def skip_field(self, item: str, name: str, why: str) -> None:
        self.messages.append(f"{item}: field '{name}' skipped: {why}")

    def skip_item(self, item: str, why: str) -> None:
        self.messages.append(f"{item}: skipped: {why}")


def _doi_problem(value: str) -> str:
    return "" if _DOI.match(normalize_doi(value)) else "not a DOI (10.NNNN/...)"


def _pmid_problem(value: str) -> str:
    return "" if PMID_RE.match(value.strip()) else "not a PMID (1 to 9 digits)"


def _pmcid_problem(value: str) -> str:
    return "" if PMCID_RE.match(value.strip().upper()) else "not a PMCID (PMC and digits)"


def _year_problem(value: str) -> str:
    return "" if _YEAR.match(value.strip()) else "not a year"


_CHECKS = {"doi": _doi_problem, "pmid": _pmid_problem, "pmcid": _pmcid_problem, "year": _year_problem}


def check_fields(fields: dict[str, str], item: str, problems: Problems, source_names: Mapping[str, str] | None = None,
                 *, years: bool = True) -> dict[str, str]:
    """``fields`` without the identifiers (and, with ``years``, the year) that have the wrong form.

    A warning names the field as the file does (``source_names``: ``{"pmid": "PMID"}``), else by
    its BibTeX name. BibTeX files pass ``years=False``: ``year = {forthcoming}`` is the user's own
    choice there.
    """
    kept: dict[str, str] = {}
    for name, value in fields.items():
        check = _CHECKS.get(name)
        why = check(value) if check is not None and (years or name != "year") else ""
        if why:
            problems.skip_field(item, (source_names or {}).get(name, name), f"{why}: {_shown(value)}")
        else:
            kept[name] = value
    return kept


def _shown(value: str, limit: int = 40) -> str:
    """The offending value, quoted and cut short so the warning stays one line."""
    flat = " ".join(value.split())
    return repr(flat if len(flat) <= limit else flat[: limit - 1] + "…")
