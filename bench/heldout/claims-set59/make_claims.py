"""Writes claims.json (set 59). Hand-written claims; truth sentences copied verbatim from the abstracts (pool 12,
positions 19-31). The C() helper and the field layout are those of set 50's / set 55's make_claims.py (their first lines
only were read)."""
import json
from pathlib import Path

def C(id, key, kind, claim, truth, wrong=None, truth_alt=None, accept=None):
    d = {"id": id, "key": key, "kind": kind, "claim": claim, "truth": truth}
    if truth_alt: d["truth_alt"] = truth_alt
    if wrong: d["wrong"] = wrong
    if accept: d["accept"] = accept
    return d

ZA, AD, EL, SH, IM = "zagon1999human", "adsay1999utility", "elmetwally1999optimization", "sharma1976carcinoembryonic", "imdahl1999evaluation"
KU, FA, SY, KA, BU = "kurtz1999compassionate", "faivre1998survival", "shimoyama1999increased", "kawarada1999modified", "bullock1999impact"
HI, HO, NA = "hidalgo1999phase", "hoffman1998evaluation", "nakamoto1999contribution"

# Zagon 1999
ZA_DISC = "In this study, we discovered that an endogenous opioid peptide, [Met5]-enkephalin, inhibited the growth of human pancreatic cancers in vitro; in view of this pentapeptide's action it has been termed opioid growth factor (OGF)."
ZA_DOSE = "Growth inhibition was dose-related, reversible, not cytotoxic, and independent of serum."
ZA_4 = "All 4 pancreatic cancer cell lines examined, representative of poor to well-differentiated neoplasias, exhibited growth regulation by OGF."
ZA_CONC = "These data suggest that a native opioid peptide, OGF, interacts with a novel opioid receptor, zeta, to arrest the growth of human pancreatic cancer."
# Adsay 1999
AD_10 = "Formalin-fixed and paraffin-embedded tissues of 10 cases were enumerated for chromosome 7, 8, 17, 18, and 20 copy numbers by using alpha-satellite probes, and for c-myc by using a gene-specific probe."
AD_LOSS = "The most frequent signal losses were found in chromosomes 8 (four of 10 cases) and chromosome 17 (four of 10), followed by 20 (three of 10) and 18 (two of 10)."
AD_GAIN = "In contrast, gains in chromosome copy number were identified in only one of 10 tumors, which showed gain of both chromosome 7 and 18."
AD_MYC = "Amplification of c-myc gene was detected in two of 10 cases, but neither of the two had aneuploidy for chromosome 8, where the c-myc gene is located."
AD_CH8 = "In addition, in this study, alterations of chromosome 8, which is seen commonly in prostatic adenocarcinoma but has not been previously documented in pancreatic cancer, also was detected in five of 10 tumors."
# El-Metwally and Adrian 1999
EL_FACT = "Our studies revealed that the effects of retinoids on cancer cell proliferation were influenced by serum, the choice of vehicle (DMSO vs ethanol) and its concentration, phenol red, the degree of cellular confluence, and the method of assessing proliferation (cell number or [3H]thymidine uptake vs the MTT assay)."
EL_OPT = "Optimized conditions were the use of serum-free, ethanol-free, and phenol red-free media, investigating cells in the log phase of growth, using </=0.01% DMSO as the vehicle, and monitoring proliferation by cell number or [3H]thymidine incorporation into DNA measured after TCA precipitation."
EL_RES = "Using these conditions, retinoids were found to exhibit potent antiproliferative effects in pancreatic cancer cells with a variety of degrees of differentiation, even in cell lines previously documented as being retinoid resistant."
# Sharma 1976
SH_PTS = "Carcinoembryonic antigen (CEA) activity was assayed in plasma and in pure pancreatic juice from eight patients with carcinoma of the pancreas, 28 patients with pancreatitis, and 13 controls with no demonstrable pancreatic disease."
SH_MEAN = "The mean pancreatic juice CEA activities in controls, pancreatitis, and pancreatic carcinoma were 8.1 ng/ml, 18.6 ng/ml, and 309 ng/ml, respectively."
SH_HIGH = "Pancreatic juice CEA activity in patients with cancer of that organ was significantly higher than in those with pancreatitis or in controls."
SH_CANN = "Juice specimens were obtained via direct transduodenal cannulation of the pancreatic duct."
# Imdahl 1999
IM_48 = "FDG-PET was performed in 48 patients with chronic pancreatitis (n = 12), acute pancreatitis (n = 3) and pancreatic cancer (n = 27), and in controls (n = 6)."
IM_SENS = "Sensitivity and specificity of PET imaging were 0.96 and 1.0 for pancreatic cancer, and 1.0 and 0.97 for chronic pancreatitis."
IM_FIVE = "In five cases only FDG-PET led to the correct preoperative diagnosis."
IM_COMP = "The results were then compared with those of computed tomography, ultrasonography, endoscopic retrograde cholangiopancreaticography, operative findings and histology."
# Kurtz 1999
KU_OPEN = "We started an open multicentric compassionate study of gemcitabine in advanced adenocarcinoma of the pancreas to assess those benefits."
KU_74 = "Of 74 patients who were enrolled, 46 were assessable for tumoral response (2 partial response, 18 stable disease, 24 progressing disease)."
KU_CB = "A clinical benefit was obtained in 48% of assessable patients."
KU_SURV = "The median event-free and overall survivals from study inclusion were 2. 5 and 5 months respectively."
KU_CONC = "This study confirms that gemcitabine can be effective even in patients with pretreated advanced adenocarcinoma of the pancreas."
KU_ADV = "Advanced-stage surgically unresectable adenocarcinoma of the pancreas is highly lethal."
# Faivre 1998
FA_17 = "We investigated and compared liver, pancreatic and biliary tract cancer survival in 17 countries from 1985 to 1989."
FA_1Y = "The overall European mean 1 year relative survival was 16% for primary liver cancer, 26% for biliary tract cancer and 15% for pancreatic cancer."
FA_5Y = "The corresponding 5-year relative survival was 5, 12 and 4%, respectively."
FA_SEX = "Gender had little influence on survival whilst age at diagnosis was inversely related to prognosis."
FA_EU = "The EUROCARE Study is a European Union project to assemble survival data from population-based cancer registries and analyse them according to standard procedures."
# Shimoyama 1999
SY_SER = "Accordingly, there was no significant difference between the mean serum ANG concentration of chronic pancreatitis patients (352.1+/-72.5 ng/ml) and that of healthy volunteers (357.6+/-45.2 ng/ml)."
SY_CONC = "These findings suggest that ANG expression is increased in pancreatic cancer surrounding tissue but is not increased in pure chronic pancreatitis, and that ANG is potentially involved in the pancreatic cancer microenvironment rather than the establishment of pure chronic pancreatitis."
SY_ISH = "In situ hybridization revealed no detectable ANG messenger RNA (mRNA) signals in all tissues of pure chronic pancreatitis and normal pancreas."
SY_SURR = "By contrast, acinar cells and interstitial fibroblasts in the tissues surrounding pancreatic cancer showed increased ANG mRNA expression."
# Kawarada 1999
KA_22 = "During the past 22 years (October 1976 to June 1998) 169 of the 188 patients with invasive pancreatic ductal carcinoma at Mie University Hospital were treated surgically."
KA_PER = "A standard operation was performed in the early period (October 1976 to April 1981, n = 34), an extended operation was performed in the middle period (May 1981 to March 1993, n = 100), and a modified standard operation was performed in the late period (April 1993 to June 1998, n = 35)."
KA_RES = "We found that postoperative QOL and survival were much better in the late period than in the early and middle periods."
# Bullock 1999
BU_SRCH = "A computerized literature search was performed utilizing OVID Technology's Medline database from 1993 to 1998."
BU_LOW = "Although a low percentage of cases of either malignancy have p16 mutations, a higher risk of their development has been reported to occur in certain families with p16 germline mutations."
BU_REV = "This paper reviews the current literature on p16 expression in melanoma and pancreatic cancer, explores factors that place patients with these cancers in categories of high risk for metastases or recurrence, and addresses whether aberrant gene expressions should influence awareness of and current recommendations for the management of these aggressive cancers."
# Hidalgo 1999
HI_REC = "For this reason, the recommended dose of gemcitabine for phase II evaluation on this schedule was 900 mg/m2."
HI_MTD = "The MTD of gemcitabine when combined with 5-FU via PVI on this schedule was 1,000 mg/m2/ wk; however, on the basis of administered dose-intensity, the recommended dose for additional investigation is 900 mg/m2."
HI_TOL = "This combination chemotherapy regimen was well tolerated and showed promising antitumor activity in the treatment of pancreatic cancer."
HI_RR = "Five patients had objective responses (one complete response and four partial responses; response rate, 19.2%; 95% confidence interval [CI], 6.5 to 39.3), and 10 patients had improvement of disease-related symptoms (45%; 95% CI, 24 to 67)."
HI_SURV = "After a median follow-up of 17.7 months (range, 7.8 to 24.8 months), the median progression-free survival and overall survival times were 7.4 months (95% CI, 3.3 to 11.4) and 10.3 months (95% CI, 8.1 to 12.5), respectively."
# Hoffman and Glimelius 1998
HO_151 = "In 151 patients, 53 with pancreatic cancer, 37 with biliary cancer and 61 with gastric cancer, who were randomized between chemotherapy with best supportive care and best supportive care alone, CBR criteria were applied retrospectively to the evaluations of the effects on the patients' well-being made by the treating physician and by the patient in quality-of-life questionnaires, chiefly EORTC QLQ C-30."
HO_OVER = "When compared with subjective response evaluations made by both the physician and the patients' questionnaire data, it was found that CBR overestimated the beneficial effects in certain patients and underestimated them in others."
HO_SAME = "CBR did, however, show the same differences between the two randomized groups as the subjective response evaluations and the quality-of-life estimations."
# Nakamoto 1999
NA_34 = "Thirty-four patients with histologically proven malignant tumours of the pancreas underwent FDG-PET, computed tomography (CT) and transabdominal ultrasound (US)."
NA_ACC = "The diagnostic accuracy of FDG-PET was 90%, which was comparable with that of US or CT."
NA_CONC = "Our data suggest that PET is reliable in detecting liver, metastases from pancreatic cancer."
NA_MISS = "Surgery revealed no metastatic lesions in the liver in 20 of 21 patients, but a liver metastasis was found at surgery in one patient."

