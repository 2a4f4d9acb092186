"""Writes claims.json (set 56). Hand-written claims; truth sentences copied verbatim from the abstracts (pool 11,
positions 23-40 of its order.txt as show.py printed them)."""
import json
from pathlib import Path

def C(id, key, kind, claim, truth, wrong=None, truth_alt=None, accept=None):
    d = {"id": id, "key": key, "kind": kind, "claim": claim, "truth": truth}
    if truth_alt: d["truth_alt"] = truth_alt
    if wrong: d["wrong"] = wrong
    if accept: d["accept"] = accept
    return d

HE, KE, HU, OU, KB = "he2022effect", "kennedy2022identifying", "hu2023natural", "oudin2017air", "kebede2023depth"
LU, KO, JA, KH, GU = "lu2024entity", "kobritz2023practice", "jain2026vitamin", "khalil2025accelerated", "gustafsson2026randomised"
SA, KU, GA, EV, AR = "sarmet2023use", "kunz2023keyword", "gauld2023comparison", "evans2023natural", "aroda2026elecoglipron"

HE_COHORT = "The retrospective, population-based cohort study included 1369 stage I-II (T1-2 N0-1 M0) male breast cancer patients from the SEER database (2000-2018)."
HE_HR = "Compared with mastectomy group, BCT group showed improved OS (hazard ratio [HR], 0.294; 95% CI 0.138-0.623, P = .002) and BCSS (hazard ratio [HR], 0.182; 95% CI 0.040-0.820, P = .027)."
KE_N = "The study included 594 acute care notes from 100 patient encounters (1156 sentences contained 11 B2PAC) in a large academic health system."
KE_13 = "Thirteen machine learning models were compared with Amazon's AutoGluon deep learning model."
KE_F1 = "The best supervised model was Extreme Gradient Boosting (F1: 0.859), but the deep learning model performed better (F1: 0.916)."
HU_ACC = "Pretrained language model representations utilized by the XGBoost multiclass classification algorithm reached overall accuracy scores of 0.98 and 0.96 in predicting food TRA major and subcategories, outperforming bag-of-words methods."
HU_FSANZ = "For FSANZ score prediction, our proposed method reached a similar prediction accuracy (R2: 0.87 and MSE: 14.4) compared with bag-of-words methods (R2: 0.72-0.84; MSE: 30.3-17.6), whereas structured nutrition facts machine learning model performed the best (R2: 0.98; MSE: 2.5)."
OU_ALL = "All individuals under 18 years of age in four Swedish counties during 2007 to 2010 (1.2 million people) were included."
OU_OR = "There was an odds ratio (OR) of 1.02 (95% Confidence Interval (CI: 1.01-1.03) for asthma associated with a 10 µg·m-3 increase in NO₂."
OU_EDU = "The association only seemed to be present in areas where NO₂ was higher than 15 µg·m-3 with an OR of 1.09 (95% CI: 1.07-1.12), and the association seemed stronger in children with parents with a high education, OR = 1.05 (95% CI: 1.02-1.09) and OR = 1.04 (95% CI: 1.01-1.07) in children to mothers and father with a high education, respectively."
KB_ALL = "Overall, 16,430 manually screened titles/abstracts, including 861 references identified relevant for full-text review were used for the analysis."
LU_DATA = "In the current work, we built a Chinese document-level electronic medical record dataset named VSCMeD, which contains 595 real electronic medical records from vascular surgery patients."
LU_PR = "The experimental results show that the model achieves a precision of 87.82% and recall of 88.47%."
LU_CME = "It is also verified on another Chinese medical dataset CMeIE-V2 that the model achieves a precision of 54.51% and recall of 48.63%."
KO_ADM = "Of 7774 admissions, 987 cases were identified to have 1659 complications by MARS and 1296 by ms-NLP."
KO_CASES = "MARS identified 611 (62%) cases, whereas ms-NLP identified 670 (68%) cases."
JA_CONC = "At 12 months, accelerated transepithelial CXL using a Vitamin E TPGS-enhanced riboflavin formulation demonstrated visual and tomographic stabilization comparable to accelerated epi-off CXL."
JA_N = "Fifty eyes of fifty patients aged 12-35 years with documented progressive keratoconus were randomized (1:1)."
KH_RAND = "In this prospective comparative study, 140 eyes of 77 patients were randomized to receive either A-CXL with preservation of the central 3 mm of corneal epithelium or A-CXL with removal of whole corneal epithelium over a central disk area with a diameter of 9 mm."
GU_NODIFF = "There were no statistically significant differences in any of the parameters between the isoosmolar and hypoosmolar groups."
GU_METH = "A randomised study using epithelium-off corneal cross-linking (CXL) with continuous UVA irradiance 9 mW/cm2 for 10 min (total fluence 5.4 J/cm2) and two kinds of riboflavin solutions: (i) isoosmolar dextran-based riboflavin (n = 27) and (ii) hypoosmolar dextran-free riboflavin (n = 27) for the treatment of progressive keratoconus."
SA_YEARS = "Studies were published in 48 different journals from 2007 to 2022."
SA_82 = "Of these, 82 were included after full-text review."
SA_SRC = "PubMed, Web of Science, Embase, Scopus, and IEEE Xplore databases were searched for palliative care studies that utilized natural language processing tools."
KU_16 = "A cohort of 16 physicians corrected and evaluated three randomly selected, generated reports in four categories: \"quality of the generated operation reports,\" \"time-saving,\" \"clinical benefits\" and \"comparison with the conventional reports.\""
GA_METH = "In November 2021, we performed an extraction and textual computational analysis of associated terms for PPD and MDD, using the biomedical database PubMed."
EV_RETRO = "We performed a retrospective analysis of computed tomography (CT) reports from trauma patients discharged home across an integrated health system in 2019."
AR_HBA1C = "At week 26, the mean change from baseline in HbA1c ranged between -0·91% (95% CI -1·25 to -0·58; 5 mg elecoglipron) and -1·88% (-2·23 to -1·53; 75 mg elecoglipron with every 2-week dose-escalation step) compared with -0·15% (-0·42 to 0·12) with placebo."

