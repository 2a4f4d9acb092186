"""Writes claims.json (set 110, round thirty). Hand-written claims; truth sentences copied verbatim from the main
abstracts (Article/Abstract/AbstractText) of pool 14's records (positions 1134-1149, 1138 skipped). The C() helper and
the field layout are those of set 106's make_claims.py (only its first 30 lines were read)."""
import json
from pathlib import Path

def C(id, key, kind, claim, truth, wrong=None, truth_alt=None, accept=None):
    d = {"id": id, "key": key, "kind": kind, "claim": claim, "truth": truth}
    if truth_alt: d["truth_alt"] = truth_alt
    if wrong: d["wrong"] = wrong
    if accept: d["accept"] = accept
    return d

YU, SO, TR, ME, CL = "yu1979shear", "sokolov1979prolonged", "tryselius1977comparison", "meyerson1979influence", "clayton1979characteristic"
TH, FO, SA, NU, IN = "thoen1979comparison", "forre1977study", "sandman1977new", "numann1979chlorpropamide", "ingjer1979capillary"
BO, NI, BR, DA, FD = "boucher1979persistence", "nisula1978serum", "borer1978effect", "dardik1978evaluation", "ford1977reinforcing"

YU_FLOW = "The aggregation to thrombin and collagen, the release reaction [(14C) serotonin] and the procoagulant activity of washed platelet suspensions were assayed on samples undergoing laminar oscillatory flow for 20 minutes at 37 degree C in polyethylene tubes, and on paired samples kept at rest."
YU_15 = "The platelet suspensions were prepared at 37 degree C from blood samples of 15 healthy volunteers and 15 patients with the diagnosis of coronary artery disease proven by angiography."
YU_AGG = "Our results show enhancement of platelet aggregation in samples undergoing oscillatory flow."
YU_PRO = "Furthermore, platelets from coronary patients gained additional procoagulant activity."
YU_REL = "However, no change was encountered in the rate and speed of the release reaction."
SO_126 = "From the analysis of 126 observations of the longlasting peridural anesthesia in elderly patients following operations on the lungs and thoracic organs the author notes a high effectiveness of the method."
SO_23 = "The frequency of complications was 23%; in 7.9% of them the medicamental treatment was needed."
SO_USE = "The use of the longlasting peridural anesthesia favoured an early motor activity of the elderly patients, a rapid normalization of the bronchial motor function and decrease of the rate of postoperative pulmonary complications."
TR_50 = "Serum T3 and T4 levels have been determined by a radioimmunoassay technique and the TRH test has been performed in 50 patients in whom hyperthyroidism could not be ruled out by the first clinical examination alone."
TR_26 = "The results showed that 26 of the 50 patients had normal thyroid function and 24 had hyperthyroidism."
TR_T3 = "No patient in the normal groups and all but one in the hyperthyroid group had T3 levels above the upper normal limit (2 S.D.)."
TR_T4 = "Two of the patients in the normal group and 19 in the hyperthyroid group had T4 levels above the upper normal limit (2 S.D.)."
TR_CON = "It is concluded that the determination of T3 is superior to both the determination of T4 and the TRH test for the laboratory discrimination between eu- and hyperthyroidism."
ME_779 = "We studied 779 walk-in psychiatric patients presenting to 32 first- or second-year residents and 772 patients presenting to 25 third-year residents or attending physicians as to the decision to admit to the hospital or to administer medication to those not admitted."
ME_HALF = "The more experienced staff admitted half as many patients and treated serious depression with tricyclics twice as frequently."
ME_NO = "There were no significant demographic or clinical differences between patients presenting to the two groups."
CL_25 = "The sequence for the onset of segmental contraction of the left ventricle was studied in 25 normal patients by analyzing sequential frames obtained at 16.7-msec intervals of right anterior oblique (RAO) ventriculograms by two independent methods."
CL_INF = "The resulting pattern showed that, on the average, the midregion of the inferior wall began to contract 25 msec before the apex and the midregion of the anterior wall began contraction 18 msec before the apex."
CL_ONE = "In only one of 25 patients did the apex begin to contract first."
CL_ELEC = "This sequences of contraction corresponds to the reported sequence of electrical activation for normal human left ventricles."
TH_197 = "The efficiency of four culture media was compared for the isolation of Mycobacterium avium complex from 197 procine tissues."
TH_82 = "In 82 tissues with microscopic granulomas and acid-fast bacilli, a significantly greater number of isolates were obtained on Middlebrook 7H10 medium with sodium pyruvate than on Stonebrink medium, Herrold egg yolk agar medium, or Lowenstein-Jensen medium (P=0.01)."
TH_46 = "In 46 tissues in which no microscopic granulomas or acid-fast bacilli were observed, a significantly greater number of isolates were made on Middlebrook 7H10 medium or Herrold egg yolk agar medium than on Stonebrink medium or on Lowenstein-Jensen medium (P=0.01)."
TH_TIME = "The time required to grow M. avium complex on Lowenstein-Jensen medium was significantly greater than the time required to observe growth on Stonebrink, Middlebrook 7H10, or Herrold egg yolk agar medium (p=0.001)."
FO_20 = "Lymphocytes from 20 patients with chronic lymphocytic leukemia (CLL) were studied for membrane staining by direct immunofluorescence by employing anti-F(ab')2, anti-VHI, anti-VHII, anti-VHIII subgroup-specific antisera, as well as light chain-specific antisera."
FO_SIX = "Lymphocytes from each CLL patient demonstrated a restriction of VH subgroups expressed on the cell membrane; six were restricted to the VHI subgroup, seven to VHII, and seven to the VHIII subgroup."
FO_MONO = "This restriction gave further evidence for monoclonality of the membrane-bound Ig and the leukemic cell proliferation."
FO_SIM = "Antiserum to the VH fragment stained closely similar percentages of CLL lymphocytes to that obtained with anti-F(ab')2 antiserum."
SA_TWO = "Biochemical studies are presented on two siblings with some features of Mucolipidosis III, but with distinctive clinical findings."
SA_SER = "Levels of beta-galatosidase, alpha-mannosidase, beta-glucuronidase, N-acetyl-beta-glucosaminidase and alpha-fucosidase found in serum from these patients ranged from 10 to 10 times higher than normal."
SA_FIB = "An extremely low activity of beta-galactosidase was found in fibroblasts cultured from one patient."
SA_ORG = "Similarly, beta-galactosidase levels were low in heart, kidney, liver, spleen and lung of one patient who died during the course of the study."
SA_MPS = "No excessive excretion of mucopolysaccharide was noted, however, changes in distribution of several fractions were found."
NU_10 = "Ten patients with primary hyperparathyroidism were placed on a constant 30 mEq of calcium and 120 meq of sodium diet, and alterations in their calcium balance in response to standard oral doses of chlorpropamide were studied over a 4 day control period and a 4 day treatment period."
NU_INC = "The 10 patients treated with chlorpropamide significantly increased the urinary excretion of calcium and sodium and decreased the excretion of cyclic adenosine monophosphate (AMP)."
NU_SIX = "The serum calcium was lowered in six of the patients treated with chlorpropamide, and three of these patients, who had diabetes mellitus and either refused or were too ill for parathyroidectomy, continued to receive chlorpropamide for periods of 9 to 36 months."
NU_LONG = "These three patients experienced prolonged lowering of the serum calcium level and became less confused, lethargic, and fatigued."
IN_SIX = "The number of capillaries per fiber, per mm2, around each fiber type and relative to fiber area was determined in six untrained subjects (UT) and six elite cross-country skiers (ET)."
IN_TYPE = "Type I fibers constituted 39.2% (UT) and 68.6% (ET), type II A fibers 39.6% (UT) and 19.2% (ET), while 12.8% (UT) and 6.6% (ET) of the fibers were type II B."
IN_CA = "There was a significant difference (p less than 0.01) in the CA values relative to fiber area for all fiber types in both groups, being highest for type I and lowest for type II B."
IN_RES = "The results indicate that endurance training increases the capillary supply of all fiber types in the human quadriceps muscle."
BO_128 = "The persistence of serum antibodies 1 year after immunization with a bivalent vaccine containing recombinant viruses that were antigenically identical with A/Victoria/3/75 (H3N2) and A/New Jersey/8/76 (Hsw1N1) viruses was measured in 128 persons aged 18 to 65 years."
BO_85 = "By 3 weeks after vaccination 85% of the seronegative persons had a fourfold or greater rise in titres of antibodies to the viruses in the vaccine, and 70% had a fourfold increase in titre of antibody to the A/Texas antigen."
BO_19 = "There was no change in the mean titres of 19 unvaccinated control subjects during the observation period."
BO_DEC = "At 6 and 12 months after vaccination the titres of antibodies to the A/Victoria and A/New Jersey antigens had declined moderately in all age groups from those observed 3 weeks after vaccination."
NI_HEAL = "The relationship between serum dopamine-beta-hydroxylase (DBH) activity and sympathetic nervous system activation in response to insulin-induced hypoglycemia was investigated in healthy young male and female volunteers."
NI_DES = "Serum DBH activity and glucose levels were measured in blood samples obtained 30 min before and 90 min after the iv administration of regular insulin or placebo."
NI_ALL = "All subjects developed significant hypoglycemia in response to the insulin and manifested signs of sympathetic activation, including increased heart rate, diaphoresis, and lightheadedness."
NI_NONE = "However, despite obvious clinical manifestations of increased sympathetic activity, none of the subjects exhibited a significant alteration in serum DBH activity either in comparison to baseline or placebo values."
NI_Q = "These data question the suitability of serum DBH measurements for assessing adrenomedullary function in man."
BR_47 = "In the present investigation radionuclide cineangiographic studies were performed in 47 patients with CAD (14 without angina during exercise) and in 25 normal subjects."
BR_ALL = "All CAD patients, including those without symptoms, demonstrated regional wall motion abnormalities during exercise."
BR_EF = "In all patients, ejection fraction (EF) also responded abnormally to exercise: EF decreased from 48% at rest to 36% during exercise (P less than 0.001)."
BR_NORM = "EF increased in all normal subjects from an average of 58% at rest to 71% during exercise (P less than 0.001)."
BR_TNG = "In all CAD patients TNG reduced exercise-induced regional wall abnormalities and increased EF attained during exercise from an average of 36 to 48% (P less than 0.001)."
BR_UNCH = "EF in normal subjects was unchanged by TNG."
DA_131 = "One hundred and thirty-one reconstructions to the popliteal (n = 80), tibial (n = 26), and peroneal (n = 25) arteries were performed using glutaraldehyde (GA)-tanned human umbilical cord veins."
DA_PAT = "Cumulative patency rates to 20 months, calculated by the standard life-table method were 84.8%, 74.0%, and 49.6% for popliteal, tibial, and peroneal reconstructions, respectively."
DA_SAPH = "These results are equivalent and even superior to those obtained with saphenous veins, particularly when the cases are analyzed in distinct clinical and pathological categories."
FD_BASE = "The lever pressing behavior of rhesus monkeys was maintained by a fixed ratio 10 schedule of intravenous cocaine (3 monkeys) or codeine (2 monkeys) injections during 2 hour sessions."
FD_ALL5 = "At one or more doses, procaine substitution resulted in response rates higher than saline control in all 5 animals."
FD_NAIVE = "In addition, procaine self-administration was studied in two naive monkeys given 23 hour per day access to procaine following an initial 10 days of saline contingent operant level responding."
FD_1200 = "Drug intake varied widely from day to day, however each animal took over 1200 injections per day (over 360 mg/kg) at least once during the 30 days of access."

