"""Writes claims.json (set 102, round twenty-eight). Hand-written claims; truth sentences copied verbatim from the main
abstracts (Article/Abstract/AbstractText) of pool 14's records (positions 1102-1118). The C() helper and the field
layout are those of set 98's make_claims.py (only its first 30 lines were read)."""
import json
from pathlib import Path

def C(id, key, kind, claim, truth, wrong=None, truth_alt=None, accept=None):
    d = {"id": id, "key": key, "kind": kind, "claim": claim, "truth": truth}
    if truth_alt: d["truth_alt"] = truth_alt
    if wrong: d["wrong"] = wrong
    if accept: d["accept"] = accept
    return d

WI, LR, KU, HI, GI = "wilson1978gentisuric", "lorber1979there", "kumar1977delayed", "higgs1977study", "gilbert1977facultative"
GR, VO, LI, GU, RO = "greenwood1978prevention", "vogt1979interference", "limas1977vascular", "gustafson1978effects", "rost1977irradiation"
SR, IT, CH, HA, DE = "sundarraj1977genetics", "itada1977carbonic", "christensson1977blood", "havrilla1978computed", "degen1978etiology"

WI_CONJ = "Conjugation of gentisic acid with glycine to form GU was catalyzed by a mitochondrial fraction of rat and beef liver."
WI_76 = "A random survey showed GU in 76% of SA-positive urines from aspirin-treated patients."
WI_PB = "GU was also formed by the rat liver microsomal hydroxylation of salicyluric acid, and phenobarbital pretreatment increased this formation."
WI_END = "These results demonstrate for the first time the metabolic formation of GU in animals and its occurrence as a metabolite of aspirin in man."
LR_SURV = "A survey of all outpatient cases referred for genetic counseling during a 10-month period has revealed a history of preconceptional and early gestational exposure to maternally administerd sex hormones in 16 of 91 instances."
LR_9 = "Particular interest was aroused by 9 of these 16 cases, all of whom were children with dysmorphic features, no cytogenetic anomalies by Giemsa banding studies, and no recognizable clinical diagnosis."
LR_END = "This may suggest the existence of an embryo-fetal exogenous sex steroid exposure syndrome."
KU_93 = "The effects of PCM on the developing nervous system were evaluated by measuring the nerve conduction velocities in 93 (38 marasmus, 13 kwashiorkor, and 42 control) children in ulnar, median, peroneal, and posterior tibial nerves."
KU_AGE = "The children were divided into three age groups: Group I, six to 12 months; Group II, 13 to 24 months; Group III, 25 to 48 months."
KU_13 = "All 13 children with kwashiorkor demonstrated irritability, delayed milestones, and muscular wasting; and six also had hypoactive muscle reflexes."
KU_RED = "Conduction velocities were reduced in each type of malnutrition, with statistically significant differences in the three groups of marasmic children and in Group III kwashiorkor children."
HI_25 = "The plasma amino acid concentrations soon after birth, at 10 days and 1 month, were estimated in 25 infants of low birth weight (less than 1 500 g)."
HI_10 = "Ten of these infants were fed with amino acids as casein hydrolysate, through the umbilical artery for the first 10 days."
HI_TPN = "During total parenteral nutrition (TPN) the plasma amino acid values were generally elevated above those obtained in infants receiving conventional feeding with a \"humanised\" milk formula."
HI_END = "With the cessation of TPN, these levels returned to normal, so that no significant difference could be detected between the 2 groups after 1 month."
GI_44 = "Adrenal tissue from 44 autopsies and 30 biopsies of thyroid gland were analyzed by flow--and scanning-cytophotometry."
GI_4C = "Most nuclei were diploid and the 4C fraction ranged from 1.9 to 6.1% according to the technique, but with no significant difference between controls and adenomas, hyperplasias, adenomatous goiters, or two carcinomas of the thyroid gland."
GI_50 = "The only significant increase of 4C fraction was found in normal adrenals of patients above 50 years of age (P less than 0,025)."
GI_23 = "However, in one of 23 adenomatous goiters a total polyploidization was was observed."
GR_VAC = "Household contacts of patients with group A meningococcal infection were vaccinated with either meningococcal vaccine or tetanus toxoid."
GR_TT = "Five of the 523 subjects who received tetanus toxoid developed meningococcal meningitis and another four probably had meningococcal disease."
GR_MV = "Only one possible case of meningococcal infection occurred among 520 contacts vaccinated with meningococcal vaccine."
GR_CAR = "Vaccination had no effect on nasopharyngeal carriage of meningococci."
GR_CHEMO = "Secondary cases of meningococcal infection often occur within a few days of the index case, and, although vaccine alone seemed to provide adequate prophylaxis in these Nigerian subjects, additional chemoprophylaxis may be needed to cover this critical period."
VO_C5 = "While C3 utilization is not disturbed that of C5 is markedly inhibited by propamidine in concentrations as low as 0.5 mM."
VO_C3 = "Since neither C3 cleavage by these enzymes nor even C5 cleavage by the cobra venom factor-supported convertase CFVBb is significantly reduced a general convertase-inhibiting effect of propamidine is ruled out."
VO_MECH = "Rather the effect on utilization of C5 is the result of interference with binding of C5 is the result of interference with binding of C5 to C3b and hence impairment of its accessibility to the convertases."
LI_DES = "Vascular prostaglandin synthesis was studied in tissues (aorta and inferior vena cava) obtained from spontaneously hypertensive rats (SHRs) of the Aoki-Okamoto strain and age-matched Wistar-Kyoto (WKYs) controls."
LI_PGE2 = "PGE2 synthesis in aortas from SHRs was significantly enhanced at 10 wk of age (5.3 +/- 0.7 nmol PGE2/mg protein per 10 min vs. 1.9 +/- 0.03 nmol PGE2/mg protein per min in the WKYs, P less than 0.001) and increased progressively until 22 wk of age; PGE2alpha synthesis in SHRs was not significantly different from WKYs."
LI_VEN = "In the venous walls from SHRs, PGF2alpha was the prostaglandin predominantly synthesized (7.1 +/- 0.6 vs. 1.9 +/- 0.05 nmol PGE2alpha/mg protein per 10 min in the WKY controls, P less than 0.01)."
GU_8 = "The effects of piracetam (Nootropil, UCB6215) on mental functions and on regional cerebral blood flow (rCBF) were investigated in eight patients in the presenile age who displayed symptoms of moderate dementia."
GU_DB = "The double-blind crossover design included nine measurement occasions, each involving rCBF measurement by the 133-Xe inhalation method, ratings of symptoms of dementia, personality changes, and side effects, and a psychometric investigation."
GU_4W = "Then either placebo or piracetam 4.8 g/day or 9.6 g/day was given during four weeks with measurements after 2 weekks and 4 weeks."
GU_NIL = "Piracetam had no significant effect on either mental functions or rCBF."
RO_SIDE = "The most frequent and most unpleasant side-effect of therapy with estrogen hormones in patients with carcinoma of the prostate is the painful gynecomastia."
RO_284 = "Since 1969, we have been performing the prophylactic irradiation of the mammary glands on 284 patients in order to prevent a hormone-induced gynecomastia."
RO_600 = "The majority (262 patients) was irradiated with 600 rad surface dose in fractions of 150 rad prior to the hormone therapy."
RO_102 = "One hundred and two patients, having been treated endocrinologically for 2-75 months, had a follow-up examination."
SR_14 = "Fourteen hybrid clones and subclones were derived independently from crosses between mouse parents [LM (thymidine kinase-negative) or A9 (hypoxanthine phosphoribosyltransferase-negative)] and human cells (human diploid lung fibroblasts WI-38 or diploid skin fibroblasts GM5, GM17, and GM9)."
SR_HYB = "Somatic cell hybrids between mouse and human cell lines have been used to identify the specific chromosome that governs the synthesis of type I procollagen."
SR_17 = "These analyses combined with karyology and isozyme analyses of each hybrid line have produced evidence for the assignment of the gene for human type I procollagen to chromosome 17."
SR_MICRO = "A human microcell-mouse hybrid cell line containing only human chromosome 17 was positive for human type I procollagen, lending further support to the assignment of the human type I procollagen gene to chromosome 17."
SR_ARM = "Finally, by using a hybrid line containing only the long arm of human chromosome 17 translocated onto a mouse chromosome, the type I procollagen gene can be assigned more specifically to the long arm of chromosome 17."
IT_A = "For the blood cells of five normal subjects suspended in 24 mM bicarbonate in 145 mM NaCl at pH 7.4 and 37 degrees, using the graphical method we obtained an average value of 9,906 for A as compared to 19,900 for a comparable concentration of hemolysate."
IT_P = "The average permeability of the red cell to bicarbonate ion was 3 X 10(-4) cm/s."
CH_PAIR = "On a pair basis, these patients were compared with a series of sixty-eight age- and sex-matched normocalcaemic subjects selected from the health screening register."
CH_68 = "Primary hyperparathyroidism was the most likely diagnosis in sixty-eight non-thiazide treated patients with hypercalcaemia detected in a health screening."
CH_BP = "Systolic and diastolic blood pressures were significantly higher in the hypercalcaemic subjects in the remaining fifty-eight pairs (P less than 0.001)."
CH_REN = "This difference was unrelated to impaired renal filtration and many other factors associated with hypertension."
CH_END = "It is concluded that hypercalcaemia and/or other effects of deranged parathyroid function per se may result in a blood pressure elevation on which need not necessarily attain the level of hypertension."
HA_79 = "Computed tomography (CT) was used to study 79 patients with suspected gallbladder disease."
HA_80 = "When conventional radiographic examinations or ultrasound fail to give definitive diagnostic information, CT can be a useful alternative with an overall diagnostic accuracy greater than 80%."
DE_Q = "To clarify the etiology of epileptic illnesses in children a detailed questionnaire was prepared, with questions on both genetic factors and the possibility of pre-, peri- and postnatal injury."
DE_422 = "The questionnaire was filled out by the parents of 422 epileptic children and those of 150 healthy control children of the same age."
DE_HER = "Hereditary factors were found in 10.2% of all patients, ranging from 5.6% to 13.5% for the various seizure types (control group:0.6%)."
DE_RULE = "Confirmation was found for the generally accepted rule that exogenic injuries are most often demonstrable in children with salaam or myoclonic-astatic convulsions and least often in those with absences."

