"""Writes claims.json (set 26, evaluator E-26, round nine b). Hand-written claims; truth sentences copied verbatim
(whitespace-normalised) from the abstracts in records.xml. Format and C() helper as set 10's make_claims.py."""
import json
from pathlib import Path

def C(id, key, kind, claim, truth, wrong=None, truth_alt=None, accept=None):
    d = {"id": id, "key": key, "kind": kind, "claim": claim, "truth": truth}
    if truth_alt: d["truth_alt"] = truth_alt
    if wrong: d["wrong"] = wrong
    if accept: d["accept"] = accept
    return d

KU, CX, YE, K6, MO = "kutteh1997antiphospholipid", "cox1991oral", "yetman1997prevalence", "koo1996dual", "moore1994factors"
K5, SI, MU, PF, CO = "koo1995technical", "sibai1997risk", "murry1994spasmodic", "pfeffer1996human", "constantinescu1995expression"
SA, RE, EL, CR, DA = "sargent1992plate", "reiner1996relative", "elkin1997psychological", "croce1995using", "dacus1991prenatal"

KU_PREV = ("A number of studies report the incidence of antiphospholipid antibodies in different patient populations: normal "
           "obstetrical patients (5.3% of 7278 women), women with recurrent pregnancy loss (20% of 2226 women), women with "
           "systemic lupus erythematosus (37% of 1579 women) and, more recently, women undergoing in vitro fertilization "
           "(24% of 3343 women).")
YE_IGG = ("No significant differences in IgG ACA were found in pregnant women with unexplained elevated MSAFP (10/80, 12.5%) "
          "compared to women with normal MSAFP (3/86, 3.5%).")
YE_BW = ("As expected, lower birth weight was identified in women who had elevated MSAFP (2738 +/- 868 g) vs. women with "
         "normal MSAFP 3181 +/- 1082 g (P = 0.004), independent of ACA positivity.")
K6_150 = ("We studied bone mineral status using dual-energy X-ray absorptiometry (DXA) on 150 singleton newborn infants with "
          "birth weights 1002-3990 g and gestational ages (GA) 27-42 weeks.")
SI_OBJ = ("Our goal was to identify risk factors for the development of preeclampsia in nulliparous women enrolled in a "
          "multicenter trial comparing calcium supplementation to a placebo.")
MU_TIMES = "Approximately 1 week and 2 months following injection, patients were again asked to complete the questionnaires."
PF_METH = ("We examined 5 RC lines resistant and 5 RC lines sensitive to the antiproliferative effects of IFN alpha for "
           "differences in: 1) the number of IFN binding sites, 2) the number of signal-transducing IFNAR-1 chains of the IFN "
           "alpha receptor, 3) IFN alpha receptor structure, 4) IFN-stimulated gene (ISG) expression and 5) IFN alpha "
           "sensitivity in antiviral assays.")
CO_BETA = ("However, of type I IFNs, IFN-beta uniquely induced the tyrosine phosphorylation of a 105-kDa protein associated "
           "with the IFNAR chain in two lymphoblastoid cell lines (Daudi and U266), demonstrating the specificity of "
           "transmembrane signaling for IFN-beta and IFN-alpha through the IFNAR chain.")
SA_UNION = ("Bony union was obtained in all fractures with no permanent facial nerve injuries and good mandibular opening "
            "(average of 45 mm).")
RE_75 = ("We found that the dorsal scapular artery typically arises from either of two main sources: the subclavian artery "
         "(about 75% of all sides) or the transverse cervical artery (about 25% of all sides).")
RE_DISS = "Gross anatomical dissection was used to visualize the origin and course of the dorsal scapular artery in human cadavers."
EL_CONC = ("This cohort of childhood cancer survivors is characterized by very low levels of psychological distress and "
           "significantly better psychological health than would be expected according to normative data.")
