"""Writes claims.json (set 57). Hand-written claims; truth sentences copied verbatim from the abstracts (pool 12).
The C() helper and the field layout are those of set 50's / set 55's make_claims.py (their first lines only were read)."""
import json
from pathlib import Path

def C(id, key, kind, claim, truth, wrong=None, truth_alt=None, accept=None):
    d = {"id": id, "key": key, "kind": kind, "claim": claim, "truth": truth}
    if truth_alt: d["truth_alt"] = truth_alt
    if wrong: d["wrong"] = wrong
    if accept: d["accept"] = accept
    return d

PA, IK, AP, SC, NO = "papadimitriou1999subtotal", "ikeda1999prognostic", "apple1999immunohistochemical", "schumacher1999potent", "norrby1994infection"
WE, MC, SA, SO, SM = "wenger1999expression", "mcdade1999salicylates", "saffroy1999clinical", "sorio1999fhit", "smith1999antisense"
CA, GR, PO, NA, GH = "cascinu1999intensive", "gress1999prospective", "poole1999influence", "naoe1998fk317", "ghadimi1999specific"

PA_RES = "Using the defunctionalized jejunal loop, the mean (+/-SD) hospitalization was 7.57+/-1.42 days, the morbidity rate was 11.2%, and the mortality rate was 0.95%."
PA_PTS = "One hundred five patients who underwent pancreatoduodenectomy and had the pancreatic stump drained in a defunctionalized jejunal loop."
PA_DES = "A series of retrospective cases from February 1990 to December 1997."
IK_SURV = "The median survival time of the hypervascular group was significantly shorter than that of the hypovascular group (P < 0.0001)."
IK_COX = "However, the Cox multivariate analysis indicated that the IMD and VEGF expression were independent prognostic factors of the various clinicopathologic variables in pancreatic cancer patients (P = 0.0021 and P = 0.0443, respectively)."
IK_40 = "To evaluate whether angiogenic factors are of clinical relevance to actual human pancreatic cancers, we studied the intratumoral microvessel density (IMD), and PD-ECGF, VEGF protein expression in 40 pancreatic cancers using immunohistochemistry."
IK_VEGFS = "Furthermore, the median survival time of the patients with positive VEGF expression was significantly shorter than those with negative VEGF expression (P = 0.048)."
IK_VEGF = "In contrast, 27 carcinomas (67.5%) were evaluated to be VEGF-positive, whereas 13 carcinomas (32.5%) were VEGF-negative."
AP_ALL = "Overall, HER-2/neu was positive in normal ducts, ductal hyperplasia, dysplasia, and carcinoma cells in 0 of 30, 11 of 20 (55%), 10 of 15 (67%), and 12 of 15 (80%), respectively, with progressive increase in the intensity of staining; p53 was positive in 1 of 30 (3%), 0 of 20, 3 of 15 (20%), and 13 of 15 (80%), respectively, and K-ras was positive in 1 of 30 (3%), 6 of 20 (30%), 11 of 15 (73%), and 8 of 15% (53%), respectively."
AP_15 = "To further define this sequence, we studied the immunohistochemical markers HER-2/neu, K-ras, and p53 in 15 adenocarcinomas and 15 nonmalignant specimens of the pancreas."
AP_CONC = "These data support the hypothesis that ductal hyperplasia and dysplasia of the pancreas represent precursor lesions, and, in a fashion similar to that in colorectal tumorigenesis, pancreatic cancer seems to accumulate progressive genetic alterations."
SC_GROW = "2-ME inhibited the growth of these cell lines (50-90%) in a dose- and time-dependent fashion, and terminal deoxynucleotidyl transferase staining showed that it induced apoptotic cell death."
SC_MICE = "Mice given oral 2-ME showed 60% inhibition in the number of lung colonies compared with control, untreated animals."
SC_MODEL = "We used a mouse model for in vivo studies of lung metastasis and injected MIA PaCa-2 cells into the tail veins of nu/nu mice; lung colonies were formed."
SC_S = "Flow cytometric analysis indicated that 2-ME-sensitive cells showed a prolonged S phase after 48 h of treatment."
NO_INF = "21 (25%) of the patients were diagnosed as having infections and, of those, 13 had major systemic infections and 8 had minor infections (urinary tract or wound infections)."
NO_85 = "This study was a retrospective analysis of 85 patients who underwent major abdominal surgery for gastrointestinal malignancies between September 1988 and August 1990."
NO_COST = "Comparing patients with and without diagnosed infections, the increases in costs were 402% for microbiological tests ($US497 vs $US99), 144% for other laboratory tests ($US9247 vs $US3790), 167% for radiological examinations ($US3996 vs $US1496), 152% for pharmacy costs ($US2903 vs $US1153), 97% for room costs ($US15,757 vs $US8014), 189% for other items ($US10,151 vs $US3512) and 136% for the total costs ($US42,551 vs $US18,064)."
NO_MEAN = "The mean costs for patients with major infections, those with minor infections, febrile patients with no identified infection and afebrile patients with no signs of infection were $US58,067, $US16,726, $US30,236 and $US14,961, respectively."
NO_SITE = "Infection rates were highest in patients with oesophageal, gastric or pancreatic cancer (31, 29 and 24%, respectively)."
WE_13 = "CTGF transcripts were found in 13/15 pancreatic cancer cell lines incubated with 10% serum."
WE_15 = "15/19 human pancreatic cancer tissues were shown to overexpress high levels of CTGF transcripts."
WE_FIB = "In situ hybridization and the nude mouse experiments revealed that in pancreatic cancer tissues, fibroblasts are the predominant site of CTGF transcription, whereas the tumor cells appear to contribute to a lesser extent."
WE_EGF = "In 3/7 pancreatic cancer cell lines EGF/TGFalpha induced a significant rise of CTGF transcript levels peaking 1-2 h after the start of treatment."
WE_COR = "CTGF transcript levels in pancreatic cancer tissues and nude mouse xenograft tumors showed a good correlation to the degree of fibrosis."
MC_FLOW = "Flow cytometry confirmed this, demonstrating increases in apoptotic cell fractions: 8.5% (untreated), 9.3% (TNF-alpha alone), 14.9% (15 mM NaSal), and 22.9% (NaSal and TNF-alpha)."
MC_PANC1 = "In contrast, no increases in apoptosis were measured in the PANC-1 cell line among the various treatment groups."
MC_BX = "TNF-alpha-induced apoptosis (DNA fragmentation) increased significantly when BxPC-3 cells were pretreated with NaSal."
MC_AIM = "We examined whether NaSal enhances TNF-alpha-induced apoptosis in cultured human pancreatic cancer cell lines."
SA_9 = "Nine (7%) HCC patients had anti-p53 serum antibodies before treatment."
SA_130 = "Anti-p53 serum antibodies were assessed by enzyme-linked immunosorbent assay (ELISA) using purified recombinant human p53 on 130 European HCC patients before treatment and during the clinical course of the disease."
SA_NOCOR = "The presence of anti-p53 serum antibodies was correlated neither with mutation of the p53 gene nor the serum alpha-fetoprotein levels and clinicopathological characteristics of the tumours."
SA_SURV = "However, a greater incidence of vascular invasion and accumulation of p53 protein were observed in the tumours of these patients (P<0.03 and P<0.01 respectively) as well as a better survival rate without recurrence (P = 0.05)."
SO_8 = "In 8 of the 21 primary cancers, Fhit expression was detected by immunohistochemistry."
SO_NORM = "The normal pancreas expressed Fhit protein in the cytoplasm of ductular cells, whereas interlobular and larger ducts, acini, and insulae of Langerhans were negative."
SO_11 = "Fhit protein was detected by immunoblot assay in 11 pancreatic cancer cell lines; of the 8 cell lines lacking Fhit protein, 7 lacked FHIT mRNA and 1 showed an abnormally sized transcript."
SO_LOH = "Loss of microsatellite DNA markers internal to the FHIT gene was observed in 10 of 13 primary cancers lacking Fhit protein (homozygous in two cases) and in only 1 of the 8 cancers expressing Fhit protein."
SO_ALL = "We examined 2 normal pancreata, 21 primary pancreatic ductal cancers, and 19 pancreatic cancer cell lines for Fhit expression and FHIT gene status."
SM_88 = "Growth was inhibited up to 88% by anti-gastrin oligonucleotides in a dose-related fashion compared to cells treated with diluent or a randomized sequence with the same composition as the anti-gastrin oligonucleotide."
SM_TUM = "Tumors from the anti-gastrin-treated mice were significantly smaller in volume and weight and had less gastrin detected by radioimmunoassay than either controls."
SM_14 = "In vivo nude mice bearing BxPC-3 xenografts were treated daily for 14 days with a 0.1-ml intratumoral injection of either anti-gastrin (5 microM), the scrambled sequence control phosphorothioate oligonucleotide (5 microM), or buffer."
CA_RR = "After eight weekly treatments, three partial responses were achieved for a response rate of 13% (95% CI 0-26%), five patients had stable disease and 14 progressed on therapy."
CA_OS = "Median survival of all patients was 6 months."
CA_CONC = "The outcome of this intensive chemotherapy regimen does not support its use in pancreatic cancer."
CA_22 = "Twenty-two patients, with locally advanced unresectable and/or metastatic pancreatic carcinoma, received weekly administration of cisplatin 40 mg m(-2), 5-fluorouracil 500 mg m(-2), epidoxorubicin 35 mg m(-2), 6S stereoisomer of leucovorin 250 mg m(-2) and glutathione 1.5 mg m(-2), supported by a daily administration of lenograstim at a dose of 5 microg kg(-1)."
CA_TOX = "Toxicity was mild: WHO grade III or IV toxicity was recorded in terms of anaemia in 7 out of 188 cycles (3.7%), of neutropenia in 9 out of 188 cycles (4.7%) and of thrombocytopenia in 3 out of 188 cycles (1.5%)."
CA_WT = "Eight patients (36%) (three partial response and five stable disease) had a positive weight change."
GR_EUS = "A significant improvement in pain scores with reduction in pain medication usage occurred in 50% (five of 10) of patients having the EUS block."
GR_CT = "In the patients with CT block, however, only 25% (two of eight) had relief."
GR_CONC = "EUS-guided celiac block provided more persistent pain relief than CT-guided block and was the preferred technique among the subjects studied."
GR_RAND = "Patients enrolled were randomly assigned to EUS-guided or CT-guided celiac plexus block."
GR_24 = "Persistent benefit was experienced by 40% of patients at 8 wk and by 30% at 24 wk."
PO_WITHIN = "The associations between family history and cancer mortality were generally stronger within cancer sites than across cancer sites."
PO_OR = "Within-site associations were found for breast cancer (odds ratio (OR) = 1.9), colorectal cancer (OR = 1.6), stomach cancer (OR = 1.9), and lung cancer (OR = 1.7)."
PO_DES = "A case-control study nested within a large cohort, the American Cancer Society Cancer Prevention Study-1, was conducted to test associations between a family history of cancer and cancer mortality in women."
PO_N = "By using logistic regression, the authors analyzed family history, as reported by 429,483 women enrolled in 1959, relative to subsequent mortality through 1972 from cancer within and across multiple sites."
PO_UT = "Across-site associations were observed for a family history of 1) breast cancer as a risk factor for ovarian cancer mortality (OR = 1.6), 2) stomach cancer as a risk factor for ovarian cancer mortality (OR = 1.5), and 3) uterine cancer as a risk factor for pancreatic cancer mortality (OR = 1.6)."
NA_INH = "Tumor growth-inhibitory effects and the effective dose-range of FK317 were much stronger and broader, respectively, than those of reference drugs such as mitomycin C, adriamycin, cisplatin, taxol and irinotecan."
NA_BW = "Furthermore, the body weight decrease and myelosuppression in FK317-treated mice were less than in the animals given any of the reference drugs."
NA_XEN = "The antitumor effects of FK317, a novel substituted dihydrobenzoxazine, were evaluated using human tumor xenografts (small cell lung cancer, non-small cell lung cancer, stomach cancer, colon cancer, pancreatic cancer, breast cancer, cervical cancer and ovarian cancer)."
NA_PH1 = "FK317 is now undergoing phase I clinical trials."
GH_AIB = "Amplification of this gene was identified in six of nine pancreatic cancer cell lines and correlated with increased expression."
GH_SKY = "Metaphase chromosomes from six cell lines were analyzed by spectral karyotyping, a technique that allows one to visualize all chromosomes simultaneously in different colors."
GH_REAR = "Spectral karyotyping identified multiple chromosomal rearrangements, the majority of which were unbalanced."
GH_NINE = "To screen pancreatic carcinomas for chromosomal aberrations we have applied molecular cytogenetic techniques, including fluorescent in situ hybridization, comparative genomic hybridization, and spectral karyotyping to a series of nine established cell lines."
GH_GAIN = "Comparative genomic hybridization revealed recurring chromosomal gains on chromosome arms 3q, 5p, 7p, 8q, 12p, and 20q."

