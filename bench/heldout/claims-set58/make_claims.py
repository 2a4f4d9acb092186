"""Writes claims.json (set 58). Hand-written claims; truth sentences copied verbatim from the abstracts (pool 12).
The C() helper and the field layout are those of set 50's / set 55's make_claims.py (their first lines only were read)."""
import json
from pathlib import Path

def C(id, key, kind, claim, truth, wrong=None, truth_alt=None, accept=None):
    d = {"id": id, "key": key, "kind": kind, "claim": claim, "truth": truth}
    if truth_alt: d["truth_alt"] = truth_alt
    if wrong: d["wrong"] = wrong
    if accept: d["accept"] = accept
    return d

SB, YA, TK, KU, SF = "shibata1999g", "yang1999pancreatic", "takada1999surgery", "kurumatani1999historical", "safran1999paclitaxel"
HL, ST, HR, VO, SU = "hilgers1999high", "stehlin1999study", "hirata1999biochemical", "vogel1999disseminated", "sturm1999clinical"
VI, TU, MA, ED, SS = "vickers1999association", "tucker1999cyclooxygenase", "manes1999neopterin", "edwards1976multiple", "stolzenbergsolomon1999pancreatic"

# Shibata 1999
SB_24 = "In 24 of 30 patients with gastrointestinal tract cancer, Northern blot assay and immunohistochemical staining revealed significantly lower G-gamma 7 expression in tumors than in normal tissues from the same patients."
SB_69 = "Semiquantitative reverse transcription PCRs also showed lower G-gamma 7 expression in tumors than in corresponding normal tissues in 69 of 90 patients."
SB_MICE = "G-gamma 7 expression also suppressed tumorigenicity in BALB/c nude mice until 3 weeks after transplantation."
SB_G1 = "G-gamma 7 expression increased the Go/G1 population and decreased the S phase population when cells were at high density."
# Yang 1999
YA_DESIGN = "The possible association between the risk of pancreatic cancer mortality and hardness levels in drinking water from municipal supplies was investigated in a matched case-control study in Taiwan."
YA_N = "All eligible pancreatic cancer deaths (883 cases) of Taiwan residents from 1990 through 1994 were compared with deaths from other causes (883 controls), and the hardness levels of the drinking water used by these residents were determined."
YA_CTRL = "The control group consisted of people who died from other causes and were pair matched to the cancer cases by sex, year of birth, and year of death."
YA_39 = "The results show that there is a 39 % excess risk of mortality from pancreatic cancer in relation to the use of soft water."
YA_TREND = "Trend analyses showed an increasing odds ratio for pancreatic cancer with decreasing levels of hardness in drinking water."
# Takada 1999
TK_1940 = "Pancreatic cancer surgery was first performed in Japan in the 1940s, although it was not until the 1970s that pancreatic resectional surgery became widely available."
TK_50 = "However, it became clear that such extended operations impair the quality of life of the patient, even though the resectability of cancer increased to up to about 50%."
TK_RETRO = "Although aggressive Japanese surgical strategies have provided important data, most studies have been retrospective."
TK_FUTURE = "In the near future, Japanese surgeons will need to reevaluate their strategies in term of the importance of extended lymphadenectomy with connective tissue dissection and its influence on long-term survival of patients."
TK_RCT = "Such reevaluation will require randomized controlled trials performed according to a detailed and strict protocol."
TK_PPPD = "Pylorus-preserving pancreatoduodenectomy with extended lymphadenectomy, connective tissue dissection, and portal vein resection is a Japanese modification to radical pancreatectomy that improves the quality of life of the patient and does not reduce the survival rate."
# Kurumatani 1999
KU_249 = "To investigate the risks of developing asbestos-related diseases we conducted a historical cohort mortality study on 249 ship repair workers (90 laggers and 159 boiler repairers) in a single U.S. Navy shipyard in Japan."
KU_FU = "We successfully identified the vital status of 87 (96.7%) laggers and 150 (94.3%) boiler repairers, and, of these, 49 (56.3%) and 65 (43.3%) died, respectively, during the follow-up period from 1947 till the end of 1996."
KU_LAG = "The laggers, who had handled asbestos materials directly, showed a significantly elevated SMR of 2.75 (95% C.I.: 1.08-6.48) for lung cancer."
KU_BOIL = "The boiler repairers, who had many chances for secondary exposure to asbestos and a few for direct exposure, showed no elevation of the SMR of lung cancer overall, but there was a borderline statistically significant SMR of 2.41 (90% C.I.: 1.05-5.45) in a longer working years group."
KU_PANC = "Pancreatic cancer yielded a greater SMR than unity (7.78, 90% C.I.: 2.07-25.19) in a longer working years group."
# Safran 1999
SF_MTD = "The maximum tolerated dose of paclitaxel was 50 mg/m2/wk for 6 weeks with abdominal RT."
SF_25 = "Twenty-five patients with locally advanced pancreatic cancer have been entered at the phase II dose level of paclitaxel 50 mg/m2/wk with concurrent RT (total dose, 50 Gy)."
SF_33 = "Of the first 18 assessable patients with pancreatic cancer treated on the phase II study, six obtained a partial response, for a preliminary response rate of 33%."
SF_PHASE = "We completed a phase I study of paclitaxel/RT for locally advanced pancreatic and gastric cancer."
SF_CONC = "These findings demonstrate that paclitaxel-based chemoradiation for locally advanced upper gastrointestinal malignancies is well-tolerated with substantial activity."
# Hilgers 1999
HL_49 = "Using 44 markers, we identified LOH on I p in 49% of 43 cancers."
HL_1P35 = "We found a major consensus region of LOH at 1p35 between loci D1S233 and D1S247."
HL_ROAD = "These data provide a roadmap for further regional mapping, homozygous deletion searches, comparison to LOH patterns seen in other tumor types, and prioritization of studies using candidate genes."
# Stehlin 1999
ST_8WK = "Patients received 9NC orally for 5 days/week; 8 weeks of therapy is required to achieve minimum effective dose."
ST_107 = "107 consecutive patients with advanced adenocarcinoma of the pancreas were enrolled before November 3, 1997."
ST_60 = "Of this group, 47 patients did not receive the minimum 2 courses of treatment necessary to induce response, leaving 60 evaluable patients."
ST_MED = "Median survival was 6.5 months for the 107 total patients and 8.7 months for the 60 evaluable patients, with one patient surviving at 44+ months."
ST_UNTR = "Fifty-seven previously untreated patients had a median survival of 7.3 months compared to 4.7 months for the 50 previously treated patients."
ST_GEM = "Thirty-three patients who failed gemcitabine therapy prior to 9NC treatment had a median survival of 4.7 months."
# Hirata 1999
HR_PILOT = "A pilot study of continuous or intermittent low dose 5-FU and cisplatin chemotherapy (low-dose FP therapy) was conducted at the Department of Surgery of Sapporo Medical University School of Medicine (Group A) and Sapporo Tsukisamu Hospital, and at the Department of Internal Medicine of the Kochi Prefectural Center Hospital (Group B)."
HR_INOP = "The cases with esophageal cancer, stomach cancer, pancreatic cancer, hepatocellular carcinoma or colonic cancer co-existing with their inoperable lesion(s) were considered in this chemotherapy."
HR_4WK = "The procedure consisted of continuous 5-FU 320 mg/m2 i.v. with daily CDDP 2.5 mg/m2 i.v. for five days/week rescue was performed for at least four weeks as a rule."
HR_578 = "The overall response rate was 57.8%."
HR_SE = "The frequencies of severe side effect(s) (grades 3 and 4) were within three to eight percent, and no death from side effect(s) was experienced."
# Vogel 1999
VO_80 = "In this study, we investigated peritoneal lavage and bone marrow samples of 80 pancreatic cancer patients to determine the predictive value of immunocytologically detected disseminated tumor cells."
VO_52 = "Fifty-two % of the patients showed minimal residual disease at least in one compartment (39% positive lavage and 38% positive bone marrow samples)."
VO_STAGE = "The detection rate of isolated tumor cells increased in parallel to the tumor stage."
VO_PERI = "The presence of tumor cells in the peritoneal cavity significantly correlated with the survival time of the patients (P = 0.0035)."
VO_BM = "In bone marrow samples, a strong trend was seen (P = 0.06)."
VO_FU = "Therefore, immunocytological findings were correlated with the clinical follow-up data (median observation time, 10.7 months; range, 2-61 months), and the findings in peritoneal cavity and bone marrow samples were compared."
VO_18 = "The evaluation of both compartments increased the number of positive patients and resulted in a highly significant correlation: all patients who were positive in at least one compartment died within 18 months, whereas negative patients showed a 5-year survival rate of 30% (P<0.0001)."
# Sturm 1999
SU_312 = "Endobiliary brush cytology specimens obtained during endoscopic retrograde cholangiopancreaticography were prospectively collected from 312 consecutive patients with extrahepatic biliary stenosis."
SU_SENS = "The sensitivities of cytology and mutational analysis to detect malignancy were 36 and 42%, respectively."
SU_COMB = "When both tests were combined, the sensitivity increased to 62%."
SU_PANC = "The sensitivity of K-ras mutational analysis was 63% for pancreatic carcinomas compared to 27% for bile duct, gallbladder, and ampullary carcinomas."
SU_SPEC = "The specificity of cytology was 98%, and the specificity of the mutational analysis and of both tests combined was 89%."
# Vickers 1999
VI_12 = "Twelve human pancreatic adenocarcinomas were evaluated using immunohistochemical and in situ hybridization techniques for the appearance of the angiogenic and neurogenic growth factors, acidic fibroblast (FGF-1) and basic fibroblast growth factor (FGF-2), and their high-affinity receptors."
VI_FGF = "Compared with normal human pancreatic tissue, tumor specimens exhibited varying levels of enhanced staining for FGF ligands and receptors."
VI_INOS = "In addition, these pancreatic tumors demonstrated the overexpression of iNOS and immunostaining of nitrotyrosine compared with normal pancreatic tissue."
VI_MRNA = "The increased appearance of FGF-1 and FGF-2 proteins was accompanied by increased detection of messenger RNA encoding each growth factor."
VI_CONC = "Furthermore, we provide the first indication of increased expression of iNOS and protein tyrosine nitration, thereby predicting the potential involvement of oxidant stress during development and progression of pancreatic adenocarcinoma."
# Tucker 1999
TU_60 = "Levels of COX-2 mRNA were increased by >60-fold in pancreatic cancer compared to adjacent nontumorous tissue."
TU_9 = "COX-2 protein was present in 9 of 10 cases of adenocarcinoma of the pancreas but was undetectable in nontumorous pancreatic tissue."
TU_PMA = "In cultured human pancreatic cancer cells, levels of COX-2 mRNA and protein were induced by treatment with tumor-promoting phorbol esters."
TU_EPI = "Immunohistochemical analysis showed that COX-2 was expressed in malignant epithelial cells."
# Manes 1999
MA_CONC = "Determination of these parameters does not provide benefit in the diagnosis of pancreatic cancer."
MA_34 = "Thirty-four patients with pancreatic cancer were studied."
MA_STAGES = "According to the UICC TNM classification 6 were in stage I, 9 in stage II, 6 in stage III, and 13 in stage IV."
MA_CTRL = "Twenty-four patients with chronic pancreatitis, 72 healthy blood donors, and 20 patients with jaundice resulting from gallstones were used as control groups."
MA_HIGH = "Serum levels of neopterin, sIL-2R, and IL-6 were higher in cancer than in pancreatitis and healthy donors, and in pancreatitis higher than in donors."
MA_STAGE = "Serum levels of neopterin, TNF, sIL-2R, and IL-6 were not related to the tumor stage or to Ca 19-9 levels."
MA_CA199 = "Ca 19-9 at the recommended cutoff of 37 U/mL showed the best sensitivity and specificity (88.2 and 87.5%, respectively)."
# Edwards 1976
ED_7 = "The autogenous vein graft alone, or in combination with bovine heterograft, has been used in six patients with gangrenous toes or far advanced ischemia and in one patient with severe claudication."
ED_FLOW = "Flow rates measured on the operating table clearly demonstrated a significant increase in flow through the graft with each additional anastomosis."
ED_PREV = "There has been a greater response to surgery with return of pulses, warmth of the foot, and rapid healing as compared with previous patients having single femoral-tibial anastomoses."
ED_FAIL = "One failure occurred acutely from a technical problem early in the series; one failed at 3 months in a patient with pancreatic cancer and another patient died 2 weeks after operation of a myocardial infarct."
# Stolzenberg-Solomon 1999
SS_COHORT = "We conducted a nested case-control study within the Alpha-Tocopherol, Beta-Carotene Cancer Prevention Study cohort of 29133 male Finnish smokers aged 50-69 years."
SS_126 = "One hundred twenty-six subjects with incident exocrine pancreatic cancer were matched by date of baseline blood draw (+/-30 days), study center, age (+/-5 years), trial intervention group, and completion of dietary history to 247 control subjects, who were alive and free from cancer at the time the case subjects were diagnosed."
SS_HALF = "Serum folate and pyridoxal-5'-phosphate (PLP) concentrations showed statistically significant inverse dose-response relationships with pancreatic cancer risk, with the highest serum tertiles having approximately half the risk of the lowest (folate: OR = 0.45; 95% CI = 0.24-0.82; P for trend = .009, and PLP: OR = 0.48; 95% CI = 0.26-0.88; P for trend = .02)."
SS_SMOKE = "An increased pancreatic cancer risk was also observed with greater exposure to cigarettes (e.g., pack-years [number of packs smoked per day x number of years of smoking], highest versus lowest quartile: OR = 2.13; 95% CI = 1.13-3.99; P for trend = .04)."

