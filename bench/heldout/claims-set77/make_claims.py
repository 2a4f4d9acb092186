"""Writes claims.json (set 77). Hand-written claims; truth sentences copied verbatim from the abstracts (pool 14,
positions 1601-1620). The C() helper and the field layout are those of set 55's make_claims.py (its first 30 lines
only were read)."""
import json
from pathlib import Path

def C(id, key, kind, claim, truth, wrong=None, truth_alt=None, accept=None):
    d = {"id": id, "key": key, "kind": kind, "claim": claim, "truth": truth}
    if truth_alt: d["truth_alt"] = truth_alt
    if wrong: d["wrong"] = wrong
    if accept: d["accept"] = accept
    return d

MA, KR, VI, MO, RA = "martin1978morphological", "krieg1977anal", "viart1977blood", "montgomery1979depressive", "raghavan1977gm1"
AR, AD, TE, WA, MK = "arendshorst1979renal", "adams1978sodium", "terpstra1978influence", "warm1977modified", "mookherjee1978effects"
LO, HO, FO, MN, QU = "lode1977bacterial", "ho1979coarctation", "forre1977vh", "monif1977clinical", "quiret1977left"

MA_71 = "Skin biopsies were performed in 71 patients affected by the following disorders: ceroid-lipofuscinoses (17 cases), mucopolysaccharidoses (13 cases) mucolipidoses (seven cases), lipidoses (18 cases), metabolic diseases to be further classified (seven cases), acid maltase deficiency (nine cases)."
MA_62 = "In 62 cases (87.3%), positive diagnostic information was obtained while in seven other cases (9.9%) suggestive features were discovered which could support the final diagnosis."
MA_NEG = "In only two cases (2.8%) were the results negative."
MA_CONC = "We conclude that, in association with enzymatic assays in the cultured fibroblasts, a skin biopsy specimen provides a simple opportunity for the combination of both morphological and biochemical diagnosis of storage disorders, precluding major surgical procedures."
KR_59 = "Out of 153 patients with Crohn's disease in the last 11 years we have had 59 cases (= 38.6%) with a history of anal changes or such changes were demonstrable on admission to hospital."
KR_FLOR = "They always indicate a florid intestinal attack or a relapse after previous intestinal resection."
KR_THER = "Only after subtle diagnosis in which the nature and extent of these complications and the location of the intestinal disease focus are determined, the most promising therapy, after all possibilities of conservative treatment have been exhausted, is intestinal resection."
KR_LOC = "Local surgical measures which would often endanger continence, are reserved for the individual case."
VI_13 = "Intravascular volmes were sequentially determined in 13 African children recovering from protein-calorie malnutrition."
VI_20 = "On the 20th realimentation day, the absolute red cell volume had increased less than the absolute plasma volume, the total blood volume was almost normal per unti of body size."
VI_60 = "On the 60th realimentation day, near recovery, the absolute red cell volume had again increased, but again less than the absolute plasma volume, and the venous hematocrit was lower than on admission; the total blood volume was normalized per unit of body size, the red cell volume was low with a supranormal plasma volume."
VI_REHAB = "The rehabilitation period was characterized by an aggravation of the hemodilution already present before treatment."
MO_10 = "A new rating scale for depression was created from the 10 items shown to be most sensitive to treatment change."
MO_MADRS = "The Montgomery and Asberg Depression Rating Scale (MADRS) was found to be more sensitive to treatment change than the Hamilton Rating Scale (HRS)."
MO_12 = "36 patients were rated again after treatment and a 12 item rating scale for schizophrenia was derived from the items best able to discriminate between responders and non responders."
MO_BPRS = "The schizophrenia scale was found to be a more sensitive discriminator between responders and non responders than the Brief Psychiatric Rating Scale (BPRS) in the 25 patients rated on both scales simultaneously."
MO_DEP = "There was a relatively high incidence of depressive symptoms rated on the MADRS in acute schizophrenia suggesting that depressive symptoms are a commoner presenting feature of acute unequivocal schizophrenia than is normally acknowledged."
RA_TAURO = "Sodium taurocholate was required for the reaction, the crude bile salt at an optimum concentration of 0.4% producing twice as much activity as pure taurocholate at its optimum concentration of 0.8%."
RA_FIB = "In cultured skin fibroblasts and amniotic fluid cells these enzyme activities were 4 to 5 times higher."
RA_HET = "Homozygotes for GM1-gangliosidosis showed negligible activity while in heterozygotes the leukocyte GM1-cleaving activity was reduced to one-third of control values."
RA_OTHER = "In leukocytes from patients with four other sphingolipid storage diseases the activity was either normal (Krabbe's, Tay-Sachs, Metachromatic leukodystrophy) or increased (adult Gaucher's)."
AR_CMP = "Renal and nephron hemodynamics were compared between anesthetized, nondiuretic, spontaneously hypertensive rats (SHR) and Wistar-Kyoto rats (WKY)."
AR_MAP = "Although the mean arterial pressure was higher in SHR than in WKY, 158 VS. 114 mmHg, glomerular filtration rate (GFR) and renal blood flow (RBF) were similar in both groups."
AR_PRE = "Accordingly, the increased renal vascular resistance (RVR) in SHR was due to predominant preglomerular vasoconstriction."
AD_12 = "A 12-week study of clinical response, EEG changes and serum antiepileptic drug (AED) levels using sodium valproate (VAL) was undertaken."
AD_ADJ = "The study showed that VAL is a powerful adjunct in the treatment of intractable epilepsy."
AD_GEN = "It was most effective in patients with generalized seizures, but no seizure type was totally resistant."
AD_40 = "These two features in turn were most often seen with a serum VAL level of 40 microgram per milliliter or greater."
TE_4 = "Diurnal levels of serum triglyceride, cholesterol, free fatty acids, glucose, and cortisol were measured in four normal persons on a fixed solid 65% carbohydrate diet under steady state conditions in a metabolic unit."
TE_NOLOW = "Increase in meal frequency did not result in a lowering of mean diurnal triglyceride levels."
TE_CORT = "Cortisol rhythm did not change on varying meal frequency."
WA_46 = "Of 1400 patients who were submitted to the Haemoccult test, 46 showed a postive result."
WA_29 = "Among other things there were 29 polyps, of which 3 already showed a focal carcinoma, and 5 carcinomata of the large intestine and 3 gastric carcinomata were also diagnosed."
WA_FN = "The number of false negative findings must be considerably higher than previously estimated."
MK_19 = "Simultaneous hemodynamic, ventilation and blood gas measurements were performed in 19 males during cardiac catheterization for evaluation of chest pain syndrome before and 3 to 5 min after 0.4 mg sublingual nitroglycerin."
MK_PO2 = "However, the arterial PO2 decreased from a mean of 80 +/- 3 (SEM) to 72 +/- 2 mm Hg (P less than 0.001) and mean venous admixture increased from 8.8 +/- 1% to 12.6 +/- 1.5% (P less than 0.001)."
LO_37 = "Between March 1971 and April 1976 37 patients were seen with manifest bacterial endocarditis."
LO_ORG = "As causative organism a total of 30 gram-positive organisms (of which 15 were Streptococcus viridans and 8 were Staphylococcus species) and 10 gram-negative bacteria (4 of which were Pseudomonas aeruginosa) could be demonstrated."
LO_COMB = "Use of the combination of penicillin and streptomycin or gentamicin was based on the results of in-vitro bactericidal activity."
LO_13 = "13 patients died; the main cause was cardiac failure which was irreversible even despite operative valve replacement during the acute infection in two cases."
HO_35 = "Thirty-five aortic arch systems were studied using serial sectioning techniques."
HO_23 = "The other 23 hearts were from patients without aortic obstructive lesions, 7 from anatomically normal hearts, and the others from malformed hearts with anomalies elsewhere from the aortic arch."
HO_DIST = "The anatomical study of the hearts with obstructive aortic lesions emphasised the necessity of distinguishing 'coarctation' from 'tubular hypoplasia', since the curtain lesion of coarctation was found to coexist with tubular hypoplasia in some cases."
HO_SLING = "In all these cases with coarctation or tubular hypoplasia a sling of ductal tissue was located around the aortic isthmal orifice."
HO_6 = "In 6 hearts a diaphragm of ductal tissue was seen to form the coarctation lesion."
FO_SAMPLES = "IgG from 13 anti-A, 26 anti-B, and 10 anti-Duffy antisera were used to coat human erythrocytes."
FO_B = "Of the 26 IgG anti-Bcoated cell preparations, 21 were agglutinated exclusively by the anti-VHIII antiserum, and 5 were agglutinated mainly by the anti-VHIII antiserum but showed also some reactions using anti-VHI or anti-VHII antiserum, or both."
FO_A = "Similarly, 11 out of the 13 IgG anti-A antibodies belonged to VHI, and only 2 to VHIII."
FO_IGM = "Additional experiments indicated that IgM anti-A and IgM anti-B antibodies showed the same type of restriction to VH subgroups as the corresponding IgG antibody preparations."
MN_25 = "The clinical response to single-drug therapy with doxycycline was evaluated in 25 patients with gonococcal endoceruicitis and was correlated with the bacterial isolates present within the cul-de-sac."
MN_EXC = "The 10 patients with gonococcal salpingitis salpingitis and the three patients with gonococcal peritonitis exhibited excellent clinical responses."
MN_POLY = "When polymicrobial infection coexisted with gonococcal peritonitis or functioned without the concomitant presence of Neisseria gonorrhoeae, a significantly altered therapeutic response was observed in four of the 12 patients."
MN_CORR = "In the cases of polymicrobial peritonitis, there was a poor correlation between ensuing clinical response and in vitro resistance of one or more cul-de-sac isolated to doxycycline."
MN_RES = "The presence of a resistant organism did not preclude a good or satisfactory clinical response."
QU_30 = "Correlations were established, for 30 coronary patients, between the haemodynamic findings and those adduced from non-invasive techniques - electrocardiography, both at rest and on exercise, telethorax, and echocardiography."
QU_ECHO = "On the echocardiogram, an end-diastolic volume greater than 150 ml/m2, an ejection fraction less than 0.50 and VCF greater than 0.8 c/s are always accompanied by disturbances in the haemodynamics."
QU_CTR = "By contrast, the cardio-thoracic ratio, except in post-infarct cases complicated by left ventricular failure, gives no predictive indication of cardiac function."
QU_CONC = "These various examinations should therefore be applied to the coronary patient as an index of cardiac function."