CLAIMS = [
 # He 2022 (male breast cancer, SEER cohort)
 C("he-n1", HE, "none",
   "In a SEER-based cohort of more than 1,300 men with early-stage breast cancer, He et al. (2022) found breast-conserving therapy to be associated with better overall and breast cancer-specific survival than mastectomy.",
   HE_HR, truth_alt=[HE_COHORT]),
 C("he-num", HE, "number",
   "Breast conservation remains unusual in men: in the SEER analysis by He and colleagues (2022), only about 17% of patients with stage I-II disease received it, the rest having a mastectomy.",
   "Of the 1369 men, 97 (7%) patients received BCT, 1272 (93%) received mastectomy alone.", wrong="about 17%"),
 C("he-des", HE, "design",
   "A randomised comparison of breast-conserving therapy and mastectomy in men with stage I-II breast cancer found conservation at least as good for survival (He et al., 2022).",
   HE_COHORT, wrong="A randomised comparison"),
 C("he-pop", HE, "population",
   "A 2022 SEER study by He et al. suggested that breast-conserving therapy is at least equivalent to mastectomy in men with stage III-IV breast cancer.",
   HE_COHORT, wrong="stage III-IV"),
 # Kennedy 2022 (NLP, barriers to post-acute care)
 C("ke-n1", KE, "none",
   "Kennedy et al. (2022) annotated 594 acute-care notes from 100 hospital encounters of older adults and found negative patient preferences to be the most frequent modifiable barrier to post-acute care, at about 18%.",
   "The most frequent and modifiable B2PAC class was negative patient preferences (18.3%).", truth_alt=[KE_N]),
 C("ke-n2", KE, "none",
   "In Kennedy and colleagues' (2022) work, a deep learning model picked out negative patient preferences better (F1 0.916) than the best of thirteen conventional machine-learning models, extreme gradient boosting (F1 0.859).",
   KE_F1, truth_alt=[KE_13]),
 C("ke-comp", KE, "comparator",
   "Kennedy et al.'s (2022) AutoGluon deep learning model did better than experienced discharge planners at spotting negative patient preferences in clinical notes (F1 0.916).",
   KE_13, wrong="better than experienced discharge planners", truth_alt=[KE_F1]),
 C("ke-num", KE, "number",
   "Barriers to post-acute care were annotated in 594 acute care notes drawn from 1,000 patient encounters at a large academic health system (Kennedy et al., 2022).",
   KE_N, wrong="1,000 patient encounters"),
 # Hu 2023 (food categorisation and nutrition scores)
 C("hu-n1", HU, "none",
   "Hu et al. (2023) reported that a pretrained language model feeding an XGBoost classifier sorted food products into Health Canada's major categories and subcategories with accuracies of 0.98 and 0.96, beating bag-of-words approaches.",
   HU_ACC),
 C("hu-dir", HU, "direction",
   "For predicting nutrition quality scores from food labels, Hu and colleagues (2023) found their language-model approach outperformed a model built on structured nutrition facts.",
   HU_FSANZ, wrong="outperformed a model built on structured nutrition facts", accept=["direction", "comparator"]),
 C("hu-comp", HU, "comparator",
   "Hu et al.'s (2023) language-model approach categorised packaged foods more accurately than manual coding by dietitians.",
   HU_ACC, wrong="more accurately than manual coding by dietitians",
   truth_alt=["TRA categories and FSANZ scores were manually coded and validated by trained nutrition researchers."]),
 C("hu-over", HU, "overreach",
   "Hu et al. (2023) proved that language models can replace trained nutrition researchers in coding food composition databases.",
   "Our automation achieved high accuracy in classifying food categories and predicting nutrition quality scores using text information found on food labels.",
   wrong="proved that language models can replace trained nutrition researchers"),
 # Oudin 2017 (NO2 and asthma medication, Swedish children)
 C("ou-n1", OU, "none",
   "Across 1.2 million Swedish children and adolescents, Oudin et al. (2017) found a small association between nitrogen dioxide exposure and dispensed asthma medication (OR 1.02 per 10 µg/m3).",
   OU_OR, truth_alt=[OU_ALL]),
 C("ou-dir", OU, "direction",
   "Oudin and colleagues (2017) reported that the link between nitrogen dioxide and childhood asthma medication was strongest in children whose parents had little education.",
   OU_EDU, wrong="whose parents had little education", accept=["direction", "population"]),
 C("ou-pop", OU, "population",
   "In a register study of 1.2 million adults in four Swedish counties, Oudin et al. (2017) linked NO2 exposure with dispensed asthma medication.",
   OU_ALL, wrong="1.2 million adults"),
 C("ou-dur", OU, "duration",
   "Oudin et al.'s (2017) Swedish cohort tracked asthma medications in children over two decades, from 1990 to 2010, against modelled NO2 levels.",
   OU_ALL, wrong="over two decades, from 1990 to 2010"),
 # Kebede 2023 (machine learning for abstract screening)
 C("kb-n1", KB, "none",
   "Kebede et al. (2023) found that combining the ten best-performing screening algorithms reached 95% sensitivity and 64% specificity on a validation set of nearly 10,000 records.",
   "Combining the predictions of the 10 best-performing algorithms improved the performance to reach 95% sensitivity and 64% specificity in the validation set.",
   truth_alt=["The remaining 60% (n = 9857) were used as a validation set."]),
 C("kb-n2", KB, "none",
   "Machine-learning support cut the crude title/abstract screening burden of a systematic review by about 61%, at the cost of a 5% false-negative rate (Kebede et al., 2023).",
   "Crude screening burden was reduced by 61% (5979) (adjusted: 80.3%) with 5% (27) false negativity rate."),
 C("kb-num", KB, "number",
   "Kebede and colleagues (2023) based their analysis on 1,643 manually screened titles and abstracts, 861 of them judged relevant for full-text review.",
   KB_ALL, wrong="1,643"),
 C("kb-over", KB, "overreach",
   "Kebede et al.'s (2023) evaluation showed that machine learning can now safely replace human reviewers in title and abstract screening.",
   "Implementing machine learning approaches in title/abstract screening should be investigated further toward refining these tools and automating their implementation.",
   wrong="can now safely replace human reviewers"),
 # Lu 2024 (relation extraction from Chinese medical records)
 C("lu-n1", LU, "none",
   "Lu et al. (2024) built a document-level dataset of 595 real electronic medical records from vascular surgery patients to train and test their Chinese relation-extraction model.",
   LU_DATA),
 C("lu-n2", LU, "none",
   "On that vascular surgery dataset, the feature-augmented cascade tagging model reached roughly 88% precision and 88% recall (Lu et al., 2024).",
   LU_PR),
 C("lu-pop", LU, "population",
   "Lu and colleagues' (2024) relation-extraction model was built on 595 electronic records of cancer patients from Chinese oncology wards.",
   LU_DATA, wrong="cancer patients from Chinese oncology wards"),
 C("lu-dir", LU, "direction",
   "Lu et al. (2024) found that their model performed even better on a second Chinese medical dataset, CMeIE-V2, than on their own records.",
   LU_CME, wrong="performed even better", truth_alt=[LU_PR]),
 # Kobritz 2023 (NLP vs MARS for morbidity and mortality review)
 C("ko-n1", KO, "none",
   "Among 7774 surgical admissions at three academic centres, Kobritz et al. (2023) found that fewer than a third of cases with complications (30.3%) were picked up by both the MARS database and NLP-supported review of discharge summaries.",
   "Less than one-third of cases (299, 30.3%) were detected by both methods.", truth_alt=[KO_ADM]),
 C("ko-dir", KO, "direction",
   "Kobritz and colleagues (2023) reported that NLP review of discharge summaries caught more complications with major harm than the prospectively maintained MARS database.",
   "MARS identified a greater number of complications with major harm (457, 46.30%) than did ms-NLP (P < 0.0001).",
   wrong="caught more complications with major harm than"),
 C("ko-comp", KO, "comparator",
   "In Kobritz et al.'s (2023) study, NLP-supported review identified 68% of the cases with complications, against 62% for the NSQIP registry.",
   KO_CASES, wrong="the NSQIP registry"),
 C("ko-over", KO, "overreach",
   "Kobritz et al. (2023) concluded that NLP review of discharge summaries can replace the morbidity and mortality database in surgical education.",
   "The educational benefit of reporting and analysis of complication data may be supplemented by ms-NLP but not replaced by it at this time.",
   wrong="can replace the morbidity and mortality database", accept=["overreach", "direction"]),
 # Jain 2026 (TPGS epi-on vs epi-off CXL, RCT)
 C("ja-n1", JA, "none",
   "In a randomised trial of 50 eyes with progressive keratoconus, Jain et al. (2026) found that transepithelial cross-linking with a vitamin E TPGS-enhanced riboflavin stabilised vision and corneal shape about as well as epithelium-off cross-linking at 12 months.",
   JA_CONC, truth_alt=[JA_N]),
 C("ja-dur", JA, "duration",
   "Jain and colleagues (2026) reported comparable stabilisation with epi-on and epi-off accelerated cross-linking after three years of follow-up.",
   JA_CONC, wrong="after three years of follow-up",
   truth_alt=["The primary outcome was change in maximum keratometry (Kmax) at 12 months."]),
 C("ja-comp", JA, "comparator",
   "Jain et al.'s (2026) trial tested TPGS-enhanced riboflavin against standard transepithelial cross-linking with conventional riboflavin.",
   "To compare the efficacy and safety of accelerated transepithelial (epi-on) corneal collagen cross-linking (CXL) using a Vitamin E D-α-tocopheryl polyethylene glycol succinate (TPGS)-enhanced riboflavin formulation with an accelerated epithelium-off (epi-off) CXL protocol in progressive keratoconus.",
   wrong="standard transepithelial cross-linking with conventional riboflavin"),
 C("ja-des", JA, "design",
   "In an observational comparison of epi-on and epi-off cross-linking, corneal thickness was better preserved with the epi-on technique (Jain et al., 2026).",
   "Prospective randomized comparative clinical trial.", wrong="observational comparison",
   truth_alt=["Mean corneal thickness behavior differed between groups, with relative pachymetric preservation in the epi-on arm compared with thinning in the epi-off arm (intergroup p < 0.05)."]),
 # Khalil 2025 (central epithelial island A-CXL)
 C("kh-n1", KH, "none",
   "Khalil et al. (2025) randomised 140 eyes of 77 patients with paracentral keratoconus to accelerated cross-linking that either spared a central 3 mm island of epithelium or removed the epithelium over a 9 mm zone.",
   KH_RAND),
 C("kh-dur", KH, "duration",
   "Khalil and colleagues (2025) followed their cross-linking patients for three years and found the epithelial-island technique halted keratoconus progression.",
   "Patients were observed regularly for 1 year after the procedure.", wrong="for three years"),
 C("kh-pop", KH, "population",
   "Sparing a central epithelial island during accelerated cross-linking gave quicker visual recovery, less haze and less pain in patients with central keratoconus (Khalil et al., 2025).",
   "Preserving the epithelium over the central 3 mm of the cornea during A-CXL in cases with paracentral keratoconus can provide the benefits of immediate early postoperative visual rehabilitation, less corneal haze, less pain, good efficacy, and prevention of keratoconus progression.",
   wrong="central keratoconus", truth_alt=[KH_RAND]),
 C("kh-num", KH, "number",
   "Khalil et al.'s (2025) technique left the epithelium over the central 6 mm of the cornea in place during accelerated cross-linking.",
   KH_RAND, wrong="central 6 mm"),
 # Gustafsson 2026 (iso- vs hypoosmolar riboflavin, RCT)
 C("gu-n1", GU, "none",
   "Gustafsson et al. (2026) randomised keratoconus patients to iso-osmolar dextran-based or hypo-osmolar dextran-free riboflavin (27 in each arm) for epithelium-off cross-linking and found no significant differences between the groups after one year.",
   GU_NODIFF, truth_alt=[GU_METH]),
 C("gu-n2", GU, "none",
   "Sterile water to keep thin corneas above the 400 μm safety limit was needed far more often with iso-osmolar riboflavin (74% of patients) than with hypo-osmolar riboflavin (15%), according to Gustafsson and colleagues (2026).",
   "In the isoosmolar group, 74% of the patients required the addition of sterile water, while only 15% required it in the hypoosmolar group."),
 C("gu-dir", GU, "direction",
   "Gustafsson et al. (2026) found that hypo-osmolar riboflavin flattened the cornea significantly more than iso-osmolar riboflavin after cross-linking.",
   GU_NODIFF, wrong="flattened the cornea significantly more than"),
 C("gu-des", GU, "design",
   "In a retrospective review of cross-linking cases, Gustafsson et al. (2026) compared two riboflavin solutions for progressive keratoconus.",
   "To present the outcomes of a randomised clinical trial for the treatment of progressive keratoconus using different kinds of riboflavin and the addition of sterile water in thin corneae.",
   wrong="retrospective review of cross-linking cases", truth_alt=[GU_METH]),
 # Sarmet 2023 (scoping review, NLP in palliative care)
 C("sa-n1", SA, "none",
   "A scoping review by Sarmet et al. (2023) found 82 palliative care studies that used natural language processing, published in 48 journals between 2007 and 2022, with mortality and prognosis prediction the most common topic.",
   SA_YEARS, truth_alt=[SA_82, "The most frequent topic was mortality and prognosis prediction."]),
 C("sa-des", SA, "design",
   "Sarmet and colleagues' (2023) meta-analysis pooled 82 studies of natural language processing in palliative care research.",
   "A scoping review using the framework by Arksey and O'Malley and the updated recommendations proposed by Levac et al. was conducted.",
   wrong="meta-analysis pooled"),
 C("sa-num", SA, "number",
   "Sarmet et al. (2023) included 197 studies of natural language processing in their review of palliative care research.",
   "197 relevant references were identified.", wrong="included 197 studies", truth_alt=[SA_82]),
 C("sa-pop", SA, "population",
   "Natural language processing has been used for a wide range of topics in intensive care research, according to 82 studies reviewed by Sarmet et al. (2023).",
   SA_SRC, wrong="intensive care research", truth_alt=[SA_82]),
 # Kunz 2023 (semi-automatic FESS reports, proof of concept)
 C("ku-n1", KU, "none",
   "In Kunz et al.'s (2023) proof-of-concept study, a language model trained on 48 conventional sinus surgery reports generated draft reports that 16 physicians then corrected and rated.",
   "A first set of 48 conventional operation reports were used for model training.", truth_alt=[KU_16]),
 C("ku-n2", KU, "none",
   "About two-thirds of the physicians who tried Kunz and colleagues' (2023) AI report tool for endoscopic sinus surgery said they would use it in future, although each generated report still needed about 23 corrections.",
   "66.67% would use this tool in the future.",
   truth_alt=["An average of 23.25 ± 12.5 corrections was needed for a subjectively appropriate surgery report."]),
 C("ku-num", KU, "number",
   "Kunz et al. (2023) had 48 physicians correct and rate operation reports generated by their AI tool for sinus surgery.",
   KU_16, wrong="48 physicians"),
 C("ku-over", KU, "overreach",
   "AI-generated operation reports have been shown to improve the quality of patient care (Kunz et al., 2023).",
   "By taking over this time-consuming task, the tool could reduce workload, optimize clinical workflows and improve the quality of patient care.",
   wrong="have been shown to improve the quality of patient care"),
 # Gauld 2023 (PubMed text analysis, MDD vs PPD)
 C("ga-n1", GA, "none",
   "Gauld et al. (2023) mined PubMed in November 2021 and found four areas of research interest for major depression and five for postpartum depression, the challenges of screening being one of the latter.",
   "Five AOIs were detected in the PPD network: mood disorders and treatments, risk factors, consequences and child health, patient's background, and the challenges of screening.",
   truth_alt=["Four AOIs were detected in the MDD network: mood disorders and their treatments, risk factors, consequences and quality of life, and mental health and comorbidities.", GA_METH]),
 C("ga-n2", GA, "none",
   "From the partial overlap of research themes, Gauld and colleagues (2023) suggested that postpartum depression is a particular form of major depressive disorder.",
   "The partial overlap between AOIs for MDD and for PPD suggest that the latter is a particular form of the former."),
 C("ga-comp", GA, "comparator",
   "Gauld et al.'s (2023) text analysis compared the research literature on postpartum depression with that on bipolar disorder.",
   GA_METH, wrong="bipolar disorder"),
 C("ga-des", GA, "design",
   "In a systematic review of the literature, Gauld et al. (2023) grouped research on major depression and postpartum depression into areas of interest.",
   "Then, we used an unsupervised machine learning technique to detect word patterns and automatically cluster AOIs with a topic-modeling analysis.",
   wrong="systematic review of the literature", truth_alt=[GA_METH]),
 # Evans 2023 (NLP for incidental findings in CT reports)
 C("ev-n1", EV, "none",
   "Evans et al. (2023) developed a random forest NLP model that flagged incidental findings in CT reports of trauma patients discharged from the emergency department with 92% sensitivity and a negative predictive value of 97%.",
   "The final model was found to have a sensitivity of 92.2%, a specificity of 79.4%, and a negative predictive value of 97.2%."),
 C("ev-n2", EV, "none",
   "In Evans and colleagues' (2023) retrospective study, roughly one CT report in five contained an incidental finding (22.3% in the derivation set, 22.7% in the validation set).",
   "The study CT reports were divided into derivation (690 reports) and validation (282 reports) sets, with a prevalence of incidental findings of 22.3%, and 22.7%, respectively.",
   truth_alt=[EV_RETRO]),
 C("ev-pop", EV, "population",
   "Evans et al. (2023) trained their NLP model on CT reports of trauma patients admitted to hospital from the emergency department.",
   EV_RETRO, wrong="admitted to hospital"),
 C("ev-dur", EV, "duration",
   "The model was built from five years of CT reports of discharged trauma patients, 2015 to 2019 (Evans et al., 2023).",
   EV_RETRO, wrong="five years of CT reports"),
 # Aroda 2026 (elecoglipron, SOLSTICE phase 2b RCT)
 C("ar-n1", AR, "none",
   "In the phase 2b SOLSTICE trial, Aroda et al. (2026) found that once-daily oral elecoglipron changed HbA1c by -0.91% to -1.88% at 26 weeks, against -0.15% with placebo, in adults with type 2 diabetes.",
   AR_HBA1C),
 C("ar-dur", AR, "duration",
   "Aroda and colleagues (2026) reported HbA1c reductions with oral elecoglipron over 52 weeks of treatment in type 2 diabetes.",
   "The primary endpoint was percent change in HbA1c from baseline to 26 weeks.", wrong="52 weeks", truth_alt=[AR_HBA1C]),
 C("ar-dir", AR, "direction",
   "Aroda et al. (2026) reported that adverse events were less frequent with elecoglipron than with placebo.",
   "Adverse events were reported by 63% (24 of 38 in the 5 mg group and 39 of 62 in the 15 mg group) to 87% (33 of 38 in 75 mg every 4-week dose escalation) of participants across elecoglipron doses compared with 63% (45 of 71) in the placebo group.",
   wrong="less frequent with elecoglipron than with placebo"),
 C("ar-over", AR, "overreach",
   "Aroda et al.'s (2026) SOLSTICE trial established oral elecoglipron as a safe long-term treatment for type 2 diabetes.",
   "Once-daily oral elecoglipron showed reductions in glycaemia and a safety and tolerability profile consistent with the GLP-1 receptor agonist class at a similar phase of development, supporting continued development with phase 3 trials for people living with type 2 diabetes.",
   wrong="established oral elecoglipron as a safe long-term treatment", accept=["overreach", "duration"]),
]

if __name__ == "__main__":
    Path(__file__).resolve().parent.joinpath("claims.json").write_text(
        json.dumps(CLAIMS, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(len(CLAIMS), "claims written")
