"""Set 51 claims (E-51, round fourteen): 60 claims on the 15 abstracts of pmids.txt, 4 each. Writes claims.json.
Fields as sets 5-45: id, key (predicted citekey, keys.py), kind (none or the one error), claim, truth (abstract
sentence, verbatim up to whitespace), truth_alt (other sentences that show the truth), wrong (the exact wrong phrase),
accept (kinds a fair flag could have; when absent, only the claim's own kind). The C() helper below was written for
this set (the format follows set 45's README and validate.py)."""
import json
from pathlib import Path
HERE = Path(__file__).resolve().parent
CLAIMS = []
def C(id, key, kind, claim, truth, wrong=None, truth_alt=None, accept=None):
    c = {"id": id, "key": key, "kind": kind, "claim": claim, "truth": truth}
    if truth_alt: c["truth_alt"] = truth_alt
    if wrong: c["wrong"] = wrong
    if accept: c["accept"] = accept
    CLAIMS.append(c)

# 1 Pelin 1999 (pelin1999mutations): none, none, number, population
K = "pelin1999mutations"
C("pe-none1", K, "none",
  "Pelin et al. (1999) tied the typical, autosomal recessive form of nemaline myopathy to mutations in the nebulin gene, which lies in the chromosome 2q21.2-q22 region the group had earlier linked to the disease.",
  "We show here that mutations in the nebulin gene located within this region are associated with the disease.",
  truth_alt=["The typical form of nemaline myopathy is inherited as an autosomal recessive trait, the locus of which we previously assigned to chromosome 2q21.2-q22."])
C("pe-none2", K, "none",
  "In the two families with consanguineous parents, the affected patients were homozygous for point mutations (Pelin and colleagues, 1999).",
  "In two families with consanguineous parents, the patients were homozygous for point mutations.")
C("pe-num", K, "number",
  "Pelin and colleagues (1999) described eight disease-associated nebulin mutations in patients from five families of different ethnic origins.",
  "We have studied the 3' end of the 20. 8-kb cDNA encoding the Z disc part of the 800-kDa protein and describe six disease-associated mutations in patients from five families of different ethnic origins.",
  wrong="eight disease-associated nebulin mutations")
C("pe-pop", K, "population",
  "Nebulin mutations turned out to cause nemaline myopathy in a large Australian family with the autosomal dominant form of the disease (Pelin et al., 1999).",
  "In a single large Australian family with an autosomal dominant form of nemaline myopathy, the disease is caused by a mutation in the alpha-tropomyosin gene TPM3.",
  truth_alt=["The typical form of nemaline myopathy is inherited as an autosomal recessive trait, the locus of which we previously assigned to chromosome 2q21.2-q22."],
  wrong="a large Australian family with the autosomal dominant form of the disease")

# 2 Menten 1999 (menten1999differential): none, none, comparator, direction
K = "menten1999differential"
C("me-none1", K, "none",
  "Menten et al. (1999) found that in PBMC, MCP-3 was induced by IFN-alpha and IFN-beta, by measles virus and by double-stranded RNA, but not by IFN-gamma, hinting at a role early in viral infection.",
  "In PBMC, IFN-alpha and IFN-beta (but not IFN-gamma), as well as measles virus and double-stranded RNA, were potent inducers of MCP-3, which suggests a role for this chemokine in an early stage of viral infections.")
C("me-none2", K, "none",
  "Combining IL-1beta with IFN-gamma induced MCP-3 synergistically in diploid fibroblasts, something not seen for MCP-1 (Menten and colleagues, 1999).",
  "In diploid fibroblasts, synergistic induction of MCP-3, but not of MCP-1, mRNA and protein was observed by combined treatment with IL-1beta and IFN-gamma.")
C("me-comp", K, "comparator",
  "Measured by ELISA, MCP-3 reached only 1-10 ng/ml, roughly a tenth of the levels produced for MCP-2, according to Menten et al. (1999).",
  "MCP-3 production levels (1-10 ng/ml) were tenfold lower compared to those of MCP-1.",
  wrong="the levels produced for MCP-2")
