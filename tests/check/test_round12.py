"""Readings that held-out sets 33-37 showed missing once read as development sets (real abstracts from
tests/fixtures/claims/mechanisms.xml; each test has a wrong counterpart so that it can fail)."""

from __future__ import annotations

from evidence.check.citations import find_citations
from evidence.check.comparators import comparator_phrases
from evidence.check.cues import NULL, cues
from evidence.check.manuscript import Manuscript
from evidence.check.quantities import find_quantities
from tests.fixtures.claims.claimset import flags_of


def _read(text: str) -> list[tuple[float, str, str]]:
    return [(q.value, q.unit, q.text) for q in find_quantities(text)]


def test_no_class_significantly_raised_is_a_null_finding() -> None:
    # 9207336: "... no statistically significant increase or decrease in risk of serious hypoglycemia among users
    # of any class of antihypertensive agents compared with nonusers of antihypertensive drugs."
    assert cues("no class of antihypertensive significantly raised or lowered the risk")[0].polarity == NULL
    assert cues("every class of antihypertensive significantly raised the risk")[0].polarity != NULL
    claim = ("Among 13,559 elderly Tennessee Medicaid enrollees on insulin or a sulfonylurea, {} the adjusted risk of "
             "serious hypoglycaemia relative to {} (Shorr et al., 1997).")
    assert flags_of(claim.format("no class of antihypertensive significantly raised or lowered", "non-use"),
                    "9207336") == []  # ("non-use" is the abstract's "nonusers")
    assert ("direction", "raised") in flags_of(
        claim.format("every class of antihypertensive significantly raised", "non-use"), "9207336")
    assert flags_of(claim.format("no class of antihypertensive significantly raised", "insulin alone"),
                    "9207336") == [("comparator", "insulin alone")]


def test_farm_animals_that_were_operated_on_are_the_studied_animals() -> None:
    # 7944665: "Anesthetized (fentanyl) mongrel pigs were sham injured or fluid resuscitated from soft tissue injury"
    claim = ("In anaesthetised {} resuscitated from soft-tissue injury plus a 35% haemorrhage, CD18 density on "
             "circulating neutrophils stayed below that of sham-injured animals for 48 hours (Fabian et al., 1994).")
    assert flags_of(claim.format("pigs"), "7944665") == []
    assert flags_of(claim.format("dogs"), "7944665") == [("population", "dogs")]


def test_a_mean_and_spread_listed_with_another_share_its_unit() -> None:
    # 7611354: "we observed a 44 +/- 19 and 28 +/- 14% decrease in the chaperone protein ..."
    assert _read("a 44 +/- 19 and 28 +/- 14% decrease") == [(44.0, "%", "44"), (28.0, "%", "28")]
    assert _read("heart rate 72 +/- 8, and 120 +/- 15 mm") == [(72.0, "", "72"), (8.0, "", "8"), (120.0, "mm", "120")]
    # (a share only: a rate and a pressure listed together keep their own units)
    claim = ("In rat soleus, polysome-associated HSC/HSP-70 fell by {}% after 12 h and by 28% after 18 h of "
             "non-weight bearing (Ku et al., 1995).")
    assert flags_of(claim.format(44), "7611354") == []
    assert flags_of(claim.format(54), "7611354") == [("missing-specific", "54%")]


def test_the_abstracts_last_sentence_says_whom_it_studied() -> None:
    # 9328322: "Single bouts of moderate exercise therefore may not have a beneficial effect on the metabolic status
    # of patients with chronic liver disease."
    assert cues("may not have a beneficial effect on the metabolic status")[0].polarity == NULL
    claim = ("Petrides and colleagues (1997) conclude that a single bout of moderate exercise may not improve the "
             "metabolic status of people with chronic {} disease.")
    assert flags_of(claim.format("liver"), "9328322") == []
    assert flags_of(claim.format("kidney"), "9328322") == [("population", "kidney")]


def test_a_drug_name_misspelled_by_one_letter_is_the_same_drug() -> None:
    # 25: "... in comparison with chloropromazine (CPZ) and chlordiazepoxide (CPD)."
    claim = ("Coscia et al. (1975) tested three new dibenzoxepin piperazine compounds against {} and found they "
             "reduced spontaneous motility and muscle tone in mice.")
    assert flags_of(claim.format("chlorpromazine and chlordiazepoxide"), "25") == []
    assert flags_of(claim.format("haloperidol"), "25") == [("comparator", "haloperidol")]


