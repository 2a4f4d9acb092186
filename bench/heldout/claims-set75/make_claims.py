"""Writes claims.json (set 75). Hand-written claims; truth sentences copied verbatim from the abstracts (pool 14,
main <Abstract> only). The C() helper and the field layout are those of set 55's / set 50's make_claims.py (their
first lines only were read)."""
import json
from pathlib import Path

def C(id, key, kind, claim, truth, wrong=None, truth_alt=None, accept=None):
    d = {"id": id, "key": key, "kind": kind, "claim": claim, "truth": truth}
    if truth_alt: d["truth_alt"] = truth_alt
    if wrong: d["wrong"] = wrong
    if accept: d["accept"] = accept
    return d

FI, DA, LE, CA, BR = "finger1977antibiotic", "dalessandro1977search", "levy1977monoclonality", "cabezuelohuerta1979atrial", "brinckmeyer1977thyroid"
MO, SI, ST, TS, MI = "montufar1977cellular", "sixbey1979interactions", "stone1979pulmonary", "tsuyumu1979metrizamide", "miller1977binding"
BO, BL, TH, MA, FS = "bootman1979cost", "black1979pharmacology", "thornbury1978effect", "macgregor1977prolactin", "fischer1979management"

F1 = "Routine testing of gonococci isolated from patients attending the Venereal Diseases Control Centre in Adelaide during the year July, 1974 to June, 1975, with a plate dilution method, showed that 93-8% of the 947 infecting strains were relatively sensitive to penicillin at a minimum inhibitory concentration (MIC) of 0-12 units/ml or less, and that 90% of the 648 strains tested were relatively sensitive to tetracycline at an MIC of 1-0 mug/ml or less."
F2 = "A small proportion only of isolates were relatively insensitive to penicillin and/or tetracycline."
F3 = "The routine treatment schedules which were used at the Centre proved adequate for infections over the whole range of sensitivities encountered."
F4 = "A significant proportion of the less sensitive strains were isolated from people infected in South-East Asia, most of whom had been inadequately treated there."

D2 = "Fifty-nine of 207 persons (28.5%) were infected when studied with one or more xenodiagnosis (40 Triatoma infestans/xenodiagnosis); 0.1% to 13% of 7,821 bugs' feces and 4% of 875 dissected midguts showed T. cruzi in Giemsa stained smears."
D4 = "Thirteen percent of 188 wild-caught domiciliary T. infestans showed only T. cruzi in the gut and feces."
D5 = "Although the presence of T. rangeli could not be demonstrated, the study indicates that examination of pooled hemolymph and random samples of salivary glands and midguts can be carried out together iwth the usual examination of extracted feces in any species of triatomine, including those with salivary glands lacking the pink color present in the genus Rhodnius."
D6 = "Unless this procedure is widely used it will not be possible to differentiate T. rangeli and other possible trypanosome infections from those of T. cruzi nor to determine, therefore, the true prevalence of Chagas' disease in a given human population."

L1 = "Human tissues involved with lymphoma have been examined in frozen sections for immunoglobulin-bearing cells by a technique involving double-label immunofluorescence with mixed anti-kappa and anti-lambda antibodies."
L3 = "B cell lymphomas were shown to be composed of monoclonal populations of Ig bearing cells, whereas normal or reactive lymphoid follicles contained a mosaic of Ig-bearing cells derived from multiple clones."
L4 = "Nodules of lymphoma were often surrounded by normal polyclonal B cell populations."
L5 = "We anticipates that the approach described here will be useful in the diagnosis of lymphoma, differentiating it from reactive lymphoid hyperplasia by the demostration of monoclonality."

C1 = 'Four cases of atrial septal defect, "ostium secundum", associated with pulmonary hypertension and congestive heart failure in children under the age of two years are reported.'
C2 = "A correct diagnosis could be made before surgery in only two of the case."
C3 = "The systolic pressure in the pulmonary artery was higher than 50 mm. Hg in all cases."
C4 = "One patient died after catheterization, and total surgical correction was performed in the other three cases, with good results."
C5 = "After an average follow up of 4.5 years the three patients that where operated remain asymptomatic."

