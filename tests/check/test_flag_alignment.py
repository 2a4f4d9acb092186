"""The flag mechanisms of the fifth round, each on real abstracts (tests/fixtures/claims): what changed
decides a reversal, causes and settled findings where the abstract reports risks or hedges, comparators
set apart from 'compared', ratios in words, means with their spread, people where the study had animals."""

from __future__ import annotations

from evidence.check.attribution import own_words
from evidence.check.comparators import comparator_phrases
from evidence.check.cues import NULL, cues
from evidence.check.flags import FlagFinder
from evidence.check.genestatus import status_contrast, statuses
from evidence.check.populations import aligned_contrast, source_mentions
from evidence.check.quantities import find_quantities
from evidence.check.source import find_abbreviations, read_source
from tests.fixtures.claims.claimset import by_pmid as _entry
from tests.fixtures.claims.claimset import flags_of as _flags


def test_the_thing_that_changed_is_the_word_after_the_direction() -> None:
    [cue] = cues("Losing exon 11 of TCF-4 shortened the survival of mice")
    assert (cue.polarity, cue.word, cue.head) == ("down", "shortened", frozenset({"surviv"}))
    # 37822558: "Adolescents scored higher than caregivers in terms of vaccine value (p<0.001) ..., but lower in
    # knowledge": the sentence's "lower" speaks of knowledge, its "higher" of vaccine value
    assert _flags("Adolescents scored lower than caregivers on vaccine value (Hwang et al., 2023).", "37822558") == [
        ("direction", "lower")]
    assert _flags("Adolescents scored higher than their caregivers on vaccine value and autonomy (Hwang et al., 2023).",
                  "37822558") == []


def test_none_of_denies_what_follows() -> None:
    [cue] = cues("none of the antiretroviral drugs or combinations tested changed Bax or Bcl-2 expression")
    assert (cue.polarity, cue.word) == (NULL, "changed")


def test_a_cause_where_an_observational_abstract_reports_a_risk_is_overreach() -> None:
    # 24415354: "the 5'tandem repeat polymorphism ... is associated with risk of colorectal cancer"
    assert _flags("The LL genotype of the thymidylate synthase gene causes colorectal cancer in Tunisians "
                  "(Baroudi et al., 2014).", "24415354") == [("overreach", "causes")]
    assert _flags("Thymidylate synthase polymorphism is associated with the risk of colorectal cancer in Tunisians "
                  "(Baroudi et al., 2014).", "24415354") == []


def test_demonstrated_where_the_abstract_hedges_is_overreach() -> None:
    # 14562023: "The gene deletion of GSTs may predict not only the early onset of breast carcinoma but also ..."
    claim = ("Khedhaier et al. (2003) {} GST gene deletions {} the early onset of breast carcinoma and the clinical "
             "response to chemotherapy.")
    assert _flags(claim.format("demonstrated that", "predict"), "14562023") == [("overreach", "demonstrated")]
    assert _flags(claim.format("suggest that", "may predict"), "14562023") == []


def test_the_most_common_is_a_superlative_not_a_majority() -> None:
    assert _flags("Breast carcinoma is the most common cancer among Tunisian women (Khedhaier et al., 2003).",
                  "14562023") == []


def test_ratios_in_words_are_held_against_the_abstracts_odds_ratios() -> None:
    assert [(q.value, q.unit, q.bound) for q in find_quantities("raised the risk more than fivefold")] == [
        (5.0, "fold", ">")]
    assert [(q.value, q.unit) for q in find_quantities("nearly doubled the odds; twice as likely")] == [
        (2.0, "fold"), (2.0, "fold")]
    # 24415354: "(P = 0.002; OR 2.7; 95 % CI 1.4-5.2)" and "(P = 0.015; OR 4.46; ...)"
    assert _flags("The LL (3R/3R) genotype roughly tripled the risk of colorectal cancer (Baroudi et al., 2014).",
                  "24415354") == []
    assert _flags("The LL (3R/3R) genotype raised the risk of colorectal cancer more than fivefold "
                  "(Baroudi et al., 2014).", "24415354") == [("number", "fivefold")]


