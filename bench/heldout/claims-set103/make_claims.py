"""Writes claims.json (set 103, round twenty-nine). Hand-written claims; truth sentences copied verbatim from the main
abstracts (Article/Abstract/AbstractText) of pool 14's records (positions 546-560). The C() helper and the field
layout are those of set 102's make_claims.py (only its first 30 lines were read)."""
import json
from pathlib import Path

def C(id, key, kind, claim, truth, wrong=None, truth_alt=None, accept=None):
    d = {"id": id, "key": key, "kind": kind, "claim": claim, "truth": truth}
    if truth_alt: d["truth_alt"] = truth_alt
    if wrong: d["wrong"] = wrong
    if accept: d["accept"] = accept
    return d

BE, ZA, CR, HA, PE = "berci1978operative", "zain1977studies", "crovari1979epidemiological", "hainline1978mammographic", "persson1979improved"
BO, KO, DI, OO, TR = "boddy1978concurrent", "koller1979fetal", "dikmen1977effect", "oosterom1979epidemiological", "tripp1977simultaneous"
ME, PA, AL, BU, GR = "mehta1979platelet", "papp1979importance", "albers1977radioimmunoassay", "boura1979release", "greene1978saber"

BE_100 = "In a series of 100 patients undergoing operative cholangiography by our technic, only one retained stone was demonstrated by postoperative studies."
BE_ADV = "The advantages gained by using modern radiologic equipment and technics are increased image clarity, increased capability for functional assessment of a dynamic system, increased efficiency, and decreased radiation hazard."
BE_5 = "Five anomalies of the ductal system were easily identified and possible injury to the anomalous ducts averted."
BE_END = "Considering the morbidity and mortality attendant upon inadequate or inappropriate biliary tract operations, investment in the sophisticated equipment necessary for optimal operative radiography is small indeed."

ZA_DES = "Hair root protein and DNA, serum nonessential amino acid/essential amino acid ratio, serum total protein, albumin, globulin and albumin/globulin ratio were estimated in children suffering from portein-calorie malnutrition (PCM) and the values compared to those obtained from healthy children."
ZA_DEC = "There was a progressive decrease in the content of hair root DNA and protein with the severity of PCM with these values decreasing to less than half of the normal values."
ZA_ALB = "In all types of PCM the serum albumin decreased significantly and the globulin increased while the total protein was altered only in the more severe stages."

CR_SURV = "An epidemiological survey of hepatitis B virus (HBV) infection has been carried out from 1974 up to 1978 in four laboratories, with the aim of identifying high-risk groups in the population."
CR_RIA = "Radioimmunoassay procedures were used in order to detect the hepatitis B surface antigen (HBsAg) and the corresponding antibody (anti-HBs) in serum samples from over 100,000 individuals of various geographical origin (mainly from Ligury or from other areas in Northern Italy)."
CR_VAR = "The results obtained showed a considerable variability of HBV infections among the examined groups of population."

HA_171 = "A study of 171 breast cancer cases matched by age and race to asymptomatic controls was undertaken to check Wolfe's assertion [1, 2] that breast cancer risk depends strongly on the mammographic classifications N1, P1, P2, and DY."
HA_BLIND = "The classifications were made blindly relative to all variables, including the case-control factor."
HA_RR = "Our age-standardized risk ratio estimates of the categories, relative to N1, are 1.5 for P1, 2.7 for P2, and 7.2 for DY."
HA_TREND = "While not as striking as Wolfe's estimates, the same monotone trend is evident, and the cases and controls differ significantly with respect to the distributions of the four categories (P less than .01)."

PE_SCR = "For this purpose, the entire pregnant population of this medium-sized city was subjected to general ultrasonic screening in the second trimester."
PE_88 = "This detected 88 per cent of the twin pregnancies."
PE_86 = "Eightysix of the women with twin pregnancy were subjected to bedrest in hospital for more than two weeks in the second half of gestation."
PE_RED = "The incidences of twins born with birth weight below 1 500 g and of twins light-for-gestational-age were reduced compared with those a decade earlier."
PE_END = "Early detection of twin pregnancies followed by rest for the pregnant women seems to contribute to an improved outcome of these gestations."