DN = ["duration", "number"]
claims = [
    # Wilson 1978: none, number, direction, overreach
    C("wil-n1", WI, "none", "Wilson et al. (1978) showed that a mitochondrial fraction from rat and beef liver catalysed the conjugation of gentisic acid with glycine to yield gentisuric acid.", WI_CONJ),
    C("wil-num", WI, "number", "In a random survey of aspirin-treated patients, gentisuric acid was present in 46% of salicylate-positive urine samples (Wilson et al., 1978).", WI_76, wrong="46%"),
    C("wil-dir", WI, "direction", "According to Wilson and colleagues (1978), pretreating rats with phenobarbital lowered the liver microsomal formation of gentisuric acid from salicyluric acid.", WI_PB, wrong="lowered"),
    C("wil-over", WI, "overreach", "Wilson et al.'s (1978) work established gentisuric acid as the principal urinary metabolite of aspirin in man.", WI_END, wrong="the principal urinary metabolite of aspirin in man", truth_alt=[WI_76]),
    # Lorber 1979: none, duration, design, overreach
    C("lor-n1", LR, "none", "Reviewing every outpatient referred for genetic counselling over ten months, Lorber et al. (1979) found that 16 of 91 had a history of preconceptional or early gestational exposure to sex hormones taken by the mother.", LR_SURV),
    C("lor-dur", LR, "duration", "Lorber and colleagues (1979) surveyed genetic-counselling referrals over a three-year period and found maternal sex hormone exposure in 16 of 91 cases.", LR_SURV, wrong="a three-year period", accept=DN),
    C("lor-des", LR, "design", "In a prospective cohort study of pregnancies exposed to sex hormones, Lorber et al. (1979) identified nine children who shared a pattern of dysmorphic features.", LR_SURV, wrong="a prospective cohort study of pregnancies exposed to sex hormones", truth_alt=[LR_9]),
    C("lor-over", LR, "overreach", "Prenatal exposure to exogenous sex steroids has been proven to cause a distinct dysmorphic syndrome with mental retardation and genital anomalies (Lorber et al., 1979).", LR_END, wrong="has been proven to cause"),
    # Kumar 1977: none x2, number, population
    C("kum-n1", KU, "none", "Kumar et al. (1977) measured ulnar, median, peroneal and posterior tibial nerve conduction velocities in 93 children: 38 with marasmus, 13 with kwashiorkor and 42 controls.", KU_93),
    C("kum-n2", KU, "none", "Kumar and colleagues (1977) found that nerve conduction was slowed in both marasmus and kwashiorkor, with significant differences in all three age groups of marasmic children.", KU_RED),
    C("kum-num", KU, "number", "In Kumar et al.'s (1977) series all 13 children with kwashiorkor were irritable, with delayed milestones and muscle wasting, and nine of them also had hypoactive reflexes.", KU_13, wrong="nine of them"),
    C("kum-pop", KU, "population", "Kumar et al. (1977) reported slowed peripheral nerve conduction in malnourished school-age children.", KU_AGE, wrong="school-age children", truth_alt=[KU_93]),
    # Higgs 1977: none, comparator, duration, direction
    C("hig-n1", HI, "none", "Higgs et al. (1977) measured plasma amino acid concentrations shortly after birth, at 10 days and at one month in 25 low-birth-weight infants weighing under 1,500 g.", HI_25),
    C("hig-comp", HI, "comparator", "During total parenteral nutrition, plasma amino acid values in low-birth-weight infants were generally above those of infants fed their mothers' breast milk (Higgs et al., 1977).", HI_TPN, wrong="infants fed their mothers' breast milk"),
    C("hig-dur", HI, "duration", "Higgs and colleagues (1977) gave ten of the infants casein hydrolysate amino acids through the umbilical artery for the first six weeks of life.", HI_10, wrong="for the first six weeks of life", accept=DN),
    C("hig-dir", HI, "direction", "Higgs et al.'s (1977) data show that the raised amino acid levels outlasted parenteral feeding, remaining significantly above those of formula-fed infants at one month.", HI_END, wrong="remaining significantly above those of formula-fed infants at one month"),
    # Gilbert & Pfitzer 1977: none x2, number, population
    C("gil-n1", GI, "none", "Gilbert and Pfitzer (1977) examined adrenal tissue from 44 autopsies and 30 thyroid biopsies using flow and scanning cytophotometry.", GI_44),
    C("gil-n2", GI, "none", "Gilbert and Pfitzer's (1977) cytophotometry showed no significant difference in the 4C fraction between controls and adenomas, hyperplasias or adenomatous goitres.", GI_4C),
    C("gil-num", GI, "number", "Total polyploidization was observed in five of 23 adenomatous goitres (Gilbert & Pfitzer, 1977).", GI_23, wrong="five of 23"),
    C("gil-pop", GI, "population", "Gilbert and Pfitzer (1977) reported that the only significant increase in the 4C fraction occurred in the normal adrenals of children.", GI_50, wrong="of children"),
    # Greenwood 1978: none, comparator, direction, overreach
    C("gre-n1", GR, "none", "Greenwood et al. (1978) gave household contacts of patients with group A meningococcal infection either meningococcal vaccine or tetanus toxoid.", GR_VAC),
    C("gre-comp", GR, "comparator", "Greenwood and colleagues (1978) reported only one possible meningococcal infection among 520 vaccinated household contacts, against five cases of meningitis among 523 contacts who had received typhoid vaccine.", GR_TT, wrong="typhoid vaccine", truth_alt=[GR_MV, GR_VAC]),
    C("gre-dir", GR, "direction", "Meningococcal vaccination of household contacts also reduced nasopharyngeal carriage of meningococci (Greenwood et al., 1978).", GR_CAR, wrong="also reduced nasopharyngeal carriage of meningococci"),
    C("gre-over", GR, "overreach", "Greenwood et al.'s (1978) Nigerian study showed that vaccine alone gives household contacts adequate protection, so chemoprophylaxis is unnecessary.", GR_CHEMO, wrong="so chemoprophylaxis is unnecessary", accept=["overreach", "direction"]),
    # Vogt 1979: none x2, number, direction
    C("vog-n1", VO, "none", "Vogt et al. (1979) found that propamidine left C3 utilisation in immune haemolysis undisturbed while markedly inhibiting utilisation of C5.", VO_C5),
    C("vog-n2", VO, "none", "Vogt and colleagues (1979) attributed propamidine's effect on C5 to interference with the binding of C5 to C3b, which impairs its accessibility to the convertases.", VO_MECH),
    C("vog-num", VO, "number", "Propamidine markedly inhibited C5 utilisation at concentrations as low as 5 mM (Vogt et al., 1979).", VO_C5, wrong="5 mM"),
    C("vog-dir", VO, "direction", "Vogt et al.'s (1979) experiments showed that propamidine significantly reduced C3 cleavage by the C42 and C3bBb convertases.", VO_C3, wrong="significantly reduced C3 cleavage"),
    # Limas & Limas 1977: none, comparator, duration, population
    C("lim-n1", LI, "none", "Limas and Limas (1977) found that aortic PGE2 synthesis in spontaneously hypertensive rats was already significantly enhanced at 10 weeks of age relative to age-matched Wistar-Kyoto controls.", LI_PGE2),
    C("lim-comp", LI, "comparator", "Limas and Limas (1977) compared vascular prostaglandin synthesis in spontaneously hypertensive rats with that in normotensive Sprague-Dawley rats.", LI_DES, wrong="normotensive Sprague-Dawley rats"),
    C("lim-dur", LI, "duration", "In Limas and Limas's (1977) study, aortic PGE2 synthesis in the hypertensive rats kept rising progressively until 40 weeks of age.", LI_PGE2, wrong="40 weeks of age", accept=DN),
    C("lim-pop", LI, "population", "In the venous walls of spontaneously hypertensive dogs, PGF2alpha was the predominant prostaglandin synthesised (Limas & Limas, 1977).", LI_VEN, wrong="dogs", truth_alt=[LI_DES]),
    # Gustafson 1978: none, design, duration, direction
    C("gus-n1", GU, "none", "Gustafson et al. (1978) found that piracetam had no significant effect on mental functions or regional cerebral blood flow in eight presenile patients with moderate dementia.", GU_NIL, truth_alt=[GU_8]),
    C("gus-des", GU, "design", "In an open, uncontrolled study, Gustafson and colleagues (1978) gave piracetam to eight presenile patients with moderate dementia.", GU_DB, wrong="an open, uncontrolled study"),
    C("gus-dur", GU, "duration", "Gustafson et al. (1978) gave placebo or piracetam at 4.8 or 9.6 g/day for twelve weeks in each treatment period.", GU_4W, wrong="for twelve weeks", accept=DN),
    C("gus-dir", GU, "direction", "Piracetam improved regional cerebral blood flow in presenile dementia, according to Gustafson et al.'s (1978) crossover trial.", GU_NIL, wrong="improved regional cerebral blood flow"),
    # Rost 1977: none, number, duration, population
    C("ros-n1", RO, "none", "Since 1969, Rost et al. (1977) have given prophylactic irradiation of the mammary glands to 284 patients to prevent hormone-induced gynaecomastia.", RO_284),
    C("ros-num", RO, "number", "Most of Rost and colleagues' (1977) patients received a 600 rad surface dose in fractions of 300 rad before hormone therapy.", RO_600, wrong="fractions of 300 rad"),
    C("ros-dur", RO, "duration", "Rost et al.'s (1977) follow-up covered 102 patients who had been on endocrine treatment for 2-75 weeks.", RO_102, wrong="2-75 weeks", accept=DN),
    C("ros-pop", RO, "population", "Rost et al. (1977) used prophylactic breast irradiation to prevent gynaecomastia in men receiving oestrogen therapy for testicular cancer.", RO_SIDE, wrong="testicular cancer"),
    # Sundar Raj 1977: none x2, population, overreach
    C("sun-n1", SR, "none", "Sundar Raj et al. (1977) used mouse-human somatic cell hybrids to assign the gene for human type I procollagen to chromosome 17.", SR_17, truth_alt=[SR_HYB]),
    C("sun-n2", SR, "none", "A microcell hybrid carrying only human chromosome 17 was positive for human type I procollagen (Sundar Raj et al., 1977).", SR_MICRO),
    C("sun-pop", SR, "population", "Sundar Raj and colleagues (1977) derived their hybrid clones by crossing hamster cell lines with human fibroblasts.", SR_14, wrong="hamster cell lines", truth_alt=[SR_HYB]),
    C("sun-over", SR, "overreach", "Sundar Raj et al.'s (1977) hybrid analyses placed all the human collagen genes on the long arm of chromosome 17.", SR_ARM, wrong="all the human collagen genes"),
    # Itada & Forster 1977: none x2, comparator, population
    C("ita-n1", IT, "none", "Itada and Forster (1977) obtained an average catalytic factor of 9,906 for carbonic anhydrase inside red cells from five normal subjects, against 19,900 for a comparable concentration of haemolysate.", IT_A),
    C("ita-n2", IT, "none", "The mean permeability of the red cell membrane to bicarbonate ion was 3 x 10^-4 cm/s in Itada and Forster's (1977) measurements.", IT_P),
    C("ita-comp", IT, "comparator", "Itada and Forster (1977) found carbonic anhydrase activity inside intact red cells to be about half that of an equivalent concentration of purified bovine carbonic anhydrase.", IT_A, wrong="purified bovine carbonic anhydrase"),
    C("ita-pop", IT, "population", "Carbonic anhydrase activity measured by 18O exchange in intact red cells from five anaemic patients averaged 9,906 (Itada & Forster, 1977).", IT_A, wrong="five anaemic patients"),
    # Christensson 1977: none x2, design, overreach
    C("chr-n1", CH, "none", "Christensson et al. (1977) matched 68 hypercalcaemic, non-thiazide-treated patients found at a health screening with 68 normocalcaemic subjects of the same age and sex from the screening register.", CH_PAIR, truth_alt=[CH_68]),
    C("chr-n2", CH, "none", "In Christensson and colleagues' (1977) study, systolic and diastolic pressures were significantly higher in the hypercalcaemic subjects, a difference not explained by impaired renal filtration.", CH_BP, truth_alt=[CH_REN]),
    C("chr-des", CH, "design", "Christensson et al.'s (1977) randomised controlled trial found higher blood pressures in hypercalcaemic subjects with probable primary hyperparathyroidism.", CH_PAIR, wrong="randomised controlled trial", truth_alt=[CH_BP]),
    C("chr-over", CH, "overreach", "Christensson et al. (1977) demonstrated that primary hyperparathyroidism causes clinical hypertension.", CH_END, wrong="causes clinical hypertension"),
    # Havrilla 1978: none x2, number, design
    C("hav-n1", HA, "none", "Havrilla et al. (1978) studied 79 patients with suspected gallbladder disease using computed tomography.", HA_79),
    C("hav-n2", HA, "none", "Havrilla and colleagues (1978) judged CT a useful alternative, with an overall diagnostic accuracy above 80%, when conventional radiography or ultrasound fails to give a definitive diagnosis.", HA_80),
    C("hav-num", HA, "number", "CT reached an overall diagnostic accuracy above 95% for gallbladder disease (Havrilla et al., 1978).", HA_80, wrong="above 95%"),
    C("hav-des", HA, "design", "In a randomised trial comparing CT with oral cholecystography, Havrilla et al. (1978) evaluated 79 patients with suspected gallbladder disease.", HA_79, wrong="a randomised trial comparing CT with oral cholecystography", accept=["design", "comparator"]),
    # Degen 1978: none, design, comparator, direction
    C("deg-n1", DE, "none", "Degen (1978) compared questionnaires completed by the parents of 422 epileptic children with those from the parents of 150 healthy controls of the same age.", DE_422),
    C("deg-des", DE, "design", "Degen's (1978) prospective birth-cohort study of 422 epileptic children found hereditary factors in 10.2% of patients.", DE_Q, wrong="prospective birth-cohort study", truth_alt=[DE_422]),
    C("deg-comp", DE, "comparator", "Degen (1978) found hereditary factors in 10.2% of epileptic children compared with 0.6% of children with febrile convulsions.", DE_HER, wrong="children with febrile convulsions", truth_alt=[DE_422]),
    C("deg-dir", DE, "direction", "According to Degen (1978), exogenous injuries were most often demonstrable in children with absences and least often in those with salaam or myoclonic-astatic convulsions.", DE_RULE, wrong="most often demonstrable in children with absences"),
]
Path(__file__).resolve().parent.joinpath("claims.json").write_text(json.dumps(claims, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
print(len(claims), "claims")
