"""Writes claims.json (set 108, round thirty). Hand-written claims; truth sentences copied verbatim from the main
abstracts (Article/Abstract/AbstractText) of pool 14's records (positions 744-760). The C() helper and the field
layout are those of set 106's make_claims.py (only its first 30 lines were read)."""
import json
from pathlib import Path

def C(id, key, kind, claim, truth, wrong=None, truth_alt=None, accept=None):
    d = {"id": id, "key": key, "kind": kind, "claim": claim, "truth": truth}
    if truth_alt: d["truth_alt"] = truth_alt
    if wrong: d["wrong"] = wrong
    if accept: d["accept"] = accept
    return d

HT, TE, KO, BI, SP = "hart1979germ", "teixidor1977combined", "kopell1978time", "bieganski1977determination", "speciali1977epileptic"
HO, LE, TI, MA, KA = "hosni1977survey", "lees1979management", "tilley1978human", "maino1977mitogen", "kachi1979daily"
KE, ST, ME, SC, FR = "kester1979arteriovenous", "stark1979muscle", "mehta1979echocardiographic", "schmidt1977comparison", "friedman1979hemodynamics"

HT_SIX = "This study analyzes the clinicopathologic findings in six phenotypic females with features of 46,XY pure gonadal dysgenesis who developed germinomas and other germ cell tumors in gonadoblastomas."
HT_TWO = "Admixtures with teratoma and endodermal sinus tumor occurred in two patients."
HT_DEB = "Although it is debatable whether gonadoblastomas are true neoplasms or blastomatoid dysgenetic malformations, their potential for giving rise to fully malignant germ cell neoplasms must be recognized."
TE_AIM = "Contact B-scan ultrasonography of such masses were performed in an effort to improve the diagnostic accuracy of mammography and reduce the number of unnecessary biopsies."
TE_200 = "A total of 200 patients with breast masses of 1-8 cm were examined by both methods."
TE_115 = "Of 115 pathologically proven lesions, 44 were fluid-filled cysts."
TE_44 = "Sonography correctly diagnosed all 44 cysts, while mammography was equivocal in 27 (61%) of them."
TE_94 = "Mammography alone correctly diagnosed 31 carcinomas (94%), whereas sonography correctly diagnosed 26 (78.8%)."
TE_CIRC = "While the infiltrating carcinomas have a typical sonographic appearance, circumscribed carcinomas may have the same sonographic features as fibroadenomas; the value of sonography here was to establish whether the mass was solid."
TE_COMB = "The combined mammographic-sonographic evaluation of breast masses was more accurate than either method alone."
KO_12 = "Twelve male college students received orally on different days NIMH marijuana extract calibrated to contain 0.7 mg/kg delta-9-tetrahydrocannabinol, 1.0 ml/kg 95% ethanol, and placebo in a double-blind balanced-order design."
KO_45 = "The contingent negative variation (CNV), auditory evoked potential (EP), heart rate (HR), and subjective measures of intoxication were recorded prior to drug ingestion and at regular intervals for 4.5 h postdrug."
KO_HR = "Marijuana increased HR but did not have a significant effect on CNV amplitude or EP peak amplitudes and latencies."
BI_DAO = "As it was found for diamine oxidase the indicator was oxidized via peroxidase mediated H2O2 cleavage."
BI_CP = "Ceruloplasmin, however, oxidized o-dianisidine directly with resulting free radical formation."
BI_10 = "An addition of histamine dihydrochloride or putrescine dihydrochloride to an incubation mixture, containing ceruloplasmin as enzyme and o-dianisidine or p-phenylene-diamine as substrates, produced an activation of the enzyme, being more than 10-fold in the presence of 1 X 10(-2) M putrescine at pH 7.0."
BI_ISO = "When the activity of purified diamine oxidase was determined by the o-dianisidine test and by the isotope assay, a very good correlation between both methods was found."
BI_GP = "Despite an enhanced oxidation of the o-dianisidine observed, only an increase of ceruloplasmin activity was found."
BI_CONC = "It was concluded that ceruloplasmin had no 'histaminase activity' as has been assumed by other authors using the o-dianisidine test."
SP_27 = "Clinical and electroensephalographic aspects of twenty seven (27) patients with Lennox-Gastaut syndrome were studied (20 without previous West syndrome, group A, and 7 with this antecedent, group B)."
SP_OBS = "The epileptic seizures were characterized through descriptions made by relatives who were in close contact with the patients, and also by direct observation by the author in the clinic."
SP_PROG = "The incidence, prognostic, clinical and evolutive aspects of elementary forms of epileptic seizures were discussed."
SP_VAR = "Great variability of the convulsive seizures was verified, permitting their division into simple, complex and mixed forms."
HO_FIRST = "This is the first study of the causes of economic blindness (6/60) in Qatar."
HO_3072 = "It embraces 3,072 patients (70% males and 30% females)."
HO_U40 = "The most common causes in those under 40 years of age were trachoma, infectious diseases, retinal diseases, trauma and congenital malformations."
HO_O40 = "After 40 years, cataract and glucoma occupy the second and third commonest causes after trachoma."
HO_50 = "Thus, a proper antitrachoma campaign will cut down the incidence of blidness by 50%."
LE_97 = "Ninety-seven patients with breast cancer developed pleural effusions between January, 1971 and December, 1976."
LE_170 = "A retrospective analysis of 170 treatment procedures showed that 75 involved thoracocentesis alone, 23 involved thoracocentesis plus therapy with an alkylating agent, 22 involved drainage via a chest tube plus instillation of an alkylating agent, and 50 involved drainage via a chest tube plus instillation of tetracycline."
LE_6M = "When management by chest tube plus instillation of an alkylating agent or tetracycline was compared with management by thoracocentesis plus therapy with an alkylating agent, analysis at six months after treatment showed that 42 percent (30/72) of the procedures left patients free of effusion using the former method, compared with 22 percent (5/23) of the procedures using the latter method."
TI_A1 = "The level of blood-group A1-specified alpha,3'-N-acetyl-D-galactosaminyl-transferase in the serum of recently-delivered women was found to be appreciably lower than the level of this enzyme in the serum of non-pregnant adults and of newborn infants; a similar but less striking decrease was observed in the levels of the A2-specified alpha,3'-N-acetyl-D-galactosaminyltransferase and the H-specified alpha,2'-L-fucosyltransferase."
TI_NEO = "Although the red cells of newborn infants are known to have relatively few A and H antigen sites, the serum of neonates was found to have a level of A1- and A2-dependent N-acetylgalactosaminyltransferases and H-dependent fucosyltransferase as high as, if not higher than, the serum of non-pregnant adults."
MA_ROS = "After PHA stimulation the percentage of cells bearing readily detectable surface immunoglobulin (SmIg) diminished rapidly whereas cells forming rosettes with sheep erythrocytes (E-rosettes) increased from less than 1% to 30 to 50%."
MA_IG = "Ig production in four of seven CLL lymphocyte populations was increased 2.5 to greater than 40-fold after 4 to 6 days of culture in the presence of PHA."
MA_PWM = "In contrast, pokeweed mitogen did not affect Ig synthesis."
KA_EM = "Nerve endings on adrenaline cells in male rat adrenal medullas were investigated by quantitative electron microscopy, with sampling at 8 times during a standard light: dark (12:12) photoperiod."
KA_NORM = "Normal (non-operated) animals showed a circadian rhythm (p less than 0.005) in mean SCVN and one with nearly opposite phase relations in % LGVN."
KA_PX = "Pinealectomized animals had a circadian pattern in SCVN, but this differed from that of normals in having a 2nd peak, a delay or phase shift of the primary peak, and an increased amplitude of the rhythmic changes."
KE_68 = "The outcome of 68 arteriovenous grafts placed in 46 patients requiring haemodialysis was studied over a period of 3.5 years."
KE_59 = "Of 59 grafts evaluated in patients with end-stage renal failure, only 48 per cent of the forearm grafts performed well, compared with 85 per cent of the thigh grafts."
KE_LOOP = "Although only 38 per cent of the looped grafts were successful, 78 per cent of the straight grafts functioned satisfactorily."
ST_35 = "We evaluated the effect of muscle paralysis on gas exchange and incidence of pneumothorax in 35 severely ill infants on mechanical ventilation."
ST_PAN = "Pancuronium (0.1 mg/kg) was given repeatedly until spontaneous respirations ceased in infants with inadequate gas exchange with FIO2 greater than 0.60, or peak inspiratory pressure greater than 30 cm H2O, or who were breathing out of phase with the respirator."
ST_1H = "Of 27 infants who had an alveolar-arterial oxygen gradient greater than 300 torr before paralysis, AaDO2 improved by greater than 100 torr within one hour of paralysis in only two infants; it worsened in two infants within the same period."
ST_6H = "By six hours postparalysis, 12 of 27 infants had improved, five of whom had had a worsening AaDO2 before administration of pancuronium."
ST_PNX = "Peak transpulmonary pressures after paralysis were lower than during spontaneous breathing, and may explain the low incidence of pneumothorax (3 of 35) during paralysis."
ST_TRIAL = "Since those who improved could not be distinguished by birth weight, gestational age, or diagnosis, pancuronium might be worthy of trial in a mechanically ventilated infant with severe lung disease who is at risk for pneumothorax."
ME_10 = "Echocardiograms from 10 patients with complete atrioventricular canal (CAVC) were compared with autopsy specimens to determine the capabilities of echocardiography in identifying patients with ventricular hypoplasia."
ME_AGR = "There was complete agreement between echographic ventricular dominance and pathologic findings."
ME_VAL = "This study demonstrates that echocardiography may be valuable in assessing ventricular dominance in the presence of CAVC."
SC_FOUND = "It was found: (i) that the capacities of the isomers and the racemate to cure infections with Plasmodium cynomolgi in rhesus monkeys were essentially identical; (ii) that the subacute toxicities of the isomers and racemate for this monkey were qualitatively the same, but that l-primaquine was three to five times as toxic as d-primaquine and at least twice as toxic as primaquine; and (iii) that the acute single-dose toxicities of the isomers for mice were not only qualitatively different, but that the d isomer was at least four times as toxic as l-primaquine."
SC_MONK = "Since previous appraisals of curative activity and tolerability of 8-aminoquinolines in rhesus monkeys have correlated well with appraisals in human volunteers, attention was focused on results acquired with these test subjects."
SC_TI = "The relevant evaluations showed that d-primaquine had a therapeutic index at least twice that of primaquine."
SC_NEXT = "Therefore, a critical comparison of d-primaquine and primaquine in human volunteers seems indicated."
FR_17 = "Seventeen normal teenagers and eight asthmatic children were studied during submaximal exercise on a bicycle ergometer."
FR_METH = "A modification of a noninvasive multiple gas rebreathing method was utilized for the estimation of pulmonary capillary blood flow (Qc), diffusing capacity (DL), oxygen consumption (VO2), functional residual capacity (FRC), and pulmonary tissue plus capillary blood volume (VTPC)."
FR_UP = "Significant increases in Qc, DL, VO2, and heart rate occurred in both groups of subjects."
FR_NO = "No significant changes in FRC or VTPC occurred in either group during exercise."

