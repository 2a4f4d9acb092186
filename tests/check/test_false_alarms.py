"""Faithful claims that once drew a flag, each on its real abstract (tests/fixtures/claims/mechanisms.xml): the
reading that was wrong, and the claim that now passes."""

from __future__ import annotations

from evidence.check.cues import cues
from evidence.check.direction import _cause_named
from evidence.check.populations import age_span_members, claim_mentions
from evidence.check.quantities import find_quantities
from tests.fixtures.claims.claimset import flags_of


def _read(text: str) -> list[tuple[float, str, str]]:
    return [(q.value, q.unit, q.text) for q in find_quantities(text)]


def test_a_day_after_an_amount_is_a_rate_not_a_period() -> None:
    assert _read("no more than two units of alcohol a day") == [(2.0, "", "two")]
    assert _read("walked for 90 minutes a day") == [(1.5, "h", "90 minutes")]
    assert _read("died within a day") == [(24.0, "h", "a day")]  # after a preposition: a period
    assert _read("12 patients a year later") == [(12.0, "count", "12"), (8760.0, "h", "a year")]
    # 14972060 never says "a day"; "no more than two units of alcohol per day" is a rate it gives as "2 units"
    assert flags_of("Key et al. (2004) advise keeping BMI between 18.5 and 25 and, for those who drink, no more than "
                    "two units of alcohol a day.", "14972060") == []
    assert flags_of("Eleven healthy men walked on a treadmill for 90 minutes a day in a 33\u00b0C chamber, and by day "
                    "11 their post-exercise rectal temperature and heart rate had fallen and sweat rate risen "
                    "(Hom et al., 2012).", "21796498") == []


def test_a_second_malignancy_is_an_ordinal_not_a_time() -> None:
    assert _read("26 developed a second malignancy") == [(26.0, "", "26")]
    assert flags_of("Of 1511 long-term survivors of childhood cancer, 26 developed a second malignancy, an overall "
                    "risk of 1.7% (Ca\u011flar et al., 2006).", "16794506") == []


def test_every_one_of_the_twelve_is_all_twelve() -> None:
    assert _read("every one of the 12 children") == [(12.0, "", "one of the 12")]  # all twelve: a count
    assert _read("one of the 12 children") == [(1.0, "fraction", "one of the 12")]
    # 3951398: "All (100%) achieved complete initial remission; two patients relapsed and died."
    assert flags_of("When chemotherapy was given both before and after radiation, every one of the 12 children went "
                    "into complete remission, though two later relapsed and died (Lobo-Sanahuja and colleagues, "
                    "1986).", "3951398") == []


def test_a_part_and_its_whole_in_two_sentences_hold_a_fraction() -> None:
    # 16794506: "Secondary malignant diseases were osteosarcoma in 6 patients, ..." and, next, "Four patients with
    # osteosarcoma developed disease within the radiation field."; "commonest" is how it was said, not a term
    claim = ("Osteosarcoma was the commonest second cancer, and four of the six osteosarcomas arose inside the "
             "radiation field (Ca\u011flar and colleagues, 2006).")
    assert flags_of(claim, "16794506") == []
    assert [k for k, _ in flags_of(claim.replace("four of the six", "four of the nine"), "16794506")] == ["number"]


def test_unaffected_siblings_are_people_not_a_null_finding() -> None:
    # 27537611: "... 480 NPC cases and 1,291 unaffected siblings from Taiwanese NPC multiplex families ..."
    assert flags_of("Fifth-born or later children in these high-risk families had roughly 40% lower odds of NPC than "
                    "first-borns (Liu and colleagues, 2016).", "27537611") == []


def test_a_multiplier_is_not_a_comparator() -> None:
    assert flags_of("Depending on the kit, measured serum HSP27 differed by as much as tenfold (Zimmermann and "
                    "colleagues, 2014).", "25016706") == []


