"""Writes claims.json (set 60). Hand-written claims; truth sentences copied verbatim from the abstracts (pool 12,
positions 49-62). The C() helper and the field layout are those of set 55's make_claims.py (its first lines only were
read)."""
import json
from pathlib import Path

def C(id, key, kind, claim, truth, wrong=None, truth_alt=None, accept=None):
    d = {"id": id, "key": key, "kind": kind, "claim": claim, "truth": truth}
    if truth_alt: d["truth_alt"] = truth_alt
    if wrong: d["wrong"] = wrong
    if accept: d["accept"] = accept
    return d

NI, BI, RE, FR, CI = "nio1999comparative", "birk1999levels", "reddy1999experience", "frohlich1999detection", "cirillo1998octreotide"
CA, KA, GE, TA, BO = "catheline1999use", "karle1998intratumoral", "gelmon1999phase", "takahashi1999treatment", "bocsi1999establishment"
IM, HA, WE = "imamura1999rationale", "hayakawa1999prospective", "weijzen1999modulation"

# --- truth sentences (verbatim) ---
NI_58 = "A total of 58 patients with primary IDC of the pancreas underwent pancreatectomy between 1982 and 1996: 28 patients underwent surgery alone, and 30 patients received postsurgical adjuvant chemotherapy."
NI_P53 = "p53 was positively expressed in 29 (50%) of 58 primary lesions, and p21 was expressed in 24 (41%) lesions; however, p21 expression did not necessarily correlate with p53 expression."
NI_SURV = "The survival curve of the patients with p53(+) IDC was significantly lower than that of those with p53(-) IDC, and p21(+) patients showed a higher survival curve than did p21(-) patients, but this difference was not statistically significant."
NI_ADJ = "On the other hand, the survival curve of the adjuvant chemotherapy group was also higher than that of the surgery-alone group, but this difference was not significant."
NI_MV = "In a multivariate analysis, p21 expression was a significantly low risk factor for death due to IDC overall, and adjuvant chemotherapy was found to decrease the risk of death from IDC in p53(+) patients."
BI_PAT = "In this prospective clinical study serum neopterin values were evaluated in 83 patients with adenocarcinoma of the pancreas (PC), 47 patients with chronic pancreatitis (CP), 8 patients with cystadenocarcinoma (CA) of the pancreas and 24 healthy controls (HC)."
BI_UP = "Serum neopterin was significantly elevated in PC (p < 0. 05) and CA (p < 0.04) as compared to HC."
BI_CP = "There was no difference found between CP and HC."
BI_SURV = "Pancreatic cancer patients with neopterin levels above 2 pmol/ml had a significantly better survival (p < 0. 05) regardless of stage."
BI_CONC = "Patients suffering from PC who did show activated cellular immune response reflected in elevated neopterin levels above 2 pmol/ml had a significantly better prognosis regardless of tumor stage."
BI_NC = "Neopterin in PC was neither correlated with sex, resectability nor with CA 19/9 and CEA."
RE_RETRO = "We retrospectively reviewed the usefulness of diagnostic laparoscopy as a staging procedure in pancreatic malignancy."
RE_CT = "The use of computed tomography (CT) alone revealed the existence of liver metastases in 10 of 109 (9%) patients, which were confirmed laparoscopically."
RE_29 = "The further use of laparoscopy identified metastases in 29 more cases: hepatic, 23; hepatic and peritoneal, 3; peritoneal and mesenteric, 1; and mesenteric, 2."
RE_PPV = "The positive predictive value of laparoscopy alone for the detection of metastatic disease to the liver, peritoneum, or mesentery was 88% (29 of 33 patients)."
RE_AVOID = "In patients with a negative CT for metastases, laparoscopic identification of metastases avoided unnecessary laparotomy in 29 of 99 (29%) patients with pancreatic cancer."
FR_SENS = "Sensitivity of FDG PET was 68% (15 of 22 patients)."
FR_LES = "The lesion detection rate was 97% (28 of 29 metastases) for lesions >1 cm and 43% (16 of 37 metastases) for lesions < or = 1 cm."
FR_FP = "False-positive results are associated with the presence of marked intrahepatic cholestasis."
FR_FP6 = "Six of eight patients with false-positive results had marked intrahepatic cholestasis (versus 3 of 15 patients with true-positive lesions), one had an infrahepatic abscess and one had a right basal pulmonary metastasis."
FR_FU = "Metastatic liver disease was confirmed or excluded during surgery or with CT follow-up for at least 6 mo."
FR_REL = "FDG PET provides reliable hepatic staging for lesions >1 cm."
CI_RCT = "To assess the antitumour effect of octreotide, a randomized trial was performed comparing octreotide with supportive care in advanced pancreatic cancer patients."
CI_6 = "Six patients were enrolled, 4 of these treated with octreotide (500 micrograms two times a day subcutaneous for six months) and the other 2 were inserted a control group."
CI_CONC = "In conclusion octreotide therapy seems to confer a survival benefit and a better quality of life in advanced pancreatic tumour."
CI_MORE = "Additional studies are needed to confirm these results and to clarify other questions about dose and somatostatin receptors in this kind of tumour."
CI_6MO = "Monitoring of tumour size changes (US-TC) over the 6 months study period, showed slackened neoplastic growth in all treated patients, whereas neoplasm grew according to an almost exponential trend in untreated patients."
CA_26 = "In a prospective study of 26 patients with obstructive jaundice from a carcinoma of the head of the pancreas, the curative resectability of tumors was assessed by ultrasound (26 cases), computerized tomography (26 cases), endoscopic ultrasound (16 cases), and a combination of diagnostic laparoscopy and laparoscopic ultrasound (26 cases)."
CA_50 = "The findings of ultrasound and computerized tomography were comparable: 50% of patients were excluded from curative resection."
CA_ACC = "The accuracy of the combined diagnostic laparoscopy and laparoscopic ultrasound, when compared with ultrasound, computerized tomography, and endoscopic ultrasound, was better with respect to minute peritoneal or hepatic metastasis: 80.7% (or a further 30.7%) of patients did not qualify for curative resection."
CA_CONC = "Diagnostic laparoscopy supported by laparoscopic ultrasonography enables detection of previously unsuspected metastases; thus, needless laparotomy can be avoided."
KA_ABL = "Intraperitoneal administration of low-dose ifosfamide to tumour bearing mice that received the encapsulated cells results in partial or even complete tumour ablation."
KA_MOUSE = "We describe here a novel treatment strategy using a mouse model system for pancreatic cancer."
KA_CELLS = "Human embryonic epithelial cells have been genetically modified to express the cytochrome P450 2B1 enzyme under the control of a CMV immediate-early promoter."
KA_CONV = "This CYP2B1 gene converts oxazaphosphorines (ifosfamide or cyclophosphamide) to their active cytotoxic compounds, phosphoramide mustard, which alkylates DNA, and acrolein, which alkylates proteins."
KA_MAN = "Such an in situ chemotherapy strategy utilizing genetically modified cells in an immunoprotected environment may prove useful for solid tumour therapy in man."
GE_PH1 = "A phase I study of vincristine encapsulated inside 120-nm-diameter distearoylphosphatidylcholine-cholesterol liposomes was performed."
GE_25 = "Twenty-five patients with histologically confirmed malignancies were enrolled and assessable."
GE_MTD = "Patients were treated with vincristine doses up to 2.8 mg/m2; however, 2.4 mg/m2 was defined as the MTD and 2.0 mg/m2 as the phase II recommended dose."
GE_PR = "One partial response was seen in a patient with pancreatic cancer."
GE_CONC = "The ability to administer elevated doses of vincristine, as well as indications of efficacy, suggests that ONCO-TCS warrants further clinical investigation in a phase II setting."
TA_HIST = "In this study, we made a historical comparison of PPPD and PD and obtained the following findings: (1) PPPD allows almost the same extent of D2 dissection as conventional PD, and achieves radical treatment without any problems; (2) suppression of local recurrence by IORT cannot be expected from the results of the comparison between the four approaches, i.e. surgery alone, surgery + IORT, surgery + PC and surgery + IORT + PC, and (3) the rate of liver metastasis in patients treated by PC was significantly low."
TA_COMB = "We usually employ the following combination of surgery, radiotherapy and chemotherapy: D2 surgery with pylorus-preserving pancreatoduodenectomy (PPPD), intraoperative radiotherapy (IORT), and portal catheterization (PC) with fluorouracil as the chemotherapy."
BO_MICE = "Immunosuppression has been achieved in young (4-week-old) CBA/CA mice by thymectomy, whole-body irradiation and bone marrow reconstruction."
BO_12 = "Twelve surgically removed human pancreatic carcinomas were implanted subcutaneously and serially transplantable xenografts have been established."
BO_6 = "Out of 12 carcinomas, 6 developed continuously growing and transplantable xenografts (PZX-2, PZX-5, PZX-11, PZX-15, PZX-16, PZX-20; take rate: 50%)."
BO_PASS = "They were successfully maintained for 9-16 passages, for 18-25 months."
BO_SUIT = "The results indicate that the artificially immunosuppressed CBA/CA mice are suitable hosts for accepting and maintaining human pancreatic carcinomas."
IM_141 = "In this study, we have analyzed the long-term survival of 141 patients with invasive ductal adenocarcinoma of the pancreas who received macroscopically curative resection."
IM_MV = "Multivariate analysis demonstrated that comprehensive stage of the tumor, curability of the resection, and adjuvant radiation therapy were independent prognostic factors."
IM_RT = "The survival curve of the patients who received adjuvant radiation therapy was better than of those who underwent surgery alone, and postoperative regional chemotherapy with continuous 5-FU infusion decreased hepatic metastases within 6 months."
IM_SUGG = "The results suggest that local recurrence of pancreatic cancer might possibly be controlled by extended resection and adjuvant irradiation, and early development of hepatic metastases might be controlled with regional chemotherapy."
HA_243 = "In 243 patients suspected of having pancreatic pancreatic cancer by a multicenter prospective study, the diagnostic value of the multivariate analysis, CAMPAS-PX2, was compared with the 23 markers."
HA_27 = "Pancreatic cancer was subsequently identified in 27 patients."
HA_RES = "Positive in disease, negative in health, and area under receiver operating characteristic curve were significantly higher by CAMPAS-PX2 (89, 87, 91%) than by CA 19-9 (78, 82, 84%), the most sensitive marker among the 23 markers."
HA_NOT = "However, the improvement in diagnostic accuracy is still not satisfactory in spite of an elaborate combination of serum markers in diagnosis for pancreatic cancer."
HA_CONC = "A multivariate analysis of CAMPAS-PX2 can increase its diagnostic accuracy in differential diagnosis of pancreatic cancer from benign pancreatic or extrapancreatic disease, when compared with CA19-9 alone."
WE_95 = "The ras mutation frequency varies between 95% in pancreatic cancer and 5% in breast cancer."
WE_AML = "In leukemia, the highest frequency (30%) is found in acute myeloid leukemia."
WE_PROG = "The presence of ras mutations has been correlated with a poor prognosis and negative clinical outcome."
WE_MHC = "Several new functions of Ras, such as downregulation of major histocompatibility complex molecules, upregulation of certain cytokines, growth factors and degradative enzymes have been uncovered in the last decade."

