"""Writes claims.json (set 82). Hand-written claims; truth sentences copied verbatim from the abstracts (pool 14,
positions 1018-1035). The C() helper and the field layout are those of set 55's make_claims.py (its first lines only
were read)."""
import json
from pathlib import Path

def C(id, key, kind, claim, truth, wrong=None, truth_alt=None, accept=None):
    d = {"id": id, "key": key, "kind": kind, "claim": claim, "truth": truth}
    if truth_alt: d["truth_alt"] = truth_alt
    if wrong: d["wrong"] = wrong
    if accept: d["accept"] = accept
    return d

VT, SC, LP, HU, SI = "vanthiel1978evidence", "scott1977pathogenesis", "lepage1979pharmacology", "hultin1977heterogeneity", "sippel1977homogeneity"
ET_, RE, OH, GP, BA = "etling1979iodine", "renaud1979platelet", "ohare1979pathology", "grahampole1977continuous", "barrows1978immunochemical"
YA, BO, SU, TA, SW = "yamaji1977heterogeneity", "borton1979cardiac", "sulyok1979relationship", "tamaya1979steroid", "schwartz1979use"

VT_N = "To characterize the defect in the hypothalamic-pituitary-gonadal axis of alcoholic men, acute and chronic LRF responses were evaluated in 22 chronic alcoholic men with varying degrees of biochemically and histologically confirmed liver disease."
VT_ETOH = "In addition, acute LRF responses in 14 normal men, before and at the end of 72 h of administration of 2 ml/kg/day 95% ethanol, were evaluated."
VT_T = "The alcoholics hd significantly reduced basal testosterone and elevated gonadotropin levels (both FSH and LH) compared to the normal volunteers (P less than 0.02)."
VT_FOLD = "A 100-micrograms bolus of LRF resulted in a 3-fold increase of LH in alcoholic men as compared to a 6-fold increase of serum LH in normal volunteers."
VT_AFTER = "When the response of normal volunteers to LRF before and after ethanol administration was evaluated, basal levels of both gonadotropins were increased after alcohol administration and a reduced LRF-induced LH response was observed."
VT_CONC = "Based upon these results, we conclude that: 1) the central hypothalamic-pituitary defect known to exist for LH secretion is in part due to inadequate pituitary secretion and 2) acute alcohol ingestion in normal men suppresses the LRF-induced LH but not the FSH response."

SC_HOW = "These hypotheses were tested by 1) analysis of the blood group and Rh of 22 Rh-immunized primigravidas, their infants, and their own mothers; 2) comparison of the number of fetal cells in the maternal circulation during the antepartum period in 20 women at high risk for fetal to maternal bleeding with their matched controls; and 3) Rho (D) antibody determinations in 70 Rh-negative infants born to Rh-positive mothers."
SC_RES = "The results indicate that antepartum fetal to maternal bleeding is the usual cause of Rh immunization in primigravidas, and the Rh-negative woman with blood group A, B, or AB who gestates an ABO-compatible Rh-positive male is at highest risk."
SC_IG = "The antepartum use of anti-Rho (D) immune globulin has potential prophylactic value in this situation."

LP_DOSE = "alpha-2'-Deoxythioguanosine (alpha-TGdR) was administered as a single dose to 13 cancer patients in 18 experiments at dose levels of 150--1500 mg/m2 and as a daily dose to 22 patients in 42 experiments at dose levels of 100--4000 mg/m2/day X 5 days."
LP_TOX = "No significant toxicity was observed."
LP_URINE = "Approximately 80% of the dose was excreted in the urine in 24 hours, initially as unchanged alpha-TGdR and increasingly as metabolites."

HU_N = "We have investigated this apparent homogeneity by immunoneutralization assay and liquid isoelectric focusing of inhibitor fractions from five hemophiliacs and two nonhemophiliacs."
HU_IGG = "However, heavy chain subtyping of the six predominantly or exclusively k inhibitors showed all to be mixtures of IgG4 and IgG1."
HU_CONC = "These studies demonstrate that factor VIII inhibitors are composed of heterogenous subpopulations of immunoglobulins which can be separated by isoelectric focusing."

