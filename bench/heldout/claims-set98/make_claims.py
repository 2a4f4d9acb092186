"""Writes claims.json (set 98). Hand-written claims; truth sentences copied verbatim from the main abstracts
(Abstract/AbstractText) of pool 14's records. The C() helper and the field layout are those of set 55's make_claims.py
(itself set 50's; only its first 30 lines were read)."""
import json
from pathlib import Path

def C(id, key, kind, claim, truth, wrong=None, truth_alt=None, accept=None):
    d = {"id": id, "key": key, "kind": kind, "claim": claim, "truth": truth}
    if truth_alt: d["truth_alt"] = truth_alt
    if wrong: d["wrong"] = wrong
    if accept: d["accept"] = accept
    return d

RE, LE, IA, KI, VI = "refior1979long", "leutenegger1977comparison", "iashin1979treatment", "king1977evaluation", "virgilio1979crystalloid"
WI, MC, CA, EH, SI = "willital1977traffic", "mckay1979role", "castor1979connective", "ehrly1979rheology", "sigurdsson1977effects"
BR, BM, AL, LO, NE = "brodie1977effect", "brochnermortensen1977precision", "alam1979m", "lockwood1977effect", "neal1978comparison"

RE_57 = "For this reason, we conducted follow-up examinations of 57 knee joints in 44 patients with rheumatoid arthritis in whom the synovectomy had occurred at least five years ago, using the standardised follow-up scheme devised by Gschwent et al."
RE_PAIN = "An analysis of the results showed that in our patients, pain and swelling were most impressively improved, in accordance with the reports made by other authors."
RE_MOB = "Less impressive was the improvement of mobility following synovectomy."
RE_XR = "X-ray films showed in almost one-half of the cases that the objective finding had deteriorated, whereas in the other half of the patients the status was largely unchanged or even improved."
LE_4D = "The effects of four day periods of infusions of 600 gm/24 hours glucose and 600 gm/24 hours of a combination of glucose, fructose, and xylitol were compared."
LE_12 = "This study was performed during total parenteral nutrition of twelve postoperative patients with major complications."
LE_GLU = "The mean plasma glucose level was significantly lower during the infusion of the combination of sugars (154.2+/-19.5 mg/100 ml versus 193.9+/-15.0 mg/100 ml[p is less than 0.005)."
LE_INS = "Furthermore, the required dosage of exogenous insulin was significantly lower (18.9+/-12.3 units/day versus 43.7+/-19.7 units/day [p is less than 0.01)."
IA_464 = "464 patients with the lower lip cancer were treated; stage I--in 292, stage II--in 150, stage III and IV--in 22 patients."
IA_RT = "The vast majority of patients in the stage I and II were given close focal roentgenotherapy on the primary focus."
IA_3Y = "The clinical recovery for a 3-year period was noted in 99.4% of cases in stage I without the Wanakh surgery, for a 5-year period--in 92.7%."
IA_REC = "In the stage I the Wanakh surgery should be denied, and in the stage II the combination therapy to a full extent is recommended."
KI_Q = "Three-thousand questionnaires were distributed to students on campus to identify a sample of actual telephone counseling center users and their ratings of the effectiveness of the help received and of the counselor."
KI_66 = "A sample of 66 actual callers was identified who had used the service for personal problems at least once."
KI_SEX = "Of male callers, 67% reported that telephone counseling helped at least somewhat, while 80% of female callers reported favorable results of telephone counseling."
KI_CONC = "Results are presented as evidence for the effectiveness of paraprofessional counselors."
VI_29 = "The effects of hemodynamic resuscitation with protein-containing or balanced salt solution were studied prospectively in 29 patients undergoing abdominal aortic surgery."
VI_ARMS = "Blood loss was replaced with packed red cells and extracellular volume with either Ringer's Lactate (RL) or 5% albumin in Ringer's lactate (ALB)."
VI_VOL = "Total fluids received for resuscitation (day of operation) was 11.3 +/- 0.8 liters (RL) and 6.2 +/- 0.4 liters (ALB)."
VI_QS = "Qs/Qt increased slightly in both groups following operation but was not different between groups."
WI_26 = "2-6 year-old children are particularly liable to accidents."
WI_50 = "They make up 50% of all accidents to children."
WI_20 = "20% of all accidents occur in traffic; in this group especially, the most deaths and multiple injuries are to be seen."
WI_INQ = "An inquiry among 1000 children revealed that their knowledge of traffic behavior is particularly poor; according to the school standards of assessment, one third of all children would not reach the level of the class in this special field."
MC_67 = "Sixty-seven patients were prospectively studied using grey scale ultrasound (GSU) to assess its possible role as part of a jaundice investigation programme."
MC_66 = "The calibre of the intrahepatic bile ducts was correctly reported in 66 patients (98 per cent)."
MC_28 = "In 43 patients with obstructive jaundice, GSU accurately detected the level of obstruction in 28."
MC_VAR = "This accuracy varied with the cause of obstruction."
MC_GALL = "In patients with jaundice due to gallstones, GSU may be the only imaging technique required before surgery provided good operative cholangiography is available."
CA_17 = "Seventeen strains of human connective tissue cells (synovial, cartilage, dermal and thyroid) incorporated [3H]-thymidine at up to 30 times control at levels under the influence of microgram quantities of CTAP-III and caused detectable increases in thymidine incorporation at levels as low as 10-29 ng/ml."
CA_DRUG = "Cortisol and penicillamine had little effect on the mitogenic activity of CTAP-III, whereas antirheumatic agents such as acetylsalicylic acid and phenylbutazone opposed the mitogenic activity when added to cultures at clinically relevant concentrations."
EH_8 = "The possible effect of xipamide on flow properties of blood were studied in groups of eight patients each with essential hypertension."
EH_DOSE = "It was demonstrated that 10 mg xipamide (a long-acting diuretic) given daily had no deleterious effect on flow property, while 20 mg daily produced a haemoconcentration which negatively affected it, apparently in relation to the urine volume excreted per unit time."
EH_RBC = "Erythrocyte deformability was not affected."
SI_AIM = "The effects of various concentrations of extracellular Mg2+ on electrical and mechanical activity of the rat portal vein were studied."
SI_50 = "The integrated spontaneous contractile activity in the preparation was largest in Mg2+-free solution, decreased to about 50% at 1.2 mM Mg2+ and was almost completely abolished at 10 mM Mg2+."
SI_EL = "Sucrose gap recordings showed that the reduced spontaneous mechanical output was associated with decreased electrical activity on increasing [Mg2+]0."
SI_K = "Increasing [K+]0 from 6 to 12 mM normalized the spontaneous mechanical activity in 10 mM Mg2+ solution."
BR_TUM = "4-OH-A treatment of rats having estrogen-dependent breast tumors induced by 7,12-dimethylbenz(a)anthracene caused 80% of the tumors to regress significantly in 4 weeks of treatment; 42% of these regressed completely."
BR_IMP = "In rats treated from Day 2-7 of pregnancy, implantation of fertilized ova was completely prevented in some rats, while in others either implantation was delayed or the development of implants was retarded."
BM_31 = "The precision of two different clearance methods as used for routine assessment of the glomerular filtration rate (GFR) was investigated in thirty-one children aged 0.6-14 years: total [51Cr]EDTA plasma clearance (E) determined by a simplified single injection method; and 24 h endogenous creatinine clearance (C)."
BM_20 = "Determination of C twice only succeeded in twenty children because of problems in collecting 24 h urine accurately."
BM_HI = "The precision (determined from the total day-to-day variation) for single determinations in patients with E greater than or equal to 80 ml/min/1.73 m2 was 5.5% for E and 13.8% for C."
BM_LO = "The corresponding figures for E less than 80 ml/min/1.73 m2 was 7.8% for E and 20.8% for C."
AL_9 = "The echocardiographic features are presented of degeneration of nine glutaraldehyde-fixed porcine xenograft valves implanted in eight patients."
AL_MO = "These features occurred 11 to 68 months after implantation and were correlated with surgical and necropsy findings."
AL_5 = "In five patients severe regurgitation due to a tear in one or more cusps developed in the the valve in the mitral position."
AL_FL = "M mode echocardiography in all five patients revealed on the valve systolic or diastolic fluttering echoes, or both."
LO_6 = "In an attempt to prevent liver disease, six morbidly obese patients were orally supplemented with essential amino acids for 4 months after surgery."
LO_RES = "Oral amino acid supplementation only partially influenced protein malnutrition and had no effect on deterioration of hepatic morphology and dysfunction."
LO_OTH = "Although this mode of therapy appears to be ineffective in preventing postoperative liver abnormalities, other studies suggest that oral oligopeptide supplementation and parenteral administration of amino acids are beneficial."
NE_1 = "(1) Rats have been given 6 weeks' feeding with low levels of the hepatocarcinogens aflatoxin B1 and 2-methyl dimethyl aminoazobenzene (2-Me-DAB)."
NE_2 = "(2) It has been confirmed that 3 weeks' feeding with either toxin is sub-carcinogenic, whereas 6 weeks' feeding results in a high incidence of hepatocarcinoma."
NE_2W = "Little change is observed after 2 weeks' feeding with the toxins."
NE_3W = "The greatest change occurs after 3 weeks' feeding, which results in tissue necrosis and the loss of a large proportion of the tetraploid hepatocyte nuclei."

