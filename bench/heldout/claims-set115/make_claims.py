"""Writes claims.json (set 115, round thirty-two). Hand-written claims; truth sentences copied verbatim from the main
abstracts (Article/Abstract/AbstractText) of pool 14's records (positions 2001-2019; 2005, 2013, 2016, 2017 skipped).
The C() helper and the field layout are those of set 114's make_claims.py (only its first 30 lines were read)."""
import json
from pathlib import Path

def C(id, key, kind, claim, truth, wrong=None, truth_alt=None, accept=None):
    d = {"id": id, "key": key, "kind": kind, "claim": claim, "truth": truth}
    if truth_alt: d["truth_alt"] = truth_alt
    if wrong: d["wrong"] = wrong
    if accept: d["accept"] = accept
    return d

WA, FE, HA, SH, CL = "wassmer1977adaptation", "feld1979empiric", "halstead1977dengue", "shapiro1979placental", "clineschmidt1977anorexigenic"
RA, FA, ME, JE, SI = "raeder1979effects", "faxen1979effect", "mehta1977energy", "jenkins1979life", "shidnia1977treatment"
HE, BE, CH, KR, EL = "herrmann1979development", "benismail1977hydatid", "cho1979factors", "krane1977urinary", "elias1977protein"

# 2001 Wassmer 1977
WA_395 = "A retrospective analysis of 395 51Chromiumethylenediaminotetraacetate single injection clearances performed in infants and children is presented."
WA_61 = "In 61% of infants and 30% of the children the clearance values were calculated on the basis of a plasma disappearance half time of the reference substance, which was longer than the standard study, i.e. on the basis of extrapolated data."
WA_PRED = "Plasma creatinine and urea levels were found to be appropriate indicators for predicting the plasma disappearance half time of the marker substance."
WA_OVER = "In these patients, separate determinations of the clearances using either the data obtained during the standard time of procedure only, or the data of the entire study, clearly demonstrated that the clearances obtained by means of the standard procedure overestimated glomerular filtration rate."
# 2002 Feld 1979
FE_65 = "A combination of amikacin sulfate given by continuous infusion (800 mg/sq m/24 hr) plus cephalothin sodium (2 g every four hours) was used as initial empiric therapy for the treatment of 65 evaluable febrile (greater than 38.5 degrees C) episodes in 54 granulcoytopenic (neutrophils, less than 1,000/microliter) adult cancer patients."
FE_32 = "Thirty-two of the 38(84%) identifiable infections responded to therapy, including all of the eight septicemias and eight of 11 pneumonias."
FE_92 = "Three additional infections responded to the substitution of carbenicillin for cephalothin, for a total response rate of 92% (35/38)."
FE_OTO = "Ototoxicity, highly correlated with a duration of greater than 19 days and a total dosage of greater than 25 g of amikacin sulfate, occurred in four patients (5.6%)."
FE_SAFE = "Amikacin given by continuous infusion plus cephalothin is a safe and efficacious empiric therapy for infections in granulocytopenic cancer patients."
# 2003 Halstead 1977
HA_PBL = "Cultured mononuclear peripheral blood leukocytes (PBL) from nonimmune human beings and monkeys are nonpermissive to dengue 2 virus (D2V) infection at multiplicities of infection of 0.001-0.1, but become permissive when non-neutralizing dengue antibody is added to medium."
HA_IGG = "The infection-enhancing factor was a noncytophilic antibody of the IgG class."
HA_COMP = "D2V infection occurred in the absence of heat-labile complement components but did not occur when complexes were prepared with anti- dengue F(ab)(2)."
HA_MIN = "Virus-antibody complexes are irreversibly attached to PBL within 15 min and completely internalized in 60 min."
# 2004 Shapiro 1979
SH_DEL = "Gonadotropin-injected pregnant rabbits were delivered by cesarean section near term (30 days after conception (term, 31 days) and 3 1/2 and 4 days post term."
SH_CMP = "Lipid metabolism of the postterm and near-term fetus was compared."
SH_MAL = "Evidence of placental malfunction in the postterm period includes decreased placental uptake and transport of labeled FFA occurring while maternal and fetal FFA dynamics (half times) remain unchanged and a loss in \"organization\": The strong positive correlation (p less than 0.001) between placental uptake and transfer to the fetus at 30 days' gestation is lost 5 days later."
SH_62 = "A comparison of maternal and fetal plasma FFA specific activities indicates a substantial (62%) near-term fetal contribution to its own circulating FFA pool."
SH_FFA = "Total plasma FFA is elevated in the postterm fetus concomitant with a decreasing maternal supply."
# 2006 Clineschmidt 1977
CL_ED50 = "In rats allowed to eat for 2 h/day and injected i.p. 30 min before feeding, MK-212, ED50 = 1.5 mg/kg, was two times more potent as an anorexigen than fenfluramine."
CL_METH = "In rats or cats pretreated with methergoline, the decrease in food consumption elicited by MK-212 was markedly inhibited, suggesting that the mechanism of action involves a serotoninlike effect."
CL_SELF = "MK-212 was not self-administered by rats, while the self-administration of amphetamine and morphine were demonstrated using the same experimental protocol."
# 2007 Raeder 1979
RA_TEN = "The effects of smoking and inhalation of carbon monoxide on the systolic time intervals and blood pressure were examined in ten healthy smokers with a mean age of 24.3 years."
RA_SEQ = "Each subject smoked a low-nicotine cigarette with a ventilated filter (0.1 mg nicotine, 1.1 vol percent CO), and a high-nicotine plain cigarette (2.6 mg nicotine, 4.5 vol percent CO), as well as a cigar in random sequence and in a standardized way."
RA_HR = "The product heart rate x blood pressure was increased and the left ventricular ejection time index (LVETc) prolonged following smoking the high-nicotine cigarette, whereas changes after smoking the low-nicotine cigarette and the cigar were not as pronounced."
RA_CO = "Inhalation of CO did not affect cardiac performance acutely as shown by unchanged systolic time intervals."
# 2008 Faxén 1979
FA_32 = "Body weight and dietary habits were studied in 32 male patients in a consecutive randomized series of parietal cell vagotomy (PCV) and selective vagotomy with pyloroplasty (SV + P)."
FA_MONTH = "One month after surgery all patients had lost weight."
FA_2Y = "During the first 2 postoperative years following PCV most patients regained their preoperative weight."
FA_SVP = "SV + P led to an impaired ability to gain weight."
FA_FAT = "Following PCV the consumption of fat was reduced but the carbohydrate consumption increased, leading to an unchanged total daily energy intake."
# 2009 Mehta 1977
ME_25 = "Cerebral blood flow (CBF) and carbohydrate metabolism were studied in 5 normal children and 25 children, aged 40 months or less, with varying degrees of protein-calorie malnutrition (PCM)."
ME_SEV = "With increasing severity of PCM, there was increased glucose utilization and a progressive reduction in the OGI."
ME_IV = "In grade IV PCM, CBF was 68.7 +/- 5.4ml/100g/min, and the OGI was 34.7%."
# 2010 Jenkins 1979
JE_400 = "The question, \"How well do people remember life changes?\" was approached in a longitudinal study of nearly 400 healthy men in a responsible profession."
JE_9M = "Three scales for assessing life changes were administered by questionnaire at two examinations nine months apart."
JE_34 = "For all three life change scales there was substantial forgetting over the interval between reports, with a second report yielding total scores 34% to 46% less than those from the first report for the same period."
# 2011 Shidnia 1977
SI_70 = "This paper summarizes a review of all cases (70) of retinoblastoma seen at Indiana University Hospitals over the past 25 years (from 1952 to 1977) to determine the results of treatment and causes of failure."
SI_1967 = "All cases from July, 1967, to the present were managed by the same group of physicians, thus following a consistent philosophy of treatment for those patients."
SI_32 = "Thirty-two patients treated during this latter period have survived a minimun of two years and are alive."
SI_VIS = "Visual acuity of 20/20 has been preserved in all 16 patients with unilateral disease and a range of 20/50 to 20/20 in 12 of the 16 patients with bilateral disease."
# 2012 Herrmann 1979
HE_75 = "Classification is based on data from five basic studies simultaneously designed and performed and involving 75 healthy volunteers who ingested 20 different psychotropic drugs and 5 placebos in single oral dosages."
HE_LAT = "Each volunteer took one psychostimulant, one antidepressant, one neuroleptic, one minor tranquilizer and one placebo in a double-blind Latin square cross-over design."
HE_17 = "Reclassification of the substances by the new rule yielded correct results for 17 out of 20 psychotropic drugs and 4 out of 5 placebos."
HE_79 = "Of placebos from various studies not used for the establishment of the classification rule, 7/9 were classified correctly."
# 2014 Ben-Ismaïl 1977
BE_9 = "The authors report 9 cases of hydatic cyst of the heart which they have encountered over an 8 year period."
BE_CLIN = "The various clinical presentations and the methods of diagnosis and treatment are presented: the clinical picture is of little help in establishing the diagnosis."
BE_LEV = "This is made at three levels: the history (country of origin where the disease is endemic, or other associated cyst), the presence of Xray of a swelling of the heart which is later calcified, and the presence on the electrocardiograph of ischaemic changes, which may be severe enough for necrosis."
BE_SER = "They emphasise the importance of serological tests to make a formal diagnosis of the condition, and a repetition of such tests as part of the postoperative follow-up."
# 2015 Cho 1979
CH_50 = "Human BB CPK, at 37 C, without added mercaptoethanol, lost 50% of its activity in 15 minutes during incubation in plasma."
CH_RT = "It was much more stable at both room temperature and 4 C."
CH_BSA = "BB CPK was also unstable in saline solution plus bovine serum albumin in the absence of mercaptoethanol but was much more stable in the presence of mercaptoethanol."
CH_1000 = "Plasma factors with molecular weights less than 1,000 were potent inhibitors of CPK activity."
CH_IMM = "Immunologic methods for determining CPK isozymes may provide more definitive answers as to the nature of the isozyme species present in human sera in various diseases."
# 2018 Krane 1977
KR_POP = "The ratios of total Hy1/Hyp and Hyl(GlcGal)/Hyl(Ga1) were measured in the urine of norma. subjects and of patients with Paget's disease of bone, hyperphosphatasia, and extensive thermal burns."
KR_BURN = "In patients with extensive thermal burns the pattern of urinary Hy1 and its glycosides was consistent with degradation of collagen in dermis and fascia."
KR_ROSE = "When bone resorption was decreased sufficiently with calcitonin or disodium etidronate in these patients, both the urinary ratios of Hy1/Hyp and Hy1(G1cGa1)/Hyl(Gal) rose."
KR_C1Q = "The first subcompoent of complement, Clq, which has collagen-like sequences, relatively high amounts of Hy1, and most of the glycosylated Hy1 as Hy1(G1cGa1), could be the source of these metabolites."
# 2019 Elias 1977
EL_32 = "The growth and development of 32 cebus monkeys were studied during a period of insult in nutritional or rearing conditions and after rehabilitation."
EL_FACT = "Eight experimental groups of four animals each were subjected to one of four diets--control, protein restricted, calorie restricted, and protein-calorie restricted, and one of two rearing conditions-partial isolation or a comparatively enriched condition-in a 4 x 2 factorial design."
EL_DIET = "It was found that only diet affected physical growth, but both diet and rearing affected behavioral development and exploratory behavior."
EL_CATCH = "All groups caught up in physical growth during rehabilitation but the protein-calorie restricted groups failed to recuperate completely in exploratory behavior."

