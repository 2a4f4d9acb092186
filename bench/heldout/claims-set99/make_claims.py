"""Writes claims.json (set 99). Hand-written claims; truth sentences copied verbatim from the main abstracts
(Abstract/AbstractText) of pool 14's records (positions 531-545). The C() helper and the field layout are those of set
98's make_claims.py (only its first 30 lines were read)."""
import json
from pathlib import Path

def C(id, key, kind, claim, truth, wrong=None, truth_alt=None, accept=None):
    d = {"id": id, "key": key, "kind": kind, "claim": claim, "truth": truth}
    if truth_alt: d["truth_alt"] = truth_alt
    if wrong: d["wrong"] = wrong
    if accept: d["accept"] = accept
    return d

HE, CU, MC, CA, WE = "hemmingsen1977urinary", "cuny1979pharmacokinetics", "mccollum1979aneurysms", "castellano1977effects", "weidmann1979increased"
BI, HR, WI, PE, LE = "bigler1977trends", "hering1979resorptive", "wilson1977preservation", "pearson1977present", "leavens1977clinical"
BE, ZE, UC, SA, KO = "bertrand1977coronary", "zer1977external", "uchida1977continuous", "satyaswaroop1979isolation", "kondo1977relationship"

# --- truth sentences (verbatim, main abstracts) ---
HE_48 = "Urinary and serum proteins were studied preoperatively in 48 patients with renal carcinoma, using an automated immunoprecipitin reaction."
HE_EXC = "The 24 h excretion and the renal clearance of albumin, transferrin, haptoglobin, IgG, IgA, and IgM and the 24 h excretion of the immunoglobulin lambda and kappa free light chains and beta2-microglobulin were significantly increased compared with a control group."
HE_COMMON = "Increased protein excretion was the most common urinary finding in patients with renal carcinoma."
HE_SERUM = "The serum concentrations of albumin and transferrin were significantly decreased and the serum concentration of haptoglobin significantly increased in patients with stage III and IV tumours compared with patients with stage I and II tumours."
HE_ADV = "Abnormal serum concentrations of albumin, transferrin, and haptoglobin were indicative for advanced renal carcinoma."

CU_GROUPS = "In order to study changes in the pharmacokinetics of salicylates in old people, we used two groups of inpatients without hepatic or renal impairment: the first comprised 15 patients more than 65 years old, mean age 77 years; the second, 7 patients of mean age 21 years."
CU_DOSE = "Each patient was given 1 g of acetylsalicylic acid orally in the morning while fasting."
CU_RES = "The results showed only a slight increase in the absorption half-time in old subjects, and a marked increase in elimination half-time (3.71 and 2.38 h in old and young subjects, respectively; t = 2.33: p less than 0.05) and in the volume of distribution (5.51 and 3.83 liters respectively; t = 3.20: p less than 0.1)."
CU_BIO = "On the other hand, bioavailability varied little, as did metabolic clearance."

MC_37 = "Thirty-seven aneurysms of the extracranial carotid artery were seen in thirty-four patients from 1956 to 1977."
MC_SEX = "There were twenty-three males and eleven females."
MC_TYPE = "Nineteen (51 per cent) were false aneurysms, sixteen (44 per cent) atherosclerotic aneurysms, and two (5 per cent) posttraumatic aneurysms."
MC_MORT = "There was one other operative death due to acute myocardial infarction (operative mortality, 7 per cent)."
MC_NONOP = "Nonoperative treatment was employed when the patient had other associated high risk disease or a small asymptomatic aneurysm."

CA_MICE = "BALB/cJ, DBA/2J, and C57BL/6J mice were injected with caffeine and tested, in the five choice Yerkes-Thompson Bryant-Bovt Nitti apparatus for patterns discrimination, in two sets of experiments."
CA_SAL = "As concerns the saline injected animals in both sets of experiments, the BALB mice showed the highest learning abilities; in the second set the C57 strain, whose performance had not been different from that of the DBA mice in the first set, performed at the lowest level."
CA_CAF = "Pre- and post-trial caffeine (5 mg/kg) administrations were followed by performance impairment in the BALB strain, while performance improvements were evident in the drugged animals belonging to the other two strains."

