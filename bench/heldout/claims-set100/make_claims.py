"""Writes claims.json (set 100, round twenty-eight). Hand-written claims; truth sentences copied verbatim from the main
abstracts (Abstract/AbstractText) of pool 14's records (as printed by show.py in batch_*.txt). The C() helper and the
field layout are those of set 98's make_claims.py (itself set 55's; only its first 30 lines were read)."""
import json
from pathlib import Path

def C(id, key, kind, claim, truth, wrong=None, truth_alt=None, accept=None):
    d = {"id": id, "key": key, "kind": kind, "claim": claim, "truth": truth}
    if truth_alt: d["truth_alt"] = truth_alt
    if wrong: d["wrong"] = wrong
    if accept: d["accept"] = accept
    return d

GE, RE, FO, LU, SO = "gelberg1979quantitative", "rengo1978effects", "forrest1979carcinoma", "lukens1979early", "soltis1979effect"
DO, LA, BA, TS, CU = "dolp1978possibilities", "lauffenburger1977bone", "bangham1978international", "tsao1978glycoproteins", "curry1978electroimmunoassay"
TO, CA, LK, LI, AR = "tountas1977tourniquet", "cachera1978resections", "lake1977effect", "lindblad1977total", "aronstam1979patterns"

GE_3 = "Three quantitative methods of left ventricular (LV) regional analysis were compared in the 30 degrees right anterior oblique and 60 degrees left anterior oblique projection."
GE_CTRL = "The control group consisted of 17 patients with qualitatively normal LV wall motion; the abnormal group comprised 17 patients with at least one region of severe, qualitative wall motion abnormality."
GE_AREA = "The area method had the lowest failure rate (p less than 0.001) and the best separation of measured normal and abnormal regions' ejection changes (p less than 0.001), and best reflected symmetric uniform motion of the ventricular silhouette."
GE_CONC = "We conclude that the area method, of the techniques examined, was best for the quantitative analysis of LV wall motion abnormalities."

RE_DB = "The effectiveness of chronic treatment with nifedipine in patients (pts) with a history of stable angina on effort has been evaluated in a double-blind study in 15 subjects of both sexes, aged 45 to 65 years."
RE_4W = "After 4 weeks of treatment with nifedipine or placebo the stress test was repeated."
RE_RES = "Nifedipine treatment reduced the weekly number of anginal attacks as well as the weekly number of nitroglycerin tablets consumed by the pts, increased maximum workload tolerated and reduced the S-T segment depression for the same workload, meanwhile heart rate and blood pressure did not change significantly either at rest or during exercise."

FO_21 = "Over a 21 year period, 245 cases of cancer of the pancreas were operated upon and followed-up at UCLA Hospital."
FO_MARG = "Apparent clearance of tumors at the time of pancreaticoduodenectomy that was confirmed by subsequent histopathology resulted in a patient survival time of 20.3 months as compared with a figure of 12.9 months when the pathological examination revealed tumor in a resection margin, although the surgeon believed that excision had been complete at the time of operation."
FO_70 = "Pancreaticoduodenectomy in patients over the age of 70 resulted in an average survival of only 7.6 months."
FO_TOT = "Total pancreatectomy with duodenectomy for pancreatic cancer gave an increased average survival of 26 months, and it is likely that the frequency of performance of this operation will increase."

LU_25 = "Measured electrodermal responses (EDR), in the form of changes in skin conductivity, during administration of a calibration questionnaire (CQ) and a personal history questionnaire (PHQ) to each of 25 Ss."
LU_PERS = "As predicted on the grounds that questions of the PHQ were more likely than the non-personal questions of the CQ to intersect unresolved, anxiety-laden material, it was found that strong EDR evoked by the PHQ were significantly more likely to perseverate than those evoked by the CQ."
LU_CLIN = "Hence, the technique has potential clinical use in identifying anxiety-laden material."
LU_FFA = "Free-floating anxiety did not correlate significantly with EDR data."

