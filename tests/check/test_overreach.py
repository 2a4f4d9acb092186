"""Universal words the abstract itself uses, and hedged ones, are no overreach; spelled counts with 'dozen'
and 'one case in ten' are numbers (real abstracts from tests/fixtures/claims/mechanisms.xml)."""

from __future__ import annotations

from evidence.check.overreach import _CAUTIOUS_RE
from evidence.check.quantities import find_quantities
from tests.fixtures.claims.claimset import flags_of


def test_every_where_the_abstract_says_all_of_the_same_thing() -> None:
    # 3940655: "Consumption of Cantonese-style salted fish during all time periods was significantly associated
    # with nasopharyngeal carcinoma; the association was especially strong during childhood."
    assert flags_of("Eating Cantonese-style salted fish was tied to nasopharyngeal carcinoma at every period of life "
                    "studied, most strongly in childhood (Yu and colleagues, 1986).", "3940655") == []


def test_most_where_the_abstract_says_the_most_common_cause() -> None:
    # 2829148: "EBV is the most common cause of infectious mononucleosis, but ... other agents are the cause in
    # about 10% of cases."
    claim = ("Epstein-Barr virus causes most infectious mononucleosis, but about one case in {} has another cause, "
             "so diagnosis has to rest on clinical, blood and serological findings (Englund, 1988).")
    assert flags_of(claim.format("ten"), "2829148") == []
    assert flags_of(claim.format("three"), "2829148") == [("number", "one case in three")]


def test_nearly_all_is_not_a_universal() -> None:
    # 11019457: "Around 50% of people, almost all in developing countries, rely on coal and biomass ..."
    claim = ("Of the people who rely on coal and biomass for domestic energy, {} live in developing countries "
             "(Bruce et al., 2000).")
    assert flags_of(claim.format("nearly all"), "11019457") == []
    assert flags_of(claim.format("all"), "11019457") == [("overreach", "all")]


def test_dozens_and_one_case_in_n_are_read() -> None:
    assert [(q.value, q.unit, q.text) for q in find_quantities("interviewed two dozen Chinese patients")] == [
        (24.0, "count", "two dozen")]
    assert [(q.value, q.unit, q.whole) for q in find_quantities("about one case in ten has another cause")] == [
        (1.0, "fraction", 10.0)]
    assert [(q.value, q.text) for q in find_quantities("one patient in 2010")] == [(2010.0, "2010")]
    # 569635: "Twenty-four Chinese NPC patients under 25 years of age at the time of diagnosis were interviewed."
    claim = ("Anderson and colleagues (1978) interviewed {} Chinese patients whose nasopharyngeal carcinoma had "
             "been diagnosed before the age of 25.")
    assert flags_of(claim.format("two dozen"), "569635") == []
    assert flags_of(claim.format("three dozen"), "569635") == [("number", "three dozen")]


def test_invariably_where_the_abstract_speaks_of_a_risk() -> None:
    # 26582223: "Lung mGGOs carry a high risk of malignancy."
    claim = "Wang and colleagues (2015) found that mixed ground-glass nodules are {} malignant."
    assert flags_of(claim.format("invariably"), "26582223") == [("overreach", "invariably")]
    assert flags_of(claim.format("often"), "26582223") == []


def test_established_where_the_abstract_speaks_conditionally() -> None:
    # 27260947: "If Dicer becomes more clinically relevant as a prognostic indicator, further antibody
    # optimization and standardization will be critical."
    assert flags_of("Spoelstra and colleagues (2016) established Dicer as a reliable prognostic marker in breast "
                    "cancer.", "27260947") == [("overreach", "established")]
    assert flags_of("Spoelstra and colleagues (2016) suggest Dicer may become a prognostic marker in breast cancer.",
                    "27260947") == []


def test_most_needs_a_share_of_what_it_speaks_of() -> None:
    # 19262400: "We also measured IL-6 ... in 21 of the 61 patients with IBD ..." is a share of another thing
    claim = ("Arnold and colleagues (2009) measured serum hepcidin in 61 people with inflammatory bowel disease, "
             "most of whom had {}, and compared them with 25 healthy volunteers.")
    assert flags_of(claim.format("ulcerative colitis"), "19262400") == []


def test_young_patients_may_be_children() -> None:
    # 569635: "Twenty-four Chinese NPC patients under 25 years of age at the time of diagnosis were interviewed."
    assert flags_of("Of the foods the young patients had eaten, salted fish was the most common and the only one "
                    "they had been given as babies (Anderson et al., 1978).", "569635") == []


