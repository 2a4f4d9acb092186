"""The flag mechanisms of this round on real abstracts (tests/fixtures/claims): rounded and bounded
numbers, shares in words, periods in years, calendar years, plain-language reversals and null findings."""

from __future__ import annotations

from evidence.check.comparators import comparator_phrases
from evidence.check.cues import EFFECT, NULL, UP, cues
from evidence.check.flags import FlagFinder
from evidence.check.quantities import Quantity, find_quantities, span_end
from evidence.check.quantitymatch import same_value, supports
from tests.fixtures.claims.claimset import by_pmid as _entry
from tests.fixtures.claims.claimset import flags_of as _flags


def test_bounds_are_read_with_their_direction() -> None:
    [count] = find_quantities("More than 150 Kenyan women")
    assert (count.value, count.unit, count.bound) == (150.0, "count", ">")
    [share] = find_quantities("Fewer than 5% of patients")
    assert (share.value, share.bound) == (5.0, "<")
    [month] = find_quantities("just over a month with naltrexone alone")
    assert (month.value, month.bound) == (730.0, ">")
    [years] = find_quantities("over two years")  # a duration, not a bound
    assert (years.value, years.bound) == (17520.0, "")
    assert [q.bound for q in find_quantities("burn patients over 65")] == [""]  # an age limit


def test_a_bound_holds_for_a_figure_near_it_on_its_side() -> None:
    def bound(value: float, unit: str, side: str) -> Quantity:
        return Quantity(value, unit, "", 0, bound=side)
    assert same_value(bound(150, "count", ">"), Quantity(158, "count", "158", 0))
    assert same_value(bound(15000, "count", ">"), Quantity(15212, "count", "15,212", 0))
    assert not same_value(bound(150, "count", ">"), Quantity(1580, "count", "1,580", 0))
    assert not same_value(bound(150, "count", ">"), Quantity(140, "count", "140", 0))
    assert same_value(bound(5, "%", "<"), Quantity(4, "%", "4%", 0))
    assert not same_value(bound(87600, "h", "<"), Quantity(56940, "h", "6.5 years", 0))  # "up to ten years"


def test_shares_in_words_meet_their_figures() -> None:
    [tenth] = find_quantities("About one in ten patients responded")
    assert (tenth.value, tenth.whole, tenth.unit, tenth.decimals) == (1.0, 10.0, "fraction", -1)
    assert supports(tenth, find_quantities("There were three responses (10%)"))
    [fifth] = find_quantities("Roughly four in five actively treated patients")
    assert supports(fifth, find_quantities("In 68 of 84 (81 %) actively treated patients"))
    half = [q for q in find_quantities("Half of the 140 patients") if q.unit == "%"]
    assert supports(half[0], find_quantities("One hundred and forty patients, 70 in each age cohort"))
    assert [q.value for q in find_quantities("a fifth of the cases")] == [20.0]


def test_periods_in_years_are_durations() -> None:
    [span] = [q for q in find_quantities("admitted in the period 2000-19") if q.unit == "h"]
    assert (span.value, span.approx) == (19 * 8760.0, True)
    [decades] = find_quantities("over two decades")
    assert same_value(decades, span)  # "two decades" for 2000-19
    [between] = [q for q in find_quantities("between January 2010 and June 2021") if q.unit == "h"]
    assert between.value == 11 * 8760.0
    assert [q.unit for q in find_quantities("in 2007 and 2012")] == ["", ""]  # two years, not a period
    assert [q.value for q in find_quantities("600 mg daily for the first month") if q.unit == "h"] == [730.0]


