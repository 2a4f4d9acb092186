"""Writes claims.json (set 84). Hand-written claims; truth sentences copied verbatim from the abstracts (pool 14,
positions 1426-1442). The C() helper and the field layout are those of set 55's make_claims.py (its first 30 lines
only were read)."""
import json
from pathlib import Path

def C(id, key, kind, claim, truth, wrong=None, truth_alt=None, accept=None):
    d = {"id": id, "key": key, "kind": kind, "claim": claim, "truth": truth}
    if truth_alt: d["truth_alt"] = truth_alt
    if wrong: d["wrong"] = wrong
    if accept: d["accept"] = accept
    return d

BU, NU, WA, HS, VU = "burman1978failure", "nuttall1979gynecomastia", "wakashin1977immunochemical", "hansensmith1979growth", "vuori1977occurrence"
MA, HU, LA, KH, NE = "matsuzawa1977studies", "huibregtse1977bile", "lan1977efficacy", "khairi1977sodium", "neher1977acute"
GU, ME, WK, NL, CA = "gunn1977total", "merillon1977relationship", "walker1978sensitive", "neel1977genetic", "canoso1979hemostatic"

BU_5 = "In order to determine whether elevations in serum 3,3'-diiodothyronine (3,3'T2) concentrations influence the hypothalamic-pituitary--thyroid axis, thyrotropin (TSH) and prolactin responses to thyrotropin-releasing hormone (TRH) were assessed in five patients both prior to and during 3,3'T2 administration."
BU_RAT = "Hypothyroid rats administered triiodothyronine (10 migrogram b.i.d.) for 5 days had a mean TSH response to TRH stimulation of 0.051 +/- 0.003 mU/ml, whereas rats to whom saline or 3,3'T2 (50 microgram b.i.d.) had been given for the same time interval had mean TRH-induced TSH responses of 1.127 +/- 0.179 mU/ml and 1.324 +/- 0.286 mU/ml, respectively."
BU_NONE = "None of the TSH or prolactin responses to TRH, in either human or rat studies, were apparently altered by 3,3'T2."
BU_CONC = "These observations suggest that elevation of serum 3,3'T2 levels are not associated with alterations in the hypothalamic--pituitary--thyroid axis in the experimental systems employed."
NU_306 = "The prevalence of palpable gynecomastia was determined in 306 normal adult men ranging in age from 17-58 yr."
NU_36 = "Palpable breast tissue was present in 36% and was bilateral in all but 7 subjects."
NU_AGE = "With advancing age there was a progressive increase in the prevalence of gynecomastia."
NU_57 = "In those over the age of 44, the prevalence was 57%."
WA_PTS = "A soluble glomerular basement membrane (GBM) antigen was detected in the urines of patients with various glomerular diseases including chronic glomerulonephritis, nephrotic syndrome, chronic renal insufficiency, and lupus nephropathy."
WA_STER = "It was also demonstrated that the amounts of u-GBM decreased in response to steroid therapy of nephrotic syndrome."
WA_ROLE = "These findings imply that the GBM antigen plays an important role in the pathogenesis of human renal diseases."
HS_DBL = "The fibres doubled in size during the early period of rehabilitation."
HS_LATE = "Growth of muscle fibres during later periods of rehabilitation occurred at a slower rate."
HS_60 = "Fibre sizes of clinically-recovered subjects (mean age, 13.8 months; weight, 8.7 kg) were only approximately 60% of that for a well-nourished 6-month-old control subject (6.4 kg)."
HS_LONG = "These results suggest that a longer period of time is required for fibres to reach their expected size."
HS_NOTYET = "Therefore, when the child has regained body-weight to that of a normal child of the same height, his muscles have not yet recovered and his body composition is abnormal."
VU_49 = "Gas chromatography has been applied for the analysis of organochlorine compounds of 49 samples of human milk."
VU_DDT = "The average total DDT (2,2-bis(4-chlorophenyl)1,1,1-trichloroethane) content in human milk was found to be 0.058 mg/kg (1.57 mg/kg milk fat, with a range of 0.54-4.00 mg/kg)."
VU_SMOK = "A significant positive correlation was observed between the DDT content of human milk fat and cigarette smoking."
VU_INTAKE = "The average daily intake of total DDT for Finnish breastfed babies was calculated to be 0.0093 mg/kg, 1.9 times more than the daily intake of 0.005 mg/kg indicated by FAO/WHO as the acceptable value."
MA_SPEC = "The effect of 4,4'-bis(beta-diethylaminoethoxy)alpha,beta-diethyldiphenylethane (DH) on lipid metabolism in the liver differed considerably in different animal species, humans, monkeys, and rats, because of differences in drug-metabolizing ability."
MA_BMGP = "Bis(monoacylglyceryl)phosphate (BMGP), which is characteristic of this kind of drug-induced lipidosis, did not increase as much in monkey liver as in human liver, but a marked increase in phosphatidyl inositol (PI) was observed in monkey liver during administration of DH."
MA_CORR = "The concentration of acidic phospholipids (BMGP + PI) in liver showed a close correlation with the accumulation of the drug (DH + its metabolites), irrespective of species differences."
HU_10 = "In ten ileostomy patients, a 14C-cholylglycine breath test was performed."
HU_24 = "The 14CO2 in the exhaled air and the 14C bile acid quantity and composition and fat content in the subsequent 24 h ileostomy effluent were determined and compared to the values in twenty healthy controls."
HU_MINOR = "The results show that in ileostomy patients only minor bile acid-deconjugation occurs in vivo."
HU_BAGS = "Deconjugation in the ileostomy bags was found to be mainly responsible for the absence of conjugated bile acids in many of the ileostomy effluent samples."
LA_CONC = "The effective antimicrobial concentration for the most resistant microorganism, Streptococcus faecalis, was 5.0 X 10(-10) g/ml and the effectiveness persisted for several days."
LA_TEETH = "The diffusion ability of 4% ammoniacal silver nitrate into the dentinal tubules from root canal wall was also tested with freshly extracted teeth treated as in routine procedure for root canal therapy."
LA_CERV = "The diffusibility was evident and the extent of infiltration was various, with more infiltration at cervical dentin than at apical one."
LA_TUBE = "The modified serial tube dilution method was conducted to determine the effective antimicrobial concentration of ammoniacal silver nitrate on selected test microorganisms and clinical isolates."
KH_109 = "Subjects (109) with symptomatic Paget's disease of bone were treated with 5, 10, or 20 mg of sodium etidronate (EHDP)/kg body weight - day for 6 to 24 months."
KH_REL = "Some patients maintained biochemical remission after withdrawal of EHDP but others showed a relapse, related primarily to the pretreatment severity."
KH_61 = "Clinical improvement was noted in 61% of the patients."
KH_5MG = "No side-effects were noted in patients treated with 5 mg of EHDP/kg body weight - day."
KH_HIGH = "In patients treated with 10 or 20 mg of EHDP/kg body weight - day, severe diarrhea, bone pain, and nontraumatic fractures were noted in 3, 13, and 12 patients respectively."
KH_SAFE = "Five milligrams of EHDP/kg body weight - day was effective and appears to be safer than the higher doses."
NE_IND = "Early operation is indicated when the pancreatitis shows a more severe degree and when there is no success on conservative therapy or even deterioration in the patient's condition."
NE_LOW = "The mortality rate of partial necrotizing pancreatitis was lowered by this means."
NE_100 = "In case of total necrosis the mortality was still about 100%."
NE_HIST = "In the beginning of this century the \"early operation\" in acute pancreatitis was widely used."
GU_34 = "Thirty-four infants (25 Inuit and 9 Caucasians) with protein-energy malnutrition and intractable diarrhea were treated with total parenteral nutrition (TNP) consisting of a casein hydrolysate, a soybean emulsion and dextrose."
GU_22 = "Initially peripheral veins were used in all the infants, and 22 were treated successfully without resort to a central venous catheter."
GU_29 = "The mean duration of treatment by the peripheral route was 29 days."
GU_DEATH = "There were two deaths, both from complications of the use of central lines."
ME_36 = "The indices of performance of the left ventricle during the ejection phase (ejection fraction, mean speed of fibre shortening, mean standardised speed of systolic ejection) and the ratio pressure/volume were listed for 36 patients, 21 of them before and after perfusion with nitroprussiate, in 6 before and after perfusion of angiotensine, and in 9 from the group before and after post-extra-systolic potentialisation."
ME_CONC = "These results show that the level of the pressure/volume ratio at the moment of end-systole is independent of the conditions of load--to a greater extent than any other index measured during the isovolumic period or ejectional period--and appears to be thoroughly related to the changes of inotropism."
WK_08 = "This paper reports an assay for vancomycin that can detect serum and fluid levels as low as 0.8 mug/ml."
WK_DISK = "A disk diffusion technique was designed employing buffered glucose minimal salts agar and Bacillus subtilis as an indicator strain."
WK_6MM = "Zone diameters were at least 6 mm larger on minimal salts agar than on standard assay media."
WK_CSF = "The increased sensitivity and accuracy of the assay make it possible to accurately measure levels in cerebrospinal fluid and dialyzate fluid as well as in serum."
NL_SAMP = "Blood samples from 509 Macushi (3 villages) and 623 Wapishana (11 villages) of Northern Brasil and Southern Guyana have been analyzed with respect to the phenotype and gene frequencies at the following 12 polymorphic loci: ABO, Kell-Cellano, MNSs, Rh, P, Duffy, Kidd, Diego, Lewis, Group-specific component, and the immunoglobulin allotypes of the Gm and Inv systems."
NL_MIX = "The data suggest that 5-6% of the Wapishana gene pool is derived from non-Indians but only 1-2% of the Macushi."
NL_EST = "The data are puzzling and consistent with the possibility that both the Carib-speaking Macushi and the Arawak-speaking Wapishana have derived the esterase A allele in question from some third group now extinct or thus far undiscovered."
CA_8 = "With the use of cohort labeling with 75Se-selenomethionine, simultaneous platelet, fibrinogen, and plasminogen survival studies were carried out in 8 patients with chronic alcoholic liver disease and in 5 normal subjects."
CA_TURN = "However, platelet turnover was decreased in all the patients, and there was no difference between the two groups with regard to fibrinogen or plasminogen survival nor in the in vitro evidence of disseminated intravascular coagulation (DIC)."
CA_FIB5 = "Fibrinogen survival was increased in 5 of the 8 patients."
CA_DIC = "The absence of increased fibrinogen turnover in the patients studied indicates that the abnormalities in coagulation tests were not due to consumption coagulopathy."

