"""Writes claims.json (set 55). Hand-written claims; truth sentences copied verbatim from the abstracts (pool 11).
The C() helper and the field layout are those of set 50's make_claims.py (its first lines only were read)."""
import json
from pathlib import Path

def C(id, key, kind, claim, truth, wrong=None, truth_alt=None, accept=None):
    d = {"id": id, "key": key, "kind": kind, "claim": claim, "truth": truth}
    if truth_alt: d["truth_alt"] = truth_alt
    if wrong: d["wrong"] = wrong
    if accept: d["accept"] = accept
    return d

JO, DU, KR, HE, RA = "jobanputra2026effects", "durazzi2022dynamics", "kraus2022real", "helsted2026effects", "ranchon2023development"
DI, KI, KA, LU, DO = "dirkson2023others", "kita2023use", "kafka2023detecting", "lu2002expression", "dondi202218f"
OS, OC, KS, WU, CH = "ossai2023automatic", "oconnor2023artificial", "kashyap2023deep", "wu2023new", "chang2022cohort"

JO_MD = "Meta-analysis showed an overall loss of LBM in the direction of the intervention groups prescribed GLP-1RA (MD: -1.51 kg [95% CI: -2.00 to -1.01]) and SGLT2i (MD: -1.04 kg [95% CI: -1.45 to -0.64]) with sub-group analysis showing largely consistent results when stratified by type of body composition outcome, type of body composition measurement technique and disease status."
JO_28 = "Further meta-analysis found that lean mass accounted for 28% (95% CI: 22%-34%) of overall weight loss induced by GLP-1RA and SGLT2i."
JO_RCT = "We investigated the evidence from randomised-controlled trials for the effects on lean body mass of glucagon-like peptide-1 receptor agonists (GLP-1RA) and sodium-glucose co-transporter-2 inhibitors (SGLT2i) in humans."
JO_36 = "Thirty-six studies in population groups with obesity (n = 8), type 2 diabetes mellitus (n = 20), type 1 diabetes mellitus (n = 5) and polycystic ovary syndrome (n = 3) receiving a GLP-1RA or SGLT2i therapy versus placebo or active comparator satisfied our inclusion criteria, including 21 for GLP-1RA and 15 for SGLT2i."
JO_CONC = "GLP-1RA and SGLT2i are associated with a loss of LBM that appears congruent with overall weight loss."
DU_N = "Twelve thousand one hundred and twenty-one twitter users matched the regular expression and were considered in the study."
DU_UP = "We found that the proportions of health-related, symptom-containing, and emotionally non-neutral tweets increased after users had reported their SARS-CoV-2 infection on Twitter."
DU_CORR = "Furthermore, we observed a high temporal correlation between self-reports of SARS-CoV-2 infection and officially reported cases of the disease in the largest English-speaking countries."
KR_DOT = "From medical and pharmacy records, 1,139 men with MBC were identified; in the first-line setting, median duration of treatment was longer with palbociclib plus ET (n = 37, 8.5 months, 95% confidence interval (CI), 4.4-13.0) than ET alone (n = 214, 4.3 months, 95% CI, 3.0-5.7) and specifically, was longer with palbociclib plus letrozole (n = 26, 9.4 months, 95% CI, 4.4-14.0) than letrozole alone (n = 63, 3.0 months, 95% CI, 1.8-4.8)."
KR_MEN = "Real-world data indicated that men with MBC benefit from palbociclib plus ET, with a safety profile consistent with previous observations in women with MBC."
KR_AIM = "This report examined the benefits and risks of palbociclib plus endocrine therapy (ET) in men with hormone receptor-positive (HR+)/human epidermal growth factor receptor 2-negative (HER2-) metastatic breast cancer (MBC)."
HE_CONC = "6 weeks of subcutaneous GIP infusion as add-on to placebo or semaglutide did not improve glycaemic control in individuals with type 2 diabetes at the prespecified target of 1·50 mmol/L."
HE_61 = "We enrolled and randomly assigned 61 participants (15 to placebo plus placebo, 16 to placebo plus GIP, 15 to semaglutide plus placebo, and 15 to semaglutide plus GIP)."
HE_AIM = "We aimed to assess whether a 6-week subcutaneous infusion of GIP alone and in combination with the GLP-1 receptor agonist semaglutide would enhance glycaemic control in individuals with type 2 diabetes."
HE_EST = "The estimated effect of GIP on change in 14-day mean sensor-detected glucose from baseline to end of treatment was 0·80 mmol/L (97·5% CI -0·18 to 1·80; p=0·13 in the placebo plus GIP vs placebo plus placebo groups) and 0·05 mmol/L (-0·85 to 0·95; p=1·00 in the semaglutide plus GIP vs semaglutide plus placebo groups)."
RA_19 = "19 studies using AI for clinical pharmacy services were included in this review."
RA_MOR = "Among clinical pharmacy services, medication order review was the service most targeted by AI-powered apps and tools (9 studies), followed by health product dispensing (4 studies), pharmaceutical interviews and therapeutic education (2 studies)."
RA_HOSP = "The development of these tools mainly involved hospital pharmacists (12/19 studies)."
RA_SPAN = "A systematic review was conducted using PubMed/Medline and Web of Science databases, including all articles published from 2000 to December 2021."
DI_F1 = "We found that coping strategy extraction is difficult and both methods attain limited performance (measured with F1 score) on held out test sets; multi-label classification outperforms NER+EL (F1=0.220 vs F1=0.155)."
DI_GSI = "We evaluated our methods on the discussion forum from the Facebook group of the worldwide patient support organization 'GIST support international' (GSI); GIST support international donated the data to us."
DI_TWO = "We also compared two possible computational solutions for this novel and highly challenging task; multi-label classification and named entity recognition (NER) with entity linking (EL)."
KI_FIX = "In the fixation technique task, the accuracy of BERT was superior to the rule-based algorithm and machine learning (96% vs. 74%, p < 0.0001 and 94%, p = 0.0004)."
KI_APP = "In the surgical approach task, the accuracy of BERT was superior to that of the rule-based algorithm (99.6% vs. 93.6%, p < 0.001), comparable to machine learning."
KI_N = "We obtained operative records of total hip arthroplasty (n = 2574) in three hospitals and targeted two items: surgical approach and fixation technique."
KI_THREE = "We compared the accuracy of three natural language processing methods: rule-based algorithms, machine learning, and bidirectional encoder representations from transformers (BERT)."
KA_PERF = "Our final model had robust sensitivity (0.70), specificity (0.98), precision (0.72) and kappa values (0.69)."
KA_TOOL = "To facilitate a more comprehensive understanding of the co-occurrence of IPV and suicide, we developed and validated a tool that detects mentions of IPV circumstances (yes/no) for single suicides in NVDRS death narratives."
KA_NVDRS = "The National Violent Death Reporting System (NVDRS) captures IPV circumstances for homicide-suicides (<2% of suicides), but not single suicides (suicide unconnected to other violent deaths; >98% of suicides)."
KA_DATA = "We used 10 000 hand-labelled single suicide cases from NVDRS (2010-2018) to train (n=8500) and validate (n=1500) a classification model using supervised machine learning."
LU_52 = "We examined the CK expression in 52 radicular cysts obtained from 32 maxillary and 20 mandibular lesions and investigated CK-mRNA expression using in situ hybridization in 24 maxillary and 13 mandibular cysts and reverse transcription-polymerase chain reaction (RT-PCR) in 24 maxillary cysts."
LU_ISH = "In situ hybridization revealed the expression of CK18-mRNA in 9 and 4 linings of 24 maxillary and 13 mandibular cysts examined, respectively."
LU_PCR = "With RT-PCR, we explored that both CK18- and CK13-mRNA were expressed not only in the normal nasal and gingival epithelia but also in the examined maxillary cyst linings although their expression levels differed correlating with the difference in CK staining."
LU_CONC = "It is concluded that CK13- and CK18-mRNA are constitutively expressed in columnar and squamous epithelial cells, respectively, and that the variant CK expression patterns with CK18-mRNA expression in maxillary radicular cysts are indicative of the possibility of phenotypic transformation in the cyst linings."
LU_AIM = "Our objective was to specify cytokeratin (CK) patterns in lining epithelia of radicular cysts which are sometime lined with ciliated columnar epithelia as seen in the nasal epithelia."
DO_8 = "On reviewing the titles and abstracts, 3170 articles were excluded because the reported data were not within the field of interest and finally eight studies were included in the review, for a total of 176 male patients."
DO_ACC = "The studies considered revealed high diagnostic accuracy of 18F-FDG PET/CT for the evaluation of MBC both at staging and restaging of disease."
DO_ADD = "Moreover, its added values compared to conventional imaging are starting to emerge and insight into its controversial prognostic importance is growing."
DO_CONC = "Despite some limitations affecting our review, 18F-FDG PET/CT seems to be a valuable tool to assess MBC."
DO_AIM = "The aim of this review is to analyze the usefulness of 18F-FDG PET/CT and its diagnostic performances for the assessment of MBC."
OS_2678 = "Hence, 2678 user comments obtained from the Google Play Store are thematically analyzed with Non-negative Matrix Factorization (NMF) to identify the themes for describing positive, neutral, and negative sentiments."
OS_PCT = "The result shows that a total of 41.24% of positive sentimental users identified the diabetes mobile apps as Effective for Blood Sugar Monitoring (EBSM), 32.36% with neutral sentiments are mostly impressed by the Information Quality (IQ), whereas 40.81% of unhappy users are worried about the Poor Information Quality (PIQ)."
OS_ACC = "The prediction accuracy of the ANN model is 89%-97%, which is 5%-48% better than other predominant algorithms."
OS_CONC = "It can be concluded from this study that diabetes mobile apps with a simple user interface, effective data storage and security, medication adherence, and doctor appointment scheduling are preferred by patients with diabetes."
OC_140 = "One hundred and forty articles were included."
OC_CARE = "AI was mainly applied in clinical practice to direct patient care (n = 115, 82.14%), with fewer studies focusing on administration and management (n = 21, 15.00%), or education (n = 4, 2.85%)."
OC_FEW = "Only a handful (n = 8, 7.14%) reported actual benefits when AI techniques were applied in real-world settings."
OC_POT = "Benefits reported were primarily potential as most studies trained and tested AI algorithms."
KS_OUD = "We also constructed a model to predict OUD diagnosis achieving an F1-score of 0.82 ± 0.05 and AUC-ROC of 0.94 ± 0.008."
KS_PRIOR = "Our model for OUD prediction outperformed prior algorithms for specificity, F1 score and AUC-ROC while achieving equivalent sensitivity."
KS_MIMIC = "We developed an informatics algorithm that trains two deep learning models over patient Electronic Health Records (EHRs) using the MIMIC-III database."
KS_BOTH = "This demonstrates the importance of a) deep learning approaches in predicting OUD and b) incorporating both structured and unstructured data for this prediction task."
KS_USE = "We utilize both the structured and unstructured parts of the EHR and show that it is possible to predict both challenging outcomes."
WU_102 = "Of these patients, 102 (29%) achieved pCR after NAC."
WU_351 = "The study included 351 female patients."
WU_SENS = "The high-sensitivity model achieved a sensitivity of 90.5% (95% confidence interval [CI], 69.6-98.9%), a PPV of 76% (95% CI, 59.6-87.2), an accuracy of 88.6% (95% CI, 78.7-94.9%), an AUC of 0.891 (95% CI, 0.795-0.987), and an F1 score of 82.61."
WU_PPV = "The high-PPV algorithm reached a sensitivity of 85.7% (95% CI, 63.7-97%), a PPV of 81.8% (95% CI, 63.4-92.1%), an accuracy of 90% (95% CI, 80.5-95.9%), an AUC of 0.888 (95% CI, 0.790-0.985), and an F1 score of 83.72."
WU_SPAN = "This retrospective cohort study included all invasive breast cancer patients who underwent NAC and subsequent curative-intent surgery during their admission at all four tertiary acute care hospitals in Calgary, Alberta, Canada, between 1 January 2010 and 31 December 2017."
CH_F1 = "The performance of the current system exceeded the previously reported results of the 2018 n2c2, achieving the average F1 score of 0.933."
CH_ALONE = "This study demonstrated that SNOMED CT alone can be leveraged for cohort identification tasks without referring to external textual sources for training."
CH_THREE = "The performance of the proposed system was evaluated for three eligibility criteria."