BO_11 = "Total-body neutron-activation analysis in vivo was carried out in 11 hypertensive subjects to measure simultaneously the total body content of sodium, chlorine, calcium, phosphorus and nitrogen."
BO_R = "There was a highly significant correlation between total body sodium measured by activation analysis and total exchangeable sodium measured by a standard isotope-dilution technique (r = 0.92, P less than 0.001)."
BO_80 = "Exchangeable sodium averaged 80.3% of total body sodium."
BO_DOSE = "The radiation dose (1 rem) is sufficiently low to permit repeated measurements in the same subject."

KO_113 = "The Hb level during pregnancy was followed in 113 non-anaemic women with uncomplicated pregnancy and birth weight of the baby above the 2.5th percentile."
KO_INV = "There was an inverse correlation close to statistical significance between the birth weight of the baby and the lowest Hb level reached during pregnancy as well as the Hb level in late pregnancy (38th week)."
KO_7 = "A group of seven non-anaemic women with birth weight of the baby below the 2.5th percentile had a significantly higher (p less than 0.001) Hb level in late pregnancy than the normal group."
KO_4 = "Four of these cases had a statistically significant higher Hb level already in the second trimester."

DI_3G = "Wechsler Aandult Intelligence Scale and Halstead neuropsychological performances were investigated in three groups of adult subjects with major motor epilepsy classified according to low, moderate, and high seizure frequency."
DI_7 = "On 7 of the 14 psychological measures employed, significant between-group differences were obtained, with poorest, intermediate, and best test scores associated with the high, moderate, and low seizure frequency groups, respectively."
DI_12 = "Highly significant differences were obtained between the high risk and low risk groups on 12 of 14 variables, with the high risk subjects demonstrating severe cognitive and adaptive impairment in comparison to the low risk subjects."
DI_END = "The results support the conclusion that increased frequency of major motor seizures is associated with increasing levels of adaptive impairment, and that the probability of severe cognitive-adaptive dysfunction is further and substantially increased when high seizure frequency is accompanied by a history of early onset and long duration of the disorder."

OO_3W = "For this purpose, the incidence of Salmonella in the sewage system, in faeces of man and pets as well as in shops, kitchens and lavatories in the village of Aagtekerke was studied for a period of three weeks in June 1977."
OO_FEW = "In addition to the findings in the sewage system (including the inlet water and effluents of the sewage works) which were positive for Salmonella, this organism was only isolated from a few faecal samples of human and animal origin."
OO_SERO = "Serotyping showed that the strains isolated from human faeces were similar to those found to be present in the sewage system."
OO_RED = "The reduction of contamination observed in the sewage system during the period of investigation could be evidence of the fact that Salmonella organisms cannot survive by themselves in an environment of this type, at least not at the temperatures recorded on collecting samples from the sewage water."

TR_22 = "Regional myocardial blood flow (RMF) was measured simultaneously by use of labeled 8-mum microspheres and the constant-rate infusion of 3H2O in 22 open-chest dogs (Na pentobarbital anesthesia) under markedly different hemodynamic conditions."
TR_R = "Good agreement between techniques (r=0.9-0.96) was found in comparing flows to the myocardial layers."
TR_CV = "Using Kety's \"single-mixer\" model of 3H2O tissue uptake, fairly good agreement was found between techniques in the 80-mg tissue samples; the cofficient of variation from regression was 18.5% which improved markedly to 12.3% when the flow values for each technique were averaged in the three adjacent samples."
TR_HET = "Analysis of variance showed that flow to the various LV subdivisions (layer, segment, slice) of control animals was heterogeneous."

ME_CTRL = "Similar studies were performed in 10 healthy volunteers and 6 patients with infection."
ME_INC = "Circulating platelet microthrombi were significantly increased during the acute phase in 22 patients with transmural myocardial infarction compared with values in the other 22 patients without myocardial infarction, the healthy volunteers and the patients with infection alone."
ME_7 = "This increase in circulating platelet microthrombi declined to normal levels by the 7th hospital day in all but two patients who had evidence of extension of myocardial infarction and died."
ME_END = "This study suggests that increased circulating platelet microthrombi may be related to tissue necrosis associated with transmural myocardial infarction."

PA_40 = "In order to find out the reason of this divergency the authors analysed the content of arginine, urea, citrulline, GAA and arginase activity in serum and in sperm plasma of 40 patients with normo-, oligo- or azoospermia."
PA_RES = "For the first time our results show that the low arginine content in pathological sperm is not due to disorder of the precursor metabolism, but to the increased arginase activity and to the increased conversion of arginine to GAA."