claims = [
    # Nio 1999: none, direction, population, duration
    C("60-01", NI, "none", "Nio et al. (1999) found p53 staining in half of 58 resected ductal pancreatic carcinomas, and patients whose tumours were p53-positive survived significantly less well than those with p53-negative tumours.",
      NI_SURV, truth_alt=[NI_P53]),
    C("60-02", NI, "direction", "In the series of Nio and colleagues (1999), adjuvant chemotherapy after pancreatectomy significantly improved survival compared with surgery alone.",
      NI_ADJ, wrong="significantly improved survival", accept=["direction", "overreach"]),
    C("60-03", NI, "population", "On multivariate analysis, Nio et al.'s (1999) data showed that adjuvant chemotherapy lowered the risk of death mainly among patients whose tumours were p53-negative.",
      NI_MV, wrong="p53-negative"),
    C("60-04", NI, "duration", "Nio et al. (1999) reviewed 58 patients with invasive ductal pancreatic carcinoma who had pancreatectomy over a four-year period, 30 of whom went on to adjuvant chemotherapy.",
      NI_58, wrong="over a four-year period"),
    # Birk 1999: none x2, direction, design
    C("60-05", BI, "none", "Birk et al. (1999) reported raised serum neopterin in pancreatic adenocarcinoma compared with healthy controls, whereas patients with chronic pancreatitis did not differ from the controls.",
      BI_UP, truth_alt=[BI_CP]),
    C("60-06", BI, "none", "In pancreatic cancer, neopterin levels were unrelated to sex, resectability, CA 19-9 or CEA (Birk et al., 1999).",
      BI_NC),
    C("60-07", BI, "direction", "Birk and colleagues (1999) found that pancreatic cancer patients with serum neopterin above 2 pmol/ml had significantly shorter survival, whatever the tumour stage.",
      BI_SURV, wrong="significantly shorter survival", truth_alt=[BI_CONC]),
    C("60-08", BI, "design", "In a retrospective analysis of stored sera, Birk et al. (1999) measured neopterin in 83 patients with pancreatic adenocarcinoma, 47 with chronic pancreatitis, 8 with cystadenocarcinoma and 24 healthy controls.",
      BI_PAT, wrong="retrospective analysis of stored sera"),
    # Reddy 1999: none, number, design, comparator
    C("60-09", RE, "none", "Among patients whose CT showed no metastases, staging laparoscopy found metastatic disease and so spared roughly three in ten of them a needless laparotomy (Reddy et al., 1999).",
      RE_AVOID),
    C("60-10", RE, "number", "Reddy et al. (1999) reported a positive predictive value of 98% for laparoscopy alone in detecting liver, peritoneal or mesenteric metastases from pancreatic cancer.",
      RE_PPV, wrong="98%"),
    C("60-11", RE, "design", "In a prospective study of 109 patients with suspected or proven pancreatic malignancy, Reddy and colleagues (1999) assessed diagnostic laparoscopy as a staging tool.",
      RE_RETRO, wrong="prospective study"),
    C("60-12", RE, "comparator", "Reddy et al.'s (1999) staging laparoscopy uncovered metastases in 29 further patients beyond the liver deposits already seen on transabdominal ultrasound.",
      RE_29, wrong="transabdominal ultrasound", truth_alt=[RE_CT]),
    # Fröhlich 1999: none x2, number, duration
    C("60-13", FR, "none", "Fröhlich et al. (1999) found that FDG PET detected almost all liver metastases larger than 1 cm but fewer than half of those measuring 1 cm or less.",
      FR_LES, truth_alt=[FR_REL]),
    C("60-14", FR, "none", "False-positive liver findings on FDG PET were linked to marked intrahepatic cholestasis (Fröhlich et al., 1999).",
      FR_FP, truth_alt=[FR_FP6]),
    C("60-15", FR, "number", "In Fröhlich and colleagues' (1999) series of 168 patients scheduled for pancreatic resection, FDG PET had a patient-level sensitivity of 86% for liver metastases.",
      FR_SENS, wrong="86%"),
    C("60-16", FR, "duration", "Fröhlich et al. (1999) confirmed or excluded liver metastases at surgery or by CT follow-up lasting at least two years.",
      FR_FU, wrong="at least two years"),
    # Cirillo 1998: none, overreach, comparator, duration
    C("60-17", CI, "none", "Cirillo et al. (1998) randomised six patients with advanced pancreatic cancer, four to octreotide and two to a control group, in a small pilot trial against supportive care.",
      CI_6, truth_alt=[CI_RCT]),
    C("60-18", CI, "overreach", "Cirillo and colleagues' small randomised study (1998) proved that octreotide prolongs survival and improves quality of life in advanced pancreatic cancer.",
      CI_CONC, wrong="proved", truth_alt=[CI_MORE]),
    C("60-19", CI, "comparator", "Cirillo et al. (1998) randomised patients with advanced pancreatic cancer to octreotide or gemcitabine chemotherapy.",
      CI_RCT, wrong="gemcitabine chemotherapy"),
    C("60-20", CI, "duration", "In the trial by Cirillo et al. (1998), octreotide 500 micrograms was injected subcutaneously twice daily for six weeks.",
      CI_6, wrong="six weeks", truth_alt=[CI_6MO], accept=["duration", "number"]),
    # Catheline 1999: none x2, comparator, population
    C("60-21", CA, "none", "Catheline et al. (1999) prospectively assessed 26 jaundiced patients with pancreatic head cancer using ultrasound, CT, endoscopic ultrasound and laparoscopy with laparoscopic ultrasound.",
      CA_26),
    C("60-22", CA, "none", "According to Catheline and colleagues (1999), adding laparoscopic ultrasound to diagnostic laparoscopy revealed small metastases that imaging had missed, so that unnecessary laparotomies could be avoided.",
      CA_CONC, truth_alt=[CA_ACC]),
    C("60-23", CA, "comparator", "Catheline et al.'s (1999) combination of laparoscopy and laparoscopic ultrasound was more accurate than magnetic resonance imaging at picking up small peritoneal and liver metastases.",
      CA_ACC, wrong="magnetic resonance imaging"),
    C("60-24", CA, "population", "Catheline et al. (1999) studied laparoscopic staging in patients with carcinoma of the pancreatic body and tail.",
      CA_26, wrong="pancreatic body and tail"),
    # Karle 1998: none x2, population, direction
    C("60-25", KA, "none", "Karle et al. (1998) showed in tumour-bearing mice that encapsulated cells producing CYP2B1, placed beside human pancreatic tumours, together with low-dose ifosfamide shrank or even eradicated the tumours.",
      KA_ABL, truth_alt=[KA_MOUSE]),
    C("60-26", KA, "none", "Karle and colleagues (1998) engineered human embryonic epithelial cells to make cytochrome P450 2B1, an enzyme that turns ifosfamide and cyclophosphamide into their active cytotoxic products.",
      KA_CELLS, truth_alt=[KA_CONV]),
    C("60-27", KA, "population", "Karle et al. (1998) reported partial or complete tumour ablation when patients with pancreatic cancer received encapsulated CYP2B1-producing cells followed by low-dose ifosfamide.",
      KA_ABL, wrong="patients with pancreatic cancer", truth_alt=[KA_MOUSE], accept=["population", "overreach"]),
    C("60-28", KA, "direction", "In Karle et al.'s (1998) mouse model, low-dose ifosfamide given with the encapsulated CYP2B1 cells failed to shrink the pancreatic tumours.",
      KA_ABL, wrong="failed to shrink"),
    # Gelmon 1999: none, number, design, overreach
    C("60-29", GE, "none", "Gelmon et al. (1999) defined 2.4 mg/m2 as the maximum tolerated dose of liposomal vincristine and recommended 2.0 mg/m2 for phase II.",
      GE_MTD),
    C("60-30", GE, "number", "The maximum tolerated dose of liposomal vincristine was 2.8 mg/m2 (Gelmon et al., 1999).",
      GE_MTD, wrong="2.8 mg/m2"),
    C("60-31", GE, "design", "In a randomised phase II trial, Gelmon and colleagues (1999) gave liposomal vincristine to 25 patients with a range of cancers.",
      GE_PH1, wrong="randomised phase II trial", truth_alt=[GE_25]),
    C("60-32", GE, "overreach", "Gelmon et al. (1999) showed that liposomal vincristine is an effective treatment for pancreatic cancer.",
      GE_PR, wrong="is an effective treatment for pancreatic cancer", truth_alt=[GE_CONC]),
    # Takahashi 1999: none x2, direction, design
    C("60-33", TA, "none", "Takahashi et al. (1999) reported that pylorus-preserving pancreatoduodenectomy permitted nearly the same D2 dissection as conventional pancreatoduodenectomy.",
      TA_HIST),
    C("60-34", TA, "none", "Patients given fluorouracil through a portal catheter had a significantly lower rate of liver metastasis (Takahashi et al., 1999).",
      TA_HIST, truth_alt=[TA_COMB]),
    C("60-35", TA, "direction", "Takahashi and colleagues (1999) found that intraoperative radiotherapy reduced local recurrence after resection for pancreatic head cancer.",
      TA_HIST, wrong="reduced local recurrence"),
    C("60-36", TA, "design", "In a randomised trial, Takahashi et al. (1999) compared pylorus-preserving with conventional pancreatoduodenectomy for pancreatic head cancer.",
      TA_HIST, wrong="randomised trial"),
    # Bocsi & Zalatnai 1999: none, duration, population, number
    C("60-37", BO, "none", "Bocsi and Zalatnai (1999) obtained continuously growing, transplantable xenografts from half of 12 surgically removed human pancreatic carcinomas.",
      BO_6, truth_alt=[BO_12]),
    C("60-38", BO, "duration", "The pancreatic carcinoma xenografts of Bocsi and Zalatnai (1999) were kept going through serial passages for up to five years.",
      BO_PASS, wrong="for up to five years"),
    C("60-39", BO, "population", "Bocsi and Zalatnai's (1999) pancreatic cancer xenografts were grown in athymic nude mice.",
      BO_MICE, wrong="athymic nude mice", truth_alt=[BO_SUIT]),
    C("60-40", BO, "number", "Human pancreatic carcinomas took as serially transplantable xenografts in 9 of 12 cases in immunosuppressed mice (Bocsi & Zalatnai, 1999).",
      BO_6, wrong="9 of 12"),
    # Imamura 1999: none, comparator, duration, overreach
    C("60-41", IM, "none", "Among 141 patients who had macroscopically curative resection of invasive ductal pancreatic cancer, Imamura et al. (1999) found adjuvant radiotherapy, tumour stage and the curability of the resection to be independent prognostic factors.",
      IM_MV, truth_alt=[IM_141]),
    C("60-42", IM, "comparator", "Imamura and colleagues (1999) found that patients who received adjuvant radiation survived longer than those given systemic chemotherapy after resection.",
      IM_RT, wrong="those given systemic chemotherapy"),
    C("60-43", IM, "duration", "In Imamura et al.'s (1999) series, continuous regional 5-FU infusion after surgery lowered hepatic metastases within the first two years.",
      IM_RT, wrong="within the first two years"),
    C("60-44", IM, "overreach", "Imamura et al. (1999) proved that extended resection with adjuvant irradiation controls local recurrence of pancreatic cancer.",
      IM_SUGG, wrong="proved"),
    # Hayakawa 1999: none, comparator, number, overreach
    C("60-45", HA, "none", "Of 243 patients with suspected pancreatic cancer in Hayakawa et al.'s (1999) multicentre prospective study, 27 turned out to have the disease.",
      HA_27, truth_alt=[HA_243]),
    C("60-46", HA, "comparator", "Hayakawa and colleagues (1999) found that the multivariate CAMPAS-PX2 model had higher sensitivity, specificity and area under the ROC curve than CEA alone.",
      HA_RES, wrong="CEA alone", truth_alt=[HA_CONC]),
    C("60-47", HA, "number", "In the multicentre study by Hayakawa et al. (1999), pancreatic cancer was eventually diagnosed in 127 of the patients.",
      HA_27, wrong="127"),
    C("60-48", HA, "overreach", "Hayakawa et al. (1999) showed that combining serum markers in the CAMPAS-PX2 model makes the diagnosis of pancreatic cancer accurate enough to do without imaging.",
      HA_NOT, wrong="accurate enough to do without imaging"),
    # Weijzen 1999: none x2, direction, population
    C("60-49", WE, "none", "Weijzen et al. (1999) note that ras mutations occur in about 95% of pancreatic cancers but in only about 5% of breast cancers.",
      WE_95),
    C("60-50", WE, "none", "As reviewed by Weijzen and colleagues (1999), mutated Ras can downregulate major histocompatibility complex molecules and upregulate certain cytokines and growth factors.",
      WE_MHC),
    C("60-51", WE, "direction", "Weijzen et al.'s (1999) review points out that ras mutations have been associated with a better prognosis.",
      WE_PROG, wrong="better prognosis"),
    C("60-52", WE, "population", "Among leukaemias, ras mutations are most frequent, at about 30%, in chronic lymphocytic leukaemia (Weijzen et al., 1999).",
      WE_AML, wrong="chronic lymphocytic leukaemia"),
]

Path(__file__).resolve().parent.joinpath("claims.json").write_text(json.dumps(claims, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
print(len(claims), "claims")
