"""Writes claims.json (set 96). Hand-written claims; truth sentences copied verbatim from the abstracts (pool 14,
main AbstractText only)."""
import json
from pathlib import Path

def C(id, key, kind, claim, truth, wrong=None, truth_alt=None, accept=None):
    d = {"id": id, "key": key, "kind": kind, "claim": claim, "truth": truth}
    if truth_alt: d["truth_alt"] = truth_alt
    if wrong: d["wrong"] = wrong
    if accept: d["accept"] = accept
    return d

SI, DA, MC, MI, PD = "silver1977gray", "dawley1979attitude", "mcnair1979bone", "miller1977cardiorespiratory", "padovan1977gastric"
ST, CA, AR, SP, SL = "sternberg1977rate", "cataland1978gastric", "arola1979post", "spray1978structural", "spilman1977effects"
TI, PH, TA, MK, FO = "tibblin1979haemoglobin", "philippson1979alanine", "tanaka1977lactosylceramidase", "mikkelsen1978effects", "fox1977combined"

SI_EIGHT = "Eight patients with suspected popliteal aneurysms had 12 aneurysms demonstrated by ultrasonography, including two not visualized by arteriography due to proximal occlusive disease and three covert aneurysms opposite a contralateral palpable popliteal mass."
SI_HALF = "Half the patients had bilateral aneurysms demonstrated by ultrasonography."
SI_ADV = "The latter two uses of ultrasonography represent significant advantages over arteriography."
DA_84 = "Determined attitudes on the effects of marijuana on sexual enjoyment by self-report for a group of 84 graduate students of health sciences."
DA_RES = "Results are again inconclusive despite the fact that a majority in each category responded in a positive manner to the initial question concerning the effect of marijuana on the enjoyment of sexual intercourse."
MC_215 = "To elucidate pathogenetic factors of bone mineral loss in diabetes mellitus, bone mineral content (BMC), glucose and calcium homeostasis were evaluated in a cross-sectionsl study of 215 insulin-treated diabetics."
MC_10 = "BMC declined 10% during the first 5 years of diabetes."
MC_CORR = "BMC was inversely correlated to fasting blood glucose (P less than 0.02), to glycosuria (P less than 0.02) and to insulin requirement (P less than 0.002), and positively to the glucagon-stimulated serum C-peptide levels (P less than 0.005)."
MI_DOGS = "A comparison of the cardiovascular and respiratory effects of Pseudomonas aeruginosa and Escherichia coli endotoxins was investigated in the unanesthetized dog."
MI_CV = "When major cardiovascular variables, such as arterial blood pressure, cardiac output, right atrial pressure, and left ventricular pressure and dP/dt were monitored, it was seen that the basic patterns of response to endotoxins were quite similar, with differences between groups being primarily quantitative."
MI_RESP = "Analysis of respiratory data showed that animals receiving Pseudomonas developed an earlier respiratory response."
PD_22 = "To assess and to correlate the alterations of these two gastric functions, electromanometric and secretory studies were performed in 22 chagasic patients and in 12 control individuals."
PD_CONC = "It was concluded that the parasympathetic denervation in Chagas' disease changes both acid and pepsin secretions in the same direction but that as the disease worsens, the responsiveness of pepsin secretion to cholinergic action tends to disappear earlier than that of acid secretion."
ST_60 = "The maximum rate of change of scattered light intensity in an antigen-antibody reaction can be made to occur within 60 s after initiation of the reaction and provides a measure of the antigen concentration under antibody excess conditions."
ST_CORR = "The method correlates well with both radial immunodiffusion and end-point nephelometric methods."
CA_N = "To investigate the role of gastric inhibitory polypeptide (GIP) in the hypersecretion of glucose-stimulated insulin release in duodenal ulcer disease, serum glucose, insulin, and immunoreactive GIP (IR-GIP) were measured in 18 healthy subjects and 10 duodenal ulcer patients after glucose ingestion."
CA_GIP = "Mean IR-GIP levels were significantly greater (P less than 0.05) in the ulcer group at 15-120 min of the study, as was the total integrated area (244,755 +/- 34,934 vs. 126,595 +/- 17,468 pg-min/ml)."
CA_INS = "In contrast, the total integrated insulin area was significantly greater (P less than 0.05) in the ulcer patients (12,873 +/- 2,082 vs. 8,216 +/- 1,072 micro U-min/ml)."
CA_GLU = "Although the serum glucose and insulin were significantly greater (P less than 0.05) at 15 and 60 min in the ulcer group, the total integrated glucose areas were similar (20,552 +/- 837 vs. 19,154 +/- 745 mg-min/ml)."
AR_37 = "The tracheas of 37 tracheostomized patients (31 men and 6 women) were studied in connection with obduction."
AR_GRP = "The injuries were grouped according to their extent and depth as mild, moderate or severe, and the groups contained, respectively, 5, 12 and 20 patients."
AR_PRESS = "It seemed that cuff pressure played a greater part in causing damage than the duration of cuff strain."
AR_ADVICE = "The injuries caused by the cuff used are so severe that there is every reason to use instead the low-pressure, high-volume cuff, which has been shown to cause less damage, whenever long-term treatment is involved."
AR_PURP = "The purpose of the study was to determine the damage caused to the tracheal wall by the low-volume cuff we have used during the last 4 years."
SP_51 = "Gross and histologic observations are described in 51 Hancock glutaraldehyde-preserved porcine heterograft bioprostheses from 41 patients: 33 valves from 25 patients had been in place for less than 2 months (early) and 18 valves from 17 patients were examined at later periods up to 75 months (late) after implantation."
SP_GROSS = "The major gross changes were cuspal thrombosis (5 bioprostheses) and cuspal degeneration (3 bioprostheses)."
SP_INERT = "These observations indicate that porcine bioprostheses are not biologically inert in the human circulation."
SP_RARE = "Valve failure, however, is rare at the implantation periods studied."
SL_SUPP = "The 19-OH-PGEs suppressed spontaneous oviductal and uterine activity in the rabbit."
SL_MONKEY = "At the doses tested 19-OH-PGFs were inactive on the monkey uterus."
SL_STIM = "Stimulatory effects on the rabbit oviduct and uterus were observed following administration of 19-OH-PGFs and PGF2alpha."
SL_OVI = "With regard to the rabbit oviduct, 19(R)-OH-PGE2 was as potent as PGE2, but 19(S)-OH-PGE2 was approximately 1/2 as potent as PGE2."
TI_1462 = "Hb concentration, PCV, erythrocyte and leucocyte counts in the peripheral blood, MCV, MCH and MCHC in a population sample of 1462 women in ages between 38 and 60 years are presented."
TI_SMOK = "There was an overrepresentation of smokers among women with high Hb values and among those with high leucocyte counts."
TI_PLT = "Thrombocyte counts were lower in smoking than in non-smoking women."
TI_AGE = "Significant differences with age were found for Hb concentration and PCV and for leucocyte counts."
PH_139 = "139 rabbits developed unilateral experimental pyelonephritis, in further 19 rabbits the experimental PN did not settle or \"healed up spontaneously\"."
PH_31 = "31 samples of human pyelonephritis nephrocirrhotic kidneys and 20 samples of healthy human kidneys were examined."
PH_HUMAN = "The human samples of pyelonephritic nephrocirrhosis showed in all 3 fractions (glomerula, cortical tubules and medulla) extremely depressed AlAT-activities."
PH_GLOM = "Glomerular AlAT-activities increased initially up to the 31-days series, thereafter they decreased without any exception."
TA_DEV = "An assay procedure was developed for accurate estimation of lactosylceramidase II in the presence of relatively high activity of lactosylceramidase I."
TA_DIFF = "The procedure involves determination of lactosylceramide-cleaving activities under two different assay conditions, and lactosylceramidase II activity is calculated by the difference."
TA_DIAG = "The use of the lactosylceramidase I assay procedure developed by Wenger, D.A., Sattler, M., Clark, C. and McKelvey, H. ((1974) Clin. Chim. Acta 56, 199-206) and of the present procedure permits accurate diagnosis of both globoid cell leukodystrophy and GM1-gangliosidosis with one natural substrate, lactosylceramide, irrespective of the relative proportion of the two beta-galactosidases in the tissue."
TA_APPL = "Applicability of the procedure was evaluated with separated soluble fractions of the two beta-galactosidases from normal human brains, and with whole homogenates of gray and white matter, liver and cultured fibroblasts from control individuals and from patients with globoid cell leukodystrophy or GM1-gangliosidosis."
MK_RINGS = "Isolated ring preparations of human vein were contracted by potassium (127 mM) and noradrenaline (1.8 X 10(-5) M)."
MK_NA = "Both verapamil and nitroglycerin inhibited the contractile effect of noradrenaline more strongly than that of potassium."
MK_PHEN = "Addition of phentolamine (10(-5) M) reduced the amplitude of the potassium contracture by 22% and abolished the noradrenaline response."
MK_CA = "Both verapmil and nitroglycerin inhibited the contractile responses to calcium; the inhibiting effects of verapamil were significantly more marked than those of nitroglycerin."
FO_5 = "The clinical and hemodynamic effects of trinitrin (nitroglycerin) have been studied in 5 patients with long-established coronary artery disease who had been receiving long-term beta blockade therapy (propranolol)."
FO_CTRL = "5 similar patients not on propranolol acted as controls."
FO_RELIEF = "Patients on propranolol reported as effective relief of angina with trinitrin as patients not on this therapy."
FO_HEMO = "Although the patients on propranolol had an initially lower systolic blood pressure and mean ventricular rate, sublingual trinitrin caused in both groups a similar fall in aortic pressure, pulmonary wedge pressure, oxygen consumption and stroke volume, together with a similar rise in ventricular rate."
FO_CONC = "It was concluded that trinitrin was as effective, both subjectively and objectively, in patients on propranolol as in those without beta blockade and promoted similar side effects."

