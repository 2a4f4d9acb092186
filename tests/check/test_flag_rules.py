"""The general rules behind the flags, each on an invented abstract: what counts as the same figure,
the same finding, no difference, the other side of a comparison, another population or a bound."""

from __future__ import annotations

from evidence.check.flags import FlagFinder
from evidence.model import Entry


def _entry(abstract: str, mesh: str = "", title: str = "A study") -> Entry:
    fields = {"author": "Okoro, A. and Lind, B.", "year": "2021", "title": title, "abstract": abstract}
    if mesh:
        fields["mesh"] = mesh
    return Entry("okoro2021", "article", fields)


def _flags(claim: str, entry: Entry) -> list[tuple[str, str | None]]:
    return [(f.kind, f.term) for f in FlagFinder().flags(claim, entry)]


VACCINE = _entry(
    "We surveyed nurses and pharmacists in three rural districts about influenza vaccination. "
    "The response rate was 64%. "
    "Nurses recommended the vaccine to patients (81.4%) more often than pharmacists (47.9). "
    "Older staff were 3.2 times more likely to be vaccinated themselves (odds ratio 3.2). "
    "In sum, older staff were at least twice as likely to be vaccinated. "
    "Knowledge of vaccine safety did not differ significantly between the professions.")


def test_a_decimal_figure_without_its_percent_sign_is_the_claims_figure() -> None:
    claim = "Nurses recommended the vaccine in 81.4% of cases, against 47.9% for pharmacists."
    assert _flags(claim, VACCINE) == []
    dose = _entry("Each nurse gave a mean dose of 12.5 mg to 40 patients.")
    assert _flags("Each nurse vaccinated 12.5% of 40 patients.", dose) == [("number", "12.5%")]  # a unit of its own


def test_a_value_restated_as_a_bound_is_the_same_finding() -> None:
    hygiene = _entry(
        "We compared hand hygiene between one hospital with a programme and two hospitals without it. "
        "Of 90 ward nurses, 64 answered the survey. "
        "Nurses were 2.8 times more likely to report hand washing at the programme hospital (odds ratio 2.8, "
        "95% CI 1.3-6.0). "
        "Nurses exposed to a programme addressing staffing and supply barriers were at least two times as likely "
        "to report hand washing on the ward.")
    claim = ("Nurses at a hospital that had addressed staffing and supply barriers were 2.8 times more likely to "
             "report hand washing than nurses at hospitals without the programme.")
    assert [k for k, _ in _flags(claim, hygiene) if k in ("number", "population")] == []
    assert ("number", "1.5 times") in _flags(claim.replace("2.8", "1.5"), hygiene)  # below the bound: a rival


def test_non_significance_reverses_a_claimed_effect() -> None:
    flags = _flags("Working as a nurse improved knowledge of vaccine safety.", VACCINE)
    assert ("direction", "improved") in flags


def test_a_comparison_the_other_way_round_with_a_non_side() -> None:
    claim = "Non-nurse staff recommended the vaccine more often than nurses."
    assert ("direction", "more often") in _flags(claim, VACCINE)
    assert [k for k, _ in _flags("Nurses recommended the vaccine more often than pharmacists.", VACCINE)
            if k == "direction"] == []


def test_a_number_repeated_in_its_role_is_not_another_finding() -> None:
    clinic = _entry(
        "We describe asthma care at two clinics in Leeds. "
        "We reviewed charts of adults attending for asthma in Leeds from May to July at two clinics that together "
        "saw half of local visits. "
        "Of 240 adults in our network for whom charts were reviewed, 130 (54%) were women, 61 (25%) were smokers, "
        "and 150 (62%) used an inhaler daily. "
        "Of eight adults admitted, five (62%) were smokers.")
    assert _flags("Of 240 adults with asthma whose charts were reviewed in Leeds, 150 (62%) used an inhaler daily.",
                  clinic) == []


def test_a_null_clause_beside_another_finding_speaks_of_its_own_subject() -> None:
    genes = _entry(
        "We genotyped 90 patients with gastric cancer and 120 controls. "
        "The CYP1A1 variant conferred a threefold increased risk of gastric cancer (OR = 3.1), "
        "whereas the NAT2 variant was not associated with gastric cancer risk.")
    assert ("direction", "increased") in _flags("The NAT2 variant increased the risk of gastric cancer.", genes)
    assert [k for k, _ in _flags("The CYP1A1 variant increased the risk of gastric cancer.", genes)
            if k == "direction"] == []