claims = [
    # --- Zagon 1999: none, number, population, overreach
    C("59-01", ZA, "none", "Zagon and colleagues (1999) reported that the body's own opioid peptide [Met5]-enkephalin, which they named opioid growth factor, held back the growth of human pancreatic cancer cells in culture, an effect that was dose-related and reversible rather than toxic to the cells.",
      ZA_DOSE, truth_alt=[ZA_DISC]),
    C("59-02", ZA, "number", "In Zagon et al.'s (1999) experiments, growth regulation by opioid growth factor was seen in all six pancreatic cancer cell lines tested, from poorly to well differentiated.",
      ZA_4, wrong="all six pancreatic cancer cell lines"),
    C("59-03", ZA, "population", "Zagon et al. (1999) showed that an opioid peptide produced by the tumour cells themselves keeps the proliferation of rat pancreatic cancer cells in culture in check.",
      ZA_DISC, wrong="rat pancreatic cancer cells", truth_alt=[ZA_4]),
    C("59-04", ZA, "overreach", "Zagon et al. (1999) established beyond doubt that opioid growth factor, acting through the zeta receptor, halts the growth of human pancreatic cancer.",
      ZA_CONC, wrong="established beyond doubt"),
    # --- Adsay 1999: none x2, number, direction
    C("59-05", AD, "none", "Using fluorescence in situ hybridization on paraffin-embedded tissue from 10 pancreatic ductal adenocarcinomas, Adsay et al. (1999) found that losses of chromosomes 8 and 17 were the most frequent changes, each seen in four of the ten tumours.",
      AD_LOSS, truth_alt=[AD_10]),
    C("59-06", AD, "none", "Adsay and colleagues (1999) detected c-myc amplification in two of their ten pancreatic cancers, and neither of these tumours was aneuploid for chromosome 8, where the gene sits.",
      AD_MYC),
    C("59-07", AD, "number", "In a FISH study of 40 pancreatic ductal adenocarcinomas, Adsay et al. (1999) found alterations of chromosome 8, a change better known from prostate cancer, in half of the tumours.",
      AD_10, wrong="40 pancreatic ductal adenocarcinomas", truth_alt=[AD_CH8]),
    C("59-08", AD, "direction", "According to Adsay et al. (1999), gains in chromosome copy number outnumbered losses in the pancreatic cancers they examined by FISH.",
      AD_GAIN, wrong="gains in chromosome copy number outnumbered losses", truth_alt=[AD_LOSS]),
    # --- El-Metwally and Adrian 1999: none x2, comparator, direction
    C("59-09", EL, "none", "El-Metwally and Adrian (1999) showed that how strongly retinoids appear to curb cancer cell proliferation in the laboratory depends on the test conditions: serum, the solvent used as vehicle and its concentration, phenol red, cell confluence and the way proliferation is measured.",
      EL_FACT),
    C("59-10", EL, "none", "Under optimised conditions (serum-free medium, no more than 0.01% DMSO as vehicle, cells in log-phase growth), retinoids strongly inhibited the proliferation of pancreatic cancer cells, even of lines previously described as retinoid resistant (El-Metwally & Adrian, 1999).",
      EL_RES, truth_alt=[EL_OPT]),
    C("59-11", EL, "comparator", "El-Metwally and Adrian (1999) advised measuring the effect of retinoids on pancreatic cancer cells with the MTT assay rather than by counting cells or measuring [3H]thymidine incorporation.",
      EL_OPT, wrong="with the MTT assay rather than by counting cells or measuring [3H]thymidine incorporation", truth_alt=[EL_FACT], accept=["comparator", "direction"]),
    C("59-12", EL, "direction", "In El-Metwally and Adrian's (1999) study, once the test conditions were optimised, retinoids had no antiproliferative effect on the pancreatic cancer cell lines previously documented as retinoid resistant.",
      EL_RES, wrong="had no antiproliferative effect"),
    # --- Sharma 1976: none, number, comparator, population
    C("59-13", SH, "none", "Sharma et al. (1976) measured carcinoembryonic antigen in pure pancreatic juice collected by cannulating the pancreatic duct and found significantly higher levels in patients with pancreatic carcinoma than in patients with pancreatitis or in controls.",
      SH_HIGH, truth_alt=[SH_CANN, SH_PTS]),
    C("59-14", SH, "number", "In Sharma and colleagues' (1976) series, mean pancreatic juice CEA was 30.9 ng/ml in pancreatic carcinoma, against 18.6 ng/ml in pancreatitis and 8.1 ng/ml in controls.",
      SH_MEAN, wrong="30.9 ng/ml"),
    C("59-15", SH, "comparator", "Sharma et al. (1976) found that CEA in pancreatic juice separated pancreatic carcinoma from gallstone disease, with much higher levels in the cancer patients.",
      SH_HIGH, wrong="from gallstone disease", truth_alt=[SH_PTS]),
    C("59-16", SH, "population", "CEA activity in pure pancreatic juice was far higher in patients with bile duct cancer than in those with pancreatitis or in controls (Sharma et al., 1976).",
      SH_HIGH, wrong="patients with bile duct cancer", truth_alt=[SH_PTS]),
    # --- Imdahl 1999: none x2, number, design
    C("59-17", IM, "none", "Imdahl et al. (1999) reported that FDG-PET identified pancreatic cancer with a sensitivity of 0.96 and a specificity of 1.0 when used to tell it apart from chronic pancreatitis.",
      IM_SENS),
    C("59-18", IM, "none", "Of the 48 people scanned by Imdahl and colleagues (1999), five received the correct preoperative diagnosis only thanks to FDG-PET.",
      IM_FIVE, truth_alt=[IM_48]),
    C("59-19", IM, "number", "Imdahl et al.'s (1999) FDG-PET study found a sensitivity of 0.69 and a specificity of 1.0 for pancreatic cancer.",
      IM_SENS, wrong="0.69"),
    C("59-20", IM, "design", "In a randomised controlled trial of 48 patients, Imdahl et al. (1999) found that FDG-PET reliably distinguished chronic pancreatitis from pancreatic cancer.",
      IM_48, wrong="randomised controlled trial", truth_alt=[IM_COMP]),
    # --- Kurtz 1999: none, population, duration, design
    C("59-21", KU, "none", "In a French multicentre compassionate-use study of gemcitabine for advanced pancreatic adenocarcinoma, Kurtz et al. (1999) saw a clinical benefit in 48% of the patients who could be assessed.",
      KU_CB, truth_alt=[KU_OPEN]),
    C("59-22", KU, "population", "Kurtz and colleagues (1999) concluded that gemcitabine can be effective in patients with resectable, early-stage adenocarcinoma of the pancreas.",
      KU_CONC, wrong="resectable, early-stage", truth_alt=[KU_ADV]),
    C("59-23", KU, "duration", "Kurtz et al. (1999) reported median event-free and overall survival of 2.5 and 5 years from study inclusion with compassionate-use gemcitabine.",
      KU_SURV, wrong="2.5 and 5 years", accept=["duration", "number"]),
    C("59-24", KU, "design", "In a randomised multicentre trial of gemcitabine in advanced pancreatic cancer, Kurtz et al. (1999) recorded 2 partial responses and 18 cases of stable disease among 46 assessable patients.",
      KU_OPEN, wrong="randomised", truth_alt=[KU_74]),
    # --- Faivre 1998: none x2, duration, direction
    C("59-25", FA, "none", "Using population-based EUROCARE registry data, Faivre et al. (1998) reported a European mean 5-year relative survival of only 4% for pancreatic cancer, against 5% for primary liver cancer and 12% for biliary tract cancer.",
      FA_5Y, truth_alt=[FA_1Y, FA_EU]),
    C("59-26", FA, "none", "Faivre and colleagues (1998) found that survival from liver, pancreatic and biliary tract cancer in Europe fell with older age at diagnosis, whereas sex made little difference.",
      FA_SEX),
    C("59-27", FA, "duration", "The EUROCARE analysis by Faivre et al. (1998) compared survival from liver, pancreatic and biliary tract cancer across 17 European countries for patients diagnosed from 1975 to 1989.",
      FA_17, wrong="from 1975 to 1989", accept=["duration", "number"]),
    C("59-28", FA, "direction", "Faivre et al.'s (1998) European registry data showed that women survived liver, pancreatic and biliary tract cancer markedly better than men.",
      FA_SEX, wrong="women survived liver, pancreatic and biliary tract cancer markedly better than men"),
    # --- Shimoyama 1999: none x2, direction, comparator
    C("59-29", SY, "none", "Shimoyama et al. (1999) found no significant difference in mean serum angiogenin between patients with chronic pancreatitis and healthy volunteers (about 352 vs 358 ng/ml).",
      SY_SER),
    C("59-30", SY, "none", "According to Shimoyama and colleagues (1999), angiogenin expression is raised in the tissue surrounding pancreatic cancer but not in pure chronic pancreatitis, which points to a role in the tumour's microenvironment.",
      SY_CONC, truth_alt=[SY_SURR]),
    C("59-31", SY, "direction", "Shimoyama et al. (1999) found strong angiogenin mRNA expression in tissue from pure chronic pancreatitis.",
      SY_ISH, wrong="strong angiogenin mRNA expression", truth_alt=[SY_CONC]),
    C("59-32", SY, "comparator", "Shimoyama et al.'s (1999) measurements showed that serum angiogenin in chronic pancreatitis did not differ from that in patients with acute pancreatitis.",
      SY_SER, wrong="patients with acute pancreatitis"),
    # --- Kawarada 1999: none, design, duration, overreach
    C("59-33", KA, "none", "Kawarada et al. (1999) described 169 patients with invasive pancreatic ductal carcinoma operated on at one Japanese university hospital over 22 years, in three successive periods of standard, extended and then modified standard pancreaticoduodenectomy.",
      KA_22, truth_alt=[KA_PER]),
    C("59-34", KA, "design", "In a randomised comparison of three pancreaticoduodenectomy techniques, Kawarada et al. (1999) found better quality of life and survival with a modified standard lymph node dissection.",
      KA_PER, wrong="randomised comparison", truth_alt=[KA_RES]),
    C("59-35", KA, "duration", "Kawarada and colleagues (1999) reviewed 12 years of surgery for invasive pancreatic ductal carcinoma at their hospital, during which 169 of 188 patients were operated on.",
      KA_22, wrong="12 years", accept=["duration", "number"]),
    C("59-36", KA, "overreach", "Kawarada et al.'s (1999) experience proves that the modified standard pancreaticoduodenectomy gives patients with pancreatic head cancer better survival and quality of life than extended surgery.",
      KA_RES, wrong="proves", truth_alt=[KA_PER]),
    # --- Bullock 1999: none x2, duration, design
    C("59-37", BU, "none", "Bullock et al. (1999) reviewed the Medline literature from 1993 to 1998 on p16 in malignant melanoma and pancreatic cancer.",
      BU_SRCH, truth_alt=[BU_REV]),
    C("59-38", BU, "none", "In their review, Bullock and colleagues (1999) noted that only a small share of melanomas and pancreatic cancers carry p16 mutations, but that families with p16 germline mutations have been reported to run a higher risk of these cancers.",
      BU_LOW),
    C("59-39", BU, "duration", "Bullock et al.'s (1999) review covered two decades of Medline literature on p16 in melanoma and pancreatic carcinoma.",
      BU_SRCH, wrong="two decades"),
    C("59-40", BU, "design", "In a cohort study of families carrying p16 germline mutations, Bullock et al. (1999) found a higher risk of melanoma and pancreatic carcinoma.",
      BU_SRCH, wrong="a cohort study of families carrying p16 germline mutations", truth_alt=[BU_REV, BU_LOW]),
    # --- Hidalgo 1999: none, number, duration, overreach
    C("59-41", HI, "none", "Hidalgo et al. (1999) found that weekly gemcitabine with continuous-infusion 5-FU was well tolerated in pancreatic cancer and recommended 900 mg/m2 of gemcitabine for phase II testing, even though the maximum tolerated dose was 1,000 mg/m2.",
      HI_MTD, truth_alt=[HI_REC, HI_TOL]),
    C("59-42", HI, "number", "Hidalgo and colleagues (1999) reported an objective response rate of 39% with gemcitabine plus continuous-infusion fluorouracil in pancreatic cancer.",
      HI_RR, wrong="39%"),
    C("59-43", HI, "duration", "In the phase I-II study by Hidalgo et al. (1999), patients with pancreatic cancer given gemcitabine plus continuous-infusion 5-FU had a median overall survival of 10.3 weeks.",
      HI_SURV, wrong="10.3 weeks", accept=["duration", "number"]),
    C("59-44", HI, "overreach", "The phase I-II trial by Hidalgo et al. (1999) established gemcitabine plus continuous-infusion 5-FU as the standard treatment for pancreatic cancer.",
      HI_TOL, wrong="established gemcitabine plus continuous-infusion 5-FU as the standard treatment"),
    # --- Hoffman and Glimelius 1998: none, population, comparator, direction
    C("59-45", HO, "none", "Hoffman and Glimelius (1998) applied the Clinical Benefit Response criteria retrospectively to 151 patients with pancreatic, biliary or gastric cancer from two trials that randomised chemotherapy plus best supportive care against best supportive care alone.",
      HO_151),
    C("59-46", HO, "population", "Hoffman and Glimelius (1998) tested the Clinical Benefit Response against physicians' and patients' own assessments in 151 patients with pancreatic cancer.",
      HO_151, wrong="151 patients with pancreatic cancer", accept=["population", "number"]),
    C("59-47", HO, "comparator", "In two trials that randomised patients between two chemotherapy regimens, Hoffman and Glimelius (1998) found that the Clinical Benefit Response overestimated benefit in some patients and underestimated it in others.",
      HO_151, wrong="between two chemotherapy regimens", truth_alt=[HO_OVER]),
    C("59-48", HO, "direction", "According to Hoffman & Glimelius (1998), the Clinical Benefit Response failed to show the differences between the randomised groups that the patients' quality-of-life data revealed.",
      HO_SAME, wrong="failed to show the differences between the randomised groups"),
    # --- Nakamoto 1999: none, population, comparator, overreach
    C("59-49", NA, "none", "In 34 patients with histologically proven pancreatic tumours, Nakamoto et al. (1999) found FDG-PET 90% accurate for liver metastases, comparable with ultrasound and CT.",
      NA_ACC, truth_alt=[NA_34]),
    C("59-50", NA, "population", "Nakamoto et al. (1999) found FDG-PET reliable for detecting liver metastases in patients with colorectal cancer.",
      NA_CONC, wrong="patients with colorectal cancer", truth_alt=[NA_34]),
    C("59-51", NA, "comparator", "Nakamoto and colleagues (1999) reported that FDG-PET was as accurate as MRI in finding liver metastases from pancreatic cancer.",
      NA_ACC, wrong="as accurate as MRI", truth_alt=[NA_34]),
    C("59-52", NA, "overreach", "According to Nakamoto et al. (1999), FDG-PET picked up every liver metastasis from pancreatic cancer, so a negative scan rules out liver spread.",
      NA_MISS, wrong="picked up every liver metastasis"),
]

(Path(__file__).resolve().parent / "claims.json").write_text(json.dumps(claims, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
print(len(claims), "claims")
