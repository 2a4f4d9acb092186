"""Writes claims.json (set 53). Hand-written claims; truth sentences copied verbatim from the abstracts (pool 10,
positions 10-19). 6 abstracts (the range ran out), 24 claims, 4 per abstract; kind plan scaled (SELECTION.md):
9 faithful; number 3, population 2, direction 2, comparator 2, design 2, duration 2, overreach 2."""
import json
from pathlib import Path

def C(id, key, kind, claim, truth, wrong=None, truth_alt=None, accept=None):
    d = {"id": id, "key": key, "kind": kind, "claim": claim, "truth": truth}
    if truth_alt: d["truth_alt"] = truth_alt
    if wrong: d["wrong"] = wrong
    if accept: d["accept"] = accept
    return d

HA, WO, HU = "han2015poor", "wolff2010nasopharyngeal", "huang1990nasopharyngeal"
JO, ZA, LI = "johnson2016evaluation", "zawitkowskaklaczynsk2004non", "liu2014nasopharyngeal"

HA_DEF = "Severe BMD deficits were found in 18 survivors (16.7%) and moderate BMD deficits were in 39 (36.1%) in at least one bone region."
WO_SURV = "Collectively, our 5-year overall-survival and loco-regional control rates were 74% (radiochemotherapy 81%, radiotherapy alone 68.5%) and 87% (radiochemotherapy 100%, radiotherapy alone 72.7%), respectively."
WO_PTS = "From 02/1992 to 07/2008, 26 adult patients with NPC without distant metastases were treated (17 squamous cell carcinomas, 9 undifferentiated carcinomas)."
WO_CONC = "The treatment concepts changed over the years: 13 patients were treated with radiotherapy alone, 13 patients received combined radiochemotherapy."
HU_53 = "From 1964 to 1983, 54304 cases of nasopharyngeal carcinoma (NPC) had been diagnosed in our hospital, of which 53 (0.10%) were under 14 years old."
HU_STAGE = "Among the 53 cases, 4 (7.55%) had Stage II, 36 (67.92%) Stage III, 12 (22.64%) Stage IV and 1 (1.89%) unstaged lesions, 26.42% had presenting symptoms related to nasopharyngeal lesion and 73.58% to cervical mass."
JO_LOW = "Two rapid tests and three other CHIKV MAC-ELISAs evaluated at CDC had low sensitivity, as the CDC CHIKV IgM in-house positive controls were below the level of detection."
JO_INB = "The InBios CHIKjj Detect MAC-ELISA had 100% and 98% concordance with CDC and CARPHA results, respectively, and had equal sensitivity to the CDC MAC-ELISA to 1:12,800 dilution in serially diluted samples."
ZA_SEX = "Sex: 7 boys, 2 girls, age: 2-17 years."
LI_PTS = "Between January 1990 and January 2011, 158 NPC patients younger than 20 years old were treated in our institution, and the patient's clinical characteristics, treatment modalities, outcomes and prognostic factors were retrospectively analyzed."
LI_SURV = "With a median follow-up time of 62.5 months (range 2.0-225.0 months), the 5-year overall survival (OS) rate, local-regional control (LRC) rate and distant metastasis-free survival (DMFS) rate were 82.6%, 94.9% and 76.4%, respectively."

