"""Writes claims.json (set 111, round thirty-one). Hand-written claims; truth sentences copied verbatim from the main
abstracts (Article/Abstract/AbstractText) of pool 14's records (positions 579-593, none skipped). The C() helper and
the field layout are those of set 110's make_claims.py (only its first 30 lines were read)."""
import json
from pathlib import Path

def C(id, key, kind, claim, truth, wrong=None, truth_alt=None, accept=None):
    d = {"id": id, "key": key, "kind": kind, "claim": claim, "truth": truth}
    if truth_alt: d["truth_alt"] = truth_alt
    if wrong: d["wrong"] = wrong
    if accept: d["accept"] = accept
    return d

RA, SV, JA, RI, BU = "rault1977treatment", "svanbom1979bacterial", "jaffiol1978chronologic", "rijksen1977properties", "burch1978inhibition"
KO, LI, DX, VE, KA = "koerner1979carbon", "lithell1978increase", "dix1979influence", "veith1979preoperative", "kaplan1977carcinoma"
HA, NA, AB, AL, RE = "hayward1979late", "nash1977comparative", "abuzeid1978prognostic", "albert1979temporal", "reddy1977early"

# 579 Rault & Scribner 1977
RA_9 = "Home parenteral nutrition was used to treat 9 patients with severe Crohn's enterocolitis."
RA_8 = "The treatment was well tolerated and proved successful in 8 of 9 patients."
RA_3 = "Three patients have been able to discontinue parenteral infusions and currently are in remission."
RA_ALT = "Home parenteral nutrition should be kept in mind as a possible alternative to early surgical intervention in selected cases of severe Crohn's disease."
# 580 Svanbom & Strandell 1979
SV_PRO = "In a prospective study 31 cases of proved and 10 of highly suspected bacterial endocarditis were analysed."
SV_VAL = "Valve incompetence was the usual consequence but stenosis occurred in 3 cases, all fatal."
SV_6W = "In 10 patients, the infection was still active after 6 weeks of therapy."
SV_4W = "Therefore, we now use intermittent injections or infusions for at least 4--6 weeks."
SV_18 = "Of 18 patients with alpha-streptococci or enterococci none died from endocarditis, as against 10 of 23 with other or unknown bacteria."
SV_MORT = "The mortality during the initial hospital stay was 22%, after 1 year 24% and after 5 years 39%."
# 581 Jaffiol et al. 1978
JA_32 = "32 patients with Graves' Disease were investigated before treatment, during ATD therapy and after recovery with a normal T3 suppression test."
JA_PRE = "Before treatment, TRH response was negative with elevated values of plasma TT4, AFT4, TT3 and AFT3."
JA_UNR = "The 3d, 6 - 9 and 12-18 months and after recovery, several patients remained unresponders to TRH despite normal AFT4 and AFT3 in serum."
JA_DIS = "The discrepancy between TRH response and T3 suppression test is pointed out after recovery."
# 582 Rijksen et al. 1977
RI_HUM = "The kinetic, electrophoretic and immunological properties of hexokinase from human erythrocytes have been studied in relation to cell age."
RI_KIN = "No differences in kinetic behaviour between hexokinase partly purified from reticulocytes, 10% youngest cells, normal red cell population or from 10% oldest cells were observed."
RI_STAB = "The stability of the enzyme preparations showed little differences; hexokinase from the 10% youngest cells was the most labile enzyme, followed respectively by the enzyme from reticulocytes, normal red cell population and the 10% oldest cells."
RI_BAND = "The hexokinase activity located in the second band from the anode is shifted to the third with increasing cell age."
RI_MSA = "The molecular specific acitivity of the enzyme from the 10% youngest cells, the normal red cell population and the 10% oldest cells remains the same, while the molecular specific activity of hexokinase from reticulocytes was much lower."
# 583 Burch et al. 1978
BU_325 = "A single 325-mg aspirin dose inactivated 89% of platelet cyclooxygenase."
BU_2D = "The inhibition persisted for 2 days suggesting that oral aspirin also inactivated megakaryocyte cyclooxygenase."
BU_SINGLE = "Single doses of 20-650 mg aspirin resulted in 34- greater than 95% inhibition after 24 h."
BU_SHEEP = "Platelet cyclooxygenase is more sensitive to inactivation by aspirin than enzyme in sheep seminal vesicles."
# 584 Koerner et al. 1979
KO_FIRST = "The first 13C nuclear magnetic resonance spectrum of a cerebroside is reported."
KO_ALL = "All signals of D-glucosylceramide (I), the cerebroside from human Gaucher's diseased liver, have been assigned by comparison of their chemical shifts with those of model compounds."
KO_DEM = "This data has been used to demonstrate for the first time directly: (a) that the glucosyl moiety must exist in the pyranoside ring form and have a beta anomeric linkage, and (b) that the fatty acyl composition of the aglycon is: alpha-hydroxy, 0%; saturated, 86 +/- 2%; unsaturated long chain, 14 +/- 2%; and unsaturated short chain, less than or equal to 2%."
KO_WIN = "The use of 13C signal shifts in the delta 80 to 120 region (anomeric window) for the assignment of glycon anomeric and ring forms demonstrated herein should be applicable to other glycoconjugates."
# 585 Lithell et al. 1978
LI_14 = "Lipoprotein-lipase activity was determined in tissue from the skeletal muscle of the leg and the subcutaneous adipose tissue of the abdomen in fourteen patients before and after 1 month of clofibrate administration."
LI_TG = "The concentrations of serum triglycerides decreased by, on the average, 37% in a group of thirteen patients which mainly consisted of subjects with type-IV hyperlipoproteinaemia."
LI_50 = "Clofibrate administration was associated with an average increase of the skeletal muscle-tissue lipoprotein-lipase activity of 50% (P less than 0.005)."
LI_AT = "Adipose-tissue lipoprotein-lipase activity did not change significantly."
# 586 Dix et al. 1979
DX_50 = "The left anterior descending coronary artery (LAD) was occluded abruptly in 50 cats anesthetized with alpha-chloralose."
DX_BP = "Infusion of PGI2 before occlusion produced a dose dependent decrease in mean arterial blood pressure with no significant change in heart rate."
DX_ALL = "Abrupt occlusion of the LAD produced ventricular arrhythmia in all cats ranging from ventricular premature beats to ventricular fibrillation (VF)."
DX_VF = "In cats infused with PGI2 the incidence of VF ranged from 30-40% at the low and middle doses to a maximum of 60% at the highest dose (2700 pmole . kg-1 . min-10."
DX_2X = "The incidence of VF in the latter group was two times greater than that observed in the control group (30%)."
# 587 Veith et al. 1979
VE_100 = "Preoperative saphenous venography was performed in 100 extremities in 60 patients to evaluate the saphenous vein for use as an arterial bypass graft."
VE_18 = "In 18 of the patients (30%), venography demonstrated vein abnormality, disease, or small size, which significantly influenced the management of the patient or the conduct of the operation."
VE_VAL = "Thus preoperative saphenous venography can be of value in lower extremity arterial reconstructions."
VE_PROC = "The procedure allows detection of anomalies and disease processes that would prevent the use of one or both saphenous veins as arterial bypass grafts and identifies the best available venous segment thereby obviating unnecessary incisions and minimizing operating time."
# 588 Kaplan et al. 1977
KA_58 = "This analysis reviews the treatment results of 58 patients with squamous cell carcinoma of the tonsil who were treated by radical irradiation to the primary, with operation reserved for radiation failures."
KA_T12 = "The local control and absolute survival rates for T1-T2 lesions were quite good, and complications were minimal."
KA_T34 = "On the other hand, the local control and absolute survival for T3-T4 lesions were only fair, and complications generally more severe, although mandibulectomy for osteonecrosis was not required in this small series."
KA_NOJ = "There appears to be no justification for combining operation with radiation in the initial attack for T1-T2 lesions."
KA_OP = "Although the T1-T2 lesions might as well be cured by operation alone, it would entail the loss of part of the mandible, pharyngeal wall, possibly some tongue and soft palate, and at least one radical neck dissection."
# 589 Hayward & Seaton 1979
HA_24 = "A prospective study was carried out on 24 volunteers who had suffered from paralytic poliomyelitis up to 51 years earlier."
HA_EMG = "A quantitative EMG was carried out in each subject."
HA_AMP = "Grossly raised mean amplitudes of the interference patterns were found in many strong muscles as well as in weak muscles."
HA_WIDE = "In many subjects the clinical and EMG evidence of chronic partial denervation were more widespread than the subjects had realised."
# 590 Nash et al. 1977
NA_CMP = "Their survival in both untreated and treated recipients was compared with the survival of transplanted heart, kidney, and skin allografts similarly treated."
NA_32 = "The islet allografts in the untreated group were rejected by a mean of 3.2 days whereas the other allografts were rejected by a mean of 8.3 days."
NA_ENH = "In the enhanced group all of the kidney allografts, 7 of 11 heart allografts, and 4 of 10 islet allografts had a prolonged survival, whereas none of the skin allografts had a prolonged survival."
NA_SUS = "Islet allografts are thus more susceptible to rejection than other tissues, but their survival can be prolonged using specific immunosuppression."
# 591 Abu-Zeid et al. 1978
AB_1484 = "Survival and factors affecting survival were studied in 1,484 new cases of acute definite stroke occurring between Jan 1, 1970, and June 30, 1971, in Manitoba."
AB_962 = "The 962 infarctions, 279 hemorrhages, and 243 unidentified strokes were ascertained from hospital claim reports."
AB_FU = "Cases were followed up until Dec 31, 1973, to determine survival."
AB_SURV = "Survival was significantly better in infarction than in hemorrhage, in subarachnoid hemorrhage than in intracerebral hemorrhage, in men than in women, in the young than in the old, in the married than in the single, in hemorrhage cases from rural areas than from urban areas, and in those discharged home than in those transferred to long-term care hospitals."
# 592 Albert et al. 1979
AL_11 = "Eleven alcoholic patients with Korsakoff's disease and 15 control subjects were given three tests of retrograde amnesia."
AL_TESTS = "The first consisted of photographs of famous faces from the past, the second was a recall test of famous people and events, and the third was a multiple-choice questionnaire."
AL_FIND = "The findings indicate that alcoholic patients with Korsakoff's disease have a marked retrograde amnesia that is characterized by a steep temporal gradient, and that this gradient is not an artifact due to the difficulty of the questions or the method of testing."
# 593 Reddy et al. 1977
RE_NOD = "The survival and recurrence free survival were significantly superior for the nodular pattern as compared with diffuse in both Stages I and II."
RE_REC = "Fourteen out of 20 Stage I and 18 out of 26 Stage II patients recurred in one of the nodal areas only as their first site of recurrence."
RE_5Y = "Extra-nodal non-Hodgkin's lymphomas survival and recurrence-free survival rates at five years were identical."

