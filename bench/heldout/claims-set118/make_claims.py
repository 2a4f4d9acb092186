"""Writes claims.json (set 118, round thirty-two). Hand-written claims; truth sentences copied verbatim from the main
abstracts (Article/Abstract/AbstractText) of pool 14's records (positions 2601-2616, 2602 skipped). The C() helper and
the field layout are those of set 114's make_claims.py (only its first 30 lines were read)."""
import json
from pathlib import Path

def C(id, key, kind, claim, truth, wrong=None, truth_alt=None, accept=None):
    d = {"id": id, "key": key, "kind": kind, "claim": claim, "truth": truth}
    if truth_alt: d["truth_alt"] = truth_alt
    if wrong: d["wrong"] = wrong
    if accept: d["accept"] = accept
    return d

HI, FO, WU, SC, SH = "hill1979effects", "fondu1978regulation", "wu1979free", "schima1977surgery", "shmidt1977initial"
KA, CA, KT, PE, MA = "kantor1977vitro", "casali1978acquired", "kanakouditsakalidis1977effect", "pedley1978pathophysiology", "mahalanabis1979malabsorption"
DM, LI, KR, WI, WH = "duvillersmontreuil1977detection", "linko1979line", "kral1977body", "wilde1978screening", "whitehead1979spectrographic"