CLAIMS = [
 # Han 2015 (bone density after puberty in childhood cancer survivors)
 C("han-n1", HA, "none",
   "Han et al. (2015) found that roughly one in six childhood cancer survivors at risk of low bone density had a severe deficit at the end of puberty, and more than a third had a moderate one.",
   HA_DEF),
 C("han-n2", HA, "none",
   "Endocrine dysfunction stood out as a risk factor for lower bone mineral density in young survivors of childhood cancer, in both univariate and multivariate analyses (Han et al., 2015).",
   "Endocrine dysfunction was a significant risk factor for decreased BMD in univariate and multivariate analyses (P < 0.05 for both).",
   truth_alt=["Endocrine dysfunction was found to be a significant risk factor, and it should be managed in survivors to ensure future bone health."]),
 C("han-dir", HA, "direction",
   "Han and colleagues (2015) reported that the more time had passed since survivors finished their cancer treatment, the lower their bone density was.",
   "The duration since cancer treatment completion was correlated with higher BMD (P < 0.05).",
   wrong="the lower their bone density was"),
 C("han-over", HA, "overreach",
   "In Han et al.'s (2015) study, every survivor who had had head and neck radiotherapy, a brain tumour or corticosteroids came out of puberty with a bone density deficit.",
   HA_DEF,
   wrong="every survivor who had had head and neck radiotherapy, a brain tumour or corticosteroids came out of puberty with a bone density deficit"),
 # Wolff 2010 (adult nasopharyngeal carcinoma, adjuvant interferon-beta)
 C("wolff-n1", WO, "none",
   "Among 26 adults with nasopharyngeal carcinoma followed for a median of eight years, Wolff et al. (2010) reported five-year overall survival of 74%, with 81% after radiochemotherapy and 68.5% after radiotherapy alone.",
   WO_SURV, truth_alt=["After a median follow-up of 96 months, 17 patients remain alive.", WO_PTS]),
 C("wolff-dur", WO, "duration",
   "In Wolff and colleagues' (2010) series, six adults with undifferentiated nasopharyngeal carcinoma were given adjuvant interferon-beta for 6 weeks after radiochemotherapy, without high-grade toxicity.",
   "Additionally, six patients with undifferentiated carcinomas were treated with adjuvant interferon-beta after radiochemotherapy for 6 months.",
   wrong="for 6 weeks"),
 C("wolff-des", WO, "design",
   "In a randomised trial of 26 adults with non-metastatic nasopharyngeal carcinoma, Wolff et al. (2010) compared radiotherapy alone with combined radiochemotherapy.",
   WO_CONC, truth_alt=[WO_PTS], wrong="In a randomised trial"),
 C("wolff-over", WO, "overreach",
   "Adjuvant interferon-beta has been proven to cure undifferentiated nasopharyngeal carcinoma in adults (Wolff et al., 2010).",
   "Furthermore, our data indicate that adjuvant interferon-beta application in undifferentiated NPC in adults is feasible and shows promising results.",
   truth_alt=["Further prospective clinical trials are needed to finally establish adjuvant interferon beta in curative treatment of adult NPC."],
   wrong="has been proven to cure"),
 # Huang 1990 (childhood nasopharyngeal carcinoma; single author)
 C("huang-n1", HU, "none",
   "Childhood cases are rare: of more than 54,000 nasopharyngeal carcinoma patients diagnosed at one hospital over two decades, Huang (1990) counted only 53 (about 0.1%) under the age of 14.",
   HU_53),
 C("huang-num", HU, "number",
   "Children with nasopharyngeal carcinoma had a poor outlook in Huang's (1990) series, with a five-year survival of only about 40%.",
   "The prognosis of childhood NPC was poor with a 5-year survival rate of 20.75% in this series.",
   wrong="about 40%"),
 C("huang-pop", HU, "population",
   "Huang (1990) described 53 teenagers aged 14 to 18 with nasopharyngeal carcinoma, two-thirds of whom already had stage III disease.",
   HU_53, truth_alt=[HU_STAGE], wrong="teenagers aged 14 to 18"),
 C("huang-dir", HU, "direction",
   "Among poorly differentiated nasopharyngeal carcinomas, the vesicular nucleus type was less common in children than in adults (Huang, 1990).",
   "Among the poorly differentiated carcinomas, vesicular nucleus carcinoma was more frequent in children than in adult.",
   wrong="less common in children than in adults"),
 # Johnson 2016 (commercial chikungunya IgM kits)
 C("johnson-n1", JO, "none",
   "Johnson et al. (2016) found that the Euroimmun chikungunya IgM ELISA agreed with the results of all three reference laboratories at least 95% of the time.",
   "The Euroimmun Anti-CHIKV IgM ELISA kit had ≥ 95% concordance with all three reference laboratory results."),
 C("johnson-n2", JO, "none",
   "Not every kit held up: when tested at the CDC, two rapid tests and three further chikungunya IgM ELISAs showed low sensitivity, Johnson and colleagues (2016) reported.",
   JO_LOW),
 C("johnson-num", JO, "number",
   "Once reformulated and re-released, the Abcam chikungunya IgM kit agreed with CDC results 79% of the time (Johnson et al., 2016).",
   "The reformatted Abcam kit had 97% concordance with CDC results and limit of detection of 1:800 to 1:3,200.",
   wrong="79%"),
 C("johnson-comp", JO, "comparator",
   "In Johnson et al.'s (2016) evaluation, the InBios CHIKjj Detect IgM assay was as sensitive as the Euroimmun ELISA down to a 1:12,800 dilution of serum.",
   JO_INB, wrong="as sensitive as the Euroimmun ELISA"),
 # Zawitkowska-Klaczynska 2004 (nasopharyngeal non-Hodgkin lymphoma in children)
 C("zaw-n1", ZA, "none",
   "Zawitkowska-Klaczyńska et al. (2004) found that in 9 of 97 young lymphoma patients (about 9%) the primary tumour was in the nasopharynx; seven were boys.",
   "The primary nasopharynx location was assessed in 9 patients (9.3%).",
   truth_alt=[ZA_SEX, "The study includes 97 patients who were treated because of lymphomas between 1993-2002."]),
 C("zaw-n2", ZA, "none",
   "All nine children with nasopharyngeal lymphoma described by Zawitkowska-Klaczyńska and colleagues (2004) had Burkitt or Burkitt-like lymphoma, and all of them reached complete remission (a first remission in seven, a second remission in two).",
   "First complete remission--7 patients; second complete remission--2 patients.",
   truth_alt=["The histopathological assessment in 6 children was Burkitt lymphoma and in 3 children--Burkitt-like lymphoma."]),
 C("zaw-dur", ZA, "duration",
   "Between 2 and 10 months passed from the first symptoms of nasopharyngeal lymphoma to the diagnosis, according to Zawitkowska-Klaczyńska et al. (2004).",
   "The duration which elapsed from initial clinical symptoms to diagnosis was 2-10 weeks.",
   wrong="Between 2 and 10 months"),
 C("zaw-pop", ZA, "population",
   "Zawitkowska-Klaczyńska et al.'s (2004) nine adult patients with non-Hodgkin lymphoma of the nasopharynx first showed symptoms that looked inflammatory, which delayed the diagnosis.",
   ZA_SEX,
   truth_alt=["Lymphomas of nasopharynx cause diagnostic problems because of their early stage pseudo-inflammatory manifestation."],
   wrong="nine adult patients"),
 # Liu 2014 (nasopharyngeal carcinoma in children and adolescents)
 C("liu-n1", LI, "none",
   "A 2014 study by Liu et al. of 158 children and adolescents treated for nasopharyngeal carcinoma reported five-year overall survival of 82.6%, with distant metastasis the usual way treatment failed.",
   LI_SURV,
   truth_alt=["There were 43 (27.2%) patients failed during the follow up, with seven local-regional recurrences and 38 distant metastases."]),
 C("liu-num", LI, "number",
   "In Liu and colleagues' (2014) cohort, 89% of young patients with nasopharyngeal carcinoma already had stage IV disease when they were diagnosed.",
   "There were 9 (5.7%) patients in stage II, 60 (38.0%) in stage III and 89 (56.3%) in stage IV according to the UICC2002 staging system.",
   wrong="89%"),
 C("liu-comp", LI, "comparator",
   "Liu et al. (2014) found that young patients with T4 tumours had worse five-year overall survival than those with T1-2 tumours (75% vs 87.9%).",
   "In univariate analysis, the 5-year OS of T4 and T1-3 were 75% and 87.9%, p=0.01, stage IV and stage II-III were 77.1% and 90%, p=0.04, respectively.",
   wrong="T1-2 tumours", accept=["comparator", "population"]),
 C("liu-des", LI, "design",
   "Following 158 patients younger than 20 in a prospective study, Liu and colleagues (2014) identified T4 tumours and stage IV disease as independent predictors of poorer overall survival.",
   LI_PTS,
   truth_alt=["In multivariate analysis, T4 (p=0.02) and stage IV (p=0.04) were the independent adverse prognostic factors for OS."],
   wrong="in a prospective study"),
]

(Path(__file__).resolve().parent / "claims.json").write_text(json.dumps(CLAIMS, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(len(CLAIMS))