B1 = "Thyroid function was studied in 36 patients with various stages of malignant lymphoma."
B2 = "Stage IVB patients exhibited characteristic changes in thyroid biochemistry in the form of lowered triiodothyronine (T3) and elevated free thyroxine (FT4), but normal thyroxine."
B3 = "Moreover, the concentration of thyroxine-binding prealbumin and albumin was lowered, whereas thyroxine-binding globulin was normal."
B5 = "Patients with less extensive disease differed only slightly from the controls."
B7 = "Single analyses of FT4 and T3 may give rise to a false assumption of hyper- or hypothyroid states in patients who are in fact euthyroid."

M1 = "The cellular immune response was assessed in 20 patients with chronic Chagas' disease (American trypanosomiasis)."
M5 = "This research indicates that the general and specific cellular immune response, evaluated by the tests herein mentioned, is well preserved in patients, with Chagas' disease."
M6 = "We conclude that chronic Chagas' disease is not associated with deficiency in cellular immunity, nor does it lead to it."

S1 = "We studied interactions in vitro between human granulocytes and the yeast-like form of Blastomyces dermatitidis, because granulocytes are prominent in the host response to systemic blastomycosis."
S2 = "In Boyden chamber assays, broth culture filtrates of B. dermatitidis contained levels of granulocyte chemotactic activity that were significantly higher than those present in similar culture filtrates of Histoplasma capsulatum and Cryptococcus neoformans, two fungi that characteristically do not elicit granulocytes in infected tissues."
S3 = "Microscopic study, including electron microscopy, demonstrated that granulocytes phagocytosed B. dermatitidis promptly and efficiently."
S5 = "However, fungicidal assay showed that granulocytes (1:1 cell-yeast ratio, 10% serum) killed only 29% of the B. dermatitidis inoculum during 3 h of incubation."
S6 = "Taken together, these findings suggest that there is disparity between phagocytosis and intracellular killing of B. dermatitidis by human granulocytes, perhaps because of resistance of this fungus to granulocyte microbicidal mechanisms."

T1 = "Basic concepts have evolved from a 15-yr experience in the management of 101 children with inhalation injuries."
T2 = "Progression through three distinct clinical stages--bronchospasm (1--12 hr post-burn), pulmonary edema (6--72 hr), and bronchopneumonia (after 60 hr)--was often noted."
T3 = "Success in outcome appeared to depend upon treatment that conformed to the pathophysiologic state present, a pulmonary toilet being both thorough and aseptic, tracheotomy being reserved for true glottic or supraglottic airway obstructions, the sharp division of strangulating or suffocating constrictions caused by cervical or thoracic eschars, use of ventilators primarily to maintain arterial pO2 above 60 mm Hg and to reverse otherwise intractable pulmonary edema, corticosteroids being administered as a single intravenous bolus and only for overt bronchospasm, and parenteral antibiotic therapy being based upon sputum smears and cultures for established pneumonia alone, never as prophylaxis."

U1 = "Twenty-three cases suspected of skull base tumors were examined by CT cisternography (CTC) with CT scanner (EMI 1010) from April, 1977 to March, 1978."
U2 = "The lesions in 20 cases were diagnosed as positive and confirmed by operation and/or autopsies."
U4 = "Isotonic Metrizamide solution four of 2-10 ml was injected via lumbar route."
U6 = "Scannings were obtained 1, 3, 6, 24 and in some cases 48 hours after lumbar injection."
U7 = "No side effects except for headache, nausea, vomiting occurred."
U11 = "Parasellar tumors are usually difficult to diagnose with conventional CT due to streak artifact caused by adjacent bony structure."
U14 = "In conclusion, CTC is an useful neuroradiological diagnostic adjunct because of minimal bony streak artifact and high spatial resolution."

I2 = "The kinetics of binding to N. gonorrhoeae CS-7 demonstrated that the majority of the progesterone binding occurred and equilibrium was reached within the first 30 min."
I3 = "Despite the rapid binding of progesterone, only about 20% of the added steroid was bound at the cell concentration used throughout this study."
I4 = "Whole cells of progesterone-insensitive bacteria bound progesterone less efficiently than the progesterone-sensitive N. gonorrhoeae CS-7."
I5 = "N. mucosa bound low amounts of this steroid (20% of that bound by N. gonorrhoeae CS-7) whereas the other gram-negative bacteria exhibited little progesterone binding (<3% of that bound by N. gonorrhoeae CS-7)."
I9 = "The major site of progesterone binding appeared to be the cytoplasmic membrane, which bound four times more progesterone than the outer membrane."

