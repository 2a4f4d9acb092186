"""Writes claims.json (set 67). Hand-written claims; truth sentences copied verbatim from the abstracts (pool 13).
The C() helper and the field layout are those of set 55's make_claims.py (its first 30 lines only were read)."""
import json
from pathlib import Path

def C(id, key, kind, claim, truth, wrong=None, truth_alt=None, accept=None):
    d = {"id": id, "key": key, "kind": kind, "claim": claim, "truth": truth}
    if truth_alt: d["truth_alt"] = truth_alt
    if wrong: d["wrong"] = wrong
    if accept: d["accept"] = accept
    return d

BE, KI, LE, SA, LC = "besler2020transcatheter", "kitamura2020systematic", "levine2020synthesis", "saunders2021searching", "leach2020mr"
MR, MA, DA, NE, MD = "mirandarosales2019use", "manoharan2020thirty", "deabajo2021impact", "newman2021diet", "mandelker2019germline"
OD, SO, YA, BA, LI = "oda2021clinical", "song2021self", "yang2019adverse", "bagocsi2021new", "lei2020childhood"

BE_50 = "Fifty patients in NYHA Class II-IV despite optimal medical therapy (median age 78.0 years [IQR 74.5-81.0], 52% female, log EuroSCORE 21.6 [IQR 13.2-30.2]) were treated for severe mitral regurgitation (MR) and followed up for one month."
BE_MR = "MR grade ≤1 was observed in 39/50 (78%) patients at discharge, and in 36/46 (78%) patients at one month, with transvalvular gradients remaining ≤5 mmHg in all patients."
BE_SUC = "Technical and procedural success was achieved in 100% and 98% of patients, respectively."
BE_NYHA = "After one month, 73% of patients reported an improvement in NYHA class, and six-minute walk test distance increased by 73±12 m in patients without relevant tricuspid regurgitation."
BE_CONC = "In a real-world population, the PASCAL device effectively reduces MR and leads to functional improvements on short-term follow-up."
KI_AIM = "The aim of this study was to evaluate the feasibility, efficacy and safety of the bioprosthetic or native aortic scallop intentional laceration to prevent iatrogenic coronary artery obstruction (BASILICA) technique during transcatheter aortic valve implantation (TAVI) in an initial cohort at a single European centre."
KI_21 = "Between August 2018 and March 2020, BASILICA was attempted in 23 leaflets in 21 consecutive patients undergoing TAVI (age 78±6 years, 52% female)."
KI_IDX = "The index procedure was performed for 21 degenerated bioprosthetic leaflets (90%, 9.2±2.6 years after implantation) and two native leaflets (10%)."
KI_CEP = "A cerebral embolic protection device was used in 20 (95%) patients."
KI_FEAS = "BASILICA was feasible in all but one patient (95%) and resulted in effective prevention of coronary obstruction in 19 patients (90%)."
KI_30 = "No mortality or stroke was observed up to 30 days."
KI_SC = "The feasibility, efficacy and safety of BASILICA in this early single-centre experience were consistent with the initial proof-of-concept reports."
LE_10 = "In this study, we evaluated the efficacy of generative adversarial networks to synthesize high-resolution pathology images of 10 histological types of cancer, including five cancer types from The Cancer Genome Atlas and the five major histological subtypes of ovarian carcinoma."
LE_SURV = "The quality of these images was assessed using a comprehensive survey of board-certified pathologists (n = 9) and pathology trainees (n = 6)."
LE_RES = "Our results show that the real and synthetic images are classified by histotype with comparable accuracies and the synthetic images are visually indistinguishable from real images."
LE_CNN = "Furthermore, we trained deep convolutional neural networks to diagnose the different cancer types and determined that the synthetic images perform as well as additional real images when used to supplement a small training set."
SA_MR = "We performed an MR-PheWAS analysing 316 phenotypes, proxied by 8387 genetic variants, and summary genetic data from a GWAS of 12,488 glioma cases and 18,169 controls."
SA_NS = "No significant associations (P < 1.58 × 10-4) were observed between phenotypes and glioma under the IVW-RE model."
SA_LTL = "Suggestive associations (1.58 × 10-4 < P < 0.05) were observed between leukocyte telomere length (LTL) with all glioma (ORSD = 3.91, P = 9.24 × 10-3) and GBM (ORSD = 4.86, P = 3.23 × 10-2), but the association was primarily driven by the TERT variant rs2736100."
SA_SUM = "Summary data from genome-wide association studies (GWAS) can be used in a Mendelian randomisation (MR) phenome-wide association study (PheWAS) to search for glioma risk factors."
LC_400 = "Four hundred cases submitted to the IDIPGR with a local diagnosis of DIPG and baseline MRI were evaluated by consensus review of 2 neuroradiologists; 43 cases were excluded (inadequate imaging or alternative diagnoses)."
LC_95 = "On central review, 9.5% of patients were considered not to have DIPG."
LC_MV = "Although several imaging features were significantly associated with OS (univariable), only age and distant disease were significant on multivariable analyses."
LC_H3 = "There was no difference in OS between wild-type and H3 mutated cases."
LC_DISC = "There was a 9.5% discordance in DIPG diagnosis between local and central review, demonstrating need for central imaging confirmation for prospective trials."
MR_DES = "A retrospective observational cohort study was conducted."
MR_FEV = "Post-operative fever was more prevalent in group with a drains odds ratio (OR) 3.4 (confidence interval [CI] 95% 1.4-7.9)."
MR_OP = "The average operating time was 1.46 h (1.0-2.5) and 1.66 (1-3) for patients without drains and with drains, respectively, the difference was significant (p = 0.001)."
MR_HOSP = "The mean time of hospitalization was 7.3 (3-20) and 8.8 days (3-35) for patients without drains and with drains, respectively."
MR_REOP = "Reoperation was not significant among both groups, p = 0.108 OR 6.3 (CI 95% 0.6-62.4)."
MA_DES = "FORWARD PRO is a prospective, multinational, multicentre observational study."
MA_629 = "Transcatheter aortic valve implantation with the Evolut PRO valve (23, 26, or 29 mm) was attempted in 629 non-consecutive patients from 39 centres from February 2018 to January 2019."
MA_PE = "The primary endpoint was the rate of all-cause mortality at 30 days compared to a pre-specified performance goal."
MA_BASE = "Baseline characteristics included mean age 81.7±6.1 years, 61.8% female, STS score 4.7±3.3%, and 33.6% were frail."
MA_MORT = "All-cause mortality at 30 days was 3.2%, which was lower than the pre-specified performance goal of 5.5% (p=0.004)."
DA_MAD = "Adult patients with a PCR-confirmed diagnosis of COVID-19 requiring admission during March 2020 were consecutively selected from 7 hospitals in Madrid, Spain."
DA_MORT = "The in-hospital mortality rates were 27.6% and 27.7% in discontinuation and continuation cohorts, respectively (HR=1.01; 95%CI 0.70-1.46)."
DA_H2H = "The head-to-head comparison (ARB vs. ACEI continuation) yielded an adjusted HR of 0.52 (95%CI 0.29-0.93), being especially notorious among males (HR=0.34; 95%CI 0.12-0.93), subjects older than 74 years (HR=0.46; 95%CI 0.25-0.85), and patients with obesity (HR=0.22; 95%CI 0.05-0.94), diabetes (HR=0.36; 95%CI 0.13-0.97), and heart failure (HR=0.12; 95%CI 0.03-0.97)."
DA_ARB = "No difference in mortality was observed between ARB and ACEI discontinuation (28.6% vs. 27.1%, respectively), while a significantly lower mortality rate was found among patients who continued with ARBs (20.8%, N=125) as compared to those who continued with ACEIs (33.1%, N=136; p=0.03)."
DA_CONC = "The discontinuation of ACEIs/ARBs at admission did not improve the in-hospital survival."
DA_TREND = "On the contrary, the continuation with ARBs was associated with a trend to a reduced mortality as compared to their discontinuation and to a significantly lower mortality risk as compared to the continuation with ACEIs, particularly in high-risk patients."
NE_OBJ = "The objective of this study was to increase understanding of the complex interactions between diet, obesity, and the gut microbiome of adult female non-human primates (NHPs)."
NE_DIET = "Subjects consumed either a Western (n=15) or Mediterranean (n=14) diet designed to represent human dietary patterns for 31 months."
NE_MAIN = "Diet was the main contributor to gut microbiome bacterial diversity."
NE_PC = "Western diet-fed NHPs had significantly higher levels of Prevotella copri than Mediterranean diet NHPs."
MD_17 = "Here we present analyses of paired sequencing data from 17 152 cancer samples, in which 1494 pathogenic sequence variants were identified across 65 cancer susceptibility genes."
MD_UNC = "For pathogenic sequence variants in cancer susceptibility genes identified on tumour-only sequencing, it is often unclear whether they are of somatic or constitutional (germline) origin."
OD_300 = "We retrospectively reviewed the symptoms on admission, treatment, and outcome of a total of 300 patients with mild (peripheral oxygen saturation (SpO2) ≥ 96%), moderate I (93% < SpO2 < 96%), moderate II (SpO2 ≤ 93%) and severe (requiring admission to the ICU or mechanical ventilation) COVID-19."
OD_REC = "Respiratory condition recovered in 92%; whereas it worsened in 7% and the mortality rate was 1%."
OD_HOSP = "The median duration of hospitalization was 10 (7-15) days."
OD_DIS = "All patients with mild and moderate I severity were discharged."
OD_DRUG = "Favipiravir, ciclesonide, dexamethasone, and heparin were administered in 106, 168, 65, and 38 patients, respectively, but not remdesivir."
OD_DM = "The ratios of male patients, of patients with diabetes mellitus in those with the decreased respiratory condition, were significantly higher than recovered."
SO_1206 = "In this retrospective study, 1206 laboratory-confirmed COVID-19 patients were included and followed up by telephone one month after discharged from Tongji Hospital, Wuhan."
SO_PCT = "20.6% COVID-19 patients had loss of taste (median score=6), while 11.4% had loss of smell (median score=5)."
SO_1IN = "In this cohort, only 1 out of 10 hospital admitted patients had loss of smell while 1 out of 5 reported loss of taste which was associated to severity of COVID-19."
SO_SEV = "Loss of taste scores, but not loss of smell scores, were significantly increased in severe vs. non-severe COVID-19 patients."
SO_2W = "Most patients recovered smell and taste dysfunctions in 2 weeks."
SO_80 = "About 80% of COVID-19 patients recovered from smell and taste dysfunction in 2 weeks."
YA_COH = "This population-based cohort study involved 38 115 pregnant women in Wuhan, China."
YA_OR = "After adjusting for major confounders and other air pollutants, a 10 µg/m3 increase in PM2.5 and O3 concentrations was found to correlate to a 1.14-fold [95% confidence interval (95% CI): 1.09, 1.20] and a 1.05-fold (95% CI: 1.02, 1.07) increase in GH risk, respectively."
YA_SEAS = "Additionally, stronger relationships between GH risk and PM2.5 and O3 exposure were observed in women who conceived in winter and summer, respectively."
YA_CONC = "These findings suggest that air pollutants may contribute to the development of GH."
BA_AIM = "The aim of the study CERES (CzEch REkovelle real life Study) was to gather experience with the use of a novel gonadotrophine, to evaluate the efficacy of follitropin delta in Czech clinical settings and to compare our results with the clinical trial ESTHER-1."
BA_85 = "A total of 85 women (aged 24-42 years) was included in the study."
BA_PR = "There were reported 37 clinical pregnancies (43.5% cPR - clinical pregnancy rate), 30 live births (35.3% LBR - live birth rate), 3 (3.5%) early moderate ovarian hyperstimulation syndroms (OHSS) and no hospitalization due to the treatment."
BA_ESTHER = "The results of the Czech population study are fully comparable with the international, randomized, assessor-blinded trial ESTHER-1."
LI_454 = "We used data from a longitudinal sample of 454 African Americans enrolled in the Family and Community Health Study."
LI_OUT = "The outcome variable was a 30-year CVD risk score computed from the Framingham algorithm."
LI_LINK = "The findings revealed a link between childhood adversity and adult CVD risk at age 29, for both measures of adversity."
LI_BUF = "Consistent with the stress-buffering hypothesis, prospectively assessed parental emotional support in adolescence, but not adulthood, buffered effects on cardiovascular risk for each type of assessment of childhood adversity."