def test_showed_that_it_drives_where_the_abstract_suggests_involvement() -> None:
    # 23770713: "The correlation of Clusterin with tumor size and stage suggests involvement of this molecule in
    # pancreatic neuroendocrine tumor progression."
    claim = "Henderson-Jackson and colleagues (2013) {} the progression of pancreatic neuroendocrine tumours."
    assert flags_of(claim.format("showed that clusterin drives"), "23770713") == [
        ("overreach", "showed that clusterin drives")]
    assert flags_of(claim.format("suggest that clusterin is involved in"), "23770713") == []


def test_a_rule_or_a_certainty_the_abstract_offers_with_care() -> None:
    # 9174293: "Our analysis suggests that if the diagnosis of massive CAAE is suspected, ... consideration should
    # be given to HBO therapy if the CAAE are large enough to be visualized, even if patient transfer ..."
    assert flags_of("Every patient with suspected massive cerebral air embolism must be sent for hyperbaric oxygen, "
                    "whatever the delay (Dexter & Hindman, 1997).", "9174293") == [("overreach", "must")]
    assert flags_of("Dexter and Hindman (1997) suggest that hyperbaric oxygen be considered when the bubbles are "
                    "large enough to see on CT, even if transfer takes several hours.", "9174293") == []
    # 25980002, its last sentence: "Hence immunohistochemistry can be used as an ancillary technique for the
    # diagnosis of Aspergillus species."
    assert flags_of("Challa et al. (2015) conclude that immunohistochemistry can replace fungal culture for "
                    "identifying Aspergillus species.", "25980002") == [("overreach", "can replace")]
    # 25710581: "We concluded that PAX8 may provide help in the differential diagnosis of NETs in certain specific
    # contexts but the antibody used and the clinical information must be considered."
    assert flags_of("PAX8 should be abandoned as a marker for neuroendocrine tumours, Liau et al. (2016) conclude.",
                    "25710581") == [("overreach", "should be abandoned")]
    # 25241607: "Although chemotherapeutic agents per se do not seem to cause HT, longer follow-up is needed ..."
    assert ("overreach", "clearly") in flags_of("According to Caglar et al. (2014), platinum drugs clearly cause "
                                                "autoimmune thyroiditis in children treated for cancer.", "25241607")
    # 24277609: "... could potentially be extended to study the effects of humoral factors on the interaction"
    assert flags_of("Subramanian and colleagues (2013) showed how circulating humoral factors alter insulin's "
                    "binding to its receptor in real time.", "24277609") == [("overreach", "showed how")]


def test_the_abstracts_own_certainty_is_no_overreach() -> None:
    # 29328365 says it itself: "Importantly, our in vivo and in vitro data clearly indicated that GSK3β induced
    # the phosphorylation of 53BP1 at the Ser166 site."
    claim = "In vivo and in vitro, GSK3β clearly induced the phosphorylation of 53BP1 at Ser166 (Xiao et al., 2018)."
    assert "overreach" not in [kind for kind, _ in flags_of(claim, "29328365")]


def test_a_firm_recommendation_is_no_caution() -> None:
    assert _CAUTIOUS_RE.search("More effective treatment strategies are urgently needed.") is None
    assert _CAUTIOUS_RE.search("Differences were considered significant at p < 0.05.") is None
    assert _CAUTIOUS_RE.search("consideration should be given to HBO therapy") is not None


def test_a_rule_the_abstract_never_gives() -> None:
    # 3258862: "Enoxacin is effective in treating complicated urinary tract infections ... and is comparable in
    # effectiveness with co-trimoxazole": no recommendation anywhere in the abstract
    assert flags_of("According to Cox's (1988) trial, enoxacin should now be the first-line treatment for all urinary "
                    "tract infections.", "3258862") == [("overreach", "should now be the first-line")]
    assert flags_of("According to Cox's (1988) trial, enoxacin was effective in complicated urinary tract infections "
                    "and comparable with co-trimoxazole.", "3258862") == []
    # 17705730: "Long-term data will be needed to determine its role in the treatment of morbidly obese adolescents."
    assert flags_of("A 2007 study by Madan et al. shows laparoscopic gastric bypass to be the treatment of choice for "
                    "morbidly obese adolescents.", "17705730") == [("overreach", "the treatment of choice")]
    assert flags_of("Madan et al. (2007) say long-term data are needed to settle the role of laparoscopic gastric "
                    "bypass in morbidly obese adolescents.", "17705730") == []
    # 17674942: "... may benefit from cholecystectomy even in the absence of abnormally low ejection fraction"
    claim = ("Cofer and Dart (2007) conclude that any patient whose biliary-type symptoms are reproduced by a "
             "cholecystokinin injection should have the gallbladder removed, whatever the ejection fraction.")
    assert flags_of(claim, "17674942") == [("overreach", "should have the gallbladder removed")]
    assert flags_of(claim.replace("any patient", "patients").replace(
        "should have the gallbladder removed, whatever the ejection fraction",
        "may benefit from cholecystectomy, even with a normal ejection fraction"), "17674942") == []