AL_91 = "A quantitative immunodiffusion assay demonstrated Lp(a) lipoprotein in 91% (911 of 1000) of subjects."
AL_R = "Lp(a) levels by radioimmunoassay were highly correlated with those obtained by the less sensitive radial immunodiffusion method (r = 0.98, n = 51)."
AL_89 = "All but one of the 89 Lp(a) \"negative\" subjects by immunodiffusion had detectable levels of Lp(a) by radioimmunoassay."
AL_MI = "Quantitation of Lp(a) levels in 90 male myocardial infarction (MI) survivors and their spouses showed that the distribution of Lp(a) levels of MI survivors was significantly higher above the 50th percentile cut-point (P < 0.02) and exceeded that of the spouses."
AL_ASSOC = "Thus, high levels of Lp(a) may be associated with premature coronary disease."

BU_40 = "Flow rate was measured through the vein of the human isolated umbilical cord perfused at constant pressure (40 mmHg) at 37.5 degrees C and 20 degrees C."
BU_509 = "At the latter temperature the flow was decreased by 50.9% when compared with a mean of 201 ml/min at 37.5 degrees C indicating venospasm."
BU_IND = "Indomethacin (10 microgram/g) effected a highly significant reduction in the venous spasm caused by lowering the temperature."
BU_31 = "After indomethacin pretreatment, changing the cord temperature from 37.5 degrees C to 20 degrees C caused a mean decrease in flow of only 3.1%."
BU_RAT = "When the effluent from the vein was passed over rat isolated stomach fundus and colonic strips, cooling of the cord was accompanied by contractions of the isolated tissues characteristic of prostaglandins."

GR_60 = "Sixty male patients with marked coronal narrowing of the intrathoracic trachea (saber-sheath configuration) were compared with 60 controls."
GR_95 = "Of the 60 patients with the saber-sheath configuration, 57 (95%) had clinical evidence of COPD compared to only 18% in the control group."
GR_26 = "Of these 57, 26 (45%) lacked conventional radiographic evidence of COPD."

