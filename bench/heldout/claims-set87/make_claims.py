"""Writes claims.json (set 87). Hand-written claims; truth sentences copied verbatim from the abstracts (pool 14,
positions 460-475). The C() helper and the field layout are those of set 55's make_claims.py (itself set 50's; its
first 30 lines only were read)."""
import json
from pathlib import Path

def C(id, key, kind, claim, truth, wrong=None, truth_alt=None, accept=None):
    d = {"id": id, "key": key, "kind": kind, "claim": claim, "truth": truth}
    if truth_alt: d["truth_alt"] = truth_alt
    if wrong: d["wrong"] = wrong
    if accept: d["accept"] = accept
    return d

NA, MA, WA, GI, BL = "nakamura1977localization", "maclennan1977analysis", "wannemacher1977effect", "givental1979antibiotic", "blanchard1978two"
TR, MU, ZW, BR, ME = "taylorrobinson1979ureaplasma", "mueller1977genetic", "zwicker1977consideration", "breter1978quantitative", "merkle1977comparison"
BA, LU, FU, HI, DL = "barnett1979ventilatory", "ludatscher1977comparative", "fuss1979high", "hirsch1978influence", "delorbeau1978electrocardiogram"

# --- truth sentences (verbatim) ---
NA_AIM = "The localization of gold in the synovial membrane of rheumatoid arthritis patients treated with sodium aurothiomalate was examined and quantitative analysis of epon-embedded sections was carried out with a wavelength dispersive x-ray microanalyser."
NA_LYS = "Gold was only detected in the lysosomes of synovial lining type A cells and subsynovial mononuclear cells in the form of filamentous deposits and highly electron-dense granules, the latter being few in number."
NA_S = "In addition, sulphur was detected in the lysosomes containing the filamentous deposits, but the S/Au x-ray signal ratio was not equal to that detected in sodium aurothiomalate."
MA_140 = "Of 140 patients with acute lymphoblastic leukaemia allocated to receive this drug regimen during and after cranial irradiation, 8 died in complete remission within 6 months of the end of irradiation."
MA_MOD = "The modified chemotherapy consisted of MP at reduced dosage before and during cranial irradiation and omission of MP and MTX for 3 weeks after irradiation, during which time daily prednisolone with 2 doses of vincristine were substituted."
MA_109 = "Of 109 patients allocated to this modified regimen only one died in remission within 24 weeks after cranial irradiation."
MA_600 = "Analysis of the anti-leukaemic effect of the modified regimen showed that up to 600 days it was at least as effective as the original more intensive regimen."
WA_LOAD = "After an intravenous glucose load in man, total serum amino acid concentrations are rapidly depressed and remain below baseline values for at least 2 to 3 hr after serum glucose and insulin have returned to preload concentrations."
WA_SF = "Despite the presence of basal hypoaminoacidemia, a decreased glucose disappearance rate, and hyperinsulinemia in volunteers who were ill with sandfly fever, an intravenous glucose load resulted in a further depression of serum amino acids which was equal to or slightly greater than that observed in the same individuals before exposure to the virus."
GI_241 = "Sensitivity of 241 Shigella strains isolated from patients at various regions of the USSR in 1975--1978 was tested with respect to 14 antibiotics by the method of serial dilutions."
GI_RES = "90.5 per cent of the isolates proved to be resistant to the antibacterial drugs and the greater part of 75.9 per cent of them had multiple resistance."
GI_173 = "The study of 173 multiple resistant Shigella strains showed that about 67 per cent of the strains had a capacity for transduction of the resistance markers into the recipient cells of E. coli."
GI_2OR3 = "The capacity for transduction of R-plasmids in the strains carrying the determinants of resistance to 2 or 3 antibiotics was higher than in the strains carrying the determinant of resistance to one antibiotic."
BL_50 = "We found high correlations when the values for immunoglobulins G, A, and M, obtained from the analysis of a group of 50 or more human sera by a measured-time radial immunodiffusion method, were compared to values found by two new commercial immunofluorescent methods."
BL_FIAX = "The Fiax procedure is less time consuming than is the Immuno-Fluor and gives IgG and IgA concentrations that are in close agreement with those found by radial immunodiffusion and IgM values that are significantly lower than the radial immunodiffusion values."
BL_IF = "The IgG results determined by the Immuno-Fluor method compare well with the radial immunodiffusion results, uhile the IgA values are significantly higher and IgM values significantly lower than those obtained by radial immunodiffusion."
TR_726 = "Urethral specimens from 726 patients with nongonococcal urethritis (NGU) were examined for Chlamydia trachomatis, Ureaplasma urealyticum, and Mycoplasma hominis."
TR_UU = "Ureaplasmas were isolated from 52.5% of chlamydia-positive patients and from 53.1% of chlamydia-negative patients, an observation which contrasts with that of some workers who have suggested that ureaplasmas are significantly associated with chlamydia-negative NGU."
TR_CT = "Chlamydiae were isolated from 35.9% of ureaplasma-positive patients and from 36.5% of ureaplasma-negative patients."
TR_CONC = "These findings do not necessarily mitigate against ureaplasmas being responsible for some cases of chlamydia-negative NGU."
MU_403 = "Parent-offspring correlations and heritabilities of body measurements from midparent-offspring regressions are presented for school-aged children from the village of Tenza, Colombia (N = 403 families)."
MU_SIM = "Parent-child correlations and midparent regressions in this subsistence farming sample, are similar in magnitude to those for well nourished, urban industrial samples, suggesting that the environmental component of variability in body size is the same regardless of the environment."
MU_BOG = "Tenza children are significantly shorter and lighter than upper class Bogota children, and Tenza parents have mean heights and weights similar to those of other lower class Colombian samples."
MU_ADI = "The pattern of heritabilities with respect to different body measurements in Tenza, is similar to that seen in well nourished samples, except that measurements of breadth (biacromial, bicristal, bicondylar) have heritabilities similar in magnitude to those of linear measurements (height, sitting-height, subischial length) especially in males; and heritabilities of some measurements related to adiposity are significantly higher in daughters than in sons."
ZW_BONE = "With 42 MeV high-energy radiation, inhomogeneities such as bones, fat, plaster or palacos have no particular influence upon the depth dose curve in water because of the relatively insignificant differences of their atomic numbers, and there is no need to consider them in calculation of the focal dose."
ZW_MET = "Metallic inhomogeneities, however, their effective atomic numbers being relatively high, show a different behaviour in 42 MeV X-ray bremsstrahlung: Just behing the metallic inhomogeneity an increase of the dose as compared to water is to be seen (e.g. directly behind a metallic plate, 4.5 mm thick, the augmentation of the dose amounts to 17%)."
ZW_PAIR = "This difference between 42 MeV X-ray bremsstrahlung and 60Co gamma rays (see part I of the present study) in the shape of the depth dose curve following permeation of metal by the radiations is due to enhanced pair formation within the high-energy radiation of 42 MeV photons."
BR_L5 = "The method has been applied to the separation and quantitative determination of 14C-labeled 6-mercaptopurine metabolites in HClO4 extracts of L5178Y murine lymphoma cells."
BR_24 = "Distribution patterns of 14C radioactivity within the cells after a 24 h incubation period with (8-14C)-labeled 6-mercaptopurine have been established."
BR_CONC = "The intracellular concentration of 6-thiopurines was determined at 1.4 . 10(-5)mol/1."
ME_INTRO = "In recent years the duck embryo vaccine has been gradually introduced in its place."
ME_658 = "From 1970 to 1975, 658 consultations were undertaken at the Hospital of the Tropical Institute at Hamburg because of the risk of rabies."
ME_267 = "267 persons had to undergo vaccination, 159 of them being treated with Hempt's vaccine and 108 with duck embryo vaccine."
ME_SE = "Side effects of a more severe type were not seen in either group."
ME_DIS = "Disadvantages of the duck embryo vaccine are that more individual inoculations are necessary, significantly more frequent and more persistent local and general vaccination reactions occur and that there is a delayed, possibly weaker formation of antibodies."
BA_R = "Steady-state responses to hyperoxic hypercapnia and eucapnic hypoxia were measured both as minute ventilation (VE) and as inspiratory mouth occlusion pressure (P0.1) with and without 25 cm H2O/I/s added resistance (R)."
BA_3 = "Reduction in slope of the ventilatory response to CO2 with R was highly significant in all 3 subjects whereas the response to hypoxia was barely significantly reduced in 1 subject and not significantly decreased in two."
BA_CONC = "We conclude that ventilation is better maintained with resistive loading during hypoxia than during hypercapnia and that this results from a greater force output of inspiratory muscles as reflected by a higher P0.1."
LU_2V4 = "The ultrastructural aspects of mast cells from skin lesions in 2 patients with mastocytoma were compared to those from lesions in 4 patients with mastocytosis, 3 with cutaneous and 1 with systemic involvement."
LU_VILLI = "They revealed short cytoplasmic villi and were similar, morphologically, to mast cells of normal skin and gingiva."
LU_BIZ = "In addition to normal mast cells, there were also irregular or bizarre-shaped cells presenting long and twisted cytoplasmic protrusions."
LU_AGG = "In the case with the systemic involvement and in 2 of 3 cases with apparently cutaneous diffuse lesions, the villi of adjacent cells interlaced and showed a tendency to form mast cell aggregates."
LU_PATH = "The pathognomonic value of the above observation seems worthy of further investigations."
FU_309 = "FActors predisposing to renal stone formation have been studied in 309 patients."
FU_FLUID = "Daily fluid intake was less than 1 liter in 25% of the patients before stone formation and was persistently low in 11% after stone discovery."
FU_HCU = "Normocalcemic hypercalciuria was found in 26% of the patients."
HI_SER = "Two series of patients treated for hydrocephalus (101 original shunt insertions, 81 revisions and 35 reinsertions after infections) have been operated on in the same location, 146 with a surgical isolator (SI), 71 without a SI."
HI_WHY = "Due to temporary poor technical conditions, the use of a SI was decided because, the overall rate of acute postoperative infections had suddenly increased from 9 to 19.7%."
HI_RED = "Then, although these technical conditions remained unchanged, the use of the SI immediately reduced the overall rate of acute postoperative infections from 19.7 to 7.4%."
HI_ORIG = "In original shunt insertions, this rate decreased from 24.9 to 5.8% and in revisions from 10.7 to 5.5%."
DL_220 = "This study, carried out in Guadeloupe, involved 220 cases of both sexes with bilharziasis, and 157 control subjects."
DL_ST = "The changes on the electrocardiogram were: an ST elevation of 0.1 to 0.5 mV associated with a large T wave in the intermediate and left precordial leads (16.8%), flattening of the T wave (13%) in V1 to V3 and beyond, a negative T wave (10.8% in the right precordial leads V1, V2, V3, and left ventricular hypertrophy (10%)."
DL_ANAEM = "Additionally we were able to conclude that these abnormalities were unrelated to anaemia or to therapy against bilharziasis, and that there was no abnormal sex distribution."
DL_NOPAR = "Moreover this study has revealed that the population of Guadeloupe who have no parasitic infection have ECG abnormalities (4.8%) more commonly than the white races, and has led us to suspect the possibilities of as yet underfined abnormalities which cannot be regarded as \"normal\"."

