"""Writes claims.json (set 105, round twenty-nine). Hand-written claims; truth sentences copied verbatim from the main
abstracts (Article/Abstract/AbstractText) of pool 14's records (positions 925-941). The C() helper and the field
layout are those of set 102's make_claims.py (only its first 30 lines were read)."""
import json
from pathlib import Path

def C(id, key, kind, claim, truth, wrong=None, truth_alt=None, accept=None):
    d = {"id": id, "key": key, "kind": kind, "claim": claim, "truth": truth}
    if truth_alt: d["truth_alt"] = truth_alt
    if wrong: d["wrong"] = wrong
    if accept: d["accept"] = accept
    return d

TR, MA, BL, VE, PO = "trepo1977correlations", "manzke1977urinary", "blanc1978complete", "vegers1979squamous", "ponari1977inherited"
AA, WE, LA, GI, HA = "aamodt1979zinc", "welander1978postoperative", "labedzki1977studies", "gilles1977phonomechanographic", "hanson1979secretory"
SC, ME, TD, KO, PI = "schaffalitzkydemucka1979physiological", "meeker1978use", "tredger1977circadian", "kojic1977possible", "pillsbury1979clinical"

# --- truth sentences (verbatim from the main abstracts) ---
TR_HD = "Sera from haemodialysis and chronic hepatitis patients showed a high prevalence of e antigenaemia (9/13, 69-2% and 8/19, 42-1%) and Dane particles (11 and 16 respectively, 84%)."
TR_36 = "By contrast, out of 36 chronic asymptomatic carriers of HBsAg, 28 (77-7%) were positive for e antibody but only 1 (2-7%) had eAg."
TR_CORR = "A statistically significant correlation was observed between the detection of eAg and the presence of Dane particles (94-4%) in the serum."
TR_END = "The data suggest that eAg may be linked to complete HB virions."

MA_105 = "The concentration of hypoxanthine, xanthine and uric acid in the first 24-h urine of 105 newborn infants was measured densitometrically by thin-layer chromatography."
MA_45 = "45 of them had moderate or severe perinatal complications."
MA_26 = "Among these newborns, 26 infants with perinatal complications (58%) and 4 infants without perinatal complications (7%) had an elevated urinary excretion rate of hypoxanthine."
MA_XAN = "Urinary xanthine was not increased, uric acid was slightly higher in the group of infants with perinatal complication."

BL_97 = "Myocardial infarction (MI), (and especially anteriorly situated necrosis) was complicated by complete branch block (CBB) in 9.7% of cases (45 patients out of 462)."
BL_CMP = "A comparison of the short- and long-term outcome in two groups of patients (group A: 45 cases of MI complicated by CBB; group B: 45 cases of MI with no atrio-ventricular or intra-ventricular conduction defects) showed that there was a much bigger immediate mortality in group A, which was not changed by temporary cardiac pacemaking, and depended on the extent of myocardial destruction."
BL_SD = "However, the incidence of sudden death was equal in the two groups (group A 15%, group B 13%), and there was no obvious explanation in the absence of electrocardiographic tracings."
BL_END = "Therefore this study lends no support to the argument which favours prophylactic implantation of a cardiac pacemaker during the course of MI complicated by CBB."

VE_85 = "Of 85 cases of squamous cell carcinoma of the buccal mucosa, 61 were treated primarily and 24 secondarily."
VE_5Y = "The absolute five-year cure rate was 45% for the whole group, and 54% for the primarily and 40% for the secondarily treated patients."
VE_SUP = "For each individual T and N category, the results of surgery were superior over those of radiotherapy."
VE_2ND = "There was a 14% incidence of second primary cancers; these were mainly located in the oral cavity."

