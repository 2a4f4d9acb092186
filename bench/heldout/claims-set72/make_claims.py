"""Writes claims.json (set 72). Hand-written claims; truth sentences copied verbatim from the abstracts (pool 14).
The C() helper and the field layout are those of set 50's/55's make_claims.py (their first lines only were read)."""
import json
from pathlib import Path

def C(id, key, kind, claim, truth, wrong=None, truth_alt=None, accept=None):
    d = {"id": id, "key": key, "kind": kind, "claim": claim, "truth": truth}
    if truth_alt: d["truth_alt"] = truth_alt
    if wrong: d["wrong"] = wrong
    if accept: d["accept"] = accept
    return d

ZU, SI, VO, AN, MO = "zuberbuhler1979morphological", "sivin1979copper", "vogt1979multiple", "andersson1977effects", "moyer1979echocardiographic"
SC, LE, BO, FU, RI = "schajowicz1979juxta", "levison1979quantitative", "bozio1978hypoplastic", "fuller1978retinal", "rizza1979persistent"
HE, DA, SM, BA, IT = "heinzerling1979significance", "davies1979sympathetic", "smith1979giant", "baltch1977bacteremia", "itil1979hzi"

# Zuberbuhler 1979
ZU_37 = "The morphological features of a series of 37 specimens of pulmonary atresia with intact ventricular septum were reviewed with particular emphasis on features which might influence the results of pulmonary valvotomy."
ZU_20 = "The degree of right heart hypoplasia was quantified by measuring right and left heart dimensions and comparing them with 20 normal infant hearts."
ZU_RV = "Right ventricular cavity size was usually smaller than normal but constituted a spectrum ranging from tiny to a dilated ventricle larger than normal."
ZU_14 = "Successful pulmonary valvotomy with subsequent adequate right ventricular function would have been precluded by a tiny right ventricular cavity or infundibular atresia in 14 specimens and by severe tricuspid stenosis or regurgitation in an additional 4."
ZU_IF = "If these these anatomical findings are representative for the condition as a whole, they provide a good explanation for its disastrous prognosis."
# Sivin 1979
SI_RATE = "Over a four-year exposure period, the rate of ectopic pregnancy for women using a Copper T IUD was less than 1 per 1000 years of use."
SI_CUM = "The cumulative 4-year probability of having an ectopic pregnancy while using the Copper T was 4 per 1000 women."
SI_N = "These results are based on a study of 35,496 women with 38,064 years of use."
SI_NHDS = "The National Hospital Discharge Survey shows a doubling in the number of ectopic pregnancies and in the incidence rates between 1965 and 1976."
SI_CONC = "The IUD could not have been a major factor contributing to the recent doubling in the rate of ectopic pregnancy in the U.S."
# Vogt 1979
VO_1 = "Propamidine, one of the diamidines used against infections with babesiae has inhibitory and enhancing effects on complement activation as assessed by immune haemolysis of sensitized sheep red cells."
VO_C1 = "Utilization of C1 is powerfully, that of C3 weakly improved by propamidine while activation and/or fixation of C4, C5 and to a lesser degree of C8 and C9 are inhibited."
VO_2MM = "At low concentrations of propamidine (less than 2 mM) the enhancing effects, at higher concentrations the inhibitory effects predominate."
VO_ENZ = "None of the complement enzymes, C1s, C42 or C3bBb was inhibited in its hydrolytic activity."
VO_DISC = "The possible significance of propamidine actions is discussed."
# Andersson 1977
AN_18 = "Eighteen patients with atrial fibrillation were given digoxin 0.13 mg twice daily for 3 weeks and beta-methyldigoxin 0.10 mg twice daily for another 3 weeks."
AN_EX = "At the end of each 3 week period an exercise test was performed and the effects on the heart rate of the two drugs were compared."
AN_CONC = "It is concluded that beta-methyldigoxin is equal to digoxin for producing slowing of the heart rate in patients with atrial fibrillation."
# Moyer 1979
MO_9 = "Nine hypertensive patients were treated with chlorthalidone during week 1, chlorthalidone and hydralazine during week 2 and a combination of chlorthalidone, hydralazine and propranolol during week 3."
MO_BP = "This potent three drug regimen reduced mean blood pressure from 142 to 102 mm Hg, and with the third drug, propranolol, heart rate, VCF and plasma renin activity returned to control levels from the greater elevated levels produced by the diuretic drug and hydralazine."
# Schajowicz 1979
SC_88 = "The clinical, radiographic and pathological features of eighty-eight cases of histologically verified intra-osseous ganglia in eighty-three patients are described."
SC_SITE = "All were located in the subchondral bone adjacent to a joint and most frequently involved the hip, the ankle (medial malleolus), the knee and the carpal bones."
SC_AGE = "Forty-seven of the eighty-three patients were male and all the patients were between fourteen and seventy-three years of age, with an average age of forty-one years."
SC_TYPES = 'There are two fundamental types of intra-osseous ganglia, one apparently arising by penetration of juxta-osseous ganglion into the underlying bone, a mechanism proved in fourteen of our eighty-eight cases (16 per cent); in the remaining seventy-four cases, the ganglion cyst was primarily intra-osseous ("idiopathic").'
SC_CUR = "Curettage or excision is usually effective, and recurrence (only four cases) is exceptional."
# Levison 1979
LE_29 = "Vaginal flora was studied quantitatively in 29 sexually active women, 16 to 33 years of age, to define the role of C. vaginale in vaginitis."
LE_17 = "Seventeen were asymptomatic and 12 complained of symptoms of vaginitis."
LE_12 = 'Twelve had vaginitis: five of 12 had C. vaginale at log10 7.9 to 11 per milliliter, one of whom had "clue" cells; nine had either trichomonas or candida or both and three had no pathogen, including C. vaginale; 10 had Lactobacilli at log10 7 to 10 per milliliter; six had Bacteriodaceae at greater than log10 5 per milliliter.'
# Bozio 1978
BO_15 = "The findings on echocardiography and their anatomical correlations are reported in a group of 15 neonates with the syndrome of hypoplasia of the left side of the heart."
BO_10 = "In the major forms of this syndrome (10 cases), the correlation between the clinical and the echocardiographical findings was sufficient to establish the diagnosis, and to avoid the necessity for cardiac catheterisation without prejudice to the treatment plan."
BO_CHAR = "Characteristic findings in the major types were: --an aortic diameter less than or equal to 5 mm; --a left ventricle which was absent or had a diameter of less than 11 mm with an LV/RV ratio of less than 0.6; --a mitral valve which was absent or had a very abnormal form with multiple echoes."
BO_LIM = "The differential diagnosis on echocardiography and the limitations of the method are discussed."
# Fuller 1978
FU_OWL = "We exposed the maculas of owl monkey eyes to light from an intraocular fiber optic light source similar to that used for human pars plana vitrectomy."
FU_1H = "Significant damage to the photoreceptor layer and less damage to the pigment epithelium was present by light and electron microscopy as early as one hour after 30 minutes of light exposure."
FU_15 = "The threshold for ophthalmoscopically visible fundus lesions in this study was 15 minutes of light exposure."
FU_IR = "Removing a substantial amount of the infrared light from our light source did not protect the retina from damage."
# Rizza 1979
RI_DES = "To determine whether this represents complete loss of effect of hyperglucagonemia on the liver or merely decreased hepatic responsiveness, glucagon (3 ng/kg/min) was infused in six normal subjects to produce sustained hyperglucagonemia for 180 min; at this time glucagon infusions were stopped for 60 min, then restarted at the same rate for 60 min and finally increased to 7.5 ng/kg/min for 30 min."
RI_RA = "Initially glucagon infusion increased Ra transiently from 1.8 +/- 0.1 mg/kg/min to a maximum at 15 min of 2.5 +/- 0.2 mg/kg/min (p less than .01); Ra returned to basal values by 60 min and remained there until the glucagon infusion was stopped, whereupon it abruptly declined to a nadir of 1.4 +/- 0.1 mg/kg/min, a value significantly below baseline levels, p less than .005."
RI_CONC = "These results indicate that sustained hyperglucagonemia, despite apparent waning of its effect, continues to modulate hepatic glucose production."
# Heinzerling 1979
HE_58 = "Of 58 patients diagnosed as having systemic lupus erythematosus (SLE), only 11 having active SLE had IgG antibody levels of greater than 5.0 microgram/ml to single-strand DNA."
HE_REN = "Renal involvement of some degree was found in all 11 with the high concentrations of IgG antibodies to DNA correlating with severe involvement."
HE_IGM = "Patients with IgM antibodies to DNA alone had more benign types of SLE with little renal involvement."
HE_USE = "Quantitation of IgG and IgM Ab to single-strand DNA provides a useful method for diagnosing severe SLE with possible renal involvement and monitoring the course of the disease during therapy."
# Davies 1979
DA_5 = "The short term effects of hydrallazine, oxprenolol and oxprenolol plus hydrallazine were studied in five patients with essential hypertension."
DA_PULSE = "The increase in pulse rate caused by hydrallazine was prevented by combined treatment with oxprenolol, which also lowered the high plasma noradrenaline levels, associated with the use of hydrallazine."
DA_REN = "Plasma renin activity was higher in the supine and standing positions with hydrallazine than with oxprenolol alone and with the patients standing this high renin level was prevented by simultaneous treatment with oxprenolol."
DA_BP = "The combination of oxprenolol with hydrallazine did not lower the blood pressure further, but reduced the increased sympathetic activity which occurred with hydrallazine alone."
# Smith 1979
SM_13 = "Thirteen patients were found to have giant-cell tumors during a study of 91 primary tumors of the sacrum."
SM_CH = "This tumor was second only to the chordoma in incidence."
SM_PROG = "Giant-cell tumor is by far the commonest benign lesion of the sarcrum, yet it has a bad prognosis."
SM_REC = "Recurrences occurred in seven patients and five died of disease or a complication."
SM_10Y = "All were histologically benign when first seen, but one developed a malignant giant-cell tumor and died within two years, and one developed a radiation-induced sarcoma 10 years following treatment."
SM_CT = "Computed tomography in two recent patients proved to be the most valuable single examination."
# Baltch 1977
BA_200 = "During 24 months, 200 upper gastrointestinal endoscopies were performed on 193 patients."
BA_CULT = "Blood cultures were obtained before and five and 30 minutes after the procedure using thiol (50 ml) and trypticase soy broth (100 ml) media."
BA_16 = "Sixteen patients developed bacteremia (8%)."
BA_CORR = "There was no clear correlation of bacteremia with the age or previous history of the patient, biopsy, active bleeding, endoscopic time, or findings."
BA_FU = "A follow-up study of all patients for six months to two years indicated no complications related to endoscopy and/or bacteremia."
# Itil 1979
IT_75 = "The EEG effects of twenty, clinically most frequently used psychotropic drugs and five placebos were studied in 75 male volunteers in five simultaneously designed basic studies."
IT_DB = "In each of the five studies single oral dosages of five drugs (well known representatives of neuroleptics, antidepressants, anxiolytics and psychostimulants, as well as placebos) were investigated in 15 subjects in a double-blind latin-square research design using the methods of the Quantitative Pharmaco-EEG."
IT_19 = "With a classification rule, based on discriminant function 20, and with a classification rule, based on correlation statistics 19 of 25 compounds could be reclassified into correct clinical-therapeutic psychotropic drug groups."

