"""Readings that round twenty found missing on sets 63-66 read as development sets: the ways writers restate a figure
(a ratio as a relative change, a rate as a share, a fold in digits as an odds ratio, a signed difference as a size)
and words written two ways. Each kept only when it mended the general cause of false alarms without losing a catch on
the development claims (real abstracts from tests/fixtures/claims/mechanisms.xml; each test has a counterpart so that
it can fail)."""

from __future__ import annotations

from evidence.check.cues import cues
from evidence.check.quantities import find_quantities
from tests.fixtures.claims.claimset import flags_of


def test_a_relative_change_is_what_a_risk_ratio_says() -> None:
    # 34095254: "AFCA was associated with lower recurrences of atrial tachyarrhythmias [relative risk (RR) 0.58, ...]";
    # its title "Catheter Ablation vs. Anti-Arrhythmic Drugs" is the writer's "antiarrhythmic drugs"
    claim = ("In a meta-analysis of six randomised trials, Saglietto et al. (2021) found that first-line catheter "
             "ablation {} the risk of recurrent atrial tachyarrhythmias by {} compared with antiarrhythmic drugs.")
    assert flags_of(claim.format("cut", "roughly 40%"), "34095254") == []
    assert flags_of(claim.format("cut", "42%"), "34095254") == []
    assert flags_of(claim.format("cut", "roughly 70%"), "34095254") == [("missing-specific", "70%")]
    assert flags_of(claim.format("cut", "45%"), "34095254") == [("missing-specific", "45%")]  # the claim's precision
    assert ("missing-specific", "40%") in flags_of(claim.format("raised", "roughly 40%"), "34095254")  # the other way
    assert [(q.value, q.unit) for q in find_quantities("(95% CI for odds ratio = 0.11-0.92)")] == [
        (0.11, "or"), (0.92, "or")]  # an interval's ends, never a change: "8% lower odds" is not the upper bound
    assert flags_of("Saglietto et al. (2021) found that 40% of patients had recurrent atrial tachyarrhythmias after "
                    "first-line catheter ablation.", "34095254") == [("missing-specific", "40%")]  # a share, no change


def test_a_rate_given_as_a_decimal_is_the_writers_percentage() -> None:
    # 34094934: "the recurrence rate for aggressive treatment [0.12, 95% confidence interval (CI) = 0.09-0.16] ...
    # with a recurrence rate of 0.30 (95% CI = 0.23-0.39)"
    claim = ("Qiao et al. (2021) found recurrence after aggressive treatment of ameloblastoma to be lower than after "
             "conservative treatment (12% vs {}).")
    assert ("missing-specific", "30%") not in flags_of(claim.format("30%"), "34094934")
    assert ("missing-specific", "40%") in flags_of(claim.format("40%"), "34094934")
    assert [(q.value, q.unit) for q in find_quantities("hazard ratio [HR], 0.182; 95% CI 0.052-0.630")][:1] == [
        (0.182, "")]  # a ratio is no rate, however it is labelled


def test_a_signed_difference_is_read_as_its_size() -> None:
    # 34095252: "acarbose significantly attenuated the decrease in postprandial systolic blood pressure [weighted mean
    # difference (MD): -9.84, 95% CI: -13.34 to -6.33]"
    claim = ("Wang et al. (2021) found that acarbose lessened the postprandial fall in systolic blood pressure by "
             "about {} mmHg compared with control.")
    assert flags_of(claim.format("10"), "34095252") == []
    assert flags_of(claim.format("15"), "34095252") == [("missing-specific", "15")]
    assert [q.value for q in find_quantities("the TNF-\u03b1 -308 A/A genotype; range (-5 to 10)")] == [10.0]
    assert [q.value for q in find_quantities("0.35 g kg(-1) and 10(-12) M; the -67 base pairs")] == [0.35, 10.0]
    assert [(q.value, q.text) for q in find_quantities("r = -0.235; z = -2.4")] == []  # a sign that is the finding


def test_a_fold_in_digits_is_held_against_the_odds_ratio() -> None:
    # 34095184: "Diabetics showed a significantly higher risk of sarcopenia than non-diabetics (pooled OR = 1.518, ...)"
    claim = "Chung et al. (2021) found roughly {}-fold higher odds of sarcopenia in people with diabetes."
    assert flags_of(claim.format("1.5"), "34095184") == []
    assert flags_of(claim.format("3.5"), "34095184") == [("number", "3.5-fold")]


def test_or_between_numbers_is_no_odds_ratio() -> None:
    # 32065586: "... had an increased risk of BARC 3 or 5 bleeding (6.4% vs 1.9%; p<0.001)"; with "or 5" read as an
    # odds ratio of 5, the claim's "three times" was held against it and flagged
    claim = ("Among 12,121 patients in the Bern PCI Registry, Ueki et al. (2020) found that those meeting the ARC-HBR "
             "high-bleeding-risk criteria had more than three times the rate of BARC 3 or 5 bleeding (6.4% vs 1.9%).")
    assert flags_of(claim, "32065586") == []
    assert [(q.value, q.unit) for q in find_quantities("BARC 3 or 5 bleeding; OR 2.5")] == [
        (3.0, ""), (5.0, ""), (2.5, "or")]


def test_an_age_in_months_is_read_from_month_olds() -> None:
    # 32442641: "... and predicted action imitation in 20-month-olds (n = 36)."
    claim = "K\u00f6ster et al. (2020) recorded EEG in {}-month-old infants watching novel actions."
    assert flags_of(claim.format("20"), "32442641") == []
    assert flags_of(claim.format("30"), "32442641") == [("missing-specific", "30-month")]


def test_no_strong_consistent_evidence_is_a_null_claim() -> None:
    # 32504530: "Strong consistent evidence is lacking for dietary interventions in persons with MS."
    assert flags_of("Tredinnick and Probst's (2020) umbrella review found no strong, consistent evidence that any "
                    "dietary intervention changes the course of multiple sclerosis.", "32504530") == []
    assert [(c.word, c.polarity) for c in cues("found strong, consistent evidence that diet changes the course")] == [
        ("changes", "effect")]
    null = "found no strong, consistent evidence that diet changes the course"
    assert [(c.word, c.polarity) for c in cues(null)] == [("no strong, consistent evidence", "none"),
                                                         ("changes", "none")]


def test_a_study_the_review_took_in_is_counted_not_the_work_cited() -> None:
    # 33864232 (a systematic review): "barring one study that described 9/183 patients with erosive esophagitis ..."
    assert flags_of("Apart from one study reporting erosive oesophagitis and dyspepsia with the ivermectin-doxycycline "
                    "combination, no new safety concerns emerged (Bhowmick et al., 2021).", "33864232") == []
    assert flags_of("In their study of ivermectin-doxycycline, Bhowmick et al. (2021) found no new safety concerns.",
                    "33864232") == [("design", "study")]


def test_all_of_them_is_of_the_count_the_claim_just_gave() -> None:
    # 33582903: "Of 268 critically ill patients ..., 17 (6.3%) patients had an HScore greater than 169." and later
    # "All the 17 patients with sHLH died"
    claim = ("Among 268 critically ill patients with COVID-19, Yang et al. (2021) found that {} (6.3%) met HScore "
             "criteria for secondary haemophagocytic lymphohistiocytosis, and all of them died.")
    assert flags_of(claim.format("17"), "33582903") == []
    assert flags_of(claim.format("30"), "33582903") == [("number", "30"), ("overreach", "all")]