PO_6 = "Six of eight examined members belonging to two generations of the same (NEG-TUR) family were shown to have functional changes in platelets and/or a moderate decrease of factor VIII activity (FVIII:C) in plasma, with normal values of factor VIII-related antigen (VIII R:AG)."
PO_PF3 = "Platelet defects (mainly a reduced PF3 availability, present in five patients) and factor VIII decrease were combined differently in individual members."
PO_RIS = "Bleeding time, platelet function tests (in the other members), and routine coagulation tests were within normal range; ristocetin aggregation was also normal in all members."
PO_END = "We think that two inherited defects, a mild haemophilia A and a \"sui generis\" thrombocytopathy, co-exist in this family."

AA_17 = "Seventeen patients were studied after separate oral and intravenous administration of 50 muCi Zn-69m to determine if Zn-69m is suitable for studying zinc metabolism in humans and to determine if the route of administration affects kinetics."
AA_TH = "Thigh area doubling time was 5.7 days whether the zinc was given orally or intravenously."
AA_PL = "Plasma activity decreased to less than 2% of that injected by 24 hr after intravenous administration and decreased from a maximum of 1.2% of that ingested, 3 hr after oral administration to 0.7% by 24 hr."
AA_RBC = "Red blood cell activity increased through the 5-day study period to maximum values of 6.4% of that injected after intravenous administration and 2.4% of that ingested after oral administration."
AA_END = "Similar metabolic patterns were observed regardless of whether Zn-69m was administered intravenously or orally, suggesting that these patterns were not affected by the mode of administration for the cases studied."

WE_RCT = "Two groups of patients with stage III ovarian carcinoma were selected for a randomized clinical trial."
WE_AIM = "The aim of the trial was to compare the results of maximum external megavoltage irradiation, 5 000 rads, to a large abdominal field, with the results of a reduced dose, 3 000 rads, immediately followed by chemotherapy with an alkylating agent (Thio-tepa)."
WE_NS = "In none of the groups, did maximum radiotherapy prove superior to the schedule of a reduced dose combined with chemotherapy."
WE_TOL = "The less costly and time saving combined treatment was better tolerated than irradiation alone."

LA_RED = "Reduced rates were found in lymphocytie leukaemia, malignant lymphoma with bone marrow involvement, and myelophthisic conditions."
LA_50 = "A rise in urinary lysozyme occurred when the serum level exceeded 50 microgram/ml."
LA_SMEAR = "Using the bacteriolytic method in blood smears, no enzyme activity was demonstrated in cells of acute or chronic lymphocytic leukaemia, in monocytic leukaemia however, almost all cells show strong reaction."
LA_END = "Thus the bacteriolytic demonstration of lysozyme in blood smears may additionally contribute to distinction of different types of blastic leukaemias, and serum lysozyme also may allow more reliable insight into granulocytic and monocytic myelopoiesis than morphologic studies of blood or bone marrow smears can do, e.g. in agranulocytosis and pancytopenia."

GI_PURE = "The greatest precision in this field is obtained with the cases of pure pulmonary stenosis."
GI_54 = "The findings on phonomechanographic investigation of 54 cases with pulmonary stenosis have been compared with the results of the haemodynamic tests (catheterisation and angiography) as well as with the anatomical findings after a surgical cure had been effected in a certain number of cases."
GI_5 = "This study has allowed us to pick out five phonomechanographic criteria of severity of pulmonary stenosis: an increased reduplication of the second sound, lenghening of the interval between the Q wave of the electrocardiogram and the maximum portion of the systolic murmur, an increase in Furuta's ratio and also in the amplitude of the jugular venous a-wave as a function of the total height t (the a/t ratio), but most especially the \"corrected\" Furuta ratio as a function of the length of the ejection phase of the right ventricle, as this has been shown to possess the best correlation with the right ventricular systolic pressures."

HA_NK = "It is still not known when the secretory IgA response, important for defence of the mucous membranes, becomes fully competent in the human infant."
HA_025 = "The infant is, however, provided with 0.25--0.5 g of secretory IgA/day via the maternal milk."
HA_VIR = "Many of the antibodies are directed against important virulence factors such as bacterial pili, enterotoxins, capsular polysaccharides and endotoxic lipopolysaccharides."
HA_PASS = "The passive transfer of antibodies through the milk may explain why breast-fed infants are resistant to enteric infections in particular."