claims = [
 # Refior 1979 (German article, English abstract): none, number, duration, direction
 C("refior-n1", RE, "none", "Refior et al. (1979) re-examined rheumatoid knees at least five years after synovectomy and found that pain and swelling had improved most clearly, while the gain in mobility was less impressive.", RE_PAIN, truth_alt=[RE_MOB, RE_57]),
 C("refior-num", RE, "number", "In their long-term follow-up of synovectomised rheumatoid knees, Refior and colleagues (1979) examined 75 knee joints in 44 patients.", RE_57, wrong="75 knee joints"),
 C("refior-dur", RE, "duration", "Knee synovectomy for rheumatoid arthritis was reassessed in patients operated on at least one year earlier, most of them late synovectomies (Refior et al., 1979).", RE_57, wrong="at least one year earlier", accept=["duration", "number"]),
 C("refior-dir", RE, "direction", "Refior et al.'s (1979) radiographs showed that the joint had improved in almost half of the synovectomised knees.", RE_XR, wrong="improved in almost half"),
 # Leutenegger 1977: none, comparator, duration, number
 C("leut-n1", LE, "none", "Leutenegger et al. (1977) found that in twelve postoperative patients on total parenteral nutrition, a glucose-fructose-xylitol mixture kept plasma glucose lower and needed less insulin than glucose alone.", LE_GLU, truth_alt=[LE_INS, LE_12]),
 C("leut-comp", LE, "comparator", "In surgical intensive care patients fed intravenously, Leutenegger and colleagues (1977) compared a glucose-fructose-xylitol combination with a fat emulsion and found lower blood sugar on the combination.", LE_4D, wrong="with a fat emulsion"),
 C("leut-dur", LE, "duration", "Leutenegger et al.'s (1977) comparison gave each carbohydrate regimen for four-week periods of total parenteral nutrition.", LE_4D, wrong="four-week periods", accept=["duration", "number"]),
 C("leut-num", LE, "number", "With the mixed-sugar infusion, patients in Leutenegger et al.'s (1977) study needed roughly 19 units of insulin a day, against about 34 units a day on glucose alone.", LE_INS, wrong="about 34 units a day"),
 # Iashin and Mikhaĭlov 1979 (Russian article, English abstract): none, population, duration, direction
 C("iashin-n1", IA, "none", "Iashin and Mikhaĭlov (1979) reported on 464 patients treated for lower-lip cancer, most of whom had stage I or II disease and received close-focus X-ray therapy to the primary tumour.", IA_464, truth_alt=[IA_RT]),
 C("iashin-pop", IA, "population", "Among patients with stage III-IV lower-lip cancer treated without neck surgery, 99.4% were clinically disease-free at three years (Iashin & Mikhaĭlov, 1979).", IA_3Y, wrong="stage III-IV"),
 C("iashin-dur", IA, "duration", "In Iashin and Mikhaĭlov's (1979) series, 99.4% of stage I patients treated without Wanakh lymph-node surgery remained clinically cured at five years.", IA_3Y, wrong="at five years", accept=["duration", "number"]),
 C("iashin-dir", IA, "direction", "Iashin and Mikhaĭlov (1979) recommended routine Wanakh neck dissection for stage I cancer of the lower lip.", IA_REC, wrong="recommended routine Wanakh neck dissection"),
 # King 1977: none, design, direction, overreach
 C("king-n1", KI, "none", "In King's (1977) campus survey, 80% of women and 67% of men who had called a telephone counselling centre said the call had helped at least somewhat.", KI_SEX, truth_alt=[KI_Q]),
 C("king-des", KI, "design", "In a randomised trial of a telephone counselling service, King (1977) found that 80% of female and 67% of male callers felt the counselling had helped.", KI_Q, wrong="In a randomised trial", truth_alt=[KI_66]),
 C("king-dir", KI, "direction", "King (1977) found that men who called the counselling line were more likely than women to say the call had helped.", KI_SEX, wrong="more likely than women"),
 C("king-over", KI, "overreach", "King's (1977) evaluation proved that paraprofessional telephone counsellors are effective.", KI_CONC, wrong="proved"),
 # Virgilio 1979: none x2, design, comparator
 C("virg-n1", VI, "none", "Virgilio et al. (1979) prospectively compared Ringer's lactate with 5% albumin in Ringer's lactate in 29 patients having abdominal aortic surgery; the crystalloid group needed almost twice the fluid volume on the day of operation (11.3 vs 6.2 litres).", VI_VOL, truth_alt=[VI_29, VI_ARMS]),
 C("virg-n2", VI, "none", "In the study by Virgilio and colleagues (1979), intrapulmonary shunting rose a little after surgery in both the crystalloid and the albumin groups, with no difference between them.", VI_QS),
 C("virg-des", VI, "design", "In a retrospective review of 29 abdominal aortic operations, Virgilio et al. (1979) found that large volumes of balanced salt solution were well tolerated.", VI_29, wrong="retrospective review"),
 C("virg-comp", VI, "comparator", "Virgilio et al.'s (1979) study compared Ringer's lactate with hetastarch for fluid resuscitation during aortic surgery.", VI_ARMS, wrong="hetastarch"),
 # Willital and Meier 1977 (German article, English abstract): none, number, population, overreach
 C("will-n1", WI, "none", "According to Willital and Meier (1977), children aged 2 to 6 are especially accident-prone, accounting for half of all accidents to children.", WI_26, truth_alt=[WI_50]),
 C("will-num", WI, "number", "Traffic accounted for 40% of childhood accidents in Willital and Meier's (1977) analysis, and these accidents caused the most deaths and multiple injuries.", WI_20, wrong="40%"),
 C("will-pop", WI, "population", "Willital and Meier (1977) found that adolescents aged 12 to 16 were the age group most prone to accidents.", WI_26, wrong="adolescents aged 12 to 16"),
 C("will-over", WI, "overreach", "Willital and Meier's (1977) inquiry among 1000 children showed that poor knowledge of traffic rules is the cause of children's road deaths.", WI_INQ, wrong="is the cause of children's road deaths"),
 # McKay 1979: none x2, design, overreach
 C("mckay-n1", MC, "none", "In McKay et al.'s (1979) series of 67 jaundiced patients, grey-scale ultrasound correctly reported the calibre of the intrahepatic bile ducts in all but one.", MC_66, truth_alt=[MC_67]),
 C("mckay-n2", MC, "none", "Ultrasound located the level of the blockage in 28 of 43 patients with obstructive jaundice, and its accuracy depended on the cause (McKay et al., 1979).", MC_28, truth_alt=[MC_VAR]),
 C("mckay-des", MC, "design", "McKay and colleagues (1979) retrospectively reviewed ultrasound scans from 67 patients investigated for jaundice.", MC_67, wrong="retrospectively reviewed"),
 C("mckay-over", MC, "overreach", "McKay et al. (1979) concluded that grey-scale ultrasound can replace all other imaging before surgery in patients with jaundice.", MC_GALL, wrong="can replace all other imaging before surgery in patients with jaundice"),
 # Castor 1979 (laboratory): none, direction, number, population
 C("castor-n1", CA, "none", "Castor et al. (1979) reported that aspirin and phenylbutazone, at clinically relevant concentrations, opposed the mitogenic action of the platelet peptide CTAP-III, whereas cortisol and penicillamine had little effect.", CA_DRUG),
 C("castor-dir", CA, "direction", "Castor and colleagues (1979) found that cortisol markedly suppressed the growth-stimulating effect of CTAP-III on connective tissue cells.", CA_DRUG, wrong="markedly suppressed"),
 C("castor-num", CA, "number", "CTAP-III raised thymidine incorporation in cultured human connective tissue cells to as much as three times control levels (Castor et al., 1979).", CA_17, wrong="three times control levels"),
 C("castor-pop", CA, "population", "In Castor et al.'s (1979) experiments, the platelet-derived peptide CTAP-III stimulated DNA synthesis in cultured mouse fibroblasts.", CA_17, wrong="cultured mouse fibroblasts"),
 # Ehrly 1979 (German article, English abstract): none, number, direction, comparator
 C("ehrly-n1", EH, "none", "Ehrly et al. (1979) found that xipamide 10 mg a day did not impair the flow properties of blood in essential hypertension, whereas 20 mg a day caused haemoconcentration that made them worse.", EH_DOSE, truth_alt=[EH_8]),
 C("ehrly-num", EH, "number", "Ehrly and colleagues (1979) studied blood rheology in groups of eighteen patients with essential hypertension taking xipamide.", EH_8, wrong="eighteen"),
 C("ehrly-dir", EH, "direction", "In Ehrly et al.'s (1979) study, the diuretic xipamide reduced red-cell deformability in hypertensive patients.", EH_RBC, wrong="reduced red-cell deformability"),
 C("ehrly-comp", EH, "comparator", "Compared with hydrochlorothiazide, xipamide at 10 mg daily spared the flow properties of blood in hypertensive patients (Ehrly et al., 1979).", EH_DOSE, wrong="Compared with hydrochlorothiazide"),
 # Sigurdsson and Uvelius 1977 (laboratory): none x2, direction, population
 C("sig-n1", SI, "none", "Sigurdsson and Uvelius (1977) found that spontaneous contractions of rat portal vein were greatest without magnesium, fell to about half at 1.2 mM and almost disappeared at 10 mM.", SI_50),
 C("sig-n2", SI, "none", "Raising extracellular potassium from 6 to 12 mM restored spontaneous mechanical activity in the high-magnesium (10 mM) solution (Sigurdsson & Uvelius, 1977).", SI_K),
 C("sig-dir", SI, "direction", "In Sigurdsson and Uvelius's (1977) experiments, raising extracellular magnesium increased the electrical activity of portal vein smooth muscle.", SI_EL, wrong="increased the electrical activity"),
 C("sig-pop", SI, "population", "Sigurdsson and Uvelius (1977) studied how extracellular magnesium affects the electrical and mechanical activity of the guinea-pig portal vein.", SI_AIM, wrong="guinea-pig portal vein"),
 # Brodie 1977 (laboratory, rats): none, duration, population, overreach
 C("brodie-n1", BR, "none", "In rats with DMBA-induced, oestrogen-dependent mammary tumours, Brodie et al. (1977) found that four weeks of the aromatase inhibitor 4-OH-A made 80% of the tumours regress significantly, 42% of them completely.", BR_TUM),
 C("brodie-dur", BR, "duration", "Brodie and colleagues (1977) reported significant regression of 80% of carcinogen-induced breast tumours in rats after four months of 4-OH-A treatment.", BR_TUM, wrong="four months", accept=["duration", "number"]),
 C("brodie-pop", BR, "population", "The aromatase inhibitor 4-OH-A caused 80% of oestrogen-dependent breast tumours to regress in women with breast cancer (Brodie et al., 1977).", BR_TUM, wrong="in women with breast cancer", accept=["population", "overreach"]),
 C("brodie-over", BR, "overreach", "Brodie et al.'s (1977) aromatase inhibitor completely prevented implantation of fertilised ova in all treated pregnant rats.", BR_IMP, wrong="in all treated pregnant rats"),
 # Brochner-Mortensen 1977: none x2, comparator, number
 C("bm-n1", BM, "none", "Brochner-Mortensen et al. (1977) found that single-injection [51Cr]EDTA plasma clearance measured GFR in children more precisely than 24-hour creatinine clearance (day-to-day variation 5.5% vs 13.8% when GFR was at least 80 ml/min/1.73 m2).", BM_HI, truth_alt=[BM_LO]),
 C("bm-n2", BM, "none", "Collecting 24-hour urine was the weak point: repeat creatinine clearances could be obtained in only 20 of the 31 children (Brochner-Mortensen et al., 1977).", BM_20, truth_alt=[BM_31]),
 C("bm-comp", BM, "comparator", "Brochner-Mortensen and colleagues (1977) compared the precision of [51Cr]EDTA plasma clearance with that of inulin clearance in children.", BM_31, wrong="inulin clearance"),
 C("bm-num", BM, "number", "In children with GFR below 80 ml/min/1.73 m2, day-to-day variation was 7.8% for EDTA clearance and 28.0% for creatinine clearance (Brochner-Mortensen et al., 1977).", BM_LO, wrong="28.0%"),
 # Alam 1979: none x2, duration, design
 C("alam-n1", AL, "none", "Alam et al. (1979) described the echocardiographic signs of degeneration in nine glutaraldehyde-fixed porcine valves in eight patients, appearing 11 to 68 months after implantation.", AL_9, truth_alt=[AL_MO]),
 C("alam-n2", AL, "none", "In five patients whose mitral porcine valve tore and leaked severely, M-mode echocardiography showed systolic or diastolic fluttering echoes on the valve in every case (Alam et al., 1979).", AL_FL, truth_alt=[AL_5]),
 C("alam-dur", AL, "duration", "Alam and colleagues (1979) found that porcine xenograft valves degenerated between 11 and 68 weeks after implantation.", AL_MO, wrong="11 and 68 weeks", accept=["duration", "number"]),
 C("alam-des", AL, "design", "Alam et al. (1979) prospectively followed a cohort of porcine valve recipients with serial echocardiograms and detected degeneration in nine valves.", AL_9, wrong="prospectively followed a cohort", truth_alt=[AL_MO]),
 # Lockwood 1977: none x2, design, overreach
 C("lock-n1", LO, "none", "Lockwood et al. (1977) gave six morbidly obese patients oral essential amino acids for four months after jejunoileal bypass, but their liver histology and function still deteriorated.", LO_RES, truth_alt=[LO_6]),
 C("lock-n2", LO, "none", "Oral amino acid supplements only partly corrected the protein malnutrition that follows jejunoileal bypass for morbid obesity (Lockwood et al., 1977).", LO_RES),
 C("lock-des", LO, "design", "In a randomised, placebo-controlled trial, Lockwood and colleagues (1977) found that oral essential amino acids did not prevent liver damage after jejunoileal bypass.", LO_6, wrong="randomised, placebo-controlled trial", accept=["design", "comparator"]),
 C("lock-over", LO, "overreach", "Lockwood et al.'s (1977) results showed that no form of amino acid supplementation can prevent liver disease after jejunoileal bypass.", LO_OTH, wrong="no form of amino acid supplementation can prevent"),
 # Neal and Butler 1978 (laboratory, rats): none x2, comparator, population
 C("neal-n1", NE, "none", "Neal and Butler (1978) confirmed that three weeks of feeding low levels of aflatoxin B1 or the azo dye 2-Me-DAB to rats was sub-carcinogenic, while six weeks produced a high incidence of liver cancer.", NE_2),
 C("neal-n2", NE, "none", "In Neal and Butler's (1978) rats, liver changes were slight after two weeks of either carcinogen and greatest after three, with necrosis and the loss of many tetraploid hepatocyte nuclei.", NE_3W, truth_alt=[NE_2W]),
 C("neal-comp", NE, "comparator", "Neal and Butler (1978) compared the liver changes caused by low-level aflatoxin B1 with those caused by diethylnitrosamine.", NE_1, wrong="diethylnitrosamine"),
 C("neal-pop", NE, "population", "Mice fed low levels of aflatoxin B1 or 2-Me-DAB for six weeks developed a high incidence of liver cancer (Neal & Butler, 1978).", NE_1, wrong="Mice fed", truth_alt=[NE_2]),
]
(Path(__file__).resolve().parent / "claims.json").write_text(json.dumps(claims, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
print(len(claims))