C("me-dir", K, "direction",
  "Menten et al.'s (1999) experiments identified endotoxin as a strong inducer of MCP-3 in both fibroblasts and PBMC.",
  "In contrast, endotoxin failed to induce MCP-3 production in fibroblasts and PBMC.",
  wrong="identified endotoxin as a strong inducer of MCP-3")

# 3 Zhang 1999 (zhang1999daidzein): none, number, direction, overreach
K = "zhang1999daidzein"
C("zh-none", K, "none",
  "At physiological concentrations, the glucuronides of daidzein and genistein were only weakly estrogenic, yet they activated human NK cells in vitro (Zhang et al., 1999).",
  "At physiological concentrations, DG and GG were weakly estrogenic, and they activated human NK cells in nutritionally relevant concentrations in vitro, probably at a site different from IL-2 action.")
C("zh-num", K, "number",
  "In Zhang and colleagues' (1999) receptor-binding assay, daidzein glucuronide needed 1.47 micromol/L to displace half of the labelled estradiol.",
  "The concentrations required for 50% displacement of 17beta-(3H) estradiol (CB50) were: 17beta-estradiol, 1.34 nmol/L; diethylstilbestrol, 1.46 nmol/L; daidzein, 1.6 micromol/L; DG, 14.7 micromol/L; genistein, 0.154 micromol/L; GG, 7.27 micromol/L.",
  wrong="1.47 micromol/L")
C("zh-dir", K, "direction",
  "Zhang et al. (1999) reported that genistein above 0.5 micromol/L significantly boosted NK cytotoxicity.",
  "At > 0.5 micromol/L, genistein inhibited NK cytotoxicity significantly (P < 0.05).",
  wrong="significantly boosted NK cytotoxicity")
C("zh-over", K, "overreach",
  "Zhang and colleagues (1999) showed that eating soy strengthens the natural killer cell defences of people against cancer.",
  "At physiological concentrations, DG and GG were weakly estrogenic, and they activated human NK cells in nutritionally relevant concentrations in vitro, probably at a site different from IL-2 action.",
  truth_alt=["In human peripheral blood NK cells, genistein at <0.5 micromol/L and DG and GG at 0.1-10 micromol/L enhanced NK cell-mediated K562 cancer cell killing significantly (P < 0.05)."],
  wrong="eating soy strengthens the natural killer cell defences of people against cancer", accept=["overreach", "design"])

# 4 Park 2013 (park2013characterization): none, number, design, comparator
K = "park2013characterization"
C("pa-none", K, "none",
  "Quantitative analysis of left atrial vortex flow by contrast transesophageal echocardiography with particle image velocimetry proved feasible in every patient (Park et al., 2013).",
  "In all patients, quantitative LA vortex flow analysis was feasible.")
C("pa-num", K, "number",
  "Park and colleagues (2013) examined 35 controls and 45 patients with atrial fibrillation using contrast TEE.",
  "Thirty-five controls and 30 patients with AF underwent transesophageal contrast echocardiography.",
  wrong="45 patients with atrial fibrillation")
C("pa-des", K, "design",
  "In a randomized trial, Park et al. (2013) compared the morphology and pulsatility of LA vortices between patients with AF and controls.",
  "The morphology and pulsatility of the LA vortex flow were compared between the control and AF groups.",
  truth_alt=["Thirty-five controls and 30 patients with AF underwent transesophageal contrast echocardiography."],
  wrong="In a randomized trial")
C("pa-comp", K, "comparator",
  "Park et al.'s (2013) AF patients had significantly weaker relative vortex strength than patients with mitral stenosis (1.624 vs 2.105, p < 0.001).",
  "In comparisons of vortex parameters, the relative strength was significantly lower in the AF group (1.624 ± 0.501 vs. 2.105 ± 0.226, p < 0.001).",
  truth_alt=["Thirty-five controls and 30 patients with AF underwent transesophageal contrast echocardiography."],
  wrong="than patients with mitral stenosis", accept=["comparator", "population"])

