"""Writes claims.json (set 81). Hand-written claims; truth sentences copied verbatim from the abstracts (pool 14,
positions 819-834 of /work/eval-pool14/order.txt). The C() helper and the field layout are those of set 55's
make_claims.py (its first 30 lines only were read)."""
import json
from pathlib import Path

def C(id, key, kind, claim, truth, wrong=None, truth_alt=None, accept=None):
    d = {"id": id, "key": key, "kind": kind, "claim": claim, "truth": truth}
    if truth_alt: d["truth_alt"] = truth_alt
    if wrong: d["wrong"] = wrong
    if accept: d["accept"] = accept
    return d

SM, TI, NI, FI, WI = "smith1978lowering", "timothy1978radiotherapy", "nilsson1979factor", "fidalgo1977incidence", "wing1978vertex"
ME, HA, KU, PO, VE = "meng1977use", "hallgren1977precipitation", "kuhlencordt1978bone", "popescu1977vulnerability", "verhoef1977opsonic"
SC, LE, AB, SI, ZI = "schade1978modulation", "lee1977evaluation", "abyholm1979intranasal", "singer1979diffuse", "ziv1977comparative"

# Smith 1978
SM_T3 = "Serum T3 decreased to 66% at day 9 and then returned to normal within 2 months."
SM_T4 = "Serum T4 did not change during the entire study."
SM_COR = "A significant correlation between the lowest serum T3/T4 ratio and infarct size was observed."
# Timothy 1978
TI_87 = "Eighty-seven untreated patients with localised Hodgkin's disease seen from 1969 to 1975 were treated by megavoltage radiotherapy."
TI_DFS = "The projected five-year disease-free survival figures for patients staged surgically were 100% for the 17 with stage IA disease, 70% for the 19 with stage IIA disease, and 73% for the 15 with stage IIIA disease."
TI_BETTER = "These results were consistently better than those obtained in clinically staged patients."
TI_CAUT = "As irradiation seems to produce excellent disease-free survival in most patients who are staged accurately at diagnosis, caution should be exercised in the routine use of adjuvant chemotherapy until the full risks of such treatment are clear."
TI_CMT = "Combined modality therapy may be appropriate for patients with unfavourable features at presentation."
# Nilsson 1979
NI_DOSE = "Human fraction I-0 (AHF-Kabi) was prepared from plasma from blood donors who had received an i.v. injection of DDAVP (0.2 microgram per kg b.w.) and tranexamic acid (0.01 g per kg b.w.) 15 min before collection of the blood."
NI_TWICE = "The factor VIII preparation from such plasma contained twice as much VIII:C,VIIIR:Ag, and VIIIR:RFC as normal fraction I-0."
NI_PTS = "Normal fraction I-0 and DDAVP fraction I-0 were given to 2 patients with severe haemophilia A."
NI_SURV = "No differences in survival time were seen."
# Fidalgo 1977
FI_84 = "Eighty four cases of meningococcal infections are reviewed."
FI_57 = "Fifty seven cases presented themselfs as meningococcal meningitis, twelve cases as sepsis with moderate hypotension and 15 cases were sepsis with septic shock."
FI_ISO = "N. meningitis was isolated in 73% of the cases."
FI_MORT = "The overall mortality was 10.70% and 60% of the patients which initially presented with shock and intravascular coagulation died."
# Wing 1978
WI_VOL = "Omission of a vertex scan pair results in failure to visualize 10%-15% of the brain volume."
WI_2000 = "We have reviewed the results of 2,000 consecutive CT studies to determine the number and variety of pathologic entities that would have been missed had a vertex scan not been obtained."
WI_3 = "The most significant or sole abnormality was present on the vertex scan alone in 3% of the cases."
# Meng 1977
ME_36 = "Thirty-six preterm, sick, low-birth-weight neonates were given either total or partial parenteral nutrition."
ME_DUR = "The period of parenteral nutrition lasted from 5 to 49 days, with an average of 13.2 days."
ME_HYP = "Hyperglycemia of a slight to moderate degree was observed in nine patients; only three required insulin therapy."
ME_SAFE = "The conclusion was reached that total parenteral nutrition or partial parenteral nutrition, when properly managed, is a safe procedure in small, premature infants."
# Hallgren 1977
HA_METH = "A study of the nature of these factors resulted in the development of two new methods for the detection and assay of anti-IgG-immunoglobulins (rheumatoid factors) in serum."
HA_67 = "67 sera from patients with rheumatoid arthritis were tested with this method and rheumatoid factors were detected in all seropositive (as assayed with conventional rheumatoid factor tests) sera and in 58% of the seronegative sera."
# Kuhlencordt 1978
KU_40 = "40 out of 98 patients on chronic haemodialysis show an obviously lowered bone mineral content of the radius (mean -20.4%), 51 patients attain values in the normal range (mean -1%) and 7 subjects slightly increased values (mean +10.9%)."
KU_LOSS = "A bone mineral loss of 2.5% could be found after long-term observations of this parameter between 6 to 30 months (mean observation period: 15 months)."
KU_PROG = "In general a progressive loss of the bone mineral content may be noticed with an increased duration of haemodialysis."
KU_AGE = "This tendency is more distinct after the 40th year of life because of the simultaneous age-depending physiological decrease of bone mass."
# Popescu 1977
PO_DMBA = "The treatment of rat embryo secondary cultures with DMBA or DMBA-3H for 5, 9, or 24 h resulted in chromosome damage consisting mainly of chromatid type aberrations."
PO_NO2 = "In terms of incidence of chromatid lesions, the largest telocentric chromosome (No. 2) was the most susceptible of the autosomes."
PO_BAND = "Banding pattern analysis demonstrated that the region associated with negative band 2q24 of the No. 2 chromosome had the highest number of lesions."
PO_SCE = "After DMBA and BrdUrd, there was an increase in the number of sister chromatid exchanges compared to controls treated with BrdUrd only; the location of the exchange points on chromosome No. 2 was similar in samples treated with either DMBA and BrdUrd or BrdUrd alone."
# Verhoef 1977
VE_N = "In this study the opsonic requirements of three strains of S. aureus and three strains of S. epidermidis were investigated by incubating [3H]thymidine-labelled bacteria in sera with different opsonic activities and measuring rates of phagocytosis by human neutrophils."
VE_COWAN = "Opsonization of S. aureus Cowan I and 502 A depended primarily on activation of the classical complement pathway."
VE_IG = "Effective opsonization occurred in the absence of immunoglobulin but not in the absence of complement."
VE_HET = "Thus, a heterogeneity of opsonic requirements was found among staphylococcal strains."
VE_PA = "It is proposed that cell wall protein A may be an important determinant of this heterogeneity."
VE_WOOD = "S. aureus Wood 46 and two strains of S. epidermidis were opsonized primarily through the alternative complement pathway and depended on the presence of serum IgG."
# Schade 1978
SC_AIM = "This study explored the relationship between metyrapone blockade of endogenous cortisol secretion and the plasma concentration of basal ketone bodies in insulin-dependent diabetic man."
SC_50 = "The suppression of endogenous cortisol secretion with metyrapone results in a 50% reduction in basal plasma ketone body concentration."
SC_30 = "When endogenous cortisol secretion was simulated with the oral administration of 30 mg cortisol, plasma ketone body concentration returned to that concentration observed in the control study."
SC_60 = "When 60 mg cortisol were administered in divided dosages to the diabetic subjects, hyperketonemia resulted."
SC_MECH = "The mechanism of this modulation may be a direct effect of cortisol or may be secondary to cortisol's lipolytic activity and/or its effects on elevating plasma glucagon concentration."
# Lee 1977
LE_EVAL = "The rapid hippurate hydrolysis test was evaluated with the conventional test, using 17 group A streptococci, 9 non-enterococcal group D streptococci, 108 enterococcal group D streptococci, and 2 strains of Listeria monocytogenes."
LE_SENS = "The rapid hippurate hydrolysis method was more sensitive with the enterococci; 95.4% were positive with the rapid method, and 9.3% were positive with the conventional method."
LE_TLC = "TLC results were in total agreement with the rapid hippurate hydrolysis test for the enterococcal group D isolates, thus verifying the accuracy of this more sensitive test."
# Abyholm 1979
AB_6H = "Intranasal administration of DDAVP (1-deamino-8-D-arginine vasopressin), a synthetic analogue of vasopressin, followed by measurement of urine osmolaity 6 h afterwards, represents a convenient, reliable and simple method for the estimation of renal concentrating capacity in children."
AB_ACC = "The DDAVP-test is as accurate and reproducible as the water deprivation test, irrespective of the degree of concentrating capacity."
AB_BIL = "The values were significantly lower with bilateral changes than with unilateral changes of chronic pyelonephritis in the i.v. urograms."
AB_DEC = "In children with recurrent pyelonephritis, urine osmolality after DDAVP was decreased."
# Singer 1979
SI_80 = "Over a two year period, we studied prospectively 80 cases of diffuse pneumonia at Memorial Sloan-Kettering Cancer Center."
SI_BX = "Of 44 cases in which open lung biopsy was performed, a specific cause was found in 61.4 per cent: Pneumocystis carinii in 38.6 per cent, other infections in 9.1 per cent and tumor involvement in 13.7 per cent."
SI_OBS = "The cause of some cases remained obscure, even after lung biopsy."
SI_PCP = "Pneumocystosis was the most frequent diagnosis in this study."
SI_SERO = "Although diagnostic in some cases, extensive serologic testing proved relatively unfruitful."
SI_LEG = "One patient in the entire group had a significant antibody titer for Legionnaire's disease."
# Ziv 1977
ZI_MIC = "The minimal inhibitory concentration of amikacin was two- to fourfold lower than the minimal inhibitory concentration of kanamycin for the Salmonella group B, Ps aeruginosa and P multocida strains examined, whereas the E coli and Salmonella group D strains were eqaully susceptible to the 2 antibiotics."
ZI_VITRO = "The in vitro susceptibility of Escherichia coli, Salmonella sp, Pasteurella multocida, and Pseudomonas aeruginosa strains isolated from young calves and their environment to kanamycin and its semisynthetic derivative--amikacin, was compared by the tube dilution method."
ZI_SER = "The concentrations of amikacin and kanamycin in the serum of calves after single intramuscular injections at 10, 25, and 50 mg/kg were determined, and differences between the 2 antibiotics were not observed."