def test_a_mean_takes_the_unit_after_its_spread() -> None:
    assert [(q.value, q.unit) for q in find_quantities("resulted in 70 ± 19 % and 80 ± 4 % loss")] == [
        (70.0, "%"), (80.0, "%")]
    # 32292800: "an average procedure time of 93 ± 30 s (n = 31)": 93 seconds, the 30 only its spread
    assert _flags("The device's average procedure time was 93 seconds (Leipheimer et al., 2019).", "32292800") == []
    assert _flags("The device's average procedure time was 30 seconds (Leipheimer et al., 2019).", "32292800") == [
        ("duration", "30 seconds")]


def test_what_compared_with_names_when_the_sides_stand_apart() -> None:
    assert comparator_phrases("Ronckers et al. (2002) compared cancer incidence in 4,339 irradiated patients with "
                              "that in their unexposed brothers and sisters.") == [
        "their unexposed brothers and sisters"]
    assert comparator_phrases("A Tunisian study compared 101 colorectal cancer patients with 145 healthy controls to "
                              "examine whether the NOD2 variant contributes to risk.") == ["healthy controls"]
    assert comparator_phrases("At high concentrations glycine and D-serine acted against osteosarcoma cells") == []
    assert comparator_phrases("Treatment was tested against placebo in 40 patients") == ["placebo"]  # where, not what


def test_people_in_the_claim_animals_in_the_abstract() -> None:
    # 25338920 worked in mice ("murine", "neonatal HBV transgenic mice") and names no people
    entry = _entry("25338920")
    finder = FlagFinder()
    flags = finder.flags("RNAi-activating lentiviruses gave sustained inhibition of HBV replication in chronically "
                         "infected patients (Ivacik et al., 2015).", entry)
    assert [(f.kind, f.term) for f in flags] == [("population", "patients")]
    assert flags[0].message.startswith("the claim says 'patients', the abstract speaks of 'murine'")
    assert finder.flags("Lentiviral RNAi activators silenced HBV genes without toxicity in neonatal transgenic mice "
                        "(Ivacik et al., 2015).", entry) == []


def test_standard_abbreviations_meet_their_long_forms_unless_the_text_defines_them() -> None:
    assert find_abbreviations("compared with that of WT-YBX1 in HEK293 cells")["wt"] == "wild type"
    assert find_abbreviations("a lower heart rate (HR) at rest")["hr"] == "heart rate"


def test_a_count_is_the_part_of_the_whole_the_claim_names() -> None:
    # 29514256: "Partial response was observed in four patients out of 11" (and "six patients" elsewhere): a
    # claim's "six of the 11" gives another part of the same whole
    assert _flags("Of the 11 patients treated, six had a partial response (Tsuda, 2018).", "29514256") == [
        ("number", "six")]
    assert _flags("Of the 11 patients treated, four had a partial response (Tsuda, 2018).", "29514256") == []


def test_a_genes_status_defines_a_population() -> None:
    assert statuses("melanoma with a BRAF (V600) mutation; KRAS-mutant and EGFR wild-type tumours") == {
        ("mutant", "BRAF"), ("mutant", "KRAS"), ("wild-type", "EGFR")}
    assert statuses("the distribution of KRAS and BRAF mutations in Moroccan patients") == set()
    assert statuses("the distribution of KRAS and BRAF mutations in Moroccan patients", counted=True) == {
        ("mutant", "BRAF")}
    # 25172541 compares DNMT3A-mutated with wild-type patients: either status is the abstract's own
    source = read_source(_entry("25172541"))
    assert status_contrast("Patients with wild-type DNMT3A fared better (Ribeiro et al., 2015).", source) is None
    # 29507618 studied "EGFR-mutated lung adenocarcinomas"
    assert [(f.kind, f.term) for f in FlagFinder().flags(
        "A low miR-630 level drives TKI resistance in EGFR wild-type lung adenocarcinoma (Wu et al., 2018).",
        _entry("29507618"))] == [("population", "wild-type EGFR")]
    # 23849768 counts BRAF mutations (5%) and defines no population by them: "BRAF wild-type" is not contradicted
    assert _flags("Among Moroccan patients with advanced colorectal cancer, BRAF wild-type tumours were the rule "
                  "(Bennani et al., 2013).", "23849768") == []


def test_two_measures_moving_together_or_apart() -> None:
    # 37822558: "mental health demonstrated a positive association with the mental health of their caregiver"
    claim = "Adolescents' mental health {} that of their caregivers (Hwang et al., 2023)."
    assert _flags(claim.format("was inversely correlated with"), "37822558") == [
        ("direction", "inversely correlated")]
    assert _flags(claim.format("went hand in hand with"), "37822558") == []


