"""Formatted bibliographies through pandoc's citeproc: outputs, style names, sort orders, data preparation.

The line-by-line check of APA 7, Vancouver and AMA is the golden set (test_golden.py, golden/RULES.md).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from evidence.errors import FormatError
from evidence.formats.styles import (
    STYLE_ALIASES,
    format_bibliography,
    html_page,
    incomplete_authors,
    list_styles,
    resolve_style,
)
from evidence.model import Entry
from evidence.store.library import Library

FIXTURES = Path(__file__).parent.parent / "fixtures" / "import"


@pytest.fixture(scope="module")
def refs() -> list[Entry]:
    return Library.load(FIXTURES / "refs.bib").entries


def by_key(entries: list[Entry], key: str) -> Entry:
    return next(e for e in entries if e.key == key)


def test_refs_bib_lines_are_in_the_golden_set(refs: list[Entry]) -> None:
    golden = (Path(__file__).parent / "golden" / "apa.txt").read_text(encoding="utf-8").splitlines()
    assert all(line in golden for line in format_bibliography(refs, "apa").splitlines())


def test_apa_html_italicises_journal_and_volume_and_links_doi(refs: list[Entry]) -> None:
    html = format_bibliography([by_key(refs, "berman2000")], "apa", "html")
    assert html == (
        '<div class="csl-bib-body">\n'
        '  <div class="csl-entry" id="ref-berman2000">Berman, R. M., Cappiello, A., Anand, A., Oren, D. A., '
        "Heninger, G. R., Charney, D. S., &amp; Krystal, J. H. (2000). Antidepressant effects of ketamine in "
        "depressed patients. <i>Biological Psychiatry</i>, <i>47</i>(4), 351–354. "
        '<a href="https://doi.org/10.1016/S0006-3223(99)00230-9">https://doi.org/10.1016/S0006-3223(99)00230-9</a>'
        "</div>\n</div>\n"
    )


def test_markdown_uses_emphasis_and_links(refs: list[Entry]) -> None:
    md = format_bibliography([by_key(refs, "duman2012")], "vancouver", "markdown")
    assert md == (
        "1. Duman RS, Aghajanian GK. Synaptic dysfunction in depression: potential therapeutic targets. "
        "Science. 2012;338(6103):68-72. doi:[10.1126/science.1222939](https://doi.org/10.1126/science.1222939). "
        "PubMed PMID: [23042884](https://www.ncbi.nlm.nih.gov/pubmed/23042884).\n"
    )
    apa = format_bibliography([by_key(refs, "duman2012")], "apa", "markdown")
    assert "*Science*, *338*(6103), 68–72. [https://doi.org/10.1126/science.1222939]" in apa


def test_markdown_escapes_emphasis_characters() -> None:
    entry = Entry("a", "article", {"author": "Smith, Jo", "title": "Risk_factors and *stars*", "journal": "J",
                                   "year": "2020"})
    assert "Risk\\_factors and \\*stars\\*" in format_bibliography([entry], "apa", "markdown")


@pytest.mark.parametrize(
    ("style", "expected"),
    [
        ("ama", "1. Zanos P, Gould TD. Mechanisms of ketamine action as an antidepressant. Mol Psychiatry. "
                "2018;23(4):801-811. doi:10.1038/mp.2017.255\n"),
        ("nature", "1. Zanos, P. & Gould, T. D. Mechanisms of ketamine action as an antidepressant. Mol Psychiatry "
                   "23, 801–811 (2018).\n"),
        ("harvard", "Zanos, P. and Gould, T.D. (2018) ‘Mechanisms of ketamine action as an antidepressant’, Molecular "
                    "Psychiatry, 23(4), pp. 801–811. Available at: https://doi.org/10.1038/mp.2017.255.\n"),
        ("chicago", "Zanos, Panos, and Todd D. Gould. 2018. “Mechanisms of Ketamine Action as an Antidepressant.” "
                    "Molecular Psychiatry 23 (4): 801–11. https://doi.org/10.1038/mp.2017.255.\n"),
    ],
)
def test_short_style_names(refs: list[Entry], style: str, expected: str) -> None:
    assert format_bibliography([by_key(refs, "zanos2018mechanisms")], style) == expected


def test_nature_html_has_no_double_period_after_et_al(refs: list[Entry]) -> None:
    html = format_bibliography([by_key(refs, "berman2000")], "nature", "html")
    assert ("Berman, R. M. <i>et al.</i> <a href=\"https://doi.org/10.1016/S0006-3223(99)00230-9\">Antidepressant "
            "effects of ketamine in depressed patients</a>. <i>Biol Psychiatry</i> <b>47</b>, 351–354 (2000).") in html


def test_any_citeproc_style_name_and_csl_path(refs: list[Entry]) -> None:
    entry = by_key(refs, "duman2012")
    assert format_bibliography([entry], "elsevier-harvard").startswith("Duman, R.S., Aghajanian, G.K., 2012. Synaptic "
                                                                       "dysfunction in depression: potential")
    path = resolve_style("apa")
    assert format_bibliography([entry], str(path)) == format_bibliography([entry], "apa")


def test_unknown_style_suggests_the_closest_names() -> None:
    with pytest.raises(FormatError) as err:
        format_bibliography([], "vancuver")
    assert err.value.hint == ("did you mean 'vancouver' or 'vancouver-nlm' or 'vancouver-ama'? list the names with "
                              "'evidence export --list-styles [WORD]', or give a .csl file")
    with pytest.raises(FormatError) as far:
        format_bibliography([], "no-such-style-anywhere")
    assert far.value.hint == "list the names with 'evidence export --list-styles [WORD]', or give a .csl file"


def test_list_styles_filters_by_word() -> None:
    found = list_styles("vancouver")
    assert found[0] == "vancouver = nlm-citation-sequence"
    assert "elsevier-vancouver" in found and "vancouver-nlm" in found and len(found) == 22
    assert set(STYLE_ALIASES) <= {line.split(" = ")[0] for line in list_styles("")}
    assert list_styles("no-such-word") == []


def test_missing_csl_file_is_a_format_error(tmp_path: Path) -> None:
    with pytest.raises(FormatError, match="style file not found"):
        resolve_style(str(tmp_path / "mine.csl"))


def test_sort_orders(refs: list[Entry]) -> None:
    picked = [by_key(refs, "zanos2018"), by_key(refs, "berman2000")]
    assert format_bibliography(picked, "apa", sort="citation").startswith("Zanos")
    assert format_bibliography(picked, "apa").startswith("Berman")
    assert format_bibliography(picked, "vancouver", sort="author-year").startswith("1. Berman")
    assert format_bibliography(picked, "vancouver").startswith("1. Zanos")


def test_nlm_page_ranges_drop_only_repeated_digits() -> None:
    def pages(value: str) -> str:
        entry = Entry("a", "article", {"author": "Doe, J.", "title": "T", "journal": "J", "year": "2000",
                                       "volume": "1", "pages": value})
        return format_bibliography([entry], "vancouver").strip().rsplit(":", 1)[1]

    assert [pages(p) for p in ("1--10", "351--354", "100--110", "1234--1240", "12--19", "99--101", "1219")] == \
        ["1-10.", "351-4.", "100-10.", "1234-40.", "12-9.", "99-101.", "1219."]


def test_others_is_never_printed_as_et_al_and_is_reported(refs: list[Entry]) -> None:
    feifel = by_key(refs, "feifel2017")
    assert format_bibliography([feifel], "apa") == (
        "Feifel, D. (2017). Low-dose ketamine for treatment resistant depression in an academic clinical practice "
        "setting.\n")
    assert incomplete_authors(refs) == ["feifel2017"]
    chicago = format_bibliography([by_key(refs, "andrade2017")], "chicago")
    assert "Frequency?”" in chicago and "?.”" not in chicago


def test_data_prepared_for_each_style() -> None:
    entry = Entry("c", "phdthesis", {"author": "Chen, Hsuan-ting and Artino, Jr., Anthony R.", "year": "2019",
                                     "title": "Trust in {COVID-19} Vaccines: The {Taiwan} Case", "school": "U"})
    assert format_bibliography([entry], "apa") == (
        "Chen, H.-t., & Artino, A. R., Jr. (2019). Trust in COVID-19 vaccines: The Taiwan case "
        "[Doctoral dissertation]. U.\n")
    assert format_bibliography([entry], "vancouver") == (
        "1. Chen HT, Artino AR Jr. Trust in COVID-19 vaccines: the Taiwan case [PhD thesis]. U; 2019.\n")


def test_html_page_is_standalone(refs: list[Entry]) -> None:
    page = html_page(format_bibliography([by_key(refs, "zanos2018mechanisms")], "apa", "html"))
    assert page.startswith("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
    assert ".csl-entry { padding-left: 2em; text-indent: -2em;" in page
    assert '<div class="csl-entry" id="ref-zanos2018mechanisms">Zanos, P., &amp; Gould, T. D. (2018).' in page
    assert page.endswith("</div>\n</div>\n</body>\n</html>\n")


def test_year_suffix_only_for_the_same_authors() -> None:
    """APA 7 §9.47: a and b after the year for works of the same author(s) and year, ordered by title;
    different people who share a surname get none (their initials tell them apart)."""
    def work(key: str, author: str, title: str) -> Entry:
        return Entry(key, "article", {"author": author, "title": title, "journal": "J", "year": "2018"})

    text = format_bibliography([work("b", "Wang, Xin", "Second study"), work("a", "Wang, Xin", "First study"),
                                work("c", "Wang, Yu", "Third study")], "apa")
    assert text == ("Wang, X. (2018a). First study. J.\n"
                    "Wang, X. (2018b). Second study. J.\n"
                    "Wang, Y. (2018). Third study. J.\n")


def test_only_english_titles_are_sentence_cased_and_a_german_style_stays_german() -> None:
    german = Entry("g", "book", {"author": "Doe, Jan", "title": "Ein Großes Buch", "publisher": "Verlag",
                                 "address": "Berlin", "year": "2001", "edition": "2", "language": "german"})
    assert format_bibliography([german], "apa") == "Doe, J. (2001). Ein Großes Buch (2nd ed.). Verlag.\n"
    assert format_bibliography([german], "din-1505-2") == (
        "Doe, Jan: Ein Großes Buch. 2. Aufl. Berlin\u00a0: Verlag, 2001\n")
