"""Writes claims.json (set 70). Hand-written claims; truth sentences copied verbatim from the abstracts (pool 14).
The C() helper and the field layout are those of set 50's / set 55's make_claims.py (their first lines only were read)."""
import json
from pathlib import Path

def C(id, key, kind, claim, truth, wrong=None, truth_alt=None, accept=None):
    d = {"id": id, "key": key, "kind": kind, "claim": claim, "truth": truth}
    if truth_alt: d["truth_alt"] = truth_alt
    if wrong: d["wrong"] = wrong
    if accept: d["accept"] = accept
    return d

CO, KR, PE, CW, RO = "cocks1979effects", "krumdieck1978long", "perli1977role", "cowell1978alteration", "rosner1979fistulas"
WE, HA, ER, MA, TA = "westermark1977characterization", "hardison1978hepatic", "erve1978endotoxin", "mackenzie1979relation", "talner1978furosemide"
ST, WA, KA, SH, BU = "stephens1977computed", "wallin1978sexually", "kahnberg1977frenum", "sherman1978aggressive", "budzko1977cytotoxic"

CO_NONE = "Substance P, somatostatin, enkephalin and vasoactive intestinal polypeptide (VIP) did not mimic the inhibitory responses to non-adrenergic, non-cholinergic nerve stimulation."
CO_SP = "Substance P (0.1-10 microgram/ml) always caused contraction, enkephalin (0.1-10 microgram/ml) and somatostatin (0.1 microgram/ml) were inactive, while VIP (0.1-1 microgram/ml) produced very slow relaxation, taking about 4 min to reach a maximum after a latency of about 60 sec."
CO_ATP = "In contrast, ATP (0.1-50 microgram/ml) mimicked closely the rapid responses to non-adrenergic, non-cholinergic nerve stimulation in all preparations, whether the tone was low, medium or high."
KR_129 = "After the administration of 2-14C folic acid to a human volunteer, urinary and fecal radioactivity, as well as urinary excretion of folate (Lactobacillus casei assay) and biopterin-like material (Crithidia fasciculata assay) were determined at intervals over a 129 day period of observation."
KR_HALF = "One short-lived (t 1/2 approximately 31.5 hr), corresponding to newly absorbed folate, and one long-lived (t 1/2 approximately 100 day) thought to represent the decay of body pools."
KR_PT = "The analysis of pterins does not support the hypothesis that diphenylhydantoin increases the breakdown of folates to pterins."
PE_N = "The authors studied the volume velocity of extracranial blood flow by an original method of venous occlusional cranial pletysmography in 40 individuals with headaches of stress and in 30 examinees without headaches in conditions of calmness and in stress influences (cold test, terminal desympathization, counting by mind and a nitroglycerine test)."
PE_SAME = "It was established that the medium figures of the extracranial blood flow in patients with headaches of stress do not differ from the corresponding figures of the normals in the control group."
PE_MORE = "Some stress influences (counting in mind and nitroglycerine tests) in patients with headaches of stress call forth a more frequent increase of the blood flow than in the control group of normals."
CW_HOLE = "Thus the ring structures did not appear to form holes through the membrane."
CW_FF = "When right-side-out erythrocyte ghosts which had been treated with cereolysin were examined by electron microscopy after freeze-fracture, structures with a diameter of 31 to 63 nm were seen in the fracture face of the exoplasmic half of the membrane, but no alterations were visible in the fracture face of the protoplasmic half of the membrane bilayer."
CW_6 = "At or below 6 microgram/ml toxin rings and arcs were seen only if toxin was incubated with free or membrane-bound cholesterol."
CW_INT = "Our interpretation is that cereolysin tends to aggregate into ring and arc-shaped structures, and that the tendency to aggregate is increased by cholesterol."
RO_21 = "From 1968 to 1977, 21 patients were observed who had fistulas between the bowel and the urinary tract."
RO_VES = "Except in five patients, fistulas were located vesicointestinally."
RO_ETI = "The main etiologic factors were inflammatory lesions of the bowel, especially diverticulitis and appendicitis."
RO_TX = "Thirteen patients were treated by operation and eight by conservative treatment only."
RO_HEAL = "In the conservatively treated group, two fistulas healed spontaneously."
RO_9 = "On the average, nine months passed until the fistula was diagnosed."
RO_CYS = "Urethrocystoscopy proved to be the most valuable aid in diagnosing intestinovesical fistulas, the fistulous opening was thus seen in 11 patients."
WE_5 = "A protein, ASCA, is isolated from amyloid fibrils extracted from heart tissue of five different patients with senile cardiac amyloidosis (SCA)."
WE_ID = "The proteins of all five patients showed immunological identity when reacted with an antiserum raised against one of the proteins."
WE_AS = "The antiserum against the subunit protein of senile cardiac amyloid did not react with any other amyloid preparations tested, nor with extracts of normal heart tissue."
WE_UNIQ = "Thus, the subunit protein appeared to be unique to senile heart amyloid."
WE_AA = "The protein could form fibrils in vitro, had a mol wt of about 6,000 daltons and the amino acid compositions investigated in two cases showed extensive similarities but were clearly different from that of protein AA of secondary amyloid fibrils."
HA_20 = "Taurine concentration in liver biopsies taken from 20 patients undergoing cholecystectomy or laparotomy for obstructive jaundice correlated with percentage of taurine-conjugated bile acids in hepatic bile."
HA_250 = "Ingestion of small amounts of taurine (250 mg) can increase the per cent taurine conjugation by the liver."
HA_7 = "Of 10 subjects, 7 increased per cent taurine conjugation of bile acids by the liver by 2.5 to 10% at 2 1/2 hr after intraduodenal taurine administration."
HA_CONC = "We conclude that hepatic taurine concentration is a major determinant of per cent taurine conjugation of bile acids by the liver in man."
ER_3H = "Studies in our laboratory with both the monkey and the rat showed that, after three hours of endotoxemia, there was a significant decrease in the number of circulating platelets, total hemolytic complement (CH 50 units), and blood serotonin (5-HT) levels."
ER_DEX = "Administration of dexamethasone sodium phosphate in the clinical dose range at the time of endotoxin challenge significantly attenuated the decrease in blood 5-HT levels when compared to the untreated groups in both the monkey and the rat experiments."
ER_CH = "In the monkey, CH 50 units remained at a higher level when dexamethasone was administered; however, the difference between the treated and untreated groups was not statistically significant."
ER_SUG = "It is suggested that glucocorticoids may interfere with lipopolysaccharide-induced alterations in complement components or factors regulating hemostasis that influence platelet 5-HT release."
MA_E2 = "Patients who went into labour after treatment had significantly higher oestradiol-17 beta levels before treatment compared with those requiring formal surgical induction the following day."
MA_ND = "No difference could be demonstrated in levels of progesterone or prolactin in the two groups of patients."
MA_AIM = "In an attempt to relate the efficacy of treatment to endogenous hormone levels, plasma oestrogen, progesterone and prolactin levels were analysed in women at term following the vaginal administration of prostaglandin E2 gel to induce labour."
MA_18 = "18 patients with a gestational age of 281.6 + or - 7.9 days and with favorable cervical features were used as controls."
MA_87 = "87 patients with singleton viable pregnancies and fetal cephalic presentation were studied to determine the efficacy of prostaglandin treatment to endogenous hormone levels, plasma estrogen, progesterone and prolactin levels."
MA_69 = "69 patients with gestational age of 277.9 + or - 8.9 days were treated with PGE2 (prostaglandin) in a 5% viscous solution of aqueous methyl-hydroxy-ethyl cellulose gel for induction of labor; most had unfavorable cervical features."
TA_46 = "We used the technique in 46 patients with proven essential hypertension in order to further examine its potential usefulness in the hypertensive population."
TA_92 = "The 92 kidneys showed an average area increase of only 7.0% +/- 3.6% SD, and only 15% of the kidneys enlarged by more than 10%."
TA_DOUBT = "Based on these observations we doubt that vasodilated urography will be valuable as a screening test for renovascular hypertension because of the high incidence of false positive and indeterminate results in patients without renal artery stenosis."
ST_10 = "This report documents 10 months of experience with abdominal CT in more than 600 liver examinations using a system fast enough to eliminate respiratory motion."
ST_ACC = "CT was highly accurate, but not infallible, in detecting and defining space-occupying lesions and in detecting fatty infiltration; it was less helpful in detecting diffuse hepatic disease."
ST_BD = "In bile duct obstruction, CT displayed not only the dilated ducts but often the obstructing lesion."
WA_TEEN = "Among teenagers, a marked decrease was noted between 1971 and 1974."
WA_EDU = "Education and information activities as well as improved treatment may in part be responsible for the decrease."
WA_TREND = "Overall in Sweden, variable trends are noted in the number of cases of gonorrhea reported between 1950 and 1976."
WA_NGU = "Unlike reports from England, no widespread increase in NGU was evident from the clinic records."
WA_PCT = "In the period from 1972-1976, gonorrhea was diagnosed in 16.6% of the men and 27.2% of the women visiting the clinic."
KA_RES = "The results showed that a significant reduction of the frenum was obtained with all three methods used, although after 52 weeks, the difference between the pre- and postoperative status were most marked where Z-plasty had been carried out and least so after frenum excision."
KA_10 = "The surgical methods, each carried out in 10 cases, consisted of frenum excision, vestibular extension of Z-plasty."
KA_CAST = "Stone casts from rubber base impressions in individual trays were used to measure the differences in frenum insertion before surgery and 2, 12, 26 and 52 weeks afterwards."
KA_SYM = "Post-surgical symptoms were most frequent after vestibular sulcus extension and fewest after frenum excision."
SH_53 = "Between July 1968 and December 1974, 53 patients with lung cancer were planned for preoperative irradiation and surgery."
SH_46 = "Forty-six patients were explored and 38 were resectable."
SH_27 = "The cumulative 5-year survival of all resectable patients is 27%."
SH_CONC = "The survival of patients with marginally resectable lung cancer treated by accelerated radiotherapy followed by aggressive surgery approaches the survival experience of patients with primary resectable lung cancer and is superior to such patients treated with radiation therapy alone."
BU_EDTA = "However, the agarose effect failed to occur in the presence of 0.01 M EDTA unless magnesium ions were restored."
BU_FB = "Incubation of human serum with either agarose or rat thymocytes resulted in the conversion of factor B, essential for complement activation via the alternative pathway, previously shown to provide the complement activity necessary for the cytotoxic reaction."
BU_CONC = "These results suggest that the agarose effect is mainly attributable to complement consumption via the alternative pathway rather than to the absorption of \"natural\" antibodies."
BU_SRC = "To find an explanation for this agarose effect we have studied its requirements using guinea pig and human sera as the source of activity and rat thymocytes as target cells."

