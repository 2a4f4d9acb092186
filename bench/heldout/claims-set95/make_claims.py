"""Writes claims.json (set 95). Hand-written claims; truth sentences copied verbatim from the main abstracts (pool 14,
positions 501-518). The C() helper and the field layout are those of set 55's make_claims.py (its first 30 lines only
were read)."""
import json
from pathlib import Path

def C(id, key, kind, claim, truth, wrong=None, truth_alt=None, accept=None):
    d = {"id": id, "key": key, "kind": kind, "claim": claim, "truth": truth}
    if truth_alt: d["truth_alt"] = truth_alt
    if wrong: d["wrong"] = wrong
    if accept: d["accept"] = accept
    return d

DU, PI, AR, LA, LI = "dufau1977bioassay", "pifer1978pneumocystis", "arnaudov1977immunologic", "langer1979hemodynamic", "lin1978immunological"
HE, PO, HA, BU, HU = "hess1977methodical", "pollack1979protective", "haseman1979statistical", "buergelt1978vitro", "huttenlocher1979synaptic"
CR, LD, TO, IN, OG = "crist1977simplified", "ladenson1979relationship", "touboul1977action", "ingenbleek1978thyroid", "ogihara1979blood"

DU_SENS = "The sensitivity of the in vitro bioassay was equal to or higher than that of radioimmunoassay, with detection limits of 0.1 mIU of human menopausal gonadotropin (hMG) or 10 ng of a rhesus pituitary gonadotropin preparation (LER-1909-2)."
DU_MALE = "Serum LH was undetectable in two hypophysectomized adult female monkeys and six intact immature animals, and was 13+/-6 (SD) mIU/ml in adult male monkeys."
DU_60 = "Serum LH was suppressed to undetectable levels during the third week, and remained so for the duration of the 60-day treatment period."
DU_HUM = "The concentrations of biologically active serum LH in rhesus monkeys were similar to those in the human female during the follicular and luteal phases of the menstrual cycle, and were higher at midcycle and after castration."
PI_95 = "Antigenemia was detected in 95% of patients with PCP, in 15% of cancer patients without pneumonitis, and in none of the normal children tested."
PI_4Y = "By 4 years of age two thirds of the normal children were found to have antibody to P. carinii in titers of 1:16 or greater."
PI_AGE = "In cross-sectional and longitudinal studies of normal infants and children, acquisition of serum antibody to P. carinii was demonstrated to occur progressively with increase in age."
AR_698 = "A total of 698 blood serum samples from sheep in various regions of the People's Republic of Bulgaria were examined throught the indirect hemaglutination micromethod."
AR_217 = "Two-hundred and seventeen proved positive for toxoplasmosis."
AR_EWE = "Those of the samples that were taken from ewes that had miscarried and reacted positively were considerably more--43.3 per cent--than those that were taken from ewes with normal lambing and reacted positively--21 percent."
AR_MTN = "Besides, toxoplasmosis was shown to be more widely spread among sheep in the mountainous regions (40.3 per cent) than in sheep from the plain regions (18.3 per cen)."
AR_CZ = "Out of 493 sheep investigated in Czechoslovakia 33.3 per cent were positive by the indirect hemagglutination reaction, 29.7 per cent were positive by the indirect fluorescence reaction (RIF), and 11.6 per cent were positive by thr microprecipitation agar gel reaction (MPA)."
LA_SIX = "To do this, direct continuous recordings of cardiac output, systolic and diastolic blood pressure, and discrete determinations of the arterial-mixed venous oxygen ((a-v)O2) content difference were analyzed in six dogs during exposure to three grades of treadmill exercise and when working on a shock-avoidance task."
LA_FIVE = "The results indicated that in five animals the relationship between cardiac output and the (a-v)O2 difference during shock-avoidance conditioning was significantly different from the corresponding pattern observed during exercise."
LA_BP = "Behavioral stress also produced reliable elevations in diastolic and systolic blood pressure."
LI_CHIMP = "The pregnant chimpanzee possessed significantly higher concentrations of PAPP-A and PAPP-C than did women at an equivalent stage of pregnancy, while the HCS and PAPP-B levels appeared to be approximately the same."
LI_SPEC = "As in the human, these proteins appeared to be specific for pregnancy, not being detectable in nonpregnant animals, female or male."
LI_TRI = "In the chimpanzee and rhesus monkey, as in the human, the levels of PAPP-A, PAPP-C, and HCS were appreciably higher during the third trimester of pregnancy than they were during the second trimester."
LI_APES = "In the case of the two apes studied (chimpanzee and orangutan), these appeared to be immunologically identical to the human PAPPs (PAPP-A, -B, -C, and HCS)."
HE_22 = "Liver biopsy material of 22 in the serum HBsAg positive patients was tested with the fluorescent antibody technique for the localization of HBcAg and HBsAg in the liver tissue."
HE_NONE = "No HB-components could be detected with the cold ethanol paraffin embedding technique and freeze substitution."
HE_CRYO = "Using the cryostat technique HBsAg could be demonstrated in 16/22 (cytoplasmatic localization) and HBcAg in 8/22 (nuclear localization)."
HE_FD = "With freeze drying HBsAg and HBcAg could be found in the same cases."
PO_52 = "Serum antibodies to exotoxin A and type-specific lipopolysaccharide were measured by passive hemagglutination in 52 patients with Pseudomonas aeruginosa septicemia."
PO_SURV = "High acute serum antitoxin and antilipopolysaccharide titers (log2 reciprocal mean titers greater than 5) were associated with survival (76% of 17 with high vs. 46% of 24 with low antitoxin titers, P = 0.05; 85% of 13 with high vs. 48% of 29 with low antilipopolysaccharide titers, P = 0.03)."
PO_BOTH = "Whereas 75% of 8 patients with high antitoxin titers and only 38% of 16 with low titers survived with low antilipopolysaccharide titers (P = 0.10), 100% (6/6), 73% (8/11), and 38% (6/16) survived, respectively, when both, one, or neither antibody was present in high titer (P = 0.01)."
PO_NULL = "In contrast, neither antibody titer was significantly associated (P less than or equal to 0.05) with patients' age or sex, severity of underlying disease, presence of leukopenia, steroid or immunosuppressive therapy."
PO_POT = "Both antibodies may have therapeutic or prophylactic potential, whereas serum antiexotoxin A antibodies may be particularly beneficial in compromised hosts."
HA_FIN = "Finally, it was shown that if susceptible subgroups do exist, and certain simplifying assumptions are made, then in many cases tumor increases can be detected more readily by studying several inbred mouse strains rather than a single outbred stock."
HA_INNES = "Although there was a very high overall association between mouse strains with respect to the induction of hepatomas, evidence of strain-to-strain variability was found for several compounds."
HA_DDT = "Next, a number of long-term carcinogenicity studies with DDT were considered, and among-strain differences in cancer susceptibility for this compound were noted."
BU_POS = "A positive LT response to johnin purified-protein derivative (PPD) or avian PPD (or both) was noted in 40% to 60% of the animals tested."
BU_CF = "The complement-fixation test yielded 4% to 6.7% positive results, the immunodiffusion test between 1.2% and 1.4%, and the direct fecal culture between 2.4% and 6%."
BU_CMP = "The results obtained from LT were compared with conventional serologic and cultural methods."
BU_AIM = "The lymphocyte-transformation (LT) test was evaluated for its potential application as a field test for bovine paratuberculosis."
HU_PEAK = "Synaptic density increased during infancy, reaching a maximum at age 1--2 years which was about 50% above the adult mean."
HU_ADULT = "Synaptic density was constant throughout adult life (ages 16--72 years) with a mean of 11.05 X 10(8) synapses/cu.mm +/- 0.41 S.E.M."
HU_AGED = "There was a slight decline in synaptic density in brains of the aged (ages 74--90 years) with a mean of 9.56 X 10(8) synapses/cu.mm +/- 0.28 S.E.M. in 4 samples (P less than 0.05)."
HU_36 = "Synaptic profiles could be reliably demonstrated by the phosphotungstic acid method (Bloom and Aghajanian) in tissue fixed up to 36 h postmortem."
HU_NEO = "Synaptic density in neonatal brains was already high--in the range seen in adults."
CR_REC = "As little as 0.1 ppm PCBs in 500 mg tissue extract can be recovered at 79-99%."
CR_PEST = "Several chlorinated pesticides which were subjected to the perchlorination procedure did not interfere."
CR_FORT = "Beef adipose tissue and human milk extracts were fortified with PCB standards at 0.1--5.0 ppm, and perchlorinated with antimony pentachloride (SbCl5)."
LD_691 = "An assessment of free and total calcium measurements was made in 691 patients with suspected hypercalcemia or disorders often associated with hypercalcemia."
LD_189 = "In 18.9% of the 1049 specimens analyzed from nine different patient groups, a different impression of hypercalcemia was obtained depending on whether the free or total calcium was considered."
LD_BETTER = "Free calcium appears to be a slightly better indicator of elevated calcium states than total calcium."
TO_23 = "The electrophysiological changes caused by the intra-atrial injection of 1.5 mg/kg of chloro-acetyl-ajmaline were studied in 23 patients by recording the His potential and by the stimulustest method."
TO_HV = "The H-V interval was increased in 20 patients by an average of 11 ms (p less than 0.001)."
TO_SIN = "The sinus cycle was significantly shortened after administration of the drug (p 0.001)"
TO_BEFORE = "The length of the basal cycle being kept constant by atrial stimulation, measurements were made before and after the injection, on the one hand of the -VA node conduction time (A-H interval) and the infra-His conduction time (H-V interval) and on the other of the refractory periods of the right auricle, A-V node, and the His-Purkinje system."
TO_BASE = "These findings will serve as a base line for assessing the anti-arrhythmic action of chloro-acetyl-ajmaline."
IN_12 = "The thyroid function was evaluated in two comparable groups of 12 protein-calorie malnourished children respectively by oral and intravenous test using radioiodine 131I."
IN_PEAK = "Maximal radioiodide uptake (RAIUmax) peaked within 24 hr in the intravenously investigated children, but only after 48 hr in the orally investigated children."
IN_LOW = "In both protein-calorie malnutrition groups, the mean RAIUmax was significantly decreased by comparison with the mean normal RAIUmax (P less than 0.01)."
IN_CLR = "Thyroid clearance was early depressed and in some cases, dropped to values as low as one tenth of the normal mean (P less than 0.001), reflecting a severe thyroid involution."
OG_8 = "The renin-angiotensin-aldosterone system in patients with acromegaly was evaluated by infusing [sarcosine1, isoleucine8]angiotensin II, a competitive angiotensin II antagonist, into five acromegalic patients with hypertension and three normotensive acromegalics."
OG_PRESS = "A significant pressor response to [sarcosine1, isoleucine8]angiotensin II was observed in all eight patients."
OG_RATE = "The drug was infused at a rate of 600 ng/kg . min for 30 min, 1 h after iv injection of 40 mg furosemide."
OG_CONC = "It is concluded that in acromegaly, the renin-angiotensin-aldosterone system is suppressed and that this system is probably not involved in maintenance of the high blood pressure observed in some acromegalic patients."