# 2601 Hill 1979
HI_HP = "HP melanoma responds well to all three drugs."
HI_S91 = "S91 responds only to L-PAM and MeCCNU."
HI_DTIC = "DTIC may accelerate death in mice bearing this tumor."
HI_DOUBLE = "Tumor cell-doubling times were found to be 1.5 days for B16, 2 DAYS FOR HP, and 3 days for S91."
HI_MOST = "HP would seem to be the most responsive malanmoma with respect to the 3 agents studied."
HI_IMMUNE = "This may be due to an interaction between the chemotherapeutic agents and the host immune response, since the HP tumor arose in a noninbred mouse and is thus nonsyngeneic with the CD2F1 host."
# 2603 Fondu 1978
FO_FIRST = "The erythropoietin (ESF) content of plasma and urine has been studied in children with protein-energy-malnutrition (PEM) living in the Kivu province at an altitude of 1467--2000 m."
FO_PCV = "On admission, packed cell volume (PCV) was moderately reduced; after 2 months of refeeding PCV had increased but was still lower than in the controls."
FO_ESF = "Plasma ESF was increased on admission and in patients refed for 2 months."
FO_CORR = "The expected positive correlation between serum and urine ESF levels was found after refeeding but not on admission; the last finding could not be explained by the presence of erythropoiesis inhibiting factor(s) in the urine."
# 2604 Wu 1979
WU_97 = "Ninety-seven amniotic fluid (AF) specimens, 67 with male fetuses and 30 with female fetuses, were obtained by amniocentesis at 14 to 18 weeks of gestation for analysis of free and protein-bound estrone (E1), estradiol (E2), androstenedione (A), testosterone (T), and progesterone (P)."
WU_MP = "Ten maternal plasma (MP) samples of comparable gestational age were analyzed for the same free and protein-bound steroids."
WU_LOWER = "Significantly lower total E1, E2, A, and T, but not P, levels were found in AF when compared to MP."
WU_PCT = "The percentage of free steroids was higher in AF than in MP, while the percentage of specific protein-bound steroids was lower in the AF than in MP."
# 2605 Schima 1977
SC_5Y = "During 5 years 1311 operations for benign diseases of the biliary tract were performed."
SC_281 = "281 patients were more than 70 years old, on the average 76,1 years."
SC_MORT = "Our postoperative mortality rate was 2,5%, increasing to 15,1% when operation was done in a stage of complications."
SC_URGENT = "Acute inflammatory cholecystitis should be treated by urgent operation, especially in old age."
SC_CHOICE = "Cholecystectomy is the method of choice for acute cholecystitis."
SC_STOMY = "Cholecystostomy is used only in few exceptional cases."
# 2606 Shmidt 1977
SH_50 = "Fifty patients with the clinical diagnosis of initial manifestations of the deficiency of the brain blood supply and 30 normal persons of the corresponding age (the control group) were studied."
SH_AGE = "The main group consisted of patients from 40-67 years."
SH_REV = "The clinical (seldom electrographic) changes are of a reversible character and regress during the treatment of the main vascular disease."
# 2607 Kantor 1977
KA_IVT = "The in vitro activity of netilmicin (Sch 20569), a new semisynthetic derivative of gentamicin, was compared with that of gentamicin and amikacin."
KA_192 = "One hundred and ninety-two clinical isolates of Enterobacteriaceae, Pseudomonas aeruginosa, and Staphylococcus aureus were tested using both agar and broth dilution techniques."
KA_EXC = "Netilmicin was comparable to gentamicin, with the following exceptions: (i) for Serratia marcescens and P. aeruginosa, gentamicin was more active than netilmicin; (ii) all strains of Escherichia coli, Klebsiella, Enterobacter, Proteus mirabilis, and Citrobacter freundii, which were resistant to gentamicin, were susceptible to netilmicin; (iii) some strains of S. marcescens, indole-positive Proteus, and Providencia, which were resistant to gentamicin, were susceptible to netilmicin."
KA_PSA = "All strains of P. aeruginosa, resistant to gentamicin, were also resistant to netilmicin but were susceptible to amikacin."
# 2608 Casali 1978
CA_5 = "In 5 patients with mixed cryoglobulinemia, 3 with Waldenström's disease and 2 with essential cryoglobulinemia, a C1-inhibitor (C1-INH) deficiency was discovered."
CA_PROFILE = "The complement profile was characteristic of the acquired type: the total hemolytic activity and the early components were reduced, C3 was diminished in 1 patient only, C5 and C9 were normal or elevated."
CA_ANGIO = "1 atient with Waldenström's disease and 1 with essential cryoglobulinemia experienced episodes of angioedema."
CA_HYP = "Our data support the hypothesis of a complement activation by the cryoprecipitating immune complexes; the C1-INH depletion is secondary to its consumption following C1 activation."
# 2609 Kanakoudi-Tsakalidis 1977
KT_46 = "The effect of blood transfusions on the immune response of 46 thalassaemic children was studied."
KT_SKIN = "Cell-mediated immune response was evaluated by performing skin tests to specific (streptokinase-streptodornase and candidin) and nonspecific (dinitrochlorobenzene and phytohaemagglutinin) antigens."
KT_TET = "Antibody response to specific antigen (tetanus toxoid) was estimated by measuring the tetanus antitoxin titre before and after vaccination."
KT_NOGROSS = "No gross impairment of cell-mediated immunity was elicited."
KT_INHIB = "The transfused antibodies may inhibit the recipient's sensitization and primary immune response to the homologous antigen, especially when the antibody level in the transfused blood is high whereas the secondary immune response is not affected."
# 2610 Pedley 1978
PE_REVIEW = "In this selective review, the results of recent experiments using intracellular recording techniques, ion-specific microelectrodes, and a methodology suitable for studying mammalian cortex in vitro are discussed in terms of cellular phenomena which underlie clinical observations made in epileptic patients."
PE_CLARIFY = "This information has begun to clarify: (1) the changes in neuronal behavior associated with interictal and ictal events; (2) alterations in local ionic microenvironment which occur during focal epileptogenesis; (3) intrinsic control mechanisms which serve to restrict seizure spread; (4) neuronal characteristics which account for the differences in seizure patterns seen in infants and adults; and (5) the possible long-term consequences of recurrent local neuronal hyperexcitability."
# 2611 Mahalanabis 1979
MA_19 = "Vitamin A absorption was studied using a water-miscible oral preparation of vitamin A in 19 children ages 1 1/2 to 9 years old with giardiasis and/or ascariasis, both before and after their eradication with appropriate therapy, and in three children without parasites."
MA_MARKED = "Marked impairment of vitamin A absorption was noted when administered in a water miscible form in children with 1) combined infection with Giardia lamblia and Ascaris lumbricoides, 2) giardiasis alone, and 3) in a proportion of children with ascariasis alone."
MA_ASC = "In children with ascariasis alone successful therpay did not lead to a statistically significant improvement."
# 2612 Duvillers-Montreuil 1977
DM_TECH = "An automated reversed passive haemagglutination technique is described, using human erythrocytes sensitized by the chromic chloride method with higly purified tetanus toxoid."
DM_TECHNICON = "Such erythrocytes are agglutinated by the specific antibodies in a Technicon autoanalyzer."
DM_44 = "4,4% of donors have circulating antitetanus antibody levels corresponding to 5 UI/ml or more, by this method."
DM_1000 = "The results obtained among 1.000 donors well agree with those of the counter-immuno-electrophoresis technique (C.E.P.)."
DM_CEP = "But, when, compared with C.E.P., the haemagglutination assay appears more objective, more quantitative and sensitive, and allows to get not only a rapid screening test but also a precise titration simultaneously."
# 2613 Linko 1979
LI_FIRST = "Homogeneous microaggregate-free whole blood at +5 degrees C was transfused at constant pressures of 20 and 40 kPa through two micro-filtration and blood warming devices, and the temperature of the blood was recorded before it reached the venous cannula."
LI_FLOW = "The flow rates with the Fenwal system were 58 and 139 g/min, whereas the micro-filter MF10B combined with the Portex Coil allowed flow rates of 143 and 224 g/min."
LI_WARM = "The warming capacities of the two warmers were almost equal and this did not prove to be their weak point."
LI_VARY = "The infusion temperature varied considerably during the transfusion."
LI_BAG = "The bag pressure differed significantly from the infusor pressure as the blood bag emptied, making the usefulness of the infusor manometer questionable."
# 2614 Kral 1977
KR_15 = "Fifteen severely obese patients (mean body weight 135 kg) with hyperplastic obesity had a jejuno-ileostomy according to Payne to induce weight reduction by controlled malabsorption."
KR_WS = "Body composition, adipose tissue cellularity, and glucose tolerance were studied before and after the operation when the patients had reached a new stable weight (WS) a mean 21 months after surgery."
KR_FCN = "Preoperative fat cell number was unchanged at follow-up in contrast to all other variables of body composition."
KR_K = "The postoperative decrease stopped at 6 months, thus differing from the decrease in body weight."
# 2615 Wilde 1978
WI_INC = "Incidence of lung cancer is high in the male population of the German Democratic Republic: 0,005--4,63 per thousand annualy in the age groups 25 years and above."
WI_ONLY = "Only mass X-ray examination and exfoliative cytology have up to now gained practical importance."
WI_WEAK = "Most roentgenological studies performed so far show methodological weaknesses."
WI_SHORT = "Based upon recent studies of screening of high risk groups in the USA and in the GDR, it is suggested that this method applied in short intervals may be effective."
WI_COST = "Cytological screening of risk groups demands high costs and cannot be implemented on a broad base."
# 2616 Whitehead 1979
WH_20 = "Twenty hearing-impaired adult males exhibiting a range of severity of vocal tension/harshness sustained the vowels /a/ and /u/, at a constant intensity level and read the first two sentences of the Rainbow Passage."
WH_RATED = "Recordings of the vowels and sentences were rated for degree of severity of vocal tension/harshness on a 5-point, equal-appearing-interval scale by three speech pathologists."
WH_SPEC = "Each vowel production was analyzed to produce a narrow-hand (10 Hz) frequency-by-amplitude acoustic spectrum in which the levels of inharmonic energy, i.e., noise components, were measured in dB SPL over the frequency range 100--3000 Hz."
WH_CORR = "Significant correlations were obtained between: mean ratings of vocal tension for sentences and for vowels; mean ratings of vocal tension for vowels and average spectral noise levels for vowels; and mean ratings of vocal tension for sentences and average spectral noise levels for vowels."