claims = [
    # Martin and Ceuterick 1978: skin biopsy electron microscopy in storage disorders
    C("ma-n1", MA, "none", "Martin and Ceuterick (1978) examined skin biopsies under the electron microscope in 71 patients with metabolic storage disorders and obtained positive diagnostic information in about 87% of them, with only two biopsies entirely negative.", MA_62, truth_alt=[MA_NEG, MA_71]),
    C("ma-num", MA, "number", "In Martin and Ceuterick's (1978) series of 71 patients with storage disorders, electron microscopy of skin biopsies gave positive diagnostic information in just over half of cases.", MA_62, wrong="just over half"),
    C("ma-pop", MA, "population", "Martin and Ceuterick (1978) reported that electron microscopy of skin biopsies was diagnostic in most of 71 patients with inflammatory demyelinating neuropathies.", MA_71, wrong="inflammatory demyelinating neuropathies"),
    C("ma-over", MA, "overreach", "Skin biopsy morphology can replace enzyme assays altogether in diagnosing storage disorders of the nervous system (Martin & Ceuterick, 1978).", MA_CONC, wrong="can replace enzyme assays altogether"),
    # Krieg et al. 1977: anal and perianal lesions in Crohn's disease
    C("kr-n1", KR, "none", "Among 153 patients with Crohn's disease seen over 11 years, Krieg et al. (1977) found that 59 (nearly 39%) had current or past anal or perianal lesions.", KR_59),
    C("kr-n2", KR, "none", "Krieg and colleagues (1977) argued that once conservative treatment has failed, resecting the diseased bowel is the most promising option for perianal Crohn's disease, with local anal surgery kept for individual cases because it can threaten continence.", KR_THER, truth_alt=[KR_LOC]),
    C("kr-dur", KR, "duration", "Krieg et al.'s (1977) review of 153 Crohn's patients seen over the previous 11 months found anal changes in close to 40%.", KR_59, wrong="11 months"),
    C("kr-dir", KR, "direction", "According to Krieg et al. (1977), anal and perianal lesions in Crohn's disease usually appear while the intestinal disease is quiescent.", KR_FLOR, wrong="while the intestinal disease is quiescent"),
    # Viart 1977: blood volume during recovery from protein-calorie malnutrition
    C("vi-n1", VI, "none", "Viart (1977) followed blood volumes in 13 African children recovering from protein-calorie malnutrition and found that haemodilution, already present at admission, worsened during nutritional rehabilitation.", VI_REHAB, truth_alt=[VI_13]),
    C("vi-dir", VI, "direction", "In Viart's (1977) study of malnourished African children, the venous haematocrit had risen above its admission value by the 60th day of refeeding.", VI_60, wrong="risen above its admission value"),
    C("vi-pop", VI, "population", "Viart (1977) measured red cell and plasma volumes in 13 African adults recovering from protein-calorie malnutrition.", VI_13, wrong="adults"),
    C("vi-dur", VI, "duration", "After 20 weeks of realimentation, total blood volume per unit of body size was almost back to normal in these malnourished children, Viart (1977) found.", VI_20, wrong="20 weeks"),
    # Montgomery 1979: depressive symptoms in acute schizophrenia; MADRS
    C("mo-n1", MO, "none", "Montgomery (1979) found depressive symptoms to be relatively frequent in acute schizophrenia, suggesting they are a more common presenting feature than is usually recognised.", MO_DEP),
    C("mo-n2", MO, "none", "In Montgomery's (1979) work, a 10-item depression scale built from the items most responsive to treatment (the MADRS) detected change better than the Hamilton scale.", MO_MADRS, truth_alt=[MO_10]),
    C("mo-comp", MO, "comparator", "Montgomery (1979) reported that the new schizophrenia scale separated treatment responders from non-responders better than the Hamilton Rating Scale did.", MO_BPRS, wrong="the Hamilton Rating Scale"),
    C("mo-num", MO, "number", "From ratings of 36 schizophrenic patients before and after treatment, Montgomery (1979) derived a 20-item scale that distinguished responders from non-responders.", MO_12, wrong="20-item"),
    # Raghavan et al. 1977: GM1-ganglioside beta-galactosidase in leukocytes and fibroblasts
    C("ra-n1", RA, "none", "Raghavan et al. (1977) found negligible GM1-ganglioside beta-galactosidase activity in leukocytes from GM1-gangliosidosis homozygotes, while carriers had about a third of the normal activity.", RA_HET),
    C("ra-num", RA, "number", "According to Raghavan and colleagues (1977), cultured skin fibroblasts and amniotic fluid cells hydrolysed GM1-ganglioside at 40 to 50 times the leukocyte rate.", RA_FIB, wrong="40 to 50 times"),
    C("ra-dir", RA, "direction", "Raghavan et al.'s (1977) leukocyte assays showed reduced GM1-ganglioside beta-galactosidase activity in adult Gaucher's disease.", RA_OTHER, wrong="reduced"),
    C("ra-comp", RA, "comparator", "In the assay described by Raghavan et al. (1977), crude bile salt at 0.4% gave twice the activity of sodium deoxycholate at its optimum concentration.", RA_TAURO, wrong="sodium deoxycholate"),
    # Arendshorst and Beierwaltes 1979: renal haemodynamics in SHR vs WKY rats
    C("ar-n1", AR, "none", "Arendshorst and Beierwaltes (1979) found that although spontaneously hypertensive rats had a mean arterial pressure of 158 mmHg against 114 mmHg in Wistar-Kyoto controls, glomerular filtration rate and renal blood flow did not differ.", AR_MAP),
    C("ar-pop", AR, "population", "Arendshorst and Beierwaltes (1979) showed that the raised renal vascular resistance of Dahl salt-sensitive rats lies mainly in the preglomerular vessels.", AR_CMP, wrong="Dahl salt-sensitive rats", truth_alt=[AR_PRE]),
    C("ar-comp", AR, "comparator", "In spontaneously hypertensive rats compared with normotensive Sprague-Dawley rats, Arendshorst and Beierwaltes (1979) found similar whole-kidney and single-nephron filtration.", AR_CMP, wrong="Sprague-Dawley rats", truth_alt=[AR_MAP]),
    C("ar-dir", AR, "direction", "Renal blood flow was markedly reduced in spontaneously hypertensive rats compared with Wistar-Kyoto controls (Arendshorst & Beierwaltes, 1979).", AR_MAP, wrong="markedly reduced"),
    # Adams et al. 1978: sodium valproate in intractable epilepsy
    C("ad-n1", AD, "none", "In a 12-week study, Adams et al. (1978) found sodium valproate to be a powerful add-on treatment for intractable epilepsy, working best in generalised seizures, although no seizure type was wholly unresponsive.", AD_ADJ, truth_alt=[AD_GEN, AD_12]),
    C("ad-dur", AD, "duration", "Adams and colleagues' (1978) 12-month study of sodium valproate found it a powerful adjunct in intractable epilepsy.", AD_12, wrong="12-month"),
    C("ad-num", AD, "number", "Adams et al. (1978) observed fewer seizures and less epileptiform EEG activity mostly at serum valproate levels of 100 micrograms per millilitre or more.", AD_40, wrong="100 micrograms per millilitre"),
    C("ad-des", AD, "design", "In a randomised, placebo-controlled trial, Adams et al. (1978) showed that sodium valproate is an effective adjunct for intractable seizures.", AD_12, wrong="randomised, placebo-controlled trial"),
    # Terpstra et al. 1978: meal frequency and diurnal lipids in normal subjects
    C("te-n1", TE, "none", "Terpstra et al. (1978) studied four healthy people on a fixed high-carbohydrate diet in a metabolic unit and found that eating more frequent meals did not lower their average daily triglyceride levels.", TE_NOLOW, truth_alt=[TE_4]),
    C("te-n2", TE, "none", "Changing meal frequency left the diurnal cortisol rhythm unaltered (Terpstra et al., 1978).", TE_CORT),
    C("te-dir", TE, "direction", "Terpstra and colleagues (1978) found that splitting the same diet into eight meals a day lowered mean diurnal triglyceride levels.", TE_NOLOW, wrong="lowered mean diurnal triglyceride levels"),
    C("te-pop", TE, "population", "In four people with diabetes kept on a 65% carbohydrate diet, Terpstra et al. (1978) tracked diurnal triglyceride, glucose and cortisol levels across different meal schedules.", TE_4, wrong="four people with diabetes"),
    # Warm et al. 1977: Haemoccult test in 1400 patients
    C("wa-n1", WA, "none", "Of 1400 patients screened with the Haemoccult test by Warm et al. (1977), 46 tested positive; among them 29 polyps and five large-bowel cancers were found.", WA_46, truth_alt=[WA_29]),
    C("wa-num", WA, "number", "Warm et al. (1977) reported that 146 of 1400 patients had a positive Haemoccult test.", WA_46, wrong="146"),
    C("wa-over", WA, "overreach", "Warm and colleagues (1977) showed that Haemoccult screening of 1400 patients reduces deaths from colorectal cancer.", WA_46, wrong="reduces deaths from colorectal cancer", truth_alt=[WA_FN]),
    C("wa-des", WA, "design", "In a randomised screening trial of 1400 patients, Warm et al. (1977) found 46 positive Haemoccult tests.", WA_46, wrong="randomised screening trial"),
    # Mookherjee et al. 1978: sublingual nitroglycerin and pulmonary gas exchange
    C("mk-n1", MK, "none", "Mookherjee et al. (1978) found that 0.4 mg of sublingual nitroglycerin lowered arterial PO2 from about 80 to 72 mmHg and increased venous admixture in men undergoing catheterisation for chest pain.", MK_PO2, truth_alt=[MK_19]),
    C("mk-pop", MK, "population", "Mookherjee et al. (1978) measured pulmonary gas exchange before and after sublingual nitroglycerin in 19 women undergoing cardiac catheterisation for chest pain.", MK_19, wrong="19 women"),
    C("mk-dur", MK, "duration", "Within 30 to 50 minutes of a 0.4 mg sublingual dose of nitroglycerin, arterial oxygen tension fell, according to Mookherjee et al. (1978).", MK_19, wrong="30 to 50 minutes"),
    C("mk-des", MK, "design", "In a randomised, placebo-controlled crossover study, Mookherjee et al. (1978) showed that sublingual nitroglycerin reduces arterial PO2.", MK_19, wrong="randomised, placebo-controlled crossover study"),
    # Lode et al. 1977: bacterial endocarditis in 37 patients
    C("lo-n1", LO, "none", "Of the 37 patients with bacterial endocarditis described by Lode et al. (1977), 13 died, mostly of heart failure.", LO_13),
    C("lo-n2", LO, "none", "In Lode and colleagues' (1977) series, Streptococcus viridans was the commonest single organism (15 isolates), ahead of staphylococci (8), and gram-positive organisms outnumbered gram-negative bacteria by 30 to 10.", LO_ORG),
    C("lo-dur", LO, "duration", "Lode et al. (1977) described 37 patients with bacterial endocarditis seen over a 15-year period.", LO_37, wrong="15-year period"),
    C("lo-des", LO, "design", "In a randomised trial, Lode et al. (1977) compared penicillin plus streptomycin with penicillin plus gentamicin for bacterial endocarditis.", LO_COMB, wrong="In a randomised trial", accept=["design", "comparator"]),
    # Ho and Anderson 1979: ductal tissue in coarctation and tubular hypoplasia
    C("ho-n1", HO, "none", "Ho and Anderson (1979) serially sectioned 35 aortic arches and found a sling of ductal tissue around the isthmal orifice in every specimen with coarctation or tubular hypoplasia.", HO_SLING, truth_alt=[HO_35]),
    C("ho-n2", HO, "none", "Ho and Anderson's (1979) histological study argued that coarctation should be distinguished from tubular hypoplasia of the arch, since the two can occur together.", HO_DIST),
    C("ho-comp", HO, "comparator", "Ho and Anderson (1979) compared 12 arches with coarctation or tubular hypoplasia against 23 anatomically normal hearts.", HO_23, wrong="23 anatomically normal hearts", accept=["comparator", "population"]),
    C("ho-over", HO, "overreach", "Ho and Anderson (1979) proved that the coarctation lesion is always formed by a diaphragm of ductal tissue.", HO_6, wrong="proved that the coarctation lesion is always formed"),
    # Forre et al. 1977: VH subgroup restriction of blood-group antibodies
    C("fo-n1", FO, "none", "Forre et al. (1977) found that IgG anti-B antibodies were largely restricted to the VHIII subgroup (21 of 26 preparations exclusively), whereas most anti-A antibodies (11 of 13) belonged to VHI.", FO_B, truth_alt=[FO_A]),
    C("fo-n2", FO, "none", "IgM anti-A and anti-B antibodies showed the same VH subgroup restriction as their IgG counterparts (Forre et al., 1977).", FO_IGM),
    C("fo-comp", FO, "comparator", "Forre and colleagues (1977) reported that IgA anti-A and anti-B antibodies shared the VH subgroup restriction seen in the IgG preparations.", FO_IGM, wrong="IgA"),
    C("fo-num", FO, "number", "Forre et al. (1977) examined IgG from 13 anti-A, 26 anti-B and 40 anti-Duffy antisera.", FO_SAMPLES, wrong="40 anti-Duffy"),
    # Monif et al. 1977: doxycycline in gonococcal pelvic infection
    C("mn-n1", MN, "none", "Monif et al. (1977) treated women with gonococcal pelvic infection with doxycycline alone; the 10 with gonococcal salpingitis and the three with gonococcal peritonitis all responded excellently.", MN_EXC),
    C("mn-pop", MN, "population", "Monif et al. (1977) evaluated doxycycline as sole therapy in 25 men with gonococcal urethritis.", MN_25, wrong="men with gonococcal urethritis"),
    C("mn-dir", MN, "direction", "In Monif and colleagues' (1977) patients with polymicrobial peritonitis, in-vitro doxycycline resistance of cul-de-sac isolates closely predicted a poor clinical response.", MN_CORR, wrong="closely predicted", truth_alt=[MN_RES]),
    C("mn-over", MN, "overreach", "Monif et al. (1977) showed that doxycycline alone cures all pelvic infections, including polymicrobial peritonitis.", MN_POLY, wrong="cures all pelvic infections, including polymicrobial peritonitis"),
    # Quiret et al. 1977: left ventricular function on exercise and non-invasive tests in coronary patients
    C("qu-n1", QU, "none", "Quiret et al. (1977) found that, in coronary patients, an echocardiographic end-diastolic volume above 150 ml/m2 or an ejection fraction below 0.50 was always accompanied by haemodynamic disturbances.", QU_ECHO),
    C("qu-n2", QU, "none", "According to Quiret and colleagues (1977), the cardiothoracic ratio on chest X-ray did not predict left ventricular function in 30 coronary patients, except after infarction complicated by left ventricular failure.", QU_CTR, truth_alt=[QU_30]),
    C("qu-over", QU, "overreach", "Quiret et al. (1977) showed that non-invasive tests make cardiac catheterisation unnecessary in coronary patients.", QU_CONC, wrong="make cardiac catheterisation unnecessary", truth_alt=[QU_30]),
    C("qu-des", QU, "design", "In a randomised trial of 30 coronary patients, Quiret et al. (1977) compared catheter haemodynamics with ECG, chest X-ray and echocardiography.", QU_30, wrong="randomised trial"),
]
Path(__file__).resolve().parent.joinpath("claims.json").write_text(json.dumps(claims, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
print(len(claims), "claims written")
