"""Writes claims.json (set 101). Hand-written claims; truth sentences copied verbatim from the main abstracts
(Article/Abstract/AbstractText) of pool 14's records (none of the 15 has an OtherAbstract). The C() helper and the
field layout are those of set 98's make_claims.py (itself set 55's; only its first 30 lines were read)."""
import json
from pathlib import Path

def C(id, key, kind, claim, truth, wrong=None, truth_alt=None, accept=None):
    d = {"id": id, "key": key, "kind": kind, "claim": claim, "truth": truth}
    if truth_alt: d["truth_alt"] = truth_alt
    if wrong: d["wrong"] = wrong
    if accept: d["accept"] = accept
    return d

BE, LF, OS, DA, BA = "benoit1977long", "leff1979tuberculosis", "osoba1977sensitivity", "dachille1978pharmacist", "bayne1977identifying"
BN, KA, SA, HA, BZ = "bannai1979export", "kappas1979operative", "saunders1978effectiveness", "harada1979comparison", "barza1977comparing"
GR, WI, WU, KO, ST = "grandjean1978widening", "winer1979ultrastructural", "wukasch1977reoperation", "koischwitz1979diagnosis", "stauffer1979gunshot"

# --- truth sentences (verbatim, main abstract) ---
BE_FU = "Follow-up arteriograms carried out between one and six years (mean follow-up period two years) in 80 cases of aorto-coronary bypass graft procedures showed a good correlation between the quality of the clinical results obtained -- as detailed in the first part of this article -- and a larger proportion of patent grafts: 82% of 130 grafts had remained patent, and 94% of patients have all or some of their grafts patent."
BE_LATE = "Late occlusion of the grafts is rare, and does not appear to be influenced by abnormalities of the graft found at early follow-up, these abnormalities being fairly stable."
BE_30 = "Such a complete procedure which was carried out or could have been carried out in only 30% of the total patients, was then successful in 94% undergoing it."

LF_SURV = "A survey of tuberculosis chemoprophylaxis policies was conducted from September 1977 through January 1978 of all metropolitan programs in the United States that reported more than 100 cases of tuberculosis during 1976."
LF_28 = "Twenty-eight programs were surveyed, and all responded."
LF_UNI = "Uniform practice was found with regard to the dosage of isoniazid administered, duration of treatment, and most other indications for preventive therapy recommended by the American Thoracic Society and the U.S. Public Health Service Center for Disease Control."
LF_PREG = "One third of the programs surveyed administered chemoprophylaxis to pregnant women, and one third regularly dispensed more than a one-month supply of isoniazid to patients."
LF_LIV = "Three programs (11%) routinely monitored hepatic function by serum laboratory tests during chemoprophylaxis."
LF_GEN = "Although large metropolitan programs generally followed the guidelines of the American Thoracic Society and the Center for Disease Control for tuberculosis chemoprophylaxis, some major variances in practice were reported."

OS_80 = "In the current study, the penicillin sensitivities and β-lactamase production of 80 consecutive strains of N. gonorrhoeae isolated from cases of acute urethritis in African men in Ibadan were studied."
OS_825 = "However, 82·5% had an MIC of 0·075 μg penicillin/ml or more, and were considered as having `diminished sensitivity' to penicillin."
OS_13 = "Furthermore, 13 strains (16·25%) demonstrated high level resistance with MIC values of over 0·6 μg penicillin per ml and it is probable that many of the strains will demonstrate multiresistance to the commonly misused antimicrobial agents."
OS_BL = "Despite the high level resistance of the strains in an environment of intensive penicillin and ampicillin use, none of the strains studied showed any evidence of β-lactamase production."

DA_P2 = "Physician agreement with the pharmacist's decisions was the primary criterion for determining effectiveness, and was found to be 99% in part 2, for a total of 105 patients."
DA_P3 = "In part 3, physician agreement remained at the 99% level for a total of 106 patients."
DA_P3D = "In part 3, the pharmacist functioned without supervision and the physician reviewed patient records retrospectively."
DA_WAIT = "Patient waiting time was about the same in each part of the study because of clinic procedures beyond the pharmacist's control."