claims = [
    # Burman 1978 (7 authors): none, design, duration, direction
    C("bu-n1", BU, "none", "Burman et al. (1978) found that giving 3,3'-diiodothyronine did not change TSH or prolactin responses to TRH, either in patients or in hypothyroid rats.", BU_NONE),
    C("bu-des", BU, "design", "In a randomised, placebo-controlled trial, Burman and colleagues (1978) showed that 3,3'-T2 administration left the TSH response to TRH unchanged in five patients.", BU_5, wrong="randomised, placebo-controlled trial"),
    C("bu-dur", BU, "duration", "In hypothyroid rats given T3 for 5 weeks, the TSH response to TRH was almost abolished, whereas 3,3'-T2 had no such effect (Burman et al., 1978).", BU_RAT, wrong="for 5 weeks"),
    C("bu-dir", BU, "direction", "Burman et al.'s (1978) study showed that raising serum 3,3'-T2 blunted the pituitary's TSH response to TRH stimulation.", BU_NONE, wrong="blunted the pituitary's TSH response", truth_alt=[BU_CONC]),
    # Nuttall 1979 (single author): none x2, number, population
    C("nu-n1", NU, "none", "Nuttall (1979) examined 306 healthy men and found palpable breast tissue in about a third of them, nearly always on both sides.", NU_36, truth_alt=[NU_306]),
    C("nu-n2", NU, "none", "Palpable gynecomastia becomes more common as men get older, reaching 57% of those over 44 (Nuttall, 1979).", NU_57, truth_alt=[NU_AGE]),
    C("nu-num", NU, "number", "Nuttall's (1979) survey found palpable gynecomastia in 63% of normal adult men.", NU_36, wrong="63%"),
    C("nu-pop", NU, "population", "According to Nuttall (1979), palpable breast tissue is found in over a third of adolescent boys, so gynecomastia should not automatically be blamed on a drug.", NU_306, wrong="adolescent boys"),
    # Wakashin 1977 (4 authors): none, direction, population, overreach
    C("wa-n1", WA, "none", "Wakashin et al. (1977) detected a soluble glomerular basement membrane antigen in the urine of patients with several glomerular diseases, among them lupus nephropathy and nephrotic syndrome.", WA_PTS),
    C("wa-dir", WA, "direction", "Wakashin and colleagues (1977) reported that urinary excretion of the GBM antigen rose once patients with nephrotic syndrome were started on steroids.", WA_STER, wrong="rose"),
    C("wa-pop", WA, "population", "Wakashin et al. (1977) measured a soluble glomerular basement membrane antigen in the urine of healthy volunteers and showed that it was distinct from other renal antigens.", WA_PTS, wrong="healthy volunteers"),
    C("wa-over", WA, "overreach", "Wakashin et al. (1977) proved that the shed basement-membrane antigen causes human glomerular disease.", WA_ROLE, wrong="proved that the shed basement-membrane antigen causes"),
    # Hansen-Smith 1979 (3 authors): none x2, comparator, overreach
    C("hs-n1", HS, "none", "In severely malnourished Jamaican infants, muscle fibres roughly doubled in size early in nutritional rehabilitation and grew more slowly after that (Hansen-Smith et al., 1979).", HS_DBL, truth_alt=[HS_LATE]),
    C("hs-n2", HS, "none", "Hansen-Smith and colleagues (1979) found that children who had regained their weight-for-height after severe malnutrition still had muscle fibres far smaller than expected: their muscle had not yet recovered.", HS_NOTYET, truth_alt=[HS_60]),
    C("hs-comp", HS, "comparator", "Hansen-Smith et al. (1979) reported that, at clinical recovery, the children's muscle fibres were only about 60% the size of those of well-nourished children of the same age.", HS_60, wrong="well-nourished children of the same age", accept=["comparator", "population"]),
    C("hs-over", HS, "overreach", "Hansen-Smith et al.'s (1979) muscle biopsies show that severe malnutrition in infancy leaves a permanent deficit in muscle fibre size.", HS_LONG, wrong="leaves a permanent deficit in muscle fibre size"),
    # Vuori 1977 (4 authors): none x2, direction, population
    C("vu-n1", VU, "none", "Vuori et al. (1977) calculated that Finnish breastfed infants took in nearly twice the daily amount of DDT that FAO/WHO considers acceptable.", VU_INTAKE),
    C("vu-n2", VU, "none", "Analysing 49 samples of breast milk, Vuori and colleagues (1977) measured an average total DDT content of 0.058 mg/kg of milk.", VU_DDT, truth_alt=[VU_49]),
    C("vu-dir", VU, "direction", "Vuori et al. (1977) observed that mothers who smoked had lower DDT levels in their breast-milk fat.", VU_SMOK, wrong="lower"),
    C("vu-pop", VU, "population", "Vuori et al.'s (1977) calculations showed that Swedish breastfed babies were taking in almost twice the acceptable daily intake of DDT.", VU_INTAKE, wrong="Swedish"),
    # Matsuzawa 1977 (4 authors): none, comparator, population, direction
    C("ma-n1", MA, "none", "Matsuzawa et al. (1977) found that hepatic levels of acidic phospholipids tracked the amount of drug and metabolites that had accumulated in the liver, whatever the species.", MA_CORR),
    C("ma-comp", MA, "comparator", "In monkeys given DH, Matsuzawa et al. (1977) found a smaller rise in liver bis(monoacylglyceryl)phosphate than in rats, but a marked rise in phosphatidylinositol.", MA_BMGP, wrong="than in rats"),
    C("ma-pop", MA, "population", "Matsuzawa et al.'s (1977) comparison of humans, dogs and rats showed that the liver effects of the lipidosis-inducing drug DH differ between species because of differences in drug metabolism.", MA_SPEC, wrong="dogs"),
    C("ma-dir", MA, "direction", "Matsuzawa and colleagues (1977) found that acidic phospholipid levels in the liver bore no relation to how much of the drug had accumulated there.", MA_CORR, wrong="bore no relation to"),
    # Huibregtse 1977 (4 authors): none, comparator, number, duration
    C("hu-n1", HU, "none", "Huibregtse et al. (1977) found little bile acid deconjugation in vivo in people with an ileostomy; the lack of conjugated bile acids in many effluent samples was mostly due to deconjugation inside the bag.", HU_MINOR, truth_alt=[HU_BAGS]),
    C("hu-comp", HU, "comparator", "Huibregtse and colleagues (1977) compared the breath-test and effluent results of ten ileostomy patients with those of twenty patients with ulcerative colitis who had not had surgery.", HU_24, wrong="twenty patients with ulcerative colitis who had not had surgery", accept=["comparator", "population"]),
    C("hu-num", HU, "number", "In Huibregtse et al.'s (1977) study, a 14C-cholylglycine breath test was performed in twenty ileostomy patients.", HU_10, wrong="twenty ileostomy patients"),
    C("hu-dur", HU, "duration", "After the 14C-cholylglycine breath test, bile acids and fat were measured in ileostomy effluent collected over 72 hours (Huibregtse et al., 1977).", HU_24, wrong="72 hours"),
    # Lan 1977 (single author): none, design, direction, duration
    C("la-n1", LA, "none", "In laboratory tests on extracted teeth, Lan (1977) found that 4% ammoniacal silver nitrate diffused into the dentinal tubules, penetrating further at the cervical dentin than near the apex.", LA_CERV, truth_alt=[LA_TEETH]),
    C("la-des", LA, "design", "In a clinical trial in patients with recalcitrant root canal infections, Lan (1977) found ammoniacal silver nitrate effective against Streptococcus faecalis at very low concentrations.", LA_TUBE, wrong="In a clinical trial in patients with recalcitrant root canal infections", truth_alt=[LA_TEETH], accept=["design", "population"]),
    C("la-dir", LA, "direction", "Lan (1977) reported that ammoniacal silver nitrate infiltrated apical dentin more than cervical dentin.", LA_CERV, wrong="apical dentin more than cervical dentin"),
    C("la-dur", LA, "duration", "According to Lan (1977), the antimicrobial effect of ammoniacal silver nitrate against Streptococcus faecalis lasted for several weeks.", LA_CONC, wrong="several weeks"),
    # Khairi 1977 (6 authors): none x2, duration, overreach
    C("kh-n1", KH, "none", "Khairi et al. (1977) treated 109 patients with symptomatic Paget's disease of bone with etidronate and saw clinical improvement in about three in five.", KH_61, truth_alt=[KH_109]),
    C("kh-n2", KH, "none", "In Khairi and colleagues' (1977) experience, etidronate at 5 mg/kg a day worked without side effects, whereas 10 and 20 mg/kg a day brought severe diarrhoea, bone pain and fractures in some patients.", KH_5MG, truth_alt=[KH_SAFE, KH_HIGH]),
    C("kh-dur", KH, "duration", "Khairi et al. (1977) gave patients with Paget's disease sodium etidronate for between 6 and 24 weeks.", KH_109, wrong="6 and 24 weeks"),
    C("kh-over", KH, "overreach", "Khairi et al. (1977) showed that a course of etidronate produces lasting remission of Paget's disease once treatment is stopped.", KH_REL, wrong="produces lasting remission of Paget's disease once treatment is stopped"),
    # Neher 1977 (single author; German, English abstract): none, design, number, overreach
    C("ne-n1", NE, "none", "Neher (1977) recommended early surgery for acute pancreatitis when the disease is severe or fails to respond to, or worsens on, conservative treatment.", NE_IND),
    C("ne-des", NE, "design", "A randomised trial by Neher (1977) showed that early operation lowered mortality in partial necrotizing pancreatitis.", NE_LOW, wrong="A randomised trial", truth_alt=[NE_HIST]),
    C("ne-num", NE, "number", "Neher (1977) noted that in total pancreatic necrosis mortality remained around 10% even with surgery.", NE_100, wrong="around 10%"),
    C("ne-over", NE, "overreach", "Neher (1977) concluded that early operation prevents death in necrotizing pancreatitis.", NE_100, wrong="prevents death", truth_alt=[NE_LOW]),
    # Gunn 1977 (4 authors): none x2, population, duration
    C("gu-n1", GU, "none", "Gunn et al. (1977) were able to feed 22 of 34 malnourished infants with intractable diarrhoea entirely through peripheral veins, without a central venous catheter.", GU_22, truth_alt=[GU_34]),
    C("gu-n2", GU, "none", "In Gunn and colleagues' (1977) series of infants given parenteral nutrition, both deaths were caused by complications of central lines.", GU_DEATH),
    C("gu-pop", GU, "population", "Gunn et al. (1977) treated 34 premature newborns with intractable diarrhoea, most of them Inuit, with total parenteral nutrition.", GU_34, wrong="premature newborns"),
    C("gu-dur", GU, "duration", "Peripheral parenteral nutrition was given for an average of 29 weeks to the infants in Gunn et al.'s (1977) series.", GU_29, wrong="29 weeks", accept=["duration", "number"]),
    # Mérillon 1977 (4 authors; French, English abstract): none x2, design, number
    C("me-n1", ME, "none", "Mérillon et al. (1977) found that the left ventricular end-systolic pressure/volume ratio was less affected by changes in load than any isovolumic or ejection-phase index, and followed changes in contractility.", ME_CONC),
    C("me-n2", ME, "none", "Mérillon and colleagues (1977) measured ejection-phase indices and the end-systolic pressure/volume ratio in 36 patients, 21 of them before and after a nitroprusside infusion.", ME_36),
    C("me-des", ME, "design", "In a randomised trial comparing nitroprusside with angiotensin infusion, Mérillon et al. (1977) found that the end-systolic pressure/volume ratio was largely independent of load.", ME_36, wrong="a randomised trial comparing nitroprusside with angiotensin infusion"),
    C("me-num", ME, "number", "Mérillon et al.'s (1977) analysis of 63 patients showed that the end-systolic pressure/volume ratio depends on contractility rather than on loading conditions.", ME_36, wrong="63 patients", truth_alt=[ME_CONC]),
    # Walker and Kopp 1978 (two authors): none x2, comparator, number
    C("wk-n1", WK, "none", "Walker and Kopp (1978) described a disk-diffusion bioassay for vancomycin, with Bacillus subtilis on minimal salts agar, that detects levels down to 0.8 \u03bcg/ml.", WK_08, truth_alt=[WK_DISK]),
    C("wk-n2", WK, "none", "Because it is so sensitive, the vancomycin bioassay can be used on cerebrospinal and dialysis fluid as well as serum (Walker & Kopp, 1978).", WK_CSF),
    C("wk-comp", WK, "comparator", "On minimal salts agar, Walker and Kopp's (1978) assay gave inhibition zones at least 6 mm larger with Bacillus subtilis than with Staphylococcus aureus as the indicator strain.", WK_6MM, wrong="than with Staphylococcus aureus as the indicator strain", truth_alt=[WK_DISK]),
    C("wk-num", WK, "number", "The disk-diffusion assay of Walker and Kopp (1978) detects vancomycin in serum and body fluids at levels as low as 8 \u03bcg/ml.", WK_08, wrong="as low as 8 \u03bcg/ml"),
    # Neel 1977 (6 authors): none, population, number, overreach
    C("nl-n1", NL, "none", "Neel et al. (1977) typed 12 blood-group and serum-protein polymorphisms in blood samples from more than 1,100 Macushi and Wapishana Indians of northern Brazil and southern Guyana.", NL_SAMP),
    C("nl-pop", NL, "population", "Neel et al. (1977) estimated that 5-6% of the Macushi gene pool, but only 1-2% of the Wapishana, derives from non-Indians.", NL_MIX, wrong="Macushi gene pool", accept=["population", "number"]),
    C("nl-num", NL, "number", "Neel and colleagues (1977) analysed 20 polymorphic loci in blood samples from the two tribes.", NL_SAMP, wrong="20 polymorphic loci"),
    C("nl-over", NL, "overreach", "Neel et al. (1977) established that the Macushi and the Wapishana acquired their unusual esterase A allele from a third, now extinct, tribe.", NL_EST, wrong="established that"),
    # Canoso 1979 (3 authors): none, direction, comparator, design
    C("ca-n1", CA, "none", "In Canoso et al.'s (1979) kinetic study of eight patients with chronic alcoholic liver disease, fibrinogen turnover was not increased, which argues against consumption coagulopathy as the cause of their abnormal clotting tests.", CA_DIC, truth_alt=[CA_8]),
    C("ca-dir", CA, "direction", "Canoso et al. (1979) found that fibrinogen survival was shortened in five of their eight patients with alcoholic liver disease.", CA_FIB5, wrong="shortened"),
    C("ca-comp", CA, "comparator", "Canoso and colleagues (1979) compared platelet, fibrinogen and plasminogen survival in eight patients with alcoholic liver disease with that in five patients with viral hepatitis.", CA_8, wrong="five patients with viral hepatitis", accept=["comparator", "population"]),
    C("ca-des", CA, "design", "In a prospective cohort study of patients with alcoholic liver disease, Canoso et al. (1979) found that platelet turnover was reduced in every patient.", CA_8, wrong="a prospective cohort study", truth_alt=[CA_TURN]),
]
Path(__file__).resolve().parent.joinpath("claims.json").write_text(json.dumps(claims, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
print(len(claims), "claims")
