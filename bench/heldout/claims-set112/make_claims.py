"""Writes claims.json (set 112, round thirty-one). Hand-written claims; truth sentences copied verbatim from the main
abstracts (Article/Abstract/AbstractText) of pool 14's records (positions 763-778, 776 skipped). The C() helper and
the field layout are those of set 110's make_claims.py (only its first 30 lines were read)."""
import json
from pathlib import Path

def C(id, key, kind, claim, truth, wrong=None, truth_alt=None, accept=None):
    d = {"id": id, "key": key, "kind": kind, "claim": claim, "truth": truth}
    if truth_alt: d["truth_alt"] = truth_alt
    if wrong: d["wrong"] = wrong
    if accept: d["accept"] = accept
    return d

HE, DR, PA, OR, SC = "hedo1978stimulation", "drazan1978attempt", "papapietro1979impaired", "orlandini1979lymphatic", "schapira1979single"
PF, KN, CA, GA, AC = "pfurtscheller1978changes", "knittle1979growth", "castrup1979craniofacial", "garcia1977immunologic", "ackermann1979renal"
ME, HI, AM, BR, HU = "meldrum1977acute", "hiba1977hormonal", "amemiya1977electron", "brent1979partial", "hughes1977successful"

HE_PEAK = "After the iv infusion of 2-DG (50 mg/kg), plasma hPP increased steeply from a fasting value of 104 +/- 24 pg/ml (SEM) to a peak of 2175 +/- 639 pg/ml at 45 min (P less than 0.01) and remained significantly elevated throughout the test."
HE_ATR = "In contrast, prior injection of atropine (1 mg iv) lowered basal hPP levels and reduced conspicuously the hPP response to 2-DG."
HE_EPI = "Epinephrine administration (6 micrograms/min for 60 min) did not significantly modify plasma hPP concentrations."
HE_CON = "Our data demonstrate that 2-DG induces a powerful stimulation of hPP secretion in normal subjects and suggest that this action is mediated in part, if not entirely, by the parasympathetic nervous system."
DR_24 = "A group of 24 sows selected from herds affected by atrophic rhinitis was subjected to the study of the therapeutic effect of the administration of wide-spectrum antibiotics combined with an improvement of the zoohygienic conditions and with full-value nutrition in the pre-partal period and during lactation."
DR_HEALTH = "It was found that the mentioned measures in sows before parturition and their housing in a sanitized farrowing house during treatment generally improved the health of the sows and enabled the rearing of healthy piglets."
DR_MORT = "The mortality rate during rearing up to the age of 28 days was 12.5%."
DR_CTRL = "In the control group of piglets and sows the losses amounted to 29%; the clinical symptoms of rhinitis were found in 11% of the piglets already at the age of 28 days."
PA_39 = "To assess the rate of LV relaxation we obtained high-fidelity LV pressure measurements with manometer-tip catheters in 39 patients."
PA_10 = "In 10 patients with normal LV function (EF greater than 0.50, no asynergy) mean neg dP/dt (2074 +/- 121 mm Hg/sec) was significantly (p less than 0.01) greater than in 29 patients with CAD and LV dysfunction (1695 +/- 66 mm Hg/sec)."
PA_R = "Neg dP/dt correlated well with pos dP/dt (r = 0.75), with EF (r = 0.74), and with ACS (r = -0.74), and less well with LV end-systolic volume (r = 0.67)."
PA_SUG = "These data suggest that the rate of LV relaxation, as assessed by neg dP/dt, is impaired in patients with CAD and LV dysfunction, and the extent of impairment is related to the severity of the dysfunction as determined hemodynamically by pos dP/dt, and angiographically by EF and ACS."
PA_ESV = "In these patients the maximal rate of LV relaxation is inversely related to LV end-systolic volume, and is not related to peak LV pressure."
OR_METH = "The distribution of lymph vessels in the human testis was investigated using ink injection methods, light and electron microscopy."
OR_CAP = "Lymph capillaries occur in the septula testis but are absent in the intertubular tissue."
OR_ENDO = "They consist of endothelial cells provided with an incomplete basal lamina and bound by anchoring filaments to the adjacent connective tissue."
OR_GAP = "Frequently, the endothelial cells are separated by gaps (measuring up to 2 microns)."
SC_N = "Such studies were performed in 10 normal subjects and in 9 patients with a secundum atrial septal defect."
SC_DROP = "The great variability in echo dropout of the interatrial septum made it impossible to distinguish the normal subjects from the patients with atrial septal defect."
SC_CON = "These data indicate that (1) a secundum atrial septal defect cannot be reliably differentiated from a normal septum using these echocardiographic methods, and (2) the medial location of the interatrial septum should be appreciated so that it will not be confused with a left atrial mass."
PF_ALL = "In all investigated subjects (9 students and 7 patients with several forms of hemiplegia) a significant power reduction before voluntary movement of the thumb was found."
PF_DEC = "This power decrease can be interpreted as desynchronization of the central mu activity."
PF_SEC = "In most cases, a short-lasting desynchronization of central mu activity occurred about 2 sec before movement onset and was followed by a second one, about 1 sec before movement onset which reached a maximum during initiation of movement."
KN_288 = "Adipocyte size and number were determined in 288 subjects ranging in age from 4 mo to 19 yr."
KN_110 = "The study was performed in 110 obese and 178 non-obese subjects."
KN_4YR = "4-yr, longitudinal, follow-up studies were also performed in 132 subjects."
KN_11 = "By 11 yr of age obese children exceeded the mean cell number found in nonobese adults."
KN_DEV = "Deviations from this normal development were observed in obese children shortly after 1 yr of age."
CA_55 = "Craniofacial tomography of 55 patients with tumours of the nasal fossa and the paranasal sinuses were examined retrospectively."
CA_ADV = "The clinical classification of the tumours resulting from the tomographic findings shows, that these are, in most cases, advances tumours, which have already invaded neighbouring regions."
CA_INF = "In some cases, the opacity is not caused by the tumour itself, but by accompanying inflammations."
CA_ALW = "The tomogram will always show up intra-operatively established tumourous bone destructions."
CA_PSEU = "However, the appearance of bony cortex on x-ray film without any clearly defined outline, may represent pseuodefects, especially when the adjacent tumour shadow is very dense or if the bony cortex is not situated approximately perpendicular to the tomographic level."
GA_12 = "Cystic effusions from 12 epithelial tumors of the ovary and pooled normal ovarian tissue were studied by immunodiffusion for the presence of immunoglobulins G (IgG), M (IgM), and A (IgA) and free secretory component (FSC)."
GA_IG = "In the neoplastic samples studied, IgG was detected in each of the 12 samples (100%), IgM was found in 10 of the 12 samples (83%), and IgA was detected in 11 of the 12 samples (92%)."
GA_FSC = "FSC was detected in all mucinous samples studied, malignant as well as benign."
GA_NOT = "This substance was not detected in any of the nonmucinous samples or in pooled normal ovarian tissue."
AC_2 = "There are 2 competing methods for cooling the kidney in situ during surgical ischemia: from without by applying ice to the renal surface and from within by perfusing the renal artery."
AC_90 = "The remaining kidney was subjected to cold ischemia during 90 minutes while perfusion- or surface cooling was performed."
AC_MONTH = "The two methods of hypothermia were judged by comparing the serum creatinine levels and the I131-hippuran clearances one month after surgery."
AC_NODIFF = "There was no difference whatever as analysed by the t-test."
AC_EQ = "Hypothermia by applying ice to the renal surface therefore proved to be equivalent to hypothermia by perfusion."
ME_25 = "Among 25 baboons, Papio papio, 2 consistently showed acute dystonic reactions, with mouthing, compulsive gnawing and limb and trunk dystonia, following the intravenous administration of neuroleptics and related drugs (haloperidol, 0-6-1-2 mg/kg; pimozide 0-5-2-5 mg/kg; chlorpromazine 5-25 mg/kg; metoclopramide 1-5-1-7 mg/kg; oxyperomide 0-25-1-0 mg/kg)."
ME_TIME = "The dystonic responses occurred within 1-2 h of drug injection and lasted for 2-24 h."
ME_ACH = "They were abolished for 1-3 h within 1-2 min of the intravenous injection of acetylcholine antagonists (benztropine 0-2 mg/kg; hyoscine 0-02 mg/kg)."
HI_10 = "The mechanism inducing milk secretion in 10 puerperal women and in their children (Witch's milk) was studied by means of sequential hormone measurements starting at delivery and continued during the first postpartum week."
HI_PAR = "Hormonal levels in the newborns closely paralleled those of the mothers."
HI_ONSET = "In both groups, the onset of milk secretion coincided with the disappearance of sex steroids from plasma in the presence of elevated PRL concentrations."
AM_4 = "4 choroidal melanomas have been studied by electron histochemical techniques for phosphorylase activity."
AM_TYPES = "Of the 4 melanomas studied, 2 were spindle B and 2 were epitheloid cell types."
AM_CON = "It is concluded that both phosphorylase and branching glycosyltransferase are active in both spindle B and epithelioid cells of choroidal melanomas and their melanophages."
AM_NODIFF = "It is also indicated that there is no difference in glycolysis among these cells of melanomas."
BR_30 = "A DNA glycosylase was purified about 30-fold from cultured human lymphoblasts (CCRF-CEM line) and was found to cleave 3-methyladenine from DNA alkylated with methyl methanesulfonate."
BR_NOT = "The enzyme did not promote the release of 1-methyladenine, 7-methyladenine, or 7-methylguanine from DNA nor did it act on denatured methylated DNA."
BR_PH = "This 3-methyladenine-DNA glycosylase has an estimated molecular weight of 34,000, is not dependent on divalent metal ions, and shows optimal activity at pH 7.5--8.5."
HU_160 = "In a randomized, double-blind, placebocontrolled study to evaluate the efficacy of trimethoprim-sulfamethoxazole for the prevention of Pneumocystis carinii pneumonia, we studied 160 patients with cancer who were at high risk for this pneumonia over a two-year period."
HU_17 = "Seventeen of the 80 patients receiving a placebo acquired P. carinii pneumonitis, whereas none of the 80 given 150 mg of trimethoprim and 750 mg of sulfamethoxazole per square meter per day had the infection P less than 0.01)."
HU_OTHER = "Bacterial sepsis, pneumonia other than that caused by P. carinii, acute otitis media, upper-respiratory-tract infections, sinusitis and cellulitis occurred less frequently in recipients of the drug than in the placebo group (P less than 0.01 in each case)."