claims = [
    # Nakamura & Igarashi 1977: none x2, population, direction
    C("nakamura-n1", NA, "none",
      "Nakamura and Igarashi (1977) found gold only inside the lysosomes of synovial type A lining cells and subsynovial mononuclear cells in rheumatoid arthritis patients receiving gold injections.",
      NA_LYS, truth_alt=[NA_AIM]),
    C("nakamura-n2", NA, "none",
      "Nakamura and Igarashi's (1977) microanalysis also picked up sulphur alongside the gold in lysosomes with filamentous deposits, though not in the proportion found in the drug itself.",
      NA_S),
    C("nakamura-pop", NA, "population",
      "Using electron probe microanalysis, Nakamura and Igarashi (1977) located gold within synovial lysosomes of osteoarthritis patients treated with sodium aurothiomalate.",
      NA_AIM, wrong="osteoarthritis patients"),
    C("nakamura-dir", NA, "direction",
      "The sulphur-to-gold signal ratio in the lysosomal deposits matched that of sodium aurothiomalate itself, suggesting the drug is stored unchanged in synovial cells (Nakamura & Igarashi, 1977).",
      NA_S, wrong="matched that of sodium aurothiomalate itself"),

    # MacLennan et al. 1977: none, number, duration, overreach
    C("maclennan-n1", MA, "none",
      "MacLennan et al. (1977) reported that 8 of 140 children with ALL given full-dose mercaptopurine and methotrexate around cranial irradiation died in remission within six months, against only one of 109 on a gentler schedule.",
      MA_140, truth_alt=[MA_109]),
    C("maclennan-num", MA, "number",
      "In the Working Party's trial reported by MacLennan and colleagues (1977), 18 of 140 children on the intensive regimen during and after cranial irradiation died in complete remission.",
      MA_140, wrong="18 of 140"),
    C("maclennan-dur", MA, "duration",
      "The modified schedule described by MacLennan et al. (1977) dropped mercaptopurine and methotrexate for 3 months after cranial irradiation, giving prednisolone and two doses of vincristine instead.",
      MA_MOD, wrong="3 months"),
    C("maclennan-over", MA, "overreach",
      "MacLennan et al.'s (1977) analysis proved that trimming chemotherapy around cranial irradiation never compromises leukaemia control, however long children are followed.",
      MA_600, wrong="never compromises leukaemia control, however long children are followed", accept=["overreach", "duration"]),

    # Wannemacher et al. 1977: none, direction, design, duration
    C("wannemacher-n1", WA, "none",
      "In volunteers who fell ill with sandfly fever, Wannemacher et al. (1977) found that intravenous glucose still lowered serum amino acids, by as much as or slightly more than before they were infected.",
      WA_SF),
    C("wannemacher-dir", WA, "direction",
      "Wannemacher and colleagues (1977) reported that sandfly fever blunted the fall in serum amino acids that normally follows an intravenous glucose load.",
      WA_SF, wrong="blunted the fall"),
    C("wannemacher-des", WA, "design",
      "In an observational study of patients who had caught sandfly fever naturally, Wannemacher et al. (1977) examined how a glucose infusion changed serum free amino acids.",
      WA_SF, wrong="an observational study of patients who had caught sandfly fever naturally", accept=["design", "population"]),
    C("wannemacher-dur", WA, "duration",
      "As Wannemacher et al.'s (1977) paper notes, after an intravenous glucose load serum amino acids stay below baseline for at least 2 to 3 days after glucose and insulin have returned to normal.",
      WA_LOAD, wrong="2 to 3 days", accept=["duration", "number"]),

    # Givental' et al. 1979: none, number, duration, direction
    C("givental-n1", GI, "none",
      "Givental' et al. (1979) tested 241 Shigella strains from patients in several regions of the USSR and found just over 90% resistant to antibacterial drugs, most of those to several at once.",
      GI_RES, truth_alt=[GI_241]),
    C("givental-num", GI, "number",
      "Among 173 multiresistant Shigella strains, about 37% could transfer their resistance markers to E. coli, Givental' and colleagues (1979) reported.",
      GI_173, wrong="about 37%"),
    C("givental-dur", GI, "duration",
      "Givental' et al. (1979) assessed the antibiotic sensitivity of Shigella strains gathered from Soviet patients over a decade, 1968-1978.",
      GI_241, wrong="over a decade, 1968-1978"),
    C("givental-dir", GI, "direction",
      "According to Givental' et al. (1979), R-plasmid transfer was less frequent in Shigella strains resistant to two or three antibiotics than in strains resistant to only one.",
      GI_2OR3, wrong="less frequent"),

    # Blanchard & Gardner 1978: none x2, comparator, direction
    C("blanchard-n1", BL, "none",
      "Blanchard and Gardner (1978) found that two commercial immunofluorescent kits correlated closely with radial immunodiffusion for IgG, IgA and IgM across at least 50 human sera.",
      BL_50),
    C("blanchard-n2", BL, "none",
      "The Fiax system was quicker than Immuno-Fluor and agreed closely with radial immunodiffusion for IgG and IgA, but gave significantly lower IgM values (Blanchard & Gardner, 1978).",
      BL_FIAX),
    C("blanchard-comp", BL, "comparator",
      "In Blanchard and Gardner's (1978) evaluation, Immuno-Fluor gave IgA values significantly higher than those obtained by laser nephelometry.",
      BL_IF, wrong="laser nephelometry"),
    C("blanchard-dir", BL, "direction",
      "Blanchard and Gardner (1978) noted that the Fiax method gave IgM values significantly higher than radial immunodiffusion.",
      BL_FIAX, wrong="significantly higher"),

    # Taylor-Robinson et al. 1979: none, direction, population, overreach
    C("taylorrobinson-n1", TR, "none",
      "In urethral specimens from 726 NGU patients, Taylor-Robinson et al. (1979) isolated ureaplasmas about equally often whether or not chlamydiae were present (roughly 53% in each group).",
      TR_UU, truth_alt=[TR_726]),
    C("taylorrobinson-dir", TR, "direction",
      "Taylor-Robinson and colleagues (1979) found ureaplasmas significantly more often in chlamydia-negative than in chlamydia-positive urethritis.",
      TR_UU, wrong="significantly more often in chlamydia-negative"),
    C("taylorrobinson-pop", TR, "population",
      "Taylor-Robinson et al. (1979) cultured urethral specimens from 726 patients with gonococcal urethritis for chlamydiae, ureaplasmas and Mycoplasma hominis.",
      TR_726, wrong="patients with gonococcal urethritis"),
    C("taylorrobinson-over", TR, "overreach",
      "Taylor-Robinson et al.'s (1979) culture data rule out ureaplasmas as a cause of chlamydia-negative nongonococcal urethritis.",
      TR_CONC, wrong="rule out ureaplasmas as a cause", truth_alt=[TR_UU], accept=["overreach", "direction"]),

    # Mueller & Titcomb 1977: none x2, comparator, design
    C("mueller-n1", MU, "none",
      "In 403 farming families from the Colombian village of Tenza, Mueller and Titcomb (1977) found parent-child resemblance in body size about as strong as in well-nourished urban populations.",
      MU_SIM, truth_alt=[MU_403]),
    C("mueller-n2", MU, "none",
      "Mueller and Titcomb's (1977) Tenza data showed significantly higher heritability for some adiposity measurements in daughters than in sons.",
      MU_ADI),
    C("mueller-comp", MU, "comparator",
      "Schoolchildren in Tenza were significantly shorter and lighter than children from other lower-class Colombian communities (Mueller & Titcomb, 1977).",
      MU_BOG, wrong="children from other lower-class Colombian communities"),
    C("mueller-des", MU, "design",
      "In a nutritional supplementation trial in rural Tenza, Colombia, Mueller and Titcomb (1977) estimated how heritable children's body measurements were.",
      MU_403, wrong="nutritional supplementation trial"),

    # Zwicker & Felix 1977: none x2, number, direction
    C("zwicker-n1", ZW, "none",
      "Zwicker and Felix (1977) reported that bone, fat, plaster and bone cement barely alter the 42 MeV X-ray depth-dose curve in water, so planners need not correct for them.",
      ZW_BONE),
    C("zwicker-n2", ZW, "none",
      "Zwicker and Felix (1977) attributed the different behaviour of 42 MeV X-rays and 60Co gamma rays behind metal to increased pair production by the high-energy photons.",
      ZW_PAIR),
    C("zwicker-num", ZW, "number",
      "With 42 MeV X-rays, a 4.5 mm metal plate raised the dose directly behind it by about 70%, according to Zwicker and Felix (1977).",
      ZW_MET, wrong="about 70%"),
    C("zwicker-dir", ZW, "direction",
      "Zwicker and Felix (1977) found that metallic implants produce a drop in dose just behind them, compared with water, in 42 MeV X-ray beams.",
      ZW_MET, wrong="a drop in dose"),

    # Breter et al. 1978: none x2, population, duration
    C("breter-n1", BR, "none",
      "Breter et al. (1978) described a high-pressure cation-exchange chromatography method that separates and measures radiolabelled 6-mercaptopurine metabolites in extracts of L5178Y mouse lymphoma cells.",
      BR_L5),
    C("breter-n2", BR, "none",
      "After a day's exposure of L5178Y cells to labelled 6-mercaptopurine, Breter and colleagues (1978) put the intracellular 6-thiopurine concentration at about 1.4 x 10^-5 mol/l.",
      BR_CONC, truth_alt=[BR_24]),
    C("breter-pop", BR, "population",
      "Breter et al. (1978) applied their chromatography method to leukaemic blasts taken from children with acute lymphoblastic leukaemia to measure 6-mercaptopurine metabolites.",
      BR_L5, wrong="leukaemic blasts taken from children with acute lymphoblastic leukaemia"),
    C("breter-dur", BR, "duration",
      "Breter et al.'s (1978) distribution patterns of 14C radioactivity were obtained after a 2-hour incubation of the cells with labelled 6-mercaptopurine.",
      BR_24, wrong="2-hour"),

    # Merkle & Mohr 1977: none, duration, design, overreach
    C("merkle-n1", ME, "none",
      "Merkle and Mohr (1977) saw no serious side effects in either the 159 people given Hempt's vaccine or the 108 given duck embryo vaccine.",
      ME_SE, truth_alt=[ME_267]),
    C("merkle-dur", ME, "duration",
      "Over the fifteen years from 1960 to 1975, Merkle and Mohr (1977) recorded 658 consultations for rabies risk at Hamburg's tropical institute hospital.",
      ME_658, wrong="fifteen years from 1960"),
    C("merkle-des", ME, "design",
      "In a randomised comparison of duck embryo and Hempt's rabies vaccines in 267 people, Merkle and Mohr (1977) found more frequent and longer-lasting reactions with the duck embryo vaccine.",
      ME_267, wrong="randomised comparison", truth_alt=[ME_INTRO]),
    C("merkle-over", ME, "overreach",
      "Merkle and Mohr (1977) showed that duck embryo vaccine gives definitely weaker antibody protection than Hempt's vaccine.",
      ME_DIS, wrong="definitely weaker antibody protection"),

    # Barnett & Rasmussen 1979: none, number, overreach, population
    C("barnett-n1", BA, "none",
      "Barnett and Rasmussen (1979) found that an added inspiratory resistance flattened the ventilatory response to CO2 in all three subjects but hardly reduced the response to hypoxia.",
      BA_3),
    C("barnett-num", BA, "number",
      "Adding a resistive load significantly reduced the slope of the ventilatory CO2 response in all 8 subjects studied by Barnett and Rasmussen (1979).",
      BA_3, wrong="all 8 subjects"),
    C("barnett-over", BA, "overreach",
      "Barnett and Rasmussen (1979) proved that, in people generally, breathing against a resistance is defended better during hypoxia than during hypercapnia.",
      BA_CONC, wrong="proved that, in people generally", truth_alt=[BA_3]),
    C("barnett-pop", BA, "population",
      "In three patients with chronic obstructive lung disease, Barnett and Rasmussen (1979) measured ventilation and mouth occlusion pressure responses to CO2 and hypoxia.",
      BA_R, wrong="patients with chronic obstructive lung disease", truth_alt=[BA_3]),

    # Ludatscher et al. 1977: none x2, overreach, comparator
    C("ludatscher-n1", LU, "none",
      "Ludatscher et al. (1977) compared the electron-microscopic appearance of skin-lesion mast cells from 2 patients with mastocytoma and 4 with mastocytosis.",
      LU_2V4),
    C("ludatscher-n2", LU, "none",
      "Mastocytoma mast cells looked like normal skin mast cells with short villi, whereas the diffuse disease also showed bizarre cells with long, twisted processes (Ludatscher et al., 1977).",
      LU_VILLI, truth_alt=[LU_BIZ]),
    C("ludatscher-over", LU, "overreach",
      "Ludatscher and colleagues (1977) established interlacing villi between adjacent mast cells as a pathognomonic marker of diffuse mastocytosis.",
      LU_PATH, wrong="established interlacing villi between adjacent mast cells as a pathognomonic marker", truth_alt=[LU_AGG]),
    C("ludatscher-comp", LU, "comparator",
      "Ludatscher et al.'s (1977) ultrastructural study compared mast cells in mastocytoma with those in chronic urticaria lesions.",
      LU_2V4, wrong="chronic urticaria lesions", accept=["comparator", "population"]),

    # Fuss et al. 1979: none, number, population, design
    C("fuss-n1", FU, "none",
      "Among 309 kidney stone formers studied by Fuss et al. (1979), a quarter had drunk less than a litre a day before their first stone, and 11% still drank too little after it was found.",
      FU_FLUID, truth_alt=[FU_309]),
    C("fuss-num", FU, "number",
      "Fuss and colleagues (1979) found normocalcaemic hypercalciuria in 62% of their stone formers.",
      FU_HCU, wrong="62%"),
    C("fuss-pop", FU, "population",
      "Fuss et al. (1979) studied the factors that predispose to stone formation in 309 patients with gallstones.",
      FU_309, wrong="patients with gallstones"),
    C("fuss-des", FU, "design",
      "In a randomised trial of high-fluid, low-calcium advice for 309 stone formers, Fuss et al. (1979) found that 11% still drank too little after their stones were found.",
      FU_309, wrong="a randomised trial of high-fluid, low-calcium advice", truth_alt=[FU_FLUID]),

    # Hirsch et al. 1978: none, comparator, design, number
    C("hirsch-n1", HI, "none",
      "Hirsch et al. (1978) reported that operating inside a surgical isolator cut acute postoperative infections after hydrocephalus shunt surgery from 19.7% to 7.4%.",
      HI_RED),
    C("hirsch-comp", HI, "comparator",
      "Hirsch and colleagues (1978) reported fewer shunt infections in hydrocephalus patients operated in a surgical isolator than in those operated in a laminar-flow theatre.",
      HI_SER, wrong="operated in a laminar-flow theatre"),
    C("hirsch-des", HI, "design",
      "In a randomised trial, Hirsch et al. (1978) allocated hydrocephalus shunt operations to a surgical isolator or to standard theatre conditions.",
      HI_WHY, wrong="In a randomised trial", truth_alt=[HI_SER]),
    C("hirsch-num", HI, "number",
      "With the surgical isolator, infections after first shunt insertions fell from 24.9% to 1.8% (Hirsch et al., 1978).",
      HI_ORIG, wrong="1.8%"),

    # de Lorbeau & Petit 1978: none x2, population, comparator
    C("delorbeau-n1", DL, "none",
      "In Guadeloupe, de Lorbeau and Petit (1978) recorded ECGs in 220 people with bilharziasis and 157 controls and found the abnormalities unrelated to anaemia or to antischistosomal treatment.",
      DL_ANAEM, truth_alt=[DL_220]),
    C("delorbeau-n2", DL, "none",
      "The commonest ECG change in de Lorbeau and Petit's (1978) bilharziasis patients was ST elevation with a large T wave in the mid and left chest leads, seen in about 17%.",
      DL_ST),
    C("delorbeau-pop", DL, "population",
      "Studying 220 patients with bilharziasis in Egypt, de Lorbeau and Petit (1978) described the electrocardiographic changes of the disease.",
      DL_220, wrong="in Egypt"),
    C("delorbeau-comp", DL, "comparator",
      "According to de Lorbeau and Petit (1978), ECGs of 220 bilharziasis patients were compared with those of 157 patients carrying other intestinal parasites.",
      DL_220, wrong="157 patients carrying other intestinal parasites", truth_alt=[DL_NOPAR]),
]

Path(__file__).with_name("claims.json").write_text(json.dumps(claims, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(len(claims), "claims written")
