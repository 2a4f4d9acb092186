"""Readings that round seventeen found missing on sets 57-58 read as development sets; each kept only when it caught
wrong claims or mended the general cause of a false alarm without raising a flag on any faithful development claim
(real abstracts from tests/fixtures/claims/mechanisms.xml; each test has a counterpart so that it can fail)."""

from __future__ import annotations

from evidence.check.comparators import comparator_phrases
from evidence.check.cues import cues
from tests.fixtures.claims.claimset import flags_of


def test_a_share_before_the_compared_arm_is_an_amount() -> None:
    # 10201454: "... only 25% (two of eight) had relief" with the CT-guided block.
    claim = ("In a randomized comparison in chronic pancreatitis, Gress et al. (1999) found that EUS-guided celiac "
             "plexus block relieved pain in half of patients, against a quarter with {} block.")
    assert comparator_phrases(claim.format("CT-guided")) == ["CT-guided block"]
    assert flags_of(claim.format("CT-guided"), "10201454") == []
    assert ("comparator", "MRI-guided block") in flags_of(claim.format("MRI-guided"), "10201454")


def test_a_compared_phrase_ends_at_its_verb() -> None:
    # 10023684: "fibroblasts are the predominant site of CTGF transcription, whereas the tumor cells appear to
    # contribute to a lesser extent."
    claim = ("According to Wenger and colleagues (1999), fibroblasts rather than {} themselves are the main source "
             "of CTGF in pancreatic cancer tissue.")
    assert comparator_phrases(claim.format("the tumour cells")) == ["tumour cells themselves"]
    assert flags_of(claim.format("the tumour cells"), "10023684") == []
    assert flags_of(claim.format("the stellate cells"), "10023684") == [
        ("comparator", "stellate cells themselves")]


def test_a_number_that_names_a_grade_counts_nothing() -> None:
    # 10097743: "The frequencies of severe side effect(s) (grades 3 and 4) were within three to eight percent".
    claim = ("Low-dose continuous 5-FU with cisplatin produced an overall response rate of about 58% in Hirata "
             "et al.'s (1999) pilot study, with grade 3-4 side effects in only {} of cases.")
    assert flags_of(claim.format("3-8%"), "10097743") == []
    assert [kind for kind, _ in flags_of(claim.format("13-18%"), "10097743")] == ["number"]


def test_a_total_its_spelled_parts_add_up_to() -> None:
    # 1006519: "... has been used in six patients with gangrenous toes or far advanced ischemia and in one patient
    # with severe claudication."
    claim = ("Edwards et al. (1976) used multiple sequential anastomoses of a single vein graft below the knee in "
             "{} patients, six with gangrenous toes or far advanced ischaemia and one with severe claudication.")
    assert flags_of(claim.format("seven"), "1006519") == []
    assert ("number", "nine") in flags_of(claim.format("nine"), "1006519")


def test_an_aim_that_opens_a_sentence_is_no_finding() -> None:
    # 1006519: "To increase graft flow and to decrease resistance in femoral-poplitical-tibial grafts ..., we have
    # employed multiple sequential anastomoses"; the finding: "a significant increase in flow through the graft
    # with each additional anastomosis".
    assert [c.word for c in cues("To increase graft flow and to decrease resistance, we joined the grafts.")] == []
    assert [c.word for c in cues("To date, flow increased.")] == ["increased"]  # (made up: a pattern alone)
    claim = ("Intraoperative measurements by Edwards et al. (1976) showed graft flow {} with each additional "
             "anastomosis.")
    assert flags_of(claim.format("rising"), "1006519") == []
    assert flags_of(claim.format("falling"), "1006519") == [("direction", "falling")]


def test_a_good_correlation_goes_one_way() -> None:
    # 10023684: "CTGF transcript levels in pancreatic cancer tissues and nude mouse xenograft tumors showed a good
    # correlation to the degree of fibrosis."
    claim = ("Wenger et al. (1999) found that CTGF transcript levels in pancreatic cancer tissues and xenografts "
             "{} as the degree of fibrosis rose.")
    assert flags_of(claim.format("rose"), "10023684") == []
    assert flags_of(claim.format("fell"), "10023684") == [("direction", "fell as the degree of fibrosis rose")]


def test_a_swapped_stage_between_the_same_words() -> None:
    # 10210540: "Twenty-five patients with locally advanced pancreatic cancer have been entered at the phase II
    # dose level of paclitaxel 50 mg/m2/wk with concurrent RT (total dose, 50 Gy)."
    claim = ("Safran and colleagues (1999) gave weekly paclitaxel at 50 mg/m2 with 50 Gy radiation to 25 patients "
             "with {} pancreatic cancer.")
    assert flags_of(claim.format("locally advanced"), "10210540") == []
    assert flags_of(claim.format("metastatic"), "10210540") == [("population", "metastatic")]


def test_a_trials_cohort_is_a_group_not_a_design() -> None:
    # 10210540: "Of the first 18 assessable patients with pancreatic cancer treated on the phase II study, six
    # obtained a partial response, for a preliminary response rate of 33%."
    claim = ("In the phase II {} of Safran et al. (1999), six of the first 18 assessable patients had a partial "
             "response to weekly paclitaxel with radiation, a preliminary response rate of 33%.")
    assert flags_of(claim.format("pancreatic cohort"), "10210540") == []
    assert flags_of(claim.format("cohort study"), "10210540") == [("missing-specific", "cohort")]
