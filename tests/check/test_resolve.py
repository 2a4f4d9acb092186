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


def _entry(key: str, author: str, year: str, title: str, **extra: str) -> Entry:
    fields = {"author": author, "title": title, **extra}
    if year:
        fields["year"] = year
    return Entry(key, "article", fields)


FORMS_LIBRARY = [
    _entry("okonkwo2016", "Okonkwo, Ada and Bello, Bisi and Eze, Chidi", "2016", "Coral bleaching after heat waves"),
    _entry("haddad2018", "Haddad, Hana and Lindqvist, Lars", "2018", "Reef fish in the north"),
    _entry("moreau1999", "Moreau, Marc and Petit, Paul and Roux, Rene", "1999", "Drift on Aldabra"),
    _entry("tanaka-drift", "Tanaka, Ken and Brandt, Karl", "2011", "Phase one of reef drift"),
    _entry("tanaka-larvae", "Tanaka, Ken and Brandt, Karl", "2011", "A phase two for larvae"),
    _entry("tanaka-third", "Tanaka, Ken and Brandt, Karl", "2011", "The third phase of settlement"),
    _entry("pereira2013", "Pereira, Paula and Gomes, Gil and Reis, Rui", "2013", "Sponges under stress"),
    _entry("fairbairn1987", "Fairbairn, Fay", "1987", "Early notes"),
    _entry("fairbairn1989", "Fairbairn, Fay", "1989", "Later notes"),
    _entry("linnaeus1758", "Linnaeus, Carl", "1758", "Systema naturae"),
    _entry("darwin1842", "Darwin, Charles", "1842", "The structure and distribution of coral reefs"),
    _entry("costa2014", "Costa da Silva, Ana and Lima, Bia and Rocha, Caio", "2014", "Reef models"),
    _entry("vieira2015", "Vieira de Mello, Joao and Page, Tom", "2015", "Model agreement"),
    _entry("abara", "Abara, Kelechi and Nwosu, Lola and Obi, Musa", "", "Undated reef notes"),
    _entry("reefwatch", "{Reef Watch Society}", "", "Reef watch handbook"),
    _entry("council2020", "{Marine Research Council of the King's University}", "2020", "Rules for reef work"),
    _entry("oho2019", "{Oceanic Health Organisation}", "2019", "Ocean health report"),
    _entry("cms2021", "{Coastal Monitoring Service and Data Centre}", "2021", "Coastal monitoring"),
]


def test_every_form_resolves_or_gets_a_suggestion() -> None:
    report = check_manuscript(read_manuscript(MANUSCRIPTS / "forms.md"), FORMS_LIBRARY)
    got = [(r.citation.line, r.status, r.entry.key if r.entry else r.suggestion.key if r.suggestion else None)
           for r in report.results]
    tanaka = {"a": "tanaka-drift", "b": "tanaka-larvae", "c": "tanaka-third"}
    assert got == [
        (3, RESOLVED, "okonkwo2016"), (4, RESOLVED, "haddad2018"), (5, RESOLVED, "moreau1999"),
        (6, RESOLVED, tanaka["b"]), (7, RESOLVED, "okonkwo2016"), (7, RESOLVED, "pereira2013"),
        (8, RESOLVED, "haddad2018"), (9, RESOLVED, tanaka["a"]), (10, RESOLVED, tanaka["a"]),
        (10, RESOLVED, tanaka["b"]), (10, RESOLVED, tanaka["c"]), (11, RESOLVED, "fairbairn1987"),
        (11, RESOLVED, "fairbairn1989"), (11, RESOLVED, "fairbairn1987"), (11, RESOLVED, "fairbairn1989"),
        (12, RESOLVED, "linnaeus1758"), (12, RESOLVED, "darwin1842"), (13, RESOLVED, "costa2014"),
        (13, RESOLVED, "vieira2015"), (14, RESOLVED, "haddad2018"), (15, RESOLVED, "moreau1999"),
        (15, RESOLVED, "pereira2013"), (16, RESOLVED, "okonkwo2016"), (17, RESOLVED, "abara"),
        (17, RESOLVED, "abara"), (17, RESOLVED, "reefwatch"), (18, RESOLVED, "council2020"),
        (19, UNRESOLVED, "oho2019"), (19, UNRESOLVED, "cms2021"),
        (20, RESOLVED, "moreau1999"), (20, RESOLVED, "pereira2013"), (21, RESOLVED, "haddad2018"),
    ]
    near = [r.suggestion.to_dict() for r in report.results if r.suggestion]
    assert near == [
        {"key": "oho2019", "reason": "spelling",
         "message": "no 'Oceanic Heath Organisation' in the library; 'Oceanic Health Organisation' 2019 (oho2019) "
                    "is one letter away: a misspelling?"},
        {"key": "cms2021", "reason": "similar-name",
         "message": "no 'Coastal Monitoring Service' in the library; did you mean 'Coastal Monitoring Service and "
                    "Data Centre' 2021 (cms2021)?"}]