def test_a_call_for_more_study_is_care() -> None:
    assert _CAUTIOUS_RE.search("Its use should be investigated in every aspect of data collection") is not None
    assert _CAUTIOUS_RE.search("Future work must focus on improving the sensitivity of the models") is not None
    # 21659884: "Its use should be investigated in every aspect of data collection (triage, treatments) ..."
    assert flags_of("Ingrassia et al.'s (2012) exercise shows that RFID tagging should replace manual records for "
                    "triage and treatment data in disasters.", "21659884") == [("overreach", "should replace")]
    assert flags_of("Ingrassia et al. (2012) call for RFID tagging to be investigated for every aspect of data "
                    "collection in disaster exercises.", "21659884") == []
    # 29551743: "Future work must focus on improving the sensitivity of the presented models ..."
    assert flags_of("Alberdi Aramendi and colleagues' (2018) models are accurate enough to replace clinical assessment "
                    "of functional health in older adults living at home.", "29551743") == [
        ("overreach", "enough to replace")]


def test_certainty_and_doing_away_with_are_strong_words() -> None:
    # 9484754: Banff schemas "provide a reliable means for stratifying patient risk" (nothing certain).
    # 8760529: "The long-term morbidity associated with posttraumatic venous thrombosis is significant."
    assert ("overreach", "with certainty") in flags_of(
        "Banff grading tells a transplant team with certainty which kidney grafts will fail (Gaber et al., 1998).",
        "9484754")
    assert ("overreach", "with certainty") not in flags_of(
        "Banff grading gives a reliable way to stratify the risk that rejection treatment fails (Gaber et al., 1998).",
        "9484754")
    claim = "Even with prophylactic caval filters, the long-term morbidity of post-traumatic venous thrombosis {} " \
            "(Patton et al., 1996)."
    assert flags_of(claim.format("remained significant"), "8760529") == []
    assert flags_of("Prophylactic caval filters did away with the long-term morbidity of post-traumatic venous "
                    "thrombosis (Patton et al., 1996).", "8760529") == [("overreach", "did away with")]


def test_could_not_be_confirmed_statistically_is_not_significant() -> None:
    # 8355224: "the AMXNOR exhibited a slight tendency to increase for each increasing grade of dysplasia but this
    # could not be confirmed statistically."
    claim = "The highest AgNOR count in oral dysplasia {} from one grade to the next (Kahn et al., 1993)."
    assert flags_of(claim.format("rose significantly"), "8355224") == [("overreach", "significantly")]
    assert flags_of(claim.format("tended to rise slightly"), "8355224") == []


def test_settled_where_the_conclusion_hedges() -> None:
    # The hedge is in the abstract's conclusion, not in the sentence nearest the claim's words:
    # 17881138 "We hypothesize that the increases in cutaneous melanoma incidence may be in part related to ...";
    # 10128261 "Preliminary data analysis has revealed that the incentive program may be a significant factor ...";
    # 9380315 "it may be appropriate to administer vasopressors early during resuscitation."
    assert flags_of("Sayre and Dowdy (2008) established that furocoumarins in citrus cause the rise in cutaneous "
                    "melanoma.", "17881138") == [("overreach", "established")]
    assert flags_of("Sayre and Dowdy (2008) propose that furocoumarins in citrus may partly explain the rise in "
                    "cutaneous melanoma.", "17881138") == []
    assert flags_of("Ingram et al. (1993) demonstrated that coupon incentives made women seek prenatal care earlier.",
                    "10128261") == [("overreach", "demonstrated")]
    assert flags_of("Ingram et al. (1993) report preliminary data that coupon incentives may help motivate women to "
                    "seek prenatal care early.", "10128261") == []
    assert flags_of("Giving vasopressors early in resuscitation improves survival in septic shock in pregnancy "
                    "(Mabie et al., 1997).", "9380315") == [("overreach", "improves")]
    assert flags_of("In septic shock in pregnancy, vasopressors may be best given early in resuscitation "
                    "(Mabie et al., 1997).", "9380315") == []


def test_all_where_the_abstract_gives_100_percent() -> None:
    # 3951398: group B "All (100%) achieved complete initial remission"; group A: "six (60%) achieved full
    # remission initially".
    assert flags_of("All children given cyclophosphamide and adriamycin around radiotherapy reached complete "
                    "initial remission (Lobo-Sanahuja et al., 1986).", "3951398") == []
    assert flags_of("All children treated with radiotherapy alone reached full remission (Lobo-Sanahuja et al., "
                    "1986).", "3951398") == [("overreach", "All")]