claims = [
    # Yu et al. 1979: none, direction, duration, population
    C("yu-none", YU, "none", "Yu et al. (1979) found that platelets from 15 healthy volunteers and 15 patients with angiographically proven coronary artery disease aggregated more readily after being exposed to oscillatory flow than paired samples left at rest.", YU_AGG, truth_alt=[YU_15, YU_FLOW]),
    C("yu-dir", YU, "direction", "In the study by Yu and colleagues (1979), exposure to oscillatory shear stress sped up the platelet release reaction.", YU_REL, wrong="sped up the platelet release reaction", accept=["direction"]),
    C("yu-dur", YU, "duration", "Yu et al.'s (1979) platelet suspensions were kept in laminar oscillatory flow for two hours at 37 degrees before aggregation, serotonin release and procoagulant activity were assayed.", YU_FLOW, wrong="for two hours", accept=["duration", "number"]),
    C("yu-pop", YU, "population", "Shear stress gave platelets from healthy volunteers additional procoagulant activity (Yu et al., 1979).", YU_PRO, wrong="platelets from healthy volunteers", accept=["population"]),
    # Sokolov 1979: none, number, design, overreach
    C("so-none", SO, "none", "Sokolov (1979), reviewing 126 cases of prolonged epidural anaesthesia in elderly patients after lung and chest operations, reported a complication rate of 23%.", SO_23, truth_alt=[SO_126]),
    C("so-num", SO, "number", "In Sokolov's (1979) series of elderly chest-surgery patients given long-lasting epidural anaesthesia, complications occurred in 41% of cases.", SO_23, wrong="41%", accept=["number"]),
    C("so-des", SO, "design", "A randomised controlled trial by Sokolov (1979) in elderly patients after thoracic operations found that prolonged epidural anaesthesia favoured early mobilisation and quicker recovery of bronchial motor function.", SO_126, wrong="A randomised controlled trial", truth_alt=[SO_USE], accept=["design"]),
    C("so-over", SO, "overreach", "Prolonged epidural anaesthesia abolished postoperative pulmonary complications in elderly patients after chest surgery, as Sokolov (1979) showed.", SO_USE, wrong="abolished postoperative pulmonary complications", accept=["overreach"]),
    # Tryselius et al. 1977: none x2, number, comparator
    C("tr-none1", TR, "none", "Of the 50 patients in Tryselius et al.'s (1977) study in whom hyperthyroidism could not be excluded clinically, 24 turned out to be hyperthyroid and 26 euthyroid.", TR_26, truth_alt=[TR_50]),
    C("tr-none2", TR, "none", "Tryselius and colleagues (1977) concluded that serum T3 separated euthyroid from hyperthyroid patients better than either serum T4 or the TRH test; T3 was raised in every hyperthyroid patient but one and in no euthyroid patient.", TR_CON, truth_alt=[TR_T3]),
    C("tr-num", TR, "number", "In the series of Tryselius et al. (1977), serum T4 was above the upper normal limit in 19 hyperthyroid patients but also in 9 of those with normal thyroid function.", TR_T4, wrong="9 of those with normal thyroid function", accept=["number"]),
    C("tr-comp", TR, "comparator", "(Tryselius et al., 1977): in patients with suspected hyperthyroidism, serum T3 measurement was compared with thyroid scintigraphy and proved the better test.", TR_CON, wrong="thyroid scintigraphy", truth_alt=[TR_50], accept=["comparator"]),
    # Meyerson et al. 1979: none, direction, comparator, design
    C("me-none", ME, "none", "Meyerson and colleagues (1979) found that third-year residents and attending psychiatrists admitted only half as many walk-in patients to hospital as first- and second-year residents, and used tricyclics for serious depression twice as often.", ME_HALF, truth_alt=[ME_779]),
    C("me-dir", ME, "direction", "Experienced psychiatrists hospitalised twice as many walk-in patients as junior residents did (Meyerson et al., 1979).", ME_HALF, wrong="hospitalised twice as many walk-in patients", accept=["direction"]),
    C("me-comp", ME, "comparator", "Meyerson et al. (1979) compared the admission decisions of psychiatric residents with those of emergency physicians without psychiatric training, in more than 1,500 walk-in patients.", ME_779, wrong="emergency physicians without psychiatric training", accept=["comparator"]),
    C("me-des", ME, "design", "In Meyerson et al.'s (1979) randomised trial, walk-in psychiatric patients were allocated at random to junior residents or to senior staff, whose admission rates were then compared.", ME_779, wrong="randomised trial", truth_alt=[ME_NO], accept=["design"]),
    # Clayton et al. 1979: none x2, number, population
    C("cl-none1", CL, "none", "Clayton et al. (1979), analysing ventriculogram frames taken every 16.7 msec in 25 normal patients, found that the middle of the inferior wall began contracting on average 25 msec ahead of the apex.", CL_INF, truth_alt=[CL_25]),
    C("cl-none2", CL, "none", "The apex was the first region to contract in just one of the 25 normal left ventricles studied by Clayton and colleagues (1979), a sequence that matches the reported order of electrical activation.", CL_ONE, truth_alt=[CL_ELEC]),
    C("cl-num", CL, "number", "According to Clayton et al. (1979), the middle of the anterior wall of the normal left ventricle starts to contract about 45 msec before the apex.", CL_INF, wrong="about 45 msec", accept=["number", "duration"]),
    C("cl-pop", CL, "population", "Studying right anterior oblique ventriculograms of 25 patients with coronary artery disease, Clayton et al. (1979) described the order in which left-ventricular segments begin to contract.", CL_25, wrong="25 patients with coronary artery disease", accept=["population"]),
    # Thoen et al. 1979: none, direction, population, overreach
    C("th-none", TH, "none", "From the 82 pig tissues showing granulomas and acid-fast bacilli, Thoen and colleagues (1979) recovered significantly more M. avium complex isolates on Middlebrook 7H10 medium with sodium pyruvate than on Stonebrink, Herrold egg yolk agar or Lowenstein-Jensen medium.", TH_82),
    C("th-dir", TH, "direction", "Of the four media compared by Thoen et al. (1979), Lowenstein-Jensen medium grew M. avium complex the fastest.", TH_TIME, wrong="grew M. avium complex the fastest", accept=["direction"]),
    C("th-pop", TH, "population", "Thoen et al. (1979) compared four culture media for isolating Mycobacterium avium complex from 197 tissue samples taken from cattle.", TH_197, wrong="taken from cattle", accept=["population"]),
    C("th-over", TH, "overreach", "Thoen et al.'s (1979) comparison showed that Middlebrook 7H10 medium with pyruvate is the only medium a laboratory needs for isolating M. avium complex from any tissue.", TH_46, wrong="is the only medium a laboratory needs for isolating M. avium complex from any tissue", truth_alt=[TH_82], accept=["overreach"]),
    # Forre et al. 1977: none x2, number, overreach
    C("fo-none1", FO, "none", "In Forre et al.'s (1977) immunofluorescence study of 20 patients with chronic lymphocytic leukaemia, each patient's lymphocytes carried a single VH subgroup: VHI in six, VHII in seven and VHIII in seven.", FO_SIX, truth_alt=[FO_20]),
    C("fo-none2", FO, "none", "Forre and colleagues (1977) found that an antiserum to the VH fragment stained much the same percentage of CLL lymphocytes as anti-F(ab')2 antiserum did.", FO_SIM),
    C("fo-num", FO, "number", "Among the 20 CLL patients studied by Forre et al. (1977), twelve had lymphocytes restricted to the VHI subgroup.", FO_SIX, wrong="twelve", accept=["number"]),
    C("fo-over", FO, "overreach", "(Forre et al., 1977): the VH restriction on CLL lymphocytes proved conclusively that the disease arises from a single malignant clone in every patient with CLL.", FO_MONO, wrong="proved conclusively that the disease arises from a single malignant clone in every patient with CLL", accept=["overreach"]),
    # Sandman et al. 1977: none, direction, population, design
    C("sa-none", SA, "none", "Sandman et al. (1977) described two siblings with a new variant of mucolipidosis in whom beta-galactosidase activity was extremely low in cultured fibroblasts and low in the organs of the sibling who died.", SA_FIB, truth_alt=[SA_ORG, SA_TWO]),
    C("sa-dir", SA, "direction", "Sandman and colleagues (1977) found that their two siblings with a variant mucolipidosis excreted excessive amounts of mucopolysaccharide.", SA_MPS, wrong="excreted excessive amounts of mucopolysaccharide", accept=["direction"]),
    C("sa-pop", SA, "population", "Sandman et al.'s (1977) biochemical studies of two unrelated patients with features of mucolipidosis III found serum lysosomal enzyme levels well above normal.", SA_TWO, wrong="two unrelated patients", accept=["population"]),
    C("sa-des", SA, "design", "Sandman and colleagues' (1977) genetic linkage analysis of two siblings with features of mucolipidosis III showed serum levels of several lysosomal enzymes far above normal.", SA_TWO, wrong="genetic linkage analysis", truth_alt=[SA_SER], accept=["design"]),
    # Numann et al. 1979: none, duration, direction, comparator
    C("nu-none", NU, "none", "In Numann et al.'s (1979) ten patients with primary hyperparathyroidism, kept on a fixed calcium and sodium diet, chlorpropamide significantly raised urinary calcium and sodium excretion and lowered cyclic AMP excretion.", NU_INC, truth_alt=[NU_10]),
    C("nu-dur", NU, "duration", "Numann and colleagues (1979) reported that three diabetic patients with hyperparathyroidism stayed on chlorpropamide for up to five years, with a lasting fall in serum calcium.", NU_SIX, wrong="for up to five years", truth_alt=[NU_LONG], accept=["duration", "number"]),
    C("nu-dir", NU, "direction", "Chlorpropamide cut urinary calcium excretion in patients with primary hyperparathyroidism (Numann et al., 1979).", NU_INC, wrong="cut urinary calcium excretion", accept=["direction"]),
    C("nu-comp", NU, "comparator", "Numann et al. (1979) compared ten patients with primary hyperparathyroidism given chlorpropamide with a matched group given placebo, measuring calcium balance over four days.", NU_10, wrong="with a matched group given placebo", accept=["comparator", "design"]),
    # Ingjer 1979: none x2, number, design
    C("in-none1", IN, "none", "Type I fibres made up 68.6% of the muscle fibres of the elite cross-country skiers studied by Ingjer (1979), against 39.2% in the untrained men.", IN_TYPE),
    C("in-none2", IN, "none", "In both untrained men and elite skiers, Ingjer (1979) found the number of capillaries relative to fibre area highest around type I fibres and lowest around type II B fibres.", IN_CA),
    C("in-num", IN, "number", "Ingjer's (1979) comparison of six untrained men with fourteen elite cross-country skiers suggested that endurance training increases the capillary supply of every fibre type in the quadriceps.", IN_SIX, wrong="fourteen elite cross-country skiers", truth_alt=[IN_RES], accept=["number"]),
    C("in-des", IN, "design", "(Ingjer, 1979): in a longitudinal study, a period of endurance training increased the capillary supply of all fibre types in the same men's quadriceps muscle.", IN_SIX, wrong="in a longitudinal study", truth_alt=[IN_RES], accept=["design"]),
    # Boucher et al. 1979: none x2, duration, comparator
    C("bo-none1", BO, "none", "Three weeks after a bivalent A/Victoria and A/New Jersey vaccine, 85% of the previously seronegative adults in Boucher et al.'s (1979) study had at least a fourfold rise in antibody titres to the vaccine viruses.", BO_85),
    C("bo-none2", BO, "none", "Boucher and colleagues (1979) found that antibody titres to the A/Victoria and A/New Jersey antigens had fallen moderately in every age group by 6 and 12 months after vaccination.", BO_DEC),
    C("bo-dur", BO, "duration", "Boucher et al. (1979) followed serum antibody levels in 128 adults for three years after a bivalent influenza vaccine.", BO_128, wrong="for three years", accept=["duration", "number"]),
    C("bo-comp", BO, "comparator", "(Boucher et al., 1979): unlike the vaccinated adults, 19 control subjects given a monovalent A/New Jersey vaccine showed no change in mean titres.", BO_19, wrong="given a monovalent A/New Jersey vaccine", accept=["comparator"]),
    # Nisula & Stolk 1978: none x2, population, overreach
    C("ni-none1", NI, "none", "Nisula and Stolk (1978) found that although insulin-induced hypoglycaemia produced clear signs of sympathetic activation, such as a faster heart rate and sweating, no subject's serum dopamine-beta-hydroxylase activity changed significantly.", NI_NONE, truth_alt=[NI_ALL]),
    C("ni-none2", NI, "none", "In healthy young men and women, serum DBH and glucose were measured 30 minutes before and 90 minutes after intravenous regular insulin or placebo (Nisula & Stolk, 1978).", NI_DES, truth_alt=[NI_HEAL]),
    C("ni-pop", NI, "population", "Nisula and Stolk (1978) studied serum dopamine-beta-hydroxylase during insulin-induced hypoglycaemia in patients with insulin-dependent diabetes.", NI_HEAL, wrong="patients with insulin-dependent diabetes", accept=["population"]),
    C("ni-over", NI, "overreach", "Nisula and Stolk's (1978) findings established that serum DBH activity is worthless as a marker of sympathetic function in any clinical setting.", NI_Q, wrong="is worthless as a marker of sympathetic function in any clinical setting", accept=["overreach"]),
    # Borer et al. 1978: none x2, number, direction
    C("br-none1", BR, "none", "In Borer et al.'s (1978) radionuclide study, ejection fraction in patients with coronary artery disease fell from 48% at rest to 36% on exercise, and every patient, even those without angina, developed regional wall-motion abnormalities.", BR_EF, truth_alt=[BR_ALL]),
    C("br-none2", BR, "none", "Borer and colleagues (1978) found that nitroglycerin raised the exercise ejection fraction of coronary patients from an average of 36% to 48%, while leaving that of normal subjects unchanged.", BR_TNG, truth_alt=[BR_UNCH]),
    C("br-num", BR, "number", "Of the 47 coronary patients studied by Borer et al. (1978), 30 had no angina during exercise.", BR_47, wrong="30", accept=["number"]),
    C("br-dir", BR, "direction", "Ejection fraction fell during exercise in the 25 normal subjects as well as in the coronary patients, according to Borer et al. (1978).", BR_NORM, wrong="fell during exercise in the 25 normal subjects as well", accept=["direction"]),
    # Dardik et al. 1978: none, duration, design, overreach
    C("da-none", DA, "none", "Dardik et al. (1978) reported life-table patency rates at 20 months of 84.8% for popliteal, 74.0% for tibial and 49.6% for peroneal bypasses made with glutaraldehyde-tanned umbilical cord vein.", DA_PAT, truth_alt=[DA_131]),
    C("da-dur", DA, "duration", "Glutaraldehyde-tanned umbilical vein bypasses to the popliteal artery stayed open in 84.8% of cases at five years (Dardik et al., 1978).", DA_PAT, wrong="at five years", accept=["duration", "number"]),
    C("da-des", DA, "design", "In a randomised trial against saphenous vein grafts, Dardik and colleagues (1978) found tanned umbilical cord vein equivalent or superior for bypass to the popliteal, tibial and peroneal arteries.", DA_SAPH, wrong="In a randomised trial against saphenous vein grafts", truth_alt=[DA_131], accept=["design"]),
    C("da-over", DA, "overreach", "Dardik et al.'s (1978) results showed that tanned umbilical vein should replace the saphenous vein as the graft of choice for every distal leg bypass.", DA_SAPH, wrong="should replace the saphenous vein as the graft of choice for every distal leg bypass", accept=["overreach"]),
    # Ford & Balster 1977: none, comparator, duration, population
    C("fd-none", FD, "none", "Ford and Balster (1977) found that, at one or more doses, procaine substituted for cocaine or codeine kept rhesus monkeys responding at higher rates than saline in all five animals.", FD_ALL5, truth_alt=[FD_BASE]),
    C("fd-comp", FD, "comparator", "In Ford and Balster's (1977) substitution tests, procaine replaced heroin as the baseline reinforcer in rhesus monkeys.", FD_BASE, wrong="heroin", accept=["comparator"]),
    C("fd-dur", FD, "duration", "Two drug-naive monkeys with access to procaine 23 hours a day each took over 1200 injections in a day at least once during 90 days of access (Ford & Balster, 1977).", FD_1200, wrong="90 days", truth_alt=[FD_NAIVE], accept=["duration", "number"]),
    C("fd-pop", FD, "population", "Ford and Balster (1977) showed that intravenous procaine acts as a reinforcer in rats trained to press a lever for cocaine or codeine.", FD_BASE, wrong="in rats", accept=["population"]),
]
Path(__file__).resolve().parent.joinpath("claims.json").write_text(json.dumps(claims, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
print(len(claims), "claims written")
