"""Writes claims.json (set 117, round thirty-two). Hand-written claims; truth sentences copied verbatim from the main
abstracts (Article/Abstract/AbstractText) of pool 14's records (positions 2401-2418; 2408, 2411 and 2417 skipped). The
C() helper and the field layout are those of set 114's make_claims.py (only its first 30 lines were read)."""
import json
from pathlib import Path

def C(id, key, kind, claim, truth, wrong=None, truth_alt=None, accept=None):
    d = {"id": id, "key": key, "kind": kind, "claim": claim, "truth": truth}
    if truth_alt: d["truth_alt"] = truth_alt
    if wrong: d["wrong"] = wrong
    if accept: d["accept"] = accept
    return d

GE, BA, PL, AM, ET = "george1979selective", "bannister1979defective", "ploier1979pathogenesis", "almefty1979transient", "ethevenot1977attempt"
BU, ZU, MC, NM, RU = "burke1979ottawa", "zuege1979epiphyseal", "mcanulty1979prospective", "newellmorris1978ossification", "ruggero1977acute"
CA, LU, NO, CH, CO = "cave1979effects", "lundberg1979muscle", "nozaki1977responses", "christie1977screening", "collins1977comparison"
DN = ["duration", "number"]

# 2401 George 1979
GE_CCFA = "A selective and differential agar medium that contains cycloserine, cefoxitin, fructose, and egg yolk (CCFA) was developed to facilitate the isolation of C. difficile from fecal specimens."
GE_28 = "Of 28 fecal or colostomy effluent specimens cultured on the above media, 14 yielded C. difficile."
GE_BEST = "CCFA was found to be the most sensitive and selective of these media for the recovery of C. difficile."
GE_PRES = "Colonies of C. difficile growing on CCFA had distinctive morphological and fluorescent properties which were sufficient for presumptive identification."
# 2402 Bannister 1979
BA_ALL = "In all patients there was an exaggerated response to noradrenaline but a normal or only mildly exaggerated response to tyramine."
BA_SINUS = "Patients with lack of sinus arrhythmia and by implication baroreceptor reflex loss had greater responsiveness to pressor drugs than patients with preservation of this reflex."
BA_10 = "In 10 patients with chronic autonomic failure the clinical features and cardiovascular reflexes were correlated with the pressor responses to intravenous noradrenaline and tyramine."
BA_NORM = "However, the lack of rise of plasma noradrenaline following tyramine, except in the patients with pure autonomic failure, clearly separates these responses from those of normal subjects."
# 2403 Ploier 1979
PL_4 = "4 children with ketotic hypoglycemia (KH) showed during a fasting period over 24 hours significant higher decreases of serum alanine levels than normal controls."
PL_EPI = "Insulin induced hypoglycemia was followed by only minimal increase of urine epinephrine secretion, while all controls showed more than 6 times higher increases."
PL_DIAZ = "After some days administration of diazoxide the 2-desoxy-glucose-test was normalised in all patients."
# 2404 al-Mefty 1979
AM_22 = "The authors report 22 cases of transient ischemic attacks (TIA's) manifested by amaurosis fugax or hemiparesis or paresthesia of less than 24 hours' duration."
AM_ONLY = "The only abnormalities found to explain the TIA's were abnormally increased platelet adhesiveness and/or aggregation."
AM_DISC = "Discontinuance of the antiplatelet drug resulted in a recurrence of the TIA's which coincided with an increase in aggregation and adhesiveness."
AM_FOLL = "All of these patients were followed from 1 to 5 years, and had repeated coagulation studies."
AM_GROUP = "It appears that there is a specific group of patients with TIA's in whom the sole cause of the attack is an abnormality of platelet function."
# 2405 Ethevenot 1977
ET_50 = "Using monoplanar angiography at 30 degrees, the authors have attempted to quantify the effectiveness of the non-aneurysmal myocardium in 50 patients (17 of them having undergone surgery) with an aneurysm of the left ventricle."
ET_PROG = "They have shown that the prognosis depends upon the ejection fraction and the end-diastolic volume of the ventricle which is presumed to be healthy, these measurements being corrected according to the size, expressed as an ejection volume, of the adjacent dyskinetic zone, which can be assessed by an index (volume of the dyskinetic zone as a proportion of the total 'healthy' and dyskinetic zones, in turn expressed as a ratio of the ejection fraction)."
ET_LIMIT = "The application of this work is to be found in seeking a limit of operability for extensive left ventricular aneurysms with cardiac failure."
# 2406 Burke 1979
BU_519 = 'Screening of a "target group" of the population, 519 former miners, greater than or equal to 50 years of age, resulted in the discovery of abnormal chest X-rays in 182; (103 with silicosis, 36 with silicotuberculosis, 12 with inactive tuberculosis, and 31 with other abnormalities).'
BU_RETRO = "Following a retrospective review of tuberculosis cases reported from Ottawa County, Oklahoma, from 1969 through 1973, a selective tuberculosis screening project was implemented."
BU_FEW = "This group contained a large number of positive tuberculin reactors but very few were candidates for isoniazid preventive therapy."
# 2407 Zuege 1979
ZU_56 = "Fifty six patients with angular deformities of eighty-two knees were treated with epiphyseal stapling between 1954 and 1973 and followed until maturity."
ZU_64 = "There were sixty-four knock-knees and eighteen bowlegs."
ZU_87 = "The results were satisfactory or improved in 87 per cent of the deformities."
ZU_SAFE = "When it is indicated epiphyseal stapling is a safe and effective method of correcting angular deformity at the knee in growing children."
# 2409 McAnulty 1979
MC_46 = "We prospectively evaluated 46 patients who had intrahisian conduction delay."
MC_SPLIT = "Twenty-three had a split His potential and 23 had a prolonged HV interval with a normal QRS complex."
MC_17 = "Further prospective evaluation of patients with intrahisian conduction delay without documented bradyarrhythmias is needed, but with follow-up averaging 17 months and up to 4 years, patients with intrahisian conduction delay and without documented bradyarrhythmias appear not to require prophylactic permanent pacemakers to decrease morbidity or mortality."
MC_SYNC = "Three have had syncope, but Holter monitoring revealed no bradyarrhythmias."
MC_SYNC2 = "In three with recurrent syncope and five with dizziness, monitoring has revealed no bradyarrhythmias."
# 2410 Newell-Morris 1978
NM_112 = "The appearance of the secondary centers of ossification was investigated in hand and foot radiographs of 112 fetal and neonatal Macaca nemestrina and a maturational index calculated using a scoring system that differentiated between the initial and later stages of ossification."
NM_THREE = "Cumulative incremental curves of skeletal maturation, constructed by plotting the maturational indices against gestational age, demonstrated three distinct periods of ossification: the First Acceleration when primary centers appear, the Plateau, and the Second Acceleration when the secondary centers ossify."
NM_PREC = "Compared with other primates, the fetal and neonatal macaque shows a developmental precocity which may be an ontogenetic adaptation to the socioecological setting of terrestrial life."
NM_MUL = "The results are also compared with those reported for M. mulatta, and the bases of the observed differences are discussed."
NM_HUM = "Similar curves are constructed for human prenatal and postnatal ossification."
# 2412 Ruggero 1977
RU_13 = "Acute promyelocytic leukemia (APL) was diagnosed in 13 of 84 adult patients (15.4%) with acute myeloid leukemia (AML) first admitted between 1972 and 1976."
RU_DEF = "All patients had clinical and/or laboratory evidence of defibrination syndrome."
RU_CR = "The remaining 7 patients (54%) underwent complete remission (CR) with daunomycin, arabinosyl cytosine, and adriamycin."
RU_SURV = "Median survival of these seven CR patients with APL is similar (15 months) to that of CR patients with other types of AML treated at the same institution during the same period."
RU_HEM = "Four patients died of cerebral hemorrhage within 2 days of admission."
# 2413 Cave 1979
CA_FAT = "In three separate experiments, animals fed a semisynthetic diet containing 11.8% fat had an earlier time of tumor appearance and greater tumor burden than did controls maintained on a diet containing 4.6% fat."
CA_OVX = "These diet-associated changes were markedly inhibited by ovariectomy, indicating that the tumor growth was hormone responsive."
CA_IOD = "Our data further showed that rats on an iodine-deficient form of the high-fat diet had no greater tumor growth than did animals receiving an iodine-supplemented form of the same diet."
CA_IOD2 = "We conclude from these results that iodine deficiency does not promote mammary tumorigenesis."
CA_EST = "This suggests that estrogens may directly influence thyroid-stimulating hormone synthesis in vivo and thus contribute to the sex-related differences in thyroid physiology."
# 2414 Lundberg 1979
LU_11 = "In 11 children with coeliac disease gross motor development was assessed before and during diet treatment using the gross motor subscale of the Denver developmental screening test."
LU_BEF = "Before treatment, gross motor development was delayed."
LU_ATP = "ATP, and to a lesser extent, CP and glycogen concentrations were lowered compared to a control group."
LU_AFT = "After treatment, gross motor development was normal and no differences in ATP, CP or glycogen concentrations were found compared to the control group."
LU_WHY = "Whether these metabolic changes were due to the coeliac disease per se or the inactivity which it causes was not possible to establish."
# 2415 Nozaki 1977
NO_RESP = "The flexor reflex in the chronic spinal rat was more responsive to electrical stimulation and to the actions of drugs studied than was the flexor reflex in the acute spinal rat."
NO_TIME = "The flexor reflex of acute (40-48 h after mid-thoracic spinal transection) and chronic (at least 2 months after transection) spinal rats was evoked by tetanic electrical stimulation of both hindfeet and recorded on a polygraph using a transducer connected to the left hindfoot."
NO_CYPRO = "The facilitation caused by LSD and tryptamine, but not 5-HTP, in chronic spinal rats was antagonized by cyproheptadine."
NO_SENS = "These observations suggest that chronic spinal rats were more sensitive to the drugs than acute spinal rats and support the hypothesis that the mode of action of LSD is similar to that of tryptamine but different from that of 5-HTP since cyproheptadine antagonized the facilitative effects of LSD and tryptamine but not those of 5-HTP."
# 2416 Christie 1977
CH_U50 = "No case can be made at present for screening well women under the age of 50 years, when such screening includes mammography."
CH_RAD = "Provided that the radiation dose is less than one rad per examination, the benefits to women over 50 outweigh the risks of radiation-induced breast cancer."
CH_APP = "The early diagnosis of breast cancer by screening is a relatively new development in medical practice and its enthusiastic acceptance needs to be tempered by an appraisal of the costs, the risks and the potential benefits."
# 2418 Collins 1977
CO_300 = "It was found that the fixative with a vehicle osmolality of 300 mOsmol gave results which were interpreted as ideal while the two fixatives were hypotonic vehicles resulted in changes which were easily demonstrated during volumetry, time-lapse micrography, SEM and cytochemistry."
CO_SMALL = "In conclusion, our findings show that even small variations in the composition of a glutaraldehyde fixative can result in structural changes which do not correspond to the functional morphology of a living cell."
CO_TEM = "However, the differences observed in the TEM were less obvious and difficult to interpret, the major alternations being changes in the configuration of the ER in the liver cells."
CO_THREE = "The effects of three widely used glutaraldehyde-based fixatives on cellular volume and structure have been studied utilizing TEM, SEM, time-lapse micrography during the fixation procedure, volumetry and demonstration of the lysosomal enzyme acid phosphatase."

