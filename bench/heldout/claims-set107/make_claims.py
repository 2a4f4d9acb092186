"""Writes claims.json (set 107, round thirty). Hand-written claims; truth sentences copied verbatim from the main
abstracts (Article/Abstract/AbstractText) of pool 14's records (positions 561-576, 575 skipped). The C() helper and the
field layout are those of set 106's make_claims.py (only its first 30 lines were read)."""
import json
from pathlib import Path

def C(id, key, kind, claim, truth, wrong=None, truth_alt=None, accept=None):
    d = {"id": id, "key": key, "kind": kind, "claim": claim, "truth": truth}
    if truth_alt: d["truth_alt"] = truth_alt
    if wrong: d["wrong"] = wrong
    if accept: d["accept"] = accept
    return d

FO, AG, PA, BI, DA = "fox1977occult", "agha1977comparative", "parry1977treatment", "bistrian1977cellular", "davison1977species"
ST, OS, EV, BO, DR = "stryker1977effect", "oldingstenkvist1977rapid", "everling1978comparison", "boylan1977morphology", "drohan1977distribution"
AN, CH, RE, GR, IS = "anagnostou1977lacunar", "cherrier1977exercise", "rey1979pharmacokinetics", "greenblatt1977factors", "isles1979excess"

# Fox 1977
FO_350 = "Three hundred and fifty New Zealand children with occult tuberculous infection are reviewed."
FO_29 = "Mycobacterium tuberculosis was isolated from 1 or more aspirates in 29 (8.5%) of the children."
FO_XR = "X-rays of the chest which were initially normal showed calcification after 2 to 5 years in 73 (20.8%) cases."
FO_TX = "The 350 children were treated with 2 drugs, during the early years isoniazid and PAS and in the past 3 years isoniazid and rifampicin in standard dosage for either 12 or 18 months."
FO_WHY = "The reasons for treating these children are discussed."
# Agha & Persson 1977
AG_PEAK = "Comparative biokinetic studies in rabbits showed that the maximum activity in kidneys is achieved after 12 min with 99mTc-EDTA(Sn) but already after 6 min with 99mTc-DTPA(Sn)."
AG_LONG = "The long-term disappearance of 99mTc-DTPA(Sn) from the kidneys is about five times faster than that for 99mTc-EDTA(Sn)."
AG_RT = "At room temperature only a few minutes was required to achieve a high labelling yield with 99mTc-DTPA(Sn) whereas about 60 min was required for 99mTc-EDTA(Sn)."
# Parry 1977
PA_71 = "Seventy-one percent of patients treated with ticarcillin alone responded favorably."
PA_SIM = "The response rate was similar in patients treated with a combination of ticarcillin plus gentamicin or with gentamicin alone."
PA_RES = "Ticarcillin-resistant organisms were recovered during treatment in 50% of patients who received this drug; recovery of them was not prevented by the inclusion of gentamicin in the therapeutic regimen nor did they interfere with clinical improvement."
PA_FU = "The ticarcillin-resistant strains persisted at follow-up, two to six months after completion of therapy, in only one of ten patients."
# Bistrian 1977
BI_12 = "Twelve patients with recent weight loss to less than 85% of standard weight-height ratio and a serum albumin level of at least 3 gm/100 ml were considered to have the adult equivalent to marasmus."
BI_SK = "Significant impairment of skin test reactivity while in vitro responsiveness remained intact was noted in the marasmic patients."
BI_CTL = "No impairment was found in 12 individuals with recent weight loss who remained at a weight greater than the 85% weight-height ratio."
BI_4 = "In four marasmic individuals in whom weight loss was arrested by nutritional repletion, skin reactivity returned without substantial change in weight."
# Davison 1977
DA_SPP = "The rate of excretion of labelled hycanthone has been determined in bile and urine from three strains of rats (Sprague-Dawley, hooded and Gunn), and from dogs, cats, rabbits and monkeys."
DA_BILE = "Bile was the major route of excretion in all species; the half-life for excretion of total radioactivity ranged from 1.6 to 3.0 hours."
DA_CAT = "Most of the radioactivity in the bile and urine was found in conjugated form, or as polar metabolites; cat urine, however contained a high percentage of hycanthone and less polar metabolites."
DA_15 = "Some fifteen metabolites have been seen in bile, and/or urine, and nine from in vitro incubations with microsomal preparations."
# Stryker 1977
ST_33 = "Thirty-three patients with gynecological neoplasms undergoing radiotherapy to the pelvis had cholyl[1-14C]glycine breath tests to assess ileal function."
ST_WK = "Breath tests were performed on each patient in the first and fifth weeks of treatment and 19 of the patients had a third test three months post-treatment."
ST_RISE = "This rose to 47.3+/-15.9% (t=6.08; p less than .001) in the fifth week and fell to 36.6+/-16% (t=2.29; p less than .05) at three months post-treatment."
ST_FIRST = "In the first test, 29.9+/-16.8% (mean+/-SD) of the administered dose was excreted in breath 14C in 24 hours."
ST_SUG = "The data suggest that bile acid malabsorption due to ileal dysfunction may be a factor in radiation-induced diarrhea which occurs in nearly all patients during pelvic irradiation."
# Olding-Stenkvist & Grandien 1977
OS_IF = "Indirect immunofluorescence (IF) on cell spreads from nasopharyngeal secretions (NPS) was used for the rapid diagnosis of influenza A infection and was compared with IF on monkey kidney cells infected by NPS."
OS_27 = "In 27 of the 32 patients (84 per cent), the diagnosis was achieved by IF on cell spreads of NPS."
OS_QUICK = "Consequently, the reliability of IF on cell spreads of NPS is very similar to IF on infected cell cultures, but offers a much quicker diagnosis (3-4 h as compared to 1-3 d)."
OS_FP = "No false positive specimens were found among serologically negative subjects by either method."
# Everling 1978
EV_13 = "The effects of moderately rapid oral digitalization and sublingual nitroglycerine were studied in 13 patients with coronary heart disease without signs of manifest heart failure but definite rise in pulmonary artery pressure on ergometric exercise."
EV_DIG = "Digitalis had no effect on exercise-induced rise in pulmonary pressure."
EV_NTG = "On the other hand, the favourable effect of nitroglycerine in lowering pulmonary arterial pressure at rest and preventing an abnormal pressure rise on exercise underlines its value in the treatment of both compensated and uncompensated coronary heart disease."
# Boylan 1977
BO_20 = "The morphology of 20 mammary adenocarcinomas induced by 7,12-dimethylbenz(a)anthracene (DMBA) in Sprague-Dawley rats was compared with their growth characteristics and oestrogen-binding capacity following ovariectomy."
BO_MIT = "The only morphological features which appeared to be correlated with oestrogen-binding capacity were the number of mitoses and the lipid content of the tumour; that is, the oestrogen-binding capacity tended to be lower in tumours with moderate or large numbers of mitoses and in tumours with much lipid in the epithelial cells."
BO_6 = "Six of the 19 adenocarcinomas found prior to sacrifice either continued growing or remained static following ovariectomy, while the others underwent regression."
BO_2M = "In 5 of the regressing tumours a new growth phase was observed, usually beginning 2 months after ovariectomy."
# Drohan 1977
DR_20 = "Approximately 20% of the MPV genome is present as endogenous provirus in rhesus monkeys."
DR_NO = "No MPV-specific proviral sequences were detected in the DNAs of apparently normal tissues of various species of New World monkeys, apes, and humans."
DR_OLD = "The part of the MPV genome that is endogenous to rhesus is also endogenous to the other species of Old World monkeys examined: baboon, African green, and patas."
DR_CONS = "These findings demonstrate that sequences that constitute an integral part of the MPV genome are conserved in the DNAs of several different species of Old World monkeys."
# Anagnostou 1977
AN_22 = "Tissues from 22 cases of nodular sclerosing Hodgkin's disease were studied by light and electron microscopy in conjunction with immunohistologic and cytochemical staining."
AN_LIP = "The presence of lipid in the cytoplasm of lacunar cells suggested that this was responsible for the distinctive \"lacunar\" appearance of the cells."
AN_SEQ = "This proposed sequence was supported by immunoperoxidase studies in which cytoplasmic immunoglobulin was demonstrated in mononuclear Hodgkin's cells, lacunar cells and Reed-Sternberg cells."
AN_KL = "The proposed relationship between these cells was also supported by the findings of both kappa and lambda chains in the same cells, a pattern not seen in reactive transformed lymphocytes."
# Cherrier 1977
CH_100 = "The authors have studied the exercise test carried out at least three months (3-6 months: 52 cases; greater than 6 months: 48 cases) after myocardial infarction in the anterior position (50 cases), in the \"inferior\" position (42 cases), and of a diffuse type (8 cases), in patients who were taking no treatment which might interfere with interpretation of the test."
CH_ANT = "For the anterior infarctions there was a good correlation between ST elevation (J max greater than or equal to 1 mm, or better than the sun of the J greater than or equal to 2 mm) and the presence of severe involvement of the left ventricle."
CH_66 = "ST depression outside the area of necrosis corresponds to a stenosis greater than or equal to 75 p. 100 in 66 p. 100 of cases; it is then lateral, but may extend as far as V2."
# Rey 1979
RE_7 = "Pharmacokinetic of carbamazepine were made in 7 new-borns and in 5 children."
RE_HL = "The mean half-life for elimination was 8.76 +/- 0.85 hr."
RE_SHORT = "The half-life for elimination was much shorter than those already described even in multiple dosing epileptic adult patients."
RE_PRED = "The predicted steady state concentrations disagreed with the concentrations measured."
RE_DOSE = "The drug was given by oral route with a mean dose of 17.2 mg.kg-1."
# Greenblatt 1977
GR_3 = "Three groups of male and female subjects aged 24-74 years received 25, 100, or 200 mg of chlordiazepoxide hydrochloride by mouth as a single dose or as two divided doses."
GR_WT = "Both CDX and DMCDX levels were negatively correlated with weight."
GR_TIME = "Concentrations of CDX decreased, while those of DMCDX increased, with the time since the last dose."
GR_SEX = "Lower levels of both drugs were associated with female sex, and lower levels of DMCDX were noted with increasing age."
# Isles 1979
IS_67 = "Sixty-seven (82%) of the patients with malignant-phase hypertension were smokers compared with 41 (50%) and 71 (43%) of the patients in two control groups with non-malignant hypertension, and 43 people (52%) in a general population survey."
IS_82 = "The smoking habits of 82 patients with malignant-phase hypertension were compared with those of subjects in three control groups matched for age and sex."
IS_5X = "The chance of a hypertensive patient who smoked having the malignant phase was five times that of a hypertensive patient who did not."
IS_12 = "All were alive three and a half years on average after presentation (range 11 months to seven years)."
IS_CONC = "It is concluded that hypertensive patients who smoke are much more likely to develop the malignant phase than those who do not, and that once the condition has developed it follows a particularly lethal course in smokers."

