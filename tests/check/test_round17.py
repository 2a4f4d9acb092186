"""Readings that round seventeen found missing on sets 57-58 read as development sets; each kept only when it caught
wrong claims or mended the general cause of a false alarm without raising a flag on any faithful development claim
(real abstracts from tests/fixtures/claims/mechanisms.xml; each test has a counterpart so that it can fail)."""

from __future__ import annotations

from evidence.check.comparators import comparator_phrases
from evidence.check.cues import cues
from evidence.check.designflags import _WISHED_RE
from evidence.check.flags import FlagFinder
from tests.fixtures.claims.claimset import by_pmid, flags_of


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


def test_survived_longer_meets_survival_time_was_shorter() -> None:
    # 10188906: "the median survival time of the patients with positive VEGF expression was significantly shorter
    # than those with negative VEGF expression (P = 0.048)."
    claim = ("Ikeda and colleagues (1999) reported that pancreatic cancer patients whose tumours expressed VEGF "
             "{} than those whose tumours did not.")
    assert flags_of(claim.format("had shorter survival"), "10188906") == []
    assert flags_of(claim.format("survived longer"), "10188906") == [("direction", "longer")]
    assert comparator_phrases(claim.format("survived longer")) == []  # the rest of the claim's own group
    assert comparator_phrases("They survived longer than those who received placebo.") == [
        "who received placebo"]  # (made up: a pattern alone)


def test_free_of_serious_toxicity_against_counted_grade_3_or_4() -> None:
    # 10027318: "Toxicity was mild: WHO grade III or IV toxicity was recorded in terms of anaemia in 7 out of 188
    # cycles (3.7%), of neutropenia in 9 out of 188 cycles (4.7%) and of thrombocytopenia in 3 out of 188 cycles"
    claim = "Cascinu et al. (1999) found the intensive weekly regimen for advanced pancreatic cancer {}."
    assert flags_of(claim.format("mildly toxic"), "10027318") == []
    assert flags_of(claim.format("completely free of serious toxicity"), "10027318") == [
        ("overreach", "completely free of serious toxicity")]


def test_every_one_saved_against_counted_failures() -> None:
    # 1006519: "One failure occurred acutely from a technical problem early in the series; one failed at 3 months
    # in a patient with pancreatic cancer and another patient died 2 weeks after operation of a myocardial infarct."
    claim = ("With multiple sequential femoral-tibial grafting, {} of the severely ischaemic limbs was saved in "
             "Edwards et al.'s (1976) series.")
    assert flags_of(claim.format("nearly every one"), "1006519") == []
    assert flags_of(claim.format("every one"), "1006519") == [("overreach", "every one of")]


def test_a_design_named_only_as_work_to_be_done() -> None:
    # 10026444: "most studies have been retrospective. ... Such reevaluation will require randomized controlled
    # trials performed according to a detailed and strict protocol."
    claim = ("The aggressive Japanese approach to pancreatic cancer surgery rests mainly on {}, as Takada (1999) "
             "describes.")
    assert flags_of(claim.format("retrospective studies"), "10026444") == []
    assert flags_of(claim.format("randomised controlled trials"), "10026444") == [("design", "randomised")]


def test_the_review_s_cases() -> None:
    """The read-only review's probes (review17) on the readings above, each mended."""
    parts = ("Edwards et al. (1976) used multiple sequential anastomoses of a single vein graft below the knee in "
             "{} patients, six with gangrenous toes or far advanced ischaemia and {} with severe claudication.")
    assert ("number", "eight") in flags_of(parts.format("eight", "two"), "1006519")  # "another two patients" is
    # another sentence's count: the parts must add up in one sentence
    lacked = ("Pancreatic cancer patients whose tumours lacked VEGF expression survived longer than those whose "
              "tumours expressed it (Ikeda et al., 1999).")
    assert [kind for kind, _ in flags_of(lacked, "10188906")] == []
    safe = "Cascinu et al. (1999) found the intensive weekly regimen {}."
    assert flags_of(safe.format("was not free of severe toxicity"), "10027318") == []
    assert comparator_phrases("They survived longer than those who did not receive chemotherapy.") == [
        "who did not receive chemotherapy"]  # (made up: patterns alone)
    assert comparator_phrases("Survival was longer than in patients whose disease is metastatic.") == [
        "patients whose disease is metastatic"]
    fell = ("Wenger et al. (1999) found that CTGF transcript levels in pancreatic cancer tissues and xenografts fell "
            "as the degree of fibrosis rose.")
    assert check_flag_message(fell, "10023684").startswith(
        "the claim says 'fell as the degree of fibrosis rose', the abstract reports a positive ('good correlation')")
    assert _WISHED_RE.search("Patients who required prolonged bed rest were prospectively studied.") is None
    assert _WISHED_RE.search("Randomized trials are needed.") is not None


def check_flag_message(claim: str, pmid: str) -> str:
    """The message of the claim's one flag."""
    (flag,) = FlagFinder().flags(claim, by_pmid(pmid))
    return flag.message