EL_YOUNG = ("These findings contrast with those of another study from the same institution in which a fourfold increase in "
            "social and behavioral problems was found amongst younger survivors, in the age range 7-15.")

CLAIMS = [
 # Kutteh 1997 (review; single author)
 C("kutteh-n1", KU, "none",
   "Kutteh (1997) notes that antiphospholipid antibodies turn up in about one in five women with recurrent pregnancy loss, against roughly 5% of ordinary obstetric patients.",
   KU_PREV),
 C("kutteh-num", KU, "number",
   "According to Kutteh's 1997 review, subcutaneous heparin with aspirin lets around 95% of women with recurrent loss and APA go on to a successful delivery.",
   "Treatment with subcutaneous heparin and aspirin has been shown to benefit women with recurrent pregnancy loss and APA resulting in successfully deliveries of approximately 75%.",
   wrong="around 95%"),
 C("kutteh-des", KU, "design",
   "Randomised, blinded trials of heparin and aspirin in APA-positive women having IVF have shown no clear gain in implantation or pregnancy rates (Kutteh, 1997).",
   "Although none of the studies were randomized, prospective, blinded trials there does not appear to be a significant difference in implantation rate, pregnancy rate, or ongoing pregnancy rate.",
   wrong="Randomised, blinded trials",
   truth_alt=["Several trials of treatment with heparin and aspirin in women with positive APA undergoing IVF have been completed."]),
 C("kutteh-pop", KU, "population",
   "Kutteh (1997) puts the prevalence of antiphospholipid antibodies at 37% among women going through in vitro fertilisation.",
   KU_PREV, wrong="women going through in vitro fertilisation", accept=["population", "number"]),

 # Cox 1991 (single author)
 C("cox-n1", CX, "none",
   "In a multicentre, double-blind trial, Cox (1991) randomised 279 patients with complicated urinary tract infections to oral temafloxacin or norfloxacin, each at 400 mg.",
   "Patients were randomized to receive temafloxacin 400 mg (n = 138) or norfloxacin 400 mg (n = 141).",
   truth_alt=["The safety and efficacy of temafloxacin were evaluated in a multicenter, double-blind study of patients with complicated urinary tract infections."]),
 C("cox-n2", CX, "none",
   "Clinical cure or improvement was near-universal with both drugs: 96% on temafloxacin and 98% on norfloxacin (Cox, 1991).",
   "Clinical response (cure or improvement) occurred in 75 of 78 patients (96%) in the temafloxacin group and in 89 of 91 patients (98%) in the norfloxacin group."),
 C("cox-dur", CX, "duration",
   "Cox's (1991) patients took their assigned fluoroquinolone by mouth twice a day for five to seven days.",
   "Treatment was given orally twice daily for 10-14 days.",
   wrong="five to seven days"),
 C("cox-comp", CX, "comparator",
   "Temafloxacin looked as safe and effective as ciprofloxacin for complicated UTIs in Cox's randomised comparison (Cox, 1991).",
   "Temafloxacin appears to be as safe and effective as norfloxacin in the treatment of complicated urinary tract infections.",
   wrong="ciprofloxacin"),

 # Yetman 1997
 C("yetman-n1", YE, "none",
   "Of 12,295 pregnant women screened at 15-19.5 weeks, Yetman and colleagues (1997) found a raised MSAFP in 190, and in 86 of them no cause could be found.",
   "Elevated readings (> 2.5 MOM) were identified in 190 women (1.5%) and 86 (0.7%) of these had unexplained causes.",
   truth_alt=["Maternal serum alpha-fetoprotein levels of 12,295 pregnant women were evaluated at 15-19.5 gestational weeks."]),
 C("yetman-dir", YE, "direction",
   "Yetman et al. (1997) found IgG anticardiolipin antibodies significantly more often in women with unexplained MSAFP elevations than in controls with normal levels (12.5% vs 3.5%).",
   YE_IGG, wrong="significantly more often", accept=["direction", "overreach"]),
 C("yetman-over", YE, "overreach",
   "Anticardiolipin antibodies cause the poor pregnancy outcomes seen with unexplained MSAFP elevations, as Yetman et al. (1997) showed.",
   YE_BW, wrong="cause the poor pregnancy outcomes", truth_alt=[YE_IGG], accept=["overreach", "direction"]),
 C("yetman-comp", YE, "comparator",
   "Babies of ACA-positive mothers with a raised MSAFP averaged 2684 g at birth, compared with 2793 g for babies of women with normal MSAFP (Yetman et al., 1997).",
   "Women with increased MSAFP and positive ACA had infants with an average birth weight of 2684 +/- 889 g compared to 2793 +/- 847 g in women with increased MSAFP and normal ACA.",
   wrong="women with normal MSAFP", accept=["comparator", "population"]),

 # Koo 1996
 C("koo96-n1", K6, "none",
   "Koo et al. (1996) scanned 150 singleton newborns of 27 to 42 weeks' gestation with whole-body DXA and concluded that the method can be used even in small preterm babies.",
   K6_150, truth_alt=["We conclude that DXA can be performed even in small preterm infants during the newborn period."]),
 C("koo96-n2", K6, "none",
   "Adding race, sex, season or postnatal age, alone or together, did nothing to improve the explanation of newborn bone mineral status (Koo and colleagues, 1996).",
   "Inclusion of postnatal age (during the first week after birth), race, gender, or season, either individually or in combination, failed to improve bone mineral status explanation."),
 C("koo96-pop", K6, "population",
   "In a DXA study of 150 preterm infants, Koo and colleagues (1996) found body weight to be the best single determinant of bone mineral status.",
   "Eighty-five infants were preterm (< 38 weeks), and 79 infants were low birth weight (< or = 2500 g).",
   wrong="150 preterm infants", truth_alt=[K6_150], accept=["population", "number"]),
 C("koo96-num", K6, "number",
   "Body weight on its own accounted for 95% of the variation in newborns' whole-body bone mineral density, Koo et al. (1996) reported.",
   "The best single determinant of bone mineral status is body weight, accounting for 95% of TB BMC and TB area and for 86% of TB BMD variation.",
   wrong="95%"),

 # Moore 1994
 C("moore-n1", MO, "none",
   "By six months every iron-deficient transplant recipient given daily iron had corrected their anaemia, whereas most unsupplemented and iron-replete patients were still anaemic (Moore et al., 1994).",
   "Though each pt improved Hct, most FeDns and FeN were anemic and Fe deficient at 6 months while all FeDs patients had corrected their anemia (p < or = 0.009) and Fe status."),
 C("moore-dur", MO, "duration",
   "Moore and colleagues (1994) followed 51 consecutive kidney transplant recipients for a year in a prospective randomised trial.",
   "In a prospective randomized trial, 51 consecutive renal transplant patients were followed for 6 months.",
   wrong="for a year"),
 C("moore-dir", MO, "direction",
   "Three days after transplantation, erythropoietin was significantly lower in the iron-deficient groups than in patients with normal iron status (Moore et al., 1994).",
   "Day 3 Creatinine and Hct were similar among groups, while Epo was significantly higher in FeD groups vs FeN (p < 0.004), and continued higher at 6 months.",
   wrong="significantly lower"),
 C("moore-comp", MO, "comparator",
   "In Moore et al.'s (1994) trial, iron-deficient recipients were randomised to daily iron supplements or to erythropoietin injections.",
   "Iron-deficient (FeD) patients (n = 24) were randomized to receive daily Fe supplementation (FeDs, n = 12) or no supplementation (FeDns, n = 12).",
   wrong="erythropoietin injections"),

 # Koo 1995
 C("koo95-n1", K5, "none",
   "Koo et al. (1995) found that covering the step phantom with a cotton blanket, freezing the tissue or leaving small nonmetallic objects in the field made no significant difference to DXA readings.",
   "Variations in data acquisition, including the covering of step phantom (external calibration standard) with a cotton blanket or partial exclusion of step phantom in the scan field, tissue freezing, or the presence of small nonmetallic objects, did not significantly alter DXA BMC or BMD measurements."),
 C("koo95-n2", K5, "none",
   "Movement, contrast media and orthopaedic casts can all distort DXA bone measurements in young children, so care is needed to keep them out of the scan (Koo and colleagues, 1995).",
   "We conclude that movement artifact, radiographic contrast media, nonmetallic or orthopedic cast, and variations in operator-dependent data analysis may interfere with DXA BMC and BMD measurement in young pediatric subjects.",
   truth_alt=["Therefore, appropriate care should be taken to reduce or eliminate such interference."]),
 C("koo95-num", K5, "number",
   "A small change in how the step phantom is outlined by hand during analysis can shift DXA BMC and BMD by almost 3%, according to Koo et al. (1995).",
   "A minor adjustment in the manual delineation of the step phantom during data analysis may result in almost a 30% difference in DXA BMC and BMD.",
   wrong="almost 3%"),
 C("koo95-dir", K5, "direction",
   "Operator-dependent regional analysis of whole-body scans varied by region and also changed the total whole-body result, Koo and colleagues (1995) reported.",
   "Variability in operator-dependent analysis of DXA scans occurred with regional analysis of whole body scans for DXA BMC and BMD measurements (average coefficient of variation was 2.9% and 1%, respectively, depending on the region analyzed) but did not affect the total (whole body) result.",
   wrong="also changed the total whole-body result"),

 # Sibai 1997
 C("sibai-n1", SI, "none",
   "Preeclampsia developed in 326 of the 4314 women followed beyond 20 weeks, about 7.6% (Sibai et al., 1997).",
   "Preeclampsia developed in 326 women (7.6%).",
   truth_alt=["Analysis of risk factors for preeclampsia was performed in 4314 who carried the pregnancy to > 20 weeks."]),
 C("sibai-pop", SI, "population",
   "Sibai and colleagues (1997) analysed risk factors for preeclampsia in multiparous women enrolled in a multicentre trial of calcium against placebo.",
   SI_OBJ, wrong="multiparous women"),
 C("sibai-des", SI, "design",
   "In a case-control analysis drawn from five centres, Sibai et al. (1997) identified body mass index and blood pressure as predictors of preeclampsia.",
   SI_OBJ, wrong="case-control analysis",
   truth_alt=["A total of 4589 women from five centers was studied."]),
 C("sibai-num", SI, "number",
   "Women with a BMI of 35 or more had over five times the adjusted odds of preeclampsia of those under 19.8 (Sibai et al., 1997).",
   "Adjusted odds ratios computed with a logistic regression model revealed that body mass index (odds ratio 3.22 for > or = 35 kg/m2 vs < 19.8 kg/m2), systolic blood pressure (odds ratio 2.66 for > or = 120 vs < 101 mm Hg), diastolic blood pressure (odds ratio 1.72 for > or = 61 mm Hg vs < 60 mm Hg), and clinical center (odds ratio 1.85 for Memphis vs the other clinical centers) were statistically significant predictors of preeclampsia.",
   wrong="over five times"),

 # Murry 1994
 C("murry-n1", MU, "none",
   "Patients with spasmodic dysphonia started out with markedly raised depression and anxiety scores, which fell significantly about a week after botulinum toxin injection (Murry et al., 1994).",
   "These levels were significantly reduced approximately 1 week after injection.",
   truth_alt=["The spasmodic dysphonic subjects exhibited significantly elevated mean levels of depression and anxiety."]),
 C("murry-n2", MU, "none",
   "A 1994 study by Murry et al. found the improvement held: two months on, depression and anxiety scores had not changed significantly from their one-week values.",
   "Two months later, depression and anxiety measures did not change significantly from their 1-week postinjection values."),
 C("murry-dur", MU, "duration",
   "Murry and colleagues (1994) had patients fill in the questionnaires again about one week and six months after the injection.",
   MU_TIMES, wrong="six months"),
 C("murry-des", MU, "design",
   "In a placebo-controlled trial of botulinum toxin for spasmodic dysphonia, Murry et al. (1994) saw depression and anxiety scores fall after injection.",
   "Patients were asked to complete preinjection questionnaires with self-ratings of depression, state and trait anxiety, and somatic complaints.",
   wrong="placebo-controlled trial", truth_alt=[MU_TIMES], accept=["design", "comparator"]),

 # Pfeffer 1996
 C("pfeffer-n1", PF, "none",
   "Pfeffer et al. (1996) found no structural defect in the IFN-alpha receptor of any renal cancer line they examined, though the number of binding sites and IFNAR-1 chains varied.",
   "No structural alterations in the IFN alpha receptor were detected in any RC line examined, although varying numbers of ligand binding sites and IFNAR-1 signal transducer chains were present."),
 C("pfeffer-pop", PF, "population",
   "Pfeffer and colleagues (1996) compared tumour biopsies from five renal cancer patients who had responded to interferon-alpha with biopsies from five who had not.",
   PF_METH, wrong="tumour biopsies from five renal cancer patients", accept=["population", "design"]),
 C("pfeffer-over", PF, "overreach",
   "Pfeffer et al. (1996) conclude that measuring IFN-induced gene expression can predict which renal cell carcinoma patients will respond to interferon-alpha.",
   "Our results indicate that the defective antiproliferative response in most RC cells is not due to their failure to induce the gene-inducing and antiviral effects of IFN alpha.",
   wrong="can predict which renal cell carcinoma patients will respond to interferon-alpha", accept=["overreach", "direction"]),
 C("pfeffer-dir", PF, "direction",
   "Most of the interferon-resistant renal cancer lines in Pfeffer and colleagues' (1996) study had also lost sensitivity to IFN alpha's antiviral and gene-inducing actions.",
   "All 5 IFN-sensitive, and 4 of 5 IFN-resistant RC lines were sensitive to the antiviral and gene-inducing actions of IFN alpha.",
   wrong="had also lost sensitivity", accept=["direction", "number"]),

 # Constantinescu 1995
 C("constantinescu-n1", CO, "none",
   "Type I interferon triggered tyrosine phosphorylation and down-regulation of the IFNAR chain in several human cell lines, but not in HEC1B cells (Constantinescu and colleagues, 1995).",
   "The tyrosine phosphorylation and down-regulation of the IFNAR chain were induced by type I IFN in several human cell lines of diverse origins but not in HEC1B cells."),
 C("constantinescu-n2", CO, "none",
   "Because N-glycosylation differs, the mature IFNAR chain runs anywhere from 105 to 135 kDa depending on the cell type, according to Constantinescu et al. (1995).",
   "Due to variation in N-glycosylation, the apparent molecular mass of the mature IFNAR chain varies from 105 to 135 kDa in different cells."),
 C("constantinescu-num", CO, "number",
   "Constantinescu et al. (1995) report that HeLa-S3 cells, with expression boosted by the vaccinia/T7 system, transiently carried some 25,000 IFNAR chains per cell.",
   "Using the vaccinia/T7 expression system to amplify IFNAR expression, we found that human HeLa-S3 cells transiently express high levels of cell surface IFNAR chains (approximately 250,000 chains per cell).",
   wrong="some 25,000"),
 C("constantinescu-comp", CO, "comparator",
   "In the lymphoblastoid lines Daudi and U266, IFN-beta but not IFN-gamma induced tyrosine phosphorylation of a 105-kDa protein associated with the IFNAR chain (Constantinescu et al., 1995).",
   CO_BETA, wrong="not IFN-gamma"),

 # Sargent 1992 (two authors: Sargent and Green)
 C("sargent-n1", SA, "none",
   "Sargent and Green (1992) opened and fixed 18 subcondylar fractures in 14 patients, using miniplates in 12 of them and lag screws in two.",
   "Fourteen patients with 18 subcondylar fractures underwent open reduction and fixation using miniplates (12 patients) and lag screws (two patients)."),
 C("sargent-dur", SA, "duration",
   "All the fractures had united at follow-up, which averaged six months (Sargent & Green, 1992).",
   "The follow-up period ranged from 7 to 46 months with a mean of 24 months.",
   wrong="averaged six months", truth_alt=[SA_UNION]),
 C("sargent-over", SA, "overreach",
   "Sargent and Green's (1992) results suggest that plate and screw fixation should replace closed reduction for condylar fractures in general.",
   "This technique can be an effective approach for the treatment of selected condylar fractures.",
   wrong="should replace closed reduction for condylar fractures in general",
   truth_alt=["The majority of condylar fractures can be treated with closed reduction and intermaxillary fixation."]),
 C("sargent-comp", SA, "comparator",
   "Compared with patients managed by closed reduction and intermaxillary fixation, those given plate fixation opened their mouths wider, to 45 mm on average (Sargent and Green, 1992).",
   SA_UNION, wrong="Compared with patients managed by closed reduction and intermaxillary fixation",
   accept=["comparator", "design"]),

 # Reiner 1996 (two authors: Reiner and Kasser)
 C("reiner-n1", RE, "none",
   "Dissecting human cadavers, Reiner and Kasser (1996) found the dorsal scapular artery arising from the subclavian artery on about three-quarters of sides.",
   RE_75, truth_alt=[RE_DISS]),
 C("reiner-n2", RE, "none",
   "The origin of the dorsal scapular artery showed no noteworthy difference between male and female cadavers (Reiner & Kasser, 1996).",
   "No noteworthy differences were observed between males and females."),
 C("reiner-dir", RE, "direction",
   "According to Reiner and Kasser (1996), the transverse cervical artery, not the subclavian, is the usual source of the dorsal scapular artery.",
   "These results strongly support the simple view, which does not appear widely accepted, that the subclavian artery is the most common source of the dorsal scapular artery to the rhomboid muscles and the transverse cervical artery a major but secondary source.",
   wrong="the transverse cervical artery, not the subclavian, is the usual source", truth_alt=[RE_75]),
 C("reiner-des", RE, "design",
   "In an angiographic study of living patients, Reiner and Kasser (1996) traced the dorsal scapular artery to the subclavian artery in roughly 75% of sides.",
   RE_DISS, wrong="angiographic study of living patients", accept=["design", "population"]),

 # Elkin 1997
 C("elkin-n1", EL, "none",
   "Three factors marked out survivors at higher risk of maladjustment: being older at follow-up, more frequent relapse and more severe functional impairment (Elkin et al., 1997).",
   "For patients who displayed clinical elevations on the SCL-90-R, three factors were identified which were associated with increased risk of maladjustment; older patient age at follow-up, more frequent disease relapse, and more severe functional impairment."),
 C("elkin-dir", EL, "direction",
   "Elkin and colleagues (1997) found that adolescent and young adult survivors of childhood cancer reported more psychological distress on the SCL-90-R than the normative sample.",
   "Survivors mean scores on all SCL-90-R subscales were lower than those of the standardization sample, and the distribution of scores on the Anxiety, Psychoticism, Global severity Index, and Positive Symptom Total scales were significantly below normative values.",
   wrong="more psychological distress", truth_alt=[EL_CONC]),
 C("elkin-pop", EL, "population",
   "In 161 childhood cancer survivors aged 7 to 15, Elkin et al. (1997) found very low levels of psychological distress.",
   "Patients age > or = 14.5 years (N = 161) receiving surveillance follow-up at a major pediatric cancer center completed the SCL-90-R, a self-report measure of psychological symptomatology.",
   wrong="aged 7 to 15", truth_alt=[EL_YOUNG]),
 C("elkin-over", EL, "overreach",
   "Elkin et al.'s (1997) findings show that childhood cancer leaves no lasting psychological mark on survivors of any age.",
   EL_CONC, wrong="leaves no lasting psychological mark on survivors of any age", truth_alt=[EL_YOUNG],
   accept=["overreach", "population"]),

 # Croce 1995
 C("croce-n1", CR, "none",
   "Of 43 ventilated trauma patients who underwent BAL, 20 grew at least 10^5 CFU/mL and were treated for pneumonia, while the other 23 were classed as SIRS (Croce et al., 1995).",
   "Twenty patients had > or = 10(5) CFU/mL (47%) and 23 had < 10(5) CFU/mL (53%).",
   truth_alt=["Forty-three patients (88% blunt, 12% penetrating) underwent bronchoscopy with BAL 55 times."]),
 C("croce-des", CR, "design",
   "Croce and colleagues' (1995) retrospective review of trauma patients suggests that antibiotics for ventilator-associated pneumonia can be guided by quantitative BAL cultures alone.",
   "In this prospective study, antibiotic therapy for PN was based solely on quantitative bronchoalveolar lavage (BAL) cultures.",
   wrong="retrospective review"),
 C("croce-dur", CR, "duration",
   "Once empiric antibiotics were stopped, 65% of the SIRS patients improved, on average within about ten days (Croce et al., 1995).",
   "Sixty-five percent of those with SIRS improved after empiric therapy was stopped (average 3.3 days), and 35% underwent repeat BAL.",
   wrong="within about ten days"),
 C("croce-pop", CR, "population",
   "A 1995 study by Croce et al. in mechanically ventilated medical ICU patients found SIRS to be common and distinguishable from pneumonia by bronchoscopy with BAL.",
   "SIRS, which can mimic PN, is common in trauma patients.",
   wrong="medical ICU patients",
   truth_alt=["These entities can be distinguished by bronchoscopy with BAL."]),

 # Dacus 1991
 C("dacus-n1", DA, "none",
   "Of 3,563 consecutive obstetric patients screened, 517 had glucose values of 140 mg% or more, and 74 of those proved diabetic on the full tolerance test (Dacus et al., 1991).",
   "Of 3,563 consecutive obstetric patients undergoing glucose screening, 517 (14.5%) were found to have plasma values of greater than or equal to 140 mg%, and 74 (14.3%) of 517 were found to be diabetic on standard oral glucose tolerance testing, for an overall incidence of 2.1%."),
 C("dacus-n2", DA, "none",
   "No single screening glucose value predicted an abnormal oral glucose tolerance test in Dacus and colleagues' (1991) series.",
   "There was no absolute value on the glucose screen that predicted an abnormal oral glucose tolerance test."),
 C("dacus-num", DA, "number",
   "Dacus et al. (1991) noted that 48 of the 74 women with diabetes had none of the classic risk factors for glucose intolerance in pregnancy.",
   "Twenty-eight of the 74 diabetics demonstrated none of the classic risk factors for glucose intolerance during pregnancy.",
   wrong="48 of the 74"),
 C("dacus-over", DA, "overreach",
   "Dacus and colleagues (1991) showed that universal glucose screening prevents the complications of gestational diabetes.",
   "Thus, our data support the recommendation for universal prenatal glucose screening.",
   wrong="prevents the complications of gestational diabetes"),
]

if __name__ == "__main__":
    out = Path(__file__).resolve().parent / "claims.json"
    out.write_text(json.dumps(CLAIMS, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print("wrote", len(CLAIMS), "claims to", out)
