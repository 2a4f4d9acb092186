"""Writes claims.json (set 109, round thirty). Hand-written claims; truth sentences copied verbatim from the main
abstracts (Article/Abstract/AbstractText) of pool 14's records (positions 945-962 as listed in SELECTION.md). The C()
helper and the field layout are those of set 106's make_claims.py (only its first 30 lines were read)."""
import json
from pathlib import Path

def C(id, key, kind, claim, truth, wrong=None, truth_alt=None, accept=None):
    d = {"id": id, "key": key, "kind": kind, "claim": claim, "truth": truth}
    if truth_alt: d["truth_alt"] = truth_alt
    if wrong: d["wrong"] = wrong
    if accept: d["accept"] = accept
    return d

BH, SU, SE, WI, BE = "bhat1979protease", "schuhl1979oral", "serjeant1979comparison", "wirtschafter1979consultant", "bennion1979development"
BU, KO, CH, BO, TA = "burr1977effects", "kodama1979surgical", "christofides1979release", "bonelli1979effect", "taylor1978immunohistological"
SC, AB, WA, JO, RE = "schild1977use", "abell1979significance", "walker1977mobile", "jokinen1977bronchial", "reeves1977beryllium"

BH_20 = "The inhibitory activities increased up to 20 weeks in amniotic fluid and remained in the same range up to 30 weeks; a sharp fall was observed at term."
BH_SER = "In serum, there was a gradual rise of activities with peak values around 30 weeks."
BH_RAT = "The ratios of antitryptic to antichymotryptic activities remained fairly constant (1.54 +/- 0.07) in amniotic fluid throughout pregnancy."
SU_32 = "Thirty-two asthmatic children, mean age 9.6 years (range: 6-14 years), were studied by oral challenge with acetylsalicylic acid (Aspirin), and their PEFR was recorded at 30 min intervals for 3 hr."
SU_INC = "In the group as a whole there was an increase in the PEFR values of 13.9%, 150 min after aspirin challenge."
SE_41 = "Clinical and haematological features in 41 patients with sickle cell-beta0 thalassaemia (Sbeta0 thalassemia) and in 123 age--sex matched controls with homozygous sickle cell (SS) disease were compared."
SE_SPL = "Persistence of splenomegaly was more common and fetal loss less common in Sbeta0 thalassemia but other clinical features were similar in the two genotypes."
SE_HB = "Total haemoglobin, Hb A2, PCV, CCV, and red cell count were significantly higher and MCV, MCH, MCHC, and ISC counts significantly lower in Sbeta0 thalassaemia."
WI_73 = "Seventy-three physicians throughout Alabama delivered appropriate chemotherapy at nearly 97% of 2612 visits by 195 patients."
WI_DFI = "Disease-free intervals of 149 of those patients treated in a prospective clinical trial are indistinguishable from those of comparable patients treated largely within academic centers."
WI_SYS = "This system provides a mechanism for decentralizing speciality care, incorporating community physicians into clinical trials, and improving continuing medical education techniques."
WI_IMP = "We have implemented a consultant-extender system that enables community physicians, in cooperation with regional specialists, to deliver adjuvant chemotherapy to patients with node-positive breast cancer."
BE_66 = "To determine whether highly saturated bile is a congenital or acquired characteristic of Pima Indians and to elucidate the basis of the rapid postpubertal increase in gallstones in Pimas, we studied the bile of 66 Pimas nine to 21 years of age."
BE_13 = "Highly saturated bile is not prevalent among Pimas under the age of 13, but bile saturation increases significantly (P less than 0.05) in both sexes during pubertal growth and development."
BE_15 = "Bile saturation was 15 per cent higher in females than males."
BU_RCT = "The effects of discontinuing long-term diuretic therapy were investigated by means of a double-blind randomized controlled trial."
BU_52 = "Of the remaining patients, 52 continued to receive diuretics while 54 were given matching placebo tablets."
BU_8 = "Eight in the latter group required diuretic therapy to be resumed during the following 12 weeks."
KO_174 = "174 cases of middle cerebral artery aneurysm submitted to surgical operations without using microscope were reviewed."
KO_9 = "Of 174 cases, 9 were dead (mortality rate 5.2%) and 18 were poor (10.4%)."
KO_BAD = "Bad operative outcome is due to the obstruction of the middle cerebral artery around the aneurysmal neck."
CH_28 = "After a standard hospital lunch the plasma concentration of motilin showed a small, transient, but significant rise in 28 healthy subjects."
CH_ORAL = "Individual food components either stimulated (oral fat) or suppressed release (oral glucose)."
CH_IV = "Plasma motilin levels were, in addition, altered to an equal extent by intravenous nutrients, with glucose and amino acids suppressing release, and intravenous fat causing a significant rise in plasma concentration."
BO_6 = "The effect of calculation stress on hemodynamic parameters and plasma adrenalin and noradrenalin was studied in two groups of 6 male subjects, before and during beta-Blockade."
BO_15 = "One group received propranolol 15 mg i.v. and the other received mepindolol sulphate 0,5 mg i.v."
BO_HR = "The stress-induced rise in HR but not that in blood pressure could be prevented by beta-receptor blockage with propranolol and mepindolol sulfate."
BO_ADR = "Propranolol had no effect on the increased adrenalin concentration during stress, but it was prevented by mepindolol sulfate."
TA_24 = "Paraffin sections of surgical and autopsy material from 24 cases of primary CNS lymphoma were examined for the presence of cytoplasmic immunoglobulin by an immunoperoxidase technique."
TA_13 = "Definite staining for cytoplasmic immunoglobulin was observed in 13 cases, and in eight of these the pattern of staining was consistent with current concepts of monoclonality."
TA_12 = "Morphologically 12 of the 24 cases resembled immunoblastic sarcoma occurring outside the CNS."
TA_CON = "It was concluded that the primary CNS lymphomas resemble their counterparts occurring outside the CNS, and that at least a proportion are derived from the B lymphocyte."
SC_VIL = "The frequency and durability of antibody so detected in selected residents of two Gambian villages (Manduar and Kafuta) are described."
SC_68 = "Results indicated that infection with influenza was widespread in Manduar residents on several occasions between 1968 and 1974 and that reinfection with A/Hong Kong/68 virus or its antigenic variants occurred frequently."
SC_28 = "Serum levels of antibodies to the haemagglutinin and neuraminidase antigens of the A/Hong Kong/68 virus often persisted for only a short time (mean half-life about 28 days), particularly after first infections."
SC_REP = "Antibody persistence increased following repeated reinfection."
AB_5000 = "Maternal hypoglycaemia (plasma glucose below 5th centile) had a highly significant association with fetal growth retardation, and perinatal mortality was significantly increased in the presence of both hypoglycaemia and hyperglycaemia (plasma glucose above 95th centile) when pregnancy outcome was analyzed in 5000 consecutive patients who had a glucose tolerance test performed during the third trimester of pregnancy."
AB_DEX = "Hypertonic dextrose therapy administered to the patient with persistently subnormal urinary oestriol excretion was less likely to cause a favourable response in oestriol excretion if glucose tolerance was abnormal, perhaps because the adverse influences of abnormal glucose tolerance were not reversible by the third trimester of pregnancy."
AB_NEED = "Hypoglycaemia and hyperglycaemia, additional to diabetes mellitus, are significant factors in the aetiology and diagnosis of abnormal pregnancy, and point to the need to investigate therapeutic measures."
WA_8 = "The mobile services examined were far more costly (8 to 14 times greater) per likely-effective-patient-contact than comparable care delivered from permanently staffed fixed clinics."
WA_AIR = "This was particularly so for the air-delivered service."
WA_LAND = "Land vehicles are cheaper than aircraft for visiting the more accessible facilities; for the more distant clinics, the cost of journeys by land vehicle are similar to those by aircraft."
WA_JUST = "The main justification for the use of mechanical transport in connection with primary health care is regular supportive (not policing) visits by skilled health workers to rural clinics."
JO_297 = "A total of 297 bronchoscopies were performed on 238 patients with pulmonary tuberculosis at the Paivarinne Chest Hospital during the period 1967--1973."
JO_172 = "The tuberculous process was deemed active in 172 patients and inactive in 66."
JO_20 = "Active endobronchial tuberculosis was diagnosed in 20 patients, 11.6% of the active cases, whereas inactive sequelae of endobronchial tuberculosis appeared in 7% of the total material."
RE_RAB = "Beryllium is a proven bone carcinogen in rabbits, and proven pulmonary carcinogen in rats."
RE_DOSE = "Median effective doses or concentrations can be computed only with considerable uncertainty; they appear to be in the 10 mg area (as total dose, in divided intravenous injections, expressed as Be for zinc beryllium silicate) for rabbits, and in the 20 alpha/m3 area (as atmospheric concentration for inhalation exposures lasting for at least three months, expressed as Be for beryllium sulfate) for rats."
RE_GP = "It is also proven that, at least from inhalation, guinea pigs do not develop beryllium cancers."
RE_HUM = "Epidemiologic studies in humans are thus far unconfirmed but do not show increased cancer morbidity among beryllium workers."

