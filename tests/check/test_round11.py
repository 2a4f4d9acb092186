"""Readings that held-out sets 29-32 showed missing once read as development sets (real abstracts from
tests/fixtures/claims/mechanisms.xml; each test has a wrong counterpart so that it can fail)."""

from __future__ import annotations

from evidence.check.comparators import comparator_phrases
from evidence.check.cues import NULL, cues
from evidence.check.quantities import find_quantities
from evidence.check.quantitymatch import supports
from evidence.check.source import stem
from tests.fixtures.claims.claimset import flags_of


def _read(text: str) -> list[tuple[float, str, str]]:
    return [(q.value, q.unit, q.text) for q in find_quantities(text)]


def test_a_space_between_thousands_is_one_number() -> None:
    # 32974979: "A total of 285 547 cats under veterinary care during 2013 ..."
    assert _read("A total of 285 547 cats") == [(285547.0, "", "285 547")]
    assert _read("of 285\u2009547 cats") == [(285547.0, "", "285\u2009547")]
    assert _read("In 2019 120 patients") == [(2019.0, "count", "2019"), (120.0, "count", "120")]  # a year, a count
    assert flags_of("O'Neill et al. (2020) found 458 cats with recurrent seizures among 285,547 cats seen in UK "
                    "primary care in 2013.", "32974979") == []
    assert ("missing-specific", "285,457") in flags_of(
        "O'Neill et al. (2020) found 458 cats with recurrent seizures among 285,457 cats seen in UK primary care in "
        "2013.", "32974979")


def test_between_one_and_five_is_a_range() -> None:
    # 30773055: "... usually hand out one to five pieces to their dogs every day."
    assert _read("between one and five a day") == [(1.0, "", "one and five"), (5.0, "", "one and five")]
    assert _read("one to five pieces") == [(1.0, "", "one to five"), (5.0, "", "one to five")]
    assert _read("between 3 and 6 months") == [(2190.0, "h", "3 and 6 months"), (4380.0, "h", "3 and 6 months")]
    assert flags_of("Most owners gave their dogs between one and five treats a day (Morelli et al., 2020).",
                    "30773055") == []
    assert ("number", "one and eight") in flags_of(
        "Most owners gave their dogs between one and eight treats a day (Morelli et al., 2020).", "30773055")


def test_years_joined_by_to_are_a_period() -> None:
    # 2707455: "During the years 1977 to 1986, cytogenetic studies were performed on 342 women and 297 men ..."
    assert [q.text for q in find_quantities("During the years 1977 to 1986, cytogenetic") if q.unit == "h"] == [
        "1977 to 1986"]
    assert [q for q in find_quantities("in 2007 and 2012") if q.unit == "h"] == []  # two years, no period
    assert flags_of("Between 1977 and 1986, Simpson et al. (1989) studied the chromosomes of 342 women and 297 men "
                    "with early miscarriages.", "2707455") == []
    assert ("missing-specific", "Between 1977 and 1996") in flags_of(
        "Between 1977 and 1996, Simpson et al. (1989) studied the chromosomes of 342 women and 297 men with early "
        "miscarriages.", "2707455")


def test_a_number_after_a_duration_keeps_its_unit() -> None:
    # 36834367: "... significant improvement after 1 month (p = 0.001) and 3 months (p < 0.001) according to the ODI"
    assert _read("at one month and again at three.") == [(730.0, "h", "one month"), (2190.0, "h", "three")]
    assert _read("after 6 months and 12 patients") == [(4380.0, "h", "6 months"), (12.0, "count", "12")]
    claim = ("Without disc-root contact, ODI scores improved at one month and again at {} (Budrovac et al., "
             "2023).")
    assert flags_of(claim.format("three"), "36834367") == []
    assert flags_of(claim.format("six"), "36834367") != []


