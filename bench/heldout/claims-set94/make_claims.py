"""Writes claims.json (set 94). Hand-written claims; truth sentences copied verbatim from the main abstracts (pool 14,
positions 1063-1079). The C() helper and the field layout are those of set 50's / set 55's make_claims.py (first lines
only were read)."""
import json
from pathlib import Path

def C(id, key, kind, claim, truth, wrong=None, truth_alt=None, accept=None):
    d = {"id": id, "key": key, "kind": kind, "claim": claim, "truth": truth}
    if truth_alt: d["truth_alt"] = truth_alt
    if wrong: d["wrong"] = wrong
    if accept: d["accept"] = accept
    return d

BE, TS, VA, CO, PE = "bergerat1979effects", "tsuda1979effect", "valty1977re", "cohn1977effect", "peters1979critical"
CA, WE, CL, AK, BO = "carvajal1977immobilised", "weir1979prospective", "cole1978immunoquantitation", "abdelkader1979effect", "bokkenheuser1979detection"
WL, FR, LI, FI, RO = "welling1979plasma", "frith1979skin", "lieinjo1977red", "fisher1977diabetic", "roebuck1977species"

BE_BEST = "cis-Dichlorodiammineplatinum(II) was one of the most efficient antineoplastic agents tested thus far on this human colon carcinoma cell line."
BE_LONG = "Long-term exposure to low concentrations of cis-dichlorodiammineplatinum induced a high degree of killing, with only 0.5% of the cells surviving after incubation for 24 hr with 2 microgram/ml."
BE_REC = "Cells were unable to recover from potentially lethal or sublethal damages induced by the drug."
BE_LINE = "The lethal effects of cis-dichlorodiammineplatinum(II) were investigated on an established human colon carcinoma cell line."
TS_4X = "The relative rate of the enzyme synthesis in the livers of rats fed on 70% casein diet was 4.0 times greater than that for rats fed on 5% casein diet."
TS_ONLY = "Thus, the only factor regulating the amount of enzyme in rat liver is the rate of enzyme synthesis under the steady-state conditions."
TS_KD = "The rate constants of degradation (Kd of argininosuccinate synthetase were estimated to be 0.15 and 0.16 day-1 under 70% and 5% casein feeding, respectively."
TS_DEC = "The change from 5% to 70% casein diet caused a transient decrease in the rate of degradation."
TS_RAT = "The rates of synthesis and degradation of arginosuccinate synthetase in rat liver under various dietary conditions were determined."
VA_66 = "Out of 989 cases with a ball-valve prosthesis, 66 have been reoperated (6.7%)."
VA_IND = "The main indications for reoperation were displacement (75.5%), malfunction (10.5%) which was related to a failure of the material of the prosthesis or to the deposition of fibrinous plaques, and associated lesions (14%) which were valvular, coronary or myocardial."
VA_MORT = "The operative mortality was 31.8% (21.7% over the last two years)."
VA_RISK = "On statistical analysis, the significant risk factors were a previous history of bacterial endocarditis, grouping in Class IV of the NYHA classification, enlargement of the QRS complex (0.12 s), urgency of reoperation, and prolonged extracorporeal circulation (2 hours)."
VA_ANN = "2.9% of the cases reviewed annually have thus been reoperated."
CO_DEC = "Although nitroglycerin caused a similar decrease in mean arterial blood pressure and blood pressure-heart rate product in all three groups, the decrease in regional myocardial blood flow was significantly less in Group 3 (-8+/-6% [mean+/-standard error of the mean]) than in Group 1 (-31+/-5%), P less than 0.05); an intermediary decrease occurred in Group 2 (-23+/-5%)."
CO_G3 = "Within Group 3, there was a mean increase in regional myocardial blood flow after nitroglycerin in the five patients whose collateral vessels were of a higher angiographic grade and arose from non-stenosed coronary arteries, whereas a reduction was observed in the six patients with none or only one of these findings (+10+/-7% versus -23+/-3%, P less than 0.001)."
CO_31 = "The effect of sublingually administered nitroglycerin on regional myocardial specific blood flow (in ml/min per 100 g tissue) was evaluated with a xenon-133 washout technique in 31 patients in a resting nonstressed state."
CO_GRP = "Eight patients had normal coronary arteriograms (Group 1), 12 had coronary artery disease without collateral vessels (Group 2) and 11 had coronary artery disease with collateral vessels (Group 3)."
PE_INT = "When sequential high dose drug-radiation cytoreductive regimens are employed, the interval between chemotherapy and total body irradiation (TBI) can markedly influence both toxicity in rapid cell renewal systems and the probability of successfully ablating normal and malignant hemopoietic stem cells."
PE_MICE = "In mice treated with piperazinedione 50 mg/m2 and fractionated TBI, the optimal interval between drug administration and irradiation is 3-4 days."
CA_EDTA = "Incubation of the immobilised tetrameric enzyme with EDTA followed by dialysis resulted in the dissociation of the enzyme into inactive matrix-bound and solubilised subunits."
CA_25 = "Both species recovered enzymatic activity after incubation with Mn2+, and the activity of the reactivated matrix-bound subunits was nearly 25% of that shown by the enzyme initially attached to the support in the tetrameric form."
WE_PRO = "A prospective study of 100 patients undergoing discectomy was carried out."
WE_RES = "At a minimum of 1 year postoperatively, 63% of patients had complete relief of back pain and 73% had complete relief of leg pain."
WE_CHEMO = "The results are better than those described for chemonucleolysis."
WE_FU = "The neurological findings were documented preoperatively and at 1 month and 1 year postoperatively."
CL_RID = "A single radial immunodiffusion (RID) assay for the free lambda (lambda) and kappa (kappa) light chain (LC) immunoglobulins was developed for study of clinical samples of serum, urine, and bone marrow of patients with multiple myeloma."
CL_MED = "The median values of free LC levels in sera (n = 12), urines (n = 25), and marrow culture synthetic rates (n = 17) were 116.2 mg/dl, 0.775 g/day and 15.3 pg/plasma cell/day, respectively."
AK_GLU = "Oral administration of carnitine in normal and diabetic subjects showed a marked decrease in the level of blood glucose during the oral glucose tolerance test (OGTT) except for the three hour samples in diabetic subjects, while a decrease in the level of subsequent blood pyruvate samples was observed during the OGTT in normal and diabetic subjects after the administration of carnitine."
AK_ALT = "Carnitine caused a highly significant increase in the activity of serum alanine aminotransferase in normal and diabetic subjects, while it had no effect on the activity of serum aspartate aminotransferase."
AK_N = "Carnitine administration decreased the total blood amino acid nitrogen level only in diabetic subjects."
AK_GOAT = "In goats, the level of blood glucose during the intravenous glucose tolerance test (IVGTT) was not affected by carnitine (1,3 or 6 mg/kg body weight)."
BO_31 = "Campylobacter fetus subsp. jejuni was recovered as the sole bacterial pathogen from 31% of 0- to 8-month-old children with acute gastroenteritis and from 5% of asymptomatic children (P less than 0.05)."
BO_38 = "In children 8 to 24 months old, the respective recovery rates were 38 and 40%."
BO_WEEK = "With the exception of one case of simultaneous bacteremia, the clinical course of the symptomatic infection was benign and rarely lasted more than a week."
WL_TOT = "Estolate dosages gave rise to higher plasma levels of total drug than the stearate."
WL_BASE = "However, the stearate yielded higher plasma levels of erythromycin base."
WL_STE = "The absorption of erythromycin stearate was inhibited by food and also by low fluid volumes in fasted subjects."
WL_EST = "Absorption of erythromycin estolate was increased in the presence of food and was not greatly affected by fluid volume."
WL_DES = "The pharmacokinetics of erythromycin and erythromycin 2'-propanoate were studied in healthy male volunteers following single and repeated doses of erythromycin stearate tablets, erythromycin estolate capsules, and a suspension."
FR_41 = "Skin conductance responses to a series of tones were measured in 41 patients during an acute episode of schizophrenia before they received treatment and after 4 weeks of treatment with either alpha-flupenthixol, beta-flupenthixol or placebo."
FR_HAB = "Patients who did not habituate to the tones prior to treatment tended to show no symptomatic improvement during the course of treatment."
FR_SCR = "Skin conductance responsivity did not change with improvement in symptoms alone, but decreased in patients on active medication (alpha-flupenthixol)."
FR_PRED = "Non-habituation of skin conductance and insidious onset (i.e. fulfilment of the Feighner criteria) were found to be independent predictors of poor outcome."
FR_MAY = "Taken together, these criteria may define a group of patients with particularly poor prognosis."
LI_332 = "A study was carried out of 332 babies suffering from severe neonatal jaundice who were admitted to the General Hospital, Kuala Lumpar, Malaysia."
LI_178 = "Of the 332 neonates, 51 were premature and 281 were full-term babies, 178 (110 Chinese, 58 Malay, 9 Indian and 1 European-Pakistani) had bilirubin levels of 20 mg% or higher, requiring exchange blood transfusion."
LI_CHI = "Of the Chinese neonates, 23 (20.9%) had G6PD deficiency, 9 (8.2%) had Hb Bart's and 2 (1.8%) had an abnormal haemoglobin, one Hb Q and one fetal variant."
LI_MAL = "Among the Malay infants, 10 (17.2%) had G6PD deficiency, 7 (12.1%) had Hb Bart's and 10 (17.2%) had abnormal haemoglobins (four had Hb E trait, one had Hb K and Bart's in addition to Hb E, three had Hb CoSp with Hb Bart's, one had Hb Q and one Hb Tak)."
LI_SEEM = "In addition to G6PD deficiency, abnormal haemoglobins seem to have contributed to the high incidence of severe neonatal jaundice in Malaysia."
FI_45 = "Forty-five patients with diabetic ketoacidosis entered a randomized prospective protocol with insulin administered either intravenously, subcutaneously or intramuscularly."
FI_IV = "The intravenous group had a more rapid fall in plasma glucose (P less than 0.01) and ketone bodies (P less than 0.05) during the first two hours."
FI_THEN = "Thereafter, there were no significant differences in the rate of decline of plasma glucose or ketones nor in the time required for glucose to reach 250 mg per deciliter or for complete recovery from diabetic ketoacidosis."
RO_80 = "Duck, monkey, and human livers were most active in total conversion, each metabolizing approximately 80% of available substrate in 30 min."
RO_RAT = "Rat and mouse livers had lower activites, metabolizing 15 to 20%."
RO_DES = "The metabolism of [14C]aflatoxin B1 by 9000 X g supernatant fraction of livers of duck, rat, mouse, monkey, and humans was compared by incubating the compound and liver fractions in the presence of cofactors and air for 30 min."
RO_NO = "No consistent pattern of metabolism emerged which could be correlated with species differences in response to aflatoxin B1 toxicity or carcinogenicity."