CLAIMS = [
 # Silver 1977 (gray-scale ultrasound of popliteal aneurysms)
 C("silver-n1", SI, "none",
   "In Silver et al.'s (1977) series of eight patients with suspected popliteal aneurysms, B-scan ultrasound showed 12 aneurysms, and half of the patients turned out to have them on both sides.",
   SI_EIGHT, truth_alt=[SI_HALF]),
 C("silver-num", SI, "number",
   "Using gray-scale ultrasound, Silver and colleagues (1977) detected 21 popliteal aneurysms in eight patients referred with a suspected aneurysm.",
   SI_EIGHT, wrong="21 popliteal aneurysms"),
 C("silver-comp", SI, "comparator",
   "Ultrasound picked up two popliteal aneurysms that venography had failed to show because of proximal occlusive disease (Silver et al., 1977).",
   SI_EIGHT, wrong="venography"),
 C("silver-over", SI, "overreach",
   "Silver et al. (1977) showed that ultrasound can replace arteriography altogether in the work-up of popliteal artery aneurysms.",
   SI_ADV, wrong="can replace arteriography altogether"),
 # Dawley 1979 (marijuana and sexual enjoyment, attitude survey)
 C("dawley-n1", DA, "none",
   "Dawley and colleagues (1979) asked 84 health-science graduate students about marijuana and sex; although most respondents in every group answered the opening question favourably, the authors judged the results inconclusive.",
   DA_RES, truth_alt=[DA_84]),
 C("dawley-dir", DA, "direction",
   "In Dawley et al.'s (1979) survey, most respondents in each group said that marijuana dampened their enjoyment of intercourse.",
   DA_RES, wrong="dampened their enjoyment"),
 C("dawley-pop", DA, "population",
   "Dawley et al. (1979) questioned 84 undergraduate psychology students about how marijuana affects their sexual enjoyment.",
   DA_84, wrong="undergraduate psychology students"),
 C("dawley-des", DA, "design",
   "Dawley et al. (1979) ran a placebo-controlled experiment on marijuana and sexual enjoyment in a group of 84 graduate students.",
   DA_84, wrong="ran a placebo-controlled experiment"),
 # McNair 1979 (bone mineral loss in insulin-treated diabetes)
 C("mcnair-n1", MC, "none",
   "Among insulin-treated diabetics, McNair et al. (1979) found that bone mineral content fell by about 10% within the first five years of the disease.",
   MC_10),
 C("mcnair-n2", MC, "none",
   "McNair and colleagues (1979) reported that lower bone mineral content went with higher fasting glucose, more glycosuria, larger insulin doses and lower stimulated C-peptide in insulin-treated diabetics.",
   MC_CORR),
 C("mcnair-dur", MC, "duration",
   "In insulin-treated diabetes, bone mineral content drops by about 10% over the first 15 years of the disease (McNair et al., 1979).",
   MC_10, wrong="first 15 years"),
 C("mcnair-des", MC, "design",
   "In a prospective cohort of 215 insulin-treated diabetics, McNair et al. (1979) linked bone mineral loss to poor metabolic control.",
   MC_215, wrong="prospective cohort"),
 # Miller 1977 (Pseudomonas vs E. coli endotoxin in awake dogs)
 C("miller-n1", MI, "none",
   "Miller et al. (1977) found that awake dogs given Pseudomonas or E. coli endotoxin had broadly similar cardiovascular responses, the differences being mainly of degree, although breathing changed earlier after Pseudomonas endotoxin.",
   MI_CV, truth_alt=[MI_RESP]),
 C("miller-pop", MI, "population",
   "Miller et al. (1977) compared the cardiorespiratory effects of Pseudomonas and E. coli endotoxins in conscious rats.",
   MI_DOGS, wrong="rats"),
 C("miller-dur", MI, "duration",
   "Miller and colleagues (1977) followed cardiovascular and respiratory variables in awake dogs for six days after an injection of E. coli or Pseudomonas endotoxin.",
   "Variables were collected for 6 h after endotoxin injection.", wrong="six days"),
 C("miller-dir", MI, "direction",
   "In Miller et al.'s (1977) dog study, the animals given E. coli endotoxin developed respiratory changes earlier than those given Pseudomonas endotoxin.",
   MI_RESP, wrong="the animals given E. coli endotoxin developed respiratory changes earlier"),
 # Padovan 1977 (gastric secretion and motility in Chagas' disease)
 C("padovan-n1", PD, "none",
   "Padovan et al. (1977) concluded that parasympathetic denervation of the stomach in Chagas' disease shifts acid and pepsin output the same way, but that pepsin's response to cholinergic stimulation is lost earlier than acid's as the disease advances.",
   PD_CONC),
 C("padovan-num", PD, "number",
   "Padovan and colleagues (1977) studied gastric motility and secretion in 42 patients with chronic Chagas' disease and 12 controls.",
   PD_22, wrong="42 patients"),
 C("padovan-comp", PD, "comparator",
   "Padovan et al. (1977) compared gastric secretion and antral motility in 22 chagasic patients with those of 12 patients with idiopathic achalasia.",
   PD_22, wrong="12 patients with idiopathic achalasia"),
 C("padovan-dir", PD, "direction",
   "According to Padovan and colleagues (1977), as Chagas' disease progresses, acid secretion loses its response to cholinergic stimulation before pepsin secretion does.",
   PD_CONC, wrong="acid secretion loses its response to cholinergic stimulation before pepsin secretion does"),
 # Sternberg 1977 (rate nephelometer), single author
 C("sternberg-n1", ST, "none",
   "Sternberg's (1977) rate nephelometer takes the peak rate of light scattering in an antigen-antibody reaction, which can be brought within a minute of starting it, as the measure of antigen concentration.",
   ST_60),
 C("sternberg-n2", ST, "none",
   "Serum protein results from the kinetic nephelometric method agreed well with both radial immunodiffusion and end-point nephelometry, Sternberg (1977) reported.",
   ST_CORR),
 C("sternberg-comp", ST, "comparator",
   "Sternberg (1977) showed that the rate nephelometer's protein measurements correlated well with radioimmunoassay.",
   ST_CORR, wrong="radioimmunoassay"),
 C("sternberg-over", ST, "overreach",
   "The rate nephelometer described by Sternberg (1977) made all other immunoassays for specific serum proteins obsolete.",
   ST_CORR, wrong="made all other immunoassays for specific serum proteins obsolete"),
 # Cataland 1978 (GIP and insulin in duodenal ulcer)
 C("cataland-n1", CA, "none",
   "After an oral glucose load, Cataland et al. (1978) found the total insulin response and circulating GIP to be higher in duodenal ulcer patients than in healthy subjects, while the overall glucose area did not differ.",
   CA_GIP, truth_alt=[CA_INS, CA_GLU]),
 C("cataland-num", CA, "number",
   "Cataland and colleagues (1978) found that duodenal ulcer patients had roughly four times the integrated GIP response of healthy controls after oral glucose.",
   CA_GIP, wrong="roughly four times"),
 C("cataland-dir", CA, "direction",
   "In Cataland et al.'s (1978) study, duodenal ulcer patients released less GIP than healthy subjects after drinking glucose.",
   CA_GIP, wrong="released less GIP"),
 C("cataland-pop", CA, "population",
   "Cataland et al. (1978) measured GIP and insulin after oral glucose in 10 patients with gastric ulcer and 18 healthy subjects.",
   CA_N, wrong="gastric ulcer"),
 # Arola and Anttinen 1979 (tracheal injury from a low-volume cuff, autopsy study), two authors
 C("arola-n1", AR, "none",
   "Of the 37 tracheostomized patients examined at autopsy by Arola and Anttinen (1979), 20 had severe cuff damage to the tracheal wall, 12 moderate and 5 mild.",
   AR_GRP, truth_alt=[AR_37]),
 C("arola-n2", AR, "none",
   "Cuff pressure seemed to matter more for tracheal damage than how long the cuff had been in place, and low-pressure, high-volume cuffs were advised for long-term treatment (Arola & Anttinen, 1979).",
   AR_PRESS, truth_alt=[AR_ADVICE]),
 C("arola-pop", AR, "population",
   "Arola and Anttinen (1979) examined the tracheas of 37 children who had died after tracheostomy and cuffed intubation.",
   AR_37, wrong="37 children"),
 C("arola-des", AR, "design",
   "In a randomised comparison of cuff types, Arola and Anttinen (1979) showed that the low-volume cuff severely damaged the tracheal wall.",
   AR_37, truth_alt=[AR_PURP], wrong="In a randomised comparison of cuff types"),
 # Spray and Roberts 1978 (Hancock porcine bioprostheses), two authors
 C("spray-n1", SP, "none",
   "Spray and Roberts (1978) concluded from the cusp changes they saw that porcine bioprostheses are not biologically inert in the human circulation, although valve failure was rare over the periods studied.",
   SP_INERT, truth_alt=[SP_RARE]),
 C("spray-num", SP, "number",
   "In Spray and Roberts' (1978) series, the main gross changes were cuspal thrombosis, seen in 15 of the bioprostheses, and cuspal degeneration in 3.",
   SP_GROSS, wrong="15 of the bioprostheses"),
 C("spray-dur", SP, "duration",
   "Some of the Hancock valves studied by Spray and Roberts (1978) had been in place for as long as 75 weeks before they were examined.",
   SP_51, wrong="75 weeks", accept=["duration", "number"]),
 C("spray-over", SP, "overreach",
   "Spray and Roberts (1978) established that Hancock porcine valves last a lifetime without failing, whatever cusp changes they develop.",
   SP_RARE, wrong="last a lifetime without failing"),
 # Spilman 1977 (19-hydroxy-prostaglandins, rabbit and rhesus monkey)
 C("spilman-n1", SL, "none",
   "Spilman et al. (1977) found that the 19-hydroxy PGE compounds damped spontaneous contractions of the rabbit oviduct and uterus.",
   SL_SUPP),
 C("spilman-n2", SL, "none",
   "At the doses Spilman and colleagues (1977) tested, the 19-hydroxy PGF analogues had no effect on the rhesus monkey uterus.",
   SL_MONKEY),
 C("spilman-dir", SL, "direction",
   "In rabbits, the 19-hydroxy derivatives of PGF relaxed the oviduct and uterus, Spilman et al. (1977) found.",
   SL_STIM, wrong="relaxed the oviduct and uterus"),
 C("spilman-comp", SL, "comparator",
   "On the rabbit oviduct, 19(S)-OH-PGE2 was about half as potent as prostaglandin F2alpha (Spilman et al., 1977).",
   SL_OVI, wrong="prostaglandin F2alpha"),
 # Tibblin 1979 (blood counts in Goteborg women, population sample)
 C("tibblin-n1", TI, "none",
   "In a population sample of 1462 Gothenburg women aged 38 to 60, Tibblin et al. (1979) found smokers over-represented among those with high haemoglobin and among those with high white-cell counts.",
   TI_SMOK, truth_alt=[TI_1462]),
 C("tibblin-n2", TI, "none",
   "Tibblin and colleagues (1979) reported lower platelet counts in women who smoked than in non-smokers.",
   TI_PLT),
 C("tibblin-pop", TI, "population",
   "Tibblin et al. (1979) reported haemoglobin and blood-cell counts for a population sample of 1462 Gothenburg men aged 38 to 60.",
   TI_1462, wrong="men"),
 C("tibblin-des", TI, "design",
   "In a longitudinal cohort study, Tibblin et al. (1979) tracked how haemoglobin and white-cell counts changed as Swedish women aged from 38 to 60.",
   TI_1462, truth_alt=[TI_AGE], wrong="In a longitudinal cohort study"),
 # Philippson 1979 (renal ALAT in experimental and human pyelonephritis), single author
 C("philippson-n1", PH, "none",
   "Philippson (1979) found markedly reduced alanine aminotransferase activity in the glomeruli, cortical tubules and medulla of human kidneys with chronic pyelonephritic nephrocirrhosis.",
   PH_HUMAN),
 C("philippson-num", PH, "number",
   "Experimental unilateral pyelonephritis developed in 39 rabbits in Philippson's (1979) study, which also examined 31 human nephrocirrhotic kidneys.",
   PH_139, truth_alt=[PH_31], wrong="39 rabbits"),
 C("philippson-dur", PH, "duration",
   "In Philippson's (1979) rabbits, glomerular ALAT activity rose for the first 31 weeks of experimental pyelonephritis and declined thereafter.",
   PH_GLOM, wrong="31 weeks", accept=["duration", "number"]),
 C("philippson-dir", PH, "direction",
   "Human kidneys with chronic pyelonephritis showed sharply raised ALAT activity in all three fractions examined (Philippson, 1979).",
   PH_HUMAN, wrong="sharply raised"),
 # Tanaka and Suzuki 1977 (lactosylceramidase assays), two authors
 C("tanaka-n1", TA, "none",
   "Tanaka and Suzuki (1977) devised an assay that estimates lactosylceramidase II even when lactosylceramidase I activity is relatively high, by measuring lactosylceramide cleavage under two conditions and taking the difference.",
   TA_DEV, truth_alt=[TA_DIFF]),
 C("tanaka-n2", TA, "none",
   "Used together with Wenger's lactosylceramidase I assay, Tanaka and Suzuki's (1977) procedure allows both globoid cell leukodystrophy and GM1-gangliosidosis to be diagnosed with a single natural substrate, lactosylceramide.",
   TA_DIAG),
 C("tanaka-pop", TA, "population",
   "The lactosylceramidase assay of Tanaka and Suzuki (1977) permits accurate diagnosis of Tay-Sachs disease and metachromatic leukodystrophy.",
   TA_DIAG, truth_alt=[TA_APPL], wrong="Tay-Sachs disease and metachromatic leukodystrophy"),
 C("tanaka-over", TA, "overreach",
   "The assay of Tanaka and Suzuki (1977) has been proven to diagnose globoid cell leukodystrophy and GM1-gangliosidosis with complete certainty in every patient.",
   TA_DIAG, wrong="with complete certainty in every patient"),
 # Mikkelsen 1978 (verapamil and nitroglycerin on isolated human veins)
 C("mikkelsen-n1", MK, "none",
   "In isolated rings of human vein, Mikkelsen et al. (1978) found that verapamil and nitroglycerin both blunted noradrenaline-induced contraction more than potassium-induced contraction.",
   MK_NA),
 C("mikkelsen-comp", MK, "comparator",
   "Against calcium-induced contractions of human vein, verapamil was a significantly stronger inhibitor than phentolamine (Mikkelsen et al., 1978).",
   MK_CA, wrong="phentolamine"),
 C("mikkelsen-num", MK, "number",
   "Phentolamine cut the potassium contracture of human vein rings by 62% in Mikkelsen and colleagues' (1978) experiments and abolished the response to noradrenaline.",
   MK_PHEN, wrong="62%"),
 C("mikkelsen-des", MK, "design",
   "In a clinical trial, Mikkelsen et al. (1978) gave patients verapamil and nitroglycerin and found that both reduced venous constriction to noradrenaline.",
   MK_RINGS, truth_alt=[MK_NA], wrong="In a clinical trial"),
 # Fox 1977 (trinitrin in patients on propranolol)
 C("fox-n1", FO, "none",
   "Fox et al. (1977) found that sublingual nitroglycerin relieved angina just as well in coronary patients on long-term propranolol as in similar patients not taking it.",
   FO_RELIEF, truth_alt=[FO_CONC]),
 C("fox-n2", FO, "none",
   "In Fox and colleagues' (1977) small study of ten patients, five on propranolol and five not, nitroglycerin lowered aortic and wedge pressures and raised heart rate to a similar degree in both groups.",
   FO_HEMO, truth_alt=[FO_5, FO_CTRL]),
 C("fox-dur", FO, "duration",
   "Fox et al. (1977) gave trinitrin to five angina patients who had been taking propranolol for only a few days and found that it remained effective.",
   FO_5, wrong="for only a few days"),
 C("fox-over", FO, "overreach",
   "Fox et al. (1977) proved that nitrates and beta-blockers can be combined safely in all patients with coronary disease.",
   FO_CONC, wrong="proved that nitrates and beta-blockers can be combined safely in all patients with coronary disease"),
]

Path(__file__).with_name("claims.json").write_text(json.dumps(CLAIMS, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
print(len(CLAIMS), "claims written")