claims = [
    # --- Hill 1979: none, duration, direction, overreach
    C("hi-none", HI, "none",
      "Hill et al. (1979) compared DTIC, MeCCNU and L-phenylalanine mustard in three transplanted mouse melanomas and found that the Harding-Passey tumour responded well to all three drugs.",
      HI_HP, truth_alt=[HI_MOST]),
    C("hi-dur", HI, "duration",
      "In the same mouse experiments, tumour cell-doubling time ranged from 1.5 days for the B16 melanoma to three weeks for the Cloudman S91 melanoma (Hill et al., 1979).",
      HI_DOUBLE, wrong="three weeks", accept=["duration", "number"]),
    C("hi-dir", HI, "direction",
      "Hill and colleagues (1979) observed that DTIC tended to prolong survival in mice bearing the Cloudman S91 melanoma.",
      HI_DTIC, wrong="tended to prolong survival", truth_alt=[HI_S91]),
    C("hi-over", HI, "overreach",
      "Hill et al.'s (1979) work showed that the Harding-Passey melanoma's superior response to chemotherapy was caused by the host's immune reaction, because the tumour is nonsyngeneic with its CD2F1 hosts.",
      HI_IMMUNE, wrong="was caused by the host's immune reaction", truth_alt=[HI_MOST]),
    # --- Fondu 1978: none, duration, direction, population
    C("fo-none", FO, "none",
      "Fondu and colleagues (1978) measured erythropoietin in the plasma and urine of malnourished children living at 1467-2000 m in the Kivu province and found plasma levels raised both on admission and after two months of refeeding.",
      FO_ESF, truth_alt=[FO_FIRST]),
    C("fo-dur", FO, "duration",
      "In children with protein-energy malnutrition, packed cell volume had risen after two weeks of refeeding but was still below that of controls (Fondu et al., 1978).",
      FO_PCV, wrong="after two weeks of refeeding", accept=["duration", "number"]),
    C("fo-dir", FO, "direction",
      "Fondu et al. reported that plasma erythropoietin was depressed when malnourished children in Kivu were admitted, and rose only once they had been refed.",
      FO_ESF, wrong="was depressed"),
    C("fo-pop", FO, "population",
      "Among malnourished adults in the Kivu highlands, Fondu and colleagues (1978) found that the expected correlation between serum and urinary erythropoietin appeared only after refeeding.",
      FO_FIRST, wrong="malnourished adults", truth_alt=[FO_CORR]),
    # --- Wu 1979: none x2, number, comparator
    C("wu-none1", WU, "none",
      "Wu et al. (1979) analysed 97 amniotic fluid samples taken by amniocentesis at 14 to 18 weeks of gestation, 67 from pregnancies with a male fetus and 30 with a female fetus.",
      WU_97),
    C("wu-none2", WU, "none",
      "Total estrone, estradiol, androstenedione and testosterone were significantly lower in midpregnancy amniotic fluid than in maternal plasma, although total progesterone was not (Wu et al., 1979).",
      WU_LOWER),
    C("wu-num", WU, "number",
      "Wu and colleagues (1979) set the amniotic fluid results against 40 maternal plasma samples of comparable gestational age.",
      WU_MP, wrong="40 maternal plasma samples"),
    C("wu-comp", WU, "comparator",
      "In Wu et al.'s study, the proportion of free steroids was higher in amniotic fluid than in umbilical cord blood.",
      WU_PCT, wrong="umbilical cord blood"),
    # --- Schima 1977: none, duration, number, design
    C("sc-none", SC, "none",
      "Schima (1977) argued that acute inflammatory cholecystitis in old patients should be operated on urgently, with cholecystectomy as the method of choice and cholecystostomy kept for a few exceptional cases.",
      SC_URGENT, truth_alt=[SC_CHOICE, SC_STOMY]),
    C("sc-dur", SC, "duration",
      "Over 15 years, Schima's (1977) department performed 1311 operations for benign diseases of the biliary tract, 281 of them in patients over 70.",
      SC_5Y, wrong="Over 15 years", truth_alt=[SC_281], accept=["duration", "number"]),
    C("sc-num", SC, "number",
      "In this series of biliary operations, Schima (1977) recorded a postoperative mortality of 2.5%, rising to 25.1% when surgery was done once complications had set in.",
      SC_MORT, wrong="25.1%"),
    C("sc-des", SC, "design",
      "In a randomised comparison of urgent versus delayed surgery for acute cholecystitis in patients over 70, Schima (1977) found urgent operation preferable.",
      SC_URGENT, wrong="In a randomised comparison of urgent versus delayed surgery", truth_alt=[SC_5Y],
      accept=["design", "comparator"]),
    # --- Shmidt 1977: none, population, comparator, direction
    C("sh-none", SH, "none",
      "Shmidt et al. (1977) examined 50 patients aged 40-67 years with early signs of inadequate cerebral blood supply, together with 30 age-matched normal controls, using rheoencephalography and EEG with functional tests.",
      SH_50, truth_alt=[SH_AGE]),
    C("sh-pop", SH, "population",
      "Shmidt and colleagues (1977) studied 50 patients who had already had a completed stroke, recording rheoencephalograms and EEGs during functional tests.",
      SH_50, wrong="who had already had a completed stroke"),
    C("sh-comp", SH, "comparator",
      "In the Soviet study by Shmidt et al., the REG and EEG findings of the 50 patients were compared with those of 30 patients with advanced cerebral atherosclerosis.",
      SH_50, wrong="30 patients with advanced cerebral atherosclerosis", accept=["comparator", "population"]),
    C("sh-dir", SH, "direction",
      "Shmidt et al. (1977) reported that the clinical changes were irreversible and persisted despite treatment of the underlying vascular disease.",
      SH_REV, wrong="were irreversible and persisted despite treatment"),
    # --- Kantor and Norden 1977: none x2, direction, design
    C("ka-none1", KA, "none",
      "Kantor and Norden (1977) tested netilmicin, gentamicin and amikacin against 192 clinical isolates of Enterobacteriaceae, Pseudomonas aeruginosa and Staphylococcus aureus by agar and broth dilution.",
      KA_192, truth_alt=[KA_IVT]),
    C("ka-none2", KA, "none",
      "Gentamicin-resistant strains of Pseudomonas aeruginosa were also resistant to netilmicin but remained susceptible to amikacin (Kantor and Norden, 1977).",
      KA_PSA),
    C("ka-dir", KA, "direction",
      "In Kantor and Norden's (1977) comparison, netilmicin was more active than gentamicin against Serratia marcescens and P. aeruginosa.",
      KA_EXC, wrong="netilmicin was more active than gentamicin"),
    C("ka-des", KA, "design",
      "In a clinical trial, Kantor and Norden (1977) found the new aminoglycoside netilmicin broadly comparable to gentamicin.",
      KA_IVT, wrong="In a clinical trial", truth_alt=[KA_EXC]),
    # --- Casali 1978: none, number, overreach, population
    C("ca-none", CA, "none",
      "Casali et al. (1978) found an acquired C1-inhibitor deficiency in five patients with mixed cryoglobulinemia, three of whom had Waldenström's disease and two essential cryoglobulinemia.",
      CA_5),
    C("ca-num", CA, "number",
      "Of the five cryoglobulinemic patients with C1-inhibitor deficiency described by Casali et al. (1978), three had episodes of angioedema.",
      CA_ANGIO, wrong="three had episodes of angioedema"),
    C("ca-over", CA, "overreach",
      "Casali and colleagues (1978) proved that the C1-inhibitor deficiency of cryoglobulinemia results from complement activation by cryoprecipitating immune complexes.",
      CA_HYP, wrong="proved that"),
    C("ca-pop", CA, "population",
      "In five patients with systemic lupus erythematosus, Casali et al. found the complement profile of acquired C1-inhibitor deficiency, with reduced total haemolytic activity and early components.",
      CA_5, wrong="five patients with systemic lupus erythematosus", truth_alt=[CA_PROFILE]),
    # --- Kanakoudi-Tsakalidis 1977: none x2, population, direction
    C("kt-none1", KT, "none",
      "Kanakoudi-Tsakalidis et al. (1977) assessed cell-mediated immunity in 46 transfused thalassaemic children with skin tests to specific and nonspecific antigens and found no gross impairment.",
      KT_NOGROSS, truth_alt=[KT_46, KT_SKIN]),
    C("kt-none2", KT, "none",
      "Kanakoudi-Tsakalidis and colleagues suggested that antibodies carried in transfused blood may blunt the recipient's primary immune response to the same antigen, especially when their level is high, while the secondary response is unaffected.",
      KT_INHIB),
    C("kt-pop", KT, "population",
      "Studying 46 adult thalassaemia patients, Kanakoudi-Tsakalidis et al. (1977) measured tetanus antitoxin titres before and after vaccination.",
      KT_46, wrong="46 adult thalassaemia patients", truth_alt=[KT_TET]),
    C("kt-dir", KT, "direction",
      "Kanakoudi-Tsakalidis et al. (1977) found that blood transfusions markedly impaired cell-mediated immunity in children with thalassaemia.",
      KT_NOGROSS, wrong="markedly impaired cell-mediated immunity"),
    # --- Pedley 1978: none x2, design, overreach
    C("pe-none1", PE, "none",
      "In a selective review, Pedley (1978) discussed how intracellular recording, ion-specific microelectrodes and in vitro preparations of mammalian cortex shed light on the cellular events behind clinical observations in epileptic patients.",
      PE_REVIEW),
    C("pe-none2", PE, "none",
      "Pedley's (1978) review noted that this experimental work has begun to explain why seizure patterns differ between infants and adults.",
      PE_CLARIFY),
    C("pe-des", PE, "design",
      "In a prospective study of patients with focal epilepsy, Pedley (1978) used intracellular recordings to follow changes in neuronal behaviour between and during seizures.",
      PE_REVIEW, wrong="In a prospective study of patients with focal epilepsy", truth_alt=[PE_CLARIFY]),
    C("pe-over", PE, "overreach",
      "According to Pedley (1978), intracellular and ion-specific studies have now fully explained focal epileptogenesis, including the mechanisms that restrict the spread of seizures.",
      PE_CLARIFY, wrong="have now fully explained"),
    # --- Mahalanabis 1979: none, number, comparator, overreach
    C("ma-none", MA, "none",
      "Mahalanabis et al. (1979) gave a water-miscible oral vitamin A preparation to 19 children aged 1.5 to 9 years with giardiasis and/or ascariasis, before and after the infections were eradicated, and to three children without parasites.",
      MA_19),
    C("ma-num", MA, "number",
      "In the study by Mahalanabis and colleagues (1979), vitamin A absorption was measured in 91 children with giardiasis or ascariasis before and after antiparasitic treatment.",
      MA_19, wrong="91 children"),
    C("ma-comp", MA, "comparator",
      "Mahalanabis et al. (1979) compared vitamin A absorption in children whose parasites were eradicated with that in infected children given a placebo instead of antiparasitic therapy.",
      MA_19, wrong="infected children given a placebo instead of antiparasitic therapy", accept=["comparator", "design"]),
    C("ma-over", MA, "overreach",
      "Mahalanabis and colleagues showed that ascariasis on its own always impairs the absorption of water-miscible vitamin A in children.",
      MA_MARKED, wrong="always impairs", truth_alt=[MA_ASC]),
    # --- Duvillers-Montreuil and Goudemand 1977: none x2, number, comparator
    C("dm-none1", DM, "none",
      "Duvillers-Montreuil and Goudemand (1977) described an automated reversed passive haemagglutination test, run on a Technicon autoanalyzer with red cells sensitised with purified tetanus toxoid, for detecting and titrating antitetanus antibodies.",
      DM_TECH, truth_alt=[DM_TECHNICON]),
    C("dm-none2", DM, "none",
      "In 1000 donors the haemagglutination results agreed well with counter-immunoelectrophoresis, and the automated assay appeared more objective, quantitative and sensitive (Duvillers-Montreuil and Goudemand, 1977).",
      DM_1000, truth_alt=[DM_CEP]),
    C("dm-num", DM, "number",
      "Using this screen, Duvillers-Montreuil and Goudemand found that 44% of blood donors had antitetanus antibody levels of 5 IU/ml or more.",
      DM_44, wrong="44%"),
    C("dm-comp", DM, "comparator",
      "Duvillers-Montreuil and Goudemand (1977) validated their automated assay against a radioimmunoassay in 1000 donors.",
      DM_1000, wrong="a radioimmunoassay"),
    # --- Linko 1979: none x2, direction, design
    C("li-none1", LI, "none",
      "Linko (1979) pressure-transfused aggregate-free whole blood at +5 °C through two microfiltration and blood-warming systems at 20 and 40 kPa, recording the blood temperature before it reached the venous cannula.",
      LI_FIRST),
    C("li-none2", LI, "none",
      "The warming capacity of the two devices was almost the same and was not their weak point, although the infusion temperature varied considerably during transfusion (Linko, 1979).",
      LI_WARM, truth_alt=[LI_VARY]),
    C("li-dir", LI, "direction",
      "In Linko's (1979) bench tests, the Fenwal system allowed higher flow rates than the MF10B micro-filter combined with the Portex coil.",
      LI_FLOW, wrong="allowed higher flow rates than"),
    C("li-des", LI, "design",
      "In a clinical study of patients receiving pressure transfusions during surgery, Linko (1979) found that the blood bag pressure differed significantly from the infusor pressure as the bag emptied.",
      LI_BAG, wrong="In a clinical study of patients receiving pressure transfusions during surgery", truth_alt=[LI_FIRST],
      accept=["design", "population"]),
    # --- Kral 1977: none, duration x2, comparator
    C("kr-none", KR, "none",
      "Kral et al. (1977) found that fat cell number in 15 severely obese patients was unchanged after jejuno-ileostomy, in contrast to every other measure of body composition.",
      KR_FCN, truth_alt=[KR_15]),
    C("kr-dur1", KR, "duration",
      "Kral and colleagues (1977) restudied the patients once they had reached a new stable weight, on average six months after the jejuno-ileostomy.",
      KR_WS, wrong="on average six months after", accept=["duration", "number"]),
    C("kr-dur2", KR, "duration",
      "Kral et al. (1977) followed 15 severely obese patients after jejuno-ileostomy. Kral et al. reported that the postoperative fall in body potassium stopped after about two years, unlike the fall in body weight.",
      KR_K, wrong="after about two years", accept=["duration", "number"]),
    C("kr-comp", KR, "comparator",
      "Kral and colleagues' (1977) study compared body composition of 15 severely obese patients after jejuno-ileostomy with that of a matched group treated by diet alone.",
      KR_15, wrong="a matched group treated by diet alone", truth_alt=[KR_WS], accept=["comparator", "design"]),
    # --- Wilde 1978: none, population, overreach, design
    C("wi-none", WI, "none",
      "Wilde (1978) noted that only mass X-ray examination and exfoliative cytology had so far gained practical importance in screening for lung cancer, and that most radiological studies had methodological weaknesses.",
      WI_ONLY, truth_alt=[WI_WEAK]),
    C("wi-pop", WI, "population",
      "Wilde (1978) cited an annual lung cancer incidence of 0.005 to 4.63 per thousand among women aged 25 and over in the German Democratic Republic.",
      WI_INC, wrong="among women"),
    C("wi-over", WI, "overreach",
      "In his 1978 review, Wilde concluded that radiological screening of high-risk groups at short intervals has been shown to reduce lung cancer mortality.",
      WI_SHORT, wrong="has been shown to reduce lung cancer mortality"),
    C("wi-des", WI, "design",
      "Wilde's (1978) randomised screening trial in the GDR found that cytological screening of risk groups was too costly to be implemented widely.",
      WI_COST, wrong="randomised screening trial"),
    # --- Whitehead and Lieberth 1979: none x2, population, number
    C("wh-none1", WH, "none",
      "Whitehead and Lieberth (1979) had 20 hearing-impaired adult men with varying degrees of vocal tension/harshness sustain the vowels /a/ and /u/ and read the first two sentences of the Rainbow Passage.",
      WH_20),
    C("wh-none2", WH, "none",
      "Ratings of vocal tension correlated significantly with average spectral noise levels of the vowels (Whitehead and Lieberth, 1979).",
      WH_CORR),
    C("wh-pop", WH, "population",
      "Whitehead and Lieberth (1979) recorded sustained vowels from 20 hearing-impaired children and measured their inharmonic noise between 100 and 3000 Hz.",
      WH_20, wrong="hearing-impaired children", truth_alt=[WH_SPEC]),
    C("wh-num", WH, "number",
      "Whitehead and Lieberth (1979) studied vocal tension in hearing-impaired men. In Whitehead and Lieberth's study, the recordings were rated on a 5-point scale by ten speech pathologists.",
      WH_RATED, wrong="ten speech pathologists"),
]

Path(__file__).resolve().parent.joinpath("claims.json").write_text(
    json.dumps(claims, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(len(claims), "claims written")