def test_an_age_span_names_the_ages_it_covers() -> None:
    assert age_span_members("Patients ranged in age from 8 months to 21 years.") == [
        ("children", "ranged in age from 8 months to 21 years"),
        ("adolescents", "ranged in age from 8 months to 21 years"),
        ("adults", "ranged in age from 8 months to 21 years")]
    assert age_span_members("aged 18-65 years") == [("adults", "aged 18-65 years")]
    assert age_span_members("children aged 3 to 17 years") == [("children", "aged 3 to 17 years"),
                                                               ("adolescents", "aged 3 to 17 years")]
    assert age_span_members("aged 65-90 years") == [("adults", "aged 65-90 years"),
                                                    ("older adults", "aged 65-90 years")]
    assert flags_of("In 35 children and young adults with 40 lung nodules, CT-guided localisation before VATS "
                    "succeeded technically every time, with six minor and no major complications (McDaniel et al., "
                    "2018).", "29362842") == []
    # an age span the abstract does not give still leaves "older adults" a question
    assert [k for k, _ in flags_of("In 35 older adults with 40 lung nodules, CT-guided localisation before VATS "
                                     "succeeded technically every time (McDaniel et al., 2018).", "29362842")] == [
        "population"]


def test_a_scale_of_cut_offs_is_no_share_of_the_cases() -> None:
    # 25110239: "Strong nuclear CAMTA1 expression was scored for its extent as 'negative' ( < 5% positive), ..."
    assert flags_of("Because epithelioid hemangioendothelioma and its look-alikes all expressed CAMTA1 strongly, the "
                    "stain is of no help in telling them apart (Yus\u0131fl\u0131 & K\u00f6semehmeto\u011flu, 2014).",
                    "25110239") == []


def test_a_denial_said_of_another_named_thing_is_not_the_claims() -> None:
    # 20817457: "Epitomics (rabbit monoclonal) antibody gave good staining of all muscles, and did not stain muscle
    # of dysferlin-deficient mice."; the claim is of NCL-Hamlet, which the abstract names elsewhere
    assert flags_of("After acetone/methanol fixation, the NCL-Hamlet monoclonal gave the strongest and most reliable "
                    "dysferlin staining in human, dog and mouse muscle (Guo et al., 2010).", "20817457") == []
    assert [k for k, _ in flags_of("After acetone/methanol fixation, the Epitomics monoclonal stained muscle of "
                                     "dysferlin-deficient mice (Guo et al., 2010).", "20817457")] == ["direction"]


def test_years_before_a_share_are_years() -> None:
    assert _read("between 1993 and 1997, 56% were alive") == [
        (1993.0, "", "1993"), (1997.0, "", "1997"), (56.0, "%", "56%"), (35040.0, "h", "between 1993 and 1997")]
    assert _read("40, 27.5, and 32.5%") == [(40.0, "%", "40"), (27.5, "%", "27.5"), (32.5, "%", "32.5%")]
    # 14556927: "Between 1993 and 1997, 32 NPC patients aged </=20 years ..."; "The 2- and 5-year overall survival
    # (OS) rates were 76 and 56%, respectively.": the claim's 56% goes with its nearest period, five years
    assert flags_of("Of 32 patients aged 20 or younger treated for nasopharyngeal carcinoma at one institution "
                    "between 1993 and 1997, 56% were alive at five years (Daoud et al., 2003).", "14556927") == []


def test_a_control_group_counted_as_n_or_as_healthy_people() -> None:
    assert _read("control group: n = 11 (relative") == [(11.0, "count:control", "11")]
    assert _read("19 healthy individuals who") == [(19.0, "count:any", "19")]
    # 15931724: "(radium-exposed group; n = 14; control group: n = 11 (relative risk (RR): 1.2; ...))"
    assert flags_of("Ronckers et al. (2004) found no significantly raised risk of head and neck malignancies after "
                    "nasopharyngeal radium, with 14 cases among the exposed against 11 among controls (relative "
                    "risk 1.2).", "15931724") == []
    # 26671920: "The study involved 46 patients with axSpA and 19 healthy individuals ..."
    assert ("number", "19") not in flags_of("Swierkot et al. (2015) studied 46 axial spondyloarthritis patients and "
                                            "19 healthy controls.", "26671920")


def test_a_disease_name_starts_after_an_adverb_or_a_possessive() -> None:
    # 11438568 speaks of "non-Hodgkin's lymphoma"; 11959880 of Taiwan's hepatitis B vaccination programme
    assert flags_of("Ronckers et al. (2001) found no rise in overall cancer mortality after nasopharyngeal radium "
                    "irradiation in childhood, although deaths from lymphoproliferative cancers, chiefly "
                    "non-Hodgkin's lymphoma, exceeded expectation.", "11438568") == [("erratum", None)]  # a notice
    assert flags_of("Taiwan's national hepatitis B vaccination programme, begun in July 1984, has brought a "
                    "significant fall in childhood hepatocellular carcinoma (Chen et al., 2002).", "11959880") == []


