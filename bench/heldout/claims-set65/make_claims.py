"""Writes claims.json (set 65). Hand-written claims; truth sentences copied verbatim from the abstracts (pool 13).
The C() helper and the field layout are those of set 55's make_claims.py (its first 30 lines only were read)."""
import json
from pathlib import Path

def C(id, key, kind, claim, truth, wrong=None, truth_alt=None, accept=None):
    d = {"id": id, "key": key, "kind": kind, "claim": claim, "truth": truth}
    if truth_alt: d["truth_alt"] = truth_alt
    if wrong: d["wrong"] = wrong
    if accept: d["accept"] = accept
    return d

LE, BP, HI, OR, DL = "lei2021association", "battagliaparodi2020natural", "hirot2021evaluation", "ordiz2020effect", "deluca2020external"
BU, CO, DA, RU, TI = "buccheri2021clinical", "coll2021covid", "datta2019pigment", "rullier2020organ", "tian2014telomere"
TA, GL, EM, LG, CU = "tanabe2020altered", "gomezlara2020bioresorbable", "evaristomendez2019valor", "legrys2018analytical", "cui2021diagnostic"

LE_N = "Hypotheses were tested using a sample of 325 African American women from the Family and Community Health Study (FACHS)."
LE_MED = "As expected, inflammatory burden was the biophysiological mechanism that mediated much of the association between neighborhood physical disorder and perceived physical health."
LE_MAR = "Finally, being married largely eliminated the probability that neighborhood disorder would combine with genetic vulnerability to increase inflammatory burden and perceived illness."
BP_DES = "The survey takes the form of a prospective observational study with a 5-year follow-up."
BP_N = "Twenty-one eyes of 11 patients in the vitelliform stage were examined annually."
BP_62 = "Overall, 62% of eyes showed an increase in the area of vitelliform deposition."
BP_SUB = "Spectral domain OCT at baseline showed one subform characterized by solid vitelliform deposition, in 81% of eyes, and another subform characterized by a combination of solid deposition and subretinal fluid, in 19% of eyes."
HI_11 = "Eleven quantitative studies on 10 different samples of young people hospitalised in psychiatry in FSEF were identified between the opening of the first unit in 1956 and 2016."
HI_IMP = "The contribution of soins-études appears valuable for these young people, since there was a clinical improvement for 54-74% of them 1-15 years after their hospitalisation, with resumption of schooling, professional training or entry into employment in 60-75% of the cases."
HI_SUI = "Their previous care trajectory had lasted for more than 3 years and 24-55% of them had attempted suicide at least once."
HI_PRISMA = "After recalling the history and the concept underpinning soins-études in psychiatry, we performed a systematic review of the literature based on the PRISMA statement via a search for quantitative studies on soins-études facilities."
HI_DIS = "Depending on the severity of the disorders, 44-63% of the young people were considered to have improved at discharge."
OR_OBJ = "The objective of this study was to determine if a daily legume supplement given to Malawian infants aged 6 to 12 mo alters the 16S configuration of the fecal microbiota as read out by amplicon sequence variants (ASVs)."
OR_NONE = "Neither cowpea nor common bean altered the overall 16S configuration at any age."
OR_ALPHA = "Among the 1249 samples analyzed, the α-diversity of the fecal microbiome was unchanged among subjects after initiation of legume supplementation."
DL_4 = "In a contemporary real-world cohort of stable CAD patients, only 4% resulted in being eligible for the ISCHEMIA trial."
DL_PRIM = "At one year, the incidence of the primary outcome, a composite of death from cardiovascular (CV) causes, myocardial infarction (MI), or hospitalisation for unstable angina and heart failure, was 0.5% in the ISCHEMIA-Like versus 3.3% in other patients (p=0.03)."
DL_N = "Among the 5,070 consecutive patients enrolled in the START registry, 4,295 (84.7%) did not ful\ufb01l the inclusion criteria (ISCHEMIA-Not Included or ISCHEMIA-Unclassifiable), 582 (11.5%) had exclusion criteria (ISCHEMIA-Excluded), and the remaining 193 (3.8%) were classified as ISCHEMIA-Like."
BU_TLR = "The risk of target lesion revascularisation by PCI was lower in the Orsiro group (1.6% vs 2.3%, adjusted HR 0.75, 95% CI: 0.60-0.94, p-value=0.013)."
BU_2Y = "From the Swedish Coronary Angiography and Angioplasty Registry, the two-year outcomes of 4,561 patients implanted with Orsiro (Orsiro group) and 69,570 receiving other newer-generation DES (n-DES group) were analysed."
BU_MORT = "All-cause mortality and myocardial infarction did not show a statistically significant difference between the two groups (mortality of 7.5% in both groups, adjusted HR 0.99, 95% CI: 0.72-1.35, p-value=0.94; 6.0% vs 5.2% for myocardial infarction, adjusted HR 1.19, 95% CI: 1.00-1.43, p-value=0.06)."
BU_ST = "The rate of definite stent thrombosis was low in both groups (0.67% and 0.83% for Orsiro and n-DES, respectively; adjusted hazard ratio [HR] 0.90, 95% confidence interval [CI]: 0.55-1.46, p-value 0.66)."
CO_778 = "We compiled information for 778 (423 kidney, 113 HSCT, 110 liver, 69 heart, 54 lung, 8 pancreas, 1 multivisceral) recipients."
CO_DIED = "Ultimately, 174 (27%) patients died."
CO_RISK = "In univariate analysis, risk factors for death were lung transplantation (odds ratio [OR]: 2.5; 95% CI: 1.4-4.6), age >60 years (OR: 3.7; 95% CI: 2.5-5.5), and hospital-acquired COVID-19 (OR: 3.0; 95% CI: 1.9-4.9)."
CO_INC = "The incidence of COVID-19 in SOT recipients was two-fold higher compared to the Spanish general population."
CO_ADM = "Most patients (89%) were admitted to the hospital."
DA_MODEL = "The variation in the 25(OH)D increase in the combined linear model was not explained by measured skin pigmentation but by sex, height, age and seven SNPs located in the ASIP, MTAP, MIR196A29 and Solute Carrier Family genes."
DA_40 = "Forty participants representing a wide range in measured skin pigmentation were exposed to identical UVB doses on identical body areas over nine weeks with weekly measurements of serum 25(OH)D."
DA_NS = "However, this influence was statistically non-significant in the presence of separate significant pigment SNPs."
DA_CONC = "Therefore, only investigating skin pigmentation obscures other causal parameters for low 25(OH)D."
RU_INT = "The 5-year results of this multicentre randomised trial corroborate the 3-year results, providing no evidence of difference in oncological outcomes between local excision and total mesorectal excision."
RU_ITT = "In the modified intention-to-treat analysis, there was no difference between the local excision and total mesorectal excision groups in 5-year local recurrence (7% [95% CI 3-16] vs 7% [3-16]; adjusted hazard ratio [HR] 0·71 [95% CI 0·19-2·58]; p=0·60), metastatic disease (18% [CI 11-30] vs 19% [11-31]; 0·86 [0·36-2·06]; p=0·73), overall survival (84% [73-91] vs 82% [71-90]; 0·92 [0·38-2·22]; p=0·85), disease-free survival (70% [58-79] vs 72% [60-82]; 0·87 [0·44-1·72]; p=0·68), or cancer-specific mortality (7% [3-17] vs 10% [5-20]; 0·65 [0·17-2·49]; p=0·53)."
RU_DES = "GRECCAR 2 was the first multicentre, randomised trial to compare local excision with total mesorectal excision in downstaged low rectal cancer."
RU_SEL = "Local excision can be proposed in selected patients having a small T2T3 low rectal cancer with a good clinical response after chemoradiotherapy."
TI_PRED = "High expression of PinX1 correlated with CSCC's response to cisplatin/paclitaxel chemotherapy, and was an independent predictor of shortened survival (P<0.05)."
TI_122 = "The expression dynamics of PinX1 was first examined by immunohistochemistry in 122 advanced CSCC patients treated with cisplatin/paclitaxel chemotherapy."
TI_KD = "In CSCC cells, the levels of PinX1 were only associated with the cytotoxicity and sensitivity of paclitaxel, in which knockdown of PinX1 dramatically enhanced paclitaxel cytotoxicity, whereas the reestablishment of PinX1 levels substantially reduced the paclitaxel-induced killing effect."
TA_RED = "A profound reduction of global signal amplitude was seen consistently across the various unconscious states: wakefulness (median [1st, 3rd quartile], 0.46 [0.21, 0.50]) versus non-rapid eye movement stage 3 of sleep (0.30 [0.24, 0.32]; P = 0.035), wakefulness (0.36 [0.31, 0.42]) versus general anesthesia (0.25 [0.21, 0.28]; P = 0.001), healthy controls (0.30 [0.27, 0.37]) versus unresponsive wakefulness syndrome (0.22 [0.15, 0.24]; P < 0.001), and low dose (0.07 [0.06, 0.08]) versus high dose of propofol (0.04 [0.03, 0.05]; P = 0.028) in rats."
TA_METH = "Functional magnetic resonance imaging global signals were studied in physiologic, pharmacologic, and pathologic states of unconsciousness in human natural sleep (n = 9), propofol anesthesia (humans, n = 14; male rats, n = 12), and neuropathological patients (n = 21)."
GL_MLA = "MgBRS presented smaller minimal lumen area (3.92±2.02 vs 6.31±1.71 mm²; p<0.001) and larger area stenosis (52.84±18.05 vs 25.02±14.58%; p<0.001)."
GL_95 = "Ninety-five consecutive patients from the randomised MAGSTEMI trial (MgBRS=48, SES=47) underwent OCT imaging at one year."
GL_COL = "Scaffold collapse was observed in at least 50% of cases with MgBRS restenosis."
GL_MECH = "Although the advanced bioresorption state of MgBRS hampers the assessment of scaffold collapse, this seems to be the main mechanism of restenosis."
GL_EXP = "Scaffold measurements were only feasible in 50% of MgBRS, with the expansion index being smaller than in SES (0.58±0.16 vs 0.86±0.19; p<0.001)."
EM_LEV = "PCT levels were higher in the surgical group (7.05 ± 7.03 ng/mL) than in the non-surgical (0.37 ± 0.63 ng/mL), and in patients with I/N (10.06 ± 7.07 ng/mL) than without I/N (1.52 ± 1.45 ng/mL)."
EM_AUC = "In the ROC curve, the area under the curve was 0.91 for the need for surgery and 0.93 for I/N."
EM_54 = "Of 54 patients included, conservative management was performed in 31 (non-surgical group) and an exploratory laparotomy in 23 (surgical group)."
EM_DES = "The purpose of this prospective cohort study was to evaluate whether serum procalcitonin (PCT) levels predict the need for surgery and the presence of ischemia and/or necrosis (I/N) in small bowel obstruction."
EM_CUT = "PCT ≥ 0.80 ng/mL had the best sensitivity and specificity for surgery and ≥ 1.95 ng/mL for I/N."
LG_N = "979 sweat chloride concentrations from 128 subjects enrolled in the placebo arm of 2 multicenter, investigational drug trials were analyzed to determine coefficients of variation (CV) as well as reference change value (RCV) and index of individuality (II)."
LG_CONC = "Through determination of analytical as well as between- and within-subject variation, and with a larger sample size, our data allows improved estimates of the RCV and II, and can contribute to future trials of CFTR modulators and inform the design and interpretation of n of 1 trials in both research and clinical settings."
LG_SEX = "Sweat chloride variation was not affected by sex, collection site or sample weight; but was slightly affected by age in one of the two studies."
CU_33 = "The 33 included studies had 1,734 patients with 1,811 lesions suspected of glioma recurrence."
CU_FET = "18F-FET PET showed a pooled Sen and Spe of 0.88 (95% CI: 0.80, 0.93) and 0.78 (0.69, 0.85), respectively."
CU_FDG = "18F-FDG PET showed a pooled Sen and Spe of 0.78 (95% CI: 0.71, 0.83) and 0.87 (0.80, 0.92), the Spe of the HGGs group was lower than that of the low-grade gliomas group (0.82 vs. 0.90, P = 0.02)."
CU_CONC = "PET has a moderate diagnostic accuracy in differentiating between TPR and PTRC."

