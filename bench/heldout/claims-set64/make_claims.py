"""Writes claims.json (set 64). Hand-written claims; truth sentences copied verbatim from the abstracts (pool 13).
The C() helper and the field layout are those of set 55's make_claims.py (its first 30 lines only were read)."""
import json
from pathlib import Path

def C(id, key, kind, claim, truth, wrong=None, truth_alt=None, accept=None):
    d = {"id": id, "key": key, "kind": kind, "claim": claim, "truth": truth}
    if truth_alt: d["truth_alt"] = truth_alt
    if wrong: d["wrong"] = wrong
    if accept: d["accept"] = accept
    return d

SA, HO, CU, RL, KO = "saglietto2021catheter", "hotta2021regional", "chung2021prevalence", "rodriguezleor2021hospital", "koster2020motor"
EF, TH, GL, HA, CG = "effenberger2021systemic", "thieden2019adult", "gonzalezluis2020platelet", "hart2021racial", "callejagonzalez2021post"
NA, CH, GR, KB, WA = "natale2019interventions", "chen2019shenqi", "granelli2007noninvasive", "korbel2021analysis", "wang2021acarbose"

# --- Saglietto 2021
SA_RR = "AFCA was associated with lower recurrences of atrial tachyarrhythmias [relative risk (RR) 0.58, 95% confidence interval (CI) 0.46-0.72], consistent across the two types of ablation energy (radiofrequency, RR 0.50, 95% CI 0.28-0.89; cryoenergy, RR 0.60, 95% CI 0.50-0.72; p-value for subgroup differences: 0.55)."
SA_6 = "Six RCTs were included in the analysis."
SA_SYM = "Similarly, AFCA was related to less symptomatic arrhythmic recurrences (RR 0.46, 95% CI 0.27-0.79)."
SA_AIM = "The aim of the study was to perform a systematic review and meta-analysis of randomized clinical trials (RCTs) comparing first-line AFCA with AADs in symptomatic patients with paroxysmal AF."
# --- Hotta 2021
HO_AER = "However, regional anesthesia is not an aerosol-generating procedure."
HO_GA = "General anesthesia requiring airway intervention may exacerbate COVID-19 pneumonia, and aerosol generation during airway intervention risks COVID-19 transmission to medical staff."
HO_US = "The use of ultrasound guidance and the performance by an experienced physician may reduce the incidence of failed block and complications."
HO_ADV = "Regional anesthesia may have some advantages over general anesthesia for this group of patients, but unplanned conversion to general anesthesia during surgery is not preferred."
HO_NEU = "The neuraxial anesthesia may have little adverse influence on clinical outcomes in patients with COVID-19 after reviewing previous case reports."
# --- Chung 2021
CU_PREV = "The prevalence of sarcopenia was 15.9% in diabetics and 10.8% in non-diabetics."
CU_OR = "Diabetics showed a significantly higher risk of sarcopenia than non-diabetics (pooled OR = 1.518, 95% CI = 1.110 to 2.076, Z-value = 2.611, p = 0.009)."
CU_CONC = "Among the Asian community-dwelling geriatric population, the prevalence of sarcopenia was significantly higher in diabetics than in non-diabetics."
CU_POP = "All the patients were Asian, aged ≥60 years (women 53.4%), and the diabetic and non-diabetic population was 1,537 and 5,485, respectively."
# --- Rodriguez-Leor 2021
RL_MORT = "Mechanical thrombectomy (44% vs 33.5%, p=0.046) and GP IIb/IIIa inhibitor administration (20.9% vs 11.2%, p=0.007) were more frequent in COVID-19 patients, who had an increased in-hospital mortality (23.1% vs 5.7%, p<0.0001), that remained consistent after adjustment for age, sex, Killip class and ischaemic time (OR 4.85, 95% CI: 2.04-11.51; p<0.001)."
RL_91 = "Among 1,010 consecutive STEMI patients, 91 were identified as having COVID-19 (9.0%)."
RL_REG = "Using a nationwide registry of consecutive patients managed within 42 specific STEMI care networks, we compared patient and procedure characteristics and in-hospital outcomes in two different cohorts, according to whether or not they had COVID-19."
RL_ST = "COVID-19 patients had an increase of stent thrombosis (3.3% vs 0.8%, p=0.020) and cardiogenic shock development after PCI (9.9% vs 3.8%, p=0.007)."
RL_HF = "With the exception of smoking status (more frequent in non-COVID-19 patients) and previous coronary artery disease (more frequent in COVID-19 patients), clinical characteristics were similar between the groups, but COVID-19 patients had more heart failure on arrival (31.9% vs 18.4%, p=0.002)."
# --- Köster 2020 (the abstract has zero-width spaces before "Hz" and around "=")
KO_20 = "Most importantly, we found that the 7-10 \u200bHz motor cortex activity increased during action observation and predicted action imitation in 20-month-olds (n \u200b= \u200b36)."
KO_10 = "10-month-olds (n \u200b= \u200b42), who did not yet reliably imitate others' actions, showed a highly similar neural activity pattern during action observation."
KO_COM = "The presence or absence of communicative signals did neither affect infants' neural processing nor their subsequent imitation behavior."
KO_FIRST = "These findings provide first evidence for neural processes in the motor cortex that allow infants to acquire transitive actions from others \u2012 and pinpoint a key learning mechanism in the developing brain of human infants."
# --- Effenberger 2021
EF_AST = "COVID-19 patients with elevated AST exhibited significantly higher IL-6 (p < 0.001), ferritin (p < 0.001), LDH (p < 0.001) and CRP (p < 0.05) serum concentrations compared to patients with normal AST."
EF_41 = "Of all hospitalized COVID-19 patients, 41 (42%) showed elevated aspartate aminotransferase (AST) concentration."
EF_655 = "655 patients with suspected COVID-19 were screened in the emergency department at the University Hospital of Innsbruck, Austria, between February and April 2020."
EF_15 = "15 patients required intensive-care treatment (ICT)."
EF_ICT = "In COVID-19 patients requiring ICT, correlations were more pronounced."
EF_AIM = "We explored a link between systemic IL-6, related acute phase proteins and liver injury in hospitalized COVID-19 patients."
# --- Thieden 2019
TH_20 = "The 20 participants still active in the labour market used sunscreen on more days in 2012 than in 1999 (p = 0.019) and with a significantly higher SPF (sun protecting factor (p < 0.001)) resulting in significantly fewer days with risk behaviour without sunscreen applied in 2012 than in 2006 (p < 0.001) and 1999 (p < 0.003)."
TH_MAINT = "The participants still active in the labour market maintained their sun exposure behaviour over a 14-year period."
TH_14 = "Over a period spanning 14 years (1999-2001, 2006 and 2012), 31 volunteers participated in sun behaviour studies with the same protocol wearing a personal, electronic wrist-borne UVR dosimeter and completed sun exposure diaries resulting in a total of 15 946 measurements days (126 days per person per year)."
TH_9 = "In an additional study, nine 30-year-old indoor workers (high school students in the 1999 study) had changed their sun exposure pattern and had fewer days sunbathing (p = 0.008) and fewer risk behaviour days without sunscreen applied in 2012 than in 1999 (p = 0.002)."
TH_RET = "The retired group received a non-significant 45% higher UV dose in 2012 than in 1999 (p = 0.054)."
TH_CONC = "The retirees had a higher UVR dose and riskier exposure behaviour after retirement, while the high school students had changed to less risky sun behaviour on becoming indoor workers."
# --- González-Luis 2020
GL_PDA = "Meta-analysis showed that the risk of developing any PDA was significantly associated with platelet counts<150 × 109/L (11 studies, RR 1.58, 95% CI 1.28 to 1.95), and <100 x 109/L (7 studies, RR 1.61, 95% CI 1.14 to 2.28), but not <50 x 109/L (4 studies, RR 1.34, 95% CI 0.77 to 2.32)."
GL_31 = "We included 31 studies (7,638 infants)."
GL_EPI = "However, the low number of platelets may be an epiphenomenon associated with the maturity and clinical stability of preterm infants rather than a contributing factor in the pathogenesis of PDA."
# --- Hart 2021
HA_ALL = "Racial discrimination was associated concurrently with depressive symptoms and sleep problems for all family members."
HA_METH = "Black American couples (men: N = 248, Mage = 40, SD = 9; women: N = 277, Mage = 37, SD = 7) and their children, aged 9 to 14 (N = 276, Mage = 11, SD = 1), completed measures of experiences of racial discrimination, depressive symptoms, and sleep problems at baseline and 8-month follow-up."
HA_IND = "Longitudinal models showed significant indirect effects of racial discrimination on change in sleep problems through depressive symptoms for fathers and mothers, and a similar, but nonsignificant, pattern in youth."
HA_LONG = "The current study replicates these associations and examines longitudinal linkages."
# --- Calleja-González 2021
CG_10 = "After the inclusion and exclusion criteria, the final sample was 10 articles focusing on recovery in young male players."
CG_638 = "A total of 638 articles were obtained in the initial search."
CG_CONC = "Neuromuscular performance can be recovered using WVB but not with SS, and water immersion protocols may also be useful, but their positive effects are not significant, and it is unable to distinguish the best water immersion method; match running performance maintenance may be achieved using water immersion protocols but no other recovery methods have been investigated; EIMD and inflammatory responses could be positively affected when water immersion and AR are applied, although SS seems to be ineffective; perceptual responses also seem to be better with CWI and WVB, but contradictory results have been found when AR is applied, and SS had no positive impact."
CG_AIM = "Therefore, the current systematic review primarily aimed to present a critical appraisal and summary of the original research articles that have evaluated the effectiveness of recovery strategies in young male soccer players and to provide sufficient knowledge regarding the effectiveness of the recovery methods and strategies."
CG_PRISMA = "A structured search was carried out following the Preferred Reporting Items for Systematic Review and Meta-Analyses (PRISMA) guidelines until November 31, 2020, using the next data bases: WOS, PubMed, Cochrane Library, Evidence Database (PEDro), Evidence Based Medicine (EBM) Search review, EMBASE, and Scopus."
# --- Natale 2019
NA_SPARSE = "The evidence base for improving sleep quality and related outcomes for adults and children with CKD is sparse."
NA_67 = "Sixty-seven studies involving 3427 participants met the eligibility criteria."
NA_RELAX = "Relaxation techniques and exercise had uncertain effects on sleep outcomes."
NA_SHAM = "The effects of acupressure were not confirmed in studies in which sham acupressure was used as the control."
NA_MAY = "Acupressure may improve sleep latency and duration, although these findings are based on few studies."
NA_FU = "Follow-up for clinical outcomes ranged between 0.3 and 52.8 weeks (median 5 weeks)."
NA_EX = "Exercise probably decreased depression (MD -9.05, 95% CI -13.72 to -4.39; I2 = 0%; 2 studies, 46 participants; moderate certainty evidence) and fatigue (SMD -0.68, 95% CI -1.07 to -0.29; I2 = 0%; 2 studies, 107 participants; moderate certainty evidence)."
# --- Chen 2019
CH_CTRL = "The control group experienced a more evident decline, the memory ability being the greatest."
CH_RAND = "Lung cancer patients with brain metastasis were randomly assigned to two groups."
CH_6M = "The results showed that 6 months after cranial radiation, the total scores on the MMSE and MoCA scales of the patients decreased, especially memory ability."
CH_IL10 = "IL-10 increased after radiation and stayed at a high level one month later in both groups, the level being higher in the SFI group than in the control group."
CH_CG = "The control group received cranial radiation alone."
CH_SFI = "The SFI group received cranial radiation in combination with SFI."
# --- Granelli 2007
GR_MED = "PPI values between 1 and 120 h of age show an asymmetrical, non-normal distribution with median PPI value of 1.70 and interquartile range of 1.18-2.50."
GR_PCT = "The 5th percentile = 0.70 and 95th percentile = 4.50."
GR_POP = "Our study population comprised 10,000 prospectively recruited newborns from Västra Götaland, Sweden."
GR_OR = "A PPI value <0.70 gave an odds ratio for LHOD of 23.75 (95% CI 6.36-88.74)."
GR_LOW = "All infants in the LHOD group had either pre- or postductal PPI below the interquartile range, and 5 of 9 (56%) were below the 5th percentile cut-off of 0.70 (p < 0.0001, Fisher's exact test)."
GR_AIM = "We aimed to establish the normal range of this index in healthy newborns, and compare it with newborns with duct-dependent systemic circulation."
GR_N = "A total of 10,000 normal newborns and 9 infants with duct-dependent systemic circulation (left heart obstructive disease [LHOD] group) participated in the study."
# --- Korbeľ 2021
KB_PMR = "The perinatal mortality rate decreased from 6.2 in the year 2007 to 4.4 in the year 2017, increased again in the years 2018 to 5.0 and according to the criteria of WHO (World Health Organization) to 6.6 per 1,000 still- and live-births."
KB_TFR = "The total fertility rate in the years 2007-2018 increased from 1.27 to 1.54."
KB_METH = "Analysis of prospectively collected selected perinatal data in the years 2007-2018."
KB_SB = "During the years 2007-2018 at perinatal mortality stillbirth participate with 65%, low birth weight with 63% and severe congenital anomalies with 19%."
KB_TR = "Transport in utero to perinatological centers in the years 2007-2018 has decreased from 57 to 56% for infants 1,000-1,499 g and from 75 to 73% for infants below 1,000 g."
# --- Wang 2021
WA_MA = "The meta-analysis showed that acarbose significantly attenuated the decrease in postprandial systolic blood pressure [weighted mean difference (MD): -9.84, 95% CI: -13.34 to -6.33], diastolic blood pressure (MD: -6.86, 95% CI: -12.89 to -0.83), and mean arterial pressure (MD: -8.10, 95% CI: -12.40 to -3.49) compared with the control group."
WA_4 = "A total of 4 randomized controlled studies including 202 participants were identified after screening."
WA_AE = "One study reported a case of adverse reactions that included mild abdominal distension in the acarbose group (4.8%, 1/21)."
WA_AE3 = "No adverse reactions were reported in the other three studies."
WA_MORE = "More clinical trials are needed to make a clear conclusion."
WA_MAY = "Acarbose may attenuate the decrease in postprandial blood pressure and avoid the occurrence of PPH in patients with PPH and abnormal glucose metabolism disorders."

