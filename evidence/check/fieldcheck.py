"""Checking Word citation fields: each embedded item resolves exactly, and disagreements are reported.

A field's item resolves to the library entry that is the same work by :mod:`evidence.identity`'s
rule (DOI, PMID, or title + year + first author); nothing is guessed from the rendered text. A
resolved item whose year, first author or title differs from the library entry, a citation whose
visible text names another author or year than the entry, and a citation edited by hand after the
reference manager wrote it, are flagged: each means the reference list Word prints and the library
the writer checks against have drifted apart.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from evidence.check.citations import Citation
from evidence.check.manuscript import Manuscript
from evidence.check.results import RESOLVED, UNRESOLVED, CitationResult, Flag, Suggestion
from evidence.identity import WorkIndex, surname_key, surname_keys, title_key, title_similarity
from evidence.model import Entry, fold
from evidence.word.fields import CitationField, FieldItem, citation_fields, manager_spans

__all__ = ["FieldCitation", "field_results", "with_field_citations"]

_MANAGERS = {"zotero": "Zotero", "mendeley": "Mendeley", "endnote": "EndNote"}
_AUTHOR_YEAR = re.compile(r"[^\W\d_]{2,}.*\b(?:1[5-9]|20)\d\d\b|\bn\.\s?d\.", re.S)


@dataclass(frozen=True)
class FieldCitation(Citation):
    """A citation read from a Word field: the usual position and label, plus the embedded item."""

    manager: str = ""
    paragraph: int = 0
    context: str = ""
    item: Entry | None = None

    @property
    def label(self) -> str:
        """``Keir et al., 2015`` from the embedded item (its title when it names no author)."""
        entry = self.item or Entry(key="")
        names = [p.surname for p in (entry.authors or entry.editors) if not p.is_others]
        if not names:
            who = entry.title[:40] or "untitled item"
        elif len(names) == 1:
            who = names[0]
        elif len(names) == 2:
            who = f"{names[0]} & {names[1]}"
        else:
            who = f"{names[0]} et al."
        return f"{who}, {entry.year or 'n.d.'}"

    def to_dict(self) -> dict[str, object]:
        data = super().to_dict()
        entry = self.item or Entry(key="")
        data["field"] = {
            "manager": self.manager, "paragraph": self.paragraph, "context": self.context,
            "item": {"title": entry.title, "year": entry.year, "authors": [p.display() for p in entry.authors],
                     "doi": entry.doi or None, "pmid": entry.pmid or None},
        }
        return data


def _citation(manuscript: Manuscript, cited: CitationField, item: FieldItem, group: int) -> FieldCitation:
    line, column = manuscript.position(cited.start)
    entry = item.entry
    people = [p for p in (entry.authors or entry.editors) if not p.is_others]
    names = tuple(p.surname for p in people[:1 if len(people) > 2 else 2])
    return FieldCitation(
        "field", cited.shown, cited.start, cited.end, line, column, group, authors=names,
        et_al=len(people) > 2, year=str(entry.year) if entry.year else "n.d.", prefix=item.prefix,
        locator=item.locator, manager=cited.manager, paragraph=line,
        context=manuscript.context(cited.start, cited.end), item=entry)


def _differences(item: Entry, entry: Entry) -> list[str]:
    """How the field's copy of a work differs from the library's, in the facts a citation shows."""
    out = []
    if item.year and entry.year and item.year != entry.year:
        out.append(f"year {item.year} vs {entry.year}")
    mine, theirs = item.first_author, entry.first_author
    if mine and theirs and surname_key(mine) not in surname_keys(theirs) and surname_key(theirs) not in \
            surname_keys(mine):
        out.append(f"first author {mine} vs {theirs}")
    if item.title and entry.title and title_similarity(item.title, entry.title) < 0.8:
        out.append(f"title \u201c{item.title[:60]}\u201d vs \u201c{entry.title[:60]}\u201d")
    return out


def _shown_differences(shown: str, entry: Entry) -> list[str]:
    """An author-year citation whose visible text lacks the library entry's first author or year."""
    if not _AUTHOR_YEAR.search(shown):
        return []  # numeric styles show no names or years to compare
    words = {surname_key(w) for w in re.findall(r"[^\W\d_][\w'\u2019-]*", fold(shown))}
    out = []
    if entry.first_author and not words & set(surname_keys(entry.first_author)):
        out.append(f"the text names no {entry.first_author}")
    if entry.year and str(entry.year) not in shown:
        out.append(f"the text shows no {entry.year}")
    return out