def test_of_the_whole_then_the_part_is_a_fraction() -> None:
    # 19726763: "Of the 33 patients, 18 had an objective response to GDC-0449, ..."
    assert [(q.value, q.unit, q.whole) for q in find_quantities("Of the 33 patients, 18 had a response")] == [
        (33.0, "count", None), (18.0, "fraction", 33.0)]
    assert [q.unit for q in find_quantities("Of the 33 patients, 40 mg")] == ["count", "mg"]  # no part
    claim = ("{} of 33 patients with metastatic or locally advanced basal-cell carcinoma responded to the oral "
             "hedgehog-pathway inhibitor GDC-0449 (Von Hoff et al., 2009).")
    assert flags_of(claim.format("Eighteen"), "19726763") == []
    assert flags_of(claim.format("Nineteen"), "19726763") == [("number", "Nineteen of 33")]


def test_a_bracketed_minus_percentage_is_the_size_of_a_fall() -> None:
    # 23939398: "... inhibited acLDL binding (-34%; p<0.005) and uptake (-38%, p<0.05)."
    assert _read("uptake (-38%, p<0.05)") == [(38.0, "%", "38%"), (0.05, "p", "0.05")]
    assert _read("range (-5 to 10)") == [(10.0, "", "10")]  # (a negative bound stays unread)
    claim = ("Recombinant HSP27 cut acetylated LDL binding by about a third and its uptake by {}% in THP-1 "
             "macrophages (Raizman et al., 2013).")
    assert flags_of(claim.format(38), "23939398") == []
    assert flags_of(claim.format(48), "23939398") == [("number", "48%")]


def test_a_year_and_a_half_is_eighteen_months() -> None:
    # 23999279: "A nested 2x2 design, randomized controlled trial conducted over 18 months."
    assert _read("ran for a year and a half.") == [(13140.0, "h", "a year and a half")]
    assert _read("for one and a half years") == [(13140.0, "h", "one and a half years")]
    assert _read("one and a half times") == []
    claim = ("Lin et al. (2013) randomised 32 physicians and 574 outpatients with hypertension in a nested 2\u00d72 "
             "trial that ran for {}.")
    assert flags_of(claim.format("a year and a half"), "23999279") == []
    assert flags_of(claim.format("two and a half years"), "23999279") == [
        ("missing-specific", "two and a half years")]


def test_a_lower_case_particle_after_a_sentence_word() -> None:
    # "de Sauvage" cited mid-sentence after "As" or "In": the word is the sentence's, the name starts at "de"
    def authors(text: str) -> list[tuple[str, ...]]:
        return [c.authors for c in find_citations(Manuscript(text))]
    assert authors("As de Sauvage and colleagues (1992) showed, Mpl binds.") == [("de Sauvage",)]
    assert authors("In de Sauvage et al.'s (1992) study, mice were used.") == [("de Sauvage",)]
    assert authors("As Barbier de Reuille and colleagues (1992) showed") == [("Barbier de Reuille",)]


def test_a_group_named_in_running_text_is_an_author() -> None:
    # PMID 25345997's first author is the collective "Movement Disorder Group"; writers cite it in running text
    def authors(text: str) -> list[tuple[str, ...]]:
        return [c.authors for c in find_citations(Manuscript(text))]
    group = ("Movement Disorder Group",)
    assert authors("The Movement Disorder Group (2014) reported fewer falls.") == [group]
    assert authors("According to the Movement Disorder Group (2014), stimulation helped.") == [group]
    assert authors("A 2014 report by the Movement Disorder Group found fewer falls.") == [group]
    assert authors("The Movement Disorder Group's (2014) trial was small.") == [group]
    assert authors("Smith et al. (2014) found fewer falls.") == [("Smith",)]
    assert authors("In the Nurses Health Study (2014) falls were rare.") == []  # a study, not a group author


def test_above_all_and_all_the_others_are_no_universal() -> None:
    # 24325088: "Only 18% subjects had a normal Body Mass Index (BMI); the rest falling into the overweight or
    # obesity ranges."
    claim = ("Only 18% of the 95 men with cardiovascular disease studied by Anyzewska et al. (2013) had a normal BMI; "
             "{} overweight or obese.")
    assert flags_of(claim.format("all the others were"), "24325088") == []
    assert flags_of(claim.format("all were"), "24325088") == [("overreach", "all")]
    # 23902780: "... 43% of pathways were modulated by both TMDs; the most prevalent pathways were related to
    # atherosclerosis and hypertension"
    claim = ("In 34 PREDIMED participants at high cardiovascular risk, both Mediterranean diets shifted the expression "
             "of genes in {} (Casta\u00f1er et al., 2013).")
    assert flags_of(claim.format("pathways tied above all to atherosclerosis and hypertension"), "23902780") == []
    assert flags_of(claim.format("all pathways tied to atherosclerosis and hypertension"), "23902780") == [
        ("overreach", "all")]


