"""The citation finder: every form, positions, and precision/recall on annotated manuscripts."""

from __future__ import annotations

from pathlib import Path

from evidence.check.citations import Citation, find_citations, find_reference_list
from evidence.check.manuscript import Manuscript, read_manuscript

MANUSCRIPTS = Path(__file__).parent.parent / "manuscripts"

# Ground truth: (line, label) of every citation a careful reader sees, per manuscript.
EXPECTED = {
    "ketamine.md": [
        (7, "Berman et al., 2000"), (8, "Berman et al., 2000"), (9, "Berman et al., 2000"),
        (10, "Duman & Aghajanian, 2012"), (11, "Duman & Aghajanian, 2012"), (12, "Zanos et al., 2018"),
        (12, "Zanos & Gould, 2018"), (12, "Duman & Aghajanian, 2012"), (13, "Xu et al., 2019"),
        (14, "Xu et al., 2016"), (15, "Andrade, 2017a"), (16, "Feifel et al., 2017"), (17, "@abbar2022"),
        (18, "@fond2014"), (18, "@kishimoto2016"), (18, "@zanos2018mechanisms"), (19, "@nobody2020"),
        (20, "Kishimoto et al., 2016"), (22, "Fond et al., 2014"), (22, "Fond et al., 2015"),
        (26, "Gali-Muhtasib et al., 2004"), (27, "van der Watt, Stowell, & Leaner, 2013"),
        (27, "van der Watt et al., 2013"), (28, "Mfouo-Tynga et al., 2014"),
        (29, "Lakkakula & Macedo Krause, 2014"), (30, "Al-Saleem & Al-Mondhiry, 2005"),
        (31, "Icli et al., 2010"), (32, "Ruff et al., 1998"), (33, "Ruff et al., 1998"),
        (34, "Ibrahem et al., 2015"), (35, "Skead & Govender, 2015"), (36, "Tantawy et al., 2010"),
        (37, "Kuchenbaecker et al., 2015"), (37, "Kuchenbaeker et al., 2015"),
        (38, "World Health Organization, 2019"), (38, "WHO, 2019"), (38, "El-Hage et al., in press"),
    ],
    "decoys.md": [
        (3, "Smith, 2010"), (3, "Lee et al., 2011"), (4, "Andrade, 2017a"), (4, "Andrade, 2017b"),
        (4, "Andrade, 2017"), (5, "World Health Organization, 2019"), (5, "Ministry of Health, 2020"),
        (6, "Kim & Park, 2015"), (6, "Smith et al., 2010"), (7, "Nguyen, 2018"), (7, "O\u2019Brien, 2016"),
        (8, "Lo Russo & Bambini, 2009"), (8, "De Souza & dos Santos, 2014"),
    ],
    "ketamine.tex": [
        (4, "\\cite{berman2000}"), (5, "\\cite{duman2012}"), (5, "\\cite{zanos2018}"),
        (5, "\\cite{zanos2018mechanisms}"), (6, "\\cite{kishimoto2016}"), (6, "\\cite{fond2014}"),
        (6, "\\cite{xu2016}"), (6, "\\cite{berman2000}"), (7, "\\cite{abbar2022}"), (7, "\\cite{abbar2021}"),
        (8, "Andrade, 2017"), (9, "\\nocite{feifel2017}"),
    ],
    "numbered.txt": [(3, "[1]"), (4, "[2]"), (4, "[3]"), (5, "[1]"), (5, "[2]"), (5, "[3]"), (5, "[5]"), (6, "[99]")],
    "forms.md": [
        (3, "Okonkwo et al., 2016"), (4, "Haddad & Lindqvist, 2018"), (5, "Moreau et al., 1999"),
        (6, "Tanaka & Brandt, 2011b"), (7, "Okonkwo et al., 2016"), (7, "Pereira et al., 2013"),
        (8, "Haddad & Lindqvist, 2018"), (9, "Tanaka & Brandt, 2011a"), (10, "Tanaka & Brandt, 2011a"),
        (10, "Tanaka & Brandt, 2011b"), (10, "Tanaka & Brandt, 2011c"), (11, "Fairbairn, 1987"),
        (11, "Fairbairn, 1989"), (11, "Fairbairn, 1987"), (11, "Fairbairn, 1989"), (12, "Linnaeus, 1758"),
        (12, "Darwin, 1842"), (13, "Costa da Silva et al., 2014"), (13, "Vieira de Mello & Page, 2015"),
        (14, "Haddad & Lindqvist, 2018"), (15, "Moreau et al., 1999"), (15, "Pereira et al., 2013"),
        (16, "Okonkwo et al., 2016"), (17, "Abara et al., n.d."), (17, "Abara et al., n.d."),
        (17, "Reef Watch Society, n.d."), (18, "Marine Research Council of the King's University, 2020"),
        (19, "Oceanic Heath Organisation, 2019"), (19, "Coastal Monitoring Service, 2021"),
        (20, "@moreau1999"), (20, "@pereira2013"), (21, "@haddad2018"),
    ],
    "numbered_forms.txt": [(3, "[1]"), (3, "[2]"), (3, "[3]"), (3, "[4]"), (3, "[5]"), (4, "[6]"), (4, "[7]")],
    "ketamine.docx": [(2, "Berman et al., 2000"), (3, "Duman & Aghajanian, 2012"), (5, "Zanos et al., 2018"),
                      (5, "Zanos & Gould, 2018"), (6, "Xu et al., 2019")],
}


