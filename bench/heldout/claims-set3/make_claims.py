"""Writes claims.json for held-out claim set 3. Each claim: id, key, kind, claim, truth (+truth_alt),
wrong (erroneous words, wrong claims only), accept (optional: flag kinds that also count)."""
import json
from pathlib import Path

C = []


def add(id, key, kind, claim, truth, wrong=None, alt=None, accept=None):
    d = {"id": id, "key": key, "kind": kind, "claim": claim, "truth": truth}
    if alt:
        d["truth_alt"] = alt
    if wrong:
        d["wrong"] = wrong
    if accept:
        d["accept"] = accept
    C.append(d)


# 1 Zhan 2024 -- IBS-D, gut microbiota, bile acids, TGR5
K = "zhan2024function"
T_N = "Twenty-five IBS-D patients and fifteen healthy controls were recruited to perform BA-related metabolic and metagenomic analyses."
T_BA = "Clinical research showed that GM associated with bile salt hydrolase (BSH) activity such as Bacteroides ovatus was markedly reduced in the GM of IBS-D, accompanied by elevated total and primary BA levels."
T_CDCA = "Moreover, we found that CDCA not only was increased as the most important primary BA in IBS-D patients but also could induce VH through upregulating TGR5 in the colon and ileum of normal rats."
add("zhan-f1", K, "none",
    "Zhan et al. (2024) compared 25 people with diarrhoea-predominant irritable bowel syndrome against 15 healthy controls and found that bile salt hydrolase-linked gut bacteria such as Bacteroides ovatus were markedly depleted in the patients.",
    T_N, alt=[T_BA])
add("zhan-f2", K, "none",
    "Chenodeoxycholic acid was the main primary bile acid raised in IBS-D patients, and in normal rats it triggered visceral hypersensitivity by upregulating TGR5 in the colon and ileum (Zhan et al., 2024).",
    T_CDCA)
add("zhan-num", K, "number",
    "In a metagenomic study of 52 IBS-D patients and 15 healthy controls, Zhan et al. (2024) linked the condition to disturbed bile acid metabolism.",
    T_N, wrong="52 IBS-D patients")
add("zhan-dir", K, "direction",
    "Patients with diarrhoea-predominant IBS had lower total and primary bile acid levels than healthy people (Zhan et al., 2024).",
    T_BA, wrong="lower")

# 2 Buckley 2015 -- somatotransgenic luciferase reporter rodents
K = "buckley2015vivo"
T_TOL = "At this age, neonates acquire immune tolerance to the conditionally responsive luciferase reporter."
T_ABL = "This response is ablated in Tlr4(-/-) mice or when co-administered with the anti-inflammatory glucocorticoid analogue dexamethasone."
T_RAT = "Furthermore, we show the malleability of this technology by quantifying NFκB-mediated luciferase expression in outbred rats."
add("buckley-f1", K, "none",
    "Buckley and colleagues delivered reporter lentiviruses into newborn rodents, which at that age become immunologically tolerant of the luciferase reporter, so that transcription factor activity could be followed over the animal's lifetime (Buckley et al., 2015).",
    T_TOL)
add("buckley-comp", K, "comparator",
    "The NFκB signal induced by lipopolysaccharide was abolished when the reporter mice were co-treated with ibuprofen (Buckley et al., 2015).",
    T_ABL, wrong="ibuprofen")
add("buckley-pop", K, "population",
    "The same reporter approach also quantified NFκB-driven luciferase expression in outbred guinea pigs (Buckley et al., 2015).",
    T_RAT, wrong="guinea pigs")