def test_shrinks_is_a_fall() -> None:
    assert [(c.word, c.polarity) for c in cues("sleep shrinks the response")] == [("shrinks", "down")]
    assert [(c.word, c.polarity) for c in cues("the tumours shrank")] == [("shrank", "down")]


def test_the_gut_is_the_intestine() -> None:
    # 21927002: "... pointing to a hierarchy of stem cells in the intestinal epithelium."
    claim = ("By lineage tracing, Tian et al. (2011) found that Bmi1-positive cells can give rise to Lgr5-positive "
             "cells, suggesting the {} stem cells form a hierarchy.")
    assert flags_of(claim.format("gut's"), "21927002") == [("erratum", None)]
    assert flags_of(claim.format("liver's"), "21927002") == [("erratum", None), ("population", "liver's")]


def test_ordinary_and_marker_negative_name_the_abstracts_groups() -> None:
    # 23902937: "... was improved in eET-1/Apoe(-/-) compared with Apoe(-/-) mice."
    claim = ("Mian et al. (2013) found endothelium-dependent relaxation of mesenteric resistance arteries improved in "
             "Apoe-/- mice overexpressing endothelial ET-1 compared with ordinary {}-/- mice.")
    assert flags_of(claim.format("Apoe"), "23902937") == []
    assert flags_of(claim.format("Ldlr"), "23902937") == [("comparator", "ordinary Ldlr-/- mice")]
    # 9639492: "In comparison to the CD34(+) CD38(-)c-mpl- population, the CD34(+)CD38(-)c-mpl+ cells showed
    # significantly better engraftment."
    claim = ("In a SCID-human bone model, human CD34+CD38- cells that expressed c-mpl engrafted significantly better "
             "than their {}-negative counterparts (Solar and colleagues, 1998).")
    assert flags_of(claim.format("c-mpl"), "9639492") == []
    assert flags_of(claim.format("c-kit"), "9639492") == [("comparator", "their c-kit-negative counterparts")]


def test_what_follows_at_doing_is_the_measure_not_the_other_side() -> None:
    # 9061609: "... a leptin immunoadhesin (leptin-IgG) which was more potent than leptin alone at reducing body
    # weight and food intake when injected into ob/ob mice."
    assert flags_of("In ob/ob mice, a leptin immunoadhesin (leptin-IgG) reduced body weight and food intake more "
                    "potently than leptin itself (Luoh et al., 1997).", "9061609") == []
    assert flags_of("In ob/ob mice, leptin itself reduced body weight and food intake more potently than a leptin "
                    "immunoadhesin (leptin-IgG) (Luoh et al., 1997).", "9061609") == [("direction", "more")]


def test_kept_from_changing_is_no_direction_of_its_own() -> None:
    # 11133163: "The midgut mesenchyme shows increased cell numbers and attenuated expression of the differentiation
    # marker smooth muscle actin."
    assert cues("kept the intestine from lengthening") == []
    assert flags_of("Expressing the constitutively active SmoM2 in Xenopus embryos stopped the midgut epithelium from "
                    "differentiating and kept the intestine from lengthening and coiling (Zhang et al., 2001).",
                    "11133163") == []
    assert flags_of("Expressing the constitutively active SmoM2 in Xenopus embryos increased the expression of the "
                    "differentiation marker smooth muscle actin (Zhang et al., 2001).", "11133163") == [
        ("direction", "increased")]


def test_rats_given_a_disease_name_the_disease_without_given() -> None:
    # 24298777: "[Effects of electroacupuncture ... in rats with coronary atherosclerotic heart disease]"
    claim = ("In rats given {} heart disease by high-fat feeding, electroacupuncture at Neiguan (PC 6) and Xinshu "
             "(BL 15) brought down serum oxLDL and coronary LOX-1 (Li et al., 2013).")
    assert flags_of(claim.format("coronary"), "24298777") == []
    assert flags_of(claim.format("valvular"), "24298777") == [("missing-specific", "valvular heart disease")]


