"""Writes claims.json (set 93). Hand-written claims; truth sentences copied verbatim from the main abstracts
(Article/Abstract/AbstractText) of pool 14's records. The C() helper and the field layout are those of set 55's
make_claims.py (its first 30 lines only were read)."""
import json
from pathlib import Path

def C(id, key, kind, claim, truth, wrong=None, truth_alt=None, accept=None):
    d = {"id": id, "key": key, "kind": kind, "claim": claim, "truth": truth}
    if truth_alt: d["truth_alt"] = truth_alt
    if wrong: d["wrong"] = wrong
    if accept: d["accept"] = accept
    return d

LE, HO, TH, AN, SA = "lees1977inhibition", "hoffman1977antiplaque", "thurlbeck1978radiographic", "anderson1979neurofibrillary", "sami1979reproducibility"
OB, CO, SH, EH, SU = "obrien1979vaginal", "cork1978pathology", "shapiro1978pulmonary", "ehrly1979influence", "susskind1977whole"
KR, SM, CE, CH, ME = "kroon1977behavior", "smith1977immunochemistry", "celle1979chronic", "cheng1977carcinomas", "menzoian1979pulmonary"

LE_MUR = "Murine cytotoxic thymus-derived lymphocytes (CTL) generated in vitro in mixed leukocyte cultures (MLC), were incubated for various periods of time at 37 degrees C with allogeneic mastocytoma target cells."
LE_KIN = "Using this technique, it was demonstrated that events leading to the loss of cloning ability could be detected after 1-3 min incubation at 37 degrees C, and after 20-30 min, 95% of the clone forming cells had been inactivated."
LE_CR = "When these results were compared directly with those obtained using the conventional 51Cr-release assay, it was found that the events leading to loss of cloning ability occurred more rapidly than indicated by the isotope assay."
HO_SAM = "Sterile enamel samples treated by topical application of 10% stannous fluoride were incubated with S mutans and S sanguis respectively and with a mixed culture to which L casei had been added."
HO_CMP = "The results were compared with sterile nonfluoridated enamel samples subjected to the same procedures."
HO_RES = "Stannous fluoride treated samples consistently yielded higher pH readings than nonfluoridated samples; the concentration of microorganisms adhering to the surfaces was conspicuously reduced on the pretreated enamel when compared by scanning electron microscopy to untreated samples, as were enamel surface alterations."
HO_CONC = "These findings lend support to other recent investigations which have shown that fluorides act in several ways to inhibit cariogenesis in addition to reducing hydroxyapatite solubility."
TH_N = "Accuracy of the radiologic diagnosis of emphysema was assessed in 696 patients from whose lungs paper-mounted whole-lung sections had been made."
TH_41 = "Of the patients with moderately severe and severe emphysema, 41% were diagnosed as having emphysema, as were two-thirds of those with the most severe grade of emphysema."
TH_OBS = "For a given grade of emphysema, the radiologic diagnosis of emphysema was made more frequently when patients had severe chronic airflow obstruction."
TH_DIM = "Lung length and the size of the retrosternal space increased, the level of the diaphragm lowered, heart size decreased, and lung width was unchanged as emphysema became more severe."
TH_NOC = "No combination of radiologic variables was found that recognized emphysema better than the subjective diagnosis of emphysema based on arterial deficiency."
AN_69 = "In a neuropathological study of the brains of 69 members of the Guamanian Chamorro population without known evidence of dementia, parkinsonism or amyotrophic lateral sclerosis, the incidence and severity of neurofibrillary degeneration was determined in relation to age at death."
AN_AGE = "It was found that neurofibrillary degeneration is present at an earlier age than has been reported for a comparable population in Japan, and much earlier than reported for two similarly comparable English populations."
AN_CD = "Our data suggests that neurofibrillary degeneration is the common denominator of the Guam neurological syndromes of parkinsonian dementia, amyotrophic lateral sclerosis and dementia without parkinsonism."
AN_CAU = "In a small group of Caucasians who had spent many of their adult years on Guam, the frequency of neurofibrillary degeneration in relationship to age was comparable to that in the English populations."
SA_155 = "To evaluate the reproducibility of exercise-induced ventricular arrhythmia, 155 men with a mean age of 53 +/- 8 years underwent serial exercise testing 3 to 52 weeks after myocardial infarction."
SA_INT = "Reproducibility was highest at an intertest interval of 1 to 5 days and was not enhanced by further categorizing premature ventricular complexes as simple or complex based on their frequency or configuration."
SA_CONT = "Continuous response measures such as frequency of premature ventricular complexes yielded higher reproducibility than categorical responses."
OB_3339 = "Initial clinical findings are reported for the 3339 young women enrolled in the Diethylstilbestrol Adenosis (DESAD) project."
OB_VEC = "Changes in the vaginal mucosa (VEC--vaginal epithelial changes), which were detected by colposcopy or iodine staining, occurred in 34% of 1275 participants identified by review of prenatal records 59% of participants who themselves requested entry into the project, and 65% of participants referred by a physician."
OB_CA = "No instances of severe dysplasia, carcinoma in situ, invasive squamous cell adenocarcinoma, or clear cell carcinoma were observed among the women identified by record review."
CO_KIT = "An 11-week-old and a 6-month-old kitten with feline GM2 gangliosidosis and deficiency in both A and B isoenzymes of beta-D-N-acetyl hexosaminidase were studied by light transmission (TEM), and scanning electron microscopy (SEM)."
CO_SAN = "Pathologic manifestations of feline GM2 gangliosidosis differ from those seen in feline GM1 gangliosidosis but closely resemble those of Sandhoff disease in humans."
SH_N = "This study evaluated growth, chest radiographic manifestations, pulmonary function, and function of the pituitary-adrenal axis before and after therapy with cromolyn sodium in two groups of asthmatic youngsters, ie, 18 steroid-dependent patients and ten nonsteroid-dependent patients."
SH_GRO = "Growth failure and cataracts were limited to the steroid-dependent group, while abnormalities of the lungs and pituitary-adrenal axis occurred in all three groups."
SH_BEN = "Symptomatic benefits from therapy with cromolyn were striking for all groups."
SH_END = "Endocrine abnormalities in the steroid-dependent group were significant and were not quickly reversed by withdrawal of therapy with steroids."
SH_PIT = "Therapy with cromolyn seemed to promote some restoration of the function of the pituitary-adrenal axis, as indicated by better responsiveness to administration of metyrapone, which correlated with improved symptomatic control of asthma."
EH_Q = "This study posed the question of whether the blood flow properties from the anticubital and ankle vein of healthy subjects varied under different hydrostatic conditions."
EH_ST = "The blood flow properties from the vena cubitalis and the ankle vein do not vary to any greater degree during lying, whereas during standing the blood viscosity, plasma viscosity, hematocrit, and plasma protein concentration increase significantly."
EH_ARM = "Furthermore, they are significantly higher than in venous blood taken from the arm at the same time."
EH_O2 = "The oxygen partial pressure in venous blood from the arm is significantly higher than in the ankle venous blood after 5 minutes of standing."
SU_72 = "Subjects were then counted in a whole-body counter at varying time intervals until background levels were reached, usually in 72 hr."
SU_FAT = "The half-time of the last component correlated highly with the percent of total-body fat."
SU_THIRD = "After 10-min inhalations of the xenon-air mixture, approximately one-third of the total xenon was transferred to the body tissues, extrapolated back to the start of gas washout."
SU_13 = "Of this amount, 13% was associated with the slowest component of clearance."
KR_RAB = "The fate of cortical bone grafts, rigidly fixed by means of a special metal splint, was studied in rabbits."
KR_PREV = "The data obtained are compared with the results of a previous similar study of grafts, which were fixed by Mersilene sutures."
KR_SAME = "Fresh autologous as well as allogenous (dry-stored, frozen to -20 degrees C) cortical bone grafts, used as free transplants, show the same type of incorporation and ultimately the same amount of remodeling."
KR_RIG = "Rigid fixation is a valuable contribution in promoting primary function."
SM_AS = "Rabbit antiserum has been prepared against the prostaglandin endoperoxide-forming cyclooxygenase (EC 1.14.99.1) purified from sheep vesicular glands."
SM_SIX = "Furthermore, the immune serum precipitates solubilized microsomal cyclooxygenases from each of six other tissues examined, including bovine seminal vesicle, rabbit kidney medulla, guinea pig lung, dog spleen, sheep uterus, and human platelets."
SM_RGP = "Highly prominent fluorescence was associated only with the epithelial cells lining the collecting ducts in rabbit and guinea pig kidneys, and except for the nucleus, was uniformly distributed within the interior of these cells."
SM_RAT = "In rat kidney, fluorescence was detected not only in collecting tubules but also in the interstitial cells of the renal papilla."
SM_PGE = "Our results are consistent with the emerging hypothesis that PGE2 produced intrarenally plays a physiological role in natriuresis."
CE_46 = "The time of macular functional-recuperation after dazzling has been evaluated in 46 patients of both sexes with ages between 26 and 65, with chronic active hepatitis (CAH)."
CE_GRP = "Knowing that the macular recuperation time, even under physiological conditions, increases after the age of 40, we divided these subjects in two groups: under 40 years old (20 cases) and over 40 years old (26 cases)."
CE_FREQ = "Patients with CAH show a noticeably increased frequency of pathological times especially in those over 40 years old."
CE_96 = "In this group the pathological cases are 96,15% compared to 60% found among those under 40."
CH_66 = "The therapy records of 66 patients with carcinomas of the paranasal sinuses were reviewed; primary carcinomas occurred in the maxillary sinus in 50 patients, the ethmoid sinus in 11 patients, the sphenoid sinus in 4 patients and the frontal sinus in 1 patient."
CH_RT = "Combined high dose irradiation (6,000 rads in 6 weeks) followed by radical surgery in 4 to 6 weeks was well tolerated; this approach is recommended for the treatment of T1, T2, and selected T3-4 maxillary sinus lesions."
CH_ETH = "Only 2 of 11 patients with ethmoid sinus lesions survived at 3 years."
ME_158 = "The records of 158 patients who underwent pulmonary angiography for the presumed diagnosis of acute pulmonary embolism were retrospectively reviewed."
ME_HI = "Of the 111 patients in the category of high probability for pulmonary embolism based on clinical impression, 60 patients (54 per cent) had a positive pulmonary angiogram."
ME_LO = "Of the forty-seven patients in the low probability group, ten (21 per cent) had a positive angiogram."
ME_LS = "Forty-eight of the seventy-three patients (66 per cent) with a high probability lung scan had a positive pulmonary angiogram."
ME_VQ = "Eleven of twelve patients (92 per cent) with a high probability ventilation-perfusion scan had a positive pulmonary angiogram, and two of eight patients (25 per cent) with a low probability ventilation-perfusion scan had a positive pulmonary angiogram."
ME_POS = "The mean PO2 of patients with a positive pulmonary angiogram was 64 mm Hg, and the mean PCO2 30 mm Hg."
ME_NEG = "The mean PO2 of patients with a negative pulmonary angiogram was 63 mm Hg and the mean PCO2 34 mm Hg."
ME_CONC = "Based on these data, we believe that the accuracy of pulmonary angiography in diagnosing acute pulmonary embolism is much higher than that of the clinical impression, arterial blood gas determinations, and lung scanning technics."

