"""Writes claims.json (set 92). Hand-written claims; truth sentences copied verbatim from the main abstracts (pool 14).
The C() helper and the field layout are those of set 55's make_claims.py (its first 30 lines only were read)."""
import json
from pathlib import Path

def C(id, key, kind, claim, truth, wrong=None, truth_alt=None, accept=None):
    d = {"id": id, "key": key, "kind": kind, "claim": claim, "truth": truth}
    if truth_alt: d["truth_alt"] = truth_alt
    if wrong: d["wrong"] = wrong
    if accept: d["accept"] = accept
    return d

BE, OG, OS, KU, SA = "bernardis1979somatic", "ogg1977guys", "osuntokun1979treatment", "kumar1979patient", "sack1979intra"
FO, AD, NA, SR, LI = "forrest1978superiority", "adam1977bacteriological", "nakao1977influence", "sargent1978cholecystokinetic", "lintermans1977left"
LB, AB, JO, SK, ST = "libet1979subjective", "abrams1979catatonia", "joshi1977profile", "sakata1979immunochemistry", "strauss1978surface"

# Bernardis and Bellinger 1979
BE_ZIN = "Ponderal and linear growth, food and water intake, water/food-intake ratio, and pituitary weights were significantly reduced in rats with ZIN lesions."
BE_NORM = "Plasma, growth hormone, insulin, glucose, and body composition were normal, however."
BE_30 = "The animals were maintained on lab chow and tap water for 30 days and then sacrificed."
BE_WEAN = "Weanling rats received lesions in the zona incerta (ZIN)."
BE_MAT = "In the mature HAB-lesioned rats, all the above parameters were normal except for water intake, which was slightly (p < 0.05) reduced."
# Ogg et al. 1977
OG_1968 = "The first home dialysis was carried out from Guy's Hospital in London in 1968."
OG_141 = "Since then, 141 patients have been treated in this manner."
OG_AGE = "The age of the patients ranged from 4 to 64 years."
OG_24 = "24 patients have died (cerebrovascular accidents, myocardial infarction, pulmonary edema, sepsis, peritonitis, hyperkalemia etc.)."
OG_WORK = "Of 60 adults 52 were able to start work again; full rehabilitation still seems possible in 6 cases."
OG_SOC = "Nevertheless, many patients cannot lead a normal life because their social and sexual activity is greatly restricted."
# Osuntokun 1979
OS_PREV = "The prevalence of epilepsy in developing countries is probably higher than in the Caucasians although accurate epidemiological data are lacking."
OS_GM = "Grand mal and focal epilepsies could be controlled by phenobarbitone, with phenytoin, sulthiame and carbamazepine kept as reserves or adjuncts."
OS_STAT = "For status epilepticus, diazepam is effective and readily available, with clonazepam and phenytoin as alternatives."
OS_PHARM = "Pharmacotherapy should be as simple as possible and suggestions are made on the essential drugs useful in the control of epilepsy with special reference to developing countries and in the context of economics and ready availability."
# Kumar and Nankervis 1979
KU_SINCE = "Since most of the commonly used antibiotics are excreted in the urine, inhibitory activity of urine against susceptible organisms can be used as a measure of patient compliance."
KU_42 = "To assess the reliability of this technique, we studied 42 hospitalized patients documented to be receiving oral antibiotics."
KU_ALL = "All urine samples from patients receiving oral antibiotics inhibited bacterial growth at a dilution of greater than or equal to 1:32, while none of the specimens from control patients inhibited growth."
# Sack et al. 1979
SA_24 = "Twenty-four h after T4 (250 microgram) intra-amniotic injection, the mean cord serum T4 concentration in 13 premature newborns was 17 +/- 2.1 microgram/100 ml, while the T4 concentration in a matched group was only 11.6 +/- 0.9 microgram/100 ml: in 5 of the infants who received intra-amniotic thyroxine T4 was measured 12 h post-partum and rose from 16.1 +/- 1.8 to 24.3 +/- 2.6 microgram/100 ml."
SA_MAT = "No change in maternal T4 concentration was observed."
SA_3D = "The mean cord serum T4 concentration in premature newborns delivered more than 3 days following T4 intra-amniotic injection, however, was not significantly different from that of the controls."
SA_ABS = "These data suggest that T4 (250 microgram) injected intraamniotically is absorbed by the premature human foetus."
SA_TRANS = "Furthermore, the hyperthyroxinaemia is only transient, and does not prevent the post-natal T4 surge."
# Forrest et al. 1978
FO_10 = "We evaluated demeclocycline and lithium therapy in 10 patients with the syndrome of inappropriate secretion of antidiuretic hormone."
FO_DEM = "Demeclocycline (600 to 1200 mg daily) restored serum sodium concentration to 139 +/- 1.1 meq per liter within five to 14 days, permitting unrestricted water intake in all patients."
FO_LI = "In three patients given lithium carbonate (900 mg daily) the serum sodium concentration, urine osmolality and urine volume were unchanged; since two patients had adverse central-nervous-system symptoms during lithium therapy, further study of this agent was abandoned."
FO_22 = "A patient with an unusual 22-year history of the syndrome was unresponsive to lithium, whereas long-term treatment with demeclocyline was markedly effective."
FO_CONC = "Demeclocycline is superior to lithium in the treatment of the syndrome and may obviate the need for severe water restriction."
# Adam and Pfafferott 1977
AD_30 = "About 30% of 209 drains (wound drains, venous catheters, ureteral splints) from 92 pediatric surgical patients were contaminated with pathogens."
AD_ECOLI = "E. coli and staphylococci were most frequently found."
AD_RATES = "Wound drains after abdominal operations had the highest contamination rate at 70%, followed by ureteral splints with 50% and venous catheters with about 10%."
AD_PERIOD = "Differences in the contamination rate in relation to the period of drainage could not be established."
AD_PROPH = "Antibiotic prophylaxis or topical treatment of the skin are not recommended."
AD_REMOV = "Timely removal or changing of the catheter is the best prophylaxis against infection."
# Nakao and Miyata 1977
NA_DES = "A rapid intravenous glucose load (20 g) was given with a phentolamine infusion during and after elective abdominal surgery."
NA_CTRL = "When Ringer's lactate solution was infused into a control group of subjects during surgery, plasma levels of insulin did not change during and after the surgery while plasma levels of glucose and free fatty acids increased gradually during this period."
NA_SUPP = "This evidence suggests that insulin secretion responding to endogenous hyperglycemia is suppressed during surgery."
NA_PHEN = "In another group which was given the glucose load during infusion of Ringer's lactate and phentolamine, plasma levels of insulin also increased significantly after the glucose load and remained elevated during surgery."
NA_MAX = "The maximum increment of plasma insulin after the glucose load in the latter group was significantly higher than that in the former group."
NA_CONC = "From these results it is suggested that suppression of insulin secretion by surgical stress is inhibited by the alpha blocking agent phentolamine."
# Sargent et al. 1978
SR_CONTR = "By either means of injection, ceruletide produced a substantial contraction of the gallbladder with a measurable reduction in gallbladder area."
SR_SIDE = "Side effects occurred less frequently when the drug was administered intramuscularly and were minimal and self-limiting."
SR_45 = "Of the 45 normal volunteers, 33 received the drug intravenously and 12 intramuscularly in graded ascending doses."
SR_22 = "Based on findings in these groups, the 22 patients requiring oral cholecystography for clinical evaluation received 0.3 microgram/kg intramuscularly."
SR_PEAK = "Peak contraction (40% or greater reduction in size) occurred as early as 5-15 min after after intramuscular injection and in most instances within 30 min."
# Lintermans 1977
LI_RETRO = "A retrospective study allowed us to examine 23 cases with aneurysm of the left ventricle."
LI_INC = "The aneurysm was discovered incidentally in 6 patients, and as a result of cardiac symptoms in an other 14."
LI_TB = "Tuberculosis was found to coexist in 4 patients, and was suspected in a further 4."
LI_AET = "The aetiology of these aneurysms has remained obscure until now."
LI_FEEL = "We feel that a debilitating conditions such as tuberculosis or late pregnancy, or perhaps a change in cardiac function, might lead to the development or enlargement of a sub-annular aneurysm in a predisposed subject."
# Libet et al. 1979
LB_TEST = "A crucial prediction of the hypothesis was experimentally tested in human subjects using suitably implanted electrodes, and the results provide specific support for the proposal."
LB_200 = "In this, the test stimuli to medial lemniscus (LM) and to surface of somatosensory cortex (C) were arranged so that a minimum train duration of 200 ms or more was required to produce any conscious sensory experience in each case."
LB_LM = "The sensory experiences induced by LM stimuli were found to be subjectively timed as if there were no delay relative to those for S, that is, as if the subjective experience for LM was referred to the onset rather than to the end of the required stimulus duration of 200 ms or more."
LB_C = "On the other hand, sensory experiences induced by the C stimuli, which did not excite specific projection afferents, appeared to be subjectively timed with a substantial delay relative to those for S, that is, as if the time of the subjective experience coincided roughly with the end of the minimum duration required by the C stimuli."
# Abrams et al. 1979
AB_55 = "We performed a factor analysis on research data from 55 consecutive hospitalized psychiatric patients who showed one or more of eight catatonic motor features."
AB_2 = "Two factors were extracted, accounting for 32% of the variance."
AB_F1 = "Factor 1 (mutism, negativism, stupor) corresponded to the clinical syndrome of negativistic stupor and was unrelated to diagnosis, sex, age at onset, family history, or treatment response."
AB_F2 = "Factor 2 (mutism, stereotypy, catalepsy, automatic obedience) corresponded to the classical description of catatonia, was associated with a research diagnosis of mania, and tended (p less than 0.10) to predict a favorable treatment response."
# Joshi et al. 1977
JO_1000 = "The present prospective study undertaken in a specialized neurological center of a developing country deals with 1,000 epileptic patients classified in accordance with the International Classification."
JO_80 = "Partial epilepsy was found to be far more common than generalized epilepsy (80% versus 20%)."
JO_ADULT = "Primary generalized epilepsy and partial epilepsy with complex symptomatology were more common in adults."
JO_WEST = "The higher incidence of partial epilepsy in our patients, compared to the West, could be due to greater frequency of CNS infections and birth injuries, which are common childhood hazards in the developing countries."
# Sakata and Atassi 1979
SK_2 = "Antisera against bovine serum albumin were raised in two rabbits."
SK_INC = "In each rabbit, the immunochemical cross-reactivity was not static but increased progressievly with time after the first immunization."
SK_7 = "In the interval 7 days to 398 days the increases in cross-reaction were extremely large."
SK_PH = "pH dissociation studies revealed that, together with the increase in cross-reactivity of a given albumin with time after immunization, there was a restriction in the antibody heterogeneity towards populations possessing higher affinity."
# Strauss et al. 1978
ST_21 = "The composition of skin surface lipid has been measured in a group of 21 children with the diagnosis of marasmic-kwashiokor."
ST_SQ = "When compared to the values for healthy children of comparable age, the squalene content was significantly decreased (3.1% +/- 3.2% versus 9.8% +/- 3.6%) and the squalene/wax ester ratio was also significantly decreased (0.57 +/- 0.55 versus 2.13 +/- 0.91)."
ST_5 = "Measurements of skin surface lipid also were made in five of these children after treatment."
ST_REV = "The altered values reverted towards normal."
ST_USE = "Since changes in the squalene content and the squalene/wax ester ratio of skin surface lipid can be correlated with other biochemical changes of protein-calorie malnutrition, the analysis of surface lipid, a procedure that is both convenient and non-invasive, can be of use in determining the nutritional status in field studies of malnourished subjects."