def test_grams_and_kilograms_are_one_measure() -> None:
    # 7484287: "We evaluated the accuracy and precision of DXA in piglets (body weight 886-5526 g, median 2096 g)."
    source = find_quantities("(body weight 886-5526 g, median 2096 g)")
    assert [supports(q, source) for q in find_quantities("piglets of 0.9 to 5.5 kg")] == [True, True]
    assert [supports(q, source) for q in find_quantities("piglets of 0.8 kg")] == [False]
    assert [supports(q, source) for q in find_quantities("a median of 2.1 kg")] == [True]


def test_the_same_count_in_fewer_words_is_the_claim_s_count() -> None:
    # 8985062: "Two hundred twenty-eight patients were entered into the study." and, of a historic control
    # group, "234 high-risk trauma patients"
    claim = "Headrick et al. (1997) screened {} high-risk trauma patients with serial leg ultrasound."
    assert flags_of(claim.format(228), "8985062") == []
    assert flags_of(claim.format(238), "8985062") == [("number", "238")]


def test_figures_compared_are_no_comparison_group() -> None:
    # 1475529: "The ED50 of A-1 ... was 164 mumol/kg." and "... the LD50 was 691 mumol/kg, with the therapeutic
    # index being 4.2."
    assert comparator_phrases("protected mice at an ED50 of 164 umol/kg, against an LD50 of 691 umol/kg") == []
    assert comparator_phrases("compared with 20 mg of lithium") == ["lithium"]
    assert flags_of("The nipecotamide A-1 protected mice at an ED50 of 164 umol/kg, against an LD50 of 691 umol/kg "
                    "(Lyman et al., 1992).", "1475529") == []
    # a decimal point or a thousands comma does not end the compared phrase
    assert comparator_phrases("checked DXA against ash weight in piglets of 0.9 to 5.5 kg and found") == [
        "ash weight in piglets of 0.9 to 5.5 kg"]
    assert comparator_phrases("compared with 2,021 who had surgery") == []  # people counted, not named


def test_an_idiom_compares_nothing() -> None:
    # 36794256: "Only 18 patients (23.4%) had no ABL."
    assert comparator_phrases("bone loss was the rule rather than the exception after disc replacement") == []
    assert comparator_phrases("survival was longer than expected.") == []
    assert flags_of("Anterior bone loss was the rule rather than the exception after Baguera C disc replacement "
                    "(Yang et al., 2023).", "36794256") == []


def test_an_adjective_names_its_noun() -> None:
    # 39012105: "... 27 potential zoonotic pathogens ..., with far more bacterial than viral species"
    assert stem("viral") == stem("viruses") == stem("virus")
    assert stem("fungal") == stem("fungi")
    assert flags_of("Wu et al. (2024) found far more bacteria than viruses among 27 potential zoonotic pathogens.",
                    "39012105") == []
    assert ("comparator", "parasites among 27 potential zoonotic pathogens") in flags_of(
        "Wu et al. (2024) found far more bacteria than parasites among 27 potential zoonotic pathogens.", "39012105")


def test_alone_meets_an_abbreviation_spelled_out() -> None:
    # 31449470: "chemoradiation therapy (CRT)" ... "possibly inferior to CRT alone"
    claim = ("In a randomised phase II trial in locally advanced cervical cancer, neoadjuvant cisplatin-gemcitabine "
             "before chemoradiation gave a 3-year PFS of 40.9%, versus 60.4% with {} alone (da Costa et al., 2019).")
    assert flags_of(claim.format("chemoradiation"), "31449470") == []
    assert ("comparator", "chemotherapy alone") in flags_of(claim.format("chemotherapy"), "31449470")


def test_figures_in_a_compared_phrase_say_how_much_not_what() -> None:
    # 7484287: "We evaluated the accuracy and precision of DXA in piglets (body weight 886-5526 g, median 2096 g)."
    claim = "Koo et al. (1995) checked DXA against {} in piglets of roughly 0.9 to 5.5 kg."
    assert flags_of(claim.format("ash weight"), "7484287") == []
    assert [k for k, _ in flags_of(claim.format("neutron activation"), "7484287")] == ["comparator"]


