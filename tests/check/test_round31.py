"""Readings that round thirty-one found wrong on sets 107-110 (round thirty's held-out sets) read as development sets:
a finding reported after "found that" read as a condition ("found that antibody persistence shortened"), "cut" as a verb
of decrease, a thing the abstract says no one saw ("No excessive excretion of mucopolysaccharide was noted"), and two
false alarms the new verb exposed (a likeness conceded with "although" of something the claim never names; "an
intervention to improve", an aim). Real abstracts from tests/fixtures/claims/mechanisms.xml; the first assertion of
each test failed on the round's start (381e931), and each has a counterpart that must keep its outcome."""

from __future__ import annotations

from tests.fixtures.claims.claimset import flags_of
from tests.fixtures.claims.claimset import flags_of_abstract as _flags


def test_a_finding_reported_after_found_that_is_not_a_condition() -> None:
    # 408021: "Antibody persistence increased following repeated reinfection."
    claim = "Schild et al. (1977) found that antibody persistence {} with each repeated reinfection."
    assert flags_of(claim.format("shortened"), "408021") == [("direction", "shortened")]
    assert flags_of(claim.format("lengthened"), "408021") == []


def test_cut_is_a_verb_of_decrease() -> None:
    # 419459: "The 10 patients treated with chlorpropamide significantly increased the urinary excretion of calcium ..."
    claim = ("Chlorpropamide {} urinary calcium excretion in patients with primary hyperparathyroidism "
             "(Numann et al., 1979).")
    assert flags_of(claim.format("cut"), "419459") == [("direction", "cut")]
    assert flags_of(claim.format("raised"), "419459") == []
    # not a physical cut, nor a name
    abstract = "Sections were cut at 5 microns. The cut surface was examined in 20 rats. Mortality fell by half."
    assert _flags("In 20 rats, sections were cut at 5 microns and mortality fell (Doe, 1978).", abstract) == []


def test_a_thing_the_abstract_says_no_one_saw() -> None:
    # 410566: "No excessive excretion of mucopolysaccharide was noted, however, changes in distribution ..."
    claim = ("Sandman and colleagues (1977) found that their two siblings with a variant mucolipidosis {} "
             "of mucopolysaccharide.")
    assert flags_of(claim.format("excreted excessive amounts"), "410566") == [
        ("direction", "No excessive excretion of mucopolysaccharide was noted")]
    assert flags_of(claim.format("showed changes in the distribution of several fractions"), "410566") == []
    # "no difference ... was observed" is a likeness, read by the direction check, not a thing not seen
    assert _flags("Mortality did not differ between drug A and drug B (Doe, 1978).",
                  "No difference in mortality was observed between drug A and drug B.") == []


def test_a_likeness_conceded_of_another_thing_is_not_the_finding() -> None:
    # 415845: "Then, although these technical conditions remained unchanged, the use of the SI immediately reduced ..."
    claim = ("Hirsch et al. (1978) reported that operating inside a surgical isolator {} acute postoperative "
             "infections after hydrocephalus shunt surgery from 19.7% to 7.4%.")
    assert flags_of(claim.format("reduced"), "415845") == []
    assert flags_of(claim.format("cut"), "415845") == []
    # the sentence before: "... the overall rate of acute postoperative infections had suddenly increased"
    assert flags_of("Hirsch et al. (1978) reported that before the isolator was introduced, the overall rate of acute "
                    "postoperative infections after hydrocephalus shunt surgery had suddenly fallen.", "415845") == [
        ("direction", "fallen")]


def test_an_intervention_to_improve_is_an_aim() -> None:
    # 10026666, title: "A quality management intervention to improve clinical laboratory use in acute myocardial
    # infarction"
    claim = ("Isouard's (1999) quality-management intervention {} non-clinically indicated laboratory tests in "
             "heart-attack patients by more than 80%.")
    assert flags_of(claim.format("reduced"), "10026666") == []
    # "The proportion of clinically indicated tests that were requested increased from 77.5% to 88.2% (P < 0.01)"
    assert flags_of("Isouard (1999) found that the proportion of clinically indicated tests that were requested fell "
                    "from 77.5% to 88.2%.", "10026666") == [("direction", "fell")]


