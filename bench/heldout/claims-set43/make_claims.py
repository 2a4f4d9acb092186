"""Writes claims.json (set 43). Hand-written claims; truth sentences copied verbatim from the abstracts (whitespace-
normalised). 14 abstracts (the walk range ran out before 15), 4 claims each = 56 claims: 21 faithful ("none") and 35
with exactly one error: number 6, population 6, direction 5, comparator 5, duration 5, design 4, overreach 4."""
import json
from pathlib import Path

def C(id, key, kind, claim, truth, wrong=None, truth_alt=None, accept=None):
    d = {"id": id, "key": key, "kind": kind, "claim": claim, "truth": truth}
    if truth_alt: d["truth_alt"] = truth_alt
    if wrong: d["wrong"] = wrong
    if accept: d["accept"] = accept
    return d

HA, WE, CA, MA, NA = "hale2000phosphorylated", "welton2008health", "caohuy2014activation", "matsumori1998hepatitis", "nagaoka2015measurement"
DW, BI, ML, RY, PF = "dunnwalters1997hypermutation", "bixler2009women", "malkoski2014role", "rymer2014persistence", "perronefilardi1996assessment"
OR, YO, LI, GR = "orten2000erratum", "yonesaka2011activation", "li2014peroxisome", "gross1996conservative"

HA_CONV = "Conversion of 11 to 2 occurred rapidly in vivo in the rat and dog with the levels of 11 being undetectable within 5 min after 1 and 8 mg/kg doses iv in the rat and within 15 min after 0.5, 2, and 32 mg/kg doses iv in the dog."
WE_PART = "Postmenopausal women aged 50-69 at randomisation; 3721 women with a uterus were randomised to combined oestrogen and progestogen (n=1862) or placebo (n=1859)."
CA_SHOW = "Here we show that activation of the PDK1/SGK1 signaling pathway with C4-ceramide (C4-CER), a non-toxic small molecule, functionally corrects the trafficking defect in both cultured CF cells and primary epithelial cell explants from CF patients."
MA_PREV = "Hepatitis C virus antibody was found in 74 of 697 patients (10.6%) with hypertrophic cardiomyopathy (mean age, 57.7 years) and in 42 of 663 patients (6.3%) with dilated cardiomyopathy (mean age, 56.5 years); these prevalences were significantly higher than that found in volunteer blood donors in Japan (2.4%, 50-59 years of age, each p<0.0001)."
NA_SUBJ = "Subjects were four young healthy males and one young healthy female (n=5, age: 23.8\u00b11.17 years old), and the measurement area was the right common carotid artery."
NA_PWV = "PWVs were 3.52\u00b11.11 m/s in phase I, 5.62\u00b10.30 m/s in phase II, 7.94\u00b10.85 m/s in phase III, and -4.60\u00b10.99 m/s for the reflective wave."
DW_OLD = "Confirming our earlier work, intestinal IgVH genes were highly mutated in plasma cells from older individuals (> 30 years)."
DW_YOUNG = "IgVH genes were significantly less mutated in samples taken from patients aged 11-30 years, and there were fewer mutations again in samples from young children (< 11 years)."
DW_SITE = "In age-matched specimens the number of mutations was equivalent in the duodenum and colon."
BI_PART = "The participants were (i) 1324 subjects without sleep complaints, recruited from the general population of Central Pennsylvania that spent one night in the sleep laboratory and (ii) 66 young, healthy volunteers whose sleep was disturbed during night four by an external stressor, i.e. 24-h blood drawing (average of nights 2 and 3 versus night 4)."
ML_FOUND = "We found that PTEN deletion is capable of initiating both lung AdC and SCC formation when targeted to basal cells and although PTEN deletion is a weaker tumor initiator than Kras(G12D) with low tumor multiplicity and long latency, tumors initiated by PTEN deletion were larger and displayed more malignant conversion than Kras(G12D) initiated tumors."
RY_COMP = "Composite persistence to all EBMs prescribed at discharge was low and not significantly different between academic and nonacademic hospitals at 90 days (46% vs 45%, adjusted incidence rate ratio = 0.99, 95% confidence interval 0.95 to 1.04) and at 1 year (39% vs 39%, adjusted incidence rate ratio = 1.02, 95% confidence interval 0.98 to 1.07)."
PF_40 = "Forty patients with coronary artery disease underwent rest-4-hour-24-hour 201Tl tomography and dobutamine echocardiography (5 to 10 micrograms.kg-1.min-1)."
OR_FAM = "However, in all 5 families, -2568 A>T was in cis with the same missense mutation in the myosin VIIa tail (Arg1240Gln), and 4 of the 5 families were Dutch."
LI_SCD = "Plasma levels of miR-199a2 in SCD subjects were significantly lower with reciprocally high levels of plasma ET-1, unlike unaffected controls."
LI_MICE = "In vivo studies of fenofibrate-fed Berkeley sickle mice resulted in increased levels of miR-199a2 and reduced levels of ET-1 in lung tissues."

