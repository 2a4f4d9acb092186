"""Writes claims.json (set 71). Hand-written claims; truth sentences copied verbatim from the abstracts (pool 14,
positions 401-419). The C() helper and the field layout are those of set 55's make_claims.py (its first lines only
were read)."""
import json
from pathlib import Path

def C(id, key, kind, claim, truth, wrong=None, truth_alt=None, accept=None):
    d = {"id": id, "key": key, "kind": kind, "claim": claim, "truth": truth}
    if truth_alt: d["truth_alt"] = truth_alt
    if wrong: d["wrong"] = wrong
    if accept: d["accept"] = accept
    return d

MA, TA, OR, WI, GA = "majerus1977comparative", "tammisto1979restlessness", "orzhekhovskaia1977comparison", "winokur1979genetic", "gaspard1977cause"
MK, MO, BI, CO, CA = "markand1977slow", "morrow1979requirement", "bitran1977idiopathic", "concolino1979renal", "carsten1979calcium"
BL, MR, OL, TS, RO = "blumenthal1977conjugated", "marty1977variation", "olson1977purification", "tsao1979whole", "rose1978plasma"

MA_COMP = "We have compared the effects of diflunisal on prostaglandin (PG) synthetase from human platelets and sheep seminal vesicles (SSV) by measuring malonaldehyde, PG products, and rabbit aorta contraction."
MA_ASP = "Aspirin inhibits PG synthetase by covalently acetylating the enzyme."
MA_37 = "Aspirin is 37-fold more potent in inhibiting enzyme in human platelets compared with enzyme from SSV."
MA_COV = "The drug does not covalently modify the enzyme, and inhibition is not time dependent."
MA_CONC = "The results suggest that diflunisal is relatively less inhibitory to platelet function than is aspirin."
TA_95 = "To study the significance of normalization of ventilatory or thermal homeostasis during naloxone reversal, 95 patients were given naloxone after thiopental-N2O-O2-relaxant anaesthesia supplemented with fentanyl (6 microgram/kg/h)."
TA_SHIV = "Shivering occurred in 44% in the hypercapnic group, as compared to about 30% if naloxone was given during normocapnia (ETco2 5%)."
TA_INC = "During normocapnia, untoward reactions were less frequent (40%) if naloxone was given in smaller increments (0.08 + 0.08 mg) rather than in one dose (0.16 mg) (72%)."
TA_NAU = "This was mainly due to nausea (8% compared to 32%)."
TA_CONC = "The results indicate that though untoward reactions after naloxone reversal are aggravated by naloxone-induced normalization of deranged homeostatic mechanisms, their aetiology probably should be sought in an acute abstinence syndrome."
OR_AIM = "A developmental comparison of the fields 8, 9, 10, 11, 12, 47 during prenatal life in macacus rhesus and man was performed."
OR_GEN = "Alongside, general regularities in the development of these fields in both species (the frontal cortex is laid earlier than other parts of the cortex, the terms of the field differentiation coincide, uneven development of the fields with different phylogenic origin) some important differences are demonstrated."
OR_DIFF = "They are seen a) in the rate of the frontal field maturation--in man it takes longer time, b) in a more complex organization of the frontal part in man--during prenatal life new structural features of the fields, 44, 45, 46 and subfields in the field 47 appear."
OR_HET = "During prenatal life of monkey and man in the development of the frontal area the phenomena of heterochrony (common for both species) and anabolia (peculiar for man only) are observed (the appearance of new more complex structures)."
WI_TWO = "Association or linkage between a known genetic marker and an illness with a presumed genetic etiology supports two conclusions: a) The genetic etiology would be considered definite, and b) the illness should be considered a homogeneous disease."
WI_ABO = "Data on association between bipolar and unipolar depression and subtypes of the ABO system are given."
WI_LINK = "Preliminary data suggest the possibility of linkage between the alpha-haptoglobin locus and third component of complement locus and depression spectrum disease, a depression which is familially defined by the presence of alcoholism in the first-degree family member."
GA_100 = "A retrospective study of 100 case notes of patients who died from a recent myocardial infarction (less than one month before death) has established the causes of death: cardiac failure (52), rupture of the heart (40), major pulmonary emboli (3), primary irreversible ventricular fibrillation (2), unexplained death (3)."
GA_CONC = "It would not seem possible to reduce the hospital mortality of infarctions significantly, since it is essentially linked with circulatory failure caused by extensive necrosis, and with ruptures of the heart which are unpredictable and untreatable."
MK_83 = "Clinical features were studied in 83 patients with slow spike-wave activity in the EEG."
MK_82 = "Epileptic seizures, usually intractable, occurred in 82 patients."
MK_ONSET = "The majority had the onset of seizures during the first 2 years of life."
MK_37 = "The combination of tonic-clonic, minor motor, and absence seizures was the commonest, occurring in 37 percent."
MK_66 = "Sixty-six patients were definitely retarded and 49 showed definite motor impairment."
MO_FOLD = "Non-lethal concentrations of bromodeoxyuridine induce a 2- to 5-fold increase in the specific activity of alkaline phosphatase in a HeLa subclone, S3G."
MO_TIME = "Experiments employing 10-hour pulses of BRdU showed that 48 hours were required before induction commenced, and that maximal induction was attained by 96 hours."
MO_HU = "Under conditions in which DNA synthesis was prevented with hydroxyurea induction did not occur."
MO_KIN = "Furthermore, experiments employing radiolabelled BRdU demonstrated that the kinetics of the induction process paralleled the incorporation of the analogue into cellular DNA."
BI_SIX = "Chromosome analyses with banding were performed on six patients with idiopathic acquired refractory sideroblastic anemia (IARSA)."
BI_ONE = "One patient was found to have an extra chromosome No. 8, but had a normal level of red cell glutathione reductase."
BI_NORM = "Bone marrow chromosomes from the other patients showed a normal karyotype."
BI_AML = "Despite the presence of chromosomal abnormalities in abouut one half of the patients, no patients has yet developed acute myelogenous leukemia."
BI_EARLY = "The presence of a chromosomal abnormality appears to have no influence on the early course of IARSA."
CO_59 = "Of these 27 tumors, 59% were positive for ER and 59% for PR; 37% were positive and 19% were negative for both ER and PR."
CO_FU = "The follow-up of 23 patients so far investigated showed that progestational therapy, commenced in 18 patients, has given favorable results in 14 patients and negative results in 3 patients with ER-PR- renal cancer."
CO_AE = "Antiestrogenic therapy, started after nephrectomy in 1 patient with ER+PR- renal cancer and lung metastases, failed since the patient died 8 months after surgery."
CA_PREP = "A microsomal fraction was prepared from human pregnant uteri at term and at 6 to 19 weeks' gestation, and from nonpregnant uteri by differential centrifugation and purified on a discontinuous sucrose density gradient."
CA_ADV = "ATP-dependent calcium binding in microsomal preparations was found to increase with advancing pregnancy."
CA_PO = "Addition of progesterone increased the ATP-dependent calcium binding, while addition of oxytocin decreased the ATP-dependent calcium binding."
CA_COMB = "In combination, oxytocin and progesterone counteracted each other."
BL_LIST = "Bilirubin-IXalpha, -IXalpha diglucuronide, -IXalpha monoglucuronide, -IXalpha monoglucoside -IXalpha monoxyloside, a bilirubin-IXalpha diconjugate containing glucose and another unknown compound, and bilirubin-IXbeta are present in gall-bladder bile of adult human, rhesus monkey and dog."
BL_AZO = "Azopigments alphaF, alphaO, alpha2, alpha3, betax and delta derived from human and rhesus-monkey bilirubins are identical in their chemical composition with those obtained from the dog."
BL_DAY = "Technical modifications of previously published procedures [Heirwegh, Fevery, Michiels, Van Hees & Compernolle, (1975) Biochem. J. 145, 185-199] were introduced which make it possible to separate the bilirubins, diazotize the separated bilirubins, extract the azopigments and chromatograph them in one working day (6-8h)."
MR_417 = "Based on 417 itemized bills from 45 American hospitals that responded to a randomized, geographically stratified survey covering January to June, 1976, the middle 50% of hospital charges for cardiac operations ranged between $5,914 and $10,315."
MR_60 = "As 60% of the itemized bill consisted of high charge/cost items such as laboratory and pharmacy fees, total charges were not lowered merely by increasing case load or decreasing operating room times."
MR_16 = "Careful individualization of services in 1 hospital, however, reduced charges up to 16%."
OL_PUR = "A plasmatic component required for the ristocetin-induced aggregation of platelets has been purified from normal human and porcine plasma by gel filtration (4% agarose) and anion-exchange chromatography (DEAE cellulose)."
OL_F8 = "No factor VIII coagulant activity was found associated with the purified human or porcine component."
OL_AA = "Amino acid analysis of both human and porcine RWF indicated that all normal amino acids are present, whereas amino sugars were undetected."
OL_LIP = "However, lipid analysis indicated 1% to 2% lipids present, including monoglycerides, di- and tri-glycerides, cholesterol, cholesterol esters, some free fatty acids, and a trace of phospholipid."
OL_AB = "Antisera raised against human and porcine RWF's do not inhibit the factor VIII coagulant activity of the homologous plasma, nor is \"spontaneously occurring\" human factor VIII inhibitor neutralized by the isolated material of either species."
TS_AIM = "The authors performed whole-blood clotting time (WBCT), activated partial thromboplastin time (APTT), and whole-blood recalcification time (WBRCT) tests on normal blood or citrated plasma, each milliliter containing 0-0.5 unit heparin, and on samples from patients, of whom many were receiving heparin anticoagulation therapy."
TS_SIX = "Six partial thromboplastin reagents were used."
TS_LIN = "Linearity between clotting time and heparin concentration was observed with WBCT and APTT, determined with Hyland partial thromboplastin (kaolin-activated) and Dade (\"Improved\" Activated Cephaloplastin and Actin) reagents."
TS_WBRCT = "No correlation was observed with the old Dade Activated Cephaloplastin reagent, WBRCT was completely insensitive to heparin in concentrations as high as 0.24 unit/ml blood."
TS_POOR = "However, WBCT and WBRCT, and APTT and WBRCT, correlated poorly."
RO_AIM = "Plasma TSH and thyroxine levels were measured in 74 early breast cancer patients and 53 with advanced disease, 77 patients with cancer arising in other organs and 67 healthy women of similar age."
RO_MEAN = "The mean plasma TSH levels were higher in the breast cancer cases than the other two groups; the difference was statistically significant only in those with advanced disease."
RO_12 = "Twelve percent of the early breast cancer and 15% of the advanced breast cancer patients had elevated plasma TSH concentrations, compared with only 1% of the other cancer patients and 3% of the controls."
RO_TRH = "Five of 29 (17%) early breast cancer patients had excessive plasma TSH responses to TRH."