def test_no_group_differences_named_in_between() -> None:
    # 31479897: "No significant MFC and R2* group differences were detected." and "... all regional MFC and R2*
    # significantly increased with age in the control group ..."
    assert [(c.polarity, c.word) for c in cues("No significant MFC and R2* group differences were detected.")] == [
        (NULL, "No significant MFC and R2* group differences")]
    assert [c.polarity for c in cues("No significant patients had greater changes")] != [NULL]  # a verb between
    claim = ("Adisetiyo et al. (2019) found {} in MFC or R2* iron measures between 30 stimulant-treated boys "
             "with ADHD and 29 age-matched controls.")
    assert flags_of(claim.format("no significant group differences"), "31479897") == []
    assert [k for k, _ in flags_of(claim.format("significantly lower levels"), "31479897")] == ["direction"]


def test_a_trend_or_a_correlation_is_no_group_difference() -> None:
    # 36977772: "Autoantibody expression did not differ between study groups ..." and "In ARVC Boxers there was
    # strong correlation with the complexity of ventricular arrhythmias (r = 0.841, p = 0.007) ..."
    assert flags_of("Antibody levels did not differ between Boxers with ARVC, healthy Boxers, Dobermans with dilated "
                    "cardiomyopathy and dogs with mitral valve disease (Walker et al., 2023).", "36977772") == []


def test_a_hope_is_no_finding() -> None:
    # 36763551: "... correction of the above-mentioned risk factors will potentially improve postoperative outcomes"
    assert [c.word for c in cues("correction of these factors will potentially improve outcomes")] == []
    assert [c.word for c in cues("correction of these factors improved outcomes")] == ["improved"]
    assert flags_of("Predictors of a poor result after surgery for degenerative cauda equina syndrome included "
                    "preoperative neurological deficit and a narrow spinal canal (Byvaltsev et al., 2023).",
                    "36763551") == []


def test_a_comparison_is_answered_by_a_comparison_with_the_same_side() -> None:
    # 31479896: "Patients in the OFF but not in the ON state showed significantly lower praxis scores than
    # controls." and, richer in the claim's words, "... early stages of Parkinson's disease having an increased
    # risk for apraxia ..."
    claim = "Patients with early Parkinson's disease scored significantly worse than {} on praxis (Matt et al., 2019)."
    assert flags_of(claim.format("controls"), "31479896") == []
    assert [k for k, _ in flags_of(claim.format("their ON state"), "31479896")] == ["direction"]  # another side


def test_all_of_a_counted_part_is_that_part() -> None:
    # 7924369: "... effective in correcting gas exchange abnormalities in seven of 11 patients, all of whom survived"
    claim = "Face-mask ventilation corrected gas exchange in seven of 11 patients, and all {} left the ICU alive " \
            "(Meduri et al., 1994)."
    assert flags_of(claim.format("seven"), "7924369") == []
    assert ("number", "all eleven") in flags_of(claim.format("eleven"), "7924369")  # seven of the eleven


def test_proved_before_a_negated_adjective_is_a_copula() -> None:
    # 8316418: "Cigarette smoking and alcoholism were the most common systemic risk factors."
    claim = "Fever and a raised white count {} signs of late infection of implants (Law & Stein, 1993)."
    assert flags_of(claim.format("proved unreliable"), "8316418") == []
    assert ("overreach", "proven") in flags_of(claim.format("are proven reliable"), "8316418")


def test_the_significant_part_of_a_sentence_answers_a_claim_of_significance() -> None:
    # 36800648: "... epidural anesthesia shows significantly lower rate compare to general anesthesia (..., P=0.015),
    # but local anesthesia didn't show significant result, ..."
    claim = ("Pooling 12 studies, Wang et al. (2022) found that discectomy under {} anaesthesia carried a "
             "significantly lower complication rate than under general anaesthesia.")
    assert flags_of(claim.format("epidural"), "36800648") == []
    assert ("overreach", "significantly") in flags_of(claim.format("local"), "36800648")