# 3 Cohen & Falkson 1998 -- melanoma treatment review
K = "cohen1998current"
T_IFN = "To date, inteferon-alpha (IFN-alpha) given initially intravenously in high doses followed by subcutaneous therapy for 1 year, is the only treatment that has been shown to increase disease-free and overall survival in patients with high-risk melanomas."
T_COMB = "It has not yet been conclusively proven that combination chemotherapy yields superior results to single agent dacarbazine (DTIC) [which has for many years formed the cornerstone of therapy]."
T_IMM = "Immunotherapy involving IFNs and interleukin-2 (IL-2) alone or in combination has yielded similar results to those achieved with chemotherapy alone."
add("cohen-f1", K, "none",
    "As Cohen and Falkson (1998) put it, high-dose intravenous interferon-alpha followed by a year of subcutaneous therapy was the only adjuvant treatment shown to lengthen disease-free and overall survival in high-risk melanoma.",
    T_IFN)
add("cohen-dur", K, "duration",
    "Adjuvant interferon-alpha, given intravenously at high dose and then subcutaneously for six months, improves disease-free and overall survival in high-risk melanoma (Cohen & Falkson, 1998).",
    T_IFN, wrong="six months")
add("cohen-over", K, "overreach",
    "Combination chemotherapy has been proven superior to single-agent dacarbazine for metastatic melanoma (Cohen & Falkson, 1998).",
    T_COMB, wrong="has been proven superior")
add("cohen-comp", K, "comparator",
    "In metastatic melanoma, immunotherapy with interferons and interleukin-2 gave results similar to those of surgery alone (Cohen & Falkson, 1998).",
    T_IMM, wrong="surgery alone")

# 4 Al-Saleem & Al-Mondhiry 2005 -- IPSID review
K = "alsaleem2005immunoproliferative"
T_AB = "Early-stage IPSID responds to antibiotics (30%-70% complete remission)."
T_CJ = "Molecular and immunohistochemical studies demonstrated an association with Campylobacter jejuni."
add("alsaleem-f1", K, "none",
    "Early immunoproliferative small intestinal disease can respond to antibiotics, with complete remission reported in 30 to 70 per cent of cases (Al-Saleem & Al-Mondhiry, 2005).",
    T_AB)
add("alsaleem-f2", K, "none",
    "IPSID has been linked to Campylobacter jejuni infection through molecular and immunohistochemical studies (Al-Saleem & Al-Mondhiry, 2005).",
    T_CJ)
add("alsaleem-num", K, "number",
    "Antibiotic treatment of early-stage IPSID achieves complete remission in 80% to 90% of patients (Al-Saleem & Al-Mondhiry, 2005).",
    T_AB, wrong="80% to 90%")

# 5 Marosvari 2018 -- mTOR / p-S6 / PASK in PCNSL vs DLBCL
K = "marosvari2018discrepancy"
T_N = "We measured mTOR activity with immunohistochemistry for p-mTOR and its downstream effectors p(T389)-p70S6K1, p-S6, and p-4E-BP1 in 31 cases of PCNSL and 51 cases of systemic diffuse large B-cell lymphoma (DLBCL) and evaluated alternative S6 phosphorylation pathways with p-RSK, p(T229)-p70S6K1, and PASK antibodies."
T_LESS = "mTOR-pathway activity was significantly less frequent in PCNSL compared with DLBCL."
T_PASK = "Among the other kinases potentially responsible for S6 phosphorylation, PASK proved to be positive in all cases of PCNSL and DLBCL."
T_SUG = "Our findings also suggest a potential role of PASK in the pathomechanism of PCNSL and in DLBCL."
add("marosvari-f1", K, "none",
    "Marosvári et al. (2018) stained 31 primary central nervous system lymphomas and 51 systemic diffuse large B-cell lymphomas for p-mTOR and its downstream effectors.",
    T_N)
add("marosvari-f2", K, "none",
    "PASK was positive in every PCNSL and DLBCL case examined (Marosvári et al., 2018).",
    T_PASK)
add("marosvari-dir", K, "direction",
    "mTOR pathway activity turned out to be significantly more common in primary CNS lymphoma than in systemic DLBCL (Marosvári et al., 2018).",
    T_LESS, wrong="more common")
add("marosvari-over", K, "overreach",
    "Marosvári et al. (2018) established that PASK drives primary CNS lymphoma, confirming it as a therapeutic target.",
    T_SUG, wrong="established that PASK drives")