def test_spurred_enlarged_and_stepped_up_are_rises() -> None:
    assert [(c.word, c.polarity) for c in cues("Notch1 spurred the proliferation")] == [("spurred", "up")]
    assert [(c.word, c.polarity) for c in cues("feedback to be stepped up")] == [("stepped up", "up")]
    # 11585768: "... overexpression of a constitutively active form of Notch1 inhibited the proliferation of various
    # prostate cancer cells, including DU145, LNCaP, and PC3 cells."
    claim = ("Forced expression of constitutively active Notch1 {} the proliferation of DU145, LNCaP and PC3 prostate "
             "cancer cells (Shou et al., 2001).")
    assert flags_of(claim.format("spurred"), "11585768") == [("direction", "spurred")]
    assert flags_of(claim.format("curbed"), "11585768") == []
    # 31418823: "Sarcopenic participants also had lower LV mass ... and lower left atrial (LA) volume ..."
    claim = ("Keng et al.'s (2019) echocardiography data point to a 'cardio-sarcopenia' syndrome in which sarcopenic "
             "older adults have {} left ventricles.")
    assert flags_of(claim.format("enlarged"), "31418823") == [("direction", "enlarged")]
    assert flags_of(claim.format("smaller"), "31418823") == []


def test_lost_and_retained_are_two_ends() -> None:
    # 21123452: "Importantly, these HPI resistant MB allografts retained their sensitivity to PI3K inhibition, ..."
    claim = ("The inhibitor-resistant medulloblastoma allografts had also {} their sensitivity to PI3K inhibition "
             "(Dijkgraaf and colleagues, 2011).")
    assert flags_of(claim.format("lost"), "21123452") == [("direction", "lost")]
    assert flags_of(claim.format("kept"), "21123452") == []


def test_comparators_without_compared_with() -> None:
    assert comparator_phrases("could tell NSCLC patients apart from patients with COPD") == ["patients with COPD"]
    assert comparator_phrases("cut body weight more than a control immunoglobulin did") == ["control immunoglobulin"]
    assert comparator_phrases("stem cells performed no differently from those of OSM-Rbeta-deficient mice") == [
        "OSM-Rbeta-deficient mice"]
    assert comparator_phrases("than those of people who did not wear lenses") == ["people who did not wear lenses"]
    assert comparator_phrases("the tumours resembling trichoblastomas") == []  # a look, not a group compared
    assert comparator_phrases("more than three quarters of patients") == []  # an amount
    # 2911850: "Metabolic processing of doxorubicin administered by continuous infusion was found to be similar to
    # that of drug given by bolus administration ..."
    claim = ("Metabolism of infused doxorubicin resembled that of {} and did not change over time (Sweatman and "
             "colleagues, 1989).")
    assert flags_of(claim.format("bolus doses"), "2911850") == []
    assert flags_of(claim.format("the liposomal formulation"), "2911850") == [("comparator", "liposomal formulation")]
    # 31479878: "Baseline positive screens in our study are similar to NLST data with Lung-RADS criteria
    # implementation (14.6% vs 13.6%, p = 0.15) despite being a Histoplasma endemic region."
    claim = ("Despite endemic histoplasmosis, baseline positive rates matched those of {} (14.6% vs 13.6%), according "
             "to Bhandari and colleagues (2019).")
    assert flags_of(claim.format("the NLST"), "31479878") == []
    assert ("comparator", "Dutch NELSON trial") in flags_of(claim.format("the Dutch NELSON trial"), "31479878")


def test_methods_that_exclude_each_other() -> None:
    cases = [  # (claim with {}, PMID, the abstract's method, another)
        ("Using a {} of registered pet owners, Kogan and colleagues (2019) found that nearly half discussed their "
         "online findings with the vet only sometimes.", "31418853", "convenience sample", "random sample"),
        ("In a {} screen in 32 cancer cell lines, Lee et al. (2014) picked out potential cancer drivers.", "24755469",
         "loss-of-function", "gain-of-function"),
        ("Using {} of 70 pairs of primary colon tumours, Seshagiri and colleagues (2012) flagged significantly mutated "
         "candidates in colon cancer.", "22895193", "exome sequencing", "a targeted panel"),
        ("Having used leptin-IgG to find high-affinity binding sites on human embryonic kidney 293 cells, Luoh et al. "
         "(1997) then isolated a leptin receptor cDNA from them by {}.", "9061609", "expression cloning",
         "positional cloning"),
    ]
    for claim, pmid, theirs, other in cases:
        assert flags_of(claim.format(theirs), pmid) == []
        assert flags_of(claim.format(other), pmid) == [("design", other.removeprefix("a "))]
    claim = ("Using {} of non-clear cell kidney tumours, Durinck and colleagues (2015) identified ten significantly "
             "mutated genes in papillary RCC.")
    assert flags_of(claim.format("exome sequencing"), "25401301") == []
    assert flags_of(claim.format("whole-genome sequencing"), "25401301") == [
        ("missing-specific", "whole-genome sequencing")]


