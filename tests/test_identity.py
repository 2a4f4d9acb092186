"""The one same-work rule, and every caller of it agreeing on the same 20 pairs built from real records."""

from __future__ import annotations

from pathlib import Path

import pytest
from pubmed_server import load_records

from evidence.dedupe import find_duplicates
from evidence.formats.importer import ImportReport, import_entries
from evidence.identity import (
    WorkIndex,
    citekey,
    distinct_works,
    is_valid_key,
    probes,
    same_work,
    surname_keys,
    title_contained,
    title_key,
    title_similarity,
    titles_differ,
)
from evidence.model import Entry
from evidence.sources.enrich import entry_from_record
from evidence.sources.records import parse_efetch
from evidence.store.library import Library

ROOT = Path(__file__).parent.parent


def _real_entries() -> list[Entry]:
    """PubMed records from the recorded fixtures, as entries (sorted by PMID: the same every run)."""
    out = []
    records = load_records()
    for pmid in sorted(records, key=int):
        for rec in parse_efetch(records[pmid]):
            entry = entry_from_record(rec, f"pm{rec.pmid}")
            if entry.doi and entry.pmid and len(title_key(entry)[0]) >= 20 and entry.authors and entry.year:
                out.append(entry)
    return out


def _copy(entry: Entry, key: str, keep: tuple[str, ...], **changes: str) -> Entry:
    fields = {k: v for k, v in entry.fields.items() if k in keep}
    fields.update(changes)
    return Entry(key, entry.type, fields)


def _pairs() -> list[tuple[str, Entry, Entry, bool]]:
    """(label, a, b, same work?): 10 pairs of one work seen twice, 10 pairs of two works."""
    real = _real_entries()
    assert len(real) >= 30
    pairs: list[tuple[str, Entry, Entry, bool]] = []
    for i, a in enumerate(real[:10]):
        if i % 3 == 0:  # the DOI as a URL in upper case, nothing else
            b = _copy(a, "b", ("title",), doi="https://doi.org/" + a.text("doi").upper())
            pairs.append((f"same DOI {a.key}", a, b, True))
        elif i % 3 == 1:  # the PMID only, and the title's first six words
            b = _copy(a, "b", (), pmid=a.pmid, title=" ".join(a.title.split()[:6]))
            pairs.append((f"same PMID {a.key}", a, b, True))
        else:  # no ids: title in another case and punctuation, same year and first author
            b = _copy(a, "b", ("author", "year"), title=a.title.upper().replace(":", " -").rstrip("."))
            pairs.append((f"same title {a.key}", a, b, True))
    for i, (a, other) in enumerate(zip(real[10:20], real[20:30], strict=True)):
        if i % 2 == 0:  # a recurring title (a journal column): same title, year, author but another volume
            b = _copy(a, "b", ("title", "author", "year"), volume=str(int(a.text("volume") or 0) + 1 or 2))
            pairs.append((f"other volume {a.key}", a, b, False))
        else:  # a DOI shared by a clearly different work (a book DOI shared by its chapters)
            b = _copy(other, "b", ("title", "author", "year"), doi=a.doi)
            pairs.append((f"shared DOI {a.key}", a, b, False))
    return pairs


PAIRS = _pairs()


@pytest.mark.parametrize(("label", "a", "b", "same"), PAIRS, ids=[p[0] for p in PAIRS])
def test_every_caller_agrees_on_the_same_pairs(label: str, a: Entry, b: Entry, same: bool, tmp_path: Path) -> None:
    # the rule itself, in both directions
    assert bool(same_work(a, b)) is same
    assert bool(same_work(b, a)) is same
    assert (WorkIndex([a]).match(b).entry is a) is same
    # library lookups (used by `add`, `pubmed --add`)
    path = tmp_path / "lib.bib"
    path.write_text("", encoding="utf-8")
    lib = Library.load(path)
    lib.add(a)
    assert (lib.find_same_work(b) is not None) is same
    # dedupe (exact pass only: the similar-title pass is dedupe's own, lower-confidence suggestion)
    assert bool(find_duplicates([a, b], fuzzy=None)) is same
    # import
    report = import_entries(lib, [b], "test", ImportReport(dry_run=True))
    assert [item.status for item in report.items] == ["merged" if same else "added"]


