"""An attribute or a comparison turned round on the same thing, and a correlation said in two comparatives
(real abstracts from tests/fixtures/claims/mechanisms.xml)."""

from __future__ import annotations

from evidence.check.antonyms import _ADVANCED_RE, _EARLY_RE, find_attribute_swap, find_comparison_swap
from evidence.check.source import read_source
from tests.fixtures.claims.claimset import by_pmid, flags_of


def test_the_other_end_of_the_age_scale_for_the_same_people_is_a_population_flag() -> None:
    # 11898083: "In 4 older patients the marking was complicated by poor cooperability."
    claim = "Marking was harder in four younger patients who found it difficult to cooperate (Poretti et al., 2002)."
    swap = find_attribute_swap(claim, read_source(by_pmid("11898083")), [])
    assert swap is not None
    assert (swap.said, swap.theirs, swap.scale) == ("younger patients", "older patients", "age")
    assert flags_of(claim, "11898083") == [("population", "younger patients")]
    assert flags_of("Marking was harder in four older patients who found it difficult to cooperate "
                    "(Poretti et al., 2002).", "11898083") == []


def test_the_other_end_of_a_size_scale_for_the_same_thing_is_a_direction_flag() -> None:
    # 24352861: "Multivariate analysis showed that the use of a larger biopsy needle was a significant risk factor"
    claim = ("On multivariate analysis, thinner biopsy needles carried a higher risk of systemic air embolism "
             "(Ishii and colleagues, 2014).")
    assert flags_of(claim, "24352861") == [("direction", "thinner biopsy needles")]
    assert flags_of("On multivariate analysis, larger biopsy needles carried a higher risk of systemic air embolism "
                    "(Ishii and colleagues, 2014).", "24352861") == []


def test_a_swap_needs_the_same_thing_described() -> None:
    source = read_source(by_pmid("24352861"))
    # "lower lobe" is in the abstract; "higher risk" describes the general word "risk", which says nothing of what
    assert find_attribute_swap("Lesions in the upper lobe were the riskiest (Ishii et al., 2014).", source, []) is None
    swap = find_attribute_swap("Smaller needles carried a higher risk (Ishii et al., 2014).", source, [])
    assert swap is not None
    assert (swap.said, swap.theirs) == ("Smaller needles", "larger biopsy needle")  # the head word decides
    assert find_attribute_swap("Smaller lesions carried a higher risk (Ishii et al., 2014).", source, []) is None
    # both ends named in the claim: no swap
    assert find_attribute_swap("Larger rather than smaller biopsy needles carried the risk (Ishii et al., 2014).",
                               source, []) is None


def test_better_than_the_same_comparator_where_the_abstract_says_worse() -> None:
    # 22462310: "Since this syndrome has a very bad prognosis, even worse than isolated finding of emphysema or
    # fibrosis alone, early recognition and rapid treatment are important."
    claim = ("According to Oliva and colleagues (2011), patients with the combined syndrome fare better than those "
             "with emphysema or fibrosis alone.")
    source = read_source(by_pmid("22462310"))
    swap = find_comparison_swap(claim, source, [5, 4])
    assert swap is not None
    assert (swap.said, swap.theirs, swap.sentence) == (
        "better than those with emphysema or fibrosis alone", "worse than isolated finding of emphysema or fibrosis "
        "alone", 5)
    assert flags_of(claim, "22462310") == [("direction", "better than those with emphysema or fibrosis alone")]
    assert flags_of(claim.replace("better", "worse"), "22462310") == []


def test_a_comparison_whose_sentence_also_has_the_claims_end_is_not_turned_round() -> None:
    # 37822558: "Adolescents scored higher than caregivers in terms of vaccine value ..., but lower in knowledge"
    assert flags_of("Taiwanese adolescents scored lower than their caregivers on knowledge about COVID-19 "
                    "vaccination (Hwang et al., 2023).", "37822558") == []


def test_the_higher_the_more_is_a_positive_correlation() -> None:
    # 21352243: "In Experiment 1, blood alcohol level was negatively correlated with contextual freezing."
    claim = ("The higher the pups' blood alcohol level, the more they froze in the training context, according to "
             "Murawski and Stanton (2011).")
    assert flags_of(claim, "21352243") == [("direction", "The higher the pups' blood alcohol level, the more")]
    assert flags_of(claim.replace("the more they froze", "the less they froze"), "21352243") == []


