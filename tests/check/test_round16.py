"""Readings that round sixteen found missing on sets 55-56 read as development sets; each kept only when it caught
wrong claims without raising a flag on any faithful development claim (real abstracts from
tests/fixtures/claims/mechanisms.xml; each test has a faithful counterpart so that it can fail)."""

from __future__ import annotations

from evidence.check.comparators import comparator_phrases
from evidence.check.comparisons import comparisons
from evidence.check.quantities import Quantity, find_quantities
from evidence.check.quantitymatch import supports
from tests.fixtures.claims.claimset import flags_of


def test_beat_names_what_was_beaten() -> None:
    # 36621078: "Our model for OUD prediction outperformed prior algorithms for specificity, F1 score and AUC-ROC
    # while achieving equivalent sensitivity."
    claim = "Kashyap and colleagues (2023) reported that their opioid use disorder model beat {} on specificity."
    assert flags_of(claim.format("prior algorithms"), "36621078") == []
    assert flags_of(claim.format("clinicians' own judgement"), "36621078") == [
        ("comparator", "clinicians' own judgement")]
    assert comparator_phrases("The team beat the record.") == ["record"]  # (made up: a pattern alone)
    assert comparator_phrases("The heart beat the fastest at rest.") == []  # a heart beat is no comparison
    assert comparator_phrases("Each beat lasted longer.") == []
    assert comparator_phrases("The heart rate was 82 beats a minute.") == []  # a rate
    assert comparator_phrases("They counted the ectopic beats a Holter recording gave.") == []


def test_a_verb_of_ranking_has_its_object_as_the_second_side_not_a_figure_in_brackets() -> None:
    # 36309197: "... multi-label classification outperforms NER+EL (F1=0.220 vs F1=0.155)."
    theirs = comparisons("multi-label classification outperforms NER+EL (F1=0.220 vs F1=0.155)")
    assert [(c.word, sorted(c.second)) for c in theirs] == [("outperforms", ["el", "ner"])]
    claim = ("In Dirkson et al.'s (2023) comparison, {} outperformed {} for extracting coping strategies from "
             "social media.")
    assert flags_of(claim.format("multi-label classification", "named entity recognition with entity linking"),
                    "36309197") == []
    assert flags_of(claim.format("named entity recognition with entity linking", "multi-label classification"),
                    "36309197") == [("direction", "outperformed")]
    # "Compared with B, A outperformed on X": B stays the second side (the review's case, 36621078).
    claim = "Compared with {}, the OUD prediction model of Kashyap et al. (2023) outperformed on specificity."
    assert flags_of(claim.format("prior algorithms"), "36621078") == []


def test_a_word_hyphenated_on_one_side_only_is_the_same_word() -> None:
    # 40630024 writes "isoosmolar" and "hypoosmolar"; a writer's "iso-osmolar riboflavin" is the same arm.
    claim = ("Gustafsson et al. (2026) compared hypo-osmolar riboflavin with {} riboflavin in cross-linking for "
             "progressive keratoconus.")
    assert flags_of(claim.format("iso-osmolar"), "40630024") == []
    assert flags_of(claim.format("hyper-osmolar"), "40630024") == [
        ("comparator", "hyper-osmolar riboflavin in cross-linking")]


def test_with_that_on_y_compares_with_y() -> None:
    # 36341842 compares the literature on postpartum depression with that on major depressive disorder.
    claim = ("Gauld et al.'s (2023) text analysis compared the research literature on postpartum depression with "
             "that on {}.")
    assert comparator_phrases(claim.format("bipolar disorder")) == ["bipolar disorder"]
    assert ("comparator", "major depressive disorder") not in flags_of(claim.format("major depressive disorder"),
                                                                      "36341842")
    assert ("comparator", "bipolar disorder") in flags_of(claim.format("bipolar disorder"), "36341842")


def test_the_inert_arm_is_one_arm_whatever_its_device() -> None:
    # 37900062: "... compared to the group receiving the sham capsule."
    claim = ("In the clinical studies the capsule beat {} on weekly spontaneous bowel movements "
             "(Math and colleagues, 2023).")
    assert flags_of(claim.format("a sham device"), "37900062") == []
    assert flags_of(claim.format("the standard laxatives"), "37900062") == [("comparator", "standard laxatives")]
    # ... but "sham acupuncture" names what was imitated (the review's case).
    assert flags_of(claim.format("a sham acupuncture"), "37900062") == [("comparator", "sham acupuncture")]


def test_no_share_is_made_of_decimals() -> None:
    # 35473920: "... (hazard ratio [HR], 0.294; 95% CI 0.138-0.623, P = .002) and BCSS (... 0.040-0.820 ...)":
    # 0.138 of 0.82 is about 17%, but a confidence interval counts nobody.
    about_17 = Quantity(17.0, "%", "17%", 0, approx=True)
    cis = [Quantity(0.138, "", "0.138", 0), Quantity(0.82, "", "0.82", 0)]
    assert not supports(about_17, cis)
    assert supports(about_17, [Quantity(17.0, "", "17", 0), Quantity(100.0, "", "100", 0)])
    claim = "In the SEER analysis by He and colleagues (2022), only about {} of the men received breast conservation."
    assert flags_of(claim.format("7%"), "35473920") == []
    assert [kind for kind, _ in flags_of(claim.format("17%"), "35473920")] == ["number"]


def test_hospital_and_community_are_two_settings() -> None:
    # 10454065: "... 327 healthy community controls individually matched to cases on sex, age and residence ..."
    claim = "In Cheng et al. (1999), 327 healthy {} controls were matched to cases on sex, age and residence."
    assert flags_of(claim.format("community"), "10454065") == []
    assert flags_of(claim.format("hospital"), "10454065") == [("population", "hospital")]


def test_central_and_paracentral_are_two_places() -> None:
    # 40340672: "... in the Management of Paracentral Progressive Keratoconus" (title).
    claim = ("Sparing a central epithelial island during accelerated cross-linking gave quicker visual recovery in "
             "patients with {} keratoconus (Khalil et al., 2025).")
    assert flags_of(claim.format("paracentral"), "40340672") == []
    assert flags_of(claim.format("central"), "40340672") == [("population", "central")]


def test_a_share_of_a_century_is_a_period() -> None:
    # 10022113: "... hand grip strength was highly predictive of functional limitations and disability 25 years
    # later."
    assert [(q.value, q.unit) for q in find_quantities("a quarter of a century later")] == [(25 * 8760.0, "h")]
    assert [(q.value, q.unit) for q in find_quantities("half of the men")] == [(50.0, "%")]
    claim = ("Rantanen and colleagues (1999) found that hand grip strength in healthy middle-aged men predicted "
             "disability {} later.")
    assert flags_of(claim.format("a quarter of a century"), "10022113") == []
    assert [kind for kind, _ in flags_of(claim.format("half a century"), "10022113")] == ["duration"]


def test_a_name_that_holds_a_term_leaves_the_rest_of_its_group_to_be_checked() -> None:
    # 2072360 speaks of an oral glucose tolerance test and of no tablets: the name says no route, "tablets" does.
    assert flags_of("Lavin (1991) compared the glucose load with an oral glucose tolerance test.", "2072360") == []
    assert flags_of("Lavin (1991) gave glucose tablets before an oral glucose tolerance test.", "2072360") == [
        ("missing-specific", "tablets")]