claims = [
    # Bhat 1979: none, number, direction, duration
    C("bh-none", BH, "none", "Bhat et al. (1979) found that in maternal serum the antitryptic and antichymotryptic activities rose gradually over pregnancy, peaking at around 30 weeks.", BH_SER),
    C("bh-num", BH, "number", "According to Bhat and colleagues (1979), the ratio of antitryptic to antichymotryptic activity in amniotic fluid stayed fairly constant at about 2.54 throughout pregnancy.", BH_RAT, wrong="about 2.54", accept=["number"]),
    C("bh-dir", BH, "direction", "Protease-inhibitory activity in amniotic fluid, after levelling off between 20 and 30 weeks, climbed to its highest level at term (Bhat et al., 1979).", BH_20, wrong="climbed to its highest level at term", accept=["direction"]),
    C("bh-dur", BH, "duration", "Bhat et al.'s (1979) measurements showed inhibitory activity in amniotic fluid continuing to increase until about 36 weeks of gestation.", BH_20, wrong="until about 36 weeks of gestation", accept=["duration", "number"]),
    # Schuhl & Pereyra 1979: none, population, direction, design
    C("su-none", SU, "none", "When Schuhl and Pereyra (1979) gave oral aspirin to 32 asthmatic children aged 6 to 14, peak expiratory flow across the group had risen by 13.9% two and a half hours after the challenge.", SU_INC, truth_alt=[SU_32]),
    C("su-pop", SU, "population", "Schuhl & Pereyra (1979) challenged 32 adults with asthma with oral aspirin and recorded their peak flow every half hour for three hours.", SU_32, wrong="32 adults with asthma", accept=["population"]),
    C("su-dir", SU, "direction", "In Schuhl and Pereyra's (1979) study, the oral aspirin challenge produced a significant drop in peak expiratory flow across the group of asthmatic children.", SU_INC, wrong="a significant drop in peak expiratory flow", accept=["direction"]),
    C("su-des", SU, "design", "In a randomised, placebo-controlled crossover trial, Schuhl and Pereyra (1979) tested oral aspirin in 32 asthmatic children.", SU_32, wrong="a randomised, placebo-controlled crossover trial", accept=["design", "comparator"]),
    # Serjeant 1979: none x2, comparator, direction
    C("se-none1", SE, "none", "Serjeant et al. (1979) compared the clinical and haematological features of 41 patients with sickle cell-beta0 thalassaemia with those of 123 age- and sex-matched controls who had homozygous sickle cell disease.", SE_41),
    C("se-none2", SE, "none", "Total haemoglobin was significantly higher, and MCV and MCHC significantly lower, in sickle cell-beta0 thalassaemia than in SS disease, in Serjeant and colleagues' (1979) comparison.", SE_HB),
    C("se-comp", SE, "comparator", "Serjeant et al.'s (1979) study set 41 patients with sickle cell-beta0 thalassaemia against 123 matched healthy controls with normal haemoglobin.", SE_41, wrong="123 matched healthy controls with normal haemoglobin", accept=["comparator"]),
    C("se-dir", SE, "direction", "Fetal loss was more common in sickle cell-beta0 thalassaemia than in homozygous sickle cell disease (Serjeant et al., 1979).", SE_SPL, wrong="Fetal loss was more common", accept=["direction"]),
    # Wirtschafter 1979: none x2, number, overreach
    C("wi-none1", WI, "none", "Under the consultant-extender system described by Wirtschafter and colleagues (1979), 73 physicians across Alabama gave appropriate chemotherapy at nearly 97% of the 2612 visits made by 195 patients.", WI_73),
    C("wi-none2", WI, "none", "Wirtschafter et al. (1979) reported that disease-free intervals for 149 of the patients, treated in a prospective clinical trial, could not be distinguished from those of comparable patients treated mostly in academic centres.", WI_DFI),
    C("wi-num", WI, "number", "In Wirtschafter et al.'s (1979) programme, community doctors delivered appropriate chemotherapy at only about 79% of visits.", WI_73, wrong="only about 79% of visits", accept=["number"]),
    C("wi-over", WI, "overreach", "Wirtschafter and colleagues (1979) showed that community physicians can safely replace specialist oncologists for adjuvant breast cancer chemotherapy everywhere.", WI_SYS, truth_alt=[WI_IMP], wrong="can safely replace specialist oncologists for adjuvant breast cancer chemotherapy everywhere", accept=["overreach"]),
    # Bennion 1979: none, number, population, comparator
    C("be-none", BE, "none", "Bennion et al. (1979) found that highly saturated bile was uncommon among Pima Indians younger than 13, but that bile saturation rose significantly in both sexes during puberty.", BE_13),
    C("be-num", BE, "number", "Females' bile was 35 per cent more saturated than males', Bennion and colleagues (1979) reported.", BE_15, wrong="35 per cent", accept=["number"]),
    C("be-pop", BE, "population", "Bennion et al. (1979) examined the bile of 66 Navajo young people aged nine to 21.", BE_66, wrong="66 Navajo young people", accept=["population"]),
    C("be-comp", BE, "comparator", "Compared with age-matched white adolescents, the 66 young Pimas in Bennion et al.'s (1979) study had more highly saturated bile.", BE_66, wrong="Compared with age-matched white adolescents", accept=["comparator"]),
    # Burr 1977: none, duration, design, comparator
    C("bu-none", BU, "none", "In Burr et al.'s (1977) double-blind trial in elderly long-stay patients, 52 kept taking their diuretics and 54 received matching placebo; eight of the placebo group needed diuretics restarted within 12 weeks.", BU_8, truth_alt=[BU_52]),
    C("bu-dur", BU, "duration", "Burr and colleagues (1977) followed the elderly patients for a year after withdrawal, during which eight of those on placebo had to restart diuretic therapy.", BU_8, wrong="for a year after withdrawal", accept=["duration", "number"]),
    C("bu-des", BU, "design", "In an open, non-randomised comparison, Burr et al. (1977) looked at what happens when elderly patients stop long-term diuretics.", BU_RCT, wrong="an open, non-randomised comparison", accept=["design"]),
    C("bu-comp", BU, "comparator", "Burr et al. (1977) compared continuing diuretics with switching to a potassium-sparing diuretic in 106 elderly long-stay patients.", BU_52, wrong="switching to a potassium-sparing diuretic", accept=["comparator"]),
    # Kodama 1979: none x2, number, design
    C("ko-none1", KO, "none", "Kodama et al. (1979) reviewed 174 middle cerebral artery aneurysms operated on without a microscope; nine patients died, a mortality rate of 5.2%.", KO_9, truth_alt=[KO_174]),
    C("ko-none2", KO, "none", "Kodama and colleagues (1979) attributed bad operative outcomes to obstruction of the middle cerebral artery around the aneurysm's neck.", KO_BAD),
    C("ko-num", KO, "number", "Of the 174 patients in Kodama et al.'s (1979) series, 18 died (a mortality rate of 10.4%).", KO_9, wrong="18 died (a mortality rate of 10.4%)", accept=["number"]),
    C("ko-des", KO, "design", "Kodama et al.'s (1979) prospective trial of 174 patients evaluated surgery for middle cerebral artery aneurysm without an operating microscope.", KO_174, wrong="prospective trial", accept=["design"]),
    # Christofides 1979: none x2, direction, population
    C("ch-none1", CH, "none", "Christofides et al. (1979) saw a small, short-lived but significant rise in plasma motilin in 28 healthy subjects after a standard hospital lunch.", CH_28),
    C("ch-none2", CH, "none", "Intravenous glucose and amino acids suppressed motilin release, whereas intravenous fat raised plasma motilin, according to Christofides and colleagues (1979).", CH_IV),
    C("ch-dir", CH, "direction", "In Christofides et al.'s (1979) study, oral glucose stimulated the release of motilin.", CH_ORAL, wrong="oral glucose stimulated the release of motilin", accept=["direction"]),
    C("ch-pop", CH, "population", "Christofides et al. (1979) measured plasma motilin after a standard hospital lunch in 28 patients with diabetes.", CH_28, wrong="28 patients with diabetes", accept=["population"]),
    # Bonelli 1979: none, number, comparator, direction
    C("bo-none", BO, "none", "Bonelli et al. (1979) found that beta-blockade with propranolol or mepindolol prevented the rise in heart rate during mental arithmetic stress, but not the rise in blood pressure.", BO_HR),
    C("bo-num", BO, "number", "In Bonelli and colleagues' (1979) study, one group of six men received 50 mg of intravenous propranolol.", BO_15, wrong="50 mg of intravenous propranolol", accept=["number"]),
    C("bo-comp", BO, "comparator", "Bonelli et al. (1979) compared intravenous propranolol with atenolol in two groups of six male volunteers under calculation stress.", BO_15, wrong="with atenolol", accept=["comparator"]),
    C("bo-dir", BO, "direction", "Propranolol abolished the stress-induced rise in plasma adrenalin (Bonelli et al., 1979).", BO_ADR, wrong="Propranolol abolished", accept=["direction"]),
    # Taylor 1978: none x2, number, overreach
    C("ta-none1", TA, "none", "Taylor et al. (1978) stained paraffin sections from 24 primary CNS lymphomas by immunoperoxidase; 13 showed definite cytoplasmic immunoglobulin, eight of them in a monoclonal pattern.", TA_13, truth_alt=[TA_24]),
    C("ta-none2", TA, "none", "Half of the 24 primary CNS lymphomas examined by Taylor and colleagues (1978) looked morphologically like immunoblastic sarcoma arising outside the CNS.", TA_12),
    C("ta-num", TA, "number", "Definite cytoplasmic immunoglobulin staining was seen in 19 of the 24 primary CNS lymphomas (Taylor et al., 1978).", TA_13, wrong="19 of the 24", accept=["number"]),
    C("ta-over", TA, "overreach", "Taylor et al.'s (1978) study established that all primary CNS lymphomas derive from B lymphocytes.", TA_CON, wrong="established that all primary CNS lymphomas derive from B lymphocytes", accept=["overreach"]),
    # Schild 1977: none, duration, direction, population
    C("sc-none", SC, "none", "Schild and colleagues (1977) found that influenza infection had been widespread in the Gambian village of Manduar on several occasions between 1968 and 1974, with frequent reinfection by A/Hong Kong/68 or its variants.", SC_68),
    C("sc-dur", SC, "duration", "In Schild et al.'s (1977) Gambian survey, antibodies to A/Hong Kong/68 often lasted only briefly, with a mean half-life of about 28 weeks.", SC_28, wrong="about 28 weeks", accept=["duration", "number"]),
    C("sc-dir", SC, "direction", "Schild et al. (1977) found that antibody persistence shortened with each repeated reinfection.", SC_REP, wrong="shortened with each repeated reinfection", accept=["direction"]),
    C("sc-pop", SC, "population", "Using portable immunoplates, Schild et al. (1977) studied influenza antibodies among residents of two rural Kenyan villages.", SC_VIL, wrong="two rural Kenyan villages", accept=["population"]),
    # Abell 1979: none x2, design, overreach
    C("ab-none1", AB, "none", "Abell (1979), analysing 5000 consecutive pregnancies with a third-trimester glucose tolerance test, found maternal hypoglycaemia strongly associated with fetal growth retardation.", AB_5000),
    C("ab-none2", AB, "none", "Hypertonic dextrose given for persistently low urinary oestriol was less likely to produce a favourable oestriol response when glucose tolerance was abnormal (Abell, 1979).", AB_DEX),
    C("ab-des", AB, "design", "Abell's (1979) retrospective case-control study of 5000 women found perinatal mortality significantly raised with both maternal hypoglycaemia and hyperglycaemia.", AB_5000, wrong="retrospective case-control study", accept=["design"]),
    C("ab-over", AB, "overreach", "Studying abnormal glucose tolerance in pregnancy, Abell (1979) proved that treating maternal hypoglycaemia with dextrose prevents fetal growth retardation.", AB_NEED, truth_alt=[AB_DEX], wrong="proved that treating maternal hypoglycaemia with dextrose prevents fetal growth retardation", accept=["overreach"]),
    # Walker & Gish 1977: none x2, comparator, overreach
    C("wa-none1", WA, "none", "Walker and Gish (1977) calculated that mobile primary care cost 8 to 14 times more per likely-effective patient contact than care from permanently staffed fixed clinics, the air service faring worst.", WA_8, truth_alt=[WA_AIR]),
    C("wa-none2", WA, "none", "For the more distant clinics, journeys by land vehicle cost about as much as flights (Walker & Gish, 1977).", WA_LAND),
    C("wa-comp", WA, "comparator", "Walker and Gish (1977) compared the cost-effectiveness of mobile health services with that of hospital outpatient departments.", WA_8, wrong="hospital outpatient departments", accept=["comparator"]),
    C("wa-over", WA, "overreach", "Walker and Gish's (1977) analysis shows that mobile health services should be abandoned altogether in developing countries.", WA_JUST, wrong="should be abandoned altogether in developing countries", accept=["overreach"]),
    # Jokinen 1977: none, duration, design, population
    C("jo-none", JO, "none", "Jokinen et al. (1977) diagnosed active endobronchial tuberculosis in 20 patients, 11.6% of those with active disease.", JO_20),
    C("jo-dur", JO, "duration", "Jokinen and colleagues (1977) describe 297 bronchoscopies in 238 patients with pulmonary tuberculosis carried out over a three-year period.", JO_297, wrong="over a three-year period", accept=["duration", "number"]),
    C("jo-des", JO, "design", "Jokinen et al.'s (1977) randomised trial enrolled 238 patients with pulmonary tuberculosis at the Paivarinne Chest Hospital.", JO_297, wrong="randomised trial", accept=["design"]),
    C("jo-pop", JO, "population", "Jokinen et al. (1977) performed 297 bronchoscopies on 238 patients, all with active pulmonary tuberculosis.", JO_172, wrong="all with active pulmonary tuberculosis", accept=["population"]),
    # Reeves 1977: none, population, overreach, duration
    C("re-none", RE, "none", "Reeves (1977) notes that beryllium is a proven bone carcinogen in rabbits and lung carcinogen in rats, whereas guinea pigs exposed by inhalation do not develop beryllium cancers.", RE_RAB, truth_alt=[RE_GP]),
    C("re-pop", RE, "population", "Beryllium is a proven bone carcinogen in dogs, according to a review by Reeves (1977).", RE_RAB, wrong="in dogs", accept=["population"]),
    C("re-over", RE, "overreach", "Reeves's (1977) review concludes that beryllium is a proven cause of cancer in exposed human workers.", RE_HUM, wrong="a proven cause of cancer in exposed human workers", accept=["overreach", "direction"]),
    C("re-dur", RE, "duration", "In rats, the median effective concentration is around 20 alpha/m3 for inhalation exposures lasting at least three weeks (Reeves, 1977).", RE_DOSE, wrong="at least three weeks", accept=["duration", "number"]),
]
Path(__file__).resolve().parent.joinpath("claims.json").write_text(json.dumps(claims, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
print(len(claims), "claims written")