def test_a_vague_second_side_does_not_turn_a_comparison_round() -> None:
    # 22560113: "Patients with UIP have worse survival than those with other types of RLD." The claim's "the rest"
    # names no side; "rheumatoid lung disease" is where the claim's patients come from, not a side
    assert flags_of("Of 54 patients with biopsy-proven rheumatoid lung disease, those with a UIP pattern fared "
                    "significantly worse than the rest (Nakamura et al., 2012).", "22560113") == []
    # 27260947: "Dicer protein expression was significantly higher in ER+ versus TNBC clinical specimens of primary
    # tumor"; the abstract's second side carries "primary tumor", which the claim says of its first side
    assert flags_of("With ab5818, Spoelstra et al. (2016) measured significantly more Dicer protein in ER-positive "
                    "primary breast tumours than in triple-negative ones.", "27260947") == []


def test_units_and_shares_written_another_way() -> None:
    assert _read("a BMI of >/=30 kg/m(2) was associated") == [(30.0, "kg/m2", "30 kg/m(2)")]  # PubMed's "m(2)"
    assert _read("one fourth or more of head trauma patients") == [(25.0, "%", "one fourth")]
    # 17868420: "a BMI of >/=30 kg/m(2) was associated with an increased risk of developing NODM (odds ratio 4.65"
    claim = ("Among 396 men on androgen-deprivation therapy for prostate cancer, a BMI of 30 kg/m2 or more carried "
             "higher odds of new-onset diabetes (OR 4.65), Derweesh and colleagues (2007) found.")
    assert flags_of(claim, "17868420") == []
    assert flags_of(claim.replace("30 kg/m2", "35 kg/m2"), "17868420") == [("number", "35 kg/m2")]
    # 6400599: "The fact that one fourth or more of head trauma patients are impaired in recovery ..."
    claim = ("Long and Webb (1983) argue that at least a quarter of head trauma patients recover less well than they "
             "might because of psychological factors, a sign that suitable treatment programmes are lacking in the "
             "United States.")
    assert flags_of(claim, "6400599") == []
    assert flags_of(claim.replace("a quarter", "a third"), "6400599") == [("missing-specific", "a third")]


def test_a_frequency_bound_and_every_one_of_a_count_are_amounts() -> None:
    # 6635717: "less than weekly most common": "less than once a week" is how often, not a group compared
    assert flags_of("Daily salted-fish eating was almost unheard of in any household, whether Chinese, Malay or "
                    "Indian; less than once a week was the commonest pattern (Armstrong & Eng, 1983).", "6635717") == []
    # 17873243: "more likely than commercially insured children to be discharged with each of the 5 ...": the
    # compared group ends at "to be", and "every one of the five" is all five
    claim = ("Publicly insured children were more likely than commercially insured children to be discharged with "
             "every one of the five AHRQ potentially avoidable paediatric diagnoses (Herrod & Chang, 2008).")
    assert flags_of(claim, "17873243") == []
    assert flags_of(claim.replace("five", "six"), "17873243") == [("number", "one of the six")]
    assert flags_of(claim.replace("commercially insured", "uninsured"), "17873243") == [
        ("comparator", "uninsured children")]


def test_a_spread_after_plus_minus_counts_nothing() -> None:
    # 3506828: "(383 +/- 187 pmol ME-equivalents per ml CSF)": 187 is the spread of 383, not another count
    assert flags_of("Muhlbauer et al. (1986) measured total CSF opioid peptide content at 383 pmol ME-equivalents per "
                    "ml in senile dementia of the Alzheimer type, against 89.1 in patients with no known neurological "
                    "disorder.", "3506828") == []


def test_a_winner_named_by_its_abbreviation() -> None:
    # 20093531: "At multiple linear regression analysis, MTT was the only factor independently associated with PVR
    # index and mPAP." (MTT: mean transit time)
    claim = ("On multiple linear regression, pulmonary arterial mean transit time was the only factor independently "
             "associated with mPAP and the PVR index (Sergiacomi and colleagues, 2010).")
    assert flags_of(claim, "20093531") == []
    assert flags_of(claim.replace("pulmonary arterial mean transit time", "pulmonary blood volume"), "20093531") == [
        ("direction", "the only")]


