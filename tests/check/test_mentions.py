"""Works named again without a year ("Isles et al.'s series", "Cherrier's group"): resolved only without doubt."""

from __future__ import annotations

from evidence.check.checker import check_manuscript
from evidence.check.manuscript import Manuscript
from evidence.model import Entry


def _entry(key: str, author: str, year: str, title: str) -> Entry:
    return Entry(key, "article", {"author": author, "year": year, "title": title, "journal": "J"})


# The authors and titles of real records of bench/heldout/claims-set107 (pool 14, NLM 1977-79 abstracts)
LIBRARY = [
    _entry("fox1977", "Fox, R", "1977", "Occult tuberculous infection in children"),
    _entry("isles1979", "Isles, C G and Brown, J J and Cumming, A M", "1979",
           "Excess smoking in malignant-phase hypertension"),
    _entry("rey1979", "Rey, E and d'Athis, P and de Lauture, D", "1979", "Pharmacokinetics of carbamazepine"),
    _entry("cherrier1977", "Cherrier, F and Cuilliere, M and Neimann, J L", "1977",
           "Exercise testing after myocardial infarction"),
    _entry("crohn1932", "Crohn, B B", "1932", "Regional ileitis"),
    _entry("young1990", "Young, A", "1990", "Muscle strength in old age"),
]


def _cited(text: str, library: list[Entry] = LIBRARY) -> list[tuple[int, str, str | None]]:
    report = check_manuscript(Manuscript.from_text(text, "markdown"), library)
    return [(r.citation.line, r.citation.label, r.entry.key if r.entry else None) for r in report.results]


def test_et_al_and_colleagues_name_the_one_work_of_those_authors() -> None:
    assert _cited("Isles et al.'s comparison of 82 patients with matched controls proved that smoking causes it.\n\n"
                  "Rey and colleagues studied the pharmacokinetics of a single oral dose in 12 adults.\n") == [
        (1, "Isles et al.", "isles1979"), (3, "Rey et al.", "rey1979")]


def test_a_bare_name_is_read_only_as_a_return_to_a_work_cited_with_a_year() -> None:
    text = ("Fox (1977) obtained gastric aspirates from 340 children.\n\n"
            "In Fox's New Zealand series, children received two-drug therapy for six months.\n\n"
            "Cherrier's group compared exercise testing with coronary angiography in 100 patients.\n")
    assert _cited(text) == [(1, "Fox, 1977", "fox1977"), (3, "Fox", "fox1977")]  # Cherrier: never cited with a year


def test_eponyms_and_words_that_are_surnames_are_left_alone() -> None:
    text = "Crohn's disease was common in the cohort. Young patients showed the largest gains, as Young found.\n"
    assert _cited(text) == []
    text = "Young (1990) measured strength. Young patients showed the largest gains, as Young found.\n"
    assert _cited(text) == [(1, "Young, 1990", "young1990"), (1, "Young", "young1990")]


def test_a_mention_is_part_of_a_citation_of_the_same_work_or_author_in_its_sentence() -> None:
    text = ("Isles et al. (1979) counted smokers. Isles et al. found 82% smoked (Isles et al., 1979).\n\n"
            "Rey and colleagues [@rey1979] studied 12 adults.\n")
    assert _cited(text) == [(1, "Isles et al., 1979", "isles1979"), (1, "Isles et al., 1979", "isles1979"),
                            (3, "@rey1979", "rey1979")]


def test_a_name_with_a_year_but_no_brackets_is_not_a_yearless_mention() -> None:
    # eLife's elife04493: "adapted from Yu et al. 2010a" printed the year; which of two works it is, the year says
    text = "Isles et al. (1979) counted smokers.\n\nThe figure is adapted from Isles et al. 1979a and 1981.\n"
    assert _cited(text) == [(1, "Isles et al., 1979", "isles1979")]


def test_several_works_of_the_same_authors_the_nearest_dated_one_before_decides() -> None:
    library = [*LIBRARY, _entry("isles1981", "Isles, C G and Brown, J J and Lever, A F", "1981",
                                "Mortality in malignant hypertension")]
    assert _cited("Isles et al. found that most patients smoked.\n", library) == []  # which of the two?
    text = ("Isles et al. (1981) followed the patients. Isles et al. (1979) counted smokers.\n\n"
            "Isles et al. found that 82% smoked.\n")
    assert _cited(text, library)[-1] == (3, "Isles et al.", "isles1979")