def test_rounded_numbers_in_faithful_claims_raise_no_flag() -> None:
    faithful = [
        ("9553669", "About one in ten patients responded to oral clofazimine for hepatocellular carcinoma."),
        ("36987902", "Roughly four in five actively treated older burn patients underwent tangential excision and "
                     "skin grafting."),
        ("38704912", "Half of the 140 patients in the ELDERS study were aged 70 or older."),
        ("16637512", "More than 150 Kenyan women with breast cancer were studied."),
        ("16637512", "Roughly one in five Kenyan breast cancers overexpressed Her-2/neu."),
        ("37822558", "More than three quarters of Taiwanese adolescents considered the Pfizer-BioNTech vaccine the "
                     "ideal option."),
        ("32934823", "With KB220, naltrexone compliance lasted about nine months, against just over a month with "
                     "naltrexone alone."),
        ("24804815", "About 90 Egyptian patients with acute leukaemia were studied alongside 20 healthy controls."),
        ("37652022", "Penetrance was estimated from more than 10,000 individuals with hypertrophic cardiomyopathy."),
        ("20483657", "Fewer than 5% of treatment-naive Cameroonian HIV-1 patients had primary resistance in the RT "
                     "region."),
        ("35095222", "The study used two kinds of interviews to explain the rise in drug-related deaths among women."),
        ("36987902", "Over the two decades from 2000, more than 100 burn patients aged 75 or older were admitted."),
        ("36987902", "Admissions of burn patients aged 75 and over rose from 3.3 a year in 2000-14 to 10.2 in "
                     "2015-19."),
        ("22727195", "Nearly two-thirds of tumours were ER+/HER2-."),
    ]
    assert [(pmid, _flags(claim, pmid)) for pmid, claim in faithful] == [(pmid, []) for pmid, _ in faithful]


def test_an_amount_after_than_is_not_a_comparator() -> None:
    assert comparator_phrases("More than three quarters of Taiwanese adolescents considered it ideal") == []
    assert comparator_phrases("Fewer than 5% of treatment-naive patients had resistance") == []
    assert comparator_phrases("lasted nine months, against just over a month with naltrexone alone") == [
        "naltrexone alone"]
    assert comparator_phrases("improved compliance compared with buprenorphine") == ["buprenorphine"]


def test_wrong_periods_and_years_are_flagged() -> None:
    assert _flags("In Malawi, samples were collected during a period of high sulfadoxine-pyrimethamine use from "
                  "1995 to 1998.", "25672905") == [("duration", "from 1995 to 1998"), ("duration", "1995"),
                                                   ("duration", "1998")]
    assert _flags("Malawi replaced sulfadoxine-pyrimethamine with an artemisinin combination in 2005.",
                  "25672905") == [("duration", "2005")]
    assert _flags("Malawi replaced sulfadoxine-pyrimethamine with an artemisinin combination in 2007.",
                  "25672905") == []
    assert _flags("Patients received clofazimine 600 mg daily for the first month, then 400 mg daily until "
                  "progression.", "9553669") == [("duration", "for the first month")]


def test_null_findings_in_plain_words() -> None:
    def polarities(text: str) -> list[tuple[str, str]]:
        return [(c.polarity, c.word) for c in cues(text)]
    assert polarities("their gene expression was not statistically different from those") == [
        (NULL, "was not statistically different")]
    assert polarities("The drug failed to improve survival") == [(NULL, "failed to improve")]
    assert polarities("Drug A was no better than placebo") == [(NULL, "no better than")]
    assert polarities("Pharmacokinetic parameters of cisplatin were not altered") == [(NULL, "were not altered")]
    assert polarities("the median DFS was not reached") == []  # a long survival, not a null finding
    assert polarities("The polymorphism differed by gender") == [(EFFECT, "differed")]
    assert polarities("athletes made more high-intensity efforts in late matches than in early ones")[0] == (
        UP, "more")


