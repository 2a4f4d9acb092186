"""Writes claims.json (set 25, evaluator E-25, round nine). Hand-written claims on the 15 abstracts of pmids.txt;
truth sentences copied verbatim (whitespace-normalised) from the abstracts in records.xml. C() helper as set 10's."""
import json
from pathlib import Path

def C(id, key, kind, claim, truth, wrong=None, truth_alt=None, accept=None):
    d = {"id": id, "key": key, "kind": kind, "claim": claim, "truth": truth}
    if truth_alt: d["truth_alt"] = truth_alt
    if wrong: d["wrong"] = wrong
    if accept: d["accept"] = accept
    return d

JO, BK, RO, DA, GA = "johnson1997differences", "brookoff1994emergency", "roe1996bringing", "dass1991mass", "gavant1992iodixanol"
FA, BI, PR, M7, M2 = "farrar1996neutropenia", "bird1996contribution", "prevost1992oral", "miller1997pharmacology", "miller1992discrepancies"
ME, RS, NE, FL, NI = "meduri1992management", "ross1996prediction", "neill1997phase", "fleming1992factors", "nishigaki1997prevalence"

JO_RES = "Disopyramide unbound fractions were significantly higher in blacks than whites (0.131 vs 0.113) as were salicylic acid unbound fractions (0.053 vs 0.048)."
JO_POP = "Drug-free plasma was collected from 29 healthy volunteers (15 white, 14 black)."
BK_DUR = "In the subsequent eight-month period, 670 patients were referred for home care on discharge from the ED (2% of all discharges)."
RO_RATE = "The judicious use of these procedures is evidenced by the malignancy rate of core biopsies of 16 per cent, identical to the historical rate for needle localization assisted excisional biopsy at our institution."
DA_FIRST = "Fast atom bombardment (FAB) mass spectrometry and multiple reaction monitoring (MRM) in the B/E linked-field scan mode were used to quantify endogenous beta-endorphin (BE) in individual human pituitary extracts."
DA_LAST = "The amounts (means +/- s.d.) of endogenous BE in five separate human pituitaries were found to be 156 +/- 84 [( M + H]+ method) and 169 +/- 99 pmol mg-1 protein (MRM method)."
GA_40 = "Forty patients undergoing elective excretory urography were studied after bolus injection of doses of iodixanol with either 27 or 32 g of iodine."
BI_RETRO = "During the 2 1/2 years of this retrospective study, 2263 antepartum admissions were made for pregnancy complications."
PR_FIRST = "The pharmacokinetics of oral nifedipine were studied in 15 women with pregnancy-induced hypertension in the third trimester of pregnancy to determine if the drug's disposition was different from that in nonpregnant patients."
M7_FIRST = "This was a pharmacological companion study to a randomized Phase III trial comparing 21-day oral versus 3-day i.v. etoposide in combination with i.v. cisplatin in patients with extensive-stage small cell lung cancer."
M2_FIRST = "Agreements between auscultatory blood pressure measurements and recordings of the Suntech Accutracker II ambulatory blood pressure monitor (ABPM) were examined in 103 participants ages 23 through 91 to estimate influence of age on accuracy of automated recordings."
ME_FIRST = "We conducted a prospective study to determine the effectiveness of protected bronchoalveolar lavage (PBAL) in diagnosing pneumonia in ventilated patients and the usefulness of bronchoscopic data in treating ventilated patients."
RS_212 = "A total of 212 patients met study criteria that included intubation within the first 24 hours of injury, ventilatory support requirement > or = 72 hours, and a survival time of at least 14 days postinjury."
RS_ALL = "All adult trauma patients admitted to our Level I trauma center over a 4-year period between January 1990-December 1993 were evaluated."
NE_RESP = "None of the four patients with non-small cell lung cancer responded to treatment, while six of seven small cell lung cancer patients have obtained major responses to therapy."
NE_FIRST = "We initiated a phase II pilot study to determine whether adding paclitaxel (Taxol; Bristol-Myers Squibb Company, Princeton, NJ) to combination carboplatin/etoposide is tolerable and active in patients with advanced non-small cell lung cancer and extensive small cell lung cancer."
NI_51 = "In 51 of 108 B-lineage ALL samples, bone marrow-derived stroma not only inhibited apoptosis of ALL cells but also supported their proliferation in serum-free medium."
NI_WELLS = "When single leukemic cells were placed in the stroma-coated wells of microtiter plates, the percentage of wells with leukemic cell growth after 2 to 5 months of culture ranged from 6% to 20% (median, 15%; 5 experiments)."

