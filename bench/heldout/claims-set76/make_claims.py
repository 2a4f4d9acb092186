"""Writes claims.json (set 76). Hand-written claims; truth sentences copied verbatim from the abstracts (pool 14,
positions 1401-1417 as printed in batch_1401_1425.txt). The C() helper and the field layout are those of set 55's
make_claims.py (its first 30 lines only were read)."""
import json
from pathlib import Path

def C(id, key, kind, claim, truth, wrong=None, truth_alt=None, accept=None):
    d = {"id": id, "key": key, "kind": kind, "claim": claim, "truth": truth}
    if truth_alt: d["truth_alt"] = truth_alt
    if wrong: d["wrong"] = wrong
    if accept: d["accept"] = accept
    return d

TU, KE, LA, GR, PE = "tufo1977problem", "kerr1978fasting", "lack1979paragangliomas", "granmayeh1978angiography", "peart1977effects"
CH, NA, SI, BA, BY = "chanussot1977comparison", "nathanson1979epidemiology", "siciliano1979mutually", "backer1979rapid", "bynum1979diagnostic"
RO, CP, LR, MI, FA = "rochcongar1979modification", "chappel1978diagnostic", "larsson1979epidemiology", "minoli1978nasoduodenal", "falliers1979pharmacodynamic"

