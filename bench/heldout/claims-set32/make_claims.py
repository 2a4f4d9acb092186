"""Writes claims.json (set 32, round ten, evaluator E-P5). Hand-written claims; truth sentences copied verbatim
(whitespace-normalised) from the abstracts in records.xml. Accept lists decided when written, before any run."""
import json
from pathlib import Path

def C(id, key, kind, claim, truth, wrong=None, truth_alt=None, accept=None):
    d = {"id": id, "key": key, "kind": kind, "claim": claim, "truth": truth}
    if truth_alt: d["truth_alt"] = truth_alt
    if wrong: d["wrong"] = wrong
    if accept: d["accept"] = accept
    return d

SO, AD, DX, WO, SC = "song2019prenatal", "adisetiyo2019brain", "dix2019augmentation", "woo2019measurements", "scarelcaminaga2011variation"
AM, CC, MA, MR, PA = "amin2019patterns", "cremonecaira2019relations", "matt2019dopaminergic", "marin2019examination", "palmer2019qualitative"
SH, KH, DC, SB, BL = "shevchenko2019escherichia", "khalili2019using", "dacosta2019neoadjuvant", "scherberger1975studies", "blair2019effects"

SO_FIRST = "Exposure to mono-ethyl phthalate (MEP), mono(2-ethyl-5-carboxypentyl) phthalate (MECPP), mono(2-ethyl-5-oxohexyl) phthalate (MEOHP), mono(2-ethyl-5-hydroxyhexyl) phthalate (MEHHP), mono-butyl phthalate (MBP), and di(2-ethylhexyl) phthalate ([Formula: see text]) during the first trimester were inversely related to cord blood TL."
SO_N = "A total of 762 mother–newborn pairs were recruited from a birth cohort study performed between November 2013 and March 2015 in Wuhan, China."
AD_N = "MFC was acquired in 30 psychostimulant-medicated youth with comorbid-free ADHD and 29 age-matched controls (all males)."
DX_EFS = "The 4-year EFS for patients with stage I/II and stage III/IV disease with LOH1p/16 was 87.3% (95% CI, 75.1% to 99.5%) and 90.2% (95% CI, 81.8% to 98.6%), respectively."
DX_NW = "These results are improved compared with the NWTS-5 updated 4-year EFS of 68.8% for patients with stage I/II disease (P = .042), and 61.3% for patients with stage III/IV disease (P = .001), with trends toward improved 4-year overall survival."
WO_N = "54 ospreys (22 adults, 19 juveniles, and 13 birds of undetermined age) without clinical signs of cardiac disease and with adequate ventrodorsal radiographic images for cardiac silhouette assessment."
SC_N = "In this study we investigated the polymorphism rs2234671 in 395 Brazilian subjects with and without chronic periodontitis."
SC_C = "The polymorphism rs2234671 in the CXCR1 gene was not associated with the susceptibility to chronic periodontitis in the studied Brazilian population."
AM_CL = "There exist seven significant mortality clusters of ovarian cancer, with large clusters in NW, NE and SE of the US, and there exist two large mortality clusters of uterine cancer in NE and Central US."
CC_N = "Caregiver-report of child sleep, EF, and ADHD symptom severity was collected for 101 children with ASD, 7-11 years of age."
MA_N = "13 patients with mild to moderate Parkinson's disease (ON and OFF dopaminergic therapy) and 13 healthy controls completed a praxis sensitive functional MRI task and apraxia assessments."
MR_N = "Using qualitative methods and self-report measures, we examined reflective and ruminative narrative processes in 32 trauma narratives written by a sample of young adults."
PA_N = "The data in this qualitative study are derived from a multicentre randomized controlled trial where 270 mothers of preterm infants provided 496 written comments through questionnaires containing open-ended questions."
KH_788 = "We used prenatal exposure biomarker data from the NBC, a population-based cohort of 788 mother-infant pairs born during 1993–1998 to mothers living near the NBH, linked to their corresponding Massachusetts birth record data, to build predictive models for cord serum polychlorinated biphenyls (expressed as a sum, [Formula: see text]), [Formula: see text] (DDE), hexachlorobenzene (HCB), cord blood lead (Pb), and maternal hair mercury (Hg)."
KH_ALL = "We applied the best fit models (highest pseudo [Formula: see text]), with multivariable smooths of continuous variables, to predict exposure biomarkers for all 10,270 births during 1993–1998 around the NBH."
SB_1 = "A double-blind study with intra-individual comparisons was carried out to investigate the effects of 15 mg of (8r)-3alpha-hydroxy-8-isopropyl-1alphaH-tropanium bromide(+/-)-tropate (Sch 1000), 15 mg Sch 1000 + 10 mg oxazepam, 10 mg oxazepam and placebo with oral administration in randomized sequence on gastric juice volume, amount of acid, concentration and pH values in 12 healthy volunteers."
SB_ACID = "Sch 1000 and Sch 1000 + oxazepam were found to be equipotent in reducing the amount of basal acid, while oxazepam reduced this quantity only during the first 30 min of basal secretion."
BL_N = "Participants included 1723 cancer survivors and 11,145 age-matched, cancer-free women enrolled in the Iowa Women's Health Study in 1986 who completed the 2004 questionnaire (at ages 73-88 years)."