def test_reversals_in_plain_words_are_flagged_with_their_sentence() -> None:
    wrong = [
        ("21215239", "The EGFR G2607A polymorphism differed significantly by the patients' gender.",
         "Statistical analysis showed no difference between the polymorphism and either gender or age"),
        ("29514256", "Given with ombrabulin and docetaxel, cisplatin had altered pharmacokinetics in Japanese "
                     "patients.",
         "Pharmacokinetic parameters of ombrabulin and cisplatin were not altered"),
        ("9592192", "In Egyptian colorectal cancer patients, chemotherapy or radiotherapy in the previous six months "
                    "lowered mismatch repair gene expression.",
         "their gene expression was not statistically different"),
        ("38747095", "AFLW athletes made more very high-intensity running efforts in late matches than in early ones.",
         "similar numbers of very high-intensity running efforts"),
        ("37822558", "Taiwanese adolescents placed less value on COVID-19 vaccination than their caregivers did.",
         "Adolescents scored higher than caregivers in terms of vaccine value"),
        ("24935385", "GSTP1 methylation correlated strongly with smoking in non-small cell lung cancer.",
         "no correlation was observed between the methylation of GSTP1"),
    ]
    for pmid, claim, truth in wrong:
        [flag] = [f for f in FlagFinder().flags(claim, _entry(pmid)) if f.kind == "direction"]
        assert truth in flag.message
    faithful = [
        ("21215239", "The EGFR G2607A polymorphism did not differ by gender or age."),
        ("24935385", "FHIT hypermethylation correlated with pathologic stage in non-small cell lung cancer."),
        ("37822558", "Taiwanese adolescents scored lower than their caregivers on knowledge about COVID-19 "
                     "vaccination."),
    ]
    assert [(pmid, _flags(claim, pmid)) for pmid, claim in faithful] == [(pmid, []) for pmid, _ in faithful]


def test_a_period_is_compared_with_the_abstracts_periods_of_its_kind() -> None:
    # 39077977: "observed for a median time of 17 weeks (interquartile range [IQR] 6-37 weeks)"
    assert _flags("Patients given avacopan were followed for a median of 37 weeks.", "39077977") == [
        ("duration", "37 weeks")]
    assert _flags("Patients given avacopan were followed for a median of 17 weeks.", "39077977") == []
    assert _flags("Patients given avacopan were followed for a median of about four months.", "39077977") == []


def test_overreach_points_at_the_sentence_that_says_why_not() -> None:
    [flag] = FlagFinder().flags("WT1 reduction at the end of induction is a proven prognostic marker in adult AML.",
                                _entry("23394625"))
    assert (flag.kind, flag.term) == ("overreach", "proven")
    assert "although not reaching the level of significance" in flag.message
    [flag] = FlagFinder().flags("Rare variants in cardiomyopathy-associated genes are always highly penetrant.",
                                _entry("37652022"))
    assert (flag.kind, flag.term) == ("overreach", "always")
    assert "While most variants had low penetrance" in flag.message


def test_the_same_finding_in_the_other_subgroup_is_a_reversal() -> None:
    [flag] = FlagFinder().flags("p53 inactivation was more frequent in high-grade breast tumours.", _entry("19675743"))
    assert (flag.kind, flag.term) == ("direction", "high")
    assert "p53 showed a significant increase in low-grade tumors" in flag.message
    assert _flags("HER-2/neu and p53 increased significantly in low-grade breast tumours.", "19675743") == []


def test_a_disease_the_abstract_names_only_in_passing_is_not_its_population() -> None:
    # 21215239 studies nasopharyngeal carcinoma; lung cancer is named only as background ("TKIs in lung cancer")
    [flag] = FlagFinder().flags("Mutations in the EGFR kinase domain are rare in Moroccan patients with lung cancer.",
                                _entry("21215239"))
    assert (flag.kind, flag.term) == ("population", "lung cancer")
    assert "Sixty Moroccan patient specimens of NPC" in flag.message
    assert _flags("Mutations in the EGFR kinase domain are rare in Moroccan patients with nasopharyngeal carcinoma.",
                  "21215239") == []


def test_a_spelled_count_is_not_held_by_a_number_in_a_name() -> None:
    # 39077977: "Three patients progressed to respiratory failure"; "5" only in "complement factor 5 receptor"
    assert _flags("Of 15 patients with alveolar haemorrhage given avacopan, five progressed to respiratory failure.",
                  "39077977") == [("number", "five")]
    assert _flags("Of 15 patients with alveolar haemorrhage given avacopan, three progressed to respiratory failure.",
                  "39077977") == []