TU_5Y = "Five years of cumulative data were assessed."
TU_1 = "The following changes were noted: (1) The ratio of patients to physicians doubled."
TU_2 = "(2) The total hospitalization rate fell by more than 20% and general medical portion by 60%."
TU_3 = "(3) Ambulatory use and cost decreased by approximately 20%."
TU_4 = "(4) Expenditures for services fell by 22%, while national expenditures for physician services increased by 28%."
KE_5 = "Five subjects about 1 yr of age were each studied before and after restoration of their energy reserves."
KE_EN = "Total energy utilization, determined by hourly oxygen consumption, did not diminish as a result of fasting but was significantly less when malnourished than when recovered, 66 versus 79 kcal/kg/day."
KE_FAT = "In all cases the major energy source shifted from oxidation of dietary carbohydrate and glycogen to oxidation of fat, determined from the respiratory quotient, until the oxidation of glycogen became negligible and fat provided 94% of energy in the malnourished subjects after 21 hr and 92% in the recovered subjects after 27 hr."
KE_PROT = "Utilization of protein, determined from urinary nitrogen excretion, remained very low in the malnourished infants accounting for a maximum of 4% of energy, 103 mg N/kg/day, whereas after recovery, protein utilization doubled as a result of fasting, finally accounting for 7% of energy, 226 mg N/kg/day (p less than 0.005)."
KE_GLU = "Plasma glucose decreased to about 40 mg/100 ml in both groups as glycogen oxidation diminished."
KE_CONC = "It is concluded that fasting infants complete the transition from dietary carbohydrate to endogenous fat as the major energy source much faster than do adults, proportionate to relatively greater energy utilization."
LA_72 = "The histopathology of 72 paragangliomas originating in the head and neck region of 71 patients is presented."
LA_SITES = "There were 45 carotid body, 13 vagal body, eight jugulotympanic, and three nasal paragangliomas."
LA_REC = "Two of the three nasal paragangliomas, 50 per cent of the jugulotympanic paragangliomas, 17 per cent of the vagal body paragangliomas, and 10 per cent of those of the carotid body recurred locally following attempted surgical resection."
LA_MAL = "Four (9 per cent) of the carotid body paragangliomas were malignant, all four patients dying with widespread metastases."
LA_NEC = "In contrast to the benign tumors, malignant paragangliomas tended to show foci of necrosis and vascular invasion."
GR_33 = "The spectrum of angiographic findings of abdominal leiomyosarcoma in 33 cases is presented, and the value of angiography in the diagnosis and management of such patients is discussed."
GR_SB = "Small bowel lesions are hypervascular, and those in the stomach and colon moderately vascular."
GR_RP = "In the retroperitoneum these neoplasms are usually hypovascular to moderately vascular, and displacement of major vessels, particularly the inferior vena cava, is the most common angiographic finding."
GR_MET = "Vascularity of metastases is usually similar to that of the primary lesion."
PE_RAT = "1 The effects of the disodium salt of ethylenediamine tetra-acetate (EDTA) and 1, 2, bis, 2 aminoethoxyethane-NNN'N'-tetra-acetic acid (EGTA) on renin secretion and vascular resistance were studied in the isolated perfused kidney of the rat."
PE_UP = "2 Both substances produced a significant increase of renin release 3 In the absence of calcium and magnesium, EDTA still increased rein release and there was now a considerable increase of perfusion pressure."
PE_PROP = "5 Propranolol and phenoxybenzamine had no effect on the vasoconstrictor action of EDTA."
PE_EGTA = "6 EGTA was less effective as a renin releaser than EDTA until magnesium was removed from the perfusate."
PE_PP = "Furter, it had only a small effect on perfusion pressure in contrast to EDTA."
CH_ISO = "(1) Isolated livers of previously fasted fafa and Wistar Rats are perfused with labelled oleic acid and glycerol."
CH_TG = "Two pools of synthesized lipids are studied: --a pool of liver lipids: labelled TG 16:0, 16:0, 18:1, 16:0, 18:1, 18:1 and 18:1, 18:1, 18:1 are synthesized more by the fafa than by the Wistar Rat liver, The TG 16:0, 18:1, 18:2 appears in the liver of the 2 rat strains."
CH_PL = "After a 30 min. perfusion, the PL are synthesized less by the fafa than by Wistar Rat liver; --a pool of lipids released in the circulation."
CH_PERF = "The labelled tG 16:0, 18:1, 18:2, are increased in the perfusate of fafa rat."
NA_LIT = "The literature suggests that poliomyelitis initially appears as a disease of preschool children, but then there is a trend toward increasing age of cases."
NA_10K = "The use of poliovirus vaccine in the US has reduced paralytic disease from an annual incidence of about 10,000 cases to 10 cases."
NA_90 = "The eradication of poliomyelitis in spite of the fact that no more than 90% of US children have been reached indicates that either vaccine virus has spread to the unimmunized or a herd immunity effect is operating and the resultant disappearance of wild poliovirus prevents exposure of the unimmunized."
NA_HERD = "Since oral poliovirus vaccine appears to have provided protection through herd immunity, any change in immunization practices that might increase the exposure of susceptibles should be undertaken with great caution."
SI_17 = "Seventeen recently established human breast carcinoma cell lines of metastatic origin (MDA series), HeLa cells, and MCF-7 (a well-established breast carcinoma cell line) were studied by starch gel electrophoresis for allozymic differences at 17 enzyme loci."
SI_10 = "Ten loci proved to be informative in establishing unique genetic signatures for all of the lines with the exception of MDA-134 and -309, which had the same genetic signatures."
SI_CONC = "These studies enable us to conclude that the chromosomal marker shown to be common to these breast carcinoma cell lines of metastatic origin is not present because of cross-contamination of the lines with other long-term lines or each other."
BA_90 = "It was found that greater than 90% of the cholesterol in the donor vesicle could be exchanged with a single time constant, the half-time for the completion of this exchange process being 1.5 h at 37 degrees C."
BA_FF = "Therefore, the rate of transmembrane movement or flip-flop of cholesterol in these vesicles must be at least as fast as the intermembrane exchange process."
BA_RBC = "Similar results were obtained using hemoglobin-free human erythrocyte ghosts as the acceptor membrane."
BY_100 = "Blood tests for fibrinogen/fibrin degradation products (FDP/fdp) and soluble fibrin complexes (SFC) were performed in 100 patients at high risk for thromboembolism in order to assess the diagnostic value of these determinations in patients suspected to have pulmonary embolism."
BY_PE = "Tests were positive significantly less often in high-risk patients, and mean values were significantly lower, when compared with patients with established pulmonary embolism (P less than .001)."
BY_DVT = "However, no significant differences existed between high-risk patients and patients with deep venous thrombosis of the legs."
BY_HI = "Positivity rates and mean values were significantly higher in the presence of pulmonary embolism than in patients with deep venous thrombosis alone (P less than .05)."
BY_CONC = "Elevated FDP/fdp and SFC values are useful in the diagnosis of pulmonary embolism in high-risk patients; moreover, positive results in a patient with deep venous thrombosis suggests that pulmonary embolism has occurred."
RO_53 = "The results show the average values of the H max/M max (53%) to be not different from those of nonathletes."
RO_AN = "When separated into aerobic and anaerobic groups, significant differences were found: the values are significantly inferior for subjects participating in anaerobic sports (37%) whereas we found an increase (from 55-75%) in the relationship for swimmers performing aerobic activities after 3 years of regular training."
RO_CONC = "The results suggest, in accordance with previous authors, the possibility of a correlation between the modifications of the H max/M max and the type of activities (aerobic or anaerobic)."
CP_1887 = "Results obtained from 1887 sera using three serological tests for bovine brucellosis were compared with a serological classification of sera described as the 'probable infection status'."
CP_SAT = "The serum agglutination test (SAT) gave 35% apparent false negative reactions and 5% apparent false positives."
CP_CFT = "The complement fixation test (CFT) gave 12% apparent false negative reactions using warm fixation (CFTW) and at least 5% using cold fixation (CFTC)."
CP_VIC = "The routine diagnostic system used in Victoria, in which the CFTW is supplemented by the CFTC and the SAT, gave 9% apparent false negative reactions and 2% apparent false positive reactions."
CP_RIA = "The radioimmunoassay gave 1% or 6% apparent false negative reactions, depending on the minimum diagnostic value used."
LR_110 = "In 1958--1974 altogether 110 cases of listeriosis were diagnosed in Sweden by culture."
LR_52 = "Of these, 52 had manifestations of meningoencephalitis and 10 of septicemia."
LR_SEAS = "There was no seasonal variation."
LR_NEO = "Neonates with early onset of disease were infected by their mothers, while neonates with late onset of disease were infected from other and often nosocomial sources."
MI_100 = "In the period between February 1975 and June 1976, 100 high risk newborns, divided into four cohorts on the basis of birth weight in 500 g divisions, were fed by nasoduodenal tube."
MI_EFF = "The effect of nasoduodenal feeding has been measured in several ways, but particularly consideration has been given to weight gain, its caloric cost, the mortality rates observed in the Unit before and after the introduction of this nutritional regime and complications."
MI_WT = "The use of nasoduodenal feeding abolished the physiological loss of weight which normally occurs during the first week of life and was associated with a subsequent rate of weight gain equal to or better than that observed in infants fed by other routes."
MI_MORT = "In 1974 the overall mortality rate in the Unit was 18% and in 1975 following the introduction of nasoduodenal feeding fell to 11.4%."
MI_CONC = "The conclusion is that this form of feeding is particularly suitable for infants with a birth weight of 1 500 g or less."
FA_18 = "Eighteen adult asthmatics, nine of whom were females and nine males, aged between 21-53 years, were given a sustained release theophylline capsule, 250 mg, every 12 hours and pulmonary mechanical functions as well as serum theophylline levels were studied."
FA_ELIX = "All patients received Elixophyllin Elixir, 250 mg, and their serum level as well as pulmonary functions were studied and compared to those after receiving the sustained release capsules."
FA_20 = "At the steady-state of sustained release theophylline capsule administration, an average of 20% improvement of FEV1 was observed at the five hour period and sufficient bronchodilation expressed as FEV1 was observed for a 10-12 hour period."
FA_12 = "Indeed, a sustained release theophylline capsule fulfilled the requirement that it adequately maintained therapeutic theophylline level of the blood and improved bronchodilation lasting up to 12 hours."