class _FieldResolver:
    """Exact resolution of embedded items against one library."""

    def __init__(self, entries: list[Entry]) -> None:
        self.works = WorkIndex(entries)
        self.by_title: dict[str, Entry] = {}
        for entry in entries:
            self.by_title.setdefault(title_key(entry)[0], entry)

    def resolve(self, citation: FieldCitation, cited: CitationField) -> CitationResult:
        manager = _MANAGERS[cited.manager]
        item = citation.item or Entry(key="")
        if not item.fields:
            return CitationResult(citation, UNRESOLVED, reason=f"the {manager} field carries no data for this item")
        found = self.works.match(item).entry
        if found is None:
            return self._unresolved(citation, item, manager)
        result = CitationResult(citation, RESOLVED, found)
        problems = [f"the {manager} field's copy differs from the library ({', '.join(diff)})"
                    for diff in [_differences(item, found)] if diff]
        problems += [f"{', '.join(diff)} ({found.first_author or found.title[:40]} {found.year or 'n.d.'})"
                     for diff in [_shown_differences(cited.shown, found)] if diff]
        if problems:
            result.flags.append(Flag("field-mismatch", "; ".join(problems) + ": refresh the citation in Word "
                                     "or correct the library entry"))
        return result

    def _unresolved(self, citation: FieldCitation, item: Entry, manager: str) -> CitationResult:
        ids = ", ".join(x for x in (f"DOI {item.doi}" if item.doi else "", f"PMID {item.pmid}" if item.pmid else "")
                        if x)
        reason = (f"no library entry is this {manager} item ({ids or 'no DOI or PMID'}; "
                  f"title, year and first author compared)")
        suggestion = None
        near = self.by_title.get(title_key(item)[0]) if title_key(item)[0] else None
        if near is not None:
            message = (f"the library has the same title as '{near.key}' ({near.first_author} {near.year or 'n.d.'}) "
                       f"but the field says {item.first_author} {item.year or 'n.d.'}: the same work?")
            suggestion = Suggestion(near.key, "same-title", message)
        return CitationResult(citation, UNRESOLVED, suggestion=suggestion, reason=reason)


def field_results(manuscript: Manuscript, entries: list[Entry], first_group: int = 1) -> list[CitationResult]:
    """One result per item of every citation field, in document order; groups numbered from ``first_group``."""
    resolver = _FieldResolver(entries)
    results = []
    for number, cited in enumerate(citation_fields(manuscript)):
        group = first_group + number
        if cited.problem:
            empty = FieldCitation("field", cited.shown, cited.start, cited.end, *manuscript.position(cited.start),
                                  group, manager=cited.manager, paragraph=manuscript.position(cited.start)[0],
                                  context=manuscript.context(cited.start, cited.end))
            results.append(CitationResult(empty, UNRESOLVED, reason=f"{_MANAGERS[cited.manager]} field: "
                                                                     f"{cited.problem}"))
            continue
        written = " ".join(cited.written.split())
        for index, item in enumerate(cited.items):
            result = resolver.resolve(_citation(manuscript, cited, item, group), cited)
            if index == 0 and written and written != cited.shown:
                result.flags.append(Flag("field-edited", f"the citation reads \u201c{cited.shown}\u201d but "
                                         f"{_MANAGERS[cited.manager]} wrote \u201c{written}\u201d: it was edited "
                                         "by hand, and the next refresh in Word will undo the edit"))
            results.append(result)
    return results


def with_field_citations(manuscript: Manuscript, results: list[CitationResult],
                         entries: list[Entry]) -> list[CitationResult]:
    """``results`` (citations found in the text) with a .docx's field citations added in document order;
    text citations inside a reference manager's field are dropped, since the field itself says what it cites."""
    if not manuscript.fields:
        return results
    spans = manager_spans(manuscript)
    kept = [r for r in results
            if not any(s < r.citation.end and r.citation.start < e for s, e in spans)]
    first = max((r.citation.group for r in results), default=0) + 1
    fields = field_results(manuscript, entries, first)
    return sorted(kept + fields, key=lambda r: (r.citation.start, r.citation.group))