SC_16 = "The pancreatic response to physiological concentrations of secretin obtained after minute boluses of exogenous secretin was studied in 16 normal volunteers."
SC_5 = "Output of bicarbonate into the duodenum was measured by duodenal aspiration in 5 subjects and by endoscopic cannulation of the pancreatic duct in 11 subjects."
SC_ALL = "All three doses of secretin increased plasma secretin concentration, duodenal bicarbonate concentration, and duodenal bicarbonate output significantly."
SC_TECH = "The bicarbonate output measured by the two techniques did not differ significantly."
SC_INC = "The increments in median plasma secretin concentration were 1.6, 3.0, and 6.4 pmol x 1(-1) after secretin, 125, 250 and 500 fmol x kg-1, and the corresponding 15-min bicarbonate output 283, 442, and 1435 micromol, respectively."

ME_437 = "Charts of 437 patients having plasma carcinoembryonic antigen determinations during the period January 1, 1976 through April 30, 1976 were reviewed to determine whether CEA results led to clinical decisions altering management patterns."
ME_270 = "In 270 patients with neoplastic disease, CEA results led to changes in management in one patient with lung cancer and two patients with colon cancer, which may have altered prognosis."
ME_COST = "Cost benefit analysis indicated a CEA test cost of $5,047.50 per patient benefitted in 299 patients eligible for analysis."
ME_END = "We conclude that maximal benefit to the patient results from serial CEA test use in follow-up of colon cancer patients after curative therapy."

TD_MEAS = "The circadian variations in drug-metabolizing enzyme activities have been measured in microsomal fractions from the livers, lungs, and intestines of rabbits and in the livers and intestines of rats."
TD_2PK = "Circadian rhythms in enzyme activities in the rat intestine show 2 peaks in activity (around 0500 and 1900 h) with two intermediate troughs around 1200 and 2400 h."
TD_RAB = "Rabbit hepatic, pulmonary, and intestinal microsomal drug-metabolizing enzyme activities also show a biphasic profile during a 24 h period."
TD_LESS = "This profile is less distinct in liver than in intestine, and less distinct in intestine than in lung."
TD_END = "Consequently, rat and rabbit hepatic drug metabolizing enzyme activities show a considerable species difference with respect to their circadian profiles in activity."

KO_GRP = "In a group of male addictive alcoholics, some palmar and fingerprint characteristics were determined, as well as the ABO, MN, Ss, Kell, Duffy, Lewis, and P blood groups, Rh and Hp phenotypes, HLA and Au antigens, immunoglobulins, blood sugar, cholesterol, SGOT, SGPT, and karyotypes."
KO_CMP = "In comparison with the normal population the alcoholics show increased occurrence of whorls and arches on the fingers, decrease in the total ridge count, sharpening of the atd angle, and separation of the lower from the upper transverse line."
KO_END = "These findings may be expected to lead soon to detection of the predisposition to the development of alcohol addiction caused by some genetic malformations."

PI_114 = "One hundred fourteen serially sectioned, nonirradiated, laryngeal specimens that were removed for cancer have been examined to determine the accuracy of preoperative staging."
PI_PCT = "Our findings indicate inaccurate staging for 37% of glottic tumors, 38% of supraglottic tumors, 50% of transglottic tumors, and 13% of subglottic lesions."
PI_89 = "In 89% of the cases that were staged inaccurately, the error was one of underestimation."

