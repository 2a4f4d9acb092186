"""Writes claims.json (set 66). Hand-written claims; truth sentences copied verbatim from the abstracts (pool 13,
positions 141-155). The C() helper and the field layout are those of set 55's make_claims.py (its first lines only
were read)."""
import json
from pathlib import Path

def C(id, key, kind, claim, truth, wrong=None, truth_alt=None, accept=None):
    d = {"id": id, "key": key, "kind": kind, "claim": claim, "truth": truth}
    if truth_alt: d["truth_alt"] = truth_alt
    if wrong: d["wrong"] = wrong
    if accept: d["accept"] = accept
    return d

KR, JU, YO, HB, LI = "kroon2021heterogeneity", "just2019potassium", "yoon2021biomatrix", "hebbrecht2021tryptophan", "liang2021corticosteroids"
LA, BU, KU, KO, LE = "lambert2019respiratory", "buzzatti2020computed", "kudela2021bloodless", "kotwal2020integration", "lee2021epidemiology"
SI, DP, ZH, YA, SH = "siu2020n", "dipaola2020congenital", "zhang2021effects", "yaghi2020early", "shah2020six1"

# Kroon 2021
KR_98 = "Capture of debris occurred in 98% of patients."
KR_328 = "A total of 328 patients who underwent transcatheter aortic valve implantation (TAVI) with the SENTINEL cerebral embolic protection (CEP) at our centre were eligible."
KR_REPO = "Valve repositioning was independently associated with larger amounts of debris (OR 2.96, 95% CI: 1.42-6.16, p=0.004)."
KR_CONC = "THV repositioning seemed to be associated with a higher risk for dislodging greater amounts of debris to the brain."
# Just 2019
JU_ALL = "In all of the 28 patients treated, we were able to demonstrate both symptomatic and clinical clearing of the lesions with excellent cosmetic results after the treatment."
JU_25 = "In 25 of the 28 patients a single treatment was sufficient to obtain optimal results."
JU_3 = "In three patients a second treatment session was required due to the recurrence of the lesion."
JU_RETRO = "In this retrospective study we report on the response of 28 consecutive patients with pyogenic granulomas at multiple locations on the skin after having been treated with a 532 nm KTP laser (532 nm AuraTM Star Pulse laser, Laserscope, CA, USA)."
JU_CONC = "This experience with excellent patient satisfaction suggests that treatment of pyogenic granulomas with the KTP laser is a safe, effective, and reasonable alternative to conventional therapy."
# Yoon 2021
YO_CONC = "In patients with a high prevalence of acute coronary syndrome, Orsiro stents were not inferior to BioMatrix stents."
YO_RAND = "Between July 2014 and September 2017, we randomly assigned 2,341 patients to BioMatrix stents (n=1,166) or Orsiro stents (n=1,175)."
YO_TLF = "At 18 months, 34 (2.9%) patients with BioMatrix stents and 24 (2.1%) with Orsiro stents experienced TLF (hazard ratio [HR] 0.70, upper limit of one-sided 95% confidence interval: 1.18, p for non-inferiority <0.0001)."
YO_AIM = "The aim of this trial was to compare the safety and efficacy of a thin-strut biodegradable polymer sirolimus-eluting cobalt-chromium stent (Orsiro) to a thick-strut biodegradable polymer biolimus-eluting stent (BioMatrix)."
YO_18 = "We analysed 2,327 patients who completed 18-month follow-up."
# Hebbrecht 2021
HB_LOW = "Peripheral levels of tryptophan (SMD = -0.44; p < 0.001), kynurenine (SMD = - 0.3; p = 0.001) and kynurenic acid (SMD = -.45; p = < 0.001) were lower in BD patients versus healthy controls."
HB_21 = "Twenty-one eligible studies were identified."
HB_AIM = "We performed a meta-analysis of TRYCAT levels in bipolar disorder (BD) patients compared to healthy controls."
HB_CONC = "The TRYCAT pathway appears to be downregulated in BD patients."
HB_MORE = "There is a need for more and high-quality studies of peripheral and central TRYCAT levels, preferably using longitudinal designs."
# Liang 2021
LI_ADJ = "After adjusting the difference between the corticosteroids and non-corticosteroids treatment group, the analysis revealed that the use of corticosteroids had no effect on the duration of viral shedding, in-hospital mortality or 28-day mortality."
LI_PSM = "In the present study, we evaluated the effects of adjuvant corticosteroids treatment on the outcome of patients with COVID-19 (n=966), using Propensity Score Matching to adjust for potential differences between the corticosteroids group (n=289) and the non-corticosteroids group (n=677)."
# Lambert 2019 (Lambert and Bhatt)
LA_HALF = "These studies demonstrated that approximately half of smokers without spirometrically defined airflow obstruction have increased respiratory symptoms, poor quality of life, low functional capacity, and suffer from respiratory exacerbations."
LA_DECL = "Symptomatic smokers also have evidence of structural lung disease on imaging, and are at risk for faster lung function decline compared with those without respiratory symptoms."
LA_NOT = "The translation of novel methods for COPD disease detection into more timely introduction of therapeutics and a consequent reduction in long-term morbidity and mortality has not yet been observed."
LA_SUM = "A better understanding of the pathobiologic basis of disease in smokers without overt airflow limitation, and earlier recognition of lung disease, while also appropriately evaluating for comorbidities that may account for the symptoms, will enhance the management of symptomatic smokers with preserved lung function."
# Buzzatti 2020
BU_RISK = "Increased risk was found in 123 (55.6%) cases: the left main was involved in 109 (49.3%), the right coronary in 79 (35.7%), and both were involved in 65 (29.4%) patients."
BU_221 = "Post-procedure multidetector computed tomography (MDCT) scans of 221 TAVI recipients were analysed."
BU_STJ = "A small sinotubular junction (STJ width OR 0.68, CI: 0.56-0.81, p<0.001; STJ height OR 0.81, CI: 0.69-0.95, p<0.011) and supra-annular devices (OR 19.8, CI: 6.6-58.8, p<0.001) predicted increased risk."
BU_CONC1 = "Post-TAVI MDCT suggested an increased potential risk of impaired coronary access in more than half of the patients should redo TAVI be required, predicted by a small STJ and supra-annular device design."
BU_THEO = "While this theoretical study is hypothesis-generating, it raises concerns that need to be further investigated and addressed before TAVI is extended to patients with longer life expectancy."
BU_OBS = "Increased risk of coronary obstruction, defined as a coronary ostium below the TAVI commissures with a valve-to-coronary distance <2 mm, was observed in 14.9% of patients; in 17.2% of cases complete sealing of the STJ would occur."
# Kudela 2021
KU_LOSS = "Excessive blood loss did not occur during any of these operations, and the estimated blood loss for the same procedure was 10 to 550 mL."
KU_75 = "75 Jehovahs Witnesses patients were operated on for various benign and malignant gynecological diseases between 2007 and 2018."
# Kotwal 2020
KO_CONC = "Incorporating a brief measure of cognition into a modified Lee index, even with single items, resulted in more accurate 5-year mortality risk predictions."
KO_POP = "The National Social Life Health and Aging Project Wave 2, a nationally representative, cross-sectional, in-home survey conducted in 2010 to 2011 on 3,199 community-dwelling adults aged 60 to 99 years."
KO_LR = "We used logistic regression and the fraction of new information provided to determine if each cognitive measure improved the Lee index's 5-year mortality prediction."
KO_ITEMS = "The clock-draw and delayed-recall items added similar value to mortality predictions as the longer MoCA-SA."
# Lee 2021
LE_SPAN = "Here, we systematically examine population based and hospital-based studies reported between 1995 and 2020 to understand the epidemiology of CAT in Asia."
LE_PROPH = "CAT has a major impact on the survival of patients with cancer in Asia, but thromboprophylaxis is not commonly practiced and validated risk assessment tools are lacking."
LE_INC = "From population-based studies, the estimated incidence of VTE in cancer patients was 1.85-9.88 per 1,000 person-years."
LE_HIGH = "The incidence of CAT in Asia is significantly higher than non-cancer associated VTE in the general population and cancer is perhaps the most important risk factor for VTE."
LE_WEST = "The cancer sites most associated with VTE and risk factors were similar between Asian and Western studies."
# Siu 2020
SI_TWO = "We included two randomised clinical trials: one with 183 adults and one with 174 children (birth through age 17 years)."
SI_CONC = "The available evidence is inconclusive regarding the effect of N-acetylcysteine compared with placebo or no N-acetylcysteine, as an adjunct to usual care, on mortality or transplant rate in non-paracetamol-induced acute liver failure."
SI_OBJ = "To assess the benefits and harms of N-acetylcysteine compared with placebo or no N-acetylcysteine, as an adjunct to usual care, in people with non-paracetamol-related acute liver failure."
SI_21 = "For all-cause mortality at 21 days between adults receiving N-acetylcysteine versus placebo, there was inconclusive evidence of effect (N-acetylcysteine 24/81 (29.6%) versus placebo 31/92 (33.7%); RR 0.88, 95% CI 0.57 to 1.37; low certainty evidence)."
# DiPaola 2020
DP_11 = "A total of 11 cases were identified."
DP_FEM = "Median age was 10 years (range 0-26); 8 (73%) cases were female."
DP_ANOM = "Associated anomalies included six patients with heterotaxy (55%), five patients with congenital heart disease (45%), three patients with Turner syndrome (27%), and two patients with omphalocele, exstrophy, imperforate anus, spinal defects (OEIS) complex (18%)."
DP_LIV = "Eight patients (73%) had liver lesions including five with premalignant adenomas and three with well-differentiated hepatocellular carcinoma (HCC)."
DP_METH = "Cases of CPSS from Cincinnati Children's Hospital Medical Center and C.S. Mott Children's Hospital were reviewed to define CPSS anatomy, associated anomalies, complications, interventions, and outcomes."
# Zhang 2021
ZH_17 = "Seventeen studies (985 participants with sarcopenia, aged 67.6-86 years) were included in this review study."
ZH_CONC = "The current meta-analysis suggests that exercise is a beneficial therapy, which has protective effects for older adults with sarcopenia."
ZH_MOD = "Some beneficial effects may be moderated by gender and exercise intensity."
ZH_FEM = "Additionally, meta-regression revealed that the higher percent of female participants was significantly associated with improved gait speed (β = 0.0096, p = 0.03) and decreased skeletal muscle mass index (β = -0.0092, p = 0.01)."
# Yaghi 2020
YA_RES = "Out of 2084 patients, 1520 patients qualified; 104 patients (6.8%) had recurrent ischaemic events and 23 patients (1.5%) had d-sICH within 90 days from the index event."
YA_SICH = "Those associated with sICH were male sex (HR 2.68, 95% CI 1.06 to 6.83), history of hyperlipidaemia (HR 2.91, 95% CI 1.08 to 7.84) and early haemorrhagic transformation (HR 5.35, 95% CI 2.22 to 12.92)."
YA_METH = "The Initiation of Anticoagulation after Cardioembolic stroke study is a multicentre retrospective study across that pooled data from consecutive patients with ischaemic stroke in the setting of AF from stroke registries across eight comprehensive stroke centres in the USA."
# Shah 2020
SH_NUC = "We confirmed that, similar to the human mutants, all four mutant Xenopus Six1 proteins access the nucleus but are transcriptionally deficient."
SH_EAR = "Assessment of the tadpole inner ear demonstrated that while the auditory and vestibular structures formed, the volume of the otic cartilaginous capsule, otoliths, lumen and a subset of the hair cell-containing sensory patches were reduced."
SH_MADE = "We made four of the BOS/BOR substitutions in the Xenopus Six1 protein (V17E, R110W, W122R, Y129C), which is 100% identical to human in both the protein-protein interaction domain and the homeodomain, and expressed them in embryos to determine whether they cause differential changes in early craniofacial gene expression, otic gene expression or otic morphology."