def test_the_sentence_that_says_what_the_claim_says_names_its_population() -> None:
    # 36987902: "The yearly number of patients over the age of 75 treated at the National Burn Centre tripled"
    source = read_source(_entry("36987902"))
    mentions, _ = source_mentions(source)
    said, other = aligned_contrast("The yearly number of children treated at the National Burn Centre tripled "
                                   "(Hjelmeland et al., 2023).", source, mentions) or ("", None)
    assert (said, other and other.member, other and source.sentences[other.sentence].text[:40]) == (
        "children", "older adults", "The yearly number of patients over the a")
    assert aligned_contrast("Among burn patients, women and men were about equally represented (Hjelmeland et al., "
                            "2023).", source, mentions) is None  # the sentence names them both


def test_a_ratio_below_one_is_a_lower_risk() -> None:
    # 24415354: "LL (3R/3R) genotype is significantly high in patients with colorectal cancer compared to controls
    # (P = 0.002; OR 2.7; 95 % CI 1.4-5.2)"
    claim = "Carrying the LL (3R/3R) genotype was linked to a {} risk of colorectal cancer (Baroudi et al., 2014)."
    flags = FlagFinder().flags(claim.format("lower"), _entry("24415354"))
    assert [(f.kind, f.term) for f in flags] == [("direction", "lower risk")]
    assert "ratio for it is 2.7, above 1" in flags[0].message
    assert _flags(claim.format("higher"), "24415354") == []


def test_faithful_claims_the_final_review_found_flagged() -> None:
    # 23394625: "74% of the patients with WT1 overexpression compared to 80% of patients with normal levels"
    assert _flags("Complete remission was achieved in 80% of patients with normal WT1 levels (Rashed et al., 2013).",
                  "23394625") == []
    # 26568896: "treatments of 10, 50 and 100 μg/cm2 induced 97.8, 88.8 and 84.7% relative survival": "induced"
    # before figures is no direction
    assert _flags("Relative survival fell to 84.7% at 100 μg/cm2 (Browning et al., 2014).", "26568896") == []
    # 38747095: "(n = 17, 25 ± 4.5 years, ...)": a mean with its spread in years may be an age
    assert _flags("The 17 athletes had a mean age of 25 years (Condo et al., 2024).", "38747095") == []
    assert [(q.value, q.unit) for q in find_quantities("assessed at 3-, 6- and 12-month follow-up")] == [
        (2190.0, "h"), (4380.0, "h"), (8760.0, "h")]
    assert find_quantities("popular in the 90s") == []


def test_a_bracket_of_figures_tells_them_apart_by_its_own_words() -> None:
    # 20483657: "Primary drug resistance was low in PR (2%) and in RT regions (4%)."
    assert _flags("Primary drug resistance was low among treatment-naive Cameroonian HIV-1 patients (2% in PR and 4% "
                  "in RT) (Tchouwa et al., 2010).", "20483657") == []
    source = read_source(_entry("20483657"))
    text = "Primary drug resistance was low (2% in PR and 4% in RT)"
    found = find_quantities(text)
    assert own_words(source, text, found[1], found) == {"pr", "rt"}  # the words between two figures are shared


def test_a_general_claim_from_one_case_is_overreach() -> None:
    # 38763967 is a case report (one kidney transplant recipient treated with oral terbinafine)
    assert _flags("Oral terbinafine reliably clears Majocchi's granuloma in kidney transplant recipients "
                  "(Uysal et al., 2023).", "38763967") == [("overreach", "reliably")]
    assert _flags("In one kidney transplant recipient, oral terbinafine treated Majocchi's granuloma effectively "
                  "(Uysal et al., 2023).", "38763967") == []


def test_all_with_exceptions_is_not_every() -> None:
    # 15923571: "Survival improved for all individual cancers except melanoma, osteosarcoma, and thyroid carcinoma"
    entry = _entry("15923571")
    flags = FlagFinder().flags("Gatta et al. (2005) found that survival improved for every childhood cancer they "
                               "examined.", entry)
    assert [(f.kind, f.term) for f in flags] == [("overreach", "every")]
    assert "the abstract names exceptions" in flags[0].message
    assert FlagFinder().flags("Survival improved for nearly all childhood cancers, with melanoma, osteosarcoma and "
                              "thyroid carcinoma the exceptions (Gatta et al., 2005).", entry) == []
