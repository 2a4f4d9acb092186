"""Writes claims.json (set 61). Hand-written claims; truth sentences copied verbatim from the abstracts (pool 13).
The C() helper and the field layout are those of set 55's make_claims.py (its first lines only were read). Where a
truth sentence follows an inline label inside one AbstractText (e.g. "Method: ...", "AUTHORS' CONCLUSIONS: ..."), the
label is kept as part of the sentence, as the abstract text runs."""
import json
from pathlib import Path

def C(id, key, kind, claim, truth, wrong=None, truth_alt=None, accept=None):
    d = {"id": id, "key": key, "kind": kind, "claim": claim, "truth": truth}
    if truth_alt: d["truth_alt"] = truth_alt
    if wrong: d["wrong"] = wrong
    if accept: d["accept"] = accept
    return d

IM, BL, SA, LD, BO = "imburgio2020establishing", "blazek2021lung", "sakellariou2020prostate", "liu2021dietary", "borchers2019predicting"
DH, TU, KO, SC, ST = "dhakal2020hematopoietic", "tuzil2021smoking", "kousi2020evidence", "schuler2021age", "steinfeld2019evaluation"
LA, GF, WA, RO, VE = "liu2021revealing", "gonzalezfraile2021remotely", "waring2021rapid", "rothenfluh2006distinct", "vento2021lung"