def test_a_level_said_after_the_thing() -> None:
    # 19262400: "We found significantly low serum hepcidin levels in patients with IBD."
    claim = ("Serum hepcidin was {} in patients with inflammatory bowel disease compared with healthy controls, "
             "Arnold et al. (2009) report.")
    assert flags_of(claim.format("raised"), "19262400") == [("direction", "hepcidin was raised")]
    assert flags_of(claim.format("low"), "19262400") == []


def test_an_early_stage_where_the_abstract_has_only_advanced_disease_is_a_population_flag() -> None:
    # 25867086: "... produced a superb treatment outcome in children and adolescents with stage III to IVB disease."
    claim = ("Guo and colleagues (2016) reported superb results from induction chemotherapy followed by IMRT in "
             "children and adolescents with {} nasopharyngeal carcinoma.")
    assert flags_of(claim.format("early-stage"), "25867086") == [("population", "early-stage")]
    assert flags_of(claim.format("advanced"), "25867086") == []


def test_a_comparison_told_the_other_way_round_is_no_swap() -> None:
    # faithful claims that compare the other side first (the final review's examples)
    assert flags_of("Compared with colorectal cancer patients, controls showed higher expression of MMR genes.",
                    "9592192") == []
    assert flags_of("Healthy controls had higher platelet SNORD55 levels than patients with NSCLC.", "33474827") == []
    assert flags_of("Emphysema-only patients had lower overall mortality than CPFE patients.", "21740677") == []
    assert flags_of("Emphysema alone carries a better prognosis than emphysema combined with fibrosis.",
                    "22462310") == []
    assert flags_of("Patients with isolated emphysema or fibrosis fare better than those with both emphysema and "
                    "fibrosis.", "22462310") == []


def test_stages_read_as_ranges_and_advanced_needs_a_disease() -> None:
    assert [bool(_EARLY_RE.search(t)) for t in ("stage I-II disease", "stage IA to IIB", "stages I and II",
                                                 "stage I to IV", "stage II-III")] == [True, True, True, False, False]
    assert [bool(_ADVANCED_RE.search(t)) for t in ("patients of advanced age", "advanced glycation end products",
                                                    "advanced nasopharyngeal carcinoma", "locally advanced disease",
                                                    "stage IVB")] == [False, False, True, True, True]


def test_the_same_comparison_with_its_sides_the_other_way_round() -> None:
    # 27035974: "In contrast, [(18)F]F-AraG is a better substrate for dGK than for dCK."
    claim = "The other candidate, [18F]F-AraG, is a better substrate for {} than for {}, Kim et al. (2016) found."
    # (read since round fourteen by direction's own swapped sides, "substrate" shared by both sides telling neither)
    assert flags_of(claim.format("dCK", "dGK"), "27035974") == [("direction", "better")]
    assert flags_of(claim.format("dGK", "dCK"), "27035974") == []


def test_older_where_the_abstract_compares_the_same_groups_the_other_way() -> None:
    # 20936629: "Patients with CTD and CPFE were significantly younger than an historical control group of patients
    # with idiopathic CPFE and more frequently were female."
    claim = ("Compared with a historical group with idiopathic CPFE, patients whose CPFE came with a connective tissue "
             "disease were significantly {} and more often female (Cottin et al., 2011).")
    assert flags_of(claim.format("older"), "20936629") == [("direction", "were significantly older")]
    assert flags_of(claim.format("younger"), "20936629") == []


def test_an_excess_where_the_abstract_reports_a_deficit_of_the_same_thing() -> None:
    # 8903439: "... found an excess risk of brain tumors and a deficit of female breast cancers."
    claim = ("The original 1978 Washington County study had found excess brain tumours and {} of female breast "
             "cancers after radium irradiation for enlarged adenoids (Yeh and colleagues, 1996).")
    assert flags_of(claim.format("an excess"), "8903439") == [("direction", "excess of female breast cancers")]
    assert flags_of(claim.format("a deficit"), "8903439") == []


def test_early_or_metastatic_where_the_abstract_says_otherwise() -> None:
    # 19419937: "The study included a group of 80 patients with advanced gastric carcinomas."
    assert flags_of("Czyzewska et al. (2009) assessed Fhit protein expression in 80 patients with early gastric "
                    "carcinoma.", "19419937") == [("population", "early")]
    assert flags_of("Czyzewska et al. (2009) assessed Fhit protein expression in 80 patients with advanced gastric "
                    "carcinoma.", "19419937") == []
