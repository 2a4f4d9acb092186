"""Readings that round thirty found wrong on sets 103-106 (round twenty-nine's held-out sets) read as development sets,
and more of the kind from earlier sets: a period counted in order that the abstract counts otherwise ("the first
trimester" for its second), "was equal in the two groups" as no difference, "intensified" as a rise, the sign a
hypertension or an angina is named by ("classic stable exertional angina" for the abstract's variant angina), volunteers
as people the claim names ("normotensive volunteers" for hypertensive subjects), a disease whose adjective is not its
name ("pancreatitis" is not "pancreatic"), and a faithful claim flagged for spelling out "normo-, oligo- or
azoospermia". Real abstracts from tests/fixtures/claims/mechanisms.xml; the first assertion of each test failed on the
round's start (cac1e57), and each has a counterpart in the same abstract that must keep its outcome."""

from __future__ import annotations

from tests.fixtures.claims.claimset import flags_of
from tests.fixtures.claims.claimset import flags_of_abstract as _flags


def test_a_period_counted_in_order_that_the_abstract_counts_otherwise() -> None:
    # 419963: "Four of these cases had a statistically significant higher Hb level already in the second trimester."
    claim = ("In four of the growth-retarded cases described by Koller et al. (1979), haemoglobin was already "
             "significantly higher in the {} trimester.")
    assert flags_of(claim.format("first"), "419963") == [("duration", "first trimester")]
    assert flags_of(claim.format("second"), "419963") == []
    # 31449465: only the first trimester is named ("during the three trimesters" is all of them, not the third)
    claim = "Exposure to MEP during the {} trimester was inversely related to cord blood telomere length (Song, 2019)."
    assert flags_of(claim.format("third"), "31449465") == [("duration", "third trimester")]
    assert flags_of(claim.format("first"), "31449465") == []


def test_a_period_in_order_said_of_the_people_studied_is_who_was_studied() -> None:
    # 2309815: "... studied in eight women with pregnancy-induced hypertension in the third trimester of pregnancy."
    claim = ("In eight women with pregnancy-induced hypertension in the {} trimester, labetalol's mean apparent oral "
             "clearance was 21.8 ml/min/kg (Rogers et al., 1990).")
    assert flags_of(claim.format("second"), "2309815") == [("population", "second trimester")]
    assert flags_of(claim.format("third"), "2309815") == []


def test_periods_in_order_on_written_abstracts() -> None:
    abstract = ("Forty children were followed for 36 months. Weight gain was greatest in the first year. "
                "Adherence fell at weeks 4 to 12.")
    assert _flags("Weight gain was greatest in the second year (Doe, 1978).", abstract) == [
        ("duration", "second year")]
    assert _flags("Adherence fell from week 4 (Doe, 1978).", abstract) == []  # the start of "weeks 4 to 12"
    assert _flags("Adherence fell at week 20 (Doe, 1978).", abstract) == [("duration", "week 20")]
    # a length given in numbers is the period in order it starts with: "the first year" of a 1-year follow-up
    assert _flags("Most relapses came in the first year (Doe, 1978).",
                  "Ninety adults were followed for 1 year. Relapse was most common in the second month.") == []


def test_equal_in_the_two_groups_is_no_difference() -> None:
    # 416772: "However, the incidence of sudden death was equal in the two groups (group A 15%, group B 13%) ..."
    claim = ("In Blanc et al.'s (1978) comparison, sudden death was {} among infarct patients with complete "
             "bundle-branch block and those without conduction defects.")
    assert flags_of(claim.replace("{} among", "considerably more frequent among").replace(" and those", " than among "
                    "those"), "416772") == [("direction", "more frequent")]
    assert flags_of(claim.format("about as frequent"), "416772") == []


def test_intensified_is_a_rise() -> None:
    # 427312: "Indomethacin (10 microgram/g) effected a highly significant reduction in the venous spasm ..."
    claim = "Boura et al. (1979) found that indomethacin pretreatment {} the venous spasm produced by cooling the cord."
    assert flags_of(claim.format("intensified"), "427312") == [("direction", "intensified")]
    assert flags_of(claim.format("reduced"), "427312") == []
    # a schedule that is accelerated is not a rise in what it treats
    assert _flags("Accelerated radiotherapy reduced local recurrence (Doe, 1978).",
                  "In 200 patients, accelerated radiotherapy reduced local recurrence.") == []


def test_the_sign_a_hypertension_or_angina_is_named_by() -> None:
    # 428106: "Thirteen patients with Prinzmetal's variant angina performed treadmill exercise tests ..."
    claim = ("Yasue et al. (1979) described a circadian variation in exercise capacity among patients with {}, whose "
             "attacks were provoked more readily in the early morning.")
    assert flags_of(claim.format("classic stable exertional angina"), "428106") == [
        ("missing-specific", "classic stable exertional angina")]
    assert flags_of(claim.format("variant angina"), "428106") == []
    # 1608848: women with pregnancy-induced hypertension; the comparison was with healthy volunteers
    claim = ("Apparent clearance of nifedipine in these pregnant women was faster than in {} (Prevost and colleagues, "
             "1992).")
    assert flags_of(claim.format("nonpregnant women with chronic hypertension"), "1608848") == [
        ("missing-specific", "chronic hypertension")]
    assert flags_of(claim.format("healthy volunteers"), "1608848") == []


