"""Writes claims.json (set 33). Hand-written claims; truth sentences copied verbatim from the abstracts (records.xml).
Format as sets 10, 24: the C() helper below."""
import json
from pathlib import Path

def C(id, key, kind, claim, truth, wrong=None, truth_alt=None, accept=None):
    d = {"id": id, "key": key, "kind": kind, "claim": claim, "truth": truth}
    if truth_alt: d["truth_alt"] = truth_alt
    if wrong: d["wrong"] = wrong
    if accept: d["accept"] = accept
    return d

CH, SH, F4, PH, HA = "chiang1997synthetic", "shorr1997antihypertensives", "fabian1994neutrophil", "phipps1994measurement", "hak1998chromium"
NO, WH, KU, PE, F1 = "nowak1993synthesis", "white1994efficacy", "ku1995decreased", "petrides1997effect", "fabian1991prospective"
DE, CO, WI, BO, SW = "dent1995prognostic", "conley1994hyper", "williams1987socioeconomic", "bock2016engaging", "sweatman1989clinical"

CH_T1 = "The peptide inhibits the type I, but not the type III, collagen-induced platelet aggregation and the release of ATP in a dose-dependent manner."
SH_ADJ = "However, when we controlled for demographic characteristics and markers of comorbidity, there was no statistically significant increase or decrease in risk of serious hypoglycemia among users of any class of antihypertensive agents compared with nonusers of antihypertensive drugs."
F4_PIGS = "Anesthetized (fentanyl) mongrel pigs were sham injured or fluid resuscitated from soft tissue injury +35% hemorrhage."
HA_LAST = "Zinc and chromium contaminants were detected in many of the products that are common components of PN solutions for infants and children; the contamination may be sufficient to result in the administration of zinc and chromium in amounts exceeding current recommendations."
NO_CA1 = "Such a response is not sufficient to guarantee survival, since many CA1 neurons that show significant hsp72 staining are eventually lost after global ischemia in the rat."
KU_44 = "However, we observed a 44 +/- 19 and 28 +/- 14% decrease in the chaperone protein 70-kDa heat-shock cognate/heat shock protein (HSC/HSP-70) associated with the polysomes after 12 and 18 h of non-weight bearing, respectively."
F1_PROSP = "Over a nine-month period, patients with chest trauma were prospectively evaluated for myocardial contusion."
BO_DEPLOY = "We deployed the open source Lab of Things platform in a house of 11 residents as a demonstration of feasibility over the course of 3 months."
SW_METAB = "Metabolic processing of doxorubicin administered by continuous infusion was found to be similar to that of drug given by bolus administration and showed no change in pattern with time."
WI_SURV = "One-yr survival in all patients transplanted without cancer was 71%, and the mean cost was $92,866."

