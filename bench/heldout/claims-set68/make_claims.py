"""Writes claims.json (set 68). Hand-written claims; truth sentences copied verbatim from the abstracts (pool 13).
The C() helper and the field layout are those of set 55's make_claims.py (its first 30 lines only were read)."""
import json
from pathlib import Path

def C(id, key, kind, claim, truth, wrong=None, truth_alt=None, accept=None):
    d = {"id": id, "key": key, "kind": kind, "claim": claim, "truth": truth}
    if truth_alt: d["truth_alt"] = truth_alt
    if wrong: d["wrong"] = wrong
    if accept: d["accept"] = accept
    return d

LI, CH, ZH, PE, BE = "lin2018dual", "chen2019dectin", "zhao2020anatomy", "pezzini2020lifting", "bethell2020association"
BR, LP, XI, YU, AD = "brown2017comparison", "li2020pineoblastoma", "xiang2021co", "yuan2021differences", "adamo2020impact"
SI, AN, CM, LE, LS = "simmons2021acute", "anderson2020optimisation", "chmel2021current", "leistner2020randomised", "lee2015variable"

LI_FPS = "Pattern decoding with a Convolutional Neural Network (CNN) model and a customized feature descriptor enables real-time 3D surface reconstruction at approximately 12 frames per second (FPS)."
LI_MM = "The probe, with a 2.1 mm diameter, enables the system to be used with endoscope working channels."
LI_VAL = "The whole apparatus has been validated on phantoms and tissue (ex vivo and in vivo), while initial measurements on patients during laryngeal surgery show its potential in real-world clinical applications."
CH_CONC = "In conclusion, two Dectin-1 SNPs (rs3901533 and rs7309123) are associated with increased susceptibility to pulmonary IFD in AML patients in a Chinese Han population."
CH_172 = "Eight single nucleotide polymorphisms (SNPs) of Dectin-1 (rs16910526, rs3901533, and rs7309123), TLR2 (rs5743708), TLR4 (rs4986790 and rs4986791) and MyD88 (rs4988453 and rs4988457) in the genomic DNA of 172 adult AML patients were genotyped."
CH_NULL = "There were no significant associations between pulmonary IFD and the remaining Dectin-1 SNPs (rs16910526), TLR2 (rs5743708), TLR4 (rs4986790 and rs4986791) or MyD88 (rs4988453 and rs4988457)."
CH_OR = "Significant associations were noted between pulmonary IFD and Dectin-1 rs3901533 dominant model (G/T+G/G vs. T/T, OR: 2.158; 95% CI: 1.109-4.2, P=0.02), Dectin-1 rs3901533 G allele (OR: 2.201; 95% CI: 1.206-4.019, P=0.01), or Dectin-1 rs7309123 C allele (OR: 1.919; 95% CI: 1.047-3.518, P=0.03)."
ZH_6M = "After 6 months' recovery, the superior sulcus deformity improved in all patients."
ZH_56 = "This procedure was performed between January 2016 and January 2018 in 56 patients with distinct preorbital septum fibers."
ZH_38 = "Of the 56 patients, 38 displayed mild to moderate upper eyelid depression and multiple eyelids, and 18 displayed pseudoptosis."
PE_REV = "In this article, we review the literature on the association between COVID-19 and neurological manifestations, present evidence from preclinical research suggesting that SARS-CoV-2 could be responsible for many of these manifestations, and summarize the biological pathways that could underlie each neurological symptom."
PE_FIRST = "As the severe acute respiratory syndrome coronavirus 2 (SARS-CoV-2) epidemic spreads, it is becoming increasingly evident that coronavirus disease 2019 (COVID-19) is not limited to the respiratory system, and that other organs can be affected."
BE_RES = "The incidence of opioid-related events in children in the year after a mother's surgery was low overall (n=36/283,550, 0.01%), but higher among children whose mother filled a postoperative opioid prescription (n=29/171,139, 0.02%, vs. n=7/112,411, 0.01%, p=0.02), including in an analysis adjusting for child's age, mother's age, rural residence, neighbourhood income quintile and mother's Charlson comorbidity index score (adjusted odds ratio, 2.42 [95% confidence interval (CI), 1.05 to 5.54], p=0.04)."
BE_7D = "The association between postoperative opioid analgesic prescriptions filled by mothers within seven days of discharge after surgery and opioid-related events (emergency department presentations or inpatient admissions for opioid poisoning, or mental and behavioural disorders attributable to opioid use) in their children within one year of their mother's discharge was assessed."
BE_60 = "Overall, 60.4% of the children in the cohort had a mother who filled a postoperative opioid prescription."
BE_COH = "This retrospective cohort study used individually linked administrative health data from Ontario, Canada."
BR_RANK = "The homemade model was ranked best on ultrasound image, manometry measurement, cannulation feel, and overall quality by 71%, 67%, 53%, and 77% of raters, respectively."
BR_17 = "Seventeen physicians, all having placed >50 lines in their lifetime, completed blinded central line insertions on three commercial and one homemade model (made of silicone, tubing, and a pressurized pump system)."
BR_COST = "The cost of the homemade model was $400 compared to $1000-$8000 for commercial models."
BR_CONC = "Our data suggest that an inexpensive, homemade central line model is as good or better than commercially available models."
BR_AIM = "This study compared an inexpensive homemade simulator to three commercially available simulators and rated model characteristics."
LP_FIVE = "We used global DNA methylation profiling to define a core group of PB from 72/93 cases, which were delineated into five molecular sub-groups."
LP_91 = "Tumor, blood, and clinical data from 91 patients with PB or supratentorial primitive neuroectodermal tumor (sPNETs/CNS-PNETs), and 2 pineal parenchymal tumors of intermediate differentiation (PPTIDs) were collected from 29 centres in the Rare Brain Tumor Consortium."
LP_AGE = "PB sub-groups exhibited distinct clinical features: group 1-3 arose in older children (median ages 5.2-14.0 years) and had intermediate to excellent survival (5-year OS of 68.0-100%), while Group RB and MYC PB patients were much younger (median age 1.3-1.4 years) with dismal survival (5-year OS 37.5% and 28.6%, respectively)."
LP_PROG = "We identified age < 3 years at diagnosis, metastatic disease, omission of upfront radiation, and chr 16q loss as significant negative prognostic factors across all PBs."
XI_28 = "Of the 28 patients, the median age was 54.5 years (IQR, 34.25-67.5) and 14 cases (50.0%) were classified as severe types."
XI_TWO = "We described two patients who were co-infected with SARS-CoV-2 and IAV treated at Wuhan Union Hospital, China."
XI_N = "A total of 28 co-infected patients were enrolled in the analysis."
XI_REV = "In addition, we performed a review in PubMed, Web of Science and CNKI (from January 1 up to November 1, 2020) with combinations of the following key words: \"COVID-19, SARS-COV-2, influenza A and co-infection\"."
XI_SYM = "The most common symptoms were fever (85.71%), cough (82.14%) and dyspnea (60.71%)."
XI_STAY = "The median time from symptom onset to hospital admission was 4 days (IQR, 3-6), and the median time of hospital stay was 14 days (IQR, 8.5-16.75)."
XI_CONC = "SARS-COV-2 co-infection with IAV could lead to more severe clinical condition but did not experience longer hospital stay compared with patients infected with SARS-COV-2 alone."
YU_SYM = "There were no significant differences in symptoms between children and adult patients."
YU_N = "Patients (56 children and 63 adults) with confirmed SARS-CoV-2 infection and mild pneumonia were randomly enrolled in this study."
YU_IL = "In terms of immunological indices on admission, adult patients displayed typical leukopenia and markedly higher levels of IL-2, IL-4, and IL-6 than child patients."
YU_DES = "A retrospective case study was performed at two designated hospitals for COVID-19."
AD_CONC = "Echocardiographic parameters, including the EROA/LVEDV ratio, do not have independent prognostic value in patients undergoing MitraClip implantation."
AD_137 = "We analysed 137 patients undergoing MitraClip implantation for SMR at three centres."
AD_RR = "The relative risk of the primary endpoint was independent from any echocardiographic parameter, including the presence of disproportionate SMR."
AD_2Y = "High surgical risk, advanced symptoms and non-optimal MR reduction increase the relative risk of two-year clinical events."
AD_EP = "The primary endpoint was a composite of cardiovascular mortality and heart failure hospitalisation at two-year follow-up."
SI_RES = "Of the included studies (n = 32), athletes experienced greater creatine kinase (CK) concentrations (Z = 4.99, p < 0.00001, I2 = 74%), inflammatory factors and other indirect measures of muscle damage in the initial phase of the preseason period compared to the off-season; there were no changes in CK (Z = 1.43, p = 0.15, I2 = 74%) across two time points of similar TL; and there were concurrent increases in CK with increases in TL (Z = 4.26, p < 0.0001, I2 = 36%) and vice versa (Z = 4.33, p < 0.0001, I2 = 79%)."
SI_CONC = "Blood biomarkers of EIMD may not differ across periods of similar TL, however can be considered a sensitive monitoring tool for assessing responses following acute TL changes in semi-elite and elite athletes."
AN_OPT = "To optimise the intervention for a definitive randomised controlled trial of weight management, data from the feasibility trial, focus group discussions conducted with the target population, feedback from the trial public advisory group and comments from peer reviewers were obtained."
AN_70 = "The results from the feasibility trial were considered appropriate for moving on to a full trial with 70% of participants finding the programme acceptable."
AN_FEAS = "A feasibility study of a prototype programme aiming to change lifestyle behaviours was successfully undertaken."
AN_CONC = "The optimisation process has facilitated the development and evaluation of a programme that enables the delivery of a promising intervention to achieve weight management in post-menopausal women."
CM_YRS = "An analysis of articles published in impact and reviewed journals between 2000-2021."
CM_EXP = "Uterus transplantation is still in an experimental stage."
CM_CONT = "The ethical analysis of the individual steps of this comprehensive method in the treatment of female infertility should be carried out continuously, in connection with the gradually presented outcomes of ongoing scientific research studies."
LE_DOSE = "The primary efficacy measure, the operator radiation dose at the level of the left arm as measured by a wearable electronic dosimeter, was significantly higher in the biplane as compared to the monoplane group (4 [1-13] µSv vs 2 [0-6.8] µSv, p<0.001)."
LE_430 = "RAMBO (RAdiation exposure in Monoplane versus Biplane cOronary angiography and interventions) was a prospective, randomised, two-arm, single-centre, open-label trial, enrolling a total of 430 patients undergoing coronary angiography."
LE_CONC = "Biplane imaging for coronary angiography and PCI is related to an increased radiation exposure for the interventional cardiologist as compared with monoplane imaging."
LE_CM = "While fluoroscopy time did not differ between the groups (p=0.89), the amount of contrast medium was lower with biplane as compared with monoplane imaging (p<0.001)."
LS_PHOS = "Overall, analysis of all recruited patients showed no marked differences in the phosphorylation of proteins (H2AX, protein 53, and ataxia telangiectasia mutated) after SPECT."
LS_63 = "Blood samples were collected from patients before and after SPECT MPI (n=63)."
LS_48 = "The majority of patients also had either downregulated or unchanged expression in DNA damage response genes at both 24 and 48 hours post-SPECT."
LS_CONC = "Our findings showed that SPECT MPI resulted in a variable activation of the DNA damage response pathways."