DN = ["duration", "number"]
claims = [
    # Trepo 1977: none / number / population / overreach
    C("tr-none", TR, "none", "Trepo et al. (1977) reported a statistically significant association between the detection of e antigen in the serum of HBsAg carriers and the presence of Dane particles.", TR_CORR),
    C("tr-num", TR, "number", "Of the 36 chronic asymptomatic HBsAg carriers examined by Trepo, Bird and Zuckerman (1977), 18 were positive for antibody to e antigen, whereas only one carried e antigen itself.", TR_36,
      wrong="18 were positive for antibody to e antigen", accept=["number"]),
    C("tr-pop", TR, "population", "Trepo and colleagues (1977) observed a high prevalence of e antigenaemia and of Dane particles in sera from HBsAg-positive pregnant women and their newborns.", TR_HD,
      wrong="HBsAg-positive pregnant women and their newborns", accept=["population"]),
    C("tr-over", TR, "overreach", "Trepo et al.'s (1977) electron-microscopy data established that e antigen is a structural component of the complete hepatitis B virion.", TR_END,
      wrong="established that e antigen is a structural component of the complete hepatitis B virion", accept=["overreach"]),
    # Manzke 1977: none / duration / direction / number
    C("ma-none", MA, "none", "Manzke et al. (1977) found a raised urinary hypoxanthine excretion in 58% of newborns with perinatal complications but in only 7% of those without such complications.", MA_26),
    C("ma-dur", MA, "duration", "Manzke and colleagues (1977) measured hypoxanthine, xanthine and uric acid by thin-layer chromatography in urine collected over the first week of life from 105 newborn infants.", MA_105,
      wrong="over the first week of life", accept=DN),
    C("ma-dir", MA, "direction", "In Manzke et al.'s (1977) newborns with perinatal complications, urinary xanthine excretion was markedly increased along with hypoxanthine.", MA_XAN,
      wrong="urinary xanthine excretion was markedly increased", accept=["direction"]),
    C("ma-num", MA, "number", "Of the 105 newborn infants studied, 75 had moderate or severe perinatal complications (Manzke, Dörner & Grünitz, 1977).", MA_45,
      wrong="75 had moderate or severe perinatal complications", truth_alt=[MA_105], accept=["number"]),
    # Blanc 1978: none / comparator / direction / design
    C("bl-none", BL, "none", "Blanc et al. (1978) reported that complete bundle-branch block complicated 45 of 462 myocardial infarctions (9.7%), anterior infarctions in particular.", BL_97),
    C("bl-comp", BL, "comparator", "Blanc and colleagues (1978) compared 45 infarct patients with complete bundle-branch block against 45 healthy controls and found a much higher immediate mortality in the block group.", BL_CMP,
      wrong="45 healthy controls", accept=["comparator", "population"]),
    C("bl-dir", BL, "direction", "In Blanc et al.'s (1978) comparison, sudden death was considerably more frequent among infarct patients with complete bundle-branch block than among those without conduction defects.", BL_SD,
      wrong="sudden death was considerably more frequent", accept=["direction"]),
    C("bl-des", BL, "design", "In a randomised controlled trial of prophylactic pacing in myocardial infarction complicated by complete bundle-branch block, Blanc et al. (1978) found that pacing did not alter the high immediate mortality.", BL_CMP,
      wrong="In a randomised controlled trial of prophylactic pacing", truth_alt=[BL_END], accept=["design"]),
    # Vegers 1979: none / duration / comparator / population
    C("ve-none", VE, "none", "In Vegers, Snow and van der Waal's (1979) review of 85 buccal mucosa carcinomas, about one patient in seven had a second primary cancer, usually within the oral cavity.", VE_2ND),
    C("ve-dur", VE, "duration", "Vegers et al. (1979) reported an absolute ten-year cure rate of 45% for their whole group of patients with squamous cell carcinoma of the buccal mucosa.", VE_5Y,
      wrong="ten-year cure rate", accept=DN),
    C("ve-comp", VE, "comparator", "Within each T and N category, Vegers and colleagues (1979) found that surgery gave better results than chemotherapy for buccal mucosa carcinoma.", VE_SUP,
      wrong="than chemotherapy", accept=["comparator"]),
    C("ve-pop", VE, "population", "Vegers et al.'s (1979) series of 85 squamous cell carcinomas of the tongue comprised 61 primarily and 24 secondarily treated cases.", VE_85,
      wrong="squamous cell carcinomas of the tongue", accept=["population"]),
    # Ponari 1977: none x2 / number / design
    C("po-none1", PO, "none", "Ponari et al. (1977) described a family in which a mild haemophilia A and a distinct inherited thrombocytopathy appeared to coexist.", PO_END),
    C("po-none2", PO, "none", "Ristocetin-induced platelet aggregation was normal in every family member examined (Ponari et al., 1977).", PO_RIS),
    C("po-num", PO, "number", "In the family studied by Ponari and colleagues (1977), a reduced availability of platelet factor 3 was present in all eight examined members.", PO_PF3,
      wrong="all eight examined members", accept=["number"]),
    C("po-des", PO, "design", "In a case-control study, Ponari et al. (1977) found platelet dysfunction and/or a moderately low factor VIII activity in six of eight examined members spanning two generations.", PO_6,
      wrong="In a case-control study", accept=["design"]),
    # Aamodt 1979: none x2 / duration / direction
    C("aa-none1", AA, "none", "Aamodt et al. (1979) gave Zn-69m both orally and intravenously to seventeen patients and observed broadly similar metabolic patterns whichever route was used.", AA_END, truth_alt=[AA_17]),
    C("aa-none2", AA, "none", "The thigh-area doubling time of the zinc label was 5.7 days irrespective of the route of administration (Aamodt et al., 1979).", AA_TH),
    C("aa-dur", AA, "duration", "Aamodt and colleagues (1979) found that red-cell activity kept rising throughout a 30-day study period after both oral and intravenous Zn-69m.", AA_RBC,
      wrong="throughout a 30-day study period", accept=DN),
    C("aa-dir", AA, "direction", "In Aamodt et al.'s (1979) study, plasma activity rose steadily over the first 24 hours after intravenous administration of Zn-69m.", AA_PL,
      wrong="plasma activity rose steadily", accept=["direction"]),
    # Welander 1978: none / design / number / comparator
    C("we-none", WE, "none", "Welander, Kjørstad and Kolstad (1978) found that the cheaper and quicker combination of reduced-dose irradiation and chemotherapy was better tolerated than irradiation alone.", WE_TOL),
    C("we-des", WE, "design", "In a retrospective review of patients with stage III ovarian carcinoma, Welander et al. (1978) found maximum radiotherapy no better than a reduced dose followed by Thio-tepa.", WE_RCT,
      wrong="In a retrospective review", truth_alt=[WE_NS], accept=["design"]),
    C("we-num", WE, "number", "Welander et al.'s (1978) trial compared maximum abdominal megavoltage irradiation of 7,000 rads with 3,000 rads immediately followed by Thio-tepa.", WE_AIM,
      wrong="7,000 rads", accept=["number"]),
    C("we-comp", WE, "comparator", "For stage III ovarian carcinoma, maximum radiotherapy proved no better than a reduced radiation dose followed by 5-fluorouracil (Welander et al., 1978).", WE_NS,
      wrong="5-fluorouracil", truth_alt=[WE_AIM], accept=["comparator"]),
    # Labedzki 1977: none x2 / direction / overreach
    C("la-none1", LA, "none", "Labedzki et al. (1977) found that urinary lysozyme rose once the serum level went above 50 microgram/ml.", LA_50),
    C("la-none2", LA, "none", "In blood smears stained by the bacteriolytic method, Labedzki, Seché and Lorbacher (1977) saw no lysozyme activity in lymphocytic leukaemia cells, but a strong reaction in almost every cell in monocytic leukaemia.", LA_SMEAR),
    C("la-dir", LA, "direction", "Labedzki and colleagues (1977) reported raised lysozyme activity in lymphocytic leukaemia and in malignant lymphoma with bone marrow involvement.", LA_RED,
      wrong="raised lysozyme activity", accept=["direction"]),
    C("la-over", LA, "overreach", "According to Labedzki et al.'s (1977) findings, lysozyme staining of blood smears can by itself replace marrow morphology for classifying all blastic leukaemias.", LA_END,
      wrong="can by itself replace marrow morphology for classifying all blastic leukaemias", accept=["overreach"]),
    # Gilles 1977: none x2 / comparator / number
    C("gi-none1", GI, "none", "Gilles et al. (1977) obtained the most precise phonomechanographic estimates of outflow obstruction in cases of pure pulmonary stenosis.", GI_PURE),
    C("gi-none2", GI, "none", "Of the phonomechanographic criteria proposed by Gilles and colleagues (1977), the \"corrected\" Furuta ratio correlated best with right ventricular systolic pressure.", GI_5),
    C("gi-comp", GI, "comparator", "Gilles et al. (1977) checked the phonomechanographic findings of 54 patients with pulmonary stenosis against echocardiographic measurements.", GI_54,
      wrong="against echocardiographic measurements", accept=["comparator"]),
    C("gi-num", GI, "number", "Gilles et al.'s (1977) analysis picked out nine phonomechanographic criteria of the severity of pulmonary stenosis.", GI_5,
      wrong="nine phonomechanographic criteria", accept=["number"]),
    # Hanson 1979: none x2 / number / overreach
    C("ha-none1", HA, "none", "Hanson et al. (1979) noted that it is still unknown at what point the human infant's own secretory IgA response becomes fully competent.", HA_NK),
    C("ha-none2", HA, "none", "Secretory IgA antibodies in breast milk are directed against many microbial virulence factors, among them bacterial pili, enterotoxins and capsular polysaccharides (Hanson et al., 1979).", HA_VIR),
    C("ha-num", HA, "number", "Hanson and colleagues (1979) estimated that a breast-fed infant receives 2.5-5 g of secretory IgA a day through its mother's milk.", HA_025,
      wrong="2.5-5 g", accept=["number"]),
    C("ha-over", HA, "overreach", "Hanson et al. (1979) showed conclusively that the passive transfer of milk antibodies is responsible for breast-fed infants' resistance to enteric infections.", HA_PASS,
      wrong="showed conclusively that the passive transfer of milk antibodies is responsible", accept=["overreach"]),
    # Schaffalitzky de Muckadell 1979: none / population / duration / comparator
    C("sc-none", SC, "none", "Schaffalitzky de Muckadell et al. (1979) found that even the smallest of three intravenous secretin doses significantly raised duodenal bicarbonate output.", SC_ALL),
    C("sc-pop", SC, "population", "Schaffalitzky de Muckadell and colleagues (1979) studied the pancreatic bicarbonate response to small secretin boluses in 16 patients with chronic pancreatitis.", SC_16,
      wrong="16 patients with chronic pancreatitis", accept=["population"]),
    C("sc-dur", SC, "duration", "In Schaffalitzky de Muckadell et al.'s (1979) study, the 500 fmol/kg secretin dose was followed by a 60-min bicarbonate output of 1435 micromol.", SC_INC,
      wrong="60-min bicarbonate output", accept=DN),
    C("sc-comp", SC, "comparator", "Bicarbonate output measured by endoscopic cannulation of the pancreatic duct did not differ significantly from that measured with a Lundh test meal (Schaffalitzky de Muckadell et al., 1979).", SC_TECH,
      wrong="a Lundh test meal", truth_alt=[SC_5], accept=["comparator"]),
    # Meeker 1978: none / design / duration / overreach
    C("me-none", ME, "none", "Meeker (1978) calculated that the CEA test cost $5,047.50 for every patient who benefited, among 299 patients eligible for the analysis.", ME_COST),
    C("me-des", ME, "design", "In a prospective randomised study of CEA testing, Meeker (1978) found that the results changed management in only a handful of the 270 patients with neoplastic disease.", ME_437,
      wrong="In a prospective randomised study of CEA testing", truth_alt=[ME_270], accept=["design"]),
    C("me-dur", ME, "duration", "Meeker's (1978) review covered the charts of 437 patients who had plasma CEA determinations over a two-year period.", ME_437,
      wrong="over a two-year period", accept=DN),
    C("me-over", ME, "overreach", "Meeker (1978) showed that serial CEA testing during follow-up after curative therapy improves survival in colon cancer.", ME_END,
      wrong="improves survival in colon cancer", accept=["overreach"]),
    # Tredger & Chhabra 1977: none x2 / population / direction
    C("td-none1", TD, "none", "Tredger and Chhabra (1977) found two daily peaks of microsomal drug-metabolising activity in the rat intestine, at around 0500 and 1900 h.", TD_2PK),
    C("td-none2", TD, "none", "Hepatic drug-metabolising enzymes of rats and rabbits differ considerably in their circadian profiles (Tredger & Chhabra, 1977).", TD_END),
    C("td-pop", TD, "population", "Tredger and Chhabra (1977) reported a biphasic 24-hour profile of microsomal drug-metabolising enzyme activity in the liver, lungs and intestine of guinea pigs.", TD_RAB,
      wrong="guinea pigs", truth_alt=[TD_MEAS], accept=["population"]),
    C("td-dir", TD, "direction", "In Tredger and Chhabra's (1977) rabbits, the biphasic circadian profile of enzyme activity was sharper in the liver than in the intestine.", TD_LESS,
      wrong="sharper in the liver than in the intestine", accept=["direction"]),
    # Kojić 1977: none / population / direction / overreach
    C("ko-none", KO, "none", "Kojić et al. (1977) reported that, compared with the general population, male alcoholics had more whorls and arches on their fingers and a lower total ridge count.", KO_CMP),
    C("ko-pop", KO, "population", "Kojić and colleagues (1977) examined dermatoglyphics, blood groups and HLA antigens in a group of female alcoholics.", KO_GRP,
      wrong="female alcoholics", accept=["population"]),
    C("ko-dir", KO, "direction", "According to Kojić et al. (1977), addictive alcoholics have a higher total finger ridge count than the normal population.", KO_CMP,
      wrong="a higher total finger ridge count", accept=["direction"]),
    C("ko-over", KO, "overreach", "Kojić et al.'s (1977) findings demonstrated that alcohol addiction is caused by genetic malformations.", KO_END,
      wrong="demonstrated that alcohol addiction is caused by genetic malformations", accept=["overreach"]),
    # Pillsbury & Kirchner 1979: none x2 / design / population
    C("pi-none1", PI, "none", "Pillsbury and Kirchner (1979) found that when the clinical stage of a laryngeal cancer was wrong, it nearly always (89%) underestimated the tumour.", PI_89),
    C("pi-none2", PI, "none", "Clinical staging was inaccurate for half of transglottic laryngeal tumours but for only 13% of subglottic ones (Pillsbury & Kirchner, 1979).", PI_PCT),
    C("pi-des", PI, "design", "Pillsbury and Kirchner (1979) followed 114 laryngeal cancer patients prospectively after surgery to assess the accuracy of preoperative staging.", PI_114,
      wrong="followed 114 laryngeal cancer patients prospectively after surgery", accept=["design"]),
    C("pi-pop", PI, "population", "Pillsbury and Kirchner's (1979) study of 114 serially sectioned hypopharyngeal cancer specimens tested the accuracy of preoperative staging.", PI_114,
      wrong="hypopharyngeal cancer specimens", accept=["population"]),
]
Path(__file__).resolve().parent.joinpath("claims.json").write_text(json.dumps(claims, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print("wrote", len(claims), "claims")
