"""Writes claims.json (set 17, pool 2). Hand-written claims; truth sentences copied verbatim from the abstracts."""
import json
from pathlib import Path

def C(id, key, kind, claim, truth, wrong=None, truth_alt=None, accept=None):
    d = {"id": id, "key": key, "kind": kind, "claim": claim, "truth": truth}
    if truth_alt: d["truth_alt"] = truth_alt
    if wrong: d["wrong"] = wrong
    if accept: d["accept"] = accept
    return d

AL, CO, CI, MA, NE = "alpert2007validation", "courtney2008privacy", "cicala1988evaluation", "madan2007results", "nef2015evaluation"
RO, AA, X9, ST, DE = "rogers1990labetalol", "alberdiaramendi2018automatic", "cox1989ofloxacin", "stewart1990coadministration", "derweesh2007risk"
HU, NU, BR, MU, X8 = "huang2010time", "nutting1989further", "broner1988effect", "muhlbauer1986opioid", "cox1988comparison"

AL_OVERSAMPLED = "The study population was oversampled for obese and hypertensive patients, the major target groups in whom blood pressure must be able to be recorded accurately to optimize diagnosis and management of cardiovascular disease."
AL_MEAN = "The mean+/-standard deviation for the device readings compared with auscultation by paired, trained, blinded observers for systolic blood pressure was -1.0+/-4.1 mmHg; for diastolic blood pressure it was -0.4+/-6.1 mmHg."
CO_METHODS = "This qualitative study, guided by principles of grounded theory research, investigated the relationship between privacy, living environment and willingness of older adults living in residential care facilities to adopt smart home IT through focus groups and individual interviews."
CO_FINDING = "The findings from this study indicate that privacy can be a barrier for older adults' adoption of smart home IT; however their own perception of their need for the technology may override their privacy concerns."
CI_MEANS = "The average arterial PT was 0.12 seconds less than venous control and the average arterial aPTT was 0.49 seconds greater than control."
NE_RF = "Based on our results, the RF classifier recognized activities with an average specificity of 96.53%, a sensitivity of 68.49%, a precision of 74.41% and an F-measure of 71.33%, outperforming both the NB and SVM classifiers."
NE_200 = "To evaluate the recognition performance from a 200-day dataset, we implemented three different active learning classification algorithms and compared their performance: naive Bayesian (NB), support vector machine (SVM) and random forest (RF)."
AA_DATA = "After gathering the longitudinal smart home data of 29 older adults for an average of >2 years, we automatically labeled the data with corresponding activity classes and extracted time-series statistics containing 10 behavioral features."
X9_MAIN = "Compared with carbenicillin and trimethoprim/sulfamethoxazole in separate studies of complicated urinary tract infection, ofloxacin achieved a significantly higher rate (p = 0.048) of microbiologic cures and more clinical cures than carbenicillin, while essentially matching the efficacy of the trimethoprim/sulfamethoxazole combination."
DE_NODM = "At a median follow-up of 60.1 months, 36 (11.3%) patients developed NODM."
HU_FIVE = "Five workers in southern Taiwan wore the RFEMS integrated into their equipment vests."
NU_EXP = "Experimental rats received 1 mg/h of L-81 in their emulsion whereas control rats lacked L-81."
BR_METHODS = "To determine if pretreatment with free radical scavengers can prevent endotoxin-induced mortality, mice rendered sensitive to endotoxin with actinomycin D were treated with either superoxide dismutase (SOD), N-acetylcysteine (NAC) or saline and were then challenged with a dose of endotoxin calculated to cause a mortality of greater than 80%."
BR_SOD = "Increased survival was seen in the SOD-treated group compared to the control group (p less than or equal to .05)."
MU_MAIN = "The total opioid peptide content found in the HPLC fractions 6-20 (to avoid salts in fractions 1-5) of SDAT CSF (383 +/- 187 pmol ME-equivalents per ml CSF) is significantly higher than the corresponding total from patients with no known neurological disorders (89.1 +/- 46.3 pmol ME-equivalents per ml)."
X8_CONC = "Enoxacin is effective in treating complicated urinary tract infections caused by a variety of organisms and is comparable in effectiveness with co-trimoxazole."
X8_ENTRY = "Fifty-six patients with complicated, recurrent urinary tract infections were entered in a study comparing the clinical and microbiological effectiveness of enoxacin with that of co-trimoxazole (trimethoprim/sulphamethoxazole)."