def test_a_claim_of_no_difference_meets_a_significant_difference() -> None:
    [flag] = FlagFinder().flags("Taiwanese adolescents and their caregivers did not differ in knowledge about "
                                "COVID-19 vaccines.", _entry("37822558"))
    assert (flag.kind, flag.term) == ("direction", "did not differ")
    assert "but lower in knowledge (p<0.001)" in flag.message
    [flag] = FlagFinder().flags("Older burn patients who died in hospital did not differ from survivors in the extent "
                                "of their burns.", _entry("36987902"))
    assert "significantly higher total body surface area with burns" in flag.message
    faithful = [
        ("21215239", "The EGFR G2607A polymorphism did not differ by patients' gender or age."),
        ("22727195", "ER and HER2 status did not differ between Kurdish and Arab breast cancer patients."),
        ("38704912", "The effect of checkpoint inhibitors on quality of life did not differ between older and younger "
                     "patients."),
        ("23394625", "WT1 overexpression at diagnosis was not associated with disease-free or overall survival in "
                     "adult AML."),
    ]
    assert [(pmid, _flags(claim, pmid)) for pmid, claim in faithful] == [(pmid, []) for pmid, _ in faithful]


def test_abstract_sentences_read_as_claims_on_their_own_abstract_raise_no_strength_flag() -> None:
    # the sentence nearest the claim says it is significant; the claim itself says the lasting effect is unsure
    faithful = [
        ("24935385", "Hypermethylation of FHIT gene showed a highly significant correlation with pathologic stage "
                     "(p<0.01) and a significant correlation with smoking habit and FHIT mRNA expression level "
                     "(p<0.05)."),
        ("39077977", "Furthermore, concerns remain regarding timely access to avacopan, the best glucocorticoid "
                     "tapering regimen, and long-term efficacy and safety of the drug."),
    ]
    assert [(pmid, _flags(claim, pmid)) for pmid, claim in faithful] == [(pmid, []) for pmid, _ in faithful]


def test_a_two_digit_end_year_crosses_the_century() -> None:
    # "1998-02" is four years into the next century (not 1902, which was dropped as a backwards span)
    assert span_end(1998, "02") == 2002 and span_end(2005, "19") == 2019 and span_end(1998, "2002") == 2002
    (period,) = [q for q in find_quantities("Data from 1998-02 were analysed.") if q.unit == "h"]
    assert (period.text, period.value) == ("from 1998-02", 4 * 8760.0)


def test_immune_status_and_life_stage_are_populations() -> None:
    from tests.fixtures.claims.claimset import flags_of
    # 14972060: "Chinese-style salted fish increases the risk for nasopharyngeal cancer, particularly if eaten during
    # childhood"
    assert ("population", "adulthood") in flags_of("Chinese-style salted fish raises nasopharyngeal cancer risk, "
                                                   "particularly when eaten in adulthood (Key et al., 2004).",
                                                   "14972060")
    assert flags_of("Chinese-style salted fish raises nasopharyngeal cancer risk, particularly when eaten in "
                    "childhood (Key et al., 2004).", "14972060") == []
    # 19373526: "EBV-related lymphoproliferative disorders and lymphomas are especially common in immunocompromised
    # patients."
    assert flags_of("Maeda and colleagues (2009) note that EBV-related lymphoproliferative disorders and lymphomas "
                    "are especially common in people with intact immune systems.", "19373526") == [
        ("population", "intact immune")]
    assert flags_of("Maeda and colleagues (2009) note that EBV-related lymphoproliferative disorders and lymphomas "
                    "are especially common in immunosuppressed people.", "19373526") == []


