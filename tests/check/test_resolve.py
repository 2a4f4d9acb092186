"""Resolution: keys, numbers through the reference list, APA author-year rules, suggestions."""

from __future__ import annotations

from pathlib import Path

from evidence.check.checker import check_manuscript
from evidence.check.manuscript import Manuscript, read_manuscript
from evidence.check.resolve import LibraryIndex, Resolver
from evidence.check.results import AMBIGUOUS, RESOLVED, UNRESOLVED, CheckReport
from evidence.model import Entry
from tests.fixtures.check.library import library, pubmed_entries, seed_entries

MANUSCRIPTS = Path(__file__).parent.parent / "manuscripts"

# (line, citation, status, entry key, (suggestion reason, key)) for tests/manuscripts/ketamine.md
RESOLUTION = [
    (7, 'Berman et al., 2000', 'resolved', 'berman2000', None),
    (8, 'Berman et al., 2000', 'resolved', 'berman2000', None),
    (9, 'Berman et al., 2000', 'resolved', 'berman2000', None),
    (10, 'Duman & Aghajanian, 2012', 'resolved', 'duman2012', None),
    (11, 'Duman & Aghajanian, 2012', 'resolved', 'duman2012', None),
    (12, 'Zanos et al., 2018', 'resolved', 'zanos2018', None),
    (12, 'Zanos & Gould, 2018', 'resolved', 'zanos2018mechanisms', None),
    (12, 'Duman & Aghajanian, 2012', 'resolved', 'duman2012', None),
    (13, 'Xu et al., 2019', 'unresolved', None, ('misdated', 'xu2016')),
    (14, 'Xu et al., 2016', 'resolved', 'xu2016', None),
    (15, 'Andrade, 2017a', 'resolved', 'andrade2017', None),
    (16, 'Feifel et al., 2017', 'resolved', 'feifel2017', None),
    (17, '@abbar2022', 'resolved', 'abbar2022', None),
    (18, '@fond2014', 'resolved', 'fond2014', None),
    (18, '@kishimoto2016', 'resolved', 'kishimoto2016', None),
    (18, '@zanos2018mechanisms', 'resolved', 'zanos2018mechanisms', None),
    (19, '@nobody2020', 'unresolved', None, None),
    (20, 'Kishimoto et al., 2016', 'resolved', 'kishimoto2016', None),
    (22, 'Fond et al., 2014', 'resolved', 'fond2014', None),
    (22, 'Fond et al., 2015', 'unresolved', None, ('misdated', 'fond2014')),
    (26, 'Gali-Muhtasib et al., 2004', 'resolved', 'gali-muhtasib2004533', None),
    (27, 'van der Watt, Stowell, & Leaner, 2013', 'resolved', 'van2013333', None),
    (27, 'van der Watt et al., 2013', 'resolved', 'van2013333', None),
    (28, 'Mfouo-Tynga et al., 2014', 'resolved', 'mfouo-tynga2014060', None),
    (29, 'Lakkakula & Macedo Krause, 2014', 'resolved', 'lakkakula2014652', None),
    (30, 'Al-Saleem & Al-Mondhiry, 2005', 'resolved', 'al-saleem2005584', None),
    (31, 'Icli et al., 2010', 'resolved', 'içli2010127', None),
    (32, 'Ruff et al., 1998', 'resolved', 'ruff1998669', None),
    (33, 'Ruff et al., 1998', 'resolved', 'ruff1998669', None),
    (34, 'Ibrahem et al., 2015', 'resolved', 'ibrahem2015541', None),
    (35, 'Skead & Govender, 2015', 'resolved', 'skead2015653', None),
    (36, 'Tantawy et al., 2010', 'resolved', 'tantawy2010983', None),
    (37, 'Kuchenbaecker et al., 2015', 'resolved', 'kuchenbaecker2015431', None),
    (37, 'Kuchenbaeker et al., 2015', 'unresolved', None, ('spelling', 'kuchenbaecker2015431')),
    (38, 'World Health Organization, 2019', 'unresolved', None, None),
    (38, 'WHO, 2019', 'unresolved', None, None),
    (38, 'El-Hage et al., in press', 'unresolved', None, None),
]


def _report(name: str = "ketamine.md", entries: list[Entry] | None = None) -> CheckReport:
    return check_manuscript(read_manuscript(MANUSCRIPTS / name), library() if entries is None else entries)


def test_every_citation_resolves_exactly() -> None:
    report = _report()
    got = [(r.citation.line, r.citation.label, r.status, r.entry.key if r.entry else None,
            (r.suggestion.reason, r.suggestion.key) if r.suggestion else None) for r in report.results]
    assert got == RESOLUTION


def test_misdated_citation_suggests_the_same_authors_other_year() -> None:
    result = _report().results[8]
    assert result.status == UNRESOLVED and result.reason == "no Xu et al., 2019 in the library"
    assert result.suggestion.message == ("the library has Xu 2016 (xu2016); the manuscript says 2019: "
                                         "is the year wrong?")