def test_an_effect_in_people_from_a_study_of_mice_or_cells() -> None:
    # 23999430: "Mice with systemic and smooth muscle-specific deficiency of KLF15 exhibited an aggressive
    # inflammatory vasculopathy ..."; no person is studied (since round eighteen the abstract's human cell lines no
    # longer hide its mice, so the species question asks it first)
    assert flags_of("Restoring KLF15 prevents atherosclerosis in patients, as Lu et al. (2013) showed.",
                    "23999430") == [("population", "patients")]
    assert flags_of("Restoring KLF15 prevented vascular inflammation in mice, as Lu et al. (2013) showed.",
                    "23999430") == []
    # 24755469: "An RNAi loss-of-function screen ... across a panel of 32 cancer cell lines ..."
    assert flags_of("Lee and colleagues (2014) showed that drugs targeting PSMB4 and SHMT2 improve survival in "
                    "people with cancer.", "24755469") == [("overreach", "people")]
    assert flags_of("Lee and colleagues (2014) showed that knocking down PSMB4 and SHMT2 slowed the growth of cancer "
                    "cell lines.", "24755469") == []
    # 17895880: fat explants from women, who were counted: people were studied
    assert flags_of("Fain et al. (2008) found that omental fat explants from morbidly obese women released less "
                    "adiponectin.", "17895880") == []


def test_a_species_swapped_on_the_same_tissue_or_strain() -> None:
    # 9329973: "... adhesion of platelets on type I collagen matrix and rabbit aortic segments ..."
    claim = ("In Chiang and Kang's (1997) experiments the peptide also reduced platelet adhesion to segments of {} "
             "aorta, in a dose-dependent way.")
    assert flags_of(claim.format("rabbit"), "9329973") == []
    assert flags_of(claim.format("human"), "9329973") == [("population", "human aorta")]
    # 9639492: "Approximately 50% of the murine fetal liver stem cell-enriched population ..."
    claim = ("Solar et al.'s (1998) comparison of c-mpl-positive and c-mpl-negative progenitors from {} fetal liver "
             "showed that stem cell activity travels with c-mpl expression.")
    assert flags_of(claim.format("mouse"), "9639492") == []
    assert flags_of(claim.format("human"), "9639492") == [("population", "human fetal liver")]
    # 8512181: "... many CA1 neurons ... are eventually lost after global ischemia in the rat."
    claim = ("Many CA1 neurons that stain strongly for hsp72 are nonetheless lost after global ischaemia in the {} "
             "(Nowak, 1993).")
    assert flags_of(claim.format("rat"), "8512181") == []
    assert flags_of(claim.format("gerbil"), "8512181") == [("population", "gerbil")]
    # 9061609: "... when injected into ob/ob mice."
    claim = ("Injected into {} mice, the leptin-IgG fusion lowered weight and food intake more than leptin alone "
             "(Luoh and colleagues, 1997).")
    assert flags_of(claim.format("ob/ob"), "9061609") == []
    assert flags_of(claim.format("db/db"), "9061609") == [("population", "db/db")]


def test_an_hour_and_a_full_year_are_durations() -> None:
    assert _read("was an hour on a treadmill") == [(1.0, "h", "an hour")]
    assert _read("for a full year in 2018") == [(8760.0, "h", "a full year"), (2018.0, "", "2018")]
    assert _read("an increase of 5%") == [(5.0, "%", "5%")]  # ("an" is a number only before "hour")
    # 9328322: "... a single bout of exercise (30 minutes of treadmill exercise at 60% of maximal aerobic capacity)"
    claim = ("The exercise bout in Petrides et al.'s (1997) study was {} on a treadmill at 60% of maximal aerobic "
             "capacity.")
    assert flags_of(claim.format("half an hour"), "9328322") == []
    assert flags_of(claim.format("an hour"), "9328322") == [("duration", "an hour")]
    # 31418853: "... distributed between March 2018 and May 2018 ..."
    claim = "The 30-item anonymous questionnaire circulated on Facebook and Twitter {} (Kogan et al., 2019)."
    assert flags_of(claim.format("for three months in 2018"), "31418853") == []
    assert flags_of(claim.format("for a full year in 2018"), "31418853") == [("duration", "a full year")]