NUMBERED_LIBRARY = [
    _entry("okafor2012", "Okafor, Ada B and Lindqvist, Eva", "2012", "Salt and blood pressure in adults"),
    _entry("who2012", "{World Health Organisation}", "2012", "Guideline: sodium intake for adults and children"),
    _entry("delafuente2014", "De la Fuente, Maria and Brandt, Karl and Ochoa, Luis", "2014",
           "Dietary sodium and stroke"),
    _entry("fsa2014", "{UK Food Standards Agency}", "2014", "Salt targets", url="https://example.org/salt-targets/"),
    _entry("lowsodium2015", "{Low Sodium Trial Research Group}", "2015",
           "Effects of a low sodium diet on blood pressure"),
    Entry("panel2016", "misc", {"title": "Dietary guidelines for the nation: report of the panel on salt",
                                "year": "2016"}),
    _entry("rao2018", "Rao, Sita and Iyer, Prem", "2018", "Salt substitutes in rural India"),
    _entry("decoy2016", "Okafor, Ada B", "2016", "Dietary guidelines for the county"),
]


def test_numbered_items_with_organisations_particles_urls_and_no_author() -> None:
    report = check_manuscript(read_manuscript(MANUSCRIPTS / "numbered_forms.txt"), NUMBERED_LIBRARY)
    assert [(r.citation.number, r.status, r.entry.key if r.entry else r.reason) for r in report.results] == [
        (1, RESOLVED, "okafor2012"), (2, RESOLVED, "who2012"), (3, RESOLVED, "delafuente2014"),
        (4, RESOLVED, "fsa2014"), (5, RESOLVED, "lowsodium2015"), (6, RESOLVED, "panel2016"),
        (7, RESOLVED, "rao2018")]


def test_title_alone_needs_nearly_the_whole_title_and_the_year() -> None:
    resolver = Resolver(NUMBERED_LIBRARY)
    assert resolver.match_reference("Dietary guidelines for the nation. 2016.").key == "panel2016"  # no subtitle
    assert resolver.match_reference("Dietary guidelines on salt. 2016.") is None  # half the title
    assert resolver.match_reference("Dietary guidelines for the nation: report of the panel on salt. 2019.") is None


def _suffix_report(entries: list[Entry], text: str) -> list[tuple[str, str | None]]:
    report = check_manuscript(Manuscript.from_text(text), entries)
    return [(r.status, r.entry.key if r.entry else r.reason) for r in report.results]


def test_suffix_from_the_entrys_own_year_or_extradate_or_the_one_left() -> None:
    entries = [_entry("q1", "Quist, Ann", "2001b", "Alpha"), _entry("q2", "Quist, Ann", "2001", "Beta"),
               _entry("f1", "Ferro, Bo", "2003", "Zeta", extradate="1"), _entry("f2", "Ferro, Bo", "2003", "Eta",
                                                                              extradate="2")]
    assert _suffix_report(entries, "(Quist, 2001b; 2001a) and (Ferro, 2003a; 2003b).") == [
        (RESOLVED, "q1"), (RESOLVED, "q2"), (RESOLVED, "f1"), (RESOLVED, "f2")]


def test_suffix_is_ambiguous_when_months_contradict_title_order() -> None:
    entries = [_entry("q1", "Quist, Ann", "2001", "Alpha", month="dec"),
               _entry("q2", "Quist, Ann", "2001", "Beta", month="jan")]
    assert _suffix_report(entries, "(Quist, 2001a).") == [
        (AMBIGUOUS, "2 entries match Quist, 2001a; the library does not say which is 2001a "
                    "(end their keys with 2001a, 2001b, ...)")]
    entries[1].set("month", "dec")  # the same month: the title order stands
    assert _suffix_report(entries, "(Quist, 2001a).") == [(RESOLVED, "q1")]


def test_a_citation_without_a_year_points_at_an_undated_entry_or_asks_for_the_year() -> None:
    undated = _entry("abara", "Abara, Kelechi and Nwosu, Lola and Obi, Musa", "", "Undated reef notes")
    dated = _entry("quist2004", "Quist, Ann and Ferro, Bo and Mbeki, Cy", "2004", "Dated notes")
    report = check_manuscript(Manuscript.from_text("Known (Abara et al.) and (Quist et al.); Quist et al. (n.d.)."),
                              [undated, dated])
    assert [(r.status, r.entry.key if r.entry else r.suggestion.message) for r in report.results] == [
        (RESOLVED, "abara"),
        (UNRESOLVED, "the library has Quist 2004 (quist2004); the manuscript gives no year: is one missing?"),
        (UNRESOLVED, "the library has Quist 2004 (quist2004); the manuscript says n.d.: is the year wrong?")]