claims = [
    # --- Zuberbuhler & Anderson 1979: none, number, comparator, overreach
    C("zu-n1", ZU, "none", "Zuberbuhler and Anderson (1979) examined 37 heart specimens with pulmonary atresia and an intact ventricular septum and found the right ventricle usually undersized, although its size ranged from tiny to dilated.",
      ZU_RV, truth_alt=[ZU_37]),
    C("zu-num", ZU, "number", "In Zuberbuhler and Anderson's (1979) series, a tiny right ventricular cavity or infundibular atresia would have ruled out a successful pulmonary valvotomy in 24 of the specimens.",
      ZU_14, wrong="24 of the specimens"),
    C("zu-comp", ZU, "comparator", "To gauge right heart hypoplasia, Zuberbuhler and Anderson (1979) measured the atretic hearts against 20 hearts from infants with tetralogy of Fallot.",
      ZU_20, wrong="20 hearts from infants with tetralogy of Fallot", accept=["comparator", "population"]),
    C("zu-over", ZU, "overreach", "The anatomical study by Zuberbuhler and Anderson (1979) proved that pulmonary valvotomy cannot work in any infant with pulmonary atresia and an intact septum.",
      ZU_IF, wrong="proved that pulmonary valvotomy cannot work in any infant", truth_alt=[ZU_14]),
    # --- Sivin 1979: none, duration, direction, number
    C("si-n1", SI, "none", "Drawing on 35,496 Copper T users who contributed 38,064 woman-years, Sivin (1979) reported an ectopic pregnancy rate of under 1 per 1000 years of use.",
      SI_RATE, truth_alt=[SI_N]),
    C("si-dur", SI, "duration", "According to Sivin (1979), the cumulative 10-year probability of an ectopic pregnancy while using the Copper T was 4 per 1000 women.",
      SI_CUM, wrong="10-year"),
    C("si-dir", SI, "direction", "Sivin (1979) concluded that the IUD was a major factor behind the recent doubling of ectopic pregnancy rates in the United States.",
      SI_CONC, wrong="was a major factor behind"),
    C("si-num", SI, "number", "US hospital discharge data analysed by Sivin (1979) showed that the number of ectopic pregnancies tripled between 1965 and 1976.",
      SI_NHDS, wrong="tripled"),
    # --- Vogt 1979: none x2, direction, overreach
    C("vo-n1", VO, "none", "Vogt et al. (1979) reported that propamidine, a diamidine used against babesiosis, both enhanced and inhibited complement activation in haemolysis assays, enhancement predominating below 2 mM and inhibition at higher concentrations.",
      VO_2MM, truth_alt=[VO_1]),
    C("vo-n2", VO, "none", "Propamidine did not inhibit the hydrolytic activity of any of the complement enzymes tested, C1s, C42 or C3bBb (Vogt et al., 1979).",
      VO_ENZ),
    C("vo-dir", VO, "direction", "Vogt and colleagues (1979) found that propamidine strongly inhibited the utilisation of C1 in the complement cascade.",
      VO_C1, wrong="strongly inhibited the utilisation of C1"),
    C("vo-over", VO, "overreach", "Vogt et al.'s (1979) work established that propamidine suppresses complement-mediated damage in treated patients.",
      VO_DISC, wrong="established that propamidine suppresses complement-mediated damage in treated patients", truth_alt=[VO_1],
      accept=["overreach", "population"]),
    # --- Andersson 1977: none, comparator, duration, design
    C("an-n1", AN, "none", "In 18 patients with atrial fibrillation, Andersson et al. (1977) found beta-methyldigoxin as effective as digoxin at slowing the heart rate.",
      AN_CONC, truth_alt=[AN_18]),
    C("an-comp", AN, "comparator", "Andersson and colleagues (1977) compared beta-methyldigoxin with verapamil in 18 patients with atrial fibrillation and found the two equally good at slowing the heart rate.",
      AN_18, wrong="verapamil", truth_alt=[AN_CONC]),
    C("an-dur", AN, "duration", "In Andersson et al.'s (1977) comparison, each glycoside was taken for 3 months before the patients did an exercise test.",
      AN_EX, wrong="3 months", truth_alt=[AN_18], accept=["duration", "number"]),
    C("an-des", AN, "design", "Andersson et al. (1977) randomly assigned 18 patients with atrial fibrillation to either digoxin or beta-methyldigoxin and compared heart rates between the two groups.",
      AN_18, wrong="randomly assigned 18 patients with atrial fibrillation to either digoxin or beta-methyldigoxin"),
    # --- Moyer 1979: none x2, design, number
    C("mo-n1", MO, "none", "Moyer et al. (1979) added chlorthalidone, then hydralazine, then propranolol over three weeks in nine hypertensive patients and saw mean blood pressure fall from 142 to 102 mm Hg.",
      MO_BP, truth_alt=[MO_9]),
    C("mo-n2", MO, "none", "Once propranolol joined chlorthalidone and hydralazine, heart rate, echocardiographic fibre-shortening velocity and plasma renin activity came back down to control levels (Moyer et al., 1979).",
      MO_BP),
    C("mo-des", MO, "design", "In a placebo-controlled trial of nine hypertensive patients, Moyer et al. (1979) found that adding propranolol cancelled the reflex cardiac stimulation caused by hydralazine.",
      MO_9, wrong="a placebo-controlled trial", truth_alt=[MO_BP], accept=["design", "comparator"]),
    C("mo-num", MO, "number", "Moyer and colleagues' (1979) three-drug regimen brought mean blood pressure down from 142 to 122 mm Hg.",
      MO_BP, wrong="122 mm Hg"),
    # --- Schajowicz 1979: none, population, number, design
    C("sc-n1", SC, "none", "Schajowicz et al. (1979) described 88 intra-osseous ganglia in 83 patients aged 14 to 73 years, most often in the hip, the medial malleolus, the knee and the carpal bones.",
      SC_SITE, truth_alt=[SC_AGE, SC_88]),
    C("sc-pop", SC, "population", "The juxta-articular bone cysts reviewed by Schajowicz and colleagues (1979) occurred in 83 patients, most of them children and adolescents.",
      SC_AGE, wrong="most of them children and adolescents"),
    C("sc-num", SC, "number", "In Schajowicz et al.'s (1979) series, penetration of a ganglion from outside the bone was demonstrated in about 40 per cent of the cysts.",
      SC_TYPES, wrong="about 40 per cent"),
    C("sc-des", SC, "design", "In a prospective surgical trial, Schajowicz et al. (1979) found that curettage or excision usually cured intra-osseous ganglia, with only four recurrences.",
      SC_88, wrong="In a prospective surgical trial", truth_alt=[SC_CUR]),
    # --- Levison 1979: none x2, population, comparator
    C("le-n1", LE, "none", "Levison et al. (1979) quantified the vaginal flora of 29 sexually active women aged 16 to 33, twelve of whom had symptoms of vaginitis.",
      LE_29, truth_alt=[LE_17]),
    C("le-n2", LE, "none", "Of the 12 women with vaginitis in Levison and colleagues' (1979) study, nine had trichomonas, candida or both, while three had no identifiable pathogen.",
      LE_12),
    C("le-pop", LE, "population", "Levison et al. (1979) studied the quantitative vaginal flora of 29 postmenopausal women to clarify the role of C. vaginale in vaginitis.",
      LE_29, wrong="29 postmenopausal women"),
    C("le-comp", LE, "comparator", "Levison et al. (1979) compared 12 women with vaginitis against 17 sexually inactive controls and found C. vaginale in both groups.",
      LE_29, wrong="17 sexually inactive controls", truth_alt=[LE_17], accept=["comparator", "population"]),
    # --- Bozio 1978: none x2, number, overreach
    C("bo-n1", BO, "none", "Bozio et al. (1978) set echocardiographic findings against the anatomy in 15 newborns with hypoplastic left heart syndrome.",
      BO_15),
    C("bo-n2", BO, "none", "In the major forms of hypoplastic left heart (10 of the cases), Bozio and colleagues (1978) found clinical and echocardiographic findings together enough to make the diagnosis without cardiac catheterisation.",
      BO_10),
    C("bo-num", BO, "number", "Bozio et al. (1978) listed an aortic diameter of 10 mm or less among the characteristic echocardiographic signs of the major forms.",
      BO_CHAR, wrong="10 mm or less"),
    C("bo-over", BO, "overreach", "Bozio et al.'s (1978) work showed that echocardiography can replace cardiac catheterisation in every newborn with a suspected hypoplastic left heart.",
      BO_10, wrong="in every newborn with a suspected hypoplastic left heart", truth_alt=[BO_LIM]),
    # --- Fuller 1978: none, population, duration, direction
    C("fu-n1", FU, "none", "Fuller et al. (1978) showed that 30 minutes under an intraocular fibre-optic light of the kind used in vitrectomy damaged the photoreceptors of owl monkeys within an hour, with lesser injury to the pigment epithelium.",
      FU_1H, truth_alt=[FU_OWL]),
    C("fu-pop", FU, "population", "Fuller et al. (1978) exposed the maculas of patients undergoing pars plana vitrectomy to fibre-optic light and documented damage to the photoreceptors.",
      FU_OWL, wrong="patients undergoing pars plana vitrectomy", accept=["population", "design"]),
    C("fu-dur", FU, "duration", "In Fuller and colleagues' (1978) experiments, fundus lesions became visible with the ophthalmoscope only after at least 2 hours of light exposure.",
      FU_15, wrong="at least 2 hours", accept=["duration", "number"]),
    C("fu-dir", FU, "direction", "Fuller et al. (1978) reported that filtering out much of the infrared light protected the retina from fibre-optic light damage.",
      FU_IR, wrong="protected the retina"),
    # --- Rizza & Gerich 1979: none x2, direction, population
    C("ri-n1", RI, "none", "Rizza and Gerich (1979) showed that although the glucose-raising effect of a sustained glucagon infusion seems to wane, the hormone goes on modulating hepatic glucose production.",
      RI_CONC),
    C("ri-n2", RI, "none", "A glucagon infusion of 3 ng/kg/min in six normal subjects lifted glucose production from 1.8 to a peak of 2.5 mg/kg/min at 15 minutes, after which it returned to basal values by 60 minutes (Rizza & Gerich, 1979).",
      RI_RA, truth_alt=[RI_DES]),
    C("ri-dir", RI, "direction", "According to Rizza and Gerich (1979), stopping a prolonged glucagon infusion made hepatic glucose production rebound above baseline.",
      RI_RA, wrong="rebound above baseline"),
    C("ri-pop", RI, "population", "In six patients with insulin-dependent diabetes, Rizza and Gerich (1979) found that a prolonged glucagon infusion raised glucose production only transiently.",
      RI_DES, wrong="six patients with insulin-dependent diabetes"),
    # --- Heinzerling 1979: none, number, overreach, direction
    C("he-n1", HE, "none", "Heinzerling et al. (1979) found that only 11 of 58 patients with SLE, all with active disease, had IgG antibodies to single-stranded DNA above 5 micrograms per ml, and all 11 had some renal involvement.",
      HE_58, truth_alt=[HE_REN]),
    C("he-num", HE, "number", "Using their radioimmunoassay, Heinzerling and colleagues (1979) found high IgG antibody levels to single-stranded DNA in 31 of 58 patients with lupus.",
      HE_58, wrong="31 of 58"),
    C("he-over", HE, "overreach", "Heinzerling et al. (1979) established that their anti-DNA radioimmunoassay definitively diagnoses lupus nephritis without the need for a kidney biopsy.",
      HE_USE, wrong="definitively diagnoses lupus nephritis without the need for a kidney biopsy"),
    C("he-dir", HE, "direction", "Heinzerling et al.'s (1979) lupus patients who had only IgM antibodies to DNA had the more severe forms of the disease, with marked renal involvement.",
      HE_IGM, wrong="the more severe forms of the disease, with marked renal involvement"),
    # --- Davies 1979: none x2, comparator, population
    C("da-n1", DA, "none", "Davies et al. (1979) found that adding oxprenolol to hydrallazine prevented the rise in pulse rate and lowered the raised plasma noradrenaline that hydrallazine caused.",
      DA_PULSE, truth_alt=[DA_5]),
    C("da-n2", DA, "none", "Combining oxprenolol with hydrallazine did not bring blood pressure down any further, but it damped the sympathetic activation seen with hydrallazine alone (Davies et al., 1979).",
      DA_BP),
    C("da-comp", DA, "comparator", "Davies et al. (1979) reported higher plasma renin activity, supine and standing, with hydrallazine than with placebo.",
      DA_REN, wrong="than with placebo"),
    C("da-pop", DA, "population", "Davies and colleagues (1979) studied the short-term effects of hydrallazine and oxprenolol, alone and together, in five patients with renovascular hypertension.",
      DA_5, wrong="renovascular hypertension"),
    # --- Smith 1979: none x2, overreach, duration
    C("sm-n1", SM, "none", "Smith et al. (1979) identified 13 giant-cell tumours among 91 primary tumours of the sacrum, making it second in frequency only to chordoma.",
      SM_13, truth_alt=[SM_CH]),
    C("sm-n2", SM, "none", "Although histologically benign, sacral giant-cell tumours did badly in Smith and colleagues' (1979) series: seven patients had recurrences and five died of the disease or a complication.",
      SM_REC, truth_alt=[SM_PROG]),
    C("sm-over", SM, "overreach", "Smith et al. (1979) established computed tomography as the best imaging test for all sacral giant-cell tumours.",
      SM_CT, wrong="established computed tomography as the best imaging test for all sacral giant-cell tumours"),
    C("sm-dur", SM, "duration", "In Smith et al.'s (1979) series, one patient developed a radiation-induced sarcoma two years after treatment.",
      SM_10Y, wrong="two years after treatment"),
    # --- Baltch 1977: none, direction, design, duration
    C("ba-n1", BA, "none", "Among 193 patients who had 200 upper gastrointestinal endoscopies, Baltch et al. (1977) found that 16 (8%) developed bacteraemia.",
      BA_16, truth_alt=[BA_200]),
    C("ba-dir", BA, "direction", "Baltch and colleagues (1977) found that bacteraemia after upper endoscopy was more likely in older patients and after biopsy.",
      BA_CORR, wrong="was more likely in older patients and after biopsy"),
    C("ba-des", BA, "design", "Baltch et al.'s (1977) retrospective review of hospital records found bacteraemia after 8% of upper gastrointestinal endoscopies.",
      BA_CULT, wrong="retrospective review of hospital records", truth_alt=[BA_16]),
    C("ba-dur", BA, "duration", "Baltch et al. (1977) followed their endoscopy patients for up to ten years and saw no complications from the procedure or the bacteraemia.",
      BA_FU, wrong="up to ten years"),
    # --- Itil 1979: none, design, comparator, population
    C("it-n1", IT, "none", "Itil et al. (1979) reported that a correlation-based classification rule put 19 of 25 compounds (20 psychotropic drugs and five placebos) back into their correct clinical drug class from their EEG effects alone.",
      IT_19, truth_alt=[IT_75]),
    C("it-des", IT, "design", "Using an open-label design, Itil et al. (1979) gave single oral doses of neuroleptics, antidepressants, anxiolytics and psychostimulants to 15 volunteers in each of five studies.",
      IT_DB, wrong="an open-label design"),
    C("it-comp", IT, "comparator", "Itil and colleagues (1979) compared the EEG profiles of 20 widely used psychotropic drugs with those of five non-psychotropic reference drugs.",
      IT_75, wrong="five non-psychotropic reference drugs"),
    C("it-pop", IT, "population", "Itil et al.'s (1979) quantitative pharmaco-EEG studies of 20 psychotropic drugs were carried out in 75 psychiatric inpatients.",
      IT_75, wrong="75 psychiatric inpatients"),
]

(Path(__file__).resolve().parent / "claims.json").write_text(json.dumps(claims, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
print(len(claims), "claims written")