def test_a_mean_age_says_who_was_studied() -> None:
    assert age_span_members("41 patients (20 males, 21 females; mean age, 52.5 +/- 5.1 years)") == [
        ("adults", "mean age, 52.5 +/- 5.1 years")]
    assert age_span_members("mean (SD) age 6.1 (2.0) years") == [("children", "mean (SD) age 6.1 (2.0) years")]
    assert age_span_members("median age of 14 years") == []  # a teenager's age says neither
    # 18063512: "41 patients (20 males, 21 females; mean age, 52.5 +/- 5.1 years) with 43 subpleural pulmonary
    # lesions underwent preoperative CT-guided double-thorn hook wire localization"
    claim = ("Chen et al. (2007) placed CT-guided hook wires in 41 children with small subpleural lung lesions before "
             "thoracoscopic wedge resection.")
    assert flags_of(claim, "18063512") == [("population", "children")]
    assert flags_of(claim.replace("children", "patients"), "18063512") == []


def test_after_a_treatment_is_with_it() -> None:
    # 24427350: "tumor samples of 81 patients who were operated because of colorectal liver metastases without any
    # neoadjuvant therapy were obtained and stained with hematoxylin and eosin": "stained with" elsewhere in the
    # sentence is no "with or without"
    wrong = ("Vassos et al. (2014) stained archived tumour samples from 81 patients operated on for colorectal liver "
             "metastases after neoadjuvant chemotherapy.")
    assert flags_of(wrong, "24427350") == [("population", "after neoadjuvant chemotherapy")]
    assert flags_of(wrong.replace("after", "without"), "24427350") == []


def test_faithful_paraphrases_a_reviewer_wrote_against_the_slot_swaps() -> None:
    """Review 8's faithful claims that the first slot-swap code flagged: a denied member, a measure turned round
    with its verb, an age scale word for an age group, two classes of one name, a nation's continent."""
    faithful = [
        ("19251407", "Ventilatory and gas-exchange deterioration during the course of IPF was not severe when "
                     "emphysema was coexistent."),  # "became mild": "not severe" names no severity
        ("16864178", "Whatever the cause, nasopharyngeal lymphoid hyperplasia seems to be a non-malignant process."),
        ("10705006", "The addition of chemotherapy decreases the risk of distant metastases and reduces mortality."),
        ("10705006", "The addition of chemotherapy improves distant metastasis-free survival and increases survival."),
        ("7574850", "An HIV epidemic has been prevalent in this African country since 1983-1984."),  # Zambia
        ("17705730", "Morbid obesity is a growing epidemic among younger people."),  # "among adolescents"
        ("14556927", "Therapeutic outcomes for childhood NPC were similar to those in adults, but with excess "
                     "radiotherapy-induced toxicity."),  # "more ... toxicity": excess is no "less"
        ("17873243", "This could be the result of a deficit in access to high-quality ambulatory care."),
        ("7574850", "A prospective in-depth epidemiological study of HIV-related childhood cancers in Africa must be "
                    "carried out urgently."),  # "is urgently needed": the abstract asks for it
        ("12029402", "Physicians must be more aware of this severe complication."),  # "the importance of ... awareness"
    ]
    assert [flags_of(claim, pmid) for pmid, claim in faithful] == [[]] * len(faithful)


def test_other_words_for_the_same_people_and_organ() -> None:
    # 17329031: "Total cancer incidence was higher in adolescent males than females": girls are females
    assert flags_of("Total cancer incidence was higher in adolescent boys than girls.", "17329031") == []
    assert ("comparator", "adults") in flags_of("Total cancer incidence was higher in adolescent boys than adults.",
                                                "17329031")
    # 14972060: "... cancers of the oesophagus, colorectum, breast, endometrium and kidney": renal is kidney
    assert flags_of("Overweight and obesity raise the risk of cancers of the oesophagus, colorectum, breast, "
                    "endometrium and renal cancer.", "14972060") == []
    # 17705730: "... technically feasible in teenaged patients, with excellent results even in an adult bariatric
    # program": the sentence names the claim's teenagers too
    assert flags_of("Laparoscopic gastric bypass is technically feasible in teenage patients, with excellent results "
                    "even in an adult bariatric programme.", "17705730") == []


