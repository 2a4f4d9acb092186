"""Readings that round twenty-three found missing or wrong on sets 75-78 read as development sets: a claim's change
beside its own "unchanged", denials that name their subject before the verb ("could not be demonstrated", "does not
prejudice survival"), 1970s ranges written with a double hyphen, "at all", exceptions the claim names itself,
"proven" as a diagnosis, and spellings and adjectives of one word. Real abstracts from
tests/fixtures/claims/mechanisms.xml; each test has a counterpart so that it can fail, and the first assertion of
each failed before this round."""

from __future__ import annotations

from evidence.check.cues import cues
from evidence.check.universals import _MOST_RE
from tests.fixtures.claims.claimset import flags_of


def test_a_change_beside_the_claims_own_unchanged_is_checked() -> None:
    # 413331: "Moreover, the concentration of thyroxine-binding prealbumin and albumin was lowered, whereas
    # thyroxine-binding globulin was normal."
    claim = ("In stage IVB lymphoma, thyroxine-binding prealbumin and albumin concentrations were {}, with "
             "thyroxine-binding globulin unchanged.")
    assert flags_of(claim.format("raised"), "413331") == [("direction", "raised")]
    assert flags_of(claim.format("lowered"), "413331") == []


def test_what_could_not_be_demonstrated_denies_its_presence() -> None:
    # 407809: "Because the presence of Trypanosoma rangeli in Argentina and Brazil has not been confirmed, ..."
    assert flags_of("D'Alessandro's search confirmed that Trypanosoma rangeli is present in people and triatomine "
                    "bugs in Argentina and Brazil.", "407809") == [("direction", "has not been confirmed")]
    assert flags_of("D'Alessandro's search found no Trypanosoma rangeli in the triatomine bugs of Argentina and "
                    "Brazil.", "407809") == []


def test_no_effect_of_the_claims_subject_on_its_outcome_denies_a_direction() -> None:
    # 420987: "... and shows that node metastasis does not prejudice survival."
    assert flags_of("Lymph node metastases clearly worsened survival in thyroid cancer.", "420987") == [
        ("direction", "does not prejudice survival")]
    assert flags_of("Lymph node metastases did not worsen survival in thyroid cancer.", "420987") == []


def test_a_range_with_a_double_hyphen_is_a_range() -> None:
    # 423063: "... bronchospasm (1--12 hr post-burn), pulmonary edema (6--72 hr), and bronchopneumonia (after 60 hr)"
    claim = ("Inhalation injury in children often passed through three stages: bronchospasm in the first {} hours "
             "after the burn, pulmonary oedema at roughly 6 to 72 hours, and bronchopneumonia after about 60 hours.")
    assert flags_of(claim.format(12), "423063") == []
    assert flags_of(claim.format(24), "423063") == [("duration", "24 hours")]


def test_at_all_answers_only_to_exceptions() -> None:
    # 427175: "Although cleavage of trierucin (C22:1) was very low in skeletal muscle homogenates, it was undetectable
    # in heart homogenates, even when enzyme concentration was increased."; 418946: "No side effects except for
    # headache, nausea, vomiting occurred."
    assert flags_of("Rat heart homogenates did not break down trierucin at all, even with more enzyme added.",
                    "427175") == []
    assert flags_of("Metrizamide CT cisternography caused no side effects at all.", "418946") == [("overreach", "all")]


def test_exceptions_the_claim_names_itself() -> None:
    # 427779: "Ten loci proved to be informative in establishing unique genetic signatures for all of the lines with
    # the exception of MDA-134 and -309, which had the same genetic signatures."
    claim = "Ten informative enzyme loci gave every breast carcinoma line a unique genetic signature{}."
    assert flags_of(claim.format(", except MDA-134 and MDA-309, which matched"), "427779") == []
    assert flags_of(claim.format(""), "427779") == [("overreach", "every")]


def test_most_often_is_a_superlative() -> None:
    # 428853: "The most common side effect was tiredness (3.7%), which was reported to be mild in some cases."
    assert flags_of("Side effects were recorded in 6.8% of patients taking bromopride, most often tiredness.",
                    "428853") == []
    assert [m.group() for m in _MOST_RE.finditer("most often tiredness, most of them mild")] == ["most"]


def test_proven_as_a_diagnosis_and_vein_as_venous() -> None:
    # 426574: "Tests were positive significantly less often in high-risk patients, and mean values were significantly
    # lower, when compared with patients with established pulmonary embolism (P less than .001)."; "... than in
    # patients with deep venous thrombosis alone (P less than .05)."
    assert flags_of("Fibrin degradation product tests were positive less often in high-risk patients than in "
                    "patients with proven pulmonary embolism.", "426574") == []
    assert flags_of("The fibrin tests have been proven to detect pulmonary embolism.", "426574") == [
        ("overreach", "proven")]
    assert flags_of("Positivity rates were higher when pulmonary embolism was present than in patients with deep "
                    "vein thrombosis alone.", "426574") == []


def test_than_is_usually_recognised_compares_with_no_group() -> None:
    # 400999: "... depressive symptoms are a commoner presenting feature of acute unequivocal schizophrenia than is
    # normally acknowledged."
    claim = ("Depressive symptoms were relatively frequent in acute schizophrenia, a more common presenting feature "
             "than {}.")
    assert flags_of(claim.format("is usually recognised"), "400999") == []
    assert flags_of(claim.format("in mania"), "400999") == [("comparator", "mania")]