# 6 Santarelli 2009 -- HNSCC review
K = "santarelli2009new"
T_NA = "In North America and the European Union, head and neck cancer accounts for 3% to 4% of all cancer diagnoses."
T_SEA = "Conversely, in Southeast Asia and Africa, head and neck cancer accounts for approximately 8% to 10% of all cancers."
T_CRT = "Concurrent chemo-radiotherapy has shown benefits in randomized trials; in addition, chemotherapy is used by itself as palliative therapy for patients with metastatic disease."
T_INC = "Although the incidence of head and neck cancers has decreased slightly from 1975 to 2002 in the United States, approximately 46,000 new cases are still expected in 2007 alone."
add("santarelli-f1", K, "none",
    "Head and neck cancer makes up only 3-4% of cancer diagnoses in North America and the European Union, against roughly 8-10% of all cancers in Southeast Asia and Africa (Santarelli et al., 2009).",
    T_NA, alt=[T_SEA])
add("santarelli-f2", K, "none",
    "Even though US incidence of head and neck cancer fell slightly between 1975 and 2002, some 46,000 new cases were still expected in 2007 (Santarelli et al., 2009).",
    T_INC)
add("santarelli-dur", K, "duration",
    "The incidence of head and neck cancer in the United States declined slightly from 1955 to 2002 (Santarelli et al., 2009).",
    T_INC, wrong="1955")
add("santarelli-design", K, "design",
    "The case for adding concurrent chemoradiotherapy in head and neck squamous cell carcinoma rests on observational cohort studies (Santarelli et al., 2009).",
    T_CRT, wrong="observational cohort studies")
add("santarelli-pop", K, "population",
    "In Latin America and Eastern Europe, head and neck cancer accounts for approximately 8% to 10% of all cancers (Santarelli et al., 2009).",
    T_SEA, wrong="Latin America and Eastern Europe")

# 7 Pfeifer 2023 -- microglia, CD200R, diabetic retinopathy mice
K = "pfeifer2023dysregulated"
T_ABL = "Here, we show that ablation of retinal microglia ameliorates visual dysfunction and neurodegeneration in a type I diabetes mouse model."
T_VIVO = "Last, we demonstrate that targeting CD200R in vivo can prevent visual dysfunction, microglia activation, and retinal inflammation in the diabetic mouse."
add("pfeifer-f1", K, "none",
    "Depleting retinal microglia lessened visual dysfunction and neurodegeneration in mice with type 1 diabetes (Pfeifer et al., 2023).",
    T_ABL)
add("pfeifer-dir", K, "direction",
    "Removing retinal microglia did nothing to ease visual dysfunction or neurodegeneration in type 1 diabetic mice (Pfeifer et al., 2023).",
    T_ABL, wrong="did nothing to ease")
add("pfeifer-design", K, "design",
    "In a clinical trial in patients with early diabetic retinopathy, targeting CD200R prevented visual dysfunction and retinal inflammation (Pfeifer et al., 2023).",
    T_VIVO, wrong="clinical trial in patients", accept=["design", "population"])

# 8 Wang 2024 -- kokusaginine, renal fibrosis mice
K = "wang2024kokusaginine"
T_MOD = "Renal fibrosis was induced in male C57BL/6 J mice by feeding with 0.2% adenine-containing food and UUO surgery."
T_EFF = "The treatment with kokusaginine enhanced renal function, alleviated renal histoarchitectural lesions, and mitigated renal fibrosis in the renal fibrosis models."
T_AIM = "This study was conducted to examine the protective effect of kokusaginine on renal fibrosis and to explore the underlying mechanisms using both in vivo and in vitro models."
T_MAY = "Thus, the kokusaginine-mediated PI3K/AKT signaling pathway may represent a novel approach for the treatment of renal fibrosis."
add("wang-f1", K, "none",
    "In male C57BL/6J mice with renal fibrosis induced by 0.2% adenine-containing food and unilateral ureteral obstruction, oral kokusaginine improved renal function and reduced fibrosis (Wang et al., 2024).",
    T_MOD, alt=[T_EFF])
