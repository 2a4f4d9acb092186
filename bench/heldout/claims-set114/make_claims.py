"""Writes claims.json (set 114, round thirty-one). Hand-written claims; truth sentences copied verbatim from the main
abstracts (Article/Abstract/AbstractText) of pool 14's records (positions 1150-1165, 1151 skipped). The C() helper and
the field layout are those of set 110's make_claims.py (only its first 30 lines were read)."""
import json
from pathlib import Path

def C(id, key, kind, claim, truth, wrong=None, truth_alt=None, accept=None):
    d = {"id": id, "key": key, "kind": kind, "claim": claim, "truth": truth}
    if truth_alt: d["truth_alt"] = truth_alt
    if wrong: d["wrong"] = wrong
    if accept: d["accept"] = accept
    return d

UN, DU, CH, SL, LE = "unsold1979ct", "duncan1979use", "chicherin1977duration", "slama1977emergency", "leclercq1979correlation"
MO, RO, CA, WE, SM = "morris1977histocompatibility", "rohatgi1977strontium", "charman1977radioimmunoassay", "wellman1977skeletal", "samaan1978pituitary"
MA, LI, DO, EL, BA = "maouad1977coronary", "lim1977thyroid", "dodds1977evaluation", "elleder1977alpha", "bayer1979use"