SO_HS = "Heat-stable ACA develops in deaggregated IgG and in normal, but not in hypogammaglobulinaemic, human and porcine serum heated at 56 degrees suggesting that this ACA is due to formation of immunoglobulin aggregates."
SO_53 = "At 53 degrees both endogenous haemolytic activity and heat-labile ACA were inactivated and formation of heat-stable ACA in normal serum was minimal."
SO_PROP = "Moreover, the degree of heat-induced aggregation of IgG in vitro at either temperature was directly proportional to IgG concentrations and inversely related to albumin concentrations."
SO_SUG = "These data suggest the following: (1) heat inactivation of complement at 53 degrees for 90 min is preferable to the traditional 56 degrees; (2) in any assay where immunoglobulin aggregates might interfere, normal serum may be an inadequate control and correlations will need to be made between serum IgG and albumin concentrations and the results obtained in these assays."

DO_LIM = "The possibilities of peripheral-venous nutrition as regards its substrate dosage are limited due to the vein tolerance (osmolarity) of the infusion mixtures."
DO_06 = "We have shown that a dosage below 0.6 g amino acids/kg BW per day does not have a positive influence on the nitrogen balance in comparison to a control group not nourished."
DO_3040 = "The situation of a patient in the post-aggression phase results in 30 to 40% of the supplied amino acids being utilized in the energy metabolism and excreted as urea, in spite of a sufficient simultaneous energy supply."
DO_TEST = "It remains to be tested whether the sole substitution of amino acids in a solution without carbohydrates over a short infusion period constitutes a compromise between the intended peripheral-venous tolerance and an effect on the nitrogen balance."

LA_GRP = "Two groups of patients with either low (osteoporosis), (n = 15) or high (Paget's disease, n = 6) bone turnover were studied before and after sodium fluoride (NaF) and diphosphonate (EHDP) treatment, respectively."
LA_FORM = "In both patient groups bone formation indices were significantly correlated: SVob/Vo+, r = 0.85; SVos/Vo+, r = 0.83; and aPh/Vo+, r = 0.97."
LA_RES = "Bone resorption indices correlated less well than bone formation indices: NAocl/Vo-, r = 0.68 and SVhl/Vo-, r = 0.63 with both groups."
LA_NEG = "In the osteoporotic group, a negative correlation existed between the empty Howship's lacunae SVhe and Vo+, r = -0.62."

BA_21 = "An international collaborative study of anti-D assays has been carried out by 21 laboratories in 11 countries."
BA_METH = "Manual, automated haemagglutination and isotope labelling methods all gave similar relative potencies."
BA_60 = "It was estimated to contain 60 microgram of of anti-D IgG immunoglobulin per ampoule, and 150 i.u./ampoule when assayed against the International Standard for Incomplete Anti-D Blood Typing Serum."
BA_25 = "Thus for this preparation 1 microgram of IgG anti-D immunoglobulin identical to 2.5 i.u. anti-D antibody."
BA_WHO = "At its 28th meeting the Expert Committee on Biological Standardization of WHO established the preparation 68/419 as the International Reference Preparation of Anti-D Immunoglobulin and assigned to it a potency of 150 i.u. per ampoule."

TS_ALT = "Alterations in cell surface glycoproteins have been implicated in malignancy."
TS_SK = "We examined surface membrane proteins of a cultured cell line, SKCO-1, which had been derived from a human colonic adenocarcinoma."
TS_DET = "GPI was not removed from the cell surface by EDTA, hypertonic saline, or sonication but was released from the membrane by detergents."
TS_CARB = "GPI had a greater proportion of sialic acid and galactosamine and less fucose and glucosamine than CEA."
TS_IMM = "Immunological studies, however, demonstrated identity between GPI and CEA."
TS_HL = "A study of the turnover rate of GPI showed it to have a half-life of 5 days."