add("wang-design", K, "design",
    "A randomised clinical trial by Wang et al. (2024) found that kokusaginine improved renal function and reduced kidney fibrosis.",
    T_AIM, wrong="randomised clinical trial", accept=["design", "population"])
add("wang-over", K, "overreach",
    "Kokusaginine is an effective treatment for renal fibrosis (Wang et al., 2024).",
    T_MAY, wrong="is an effective treatment")

# 9 Icli 2010 -- NCCN colon cancer guidelines adapted for MENA
K = "icli2010modification"
T_COM = "The committee, comprising 9 oncologists from different countries, proposed 4 modifications to the 2009 version of the NCCN Colorectal Cancer Guidelines for use in the MENA region, relating to 1) short-course preoperative radiotherapy, 2) dose of capecitabine, 3) stereotactic radiotherapy for liver metastasis, and 4) qualification of surgeons performing colorectal surgery."
T_DIFF = "However, 2 major differences exist: most oncologists in the MENA region prefer chest radiograph over CT in pretreatment workup, and almost 50% of them prefer to use cetuximab in the first-line treatment of patients with the wild-type KRAS gene."
T_SUR = "A survey of oncologists in this geographic area showed that the management practices and issues regarding colorectal cancer are similar to those presented in the NCCN Colorectal Cancer Guidelines."
add("icli-f1", K, "none",
    "A nine-member panel of oncologists from several countries proposed four changes to the 2009 NCCN colorectal cancer guidelines for the Middle East and North Africa, including short-course preoperative radiotherapy and capecitabine dosing (Içli et al., 2010).",
    T_COM)
add("icli-comp", K, "comparator",
    "Most oncologists in the Middle East and North Africa prefer a chest X-ray rather than MRI for the pretreatment workup of colorectal cancer (Içli et al., 2010).",
    T_DIFF, wrong="rather than MRI")
add("icli-design", K, "design",
    "A review of patient charts from across the Middle East and North Africa showed that colorectal cancer management there is similar to that in the NCCN guidelines (Içli et al., 2010).",
    T_SUR, wrong="review of patient charts")
add("icli-pop", K, "population",
    "Almost half of oncologists in the MENA region prefer first-line cetuximab for patients whose tumours carry a KRAS mutation (Içli et al., 2010).",
    T_DIFF, wrong="carry a KRAS mutation")

# 10 Omeje 2014 -- mistletoe osteogenic compounds
K = "omeje2014analysis"
T_ALP = "Methanol extracts of mistletoe from three hosts exhibited increase in ALP activity (a marker of osteoblast differentiation) at lower concentrations (0.2-0.8 μg/ml) and either no or inhibitory effect at higher concentrations (1.6 and 3.2 μg/ml)."
T_KM = "KM did not show uterine estrogenicity."
T_C2 = "Compound 2 was relatively more potent than its precursor, compound 1 in stimulating BMP2 upregulation."
add("omeje-f1", K, "none",
    "Mistletoe leaf extracts from three host trees raised alkaline phosphatase activity in rat osteoblasts at low concentrations (0.2-0.8 μg/ml), but had no effect or an inhibitory one at 1.6 and 3.2 μg/ml (Omeje et al., 2014).",
    T_ALP)
add("omeje-num", K, "number",
    "The mistletoe extracts stimulated osteoblast differentiation at low concentrations but had no or an inhibitory effect at 16 and 32 μg/ml (Omeje et al., 2014).",
    T_ALP, wrong="16 and 32")
add("omeje-dir", K, "direction",
    "The Kola acuminata mistletoe extract showed uterine estrogenicity in adult female rats (Omeje et al., 2014).",
    T_KM, wrong="showed uterine estrogenicity")
add("omeje-comp", K, "comparator",
    "Dihydroxylupeol palmitate was more potent than estradiol at upregulating BMP2 in osteoblast cultures (Omeje et al., 2014).",
    T_C2, wrong="estradiol")

