"""Formatted bibliographies, checked by hand against APA 7 and NLM/Vancouver.

The expected strings below were checked rule by rule (APA 7: up to 20 authors, "&" before the
last, sentence-case title as given, italic journal and volume, en-dash page range, DOI as an
https://doi.org/ URL; Vancouver/Citing Medicine: up to six authors then "et al.", initials
without periods, abbreviated journal, year month;volume(issue):pages with a hyphen).
Known data limits, not formatter bugs: fond2014 and xu2016 have no verified journal
abbreviation in refs.bib, so Vancouver prints the full title.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from evidence.errors import FormatError
from evidence.formats.styles import STYLE_ALIASES, format_bibliography, resolve_style
from evidence.model import Entry
from evidence.store.library import Library

FIXTURES = Path(__file__).parent.parent / "fixtures" / "import"


@pytest.fixture(scope="module")
def refs() -> list[Entry]:
    return Library.load(FIXTURES / "refs.bib").entries


def by_key(entries: list[Entry], key: str) -> Entry:
    return next(e for e in entries if e.key == key)


APA = """\
Abbar, M., Demattei, C., El-Hage, W., Llorca, P.-M., Samalin, L., Demaricourt, P., Gaillard, R., Courtet, P., Vaiva, G., Gorwood, P., Fabbro, P., & Jollant, F. (2022). Ketamine for the acute treatment of severe suicidal ideation: double blind, randomised placebo controlled trial. BMJ, 376, e067194. https://doi.org/10.1136/bmj-2021-067194
Andrade, C. (2017). Ketamine for Depression, 4: In What Dose, at What Rate, by What Route, for How Long, and at What Frequency? The Journal of Clinical Psychiatry, 78(7), e852–e857. https://doi.org/10.4088/JCP.17f11738
Berman, R. M., Cappiello, A., Anand, A., Oren, D. A., Heninger, G. R., Charney, D. S., & Krystal, J. H. (2000). Antidepressant effects of ketamine in depressed patients. Biological Psychiatry, 47(4), 351–354. https://doi.org/10.1016/S0006-3223(99)00230-9
Duman, R. S., & Aghajanian, G. K. (2012). Synaptic Dysfunction in Depression: Potential Therapeutic Targets. Science, 338(6103), 68–72. https://doi.org/10.1126/science.1222939
Feifel, D., et al. (2017). Low-dose ketamine for treatment resistant depression in an academic clinical practice setting.
Fond, G., Loundou, A., Rabu, C., Macgregor, A., Lançon, C., Brittner, M., Micoulaud-Franchi, J.-A., Richieri, R., Courtet, P., Abbar, M., Roger, M., Leboyer, M., & Boyer, L. (2014). Ketamine administration in depressive disorders: a systematic review and meta-analysis. Psychopharmacology, 231(18), 3663–3676. https://doi.org/10.1007/s00213-014-3664-5
Kishimoto, T., Chawla, J. M., Hagi, K., Zarate, C. A., Jr., Kane, J. M., Bauer, M., & Correll, C. U. (2016). Single-dose infusion ketamine and non-ketamine N-methyl-d-aspartate receptor antagonists for unipolar and bipolar depression: a meta-analysis of efficacy, safety and time trajectories. Psychological Medicine, 46(7), 1459–1472. https://doi.org/10.1017/S0033291716000064
Xu, Y., Hackett, M., Carter, G., Loo, C., Gálvez, V., Glozier, N., Glue, P., Lapidus, K., McGirr, A., Somogyi, A. A., Mitchell, P. B., & Rodgers, A. (2016). Effects of Low-Dose and Very Low-Dose Ketamine among Patients with Major Depression: a Systematic Review and Meta-Analysis. International Journal of Neuropsychopharmacology, 19(4), pyv124. https://doi.org/10.1093/ijnp/pyv124
Zanos, P., & Gould, T. D. (2018). Mechanisms of ketamine action as an antidepressant. Molecular Psychiatry, 23(4), 801–811. https://doi.org/10.1038/mp.2017.255
Zanos, P., Moaddel, R., Morris, P. J., Riggs, L. M., Highland, J. N., Georgiou, P., Pereira, E. F. R., Albuquerque, E. X., Thomas, C. J., Zarate, C. A., Jr., & Gould, T. D. (2018). Ketamine and Ketamine Metabolite Pharmacology: Insights into Therapeutic Mechanisms. Pharmacological Reviews, 70(3), 621–660. https://doi.org/10.1124/pr.117.015198
"""

VANCOUVER = """\
1. Berman RM, Cappiello A, Anand A, Oren DA, Heninger GR, Charney DS, et al. Antidepressant effects of ketamine in depressed patients. Biol Psychiatry. 2000 Feb;47(4):351-4. doi:10.1016/S0006-3223(99)00230-9. PubMed PMID: 10686270.
2. Fond G, Loundou A, Rabu C, Macgregor A, Lançon C, Brittner M, et al. Ketamine administration in depressive disorders: a systematic review and meta-analysis. Psychopharmacology. 2014;231(18):3663-76. doi:10.1007/s00213-014-3664-5
3. Zanos P, Moaddel R, Morris PJ, Riggs LM, Highland JN, Georgiou P, et al. Ketamine and Ketamine Metabolite Pharmacology: Insights into Therapeutic Mechanisms. Pharmacol Rev. 2018 Jul;70(3):621-60. doi:10.1124/pr.117.015198
4. Zanos P, Gould TD. Mechanisms of ketamine action as an antidepressant. Mol Psychiatry. 2018;23(4):801-11. doi:10.1038/mp.2017.255. PubMed PMID: 29532791; PubMed Central PMCID: PMC5999402.
5. Duman RS, Aghajanian GK. Synaptic Dysfunction in Depression: Potential Therapeutic Targets. Science. 2012;338(6103):68-72. doi:10.1126/science.1222939. PubMed PMID: 23042884.
6. Andrade C. Ketamine for Depression, 4: In What Dose, at What Rate, by What Route, for How Long, and at What Frequency? J Clin Psychiatry. 2017;78(7):e852-7. doi:10.4088/JCP.17f11738
7. Feifel D, et al. Low-dose ketamine for treatment resistant depression in an academic clinical practice setting. 2017.
8. Kishimoto T, Chawla JM, Hagi K, Zarate CA Jr, Kane JM, Bauer M, et al. Single-dose infusion ketamine and non-ketamine N-methyl-d-aspartate receptor antagonists for unipolar and bipolar depression: a meta-analysis of efficacy, safety and time trajectories. Psychol Med. 2016;46(7):1459-72. doi:10.1017/S0033291716000064. PubMed PMID: 26867988; PubMed Central PMCID: PMC5116384.
9. Xu Y, Hackett M, Carter G, Loo C, Gálvez V, Glozier N, et al. Effects of Low-Dose and Very Low-Dose Ketamine among Patients with Major Depression: a Systematic Review and Meta-Analysis. International Journal of Neuropsychopharmacology. 2016;19(4):pyv124. doi:10.1093/ijnp/pyv124
10. Abbar M, Demattei C, El-Hage W, Llorca PM, Samalin L, Demaricourt P, et al. Ketamine for the acute treatment of severe suicidal ideation: double blind, randomised placebo controlled trial. BMJ. 2022 Feb;376:e067194. doi:10.1136/bmj-2021-067194. PubMed PMID: 35110300; PubMed Central PMCID: PMC8808464.
"""


def test_apa_text_for_refs_bib(refs: list[Entry]) -> None:
    assert format_bibliography(refs, "apa") == APA


def test_vancouver_text_for_refs_bib(refs: list[Entry]) -> None:
    assert format_bibliography(refs, "vancouver") == VANCOUVER


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
        "1. Duman RS, Aghajanian GK. Synaptic Dysfunction in Depression: Potential Therapeutic Targets. "
        "Science. 2012;338(6103):68-72. doi:[10.1126/science.1222939](https://doi.org/10.1126/science.1222939). "
        "PubMed PMID: 23042884.\n"
    )
    apa = format_bibliography([by_key(refs, "duman2012")], "apa", "markdown")
    assert "*Science*, *338*(6103), 68–72. [https://doi.org/10.1126/science.1222939]" in apa


def test_markdown_escapes_emphasis_characters() -> None:
    entry = Entry("a", "article", {"author": "Smith, Jo", "title": "Risk_factors and *stars*", "journal": "J", "year": "2020"})
    assert "Risk\\_factors and \\*stars\\*" in format_bibliography([entry], "apa", "markdown")


@pytest.mark.parametrize(
    ("style", "expected"),
    [
        ("ama", "1. Zanos P, Gould TD. Mechanisms of ketamine action as an antidepressant. Mol Psychiatry. 2018;23(4):801-811. doi:10.1038/mp.2017.255\n"),
        ("nature", "1. Zanos, P. & Gould, T. D. Mechanisms of ketamine action as an antidepressant. Mol Psychiatry 23, 801–811 (2018).\n"),
        ("harvard", "Zanos, P. and Gould, T.D. (2018) ‘Mechanisms of ketamine action as an antidepressant’, Molecular Psychiatry, 23(4), pp. 801–811. Available at: https://doi.org/10.1038/mp.2017.255.\n"),
        ("chicago", "Zanos, P., and T. D. Gould. 2018. “Mechanisms of Ketamine Action as an Antidepressant.” Molecular Psychiatry 23 (4): 801–11. https://doi.org/10.1038/mp.2017.255.\n"),
    ],
)
def test_short_style_names(refs: list[Entry], style: str, expected: str) -> None:
    assert format_bibliography([by_key(refs, "zanos2018mechanisms")], style) == expected


def test_nature_html_has_no_double_period_after_et_al(refs: list[Entry]) -> None:
    html = format_bibliography([by_key(refs, "berman2000")], "nature", "html")
    assert "Berman, R. M. <i>et al.</i> Antidepressant" in html


def test_any_citeproc_style_name_and_csl_path(refs: list[Entry]) -> None:
    entry = by_key(refs, "duman2012")
    assert format_bibliography([entry], "elsevier-harvard").startswith("Duman, R.S., Aghajanian, G.K., 2012.")
    path = resolve_style("apa")
    assert format_bibliography([entry], str(path)) == format_bibliography([entry], "apa")


def test_unknown_style_lists_short_names() -> None:
    with pytest.raises(FormatError) as err:
        format_bibliography([], "no-such-style-anywhere")
    assert "unknown citation style: 'no-such-style-anywhere'" in str(err.value)
    for name in STYLE_ALIASES:
        assert name in err.value.hint


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


def test_others_follows_each_style_and_no_question_mark_period(refs: list[Entry]) -> None:
    feifel = by_key(refs, "feifel2017")
    starts = {style: format_bibliography([feifel], style).split(" (")[0].split(" 2017")[0][:22]
              for style in ("apa", "vancouver", "nature", "harvard")}
    assert starts == {"apa": "Feifel, D., et al.", "vancouver": "1. Feifel D, et al. Lo",
                      "nature": "1. Feifel, D. et al. L", "harvard": "Feifel, D. et al."}
    chicago = format_bibliography([by_key(refs, "andrade2017")], "chicago")
    assert "Frequency?”" in chicago and "?.”" not in chicago


def test_no_invented_edition(refs: list[Entry]) -> None:
    text = format_bibliography([by_key(refs, "feifel2017")], "chicago")
    assert text == ("Feifel, D., et al. 2017. Low-dose Ketamine for Treatment Resistant Depression in an Academic "
                    "Clinical Practice Setting.\n")


def test_memo_is_scoped_to_our_parsed_styles_and_citeproc_is_left_unpatched(refs: list[Entry]) -> None:
    from citeproc import CitationStylesStyle
    from citeproc import model as citeproc_model

    from evidence.formats.styles import load_style

    format_bibliography([by_key(refs, "duman2012")], "apa")
    style = load_style("apa")
    assert type(style.csl.root).__name__ == "_RememberingStyle"
    assert {type(locale).__name__ for locale in style.csl.root.locales} == {"_RememberingLocale"}
    # citeproc's own classes, and a style citeproc parses itself, are untouched
    assert citeproc_model.CitationStylesElement.xpath_search.__qualname__ == "CitationStylesElement.xpath_search"
    assert citeproc_model.Parent.calls_variable.__qualname__ == "Parent.calls_variable"
    plain = CitationStylesStyle(str(resolve_style("apa")), validate=False)
    assert type(plain.root) is citeproc_model.Style
    assert load_style("vancouver").csl.root.xpath_search.__func__ is not style.csl.root.xpath_search.__func__