CLAIMS = [
 # Song 2019 (phthalates and newborn telomere length)
 C("song-n1", SO, "none",
   "Among 762 mother–newborn pairs in a Wuhan birth cohort, higher first-trimester levels of several phthalate metabolites, MEP and MBP among them, went with shorter cord-blood telomeres (Song et al., 2019).",
   SO_FIRST, truth_alt=[SO_N]),
 C("song-pop", SO, "population",
   "Song and colleagues (2019) report that the link between first-trimester MEP exposure and shorter newborn telomeres was specific to baby boys.",
   "In addition, we observed a female-specific association between maternal exposure to MEP during the first trimester and cord blood TL ([Formula: see text]).",
   wrong="specific to baby boys"),
 C("song-dur", SO, "duration",
   "In the Wuhan cohort it was exposure late in pregnancy, in the third trimester, that tracked with shorter telomeres at birth (Song and colleagues, 2019).",
   SO_FIRST, wrong="in the third trimester"),
 C("song-over", SO, "overreach",
   "A Chinese birth-cohort study proved that phthalate exposure in early pregnancy shortens babies' telomeres (Song et al., 2019).",
   "This prospective study demonstrated that prenatal exposure to some phthalate metabolites were associated with shorter cord blood TL.",
   wrong="proved that phthalate exposure in early pregnancy shortens babies' telomeres",
   truth_alt=["Our results, if confirmed in other populations, may provide more evidence of adverse health outcomes of phthalate exposure and support the hypothesis that the intrauterine environment may be one of the major determinants for newborn TL."]),
 # Adisetiyo 2019 (brain iron in ADHD)
 C("adisetiyo-n1", AD, "none",
   "Adisetiyo et al. (2019) detected no significant group differences in MFC or R2* iron measures between 30 stimulant-treated boys with ADHD and 29 age-matched controls.",
   "No significant MFC and R2* group differences were detected.", truth_alt=[AD_N]),
 C("adisetiyo-dir", AD, "direction",
   "In the ADHD group, iron indices in the basal ganglia and thalamus fell the longer the youths had been taking psychostimulants (Adisetiyo and colleagues, 2019).",
   "However, while all regional MFC and R2* significantly increased with age in the control group, MFC and R2* increased in the GP, PUT, CN and THL with psychostimulant treatment duration in the ADHD group to a greater degree than with age.",
   wrong="fell"),
 C("adisetiyo-pop", AD, "population",
   "In an MRI study of 30 stimulant-treated adults with ADHD and 29 matched controls, Adisetiyo et al. (2019) saw brain iron rise with years of treatment.",
   AD_N, wrong="adults"),
 C("adisetiyo-des", AD, "design",
   "Scanning the same boys before and after they began stimulant treatment, Adisetiyo and colleagues (2019) found that their brain iron normalised with longer use.",
   "Longitudinal studies following ADHD patients before and after long-term psychostimulant treatment are needed to confirm these findings.",
   wrong="Scanning the same boys before and after they began stimulant treatment",
   truth_alt=["In this follow-up study, we examined whether the duration of psychostimulant treatment correlates with the degree of iron normalization."]),
 # Dix 2019 (LOH 1p/16q Wilms tumour)
 C("dix-n1", DX, "none",
   "For stage I/II favourable-histology Wilms tumour with combined LOH 1p/16q, augmented therapy gave a 4-year EFS of 87.3%, against 68.8% in NWTS-5 (Dix et al., 2019).",
   DX_EFS, truth_alt=[DX_NW]),
 C("dix-num", DX, "number",
   "LOH at both 1p and 16q turned up in about 16% of the evaluable stage III/IV patients screened through AREN03B2 (Dix and colleagues, 2019).",
   "LOH1p/16q was detected in 82 of 1,364 evaluable patients with stage III/IV disease (6.01%) in AREN03B2; 51 enrolled in AREN0533.",
   wrong="about 16%"),
 C("dix-comp", DX, "comparator",
   "Intensified therapy improved event-free survival in LOH 1p/16q favourable-histology Wilms tumour relative to LOH-negative children treated on the same protocols, Dix et al. (2019) found.",
   "Augmentation of therapy improved EFS for patients with favorable histology Wilms tumor and LOH1p/16q compared with the historical NWTS-5 comparison group, with an expected toxicity profile.",
   wrong="LOH-negative children treated on the same protocols", truth_alt=[DX_NW]),
 C("dix-dur", DX, "duration",
   "After a median follow-up of almost ten years, children with LOH 1p/16q on AREN0532/0533 had 4-year event-free survival close to 90% (Dix et al., 2019).",
   "Median follow-up for 83 eligible patients enrolled in AREN0532/0533 was 5.73 years (range, 2.84 to 9.63 years).",
   wrong="almost ten years"),
 # Woo 2019 (osprey cardiac silhouette)
 C("woo-n1", WO, "none",
   "In 54 ospreys with no clinical signs of heart disease, cardiac width came to roughly 90-92% of sternal width and 67-69% of thoracic width (Woo et al., 2019).",
   "Cardiac width of healthy ospreys was approximately 90% to 92% of sternal width and 67% to 69% of thoracic width.",
   truth_alt=[WO_N]),
 C("woo-n2", WO, "none",
   "Woo and colleagues' (2019) radiographic work found that sternal and thoracic width each predicted an osprey's cardiac width, even after accounting for age.",
   "Both sternal width and thoracic width were significant predictors of cardiac width in independent predictive models as well as in a combined model after controlling for age."),
 C("woo-num", WO, "number",
   "Thirty-eight of the 41 measured cardiac widths fell inside the theoretical reference range, according to Woo et al. (2019).",
   "Thirty-four of 41 (83%) measured cardiac widths were within the theoretical reference range.",
   wrong="Thirty-eight"),
 C("woo-over", WO, "overreach",
   "Because environmental pollution damages the osprey heart, Woo and colleagues (2019) set out reference values for judging cardiomegaly in the species.",
   "Environmental factors may have an impact on the cardiac health of ospreys, but reference values for healthy ospreys have not been established for use in assessing cardiomegaly in this species.",
   wrong="environmental pollution damages the osprey heart"),
 # Scarel-Caminaga 2011 (CXCR1 and chronic periodontitis)
 C("scarel-n1", SC, "none",
   "Scarel-Caminaga et al. (2011) genotyped the CXCR1 polymorphism rs2234671 in 395 Brazilians with and without chronic periodontitis.",
   SC_N),
 C("scarel-n2", SC, "none",
   "Allele and genotype frequencies of rs2234671 were much the same in people with and without chronic periodontitis, so the variant was not tied to susceptibility (Scarel-Caminaga and colleagues, 2011).",
   "Similar distribution of the allelic and genotypic frequencies were observed between the groups (p>0.05).",
   truth_alt=[SC_C]),
 C("scarel-dir", SC, "direction",
   "Carriers of the CXCR1 rs2234671 variant were more susceptible to chronic periodontitis in a Brazilian sample (Scarel-Caminaga et al., 2011).",
   SC_C, wrong="were more susceptible to chronic periodontitis",
   truth_alt=["Similar distribution of the allelic and genotypic frequencies were observed between the groups (p>0.05)."],
   accept=["direction", "overreach"]),
 C("scarel-num", SC, "number",
   "In a sample of 539 Brazilians, the CXCR1 variant rs2234671 showed no link with chronic periodontitis (Scarel-Caminaga et al., 2011).",
   SC_N, wrong="539"),
 # Amin 2019 (ovarian and uterine cancer clusters)
 C("amin-n1", AM, "none",
   "Amin et al. (2019) identified seven significant ovarian cancer mortality clusters across the contiguous US, the large ones in the northwest, northeast and southeast.",
   AM_CL),
 C("amin-n2", AM, "none",
   "Using SaTScan spatial cluster analysis, Amin and colleagues (2019) found two large uterine cancer mortality clusters, one in the Northeast and one in the Central US.",
   AM_CL,
   truth_alt=["The modern disease surveillance software SaTScan™ was used for a spatial cluster analysis to assess any observable geographical variation in ovarian and uterine cancer mortality rates and to identify and test for spatial clusters with elevated relative risk."]),
 C("amin-dur", AM, "duration",
   "The mortality data Amin et al. (2019) analysed spanned 1990 to 2014, while their incidence data covered 2011-2015.",
   "All used data for cancer mortality were for 2000-2014 while incidence data were for 2011-2015.",
   wrong="1990 to 2014", accept=["duration", "number"]),
 C("amin-over", AM, "overreach",
   "Amin and colleagues (2019) showed that obesity, smoking and poverty drive the geographic clustering of ovarian and uterine cancer deaths in the US.",
   "Most risk factors studied for mortality and for incidence were significant at significance levels much lower than 0.05 for either of the two cancer types, except race for ovarian cancer mortality and arsenic for ovarian incidence.",
   wrong="showed that obesity, smoking and poverty drive",
   truth_alt=["This study has identified several important factors, and these findings could be used for a more effective search for cancer prevention for uterine and ovarian cancer."]),
 # Cremone-Caira 2019 (sleep, EF and ADHD symptoms in ASD)
 C("cremone-n1", CC, "none",
   "Drawing on caregiver reports for 101 children with ASD aged 7 to 11, Cremone-Caira et al. (2019) found ADHD symptoms were likelier when a child had both sleep and executive-function difficulties.",
   "Children with ASD were more likely to have symptoms of ADHD if they experienced both sleep and EF difficulties.",
   truth_alt=[CC_N]),
 C("cremone-pop", CC, "population",
   "In 101 autistic adolescents, caregiver-reported sleep and executive problems together predicted ADHD symptoms (Cremone-Caira and colleagues, 2019).",
   CC_N, wrong="adolescents"),
 C("cremone-dir", CC, "direction",
   "Cremone-Caira et al. (2019) note that children with ASD who had working-memory difficulties were at lower risk of clinically significant ADHD symptoms.",
   "Children with difficulties in working memory were particularly at risk for clinically significant symptoms of ADHD.",
   wrong="at lower risk"),
 C("cremone-des", CC, "design",
   "Measuring sleep by overnight polysomnography in 101 children with ASD, Cremone-Caira and colleagues (2019) linked poor sleep plus executive deficits to ADHD symptoms.",
   CC_N, wrong="by overnight polysomnography"),
 # Matt 2019 (praxis network in Parkinson's disease)
 C("matt-n1", MA, "none",
   "Patients with early Parkinson's disease scored significantly worse than controls on praxis when OFF dopaminergic medication, but not when ON it (Matt et al., 2019).",
   "Patients in the OFF but not in the ON state showed significantly lower praxis scores than controls.",
   truth_alt=[MA_N]),
 C("matt-dir", MA, "direction",
   "In both medication states, patients showed lower global efficiency within the praxis network than healthy controls did (Matt and colleagues, 2019).",
   "Patients in both states displayed higher global efficiency within the praxis network than controls revealing the bilateral supramarginal gyri as hubs.",
   wrong="lower global efficiency"),
 C("matt-pop", MA, "population",
   "Matt et al.'s (2019) fMRI study of 13 patients with advanced Parkinson's disease suggests that dopaminergic therapy normalises praxis abilities.",
   MA_N, wrong="advanced",
   truth_alt=["We investigated the functional connectivity of the praxis network in patients in early stages of Parkinson's disease having an increased risk for apraxia and evaluated the influence of dopaminergic therapy on praxis abilities and related networks."]),
 C("matt-comp", MA, "comparator",
   "When ON their medication, patients had significantly stronger connectivity between the supramarginal gyrus and the primary motor cortex, basal ganglia and frontal areas than healthy controls (Matt et al., 2019).",
   "Patients in the ON state exhibited a significantly higher functional connectivity between the supramarginal gyrus and the primary motor cortex, basal ganglia, and frontal areas than in the OFF state.",
   wrong="than healthy controls"),
 # Marin & Shkreli 2019 (trauma narratives)
 C("marin-n1", MR, "none",
   "Marin and Shkreli (2019) analysed 32 trauma narratives written by young adults, pairing qualitative analysis with self-report identity measures.",
   MR_N),
 C("marin-n2", MR, "none",
   "Young adults who told their trauma stories ruminatively, with brooding, self-doubt or self-criticism, tended not to succeed in making meaning of them (Marin & Shkreli, 2019).",
   "In contrast, those young adults who constructed their narrative in ruminative ways, characterized by brooding, self-doubt or criticism had unsuccessful meaning-making efforts."),
 C("marin-des", MR, "design",
   "In a randomised expressive-writing trial with 32 young adults, Marin and Shkreli (2019) linked ruminative trauma narratives to identity distress.",
   MR_N, wrong="randomised expressive-writing trial"),
 C("marin-over", MR, "overreach",
   "Marin and Shkreli's (2019) findings show that teaching young adults to write reflectively about trauma produces a healthier identity.",
   "The findings suggest that narrative patterns differ across identity statuses and, more so, high and low reported identity distress.",
   wrong="show that teaching young adults to write reflectively about trauma produces a healthier identity"),
 # Palmér & Ericson 2019 (breastfeeding after preterm birth)
 C("palmer-n1", PA, "none",
   "Palmér and Ericson (2019) drew on 496 written comments from 270 mothers of preterm infants, gathered through open-ended questionnaires within a multicentre RCT.",
   PA_N),
 C("palmer-n2", PA, "none",
   "Mothers' accounts of breastfeeding a preterm baby fell into three organising themes: navigating smoothly, navigating with a struggle, and navigating in ambiguity (Palmér & Ericson, 2019).",
   "Three organizing themes, namely, \"navigating smoothly,\" \"navigating with a struggle\" and \"navigating in ambiguity\" were revealed in the mothers' narratives regarding their breastfeeding experiences during the first 12 months after birth."),
 C("palmer-pop", PA, "population",
   "For mothers of very preterm infants, born before 32 weeks, breastfeeding was a journey to finding their own way (Palmér and Ericson, 2019).",
   "Being a mother of a preterm infant (< 37 gestational weeks) puts the mother in a vulnerable and fragile situation wherein breastfeeding is an important part of becoming a mother and bonding with the infant.",
   wrong="born before 32 weeks", accept=["population", "number"]),
 C("palmer-dur", PA, "duration",
   "Questionnaires went to the mothers three times during the first six months after the preterm birth (Palmér & Ericson, 2019).",
   "The questionnaires were sent to the mother three times during the first 12 months after birth.",
   wrong="the first six months"),
 # Shevchenko 2019 (E. coli clonobiome)
 C("shevchenko-n1", SH, "none",
   "Shevchenko et al. (2019) combined deep sequencing of two sequence-typing loci with a new analysis algorithm to gauge E. coli clonal diversity quickly.",
   "In order to rapidly assess E. coli clonal diversity, we developed a novel method based on deep sequencing of two loci used for sequence typing, along with an algorithm for analysis of the resulting data."),
 C("shevchenko-n2", SH, "none",
   "Faecal and urine samples from healthy women carrying ST131-H30 held considerable E. coli diversity, including strains making up less than 1% of the population (Shevchenko and colleagues, 2019).",
   "Using this method, we assessed fecal and urinary samples from healthy women carrying H30 and were able to uncover considerable diversity, including strains with frequencies at <1% of the E. coli population."),
 C("shevchenko-pop", SH, "population",
   "Even without antibiotic use, H30 could completely dominate the gut and especially the urine of hospitalised patients, Shevchenko et al. (2019) found.",
   "We also found that, even in the absence of antibiotic use, H30 could completely dominate the gut and, especially, urine of healthy carriers.",
   wrong="hospitalised patients"),
 C("shevchenko-over", SH, "overreach",
   "Shevchenko and colleagues (2019) established that the multidrug-resistant H30 clone outcompetes other E. coli strains in healthy carriers.",
   "The results we present suggest that this clone could be highly competitive in healthy carriers and that the mechanisms of colonization by such clones need to be studied.",
   wrong="established that the multidrug-resistant H30 clone outcompetes"),
 # Khalili 2019 (prenatal exposures around New Bedford Harbor)
 C("khalili-n1", KH, "none",
   "Khalili et al. (2019) built exposure models from the New Bedford Cohort, 788 mother-infant pairs born in 1993-1998, and used them to predict exposures for all 10,270 births around the harbour in those years.",
   KH_ALL, truth_alt=[KH_788]),
 C("khalili-n2", KH, "none",
   "Smoothing the continuous variables improved the fit of every exposure model over linear models; paternal education, maternal race/ethnicity and ancestry also had significant effects (Khalili and colleagues, 2019).",
   "For each exposure model, multivariable smooths of continuous variables improved the fit compared with linear models.",
   truth_alt=["Other variables with significant effects on exposure estimates were paternal education, maternal race/ethnicity, and maternal ancestry."]),
 C("khalili-num", KH, "number",
   "Cross-validated R² ranged from 0.34 for the hexachlorobenzene model to 0.64 for the PCB model (Khalili et al., 2019).",
   "The 10-fold cross-validated [Formula: see text] for the [Formula: see text], DDE, HCB, Pb, and Hg exposure models were 0.54, 0.40, 0.34, 0.46, and 0.40, respectively.",
   wrong="0.64"),
 C("khalili-des", KH, "design",
   "Khalili and colleagues (2019) directly measured PCBs, lead and mercury in all 10,270 births around the New Bedford Harbor Superfund site.",
   "Our analyses suggest that prenatal chemical exposures can be predicted for all contemporaneous births in the same geographic area by modeling available biomarker data for a subset of that population.",
   wrong="directly measured", truth_alt=[KH_ALL]),
 # da Costa 2019 (NAC + CRT vs CRT, cervical cancer)
 C("dacosta-n1", DC, "none",
   "In a randomised phase II trial of 107 women with locally advanced cervical cancer, neoadjuvant cisplatin-gemcitabine before chemoradiation left 3-year PFS at 40.9%, versus 60.4% with chemoradiation alone (da Costa et al., 2019).",
   "After a median follow-up of 31.7 months, NAC was associated with an inferior PFS, with 3-year PFS rates of 40.9% v 60.4% in the CRT arm (hazard ratio, 1.84; 95% CI, 1.04 to 3.26; P = .033).",
   truth_alt=["From 107 patients enrolled in the trial, 55 were randomly assigned to the NAC arm and 52 to the CRT-alone arm."]),
 C("dacosta-num", DC, "number",
   "Three-year overall survival was 60.7% with neoadjuvant chemotherapy against 76.8% with chemoradiation alone, da Costa and colleagues (2019) report.",
   "NAC also was associated with a lower OS (3-year OS rate, 60.7% v 86.8%; hazard ratio, 2.79; 95% CI, 1.29 to 6.01; P = .006).",
   wrong="76.8%"),
 C("dacosta-dir", DC, "direction",
   "Complete responses were more frequent in the neoadjuvant arm than with chemoradiation alone (da Costa et al., 2019).",
   "After treatment completion, complete response rates were 56.3% in the NAC arm and 80.3% in the CRT arm (P = .008).",
   wrong="more frequent in the neoadjuvant arm"),
 C("dacosta-comp", DC, "comparator",
   "A 2019 study by da Costa et al. found neoadjuvant cisplatin and gemcitabine followed by chemoradiation no better than radiotherapy alone for locally advanced cervical cancer.",
   "This study shows that the addition of NAC consisting of cisplatin and gemcitabine to standard CRT is not superior and is possibly inferior to CRT alone for the treatment of LACC.",
   wrong="radiotherapy alone"),
 # Scherberger 1975 (Sch 1000 +/- oxazepam and gastric secretion)
 C("scherberger-n1", SB, "none",
   "Scherberger et al. (1975) gave 12 healthy volunteers Sch 1000 15 mg, Sch 1000 plus oxazepam 10 mg, oxazepam alone and placebo, double-blind and in randomised order, and measured gastric secretion.",
   SB_1),
 C("scherberger-dir", SB, "direction",
   "In Scherberger and colleagues' (1975) volunteers, the two Sch 1000 preparations lowered gastric pH during the basal period.",
   "The pH value was savely increased only by Sch 1000 and Sch 1000 + oxazepam, and this even only during the basal period.",
   wrong="lowered gastric pH"),
 C("scherberger-comp", SB, "comparator",
   "Oxazepam on its own had no demonstrable effect on secretion volume compared with Sch 1000 (Scherberger et al., 1975).",
   "As compared with placebo, it was not possible to establish an effect on secretion volume for oxazepam alone.",
   wrong="compared with Sch 1000"),
 C("scherberger-des", SB, "design",
   "A 1975 parallel-group study by Scherberger et al. found that Sch 1000, with or without oxazepam, reduced basal acid output in healthy volunteers.",
   SB_1, wrong="parallel-group", truth_alt=[SB_ACID]),
 # Blair 2019 (cancer history, functional age and mortality)
 C("blair-n1", BL, "none",
   "Cancer survivors with no geriatric-assessment deficits still carried a 1.3- to 1.4-fold mortality risk, similar to that of cancer-free women who had deficits (Blair et al., 2019).",
   "Cancer survivors without deficits had a 1.3-fold to 1.4-fold risk of mortality, similar to the 1.1-fold to 1.7-fold risk noted among cancer-free women with deficits (all P < .05)."),
 C("blair-num", BL, "number",
   "Blair and colleagues (2019) compared 1723 cancer survivors with 21,145 age-matched cancer-free women from the Iowa Women's Health Study.",
   BL_N, wrong="21,145"),
 C("blair-comp", BL, "comparator",
   "Survivors with geriatric-assessment deficits had the highest mortality in four of five domains, with hazard ratios of 1.6-2.0 relative to survivors without deficits (Blair et al., 2019).",
   "The risk of all-cause mortality was estimated for deficits in each GA domain between 4 groups based on the cross-classification of the presence and/or absence of cancer history and GA domain deficit (the referent group was cancer-free women without a GA deficit).",
   wrong="relative to survivors without deficits",
   truth_alt=["Cancer survivors with deficits were found to have the highest mortality risk for 4 of 5 domains (hazard ratio range, 1.6-2.0)."]),
 C("blair-dur", BL, "duration",
   "In older women, both a cancer history and geriatric-assessment deficits significantly predicted 5-year mortality across all domains (Blair and colleagues, 2019).",
   "Both cancer history and GA domain deficits significantly predicted 10-year mortality for all GA domains.",
   wrong="5-year"),
]

(Path(__file__).resolve().parent / "claims.json").write_text(json.dumps(CLAIMS, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
print("wrote", len(CLAIMS))