# 11 Denorme 2022 -- NETs, HMGB1, nNIF in stroke
K = "denorme2022neutrophil"
T_NNIF = "Mice treated with nNIF had smaller brain infarcts, improved long-term neurological and motor function, and enhanced survival after stroke."
T_1H = "Importantly, nNIF also improved stroke outcomes in diabetic and aged mice and was still effective when given 1 hour after stroke onset."
T_BIO = "NET-forming neutrophils were found throughout brain tissue of ischemic stroke patients, and elevated plasma NET biomarkers correlated with worse stroke outcomes."
T_WAR = "These results support a pathological role for NETs in ischemic stroke and warrant further investigation of nNIF for stroke therapy."
add("denorme-f1", K, "none",
    "Denorme and colleagues found that mice given neonatal NET-inhibitory factor after a stroke had smaller infarcts, better long-term neurological and motor function, and better survival (Denorme et al., 2022).",
    T_NNIF)
add("denorme-dur", K, "duration",
    "nNIF still improved stroke outcomes in mice when given as late as 6 hours after stroke onset (Denorme et al., 2022).",
    T_1H, wrong="6 hours")
add("denorme-dir", K, "direction",
    "In ischemic stroke patients, higher plasma levels of NET biomarkers went with better stroke outcomes (Denorme et al., 2022).",
    T_BIO, wrong="better stroke outcomes")
add("denorme-over", K, "overreach",
    "Denorme et al. (2022) showed that nNIF is an effective therapy for patients with ischemic stroke.",
    T_WAR, wrong="effective therapy for patients", accept=["overreach", "population"])

# 12 Yao 2017 -- RSK2, T-bet, IFNgamma, colon cancer metastasis
K = "yao2017rsk2"
T_KO = "Flow cytometry analysis of wild-type (WT) and RSK2 knockout (KO) mice revealed significantly lower levels of IFNγ in the RSK2 KO mice compared with the WT mice."
T_MET = "We found significantly greater metastasis in RSK2 KO mice compared with WT mice."
T_PBMC = "We found that at different stages of colon cancer, IFNγ secretion from peripheral blood mononuclear cells was decreased compared with healthy controls."
T_80 = "Approximately 80% of patients with colorectal cancer develop liver metastasis and 20% develop lung metastasis."
add("yao-f1", K, "none",
    "Mice lacking RSK2 had significantly lower IFNγ levels than wild-type mice and developed significantly more colon cancer metastasis to the liver (Yao et al., 2017).",
    T_KO, alt=[T_MET])
add("yao-dir", K, "direction",
    "RSK2 knockout mice developed significantly less metastasis than wild-type mice (Yao et al., 2017).",
    T_MET, wrong="less metastasis")
add("yao-comp", K, "comparator",
    "Peripheral blood mononuclear cells from people with colon cancer secreted less IFNγ than those from patients with inflammatory bowel disease (Yao et al., 2017).",
    T_PBMC, wrong="patients with inflammatory bowel disease")
add("yao-num", K, "number",
    "About half of patients with colorectal cancer develop liver metastasis (Yao et al., 2017).",
    T_80, wrong="About half")

# 13 Piantadosi 2009 -- NAb breadth in Kenyan women
K = "piantadosi2009breadth"
T_70 = "We examined correlates of NAb response breadth among 70 HIV-infected, antiretroviral-naïve Kenyan women from a longitudinal seroincident cohort."
T_NOT = "However, greater NAb response breadth was not associated with a delayed time to a CD4(+) T-cell count of <200, antiretroviral therapy, or death."
T_5Y = "NAb response breadth was measured 5 years after infection against five subtype A viruses and one subtype B virus."
T_VL = "Greater NAb response breadth was associated with a higher viral load set point and greater HIV-1 env diversity early in infection."
add("piantadosi-f1", K, "none",
    "Among 70 antiretroviral-naive Kenyan women followed from HIV-1 infection, a broader neutralizing antibody response was not associated with a longer time to a CD4 count below 200, antiretroviral therapy or death (Piantadosi et al., 2009).",
    T_70, alt=[T_NOT])
