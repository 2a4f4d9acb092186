"""Writes claims.json (set 116, round thirty-two). Hand-written claims; truth sentences copied verbatim from the main
abstracts (Article/Abstract/AbstractText) of pool 14's records (positions 2201-2218; 2208, 2209 and 2215 skipped). The
C() helper and the field layout are those of set 114's make_claims.py (only its first 30 lines were read)."""
import json
from pathlib import Path

def C(id, key, kind, claim, truth, wrong=None, truth_alt=None, accept=None):
    d = {"id": id, "key": key, "kind": kind, "claim": claim, "truth": truth}
    if truth_alt: d["truth_alt"] = truth_alt
    if wrong: d["wrong"] = wrong
    if accept: d["accept"] = accept
    return d

CA, GE, BO, IT, TU = "carey1977variability", "gerretsen1979immune", "botnick1977stages", "itani1977neisseria", "turner1977elective"
NA, FR, MA, NG, SE = "naeye1979perinatal", "froberg1978relation", "margo1978protein", "nagy1977demethylation", "seidelmann1977ct"
TI, SU, HE, CT, KI = "tifft1979converting", "sundsfjord1977renin", "herz1978inhibition", "catlin1977nutritional", "kitabchi1977proinsulin"

# 2201 Carey 1977
CA_47 = "The ranges of variability of eight lysosomal acid hydrolases were examined in 47 cultured human skin fibroblast lines through 5 successive subcultures."
CA_TREND = "No overall trend in activity values was found for any of the enzymes tested between the first and final subcultures."
CA_GROUPS = "Similarly, no significant differences could be found between the overall ranges of fibroblast enzyme activity between 20 clinically normal children and 27 individuals being investigated for non-specific metabolic diseases."
CA_WIDE = "It is concluded that for diagnostic reference purposes, wide ranges of normal enzyme values must be established."
CA_FABRY = "It is noted that in certain cell lines derived from Fabry and Gaucher patients the 'residual' activity of the expectedly deficient enzyme could not easily be distinguished from the lowest values observed in normals, whereas, as expected, the activity of cells derived from patients with GM1 and GM2 gangliosidoses was markedly reduced."
# 2202 Gerretsen 1979
GE_87 = "To evaluate the influence of sex steroids on immunity in 87 women on hormonal contraceptives, sensitization tests were performed with the contact allergen, 2,4-dinitrochlorobenzene (DNCB)."
GE_ARMS = "Forty-five women were taking oral contraceptives of combined oestrogen/progestogen of the same brand (low oestrogenic and middle range progestogenic activity); 27 had received intramuscular injections of medroxyprogesterone acetate and 15 women were using a sequential pill."
GE_44 = "The results were compared with those of 44 women not taking contraceptive steroids and matched for age."
GE_RES = "In women on the combined pill and those who had received intramuscular progesterone, the mean DNCB reactivity was significantly increased (0.02 less than p less than 0.05 and 0.001 less than p less than 0.01, respectively), whereas women using a sequential pill proved to show a decreased skin reactivity in the oestrogenic phase of this pill."
GE_IRR = "The changes observed proved to be specific, since no statistically significant differences in overall skin reactivity to irritants between the four groups of women could be observed."
# 2203 Botnick 1977
BO_52 = "Fifty-two children with clinical stages I-III Hodgkin's disease were evaluated for disease extent between April 1969 and March 1975."
BO_LAP = "All underwent laparotomy and splenectomy."
BO_30 = "Thirty of 31 patients with pathologically staged IA-IIA disease have been continuous complete remission after mantle and para-aortic irradiation."
BO_45 = "Thus 45 of 50 patients (90%) have remained continuously free of disease after completion of the planned treatment, and overall 49 of 50 (98%) are alive, without evidence of disease."
BO_JUST = "Such results justify continuation of our staging and treatment philosophy in children with Hodgkin's disease."
# 2204 Itani 1977
IT_8ML = "About 8 ml of the medium are poured in sterile air-tight stool tubes of 25 ml volume."
IT_GASPAK = "A small piece (20-30 mg) of the GasPak tablet (BBL) is then deposited in the tube and closed immediately."
IT_CO2 = "The GasPak tablet consists of sodium bicarbonate and citric acid which, if they come in contact with humidity, produce CO2 gas."
IT_37 = "The inoculated tube is then put in an incubator at 37 degrees C for 14-24 h."
IT_GOOD = "This method gives a good microbiological result."
IT_OXI = "With the aid of the oxidase reaction the colonies take a brown-black color."
IT_SUGAR = "For further differentiation of the species the sugar fermentation method is necessary."
# 2205 Turner 1977
TU_40 = "From October 1972, to December 1975, 40 patients at high risk for local recurrence (B2 and C) received postoperative radiotherapy."
TU_4600 = "Lesions that were located in the rectum, rectosigmoid and low sigmoid colon were given 4600 rads in four and a half weeks through an inverted T-shaped field which encompassed the pelvic and paraortic nodes."
TU_19 = "Of 19 patients with rectal and rectosigmoid lesions, 14 (74%) are alive without evidence of disease."
TU_21 = "Of 21 patients with lesions above the mid-sigmoid, four have failed locally, while 11 (52%) are alive without evidence of disease."
TU_SUGG = "Although the follow up period is short, the results suggest that a moderate dose of radiation may prevent local recurrence in patients with locally advanced colorectal cancer."
# 2206 Naeye 1979
NA_FREQ = "Abruptio placentae was a common cause of perinatal death in Addis Ababa, Ethiopia in 1974-1975 with a frequency of 5.5/1000 births."
NA_TERM = "This disorder had its peak frequency at term."
NA_POV = "There was a strong association of the fatal abruptions with severe poverty in the mothers."
NA_UNDER = "These poor mothers were both undernourished and malnourished during pregnancy."
NA_LUNG = "Their fetuses and neonates who died had multiple evidences of undernutrition including a relative undergrowth of adrenals, spleens and livers and a relative acceleration of lung maturation."
# 2207 Fröberg 1978
FR_13 = "Muscle triglycerides, serum lipid and lipoprotein concentrations and an intravenous fat tolerance test were determined on thirteen survivors of myocardial infarction and on fourteen subjects referred to a Lipid Clinic but without myocardial infarction."
FR_SIM = "The mean concentration of triglycerides in muscle and the fractional removal rate k2 of intravenous injected Intralipid were similar in patients with and without MI."
FR_TWICE = "In type IV patients the muscle triglyceride concentration was twice that found in patients without hypertriglyceridaemia."
FR_NEG = "A negative correlation between muscle triglyceride concentration and the k2 value was found for all subjects with a correlation coefficient of -0.62 (P less than 0.001)."
# 2210 Margo 1978
MA_392 = "The prevalence of protein energy malnutrition (PEM) and nutritional anaemia was investigated in 392 black children, aged 13--60 months, living in a poor rural area."
MA_BF = "Breast feeding was practised extensively in the population (median duration 14 months)."
MA_PEM = "The overall prevalence of PEM was 16,4%, but severe PEM occurred in only 2,7% of the children."
MA_ECO = "No relationship was found between ecological factors such as income, educational status, etc. and any of the anthropometric, biochemical or haematological variables."
MA_URBAN = "The prevalence of PEM and anaemia in these poor rural children is lower than that of a comparable group of underprivileged urban children, thus emphasizing that city slum conditions are producing considerable nutritional problems in their wake."
# 2211 Nagy 1977
NG_5 = "Five healthy volunteers received 1 mg of clomipramine hydrochloride/kg body weight as single oral and intramuscular doses on different occasions for the purpose of studying the plasma levels of clomipramine and the desmethylclomipramine formed."
NG_DES = "Desmethylclomipramine was found in the plasma in four of the subjects after oral intake but only in one subject after intramuscular injection."
NG_20 = "Twenty subjects received either imipramine or clomipramine both orally and intramuscularly during a period of 3 weeks in a crossover design."
NG_RATIO = "The ratio between the plasma level of the parent drug and its demethylated metabolite was on average twice as high during intramuscular as during oral treatment."
# 2212 Seidelmann 1977
SE_FAT = "A layer of fat which is normally present between the splenic vein and the pancreas may simulate a dilated pancreatic duct."
SE_43 = "Distinct demonstration of the splenic vein as a structure separate from the pancreas was possible in 43 of 86 patients studied."
SE_25 = "An additional 25% of the patients had partial or indistinct demonstration of the splenic vein."
SE_IMP = "Appreciation of this normal relationship on CT is imperative to avoid misinterpretation of the fat layer as a dilated pancreatic duct."
SE_OVER = "In addition, the measured size of the pancreas may be falsely overestimated by addition of the splenic vein width if the intervening fat is not identified."
# 2213 Tifft 1979
TI_18 = "The diagnostic and therapeutic value of the angiotensin converting enzyme inhibitor teprotide (SQ 20881) was assessed in 18 patients with hypertensive emergencies."
TI_31 = "Mean blood pressure fell 31 +/- 18 mm Hg in the 10 subjects who responded to 1 mg/kg body weight administered intravenously, whereas it fell 5 +/- 3 mm Hg in the eight nonresponders."
TI_24 = "Mean blood pressure responded favorably within 24 h to the chosen regimen for each group from 152 +/- 47 to 102 +/- 31 mm Hg."
# 2214 Sundsfjord 1977
SU_PRA = "We examined the predictive value of plasma renin activity (PRA) in ambulatory patients in the selection of hypertensive patients for treatment with spironolactone."
SU_FRUS = "The patients were classified as frusemide responders or non-responders according to their PRA response to 80 mg frusemide orally."
SU_45 = "After an initial 4 weeks placebo period forty-five patients with the clinical diagnosis of benign hypertension (WHO stage I-II) entered a 4 X 4 week double blind treatment period during which they received spironolactone (Aldactone) 400, 300, 200 and 100 mg/day, respectively."
SU_DEC = "A gradual and significant decrease in mean blood pressure occurred during the period with the high doses of spironolactone, without any significant difference between the groups."
SU_MAINT = "The blood pressure lowering effect obtained with the initial high doses was maintained during the consecutive periods when the doses was reduced to a half or even a fourth, in both groups."
SU_CONC = "We conclude that PRA measurement in ambulatory patients is of little, if any, value for the selection of hypertensives for spironolactone treatment; this in contrast to similar selections performed on hospitalized patients."
# 2216 Herz 1978
HE_VOL = "The effect of oral contraceptive steroids (OCS) on the rate of hepatic demethylation of 14C-dimethylaminoantipyrine (DAP) was studied directly in healthy young volunteers using a newly developed noninvasive breath analysis technique."
HE_17 = "In seventeen women who had taken OCS in 21 day cycles, for more than 3 months, the half life was significantly (P less than 0.001) prolonged (4.4 +/- 2.1 h) when measured after 21 consecutive days of OCS intake."
HE_STOP = "On average, stopping OCS for 7 days or giving phenobarbital in addition to OCS shortened DAP half life significantly (from 4.4 +/- 2.1 h to 3.2 +/- 1.1 h, n = 17, P less than 0.005; and from 4.6 +/- 2.0 h to 3.2 +/- 1.0 h, n = 12, P less than 0.01, respectively)."
HE_8 = "Eight of twelve women on OCS responded to OCS intake and to OCS cessation and phenobarbital, whereas four women did not respond to any of these measures."
HE_REV = "These data suggest that inhibition of hepatic demethylation of DAP by OCS is time dependent and reversible."
HE_IND = "The extent of inhibition appears to be an individual characteristic of a given person."
# 2217 Catlin 1977
CT_59 = "Neisseria gonorrhoeae was isolated from 5.9% of oropharyngeal specimens obtained from patients attending a clinic for sexually transmitted diseases."
CT_69 = "Oropharyngeal isolates from 69 patients and anogenital isolated from 97 other patients attending the same clinic were compared."
CT_AHU = "On the other hand, gonococci with multiple requirements that include arginine, hypoxanthine, and uracil (AHU strains) were present in oropharyngeal specimens from only three patients (4.4%), but were isolated from anogenital specimens from 18 patients (18.6%)."
CT_MIC = "However, a penicillin MIC greater than or equal to 0.42 microgram/ml was found for 17.6% of oropharyngeal isolates of these types, but for only 4.1% of Pro-, Arg-, and zero isolates from anogenital sites."
CT_BLA = "None of these moderately resistant strains produced beta-lactamase."
# 2218 Kitabchi 1977
KI_1972 = "The recent work on proinsulin and C-peptide has been reviewed with major emphasis on the most significant findings since 1972."
KI_PREC = "Proinsulin has now been established as the biosynthetic precursor of insulin in all species examined, including man, with a preproinsulin as a possible precursor of the prohormone."
KI_TENTH = "Although proinsulin has a direct biologic effect which is one-tenth as much as that of insulin, C-peptide has no biologic activity on homologous or heterologous tissue and no ability to modify the action of insulin and/or proinsulin."
KI_SPEC = "With this recent major advancement, it is now possible to measure human C-peptide specifically."
KI_TOOL = "This measurement has been shown to be a useful tool for the assessment of beta-cell function in diabetic patients treated with insulin and in insulinoma patients in whom endogenous C-peptide secretion is not suppressed with exogenous insulin-induced hypoglycemia."
KI_OBESE = "in lean adult and juvenile diabetic patients, the percentage of proinsulin is not excessive, whereas obese diabetics and pregnant diabetics appear to secrete relatively greater proinsulin than their diabetic controls"