def precision_recall(found: list[tuple[int, str]], expected: list[tuple[int, str]]) -> tuple[float, float]:
    """Multiset precision and recall of found (line, label) pairs against the ground truth."""
    remaining = list(expected)
    hits = 0
    for item in found:
        if item in remaining:
            remaining.remove(item)
            hits += 1
    return (hits / len(found) if found else 1.0, hits / len(expected) if expected else 1.0)


def _found(name: str) -> list[tuple[int, str]]:
    return [(c.line, c.label) for c in find_citations(read_manuscript(MANUSCRIPTS / name))]


def test_precision_and_recall_on_every_test_manuscript(capsys) -> None:  # type: ignore[no-untyped-def]
    total_found: list[tuple[str, int, str]] = []
    total_expected: list[tuple[str, int, str]] = []
    for name, expected in EXPECTED.items():
        found = _found(name)
        p, r = precision_recall(found, expected)
        print(f"{name}: {len(found)} found, {len(expected)} expected, precision {p:.3f}, recall {r:.3f}")
        total_found += [(name, *f) for f in found]
        total_expected += [(name, *e) for e in expected]
        assert (p, r) == (1.0, 1.0), (name, sorted(set(found) ^ set(expected)))
    p, r = precision_recall(total_found, total_expected)  # type: ignore[arg-type]
    print(f"all: precision {p:.3f}, recall {r:.3f} over {len(total_expected)} citations")
    with capsys.disabled():
        print(f"\ncitation finder: precision {p:.3f}, recall {r:.3f} over {len(total_expected)} citations")


def _one(text: str, kind: str = "markdown") -> list[Citation]:
    return find_citations(Manuscript.from_text(text, kind))


def test_parenthetical_group_fields() -> None:
    cites = _one("Text (see Zanos & Gould, 2018, p. 4; e.g., El-Hage et al., 2017a).")
    assert [c.to_dict() for c in cites] == [
        {"style": "parenthetical", "text": "(see Zanos & Gould, 2018, p. 4; e.g., El-Hage et al., 2017a)",
         "label": "Zanos & Gould, 2018", "line": 1, "column": 6, "start": 5, "end": 65, "group": 1,
         "authors": ["Zanos", "Gould"], "et_al": False, "year": "2018", "suffix": None, "key": None,
         "number": None, "prefix": "see", "locator": "p. 4"},
        {"style": "parenthetical", "text": "(see Zanos & Gould, 2018, p. 4; e.g., El-Hage et al., 2017a)",
         "label": "El-Hage et al., 2017a", "line": 1, "column": 6, "start": 5, "end": 65, "group": 1,
         "authors": ["El-Hage"], "et_al": True, "year": "2017", "suffix": "a", "key": None,
         "number": None, "prefix": "e.g.", "locator": None},
    ]