add("piantadosi-f2", K, "none",
    "Broader neutralizing antibody responses went with a higher viral load set point and more env diversity early in infection (Piantadosi et al., 2009).",
    T_VL)
add("piantadosi-dur", K, "duration",
    "Piantadosi et al. (2009) measured neutralizing antibody breadth one year after infection against five subtype A viruses and one subtype B virus.",
    T_5Y, wrong="one year")
add("piantadosi-dir", K, "direction",
    "Women with broader neutralizing antibody responses had a lower viral load set point (Piantadosi et al., 2009).",
    T_VL, wrong="lower")
add("piantadosi-design", K, "design",
    "A cross-sectional study of 70 HIV-infected Kenyan women examined what determines the breadth of neutralizing antibody responses (Piantadosi et al., 2009).",
    T_70, wrong="cross-sectional study")

# 14 Zheng 2018 -- osteopontin in intrahepatic cholangiocarcinoma
K = "zheng2018osteopontin"
T_OPN = "In this study, we found that OPN level was elevated both in plasma and tumor tissues of ICC patients, which was closely related to a shorter overall survival (OS) and high probability of tumor relapse after curative resection."
T_IND = "OPN, β-Catenin, and their combination were independent prognostic indicator for ICC patients."
add("zheng-f1", K, "none",
    "Osteopontin was raised in both the plasma and the tumour tissue of patients with intrahepatic cholangiocarcinoma, and higher levels were tied to shorter overall survival and a higher chance of relapse after curative resection (Zheng et al., 2018).",
    T_OPN)
add("zheng-f2", K, "none",
    "Osteopontin, β-catenin and the two combined were each independent prognostic indicators in intrahepatic cholangiocarcinoma (Zheng et al., 2018).",
    T_IND)
add("zheng-dir", K, "direction",
    "Elevated osteopontin in intrahepatic cholangiocarcinoma was associated with longer overall survival after curative resection (Zheng et al., 2018).",
    T_OPN, wrong="longer overall survival")
add("zheng-pop", K, "population",
    "Osteopontin levels were elevated in the plasma and tumour tissue of patients with hepatocellular carcinoma and predicted shorter survival (Zheng et al., 2018).",
    T_OPN, wrong="hepatocellular carcinoma")

# 15 Whitehead 2014 -- HPV-16 E7 protein bodies, mice
K = "whitehead2014human"
T_IMM = "Immune responses comparable to the 16E7SH DNA vaccine were demonstrated in the murine model, with the protein vaccine successfully inducing a specific humoral as well as cell mediated immune response, and mediating tumour regression."
T_MIX = "Interestingly, simply mixing the free PBs and 16E7SH also enhanced immune responses, indicating an adjuvant activity for the Zera® PBs."
T_250 = "Human papillomaviruses (HPV) are the causative agents of cervical cancer in women, which results in over 250 000 deaths per year."
add("whitehead-f1", K, "none",
    "In mice, a plant-made HPV-16 E7 protein-body vaccine induced both antibody and cell-mediated responses comparable to those of the corresponding DNA vaccine, and it made tumours regress (Whitehead et al., 2014).",
    T_IMM)
add("whitehead-f2", K, "none",
    "Simply mixing free Zera protein bodies with the shuffled E7 antigen also boosted immune responses, suggesting the protein bodies act as an adjuvant (Whitehead et al., 2014).",
    T_MIX)
add("whitehead-num", K, "number",
    "Cervical cancer, caused by human papillomaviruses, kills more than 500,000 women a year (Whitehead et al., 2014).",
    T_250, wrong="500,000")
add("whitehead-comp", K, "comparator",
    "The plant-produced E7 protein vaccine induced immune responses in mice comparable to those of the licensed prophylactic HPV vaccines (Whitehead et al., 2014).",
    T_IMM, wrong="licensed prophylactic HPV vaccines")

