"""Writes claims.json (set 113, round thirty-one). Hand-written claims; truth sentences copied verbatim from the main
abstracts (Article/Abstract/AbstractText) of pool 14's records (positions 963-978, 966 skipped). The C() helper and the
field layout are those of set 110's make_claims.py (only its first 30 lines were read)."""
import json
from pathlib import Path

def C(id, key, kind, claim, truth, wrong=None, truth_alt=None, accept=None):
    d = {"id": id, "key": key, "kind": kind, "claim": claim, "truth": truth}
    if truth_alt: d["truth_alt"] = truth_alt
    if wrong: d["wrong"] = wrong
    if accept: d["accept"] = accept
    return d

SC, AL, LE, KR, FO = "schlienger1978alterations", "aldridge1979caffeine", "ledger1977fever", "kreisberg1978diabetic", "fowler1979attachment"
DU, CO, KF, AR, NA = "dudai1978properties", "cox1977significance", "kraft1979elimination", "arima1979congenital", "naidich1979big"
KV, DR, LA, DL, KA = "kivinen1978effect", "durand1978induction", "lance1977sodium", "deluca1977septal", "kaakkola1977effect"

SC_T3 = "T3 levels are significantly diminished in the cirrhotic group while the mean total T4 concentration, the basal TSH and the magnitude of the peak response to TRH are similar in cirrhotic and control patients."
SC_NH3 = "However when the cirrhotic patients are separated in two groups according to the level of arterial ammonemia, it appears that the group with hyperammonemia (n = 10) has a significantly higher peak response than the control group."
SC_SUG = "Since hyperammonemia is a wittness of hepatic encephalopathy it is suggested that TSH release or synthesis may be modified by this situation resulting from a cerebral accumulation of false neurotransmitters and a depletion of aminergic mediators."
AL_85 = "During the first month of life, caffeine accounted for more than 85% of the identifiable products in urine."
AL_T12 = "The data indicate that the 4-day plasma t1/2 of caffeine characteristic of the newborn depends in large part on slow urinary excretion of unchanged drug since there is little or no metabolism."
AL_ADULT = "The adult metabolite pattern of partially demethylated xanthines and urates was attained by 7 to 9 months."
AL_N = "Urine samples were obtained from 3 adults and 10 infants aged 8 days to 8 months during therapeutic treatment with caffeine."
LE_102 = "The fever index measured the responses of 102 women with serious pelvic infections who had received either chloramphenicol or clindamycin, in combination with other antibiotics."
LE_NODIFF = "There was no statistical difference in the number of degree hours in the two populations."
LE_SALP = "Within the populaton with salpingo-oophoritis, neither black women nor women with an intrauterine device in place had significantly more fever, but patients requiring operation had more fever while those with an endocervical culture positive for the gonococcus at the time of admission had the most favorable clinical response."
KR_REV = "New concepts concerning the pathogenesis and therapy of diabetic ketoacidosis are reviewed."
KR_MOST = "Most patients with diabetic ketoacidosis will respond to low-dose, hourly, intravenous or intramuscular regular insulin."
KR_LOW = "Low doses of insulin are as effective as high doses and have fewer associated complications of hypoglycemia and hypokalemia."
FO_25 = "A total of 25 soft contact lenses from 17 asymptomatic contact lens wearers and eight patients with contact lens-associated giant papillary conjunctivitis were examined by scanning electron microscopy."
FO_7 = "Structures that resembled bacteria were present on the anterior surface of seven lenses."
FO_ALL = "All lenses showed a coating of granular mucus-like deposits."
FO_ATT = "Some bacteria were seen scattered randomly over the surface, with no apparent attachment to the lens, whereas others were attached to the coated surface by thin, flagella-like foot processes, the distal ends of which were unattached."
DU_BIND = "alpha-[125I]Bungarotoxin specifically binds to homogenates of Drosophila melanogaster head at levels of 0.3-0.8 pmol/mg protein."
DU_CA = "Ca2+, and to a lesser extent Na+, inhibit the reaction."
DU_INH = "alpha-[125I]Bungarotoxin binding is inhibited by low concentrations of unlabelled toxin, nicotinic ligands and eserine, but not by low concentrations of muscarinic ligands, decamethonium or an organophosphate."
DU_ACHE = "Toxin binding sites are distinct from acetylcholinesterase molecules as revealed by pharmacological, biochemical and genetic techniques."
CO_38 = "At Walter Reed Medical Center, 38 consecutive patients with Stage Cadenocarcinoma underwent definitive irradiation between August 1970 and March 1973."
CO_RATE = "Positive biopsy rate correlated only with the interval after irradiation--60% at six months, 37% at one year, 30% at 18 months, and approximately 19% after two and one-half years."
CO_NOCORR = "There was no correlation of biopsy results with pre-irradiation estrogen or orchiectomy, with time-dose-fractionation relationships, or with prognosis."
CO_ALL = "Gradual disappearance of the palpable tumor occurred in all patients."
CO_REGROW = "Two men have had clinical evidence of re-growth of prostatic cancer."
CO_49 = "There were 49 positive and 90 negative biopsies."
KF_N = "Elimination of ampicillin and gentamicin by hemofiltration was measured in 5 and 4 patients, respectively, being treated for end stage renal failure."
KF_AMP = "Serum half-life time of ampicillin after a single I.V. dose of 2 g, was found to be 2.97 +/- 0.73 h, and the filtrate concentrations declined parallel to the serum ampicillin levels, as was to be expected."
KF_GENT = "The serum half-life time after a single I.V. dose of 1 mg/kg body weight gentamicin was 3.26 +/- 0.42 h, and considerably shorter than T/2 of gentamicin in conventional hemodialysis, while the filtrate concentrations increased paradoxically with declining serum levels."
AR_AJ = "Anomalous junction of the pancreaticobiliary ductal system (AJPBDS) was found not only in 6 of 28 children with congenital dilatation of the bile duct, but in 3 of 57 children with congenital biliary atresia, in 2 of 17 children with infantile hepatitis and in one child with chronic pancreatitis during the past 17 yr at the Kagoshima University Hospital."
AR_TX = "The preferred treatment for type 1 is considered to be Roux-en-Y limb hepaticojejunostomy with primary excision of the choledochal cyst in order to prevent reflux of pancreatic juice flow into the choledochus, postoperative gall stone formation, or cancer from arising in the remaining choledochal cyst."
NA_PRO = "A prospective analysis of the sensitivity and accuracy of five techniques for identifying the left and right hemidiaphragms in more than 100 patients revealed that the most accurate method for lateralizing juxtadiaphragmatic pathology was the \"big rib\" sign, a technique based upon the relative difference in magnification between the left and right ribs."
NA_INEFF = "Techniques based upon the position and configuration of the major fissures or upon higher and lower position of the two hemidiaphragms were ineffective."
KV_DOSE = "Eight lactating mothers took a single dose of oral TRH (40 mg) while eight other volunteers had a placebo treatment."
KV_PRL = "There was approximately twofold increase in prolactin level at 30--210 min, about sevenfold increase in the TSH level at 210 min, and a marked increasing trend in the T4 level during the study period only in the treatment group."
KV_BEFORE = "However, before TRH could be extensively tested on mothers with deficient lactation a thorough study of the effects of oral TRH on thyroid function in the puerperium is mandatory."
DR_RCT = "Two types of chemotherapy have been compared in a randomized trial to treat non-Hodgkin malignant lymphomas."
DR_66 = "66 patients were included in this study, but only 40 were evaluable after a histologic review of all cases."
DR_COURSE = "Patients received only one induction chemotherapy course during 15--20 days."
DR_EFF = "Efficacy was about the same with the two protocols: 35 patients out of 40 experienced a remission of more than 50% (among them 8 experienced a complete remission)."
LA_88 = "Of 88 patients with intractable epilepsy, 60 have been treated with clonazepam for up to three years and 60 have been treated with sodium valproate for up to 18 months."
LA_SEQ = "Each agent was used sequentially in an overlapping group of 32 patients."
LA_CZP = "Clonazepam has given better results than valproate in temporal lobe and other partial (focal) epilepsies, while valproate has given better results in grand mal seizures and atonic attacks."
DL_N = "We have analysed the echocardiograms of ten healthy subjects, sixty patients with disorders of intra-ventricular conduction, and ten who were treated by a temporary intracavitary pacemaker."
DL_POST = "There was found to be a pre-ejection displacement of the septum towards the posterior wall, beginning just after electrical depolarisation of the ventricle followed, in most cases, by 'paradoxical' displacement towards the anterior wall during systole."
DL_HYP = "The results support the hypothesis that the posterior displacement of the septum in cases of LBBB is related to abnormal spread of excitation."
KA_RATS = "The effects of drugs acting on muscarinic cholinergic receptors on the catalepsy, antinociception and changes in rectal temperature and in brain dopamine metabolism induced by morphine were studied in Wistar rats."
KA_SCOP = "Scopolamine (0.3 - 30 mg/kg) was about three times as potent as atropine (1 - 30 mg/kg) in potentiating the cataleptic effect of morphine."
KA_PILO = "Pilocarpine (100 mg/kg) and arecoline (10 mg/kg) slightly but significantly and RS86 (20 - 40 mg/kg) clearly antagonized the morphine-catalepsy."
KA_ANTI = "The antimuscarinic compounds did not alter the antinociceptive effect of morphine."
KA_HYPO = "Antimuscarinic compounds enhanced the hypothermic effect of morphine, but none of the compounds studied altered the hyperthermic effect of morphine."

