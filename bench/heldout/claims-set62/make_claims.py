"""Writes claims.json (set 62). Hand-written claims; truth sentences copied verbatim from the abstracts (pool 13,
positions 90-104). The C() helper and the field layout are those of set 55's make_claims.py (its first lines only were
read)."""
import json
from pathlib import Path

def C(id, key, kind, claim, truth, wrong=None, truth_alt=None, accept=None):
    d = {"id": id, "key": key, "kind": kind, "claim": claim, "truth": truth}
    if truth_alt: d["truth_alt"] = truth_alt
    if wrong: d["wrong"] = wrong
    if accept: d["accept"] = accept
    return d

IN, JI, JE, DO, BR = "inderbinen2021relationship", "jivraj2020persistent", "jeon2020anatomical", "dong2020efficacy", "bradshaw2020robotic"
KY, HU, RI, GO, PA = "kyrtata2021systematic", "huang2020surgical", "ripperger2020orthogonal", "gondalia2021epigenetically", "pang2021anticholinergics"
DM, WA, LI, SC, LU = "demoraessilva2019balneotherapy", "wang2021large", "linder2021spontaneous", "schumacher2020coronary", "lucero2021helicobacter"

IN_14 = "Comprehensive search of 5 large databases in June 2020 and the following screening and selection procedure, performed by two researchers separately, identified 14 studies which met criteria."
IN_POS = "IT was directly positively associated with depression, anxiety and suicidal tendency in most of the reviewed studies."
IN_CS = "The relationship to be studied was reported with correlation and/or mediation analysis of cross-sectional data."
IN_CC = "Community connectedness showed to be the strongest protective factor for mental health impairments."
JI_29 = "Twenty-nine different definitions of persistent opioid use were identified from 39 studies."
JI_100 = "The incidence of persistent opioid use reported after surgery varies more than 100-fold depending on the definition used."
JI_INC = "Applying the different definitions to a cohort of 162,830 opioid-naive surgical patients, the incidence of persistent opioid use in the year after surgery ranged from 0.01% (n = 10) to 14.7% (n = 23,442), with a median of 0.7% (n = 1,061)."
JI_164 = "Opioid-related overdose or diagnosis associated with opioid use disorder in the year of follow-up occurred in 164 patients (1 per 1,000 operations)."
JE_CCTA = "In the CCTA cohort (306 patients, 564 diagonal branches), mean %FMM was 5.9±4.4% and 86 branches (15.2%) had %FMM ≥10%."
JE_ACC = "The diagnostic accuracy of prediction models for %FMM ≥10% based on logistic regression and decision tree was 0.92 (95% CI: 0.85-0.96) and 0.91 (95% CI: 0.84-0.96), respectively."
JE_49 = "In 49 patients with isolated diagonal branch disease, the mean %ischaemia by MPI was 6.8±4.0%, whereas in patients with total occlusion or severe disease of all diagonal branches it was 8.4±3.3%."
DO_AL = "AL had increased by 0.29 ± 0.33 mm in the PSR group and 0.82 ± 0.33 mm in the control group (P < 0.0001) at the final follow-up."
DO_3Y = "Both groups attended a follow-up at 3 years."
DO_RETRO = "This retrospective study included 46 Chinese children with high myopia (72 eyes) who underwent modified Snyder-Thompson posterior scleral reinforcement (PSR) with round scleral patches and 43 Chinese children with high myopia (67 eyes) who wore only spectacles as a control group."
DO_SE = "The change in the SE was 0.31 ± 0.81 D in the PSR group and 2.25 ± 1.02 D in the control group (P < 0.0001)."
DO_SAFE = "No serious complications due to PSR surgery occurred."
BR_CONC = "RAPN had similar oncological outcomes and morbidity profile as MIS-RN, while conferring functional benefit."
BR_648 = "In all, 648 patients (216 RAPN/432 MIS-RN) were matched."
BR_DES = "Retrospective, multicentre, propensity score-matched (PSM) comparison of RAPN and MIS-RN for cT2aRM (T2aN0M0)."
BR_OS = "Comparing RAPN and MIS-RN, KMSA revealed no significant differences for 5-year OS (76.3% vs 88.0%, P = 0.221) and 5-year DFS (78.6% vs 85.3%, P = 0.630) for pT2 RCC, and no differences for 3-year OS (P = 0.351) and 3-year DFS (P = 0.117) for pT3a upstaged RCC."
BR_EGFR = "The 5-year freedom from de novo eGFR of <45 mL/min/1.73 m2 was 91.6% for RAPN vs 68.9% for MIS-RN (P < 0.001)."
KY_PM = "Post-mortem studies showed consistent reductions in GLUT1 and GLUT3 in the hippocampus and cortex of AD brains, areas of the brain closely associated with AD pathology."
KY_43 = "Forty-three studies fitting the inclusion criteria were identified, covering human (23 studies) and rodent (20 studies)."
KY_UP = "A small number of studies show GLUT2 and GLUT12 are increased in AD."
KY_UP2 = "GLUT2 and GLUT12 appear to increase and may have a compensatory role."
KY_LONG = "Longitudinal rodent studies clearly indicate that changes in GLUT1 and GLUT3 only occur after amyloid-β pathology is present, and several studies indicate amyloid-β itself may be responsible for GLUT changes."
HU_NOC = "No intraoperative complications were reported, and no patient readmission occurred."
HU_23 = "A total of 23 patients were included, and the median tumor size was 2.5 cm (range: 1.1-4.5 cm) on average."
HU_LOS = "The median length of hospital stay was 3 days (range: 1-10 days)."
HU_CONC = "Based on the short-term results, robotic TAMIS is a feasible and safe technique for the local excision of selected rectal neoplasms."
HU_FU = "The median follow-up period was 9.6 months."
HU_REC = "No recurrent lesion was found in the follow-up period."
RI_2W = "All cases, including asymptomatic individuals, seroconverted by 2 weeks after PCR confirmation."
RI_SEV = "Compared to those with mild coronavirus disease 2019 (COVID-19) cases, individuals with severe disease exhibited elevated virus-neutralizing titers and antibodies against the nucleocapsid (N) and the receptor binding domain (RBD) of the spike protein."
RI_5882 = "Testing 5,882 members of the local community revealed only 1 sample with seroreactivity to both RBD and S2 that lacked neutralizing antibodies."
RI_CONC = "We conclude that neutralizing antibodies are stably produced for at least 5-7 months after SARS-CoV-2 infection."
RI_57 = "Spike RBD and S2 and neutralizing antibodies remained detectable through 5-7 months after onset, whereas α-N titers diminished."
GO_NULL = "We found little evidence of PM-HRV association, PM-QT association, or mediation by DNAm."
GO_POP = "We estimated associations between monthly mean concentrations of PM < 10 μm and 2.5-10 μm in diameter (PM10; PM2.5-10) with time-domain measures of heart rate variability (HRV) and QT interval duration (QT) among U.S. women and men in the Women's Health Initiative and Atherosclerosis Risk in Communities Study (nHRV = 82,107; nQT = 76,711)."
GO_CONC = "The findings suggest that among racially/ethnically and environmentally diverse U.S. populations, sub-chronic exposures to coarser particulates may not exert appreciable, epigenetically mediated effects on cardiac autonomic function or ventricular repolarization."
PA_23 = "We included 23 studies with 6285 randomized men across three comparisons."
PA_CONC = "Based on the findings of the review, combination therapy with anticholinergics and alpha-blockers are associated with little or uncertain effects on urologic symptom scores compared to placebo, alpha-blockers, or anticholinergics monotherapy."
PA_QOL = "However, combination therapy may result in an improvement in quality of life compared to anticholinergics monotherapy, but an uncertain effect compared to placebo, or alpha-blockers."
PA_QOL2 = "Combination therapy may result in an improvement in QoL (MD -1.49, 95% CI -1.88 to -1.11; low-certainty evidence)."
PA_ST = "We only found short-term effect (12 weeks to 12 months) of combination therapy based on available evidence."
PA_AE = "Combination therapy likely increases adverse events (risk ratio (RR) 1.24, 95% CI 1.04 to 1.47; moderate-certainty evidence); based on 252 adverse events per 1000 participants in the placebo group, this corresponds to 61 more adverse events (95% CI 10 more to 119 more) per 1000 participants treated with combination therapy."
DM_7 = "We included seven randomised controlled trials with 891 participants (outpatients in secondary care)."
DM_CONC = "We identified moderate- to low-certainty evidence that suggests that balneotherapy may result in a moderate improvement in pain, quality of life and skin pigmentation changes and has no clear effect on disease severity signs and symptoms score, adverse effects, leg ulcers and oedema when compared with no treatment."
DM_MEL = "One study evaluated balneotherapy versus a phlebotonic drug (melilotus officinalis) (55 participants)."
DM_6 = "Six studies (836 participants) evaluated balneotherapy versus no treatment."
WA_PCT = "A considerable proportion of nurses had symptoms of physical discomforts [3677 (66.6%)] and emotional distress [4721 (85.5%)]."
WA_EMO = "Nurses who were directly involved in the care of patients (i.e., care for severe patients: RR, 1.78; 95% CI, 1.40-2.29), with irregular work schedules (RR, 3.39; 95% CI, 2.43-4.73), and working overtime (RR, 1.51; 95% CI, 1.12-2.04) were at a higher risk for emotional distress."
WA_PHY = "Nurses who were directly involved in the care of patients (i.e., care for severe patients: RR, 2.35; 95% CI, 1.95-2.84), with irregular work schedules (RR, 2.36; 95% CI, 1.95-2.87), and working overtime (RR, 1.34; 95% CI, 1.08-1.65) were at a higher risk for physical discomforts."
WA_CS = "This multicenter cross-sectional study enrolled 5521 nurses who worked in designated hospitals, mobile cabins, or shelters during the pandemic."
LI_SEC = "SEC was identified as an independent risk factor for the primary outcome (OR 3.54 [95% CI: 1.30-9.61], p=0.013)."
LI_24 = "The primary outcome was disabling ischaemic stroke within 24 hours."
LI_TAVI = "A total of 2,549 consecutive patients underwent TAVI between 2008 and 2017."
LI_1558 = "After exclusion of cases with insufficient imaging, concomitant procedures or severe intraprocedural complications, 1,558 cases were analysed."
LI_PREV = "The prevalence was 4.4% for LAAT and 5.4% for moderate/severe SEC."
LI_1Y = "LAAT was associated with an impaired unadjusted one-year survival (43.4%) compared to the SEC (27.3%) and reference groups (18.7%, p<0.001)."
LI_STR = "The primary outcome occurred more frequently in patients with moderate/severe SEC (6.8%) compared to the reference (2.1%) and LAAT (1.9%) groups (p=0.020)."
SC_CONC = "Well-developed collaterals are associated with less myocardial scar and enhanced preserved function."
SC_218 = "A total of 218 patients with a CTO who underwent CMR between 2013 and 2018 were included."
SC_5 = "Extensive scar (LGE >50%) was observed in only 5% of CTO segments."
SC_VIA = "Viability was more prevalent in CTO segments among patients with poorly developed versus well-developed collaterals (44% vs 30% of segments, p<0.01), predominantly due to a higher prevalence of dysfunctional myocardium (51% vs 34% of segments, p<0.01) in the poorly developed collateral group."
SC_VIA2 = "However, viability was regularly present in patients with poorly developed collaterals."
LU_PAIN = "Persistently infected children had higher frequency of epigastric pain on physical examination (40% versus 16%; P = 0.001), especially from 8 to 10 years of age."
LU_IRON = "No differences in anthropometric measurements or iron-deficiency parameters were found."
LU_83 = "We followed up 83 children aged 4-5 years with persistent H. pylori infection determined by stool antigen detection and/or a urea breath test and 80 noninfected matched controls from a low-income to middle-income, periurban city in Chile for at least 3 years."
LU_CC = "We aimed to relate persistent H. pylori infection in apparently healthy school-aged children with clinical, laboratory, and noninvasive biomarkers suggestive of gastric damage using a case-control design."
LU_PG = "Persistent infection was associated with higher levels of pepsinogen II (median 12.7 ng/mL versus 9.0 ng/mL; P < 0.001); no difference was observed in other biomarkers or gene expression profiles."