def test_plain_words_of_change() -> None:
    # "climbed", "blunts", "pushed ... up/down" are words of change too. 3141895: "During asphyxia, CSF levels of
    # PGE2 did not increase"; 7762630: lowering plasma insulin for a prolonged period "increases insulin
    # sensitivity"; 7943216: "Insulin significantly suppressed plasma leucine and ketoisocaproate (KIC)".
    assert [(c.polarity, c.word) for c in cues("PGE2 climbed; sensitivity blunts; it pushed leucine down")] == [
        (UP, "climbed"), ("down", "blunts"), ("down", "pushed")]
    # "this reduction persisted": the reduction lasted; "symptoms persisted": nothing changed
    assert [(c.polarity, c.word) for c in cues("this reduction persisted after 13 h")] == [
        ("down", "reduction"), ("down", "persisted")]
    assert [(c.polarity, c.word) for c in cues("symptoms persisted")] == [(NULL, "persisted")]
    claim = "During the asphyxia itself, PGE2 in the cerebrospinal fluid {} (Pourcyrous et al., 1988)."
    assert _flags(claim.format("climbed"), "3141895") == [("direction", "climbed")]
    assert _flags(claim.format("did not climb"), "3141895") == []
    claim = "Keeping plasma insulin low for a prolonged period {} insulin sensitivity (Vogt and Petrides, 1995)."
    assert _flags(claim.format("blunts"), "7762630") == [("direction", "blunts")]
    assert _flags(claim.format("heightens"), "7762630") == []
    claim = "A short insulin infusion pushed plasma leucine concentrations {} (Petrides et al., 1994)."
    assert _flags(claim.format("up"), "7943216") == [("direction", "pushed")]
    assert _flags(claim.format("down"), "7943216") == []


def test_a_share_in_words_is_of_the_sentences_whole() -> None:
    # 9380315: "Five women (28%) died." and a list of causes "(n = 6), ... (n = 3), ... (n = 2)": two small counts
    # of a list (2 of 5) are no 40%.
    claim = "Septic shock in pregnancy was often fatal: {} of the women died (Mabie et al., 1997)."
    assert _flags(claim.format("nearly four in ten"), "9380315") == [("number", "four in ten")]
    assert _flags(claim.format("more than one in four"), "9380315") == []


def test_times_written_x_is_a_multiple() -> None:
    # 26647970: "increasing sequencing depth to \u223c 100 \u00d7 shows benefits"
    text = "30x depth, 100 \u00d7 depth, 2 \u00d7 10(6) cells, 5 x 10"
    assert [(q.value, q.unit) for q in find_quantities(text)] == [
        (30.0, "fold"), (100.0, "fold"), (2.0, ""), (10.0, ""), (6.0, ""), (5.0, ""), (10.0, "")]
    claim = "PCR-free libraries sequenced to about {} depth paid off (Alioto et al., 2015)."
    assert _flags(claim.format("30x"), "26647970") == [("number", "30x")]
    assert _flags(claim.format("100x"), "26647970") == []


def test_a_design_the_study_cannot_also_be() -> None:
    # 7794078: titled "... results of a prospective trial"; "Over a 22-month period, patients with blunt hepatic
    # injury were evaluated prospectively"; its "retrospective" is of other work ("a number of retrospective studies
    # recently have been published").
    claim = "{}, Croce et al. (1995) found nonoperative management safe for haemodynamically stable blunt hepatic " \
            "injuries."
    assert _flags(claim.format("In a retrospective review of 22 months of admissions"), "7794078") == [
        ("design", "retrospective")]
    assert _flags(claim.format("In a prospective study over 22 months"), "7794078") == []
    assert _flags(claim.format("Following patients prospectively over 22 months"), "7794078") == []


def test_a_disease_named_bare_and_more_species() -> None:
    # 7943216 studied "six young healthy volunteers": "type 2 diabetes" names the disease whatever its modifiers
    # say. 3141895 studied piglets, 9114230 "urethan-anesthetized rats".
    claim = "In six {}, raising insulin for a day suppressed plasma leucine (Petrides et al., 1994)."
    assert _flags(claim.format("adults with type 2 diabetes"), "7943216") == [("missing-specific", "diabetes")]
    assert _flags(claim.format("healthy young volunteers"), "7943216") == []
    claim = "Working in newborn {}, Pourcyrous et al. (1988) tied post-asphyxial pial dilation to prostanoids."
    assert _flags(claim.format("lambs"), "3141895") == [("population", "lambs")]
    assert _flags(claim.format("piglets"), "3141895") == []
    claim = "Recording in anaesthetised {}, Stern et al. (1997) found only weak periodicity in up and down states."
    assert _flags(claim.format("cats"), "9114230") == [("population", "cats")]
    assert _flags(claim.format("rats"), "9114230") == []