WE_DEB = "The latter was estimated indirectly by the ratio between changes in blood pressure and those in plasma norepinephrine after adrenergic neuronal blockage with debrisoquine (given orally for 6 weeks)."
WE_FALL = "Debrisoquine lowered plasma norepinephrine by a similar degree (almost 50%) in these three groups; in contrast, blood pressure decreased only slightly in normal or borderline hypertensive subjects [-3.4 +/- 3.2% and -5.4 +/- 1.6% (SE), respectively] but fell significantly more (P less than 0.005) in patients with established essential hypertension (-20.7 +/- 3.9%)."
WE_SUGG = "This suggests that essential hypertension may be maintained, at least partly, by the inappropriate association of normal plasma norepinephrine levels with increased norepinephrine pressor sensitivity."
WE_PRE = "Normal subjects and patients with borderline or established essential hypertension had comparable pretreatment levels of plasma norepinephrine and epinephrine."

BI_47 = "Human brucellosis in Florida is documented for the 47-year period 1928-1975."
BI_936 = "Of the 936 cases reported in 1930-1975, more than half (505) occurred in the decade 1940-1949."
BI_SEAS = "Cases occurred throughout the year, with the highest incidence being between May and August."
BI_WM = "White males in the 25-35 and 35-44 deciles were most affected."
BI_SRC = "Cattle were the most probable source of human infection in the livestock industry, and swine were associated with most non-industry cases."

HR_SCP = "Under treatment with SCP (27 patients), we found a reduction in the renal excretion of calcium and magnesium, and, as a side effect, a significant augmentation of the renal oxalate excretion."
HR_ABS = "In cases of absorptive hypercalciuria, an ion exchanger operating in the intestine, sodium cellulose phosphate (SCP), is applied under strict control of oxalate, calcium and magnesium excretion as well as ionized calcium in serum."
HR_THZ = "In cases of resorptive or resorptive/absorptive hypercalciuria, except in patients with primary HPT, 23 patients were mediated by thiazides (Esidrix)."
HR_DEC = "This drug effects a marked decrease of urinary calcium based on a higher rate of reabsorption of calcium in the distal tubule."
HR_SIDE = "No severe side effects especially primary HPT were observed."

WI_PLUNGE = "After the direct plunge treatment, thawed trophozoites and schizonts were found to be extensively damaged."
WI_HOLD = "Their survival was markedly increased by holding them at -31 degrees C for 30 min before plunging them into liquid nitrogen."
WI_RING = "The two-step protocols investigated did not improve the survival of ring-stage parasites, 25-50% of which survived rapid cooling to -196 degrees C."

PE_2032 = "The management of 2032 patients with squamous esophageal cancer seen in Edinburgh from 1931 to 1969 was studied."
PE_SURV = "From 1949 to 1969 there has been a swing over from mainly surgical to mainly radiation treatment associated with a rise in the overall one and five-year survival rates to 32% and 9% respectively."
PE_UPPER = "In the upper 2/3 of the esophagus irradiation is preferable to surgery because of better sirvoval."
PE_LOWER = "In the lower 1/3 the two methods achieve similar long term survival but following irradiation the short term survival is better and the patient retains a normal stomach."

LE_14 = "Fourteen of these patients showed a significant rise of serum HGH after TRH stimulation before surgery."
LE_12 = "After surgery, 12 patients with Grade 2 noninvasive adenomas had normal fasting serum HGH levels which did not stimulate with TRH."
LE_FU = "Evidence of recurrent adenoma has not occurred clinically or biochemically in this group of 12 patients followed for an average of 24 months (2 to 60 months)."
LE_4 = "The results were unsatisfactory in four of these 16 patients."
LE_INV = "Failure to achieve satisfactory results in the other three patients was attributed to the presence of locally invasive adenoma; one in the sphenoid sinus, and the other two possibly as a consequence of previous operative procedures."