CLAIMS = [
 # Cocks and Burnstock 1979 (neuropeptides vs ATP on taenia coli)
 C("cocks-n1", CO, "none",
   "Cocks and Burnstock (1979) found that none of substance P, somatostatin, enkephalin or VIP reproduced the inhibitory response of intestinal smooth muscle to non-adrenergic, non-cholinergic nerve stimulation, whereas ATP closely mimicked it.",
   CO_NONE, truth_alt=[CO_ATP]),
 C("cocks-n2", CO, "none",
   "VIP relaxed the taenia coli only very slowly, reaching its maximum after about four minutes following a latency of roughly a minute, while enkephalin and somatostatin had no effect (Cocks & Burnstock, 1979).",
   CO_SP),
 C("cocks-dir", CO, "direction",
   "In Cocks and Burnstock's (1979) organ-bath experiments, substance P consistently relaxed the taenia coli at 0.1-10 microgram/ml.",
   CO_SP, wrong="consistently relaxed"),
 C("cocks-comp", CO, "comparator",
   "Comparing neuropeptides with the response to adrenergic nerve stimulation, Cocks and Burnstock (1979) concluded that ATP, rather than any of the peptides, is the likeliest inhibitory transmitter to the taenia coli.",
   CO_ATP, wrong="adrenergic nerve stimulation",
   truth_alt=["It is concluded that ATP remains the most likely substance to be the inhibitory transmitter released from non-adrenergic, non-cholinergic nerves supplying the smooth muscle of the taenia coli."]),

 # Krumdieck et al. 1978 (14C folic acid, one volunteer)
 C("krumdieck-n1", KR, "none",
   "After a single volunteer took 14C-labelled folic acid, Krumdieck et al. (1978) traced two folate components in the urine: a short-lived one with a half-life of about 31.5 hours, reflecting newly absorbed folate, and a long-lived one with a half-life of about 100 days, thought to reflect body stores.",
   KR_HALF, truth_alt=[KR_129]),
 C("krumdieck-dur", KR, "duration",
   "Krumdieck and colleagues (1978) followed urinary and faecal excretion of a labelled folic acid dose in one human volunteer over 129 hours.",
   KR_129, wrong="over 129 hours"),
 C("krumdieck-dir", KR, "direction",
   "Diphenylhydantoin sped up the breakdown of folates to pterins in the volunteer studied by Krumdieck et al. (1978).",
   KR_PT, wrong="sped up the breakdown of folates to pterins"),
 C("krumdieck-num", KR, "number",
   "In Krumdieck et al.'s (1978) long-term tracer study, the long-lived folate component, taken to represent body pools, decayed with a half-life of about 10 days.",
   KR_HALF, wrong="about 10 days", accept=["number", "duration"]),

 # Perli and Birka 1977 (stress headache, cranial plethysmography; Russian)
 C("perli-n1", PE, "none",
   "Perli and Birka (1977) found that resting extracranial blood flow in patients with stress headaches did not differ from that of headache-free controls.",
   PE_SAME),
 C("perli-n2", PE, "none",
   "Using venous-occlusion cranial plethysmography, Perli and Birka (1977) compared 40 people with stress-related headaches and 30 without headaches, at rest and under a cold test, mental arithmetic and a nitroglycerine test.",
   PE_N),
 C("perli-pop", PE, "population",
   "Perli and Birka's (1977) plethysmographic study of extracranial blood flow included 40 patients with migraine and 30 headache-free controls.",
   PE_N, wrong="40 patients with migraine"),
 C("perli-dir", PE, "direction",
   "Mental arithmetic and nitroglycerine increased extracranial blood flow less often in stress-headache patients than in healthy controls, according to Perli and Birka (1977).",
   PE_MORE, wrong="less often"),

 # Cowell et al. 1978 (cereolysin rings and arcs)
 C("cowell-n1", CW, "none",
   "Cowell et al. (1978) saw rings and arcs in cereolysin-treated erythrocyte membranes, but freeze-fracture showed no change in the protoplasmic half of the bilayer, so the rings did not appear to form holes through the membrane.",
   CW_HOLE, truth_alt=[CW_FF]),
 C("cowell-n2", CW, "none",
   "At toxin concentrations of 6 microgram/ml or less, cereolysin formed rings and arcs only when it had been incubated with cholesterol, free or in a membrane (Cowell et al., 1978).",
   CW_6),
 C("cowell-dir", CW, "direction",
   "According to Cowell and colleagues (1978), cholesterol reduces the tendency of cereolysin to aggregate into rings and arcs.",
   CW_INT, wrong="cholesterol reduces the tendency"),
 C("cowell-over", CW, "overreach",
   "Cowell et al. (1978) proved that cholesterol is the membrane receptor that triggers cereolysin to assemble into ring-shaped structures.",
   CW_INT, wrong="proved that cholesterol is the membrane receptor"),

 # Rösner and Rodeck 1979 (bowel-urinary tract fistulas; German)
 C("rosner-n1", RO, "none",
   "Rösner and Rodeck (1979) described 21 patients with fistulas between the bowel and the urinary tract seen from 1968 to 1977; all but five were vesicointestinal, and inflammatory bowel disease, chiefly diverticulitis and appendicitis, was the usual cause.",
   RO_ETI, truth_alt=[RO_21, RO_VES]),
 C("rosner-des", RO, "design",
   "In a randomised comparison of operative and conservative management of bowel-urinary fistulas, Rösner and Rodeck (1979) found that two of the eight conservatively treated fistulas closed spontaneously.",
   RO_TX, wrong="In a randomised comparison", truth_alt=[RO_HEAL, RO_21]),
 C("rosner-dur", RO, "duration",
   "On average, about nine weeks passed before the fistula was diagnosed in the patients described by Rösner and Rodeck (1979).",
   RO_9, wrong="nine weeks"),
 C("rosner-over", RO, "overreach",
   "Rösner and Rodeck's (1979) experience showed that urethrocystoscopy revealed the fistulous opening in every patient with an intestinovesical fistula.",
   RO_CYS, wrong="in every patient", accept=["overreach", "number"]),

 # Westermark et al. 1977 (senile cardiac amyloid protein ASCA)
 C("westermark-n1", WE, "none",
   "Westermark et al. (1977) isolated an amyloid fibril protein from the hearts of five patients with senile cardiac amyloidosis and found the proteins of all five immunologically identical.",
   WE_ID, truth_alt=[WE_5]),
 C("westermark-n2", WE, "none",
   "The senile cardiac amyloid protein described by Westermark and colleagues (1977) seemed unique to that deposit: antiserum against it reacted with no other amyloid preparation tested and not with extracts of normal heart.",
   WE_AS, truth_alt=[WE_UNIQ]),
 C("westermark-pop", WE, "population",
   "Westermark et al. (1977) isolated a new fibril protein, ASCA, from heart tissue of five patients with primary systemic amyloidosis.",
   WE_5, wrong="primary systemic amyloidosis"),
 C("westermark-comp", WE, "comparator",
   "The amino acid composition of the cardiac amyloid protein, Westermark et al. (1977) reported, was clearly different from that of immunoglobulin light chains.",
   WE_AA, wrong="immunoglobulin light chains"),

 # Hardison 1978 (hepatic taurine and bile acid conjugation)
 C("hardison-n1", HA, "none",
   "In liver biopsies from 20 patients having cholecystectomy or laparotomy for obstructive jaundice, Hardison (1978) found that hepatic taurine concentration correlated with the percentage of taurine-conjugated bile acids in hepatic bile.",
   HA_20),
 C("hardison-n2", HA, "none",
   "Hepatic taurine concentration is a major determinant of how much of the liver's bile acid output is conjugated with taurine in humans, Hardison (1978) concluded.",
   HA_CONC),
 C("hardison-num", HA, "number",
   "Hardison (1978) showed that a taurine dose of 2.5 g could raise the liver's taurine conjugation of bile acids, which increased in 7 of 10 subjects.",
   HA_250, wrong="2.5 g", truth_alt=[HA_7]),
 C("hardison-pop", HA, "population",
   "Taurine levels in liver biopsies from 20 healthy volunteers correlated with the share of taurine-conjugated bile acids in their hepatic bile (Hardison, 1978).",
   HA_20, wrong="20 healthy volunteers"),

 # Erve et al. 1978 (endotoxaemia, dexamethasone, monkeys and rats)
 C("erve-n1", ER, "none",
   "Dexamethasone in the clinical dose range, given at the time of endotoxin challenge, significantly lessened the fall in blood serotonin in both monkeys and rats, although its effect on complement in monkeys was not statistically significant (Erve et al., 1978).",
   ER_DEX, truth_alt=[ER_CH]),
 C("erve-pop", ER, "population",
   "In Erve and colleagues' (1978) experiments in dogs and rats, three hours of endotoxaemia significantly lowered platelet counts, haemolytic complement and blood serotonin.",
   ER_3H, wrong="dogs"),
 C("erve-over", ER, "overreach",
   "Erve et al. (1978) proved that glucocorticoids protect against endotoxin by blocking complement-mediated release of serotonin from platelets.",
   ER_SUG, wrong="proved that glucocorticoids protect against endotoxin"),
 C("erve-dur", ER, "duration",
   "Erve et al. (1978) found that after three days of endotoxaemia both monkeys and rats had significantly fewer circulating platelets and lower complement and serotonin levels.",
   ER_3H, wrong="three days"),

 # MacKenzie et al. 1979 (oestradiol and PGE2 gel induction of labour)
 C("mackenzie-n1", MA, "none",
   "MacKenzie et al. (1979) found that women at term who went into labour after vaginal prostaglandin E2 gel had significantly higher oestradiol-17 beta before treatment than those who still needed surgical induction the next day, whereas progesterone and prolactin did not differ.",
   MA_E2, truth_alt=[MA_ND]),
 C("mackenzie-des", MA, "design",
   "In a randomised, placebo-controlled trial of vaginal PGE2 gel, MacKenzie et al. (1979) linked successful induction of labour to higher oestradiol levels before treatment.",
   MA_AIM, wrong="randomised, placebo-controlled trial", truth_alt=[MA_18]),
 C("mackenzie-comp", MA, "comparator",
   "Women who laboured after PGE2 gel had higher pretreatment oestradiol than women who went into spontaneous labour without any treatment, MacKenzie and colleagues (1979) reported.",
   MA_E2, wrong="women who went into spontaneous labour without any treatment", accept=["comparator", "population"]),
 C("mackenzie-num", MA, "number",
   "MacKenzie et al.'s (1979) study measured plasma oestrogen, progesterone and prolactin in 187 women with singleton cephalic pregnancies, most of whom received PGE2 gel to induce labour.",
   MA_87, wrong="187 women", truth_alt=[MA_69]),

 # Talner et al. 1978 (furosemide-augmented urography in essential hypertension)
 C("talner-n1", TA, "none",
   "Talner et al. (1978) used furosemide-augmented urography in 46 patients with proven essential hypertension: their 92 kidneys enlarged in area by only 7% on average, and only 15% of them by more than 10%.",
   TA_92, truth_alt=[TA_46]),
 C("talner-pop", TA, "population",
   "Talner and colleagues (1978) tested diuretic-augmented urography in 46 patients with renovascular hypertension to judge its value as a screening test.",
   TA_46, wrong="46 patients with renovascular hypertension"),
 C("talner-num", TA, "number",
   "In Talner et al.'s (1978) series of essential hypertensives, 45% of kidneys enlarged by more than 10% after intravenous furosemide.",
   TA_92, wrong="45% of kidneys"),
 C("talner-over", TA, "overreach",
   "Talner et al. (1978) proved that furosemide-augmented urography is worthless for detecting renovascular hypertension.",
   TA_DOUBT, wrong="proved that furosemide-augmented urography is worthless"),

 # Stephens et al. 1977 (CT of the liver)
 C("stephens-n1", ST, "none",
   "Stephens et al. (1977) found liver CT highly accurate, though not infallible, for detecting and defining space-occupying lesions and fatty infiltration.",
   ST_ACC),
 C("stephens-n2", ST, "none",
   "When bile ducts were obstructed, CT showed not only the dilated ducts but often the lesion causing the obstruction (Stephens et al., 1977).",
   ST_BD),
 C("stephens-dur", ST, "duration",
   "Stephens and colleagues (1977) summarised 10 years of experience with more than 600 CT examinations of the liver.",
   ST_10, wrong="10 years"),
 C("stephens-dir", ST, "direction",
   "In Stephens et al.'s (1977) experience, CT was more useful for detecting diffuse liver disease than for focal space-occupying lesions.",
   ST_ACC, wrong="more useful for detecting diffuse liver disease than for focal space-occupying lesions"),

 # Wallin 1978 (STDs in Sweden)
 C("wallin-n1", WA, "none",
   "Gonorrhoea among Swedish teenagers fell markedly between 1971 and 1974, which Wallin (1978) attributed partly to education, information campaigns and better treatment.",
   WA_TEEN, truth_alt=[WA_EDU]),
 C("wallin-dir", WA, "direction",
   "Records from one Swedish STD clinic showed a widespread increase in non-gonococcal urethritis, in line with reports from England (Wallin, 1978).",
   WA_NGU, wrong="showed a widespread increase in non-gonococcal urethritis"),
 C("wallin-num", WA, "number",
   "Between 1972 and 1976, gonorrhoea was diagnosed in 27.2% of men and 16.6% of women attending the STD clinic whose records Wallin (1978) examined.",
   WA_PCT, wrong="27.2% of men and 16.6% of women"),
 C("wallin-des", WA, "design",
   "In a prospective cohort study of Swedish teenagers followed from 1971 to 1974, Wallin (1978) observed a marked fall in gonorrhoea.",
   WA_TEEN, wrong="prospective cohort study", truth_alt=[WA_TREND]),

 # Kahnberg 1977 (three labial frenum operations)
 C("kahnberg-n1", KA, "none",
   "Kahnberg (1977) compared frenum excision, vestibular extension and Z-plasty, 10 patients each, for relocating labial frena inserted at the gingival margin, and found that all three significantly reduced the frenum.",
   KA_RES, truth_alt=[KA_10]),
 C("kahnberg-des", KA, "design",
   "In a retrospective chart review of 30 frenum operations, Kahnberg (1977) found post-operative symptoms were commonest after vestibular sulcus extension.",
   KA_CAST, wrong="retrospective chart review", truth_alt=[KA_SYM]),
 C("kahnberg-dur", KA, "duration",
   "Kahnberg (1977) followed frenum position for two years after surgery, by which time Z-plasty had produced the most marked change.",
   KA_CAST, wrong="two years", truth_alt=[KA_RES]),
 C("kahnberg-comp", KA, "comparator",
   "At 52 weeks, the change in frenum position in Kahnberg's (1977) study was greatest after Z-plasty and smallest after vestibular extension.",
   KA_RES, wrong="smallest after vestibular extension", accept=["comparator", "direction"]),

 # Sherman et al. 1978 (preoperative irradiation and surgery, marginally resectable lung cancer)
 C("sherman-n1", SH, "none",
   "Of 53 patients with marginally resectable lung cancer planned for preoperative irradiation and surgery, 46 were explored and 38 resected, and the cumulative 5-year survival of the resected patients was 27% (Sherman et al., 1978).",
   SH_27, truth_alt=[SH_53, SH_46]),
 C("sherman-num", SH, "number",
   "Sherman and colleagues (1978) reported a cumulative 5-year survival of 47% among patients whose marginally resectable lung cancer could be resected after preoperative irradiation.",
   SH_27, wrong="47%"),
 C("sherman-des", SH, "design",
   "In a randomised trial, Sherman et al. (1978) showed that accelerated radiotherapy followed by aggressive surgery gave better survival than radiotherapy alone in marginally resectable lung cancer.",
   SH_53, wrong="In a randomised trial", truth_alt=[SH_CONC]),
 C("sherman-comp", SH, "comparator",
   "Sherman et al.'s (1978) patients with marginally resectable lung cancer treated with accelerated radiotherapy and surgery survived better than similar patients treated with surgery alone.",
   SH_CONC, wrong="surgery alone"),

 # Budzko and Kierszenbaum 1977 (agarose and normal-serum cytotoxicity)
 C("budzko-n1", BU, "none",
   "Budzko and Kierszenbaum (1977) found that agarose no longer blocked the cytotoxicity of normal serum in the presence of 0.01 M EDTA unless magnesium ions were added back.",
   BU_EDTA),
 C("budzko-n2", BU, "none",
   "Because agarose or rat thymocytes converted factor B in human serum, Budzko and Kierszenbaum (1977) attributed the agarose effect mainly to complement consumption via the alternative pathway rather than to removal of natural antibodies.",
   BU_CONC, truth_alt=[BU_FB]),
 C("budzko-pop", BU, "population",
   "Budzko and Kierszenbaum (1977) studied how agarose suppresses the nonspecific cytotoxicity of guinea pig and human sera, using human blood lymphocytes as the target cells.",
   BU_SRC, wrong="human blood lymphocytes"),
 C("budzko-over", BU, "overreach",
   "Budzko and Kierszenbaum (1977) proved that natural antibodies play no part in the cytotoxicity of normal serum for lymphoid cells.",
   BU_CONC, wrong="proved that natural antibodies play no part"),
]

(Path(__file__).resolve().parent / "claims.json").write_text(json.dumps(CLAIMS, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
print(len(CLAIMS), "claims written")
