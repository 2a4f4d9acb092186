"""One slot of a paraphrase swapped for another member of its class (real abstracts from
tests/fixtures/claims/mechanisms.xml)."""

from __future__ import annotations

from evidence.check.swaps import _members
from tests.fixtures.claims.claimset import flags_of


def _read(text: str, side: str) -> set[tuple[str, str, str]]:
    return {(m.name, m.member, m.kind) for m in _members(text, side)}


def test_class_members_a_span_names() -> None:
    assert _read("in Tunisia", "claim") == {("nationality", "Tunisian", "population")}
    assert _read("moderate/severe", "source") == {("severity", "1", "population"), ("severity", "2", "population")}
    assert _read("a negative correlation", "claim") == {("sign", "1", "direction")}
    assert _read("ER-negative tumours", "claim") == {("status", "1", "population")}
    assert _read("not lower", "claim") == set()  # a denied member is no member
    assert _read("was not severe", "claim") == set()
    assert _read("a non-malignant process", "claim") == set()
    assert _read("people from the Middle East and South Africa", "claim") == {
        ("nationality", "Middle Eastern", "population"), ("nationality", "South African", "population")}  # no region
    assert _read("a positive association", "claim") == {("sign", "0", "direction")}  # read in its context
    assert _read("younger people", "claim") == {("scale:age", "0", "population")}  # an end, not an age group


def test_a_nation_said_of_another_finding_elsewhere() -> None:
    # 8061578: "Oral carcinoma in childhood had a high relative frequency in Bangladesh." and, of skin
    # carcinoma, "... an exceptionally high frequency in Tunisia": the word is in the abstract, not in this slot
    wrong = "Oral carcinoma in childhood had a high relative frequency in Tunisia (Stiller, 1994)."
    assert flags_of(wrong, "8061578") == [("population", "Tunisia")]
    assert flags_of(wrong.replace("Tunisia", "Bangladesh"), "8061578") == []


def test_an_age_where_the_sentence_has_another_and_the_claims_own_age_elsewhere() -> None:
    # 2829148: "... an important health problem in adults in areas where the infection rate of EBV in childhood
    # is high": "childhood" is matched by the claim's own "in childhood", so it does not excuse "children"
    wrong = ("In southern China, nasopharyngeal carcinoma is an important health problem in children, in areas where "
             "EBV infection in childhood is common (Englund, 1988).")
    assert flags_of(wrong, "2829148") == [("population", "children")]
    assert flags_of(wrong.replace("in children", "in adults"), "2829148") == []


def test_qualifiers_of_a_disease_and_a_place() -> None:
    # 27153463: "Moderately or poorly differentiated squamous cell carcinomas (SCCs) (n = 26) ..."
    wrong = ("Well-differentiated squamous cell carcinomas mostly showed only weak or negative factor XIIIa staining "
             "(Clark et al., 2016).")
    assert flags_of(wrong, "27153463") == [("population", "Well")]
    assert flags_of(wrong.replace("Well-differentiated", "Poorly differentiated"), "27153463") == []
    # 3679426: "(i) residents of Lin-xian county in northern China, who have a striking excess of cancer of the
    # oesophagus"
    wrong = ("Preston-Martin's (1987) review discusses residents of Lin-xian county in southern China, who have a "
             "striking excess of oesophageal cancer.")
    assert flags_of(wrong, "3679426") == [("population", "southern")]
    assert flags_of(wrong.replace("southern", "northern"), "3679426") == []
    # 12517535: "... a disproporionate number of cases occur in late childhood."
    wrong = ("In some populations a disproportionate share of nasopharyngeal carcinoma cases occurs in early "
             "childhood (Ayan et al., 2003).")
    assert ("population", "early") in flags_of(wrong, "12517535")
    assert flags_of(wrong.replace("early", "late"), "12517535") == []