claims = [
    # 90 Inderbinen 2021: none, number, design, overreach
    C("inderbinen-n1", IN, "none",
      "Inderbinen et al. (2021) systematically reviewed 14 studies of self-identified trans people and found that internalized transnegativity was directly and positively linked to depression, anxiety and suicidality in most of them.",
      IN_14, truth_alt=[IN_POS]),
    C("inderbinen-num", IN, "number",
      "A systematic review of 24 studies identified a sense of connection to the trans community as the strongest protective factor against mental health problems (Inderbinen et al., 2021).",
      IN_14, wrong="24 studies", truth_alt=[IN_CC]),
    C("inderbinen-des", IN, "design",
      "Drawing on longitudinal cohort data, Inderbinen and colleagues' (2021) review showed that internalized transnegativity was positively associated with depression and anxiety in trans populations.",
      IN_CS, wrong="longitudinal cohort data"),
    C("inderbinen-over", IN, "overreach",
      "Inderbinen et al.'s (2021) review proved that internalized transnegativity causes depression, anxiety and suicidal tendencies in trans people.",
      IN_POS, wrong="proved that internalized transnegativity causes", truth_alt=[IN_CS]),
    # 91 Jivraj 2020: none x2, number, duration
    C("jivraj-n1", JI, "none",
      "Jivraj et al. (2020) identified 29 different definitions of persistent postoperative opioid use across 39 published studies.",
      JI_29),
    C("jivraj-n2", JI, "none",
      "Depending on which definition was applied, the reported incidence of persistent opioid use after surgery differed more than 100-fold in a cohort of over 160,000 opioid-naive surgical patients in Ontario (Jivraj et al., 2020).",
      JI_100, truth_alt=[JI_INC]),
    C("jivraj-num", JI, "number",
      "Jivraj and colleagues (2020) reported that, across the definitions they tested, the one-year incidence of persistent opioid use after surgery ranged from 0.01% to 47%.",
      JI_INC, wrong="47%"),
    C("jivraj-dur", JI, "duration",
      "In Jivraj et al.'s (2020) Ontario cohort, opioid-related overdose or a diagnosis of opioid use disorder occurred in 164 patients, about 1 per 1,000 operations, over five years of follow-up.",
      JI_164, wrong="over five years of follow-up"),
    # 92 Jeon 2020: none x2, number, population
    C("jeon-n1", JE, "none",
      "In Jeon et al.'s (2020) CT angiography cohort of 306 patients, about 15% of the 564 diagonal branches supplied at least 10% of the myocardial mass.",
      JE_CCTA),
    C("jeon-n2", JE, "none",
      "Jeon and colleagues (2020) found that logistic regression and decision-tree models identified clinically relevant diagonal branches with similar accuracy, around 0.91-0.92.",
      JE_ACC),
    C("jeon-num", JE, "number",
      "Among 49 patients with isolated diagonal branch disease, myocardial perfusion imaging showed a mean ischaemic burden of 16.8% (Jeon et al., 2020).",
      JE_49, wrong="16.8%"),
    C("jeon-pop", JE, "population",
      "Jeon et al. (2020) measured a mean ischaemia of 6.8% on perfusion imaging in 49 patients with isolated left circumflex artery disease.",
      JE_49, wrong="isolated left circumflex artery disease"),
    # 93 Dong 2020: none, comparator, duration, design
    C("dong-n1", DO, "none",
      "Dong et al. (2020) reported that axial length grew by 0.29 mm over three years in highly myopic Chinese children after modified posterior scleral reinforcement, against 0.82 mm in children who wore spectacles alone.",
      DO_AL, truth_alt=[DO_3Y, DO_RETRO]),
    C("dong-comp", DO, "comparator",
      "Modified Snyder-Thompson scleral reinforcement slowed axial elongation in Chinese children with high myopia compared with low-dose atropine eye drops (Dong et al., 2020).",
      DO_RETRO, wrong="low-dose atropine eye drops"),
    C("dong-dur", DO, "duration",
      "In Dong and colleagues' (2020) study, children with high myopia were followed for 3 months after posterior scleral reinforcement, and no serious complications occurred.",
      DO_3Y, wrong="3 months", truth_alt=[DO_SAFE]),
    C("dong-des", DO, "design",
      "In a randomized trial, Dong et al. (2020) showed that scleral reinforcement surgery limited myopic progression in Chinese children, with a refractive change of 0.31 D versus 2.25 D in spectacle wearers.",
      DO_RETRO, wrong="In a randomized trial", truth_alt=[DO_SE]),
    # 94 Bradshaw 2020: none, design, direction, comparator
    C("bradshaw-n1", BR, "none",
      "In a multicentre propensity-matched comparison of 648 patients with cT2a renal masses, Bradshaw et al. (2020) found that robotic partial nephrectomy gave oncological outcomes similar to minimally invasive radical nephrectomy while better preserving kidney function.",
      BR_CONC, truth_alt=[BR_648]),
    C("bradshaw-des", BR, "design",
      "Bradshaw et al.'s (2020) randomized multicentre trial of robotic partial versus minimally invasive radical nephrectomy for cT2a renal masses found no difference in recurrence by type of surgery.",
      BR_DES, wrong="randomized multicentre trial"),
    C("bradshaw-dir", BR, "direction",
      "For clinical T2a kidney tumours, Bradshaw and colleagues (2020) found that robotic partial nephrectomy significantly improved 5-year overall survival compared with minimally invasive radical nephrectomy.",
      BR_OS, wrong="significantly improved 5-year overall survival"),
    C("bradshaw-comp", BR, "comparator",
      "Robotic partial nephrectomy for cT2a renal masses preserved kidney function better than open radical nephrectomy, with 5-year freedom from a new eGFR below 45 of 91.6% versus 68.9% (Bradshaw et al., 2020).",
      BR_EGFR, wrong="open radical nephrectomy", truth_alt=[BR_DES]),
    # 95 Kyrtata 2021: none, direction, population, number
    C("kyrtata-n1", KY, "none",
      "Kyrtata et al. (2021) reviewed 43 human and rodent studies and found consistent post-mortem reductions of the glucose transporters GLUT1 and GLUT3 in the hippocampus and cortex of Alzheimer's brains.",
      KY_PM, truth_alt=[KY_43]),
    C("kyrtata-dir", KY, "direction",
      "According to Kyrtata and colleagues' (2021) systematic review, levels of GLUT2 and GLUT12 fall in Alzheimer's disease.",
      KY_UP, wrong="fall", truth_alt=[KY_UP2]),
    C("kyrtata-pop", KY, "population",
      "Longitudinal studies in patients with Alzheimer's disease show that GLUT1 and GLUT3 changes appear only after amyloid-β pathology is present (Kyrtata et al., 2021).",
      KY_LONG, wrong="in patients with Alzheimer's disease"),
    C("kyrtata-num", KY, "number",
      "Kyrtata et al.'s (2021) systematic review identified 63 eligible studies of glucose transport in Alzheimer's disease, spanning human and rodent research.",
      KY_43, wrong="63 eligible studies"),
    # 96 Huang 2020: none x2, duration, overreach
    C("huang-n1", HU, "none",
      "In a single-hospital series of 23 patients, Huang et al. (2020) reported no intraoperative complications and no readmissions after robotic transanal minimally invasive surgery for selected rectal neoplasms.",
      HU_NOC, truth_alt=[HU_23]),
    C("huang-n2", HU, "none",
      "Huang and colleagues (2020) judged robotic TAMIS feasible and safe for the local excision of selected rectal tumours in the short term, with a median hospital stay of 3 days.",
      HU_LOS, truth_alt=[HU_CONC]),
    C("huang-dur", HU, "duration",
      "No recurrences were seen during a median follow-up of 9.6 years after robotic TAMIS (Huang et al., 2020).",
      HU_FU, wrong="9.6 years", truth_alt=[HU_REC], accept=["duration", "number"]),
    C("huang-over", HU, "overreach",
      "Huang et al.'s (2020) series showed that robotic TAMIS provides durable long-term cancer control for selected rectal neoplasms.",
      HU_CONC, wrong="durable long-term cancer control", truth_alt=[HU_FU], accept=["overreach", "duration"]),
    # 97 Ripperger 2020: none, direction, number, overreach
    C("ripperger-n1", RI, "none",
      "Ripperger et al. (2020) found that everyone with PCR-confirmed SARS-CoV-2 infection, including people without symptoms, had seroconverted within two weeks.",
      RI_2W),
    C("ripperger-dir", RI, "direction",
      "In Ripperger and colleagues' (2020) serological study, people with mild COVID-19 had higher virus-neutralizing titers than those with severe disease.",
      RI_SEV, wrong="mild COVID-19 had higher virus-neutralizing titers"),
    C("ripperger-num", RI, "number",
      "When Ripperger et al. (2020) screened 58,820 members of the local community, only one sample reacted to both RBD and S2 yet lacked neutralizing antibodies.",
      RI_5882, wrong="58,820"),
    C("ripperger-over", RI, "overreach",
      "SARS-CoV-2 infection confers lifelong neutralizing antibody immunity, as Ripperger et al. (2020) demonstrated.",
      RI_CONC, wrong="lifelong", truth_alt=[RI_57], accept=["overreach", "duration"]),
    # 98 Gondalia 2021: none x2, direction, population
    C("gondalia-n1", GO, "none",
      "Gondalia et al. (2021) found little evidence that monthly exposure to coarse particulate air pollution was associated with heart rate variability or the QT interval, or that DNA methylation mediated any such link.",
      GO_NULL, truth_alt=[GO_CONC]),
    C("gondalia-n2", GO, "none",
      "Drawing on more than 80,000 U.S. women and men from the Women's Health Initiative and the ARIC study, Gondalia and colleagues (2021) examined whether monthly mean PM10 and PM2.5-10 concentrations were related to electrocardiographic measures.",
      GO_POP),
    C("gondalia-dir", GO, "direction",
      "Sub-chronic exposure to coarse particulate matter prolonged the QT interval through changes in DNA methylation, according to Gondalia et al. (2021).",
      GO_NULL, wrong="prolonged the QT interval through changes in DNA methylation", truth_alt=[GO_CONC]),
    C("gondalia-pop", GO, "population",
      "In postmenopausal women from the Women's Health Initiative alone, Gondalia et al.'s (2021) analysis found no appreciable effect of coarse particulate exposure on cardiac autonomic function.",
      GO_POP, wrong="postmenopausal women from the Women's Health Initiative alone"),
    # 99 Pang 2021: none, comparator, duration, overreach
    C("pang-n1", PA, "none",
      "Pang et al.'s (2021) Cochrane review of 23 randomized trials with 6285 men found that adding an anticholinergic to an alpha-blocker had little or uncertain effect on urinary symptom scores.",
      PA_23, truth_alt=[PA_CONC]),
    C("pang-comp", PA, "comparator",
      "Pang and colleagues (2021) found that combined anticholinergic and alpha-blocker therapy may improve quality of life compared with alpha-blocker monotherapy in men with urinary symptoms from benign prostatic obstruction.",
      PA_QOL, wrong="compared with alpha-blocker monotherapy", truth_alt=[PA_QOL2]),
    C("pang-dur", PA, "duration",
      "The trials in Pang et al.'s (2021) review followed men on anticholinergic plus alpha-blocker therapy for two to five years.",
      PA_ST, wrong="two to five years"),
    C("pang-over", PA, "overreach",
      "Pang et al. (2021) provided high-certainty evidence that combination therapy increases adverse events compared with placebo.",
      PA_AE, wrong="high-certainty evidence"),
    # 100 de Moraes Silva 2019: none x2, comparator, number
    C("demoraes-n1", DM, "none",
      "In their Cochrane review of seven randomized trials with 891 participants, de Moraes Silva et al. (2019) found that balneotherapy may moderately improve pain, quality of life and skin pigmentation in chronic venous insufficiency compared with no treatment.",
      DM_7, truth_alt=[DM_CONC]),
    C("demoraes-n2", DM, "none",
      "Balneotherapy had no clear effect on disease severity scores, leg ulcers or oedema in people with chronic venous insufficiency (de Moraes Silva et al., 2019).",
      DM_CONC),
    C("demoraes-comp", DM, "comparator",
      "In the single trial comparing balneotherapy with compression stockings, de Moraes Silva and colleagues (2019) found no clear difference in pain or oedema.",
      DM_MEL, wrong="compression stockings"),
    C("demoraes-num", DM, "number",
      "In the review by de Moraes Silva et al. (2019), six trials with 386 participants compared balneotherapy with no treatment.",
      DM_6, wrong="386 participants"),
    # 101 Wang 2021: none x2, design, population
    C("wang-n1", WA, "none",
      "In a multicentre survey of 5521 nurses working in Wuhan during the COVID-19 outbreak, Wang et al. (2021) found that two-thirds reported physical discomfort and more than four in five reported emotional distress.",
      WA_PCT, truth_alt=[WA_CS]),
    C("wang-n2", WA, "none",
      "Irregular work schedules were linked to a higher risk of emotional distress among Wuhan nurses during the pandemic, with a risk ratio of about 3.4 (Wang et al., 2021).",
      WA_EMO),
    C("wang-des", WA, "design",
      "Wang and colleagues (2021) followed 5521 Wuhan nurses prospectively through the pandemic and found that working overtime raised their risk of physical discomfort.",
      WA_CS, wrong="followed 5521 Wuhan nurses prospectively", truth_alt=[WA_PHY]),
    C("wang-pop", WA, "population",
      "Wang et al. (2021) reported that 85.5% of the physicians they surveyed in Wuhan's designated hospitals and mobile cabins had symptoms of emotional distress during the COVID-19 pandemic.",
      WA_PCT, wrong="physicians", truth_alt=[WA_CS]),
    # 102 Linder 2021: none, population, duration, comparator
    C("linder-n1", LI, "none",
      "Linder et al. (2021) found that moderate or severe spontaneous echo contrast was an independent risk factor for disabling ischaemic stroke within 24 hours of transcatheter aortic valve implantation.",
      LI_SEC, truth_alt=[LI_24]),
    C("linder-pop", LI, "population",
      "Among 1,558 patients undergoing surgical aortic valve replacement, Linder and colleagues (2021) found left atrial appendage thrombus in 4.4%.",
      LI_PREV, wrong="surgical aortic valve replacement", truth_alt=[LI_TAVI, LI_1558]),
    C("linder-dur", LI, "duration",
      "In Linder et al.'s (2021) TAVI cohort, patients with left atrial appendage thrombus had impaired survival at five years.",
      LI_1Y, wrong="at five years"),
    C("linder-comp", LI, "comparator",
      "Linder and colleagues (2021) reported disabling stroke after TAVI in 6.8% of patients with moderate or severe spontaneous echo contrast, compared with 2.1% of those with left atrial appendage thrombus.",
      LI_STR, wrong="2.1% of those with left atrial appendage thrombus", accept=["comparator", "number"]),
    # 103 Schumacher 2020: none x2, direction, overreach
    C("schumacher-n1", SC, "none",
      "In 218 patients with a chronic total coronary occlusion, Schumacher et al. (2020) found that well-developed collaterals were associated with less myocardial scar and better preserved function.",
      SC_CONC, truth_alt=[SC_218]),
    C("schumacher-n2", SC, "none",
      "Extensive scar, with late gadolinium enhancement above 50%, was seen in only 5% of CTO segments (Schumacher et al., 2020).",
      SC_5),
    C("schumacher-dir", SC, "direction",
      "Schumacher and colleagues (2020) found viable myocardium less often in the CTO segments of patients with poorly developed collaterals than in those with well-developed collaterals.",
      SC_VIA, wrong="less often", truth_alt=[SC_VIA2]),
    C("schumacher-over", SC, "overreach",
      "Schumacher et al.'s (2020) cardiac MRI study proved that well-developed coronary collaterals prevent myocardial scarring in patients with chronic total occlusions.",
      SC_CONC, wrong="proved that well-developed coronary collaterals prevent myocardial scarring"),
    # 104 Lucero 2021: none, direction, population, design
    C("lucero-n1", LU, "none",
      "Lucero et al. (2021) found that apparently healthy Chilean school-aged children with persistent H. pylori infection had epigastric pain on examination more often than uninfected controls (40% vs 16%).",
      LU_PAIN),
    C("lucero-dir", LU, "direction",
      "In Lucero and colleagues' (2021) study, persistent H. pylori infection in school-aged children led to lower serum iron and ferritin levels.",
      LU_IRON, wrong="led to lower serum iron and ferritin levels"),
    C("lucero-pop", LU, "population",
      "Lucero et al. (2021) followed 83 adults with persistent H. pylori infection and 80 uninfected matched controls in a periurban Chilean city for at least 3 years.",
      LU_83, wrong="adults"),
    C("lucero-des", LU, "design",
      "In a one-off cross-sectional survey of Chilean schoolchildren, Lucero et al. (2021) found persistent H. pylori infection associated with higher pepsinogen II levels.",
      LU_CC, wrong="one-off cross-sectional survey", truth_alt=[LU_83, LU_PG]),
]

(Path(__file__).resolve().parent / "claims.json").write_text(json.dumps(claims, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
print(len(claims), "claims")
