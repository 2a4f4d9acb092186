"""Numbers read from text as writers and abstracts write them, and the faithful claims they let pass (real
abstracts from tests/fixtures/claims/mechanisms.xml)."""

from __future__ import annotations

from evidence.check.quantities import find_quantities
from tests.fixtures.claims.claimset import flags_of


def _read(text: str) -> list[tuple[float, str, str]]:
    return [(q.value, q.unit, q.text) for q in find_quantities(text)]


def test_a_range_written_with_a_minus_sign_is_a_range() -> None:
    # 29308857: "... who underwent surgical delivery at 36\u221240 weeks of gestation."
    assert _read("at 36\u221240 weeks of gestation") == [(6048.0, "h", "36\u221240 weeks"),
                                                         (6720.0, "h", "36\u221240 weeks")]  # quoted as written
    assert flags_of("Nizyaeva et al. (2017) examined 45 placentas from women aged 27 to 38 who had surgical "
                    "deliveries at 36-40 weeks.", "29308857") == []


def test_a_mean_and_spread_of_a_follow_up_in_years_is_a_duration() -> None:
    # 20936629: "Data from 34 patients with CTD who were followed up for a mean±SD duration of 8.3±7.0 years ..."
    assert _read("followed up for a mean±SD duration of 8.3±7.0 years") == [(72708.0, "h", "8.3")]
    assert _read("mean age 25 ± 4.5 years") == [(25.0, "age", "25")]  # an age stays an age
    assert flags_of("Cottin et al. (2011) describe 34 patients with connective tissue disease and CPFE, followed for "
                    "a mean of 8.3 years.", "20936629") == []


def test_half_before_a_possessive_is_a_share() -> None:
    # 21148225: "Half our cohort had CPFE."
    assert _read("Half our cohort had CPFE.") == [(50.0, "%", "Half")]
    assert flags_of("Half of Schmidt and colleagues' (2011) cohort had combined pulmonary fibrosis and emphysema.",
                    "21148225") == []


def test_a_calendar_span_is_not_a_treatment_duration() -> None:
    # 16750020 gives doses "56 - 80 Gy/6 - 13 weeks"; the years of the series are when, not how long
    assert flags_of("Cao et al. (2006) analysed 117 children and adolescents with pathologically proven "
                    "nasopharyngeal carcinoma treated with radiotherapy and/or chemotherapy between 1984 and 1998.",
                    "16750020") == []


def test_all_of_a_count_is_no_universal_and_a_verb_names_no_disease() -> None:
    # 17684315: ten CPFE patients, "marked reductions in diffusing capacity"
    assert flags_of("All ten CPFE patients described by Jankowich et al. (2008) had diffusing capacity severely "
                    "reduced out of proportion to their lung volumes and spirometry.", "17684315") == []
    # 2224919: "took nasopharyngeal carcinoma" is a verb and a disease
    assert flags_of("From 22 years of Israel Cancer Registry data, Steinitz et al. (1990) took nasopharyngeal "
                    "carcinoma (31 cases), nasopharyngeal non-Hodgkin lymphoma (14) and Ewing sarcoma (55) as "
                    "examples.", "2224919") == []


def test_a_period_after_over_is_a_duration_even_after_an_age() -> None:
    assert _read("Forty-six patients aged 9 to 17 were enrolled over five years") == [
        (46.0, "count", "Forty-six"), (9.0, "age", "9 to 17"), (17.0, "age", "9 to 17"), (43800.0, "h", "five years")]
    assert _read("patients aged over 65 years") == [(65.0, "age", "65 years")]
    assert _read("children aged 2 to 5 years") == [(2.0, "age", "2 to 5 years"), (5.0, "age", "2 to 5 years")]


def test_seven_of_the_ten_is_a_count_not_a_loose_share() -> None:
    # 17684315: "... 8/10 had lower lobe subpleural reticular abnormalities and honeycombing, while 2 had lower lobe
    # ground glass changes on imaging."
    claim = ("{} of the ten patients had lower-lobe subpleural reticulation and honeycombing, the rest ground-glass "
             "changes (Jankowich et al., 2008).")
    assert flags_of(claim.format("Seven"), "17684315") == [("number", "Seven of the ten")]
    assert flags_of(claim.format("Eight"), "17684315") == []
    assert [(q.value, q.whole, q.approx) for q in find_quantities("one in five patients")] == [(1.0, 5.0, True)]


def test_a_ratio_labelled_with_its_abbreviation_in_brackets_is_a_ratio() -> None:
    # 15931724: "... basal cell carcinoma (BCC) of the head and neck (odds ratio (OR): 2.6; 1.0-6.7), but not for
    # BCC of other body parts (OR: 0.3; 0.1-1.3)."
    assert _read("of the head and neck (odds ratio (OR): 2.6; 1.0-6.7)")[0] == (2.6, "or", "2.6")
    # so the raised risk is read against its own ratio, not the other body parts' 0.3
    assert flags_of("Radium exposure raised the risk of basal cell carcinoma of the head and neck (Ronckers et al., "
                    "2004).", "15931724") == []


def test_a_period_after_the_ages_is_not_an_age() -> None:
    # 21918965: "Forty-six patients (ages 9-17 years) ..."; "The 5-year overall and progression-free survival rates
    # were 80.9% and 79.3%, respectively"
    assert _read("46 patients aged 9 to 17 had five-year overall survival") == [
        (46.0, "count", "46"), (9.0, "age", "9 to 17"), (17.0, "age", "9 to 17"), (43800.0, "h", "five-year")]
    assert _read("a median age of 66 years (IQR 52-72 years)") == [
        (66.0, "age", "66 years"), (52.0, "age", "52-72 years"), (72.0, "age", "52-72 years")]
    assert _read("younger than 15 years") == [(15.0, "age", "15 years")]


def test_a_bracketed_mean_and_spread_takes_the_unit_after_the_bracket() -> None:
    # 19534949: "The mean time interval between siblings and proband were (7.40 +/- 5.41) years ..."
    assert _read("The mean time interval between siblings and proband were (7.40 +/- 5.41) years") == [
        (64824.0, "h", "7.40")]
    assert _read("rates were (45.2 +/- 3.1) % of") == [(45.2, "%", "45.2")]


def test_an_age_span_is_ages_at_both_ends() -> None:
    # the reviewer's sentences from sets 1-15: the second end of a span is an age too, in years
    assert _read("ranged in age from 7 years to 18 years") == [(7.0, "age", "7 years"), (18.0, "age", "18 years")]
    assert _read("aged 26 days to 7 months") == [(0.071, "age", "26 days"), (0.583, "age", "7 months")]
    assert _read("the age group between 10 and 14 years") == [(10.0, "age", "10 and 14 years"),
                                                             (14.0, "age", "10 and 14 years")]  # one range
    # a follow-up in brackets after "age" is no age
    assert _read("adjusted for age, sex and stage (median follow-up, 62 months)") == [(45260.0, "h", "62 months")]
