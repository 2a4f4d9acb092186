"""Writes claims.json (set 52). Hand-written claims; truth sentences copied verbatim from the abstracts (pool 10)."""
import json
from pathlib import Path

def C(id, key, kind, claim, truth, wrong=None, truth_alt=None, accept=None):
    d = {"id": id, "key": key, "kind": kind, "claim": claim, "truth": truth}
    if truth_alt: d["truth_alt"] = truth_alt
    if wrong: d["wrong"] = wrong
    if accept: d["accept"] = accept
    return d

KI, GO, LI, TO = "kim1989adjuvant", "gomez2019vitro", "lis2018development", "toumi2010juvenile"

KI_REGIMEN = "Seven children with advanced nasopharyngeal carcinoma younger than 20 years of age diagnosed between 1975 and 1986 (inclusive) were treated with a uniform adjuvant chemotherapy regimen, which consisted of vincristine (1.5 mg/m2; day 1), doxorubicin (45 mg/m2; day 1), 5-fluorouracil (8 mg/kg; days 1 through 5), and cyclophosphamide (7 mg/kg; days 1 through 5)."
KI_SURV = "All seven patients are surviving, six disease-free, for 22 months to 12 years (median, 4 years)."
GO_H2O2_VIAB = "RTVH-A and FRTVH-V did not show cytotoxic effects at a concentration of ≤0.5 mg/mL,prevented the decrease in cell viability, and suppressed intracellular reactive oxygen species (ROS) accumulation induced by H <sub>2</sub> O <sub>2</sub> ."
LI_PRAB10 = "We identify rabbit monoclonal phospho-specific antibodies (MJFF-pRAB10) that are exquisitely selective for LRRK2-phosphorylated Rab10, detecting endogenous phosphorylated Rab10 in all analysed cell lines and tissues, including human brain cingulate cortex."