claims = [
    # Dufau 1977 (4 authors): LH bioassay in rhesus monkeys
    C("dufau-n1", DU, "none", "Dufau et al. (1977) described a bioassay for LH in rhesus monkey serum, based on testosterone output by dispersed rat interstitial cells, that was at least as sensitive as radioimmunoassay.", DU_SENS),
    C("dufau-num", DU, "number", "Using their interstitial-cell bioassay, Dufau and colleagues (1977) measured bioactive LH at about 130 mIU/ml in the serum of adult male rhesus monkeys.", DU_MALE, wrong="about 130 mIU/ml"),
    C("dufau-dur", DU, "duration", "In Dufau et al.'s (1977) castrated female monkeys, oestrogen plus progesterone brought serum LH down to undetectable levels by the third week, where it stayed for the rest of a six-month course of treatment.", DU_60, wrong="six-month"),
    C("dufau-comp", DU, "comparator", "During the follicular and luteal phases, female rhesus monkeys had bioactive LH concentrations similar to those of adult men (Dufau et al., 1977).", DU_HUM, wrong="those of adult men", accept=["comparator", "population"]),
    # Pifer 1978 (4 authors): P. carinii antigen and antibody
    C("pifer-n1", PI, "none", "Pifer et al. (1978) found circulating Pneumocystis carinii antigen in 95% of cancer patients with P. carinii pneumonitis, in 15% of cancer patients without pneumonitis and in no healthy child.", PI_95),
    C("pifer-pop", PI, "population", "By the age of four, about two thirds of children with cancer already carried antibody to P. carinii, Pifer and colleagues (1978) reported.", PI_4Y, wrong="children with cancer"),
    C("pifer-num", PI, "number", "Pifer et al.'s (1978) counterimmunoelectrophoresis assay detected P. carinii antigen in the serum of 59% of patients with P. carinii pneumonitis.", PI_95, wrong="59%"),
    C("pifer-dir", PI, "direction", "According to Pifer et al. (1978), antibody to P. carinii became less common as healthy infants and children grew older.", PI_AGE, wrong="became less common as healthy infants and children grew older"),
    # Arnaudov 1977 (5 authors; Bulgarian, English abstract): toxoplasmosis in sheep
    C("arnaudov-n1", AR, "none", "Arnaudov et al. (1977) tested 698 sheep sera from across Bulgaria by indirect haemagglutination and found 217 positive for toxoplasmosis.", AR_217, truth_alt=[AR_698]),
    C("arnaudov-num", AR, "number", "In the Bulgarian survey by Arnaudov and colleagues (1977), toxoplasma antibodies were found in 43.3% of ewes that had aborted versus 12% of ewes that lambed normally.", AR_EWE, wrong="12%"),
    C("arnaudov-dir", AR, "direction", "Toxoplasmosis was less widespread among sheep from mountainous regions than among sheep from the plains (Arnaudov et al., 1977).", AR_MTN, wrong="less widespread"),
    C("arnaudov-pop", AR, "population", "Arnaudov et al.'s (1977) study also reported that a third of 493 goats tested in Czechoslovakia were positive by indirect haemagglutination.", AR_CZ, wrong="goats"),
    # Langer 1979 (3 authors): six dogs, exercise vs shock avoidance
    C("langer-n1", LA, "none", "In five of the six dogs studied by Langer et al. (1979), the relation between cardiac output and arteriovenous oxygen difference during shock-avoidance conditioning differed significantly from the pattern seen on the treadmill.", LA_FIVE, truth_alt=[LA_SIX]),
    C("langer-n2", LA, "none", "Behavioural stress reliably raised both systolic and diastolic blood pressure in the dogs that Langer and colleagues (1979) studied.", LA_BP),
    C("langer-pop", LA, "population", "Langer et al. (1979) recorded cardiac output and blood pressure continuously in six baboons during graded treadmill exercise and during a signalled shock-avoidance task.", LA_SIX, wrong="six baboons"),
    C("langer-des", LA, "design", "Comparing one group of dogs run on a treadmill with a separate group trained on a shock-avoidance task, Langer et al.'s (1979) study found that the two stressors linked cardiac output and oxygen extraction differently.", LA_SIX, wrong="one group of dogs run on a treadmill with a separate group trained on a shock-avoidance task", accept=["design", "comparator"]),
    # Lin and Halbert 1978 (2 authors): pregnancy proteins in primates
    C("lin-n1", LI, "none", "Lin and Halbert (1978) found that pregnant chimpanzees had significantly higher PAPP-A and PAPP-C concentrations than women at the same stage of pregnancy.", LI_CHIMP),
    C("lin-dir", LI, "direction", "In Lin and Halbert's (1978) primate study, these pregnancy-associated proteins also circulated at low levels in non-pregnant females and in males.", LI_SPEC, wrong="also circulated at low levels in non-pregnant females and in males"),
    C("lin-dur", LI, "duration", "In chimpanzees and rhesus monkeys, as in women, PAPP-A, PAPP-C and HCS levels were clearly higher in the third trimester than in the first (Lin & Halbert, 1978).", LI_TRI, wrong="than in the first", accept=["duration", "comparator"]),
    C("lin-comp", LI, "comparator", "Lin and Halbert (1978) reported that the pregnancy-associated plasma proteins of chimpanzees and orangutans were immunologically identical to those of Old World monkeys.", LI_APES, wrong="to those of Old World monkeys"),
    # Hess and Arnold 1977 (2 authors; German, English abstract): HBsAg/HBcAg in liver tissue
    C("hess-n1", HE, "none", "Hess and Arnold (1977) found that neither cold-ethanol paraffin embedding nor freeze substitution revealed any hepatitis B antigen in liver biopsies.", HE_NONE),
    C("hess-n2", HE, "none", "On cryostat sections, Hess and Arnold (1977) showed HBsAg in the cytoplasm in 16 of 22 biopsies and HBcAg in the nuclei in 8.", HE_CRYO),
    C("hess-num", HE, "number", "Hess and Arnold's (1977) methods comparison used liver biopsies from 42 patients who were HBsAg-positive in serum.", HE_22, wrong="42 patients"),
    C("hess-comp", HE, "comparator", "With freeze-drying, hepatitis B surface and core antigens were found in the same biopsies as with cold-ethanol paraffin embedding, with better preservation of cell structure (Hess & Arnold, 1977).", HE_FD, truth_alt=[HE_NONE], wrong="as with cold-ethanol paraffin embedding"),
    # Pollack and Young 1979 (2 authors): antibodies and survival in P. aeruginosa septicaemia
    C("pollack-n1", PO, "none", "Pollack and Young (1979) found that all patients with high titres of both anti-exotoxin A and anti-lipopolysaccharide antibodies at the onset of Pseudomonas aeruginosa septicaemia survived, against 38% of those with neither in high titre.", PO_BOTH),
    C("pollack-dir", PO, "direction", "Pollack and Young (1979) found that patients with more severe underlying disease or on immunosuppressive therapy had significantly lower titres of both antibodies.", PO_NULL, wrong="had significantly lower titres of both antibodies"),
    C("pollack-over", PO, "overreach", "Pollack and Young's (1979) study showed that giving antibody to exotoxin A prevents death from Pseudomonas septicaemia in compromised patients.", PO_POT, wrong="showed that giving antibody to exotoxin A prevents death"),
    C("pollack-des", PO, "design", "In a randomised trial in 52 patients with Pseudomonas aeruginosa septicaemia, high antitoxin titres went with better survival (76% vs 46%) (Pollack & Young, 1979).", PO_52, truth_alt=[PO_SURV], wrong="a randomised trial"),
    # Haseman and Hoel 1979 (2 authors): strain differences and toxicity assay design
    C("haseman-n1", HA, "none", "Haseman and Hoel (1979) showed that, if susceptible subgroups exist and under simplifying assumptions, tumour increases can often be detected more readily with several inbred mouse strains than with one outbred stock.", HA_FIN),
    C("haseman-n2", HA, "none", "Re-examining earlier data, Haseman and Hoel (1979) found a very high overall agreement between mouse strains in hepatoma induction, though several compounds showed strain-to-strain variability.", HA_INNES),
    C("haseman-des", HA, "design", "Haseman and Hoel (1979) ran a new long-term experiment feeding DDT to several mouse strains and found that the strains differed in cancer susceptibility.", HA_DDT, wrong="ran a new long-term experiment feeding DDT to several mouse strains"),
    C("haseman-over", HA, "overreach", "Haseman and Hoel (1979) proved that carcinogenicity assays should always use several inbred strains instead of a single outbred stock.", HA_FIN, wrong="proved that carcinogenicity assays should always use several inbred strains"),
    # Buergelt 1978 (5 authors): lymphocyte transformation for bovine paratuberculosis
    C("buergelt-n1", BU, "none", "Buergelt et al. (1978) found a positive lymphocyte-transformation response to johnin or avian PPD in 40-60% of the cattle tested.", BU_POS),
    C("buergelt-n2", BU, "none", "By contrast, complement fixation was positive in only about 4-7% of animals and faecal culture in 2-6%, Buergelt and colleagues (1978) reported.", BU_CF),
    C("buergelt-comp", BU, "comparator", "Buergelt et al. (1978) compared the lymphocyte-transformation test against the tuberculin skin test for detecting paratuberculosis in cattle herds.", BU_CMP, wrong="the tuberculin skin test"),
    C("buergelt-pop", BU, "population", "Buergelt et al.'s (1978) study assessed lymphocyte transformation as a field test for paratuberculosis in goat herds.", BU_AIM, wrong="goat herds"),
    # Huttenlocher 1979 (single author): synaptic density in frontal cortex
    C("huttenlocher-n1", HU, "none", "Huttenlocher (1979) found that synaptic density in the frontal cortex rose during infancy to a peak at 1-2 years of age, about 50% above the adult mean.", HU_PEAK),
    C("huttenlocher-n2", HU, "none", "Synaptic density stayed constant from 16 to 72 years and declined only slightly in brains from people aged 74-90, according to Huttenlocher (1979).", HU_ADULT, truth_alt=[HU_AGED]),
    C("huttenlocher-dur", HU, "duration", "Huttenlocher's (1979) method reliably showed synapses in cortex fixed up to 36 days after death.", HU_36, wrong="36 days", accept=["duration", "number"]),
    C("huttenlocher-dir", HU, "direction", "In newborns, synaptic density in the frontal cortex was low, far below adult levels (Huttenlocher, 1979).", HU_NEO, wrong="was low, far below adult levels"),
    # Crist and Moseman 1977 (2 authors): micro perchlorination for PCBs
    C("crist-n1", CR, "none", "Crist and Moseman (1977) reported that their perchlorination method recovered 79-99% of PCBs from tissue extracts containing as little as 0.1 ppm.", CR_REC),
    C("crist-n2", CR, "none", "Several chlorinated pesticides put through the perchlorination step did not interfere with the PCB measurement (Crist & Moseman, 1977).", CR_PEST),
    C("crist-pop", CR, "population", "Crist and Moseman (1977) tried out the method on extracts of beef fat and cow's milk spiked with PCB standards.", CR_FORT, wrong="cow's milk"),
    C("crist-num", CR, "number", "In Crist and Moseman's (1977) validation, tissue extracts were fortified with PCB standards at 10-50 ppm before perchlorination.", CR_FORT, wrong="10-50 ppm"),
    # Ladenson 1979 (5 authors): free vs total calcium
    C("ladenson-n1", LD, "none", "Ladenson et al. (1979) found that in almost a fifth of 1049 specimens, whether a patient appeared hypercalcaemic depended on measuring free or total calcium.", LD_189),
    C("ladenson-num", LD, "number", "Measuring free and total calcium in 196 patients with suspected hypercalcaemia, Ladenson and colleagues (1979) judged free calcium a slightly better indicator.", LD_691, truth_alt=[LD_BETTER], wrong="196 patients"),
    C("ladenson-des", LD, "design", "In a case-control study comparing hypercalcaemic patients with healthy controls, Ladenson et al. (1979) examined how free and total calcium relate.", LD_691, wrong="case-control study comparing hypercalcaemic patients with healthy controls", accept=["design", "comparator"]),
    C("ladenson-over", LD, "overreach", "Ladenson et al.'s (1979) work showed that free calcium is far superior to total calcium and should replace it in all patients.", LD_BETTER, wrong="is far superior to total calcium and should replace it in all patients"),
    # Touboul 1977 (5 authors; French, English abstract): chloro-acetyl-ajmaline
    C("touboul-n1", TO, "none", "Touboul et al. (1977) found that intra-atrial chloro-acetyl-ajmaline (1.5 mg/kg) lengthened the H-V interval in 20 of 23 patients, by 11 ms on average.", TO_HV, truth_alt=[TO_23]),
    C("touboul-dir", TO, "direction", "In Touboul and colleagues' (1977) His-bundle study, chloro-acetyl-ajmaline significantly lengthened the sinus cycle.", TO_SIN, wrong="significantly lengthened the sinus cycle"),
    C("touboul-comp", TO, "comparator", "Compared with a saline injection, chloro-acetyl-ajmaline prolonged infra-His conduction (Touboul et al., 1977).", TO_BEFORE, truth_alt=[TO_HV], wrong="Compared with a saline injection", accept=["comparator", "design"]),
    C("touboul-over", TO, "overreach", "Touboul et al.'s (1977) study showed that chloro-acetyl-ajmaline is an effective treatment for cardiac arrhythmias.", TO_BASE, wrong="showed that chloro-acetyl-ajmaline is an effective treatment for cardiac arrhythmias"),
    # Ingenbleek and Beckers 1978 (2 authors): thyroid in protein-calorie malnutrition
    C("ingenbleek-n1", IN, "none", "Ingenbleek and Beckers (1978) found that maximal thyroid radioiodide uptake in children with protein-calorie malnutrition was significantly below the normal mean.", IN_LOW),
    C("ingenbleek-n2", IN, "none", "In some malnourished children, thyroid iodide clearance fell to as little as a tenth of normal (Ingenbleek & Beckers, 1978).", IN_CLR),
    C("ingenbleek-dur", IN, "duration", "Ingenbleek and Beckers (1978) found radioiodide uptake peaked within 2 hours when the isotope was given intravenously but only after 48 hours when it was given by mouth.", IN_PEAK, wrong="within 2 hours", accept=["duration", "number"]),
    C("ingenbleek-pop", IN, "population", "Ingenbleek and Beckers (1978) tested thyroid function with 131I in two comparable groups of 12 malnourished adults, one by the oral and one by the intravenous route.", IN_12, wrong="malnourished adults"),
    # Ogihara 1979 (7 authors): angiotensin II antagonist in acromegaly
    C("ogihara-n1", OG, "none", "Ogihara et al. (1979) found that an angiotensin II antagonist raised blood pressure in all eight acromegalic patients they infused, hypertensive or normotensive.", OG_PRESS, truth_alt=[OG_8]),
    C("ogihara-over", OG, "overreach", "Ogihara and colleagues (1979) proved that the renin-angiotensin-aldosterone system plays no part in the high blood pressure of acromegaly.", OG_CONC, wrong="proved that the renin-angiotensin-aldosterone system plays no part"),
    C("ogihara-des", OG, "design", "In a placebo-controlled crossover trial in eight acromegalic patients, Ogihara et al. (1979) saw a pressor response to the angiotensin II antagonist.", OG_8, truth_alt=[OG_PRESS], wrong="placebo-controlled crossover trial"),
    C("ogihara-dur", OG, "duration", "Ogihara et al.'s (1979) patients received the antagonist at 600 ng/kg per minute for three hours, starting an hour after 40 mg of intravenous furosemide.", OG_RATE, wrong="for three hours"),
]
(Path(__file__).resolve().parent / "claims.json").write_text(json.dumps(claims, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(len(claims), "claims")