def test_uninsured_is_noninsured() -> None:
    # 32974979: "Insured cats were more likely to be diagnosed with epilepsy compared to noninsured cats."
    claim = "Insured cats were {} likely than uninsured ones to be diagnosed with epilepsy (O'Neill et al., 2020)."
    assert flags_of(claim.format("more"), "32974979") == []
    assert flags_of(claim.format("less"), "32974979") == [("direction", "less")]


def test_more_susceptible_is_a_direction() -> None:
    # 22051099: "The polymorphism rs2234671 in the CXCR1 gene was not associated with the susceptibility to chronic
    # periodontitis in the studied Brazilian population."
    assert [(c.polarity, c.word) for c in cues("carriers were more susceptible to periodontitis")] == [
        ("up", "more susceptible")]
    claim = "Carriers of the CXCR1 rs2234671 variant {} in a Brazilian sample (Scarel-Caminaga et al., 2011)."
    assert flags_of(claim.format("were not more susceptible to chronic periodontitis"), "22051099") == []
    assert flags_of(claim.format("were more susceptible to chronic periodontitis"), "22051099") == [
        ("direction", "more susceptible")]


def test_the_condition_of_a_finding_and_its_means() -> None:
    # 17895880: "The release of adiponectin was enhanced by insulin and by inhibition of endogenous tumor necrosis
    # factor (TNFalpha) using etancercept."
    assert [c.word for c in cues("enhanced by insulin and by inhibition of TNF")] == ["enhanced"]
    claim = "Adiponectin release from the fat explants {} when insulin was added (Fain et al., 2008)."
    assert flags_of(claim.format("rose"), "17895880") == []
    assert flags_of(claim.format("fell"), "17895880") == [("direction", "fell")]


def test_what_the_claim_measures_decides_which_sentence_answers() -> None:
    # 26: "The pH value was savely increased only by Sch 1000 and Sch 1000 + oxazepam, ... during the basal period."
    # and "Sch 1000 and Sch 1000 + oxazepam were found to be equipotent in reducing the amount of basal acid"
    claim = "In healthy volunteers the two Sch 1000 preparations {} gastric pH during the basal period " \
            "(Scherberger et al., 1975)."
    assert flags_of(claim.format("raised"), "26") == []
    assert flags_of(claim.format("lowered"), "26") == [("direction", "lowered")]


def test_a_general_truth_where_the_abstract_only_hedges() -> None:
    # 1375642: "The results indicate that flow cytometric analysis may have some limited potential as a diagnostic
    # adjunct in oral premalignant lesions."
    claim = "Flow cytometry {} for identifying oral premalignant lesions, according to Kahn et al. (1992)."
    assert flags_of(claim.format("may have some limited potential as a diagnostic adjunct"), "1375642") == []
    assert flags_of(claim.format("is a reliable diagnostic adjunct"), "1375642") == [("overreach", "is a reliable")]
    # 30158200: "Hand grip strength was inversely associated with fracture risk, but this result was not significant
    # after multiple testing correction."
    assert flags_of("Trajanoska et al. (2018) found hand grip strength inversely associated with fracture risk, "
                    "though not significantly after correction for multiple testing.", "30158200") == []
    assert flags_of("Trajanoska et al. (2018) showed that a stronger hand grip protects against fracture.",
                    "30158200") == [("overreach", "protects")]
    # a model's prediction is what it computes, not a claim about the world
    assert overreach_generic("The model predicts absorption times of 40 hours.") is None
    assert overreach_generic("The test predicts relapse.") is not None


def overreach_generic(clause: str) -> object:
    from evidence.check.overreach import _GENERIC_RE, _MODEL_RE

    return next((m for m in _GENERIC_RE.finditer(clause)
                 if not _MODEL_RE.search(clause, max(0, m.start() - 30), m.start())), None)


