"""Writes claims.json (set 83). Hand-written claims; truth sentences copied verbatim from the abstracts (pool 14,
positions 1231-1247). The C() helper and the field layout are those of set 55's make_claims.py (its first lines only
were read)."""
import json
from pathlib import Path

def C(id, key, kind, claim, truth, wrong=None, truth_alt=None, accept=None):
    d = {"id": id, "key": key, "kind": kind, "claim": claim, "truth": truth}
    if truth_alt: d["truth_alt"] = truth_alt
    if wrong: d["wrong"] = wrong
    if accept: d["accept"] = accept
    return d

GR, SU, PI, AL, SA = "griffiss1977immunoepidemiology", "suzuki1977beta", "pitts1979evaluation", "alausa1977laboratory", "saadjian1977hemodynamic"
DE, KA, IB, KF, GA = "delavelle1977use", "kaizer1979autologous", "ibraimov1979ptc", "kaufman1977control", "garnery1979oriental"
BO, LE, HO, CO, RO = "bookstein1977angiographic", "lee1977effect", "holbrook1979ntau", "conrath1977clinical", "rostan1979acute"

# Griffiss 1977
GR_TYPE = "Antisera to the six original antigenic factors of the Gold serotyping schema were adequate for typing 94% of strains, including all of the epidemic strains."
GR_CMP = "Fifty-eight epidemic strains of serogroup B, C, and Y that occurred simultaneously among military recruits at two basic training centers during a period of epidemic meningococcal disease were compared with 62 strains of serogroups A, B, C, and Y isolated worldwide."
GR_ARR = "The array of serotyping factors in the epidemic strains differed from those in the nonepidemic strains."
GR_SERO = "Epidemic strains were almost exclusively of two serotypes, with type CII predominant among strains of groups B and C."
# Suzuki 1977
SU_LIV = "Marked deficiency of hepatic 4-methylumbelliferyl (4MU) and GM1 beta-galactosidases was demonstrated in these diseases."
SU_LEU = "Leukocyte GM1 beta-galactosidase was also deficient in mucolipidoses."
SU_CAUSE = "The cause of this enzyme deficiency in these diseases is not clear at present."
SU_SEC = "It seems to be affected seondarily by exgenous factors such as unknown stored materials in the cells."
SU_MPS = 'Mucopolysaccharides were not increased in the livers of two cases of I-cell disease and a case of "beta-galactosidase deficiency".'
# Pitts 1979
PI_10 = "Ten of the 29 patients (34.5%) had contaminated cases."
PI_PRAC = "However, the practical fact is that a substantial percentage (34.5% in this study) of soft lens wearers are inadequately disinfecting their lenses."
PI_REC = "Recent reports of bacterial corneal ulcers in cosmetic soft contact lens wearers prompted an evaluation of one possible source of contamination, inadequate home disinfection of the lenses."
PI_SRC = "This serves as a possible source of contamination leading to bacterial corneal ulcers."
# Alausa 1977
AL_RETRO = "The paper records the results of a retrospective study of laboratory findings on samples sent for diagnosis of possible tuberculosis among patients attending or admitted to hospital during the 8 years, 1968-1975."
AL_N = "Out of a total of 23 419 such samples, 2479 were positive for tubercle bacilli: both direct microscopy and cultural examinations were carried out, except in the case of many sputum samples which were strongly positive on direct film examination."
AL_77 = "It was found that the simple examination of stained smears would detect 77% of positive sputa, but was unsatisfactory for other specimens, where cultural examination was essential."
AL_FALL = "The yearly figures give little indication of a fall in the incidence of clinically significant tuberculosis over the past 8 years."
# Saadjian 1977
SA_147 = "The haemodynamic profiles of 147 cases of myocardial infarction investigated within 30 hours of the clinical onset were studies in relation to the topography of the necrosis on the ECG: there were 36 inferior (I), 29 postero-inferior (PI), 22 antero-septal (AS), 38 antero-lateral (AL), 15 deep septal (DS), and 7 strictly posterior or lateral (PL)."
SA_LV = "Graphs of left ventricular function as well as an analysis of the various other parameters show that the DS, the AL, and to a lesser extent the PI are associated with the grossest depression of left ventricular function."
SA_RV = "A study of right ventricular function as well as the correlations between the pulmonary and right atrial pressures confirms the presence of right ventricular disfunction in DS and PI necroses."
# Delavelle 1977
DE_11 = "The activity of demeclotetracyclin, and ADH antagonist, is studied in 11 ethylic patients with cirrhosis of the liver, under a large hydric diet (1500 cm3)."
DE_600 = "The prescription of the cyclin (600 mg daily) is always determined by a fall of the urinary osmolarity (-36%) and by a dramatic improvement of the free water clearance (+ 60%); consecutively, we observe an increase of natremia in 8 out of 9 cases."
DE_SPIRO = "Associated with Spironolactone (200 mg daily) the anti-ADH activity persists (the free water clearance becomes positive in 5 out of 10 patients), in spite of the natriuretic activity of anti-aldosterone ; a minimal fall of the natremia is observed in only 2 cases."
# Kaizer 1979
KA_7 = "Preliminary clinical trials using cryopreserved autologous bone marrow reinfusion have now been carried out at our institution in 5 children and 2 adults with advanced stages of neuroblastoma, rhabdomyosarcoma, non-Hodgkin's lymphoma and small cell carcinoma of the lung."
KA_REC = "Partial or complete hematologic reconstitution was achieved in all patients."
KA_CMV = "Two patients have died of interstitial pneumonitis due to cytomegalovirus."
KA_25 = "The other patient had a complete response and remains tumor-free 25+ months following therapy."
# Ibraimov 1979
IB_POP = "The dimorphism in sensitivity to PTC, with a dilution scale up to 29, was studied in 320 male and 320 female Kirghiz students, 45 male and 200 female Russian students in Frunze, and in 734 Kirghiz schoolchildren in a high-altitude area of South Kirghizia."
IB_SEX = "In all the groups studied it was established that such factors as sex and age have no modifying effect on sensitivity to PTC and the pattern of the distribution of sensitivity."
IB_HYP = "Among the Kirghiz students there was a very small percentage (1.2%) of hypersensitive subjects (dil. No. 18), while 14.1% of the Kirghiz children of one Kyzyl-Dzhar school were hypersensitive."
IB_ALL = "Family studies of probands suggest the existence of a new (third) allele (T2) which determines hypersensitivity to PTC."
# Kaufman 1977
KF_39 = "Liver function and clotting tests were evaluated in 39 patients with variceal bleeding prior to superior mesenteric artery vasopressin infusion."
KF_A = "In six patients with mild hepatic dysfunction (Child's class A), permanent control of hemorrhage was achieved in all six and all survived the hospitalization."
KF_C = "In only four of 12 patients with severe hepatic dysfunction (Child's class C) was control of hemorrhage achieved (33 percent)."
KF_CONC = "It is concluded that the effectiveness of vasopressin in variceal hemorrhage is a function of the underlying liver disease and derangements in clotting function."
# Garnery 1979
GA_41 = "To do this we compared the Meridian Imbalance Diagrams of 22 patients entering our hospital for surgical operations with those 19 in a healthy control group."
GA_4 = "Four significantly different ratios became evident."
GA_NEW = "The Oriental diagnosis data of this new group were then compared to the data of the control group."
GA_10R = "This time, 10 ratios were found to be significantly different."
GA_CONC = "This shows the existence of a pattern of Oriental diagnosis corresponding to a specific Western diagnosis."
# Bookstein 1977
BO_AIM = "An experiment was designed to fulfill the following aims: (1) to develop a model of nonocclusive intestinal ischemic injury compatible with survival for several days; (2) to determine the accuracy of angiography in diagnosing the presence and extent of intestinal ischemic injury; and (3) to determine the therapeutic and diagnostic value of intraarterial papaverine infusion."
BO_DOG = "Experimental shock models were developed in the dog, and efficacy of the hypovolemic and normovolemic models was confirmed by gross and histologic evidence of intestinal injury in surviving dogs."
BO_NO = "No reliable angiographic signs of intestinal mucosal injury could be elicited."
BO_PAP = "Infusion of papaverine into the superior mesenteric artery within 2 hr of the onset of shock prevented or ameliorated intestinal injury."
# Lee 1977
LE_D = "The time requiring for 90% inactivation at 110 degrees C (D110 value) obtained in buffer and in beef broth was 18 and 60 min, respectively."
LE_MEN = "Various heating menstrua included 0.04 M Veronal buffer (pH 7.4), beef broth, and fractions of beef broth obtained by ultrafiltration or precipitation with ammonium sulfate."
LE_5X = "When the concentration of beef broth was increased fivefold, the D110 increased to 78 min."
LE_RES = "Results indicated a dialyzable factor, whose protective effect was partially destroyed by trypsin and chymotrypsin but did not by disodium ethylenediaminetetraacetate, was involved in the protection of enterotoxin B during heating."
# Holbrook 1979
HO_15 = "Fifteen pieces of rectus abdominus muscle and fifteen pieces of taenia muscle were removed from patients undergoing various surgical procedures."
HO_VAL = "The rectus muscles contained 3.13 +/- 0.7 mumols Ntau-methylhistidine/g fat-free dry solid and the taenia muscles 2.4 +/- 0.6 mumols/g fat-free dry solid."
HO_P = "There was a statistically significant difference (P less than 0.05) between these values using the Student's unpaired tau test, although this could have been due to contamination of the taenia muscles with connective tissue."
HO_40 = "The muscle content of Ntau-methylhistidine was at least 40% higher than the only other reported value and therefore the method of calculating muscle protein breakdown based on Ntau-methylhistidine excretion requires revision."
# Conrath 1977
CO_1000 = "Over 1000 patients who came to a clinic seeking medical attention were examined remotely by one of the four systems."
CO_BASE = "The diagnoses, patient management programs, etc., of the clinic physician were used as the basis for comparison."
CO_NS = "We found no significant differences in diagnostic accuracy, proportion of supporting investigations requested, e.g., laboratory tests and X rays, time taken for the diagnostic consultations and the effectiveness of patient management across the four communication modes."
CO_CHEAP = "Therefore, the cheapest mode is the most cost-effective."
# Rostan 1979
RO_131 = "131 cases of acute arterial obstruction were treated during 1973-1977, 70 (52%) of these cases were seen in patients of over 70 years of age and 20 out of them died during the first two months of the surgical treatment, 8 patients were amputed."
RO_40 = "The long term evaluation of 40 patients who survived for more than two months after the surgical treatment shows a very high mortality (14 of the 40 surviving patients died during the first two years of the surgical treatment)."
RO_CONC = "The long term results after arterial obstruction in old patients has high mortality and the number of amputations is directly proportional to the delay before commencement of the surgical treatment."