claims = [
 # Papadimitriou 1999: none, design, duration, number
 C("papa-n1", PA, "none", "Papadimitriou et al. (1999) reported that, in 105 patients whose pancreatic stump was drained into a defunctionalized jejunal loop after pancreatoduodenectomy, morbidity was about 11% and mortality under 1%.", PA_RES, truth_alt=[PA_PTS]),
 C("papa-des", PA, "design", "In a randomized trial of the defunctionalized jejunal loop technique, Papadimitriou and colleagues (1999) kept morbidity after pancreatoduodenectomy to 11.2%.", PA_DES, wrong="In a randomized trial"),
 C("papa-dur", PA, "duration", "Papadimitriou et al.'s (1999) series, gathered over roughly two years up to December 1997, included 105 pancreatoduodenectomies with a defunctionalized jejunal loop.", PA_DES, wrong="roughly two years"),
 C("papa-num", PA, "number", "With the pancreatic stump drained into a defunctionalized jejunal loop, the mortality rate after pancreatoduodenectomy was 9.5% (Papadimitriou et al., 1999).", PA_RES, wrong="9.5%"),
 # Ikeda 1999: none x2, direction, number
 C("ikeda-n1", IK, "none", "Ikeda et al. (1999) found that patients with highly vascularised pancreatic cancers had significantly shorter median survival than those with hypovascular tumours.", IK_SURV),
 C("ikeda-n2", IK, "none", "In a Cox multivariate analysis of 40 pancreatic cancers, microvessel density and VEGF expression each came out as independent prognostic factors (Ikeda et al., 1999).", IK_COX, truth_alt=[IK_40]),
 C("ikeda-dir", IK, "direction", "Ikeda and colleagues (1999) reported that pancreatic cancer patients whose tumours expressed VEGF survived longer than those whose tumours did not.", IK_VEGFS, wrong="survived longer"),
 C("ikeda-num", IK, "number", "About three-quarters of the 40 pancreatic cancers examined by Ikeda et al. (1999) were VEGF-positive.", IK_VEGF, wrong="About three-quarters"),
 # Apple 1999: none x2, overreach, population
 C("apple-n1", AP, "none", "Apple et al. (1999) saw HER-2/neu staining in none of the normal pancreatic ducts but in 80% of carcinomas, with staining rising step by step through hyperplasia and dysplasia.", AP_ALL),
 C("apple-n2", AP, "none", "Comparing 15 pancreatic adenocarcinomas with 15 nonmalignant pancreas specimens, Apple and colleagues (1999) argued that ductal hyperplasia and dysplasia are precursor lesions of ductal adenocarcinoma.", AP_15, truth_alt=[AP_CONC]),
 C("apple-over", AP, "overreach", "Apple et al.'s (1999) immunohistochemistry study proved that ductal hyperplasia and dysplasia are the precursors of pancreatic adenocarcinoma.", AP_CONC, wrong="proved"),
 C("apple-pop", AP, "population", "Apple et al. (1999) traced HER-2/neu, K-ras and p53 staining across hyperplastic, dysplastic and malignant lesions of the colon, supporting a stepwise model of carcinogenesis.", AP_15, wrong="lesions of the colon", truth_alt=[AP_ALL]),
 # Schumacher 1999: none, population, duration, comparator
 C("schu-n1", SC, "none", "Schumacher et al. (1999) reported that 2-methoxyestradiol cut the growth of human pancreatic cancer cell lines by 50-90%, depending on dose and time, and triggered apoptosis.", SC_GROW),
 C("schu-pop", SC, "population", "In rats injected with MIA PaCa-2 cells, oral 2-methoxyestradiol reduced the number of lung colonies by 60% compared with untreated animals (Schumacher et al., 1999).", SC_MICE, wrong="In rats", truth_alt=[SC_MODEL]),
 C("schu-dur", SC, "duration", "Schumacher and colleagues (1999) observed a prolonged S phase in 2-methoxyestradiol-sensitive pancreatic cancer cells after two weeks of treatment.", SC_S, wrong="after two weeks"),
 C("schu-comp", SC, "comparator", "Compared with mice given gemcitabine, mice given oral 2-methoxyestradiol had 60% fewer lung colonies in Schumacher et al.'s (1999) metastasis model.", SC_MICE, wrong="Compared with mice given gemcitabine"),
 # Norrby 1994: none, number, comparator, direction (single author)
 C("norrby-n1", NO, "none", "Norrby (1994) found that a quarter of 85 patients who had major abdominal surgery for gastrointestinal cancer were diagnosed with an infection.", NO_INF, truth_alt=[NO_85]),
 C("norrby-num", NO, "number", "In Norrby's (1994) analysis, total costs averaged about $42,500 for patients with a diagnosed infection against about $8,000 for those without.", NO_COST, wrong="about $8,000"),
 C("norrby-comp", NO, "comparator", "Norrby (1994) reported that mean costs for patients with major infections after gastrointestinal cancer surgery were nearly four times those of febrile patients with no identified infection.", NO_MEAN, wrong="febrile patients with no identified infection"),
 C("norrby-dir", NO, "direction", "After surgery for gastrointestinal cancer, infection rates were lowest in patients with oesophageal, gastric or pancreatic cancer (Norrby, 1994).", NO_SITE, wrong="lowest"),
 # Wenger 1999: none x2, duration, direction
 C("wenger-n1", WE, "none", "Wenger et al. (1999) detected CTGF transcripts in 13 of 15 pancreatic cancer cell lines, and 15 of 19 pancreatic cancer tissues overexpressed them.", WE_13, truth_alt=[WE_15]),
 C("wenger-n2", WE, "none", "According to Wenger and colleagues (1999), fibroblasts rather than the tumour cells themselves are the main source of CTGF in pancreatic cancer tissue.", WE_FIB),
 C("wenger-dur", WE, "duration", "In Wenger et al.'s (1999) experiments, EGF/TGFalpha raised CTGF transcript levels in some pancreatic cancer cell lines, peaking 1-2 days after treatment began.", WE_EGF, wrong="1-2 days"),
 C("wenger-dir", WE, "direction", "Wenger et al. (1999) found that CTGF transcript levels in pancreatic cancer tissues and xenografts fell as the degree of fibrosis rose.", WE_COR, wrong="fell as the degree of fibrosis rose"),
 # McDade 1999: none, direction, comparator, overreach
 C("mcdade-n1", MC, "none", "McDade et al. (1999) reported that pretreating BxPC-3 pancreatic cancer cells with sodium salicylate raised the apoptotic fraction after TNF-alpha from 9.3% to 22.9%.", MC_FLOW),
 C("mcdade-dir", MC, "direction", "In McDade and colleagues' (1999) experiments, sodium salicylate pretreatment also increased TNF-alpha-induced apoptosis in PANC-1 cells.", MC_PANC1, wrong="also increased TNF-alpha-induced apoptosis in PANC-1 cells"),
 C("mcdade-comp", MC, "comparator", "McDade et al. (1999) found that sodium salicylate enhanced TNF-alpha-induced apoptosis in BxPC-3 cells compared with cells pretreated with ibuprofen.", MC_BX, wrong="compared with cells pretreated with ibuprofen"),
 C("mcdade-over", MC, "overreach", "McDade et al. (1999) established that adding salicylates to TNF-alpha is an effective treatment for pancreatic cancer.", MC_AIM, wrong="established that adding salicylates to TNF-alpha is an effective treatment", accept=["overreach", "population"]),
 # Saffroy 1999: none x2, population, direction
 C("saffroy-n1", SA, "none", "Saffroy et al. (1999) found anti-p53 serum antibodies before treatment in 7% of 130 European patients with hepatocellular carcinoma.", SA_9, truth_alt=[SA_130]),
 C("saffroy-n2", SA, "none", "In European patients with liver cancer, anti-p53 antibodies were not correlated with p53 gene mutation or serum alpha-fetoprotein levels (Saffroy et al., 1999).", SA_NOCOR),
 C("saffroy-pop", SA, "population", "Saffroy et al. (1999) measured circulating anti-p53 antibodies in 130 European patients with pancreatic cancer before treatment and during follow-up.", SA_130, wrong="patients with pancreatic cancer"),
 C("saffroy-dir", SA, "direction", "Saffroy and colleagues (1999) reported that hepatocellular carcinoma patients with anti-p53 serum antibodies had worse recurrence-free survival.", SA_SURV, wrong="worse recurrence-free survival"),
 # Sorio 1999: none x2, number, population
 C("sorio-n1", SO, "none", "Sorio et al. (1999) detected Fhit protein by immunohistochemistry in only 8 of 21 primary pancreatic ductal cancers.", SO_8, truth_alt=[SO_ALL]),
 C("sorio-n2", SO, "none", "In the normal pancreas, Sorio and colleagues (1999) found Fhit protein in ductular cells but not in acini or the islets of Langerhans.", SO_NORM),
 C("sorio-num", SO, "number", "Of the 19 pancreatic cancer cell lines Sorio et al. (1999) examined, 15 expressed Fhit protein on immunoblot.", SO_11, wrong="15 expressed"),
 C("sorio-pop", SO, "population", "Sorio et al. (1999) found loss of microsatellite markers inside the FHIT gene in 10 of 13 chronic pancreatitis specimens lacking Fhit protein.", SO_LOH, wrong="chronic pancreatitis specimens"),
 # Smith 1999: none x2, duration, comparator
 C("smith-n1", SM, "none", "Smith et al. (1999) reported that antisense oligonucleotides to gastrin inhibited BxPC-3 pancreatic cancer cell growth by up to 88%, in a dose-related way, compared with diluent or a scrambled sequence.", SM_88),
 C("smith-n2", SM, "none", "Xenograft tumours treated with anti-gastrin oligonucleotides were smaller in volume and weight and contained less gastrin than control tumours (Smith et al., 1999).", SM_TUM),
 C("smith-dur", SM, "duration", "In nude mice bearing BxPC-3 xenografts, Smith and colleagues (1999) gave daily intratumoral anti-gastrin injections for 14 weeks.", SM_14, wrong="14 weeks"),
 C("smith-comp", SM, "comparator", "In Smith et al.'s (1999) xenograft experiment, anti-gastrin-treated tumours were significantly smaller than those treated with a gastrin-receptor antagonist.", SM_TUM, wrong="than those treated with a gastrin-receptor antagonist", truth_alt=[SM_14]),
 # Cascinu 1999: none, design, overreach, number
 C("cascinu-n1", CA, "none", "Cascinu et al. (1999) reported a response rate of only 13% and a median survival of 6 months with an intensive weekly regimen in 22 patients with advanced pancreatic cancer, and advised against using it.", CA_RR, truth_alt=[CA_OS, CA_CONC]),
 C("cascinu-des", CA, "design", "In a randomized phase III trial, Cascinu and colleagues (1999) found that intensive weekly cisplatin-based chemotherapy was not effective in advanced pancreatic cancer.", CA_22, wrong="randomized phase III trial", truth_alt=[CA_RR]),
 C("cascinu-over", CA, "overreach", "Cascinu et al. (1999) found the intensive weekly regimen for advanced pancreatic cancer completely free of serious toxicity.", CA_TOX, wrong="completely free of serious toxicity"),
 C("cascinu-num", CA, "number", "According to Cascinu et al. (1999), 14 of the 22 patients on the intensive weekly regimen had a positive weight change.", CA_WT, wrong="14 of the 22"),
 # Gress 1999: none, comparator, design, duration
 C("gress-n1", GR, "none", "In a randomized comparison in chronic pancreatitis, Gress et al. (1999) found that EUS-guided celiac plexus block relieved pain in half of patients, against a quarter with CT-guided block.", GR_EUS, truth_alt=[GR_CT, GR_RAND]),
 C("gress-comp", GR, "comparator", "Gress and colleagues (1999) found that EUS-guided celiac block gave more persistent pain relief than surgical splanchnicectomy in chronic pancreatitis.", GR_CONC, wrong="than surgical splanchnicectomy"),
 C("gress-des", GR, "design", "In a retrospective review of patients with chronic pancreatitis pain, Gress et al. (1999) found EUS-guided celiac block more effective than CT-guided block.", GR_RAND, wrong="retrospective review"),
 C("gress-dur", GR, "duration", "In Gress et al.'s (1999) trial, 30% of patients given the EUS-guided block still had benefit at 24 months.", GR_24, wrong="24 months"),
 # Poole 1999: none, population, design, overreach
 C("poole-n1", PO, "none", "Poole et al. (1999) found that a family history of cancer was more strongly tied to cancer mortality at the same site than at other sites, for example an odds ratio of 1.9 for breast cancer.", PO_WITHIN, truth_alt=[PO_OR]),
 C("poole-pop", PO, "population", "Poole and colleagues (1999), studying men enrolled in the Cancer Prevention Study-1, found that a family history of cancer predicted cancer death mostly within the same site.", PO_DES, wrong="studying men", truth_alt=[PO_N]),
 C("poole-des", PO, "design", "Poole et al.'s (1999) cross-sectional survey of 429,483 women linked a family history of cancer to later cancer mortality.", PO_DES, wrong="cross-sectional survey"),
 C("poole-over", PO, "overreach", "Poole et al. (1999) proved that a family history of uterine cancer causes death from pancreatic cancer.", PO_UT, wrong="proved that a family history of uterine cancer causes"),
 # Naoe 1998: none x2, overreach, design
 C("naoe-n1", NA, "none", "Naoe et al. (1998) found that FK317 inhibited human tumour xenografts in nude mice more strongly, and over a broader dose range, than reference drugs such as mitomycin C, cisplatin and irinotecan.", NA_INH, truth_alt=[NA_XEN]),
 C("naoe-n2", NA, "none", "Mice treated with FK317 lost less body weight and had less myelosuppression than mice given the reference drugs (Naoe et al., 1998).", NA_BW),
 C("naoe-over", NA, "overreach", "In Naoe et al.'s (1998) xenograft experiments, FK317 eradicated every human tumour type it was tested against.", NA_INH, wrong="eradicated every human tumour type"),
 C("naoe-des", NA, "design", "In a phase I clinical trial, Naoe and colleagues (1998) found that FK317 had strong antitumour activity with less myelosuppression than standard drugs.", NA_XEN, wrong="In a phase I clinical trial", truth_alt=[NA_PH1], accept=["design", "population"]),
 # Ghadimi 1999: none, number, population, direction
 C("ghadimi-n1", GH, "none", "Ghadimi et al. (1999) found amplification of the AIB1 coactivator gene in six of nine pancreatic cancer cell lines, together with increased expression.", GH_AIB),
 C("ghadimi-num", GH, "number", "Using spectral karyotyping on twelve pancreatic cancer cell lines, Ghadimi and colleagues (1999) found multiple chromosomal rearrangements, most of them unbalanced.", GH_SKY, wrong="twelve", truth_alt=[GH_REAR]),
 C("ghadimi-pop", GH, "population", "Ghadimi et al. (1999) applied comparative genomic hybridization and spectral karyotyping to fresh tumour samples from nine patients with pancreatic cancer.", GH_NINE, wrong="fresh tumour samples from nine patients", accept=["population", "design"]),
 C("ghadimi-dir", GH, "direction", "Ghadimi et al. (1999) reported recurrent chromosomal losses on 20q in pancreatic cancer cell lines.", GH_GAIN, wrong="losses on 20q"),
]
Path(__file__).resolve().parent.joinpath("claims.json").write_text(json.dumps(claims, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
print(len(claims), "claims")
