"""Writes claims.json (set 63). Hand-written claims; truth sentences copied verbatim from the abstracts (pool 13,
positions 19-35, as batch_19_36.txt printed them). The C() helper and the field layout are those of set 55's
make_claims.py (its first lines only were read). En dashes are written as \\u2013, the micro sign as \\u00b5."""
import json
from pathlib import Path

def C(id, key, kind, claim, truth, wrong=None, truth_alt=None, accept=None):
    d = {"id": id, "key": key, "kind": kind, "claim": claim, "truth": truth}
    if truth_alt: d["truth_alt"] = truth_alt
    if wrong: d["wrong"] = wrong
    if accept: d["accept"] = accept
    return d

KE, KO, FO, TI, ST = "ke2019risk", "korbel2021results", "fountain2021intraoperative", "tian2021zoledronic", "sternszus2020clinical"
MA, TR, MI, TP, BA = "maderka2021serum", "tredinnick2020evaluating", "miyamoto2021nationwide", "tripathi2020isolation", "bastarache2021standardization"
UE, QI, BH, YA, ED = "ueki2020validation", "qiao2021recurrence", "bhowmick2021safety", "yang2021infection", "edwards20213d"

# --- truths (verbatim) ---
KE_OR = "Multivariate logistic regression analysis identified one independent risk factor for postoperative PF: soft pancreatic texture (OR=3.251, P=0.002)."
KE_241 = "A single-center respective study, involving 241 patients who underwent PD between September 2015 and June 2018, was conducted."
KE_RATE = "The results showed that postoperative PF occurred in 50 (20.7%) of the patients; 25 (10.4%) patients had a PF type BL, 46 (19.1%) patients developed a PF type B and 4 (1.6%) had a PF type C."
KE_CONC = "In conclusion, soft pancreatic texture is an independent risk factor for PF."
KO_100 = "A total of 100 patients with gestational trophoblastic neoplasia were treated in this Centre in the years 1993\u20132017."
KO_CURE = "The total curability and mortality rates were 96 and 4%, respectively."
KO_OBJ = "Gestational trophoblastic neoplasia epidemiology and treatment results in the Slovak Republic in the years 1993-2017."
KO_CZ = "In the Czech Republic in the same period of time, there were treated 281 (301) patients with the curability rate 98.6% (98.7%)."
FO_4 = "We identified four RCTs, using different intraoperative imaging technologies: intraoperative magnetic resonance imaging (iMRI) (2 trials, with 58 and 14 participants); fluorescence-guided surgery with 5-aminolevulinic acid (5-ALA) (1 trial, 322 participants); and neuronavigation (1 trial, 45 participants)."
FO_CONC = "Intraoperative imaging technologies, specifically 5-ALA and iMRI, may be of benefit in maximising extent of resection in participants with high-grade glioma."
FO_CERT = "However, this is based on low- to very low-certainty evidence."
FO_NMA = "Network meta-analyses or traditional meta-analyses were not appropriate due to absence of homogeneous trials across imaging technologies."
TI_5 = "Three randomized controlled trials (RCTs) and 2 non-RCTs met the inclusion criteria."
TI_RES = "The present meta-analysis revealed that zoledronic acid combined with PKP is associated with a higher BMD, a better quality of life, less severe low back pain, and fewer additional vertebral body fractures than is percutaneous vertebral augmentation alone."
TI_CONC = "Compared with PKP only, zoledronic acid combined with percutaneous vertebral augmentation is beneficial for OVCFs."
TI_SEARCH = "Eligible scientific articles published prior to July 2020 were retrieved from the PubMed, Springer, ScienceDirect, and Cochrane Library databases."
ST_16 = "In 2017, a research assistant conducted 16 semistructured interviews of clinical teachers from 8 specialties at McGill University."
ST_WAYS = "They identified explicit role modeling, engaging in difficult conversations, and providing graded autonomy as ways in which they could influence the identity development of learners."
ST_MAG = "However, they had difficulty discerning the magnitude of their influence."
MA_UP = "S100\u2013A11 (P < 0.0001) and AIF-1 levels (P < 0.0001) were higher in cervical cancer patients than in controls."
MA_LN = "Furthermore, the serum levels of S100\u2013A11 (P > 0.04) and AIF-1 (P > 0.01) were significantly higher in lymph node-positive patients as compared to lymph node-negative patients."
MA_TFF = "The levels of TFF3 and DKK1 were higher (P < 0.0001) in controls than in cervical cancer patients and were not different in groups with or without nodal involvement."
MA_CTRL = "Ninety patients who underwent elective total hysterectomy for nonmalignant disorder represented a control group."
MA_32 = "According to the final histopathological examination, 32 (40.5%) out of 79 cervical cancer patients with microscopically examined lymph nodes were lymph node-positive."
TR_62 = "A total of 19 SRs and 43 narrative reviews were included."
TR_LACK = "Strong consistent evidence is lacking for dietary interventions in persons with MS."
TR_VITD = "Across SR studies, vitamin D supplementation had no significant effect on relapses, MRI, or disability progression; however, an inverse association was found between vitamin D status and disability scores through observational studies."
TR_SEARCH = "Scientific databases including MEDLINE, PubMed, CINAHL, and The Cochrane Library were systematically searched up to April 2019."
TR_COMMON = "Vitamin D and PUFAs were the most commonly studied interventions."
TR_ADULT = "Review articles and meta-analyses were included if they examined the effect of any dietary intervention in adult populations with MS."
MI_104 = "The number of cases of accidental ingestion of magnets within the study period was 104, with a median age of 2 years."
MI_496 = "We developed a questionnaire and sent it to 496 board-certified training hospitals nationwide."
MI_SURG = "Among them, oesophagogastroduodenoscopy was performed in 4 children and surgery in 10, and significantly invasive treatment was required in comparison with single-magnet ingestion."
MI_33 = "There were 33 cases of accidental ingestion of multiple magnets."
MI_GI = "Gastrointestinal injury was observed in 11 cases, 10 of which were caused by multiple-magnet ingestion."
TP_CONC = "Cell based therapy using enriched CD34+ cells sorted by FACS or MACS result in better cardiac recovery after ischemic injury compared to unselected mhPBMNCs."
TP_30 = "In vivo studies following myocardial infarction demonstrated retention of CD34+ in the peri-infarct region for up to 30 days after transplantation."
TP_ANG = "Retained CD34+ cells were associated with enhanced angiogenesis and reduced inflammation compared to unselected mhPBMNCs or PBS treatment arms."
TP_MICE = "For in vivo characterization of cardiac repair, we conducted LAD ligation surgery on 8-10 weeks female NOD/SCID mice followed by intramyocardial transplantation of unselected mhPBMNCs, FACS or MACS enriched CD34+ cells."
BA_DWELL = "With timed sample collection, fluid recovery increased with increasing circuit dwell time with a median volume of 2.0 mL [interquartile range (IQR) 1.2-2.7] after 4 h."
BA_42 = "After identifying 4 h as the optimal dwell time, we measured total protein and IgM in HME fluid from 42 subjects with ARDS and nine with hydrostatic pulmonary edema (HYDRO)."
BA_PROT = "Total protein was higher in the 42 subjects with ARDS compared with nine with HYDRO [median 708 \u00b5g/mL (IQR 244-2017) vs. 364 \u00b5g/mL (IQR 136-578), P = 0.047], confirming that total protein concentration in HME is higher in ARDS compared with hydrostatic edema."
UE_HBR = "Among 12,121 patients, those at HBR (n=4,781, 39.4%) had an increased risk of BARC 3 or 5 bleeding (6.4% vs 1.9%; p<0.001) and DOCE (12.5% vs 6.1%; p<0.001) compared with those without HBR."
UE_SENS = "The ARC-HBR criteria had higher sensitivity than the PRECISE-DAPT score and the PARIS bleeding risk score (63.8%, 53.1%, 31.9%), but lower specificity (62.7%, 71.3%, 86.5%) for BARC 3 or 5 bleeding."
UE_REG = "Between 2009 and 2016, patients undergoing PCI were prospectively included in the Bern PCI Registry."
UE_CONCS = "The ARC-HBR criteria were more sensitive for identifying patients with future bleedings than other contemporary risk scores at the cost of specificity."
QI_POOL = "The pooled results indicated that the recurrence rate for aggressive treatment [0.12, 95% confidence interval (CI) = 0.09-0.16] was significantly lower than that for conservative treatment, with a recurrence rate of 0.30 (95% CI = 0.23-0.39)."
QI_20 = "A total of 20 studies with 942 ameloblastoma cases were included."
QI_HYP = "These findings supported the hypothesis that aggressive treatment might lead to a lower recurrence rate than conservative treatment."
QI_MORE = "More studies and meta-analyses following the new histological classification of ameloblastomas are needed to validate and support the findings."
QI_MULTI = "When trying stratification analysis following the original included studies, multicystic ameloblastoma presented a much higher recurrence rate than solid and unicystic ameloblastomas."
BH_19 = "Out of 200 articles screened, 19 studies (six retrospective cohort studies, seven randomised controlled trials, five non-randomised trials, one case series) with 8754 unique patients with multiple stages of COVID-19 were included; four were pre-prints and one was an unpublished clinicaltrials.gov document."
BH_CONC = "Evidence is not sufficiently strong to either promote or refute the efficacy of IVM, DOXY, or their combination in COVID-19 management."
BH_SAFE = "Efficacy outcomes were mixed with some studies concluding in favour of the intervention and some studies displaying no significant benefit; barring one study that described 9/183 patients with erosive esophagitis and non-ulcer dyspepsia with IVM + DOXY (without causality assessment details), there were no new safety signals of concern with any of the three interventions considered."
BH_SIX = "While all studies described efficacy, the safety profile was described in only six studies."
YA_17 = "Of 268 critically ill patients with confirmed SARS-CoV-2 infection, 17 (6.3%) patients had an HScore greater than 169."
YA_DIED = "All the 17 patients with sHLH died."
YA_INT = "The interval from the onset of symptom of COVID-19 to the time of a diagnosis of sHLH made was 19 days and the interval from the diagnosis of sHLH to death was 4 days."
YA_RETRO = "We conducted a retrospective observational study on 268 critically ill patients with COVID-19 between February 1st, 2020 and February 26th, 2020."
ED_7 = "Seven articles met eligibility criteria."
ED_92 = "Participant demographic information (theme one) involved a total of 92 rugby union players, ranging in skill level and playing experience."
ED_T5 = "Findings of the studies (theme five) showed that the one-on-one tackle technique can be altered (n=5) when tackle height, leg drive and/or tackle speed is modified."
ED_FUT = "Adherence of future 3D tackling research to these framework principles will provide critical scientific evidence to better inform injury reduction and performance practices in the rugby codes."

