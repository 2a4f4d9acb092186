"""Identifiers known to name another work: what ``enrich`` found behind an entry's PMID or DOI.

When ``enrich`` fetches the record an entry's PMID or DOI names and it is a different work, that
fact is kept in one small JSON file in the user data folder (``known-ids.json``, next to the
backups; ``EVIDENCE_DATA_DIR`` moves it): for each identifier, the title, first author, year and
identifiers of the work it really names. It is a fact about the identifier, not about a library,
so it holds for every library and never goes stale when an entry is edited: ``lint``, ``show`` and
``check`` ask :meth:`KnownIds.wrong_ids`, which applies the one same-work rule
(:func:`evidence.identity.distinct_works`) to the entry as it is now. Correct the entry (or run
``enrich --fix-ids``) and the warning goes; ``enrich --accept KEY`` forgets the record.
Two ``enrich`` runs may save at once: :meth:`KnownIds.save` merges what each learnt and forgot
into the file as it is then, under the lock the library writes take, so neither loses the other's.

Why not derive it from the response cache: the cache is disposable (``--refresh``, a cleared
cache folder), and reading and parsing thousands of cached PubMed records on every ``check`` and
``lint`` would cost seconds; this file holds only the few identifiers found wrong.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass
from pathlib import Path

from evidence.errors import LibraryError
from evidence.identity import distinct_works, probes
from evidence.model import Entry
from evidence.store.safewrite import locked, replace_file

__all__ = ["FILE_NAME", "KnownIds", "KnownRecord", "WrongId", "trusted"]

FILE_NAME = "known-ids.json"
_FORMAT = 1
_ID_FIELDS = ("pmid", "doi")


@dataclass(frozen=True)
class KnownRecord:
    """What an identifier really names: the work's title, first author, year and identifiers."""

    title: str
    author: str = ""  # "Surname, Given": the first author
    year: str = ""
    doi: str = ""
    pmid: str = ""
    pmcid: str = ""
    source: str = "PubMed"

    @classmethod
    def of(cls, record: Entry, source: str = "PubMed") -> KnownRecord:
        """The parts of a fetched record (as an Entry) that identify it."""
        first = record.authors[0].display() if record.authors else ""
        return cls(record.title, first, str(record.year or ""), record.doi, record.pmid, record.pmcid, source)

    def entry(self) -> Entry:
        fields = {"title": self.title, "author": self.author, "year": self.year, "doi": self.doi,
                  "pmid": self.pmid, "pmcid": self.pmcid}
        return Entry("record", "article", {k: v for k, v in fields.items() if v})

    def describe(self) -> str:
        """``'Fatty acid oxidation ...' (Lin, Xiaojing, 2022)``"""
        who = ", ".join(x for x in (self.author.split(",")[0], self.year) if x)
        return f"'{self.title}'" + (f" ({who})" if who else "")


@dataclass(frozen=True)
class WrongId:
    """One of an entry's identifiers that names another work, and that work."""

    field: str  # "pmid" | "doi"
    value: str
    record: KnownRecord
    reason: str  # why the rule says they differ

    @property
    def label(self) -> str:
        return f"{'PMID' if self.field == 'pmid' else 'DOI'} {self.value}"

    def message(self) -> str:
        """``PMID 35649368 is a different work: 'Fatty acid ...' (Lin, 2022)``: for lint, show and check."""
        return f"{self.label} is a different work: {self.record.describe()} ({self.record.source})"

    def to_dict(self) -> dict[str, object]:
        return {"field": self.field, "value": self.value, "reason": self.reason, "record": asdict(self.record)}


def _id_probes(entry: Entry) -> list[str]:
    return [p.key for p in probes(entry) if p.score == 1.0]


def _described(entry: Entry, name: str) -> Entry:
    """The entry with only the identifier ``name``: what it says of itself (title, authors, year,
    volume, pages) is weighed against the work that identifier names, not its other identifiers
    (a PMID and a DOI that disagree say that one is wrong, not which)."""
    others = {"pmid", "doi", "pmcid"} - {name}
    return Entry(entry.key, entry.type, {k: v for k, v in entry.fields.items() if k not in others}, entry.line)