# 1150 Unsöld 1979
UN_29 = "CT-scans of 29 histologically proven cavernous hemangiomas were evaluated with respect to their location, shape, delineation from surrounding tissue, contrast-enhancement, and secondary changes of the bony orbit."
UN_ROUND = "Whenever a round or oval tumor, located in the outer upper muscle cone, sharply delineated from surrounding tissue, unattached to optic nerve and ocular muscles, spares a small triangular space in the orbital apex, it is in all probability a cavernous hemangioma."
UN_QUAD = "The portion of the intraconal space least affected by optic nerve shifts and muscle contractions during eye movements, as demonstrated by CT, is the upper outer quadrant, the site preferred by the mobile tumor."
UN_MAL = "Reports of rare examples of well delineated or encapsulated malignant intraconal lesions indicate the possibility -- however remote -- of mistaking a malignant tumor for a cavernous hemangioma by CT."
# 1152 Duncan 1979
DU_79 = "A study of 79 twin pregnancies was conducted between 1973 and 1976 with particular reference to the use of ultrasound and hormone analysis."
DU_17 = "There were 17 perinatal deaths, a perinatal mortality rate of 107 per 1000 deliveries."
DU_FAC = "The contributing factors were antepartum anoxia (40%), prematurity (30%), congenital abnormalities (18%), and obstetric trauma (12%)."
DU_XRAY = "During the period of study there was a complete change in the method of confirming twin pregnancies, ie, in 1973, 84% were confirmed by x-ray and in 1976, 86% by ultrasound."
# 1153 Chicherin 1977
CH_EXP = "Experiments were conducted on guinea pigs and Papio hamadryas; it was shown that a reduction of the intensity of postvaccinal immunity occurred at various periods after a single vaccination."
CH_INH = "In inhalation method of immunization in guinea pigs it decreased in 6 months 135 times, in monkeys in one year--133 times."
CH_PROT = "However, at the mentioned periods vaccination provided protection of 50% of the animals from infection with Past. pestis in a dose constitutin 20 to 25 aerosol LD50 for nonimmunized animals."
# 1154 Slama 1977
SL_3Y = "Over the last three years, thanks on the one hand to improvements in surgical techniques and ressuscitation, and on the other to assisted circulation using the intra-aortic balloon, which allows improved preoperative preparation of the patients, urgent medicosurgical treatment of the mechanical complications of infarction has improved the prognosis by comparison with the recent past."
SL_2W = "During the above period, our figures for operative intervention during the first two weeks after an acute infarction have been as follows:"
SL_29 = "Twenty nine cases of septal perforation (17 of which had previously had assisted circulation by balloon): there were 8 immediate deaths and 8 successful cases (no secondary deaths over a follow-up period of from 2 to 41 months)."
SL_10 = "Ten cases of acute mitral incompetence; 8 were due to ruptured papillary muscle and two to mal function."
SL_2D = "There were 2 immediate deaths and 8 successful cases, with one secondary death (follow-up period of between 2 and 37 months)."
# 1155 Leclercq 1979
LE_AIM = "The authors examine if the modifications of the ventricular repolarisation in patients with unstable angina have a value in localizing the site of the coronary stenoses."
LE_200 = "The relationship between ECG changes and angiographic abnormalities, as yet unrecognized, is studied in 200 patients."
LE_ENDO = "The subendocardial signs have little value in predicting the place of the narrowings, they often involve the lateral leads and join with diffused coronary lesions."
LE_EPI = "Subepicardial ECG changes, however, have a good value for prediction: the involvement of inferior leads implies a right coronary stenosis, and that of septal leads a left anterior descending stenosis."
LE_SPEC = "They should be able to specify the ischemic area of the myocardium and then help clinicians to decide when coronarography (and bypass surgery) is indicated."
# 1156 Morris 1977
MO_SING = 'Described is the experience from a single histocompatibility typing laboratory sampling, firstly, Australian patients with various immunopathic diseases and, secondly, subjects previously classified as "responders" or "non-responders" to various microbial antigens.'
MO_B8 = "The HLA specificities particularly associated with disease included B8 (CAH, thyrotoxicosis SLE, DH, and miscellaneous immunopathic diseases) and B7 (thyrotoxicosis, SLE, DH, and MS)."
MO_RESP = "The same specificities were present in excess, although not impressively so, among responders to certain of the microbial antigens, i.e. B7 with high responders to flagellin and B8 (and A1) with responders to trichophyton."
# 1157 Rohatgi 1977
RO_10 = "Ten patients with proven pulmonary aspergillosis and five selected control subjects without aspergillosis but with other pulmonary disorders were scanned after the injection of 2-3 mCi 87mSr citrate."
RO_4 = "The strontium lung scan correlated with the chest radiograph in four of 10 patients with aspergillosis; false positive scans were found in three of five patients with other pulmonary disorders."
RO_CON = "We conclude that strontium lung scans at present have no role in the diagnostic evaluation of patients suspected of clinically significant infections with aspergillus."
# 1158 Charman 1977
CA_21 = "Twenty-one human tissues (15 breast carcinomas, 2 normal breasts, 3 acute myelogenous leukemias and 1 sarcoma) were fractionated by detergent solubilization, ammonium sulfate precipitation, and DE-52 anion exchange chromatography."
CA_FAIL = "Under assay conditions which minimized incubation damage to the 125I-MPMV p25, all tissues failed to react in the competition radioimmunoassay (RIAT)."
CA_202 = "Two hundred and two human sera or plasma specimens, including those from patients with breast cancer and 33 age-matched controls, from 50 patients with hematologic malignancies, from 12 patients with amyotrophic lateral sclerosis, and from 14 patients with systemic lupus erythematosis, were examined for antibodies to MPMV p25."
CA_NEG = "With the exception of two multiple myeloma plasma which produced artifactual false positive reactions based on hypergammaglobulinemia, a known complication of salt precipitation radioimmunoassays, the remainder of the specimens were negative for evidence of MPMV p25 antibodies."
# 1159 Wellman 1977
WE_108 = "Experiences in sue of skeletal scintimaging, primarily with 99mTc EHDP, is reported in 108 patients with Paget's disease."
WE_67 = "In correlation of scintimaging with skeletal radiography only approximately 67% of lesions are seen with the latter."
WE_LES = 'Lesions seen only on scintimaging primarily are associated with early symptomatic lesions and lesions seen only on radiography with older sclerotic "burned out" type lesions.'
WE_THER = "Qualitative skeletal scintimaging is valuable for objective assessments of therapeutic management by new modes of therapy while clinical radiography is not."
# 1160 Samaan 1978
SM_131 = "One hundred thirty-one patients with operable breast cancer were treated with adjuvant chemoimmunotherapy consisting of 5-fluorouracil, adriamycin, cyclophosphamide, and BCG (FAC-BCG)."
SM_55 = "Fifty-five of 131 patients were premenopausal of which 71% (38/55) became amenorrheic."
SM_RES = "Our results showed that patients who developed amenorrhea had abnormally high serum LH and FSH levels at basal and after LH-RH stimulation and low plasma estradiol."
SM_CON = "These results indicate that amenorrhea that develops in some patients with breast cancer after FAC-BCG therapy is a result of primary ovarian failure."
# 1161 Maouad 1977
MA_104 = "The arteriographic abnormalities found in 104 patients with typical angina pectoris and an electrocardiogram at rest which was normal at the time of arteriography were compared with those of 238 cases with typical angina pectoris, but with an abnormal electrocardiogram (127 having ST/T changes, 111 having transmural necrosis)."
MA_NODIFF = "There was no major difference between the two groups as far as the degree of coronary stenosis was concerned, nor in its extent and distribution."
MA_LV = "The action of the left ventricle and/or the value of left ventricular end-diastolic pressure were, however, manifestly better conserved in those with a normal electrocardiogram (p less than 0.001)."
# 1162 Lim 1977
LI_46 = "Thyroid function was evaluated in 46 patients with end-stage kidney disease and 42 normal subjects."
LI_HYPO = "The TT(3) was in the hypothyroid range (<78 ng/100 ml; 2 SD below normal mean) in 80% of non-HD and 43% of HD patients."
LI_TURN = "The low T(3) turnover rate was due to impaired extrathyroidal conversion of T(4) to T(3)."
LI_SEC = "In contrast, thyroidal T(3) secretion rate was not different between the control and the three patient groups."
LI_RT = "Restoration of renal function with RT resulted in normalization of all parameters of thyroid function with the exception of blunted or absent TSH response to TRH."
# 1163 Dodds 1977
DO_500 = "To study the efficacy of colon cleansing regimens, 500 hospital outpatients were randomly assigned to one of four regimens."
DO_SUP = "Regimens featuring magnesium citrate and bisacodyl were found to be significantly superior to those featuring castor oil."
DO_DSS = "Calcium bisdiocytl sulfosuccinate did not improve the quality of colon cleansing but appeared to decrease the incidence of abdominal cramping in patients receiving magnesium citrate and bisacodyl."
# 1164 Elleder 1977
EL_5 = "A histochemical study of enzymatic activities was undertaken in five cases of histiocytosis X (two localized bone forms, two generalized forms, and one involving mainly the skin), each of which revealed characteristic structural features at the optical and ultrastructural levels."
EL_HIGH = "A confirmation was made of the original assumption of high acid alpha-D-mannosidase activity, i.e. activity described in human Langerhans intraepidermal cells (Elleder, 1975)."
EL_CTRL = "In the control group of tumors, with the exception of urticaria pigmentosa, enzyme activity was either at trace level or altogether absent."
EL_FIRST = "Acid alpha-D-mannosidase activity therefore appears to be the first biochemical feature common to both histiocytosis X and the Langerhans cells."
# 1165 Bayer 1979
BA_90 = "Ninety per cent of the patients with infective endocarditis versus 50 per cent of septic patients without infective endocarditis had circulating immune complex levels (p less than 0.005)."
BA_100 = "Only three of 52 patients without infective endocarditis had circulating immune complex levels greater than 100 microgram/ml, as opposed to 16 of 50 patients with infective endocarditis (p less than 0.005)."
BA_14 = "In 92 per cent of the patients without infective endocarditis and 76 per cent of those with infective endocarditis peak circulating immune complex levels developed within 14 days after their entry into the study, often on the initial sampling."
BA_UND = "If circulating immune complex levels are undetectable, endocarditis would appear less likely; alternatively, levels above 100 to 200 microgram/ml would suggest a valvular rather than nonvalvular septic focus."

