"""Writes claims.json (set 91). Hand-written claims; truth sentences copied verbatim from the main abstracts (pool 14).
The C() helper and the field layout are those of set 55's make_claims.py (its first 30 lines only were read)."""
import json
from pathlib import Path

def C(id, key, kind, claim, truth, wrong=None, truth_alt=None, accept=None):
    d = {"id": id, "key": key, "kind": kind, "claim": claim, "truth": truth}
    if truth_alt: d["truth_alt"] = truth_alt
    if wrong: d["wrong"] = wrong
    if accept: d["accept"] = accept
    return d

MA, SE, PE, HA, JE = "maurer1979predictive", "sellwood1979escherichia", "penther1977coronary", "hausmann1978insulin", "jervell1979diabetes"
OR, MR, ST, SP, MN = "ormsbee1977serologic", "martin1979co2", "strauss1979epilepsy", "spearing1979alcohol", "mann1978effect"
PR, SH, MG, PT, BA = "perelman1977combined", "shaw1978plasma", "migeon1977x", "peterson1977kinetics", "bartoli1979comparison"

MA_COMP = "Results of the optimization method and of other methods used to assess contact allergy in laboratory animals were compared with known epidemiological data on the occurrence of hypersensitivity reactions in man."
MA_SUP = "The degree of sensitization achieved in guinea pigs by the optimized procedure (intradermal test with adjuvant combination) and the maximization procedure was invariably superior to that produced by the epidermal method using prior irritation of the site of application."
MA_10K = "Both the optimized procedure and the maximization test seem to be capable of identifying contact allergens that cause hypersensitivity reactions in as few as 1 in 10,000 of the human population as a whole."
MA_MERIT = "The optimization test merits consideration as a standardized and efficiently predictive procedure."
SE_38 = "There was a high incidence of neonatal scours in 38 litters of pigs born at Compton in a four month period during 1978."
SE_K88 = "The most important cause of the disease was an enteropathogenic Escherichia coli strain which possessed the K88 antigen."
SE_GENO = "These are homozygous dominants (SS) and heterozygotes (Ss) susceptible to infection by virulent K88-positive E coli, and homozygous recessives (ss) resistant to the disease."
SE_HIGH = "The highest incidence of diarrhoea was in the susceptible progeny of resistant dams and susceptible sires."
SE_NONE = "There was no K88 associated diarrhoea in resistant progeny or in susceptible progeny of susceptible dams."
PE_64 = "Macroscopical examination at postmortem of 64 patients who died of their first transmural myocardial infarction (32 with anterior infarctions, 28 with posterior and 4 with lateral), during the first 30 days after the onset of symptoms, has shown that in 59 cases (92.2 p. 100) there was a totally occlusive thrombosis in the coronary artery."
PE_NOREL = "There was no relationship between the presence (59 cases) or the absence (5 cases) of coronary arterial thrombosis with the age, sex, survival time or extent of the infarction."
HA_12 = "12 metabolically healthy subjects were i.v. administered equipotent doses (ED30) of tolbutamide (7.5 mg/kg), glisoxepide (0.02 mg/kg) and glibenclamide (0.006 mg/kg)."
HA_MAX = "The maximum level of insulin follows the injection of tolbutamide with a value of 70.5 micronU/ml after 2 min, of glisoxepide after 5 min (67.0 micronU/ml) and of glibenclamide after 20 min (32.3 micronU/ml)."
HA_PRO = "After the administration of the three compounds proinsulin increases, too, but reaches only 20-40% of the total immunoreactive insulin."
HA_GLIS = "Both the mean blood sugar depression and the highest mean increase of proinsulin is reached after glisoxepide."
JE_234 = "During the years 1970-1977, 234 pregnant diabetics were treated in Oslo."
JE_REG = "A regimen of close metabolic and obstetric control was used."
JE_PNM = "The total perinatal mortality was 4.3%, and 3.1% in 160 patients followed from before week 28."
JE_74 = "In 74% of patients mean blood glucose (determined 4 times daily) during the last 5-6 weeks of pregnancy was below 6 mmol/1 and in only one patient above 8 mmol/1."
JE_RET = "Progression of retinopathy was frequent, and appearance of or progression of proliferative changes occurred in 15 patients with retinopathy before pregnancy."
JE_VIS = "Loss of visual acuity was rare, and reading vision was not lost by any patients."
OR_SERA = "Paired sera from hospitalized Ethiopian patients suffering from febrile illness were examined."
OR_RANK = "In sensitivity the tests ranked micro-IF greater than MA greater than CF greater than WF."
OR_86 = "Antibodies reacting in high titer with R. canada were produced by 86% of patients with rising antibody titers against R. prowazekii."
OR_COMP = "Microagglutination (MA), microcomplement-fixation (CF), indirect microimmunofluorescence (micro-IF) and Weil-Felix (WF) tests were compared for sensitivity and specificity in detection of antibodies against Rickettsia prowazekii and for serologic diagnosis of epidemic typhus fever."
MR_13 = "We found in 13 subjects that CO2 addition to prevent alveolar hypocapnia during cycle ergometer exercise progressing to exhaustion in 12-15 min significantly elevated the VT plateau (mean increase 4.4%; P less than 0.01) as compared with a spontaneous test that induced a mean end-tidal carbon dioxide tension fall of 5.5 Torr."
MR_CONC = "These results suggest that hypocapnia in severe exercise measurably lowers the VT plateau in normal man."
ST_10 = "Blood levels of phenytoin, total thyroxine, and free thyroxine were determined in 10 epileptic women during and following pregnancy."
ST_T4 = "Although total thyroxine concentrations of phenytoin-treated subjects were significantly lower than control values, pregnancy did not appear to diminish the relative increase in total thyroxine seen in normal pregnancy."
ST_LOW = "Phenytoin dosage was increased to improve seizure control but produced relatively low blood levels during pregnancy."
ST_POST = "Following delivery, phenytoin dosage was slightly decreased but produced a significant increase in phenytoin blood levels."
SP_48 = "In a comparative trial, ethanol effectively arrested preterm labor for 48 hours for more in 32% of cases, a beta-adrenergic agent (salbutamol) in 60% of cases (not statistically significant), and a combination of ethanol and indomethacin in 70% of cases (statistically significant, P less than 0.5)."
SP_14 = "Labor was delayed for 14 days or more in 36, 60, and 50%, respectively (not statistically significant)."
SP_SMALL = "The numbers studied were small, and tests of statistical significance were of doubtful value."
MN_25 = "The effect of nitroprusside on regional myocardial specific blood flow (RMBF) was evaluated in 25 patients with the xenon-133 washout technique."
MN_G1 = "In group 1, RMBF was unchanged following nitroprusside."
MN_DEC = "RMBF decreased significantly in both group 2 and group 3, including seven patients in group 3 with high-grade collateral vessels."
MN_NTG = "The results were compared to the effect of nitroglycerin in 31 patients previously studied using the same technique."
MN_GROUPS = "Six patients were normal (group 1), six patients had coronary artery disease without collateral vessels (group 2), and thirteen patients had coronary artery disease with collateral vessels (group 3)."
PR_188 = "During 1963 to 1975, 188 patients were operated following pre-operative irradiation on a betatron with 25 MEV energy."
PR_WEEKS = "The irradiation was conducted for 2 to 3 weeks from 2 or 3 fields daily."
PR_DOSE = "The total focal dose ranged 2500 to 4500 rad."
PR_SURV = "Over 3-years survival was achieved in 69.1%, over 5-years survival in 57.3%."
SH_56 = "To elucidate this question, amino acids were measured in 56 alcoholics and 32 nonalcoholics with liver disease, and in an experimental model of alcoholic liver injury in the baboon."
SH_UP = "By contrast, chronic alcoholic consumption selectively increased these amino acids both in short term (2 to 4 weeks) studies in human beings and in 1 to 4-year studies in baboons."
SH_MOD = "Moderate liver injury had no significant effects on these amino acids whereas advanced cirrhosis depressed branched-chain amino acids."
SH_THUS = "Thus, plasma branched-chain amino acids and alpha-amino-n-butyric acid in the alcoholic are affected by at least three variables: dietary protein deficiency and advanced cirrhosis which tend to decrease these amino acids, and chronic alcohol consumption which tends to increase them."
MG_3 = "Fibroblast cultures derived from the skin of three Hunter heterozygotes have been examined for iduronate sulfatase deficiency primarily by measurement of [35S]-mucopolysaccharide accumulation in the presence and absence of Hunter corrective factor."
MG_CLONES = "For each heterozygote, two populations of clones were observed: normal and enzyme deficient, as predicted by the Lyon hypothesis."
MG_UNCL = "However, the phenotype of the uncloned cultures was usually normal, presumably because of cross-correction, even after storage in liquid N2."
MG_UNSUIT = "The unpredictable behavior of uncloned cultures make them unsuitable for diagnosing the Hunter carrier state."
PT_COMP = "The kinetics of phagocytosis and bacterial killing by normal human polymorphonuclear leukocytes (PMNLs) and by monocytes (MNs) were compared by use of [3H]thymidine-labeled Staphylococcus aureus, Escherichia coli, and Listeria monocytogenes."
PT_TWICE = "The rate of phagocytosis by PMNLs was approximately twice that by MNs for all three bacterial species."
PT_KILL = "All three species were killed rapidly once they were associated with leukocytes; however, the rate of killing by MNs was slower than that of PMNLs."
BA_COMP = "Reactive and exercise hyperemia were compared in healthy men and in patients with PAD."
BA_5 = "In both patients and normals the calf blood flow of reactive hyperemia was recorded after a 5-minute ischemia."
BA_HEALTHY = "In healthy limbs the first and peak flows of exercise and reactive hyperemia are similar."
BA_DIFF = "However, reactive and exercise hyperemia differ significantly when arterial obstruction due to arteriosclerosis obliterans is present."
BA_HIGH = "First flow and peak flow are higher and recovery time more prolonged after exercise."