SI_N = "The STAs from 100 group A strains, which had been isolated from cases and carriers in various geographical locations, were compared by sodium dodecyl sulfate-polyacrylamide gel electrophoresis (SDS-PAGE)."
SI_BANDS = "Every STA produced three major protein bands with molecular weights of approximately 35,000, 39,000, and 45,000, respectively."
SI_BC = "This SDS-PAGE pattern is clearly distinct from that produced by the serotype of group B and C meningococci most commonly isolated from cases (group B type 2 and group C type 2)."
SI_ID = "The group A STAs were also indistinguishable by immunodiffusion."
SI_BACT = "However, differences in bactericidal reactions were demonstrated, suggesting that there are other antigens that play a role in antibody response."

ET_N = "A total of 218 samples obtained at various stages of pregnancy, from both normal and pathological pregnancies, were studied."
ET_SRC = "This study demonstrated that such elevated levels can be produced by urography with an iodinated medium, by thyroid extract therapy, and by vaginal therapy with an iodinated agent."
ET_T4 = "Levels of T4 and T3 in amniotic fluid decreased slightly from the second to the third trimester and were unrelated to the total iodine levels."
ET_THY = "Despite reports in the literature of fetal hypothyroidism produced by amniography with a fat-soluble medium, no thyroid defect was observed in this series in the presence of elevated amniotic fluid iodine levels or when a water-soluble iodinated medium was used for amniography."

RE_N = "To determine whether the long-term feeding of dietary fats affect platelet functions in man, platelet aggregation (to thrombin ADP, collagen, epinephrine) and clotting activity of platelet-rich plasma (PRP), platelet-poor plasma and of washed platelets were studied in a mobile-laboratory in 44 healthy male farmers (40--45 years) from two French regions Var and Moselle, in relation to lipemia, glycemia, dietary nutriments, and platelet phospholipid composition."
RE_MOS = "In the Moselle subjects, the platelet clotting activity of PRP and of washed platelets, the platelet aggregation to thrombin and ADP, were highly significantly (p less than 0.001) increased as compared to those of Var, but not the plasma cholesterol, which was identical in the two regions."
RE_INT = "In Moselle, the intake of total calories, total lipids and saturated fats was higher than in the Var."
RE_SAT = "However, it was only with the saturated fat intake (mostly stearic acid) that the platelet clotting activity (p less than 0.01) and the platelet aggregation (p less than 0.001) were highly significantly correlated."

OH_N = "The structural and functional characteristics of nine functioning adrenocortical tumors (four adenomas and five carcinomas) causing Cushing's syndrome or virilization were studied."
OH_CA = "No single defect was common to all carcinomas, but predominant changes included secretion of precursor steroids, such as 11-deoxycortisol (S) and a blunted or absent response to ACTH."
OH_AD = "All adenomase examined were normal in these respects in comparison with nondiseased cortical cells in culture."
OH_PROG = "In carcinomas whose functions deviated only minimally from normal the presence of highly differentiated ultrastructural characteristics did not, however, confer a better prognosis."

GP_N = "Eight patients with severe rhesus disease and expected fetal loss were treated by intensive plasmapheresis using a continuous-flow cell separator."
GP_WK = "Altogether 24 to 2371 of plasma was exchanged over periods ranging from seven to 16 weeks."
GP_AD = "In seven of the eight patients the anti-D concentration fell during the period of plasmapheresis."
GP_ALONE = "In five patients an attempt was made to control the rhesus disease by plasmapheresis alone, and two of these women delivered infants who survived."
GP_BEST = "Nevertheless, plasmapheresis may best be used to reduce haemolysis until intrauterine transfusions may be given more safely after 30 weeks' gestation."