claims = [
    # Lin 2018: dual-modality endoscopic probe
    C("lin-n1", LI, "none", "Lin et al. (2018) built an endoscopic probe only about 2 mm across that combines structured-light 3D surface reconstruction with hyperspectral imaging, with the 3D mode running in real time at roughly 12 frames per second.",
      LI_FPS, truth_alt=[LI_MM]),
    C("lin-num", LI, "number", "The deep-learning decoder in Lin and colleagues' (2018) dual-modality probe reconstructs the tissue surface in 3D at about 120 frames per second.",
      LI_FPS, wrong="about 120 frames per second"),
    C("lin-pop", LI, "population", "In Lin et al.'s (2018) work, first measurements with the hyperspectral endoscopic probe were taken in patients undergoing colorectal surgery, hinting that it could work in real clinical settings.",
      LI_VAL, wrong="patients undergoing colorectal surgery"),
    C("lin-ovr", LI, "overreach", "The hyperspectral endoscope developed by Lin et al. (2018) has been proven to improve surgical decision making in routine clinical practice.",
      LI_VAL, wrong="has been proven to improve surgical decision making in routine clinical practice"),
    # Chen 2019: Dectin-1 SNPs and pulmonary IFD in AML
    C("chen-n1", CH, "none", "In 172 adults with acute myeloid leukaemia from a Chinese Han population, two intronic Dectin-1 variants (rs3901533 and rs7309123) were linked to a higher risk of pulmonary invasive fungal disease (Chen et al., 2019).",
      CH_CONC, truth_alt=[CH_172]),
    C("chen-n2", CH, "none", "Chen and colleagues (2019) found no significant association between pulmonary fungal disease and the TLR2, TLR4 or MyD88 polymorphisms they genotyped in leukaemia patients.",
      CH_NULL),
    C("chen-pop", CH, "population", "Chen et al. (2019) reported that two Dectin-1 polymorphisms increase susceptibility to pulmonary invasive fungal disease in Chinese Han patients with acute lymphoblastic leukaemia.",
      CH_CONC, wrong="acute lymphoblastic leukaemia", truth_alt=[CH_172]),
    C("chen-dir", CH, "direction", "According to Chen et al. (2019), carrying the G allele of Dectin-1 rs3901533 roughly halved the odds of pulmonary fungal infection in Chinese AML patients.",
      CH_OR, wrong="roughly halved the odds", truth_alt=[CH_CONC]),
    # Zhao 2020: preorbital septum fibres
    C("zhao-n1", ZH, "none", "Zhao et al. (2020) cut bulky preorbital septum fibres during upper blepharoplasty in 56 patients and report that the sunken upper-lid deformity had improved in all of them after six months of recovery.",
      ZH_6M, truth_alt=[ZH_56]),
    C("zhao-num", ZH, "number", "Of the patients treated by Zhao and colleagues (2020), 18 had mild to moderate upper eyelid depression with multiple lid folds and 38 had pseudoptosis.",
      ZH_38, wrong="18 had mild to moderate upper eyelid depression with multiple lid folds and 38 had pseudoptosis"),
    C("zhao-dur", ZH, "duration", "Zhao et al. (2020) report that two years after blepharoplasty with release of the preorbital septum fibres, the superior sulcus deformity had improved in every patient.",
      ZH_6M, wrong="two years after"),
    C("zhao-des", ZH, "design", "In a randomised trial, Zhao et al. (2020) showed that releasing the preorbital septum fibres during upper blepharoplasty improved pseudoptosis and multiple eyelid folds.",
      ZH_56, wrong="In a randomised trial"),
    # Pezzini 2020: neurological manifestations of COVID-19 (review, two authors)
    C("pez-n1", PE, "none", "Pezzini and Padovani (2020) reviewed the growing number of reports of neurological problems in COVID-19, stressing that the disease is not confined to the respiratory system.",
      PE_REV, truth_alt=[PE_FIRST]),
    C("pez-n2", PE, "none", "Preclinical evidence suggests that SARS-CoV-2 itself could account for many of the neurological symptoms seen in infected patients (Pezzini & Padovani, 2020).",
      PE_REV),
    C("pez-des", PE, "design", "In a multicentre cohort of hospitalised COVID-19 patients, Pezzini and Padovani (2020) documented a range of neurological manifestations and traced the biological pathways behind them.",
      PE_REV, wrong="In a multicentre cohort of hospitalised COVID-19 patients"),
    C("pez-ovr", PE, "overreach", "Pezzini and Padovani's (2020) review established that SARS-CoV-2 directly causes the neurological symptoms seen in COVID-19.",
      PE_REV, wrong="established that SARS-CoV-2 directly causes"),
    # Bethell 2020: mothers' postoperative opioids and children's opioid events
    C("bet-n1", BE, "none", "In a population-based Ontario cohort, Bethell et al. (2020) found that children whose mothers filled an opioid prescription after surgery had a higher, though still very rare, rate of opioid-related events in the following year (adjusted odds ratio about 2.4).",
      BE_RES, truth_alt=[BE_COH]),
    C("bet-dur", BE, "duration", "Bethell and colleagues (2020) linked opioid prescriptions that mothers filled within 30 days of discharge after surgery to later opioid-related events in their children.",
      BE_7D, wrong="within 30 days of discharge", accept=["duration", "number"]),
    C("bet-comp", BE, "comparator", "Bethell et al. (2020) reported that children were more likely to have an opioid-related event when their mother filled a postoperative opioid prescription than when their father did.",
      BE_RES, wrong="than when their father did"),
    C("bet-num", BE, "number", "About 6 in 10 children in Bethell et al.'s (2020) cohort had a mother who filled a postoperative opioid prescription, and opioid-related events within a year occurred in 2% of these children.",
      BE_RES, wrong="occurred in 2% of these children", truth_alt=[BE_60]),
    # Brown 2017: homemade vs commercial central line simulators
    C("bro-n1", BR, "none", "Brown et al. (2017) had 17 experienced physicians place lines blinded on one homemade and three commercial central line simulators; the homemade model was ranked best overall by 77% of them.",
      BR_RANK, truth_alt=[BR_17]),
    C("bro-n2", BR, "none", "A homemade central line model costing about $400 performed as well as or better than commercial simulators priced at $1000-$8000 (Brown et al., 2017).",
      BR_CONC, truth_alt=[BR_COST]),
    C("bro-comp", BR, "comparator", "Brown and colleagues (2017) found that physicians rated a homemade central line simulator as more realistic than a fresh cadaver model.",
      BR_AIM, wrong="than a fresh cadaver model", truth_alt=[BR_17]),
    C("bro-dir", BR, "direction", "In Brown et al.'s (2017) comparison, the homemade central line simulator was ranked below the commercial models on ultrasound image and overall quality.",
      BR_RANK, wrong="ranked below the commercial models"),
    # Li 2020: pineoblastoma sub-groups
    C("lip-n1", LP, "none", "Using DNA methylation profiling of tumours collected through the Rare Brain Tumor Consortium, Li et al. (2020) split pineoblastoma into five molecular sub-groups.",
      LP_FIVE, truth_alt=[LP_91]),
    C("lip-pop", LP, "population", "In Li et al.'s (2020) registry study, the RB and MYC sub-groups of pineoblastoma occurred mainly in adolescents and carried dismal survival.",
      LP_AGE, wrong="occurred mainly in adolescents"),
    C("lip-dir", LP, "direction", "Li and colleagues (2020) found that leaving out upfront radiotherapy was associated with better survival across all pineoblastomas.",
      LP_PROG, wrong="associated with better survival"),
    C("lip-num", LP, "number", "Li et al. (2020) pooled tumour, blood and clinical data on 291 patients from 29 consortium centres to map the molecular spectrum of pineoblastoma.",
      LP_91, wrong="291 patients"),
    # Xiang 2021: SARS-CoV-2 and influenza A co-infection
    C("xia-n1", XI, "none", "Xiang et al. (2021) described two co-infected patients from Wuhan and reviewed the literature, pooling 28 people infected with both SARS-CoV-2 and influenza A, half of whom had severe disease.",
      XI_28, truth_alt=[XI_TWO, XI_N]),
    C("xia-n2", XI, "none", "Among patients co-infected with SARS-CoV-2 and influenza A, fever and cough were the commonest symptoms and the median hospital stay was two weeks (Xiang et al., 2021).",
      XI_SYM, truth_alt=[XI_STAY]),
    C("xia-des", XI, "design", "In a prospective cohort study of 28 co-infected patients at Wuhan Union Hospital, Xiang et al. (2021) found fever to be the most common symptom.",
      XI_TWO, wrong="a prospective cohort study of 28 co-infected patients at Wuhan Union Hospital", truth_alt=[XI_REV, XI_N]),
    C("xia-dir", XI, "direction", "Xiang and colleagues (2021) report that patients co-infected with SARS-CoV-2 and influenza A stayed in hospital longer than those with SARS-CoV-2 alone.",
      XI_CONC, wrong="stayed in hospital longer than those with SARS-CoV-2 alone"),
    # Yuan 2021: immune responses, children vs adults with COVID-19
    C("yua-n1", YU, "none", "Yuan et al. (2021) compared 56 children and 63 adults with mild COVID-19 pneumonia and found no significant differences in their symptoms.",
      YU_SYM, truth_alt=[YU_N]),
    C("yua-comp", YU, "comparator", "Yuan and colleagues (2021) found that children with COVID-19 had markedly lower IL-2, IL-4 and IL-6 levels on admission than children with influenza.",
      YU_IL, wrong="than children with influenza"),
    C("yua-pop", YU, "population", "In Yuan et al.'s (2021) study of patients with severe COVID-19 pneumonia, adults showed leukopenia and higher interleukin levels than children.",
      YU_N, wrong="patients with severe COVID-19 pneumonia", truth_alt=[YU_IL]),
    C("yua-des", YU, "design", "A randomised controlled trial by Yuan et al. (2021) compared immune responses to SARS-CoV-2 infection in children and adults.",
      YU_DES, wrong="A randomised controlled trial"),
    # Adamo 2020: disproportionate SMR and MitraClip
    C("ada-n1", AD, "none", "Among 137 patients who had a MitraClip for secondary mitral regurgitation at three centres, Adamo et al. (2020) found that echocardiographic measures, including whether the regurgitation was disproportionate, had no independent prognostic value.",
      AD_CONC, truth_alt=[AD_137, AD_RR]),
    C("ada-dir", AD, "direction", "Adamo and colleagues (2020) found that disproportionate secondary mitral regurgitation independently predicted more cardiovascular deaths and heart-failure admissions after MitraClip.",
      AD_RR, wrong="independently predicted more cardiovascular deaths and heart-failure admissions", truth_alt=[AD_CONC]),
    C("ada-dur", AD, "duration", "Adamo et al. (2020) identified high surgical risk, advanced symptoms and residual mitral regurgitation as predictors of clinical events over five years after MitraClip implantation.",
      AD_2Y, wrong="over five years", truth_alt=[AD_EP]),
    C("ada-ovr", AD, "overreach", "Adamo et al.'s (2020) results show that echocardiography is of no use in selecting patients for MitraClip and can be dropped from the work-up.",
      AD_CONC, wrong="echocardiography is of no use in selecting patients for MitraClip and can be dropped from the work-up"),
    # Simmons 2021: training loads and muscle damage markers
    C("sim-n1", SI, "none", "A systematic review and meta-analysis of 32 studies in semi-elite and elite athletes found higher creatine kinase and other muscle-damage markers early in the preseason than in the off-season (Simmons et al., 2021).",
      SI_RES),
    C("sim-n2", SI, "none", "Simmons and colleagues (2021) concluded that blood markers of muscle damage track acute changes in training load in high-level athletes, but may not differ between periods of similar load.",
      SI_CONC),
    C("sim-pop", SI, "population", "In recreationally active adults, creatine kinase rose and fell with acute changes in training load, according to a meta-analysis by Simmons et al. (2021).",
      SI_RES, wrong="In recreationally active adults", truth_alt=[SI_CONC]),
    C("sim-num", SI, "number", "Simmons et al.'s (2021) meta-analysis pooled 23 studies of semi-elite and elite athletes and found that creatine kinase rose with increases in training load.",
      SI_RES, wrong="23 studies"),
    # Anderson 2020: ActWELL optimisation
    C("and-n1", AN, "none", "Anderson et al. (2020) describe how the ActWELL weight-management programme for women attending NHS breast screening was refined, drawing on feasibility-trial data, focus groups, public advisers and peer reviewers, ahead of a definitive randomised trial.",
      AN_OPT),
    C("and-n2", AN, "none", "In the ActWELL feasibility trial, 70% of participants found the lifestyle programme acceptable (Anderson et al., 2020).",
      AN_70),
    C("and-des", AN, "design", "Anderson and colleagues' (2020) definitive randomised trial found the ActWELL lifestyle programme acceptable to 70% of the women taking part.",
      AN_70, wrong="definitive randomised trial", truth_alt=[AN_FEAS]),
    C("and-ovr", AN, "overreach", "Anderson et al. (2020) showed that the ActWELL programme reduces post-menopausal breast cancer risk in women attending screening.",
      AN_CONC, wrong="showed that the ActWELL programme reduces post-menopausal breast cancer risk"),
    # Chmel 2021: ethics of uterus transplantation
    C("chm-n1", CM, "none", "Chmel et al. (2021) analysed the ethics literature on uterus transplantation for absolute uterine factor infertility, covering articles published between 2000 and 2021.",
      CM_YRS),
    C("chm-n2", CM, "none", "Uterus transplantation is still experimental, and its ethics need continuing review as results from ongoing studies come in (Chmel et al., 2021).",
      CM_EXP, truth_alt=[CM_CONT]),
    C("chm-dur", CM, "duration", "Chmel and colleagues (2021) analysed ethical articles on uterus transplantation published over the previous five years.",
      CM_YRS, wrong="over the previous five years"),
    C("chm-ovr", CM, "overreach", "According to Chmel et al. (2021), uterus transplantation is now an established standard treatment for women with absolute uterine factor infertility.",
      CM_EXP, wrong="now an established standard treatment"),
    # Leistner 2020: RAMBO trial
    C("lei-n1", LE, "none", "In the RAMBO trial, Leistner et al. (2020) randomised 430 patients having coronary angiography to biplane or monoplane imaging and found that the operator's radiation dose was higher with biplane imaging.",
      LE_DOSE, truth_alt=[LE_430]),
    C("lei-comp", LE, "comparator", "Leistner and colleagues (2020) found that biplane fluoroscopy exposed interventional cardiologists to more radiation than CT coronary angiography.",
      LE_CONC, wrong="than CT coronary angiography"),
    C("lei-dir", LE, "direction", "In the RAMBO trial, biplane imaging needed more contrast medium than monoplane imaging (Leistner et al., 2020).",
      LE_CM, wrong="needed more contrast medium"),
    C("lei-num", LE, "number", "Leistner et al.'s (2020) randomised trial found that the operator's left-arm dose roughly doubled with biplane imaging (median 40 µSv vs 20 µSv with monoplane).",
      LE_DOSE, wrong="median 40 µSv vs 20 µSv"),
    # Lee 2015: DNA damage response after SPECT MPI
    C("lee-n1", LS, "none", "Lee et al. (2015) drew blood from 63 patients before and after SPECT myocardial perfusion imaging and saw no marked overall change in phosphorylation of the DNA damage proteins H2AX, p53 and ATM.",
      LS_PHOS, truth_alt=[LS_63]),
    C("lee-dur", LS, "duration", "Lee and colleagues (2015) found that most patients' DNA damage response genes were downregulated or unchanged one and two weeks after SPECT imaging.",
      LS_48, wrong="one and two weeks after"),
    C("lee-pop", LS, "population", "In healthy volunteers exposed to low-dose radiation from SPECT myocardial perfusion imaging, Lee et al. (2015) saw variable activation of DNA damage response pathways.",
      LS_63, wrong="healthy volunteers", truth_alt=[LS_CONC]),
    C("lee-comp", LS, "comparator", "Lee et al. (2015) compared DNA damage markers in blood after SPECT myocardial perfusion imaging with those of patients who had a stress echocardiogram, and found variable activation of the response pathways.",
      LS_63, wrong="with those of patients who had a stress echocardiogram"),
]

Path(__file__).resolve().parent.joinpath("claims.json").write_text(json.dumps(claims, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
print(len(claims), "claims")