claims = [
    # Griffiss 1977: none x2, population, comparator
    C("gr-n1", GR, "none", "Griffiss et al. (1977) reported that antisera to the six original Gold serotyping factors could type 94% of the meningococcal strains they tested, every epidemic strain among them.", GR_TYPE),
    C("gr-n2", GR, "none", "During an outbreak of meningococcal disease in military recruits, the epidemic strains belonged almost entirely to two serotypes, with type CII predominating in groups B and C (Griffiss et al., 1977).", GR_SERO),
    C("gr-pop", GR, "population", "Griffiss and colleagues (1977) serotyped meningococcal strains from an epidemic among university students and found that they belonged almost exclusively to two serotypes.", GR_CMP,
      wrong="from an epidemic among university students", truth_alt=[GR_SERO]),
    C("gr-comp", GR, "comparator", "Griffiss et al.'s (1977) serotyping study compared 58 epidemic strains from military recruits with strains carried by healthy recruits at the same training centres and found a different array of serotyping factors.", GR_CMP,
      wrong="with strains carried by healthy recruits at the same training centres", truth_alt=[GR_ARR], accept=["comparator", "population"]),
    # Suzuki 1977: none, direction, population, overreach
    C("su-n1", SU, "none", "Suzuki et al. (1977) found a marked deficiency of both 4MU and GM1 beta-galactosidase in liver tissue from patients with mucopolysaccharidoses and mucolipidoses.", SU_LIV),
    C("su-dir", SU, "direction", "In the livers of patients with I-cell disease, Suzuki et al. (1977) found mucopolysaccharides to be markedly increased alongside the enzyme deficiency.", SU_MPS,
      wrong="found mucopolysaccharides to be markedly increased"),
    C("su-pop", SU, "population", "Besides the liver findings, Suzuki and colleagues (1977) found leukocyte GM1 beta-galactosidase to be deficient in the mucopolysaccharidoses.", SU_LEU,
      wrong="deficient in the mucopolysaccharidoses"),
    C("su-ovr", SU, "overreach", "Suzuki et al.'s (1977) enzyme study proved that material stored in the cells is what causes the beta-galactosidase deficiency in I-cell disease.", SU_CAUSE,
      wrong="proved that material stored in the cells is what causes", truth_alt=[SU_SEC]),
    # Pitts and Krachmer 1979: none, number, population, overreach
    C("pi-n1", PI, "none", "When Pitts and Krachmer (1979) cultured the unopened lens cases of 29 soft contact lens wearers, about a third (10 cases) turned out to be contaminated.", PI_10),
    C("pi-num", PI, "number", "Pitts and Krachmer (1979) found contaminated lens cases in 19 of the 29 soft contact lens wearers whose home disinfection they checked.", PI_10,
      wrong="19 of the 29"),
    C("pi-pop", PI, "population", "In patients being treated for bacterial corneal ulcers, a third had contaminated lens cases, suggesting faulty home disinfection (Pitts & Krachmer, 1979).", PI_PRAC,
      wrong="In patients being treated for bacterial corneal ulcers", truth_alt=[PI_REC]),
    C("pi-ovr", PI, "overreach", "Pitts and Krachmer's (1979) study proved that poor home disinfection of soft lenses causes bacterial corneal ulcers.", PI_SRC,
      wrong="proved that poor home disinfection of soft lenses causes bacterial corneal ulcers"),
    # Alausa 1977: none, design, duration, direction
    C("al-n1", AL, "none", "Alausa et al. (1977) found that stained smears alone picked up about three-quarters (77%) of positive sputum samples but were unreliable for other specimens, which needed culture.", AL_77),
    C("al-des", AL, "design", "In a prospective study of samples sent from hospital patients for tuberculosis testing, Alausa and colleagues (1977) found that 2479 of 23,419 grew or showed tubercle bacilli.", AL_RETRO,
      wrong="In a prospective study", truth_alt=[AL_N]),
    C("al-dur", AL, "duration", "Alausa et al.'s (1977) review of 23,419 laboratory samples sent for tuberculosis diagnosis covered an 18-year period.", AL_RETRO,
      wrong="an 18-year period"),
    C("al-dir", AL, "direction", "According to Alausa et al. (1977), the yearly laboratory figures from 1968 to 1975 showed a clear decline in clinically significant tuberculosis.", AL_FALL,
      wrong="showed a clear decline in clinically significant tuberculosis"),
    # Saadjian 1977: none x2, duration, number
    C("sa-n1", SA, "none", "Saadjian et al. (1977) found that deep septal and anterolateral infarcts, and to a lesser degree postero-inferior ones, went with the most severe depression of left ventricular function.", SA_LV),
    C("sa-n2", SA, "none", "Right ventricular dysfunction was present in deep septal and postero-inferior infarctions in Saadjian and colleagues' (1977) haemodynamic study.", SA_RV),
    C("sa-dur", SA, "duration", "Saadjian et al. (1977) studied the haemodynamics of 147 myocardial infarctions within 30 days of clinical onset and related them to the ECG site of necrosis.", SA_147,
      wrong="within 30 days"),
    C("sa-num", SA, "number", "In 47 cases studied within hours of acute myocardial infarction, the haemodynamic profile varied with the ECG site of the infarct (Saadjian et al., 1977).", SA_147,
      wrong="47 cases"),
    # Delavelle 1977: none, number, direction, comparator
    C("de-n1", DE, "none", "In Delavelle et al.'s (1977) study of alcoholic patients with cirrhosis, demeclocycline 600 mg a day lowered urine osmolality, improved free water clearance and raised serum sodium in 8 of 9 cases.", DE_600),
    C("de-num", DE, "number", "Delavelle et al. (1977) gave demeclocycline at 1,200 mg daily to 11 patients with alcoholic cirrhosis and saw a marked rise in free water clearance.", DE_600,
      wrong="1,200 mg daily", truth_alt=[DE_11]),
    C("de-dir", DE, "direction", "Delavelle and colleagues (1977) reported that demeclocycline increased urinary osmolality by about a third in cirrhotic patients with hyponatraemia.", DE_600,
      wrong="increased urinary osmolality"),
    C("de-comp", DE, "comparator", "When Delavelle et al. (1977) combined demeclocycline with furosemide, its anti-ADH effect persisted, with free water clearance turning positive in half of the patients.", DE_SPIRO,
      wrong="with furosemide"),
    # Kaizer 1979: none x2, population, duration
    C("ka-n1", KA, "none", "Kaizer et al. (1979) reported partial or complete recovery of blood counts in every patient given cryopreserved autologous marrow after marrow-ablative therapy.", KA_REC),
    C("ka-n2", KA, "none", "Two of the patients in Kaizer and colleagues' (1979) autologous marrow series died of cytomegalovirus interstitial pneumonitis.", KA_CMV),
    C("ka-pop", KA, "population", "Kaizer et al. (1979) reinfused cryopreserved autologous bone marrow in seven patients with acute leukaemia after intensive therapy.", KA_7,
      wrong="patients with acute leukaemia"),
    C("ka-dur", KA, "duration", "One of Kaizer et al.'s (1979) patients had a complete response and remained tumour-free more than four years after autologous marrow transplantation.", KA_25,
      wrong="more than four years"),
    # Ibraimov and Mirrakhimov 1979: none, direction, population, overreach
    C("ib-n1", IB, "none", "Ibraimov and Mirrakhimov (1979) found that neither sex nor age altered PTC taste sensitivity in any of the Kirghiz or Russian groups they tested.", IB_SEX),
    C("ib-dir", IB, "direction", "In Ibraimov and Mirrakhimov's (1979) survey of Kirghiz and Russian students, women were markedly more sensitive to the bitter taste of PTC than men.", IB_SEX,
      wrong="women were markedly more sensitive to the bitter taste of PTC than men"),
    C("ib-pop", IB, "population", "Ibraimov and Mirrakhimov (1979) found an unusually high rate of PTC hypersensitivity (14.1%) among Russian students in Frunze.", IB_HYP,
      wrong="among Russian students in Frunze", truth_alt=[IB_POP]),
    C("ib-ovr", IB, "overreach", "Family studies proved that a third allele, T2, is responsible for hypersensitivity to PTC (Ibraimov & Mirrakhimov, 1979).", IB_ALL,
      wrong="Family studies proved that"),
    # Kaufman 1977: none x2, number, design
    C("kf-n1", KF, "none", "Kaufman et al. (1977) found that superior mesenteric artery vasopressin stopped variceal bleeding for good in all six Child's class A patients, all of whom survived their admission.", KF_A),
    C("kf-n2", KF, "none", "How well intra-arterial vasopressin controls variceal haemorrhage depends on the severity of the underlying liver disease and on clotting derangements (Kaufman et al., 1977).", KF_CONC),
    C("kf-num", KF, "number", "In Kaufman and colleagues' (1977) series, bleeding was controlled in 9 of 12 patients with Child's class C liver disease.", KF_C,
      wrong="9 of 12"),
    C("kf-des", KF, "design", "A randomised controlled trial by Kaufman et al. (1977) in 39 patients with variceal bleeding found that superior mesenteric artery vasopressin worked best when liver function was preserved.", KF_39,
      wrong="A randomised controlled trial"),
    # Garnery 1979: none, comparator, design, overreach
    C("ga-n1", GA, "none", "Garnery et al. (1979) compared the Meridian Imbalance Diagrams of 22 surgical patients with those of 19 healthy controls and found four ratios that differed significantly.", GA_41,
      truth_alt=[GA_4]),
    C("ga-comp", GA, "comparator", "Garnery and colleagues (1979) compared the meridian readings of the patients who turned out to have stomach cancer with those of patients with peptic ulcer and found 10 ratios that differed.", GA_NEW,
      wrong="with those of patients with peptic ulcer", truth_alt=[GA_41], accept=["comparator", "population"]),
    C("ga-des", GA, "design", "Garnery et al.'s (1979) randomised controlled trial found that 10 meridian ratios differed significantly between stomach cancer patients and healthy controls.", GA_41,
      wrong="randomised controlled trial", truth_alt=[GA_10R]),
    C("ga-ovr", GA, "overreach", "Garnery et al. (1979) proved that Oriental meridian diagnosis can replace Western diagnosis of stomach cancer.", GA_CONC,
      wrong="proved that Oriental meridian diagnosis can replace Western diagnosis of stomach cancer"),
    # Bookstein 1977: none, population, duration, design
    C("bo-n1", BO, "none", "In Bookstein et al.'s (1977) canine shock models, angiography gave no reliable signs of injury to the intestinal mucosa.", BO_NO),
    C("bo-pop", BO, "population", "Bookstein et al. (1977) found that, in patients in shock, papaverine infused into the superior mesenteric artery within 2 hours prevented or lessened intestinal injury.", BO_PAP,
      wrong="in patients in shock", truth_alt=[BO_DOG]),
    C("bo-dur", BO, "duration", "Papaverine infused into the superior mesenteric artery within 12 hours of the onset of shock protected the intestine from ischaemic injury in dogs (Bookstein et al., 1977).", BO_PAP,
      wrong="within 12 hours"),
    C("bo-des", BO, "design", "Bookstein and colleagues' (1977) retrospective review of angiograms found that the abnormalities seen were due to shock itself and resolved once the shock was relieved.", BO_AIM,
      wrong="retrospective review of angiograms", truth_alt=[BO_DOG]),
    # Lee 1977: none x2, direction, comparator
    C("le-n1", LE, "none", "Lee et al. (1977) found that staphylococcal enterotoxin B heated at 110 degrees C took over three times as long to be 90% inactivated in beef broth as in buffer (60 vs 18 minutes).", LE_D),
    C("le-n2", LE, "none", "A dialysable factor in beef broth, partly destroyed by trypsin and chymotrypsin but not by EDTA, appeared to protect enterotoxin B during heating (Lee et al., 1977).", LE_RES),
    C("le-dir", LE, "direction", "Lee and colleagues (1977) reported that concentrating beef broth fivefold made enterotoxin B easier to destroy by heating.", LE_5X,
      wrong="made enterotoxin B easier to destroy by heating"),
    C("le-comp", LE, "comparator", "Lee et al. (1977) found that enterotoxin B withstood heating at 110 degrees C far longer in beef broth than in skim milk.", LE_D,
      wrong="than in skim milk", truth_alt=[LE_MEN]),
    # Holbrook 1979: none x2, overreach, number
    C("ho-n1", HO, "none", "Holbrook et al. (1979) measured N-tau-methylhistidine in 15 rectus abdominis and 15 taenia samples taken at surgery and found somewhat more in the skeletal muscle (3.13 vs 2.4 umol/g fat-free dry solid).", HO_VAL,
      truth_alt=[HO_15]),
    C("ho-n2", HO, "none", "Because muscle N-tau-methylhistidine was at least 40% higher than the only earlier estimate, Holbrook and colleagues (1979) argued that protein-breakdown estimates based on its urinary excretion need revising.", HO_40),
    C("ho-ovr", HO, "overreach", "Holbrook et al. (1979) established that human smooth muscle contains less N-tau-methylhistidine than skeletal muscle.", HO_P,
      wrong="established that human smooth muscle contains less N-tau-methylhistidine than skeletal muscle"),
    C("ho-num", HO, "number", "Holbrook et al.'s (1979) values for muscle N-tau-methylhistidine were at least four times the only previously reported figure.", HO_40,
      wrong="at least four times"),
    # Conrath 1977: none x2, direction, comparator
    C("co-n1", CO, "none", "Conrath et al. (1977) found no significant differences in diagnostic accuracy, tests ordered, consultation time or patient management between colour television, black-and-white television, still-frame television and hands-free telephone consultations.", CO_NS),
    C("co-n2", CO, "none", "Because the four telemedicine modes performed alike in over 1000 clinic patients, Conrath and colleagues (1977) concluded that the cheapest was the most cost-effective.", CO_CHEAP,
      truth_alt=[CO_1000]),
    C("co-dir", CO, "direction", "Conrath et al. (1977) found that colour television consultations gave significantly more accurate remote diagnoses than the hands-free telephone.", CO_NS,
      wrong="gave significantly more accurate remote diagnoses than the hands-free telephone"),
    C("co-comp", CO, "comparator", "In Conrath et al.'s (1977) evaluation of telemedicine, remote diagnoses were judged against those of a panel of specialists reviewing the case notes.", CO_BASE,
      wrong="a panel of specialists reviewing the case notes"),
    # Rostan 1979: none, duration, design, number
    C("ro-n1", RO, "none", "Rostan et al. (1979) reported that of 40 elderly patients who survived the first two months after surgery for acute limb arterial obstruction, 14 died within two years.", RO_40),
    C("ro-dur", RO, "duration", "Among patients over 70 treated surgically for acute arterial obstruction of the limbs, 20 died within the first two weeks (Rostan et al., 1979).", RO_131,
      wrong="within the first two weeks"),
    C("ro-des", RO, "design", "In a prospective randomised trial of surgery for acute limb arterial occlusion in the elderly, Rostan and colleagues (1979) found that amputations rose with the delay before treatment.", RO_131,
      wrong="prospective randomised trial", truth_alt=[RO_CONC]),
    C("ro-num", RO, "number", "Rostan et al. (1979) found that over 80% of their 131 cases of acute arterial obstruction occurred in patients older than 70.", RO_131,
      wrong="over 80%"),
]

Path(__file__).resolve().parent.joinpath("claims.json").write_text(json.dumps(claims, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
print(len(claims), "claims written")