def test_the_claim_of_a_yearless_mention_is_checked() -> None:
    library = [Entry("isles1979", "article", {
        "author": "Isles, C G and Brown, J J and Cumming, A M", "year": "1979", "journal": "Br Med J",
        "title": "Excess smoking in malignant-phase hypertension",
        "abstract": "Smoking habits were studied in 82 patients with malignant-phase hypertension. "
                    "Eighty-two per cent of them smoked, against 43-52% in the control groups."})]
    report = check_manuscript(Manuscript.from_text("Isles et al. found that 95% of the patients smoked.\n", "markdown"),
                              library)
    assert [r.entry.key if r.entry else None for r in report.results] == ["isles1979"]
    assert [f.kind for f in report.results[0].flags] == ["number"]


# From the read-only review of this module (round thirty-one), each a case it found wrong.

def test_eponyms_institutions_and_nouns_are_not_returns_to_a_work() -> None:
    library = [*LIBRARY, _entry("cox1972", "Cox, D R", "1972", "Regression models and life-tables"),
               _entry("guy2011", "Guy, A and Stone, B", "2011", "Transplant outcomes"),
               _entry("case2015", "Case, A and Deaton, A", "2015", "Rising morbidity"),
               _entry("price2013", "Price, J", "2013", "Prices")]
    text = ("Survival was modelled (Cox, 1972). Crohn et al. (1932) described it. Transplants vary (Guy and Stone, "
            "2011). Deaths rose (Case and Deaton, 2015). Prices fell (Price, 2013).\n\n"
            "Cox's proportional hazards analysis showed a hazard ratio of 0.5. Crohn's disease study patients were "
            "recruited. Guy's Hospital patients were enrolled. Case notes were reviewed. Case studies suggest a "
            "rise. Price reported in dollars was converted to euros.\n")
    assert [c for c in _cited(text, library) if c[0] == 3] == []


def test_a_return_in_the_same_paragraph() -> None:
    assert _cited("Fox (1977) obtained aspirates. Fox's series showed that 12% were positive.\n") == [
        (1, "Fox, 1977", "fox1977"), (1, "Fox", "fox1977")]


def test_a_numbered_manuscript_is_cited_by_its_numbers() -> None:
    text = ("Isles et al. [1] found that 82% smoked. Isles et al. later found more.\n\n"
            "References\n\n1. Isles CG, Brown JJ, Cumming AM. Excess smoking. Br Med J 1979.\n")
    assert [label for _, label, _ in _cited(text)] == ["[1]"]


def test_a_dated_citation_that_found_no_work_is_the_work_meant() -> None:
    # "Isles et al. (1985)" is not in the library: the later "Isles et al." means it, not the library's 1979 work
    assert _cited("Isles et al. (1985) followed the patients. Isles et al. also found that most smoked.\n") == [
        (1, "Isles et al., 1985", None)]


def test_et_al_is_not_a_one_author_work_returned_to() -> None:
    library = [*LIBRARY, _entry("fox1980", "Fox, R and Lee, K and Ode, M", "1980", "Tuberculosis in adults")]
    text = "Fox (1977) studied children. Later, Fox et al. found that adults responded too.\n"
    assert _cited(text, library) == [(1, "Fox, 1977", "fox1977"), (1, "Fox et al.", "fox1980")]


def test_unpublished_thanked_and_titled_names_are_not_works() -> None:
    text = ("Isles et al. (unpublished data) saw the same. We thank Dr Rey and colleagues for samples.\n\n"
            "## Acknowledgements\n\nCherrier et al. kindly read the draft.\n")
    assert _cited(text) == []


def test_one_work_named_twice_in_a_sentence_is_one_citation() -> None:
    text = "Fox (1977) studied children.\n\nIn Fox's series, as Fox observed, 12% were positive.\n"
    assert _cited(text) == [(1, "Fox, 1977", "fox1977"), (3, "Fox", "fox1977")]


def test_a_return_to_a_work_cited_by_its_key() -> None:
    text = "Children were treated [@fox1977]. In Fox's series, 12% were positive.\n"
    assert _cited(text) == [(1, "@fox1977", "fox1977"), (1, "Fox", "fox1977")]