CLAIMS = [
 # Jobanputra 2026 (GLP-1RA / SGLT2i and lean body mass; systematic review and meta-analysis of RCTs)
 C("jobanputra-n1", JO, "none",
   "In Jobanputra et al.'s (2026) meta-analysis of randomised trials, people given GLP-1 receptor agonists lost about 1.5 kg of lean mass and those given SGLT2 inhibitors about 1 kg.",
   JO_MD),
 C("jobanputra-num", JO, "number",
   "Jobanputra and colleagues (2026) calculated that lean tissue made up nearly half (48%) of the weight lost on GLP-1 receptor agonists and SGLT2 inhibitors.",
   JO_28, wrong="nearly half (48%)"),
 C("jobanputra-des", JO, "design",
   "A large multicentre randomised trial by Jobanputra et al. (2026) found that patients started on a GLP-1 receptor agonist or an SGLT2 inhibitor lost lean body mass.",
   JO_RCT, wrong="A large multicentre randomised trial", truth_alt=[JO_36]),
 C("jobanputra-over", JO, "overreach",
   "Pooling 36 trials, Jobanputra et al. (2026) proved that these drugs cause harmful muscle wasting in everyone who takes them.",
   JO_CONC, wrong="proved that these drugs cause harmful muscle wasting in everyone who takes them"),
 # Durazzi 2022 (tweets before and after self-reported SARS-CoV-2 infection)
 C("durazzi-n1", DU, "none",
   "Durazzi et al. (2022) followed more than 12,000 Twitter users who said they had caught SARS-CoV-2 and found that their tweets became more health-related, more symptom-laden and more emotional after the announcement.",
   DU_UP, truth_alt=[DU_N]),
 C("durazzi-n2", DU, "none",
   "Self-reports of infection on Twitter rose and fell closely in step with official COVID-19 case counts in the largest English-speaking countries (Durazzi et al., 2022).",
   DU_CORR),
 C("durazzi-num", DU, "number",
   "Durazzi and colleagues (2022) identified about 1,200 Twitter users who reported a SARS-CoV-2 infection and analysed their timelines with NLP methods.",
   DU_N, wrong="about 1,200"),
 C("durazzi-dir", DU, "direction",
   "According to Durazzi et al. (2022), users tweeted less about symptoms and health once they had announced their SARS-CoV-2 infection.",
   DU_UP, wrong="tweeted less about symptoms and health"),
 # Kraus 2022 (palbociclib in men with MBC, real-world data)
 C("kraus-n1", KR, "none",
   "In the claims data analysed by Kraus et al. (2022), men with metastatic breast cancer stayed on first-line palbociclib plus endocrine therapy for a median of 8.5 months, about twice as long as on endocrine therapy alone.",
   KR_DOT),
 C("kraus-pop", KR, "population",
   "Kraus et al.'s (2022) real-world analysis showed that postmenopausal women with HR+/HER2- metastatic breast cancer benefit from palbociclib added to endocrine therapy.",
   KR_MEN, wrong="postmenopausal women", truth_alt=[KR_AIM]),
 C("kraus-comp", KR, "comparator",
   "Kraus and colleagues (2022) reported that men on first-line palbociclib plus letrozole stayed on treatment far longer than men on palbociclib plus fulvestrant (9.4 vs 3.0 months).",
   KR_DOT, wrong="palbociclib plus fulvestrant"),
 C("kraus-dur", KR, "duration",
   "Men with metastatic breast cancer given first-line palbociclib plus endocrine therapy stayed on treatment for a median of 8.5 years in the real-world records studied by Kraus et al. (2022).",
   KR_DOT, wrong="8.5 years", accept=["duration", "number"]),
 # Helsted 2026 (GIP infusion +/- semaglutide in T2D; RCT)
 C("helsted-n1", HE, "none",
   "In Helsted et al.'s (2026) placebo-controlled trial in type 2 diabetes, adding six weeks of subcutaneous GIP infusion to semaglutide did not improve glycaemic control.",
   HE_CONC),
 C("helsted-n2", HE, "none",
   "Helsted and colleagues (2026) randomised 61 adults with type 2 diabetes to four groups: placebo, GIP, semaglutide, or semaglutide plus GIP.",
   HE_61),
 C("helsted-dur", HE, "duration",
   "A 6-month subcutaneous infusion of GIP, given alone or on top of semaglutide, failed to improve glucose control in type 2 diabetes (Helsted et al., 2026).",
   HE_CONC, wrong="6-month", truth_alt=[HE_AIM]),
 C("helsted-dir", HE, "direction",
   "In the trial by Helsted et al. (2026), GIP infusion added to semaglutide significantly lowered mean sensor glucose in people with type 2 diabetes.",
   HE_EST, wrong="significantly lowered mean sensor glucose", truth_alt=[HE_CONC]),
 # Ranchon 2023 (AI for clinical pharmacy services; systematic review)
 C("ranchon-n1", RA, "none",
   "Ranchon et al.'s (2023) systematic review found 19 studies of AI tools for clinical pharmacy, most often aimed at reviewing medication orders.",
   RA_19, truth_alt=[RA_MOR]),
 C("ranchon-num", RA, "number",
   "Ranchon et al. (2023) included 91 studies of AI-powered apps and tools for clinical pharmacy services in their systematic review.",
   RA_19, wrong="91 studies"),
 C("ranchon-pop", RA, "population",
   "In the review by Ranchon and colleagues (2023), the AI tools for pharmacy services were developed mainly with community pharmacists.",
   RA_HOSP, wrong="community pharmacists"),
 C("ranchon-dur", RA, "duration",
   "Ranchon and colleagues' (2023) systematic review of AI in clinical pharmacy covered articles published over only the past five years, up to December 2021.",
   RA_SPAN, wrong="over only the past five years"),
 # Dirkson 2023 (coping strategies for side effects from a GIST patient forum)
 C("dirkson-n1", DI, "none",
   "Dirkson et al. (2023) found that automatically extracting patients' coping strategies for drug side effects from a forum was difficult, with both of their methods reaching only limited F1 scores.",
   DI_F1),
 C("dirkson-dir", DI, "direction",
   "In Dirkson et al.'s (2023) comparison, named entity recognition with entity linking outperformed multi-label classification for extracting coping strategies.",
   DI_F1, wrong="named entity recognition with entity linking outperformed multi-label classification"),
 C("dirkson-pop", DI, "population",
   "Dirkson and colleagues (2023) built their coping-strategy pipeline on posts from a Facebook support group for breast cancer patients.",
   DI_GSI, wrong="breast cancer patients"),
 C("dirkson-comp", DI, "comparator",
   "For extracting coping strategies, multi-label classification beat a simple keyword-matching baseline (F1 0.220 vs 0.155) in the study by Dirkson et al. (2023).",
   DI_F1, wrong="a simple keyword-matching baseline", truth_alt=[DI_TWO]),
 # Kita 2023 (NLP on THA operative records for the JOANR)
 C("kita-n1", KI, "none",
   "Kita et al. (2023) showed that BERT identified the fixation technique in total hip arthroplasty operative records more accurately than both rule-based algorithms and conventional machine learning.",
   KI_FIX),
 C("kita-comp", KI, "comparator",
   "For the surgical approach, Kita et al.'s (2023) BERT model was clearly more accurate than conventional machine learning (99.6% vs 93.6%).",
   KI_APP, wrong="conventional machine learning"),
 C("kita-num", KI, "number",
   "Kita and colleagues (2023) worked with about 25,000 operative records of total hip arthroplasty from three hospitals.",
   KI_N, wrong="about 25,000"),
 C("kita-des", KI, "design",
   "A prospective multicentre trial by Kita et al. (2023) tested three NLP methods for filling Japan's orthopaedic registry from hip arthroplasty operative records.",
   KI_N, wrong="A prospective multicentre trial", truth_alt=[KI_THREE]),
 # Kafka 2023 (IPV circumstances in NVDRS suicide narratives)
 C("kafka-n1", KA, "none",
   "Kafka et al.'s (2023) machine-learning tool picked up intimate partner violence in suicide death narratives with a specificity of 0.98 and a sensitivity of 0.70.",
   KA_PERF),
 C("kafka-pop", KA, "population",
   "Kafka and colleagues (2023) developed an NLP tool to flag intimate partner violence in the death narratives of homicide-suicides recorded by the NVDRS.",
   KA_TOOL, wrong="homicide-suicides", truth_alt=[KA_NVDRS]),
 C("kafka-dur", KA, "duration",
   "The classifier was trained on 10,000 hand-labelled NVDRS single-suicide cases from 2016-2018 (Kafka et al., 2023).",
   KA_DATA, wrong="2016-2018"),
 C("kafka-des", KA, "design",
   "In a prospective study, Kafka et al. (2023) tested their IPV classifier on new suicide cases as they were reported to the NVDRS.",
   KA_DATA, wrong="In a prospective study"),
 # Lu 2002 (cytokeratins in radicular cysts)
 C("lu-n1", LU, "none",
   "Lu et al. (2002) examined cytokeratin expression in 52 radicular cysts, 32 from the maxilla and 20 from the mandible.",
   LU_52),
 C("lu-n2", LU, "none",
   "CK18 mRNA was detected in the linings of 9 of 24 maxillary and 4 of 13 mandibular radicular cysts (Lu et al., 2002).",
   LU_ISH),
 C("lu-comp", LU, "comparator",
   "Lu and colleagues (2002) found CK13 and CK18 mRNA in maxillary cyst linings as well as in normal skin epidermis used for comparison.",
   LU_PCR, wrong="normal skin epidermis", accept=["comparator", "population"]),
 C("lu-pop", LU, "population",
   "Lu et al.'s (2002) work on odontogenic keratocysts suggested that variant cytokeratin patterns with CK18 mRNA in maxillary lesions point to a phenotypic transformation of the cyst lining.",
   LU_CONC, wrong="odontogenic keratocysts", truth_alt=[LU_AIM]),
 # Dondi 2022 (18F-FDG PET/CT in male breast cancer; systematic review)
 C("dondi-n1", DO, "none",
   "Dondi et al.'s (2022) systematic review found only eight studies, with 176 men in total, on 18F-FDG PET/CT in male breast cancer.",
   DO_8),
 C("dondi-n2", DO, "none",
   "18F-FDG PET/CT showed high diagnostic accuracy for both staging and restaging of male breast cancer in the studies reviewed by Dondi and colleagues (2022).",
   DO_ACC),
 C("dondi-over", DO, "overreach",
   "Dondi et al. (2022) established that 18F-FDG PET/CT is superior to conventional imaging and should replace it for all men with breast cancer.",
   DO_ADD, wrong="established that 18F-FDG PET/CT is superior to conventional imaging and should replace it", truth_alt=[DO_CONC]),
 C("dondi-des", DO, "design",
   "In a prospective multicentre study of 176 men with breast cancer, 18F-FDG PET/CT showed high accuracy for staging and restaging (Dondi et al., 2022).",
   DO_8, wrong="a prospective multicentre study", truth_alt=[DO_AIM]),
 # Ossai and Wickramasinghe 2023 (reviews of diabetes apps)
 C("ossai-n1", OS, "none",
   "Ossai and Wickramasinghe (2023) analysed 2678 Google Play comments on diabetes apps; users with positive sentiments mostly valued the apps as effective for blood sugar monitoring.",
   OS_PCT, truth_alt=[OS_2678]),
 C("ossai-dir", OS, "direction",
   "Ossai and Wickramasinghe's (2023) neural network classified review sentiment less accurately than the other predominant algorithms it was compared with.",
   OS_ACC, wrong="less accurately than the other predominant algorithms"),
 C("ossai-pop", OS, "population",
   "Unhappy users of weight-loss apps were mostly worried about poor information quality, according to Ossai and Wickramasinghe (2023).",
   OS_PCT, wrong="weight-loss apps"),
 C("ossai-over", OS, "overreach",
   "Ossai and Wickramasinghe (2023) proved that diabetes apps with a simple interface improve patients' blood sugar control.",
   OS_CONC, wrong="proved that diabetes apps with a simple interface improve patients' blood sugar control"),
 # O'Connor 2023 (AI in nursing and midwifery; systematic review)
 C("oconnor-n1", OC, "none",
   "O'Connor et al.'s (2023) systematic review included 140 articles on AI in nursing and midwifery, most of them about direct patient care.",
   OC_140, truth_alt=[OC_CARE]),
 C("oconnor-n2", OC, "none",
   "Only a handful of the studies reviewed by O'Connor and colleagues (2023) reported actual benefits once AI was used in real-world settings; most benefits were only potential.",
   OC_FEW, truth_alt=[OC_POT]),
 C("oconnor-over", OC, "overreach",
   "O'Connor et al. (2023) showed that AI already delivers proven benefits to patient care across nursing and midwifery.",
   OC_FEW, wrong="already delivers proven benefits to patient care", truth_alt=[OC_POT]),
 C("oconnor-num", OC, "number",
   "Of the 140 articles in the review by O'Connor et al. (2023), just 21 applied AI to direct patient care.",
   OC_CARE, wrong="just 21"),
 # Kashyap 2023 (deep learning for opioid prescription and OUD on MIMIC-III)
 C("kashyap-n1", KS, "none",
   "Kashyap et al. (2023) trained deep learning models on MIMIC-III health records that predicted opioid use disorder with an AUC-ROC of 0.94.",
   KS_OUD),
 C("kashyap-comp", KS, "comparator",
   "Kashyap and colleagues (2023) reported that their opioid use disorder model beat clinicians' own judgement on specificity and F1 score.",
   KS_PRIOR, wrong="clinicians' own judgement"),
 C("kashyap-des", KS, "design",
   "In a prospective cohort of patients prescribed opioids, Kashyap et al. (2023) predicted who would develop opioid use disorder.",
   KS_MIMIC, wrong="In a prospective cohort of patients prescribed opioids"),
 C("kashyap-dir", KS, "direction",
   "Kashyap et al.'s (2023) models predicted opioid use disorder better when the unstructured clinical notes were left out.",
   KS_BOTH, wrong="better when the unstructured clinical notes were left out", truth_alt=[KS_USE]),
 # Wu 2023 (NLP for pCR after NAC, Calgary)
 C("wu-n1", WU, "none",
   "Wu et al. (2023) found that 102 of 351 women (29%) with invasive breast cancer achieved a pathologic complete response after neoadjuvant chemotherapy.",
   WU_102, truth_alt=[WU_351]),
 C("wu-n2", WU, "none",
   "The NLP-based algorithms of Wu and colleagues (2023) picked out pathologic complete response from surgical pathology reports with an accuracy of about 89-90%.",
   WU_PPV, truth_alt=[WU_SENS]),
 C("wu-dur", WU, "duration",
   "Wu et al.'s (2023) retrospective cohort covered breast cancer patients treated at Calgary's four tertiary hospitals over a two-year period.",
   WU_SPAN, wrong="over a two-year period"),
 C("wu-num", WU, "number",
   "The high-sensitivity algorithm of Wu et al. (2023) detected pathologic complete response with a sensitivity of 98.5%.",
   WU_SENS, wrong="98.5%"),
 # Chang and Mostafa 2022 (SNOMED CT cohort identification, n2c2 2018)
 C("chang-n1", CH, "none",
   "Chang and Mostafa (2022) identified eligible patients from the 2018 n2c2 clinical notes using SNOMED CT semantic similarity, reaching an average F1 score of 0.933.",
   CH_F1),
 C("chang-n2", CH, "none",
   "SNOMED CT on its own can be used to identify patient cohorts from free-text notes, without external textual sources for training (Chang & Mostafa, 2022).",
   CH_ALONE),
 C("chang-dir", CH, "direction",
   "Chang and Mostafa's (2022) SNOMED-based system fell short of the results previously reported in the 2018 n2c2 challenge.",
   CH_F1, wrong="fell short of the results previously reported"),
 C("chang-over", CH, "overreach",
   "Chang and Mostafa (2022) proved that their system can replace manual eligibility screening for all clinical trials.",
   CH_THREE, wrong="proved that their system can replace manual eligibility screening for all clinical trials", truth_alt=[CH_F1]),
]

if __name__ == "__main__":
    Path(__file__).resolve().parent.joinpath("claims.json").write_text(
        json.dumps(CLAIMS, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(len(CLAIMS), "claims")