CLAIMS = [
    # Berci 1978: none, number, direction, overreach
    C("ber-none", BE, "none", "Berci et al. (1978) reported that among 100 patients who had operative cholangiography with fluoroscopy and aimed spot films, postoperative studies revealed just one retained stone.", BE_100),
    C("ber-num", BE, "number", "Using fluoroscopic operative cholangiography, Berci and colleagues (1978) identified twelve anomalies of the ductal system and averted possible injury to the anomalous ducts.", BE_5, wrong="twelve anomalies"),
    C("ber-dir", BE, "direction", "According to Berci et al. (1978), modern radiologic equipment in the operating room improves image clarity and efficiency at the cost of an increased radiation hazard.", BE_ADV, wrong="at the cost of an increased radiation hazard"),
    C("ber-over", BE, "overreach", "Berci et al.'s (1978) series of 100 patients established that fluoroscopic operative cholangiography reduces the mortality of biliary tract operations.", BE_END, truth_alt=[BE_100], wrong="established that fluoroscopic operative cholangiography reduces the mortality of biliary tract operations"),
    # Zain 1977: none, population, direction, comparator
    C("zai-none", ZA, "none", "Zain et al. (1977) observed that hair root DNA and protein fell progressively as protein-calorie malnutrition became more severe, dropping below half of normal values.", ZA_DEC),
    C("zai-pop", ZA, "population", "In malnourished adults, Zain and colleagues (1977) found that hair root protein and DNA declined with the severity of protein-calorie malnutrition.", ZA_DES, truth_alt=[ZA_DEC], wrong="malnourished adults"),
    C("zai-dir", ZA, "direction", "Zain et al. (1977) reported that in every type of protein-calorie malnutrition serum albumin fell significantly while serum globulin also decreased.", ZA_ALB, wrong="serum globulin also decreased"),
    C("zai-comp", ZA, "comparator", "Hair root and serum measurements in malnourished children were compared with those of children hospitalised for acute infections (Zain et al., 1977).", ZA_DES, wrong="children hospitalised for acute infections"),
    # Crovari 1979: none, duration, design, population
    C("cro-none", CR, "none", "Crovari and colleagues (1979) used radioimmunoassay to test serum from more than 100,000 people, most of them from Liguria or elsewhere in northern Italy, for HBsAg and anti-HBs.", CR_RIA),
    C("cro-dur", CR, "duration", "Crovari et al.'s (1979) hepatitis B survey ran in four laboratories from 1968 to 1978 in an effort to identify high-risk groups.", CR_SURV, wrong="from 1968 to 1978", accept=["duration", "number"]),
    C("cro-des", CR, "design", "Crovari et al. (1979) followed a cohort of initially seronegative individuals prospectively to measure the incidence of new hepatitis B infections across population groups.", CR_SURV, truth_alt=[CR_RIA], wrong="followed a cohort of initially seronegative individuals prospectively"),
    C("cro-pop", CR, "population", "Screening more than 100,000 individuals, mostly from Sicily and southern Italy, Crovari et al. (1979) found marked variation in hepatitis B infection between population groups.", CR_RIA, truth_alt=[CR_VAR], wrong="mostly from Sicily and southern Italy"),
    # Hainline 1978: none, number, comparator, design
    C("hai-none", HA, "none", "Hainline et al. (1978) found the same monotone rise in breast cancer risk across Wolfe's mammographic categories, though less striking than Wolfe had reported, with cases and controls differing significantly in their distribution (P < .01).", HA_TREND),
    C("hai-num", HA, "number", "Relative to the N1 pattern, Hainline and colleagues (1978) estimated age-standardised risk ratios of 1.5 for P1, 2.7 for P2 and 17.2 for DY.", HA_RR, wrong="17.2 for DY"),
    C("hai-comp", HA, "comparator", "Hainline et al. (1978) matched 171 breast cancer cases by age and race to women with benign breast disease and compared their mammographic patterns.", HA_171, wrong="women with benign breast disease"),
    C("hai-des", HA, "design", "In Hainline et al.'s (1978) case-control study, the readers who classified the mammograms knew which films came from the cancer patients.", HA_BLIND, wrong="knew which films came from the cancer patients"),
    # Persson 1979: none, duration, overreach, comparator
    C("per-none", PE, "none", "Persson et al. (1979) reported that general ultrasonic screening of all pregnant women in Malmö during the second trimester detected 88% of twin pregnancies.", PE_88, truth_alt=[PE_SCR]),
    C("per-dur", PE, "duration", "In Persson and colleagues' (1979) programme, 86 women carrying twins were admitted for hospital bedrest lasting more than eight weeks in the second half of gestation.", PE_86, wrong="more than eight weeks", accept=["duration", "number"]),
    C("per-over", PE, "overreach", "Persson et al. (1979) proved that hospital bedrest prevents preterm delivery in twin pregnancies.", PE_END, wrong="proved that hospital bedrest prevents preterm delivery"),
    C("per-comp", PE, "comparator", "Compared with twin pregnancies managed at home during the same period, the Malmö twins whose mothers had hospital bedrest were less often below 1500 g or light-for-gestational-age (Persson et al., 1979).", PE_RED, wrong="Compared with twin pregnancies managed at home during the same period", accept=["comparator", "design"]),
    # Boddy 1978: none x2, number, population
    C("bod-none1", BO, "none", "Boddy et al. (1978) found that total body sodium measured by neutron activation correlated closely with exchangeable sodium measured by isotope dilution (r = 0.92).", BO_R),
    C("bod-none2", BO, "none", "Because whole-body activation analysis delivers a radiation dose of only about 1 rem, Boddy and colleagues (1978) judged repeated measurements in the same person to be feasible.", BO_DOSE),
    C("bod-num", BO, "number", "In Boddy et al.'s (1978) hypertensive subjects, exchangeable sodium averaged 93% of total body sodium.", BO_80, wrong="93%"),
    C("bod-pop", BO, "population", "Boddy et al. (1978) used total-body neutron-activation analysis to measure sodium, chlorine, calcium, phosphorus and nitrogen simultaneously in 11 healthy normotensive volunteers.", BO_11, wrong="healthy normotensive volunteers"),
    # Koller 1979: none, direction, duration, population
    C("kol-none", KO, "none", "Koller et al. (1979) followed haemoglobin through pregnancy in 113 non-anaemic women whose uncomplicated pregnancies produced babies above the 2.5th birth-weight percentile.", KO_113),
    C("kol-dir", KO, "direction", "Koller and colleagues (1979) found that seven non-anaemic women whose babies were growth-retarded had significantly lower haemoglobin in late pregnancy than women with normal pregnancies.", KO_7, wrong="significantly lower haemoglobin"),
    C("kol-dur", KO, "duration", "In four of the growth-retarded cases described by Koller et al. (1979), haemoglobin was already significantly raised in the first trimester.", KO_4, wrong="in the first trimester"),
    C("kol-pop", KO, "population", "Among 113 anaemic pregnant women, Koller et al. (1979) noted an inverse relation, close to significance, between the baby's birth weight and the lowest haemoglobin reached during pregnancy.", KO_INV, truth_alt=[KO_113], wrong="113 anaemic pregnant women"),
    # Dikmen 1977: none x2, population, overreach
    C("dik-none1", DI, "none", "Dikmen and Matthews (1977) found significant differences on seven of 14 psychological measures among adults with low, moderate and high frequencies of major motor seizures, the most frequent seizures going with the poorest scores.", DI_7),
    C("dik-none2", DI, "none", "When frequent seizures were combined with early onset and long duration of epilepsy, subjects showed severe cognitive and adaptive impairment, differing from a low-risk group on 12 of 14 variables (Dikmen & Matthews, 1977).", DI_12),
    C("dik-pop", DI, "population", "Dikmen and Matthews (1977) compared Wechsler and Halstead test performance among three groups of school-age children with major motor epilepsy graded by seizure frequency.", DI_3G, wrong="school-age children"),
    C("dik-over", DI, "overreach", "Dikmen and Matthews' (1977) results demonstrate that frequent major motor seizures cause progressive intellectual deterioration.", DI_END, wrong="cause progressive intellectual deterioration"),
    # Oosterom 1979: none x2, duration, direction
    C("oos-none1", OO, "none", "Oosterom et al. (1979) found that Salmonella strains from human faeces in Aagtekerke resembled, on serotyping, those present in the village sewage.", OO_SERO),
    C("oos-none2", OO, "none", "Apart from the sewage system, Oosterom and colleagues (1979) isolated Salmonella from only a few human and animal faecal samples.", OO_FEW),
    C("oos-dur", OO, "duration", "Oosterom et al. (1979) sampled the sewage system, human and pet faeces, shops, kitchens and lavatories of Aagtekerke over a period of three months in 1977.", OO_3W, wrong="three months"),
    C("oos-dir", OO, "direction", "During Oosterom et al.'s (1979) investigation, Salmonella contamination of the Aagtekerke sewage system rose steadily, suggesting that the organisms multiply in sewage.", OO_RED, wrong="rose steadily"),
    # Tripp 1977: none x2, number, comparator
    C("tri-none1", TR, "none", "Tripp et al. (1977) reported close agreement between microsphere and tritiated-water flows to the myocardial layers, with correlation coefficients of 0.9 to 0.96.", TR_R),
    C("tri-none2", TR, "none", "In control animals, Tripp and colleagues (1977) found by analysis of variance that blood flow differed among left ventricular layers, segments and slices.", TR_HET),
    C("tri-num", TR, "number", "With Kety's single-mixer model, the coefficient of variation between the two methods in 80-mg samples was 18.5%, falling to 2.3% when three adjacent samples were averaged (Tripp et al., 1977).", TR_CV, wrong="falling to 2.3%"),
    C("tri-comp", TR, "comparator", "Tripp et al. (1977) measured regional myocardial blood flow in 22 open-chest dogs simultaneously with labelled microspheres and an electromagnetic flowmeter.", TR_22, wrong="an electromagnetic flowmeter"),
    # Mehta 1979: none, duration, comparator, overreach
    C("meh-none", ME, "none", "Mehta and Mehta (1979) found significantly more circulating platelet microthrombi in the acute phase among 22 patients with transmural myocardial infarction than among 22 chest-pain patients without infarction.", ME_INC),
    C("meh-dur", ME, "duration", "In Mehta and Mehta's (1979) patients, the rise in circulating platelet microthrombi after transmural infarction persisted for about a month before returning to normal.", ME_7, wrong="persisted for about a month"),
    C("meh-comp", ME, "comparator", "Mehta and Mehta (1979) compared platelet microthrombi in infarction patients with those in patients with stable angina undergoing elective catheterisation.", ME_CTRL, truth_alt=[ME_INC], wrong="patients with stable angina undergoing elective catheterisation"),
    C("meh-over", ME, "overreach", "Mehta and Mehta (1979) established that circulating platelet microthrombi cause transmural myocardial infarction.", ME_END, wrong="established that circulating platelet microthrombi cause transmural myocardial infarction", accept=["overreach", "direction"]),
    # Papp 1979: none x2, direction, design
    C("pap-none1", PA, "none", "Papp et al. (1979) measured arginine, urea, citrulline, guanidinoacetic acid and arginase activity in serum and sperm plasma from 40 men with normozoospermia, oligozoospermia or azoospermia.", PA_40),
    C("pap-none2", PA, "none", "According to Papp and colleagues (1979), the low arginine content of pathological sperm reflects raised arginase activity and greater conversion of arginine to GAA rather than a disorder of precursor metabolism.", PA_RES),
    C("pap-dir", PA, "direction", "Papp et al. (1979) attributed the low arginine content of pathological sperm to reduced arginase activity in sperm plasma.", PA_RES, wrong="reduced arginase activity"),
    C("pap-des", PA, "design", "In a placebo-controlled trial of arginine supplementation in 40 men with normo-, oligo- or azoospermia, Papp et al. (1979) examined arginine metabolism in serum and sperm plasma.", PA_40, wrong="In a placebo-controlled trial of arginine supplementation"),
    # Albers 1977: none x2, number, overreach
    C("alb-none1", AL, "none", "Albers et al. (1977) showed that radioimmunoassay values for Lp(a) agreed closely with those of radial immunodiffusion (r = 0.98 in 51 samples).", AL_R),
    C("alb-none2", AL, "none", "Using their new radioimmunoassay, Albers and colleagues (1977) detected Lp(a) in all but one of the 89 subjects who had been Lp(a)-negative by immunodiffusion.", AL_89),
    C("alb-num", AL, "number", "By quantitative immunodiffusion, Albers et al. (1977) found Lp(a) lipoprotein in 71% of 1000 subjects.", AL_91, wrong="71% of 1000 subjects"),
    C("alb-over", AL, "overreach", "Comparing 90 male infarction survivors with their spouses, Albers, Adolphson and Hazzard (1977) demonstrated that high Lp(a) levels cause premature coronary disease.", AL_ASSOC, truth_alt=[AL_MI], wrong="demonstrated that high Lp(a) levels cause premature coronary disease"),
    # Boura 1979: none, number, direction, design
    C("bou-none", BU, "none", "When Boura et al. (1979) passed the venous effluent of the cooled cord over isolated rat stomach fundus and colon strips, the tissues contracted in a way characteristic of prostaglandins.", BU_RAT),
    C("bou-num", BU, "number", "Boura and colleagues (1979) found that cooling the perfused umbilical cord from 37.5 to 20 degrees C cut venous flow by about 85%, a sign of venospasm.", BU_509, wrong="by about 85%"),
    C("bou-dir", BU, "direction", "Boura et al.'s (1979) experiments showed that indomethacin pretreatment intensified the venous spasm produced by cooling the umbilical cord.", BU_IND, truth_alt=[BU_31], wrong="intensified the venous spasm"),
    C("bou-des", BU, "design", "Measuring umbilical venous flow in newborn infants immediately after delivery, Boura et al. (1979) found that it fell sharply when the cord cooled.", BU_40, truth_alt=[BU_509], wrong="Measuring umbilical venous flow in newborn infants immediately after delivery", accept=["design", "population"]),
    # Greene 1978: none x2, population, design
    C("gre-none1", GR, "none", "Greene (1978) found clinical evidence of chronic obstructive pulmonary disease in 57 of 60 men with a saber-sheath trachea (95%), against 18% of controls.", GR_95),
    C("gre-none2", GR, "none", "Nearly half of Greene's (1978) saber-sheath patients with clinical COPD (26 of 57) had no conventional radiographic signs of the disease.", GR_26),
    C("gre-pop", GR, "population", "Greene (1978) compared 60 women showing marked coronal narrowing of the intrathoracic trachea with 60 controls.", GR_60, wrong="60 women"),
    C("gre-des", GR, "design", "In a prospective follow-up of 60 men with saber-sheath trachea, Greene (1978) observed that 95% went on to develop clinical COPD.", GR_95, truth_alt=[GR_60], wrong="a prospective follow-up"),
]

Path(__file__).resolve().parent.joinpath("claims.json").write_text(json.dumps(CLAIMS, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
print(len(CLAIMS), "claims")