DN = ["duration", "number"]
claims = [
 # Fox: none, number, duration, overreach
 C("fo-none", FO, "none", "Fox (1977) obtained three gastric aspirates from each of 340 hospitalised New Zealand children with occult tuberculous infection and grew Mycobacterium tuberculosis from 29 of them (8.5%).", FO_29, truth_alt=["Three hundred and forty were admitted to hospital and 3 gastric aspirations were obtained from each child and cultured for tubercle bacilli."]),
 C("fo-num", FO, "number", "Among children with occult tuberculous infection whose chest films were normal at first, calcification later appeared in 42% of cases (Fox, 1977).", FO_XR, wrong="42% of cases"),
 C("fo-dur", FO, "duration", "In Fox's New Zealand series, children with occult tuberculous infection received two-drug therapy, latterly isoniazid with rifampicin, for six months.", FO_TX, wrong="for six months", accept=DN),
 C("fo-over", FO, "overreach", "Fox (1977) showed that two-drug treatment of occult tuberculous infection prevented progression to active tuberculosis in all 350 children reviewed.", FO_WHY, truth_alt=[FO_TX], wrong="showed that two-drug treatment of occult tuberculous infection prevented progression to active tuberculosis", accept=["overreach"]),
 # Agha & Persson: none, direction, population, comparator
 C("ag-none", AG, "none", "In rabbits, renal activity of 99mTc-DTPA(Sn) peaked after about 6 minutes, half the 12 minutes taken by 99mTc-EDTA(Sn) (Agha & Persson, 1977).", AG_PEAK),
 C("ag-dir", AG, "direction", "Agha and Persson (1977) reported that over the long term 99mTc-EDTA(Sn) left the kidneys roughly five times faster than 99mTc-DTPA(Sn).", AG_LONG, wrong="99mTc-EDTA(Sn) left the kidneys roughly five times faster than 99mTc-DTPA(Sn)", accept=["direction"]),
 C("ag-pop", AG, "population", "Agha and Persson's biokinetic comparison in dogs found kidney activity peaking at 12 minutes with 99mTc-EDTA(Sn) but at only 6 minutes with the DTPA chelate.", AG_PEAK, wrong="in dogs", accept=["population"]),
 C("ag-comp", AG, "comparator", "At room temperature, Agha & Persson (1977) found that 99mTc-EDTA(Sn) needed about an hour to label well, whereas 99mTc-DMSA(Sn) reached a high yield within minutes.", AG_RT, wrong="99mTc-DMSA(Sn)", accept=["comparator"]),
 # Parry: none, comparator, direction, duration
 C("pa-none", PA, "none", "Parry et al. (1977) reported that 71% of cystic fibrosis patients with Pseudomonas exacerbations responded favourably to ticarcillin given on its own.", PA_71),
 C("pa-comp", PA, "comparator", "In cystic fibrosis exacerbations, ticarcillin alone did about as well as ticarcillin combined with amikacin, according to Parry and colleagues (1977).", PA_SIM, truth_alt=[PA_71], wrong="ticarcillin combined with amikacin", accept=["comparator"]),
 C("pa-dir", PA, "direction", "Parry and colleagues (1977) found that adding gentamicin to ticarcillin prevented the emergence of ticarcillin-resistant organisms in patients with cystic fibrosis.", PA_RES, wrong="prevented the emergence of ticarcillin-resistant organisms", accept=["direction"]),
 C("pa-dur", PA, "duration", "Ticarcillin-resistant strains were still present one to two years after the end of therapy in only one of ten cystic fibrosis patients (Parry et al., 1977).", PA_FU, wrong="one to two years after the end of therapy", accept=DN),
 # Bistrian: none x2, number, design
 C("bi-none1", BI, "none", "Bistrian et al. (1977) found that adults with marasmus had significantly impaired skin-test reactivity even though their lymphocytes responded normally in vitro.", BI_SK),
 C("bi-none2", BI, "none", "According to Bistrian and colleagues (1977), twelve people with recent weight loss who stayed above 85% of standard weight-for-height showed no impairment of cellular immunity.", BI_CTL),
 C("bi-num", BI, "number", "Bistrian's group studied twenty patients with adult marasmus, defined as recent weight loss below 85% of standard weight-for-height with serum albumin of at least 3 g/100 ml.", BI_12, wrong="twenty patients", accept=["number"]),
 C("bi-des", BI, "design", "In a randomised feeding trial, Bistrian et al. (1977) restored skin reactivity in four marasmic patients through nutritional repletion without any substantial weight gain.", BI_4, wrong="In a randomised feeding trial", accept=["design"]),
 # Davison: none x2, number, population
 C("da-none1", DA, "none", "Davison et al. (1977) found bile to be the main route of hycanthone excretion in every species tested, with excretion half-lives of 1.6 to 3.0 hours.", DA_BILE),
 C("da-none2", DA, "none", "In Davison and colleagues' species comparison, cat urine stood out for containing a high percentage of unchanged hycanthone and less polar metabolites.", DA_CAT),
 C("da-num", DA, "number", "Davison et al. (1977) detected some fifty hycanthone metabolites in bile and urine, nine of them also formed by liver microsomes in vitro.", DA_15, wrong="some fifty", accept=["number"]),
 C("da-pop", DA, "population", "Hycanthone excretion was measured in three rat strains and in dogs, cats, rabbits and human volunteers (Davison et al., 1977).", DA_SPP, wrong="human volunteers", accept=["population"]),
 # Stryker: none, duration, design, overreach
 C("st-none", ST, "none", "In 33 women receiving pelvic radiotherapy for gynaecological cancers, Stryker et al. (1977) saw breath 14C excretion of a bile-acid tracer rise from about 30% of the dose in the first week to 47% in the fifth.", ST_RISE, truth_alt=[ST_FIRST, ST_33]),
 C("st-dur", ST, "duration", "Stryker and colleagues (1977) repeated the breath test in 19 of their patients six months after radiotherapy ended.", ST_WK, wrong="six months after radiotherapy ended", accept=DN),
 C("st-des", ST, "design", "Stryker et al.'s cross-sectional survey of 33 patients undergoing pelvic irradiation used cholylglycine breath tests to assess ileal function.", ST_WK, truth_alt=[ST_33], wrong="cross-sectional survey", accept=["design"]),
 C("st-over", ST, "overreach", "Stryker et al. (1977) proved that bile acid malabsorption is the cause of the diarrhoea that nearly all patients develop during pelvic irradiation.", ST_SUG, wrong="proved that bile acid malabsorption is the cause", accept=["overreach"]),
 # Olding-Stenkvist & Grandien: none x2, comparator, number
 C("os-none1", OS, "none", "Olding-Stenkvist and Grandien (1977) made the diagnosis by immunofluorescence on nasopharyngeal cell spreads in 27 of 32 serologically confirmed influenza A cases (84%).", OS_27),
 C("os-none2", OS, "none", "Immunofluorescence on nasopharyngeal secretions proved about as reliable as immunofluorescence on infected cell cultures but gave an answer in 3-4 hours instead of 1-3 days (Olding-Stenkvist & Grandien, 1977).", OS_QUICK),
 C("os-comp", OS, "comparator", "Olding-Stenkvist and Grandien compared immunofluorescence on nasopharyngeal cell spreads with virus isolation in embryonated hens' eggs for the rapid diagnosis of influenza A.", OS_IF, wrong="virus isolation in embryonated hens' eggs", accept=["comparator"]),
 C("os-num", OS, "number", "Immunofluorescence on nasopharyngeal cell spreads identified 31 of the 32 serologically confirmed influenza A infections, according to Olding-Stenkvist & Grandien (1977).", OS_27, wrong="31 of the 32", accept=["number"]),
 # Everling: none, direction, population, design
 C("ev-none", EV, "none", "Everling et al. (1978) found that digitalis did nothing to curb the exercise-induced rise in pulmonary artery pressure in 13 patients with coronary heart disease.", EV_DIG, truth_alt=[EV_13]),
 C("ev-dir", EV, "direction", "According to Everling and colleagues (1978), oral digitalization blunted the rise in pulmonary pressure during exercise in coronary patients.", EV_DIG, wrong="blunted the rise in pulmonary pressure", accept=["direction"]),
 C("ev-pop", EV, "population", "Everling et al. compared digitalis with sublingual nitroglycerine in 13 coronary patients with manifest heart failure whose pulmonary artery pressure rose on exercise.", EV_13, wrong="with manifest heart failure", accept=["population"]),
 C("ev-des", EV, "design", "In a retrospective review of 13 patients' records, Everling et al. (1978) found that nitroglycerine lowered pulmonary arterial pressure at rest and prevented an abnormal rise on exercise.", EV_NTG, truth_alt=[EV_13], wrong="In a retrospective review of 13 patients' records", accept=["design"]),
 # Boylan: none x2, direction, duration
 C("bo-none1", BO, "none", "Boylan et al. (1977) found that six of 19 DMBA-induced rat mammary adenocarcinomas kept growing or stayed static after ovariectomy, while the rest regressed.", BO_6),
 C("bo-none2", BO, "none", "In Boylan and colleagues' study of 20 DMBA-induced mammary adenocarcinomas in Sprague-Dawley rats, oestrogen binding was unrelated to the tumours' growth characteristics.", "The capacity to bind (3H)oestradiol-17B did not appear to be related to the growth characteristics, time of appearance after DMBA administration, or time between ovariectomy and assay for specific oestrogen-binding proteins.", truth_alt=[BO_20]),
 C("bo-dir", BO, "direction", "Rat mammary tumours with many mitoses or much epithelial lipid tended to have a higher oestrogen-binding capacity (Boylan et al., 1977).", BO_MIT, wrong="higher oestrogen-binding capacity", accept=["direction"]),
 C("bo-dur", BO, "duration", "Boylan et al. (1977) observed a new growth phase in five regressing tumours, usually starting about two weeks after ovariectomy.", BO_2M, wrong="about two weeks after ovariectomy", accept=DN),
 # Drohan: none x2, population, overreach
 C("dr-none1", DR, "none", "Drohan et al. (1977) estimated that roughly a fifth of the Mason-Pfizer virus genome is carried as endogenous provirus in rhesus monkeys.", DR_20),
 C("dr-none2", DR, "none", "Drohan and colleagues (1977) detected no Mason-Pfizer virus proviral sequences in the DNA of New World monkeys, apes or humans.", DR_NO),
 C("dr-pop", DR, "population", "Drohan et al.'s hybridization experiments found about 20% of the Mason-Pfizer virus genome present as endogenous provirus in marmosets.", DR_20, wrong="in marmosets", accept=["population"]),
 C("dr-over", DR, "overreach", "Drohan et al. (1977) established that the Mason-Pfizer virus originated from the rhesus monkey's own genome and spread from there to other Old World monkeys.", DR_CONS, truth_alt=[DR_OLD], wrong="established that the Mason-Pfizer virus originated from the rhesus monkey's own genome", accept=["overreach"]),
 # Anagnostou: none, design, comparator, overreach
 C("an-none", AN, "none", "Using light and electron microscopy together with immunohistologic staining on tissue from 22 cases of nodular sclerosing Hodgkin's disease, Anagnostou et al. (1977) suggested that lipid in the cells' cytoplasm accounts for their lacunar appearance.", AN_LIP, truth_alt=[AN_22]),
 C("an-des", AN, "design", "Anagnostou and colleagues (1977) prospectively followed 22 patients with nodular sclerosing Hodgkin's disease and found cytoplasmic immunoglobulin in lacunar and Reed-Sternberg cells.", AN_22, truth_alt=[AN_SEQ], wrong="prospectively followed 22 patients", accept=["design"]),
 C("an-comp", AN, "comparator", "Anagnostou et al. found kappa and lambda chains within the same Hodgkin's cells, a pattern not seen in myeloma plasma cells.", AN_KL, wrong="myeloma plasma cells", accept=["comparator"]),
 C("an-over", AN, "overreach", "Anagnostou et al.'s 1977 study proved that lacunar cells and Reed-Sternberg cells derive from transformed lymphocytes.", AN_KL, truth_alt=[AN_SEQ], wrong="proved that lacunar cells and Reed-Sternberg cells derive from transformed lymphocytes", accept=["overreach"]),
 # Cherrier: none x2, number, population
 C("ch-none1", CH, "none", "Cherrier et al. (1977) analysed exercise tests done at least three months after myocardial infarction in 100 patients: 50 anterior, 42 inferior and 8 diffuse infarcts.", CH_100),
 C("ch-none2", CH, "none", "In anterior infarcts, ST elevation on exercise correlated well with severe left ventricular involvement (Cherrier et al., 1977).", CH_ANT),
 C("ch-num", CH, "number", "Cherrier and colleagues (1977) reported that after inferior infarction, exercise ST depression outside the necrotic area signalled a stenosis of 75% or more in 86% of cases.", CH_66, wrong="in 86% of cases", accept=["number"]),
 C("ch-pop", CH, "population", "Cherrier's group compared exercise testing with coronary angiography and ventriculography in 100 patients at least three months after coronary bypass surgery.", CH_100, wrong="after coronary bypass surgery", accept=["population"]),
 # Rey: none, population, direction, comparator
 C("re-none", RE, "none", "Rey et al. (1979) measured a mean carbamazepine elimination half-life of 8.76 hours in newborns and children, much shorter than reported even in adults with epilepsy on repeated dosing.", RE_HL, truth_alt=[RE_SHORT]),
 C("re-pop", RE, "population", "Rey and colleagues studied the pharmacokinetics of a single oral carbamazepine dose of about 17 mg/kg in 12 adults with epilepsy.", RE_7, truth_alt=[RE_DOSE], wrong="in 12 adults with epilepsy", accept=["population"]),
 C("re-dir", RE, "direction", "Rey et al. (1979) found that steady-state carbamazepine levels predicted from single-dose kinetics agreed closely with those measured in three children.", RE_PRED, wrong="agreed closely with those measured", accept=["direction"]),
 C("re-comp", RE, "comparator", "In neonates and children, carbamazepine's elimination half-life was much shorter than that of the phenobarbital they were already taking (Rey et al., 1979).", RE_SHORT, wrong="than that of the phenobarbital they were already taking", accept=["comparator"]),
 # Greenblatt: none x2, direction, design
 C("gr-none1", GR, "none", "Greenblatt et al. (1977) found that blood levels of both chlordiazepoxide and its metabolite desmethylchlordiazepoxide fell as body weight rose.", GR_WT),
 C("gr-none2", GR, "none", "Greenblatt and colleagues (1977) report that as time since the last dose lengthened, chlordiazepoxide concentrations fell while desmethylchlordiazepoxide concentrations rose.", GR_TIME),
 C("gr-dir", GR, "direction", "Women had higher blood levels of chlordiazepoxide and its desmethyl metabolite than men, Greenblatt et al. (1977) reported.", GR_SEX, wrong="Women had higher blood levels", accept=["direction"]),
 C("gr-des", GR, "design", "Greenblatt and colleagues' meta-analysis of published pharmacokinetic studies related chlordiazepoxide blood levels to age, weight, sex and time since dosing.", GR_3, wrong="meta-analysis of published pharmacokinetic studies", accept=["design"]),
 # Isles: none, number, overreach, duration
 C("is-none", IS, "none", "Isles et al. (1979) found that 82% of patients with malignant-phase hypertension smoked, against 43-52% in the control groups.", IS_67, truth_alt=[IS_82]),
 C("is-num", IS, "number", "A hypertensive smoker was about twice as likely as a non-smoker to have the malignant phase, according to Isles and colleagues (1979).", IS_5X, wrong="about twice as likely", accept=["number"]),
 C("is-over", IS, "overreach", "Isles et al.'s comparison of 82 patients with matched controls proved that smoking causes malignant-phase hypertension.", IS_CONC, truth_alt=[IS_82], wrong="proved that smoking causes malignant-phase hypertension", accept=["overreach"]),
 C("is-dur", IS, "duration", "In Isles et al.'s series, all 12 never-smokers with malignant-phase hypertension were still alive an average of ten years after presentation.", IS_12, wrong="an average of ten years after presentation", accept=DN),
]
Path(__file__).resolve().parent.joinpath("claims.json").write_text(json.dumps(claims, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(len(claims), "claims written")