def test_citation_broken_across_lines_with_nbsp_and_accents() -> None:
    cites = _one("As Lan\u00e7on et\nal. (2014) and (Xu\u00a0et\u00a0al.,\u00a02016) and (Smith, n.d.) showed.")
    assert [(c.line, c.column, c.label, c.style) for c in cites] == [
        (1, 4, "Lan\u00e7on et al., 2014", "narrative"),
        (2, 16, "Xu et al., 2016", "parenthetical"),
        (2, 38, "Smith, n.d.", "parenthetical"),
    ]


def test_pandoc_forms_and_emails() -> None:
    cites = _one("Mail a.b@example.org [contact c@d.org]. See [@berman2000; -@fond2014, p. 3] and @xu2016 [p. 7].")
    assert [(c.key, c.prefix, c.locator, c.text) for c in cites] == [
        ("berman2000", "", "", "[@berman2000; -@fond2014, p. 3]"),
        ("fond2014", "", "p. 3", "[@berman2000; -@fond2014, p. 3]"),
        ("xu2016", "", "p. 7", "@xu2016 [p. 7]"),
    ]


def test_bare_at_key_only_in_markdown() -> None:
    assert _one("Ask @someone about it.", "text") == []
    assert [c.key for c in _one("Ask @someone about it.", "markdown")] == ["someone"]


def test_latex_commands_options_and_comments() -> None:
    text = "A \\citep[see][p.~4]{a2000, b2001}. B \\textcite{c2002}. % \\cite{hidden}\nC \\nocite{d} 10\\% \\cite{e}"
    cites = _one(text, "latex")
    assert [(c.key, c.prefix, c.locator, c.line) for c in cites] == [
        ("a2000", "see", "p. 4", 1), ("b2001", "see", "p. 4", 1), ("c2002", "", "", 1), ("d", "", "", 2),
        ("e", "", "", 2)]
    assert [c.style for c in cites] == ["latex", "latex", "latex", "nocite", "latex"]


def test_numeric_citations_need_a_reference_list() -> None:
    assert _one("Shown before [1, 3-4].", "text") == []
    cites = _one("Shown before [1, 3-4] in [2019].\n\nReferences\n1. A. 2000.\n2. B.\n3. C.\n4. D.", "text")
    assert [c.number for c in cites] == [1, 3, 4]


def test_reference_list_items_and_continuations() -> None:
    items = find_reference_list(read_manuscript(MANUSCRIPTS / "numbered.txt"))
    assert [(i.number, i.line) for i in items] == [(1, 9), (2, 11), (3, 13), (4, 14), (5, 15)]
    assert items[0].text == ("Berman RM, Cappiello A, Anand A, Oren DA, Heninger GR, Charney DS, Krystal JH. "
                             "Antidepressant effects of ketamine in depressed patients. Biol Psychiatry. "
                             "2000;47(4):351-354.")


def test_reference_section_is_not_scanned() -> None:
    cites = _one("Claim (Duman & Aghajanian, 2012).\n\n## References\n\nDuman, R. S. (2012). Title (Smith, 2010).")
    assert [c.label for c in cites] == ["Duman & Aghajanian, 2012"]


def test_capitalised_particle_opening_a_sentence() -> None:
    found = find_citations(Manuscript.from_text("Van der Berg et al. (2010) agree. De la Cruz (2001) too.\n"))
    assert [(c.authors, c.year, c.et_al) for c in found] == [(("Van der Berg",), "2010", True),
                                                            (("De la Cruz",), "2001", False)]


