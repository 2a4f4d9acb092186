"""The round-eleven reviewer's probes: shapes the new readings must not misread (made-up sentences, each with the
reading that must hold and, where the rule should still fire, its counterpart)."""

from __future__ import annotations

from pathlib import Path

from evidence.check.armfigures import find_arm_flip
from evidence.check.countedgroups import counted_contrast
from evidence.check.flags import FlagFinder
from evidence.check.majority import _quantified
from evidence.check.overreach import _STRONG_RE
from evidence.check.quantities import find_quantities
from evidence.check.source import SourceText, read_source
from evidence.model import Entry
from evidence.store.library import Library


def _source(abstract: str) -> SourceText:
    return read_source(_entry(abstract))


def _entry(abstract: str) -> Entry:
    return Entry("k", "article", {"title": "A study", "abstract": abstract, "year": "2020", "author": "Roe, A"})


def _flags(claim: str, abstract: str) -> list[tuple[str, str | None]]:
    return [(f.kind, f.term) for f in FlagFinder().flags(claim, _entry(abstract))]


def test_the_same_count_of_two_groups_answers_either() -> None:
    source = _source("We enrolled 40 children and 40 adults from 20 households.")
    assert counted_contrast("The study enrolled 40 adults.", source) is None
    assert counted_contrast("The study enrolled 40 women.", source) is None  # another group: not this check's
    assert counted_contrast("The study enrolled 40 adolescents.", _source("We enrolled 40 adults.")) is not None


def test_a_shared_rate_does_not_tie_a_sentence_to_the_claim() -> None:
    source = _source("Response rate was 60% in the sotalol arm and 40% in the placebo arm. Grade 3 toxicity was more "
                     "frequent in the placebo arm.")
    ranked = [i for _, i in source.rank(source.claim_words("toxicity rate higher placebo sotalol"))]
    assert find_arm_flip("The grade 3 toxicity rate was higher in the placebo arm than in the sotalol arm.", source,
                         ranked) is None
    assert find_arm_flip("Response was more frequent in the placebo arm than in the sotalol arm.", source,
                         ranked) is not None


def test_the_nearest_statistic_names_a_figure() -> None:
    abstract = "We studied 80 patients with a mean symptom duration of 12 months. Median follow-up was 24 months."
    assert _flags("Patients, with a mean age of 50 years, were followed for a median of 24 months.", abstract) == [
        ("missing-specific", "50 years")]  # the 24 months is the median, as the claim says
    assert ("duration", "12 months") in _flags("Patients were followed for a median of 12 months.", abstract)


def test_a_count_with_its_share_in_brackets_is_not_an_elided_period() -> None:
    assert [(q.value, q.unit) for q in find_quantities("40 responded within 2 weeks and 15 (12%) within 4 weeks")][
        2:4] == [(15.0, ""), (12.0, "%")]


def test_at_most_and_the_most_are_no_majority() -> None:
    assert _quantified("At most three owners consulted a vet") == []
    assert _quantified("the most owners") == []


def test_proved_before_an_adverb_still_claims_proof() -> None:
    assert _STRONG_RE.search("The trial proved unequivocally that the drug cures relapse")
    assert not _STRONG_RE.search("Fever proved unreliable")


def test_a_stated_past_result_is_firm_enough_for_a_general_claim() -> None:
    abstract = ("In 300 adults, daily walking lowered systolic blood pressure by 5 mmHg over 12 weeks compared with "
                "controls. Walking may therefore be useful.")
    assert _flags("Daily walking lowers systolic blood pressure.", abstract) == []


def test_a_thousands_space_is_not_two_numbers_in_a_list() -> None:
    assert [q.value for q in find_quantities("sample sizes of 120 450 and 300")] == [120.0, 450.0, 300.0]
    assert [q.value for q in find_quantities("By week 12 100 patients had responded")][:2] == [12.0, 100.0]
    assert [q.value for q in find_quantities("a cohort of 12 500 women")] == [12500.0]


def test_a_standard_deviation_is_not_the_mean() -> None:
    # refs.bib's berman2000 (the project's own library): "mean 25-item Hamilton Depression Rating Scale scores
    # decreased by 14 +/- SD 10 points vs. 0 +/- 12 points" (the second reviewer's probe: "14 points" was said not
    # to be the mean, "10 points" was)
    berman = Library.load(Path(__file__).parents[2] / "refs.bib").get("berman2000")
    assert berman is not None

    def flags(claim: str) -> list[tuple[str, str | None]]:
        return [(f.kind, f.term) for f in FlagFinder().flags(claim, berman)]

    assert flags("The mean Hamilton score fell by 14 points after ketamine (Berman et al., 2000).") == []
    assert ("number", "12 points") in flags("The mean Hamilton score fell by 12 points after ketamine "
                                            "(Berman et al., 2000).")


def test_a_spread_between_a_figure_and_its_unit() -> None:
    assert [(q.value, q.unit) for q in find_quantities("a mean of 3.0 (SD 1.2) years")][0] == (26280.0, "h")
    assert [(q.value, q.unit) for q in find_quantities("median 24 (IQR 12-36) months")][0] == (17520.0, "h")
    assert [(q.value, q.unit) for q in find_quantities("12 (25%) patients")] == [(12.0, ""), (25.0, "%")]
    assert _flags("Patients were followed for a mean of 3.0 years.",
                  "Patients were followed for a mean of 3.0 (SD 1.2) years.") == []
