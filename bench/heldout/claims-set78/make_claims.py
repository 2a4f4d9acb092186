"""Writes claims.json (set 78). Hand-written claims; truth sentences copied verbatim from the abstracts (pool 14,
positions 1801-1817). The C() helper and the field layout are those of set 50's / set 55's make_claims.py (their first
lines only were read)."""
import json
from pathlib import Path

def C(id, key, kind, claim, truth, wrong=None, truth_alt=None, accept=None):
    d = {"id": id, "key": key, "kind": kind, "claim": claim, "truth": truth}
    if truth_alt: d["truth_alt"] = truth_alt
    if wrong: d["wrong"] = wrong
    if accept: d["accept"] = accept
    return d

GL, LE, CO, MA, OJ = "gless1977influence", "lewit1979needle", "colebatch1979use", "may1979physiologic", "ojikutu1977red"
KR, ME, GR, MN, LA = "kruger1977hospital", "mersel1979intracellular", "grey1979senile", "mengesha1979forearm", "laporte1979objective"
PE, BO, TU, FE, EL = "peters1977antibacterial", "borchardt1978purification", "turlapaty1979trishydroxymethylami", "ferenci1979intravenous", "elghamrawi1979thyroid"

G_SIM = "There was no difference in the time course of basal TSH and TSH stimulated by TRH."
G_CONC = "Our results show that (1) plasma half-life of DT4 is less than 1 day, (2) TSH suppression after D and LT4 treatment is very similar, and (3) in patients on long-term DT4 treatment, TSH plasma concentration is below detectable limits even after stimulation with TRH."
G_74 = "74 hours after onset of treatment basal TSH was below detectable limits and the increase of TSH 30 min after injection of 200 mug TRH (TRH test) was only about 15% compared to zero time."
G_6MG = "After a dosage of 6 mg DT4 the D/L T4 plasma concentration rose about 4-fold 4 hours after application and was only moderately elevated 14 hours later."
G_T3 = "The D/L T4 plasma concentration rose 2.5-4-fold and there was a small but significant increase of the D/L T3 plasma concentration."
L_N = "241 patients and 312 pain sites were treated by needling."
L_AIM = "The present study examines short- and long-term effects of dry needling in the treatment of chronic myofascial pain."
L_868 = "When the most painful spot was touched by the needle, immediate analgesia without hypesthesia was observed in 86.8% of cases."
L_PERM = "Permanent relief of tenderness in the needled structure was obtained for 92 structures; relief for several months in 58; for several weeks in 63; and for several days in 32 out of 288 pain sites followed up."
C_50 = "The PV points below about 50% total lung capacity (TLC) usually deviate from an exponential expression."
C_SUB = "For PV data obtained after a submaximal inspiration, K did not change significantly."
C_OLD = "The PV points in the lower volume range deviated significantly less from exponential in a group of older subjects than for young subjects."
C_FIN = "From this exponential function, the PV curve above 50% TLC can be satisfactorily described by K, B/A, and recoil pressure at TLC; other conventional parameters may be derived."
M_DES = "The effects of a 30-minute period of chest percussion and postural drainage were compared to a sham treatment (infrared lamp) in 35 patients with stable chronic bronchitis and to a period of directed coughing in 11 of these same patients."
M_SPIRO = "Spirometric studies showed small improvements over baseline values following either treatment but no difference between active and sham treatments."
M_SPUT = "The volume of sputum expectorated during percussion and drainage was significantly greater than during the infrared warming (5.5 vs 1.4 ml) or during the directed coughing (9.0 vs 3.5 ml)."
M_CONC = "Although chest percussion and postural drainage are effective in augmenting the volume of expectorated sputum, no significant alternations in air flow or gas exchange after two hours were demonstrated."
O_17 = "In this study are presented the results of an investigation of variation in 17 red cell enzyme systems in the Yoruba, a Negro population of western Nigeria."
O_9 = "Nine of the systems were found not to be polymorphic."
O_8 = "The other eight systems revealed a close resemblance to the Negroes of Southern Africa, and a marked contrast with the San ('Bushmen')."
O_IRR = "It would appear not only that the polymorphisms investigated are irrelevant to adaptation to urban conditions, but also that no selective forces, and very little drift, has operated on them since the remote ancestral separation of the populations."
K_7 = "In an intensive care unit system comprising three surgical intensive care wards bacteriologic investigations on the presence of Pseudomonas aeruginosa were carried out over a period of 7 months (as an example for the aetiology of hospital infections)."
K_WET = "Centers of contaminations were found to exist in wet areas and in technical devices (ultrasonic nebulizers, respirators etc.)."
K_PHAGE = "In many cases, the bacterial strains isolated from patients were found by means of phage-typing to be identical with strains isolated from devices and wet areas."
K_NEB = "Additional experimental investigations showed the predominant role of ultrasonic nebulizers for germ dissemination."
ME_HI = "It is shown that for all triglycerides esterified with fatty acids from C12 to C18, lipolytic activity in heart homogenates was higher than in skeletal muscle homogenates."
ME_UNS = "In both homogenates cleavage of unsaturated triglycerides was higher than cleavage of the homologous saturated triglyceride."
ME_RAT = "Rat heart and skeletal muscle homogenates were compared for their intracellular lipolytic activity towards a series of saturated and unsaturated triglycerides from trilaurin (C12:0) to trierucin (C22:1)."
ME_TRI = "Although cleavage of trierucin (C22:1) was very low in skeletal muscle homogenates, it was undetectable in heart homogenates, even when enzyme concentration was increased."
GR_398 = "During a 1-year period 398 new patients were seen with disciform macular degeneration (530 eyes)."
GR_RETRO = "The lesions were studied retrospectively, and those in which the neovascular tissue did not underlie the fovea, and therefore were treatable, were identified."
GR_50 = "(3) As many as 50% of all patients with senile disciform macular degeneration may be amenable to treatment if seen early enough in the course of their disease."
GR_3Y = "(4) Over one-third of eyes with lesions that are untreated have a visual acuity of 6/60 or better 3 years after the onset of symptoms."
GR_CT = "(5) If a controlled trial proves that treatment is beneficial, these results emphasise the need for rapid referral and show that these patients will generate a large additional clinical load."
MN_UP = "In the head-up tilts forearm blood flow and arterial blood pressure fell progressively, whereas forearm vascular resistance and pulse rate increased."
MN_DOWN = "In the head-down tilts the forearm blood flow and the arterial blood pressure increased, whereas the forearm vascular resistance and pulse rate decreased."
MN_FING = "However, unlike forearm blood flow, finger blood flow showed no appreciable response to either the head-up or head-down tilts."
MN_SUBJ = "Ten to fifteen healthy subjects, ages 18--30 yr, were used to assess the correlation of forearm blood flow with graded passive body tilts and vascular resistance and also to discern the relative effects of body tilts on finger blood flow."
LA_R = "The energy expenditure derived from the specific loggings was highly related (r = +.69) to the trunk movements, indicating that the movement counts are an accurate estimate of physical activity."
LA_E1 = "Experiment 1 examined 20 male graduate students for a two-day period."
LA_E2 = "Experiment 2 compared 10 Physical Education majors with 10 non-Physical Education majors by having individuals log activities and record movement counts for a two-day period."
LA_DISC = "The movement data revealed that the monitors significantly discriminated between the two populations."
LA_MAY = "The high relationship to energy analysis, the sensitivity of the units and the ease of implementation indicate that the units may be useful in relating normal activity to acute heart disease and to risk factors such as obesity and lipoproteins."
P_165 = "This preparation was used in 165 patients of both sexes and all ages."
P_DOSE = "The initial dose was 2 tablets followed by a maintenance dose of 1 tablet every 12 hours for a treatment lasting 10 days on the average."
P_69 = "The preparation led to asepsis in 69% of the patients with chronic urinary tract infections if the organisms were sensitive in vitro."
P_46 = "In asymptomatical urinary tract infections complicated by fistula and transurethral indwelling catheters, on the other hand, elimination of organisms was only attained in 46%."
B_FOLD = "Purification of soluble heart (688-fold) and brain enzymes (240-fold) were achieved using an affinity chromatographic system."
B_SIM = "In general the properties of catechol methyltransferases isolated from heart and brain were similar to the properties of the enzyme isolated from liver."
B_MIN = "Some minor differences in substrate and inhibitor specificities were observed which might suggest slight differences in the active sites of these enzymes."
T_DEM = "This report demonstrates that the commonly used buffering agent Tris(hydroxymethyl)aminomethane (Tris) in concentrations of 5 and 30 mM inhibits calcium (Ca2+) uptake in both rat aortic and portal venous smooth muscle."
T_PV = "The data indicates that total exchangeable Ca2+ in portal vein is reduced by about 35% in 5 or 30 mM Tris, while the intracellular exchangeable Ca2+ is not significantly altered."
T_FIN = "The present studies, thus, reveal that Tris exerts significant inhibitory effects on exchangeability and transmembrane movement of Ca2+ in at least two different types of smooth muscle."
F_DES = "In 6 patients with cirrhosis of the liver and in 6 healthy controls the elimination half life of the serum leucine level (t 1/2 Leu) was determined after intravenous administration of 50 mg leucine per kg bodyweight."
F_SOM = "Examinations were repeated with simultaneous administration of 0,33 g glucose per kg bodyweight and during a continuous infusion of 500 microgram somatostatin over 60 minutes."
F_1 = "In cirrhotics and in healthy controls the t 1/2 Leu was shortened during the additional glucose administration compared with the t 1/2 Leu after leucine administration alone and was prolonged by inhibiting insulin secretion by somatostatin."
F_2 = "In spite of significantly higher serum insulin levels the t 1/2 Leu in patients with cirrhosis of the liver was significantly prolonged compared with healthy controls after leucine administration as well after leucine and glucose administration."
E_117 = "One hundred and seventeen patients with thyroid cancer were seen at the Radiotherapy and Isotope Centre, Al-Sabah Hospital, Kuwait, between 1963 and 1974."
E_HIST = "Of these carcinomas, 58 per cent were papillary, 25 per cent follicular, 11 per cent anaplastic and 1.7 per cent medullary."
E_10 = "The 10-year survival was 74, 96 and 21 per cent for papillary, follicular and anaplastic tumours respectively."
E_NODE = "The present series confirms the prognostic value of age, sex and histology and shows that node metastasis does not prejudice survival."
E_OP = "The study does not show any correlation between the type of operation and survival."