# 5 Alberto 1998 (alberto1998increased): none, population, direction, duration
K = "alberto1998increased"
C("al-none", K, "none",
  "Among 58 obese adults free of hypertension and diabetes, BMI correlated positively with glycaemia and insulinaemia during an oral glucose tolerance test (Alberto et al., 1998).",
  "BMI was found positively related with glycemia after 0' (r = 0.3043, p < 0.05) 60' (r = 0.3465, p < 0.05) 120' (r = 0.2895, p < 0.05) with AUC glyc. (r = 0411, p < 0.01) and AUCI glyc. (r = 0.276, p < 0.05), with insulinemia after 0' (r = 0.365, p < 0.01) 60' (r = 0.350, p < 0.01) and with AUC ins. (r = 0.272, p < 0.05).",
  truth_alt=["58 obese subject (10 M e 48 F) age 38 +/- 6.2 years (mean +/- DS) with BMI 34.3 +/- 5.3 and EP 33.7 +/- 15; they didn't suffer from hypertension and diabetes; they was subjected to an OGTT and evaluation of glycemia and insulinemia after 0', 60', 90', 120', 150', 180'."])
C("al-pop", K, "population",
  "Alberto and colleagues (1998) studied 58 obese patients with type 2 diabetes, most of them women, relating BMI to insulin resistance and lipids.",
  "58 obese subject (10 M e 48 F) age 38 +/- 6.2 years (mean +/- DS) with BMI 34.3 +/- 5.3 and EP 33.7 +/- 15; they didn't suffer from hypertension and diabetes; they was subjected to an OGTT and evaluation of glycemia and insulinemia after 0', 60', 90', 120', 150', 180'.",
  wrong="obese patients with type 2 diabetes")
C("al-dir", K, "direction",
  "In the obese group studied by Alberto et al. (1998), HDL cholesterol rose with BMI, while triglycerides also tracked BMI upward.",
  "HDL is negatively (r = -0.307, p < 0.05) instead of triglyceride positive related (r = 0.338, p < 0.05) with BMI.",
  wrong="HDL cholesterol rose with BMI")
C("al-dur", K, "duration",
  "Glucose and insulin were sampled across a 240-minute oral glucose tolerance test (Alberto et al., 1998).",
  "58 obese subject (10 M e 48 F) age 38 +/- 6.2 years (mean +/- DS) with BMI 34.3 +/- 5.3 and EP 33.7 +/- 15; they didn't suffer from hypertension and diabetes; they was subjected to an OGTT and evaluation of glycemia and insulinemia after 0', 60', 90', 120', 150', 180'.",
  wrong="240-minute", accept=["duration", "number"])

# 6 Sanyal and Mirshahi 1999 (sanyal1999endothelial): none, none, number, comparator
K = "sanyal1999endothelial"
C("sa-none1", K, "none",
  "Sanyal and Mirshahi (1999) concluded that the pseudointima of TIPS is lined by hepatic sinusoidal endothelial cells, which promote its formation by increasing smooth muscle cell migration and proliferation.",
  "These data indicate that TIPS pseudointima are lined by hepatic sinusoidal endothelial cells, which stimulate pseudointima formation by increasing SMC migration and proliferation.")
C("sa-none2", K, "none",
  "Endothelial cells were isolated by immunomagnetic separation from eight shunts retrieved from liver explants (Sanyal & Mirshahi, 1999).",
  "ECs were isolated from eight TIPS retrieved from liver explants by immunomagnetic separation using monodispersed magnetizable polystyrene beads (Dynabeads M-450) coated with Ulex Europeus 1.")
C("sa-num", K, "number",
  "Conditioned media from the TIPS-derived endothelial cells more than doubled smooth muscle cell migration and raised their proliferation by up to 58% (Sanyal and Mirshahi, 1999).",
  "Conditioned media from both stenosed (n = 3) and nonstenosed (n = 3) TIPS-derived endothelial cells produced a marked (>100%) P <.001 increase in migration as well as (up to 88%) P <.01 proliferation of SMCs from both stenosed (n = 3) as well as nonstenosed TIPS (n = 3).",
  wrong="up to 58%")
C("sa-comp", K, "comparator",
  "Sanyal and Mirshahi's (1999) phenotyping showed that the endothelial cells lining the shunts matched portal vein endothelium.",
  "The phenotype of TIPS-derived ECs matched that of cirrhotic sinusoidal endothelium (both expressed CD14) and differed from that of vascular endothelium (CD14 negative, Weibel-Palade positive).",
  wrong="matched portal vein endothelium")