BA_APS = "The Assessment and Placement Service (APS) of the Hamilton-Wentworth District Health Council assists health professionals in identifying the needs of persons with chronic disabling diseases, and in finding appropriate resources or programs."
BA_80 = "More than 80 percent of the 9,300 persons referred between September 1971 and December 1975 were over the age of 64."
BA_2005 = "Of the 2,005 persons referred and placed in 1975, 1,063 came from acute disease hospitals, 201 from other institutions, 628 from the community within this District, and the remainder from elsewhere."
BA_MEM = "In the opinion of their physicians, only 20 percent of all persons referred had normal memory, and only 13 percent had normal judgment."
BA_FU = "Follow-up contact one month later showed conditions to be satisfactory in most instances."

BN_EXP = "The export of glutathione from cultured human diploid fibroblasts into the surrounding medium was found by isotopic labeling experiments using [35S]cystine and by enzymatic measurements."
BN_MIX = "The major part of the glutathione exported from the cells was found in normal culture medium as mixed disulfide of glutathione and cysteine."
BN_10 = "Amount of total glutathione exported from the cells was measured by enzymatic method and it was found that more than 10% of normal cellular glutathione was exported within 2 h."
BN_DAY = "Apparent concentration of glutathione in the medium after a day of culture reached 3 to 4 micrometer, which was comparable to that observed in normal plasma by the same enzymatic method."

KA_121 = "We have reported the results of 121 examinations with the rigid choledochoscope performed by 13 different surgeons between 1969 and 1977."
KA_PRE = "Pre-exploratory choledochoscopy was performed in 48 patients with a diagnostic accuracy of 94 per cent."
KA_9 = "However, choledochoscopy failed to identify 9 patients with retained stones."
KA_ACC = "The accuracy of post-exploratory choledochoscopy alone was 87 per cent and the accuracy of post-exploratory cholangiography was 82 per cent, but when choledochoscopy was combined with post-exploratory cholangiography there were no errors."
KA_CONC = "We conclude that the addition of choledochoscopy to conventional radiological techniques is likely to reduce the incidence of residual calculi after choledochotomy."

SA_EV = "By evaluating statistical data on 51 canalicular lacerations, and then examining 30 patients who had been repaired by the pigtail probe we were able to conclude that: a left inferior canalicular laceration, in a young male, following assault is the most common presentation; that this method objectively yields a 36.6% patency rate with a 10% incidence of iatrogenic damage to the uninvolved side; that 73.3% of the failures remained asymptomatic; secondary to keratitis sicca, a functioning conjunctival canalicular fistula, or the patent remaining canaliculus; and that the inferior canaliculus appears to be symptomatically more important than the superior canaliculus."
SA_REC = "It is suggested that all canalicular lacerations be repaired, but that the pigtail probe method be abandoned."
SA_NEVER = "The pigtail probe method of repairing canalicular lacerations is a widely used technique, however its long-range effectiveness has never been documented."

HA_339 = "To clarify the role of various thyroid stimulators in normal human pregnancy, we measured serum TSH, chorionic TSH (hCT), hCG, bioassayable thyroid-stimulating activity, T4, T3, T3 uptake, free T4 and free T3 indexes, free T4, and free T3 by dialysis in 339 serum samples from pregnant women at various intervals of pregnancy and in 40 normal female controls."
HA_ELEV = "Serum T4 and T3 and free T4 and free T3 indexes were significantly elevated throughout pregnancy in comparison with controls."
HA_FT4 = "Free T4 concentration was elevated after 10 weeks of pregnancy and free T3 concentration was elevated at 13--20 weeks."
HA_TSH = "Serum TSH levels were significantly lower at 9--12 weeks compared with the rest of pregnancy."