# 16 De Neve 2012 -- genes and happiness
K = "deneve2012genes"
T_33 = "In a nationally-representative twin sample, we first show that about 33% of the variation in life satisfaction is explained by genetic variation."
T_LONG = "We initially find that individuals with the longer, transcriptionally more efficient variant of this genotype report greater life satisfaction (n=2,545, p=0.012)."
T_REP = "However, our replication attempts on independent samples produce mixed results indicating that more work needs to be done to better understand the relationship between this genotype and subjective well-being."
T_POLY = "We study the relationship between a functional polymorphism on the serotonin transporter gene (5-HTTLPR) and life satisfaction."
add("deneve-f1", K, "none",
    "Using a nationally representative sample of twins, De Neve et al. (2012) estimated that roughly a third of the variation in life satisfaction is genetic.",
    T_33)
add("deneve-f2", K, "none",
    "In an initial sample of about 2,500 people, carriers of the longer, more efficient 5-HTTLPR variant reported greater life satisfaction (De Neve et al., 2012).",
    T_LONG)
add("deneve-num", K, "number",
    "Twin data suggest that around 60% of the variation in life satisfaction is explained by genetic variation (De Neve et al., 2012).",
    T_33, wrong="around 60%")
add("deneve-over", K, "overreach",
    "The link between the long 5-HTTLPR variant and greater life satisfaction was consistently replicated in independent samples (De Neve et al., 2012).",
    T_REP, wrong="consistently replicated")
add("deneve-design", K, "design",
    "A genome-wide association study by De Neve et al. (2012) tied the serotonin transporter gene to life satisfaction.",
    T_POLY, wrong="genome-wide association study")

# 17 Ivacik 2015 -- lentiviral RNAi against HBV
K = "ivacik2015sustained"
T_1Y = "The mTTR promoter stably expressed a reporter transgene in mouse livers over a study period of 1 year."
T_NEO = "Good silencing of HBV genes, without evidence of toxicity, was demonstrated following intravenous injection of LVs into neonatal HBV transgenic mice."
T_MAY = "Collectively, these data indicate that LVs may achieve sustained inhibition of HBV replication that is appealing for their therapeutic use."
add("ivacik-f1", K, "none",
    "With the liver-specific mTTR promoter, a reporter transgene stayed stably expressed in mouse livers throughout a one-year study (Ivacik et al., 2015).",
    T_1Y)
add("ivacik-dur", K, "duration",
    "The mTTR promoter kept a reporter transgene stably expressed in mouse livers over a three-month study period (Ivacik et al., 2015).",
    T_1Y, wrong="three-month")
add("ivacik-pop", K, "population",
    "Intravenous lentiviral vectors silenced HBV genes without evident toxicity in adult HBV transgenic mice (Ivacik et al., 2015).",
    T_NEO, wrong="adult")
add("ivacik-over", K, "overreach",
    "RNAi-activating lentiviral vectors have been shown to cure chronic hepatitis B infection (Ivacik et al., 2015).",
    T_MAY, wrong="shown to cure", accept=["overreach", "population"])

# 18 Condiotti 2014 -- feline lentiviral vector, fetal mice, liver tumours
K = "condiotti2014transduction"
T_1Y = "In this study, we characterized hepatocarcinomas that developed in mice 1 year after in utero administration of a feline-derived lentiviral vector."
T_E2F = "Nevertheless, five of the six tumors exhibited highly significant upregulation of E2F target genes, of which a majority are associated with oncogenesis, DNA damage response, and chromosomal instability."
T_INT = "Mapped viral integration sites differed among tumors and did not coincide with the regions of chromosomal aberrations."
add("condiotti-f1", K, "none",
    "Condiotti et al. (2014) characterised liver tumours that arose in mice a year after in utero exposure to a feline lentiviral vector; five of the six tumours showed highly significant upregulation of E2F target genes.",
    T_1Y, alt=[T_E2F])
