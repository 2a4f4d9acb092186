"""Readings that round twenty-one found missing on sets 67-70 read as development sets: designs a study cannot be
at once, durations and rates written the 1970s way, a denied hypothesis, a record whose English summary is its
OtherAbstract, and a narrative citation that swallows the word before it. Real abstracts from
tests/fixtures/claims/mechanisms.xml; each test has a counterpart so that it can fail."""

from __future__ import annotations

from pathlib import Path

from evidence.check.checker import check_manuscript
from evidence.check.manuscript import Manuscript
from evidence.check.quantities import find_quantities
from evidence.sources.records import parse_efetch
from tests.fixtures.claims.claimset import by_pmid, flags_of

MECHANISMS = Path(__file__).parents[1] / "fixtures" / "claims" / "mechanisms.xml"


def test_a_parallel_group_study_is_no_crossover() -> None:
    # 412637: "Two antiseptic preparations for hand washing were compared by the glove-juice method in a crossover
    # study on 10 volunteers."
    claim = "In a {} comparison of two hand scrubs in 10 volunteers, Dineen (1978) used the glove-juice method."
    assert flags_of(claim.format("parallel-group"), "412637") == [("design", "parallel-group")]
    assert flags_of(claim.format("crossover"), "412637") == []


def test_a_multicentre_claim_against_a_single_centre_study() -> None:
    # 32597392: "... in an initial cohort at a single European centre"; "Further validation by ongoing multicentre
    # registries remains warranted" is work still to be done, not this study
    claim = "In a {} registry, Kitamura et al. (2020) found that BASILICA was feasible during TAVI."
    assert flags_of(claim.format("multicentre"), "32597392") == [("design", "multicentre")]
    assert flags_of(claim.format("single-centre"), "32597392") == []


def test_analysed_in_retrospect_is_no_prospective_study() -> None:
    # 429192: "The clinical course of 21 children ... was analysed in retrospect."
    claim = "In a {} study of 21 children with cow's milk protein intolerance, Rein and Shmerling (1979) tracked it."
    assert flags_of(claim.format("prospective"), "429192") == [("design", "prospective")]
    assert flags_of(claim.format("retrospective"), "429192") == []


def test_a_word_before_three_names_is_dropped_when_the_rest_names_the_work() -> None:
    # "at the Zurich Children's Hospital, Rein and Shmerling (1979)": no author Hospital
    entry = by_pmid("429192")
    text = ("In a prospective follow-up of 21 children treated at the Zurich Children's Hospital, Rein and "
            "Shmerling (1979) tracked the disease.\n")
    result = check_manuscript(Manuscript.from_text(text), [entry]).results[0]
    assert (result.status, result.citation.authors, result.citation.text) == (
        "resolved", ("Rein", "Shmerling"), "Rein and Shmerling (1979)")
    assert [(f.kind, f.term) for f in result.flags] == [("design", "prospective")]
    other = check_manuscript(Manuscript.from_text(text.replace("Rein and", "Rein, Kahn and")), [entry]).results[0]
    assert other.status == "unresolved"  # the rest names no work of the library either


def test_durations_written_with_an_apostrophe_or_a_spread() -> None:
    # 31617889: "After 6 months' recovery, the superior sulcus deformity improved in all patients."
    claim = "Zhao et al. (2020) report that the deformity had improved in all patients after {} of recovery."
    assert flags_of(claim.format("six months"), "31617889") == []
    assert flags_of(claim.format("two years"), "31617889") == [("duration", "two years")]
    # 32597392: "21 degenerated bioprosthetic leaflets (90%, 9.2±2.6 years after implantation)"
    claim = "Most leaflets treated by Kitamura and colleagues (2020) had been implanted about {} years earlier."
    assert flags_of(claim.format("nine"), "32597392") == []
    assert [(q.value, q.unit) for q in find_quantities("aged 25 ± 4.5 years")] == [(25.0, "age"), (4.5, "age")]


def test_a_rate_with_its_cases_named() -> None:
    # 407309: "Ten cases occurred in a circumscribed area and resulted in an annual attack rate of 20 cases per
    # 100,000 population."
    claim = "Jacobson et al. (1977) found ten cases in a small area, an annual attack rate of {} per 100,000."
    assert ("number", "20 per 100,000") not in flags_of(claim.format("20"), "407309")
    assert [f for f in flags_of(claim.format("40"), "407309") if f[0] in ("number", "missing-specific")] == [
        ("number", "40 per 100,000")]


def test_a_hypothesis_the_abstract_does_not_support() -> None:
    # 413430: "The analysis of pterins does not support the hypothesis that diphenylhydantoin increases the breakdown
    # of folates to pterins."
    flags = flags_of("Diphenylhydantoin sped up the breakdown of folates to pterins in the volunteer studied by "
                     "Krumdieck et al. (1978).", "413430")
    assert [kind for kind, _ in flags] == ["direction"]
    assert flags_of("Krumdieck et al. (1978) found no sign that diphenylhydantoin sped up the breakdown of folates "
                    "to pterins.", "413430") == []


def test_an_english_other_abstract_stands_in_for_a_missing_abstract() -> None:
    # 416873 (a PIP record): no Abstract, its English summary in <OtherAbstract Type="PIP" Language="eng">
    record = next(r for r in parse_efetch(MECHANISMS.read_bytes()) if r.pmid == "416873")
    assert record.abstract.startswith("Overall in Sweden, variable trends are noted in the number of cases")
    claim = ("Records from one Swedish STD clinic showed a widespread increase in non-gonococcal urethritis, in line "
             "with reports from England (Wallin, 1978).")
    assert flags_of(claim, "416873") == [("direction", "increase")]
    assert flags_of(claim.replace("showed a widespread increase", "showed no widespread increase").replace(
        "in line with", "unlike"), "416873") == []