CLAIMS = [
 # Johnson 1997 (44)
 C("johnson-n1", JO, "none",
   "Johnson and Livingston (1997) found unbound fractions of both disopyramide and salicylic acid to be significantly higher in black than in white volunteers, although the gap vanished once AGP and albumin concentrations were accounted for.",
   JO_RES,
   truth_alt=["When unbound fractions were corrected for AGP and albumin concentration, racial differences were no longer present."]),
 C("johnson-num", JO, "number",
   "In plasma from 29 healthy volunteers, the unbound fraction of disopyramide averaged 0.131 in black subjects against 0.083 in white subjects (Johnson & Livingston, 1997).",
   JO_RES, wrong="0.083"),
 C("johnson-dir", JO, "direction",
   "Plasma from black volunteers bound disopyramide and salicylic acid more tightly than plasma from white volunteers, leaving less of each drug free (Johnson and Livingston, 1997).",
   JO_RES, wrong="bound disopyramide and salicylic acid more tightly"),
 C("johnson-pop", JO, "population",
   "Johnson and Livingston's (1997) equilibrium-dialysis study drew on plasma from 29 patients on long-term disopyramide therapy, 15 of them white and 14 black.",
   JO_POP, wrong="patients on long-term disopyramide therapy"),
 # Brookoff 1994 (45)
 C("brookoff-n1", BK, "none",
   "Once an inner-city emergency department had its own nurse-coordinator for home care, rapidly deployed services spared roughly one in five of the patients visited an emergency admission (Brookoff & Minniti-Hill, 1994).",
   "For 99 of these patients (22%), the availability of rapidly deployed home care services obviated the need for emergency admission to the hospital."),
 C("brookoff-dur", BK, "duration",
   "Brookoff and Minniti-Hill (1994) stationed a nurse-coordinator in the ED for eighteen months, during which 670 discharged patients were referred for home care.",
   BK_DUR, wrong="eighteen months",
   truth_alt=["A nurse-coordinator who arranged and managed rapidly deployed home care services then was assigned to the ED for eight months."]),
 C("brookoff-num", BK, "number",
   "In the preintervention survey, 17% of 650 consecutive ED discharges were going without home care they were eligible for (Brookoff and Minniti-Hill, 1994).",
   "Forty-five of 650 (7%) surveyed patients were not receiving home care services for which they were eligible.",
   wrong="17%"),
 C("brookoff-over", BK, "overreach",
   "According to Brookoff and Minniti-Hill's (1994) evaluation, ED-coordinated home care can replace hospital admission for most elderly patients discharged from emergency departments.",
   "Access to rapidly deployed home care services can obviate the need for hospital admission for a select group of debilitated patients.",
   wrong="can replace hospital admission for most elderly patients discharged from emergency departments",
   accept=["overreach", "population"]),
 # Roe 1996 (47)
 C("roe-n1", RO, "none",
   "Roe and colleagues (1996) report that surgeons pick up stereotactic and ultrasound-guided core needle biopsy readily, and that the technique speeds a definitive diagnosis for patients with breast disease.",
   "These procedures are readily learned by surgeons.",
   truth_alt=["Core breast biopsy expedites definitive diagnosis and optimizes patient convenience."]),
 C("roe-n2", RO, "none",
   "Payment for core breast biopsy varies widely, so surgeons need to take an active part in negotiating with payors if costs are to be covered (Roe et al., 1996).",
   "Reimbursement is highly variable, and active physician participation in negotiating with payors to insure that costs are met is essential."),
 C("roe-num", RO, "number",
   "At Roe et al.'s (1996) institution, about 26 per cent of core biopsies proved malignant, matching the historical rate for needle-localised excisional biopsy.",
   RO_RATE, wrong="about 26 per cent"),
 C("roe-comp", RO, "comparator",
   "The malignancy rate of office core biopsies, 16 per cent, was identical to the institution's historical rate with fine-needle aspiration, Roe and colleagues (1996) note.",
   RO_RATE, wrong="fine-needle aspiration"),
 # Dass 1991 (48)
 C("dass-n1", DA, "none",
   "Fast atom bombardment mass spectrometry, with multiple reaction monitoring, allowed Dass and colleagues (1991) to measure endogenous beta-endorphin in extracts from individual human pituitaries.",
   DA_FIRST),
 C("dass-n2", DA, "none",
   "Across five pituitaries, Dass et al. (1991) measured mean beta-endorphin contents of 156 and 169 pmol per mg protein, depending on which of their two mass spectrometric methods was used.",
   DA_LAST),
 C("dass-num", DA, "number",
   "Endogenous beta-endorphin in 15 separate human pituitaries averaged about 156 pmol/mg protein by the [M + H]+ method (Dass et al., 1991).",
   DA_LAST, wrong="15 separate"),
 C("dass-pop", DA, "population",
   "A 1991 study by Dass et al. used FAB mass spectrometry to quantify beta-endorphin in individual rat pituitary extracts.",
   DA_FIRST, wrong="rat pituitary extracts", truth_alt=[DA_LAST]),
 # Gavant 1992 (49)
 C("gavant-n1", GA, "none",
   "Gavant and Siegle (1992) gave iodixanol, at doses carrying 27 or 32 g of iodine, to forty patients having elective excretory urography, and no adverse event occurred.",
   GA_40, truth_alt=["No adverse event or idiosyncratic reaction occurred."]),
 C("gavant-num", GA, "number",
   "Apart from seventeen patients who felt coolness where it was injected, iodixanol caused no reactions during urography (Gavant & Siegle, 1992).",
   "Seven patients felt coolness at the site of injection.", wrong="seventeen"),
 C("gavant-over", GA, "overreach",
   "In the first US clinical experience with the dimer, Gavant and Siegle (1992) showed that iodixanol minimises both chemotoxic and osmotoxic side effects compared with other contrast media.",
   "Further clinical investigation with iodixanol is warranted to determine if its beneficial chemical properties minimize both the chemotoxic and osmotoxic side effects and the disruption of physiologic functions that are seen with use of other ionic and nonionic contrast media.",
   wrong="showed that iodixanol minimises both chemotoxic and osmotoxic side effects compared with other contrast media",
   accept=["overreach", "comparator"]),
 C("gavant-des", GA, "design",
   "In a randomised, double-blind comparison, Gavant and Siegle (1992) found that iodixanol gave diagnostically adequate urograms at both doses tested.",
   GA_40, wrong="randomised, double-blind comparison", accept=["design", "comparator"],
   truth_alt=["Diagnostically adequate urographic examinations were routinely obtained with both doses."]),
 # Farrar 1996 (50)
 C("farrar-n1", FA, "none",
   "About a quarter of patients with XLA, 13 of 50 with identified Btk mutations, had had episodes of profound neutropenia in Farrar and colleagues' (1996) record review.",
   "A review of medical records of patients in whom mutations in Btk had been identified indicated that 13 of 50 patients (26%) had experienced episodes of profound neutropenia."),
 C("farrar-dir", FA, "direction",
   "Boys with XLA whose presenting illness included neutropenia were typically diagnosed in infancy and more often had a family history of immunodeficiency (Farrar et al., 1996).",
   "These boys were more likely to be less than a year of age at the time of diagnosis and they were less likely to have a family history of immunodeficiency.",
   wrong="more often had a family history of immunodeficiency"),
 C("farrar-dur", FA, "duration",
   "In the XLA series reported by Farrar et al. (1996), neutropenic episodes varied in length but often lasted more than a month.",
   "The duration of neutropenia was variable but was often more than 1 week.", wrong="more than a month"),
 C("farrar-over", FA, "overreach",
   "Farrar and colleagues (1996) showed that particular Btk mutations cause the neutropenia seen in X-linked agammaglobulinemia.",
   "Although neutropenia was not associated with any specific mutation in Btk, most of the alterations in this gene in the patients with XLA and neutropenia resulted in the absence of Btk protein or in amino acid substitutions in sites thought to be critical to Btk function.",
   wrong="showed that particular Btk mutations cause the neutropenia", accept=["overreach", "direction"]),
 # Bird 1996 (51)
 C("bird-n1", BI, "none",
   "Among 2263 antepartum admissions for pregnancy complications, Bird et al. (1996) counted a consultation rate of 7.8%, with maternal-fetal medicine the specialty most often called in.",
   "One hundred sixty-six of those patients were hospitalized 176 times and were treated by one or more consulting physicians for a consultation rate of 7.8%.",
   truth_alt=[BI_RETRO, "Eighteen specialties were consulted, including 54 (32%) consultations from maternal fetal medicine, 44 (24%) from internal medicine, 28 (16%) from general surgery, and 22 (12%) from endocrinology."]),
 C("bird-dur", BI, "duration",
   "A five-year review of a tertiary centre's antepartum admissions (Bird and colleagues, 1996) looked at how often obstetricians called in other specialists.",
   BI_RETRO, wrong="five-year"),
 C("bird-des", BI, "design",
   "In their prospective study of complicated pregnancies, Bird and colleagues (1996) found that consultants confirmed 87.9% of admission diagnoses and added 46 new ones.",
   BI_RETRO, wrong="prospective study",
   truth_alt=["Of the initial admission diagnoses, 87.9% were confirmed and 46 new diagnoses were made by the consultants."]),
 C("bird-dir", BI, "direction",
   "The more consultants involved, the shorter the mother's stay in hospital and the lower its cost, according to Bird et al. (1996).",
   "A significant positive correlation was noted between the number of consultants, maternal length of hospital stay, and maternal hospitalization cost.",
   wrong="the shorter the mother's stay in hospital and the lower its cost"),
 # Prevost 1992 (53)
 C("prevost-n1", PR, "none",
   "In 15 third-trimester women with pregnancy-induced hypertension, a 10 mg oral dose of nifedipine reached peak serum levels after about 40 minutes (Prevost et al., 1992).",
   "Peak serum concentrations of 38.6 +/- 18 ng/ml occurred at approximately 40 minutes after ingestion of nifedipine 10 mg.",
   truth_alt=[PR_FIRST]),
 C("prevost-n2", PR, "none",
   "Nifedipine reaches the fetus: Prevost and colleagues (1992) measured cord-blood concentrations at roughly 93% of simultaneous maternal levels, and amniotic fluid at just over half.",
   "Nifedipine was detected in samples of fetal cord blood and amniotic fluid at concentrations approximately 93% and 53% those of simultaneous maternal vein samples, respectively."),
 C("prevost-dir", PR, "direction",
   "Prevost et al. (1992) found that nifedipine's terminal elimination half-life, about 1.3 hours, was longer than reported for normotensive volunteers and nonpregnant hypertensives.",
   "The terminal elimination half-life (mean 1.3 +/- 0.5 hrs) was shorter than that reported for normotensive volunteers and nonpregnant hypertensives after oral dosing.",
   wrong="was longer than"),
 C("prevost-comp", PR, "comparator",
   "Apparent clearance of nifedipine in these pregnant women, 2.0 L/hr/kg, was about four times faster than in nonpregnant women with chronic hypertension (Prevost and colleagues, 1992).",
   "Mean +/- SD apparent elimination clearance of 2.0 +/- 0.8 L/hr/kg was more rapid than that in healthy volunteers (mean 0.49 +/- 0.09 L/hr/kg).",
   wrong="nonpregnant women with chronic hypertension", accept=["comparator", "population"]),
 # Miller 1997 (54)
 C("miller97-n1", M7, "none",
   "In the pharmacology companion study to CALGB 9062, older patients with extensive-stage SCLC had higher trough etoposide concentrations (Miller et al., 1997).",
   "Regression analysis revealed that increasing age was correlated with higher EC (r = 0.27; two-tailed P < 0.01) and Efree (r = 0.31; two-tailed P < 0.01).",
   truth_alt=[M7_FIRST]),
 C("miller97-comp", M7, "comparator",
   "Miller and colleagues (1997) measured etoposide levels within a randomised phase III trial that compared 21-day oral etoposide with 3-day intravenous topotecan, each given alongside cisplatin.",
   M7_FIRST, wrong="3-day intravenous topotecan"),
 C("miller97-dir", M7, "direction",
   "Higher etoposide concentrations went with higher white-cell and neutrophil counts after the first course of oral etoposide and cisplatin (Miller et al., 1997).",
   "Higher EC and Efree values were associated with lower WBC counts and absolute neutrophil counts after the first treatment course in 83 patients with nadir counts.",
   wrong="higher white-cell and neutrophil counts"),
 C("miller97-over", M7, "overreach",
   "Trough etoposide levels predicted both myelosuppression and tumour response in small cell lung cancer patients on the 21-day oral schedule (Miller and colleagues, 1997).",
   "Neither EC nor Efree showed a significant correlation with tumor response.",
   wrong="and tumour response", accept=["overreach", "direction"],
   truth_alt=["A pharmacodynamic model could be developed for toxicity but not for tumor response."]),
 # Miller 1992 (55)
 C("miller92-n1", M2, "none",
   "Compared with two technicians listening by stethoscope, the Accutracker II monitor read systolic pressure 5.6 mm Hg lower and diastolic 6.3 mm Hg lower on average (Miller et al., 1992).",
   "Mean systolic blood pressure measured by ABPM was 5.6 mm Hg lower and mean ABPM diastolic blood pressure was 6.3 mm Hg lower than average auscultatory blood pressure measured by technicians (P less than .0001)."),
 C("miller92-n2", M2, "none",
   "Miller and colleagues' (1992) data suggest that the monitor's systolic bias grows with age, which could complicate the reading of ABPM records in older people.",
   "For systolic blood pressure, this bias increases with age and may affect interpretation of ABPM recordings in elderly persons."),
 C("miller92-pop", M2, "population",
   "In 103 nursing-home residents aged 65 to 91, Miller and colleagues (1992) compared ambulatory monitor readings with simultaneous auscultation.",
   M2_FIRST, wrong="nursing-home residents aged 65 to 91", accept=["population", "number"]),
 C("miller92-comp", M2, "comparator",
   "Miller et al. (1992) checked the Suntech Accutracker II against simultaneous intra-arterial pressure measurements in 103 people aged 23 to 91.",
   "Simultaneous auscultation by two technicians and recording by the ABPM were compared.",
   wrong="intra-arterial pressure measurements", truth_alt=[M2_FIRST]),
 # Meduri 1992 (56)
 C("meduri-n1", ME, "none",
   "Protected BAL had a specificity and negative predictive value of 100 percent for pneumonia in Meduri and colleagues' (1992) study of 25 ventilated patients.",
   "PBAL was effective in retrieving distal airway secretions with a minimal degree of contamination as indicated by a specificity and a negative predictive value of 100 percent.",
   truth_alt=["Twenty-five ventilated patients met entrance criteria for the study and completed the protocol."]),
 C("meduri-n2", ME, "none",
   "Clinical and chest-film criteria could not tell ventilated patients with pneumonia from those without, Meduri et al. (1992) found; bronchoscopic results, by contrast, helped steer antibiotic use.",
   "Clinical and roentgenographic criteria could not discriminate between patients with and without pneumonia, confirming the findings of previous investigations.",
   truth_alt=["The results of microscopic and culture analyses of the PBAL effluent proved useful in directing antibiotic treatment in patients with pneumonia and in avoiding unnecessary antibiotic use in those patients without pneumonia."]),
 C("meduri-des", ME, "design",
   "Meduri et al.'s (1992) retrospective analysis of ventilated patients found Gram and Giemsa stains of PBAL fluid positive in every patient with pneumonia.",
   ME_FIRST, wrong="retrospective analysis",
   truth_alt=["Gram and Giemsa stains of the PBAL were positive in all patients with pneumonia and negative in those without pneumonia."]),
 C("meduri-comp", ME, "comparator",
   "Quantitative PBAL cultures separated patients with and without pneumonia by two logs, a clearer distinction than the overlap seen with the protected specimen brush (Meduri and colleagues, 1992).",
   "The presence of a two-log difference between the highest quantitative culture count in patients without pneumonia and the lowest quantitative culture count in patients with pneumonia allowed a clearer determination of a patient's status, with regard to pneumonia, compared with the significant overlap in unprotected BAL.",
   wrong="the protected specimen brush"),
 # Ross 1996 (58)
 C("ross-n1", RS, "none",
   "At a Level I trauma centre, Ross and colleagues (1996) found that age and Glasgow Coma Scale score on the first day after injury predicted who would need long-term ventilation.",
   "Age and GCS values on Day 1 predicted the need for long term mechanical ventilatory support in a select group of patients, age 20 and GCS of 3 (P < 0.05)."),
 C("ross-dur", RS, "duration",
   "Ross et al. (1996) evaluated every adult trauma patient admitted to their Level I centre over a two-year period.",
   RS_ALL, wrong="two-year period"),
 C("ross-pop", RS, "population",
   "Among 212 head-injured patients intubated within a day of injury, one hundred went on to need prolonged ventilatory support (Ross and colleagues, 1996).",
   RS_212, wrong="head-injured patients",
   truth_alt=[RS_ALL, "Mechanism of injury was blunt in 198 and penetrating in 14 patients."]),
 C("ross-num", RS, "number",
   "By day 5, a GCS of 3 predicted long-term ventilator dependence regardless of age or oxygenation in Ross and colleagues' (1996) series of 312 trauma patients.",
   RS_212, wrong="312",
   truth_alt=["On Day 5, GCS of 3 predicted the need for long-term mechanic al ventilatory support regardless of age or (A-a)O2 gradient."]),
 # Neill 1997 (59)
 C("neill-n1", NE, "none",
   "Adding paclitaxel to carboplatin and etoposide, with G-CSF support, produced major responses in six of seven patients with small cell lung cancer (Neill et al., 1997).",
   NE_RESP),
 C("neill-n2", NE, "none",
   "In Neill and colleagues' (1997) pilot, grade 4 thrombocytopenia affected three of the first ten evaluable patients and grade 4 neutropenia only one.",
   "Among the first 10 evaluable patients, significant grade 4 neutropenia occurred in one patient, grade 4 thrombocytopenia in three patients, grade 2 neuropathy in two patients, and grade 3 neurotoxicity in two patients."),
 C("neill-pop", NE, "population",
   "Neill et al. (1997) concluded that carboplatin, etoposide and paclitaxel is a tolerable and active regimen in advanced non-small cell lung cancer.",
   "The combination chemotherapy regimen of carboplatin, etoposide, and paclitaxel is tolerable and active in patients with small cell lung cancer.",
   wrong="advanced non-small cell lung cancer", accept=["population", "overreach"], truth_alt=[NE_RESP]),
 C("neill-des", NE, "design",
   "In a randomised phase III trial, carboplatin/etoposide plus paclitaxel with G-CSF proved tolerable in patients with extensive small cell lung cancer (Neill and colleagues, 1997).",
   NE_FIRST, wrong="randomised phase III trial"),
 # Fleming 1992 (61)
 C("fleming-n1", FL, "none",
   "Etoposide binding in vitro was much the same in serum as in plasma, and heparin did not alter it (Fleming et al., 1992).",
   "The binding of etoposide was similar in serum or plasma, and heparin had no effect on binding."),
 C("fleming-n2", FL, "none",
   "Fleming and colleagues (1992) found that the etoposide binding ratio tracked albumin concentration closely (r2 = 99%), suggesting that the single class of binding sites lies on albumin.",
   "The etoposide binding ratio was significantly correlated with albumin concentration (r2 = 99%, p less than 0.05).",
   truth_alt=["The characteristics of etoposide binding in a 4.0-g/dL solution of human serum albumin (K = 3.56 +/- 1.22 x 10(4) and nP = 5.58 +/- 0.16 x 10(-4)) suggest that the single class of binding sites is on albumin."]),
 C("fleming-dir", FL, "direction",
   "Raising the pH increased etoposide's protein binding, though not to a clinically significant degree within the physiologic range (Fleming et al., 1992).",
   "Etoposide binding decreased with increased pH, but no clinically significant difference was noted within the range of physiologic pH.",
   wrong="increased etoposide's protein binding"),
 C("fleming-des", FL, "design",
   "In a study of cancer patients receiving etoposide, Fleming and colleagues (1992) showed that binding was concentration-dependent between 1 and 250 micrograms/mL.",
   "The present study was designed to more thoroughly evaluate factors likely to affect etoposide protein binding under controlled in vitro conditions where single variables could be changed.",
   wrong="a study of cancer patients receiving etoposide", accept=["design", "population"],
   truth_alt=["Etoposide binding evaluated in single-source donor plasma was concentration-dependent over a concentration range of 1 to 250 micrograms/mL."]),
 # Nishigaki 1997 (62)
 C("nishigaki-n1", NI, "none",
   "Bone marrow stroma both held off apoptosis and supported proliferation of leukaemic cells in 51 of 108 B-lineage ALL samples (Nishigaki et al., 1997).",
   NI_51),
 C("nishigaki-over", NI, "overreach",
   "Nishigaki and colleagues (1997) established that most B-lineage ALL cells are clonogenic stem cells.",
   "In conclusion, the proportion of ALL cells with clonogenic potential may be considerably higher than previously thought.",
   wrong="established that most B-lineage ALL cells are clonogenic stem cells", accept=["overreach", "number"],
   truth_alt=[NI_WELLS]),
 C("nishigaki-pop", NI, "population",
   "In a 1997 study by Nishigaki et al., stroma-supported single-cell cultures of T-lineage ALL produced leukaemic growth in a median 15% of wells.",
   NI_WELLS, wrong="T-lineage ALL", truth_alt=[NI_51]),
 C("nishigaki-dur", NI, "duration",
   "Single leukaemic cells seeded on stroma grew in 6% to 20% of wells after two to five weeks of culture (Nishigaki and colleagues, 1997).",
   NI_WELLS, wrong="two to five weeks"),
]

Path(__file__).resolve().parent.joinpath("claims.json").write_text(json.dumps(CLAIMS, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
print(len(CLAIMS), "claims written")