def test_numeric_decoys_and_reversed_ranges() -> None:
    text = ("Results [1] and [6-4]. In code x[1] and y[0] are indexes; years [2019] and [2019-2020].\n\n"
            "References\n\n" + "".join(f"{i}. Author{i} A. Title {i}. J. 2001.\n" for i in range(1, 8)))
    found = find_citations(Manuscript.from_text(text))
    assert [c.number for c in found] == [1, 4, 5, 6]


def test_word_hyphens_and_latex_verbatim() -> None:
    found = find_citations(Manuscript.from_text("As shown (Gali\u2011Muhtasib et al., 2004; El\u2010Hage, 2010).\n"))
    assert [c.authors for c in found] == [("Gali-Muhtasib",), ("El-Hage",)]
    assert found[0].text == "(Gali\u2011Muhtasib et al., 2004; El\u2010Hage, 2010)"  # the manuscript's own text
    tex = "Real \\cite{a}.\n\\begin{verbatim}\n\\cite{notreal}\n\\end{verbatim}\n"
    assert [c.key for c in find_citations(Manuscript.from_text(tex, kind="latex"))] == ["a"]


def test_words_before_the_author_inside_the_bracket() -> None:
    cites = _one("Seen before (archive: Mbeki et al., 2015, p. 3) and (Box 2 Quist and Ferro, 2010).")
    assert [(c.label, c.prefix, c.locator, c.text) for c in cites] == [
        ("Mbeki et al., 2015", "", "p. 3", "(archive: Mbeki et al., 2015, p. 3)"),
        ("Quist & Ferro, 2010", "", "", "(Box 2 Quist and Ferro, 2010)")]


def test_a_word_and_a_name_joined_by_a_comma_are_not_two_authors() -> None:
    cites = _one("Flies differ (in Drosophila, Mbeki et al., 2015). However, Quist and Ferro (2010) disagree.")
    assert [(c.authors, c.et_al, c.column) for c in cites] == [(("Mbeki",), True, 14), (("Quist", "Ferro"), False, 60)]


def test_square_brackets_alone_and_inside_parentheses_are_not_counted_twice() -> None:
    cites = _one("Bones last (e.g., teeth [Quist et al., 2005; Ferro, 2007] and skin [Mbeki, 2009]). "
                 "Also [Ferro, 2007, p. 2].")
    assert [(c.label, c.text, c.group) for c in cites] == [
        ("Quist et al., 2005", "[Quist et al., 2005; Ferro, 2007]", 1),
        ("Ferro, 2007", "[Quist et al., 2005; Ferro, 2007]", 1),
        ("Mbeki, 2009", "[Mbeki, 2009]", 2),
        ("Ferro, 2007", "[Ferro, 2007, p. 2]", 3)]


def test_a_year_alone_continues_the_previous_author() -> None:
    cites = _one("Twice (Quist and Ferro, 2001a; 2001b, p. 4; Mbeki, 1999; 2003) and (Ferro 2005, 2006).")
    assert [(c.label, c.locator) for c in cites] == [
        ("Quist & Ferro, 2001a", ""), ("Quist & Ferro, 2001b", "p. 4"), ("Mbeki, 1999", ""), ("Mbeki, 2003", ""),
        ("Ferro, 2005", ""), ("Ferro, 2006", "")]
    assert _one("Counts (n = 12; 2019).") == []  # a year with no author before it is not a citation


def test_and_colleagues_forms() -> None:
    cites = _one("Mbeki and colleagues (2015) agree; Ferro & co-workers (2010, p. 3) too.\n"
                 "The trial by Quist and colleagues in 2012 was small. Quist and colleagues found it.")
    assert [(c.label, c.style, c.locator, c.line) for c in cites] == [
        ("Mbeki et al., 2015", "narrative", "", 1), ("Ferro et al., 2010", "narrative", "p. 3", 1),
        ("Quist et al., 2012", "narrative", "", 2)]