claims = [
    # Ke 2019: none, number, design, direction
    C("ke-n1", KE, "none", "In a single-centre series of 241 pancreaticoduodenectomies, Ke et al. (2019) identified a soft pancreas as the only independent predictor of clinically relevant pancreatic fistula.",
      KE_OR, truth_alt=[KE_241]),
    C("ke-num", KE, "number", "Postoperative pancreatic fistula developed in roughly two in five patients after pancreaticoduodenectomy in Ke and colleagues' (2019) cohort.",
      KE_RATE, wrong="roughly two in five patients"),
    C("ke-des", KE, "design", "A prospective randomised study by Ke et al. (2019) of 241 patients undergoing pancreaticoduodenectomy examined which factors predicted pancreatic fistula.",
      KE_241, wrong="prospective randomised study"),
    C("ke-dir", KE, "direction", "Patients whose pancreas was firm and hard at operation were about three times as likely to develop a fistula after pancreaticoduodenectomy (Ke et al., 2019).",
      KE_OR, wrong="pancreas was firm and hard", truth_alt=[KE_CONC]),
    # Korbeľ 2021: none, population, duration, comparator
    C("ko-n1", KO, "none", "Korbeľ et al. (2021) reported that 96% of the 100 patients treated for gestational trophoblastic neoplasia at the Slovak national centre between 1993 and 2017 were cured.",
      KO_CURE, truth_alt=[KO_100]),
    C("ko-pop", KO, "population", "Korbeľ and colleagues (2021) described treatment outcomes in 100 Czech women with gestational trophoblastic neoplasia.",
      KO_100, wrong="100 Czech women", truth_alt=[KO_OBJ]),
    C("ko-dur", KO, "duration", "Over a ten-year period, the Bratislava centre studied by Korbeľ et al. (2021) treated 100 patients with gestational trophoblastic neoplasia.",
      KO_100, wrong="Over a ten-year period", truth_alt=[KO_OBJ]),
    C("ko-comp", KO, "comparator", "Korbeľ et al.'s (2021) review found that cure rates for gestational trophoblastic neoplasia in Slovakia were close to those reported from neighbouring Hungary over the same years.",
      KO_CZ, wrong="neighbouring Hungary", accept=["comparator", "population"]),
    # Fountain 2021: none x2, overreach, design
    C("fo-n1", FO, "none", "A systematic review by Fountain et al. (2021) found only four randomised trials of intraoperative imaging in glioma surgery, covering intraoperative MRI, 5-ALA fluorescence guidance and neuronavigation.",
      FO_4),
    C("fo-n2", FO, "none", "Fountain and colleagues (2021) concluded that 5-ALA and intraoperative MRI may help surgeons remove more of a high-grade glioma, although the evidence was of low to very low certainty.",
      FO_CONC, truth_alt=[FO_CERT]),
    C("fo-over", FO, "overreach", "Fountain et al.'s (2021) review provided definitive evidence that intraoperative MRI and 5-ALA maximise the extent of glioma resection.",
      FO_CERT, wrong="provided definitive evidence", truth_alt=[FO_CONC]),
    C("fo-des", FO, "design", "Pooling the trials in a network meta-analysis, Fountain et al. (2021) compared intraoperative MRI, 5-ALA and neuronavigation for extent of glioma resection.",
      FO_NMA, wrong="Pooling the trials in a network meta-analysis"),
    # Tian 2021: none x2, comparator, duration
    C("ti-n1", TI, "none", "Tian et al.'s (2021) meta-analysis of three randomised and two non-randomised trials linked the addition of zoledronic acid to kyphoplasty with higher bone mineral density and fewer new vertebral fractures in osteoporotic compression fractures.",
      TI_5, truth_alt=[TI_RES]),
    C("ti-n2", TI, "none", "Adding zoledronic acid to kyphoplasty was associated with better quality of life and less low back pain than kyphoplasty alone in patients with osteoporotic vertebral compression fractures (Tian et al., 2021).",
      TI_RES, truth_alt=[TI_CONC]),
    C("ti-comp", TI, "comparator", "Tian and colleagues (2021) reported that zoledronic acid with kyphoplasty outperformed kyphoplasty combined with oral alendronate for osteoporotic vertebral fractures.",
      TI_CONC, wrong="kyphoplasty combined with oral alendronate", truth_alt=[TI_RES]),
    C("ti-dur", TI, "duration", "Tian et al. (2021) pooled studies of zoledronic acid with kyphoplasty published before July 2010.",
      TI_SEARCH, wrong="before July 2010", accept=["duration", "number"]),
    # Sternszus 2020: none x2, number, population
    C("st-n1", ST, "none", "Sternszus et al. (2020) interviewed 16 clinical teachers from eight specialties at McGill University about how they shape learners' professional identity.",
      ST_16),
    C("st-n2", ST, "none", "Clinical teachers named explicit role modelling, difficult conversations and graded autonomy as ways they shape learners' identities, yet found it hard to say how large their influence was (Sternszus et al., 2020).",
      ST_WAYS, truth_alt=[ST_MAG]),
    C("st-num", ST, "number", "Drawing on interviews with 60 clinical teachers, Sternszus and colleagues (2020) explored how teachers see their part in professional identity formation.",
      ST_16, wrong="60 clinical teachers"),
    C("st-pop", ST, "population", "In Sternszus et al.'s (2020) interview study, medical students described role modelling, difficult conversations and graded autonomy as the ways their teachers shaped their professional identity.",
      ST_16, wrong="medical students", truth_alt=[ST_WAYS]),
    # Maděrka 2021: none, direction, comparator, number
    C("ma-n1", MA, "none", "Maděrka et al. (2021) found serum S100-A11 and AIF-1 to be higher in women with cervical cancer than in controls, and higher again in those with lymph node metastases.",
      MA_UP, truth_alt=[MA_LN]),
    C("ma-dir", MA, "direction", "Maděrka and colleagues (2021) reported that serum TFF3 and DKK1 were raised in cervical cancer patients compared with controls.",
      MA_TFF, wrong="were raised in cervical cancer patients compared with controls"),
    C("ma-comp", MA, "comparator", "Maděrka et al.'s (2021) study compared preoperative serum markers in 85 cervical cancer patients with those of 90 healthy blood donors.",
      MA_CTRL, wrong="healthy blood donors", accept=["comparator", "population"]),
    C("ma-num", MA, "number", "Among 79 cervical cancer patients whose nodes were examined, 62% had lymph node metastases (Maděrka et al., 2021).",
      MA_32, wrong="62%"),
    # Tredinnick and Probst 2020: none, direction, duration, population
    C("tr-n1", TR, "none", "Tredinnick and Probst's (2020) umbrella review of 19 systematic and 43 narrative reviews found no strong, consistent evidence that any dietary intervention changes the course of multiple sclerosis.",
      TR_62, truth_alt=[TR_LACK]),
    C("tr-dir", TR, "direction", "According to Tredinnick and Probst (2020), systematic reviews show that vitamin D supplementation reduces relapses and slows disability progression in multiple sclerosis.",
      TR_VITD, wrong="reduces relapses and slows disability progression"),
    C("tr-dur", TR, "duration", "An umbrella review covering the literature up to April 2009 found vitamin D and polyunsaturated fatty acids to be the most studied dietary interventions in MS (Tredinnick & Probst, 2020).",
      TR_SEARCH, wrong="up to April 2009", truth_alt=[TR_COMMON], accept=["duration", "number"]),
    C("tr-pop", TR, "population", "Tredinnick and Probst (2020) reviewed the evidence on dietary interventions for children and adolescents with multiple sclerosis.",
      TR_ADULT, wrong="children and adolescents"),
    # Miyamoto 2021: none, number, overreach, population
    C("mi-n1", MI, "none", "In a nationwide survey of Japanese training hospitals, Miyamoto et al. (2021) identified 104 children who had swallowed magnets over three years, with a median age of 2.",
      MI_104, truth_alt=[MI_496]),
    C("mi-num", MI, "number", "Miyamoto and colleagues (2021) sent their questionnaire on magnet ingestion to 96 board-certified training hospitals across Japan.",
      MI_496, wrong="96 board-certified"),
    C("mi-over", MI, "overreach", "Miyamoto et al.'s (2021) survey showed that every child who swallows more than one magnet ends up needing surgery.",
      MI_SURG, wrong="every child who swallows more than one magnet ends up needing surgery", truth_alt=[MI_33]),
    C("mi-pop", MI, "population", "A nationwide survey of magnet ingestion among adolescents in Japan found that most gastrointestinal injuries followed the swallowing of several magnets (Miyamoto et al., 2021).",
      MI_104, wrong="adolescents", truth_alt=[MI_GI]),
    # Tripathi 2020: none x2, population, duration
    C("tp-n1", TP, "none", "Tripathi et al. (2020) found that CD34+ cells enriched by either fluorescence- or magnetic-activated sorting gave better cardiac recovery after ischaemic injury than unselected peripheral blood mononuclear cells.",
      TP_CONC),
    C("tp-n2", TP, "none", "In Tripathi and colleagues' (2020) infarct model, transplanted CD34+ cells were retained around the infarct for up to 30 days and were linked with more angiogenesis and less inflammation.",
      TP_30, truth_alt=[TP_ANG]),
    C("tp-pop", TP, "population", "Tripathi et al. (2020) transplanted FACS- or MACS-sorted human CD34+ cells into the hearts of rats after coronary artery ligation.",
      TP_MICE, wrong="rats"),
    C("tp-dur", TP, "duration", "Sorted CD34+ cells persisted in the peri-infarct region for up to six months after transplantation (Tripathi et al., 2020).",
      TP_30, wrong="up to six months", accept=["duration", "number"]),
    # Bastarache 2021: none x2, comparator, number
    C("ba-n1", BA, "none", "Bastarache et al. (2021) found that the fluid recovered from heat moisture exchange filters rose with longer circuit dwell time, settling on 4 hours as the optimal dwell time.",
      BA_DWELL, truth_alt=[BA_42]),
    C("ba-n2", BA, "none", "Heat moisture exchange filter fluid held more total protein in patients with ARDS than in those with hydrostatic pulmonary oedema, supporting its use as a noninvasive sample of the distal airspace (Bastarache et al., 2021).",
      BA_PROT),
    C("ba-comp", BA, "comparator", "Bastarache and colleagues (2021) reported higher total protein in filter fluid from patients with ARDS than from ventilated surgical patients with normal lungs.",
      BA_PROT, wrong="ventilated surgical patients with normal lungs", truth_alt=[BA_42], accept=["comparator", "population"]),
    C("ba-num", BA, "number", "Bastarache et al.'s (2021) team measured total protein and IgM in filter fluid from 142 patients with ARDS.",
      BA_42, wrong="142 patients with ARDS"),
    # Ueki 2020: none, direction, comparator, design
    C("ue-n1", UE, "none", "Among 12,121 patients in the Bern PCI Registry, Ueki et al. (2020) found that those meeting the ARC-HBR high-bleeding-risk criteria had more than three times the rate of BARC 3 or 5 bleeding (6.4% vs 1.9%).",
      UE_HBR),
    C("ue-dir", UE, "direction", "Ueki and colleagues (2020) found the ARC-HBR criteria more specific but less sensitive than the PRECISE-DAPT and PARIS scores for predicting major bleeding.",
      UE_SENS, wrong="more specific but less sensitive", truth_alt=[UE_CONCS]),
    C("ue-comp", UE, "comparator", "Ueki et al.'s (2020) validation compared the ARC-HBR criteria with the CRUSADE and HAS-BLED scores and found them more sensitive for future bleeding.",
      UE_SENS, wrong="the CRUSADE and HAS-BLED scores"),
    C("ue-des", UE, "design", "In a randomised trial of patients undergoing PCI, high bleeding risk by the ARC-HBR definition was linked with more major bleeding and more device-oriented events (Ueki et al., 2020).",
      UE_REG, wrong="In a randomised trial", truth_alt=[UE_HBR]),
    # Qiao 2021: none, overreach, direction, number
    C("qi-n1", QI, "none", "Qiao et al. (2021) pooled 20 studies of intraosseous ameloblastoma and found recurrence after aggressive treatment to be well under half of that after conservative treatment (12% vs 30%).",
      QI_POOL, truth_alt=[QI_20]),
    C("qi-over", QI, "overreach", "Qiao and colleagues' (2021) meta-analysis proved that aggressive surgery is the better treatment for every patient with intraosseous ameloblastoma.",
      QI_HYP, wrong="proved that aggressive surgery is the better treatment for every patient", truth_alt=[QI_MORE]),
    C("qi-dir", QI, "direction", "According to Qiao et al. (2021), multicystic ameloblastomas recurred less often than solid and unicystic ones.",
      QI_MULTI, wrong="recurred less often"),
    C("qi-num", QI, "number", "Pooling 20 studies with 492 ameloblastoma cases, Qiao et al.'s (2021) meta-analysis compared conservative with aggressive treatment.",
      QI_20, wrong="492 ameloblastoma cases"),
    # Bhowmick 2021: none x2, overreach, design
    C("bh-n1", BH, "none", "Bhowmick et al. (2021) reviewed 19 studies with 8754 patients and concluded that the evidence neither supports nor refutes ivermectin, doxycycline or their combination for COVID-19.",
      BH_19, truth_alt=[BH_CONC]),
    C("bh-n2", BH, "none", "Apart from one study reporting erosive oesophagitis and dyspepsia with the ivermectin-doxycycline combination, no new safety concerns emerged (Bhowmick et al., 2021).",
      BH_SAFE),
    C("bh-over", BH, "overreach", "Bhowmick and colleagues' (2021) review showed conclusively that ivermectin and doxycycline are completely safe for patients with COVID-19.",
      BH_SAFE, wrong="showed conclusively that ivermectin and doxycycline are completely safe", truth_alt=[BH_SIX]),
    C("bh-des", BH, "design", "In a meta-analysis of randomised trials, Bhowmick et al. (2021) found mixed efficacy results for ivermectin and doxycycline in COVID-19.",
      BH_19, wrong="In a meta-analysis of randomised trials"),
    # Yang 2021: none, duration, population, design
    C("ya-n1", YA, "none", "Among 268 critically ill patients with COVID-19, Yang et al. (2021) found that 17 (6.3%) met HScore criteria for secondary haemophagocytic lymphohistiocytosis, and all of them died.",
      YA_17, truth_alt=[YA_DIED]),
    C("ya-dur", YA, "duration", "In Yang and colleagues' (2021) series, death followed the diagnosis of secondary HLH after about four weeks.",
      YA_INT, wrong="after about four weeks", accept=["duration", "number"]),
    C("ya-pop", YA, "population", "Yang et al. (2021) reported that secondary HLH developed in 6.3% of hospitalised patients with mild COVID-19.",
      YA_17, wrong="hospitalised patients with mild COVID-19"),
    C("ya-des", YA, "design", "A prospective cohort study by Yang et al. (2021) followed 268 critically ill COVID-19 patients for signs of haemophagocytic syndrome.",
      YA_RETRO, wrong="A prospective cohort study"),
    # Edwards 2021: none x2, overreach, direction
    C("ed-n1", ED, "none", "Edwards et al. (2021) identified only seven studies that used 3D motion capture of rugby tackle technique, involving 92 rugby union players in total.",
      ED_7, truth_alt=[ED_92]),
    C("ed-n2", ED, "none", "Edwards and colleagues' (2021) systematic review found that one-on-one tackle technique changed when tackle height, leg drive or tackle speed was modified.",
      ED_T5),
    C("ed-over", ED, "overreach", "Edwards et al.'s (2021) review proved that changing tackle technique prevents injuries in rugby.",
      ED_FUT, wrong="proved that changing tackle technique prevents injuries", truth_alt=[ED_T5]),
    C("ed-dir", ED, "direction", "According to a systematic review (Edwards et al., 2021), tackle height, leg drive and tackle speed made no difference to one-on-one tackle technique.",
      ED_T5, wrong="made no difference to"),
]

Path(__file__).resolve().parent.joinpath("claims.json").write_text(json.dumps(claims, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
print(len(claims), "claims")
