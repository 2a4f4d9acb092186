"""A comparison's two sides and direction, and a claim's comparison told the other way by its abstract (real
abstracts from tests/fixtures/claims/mechanisms.xml)."""

from __future__ import annotations

from evidence.check.comparisons import comparisons
from tests.fixtures.claims.claimset import flags_of


def _read(text: str) -> list[tuple[str, str, bool, list[str], list[str]]]:
    return [(c.word, c.family, c.up, sorted(c.first - c.second), sorted(c.second - c.first))
            for c in comparisons(text)]


def test_a_comparison_has_two_sides_and_a_direction() -> None:
    assert _read("Overall, boys are more frequently affected than girls") == [
        ("more frequently", "frequency", True, ["affect", "boys", "overal"], ["girl"])]
    assert _read("Compared with patients with SDHA-positive GISTs, those with SDHA-negative GISTs had an older "
                 "median age") == [("older", "age", True, ["age", "median", "negati"], ["positi"])]
    assert _read("the Abcam and MyBioSource kits outperformed the R&D, Enzo and Invitrogen assays") == [
        ("outperformed", "quality", True, ["abcam", "kits", "mybios"], ["assay", "enzo", "invitr"])]


def test_amounts_and_cut_offs_are_not_comparisons() -> None:
    assert _read("more than 50 patients were enrolled") == []
    assert _read("children of birth order five or more than first-born children") == []
    assert _read("survival was not longer than with placebo") == []


def test_the_same_sides_the_other_way_round() -> None:
    # 17660492: "Overall, boys are more frequently affected than girls; however, ..."
    wrong = "Overall, girls were affected more often than boys, in German registry data (Gosepath et al., 2007)."
    assert flags_of(wrong, "17660492") == [("direction", "more often")]
    assert flags_of(wrong.replace("girls were affected more often than boys", "boys were affected more often than "
                                                                              "girls"), "17660492") == []
    # 27893413: negative KIR 2D "had longer overall survival (OS) than patients who are KIR 2D ... positive"
    wrong = ("Patients with KIR 2D-positive tumour cells lived longer than those whose tumour cells were negative "
             "(He et al., 2016).")
    assert flags_of(wrong, "27893413") == [("direction", "longer")]
    assert flags_of(wrong.replace("lived longer", "died sooner"), "27893413") == []
    # 25016706: "the R&D, Enzo Life Sciences, and Invitrogen assays perform better than the Abcam and MyBioSource"
    assert flags_of("In Zimmermann et al.'s (2014) comparison, the Abcam and MyBioSource kits outperformed the R&D, "
                    "Enzo and Invitrogen assays.", "25016706") == [("direction", "outperformed")]
    assert flags_of("In Zimmermann et al.'s (2014) comparison, the R&D, Enzo and Invitrogen kits outperformed the "
                    "Abcam and MyBioSource assays.", "25016706") == []


def test_the_same_sides_the_opposite_direction() -> None:
    # 29191604: "MHC Class II expression on TILs in SCLC was significantly lower than that on TILs in NSCLC";
    # "small cell lung cancer" is SCLC, not the "small cell lung cancer" inside "non-small cell lung cancer"
    wrong = "Tumour-infiltrating lymphocytes carried more MHC class II in small cell lung cancer than in NSCLC " \
            "(He et al., 2017)."
    assert flags_of(wrong, "29191604") == [("direction", "more")]
    assert flags_of(wrong.replace("more", "less"), "29191604") == []
    # 23282968: "Compared with patients with SDHA-positive GISTs, those with SDHA-negative GISTs had an older
    # median age (34 vs. 21 y)"
    assert ("direction", "younger") in flags_of("Patients whose GISTs had lost SDHA were younger than those with "
                                                "SDHA-positive tumours (Miettinen et al., 2013).", "23282968")
    assert flags_of("Patients whose GISTs had lost SDHA were older than those with SDHA-positive tumours "
                    "(Miettinen et al., 2013).", "23282968") == []
    # 22349065: "CPA patients had a significantly higher prevalence of a history of pulmonary tuberculosis and
    # diabetes mellitus than colonization patients."
    claim = ("Prior tuberculosis and diabetes were less common among CPA patients than among colonised patients "
             "(Ohba et al., 2012).")
    assert ("direction", "less common") in flags_of(claim, "22349065")
    assert flags_of(claim.replace("less common", "more common"), "22349065") == []