def test_british_izer_spellings_and_the_two_hormones() -> None:
    # 412040: "... technical devices (ultrasonic nebulizers, respirators etc.)"; 426014 names progesterone and
    # oxytocin, never "two"
    assert flags_of("Pseudomonas aeruginosa was concentrated in wet areas and in equipment such as ultrasonic "
                    "nebulisers and ventilators.", "412040") == []
    claim = ("Progesterone increased and oxytocin decreased ATP-dependent calcium binding by uterine microsomes, and "
             "the two {} counteracted each other.")
    assert flags_of(claim.format("hormones"), "426014") == []
    assert flags_of(claim.format("patients"), "426014") != []


def test_no_difference_between_the_claims_arms_on_its_measure() -> None:
    # 421518: "Spirometric studies showed small improvements over baseline values following either treatment but no
    # difference between active and sham treatments."
    claim = "In stable chronic bronchitis, chest percussion with postural drainage improved spirometry {}."
    assert ("direction", "improved") in flags_of(claim.format("significantly more than a sham treatment did"), "421518")
    # (its comparator flag, 'a sham treatment did', is a false alarm of round twenty-two's code: noted, not pinned)
    assert ("direction", "improved") not in flags_of(claim.format("slightly over baseline"), "421518")


def test_a_comparison_turned_round_outweighs_a_richer_null_sentence() -> None:
    # 427175: "In both homogenates cleavage of unsaturated triglycerides was higher than cleavage of the homologous
    # saturated triglyceride."
    claim = "In rat tissue homogenates, {} triglycerides were hydrolysed faster than their {} counterparts."
    assert flags_of(claim.format("saturated", "unsaturated"), "427175") == [("direction", "faster")]
    assert flags_of(claim.format("unsaturated", "saturated"), "427175") == []


def test_a_finite_verb_of_change_is_read_with_its_whole_subject() -> None:
    # a sentence of a 1979 tilt study (set 78, Mengesha and Bell): two things joined by "and" before the verb
    sentence = ("In the head-down tilts the forearm blood flow and the arterial blood pressure increased, whereas the "
                "forearm vascular resistance and pulse rate decreased.")
    increased, decreased = cues(sentence)
    assert {"forear", "flow", "arteri"} <= increased.context
    assert {"forear", "vascul", "resist"} <= decreased.context
    risk = cues("GSTT1 null genotype conferred almost fourfold increased risk of DLBCL.")[0]
    assert "gstt1" not in risk.context  # an adjective ("increased risk") has no subject to read


def test_what_the_subject_is_not_associated_with() -> None:
    # 404317: "We conclude that chronic Chagas' disease is not associated with deficiency in cellular immunity, nor
    # does it lead to it."
    claim = "Patients with chronic Chagas' disease had {} T-cell-mediated immunity."
    assert flags_of(claim.format("depressed"), "404317") == [
        ("direction", "is not associated with deficiency in cellular immunity")]
    assert flags_of(claim.format("intact"), "404317") == []


def test_a_share_joined_from_two_of_the_abstracts() -> None:
    # 428853: "The results were assessed as very good in 37.9% of cases, and as good in 47.9%."
    claim = "Results with bromopride were rated good or very good in about {}% of cases."
    assert flags_of(claim.format(86), "428853") == []
    assert flags_of(claim.format(76), "428853") == [("number", "76%")]


# Narrowings after the review of 1f7998d (review23): each first assertion failed there, or pins the counterpart.


def test_not_found_where_the_claim_says_it_was_found() -> None:
    # 29191604: "However, MHC Class II was not detected in SCLC cell lines or tissue tumor cells."
    assert flags_of("MHC class II was detected in NSCLC cell lines and tissues.", "29191604") == []
    assert flags_of("MHC class II was detected in SCLC cell lines and tumour tissue.", "29191604") == [
        ("direction", "was not detected in SCLC cell lines or tissue")]


def test_a_change_that_says_who_was_studied_is_no_finding() -> None:
    # 7762630: the abstract's insulin "decreased" and glucose tolerance "increases" in one long sentence
    assert flags_of("In healthy subjects whose insulin levels were lowered, glucose tolerance did not change.",
                    "7762630") == []


def test_at_all_against_a_share_and_proven_as_a_strength() -> None:
    # 428853: "Side effects were seen in 6.8% of cases."; nothing in it is "proven"
    assert flags_of("Bromopride caused no side effects at all.", "428853") == [("overreach", "all")]
    assert flags_of("Bromopride, with proven benefits for motility complaints, was rated good or very good in about "
                    "86% of cases.", "428853") == [("overreach", "proven")]


def test_shares_of_two_arms_are_never_summed() -> None:
    # 10705006: "... but did reduce the development of distant metastases (16% vs. 57%, p = 0.01)."
    assert flags_of("Distant metastases developed, with or without chemotherapy, in about 73% of patients.",
                    "10705006") == [("number", "73%")]


# Narrowings after the second review (review23b, of e0ba28d).


def test_at_all_in_a_relative_clause_and_proven_before_a_condition() -> None:
    # 428853: "Side effects were seen in 6.8% of cases."; nothing in it is "proven"
    assert flags_of("Patients who were treated with bromopride reported no side effects at all.", "428853") == [
        ("overreach", "all")]
    assert ("overreach", "proven") not in flags_of(
        "In patients with proven motility disorders, bromopride was rated good or very good in about 86% of cases.",
        "428853")
    assert ("overreach", "proven") in flags_of(
        "Bromopride, with proven efficacy in motility disorders, was rated good or very good in about 86% of cases.",
        "428853")