# 7 Kitani 1999 (kitani1999cell): none, none, population, overreach
K = "kitani1999cell"
C("ki-none1", K, "none",
  "Kitani et al. (1999) located adrenomedullin-immunoreactive cells in the pyloric glands, not the fundic glands, where they also stained for chromogranin A and gastrin.",
  "Immunohistochemical analysis revealed that AM-IR cells were present in the pyloric glands, but not in the fundic glands, and that AM-IR cells were stained positively for chromogranin A and gastrin.")
C("ki-none2", K, "none",
  "The more severe the atrophic change in the pyloric gland, the fewer AM-immunoreactive cells were seen (Kitani and colleagues, 1999).",
  "The number of AM-IR cells decreased with the progression of severity of atrophic changes in the pyloric gland, and also of mononuclear cell infiltration.")
C("ki-pop", K, "population",
  "Kitani et al. (1999) examined gastric mucosa taken from 52 patients with phaeochromocytoma.",
  "Gastric mucosal tissues were taken from the gastric body and antral mucosa of 52 patients (27 men, 25 women; mean age 56.0 (range 20-86) years).",
  wrong="patients with phaeochromocytoma")
C("ki-over", K, "overreach",
  "According to Kitani et al.'s (1999) findings, adrenomedullin controls gastrin secretion in the pyloric glands.",
  "These results suggest that AM may contribute to gastrin secretion in the pyloric glands.",
  wrong="adrenomedullin controls gastrin secretion")

# 8 Nguyen 2012 (nguyen2012vaccinal): none, none, duration, design
K = "nguyen2012vaccinal"
C("ng-none1", K, "none",
  "Nguyen et al. (2012) note that the yellow-fever vaccination centre of Tourcoing Hospital in France has been open to Belgian travellers since it opened in 1994.",
  "The yellow-fever vaccination center of the Tourcoing Hospital (France) has been accessible to Belgian travelers since its opening in 1994.")
C("ng-none2", K, "none",
  "Differing schedules caused some of the problems: in Belgium the last polio dose is given between 5 and 7 years of age and the second measles dose between 12 and 13 years (Nguyen and colleagues, 2012).",
  "Some medical issues encountered during the consultation were due to differences in vaccination schedules: for the polio vaccine, since the last dose is administered between 5 and 7 years of age in Belgium; and for the measles vaccine since a late two-dose schedule (second dose between 12 and 13 years of age) is recommended in this country.")
C("ng-dur", K, "duration",
  "Nguyen et al. (2012) went through five years of consultations with Belgian travellers, from 2006 to 2010.",
  "The authors reported the specificities of these consultations during the year 2010, by retrospectively analyzing electronic medical records.",
  wrong="five years of consultations with Belgian travellers, from 2006 to 2010", accept=["duration", "number"])
C("ng-des", K, "design",
  "A 2012 study by Nguyen et al. used a prospective survey of Belgian travellers to document the vaccination issues met at a French yellow-fever centre.",
  "The authors reported the specificities of these consultations during the year 2010, by retrospectively analyzing electronic medical records.",
  wrong="a prospective survey of Belgian travellers")

# 9 Sande 2013 (sande2013effect): none, none, direction, overreach
K = "sande2013effect"
C("sn-none1", K, "none",
  "Sande et al. (2013) measured the femur, umbilical vein and lateral cerebral ventricle in 113 pregnant women, starting at a thermal index for bone of 1.0 or less and repeating at 0.5 and then 0.1.",
  "We measured three fetal structures (femur, umbilical vein and lateral cerebral ventricle) in 113 pregnant women, commencing with an output energy that provided a thermal index for bone (TIB) of ≤1.0, and then repeated the measurements at TIB ≤ 0.5 and then TIB ≤ 0.1.")
C("sn-none2", K, "none",
  "Turning the output down to a TIB of 0.1 did not compromise fetal biometry (Sande and colleagues, 2013).",
  "We conclude that using a reduced output energy setting corresponding to a TIB of 0.1 does not compromise ultrasound biometry findings.")