add("condiotti-f2", K, "none",
    "The viral integration sites varied from tumour to tumour and did not coincide with the regions of chromosomal aberration (Condiotti et al., 2014).",
    T_INT)
add("condiotti-dur", K, "duration",
    "Hepatocarcinomas developed in mice within three months of in utero administration of a feline-derived lentiviral vector (Condiotti et al., 2014).",
    T_1Y, wrong="three months")
add("condiotti-pop", K, "population",
    "Liver tumours developed in adult mice a year after they were injected with a feline-derived lentiviral vector (Condiotti et al., 2014).",
    T_1Y, wrong="adult mice")

# 19 Dakshinamurthy 2008 -- CT-X antigens in South African colorectal cancer
K = "dakshinamurthy2008infrequent"
T_34 = "In this study we investigated the expression profile of 16 CT-X antigen genes in 34 colorectal cancer (CRC) patients using reverse transcription-polymerase chain reaction."
T_12 = "We observed that 12 of the 16 CT-X antigen genes studied did not show expression in any of the CRC samples analyzed."
T_4 = "The other 4 CT-X antigen genes showed low frequency of expression and exhibited a highly variable expression profile when compared to other populations."
add("daksh-f1", K, "none",
    "In tumours from 34 South African colorectal cancer patients, twelve of sixteen cancer-testis X antigen genes were not expressed in any sample (Dakshinamurthy et al., 2008).",
    T_34, alt=[T_12])
add("daksh-f2", K, "none",
    "The remaining four CT-X antigen genes were expressed only infrequently, with a highly variable profile compared with other populations (Dakshinamurthy et al., 2008).",
    T_4)
add("daksh-num", K, "number",
    "Dakshinamurthy et al. (2008) profiled 16 cancer-testis X antigen genes by RT-PCR in 134 colorectal cancer patients.",
    T_34, wrong="134")
add("daksh-pop", K, "population",
    "Expression of 16 CT-X antigen genes was examined by RT-PCR in 34 patients with gastric cancer (Dakshinamurthy et al., 2008).",
    T_34, wrong="gastric cancer")

# 20 Yamamoto 2022 -- left atrial appendage management review
K = "yamamoto2022evidence"
T_SRCH = "Searches were performed on PubMed Central, Scopus, and Medline from the dates of database inception to February 2020."
T_AIM = "This review aimed to discuss the anatomical properties of the left atrial appendage (LAA), its relationship with atrial fibrillation (AF), effectiveness of LAA occlusion (LAAO), techniques, and new devices used to perform this procedure."
T_COST = "Surgery is the most cost-effective option; surgical methods include simple LAA resection, thoracoscopic surgery, and catheter treatment."
T_EARLY = "We believe that early treatment intervention for the LAA should be considered particularly in cases of recurrent AF."
add("yamamoto-f1", K, "none",
    "Yamamoto et al. (2022) searched PubMed Central, Scopus and Medline from database inception to February 2020 for studies of left atrial appendage management.",
    T_SRCH)
add("yamamoto-dur", K, "duration",
    "Yamamoto et al. (2022) reviewed studies of left atrial appendage management published between 2015 and February 2020 in PubMed Central, Scopus and Medline.",
    T_SRCH, wrong="between 2015 and")
add("yamamoto-design", K, "design",
    "A meta-analysis of randomised trials found left atrial appendage occlusion to be effective in atrial fibrillation (Yamamoto et al., 2022).",
    T_AIM, wrong="meta-analysis of randomised trials")
add("yamamoto-comp", K, "comparator",
    "For left atrial appendage management, anticoagulant therapy is the most cost-effective option (Yamamoto et al., 2022).",
    T_COST, wrong="anticoagulant therapy")
add("yamamoto-over", K, "overreach",
    "Yamamoto et al. (2022) concluded that every patient with atrial fibrillation should undergo early left atrial appendage intervention.",
    T_EARLY, wrong="every patient", accept=["overreach", "population"])

Path(__file__).with_name("claims.json").write_text(json.dumps(C, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