claims = [
    # Lees 1977: none, duration, direction, population
    C("le-n1", LE, "none", "Lees et al. (1977) reported that, in their soft-agar cloning assay, mouse cytotoxic T cells began to strip allogeneic mastocytoma cells of their ability to form clones within a few minutes and had disabled about 95% of the clone-forming cells by half an hour.", LE_KIN),
    C("le-dur", LE, "duration", "Lees and colleagues (1977) found that cytotoxic T cells inactivated about 95% of clone-forming mastocytoma cells only after 20-30 hours of incubation.", LE_KIN, wrong="after 20-30 hours of incubation"),
    C("le-dir", LE, "direction", "Using a cloning-inhibition assay, Lees et al. (1977) showed that target cells lost their ability to form clones more slowly than the conventional 51Cr-release assay suggested.", LE_CR, wrong="more slowly"),
    C("le-pop", LE, "population", "Working with human cytotoxic T lymphocytes, Lees et al. (1977) found that the loss of target-cell cloning ability could be detected after only 1-3 minutes at 37 degrees C.", LE_MUR, wrong="human cytotoxic T lymphocytes"),
    # Hoffman 1977: none, design, number, overreach
    C("ho-n1", HO, "none", "In Hoffman et al.'s (1977) laboratory experiments, enamel pretreated with stannous fluoride stayed less acidic and carried far fewer adherent bacteria than untreated enamel.", HO_RES),
    C("ho-des", HO, "design", "In a clinical trial, Hoffman et al. (1977) found that topical 10% stannous fluoride kept the pH higher and cut bacterial adherence to tooth enamel.", HO_SAM, wrong="In a clinical trial", truth_alt=[HO_CMP]),
    C("ho-num", HO, "number", "Hoffman and colleagues (1977) treated sterile enamel samples with 1% stannous fluoride before incubating them with Streptococcus mutans and S. sanguis.", HO_SAM, wrong="1% stannous fluoride"),
    C("ho-over", HO, "overreach", "Hoffman et al. (1977) proved that topical stannous fluoride prevents tooth decay.", HO_CONC, wrong="proved that topical stannous fluoride prevents tooth decay"),
    # Thurlbeck & Simon 1978: none x3, direction
    C("th-n1", TH, "none", "Thurlbeck and Simon (1978) checked chest radiographs against whole-lung sections in 696 patients and found that only 41% of moderately severe or severe emphysema was recognised on the film, rising to two-thirds for the most severe grade.", TH_41, truth_alt=[TH_N]),
    C("th-n2", TH, "none", "In Thurlbeck and Simon's (1978) series, emphysema of a given grade was called on the radiograph more often when the patient also had severe chronic airflow obstruction.", TH_OBS),
    C("th-n3", TH, "none", "No combination of radiographic measurements recognised emphysema better than the reader's subjective judgement based on arterial deficiency (Thurlbeck & Simon, 1978).", TH_NOC),
    C("th-dir", TH, "direction", "Thurlbeck and Simon (1978) noted that as emphysema became more severe the lungs lengthened, the diaphragm sat lower and the heart shadow grew larger.", TH_DIM, wrong="the heart shadow grew larger"),
    # Anderson 1979: none, population, comparator, overreach
    C("an-n1", AN, "none", "Anderson et al. (1979) found neurofibrillary degeneration at younger ages in the brains of Chamorros without known neurological disease than had been reported for a Japanese population, and at much younger ages than in English series.", AN_AGE, truth_alt=[AN_69]),
    C("an-pop", AN, "population", "Anderson and colleagues (1979) examined the brains of 69 Chamorros who had died with parkinsonism-dementia or ALS and related neurofibrillary degeneration to age at death.", AN_69, wrong="who had died with parkinsonism-dementia or ALS"),
    C("an-comp", AN, "comparator", "Among Caucasians who had spent much of their adult life on Guam, Anderson et al. (1979) found an age-related frequency of neurofibrillary degeneration comparable to that reported for Japan.", AN_CAU, wrong="comparable to that reported for Japan"),
    C("an-over", AN, "overreach", "Anderson et al.'s (1979) autopsy study established that neurofibrillary degeneration is the cause of Guam's ALS and parkinsonism-dementia.", AN_CD, wrong="established that neurofibrillary degeneration is the cause"),
    # Sami 1979: none, duration, population, direction
    C("sa-n1", SA, "none", "Sami et al. (1979) found that a continuous measure such as the frequency of premature ventricular complexes was more reproducible across repeat exercise tests than simply scoring arrhythmia as present or absent.", SA_CONT),
    C("sa-dur", SA, "duration", "In Sami et al.'s (1979) serial exercise testing after myocardial infarction, reproducibility of ventricular arrhythmia was highest when the tests were 1 to 5 weeks apart.", SA_INT, wrong="1 to 5 weeks apart"),
    C("sa-pop", SA, "population", "Sami and colleagues (1979) put 155 women recovering from myocardial infarction through repeated exercise tests to see whether induced ventricular arrhythmia was reproducible.", SA_155, wrong="155 women"),
    C("sa-dir", SA, "direction", "According to Sami et al. (1979), grading premature ventricular complexes as simple or complex made exercise-induced arrhythmia more reproducible.", SA_INT, wrong="made exercise-induced arrhythmia more reproducible"),
    # O'Brien 1979: none, design, number, overreach
    C("ob-n1", OB, "none", "O'Brien et al. (1979) reported vaginal epithelial changes in 34% of DES-exposed young women traced through prenatal records, compared with 59% of women who asked to join the DESAD project and 65% of those referred by a doctor.", OB_VEC),
    C("ob-des", OB, "design", "O'Brien and colleagues' (1979) case-control study of 3339 young women in the DESAD project described the vaginal epithelial changes that follow prenatal diethylstilbestrol exposure.", OB_3339, wrong="case-control study"),
    C("ob-num", OB, "number", "In the DESAD project, vaginal epithelial changes were found in 43% of the women identified by review of prenatal records (O'Brien et al., 1979).", OB_VEC, wrong="43%"),
    C("ob-over", OB, "overreach", "O'Brien et al. (1979) showed that prenatal diethylstilbestrol exposure carries no risk of vaginal or cervical cancer.", OB_CA, wrong="carries no risk of vaginal or cervical cancer"),
    # Cork 1978: none, comparator, number, population
    C("co-n1", CO, "none", "According to Cork et al. (1978), the lesions of GM2 gangliosidosis in cats look unlike those of the feline GM1 form and closely mirror Sandhoff disease in people.", CO_SAN),
    C("co-comp", CO, "comparator", "Cork and colleagues (1978) concluded that feline GM2 gangliosidosis closely resembles Tay-Sachs disease in humans.", CO_SAN, wrong="Tay-Sachs disease"),
    C("co-num", CO, "number", "Cork et al. (1978) studied three kittens with GM2 gangliosidosis by light and electron microscopy.", CO_KIT, wrong="three kittens"),
    C("co-pop", CO, "population", "The kittens with GM2 gangliosidosis described by Cork et al. (1978) lacked only the A isoenzyme of beta-hexosaminidase.", CO_KIT, wrong="lacked only the A isoenzyme"),
    # Shapiro 1978: none x2, design, overreach
    C("sh-n1", SH, "none", "Shapiro et al. (1978) found growth failure and cataracts only in the steroid-dependent asthmatic children, whereas lung and pituitary-adrenal abnormalities turned up in all three groups.", SH_GRO),
    C("sh-n2", SH, "none", "Cromolyn sodium brought striking symptomatic relief in every group of asthmatic youngsters studied by Shapiro and colleagues (1978), including the 18 who were steroid-dependent.", SH_BEN, truth_alt=[SH_N]),
    C("sh-des", SH, "design", "In a randomised, placebo-controlled trial, Shapiro et al. (1978) tested cromolyn sodium in 18 steroid-dependent and 10 nonsteroid-dependent asthmatic youngsters.", SH_N, wrong="In a randomised, placebo-controlled trial"),
    C("sh-over", SH, "overreach", "Shapiro et al. (1978) showed that cromolyn fully restores pituitary-adrenal function in steroid-dependent asthmatic children.", SH_PIT, wrong="fully restores", truth_alt=[SH_END]),
    # Ehrly 1979: none, direction, duration, population
    C("eh-n1", EH, "none", "Ehrly (1979) found that when healthy subjects stood up, blood viscosity, plasma viscosity, haematocrit and plasma protein rose significantly in ankle-vein blood and exceeded the values in arm-vein blood drawn at the same time.", EH_ST, truth_alt=[EH_ARM]),
    C("eh-dir", EH, "direction", "Ehrly (1979) reported that after 5 minutes of standing, venous blood from the ankle carried a higher oxygen partial pressure than venous blood from the arm.", EH_O2, wrong="venous blood from the ankle carried a higher oxygen partial pressure than venous blood from the arm"),
    C("eh-dur", EH, "duration", "In Ehrly's (1979) study, oxygen tension in arm-vein blood was significantly above that in ankle-vein blood after half an hour of standing.", EH_O2, wrong="after half an hour of standing"),
    C("eh-pop", EH, "population", "Ehrly (1979) compared blood from the arm and ankle veins of patients with chronic venous insufficiency while they lay and while they stood.", EH_Q, wrong="patients with chronic venous insufficiency"),
    # Susskind 1977: none x2, number, duration
    C("su-n1", SU, "none", "Susskind et al. (1977) found that the half-time of the slowest component of whole-body xenon clearance was closely related to the percentage of body fat.", SU_FAT),
    C("su-n2", SU, "none", "After ten minutes of breathing a xenon-air mixture, roughly a third of the xenon passed into the body tissues (Susskind et al., 1977).", SU_THIRD),
    C("su-num", SU, "number", "Susskind and colleagues (1977) estimated that 31% of the xenon taken up by the tissues belonged to the slowest-clearing component.", SU_13, wrong="31%"),
    C("su-dur", SU, "duration", "In Susskind et al.'s (1977) study, whole-body counts of 127Xe usually fell to background within about 12 hours of the inhalation.", SU_72, wrong="within about 12 hours"),
    # Kroon 1977: none x2, direction, comparator
    C("kr-n1", KR, "none", "Working in rabbits, Kroon et al. (1977) found that fresh autologous cortical bone grafts and dry-stored, frozen allografts were incorporated in the same way and ended up equally remodelled.", KR_SAME, truth_alt=[KR_RAB]),
    C("kr-n2", KR, "none", "Kroon and colleagues (1977) concluded that rigid fixation of cortical bone grafts, here with a special metal splint, is a worthwhile aid to primary function.", KR_RIG, truth_alt=[KR_RAB]),
    C("kr-dir", KR, "direction", "In Kroon et al.'s (1977) rabbit study, fresh autologous cortical grafts remodelled far more than frozen allogeneic grafts.", KR_SAME, wrong="remodelled far more than frozen allogeneic grafts"),
    C("kr-comp", KR, "comparator", "Kroon et al. (1977) set rigidly splinted cortical bone grafts against grafts held by wire cerclage in an earlier study.", KR_PREV, wrong="held by wire cerclage"),
    # Smith & Wilkin 1977: none, number, population, overreach
    C("sm-n1", SM, "none", "Smith and Wilkin (1977) raised a rabbit antiserum to sheep vesicular-gland cyclooxygenase that also precipitated the enzyme from six other tissues, human platelets among them.", SM_SIX, truth_alt=[SM_AS]),
    C("sm-num", SM, "number", "The antiserum of Smith and Wilkin (1977) precipitated cyclooxygenase from sixteen other tissues taken from several species.", SM_SIX, wrong="sixteen"),
    C("sm-pop", SM, "population", "Smith and Wilkin (1977) found that in guinea pig kidney cyclooxygenase staining extended beyond the collecting tubules to the interstitial cells of the renal papilla.", SM_RAT, wrong="in guinea pig kidney", truth_alt=[SM_RGP], accept=["population", "comparator"]),
    C("sm-over", SM, "overreach", "Smith and Wilkin's (1977) immunofluorescence work proved that prostaglandin E2 made in the kidney controls sodium excretion.", SM_PGE, wrong="proved that prostaglandin E2 made in the kidney controls sodium excretion"),
    # Celle 1979: none x2, direction, comparator
    C("ce-n1", CE, "none", "Celle et al. (1979) found pathologically slow macular recovery after glare in 96% of patients with chronic active hepatitis aged over 40, against 60% of those under 40.", CE_96),
    C("ce-n2", CE, "none", "Celle and colleagues (1979) tested how fast macular function recovered after dazzling in 46 patients with chronic active hepatitis aged 26 to 65, split at age 40 into groups of 20 and 26.", CE_46, truth_alt=[CE_GRP]),
    C("ce-dir", CE, "direction", "In Celle et al.'s (1979) study, abnormal recovery of mesopic vision was more frequent in hepatitis patients under 40 than in the older patients.", CE_96, wrong="more frequent in hepatitis patients under 40 than in the older patients", truth_alt=[CE_FREQ]),
    C("ce-comp", CE, "comparator", "Celle et al. (1979) reported that patients with chronic active hepatitis had prolonged macular recovery times far more often than age-matched healthy controls.", CE_GRP, wrong="than age-matched healthy controls", truth_alt=[CE_96]),
    # Cheng & Wang 1977: none, design, duration, number
    C("ch-n1", CH, "none", "Cheng and Wang (1977) reviewed the treatment records of 66 patients with paranasal sinus carcinoma; 50 of the tumours arose in the maxillary sinus.", CH_66),
    C("ch-des", CH, "design", "In a prospective trial of 66 patients with paranasal sinus cancer, Cheng and Wang (1977) found high-dose irradiation followed by radical surgery well tolerated.", CH_66, wrong="In a prospective trial", truth_alt=[CH_RT]),
    C("ch-dur", CH, "duration", "Cheng and Wang (1977) recommended 6,000 rads over 6 weeks followed by radical surgery 4 to 6 months later for T1, T2 and selected T3-4 maxillary sinus cancers.", CH_RT, wrong="4 to 6 months later"),
    C("ch-num", CH, "number", "Cheng and Wang (1977) found that 7 of 11 patients with ethmoid sinus carcinoma were alive at 3 years.", CH_ETH, wrong="7 of 11"),
    # Menzoian & Williams 1979: none x2, design, comparator
    C("me-n1", ME, "none", "Menzoian and Williams (1979) found that only 54% of patients judged clinically to be at high probability of pulmonary embolism had a positive angiogram, as did 21% of those judged low probability.", ME_HI, truth_alt=[ME_LO]),
    C("me-n2", ME, "none", "Arterial blood gases did little to separate patients with and without embolism in Menzoian and Williams' (1979) series: mean PO2 was 64 mm Hg with a positive angiogram and 63 mm Hg with a negative one.", ME_POS, truth_alt=[ME_NEG]),
    C("me-des", ME, "design", "In a prospective study of 158 patients with suspected acute pulmonary embolism, Menzoian and Williams (1979) judged angiography far more accurate than clinical impression, blood gases or lung scanning.", ME_158, wrong="In a prospective study", truth_alt=[ME_CONC]),
    C("me-comp", ME, "comparator", "In Menzoian and Williams's (1979) series, 92% of patients with a high-probability lung scan had a positive pulmonary angiogram.", ME_LS, wrong="a high-probability lung scan", truth_alt=[ME_VQ], accept=["comparator", "number"]),
]
Path(__file__).resolve().parent.joinpath("claims.json").write_text(json.dumps(claims, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
print(len(claims), "claims written")
