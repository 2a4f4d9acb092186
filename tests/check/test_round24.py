"""Readings that round twenty-four found missing or wrong on sets 79-82 read as development sets (and on earlier
sets' blind starts): decimal commas, "one CT report in five", a share in words given for another finding, a count's
people told apart by one qualifier, and compared groups named in other words ("symptom-free smokers", "the Boston
median"). Real abstracts from tests/fixtures/claims/mechanisms.xml; each test has a counterpart so that it can fail,
and the first assertion of each failed before this round."""

from __future__ import annotations

from evidence.check.quantities import find_quantities
from tests.fixtures.claims.claimset import flags_of


def _read(text: str) -> list[tuple[float, str, str]]:
    return [(q.value, q.unit, q.text) for q in find_quantities(text)]


def test_a_decimal_comma_is_a_decimal_point() -> None:
    # 412655: "... a) in normal subjects (99 measurements) a 0,7 msec longer latency after stimulation of the ulnar
    # nerve, ..."; 407862: "... 190 (62,3%) had one single graft, 104 (34.1%) had 2 grafts ..."
    assert _read("a 0,7 msec longer latency") == [(0.7, "", "0,7")]
    assert _read("190 (62,3%) had one single graft") == [(190.0, "", "190"), (62.3, "%", "62,3%")]
    assert _read("2,125 paired observations")[0][0] == 2125.0  # three digits: a thousands separator
    assert _read("in 1,5 or 10 cases")[0][0] == 1.0  # no unit after it: a list, not a decimal
    claim = ("Richter and Thoden (1977) found that in healthy subjects the distal motor latency to the thenar muscles "
             "was about {} ms longer after stimulating the ulnar nerve.")
    assert flags_of(claim.format("0.7"), "412655") == []
    assert flags_of(claim.format("0.9"), "412655") == [("number", "0.9")]


def test_one_thing_in_n_is_a_share() -> None:
    # 36328850: "... with a prevalence of incidental findings of 22.3%, and 22.7%, respectively."
    claim = ("In Evans and colleagues' (2023) retrospective study, roughly one CT report in {} contained an incidental "
             "finding.")
    assert flags_of(claim.format("five"), "36328850") == []
    assert flags_of(claim.format("two"), "36328850") == [("number", "one CT report in two")]
    assert _read("one year in 82 older patients")[0][2] == "one year"  # a time, then a count of people


def test_a_share_in_words_given_for_another_finding_is_flagged() -> None:
    # 420028: "About 50% of the husbands were shown to be alcoholics, ..."; "Twenty per cent of the marriages among
    # the male patients ... had been terminated by death."
    claim = ("In Dahlgren's (1979) follow-up of the husbands of female alcoholics, about one in {} husbands was "
             "himself an alcoholic.")
    assert flags_of(claim.format("five"), "420028") == [("number", "one in five")]
    assert flags_of(claim.format("two"), "420028") == []


def test_a_count_of_people_told_apart_by_one_qualifier() -> None:
    # 420157: "... in a group of 123 poor Peruvian urban children between 2 and 19 years old, ..."
    claim = "Graham et al. (1979) studied the growth of 123 poor {} Peruvian children aged 2 to 19."
    assert flags_of(claim.format("rural"), "420157") == [("population", "123 poor rural Peruvian children")]
    assert flags_of(claim.format("urban"), "420157") == []
    # 428583: "Seven cases of ovarian endometriosis were studied."
    claim = "Tamaya et al.'s (1979) receptor study included seven cases of {} endometriosis."
    assert flags_of(claim.format("peritoneal"), "428583") == [("population", "seven cases of peritoneal endometriosis")]
    assert flags_of(claim.format("ovarian"), "428583") == []
