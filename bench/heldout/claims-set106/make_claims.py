"""Writes claims.json (set 106, round twenty-nine). Hand-written claims; truth sentences copied verbatim from the main
abstracts (Article/Abstract/AbstractText) of pool 14's records (positions 1119-1133). The C() helper and the field
layout are those of set 102's make_claims.py (only its first 30 lines were read)."""
import json
from pathlib import Path

def C(id, key, kind, claim, truth, wrong=None, truth_alt=None, accept=None):
    d = {"id": id, "key": key, "kind": kind, "claim": claim, "truth": truth}
    if truth_alt: d["truth_alt"] = truth_alt
    if wrong: d["wrong"] = wrong
    if accept: d["accept"] = accept
    return d

SC, LU, HA, KH, ST = "scholz1979clinical", "luria1979use", "hammerbeck1978reinforcing", "khalil1978impact", "schottelius1977course"
BE, MC, YA, KI, BO = "beeler1979fractionation", "mcelwain1979high", "yasue1979circadian", "kirkegaard1977intravenous", "boyd1979kidney"
KY, TR, VU, DS, GA = "kaye1979treatment", "trujillo1979amikacin", "vukovic1977analysis", "deservi1977effects", "gandjbakhch1977value"

SC_93 = "In the clinical study the influence of the differently long times of warm ischaemia and of the duration of the acute renal insufficiency post transplantationem on the late prognosis of the grafts and the survival of the patients as well as on the incidence of complications in 93 patients who first underwent a transplantation of the CD-kidney and who more than two months after the transplantation lived with a working kidney was examined."
SC_13 = "In the group with immediate beginning of the function of the kidney at an average WIZ of 13 minutes the creatinine clearance was significantly higher and the incidence of severe infections in the late phase was lower than in the groups with longer WIZ and very retarded beginning of the renal function."
SC_DOG = "Haemodynamic investigations on the autograft model of the dog after 30 minutes WIZ resulted in a pathologically increased renal vascular resistance and in a restricted filtration function up to 4 weeks post transplantationem."
LU_90 = "A consecutive series of 90 admissions of functional patients was examined with the Present State Examination (PSE)."
LU_11 = "Based primarily on PSE findings together with previously published diagnostic criteria, we identified 11 clear or index cases of schizophrenia, 12 of affective psychoses, and 12 of neurotic/personality disorders."
LU_DEP = "Among the index cases, the depressives were distinguished by low scores on both scales and the manics by high scores."
LU_OVL = "There was little overlap in the distribution of the scores among the diagnostic groups, suggesting that these scales might be effective psychological markers of clear affective versus clear non-affective functional disorders."
LU_AID = "The scales therefore might be practical diagnostic aids."
HA_12 = "Twelve rhesus monkeys were studied under a fixed-ratio (FR) schedule of intravenous procaine or d-amphetamine injection from 8 A.M. to 4 P.M. daily."
HA_100 = "At doses of 1 mg/kg/injection of procaine and 0.1 mg/kg/injection of d-amphetamine, responding was maintained at FR values up to 100 by procaine and d-amphetamine but not by saline."
HA_SES = "Responding and drug intake were relatively constant throughout each 8-hour session with procaine, but responding tended to decrease and was more variable over the session with d-amphetamine."
KH_REC = "The effect of legislative actions taken in 1973 on the prevalence of primary and acquired drug resistance was studied from the records on the Regional Tuberculosis and Chest Diseases Centre in Benghazi during the period June 1971 to August 1976."
KH_771 = "There were available for analysis 771 culture-positive cases of newly diagnosed pulmonary tuberculosis in Libyan nationals, and 789 cases of both Libyan nationals and others with positive cultures during treatment."
KH_015 = "During the first 9 3-month periods there was a small decrease of 0.15% per quarter."
KH_ACC = "However, after adoption of the antituberculosis measures in mid-1973 the rate of decline accelerated to 0.61% per quarter, a 4-fold increase over the earlier rates (P less than 0.001 for comparison of rates)."
KH_333 = "The proportion of patients under treatment from whom resistant cultures were isolated was 33.3% in the first quarter."
KH_14Q = "It remained at about this level until the 14th quarter, approximately a year after the legislation came into force, when the proportion began to decline."
KH_147 = "By the end of the period it was only 14.7%."
ST_20 = "Four weeks later 20 of the infected rats were inoculated with 1.5 x 10(5) T. cruzi."
ST_CTRL = "Control animals were given the same number of parasites."
ST_LOW = "Rats with H. muris infections showed a low development of T. cruzi up to the 16th day of infection with this flagellate (P less than 0.0005)."
ST_LOST = "This difference in the development of the trypanosomes is lost from the 17th to the 27th day after infection."
BE_HA = "\"Highly active\" heparin (approximately 8% of the low molecular weight pool) possesses a specific anticoagulant activity of 350 +/- 10 units/mg."
BE_IN = "The relatively inactive fraction (67% of the low molecular weight pool) exhibits a specific anticoagulant activity of 4 +/- 1 units/mg."
BE_2300 = "The rate of enzyme neutralization is increased to a maximum of 2300-fold as the concentration of heparin is raised until the inhibitor is saturated with mucopolysaccharide."
BE_RED = "Further increases in heparin concentration result in a reduction in the speed of enzyme neutralization."
MC_8H = "Autologous non-cryopreserved bone marrow infused 8 hours after an intravenous injection of melphalan, 140 mg/m2, accelerates bone marrow recovery."
MC_20 = "Twenty patients with disseminated malignant melanoma were treated with this regimen: there were 12 responses, two of them complete but the toxicity of the treatment was not sufficient to justify using this method of treatment routinely since survival was little influenced by treatment (4-11 months)."
YA_13 = "Thirteen patients with Prinzmetal's variant angina performed treadmill exercise tests in the early morning and in the afternoon of the same day."
YA_ATT = "The attacks with ST elevation were induced repeatedly in all 13 patients in the early morning, but in only two patients in the afternoon."
YA_PROP = "Propranolol did not suppress the exercise-induced attacks in all 13 patients."
YA_DILT = "Diltiazem suppressed the attacks in all 13 patients and phentolamine in eight of the nine patients."
YA_CONC = "We conclude that there is circadian variation of exercise capacity in patients with Prinzmetal's variant angina caused by coronary arterial spasm induced by exercise in the early morning but not in the afternoon."
KI_23 = "In 23 patients with diffuse goitre 7 showed a lack of increase in serum thyrotrophin (TSH) at a significantly increased frequency compared to controls (P = 0.0028)."
KI_ND = "No significant difference in age and thyroid parameters was found between the TRH negative and TRH positive patients."
KI_ORAL = "Five of these patients were given TRH perorally 80 mg daily for 2 weeks resulting in a significant increase in serum T4 and T3."
BO_KG = "In rats given low (5 mmol/kg) or high (20 mmol/kg) doses of NH4Cl by stomach tube or placed in a 10% CO2 atmosphere, kidney KG levels fell after 1-h by 44, 69, or 73%, respectively."
BO_LIV = "In livers of the same rats, treatments produced different patterns of metabolite changes; KG fell only in the NaHCO3 and NH4HCO3 groups."
BO_CONC = "These results support the concept that KG is a specific regulator of renal ammonia production in acute acid-base stresses."
KY_MOD = "Cefazolin (CZ), cephalothin (CF), cefoxitin (CX), and cefamandole (CM) were evaluated in therapy of Staphylococcus aureus infection produced in perforated table tennis balls placed intraperitoneally in rabbits."
KY_BALL = "Four weeks after placement of two balls in each rabbit, a beta-lactamase producing strain of S. aureus was injected into one of the balls."
KY_72 = "After 72 h the mean log(10) colony-forming units per ml were 5.0 for CZ, 4.1 for CF, 3.6 for CX, and 5.6 for CM."
KY_8D = "After 8 days, the titers were 1.6/ml for CZ, 1.0 for CF, 1.9 for CX, and 3.6 for CM."
TR_20 = "Penetration of the aminoglycoside, amikacin, into the cerebrospinal fluid (CSF) of twenty children with acute bacterial meningitis was studied at various times after intramuscular administration and at various stages of therapy."
TR_6 = "Six of the patients were evaluated during therapy with amikacin at 7.5 mg/kg (intramuscularly) every 12 hours plus ampicillin every 6 hours at 300 mg/kg/day (intravenously); thirteen of the remaining fourteen patients were treated with ampicillin alone, but were given a single intramuscular dose of 7.5 mg/kg of amikacin for evaluation of CSF concentration."
TR_76 = "A minimum concentration of 2 microgram/ml was found in 76% of the CSF samples obtained between 0.5 and 7 hours after administration."
TR_RAT = "A mean amikacin serum/CSF ratio of 3:1 was demonstrated up to 7 hours after dose in all patients who underwent clinical improvement."
VU_15 = "Consequently, the authors have examined 15 children of various age who had acute leukemia."
VU_ALL = "All children were examined for all antigens of the first and second HLA system, as well as for ABO and Rh genotype."
VU_PAR = "Frequency of certain antigens and haplotypes was found in both children and their parents so that a comparison with antigen and haplotype frequency was also made."
VU_SUP = "It is therefore supposed that these antigens should not be associated with predispositional factors of the illness, instead, they are more likely to have influence over the course of the illness itself."
DS_15 = "In fifteen patients with coronary artery disease who underwent hemodynamic studies, pressure measurements and left ventricular angiography were performed prior and 5' after the administration of 0.4 mg of spray nitroglycerin (TNG)."
DS_EDP = "Nitroglycerin decreased left ventricular end-diastolic pressure (control 22.7 +/- 7.6 mmHg; TNG 11.4 +/- 6.1 mmHg, p less than 0.001) left ventricular end-diastolic volume (control 138 +/- 54 ml/m2, TNG 122 +/- 54 ml/m2, p less than 0.001) and improved compliance indexes (dV/dP - VED control 1.3 +/- 0.5 10(-2)/mmHg; TNG 4.6 +/- 4.3 10(-2)/MMHg; p less than 0.01; delta V/delta P - VTS control 0.071 +/- 0.04 mmHg-1; TNG 0.170 +/- 0.14 mmHg-1, p less than 0.01)."
DS_K = "TNG decreased the average value of modulus of chamber stiffness K (control 0.031 +/- 0.009; TNG 0.028 +/- 0.008, p less than 0.02) shifting the pressure-volume curve in some patients rightward and downward."
GA_60 = "Assisted circulation (AC) by intra-aortic counterpressure (IACP) has been used in 60 patients either pre- and postoperatively after a complication of acute myocardial infarction (25 patients: group A), or for a low-output syndrome after extracorporeal circulation (ECC) occurring in the operating theatre (20 patients: group B), or secondarily (15 patients: group C)."
GA_8 = "Out of the 8 patients in this group who had cardiogenic shock only 4 survived, whereas out of the 17 patients without shock, only one died."
GA_58 = "Of the group B and C patients, 58% responded favourably to IACP, and 75% of group B cases survived as against 33% of group C."