C("sn-dir", K, "direction",
  "As output energy decreased, there was a trend toward longer femur measurements and a narrower umbilical vein (Sande et al., 2013).",
  "There was a trend toward shorter femur measurements and larger umbilical vein diameter measurements with decreasing output energy.",
  wrong="longer femur measurements and a narrower umbilical vein")
C("sn-over", K, "overreach",
  "Sande and colleagues' (2013) results show that output energy has no effect whatsoever on any obstetric ultrasound measurement.",
  "However, since these effects (which did not exceed 0.03 mm) were very small compared with the inter- and intraobserver variations, they were considered to be of no clinical significance.",
  truth_alt=["There was a trend toward shorter femur measurements and larger umbilical vein diameter measurements with decreasing output energy."],
  wrong="has no effect whatsoever on any obstetric ultrasound measurement", accept=["overreach", "direction"])

# 10 Kanai 1999 (kanai1999dna): none, number, population, overreach
K = "kanai1999dna"
C("ka-none", K, "none",
  "Kanai et al. (1999) found loss of heterozygosity at D17S5 in 54% of hepatocellular carcinomas, preceded by hypermethylation of the same locus.",
  "Loss of heterozygosity at the D17S5 locus, which was preceded by DNA hypermethylation at the same locus, was detected in 54% of HCCs.")
C("ka-num", K, "number",
  "D17S5 hypermethylation was seen in 70% of the HCCs, significantly more often than in noncancerous liver (Kanai and colleagues, 1999).",
  "The incidence of DNA hypermethylation at this locus was significantly higher in HCCs (90%) than noncancerous liver tissues (P <.001).",
  wrong="70%")
C("ka-pop", K, "population",
  "Kanai et al. (1999) detected D17S5 hypermethylation in 44% of liver samples with no remarkable histological findings.",
  "DNA hypermethylation at the D17S5 locus was detected in 44% of the noncancerous liver tissues showing chronic hepatitis or cirrhosis, which are widely considered to be precancerous conditions, but was not observed in noncancerous liver tissues showing no remarkable histological findings.",
  wrong="liver samples with no remarkable histological findings")
C("ka-over", K, "overreach",
  "Kanai et al.'s (1999) study establishes that silencing of HIC-1 by hypermethylation causes liver cancer.",
  "These data suggest that aberrant DNA methylation at this locus and reduced HIC-1 mRNA expression participate in hepatocarcinogenesis during both early developmental stages and malignant progression of HCCs.",
  wrong="establishes that silencing of HIC-1 by hypermethylation causes liver cancer")

# 11 Wang 1999 (wang1999mutations): none, none, design, overreach
K = "wang1999mutations"
C("wa-none1", K, "none",
  "Wang et al. (1999) showed that fibroblasts from patients with primary carnitine deficiency lacked mediated carnitine transport, which transfection with OCTN2 cDNA partly restored.",
  "Fibroblasts from patients with primary carnitine deficiency lacked mediated carnitine transport.",
  truth_alt=["Transfection of patient's fibroblasts with the OCTN2 cDNA partially restored carnitine transport."])
C("wa-none2", K, "none",
  "One patient was homozygous, and both parents heterozygous, for a substitution turning the Arg-282 codon into a stop codon (Wang and colleagues, 1999).",
  "The first patient was homozygous (and both parents heterozygous) for a single base pair substitution converting the codon for Arg-282 to a STOP codon (R282X).")
C("wa-des", K, "design",
  "Wang et al. (1999) pinpointed OCTN2 through a genome-wide linkage scan and then found mutations in two unrelated patients with primary carnitine deficiency.",
  "Here we test the causative role of OCTN2 in primary carnitine deficiency by searching for mutations in this gene in affected patients.",
  truth_alt=["The gene for this condition maps to 5q31.2-32 and OCTN2, an organic cation/carnitine transporter, also maps to the same chromosomal region."],
  wrong="through a genome-wide linkage scan")
