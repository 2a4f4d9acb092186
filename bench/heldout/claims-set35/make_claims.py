"""Writes claims.json (set 35, evaluator E-P6 of round eleven). Hand-written claims; truth sentences copied verbatim from
the abstracts (pool 6 records in records.xml). C() helper as in set 10's make_claims.py."""
import json
from pathlib import Path

def C(id, key, kind, claim, truth, wrong=None, truth_alt=None, accept=None):
    d = {"id": id, "key": key, "kind": kind, "claim": claim, "truth": truth}
    if truth_alt: d["truth_alt"] = truth_alt
    if wrong: d["wrong"] = wrong
    if accept: d["accept"] = accept
    return d

SC, VH, DS, SN, LU = "schwingshackl2013comparison", "vonhoff2009inhibition", "desauvage1991primary", "schnittger1996refined", "liu2012genome"
XI, LE, BI, ER, ZH = "xie1998activating", "lee2014comparative", "bigalke2013positron", "erickson1994decreased", "zhang2001downregulation"
SZ, LI, TI, MA, CH = "szyfter198440", "li2013effects", "tian2011reserve", "martin1997thrombopoietin", "cho2013coronary"

SC_LIPIDS = ("Decreases in total cholesterol (weighted mean difference -4.55 mg/dL [-0.12 mmol/L], 95% CI -8.03 to -1.07; "
             "P=0.01) and low-density lipoprotein (LDL) cholesterol (weighted mean difference -3.11 mg/dL [-0.08 mmol/L], "
             "95% CI -4.51 to -1.71; P<0.0001) were significantly more pronounced following low-fat diets, whereas rise in "
             "high-density lipoprotein (HDL) cholesterol (weighted mean difference 2.35 mg/dL [0.06 mmol/L], 95% CI 1.29 to "
             "3.42; P<0.0001) and reduction in triglyceride levels (weighted mean difference -8.38 mg/dL [-0.095 mmol/L], 95% "
             "CI -13.50 to -3.25; P=0.001) were more distinct in the high-fat diet groups.")
VH_DESIGN = ("In a phase 1 clinical trial, we assessed the safety and pharmacokinetics of GDC-0449, a small-molecule inhibitor "
             "of SMO, and responses of metastatic or locally advanced basal-cell carcinoma to the drug.")
DS_BIND = ("Stable mammalian cell lines over-expressing the STa receptor specifically bind 125I-STa (Kd approximately 1.0 nM) "
           "and respond to STa by dramatically increasing (approximately 50-fold) cellular cGMP levels.")
SN_TPO = "TPO levels were analyzed in the serum of three patients and were found to be in the normal range."
SN_CONC = ("These results confirm the findings of two previous studies that thrombopoietin expression is not the main cause "
           "of thrombocytosis in the 3q21q26 syndrome.")
LU_SEQ = ("We performed deep whole-genome sequencing and transcriptome sequencing on 19 lung cancer cell lines and three lung "
          "tumor/normal pairs.")
LU_SPLICE = ("A systematic survey of splice-site mutations identified 106 splice site mutations associated with cancer specific "
             "aberrant splicing, including mutations in several known cancer-related genes.")
XI_MUT = ("We report here the identification of activating somatic missense mutations in the SMO gene itself in sporadic BCCs "
          "from three patients.")
LE_AMP = ("Toward this end, we mapped regions of recurrent amplification in a large collection (n=392) of primary human cancers "
          "and selected 620 genes whose expression is elevated in tumors.")
LE_RNAI = "An RNAi loss-of-function screen targeting these genes across a panel of 32 cancer cell lines identified potential driver genes."
LE_PROG = ("Elevated expression of SHMT2 and PSMB4 was found to be associated with poor prognosis in human cancer, supporting "
           "the development of molecular therapies targeting these genes or components of their pathways.")
BI_DIET = "Four-week-old male apolipoprotein E-deficient (ApoE(-/-)) mice (n=6) were fed a high-fat diet for 12 weeks."
BI_UPTAKE = ("In ApoE(-/-) mice, the (64)Cu-GPVI-Fc uptake in the aortic arch was significantly higher compared with WT mice "
             "(ApoE(-/-): 13.2±1.5 Bq/cm(3) versus WT mice: 5.1±0.5 Bq/cm(3); P=0.028).")