CLAIMS = [
 # Shibata 1999: none, number, duration, direction
 C("shibata-n1", SB, "none",
   "In tumour and matched normal tissue from patients with gastrointestinal cancers, Shibata et al. (1999) found G-gamma 7 expression to be markedly reduced in the tumours, in 24 of the 30 patients examined by Northern blot and immunostaining.",
   SB_24),
 C("shibata-num", SB, "number",
   "RT-PCR confirmed the loss: G-gamma 7 was lower in tumour than in the corresponding normal tissue in 79 of 90 patients (Shibata et al., 1999).",
   SB_69, wrong="79 of 90"),
 C("shibata-dur", SB, "duration",
   "Shibata and colleagues (1999) reported that restoring G-gamma 7 in an oesophageal carcinoma line held back tumour formation in nude mice for three months after transplantation.",
   SB_MICE, wrong="for three months"),
 C("shibata-dir", SB, "direction",
   "According to Shibata et al. (1999), dense cultures expressing G-gamma 7 shifted out of G0/G1 and into S phase, a change linked to p27kip1.",
   SB_G1, wrong="shifted out of G0/G1 and into S phase"),
 # Yang 1999: none x2, comparator, design
 C("yang-n1", YA, "none",
   "Yang et al. (1999) estimated that drinking soft water carried a 39% excess risk of dying from pancreatic cancer in Taiwan.",
   YA_39),
 C("yang-n2", YA, "none",
   "The softer the municipal water, the higher the odds of pancreatic cancer death, with a clear trend across hardness levels (Yang et al., 1999).",
   YA_TREND),
 C("yang-comp", YA, "comparator",
   "Yang and colleagues (1999) compared 883 Taiwanese who died of pancreatic cancer with 883 living residents free of cancer, matched for sex and age, and looked at the hardness of their tap water.",
   YA_CTRL, truth_alt=[YA_N], wrong="883 living residents free of cancer"),
 C("yang-des", YA, "design",
   "In a prospective cohort of Taiwanese residents followed from 1990 to 1994, Yang et al. (1999) linked soft drinking water to pancreatic cancer mortality.",
   YA_DESIGN, wrong="a prospective cohort of Taiwanese residents followed"),
 # Takada 1999: none, number, design, overreach
 C("takada-n1", TK, "none",
   "Although the first pancreatic cancer operations in Japan date from the 1940s, Takada (1999) notes that resection only became widely available there in the 1970s.",
   TK_1940),
 C("takada-num", TK, "number",
   "Takada's (1999) review reports that Japan's extended radical operations raised the resectability of pancreatic cancer to as much as 80%, at a cost in quality of life.",
   TK_50, wrong="as much as 80%"),
 C("takada-des", TK, "design",
   "The aggressive Japanese approach to pancreatic cancer surgery rests mainly on randomised controlled trials, as Takada (1999) describes.",
   TK_RETRO, truth_alt=[TK_RCT], wrong="rests mainly on randomised controlled trials"),
 C("takada-over", TK, "overreach",
   "Takada (1999) showed that extended lymphadenectomy with connective tissue dissection improves the long-term survival of patients with pancreatic cancer.",
   TK_FUTURE, truth_alt=[TK_RCT], wrong="showed that extended lymphadenectomy with connective tissue dissection improves the long-term survival"),
 # Kurumatani 1999: none x2, population, duration
 C("kurumatani-n1", KU, "none",
   "Kurumatani et al. (1999) followed 249 ship repair workers at a U.S. Navy yard in Japan, 90 laggers and 159 boiler repairers, to study asbestos-related deaths.",
   KU_249),
 C("kurumatani-n2", KU, "none",
   "Laggers, who handled asbestos directly, had lung cancer mortality almost three times the expected rate (SMR 2.75) in Kurumatani and colleagues' (1999) shipyard cohort.",
   KU_LAG),
 C("kurumatani-pop", KU, "population",
   "In the study by Kurumatani et al. (1999), the boiler repairers had a significantly raised lung cancer SMR of 2.75.",
   KU_LAG, truth_alt=[KU_BOIL], wrong="the boiler repairers"),
 C("kurumatani-dur", KU, "duration",
   "Over roughly twenty years of follow-up, about half of the shipyard workers traced by Kurumatani et al. (1999) died.",
   KU_FU, wrong="roughly twenty years of follow-up"),
 # Safran 1999: none, population, design, overreach
 C("safran-n1", SF, "none",
   "In the phase II pancreatic cohort of Safran et al. (1999), six of the first 18 assessable patients had a partial response to weekly paclitaxel with radiation, a preliminary response rate of 33%.",
   SF_33),
 C("safran-pop", SF, "population",
   "Safran and colleagues (1999) gave weekly paclitaxel at 50 mg/m2 with 50 Gy radiation to 25 patients with metastatic pancreatic cancer.",
   SF_25, wrong="metastatic pancreatic cancer"),
 C("safran-des", SF, "design",
   "A randomised phase III trial by Safran et al. (1999) established 50 mg/m2 a week as the tolerable dose of paclitaxel when given for six weeks with abdominal radiotherapy.",
   SF_MTD, truth_alt=[SF_PHASE], wrong="A randomised phase III trial"),
 C("safran-over", SF, "overreach",
   "Safran et al.'s (1999) results established paclitaxel-based chemoradiation as the standard treatment for locally advanced cancers of the pancreas, stomach and gastroesophageal junction.",
   SF_CONC, wrong="established paclitaxel-based chemoradiation as the standard treatment"),
 # Hilgers 1999: none x2, number, overreach
 C("hilgers-n1", HL, "none",
   "Hilgers et al. (1999) mapped chromosome arm 1p with 44 markers and found loss of heterozygosity in about half of 43 pancreatic cancers.",
   HL_49),
 C("hilgers-n2", HL, "none",
   "The 1p losses in pancreatic cancer cluster in a consensus region at 1p35, between D1S233 and D1S247 (Hilgers et al., 1999).",
   HL_1P35),
 C("hilgers-num", HL, "number",
   "In Hilgers and colleagues' (1999) deletion map, 1p showed loss of heterozygosity in 49% of 93 pancreatic adenocarcinomas.",
   HL_49, wrong="93 pancreatic adenocarcinomas"),
 C("hilgers-over", HL, "overreach",
   "Hilgers et al. (1999) identified the tumour suppressor gene on 1p35 that drives pancreatic cancer.",
   HL_ROAD, truth_alt=[HL_1P35], wrong="identified the tumour suppressor gene on 1p35 that drives pancreatic cancer"),
 # Stehlin 1999: none, number, comparator, duration
 C("stehlin-n1", ST, "none",
   "With oral 9-nitrocamptothecin, median survival was 6.5 months across all 107 patients with advanced pancreatic cancer and 8.7 months among the 60 who could be evaluated (Stehlin et al., 1999).",
   ST_MED),
 C("stehlin-num", ST, "number",
   "Of the 107 patients enrolled by Stehlin et al. (1999), only 47 completed the two courses needed to be evaluable for response.",
   ST_60, wrong="only 47 completed"),
 C("stehlin-comp", ST, "comparator",
   "Stehlin et al. (1999) found that untreated patients given 9-nitrocamptothecin lived longer (median 7.3 months) than patients randomised to gemcitabine (4.7 months).",
   ST_UNTR, truth_alt=[ST_GEM], wrong="patients randomised to gemcitabine", accept=["comparator", "design"]),
 C("stehlin-dur", ST, "duration",
   "In Stehlin and colleagues' (1999) study, 9-nitrocamptothecin was taken by mouth five days a week, and eight months of therapy were needed to reach the minimum effective dose.",
   ST_8WK, wrong="eight months of therapy"),
 # Hirata 1999: none, population, design, duration
 C("hirata-n1", HR, "none",
   "Low-dose continuous 5-FU with cisplatin produced an overall response rate of about 58% in Hirata et al.'s (1999) pilot study, with grade 3-4 side effects in only 3-8% of cases.",
   HR_578, truth_alt=[HR_SE]),
 C("hirata-pop", HR, "population",
   "Hirata et al. (1999) gave low-dose FP chemotherapy to patients with resectable oesophageal, gastric, pancreatic, liver and colon cancers.",
   HR_INOP, wrong="resectable"),
 C("hirata-des", HR, "design",
   "In a randomised multicentre trial, Hirata and colleagues (1999) tested low-dose 5-FU plus cisplatin in gastrointestinal cancers.",
   HR_PILOT, wrong="a randomised multicentre trial"),
 C("hirata-dur", HR, "duration",
   "The regimen of Hirata et al. (1999), continuous 5-FU 320 mg/m2 with daily cisplatin 2.5 mg/m2 five days a week, was given for at least four months as a rule.",
   HR_4WK, wrong="at least four months"),
 # Vogel 1999: none x2, direction, duration
 C("vogel-n1", VO, "none",
   "Vogel et al. (1999) found disseminated tumour cells in the peritoneal lavage or bone marrow of 52% of 80 patients with pancreatic cancer.",
   VO_52, truth_alt=[VO_80]),
 C("vogel-n2", VO, "none",
   "Tumour cells in the peritoneal cavity were significantly tied to shorter survival, while bone marrow findings showed only a trend, as Vogel et al. (1999) observed.",
   VO_PERI, truth_alt=[VO_BM]),
 C("vogel-dir", VO, "direction",
   "Vogel and colleagues (1999) reported that isolated tumour cells were found less often as the tumour stage advanced.",
   VO_STAGE, wrong="less often as the tumour stage advanced"),
 C("vogel-dur", VO, "duration",
   "Over a median follow-up of 10.7 years, Vogel et al. (1999) related immunocytological findings in lavage and marrow to the survival of pancreatic cancer patients.",
   VO_FU, wrong="10.7 years"),
 # Sturm 1999: none, number, direction, design
 C("sturm-n1", SU, "none",
   "Combining brush cytology with K-ras codon 12 analysis raised the sensitivity for malignant biliary stenosis to 62%, Sturm et al. (1999) reported.",
   SU_COMB),
 C("sturm-num", SU, "number",
   "In Sturm et al.'s (1999) series, K-ras mutation analysis on its own detected 72% of malignant strictures, against 36% for conventional cytology.",
   SU_SENS, wrong="72%"),
 C("sturm-dir", SU, "direction",
   "K-ras analysis of biliary brushings was more sensitive for bile duct, gallbladder and ampullary carcinomas than for pancreatic carcinomas (Sturm et al., 1999).",
   SU_PANC, wrong="more sensitive for bile duct, gallbladder and ampullary carcinomas than for pancreatic carcinomas"),
 C("sturm-des", SU, "design",
   "Sturm and colleagues (1999) retrospectively reviewed the records of 312 patients with extrahepatic biliary stenosis to assess K-ras testing of brush cytology.",
   SU_312, wrong="retrospectively reviewed the records"),
 # Vickers 1999: none x2, comparator, overreach
 C("vickers-n1", VI, "none",
   "Vickers et al. (1999) examined 12 human pancreatic adenocarcinomas and found stronger staining for FGF-1, FGF-2 and their receptors than in normal pancreas.",
   VI_FGF, truth_alt=[VI_12]),
 C("vickers-n2", VI, "none",
   "The pancreatic tumours studied by Vickers and colleagues (1999) overexpressed iNOS and stained for nitrotyrosine, unlike normal pancreatic tissue.",
   VI_INOS),
 C("vickers-comp", VI, "comparator",
   "Compared with tissue from chronic pancreatitis, the adenocarcinomas in Vickers et al.'s (1999) study showed enhanced staining for FGF ligands and receptors.",
   VI_FGF, wrong="tissue from chronic pancreatitis"),
 C("vickers-over", VI, "overreach",
   "Vickers et al. (1999) proved that oxidant stress drives the development and progression of pancreatic adenocarcinoma.",
   VI_CONC, wrong="proved that oxidant stress drives"),
 # Tucker 1999: none x2, number, population
 C("tucker-n1", TU, "none",
   "Tucker et al. (1999) detected COX-2 protein in nine of ten pancreatic adenocarcinomas but none in the adjacent non-tumorous pancreas.",
   TU_9),
 C("tucker-n2", TU, "none",
   "In cultured human pancreatic cancer cells, tumour-promoting phorbol esters switched on COX-2 mRNA and protein (Tucker et al., 1999).",
   TU_PMA),
 C("tucker-num", TU, "number",
   "COX-2 mRNA levels were about sixfold higher in pancreatic cancer than in neighbouring normal tissue, according to Tucker and colleagues (1999).",
   TU_60, wrong="about sixfold higher"),
 C("tucker-pop", TU, "population",
   "Tucker et al. (1999) found COX-2 protein in 9 of 10 pancreatic neuroendocrine tumours, but not in nontumorous tissue.",
   TU_9, wrong="pancreatic neuroendocrine tumours"),
 # Manes 1999: none, population, comparator, direction
 C("manes-n1", MA, "none",
   "Manes et al. (1999) found higher serum neopterin, sIL-2R and IL-6 in pancreatic cancer than in chronic pancreatitis or healthy donors, yet concluded that these markers add nothing to diagnosis.",
   MA_HIGH, truth_alt=[MA_CONC]),
 C("manes-pop", MA, "population",
   "Serum neopterin was measured by Manes et al. (1999) in 34 patients with stage I pancreatic cancer.",
   MA_STAGES, truth_alt=[MA_34], wrong="stage I pancreatic cancer"),
 C("manes-comp", MA, "comparator",
   "In Manes and colleagues' (1999) study, neopterin was higher in pancreatic cancer than in 24 patients with acute pancreatitis.",
   MA_CTRL, truth_alt=[MA_HIGH], wrong="24 patients with acute pancreatitis", accept=["comparator", "population"]),
 C("manes-dir", MA, "direction",
   "Serum neopterin rose with advancing tumour stage in patients with pancreatic adenocarcinoma (Manes et al., 1999).",
   MA_STAGE, wrong="rose with advancing tumour stage"),
 # Edwards 1976: none, comparator, direction, overreach
 C("edwards-n1", ED, "none",
   "Edwards et al. (1976) used multiple sequential anastomoses of a single vein graft below the knee in seven patients, six with gangrenous toes or far advanced ischaemia and one with severe claudication.",
   ED_7),
 C("edwards-comp", ED, "comparator",
   "Edwards and colleagues (1976) saw better return of pulses and faster healing than in earlier patients given grafts to the popliteal artery alone.",
   ED_PREV, wrong="earlier patients given grafts to the popliteal artery alone"),
 C("edwards-dir", ED, "direction",
   "Intraoperative measurements by Edwards et al. (1976) showed graft flow falling with each additional distal anastomosis.",
   ED_FLOW, wrong="falling"),
 C("edwards-over", ED, "overreach",
   "With multiple sequential femoral-tibial grafting, every one of the severely ischaemic limbs was saved in Edwards et al.'s (1976) series.",
   ED_FAIL, wrong="every one of the severely ischaemic limbs was saved"),
 # Stolzenberg-Solomon 1999: none x2, population, direction
 C("stolz-n1", SS, "none",
   "Stolzenberg-Solomon et al. (1999) found that men in the highest tertiles of serum folate and pyridoxal-5'-phosphate had roughly half the pancreatic cancer risk of those in the lowest.",
   SS_HALF),
 C("stolz-n2", SS, "none",
   "Heavier smoking, measured in pack-years, was linked to a doubled risk of pancreatic cancer in the nested case-control study of Stolzenberg-Solomon and colleagues (1999).",
   SS_SMOKE),
 C("stolz-pop", SS, "population",
   "Stolzenberg-Solomon et al. (1999) nested their case-control study in the ATBC cohort of 29,133 Finnish women who smoked, aged 50 to 69.",
   SS_COHORT, wrong="Finnish women who smoked"),
 C("stolz-dir", SS, "direction",
   "Higher serum folate was associated with an increased risk of exocrine pancreatic cancer among male smokers (Stolzenberg-Solomon et al., 1999).",
   SS_HALF, wrong="an increased risk"),
]

(Path(__file__).resolve().parent / "claims.json").write_text(json.dumps(CLAIMS, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
print(len(CLAIMS), "claims written")