CLAIMS = [
 # Gless 1977 (D-thyroxine, TSH)
 C("gless-n1", GL, "none",
   "Gless et al. (1977) found that D-thyroxine and ordinary L-thyroxine suppressed TSH along practically the same time course after a single 3 mg dose, for basal as well as TRH-stimulated TSH.",
   G_SIM, truth_alt=[G_CONC]),
 C("gless-n2", GL, "none",
   "After about three days of D-thyroxine given every 12 hours, basal TSH had become undetectable and the TSH rise in a TRH test was only around 15% of the pre-treatment response (Gless et al., 1977).",
   G_74),
 C("gless-num", GL, "number",
   "In Gless and colleagues' (1977) study, a single 6 mg dose of D-thyroxine raised plasma thyroxine roughly tenfold within 4 hours, and levels were still moderately raised 14 hours later.",
   G_6MG, wrong="roughly tenfold"),
 C("gless-dir", GL, "direction",
   "Gless et al.'s (1977) twice-daily D-thyroxine regimen raised plasma T4 2.5- to 4-fold while plasma T3 fell slightly.",
   G_T3, wrong="plasma T3 fell slightly"),
 # Lewit 1979 (dry needling, myofascial pain; single author)
 C("lewit-n1", LE, "none",
   "Lewit (1979) dry-needled 312 pain sites in 241 patients with chronic myofascial pain; when the needle hit the most painful spot, relief came at once, without numbness, in about 87% of cases.",
   L_868, truth_alt=[L_N]),
 C("lewit-num", LE, "number",
   "Touching the most tender spot with the needle gave immediate analgesia in 68% of cases in Lewit's (1979) series of patients with chronic myofascial pain.",
   L_868, wrong="68%"),
 C("lewit-over", LE, "overreach",
   "Dry needling permanently cures myofascial trigger-point pain, as Lewit (1979) demonstrated in 241 patients.",
   L_PERM, wrong="permanently cures"),
 C("lewit-des", LE, "design",
   "In a randomised, sham-controlled trial of 241 patients with chronic myofascial pain, dry needling of trigger points gave immediate relief in most cases (Lewit, 1979).",
   L_N, wrong="randomised, sham-controlled trial", truth_alt=[L_AIM]),
 # Colebatch 1979 (exponential fit of lung elastic recoil)
 C("colebatch-n1", CO, "none",
   "Colebatch et al. (1979) reported that static lung pressure-volume points below roughly half of total lung capacity usually depart from a simple exponential curve, so the exponential describes the upper part of the curve.",
   C_50, truth_alt=[C_FIN]),
 C("colebatch-n2", CO, "none",
   "In Colebatch and colleagues' (1979) analysis, the exponential shape constant K did not change significantly when pressure-volume data were taken after a submaximal rather than a full inspiration.",
   C_SUB),
 C("colebatch-des", CO, "design",
   "Colebatch et al.'s (1979) longitudinal study, which followed the same subjects as they aged, found that low-volume pressure-volume points fitted the exponential better later in life.",
   C_OLD, wrong="longitudinal study, which followed the same subjects as they aged", accept=["design", "duration"]),
 C("colebatch-over", CO, "overreach",
   "A single exponential equation describes the entire static pressure-volume curve of the lung, from residual volume to total lung capacity (Colebatch et al., 1979).",
   C_FIN, wrong="the entire static pressure-volume curve of the lung, from residual volume to total lung capacity", truth_alt=[C_50]),
 # May and Munt 1979 (chest percussion and postural drainage, chronic bronchitis)
 C("may-n1", MA, "none",
   "May and Munt (1979) found that half an hour of chest percussion and postural drainage in 35 patients with stable chronic bronchitis brought up more sputum than a sham infrared-lamp treatment but did not change airflow or gas exchange.",
   M_CONC, truth_alt=[M_SPUT, M_DES]),
 C("may-dir", MA, "direction",
   "In stable chronic bronchitis, chest percussion with postural drainage improved spirometry significantly more than a sham treatment did (May & Munt, 1979).",
   M_SPIRO, wrong="improved spirometry significantly more than"),
 C("may-dur", MA, "duration",
   "After six weeks of daily chest percussion and postural drainage, patients with stable chronic bronchitis were expectorating more sputum but showed no gain in airflow or blood gases, May and Munt (1979) reported.",
   M_DES, wrong="six weeks of daily", truth_alt=[M_CONC]),
 C("may-pop", MA, "population",
   "May and Munt's (1979) study of 35 patients with cystic fibrosis found that chest percussion and postural drainage increased the volume of sputum cleared compared with a sham treatment.",
   M_DES, wrong="cystic fibrosis"),
 # Ojikutu 1977 (red cell enzymes, Yoruba)
 C("ojikutu-n1", OJ, "none",
   "Ojikutu et al. (1977) typed 17 red cell enzyme systems in the Yoruba of western Nigeria: nine showed no polymorphism, and the remaining eight closely matched Black populations of Southern Africa while differing sharply from the San.",
   O_8, truth_alt=[O_17, O_9]),
 C("ojikutu-pop", OJ, "population",
   "In a survey of red cell enzyme variation among the Hausa of northern Nigeria, Ojikutu and colleagues (1977) found nine of 17 enzyme systems to be monomorphic.",
   O_17, wrong="the Hausa of northern Nigeria"),
 C("ojikutu-comp", OJ, "comparator",
   "The Yoruba's polymorphic red cell enzyme systems closely resembled those of the San (Bushmen), according to Ojikutu et al. (1977).",
   O_8, wrong="those of the San (Bushmen)", accept=["comparator", "direction"]),
 C("ojikutu-over", OJ, "overreach",
   "Ojikutu et al.'s (1977) findings proved that centuries of urban living leave no mark at all on human genetic polymorphisms.",
   O_IRR, wrong="proved that centuries of urban living leave no mark at all"),
 # Krüger 1977 (Pseudomonas aeruginosa in surgical ICUs; German, English abstract)
 C("kruger-n1", KR, "none",
   "Krüger et al. (1977) found Pseudomonas aeruginosa concentrated in the wet areas of three surgical intensive care wards and in equipment such as ultrasonic nebulisers and ventilators.",
   K_WET, truth_alt=[K_7]),
 C("kruger-n2", KR, "none",
   "Phage typing in Krüger and colleagues' (1977) ICU investigation often matched the Pseudomonas strains from patients with those recovered from equipment and wet areas.",
   K_PHAGE),
 C("kruger-dur", KR, "duration",
   "Over seven years of bacteriological surveillance in three surgical intensive care wards, Krüger et al. (1977) traced Pseudomonas aeruginosa to wet areas and technical devices.",
   K_7, wrong="seven years"),
 C("kruger-pop", KR, "population",
   "In three paediatric intensive care wards, Krüger et al. (1977) identified ultrasonic nebulisers as the main route by which Pseudomonas aeruginosa spread.",
   K_7, wrong="paediatric", truth_alt=[K_NEB]),
 # Mersel 1979 (lipase in rat heart vs skeletal muscle; trierucin)
 C("mersel-n1", ME, "none",
   "Mersel et al. (1979) found that rat heart homogenates did not break down trierucin at all, even with more enzyme added, whereas skeletal muscle homogenates cleaved it slowly.",
   ME_TRI),
 C("mersel-dir", ME, "direction",
   "In Mersel and colleagues' (1979) rat tissue homogenates, saturated triglycerides were hydrolysed faster than their unsaturated counterparts.",
   ME_UNS, wrong="saturated triglycerides were hydrolysed faster than their unsaturated counterparts"),
 C("mersel-pop", ME, "population",
   "Using human heart and skeletal muscle obtained at autopsy, Mersel et al. (1979) showed that heart tissue cannot cleave trierucin.",
   ME_RAT, wrong="human heart and skeletal muscle obtained at autopsy", truth_alt=[ME_TRI]),
 C("mersel-comp", ME, "comparator",
   "Rat heart homogenates showed higher lipolytic activity than liver homogenates toward triglycerides of C12 to C18 fatty acids (Mersel et al., 1979).",
   ME_HI, wrong="liver homogenates"),
 # Grey 1979 (senile disciform macular degeneration)
 C("grey-n1", GR, "none",
   "Reviewing 398 patients (530 eyes) with senile disciform macular degeneration seen over one year, Grey et al. (1979) estimated that up to half might be candidates for photocoagulation if seen early enough.",
   GR_50, truth_alt=[GR_398]),
 C("grey-des", GR, "design",
   "In their randomised controlled trial of photocoagulation for senile disciform macular degeneration, Grey et al. (1979) identified the lesions that were treatable because the new vessels spared the fovea.",
   GR_RETRO, wrong="randomised controlled trial of photocoagulation", truth_alt=[GR_CT]),
 C("grey-dur", GR, "duration",
   "More than a third of untreated eyes with disciform macular lesions still had vision of 6/60 or better ten years after symptoms began (Grey et al., 1979).",
   GR_3Y, wrong="ten years"),
 C("grey-num", GR, "number",
   "Grey and colleagues (1979) estimated that as many as 80% of patients with senile disciform macular degeneration could be treated if seen early.",
   GR_50, wrong="80%"),
 # Mengesha and Bell 1979 (forearm and finger blood flow, passive tilts)
 C("mengesha-n1", MN, "none",
   "Mengesha and Bell (1979) found that tilting healthy young adults head-up progressively lowered forearm blood flow and blood pressure while forearm vascular resistance and pulse rate rose.",
   MN_UP),
 C("mengesha-n2", MN, "none",
   "Finger blood flow, unlike forearm flow, barely responded to either head-up or head-down tilting (Mengesha & Bell, 1979).",
   MN_FING),
 C("mengesha-dir", MN, "direction",
   "Mengesha and Bell's (1979) tilt experiments showed that head-down tilting reduced forearm blood flow and raised forearm vascular resistance.",
   MN_DOWN, wrong="reduced forearm blood flow and raised forearm vascular resistance"),
 C("mengesha-pop", MN, "population",
   "In elderly patients with hypertension, Mengesha and Bell (1979) showed that forearm blood flow changed in step with the angle of passive body tilt.",
   MN_SUBJ, wrong="elderly patients with hypertension"),
 # LaPorte 1979 (LSI motor activity monitor)
 C("laporte-n1", LA, "none",
   "LaPorte et al. (1979) found that movement counts from a wrist-watch-sized activity monitor worn on the trunk correlated fairly strongly (r = 0.69) with energy expenditure estimated from activity logs.",
   LA_R),
 C("laporte-dur", LA, "duration",
   "LaPorte and colleagues (1979) had 20 male graduate students wear the new motion monitor for two weeks, and it did not interfere with their normal activities.",
   LA_E1, wrong="two weeks"),
 C("laporte-comp", LA, "comparator",
   "The LSI activity monitor clearly separated 10 physical education majors from 10 sedentary office workers (LaPorte et al., 1979).",
   LA_E2, wrong="sedentary office workers", truth_alt=[LA_DISC], accept=["comparator", "population"]),
 C("laporte-over", LA, "overreach",
   "LaPorte et al.'s (1979) motion monitor has been shown to predict acute heart disease from people's everyday activity.",
   LA_MAY, wrong="has been shown to predict acute heart disease"),
 # Peters 1977 (sulfamoxole/trimethoprim, urinary tract infections; German, English abstract)
 C("peters-n1", PE, "none",
   "Peters et al. (1977) treated 165 patients with urinary tract infections with sulfamoxole-trimethoprim for about 10 days on average; in catheterised patients with asymptomatic infection, the organisms were cleared in fewer than half.",
   P_46, truth_alt=[P_165, P_DOSE]),
 C("peters-des", PE, "design",
   "In a randomised controlled trial of 165 patients with urinary tract infection, sulfamoxole plus trimethoprim sterilised the urine in 69% of chronic infections caused by susceptible organisms (Peters et al., 1977).",
   P_165, wrong="randomised controlled trial", truth_alt=[P_69]),
 C("peters-num", PE, "number",
   "Peters and colleagues (1977) reported that sulfamoxole-trimethoprim cleared chronic urinary tract infections in 96% of patients whose organisms were sensitive in vitro.",
   P_69, wrong="96%"),
 C("peters-pop", PE, "population",
   "In 165 children with urinary tract infections, Peters et al.'s (1977) sulfamoxole-trimethoprim regimen was given as two tablets followed by one tablet every 12 hours.",
   P_165, wrong="165 children"),
 # Borchardt and Cheng 1978 (rat heart and brain COMT)
 C("borchardt-n1", BO, "none",
   "Borchardt and Cheng (1978) used affinity chromatography to purify soluble catechol O-methyltransferase 688-fold from rat heart and 240-fold from rat brain.",
   B_FOLD),
 C("borchardt-n2", BO, "none",
   "The heart and brain forms of catechol O-methyltransferase broadly resembled the liver enzyme, differing only slightly in substrate and inhibitor specificity (Borchardt & Cheng, 1978).",
   B_SIM, truth_alt=[B_MIN]),
 C("borchardt-num", BO, "number",
   "Borchardt and Cheng's (1978) affinity method purified the soluble rat heart enzyme 68-fold.",
   B_FOLD, wrong="68-fold"),
 C("borchardt-comp", BO, "comparator",
   "According to Borchardt and Cheng (1978), catechol O-methyltransferase purified from rat heart and brain had much the same properties as the enzyme from rat kidney.",
   B_SIM, wrong="rat kidney"),
 # Turlapaty 1979 (Tris and calcium uptake, rat vascular smooth muscle)
 C("turlapaty-n1", TU, "none",
   "Turlapaty et al. (1979) warned that Tris, a common laboratory buffer, inhibits calcium uptake by rat aortic and portal vein smooth muscle at both 5 and 30 mM.",
   T_DEM),
 C("turlapaty-num", TU, "number",
   "In rat portal vein, Tris at 5 or 30 mM cut total exchangeable calcium by about 65% (Turlapaty et al., 1979).",
   T_PV, wrong="about 65%"),
 C("turlapaty-dir", TU, "direction",
   "Turlapaty and colleagues (1979) found that Tris markedly lowered intracellular exchangeable calcium in rat portal vein smooth muscle.",
   T_PV, wrong="markedly lowered"),
 C("turlapaty-over", TU, "overreach",
   "Turlapaty et al.'s (1979) results show that Tris blocks calcium movement in every kind of smooth muscle.",
   T_FIN, wrong="in every kind of smooth muscle"),
 # Ferenci 1979 (intravenous leucine load in cirrhosis; German, English abstract)
 C("ferenci-n1", FE, "none",
   "Ferenci et al. (1979) found that intravenous leucine was cleared more slowly in patients with cirrhosis than in healthy controls, even though the cirrhotic patients had higher insulin levels.",
   F_2),
 C("ferenci-n2", FE, "none",
   "In both cirrhotic patients and controls, adding glucose shortened the half-life of an intravenous leucine load, while blocking insulin release with somatostatin lengthened it (Ferenci et al., 1979).",
   F_1),
 C("ferenci-comp", FE, "comparator",
   "Compared with patients with chronic hepatitis, Ferenci and colleagues' (1979) six cirrhotic patients eliminated an intravenous leucine load more slowly.",
   F_DES, wrong="patients with chronic hepatitis", truth_alt=[F_2], accept=["comparator", "population"]),
 C("ferenci-dur", FE, "duration",
   "Ferenci et al.'s (1979) leucine tests were repeated during a six-hour somatostatin infusion to suppress insulin secretion.",
   F_SOM, wrong="six-hour"),
 # El-Ghamrawi and Khalifa 1979 (thyroid cancer in Kuwait)
 C("elghamrawi-n1", EL, "none",
   "El-Ghamrawi and Khalifa (1979) reviewed 117 patients with thyroid cancer treated in Kuwait between 1963 and 1974; just over half of the tumours (58%) were papillary.",
   E_HIST, truth_alt=[E_117]),
 C("elghamrawi-n2", EL, "none",
   "In the Kuwaiti series, ten-year survival was 96% for follicular, 74% for papillary and only 21% for anaplastic thyroid cancer (El-Ghamrawi & Khalifa, 1979).",
   E_10),
 C("elghamrawi-dir", EL, "direction",
   "According to El-Ghamrawi and Khalifa (1979), lymph node metastases clearly worsened survival in thyroid cancer.",
   E_NODE, wrong="clearly worsened survival"),
 C("elghamrawi-des", EL, "design",
   "El-Ghamrawi and Khalifa's (1979) prospective study of 117 Kuwaiti patients with thyroid cancer found no link between the type of operation and survival.",
   E_117, wrong="prospective study", truth_alt=[E_OP]),
]

if __name__ == "__main__":
    (Path(__file__).resolve().parent / "claims.json").write_text(json.dumps(CLAIMS, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(len(CLAIMS), "claims written")
