"""Writes claims.json (set 86). Hand-written claims; truth sentences copied verbatim from the abstracts (pool 14,
positions 1841-1857). The C() helper and the field layout are those of set 55's make_claims.py (its first lines only were
read)."""
import json
from pathlib import Path

def C(id, key, kind, claim, truth, wrong=None, truth_alt=None, accept=None):
    d = {"id": id, "key": key, "kind": kind, "claim": claim, "truth": truth}
    if truth_alt: d["truth_alt"] = truth_alt
    if wrong: d["wrong"] = wrong
    if accept: d["accept"] = accept
    return d

MA, WO, EI, RA, DI = "maron1977sudden", "wolfe1977substrate", "eisenberg1979paramedic", "rasey1977cure", "dirat1977glycoproteins"
BE, AK, LA, SW, CO = "becker1979surgery", "azadkhan1979coccinia", "laatikainen1979plasma", "sweet1977diagnosis", "corry1978deformation"
ME, LV, GE, HE, GO = "merski1979acute", "lavallee1979lower", "gerlach1978effect", "heys1977histopathologic", "gold1978carriage"

# Maron 1977
MA_42 = "Echocardiographic studies were performed in 42 sets of parents who had at least one infant with Sudden Infant Death Syndrome (SIDS)."
MA_5 = "Asymmetric septal hypertrophy (ASH) was detected by echocardiography in one member of only 5 percent of the 42 sets of parents."
MA_CONC = "Thus, SIDS and ASH do not appear to be commonly associated conditions."
# Wolfe 1977
WO_DUR = "Data are presented on the metabolic and endocrine effects of intravenous infusions in normal fasting man observed under highly controlled conditions over a period of six to eight days duration."
WO_35 = "In all, nine experimental intravenous feeding programs are presented, based on data from 35 subjects observed over a total of 370 subject-days."
WO_AA = "When amino acids were given alone, normal fasting human subjects were always in negative nitrogen balance with the daily nitrogen loss half that seen in starvation alone."
WO_GLU = "In fasting, glucose had protein sparing effect, most evident when given at high dose."
# Eisenberg 1979
EI_604 = "During the period April 1976 through August 1977, 604 patients with out-of-hospital cardiac arrest received emergency resuscitation."
EI_4F = "Considered separately, four factors were found to have a significant association with higher admission and discharge rates :1) paramedic service, 2) rapid time to initiation of cardiopulmonary resuscitation (CPR), 3) rapid time to definitive care, and 4) bystander-initiated CPR."
EI_SURV = "A surveillance system was established to identify cardiac arrest patients receiving emergency care and to collect pertinent information associated with the resuscitation."
EI_OUT = "Outcomes (death, admission, and discharge) were compared in two areas with different types of prehospital emergency care (basic emergency medical technician services vs. paramedic services)."
EI_CONC = "These findings suggest that if reduction in mortality is to be maximized, cardiac arrest patients must have CPR initiated within four minutes and definitive care provided within ten minutes."
EI_MV = "Using multivariate analysis, rapid time to initiation of CPA and rapid time to definitive care were most predictive of admission and discharge."
# Rasey 1977
RA_RBE = "Using local tumor control as an end point, neutron RBEs of 1.7 for single fractions and 2.6 for 5 fractions were obtained."
RA_MIX = "The two mixed schemes yielded RBEs of 1.5 and 1.4, respectively."
RA_TGF = "Therapeutic gain factors, calculated as the ratio of tumor to skin RBE with neutrons or mixed radiations, were highest for the mixed fractionation schemes."
# Dirat 1977
DI_10 = "Using single radial immunodiffusion, ten glycoproteins from non purulent pleural fluids have been estimated in different diseases."
DI_LOW = "The glycoprotein concentration was low in mechanical effusions from cirrhosis and chronic cardiac failure."
DI_HIGH = "It was high in inflammatory, post-embolism and particularly neoplastic effusions."
DI_ORO = "A raised orosomucoid level occurred as the most characteristic of cancer states especially when associated with a parallel increase of the four other glycoproteins."
DI_CONC = "A simultaneously elevated level of these five pleural glycoproteins seems to be a good and significant biological sign for neoplastic effusion diagnosis."
# Becker 1979
BE_20 = "The records of 20 patients who underwent mitral valve replacement for complications of bacterial endocarditis were reviewed."
BE_EMB = "Although the indications for surgery were the same as those for patients with aortic endocarditis, major emboli (cerebral, coronary or retinal) prompted surgery in 8 of 20 patients, a much higher incidence than reported for surgery in aortic valve endocarditis."
BE_16 = "Sixteen of the 20 patients were salvaged by surgery, although some had major residual deficits, related mainly to preoperative emboli."
BE_REINF = "Reinfection of the prosthesis did not occur, and we do not consider duration of preoperative antibiotic therapy an important factor in the decision to perform surgery."
# Azad Khan 1979
AK_DB = "We have conducted a double blind control trial with preparation from the leaves of the plant on uncontrolled, maturity onset diabetics."
AK_6W = "The trial lasted for six weeks for an individual patient."
AK_16 = "Out of the 16 patients who received the experimental preparations 10 showed marked improvement in their glucose tolerance while none out of the 16 patients in the dummy group showed such a marked improvement."
# Laatikainen 1979
LA_1 = "The concentration of medroxyprogesterone acetate (MPA) in plasma samples taken 24 h after intramuscular or oral administration of 100 mg daily doses of the drug to patients with endometrial adenocarcinoma was measured by radioimmunoassay."
LA_4 = "In general, a plasma level of about 4 ng/ml was found 24 h after the dose, independent of the route of drug administration."
LA_SAME = "Plasma levels of patients receiving 100 mg either orally or intramuscularly were the same."
LA_MONTH = "The other group was subdivided and individuals received from 100 to 300mg of MPA orally everyday for a month."
LA_HIGH = "Patients who received the 200 mg and 300 mg dosage of MPA orally exhibited higher mean plasma values."
LA_ADENO = "A study was undertaken to measure the plasma level of the steroid in patients with endometrial adenocarcinoma."
# Sweet 1977
SW_750 = "Acute salpingitis is one of the most common acute gynecologic diseases and occurs in approximately 750,000 women each year in the United States."
SW_PAIN = "Lower abdominal pain and adnexal tenderness are the most consistent findings."
SW_MIX = "Microbiologic data obtained by laparoscopy and culdocentesis have raised questions about the role of N. gonorrhoeae in salpingitis and have demonstrated that, as in pelvic infections generally, acute salpingitis is associated with mixed aerobic-anaerobic bacterial flora."
SW_IUD = "It has come to the attention of researchers recently that the presence of an IUD may ultimately lead to pelvic infection and increased risk of acute salpingitis."
SW_DISC = "This paper discusses the problem of acute salpingitis, one of the most common gynecologic problems."
SW_INT = "Previous investigations indicate that the effectiveness of therapy is dependent upon the interval between onset of symptoms and the initiation of treatment."
# Corry 1978
CO_LEN = "Measurements of the overall length of deformed cells show a nearly linear relationship between cell length and centrifugal force; average cell length increased from 8 to 11 micrometer as the centrifugal field was increased from 2,000 to 15,000 g."
CO_SHAPE = "Examination of the deformed, fixed cells indicates that the vast majority resemble spheres with a flat, triangular tail."
CO_CONC = "These data suggest that this centrifugal technique may be useful for evaluating cellular deformability and, potentially, the material properties of red cells."
CO_FIX = "Cell shape is preserved for microscopic analysis by allowing the sedimenting cells to pass from the physiological medium into a glutaraldehyde fixative solution."
# Merski 1979
ME_RATS = "Male Sprague-Dawley rats were treated with carminomycin i.v. in doses ranging from 1 to 40 mg/kg."
ME_1H = "Within 1 hr after the administration of carminomycin, 20 mg/kg, nucleoli of cardiac and skeletal muscle cells were segregated, while nucleoli of liver parenchyma cells were unaffected."
ME_6X = "The dose of carminomycin required to produce nucleolar segregation in cardiac and skeletal muscle is 6 times greater than the dose of Adriamycin (3.5 mg/kg) required to induce equivalent alterations."
# Lavallée 1979
LV_28 = "Twenty-eight patients with lower urinary tract injuries were reviewed at Hôtel-Dieu de Montréal."
LV_PEL = "Pelvic rami fractures are the main cause of bladder rupture, including almost all cases of extraperitoneal bladder rupture."
LV_URE = "Pelvic fractures are also the main cause of posterior and bulbo-menbranous urethra rupture."
LV_80 = "Rupture of the bladder can be either extraperitoneal (80%) or intraperitoneal (20%)."
# Gerlach 1978
GE_18 = "Eighteen chronic psychiatric patients with neuroleptic-induced tardive dyskinesia of 1/2-9 years duration participated in a double-blind crossover study on the effect and side effects of baclofen and placebo in the treatment of tardive dyskinesia."
GE_3W = "Each treatment phase lasted 3 weeks."
GE_RES = "Baclofen (20-120 mg daily) reduced the hyperkinesias (median score from 5 to 3, P less than 0.05) and increased the parkinsonism (median score from 5 to 7, P less than 0.01)."
GE_SE = "Sediation, muscular weakness, and confusion were observed in 50% of the patients."
# Heys 1977
HE_DES = "The pulpal responses of three ultraviolet-activated composite resins, Nuva-Fil, Experimental UV No. 1 and Experimental UV No. 2, were tested on adult monkey teeth using silicate and zinc oxide eugenol (ZOE) as positive and negative controls."
HE_111 = "A total of 111 teeth were utilized and all materials were evaluated at 3 days, 5 and 8 weeks."
HE_5W = "At 5 weeks there was a reduction of the inflammatory response and the formation of reparative dentin was noted for all ultraviolet composites."
HE_3D = "The 3-day pulpal response of all the ultraviolet-activated composites was slight with some disruption and vacuolization in the odontoblastic layer and a slight inflammatory response."
HE_ZOE = "Generally, ZOE produced the mildest response while silicate produced the most severe response at the three time intervals."
# Gold 1978
GO_2969 = "Asymptomatic carriage of Neisseria meningitidis and Neisseria lactamica was studied in a total of 2,969 healthy infants and children in Danbury, Conn., between October 1971 and June 1975."
GO_NL = "Rates of carriage of N. lactamica increased from 3.8% in three-month-old infants to a peak of 21.0% at 18 months and then declined to 1.8% by 14--17 years of age."
GO_66 = "Of the children who acquired N. lactamica, 66% developed fourfold or greater rises in titers of IgG antibody to groups A, B, and/or C meningococci as determined by immunofluorescence compared with only 5% of control children."
GO_CONC = "Carriage of N. lactamica may assist in the development of natural immunity to N. meningitidis by induction of cross-reactive antibodies."