claims = [
    # Unsöld: none x2, number, overreach
    C("un-none1", UN, "none", "Unsöld et al. (1979) reviewed the CT scans of 29 histologically confirmed orbital cavernous haemangiomas, assessing their location, shape, margins, contrast enhancement and any changes in the bony orbit.", UN_29),
    C("un-none2", UN, "none", "Cavernous haemangiomas of the orbit favour the upper outer quadrant of the intraconal space, the region least disturbed by optic nerve shifts and muscle contraction during eye movements (Unsöld et al., 1979).", UN_QUAD),
    C("un-num", UN, "number", "In Unsöld et al.'s series, CT scans of 92 histologically proven cavernous haemangiomas were assessed for location, shape and delineation from the surrounding orbital tissue.", UN_29, wrong="92", accept=["number"]),
    C("un-over", UN, "overreach", "According to Unsöld and colleagues (1979), a sharply delineated round intraconal mass that spares the orbital apex is always a cavernous haemangioma, so CT alone excludes malignancy.", UN_ROUND, truth_alt=[UN_MAL], wrong="is always a cavernous haemangioma, so CT alone excludes malignancy", accept=["overreach"]),
    # Duncan: none, duration, direction, design
    C("du-none", DU, "none", "Among 79 twin pregnancies, Duncan et al. (1979) recorded 17 perinatal deaths, corresponding to a perinatal mortality of 107 per 1000 deliveries.", DU_17, truth_alt=[DU_79]),
    C("du-dur", DU, "duration", "Duncan and colleagues reviewed 79 twin pregnancies over a ten-year period, from 1966 to 1976, with particular attention to ultrasound and hormone assays.", DU_79, wrong="over a ten-year period, from 1966 to 1976", accept=["duration", "number"]),
    C("du-dir", DU, "direction", "Over the course of the study, the confirmation of twin pregnancies shifted away from ultrasound towards x-ray examination (Duncan et al., 1979).", DU_XRAY, wrong="shifted away from ultrasound towards x-ray examination", accept=["direction"]),
    C("du-des", DU, "design", "In a prospective randomised trial of 79 twin pregnancies, Duncan et al. (1979) identified antepartum anoxia as the leading contributor to perinatal death, accounting for 40% of cases.", DU_79, truth_alt=[DU_FAC], wrong="prospective randomised trial", accept=["design"]),
    # Chicherin: none, duration x2, population
    C("ch-none", CH, "none", "Even after immunity had waned, plague vaccination still protected half of the animals against an aerosol challenge of 20 to 25 LD50 that would kill unvaccinated animals (Chicherin et al., 1977).", CH_PROT),
    C("ch-dur1", CH, "duration", "After inhalation vaccination against plague, the intensity of immunity in guinea pigs fell 135-fold within six weeks (Chicherin et al., 1977).", CH_INH, wrong="within six weeks", accept=["duration", "number"]),
    C("ch-dur2", CH, "duration", "In hamadryas baboons, Chicherin et al. observed a 133-fold drop in the intensity of post-vaccinal plague immunity over five years after inhalation vaccination.", CH_INH, wrong="over five years", accept=["duration", "number"]),
    C("ch-pop", CH, "population", "Chicherin et al.'s (1977) plague vaccine experiments, conducted in mice and rhesus monkeys, showed that the intensity of post-vaccinal immunity declined at various periods after a single vaccination.", CH_EXP, wrong="in mice and rhesus monkeys", accept=["population"]),
    # Slama: none, duration, number, comparator
    C("sl-none", SL, "none", "Slama et al. (1977) operated on ten patients with acute mitral incompetence after infarction, eight of them caused by papillary muscle rupture; two died immediately.", SL_10, truth_alt=[SL_2D]),
    C("sl-dur", SL, "duration", "Slama et al. reported their results for surgery performed within the first two months after acute myocardial infarction for septal perforation and acute mitral incompetence.", SL_2W, wrong="within the first two months", accept=["duration", "number"]),
    C("sl-num", SL, "number", "In Slama and colleagues' (1977) series of 29 septal perforations, 17 of which had been supported by balloon counterpulsation beforehand, there were only two immediate deaths.", SL_29, wrong="only two immediate deaths", accept=["number"]),
    C("sl-comp", SL, "comparator", "Slama et al. (1977) found that urgent surgery for the mechanical complications of infarction gave a better prognosis than in a matched group of patients managed medically.", SL_3Y, wrong="a matched group of patients managed medically", accept=["comparator", "design"]),
    # Leclercq: none, population, direction, overreach
    C("le-none", LE, "none", "In unstable angina, subepicardial ECG changes in the inferior leads point to a right coronary stenosis, whereas those in the septal leads point to a left anterior descending lesion (Leclercq et al., 1979).", LE_EPI),
    C("le-pop", LE, "population", "Leclercq et al. (1979) related repolarisation changes on the ECG to the angiographic site of coronary stenoses in 200 patients with stable exertional angina.", LE_200, truth_alt=[LE_AIM], wrong="stable exertional angina", accept=["population"]),
    C("le-dir", LE, "direction", "Leclercq and colleagues found that subendocardial ECG signs reliably localised the coronary narrowing in patients with unstable angina.", LE_ENDO, wrong="reliably localised the coronary narrowing", accept=["direction"]),
    C("le-over", LE, "overreach", "Leclercq et al.'s 1979 study showed that the ECG recorded during unstable angina can replace coronary angiography in deciding who needs bypass surgery.", LE_SPEC, wrong="can replace coronary angiography in deciding who needs bypass surgery", accept=["overreach"]),
    # Morris: none x2, design, overreach
    C("mo-none1", MO, "none", "In Australian patients, HLA-B8 was associated with chronic active hepatitis, thyrotoxicosis, SLE and dermatitis herpetiformis, and B7 with thyrotoxicosis, SLE, dermatitis herpetiformis and multiple sclerosis (Morris et al., 1977).", MO_B8),
    C("mo-none2", MO, "none", "Morris et al. (1977) noted a modest excess of HLA-B7 among high responders to flagellin and of B8, together with A1, among responders to trichophyton.", MO_RESP),
    C("mo-des", MO, "design", "In a multicentre study pooling several Australian tissue-typing laboratories, Morris and colleagues (1977) related HLA specificities to immunopathic diseases and to responses to microbial antigens.", MO_SING, wrong="multicentre study pooling several Australian tissue-typing laboratories", accept=["design"]),
    C("mo-over", MO, "overreach", "Morris et al. showed that HLA-B7 and B8 strongly determine whether a person responds to microbial antigens such as flagellin and trichophyton.", MO_RESP, wrong="strongly determine whether a person responds", accept=["overreach"]),
    # Rohatgi: none, number, comparator, direction
    C("ro-none", RO, "none", "Rohatgi et al. (1977) scanned ten patients with proven pulmonary aspergillosis and five control subjects with other lung disorders after injecting 2-3 mCi of 87mSr citrate.", RO_10),
    C("ro-num", RO, "number", "The strontium lung scan agreed with the chest radiograph in eight of ten patients with aspergillosis (Rohatgi et al., 1977).", RO_4, wrong="eight of ten", accept=["number"]),
    C("ro-comp", RO, "comparator", "In Rohatgi et al.'s study, ten patients with proven pulmonary aspergillosis were scanned alongside five healthy volunteers serving as controls.", RO_10, wrong="five healthy volunteers serving as controls", accept=["comparator", "population"]),
    C("ro-dir", RO, "direction", "Rohatgi et al. (1977) concluded that strontium lung scanning is a useful aid in evaluating patients suspected of clinically significant aspergillus infection.", RO_CON, truth_alt=[RO_4], wrong="is a useful aid", accept=["direction"]),
    # Charman: none x2, number, population
    C("ca-none1", CA, "none", "None of 21 human tissues, 15 of them breast carcinomas, reacted in Charman et al.'s (1977) competition radioimmunoassay for the major structural protein of Mason-Pfizer monkey virus.", CA_FAIL, truth_alt=[CA_21]),
    C("ca-none2", CA, "none", "Apart from two myeloma plasmas that gave artefactual positive reactions because of hypergammaglobulinaemia, all the sera tested by Charman et al. (1977) were negative for antibodies to MPMV p25.", CA_NEG),
    C("ca-num", CA, "number", "Charman and colleagues (1977) screened 402 human sera or plasma specimens, including samples from patients with breast cancer, haematological malignancies, ALS and SLE, for antibodies to MPMV p25.", CA_202, wrong="402", accept=["number"]),
    C("ca-pop", CA, "population", "Charman et al. (1977) looked for MPMV p25 antigen in 21 human tissues, among them 15 prostate carcinomas.", CA_21, wrong="15 prostate carcinomas", accept=["population"]),
    # Wellman: none x2, comparator, design
    C("we-none1", WE, "none", "Wellman et al. (1977) found that only about two-thirds of the Paget's lesions shown by scintimaging could also be seen on skeletal radiographs.", WE_67),
    C("we-none2", WE, "none", "Lesions visible only on bone scans tended to be early symptomatic ones, whereas those seen only on radiographs were older sclerotic, 'burned-out' lesions (Wellman et al., 1977).", WE_LES),
    C("we-comp", WE, "comparator", "Wellman et al. (1977) reported that, unlike serum alkaline phosphatase, qualitative skeletal scintimaging gives an objective assessment of the response to new treatments for Paget's disease.", WE_THER, wrong="unlike serum alkaline phosphatase", accept=["comparator"]),
    C("we-des", WE, "design", "In a controlled trial enrolling 108 patients with Paget's disease, Wellman and colleagues (1977) evaluated skeletal scintimaging, mainly with 99mTc-EHDP.", WE_108, wrong="In a controlled trial enrolling", accept=["design"]),
    # Samaan: none, number, direction, population
    C("sm-none", SM, "none", "Samaan et al. (1978) concluded that the amenorrhoea seen in some women with breast cancer after adjuvant FAC-BCG results from primary ovarian failure.", SM_CON),
    C("sm-num", SM, "number", "Of the premenopausal women given FAC-BCG, 17% became amenorrhoeic (Samaan et al., 1978).", SM_55, wrong="17%", accept=["number"]),
    C("sm-dir", SM, "direction", "Samaan and colleagues found that women who became amenorrhoeic after FAC-BCG had low serum LH and FSH levels, before and after LH-RH stimulation.", SM_RES, truth_alt=[SM_CON], wrong="low serum LH and FSH levels", accept=["direction"]),
    C("sm-pop", SM, "population", "In Samaan et al.'s study, 131 postmenopausal women with operable breast cancer received adjuvant chemoimmunotherapy with 5-fluorouracil, adriamycin, cyclophosphamide and BCG.", SM_131, truth_alt=[SM_55], wrong="postmenopausal women", accept=["population"]),
    # Maouad: none, design, direction, population
    C("ma-none", MA, "none", "Maouad et al. (1977) found no major difference in the degree, extent or distribution of coronary stenoses between angina patients with a normal resting ECG and those with an abnormal one.", MA_NODIFF),
    C("ma-des", MA, "design", "In a prospective cohort study, Maouad et al. (1977) compared the coronary arteriograms of 104 angina patients with a normal resting ECG with those of 238 patients whose ECG was abnormal.", MA_104, wrong="In a prospective cohort study", accept=["design"]),
    C("ma-dir", MA, "direction", "Maouad and colleagues found left ventricular function and end-diastolic pressure to be significantly worse in angina patients whose resting ECG was normal (p < 0.001).", MA_LV, wrong="significantly worse in angina patients whose resting ECG was normal", accept=["direction"]),
    C("ma-pop", MA, "population", "Maouad et al. (1977) studied the arteriograms of 104 patients with atypical chest pain and a normal resting electrocardiogram.", MA_104, wrong="atypical chest pain", accept=["population"]),
    # Lim: none x2, number, comparator
    C("li-none1", LI, "none", "Lim et al. (1977) traced the low T3 turnover of uraemic patients to impaired extrathyroidal conversion of T4 to T3, while thyroidal T3 secretion was unchanged.", LI_TURN, truth_alt=[LI_SEC]),
    C("li-none2", LI, "none", "After renal transplantation, every measure of thyroid function returned to normal except the blunted TSH response to TRH (Lim et al., 1977).", LI_RT),
    C("li-num", LI, "number", "Lim and colleagues (1977) found total T3 in the hypothyroid range in 80% of patients with end-stage renal disease not yet on dialysis and in 34% of those on haemodialysis.", LI_HYPO, wrong="34%", accept=["number"]),
    C("li-comp", LI, "comparator", "Lim et al. compared thyroid function in 46 patients with end-stage kidney disease against 42 patients with moderate chronic renal insufficiency.", LI_46, wrong="42 patients with moderate chronic renal insufficiency", accept=["comparator", "population"]),
    # Dodds: none, design, direction, population
    C("do-none", DO, "none", "Dodds et al. (1977) found that adding calcium dioctyl sulfosuccinate did not improve colon cleansing, although it seemed to reduce abdominal cramping with the magnesium citrate and bisacodyl regimen.", DO_DSS),
    C("do-des", DO, "design", "In a retrospective review of 500 outpatients' barium enemas, Dodds and colleagues (1977) compared four colon cleansing regimens.", DO_500, wrong="retrospective review", accept=["design"]),
    C("do-dir", DO, "direction", "Castor oil followed by a phosphate enema cleansed the colon significantly better than magnesium citrate with bisacodyl (Dodds et al., 1977).", DO_SUP, wrong="cleansed the colon significantly better than", accept=["direction"]),
    C("do-pop", DO, "population", "Dodds et al. (1977) randomly assigned 500 hospital inpatients to one of four bowel preparation regimens before barium enema.", DO_500, wrong="hospital inpatients", accept=["population"]),
    # Elleder: none x2, comparator, overreach
    C("el-none1", EL, "none", "Elleder et al. (1977) studied enzyme histochemistry in five cases of histiocytosis X: two localised to bone, two generalised and one mainly cutaneous.", EL_5),
    C("el-none2", EL, "none", "High acid alpha-D-mannosidase activity appears to be the first biochemical feature that histiocytosis X shares with Langerhans cells (Elleder et al., 1977).", EL_FIRST, truth_alt=[EL_HIGH]),
    C("el-comp", EL, "comparator", "In Elleder et al.'s (1977) study, acid alpha-D-mannosidase activity was high in histiocytosis X but only at trace levels or absent in control biopsies of normal skin.", EL_CTRL, wrong="control biopsies of normal skin", accept=["comparator"]),
    C("el-over", EL, "overreach", "Elleder and colleagues (1977) established acid alpha-D-mannosidase staining as a specific diagnostic test for histiocytosis X.", EL_FIRST, truth_alt=[EL_CTRL], wrong="established acid alpha-D-mannosidase staining as a specific diagnostic test for histiocytosis X", accept=["overreach"]),
    # Bayer: none x2, duration, overreach
    C("ba-none1", BA, "none", "Circulating immune complexes were found in 90% of patients with infective endocarditis but in only half of septic patients without it (Bayer et al., 1979).", BA_90),
    C("ba-none2", BA, "none", "Bayer and colleagues (1979) reported immune complex levels above 100 microgram/ml in 16 of 50 patients with endocarditis but in only three of 52 septic patients without endocarditis.", BA_100),
    C("ba-dur", BA, "duration", "Bayer et al.'s serial measurements showed that peak immune complex levels were reached within 14 weeks of study entry in 76% of patients with endocarditis and 92% of those without.", BA_14, wrong="within 14 weeks", accept=["duration", "number"]),
    C("ba-over", BA, "overreach", "Bayer et al. (1979) showed that undetectable circulating immune complexes rule out infective endocarditis in a septic patient.", BA_UND, truth_alt=[BA_90], wrong="rule out infective endocarditis", accept=["overreach"]),
]
Path(__file__).resolve().parent.joinpath("claims.json").write_text(json.dumps(claims, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
print(len(claims), "claims written")