N, DU = ["number"], ["duration", "number"]
claims = [
# Hedo et al. 1978: none, number, population, duration
C("he-none", HE, "none", "In normal subjects, an intravenous infusion of 2-deoxy-D-glucose drove plasma human pancreatic polypeptide from a fasting level of about 100 pg/ml to a peak above 2000 pg/ml at 45 minutes, and levels stayed raised for the rest of the test (Hedo et al., 1978).", HE_PEAK),
C("he-num", HE, "number", "Hedo and colleagues (1978) found that pretreatment with atropine (10 mg intravenously) lowered basal pancreatic polypeptide levels and markedly blunted the response to 2-deoxy-D-glucose.", HE_ATR, wrong="atropine (10 mg intravenously)", accept=N),
C("he-pop", HE, "population", "In patients with insulin-dependent diabetes, 2-deoxy-D-glucose proved a powerful stimulus of pancreatic polypeptide secretion, an effect Hedo et al. (1978) attributed largely to the parasympathetic nervous system.", HE_CON, wrong="In patients with insulin-dependent diabetes", accept=["population"]),
C("he-dur", HE, "duration", "Hedo et al.'s (1978) infusion of epinephrine at 6 micrograms per minute for six hours did not significantly change plasma pancreatic polypeptide concentrations.", HE_EPI, wrong="for six hours", accept=DU),
# Drazan et al. 1978: none, number, population, overreach
C("dr-none", DR, "none", "When sows from herds with atrophic rhinitis received broad-spectrum antibiotics around farrowing, together with better hygiene and full-value nutrition, piglet mortality up to 28 days of age was 12.5%, compared with losses of 29% in the control group (Drazan et al., 1978).", DR_MORT, truth_alt=[DR_CTRL]),
C("dr-num", DR, "number", "In the control group described by Drazan and co-workers (1978), losses of piglets reached 49%, and clinical signs of rhinitis were already present in 11% of piglets at 28 days of age.", DR_CTRL, wrong="49%", accept=N),
C("dr-pop", DR, "population", "Drazan et al. (1978) treated 24 weaned piglets with atrophic rhinitis using broad-spectrum antibiotics combined with improved zoohygienic conditions and full-value nutrition.", DR_24, wrong="24 weaned piglets with atrophic rhinitis", accept=["population"]),
C("dr-over", DR, "overreach", "Drazan et al. (1978) showed that antibiotics given with improved housing hygiene eradicate atrophic rhinitis from affected swine herds.", DR_HEALTH, wrong="eradicate atrophic rhinitis from affected swine herds", accept=["overreach"]),
# Papapietro et al. 1979: none x2, number, direction
C("pa-none1", PA, "none", "With high-fidelity manometer-tip catheters in 39 patients, Papapietro et al. (1979) found the peak rate of left ventricular pressure fall (negative dP/dt) significantly lower in 29 patients with coronary artery disease and LV dysfunction than in 10 patients with normal LV function.", PA_10, truth_alt=[PA_39]),
C("pa-none2", PA, "none", "In coronary patients with ventricular dysfunction, the maximal rate of LV relaxation fell as end-systolic volume rose and bore no relation to peak LV pressure (Papapietro et al., 1979).", PA_ESV),
C("pa-num", PA, "number", "Papapietro and colleagues (1979) reported that negative dP/dt correlated closely with ejection fraction (r = 0.94) and with the extent of abnormally contracting segments.", PA_R, wrong="r = 0.94", accept=N),
C("pa-dir", PA, "direction", "According to Papapietro et al.'s (1979) catheter measurements, left ventricular relaxation was faster in patients with coronary artery disease and LV dysfunction than in those with normal ventricular function.", PA_SUG, wrong="faster", truth_alt=[PA_10], accept=["direction"]),
# Orlandini et al. 1979: none, population, direction, design
C("or-none", OR, "none", "The endothelial cells of testicular lymph capillaries rest on an incomplete basal lamina, are tethered to the neighbouring connective tissue by anchoring filaments, and are often separated by gaps of up to 2 microns (Orlandini et al., 1979).", OR_ENDO, truth_alt=[OR_GAP]),
C("or-pop", OR, "population", "Orlandini and colleagues (1979) mapped the lymph vessels of the rat testis by ink injection together with light and electron microscopy.", OR_METH, wrong="rat testis", accept=["population"]),
C("or-dir", OR, "direction", "Orlandini et al. (1979) described lymph capillaries as abundant in the intertubular tissue of the human testis.", OR_CAP, wrong="abundant in the intertubular tissue", accept=["direction"]),
C("or-des", OR, "design", "Using lymphangiography in living patients, Orlandini et al. (1979) traced the distribution of lymph vessels in the human testis.", OR_METH, wrong="lymphangiography in living patients", accept=["design"]),
# Schapira et al. 1979: none x2, comparator, overreach
C("sc-none1", SC, "none", "Schapira et al. (1979) obtained simultaneous M-mode and two-dimensional echocardiograms in 10 normal subjects and 9 patients with a secundum atrial septal defect.", SC_N),
C("sc-none2", SC, "none", "Echo dropout of the interatrial septum varied so much that it could not separate normal subjects from patients with an atrial septal defect (Schapira et al., 1979).", SC_DROP),
C("sc-comp", SC, "comparator", "When Schapira and colleagues (1979) checked M-mode and two-dimensional echocardiograms of the interatrial septum against contrast angiography, a secundum atrial septal defect could not be reliably told apart from a normal septum.", SC_CON, wrong="against contrast angiography", accept=["comparator"]),
C("sc-over", SC, "overreach", "Schapira et al.'s (1979) study showed that no form of echocardiography can ever diagnose an atrial septal defect.", SC_CON, wrong="no form of echocardiography can ever diagnose an atrial septal defect", accept=["overreach"]),
# Pfurtscheller & Aranibar 1978: none, population, duration, direction
C("pf-none", PF, "none", "Pfurtscheller and Aranibar (1978) found a significant fall in central alpha-band power before voluntary self-paced thumb movements in every subject they examined, nine students and seven patients with various forms of hemiplegia.", PF_ALL),
C("pf-pop", PF, "population", "A significant drop in alpha power over the central region before voluntary thumb movement was seen in all subjects, 9 students and 7 patients with Parkinson's disease (Pfurtscheller & Aranibar, 1978).", PF_ALL, wrong="7 patients with Parkinson's disease", accept=["population"]),
C("pf-dur", PF, "duration", "In Pfurtscheller and Aranibar's (1978) recordings, a short-lasting desynchronization of the central mu rhythm usually began about 10 seconds before movement onset and was followed by a second one about 1 second before it.", PF_SEC, wrong="about 10 seconds", accept=DU),
C("pf-dir", PF, "direction", "Before a self-paced thumb movement, alpha-band power over the central region increased, which Pfurtscheller and Aranibar (1978) read as synchronization of the mu rhythm.", PF_DEC, wrong="increased", truth_alt=[PF_ALL], accept=["direction"]),
# Knittle et al. 1979: none x2, duration, design
C("kn-none1", KN, "none", "Knittle et al. (1979) measured fat cell size and number in 288 children and adolescents aged 4 months to 19 years, 110 of them obese and 178 non-obese.", KN_288, truth_alt=[KN_110]),
C("kn-none2", KN, "none", "By the age of 11, obese children already had more fat cells than the average non-obese adult (Knittle et al., 1979).", KN_11),
C("kn-dur", KN, "duration", "Knittle and colleagues (1979) followed 132 of their subjects longitudinally for 10 years.", KN_4YR, wrong="for 10 years", accept=DU),
C("kn-des", KN, "design", "From a single-time-point survey with no follow-up of individual children, Knittle et al. (1979) inferred that the fat-cell development of obese children departs from normal shortly after the first year of life.", KN_4YR, wrong="a single-time-point survey with no follow-up of individual children", truth_alt=[KN_DEV], accept=["design"]),
# Castrup & Harder 1979: none, design, number, overreach
C("ca-none", CA, "none", "On tomography taken before treatment, most tumours of the nasal fossa and paranasal sinuses were already advanced and had invaded neighbouring regions (Castrup & Harder, 1979).", CA_ADV),
C("ca-des", CA, "design", "In a prospective study, Castrup and Harder (1979) assessed craniofacial tomograms of 55 patients with tumours of the nasal fossa and paranasal sinuses, all taken before surgery or radiotherapy.", CA_55, wrong="In a prospective study", accept=["design"]),
C("ca-num", CA, "number", "Among the 155 patients with nasal or paranasal sinus tumours reviewed by Castrup and Harder (1979), opacification was in some cases due to accompanying inflammation rather than to the tumour itself.", CA_55, wrong="155 patients", truth_alt=[CA_INF], accept=N),
C("ca-over", CA, "overreach", "Castrup and Harder (1979) found tomography fully reliable for bone involvement: every cortical defect seen on the films corresponded to true tumour destruction.", CA_PSEU, wrong="every cortical defect seen on the films corresponded to true tumour destruction", truth_alt=[CA_ALW], accept=["overreach"]),
# Garcia et al. 1977: none x2, number, comparator
C("ga-none1", GA, "none", "Garcia et al. (1977) detected IgG in the cystic effusions of all 12 ovarian epithelial tumours they examined, IgA in 11 and IgM in 10.", GA_IG),
C("ga-none2", GA, "none", "Free secretory component was found in every mucinous ovarian tumour effusion, benign or malignant, but in none of the non-mucinous ones (Garcia et al., 1977).", GA_FSC, truth_alt=[GA_NOT]),
C("ga-num", GA, "number", "Garcia and colleagues (1977) found IgM in half of the 12 ovarian tumour effusions they studied.", GA_IG, wrong="half of the 12", accept=N),
C("ga-comp", GA, "comparator", "In Garcia et al.'s (1977) immunodiffusion study, cystic effusions from 12 ovarian epithelial tumours were compared with paired samples of the patients' own serum.", GA_12, wrong="paired samples of the patients' own serum", accept=["comparator"]),
# Ackermann et al. 1979: none, duration, comparator, direction
C("ac-none", AC, "none", "After 90 minutes of cold ischaemia in pigs, Ackermann et al. (1979) found no difference in serum creatinine or hippuran clearance one month later between kidneys cooled with surface ice and kidneys cooled by perfusion.", AC_NODIFF, truth_alt=[AC_90, AC_MONTH]),
C("ac-dur", AC, "duration", "Ackermann and colleagues (1979) subjected the remaining pig kidney to three hours of cold ischaemia under either perfusion or surface cooling.", AC_90, wrong="three hours", accept=DU),
C("ac-comp", AC, "comparator", "In pigs, Ackermann et al. (1979) compared in situ surface cooling of the kidney with warm ischaemia without any cooling.", AC_2, wrong="warm ischaemia without any cooling", accept=["comparator"]),
C("ac-dir", AC, "direction", "Ackermann et al.'s (1979) pig experiments showed that perfusion cooling through the renal artery protected renal function better than surface cooling.", AC_EQ, wrong="protected renal function better than surface cooling", truth_alt=[AC_NODIFF], accept=["direction"]),
# Meldrum et al. 1977: none, number, population, duration
C("me-none", ME, "none", "In the susceptible baboons, intravenous anticholinergic drugs such as benztropine or hyoscine abolished the dystonia within one to two minutes, for one to three hours (Meldrum et al., 1977).", ME_ACH),
C("me-num", ME, "number", "Meldrum and colleagues (1977) found that 12 of 25 baboons consistently developed acute dystonic reactions after intravenous neuroleptics.", ME_25, wrong="12 of 25", accept=N),
C("me-pop", ME, "population", "Meldrum et al. (1977) described idiosyncratic acute dystonia after intravenous haloperidol and related drugs in rhesus monkeys.", ME_25, wrong="rhesus monkeys", accept=["population"]),
C("me-dur", ME, "duration", "The dystonic reactions appeared within 1-2 hours of the injection and lasted for up to a week (Meldrum et al., 1977).", ME_TIME, wrong="for up to a week", accept=DU),
# Hiba et al. 1977: none x2, direction, design
C("hi-none1", HI, "none", "Hiba et al. (1977) measured prolactin, growth hormone, oestradiol and progesterone serially from delivery through the first postpartum week in 10 puerperal women and their newborns.", HI_10),
C("hi-none2", HI, "none", "Hormone levels in the newborns closely tracked those of their mothers (Hiba et al., 1977).", HI_PAR),
C("hi-dir", HI, "direction", "Hiba and colleagues (1977) observed that, in mothers and newborns alike, milk secretion began as plasma sex steroids rose, with prolactin concentrations elevated.", HI_ONSET, wrong="as plasma sex steroids rose", accept=["direction"]),
C("hi-des", HI, "design", "From a single blood sample taken from each mother and infant, Hiba et al. (1977) related the onset of witch's milk in the newborn to maternal and neonatal hormone levels.", HI_10, wrong="a single blood sample taken from each mother and infant", accept=["design"]),
# Amemiya 1977: none x2, comparator, overreach
C("am-none1", AM, "none", "Amemiya (1977) examined four choroidal melanomas, two of spindle B and two of epithelioid cell type, for phosphorylase activity by electron histochemistry.", AM_4, truth_alt=[AM_TYPES]),
C("am-none2", AM, "none", "Both phosphorylase and branching glycosyltransferase are active in spindle B and epithelioid cells of choroidal melanomas and in their melanophages (Amemiya, 1977).", AM_CON),
C("am-comp", AM, "comparator", "Amemiya's (1977) electron histochemical comparison of choroidal melanoma cells with normal choroidal melanocytes found no difference in glycolysis.", AM_NODIFF, wrong="with normal choroidal melanocytes", accept=["comparator"]),
C("am-over", AM, "overreach", "Amemiya (1977) showed that phosphorylase activity is a reliable diagnostic marker for choroidal melanoma.", AM_CON, wrong="a reliable diagnostic marker for choroidal melanoma", accept=["overreach"]),
# Brent 1979: none x2, population, direction
C("br-none1", BR, "none", "Brent (1979) partially purified, about 30-fold, a DNA glycosylase from cultured human lymphoblasts (the CCRF-CEM line) that removes 3-methyladenine from DNA alkylated with methyl methanesulfonate.", BR_30),
C("br-none2", BR, "none", "The human 3-methyladenine-DNA glycosylase needs no divalent metal ions and works best between pH 7.5 and 8.5 (Brent, 1979).", BR_PH),
C("br-pop", BR, "population", "A 3-methyladenine-DNA glycosylase partially purified from calf thymus by Brent (1979) removed 3-methyladenine from DNA alkylated with methyl methanesulfonate.", BR_30, wrong="calf thymus", accept=["population"]),
C("br-dir", BR, "direction", "Brent's (1979) glycosylase also released 7-methylguanine from methylated DNA.", BR_NOT, wrong="also released 7-methylguanine", accept=["direction"]),
# Hughes et al. 1977: none, design, comparator, overreach
C("hu-none", HU, "none", "In a randomised, double-blind trial in 160 cancer patients at high risk, Pneumocystis carinii pneumonitis developed in 17 of 80 placebo recipients and in none of the 80 given trimethoprim-sulfamethoxazole (Hughes et al., 1977).", HU_17, truth_alt=[HU_160]),
C("hu-des", HU, "design", "Hughes and colleagues (1977) reported, from an open non-randomised comparison over two years in 160 high-risk patients with cancer, that trimethoprim-sulfamethoxazole prevented Pneumocystis carinii pneumonia.", HU_160, wrong="an open non-randomised comparison", accept=["design"]),
C("hu-comp", HU, "comparator", "Prophylactic trimethoprim-sulfamethoxazole prevented Pneumocystis carinii pneumonitis far more effectively than pentamidine in high-risk patients with cancer (Hughes et al., 1977).", HU_17, wrong="than pentamidine", truth_alt=[HU_160], accept=["comparator"]),
C("hu-over", HU, "overreach", "Hughes et al. (1977) showed that trimethoprim-sulfamethoxazole prophylaxis prevents all infections in patients with cancer.", HU_OTHER, wrong="prevents all infections in patients with cancer", accept=["overreach"]),
]
Path(__file__).resolve().parent.joinpath("claims.json").write_text(json.dumps(claims, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
print(len(claims), "claims written")