def test_et_al_and_two_authors_pick_different_entries() -> None:
    entries = seed_entries()
    m = Manuscript.from_text("A (Zanos et al., 2018). B (Zanos & Gould, 2018). C (Zanos, 2018).")
    report = check_manuscript(m, entries)
    assert [(r.status, r.entry.key if r.entry else sorted(e.key for e in r.candidates)) for r in report.results] == [
        (RESOLVED, "zanos2018"), (RESOLVED, "zanos2018mechanisms"),
        (AMBIGUOUS, ["zanos2018", "zanos2018mechanisms"])]


def test_year_suffix_picks_by_key_then_title_order() -> None:
    entries = seed_entries()
    extra = Entry("andrade2017b", "article", {"author": "Andrade, Chittaranjan", "year": "2017",
                                              "title": "Ketamine for Depression, 5: Potential Pharmacokinetic and "
                                                       "Pharmacodynamic Drug Interactions"})
    m = Manuscript.from_text("(Andrade, 2017b) and (Andrade, 2017a) and (Andrade, 2017).")
    report = check_manuscript(m, entries + [extra])
    assert [(r.status, r.entry.key if r.entry else None) for r in report.results] == [
        (RESOLVED, "andrade2017b"), (RESOLVED, "andrade2017"), (AMBIGUOUS, None)]


def test_accent_folding_and_in_press() -> None:
    entry = Entry("lancon2020", "article", {"author": "Lan{\\c{c}}on, Christophe and Roger, Matthieu",
                                            "year": "in press",
                                            "title": "A forthcoming work"})
    m = Manuscript.from_text("(Lancon & Roger, in press) and Lançon and Roger (2021).")
    report = check_manuscript(m, [entry])
    assert [(r.status, r.suggestion.reason if r.suggestion else None) for r in report.results] == [
        (RESOLVED, None), (UNRESOLVED, "misdated")]


def test_numeric_citations_resolve_through_the_reference_list() -> None:
    report = _report("numbered.txt")
    assert [(r.citation.label, r.status, r.entry.key if r.entry else r.reason) for r in report.results] == [
        ("[1]", RESOLVED, "berman2000"), ("[2]", RESOLVED, "ruff1998669"), ("[3]", RESOLVED, "duman2012"),
        ("[1]", RESOLVED, "berman2000"), ("[2]", RESOLVED, "ruff1998669"), ("[3]", RESOLVED, "duman2012"),
        ("[5]", RESOLVED, "zhu2006536"), ("[99]", UNRESOLVED, "no item 99 in the reference list")]
    assert len(report.references) == 5


def test_latex_keys_resolve_and_unknown_key_gets_a_suggestion() -> None:
    report = _report("ketamine.tex")
    assert [(r.citation.key or r.citation.label, r.status) for r in report.results if r.status != RESOLVED] == [
        ("abbar2021", UNRESOLVED)]
    bad = next(r for r in report.results if r.status != RESOLVED)
    assert bad.suggestion.to_dict() == {"key": "abbar2022", "reason": "similar-key",
                                        "message": "no entry 'abbar2021'; did you mean 'abbar2022'?"}
    narrative = next(r for r in report.results if r.citation.key == "duman2012")
    assert narrative.clause == "describe rapid responses within hours, as do others"


def test_spelling_suggestion_uses_one_edit_neighbours() -> None:
    index = LibraryIndex.build(pubmed_entries())
    assert index.similar_surnames("kuchenbaeker") == ["kuchenbaecker"]
    assert index.similar_surnames("rufff") == ["ruff"]


def test_numbered_reference_without_subtitle_resolves() -> None:
    krystal = Entry("krystal2023", "article", {
        "author": "Krystal, John H and Kaye, Alfred P and Jefferson, Sarah", "year": "2023",
        "title": "Ketamine and the neurobiology of depression: Toward next-generation rapid-acting "
                 "antidepressant treatments", "journal": "Proc Natl Acad Sci U S A"})
    text = ("Ketamine acts fast [1].\n\nReferences\n\n1. Krystal JH, Kaye AP, Jefferson S, et al. Ketamine and the "
            "neurobiology of depression. Proc Natl Acad Sci U S A. 2023.\n")
    report = check_manuscript(Manuscript.from_text(text), [krystal])
    assert [(r.status, r.entry.key if r.entry else None) for r in report.results] == [(RESOLVED, "krystal2023")]


def test_reference_items_match_by_doi_pmid_then_author_year_title() -> None:
    resolver = Resolver(library())
    ruff = next(e for e in resolver.index.entries if e.key == "ruff1998669")
    assert resolver.match_reference("Someone X. Whatever. doi:10.1016/s0006-3223(99)00230-9.").key == "berman2000"
    assert resolver.match_reference(f"Nobody A. Title. PMID: {ruff.pmid}").key == "ruff1998669"
    assert resolver.match_reference(f"Ruff P, et al. {ruff.title}. 1998.").key == "ruff1998669"
    assert resolver.match_reference(f"Ruff P, et al. {ruff.title}. 2001.") is None  # another year
    assert resolver.match_reference("Ruff P, et al. Something else entirely about nothing. 1998.") is None