claims = [
    # --- Maron 1977: none, number, direction, population
    C("maron-n1", MA, "none", "Maron et al. (1977) scanned the hearts of parents who had lost an infant to SIDS and found asymmetric septal hypertrophy in only a small minority of couples, concluding that the two conditions are rarely linked.",
      MA_5, truth_alt=[MA_CONC]),
    C("maron-num", MA, "number", "In Maron et al.'s (1977) echocardiographic survey of parents of SIDS infants, asymmetric septal hypertrophy turned up in one parent in roughly a quarter of the 42 couples.",
      MA_5, wrong="roughly a quarter"),
    C("maron-dir", MA, "direction", "Echocardiography in parents of SIDS victims led Maron and colleagues (1977) to conclude that sudden infant death and asymmetric septal hypertrophy frequently go together.",
      MA_CONC, wrong="frequently go together"),
    C("maron-pop", MA, "population", "Asymmetric septal hypertrophy was uncommon on echocardiography among the surviving siblings of infants who died of SIDS (Maron et al., 1977).",
      MA_42, wrong="surviving siblings"),
    # --- Wolfe 1977: none x2, duration, population
    C("wolfe-n1", WO, "none", "Wolfe et al. (1977) compared nine intravenous feeding regimens in 35 fasting volunteers and found that glucose spared body protein, most clearly at the higher dose.",
      WO_GLU, truth_alt=[WO_35]),
    C("wolfe-n2", WO, "none", "In the infusion studies of Wolfe and colleagues (1977), healthy fasting men given amino acids alone stayed in negative nitrogen balance, although they lost only about half as much nitrogen a day as during plain starvation.",
      WO_AA),
    C("wolfe-dur", WO, "duration", "Wolfe et al.'s (1977) metabolic studies kept fasting subjects on each intravenous feeding programme for six to eight weeks under tightly controlled conditions.",
      WO_DUR, wrong="six to eight weeks"),
    C("wolfe-pop", WO, "population", "Among postoperative surgical patients on intravenous nutrition, adding glucose or fat to amino acid infusions markedly improved nitrogen economy (Wolfe et al., 1977).",
      WO_DUR, wrong="postoperative surgical patients", truth_alt=[WO_AA]),
    # --- Eisenberg 1979: none, number, design, overreach
    C("eisenberg-n1", EI, "none", "Eisenberg et al. (1979) reported that, on multivariate analysis of out-of-hospital cardiac arrests, the speed with which CPR was started and definitive care arrived best predicted hospital admission and discharge.",
      EI_MV),
    C("eisenberg-num", EI, "number", "Of the 460 out-of-hospital cardiac arrest patients resuscitated during Eisenberg and colleagues' (1979) surveillance period, most arrests were put down to primary heart disease.",
      EI_604, wrong="460"),
    C("eisenberg-des", EI, "design", "In a randomized trial, Eisenberg et al. (1979) compared paramedic services with basic emergency medical technician services for out-of-hospital cardiac arrest.",
      EI_OUT, wrong="In a randomized trial", truth_alt=[EI_SURV]),
    C("eisenberg-over", EI, "overreach", "Eisenberg et al.'s (1979) data proved that paramedic programmes cut deaths from out-of-hospital cardiac arrest.",
      EI_4F, wrong="proved that paramedic programmes cut deaths", truth_alt=[EI_CONC]),
    # --- Rasey 1977: none x2, comparator, number
    C("rasey-n1", RA, "none", "Rasey et al. (1977) found that mixing neutron and X-ray fractions gave the greatest therapeutic gain in EMT-6 mouse tumours, judged as tumour RBE relative to skin RBE.",
      RA_TGF),
    C("rasey-n2", RA, "none", "In EMT-6 tumours in mice, the relative biological effectiveness of neutrons for local control rose from 1.7 with a single fraction to 2.6 with five fractions (Rasey et al., 1977).",
      RA_RBE),
    C("rasey-comp", RA, "comparator", "Rasey and colleagues (1977) reported that neutrons given alone produced the highest therapeutic gain factors in mouse EMT-6 tumours.",
      RA_TGF, wrong="neutrons given alone", accept=["comparator", "direction"]),
    C("rasey-num", RA, "number", "The two mixed neutron and X-ray schedules in Rasey et al.'s (1977) EMT-6 experiments gave RBEs of about 2.5 and 2.4.",
      RA_MIX, wrong="2.5 and 2.4"),
    # --- Dirat 1977: none x2, direction, overreach
    C("dirat-n1", DI, "none", "Dirat and Valdiguie (1977) measured ten glycoproteins in non-purulent pleural fluid and found low concentrations in effusions due to cirrhosis or heart failure but high ones in inflammatory, post-embolic and especially malignant effusions.",
      DI_LOW, truth_alt=[DI_HIGH, DI_10]),
    C("dirat-n2", DI, "none", "According to Dirat and Valdiguie (1977), a raised pleural-fluid orosomucoid was the most characteristic sign of malignancy, particularly when four other glycoproteins rose alongside it.",
      DI_ORO),
    C("dirat-dir", DI, "direction", "Dirat and Valdiguie's (1977) immunodiffusion study found glycoprotein concentrations to be lowest in neoplastic pleural effusions.",
      DI_HIGH, wrong="lowest in neoplastic"),
    C("dirat-over", DI, "overreach", "A simultaneous rise in five pleural-fluid glycoproteins definitively diagnoses a malignant effusion (Dirat & Valdiguie, 1977).",
      DI_CONC, wrong="definitively diagnoses"),
    # --- Becker 1979: none x2, design, comparator
    C("becker-n1", BE, "none", "Becker et al. (1979) reported that 16 of 20 patients who had mitral valve replacement for complicated bacterial endocarditis were saved by the operation, though some were left with major deficits, mostly from emboli before surgery.",
      BE_16),
    C("becker-n2", BE, "none", "In Becker and colleagues' (1979) series, no mitral prosthesis became reinfected, and the authors did not regard the length of preoperative antibiotic treatment as important in deciding when to operate.",
      BE_REINF),
    C("becker-des", BE, "design", "Becker et al.'s (1979) prospective trial of mitral valve replacement in 20 patients with bacterial endocarditis found major emboli to be a frequent reason for surgery.",
      BE_20, wrong="prospective trial", truth_alt=[BE_EMB]),
    C("becker-comp", BE, "comparator", "Major emboli prompted mitral valve surgery in 8 of 20 patients with endocarditis, a much higher rate than reported for tricuspid valve endocarditis (Becker et al., 1979).",
      BE_EMB, wrong="tricuspid valve endocarditis"),
    # --- Azad Khan 1979: none, design, duration, comparator
    C("azadkhan-n1", AK, "none", "In a double-blind controlled trial in Bangladesh, Azad Khan et al. (1979) found that 10 of 16 maturity-onset diabetics given Coccinia indica leaf preparations showed marked improvement in glucose tolerance, against none of 16 given a dummy preparation.",
      AK_16, truth_alt=[AK_DB]),
    C("azadkhan-des", AK, "design", "Azad Khan and colleagues (1979) described an open, uncontrolled case series in which maturity-onset diabetics given Coccinia indica leaf preparations improved their glucose tolerance.",
      AK_DB, wrong="an open, uncontrolled case series"),
    C("azadkhan-dur", AK, "duration", "Each patient in Azad Khan et al.'s (1979) Coccinia indica trial took the leaf preparation or a dummy for six months.",
      AK_6W, wrong="six months"),
    C("azadkhan-comp", AK, "comparator", "Azad Khan et al. (1979) found that Coccinia indica leaves improved glucose tolerance in maturity-onset diabetics more often than tolbutamide did.",
      AK_16, wrong="than tolbutamide did"),
    # --- Laatikainen 1979: none, population, direction, duration
    C("laatikainen-n1", LA, "none", "Laatikainen et al. (1979) found that 24 hours after a 100 mg dose of medroxyprogesterone acetate, plasma levels in women with endometrial adenocarcinoma were around 4 ng/ml whether the drug had been taken by mouth or injected.",
      LA_4, truth_alt=[LA_SAME]),
    C("laatikainen-pop", LA, "population", "In women with advanced breast cancer, plasma medroxyprogesterone acetate levels a day after 100 mg doses were much the same after oral and intramuscular dosing (Laatikainen et al., 1979).",
      LA_1, wrong="advanced breast cancer", truth_alt=[LA_ADENO]),
    C("laatikainen-dir", LA, "direction", "Laatikainen and colleagues' (1979) patients taking 200 or 300 mg of oral medroxyprogesterone acetate daily had lower mean plasma levels than those taking 100 mg.",
      LA_HIGH, wrong="lower mean plasma levels"),
    C("laatikainen-dur", LA, "duration", "In Laatikainen et al.'s (1979) study, patients took 100 to 300 mg of oral medroxyprogesterone acetate every day for a year, with plasma levels measured daily.",
      LA_MONTH, wrong="for a year"),
    # --- Sweet 1977: none x2, design, direction
    C("sweet-n1", SW, "none", "Sweet (1977) estimated that acute salpingitis affects about 750,000 American women each year and noted that lower abdominal pain and adnexal tenderness are its most consistent findings.",
      SW_750, truth_alt=[SW_PAIN]),
    C("sweet-n2", SW, "none", "Cultures obtained at laparoscopy and culdocentesis, Sweet (1977) noted, link acute salpingitis to a mixed aerobic-anaerobic flora and cast doubt on the gonococcus as the whole story.",
      SW_MIX),
    C("sweet-des", SW, "design", "In a randomized trial of antibiotic regimens for acute salpingitis, Sweet (1977) found that treatment worked best when it was started soon after symptoms began.",
      SW_DISC, wrong="In a randomized trial of antibiotic regimens", truth_alt=[SW_INT]),
    C("sweet-dir", SW, "direction", "Sweet's (1977) review stated that wearing an IUD appears to lower the risk of acute salpingitis.",
      SW_IUD, wrong="lower the risk"),
    # --- Corry 1978: none, direction, overreach, number
    C("corry-n1", CO, "none", "Corry and Meiselman (1978) spun human red cells at high speed into glutaraldehyde fixative and found that most of them took the shape of a sphere with a flat, triangular tail.",
      CO_SHAPE, truth_alt=[CO_FIX]),
    C("corry-dir", CO, "direction", "Corry and Meiselman (1978) found that red cells became shorter as the centrifugal field was raised.",
      CO_LEN, wrong="became shorter"),
    C("corry-over", CO, "overreach", "High-speed centrifugation into fixative provides a validated clinical test of red cell deformability (Corry & Meiselman, 1978).",
      CO_CONC, wrong="a validated clinical test"),
    C("corry-num", CO, "number", "In Corry and Meiselman's (1978) experiments, average red cell length rose from 8 to 11 micrometres as the field was increased from 200 to 1,500 g.",
      CO_LEN, wrong="200 to 1,500 g"),
    # --- Merski 1979: none x2, population, comparator
    C("merski-n1", ME, "none", "Merski et al. (1979) found that within an hour of an intravenous 20 mg/kg dose of carminomycin, nucleoli in rat heart and skeletal muscle cells became segregated while liver cell nucleoli were spared.",
      ME_1H),
    C("merski-n2", ME, "none", "In rats, carminomycin had to be given at about six times the Adriamycin dose to cause the same nucleolar segregation in heart and skeletal muscle (Merski et al., 1979).",
      ME_6X),
    C("merski-pop", ME, "population", "Merski and colleagues (1979) gave carminomycin intravenously to mice at 1 to 40 mg/kg and examined the ultrastructure of heart, skeletal muscle and liver.",
      ME_RATS, wrong="to mice"),
    C("merski-comp", ME, "comparator", "Merski et al.'s (1979) study found that carminomycin needed a dose six times higher than daunorubicin to produce equivalent nucleolar changes in cardiac and skeletal muscle.",
      ME_6X, wrong="daunorubicin"),
    # --- Lavallée 1979: none, design, number, overreach
    C("lavallee-n1", LV, "none", "Reviewing 28 patients with lower urinary tract injuries in Montreal, Lavallée et al. (1979) found that pelvic fractures were the main cause of both bladder rupture and posterior urethral rupture.",
      LV_PEL, truth_alt=[LV_28, LV_URE]),
    C("lavallee-des", LV, "design", "Lavallée et al. (1979) prospectively followed 28 patients with lower urinary tract trauma at the Hôtel-Dieu de Montréal.",
      LV_28, wrong="prospectively followed"),
    C("lavallee-num", LV, "number", "Of the bladder ruptures described by Lavallée and colleagues (1979), roughly half were extraperitoneal.",
      LV_80, wrong="roughly half"),
    C("lavallee-over", LV, "overreach", "Lavallée et al. (1979) found that pelvic rami fractures caused every bladder rupture in their series.",
      LV_PEL, wrong="caused every bladder rupture"),
    # --- Gerlach 1978: none, population, direction, duration
    C("gerlach-n1", GE, "none", "In a double-blind crossover trial, Gerlach et al. (1978) found that baclofen reduced hyperkinetic movements in chronic psychiatric patients with tardive dyskinesia but worsened parkinsonism, and half the patients had sedation, weakness or confusion.",
      GE_RES, truth_alt=[GE_SE, GE_18]),
    C("gerlach-pop", GE, "population", "Baclofen reduced hyperkinesias compared with placebo in 18 patients with levodopa-induced dyskinesia (Gerlach et al., 1978).",
      GE_18, wrong="levodopa-induced dyskinesia"),
    C("gerlach-dir", GE, "direction", "Gerlach and colleagues' (1978) crossover trial found that baclofen eased parkinsonian symptoms as well as hyperkinesias in tardive dyskinesia.",
      GE_RES, wrong="eased parkinsonian symptoms"),
    C("gerlach-dur", GE, "duration", "Each treatment phase in Gerlach et al.'s (1978) baclofen-placebo crossover lasted three months.",
      GE_3W, wrong="three months"),
    # --- Heys 1977: none x2, comparator, duration
    C("heys-n1", HE, "none", "Heys et al. (1977) placed three UV-activated composite resins in 111 rhesus monkey teeth and saw only slight pulp reactions at 3 days, with inflammation subsiding and reparative dentin forming by 5 weeks.",
      HE_3D, truth_alt=[HE_5W, HE_111]),
    C("heys-n2", HE, "none", "At every time point, zinc oxide eugenol caused the mildest pulp response and silicate the most severe (Heys et al., 1977).",
      HE_ZOE),
    C("heys-comp", HE, "comparator", "Heys and colleagues (1977) tested three ultraviolet-activated composites in monkey teeth against amalgam and zinc oxide eugenol controls.",
      HE_DES, wrong="amalgam"),
    C("heys-dur", HE, "duration", "Heys et al.'s (1977) monkey study followed the pulp response to UV-activated composite resins for up to eight months.",
      HE_111, wrong="eight months"),
    # --- Gold 1978: none, number, population, overreach
    C("gold-n1", GO, "none", "Gold et al. (1978) found that carriage of Neisseria lactamica among healthy Connecticut children peaked at about 21% at 18 months of age and fell to under 2% by the mid-teens.",
      GO_NL),
    C("gold-num", GO, "number", "In Gold and colleagues' (1978) study, 36% of children who acquired N. lactamica developed fourfold or greater rises in IgG antibody to meningococci, compared with 5% of control children.",
      GO_66, wrong="36%"),
    C("gold-pop", GO, "population", "Gold et al. (1978) studied asymptomatic meningococcal and N. lactamica carriage in 2,969 military recruits in Connecticut.",
      GO_2969, wrong="military recruits"),
    C("gold-over", GO, "overreach", "Gold et al.'s (1978) findings proved that carrying N. lactamica protects children against meningococcal disease.",
      GO_CONC, wrong="proved that carrying N. lactamica protects children"),
]
Path(__file__).resolve().parent.joinpath("claims.json").write_text(json.dumps(claims, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
print(len(claims))