claims = [
    # Lei and Simons 2021 (two authors)
    C("lei-n1", LE, "none", "Lei and Simons (2021), studying 325 African American women from the Family and Community Health Study, found that inflammatory burden carried much of the link between physical disorder in the neighbourhood and how healthy the women felt.", LE_N, truth_alt=[LE_MED]),
    C("lei-pop", LE, "population", "In a sample of 325 African American men, neighbourhood disorder was tied to worse self-rated health largely through higher inflammation (Lei & Simons, 2021).", LE_N, wrong="African American men", truth_alt=[LE_MED]),
    C("lei-dir", LE, "direction", "Lei and Simons' (2021) analysis suggested that being married amplified the way neighbourhood disorder combined with genetic vulnerability to raise inflammation and perceived illness.", LE_MAR, wrong="being married amplified"),
    C("lei-over", LE, "overreach", "According to Lei and Simons (2021), it is now proven that neighbourhood disorder makes residents physically ill by driving up chronic inflammation.", LE_MED, wrong="it is now proven"),
    # Battaglia Parodi et al. 2020
    C("bp-n1", BP, "none", "Following 21 eyes of 11 patients in the vitelliform stage of Best disease each year, Battaglia Parodi et al. (2020) saw the vitelliform deposit enlarge in about six out of ten eyes.", BP_62, truth_alt=[BP_N]),
    C("bp-dur", BP, "duration", "Battaglia Parodi and colleagues (2020) followed patients in the vitelliform stage of Best vitelliform macular dystrophy for two years, examining them once a year.", BP_DES, wrong="for two years"),
    C("bp-num", BP, "number", "In Battaglia Parodi et al.'s (2020) series, a subform made up of solid vitelliform material alone was seen on baseline OCT in only 19% of eyes, the rest also having subretinal fluid.", BP_SUB, wrong="19% of eyes"),
    C("bp-des", BP, "design", "A randomised trial by Battaglia Parodi et al. (2020) tracked how vitelliform lesions in Best disease changed over five years.", BP_DES, wrong="A randomised trial"),
    # Hirot et al. 2021
    C("hirot-n1", HI, "none", "Hirot et al.'s (2021) systematic review identified 11 quantitative studies of the French 'soins-études' units, which combine psychiatric care with schooling for young people.", HI_11, truth_alt=[HI_PRISMA]),
    C("hirot-n2", HI, "none", "Between roughly half and three quarters of the young people treated in these care-and-study units had improved clinically one to 15 years after leaving hospital (Hirot et al., 2021).", HI_IMP),
    C("hirot-num", HI, "number", "Hirot and colleagues (2021) report that between 70% and 90% of these young people had attempted suicide at least once before admission.", HI_SUI, wrong="between 70% and 90%"),
    C("hirot-des", HI, "design", "In a randomised controlled trial, Hirot et al. (2021) showed that 44-63% of young psychiatric inpatients in French care-and-study units had improved by discharge.", HI_PRISMA, wrong="In a randomised controlled trial", truth_alt=[HI_DIS]),
    # Ordiz et al. 2020
    C("ordiz-n1", OR, "none", "Ordiz et al. (2020) found that a daily cowpea or common bean supplement given to Malawian infants from 6 to 12 months of age did not change the overall make-up of their faecal microbiota.", OR_NONE, truth_alt=[OR_OBJ]),
    C("ordiz-dir", OR, "direction", "In rural Malawi, a daily legume supplement increased the diversity of infants' gut bacteria (Ordiz et al., 2020).", OR_ALPHA, wrong="increased the diversity"),
    C("ordiz-pop", OR, "population", "Ordiz and colleagues (2020) gave legume supplements to rural Malawian toddlers aged 12 to 24 months and sequenced their stool microbiota.", OR_OBJ, wrong="toddlers aged 12 to 24 months", accept=["population", "number"]),
    C("ordiz-dur", OR, "duration", "In Ordiz et al.'s (2020) study, Malawian infants received a daily legume supplement for six weeks, with stool collected at up to six time points.", OR_OBJ, wrong="for six weeks"),
    # De Luca et al. 2020
    C("deluca-n1", DL, "none", "De Luca et al. (2020) found that only about 4% of 5,070 patients with stable coronary artery disease in the START registry would have qualified for the ISCHEMIA trial.", DL_4, truth_alt=[DL_N]),
    C("deluca-n2", DL, "none", "At one year, the ISCHEMIA-like patients in the registry had a far lower rate of the composite primary outcome than the other stable CAD patients (0.5% vs 3.3%), according to De Luca and colleagues (2020).", DL_PRIM),
    C("deluca-num", DL, "number", "Of the 5,070 consecutive patients in the START registry, 582 (11.5%) were classified as ISCHEMIA-like (De Luca et al., 2020).", DL_N, wrong="582 (11.5%)"),
    C("deluca-comp", DL, "comparator", "De Luca et al.'s (2020) ISCHEMIA-like registry patients had a lower one-year rate of the primary composite outcome than the patients enrolled in the ISCHEMIA trial itself.", DL_PRIM, wrong="than the patients enrolled in the ISCHEMIA trial itself"),
    # Buccheri et al. 2021
    C("bucc-n1", BU, "none", "In the Swedish SCAAR registry, Buccheri et al. (2021) found that patients given the ultrathin-strut Orsiro stent needed repeat PCI of the treated lesion less often than those given other newer-generation drug-eluting stents (1.6% vs 2.3%).", BU_TLR, truth_alt=[BU_2Y]),
    C("bucc-dir", BU, "direction", "Buccheri and colleagues (2021) reported that the Orsiro stent significantly reduced all-cause mortality compared with other newer-generation drug-eluting stents.", BU_MORT, wrong="significantly reduced all-cause mortality"),
    C("bucc-comp", BU, "comparator", "Definite stent thrombosis was rare with the Orsiro stent, occurring at a rate similar to that seen with first-generation bare-metal stents (Buccheri et al., 2021).", BU_ST, wrong="first-generation bare-metal stents"),
    C("bucc-dur", BU, "duration", "Buccheri et al.'s (2021) registry analysis reported five-year outcomes in 4,561 patients treated with Orsiro and 69,570 treated with other newer-generation drug-eluting stents.", BU_2Y, wrong="five-year outcomes"),
    # Coll et al. 2021
    C("coll-n1", CO, "none", "Coll et al. (2021) compiled nationwide Spanish data on 778 solid organ and haematopoietic stem cell transplant recipients with COVID-19, 423 of them kidney recipients.", CO_778),
    C("coll-n2", CO, "none", "Among Spanish transplant recipients with COVID-19, about a quarter of those with complete follow-up died, and lung transplantation, age over 60 and hospital-acquired infection were risk factors for death (Coll et al., 2021).", CO_DIED, truth_alt=[CO_RISK]),
    C("coll-pop", CO, "population", "Coll and colleagues (2021) reported that COVID-19 was twice as common among patients on the kidney transplant waiting list as in Spain's general population.", CO_INC, wrong="patients on the kidney transplant waiting list"),
    C("coll-num", CO, "number", "In Coll et al.'s (2021) Spanish series, just 13% of transplant recipients with COVID-19 had to be admitted to hospital.", CO_ADM, wrong="13%"),
    # Datta et al. 2019
    C("datta-n1", DA, "none", "Datta et al. (2019) gave 40 people with a wide range of skin colour identical UVB doses over nine weeks of Danish winter and found that the rise in vitamin D was explained by sex, height, age and pigment-gene variants rather than by measured skin pigmentation.", DA_MODEL, truth_alt=[DA_40]),
    C("datta-over", DA, "overreach", "Datta and colleagues (2019) proved that skin colour plays no part at all in vitamin D deficiency among darker-skinned people.", DA_NS, wrong="proved that skin colour plays no part at all", truth_alt=[DA_MODEL, DA_CONC]),
    C("datta-dur", DA, "duration", "In Datta et al.'s (2019) Danish study, participants received identical UVB exposures over nine months, with serum 25(OH)D measured every week.", DA_40, wrong="over nine months"),
    C("datta-dir", DA, "direction", "Datta et al. (2019) reported that darker measured skin pigmentation significantly reduced the vitamin D gained from UVB even after the pigment-gene variants were taken into account.", DA_NS, wrong="significantly reduced the vitamin D gained from UVB even after the pigment-gene variants were taken into account", truth_alt=[DA_MODEL]),
    # Rullier et al. 2020
    C("rull-n1", RU, "none", "In the GRECCAR 2 trial, Rullier et al. (2020) found no difference in five-year local recurrence, metastasis or survival between local excision and total mesorectal excision in good responders to chemoradiotherapy for low rectal cancer.", RU_INT, truth_alt=[RU_ITT]),
    C("rull-dir", RU, "direction", "Rullier and colleagues (2020) reported that local excision roughly halved five-year local recurrence compared with total mesorectal excision in downstaged low rectal cancer.", RU_ITT, wrong="roughly halved five-year local recurrence"),
    C("rull-des", RU, "design", "Rullier et al.'s (2020) retrospective cohort study of 145 patients compared local excision with total mesorectal excision after chemoradiotherapy for low rectal cancer.", RU_DES, wrong="retrospective cohort study", truth_alt=[RU_INT]),
    C("rull-over", RU, "overreach", "Rullier et al. (2020) showed that local excision is as good as total mesorectal excision for all patients with rectal cancer.", RU_SEL, wrong="for all patients with rectal cancer", accept=["overreach", "population"]),
    # Tian et al. 2014
    C("tian-n1", TI, "none", "Tian et al. (2014) examined PinX1 by immunohistochemistry in 122 patients with advanced cervical squamous cell carcinoma given cisplatin/paclitaxel and found that high expression independently predicted shorter survival.", TI_PRED, truth_alt=[TI_122]),
    C("tian-n2", TI, "none", "In cervical cancer cells, knocking PinX1 down sharply increased paclitaxel's cell-killing effect, while restoring it blunted that effect (Tian et al., 2014).", TI_KD),
    C("tian-pop", TI, "population", "Tian and colleagues (2014) studied PinX1 expression in 122 women with early-stage cervical squamous cell carcinoma treated with cisplatin/paclitaxel.", TI_122, wrong="early-stage"),
    C("tian-des", TI, "design", "In a randomised trial of 122 patients with advanced cervical squamous cell carcinoma, Tian et al. (2014) found that PinX1 levels predicted the response to cisplatin/paclitaxel.", TI_122, wrong="In a randomised trial", truth_alt=[TI_PRED]),
    # Tanabe et al. 2020
    C("tanabe-n1", TA, "none", "Tanabe et al. (2020) found that the amplitude of the fMRI global brain signal fell in deep non-REM sleep, under propofol anaesthesia and in unresponsive wakefulness syndrome, and in rats at a higher propofol dose.", TA_RED),
    C("tanabe-comp", TA, "comparator", "In Tanabe et al.'s (2020) study, patients with unresponsive wakefulness syndrome had a lower global brain signal amplitude than volunteers under propofol anaesthesia.", TA_RED, wrong="than volunteers under propofol anaesthesia"),
    C("tanabe-num", TA, "number", "Tanabe and colleagues (2020) studied fMRI global signals in 90 people during natural sleep, 14 people under propofol anaesthesia and 21 neuropathological patients, as well as in rats.", TA_METH, wrong="90 people"),
    C("tanabe-pop", TA, "population", "Tanabe et al. (2020) also gave propofol to 12 macaque monkeys, whose global signal was lower at the high dose than at the low dose.", TA_METH, wrong="12 macaque monkeys", truth_alt=[TA_RED]),
    # Gomez-Lara et al. 2020
    C("gl-n1", GL, "none", "Gomez-Lara et al. (2020) performed OCT at one year in 95 STEMI patients from the randomised MAGSTEMI trial and found smaller minimal lumen areas with magnesium bioresorbable scaffolds than with sirolimus-eluting stents.", GL_MLA, truth_alt=[GL_95]),
    C("gl-n2", GL, "none", "Gomez-Lara and colleagues (2020) concluded that scaffold collapse, seen in at least half of restenotic magnesium scaffolds, appears to be the main mechanism of restenosis.", GL_COL, truth_alt=[GL_MECH]),
    C("gl-comp", GL, "comparator", "In the MAGSTEMI OCT substudy, magnesium bioresorbable scaffolds had a smaller expansion index than everolimus-eluting stents (Gomez-Lara et al., 2020).", GL_EXP, wrong="everolimus-eluting stents"),
    C("gl-dur", GL, "duration", "Gomez-Lara et al.'s (2020) optical coherence tomography study imaged MAGSTEMI patients five years after they received magnesium scaffolds or sirolimus-eluting stents.", GL_95, wrong="five years after"),
    # Evaristo-Méndez et al. 2019
    C("em-n1", EM, "none", "Evaristo-Méndez et al. (2019) found that procalcitonin was much higher in patients with small bowel obstruction who went on to surgery than in those managed conservatively.", EM_LEV),
    C("em-n2", EM, "none", "In 54 patients with small bowel obstruction, procalcitonin discriminated well both the need for surgery and the presence of ischaemia or necrosis, with areas under the ROC curve above 0.9 (Evaristo-Méndez et al., 2019).", EM_AUC, truth_alt=[EM_54]),
    C("em-des", EM, "design", "Evaristo-Méndez and colleagues' (2019) retrospective chart review of 54 patients found procalcitonin to be an independent predictor of surgery in small bowel obstruction.", EM_DES, wrong="retrospective chart review"),
    C("em-num", EM, "number", "In Evaristo-Méndez et al.'s (2019) study, a procalcitonin cut-off of 1.95 ng/mL gave the best sensitivity and specificity for predicting the need for surgery.", EM_CUT, wrong="1.95 ng/mL"),
    # LeGrys et al. 2018
    C("legrys-n1", LG, "none", "LeGrys et al. (2018) analysed 979 sweat chloride measurements from 128 participants in the placebo arms of two multicentre drug trials to estimate analytical and biological variation.", LG_N),
    C("legrys-pop", LG, "population", "LeGrys and colleagues (2018) measured sweat chloride repeatedly in 128 healthy volunteers to define its normal variation for cystic fibrosis trials.", LG_N, wrong="healthy volunteers"),
    C("legrys-over", LG, "overreach", "LeGrys et al. (2018) established that sweat chloride can replace clinical outcomes as the endpoint of CFTR modulator trials.", LG_CONC, wrong="established that sweat chloride can replace clinical outcomes"),
    C("legrys-dir", LG, "direction", "According to LeGrys et al.'s (2018) analysis, sweat chloride variation differed markedly between men and women and between collection sites.", LG_SEX, wrong="differed markedly between men and women and between collection sites"),
    # Cui et al. 2021
    C("cui-n1", CU, "none", "Cui et al.'s (2021) meta-analysis of 33 studies, covering 1,734 patients, assessed how well PET separates true glioma progression from treatment-related changes.", CU_33),
    C("cui-n2", CU, "none", "For telling true glioma progression from post-treatment change, 18F-FET PET had a pooled sensitivity of 0.88 and a specificity of 0.78 (Cui et al., 2021).", CU_FET),
    C("cui-comp", CU, "comparator", "In Cui and colleagues' (2021) review, the specificity of 18F-FDG PET was lower in high-grade gliomas than in mixed-grade gliomas (0.82 vs 0.90).", CU_FDG, wrong="mixed-grade gliomas"),
    C("cui-over", CU, "overreach", "Cui et al. (2021) concluded that PET is highly accurate at separating true glioma progression from treatment-related changes.", CU_CONC, wrong="highly accurate"),
]
(Path(__file__).resolve().parent / "claims.json").write_text(json.dumps(claims, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(len(claims))
