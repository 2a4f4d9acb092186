"""The typed model of a bibliography entry, independent of how it is stored.

``Entry.fields`` holds each value as BibTeX means it (outer braces or quotes removed,
``@string`` macros resolved, inner LaTeX kept), under lower-case field names in file
order. Everything a reader wants in Unicode (authors, title, year, ids) is derived from
it, so there is a single source of truth that the store can diff against on save.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cached_property

from evidence.latex import to_text
from evidence.vocab import DESIGN_TITLE_HINTS, EVIDENCE_TYPES

DOI_RE = re.compile(r"^10\.\d{4,9}/\S+$")
PMID_RE = re.compile(r"^[1-9]\d{0,8}$")
PMCID_RE = re.compile(r"^PMC\d+$")


@dataclass(frozen=True)
class Person:
    """One name in an author/editor list, decoded to Unicode."""

    last: str
    first: str = ""
    von: str = ""
    jr: str = ""

    @property
    def surname(self) -> str:
        """Surname with its particle, as citations write it (``van der Berg``)."""
        return f"{self.von} {self.last}".strip()

    @property
    def initials(self) -> str:
        """``Robert M.`` -> ``RM``; hyphenated first names keep both parts (``J-P``)."""
        parts = re.split(r"[\s.]+", self.first)
        out = []
        for part in parts:
            if not part:
                continue
            out.append("-".join(p[0] for p in part.split("-") if p))
        return "".join(out)

    @property
    def is_others(self) -> bool:
        return self.last.lower() in {"others", "andere", "et al.", "et al"}

    def display(self) -> str:
        """``Berman, Robert M.``"""
        name = self.surname
        if self.jr:
            name += f", {self.jr}"
        return f"{name}, {self.first}" if self.first else name


_AND = re.compile(r"\s+and\s+", re.I)


def split_names(value: str) -> list[str]:
    """Split a BibTeX name list on `` and `` at brace depth 0."""
    if "{" not in value:  # no braces: every "and" is at the top (a report names 10,000 works by their lists)
        return [n for n in (part.strip() for part in _AND.split(value)) if n]
    return _split_names_braced(value)


def _split_names_braced(value: str) -> list[str]:
    """``split_names`` read character by character, for lists with braces ("{Smith and Sons}")."""
    names: list[str] = []
    start = depth_at = depth = 0
    for match in _AND.finditer(value):
        depth += value.count("{", depth_at, match.start()) - value.count("}", depth_at, match.start())
        depth_at = match.start()
        if depth <= 0:
            names.append(value[start:match.start()].strip())
            start = match.end()
    names.append(value[start:].strip())
    return [n for n in names if n]


def first_name(value: str) -> str:
    """The first name of a BibTeX name list (``split_names(value)[0]``, or ""), the rest left unsplit:
    an index of a big library needs each entry's first author only."""
    start = depth_at = depth = 0
    for match in _AND.finditer(value):
        depth += value.count("{", depth_at, match.start()) - value.count("}", depth_at, match.start())
        depth_at = match.start()
        if depth <= 0:
            name = value[start:match.start()].strip()
            if name:
                return name
            start = match.end()
    return value[start:].strip()


def _split_top(value: str, sep: str) -> list[str]:
    """Split on ``sep`` outside braces."""
    if "{" not in value:  # most names: no braces, so every ``sep`` is at the top (10,000 first authors a check)
        return [p.strip() for p in value.split(sep)]
    parts: list[str] = []
    cur: list[str] = []
    depth = 0
    for ch in value:
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth = max(0, depth - 1)
        if ch == sep and depth == 0:
            parts.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    parts.append("".join(cur))
    return [p.strip() for p in parts]


def _words(value: str) -> list[str]:
    if "{" not in value:  # no braces: every space is at the top
        return value.split()
    words: list[str] = []
    cur: list[str] = []
    depth = 0
    for ch in value:
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth = max(0, depth - 1)
        if ch.isspace() and depth == 0:
            if cur:
                words.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    if cur:
        words.append("".join(cur))
    return words


def _is_lower_word(word: str) -> bool:
    """BibTeX's von test: the first letter at brace depth 0 is lower case."""
    stripped = word.lstrip("{\\")
    letters = [c for c in to_text(word) if c.isalpha()]
    return bool(letters) and not word.startswith("{") and letters[0].islower() and bool(stripped)


def parse_name(raw: str) -> Person:
    """Parse one BibTeX name (``Last, First``, ``Last, Jr, First`` or ``First von Last``)."""
    parts = _split_top(raw, ",")
    if len(parts) >= 3:
        von_last, jr, first = parts[0], parts[1], ", ".join(parts[2:])
    elif len(parts) == 2:
        von_last, jr, first = parts[0], "", parts[1]
    else:
        words = _words(raw)
        if len(words) <= 1:
            return Person(last=to_text(raw))
        # First von Last: von starts at the first lower-case word that is not the last word
        idx = next((i for i, w in enumerate(words[:-1]) if _is_lower_word(w)), None)
        if idx is None:
            return Person(last=to_text(words[-1]), first=to_text(" ".join(words[:-1])))
        end = idx
        while end < len(words) - 1 and _is_lower_word(words[end]):
            end += 1
        return Person(
            last=to_text(" ".join(words[end:])),
            first=to_text(" ".join(words[:idx])),
            von=to_text(" ".join(words[idx:end])),
        )
    words = _words(von_last)
    von_words: list[str] = []
    while len(words) > 1 and _is_lower_word(words[0]):
        von_words.append(words.pop(0))
    return Person(
        last=to_text(" ".join(words)),
        first=to_text(first),
        von=to_text(" ".join(von_words)),
        jr=to_text(jr),
    )


