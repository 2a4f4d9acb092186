"""Writes claims.json (set 18). Hand-written claims; truth sentences copied verbatim from the abstracts (records.xml)."""
import json
from pathlib import Path

def C(id, key, kind, claim, truth, wrong=None, truth_alt=None, accept=None):
    d = {"id": id, "key": key, "kind": kind, "claim": claim, "truth": truth}
    if truth_alt: d["truth_alt"] = truth_alt
    if wrong: d["wrong"] = wrong
    if accept: d["accept"] = accept
    return d

MA, LE, IN, ML, PR = "madan2007postoperative", "le2015evaluation", "ingrassia2012data", "malcolm2007pilot", "proctor1988modulation"
CH, KA, BO, MI, LO = "chen2018technological", "katz2009public", "bobo1989health", "miller1988predictions", "long1983psychological"
CO, BA, ST, HE, SV = "cofer2007reproduction", "barman2011sensor", "stahl2011understanding", "herrod2008potentially", "stovall1987trial"

MA_N = "There were 70 patients in this investigation (75% response rate), with 49 laparoscopic gastric bypass patients (bypass), 18 laparoscopic adjustable gastric banding patients (band), and 3 patients who did not indicate their procedure."
MA_PCT = "Percentages reported by patients (bypass vs band) were: Death 34 (69%) vs. 13 (72%), Injury to GI tract/leak 14 (29%) vs. 5 (28%), Conversion 1 (2%) vs 0 (0%), CV/pulmonary issues 11 (22%) vs. 4 (22%), Stenosis/ulcer 6 (12%) vs NA, Band erosion/migration NA vs 9 (50%), Malnutrition 24 (49%) vs, 4 (22%), GI symptoms 19 (39%) vs. 6 (33%), Infection 15 (31%) vs. 10 (56%), Weight regain/inadequate loss 5 (10%) vs. 3 (17%), Thromboembolic event 7 (14%) vs. 3 (17%), and Hemorrhage 8 (16%) vs. 0 (0%)."
LE_FG = "We conducted four focus groups with older adult participants (n=31) at an independent retirement community."
IN_R = "A correlation analysis was performed between the two methods plotting the paired RFID and manual times and resulted in a r=0.977 for the AMP and r=0.986 for the ED with a P value of less than 0.001."
ML_3 = "Three patients aged 75 to 87 years with American Society of Anesthesiologists scores of III or IV underwent transhepatic percutaneous cryoablation between November 2005 and February 2006."
PR_REL = "Relative to Ringer's, indomethacin had no effect, BW755c caused vasodilation, and ketoconazole caused vasoconstriction, which suggests that cytochrome P450 products might be vasoactive mediators in injured tissue."
PR_POP = "To examine the contribution of arachidonic acid (AA) metabolites to the maintenance of cutaneous vasomotor tone after thermal injury, enzyme inhibitors were topically applied to the hamster cheek pouch before and after a spot burn."
CH_38 = "This study investigated 38 stakeholders in the health care ecosystem through in-depth interviews and focus groups, which provides an open, flexible, and enlightening way to study complex, dynamic, and interactive situations through informal conversation or a more structured, directed discussion."
KA_1404 = "A 2007 national public opinion survey of 1404 Americans revealed variations in sentiments concerning the desirability of several mobile healthcare technologies based on RFID."
BO_N = "Inner-city adults (n = 108) with a chronic disease (sickle cell disease or asthma) and their unaffected siblings (n = 50) were interviewed and ratings of health perceptions and opinions about medical care were compared."
BO_SCD = "When compared with the asthma subgroup, persons with sickle cell disease reported more adverse ratings of health outlook susceptibility to illness, sickness orientation, humaneness of medical care, and satisfaction with medical care (P less than .05)."
MI_4 = "To determine how well visual outcomes of cataract surgery can be predicted from acuity estimations by visual instruments and an ophthalmologist, the authors compared predictions of postsurgical visual acuity with the measured acuity at 4 months in 82 elderly persons."
MI_OPH = "The ophthalmologist was the most accurate predictor of acuity within 1 line (r = 0.41, p less than or equal to 0.001)."
LO_Q = "The fact that one fourth or more of head trauma patients are impaired in recovery because of psychological factors suggests that appropriate treatment programs are not being implemented in the United States."
CO_R = "Retrospective review of prospectively collected data on eight patients with biliary colic, no evidence of cholelithiasis, a normal quantitative cholescintigraphy ejection fraction but with reproduction of their specific symptoms on cholecystokinin injection was performed."
BA_23 = "This device triggered an on-board radio frequency identification tag to signal proximity when that arm was within 23 cm of the objects."
ST_N = "Five hundred twenty-six patients (309 patients (PC), 217 patients (UC)) and 38 clinicians (eight (PC) and 30 (UC)) volunteered between April 30 and July 1, 2008."
ST_CL = "Two contrasting clinics were evaluated: a primary care clinic (PC) with templated scheduling and an urgent care clinic (UC) with unconstrained visit time and first-in, first-out scheduling."
HE_D = "Data for all hospital discharges in Tennessee in 2002 were evaluated for the 5 pediatric discharge monitors identified by the Agency for Healthcare Research and Quality."
SV_Y = "The purpose of this report was to present the results of a year-long, prospective study in which the indications for trial of labor were liberalized."