claims = [
# --- George 1979: none x2, number, overreach
C("ge-none1", GE, "none", "To make Clostridium difficile easier to recover from stool, George et al. (1979) devised a selective and differential agar, known as CCFA, built from cycloserine, cefoxitin, fructose and egg yolk.", GE_CCFA),
C("ge-none2", GE, "none", "Among the culture media compared by George and colleagues (1979), CCFA proved both the most sensitive and the most selective for recovering C. difficile.", GE_BEST),
C("ge-num", GE, "number", "When George et al. cultured 28 faecal or colostomy effluent specimens, 21 of them grew C. difficile.", GE_28, wrong="21 of them", accept=["number"]),
C("ge-over", GE, "overreach", "According to George et al. (1979), the distinctive appearance and fluorescence of C. difficile colonies on CCFA are enough for a definitive diagnosis, with no further identification needed.", GE_PRES, wrong="enough for a definitive diagnosis, with no further identification needed", accept=["overreach"]),
# --- Bannister 1979: none, direction, population, comparator
C("ba-none", BA, "none", "In the autonomic failure patients studied by Bannister et al. (1979), every patient showed an exaggerated pressor response to noradrenaline, whereas the response to tyramine was normal or only slightly exaggerated.", BA_ALL),
C("ba-dir", BA, "direction", "Bannister and colleagues (1979) found that patients who had lost sinus arrhythmia, and by implication their baroreceptor reflex, responded less strongly to pressor drugs than patients in whom the reflex was preserved.", BA_SINUS, wrong="responded less strongly to pressor drugs", accept=["direction"]),
C("ba-pop", BA, "population", "Bannister et al. (1979) correlated cardiovascular reflexes with pressor responses to intravenous noradrenaline and tyramine in 10 patients with essential hypertension.", BA_10, wrong="10 patients with essential hypertension", accept=["population"]),
C("ba-comp", BA, "comparator", "In Bannister et al.'s (1979) study, plasma noradrenaline failed to rise after tyramine in most of the patients, which set their responses clearly apart from those of patients with diabetic autonomic neuropathy.", BA_NORM, wrong="patients with diabetic autonomic neuropathy", accept=["comparator", "population"]),
# --- Ploier 1979: none x2, duration, design
C("pl-none1", PL, "none", "Ploier et al. (1979) reported that four children with ketotic hypoglycaemia had significantly larger falls in serum alanine during a 24-hour fast than normal controls did.", PL_4),
C("pl-none2", PL, "none", "After insulin-induced hypoglycaemia, urinary epinephrine rose only minimally in the children with ketotic hypoglycaemia, while in every control the increase was more than six times greater (Ploier et al., 1979).", PL_EPI),
C("pl-dur", PL, "duration", "During a 72-hour fast, the children with ketotic hypoglycaemia studied by Ploier and colleagues showed significantly greater drops in serum alanine than normal controls.", PL_4, wrong="72-hour fast", accept=DN),
C("pl-des", PL, "design", "In a placebo-controlled trial, Ploier et al. (1979) found that a few days of diazoxide normalised the 2-deoxyglucose test in all children with ketotic hypoglycaemia.", PL_DIAZ, wrong="In a placebo-controlled trial", accept=["design", "comparator"]),
# --- al-Mefty 1979: none, duration, design, overreach
C("am-none", AM, "none", "Among the 22 patients with transient ischaemic attacks described by al-Mefty et al. (1979), the only abnormality that explained the attacks was increased platelet adhesiveness and/or aggregation.", AM_ONLY, truth_alt=[AM_22]),
C("am-dur", AM, "duration", "The 22 patients with platelet-related transient ischaemic attacks reported by al-Mefty and colleagues (1979) were followed for between 5 and 10 years with repeated coagulation studies.", AM_FOLL, wrong="between 5 and 10 years", accept=DN),
C("am-des", AM, "design", "In a population-based cohort study, al-Mefty et al. (1979) found that stopping antiplatelet drugs was followed by recurrence of transient ischaemic attacks, coinciding with a rise in platelet aggregation and adhesiveness.", AM_DISC, wrong="In a population-based cohort study", accept=["design"]),
C("am-over", AM, "overreach", "Reviewing their cases, al-Mefty et al. (1979) concluded that abnormal platelet function is the sole cause of most transient ischaemic attacks.", AM_GROUP, wrong="the sole cause of most transient ischaemic attacks", accept=["overreach"]),
# --- Ethevenot 1977: none x2, number, overreach
C("et-none1", ET, "none", "Ethevenot et al. (1977) used single-plane angiography at 30 degrees to quantify how well the non-aneurysmal myocardium contracted in 50 patients with a left ventricular aneurysm.", ET_50),
C("et-none2", ET, "none", "Ethevenot and colleagues found that prognosis in left ventricular aneurysm depended on the ejection fraction and end-diastolic volume of the presumably healthy part of the ventricle, corrected for the size of the adjacent dyskinetic zone.", ET_PROG),
C("et-num", ET, "number", "Of the 50 patients with a left ventricular aneurysm studied angiographically by Ethevenot et al. (1977), 33 had undergone surgery.", ET_50, wrong="33 had undergone surgery", accept=["number"]),
C("et-over", ET, "overreach", "Ethevenot et al.'s (1977) angiographic index provides a definitive cut-off that tells surgeons which extensive left ventricular aneurysms with heart failure are operable.", ET_LIMIT, wrong="provides a definitive cut-off that tells surgeons which", accept=["overreach"]),
# --- Burke 1979: none, design, population, direction
C("bu-none", BU, "none", "In the Ottawa County project (Burke et al., 1979), screening 519 former miners aged 50 or over turned up abnormal chest X-rays in 182 of them, 103 with silicosis.", BU_519),
C("bu-des", BU, "design", "Burke et al. (1979) designed their tuberculosis screening project after a prospective survey of tuberculosis cases in Ottawa County, Oklahoma, from 1969 through 1973.", BU_RETRO, wrong="a prospective survey", accept=["design"]),
C("bu-pop", BU, "population", "Burke and colleagues (1979) targeted their tuberculosis screening at 519 household contacts of known tuberculosis cases, finding abnormal chest X-rays in 182.", BU_519, wrong="519 household contacts of known tuberculosis cases", accept=["population"]),
C("bu-dir", BU, "direction", "Among the 1,904 residents screened outside the target group, Burke et al. found many positive tuberculin reactors, and a large share of them were candidates for isoniazid preventive therapy.", BU_FEW, wrong="a large share of them were candidates", accept=["direction"]),
# --- Zuege 1979: none, duration, number, population
C("zu-none", ZU, "none", "The 56 patients treated with epiphyseal stapling by Zuege and colleagues (1979) had 82 deformed knees: 64 knock-knees and 18 bowlegs.", ZU_64, truth_alt=[ZU_56]),
C("zu-dur", ZU, "duration", "Zuege et al. (1979) reviewed 56 patients whose angular knee deformities had been stapled between 1964 and 1973 and who were followed until skeletal maturity.", ZU_56, wrong="between 1964 and 1973", accept=DN),
C("zu-num", ZU, "number", "In Zuege et al.'s (1979) series of epiphyseal stapling for angular knee deformity, results were satisfactory or improved in 68 per cent of the deformities.", ZU_87, wrong="68 per cent", accept=["number"]),
C("zu-pop", ZU, "population", "Zuege and colleagues (1979) concluded that, when indicated, epiphyseal stapling is a safe and effective way to correct angular knee deformity in adults.", ZU_SAFE, wrong="in adults", accept=["population"]),
# --- McAnulty 1979: none, design, duration, direction
C("mc-none", MC, "none", "Of the 46 patients with intrahisian conduction delay evaluated by McAnulty et al. (1979), half had a split His potential and half a prolonged HV interval with a normal QRS complex.", MC_SPLIT, truth_alt=[MC_46]),
C("mc-des", MC, "design", "In a retrospective review, McAnulty and colleagues (1979) looked at 46 patients with intrahisian conduction delay.", MC_46, wrong="In a retrospective review", accept=["design"]),
C("mc-dur", MC, "duration", "With follow-up averaging 17 years, McAnulty et al. (1979) concluded that patients with intrahisian conduction delay and no documented bradyarrhythmias do not appear to need prophylactic permanent pacemakers.", MC_17, wrong="averaging 17 years", accept=DN),
C("mc-dir", MC, "direction", "Among McAnulty et al.'s patients with a split His potential, Holter monitoring of those who had syncope revealed bradyarrhythmias.", MC_SYNC, truth_alt=[MC_SYNC2], wrong="revealed bradyarrhythmias", accept=["direction"]),
# --- Newell-Morris 1978: none x2, population, comparator
C("nm-none1", NM, "none", "Newell-Morris and Tarrant (1978) scored hand and foot radiographs of 112 fetal and neonatal pigtailed macaques (Macaca nemestrina) and found three distinct periods of ossification when maturation was plotted against gestational age.", NM_THREE, truth_alt=[NM_112]),
C("nm-none2", NM, "none", "Compared with other primates, fetal and newborn macaques are developmentally precocious, which Newell-Morris and Tarrant (1978) suggest may be an adaptation to a terrestrial way of life.", NM_PREC),
C("nm-pop", NM, "population", "Newell-Morris and Tarrant (1978) traced the appearance of secondary ossification centres on hand and foot radiographs of 112 fetal and neonatal rhesus monkeys (Macaca mulatta).", NM_112, wrong="rhesus monkeys (Macaca mulatta)", accept=["population"]),
C("nm-comp", NM, "comparator", "In Newell-Morris and Tarrant's (1978) study, the macaque ossification curves were compared with those reported for laboratory rats.", NM_MUL, truth_alt=[NM_HUM], wrong="those reported for laboratory rats", accept=["comparator", "population"]),
# --- Ruggero 1977: none, number, comparator, duration
C("ru-none", RU, "none", "Ruggero et al. (1977) diagnosed acute promyelocytic leukaemia in 13 of 84 adults (15.4%) first admitted with acute myeloid leukaemia between 1972 and 1976, all of whom had evidence of defibrination.", RU_13, truth_alt=[RU_DEF]),
C("ru-num", RU, "number", "With daunomycin, arabinosyl cytosine and adriamycin, ten of the 13 patients with acute promyelocytic leukaemia (77%) went into complete remission (Ruggero et al., 1977).", RU_CR, wrong="ten of the 13 patients", accept=["number"]),
C("ru-comp", RU, "comparator", "Ruggero and colleagues (1977) reported that median survival of their patients with acute promyelocytic leukaemia in complete remission (15 months) was similar to that of patients in remission from acute lymphoblastic leukaemia at the same institution.", RU_SURV, wrong="acute lymphoblastic leukaemia", accept=["comparator", "population"]),
C("ru-dur", RU, "duration", "In Ruggero et al.'s (1977) series, four patients with acute promyelocytic leukaemia died of cerebral haemorrhage within two weeks of admission.", RU_HEM, wrong="within two weeks", accept=DN),
# --- Cave 1979: none x2, direction, overreach
C("ca-none1", CA, "none", "Cave et al. (1979) found in three experiments that rats fed a diet containing 11.8% fat developed N-nitrosomethylurea-induced mammary tumours earlier and had a greater tumour burden than rats on a 4.6% fat diet.", CA_FAT),
C("ca-none2", CA, "none", "Ovariectomy markedly blunted the effects of the high-fat diet on mammary tumours in Cave and colleagues' (1979) rats, pointing to hormone-responsive tumour growth.", CA_OVX),
C("ca-dir", CA, "direction", "Cave et al. (1979) reported that rats on an iodine-deficient version of the high-fat diet had greater mammary tumour growth than rats given the iodine-supplemented diet.", CA_IOD, truth_alt=[CA_IOD2], wrong="had greater mammary tumour growth", accept=["direction"]),
C("ca-over", CA, "overreach", "Cave et al. (1979) proved that estrogens directly control thyroid-stimulating hormone synthesis in vivo, which explains the sex differences in thyroid physiology.", CA_EST, wrong="proved that estrogens directly control", accept=["overreach"]),
# --- Lundberg 1979: none, number, population, overreach
C("lu-none", LU, "none", "Lundberg et al. (1979) found that gross motor development in children with coeliac disease was delayed before diet treatment but normal once treatment was under way.", LU_AFT, truth_alt=[LU_BEF]),
C("lu-num", LU, "number", "Lundberg and colleagues (1979) assessed gross motor development before and during diet treatment in 31 children with coeliac disease.", LU_11, wrong="31 children", accept=["number"]),
C("lu-pop", LU, "population", "In 11 adults with coeliac disease, Lundberg et al. (1979) found that muscle ATP, and to a lesser degree creatine phosphate and glycogen, were lower than in a control group before dietary treatment.", LU_ATP, truth_alt=[LU_11], wrong="11 adults with coeliac disease", accept=["population"]),
C("lu-over", LU, "overreach", "Lundberg et al. showed that the muscle metabolic changes in children with coeliac disease are caused by the disease itself rather than by the inactivity it brings.", LU_WHY, wrong="showed that the muscle metabolic changes in children with coeliac disease are caused by the disease itself", accept=["overreach"]),
# --- Nozaki 1977: none x2, comparator, direction
C("no-none1", NO, "none", "Nozaki et al. (1977) found that the flexor reflex of chronic spinal rats, tested at least two months after transection, responded more to electrical stimulation and to the drugs than that of acute spinal rats tested 40-48 hours after transection.", NO_RESP, truth_alt=[NO_TIME]),
C("no-none2", NO, "none", "In chronic spinal rats, cyproheptadine blocked the facilitation of the flexor reflex produced by LSD and tryptamine but not that produced by 5-hydroxytryptophan (Nozaki et al., 1977).", NO_CYPRO),
C("no-comp", NO, "comparator", "Nozaki and colleagues (1977) concluded that chronic spinal rats were more sensitive to LSD, tryptamine and amphetamine than intact rats with an undamaged spinal cord.", NO_SENS, wrong="intact rats with an undamaged spinal cord", accept=["comparator", "population"]),
C("no-dir", NO, "direction", "In Nozaki et al.'s (1977) experiments, the flexor reflex of acute spinal rats was more responsive to electrical stimulation and to the drugs than that of chronic spinal rats.", NO_RESP, wrong="acute spinal rats was more responsive", accept=["direction"]),
# --- Christie 1977: none, design, number, population
C("ch-none", CH, "none", "Christie (1977) argued that there is as yet no case for screening well women under 50 when the screening includes mammography.", CH_U50),
C("ch-des", CH, "design", "In a randomised trial, Christie (1977) found that mammographic screening of well women under 50 could not be justified.", CH_U50, wrong="In a randomised trial", accept=["design"]),
C("ch-num", CH, "number", "Christie (1977) judged that as long as the radiation dose stays below ten rads per examination, the benefits of mammography for women over 50 outweigh the risk of radiation-induced breast cancer.", CH_RAD, wrong="below ten rads", accept=["number"]),
C("ch-pop", CH, "population", "According to Christie's 1977 appraisal, provided each examination delivers less than one rad, the benefits of mammographic screening for women under 50 outweigh the risk of radiation-induced breast cancer.", CH_RAD, wrong="for women under 50", accept=["population"]),
# --- Collins 1977: none x2, direction, comparator
C("co-none1", CO, "none", "Of the three glutaraldehyde fixatives compared by Collins et al. (1977), the one with a vehicle osmolality of 300 mOsmol gave ideal results, while the two with hypotonic vehicles produced changes that were easy to demonstrate.", CO_300),
C("co-none2", CO, "none", "Collins and colleagues (1977) concluded that even small variations in the composition of a glutaraldehyde fixative can produce structural changes that do not match the functional morphology of the living cell.", CO_SMALL),
C("co-dir", CO, "direction", "In Collins et al.'s (1977) comparison, the fixatives with hypotonic vehicles preserved cell volume and structure best, whereas the fixative with a 300 mOsmol vehicle caused obvious changes.", CO_300, wrong="the fixatives with hypotonic vehicles preserved cell volume and structure best", accept=["direction"]),
C("co-comp", CO, "comparator", "Collins et al. (1977) compared a widely used glutaraldehyde fixative with two formaldehyde-based fixatives, examining their effects on cell volume and structure.", CO_THREE, wrong="two formaldehyde-based fixatives", accept=["comparator"]),
]
Path(__file__).resolve().with_name("claims.json").write_text(json.dumps(claims, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(len(claims), "claims")