claims = [
    # Tufo 1977: none x2, duration, direction
    C("tu-n1", TU, "none", "Tufo et al. (1977) reported that, over five years of running a practice on the problem-oriented system, the number of patients per physician doubled while the general medical share of hospital use fell by 60%.",
      TU_2, truth_alt=[TU_1, TU_5Y]),
    C("tu-n2", TU, "none", "With problem-oriented records, spending on services in the practice dropped by 22% even as national spending on physician services climbed 28% (Tufo et al., 1977).",
      TU_4),
    C("tu-dur", TU, "duration", "Drawing on two years of cumulative practice data, Tufo and colleagues (1977) found that ambulatory use and cost fell by about a fifth under the problem-oriented approach.",
      TU_5Y, wrong="two years", truth_alt=[TU_3]),
    C("tu-dir", TU, "direction", "According to Tufo et al. (1977), the total hospitalisation rate of the problem-oriented practice rose by more than 20% over the five years of data.",
      TU_2, wrong="rose by more than 20%"),
    # Kerr 1978: none, number, population, design
    C("ke-n1", KE, "none", "Kerr et al. (1978) found that fasting infants used less energy while severely malnourished than after nutritional recovery (66 vs 79 kcal/kg per day), and that fasting itself did not lower energy use.",
      KE_EN),
    C("ke-num", KE, "number", "In Kerr and colleagues' (1978) fasting study, protein never supplied more than 14% of energy in the malnourished infants, with fat providing almost all of it.",
      KE_PROT, wrong="14%"),
    C("ke-pop", KE, "population", "Studying five malnourished school-age children before and after their energy reserves were restored, Kerr et al. (1978) showed that fat rapidly became the main fuel during a fast.",
      KE_5, wrong="school-age children", truth_alt=[KE_FAT]),
    C("ke-des", KE, "design", "Kerr et al.'s (1978) randomised controlled trial in malnourished infants found that plasma glucose fell to about 40 mg/100 ml during fasting both before and after recovery.",
      KE_5, wrong="randomised controlled trial"),
    # Lack 1979: none x2, number, overreach
    C("la-n1", LA, "none", "Of the 72 head and neck paragangliomas reviewed by Lack et al. (1979), 45 arose from the carotid body, by far the most common site, followed by 13 vagal body tumours.",
      LA_SITES, truth_alt=[LA_72]),
    C("la-n2", LA, "none", "Lack and colleagues (1979) found that four carotid body paragangliomas (9%) were malignant, and all four of these patients died with widespread metastases.",
      LA_MAL),
    C("la-num", LA, "number", "Lack et al. (1979) reported that roughly a third of vagal body paragangliomas recurred locally after attempted surgical resection.",
      LA_REC, wrong="roughly a third"),
    C("la-over", LA, "overreach", "Lack et al.'s (1979) pathologic study showed that necrosis and vascular invasion are present in every malignant paraganglioma, which sets them apart from benign tumours.",
      LA_NEC, wrong="are present in every malignant paraganglioma"),
    # Granmayeh 1978: none, direction, comparator, number
    C("gr-n1", GR, "none", "In Granmayeh et al.'s (1978) angiographic series of 33 abdominal leiomyosarcomas, small bowel tumours were hypervascular whereas gastric and colonic ones were only moderately vascular.",
      GR_SB, truth_alt=[GR_33]),
    C("gr-dir", GR, "direction", "Granmayeh et al. (1978) found that retroperitoneal leiomyosarcomas were typically hypervascular on angiography.",
      GR_RP, wrong="typically hypervascular"),
    C("gr-comp", GR, "comparator", "According to Granmayeh and colleagues (1978), metastases of abdominal leiomyosarcoma usually matched the vascularity of the surrounding normal liver.",
      GR_MET, wrong="the surrounding normal liver"),
    C("gr-num", GR, "number", "Reviewing angiograms from 53 patients with abdominal leiomyosarcoma, Granmayeh et al. (1978) noted that displacement of major vessels, especially the inferior vena cava, was the commonest finding in retroperitoneal tumours.",
      GR_33, wrong="53 patients", truth_alt=[GR_RP]),
    # Peart 1977: none x2, population, direction
    C("pe-n1", PE, "none", "Peart et al. (1977) showed in the isolated perfused rat kidney that both EDTA and EGTA significantly raised renin release.",
      PE_UP, truth_alt=[PE_RAT]),
    C("pe-n2", PE, "none", "In Peart and colleagues' (1977) experiments, EGTA released less renin than EDTA unless magnesium was taken out of the perfusate, and it raised perfusion pressure only slightly.",
      PE_EGTA, truth_alt=[PE_PP]),
    C("pe-pop", PE, "population", "Using isolated perfused dog kidneys, Peart et al. (1977) found that the chelators EDTA and EGTA both stimulated renin secretion.",
      PE_RAT, wrong="dog kidneys"),
    C("pe-dir", PE, "direction", "Peart et al.'s (1977) perfused-kidney study found that propranolol and phenoxybenzamine blocked the vasoconstrictor action of EDTA.",
      PE_PROP, wrong="blocked"),
    # Chanussot 1977: none x2, duration, design
    C("ch-n1", CH, "none", "Chanussot and Debry (1977) found that, after 30 minutes of perfusion, livers from genetically obese fa/fa rats made less phospholipid than livers from normal Wistar rats.",
      CH_PL),
    C("ch-n2", CH, "none", "In Chanussot and Debry's (1977) perfused-liver experiments, livers of obese fa/fa rats released more labelled triglyceride of the 16:0, 18:1, 18:2 type into the perfusate than did lean Wistar rat livers.",
      CH_PERF),
    C("ch-dur", CH, "duration", "After a 3-hour perfusion, livers from obese fa/fa rats synthesised less phospholipid than Wistar rat livers, Chanussot and Debry (1977) reported.",
      CH_PL, wrong="3-hour"),
    C("ch-des", CH, "design", "In live, intact fa/fa and Wistar rats given labelled oleic acid and glycerol, Chanussot and Debry (1977) found that the obese animals' livers synthesised more of several labelled triglycerides.",
      CH_ISO, wrong="In live, intact fa/fa and Wistar rats", truth_alt=[CH_TG]),
    # Nathanson 1979: none, number, design, overreach
    C("na-n1", NA, "none", "Nathanson and Martin (1979) noted that poliovirus vaccination in the US had cut paralytic polio from roughly 10,000 cases a year to about 10.",
      NA_10K),
    C("na-num", NA, "number", "Polio disappeared from the US even though no more than 60% of American children had been reached by vaccination (Nathanson & Martin, 1979).",
      NA_90, wrong="60%"),
    C("na-des", NA, "design", "In their cohort study of US children, Nathanson and Martin (1979) found that poliomyelitis first appears as a disease of preschool children before cases shift to older ages.",
      NA_LIT, wrong="cohort study of US children"),
    C("na-over", NA, "overreach", "Nathanson and Martin's (1979) review proved that herd immunity from oral vaccine is what protected unimmunised American children from polio.",
      NA_90, wrong="proved that herd immunity from oral vaccine is what protected", truth_alt=[NA_HERD]),
    # Siciliano 1979: none, number, direction, population
    C("si-n1", SI, "none", "Siciliano et al. (1979) found that ten of the enzyme loci they typed were informative and gave every breast carcinoma line a unique genetic signature, except MDA-134 and MDA-309, which matched.",
      SI_10),
    C("si-num", SI, "number", "Siciliano et al. (1979) analysed 27 recently established breast carcinoma cell lines of metastatic origin, together with HeLa and MCF-7 cells, by starch gel electrophoresis.",
      SI_17, wrong="27"),
    C("si-dir", SI, "direction", "From these enzyme signatures, Siciliano and colleagues (1979) concluded that the chromosomal marker shared by the MDA breast cancer lines arose through cross-contamination between the lines.",
      SI_CONC, wrong="arose through cross-contamination"),
    C("si-pop", SI, "population", "The MDA breast carcinoma lines studied by Siciliano et al. (1979), all derived from primary tumours, nearly all had unique allozyme signatures at the informative enzyme loci.",
      SI_17, wrong="all derived from primary tumours"),
    # Backer 1979: none x2, comparator, direction
    C("ba-n1", BA, "none", "Backer and Dawidowicz (1979) found that more than 90% of the cholesterol in donor vesicles could be exchanged, with a half-time of 1.5 hours at 37°C.",
      BA_90),
    C("ba-n2", BA, "none", "Because almost all vesicle cholesterol was exchangeable, Backer and Dawidowicz (1979) reasoned that cholesterol must flip-flop across the bilayer at least as fast as it moves between membranes.",
      BA_FF),
    C("ba-comp", BA, "comparator", "Backer and Dawidowicz (1979) obtained similar exchange results when multilamellar vesicles served as the acceptor membrane.",
      BA_RBC, wrong="multilamellar vesicles"),
    C("ba-dir", BA, "direction", "According to Backer and Dawidowicz (1979), transbilayer flip-flop of cholesterol in small unilamellar vesicles is much slower than its exchange between vesicles.",
      BA_FF, wrong="much slower than"),
    # Bynum 1979: none x2, comparator, overreach
    C("by-n1", BY, "none", "Among 100 patients at high risk of thromboembolism, fibrin degradation product and soluble fibrin tests were positive less often, with lower mean values, than in patients with proven pulmonary embolism (Bynum et al., 1979).",
      BY_PE, truth_alt=[BY_100]),
    C("by-n2", BY, "none", "Bynum and colleagues (1979) found higher positivity rates and mean values for these fibrin tests when pulmonary embolism was present than in patients with deep vein thrombosis alone.",
      BY_HI),
    C("by-comp", BY, "comparator", "Bynum et al. (1979) found no significant difference in fibrin degradation products and soluble fibrin complexes between high-risk patients and patients with established pulmonary embolism.",
      BY_DVT, wrong="patients with established pulmonary embolism", truth_alt=[BY_PE]),
    C("by-over", BY, "overreach", "Bynum et al.'s (1979) results show that a positive FDP or soluble fibrin test in a patient with deep vein thrombosis proves that pulmonary embolism has occurred.",
      BY_CONC, wrong="proves"),
    # Rochcongar 1979: none, duration, direction, overreach
    C("ro-n1", RO, "none", "Rochcongar et al. (1979) found that athletes' average H max/M max ratio, 53%, was no different from that of non-athletes.",
      RO_53),
    C("ro-dur", RO, "duration", "Swimmers' H max/M max ratio rose from 55% to 75% after one year of regular training, according to Rochcongar et al. (1979).",
      RO_AN, wrong="one year"),
    C("ro-dir", RO, "direction", "Rochcongar and colleagues (1979) reported that athletes in anaerobic sports had significantly higher Hoffmann reflex ratios than other athletes.",
      RO_AN, wrong="significantly higher"),
    C("ro-over", RO, "overreach", "Rochcongar et al.'s (1979) study demonstrated that the type of training, aerobic or anaerobic, causes the changes seen in the Hoffmann reflex.",
      RO_CONC, wrong="demonstrated that the type of training, aerobic or anaerobic, causes"),
    # Chappel 1978: none, number, comparator, population
    C("cp-n1", CP, "none", "Chappel et al. (1978) found that the serum agglutination test gave 35% apparent false negative and 5% apparent false positive results in bovine brucellosis.",
      CP_SAT),
    C("cp-num", CP, "number", "In Chappel and colleagues' (1978) comparison, the routine Victorian testing system gave 19% apparent false negative and 2% apparent false positive reactions.",
      CP_VIC, wrong="19%"),
    C("cp-comp", CP, "comparator", "Chappel et al. (1978) reported 12% apparent false negatives with the warm complement fixation test, against 35% with the radioimmunoassay.",
      CP_CFT, wrong="with the radioimmunoassay", truth_alt=[CP_SAT, CP_RIA], accept=["comparator", "number"]),
    C("cp-pop", CP, "population", "Testing 1887 sheep sera, Chappel et al. (1978) compared three serological tests for brucellosis against each serum's probable infection status.",
      CP_1887, wrong="sheep sera"),
    # Larsson 1979: none x2, duration, design
    C("lr-n1", LR, "none", "Listeriosis cases in Sweden showed no seasonal pattern (Larsson, 1979).",
      LR_SEAS),
    C("lr-n2", LR, "none", "In Larsson's (1979) Swedish series, newborns with early-onset listeriosis had caught it from their mothers, whereas late-onset cases came from other, often hospital, sources.",
      LR_NEO),
    C("lr-dur", LR, "duration", "Larsson (1979) described the 110 culture-proven cases of listeriosis diagnosed in Sweden over seven years, from 1968 to 1974.",
      LR_110, wrong="seven years, from 1968"),
    C("lr-des", LR, "design", "In a case-control study of listeriosis in Sweden, Larsson (1979) found that 52 of the 64 cases in children and adults presented with meningoencephalitis.",
      LR_110, wrong="case-control study", truth_alt=[LR_52]),
    # Minoli 1978: none, design, overreach, population
    C("mi-n1", MI, "none", "Minoli et al. (1978) reported that after nasoduodenal feeding was introduced in 1975, overall mortality in their unit fell from 18% to 11.4%.",
      MI_MORT),
    C("mi-des", MI, "design", "In a randomised controlled trial of 100 high-risk newborns, Minoli et al. (1978) found that nasoduodenal feeding prevented the usual weight loss of the first week of life.",
      MI_EFF, wrong="randomised controlled trial", truth_alt=[MI_100]),
    C("mi-over", MI, "overreach", "Minoli and colleagues (1978) proved that nasoduodenal feeding was responsible for the fall in mortality among high-risk newborns in their unit.",
      MI_MORT, wrong="proved that nasoduodenal feeding was responsible for", truth_alt=[MI_EFF]),
    C("mi-pop", MI, "population", "Minoli et al. (1978) concluded that nasoduodenal feeding is particularly suitable for newborns weighing more than 2,500 g at birth.",
      MI_CONC, wrong="more than 2,500 g", accept=["population", "number"]),
    # Falliers 1979: none, population, comparator, duration
    C("fa-n1", FA, "none", "At steady state on a sustained-release theophylline capsule, FEV1 improved by an average of 20% at five hours and bronchodilation lasted 10-12 hours (Falliers, 1979).",
      FA_20),
    C("fa-pop", FA, "population", "Falliers (1979) gave a 250 mg sustained-release theophylline capsule every 12 hours to 18 asthmatic children.",
      FA_18, wrong="asthmatic children"),
    C("fa-comp", FA, "comparator", "Falliers (1979) compared serum theophylline levels and lung function on the sustained-release capsule with those after intravenous aminophylline.",
      FA_ELIX, wrong="intravenous aminophylline"),
    C("fa-dur", FA, "duration", "In Falliers' (1979) study of 18 adults with asthma, the sustained-release capsule maintained therapeutic theophylline levels and improved bronchodilation for up to 24 hours.",
      FA_12, wrong="up to 24 hours", accept=["duration", "number"]),
]
Path(__file__).with_name("claims.json").write_text(json.dumps(claims, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
print(len(claims), "claims")