def test_a_frequency_against_an_amount_of_the_same_thing() -> None:
    # 28132868: "LAG-3 was overexpressed on the TILs in nonadenocarcinoma compared with in adenocarcinoma"
    assert ("direction", "more often") in flags_of("He and colleagues (2017) found LAG-3 more often on TILs in "
                                                   "adenocarcinomas than in other types of NSCLC.", "28132868")
    assert flags_of("He and colleagues (2017) found LAG-3 more often on TILs in nonadenocarcinoma than in "
                    "adenocarcinoma.", "28132868") == []


def test_a_second_side_the_abstract_names_but_does_not_compare_with() -> None:
    # 25599121: "Low-risk non-Europeans were diagnosed in a higher T-class (odds ratio=1.9) than Swedes."; the
    # abstract names European immigrants elsewhere, but this comparison is with Swedes
    claim = ("Breast cancer in low-risk non-European immigrants was diagnosed at a higher T-class than in {} "
             "(odds ratio 1.9), Mousavi and Hemminki (2015) report.")
    assert ("comparator", "in low-risk European immigrants") in flags_of(claim.format("low-risk European immigrants"),
                                                                        "25599121")
    assert [kind for kind, _ in flags_of(claim.format("Swedes"), "25599121")] == []


def test_an_increase_in_one_group_compared_with_another() -> None:
    # 28574380: "There is a significant increase in CC genotype distribution in the control group when compared to
    # the SCH patient group, ..."
    assert _read("There is a significant increase in CC genotype distribution in the control group when compared to "
                 "the SCH patient group") == [("a significant increase", "amount", True,
                                                ["cc", "contro", "distri", "genoty"], ["sch"])]
    assert ("direction", "more common") in flags_of("The CC genotype was significantly more common in SCH "
                                                    "patients versus controls (Kvaratskhelia et al., 2017).",
                                                    "28574380")
    assert flags_of("The CC genotype was significantly more common in controls than in SCH patients "
                    "(Kvaratskhelia et al., 2017).", "28574380") == []


def test_what_is_compared_comes_before_where() -> None:
    read = comparisons("MHC class II expression on tumour-infiltrating lymphocytes was higher in SCLC than in NSCLC")
    assert [sorted(c.measure) for c in read] == [["class", "expres", "ii", "mhc"]]


def test_a_cut_off_or_a_denial_is_read_in_the_comparatives_own_words() -> None:
    assert _read("incidence increases in girls with age and exceeds that of boys") != []  # "and" is no cut-off
    assert _read("children of birth order five or more than first-born children") == []
    assert [c.word for c in comparisons("CPFE is not rare and CPFE patients had a higher mortality than "
                                        "emphysema patients")] == ["higher"]


def test_a_subject_without_something_is_still_a_side() -> None:
    # "without" sits inside a side; it denies nothing of the comparison
    assert [c.word for c in comparisons("Patients without UIP had a better prognosis than those with UIP")] == [
        "better"]


def test_what_a_claim_outperformed_is_its_comparator() -> None:
    # 26007727: "... the RF classifier recognized activities ..., outperforming both the NB and SVM classifiers."
    claim = ("In Nef et al.'s (2015) smart-home data, random forest beat both logistic regression and "
             "k-nearest-neighbour classifiers at recognising activities of daily living.")
    assert flags_of(claim, "26007727") == [
        ("comparator", "logistic regression and k-nearest-neighbour classifiers")]
    assert flags_of(claim.replace("logistic regression and k-nearest-neighbour", "naive Bayes and support vector "
                                  "machine"), "26007727") == []
    # 3231453: "Comparisons were made between the potential acuity meter (PAM), laser interferometer (LI), and an
    # ophthalmologist ..."
    claim = ("An ophthalmologist drawing on the screening data and a clinical examination was the most accurate "
             "predictor, outperforming both the potential acuity meter and contrast sensitivity testing "
             "(Miller et al., 1988).")
    assert flags_of(claim, "3231453") == [("comparator", "potential acuity meter and contrast sensitivity testing")]
    assert flags_of(claim.replace("contrast sensitivity testing", "the laser interferometer"), "3231453") == []