DN = ["duration", "number"]
claims = [
    # Scholz et al. 1979 (1119): none, direction, population, duration
    C("sc-none", SC, "none", "Among 93 patients living with a working first kidney graft, Scholz et al. (1979) observed that those whose graft functioned immediately, after a mean warm ischaemia time of 13 minutes, later had a significantly higher creatinine clearance and fewer severe infections than those whose graft function began late.", SC_13, truth_alt=[SC_93]),
    C("sc-dir", SC, "direction", "Scholz and colleagues (1979) reported that transplant recipients whose kidney worked immediately had a significantly lower creatinine clearance in the long term than recipients with delayed graft function.", SC_13, wrong="significantly lower creatinine clearance"),
    C("sc-pop", SC, "population", "In a pig autograft model, 30 minutes of warm ischaemia produced a pathologically raised renal vascular resistance and restricted filtration (Scholz et al., 1979).", SC_DOG, wrong="pig autograft model"),
    C("sc-dur", SC, "duration", "Scholz et al.'s (1979) canine autograft experiments showed that 30 minutes of warm ischaemia left renal vascular resistance pathologically increased and filtration restricted for up to 12 weeks after transplantation.", SC_DOG, wrong="up to 12 weeks", accept=DN),
    # Luria 1979 (1120): none x2, population, overreach
    C("lu-none1", LU, "none", "Luria (1979) found that, among clear-cut index cases, depressed patients scored low on both the mood and the alertness analogue scales, while manic patients scored high on both.", LU_DEP),
    C("lu-none2", LU, "none", "Using the Present State Examination in 90 consecutive psychiatric admissions, Luria identified 11 index cases of schizophrenia, 12 of affective psychosis and 12 of neurotic or personality disorder (Luria, 1979).", LU_11, truth_alt=[LU_90]),
    C("lu-pop", LU, "population", "Luria's (1979) study of 90 consecutive outpatients seen at a community mental-health clinic found that daily mood and alertness scales separated affective from non-affective disorders.", LU_90, wrong="90 consecutive outpatients seen at a community mental-health clinic"),
    C("lu-over", LU, "overreach", "According to Luria (1979), the visual analogue mood and alertness scales are accurate enough to replace the Present State Examination in diagnosing affective psychoses.", LU_AID, wrong="accurate enough to replace the Present State Examination", truth_alt=[LU_OVL]),
    # Hammerbeck & Mitchell 1978 (1121): none, number, comparator, overreach
    C("ha-none", HA, "none", "Hammerbeck and Mitchell (1978) found that, at 1 mg/kg per injection of procaine or 0.1 mg/kg of d-amphetamine, monkeys kept responding at fixed ratios as high as 100, whereas saline did not sustain responding.", HA_100),
    C("ha-num", HA, "number", "In twenty rhesus monkeys working on a fixed-ratio schedule for intravenous injections, both procaine and d-amphetamine served as reinforcers (Hammerbeck & Mitchell, 1978).", HA_12, wrong="twenty rhesus monkeys"),
    C("ha-comp", HA, "comparator", "Hammerbeck and Mitchell (1978) compared the reinforcing properties of procaine with those of cocaine in rhesus monkeys and found that procaine intake stayed relatively constant across each 8-hour session.", HA_SES, wrong="with those of cocaine", truth_alt=[HA_12]),
    C("ha-over", HA, "overreach", "Hammerbeck and Mitchell's (1978) monkeys sustained responding for procaine much as they did for d-amphetamine, establishing that procaine is as liable to abuse in people as amphetamine.", HA_100, wrong="establishing that procaine is as liable to abuse in people as amphetamine", accept=["overreach", "population"]),
    # Khalil & Sathianathan 1978 (1122): none, duration, direction, design
    C("kh-none", KH, "none", "Khalil and Sathianathan (1978) reported that after Libya's anti-tuberculosis measures took effect in mid-1973, the decline in drug resistance among newly diagnosed cases quickened from 0.15% to 0.61% per quarter.", KH_ACC, truth_alt=[KH_015]),
    C("kh-dur", KH, "duration", "Drawing on a decade of records (1966-1976) from the Benghazi chest diseases centre, Khalil and Sathianathan (1978) examined how the 1973 legislation affected tuberculosis drug resistance.", KH_REC, wrong="a decade of records (1966-1976)", accept=DN),
    C("kh-dir", KH, "direction", "The share of patients on treatment who yielded resistant cultures climbed steadily after the legislation came into force (Khalil & Sathianathan, 1978).", KH_14Q, wrong="climbed steadily after the legislation", truth_alt=[KH_333, KH_147]),
    C("kh-des", KH, "design", "In a prospective cohort study of 771 newly diagnosed Libyan patients with pulmonary tuberculosis, Khalil and Sathianathan (1978) found that primary drug resistance fell faster once the 1973 legislation was in place.", KH_REC, wrong="prospective cohort study", truth_alt=[KH_771]),
    # Schottelius 1977 (1123): none, direction, population, comparator
    C("st-none", ST, "none", "Schottelius (1977) found that the difference in trypanosome development between rats with and without Haemobartonella muris disappeared from the 17th to the 27th day after T. cruzi infection.", ST_LOST),
    C("st-dir", ST, "direction", "Schottelius (1977) reported that concurrent Haemobartonella muris infection enhanced the development of Trypanosoma cruzi in rats during the first 16 days of infection.", ST_LOW, wrong="enhanced"),
    C("st-pop", ST, "population", "In mice carrying Haemobartonella muris, an inoculum of 1.5 x 10^5 Trypanosoma cruzi developed poorly up to day 16 compared with animals free of H. muris (Schottelius, 1977).", ST_LOW, wrong="In mice", truth_alt=[ST_20]),
    C("st-comp", ST, "comparator", "In Schottelius's (1977) experiment, H. muris-infected rats were compared with splenectomised rats given the same number of T. cruzi.", ST_CTRL, wrong="splenectomised rats"),
    # Beeler et al. 1979 (1124): none x2, number, direction
    C("be-none1", BE, "none", "Beeler et al. (1979) isolated a 'highly active' heparin fraction, about 8% of the low-molecular-weight pool, with a specific anticoagulant activity of 350 units/mg.", BE_HA),
    C("be-none2", BE, "none", "Two-thirds of the low-molecular-weight porcine heparin (67%) was relatively inactive, with a specific anticoagulant activity of only about 4 units/mg (Beeler et al., 1979).", BE_IN),
    C("be-num", BE, "number", "Beeler and colleagues (1979) showed that highly active heparin could speed the neutralisation of thrombin by antithrombin up to 230-fold once the inhibitor was saturated.", BE_2300, wrong="230-fold"),
    C("be-dir", BE, "direction", "According to Beeler et al.'s (1979) kinetic work, raising the heparin concentration beyond saturation of antithrombin further accelerated the neutralisation of thrombin.", BE_RED, wrong="further accelerated"),
    # McElwain et al. 1979 (1125): none, number, duration, overreach
    C("mc-none", MC, "none", "McElwain et al. (1979) treated 20 patients with disseminated malignant melanoma with high-dose melphalan and autologous marrow and recorded 12 responses, two of them complete.", MC_20),
    C("mc-num", MC, "number", "McElwain and colleagues (1979) gave melphalan at 240 mg/m2 intravenously, followed by an infusion of non-cryopreserved autologous marrow, which hastened marrow recovery.", MC_8H, wrong="240 mg/m2"),
    C("mc-dur", MC, "duration", "In McElwain et al.'s (1979) regimen, autologous bone marrow that had not been cryopreserved was reinfused 48 hours after high-dose melphalan, accelerating bone marrow recovery.", MC_8H, wrong="48 hours after", accept=DN),
    C("mc-over", MC, "overreach", "High-dose melphalan with autologous marrow rescue produced responses in most melanoma patients and should become routine treatment for disseminated melanoma (McElwain et al., 1979).", MC_20, wrong="should become routine treatment for disseminated melanoma", accept=["overreach", "direction"]),
    # Yasue et al. 1979 (1126): none x2, population, direction
    C("ya-none1", YA, "none", "Yasue et al. (1979) could provoke exercise-induced attacks with ST elevation in all 13 of their variant-angina patients in the early morning, but in only two of them when the treadmill test was repeated that afternoon.", YA_ATT),
    C("ya-none2", YA, "none", "In Yasue and colleagues' (1979) series, diltiazem prevented the exercise-induced attacks in every patient, and phentolamine did so in eight of nine.", YA_DILT),
    C("ya-pop", YA, "population", "Yasue et al. (1979) described a circadian variation in exercise capacity among patients with classic stable exertional angina, whose attacks were provoked far more readily in the early morning than in the afternoon.", YA_13, wrong="classic stable exertional angina", truth_alt=[YA_CONC]),
    C("ya-dir", YA, "direction", "Propranolol suppressed the exercise-induced attacks in all 13 patients with variant angina (Yasue et al., 1979).", YA_PROP, wrong="Propranolol suppressed"),
    # Kirkegaard et al. 1977 (1127): none x2, comparator, duration
    C("ki-none1", KI, "none", "Kirkegaard et al. (1977) found that 7 of 23 patients with diffuse atoxic goitre showed no TSH rise after intravenous TRH, a significantly higher frequency than in controls.", KI_23),
    C("ki-none2", KI, "none", "TRH-negative and TRH-positive goitre patients did not differ significantly in age or in thyroid parameters (Kirkegaard et al., 1977).", KI_ND),
    C("ki-comp", KI, "comparator", "Among patients with diffuse atoxic goitre, Kirkegaard and colleagues (1977) found an absent TSH response to TRH significantly more often than in patients with toxic goitre.", KI_23, wrong="than in patients with toxic goitre"),
    C("ki-dur", KI, "duration", "In Kirkegaard et al.'s (1977) study, five TRH-negative goitre patients given oral TRH, 80 mg daily for two months, showed significant rises in serum T4 and T3.", KI_ORAL, wrong="for two months", accept=DN),
    # Boyd & Goldstein 1979 (1128): none x2, number, overreach
    C("bo-none1", BO, "none", "Boyd and Goldstein (1979) found that one hour after an NH4Cl load (5 or 20 mmol/kg) or exposure to 10% CO2, kidney alpha-ketoglutarate levels in rats had fallen by 44-73%.", BO_KG),
    C("bo-none2", BO, "none", "In the livers of the same rats, alpha-ketoglutarate fell only after NaHCO3 or NH4HCO3 (Boyd & Goldstein, 1979).", BO_LIV),
    C("bo-num", BO, "number", "Boyd and Goldstein's (1979) rats placed in a 10% CO2 atmosphere showed a 37% fall in kidney alpha-ketoglutarate within an hour.", BO_KG, wrong="37% fall"),
    C("bo-over", BO, "overreach", "Boyd and Goldstein (1979) proved that alpha-ketoglutarate is the sole regulator of renal ammonia production.", BO_CONC, wrong="proved that alpha-ketoglutarate is the sole regulator"),
    # Kaye et al. 1979 (1129): none, comparator, duration, design
    C("ky-none", KY, "none", "Kaye et al. (1979) found that after 72 hours of treatment, bacterial counts in the rabbits' abscesses were lowest with cefoxitin (3.6 log10 CFU/ml) and highest with cefamandole (5.6).", KY_72),
    C("ky-comp", KY, "comparator", "In rabbits with experimental Staphylococcus aureus abscesses, Kaye and colleagues (1979) compared cefazolin, cephalothin and cefoxitin with nafcillin.", KY_MOD, wrong="with nafcillin"),
    C("ky-dur", KY, "duration", "After three weeks of therapy, titres in the abscesses were 1.6/ml with cefazolin, 1.0 with cephalothin, 1.9 with cefoxitin and 3.6 with cefamandole (Kaye et al., 1979).", KY_8D, wrong="After three weeks", accept=DN),
    C("ky-des", KY, "design", "Working in vitro with broth cultures of a beta-lactamase-producing Staphylococcus aureus strain, Kaye et al. (1979) compared cefazolin, cephalothin, cefoxitin and cefamandole.", KY_MOD, wrong="in vitro with broth cultures", truth_alt=[KY_BALL], accept=["design", "population"]),
    # Trujillo et al. 1979 (1130): none, number, population, design
    C("tr-none", TR, "none", "Trujillo et al. (1979) measured amikacin concentrations of at least 2 micrograms/ml in 76% of CSF samples taken 0.5 to 7 hours after an intramuscular dose.", TR_76),
    C("tr-num", TR, "number", "In children who improved clinically, the mean serum-to-CSF amikacin ratio was about 10:1 for up to 7 hours after a dose (Trujillo et al., 1979).", TR_RAT, wrong="about 10:1"),
    C("tr-pop", TR, "population", "Trujillo and colleagues (1979) studied how amikacin penetrates into the cerebrospinal fluid of twenty adults with acute bacterial meningitis.", TR_20, wrong="twenty adults"),
    C("tr-des", TR, "design", "In a randomised trial, Trujillo et al. (1979) allocated children with bacterial meningitis to amikacin plus ampicillin or to ampicillin alone.", TR_6, wrong="In a randomised trial"),
    # Vuković et al. 1977 (1131): none x2, population, overreach
    C("vu-none1", VU, "none", "Vuković et al. (1977) typed 15 children of various ages with acute leukaemia for the antigens of the first and second HLA loci and for their ABO and Rh genotypes.", VU_ALL, truth_alt=[VU_15]),
    C("vu-none2", VU, "none", "Vuković and colleagues (1977) also determined antigen and haplotype frequencies in the children's parents, so that the two could be compared.", VU_PAR),
    C("vu-pop", VU, "population", "Vuković et al.'s (1977) HLA study examined 15 adults with acute leukaemia.", VU_15, wrong="15 adults"),
    C("vu-over", VU, "overreach", "Vuković et al. (1977) demonstrated that HLA antigens determine the clinical course of acute leukaemia in children.", VU_SUP, wrong="demonstrated that HLA antigens determine the clinical course"),
    # De Servi et al. 1977 (1132): none x2, direction, design
    C("ds-none1", DS, "none", "De Servi et al. (1977) found that nitroglycerin spray roughly halved left ventricular end-diastolic pressure in patients with coronary artery disease, from 22.7 to 11.4 mmHg.", DS_EDP),
    C("ds-none2", DS, "none", "Nitroglycerin also reduced left ventricular end-diastolic volume, from 138 to 122 ml/m2, and improved the indexes of diastolic compliance (De Servi et al., 1977).", DS_EDP),
    C("ds-dir", DS, "direction", "In De Servi and colleagues' (1977) patients, nitroglycerin increased the modulus of chamber stiffness K.", DS_K, wrong="increased the modulus of chamber stiffness K"),
    C("ds-des", DS, "design", "In a randomised, placebo-controlled crossover study of 15 patients with coronary artery disease, De Servi et al. (1977) examined the effect of 0.4 mg of nitroglycerin spray on left ventricular pressure-volume relations.", DS_15, wrong="randomised, placebo-controlled crossover study", accept=["design", "comparator"]),
    # Gandjbakhch et al. 1977 (1133): none, number, comparator, design
    C("ga-none", GA, "none", "Of the patients given intra-aortic counterpulsation for low-output syndrome after extracorporeal circulation, 58% responded favourably, and 75% of those whose low-output syndrome arose in the operating theatre survived, against 33% of those in whom it arose later (Gandjbakhch et al., 1977).", GA_58, truth_alt=[GA_60]),
    C("ga-num", GA, "number", "Among 8 patients with cardiogenic shock complicating acute myocardial infarction, only 2 survived after intra-aortic counterpulsation, according to Gandjbakhch et al. (1977).", GA_8, wrong="only 2 survived"),
    C("ga-comp", GA, "comparator", "Gandjbakhch and colleagues (1977) found that 75% of patients given intra-aortic counterpulsation for a low-output syndrome arising in the operating theatre survived, compared with 33% of similar patients who were not given counterpulsation.", GA_58, wrong="compared with 33% of similar patients who were not given counterpulsation"),
    C("ga-des", GA, "design", "In a randomised trial involving 60 cardiac-surgery patients, Gandjbakhch et al. (1977) assessed intra-aortic counterpulsation as circulatory support.", GA_60, wrong="In a randomised trial"),
]
Path(__file__).resolve().parent.joinpath("claims.json").write_text(json.dumps(claims, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
print(len(claims), "claims written")