def test_words_of_care_debatable_a_proportion_and_questioning() -> None:
    # 421188: "Although it is debatable whether gonadoblastomas are true neoplasms or blastomatoid dysgenetic
    # malformations, their potential for giving rise to fully malignant germ cell neoplasms must be recognized."
    assert flags_of("Hart and Burkons's (1979) clinicopathologic analysis settled that gonadoblastomas are true "
                    "neoplasms rather than dysgenetic malformations.", "421188") == [("overreach", "settled that")]
    assert flags_of("Hart and Burkons (1979) noted that it is debatable whether gonadoblastomas are true neoplasms.",
                    "421188") == []
    # 418869: "... and that at least a proportion are derived from the B lymphocyte."
    assert flags_of("Taylor et al.'s (1978) study established that primary CNS lymphomas derive from B lymphocytes.",
                    "418869") == [("overreach", "established")]
    assert flags_of("Taylor et al. (1978) concluded that at least a proportion of primary CNS lymphomas derive from "
                    "B lymphocytes.", "418869") == []
    # 400734: "These data question the suitability of serum DBH measurements for assessing adrenomedullary function"
    assert flags_of("Nisula and Stolk's (1978) findings established that serum DBH activity is a poor marker of "
                    "adrenomedullary function.", "400734") == [("overreach", "established")]
    assert flags_of("Nisula and Stolk (1978) questioned the suitability of serum DBH measurements for assessing "
                    "adrenomedullary function.", "400734") == []


def test_a_part_of_a_whole_is_not_held_up_by_a_percent_a_tenth_away() -> None:
    # 412609: "... in 47 patients with CAD (14 without angina during exercise) and in 25 normal subjects"; "EF
    # increased in all normal subjects from an average of 58% at rest to 71%": 30 of 47 is 63.8%, not 58%
    claim = "Of the 47 coronary patients studied by Borer et al. (1978), {} had no angina during exercise."
    assert flags_of(claim.format(30), "412609") == [("number", "30")]
    assert flags_of(claim.format(14), "412609") == []


def test_lacks_and_none_showed_any_evidence_of_deny_the_claims_thing() -> None:
    # 420170: "Ultrastructural examination of urinary sediment as a diagnostic aid for renal amyloidosis lacks
    # sensitivity and specificity and has very limited clinical value."
    claim = ("Winer et al. (1979) concluded that ultrastructural examination of urinary sediment is {} aid for "
             "diagnosing renal amyloidosis.")
    assert [k for k, _ in flags_of(claim.format("a sensitive and specific"), "420170")] == ["direction"]
    assert flags_of(claim.format("an insensitive and non-specific"), "420170") == []
    # 412558: "... none of the strains studied showed any evidence of β-lactamase production."
    claim = "Osoba et al. (1977) reported that the resistant gonococcal strains from Ibadan {} β-lactamase producers."
    assert [k for k, _ in flags_of(claim.format("were"), "412558")] == ["direction"]
    assert flags_of(claim.format("were not"), "412558") == []


# From the read-only review of this round's readings: each false alarm or lost catch it found, mended.

def test_a_denial_said_of_another_group_or_some_of_them_is_not_the_claims() -> None:
    abstract = ("Wound infection developed in 6 of 30 patients given drug A. None of the controls developed wound "
                "infection.")
    assert _flags("Wound infection developed in 6 of 30 patients given drug A (Doe, 1978).", abstract) == []
    abstract = "Of 52 patients, 40 had detectable antibody at 6 months. Twelve patients lacked detectable antibody."
    assert _flags("Detectable antibody persisted at 6 months in 40 of 52 patients (Doe, 1978).", abstract) == []
    abstract = ("None of the subjects showed AAT values exceeding the reference range at baseline and at any of the "
                "time points after the race. cTnT increased significantly after the race.")
    assert _flags("AAT values stayed within the reference range after the race (Doe, 1978).", abstract) == []
    abstract = ("In 45 infants, no significant hearing loss was detected at birth, but progressive hearing loss "
                "developed in 7 by the age of 3 years.")
    assert _flags("Progressive hearing loss developed in 7 of 45 infants by the age of 3 years (Doe, 1978).",
                  abstract) == []
    assert _flags("The siblings excreted normal amounts of mucopolysaccharide (Doe, 1978).",
                  "Two siblings were studied. No excessive excretion of mucopolysaccharide was noted.") == []


def test_a_likeness_conceded_of_the_claims_thing_still_counts() -> None:
    abstract = ("In 15 healthy volunteers, although mean arterial pressure did not change, heart rate rose by 20 "
                "beats/min.")
    assert _flags("Doe (1978) found that the drug lowered mean arterial pressure in volunteers.", abstract) == [
        ("direction", "lowered")]


def test_a_share_within_a_range_or_past_a_bound() -> None:
    claim = "Forty of the 60 patients improved (Doe, 1978)."
    assert _flags(claim, "Of 60 patients, between 60% and 70% improved depending on the definition used.") == []
    assert _flags(claim, "Of 60 patients, more than 60% improved.") == []
    assert _flags(claim, "Of 60 patients, 58% improved.") == [("number", "Forty of the 60")]


def test_words_of_care_hold_a_proposition_in_doubt_not_a_name() -> None:
    abstract = ("Many clinicians question the value of screening. In 2000 men, PSA screening reduced prostate cancer "
                "mortality by 20%.")
    claim = "Doe (1978) demonstrated that PSA screening reduced prostate cancer mortality by 20%."
    assert _flags(claim, abstract) == []