CLAIMS = [
 # Kim 1989 (7 children with advanced NPC, adjuvant chemotherapy after radiotherapy)
 C("kim-n1", KI, "none",
   "Kim et al. (1989) reported that all seven children were still alive, six of them free of disease, between 22 months and 12 years after treatment (median follow-up 4 years).",
   KI_SURV),
 C("kim-dur", KI, "duration",
   "Kim and colleagues (1989) kept the four-drug adjuvant chemotherapy going for 12 to 24 weeks once radiotherapy had been completed.",
   "This combination chemotherapy was given for 12 to 24 months after completion of radiation therapy.",
   wrong="12 to 24 weeks"),
 C("kim-des", KI, "design",
   "In a randomised comparison, Kim et al. (1989) treated children with advanced nasopharyngeal carcinoma with radiotherapy followed by vincristine, doxorubicin, 5-fluorouracil and cyclophosphamide.",
   KI_REGIMEN, wrong="In a randomised comparison", accept=["design", "comparator"]),
 C("kim-pop", KI, "population",
   "Myelosuppression after the adjuvant chemotherapy was universal but tolerable in seven middle-aged adults with advanced nasopharyngeal carcinoma (Kim et al., 1989).",
   KI_REGIMEN, wrong="seven middle-aged adults",
   truth_alt=["After chemotherapy myelosuppression occurred in all patients and was tolerable."]),
 # Gómez 2019 (red tilapia viscera hydrolysates, Caco-2 cells)
 C("gomez-n1", GO, "none",
   "Gómez et al. (2019) obtained the strongest antioxidant activity from red tilapia viscera hydrolysed to a 42.5% degree and from that hydrolysate's fraction below 1 kDa.",
   "The highest antioxidant capacity was obtained with a DH of 42.5% (RTVH-A) and its &lt;1 kDa fraction (FRTVH-V)."),
 C("gomez-num", GO, "number",
   "Gómez and colleagues (2019) found that the two most active tilapia fractions were not toxic to intestinal Caco-2 cells at concentrations up to 5 mg/mL.",
   GO_H2O2_VIAB, wrong="5 mg/mL"),
 C("gomez-dir", GO, "direction",
   "In Gómez et al.'s (2019) experiments, pretreating peroxide-stressed Caco-2 cells with the RTVH-A hydrolysate preserved their glutathione levels.",
   "However, pretreatment with RTVH-A after adding H <sub>2</sub> O <sub>2</sub> , showed a greater decrease in glutathione levels.",
   wrong="preserved their glutathione levels"),
 C("gomez-over", GO, "overreach",
   "Gómez et al.'s (2019) study proves that eating red tilapia viscera hydrolysates prevents intestinal injury in people.",
   "These results suggest that RTVH-A and FRTVH-V can be beneficial ingredients with antioxidant properties and can have protective effects against ROS-mediated intestinal injuries.",
   wrong="proves that eating red tilapia viscera hydrolysates prevents intestinal injury in people",
   truth_alt=["Their protective effects against oxidative stress were evaluated using H <sub>2</sub> O <sub>2</sub> -stressed human intestinal differentiated Caco-2."],
   accept=["overreach", "population", "design"]),
 # Lis 2018 (phospho-specific Rab antibodies, LRRK2)
 C("lis-n1", LI, "none",
   "Lis et al. (2018) tested the selectivity and sensitivity of polyclonal and monoclonal phospho-specific antibodies against nine different Rab proteins phosphorylated by LRRK2.",
   "In the present study, we analyse the selectivity and sensitivity of polyclonal and monoclonal phospho-specific antibodies raised against nine different LRRK2-phosphorylated Rab proteins (Rab3A/3B/3C/3D, Rab5A/5B/5C, Rab8A/8B, Rab10, Rab12, Rab29[T71], Rab29[S72], Rab35 and Rab43)."),
 C("lis-n2", LI, "none",
   "The MJFF-pRAB10 antibodies described by Lis and colleagues (2018) can pick up the extra Rab10 phosphorylation caused by pathogenic LRRK2 knock-in mutations, as well as the effect of LRRK2 inhibitors.",
   "We demonstrate that the MJFF-pRAB10 antibodies can be deployed to assess enhanced Rab10 phosphorylation resulting from pathogenic (R1441C/G or G2019S) LRRK2 knock-in mutations as well as the impact of LRRK2 inhibitor treatment."),
 C("lis-num", LI, "number",
   "LRRK2 phosphorylates a subgroup of 24 Rab proteins, Rab10 among them, as Lis et al. (2018) point out.",
   "Recent work has revealed that LRRK2 phosphorylates a subgroup of 14 Rab proteins, including Rab10, at a specific residue located at the centre of its effector-binding switch-II motif.",
   wrong="24 Rab proteins"),
 C("lis-pop", LI, "population",
   "Lis et al.'s (2018) rabbit monoclonal MJFF-pRAB10 antibody detected endogenous phosphorylated Rab10 in cerebrospinal fluid from patients with Parkinson's disease.",
   LI_PRAB10, wrong="cerebrospinal fluid from patients with Parkinson's disease"),
 # Toumi 2010 (juvenile NPC, review)
 C("toumi-n1", TO, "none",
   "In the Maghreb, nasopharyngeal carcinoma is the most common cancer among teenagers aged 15 to 20, according to Toumi et al. (2010).",
   "In the Maghreb, it represents the first cancer of teenagers of 15-20 years old."),
 C("toumi-n2", TO, "none",
   "Toumi and colleagues' (2010) review notes that more than 15% of young patients with nasopharyngeal carcinoma already have metastases when they are diagnosed.",
   "More than 15% of patients had metastases at diagnosis."),
 C("toumi-dir", TO, "direction",
   "Toumi et al. (2010) describe juvenile nasopharyngeal carcinoma as carrying higher EBV antibody levels than the adult form, along with strong LMP1 expression.",
   "Young NPCs are characterized by a low rate of EBV antibodies and a high level of LMP1 cell expression than in adult's NPC.",
   wrong="higher EBV antibody levels"),
 C("toumi-comp", TO, "comparator",
   "Early-onset nasopharyngeal carcinoma in North Africa shows weak bcl-2 and p53 but strong LMP1 and c-kit staining, which sets it apart from nasopharyngeal carcinoma in East Asian children (Toumi et al., 2010).",
   "Immunohistochemical analyses of North Africa early onset NPC is characterized by a weak expression of bcl-2 and p53 and a strong expression of LMP1 and c-kit what makes them different from the adult's NPC.",
   wrong="nasopharyngeal carcinoma in East Asian children", accept=["comparator", "population"]),
]
Path(__file__).with_name("claims.json").write_text(json.dumps(CLAIMS, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(len(CLAIMS), "claims")