def test_kin_of_people_are_the_people_studied() -> None:
    # 2332505: "Exclusive use of a single X as the active X was seen in the T cell hybrids from 7 of the 16 women"
    # (women who had sons with SCID): "mothers of boys" names the mothers, not the boys.
    assert claim_mentions("7 of the 16 mothers of boys with sporadic SCID") == [("sex", "women", "mothers")]
    assert claim_mentions("7 of the 16 boys with sporadic SCID") == [("age", "children", "boys"),
                                                                      ("sex", "men", "boys")]
    assert flags_of("Exclusive use of one active X chromosome marked 7 of the 16 mothers of boys with sporadic SCID "
                    "as carriers (Conley et al., 1990).", "2332505") == []


def test_the_cause_of_a_pain_is_a_noun() -> None:
    # 8955242: "The strong correlation between elevations in the two serum enzymes ... makes them redundant".
    assert flags_of("Amylase and lipase rose together whatever the cause of the abdominal pain (Chase et al., "
                    "1996).", "8955242") == []
    assert flags_of("Raised amylase causes lipase to rise in acute abdominal pain (Chase et al., 1996).",
                    "8955242") == [("overreach", "causes")]


def test_a_rising_incidence_is_no_kind_of_disease() -> None:
    # 17881138 never says "rising melanoma"; it says "the increases in cutaneous melanoma incidence".
    assert flags_of("Sayre and Dowdy (2008) suggest that rising melanoma incidence may partly reflect dietary "
                    "furocoumarins.", "17881138") == []


def test_days_abbreviated_d_in_an_age() -> None:
    # 9284270: "... into the lateral ventricles of 1-2-d-old piglets"
    assert [(q.value, q.unit) for q in find_quantities("piglets 1-2-d old, for 3 d")] == [
        (0.003, "age"), (0.005, "age"), (72.0, "h")]
    assert [(q.value, q.unit) for q in find_quantities("a 3-D scan")] == [(3.0, "")]
    claim = "In piglets {} days old, blood in the caudate nucleus lowered CSF cAMP (Pourcyrous et al., 1997)."
    assert flags_of(claim.format("one to two"), "9284270") == []
    assert flags_of(claim.format("five to six"), "9284270") == [("number", "five to six days")]


def test_a_period_from_a_capitalised_from_with_months() -> None:
    # 8229563: "From January 1987 to December 1990, 57 children were managed for esophageal coins"
    assert [(round(q.value / 8760, 1), q.text) for q in find_quantities(
        "From January 1987 to December 1990, 57 children") if q.unit == "h"] == [
        (3.0, "From January 1987 to December 1990")]
    assert [q.unit for q in find_quantities("In 2007 and 2012 we")] == ["", ""]  # two years, no period
    claim = "Between {} and 1990, Kelley et al. (1993) managed 57 children for coins in the oesophagus."
    assert flags_of(claim.format("1987"), "8229563") == []
    assert flags_of(claim.format("1985"), "8229563") == [("duration", "Between 1985 and 1990")]


def test_colours_of_things_are_no_ethnicity() -> None:
    # 19963980: "a color sensor installed on the tip of a white cane senses the colored navigation line"
    assert claim_mentions("a coloured line on the floor, a white cane") == []
    assert claim_mentions("black and white patients") == [("ethnicity", "black", "black"),
                                                          ("ethnicity", "white", "white")]
    assert flags_of("Seto's (2009) white cane carries a colour sensor that follows a coloured line on the floor.",
                    "19963980") == []


def test_to_double_and_a_change_named_as_what_was_done() -> None:
    # 2113770: "Asn was able to double the uptake of 22Na+"; 7943216: insulin raised for 24 h decreased leucine flux
    assert [(c.polarity, c.word) for c in cues("Asn was able to double the uptake; a double-blind, double dose")] == [
        ("up", "double")]
    assert flags_of("Asparagine doubled the uptake of 22Na+ by LoVo cells (McCormack et al., 1990).", "2113770") == []
    assert flags_of("Asparagine halved the uptake of 22Na+ by LoVo cells (McCormack et al., 1990).", "2113770") == [
        ("direction", "halved")]
    claim = ("In six healthy young volunteers, a modest rise in insulin held for a day suppressed leucine flux at "
             "3 and 13 hours (Petrides et al., 1994).")
    rise, suppressed = cues(claim)
    assert (_cause_named(claim, rise, [rise, suppressed]), _cause_named(claim, suppressed, [rise, suppressed])) == (
        True, False)
    assert flags_of(claim, "7943216") == []