O1 = "The estimated annual costs associated with operating a clinical pharmacokinetics service within a 450-bed, metropolitan county hospital were studied."
O4 = "Fixed costs included the costs of the physical facility and office equipment ($778/yr)."
O5 = "Operating costs included salaries, equipment leasing fees, journal subscription fees and medical supplies ($73,915/yr)."
O6 = "The estimated cost per blood sample analyzed for aminoglycoside content was $17.35/sample (4,305 samples/yr)."
O7 = "The study provides a basis for comparing the cost of operating a pharmacokinetics service with the cost of other innovative pharmaceutical services."

K1 = "Cinoxacin was almost completely absorbed when given orally and was found to be approximately 60 to 70% protein bound."
K2 = "Peak serum concentrations were reached within 2 h, and detectable serum concentrations persisted up to 12 h after administration of 0.25-, 0.5-, and 1-g multiple oral doses."
K3 = "Although food delayed the absorption and caused a 30% reduction in mean peak serum concentrations, the overall 24-h urinary recovery was not significantly altered."
K4 = "Approximately 50 to 55% of the drug was excreted in the urine as unchanged drug."
K6 = "Cinoxacin was well tolerated when administered to 23 volunteers from 10 to 28 days."
K7 = "Resistance among fecal isolates initially susceptible to cinoxacin was not observed in nine volunteers who were administered 0.5 g every 12 h for 4 to 28 days."

H2 = "A sample of 148 comparison film pairs was obtained in the course of performing 74 urograms using the two film/screen combinations."
H3 = "Each film pair was evaluated by three radiologists, using a blind film-reading format, in regard to:(1) anatomic diagnostic criteria visualization; (2) radiologic diagnostic certainty; (3) presence or absence of quantum mottle; and (4) prediction of which film of a pair was the rare earth screen/film combination."
H4 = "There was a significant difference favoring Hi Plus/RPL in perceived quality of visualization of anatomic criteria."
H5 = "However, the difference was more of statistical rather than practical importance."
H6 = "Diagnostic certainty differed only marginally and slightly favored the Hi Plus/RPL combination."
H7 = "No signficant differences in perception of quantum mottle were attributable to either screen/film combination."
H9 = "Radiation exposure with the Lanex/Ortho G combination was about half that with the Hi Plus/RPL combination."

A1 = "Sixty women were given intravenous injection of 200 microgram TRH to assess its diagnostic potential as a stimulus to PRL release."
A2 = "Following the administration of TRH, there was a prompt increase in serum PRL to 614.6%, to 296%, to 282.1%, and 34% in normal women, amenorrheic patients, non tumoral galactorrheic cases, and patients with pituitary tumors respectively."
A3 = "The TRH response above baseline of PRL levels was statistically significant in all groups, but the women with pituitary tumors which showed a blunted response."
A4 = "The per cent of increment of PRL levels after TRH was similar in amenorrheic women regardless the presence or not of galactorrhea; this increase was significantly greater than in patients with pituitary tumors (p less than 0.01)."
A6 = "In basis of present data: 1) there is a diminished PRL secretion after TRH in amenorrheic women regardless the presence of galactorrhea or hyperprolactinemia; 2) a blunted response to TRH in hyperprolactinemic women may be indicative of a pituitary tumor."

G3 = "The effect and tolerance of Viaben (bromopride) were examined in an open field study on 4182 subjects."
G5 = "The results were assessed as very good in 37.9% of cases, and as good in 47.9%."
G6 = "No change was seen in 12.2%, while only 2.0% were aggravated."
G7 = "64.7% of all patients benefited within the first fortnight."
G11 = "Side effects were seen in 6.8% of cases."
G12 = "However, the question whether they were due to the treatment, is not easily answered in an open study."
G13 = "The most common side effect was tiredness (3.7%), which was reported to be mild in some cases."
G14 = "The dyskinesia observed in subjects treated with other ortho-substituted benzamides was only seen in 0.4% of all patients."