def describe_notices(value: str) -> str:
    """``"12345; J Biol Chem 1999;274:13728"`` -> ``"PMID 12345; J Biol Chem 1999;274:13728"``.

    Correction fields hold PMIDs when PubMed links the notice, else its citation text.
    """
    parts = [p.strip() for p in re.split(r";\s*(?=\d+(?:;|$)|[A-Z])", value) if p.strip()]
    return "; ".join(f"PMID {p}" if p.isdigit() else p for p in parts)


def fold(text: str) -> str:
    """Lower-case and strip accents, so ``Lançon`` matches ``Lancon``."""
    if text.isascii():
        return text.lower()  # nothing to decompose: most text, read character by character below otherwise
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def normalize_doi(value: str) -> str:
    """Bare, lower-case DOI (DOIs are case-insensitive); strips URL and ``doi:`` prefixes."""
    doi = value.strip()
    doi = re.sub(r"^(https?://(dx\.)?doi\.org/|doi:\s*)", "", doi, flags=re.I)
    return doi.lower()


@dataclass
class Entry:
    """A bibliography entry: key, type and fields (see module docstring for value form)."""

    key: str
    type: str = "article"
    fields: dict[str, str] = field(default_factory=dict)
    line: int = 0

    def __post_init__(self) -> None:
        self.type = self.type.lower()
        fields = self.fields  # (a copy either way: the caller's dict is not shared)
        self.fields = dict(fields) if all(map(str.islower, fields)) else {k.lower(): v for k, v in fields.items()}

    def get(self, name: str, default: str = "") -> str:
        return self.fields.get(name.lower(), default)

    def text(self, name: str) -> str:
        """A field as plain Unicode (LaTeX decoded)."""
        return to_text(self.get(name))

    def set(self, name: str, value: str) -> None:
        self.fields[name.lower()] = value
        self.forget_names()

    def forget_names(self) -> None:
        """Drop the names read from the author and editor fields, after a change to ``fields``."""
        for cached in ("authors", "editors", "lead"):
            self.__dict__.pop(cached, None)

    @cached_property
    def authors(self) -> list[Person]:
        return [parse_name(n) for n in split_names(self.get("author"))]

    @cached_property
    def editors(self) -> list[Person]:
        return [parse_name(n) for n in split_names(self.get("editor"))]

    @cached_property
    def lead(self) -> Person | None:
        """The first author, else the first editor, parsed alone: an index of 10,000 entries needs each one's
        first surname, not every name of every list."""
        for name in ("author", "editor"):
            parsed: list[Person] | None = self.__dict__.get(f"{name}s")  # the whole list, if read already
            if parsed is not None:
                if parsed:
                    return parsed[0]
                continue
            first = first_name(self.get(name))
            if first:
                return parse_name(first)
        return None

    @property
    def title(self) -> str:
        return self.text("title")

    @property
    def journal(self) -> str:
        return self.text("journal") or self.text("journaltitle") or self.text("booktitle")

    @property
    def year(self) -> int | None:
        raw = self.text("year") or self.text("date")[:4]
        match = re.search(r"\d{4}", raw)
        return int(match.group()) if match else None

    @property
    def doi(self) -> str:
        return normalize_doi(self.text("doi")) if self.get("doi") else ""

    @property
    def pmid(self) -> str:
        return self.text("pmid").strip()

    @property
    def pmcid(self) -> str:
        return self.text("pmcid").strip().upper()

    @property
    def abstract(self) -> str:
        return self.text("abstract")

    @property
    def first_author(self) -> str:
        """The first author's surname; the rest of the list is not parsed unless it was already (a report of
        10,000 uncited entries names each by its first author)."""
        parsed: list[Person] | None = self.__dict__.get("authors")
        if parsed is not None:
            return parsed[0].surname if parsed else ""
        first = first_name(self.get("author"))
        return parse_name(first).surname if first else ""

    @property
    def author_count(self) -> int:
        """How many names the author field lists ("and others" counted as one), without parsing them."""
        parsed: list[Person] | None = self.__dict__.get("authors")
        return len(parsed) if parsed is not None else len(split_names(self.get("author")))

    @property
    def is_retracted(self) -> bool:
        """True when PubMed marked the work retracted (publication type or a retraction link)."""
        pubtype = fold(self.text("pubtype"))
        return "retracted publication" in pubtype or bool(self.get("retracted"))

    def to_dict(self) -> dict[str, object]:
        """A JSON-ready view for ``--json`` output."""
        return {
            "key": self.key,
            "type": self.type,
            "line": self.line,
            "authors": [p.display() for p in self.authors],
            "title": self.title,
            "year": self.year,
            "journal": self.journal,
            "doi": self.doi or None,
            "pmid": self.pmid or None,
            "retracted": self.is_retracted,
            "fields": dict(self.fields),
        }


def content_hash(entry: Entry) -> str:
    """Hash of key, type and fields (sorted): equal hashes mean equal entries. The search index keys
    its documents on it; the parse cache computes it once per parsed entry (see ``Library.content_hashes``)."""
    parts = [entry.key, entry.type]
    for name in sorted(entry.fields):
        parts.append(name)
        parts.append(entry.fields[name])
    return hashlib.sha256("\x1f".join(parts).encode("utf-8", "surrogatepass")).hexdigest()[:32]


def evidence_type(entry: Entry) -> str:
    """A short study-design label: PubMed publication types first, then title words (marked ``?``)."""
    pubtype = fold(entry.text("pubtype"))
    if entry.get("retracted"):
        return "RETRACTED"
    for needle, label in EVIDENCE_TYPES:
        if needle in pubtype:
            return label
    title = fold(entry.title)
    for needle, label in DESIGN_TITLE_HINTS:
        if needle in title:
            return label + "?"
    return ""