claims = [
 # Besler 2020: none, number, duration, overreach
 C("be-n1", BE, "none", "Besler et al. (2020) treated 50 patients with severe mitral regurgitation using the PASCAL device and, one month later, roughly 78% of those followed up had mitral regurgitation of grade 1 or less.", BE_MR, truth_alt=[BE_50]),
 C("be-num", BE, "number", "In Besler and colleagues' (2020) real-world PASCAL series, technical success was achieved in every patient but procedural success in only 78%.", BE_SUC, wrong="procedural success in only 78%"),
 C("be-dur", BE, "duration", "Six months after transcatheter repair with the PASCAL system, 73% of patients reported a better NYHA class (Besler et al., 2020).", BE_NYHA, wrong="Six months after", truth_alt=[BE_50]),
 C("be-over", BE, "overreach", "Besler et al.'s (2020) real-world series showed that the PASCAL device gives lasting, long-term relief of mitral regurgitation.", BE_CONC, wrong="lasting, long-term relief", accept=["overreach", "duration"]),
 # Kitamura 2020: none x2, design, duration
 C("ki-n1", KI, "none", "Kitamura et al. (2020) attempted the BASILICA leaflet-laceration technique in 21 consecutive TAVI patients at one European centre and found it feasible in all but one of them.", KI_FEAS, truth_alt=[KI_21, KI_AIM]),
 C("ki-n2", KI, "none", "Most leaflets lacerated by Kitamura and colleagues (2020) were degenerated bioprosthetic leaflets implanted about nine years earlier, and cerebral embolic protection was used in nearly every patient.", KI_IDX, truth_alt=[KI_CEP]),
 C("ki-des", KI, "design", "In a multicentre registry, Kitamura et al. (2020) found that BASILICA prevented coronary obstruction in 90% of patients undergoing TAVI.", KI_AIM, wrong="In a multicentre registry", truth_alt=[KI_SC]),
 C("ki-dur", KI, "duration", "Kitamura et al.'s (2020) BASILICA patients had no deaths or strokes during one year of follow-up.", KI_30, wrong="during one year of follow-up"),
 # Levine 2020: none x2, direction, population
 C("le-n1", LE, "none", "Levine et al. (2020) used generative adversarial networks to synthesise pathology images of 10 cancer histotypes, and the synthetic images could not be told apart from real ones.", LE_RES, truth_alt=[LE_10]),
 C("le-n2", LE, "none", "When added to a small training set, GAN-made pathology images helped a convolutional network diagnose cancer types as well as extra real images did (Levine et al., 2020).", LE_CNN),
 C("le-dir", LE, "direction", "Levine and colleagues (2020) found that synthetic pathology images were classified by histotype much less accurately than real images.", LE_RES, wrong="much less accurately than real images"),
 C("le-pop", LE, "population", "In Levine et al.'s (2020) survey, the quality of the GAN-generated cancer images was judged by nine radiologists and six radiology residents.", LE_SURV, wrong="nine radiologists and six radiology residents"),
 # Saunders 2021: none, number, design, overreach
 C("sa-n1", SA, "none", "Saunders et al. (2021) ran a phenome-wide Mendelian randomisation analysis of 316 traits using GWAS data on 12,488 glioma cases and 18,169 controls, and no trait reached their significance threshold.", SA_NS, truth_alt=[SA_MR]),
 C("sa-num", SA, "number", "In Saunders and colleagues' (2021) MR-PheWAS, genetically longer leukocyte telomere length was suggestively associated with glioma, with an odds ratio of about 1.11 per standard deviation.", SA_LTL, wrong="about 1.11"),
 C("sa-des", SA, "design", "In a large prospective cohort, Saunders et al. (2021) found only suggestive links between LDL cholesterol, HbA1c and glioma.", SA_MR, wrong="In a large prospective cohort", truth_alt=[SA_SUM]),
 C("sa-over", SA, "overreach", "Saunders et al. (2021) established that longer telomeres cause glioma and glioblastoma.", SA_LTL, wrong="established that longer telomeres cause"),
 # Leach 2020: none x2, direction, comparator
 C("lc-n1", LC, "none", "Leach et al. (2020) had two neuroradiologists review baseline MRI from 400 cases in the International DIPG Registry, and 9.5% of the patients turned out not to have DIPG.", LC_95, truth_alt=[LC_400]),
 C("lc-n2", LC, "none", "Several MRI features were tied to survival on univariable analysis, but only age and distant disease stayed significant in the multivariable model (Leach et al., 2020).", LC_MV),
 C("lc-dir", LC, "direction", "Leach and colleagues (2020) found that patients with H3-mutated DIPG had markedly shorter overall survival than those with wild-type tumours.", LC_H3, wrong="markedly shorter overall survival than those with wild-type tumours"),
 C("lc-comp", LC, "comparator", "Leach et al.'s (2020) registry review found a 9.5% discordance in DIPG diagnosis between MRI and biopsy.", LC_DISC, wrong="between MRI and biopsy"),
 # Miranda-Rosales 2019: none, design, direction, duration
 C("mr-n1", MR, "none", "In Miranda-Rosales et al.'s (2019) retrospective cohort of patients with peritonitis from complicated appendicitis, post-operative fever was more common when drains were left (OR 3.4).", MR_FEV, truth_alt=[MR_DES]),
 C("mr-des", MR, "design", "A randomized trial by Miranda-Rosales et al. (2019) found that drains after appendectomy for complicated appendicitis lengthened operating time.", MR_DES, wrong="A randomized trial", truth_alt=[MR_OP]),
 C("mr-dir", MR, "direction", "Miranda-Rosales and colleagues (2019) found that patients who had drains needed significantly more reoperations.", MR_REOP, wrong="significantly more reoperations"),
 C("mr-dur", MR, "duration", "Patients with drains stayed in hospital for an average of 8.8 weeks, against 7.3 weeks for those without (Miranda-Rosales et al., 2019).", MR_HOSP, wrong="8.8 weeks, against 7.3 weeks", accept=["duration", "number"]),
 # Manoharan 2020: none, comparator, design, population
 C("ma-n1", MA, "none", "In the FORWARD PRO study, Manoharan et al. (2020) implanted the Evolut PRO valve in 629 patients at 39 centres; 30-day all-cause mortality was 3.2%, below the prespecified performance goal of 5.5%.", MA_MORT, truth_alt=[MA_629]),
 C("ma-comp", MA, "comparator", "Manoharan et al.'s (2020) study found that 30-day mortality with the Evolut PRO valve was lower than with surgical aortic valve replacement.", MA_MORT, wrong="lower than with surgical aortic valve replacement", truth_alt=[MA_PE]),
 C("ma-des", MA, "design", "In a randomized multicentre trial, Manoharan and colleagues (2020) found more than mild aortic regurgitation in only 1.8% of Evolut PRO patients at discharge.", MA_DES, wrong="In a randomized multicentre trial"),
 C("ma-pop", MA, "population", "Manoharan et al. (2020) tested the Evolut PRO valve in younger, low-risk patients and reported a 30-day mortality of 3.2%.", MA_BASE, wrong="younger, low-risk patients"),
 # de Abajo 2021: none x2, direction, comparator
 C("da-n1", DA, "none", "In a retrospective cohort from seven Madrid hospitals, de Abajo et al. (2021) found that stopping ACE inhibitors or ARBs on admission for COVID-19 did not lower in-hospital mortality (27.6% vs 27.7% with continuation).", DA_MORT, truth_alt=[DA_CONC, DA_MAD]),
 C("da-n2", DA, "none", "Among COVID-19 patients who kept taking their drug in hospital, those on ARBs had lower mortality than those on ACE inhibitors, with an adjusted hazard ratio of 0.52 (de Abajo et al., 2021).", DA_H2H, truth_alt=[DA_ARB]),
 C("da-dir", DA, "direction", "According to de Abajo and colleagues (2021), discontinuing ACE inhibitors or ARBs at hospital admission reduced COVID-19 mortality.", DA_CONC, wrong="reduced COVID-19 mortality", truth_alt=[DA_MORT]),
 C("da-comp", DA, "comparator", "In the Madrid cohort of de Abajo et al. (2021), patients who continued their ARB had a significantly lower mortality rate than those who stopped it.", DA_TREND, wrong="than those who stopped it", accept=["comparator", "direction"]),
 # Newman 2021: none x2, duration, population
 C("ne-n1", NE, "none", "Newman et al. (2021) fed adult female non-human primates a Western (n=15) or Mediterranean (n=14) diet and found that diet was the main driver of gut bacterial diversity.", NE_MAIN, truth_alt=[NE_DIET, NE_OBJ]),
 C("ne-n2", NE, "none", "Primates on the Western diet carried significantly more Prevotella copri than those on the Mediterranean diet (Newman et al., 2021).", NE_PC),
 C("ne-dur", NE, "duration", "In Newman and colleagues' (2021) primate study, the animals ate a Western or Mediterranean diet for 31 weeks before their gut microbiomes were sequenced.", NE_DIET, wrong="31 weeks"),
 C("ne-pop", NE, "population", "Newman et al.'s (2021) feeding study in mice found that a Western diet raised gut Prevotella copri compared with a Mediterranean diet.", NE_OBJ, wrong="in mice"),
 # Mandelker 2019: none, number, population, overreach
 C("md-n1", MD, "none", "Mandelker et al. (2019) analysed paired sequencing data from 17,152 cancer samples, identifying 1494 pathogenic variants across 65 cancer susceptibility genes.", MD_17),
 C("md-num", MD, "number", "Drawing on sequencing data from 1,494 cancer samples, the ESMO Precision Medicine Working Group (Mandelker et al., 2019) issued recommendations on germline-focussed analysis of tumour-only sequencing.", MD_17, wrong="1,494 cancer samples"),
 C("md-pop", MD, "population", "Mandelker and colleagues (2019) based their recommendations on paired sequencing data from 17,152 breast cancer samples.", MD_17, wrong="breast cancer samples"),
 C("md-over", MD, "overreach", "Mandelker et al. (2019) showed that pathogenic variants in cancer susceptibility genes found on tumour-only sequencing are always of germline origin.", MD_UNC, wrong="are always of germline origin"),
 # Oda 2021: none x2, number, direction
 C("od-n1", OD, "none", "Oda et al. (2021) retrospectively reviewed 300 COVID-19 patients treated at a specialised hospital in Japan: respiratory status recovered in 92% and mortality was 1%.", OD_REC, truth_alt=[OD_300]),
 C("od-n2", OD, "none", "At Oda and colleagues' (2021) COVID-19 hospital, the median stay was 10 days, and every patient with mild or moderate I disease was discharged.", OD_HOSP, truth_alt=[OD_DIS]),
 C("od-num", OD, "number", "Of the 300 COVID-19 patients reviewed by Oda et al. (2021), 168 received favipiravir.", OD_DRUG, wrong="168 received favipiravir"),
 C("od-dir", OD, "direction", "Oda et al.'s (2021) patients whose respiratory condition worsened were less likely to be male or diabetic than those who recovered.", OD_DM, wrong="less likely to be male or diabetic"),
 # Song 2021: none, number, comparator, duration
 C("so-n1", SO, "none", "In Song et al.'s (2021) retrospective study of 1206 COVID-19 patients from Wuhan, about one in five reported loss of taste and about one in ten loss of smell.", SO_PCT, truth_alt=[SO_1IN, SO_1206]),
 C("so-num", SO, "number", "Song and colleagues (2021) found that 29.2% of hospitalised COVID-19 patients in Wuhan lost their sense of smell.", SO_PCT, wrong="29.2%", truth_alt=[SO_1IN]),
 C("so-comp", SO, "comparator", "Loss-of-taste scores were significantly higher in COVID-19 patients than in uninfected controls (Song et al., 2021).", SO_SEV, wrong="than in uninfected controls"),
 C("so-dur", SO, "duration", "Song et al. (2021) reported that most COVID-19 patients recovered their smell and taste within two months.", SO_2W, wrong="within two months", truth_alt=[SO_80]),
 # Yang 2019: none x2, population, overreach
 C("ya-n1", YA, "none", "In a population-based cohort of 38,115 pregnant women in Wuhan, Yang et al. (2019) found that every 10 µg/m3 rise in PM2.5 went with a 1.14-fold higher risk of gestational hypertension.", YA_OR, truth_alt=[YA_COH]),
 C("ya-n2", YA, "none", "The link between PM2.5 and gestational hypertension was stronger in women who conceived in winter, and the link with ozone in those who conceived in summer (Yang et al., 2019).", YA_SEAS),
 C("ya-pop", YA, "population", "Yang et al.'s (2019) cohort of 38,115 pregnant women in Beijing tied ozone exposure to gestational hypertension.", YA_COH, wrong="in Beijing"),
 C("ya-over", YA, "overreach", "Yang and colleagues (2019) proved that air pollution causes gestational hypertension.", YA_CONC, wrong="proved that air pollution causes"),
 # Bagocsi 2021: none, number, design, comparator
 C("ba-n1", BA, "none", "In the Czech CERES study, Bagócsi et al. (2021) gave individually dosed follitropin delta to 85 women and reported a clinical pregnancy rate of 43.5% and a live birth rate of 35.3%.", BA_PR, truth_alt=[BA_85]),
 C("ba-num", BA, "number", "Bagócsi and colleagues (2021) reported early moderate ovarian hyperstimulation syndrome in 12% of women stimulated with follitropin delta.", BA_PR, wrong="12%"),
 C("ba-des", BA, "design", "In a randomized, assessor-blinded trial, Bagócsi et al. (2021) found that individualised follitropin delta dosing gave a 43.5% clinical pregnancy rate.", BA_AIM, wrong="In a randomized, assessor-blinded trial", truth_alt=[BA_ESTHER]),
 C("ba-comp", BA, "comparator", "Bagócsi et al.'s (2021) results with follitropin delta were fully comparable with those of women given conventional follitropin alfa in the same Czech clinics.", BA_ESTHER, wrong="women given conventional follitropin alfa in the same Czech clinics"),
 # Lei 2020: none, population, overreach, direction
 C("li-n1", LI, "none", "Using data on 454 African Americans from the Family and Community Health Study, Lei et al. (2020) found that childhood adversity, whether reported at age 10 or recalled at 29, was linked to a higher cardiovascular risk score at age 29.", LI_LINK, truth_alt=[LI_454]),
 C("li-pop", LI, "population", "Lei and colleagues (2020) followed 454 white adults and found that parental emotional support in adolescence buffered the effect of childhood adversity on cardiovascular risk.", LI_454, wrong="454 white adults"),
 C("li-over", LI, "overreach", "Lei et al. (2020) showed that childhood adversity causes heart attacks and strokes in adulthood.", LI_OUT, wrong="causes heart attacks and strokes in adulthood", truth_alt=[LI_LINK]),
 C("li-dir", LI, "direction", "In Lei et al.'s (2020) longitudinal study, adversity reported at age 10 predicted adult cardiovascular risk, but adversity recalled at age 29 did not.", LI_LINK, wrong="but adversity recalled at age 29 did not"),
]
Path(__file__).resolve().parent.joinpath("claims.json").write_text(json.dumps(claims, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
print(len(claims), "claims")