def test_half_an_hour_is_thirty_minutes() -> None:
    assert [(q.value, q.text, q.approx) for q in find_quantities("taking about half an hour on average")] == [
        (0.5, "half an hour", True)]
    assert [(q.value, q.text) for q in find_quantities("for half a year")] == [(4380.0, "half a year")]


def test_review_round12_over_matches_stay_silent() -> None:
    """Shapes the second reading of this round's rules showed them meeting by mistake (review 12)."""
    assert comparator_phrases("More than a quarter of the samples had SOX2 amplification") == []  # an amount
    assert comparator_phrases("more than a decade had passed") == []
    assert comparator_phrases("significantly different from day 14 onwards") == []  # a time, not a group
    assert comparator_phrases("differed from the baseline values") == []
    assert cues("patients with heel spurs") == []  # a noun, not "spurred"
    assert cues("men with enlarged prostates") == []  # a state, not a change
    assert [(c.word, c.polarity) for c in cues(
        "There were no serious adverse events and pain scores significantly decreased")] == [("decreased", "down")]
    assert [(q.value, q.unit) for q in find_quantities("(-38% to 12%)")] == [(12.0, "%")]  # a CI bound: unread
    assert [(q.value, q.unit, q.whole) for q in find_quantities("Of the 12 centres, 10 patients were excluded")] == [
        (12.0, "", None), (10.0, "count", None)]  # other things counted


def test_respelling_keeps_words_that_differ_in_meaning_apart() -> None:
    # 25: "... in comparison with chloropromazine (CPZ) and chlordiazepoxide (CPD)."
    from evidence.check.source import read_source
    from tests.fixtures.claims.claimset import by_pmid
    source = read_source(by_pmid("25"))
    assert source.respelled("chlorpromazine") == "chloropromazine"
    assert source.respelled("infected injected dysphagia") == "infected injected dysphagia"


def test_extrapolation_leaves_tissue_reagents_and_reviews_alone() -> None:
    # 17895880: explants of omental fat from women: a human tissue is the study's own model
    assert flags_of("Fain et al. (2008) found that etanercept improved adiponectin release from human omental fat.",
                    "17895880") == []
    # 24755469: "human immunodeficiency virus" is a virus, not people
    assert ("overreach", "human immunodeficiency virus") not in flags_of(
        "Lee and colleagues (2014) showed that human immunodeficiency virus replication fell in cancer cell lines.",
        "24755469")


def test_a_negated_or_suspended_method_is_not_the_other_method() -> None:
    # 31418853: the questionnaire went out by convenience sampling; a claim that says so in the negative is right
    assert flags_of("Kogan and colleagues' (2019) respondents were not a random sample of pet owners.",
                    "31418853") == []
    from evidence.check.designflags import _unsuspended
    assert _unsuspended(" gain and loss of function experiments ") == (
        " gain of function and loss of function experiments ")
    assert _unsuspended(" the risk of death and loss of function ") == " the risk of death and loss of function "


def test_a_part_after_its_whole_meets_a_bare_count_of_the_same_things() -> None:
    # 27189285: "Overall, 104 of the 423 survivors had SCH." ... "Sixty-two survivors regained normal thyroid
    # function, 30 remained as persistent SCH, and 12 were lost to follow-up."
    claim = "Of the 104 survivors with subclinical hypothyroidism, {} regained normal thyroid function."
    assert flags_of(claim.format(62), "27189285") == []
    assert flags_of(claim.format(63), "27189285") == [("missing-specific", "63")]


def test_arms_are_not_group_authors() -> None:
    def authors(text: str) -> list[tuple[str, ...]]:
        return [c.authors for c in find_citations(Manuscript(text))]
    assert authors("In the Intervention Group (2015), weight fell.") == []
    assert authors("The Women's Health Initiative (1998) found more strokes.") == [("Women's Health Initiative",)]


def test_the_half_of_a_year_and_a_half_is_no_share() -> None:
    assert _read("for a year and a half the patients were followed") == [(13140.0, "h", "a year and a half")]
    assert _read("half of the patients") == [(50.0, "%", "half")]