BA_BAD = "These tests have frequent false-positive and false-negative results, complicating random screening for occult gastrointestinal bleeding."
BA_DEV = "The authors have developed an immunochemical test for human blood in feces using goat antibodies to hemoglobin."
BA_FOOD = "When employed in radial immunoassay the test is uncomplicated by cross-reaction with common human foods or other nonhemorrhagic fecal fecal constitutents."
BA_LIM = "The lower limit of sensitivity for hemoglobin in stool samples is 10 mg/dl, compared with a commonly reported threshold of 100 mg/dl for peroxidase tests."

YA_N = "To evaluate prolactin and TSH secretion in isolated gonadotropin deficiency, thyrotropin-releasing hormone (TRH), in a dose of 500 microgram, was administered iv to fifteen male subjects with this disorder."
YA_UNTR = "In 4 out of 8 untreated patients, TRH-mediated prolactin release was significantly blunted and this attenuated response was not improved in one patient after treatment with testosterone for 1 year."
YA_TR = "In 7 patients who were treated with testosterone for 2 to 8 years, four failed to show a normal prolactin response after TRH injection."
YA_TSH = "The decreased TSH reserve was not necessarily associated with the poor prolactin response to TRH."

BO_SUBJ = "The effects of stimulus intensity on the cardiac component of the orienting response were explored in male and female subjects."
BO_DATA = "Heart rate data were obtained for both subject groups at three sensation levels across the baseline heart rate and at 10 stimulus presentation trials."
BO_HAB = "Significant linear and quadratic trend components were observed, reflecting habituation of the orienting response as a function of trials, and indicating the nonmonotonicity of heart rate change over trials."
BO_20 = "A lower mean heart rate was observed for Condition Two (20 dB SL) than for either of the other conditions, 10 dB and 30 dB SL respectively."
BO_LIM = "Analysis of group variability and individual subjects' heart rate data suggested limitations in generalizing from group to individual data, as well as a need for further investigation if proper interpretation of single subject heart rate data are to be useful in the clinical situation."

SU_N = "Simultaneous measurement of plasma renin activity (PRA), plasma aldosterone concentration (PA) and urinary aldosterone excretion (UAE) was made using the RIA method along with determination of Na and K balance in 1-week-old neonates with gestational age of 30-41 weeks (mean 35.9 weeks) and birth weight of 1,160-4,670 g (mean 2,680 g)."
SU_PRA = "It was demonstrated that PRA decreased from the value of 36.3 +/- 6.3 ng/ml/h (mean +/- SE) to a level of 10.2 +/- 2.1 ng/ml/h (p less than 0.001), PA did not change and UAE increased from 3.3 +/- 0.8 to 7.8 +/- 1.4 microgram/day (p less than 0.01) as the gestational age advanced from 30-32 to 39-41 weeks."
SU_CONC = "It is concluded that, in response to renal salt wasting and to the subsequent negative salt balance, premature infants can augment their PRA above values found for full-term infants."
SU_ADR = "Their adrenals, however, failed to respond adequately to this stimulation."

TA_ENDO = "Seven cases of ovarian endometriosis were studied."
TA_LOW = "The ER and PR levels in endometriosis seemed to be lower than those in the corresponding normal endometrium."
TA_DATE = "Histologic dating revealed a delay in the most aberrant endometrial tissue in adenomyosis, as compared with dating of corresponding normal endometrial tissue."
TA_ALL = "ER and AR were detected in all cases."
TA_PR = "PR was not detected in some cases and, when detected, the content seemed to be lower, possibly suggesting the delayed dating."

SW_N = "An artificial beta cell has been used to achieve and maintain a preset plasma glucose concentration in five diabetic patients undergoing surgery."
SW_CTRL = "These subjects were compared to control groups of normal subjects receiving either saline or glucose, and diabetics receiving glucose intraoperatively."
SW_SAME = "The artificial beta cell was able to achieve the same plasma glucose after 2 hours of operation (128 +/- 21 mg/dl) as normal subjects receiving saline (110 +/- 7 mg/dl)."
SW_CPEP = "Insulin and C-peptide levels did not increase during 2 hours of operation in any of the control groups, suggesting beta cell suppression during surgery."