def test_volunteers_are_people_the_claim_names() -> None:
    # 413689: "... was carried out in 11 hypertensive subjects to measure simultaneously ..."
    claim = ("Boddy et al. (1978) used total-body neutron-activation analysis to measure sodium, chlorine and calcium "
             "simultaneously in 11 {}.")
    assert flags_of(claim.format("healthy normotensive volunteers"), "413689") == [("population", "normotensive")]
    assert flags_of(claim.format("hypertensive subjects"), "413689") == []


def test_a_disease_is_not_its_organs_adjective() -> None:
    # 424692: "... was studied in 16 normal volunteers."
    claim = ("Schaffalitzky de Muckadell and colleagues (1979) studied the pancreatic bicarbonate response to small "
             "secretin boluses in 16 {}.")
    assert flags_of(claim.format("patients with chronic pancreatitis"), "424692") == [("population", "pancreatitis")]
    assert flags_of(claim.format("normal volunteers"), "424692") == []
    # 10088562: "Compared with normal human pancreatic tissue, tumor specimens exhibited ... enhanced staining ..."
    claim = ("Compared with {}, the adenocarcinomas in Vickers et al.'s (1999) study showed enhanced staining for FGF "
             "ligands and receptors.")
    assert flags_of(claim.format("tissue from chronic pancreatitis"), "10088562") == [("comparator", "pancreatitis")]
    assert flags_of(claim.format("normal pancreatic tissue"), "10088562") == []


def test_a_prefix_left_hanging_stands_for_its_word() -> None:
    # 420414: "... in serum and in sperm plasma of 40 patients with normo-, oligo- or azoospermia."
    claim = ("Papp et al. (1979) measured arginine, urea and arginase activity in serum and sperm plasma from 40 men "
             "with {}.")
    assert flags_of(claim.format("normozoospermia, oligozoospermia or azoospermia"), "420414") == []
    assert flags_of(claim.format("asthenozoospermia"), "420414") == [("population", "asthenozoospermia")]


def test_the_verb_whose_subject_is_the_claims_decides() -> None:
    # 406776: "In all types of PCM the serum albumin decreased significantly and the globulin increased ..."
    claim = ("Zain et al. (1977) reported that in every type of protein-calorie malnutrition serum albumin fell while "
             "serum globulin {}.")
    assert flags_of(claim.format("also decreased"), "406776") == [("direction", "decreased")]
    # 411324: "Urinary xanthine was not increased, uric acid was slightly higher in the group of infants with ..."
    claim = ("In Manzke et al.'s (1977) newborns with perinatal complications, urinary {} excretion was markedly "
             "increased along with hypoxanthine.")
    assert flags_of(claim.format("xanthine"), "411324") == [("direction", "increased")]
    assert flags_of(claim.format("hypoxanthine"), "411324") == []
    # a verb's subject that an abstract only links to the outcome is no reversal
    assert _flags("Obesity raised the risk of preterm birth (Doe, 1978).",
                  "Obesity was associated with higher risk of preterm birth in 3000 women.") == []


def test_the_reviews_narrowings() -> None:
    """What a read-only review of the round's readings found flagged on faithful claims, now left alone."""
    # a period the abstract reaches with a length or an age in another unit
    assert _flags("In the first week of life, jaundice was common (Doe, 1978).",
                  "Jaundice was common during the first 7 days of life; by the second week it had resolved.") == []
    assert _flags("Growth slowed during the second year of life (Doe, 1978).",
                  "Growth was measured between 12 and 24 months of age in 80 children; in the third year it "
                  "stabilised.") == []
    # "intensified", "accelerated", "heightened" as names of a treatment or a state, not verbs
    assert _flags("Intensified insulin therapy lowered HbA1c (Doe, 1978).",
                  "Intensive insulin therapy lowered HbA1c in 200 adults.") == []
    assert _flags("Survivors with heightened distress had lower quality of life (Doe, 1978).",
                  "In 120 survivors, distress was linked to lower quality of life.") == []
    # which hypertension, in words an abstract may leave out
    assert _flags("Pulmonary arterial hypertension shortened survival (Doe, 1978).",
                  "In 90 patients with pulmonary hypertension, survival was short.") == []
    # an "-itis" where the abstract names the organ's inflammation
    assert _flags("Hepatitis was common (Doe, 1978).", "Hepatic inflammation was common in 50 patients.") == []


def test_a_species_or_a_site_the_abstract_never_names() -> None:
    # 409299: "... were seen in owl monkeys with experimental and naturally occurring retinal detachment."
    claim = ("Van Horn and colleagues (1977) saw similar glial membranes, formed by proliferating retinal astrocytes, "
             "in {} monkeys with experimental or naturally occurring retinal detachment.")
    assert flags_of(claim.format("rhesus"), "409299") == [("population", "rhesus")]
    assert flags_of(claim.format("owl"), "409299") == []
    # 426706: "Of 85 cases of squamous cell carcinoma of the buccal mucosa, 61 were treated primarily and 24 ..."
    claim = ("Vegers et al.'s (1979) series of 85 squamous cell carcinomas of the {} included 61 primarily treated "
             "cases.")
    assert flags_of(claim.format("tongue"), "426706") == [("population", "tongue")]
    assert flags_of(claim.format("buccal mucosa"), "426706") == []
    # a body part in the abstract's other words, or a disease's adjective, is no other site or species
    assert _flags("Cancer of the liver was common (Doe, 1978).",
                  "Hepatocellular carcinoma was common in 300 patients.") == []
    assert _flags("Mavacoxib relieved pain in arthritic dogs (Doe, 1978).",
                  "In 120 dogs with osteoarthritis, mavacoxib relieved pain.") == []