BZ_DISK = "Trephined disks of tissue (6 mm diameter) from fresh rabbit eyes were immersed overnight in solutions of radioactive carbon (14C)-dicloxacillin or gentamicin, then assayed by one of two methods: agar-diffusion bioassay, using filter-paper disks immersed in known concentrations of antibiotic as standards, or radioactive assay."
BZ_UNDER = "The bioassay underestimated the concentrations of antibiotic in sclera and iris by 38 to 72%, and slightly overestimated those in the cornea."
BZ_CORR = "A corrected bioassay was calculated, based on the differences in fluid mass between tissue specimens and filter-paper disks; this value was within 20% of the radioactive assay in 18 of 24 experiments with dicloxacillin, and in 14 of 24 with gentamicin."
BZ_BIND = "There was evidence of pronounced binding of gentamicin to ocular tissues (iris greater than sclera greater than cornea); this appeared to be a saturable and reversible phenomenon."

GR_100 = 'Geochemical studies indicate that the majority of lead in ecosystems originated from industrial operations, and that human lead intake has increased 100-fold above the "natural" level.'
GR_HB = "Anemia is uncommon except for cases of lead poisoning, but even slightly increased lead absorption results in a decrease in hemoglobin concentrations."
GR_PSY = "Modern neurobehavioral test methods have disclosed increased prevalence of psychological dysfunction associated with augmented lead absorption."
GR_60 = "Biochemical and behavioral changes occur below the recommended limit for blood lead concentration of 60 micrograms/100 ml."

WI_57 = "This procedure was evaluated in the cases of 57 patients, including 11 with proven renal amyloidosis and 13 considered very likely to have the disease."
WI_4 = "Only four of 24 patients who had renal amyloidosis proven or suspected had amyloid-like fibrils in the urinary sediment, while four control patients, including three with diabetic nephropathy, had similar fibrils."
WI_68 = "Sixty-eight per cent of all urines contained material consistent with tonofibrils."
WI_CONC = "Ultrastructural examination of urinary sediment as a diagnostic aid for renal amyloidosis lacks sensitivity and specificity and has very limited clinical value."

WU_41 = "Among the 5507 patients who underwent aortocoronary bypass between October 1969 and June 1975, 41 patients (0.007%) developed recurrent angina and required reoperation."
WU_FACT = "The factors necessitating reoperation were graft thrombosis in 10 patients (24%), progression of disease in 12 (29%), graft thrombosis and critical unbypassed lesions in one (2.4%), graft failure and progression of disease in in 12 (29%), graft failure and critical unbypassed lesions in four (10%), and all three factors in two patients (4.8%)."
WU_50 = "Among 10 patients with 50% lesions present but not bypassed at the initial operation, nine of these lesions progressed to significant stenosis and in five patients this was the sole reason for reoperation."
WU_TOT = "At the second operation, total revascularization was achieved in 32 patients (78%)."
WU_MI = "One patient (2%) experienced a perioperative myocardial infarction and one patient (2%) died."
WU_CONC = 'This study emphasizes the importance of "complete" revascularization at initial operation, the concept that arteries with 50% obstruction should be routinely bypassed, and the conclusion that risks of reoperation are comparable with those of initial aortocoronary bypass, but that long-term relief of angina is less favorable.'

KO_41 = "Demonstration and localisation of hydatid disease in the liver by ultrasound was successful in 41 patients (35 with cystic and 6 with alveolar disease)."
KO_CYST = "In cystic hydatid disease the demonstration of a cyst which contains a daughter cyst (5 of 35 cases), as well as a cystic conglomerate enclosed in a smooth capsule (17 of 35 cases), is typical for the disease."
KO_22 = "In 22 patients ultrasound alone provided the correct diagnosis."
KO_ALV = "In the alveolar form the ultrasound findings were not typical for the parasite and could not be differentiated from solid or necrotising malignant tumour of the liver."
KO_CONC = "The ultrasound method is thus of great value in the diagnosis of cystic hydatid disease, but if the findings are unclear--especially if the alveolar type of disease is suspected--further studies of the disease, in particular angiography, must be undertaken."

ST_185 = "In a review of 185 patients with gunshot wounds of the spine from low-velocity missiles, 106 were found to have a complete lesion and seventy-nine, an incomplete lesion."
ST_56 = "Fifty-six patients with complete lesions underwent laminectomy and only one had a partial (sensory) return of function."
ST_45 = "There were forty-five patients with incomplete lesions who had laminectomy and thirty-two (71 per cent) of them showed measurable improvement."
ST_34 = "For comparison, thirty-four patients with incomplete lesions had no operative treatment and in twenty-six (76.5 per cent) there was some spontaneous return of neural function."