def test_and_colleagues_inside_brackets_and_the_year_before_the_names() -> None:
    cites = _one("Peak flow was better (Quist and colleagues, 2012), and (Ferro & co-workers 2010).\n"
                 "It is more aggressive, a 2009 study by Mbeki and Page concluded; a 2019 randomised trial by "
                 "Quist et al. agreed, unlike the 2015 review from the World Health Organization.")
    assert [(c.label, c.style, c.line) for c in cites] == [
        ("Quist et al., 2012", "parenthetical", 1), ("Ferro et al., 2010", "parenthetical", 1),
        ("Mbeki & Page, 2009", "narrative", 2), ("Quist et al., 2019", "narrative", 2)]
    cites = _one("A 2012 trial by Quist et al. agreed. Survivors treated with 24 Gy, Ferro and Mbeki (2016) found "
                 "deficiency. In 2015 Ho and Lee (2016) reported more.")
    assert [c.label for c in cites] == ["Quist et al., 2012", "Ferro & Mbeki, 2016", "Ho & Lee, 2016"]
    cites = _one("A prospective 2010 study by Jankowich and Rounds, at a Veterans Affairs Medical Center, agreed; "
                 "the large 2012 trial by Quist et al. did not.")  # a word or two on the study before its year
    assert [c.label for c in cites] == ["Jankowich & Rounds, 2010", "Quist et al., 2012"]
    cites = _one("In a nationwide survey in Taiwan, Chen (2018) found more; as Jordan, Smith and Lee (2019) showed.")
    assert [c.label for c in cites] == ["Chen, 2018", "Jordan, Smith, & Lee, 2019"]  # a country after "in" is a place
    assert [c.label for c in _one("As shown in Jordan and Keller (2009), it works. In the UK, Smith (2018) agreed.")] \
        == ["Jordan & Keller, 2009", "Smith, 2018"]  # a place is one before a comma, after "in (the)"
    assert _one("A total of 1500 patients in the trial by Smith et al. were seen; the first 1600 of the cohort by Lee "
                "et al. too.") == []  # counts before "by" are no years
    # places, databases, eponyms and possessives are not authors
    assert [(c.label, c.tentative) for c in _one(
        "In a 2016 trial from China, a 2015 analysis of Medicare claims, a 2017 study from Denmark and Sweden, "
        "Crohn's 2015 cohort and a 2019 study by the WHO, rates fell.")] == [("Crohn, 2015", True)]  # if it resolves


def test_a_possessive_before_the_year_names_authors_only_with_et_al_colleagues_or_two_names() -> None:
    cites = _one("Suzuki et al.'s 2023 work established it. Wang and colleagues\u2019 2023 series proves more; "
                 "Quist and Page's 2019 randomised trial agreed.\nBerman's 2000 trial, Crohn's 2015 cohort and "
                 "the 2019 data were not cited.")
    assert [(c.label, c.style, c.line, c.tentative) for c in cites] == [
        ("Suzuki et al., 2023", "narrative", 1, False), ("Wang et al., 2023", "narrative", 1, False),
        ("Quist & Page, 2019", "narrative", 1, False), ("Berman, 2000", "narrative", 2, True),
        ("Crohn, 2015", "narrative", 2, True)]  # one name: an eponym as often as an author
    assert _one("Smith et al.'s 2019 patients and Lee and colleagues' 2020 cut-off differ.") == []  # no study noun
    assert [c.label for c in _one("Denmark and Sweden's 2015 data, and Norway, Finland and Crohn's 2016 cohort "
                                  "agree.")] == ["Crohn, 2016"]


def test_nouns_and_months_start_brackets_but_can_be_co_authors() -> None:
    cites = _one("Noted (May et al., 2011) and (Quist and Page, 2012) but not (May 2010) or (Figure 2, 2019).")
    assert [c.label for c in cites] == ["May et al., 2011", "Quist & Page, 2012"]


def test_pandoc_prefix_broken_across_lines() -> None:
    cites = _one("Known [see\n@quist2001; @ferro2002] and [e.g.\n@mbeki2003].", "text")
    assert [(c.key, c.prefix, c.line) for c in cites] == [
        ("quist2001", "see", 1), ("ferro2002", "", 1), ("mbeki2003", "e.g.", 2)]