# Imburgio 2020
IM_800 = "Across three lab sites, 800 unselected participants between the ages of 18 and 30 performed the arrow version of a Flanker task while EEG was recorded."
IM_SEX = "Females displayed significantly larger ΔPe magnitudes and smaller ΔERN magnitudes than males."
# Blazek 2021
BL_4 = "We included four studies (152 participants in total) in this review."
BL_NULL = "Meta-analysis demonstrated no evidence of a difference between the LRM and routine care on mortality by hospital discharge (RR 1.00, 95% CI 0.17 to 5.77; low-certainty evidence), incidence of bronchopulmonary dysplasia (RR 0.25, 95% CI 0.03 to 2.07; low-certainty evidence), duration of supplemental oxygen (MD -7.52 days, 95% CI -20.83 to 5.78; very low-certainty evidence), and duration of ventilatory support (MD -3.59 days, 95% CI -12.97 to 5.79; very low-certainty evidence)."
BL_CONC = "AUTHORS' CONCLUSIONS: There is insufficient evidence to guide the use of LRMs in mechanically ventilated neonates."
BL_SEL = "SELECTION CRITERIA: We included randomised controlled trials (RCTs), quasi-RCTs and randomised cross-over studies that compared the effect of LRMs to no recruitment (routine care) in mechanically ventilated neonates."
# Sakellariou 2020
SA_IL15 = "We showed that, among a panel of cytokines known to cause NK cell activation and expansion, only IL-15 could actively induce expansion of NK, NKT and CD8 T cells in the presence of prostate cancer cell lines."
SA_50 = "Furthermore, the expansion of NK cells was far greater (up to 50% greater) in the presence of the cancer cells (LNCaP, PC3) than when lymphocytes were incubated alone."
SA_NONCA = "In contrast, non-cancerous cell lines (PNT2 and WPMY-1) did not exert any expansion of NK cells."
SA_7D = "Lymphocytes isolated from normal donor blood were set up in co-cultures with either cancer or non-cancerous prostate cell lines, together with each of the cytokines interleukin (IL)-2, IL-12, IL-15, interferon (IFN)-γ or IL-21 for a period of 7 days."
SA_CONC = "Among a panel of NK cell-activating cytokines, IL-15 was the only cytokine that could stimulate expansion of NK cells in the presence of prostate cancer cells; therefore IL-15 may be a good candidate for novel future intra-tumoural therapy of the disease."
# Liu 2021 (DII)
LD_35 = "Results: The umbrella review identified 35 meta-analyses assessing associations between DII and various health outcomes: cancer (n = 24), mortality (n = 4), metabolic (n = 4), and other (n = 3)."
LD_OBS = "We conducted an umbrella review to systematically evaluate meta-analyses of observational studies on DII and diverse health outcomes."
LD_RCT = "Robust randomized controlled trials are warranted to understand whether the observed results are causal."
LD_CONC = "Conclusion: DII is likely to be associated with harmful effects in multiple health outcomes."
LD_HS = "Of the 35 meta-analyses, we observed highly suggestive evidence for harmful associations between digestive tract cancer, colorectal cancer, overall cancer, pharyngeal cancer, UADT cancer, and CVD mortality."
# Borchers 2019
BO_N = "Preterm (n = 48; gestational age 22-32 weeks, 30 males) and term (n = 41, 18 males) participants were assessed at age 6 years on a battery of verbal and non-verbal cognitive skills and reassessed at age 8 using the Gray Oral Reading Tests-5."
BO_PA = "Phonological awareness and language abilities predicted reading in both groups (accounting for 19.9% and 25.0% of variance, respectively, p < .001)."
BO_EF = "Positive predictions to reading from executive function and non-verbal IQ were found only in children born preterm."
BO_LOW = "Children born preterm had lower scores than children born at term on all measures (Cohen's d from 0.46 to 1.08, all p < .05)."
# Dhakal 2020
DH_348 = "We report outcomes of 348 patients with pPCL receiving autologous (auto-) HCT (n = 277) and allogeneic (allo-) HCT (n = 71) between 2008 and 2015."
DH_AUTO = "For auto-HCT, the 4-year outcomes were: non-relapse mortality (NRM) 7% (4-11%), relapse (REL) 76% (69-82%), progression-free survival (PFS) 17% (13-23%), and overall survival (OS) 28% (22-35%)."
DH_ALLO = "For allo-HCT, the 4-year outcomes were: NRM 12% (5-21%), REL 69% (56-81%), PFS 19% (10-31%), and OS 31% (19-44%)."
DH_PRIOR = "Compared with prior CIBMTR pPCL patients (1995-2006), inferior survival was noted in the current cohort (3-year OS, 39% vs. 38% in allo-HCT, and 62% vs. 35% in auto-HCT) respectively."
DH_POOR = "Despite modern induction translating to higher proportion receiving HCT, the outcomes remain poor in pPCL patients, mainly derived by high relapse rates post-HCT."
# Tuzil 2021
TU_250 = "In a cross-sectional sample of 250 women after adjusting for other risk factors, smoking had an impact on the Nugent score (OR = 3.3 (1.3-8.5), P = 0.011), while pH was not affected (OR = 1.2 (0.5-2.8), P = 0.698)."
TU_CONC = "Contrarily to common assumptions, vaginal Lactobacillus is not directly affected by smoking, which rather promotes the growth of bacteria of Gardnerella and Mobiluncus spp."
TU_METH = "Smoking reported by patients was tested as a predictor, using multivariate logistic and ordinal logistic regression analysis on a dataset from the first visit of a randomized trial NCT04171947, which enrolled patients with intermediate vaginal environment."
# Kousi 2020
KO_ENR = "We observed a significant enrichment of trans-acting rare nonsynonymous secondary variants in patients with BBS compared with either population controls or a cohort of individuals with a non-BBS diagnosis and recessive variants in the same gene set."
KO_COH = "We performed a systematic secondary-variant burden analysis of two independent cohorts of patients with Bardet-Biedl syndrome (BBS) with known recessive biallelic pathogenic mutations in one of 17 BBS genes for each individual."
KO_CHAP = "Strikingly, we found a significant over-representation of secondary alleles in chaperonin-encoding genes-a finding corroborated by the observation of epistatic interactions involving this complex in vivo."
# Schuler 2021
SC_AGE = "Integrating single-cell RNA sequencing (scRNA-seq) of developing mouse lung with temporally resolved immunofluorescence in mouse and human lung tissue, we found that expression of SARS-CoV-2 Spike protein primer TMPRSS2 was highest in ciliated cells and type I alveolar epithelial cells (AT1), and TMPRSS2 expression increased with aging in mice and humans."
SC_AUT = "Analysis of autopsy tissue from fatal COVID-19 cases detected SARS-CoV-2 RNA most frequently in ciliated and secretory cells in airway epithelium and AT1 cells in peripheral lung."
SC_CONC = "Together, these data demonstrate the cellular spectrum infected by SARS-CoV-2 in lung epithelium and suggest that developmental regulation of TMPRSS2 may underlie the relative protection of infants and children from severe respiratory illness."
# Steinfeld 2019
ST_RES = "With mepolizumab versus placebo, 78% versus 32% of patients experienced clinical benefit 1, and 87% versus 53% of patients experienced clinical benefit 2 (both P < .001)."
ST_52 = "Patients received 300 mg of subcutaneous mepolizumab or placebo every 4 weeks for 52 weeks."
ST_RCT = "The randomized, placebo-controlled, double-blind, parallel-group trial recruited patients with relapsing/refractory EGPA receiving stable OGCs (prednisolone/prednisone, ≥7.5-50 mg/d) for 4 or more weeks."
ST_CONC = "When a comprehensive definition of clinical benefit was applied to data from a randomized controlled trial, 78% to 87% of patients with EGPA experienced benefit with mepolizumab."
# Liu 2021 (acupuncture)
LA_15 = "After removing reviews, meta-analyses, animal studies and etc., 15 articles were eligible and included in this review."
LA_619 = "Results: A total of 619 articles were retrieved."
LA_FMRI = "The methods used were positron emission computed tomography (PET-CT; n = 2 studies), magnetic resonance spectroscopy (n = 1), and functional magnetic resonance imaging (fMRI; n = 12)."
LA_CONC = "Conclusion: The neural mechanism underlying the immediate effect of acupuncture analgesia remains unclear, and the neural mechanism of sustained acupuncture treatment for migraine might be related to the regulation of pain-related brain networks."
LA_NONE = "None of the studies conducted a correlation analysis between functional brain changes and instant clinical efficacy."
LA_5 = "Five studies focused on the instant effect of acupuncture, and the research objects were those with acute migraine (n = 2) and migraine in the interictal phase (n = 3)."
LA_10 = "Ten studies focused on the lasting effect of acupuncture, and all the studies selected migraine patients in the interictal phase."
LA_10Y = "To pave the way for future research, this review provides an overview neuroimaging studies on the use of acupuncture for migraine in the last 10 years."
LA_SEARCH = "Methods: Using search terms about acupuncture, neuroimaging and migraine, we searched PubMed, Embase, Cochrane Central Register of Controlled Trials, and China National Knowledge Infrastructure from January 2009 to June 2020 for neuroimaging studies that examined the effect of acupuncture in migraine."
# Gonzalez-Fraile 2021
GF_26 = "We included 26 studies in this review (2367 participants)."
GF_RCT = "We included only randomised controlled trials that assessed the remote delivery of structured interventions for informal caregivers who were providing care for people with dementia living at home."
GF_CONC = "Remotely delivered interventions including support, training or both, with or without information, may slightly reduce caregiver burden and improve caregiver depressive symptoms when compared with provision of information alone, but not when compared with usual treatment, waiting list or attention control."
GF_USUAL = "In the comparison of experimental interventions with usual treatment, waiting list or attention control, we found that the experimental interventions probably have little or no effect on caregiver burden (nine studies, 597 participants; standardised mean difference (SMD) -0.06, 95% confidence interval (CI) -0.35 to 0.23); depressive symptoms (eight studies, 638 participants; SMD -0.05, 95% CI -0.22 to 0.12); or health-related quality of life (two studies, 311 participants; SMD 0.10, 95% CI -0.13 to 0.32)."
GF_CERT = "Therefore, all evidence was of moderate or low certainty."
GF_DROP = "Caregivers receiving training or support were more likely than those receiving information alone to drop out of the studies, which might limit applicability."
# Waring 2021
WA_41 = "Method: A rapid evidence assessment (REA) was conducted on 41 studies published in the past two decades that examined MH outcomes for HCWs in relation to pandemics."
WA_RES = "Results: Findings of literary synthesis highlight common MH outcomes across pandemics, including increased stress, distress, burnout, and anxiety in the short-term, and post-traumatic stress and depression in the long-term."
WA_RISK = "Evidence highlights particular groups at risk of developing MH issues (contact with patients that are infected, having children), and time points where risk may increase (initial response phase, when quarantined)."
WA_POOL = "However, inconsistencies in measures, analysis, and reporting all create limitations for pooling data."
# Rothenfluh 2006
RO_WHIR = "Mutations in white rabbit (whir), disrupting RhoGAP18B, are strongly resistant to the sedating effects of ethanol."
RO_DROS = "To investigate the underlying mechanisms, we isolated Drosophila mutants with altered ethanol responsiveness."
RO_RCRA = "The RC transcript mediates the sedating effects of ethanol, while the RA transcript regulates its stimulant effects."
RO_SUPP = "This resistance can be suppressed by reducing the levels of Rho1 or Rac, implicating these GTPases in the behavioral response to ethanol."
RO_CA = "Indeed, expression of constitutively active forms of Rho1 or Rac1 in adult flies results in ethanol resistance similar to that observed in whir mutants."
# Vento 2021
VE_RES = "The requirement for mechanical ventilation during the first 72 h of life was reduced in the IN-REC-SUR-E group (43 [40%] of 107) compared with the IN-SUR-E group (60 [54%] of 111; adjusted RR 0·75, 95% CI 0·57-0·98; p=0·037), with a number needed to treat of 7·2 (95% CI 3·7-135·0)."
VE_METH = "We did a randomised, unblinded, controlled trial in 35 tertiary neonatal intensive care units in Italy."
VE_218 = "Of 556 infants assessed for eligibility, 218 infants were recruited from Nov 12, 2015, to Sept 23, 2018, and included in the intention-to-treat analysis."
VE_AIM = "We aimed to examine whether the application of a recruitment manoeuvre just before surfactant administration, followed by rapid extubation (intubate-recruit-surfactant-extubate [IN-REC-SUR-E]), decreased the need for mechanical ventilation during the first 72 h of life compared with no recruitment manoeuvre (ie, intubate-surfactant-extubate [IN-SUR-E])."
VE_POP = "Spontaneously breathing extremely preterm neonates (24 + 0 to 27 + 6 weeks' gestation) reaching failure criteria for continuous positive airway pressure within the first 24 h of life were randomly assigned (1:1) with a minimisation algorithm to IN-REC-SUR-E or IN-SUR-E using an interactive web-based electronic system, stratified by clinical site and gestational age."
VE_INT = "A lung recruitment manoeuvre just before surfactant administration improved the efficacy of surfactant treatment in extremely preterm neonates compared with the standard IN-SUR-E technique, without increasing the risk of adverse neonatal outcomes."
VE_PRIM = "The primary outcome was the need for mechanical ventilation in the first 72 h of life."