def test_not_clinically_significant_is_no_difference() -> None:
    trial = _entry(
        "Forty children with severe croup were studied. "
        "Twelve children received nebulised adrenaline; however length of stay was not clinically significant "
        "with those who did not.")
    assert ("direction", "shorter") in _flags(
        "Children who received nebulised adrenaline had a shorter length of stay than those who did not.", trial)


def test_an_aim_to_improve_is_not_a_finding() -> None:
    survey = _entry(
        "Pharmacists' confidence in dosing and knowledge of interactions did not differ significantly between the "
        "two hospitals. Our findings suggest that safe prescribing can be supported by reminders, while "
        "pharmacists' confidence and knowledge may be harder to improve.")
    assert _flags("The reminders improved pharmacists' knowledge of interactions and their confidence in dosing.",
                  survey) == [("direction", "improved")]


def test_a_subgroup_sentence_outweighs_the_whole_cohort() -> None:
    cohort = _entry(
        "We studied 400 patients with lung cancer (LC). "
        "Across the cohort, high marker expression was associated with longer overall survival (OS, p = 0.01). "
        "In contrast, in small cell lung cancer (SCLC) patients, high marker expression was associated with "
        "shorter OS (p = 0.02).")
    flags = _flags("High marker expression was associated with longer overall survival in small cell lung cancer.",
                   cohort)
    assert ("direction", "longer") in flags
    assert _flags("In small cell lung cancer, high marker expression was associated with shorter overall survival.",
                  cohort) == []


def test_triple_negative_is_no_direction() -> None:
    tumours = _entry("Among adults attending the clinic, 30 (38%) had triple negative disease. "
                     "Tumour size decreased after chemotherapy.")
    assert _flags("Tumour size decreased after chemotherapy in triple negative disease.", tumours) == []


def test_people_in_the_claim_animals_in_the_study() -> None:
    rats = _entry("Female Wistar rats were fed a high-fat diet for eight weeks. The extract lowered serum "
                  "cholesterol in the treated rats.", mesh="Animals; Female; Rats; Rats, Wistar; Cholesterol")
    assert ("population", "women") in _flags("The extract lowered serum cholesterol in women.", rats)
    assert [k for k, _ in _flags("The extract lowered serum cholesterol in female rats.", rats)
            if k == "population"] == []
    people = _entry("Women with hypercholesterolaemia took the extract; it lowered serum cholesterol.",
                    mesh="Humans; Female; Cholesterol")
    assert [k for k, _ in _flags("The extract lowered serum cholesterol in women.", people) if k == "population"] == []


def test_with_where_the_abstract_says_without() -> None:
    guideline = _entry("For adults without renal impairment, a five-day course of the antibiotic is preferred. "
                       "Adults with or without diabetes may receive either regimen.")
    flags = _flags("For adults with renal impairment, a five-day course of the antibiotic is preferred.", guideline)
    assert ("population", "with renal impairment") in flags
    assert [k for k, _ in _flags("For adults without renal impairment, a five-day course is preferred.", guideline)
            if k == "population"] == []
    assert [k for k, _ in _flags("Adults with diabetes may receive either regimen.", guideline)
            if k == "population"] == []


def test_all_where_the_abstract_says_the_majority() -> None:
    biopsy = _entry("Inflammatory signalling in chronic gastritis caused by Helicobacter is poorly understood. "
                    "We stained 60 biopsies of chronic gastritis caused by Helicobacter from three hospitals (HP-CG). "
                    "Staining was graded by two pathologists. "
                    "These findings show that the inflammatory pathway is switched on in the majority of HP-CG, "
                    "and the stain could guide therapy.")
    claim = "The inflammatory pathway is switched on in all biopsies of chronic gastritis caused by Helicobacter."
    assert _flags(claim, biopsy) == [("overreach", "all")]


def test_superior_to_names_a_comparator() -> None:
    scale = _entry("The tablet version of the memory test was comparable, and in some ways superior, to the paper "
                   "version in 70 older adults.")
    claim = "The tablet memory test was comparable, and in some ways superior, to the Mini-Mental State Examination."
    assert ("comparator", "Mini-Mental State Examination") in _flags(claim, scale)
    assert [k for k, _ in _flags("The tablet memory test was superior to the paper version.", scale)
            if k == "comparator"] == []


def test_a_comparator_whose_first_word_the_abstract_never_uses() -> None:
    mice = _entry("Mice bearing colon tumours were divided into vehicle-treated control groups and groups treated "
                  "with the extract. The extract reduced tumour volume.", mesh="Animals; Mice")
    claim = "Compared with cisplatin-treated mice, mice given the extract had smaller tumour volume."
    assert ("comparator", "cisplatin-treated mice") in _flags(claim, mice)