def test_blocked_and_amplified_are_directions() -> None:
    # a set 29 abstract (Constantinescu 1994): "Ligand-induced tyrosine phosphorylation of IFN alpha R1 was blocked by
    # the kinase inhibitors"
    assert [(c.polarity, c.word) for c in cues("phosphorylation was blocked by genistein")] == [("down", "blocked")]
    assert [(c.polarity, c.word) for c in cues("halothane amplified the pressor effect")] == [("up", "amplified")]
    assert [c.word for c in cues("a beta-blocker and a nerve block were given")] == []  # names, not changes


def test_compare_to_opens_a_comparison() -> None:
    # 36800648: "For complication, epidural anesthesia shows significantly lower rate compare to general anesthesia"
    claim = "Epidural anaesthesia led to fewer postoperative complications than {} anaesthesia (Wang et al., 2022)."
    assert not [k for k, _ in flags_of(claim.format("general"), "36800648") if k == "comparator"]
    assert ("comparator", "local anaesthesia") in flags_of(claim.format("local"), "36800648")


def test_a_figure_said_as_a_median_must_be_the_median() -> None:
    # 36854329: "Median follow-up time for censored patients was 2.2 years (interquartile range (IQR) 1.0 to 5.0)."
    claim = "Geere et al. (2023) followed their discectomy patients for a median of {}."
    assert flags_of(claim.format("2.2 years"), "36854329") == []
    assert flags_of(claim.format("five years"), "36854329") == [("duration", "five years")]  # the IQR's end
    # 31449468: "Median follow-up for 83 eligible patients enrolled in AREN0532/0533 was 5.73 years (range, 2.84 to
    # 9.63 years)."
    claim = "After a median follow-up of {}, children on AREN0532/0533 had 4-year event-free survival close to 90% " \
            "(Dix et al., 2019)."
    asked = [t for _, t in flags_of(claim.format("almost six years"), "31449468")]
    assert "almost six years" not in asked and "4-year" not in asked
    assert ("duration", "ten years") in flags_of(claim.format("almost ten years"), "31449468")  # near the range's end


def test_prospectively_collected_data_do_not_make_a_prospective_study() -> None:
    # 36854329: "A retrospective study was conducted using prospectively collected data and patient-reported outcome
    # measures, ..."
    claim = "In a {} study of 754 consecutive patients, about 12% had a same-site recurrence within five years of " \
            "lumbar discectomy (Geere et al., 2023)."
    assert [k for k, _ in flags_of(claim.format("retrospective"), "36854329") if k == "design"] == []
    assert ("design", "prospective") in flags_of(claim.format("prospective"), "36854329")


def test_all_nine_against_eight_of_the_nine_is_a_count() -> None:
    # 8316418: "Eight of the nine patients had a history of pain at the fracture site for 3 weeks or longer."
    claim = "{} patients in Law and Stein's (1993) series reported pain at the old fracture site for three weeks or " \
            "more."
    assert flags_of(claim.format("Eight of the nine"), "8316418") == []
    assert flags_of(claim.format("All nine"), "8316418") == [("number", "All nine")]


def test_a_comparison_on_another_measure_does_not_answer_the_claim_s() -> None:
    # 31479896: "Patients in the ON state exhibited a significantly higher functional connectivity between the
    # supramarginal gyrus and the primary motor cortex, basal ganglia, and frontal areas than in the OFF state." and
    # "Patients in both states displayed higher global efficiency within the praxis network than controls ..."
    claim = "When ON their medication, patients had significantly stronger connectivity between the supramarginal " \
            "gyrus and the primary motor cortex, basal ganglia and frontal areas than {} (Matt et al., 2019)."
    assert flags_of(claim.format("in the OFF state"), "31479896") == []
    assert flags_of(claim.format("healthy controls"), "31479896") == [("comparator", "healthy controls")]