CU_3 = "We examined three immunoassay techniques for measuring apolipoprotein B in serum and major lipoprotein density fractions from normolipidemic and hyperlipoproteinemic persons, comparing values by electroimmunoassay, radioimmunoassay, and radial immunodiffusion assay with those determined gravimetrically."
CU_EIA = "Electroimmunoassay is faster and simpler than radioimmunoassay, and equally precise (within- and between-assay coefficients of variation for both were 5 and 7%, respectively)."
CU_AGREE = "All the immunoassays gave results that agreed with those by gravimetry for normolipidemic sera and the corresponding lipoprotein density fractions, but only electroimmunoassay results agreed with those by gravimetry for apolipoprotein B in lipoproteins of d less than 1.019 g/ml isolated from hypertriglyceridemic patients."
CU_CONC = "Concentrations of apolipoprotein B in plasma, determined by electroimmunoassay in a population of normal persons and patients with primary hyperlipoproteinemias, were: normals, 980 +/- 200; type I, 700 +/- 160; type IIa, 2000 +/- 260; type IIb, 2180 +/- 300; type III, 1300 +/- 340; type IV, 1470 +/- 400; and type V, 1550 +/- 390 mg/liter (mean +/- SD)."

TO_BX = "Biopsies of muscle from ten patients and of muscle and nerve from three monkeys were obtained during periods of continuous ischemia and studied by light and electron microscopy and by histochemical means."
TO_NERVE = "In the monkey nerves degenerated myelin was seen one week later but appeared to be normal at 2 weeks."
TO_DEFL = "If after 3 hours the tourniquet was deflated for 30 minutes and then reapplied for 2 additional hours, no changes were found."
TO_2H = "No mitochondrial changes were seen in human muscle made ischemic by a tourniquet for 2 hours."

CA_700 = "In a total of 700 patients who underwent surgery for some aspect of coronary atherosclerosis, 40 underwent resection of left ventricular tissue."
CA_MORT = "The total inpatient mortality rate is still quite high (23.1%) because of the severity and widespread nature of the coronary disease."
CA_LT = "However, the mid-and long-term results are good, the criteria being functional improvement and the actuarial 4-year survival rate."

LK_HUM = "Addition of 0.1-0.3 micronM A23187, a divalent cation ionophore, to human erythrocytes suspended in a 1.0 mM 45Ca2+ -containing buffer results in a small (approximately two fold) increase in [Ca2+]i, a significant decrease in osmotic fragility, and a decrease in intracellular K+ (100 mmoles/liter of cells to 70 mmoles/liter cells) without significant alteration of intracellular [Na+]."
LK_125 = "Increasing extracellular K+ to 125 mM prevents the A23187-induced changes in osmotic fragility, K+ content and cell volume, but does not prevent the ionophore-induced uptake of 45Ca2+."
LK_TOAD = "Addition of 0.1-0.3 micronM A23187 to toad erythrocytes leads to an increase in 45Ca2+ uptake comparable to that observed in human erythrocytes, but does not alter osmotic fragility, cell volume or K+ content."
LK_POOL = "The difference in sensitivity of the two cell types to A23187 is attributed to the presence of additional intracellular calcium pools within toad erythrocytes that prevent an increase in cytoplasmic Ca2+ until Ca2+ uptake is increased substantially at the higher concentrations of A23187."

LI_AB = "Two regimens (A and B) for TPN were designed to meet the requirements of newborn infants for calories, amino acids, fatty acids, electrolytes, trace elements and vitamins."
LI_19 = "Nineteen patients (11 newborns, 8 infants) were studied for 1-28 days."
LI_12 = "Twelve infants recovered, 7 died."
LI_NONE = "In none could TPN be regarded as the cause of death."
LI_SEP = "Treatment was complicated by sepsis in 5 infants."
LI_FRU = "Fructose (0.30 g/kg X hour-1) given with regimen A increased blood lactate concentrations."

AR_82 = "Eighty-two boys with severe haemophilia A who spent some time at Lord Mayor Treloar College during 1973-7 were studied."
AR_FREQ = "The bleeding frequency among these boys, most of them aged 10-17 years, increased steadily from 8,31 episodes/100 days in 1973 to 12,63 episodes/100 days in 1977."
AR_SITE = "Altogether 24% of bleeding episodes were into the elbow joint, 22% into the knee, and 15% into the ankle."
AR_LEGS = "As the boys grew older the proportion of bleeding episodes in the legs declined and that in the arms increased."
AR_MGMT = "The pattern of bleeding during adolescence suggests that concepts of management of arm bleeding need modifying."