claims = [
    # Smith 1978: none, number, duration, direction
    C("smith-n1", SM, "none", "Smith et al. (1978) reported that after a myocardial infarction serum T3 fell while T4 stayed flat, and that the lowest T3/T4 ratio tracked the size of the infarct.", SM_COR, truth_alt=[SM_T4]),
    C("smith-num", SM, "number", "In serial blood samples after myocardial infarction, serum T3 dropped to about 46% of its first value by day 9 (Smith et al., 1978).", SM_T3, wrong="46%"),
    C("smith-dur", SM, "duration", "Smith and colleagues (1978) found that the fall in serum T3 after a heart attack was short-lived, with levels back to normal within two weeks.", SM_T3, wrong="within two weeks", accept=["duration", "number"]),
    C("smith-dir", SM, "direction", "Smith et al.'s (1978) patients with myocardial infarction showed a steady decline in serum thyroxine over the weeks after the event.", SM_T4, wrong="a steady decline in serum thyroxine"),
    # Timothy 1978: none, comparator, overreach, design
    C("timothy-n1", TI, "none", "Among patients with localised Hodgkin's disease given megavoltage radiotherapy, those staged by laparotomy and splenectomy had projected five-year disease-free survival of 100% for stage IA and about 70% for stages IIA and IIIA (Timothy et al., 1978).", TI_DFS),
    C("timothy-comp", TI, "comparator", "Timothy et al. (1978) reported that surgically staged patients treated with radiotherapy did consistently better than patients given combined chemotherapy and radiotherapy.", TI_BETTER, wrong="patients given combined chemotherapy and radiotherapy"),
    C("timothy-over", TI, "overreach", "Timothy and colleagues' (1978) radiotherapy results showed that adjuvant chemotherapy is never needed in localised Hodgkin's disease.", TI_CMT, truth_alt=[TI_CAUT], wrong="adjuvant chemotherapy is never needed"),
    C("timothy-des", TI, "design", "In a randomised trial of 87 patients with localised Hodgkin's disease, Timothy et al. (1978) tested megavoltage radiotherapy as the primary treatment.", TI_87, wrong="In a randomised trial"),
    # Nilsson 1979: none, number, population, direction
    C("nilsson-n1", NI, "none", "Nilsson et al. (1979) showed that plasma from donors pre-treated with DDAVP yields a factor VIII concentrate with roughly double the usual factor VIII content.", NI_TWICE),
    C("nilsson-num", NI, "number", "In Nilsson et al.'s (1979) method, blood donors received an intravenous injection of DDAVP at 2 micrograms per kg, together with tranexamic acid, 15 minutes before donation.", NI_DOSE, wrong="2 micrograms per kg"),
    C("nilsson-pop", NI, "population", "The DDAVP-derived factor VIII fraction was tested against standard fraction I-0 in two patients with severe haemophilia B (Nilsson et al., 1979).", NI_PTS, wrong="haemophilia B"),
    C("nilsson-dir", NI, "direction", "Nilsson and colleagues (1979) found that factor VIII from the DDAVP concentrate survived longer in the circulation of haemophilic patients than factor VIII from normal concentrate.", NI_SURV, wrong="survived longer in the circulation"),
    # Fidalgo 1977: none x2, number, design
    C("fidalgo-n1", FI, "none", "Fidalgo et al. (1977) reviewed 84 cases of meningococcal infection, of which 57 presented as meningitis and the rest as sepsis with or without septic shock.", FI_57, truth_alt=[FI_84]),
    C("fidalgo-n2", FI, "none", "In Fidalgo and colleagues' (1977) series of meningococcal infections, overall mortality was close to 11%, but 60% of those presenting with shock and intravascular coagulation died.", FI_MORT),
    C("fidalgo-num", FI, "number", "Fidalgo et al. (1977) isolated Neisseria meningitidis in only 37% of their cases of meningococcal infection.", FI_ISO, wrong="37%"),
    C("fidalgo-des", FI, "design", "In a prospective study, Fidalgo et al. (1977) followed 84 patients with meningococcal infection to describe its clinical forms and complications.", FI_84, wrong="In a prospective study"),
    # Wing 1978: none, number, design, overreach
    C("wing-n1", WI, "none", "Wing et al. (1978) went back over 2,000 consecutive cranial CT examinations and found that in 3% the main or only abnormality was visible solely on the vertex scan.", WI_3, truth_alt=[WI_2000]),
    C("wing-num", WI, "number", "According to Wing et al. (1978), leaving out the vertex scan pair means that 30-35% of the brain volume is never imaged.", WI_VOL, wrong="30-35%"),
    C("wing-des", WI, "design", "Wing and colleagues (1978) ran a prospective randomised comparison of CT protocols with and without a vertex scan to see which lesions would be missed.", WI_2000, wrong="prospective randomised comparison of CT protocols"),
    C("wing-over", WI, "overreach", "Wing et al. (1978) proved that omitting the vertex scan makes cranial CT unreliable for diagnosis.", WI_3, wrong="makes cranial CT unreliable for diagnosis"),
    # Meng 1977: none x2, duration, population
    C("meng-n1", ME, "none", "Meng et al. (1977) gave total or partial parenteral nutrition based on crystalline amino acids to 36 sick preterm low-birth-weight neonates and concluded that, properly managed, it is safe in small premature infants.", ME_SAFE, truth_alt=[ME_36]),
    C("meng-n2", ME, "none", "Hyperglycaemia, mostly slight to moderate, occurred in nine of the infants on parenteral nutrition, and only three needed insulin (Meng et al., 1977).", ME_HYP),
    C("meng-dur", ME, "duration", "In Meng et al.'s (1977) study, low-birth-weight infants stayed on parenteral nutrition for an average of about 13 weeks.", ME_DUR, wrong="about 13 weeks", accept=["duration", "number"]),
    C("meng-pop", ME, "population", "Meng and colleagues (1977) studied crystalline amino acid infusions in 36 sick, full-term low-birth-weight babies.", ME_36, wrong="full-term"),
    # Hallgren 1977: none x2, population, overreach
    C("hallgren-n1", HA, "none", "Hällgren and Wide (1977) developed two new assays for anti-IgG immunoglobulins (rheumatoid factors) based on the precipitation of labelled heat-aggregated IgG by serum factors.", HA_METH),
    C("hallgren-n2", HA, "none", "Applied to 67 sera from rheumatoid arthritis patients, Hällgren and Wide's (1977) assay found rheumatoid factors in every conventionally seropositive serum and in 58% of seronegative sera.", HA_67),
    C("hallgren-pop", HA, "population", "Hällgren and Wide (1977) tested their new rheumatoid factor assay on 67 sera from patients with systemic lupus erythematosus.", HA_67, wrong="systemic lupus erythematosus"),
    C("hallgren-over", HA, "overreach", "Hällgren and Wide (1977) showed that rheumatoid factors are present in all patients with seronegative rheumatoid arthritis once a sensitive enough assay is used.", HA_67, wrong="present in all patients with seronegative rheumatoid arthritis"),
    # Kuhlencordt 1978: none, duration, direction, population
    C("kuhlencordt-n1", KU, "none", "Kuhlencordt and Ringe (1978) found clearly reduced radial bone mineral content, on average about 20% below normal, in 40 of 98 patients on chronic haemodialysis.", KU_40),
    C("kuhlencordt-dur", KU, "duration", "Over a mean observation period of 15 years, patients on chronic haemodialysis lost about 2.5% of their bone mineral (Kuhlencordt & Ringe, 1978).", KU_LOSS, wrong="15 years", accept=["duration", "number"]),
    C("kuhlencordt-dir", KU, "direction", "Kuhlencordt and Ringe's (1978) measurements suggested that bone mineral content tended to recover the longer patients remained on haemodialysis.", KU_PROG, wrong="tended to recover"),
    C("kuhlencordt-pop", KU, "population", "According to Kuhlencordt and Ringe (1978), bone loss on haemodialysis was most marked in patients under 40.", KU_AGE, wrong="under 40"),
    # Popescu 1977: none, population, comparator, duration
    C("popescu-n1", PO, "none", "Popescu and DiPaolo (1977) found that DMBA-induced chromatid lesions in rat embryo cells clustered on chromosome No. 2, especially around band 2q24.", PO_BAND, truth_alt=[PO_NO2]),
    C("popescu-pop", PO, "population", "Popescu and DiPaolo (1977) treated cultured human embryo cells with the carcinogen DMBA and observed mainly chromatid-type aberrations.", PO_DMBA, wrong="human embryo cells"),
    C("popescu-comp", PO, "comparator", "In Popescu and DiPaolo's (1977) experiments, cultures given DMBA plus BrdUrd had more sister chromatid exchanges than cultures given DMBA alone.", PO_SCE, wrong="cultures given DMBA alone"),
    C("popescu-dur", PO, "duration", "Exposing rat embryo cultures to DMBA for 5, 9 or 24 days caused chromosome damage that was mostly of the chromatid type (Popescu & DiPaolo, 1977).", PO_DMBA, wrong="5, 9 or 24 days", accept=["duration", "number"]),
    # Verhoef 1977: none x2, direction, number
    C("verhoef-n1", VE, "none", "Verhoef et al. (1977) found that opsonisation of S. aureus Cowan I and 502 A for uptake by human neutrophils relied mainly on the classical complement pathway.", VE_COWAN),
    C("verhoef-n2", VE, "none", "Staphylococcal strains differ in what they need to be opsonised, and Verhoef and colleagues (1977) suggested that cell-wall protein A may be a key reason.", VE_PA, truth_alt=[VE_HET]),
    C("verhoef-dir", VE, "direction", "In Verhoef et al.'s (1977) experiments, S. aureus Cowan I and 502 A were not opsonised without immunoglobulin but were opsonised normally without complement.", VE_IG, wrong="were not opsonised without immunoglobulin but were opsonised normally without complement"),
    C("verhoef-num", VE, "number", "Verhoef et al. (1977) compared the opsonic requirements of five strains each of S. aureus and S. epidermidis.", VE_N, wrong="five strains each"),
    # Schade 1978: none x2, population, overreach
    C("schade-n1", SC, "none", "Schade et al. (1978) showed that suppressing cortisol secretion with metyrapone halved basal plasma ketone body levels in insulin-dependent diabetic subjects.", SC_50, truth_alt=[SC_AIM]),
    C("schade-n2", SC, "none", "In Schade and colleagues' (1978) study, 30 mg of oral cortisol brought ketone levels back to control values after metyrapone, while 60 mg produced hyperketonaemia.", SC_60, truth_alt=[SC_30]),
    C("schade-pop", SC, "population", "Schade et al. (1978) studied how metyrapone blockade of cortisol affects basal ketone bodies in non-insulin-dependent diabetic patients.", SC_AIM, wrong="non-insulin-dependent"),
    C("schade-over", SC, "overreach", "Schade et al. (1978) proved that cortisol raises ketone body levels through a direct action rather than through lipolysis or glucagon.", SC_MECH, wrong="proved that cortisol raises ketone body levels through a direct action"),
    # Lee 1977: none x2, comparator, number
    C("lee-n1", LE, "none", "Lee and Ederer (1977) found the rapid hippurate hydrolysis test much more sensitive than the conventional test for enterococcal group D streptococci (95.4% vs 9.3% positive).", LE_SENS),
    C("lee-n2", LE, "none", "Thin-layer chromatography for glycine agreed fully with the rapid hippurate test for the enterococcal isolates, supporting its accuracy (Lee & Ederer, 1977).", LE_TLC),
    C("lee-comp", LE, "comparator", "Lee and Ederer (1977) evaluated the rapid hippurate hydrolysis test against the bile-esculin test in 136 strains of streptococci and Listeria.", LE_EVAL, wrong="the bile-esculin test"),
    C("lee-num", LE, "number", "In Lee and Ederer's (1977) evaluation, 95.4% of enterococci were positive with the rapid hippurate method compared with 39.3% with the conventional method.", LE_SENS, wrong="39.3%"),
    # Abyholm 1979: none, comparator, direction, duration
    C("abyholm-n1", AB, "none", "Abyholm and Monn (1979) found that an intranasal DDAVP test was as accurate and reproducible as water deprivation for assessing renal concentrating capacity in children.", AB_ACC),
    C("abyholm-comp", AB, "comparator", "According to Abyholm and Monn (1979), the intranasal DDAVP test was as accurate and reproducible as the intramuscular vasopressin test in children.", AB_ACC, wrong="the intramuscular vasopressin test"),
    C("abyholm-dir", AB, "direction", "In children with chronic pyelonephritis, Abyholm and Monn (1979) found urine osmolality after DDAVP to be lower with unilateral than with bilateral renal changes.", AB_BIL, wrong="lower with unilateral than with bilateral renal changes"),
    C("abyholm-dur", AB, "duration", "Abyholm and Monn's (1979) test measures urine osmolality 24 hours after a dose of intranasal DDAVP.", AB_6H, wrong="24 hours"),
    # Singer 1979: none x2, design, overreach
    C("singer-n1", SI, "none", "Singer et al. (1979) prospectively studied 80 cases of diffuse pneumonia in immunosuppressed patients over two years and found Pneumocystis carinii to be the most frequent diagnosis.", SI_PCP, truth_alt=[SI_80]),
    C("singer-n2", SI, "none", "In the series by Singer and colleagues (1979), extensive serological testing was of little help, and only one patient had a significant antibody titre to the Legionnaires' disease agent.", SI_SERO, truth_alt=[SI_LEG]),
    C("singer-des", SI, "design", "Singer et al. (1979) retrospectively reviewed 80 cases of diffuse pulmonary infiltrates in immunosuppressed patients.", SI_80, wrong="retrospectively reviewed"),
    C("singer-over", SI, "overreach", "Singer et al.'s (1979) work showed that open lung biopsy establishes the cause of diffuse infiltrates in every immunosuppressed patient.", SI_OBS, truth_alt=[SI_BX], wrong="establishes the cause of diffuse infiltrates in every immunosuppressed patient"),
    # Ziv 1977: none, comparator, direction, design
    C("ziv-n1", ZI, "none", "Ziv (1977) found that amikacin's minimal inhibitory concentrations were two- to fourfold lower than kanamycin's for Salmonella group B, Pseudomonas aeruginosa and Pasteurella multocida strains from calves.", ZI_MIC),
    C("ziv-comp", ZI, "comparator", "Ziv (1977) compared the in vitro activity of amikacin with that of gentamicin against bacteria isolated from young calves.", ZI_VITRO, wrong="gentamicin"),
    C("ziv-dir", ZI, "direction", "In Ziv's (1977) tests, E. coli strains from calves were markedly more susceptible to amikacin than to kanamycin.", ZI_MIC, wrong="markedly more susceptible to amikacin than to kanamycin"),
    C("ziv-des", ZI, "design", "In a randomised treatment trial in dairy calves, Ziv (1977) found no difference in serum levels between amikacin and kanamycin after intramuscular doses of 10 to 50 mg/kg.", ZI_SER, wrong="In a randomised treatment trial"),
]
Path(__file__).resolve().parent.joinpath("claims.json").write_text(json.dumps(claims, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
print(len(claims))