class KnownIds:
    """The store: identifier probe (``pmid:...``, ``doi:...``) -> :class:`KnownRecord`."""

    def __init__(self, path: Path | None, records: Mapping[str, KnownRecord] | None = None) -> None:
        self.path = path
        self.records: dict[str, KnownRecord] = dict(records or {})
        # what this process learnt (a record) or forgot (None) since it read the file: replayed onto the file's
        # current records at save time, so two enrich runs that save one after the other both keep theirs
        self._changes: dict[str, KnownRecord | None] = dict(self.records)

    @classmethod
    def load(cls, path: Path) -> KnownIds:
        """The store at ``path``; an absent file is an empty store, a damaged one is one error."""
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return cls(path)
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            raise LibraryError(f"cannot read the known identifiers: {exc}", path=path,
                               hint="delete the file; `evidence enrich` rebuilds what it finds") from None
        records = data.get("records", {}) if isinstance(data, dict) and data.get("format") == _FORMAT else {}
        if not isinstance(records, dict):  # another shape (a future format, a hand edit): nothing known
            records = {}
        known = {k: KnownRecord(**{f: str(v.get(f, "")) for f in KnownRecord.__dataclass_fields__})
                 for k, v in records.items() if isinstance(k, str) and isinstance(v, dict) and v.get("title")}
        store = cls(path)
        store.records = known
        return store

    @classmethod
    def in_folder(cls, folder: Path) -> KnownIds:
        return cls.load(folder / FILE_NAME)

    def __len__(self) -> int:
        return len(self.records)

    def wrong_ids(self, entry: Entry) -> list[WrongId]:
        """The entry's PMID and DOI that are known to name another work, by the same-work rule."""
        if not self.records or not self._may_hold(entry):
            return []
        out: list[WrongId] = []
        for name in _ID_FIELDS:
            value = entry.pmid if name == "pmid" else entry.doi
            if not value:
                continue
            for probe in _id_probes(Entry(entry.key, entry.type, {name: value})):
                record = self.records.get(probe)
                if record is None:
                    continue
                reason = distinct_works(_described(entry, name), record.entry())
                if reason:
                    out.append(WrongId(name, value, record, reason))
        return out

    def _may_hold(self, entry: Entry) -> bool:
        """A cheap first look at the raw fields (a 7,000-entry lint asks this of every entry)."""
        raw = (entry.get("pmid") + " " + entry.get("doi")).lower()
        if not raw.strip():
            return False
        raw = raw.replace("\\", "").replace("{", "").replace("}", "")
        return any(probe.split(":", 1)[1] in raw for probe in self.records)

    def learn(self, entry: Entry, record: Entry, source: str = "PubMed") -> bool:
        """Keep ``record`` (what an identifier of ``entry`` was found to name) when they share an
        identifier and the rule says they are different works; True if kept."""
        shared = {p.split(":", 1)[0] for p in set(_id_probes(entry)) & set(_id_probes(record))}
        if not any(distinct_works(_described(entry, name), record) for name in shared):
            return False
        known = KnownRecord.of(record, source)
        for probe in _id_probes(record):
            self.records[probe] = self._changes[probe] = known
        return True

    def forget(self, entry: Entry) -> None:
        """The user vouched for the entry's identifiers (``--accept``): stop calling them wrong."""
        for probe in _id_probes(entry):
            self.records.pop(probe, None)
            self._changes[probe] = None

    def save(self) -> None:
        """Merge this run's changes into the file as it is now, under the store's write lock, and write it
        atomically (a temporary file renamed over the old one): a concurrent ``enrich`` that saved since
        this one read the file keeps its records. A damaged file is the same one error as in :meth:`load`."""
        if self.path is None:
            return
        with locked(self.path):
            merged = KnownIds.load(self.path).records
            for probe, record in self._changes.items():
                if record is None:
                    merged.pop(probe, None)
                else:
                    merged[probe] = record
            _write(self.path, merged)
        self.records = merged
        self._changes.clear()


def _write(path: Path, records: Mapping[str, KnownRecord]) -> None:
    """The records as JSON, replaced whole (``safewrite.replace_file``: synced, renamed, so a reader or a crash
    never leaves half a file; an existing file keeps its mode, a new one gets the umask's like the data folder's
    other files)."""
    text = json.dumps({"format": _FORMAT, "records": {k: asdict(v) for k, v in sorted(records.items())}},
                      ensure_ascii=False, indent=1)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        replace_file(path, (text + "\n").encode("utf-8"))
    except OSError as exc:
        raise LibraryError(f"cannot save the known identifiers: {exc.strerror or exc}", path=path,
                           hint="check the data folder's permissions and free space") from None


def trusted(entry: Entry, wrong: Iterable[WrongId]) -> Entry:
    """A copy of ``entry`` without its wrong identifiers (and a PMCID that came with a wrong PMID), so
    links, full text and evidence never come from the other work; the same entry when none is wrong."""
    wrong = list(wrong)
    if not wrong:
        return entry
    drop = {w.field for w in wrong}
    if "pmid" in drop or any(w.record.pmcid and w.record.pmcid == entry.pmcid for w in wrong):
        drop.add("pmcid")
    fields = {k: v for k, v in entry.fields.items() if k.lower() not in drop}
    return Entry(entry.key, entry.type, fields, entry.line)