claims = [
    # Bernardis: none, duration, population, direction
    C("bern-n1", BE, "none", "Bernardis and Bellinger (1979) reported that weanling rats given lesions of the zona incerta grew less in both weight and length and ate and drank less than sham-operated controls, although their growth hormone, insulin and glucose levels were normal.",
      BE_ZIN, truth_alt=[BE_NORM]),
    C("bern-dur", BE, "duration", "In the zona incerta experiment of Bernardis and Bellinger (1979), lesioned weanling rats were kept on standard chow for 30 weeks before being killed, and their growth lagged behind that of sham-operated animals.",
      BE_30, wrong="30 weeks"),
    C("bern-pop", BE, "population", "Bernardis and Bellinger's (1979) experiments showed that zona incerta lesions in adult rats stunted growth and reduced food and water intake.",
      BE_WEAN, wrong="adult rats", truth_alt=[BE_ZIN]),
    C("bern-dir", BE, "direction", "According to Bernardis and Bellinger (1979), lesions of the medial habenula in mature rats left most measures unchanged but increased water intake.",
      BE_MAT, wrong="increased water intake"),
    # Ogg: none x2, number, overreach
    C("ogg-n1", OG, "none", "Ogg et al. (1977) described the home haemodialysis programme run from Guy's Hospital in London, which had treated 141 patients aged 4 to 64 since its first home dialysis in 1968.",
      OG_141, truth_alt=[OG_AGE, OG_1968]),
    C("ogg-n2", OG, "none", "Most adults on the Guy's home dialysis programme returned to work (52 of 60), yet Ogg and colleagues (1977) noted that many patients still could not lead a normal life because of restricted social and sexual activity.",
      OG_WORK, truth_alt=[OG_SOC]),
    C("ogg-num", OG, "number", "Of the 141 patients treated on Guy's Hospital's home dialysis programme, 42 had died, according to Ogg et al. (1977).",
      OG_24, wrong="42 had died"),
    C("ogg-over", OG, "overreach", "Ogg et al.'s (1977) experience at Guy's Hospital showed that home dialysis restores every adult patient to full rehabilitation and a normal life.",
      OG_WORK, wrong="restores every adult patient to full rehabilitation and a normal life", truth_alt=[OG_SOC]),
    # Osuntokun: none, population, comparator, overreach
    C("osun-n1", OS, "none", "For status epilepticus, Osuntokun (1979) recommended diazepam, which works and is easy to obtain, keeping clonazepam and phenytoin as alternatives.",
      OS_STAT),
    C("osun-pop", OS, "population", "Writing about epilepsy care in industrialised Western countries, Osuntokun (1979) advised that drug treatment be kept simple, with phenobarbitone for grand mal and focal seizures.",
      OS_PHARM, wrong="industrialised Western countries", truth_alt=[OS_GM]),
    C("osun-comp", OS, "comparator", "Osuntokun (1979) thought epilepsy probably more prevalent in developing countries than among people of Asian origin, while admitting that accurate epidemiological data were lacking.",
      OS_PREV, wrong="than among people of Asian origin", accept=["comparator", "population"]),
    C("osun-over", OS, "overreach", "Osuntokun's (1979) review showed that phenobarbitone controls grand mal and focal epilepsy in all patients in developing countries.",
      OS_GM, wrong="in all patients"),
    # Kumar: none x2, direction, design
    C("kum-n1", KU, "none", "Kumar and Nankervis (1979) proposed checking whether patients actually take their oral antibiotics by testing whether their urine inhibits bacterial growth, and tried the test in 42 hospitalised patients known to be on oral antibiotics.",
      KU_42, truth_alt=[KU_SINCE]),
    C("kum-n2", KU, "none", "Every urine sample from patients on oral antibiotics inhibited bacterial growth at dilutions of 1:32 or more, whereas none from control patients did (Kumar & Nankervis, 1979).",
      KU_ALL),
    C("kum-dir", KU, "direction", "Kumar and Nankervis's (1979) urine test gave false positives: some specimens from control patients who were not taking antibiotics also inhibited bacterial growth.",
      KU_ALL, wrong="some specimens from control patients who were not taking antibiotics also inhibited bacterial growth"),
    C("kum-des", KU, "design", "In a randomised controlled trial, Kumar and Nankervis (1979) validated urine antibacterial activity as a simple check on compliance with oral antibiotics.",
      KU_42, wrong="randomised controlled trial"),
    # Sack: none, number, duration, direction
    C("sack-n1", SA, "none", "Sack et al. (1979) found that a day after 250 micrograms of thyroxine were injected into the amniotic fluid, premature newborns had higher cord-blood T4 than a matched group (about 17 vs 11.6 micrograms/100 ml), while the mothers' T4 did not change.",
      SA_24, truth_alt=[SA_MAT]),
    C("sack-num", SA, "number", "Sack and colleagues (1979) showed that a 25-microgram dose of thyroxine injected into the amniotic cavity is absorbed by the premature fetus.",
      SA_ABS, wrong="25-microgram"),
    C("sack-dur", SA, "duration", "In Sack et al.'s (1979) study, cord-blood T4 remained raised in premature babies born up to three weeks after intra-amniotic thyroxine was given.",
      SA_3D, wrong="up to three weeks", truth_alt=[SA_TRANS]),
    C("sack-dir", SA, "direction", "According to Sack et al. (1979), intra-amniotic thyroxine raised the mothers' T4 concentrations as well as the fetuses'.",
      SA_MAT, wrong="raised the mothers' T4 concentrations as well"),
    # Forrest: none, comparator, design, duration
    C("forr-n1", FO, "none", "Forrest et al. (1978) found that demeclocycline at 600-1200 mg a day brought serum sodium back to normal within 5 to 14 days in patients with SIADH, so that they no longer had to restrict their fluid intake.",
      FO_DEM),
    C("forr-comp", FO, "comparator", "Forrest and colleagues' (1978) comparison found demeclocycline superior to phenytoin for the chronic syndrome of inappropriate antidiuretic hormone secretion.",
      FO_CONC, wrong="phenytoin", truth_alt=[FO_10]),
    C("forr-des", FO, "design", "In a randomised double-blind trial of 10 patients with SIADH, Forrest et al. (1978) showed demeclocycline to be better than lithium.",
      FO_10, wrong="randomised double-blind trial", truth_alt=[FO_LI]),
    C("forr-dur", FO, "duration", "One of Forrest et al.'s (1978) patients, who had had SIADH for 22 months and did not respond to lithium, did very well on long-term demeclocycline.",
      FO_22, wrong="22 months", accept=["duration", "number"]),
    # Adam: none x2, number, comparator
    C("adam-n1", AD, "none", "Adam and Pfafferott (1977) cultured 209 drains and catheters from 92 children after surgery and found pathogens on roughly three in ten of them, most often E. coli and staphylococci.",
      AD_30, truth_alt=[AD_ECOLI]),
    C("adam-n2", AD, "none", "In Adam and Pfafferott's (1977) series, how long a drain had been in place made no clear difference to contamination, and the authors advised against antibiotic prophylaxis, favouring timely removal or changing of catheters instead.",
      AD_PERIOD, truth_alt=[AD_PROPH, AD_REMOV]),
    C("adam-num", AD, "number", "About half of the 209 drains and catheters taken from children after surgery were contaminated with pathogens (Adam & Pfafferott, 1977).",
      AD_30, wrong="About half"),
    C("adam-comp", AD, "comparator", "In the study by Adam and Pfafferott (1977), drains left after abdominal operations were contaminated about seven times as often as ureteral splints.",
      AD_RATES, wrong="ureteral splints"),
    # Nakao: none, design, direction, comparator
    C("nak-n1", NA, "none", "Nakao and Miyata (1977) found that during abdominal surgery blood glucose and free fatty acids crept up while insulin stayed flat, suggesting that surgical stress suppresses the insulin response.",
      NA_CTRL, truth_alt=[NA_SUPP]),
    C("nak-des", NA, "design", "Nakao and Miyata's (1977) observational study of surgical patients suggested that the alpha-blocker phentolamine counteracts the suppression of insulin secretion caused by surgical stress.",
      NA_DES, wrong="observational study", truth_alt=[NA_CONC]),
    C("nak-dir", NA, "direction", "According to Nakao and Miyata (1977), phentolamine blunted the rise in plasma insulin after a 20 g glucose load given during surgery.",
      NA_MAX, wrong="blunted", truth_alt=[NA_PHEN]),
    C("nak-comp", NA, "comparator", "With phentolamine infused, the peak insulin rise after a glucose load during surgery was significantly higher than in unoperated volunteers given the same load (Nakao & Miyata, 1977).",
      NA_MAX, wrong="than in unoperated volunteers given the same load", accept=["comparator", "population"]),
    # Sargent: none, population, number, duration
    C("sarg-n1", SR, "none", "Sargent et al. (1978) found that ceruletide, whether injected into a vein or a muscle, made the gallbladder contract substantially, and that side effects were less frequent by the intramuscular route.",
      SR_CONTR, truth_alt=[SR_SIDE]),
    C("sarg-pop", SR, "population", "Sargent and colleagues (1978) first tested graded doses of ceruletide in 45 patients with gallstones, 33 intravenously and 12 intramuscularly.",
      SR_45, wrong="patients with gallstones"),
    C("sarg-num", SR, "number", "In Sargent et al.'s (1978) study, patients needing oral cholecystography were given 3 micrograms/kg of ceruletide intramuscularly.",
      SR_22, wrong="3 micrograms/kg"),
    C("sarg-dur", SR, "duration", "After intramuscular ceruletide, peak gallbladder contraction (a 40% or greater reduction in size) came as early as 5-15 hours after the injection (Sargent et al., 1978).",
      SR_PEAK, wrong="5-15 hours"),
    # Lintermans: none x2, design, overreach
    C("lint-n1", LI, "none", "Lintermans (1977) reviewed 23 African patients with left ventricular aneurysm: in six the aneurysm was found by chance and in 14 it came to light through cardiac symptoms.",
      LI_RETRO, truth_alt=[LI_INC]),
    C("lint-n2", LI, "none", "Tuberculosis coexisted in four of the 23 patients with left ventricular aneurysm described by Lintermans (1977) and was suspected in four more, leading the author to suggest that a debilitating illness might help such an aneurysm develop or enlarge.",
      LI_TB, truth_alt=[LI_FEEL]),
    C("lint-des", LI, "design", "In a prospective study of 23 patients with left ventricular aneurysm in Central Africa, Lintermans (1977) found coexisting tuberculosis in several.",
      LI_RETRO, wrong="prospective study"),
    C("lint-over", LI, "overreach", "Lintermans (1977) demonstrated that tuberculosis causes left ventricular aneurysm in young Africans.",
      LI_FEEL, wrong="demonstrated that tuberculosis causes", truth_alt=[LI_AET]),
    # Libet: none x2, number, comparator
    C("lib-n1", LB, "none", "Libet et al. (1979) found that sensations evoked by stimulating the medial lemniscus were felt as if they started at the onset of the stimulus, with no delay relative to skin stimuli, even though 200 ms or more of stimulation was needed to produce any sensation.",
      LB_LM, truth_alt=[LB_200]),
    C("lib-n2", LB, "none", "Using electrodes implanted in human subjects, Libet and colleagues (1979) showed that sensations from stimulation of the somatosensory cortex surface were subjectively timed with a substantial delay compared with skin stimuli.",
      LB_C, truth_alt=[LB_TEST]),
    C("lib-num", LB, "number", "Libet et al. (1979) set up their brain stimuli so that at least 20 ms of stimulation was needed before any conscious sensation arose.",
      LB_200, wrong="20 ms", accept=["number", "duration"]),
    C("lib-comp", LB, "comparator", "In Libet et al.'s (1979) experiments, sensations from medial lemniscus stimulation were timed as if there were no delay relative to those from stimulation of the cortical surface.",
      LB_LM, wrong="relative to those from stimulation of the cortical surface", truth_alt=[LB_C]),
    # Abrams: none, population, overreach, direction
    C("abr-n1", AB, "none", "In a factor analysis of 55 consecutive psychiatric inpatients with catatonic motor signs, Abrams et al. (1979) extracted two factors that together explained 32% of the variance.",
      AB_55, truth_alt=[AB_2]),
    C("abr-pop", AB, "population", "Abrams and colleagues (1979) analysed catatonic motor features in 55 consecutive psychiatric outpatients.",
      AB_55, wrong="outpatients"),
    C("abr-over", AB, "overreach", "Abrams et al. (1979) showed that the classical catatonia factor, linked to mania, reliably predicts a good response to treatment.",
      AB_F2, wrong="reliably predicts"),
    C("abr-dir", AB, "direction", "Abrams et al.'s (1979) negativistic stupor factor (mutism, negativism, stupor) was strongly associated with diagnosis and treatment response.",
      AB_F1, wrong="was strongly associated with diagnosis and treatment response"),
    # Joshi: none x2, design, population
    C("josh-n1", JO, "none", "Among 1,000 patients with epilepsy seen at a specialist neurological centre in India, Joshi et al. (1977) found partial epilepsy far more common than generalised epilepsy (80% vs 20%).",
      JO_80, truth_alt=[JO_1000]),
    C("josh-n2", JO, "none", "Joshi and colleagues (1977) suggested that partial epilepsy was commoner in their patients than in the West because CNS infections and birth injuries are frequent childhood hazards in developing countries.",
      JO_WEST),
    C("josh-des", JO, "design", "In a retrospective review of the hospital records of 1,000 epileptic patients, Joshi et al. (1977) classified their seizures by the international classification.",
      JO_1000, wrong="retrospective review of the hospital records"),
    C("josh-pop", JO, "population", "Joshi et al. (1977) reported that primary generalised epilepsy and partial epilepsy with complex symptoms were more common in children.",
      JO_ADULT, wrong="in children"),
    # Sakata: none, duration, population, direction
    C("sak-n1", SK, "none", "Sakata and Atassi (1979) followed antisera to bovine serum albumin from two rabbits and found that their cross-reactivity with other species' albumins rose steadily with time after the first immunisation.",
      SK_INC, truth_alt=[SK_2]),
    C("sak-dur", SK, "duration", "Sakata and Atassi (1979) tracked the rabbits' antisera from 7 days to about 13 weeks after the first immunisation, a period over which cross-reactions increased enormously.",
      SK_7, wrong="about 13 weeks"),
    C("sak-pop", SK, "population", "Sakata and Atassi (1979) raised antisera against bovine serum albumin in two goats and studied how their cross-reactions changed over time.",
      SK_2, wrong="two goats"),
    C("sak-dir", SK, "direction", "As cross-reactivity rose, the antibodies became more heterogeneous and shifted towards lower affinity (Sakata & Atassi, 1979).",
      SK_PH, wrong="became more heterogeneous and shifted towards lower affinity"),
    # Strauss: none x2, number, overreach
    C("str-n1", ST, "none", "Strauss et al. (1978) found that children with marasmic kwashiorkor had much less squalene in their skin surface lipid than healthy children of the same age (about 3% vs 10%).",
      ST_SQ, truth_alt=[ST_21]),
    C("str-n2", ST, "none", "In five malnourished children re-tested after treatment, the altered skin surface lipid values moved back towards normal (Strauss et al., 1978).",
      ST_REV, truth_alt=[ST_5]),
    C("str-num", ST, "number", "Strauss and colleagues (1978) measured skin surface lipids in 12 children with marasmic kwashiorkor.",
      ST_21, wrong="12 children"),
    C("str-over", ST, "overreach", "Strauss et al.'s (1978) work proved that skin surface lipid analysis is an accurate test of nutritional status in any malnourished child.",
      ST_USE, wrong="proved that skin surface lipid analysis is an accurate test of nutritional status in any malnourished child"),
]
(Path(__file__).resolve().parent / "claims.json").write_text(json.dumps(claims, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
print(len(claims), "claims")