def test_the_probe_format_lives_only_in_identity() -> None:
    """grep: no other module builds ``doi:``/``pmid:``/``tya:`` probes (they would drift apart)."""
    offenders = []
    for path in (ROOT / "evidence").rglob("*.py"):
        if path.name == "identity.py":
            continue
        text = path.read_text(encoding="utf-8")
        if 'f"tya:' in text or '"tya:' in text or 'f"doi:{' in text or 'f"pmid:{' in text or '"pmid:" +' in text:
            offenders.append(path.name)
    assert offenders == []


def test_short_titles_never_identify_a_work_alone() -> None:
    a = Entry("a", "article", {"author": "Smith, A.", "title": "Editorial", "year": "2020"})
    b = Entry("b", "article", {"author": "Smith, A.", "title": "Editorial", "year": "2020"})
    assert [p.key for p in probes(a)] == []
    assert same_work(a, b) == ""


def test_near_miss_is_explained() -> None:
    a = Entry("a", "article", {"title": "Growth of nanowires on silicon", "doi": "10.5772/3457"})
    b = Entry("b", "article", {"title": "Optical spectroscopy of quantum dots", "doi": "10.5772/3457"})
    match = WorkIndex([a]).match(b)
    assert match.entry is None
    assert match.near_miss == ("shares an identifier or title with 'a' but their titles differ "
                               "(a book or series identifier shared by parts?)")
    assert distinct_works(a, b) == "their titles differ (a book or series identifier shared by parts?)"


def test_citekey_styles_and_collisions() -> None:
    entry = Entry("x", "article", {"author": "Müller-Lüdenscheidt, Hans", "title": "The effects of ketamine",
                                   "year": "2019"})
    assert citekey(entry, lambda k: False) == "mullerludenscheidt2019effects"
    assert citekey(entry, lambda k: False, capitalised=True) == "Mullerludenscheidt2019Effects"
    assert citekey(entry, lambda k: False, short=True) == "mullerludenscheidt2019"
    taken = {"mullerludenscheidt2019", "mullerludenscheidt2019effects", "mullerludenscheidt2019a"}
    assert citekey(entry, taken.__contains__, short=True) == "mullerludenscheidt2019b"
    org = Entry("o", "report", {"author": "{World Health Organization}", "title": "Depression", "year": "2017"})
    assert citekey(org, lambda k: False) == "who2017depression"
    assert is_valid_key("who2017depression")
    assert not is_valid_key("a key")


def test_surname_keys_and_title_similarity() -> None:
    assert surname_keys("van der Berg") == ["vanderberg", "berg"]
    assert surname_keys("El-Hage") == ["elhage"]
    assert title_similarity("Ketamine in depression", "Ketamine in depression: a review of trials") == 0.9


def test_a_title_cut_short_is_contained_in_the_whole() -> None:
    whole = ("Who consumes ultra-processed food? A systematic review of sociodemographic determinants of "
             "ultra-processed food consumption from nationally representative samples")
    assert title_contained("Who consumes ultra-processed food? A systematic review", whole)
    assert title_contained(whole, "Who consumes ultra-processed food? A systematic review")  # either order
    assert not title_contained("Who consumes food", whole)  # three words prove nothing
    assert not title_contained("A systematic review of food consumption", whole)  # not one unbroken run
    assert not titles_differ("Who consumes ultra-processed food? A systematic review", whole)


def test_refs_bib_has_no_two_entries_of_one_work() -> None:
    lib = Library.load(ROOT / "refs.bib")
    assert [e.key for e in lib.entries if lib.find_same_work(e) is not None] == []