BE_60 = "Sixty patients with a recent transmural acute myocardial infarction had seletive coronary arteriography carried out between the 7th and the 29th day (mean 17 +/- 2 days) after the onset of the condition."
BE_ANT = "The anterior infarction (n = 25 cases) had a total obliteration in 36% of cases, and most often (64%) a stenosis of the anterior descending artery with an excellent distal bed (80%)."
BE_SHOWS = "This study shows: 1. That this investigation is well-tolerated after a recent infarction; 2. The high incidence (43%) of stenoses at the edge of the area of necrosed myocardium; 3. The importance of this investigation in finding the nearby lesions which are very frequently associated: in 33% of cases, preventive bypass would have possible."

ZE_27 = "Twenty-seven patients treated for pancreatic and/or biliary-cutaneous fistulas have been reviewed."
ZE_81 = "Spontaneous sealing of the fistula occurred in 81% of the conservatively treated cases (48% of all cases)."
ZE_LOHO = "All the LO fistulas but only 68% of the HO fistulas treated conservatively sealed spontaneously."
ZE_11 = "Eleven patients were treated surgically."
ZE_DEATHS = "There were three deaths and three failures (reappearance of fistula)."
ZE_DIED = "All the patients who died had been operated on within three months after the appearance of HO fistulas."
ZE_ROUX = "Roux-en-Y fistulojejunostomy is considered to be the procedure of choice."

UC_SAMPLE = "The conversion system could sample the echoes from the endocardial surfaces of the interventricular septum and the posterior left ventricular wall."
UC_CALC = "The conversion system could also calculate automatically the minor axis and volume of the left ventricle."
UC_CLOSE = "End-diastolic, end-systolic, and stroke volumes calculated by the conversion system were close to those calculated from biplane ventriculograms and to those calculated from photographic records of B-mode echo-display."
UC_RESP = "Change in left ventricular volume caused by respiration ranged up to 17.5%."
UC_NTG = "End-diastolic, end-systolic, and stroke volumes were reduced by sublingual administration of nitroglycerin."

SA_METHOD = "A simple method for isolation of glands from human endometrium has been developed."
SA_COLL = "The procedure involves collagenase digestion of the endometrial tissue and filtration through sieves of various pore sizes."
SA_FUNC = "The appearance of the glands was found to reflect different functional states of the endometrium and, possibly, to reveal abnormalities."
SA_24 = "Growth of monolayers of epithelial cells derived from the glands was observed within 24 h of culturing."
SA_EM = "Electron microscopy of the cells in 7-day monolayer preparations from both proliferative and secretory endometrium revealed the characteristic features of human endometrial epithelial cells, viz. presence of microvilli and desmosome-like junctions."
SA_DISH = "Isolated glands retained on the sieves were washed and collected in culture dishes."

KO_EXP = "The bactericidal activity of long-chain fatty acids on mycobacteria was examined by exposing the organisms to these acids at 0.04 mM in 0.05 M acetate buffer (pH 5.6)."
KO_C14 = "The lethal effect of saturated fatty acids was related to the chain-length of hydrocarbon, C14:0 being the strongest in the activity and longer and shorter fatty acids being less active."
KO_ORDER = "The lethal effect was greater in the order of C18:3 greater than C18:2 greater than C18:1(cis) greater than C18:1(trans) greater than alpha-OH C18:0 greater than C18:0."
KO_ESTER = "Esterification of C14:0, C18:1 and C20:4 to methyl esters and cholesteryl esters abolished completely the bactericidal activity of these acids, suggesting the requirement of carboxyl group for the activity."