def test_synonyms_of_one_member_are_no_swap() -> None:
    # 20727127: "... slow-cooked soup ... associated with decreased risk": "reduced" is the same end
    assert flags_of("In the Guangdong study by Jia et al. (2010), eating more fresh fruit went with a lower risk of "
                    "nasopharyngeal carcinoma in a dose-dependent way, and frequent herbal slow-cooked soup was linked "
                    "to a reduced risk (OR 0.58).", "20727127") == []


def test_a_place_in_order_and_a_state_of_function() -> None:
    # 2309815: two sentences hold the claim's words alike: "A mean apparent oral elimination clearance of 21.8
    # ml/min/kg ..." and "... eight women with pregnancy-induced hypertension in the third trimester of pregnancy."
    wrong = ("In eight women with pregnancy-induced hypertension in the second trimester, labetalol's mean apparent "
             "oral clearance was 21.8 ml/min/kg (Rogers et al., 1990).")
    assert flags_of(wrong, "2309815") == [("population", "second trimester")]  # (since round thirty the period in
    # order asks, naming the whole period, and the slot swap gives way to it: test_round30)
    assert flags_of(wrong.replace("second", "third"), "2309815") == []
    # 2328562: "... does not abruptly alter the disposition of low-dose methotrexate in patients with rheumatoid
    # arthritis who have normal renal function."
    wrong = ("Concomitant naproxen did not abruptly alter the disposition of low-dose methotrexate in rheumatoid "
             "arthritis patients with impaired renal function (Stewart et al., 1990).")
    assert flags_of(wrong, "2328562") == [("population", "impaired")]
    assert flags_of(wrong.replace("impaired", "normal"), "2328562") == []


def test_a_share_is_no_place_in_order() -> None:
    assert _read("at least a third of patients", "claim") == set()
    assert _read("one fourth of the cells", "source") == set()
    assert _read("in the third trimester", "claim") == {("order", "2", "population")}


def test_a_word_of_change_turned_round_in_its_slot() -> None:
    # 6400599: "... these factors are more likely to contribute indirectly to such symptoms, and their influence
    # declines as recovery progresses."
    wrong = ("Organic factors contribute to post-traumatic symptoms mostly indirectly, and their influence grows as "
             "recovery progresses (Long and Webb, 1983).")
    assert flags_of(wrong, "6400599") == [("direction", "grows")]
    assert flags_of(wrong.replace("grows", "declines"), "6400599") == []
    assert _read("their influence grows", "claim") == {("change", "up", "direction")}


def test_review_8b_catches_and_false_alarms() -> None:
    # 8061578: "Liver carcinoma was commonest in parts of East Asia, Oceania and Africa": a compass word in a place
    # name counts as a region unless the place is a nation ("South Africa") or the Middle East
    assert flags_of("Liver carcinoma was most common in parts of West Asia, Oceania, and Africa.", "8061578") == [
        ("population", "West")]
    # 20936629: "Moderately impaired pulmonary function test results ...": "moderately" is a severity and a grade
    assert flags_of("Mildly impaired pulmonary function test results and markedly reduced carbon monoxide transfer "
                    "capacity were observed.", "20936629") == [("population", "Mildly")]
    # 27537611: "Compared with being a first-born child, ...": "a second-born" is a place in order, not a share
    assert flags_of("Compared with being a second-born child, the risk of NPC associated with a birth order of four "
                    "was 0.74.", "27537611") == [("comparator", "second")]
    # 19251407: "... deterioration during the course of IPF became mild when emphysema coexisted": "not as severe"
    assert flags_of("Ventilatory and gas-exchange deterioration over the course of IPF was not as severe when "
                    "emphysema coexisted.", "19251407") == []
    # 20817457: "... under different conditions of fixation, and without fixation." and "following fixation in
    # acetone/methanol": the abstract has the claim's "after fixation" too
    assert flags_of("Dysferlin antibodies were tested on muscle cryosections after fixation under several "
                    "conditions.", "20817457") == []