DN = ["duration", "number"]
claims = [
    # Gelberg et al. 1979: none x2, number, direction
    C("ge-n1", GE, "none", "Gelberg et al. (1979) compared three quantitative approaches to regional left ventricular wall motion (area, chord and radial) in right and left anterior oblique views and judged the area method the best of the three for quantifying wall motion abnormalities.", GE_CONC, truth_alt=[GE_3]),
    C("ge-n2", GE, "none", "Applied to ventriculograms of patients with severe regional wall motion abnormality, the area method missed the fewest qualitatively abnormal regions and best separated normal from abnormal regions (Gelberg et al., 1979).", GE_AREA),
    C("ge-num", GE, "number", "Gelberg and colleagues (1979) derived normal regional values from a control group of 27 patients with qualitatively normal wall motion.", GE_CTRL, wrong="27 patients"),
    C("ge-dir", GE, "direction", "In Gelberg et al.'s (1979) comparison, the area method had the highest failure rate of the three techniques in detecting qualitatively abnormal regions.", GE_AREA, wrong="highest failure rate"),
    # Rengo et al. 1978: none, design, duration, comparator
    C("re-n1", RE, "none", "Rengo et al. (1978) reported that nifedipine cut the weekly number of angina attacks and of nitroglycerin tablets taken, raised the maximum tolerated workload and lessened S-T depression at a given workload, without significant changes in heart rate or blood pressure.", RE_RES),
    C("re-des", RE, "design", "In an open-label study of 15 men and women aged 45 to 65 with stable effort angina, Rengo and colleagues (1978) evaluated chronic treatment with nifedipine.", RE_DB, wrong="open-label study"),
    C("re-dur", RE, "duration", "Rengo et al.'s (1978) patients repeated the bicycle exercise test after 12 weeks of treatment with nifedipine or placebo.", RE_4W, wrong="12 weeks", accept=DN),
    C("re-comp", RE, "comparator", "Rengo et al. (1978) compared nifedipine with propranolol in patients with stable angina on effort, repeating the stress test after four weeks of treatment.", RE_4W, wrong="propranolol", truth_alt=[RE_DB]),
    # Forrest & Longmire 1979: none, duration, population, overreach
    C("fo-n1", FO, "none", "Forrest and Longmire (1979) found that when histopathology confirmed tumour clearance after pancreaticoduodenectomy, patients survived 20.3 months, against 12.9 months when tumour turned up in a resection margin although the surgeon had believed the excision complete.", FO_MARG),
    C("fo-dur", FO, "duration", "Over a 12-year period, 245 patients with cancer of the pancreas were operated on and followed up at UCLA Hospital (Forrest & Longmire, 1979).", FO_21, wrong="12-year period", accept=DN),
    C("fo-pop", FO, "population", "Forrest and Longmire's (1979) series showed that pancreaticoduodenectomy in patients under the age of 50 gave an average survival of only 7.6 months.", FO_70, wrong="under the age of 50"),
    C("fo-over", FO, "overreach", "Forrest and Longmire (1979) showed that total pancreatectomy with duodenectomy cures pancreatic cancer and should replace pancreaticoduodenectomy for all patients.", FO_TOT, wrong="cures pancreatic cancer and should replace pancreaticoduodenectomy for all patients"),
    # Lukens 1979: none x2, direction, overreach
    C("lu-n1", LU, "none", "Lukens (1979) recorded changes in skin conductance in 25 subjects while they answered a calibration questionnaire and a personal history questionnaire.", LU_25),
    C("lu-n2", LU, "none", "Strong electrodermal responses to personal-history questions were significantly more likely to persist than those evoked by non-personal calibration questions, which suggests the method could help identify anxiety-laden material in the clinic (Lukens, 1979).", LU_PERS, truth_alt=[LU_CLIN]),
    C("lu-dir", LU, "direction", "In Lukens's (1979) study, subjects' free-floating anxiety correlated strongly with their electrodermal responses.", LU_FFA, wrong="correlated strongly"),
    C("lu-over", LU, "overreach", "Lukens (1979) established that skin conductance measurement reliably identifies anxiety-laden material and should be used routinely in clinical interviews.", LU_CLIN, wrong="established that skin conductance measurement reliably identifies anxiety-laden material and should be used routinely"),
    # Soltis et al. 1979: none, direction, population, duration
    C("so-n1", SO, "none", "Soltis et al. (1979) found that at 53 degrees, rather than the customary 56, endogenous haemolytic activity and heat-labile anticomplementary activity were abolished while little heat-stable anticomplementary activity formed in normal serum.", SO_53),
    C("so-dir", SO, "direction", "Soltis and colleagues (1979) reported that heat-induced IgG aggregation fell as IgG concentration rose and increased with albumin concentration.", SO_PROP, wrong="fell as IgG concentration rose and increased with albumin concentration"),
    C("so-pop", SO, "population", "Heat-stable anticomplementary activity developed in normal human and bovine serum heated at 56 degrees, but not in hypogammaglobulinaemic serum, pointing to immunoglobulin aggregates (Soltis et al., 1979).", SO_HS, wrong="bovine"),
    C("so-dur", SO, "duration", "Soltis et al.'s (1979) recommendation was to inactivate complement at 53 degrees for 30 min instead of at the traditional 56 degrees.", SO_SUG, wrong="30 min", accept=DN),
    # Dölp et al. 1978: none, number, comparator, overreach
    C("do-n1", DO, "none", "Dölp et al. (1978) point out that peripheral-venous feeding is limited by the veins' tolerance of the infusion's osmolarity, and they found that less than 0.6 g of amino acids per kg body weight a day did not improve nitrogen balance compared with unfed controls.", DO_06, truth_alt=[DO_LIM]),
    C("do-num", DO, "number", "In the post-aggression phase, according to Dölp and colleagues (1978), 60 to 70% of the infused amino acids are used for energy and excreted as urea despite an adequate energy supply.", DO_3040, wrong="60 to 70%"),
    C("do-comp", DO, "comparator", "Dölp et al. (1978) showed that amino acid doses below 0.6 g/kg body weight per day did not improve nitrogen balance compared with a group receiving glucose alone.", DO_06, wrong="a group receiving glucose alone"),
    C("do-over", DO, "overreach", "Dölp et al.'s (1978) work demonstrated that giving amino acids alone, without carbohydrates, over a short infusion period is the best compromise between vein tolerance and nitrogen balance in peripheral-venous feeding.", DO_TEST, wrong="demonstrated that giving amino acids alone, without carbohydrates, over a short infusion period is the best compromise"),
    # Lauffenburger et al. 1977: none, design, population, direction
    C("la-n1", LA, "none", "Lauffenburger et al. (1977) found that histomorphometric and kinetic indices of bone resorption agreed less closely (r = 0.68 and 0.63) than did the indices of bone formation.", LA_RES, truth_alt=[LA_FORM]),
    C("la-des", LA, "design", "In a randomised placebo-controlled trial, Lauffenburger and colleagues (1977) gave sodium fluoride to 15 patients with osteoporosis and a diphosphonate to 6 with Paget's disease.", LA_GRP, wrong="randomised placebo-controlled trial", accept=["design", "comparator"]),
    C("la-pop", LA, "population", "Lauffenburger et al. (1977) studied patients with low bone turnover (osteoporosis, n = 15) and with high bone turnover (primary hyperparathyroidism, n = 6).", LA_GRP, wrong="primary hyperparathyroidism"),
    C("la-dir", LA, "direction", "Among the osteoporotic patients, the extent of empty Howship's lacunae rose in step with the calcium accretion rate (Lauffenburger et al., 1977).", LA_NEG, wrong="rose in step with"),
    # Bangham et al. 1978: none x2, number, comparator
    C("ba-n1", BA, "none", "Twenty-one laboratories in 11 countries took part in the international collaborative study of anti-D immunoglobulin assays reported by Bangham et al. (1978).", BA_21),
    C("ba-n2", BA, "none", "In the collaborative study by Bangham and colleagues (1978), the proposed reference preparation was estimated to hold 60 micrograms of anti-D IgG and 150 i.u. per ampoule, and WHO's Expert Committee on Biological Standardization later established it as the International Reference Preparation.", BA_60, truth_alt=[BA_WHO]),
    C("ba-num", BA, "number", "Bangham et al.'s (1978) estimates implied that, for this preparation, 1 microgram of IgG anti-D immunoglobulin corresponds to 5 i.u. of anti-D antibody.", BA_25, wrong="5 i.u."),
    C("ba-comp", BA, "comparator", "Bangham et al. (1978) found that manual haemagglutination and enzyme-linked immunosorbent assays gave similar relative potencies for anti-D immunoglobulin.", BA_METH, wrong="enzyme-linked immunosorbent assays"),
    # Tsao & Kim 1978: none x2, comparator, overreach
    C("ts-n1", TS, "none", "Tsao and Kim (1978) isolated the main labelled surface glycoprotein of SKCO-1, a cell line derived from a human colonic adenocarcinoma, and found it immunologically identical to carcinoembryonic antigen, with a half-life of 5 days.", TS_IMM, truth_alt=[TS_HL, TS_SK]),
    C("ts-n2", TS, "none", "The glycoprotein was not stripped from the cell surface by EDTA, hypertonic saline or sonication, but detergents released it from the membrane (Tsao & Kim, 1978).", TS_DET),
    C("ts-comp", TS, "comparator", "Compared with alpha-fetoprotein, the SKCO-1 glycoprotein contained more sialic acid and galactosamine and less fucose and glucosamine (Tsao & Kim, 1978).", TS_CARB, wrong="alpha-fetoprotein"),
    C("ts-over", TS, "overreach", "Tsao and Kim's (1978) findings show that carcinoembryonic antigen on the cell surface is what makes colonic cells malignant.", TS_IMM, wrong="show that carcinoembryonic antigen on the cell surface is what makes colonic cells malignant", truth_alt=[TS_ALT]),
    # Curry et al. 1978: none x2, comparator, population
    C("cu-n1", CU, "none", "Curry et al. (1978) found electroimmunoassay quicker and simpler than radioimmunoassay for apolipoprotein B and just as precise, with within- and between-assay coefficients of variation of 5% and 7%.", CU_EIA),
    C("cu-n2", CU, "none", "By electroimmunoassay, plasma apolipoprotein B averaged 980 mg/l in normal persons, 700 mg/l in type I and about 2000-2180 mg/l in type IIa and IIb hyperlipoproteinaemia (Curry et al., 1978).", CU_CONC),
    C("cu-comp", CU, "comparator", "Curry and colleagues (1978) evaluated electroimmunoassay, radioimmunoassay and radial immunodiffusion for apolipoprotein B by comparing each with values obtained by nephelometry.", CU_3, wrong="nephelometry"),
    C("cu-pop", CU, "population", "For lipoproteins of density below 1.019 g/ml isolated from patients with hypercholesterolaemia, only electroimmunoassay agreed with gravimetry (Curry et al., 1978).", CU_AGREE, wrong="hypercholesterolaemia"),
    # Tountas & Bergman 1977: none, duration, population, design
    C("to-n1", TO, "none", "Tountas and Bergman (1977) saw no changes when, after 3 hours, the tourniquet was released for 30 minutes and then reinflated for a further 2 hours.", TO_DEFL),
    C("to-dur", TO, "duration", "In Tountas and Bergman's (1977) monkeys, degenerated myelin appeared in the nerves one week after ischaemia and looked normal again at 2 months.", TO_NERVE, wrong="2 months", accept=DN),
    C("to-pop", TO, "population", "Tountas and Bergman (1977) took biopsies of muscle from ten patients and of muscle and nerve from three dogs during continuous ischaemia.", TO_BX, wrong="three dogs"),
    C("to-des", TO, "design", "In a randomised controlled trial of tourniquet duration (Tountas & Bergman, 1977), human muscle made ischaemic for 2 hours showed no mitochondrial changes.", TO_2H, wrong="randomised controlled trial of tourniquet duration", truth_alt=[TO_BX]),
    # Cachera et al. 1978: none, design, number, overreach
    C("ca-n1", CA, "none", "Of 700 patients operated on for coronary atherosclerosis, 40 had left ventricular tissue resected (Cachera et al., 1978).", CA_700),
    C("ca-des", CA, "design", "Cachera and colleagues' (1978) prospective randomised trial found good mid- and long-term results after left ventricular resection, judged by functional improvement and actuarial 4-year survival.", CA_LT, wrong="prospective randomised trial"),
    C("ca-num", CA, "number", "Inpatient mortality after left ventricular resection was 13.1%, which Cachera et al. (1978) attributed to the severity and widespread nature of the coronary disease.", CA_MORT, wrong="13.1%"),
    C("ca-over", CA, "overreach", "Cachera et al.'s (1978) results show that every patient with dyskinesia after myocardial infarction should undergo left ventricular resection.", CA_LT, wrong="every patient with dyskinesia after myocardial infarction should undergo left ventricular resection"),
    # Lake et al. 1977: none x2, number, population
    C("lk-n1", LK, "none", "Lake et al. (1977) showed that raising extracellular K+ to 125 mM blocked the A23187-induced changes in osmotic fragility, potassium content and cell volume of human red cells, although calcium uptake still occurred.", LK_125),
    C("lk-n2", LK, "none", "Lake, Rasmussen and Goodman (1977) attributed the toad erythrocyte's lower sensitivity to A23187 to additional intracellular calcium pools that keep cytoplasmic Ca2+ from rising until uptake is much greater.", LK_POOL, truth_alt=[LK_TOAD]),
    C("lk-num", LK, "number", "Lake et al. (1977) found that 0.1-0.3 micromolar A23187 lowered the intracellular K+ of human erythrocytes from 100 to 40 mmol per litre of cells.", LK_HUM, wrong="40 mmol"),
    C("lk-pop", LK, "population", "In chicken erythrocytes, 0.1-0.3 micromolar A23187 increased 45Ca2+ uptake as much as in human cells but left osmotic fragility, cell volume and K+ content unchanged (Lake et al., 1977).", LK_TOAD, wrong="chicken erythrocytes"),
    # Lindblad et al. 1977: none, design, number, direction
    C("li-n1", LI, "none", "Of the 19 newborns and infants given total parenteral nutrition by Lindblad et al. (1977), 12 recovered and 7 died, but in no case could TPN be regarded as the cause of death.", LI_12, truth_alt=[LI_NONE, LI_19]),
    C("li-des", LI, "design", "In a randomised double-blind trial, Lindblad and colleagues (1977) gave 19 newborns and infants one of two total parenteral nutrition regimens for 1-28 days.", LI_19, wrong="randomised double-blind trial", truth_alt=[LI_AB]),
    C("li-num", LI, "number", "Sepsis complicated treatment in 15 of the infants (Lindblad et al., 1977).", LI_SEP, wrong="15 of the infants"),
    C("li-dir", LI, "direction", "In Lindblad et al.'s (1977) study, fructose given with regimen A at 0.30 g/kg per hour lowered blood lactate concentrations.", LI_FRU, wrong="lowered blood lactate"),
    # Aronstam et al. 1979: none x2, duration, direction
    C("ar-n1", AR, "none", "Aronstam et al. (1979) found that, of all bleeding episodes in boys with severe haemophilia A, 24% involved the elbow, 22% the knee and 15% the ankle.", AR_SITE),
    C("ar-n2", AR, "none", "As the adolescents with severe haemophilia grew older, a smaller share of their bleeds occurred in the legs and a larger share in the arms, which led Aronstam, Rainsford and Painter (1979) to argue that the management of arm bleeding needs rethinking.", AR_LEGS, truth_alt=[AR_MGMT]),
    C("ar-dur", AR, "duration", "Aronstam and colleagues (1979) followed 82 boys with severe haemophilia A at Lord Mayor Treloar College over ten years.", AR_82, wrong="over ten years", accept=DN),
    C("ar-dir", AR, "direction", "Bleeding frequency among the boys fell steadily between 1973 and 1977 (Aronstam et al., 1979).", AR_FREQ, wrong="fell steadily"),
]
(Path(__file__).resolve().parent / "claims.json").write_text(json.dumps(claims, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
print(len(claims), "claims")
