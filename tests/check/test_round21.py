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


def test_a_place_word_is_dropped_only_before_the_authors_of_a_work() -> None:
    entry = by_pmid("429192")
    text = "In a prospective study of 21 children, Schmid, Rein and Shmerling (1979) tracked the disease.\n"
    result = check_manuscript(Manuscript.from_text(text), [entry]).results[0]
    assert (result.status, result.citation.authors) == ("unresolved", ("Schmid", "Rein", "Shmerling"))  # a surname


def test_a_non_english_other_abstract_is_never_taken() -> None:
    data = MECHANISMS.read_bytes()
    start = data.index(b"<PubmedArticle>", data.index(b">416873</PMID>") - 400)
    record = data[start:data.index(b"</PubmedArticle>", start) + len(b"</PubmedArticle>")]
    german = record.replace(b'<OtherAbstract Type="PIP" Language="eng">', b'<OtherAbstract Type="PIP" Language="ger">')
    assert german != record
    wrapped = b"<PubmedArticleSet>" + german + b"</PubmedArticleSet>"
    assert [(r.pmid, r.abstract) for r in parse_efetch(wrapped)] == [("416873", "")]


def test_a_denied_change_is_quoted_with_its_denial() -> None:
    entry = by_pmid("416873")
    text = ("Records from one Swedish STD clinic showed a widespread increase in non-gonococcal urethritis "
            "(Wallin, 1978).\n")
    flag = check_manuscript(Manuscript.from_text(text), [entry]).results[0].flags[0]
    assert flag.message.startswith("the claim says 'increase', the abstract reports no difference, in the words "
                                   "'no widespread increase': ")
    assert [(q.value, q.unit) for q in find_quantities("a mean age of 62.3 ± 9.1 years before surgery")][:1] == [
        (62.3, "")]  # an age, whatever follows it


def test_healthy_volunteers_against_a_study_of_patients() -> None:
    # 401099: "Taurine concentration in liver biopsies taken from 20 patients undergoing cholecystectomy or laparotomy
    # for obstructive jaundice correlated with ..."
    claim = ("Taurine levels in liver biopsies from 20 {} correlated with taurine conjugation of bile acids "
             "(Hardison, 1978).")
    assert flags_of(claim.format("healthy volunteers"), "401099") == [("population", "healthy volunteers")]
    assert flags_of(claim.format("patients with obstructive jaundice"), "401099") == []
    # 25609688: blood "from patients before and after SPECT MPI (n=63)"
    claim = ("In {} exposed to low-dose radiation from SPECT imaging, Lee et al. (2015) saw variable DNA damage "
             "responses.")
    assert flags_of(claim.format("healthy volunteers"), "25609688") == [("population", "healthy volunteers")]
    assert flags_of(claim.format("cardiac patients"), "25609688") == []


def test_where_the_people_live_and_what_work_they_do() -> None:
    # 32356919: "... an in-home survey ... on 3,199 community-dwelling adults aged 60 to 99 years"
    claim = "Kotwal and colleagues (2020) studied 3,199 {} to see whether cognition improves mortality prediction."
    assert flags_of(claim.format("nursing home residents"), "32356919") == [("population", "nursing home")]
    assert flags_of(claim.format("community-dwelling older adults"), "32356919") == []
    # 32686118: "a comprehensive survey of board-certified pathologists (n = 9) and pathology trainees (n = 6)"
    claim = "In Levine et al.'s (2020) survey, the synthetic cancer images were judged by nine {}."
    assert flags_of(claim.format("radiologists"), "32686118") == [("population", "radiologists")]
    assert flags_of(claim.format("pathologists"), "32686118") == []
    # 33582902: "This multicenter cross-sectional study enrolled 5521 nurses ..."
    claim = "Wang et al. (2021) reported that 85.5% of the {} they surveyed had symptoms of emotional distress."
    assert flags_of(claim.format("physicians"), "33582902") == [("population", "physicians")]
    assert flags_of(claim.format("nurses"), "33582902") == []