claims = [
 # Hart & Burkons 1979: none, number, population, overreach
 C("ht-none", HT, "none", "Hart and Burkons (1979) described six phenotypic females with 46,XY pure gonadal dysgenesis in whom germinomas and other germ cell tumours developed within gonadoblastomas.", HT_SIX),
 C("ht-num", HT, "number", "In the series of Hart & Burkons (1979), germinoma was mixed with teratoma and endodermal sinus tumour in four of the patients.", HT_TWO, wrong="in four of the patients", accept=["number"]),
 C("ht-pop", HT, "population", "Germ cell tumours arising in gonadoblastomas were analysed in six women with 45,X Turner syndrome (Hart & Burkons, 1979).", HT_SIX, wrong="six women with 45,X Turner syndrome", accept=["population"]),
 C("ht-over", HT, "overreach", "Hart and Burkons's (1979) clinicopathologic analysis settled that gonadoblastomas are true neoplasms rather than dysgenetic malformations.", HT_DEB, wrong="settled that gonadoblastomas are true neoplasms", accept=["overreach"]),
 # Teixidor & Kazam 1977: none x2, number, overreach
 C("te-none1", TE, "none", "Teixidor and Kazam (1977) found that contact ultrasonography correctly identified all 44 fluid-filled cysts among 115 pathologically proven breast lesions, while mammography was equivocal for 27 of them.", TE_44, truth_alt=[TE_115]),
 C("te-none2", TE, "none", "Among the carcinomas in Teixidor & Kazam's (1977) series, mammography alone picked up 94% against 78.8% for sonography, yet the two methods together proved more accurate than either alone.", TE_94, truth_alt=[TE_COMB]),
 C("te-num", TE, "number", "Teixidor and Kazam's 1977 study examined 500 patients with breast masses of 1-8 cm by both mammography and sonography.", TE_200, wrong="500 patients", accept=["number"]),
 C("te-over", TE, "overreach", "According to Teixidor and Kazam (1977), adding sonography to mammography makes biopsy unnecessary for palpable breast masses.", TE_AIM, truth_alt=[TE_CIRC], wrong="makes biopsy unnecessary for palpable breast masses", accept=["overreach"]),
 # Kopell et al. 1978: none, design, duration, direction
 C("ko-none", KO, "none", "In a double-blind, balanced-order study, Kopell et al. (1978) gave twelve male college students oral marijuana extract, ethanol and placebo on separate days.", KO_12),
 C("ko-des", KO, "design", "In an open-label design, Kopell and colleagues (1978) gave twelve male college students marijuana extract, ethanol and placebo on different days.", KO_12, wrong="In an open-label design", accept=["design"]),
 C("ko-dur", KO, "duration", "Event-related potentials, heart rate and subjective intoxication were recorded before dosing and at intervals for 12 hours afterwards (Kopell et al., 1978).", KO_45, wrong="for 12 hours afterwards", accept=["duration", "number"]),
 C("ko-dir", KO, "direction", "Marijuana lowered heart rate in Kopell et al.'s (1978) volunteers but left the contingent negative variation unchanged.", KO_HR, wrong="Marijuana lowered heart rate", accept=["direction"]),
 # Biegański et al. 1977: none x2, number, comparator
 C("bi-none1", BI, "none", "Biegański and colleagues (1977) showed that ceruloplasmin oxidises o-dianisidine directly, forming free radicals, whereas with diamine oxidase the indicator is oxidised through peroxidase-mediated cleavage of H2O2.", BI_CP, truth_alt=[BI_DAO]),
 C("bi-none2", BI, "none", "In inflamed guinea pigs, the rise in o-dianisidine oxidation in plasma reflected only greater ceruloplasmin activity, which led Biegański et al. (1977) to conclude that ceruloplasmin has no 'histaminase activity'.", BI_GP, truth_alt=[BI_CONC]),
 C("bi-num", BI, "number", "Adding putrescine at 1 x 10(-2) M and pH 7.0 activated ceruloplasmin more than 100-fold (Biegański et al., 1977).", BI_10, wrong="more than 100-fold", accept=["number"]),
 C("bi-comp", BI, "comparator", "For purified diamine oxidase, Biegański et al.'s (1977) o-dianisidine test agreed very well with a spectrophotometric benzylamine assay.", BI_ISO, wrong="a spectrophotometric benzylamine assay", accept=["comparator"]),
 # Speciali & Lison 1977: none, design, comparator, overreach
 C("sp-none", SP, "none", "Speciali and Lison (1977) studied 27 patients with Lennox-Gastaut syndrome, 20 without and 7 with a history of West syndrome.", SP_27),
 C("sp-des", SP, "design", "In Speciali & Lison's (1977) study, the seizures of patients with Lennox-Gastaut syndrome were characterised by a retrospective review of case notes.", SP_OBS, wrong="by a retrospective review of case notes", accept=["design"]),
 C("sp-comp", SP, "comparator", "Speciali and Lison (1977) compared the seizures of 27 Lennox-Gastaut patients with those of age-matched children who had West syndrome alone.", SP_27, wrong="age-matched children who had West syndrome alone", accept=["comparator"]),
 C("sp-over", SP, "overreach", "The convulsive seizures documented by Speciali and Lison (1977) reliably predicted a poor outcome in Lennox-Gastaut syndrome.", SP_PROG, truth_alt=[SP_VAR], wrong="reliably predicted a poor outcome", accept=["overreach"]),
 # Hosni 1977: none x2, number, population
 C("ho-none1", HO, "none", "Hosni (1977), in the first study of the causes of economic blindness in Qatar, covered 3,072 patients, 70% of them male.", HO_3072, truth_alt=[HO_FIRST]),
 C("ho-none2", HO, "none", "Among Qataris under 40, the leading causes of blindness were trachoma, infectious and retinal diseases, trauma and congenital malformations (Hosni, 1977).", HO_U40),
 C("ho-num", HO, "number", "Hosni's 1977 survey estimated that a proper antitrachoma campaign would cut the incidence of blindness in Qatar by 80%.", HO_50, wrong="by 80%", accept=["number"]),
 C("ho-pop", HO, "population", "In Qatari patients younger than 40, Hosni (1977) found cataract and glaucoma to be the second and third commonest causes of blindness after trachoma.", HO_O40, truth_alt=[HO_U40], wrong="younger than 40", accept=["population"]),
 # Lees & Hoy 1979: none, design, duration, comparator
 C("le-none", LE, "none", "Lees and Hoy (1979) reviewed 170 treatment procedures in 97 patients with breast cancer who developed pleural effusions between 1971 and 1976.", LE_97, truth_alt=[LE_170]),
 C("le-des", LE, "design", "In a randomised trial, Lees & Hoy (1979) compared thoracocentesis with chest-tube drainage for pleural effusions in breast cancer.", LE_170, wrong="In a randomised trial", accept=["design"]),
 C("le-dur", LE, "duration", "Twelve months after treatment, 42 percent of chest-tube procedures with an alkylating agent or tetracycline had left patients free of effusion, against 22 percent after thoracocentesis with an alkylating agent (Lees and Hoy, 1979).", LE_6M, wrong="Twelve months after treatment", accept=["duration", "number"]),
 C("le-comp", LE, "comparator", "Lees and Hoy's (1979) analysis found that chest-tube drainage with a sclerosing agent left 42% of procedures effusion-free at six months, compared with 22% after thoracocentesis alone.", LE_6M, wrong="after thoracocentesis alone", accept=["comparator"]),
 # Tilley et al. 1978: none x2, direction, population
 C("ti-none1", TI, "none", "Tilley et al. (1978) found the A1-specified N-acetylgalactosaminyltransferase to be appreciably lower in the serum of recently delivered women than in non-pregnant adults or newborn infants.", TI_A1),
 C("ti-none2", TI, "none", "Although newborns' red cells carry relatively few A and H antigen sites, their serum held A- and H-dependent transferase levels at least as high as those of non-pregnant adults, Tilley and colleagues (1978) reported.", TI_NEO),
 C("ti-dir", TI, "direction", "Tilley and colleagues' 1978 study showed that neonatal serum carried much lower A1 and H transferase levels than the serum of non-pregnant adults.", TI_NEO, wrong="much lower", accept=["direction"]),
 C("ti-pop", TI, "population", "In Tilley et al.'s (1978) work, the A1-specified transferase was appreciably reduced in the serum of women in early pregnancy compared with non-pregnant adults.", TI_A1, wrong="women in early pregnancy", accept=["population"]),
 # Maino et al. 1977: none, duration, comparator, direction
 C("ma-none", MA, "none", "When Maino and colleagues (1977) cultured CLL lymphocytes with PHA for 4 to 6 days, immunoglobulin production rose 2.5- to more than 40-fold in four of seven cell populations.", MA_IG),
 C("ma-dur", MA, "duration", "Maino et al. (1977) report that PHA raised the immunoglobulin output of CLL lymphocytes in four of seven populations after 4 to 6 weeks in culture.", MA_IG, wrong="after 4 to 6 weeks", accept=["duration", "number"]),
 C("ma-comp", MA, "comparator", "Unlike PHA, concanavalin A left immunoglobulin synthesis by CLL lymphocytes unchanged (Maino et al., 1977).", MA_PWM, truth_alt=[MA_IG], wrong="concanavalin A", accept=["comparator"]),
 C("ma-dir", MA, "direction", "After PHA stimulation, the share of CLL cells forming E-rosettes with sheep erythrocytes fell from 30-50% to under 1%, Maino et al.'s (1977) study found.", MA_ROS, wrong="fell from 30-50% to under 1%", accept=["direction"]),
 # Kachi et al. 1979: none, population, design, direction
 C("ka-none", KA, "none", "Sampling male rats at eight times across a 12:12 light-dark cycle, Kachi et al. (1979) found by quantitative electron microscopy a circadian rhythm in small clear vesicle numbers at nerve endings on adrenaline cells.", KA_EM, truth_alt=[KA_NORM]),
 C("ka-pop", KA, "population", "Kachi and colleagues (1979) counted synaptic vesicles at nerve endings on adrenaline cells in the adrenal medullas of female rats.", KA_EM, wrong="female rats", accept=["population"]),
 C("ka-des", KA, "design", "Kachi et al. (1979) assayed adrenal catecholamine content biochemically at eight points of a 12:12 light-dark cycle in rats.", KA_EM, wrong="assayed adrenal catecholamine content biochemically", accept=["design"]),
 C("ka-dir", KA, "direction", "In Kachi et al.'s (1979) rats, pinealectomy dampened the daily rhythm in small clear vesicle numbers, reducing its amplitude.", KA_PX, wrong="reducing its amplitude", accept=["direction"]),
 # Kester 1979: none x2, duration, direction
 C("ke-none1", KE, "none", "Kester (1979) followed 68 arteriovenous grafts placed in 46 haemodialysis patients over three and a half years.", KE_68),
 C("ke-none2", KE, "none", "Among 59 grafts in patients with end-stage renal failure, 85% of thigh grafts but only 48% of forearm grafts performed well (Kester, 1979).", KE_59),
 C("ke-dur", KE, "duration", "Kester's 1979 report on 68 arteriovenous access grafts in haemodialysis patients covered a ten-year follow-up.", KE_68, wrong="a ten-year follow-up", accept=["duration", "number"]),
 C("ke-dir", KE, "direction", "Looped configurations outperformed straight grafts in Kester's (1979) series of haemodialysis access grafts.", KE_LOOP, wrong="Looped configurations outperformed straight grafts", accept=["direction"]),
 # Stark et al. 1979: none, number, duration, overreach
 C("st-none", ST, "none", "Stark et al. (1979) paralysed 35 severely ill, mechanically ventilated infants with repeated pancuronium at 0.1 mg/kg, and only 3 developed pneumothorax during paralysis.", ST_35, truth_alt=[ST_PAN, ST_PNX]),
 C("st-num", ST, "number", "By six hours after paralysis, 21 of 27 infants with an alveolar-arterial oxygen gradient above 300 torr had improved (Stark et al., 1979).", ST_6H, wrong="21 of 27 infants", accept=["number"]),
 C("st-dur", ST, "duration", "Stark and colleagues (1979) found that 12 of 27 severely hypoxaemic infants had improved within the first hour of paralysis.", ST_6H, truth_alt=[ST_1H], wrong="within the first hour of paralysis", accept=["duration", "number"]),
 C("st-over", ST, "overreach", "Stark et al.'s (1979) findings established pancuronium as standard care for all ventilated newborns with severe lung disease.", ST_TRIAL, wrong="established pancuronium as standard care for all ventilated newborns", accept=["overreach"]),
 # Mehta et al. 1979: none x2, comparator, overreach
 C("me-none1", ME, "none", "Mehta et al. (1979) compared echocardiograms of 10 patients with complete atrioventricular canal with autopsy specimens to test whether echo could identify ventricular hypoplasia.", ME_10),
 C("me-none2", ME, "none", "In Mehta and colleagues' (1979) patients with complete atrioventricular canal, echographic ventricular dominance matched the pathological findings in every case.", ME_AGR),
 C("me-comp", ME, "comparator", "Mehta et al. (1979) checked echocardiograms of 10 patients with complete atrioventricular canal against cardiac catheterisation findings.", ME_10, wrong="against cardiac catheterisation findings", accept=["comparator"]),
 C("me-over", ME, "overreach", "Mehta and colleagues (1979) proved that echocardiography alone is sufficient to plan surgical repair of complete atrioventricular canal.", ME_VAL, wrong="proved that echocardiography alone is sufficient to plan surgical repair", accept=["overreach"]),
 # Schmidt et al. 1977: none, population, number, direction
 C("sc-none", SC, "none", "In rhesus monkeys infected with Plasmodium cynomolgi, Schmidt et al. (1977) found d-primaquine, l-primaquine and the racemate essentially identical in curative capacity.", SC_FOUND),
 C("sc-pop", SC, "population", "Schmidt and colleagues (1977) found d-primaquine to have at least twice the therapeutic index of primaquine in human volunteers infected with Plasmodium vivax.", SC_TI, truth_alt=[SC_MONK, SC_NEXT], wrong="in human volunteers infected with Plasmodium vivax", accept=["population", "overreach"]),
 C("sc-num", SC, "number", "On subacute dosing in rhesus monkeys, l-primaquine proved ten times as toxic as d-primaquine (Schmidt et al., 1977).", SC_FOUND, wrong="ten times as toxic", accept=["number"]),
 C("sc-dir", SC, "direction", "Schmidt et al.'s (1977) single-dose tests in mice showed l-primaquine to be at least four times as toxic as the d isomer.", SC_FOUND, wrong="l-primaquine to be at least four times as toxic as the d isomer", accept=["direction"]),
 # Friedman et al. 1979: none x2, design, population
 C("fr-none1", FR, "none", "Friedman et al. (1979) studied seventeen healthy teenagers and eight asthmatic children during submaximal bicycle-ergometer exercise, using a noninvasive gas rebreathing method.", FR_17, truth_alt=[FR_METH]),
 C("fr-none2", FR, "none", "Pulmonary capillary blood flow, diffusing capacity, oxygen uptake and heart rate rose significantly with exercise in both groups, while functional residual capacity did not change, Friedman and colleagues (1979) reported.", FR_UP, truth_alt=[FR_NO]),
 C("fr-des", FR, "design", "Friedman et al. (1979) measured pulmonary capillary blood flow in exercising children by right-heart catheterisation.", FR_METH, wrong="by right-heart catheterisation", accept=["design"]),
 C("fr-pop", FR, "population", "Friedman et al.'s (1979) exercise study compared seventeen normal teenagers with eight children with cystic fibrosis.", FR_17, wrong="eight children with cystic fibrosis", accept=["population"]),
]
Path(__file__).resolve().parent.joinpath("claims.json").write_text(json.dumps(claims, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
print(len(claims), "claims written")