C("wa-over", K, "overreach",
  "Wang and colleagues' (1999) findings mean that every case of carnitine deficiency can be traced to OCTN2 mutations.",
  "These mutations decreased the levels of mature OCTN2 mRNA and resulted in nonfunctional transporters, confirming that defects in the organic cation/carnitine transporter OCTN2 are responsible for primary carnitine deficiency.",
  wrong="every case of carnitine deficiency can be traced to OCTN2 mutations", accept=["overreach", "population"])

# 12 Xu 1999 (xu1999oxidized): none, duration, direction, comparator
K = "xu1999oxidized"
C("xu-none", K, "none",
  "Xu et al. (1999) found that ox-LDL at 10 to 50 microg/mL raised MMP-9 mRNA, protein and gelatinolytic activity in human monocyte-derived macrophages.",
  "Exposure to ox-LDL (10 to 50 microg/mL) increased MMP-9 mRNA expression as analyzed by Northern blot, protein expression as measured by ELISA and Western blot, and gelatinolytic activity as determined by zymography.")
C("xu-dur", K, "duration",
  "Monocytes from healthy donors were allowed to differentiate into macrophages over 14 days of culture before LDL exposure (Xu and colleagues, 1999).",
  "Mononuclear cells were isolated from normal human subjects with Ficoll-Paque density gradient centrifugation, and adherent cells were allowed to differentiate into macrophages during 7 days of culture in plastic dishes.",
  wrong="14 days of culture", accept=["duration", "number"])
C("xu-dir", K, "direction",
  "In Xu et al.'s (1999) experiments, ox-LDL raised TIMP-1 expression along with MMP-9.",
  "In contrast, ox-LDL (10 to 50 microg/mL) decreased TIMP-1 expression.",
  truth_alt=["These data demonstrate that unlike n-LDL, ox-LDL upregulates MMP-9 expression while reducing TIMP-1 expression in monocyte-derived macrophages."],
  wrong="raised TIMP-1 expression")
C("xu-comp", K, "comparator",
  "The ox-LDL-induced rise in MMP-9 was abolished by native LDL at 100 microg/mL (Xu et al., 1999).",
  "Ox-LDL-induced increase in MMP-9 expression was abrogated by HDL (100 microg/mL).",
  wrong="native LDL")

# 13 Mao 1999 (mao1999murine): none, duration, population, design
K = "mao1999murine"
C("ma-none", K, "none",
  "Mao et al. (1999) mapped the murine Bin1 locus to chromosome 18, between Mep1b and Apc, revealing a previously unrecognised region of synteny with human chromosome 2.",
  "Interspecific mouse backcross mapping located the Bin1 locus between Mep1b and Apc on chromosome 18.",
  truth_alt=["Since the human gene was mapped previously to chromosome 2q14, the location of Bin1 defines a previously unrecognized region of synteny between human chromosome 2 and mouse chromosome 18."])
C("ma-dur", K, "duration",
  "Bin1 is upregulated in myotomes by embryonic day 14.5, which supports a role in myogenesis (Mao and colleagues, 1999).",
  "However, Bin1 is upregulated in embryonic development by E10.5 in myotomes, the progenitors of skeletal muscle, supporting a role in myogenesis and suggesting that the mouse and human genes may be controlled somewhat differently during development.",
  wrong="embryonic day 14.5", accept=["duration", "number"])
C("ma-pop", K, "population",
  "As a first step toward its roles in differentiation, apoptosis and tumorigenesis, Mao et al. (1999) cloned and characterised the Bin1 gene of the rat.",
  "We cloned and functionally characterized the murine Bin1 gene as a first step to investigate its physiological roles in differentiation, apoptosis, and tumorigenesis.",
  wrong="the Bin1 gene of the rat")
C("ma-des", K, "design",
  "Using Bin1 knockout mice, Mao et al. (1999) showed that the gene acts early in the muscle differentiation program.",
  "In C2C12 myoblasts antisense Bin1 prevents induction of the cell cycle kinase inhibitor p21WAF1, suggesting that it acts at an early time during the muscle differentiation program.",
  wrong="Using Bin1 knockout mice", accept=["design", "population"])