DN = ["duration", "number"]
CLAIMS = [
    # Rault & Scribner 1977: none / number / population / overreach
    C("ra-none", RA, "none", "Rault and Scribner (1977) reported that home parenteral nutrition was well tolerated and succeeded in eight of the nine patients with severe Crohn's disease whom they treated.", RA_8, truth_alt=[RA_9]),
    C("ra-num", RA, "number", "Of the nine patients with severe Crohn's disease given home parenteral nutrition by Rault and Scribner (1977), seven were able to stop parenteral infusions and were in remission.", RA_3,
      wrong="seven were able to stop parenteral infusions", accept=["number"]),
    C("ra-pop", RA, "population", "Home parenteral nutrition has been used to treat nine patients with severe ulcerative colitis, most of whom had a short bowel after repeated resections (Rault & Scribner, 1977).", RA_9,
      wrong="severe ulcerative colitis", accept=["population"]),
    C("ra-over", RA, "overreach", "On the strength of Rault and Scribner's (1977) series, home parenteral nutrition should replace surgery as the first-line treatment for severe Crohn's disease.", RA_ALT,
      wrong="should replace surgery as the first-line treatment for severe Crohn's disease", accept=["overreach"]),
    # Svanbom & Strandell 1979: none / design / direction / duration
    C("sv-none", SV, "none", "In Svanbom and Strandell's (1979) series of bacterial endocarditis, mortality was 22% during the initial hospital stay and rose to 39% after five years.", SV_MORT),
    C("sv-des", SV, "design", "A retrospective review of hospital records of 41 patients with proved or highly suspected bacterial endocarditis found that valve incompetence was the usual consequence (Svanbom & Strandell, 1979).", SV_PRO,
      wrong="A retrospective review of hospital records", truth_alt=[SV_VAL], accept=["design"]),
    C("sv-dir", SV, "direction", "Svanbom and Strandell (1979) found that patients whose endocarditis was caused by alpha-streptococci or enterococci were more likely to die of the infection than those with other bacteria.", SV_18,
      wrong="were more likely to die of the infection than those with other bacteria", accept=["direction"]),
    C("sv-dur", SV, "duration", "Because the infection was still active in ten patients after two weeks of therapy, Svanbom and Strandell (1979) moved to intermittent injections or infusions given for at least four to six weeks.", SV_6W,
      wrong="after two weeks of therapy", truth_alt=[SV_4W], accept=DN),
    # Jaffiol et al. 1978: none x2 / number / comparator
    C("ja-none", JA, "none", "Before antithyroid treatment, patients with Graves' disease showed no TSH response to TRH, together with raised total and free T4 and T3 (Jaffiol et al., 1978).", JA_PRE),
    C("ja-none2", JA, "none", "Jaffiol et al. (1978) observed that several patients with Graves' disease remained unresponsive to TRH during antithyroid drug treatment and even after recovery, although their free T4 and T3 had become normal.", JA_UNR),
    C("ja-num", JA, "number", "In Jaffiol and colleagues' (1978) serial study of 23 patients with Graves' disease, free T3 and T4, TRH responses and the T3 suppression test were followed before treatment, during antithyroid drug therapy and after recovery.", JA_32,
      wrong="23 patients", accept=["number"]),
    C("ja-comp", JA, "comparator", "Jaffiol et al. (1978) compared Graves' disease patients treated with antithyroid drugs against a group treated with radioiodine and pointed to a discrepancy between the TRH response and the T3 suppression test after recovery.", JA_32,
      wrong="against a group treated with radioiodine", truth_alt=[JA_DIS], accept=["comparator", "design"]),
    # Rijksen et al. 1977: none x2 / direction / population
    C("ri-none", RI, "none", "Rijksen et al. (1977) found no difference in the kinetic behaviour of hexokinase from reticulocytes, from the youngest or the oldest 10% of red cells, or from the whole red cell population.", RI_KIN),
    C("ri-none2", RI, "none", "As red cells age, the electrophoretic pattern of their hexokinase changes, the activity in the second band from the anode shifting to the third (Rijksen et al., 1977).", RI_BAND),
    C("ri-dir", RI, "direction", "Rijksen and colleagues (1977) reported that the molecular specific activity of hexokinase was much higher in reticulocytes than in the youngest, average or oldest red cells.", RI_MSA,
      wrong="much higher in reticulocytes", accept=["direction"]),
    C("ri-pop", RI, "population", "In rabbit erythrocytes, hexokinase from the youngest 10% of cells proved the most labile enzyme preparation, and hexokinase from the oldest cells the most stable (Rijksen et al., 1977).", RI_HUM,
      wrong="In rabbit erythrocytes", truth_alt=[RI_STAB], accept=["population"]),
    # Burch et al. 1978: none x2 / number / duration
    C("bu-none", BU, "none", "A single oral dose of 325 mg of aspirin inactivated 89% of platelet cyclooxygenase in normal subjects (Burch et al., 1978).", BU_325),
    C("bu-none2", BU, "none", "Burch et al. (1978) found that platelet cyclooxygenase was more sensitive to inactivation by aspirin than the enzyme in sheep seminal vesicles.", BU_SHEEP),
    C("bu-num", BU, "number", "Burch and colleagues (1978) reported that single doses of 20-650 mg of aspirin inhibited platelet cyclooxygenase by between 64% and more than 95% after 24 hours.", BU_SINGLE,
      wrong="between 64% and more than 95%", accept=["number"]),
    C("bu-dur", BU, "duration", "In Burch et al.'s (1978) normal subjects, the inhibition of platelet cyclooxygenase after a single oral dose of aspirin persisted for about a week, suggesting that megakaryocyte cyclooxygenase was also inactivated.", BU_2D,
      wrong="persisted for about a week", accept=DN),
    # Koerner et al. 1979: none / design / population / overreach
    C("ko-none", KO, "none", "In the glucosylceramide from a Gaucher's disease liver analysed by Koerner et al. (1979), about 86% of the fatty acyl chains were saturated and none carried an alpha-hydroxy group.", KO_DEM),
    C("ko-des", KO, "design", "Using X-ray crystallography, Koerner and co-workers (1979) showed for the first time directly that the glucosyl moiety of glucosylceramide is a beta-linked pyranoside.", KO_FIRST,
      wrong="Using X-ray crystallography", truth_alt=[KO_DEM], accept=["design"]),
    C("ko-pop", KO, "population", "Koerner and colleagues (1979) assigned all 13C signals of glucosylceramide purified from the liver of a patient with Niemann-Pick disease by comparing its chemical shifts with those of model compounds.", KO_ALL,
      wrong="a patient with Niemann-Pick disease", accept=["population"]),
    C("ko-over", KO, "overreach", "Koerner et al.'s (1979) work established that 13C shifts in the anomeric window reliably assign the anomeric and ring forms of all glycoconjugates.", KO_WIN,
      wrong="established that 13C shifts in the anomeric window reliably assign the anomeric and ring forms of all glycoconjugates", accept=["overreach"]),
    # Lithell et al. 1978: none x2 / duration / comparator
    C("li-none", LI, "none", "Lithell et al. (1978) found that clofibrate raised lipoprotein-lipase activity in skeletal muscle by about 50% on average.", LI_50),
    C("li-none2", LI, "none", "Adipose-tissue lipoprotein-lipase activity, by contrast, did not change significantly during clofibrate treatment (Lithell et al., 1978).", LI_AT),
    C("li-dur", LI, "duration", "After six months of clofibrate treatment, serum triglycerides had fallen by an average of 37% in Lithell et al.'s (1978) mostly type IV hyperlipoproteinaemic patients.", LI_14,
      wrong="After six months of clofibrate treatment", truth_alt=[LI_TG], accept=DN),
    C("li-comp", LI, "comparator", "In Lithell and colleagues' (1978) study, skeletal-muscle lipoprotein-lipase activity rose by half in patients on clofibrate compared with patients on placebo.", LI_14,
      wrong="compared with patients on placebo", truth_alt=[LI_50], accept=["comparator", "design"]),
    # Dix et al. 1979: none / direction / number / population
    C("dx-none", DX, "none", "In cats, prostacyclin infused before coronary occlusion lowered mean arterial pressure in a dose-dependent way without significantly changing heart rate (Dix et al., 1979).", DX_BP),
    C("dx-dir", DX, "direction", "Dix and colleagues (1979) found that prostacyclin halved the incidence of ventricular fibrillation after coronary occlusion in cats compared with vehicle-treated controls.", DX_2X,
      wrong="halved the incidence of ventricular fibrillation", truth_alt=[DX_VF], accept=["direction"]),
    C("dx-num", DX, "number", "At the highest prostacyclin dose, ventricular fibrillation followed coronary occlusion in 90% of cats (Dix et al., 1979).", DX_VF,
      wrong="90% of cats", accept=["number"]),
    C("dx-pop", DX, "population", "Dix et al. (1979) occluded the left anterior descending coronary artery abruptly in 50 dogs anaesthetised with alpha-chloralose, and every animal developed ventricular arrhythmia.", DX_50,
      wrong="50 dogs", truth_alt=[DX_ALL], accept=["population"]),
    # Veith et al. 1979: none x2 / design / overreach
    C("ve-none", VE, "none", "Veith et al. (1979) performed preoperative saphenous venography on 100 limbs of 60 patients to judge whether the vein could serve as an arterial bypass graft.", VE_100),
    C("ve-none2", VE, "none", "Venography showed an abnormal, diseased or small saphenous vein that changed the patient's management or the conduct of the operation in 18 of 60 patients, or 30% (Veith et al., 1979).", VE_18),
    C("ve-des", VE, "design", "In a randomised comparison of bypass patients operated on with and without preoperative venography, Veith and colleagues (1979) found that venography avoided unnecessary incisions and shortened operating time.", VE_PROC,
      wrong="In a randomised comparison of bypass patients operated on with and without preoperative venography", truth_alt=[VE_100], accept=["design", "comparator"]),
    C("ve-over", VE, "overreach", "Veith et al. (1979) concluded that preoperative saphenous venography is indispensable and should be performed before every arterial reconstruction of the leg.", VE_VAL,
      wrong="is indispensable and should be performed before every arterial reconstruction of the leg", accept=["overreach"]),
    # Kaplan et al. 1977: none / direction / comparator / design
    C("ka-none", KA, "none", "Kaplan et al. (1977) saw no justification for combining surgery with radiation in the initial treatment of T1-T2 cancers of the tonsil.", KA_NOJ),
    C("ka-dir", KA, "direction", "In Kaplan and colleagues' (1977) series, T3-T4 tonsil cancers had better local control and fewer severe complications after radical irradiation than T1-T2 lesions.", KA_T34,
      wrong="T3-T4 tonsil cancers had better local control and fewer severe complications", truth_alt=[KA_T12], accept=["direction"]),
    C("ka-comp", KA, "comparator", "Compared with patients treated by primary surgery, patients given radical irradiation for T1-T2 tonsil cancer had equal cure rates without losing part of the mandible (Kaplan et al., 1977).", KA_OP,
      wrong="Compared with patients treated by primary surgery", truth_alt=[KA_58], accept=["comparator", "design"]),
    C("ka-des", KA, "design", "In a prospective trial, Kaplan and co-workers (1977) treated 58 patients with squamous cell carcinoma of the tonsil by radical irradiation, reserving surgery for radiation failures.", KA_58,
      wrong="In a prospective trial", accept=["design"]),
    # Hayward & Seaton 1979: none / duration / population / design
    C("ha-none", HA, "none", "Hayward and Seaton (1979) found grossly raised mean amplitudes of the EMG interference pattern not only in weak muscles but also in many strong muscles of people who had had paralytic poliomyelitis.", HA_AMP),
    C("ha-dur", HA, "duration", "Quantitative EMG was performed in each of 24 volunteers who had had paralytic poliomyelitis up to 15 years earlier (Hayward & Seaton, 1979).", HA_24,
      wrong="up to 15 years earlier", truth_alt=[HA_EMG], accept=DN),
    C("ha-pop", HA, "population", "Hayward and Seaton's (1979) electromyographic study of children recovering from acute paralytic poliomyelitis found chronic partial denervation more widespread than the subjects had realised.", HA_WIDE,
      wrong="children recovering from acute paralytic poliomyelitis", truth_alt=[HA_24], accept=["population"]),
    C("ha-des", HA, "design", "Hayward and Seaton (1979) retrospectively reviewed the records of 24 people who had had paralytic poliomyelitis and found raised EMG amplitudes in strong as well as weak muscles.", HA_24,
      wrong="retrospectively reviewed the records of", truth_alt=[HA_EMG], accept=["design"]),
    # Nash et al. 1977: none x2 / number / comparator
    C("na-none", NA, "none", "Nash et al. (1977) found that untreated rats rejected pancreatic islet allografts within a mean of 3.2 days, far sooner than heart, kidney or skin allografts, which were rejected by a mean of 8.3 days.", NA_32),
    C("na-none2", NA, "none", "Treating diabetic recipient rats with antidonor antiserum can prolong the survival of islet allografts, although islets remain more susceptible to rejection than other tissues (Nash et al., 1977).", NA_SUS),
    C("na-num", NA, "number", "In Nash et al.'s (1977) enhanced rats, survival was prolonged in 8 of 10 islet allografts and in all of the kidney allografts, but in none of the skin allografts.", NA_ENH,
      wrong="8 of 10 islet allografts", accept=["number"]),
    C("na-comp", NA, "comparator", "Nash and colleagues (1977) compared the survival of pancreatic islet allografts in rats with that of liver and lung allografts given the same antidonor antiserum.", NA_CMP,
      wrong="liver and lung allografts", accept=["comparator"]),
    # Abu-Zeid et al. 1978: none x2 / direction / population
    C("ab-none", AB, "none", "Of the 1,484 new cases of acute definite stroke that Abu-Zeid et al. (1978) identified in Manitoba from hospital claim reports, 962 were infarctions, 279 haemorrhages and 243 strokes of unidentified type.", AB_962, truth_alt=[AB_1484]),
    C("ab-none2", AB, "none", "Survival after stroke was better in patients discharged home than in those transferred to long-term care hospitals, and better in married than in single patients (Abu-Zeid et al., 1978).", AB_SURV),
    C("ab-dir", AB, "direction", "In Abu-Zeid and colleagues' (1978) Manitoba cohort, women survived stroke significantly better than men.", AB_SURV,
      wrong="women survived stroke significantly better than men", accept=["direction"]),
    C("ab-pop", AB, "population", "Abu-Zeid et al. (1978) followed 1,484 patients with transient ischaemic attacks in Manitoba until the end of 1973 to determine their survival.", AB_1484,
      wrong="patients with transient ischaemic attacks", truth_alt=[AB_FU], accept=["population"]),
    # Albert et al. 1979: none / number / comparator / overreach
    C("al-none", AL, "none", "Albert et al. (1979) showed that alcoholic patients with Korsakoff's disease have a marked retrograde amnesia with a steep temporal gradient, one not explained by the difficulty of the questions or the testing method.", AL_FIND),
    C("al-num", AL, "number", "Albert and colleagues (1979) gave three tests of retrograde amnesia to 21 alcoholic patients with Korsakoff's disease and 15 control subjects.", AL_11,
      wrong="21 alcoholic patients", accept=["number"]),
    C("al-comp", AL, "comparator", "Albert et al.'s (1979) Korsakoff patients were tested against 15 patients with Huntington's disease on famous faces from the past, recall of famous people and events, and a multiple-choice questionnaire.", AL_11,
      wrong="15 patients with Huntington's disease", truth_alt=[AL_TESTS], accept=["comparator"]),
    C("al-over", AL, "overreach", "The steep temporal gradient of retrograde amnesia holds for amnesic patients of every cause, not only for alcoholics with Korsakoff's disease (Albert et al., 1979).", AL_FIND,
      wrong="holds for amnesic patients of every cause", accept=["overreach"]),
    # Reddy et al. 1977: none / direction / duration / overreach
    C("re-none", RE, "none", "Among Reddy et al.'s (1977) irradiated patients with early non-Hodgkin's lymphoma, 14 of 20 Stage I and 18 of 26 Stage II patients had their first recurrence in nodal areas only.", RE_REC),
    C("re-dir", RE, "direction", "In early-stage non-Hodgkin's lymphoma treated with radiotherapy, the diffuse histological pattern carried significantly better survival and recurrence-free survival than the nodular pattern (Reddy et al., 1977).", RE_NOD,
      wrong="the diffuse histological pattern carried significantly better survival", accept=["direction"]),
    C("re-dur", RE, "duration", "Reddy and colleagues (1977) found that ten-year survival and recurrence-free survival were identical for extra-nodal and nodal non-Hodgkin's lymphomas.", RE_5Y,
      wrong="ten-year", accept=DN),
    C("re-over", RE, "overreach", "Reddy et al.'s (1977) results establish that the histological pattern alone determines the outcome of every patient with early non-Hodgkin's lymphoma.", RE_NOD,
      wrong="the histological pattern alone determines the outcome of every patient", accept=["overreach"]),
]

if __name__ == "__main__":
    out = Path(__file__).resolve().parent / "claims.json"
    out.write_text(json.dumps(CLAIMS, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print("wrote", len(CLAIMS))