def test_numbers_after_a_word_and_ranges_in_two_brackets() -> None:
    refs = "\n\nReferences\n" + "".join(f"{i}. Quist{i} A. Title {i}. J. 2001.\n" for i in range(1, 13))
    cites = _one("Salt matters[3], as seen[5]–[8] and [10]-[12]; matrix[2] and m[1] too." + refs)
    assert [(c.number, c.text) for c in cites] == [
        (3, "[3]"), (5, "[5]–[8]"), (6, "[5]–[8]"), (7, "[5]–[8]"), (8, "[5]–[8]"),
        (10, "[10]-[12]"), (11, "[10]-[12]"), (12, "[10]-[12]"), (2, "[2]")]


def test_square_bracket_decoys() -> None:
    text = ("See [Annual Report 2019](https://example.org), [Quist 2010] and [Phase II, 2019]. "
            "Phase II (2019) ended.\n\n[Quist, 2010]: https://example.org/q\n")
    assert _one(text) == []


def test_suffix_letters_continue_the_year() -> None:
    cites = _one("Twice (Quist, 2010a, b; Ferro et al., 2012a,b) and Mbeki (2003a, b); not (Quist, 2010, a review).")
    assert [(c.label, c.locator) for c in cites] == [
        ("Quist, 2010a", ""), ("Quist, 2010b", ""), ("Ferro et al., 2012a", ""), ("Ferro et al., 2012b", ""),
        ("Mbeki, 2003a", ""), ("Mbeki, 2003b", ""), ("Quist, 2010", "a review")]


def test_numbers_after_see_and_before_references_therein() -> None:
    refs = "\n\nReferences\n" + "".join(f"{i}. Quist{i} A. Title {i}. J. 2001.\n" for i in range(1, 11))
    cites = _one("Known [see 4], [reviewed in 5, 6], [e.g., 7-8] and [10, and references therein]; "
                 "not [see note 3] or [Table 2]." + refs)
    assert [c.number for c in cites] == [4, 5, 6, 7, 8, 10]


def test_narrative_with_stray_comma_and_plural_possessive() -> None:
    text = "As Quist et al., (2010) and Ferro and Mbeki' (2011) said.\n\nReferences and Notes\n1. Lee A. (Lee, 2012)\n"
    assert [c.label for c in _one(text)] == ["Quist et al., 2010", "Ferro & Mbeki, 2011"]


def test_section_and_figure_words_are_not_authors() -> None:
    text = ("A (see Methods, 2019 cohort) (Figure 1—figure supplement 2, Video 1) (Experiment 2, 2018) "
            "(Group B, 2017) (Day 3 Quist, 2001) (Data from Quist et al., 2003).")
    assert [c.label for c in _one(text)] == ["Quist, 2001", "Quist et al., 2003"]


def test_et_al_follows_one_name_so_a_place_before_it_is_no_author() -> None:
    found = find_citations(Manuscript.from_text("Of 50 cases in Ontario, Haddad et al. (2019) found 12.\n"))
    assert [(c.authors, c.year, c.et_al) for c in found] == [(("Haddad",), "2019", True)]
    found = find_citations(Manuscript.from_text("Lee and Park (2018) agree.\n"))
    assert [(c.authors, c.year, c.et_al) for c in found] == [(("Lee", "Park"), "2018", False)]


def test_capitals_beyond_latin_1_open_a_name() -> None:
    # Romanian "Ș" (U+0218, comma below) and Vietnamese "Ấ" (U+1EA4) are capitals too; "Ş" (cedilla) always was
    cites = _one("\u0218tefan et al. (2019) and (\u0218tefan & Popescu, 2019) and \u1ea4n et al. (2020) agree.")
    assert [(c.label, c.style) for c in cites] == [("\u0218tefan et al., 2019", "narrative"),
                                                   ("\u0218tefan & Popescu, 2019", "parenthetical"),
                                                   ("\u1ea4n et al., 2020", "narrative")]
    assert _one("in situ (\u0219tefan, 2019)") == []  # a lower-case letter opens no name