CLAIMS = [
 # Hale 2000
 C("hale-n1", HA, "none",
   "Hale et al. (2000) describe a water-soluble phosphorylated prodrug of a morpholine NK-1 antagonist that, given intravenously to rats and dogs, was converted to the parent compound within minutes.",
   HA_CONV,
   truth_alt=["Based in part on these data, 11 was identified as a novel, water-soluble prodrug of the clinical candidate 2 suitable for intravenous administration in humans."]),
 C("hale-num", HA, "number",
   "Although the prodrug binds the human NK-1 receptor with roughly 100-fold lower affinity than its parent, it matched the parent in guinea pig inflammation and ferret emesis models (Hale et al., 2000).",
   "Compound 11 has a 10-fold lower affinity for the human NK-1 receptor as compared to 2, but it is functionally equivalent to 2 in preclinical models of NK-1-mediated inflammation in the guinea pig and cisplatin-induced emesis in the ferret, indicating that 11 acts as a prodrug of 2.",
   wrong="100-fold"),
 C("hale-dur", HA, "duration",
   "In dogs dosed intravenously, Hale and colleagues (2000) could no longer detect the phosphorylated prodrug in plasma within 15 hours.",
   HA_CONV, wrong="within 15 hours"),
 C("hale-pop", HA, "population",
   "Incubations in plasma and hepatic subcellular fractions suggested that the prodrug would be converted to the active antagonist most readily in dogs, according to Hale and colleagues (2000).",
   "Incubation of 11 in rat, dog, and human plasma and in human hepatic subcellular fractions in vitro indicated that conversion to 2 would be expected to occur in vivo most readily in humans during hepatic circulation.",
   wrong="most readily in dogs"),
 # Welton 2008
 C("welton-n1", WE, "none",
   "In a double-blind trial run in general practices in the UK, Australia and New Zealand, Welton et al. (2008) randomised 3721 postmenopausal women aged 50 to 69 to combined oestrogen plus progestogen or to placebo.",
   WE_PART, truth_alt=["Randomised placebo controlled double blind trial."]),
 C("welton-n2", WE, "none",
   "After a year on combined HRT, fewer women reported hot flushes, night sweats and insomnia than on placebo, though more reported breast tenderness or vaginal discharge (Welton and colleagues, 2008).",
   "Significantly fewer women in the combined HRT group reported hot flushes (P<0.001), night sweats (P<0.001), aching joints and muscles (P=0.001), insomnia (P<0.001), and vaginal dryness (P<0.001) than in the placebo group, but greater proportions reported breast tenderness (P<0.001) or vaginal discharge (P<0.001)."),
 C("welton-num", WE, "number",
   "At one year, hot flushes troubled 9% of the women on combined HRT against 35% of those on placebo (Welton et al., 2008).",
   "Hot flushes were experienced in the combined HRT and placebo groups by 30% and 29% at trial entry and 9% and 25% at one year, respectively.",
   wrong="35%"),
 C("welton-des", WE, "design",
   "Welton and colleagues' (2008) observational cohort of postmenopausal women in general practice found small quality-of-life gains with combined HRT.",
   "Randomised placebo controlled double blind trial.",
   wrong="observational cohort"),
 # Caohuy 2014
 C("caohuy-n1", CA, "none",
   "Caohuy et al. (2014) report that C4-ceramide, a non-toxic small molecule, corrects the trafficking defect of \u0394F508-CFTR by switching on the PDK1/SGK1 pathway, both in cultured CF cells and in epithelial explants taken from patients.",
   CA_SHOW),
 C("caohuy-n2", CA, "none",
   "The ceramide's activation of PDK1 and SGK1 did not depend on the PI3K/Akt/mTOR pathway (Caohuy and colleagues, 2014).",
   "Importantly, C4-CER-mediated activation of both PDK1 and SGK1 is independent of the PI3K/Akt/mammalian target of rapamycin signaling pathway."),
 C("caohuy-dir", CA, "direction",
   "In Caohuy et al.'s (2014) experiments C4-ceramide stabilised mature \u0394F508-CFTR and boosted cAMP-activated chloride secretion, but it also increased the hypersecretion of interleukin-8.",
   "Physiologically, C4-CER significantly increases maturation and stability of \u0394F508-CFTR (t\u00bd \u223c10 h), enhances cAMP-activated chloride secretion, and suppresses hypersecretion of interleukin-8 (IL-8).",
   wrong="increased the hypersecretion of interleukin-8"),
 C("caohuy-over", CA, "overreach",
   "A 2014 study by Caohuy et al. showed that C4-ceramide restores CFTR function in people with cystic fibrosis.",
   "We suggest that candidate drugs for CF directed against the PDK1/SGK1 signaling pathway, such as C4-CER, provide a novel therapeutic strategy for a life-limiting disorder that affects one child, on average, each day.",
   wrong="restores CFTR function in people with cystic fibrosis", truth_alt=[CA_SHOW],
   accept=["overreach", "population"]),
 # Matsumori 1998
 C("matsumori-n1", MA, "none",
   "About one in ten Japanese patients with hypertrophic cardiomyopathy carried HCV antibody, a prevalence well above that of volunteer blood donors (Matsumori et al., 1998).",
   MA_PREV),
 C("matsumori-comp", MA, "comparator",
   "Matsumori and colleagues (1998) found HCV antibody far more often in cardiomyopathy patients than in age-matched hospital outpatients without heart disease.",
   MA_PREV, wrong="age-matched hospital outpatients without heart disease"),
 C("matsumori-des", MA, "design",
   "In a prospective cohort followed at 19 Japanese institutions, Matsumori et al. (1998) linked hepatitis C infection with cardiomyopathy.",
   "As a collaborative research project of the Committees for the Study of Idiopathic Cardiomyopathy, a questionnaire was sent out to 19 medical institutions in Japan in order to examine the possible association between hepatitis C virus (HCV) infection and cardiomyopathies.",
   wrong="prospective cohort followed"),
 C("matsumori-num", MA, "number",
   "Of almost 12,000 people seeking care at five academic hospitals, 8.4% had HCV antibody, and arrhythmias were the commonest cardiac abnormality among them, a 1998 study by Matsumori et al. reports.",
   "The presence of HCV antibody was detected in 650 of 11,967 patients (5.4%) patients seeking care in 5 academic hospitals.",
   wrong="8.4%", truth_alt=["Various cardiac abnormalities were found among these patients, arrhythmias being the most frequent."]),
 # Nagaoka 2015
 C("nagaoka-n1", NA, "none",
   "Using spatial compound imaging at a 1000 Hz frame rate, Nagaoka et al. (2015) visualised regional pulse-wave velocity in the right common carotid artery of five young healthy volunteers.",
   NA_SUBJ, truth_alt=["The frame rate was 1000 Hz, or a time interval of 1 ms."]),
 C("nagaoka-n2", NA, "none",
   "Pulse-wave velocity climbed from about 3.5 m/s in phase I to almost 8 m/s in phase III, when the aortic and pulmonic valves close (Nagaoka and colleagues, 2015).",
   NA_PWV, truth_alt=["In phase III, the tricuspid and mitral valves open, and the aortic and pulmonic valves close."]),
 C("nagaoka-pop", NA, "population",
   "In patients with established carotid atherosclerosis, Nagaoka et al. (2015) measured phase-by-phase pulse-wave velocity with high-temporal-resolution compound imaging.",
   NA_SUBJ, wrong="patients with established carotid atherosclerosis"),
 C("nagaoka-num", NA, "number",
   "In phase II, as the aortic and pulmonic valves open, carotid pulse-wave velocity averaged 8.6 m/s (Nagaoka et al., 2015).",
   NA_PWV, wrong="8.6 m/s"),
 # Dunn-Walters 1997
 C("dunnwalters-n1", DW, "none",
   "Dunn-Walters et al. (1997) found intestinal IgVH genes heavily mutated in plasma cells from people over 30, less so in those aged 11 to 30, and least of all in young children.",
   DW_OLD, truth_alt=[DW_YOUNG]),
 C("dunnwalters-dir", DW, "direction",
   "In age-matched specimens, duodenal plasma cells carried considerably fewer IgVH mutations than colonic ones, in keeping with the upper bowel's lack of resident flora (Dunn-Walters and colleagues, 1997).",
   DW_SITE, wrong="carried considerably fewer IgVH mutations than colonic ones",
   truth_alt=["Duodenal plasma cells are as highly mutated as colonic plasma cells, despite the fact that the upper bowel has no indigenous microbial flora (the stimulus for intestinal plasma cells)."]),
 C("dunnwalters-comp", DW, "comparator",
   "Dunn-Walters and colleagues' (1997) age-matched comparison found duodenal plasma cells as heavily mutated as those of the ileum.",
   DW_SITE, wrong="those of the ileum",
   truth_alt=["Duodenal plasma cells are as highly mutated as colonic plasma cells, despite the fact that the upper bowel has no indigenous microbial flora (the stimulus for intestinal plasma cells)."]),
 C("dunnwalters-pop", DW, "population",
   "In children under 11, intestinal IgVH genes were already highly mutated, as Dunn-Walters et al. (1997) showed by microdissecting lamina propria plasma cells.",
   DW_OLD, wrong="In children under 11", truth_alt=[DW_YOUNG], accept=["population", "direction"]),
 # Bixler 2009
 C("bixler-n1", BI, "none",
   "Among 1324 central Pennsylvania adults without sleep complaints, women slept a greater percentage of the night and had more slow-wave sleep than men (Bixler et al., 2009).",
   "Women compared with men in the general population sample had significantly higher percentage of sleep time, lower percentage of stage 1, and higher percentage of slow wave sleep.",
   truth_alt=[BI_PART]),
 C("bixler-dir", BI, "direction",
   "Menopause without hormone treatment went with quicker sleep onset but less deep sleep (Bixler and colleagues, 2009).",
   "Also, menopause, in the absence of HT, was associated with prolonged sleep latency and decreased deep sleep.",
   wrong="quicker sleep onset"),
 C("bixler-dur", BI, "duration",
   "Each of the 1324 general-population participants in Bixler and colleagues' (2009) study spent a full week in the sleep laboratory.",
   BI_PART, wrong="a full week"),
 C("bixler-pop", BI, "population",
   "When sleep was disrupted by overnight blood draws, postmenopausal women weathered it better than men did, Bixler et al. (2009) report.",
   "Finally, young, healthy women compared with men experienced less sleep disturbance because of blood draws as indicated by a significantly smaller change in per cent sleep time, and percentage of stage 1 sleep.",
   wrong="postmenopausal women", truth_alt=[BI_PART]),
 # Malkoski 2014
 C("malkoski-n1", ML, "none",
   "Malkoski et al. (2014) showed in mice that deleting PTEN in airway basal cells can, on its own, initiate both lung adenocarcinoma and squamous cell carcinoma.",
   ML_FOUND),
 C("malkoski-n2", ML, "none",
   "Because PTEN loss did not raise squamous tumour formation relative to Kras(G12D), Malkoski and colleagues (2014) argue that the initiating genetic event does not dictate histology when one specific cell type is targeted.",
   "That PTEN deletion did not increase lung SCC formation compared to Kras(G12D) activation, suggests that the initiating genetic event does not dictate tumor histology when genetic alterations are targeted to a specific cell."),
 C("malkoski-dir", ML, "direction",
   "Tumours started by PTEN deletion in basal cells were smaller and showed less malignant conversion than Kras(G12D)-initiated tumours (Malkoski et al., 2014).",
   ML_FOUND, wrong="smaller and showed less malignant conversion"),
 C("malkoski-comp", ML, "comparator",
   "In Malkoski and colleagues' (2014) mouse work, PTEN deletion was a weaker tumour initiator than TGF\u03b2RII deletion, with low multiplicity and long latency.",
   ML_FOUND, wrong="TGF\u03b2RII deletion"),
 # Rymer 2014
 C("rymer-n1", RY, "none",
   "Rymer et al. (2014) linked Medicare pharmacy claims to 3,184 patients over 65 treated for NSTEMI in 2006 at 253 hospitals in the CRUSADE registry.",
   "We linked Medicare pharmacy claims data with 3,184 patients with non-ST-segment elevation MI >65 years of age who were treated in 2006 at 253 hospitals participating in the Can Rapid Risk Stratification of Unstable Angina Patients Suppress Adverse Outcomes with Early Implementation of the American College of Cardiology and American Heart Association guidelines registry."),
 C("rymer-dur", RY, "duration",
   "Persistence with all discharge medications was equally poor after academic and nonacademic hospital care, 39% in each group at two years (Rymer and colleagues, 2014).",
   RY_COMP, wrong="at two years"),
 C("rymer-num", RY, "number",
   "Academic hospitals treated more nonwhite patients than nonacademic ones (29% vs 8%), and patients with a heavier comorbidity burden (Rymer et al., 2014).",
   "Patients treated at academic hospitals were more frequently nonwhite (19% vs 8%, p <0.001) and had a greater co-morbidity burden (Charlson score \u22654 in 36% vs 30%, p = 0.001) than patients treated at nonacademic hospitals.",
   wrong="29%"),
 C("rymer-over", RY, "overreach",
   "Rymer and colleagues (2014) showed that poor medication persistence after NSTEMI shortens survival in older patients, whichever kind of hospital discharged them.",
   "Rates of persistence to EBMs were similar between patients with MI >65 years old treated at academic versus nonacademic hospitals; however, persistence rates are low both early and late postdischarge, highlighting a continued need for quality improvement efforts to optimize post-MI management.",
   wrong="showed that poor medication persistence after NSTEMI shortens survival in older patients"),
 # Perrone-Filardi 1996
 C("perronefilardi-n1", PF, "none",
   "Late thallium redistribution was seen in about a fifth of the defects still present at 4 hours, and it bore no relation to systolic function or contractile reserve (Perrone-Filardi et al., 1996).",
   "Late redistribution occurs in one fifth of persistent defects at 4 hours, and it does not correlate to systolic function or contractile reserve.",
   truth_alt=["Late redistribution occurred in 46 (21%) of 219 persistent defects at 4 hours."]),
 C("perronefilardi-n2", PF, "none",
   "In forty patients with coronary artery disease studied by Perrone-Filardi and colleagues (1996), thallium and dobutamine echocardiography agreed in 82% of hypokinetic segments but in only 43% of akinetic ones.",
   "Concordance between 201Tl and dobutamine was 82% in hypokinetic segments but 43% in akinetic segments.",
   truth_alt=[PF_40]),
 C("perronefilardi-dur", PF, "duration",
   "Perrone-Filardi et al.'s (1996) 40 coronary patients underwent thallium tomography at rest, 4 hours and 48 hours, as well as dobutamine echocardiography.",
   PF_40, wrong="48 hours"),
 C("perronefilardi-comp", PF, "comparator",
   "In revascularised segments, dobutamine echocardiography predicted functional recovery with a positive accuracy of 92%, against 72% for technetium-99m sestamibi imaging (Perrone-Filardi and colleagues, 1996).",
   "In 109 revascularized segments, positive accuracy for functional recovery was 72% for 201Tl and 92% for dobutamine, whereas negative accuracy was 100% and 65%, respectively.",
   wrong="technetium-99m sestamibi imaging"),
 # Orten 2000
 C("orten-n1", OR, "none",
   "Orten et al. (2000) identified a 160 bp minimal MYO7A promoter in the first intron that was active in ARPE-19 retinal pigment epithelium cells but not in HeLa cells, which do not express myosin VIIa.",
   "A 160 bp minimal promoter within the first intron was active in ARPE-19 cells, but not in HeLa cells that do not express MYO7A.",
   truth_alt=["Promoter elements in the 5 kb upstream of the translation start were identified using adult retinal pigment epithelium cells (ARPE-19) as a model system."]),
 C("orten-n2", OR, "none",
   "A -2568 A>T change that removes a CCAAT element turned up only in USH1B patients, yet in all five families it lay in cis with the same Arg1240Gln tail mutation (Orten and colleagues, 2000).",
   OR_FAM, truth_alt=["A -2568 A>T transversion in the 5' 100 bp repeat, eliminating a CCAAT element, was found only in USH1B patients."]),
 C("orten-pop", OR, "population",
   "In Orten et al.'s (2000) Usher syndrome type 1B material, four of the five families carrying the promoter variant were Swedish.",
   OR_FAM, wrong="Swedish"),
 C("orten-des", OR, "design",
   "Orten and colleagues (2000) screened the MYO7A promoter segments for variants by whole-genome sequencing.",
   "Segments containing these elements were screened by heteroduplex analysis.",
   wrong="whole-genome sequencing"),
 # Yonesaka 2011
 C("yonesaka-n1", YO, "none",
   "Yonesaka et al. (2011) found that activating ERBB2 signalling in cell lines, by ERBB2 amplification or by heregulin up-regulation, keeps ERK1/2 signalling going and so makes cells resistant to cetuximab.",
   "Here, we show that activation of ERBB2 signaling in cell lines, either through ERBB2 amplification or through heregulin up-regulation, leads to persistent extracellular signal-regulated kinase 1/2 signaling and consequently to cetuximab resistance."),
 C("yonesaka-dir", YO, "direction",
   "Blocking ERBB2, or breaking up ERBB2/ERBB3 heterodimers, further reduced cetuximab sensitivity in vitro and in vivo (Yonesaka and colleagues, 2011).",
   "Inhibition of ERBB2 or disruption of ERBB2/ERBB3 heterodimerization restores cetuximab sensitivity in vitro and in vivo.",
   wrong="further reduced cetuximab sensitivity"),
 C("yonesaka-over", YO, "overreach",
   "Yonesaka and colleagues' (2011) work showed that adding an ERBB2 inhibitor to cetuximab overcomes resistance in patients with cetuximab-resistant colorectal cancer.",
   "Moreover, these results suggest that ERBB2 inhibitors, in combination with cetuximab, represent a rational therapeutic strategy that should be assessed in patients with cetuximab-resistant cancers.",
   wrong="showed that adding an ERBB2 inhibitor to cetuximab overcomes resistance in patients", accept=["overreach", "design"]),
 C("yonesaka-des", YO, "design",
   "In a randomised trial of cetuximab-based therapy, a subset of colorectal cancer patients with de novo or acquired resistance had ERBB2 amplification or high circulating heregulin (Yonesaka et al., 2011).",
   "A subset of colorectal cancer patients who exhibit either de novo or acquired resistance to cetuximab-based therapy has ERBB2 amplification or high levels of circulating heregulin.",
   wrong="In a randomised trial of cetuximab-based therapy"),
 # Li 2014
 C("li-n1", LI, "none",
   "Li et al. (2014) report that plasma miR-199a2 was significantly lower in people with sickle cell disease than in unaffected controls, with reciprocally high endothelin-1.",
   LI_SCD),
 C("li-n2", LI, "none",
   "Feeding the PPAR\u03b1 agonist fenofibrate to Berkeley sickle mice raised miR-199a2 and lowered endothelin-1 in their lungs (Li and colleagues, 2014).",
   LI_MICE),
 C("li-pop", LI, "population",
   "In fenofibrate-fed rats with hypoxic pulmonary hypertension, lung miR-199a2 rose while endothelin-1 fell (Li et al., 2014).",
   LI_MICE, wrong="rats with hypoxic pulmonary hypertension"),
 C("li-comp", LI, "comparator",
   "Plasma miR-199a2 was lower in sickle cell disease than in beta-thalassaemia, with reciprocally higher endothelin-1, in Li and colleagues' (2014) study.",
   LI_SCD, wrong="than in beta-thalassaemia", accept=["comparator", "population"]),
 # Gross 1996
 C("gross-n1", GR, "none",
   "Gross et al. (1996) pooled five trials of manual therapy combined with other treatments and found an effect size of -0.6, about a 16-point gain on a 100-point pain scale.",
   "Five trials using manual therapy in combination with other treatments were clinically similar, were statistically not heterogeneous (p = 0.98), and were combined to yield an effect size of -0.6 (95% CI: -0.9, -0.4), equivalent to a 16 point improvement on a 100 point pain scale."),
 C("gross-num", GR, "number",
   "The overview by Gross and colleagues (1996) took in 34 randomised controlled trials and eight before-after studies of conservative care for mechanical neck disorders.",
   "Twenty-four randomized controlled trials (RCTs) and eight before-after studies met our selection criteria.",
   wrong="34"),
 C("gross-dur", GR, "duration",
   "The best available evidence, Gross et al. (1996) conclude, supports manual therapy combined with other treatments for long-term relief of neck pain.",
   "Within the limits of methodologic quality, the best available evidence supports the use of manual therapies in combination with other treatments for short-term relief of neck pain.",
   wrong="long-term relief", accept=["duration", "overreach"]),
 C("gross-over", GR, "overreach",
   "Gross and colleagues' (1996) meta-analysis proved that medication, rest and exercise do not work for mechanical neck pain.",
   "Little or no scientific evidence exists for other therapies, including such commonly used treatments as medication, rest and exercise.",
   wrong="proved that medication, rest and exercise do not work", accept=["overreach", "direction"]),
]

if __name__ == "__main__":
    out = Path(__file__).resolve().parent / "claims.json"
    out.write_text(json.dumps(CLAIMS, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print("wrote", len(CLAIMS), "claims to", out)