# 14 Lopez-Lago 1999 (lopezlago1999inhibition): none, number, design, duration
K = "lopezlago1999inhibition"
C("ll-none", K, "none",
  "López-Lago et al. (1999) found that PKC alpha-reduced Jurkat clones, stimulated with phorbol ester alone or with ionomycin, showed significantly lower IL-2R alpha expression and TNF-alpha production.",
  "Stimulation of transfected Jurkat clones with phorbol-12-myristate-13 alone or in the presence of ionomycin resulted in significant reduction of IL-2R alpha expression, TNF-alpha production, and the induction of transcriptional activity of a pIL-2/Luc construct in both as PKC alpha-reduced clones.")
C("ll-num", K, "number",
  "Two stably transfected antisense clones had PKC alpha protein levels 56% and 85% below those of vector-only control clones (López-Lago and colleagues, 1999).",
  "Two (as1/as2) stably transfected antisense PKC alpha-pREP3 clones (as PKC alpha-pREP3) exhibited consistently reductions (76% and 85%, respectively) of PKC alpha levels when analyzed by immunoblotting and immunoprecipitation and also of PKC alpha mRNA (75%, as determined by Northern blotting) when compared to control clones (C1/C2) containing the pREP3 vector alone.",
  wrong="56%")
C("ll-des", K, "design",
  "A 1999 study by López-Lago et al. used a PKC alpha-selective pharmacological inhibitor to probe the isoform's role in T-cell activation.",
  "Taking the antisense approach to inhibit the expression of specific protein kinase C (PKC) isoforms, we investigated the function of PKC alpha in T cell activation by transfecting Jurkat cells with an episomal vector (pREP3) containing a copy of the corresponding gene in the antisense orientation.",
  wrong="a PKC alpha-selective pharmacological inhibitor", accept=["design", "comparator"])
C("ll-dur", K, "duration",
  "In clone as1 the antisense effects faded within the first few passages, as PKC alpha protein returned to normal (López-Lago et al., 1999).",
  "The loss of the effects in clone as1 after a high number of passages correlated with the recovery of normal levels of PKC alpha protein, suggesting a link between these processes.",
  wrong="within the first few passages", accept=["duration", "number"])

# 15 Seddon and Mason 1999 (seddon1999peripheral): none, population, direction, comparator
K = "seddon1999peripheral"
C("se-none", K, "none",
  "Seddon and Mason (1999) showed that the regulatory T cells preventing autoimmune thyroiditis are generated in vivo only when the relevant autoantigen is present.",
  "In this study, we show that the regulatory T cells that prevent autoimmune thyroiditis are generated in vivo only when the relevant autoantigen is also present.")
C("se-pop", K, "population",
  "Peripheral CD4+ T cells from donor mice whose thyroids had been ablated in utero with 131I failed to prevent thyroiditis after transfer into thymectomised, irradiated recipients (Seddon & Mason, 1999).",
  "Peripheral CD4(+) T cells, from rats whose thyroids were ablated in utero by treatment with 131I, were unable to prevent disease development upon adoptive transfer into thymectomized and irradiated recipients.",
  wrong="donor mice")
C("se-dir", K, "direction",
  "Seddon and Mason's (1999) transfers showed that CD4+CD8- thymocytes from 131I-treated PVG donors, like the peripheral CD4+ T cells, could no longer prevent thyroiditis.",
  "Significantly, in contrast to the peripheral CD4(+) T cells, CD4(+)CD8(-) thymocytes from 131I-treated PVG donors were still able to prevent thyroiditis upon adoptive transfer.",
  wrong="like the peripheral CD4+ T cells, could no longer prevent thyroiditis")
C("se-comp", K, "comparator",
  "The deficit was specific to the thyroid: CD4+ T cells from 131I-treated PVG.RT1u rats prevented diabetes as well as cells from unirradiated thymectomised donors did (Seddon and Mason, 1999).",
  "This regulatory deficit is specific for thyroid autoimmunity, since CD4(+) T cells from 131I-treated PVG.RT1(u) rats were as effective as those from normal donors at preventing diabetes in thymectomized and irradiated PVG.RT1(u) rats.",
  wrong="cells from unirradiated thymectomised donors")

(HERE / "claims.json").write_text(json.dumps(CLAIMS, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
print(len(CLAIMS), "claims")