claims = [
    # Majerus and Stanford 1977: none, population, comparator, direction
    C("ma-n1", MA, "none", "Majerus and Stanford (1977) reported that diflunisal, unlike aspirin, does not covalently modify prostaglandin synthetase, and its inhibition of the enzyme does not depend on time.", MA_COV, truth_alt=[MA_ASP]),
    C("ma-pop", MA, "population", "Majerus and Stanford (1977) compared how aspirin and diflunisal inhibit prostaglandin synthetase prepared from human platelets and from rabbit seminal vesicles.", MA_COMP, wrong="rabbit seminal vesicles"),
    C("ma-comp", MA, "comparator", "In the experiments of Majerus and Stanford (1977), aspirin was about 37 times more potent at inhibiting the platelet enzyme than diflunisal.", MA_37, wrong="than diflunisal"),
    C("ma-dir", MA, "direction", "Majerus and Stanford's (1977) results suggested that diflunisal impairs platelet function more than aspirin does.", MA_CONC, wrong="more than aspirin does"),
    # Tammisto and Tigerstedt 1979: none x2, number, overreach
    C("ta-n1", TA, "none", "Tammisto and Tigerstedt (1979) found that, in normocapnic patients, splitting the naloxone dose into two 0.08 mg increments instead of one 0.16 mg injection cut untoward reactions from 72% to 40%, largely because of less nausea.", TA_INC, truth_alt=[TA_NAU]),
    C("ta-n2", TA, "none", "Shivering after naloxone reversal of fentanyl anaesthesia was more frequent when the drug was given during hypercapnia (44%) than during normocapnia (about 30%) (Tammisto & Tigerstedt, 1979).", TA_SHIV),
    C("ta-num", TA, "number", "Tammisto and Tigerstedt (1979) studied 59 patients given naloxone at the end of fentanyl-supplemented anaesthesia.", TA_95, wrong="59 patients"),
    C("ta-over", TA, "overreach", "Tammisto and Tigerstedt (1979) proved that the restlessness and shivering seen after naloxone reversal are an acute opioid withdrawal syndrome.", TA_CONC, wrong="proved"),
    # Orzhekhovskaia 1977: none, population, direction, overreach
    C("or-n1", OR, "none", "Orzhekhovskaia (1977) found that in both rhesus monkeys and humans the frontal cortex is laid down before other parts of the cortex during prenatal development.", OR_GEN),
    C("or-pop", OR, "population", "Orzhekhovskaia (1977) traced how the frontal cortical fields form before birth in chimpanzees and in humans.", OR_AIM, wrong="chimpanzees"),
    C("or-dir", OR, "direction", "According to Orzhekhovskaia (1977), the frontal cortical fields mature faster in the human fetus than in the rhesus monkey.", OR_DIFF, wrong="mature faster"),
    C("or-over", OR, "overreach", "Orzhekhovskaia's (1977) prenatal comparison established that the more complex organisation of the human frontal cortex is what gives man his superior intellect.", OR_DIFF, wrong="is what gives man his superior intellect", truth_alt=[OR_HET]),
    # Winokur 1979: none x2, population, overreach
    C("wi-n1", WI, "none", "Winokur (1979) cited preliminary data suggesting possible linkage between the alpha-haptoglobin and C3 loci and depression spectrum disease, a depression defined by alcoholism in a first-degree relative.", WI_LINK),
    C("wi-n2", WI, "none", "Winokur (1979) argued that an association or linkage between a known genetic marker and an illness would both make its genetic aetiology definite and mark it as a homogeneous disease.", WI_TWO),
    C("wi-pop", WI, "population", "Winokur's (1979) review presented data on associations between ABO blood-group subtypes and bipolar disorder and schizophrenia.", WI_ABO, wrong="schizophrenia"),
    C("wi-over", WI, "overreach", "Winokur (1979) demonstrated linkage between depression spectrum disease and the alpha-haptoglobin locus.", WI_LINK, wrong="demonstrated linkage"),
    # Gaspard et al. 1977: none x2, design, number
    C("ga-n1", GA, "none", "Reviewing the records of 100 patients who died within a month of a myocardial infarction, Gaspard et al. (1977) found that heart failure (52 deaths) and cardiac rupture (40) accounted for the great majority of deaths.", GA_100),
    C("ga-n2", GA, "none", "Gaspard and colleagues (1977) concluded that hospital mortality from myocardial infarction could hardly be reduced much, since it stems mainly from circulatory failure due to extensive necrosis and from unpredictable cardiac rupture.", GA_CONC),
    C("ga-des", GA, "design", "In a prospective study of 100 patients who died after a recent myocardial infarction, Gaspard et al. (1977) found that cardiac rupture caused 40 of the deaths.", GA_100, wrong="prospective study"),
    C("ga-num", GA, "number", "Gaspard et al.'s (1977) review of 100 fatal recent infarctions attributed 14 deaths to rupture of the heart.", GA_100, wrong="14 deaths"),
    # Markand 1977: none x2, number, duration
    C("mk-n1", MK, "none", "Markand (1977) described 83 patients with slow spike-wave activity on the EEG, all but one of whom had epileptic seizures, usually intractable.", MK_82, truth_alt=[MK_83]),
    C("mk-n2", MK, "none", "In Markand's (1977) series, the most common pattern was a combination of tonic-clonic, minor motor and absence seizures, seen in 37% of patients.", MK_37),
    C("mk-num", MK, "number", "Of the 83 patients with slow spike-wave activity that Markand (1977) studied, 49 were definitely mentally retarded.", MK_66, wrong="49"),
    C("mk-dur", MK, "duration", "Markand (1977) reported that most patients with slow spike-wave activity had their first seizures within the first 2 months of life.", MK_ONSET, wrong="first 2 months of life", accept=["duration", "number"]),
    # Morrow et al. 1979: none, duration, direction, comparator
    C("mo-n1", MO, "none", "Morrow et al. (1979) showed that non-lethal concentrations of bromodeoxyuridine raised alkaline phosphatase activity two- to five-fold in a subclone of HeLa cells.", MO_FOLD),
    C("mo-dur", MO, "duration", "In Morrow and colleagues' (1979) experiments, induction of alkaline phosphatase by BrdU began only after 48 hours and reached its maximum after four weeks.", MO_TIME, wrong="four weeks", accept=["duration", "number"]),
    C("mo-dir", MO, "direction", "Morrow et al. (1979) found that the time course of alkaline phosphatase induction did not follow the incorporation of BrdU into cellular DNA.", MO_KIN, wrong="did not follow"),
    C("mo-comp", MO, "comparator", "When DNA synthesis was blocked with cycloheximide, bromodeoxyuridine no longer induced alkaline phosphatase (Morrow et al., 1979).", MO_HU, wrong="cycloheximide"),
    # Bitran et al. 1977: none x2, design, overreach
    C("bi-n1", BI, "none", "Bitran et al. (1977) performed banded chromosome analysis in six patients with idiopathic acquired refractory sideroblastic anaemia; one had an extra chromosome 8 and the others had normal marrow karyotypes.", BI_ONE, truth_alt=[BI_NORM]),
    C("bi-n2", BI, "none", "Bitran and colleagues (1977) noted that although about half of the reported patients with this anaemia carry chromosomal abnormalities, none had yet developed acute myelogenous leukaemia.", BI_AML),
    C("bi-des", BI, "design", "In a case-control study comparing six patients with acquired sideroblastic anaemia with healthy controls, Bitran et al. (1977) found an extra chromosome 8 in one patient.", BI_SIX, wrong="a case-control study comparing six patients with acquired sideroblastic anaemia with healthy controls"),
    C("bi-over", BI, "overreach", "Bitran et al. (1977) showed that chromosomal abnormalities have no bearing on the course of sideroblastic anaemia at any stage.", BI_EARLY, wrong="at any stage"),
    # Concolino et al. 1979: none, design, number, duration
    C("co-n1", CO, "none", "Concolino et al. (1979) found oestrogen receptors in 59% and progesterone receptors in 59% of 27 renal cell carcinomas, with 37% positive for both.", CO_59),
    C("co-des", CO, "design", "In a randomised trial of progestational therapy in renal cell carcinoma, Concolino et al. (1979) reported favourable results in 14 of the 18 patients treated.", CO_FU, wrong="In a randomised trial"),
    C("co-num", CO, "number", "Concolino and colleagues (1979) reported that progestational therapy gave favourable results in 14 of 23 treated patients with renal cell carcinoma.", CO_FU, wrong="14 of 23"),
    C("co-dur", CO, "duration", "The one renal cancer patient given antioestrogen therapy after nephrectomy died 8 years after surgery (Concolino et al., 1979).", CO_AE, wrong="8 years", accept=["duration", "number"]),
    # Carsten 1979: none x2, direction, population
    C("ca-n1", CA, "none", "Carsten (1979) found that ATP-dependent calcium binding by human uterine microsomes increased as pregnancy advanced.", CA_ADV),
    C("ca-n2", CA, "none", "In Carsten's (1979) experiments, progesterone increased and oxytocin decreased ATP-dependent calcium binding by uterine microsomes, and the two hormones counteracted each other when added together.", CA_PO, truth_alt=[CA_COMB]),
    C("ca-dir", CA, "direction", "Carsten (1979) reported that oxytocin, like progesterone, enhanced ATP-dependent calcium binding by uterine microsomes.", CA_PO, wrong="like progesterone, enhanced"),
    C("ca-pop", CA, "population", "Using microsomes prepared from pregnant and non-pregnant rat uteri, Carsten (1979) showed that progesterone increases ATP-dependent calcium binding.", CA_PREP, wrong="rat uteri"),
    # Blumenthal et al. 1977: none, population, comparator, duration
    C("bl-n1", BL, "none", "Blumenthal et al. (1977) identified bilirubin-IXalpha, its diglucuronide, monoglucuronide, monoglucoside and monoxyloside, and bilirubin-IXbeta in the gall-bladder bile of adult humans, rhesus monkeys and dogs.", BL_LIST),
    C("bl-pop", BL, "population", "Blumenthal and colleagues (1977) characterised the conjugated and unconjugated bilirubins in gall-bladder bile of newborn infants, rhesus monkeys and dogs.", BL_LIST, wrong="newborn infants"),
    C("bl-comp", BL, "comparator", "Blumenthal et al. (1977) found that azopigments derived from human and rhesus-monkey bilirubins were chemically identical to those obtained from the rat.", BL_AZO, wrong="the rat"),
    C("bl-dur", BL, "duration", "Blumenthal et al.'s (1977) modified procedures allow the bilirubins to be separated, diazotized, extracted and chromatographed within about a week.", BL_DAY, wrong="within about a week"),
    # Marty et al. 1977: none, design, number, duration
    C("mr-n1", MR, "none", "Marty et al. (1977) reported that careful individualisation of services in one hospital reduced cardiac surgery charges by as much as 16%.", MR_16),
    C("mr-des", MR, "design", "In a randomised controlled trial across 45 American hospitals, Marty et al. (1977) found that the middle half of cardiac surgery charges ranged from about $5,900 to $10,300.", MR_417, wrong="randomised controlled trial"),
    C("mr-num", MR, "number", "Analysing itemised bills from 45 US hospitals, Marty and colleagues (1977) found that the middle 50% of charges for cardiac operations lay between $5,914 and $13,015.", MR_417, wrong="$13,015"),
    C("mr-dur", MR, "duration", "Marty et al.'s (1977) survey of 417 itemised bills for cardiac surgery covered the whole of 1976 and found that high-charge items such as laboratory and pharmacy fees made up 60% of the bill.", MR_417, wrong="the whole of 1976", truth_alt=[MR_60]),
    # Olson et al. 1977: none x2, direction, overreach
    C("ol-n1", OL, "none", "Olson et al. (1977) purified the plasma factor required for ristocetin-induced platelet aggregation from human and pig plasma and found no factor VIII coagulant activity associated with it.", OL_F8, truth_alt=[OL_PUR]),
    C("ol-n2", OL, "none", "The purified human and porcine ristocetin-Willebrand factor contained all the normal amino acids but no detectable amino sugars, along with 1% to 2% lipid (Olson et al., 1977).", OL_AA, truth_alt=[OL_LIP]),
    C("ol-dir", OL, "direction", "Olson and colleagues (1977) found that antisera raised against the purified human and porcine factor inhibited the factor VIII coagulant activity of plasma from the same species.", OL_AB, wrong="inhibited the factor VIII coagulant activity"),
    C("ol-over", OL, "overreach", "Olson et al.'s (1977) purification of ristocetin-Willebrand factor from human and porcine plasma showed that the purified factor can be used to treat patients with von Willebrand disease.", OL_PUR, wrong="can be used to treat patients with von Willebrand disease"),
    # Ts'ao et al. 1979: none, direction, comparator, number
    C("ts-n1", TS, "none", "Ts'ao et al. (1979) found the whole-blood recalcification time completely insensitive to heparin at concentrations as high as 0.24 unit/ml.", TS_WBRCT),
    C("ts-dir", TS, "direction", "In patients' samples, Ts'ao and colleagues (1979) found that the whole-blood recalcification time correlated well with both the whole-blood clotting time and the APTT.", TS_POOR, wrong="correlated well"),
    C("ts-comp", TS, "comparator", "Ts'ao et al. (1979) compared the whole-blood clotting time, the prothrombin time and the whole-blood recalcification time as tests for monitoring heparin.", TS_AIM, wrong="the prothrombin time"),
    C("ts-num", TS, "number", "Testing four partial thromboplastin reagents, Ts'ao et al. (1979) found that clotting time rose linearly with heparin concentration for WBCT and for the APTT with the Hyland kaolin-activated and Dade reagents.", TS_SIX, wrong="four", truth_alt=[TS_LIN]),
    # Rose and Davis 1978: none, design, population, comparator
    C("ro-n1", RO, "none", "Rose and Davis (1978) found raised plasma TSH in 12% of women with early breast cancer and 15% of those with advanced disease, compared with 1% of patients with other cancers and 3% of healthy controls.", RO_12),
    C("ro-des", RO, "design", "In a prospective cohort study, Rose and Davis (1978) found mean plasma TSH significantly higher in women with advanced breast cancer than in patients with other cancers or healthy women.", RO_AIM, wrong="In a prospective cohort study", truth_alt=[RO_MEAN]),
    C("ro-pop", RO, "population", "Rose and Davis (1978) observed excessive TSH responses to TRH in 5 of 29 patients with advanced breast cancer.", RO_TRH, wrong="advanced breast cancer"),
    C("ro-comp", RO, "comparator", "Rose and Davis (1978) reported elevated TSH in 12-15% of breast cancer patients, against only 3% of women with benign breast disease.", RO_12, wrong="women with benign breast disease", truth_alt=[RO_AIM]),
]
Path(__file__).resolve().parent.joinpath("claims.json").write_text(json.dumps(claims, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
print(len(claims), "claims written")