claims = [
    # Bergerat 1979: none / number / duration / overreach
    C("be-none", BE, "none", "Bergerat et al. (1979) reported that cisplatin was among the most potent anticancer drugs they had yet tested against a human colon carcinoma cell line.", BE_BEST),
    C("be-num", BE, "number", "In Bergerat and colleagues' (1979) experiments, a day's exposure to a low cisplatin concentration (2 µg/ml) left only 5% of the colon carcinoma cells alive.", BE_LONG, wrong="5%"),
    C("be-dur", BE, "duration", "Keeping human colon carcinoma cells in a low concentration of cisplatin for a week killed almost all of them, with just 0.5% surviving (Bergerat et al., 1979).", BE_LONG, wrong="for a week"),
    C("be-over", BE, "overreach", "Bergerat et al.'s (1979) work proved that cisplatin can eradicate colon cancer in patients, since the treated cells could not recover from the drug's damage.", BE_REC, wrong="proved that cisplatin can eradicate colon cancer in patients", truth_alt=[BE_LINE], accept=["overreach", "population"]),
    # Tsuda 1979: none x2 / direction / population
    C("ts-none1", TS, "none", "Tsuda et al. (1979) found that rats on a 70% casein diet made liver argininosuccinate synthetase about four times faster than rats on a 5% casein diet.", TS_4X),
    C("ts-none2", TS, "none", "Because the enzyme's breakdown rate hardly differed between high- and low-protein feeding, its steady-state amount in rat liver was governed by synthesis alone (Tsuda et al., 1979).", TS_ONLY, truth_alt=[TS_KD]),
    C("ts-dir", TS, "direction", "Tsuda and colleagues (1979) reported that moving rats from a 5% to a 70% casein diet briefly sped up the breakdown of liver argininosuccinate synthetase.", TS_DEC, wrong="briefly sped up the breakdown"),
    C("ts-pop", TS, "population", "Working in mice, Tsuda et al. (1979) estimated the liver enzyme's degradation rate constant at about 0.15 per day on both high- and low-casein diets.", TS_RAT, wrong="Working in mice", truth_alt=[TS_KD]),
    # Valty 1977: none / number / design / population
    C("va-none", VA, "none", "Valty et al. (1977) reported that 66 of 989 patients with a ball-valve prosthesis (6.7%) had needed a second operation, most often because the prosthesis had become displaced.", VA_66, truth_alt=[VA_IND]),
    C("va-num", VA, "number", "Valty and colleagues (1977) put the operative mortality of these valve re-operations at 13.8%.", VA_MORT, wrong="13.8%"),
    C("va-des", VA, "design", "Valty et al.'s (1977) randomised trial identified previous bacterial endocarditis, NYHA class IV and urgent re-operation as risk factors at valve re-operation.", VA_66, wrong="randomised trial", truth_alt=[VA_ANN, VA_RISK]),
    C("va-pop", VA, "population", "Among patients with porcine bioprosthetic valves, displacement accounted for about three quarters of re-operations (Valty et al., 1977).", VA_IND, wrong="porcine bioprosthetic valves", truth_alt=[VA_66]),
    # Cohn 1977: none x2 / comparator / direction
    C("co-none1", CO, "none", "Using xenon-133 washout in 31 resting patients, Cohn et al. (1977) found that sublingual nitroglycerin reduced regional myocardial blood flow much less in coronary patients with collaterals than in patients with normal coronary arteriograms.", CO_DEC, truth_alt=[CO_31]),
    C("co-none2", CO, "none", "In patients whose collaterals were well developed and arose from unobstructed arteries, nitroglycerin actually raised regional myocardial flow, whereas flow fell in the other collateral patients (Cohn et al., 1977).", CO_G3),
    C("co-comp", CO, "comparator", "Cohn and colleagues (1977) found that nitroglycerin reduced regional myocardial blood flow significantly less in coronary patients with collaterals than in coronary patients without collaterals.", CO_DEC, wrong="than in coronary patients without collaterals"),
    C("co-dir", CO, "direction", "In Cohn et al.'s (1977) study, sublingual nitroglycerin increased regional myocardial blood flow by about 31% in patients with normal coronary arteriograms.", CO_DEC, wrong="increased regional myocardial blood flow"),
    # Peters 1979: none x2 / duration / population
    C("pe-none1", PE, "none", "Peters et al. (1979) argued that when high-dose chemotherapy is followed by total body irradiation, the gap between the two strongly affects both toxicity to rapidly renewing tissues and the chance of ablating haemopoietic stem cells.", PE_INT),
    C("pe-none2", PE, "none", "In mice given piperazinedione at 50 mg/m2 and then fractionated total body irradiation, the best interval between drug and radiation was three to four days (Peters et al., 1979).", PE_MICE),
    C("pe-dur", PE, "duration", "Peters and colleagues (1979) found that the optimal gap between piperazinedione and total body irradiation was 3-4 weeks.", PE_MICE, wrong="3-4 weeks"),
    C("pe-pop", PE, "population", "In leukaemia patients conditioned with piperazinedione and total body irradiation, Peters et al. (1979) found the best interval between the two to be 3-4 days.", PE_MICE, wrong="In leukaemia patients"),
    # Carvajal 1977: none x2 / number / comparator
    C("ca-none1", CA, "none", "Carvajal et al. (1977) attached human liver arginase to nylon and showed that EDTA treatment split the bound tetramer into inactive subunits, which regained activity with manganese.", CA_EDTA, truth_alt=[CA_25]),
    C("ca-none2", CA, "none", "Reactivated arginase subunits still bound to the matrix recovered close to a quarter of the activity of the originally attached tetrameric enzyme (Carvajal et al., 1977).", CA_25),
    C("ca-num", CA, "number", "Carvajal and colleagues (1977) found that the reactivated bound arginase subunits had about 75% of the activity of the immobilised tetramer.", CA_25, wrong="75%"),
    C("ca-comp", CA, "comparator", "According to Carvajal et al. (1977), the reactivated matrix-bound subunits had nearly 25% of the activity of the free, soluble enzyme in solution.", CA_25, wrong="the free, soluble enzyme in solution"),
    # Weir 1979: none / design / comparator / duration
    C("we-none", WE, "none", "In Weir's (1979) series of 100 lumbar discectomies, 73% of patients had complete relief of leg pain and 63% of back pain at least a year after surgery.", WE_RES, truth_alt=[WE_PRO]),
    C("we-des", WE, "design", "Weir's (1979) retrospective review of 100 lumbosacral discectomies reported no complications.", WE_PRO, wrong="retrospective review"),
    C("we-comp", WE, "comparator", "Weir (1979) judged the outcomes of discectomy to be better than those reported for conservative management with bed rest.", WE_CHEMO, wrong="conservative management with bed rest"),
    C("we-dur", WE, "duration", "Weir (1979) documented neurological findings before surgery and again at 1 month and 5 years after discectomy.", WE_FU, wrong="5 years"),
    # Cole 1978: none x2 / number / population
    C("cl-none1", CL, "none", "Cole et al. (1978) developed a radial immunodiffusion assay for free kappa and lambda light chains and applied it to serum, urine and bone marrow from patients with multiple myeloma.", CL_RID),
    C("cl-none2", CL, "none", "With this assay, Cole and colleagues (1978) measured a median Bence Jones protein excretion of 0.775 g/day in 25 urine samples from myeloma patients.", CL_MED),
    C("cl-num", CL, "number", "Myeloma plasma cells cultured from marrow aspirates synthesised a median of 1.53 pg of light chain per cell per day (Cole et al., 1978).", CL_MED, wrong="1.53 pg"),
    C("cl-pop", CL, "population", "Cole et al.'s (1978) immunodiffusion assay was used to quantify free light chains in serum, urine and marrow from patients with Waldenström's macroglobulinaemia.", CL_RID, wrong="Waldenström's macroglobulinaemia"),
    # Abdel Kader 1979: none / direction / population / overreach
    C("ak-none", AK, "none", "Abdel Kader et al. (1979) found that oral carnitine lowered blood glucose during an oral glucose tolerance test in both normal and diabetic subjects, apart from the three-hour samples in the diabetics.", AK_GLU),
    C("ak-dir", AK, "direction", "Abdel Kader and colleagues (1979) reported that carnitine lowered serum alanine aminotransferase activity in normal and diabetic subjects.", AK_ALT, wrong="lowered serum alanine aminotransferase activity"),
    C("ak-pop", AK, "population", "In Abdel Kader et al.'s (1979) study, carnitine reduced total blood amino acid nitrogen only in the healthy, non-diabetic volunteers.", AK_N, wrong="only in the healthy, non-diabetic volunteers"),
    C("ak-over", AK, "overreach", "Abdel Kader et al. (1979) established carnitine as an effective treatment for diabetes, since it lowered blood glucose in diabetic subjects during glucose tolerance testing.", AK_GLU, wrong="established carnitine as an effective treatment for diabetes"),
    # Bokkenheuser 1979: none / number / direction / duration
    C("bo-none", BO, "none", "Bokkenheuser et al. (1979) isolated Campylobacter fetus subsp. jejuni as the only bacterial pathogen in 31% of infants up to 8 months old with acute gastroenteritis, against 5% of symptom-free infants.", BO_31),
    C("bo-num", BO, "number", "Campylobacter was recovered from 31% of young infants with gastroenteritis but from 15% of asymptomatic infants (Bokkenheuser et al., 1979).", BO_31, wrong="15%"),
    C("bo-dir", BO, "direction", "Among children aged 8 to 24 months, Bokkenheuser and colleagues (1979) found Campylobacter far more often in those with gastroenteritis than in healthy children.", BO_38, wrong="far more often in those with gastroenteritis than in healthy children"),
    C("bo-dur", BO, "duration", "The Campylobacter infections described by Bokkenheuser et al. (1979) were mostly benign, although symptoms typically lasted more than a month.", BO_WEEK, wrong="typically lasted more than a month"),
    # Welling 1979: none x2 / direction / comparator
    C("wl-none1", WL, "none", "In healthy male volunteers, Welling et al. (1979) found that erythromycin estolate produced higher plasma levels of total drug than erythromycin stearate, whereas the stearate gave higher levels of erythromycin base.", WL_TOT, truth_alt=[WL_BASE, WL_DES]),
    C("wl-none2", WL, "none", "Food impaired the absorption of erythromycin stearate, and so did taking it with little fluid on an empty stomach (Welling et al., 1979).", WL_STE),
    C("wl-dir", WL, "direction", "Welling and colleagues (1979) reported that taking erythromycin estolate with food reduced its absorption.", WL_EST, wrong="reduced its absorption"),
    C("wl-comp", WL, "comparator", "According to Welling et al. (1979), erythromycin estolate gave higher plasma levels of total drug than erythromycin ethylsuccinate.", WL_TOT, wrong="than erythromycin ethylsuccinate", truth_alt=[WL_DES]),
    # Frith 1979: none / design / duration / overreach
    C("fr-none", FR, "none", "Frith et al. (1979) recorded skin conductance responses to tones in 41 patients with acute schizophrenia before treatment and after four weeks on alpha-flupenthixol, beta-flupenthixol or placebo.", FR_41),
    C("fr-des", FR, "design", "In an uncontrolled case series of 41 acutely ill schizophrenic patients, Frith and colleagues (1979) found that those who failed to habituate to tones before treatment tended not to improve.", FR_41, wrong="an uncontrolled case series", truth_alt=[FR_HAB]),
    C("fr-dur", FR, "duration", "Frith et al.'s (1979) patients were retested after four months on treatment, and skin conductance responsivity fell only in those taking alpha-flupenthixol.", FR_41, wrong="after four months", truth_alt=[FR_SCR]),
    C("fr-over", FR, "overreach", "Frith et al. (1979) proved that a skin conductance test can reliably identify which patients with schizophrenia will not recover.", FR_MAY, wrong="proved that a skin conductance test can reliably identify", truth_alt=[FR_PRED]),
    # Lie-Injo 1977: none / number / population / overreach
    C("li-none", LI, "none", "Lie-Injo et al. (1977) studied 332 babies admitted to a Kuala Lumpur hospital with severe neonatal jaundice, 178 of whom had bilirubin levels high enough to need exchange transfusion.", LI_178, truth_alt=[LI_332]),
    C("li-num", LI, "number", "Among the Chinese neonates in Lie-Injo and colleagues' (1977) series, 29% had G6PD deficiency.", LI_CHI, wrong="29%"),
    C("li-pop", LI, "population", "Abnormal haemoglobins such as Hb E trait were found in about 17% of the Chinese babies with severe jaundice (Lie-Injo et al., 1977).", LI_MAL, wrong="Chinese babies", truth_alt=[LI_CHI]),
    C("li-over", LI, "overreach", "Lie-Injo et al. (1977) proved that abnormal haemoglobins cause the high incidence of severe neonatal jaundice in Malaysia.", LI_SEEM, wrong="proved that abnormal haemoglobins cause"),
    # Fisher 1977: none x2 / design / comparator
    C("fi-none1", FI, "none", "Fisher et al. (1977) randomised 45 patients with diabetic ketoacidosis to low-dose insulin given intravenously, subcutaneously or intramuscularly.", FI_45),
    C("fi-none2", FI, "none", "After the first two hours, the route of insulin made no significant difference to how fast glucose and ketones fell or to time to recovery (Fisher et al., 1977).", FI_THEN),
    C("fi-des", FI, "design", "Fisher and colleagues' (1977) retrospective chart review of 45 ketoacidosis admissions found that intravenous insulin lowered plasma glucose faster in the first two hours.", FI_45, wrong="retrospective chart review", truth_alt=[FI_IV]),
    C("fi-comp", FI, "comparator", "Fisher et al. (1977) found that low-dose intravenous insulin lowered plasma glucose and ketone bodies faster during the first two hours than conventional high-dose insulin did.", FI_IV, wrong="than conventional high-dose insulin", truth_alt=[FI_45]),
    # Roebuck 1977 (two authors): none / direction / design / overreach
    C("ro-none", RO, "none", "Roebuck and Wogan (1977) found that liver preparations from ducks, monkeys and humans each metabolised about 80% of the available aflatoxin B1 within 30 minutes.", RO_80),
    C("ro-dir", RO, "direction", "In Roebuck and Wogan's (1977) comparison, rat and mouse livers metabolised aflatoxin B1 more actively than human liver did.", RO_RAT, wrong="more actively than human liver", truth_alt=[RO_80]),
    C("ro-des", RO, "design", "Roebuck and Wogan (1977) dosed ducks, rats, mice and monkeys with aflatoxin B1 and compared the metabolites recovered from their livers with those from human liver.", RO_DES, wrong="dosed ducks, rats, mice and monkeys with aflatoxin B1"),
    C("ro-over", RO, "overreach", "Species differences in how the liver metabolises aflatoxin B1 explain why some species are far more susceptible to its carcinogenic effects (Roebuck & Wogan, 1977).", RO_NO, wrong="explain why some species are far more susceptible", accept=["overreach", "direction"]),
]
Path(__file__).with_name("claims.json").write_text(json.dumps(claims, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
print(len(claims), "claims")