claims = [
    # --- Imburgio 2020: none x2, population, direction
    C("imb-n1", IM, "none", "To build norms for error-related brain potentials, Imburgio et al. (2020) recorded EEG in 800 unselected young adults aged 18 to 30 at three laboratories while they performed the arrow Flanker task.", IM_800),
    C("imb-n2", IM, "none", "In Imburgio and colleagues' (2020) normative sample, women showed a larger error positivity but a smaller error-related negativity than men.", IM_SEX),
    C("imb-pop", IM, "population", "Imburgio et al. (2020) published percentile norms for the error-related negativity and error positivity based on 800 children and adolescents doing an arrow Flanker task.", IM_800, wrong="children and adolescents"),
    C("imb-dir", IM, "direction", "According to Imburgio et al.'s (2020) norms, men produce larger error positivity responses than women on the arrow Flanker task.", IM_SEX, wrong="men produce larger error positivity responses than women"),
    # --- Blazek 2021: none, number, direction, design
    C("bla-n1", BL, "none", "A Cochrane review by Blazek et al. (2021) found only four small trials, 152 infants in all, of lung recruitment manoeuvres in ventilated newborns, and judged the evidence too thin to guide practice.", BL_4, truth_alt=[BL_CONC]),
    C("bla-num", BL, "number", "Blazek and colleagues (2021) identified four trials of lung recruitment manoeuvres in mechanically ventilated neonates, enrolling 1,520 infants between them.", BL_4, wrong="1,520"),
    C("bla-dir", BL, "direction", "Blazek et al. (2021) reported that lung recruitment manoeuvres lowered the incidence of bronchopulmonary dysplasia in neonates ventilated for respiratory distress syndrome, compared with routine care.", BL_NULL, wrong="lowered the incidence of bronchopulmonary dysplasia", accept=["direction", "overreach"]),
    C("bla-des", BL, "design", "A multicentre randomised trial found no difference in mortality before hospital discharge between lung recruitment manoeuvres and routine care in ventilated neonates (Blazek et al., 2021).", BL_4, wrong="A multicentre randomised trial", truth_alt=[BL_SEL]),
    # --- Sakellariou 2020: none, comparator, duration, overreach
    C("sak-n1", SA, "none", "Sakellariou et al. (2020) tested several NK-activating cytokines and found that only IL-15 expanded NK, NKT and CD8 T cells when lymphocytes were cultured with prostate cancer cell lines.", SA_IL15),
    C("sak-comp", SA, "comparator", "In Sakellariou and colleagues' (2020) experiments, IL-15-driven NK-cell expansion was up to 50% greater with non-cancerous prostate cell lines than with lymphocytes cultured alone.", SA_50, wrong="non-cancerous prostate cell lines", truth_alt=[SA_NONCA], accept=["comparator", "population"]),
    C("sak-dur", SA, "duration", "Sakellariou et al. (2020) co-cultured donor lymphocytes with prostate cell lines and one of five cytokines for 7 weeks before measuring NK-cell expansion by flow cytometry.", SA_7D, wrong="7 weeks"),
    C("sak-over", SA, "overreach", "Sakellariou et al.'s (2020) study showed that intratumoural IL-15 therapy expands NK cells and destroys tumours in men with prostate cancer.", SA_CONC, wrong="showed that intratumoural IL-15 therapy expands NK cells and destroys tumours in men with prostate cancer", accept=["overreach", "population"]),
    # --- Liu 2021 (DII): none, number, design, overreach
    C("lid-n1", LD, "none", "An umbrella review by Liu et al. (2021) gathered 35 meta-analyses on the dietary inflammatory index, 24 of them on cancer outcomes.", LD_35),
    C("lid-num", LD, "number", "Liu and colleagues (2021) assessed 35 meta-analyses of the dietary inflammatory index, of which 14 examined cancer.", LD_35, wrong="14"),
    C("lid-des", LD, "design", "Pooling randomised controlled trials of diet, Liu et al. (2021) linked a more pro-inflammatory diet to higher risks of colorectal and digestive tract cancer.", LD_OBS, wrong="Pooling randomised controlled trials of diet", truth_alt=[LD_RCT, LD_HS]),
    C("lid-over", LD, "overreach", "Liu et al.'s (2021) umbrella review proved that pro-inflammatory diets cause colorectal cancer and cardiovascular death.", LD_RCT, wrong="proved that pro-inflammatory diets cause", truth_alt=[LD_CONC, LD_HS]),
    # --- Borchers 2019: none x2, duration, direction
    C("bor-n1", BO, "none", "Borchers et al. (2019) tested 48 children born preterm and 41 born at term on cognitive skills at age 6 and on reading at age 8.", BO_N),
    C("bor-n2", BO, "none", "In Borchers and colleagues' (2019) cohort, phonological awareness and language at age 6 predicted later reading in both preterm and term children, while executive function and non-verbal IQ added to the prediction only in those born preterm.", BO_PA, truth_alt=[BO_EF]),
    C("bor-dur", BO, "duration", "Following children from age 6 to age 12, Borchers et al. (2019) found that early phonological awareness and language skills predicted reading in both preterm and term-born children.", BO_N, wrong="from age 6 to age 12", accept=["duration", "number"]),
    C("bor-dir", BO, "direction", "Borchers et al.'s (2019) preterm-born children scored higher than their term-born peers on the verbal and non-verbal measures.", BO_LOW, wrong="scored higher than their term-born peers"),
    # --- Dhakal 2020: none, number, direction, design
    C("dha-n1", DH, "none", "Dhakal et al. (2020) reported on 348 patients with primary plasma cell leukaemia who had autologous (277) or allogeneic (71) transplantation between 2008 and 2015.", DH_348),
    C("dha-num", DH, "number", "In Dhakal and colleagues' (2020) registry cohort, four-year overall survival after autologous transplantation for primary plasma cell leukaemia was 48%.", DH_AUTO, wrong="48%"),
    C("dha-dir", DH, "direction", "Compared with earlier registry patients treated in 1995-2006, Dhakal et al. (2020) found that survival after transplantation for primary plasma cell leukaemia had improved in the novel-agent era.", DH_PRIOR, wrong="had improved", truth_alt=[DH_POOR]),
    C("dha-des", DH, "design", "In a randomised comparison of autologous and allogeneic transplantation for primary plasma cell leukaemia, Dhakal et al. (2020) observed four-year overall survival of 28% and 31% respectively.", DH_348, wrong="In a randomised comparison of autologous and allogeneic transplantation", truth_alt=[DH_AUTO, DH_ALLO]),
    # --- Tuzil 2021: none x2, direction, design
    C("tuz-n1", TU, "none", "Among 250 women with chronic vaginal discomfort, Tužil et al. (2021) found that smokers had about three times the odds of a raised Nugent score, whereas vaginal pH did not differ.", TU_250),
    C("tuz-n2", TU, "none", "Smoking did not lower vaginal Lactobacillus but favoured the growth of Gardnerella and Mobiluncus (Tužil et al., 2021).", TU_CONC),
    C("tuz-dir", TU, "direction", "Tužil and colleagues (2021) reported that smoking depleted vaginal lactobacilli in women with chronic vaginal discomfort.", TU_CONC, wrong="smoking depleted vaginal lactobacilli"),
    C("tuz-des", TU, "design", "In a prospective cohort that followed 250 women with chronic vaginal discomfort, Tužil et al. (2021) found that smokers were more likely to have a raised Nugent score.", TU_250, wrong="a prospective cohort that followed", truth_alt=[TU_METH]),
    # --- Kousi 2020: none x2, population, comparator
    C("kou-n1", KO, "none", "Kousi et al. (2020) found that patients with Bardet-Biedl syndrome carry an excess of rare nonsynonymous secondary variants compared with population controls.", KO_ENR),
    C("kou-n2", KO, "none", "Analysing two independent cohorts of Bardet-Biedl patients, each with a known biallelic mutation in one of 17 BBS genes, Kousi and colleagues (2020) found secondary alleles over-represented in chaperonin genes.", KO_COH, truth_alt=[KO_CHAP]),
    C("kou-pop", KO, "population", "Kousi et al. (2020) found an enrichment of rare secondary variants in patients with Joubert syndrome compared with population controls.", KO_ENR, wrong="patients with Joubert syndrome"),
    C("kou-comp", KO, "comparator", "Kousi et al.'s (2020) patients with Bardet-Biedl syndrome carried more rare trans-acting secondary variants than their unaffected siblings.", KO_ENR, wrong="their unaffected siblings"),
    # --- Schuler 2021: none, direction, population, overreach
    C("sch-n1", SC, "none", "Schuler et al. (2021) found that lung expression of TMPRSS2, the protease that primes the SARS-CoV-2 spike, increases with age in both mice and humans.", SC_AGE),
    C("sch-dir", SC, "direction", "Schuler and colleagues (2021) reported that TMPRSS2 expression in lung epithelium declines with age in mice and humans.", SC_AGE, wrong="declines with age"),
    C("sch-pop", SC, "population", "In the lungs of infected hamsters, Schuler et al. (2021) detected SARS-CoV-2 RNA mostly in ciliated and secretory airway cells and in type I alveolar cells.", SC_AUT, wrong="In the lungs of infected hamsters"),
    C("sch-over", SC, "overreach", "Schuler et al. (2021) proved that low TMPRSS2 levels are the reason children are protected from severe COVID-19.", SC_CONC, wrong="proved that low TMPRSS2 levels are the reason"),
    # --- Steinfeld 2019: none, number, duration, design
    C("ste-n1", ST, "none", "In a post hoc analysis of the phase III trial, Steinfeld et al. (2019) found that 78% of patients with EGPA given mepolizumab, against 32% given placebo, achieved clinical benefit under the stricter definition.", ST_RES, truth_alt=[ST_CONC]),
    C("ste-num", ST, "number", "Steinfeld and colleagues (2019) reported that 78% of mepolizumab-treated patients with EGPA, compared with 53% of those on placebo, met the stricter definition of clinical benefit.", ST_RES, wrong="53%"),
    C("ste-dur", ST, "duration", "In Steinfeld et al.'s (2019) analysis, patients with EGPA received 300 mg of subcutaneous mepolizumab or placebo every four weeks for 24 weeks.", ST_52, wrong="24 weeks"),
    C("ste-des", ST, "design", "An open-label observational study of patients with EGPA found that most of those treated with mepolizumab experienced clinical benefit (Steinfeld et al., 2019).", ST_RCT, wrong="An open-label observational study", truth_alt=[ST_CONC]),
    # --- Liu 2021 (acupuncture): none x2, number, duration
    C("lia-n1", LA, "none", "Liu et al. (2021) screened 619 records and included 15 neuroimaging studies of acupuncture for migraine, 12 of which used functional MRI.", LA_15, truth_alt=[LA_619, LA_FMRI]),
    C("lia-n2", LA, "none", "Reviewing neuroimaging studies of acupuncture for migraine, Liu and colleagues (2021) concluded that the brain mechanism of its immediate analgesic effect remains unclear.", LA_CONC, truth_alt=[LA_NONE]),
    C("lia-num", LA, "number", "Of the 15 neuroimaging studies that Liu et al. (2021) reviewed, ten looked at the immediate effect of acupuncture on migraine.", LA_5, wrong="ten", truth_alt=[LA_10]),
    C("lia-dur", LA, "duration", "Liu et al.'s (2021) systematic review covered three decades of neuroimaging research on acupuncture for migraine.", LA_10Y, wrong="three decades", truth_alt=[LA_SEARCH]),
    # --- Gonzalez-Fraile 2021: none x2, comparator, overreach
    C("gon-n1", GF, "none", "González-Fraile et al. (2021) included 26 randomised trials with 2367 participants in their Cochrane review of remotely delivered support for unpaid caregivers of people with dementia.", GF_26, truth_alt=[GF_RCT]),
    C("gon-n2", GF, "none", "Compared with information alone, remotely delivered training or support may slightly ease caregiver burden and depressive symptoms, but caregivers receiving it were more likely to drop out (González-Fraile et al., 2021).", GF_CONC, truth_alt=[GF_DROP]),
    C("gon-comp", GF, "comparator", "González-Fraile and colleagues (2021) found that remote training and support slightly reduced caregiver burden and depressive symptoms compared with usual care or a waiting list.", GF_CONC, wrong="compared with usual care or a waiting list", truth_alt=[GF_USUAL]),
    C("gon-over", GF, "overreach", "González-Fraile et al. (2021) established with high-certainty evidence that remote training and support programmes reduce the burden of dementia caregivers.", GF_CERT, wrong="established with high-certainty evidence", truth_alt=[GF_CONC]),
    # --- Waring 2021 (two authors): none, population, duration, overreach
    C("war-n1", WA, "none", "Waring and Giles (2021) synthesised 41 studies from the past two decades on the mental health of health care workers during pandemics.", WA_41),
    C("war-pop", WA, "population", "Waring and Giles's (2021) rapid evidence assessment of 41 studies examined how pandemics affect the mental health of the general public.", WA_41, wrong="the general public"),
    C("war-dur", WA, "duration", "In a rapid evidence assessment of 41 studies published over the past five decades, Waring and Giles (2021) found that health care workers report stress, burnout and anxiety during pandemics.", WA_41, wrong="the past five decades", truth_alt=[WA_RES]),
    C("war-over", WA, "overreach", "Pandemics leave every exposed health care worker with long-term post-traumatic stress and depression (Waring & Giles, 2021).", WA_RES, wrong="every exposed health care worker", truth_alt=[WA_POOL]),
    # --- Rothenfluh 2006: none x2, population, comparator
    C("rot-n1", RO, "none", "Rothenfluh et al. (2006) found that Drosophila mutants in white rabbit, which disrupts RhoGAP18B, are strongly resistant to the sedating effect of ethanol.", RO_WHIR, truth_alt=[RO_DROS]),
    C("rot-n2", RO, "none", "Rothenfluh and colleagues (2006) showed that different transcripts of the same fly gene control different responses to alcohol: the RC form mediates sedation and the RA form the stimulant effect.", RO_RCRA),
    C("rot-pop", RO, "population", "In mice lacking RhoGAP18B, Rothenfluh et al. (2006) observed strong resistance to the sedating effects of ethanol.", RO_WHIR, wrong="In mice lacking RhoGAP18B", truth_alt=[RO_DROS]),
    C("rot-comp", RO, "comparator", "Rothenfluh et al.'s (2006) whir mutant flies were strongly resistant to ethanol sedation compared with flies expressing constitutively active Rho1 or Rac1.", RO_CA, wrong="compared with flies expressing constitutively active Rho1 or Rac1", truth_alt=[RO_WHIR]),
    # --- Vento 2021: none, number, comparator, population
    C("ven-n1", VE, "none", "In Vento et al.'s (2021) randomised trial across 35 Italian neonatal units, a recruitment manoeuvre just before surfactant cut the need for mechanical ventilation in the first 72 hours from 54% to 40% of extremely preterm infants.", VE_RES, truth_alt=[VE_METH]),
    C("ven-num", VE, "number", "Vento and colleagues (2021) randomised 556 extremely preterm infants with respiratory distress syndrome to surfactant with or without a preceding lung recruitment manoeuvre.", VE_218, wrong="556"),
    C("ven-comp", VE, "comparator", "Vento et al. (2021) found that a lung recruitment manoeuvre followed by surfactant reduced the need for mechanical ventilation in extremely preterm infants compared with nasal CPAP alone.", VE_AIM, wrong="compared with nasal CPAP alone", truth_alt=[VE_INT]),
    C("ven-pop", VE, "population", "A lung recruitment manoeuvre before surfactant reduced the need for mechanical ventilation in late preterm infants with respiratory distress syndrome (Vento et al., 2021).", VE_POP, wrong="late preterm infants", truth_alt=[VE_INT]),
]
Path(__file__).resolve().parent.joinpath("claims.json").write_text(json.dumps(claims, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(len(claims), "claims")