CLAIMS = [
 # Chiang 1997 (2 authors: Chiang, Kang)
 C("chiang-n1", CH, "none",
   "Chiang and Kang (1997) found that a synthetic 18-residue peptide taken from a platelet type I collagen receptor blocked the platelet aggregation and ATP release triggered by type I collagen, though not by type III collagen.",
   CH_T1),
 C("chiang-n2", CH, "none",
   "The radiolabelled peptide bound specifically to type I collagen-coated wells, with a Kd of about 10 nM (Chiang & Kang, 1997).",
   "The [125I]peptide-1 specifically binds to type I collagen-coated microtiter wells in a dose-dependent manner (with Kd = 10 nM)."),
 C("chiang-pop", CH, "population",
   "In Chiang and Kang's (1997) experiments the peptide also reduced platelet adhesion to segments of human aorta, in a dose-dependent way.",
   "The peptide also inhibits the adhesion of platelets on type I collagen matrix and rabbit aortic segments in a dose-dependent manner.",
   wrong="segments of human aorta"),
 C("chiang-comp", CH, "comparator",
   "The receptor-derived peptide inhibited type I collagen-induced aggregation but left aggregation induced by ADP untouched (Chiang and Kang, 1997).",
   CH_T1, wrong="aggregation induced by ADP"),

 # Shorr 1997
 C("shorr-n1", SH, "none",
   "Among 13,559 elderly Tennessee Medicaid enrollees on insulin or a sulfonylurea, no class of antihypertensive significantly raised or lowered the adjusted risk of serious hypoglycaemia relative to non-use (Shorr et al., 1997).",
   SH_ADJ,
   truth_alt=["PATIENTS: A total of 13,559 elderly (mean age, 78+/-7 years) Medicaid enrollees, who were prescribed insulin (n=5171, 38%) or sulfonylureas (n=8368, 62%) from 1985 through 1989."]),
 C("shorr-num", SH, "number",
   "Shorr and colleagues (1997) identified nearly 900 people who had at least one episode of serious hypoglycaemia during follow-up.",
   "We identified 598 persons with an episode of serious hypoglycemia during the study period.",
   wrong="nearly 900"),
 C("shorr-des", SH, "design",
   "Using a prospective cohort of older Medicaid patients taking insulin or sulfonylureas, Shorr et al. (1997) asked whether blood-pressure drugs change the risk of severe hypoglycaemia.",
   "DESIGN: Retrospective cohort study.",
   wrong="prospective cohort"),
 C("shorr-over", SH, "overreach",
   "Cardioselective beta-blockers roughly halved the risk of serious hypoglycaemia in older people using insulin or sulfonylureas (Shorr and colleagues, 1997).",
   SH_ADJ, wrong="roughly halved the risk", accept=["overreach", "direction"],
   truth_alt=["Crude rates of serious hypoglycemia were highest among users of ACE inhibitors (2.47 per 100 person-years) and lowest among users of cardioselective beta-blockers (1.23 per 100 person-years).",
              "CONCLUSIONS: In this population, specific antihypertensive drug therapy had little impact on the risk of hypoglycemia in older diabetic patients."]),

 # Fabian 1994
 C("fabian94-n1", F4, "none",
   "In anaesthetised pigs resuscitated from soft-tissue injury plus a 35% haemorrhage, CD18 density on circulating neutrophils stayed below that of sham-injured animals for 48 hours (Fabian et al., 1994).",
   "Mean channel fluorescence was reduced on PMNs for 48 hours in animals with trauma versus animals with sham injuries.",
   truth_alt=[F4_PIGS]),
 C("fabian94-pop", F4, "population",
   "Fabian and colleagues (1994) tested CD18 blockade in a baboon model of haemorrhagic shock followed by an endotoxin challenge.",
   F4_PIGS, wrong="baboon model"),
 C("fabian94-dur", F4, "duration",
   "Every group received the LPS challenge a week after the shock episode, with anti-CD18 antibody given either just before the trauma or just before LPS (Fabian and colleagues, 1994).",
   "The CD18 receptors were blocked with monoclonal antibodies either immediately before trauma or immediately before an endotoxin (lipopolysaccharide [LPS]) challenge that was administered to all groups 3 days after the shock episode.",
   wrong="a week after"),
 C("fabian94-dir", F4, "direction",
   "When anti-CD18 was given before the injury, the animals needed more fluid to hold their cardiac filling pressures after LPS, Fabian et al. (1994) report.",
   "Anti-CD18 was administered before trauma and reduced the fluids necessary to maintain cardiac filling pressures after LPS.",
   wrong="needed more fluid"),

 # Phipps 1994
 C("phipps-n1", PH, "none",
   "Phipps and colleagues (1994) describe the BASES, a 38-item scale completed by nurses, with five subscales covering somatic distress, compliance, mood/behaviour, interactions and activity during the acute phase of paediatric BMT.",
   "The Behavioral Affective and Somatic Experiences Scale (BASES) is a 38 item nurse-report instrument, with five subscales labeled Somatic distress, Compliance, Mood/Behavior, Interactions, and Activity.",
   truth_alt=["A new measure to assess behavioral, affective and somatic outcomes in the acute phase of bone marrow transplant is described."]),
 C("phipps-n2", PH, "none",
   "Inter-rater agreement on the BASES was good, paired nurse observations correlating at a median of about .87 (Phipps et al., 1994).",
   "Inter-rater reliability was good, with a median correlation between paired nurse observations of .866."),
 C("phipps-num", PH, "number",
   "Cronbach's alpha for the BASES subscales ranged from 0.64 to 0.90 (Phipps and colleagues, 1994).",
   "Internal consistency (Chronbach's alpha) for the subscales ranged from .742 to .902.",
   wrong="0.64"),
 C("phipps-des", PH, "design",
   "In a large multicentre validation study, Phipps et al. (1994) established the reliability and validity of their nurse-report scale for children undergoing bone marrow transplant.",
   "A series of pilot studies were conducted to refine the content of the BASES scale and to establish its psychometric properties in terms of internal consistency, inter-rater reliability, and validity.",
   wrong="large multicentre validation study", accept=["design", "overreach"],
   truth_alt=["A parent report version of the BASES scale has also been developed, and the finding of significant parent-nurse correlations provides preliminary evidence of the validity of the measure."]),

 # Hak 1998
 C("hak-n1", HA, "none",
   "Using flame atomic absorption spectrophotometry, Hak and colleagues (1998) found chromium and zinc contaminating many of the products routinely used to make up parenteral nutrition for infants and children.",
   HA_LAST,
   truth_alt=["The solutions were analyzed for chromium and zinc by flame atomic absorption spectrophotometry."]),
 C("hak-num", HA, "number",
   "Zinc was measurable in every lot of L-cysteine hydrochloride tested, at 3.2 to 8.6 mg/L (Hak et al., 1998).",
   "In the L-cysteine hydrochloride products, chromium was measurable in only two lots (0.11 and 0.23 mg/L); zinc was measurable in all lots (32-86 mg/L).",
   wrong="3.2 to 8.6 mg/L"),
 C("hak-pop", HA, "population",
   "Hak et al. (1998) estimated that a PN solution compounded from these components would give an adult patient up to an extra 0.7 microgram of chromium per kilogram.",
   "A PN solution for a < 10-kg infant compounded from the components assayed would provide up to an additional 0.7 microgram of chromium per kilogram and 200 micrograms of zinc per kilogram.",
   wrong="an adult patient"),
 C("hak-over", HA, "overreach",
   "Contaminated PN components have been shown to cause chromium and zinc toxicity in infants (Hak and colleagues, 1998).",
   HA_LAST, wrong="shown to cause chromium and zinc toxicity in infants", accept=["overreach", "design"]),

 # Nowak 1993 (single author, review)
 C("nowak-n1", NO, "none",
   "Nowak (1993) notes that every cell type in the brain can express stress proteins, although which cells respond depends strikingly on the insult.",
   "First, it is evident that all cell types in brain are capable of expressing stress proteins, although there is striking specificity in the population responding to a given insult."),
 C("nowak-des", NO, "design",
   "In a series of ischaemia experiments, Nowak (1993) showed that hsp72 immunoreactivity marks the cell populations that have mounted a functional stress response.",
   "Several conclusions can be drawn from available data on the expression of stress proteins in brain with respect to their utility as markers of cellular injury.",
   wrong="In a series of ischaemia experiments",
   truth_alt=["For this reason, hsp72 immunoreactivity provides an index of cell populations that have responded to an insult with a functional stress response."]),
 C("nowak-over", NO, "overreach",
   "According to Nowak's (1993) review, neurons that mount an hsp72 stress response are protected and survive the insult.",
   NO_CA1, wrong="are protected and survive the insult", accept=["overreach", "direction"]),
 C("nowak-pop", NO, "population",
   "Many CA1 neurons that stain strongly for hsp72 are nonetheless lost after global ischaemia in the gerbil (Nowak, 1993).",
   NO_CA1, wrong="in the gerbil"),

 # White 1994
 C("white-n1", WH, "none",
   "White and colleagues (1994) examined 120 carotid arteries in 60 consecutive patients with MR angiography, duplex ultrasound and digital subtraction arteriography.",
   "To that end, 120 carotid vessels, in 60 consecutive patients with carotid artery disease, were studied using MRA, Duplex ultrasonography (U/S), and conventional Digital Subtraction Arteriography (DSA)."),
 C("white-n2", WH, "none",
   "Counting a stenosis above 40% as positive, duplex ultrasound screening reached a sensitivity of 88% and a specificity of 81% (White et al., 1994).",
   "As a screening examination, U/S yielded a sensitivity of 88 per cent and a specificity of 81 per cent with 11 false positive and 7 false negative studies.",
   truth_alt=["Screening studies were considered positive if the vessel stenosis was determined to be greater than 40 per cent."]),
 C("white-dir", WH, "direction",
   "MRA proved clearly more sensitive than duplex ultrasound at detecting extracranial carotid stenosis in White et al.'s (1994) blinded comparison.",
   "MRA yielded a sensitivity of 84 per cent and a specificity of 81 per cent with 11 false positive and 9 false negative studies.",
   wrong="clearly more sensitive than duplex ultrasound", accept=["direction", "overreach"],
   truth_alt=["MRA and U/S achieved equivalent accuracy as screening examinations and correlated well in sensitivity and specificity when quality of the examination and experience of the examination center was taken into consideration."]),
 C("white-comp", WH, "comparator",
   "Both screening tests were scored against CT angiography as the reference standard (White and colleagues, 1994).",
   "The efficacy of MRA and U/S for detection of extracranial carotid stenoses was correlated with conventional DSA, which was used as a \"standard of reference\" for each patient.",
   wrong="CT angiography"),

 # Ku 1995
 C("ku-n1", KU, "none",
   "In rat soleus, polysome-associated HSC/HSP-70 fell by 44% after 12 h and by 28% after 18 h of non-weight bearing (Ku et al., 1995).",
   KU_44),
 C("ku-dur", KU, "duration",
   "Ku and colleagues (1995) saw less HSC/HSP-70 bound to the polysomes of rat soleus after 12 and 18 days of unloading.",
   KU_44, wrong="12 and 18 days"),
 C("ku-pop", KU, "population",
   "In unloaded mouse soleus, elongation factor 2 was not phosphorylated and so could not explain the slower elongation (Ku et al., 1995).",
   "Slowed elongation rate is the apparent cause of the rapid decrease in rat soleus muscle protein synthesis rate during non-weight bearing.",
   wrong="mouse soleus",
   truth_alt=["We found that elongation factor 2 was not phosphorylated and thus could not explain the slowed elongation rate."]),
 C("ku-dir", KU, "direction",
   "ATP levels fell in the non-weight-bearing soleus, Ku and colleagues (1995) report, which led them to test ATP's part in releasing HSC/HSP-70 from polysomes.",
   "ATP concentration increased in the non-weight-bearing muscle, so, because ATP enhances HSC/HSP-70 dissociation, we tested the potential role of ATP.",
   wrong="ATP levels fell"),

 # Petrides 1997
 C("petrides-n1", PE, "none",
   "During euglycaemic hyperinsulinaemia, insulin-mediated glucose disposal in stable cirrhotic patients was less than half that of matched controls (3.43 vs 7.36 mg/kg/min; Petrides et al., 1997).",
   "During euglycemic hyperinsulinemia, insulin-mediated glucose disposal was significantly reduced in cirrhotic patients (3.43 +/- 0.26 vs. 7.36 +/- 0.48 mg/kg/min, P < .01)."),
 C("petrides-n2", PE, "none",
   "Petrides and colleagues (1997) conclude that a single bout of moderate exercise may not improve the metabolic status of people with chronic liver disease.",
   "Single bouts of moderate exercise therefore may not have a beneficial effect on the metabolic status of patients with chronic liver disease."),
 C("petrides-dur", PE, "duration",
   "The exercise bout in Petrides et al.'s (1997) study was an hour on a treadmill at 60% of maximal aerobic capacity.",
   "Three to seven days later, studies were repeated following a single bout of exercise (30 minutes of treadmill exercise at 60% of maximal aerobic capacity).",
   wrong="an hour"),
 C("petrides-dir", PE, "direction",
   "Under combined hyperglycaemia and hyperinsulinaemia, one bout of exercise improved insulin sensitivity in cirrhotic patients and controls alike (Petrides and colleagues, 1997).",
   "During combined hyperglycemia/hyperinsulinemia, however, insulin sensitivity was unaffected by exercise in both patients and control individuals.",
   wrong="improved insulin sensitivity"),

 # Fabian 1991
 C("fabian91-n1", F1, "none",
   "Over nine months, Fabian and colleagues (1991) prospectively studied 92 patients with anterior chest trauma, using serial ECGs, CPK-MB, Holter monitoring and Doppler cardiac output to look for myocardial contusion.",
   "Ninety-two patients with evidence of anterior chest trauma were entered into the study and had 1) an ECG on admission and daily for three days; 2) monitoring of the myocardial band fraction of creatine phosphokinase (CPK-MB) on admission and every eight hours for 24 hours; 3) continuous electrocardiographic Holter monitoring for three to five days; and 4) noninvasive pulsed-Doppler cardiac output measurements daily for three days.",
   truth_alt=[F1_PROSP]),
 C("fabian91-num", F1, "number",
   "Thirty-two of the patients developed significant arrhythmias, most of them paroxysmal ventricular tachycardia (Fabian et al., 1991).",
   "Twenty-three patients developed 25 significant arrhythmias (SARRs): 1 atrial fibrillation, 1 AV dissociation, 5 supraventricular tachycardias, and 18 paroxysmal ventricular tachycardias.",
   wrong="Thirty-two"),
 C("fabian91-dur", F1, "duration",
   "Fabian et al. (1991) recommend that stable patients at risk of myocardial contusion be monitored for 48 hours.",
   "We conclude that 1) CPK-MB monitoring should not be routinely used for screening and diagnosis; 2) continuous arrhythmia monitoring deserves further clinical investigation but not routine application; 3) stable patients at risk for myocardial contusion should be monitored for 24 hours; and 4) the Abbreviated Injury Score for \"minor\" myocardial contusion should be deleted for purposes of ISS tabulation.",
   wrong="48 hours"),
 C("fabian91-des", F1, "design",
   "In a retrospective chart review of chest-trauma patients, Fabian and colleagues (1991) found that CPK-MB levels tracked significant arrhythmias but were neither sensitive nor specific.",
   F1_PROSP, wrong="retrospective chart review",
   truth_alt=["The CPK-MB levels correlated with the SARRs but were neither sensitive nor specific."]),

 # Dent 1995
 C("dent-n1", DE, "none",
   "Of 211 patients with acute subdural haematoma and GCS scores from 3 to 15, 128 (61%) were managed without surgery and 83 had a craniotomy (Dent et al., 1995).",
   "One hundred twenty-eight patients (61%) were managed nonoperatively (Nonop), whereas 83 (39%) were managed with craniotomy [operatively (Op)].",
   truth_alt=["In an effort to evaluate factors that predict outcome for the entire spectrum of ASDH patients, we evaluated 211 patients with ASDH and GCS scores of 3 to 15."]),
 C("dent-num", DE, "number",
   "Dent and colleagues (1995) report that about half of the operated patients had their haematoma evacuated within four hours.",
   "Thirty-five percent of the Op patients had their hematoma evacuated within 4 hours (early), whereas 65% did not (delayed).",
   wrong="about half"),
 C("dent-comp", DE, "comparator",
   "Patients operated on within 4 hours had significantly lower functional survival than patients managed without surgery (24% vs 51%; Dent and colleagues, 1995).",
   "Early Op patients had a significantly lower incidence of functional survival (early = 24% vs. delayed = 51%, p = 0.02).",
   wrong="patients managed without surgery"),
 C("dent-dir", DE, "direction",
   "Judging by their GCS scores, patients who went to craniotomy had less severe brain injuries than those managed nonoperatively (Dent et al., 1995).",
   "Op patients had more severe brain injuries, as evidenced by their lower GCS scores (Op 7.8 vs. Nonop 10.7, p = 0.0001), higher incidence of large ASDH with midline shift (Op 61% large ASDH, 83% midline shift vs. Nonop 16% large ASDH, 30% midline shift, p = 0.001 for each comparison), and higher incidence of basilar cistern effacement (Op 61% vs. Nonop 21%, p = 0.001).",
   wrong="less severe brain injuries"),

 # Conley 1994
 C("conley-n1", CO, "none",
   "Conley et al. (1994) evaluated 17 unrelated males suspected of X-linked hyper IgM syndrome; activated T cells from 13 of them failed to bind a soluble CD40 construct.",
   "Activated T cells from 13 of the 17 patients failed to bind a soluble CD40 construct.",
   truth_alt=["We evaluated 17 unrelated males suspected of having X-linked hyper IgM syndrome."]),
 C("conley-n2", CO, "none",
   "Hyper IgM syndrome may stem either from faulty CD40 ligand expression by activated T cells or from defective CD40 signalling in B cells (Conley and colleagues, 1994).",
   "These findings indicate that hyper IgM syndrome may result from defects in expression of CD40 ligand by activated T cells or defects in CD40-mediated signal transduction in B cells."),
 C("conley-pop", CO, "population",
   "In Conley et al.'s (1994) series, it was B cells from the patients whose CD40 ligand was mutated that failed to secrete IgE or express CD23 and CD25 after anti-CD40 stimulation.",
   "In comparison with B cells from controls or patients with hyper IgM syndrome and mutant CD40 ligand, B cells from the patients with hyper IgM syndrome and normal CD40 ligand were defective in their ability to secrete IgE (P < 0.02) or express activation markers, CD25 and CD23 (P < 0.02) in response to stimulation with anti-CD40.",
   wrong="patients whose CD40 ligand was mutated", accept=["population", "comparator"]),
 C("conley-comp", CO, "comparator",
   "The B-cell defect was specific to CD40, since the same cells up-regulated CD23 and CD25 normally when stimulated with lipopolysaccharide (Conley et al., 1994).",
   "The failure of these B cells to respond to CD40-mediated activation could not be attributed to a generalized deficiency in B cell activation because IL4 induced normal up-regulation of CD23 and CD25 expression.",
   wrong="lipopolysaccharide"),

 # Williams 1987
 C("williams-n1", WI, "none",
   "Williams and colleagues (1987) assessed outcome, cost, length of stay and rehabilitation in 55 consecutive liver transplant recipients operated on between May 1982 and June 1985.",
   "The outcome, cost, length of hospital stay, and extent of rehabilitation were assessed in a series of 55 consecutive patients who received hepatic transplants between May 1982 and June 1985."),
 C("williams-num", WI, "number",
   "One-year survival among recipients transplanted without cancer was 81%, at a mean cost of $92,866 (Williams et al., 1987).",
   WI_SURV, wrong="81%"),
 C("williams-dir", WI, "direction",
   "Williams et al. (1987) found that a liver transplant cost less, on average, than the hospital care of patients in their last year of life who died of hepatic failure without one.",
   "The mean cost of hospitalization for the last 12 months of life in patients who did not receive transplants was $45,643.",
   wrong="cost less", truth_alt=[WI_SURV]),
 C("williams-over", WI, "overreach",
   "All patients who survived the first year after hepatic transplantation were fully rehabilitated and back to their pre-illness activity (Williams and colleagues, 1987).",
   "Eight-two percent of patients surviving the first yr are fully rehabilitated and restored to pre-illness activity.",
   wrong="All patients who survived the first year", accept=["overreach", "number"]),

 # Bock 2016
 C("bock-n1", BO, "none",
   "Bock and colleagues (2016) deployed the open-source Lab of Things platform in a house of 11 residents for three months as a feasibility demonstration.",
   BO_DEPLOY),
 C("bock-n2", BO, "none",
   "A 2016 study by Bock et al. found family members comfortable with the visualisation app, whereas older adults expected it to be hard to learn and struggled to see what it was for.",
   "Family members felt comfortable using the application.",
   truth_alt=["Older adults however, indicated it would be difficult to learn to use the application, and had trouble identifying utility."]),
 C("bock-dur", BO, "duration",
   "The smart-home sensors gathered motion, temperature, luminosity and humidity data over six months (Bock et al., 2016).",
   BO_DEPLOY, wrong="six months",
   truth_alt=["The system consisted of Aeon Labs Z-wave Door/Window sensors and an Aeon Labs Multi-sensor that collected data on motion, temperature, luminosity, and humidity."]),
 C("bock-des", BO, "design",
   "Bock et al.'s (2016) randomised evaluation with 19 older adults and caregivers guided further revisions of the interface.",
   "We then conducted a survey with 19 older adult and caregiver stakeholders to inform further design revisions.",
   wrong="randomised evaluation"),

 # Sweatman 1989
 C("sweatman-n1", SW, "none",
   "Sweatman and colleagues (1989) studied fifteen patients given doxorubicin by continuous infusion, either short-term (5 days at 10-15 mg/m2/day) or long-term (5 to 104 days at 3 mg/m2/day).",
   "Fifteen patients were studied during short-term (5 days at 10-15 mg/m2/day) or long-term (5-104 days at 3 mg/m2/day) doxorubicin infusion."),
 C("sweatman-n2", SW, "none",
   "No anthracycline was detectable in the serum of patients on long-term infusion (Sweatman et al., 1989).",
   "No detectable serum levels of anthracycline were seen in patients receiving long-term doxorubicin therapy."),
 C("sweatman-comp", SW, "comparator",
   "Metabolism of infused doxorubicin resembled that of the liposomal formulation and did not change over time (Sweatman and colleagues, 1989).",
   SW_METAB, wrong="the liposomal formulation"),
 C("sweatman-over", SW, "overreach",
   "Because its metabolism matches that of bolus dosing, continuous-infusion doxorubicin can safely replace bolus administration in routine practice (Sweatman et al., 1989).",
   SW_METAB, wrong="can safely replace bolus administration in routine practice",
   truth_alt=["However, a greater variability in serum and urinary anthracycline levels was seen among patients on infusion schedules than has been noted with bolus drug treatment."]),
]

if __name__ == "__main__":
    (Path(__file__).resolve().parent / "claims.json").write_text(json.dumps(CLAIMS, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(len(CLAIMS), "claims")
