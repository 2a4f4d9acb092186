"""Find entries that are the same work, and plan merges that lose nothing.

Two entries are the same work when they share a DOI or a PMID, or their normalised title,
year and first author agree (the one rule in :mod:`evidence.identity`), or, for near-misses such
as a changed subtitle or a typo, their titles are at least ``FUZZY`` similar with the same first
author and a year at most one apart. Following Zotero's rule, entries whose DOIs or PMIDs
*differ* are never grouped, however alike their titles (two Zanos 2018 reviews stay apart).

A merge keeps the most complete entry, fills its missing fields from the others, and records
the removed keys in biblatex's ``ids`` field so existing ``\\cite`` commands still resolve.
Nothing is changed until :func:`apply_merges` is called (``evidence dedupe --apply``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import Protocol

from evidence.identity import conflict, distinct_works, part_numbers, probes, title_key
from evidence.model import Entry

__all__ = ["FUZZY", "DedupeResult", "DuplicateGroup", "MergePlan", "apply_merges", "dedupe", "distinct_works",
           "find_duplicates", "plan_merge", "title_key"]

#: SequenceMatcher ratio of normalised titles above which two works are near-duplicates.
FUZZY = 0.9
_IDENTITY_FIELDS = ("doi", "pmid")


@dataclass(frozen=True)
class DuplicateGroup:
    """Keys (file order) of entries that are one work, why, and how sure (1.0 = identifier)."""

    keys: tuple[str, ...]
    reason: str
    score: float
    lines: tuple[int, ...] = ()

    def to_dict(self) -> dict[str, object]:
        return {"keys": list(self.keys), "reason": self.reason, "score": round(self.score, 3),
                "lines": list(self.lines)}


@dataclass
class MergePlan:
    """Keep ``keep``, add ``fill`` to it (field -> value, from ``sources``), remove ``remove``."""

    keep: str
    remove: list[str]
    fill: dict[str, str] = field(default_factory=dict)
    sources: dict[str, str] = field(default_factory=dict)
    conflicts: dict[str, list[str]] = field(default_factory=dict)

    def to_dict(self) -> dict[str, object]:
        return {"keep": self.keep, "remove": self.remove, "fill": self.fill, "sources": self.sources,
                "conflicts": self.conflicts}


@dataclass(frozen=True)
class DedupeResult:
    """One group of duplicates, the merge planned for it, and whether it was merged."""

    group: DuplicateGroup
    plan: MergePlan
    merged: bool

    def to_dict(self) -> dict[str, object]:
        return self.group.to_dict() | {"plan": self.plan.to_dict(), "merged": self.merged}


class _Store(Protocol):
    @property
    def entries(self) -> list[Entry]: ...
    def get(self, key: str) -> Entry: ...
    def update(self, entry: Entry) -> None: ...
    def remove(self, key: str) -> Entry: ...


class _Groups:
    """Union-find over entry positions, remembering the strongest reason for each union."""

    def __init__(self, entries: Sequence[Entry]) -> None:
        self.entries = entries
        self.parent = list(range(len(entries)))
        self.members: dict[int, list[int]] = {i: [i] for i in range(len(entries))}
        self.reason: dict[int, tuple[float, str]] = {}

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int, score: float, reason: str) -> None:
        """Join two groups unless any pair across them conflicts (no transitive A~B~C with A!=C)."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return
        if any(conflict(self.entries[x], self.entries[y]) for x in self.members[ra] for y in self.members[rb]):
            return
        self.parent[rb] = ra
        self.members[ra].extend(self.members.pop(rb))
        old = [self.reason.pop(r) for r in {ra, rb} if r in self.reason]
        best = max(old + [(score, reason)], key=lambda t: t[0])
        self.reason[ra] = best