claims = [
    # Wassmer: none / design / direction / number
    C("wa-none", WA, "none", "Looking back over 395 chromium-51 EDTA single-injection clearances in infants and children, Wassmer et al. (1977) found that plasma creatinine and urea levels were good guides to how long the marker would take to disappear from plasma.",
      WA_PRED, truth_alt=[WA_395]),
    C("wa-des", WA, "design", "In a prospective study of 395 single-injection clearance measurements in infants and children, Wassmer and colleagues (1977) showed that the standard sampling time was often too short.",
      WA_395, wrong="In a prospective study of 395", accept=["design"]),
    C("wa-dir", WA, "direction", "Clearances worked out only from the standard sampling period tended to underestimate the glomerular filtration rate, which is why the test should be prolonged in young patients (Wassmer et al., 1977).",
      WA_OVER, wrong="tended to underestimate the glomerular filtration rate", accept=["direction"]),
    C("wa-num", WA, "number", "Wassmer et al.'s (1977) review found that in 16% of infants and 30% of older children the clearance values had to be based on extrapolated data, because the marker cleared more slowly than the standard study allowed for.",
      WA_61, wrong="16% of infants", accept=["number"]),
    # Feld: none / number / population / duration
    C("fe-none", FE, "none", "Feld et al. (1979) gave amikacin by continuous infusion plus cephalothin as first-line therapy for 65 febrile episodes in 54 neutropenic adults with cancer, and 32 of the 38 documented infections responded, including every septicaemia.",
      FE_32, truth_alt=[FE_65]),
    C("fe-num", FE, "number", "Once carbenicillin was swapped in for cephalothin where the first regimen failed, the overall response rate reached 72% (Feld et al., 1979).",
      FE_92, wrong="72%", accept=["number"]),
    C("fe-pop", FE, "population", "Feld and colleagues (1979) concluded that continuous-infusion amikacin with cephalothin is a safe and effective empiric treatment for febrile children with cancer and low neutrophil counts.",
      FE_65, truth_alt=[FE_SAFE], wrong="febrile children with cancer", accept=["population"]),
    C("fe-dur", FE, "duration", "Feld and colleagues noted that ototoxicity, seen in four patients, was closely tied to amikacin courses lasting more than nine days and total doses above 25 g.",
      FE_OTO, wrong="more than nine days", accept=["duration", "number"]),
    # Halstead: none x2 / population / duration
    C("ha-none1", HA, "none", "Halstead and O'Rourke (1977) showed that blood mononuclear cells from non-immune people and monkeys, which normally resist dengue 2 virus, became infectable once non-neutralizing dengue antibody was added to the culture.",
      HA_PBL),
    C("ha-none2", HA, "none", "The enhancing factor proved to be an IgG antibody that does not stick to cells by itself, and infection went ahead even without heat-labile complement (Halstead and O'Rourke, 1977).",
      HA_IGG, truth_alt=[HA_COMP]),
    C("ha-pop", HA, "population", "Working with leukocytes taken from dengue-immune adults, Halstead and O'Rourke (1977) found that the cells resisted dengue 2 virus until non-neutralizing antibody was added.",
      HA_PBL, wrong="dengue-immune adults", accept=["population"]),
    C("ha-dur", HA, "duration", "Halstead and O'Rourke reported that virus-antibody complexes attached irreversibly to the cells within 15 minutes but took about six hours to be fully internalized.",
      HA_MIN, wrong="about six hours", accept=["duration", "number"]),
    # Shapiro: none / direction / comparator / number
    C("sh-none", SH, "none", "In rabbits delivered by caesarean section either near term or a few days after it, Shapiro et al. (1979) found total plasma free fatty acids raised in the postterm fetus even as the maternal supply declined.",
      SH_FFA, truth_alt=[SH_DEL]),
    C("sh-dir", SH, "direction", "Shapiro and colleagues (1979) observed increased placental uptake and transfer of labelled free fatty acids in postterm rabbit pregnancies, while maternal and fetal fatty acid half-times stayed the same.",
      SH_MAL, wrong="increased placental uptake and transfer", accept=["direction"]),
    C("sh-comp", SH, "comparator", "Shapiro et al.'s (1979) comparison of postterm pregnant rabbits with non-pregnant controls pointed to a failing placenta after term.",
      SH_CMP, wrong="non-pregnant controls", accept=["comparator", "population"]),
    C("sh-num", SH, "number", "Shapiro et al. (1979) injected labelled palmitate into pregnant rabbits at caesarean section. From the maternal and fetal specific activities, Shapiro et al. estimated that the near-term fetus supplies only about 26% of its own circulating free fatty acid pool.",
      SH_62, wrong="about 26%", accept=["number"]),
    # Clineschmidt: none / comparator / direction / overreach
    C("cl-none", CL, "none", "In rats fed for two hours a day and dosed intraperitoneally half an hour before the meal, MK-212 (ED50 1.5 mg/kg) suppressed food intake about twice as potently as fenfluramine (Clineschmidt et al., 1977).",
      CL_ED50),
    C("cl-comp", CL, "comparator", "Clineschmidt and colleagues (1977) found MK-212 about twice as potent as amphetamine at suppressing food intake in rats injected shortly before feeding.",
      CL_ED50, wrong="amphetamine", accept=["comparator"]),
    C("cl-dir", CL, "direction", "Clineschmidt et al. (1977) reported that rats readily self-administered MK-212 under the same protocol that sustained self-administration of amphetamine and morphine.",
      CL_SELF, wrong="rats readily self-administered MK-212", accept=["direction"]),
    C("cl-over", CL, "overreach", "Clineschmidt et al.'s (1977) methergoline experiments proved that MK-212 curbs appetite through a serotonin-like action.",
      CL_METH, wrong="proved that", accept=["overreach"]),
    # Raeder: none x2 / population / overreach
    C("ra-none1", RA, "none", "Raeder et al. (1979) had ten healthy young smokers smoke a low-nicotine filter cigarette, a high-nicotine plain cigarette and a cigar in random order under standardised conditions.",
      RA_SEQ, truth_alt=[RA_TEN]),
    C("ra-none2", RA, "none", "Inhaling carbon monoxide alone left the systolic time intervals unchanged, giving no sign of an acute effect on cardiac performance (Raeder et al., 1979).",
      RA_CO),
    C("ra-pop", RA, "population", "In ten men with coronary heart disease, Raeder and colleagues (1979) found that a high-nicotine cigarette raised the heart rate-blood pressure product and prolonged the ejection time index, while a low-nicotine cigarette and a cigar had smaller effects.",
      RA_TEN, truth_alt=[RA_HR], wrong="ten men with coronary heart disease", accept=["population"]),
    C("ra-over", RA, "overreach", "Raeder et al.'s (1979) finding that inhaled carbon monoxide did not change systolic time intervals shows that the carbon monoxide in cigarette smoke poses no risk to the heart.",
      RA_CO, wrong="poses no risk to the heart", accept=["overreach"]),
    # Faxén: none / duration / design / direction
    C("fa-none", FA, "none", "In Faxén et al.'s (1979) randomised series of 32 men, most regained their preoperative weight within two years of parietal cell vagotomy, whereas selective vagotomy with pyloroplasty left them less able to put weight back on.",
      FA_2Y, truth_alt=[FA_SVP, FA_32]),
    C("fa-dur", FA, "duration", "Faxén and colleagues (1979) found that every patient had lost weight six months after either operation.",
      FA_MONTH, wrong="six months after", accept=["duration", "number"]),
    C("fa-des", FA, "design", "In a retrospective review of 32 men who had undergone parietal cell vagotomy or selective vagotomy with pyloroplasty, body weight and eating habits were compared (Faxén et al., 1979).",
      FA_32, wrong="retrospective review", accept=["design"]),
    C("fa-dir", FA, "direction", "Faxén et al. reported that after parietal cell vagotomy patients ate more fat and less carbohydrate, so that their total daily energy intake did not change.",
      FA_FAT, wrong="ate more fat and less carbohydrate", accept=["direction"]),
    # Mehta: none x2 / number / comparator
    C("me-none1", ME, "none", "Mehta et al. (1977) measured cerebral blood flow and brain carbohydrate metabolism in 25 children aged 40 months or younger with protein-calorie malnutrition of varying severity and in five normal children.",
      ME_25),
    C("me-none2", ME, "none", "Mehta and colleagues observed that, as protein-calorie malnutrition grew more severe, the brain took up more glucose but oxidised a progressively smaller share of it.",
      ME_SEV),
    C("me-num", ME, "number", "Mehta and colleagues (1977) reported that in grade IV malnutrition cerebral blood flow dropped to 48.7 ml/100 g/min and the oxygen/glucose index to 34.7%.",
      ME_IV, wrong="48.7 ml/100 g/min", accept=["number"]),
    C("me-comp", ME, "comparator", "Compared with healthy adult volunteers, children with severe protein-calorie malnutrition had lower cerebral blood flow and burned less of their glucose aerobically, according to Mehta et al.'s (1977) study.",
      ME_25, wrong="healthy adult volunteers", accept=["comparator", "population"]),
    # Jenkins: none x2 / duration / population
    C("je-none1", JE, "none", "Jenkins et al. (1979) followed nearly 400 healthy men in a responsible profession and gave them three life-change questionnaires at two examinations.",
      JE_400, truth_alt=[JE_9M]),
    C("je-none2", JE, "none", "Jenkins et al. (1979) asked men twice about life events in the same six-month period. On the second occasion, Jenkins et al. found, total scores were 34% to 46% lower than on the first.",
      JE_34),
    C("je-dur", JE, "duration", "Jenkins and colleagues (1979) questioned their subjects twice, two years apart, about the life events of the same period and found substantial forgetting on every scale.",
      JE_9M, wrong="two years apart", accept=["duration", "number"]),
    C("je-pop", JE, "population", "Jenkins et al.'s (1979) longitudinal study of nearly 400 psychiatric outpatients showed that recall of life changes fades substantially over time.",
      JE_400, wrong="psychiatric outpatients", accept=["population"]),
    # Shidnia: none / duration / design / overreach
    C("si-none", SI, "none", "Shidnia et al. (1977) reviewed all 70 cases of retinoblastoma seen at Indiana University Hospitals between 1952 and 1977; 32 patients treated since 1967 had survived at least two years.",
      SI_70, truth_alt=[SI_32]),
    C("si-dur", SI, "duration", "Reviewing 70 retinoblastoma cases seen over a single decade at Indiana University Hospitals, Shidnia and colleagues (1977) set out the results of treatment and the causes of failure.",
      SI_70, wrong="over a single decade", accept=["duration", "number"]),
    C("si-des", SI, "design", "In a randomised comparison of treatments for retinoblastoma at Indiana University Hospitals, Shidnia et al. (1977) reported survival and visual outcomes in 70 patients.",
      SI_70, truth_alt=[SI_1967], wrong="randomised comparison", accept=["design"]),
    C("si-over", SI, "overreach", "Shidnia and colleagues concluded that, in specialised hands, retinoblastoma can now be cured without loss of vision in every patient.",
      SI_VIS, wrong="without loss of vision in every patient", accept=["overreach"]),
    # Herrmann: none x2 / design / number
    C("he-none1", HE, "none", "Herrmann et al. (1979) built their EEG-based classification from 75 healthy volunteers, each of whom took a stimulant, an antidepressant, a neuroleptic, a minor tranquilliser and a placebo in a double-blind Latin-square crossover.",
      HE_LAT, truth_alt=[HE_75]),
    C("he-none2", HE, "none", "Applied to placebos from other studies that had not been used to derive it, the rule classified seven of nine correctly (Herrmann et al., 1979).",
      HE_79),
    C("he-des", HE, "design", "In an open-label, parallel-group study, Herrmann and colleagues (1979) gave healthy volunteers a psychostimulant, an antidepressant, a neuroleptic or a minor tranquilliser and recorded their EEG power spectra.",
      HE_LAT, wrong="open-label, parallel-group study", accept=["design"]),
    C("he-num", HE, "number", "Herrmann et al.'s (1979) discriminant rule correctly reclassified all 20 psychotropic drugs and four of the five placebos.",
      HE_17, wrong="all 20 psychotropic drugs", accept=["number"]),
    # Ben-Ismaïl: none x2 / comparator / direction
    C("be-none1", BE, "none", "Ben-Ismaïl et al. (1977) described nine patients with hydatid cysts of the heart seen over eight years and noted that the clinical picture was of little help in reaching the diagnosis.",
      BE_CLIN, truth_alt=[BE_9]),
    C("be-none2", BE, "none", "Ben-Ismaïl and colleagues stressed that serological tests are needed to confirm cardiac hydatid disease and should be repeated during postoperative follow-up.",
      BE_SER),
    C("be-comp", BE, "comparator", "Comparing nine patients with cardiac hydatid cysts against a matched series of patients with cardiac myxoma, Ben-Ismaïl et al. (1977) found that ischaemic changes on the electrocardiogram helped to tell the cysts apart.",
      BE_LEV, truth_alt=[BE_9], wrong="against a matched series of patients with cardiac myxoma", accept=["comparator", "design"]),
    C("be-dir", BE, "direction", "According to Ben-Ismaïl et al.'s (1977) series, the clinical presentation is usually enough on its own to establish a diagnosis of hydatid cyst of the heart.",
      BE_CLIN, wrong="usually enough on its own to establish a diagnosis", accept=["direction"]),
    # Cho: none x2 / comparator / overreach
    C("ch-none1", CH, "none", "Cho and Meltzer (1979) found that brain-type creatine phosphokinase lost half its activity within 15 minutes in plasma at 37 C when no mercaptoethanol was added, but was much more stable at room temperature or 4 C.",
      CH_50, truth_alt=[CH_RT]),
    C("ch-none2", CH, "none", "Small plasma molecules, with molecular weights below 1,000, were potent inhibitors of CPK activity (Cho and Meltzer, 1979).",
      CH_1000),
    C("ch-comp", CH, "comparator", "Cho and Meltzer's (1979) experiments showed that the brain isozyme was unstable in saline with albumin unless heparin was added, which made it much more stable.",
      CH_BSA, wrong="unless heparin was added", accept=["comparator"]),
    C("ch-over", CH, "overreach", "Cho and Meltzer showed that immunologic methods give a definitive identification of the CPK isozymes present in patients' sera in various diseases.",
      CH_IMM, wrong="showed that immunologic methods give a definitive identification", accept=["overreach"]),
    # Krane: none / population / direction / overreach
    C("kr-none", KR, "none", "Krane et al. (1977) compared urinary hydroxylysine glycosides in normal subjects and in patients with Paget's disease, hyperphosphatasia or extensive burns. In the burn patients, Krane et al. found a pattern that pointed to collagen breakdown in the dermis and fascia.",
      KR_BURN, truth_alt=[KR_POP]),
    C("kr-pop", KR, "population", "Krane and colleagues (1977) measured urinary hydroxylysine-to-hydroxyproline ratios in patients with osteoporosis and rheumatoid arthritis as markers of collagen breakdown.",
      KR_POP, wrong="patients with osteoporosis and rheumatoid arthritis", accept=["population"]),
    C("kr-dir", KR, "direction", "When calcitonin or disodium etidronate suppressed bone resorption in these patients, both urinary hydroxylysine ratios fell (Krane et al., 1977).",
      KR_ROSE, wrong="both urinary hydroxylysine ratios fell", accept=["direction"]),
    C("kr-over", KR, "overreach", "Krane et al.'s (1977) work established that the complement component C1q is the source of the extra hydroxylysine glycosides found in urine.",
      KR_C1Q, wrong="established that", accept=["overreach"]),
    # Elias: none / population / design / number
    C("el-none", EL, "none", "Elias and Samonds (1977) found that in infant cebus monkeys only diet affected physical growth, whereas both diet and rearing conditions shaped behavioural development.",
      EL_DIET),
    C("el-pop", EL, "population", "In 32 infant rhesus monkeys, Elias and Samonds (1977) found that protein and calorie restriction slowed growth more than behavioural development.",
      EL_32, wrong="rhesus monkeys", accept=["population"]),
    C("el-des", EL, "design", "Elias and Samonds (1977) used a crossover design in which each monkey received all four diets in turn, under either partial isolation or enriched rearing.",
      EL_FACT, wrong="a crossover design in which each monkey received all four diets in turn", accept=["design"]),
    C("el-num", EL, "number", "In their study of 48 infant cebus monkeys, Elias and Samonds (1977) found that all groups caught up in physical growth during rehabilitation, but the protein-calorie restricted animals never fully recovered their exploratory behaviour.",
      EL_32, truth_alt=[EL_CATCH], wrong="48 infant cebus monkeys", accept=["number"]),
]

out = Path(__file__).resolve().parent / "claims.json"
out.write_text(json.dumps(claims, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print("wrote", len(claims), "claims")