CLAIMS = [
 # Maurer 1979 (guinea-pig sensitisation methods): none, comparator, overreach, number
 C("maurer-n1", MA, "none",
   "In guinea pigs, Maurer et al. (1979) found that the optimization test (intradermal injection with an adjuvant) and the maximization test consistently sensitized the animals more strongly than an epidermal method applied to pre-irritated skin.",
   MA_SUP),
 C("maurer-comp", MA, "comparator",
   "Maurer and colleagues (1979) judged their guinea-pig sensitization methods against patch-test results from human volunteers exposed to the same substances.",
   MA_COMP, wrong="patch-test results from human volunteers exposed to the same substances", accept=["comparator", "design"]),
 C("maurer-over", MA, "overreach",
   "Maurer et al.'s (1979) animal work showed that the optimization test detects every contact allergen that causes hypersensitivity in humans, making it a definitive screen.",
   MA_10K, wrong="detects every contact allergen that causes hypersensitivity in humans, making it a definitive screen", truth_alt=[MA_MERIT]),
 C("maurer-num", MA, "number",
   "Both the optimization and the maximization tests in guinea pigs appear able to flag contact allergens that sensitize as few as 1 in 1,000 people (Maurer et al., 1979).",
   MA_10K, wrong="1 in 1,000"),

 # Sellwood 1979 (K88 E. coli diarrhoea in pigs; single author): none x2, duration, direction
 C("sellwood-n1", SE, "none",
   "Sellwood (1979) traced a high incidence of neonatal scours in 38 litters of piglets at Compton mainly to an enteropathogenic E. coli strain carrying the K88 antigen.",
   SE_38, truth_alt=[SE_K88]),
 C("sellwood-n2", SE, "none",
   "Piglets homozygous for the absence of the intestinal K88 receptor (ss) are resistant, and in Sellwood's (1979) herd none of these resistant piglets developed K88-associated diarrhoea.",
   SE_NONE, truth_alt=[SE_GENO]),
 C("sellwood-dur", SE, "duration",
   "Sellwood's (1979) report on K88-associated scours covered 38 litters born at Compton over four years.",
   SE_38, wrong="over four years"),
 C("sellwood-dir", SE, "direction",
   "In Sellwood's (1979) herd, diarrhoea was most common in susceptible piglets born to susceptible sows, while susceptible offspring of resistant sows escaped it.",
   SE_HIGH, wrong="most common in susceptible piglets born to susceptible sows, while susceptible offspring of resistant sows escaped it",
   truth_alt=[SE_NONE], accept=["direction", "population"]),

 # Penther 1977 (coronary thrombosis at autopsy after first transmural MI): none, design, duration, direction
 C("penther-n1", PE, "none",
   "At autopsy, Penther et al. (1977) found a totally occlusive coronary thrombosis in 59 of 64 patients (about 92%) who had died of a first transmural myocardial infarction.",
   PE_64),
 C("penther-des", PE, "design",
   "In a prospective angiographic study of 64 patients with a first transmural infarction, Penther et al. (1977) found an occlusive coronary thrombosis in 92% of them.",
   PE_64, wrong="prospective angiographic study"),
 C("penther-dur", PE, "duration",
   "The 64 patients in Penther and colleagues' (1977) autopsy series had died within a year of the onset of their first transmural infarction.",
   PE_64, wrong="within a year"),
 C("penther-dir", PE, "direction",
   "Penther et al. (1977) reported that coronary thrombosis was found more often in older patients and in those with larger infarcts.",
   PE_NOREL, wrong="more often in older patients and in those with larger infarcts"),

 # Hausmann 1978 (i.v. sulfonylureas in healthy subjects): none, population, number, overreach
 C("hausmann-n1", HA, "none",
   "After equipotent intravenous doses, Hausmann et al. (1978) saw insulin peak fastest with tolbutamide (at 2 minutes), then glisoxepide (5 minutes), and latest and lowest with glibenclamide (20 minutes).",
   HA_MAX),
 C("hausmann-pop", HA, "population",
   "Hausmann and colleagues (1978) gave tolbutamide, glisoxepide and glibenclamide intravenously to 12 patients with type 2 diabetes and tracked insulin and proinsulin for two hours.",
   HA_12, wrong="12 patients with type 2 diabetes"),
 C("hausmann-num", HA, "number",
   "In Hausmann et al.'s (1978) study, proinsulin rose after all three sulfonylureas and made up 60-80% of total immunoreactive insulin.",
   HA_PRO, wrong="60-80%"),
 C("hausmann-over", HA, "overreach",
   "Hausmann et al. (1978) proved that glisoxepide is the most effective sulfonylurea for treating diabetes, since it produced the largest fall in blood sugar.",
   HA_GLIS, wrong="proved that glisoxepide is the most effective sulfonylurea for treating diabetes", truth_alt=[HA_12],
   accept=["overreach", "population"]),

 # Jervell 1979 (diabetes and pregnancy, Oslo): none x2, number, overreach
 C("jervell-n1", JE, "none",
   "Among 234 pregnant women with diabetes managed in Oslo between 1970 and 1977 under close metabolic and obstetric control, total perinatal mortality was 4.3% (Jervell et al., 1979).",
   JE_PNM, truth_alt=[JE_234, JE_REG]),
 C("jervell-n2", JE, "none",
   "Jervell and colleagues (1979) noted that retinopathy often progressed during pregnancy, although visual loss was rare and no woman lost her reading vision.",
   JE_VIS, truth_alt=[JE_RET]),
 C("jervell-num", JE, "number",
   "In Jervell et al.'s (1979) Oslo series, mean blood glucose over the last five to six weeks of pregnancy stayed below 6 mmol/l in 47% of the women.",
   JE_74, wrong="47%"),
 C("jervell-over", JE, "overreach",
   "Jervell et al. (1979) showed that close metabolic control makes diabetic pregnancies as safe for the baby as non-diabetic ones.",
   JE_PNM, wrong="makes diabetic pregnancies as safe for the baby as non-diabetic ones", accept=["overreach", "comparator"]),

 # Ormsbee 1977 (serology of epidemic typhus): none, direction, population, number
 C("ormsbee-n1", OR, "none",
   "Comparing four serologic tests on paired sera from febrile patients in Ethiopian hospitals, Ormsbee et al. (1977) found micro-immunofluorescence the most sensitive and the Weil-Felix test the least.",
   OR_RANK, truth_alt=[OR_SERA]),
 C("ormsbee-dir", OR, "direction",
   "In Ormsbee et al.'s (1977) comparison, the Weil-Felix test was more sensitive than micro-immunofluorescence for the serologic diagnosis of epidemic typhus.",
   OR_RANK, wrong="the Weil-Felix test was more sensitive than micro-immunofluorescence"),
 C("ormsbee-pop", OR, "population",
   "Ormsbee and colleagues (1977) evaluated typhus serology on paired sera from hospitalised Nigerian patients with fever.",
   OR_SERA, wrong="Nigerian"),
 C("ormsbee-num", OR, "number",
   "According to Ormsbee et al. (1977), 68% of patients with rising antibody titres against R. prowazekii also had high-titre antibodies to R. canada.",
   OR_86, wrong="68%"),

 # Martin and Weil 1979 (CO2 and exercise tidal volume): none, number, comparator, duration
 C("martin-n1", MR, "none",
   "Martin and Weil (1979) found in 13 subjects that adding CO2 to prevent alveolar hypocapnia during incremental cycling raised the tidal-volume plateau by a mean of 4.4%.",
   MR_13),
 C("martin-num", MR, "number",
   "Adding CO2 to prevent hypocapnia during exhausting cycle exercise raised the tidal-volume plateau by about 44% (Martin & Weil, 1979).",
   MR_13, wrong="about 44%"),
 C("martin-comp", MR, "comparator",
   "In Martin and Weil's (1979) study, CO2 addition raised the exercise tidal-volume plateau relative to a hyperoxic exercise test.",
   MR_13, wrong="relative to a hyperoxic exercise test"),
 C("martin-dur", MR, "duration",
   "The incremental cycle tests in Martin and Weil's (1979) tidal-volume study ran to exhaustion over 45-60 minutes.",
   MR_13, wrong="over 45-60 minutes"),

 # Strauss 1979 (phenytoin and thyroxine in pregnant epileptic women): none x2, design, direction
 C("strauss-n1", ST, "none",
   "Strauss et al. (1979) followed 10 epileptic women on phenytoin through and after pregnancy and found total thyroxine below control values, although pregnancy still produced its usual relative rise.",
   ST_T4, truth_alt=[ST_10]),
 C("strauss-n2", ST, "none",
   "Despite dose increases for seizure control, phenytoin blood levels stayed relatively low during pregnancy in the women studied by Strauss and colleagues (1979).",
   ST_LOW),
 C("strauss-des", ST, "design",
   "In a randomised trial, Strauss et al. (1979) assigned pregnant epileptic women to phenytoin or no treatment and measured their thyroxine levels.",
   ST_10, wrong="In a randomised trial", truth_alt=[ST_T4], accept=["design", "comparator"]),
 C("strauss-dir", ST, "direction",
   "After delivery, Strauss et al. (1979) found that a slight reduction in the phenytoin dose was followed by a significant fall in phenytoin blood levels.",
   ST_POST, wrong="a significant fall in phenytoin blood levels"),

 # Spearing 1979 (preterm labour; single author): none, overreach, duration, comparator
 C("spearing-n1", SP, "none",
   "In Spearing's (1979) comparative trial, ethanol held off preterm labour for at least 48 hours in 32% of women, salbutamol in 60% and ethanol plus indomethacin in 70%, with only the combination's advantage reaching significance.",
   SP_48),
 C("spearing-over", SP, "overreach",
   "Spearing (1979) proved that salbutamol is better than alcohol for stopping preterm labour.",
   SP_48, wrong="proved that salbutamol is better than alcohol", truth_alt=[SP_SMALL]),
 C("spearing-dur", SP, "duration",
   "Labour was postponed by four weeks or more in 36%, 60% and 50% of women given ethanol, salbutamol and ethanol with indomethacin, according to Spearing (1979).",
   SP_14, wrong="four weeks or more"),
 C("spearing-comp", SP, "comparator",
   "Spearing (1979) found that ethanol combined with salbutamol arrested preterm labour in 70% of cases.",
   SP_48, wrong="ethanol combined with salbutamol"),

 # Mann 1978 (nitroprusside and regional myocardial blood flow): none, comparator, direction, design
 C("mann-n1", MN, "none",
   "Using xenon-133 washout, Mann et al. (1978) found that nitroprusside left regional myocardial blood flow unchanged in normal subjects but reduced it in patients with coronary artery disease, with or without collaterals.",
   MN_DEC, truth_alt=[MN_G1]),
 C("mann-comp", MN, "comparator",
   "Mann and colleagues (1978) contrasted nitroprusside's effect on myocardial blood flow with that of isosorbide dinitrate, studied earlier with the same technique.",
   MN_NTG, wrong="isosorbide dinitrate"),
 C("mann-dir", MN, "direction",
   "In Mann et al.'s (1978) study, nitroprusside increased regional myocardial blood flow in coronary patients with high-grade collateral vessels.",
   MN_DEC, wrong="increased"),
 C("mann-des", MN, "design",
   "In a randomised crossover trial, Mann et al. (1978) gave the same 25 coronary patients both nitroprusside and nitroglycerin.",
   MN_NTG, wrong="In a randomised crossover trial", truth_alt=[MN_25], accept=["design", "comparator"]),

 # Perelman 1977 (preoperative irradiation and surgery for lung cancer): none x2, population, design
 C("perelman-n1", PR, "none",
   "Of the 188 lung cancer patients operated on after preoperative betatron irradiation between 1963 and 1975, 57.3% survived more than five years (Perelman et al., 1977).",
   PR_SURV, truth_alt=[PR_188]),
 C("perelman-n2", PR, "none",
   "In Perelman and colleagues' (1977) series, preoperative irradiation was given over two to three weeks, to a total focal dose of 2,500-4,500 rad.",
   PR_WEEKS, truth_alt=[PR_DOSE]),
 C("perelman-pop", PR, "population",
   "Perelman et al. (1977) treated 188 patients with small-cell lung cancer with betatron irradiation followed by surgery.",
   PR_188, wrong="small-cell lung cancer"),
 C("perelman-des", PR, "design",
   "In a randomised controlled trial of preoperative betatron irradiation, Perelman et al. (1977) reported five-year survival of 57.3% among operated lung cancer patients.",
   PR_188, wrong="randomised controlled trial", truth_alt=[PR_SURV]),

 # Shaw and Lieber 1978 (plasma amino acids in alcoholics): none x2, direction, population
 C("shaw-n1", SH, "none",
   "Shaw and Lieber (1978) concluded that chronic drinking raises plasma branched-chain amino acids and alpha-amino-n-butyric acid, whereas dietary protein deficiency and advanced cirrhosis lower them.",
   SH_THUS, truth_alt=[SH_UP]),
 C("shaw-n2", SH, "none",
   "Shaw and Lieber's (1978) study of 56 alcoholics, 32 non-alcoholics with liver disease and alcohol-fed baboons found that moderate liver injury had no significant effect on these amino acids.",
   SH_MOD, truth_alt=[SH_56]),
 C("shaw-dir", SH, "direction",
   "According to Shaw and Lieber (1978), chronic alcohol consumption lowers plasma branched-chain amino acids.",
   SH_UP, wrong="lowers", truth_alt=[SH_THUS]),
 C("shaw-pop", SH, "population",
   "The experimental model of alcoholic liver injury in Shaw and Lieber's (1978) study used rats fed alcohol for 1 to 4 years.",
   SH_UP, wrong="rats", truth_alt=[SH_56]),

 # Migeon 1977 (Hunter heterozygote fibroblasts): none x2, overreach, population
 C("migeon-n1", MG, "none",
   "Migeon et al. (1977) cloned skin fibroblasts from three Hunter heterozygotes and, as the Lyon hypothesis predicts, found both normal and enzyme-deficient clones in each woman.",
   MG_CLONES, truth_alt=[MG_3]),
 C("migeon-n2", MG, "none",
   "Uncloned fibroblast cultures from Hunter carriers usually looked normal, presumably through cross-correction, so Migeon and colleagues (1977) judged them unsuitable for carrier diagnosis.",
   MG_UNSUIT, truth_alt=[MG_UNCL]),
 C("migeon-over", MG, "overreach",
   "Migeon et al. (1977) established uncloned skin fibroblast cultures as a reliable test for detecting carriers of Hunter syndrome.",
   MG_UNSUIT, wrong="established uncloned skin fibroblast cultures as a reliable test", accept=["overreach", "direction"]),
 C("migeon-pop", MG, "population",
   "The fibroblasts in Migeon et al.'s (1977) study came from the skin of three boys affected by Hunter syndrome.",
   MG_3, wrong="three boys affected by Hunter syndrome"),

 # Peterson 1977 (phagocytosis by PMNLs vs monocytes): none, number, design, comparator
 C("peterson-n1", PT, "none",
   "Peterson et al. (1977) found that normal human polymorphonuclear leukocytes took up S. aureus, E. coli and L. monocytogenes roughly twice as fast as monocytes, and killed them faster too.",
   PT_TWICE, truth_alt=[PT_KILL]),
 C("peterson-num", PT, "number",
   "Human polymorphonuclear leukocytes phagocytosed all three bacterial species about five times as fast as monocytes (Peterson et al., 1977).",
   PT_TWICE, wrong="about five times as fast"),
 C("peterson-des", PT, "design",
   "Working in healthy volunteers injected with radiolabelled bacteria, Peterson and colleagues (1977) compared phagocytosis by neutrophils and monocytes.",
   PT_COMP, wrong="healthy volunteers injected with radiolabelled bacteria"),
 C("peterson-comp", PT, "comparator",
   "Peterson et al.'s (1977) comparison of polymorphonuclear leukocytes with alveolar macrophages found the leukocytes the more efficient phagocytes.",
   PT_COMP, wrong="alveolar macrophages"),

 # Bartoli and Dorigo 1979 (reactive vs exercise hyperaemia): none x2, duration, population
 C("bartoli-n1", BA, "none",
   "In healthy men, Bartoli and Dorigo (1979) found that first and peak calf blood flows were similar after exercise and after reactive hyperaemia.",
   BA_HEALTHY),
 C("bartoli-n2", BA, "none",
   "In patients with peripheral arterial disease, exercise continued until pain produced higher first and peak flows and a longer recovery than reactive hyperaemia (Bartoli & Dorigo, 1979).",
   BA_HIGH, truth_alt=[BA_DIFF]),
 C("bartoli-dur", BA, "duration",
   "Bartoli and Dorigo (1979) recorded reactive hyperaemia in the calf after 15 minutes of ischaemia.",
   BA_5, wrong="15 minutes"),
 C("bartoli-pop", BA, "population",
   "Bartoli and Dorigo's (1979) comparison of reactive and exercise hyperaemia enrolled healthy men and patients with Raynaud's phenomenon.",
   BA_COMP, wrong="patients with Raynaud's phenomenon"),
]

if __name__ == "__main__":
    Path(__file__).resolve().parent.joinpath("claims.json").write_text(json.dumps(CLAIMS, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(len(CLAIMS), "claims written")