claims = [
    # 963 Schlienger 1978 (fre): none x2, direction, number
    C("sc-none1", SC, "none", "In patients with liver cirrhosis, Schlienger et al. (1978) found mean total T4, basal TSH and the peak TSH response to TRH to be much the same as in normal controls.", SC_T3),
    C("sc-dir", SC, "direction", "Serum T3 concentrations were significantly raised in cirrhotic patients compared with normal controls (Schlienger et al., 1978).", SC_T3, wrong="significantly raised", accept=["direction"]),
    C("sc-none2", SC, "none", "Schlienger and colleagues (1978) proposed that hepatic encephalopathy may alter TSH release or synthesis through the build-up of false neurotransmitters in the brain and a loss of aminergic mediators.", SC_SUG),
    C("sc-num", SC, "number", "Schlienger et al.'s (1978) cirrhotic patients with hyperammonaemia (n = 30) had a significantly higher peak TSH response to TRH than the control group.", SC_NH3, wrong="(n = 30)", accept=["number"]),
    # 964 Aldridge 1979: none x2, duration, number
    C("al-none1", AL, "none", "Aldridge et al. (1979) showed that in the first month of life unchanged caffeine made up more than 85% of the identifiable caffeine products excreted in the urine.", AL_85),
    C("al-none2", AL, "none", "The four-day plasma half-life of caffeine seen in newborns is largely explained by slow urinary excretion of the unchanged drug, because the neonate metabolises little or none of it (Aldridge et al., 1979).", AL_T12),
    C("al-dur", AL, "duration", "Aldridge and colleagues (1979) observed that infants had already reached the adult urinary pattern of partially demethylated xanthines and urates by the end of the first month of life.", AL_ADULT, wrong="by the end of the first month of life", accept=["duration", "number"]),
    C("al-num", AL, "number", "Aldridge et al.'s (1979) urine samples came from 3 adults and 30 infants aged 8 days to 8 months who were receiving caffeine therapy.", AL_N, wrong="30 infants", accept=["number"]),
    # 965 Ledger 1977: none x2, population, comparator
    C("le-none1", LE, "none", "Ledger et al. (1977) found no statistically significant difference in fever, measured in degree hours, between women with serious pelvic infections given chloramphenicol and those given clindamycin.", LE_NODIFF, truth_alt=[LE_102]),
    C("le-none2", LE, "none", "Among women with salpingo-oophoritis, those who needed an operation had more fever, whereas those with a gonococcus-positive endocervical culture on admission had the best clinical response (Ledger et al., 1977).", LE_SALP),
    C("le-pop", LE, "population", "Ledger and colleagues (1977) applied the fever index to 102 women with endometritis after caesarean section who had received either chloramphenicol or clindamycin with other antibiotics.", LE_102, wrong="women with endometritis after caesarean section", accept=["population"]),
    C("le-comp", LE, "comparator", "In Ledger et al.'s (1977) fever-index evaluation, women with serious pelvic infections treated with clindamycin fared no better than those treated with cephalothin.", LE_NODIFF, truth_alt=[LE_102], wrong="those treated with cephalothin", accept=["comparator"]),
    # 967 Kreisberg 1978 (review): none, design, overreach, direction
    C("kr-none", KR, "none", "In his review, Kreisberg (1978) noted that most patients with diabetic ketoacidosis respond to low-dose regular insulin given hourly by the intravenous or intramuscular route.", KR_MOST),
    C("kr-des", KR, "design", "In a randomised trial, Kreisberg (1978) showed that low doses of insulin were as effective as high doses in diabetic ketoacidosis and caused fewer episodes of hypoglycaemia and hypokalaemia.", KR_REV, truth_alt=[KR_LOW], wrong="In a randomised trial", accept=["design"]),
    C("kr-over", KR, "overreach", "Low-dose insulin works in every patient with diabetic ketoacidosis, so high-dose regimens are never needed (Kreisberg, 1978).", KR_MOST, truth_alt=[KR_LOW], wrong="works in every patient with diabetic ketoacidosis", accept=["overreach"]),
    C("kr-dir", KR, "direction", "Kreisberg's (1978) review reports that low doses of insulin, though as effective as high doses, bring more frequent hypoglycaemia and hypokalaemia.", KR_LOW, wrong="bring more frequent hypoglycaemia and hypokalaemia", accept=["direction"]),
    # 968 Fowler 1979: none, number, population, overreach
    C("fo-none", FO, "none", "Every soft contact lens that Fowler et al. (1979) examined by scanning electron microscopy carried a coating of granular, mucus-like deposits.", FO_ALL, truth_alt=[FO_25]),
    C("fo-num", FO, "number", "Structures resembling bacteria were found on the anterior surface of 17 of the 25 lenses (Fowler et al., 1979).", FO_7, wrong="17 of the 25 lenses", accept=["number"]),
    C("fo-pop", FO, "population", "Fowler and colleagues (1979) used scanning electron microscopy to examine 25 soft lenses removed from patients with bacterial keratitis.", FO_25, wrong="patients with bacterial keratitis", accept=["population"]),
    C("fo-over", FO, "overreach", "Fowler et al. (1979) demonstrated that bacteria attached to soft contact lenses are the cause of giant papillary conjunctivitis.", FO_ATT, truth_alt=[FO_25], wrong="are the cause of giant papillary conjunctivitis", accept=["overreach"]),
    # 969 Dudai 1978: none x2, direction, population
    C("du-none1", DU, "none", "Dudai (1978) reported that alpha-bungarotoxin binding in Drosophila was blocked by low concentrations of unlabelled toxin, nicotinic ligands and eserine, but not by low concentrations of muscarinic ligands, decamethonium or an organophosphate.", DU_INH),
    C("du-none2", DU, "none", "Pharmacological, biochemical and genetic evidence showed that the toxin-binding sites in the fly are separate from acetylcholinesterase molecules (Dudai, 1978).", DU_ACHE),
    C("du-dir", DU, "direction", "Dudai (1978) found that Ca2+, and to a lesser degree Na+, enhanced the binding of the toxin to its receptor.", DU_CA, wrong="enhanced the binding", accept=["direction"]),
    C("du-pop", DU, "population", "Dudai's (1978) work on homogenates of housefly heads showed specific alpha-bungarotoxin binding at levels of 0.3-0.8 pmol/mg protein.", DU_BIND, wrong="housefly heads", accept=["population"]),
    # 970 Cox 1977: none, design, comparator, overreach
    C("co-none", CO, "none", "Cox and Stoffel (1977) found that the proportion of positive biopsies depended only on the time since irradiation, falling from 60% at six months to about 19% after two and a half years.", CO_RATE),
    C("co-des", CO, "design", "In a randomised trial, Cox and Stoffel (1977) gave definitive irradiation to 38 patients with stage C adenocarcinoma of the prostate and followed them with repeated needle biopsies.", CO_38, wrong="In a randomised trial", accept=["design"]),
    C("co-comp", CO, "comparator", "Biopsy findings after irradiation did not differ from those in men treated by radical prostatectomy (Cox & Stoffel, 1977).", CO_NOCORR, truth_alt=[CO_38], wrong="those in men treated by radical prostatectomy", accept=["comparator"]),
    C("co-over", CO, "overreach", "Cox and Stoffel's (1977) series showed that radiotherapy eradicated stage C prostate cancer in all 38 patients.", CO_ALL, truth_alt=[CO_REGROW, CO_49], wrong="eradicated stage C prostate cancer in all 38 patients", accept=["overreach"]),
    # 971 Kraft 1979: none, comparator, population, direction
    C("kf-none", KF, "none", "After a single 2 g intravenous dose of ampicillin, Kraft and Lode (1979) measured a serum half-life of about 3 h during hemofiltration, with filtrate concentrations falling in parallel with serum levels.", KF_AMP),
    C("kf-comp", KF, "comparator", "The serum half-life of gentamicin during hemofiltration, 3.26 h, was considerably shorter than during peritoneal dialysis (Kraft & Lode, 1979).", KF_GENT, wrong="than during peritoneal dialysis", accept=["comparator"]),
    C("kf-pop", KF, "population", "Kraft and Lode (1979) measured the elimination of ampicillin and gentamicin by hemofiltration in 5 and 4 patients with acute renal failure after surgery.", KF_N, wrong="acute renal failure after surgery", accept=["population"]),
    C("kf-dir", KF, "direction", "As with ampicillin, gentamicin concentrations in the hemofiltrate declined in parallel with serum levels (Kraft and Lode, 1979).", KF_GENT, wrong="gentamicin concentrations in the hemofiltrate declined in parallel with serum levels", accept=["direction"]),
    # 972 Arima 1979: none x2, duration, population
    C("ar-none1", AR, "none", "Arima and Akita (1979) found an anomalous pancreaticobiliary junction in 6 of 28 children with congenital dilatation of the bile duct, and also in 3 of 57 children with biliary atresia.", AR_AJ),
    C("ar-none2", AR, "none", "For anomalous junction with biliary dilatation, Arima and Akita (1979) favoured Roux-en-Y hepaticojejunostomy with primary excision of the choledochal cyst, to prevent reflux of pancreatic juice, later gallstones and cancer in a remnant cyst.", AR_TX),
    C("ar-dur", AR, "duration", "Over a 7-year period at Kagoshima University Hospital, an anomalous pancreaticobiliary junction was identified in children with bile duct dilatation, biliary atresia, infantile hepatitis and chronic pancreatitis (Arima & Akita, 1979).", AR_AJ, wrong="Over a 7-year period", accept=["duration", "number"]),
    C("ar-pop", AR, "population", "Arima and Akita's (1979) series found the anomalous junction in 6 of 28 adults with congenital dilatation of the bile duct.", AR_AJ, wrong="6 of 28 adults", accept=["population"]),
    # 973 Naidich 1979: none x2, design, comparator
    C("na-none1", NA, "none", "Comparing five methods of telling the left from the right hemidiaphragm on the lateral view in more than 100 patients, Naidich et al. (1979) found the 'big rib' sign the most accurate for lateralising juxtadiaphragmatic disease.", NA_PRO),
    C("na-none2", NA, "none", "Naidich and colleagues (1979) found that methods relying on the position and configuration of the major fissures, or on the relative height of the two hemidiaphragms, did not work.", NA_INEFF),
    C("na-des", NA, "design", "Naidich et al.'s (1979) retrospective review of radiographs from more than 100 patients identified the 'big rib' sign as the best way to lateralise basal pulmonary pathology on the lateral view.", NA_PRO, wrong="retrospective review", accept=["design"]),
    C("na-comp", NA, "comparator", "The 'big rib' sign proved more accurate than diaphragmatic fluoroscopy for assigning basal lung disease to the correct hemithorax (Naidich et al., 1979).", NA_PRO, wrong="than diaphragmatic fluoroscopy", accept=["comparator"]),
    # 974 Kivinen 1978: none, duration, overreach, comparator
    C("kv-none", KV, "none", "Kivinen et al. (1978) gave eight lactating mothers a single 40 mg oral dose of TRH in the early puerperium, while eight other volunteers received a placebo.", KV_DOSE),
    C("kv-dur", KV, "duration", "In Kivinen and colleagues' (1978) study, lactating mothers took 40 mg of oral TRH daily for a week, which roughly doubled their prolactin levels.", KV_DOSE, truth_alt=[KV_PRL], wrong="daily for a week", accept=["duration", "number"]),
    C("kv-over", KV, "overreach", "Kivinen et al. (1978) concluded that oral TRH can now be recommended to stimulate milk secretion in mothers with deficient lactation.", KV_BEFORE, wrong="can now be recommended to stimulate milk secretion", accept=["overreach"]),
    C("kv-comp", KV, "comparator", "Compared with metoclopramide, oral TRH raised prolactin about twofold and TSH about sevenfold in lactating mothers (Kivinen et al., 1978).", KV_PRL, truth_alt=[KV_DOSE], wrong="Compared with metoclopramide", accept=["comparator"]),
    # 975 Durand 1978 (fre): none x2, design, duration
    C("dr-none1", DR, "none", "Of the 66 patients Durand et al. (1978) enrolled, only 40 could be evaluated once every case had been reviewed histologically.", DR_66),
    C("dr-none2", DR, "none", "The two induction regimens were about equally effective, with 35 of 40 patients achieving a remission of more than 50%, eight of them complete (Durand et al., 1978).", DR_EFF),
    C("dr-des", DR, "design", "Durand and colleagues (1978) reported an uncontrolled single-arm study of four-drug induction chemotherapy in non-Hodgkin lymphoma.", DR_RCT, wrong="uncontrolled single-arm study", accept=["design"]),
    C("dr-dur", DR, "duration", "Patients in Durand et al.'s (1978) trial received induction chemotherapy for about three months before their response was assessed.", DR_COURSE, wrong="for about three months", accept=["duration", "number"]),
    # 976 Lance 1977: none, number, design, duration
    C("la-none", LA, "none", "Lance and Anthony (1977) found clonazepam more effective than valproate in temporal lobe and other focal epilepsies, whereas valproate did better against grand mal seizures and atonic attacks.", LA_CZP),
    C("la-num", LA, "number", "Of 188 patients with intractable epilepsy, 60 were treated with clonazepam and 60 with sodium valproate (Lance & Anthony, 1977).", LA_88, wrong="Of 188 patients", accept=["number"]),
    C("la-des", LA, "design", "In a randomised crossover trial, Lance and Anthony (1977) compared clonazepam with sodium valproate in 32 patients with intractable epilepsy.", LA_SEQ, truth_alt=[LA_88], wrong="In a randomised crossover trial", accept=["design"]),
    C("la-dur", LA, "duration", "Lance and Anthony's (1977) patients were treated with sodium valproate for up to five years, and both drugs appeared safe and useful additions to anticonvulsant therapy.", LA_88, wrong="for up to five years", accept=["duration", "number"]),
    # 977 De Luca 1977 (fre): none, direction, number, overreach
    C("dl-none", DL, "none", "De Luca and Valenti (1977) analysed the echocardiograms of ten healthy subjects, sixty patients with intraventricular conduction disorders and ten patients paced with a temporary intracavitary pacemaker.", DL_N),
    C("dl-dir", DL, "direction", "De Luca and Valenti (1977) described a pre-ejection displacement of the septum towards the anterior wall, starting just after electrical depolarisation of the ventricle.", DL_POST, wrong="towards the anterior wall", accept=["direction"]),
    C("dl-num", DL, "number", "De Luca and Valenti's (1977) echocardiographic series included sixteen patients with disorders of intraventricular conduction.", DL_N, wrong="sixteen patients", accept=["number"]),
    C("dl-over", DL, "overreach", "Echocardiography proved conclusively that the posterior septal displacement of left bundle branch block is caused by abnormal spread of excitation (De Luca & Valenti, 1977).", DL_HYP, wrong="proved conclusively", accept=["overreach"]),
    # 978 Kaakkola 1977: none, population, direction, number
    C("ka-none", KA, "none", "In Kaakkola and Ahtee's (1977) experiments, the antimuscarinic compounds left the antinociceptive effect of morphine unchanged.", KA_ANTI),
    C("ka-pop", KA, "population", "In mice, pilocarpine and arecoline slightly and RS86 clearly antagonised morphine-induced catalepsy (Kaakkola & Ahtee, 1977).", KA_RATS, truth_alt=[KA_PILO], wrong="In mice", accept=["population"]),
    C("ka-dir", KA, "direction", "Kaakkola and Ahtee (1977) reported that antimuscarinic compounds attenuated the hypothermic effect of morphine.", KA_HYPO, wrong="attenuated the hypothermic effect", accept=["direction"]),
    C("ka-num", KA, "number", "In rats, scopolamine was roughly ten times as potent as atropine in potentiating morphine catalepsy (Kaakkola and Ahtee, 1977).", KA_SCOP, wrong="roughly ten times", accept=["number"]),
]

(Path(__file__).resolve().parent / "claims.json").write_text(json.dumps(claims, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
print(len(claims), "claims written")