claims = [
    # Carey and Pollard 1977: none x2, number, population
    C("ca-none1", CA, "none", "Carey and Pollard (1977) followed eight lysosomal acid hydrolases through five successive subcultures of cultured skin fibroblasts and found no overall drift in activity between the first and the last passage.", CA_TREND, truth_alt=[CA_47]),
    C("ca-none2", CA, "none", "In cell lines from patients with Fabry and Gaucher disease, the residual activity of the deficient enzyme was hard to tell apart from the lowest normal values, whereas lines from GM1 and GM2 gangliosidosis showed clearly reduced activity (Carey and Pollard, 1977).", CA_FABRY),
    C("ca-num", CA, "number", "Carey and Pollard's (1977) survey of eight lysosomal hydrolases across 147 cultured human skin fibroblast lines concluded that normal reference ranges for diagnosis have to be wide.", CA_47, wrong="147 cultured human skin fibroblast lines", truth_alt=[CA_WIDE], accept=["number"]),
    C("ca-pop", CA, "population", "Fibroblast enzyme activity ranges did not differ significantly between 20 clinically normal children and 27 patients with confirmed lysosomal storage disorders, according to Carey and Pollard.", CA_GROUPS, wrong="27 patients with confirmed lysosomal storage disorders", accept=["population"]),
    # Gerretsen et al. 1979: none, direction, comparator, design
    C("ge-none", GE, "none", "Gerretsen et al. (1979) found that women taking a combined oestrogen-progestogen pill, and those given injections of medroxyprogesterone acetate, had significantly stronger DNCB sensitisation reactions than 44 age-matched women not using contraceptive steroids.", GE_RES, truth_alt=[GE_44]),
    C("ge-dir", GE, "direction", "Among 87 women on hormonal contraception, contact sensitisation to DNCB was weakened in users of the combined pill, while skin reactions to irritants did not differ between the groups (Gerretsen et al., 1979).", GE_RES, wrong="weakened in users of the combined pill", truth_alt=[GE_IRR], accept=["direction"]),
    C("ge-comp", GE, "comparator", "Gerretsen and colleagues (1979) compared each woman's DNCB response on hormonal contraception with her own response before she started the method, and reported increased reactivity with the combined pill and with injectable medroxyprogesterone.", GE_44, wrong="with her own response before she started the method", truth_alt=[GE_RES], accept=["comparator", "design"]),
    C("ge-des", GE, "design", "In a randomised trial, Gerretsen and colleagues allocated 87 women to a combined pill, injectable medroxyprogesterone acetate or a sequential pill and then tested their sensitisation to DNCB.", GE_ARMS, wrong="In a randomised trial", truth_alt=[GE_87], accept=["design"]),
    # Botnick et al. 1977: none, duration, number, overreach
    C("bo-none", BO, "none", "In Botnick et al.'s (1977) series of children with stage I-III Hodgkin's disease, all staged by laparotomy and splenectomy, 45 of 50 remained continuously free of disease after the planned treatment and 49 of 50 were alive without evidence of disease.", BO_45, truth_alt=[BO_LAP]),
    C("bo-dur", BO, "duration", "Botnick and colleagues (1977) evaluated 52 children with clinical stage I-III Hodgkin's disease seen over a 16-year period, all of whom underwent staging laparotomy with splenectomy.", BO_52, wrong="over a 16-year period", accept=["duration", "number"]),
    C("bo-num", BO, "number", "After mantle and para-aortic irradiation, all 31 children with pathological stage IA-IIA disease stayed in continuous complete remission (Botnick et al., 1977).", BO_30, wrong="all 31 children", accept=["number"]),
    C("bo-over", BO, "overreach", "Botnick et al. (1977) concluded that their policy of surgical staging followed by irradiation or MOPP is the best treatment for every child with Hodgkin's disease and should replace other regimens.", BO_JUST, wrong="is the best treatment for every child with Hodgkin's disease and should replace other regimens", accept=["overreach"]),
    # Itani 1977: none x2, duration, overreach
    C("it-none1", IT, "none", "Itani (1977) described a cheap way to culture gonococci: about 8 ml of medium in a sealed 25 ml stool tube, with a small piece of a GasPak tablet added to produce carbon dioxide.", IT_8ML, truth_alt=[IT_GASPAK, IT_CO2]),
    C("it-none2", IT, "none", "In Itani's method the inoculated tubes are incubated at 37 degrees C for 14 to 24 hours, and the author reports a good microbiological result.", IT_37, truth_alt=[IT_GOOD]),
    C("it-dur", IT, "duration", "The tube culture method for Neisseria gonorrhoeae described by Itani (1977) needs incubation at 37 degrees C for three to four days before the colonies can be read.", IT_37, wrong="for three to four days", accept=["duration", "number"]),
    C("it-over", IT, "overreach", "According to Itani (1977), the oxidase reaction, which turns the colonies brown-black, is enough on its own to identify the species, so no further tests are needed.", IT_SUGAR, wrong="is enough on its own to identify the species, so no further tests are needed", truth_alt=[IT_OXI], accept=["overreach"]),
    # Turner et al. 1977: none, number, overreach, design
    C("tu-none", TU, "none", "Turner and colleagues (1977) gave postoperative radiotherapy to 40 patients with stage B2 or C colorectal cancer between 1972 and 1975; of the 19 with rectal or rectosigmoid tumours, 14 were alive without evidence of disease.", TU_19, truth_alt=[TU_40]),
    C("tu-num", TU, "number", "In Turner et al.'s (1977) series, rectal, rectosigmoid and low sigmoid lesions received 6400 rads over four and a half weeks through an inverted-T field covering the pelvic and para-aortic nodes.", TU_4600, wrong="6400 rads", accept=["number"]),
    C("tu-over", TU, "overreach", "Postoperative radiotherapy has been shown to prevent local recurrence in locally advanced colorectal cancer (Turner et al., 1977).", TU_SUGG, wrong="has been shown to prevent local recurrence", accept=["overreach"]),
    C("tu-des", TU, "design", "In a randomised trial against surgery alone, Turner et al. found that 11 of 21 patients with lesions above the mid-sigmoid who were given whole-abdomen irradiation were alive without evidence of disease.", TU_21, wrong="In a randomised trial against surgery alone", truth_alt=[TU_40], accept=["design", "comparator"]),
    # Naeye et al. 1979: none x2, direction, population
    C("na-none1", NA, "none", "Naeye et al. (1979) reported that abruptio placentae was a common cause of perinatal death in Addis Ababa in 1974-1975, occurring in 5.5 per 1000 births and peaking at term.", NA_FREQ, truth_alt=[NA_TERM]),
    C("na-none2", NA, "none", "Fatal placental abruptions were strongly associated with severe maternal poverty, and the mothers concerned were undernourished during pregnancy (Naeye et al., 1979).", NA_POV, truth_alt=[NA_UNDER]),
    C("na-dir", NA, "direction", "Naeye and colleagues' (1979) findings in Addis Ababa showed signs of undernutrition in the fetuses and newborns who died, including undergrown adrenals, spleens and livers and delayed lung maturation.", NA_LUNG, wrong="delayed lung maturation", accept=["direction"]),
    C("na-pop", NA, "population", "In rural Ethiopian villages, abruptio placentae was a frequent cause of perinatal death, and Naeye et al. linked it to poor maternal nutrition.", NA_FREQ, wrong="In rural Ethiopian villages", accept=["population"]),
    # Fröberg et al. 1978: none x2, direction, comparator
    C("fr-none1", FR, "none", "Across all the subjects studied by Fröberg et al. (1978), higher muscle triglyceride concentrations went with a slower fractional removal of infused Intralipid (r = -0.62).", FR_NEG),
    C("fr-none2", FR, "none", "Fröberg and colleagues found that patients with type IV hyperlipoproteinaemia had about twice the muscle triglyceride concentration of those without hypertriglyceridaemia.", FR_TWICE),
    C("fr-dir", FR, "direction", "Fröberg et al.'s (1978) comparison showed that survivors of myocardial infarction had clearly higher muscle triglyceride levels and slower Intralipid clearance than lipid-clinic patients without an infarction.", FR_SIM, wrong="had clearly higher muscle triglyceride levels and slower Intralipid clearance", accept=["direction"]),
    C("fr-comp", FR, "comparator", "Muscle triglycerides and an intravenous fat tolerance test were measured in 13 survivors of myocardial infarction and in 14 healthy blood donors (Fröberg et al., 1978).", FR_13, wrong="14 healthy blood donors", accept=["comparator", "population"]),
    # Margo et al. 1978: none, number, duration, direction
    C("ma-none", MA, "none", "Margo and colleagues (1978) found less protein energy malnutrition and anaemia among 392 poor rural preschool children in KwaZulu than in a comparable group of underprivileged urban children.", MA_URBAN, truth_alt=[MA_392]),
    C("ma-num", MA, "number", "Among black preschool children in rural KwaZulu, protein energy malnutrition affected 16.4% overall and severe malnutrition 12.7% (Margo et al., 1978).", MA_PEM, wrong="12.7%", accept=["number"]),
    C("ma-dur", MA, "duration", "Breastfeeding was widespread in the rural population studied by Margo et al. (1978), with a median duration of only four months.", MA_BF, wrong="a median duration of only four months", accept=["duration", "number"]),
    C("ma-dir", MA, "direction", "Margo et al. reported that household income and parents' educational status were strongly related to the children's anthropometric, biochemical and haematological measures.", MA_ECO, wrong="were strongly related to", accept=["direction"]),
    # Nagy and Johansson 1977: none x2, population, duration
    C("ng-none1", NG, "none", "Nagy and Johansson (1977) found that the plasma ratio of parent drug to demethylated metabolite was on average twice as high during intramuscular as during oral treatment with imipramine or clomipramine.", NG_RATIO),
    C("ng-none2", NG, "none", "After single doses of clomipramine, desmethylclomipramine appeared in the plasma of four of five volunteers after oral intake but of only one after intramuscular injection (Nagy and Johansson, 1977).", NG_DES, truth_alt=[NG_5]),
    C("ng-pop", NG, "population", "Nagy and Johansson's (1977) kinetic study gave five depressed inpatients single 1 mg/kg doses of clomipramine by mouth and by intramuscular injection on separate occasions.", NG_5, wrong="five depressed inpatients", accept=["population"]),
    C("ng-dur", NG, "duration", "In the multiple-dose part of Nagy and Johansson's work, 20 subjects received imipramine or clomipramine by both the oral and the intramuscular route in a crossover lasting three months.", NG_20, wrong="in a crossover lasting three months", accept=["duration", "number"]),
    # Seidelmann et al. 1977: none x2, number, direction
    C("se-none1", SE, "none", "Seidelmann et al. (1977) warned that the layer of fat normally lying between the splenic vein and the pancreas can mimic a dilated pancreatic duct on CT.", SE_FAT, truth_alt=[SE_IMP]),
    C("se-none2", SE, "none", "On CT, the splenic vein could be clearly separated from the pancreas in half of the 86 patients studied, and a further quarter showed it only partially or indistinctly (Seidelmann et al., 1977).", SE_43, truth_alt=[SE_25]),
    C("se-num", SE, "number", "Seidelmann and colleagues (1977) were able to show the splenic vein distinctly separate from the pancreas in 73 of 86 patients on computed tomography.", SE_43, wrong="73 of 86", accept=["number"]),
    C("se-dir", SE, "direction", "If the intervening fat is not recognised, adding the width of the splenic vein can make the pancreas look smaller than it is, so that its size is underestimated, Seidelmann et al. noted.", SE_OVER, wrong="so that its size is underestimated", accept=["direction"]),
    # Tifft et al. 1979: none, comparator, duration, population
    C("ti-none", TI, "none", "In Tifft et al.'s (1979) series of 18 hypertensive emergencies, intravenous teprotide at 1 mg/kg lowered mean blood pressure by 31 mm Hg in the 10 responders but by only 5 mm Hg in the eight nonresponders.", TI_31, truth_alt=[TI_18]),
    C("ti-comp", TI, "comparator", "Tifft and colleagues (1979) compared the converting enzyme inhibitor teprotide with intravenous diazoxide in 18 patients with hypertensive emergencies.", TI_18, wrong="with intravenous diazoxide", accept=["comparator", "design"]),
    C("ti-dur", TI, "duration", "Once patients were put on the regimen chosen from their response to teprotide, mean blood pressure fell from 152 to 102 mm Hg over about two weeks (Tifft et al., 1979).", TI_24, wrong="over about two weeks", accept=["duration", "number"]),
    C("ti-pop", TI, "population", "Tifft et al. assessed the diagnostic and therapeutic value of teprotide in 18 outpatients with mild essential hypertension.", TI_18, wrong="18 outpatients with mild essential hypertension", accept=["population"]),
    # Sundsfjord and Odegaard 1977: none, population, design, comparator
    C("su-none", SU, "none", "Sundsfjord and Odegaard (1977) found that spironolactone lowered blood pressure to a similar extent in frusemide responders and non-responders, and that the effect held when the dose was cut to a half or a quarter.", SU_DEC, truth_alt=[SU_MAINT]),
    C("su-pop", SU, "population", "In hospitalised hypertensive patients, plasma renin activity was of little value in predicting who would respond to spironolactone (Sundsfjord and Odegaard, 1977).", SU_CONC, wrong="In hospitalised hypertensive patients", truth_alt=[SU_PRA], accept=["population"]),
    C("su-des", SU, "design", "Sundsfjord and Odegaard's (1977) open-label study gave 45 general-practice patients with benign hypertension spironolactone at 400, 300, 200 and then 100 mg/day in four-week steps.", SU_45, wrong="open-label", accept=["design"]),
    C("su-comp", SU, "comparator", "Sundsfjord and Odegaard compared spironolactone with bendrofluazide in ambulatory hypertensive patients classified by their renin response to frusemide.", SU_45, wrong="compared spironolactone with bendrofluazide", truth_alt=[SU_FRUS, SU_DEC], accept=["comparator", "design"]),
    # Herz et al. 1978: none x2, direction, overreach
    C("he-none1", HE, "none", "Herz et al. (1978) used a noninvasive breath test in healthy young volunteers and found that the aminopyrine half life was significantly prolonged, to 4.4 hours, in 17 women who had taken oral contraceptives for more than three months.", HE_17, truth_alt=[HE_VOL]),
    C("he-none2", HE, "none", "Stopping the pill for seven days shortened the aminopyrine half life, suggesting that the inhibition of hepatic demethylation by oral contraceptives is reversible (Herz et al., 1978).", HE_STOP, truth_alt=[HE_REV]),
    C("he-dir", HE, "direction", "Herz and colleagues (1978) reported that adding phenobarbital to oral contraceptives further lengthened the aminopyrine half life.", HE_STOP, wrong="further lengthened", accept=["direction"]),
    C("he-over", HE, "overreach", "Herz et al.'s (1978) breath-test study showed that oral contraceptives slow hepatic drug demethylation in every woman who takes them.", HE_8, wrong="in every woman who takes them", truth_alt=[HE_IND], accept=["overreach"]),
    # Catlin and Pace 1977: none, number, population, design
    C("ct-none", CT, "none", "Catlin and Pace (1977) found penicillin MICs of 0.42 microgram/ml or more in 17.6% of oropharyngeal Pro-, Arg- and zero-phenotype gonococci but in only 4.1% of such anogenital isolates, and none of these strains produced beta-lactamase.", CT_MIC, truth_alt=[CT_BLA]),
    C("ct-num", CT, "number", "Gonococci were recovered from 15.9% of throat specimens from patients attending a clinic for sexually transmitted diseases (Catlin and Pace, 1977).", CT_59, wrong="15.9%", accept=["number"]),
    C("ct-pop", CT, "population", "Catlin and Pace's (1977) comparison of throat and anogenital gonococcal isolates drew on women attending an antenatal clinic.", CT_69, wrong="women attending an antenatal clinic", truth_alt=[CT_59], accept=["population"]),
    C("ct-des", CT, "design", "Catlin and Pace compared paired oropharyngeal and anogenital isolates taken from the same 69 patients and found AHU strains far more often at anogenital sites.", CT_69, wrong="paired oropharyngeal and anogenital isolates taken from the same 69 patients", truth_alt=[CT_AHU], accept=["design", "comparator"]),
    # Kitabchi 1977: none, comparator, design, overreach
    C("ki-none", KI, "none", "Kitabchi's (1977) review notes that proinsulin has about one-tenth of insulin's direct biological effect, whereas C-peptide has no biological activity at all.", KI_TENTH),
    C("ki-comp", KI, "comparator", "In the work reviewed by Kitabchi (1977), obese and pregnant diabetics appeared to secrete relatively more proinsulin than healthy non-diabetic controls.", KI_OBESE, wrong="healthy non-diabetic controls", accept=["comparator", "population"]),
    C("ki-des", KI, "design", "A meta-analysis of clinical trials published since 1972 (Kitabchi, 1977) established proinsulin as the biosynthetic precursor of insulin in all species examined, including man.", KI_1972, wrong="A meta-analysis of clinical trials", truth_alt=[KI_PREC], accept=["design"]),
    C("ki-over", KI, "overreach", "According to Kitabchi's review, the newly specific C-peptide assay provides a definitive diagnostic test for insulinoma.", KI_TOOL, wrong="provides a definitive diagnostic test for insulinoma", truth_alt=[KI_SPEC], accept=["overreach"]),
]

Path(__file__).resolve().parent.joinpath("claims.json").write_text(json.dumps(claims, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(len(claims), "claims written")