DN = ["duration", "number"]
claims = [
    # Benoit 1977 (fre): none x2, duration, number
    C("be-n1", BE, "none", "Benoit et al. (1977) reported that 82% of 130 aorto-coronary bypass grafts were still open on follow-up angiography, and that 94% of their patients had all or some of their grafts patent.", BE_FU),
    C("be-dur", BE, "duration", "Follow-up arteriograms obtained a mean of five years after aorto-coronary bypass in 80 cases showed that most grafts had remained patent (Benoit et al., 1977).", BE_FU, wrong="a mean of five years", accept=DN),
    C("be-n2", BE, "none", "In the French series of Benoit and colleagues (1977), late graft occlusion was uncommon and did not seem to depend on graft abnormalities seen at early follow-up.", BE_LATE),
    C("be-num", BE, "number", "According to Benoit et al.'s (1977) angiographic study, complete correction of the lesions of all three coronary trunks was or could have been carried out in about 60% of patients, and it succeeded in 94% of those who underwent it.", BE_30, wrong="about 60% of patients"),

    # Leff 1979: none, design, population, overreach
    C("lf-des", LF, "design", "Leff et al.'s (1979) retrospective review of patient charts from 28 metropolitan clinics showed that only three programmes (11%) routinely monitored hepatic function with serum tests during chemoprophylaxis.", LF_SURV, truth_alt=[LF_LIV, LF_28], wrong="retrospective review of patient charts", accept=["design"]),
    C("lf-n1", LF, "none", "Leff and colleagues (1979) surveyed all 28 large metropolitan tuberculosis programmes in the United States and found uniform practice on isoniazid dosage and length of preventive treatment.", LF_UNI, truth_alt=[LF_28, LF_SURV]),
    C("lf-pop", LF, "population", "Leff et al. (1979) found that one third of the rural tuberculosis programmes they surveyed gave chemoprophylaxis to pregnant women.", LF_PREG, truth_alt=[LF_SURV], wrong="rural tuberculosis programmes", accept=["population"]),
    C("lf-over", LF, "overreach", "The survey by Leff and co-workers (1979) showed that every large metropolitan programme in the United States followed the American Thoracic Society and CDC chemoprophylaxis guidelines without exception.", LF_GEN, wrong="without exception", accept=["overreach"]),

    # Osoba 1977: none, population, direction, number
    C("os-pop", OS, "population", "Osoba and colleagues (1977) tested 80 consecutive N. gonorrhoeae strains isolated from women attending antenatal clinics in Ibadan and found that most had diminished sensitivity to penicillin.", OS_80, truth_alt=[OS_825], wrong="women attending antenatal clinics", accept=["population"]),
    C("os-n1", OS, "none", "Of 80 consecutive gonococcal isolates from men with acute urethritis in Ibadan, 82.5% showed diminished sensitivity to penicillin, with an MIC of 0.075 μg/ml or more (Osoba et al., 1977).", OS_825, truth_alt=[OS_80]),
    C("os-dir", OS, "direction", "Osoba et al. (1977) reported that the highly resistant gonococcal strains from Ibadan were β-lactamase producers, which explained their resistance to penicillin.", OS_BL, wrong="were β-lactamase producers", accept=["direction"]),
    C("os-num", OS, "number", "Osoba et al.'s (1977) Nigerian series found high-level penicillin resistance, with MICs above 0.6 μg/ml, in 31 of the 80 strains.", OS_13, wrong="31 of the 80 strains"),

    # D'Achille 1978: none x2, comparator, direction
    C("da-n1", DA, "none", "When a pharmacist took over patient assessment at a hospital refill clinic, physicians agreed with 99% of the pharmacist's prescription-renewal decisions in 105 patients (D'Achille et al., 1978).", DA_P2),
    C("da-comp", DA, "comparator", "D'Achille et al. (1978) judged a pharmacist's prescription-renewal decisions against those of a clinical nurse specialist and found 99% agreement.", DA_P2, wrong="a clinical nurse specialist", accept=["comparator"]),
    C("da-dir", DA, "direction", "In D'Achille et al.'s (1978) refill clinic, patient waiting times fell markedly once the pharmacist assumed the assessment role.", DA_WAIT, wrong="fell markedly", accept=["direction"]),
    C("da-n2", DA, "none", "D'Achille and colleagues (1978) found that physician agreement stayed at 99% even when the pharmacist worked unsupervised and the physician reviewed the records only afterwards, in a further 106 patients.", DA_P3, truth_alt=[DA_P3D]),

    # Bayne & Caygill 1977: none, population, duration, number
    C("ba-pop", BA, "population", "The Hamilton-Wentworth Assessment and Placement Service described by Bayne and Caygill (1977) dealt mostly with young adults with chronic disabling diseases.", BA_80, truth_alt=[BA_APS], wrong="mostly with young adults", accept=["population"]),
    C("ba-n1", BA, "none", "In the judgement of their physicians, only a fifth of the people referred had normal memory and only 13% had normal judgement (Bayne & Caygill, 1977).", BA_MEM),
    C("ba-num", BA, "number", "Of the 2,005 people referred and placed in 1975, Bayne and Caygill (1977) found that 1,603 came from acute disease hospitals.", BA_2005, wrong="1,603"),
    C("ba-dur", BA, "duration", "A follow-up contact one year after placement found conditions satisfactory in most instances (Bayne & Caygill, 1977).", BA_FU, wrong="one year after placement", accept=DN),

    # Bannai & Tsukeda 1979: none x2, population, duration
    C("bn-n1", BN, "none", "Bannai and Tsukeda (1979) showed that cultured human diploid fibroblasts export glutathione, which in normal medium appears mostly as a mixed disulfide with cysteine.", BN_MIX, truth_alt=[BN_EXP]),
    C("bn-pop", BN, "population", "Bannai and Tsukeda (1979) found that cultured rat hepatocytes exported more than 10% of their normal glutathione within 2 h.", BN_10, truth_alt=[BN_EXP], wrong="cultured rat hepatocytes", accept=["population"]),
    C("bn-n2", BN, "none", "After a day in culture, glutathione in the medium reached an apparent concentration of 3-4 μM, similar to that measured in normal plasma by the same enzymatic method (Bannai & Tsukeda, 1979).", BN_DAY),
    C("bn-dur", BN, "duration", "In Bannai and Tsukeda's (1979) experiments, more than 10% of the cells' normal glutathione was exported over 24 h.", BN_10, wrong="over 24 h", accept=DN),

    # Kappas 1979: none, comparator, overreach, design
    C("ka-des", KA, "design", "In a randomised trial of rigid choledochoscopy, Kappas et al. (1979) found a diagnostic accuracy of 94% for pre-exploratory examination in 48 patients.", KA_PRE, truth_alt=[KA_121], wrong="In a randomised trial", accept=["design"]),
    C("ka-n1", KA, "none", "Kappas and colleagues (1979) reported that post-exploratory choledochoscopy was 87% accurate and post-exploratory cholangiography 82%, but that the two combined produced no errors.", KA_ACC),
    C("ka-comp", KA, "comparator", "In Kappas et al.'s (1979) series, post-exploratory choledochoscopy proved more accurate than operative palpation of the duct (87% versus 82%).", KA_ACC, wrong="operative palpation of the duct", accept=["comparator"]),
    C("ka-over", KA, "overreach", "Kappas et al. (1979) concluded that choledochoscopy eliminates residual bile duct stones after choledochotomy.", KA_CONC, truth_alt=[KA_9], wrong="eliminates residual bile duct stones", accept=["overreach"]),

    # Saunders 1978: none, design, number, direction
    C("sa-n1", SA, "none", "Saunders et al. (1978) found that a left inferior canalicular laceration in a young man after an assault was the most common presentation, and that nearly three-quarters of failed repairs caused no symptoms.", SA_EV),
    C("sa-des", SA, "design", "In a prospective study that followed patients from the time of repair, Saunders and colleagues (1978) found that the pigtail probe method gave an objective patency rate of only 36.6%.", SA_EV, wrong="a prospective study that followed patients from the time of repair", accept=["design"]),
    C("sa-num", SA, "number", "Saunders et al.'s (1978) evaluation found that the pigtail probe caused iatrogenic damage to the uninvolved canaliculus in 25% of repairs.", SA_EV, wrong="25% of repairs"),
    C("sa-dir", SA, "direction", "Despite a patency rate of about a third, Saunders et al. (1978) recommended that the pigtail probe remain the standard method for repairing canalicular lacerations.", SA_REC, wrong="recommended that the pigtail probe remain the standard method", accept=["direction"]),

    # Harada 1979: none, direction, comparator, duration
    C("ha-n1", HA, "none", "Harada et al. (1979) measured thyroid hormones in 339 sera from pregnant women and found T4, T3 and their free indexes significantly raised throughout pregnancy compared with 40 non-pregnant control women.", HA_ELEV, truth_alt=[HA_339]),
    C("ha-dir", HA, "direction", "According to Harada and colleagues (1979), serum TSH was significantly higher at 9-12 weeks of gestation than during the rest of pregnancy.", HA_TSH, wrong="significantly higher", accept=["direction"]),
    C("ha-comp", HA, "comparator", "Harada et al. (1979) found serum T4 and T3 elevated throughout pregnancy relative to the same women's postpartum samples.", HA_ELEV, truth_alt=[HA_339], wrong="relative to the same women's postpartum samples", accept=["comparator"]),
    C("ha-dur", HA, "duration", "In Harada et al.'s (1979) data, the free T4 concentration became elevated only after 20 weeks of pregnancy.", HA_FT4, wrong="only after 20 weeks", accept=DN),

    # Barza 1977: none x2, population, comparator
    C("bz-n1", BZ, "none", "Barza et al. (1977) found that the agar-diffusion bioassay underestimated antibiotic concentrations in sclera and iris by 38% to 72%, while slightly overestimating corneal levels.", BZ_UNDER),
    C("bz-pop", BZ, "population", "Using trephined disks from human donor eyes, Barza and colleagues (1977) showed that a corrected bioassay came within 20% of the radioactive assay in 18 of 24 dicloxacillin experiments.", BZ_DISK, truth_alt=[BZ_CORR], wrong="human donor eyes", accept=["population"]),
    C("bz-comp", BZ, "comparator", "Barza et al. (1977) checked the trephine-disk bioassay of dicloxacillin and gentamicin in ocular tissue against high-pressure liquid chromatography of the same specimens.", BZ_DISK, wrong="high-pressure liquid chromatography", accept=["comparator"]),
    C("bz-n2", BZ, "none", "Gentamicin bound strongly to ocular tissue, most to the iris and least to the cornea, and the binding appeared saturable and reversible (Barza et al., 1977).", BZ_BIND),

    # Grandjean 1978 (review): none x2, number, overreach
    C("gr-n1", GR, "none", "In his review, Grandjean (1978) noted that biochemical and behavioural effects of lead appear below the recommended blood lead limit of 60 μg/100 ml.", GR_60),
    C("gr-num", GR, "number", "According to Grandjean's (1978) review, geochemical studies show that human lead intake has risen about tenfold above the natural level.", GR_100, wrong="about tenfold"),
    C("gr-n2", GR, "none", "Grandjean (1978) pointed out that even slightly increased lead absorption lowers haemoglobin concentration, although frank anaemia is uncommon outside lead poisoning.", GR_HB),
    C("gr-over", GR, "overreach", "Reviewing neurobehavioural studies, Grandjean (1978) concluded that lead exposure at current levels causes psychological dysfunction throughout the general population.", GR_PSY, wrong="causes psychological dysfunction throughout the general population", accept=["overreach"]),

    # Winer 1979: none x2, direction, design
    C("wi-n1", WI, "none", "Winer et al. (1979) found amyloid-like fibrils in the urinary sediment of only four of 24 patients with proven or suspected renal amyloidosis, and similar fibrils in four control patients.", WI_4),
    C("wi-des", WI, "design", "In a randomised controlled trial involving 57 patients, Winer and colleagues (1979) assessed electron microscopy of urinary sediment as a diagnostic aid for renal amyloidosis.", WI_57, wrong="a randomised controlled trial", accept=["design"]),
    C("wi-n2", WI, "none", "Material consistent with tonofibrils was present in 68% of all the urine samples that Winer and colleagues (1979) examined.", WI_68),
    C("wi-dir", WI, "direction", "Winer et al. (1979) concluded that ultrastructural examination of urinary sediment is a sensitive and specific aid for diagnosing renal amyloidosis.", WI_CONC, wrong="is a sensitive and specific aid", accept=["direction"]),

    # Wukasch 1977: none, duration, number, overreach
    C("wu-dur", WU, "duration", "Of 5507 patients given aortocoronary bypass over a fifteen-year period, only 41 needed reoperation for recurrent angina (Wukasch et al., 1977).", WU_41, wrong="over a fifteen-year period", accept=DN),
    C("wu-num", WU, "number", "In Wukasch et al.'s (1977) series, graft thrombosis alone accounted for 21 of the 41 reoperations.", WU_FACT, wrong="21 of the 41 reoperations"),
    C("wu-n1", WU, "none", "At reoperation, Wukasch and colleagues (1977) achieved total revascularisation in 32 patients (78%), with one perioperative infarction and one death.", WU_TOT, truth_alt=[WU_MI]),
    C("wu-over", WU, "overreach", "Wukasch and colleagues (1977) proved that bypassing every coronary artery with any degree of narrowing prevents the need for reoperation.", WU_CONC, truth_alt=[WU_50], wrong="proved that bypassing every coronary artery with any degree of narrowing prevents the need for reoperation", accept=["overreach"]),

    # Koischwitz 1979 (ger): none x2, comparator, overreach
    C("ko-n1", KO, "none", "Koischwitz et al. (1979) demonstrated and localised hepatic hydatid disease by ultrasound in 41 patients, 35 with the cystic and six with the alveolar form.", KO_41),
    C("ko-comp", KO, "comparator", "Koischwitz and colleagues (1979) found that ultrasound alone gave the correct diagnosis in 22 patients, more often than scintigraphy did.", KO_22, wrong="more often than scintigraphy did", accept=["comparator"]),
    C("ko-n2", KO, "none", "In cystic echinococcosis of the liver, Koischwitz et al. (1979) considered a cyst containing a daughter cyst (5 of 35 cases) or a cystic conglomerate within a smooth capsule (17 of 35) typical of the disease.", KO_CYST),
    C("ko-over", KO, "overreach", "Koischwitz et al.'s (1979) results indicate that ultrasound is sufficient on its own to diagnose both cystic and alveolar hydatid disease of the liver.", KO_CONC, truth_alt=[KO_ALV], wrong="sufficient on its own to diagnose both cystic and alveolar hydatid disease", accept=["overreach"]),

    # Stauffer 1979: none, design, direction, population
    C("st-n1", ST, "none", "Of 45 patients with incomplete cord lesions from low-velocity gunshot wounds who underwent laminectomy, 32 (71%) improved measurably (Stauffer et al., 1979).", ST_45, truth_alt=[ST_185]),
    C("st-des", ST, "design", "Stauffer et al. (1979) prospectively allocated 185 patients with low-velocity gunshot wounds of the spine to laminectomy or non-operative care.", ST_185, wrong="prospectively allocated", accept=["design"]),
    C("st-dir", ST, "direction", "Stauffer and colleagues' (1979) comparison showed that laminectomy improved neural recovery in incomplete lesions compared with non-operative care.", ST_34, truth_alt=[ST_45], wrong="laminectomy improved neural recovery in incomplete lesions compared with non-operative care", accept=["direction"]),
    C("st-pop", ST, "population", "Reviewing 185 soldiers with high-velocity military gunshot wounds of the spine, Stauffer et al. (1979) found that only one of the 56 patients with complete lesions who underwent laminectomy had a partial return of function.", ST_56, truth_alt=[ST_185], wrong="soldiers with high-velocity military gunshot wounds", accept=["population"]),
]

if __name__ == "__main__":
    out = Path(__file__).resolve().parent / "claims.json"
    out.write_text(json.dumps(claims, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print("wrote", len(claims), "claims")
