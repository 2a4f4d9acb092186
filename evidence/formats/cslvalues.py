"""A CSL-JSON item's values read with their JSON types checked: a wrong type is warned about once, then skipped.

Split from ``csljson.py``, which maps CSL variables to BibTeX fields: what a list, a NaN or a number
where text belongs becomes (never Python's text for it) is one question, asked here for every
variable, name and date, so the mapping reads only values that are already text.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping

from evidence.fieldtext import MONTHS, bib_name, organisation
from evidence.formats.validate import Problems

__all__ = ["ItemReader", "as_text", "date_fields", "kind"]

# Variables CSL-JSON allows as numbers as well as text ("volume": 47); everything else must be text.
_NUMERIC = frozenset({"id", "volume", "issue", "number", "page", "edition", "PMID"})
_NAME_PARTS = ("literal", "family", "given", "suffix", "non-dropping-particle", "dropping-particle")


def kind(value: object) -> str:
    """A JSON value's type as a warning names it."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int):
        return "a number"
    if isinstance(value, float):
        return "NaN" if math.isnan(value) else "infinity" if math.isinf(value) else "a decimal number"
    if isinstance(value, str):
        return "text" if as_text(value) is not None else "text with a lone surrogate (not Unicode)"
    return "a list" if isinstance(value, list) else "an object" if isinstance(value, Mapping) else "a value"


def as_text(value: object, numeric: bool = False) -> str | None:
    """``value`` as text, or None when it is not text (or, for a numeric variable, a whole number)."""
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate ("\ud800") could never be saved
            return None
        return value
    if numeric and isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return None


class ItemReader:
    """One CSL item read variable by variable: each bad value is warned about once, then skipped."""

    def __init__(self, item: Mapping[str, object], label: str, problems: Problems) -> None:
        self.item = item
        self.label = label
        self.problems = problems
        self._warned: set[str] = set()

    def warn(self, name: str, why: str) -> None:
        if name not in self._warned:
            self._warned.add(name)
            self.problems.skip_field(self.label, name, why)

    def text(self, name: str) -> str:
        value = self.item.get(name)
        if value is None:
            return ""
        text = as_text(value, name in _NUMERIC)
        if text is None:
            self.warn(name, f"expected {'text or a whole number' if name in _NUMERIC else 'text'}, got {kind(value)}")
            return ""
        return text.strip()

    def names(self, name: str) -> str:
        value = self.item.get(name)
        if value is None or value == []:
            return ""
        if isinstance(value, str):  # not CSL, but seen: "author": "Smith"
            return organisation(value) if as_text(value) is not None and value.strip() else ""
        if not isinstance(value, list):
            self.warn(name, f"expected a list of names, got {kind(value)}")
            return ""
        out = []
        for number, person in enumerate(value, start=1):
            bib, why = _bib_name(person)
            if why:
                self.problems.messages.append(f"{self.label}: field '{name}': name {number} skipped: {why}")
            elif bib:
                out.append(bib)
        return " and ".join(out)


def _bib_name(name: object) -> tuple[str, str]:
    """(BibTeX name, "") for a CSL name object, or ("", why it cannot be one)."""
    if not isinstance(name, Mapping):
        return "", f"expected a name object, got {kind(name)}"
    parts: dict[str, str] = {}
    for part in _NAME_PARTS:
        value = name.get(part)
        if value is None:
            continue
        text = as_text(value)
        if text is None:
            return "", f"its '{part}' is {kind(value)}, not text"
        parts[part] = text.strip()
    if parts.get("literal"):
        return organisation(parts["literal"]), ""
    if not parts.get("family") and not parts.get("given"):
        return "", "it has neither a family nor a given name"
    particle = parts.get("non-dropping-particle") or parts.get("dropping-particle") or ""
    return bib_name(parts.get("family", ""), parts.get("given", ""), parts.get("suffix", ""), particle), ""


def _date_part(value: object) -> str | None:
    text = as_text(value, numeric=True)
    return text.strip() if text is not None else None


def date_fields(reader: ItemReader) -> dict[str, str]:
    value = reader.item.get("issued")
    if value is None:
        return {}
    if isinstance(value, str):
        value = {"raw": value}
    if not isinstance(value, Mapping):
        reader.warn("issued", f"expected a date object, got {kind(value)}")
        return {}
    parts = value.get("date-parts")
    if parts is not None:
        first = parts[0] if isinstance(parts, list) and parts and isinstance(parts[0], list) else None
        texts = [_date_part(p) for p in first] if first else []
        if not texts or None in texts or not re.fullmatch(r"-?\d{1,4}", texts[0] or ""):
            reader.warn("issued", "date-parts is not [[year, month, day]] in numbers")
            return {}
        out = {"year": texts[0] or ""}
        month, day = (texts + ["", ""])[1:3]
        if month and month.isdigit() and 1 <= int(month) <= 12:
            out["month"] = MONTHS[int(month) - 1]
        if day and day.isdigit():
            out["day"] = day
        return out
    raw = value.get("raw") if value.get("raw") is not None else value.get("literal")
    if raw is None:
        return {}
    text = as_text(raw)
    if text is None:
        reader.warn("issued", f"expected a date as text, got {kind(raw)}")
        return {}
    m = re.search(r"\d{4}", text)
    return {"year": m.group()} if m else {}