def test_consortia_with_or_without_the_article_and_a_leading_number() -> None:
    lib = [_entry("encode", "{ENCODE Project Consortium}", "2012", "An integrated encyclopedia of elements"),
           _entry("genomes", "{The 1000 Genomes Project Consortium}", "2015", "A global reference"),
           _entry("quist2005", "Quist, Ann and Ferro, Bo and Mbeki, Cy", "2005", "Bones")]
    text = ("Data (The ENCODE Project Consortium, 2012; 1000 Genomes Project Consortium, 2015) [Quist et al. 2005]. "
            "Not a citation: (n = 1200 patients, 2012).")
    report = check_manuscript(Manuscript.from_text(text), lib)
    assert [(r.citation.label, r.status, r.entry.key if r.entry else None) for r in report.results] == [
        ("ENCODE Project Consortium, 2012", RESOLVED, "encode"),
        ("1000 Genomes Project Consortium, 2015", RESOLVED, "genomes"),
        ("Quist et al., 2005", RESOLVED, "quist2005")]


def test_a_name_before_its_own_number_is_one_citation() -> None:
    lib = [_entry("quist2004", "Quist, Ann and Ferro, Bo and Mbeki, Cy", "2004", "Iron uptake in yeast"),
           _entry("ferro2001", "Ferro, Bo", "2001", "Salt in soil")]
    text = ("Quist et al. (2004) showed iron uptake [1]. Ferro (2001) disagreed [1].\n\n"
            "References\n1. Quist A, Ferro B, Mbeki C (2004) Iron uptake in yeast. J Fungi 1: 1-2.\n")
    report = check_manuscript(Manuscript.from_text(text), lib)
    assert [(r.citation.label, r.entry.key if r.entry else None) for r in report.results] == [
        ("[1]", "quist2004"), ("Ferro, 2001", "ferro2001"), ("[1]", "quist2004")]  # a name whose number differs stays


def test_an_unknown_acronym_before_a_year_is_a_measurement() -> None:
    lib = [_entry("who2019", "{World Health Organization}", "2019", "Malaria report")]
    report = check_manuscript(Manuscript.from_text("Initial BMI (1975) and WHO (2019) and (BMI, 1975)."), lib)
    assert [(r.citation.label, r.status) for r in report.results] == [
        ("WHO, 2019", RESOLVED), ("BMI, 1975", UNRESOLVED)]


def test_a_one_name_possessive_is_a_citation_only_if_the_library_has_the_work() -> None:
    lib = [_entry("kutteh1997", "Kutteh, William H. and Rote, Neal and Silver, Robert", "1997",
                  "Antiphospholipid antibodies and reproduction")]
    report = check_manuscript(Manuscript.from_text("According to Kutteh's 1997 review, heparin helps. Crohn's 2015 "
                                                   "cohort grew, as did Kutteh's 1998 study."), lib)
    assert [(r.citation.label, r.status, r.entry.key if r.entry else None) for r in report.results] == [
        ("Kutteh, 1997", RESOLVED, "kutteh1997"), ("Kutteh, 1998", UNRESOLVED, None)]  # a near miss keeps its hint
    assert report.results[1].suggestion is not None
    assert [f.kind for f in report.results[0].flags] == ["no-abstract"]  # a possessive names the lead author only:
    # no author-count question ("cited with 1 author(s) but the entry lists 3")


def test_two_named_authors_of_a_longer_list_get_a_hint() -> None:
    lib = [_entry("quist2006", "Quist, Ann and Lee, Bo and Park, Cy and Ferro, Di", "2006", "Leaf patterns")]
    report = check_manuscript(Manuscript.from_text("Leaves (Quist and Ferro, 2006)."), lib)
    assert [(r.status, r.suggestion.to_dict() if r.suggestion else None) for r in report.results] == [
        (UNRESOLVED, {"key": "quist2006", "reason": "author-count",
                      "message": "no Quist & Ferro, 2006 in the library; Quist et al. 2006 (quist2006) has 4 authors, "
                                 "including Ferro: is the author list right?"})]


def test_a_reference_the_library_lacks_names_the_identifier_it_prints() -> None:
    # numbered.txt's item 3 prints doi:10.1126/science.1222939 and item 5 "PMID: 16858536"; without those works in
    # the library, the unresolved citations say what `evidence add` takes.
    kept = [e for e in library() if e.key not in ("duman2012", "zhu2006536")]
    report = check_manuscript(read_manuscript(MANUSCRIPTS / "numbered.txt"), kept)
    reasons = {r.citation.label: r.reason for r in report.results if r.status == UNRESOLVED}
    assert reasons == {
        "[3]": "reference 3 (line 13) matches no library entry; add it with `evidence add 10.1126/science.1222939`",
        "[5]": "reference 5 (line 15) matches no library entry; add it with `evidence add 16858536`",
        "[99]": "no item 99 in the reference list"}