CLAIMS = [
 # Alpert 2007 (single author)
 C("alpert-n1", AL, "none",
   "Alpert (2007) put the low-cost Welch Allyn Spot Vital Signs monitor through the ANSI/AAMI SP10:2002 protocol in a sample deliberately enriched with obese and hypertensive people, and both its systolic and diastolic readings passed AAMI criteria.",
   "These passed AAMI criteria.", truth_alt=[AL_OVERSAMPLED, AL_MEAN]),
 C("alpert-num", AL, "number",
   "Against auscultation by paired, blinded observers, the device's systolic readings were off by a mean of -1.0 ± 6.1 mmHg (Alpert, 2007).",
   AL_MEAN, wrong="-1.0 ± 6.1 mmHg"),
 C("alpert-pop", AL, "population",
   "In a validation sample limited to normal-weight, normotensive volunteers, the Spot Vital Signs device met AAMI accuracy criteria (Alpert, 2007).",
   "Both obese and hypertensive participants were overrepresented in the study population.",
   wrong="limited to normal-weight, normotensive volunteers", truth_alt=[AL_OVERSAMPLED]),
 C("alpert-over", AL, "overreach",
   "According to Alpert's (2007) validation, the inexpensive Spot Vital Signs device is accurate enough to replace auscultatory measurement in every clinical setting.",
   "The Welch Allyn Spot Vital Signs device provides a cost-effective alternative for medical-care delivery sites where accuracy and cost are both high priorities.",
   wrong="accurate enough to replace auscultatory measurement in every clinical setting"),
 # Courtney 2008 (single author)
 C("courtney-n1", CO, "none",
   "Older residents of residential care facilities told Courtney (2008), in focus groups and one-to-one interviews, that privacy could hold them back from adopting smart home technology, although a perceived need for it might outweigh those worries.",
   CO_FINDING, truth_alt=[CO_METHODS]),
 C("courtney-n2", CO, "none",
   "Privacy concerns, as a barrier to taking up technology, seem to be shaped by both individual-level and community-level factors (Courtney, 2008).",
   "Privacy concerns, as a barrier to technology adoption, can be influenced by both individual-level and community-level factors."),
 C("courtney-des", CO, "design",
   "A 2008 questionnaire survey by Courtney of seniors in residential care found that privacy can stand in the way of adopting smart home IT.",
   CO_METHODS, wrong="questionnaire survey", truth_alt=[CO_FINDING]),
 C("courtney-pop", CO, "population",
   "Courtney's (2008) study suggests that for community-dwelling seniors living in their own homes, privacy can be a barrier to smart home IT, unless they feel they need it.",
   CO_METHODS, wrong="community-dwelling seniors living in their own homes", truth_alt=[CO_FINDING]),
 # Cicala 1988
 C("cicala-n1", CI, "none",
   "Cicala et al. (1988) drew arterial samples through Lab-Site tubing without wasting any blood and found prothrombin times correlated closely with simultaneously drawn venous samples (r = 0.966).",
   "Regression analysis showed a correlation coefficient of 0.966 for PT and 0.935 for aPTT, demonstrating an excellent correlation for the technique.",
   truth_alt=["Blood from arterial lines that consisted of 20-gauge catheters connected to Lab-Site tubing was withdrawn in the method suggested by the manufacturer with no removal or wasting of excess blood from the system."]),
 C("cicala-n2", CI, "none",
   "On average, arterial-line PT ran 0.12 s below the venous control and aPTT 0.49 s above it, and neither gap was significant (Cicala and colleagues, 1988).",
   CI_MEANS, truth_alt=["Neither of these differences was significant."]),
 C("cicala-comp", CI, "comparator",
   "Coagulation results from heparinised arterial lines fitted with Lab-Site tubing agreed well with samples taken by the conventional discard technique from the same line (Cicala et al., 1988).",
   "Prothrombin time (PT) and activated partial thromboplastin time (aPTT) studies performed on this sample were compared with those performed on a simultaneously drawn venous sample.",
   wrong="samples taken by the conventional discard technique from the same line"),
 C("cicala-dir", CI, "direction",
   "With the Lab-Site set-up, arterial PT came out slightly longer than the venous control on average, although the difference was not significant (Cicala and colleagues, 1988).",
   CI_MEANS, wrong="slightly longer than the venous control"),
 # Madan 2007
 C("madan-n1", MA, "none",
   "Madan et al. (2007) reported no complications among the five teenagers who had laparoscopic Roux-en-Y gastric bypass in their adult bariatric programme, and all of them went home on postoperative day 2.",
   "There were no complications in this subset of patients.", truth_alt=["All 5 patients were discharged on postoperative day 2."]),
 C("madan-num", MA, "number",
   "Teenagers made up just 5 of the 202 gastric bypass patients at the institution, and their mean excess weight loss reached 87% (Madan and colleagues, 2007).",
   "The mean %EBWL was 77% (range, 58%-88%).", wrong="87%"),
 C("madan-dur", MA, "duration",
   "Followed for as long as six years after surgery, the teenage bypass patients lost a mean of 77% of their excess body weight (Madan et al., 2007).",
   "Follow-up ranged from 17.8 to 44.8 months.", wrong="as long as six years"),
 C("madan-over", MA, "overreach",
   "A 2007 study by Madan et al. shows laparoscopic gastric bypass to be the treatment of choice for morbidly obese adolescents.",
   "Long-term data will be needed to determine its role in the treatment of morbidly obese adolescents.",
   wrong="the treatment of choice for morbidly obese adolescents",
   truth_alt=["The laparoscopic gastric bypass procedure is technically feasible in teenaged patients, with excellent results even when performed in an adult bariatric program."]),
 # Nef 2015
 C("nef-n1", NE, "none",
   "Using passive infrared motion sensors in a smart apartment, Nef and colleagues (2015) found that a random forest classifier recognised daily activities with 96.53% specificity but only 68.49% sensitivity.",
   NE_RF),
 C("nef-n2", NE, "none",
   "Activity labels collected once in one smart home could train recognition systems for other homes, and clustering the sensor firings markedly improved the random forest's results (Nef et al., 2015).",
   "Further clustering markedly improved the results of the RF classifier.",
   truth_alt=["In a novel approach, we describe a technology that allows the ground truth collected in one smart home to train activity recognition systems for other smart homes."]),
 C("nef-comp", NE, "comparator",
   "In Nef et al.'s (2015) smart-home data, random forest beat both logistic regression and k-nearest-neighbour classifiers at recognising activities of daily living.",
   NE_RF, wrong="logistic regression and k-nearest-neighbour classifiers", truth_alt=[NE_200]),
 C("nef-dur", NE, "duration",
   "Evaluated on a 20-day dataset of PIR sensor firings, the random forest outperformed naive Bayes and SVM (Nef and colleagues, 2015).",
   NE_200, wrong="20-day", accept=["duration", "number"]),
 # Rogers 1990
 C("rogers-n1", RO, "none",
   "Oral labetalol was absorbed quickly in women with pregnancy-induced hypertension, reaching a peak of about 881 ng/ml twenty minutes after the dose, Rogers et al. (1990) reported.",
   "Labetalol exhibited rapid absorption; peak serum concentrations of 881 +/- 219 ng/ml occurred at 20 minutes after labetalol ingestion."),
 C("rogers-dir", RO, "direction",
   "Rogers and colleagues (1990) found labetalol's terminal half-life in these pregnant women to be longer than that reported in normotensive volunteers or non-pregnant hypertensive patients.",
   "The terminal elimination half-life (mean, 1.7 +/- 0.27 hours) was found to be shorter than that reported for normotensive volunteers or nonpregnant hypertensive patients (mean, 6 to 8 hours).",
   wrong="longer than"),
 C("rogers-pop", RO, "population",
   "In eight women with pregnancy-induced hypertension in the second trimester, labetalol's mean apparent oral clearance was 21.8 ml/min/kg (Rogers et al., 1990).",
   "Pharmacokinetic parameters of oral labetalol were studied in eight women with pregnancy-induced hypertension in the third trimester of pregnancy.",
   wrong="second trimester"),
 C("rogers-num", RO, "number",
   "Labetalol turned up in fetal cord blood at roughly 16% of the simultaneous maternal venous concentration (Rogers and colleagues, 1990).",
   "Labetalol was detected in fetal cord samples and amniotic fluid samples at concentrations approximately 50% and 16% that of simultaneous maternal vein samples, respectively.",
   wrong="roughly 16%"),
 # Alberdi Aramendi 2018
 C("alberdi-n1", AA, "none",
   "Alberdi Aramendi et al. (2018) collected smart-home data from 29 older adults over more than two years on average and could predict their total IADL-C scores from it.",
   AA_DATA, truth_alt=["Results show that total IADL-C score and subscores can be predicted by means of activity-aware smart home data, as well as a reliable change in these scores."]),
 C("alberdi-dur", AA, "duration",
   "Functional health in the smart-home cohort was rated with the IADL-C scale every month (Alberdi Aramendi and colleagues, 2018).",
   "Functional health was assessed every six months by means of the Instrumental Activities of Daily Living-Compensation (IADL-C) scale.",
   wrong="every month", accept=["duration", "number"]),
 C("alberdi-des", AA, "design",
   "In a cross-sectional analysis of 29 older adults' smart-home behaviour, Alberdi Aramendi et al. (2018) predicted functional health scores from 10 behavioural features.",
   AA_DATA, wrong="cross-sectional analysis"),
 C("alberdi-over", AA, "overreach",
   "Alberdi Aramendi and colleagues' (2018) models are accurate enough to replace clinical assessment of functional health in older adults living at home.",
   "Future work must focus on improving the sensitivity of the presented models and performing an in-depth feature selection to improve overall accuracy.",
   wrong="accurate enough to replace clinical assessment of functional health"),
 # Cox 1989 (single author)
 C("cox89-n1", X9, "none",
   "In complicated urinary tract infection, Cox (1989) found ofloxacin about as effective as trimethoprim/sulfamethoxazole and better than carbenicillin.",
   "Overall, these studies indicate that in complicated urinary tract infection the efficacy of ofloxacin is comparable with that of trimethoprim/sulfamethoxazole and superior to that of carbenicillin.",
   truth_alt=[X9_MAIN]),
 C("cox89-comp", X9, "comparator",
   "Ofloxacin achieved a significantly higher microbiological cure rate than trimethoprim/sulfamethoxazole in complicated urinary tract infection (Cox, 1989).",
   X9_MAIN, wrong="than trimethoprim/sulfamethoxazole", accept=["comparator", "direction"]),
 C("cox89-num", X9, "number",
   "In the prostatitis study, ofloxacin 400 mg twice daily was set against carbenicillin every six hours, and both cleared the infecting organisms in every patient (Cox, 1989).",
   "In preliminary data from the prostatitis study comparing ofloxacin 300 mg given twice daily with carbenicillin 764 mg given every six hours, microbiologic cure rates were 100 percent with both medications.",
   wrong="400 mg"),
 C("cox89-des", X9, "design",
   "In placebo-controlled trials, Cox (1989) found ofloxacin well tolerated, with less nausea and diarrhoea than carbenicillin.",
   "Throughout these trials, ofloxacin has shown excellent safety and tolerability, with a lower incidence of nausea and diarrhea than with carbenicillin, and less nausea and rash than with trimethoprim/sulfamethoxazole.",
   wrong="placebo-controlled trials", truth_alt=[X9_MAIN], accept=["design", "comparator"]),
 # Stewart 1990
 C("stewart-n1", ST, "none",
   "Stewart et al. (1990) gave fifteen patients with rheumatoid arthritis 15 mg of methotrexate orally and intravenously, with and without naproxen 1000 mg/day, and saw no toxicity either way.",
   "Fifteen patients (30 to 78 years of age) with diagnoses of rheumatoid arthritis were administered oral and intravenous methotrexate (15 mg), alone or with concomitant naproxen (1000 mg/day).",
   truth_alt=["No toxicity was observed when patients received methotrexate alone or with naproxen."]),
 C("stewart-dir", ST, "direction",
   "Adding naproxen significantly reduced systemic methotrexate clearance in the twelve patients who completed the study (Stewart and colleagues, 1990).",
   "In twelve patients who completed the study, methotrexate systemic clearance was not statistically different with naproxen (103.3 +/- 35.0 ml/min) versus without naproxen (113.4 +/- 48.3 ml/min; p = 0.37).",
   wrong="significantly reduced", accept=["direction", "overreach"]),
 C("stewart-pop", ST, "population",
   "Concomitant naproxen did not abruptly alter the disposition of low-dose methotrexate in rheumatoid arthritis patients with impaired renal function (Stewart et al., 1990).",
   "This study indicates that concomitant naproxen does not abruptly alter the disposition of low-dose methotrexate in patients with rheumatoid arthritis who have normal renal function.",
   wrong="with impaired renal function"),
 C("stewart-dur", ST, "duration",
   "Blood and urine were sampled for 72 hours after each methotrexate dose, and neither renal clearance nor protein binding shifted with naproxen, as Stewart and colleagues' (1990) study showed.",
   "Serial blood samples and urine were collected for 24 hours after the dose of methotrexate and were assayed for methotrexate by a specific radioenzymatic method.",
   wrong="72 hours", accept=["duration", "number"]),
 # Derweesh 2007
 C("derweesh-n1", DE, "none",
   "Among 396 men on androgen-deprivation therapy for prostate cancer, a BMI of 30 kg/m2 or more carried higher odds of new-onset diabetes (OR 4.65), Derweesh and colleagues (2007) found.",
   "On multivariate analysis, a BMI of >/=30 kg/m(2) was associated with an increased risk of developing NODM (odds ratio 4.65, P = 0.031).",
   truth_alt=["In all, 396 patients (median age 73.2 years; median BMI of 26.7 kg/m(2) at ADT initiation) were analysed."]),
 C("derweesh-num", DE, "number",
   "New-onset diabetes developed in 21.3% of men after they started ADT (Derweesh et al., 2007).",
   DE_NODM, wrong="21.3%"),
 C("derweesh-dur", DE, "duration",
   "Over a median follow-up of about two years, 36 men on ADT developed new-onset diabetes (Derweesh et al., 2007).",
   DE_NODM, wrong="about two years"),
 C("derweesh-des", DE, "design",
   "In a prospective cohort of men starting ADT for prostate cancer, Derweesh and colleagues (2007) found that among the 77 with pre-existing diabetes, HbA1c rose by at least 10% in 15.",
   "We retrospectively reviewed patients receiving ADT for prostate cancer at our institution between January 1989 and July 2005; those with incomplete information and those receiving only neoadjuvant ADT were excluded.",
   wrong="prospective cohort",
   truth_alt=["In 77 patients with pre-existing DM, there was an increase of >/=10% in serum HbA1c or fasting glucose levels in 15 (19.5%) and 22 (28.6%), respectively."]),
 # Huang 2010
 C("huang-n1", HU, "none",
   "Huang et al. (2010) built an RFID exposure-monitoring system into the equipment vests of five indoor workers in southern Taiwan and sorted their time into seven task-location categories.",
   HU_FIVE, truth_alt=["Data were grouped into seven task activity location categories to determine the time spent and percentage reception in each location."]),
 C("huang-n2", HU, "none",
   "The RFID system ran for more than 124 hours on its power supply, and its time-activity records deviated from human observation by only about 0.2-1.6% (Huang and colleagues, 2010).",
   "Power consumption experiments revealed that the system could be sustained for more than 124 h.",
   truth_alt=["The RFEMS instruments provided adequate range for locating (typically ca. 6-45 m in each zone), allowing us to locate subjects within distinct microenvironments and to distinguish between the activities of a variety of workers, the average time activity pattern (TAP) recording deviation for both human observations and RFEMS was ca. 0.21-1.57%."]),
 C("huang-pop", HU, "population",
   "Five workers in northern Taiwan wore the RFID monitoring vests, which logged how long each spent in every task location (Huang et al., 2010).",
   HU_FIVE, wrong="northern Taiwan"),
 C("huang-over", HU, "overreach",
   "Huang et al.'s (2010) pilot field test showed that the RFID system improves indoor workers' health by cutting their exposures.",
   "A pilot field test indicated that the RFEMS offers a new level of accuracy for direct quantification of time activity patterns in exposure assessments of indoor workers over long periods of time.",
   wrong="improves indoor workers' health by cutting their exposures"),
 # Nutting 1989
 C("nutting-n1", NU, "none",
   "Nutting et al. (1989) found that chylomicrons appeared in the central lacteal after 10.8 min in control rats, significantly sooner than the 16.2 min for very-low-density lipoproteins in Pluronic L-81-treated rats.",
   "The average appearance time for the control rats was 10.8 min, which was significantly shorter than the 16.2 min in the L-81-treated experimental rats.",
   truth_alt=["In the second part of this study, we measured the appearance time for chylomicron (in control rats) and for very-low-density lipoprotein (in L-81-treated rats)."]),
 C("nutting-pop", NU, "population",
   "In lymph-fistula mice infused with a labelled oleic acid emulsion, Pluronic L-81 markedly suppressed lymphatic triacylglycerol output (Nutting and colleagues, 1989).",
   "Intestinal lymph fistula rats were infused with a lipid emulsion containing [1-14C]oleic acid, but no monoacylglycerol, to ensure that the oleic acid will be channeled to the alpha-glycerol phosphate pathway.",
   wrong="lymph-fistula mice", truth_alt=[NU_EXP]),
 C("nutting-dir", NU, "direction",
   "When oleic acid was routed through the alpha-glycerol phosphate pathway, L-81 left lymphatic triacylglycerol output essentially unchanged compared with controls (Nutting et al., 1989).",
   "Lymphatic triacylglycerol output, measured both chemically and radioactively, was markedly suppressed in the experimental rats as compared to the controls.",
   wrong="left lymphatic triacylglycerol output essentially unchanged"),
 C("nutting-num", NU, "number",
   "Given 10 mg/h of Pluronic L-81 in their emulsion, rats showed a sharp fall in lymphatic triacylglycerol output relative to untreated controls (Nutting and colleagues, 1989).",
   NU_EXP, wrong="10 mg/h"),
 # Broner 1988
 C("broner-n1", BR, "none",
   "Broner et al. (1988) pretreated actinomycin D-sensitised mice with superoxide dismutase before an endotoxin challenge and saw better survival than in saline controls.",
   BR_SOD, truth_alt=[BR_METHODS]),
 C("broner-n2", BR, "none",
   "The endotoxin dose in Broner and colleagues' (1988) mouse experiments was set to kill more than 80% of the animals, and deaths were counted every 12 hours.",
   BR_METHODS, truth_alt=["Mortality was assessed at 12-h intervals after challenge."]),
 C("broner-dir", BR, "direction",
   "N-acetylcysteine, like superoxide dismutase, significantly improved survival in endotoxin-challenged mice (Broner et al., 1988).",
   "In contrast, survival in mice treated with NAC, another potential scavenger, was not significantly different from the control group.",
   wrong="like superoxide dismutase, significantly improved survival", accept=["direction", "overreach"]),
 C("broner-comp", BR, "comparator",
   "Superoxide dismutase pretreatment improved survival after endotoxin challenge compared with dexamethasone-treated mice (Broner and colleagues, 1988).",
   BR_SOD, wrong="dexamethasone-treated mice", truth_alt=[BR_METHODS]),
 # Muhlbauer 1986
 C("muhlbauer-n1", MU, "none",
   "Muhlbauer et al. (1986) measured total CSF opioid peptide content at 383 pmol ME-equivalents per ml in senile dementia of the Alzheimer type, against 89.1 in patients with no known neurological disorder.",
   MU_MAIN),
 C("muhlbauer-n2", MU, "none",
   "Using HPLC separation followed by a radioreceptor assay with [3H]etorphine as ligand, Muhlbauer and colleagues (1986) measured endogenous opioid peptides in cerebrospinal fluid.",
   "[3H]Etorphine is the ligand used to detect in the HPLC fractions the presence of those endogenous peptides that preferentially interact with several opioid receptors.",
   truth_alt=["Endogenous opioid receptoractive peptides in the cerebrospinal fluid (CSF) of human controls and in those patients diagnosed as having senile dementia of the Alzheimer's type (SDAT) are measured with a radioreceptorassay following HPLC separation."]),
 C("muhlbauer-n3", MU, "none",
   "The receptor assay in Muhlbauer et al.'s (1986) study relied on a receptor-rich P2 fraction extracted from canine limbic tissue.",
   "The RRA uses a receptor-rich P2 fraction extracted from a canine limbic system."),
 C("muhlbauer-dir", MU, "direction",
   "Cerebrospinal fluid from patients with Alzheimer-type dementia held significantly less opioid peptide than that of neurologically normal controls (Muhlbauer et al., 1986).",
   MU_MAIN, wrong="significantly less"),
 # Cox 1988 (single author)
 C("cox88-n1", X8, "none",
   "Cox (1988) enrolled 56 patients with complicated, recurrent urinary tract infections; all 46 who finished 14 days of treatment had negative urine cultures and were judged clinically cured.",
   "Forty-six patients (23 in each group) completed the study and, at the end of 14 days' treatment, all had negative urine cultures and were considered clinically cured.",
   truth_alt=[X8_ENTRY]),
 C("cox88-comp", X8, "comparator",
   "Enoxacin proved comparable in effectiveness to ciprofloxacin for complicated urinary tract infections (Cox, 1988).",
   X8_CONC, wrong="ciprofloxacin", truth_alt=[X8_ENTRY]),
 C("cox88-des", X8, "design",
   "In a single-arm study, Cox (1988) found enoxacin effective against complicated urinary infections caused by a variety of organisms.",
   X8_ENTRY, wrong="single-arm study", truth_alt=[X8_CONC], accept=["design", "comparator"]),
 C("cox88-over", X8, "overreach",
   "According to Cox's (1988) trial, enoxacin should now be the first-line treatment for all urinary tract infections.",
   X8_CONC, wrong="should now be the first-line treatment for all urinary tract infections", accept=["overreach", "population"]),
]

if __name__ == "__main__":
    Path(__file__).with_name("claims.json").write_text(json.dumps(CLAIMS, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print("wrote", len(CLAIMS))
