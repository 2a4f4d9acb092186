"""Readings that held-out sets 42-45 showed missing once read as development sets, each kept only when it caught
wrong claims of several writers' sets and raised no new flag on the development claims' faithful ones (real
abstracts from tests/fixtures/claims/mechanisms.xml; each test has a faithful counterpart so that it can fail)."""

from __future__ import annotations

from tests.fixtures.claims.claimset import flags_of


def test_shown_where_the_abstract_concludes_with_care_is_overreach() -> None:
    # 21900593: "Moreover, these results suggest that ERBB2 inhibitors, in combination with cetuximab, represent a
    # rational therapeutic strategy that should be assessed in patients with cetuximab-resistant cancers."
    claim = ("Yonesaka and colleagues' (2011) work {} adding an ERBB2 inhibitor to cetuximab overcomes resistance in "
             "patients with cetuximab-resistant colorectal cancer.")
    assert flags_of(claim.format("suggests that"), "21900593") == []
    assert flags_of(claim.format("showed that"), "21900593") == [("overreach", "showed that")]
    # 26846451: "... this suggests that Bacillus spp. EVs might have an important role in the maintenance of
    # pregnancy."
    claim = ("Bacillus vesicles, which dominated pregnant women's urine, {} essential for maintaining pregnancy "
             "(Yoo et al., 2016).")
    assert flags_of(claim.format("may be"), "26846451") == []
    assert flags_of(claim.format("were shown to be"), "26846451") == [("overreach", "shown to be")]


def test_a_question_the_study_set_out_to_answer_is_no_caution() -> None:
    # 24146019: "The experiments reported herein determined whether the ethanolic neem leaf fraction ... inhibits
    # ...": a study's aim ("whether") is not a conclusion said with care; its results are stated firmly.
    claim = ("Arumugam et al. (2014) showed that an ethanolic fraction of neem leaf inhibited carcinogen-induced "
             "mammary tumour progression in female Sprague-Dawley rats.")
    assert ("overreach", "showed that") not in flags_of(claim, "24146019")


def test_deaths_where_the_abstract_counts_none() -> None:
    # 10051781: the programme raised mammography completion; the abstract never speaks of deaths or survival.
    claim = "Taylor et al.'s (1999) clinic programme {} among inner-city women."
    assert ("overreach", "deaths") not in flags_of(claim.format("raised mammography completion"), "10051781")
    assert ("overreach", "deaths") in flags_of(claim.format("cut breast cancer deaths"), "10051781")
    # 8020275: a diagnostic protocol for fever in ventilated patients; mortality is not among its outcomes.
    claim = ("Meduri et al. (1994) found that their simplified diagnostic protocol {} among ventilated patients "
             "with fever.")
    assert flags_of(claim.format("cut mortality"), "8020275") == [("overreach", "mortality")]