ER_RES = ("The TNF-R2-/- mice show normal T-cell development and activity, but we find that they have increased resistance to "
          "TNF-induced death.")
ER_GT = "To clarify the physiological role of TNF-R2, we have generated mice deficient in this receptor by gene targeting."
ZH_XEN = ("Expression of SmoM2 in Xenopus embryos leads to developmental anomalies that are consistent with known requirements "
          "for regulated Hedgehog signaling in the eye and pancreas.")
SZ_ADULTS = "This technique was used in 31 normally hearing adults for low frequency response evaluation."
SZ_CONC = ("The 40 Hz MLR paradigm thus appears to be an accurate and rapid method for low frequency threshold evaluation in "
           "adults, but it is greatly influenced by the state of arousal.")
LI_RES = ("Compared with the model control group, the content of oxLDL in the serum and the expression of LOX-1 and its mRNA in "
          "coronary arterial tissue in the EA preconditioning group, EA group and medication group were significantly reduced "
          "(all P < 0.01).")
LI_GROUPS = ("When the models were successfully established, the rats were randomly divided into a model control group, an EA "
             "group and a medication group, 12 cases in each one.")
TI_ABL = ("We found that complete loss of the Lgr5-expressing cells did not perturb homeostasis of the epithelium, indicating "
          "that other cell types can compensate for the elimination of this population.")
MA_POST = "In 16 of 17 patients, the levels became detectable after liver transplantation."
CH_MODEL = "T2D was induced in mice by a high-fat diet combined with a single injection of low-dose streptozotocin."