CLAIMS = [
 # Madan 2007
 C("madan-n1", MA, "none",
   "Madan et al. (2007) surveyed 70 patients after laparoscopic bariatric surgery, a 75% response rate; 49 had undergone gastric bypass and 18 adjustable gastric banding.",
   MA_N),
 C("madan-n2", MA, "none",
   "Despite an educational book, two teaching appointments, a test and a consent discussion before the operation, many bariatric patients later failed to recall serious complications they had been warned about (Madan and colleagues, 2007).",
   "Many patients forget some of the serious complications after laparoscopic bariatric surgery.",
   truth_alt=["Preoperatively, patients had been given an educational book, two preoperative educational appointments, a test, and an informed consent discussion and form with clear presentation of complications which may occur."]),
 C("madan-num", MA, "number",
   "Asked to write down every complication they could remember, patients in Madan et al.'s (2007) survey listed an average of just over three.",
   "Patients listed an average of 5.1 complications.",
   wrong="just over three"),
 C("madan-comp", MA, "comparator",
   "Death was named as a possible complication by roughly seven in ten patients, whether they had had gastric bypass or sleeve gastrectomy (Madan et al., 2007).",
   MA_N, truth_alt=[MA_PCT], wrong="sleeve gastrectomy"),
 # Le 2015
 C("le-n1", LE, "none",
   "Le and colleagues (2015) ran four focus groups with 31 older adults living in an independent retirement community, showing them three visualisations of smart-home wellness data.",
   LE_FG, truth_alt=["Participants were presented with three different visualizations from a wellness pilot study."]),
 C("le-n2", LE, "none",
   "Older participants saw real value in such displays as a way to engage proactively with their healthcare provider, and placing the raw sensor data in a wellness framework made it less complex (Le et al., 2015).",
   "Participants found inherent value in having visualizations available to proactively engage with their healthcare provider.",
   truth_alt=["Integrating the visualizations into a wellness framework helped reduce the complexity of raw smart home data."]),
 C("le-pop", LE, "population",
   "In focus groups with residents of an assisted-living facility, Le et al. (2015) identified three themes in how older people process and apply visualisations of their health data.",
   LE_FG, wrong="residents of an assisted-living facility"),
 C("le-des", LE, "design",
   "A survey of 31 older adults by Le et al. (2015) found that they valued smart-home health visualisations as a means of engaging with their clinicians.",
   LE_FG, truth_alt=["A qualitative descriptive analysis was conducted to identify thematic content."], wrong="A survey"),
 # Ingrassia 2012
 C("ingrassia-n1", IN, "none",
   "In a simulated rooftop collapse, Ingrassia et al. (2012) fitted each of 53 volunteer 'victims' with an RFID tag and recorded no failures of tag reading or data transfer.",
   "No failures occurred in tag reading or data transfers.",
   truth_alt=["A rooftop collapse of a crowded building was simulated.", "Every victim was also equipped with a RFID tag."]),
 C("ingrassia-num", IN, "number",
   "Arrival times logged by RFID tracked the handwritten ones closely, with correlations of r = 0.877 at the advanced medical post and 0.986 in the emergency department (Ingrassia and colleagues, 2012).",
   IN_R, wrong="0.877"),
 C("ingrassia-des", IN, "design",
   "During a real mass casualty incident, an RFID system captured hospital admission times as reliably as manual time cards (Ingrassia et al., 2012).",
   "A rooftop collapse of a crowded building was simulated.",
   truth_alt=["To demonstrate the applicability and the reliability of a radio frequency identification (RFID) system to collect data during a live exercise."],
   wrong="During a real mass casualty incident", accept=["design", "population"]),
 C("ingrassia-over", IN, "overreach",
   "Ingrassia et al.'s (2012) exercise shows that RFID tagging should replace manual records for triage and treatment data in disasters.",
   "Its use should be investigated in every aspect of data collection (triage, treatments) during a disaster exercise.",
   truth_alt=["We confirmed the applicability of RFID system to the collection of time delays."],
   wrong="should replace manual records for triage and treatment data in disasters"),
 # Malcolm 2007
 C("malcolm-n1", ML, "none",
   "Malcolm and colleagues (2007) report a pilot series of only three patients, aged 75 to 87, whose right upper-pole kidney tumours were frozen through the liver under CT guidance.",
   ML_3, truth_alt=["We present our pilot experience with transhepatic percutaneous cryoablation of right upper-pole renal tumors.",
                    "Cryoprobe placement was guided by CT imaging, and two freeze-thaw cycles were used."]),
 C("malcolm-dur", ML, "duration",
   "To limit bleeding along the transhepatic tract, additional 60-minute freeze-thaw cycles were used (Malcolm et al., 2007).",
   "Additionally, 60-second freeze-thaw cycles were used to assist with hemostasis in the transhepatic tract.",
   wrong="60-minute", accept=["duration", "number"]),
 C("malcolm-pop", ML, "population",
   "Malcolm et al. (2007) treated three patients in their sixties with transhepatic cryoablation, and none had a hepatic complication.",
   ML_3, truth_alt=["Although one patient developed a moderate perinephric hematoma and required a blood transfusion, no hepatic complications were manifest."],
   wrong="in their sixties", accept=["population", "number"]),
 C("malcolm-over", ML, "overreach",
   "Going through the liver makes percutaneous cryoablation safe for right upper-pole renal tumours whatever their size, according to Malcolm et al. (2007).",
   "Limitations include tumor size, as larger tumors may introduce prohibitive risks.",
   truth_alt=["Local treatment failure was evident in one patient with a 5-cm mass showing enhancement at follow-up imaging.",
              "Transhepatic access for percutaneous cryoablation of renal tumors is feasible."],
   wrong="whatever their size"),
 # Proctor 1988
 C("proctor-n1", PR, "none",
   "Working in the hamster cheek pouch, Proctor et al. (1988) saw arteriolar blood flow rise briefly after a spot burn and then fall to levels that depended on the inhibitor applied.",
   "In all groups, blood flow transiently increased after burn and thereafter decreased to levels that were altered by treatment.",
   truth_alt=[PR_POP]),
 C("proctor-n2", PR, "none",
   "Of the synthetic compounds tested, prostacyclin was the most potent vasodilator, ahead of 12R-HETE, with adenosine and 5,6-EET about equal and arachidonic acid itself the weakest (Proctor and colleagues, 1988).",
   "The potency was prostacyclin greater than 12R-hydroxyeicostetraenoic acid greater than adenosine = 5,6 epoxyeicosatrienoic acid greater than AA, which supports the hypothesis that AA can be the source of a novel class of nonprostaglandin vasodilator compounds."),
 C("proctor-dir", PR, "direction",
   "After the burn, ketoconazole dilated the arterioles relative to Ringer's solution, whereas indomethacin made no difference (Proctor et al., 1988).",
   PR_REL, wrong="ketoconazole dilated the arterioles"),
 C("proctor-pop", PR, "population",
   "Proctor and colleagues' (1988) video-microscopy study of burn injury in rats pointed to cytochrome P450 products as vasoactive mediators after thermal injury.",
   PR_POP, truth_alt=[PR_REL], wrong="in rats"),
 # Chen 2018 (single author)
 C("chen-n1", CH, "none",
   "Chen (2018) held in-depth interviews and focus groups with 38 stakeholders in Taiwan's health care ecosystem to learn how and why eHealth has been applied there.",
   CH_38, truth_alt=["The objective of this study was to investigate how and why electronic health (eHealth) has been applied in Taiwan and to suggest implications that may inspire other countries facing similar challenges."]),
 C("chen-n2", CH, "none",
   "Respondents felt technology can make patient care seamless and bring clinical benefits such as flexible time management, while a leader's vision and management skills may influence whether health care innovation succeeds (Chen, 2018).",
   "First, respondents indicated that the use of technology can enable seamless patient care and clinical benefits such as flexibility in time management.",
   truth_alt=["Second, the results suggested that a leader's vision, authority, and management skills might influence success in health care innovation."]),
 C("chen-des", CH, "design",
   "In a nationwide questionnaire survey in Taiwan, Chen (2018) found that internal and external organisational governance both matter for putting technology-based innovation into practice.",
   "A qualitative methodology was adopted to obtain insightful inputs from deeper probing.",
   truth_alt=[CH_38], wrong="nationwide questionnaire survey"),
 C("chen-pop", CH, "population",
   "Drawing on in-depth interviews with 38 older patients, Chen (2018) questioned the view that technology gets in the way of human contact between clinicians and patients.",
   CH_38, wrong="38 older patients"),
 # Katz 2009 (two authors)
 C("katz-n1", KA, "none",
   "In what appears to be the first reasonably national US poll on mobile healthcare technology, Americans were keen on emergency intervention services but much less interested in health information and monitoring (Katz & Rice, 2009).",
   "The survey revealed high levels of interest in emergency intervention services, but much less so in health information and monitoring services.",
   truth_alt=["The survey appears to be the first reasonably national public opinion survey of US adults concerning their attitudes towards mobile healthcare technology."]),
 C("katz-dir", KA, "direction",
   "Katz and Rice (2009) found that people with high trust in others and strong social support were less interested in RFID personal medical technology.",
   "Interest in RFID personal medical technology was positively associated with high levels of trust in others and social support.",
   wrong="less interested"),
 C("katz-num", KA, "number",
   "A 2007 national poll of 4,104 Americans found mixed feelings about RFID-based mobile healthcare (Katz and Rice, 2009).",
   KA_1404, wrong="4,104"),
 C("katz-comp", KA, "comparator",
   "Katz and Rice's (2009) survey found that, among the small minority opposed, hostility was stronger when a device was worn on the body than when it was built into a home monitoring unit.",
   "In those cases, the negative sentiment appears heightened when the mobile healthcare application is offered in a modality attached to the body as opposed to a somewhat more physically remote option, i.e., attached to one's cell phone.",
   wrong="built into a home monitoring unit"),
 # Bobo 1989
 C("bobo-n1", BO, "none",
   "Bobo et al. (1989) interviewed 108 inner-city adults with sickle cell disease or asthma, and 50 of their unaffected siblings, about their health and their medical care.",
   BO_N),
 C("bobo-n2", BO, "none",
   "The unaffected siblings rated their own health moderately well yet voiced a good deal of worry about it (Bobo and colleagues, 1989).",
   "Their siblings reported moderately favorable health perceptions but much worry and concern about their health."),
 C("bobo-dir", BO, "direction",
   "Compared with the asthma group, adults with sickle cell disease gave more favourable ratings of the humaneness of their medical care and of their satisfaction with it (Bobo et al., 1989).",
   BO_SCD, wrong="more favourable ratings"),
 C("bobo-comp", BO, "comparator",
   "A 1989 study by Bobo et al. found that people with sickle cell disease saw their susceptibility to illness and their health outlook more negatively than the general population did.",
   BO_SCD, truth_alt=[BO_N], wrong="the general population"),
 # Miller 1988
 C("miller-n1", MI, "none",
   "In 82 elderly cataract patients, neither the potential acuity meter nor the laser interferometer on its own predicted postoperative acuity to within one Snellen line, with correlations of just 0.03 and 0.07 (Miller et al., 1988).",
   "Neither instrument alone was successful in predicting postsurgical acuity +/- 1 contiguous Snellen chart line (bivariate correlation [r] = 0.03 for PAM and 0.07 for LI).",
   truth_alt=[MI_4]),
 C("miller-dur", MI, "duration",
   "Miller and colleagues (1988) checked each prediction against the acuity actually measured one year after surgery in 82 older patients.",
   MI_4, wrong="one year after surgery"),
 C("miller-comp", MI, "comparator",
   "An ophthalmologist drawing on the screening data and a clinical examination was the most accurate predictor, outperforming both the potential acuity meter and contrast sensitivity testing (Miller et al., 1988).",
   "Comparisons were made between the potential acuity meter (PAM), laser interferometer (LI), and an ophthalmologist, who predicted the final vision before surgery using screening visual information, including PAM, LI data, and results of the patient's examination.",
   truth_alt=[MI_OPH], wrong="contrast sensitivity testing"),
 C("miller-over", MI, "overreach",
   "Miller et al.'s (1988) data show that an ophthalmologist's examination predicts the visual result of cataract surgery almost perfectly.",
   MI_OPH, wrong="almost perfectly"),
 # Long 1983 (two authors)
 C("long-n1", LO, "none",
   "Long and Webb (1983) argue that at least a quarter of head trauma patients recover less well than they might because of psychological factors, a sign that suitable treatment programmes are lacking in the United States.",
   LO_Q),
 C("long-n2", LO, "none",
   "In the chronic phase after a head injury, patients may feel well enough to return to work yet process less information, tire quickly and suffer stress symptoms such as headache and irritability (Long & Webb, 1983).",
   "However, they frequently process less information and may experience difficulty with tasks that require attention and effort.",
   truth_alt=["Such patients tire rapidly and experience stress symptoms, such as headaches and irritability.",
              "During this chronic phase of recovery, head trauma patients may have made good physical recovery and may feel well enough to return to work."]),
 C("long-num", LO, "number",
   "According to Long and Webb's (1983) review, half or more of patients with head trauma have their recovery held back by psychological factors.",
   LO_Q, wrong="half or more"),
 C("long-dir", LO, "direction",
   "Organic factors contribute to post-traumatic symptoms mostly indirectly, and their influence grows as recovery progresses (Long and Webb, 1983).",
   "However, these factors are more likely to contribute indirectly to such symptoms, and their influence declines as recovery progresses.",
   wrong="grows"),
 # Cofer 2007 (two authors)
 C("cofer-n1", CO, "none",
   "All eight patients with biliary colic, no gallstones and a normal ejection fraction whose pain was reproduced by cholecystokinin were relieved completely by cholecystectomy, and pathology was abnormal in every case (Cofer & Dart, 2007).",
   "All of these patients underwent cholecystectomy with complete resolution of their symptoms.",
   truth_alt=["Pathology was abnormal in all cases.", CO_R]),
 C("cofer-des", CO, "design",
   "In a small prospective trial, Cofer and Dart (2007) removed the gallbladders of patients whose pain was reproduced by cholecystokinin despite a normal ejection fraction.",
   CO_R, wrong="small prospective trial"),
 C("cofer-num", CO, "number",
   "Cofer and Dart (2007) reviewed eighteen patients with functional biliary pain, whose mean gallbladder ejection fraction was 66.2 per cent.",
   CO_R, truth_alt=["The mean ejection fraction was 66.2 per cent."], wrong="eighteen"),
 C("cofer-over", CO, "overreach",
   "Cofer and Dart (2007) conclude that any patient whose biliary-type symptoms are reproduced by a cholecystokinin injection should have the gallbladder removed, whatever the ejection fraction.",
   "Patients with symptoms suggestive of biliary disease with reproduction of these symptoms on cholecystokinin injection may benefit from cholecystectomy even in the absence of abnormally low ejection fraction on quantitative cholescintigraphy.",
   wrong="should have the gallbladder removed"),
 # Barman 2011
 C("barman-n1", BA, "none",
   "Barman et al. (2011) fixed an accelerometer and a radio-frequency proximity transmitter to household objects, with the receiver on the experimenter's right arm, so that an RFID tag signalled whenever that arm came within 23 cm.",
   BA_23, truth_alt=["An accelerometer and the transmitter component of a prototype radio frequency proximity sensor were attached to household objects.",
                     "The receiver component was placed on the experimenter's right arm."]),
 C("barman-n2", BA, "none",
   "In benchmark tests the system picked up more than 99% of object movements of 6 cm or more, caught every right-arm trial, and stayed silent when objects were at rest or handled with the left arm (Barman and colleagues, 2011).",
   "The system detected > 99% of 6 cm or greater movements of objects.",
   truth_alt=["When handling of objects by the right or left arm was determined randomly, 100% of right arm trials were detected.",
              "No signals were recorded when objects were at rest or moved by the left arm."]),
 C("barman-pop", BA, "population",
   "Tested in stroke survivors, the sensor-enabled RFID system of Barman et al. (2011) detected more than 99% of object movements of 6 cm or greater.",
   "Testing of this approach, which monitors manipulation of objects (i.e., functional movement), is now warranted in stroke patients.",
   truth_alt=["The receiver component was placed on the experimenter's right arm."],
   wrong="Tested in stroke survivors", accept=["population", "design"]),
 C("barman-num", BA, "number",
   "The prototype described by Barman and colleagues (2011) signalled proximity whenever the instrumented arm came within 32 cm of an object.",
   BA_23, wrong="32 cm"),
 # Stahl 2011
 C("stahl-n1", ST, "none",
   "Stahl et al. (2011) tracked 526 patients and 38 clinicians with RFID transponders in a primary care clinic with templated scheduling and an urgent care clinic that saw patients first in, first out.",
   ST_N, truth_alt=[ST_CL]),
 C("stahl-dur", ST, "duration",
   "Over six months in 2008, Stahl and colleagues (2011) used an RFID indoor positioning system to measure flowtime, waits and face time in two outpatient clinics.",
   ST_N, wrong="Over six months in 2008"),
 C("stahl-dir", ST, "direction",
   "Patients waited longer in the primary care clinic than in urgent care, though they also had more face time with clinicians there (Stahl et al., 2011).",
   "PC wait time was significantly shorter (7.6 min [SD 15.8]) vs. UC (19.7 min [SD 25.3], p < 0.0001), and PC Face time was significantly longer (29.9 min, [SD 19.1] vs. UC (9.8 min [SD 8.5], p < 0.0001).",
   wrong="waited longer"),
 C("stahl-comp", ST, "comparator",
   "Total flowtime did not differ significantly between a primary care clinic and a hospital emergency department in Stahl et al.'s (2011) RFID study.",
   ST_CL, truth_alt=["Total FT was not significantly different across clinics."],
   wrong="a hospital emergency department", accept=["comparator", "population"]),
 # Herrod 2008 (two authors)
 C("herrod-n1", HE, "none",
   "Publicly insured children were more likely than commercially insured children to be discharged with every one of the five AHRQ potentially avoidable paediatric diagnoses (Herrod & Chang, 2008).",
   "Publicly insured children were more likely than commercially insured children to be discharged with each of the 5 potentially avoidable hospitalizations."),
 C("herrod-pop", HE, "population",
   "Using hospital discharge data from across the United States for 2002, Herrod and Chang (2008) asked whether AHRQ's new paediatric quality monitors can detect disparities in care.",
   HE_D, wrong="from across the United States"),
 C("herrod-dir", HE, "direction",
   "Black children were less likely than white children to be discharged with asthma or short-term complications of diabetes (Herrod and Chang, 2008).",
   "Black children were more likely to be discharged with the diagnoses of asthma and short-term diabetes complications.",
   wrong="less likely"),
 C("herrod-dur", HE, "duration",
   "Herrod and Chang's (2008) analysis of Tennessee discharges from 1998 to 2002 covered asthma, short-term diabetes complications, gastroenteritis, urinary tract infection and perforated appendix.",
   HE_D, truth_alt=["These diagnoses were asthma, short-term complications of diabetes, gastroenteritis, urinary tract infection, and perforated appendix."],
   wrong="from 1998 to 2002"),
 # Stovall 1987
 C("stovall-n1", SV, "none",
   "A 1987 study by Stovall et al. widened the indications for trial of labour, excluding only women with a previous classical or T-shaped uterine incision; of the 272 who chose to labour, 216 delivered vaginally.",
   "Two hundred seventy-two patients elected to undergo a trial of labor.",
   truth_alt=["Vaginal delivery occurred in 216 patients (76.5%).", "Only patients with a previous classical incision or \"T\" incision on the uterus were excluded."]),
 C("stovall-dur", SV, "duration",
   "Stovall and colleagues (1987) followed women attempting labour after a previous caesarean in a two-year prospective study, with a single uterine rupture.",
   SV_Y, truth_alt=["One uterine rupture occurred in a patient with a single lower transverse scar."], wrong="two-year"),
 C("stovall-des", SV, "design",
   "In their retrospective review of 272 women with a previous caesarean who opted for a trial of labour, Stovall et al. (1987) found that about three-quarters delivered vaginally.",
   SV_Y, wrong="retrospective review"),
 C("stovall-over", SV, "overreach",
   "Stovall and colleagues (1987) proved that epidural anaesthesia and oxytocin are entirely safe during a trial of labour after caesarean section.",
   "In addition, the use of epidural anesthesia and oxytocin appears safe in patients undergoing a trial of labor.",
   wrong="proved that epidural anaesthesia and oxytocin are entirely safe"),
]

if __name__ == "__main__":
    out = Path(__file__).resolve().parent / "claims.json"
    out.write_text(json.dumps(CLAIMS, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print("wrote", len(CLAIMS))