claims = [
    # Finger and Handke 1977 (two authors): none, number, population, duration
    C("fi-n1", FI, "none", "Finger and Handke (1977) found that about nine in ten gonococcal strains tested at Adelaide's venereal diseases clinic were still relatively sensitive to tetracycline, and that the clinic's routine treatment schedules coped with the whole range of sensitivities they met.", F1, truth_alt=[F3]),
    C("fi-num", FI, "number", "In South Australia, Finger and Handke (1977) reported that 68% of 947 gonococcal isolates were relatively sensitive to penicillin.", F1, wrong="68%", accept=["number"]),
    C("fi-pop", FI, "population", "A sizeable share of the less sensitive gonococcal strains came from people who had been infected in South America and inadequately treated there (Finger & Handke, 1977).", F4, wrong="infected in South America", accept=["population"]),
    C("fi-dur", FI, "duration", "Over a five-year surveillance period, Finger and Handke's (1977) testing of gonococci at the Adelaide clinic found only a small proportion relatively insensitive to penicillin or tetracycline.", F1, truth_alt=[F2], wrong="a five-year surveillance period", accept=["duration"]),
    # D'Alessandro and del Prado 1977 (two authors): none x2, direction, population
    C("da-n1", DA, "none", "D'Alessandro and del Prado (1977) found that 59 of the 207 people they examined by xenodiagnosis, just under 30%, were infected.", D2),
    C("da-n2", DA, "none", "According to D'Alessandro and del Prado (1977), unless the haemolymph and salivary glands of triatomine bugs are routinely examined alongside their faeces, T. rangeli infections cannot be told apart from T. cruzi, and the true prevalence of Chagas' disease cannot be known.", D6, truth_alt=[D5]),
    C("da-dir", DA, "direction", "The search by D'Alessandro and del Prado (1977) confirmed that Trypanosoma rangeli is present in people and triatomine bugs in Argentina and Brazil.", D5, wrong="confirmed that Trypanosoma rangeli is present", accept=["direction", "overreach"]),
    C("da-pop", DA, "population", "Among 188 wild-caught Rhodnius prolixus bugs, 13% carried only T. cruzi in the gut and faeces (D'Alessandro & del Prado, 1977).", D4, wrong="Rhodnius prolixus", accept=["population"]),
    # Levy et al. 1977: none x2, comparator, overreach
    C("le-n1", LE, "none", "Using double-label immunofluorescence for kappa and lambda light chains on frozen sections, Levy et al. (1977) showed that B-cell lymphomas consist of monoclonal populations of immunoglobulin-bearing cells.", L3, truth_alt=[L1]),
    C("le-n2", LE, "none", "Lymphoma nodules were frequently ringed by normal, polyclonal B cells (Levy et al., 1977).", L4),
    C("le-comp", LE, "comparator", "Levy and colleagues (1977) found that, unlike the circulating lymphocytes in patients' peripheral blood, B-cell lymphomas were made up of a single clone of Ig-bearing cells.", L3, wrong="unlike the circulating lymphocytes in patients' peripheral blood", accept=["comparator"]),
    C("le-over", LE, "overreach", "Levy et al.'s (1977) work established that staining for monoclonality reliably distinguishes lymphoma from reactive lymphoid hyperplasia in routine diagnosis.", L5, wrong="established that staining for monoclonality reliably distinguishes", accept=["overreach"]),
    # Cabezuelo-Huerta et al. 1979 (Spanish article): none, duration, population, number
    C("ca-n1", CA, "none", "Cabezuelo-Huerta et al. (1979) described four children under two with secundum atrial septal defect complicated by pulmonary hypertension and heart failure; pulmonary artery systolic pressure exceeded 50 mm Hg in every case.", C1, truth_alt=[C3]),
    C("ca-dur", CA, "duration", "In the small series of Cabezuelo-Huerta and colleagues (1979), the three children who had total surgical correction were still symptom-free after an average follow-up of 4.5 months.", C5, truth_alt=[C4], wrong="4.5 months", accept=["duration"]),
    C("ca-pop", CA, "population", "Secundum atrial septal defect with pulmonary hypertension and congestive heart failure can present in young adults, as in the four cases reported by Cabezuelo-Huerta et al. (1979).", C1, wrong="young adults", accept=["population"]),
    C("ca-num", CA, "number", "Before surgery, the correct diagnosis was reached in three of the four children described by Cabezuelo-Huerta et al. (1979).", C2, wrong="three of the four", accept=["number"]),
    # Brinckmeyer et al. 1977: none x2, direction, number
    C("br-n1", BR, "none", "Brinckmeyer et al. (1977) reported that patients with stage IVB malignant lymphoma had low T3 and raised free T4, while total thyroxine stayed normal.", B2),
    C("br-n2", BR, "none", "Brinckmeyer and colleagues (1977) warned that in disseminated malignant disease a single FT4 or T3 measurement can wrongly suggest hyper- or hypothyroidism in patients who are in fact euthyroid.", B7),
    C("br-dir", BR, "direction", "In stage IVB lymphoma, thyroxine-binding prealbumin and albumin concentrations were raised, with thyroxine-binding globulin unchanged (Brinckmeyer et al., 1977).", B3, wrong="were raised", accept=["direction"]),
    C("br-num", BR, "number", "Brinckmeyer et al.'s (1977) study of thyroid function in 63 patients with malignant lymphoma found that those with less extensive disease differed only slightly from controls.", B1, truth_alt=[B5], wrong="63 patients", accept=["number"]),
    # Montufar et al. 1977: none x2, direction, population
    C("mo-n1", MO, "none", "Montufar et al. (1977) tested skin reactivity, lymphocyte proliferation and blood T- and B-cell numbers in 20 patients with chronic Chagas' disease and found both general and T. cruzi-specific cellular immunity intact.", M5, truth_alt=[M1]),
    C("mo-n2", MO, "none", "Chronic Chagas' disease does not appear to cause, or to be accompanied by, a deficiency of cellular immunity (Montufar et al., 1977).", M6),
    C("mo-dir", MO, "direction", "Montufar and colleagues (1977) found that patients with chronic Chagas' disease had depressed T-cell-mediated immunity.", M6, truth_alt=[M5], wrong="had depressed T-cell-mediated immunity", accept=["direction"]),
    C("mo-pop", MO, "population", "In 20 children with acute Chagas' disease, Montufar et al. (1977) found the cellular immune response well preserved.", M1, wrong="children with acute Chagas' disease", accept=["population"]),
    # Sixbey et al. 1979 (laboratory): none, comparator, design, duration
    C("si-n1", SI, "none", "Sixbey et al. (1979) found that human granulocytes engulfed Blastomyces dermatitidis promptly yet killed less than a third of the inoculum in a 3-hour fungicidal assay, a gap between phagocytosis and killing.", S5, truth_alt=[S6, S3]),
    C("si-comp", SI, "comparator", "Culture filtrates of B. dermatitidis attracted granulocytes significantly more strongly than filtrates of Candida albicans and Aspergillus fumigatus (Sixbey et al., 1979).", S2, wrong="Candida albicans and Aspergillus fumigatus", accept=["comparator"]),
    C("si-des", SI, "design", "Sixbey et al.'s (1979) clinical study of patients with systemic blastomycosis showed that granulocytes phagocytose the yeast form of the fungus promptly and efficiently.", S1, truth_alt=[S3], wrong="clinical study of patients with systemic blastomycosis", accept=["design", "population"]),
    C("si-dur", SI, "duration", "Sixbey and colleagues (1979) reported that granulocytes, at a 1:1 ratio with the yeast in 10% serum, killed only 29% of the B. dermatitidis inoculum over 24 hours of incubation.", S5, wrong="24 hours", accept=["duration"]),
    # Stone 1979 (single author): none, duration, direction, design
    C("st-n1", ST, "none", "Stone (1979) described inhalation injury in children as often passing through three stages: bronchospasm in the first 12 hours after the burn, pulmonary oedema at roughly 6 to 72 hours, and bronchopneumonia after about 60 hours.", T2),
    C("st-dur", ST, "duration", "Drawing on five years of experience with 101 children with inhalation injuries, Stone (1979) set out basic principles of management.", T1, wrong="five years", accept=["duration"]),
    C("st-dir", ST, "direction", "Stone's (1979) approach to pulmonary burns in children included routine prophylactic antibiotics and corticosteroids given as a single intravenous bolus only for overt bronchospasm.", T3, wrong="routine prophylactic antibiotics", accept=["direction"]),
    C("st-des", ST, "design", "In a randomised trial of 101 children with inhalation injuries, Stone (1979) found that outcome depended on treatment matched to the child's pathophysiological stage.", T1, truth_alt=[T3], wrong="In a randomised trial", accept=["design"]),
    # Tsuyumu et al. 1979 (Japanese article): none x2, overreach, comparator
    C("ts-n1", TS, "none", "Tsuyumu et al. (1979) performed metrizamide CT cisternography in 23 patients suspected of skull base tumours; in 20 the lesion was positive and confirmed at operation or autopsy.", U2, truth_alt=[U1]),
    C("ts-n2", TS, "none", "In Tsuyumu and colleagues' (1979) technique, 2-10 ml of isotonic metrizamide was given by lumbar injection, with scans from 1 hour up to 24 (occasionally 48) hours afterwards.", U4, truth_alt=[U6]),
    C("ts-over", TS, "overreach", "Metrizamide CT cisternography caused no side effects at all in Tsuyumu et al.'s (1979) series.", U7, wrong="no side effects at all", accept=["overreach", "direction"]),
    C("ts-comp", TS, "comparator", "Tsuyumu et al. (1979) concluded that CT cisternography outperforms pneumoencephalography for parasellar tumours because it is little affected by bony streak artefact.", U11, truth_alt=[U14], wrong="outperforms pneumoencephalography", accept=["comparator"]),
    # Miller and Morse 1977 (two authors; laboratory): none, direction, comparator, number
    C("mi-n1", MI, "none", "Miller and Morse (1977) showed that progesterone binds rapidly to Neisseria gonorrhoeae, reaching equilibrium within half an hour, although only about a fifth of the added steroid was bound.", I2, truth_alt=[I3]),
    C("mi-dir", MI, "direction", "According to Miller and Morse (1977), the outer membrane is the main site of progesterone binding in gonococci, binding four times more than the cytoplasmic membrane.", I9, wrong="the outer membrane is the main site of progesterone binding", accept=["direction", "comparator"]),
    C("mi-comp", MI, "comparator", "Whole gonococci bound progesterone far more efficiently than Staphylococcus aureus and other gram-positive bacteria (Miller & Morse, 1977).", I4, truth_alt=[I5], wrong="Staphylococcus aureus and other gram-positive bacteria", accept=["comparator"]),
    C("mi-num", MI, "number", "In Miller and Morse's (1977) experiments, N. mucosa bound 80% as much progesterone as N. gonorrhoeae CS-7.", I5, wrong="80%", accept=["number"]),
    # Bootman et al. 1979: none, number, overreach, design
    C("bo-n1", BO, "none", "Bootman et al. (1979) estimated that running a clinical pharmacokinetics service for aminoglycoside dosing in a 450-bed county hospital cost about $17 for each blood sample analysed, at some 4,300 samples a year.", O6, truth_alt=[O1]),
    C("bo-num", BO, "number", "The yearly operating costs of the aminoglycoside pharmacokinetics service described by Bootman and colleagues (1979), mostly salaries, leasing fees and supplies, came to about $7,400.", O5, wrong="about $7,400", accept=["number"]),
    C("bo-over", BO, "overreach", "Bootman et al. (1979) showed that individualising aminoglycoside doses is more cost-effective than other pharmacy services.", O7, wrong="showed that individualising aminoglycoside doses is more cost-effective than other pharmacy services", accept=["overreach"]),
    C("bo-des", BO, "design", "In a randomised trial at a 450-bed county hospital, Bootman and colleagues (1979) put the fixed costs of a pharmacokinetic dosing service, for space and office equipment, at under $800 a year.", O1, truth_alt=[O4], wrong="In a randomised trial", accept=["design"]),
    # Black et al. 1979: none, direction, duration, population
    C("bl-n1", BL, "none", "Black et al. (1979) found oral cinoxacin to be almost completely absorbed, with peak serum levels within 2 hours and roughly half of the dose excreted unchanged in the urine.", K1, truth_alt=[K2, K4]),
    C("bl-dir", BL, "direction", "Taking cinoxacin with food raised mean peak serum concentrations by about 30% (Black et al., 1979).", K3, wrong="raised", accept=["direction"]),
    C("bl-dur", BL, "duration", "Black and colleagues (1979) reported that cinoxacin was well tolerated by 23 volunteers who took it for up to six months.", K6, wrong="for up to six months", accept=["duration"]),
    C("bl-pop", BL, "population", "In nine patients with recurrent urinary tract infection given 0.5 g twice daily, Black et al. (1979) saw no emergence of cinoxacin resistance among faecal isolates.", K7, wrong="patients with recurrent urinary tract infection", accept=["population"]),
    # Thornbury et al. 1978: none x2, design, overreach
    C("th-n1", TH, "none", "Thornbury et al. (1978) found that the rare-earth Lanex/Ortho G screen/film combination roughly halved radiation exposure in excretory urography compared with Hi Plus/RPL.", H9),
    C("th-n2", TH, "none", "Radiologists reading 148 paired urogram films perceived anatomic detail as significantly better with Hi Plus/RPL, although the difference mattered more statistically than practically (Thornbury et al., 1978).", H4, truth_alt=[H5, H2]),
    C("th-des", TH, "design", "In an unblinded reading of paired urogram films, the three radiologists in Thornbury and colleagues' (1978) study saw no difference in quantum mottle between the two screen/film systems.", H3, truth_alt=[H7], wrong="an unblinded reading", accept=["design"]),
    C("th-over", TH, "overreach", "Thornbury et al.'s (1978) comparison proved that Hi Plus/RPL films give radiologists far greater diagnostic certainty than Lanex/Ortho G.", H6, wrong="proved that Hi Plus/RPL films give radiologists far greater diagnostic certainty", accept=["overreach"]),
    # MacGregor et al. 1977: none, number, comparator, population
    C("ma-n1", MA, "none", "MacGregor et al. (1977) found that the prolactin response to TRH was blunted in women with pituitary tumours, rising by only 34% against more than 600% in normal women.", A2, truth_alt=[A3]),
    C("ma-num", MA, "number", "MacGregor and colleagues (1977) gave 60 women an intravenous 200 mg dose of TRH to test its value as a stimulus to prolactin release.", A1, wrong="200 mg", accept=["number"]),
    C("ma-comp", MA, "comparator", "In MacGregor et al.'s (1977) study, the percentage rise in prolactin after TRH in amenorrhoeic women, with or without galactorrhoea, was significantly greater than in women with polycystic ovary syndrome.", A4, wrong="women with polycystic ovary syndrome", accept=["comparator"]),
    C("ma-pop", MA, "population", "Among 60 postmenopausal women given TRH, MacGregor et al. (1977) found that a blunted prolactin response may point to a pituitary tumour.", A1, truth_alt=[A6], wrong="postmenopausal", accept=["population"]),
    # Fischer et al. 1979 (German article): none x2, design, overreach
    C("fs-n1", FS, "none", "In Fischer et al.'s (1979) open study of bromopride in 4182 patients, results were rated good or very good in about 86% of cases, and nearly two-thirds of patients benefited within the first two weeks.", G5, truth_alt=[G7, G3]),
    C("fs-n2", FS, "none", "Fischer and colleagues (1979) recorded side effects in 6.8% of patients taking bromopride, most often tiredness, with benzamide-type dyskinesia in only 0.4%.", G11, truth_alt=[G13, G14]),
    C("fs-des", FS, "design", "A placebo-controlled trial by Fischer et al. (1979), run by 530 general practitioners in 4182 patients, assessed the effect and tolerability of the motility drug bromopride.", G3, truth_alt=[G12], wrong="A placebo-controlled trial", accept=["design"]),
    C("fs-over", FS, "overreach", "Bromopride benefited virtually all of the 4182 patients with gastrointestinal motility complaints treated in Fischer et al.'s (1979) field study.", G5, truth_alt=[G6], wrong="virtually all", accept=["overreach", "number"]),
]
(Path(__file__).resolve().parent / "claims.json").write_text(json.dumps(claims, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
print(len(claims), "claims")