DN = ["duration", "number"]
claims = [
    # Hemmingsen & Skaarup 1977: none, number, direction, overreach
    C("he-n1", HE, "none",
      "Hemmingsen and Skaarup (1977) measured urinary proteins before surgery in 48 patients with renal carcinoma and found that 24-hour excretion of albumin, transferrin, haptoglobin, the immunoglobulins, free light chains and beta2-microglobulin was significantly higher than in a control group.",
      HE_EXC, truth_alt=[HE_48]),
    C("he-num", HE, "number",
      "Raised protein excretion was the most frequent urinary abnormality in a preoperative series of 84 patients with renal carcinoma (Hemmingsen & Skaarup, 1977).",
      HE_48, wrong="84 patients", truth_alt=[HE_COMMON]),
    C("he-dir", HE, "direction",
      "Hemmingsen and Skaarup's (1977) data showed that serum albumin and transferrin were significantly higher in patients with stage III and IV renal tumours than in those with stage I and II disease.",
      HE_SERUM, wrong="significantly higher"),
    C("he-over", HE, "overreach",
      "Hemmingsen and Skaarup (1977) established that measuring urinary protein excretion is a reliable screening test for renal carcinoma in the general population.",
      HE_COMMON, wrong="a reliable screening test for renal carcinoma in the general population", truth_alt=[HE_ADV],
      accept=["overreach", "population"]),
    # Cuny et al. 1979: none, number, population, comparator
    C("cu-n1", CU, "none",
      "After a single fasting oral dose of 1 g of aspirin, Cuny et al. (1979) found salicylate elimination half-time to be clearly longer in inpatients over 65 than in young ones (3.71 vs 2.38 h), whereas absorption half-time was only slightly prolonged.",
      CU_RES, truth_alt=[CU_DOSE]),
    C("cu-num", CU, "number",
      "In Cuny and colleagues' (1979) study, the volume of distribution of salicylate was 8.51 litres in the elderly patients against 3.83 litres in the young ones.",
      CU_RES, wrong="8.51 litres"),
    C("cu-pop", CU, "population",
      "Cuny et al. (1979) examined salicylate kinetics in elderly inpatients with hepatic or renal impairment, comparing 15 patients over 65 with seven young patients.",
      CU_GROUPS, wrong="with hepatic or renal impairment"),
    C("cu-comp", CU, "comparator",
      "Comparing oral with intravenous administration of 1 g of acetylsalicylic acid, Cuny et al. (1979) found that bioavailability in old people varied little.",
      CU_DOSE, wrong="Comparing oral with intravenous administration", truth_alt=[CU_BIO], accept=["comparator", "design"]),
    # McCollum et al. 1979: none, duration, design, population
    C("mc-n1", MC, "none",
      "About half of the 37 extracranial carotid aneurysms in McCollum and colleagues' (1979) series were false aneurysms, and most of the remainder were atherosclerotic.",
      MC_TYPE),
    C("mc-dur", MC, "duration",
      "McCollum et al. (1979) reviewed thirty-seven extracranial carotid aneurysms seen in thirty-four patients over a ten-year period.",
      MC_37, wrong="over a ten-year period", accept=DN),
    C("mc-des", MC, "design",
      "In a randomised comparison of surgical and nonoperative management of extracranial carotid aneurysms, McCollum et al. (1979) reported an operative mortality of 7 per cent.",
      MC_NONOP, wrong="In a randomised comparison of surgical and nonoperative management", truth_alt=[MC_MORT]),
    C("mc-pop", MC, "population",
      "Most of the 34 patients in McCollum et al.'s (1979) carotid aneurysm series were women, and only a few had neurological symptoms.",
      MC_SEX, wrong="were women", accept=["population", "number"]),
    # Castellano 1977: none, direction, population, number
    C("ca-n1", CA, "none",
      "Castellano (1977) found that, among saline-injected mice, the BALB strain learned the pattern discriminations best.",
      CA_SAL),
    C("ca-dir", CA, "direction",
      "Castellano's (1977) experiments showed that caffeine given before or after training improved discrimination performance in BALB/c mice.",
      CA_CAF, wrong="improved discrimination performance in BALB/c mice"),
    C("ca-pop", CA, "population",
      "In three inbred strains of rats, caffeine given before or after training impaired pattern discrimination in one strain and improved it in the other two (Castellano, 1977).",
      CA_MICE, wrong="strains of rats", truth_alt=[CA_CAF]),
    C("ca-num", CA, "number",
      "Castellano (1977) reported that caffeine at 50 mg/kg, injected before or after the trials, improved visual discrimination in DBA and C57BL/6 mice.",
      CA_CAF, wrong="50 mg/kg"),
    # Weidmann et al. 1979: none, duration, comparator, overreach
    C("we-n1", WE, "none",
      "Weidmann and colleagues (1979) found that debrisoquine cut plasma norepinephrine by roughly half in normotensive, borderline and established hypertensive subjects alike, yet blood pressure fell substantially only in established essential hypertension.",
      WE_FALL),
    C("we-dur", WE, "duration",
      "Weidmann et al. (1979) estimated pressor sensitivity to endogenous norepinephrine from the changes in blood pressure and plasma norepinephrine after two weeks of oral debrisoquine.",
      WE_DEB, wrong="after two weeks", accept=DN),
    C("we-comp", WE, "comparator",
      "Weidmann et al. (1979) compared the effects of debrisoquine with those of propranolol on blood pressure and plasma norepinephrine in essential hypertension.",
      WE_DEB, wrong="with those of propranolol", truth_alt=[WE_FALL]),
    C("we-over", WE, "overreach",
      "Weidmann et al. (1979) proved that essential hypertension is caused by increased pressor sensitivity to norepinephrine.",
      WE_SUGG, wrong="proved that essential hypertension is caused by"),
    # Bigler et al. 1977: none x2, population, design
    C("bi-n1", BI, "none",
      "Bigler et al. (1977) reported that more than half of the 936 human brucellosis cases notified in Florida between 1930 and 1975 occurred in the 1940s.",
      BI_936),
    C("bi-n2", BI, "none",
      "According to Bigler and colleagues (1977), cattle were the likeliest source of brucellosis among Florida's livestock-industry workers, whereas most cases outside the industry were linked to swine.",
      BI_SRC),
    C("bi-pop", BI, "population",
      "In Florida, human brucellosis most often affected white women aged 25 to 44 (Bigler et al., 1977).",
      BI_WM, wrong="white women"),
    C("bi-des", BI, "design",
      "Bigler et al.'s (1977) prospective serological survey of Florida livestock workers found that brucellosis peaked between May and August.",
      BI_47, wrong="prospective serological survey of Florida livestock workers", truth_alt=[BI_SEAS],
      accept=["design", "population"]),
    # Hering & Lutzeyer 1979: none, direction, comparator, number
    C("hr-n1", HR, "none",
      "Hering and Lutzeyer (1979) gave thiazides (Esidrix) to 23 patients with resorptive or mixed hypercalciuria and saw a marked fall in urinary calcium without severe side effects.",
      HR_DEC, truth_alt=[HR_THZ, HR_SIDE]),
    C("hr-dir", HR, "direction",
      "Hering & Lutzeyer (1979) noted that sodium cellulose phosphate lowered renal oxalate excretion along with calcium and magnesium excretion.",
      HR_SCP, wrong="lowered renal oxalate excretion"),
    C("hr-comp", HR, "comparator",
      "For absorptive hypercalciuria in recurrent stone formers, Hering and Lutzeyer (1979) tested sodium cellulose phosphate against allopurinol.",
      HR_ABS, wrong="against allopurinol"),
    C("hr-num", HR, "number",
      "The 72 patients with absorptive hypercalciuria whom Hering and Lutzeyer (1979) treated with sodium cellulose phosphate showed reduced renal excretion of calcium and magnesium.",
      HR_SCP, wrong="72 patients"),
    # Wilson et al. 1977: none x2, duration, direction
    C("wi-n1", WI, "none",
      "Wilson et al. (1977) found that Plasmodium knowlesi trophozoites and schizonts plunged straight into liquid nitrogen were badly damaged on thawing, but survived much better when first held at -31 degrees C for half an hour.",
      WI_HOLD, truth_alt=[WI_PLUNGE]),
    C("wi-n2", WI, "none",
      "Ring-stage parasites tolerated rapid cooling comparatively well, 25-50% surviving a direct plunge to -196 degrees C, and the two-step protocols did nothing to improve their survival (Wilson et al., 1977).",
      WI_RING),
    C("wi-dur", WI, "duration",
      "Wilson and colleagues (1977) improved the survival of frozen schizonts by holding them at -31 degrees C for 24 hours before immersion in liquid nitrogen.",
      WI_HOLD, wrong="for 24 hours", accept=DN),
    C("wi-dir", WI, "direction",
      "Wilson et al. (1977) reported that two-step cooling also improved the survival of ring-stage P. knowlesi parasites.",
      WI_RING, wrong="also improved the survival of ring-stage"),
    # Pearson 1977: none, number, design, overreach
    C("pe-n1", PE, "none",
      "Pearson's (1977) review of 2032 Edinburgh patients with squamous oesophageal cancer seen between 1931 and 1969 found that, in the upper two-thirds of the oesophagus, radiotherapy gave better survival than surgery.",
      PE_UPPER, truth_alt=[PE_2032]),
    C("pe-num", PE, "number",
      "As treatment in Edinburgh swung from surgery to radiotherapy between 1949 and 1969, overall one-year and five-year survival rose to 32% and 19% (Pearson, 1977).",
      PE_SURV, wrong="19%"),
    C("pe-des", PE, "design",
      "In a randomised trial comparing radical surgery with radical radiotherapy, Pearson (1977) found similar long-term survival for tumours of the lower third of the oesophagus.",
      PE_LOWER, wrong="In a randomised trial comparing radical surgery with radical radiotherapy", truth_alt=[PE_2032]),
    C("pe-over", PE, "overreach",
      "Pearson (1977) concluded that radiotherapy should replace surgery for oesophageal cancer at every level of the oesophagus.",
      PE_LOWER, wrong="should replace surgery for oesophageal cancer at every level of the oesophagus", truth_alt=[PE_UPPER]),
    # Leavens et al. 1977: none x2, duration, population
    C("le-n1", LE, "none",
      "Before surgery, 14 of the 16 acromegalic patients studied by Leavens et al. (1977) showed a significant rise in serum growth hormone after TRH stimulation.",
      LE_14),
    C("le-n2", LE, "none",
      "Leavens and colleagues (1977) judged the result of transsphenoidal surgery unsatisfactory in four of their 16 acromegalic patients, attributing three of these failures to locally invasive adenoma.",
      LE_4, truth_alt=[LE_INV]),
    C("le-dur", LE, "duration",
      "No clinical or biochemical recurrence was seen in the 12 patients with noninvasive adenomas over an average follow-up of five years (Leavens et al., 1977).",
      LE_FU, wrong="an average follow-up of five years", accept=DN),
    C("le-pop", LE, "population",
      "Leavens et al. (1977) found that 12 acromegalic patients with invasive Grade 4 adenomas had normal fasting growth hormone levels after transsphenoidal surgery.",
      LE_12, wrong="invasive Grade 4 adenomas"),
    # Bertrand et al. 1977: none x2, duration, overreach
    C("be-n1", BE, "none",
      "Bertrand et al. (1977) performed selective coronary arteriography in 60 patients with a recent transmural myocardial infarction and found the investigation well tolerated.",
      BE_60, truth_alt=[BE_SHOWS]),
    C("be-n2", BE, "none",
      "Among the 25 patients with anterior infarction studied by Bertrand and colleagues (1977), the anterior descending artery was totally occluded in 36% and, more often, stenosed (64%).",
      BE_ANT),
    C("be-dur", BE, "duration",
      "Bertrand et al. (1977) carried out coronary arteriography within the first 48 hours of acute transmural infarction in 60 patients.",
      BE_60, wrong="within the first 48 hours", accept=DN),
    C("be-over", BE, "overreach",
      "Bertrand et al. (1977) concluded that every patient with a recent myocardial infarction should undergo preventive coronary bypass surgery.",
      BE_SHOWS, wrong="every patient with a recent myocardial infarction should undergo preventive coronary bypass surgery"),
    # Zer & Dintsman 1977: none, comparator, design, direction
    C("ze-n1", ZE, "none",
      "Zer and Dintsman (1977) found that conservatively treated biliary-pancreatic fistulas closed spontaneously in 81% of cases, including every low-output fistula but only 68% of high-output ones.",
      ZE_81, truth_alt=[ZE_LOHO]),
    C("ze-comp", ZE, "comparator",
      "Zer & Dintsman (1977) considered Roux-en-Y fistulojejunostomy superior to fistulogastrostomy for the surgical closure of external fistulas.",
      ZE_ROUX, wrong="superior to fistulogastrostomy"),
    C("ze-des", ZE, "design",
      "In their randomised trial of early versus delayed surgery for external biliary-pancreatic fistulas, Zer and Dintsman (1977) recorded three deaths among the 11 patients operated on.",
      ZE_27, wrong="randomised trial of early versus delayed surgery", truth_alt=[ZE_11, ZE_DEATHS]),
    C("ze-dir", ZE, "direction",
      "Zer and Dintsman's (1977) review found that operating on high-output fistulas within three months of their appearance lowered mortality.",
      ZE_DIED, wrong="lowered mortality"),
    # Uchida et al. 1977: none x2, comparator, number
    C("uc-n1", UC, "none",
      "Uchida et al. (1977) reported that left ventricular end-diastolic, end-systolic and stroke volumes measured with their ultrasonic analogue conversion system fell after sublingual nitroglycerin.",
      UC_NTG),
    C("uc-n2", UC, "none",
      "Uchida and colleagues (1977) described an ultrasonic system that samples endocardial echoes from the septum and the posterior wall and automatically computes the minor axis and volume of the left ventricle.",
      UC_CALC, truth_alt=[UC_SAMPLE]),
    C("uc-comp", UC, "comparator",
      "Volumes from Uchida et al.'s (1977) ultrasonic conversion system agreed closely with those obtained by radionuclide angiography.",
      UC_CLOSE, wrong="radionuclide angiography"),
    C("uc-num", UC, "number",
      "In Uchida et al.'s (1977) recordings, respiration altered left ventricular volume by up to 37.5%.",
      UC_RESP, wrong="37.5%"),
    # Satyaswaroop et al. 1979: none x2, population, design
    C("sa-n1", SA, "none",
      "Satyaswaroop et al. (1979) isolated glands from human endometrium by digesting the tissue with collagenase and filtering it through sieves of different pore sizes.",
      SA_COLL, truth_alt=[SA_METHOD]),
    C("sa-n2", SA, "none",
      "Epithelial monolayers grew from the isolated endometrial glands within 24 h of culture, and at seven days electron microscopy showed microvilli and desmosome-like junctions in cells from both proliferative and secretory endometrium (Satyaswaroop et al., 1979).",
      SA_24, truth_alt=[SA_EM]),
    C("sa-pop", SA, "population",
      "Satyaswaroop and colleagues (1979) developed a simple method for isolating endometrial glands from the rabbit uterus.",
      SA_METHOD, wrong="from the rabbit uterus"),
    C("sa-des", SA, "design",
      "Using serial biopsies in a longitudinal study of women through the menstrual cycle, Satyaswaroop et al. (1979) found that the appearance of endometrial glands reflects the functional state of the endometrium.",
      SA_FUNC, wrong="Using serial biopsies in a longitudinal study of women through the menstrual cycle", truth_alt=[SA_DISH]),
    # Kondo & Kanai 1977: none x2, direction, overreach
    C("ko-n1", KO, "none",
      "Kondo and Kanai (1977) found that among saturated fatty acids the 14-carbon acid (C14:0) was the most lethal to mycobacteria, with longer and shorter chains less active.",
      KO_C14),
    C("ko-n2", KO, "none",
      "Exposing mycobacteria to long-chain fatty acids at 0.04 mM in acetate buffer at pH 5.6, Kondo & Kanai (1977) found that the more unsaturated C18 acids killed more effectively (C18:3 > C18:2 > C18:1).",
      KO_ORDER, truth_alt=[KO_EXP]),
    C("ko-dir", KO, "direction",
      "Kondo and Kanai (1977) reported that converting fatty acids into methyl or cholesteryl esters enhanced their bactericidal activity against mycobacteria.",
      KO_ESTER, wrong="enhanced their bactericidal activity"),
    C("ko-over", KO, "overreach",
      "Kondo and Kanai's (1977) results show that long-chain fatty acids such as C14:0 are an effective treatment for tuberculosis in patients.",
      KO_C14, wrong="are an effective treatment for tuberculosis in patients", truth_alt=[KO_EXP], accept=["overreach", "population"]),
]
Path(__file__).resolve().parent.joinpath("claims.json").write_text(json.dumps(claims, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
print(len(claims), "claims")