claims = [
    # Saglietto 2021: none, number, comparator, design
    C("sa-n1", SA, "none", "In a meta-analysis of six randomised trials, Saglietto et al. (2021) found that using catheter ablation as the first rhythm-control treatment for symptomatic paroxysmal atrial fibrillation cut the risk of recurrent atrial tachyarrhythmias by roughly 40% compared with antiarrhythmic drugs.",
      SA_RR, truth_alt=[SA_6, SA_AIM]),
    C("sa-num", SA, "number", "Pooling sixteen randomised trials, Saglietto and colleagues (2021) reported that first-line ablation lowered symptomatic arrhythmia recurrences compared with drug therapy in paroxysmal atrial fibrillation.",
      SA_6, wrong="sixteen randomised trials", truth_alt=[SA_SYM]),
    C("sa-comp", SA, "comparator", "Saglietto et al.'s (2021) meta-analysis found that first-line cryoballoon or radiofrequency ablation reduced arrhythmia recurrences in paroxysmal atrial fibrillation compared with rate-control medication.",
      SA_AIM, wrong="rate-control medication", truth_alt=[SA_RR]),
    C("sa-des", SA, "design", "Drawing on observational registry data, Saglietto et al. (2021) concluded that ablation as initial therapy reduces long-term recurrences of paroxysmal atrial fibrillation compared with antiarrhythmic drugs.",
      SA_AIM, wrong="observational registry data", truth_alt=[SA_6]),
    # Hotta 2021 (single author): none x2, overreach, comparator
    C("ho-n1", HO, "none", "Hotta (2021) notes that, unlike airway management under general anaesthesia, regional anaesthesia does not generate aerosols, which matters for protecting staff who operate on patients with COVID-19.",
      HO_AER, truth_alt=[HO_GA]),
    C("ho-n2", HO, "none", "In a short review, Hotta (2021) recommended ultrasound guidance and an experienced operator to lower the risk of failed blocks in surgical patients with COVID-19, so that an unplanned switch to general anaesthesia can be avoided.",
      HO_US, truth_alt=[HO_ADV]),
    C("ho-over", HO, "overreach", "Hotta's (2021) review established that neuraxial anaesthesia is entirely safe for patients with COVID-19, with no adverse effect on their clinical outcomes.",
      HO_NEU, wrong="established that neuraxial anaesthesia is entirely safe"),
    C("ho-comp", HO, "comparator", "For surgical patients with COVID-19, regional anaesthesia may offer some advantages over deep sedation (Hotta, 2021).",
      HO_ADV, wrong="over deep sedation"),
    # Chung 2021: none, population, number, direction
    C("cu-n1", CU, "none", "Among community-dwelling Asian adults aged 60 and over, Chung et al. (2021) found sarcopenia in about 16% of people with diabetes versus about 11% of those without, with roughly 1.5-fold higher odds in the diabetic group.",
      CU_PREV, truth_alt=[CU_OR]),
    C("cu-pop", CU, "population", "A meta-analysis by Chung and colleagues (2021) of nursing-home residents in Asia showed that diabetes was linked to a higher prevalence of sarcopenia.",
      CU_CONC, wrong="nursing-home residents", truth_alt=[CU_POP]),
    C("cu-num", CU, "number", "Sarcopenia was present in about a quarter (25.9%) of older community-dwelling Asians with diabetes, compared with 10.8% of those without (Chung et al., 2021).",
      CU_PREV, wrong="about a quarter (25.9%)"),
    C("cu-dir", CU, "direction", "Chung et al. (2021) reported that, in older Asians living in the community, diabetes was associated with a lower risk of sarcopenia.",
      CU_OR, wrong="a lower risk of sarcopenia", truth_alt=[CU_CONC]),
    # Rodriguez-Leor 2021: none, number, design, direction
    C("rl-n1", RL, "none", "In a nationwide registry of 1,010 consecutive STEMI patients, Rodriguez-Leor et al. (2021) found that the 91 with COVID-19 died in hospital about four times as often as those without (23.1% vs 5.7%).",
      RL_MORT, truth_alt=[RL_91]),
    C("rl-num", RL, "number", "Rodriguez-Leor and colleagues (2021) reported that about 19% of the consecutive STEMI patients in their national registry had COVID-19.",
      RL_91, wrong="about 19%"),
    C("rl-des", RL, "design", "A single-hospital retrospective review by Rodriguez-Leor et al. (2021) found that STEMI patients with COVID-19 had more stent thrombosis and cardiogenic shock after PCI.",
      RL_REG, wrong="A single-hospital retrospective review", truth_alt=[RL_ST]),
    C("rl-dir", RL, "direction", "Rodriguez-Leor et al.'s (2021) registry showed that STEMI patients with COVID-19 arrived in heart failure less often than uninfected STEMI patients.",
      RL_HF, wrong="less often"),
    # Köster 2020: none x2, population, overreach
    C("ko-n1", KO, "none", "Köster et al. (2020) recorded EEG in 20-month-old infants and found that motor-cortex activity in the 7-10 Hz range rose while they watched novel actions and predicted whether they later imitated them.",
      KO_20),
    C("ko-n2", KO, "none", "Whether or not the adult used communicative signals made no difference to infants' neural processing or to their later imitation, according to Köster and colleagues (2020).",
      KO_COM),
    C("ko-pop", KO, "population", "Köster et al.'s (2020) EEG study showed that motor-cortex activity during action observation predicted later imitation in preschool children aged 3 to 4 years.",
      KO_20, wrong="preschool children aged 3 to 4 years", truth_alt=[KO_10], accept=["population", "number"]),
    C("ko-over", KO, "overreach", "Köster et al. (2020) proved that motor-cortex activity causes imitation learning in infants, settling how the developing brain acquires new actions.",
      KO_FIRST, wrong="proved that motor-cortex activity causes imitation learning"),
    # Effenberger 2021: none, duration, number, population
    C("ef-n1", EF, "none", "Among 96 patients hospitalised with COVID-19 in Innsbruck, Effenberger et al. (2021) found raised AST in 42%, and these patients had higher IL-6, ferritin, LDH and CRP levels than those with normal AST.",
      EF_AST, truth_alt=[EF_41]),
    C("ef-dur", EF, "duration", "Effenberger and colleagues (2021), who screened patients with suspected COVID-19 at an Austrian emergency department over twelve months of the pandemic, linked systemic IL-6 to liver injury.",
      EF_655, wrong="over twelve months of the pandemic"),
    C("ef-num", EF, "number", "Of the COVID-19 patients hospitalised in Effenberger et al.'s (2021) Innsbruck cohort, 51 required intensive care, and in them the link between inflammation markers and liver injury was even stronger.",
      EF_15, wrong="51 required intensive care", truth_alt=[EF_ICT]),
    C("ef-pop", EF, "population", "Liver injury tracked systemic IL-6 levels in COVID-19 outpatients managed at home (Effenberger et al., 2021).",
      EF_AIM, wrong="outpatients managed at home"),
    # Thieden 2019: none, duration, population, direction
    C("th-n1", TH, "none", "Following 31 adults with wrist-worn UV dosimeters over 14 years, Thieden et al. (2019) found that those still in work kept their sun exposure steady while using sunscreen on more days by 2012.",
      TH_20, truth_alt=[TH_MAINT, TH_14]),
    C("th-dur", TH, "duration", "In a four-year follow-up with personal UV dosimeters, Thieden et al. (2019) found that adults still in the labour market kept their sun exposure habits unchanged.",
      TH_14, wrong="four-year", truth_alt=[TH_MAINT]),
    C("th-pop", TH, "population", "Thieden and colleagues (2019) found that former high-school students who became outdoor workers sunbathed less and took fewer sun risks by 2012.",
      TH_9, wrong="outdoor workers", truth_alt=[TH_CONC]),
    C("th-dir", TH, "direction", "People who retired during the study received a lower UV dose after retirement than before (Thieden et al., 2019).",
      TH_RET, wrong="a lower UV dose", truth_alt=[TH_CONC]),
    # González-Luis 2020: none x2, number, overreach
    C("gl-n1", GL, "none", "Pooling 31 studies of more than 7,600 preterm infants, González-Luis et al. (2020) found that platelet counts below 150 or below 100 × 10^9/L were linked to a higher risk of patent ductus arteriosus, whereas counts below 50 × 10^9/L were not significantly linked.",
      GL_PDA, truth_alt=[GL_31]),
    C("gl-n2", GL, "none", "González-Luis and colleagues (2020) cautioned that a low platelet count may simply reflect the immaturity and clinical instability of preterm infants rather than help cause a patent ductus.",
      GL_EPI),
    C("gl-num", GL, "number", "González-Luis et al.'s (2020) updated meta-analysis, covering 3,479 preterm infants, linked low platelet counts in the first days of life to patent ductus arteriosus.",
      GL_31, wrong="covering 3,479 preterm infants"),
    C("gl-over", GL, "overreach", "González-Luis et al. (2020) demonstrated that low platelet counts cause patent ductus arteriosus in preterm infants.",
      GL_EPI, wrong="demonstrated that low platelet counts cause patent ductus arteriosus"),
    # Hart 2021: none, duration, design, population
    C("ha-n1", HA, "none", "In Black American families, Hart et al. (2021) found that experiences of racial discrimination went along with more depressive symptoms and sleep problems in fathers, mothers and children alike.",
      HA_ALL),
    C("ha-dur", HA, "duration", "Following Black American families for two years, Hart and colleagues (2021) found that depressive symptoms carried part of the effect of discrimination on later sleep problems in parents.",
      HA_METH, wrong="for two years", truth_alt=[HA_IND]),
    C("ha-des", HA, "design", "Hart et al.'s (2021) cross-sectional survey of Black American families could only show that discrimination, depressive symptoms and sleep problems occurred together.",
      HA_METH, wrong="cross-sectional survey", truth_alt=[HA_LONG]),
    C("ha-pop", HA, "population", "Hart et al. (2021) found that racial discrimination was linked to depressive symptoms and sleep problems in Black parents and their older teenage children aged 15 to 18.",
      HA_METH, wrong="older teenage children aged 15 to 18", accept=["population", "number"]),
    # Calleja-González 2021: none x2, population, design
    C("cg-n1", CG, "none", "Calleja-González et al. (2021) systematically reviewed recovery strategies in young male soccer players; of 638 records found, only 10 articles met their criteria.",
      CG_10, truth_alt=[CG_638]),
    C("cg-n2", CG, "none", "In young soccer players, whole-body vibration helped neuromuscular recovery whereas static stretching did not, and water immersion showed benefits that did not reach significance, according to Calleja-González and colleagues (2021).",
      CG_CONC),
    C("cg-pop", CG, "population", "Calleja-González et al.'s (2021) review of post-exercise recovery methods in young female soccer players found that static stretching did little for recovery.",
      CG_10, wrong="young female soccer players", truth_alt=[CG_AIM]),
    C("cg-des", CG, "design", "In a randomised crossover trial of young soccer players, Calleja-González et al. (2021) found that static stretching did nothing to reduce exercise-induced muscle damage.",
      CG_AIM, wrong="In a randomised crossover trial", truth_alt=[CG_PRISMA]),
    # Natale 2019: none, comparator, overreach, duration
    C("na-n1", NA, "none", "Natale et al.'s (2019) Cochrane review of 67 studies (3,427 participants) concluded that the evidence on improving sleep in chronic kidney disease is sparse, with relaxation and exercise having uncertain effects on sleep.",
      NA_SPARSE, truth_alt=[NA_67, NA_RELAX]),
    C("na-comp", NA, "comparator", "Natale et al. (2019) found that acupressure improved sleep latency compared with sham acupressure in people with chronic kidney disease.",
      NA_SHAM, wrong="compared with sham acupressure", accept=["comparator", "direction"]),
    C("na-over", NA, "overreach", "Natale and colleagues (2019) established acupressure as a proven cure for insomnia in people with chronic kidney disease.",
      NA_MAY, wrong="established acupressure as a proven cure for insomnia"),
    C("na-dur", NA, "duration", "The trials of sleep interventions in chronic kidney disease reviewed by Natale et al. (2019) had a median follow-up of about five months, and exercise probably reduced depression and fatigue.",
      NA_FU, wrong="a median follow-up of about five months", truth_alt=[NA_EX], accept=["duration", "number"]),
    # Chen 2019: none x2, design, comparator
    C("ch-n1", CH, "none", "In a randomised study of lung cancer patients with brain metastases, Chen et al. (2019) found that the decline in cognition six months after cranial radiation was less marked when Shenqi Fuzheng injection was added.",
      CH_CTRL, truth_alt=[CH_RAND, CH_6M]),
    C("ch-n2", CH, "none", "Chen and colleagues (2019) reported that IL-10 rose after cranial irradiation and remained high a month later, with higher levels in patients given Shenqi Fuzheng injection than in those receiving radiation alone.",
      CH_IL10),
    C("ch-des", CH, "design", "A retrospective chart review by Chen et al. (2019) suggested that adding Shenqi Fuzheng injection to cranial radiation eased the decline in memory among lung cancer patients with brain metastases.",
      CH_RAND, wrong="A retrospective chart review"),
    C("ch-comp", CH, "comparator", "Chen et al.'s (2019) trial found that Shenqi Fuzheng injection given with cranial radiation preserved cognition better than radiation combined with memantine.",
      CH_CG, wrong="radiation combined with memantine", truth_alt=[CH_SFI]),
    # Granelli 2007 (two authors): none x2, direction, comparator
    C("gr-n1", GR, "none", "Granelli and Ostman-Smith (2007) measured the peripheral perfusion index in 10,000 newborns in western Sweden and found a median of 1.70, with the 5th percentile at 0.70.",
      GR_MED, truth_alt=[GR_PCT, GR_POP]),
    C("gr-n2", GR, "none", "A perfusion index below 0.70 was associated with roughly 24-fold higher odds of duct-dependent left heart obstruction in newborns (Granelli & Ostman-Smith, 2007).",
      GR_OR),
    C("gr-dir", GR, "direction", "Granelli and Ostman-Smith's (2007) study found that newborns with duct-dependent left heart obstruction had higher perfusion index values than healthy newborns.",
      GR_LOW, wrong="higher perfusion index values"),
    C("gr-comp", GR, "comparator", "Granelli and Ostman-Smith (2007) compared the perfusion index of nine infants with left heart obstruction against that of newborns with cyanotic congenital heart disease, and found lower values in the obstruction group.",
      GR_AIM, wrong="newborns with cyanotic congenital heart disease", truth_alt=[GR_N], accept=["comparator", "population"]),
    # Korbeľ 2021: none, direction, duration, number
    C("kb-n1", KB, "none", "Korbeľ et al. (2021) reported that perinatal mortality in Slovakia fell from 6.2 to 4.4 per 1,000 between 2007 and 2017 before rising again to 5.0 in 2018.",
      KB_PMR),
    C("kb-dir", KB, "direction", "Between 2007 and 2018 the total fertility rate in the Slovak Republic declined, according to Korbeľ and colleagues (2021).",
      KB_TFR, wrong="declined"),
    C("kb-dur", KB, "duration", "In a five-year analysis of Slovak national perinatal data, Korbeľ et al. (2021) found that stillbirth contributed to about two-thirds of perinatal deaths.",
      KB_METH, wrong="five-year analysis", truth_alt=[KB_SB]),
    C("kb-num", KB, "number", "Korbeľ et al.'s (2021) data show that in-utero transfer to perinatal centres for fetuses under 1,000 g fell only slightly between 2007 and 2018, from 95% to 93%.",
      KB_TR, wrong="from 95% to 93%"),
    # Wang 2021: none x2, direction, overreach
    C("wa-n1", WA, "none", "Wang et al.'s (2021) meta-analysis of four randomised trials with 202 participants found that acarbose lessened the postprandial fall in systolic blood pressure by about 10 mmHg compared with control in people with postprandial hypotension and glucose metabolism disorders.",
      WA_MA, truth_alt=[WA_4]),
    C("wa-n2", WA, "none", "Adverse effects were rare in the acarbose trials reviewed by Wang and colleagues (2021): only one case of mild abdominal distension was reported.",
      WA_AE, truth_alt=[WA_AE3]),
    C("wa-dir", WA, "direction", "Wang et al. (2021) found that acarbose worsened the drop in blood pressure after meals in patients with postprandial hypotension.",
      WA_MA, wrong="worsened", truth_alt=[WA_MAY]),
    C("wa-over", WA, "overreach", "Wang et al. (2021) concluded that acarbose is a proven treatment for postprandial hypotension, making further trials unnecessary.",
      WA_MORE, wrong="is a proven treatment for postprandial hypotension, making further trials unnecessary", truth_alt=[WA_MAY]),
]

if __name__ == "__main__":
    out = Path(__file__).resolve().parent / "claims.json"
    out.write_text(json.dumps(claims, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print("wrote", len(claims), "claims")