claims = [
    # Kroon 2021: none, number, direction, overreach
    C("kroon-n1", KR, "none", "Kroon et al. (2021) found debris in the embolic protection filters of almost every TAVI patient they studied, 98% of the 328 procedures done with the SENTINEL device.", KR_98, truth_alt=[KR_328]),
    C("kroon-num", KR, "number", "In a single-centre series of 382 TAVI patients protected with the SENTINEL filter, Kroon and colleagues (2021) examined the debris the filters captured.", KR_328, wrong="382 TAVI patients"),
    C("kroon-dir", KR, "direction", "Repositioning the valve during TAVI was linked to less captured debris, not more (Kroon et al., 2021).", KR_REPO, wrong="linked to less captured debris", truth_alt=[KR_CONC]),
    C("kroon-over", KR, "overreach", "Kroon et al.'s (2021) filter study proved that repositioning a transcatheter valve causes strokes by sending debris to the brain.", KR_CONC, wrong="proved that repositioning a transcatheter valve causes strokes"),
    # Just 2019: none, number, design, overreach
    C("just-n1", JU, "none", "Just et al. (2019) report that every one of their 28 patients with pyogenic granulomas treated with a 532 nm KTP laser had clearing of the lesion, with excellent cosmetic results.", JU_ALL),
    C("just-num", JU, "number", "According to Just and colleagues (2019), a single KTP laser session sufficed for all but eight of their 28 patients with pyogenic granuloma.", JU_25, wrong="all but eight", truth_alt=[JU_3]),
    C("just-des", JU, "design", "In a randomised controlled trial of 28 patients with pyogenic granulomas, Just et al. (2019) tested a 532 nm potassium-titanyl-phosphate laser.", JU_RETRO, wrong="randomised controlled trial"),
    C("just-over", JU, "overreach", "Just et al.'s (2019) work shows that the KTP laser is the treatment of choice for pyogenic granuloma and should replace surgical excision.", JU_CONC, wrong="is the treatment of choice for pyogenic granuloma and should replace surgical excision"),
    # Yoon 2021: none, direction, comparator, duration
    C("yoon-n1", YO, "none", "In the BIODEGRADE trial, Yoon et al. (2021) randomised 2,341 patients undergoing PCI to BioMatrix or Orsiro stents and found the thin-strut Orsiro stent non-inferior.", YO_CONC, truth_alt=[YO_RAND]),
    C("yoon-dir", YO, "direction", "Target lesion failure at 18 months was more common with the thin-strut Orsiro stent than with BioMatrix in Yoon et al.'s (2021) randomised trial.", YO_TLF, wrong="more common with the thin-strut Orsiro stent than with BioMatrix"),
    C("yoon-comp", YO, "comparator", "Yoon and colleagues (2021) compared the Orsiro sirolimus-eluting stent with a durable-polymer everolimus-eluting stent in all-comer PCI patients.", YO_AIM, wrong="a durable-polymer everolimus-eluting stent"),
    C("yoon-dur", YO, "duration", "Over five years of follow-up, Orsiro stents were non-inferior to BioMatrix stents (Yoon et al., 2021).", YO_18, wrong="Over five years of follow-up", truth_alt=[YO_TLF]),
    # Hebbrecht 2021: none, direction, comparator, overreach
    C("hebb-n1", HB, "none", "Pooling 21 studies, Hebbrecht et al. (2021) found lower blood levels of tryptophan, kynurenine and kynurenic acid in people with bipolar disorder than in healthy controls.", HB_LOW, truth_alt=[HB_21]),
    C("hebb-dir", HB, "direction", "Hebbrecht and colleagues' (2021) meta-analysis found raised peripheral kynurenine and kynurenic acid in bipolar disorder compared with healthy people.", HB_LOW, wrong="raised peripheral kynurenine and kynurenic acid"),
    C("hebb-comp", HB, "comparator", "Hebbrecht et al. (2021) meta-analysed tryptophan catabolite levels in bipolar disorder against patients with major depressive disorder.", HB_AIM, wrong="against patients with major depressive disorder"),
    C("hebb-over", HB, "overreach", "The meta-analysis by Hebbrecht et al. (2021) established that a downregulated tryptophan-kynurenine pathway causes bipolar disorder.", HB_CONC, wrong="established that a downregulated tryptophan-kynurenine pathway causes bipolar disorder", truth_alt=[HB_MORE]),
    # Liang 2021: none, number, direction, design
    C("liang-n1", LI, "none", "Once the groups were balanced by propensity score matching, corticosteroids made no difference to viral shedding time or to in-hospital and 28-day mortality in COVID-19 (Liang et al., 2021).", LI_ADJ),
    C("liang-num", LI, "number", "Liang et al. (2021) studied 966 patients with COVID-19, 677 of whom received adjuvant corticosteroids.", LI_PSM, wrong="677 of whom received adjuvant corticosteroids"),
    C("liang-dir", LI, "direction", "After propensity score matching, Liang and colleagues (2021) found that adjuvant corticosteroids lowered 28-day mortality in patients with COVID-19.", LI_ADJ, wrong="lowered 28-day mortality"),
    C("liang-des", LI, "design", "In a randomised trial of 966 COVID-19 patients, Liang et al. (2021) evaluated adjuvant corticosteroid treatment.", LI_PSM, wrong="In a randomised trial"),
    # Lambert 2019 (Lambert and Bhatt): none x2, population, overreach
    C("lamb-n1", LA, "none", "Lambert and Bhatt (2019) review cohort evidence that roughly half of smokers whose spirometry shows no airflow obstruction nevertheless have more respiratory symptoms, worse quality of life and exacerbations.", LA_HALF),
    C("lamb-n2", LA, "none", "Smokers with symptoms but normal spirometry also show structural lung disease on imaging and are at risk of faster lung function decline than symptom-free smokers (Lambert & Bhatt, 2019).", LA_DECL),
    C("lamb-pop", LA, "population", "According to Lambert and Bhatt's (2019) review, about half of never-smokers with normal spirometry have increased respiratory symptoms and exacerbations.", LA_HALF, wrong="never-smokers"),
    C("lamb-over", LA, "overreach", "Lambert and Bhatt (2019) showed that smokers with respiratory symptoms and normal spirometry should be diagnosed and treated as having COPD.", LA_SUM, wrong="should be diagnosed and treated as having COPD", truth_alt=[LA_NOT]),
    # Buzzatti 2020: none x2, direction, overreach
    C("buzz-n1", BU, "none", "Buzzatti et al. (2020) analysed post-procedure CT scans of 221 TAVI recipients and judged more than half to be at increased risk of impaired coronary access if a redo TAVI were needed.", BU_RISK, truth_alt=[BU_221, BU_CONC1]),
    C("buzz-n2", BU, "none", "A small sinotubular junction and a supra-annular valve design predicted the risk of impaired coronary access after redo TAVI (Buzzatti et al., 2020).", BU_STJ, truth_alt=[BU_CONC1]),
    C("buzz-dir", BU, "direction", "In Buzzatti and colleagues' (2020) CT study, a wider sinotubular junction predicted a higher risk of impaired coronary access after redo TAVI.", BU_STJ, wrong="a wider sinotubular junction predicted a higher risk"),
    C("buzz-over", BU, "overreach", "Buzzatti et al.'s (2020) study showed that redo TAVI blocks a coronary artery in about 15% of patients.", BU_OBS, wrong="showed that redo TAVI blocks a coronary artery", truth_alt=[BU_THEO], accept=["overreach", "design"]),
    # Kudela 2021: none, number, population, duration
    C("kud-n1", KU, "none", "Kudela et al. (2021) reported that none of the 75 Jehovah's Witnesses they operated on for gynaecological disease using blood-sparing surgery had excessive blood loss.", KU_LOSS, truth_alt=[KU_75]),
    C("kud-num", KU, "number", "In Kudela and colleagues' (2021) series of bloodless gynaecological operations, estimated blood loss ranged from 10 to 1,550 mL.", KU_LOSS, wrong="10 to 1,550 mL"),
    C("kud-pop", KU, "population", "Kudela et al. (2021) described 75 pregnant Jehovah's Witnesses who underwent caesarean delivery under blood-sparing rules.", KU_75, wrong="pregnant Jehovah's Witnesses who underwent caesarean delivery"),
    C("kud-dur", KU, "duration", "Between 2015 and 2018, Kudela et al. (2021) operated on 75 Jehovah's Witnesses with benign or malignant gynaecological disease.", KU_75, wrong="Between 2015 and 2018"),
    # Kotwal 2020: none, population, comparator, duration
    C("kot-n1", KO, "none", "Kotwal et al. (2020) found that adding a brief cognitive measure to a modified Lee index, even a single item such as clock drawing, improved 5-year mortality prediction in older adults.", KO_CONC, truth_alt=[KO_ITEMS]),
    C("kot-pop", KO, "population", "Kotwal and colleagues (2020) studied 3,199 nursing home residents to see whether cognition improves mortality prediction.", KO_POP, wrong="nursing home residents"),
    C("kot-comp", KO, "comparator", "In Kotwal et al.'s (2020) analysis, cognitive screening added predictive value to the Charlson comorbidity index for 5-year mortality.", KO_LR, wrong="the Charlson comorbidity index"),
    C("kot-dur", KO, "duration", "Adding cognition to the Lee index gave more accurate 10-year mortality predictions (Kotwal et al., 2020).", KO_CONC, wrong="10-year mortality"),
    # Lee 2021: none x2, number, comparator
    C("lee-n1", LE, "none", "Lee et al. (2021) systematically reviewed population-based and hospital-based studies published from 1995 to 2020 on cancer-associated thrombosis in Asia.", LE_SPAN),
    C("lee-n2", LE, "none", "According to Lee and colleagues (2021), thromboprophylaxis is rarely used for cancer patients in Asia and validated risk assessment tools are lacking.", LE_PROPH),
    C("lee-num", LE, "number", "Lee et al.'s (2021) review puts the incidence of venous thromboembolism among Asian cancer patients at 1.85-9.88 per 100 person-years.", LE_INC, wrong="per 100 person-years"),
    C("lee-comp", LE, "comparator", "In their review, Lee et al. (2021) found the incidence of cancer-associated thrombosis in Asia to be significantly higher than in Western cancer patients.", LE_HIGH, wrong="than in Western cancer patients", truth_alt=[LE_WEST]),
    # Siu 2020: none, population, comparator, duration
    C("siu-n1", SI, "none", "A Cochrane review by Siu et al. (2020) found just two randomised trials, one in 183 adults and one in 174 children, and judged the evidence on N-acetylcysteine for non-paracetamol acute liver failure inconclusive.", SI_TWO, truth_alt=[SI_CONC]),
    C("siu-pop", SI, "population", "Siu and colleagues (2020) concluded that the evidence for N-acetylcysteine in paracetamol-induced acute liver failure is inconclusive.", SI_CONC, wrong="in paracetamol-induced acute liver failure"),
    C("siu-comp", SI, "comparator", "Siu et al. (2020) reviewed trials of N-acetylcysteine versus corticosteroids in people with acute liver failure not caused by paracetamol.", SI_OBJ, wrong="versus corticosteroids"),
    C("siu-dur", SI, "duration", "In Siu et al.'s (2020) review, adult mortality at 21 months did not clearly differ between N-acetylcysteine and placebo.", SI_21, wrong="at 21 months"),
    # DiPaola 2020: none x2, number, design
    C("dip-n1", DP, "none", "DiPaola et al. (2020) described 11 children and young adults with congenital portosystemic shunts; most were female and more than half had heterotaxy.", DP_FEM, truth_alt=[DP_11, DP_ANOM]),
    C("dip-n2", DP, "none", "Liver lesions were common in DiPaola and colleagues' (2020) series: eight patients had them, three of whom had well-differentiated hepatocellular carcinoma.", DP_LIV),
    C("dip-num", DP, "number", "Turner syndrome was present in seven of the 11 patients with congenital portosystemic shunts reported by DiPaola et al. (2020).", DP_ANOM, wrong="seven of the 11"),
    C("dip-des", DP, "design", "In a prospective cohort study of children with congenital portosystemic shunts followed at two centres, DiPaola et al. (2020) documented associated anomalies and liver lesions.", DP_METH, wrong="prospective cohort study"),
    # Zhang 2021: none x2, population, direction
    C("zhang-n1", ZH, "none", "Zhang et al.'s (2021) meta-analysis of 17 studies with 985 sarcopenic older adults found that exercise improved muscle strength, gait speed and timed up-and-go performance.", ZH_17, truth_alt=[ZH_CONC]),
    C("zhang-n2", ZH, "none", "Zhang and colleagues (2021) conclude that exercise benefits older people with sarcopenia, with some effects possibly moderated by gender and exercise intensity.", ZH_CONC, truth_alt=[ZH_MOD]),
    C("zhang-pop", ZH, "population", "Pooling 17 studies of exercise in middle-aged adults with sarcopenia, Zhang et al. (2021) found gains in muscle strength and physical performance.", ZH_17, wrong="middle-aged adults"),
    C("zhang-dir", ZH, "direction", "In Zhang et al.'s (2021) meta-regression, a higher share of women in a study was linked to slower gait speed.", ZH_FEM, wrong="slower gait speed"),
    # Yaghi 2020: none x2, design, duration
    C("yaghi-n1", YA, "none", "Yaghi et al. (2020) found that, of 1,520 patients with AF-related ischaemic stroke, 6.8% had a recurrent ischaemic event and 1.5% a delayed symptomatic intracranial haemorrhage within 90 days.", YA_RES),
    C("yaghi-n2", YA, "none", "Male sex, hyperlipidaemia and early haemorrhagic transformation were associated with delayed symptomatic intracranial haemorrhage after AF-related stroke (Yaghi et al., 2020).", YA_SICH),
    C("yaghi-des", YA, "design", "In a prospective multicentre cohort at eight US stroke centres, Yaghi and colleagues (2020) looked for predictors of early complications after AF-related stroke.", YA_METH, wrong="prospective"),
    C("yaghi-dur", YA, "duration", "Yaghi et al. (2020) report that 6.8% of patients had a recurrent ischaemic event within a year of their AF-related stroke.", YA_RES, wrong="within a year"),
    # Shah 2020: none x2, population, design
    C("shah-n1", SH, "none", "Shah et al. (2020) expressed four branchio-oto-renal SIX1 substitutions in Xenopus embryos and found that all four mutant proteins reached the nucleus but were transcriptionally deficient.", SH_NUC, truth_alt=[SH_MADE]),
    C("shah-n2", SH, "none", "In Shah and colleagues' (2020) tadpoles, the mutant proteins shrank the otic capsule, otoliths and lumen, although auditory and vestibular structures still formed.", SH_EAR),
    C("shah-pop", SH, "population", "Shah et al. (2020) introduced four branchio-oto-renal mutations of Six1 into mouse embryos to study inner ear development.", SH_MADE, wrong="mouse embryos"),
    C("shah-des", SH, "design", "Shah et al.'s (2020) study of families with branchio-oto-renal syndrome found that each SIX1 mutation produced its own pattern of inner ear malformation.", SH_MADE, wrong="study of families with branchio-oto-renal syndrome", accept=["design", "population"]),
]

Path(__file__).with_name("claims.json").write_text(json.dumps(claims, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(len(claims))