claims = [
    # Van Thiel 1978: none, number, duration, direction
    C("vanthiel-n1", VT, "none", "Van Thiel et al. (1978) reported that chronic alcoholic men had lower basal testosterone but higher FSH and LH levels than healthy volunteers.", VT_T),
    C("vanthiel-num", VT, "number", "In Van Thiel and colleagues' (1978) study, an LRF bolus raised LH only about threefold in alcoholic men, against roughly twelvefold in normal volunteers.", VT_FOLD, wrong="roughly twelvefold"),
    C("vanthiel-dur", VT, "duration", "When Van Thiel et al. (1978) gave 14 healthy men ethanol daily for three weeks, their LH response to LRF became blunted.", VT_ETOH, wrong="for three weeks", truth_alt=[VT_AFTER]),
    C("vanthiel-dir", VT, "direction", "According to Van Thiel et al. (1978), a few days of heavy drinking in normal men enhanced the LH response to LRF while leaving the FSH response unchanged.", VT_CONC, wrong="enhanced the LH response", truth_alt=[VT_AFTER]),
    # Scott 1977: none, population, design, direction
    C("scott-n1", SC, "none", "Scott et al. (1977) concluded that Rh sensitisation in a first pregnancy usually arises from fetal blood leaking into the mother's circulation before delivery.", SC_RES),
    C("scott-pop", SC, "population", "According to Scott et al. (1977), the first-time mother at greatest risk of Rh immunisation is an Rh-negative woman of blood group O carrying an ABO-compatible Rh-positive boy.", SC_RES, wrong="blood group O"),
    C("scott-des", SC, "design", "In a randomised trial of antenatal anti-D immune globulin, Scott and colleagues (1977) showed that fetomaternal bleeding before delivery is the usual cause of Rh immunisation in primigravidas.", SC_HOW, wrong="In a randomised trial of antenatal anti-D immune globulin", truth_alt=[SC_IG]),
    C("scott-dir", SC, "direction", "Scott et al.'s (1977) analysis led them to argue that giving anti-D immune globulin before delivery would be of little preventive value for these women.", SC_IG, wrong="would be of little preventive value"),
    # LePage 1979: none x2, number, duration
    C("lepage-n1", LP, "none", "LePage and Khaliq (1979) saw no significant toxicity when cancer patients received alpha-2'-deoxythioguanosine, either as a single dose or daily for five days.", LP_TOX, truth_alt=[LP_DOSE]),
    C("lepage-n2", LP, "none", "Roughly four-fifths of a dose of alpha-TGdR was recovered in the urine within a day, at first unchanged and later increasingly as metabolites (LePage & Khaliq, 1979).", LP_URINE),
    C("lepage-num", LP, "number", "In LePage and Khaliq's (1979) study, daily doses of alpha-TGdR went as high as 400 mg/m2 per day for five days without significant toxicity.", LP_DOSE, wrong="400 mg/m2 per day", truth_alt=[LP_TOX]),
    C("lepage-dur", LP, "duration", "LePage and Khaliq (1979) gave 22 cancer patients alpha-2'-deoxythioguanosine every day for five weeks and observed no significant toxicity.", LP_DOSE, wrong="every day for five weeks"),
    # Hultin 1977: none x2, number, overreach
    C("hultin-n1", HU, "none", "Hultin et al. (1977) showed that factor VIII inhibitors, often thought to be uniform IgG antibodies, consist of heterogeneous immunoglobulin subpopulations that can be separated by isoelectric focusing.", HU_CONC),
    C("hultin-n2", HU, "none", "When Hultin and colleagues (1977) subtyped the heavy chains of six kappa-type inhibitors, every one turned out to be a mixture of IgG1 and IgG4.", HU_IGG),
    C("hultin-num", HU, "number", "Hultin et al. (1977) examined inhibitor fractions from fifteen haemophiliacs and two non-haemophilic patients.", HU_N, wrong="fifteen haemophiliacs"),
    C("hultin-over", HU, "overreach", "Hultin et al.'s (1977) work proved that the factor VIII inhibitors of all patients with haemophilia are mixtures of IgG1 and IgG4.", HU_IGG, wrong="proved that the factor VIII inhibitors of all patients with haemophilia", truth_alt=[HU_N]),
    # Sippel 1977: none x2, comparator, population
    C("sippel-n1", SI, "none", "Sippel and Quan (1977) found that serotype proteins from 100 group A meningococcal strains, gathered from patients and carriers in many places, all gave the same three-band pattern on SDS-PAGE.", SI_BANDS, truth_alt=[SI_N]),
    C("sippel-n2", SI, "none", "Although the group A antigens looked identical on gels and by immunodiffusion, Sippel and Quan (1977) did find differences in bactericidal reactions, which suggests other antigens shape the antibody response.", SI_BACT, truth_alt=[SI_ID]),
    C("sippel-comp", SI, "comparator", "Sippel and Quan (1977) reported that the group A protein pattern was clearly distinct from that of the common Neisseria gonorrhoeae serotypes.", SI_BC, wrong="the common Neisseria gonorrhoeae serotypes"),
    C("sippel-pop", SI, "population", "According to Sippel and Quan (1977), 100 group A strains, all isolated from healthy carriers, had indistinguishable serotype antigens by immunodiffusion.", SI_N, wrong="all isolated from healthy carriers", truth_alt=[SI_ID]),
    # Etling 1979: none, direction, overreach, design
    C("etling-n1", ET_, "none", "Etling et al. (1979) traced very high amniotic fluid iodine levels to maternal exposures such as urography with iodinated contrast, thyroid extract treatment and iodinated vaginal preparations.", ET_SRC),
    C("etling-dir", ET_, "direction", "Etling and colleagues (1979) found that T4 and T3 concentrations in amniotic fluid rose slightly between the second and third trimesters.", ET_T4, wrong="rose slightly"),
    C("etling-over", ET_, "overreach", "Etling et al. (1979) proved that iodinated contrast agents are safe for the fetal thyroid in every pregnancy.", ET_THY, wrong="proved that iodinated contrast agents are safe for the fetal thyroid in every pregnancy"),
    C("etling-des", ET_, "design", "In a prospective randomised study, Etling et al. (1979) analysed 218 amniotic fluid samples and found no fetal thyroid defect despite raised iodine levels.", ET_N, wrong="prospective randomised study", truth_alt=[ET_THY]),
    # Renaud 1979: none, population, direction, overreach
    C("renaud-n1", RE, "none", "Renaud et al. (1979) found that farmers from Moselle had more active platelets, with greater clotting activity and aggregation to thrombin and ADP, than farmers from Var, although plasma cholesterol was the same in both regions.", RE_MOS),
    C("renaud-pop", RE, "population", "Renaud et al. (1979) studied platelet function in 44 healthy female farmers aged 40 to 45 from Var and Moselle.", RE_N, wrong="female farmers"),
    C("renaud-dir", RE, "direction", "In Renaud and colleagues' (1979) study, platelet clotting activity and aggregation were inversely related to saturated fat intake.", RE_SAT, wrong="inversely related", truth_alt=[RE_MOS, RE_INT]),
    C("renaud-over", RE, "overreach", "Renaud et al. (1979) showed that saturated fat, mostly stearic acid, causes heart attacks by making platelets more reactive.", RE_SAT, wrong="causes heart attacks"),
    # O'Hare 1979: none x2, number, comparator
    C("ohare-n1", OH, "none", "O'Hare et al. (1979) found that adrenocortical carcinomas in culture tended to secrete steroid precursors such as 11-deoxycortisol and to respond weakly or not at all to ACTH, though no single defect was shared by every carcinoma.", OH_CA),
    C("ohare-n2", OH, "none", "In O'Hare and colleagues' (1979) series, highly differentiated ultrastructure did not mean a better prognosis for carcinomas whose function was close to normal.", OH_PROG),
    C("ohare-num", OH, "number", "O'Hare et al. (1979) examined nine functioning adrenocortical tumours, five adenomas and four carcinomas, that caused Cushing's syndrome or virilisation.", OH_N, wrong="five adenomas and four carcinomas"),
    C("ohare-comp", OH, "comparator", "All the adenomas O'Hare et al. (1979) examined behaved normally in culture when compared with cultured adrenal medulla cells.", OH_AD, wrong="cultured adrenal medulla cells"),
    # Graham-Pole 1977: none, design, duration, overreach
    C("grahampole-n1", GP, "none", "Graham-Pole et al. (1977) treated eight women with severe rhesus disease by intensive plasmapheresis, and anti-D levels fell in seven of them.", GP_AD, truth_alt=[GP_N]),
    C("grahampole-des", GP, "design", "Graham-Pole et al. (1977) ran a randomised controlled trial of continuous-flow plasmapheresis in women with severe rhesus disease.", GP_N, wrong="ran a randomised controlled trial"),
    C("grahampole-dur", GP, "duration", "In the series reported by Graham-Pole and colleagues (1977), plasma exchange went on for seven to 16 days.", GP_WK, wrong="seven to 16 days"),
    C("grahampole-over", GP, "overreach", "Graham-Pole et al. (1977) showed that plasmapheresis alone can reliably save the baby in severe rhesus disease, making intrauterine transfusion unnecessary.", GP_ALONE, wrong="can reliably save the baby in severe rhesus disease, making intrauterine transfusion unnecessary", truth_alt=[GP_BEST]),
    # Barrows 1978: none x2, comparator, number
    C("barrows-n1", BA, "none", "Barrows et al. (1978) developed a faecal occult blood test based on goat antibodies to human haemoglobin that did not cross-react with common foods.", BA_FOOD, truth_alt=[BA_DEV]),
    C("barrows-n2", BA, "none", "Guaiac- and benzidine-type stool tests often give false-positive and false-negative results, which complicates screening for hidden gastrointestinal bleeding (Barrows et al., 1978).", BA_BAD),
    C("barrows-comp", BA, "comparator", "Barrows and colleagues (1978) reported a detection limit of 10 mg/dl for their immunoassay, against about 100 mg/dl for spectrophotometric tests.", BA_LIM, wrong="spectrophotometric tests"),
    C("barrows-num", BA, "number", "The immunochemical test of Barrows et al. (1978) could detect as little as 1 mg/dl of haemoglobin in stool, compared with roughly 100 mg/dl for peroxidase tests.", BA_LIM, wrong="1 mg/dl"),
    # Yamaji 1977: none, population, duration, direction
    C("yamaji-n1", YA, "none", "Yamaji et al. (1977) gave 500 micrograms of TRH intravenously to men with isolated gonadotropin deficiency and found a blunted prolactin response in half of the untreated patients.", YA_UNTR, truth_alt=[YA_N]),
    C("yamaji-pop", YA, "population", "Yamaji et al. (1977) tested prolactin and TSH responses to TRH in fifteen women with isolated gonadotropin deficiency.", YA_N, wrong="fifteen women"),
    C("yamaji-dur", YA, "duration", "Among the men given testosterone for 2 to 8 months, four of seven still lacked a normal prolactin response to TRH (Yamaji et al., 1977).", YA_TR, wrong="2 to 8 months"),
    C("yamaji-dir", YA, "direction", "Yamaji and colleagues (1977) reported that a reduced TSH reserve went hand in hand with a poor prolactin response to TRH.", YA_TSH, wrong="went hand in hand with"),
    # Borton 1979: none x2, direction, design
    C("borton-n1", BO, "none", "Borton and Moore (1979) found that the heart-rate orienting response to a repeated speech syllable habituated over the ten presentations.", BO_HAB),
    C("borton-n2", BO, "none", "Borton and Moore (1979) cautioned that group heart-rate results may not carry over to individual listeners, which limits the clinical use of single-subject data.", BO_LIM),
    C("borton-dir", BO, "direction", "In Borton and Moore's (1979) experiment, mean heart rate was highest at 20 dB SL compared with 10 and 30 dB SL.", BO_20, wrong="highest"),
    C("borton-des", BO, "design", "In a retrospective analysis of clinical audiometry records, Borton and Moore (1979) found that heart-rate orienting responses habituated across trials.", BO_DATA, wrong="In a retrospective analysis of clinical audiometry records", truth_alt=[BO_SUBJ]),
    # Sulyok 1979: none, number, population, overreach
    C("sulyok-n1", SU, "none", "Sulyok et al. (1979) found that plasma renin activity in week-old infants fell steeply with advancing gestational age, while urinary aldosterone excretion rose and plasma aldosterone stayed the same.", SU_PRA),
    C("sulyok-num", SU, "number", "In Sulyok et al.'s (1979) newborns, plasma renin activity dropped from about 36 ng/ml/h in the most premature infants to about 1 ng/ml/h at term.", SU_PRA, wrong="about 1 ng/ml/h"),
    C("sulyok-pop", SU, "population", "Sulyok and colleagues (1979) measured renin, aldosterone and sodium balance in one-month-old infants born at 30 to 41 weeks' gestation.", SU_N, wrong="one-month-old infants", accept=["population", "number"]),
    C("sulyok-over", SU, "overreach", "Sulyok et al. (1979) showed that all premature infants are unable to regulate sodium and need routine salt supplements.", SU_CONC, wrong="all premature infants are unable to regulate sodium and need routine salt supplements", truth_alt=[SU_ADR]),
    # Tamaya 1979: none x2, comparator, population
    C("tamaya-n1", TA, "none", "Tamaya et al. (1979) found that estrogen and progesterone receptor levels in ovarian endometriosis appeared lower than in the corresponding normal endometrium.", TA_LOW, truth_alt=[TA_ENDO]),
    C("tamaya-n2", TA, "none", "In the ten cases of adenomyosis studied by Tamaya and colleagues (1979), estrogen and androgen receptors were found every time, whereas progesterone receptors were sometimes undetectable.", TA_ALL, truth_alt=[TA_PR]),
    C("tamaya-comp", TA, "comparator", "Tamaya et al. (1979) reported delayed histologic dating of the aberrant tissue in adenomyosis compared with ovarian endometriosis.", TA_DATE, wrong="compared with ovarian endometriosis"),
    C("tamaya-pop", TA, "population", "Tamaya et al.'s (1979) receptor study included seven cases of peritoneal endometriosis.", TA_ENDO, wrong="peritoneal endometriosis"),
    # Schwartz 1979: none, comparator, duration, design
    C("schwartz-n1", SW, "none", "Schwartz et al. (1979) used a glucose-controlled insulin infusion, an 'artificial beta cell', to hold plasma glucose at a preset level in five diabetic patients during surgery.", SW_N),
    C("schwartz-comp", SW, "comparator", "With the artificial beta cell, Schwartz et al.'s (1979) diabetic patients reached plasma glucose levels during surgery similar to those of diabetics given intravenous insulin injections.", SW_SAME, wrong="diabetics given intravenous insulin injections", truth_alt=[SW_CTRL]),
    C("schwartz-dur", SW, "duration", "After 24 hours of use, the artificial beta cell had brought diabetic patients' plasma glucose down to the level seen in saline-treated normal subjects (Schwartz et al., 1979).", SW_SAME, wrong="After 24 hours of use"),
    C("schwartz-des", SW, "design", "Schwartz and colleagues (1979) randomised diabetic surgical patients to the artificial beta cell or to glucose infusion and found that the device controlled intraoperative hyperglycaemia.", SW_CTRL, wrong="randomised diabetic surgical patients to the artificial beta cell or to glucose infusion", truth_alt=[SW_N]),
]
Path(__file__).resolve().parent.joinpath("claims.json").write_text(json.dumps(claims, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
print(len(claims), "claims written")