def find_duplicates(entries: Sequence[Entry], fuzzy: float | None = FUZZY) -> list[DuplicateGroup]:
    """Groups of two or more entries that are likely the same work (see module docstring).

    ``fuzzy=None`` turns the similar-title pass off. Titles are compared only within blocks of
    the same first author, so the cost stays near-linear on real libraries.
    """
    groups = _Groups(entries)
    index: dict[str, int] = {}
    keys = [title_key(e) for e in entries]
    for i, entry in enumerate(entries):
        for probe in probes(entry, keys[i]):
            j = index.setdefault(probe.key, i)
            if j != i and not distinct_works(entries[i], entries[j]):
                groups.union(j, i, probe.score, probe.reason)
    if fuzzy is not None:
        by_author: dict[str, list[int]] = defaultdict(list)
        for i, (title, _, author) in enumerate(keys):
            if title and author:
                by_author[author].append(i)
        for members in by_author.values():
            for pos, i in enumerate(members):
                ti, yi, _ = keys[i]
                matcher = SequenceMatcher(None, autojunk=False)
                matcher.set_seq2(ti)  # seq2 is the one SequenceMatcher indexes; reuse it
                for j in members[pos + 1:]:
                    tj, yj, _ = keys[j]
                    if 2 * min(len(ti), len(tj)) < fuzzy * (len(ti) + len(tj)):
                        continue
                    if yi is not None and yj is not None and abs(yi - yj) > 1:
                        continue
                    if groups.find(i) == groups.find(j) or conflict(entries[i], entries[j]):
                        continue
                    if part_numbers(ti) != part_numbers(tj):
                        continue
                    matcher.set_seq1(tj)
                    if matcher.quick_ratio() < fuzzy:
                        continue
                    ratio = matcher.ratio()
                    if ratio >= fuzzy:
                        groups.union(i, j, ratio, f"similar titles ({ratio:.2f}), same first author")
    members_of: dict[int, list[int]] = defaultdict(list)
    for i in range(len(entries)):
        members_of[groups.find(i)].append(i)
    out = []
    for root, members in members_of.items():
        if len(members) < 2:
            continue
        score, reason = groups.reason.get(root, (0.0, ""))
        out.append(DuplicateGroup(tuple(entries[m].key for m in members), reason, score,
                                  tuple(entries[m].line for m in members)))
    out.sort(key=lambda g: g.lines[0] if g.lines else 0)
    return out


def _completeness(entry: Entry) -> tuple[int, int, int]:
    ids = sum(bool(entry.get(f)) for f in _IDENTITY_FIELDS)
    filled = sum(bool(v.strip()) for v in entry.fields.values())
    return ids, filled, sum(len(v) for v in entry.fields.values())


def plan_merge(entries: Sequence[Entry]) -> MergePlan:
    """Keep the most complete entry (ids, then number of fields, then length; first wins ties)."""
    if len(entries) < 2:
        raise ValueError("a merge needs two or more entries")
    keep = max(entries, key=_completeness)  # max returns the first of equals
    others = [e for e in entries if e is not keep]
    plan = MergePlan(keep=keep.key, remove=[e.key for e in others])
    for other in others:
        for name, value in other.fields.items():
            if not value.strip() or name == "ids":
                continue
            if not keep.get(name).strip() and name not in plan.fill:
                plan.fill[name] = value
                plan.sources[name] = other.key
            elif keep.get(name).strip() and keep.text(name) != other.text(name) and name not in plan.fill:
                plan.conflicts.setdefault(name, []).append(other.key)
    aliases: list[str] = []
    for entry in (keep, *others):  # old aliases of every merged entry survive, then the removed keys
        aliases += [k.strip() for k in entry.get("ids").split(",") if k.strip()]
    aliases += plan.remove
    plan.fill["ids"] = ", ".join(dict.fromkeys(aliases))
    plan.sources["ids"] = "merge"
    return plan


def apply_merges(store: _Store, plans: Iterable[MergePlan]) -> list[str]:
    """Apply plans to a Library (fill, then remove); returns the removed keys. Caller saves."""
    removed: list[str] = []
    for plan in plans:
        kept = store.get(plan.keep)
        merged = Entry(key=kept.key, type=kept.type, fields=dict(kept.fields), line=kept.line)
        for name, value in plan.fill.items():
            merged.set(name, value)
        store.update(merged)
        for key in plan.remove:
            store.remove(key)
            removed.append(key)
    return removed


def dedupe(store: _Store, *, apply: bool = False, include_similar: bool = False) -> list[DedupeResult]:
    """Find duplicate groups and plan their merges; with ``apply``, merge the sure groups (an
    identifier or title + year + first author; also similar titles with ``include_similar``).
    The caller saves."""
    groups = find_duplicates(store.entries)
    plans = [plan_merge([store.get(k) for k in g.keys]) for g in groups]
    merge = [apply and (g.score >= 0.99 or include_similar) for g in groups]
    apply_merges(store, [p for p, m in zip(plans, merge, strict=True) if m])
    return [DedupeResult(g, p, m) for g, p, m in zip(groups, plans, merge, strict=True)]