CLAIMS = [
 # Schwingshackl and Hoffmann 2013 (meta-analysis, low-fat vs high-fat diets, blood lipids)
 C("schwingshackl-n1", SC, "none",
   "Pooling randomised trials of at least a year, Schwingshackl and Hoffmann (2013) found that low-fat diets lowered total and LDL cholesterol a little more than high-fat diets, whereas high-fat diets did better on HDL and triglycerides.",
   SC_LIPIDS,
   truth_alt=["Dietary fat plays an important role in the primary prevention of cardiovascular disease, but long-term (=12 months) effects of different percentages of fat in the diet on blood lipid levels remain to be established."]),
 C("schwingshackl-num", SC, "number",
   "The meta-analysis drew on 52 randomised controlled trials that pitted low-fat against high-fat diets in overweight or obese patients (Schwingshackl & Hoffmann, 2013).",
   "Thirty-two studies were included in the meta-analysis.",
   wrong="52 randomised controlled trials"),
 C("schwingshackl-dur", SC, "duration",
   "Trials lasting at least six months qualified for Schwingshackl and Hoffmann's (2013) review of how the share of fat in the diet affects blood lipids.",
   "Dietary fat plays an important role in the primary prevention of cardiovascular disease, but long-term (=12 months) effects of different percentages of fat in the diet on blood lipid levels remain to be established.",
   wrong="at least six months",
   truth_alt=["Our systematic review and meta-analysis focused on randomized controlled trials assessing the long-term effects of low-fat diets compared with diets with high amounts of fat on blood lipid levels."]),
 C("schwingshackl-over", SC, "overreach",
   "On the strength of their pooled data, Schwingshackl and Hoffmann (2013) recommend low-fat rather than high-fat diets for the primary prevention of heart disease.",
   "The results of our meta-analysis do not allow for an unequivocal recommendation of either low-fat or high-fat diets in the primary prevention of cardiovascular disease.",
   wrong="recommend low-fat rather than high-fat diets"),

 # Von Hoff et al. 2009 (phase 1 trial of GDC-0449 in advanced basal-cell carcinoma)
 C("vonhoff-n1", VH, "none",
   "Eighteen of 33 patients with metastatic or locally advanced basal-cell carcinoma responded to the oral hedgehog-pathway inhibitor GDC-0449, two of them completely (Von Hoff et al., 2009).",
   "Of the 33 patients, 18 had an objective response to GDC-0449, according to assessment on imaging (7 patients), physical examination (10 patients), or both (1 patient).",
   truth_alt=["Of the patients who had a response, 2 had a complete response and 16 had a partial response."]),
 C("vonhoff-n2", VH, "none",
   "Von Hoff and colleagues (2009) recorded eight grade 3 adverse events possibly due to the drug, mostly fatigue and low sodium, and only one patient dropped out because of side effects.",
   "Eight grade 3 adverse events that were deemed to be possibly related to the study drug were reported in six patients, including four with fatigue, two with hyponatremia, one with muscle spasm, and one with atrial fibrillation.",
   truth_alt=["One patient withdrew from the study because of adverse events."]),
 C("vonhoff-des", VH, "design",
   "In a randomised, placebo-controlled trial, Von Hoff et al. (2009) showed that GDC-0449 taken by mouth shrank advanced basal-cell carcinomas.",
   VH_DESIGN,
   wrong="randomised, placebo-controlled trial", accept=["design", "comparator"],
   truth_alt=["We selected 33 patients with metastatic or locally advanced basal-cell carcinoma to receive oral GDC-0449 at one of three doses; 17 patients received 150 mg per day, 15 patients received 270 mg per day, and 1 patient received 540 mg per day."]),
 C("vonhoff-dur", VH, "duration",
   "Patients in the GDC-0449 study stayed on the drug for a median of about three months (Von Hoff and colleagues, 2009).",
   "The median duration of the study treatment was 9.8 months.",
   wrong="a median of about three months", accept=["duration", "number"]),

 # de Sauvage et al. 1991 (cloning of the human receptor for E. coli heat-stable enterotoxin)
 C("desauvage-n1", DS, "none",
   "Working from a cloned cDNA, de Sauvage and colleagues (1991) characterised the human receptor for the heat-stable enterotoxin of E. coli, a receptor that carries its own guanylyl cyclase domain on the inside of the cell.",
   "We report here the cloning and expression of a cDNA encoding the human receptor for STa.",
   truth_alt=["The receptor contains both an extracellular ligand binding site and a cytoplasmic guanylyl cyclase catalytic domain, making it a member of the same receptor family as the natriuretic peptide receptors."]),
 C("desauvage-n2", DS, "none",
   "Cell lines engineered to overproduce the receptor bound labelled toxin with a Kd near 1 nM and answered it with a roughly 50-fold jump in cGMP (de Sauvage et al., 1991).",
   DS_BIND),
 C("desauvage-num", DS, "number",
   "According to de Sauvage et al. (1991), exposure to the enterotoxin raised cellular cGMP about fivefold in cells overexpressing the receptor.",
   DS_BIND,
   wrong="about fivefold"),
 C("desauvage-comp", DS, "comparator",
   "Comparing the human receptor with its mouse counterpart, de Sauvage and colleagues (1991) found the extracellular domain less conserved than in similar comparisons of natriuretic peptide receptors.",
   "Sequence comparisons between the human and the rat STa receptors show less conservation in the extracellular domain than similar comparisons of natriuretic peptide receptors.",
   wrong="its mouse counterpart", accept=["comparator", "population"]),

 # Schnittger et al. 1996 (TPO gene localisation; 3q21q26 syndrome)
 C("schnittger-n1", SN, "none",
   "Using pulsed-field gel electrophoresis, Schnittger and colleagues (1996) found no rearrangement near the thrombopoietin locus in any of 12 cases with inv(3)(q21q26) or t(3;3)(q21;q26).",
   "In this study 12 cases with inv(3)(q21q26) or t(3;3)(q21;q26) were analyzed by means of PFGE, but no rearrangements near the TPO locus were detectable."),
 C("schnittger-num", SN, "number",
   "Serum thrombopoietin, measured in thirteen patients, was within the normal range (Schnittger et al., 1996).",
   SN_TPO,
   wrong="thirteen patients"),
 C("schnittger-dir", SN, "direction",
   "Schnittger et al. (1996) report that serum thrombopoietin was raised in the patients they tested, in keeping with the high platelet counts of the 3q21q26 syndrome.",
   SN_TPO,
   wrong="was raised", truth_alt=[SN_CONC]),
 C("schnittger-over", SN, "overreach",
   "The work of Schnittger and colleagues (1996) proves that thrombopoietin has no part at all in the thrombocytosis seen with 3q21 and 3q26 rearrangements.",
   SN_CONC,
   wrong="proves that thrombopoietin has no part at all"),

 # Liu et al. 2012 (genome and transcriptome sequencing of lung cancers)
 C("liu-n1", LU, "none",
   "Liu et al. (2012) sequenced the genomes and transcriptomes of 19 lung cancer cell lines and three tumour/normal pairs, turning up 106 splice-site mutations tied to cancer-specific aberrant splicing.",
   LU_SEQ, truth_alt=[LU_SPLICE]),
 C("liu-pop", LU, "population",
   "Sequencing tumours from 19 lung cancer patients, Liu and colleagues (2012) saw mutation spectra that separated smokers from never-smokers.",
   LU_SEQ,
   wrong="tumours from 19 lung cancer patients", accept=["population", "design"],
   truth_alt=["Smoker and never-smoker cancer samples exhibit distinguishable patterns of mutations."]),
 C("liu-comp", LU, "comparator",
   "In the lung cancer genomes sequenced by Liu et al. (2012), samples from men and women showed clearly different patterns of mutation.",
   "Smoker and never-smoker cancer samples exhibit distinguishable patterns of mutations.",
   wrong="samples from men and women", accept=["comparator", "population"]),
 C("liu-num", LU, "number",
   "A systematic search of splice sites turned up 61 mutations associated with cancer-specific aberrant splicing (Liu and colleagues, 2012).",
   LU_SPLICE,
   wrong="61 mutations"),

 # Xie et al. 1998 (activating SMO mutations in sporadic basal-cell carcinoma)
 C("xie-n1", XI, "none",
   "Xie and colleagues (1998) found activating somatic missense mutations in SMO itself in sporadic basal-cell carcinomas from three patients.",
   XI_MUT),
 C("xie-n2", XI, "none",
   "Transgenic mice whose skin overexpressed mutant SMO developed BCC-like lesions, direct evidence that the mutated gene can behave as an oncogene (Xie et al., 1998).",
   "Furthermore, skin abnormalities similar to BCCs developed in transgenic murine skin overexpressing mutant SMO.",
   truth_alt=["These findings support the role of SMO as a signalling component of the SHH-receptor complex and provide direct evidence that mutated SMO can function as an oncogene in BCCs."]),
 C("xie-pop", XI, "population",
   "Xie et al. (1998) detected activating SMO mutations in skin tumours from patients with the hereditary basal-cell nevus syndrome.",
   XI_MUT,
   wrong="patients with the hereditary basal-cell nevus syndrome"),
 C("xie-over", XI, "overreach",
   "A 1998 study by Xie et al. established that SMO mutations drive most sporadic basal-cell carcinomas.",
   XI_MUT,
   wrong="drive most sporadic basal-cell carcinomas", accept=["overreach", "number"]),

 # Lee et al. 2014 (comparative oncogenomics; PSMB4 and SHMT2)
 C("lee-n1", LE, "none",
   "Lee and colleagues (2014) mapped recurrent amplifications in 392 primary human cancers, kept 620 genes overexpressed in tumours, and knocked them down by RNAi across 32 cancer cell lines to find likely drivers.",
   LE_AMP, truth_alt=[LE_RNAI]),
 C("lee-dir", LE, "direction",
   "High expression of SHMT2 and PSMB4 went with a better prognosis in human cancer, Lee et al. (2014) report.",
   LE_PROG,
   wrong="a better prognosis"),
 C("lee-des", LE, "design",
   "In a gain-of-function screen that overexpressed each candidate gene in 32 cancer cell lines, Lee et al. (2014) picked out potential cancer drivers.",
   LE_RNAI,
   wrong="gain-of-function screen that overexpressed each candidate gene"),
 C("lee-over", LE, "overreach",
   "Lee and colleagues (2014) showed that drugs targeting PSMB4 and SHMT2 improve survival in people with cancer.",
   LE_PROG,
   wrong="drugs targeting PSMB4 and SHMT2 improve survival in people with cancer"),

 # Bigalke et al. 2013 (64Cu-GPVI-Fc PET/CT and MRI in ApoE-/- mice)
 C("bigalke-n1", BI, "none",
   "In ApoE-deficient mice fed a high-fat diet for 12 weeks, aortic-arch uptake of the 64Cu-labelled GPVI-Fc tracer was more than double that of wild-type mice (Bigalke et al., 2013).",
   BI_UPTAKE, truth_alt=[BI_DIET]),
 C("bigalke-dur", BI, "duration",
   "Bigalke and colleagues (2013) kept six ApoE-knockout mice on a high-fat diet for 12 months before imaging them.",
   BI_DIET,
   wrong="12 months"),
 C("bigalke-pop", BI, "population",
   "Bigalke et al.'s (2013) PET tracer picked out exposed subendothelial collagen in high-fat-fed LDL receptor-knockout mice.",
   "(64)Cu-GPVI-Fc positron emission tomographic imaging allows identification of exposed subendothelial collagen in injured WT and high-fat diet-fed ApoE(-/-) mice.",
   wrong="LDL receptor-knockout mice", truth_alt=[BI_DIET]),
 C("bigalke-comp", BI, "comparator",
   "Against a control group of ApoE-deficient mice kept on normal chow, the high-fat-fed ApoE-deficient animals took up clearly more tracer in the aortic arch (Bigalke and colleagues, 2013).",
   "C57BL/6J wild-type (WT) mice served as controls (n=6).",
   wrong="a control group of ApoE-deficient mice kept on normal chow", accept=["comparator", "population"],
   truth_alt=[BI_UPTAKE]),

 # Erickson et al. 1994 (TNF receptor-2-deficient mice)
 C("erickson-n1", ER, "none",
   "Mice lacking TNF receptor-2 developed normal T cells with normal activity (Erickson et al., 1994).",
   ER_RES, truth_alt=[ER_GT]),
 C("erickson-n2", ER, "none",
   "When TNF was injected under the skin, TNF-R2-deficient mice showed much less tissue necrosis, which points to a role for this receptor in TNF's necrotic effects (Erickson and colleagues, 1994).",
   "Additionally, such mice injected subcutaneously with TNF show a dramatic decrease in tissue necrosis, indicating that this receptor plays a role in the necrotic effects of TNF."),
 C("erickson-dir", ER, "direction",
   "Erickson et al. (1994) found TNF-R2-knockout mice more susceptible than normal mice to death induced by TNF.",
   ER_RES,
   wrong="more susceptible"),
 C("erickson-des", ER, "design",
   "Erickson and colleagues (1994) blocked TNF-R2 in mice with a neutralising antibody and found T-cell development unaffected.",
   ER_GT,
   wrong="blocked TNF-R2 in mice with a neutralising antibody", truth_alt=[ER_RES]),

 # Zhang et al. 2001 (SmoM2 and small-intestine organogenesis in Xenopus)
 C("zhang-n1", ZH, "none",
   "Expressing the constitutively active SmoM2 in Xenopus embryos stopped the midgut epithelium from differentiating and kept the intestine from lengthening and coiling (Zhang et al., 2001).",
   "Additionally, it results in failure of midgut epithelial cytodifferentiation and of the intestine to lengthen and coil.",
   truth_alt=[ZH_XEN]),
 C("zhang-n2", ZH, "none",
   "Zhang and colleagues (2001) reproduced the gut-lining defects by exposing embryos or organ explants directly to active recombinant hedgehog protein.",
   "The intestinal epithelial abnormalities are reproduced in embryos or organ explants treated directly with active recombinant hedgehog protein."),
 C("zhang-pop", ZH, "population",
   "Zhang et al. (2001) showed in zebrafish embryos that unchecked Hedgehog signalling derails development of the small intestine.",
   ZH_XEN,
   wrong="zebrafish embryos"),
 C("zhang-dir", ZH, "direction",
   "According to Zhang and colleagues (2001), the vertebrate intestine needs Hedgehog feedback to be stepped up if it is to develop normally.",
   "Considered together, these findings suggest that the splanchnic mesoderm responds to endodermal Hedgehog signals by inhibiting the transition of midgut endoderm into intestinal epithelium and that attenuation of this feedback is required for normal development of the vertebrate intestine.",
   wrong="stepped up"),

 # Szyfter et al. 1984 (40 Hz middle latency responses in normally hearing adults)
 C("szyfter-n1", SZ, "none",
   "In 31 normally hearing adults, 40 Hz middle latency response thresholds differed from subjective thresholds by roughly 13 to 18 dB on average across 250, 500 and 1000 Hz (Szyfter et al., 1984).",
   "The average difference between the middle latency evoked potential threshold and the subjective threshold was 17.9 dB at 250 Hz, 14.5 dB at 500 Hz, and 13 dB at 1000 Hz.",
   truth_alt=[SZ_ADULTS]),
 C("szyfter-n2", SZ, "none",
   "Szyfter and colleagues (1984) caution that sleep shrinks the response and pushes the threshold up by about 15 dB, which matters when children are tested.",
   "During sleep, response amplitude decreases and threshold increases by about 15 dB.",
   truth_alt=["This may be of great concern when interpreting the results in children, in whom low frequency threshold evaluation is of primary importance."]),
 C("szyfter-pop", SZ, "population",
   "In 31 young children with normal hearing, the 40 Hz method gave a quick and accurate estimate of low-frequency thresholds (Szyfter et al., 1984).",
   SZ_ADULTS,
   wrong="31 young children", truth_alt=[SZ_CONC]),
 C("szyfter-num", SZ, "number",
   "In Szyfter et al.'s (1984) study, brainstem evoked response thresholds, checked in 15 of the volunteers, were on average only about 10 dB away from subjective thresholds.",
   "These differed, on average, by 30 dB from subjective thresholds.",
   wrong="about 10 dB",
   truth_alt=["Thresholds at 500 and 1000 Hz were also determined using brainstem evoked responses in 15 of the subjects."]),

 # Li et al. 2013 (electroacupuncture in rats with coronary atherosclerotic heart disease)
 C("li-n1", LI, "none",
   "In rats given coronary heart disease by high-fat feeding, electroacupuncture at Neiguan (PC 6) and Xinshu (BL 15) brought down serum oxLDL and coronary LOX-1 relative to untreated model animals (Li et al., 2013).",
   LI_RES),
 C("li-dur", LI, "duration",
   "Li and colleagues (2013) produced the disease model by feeding the rats a high-fat diet for six weeks.",
   "Then rats in the EA preconditioning group and the rest 36 rats were fed with high fat diet for 12 weeks to duplicate the CHD model.",
   wrong="six weeks"),
 C("li-comp", LI, "comparator",
   "Compared with sham acupuncture, electroacupuncture lowered serum oxLDL and coronary LOX-1 in the rats studied by Li et al. (2013).",
   LI_RES,
   wrong="Compared with sham acupuncture", truth_alt=[LI_GROUPS]),
 C("li-des", LI, "design",
   "In a crossover experiment in which every rat received electroacupuncture and then atorvastatin, Li and colleagues' (2013) treatments both lowered oxLDL.",
   LI_GROUPS,
   wrong="a crossover experiment in which every rat received electroacupuncture and then atorvastatin"),

 # Tian et al. 2011 (Lgr5 ablation and Bmi1 reserve stem cells in mouse small intestine)
 C("tian-n1", TI, "none",
   "Tian and colleagues (2011) wiped out Lgr5-expressing cells in mice, using a diphtheria toxin receptor knocked into the Lgr5 locus, and found the intestinal lining carried on normally.",
   TI_ABL,
   truth_alt=["Here we specifically ablated Lgr5-expressing cells in mice using a human diphtheria toxin receptor (DTR) gene knocked into the Lgr5 locus."]),
 C("tian-n2", TI, "none",
   "By lineage tracing, Tian et al. (2011) found that Bmi1-positive cells can give rise to Lgr5-positive cells, suggesting the gut's stem cells form a hierarchy.",
   "Indeed, lineage tracing showed that Bmi1-expressing cells gave rise to Lgr5-expressing cells, pointing to a hierarchy of stem cells in the intestinal epithelium."),
 C("tian-dir", TI, "direction",
   "Once the Lgr5 cells were gone, Bmi1-expressing cells produced fewer progeny, Tian and colleagues (2011) observed.",
   "After ablation of Lgr5-expressing cells, progeny production by Bmi1-expressing cells increased, indicating that Bmi1-expressing stem cells compensate for the loss of Lgr5-expressing cells.",
   wrong="produced fewer progeny"),
 C("tian-dur", TI, "duration",
   "The lining of the small intestine turns over every two to five weeks, Tian et al. (2011) note, which makes it one of the most regenerative tissues in mammals.",
   "The small intestine epithelium renews every 2 to 5 days, making it one of the most regenerative mammalian tissues.",
   wrong="every two to five weeks", accept=["duration", "number"]),

 # Martin et al. 1997 (thrombopoietin in cirrhosis before and after liver transplantation)
 C("martin-n1", MA, "none",
   "Thrombopoietin was undetectable in 39 of 44 patients with cirrhosis but became measurable after liver transplantation in 16 of 17 (Martin et al., 1997).",
   "Thrombopoietin levels were undetectable in 39 of 44 patients with cirrhosis.",
   truth_alt=[MA_POST]),
 C("martin-num", MA, "number",
   "Martin and colleagues (1997) found that thrombopoietin became detectable after transplantation in only 6 of the 17 recipients.",
   MA_POST,
   wrong="only 6 of the 17"),
 C("martin-des", MA, "design",
   "Martin et al.'s (1997) randomised controlled trial of liver transplantation in cirrhosis showed thrombopoietin rising after surgery.",
   "A cross-sectional study of patients with cirrhosis, including a small subset of patients who had orthotopic liver transplantation.",
   wrong="randomised controlled trial of liver transplantation"),
 C("martin-over", MA, "overreach",
   "Martin and colleagues (1997) demonstrated that a lack of thrombopoietin is the cause of the low platelet counts seen in cirrhosis.",
   "The low thrombopoietin levels in cirrhotic patients with thrombocytopenia and the increased levels after orthotopic liver transplantation suggest that impaired production of thrombopoietin may contribute to thrombocytopenia associated with cirrhosis.",
   wrong="demonstrated that a lack of thrombopoietin is the cause"),

 # Cho et al. 2013 (coronary endothelial dysfunction and mitochondrial ROS in type 2 diabetic mice)
 C("cho-n1", CH, "none",
   "In mice made diabetic with a high-fat diet plus a single low-dose streptozotocin injection, the blunted acetylcholine relaxation of coronary arteries was brought back toward normal by the mitochondrial superoxide scavenger mitoTempol (Cho et al., 2013).",
   "Attenuated ACh-induced relaxation in CAs from T2D mice was restored toward control level by treatment with mitoTempol (a mitochondria-specific O2(-) scavenger).",
   truth_alt=[CH_MODEL]),
 C("cho-pop", CH, "population",
   "Cho and colleagues (2013) studied coronary arteries from leptin-receptor-deficient db/db mice, a genetic model of type 2 diabetes.",
   CH_MODEL,
   wrong="leptin-receptor-deficient db/db mice, a genetic model", accept=["population", "design"]),
 C("cho-comp", CH, "comparator",
   "Coronary arteries from type 2 diabetic mice relaxed less to acetylcholine than those from type 1 diabetic mice (Cho et al., 2013).",
   "ACh-induced vascular relaxation was significantly attenuated in coronary arteries (CAs) from T2D mice compared with controls.",
   wrong="than those from type 1 diabetic mice", accept=["comparator", "population"]),
 C("cho-dir", CH, "direction",
   "Cho and colleagues (2013) found raised mitochondrial ROS alongside higher SOD2 protein levels in coronary endothelial cells from the diabetic mice.",
   "Coronary ECs isolated from T2D mice exhibited a significant increase in mitochondrial ROS concentration and decrease in SOD2 protein expression compared with coronary ECs isolated from control mice.",
   wrong="higher SOD2 protein levels"),
]

if __name__ == "__main__":
    out = Path(__file__).resolve().parent / "claims.json"
    out.write_text(json.dumps(CLAIMS, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print("wrote", len(CLAIMS), "claims to", out)
