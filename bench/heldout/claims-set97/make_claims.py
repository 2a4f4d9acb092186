"""Writes claims.json (set 97). Hand-written claims; truth sentences copied verbatim from the main abstracts (pool 14).
The C() helper and the field layout are those of set 55's make_claims.py (its first 30 lines only were read)."""
import json
from pathlib import Path

def C(id, key, kind, claim, truth, wrong=None, truth_alt=None, accept=None):
    d = {"id": id, "key": key, "kind": kind, "claim": claim, "truth": truth}
    if truth_alt: d["truth_alt"] = truth_alt
    if wrong: d["wrong"] = wrong
    if accept: d["accept"] = accept
    return d

BA, KI, ES, KL, UL = "bakst1979fertilizing", "kirstein1977spike", "eskildsen1978long", "klein1977anorectal", "ulmsten1979multichannel"
LE, DO, RE, HO, KA = "levene1977treatment", "dover1979production", "re1979salicylsalicylic", "holdstock1979open", "kapelanski1979characteristics"
CU, HU, HA, BI, LA = "curtis1977leukocyte", "huggins1979emotional", "hagemann1979left", "birenbaum1979resettling", "laws1979neurosurgical"
DN = ["duration", "number"]  # a wrong time span is also a wrong number (unit swaps; decided when written)

BA_FERT = "After freezing, motility was maintained at 55% for fowl spermatozoa and 40% for turkey spermatozoa; however, fertility was 55% for the fowl and 0% for the turkey."
BA_DMSO = "For both species, fertility and motility were depressed after equilibration with dimethyl-sulphoxide at 5 degrees C."
BA_OSM = "These changes were attributed to adverse osmotic conditions."
KI_587 = "The effects of photic stimulation with intermittent diffuse light and patterned flash were compared in 587 patients."
KI_216 = "The diagnosis of epilepsy was unquestionable in 216 patients and suspected in 150 cases while 221 patients had no evidence of epileptic attacks."
KI_NOPS = "None of these patients had a history of photosensitive epilepsy."
KI_NOT = "Patterned light was in no case found to be more effective than diffuse light for eliciting generalized epileptic discharges."
KI_CONC = "As occipital spikes do not have the same significance for the diagnosis of epilepsy as generalized spikes the addition of patterned flash to diffuse light stimulation does not seem to be of great value."
ES_60 = "Treatment with bromocriptine, 30-55 mg daily, in 13 acromegalics for 1-15 months, resulted in a 60% decrease in growth hormone secretion, as judged from the excretion of growth hormone in 24-h urine."
ES_10 = "Normal excretion was obtained in 10 patients, while 1 patient showed no response."
ES_CONC = "Treatment with bromocriptine seems effective and should be considered as a remedy amongst others, in suitable cases of acromegaly."
KL_44 = "In women with uncomplicated gonorrhea, the mean prevalence rate of anorectal involvement is 44%, with lone involvement of the anorectum in 4%."
KL_45 = "Among homosexual men with gonorrhea, anorectal infection occurs in 45%, although more than 90% of all male patients with anorectal gonorrhea admit to homosexual rectal intercourse."
KL_FAIL = "Available data showed failure rates from 7% to 35%; however, only one study used a currently accepted regimen."
UL_20 = "Intrauterine pressures (IUP) were recorded simultaneously at the fundus, the isthmus, and cervix uteri by means of three micro-transducers (in 20 healthy, nonpregnant women, and in 5 patients with severe, primary dysmenorrhoea)."
UL_3D = "Recordings were performed during the first 3 days of the menstrual cycle."
UL_WAVE = "When coordination was present, the contraction wave as a rule started in fundus and was propagated towards the isthmus and cervix."
LE_150 = "One hundred and fifty patients with carcinoma of the breast were treated by radiation therapy without mastectomy."
LE_77 = "Seventy-seven patients had excisional biopsy of the breast mass while the remainder had incisional biopsy or needle biopsy."
LE_100 = "There has been 100% local control in patients with Stage I or Stage II disease."
LE_EXC = "Those patients who had excisional biopsy had a significantly lower incidence of local recurrence than did those in whom the tumor was left in situ."
LE_SURV = "The cumulative survival probability at five years is 100% for Stage I, 65% for Stage II and 26% for Stage III."
DO_FIRST = "Serial microscopic immunodiffusion assays of F cells, i.e., erythrocytes that contain fetal hemoglobin (HbF), in four individuals recovering from anemia demonstrate initial increases in the percentage of circulating reticulocytes that contain HbF (F reticulocytes) and subsequent increases in the percentage of mature erythrocytes that contain HbF (F erythrocytes)."
DO_IRON = "In one individual responding to therapy for iron-deficiency anemia, the average percentage of F reticulocytes increased from 4.8+/-1.1 to 16.0+/-2.8% (mean+/-SD), while the mean level of F erythrocytes increased from 3.5+/-0.7 to 7.2+/-0.6%."
DO_TEB = "Two normal children with transient erythroblastopenia exhibited F reticulocyte percentages of 71.3+/-6.7 and 41.5+/-1.5%, respectively, when erythropoiesis resumed."
DO_SUGG = "Such findings suggest that first, the production of F cells and non-F cells are separately regulated."
RE_102 = "Twenty-eight medical specialists (internists, rheumatologists) selected 102 primarily arthritic patients for a two-week efficacy and safety field study of salicylsalicylic acid."
RE_15D = "Data were gathered on pain, morning stiffness, range of motion, serum salicylate concentration, erythrocyte sedimentation rate (ESR) and gastro-intestinal bleeding before and after a 15-day drug trial."
RE_67 = "Results showed a 67% favourable clinical response in the physician's global evaluation and a 60% improvement in pain; the drug itself was well tolerated by 96% of patients."
RE_SER = "Good clinical response had a statistically significant association with serum drug concentrations of 13.6 to 13.8 mg%; unsatisfactory response was noted in those patients with mean serum salicylate levels of 8.6 mg%."
HO_3Y = "An open-access general-practitioner referral service for endoscopy of the upper gastrointestinal tract was established in a district general hospital, and the impact of the service over three years was assessed."
HO_SAME = "The reason for referral, duration of symptoms, and amount of disease detected were the same in patients referred by general practitioners and those attending from hospital outpatient departments."
HO_BAR = "Despite a steady increase in the number of patients referred for endoscopy, the number of barium-meal examinations performed did not correspondingly decrease."
HO_PICK = "The number of ulcers and cancers detected in each six-month period of the study did not increase, and the combined overall pick-up rate for these two conditions fell from 25% to 13%."
HO_BEN = "While the value of negative endoscopic findings cannot be assessed, there is little objective evidence of benefit."
HO_JUST = "Hence the large increase in numbers of endoscopies performed as a result of the introduction of the service cannot be justified."
KA_113 = "The histologic materal from the original lesion of 113 patients suffering from Clinical Stage I and Clinical Stage II malignant melanomas were reviewed in an attempt to correlate depth of invasion with prognosis and to test whether or not current methods of microstaging were a valid guide to therapy."
KA_CB = "Both the microstaging methods of Clark and Breslow were eminently successful in indicating the prognosis of the patient, but were of no greater utility than other histologic parameters such as mitotic activity, perineural, vascular, or lymphatic invasion, or the presence of superficial ulceration."
KA_RET = "Using this method, elective node dissection is advocated solely for those tumors that clearly invade the reticular dermis."
CU_AD = "The role of leukocyte transfusions in the prevention and treatment of infections in adults with granulocytopenia was investigated."
CU_7 = "Seven patients with acute myelogenous leukemia received HLA-matched leukocytes during the period of maximal granulocytopenia associated with initial remission induction therapy; 20 concurrently treated patients who did not receive leukocyte transfusions were the control group."
CU_P = "The patients receiving HLA-matched leukocytes had significantly fewer (P = 0.043) infectious episodes (not bacteriologically proven) during the study period, and remission occurred in 5 of the 7, compared with 10 of the 20 controls."
HU_120 = "The self-administered SCL-90 test was utilized to collect emotional distress data on 120 female patients requesting morning-after pill pregnancy interception."
HU_PRE = "SCL prescores were significant in anxiety, guilt and depression factors."
HU_2W = "The 2-week post-treatment results showed a significant decrease in these factors."
HU_CONC = "The results must be considered supportive for the use of DES interceptive therapy in spite of other clinical considerations relative to its safety."
HA_N = "Peak and mean left ventricular ejection power were measured during atrial pacing in 6 normal subjects (group I), 6 patients with coronary artery disease without myocardial infarction (group IIa), and 10 patients with coronary artery disease after myocardial infarction (group IIb)."
HA_EDV = "Peak left ventricular ejection power normalised by end-diastolic volume values at a pacing rate of 120 min were significantly lower in group IIa and IIb than in normal subjects."
HA_26 = "Peak power normalised by muscle mass in normal subjects tended to increase at 120/min whereas in group IIa it declined by 26 per cent (P less than 0.001)."
HA_CONC = "Increasing the heart rate from 80 to 120/min in a normal myocardium augments power but in coronary artery disease it remains static or falls."
BI_63 = "A cohort of 63 mentally retarded adults from three state schools was studied longitudinally for almost 4 years from the time they were resettled at a community residence in a large city."
BI_42 = "In the present study we compared results obtained through third- and fourth-wave interviews of 42 residents who remained at the community residence for almost 4 years."
BI_RES = "Respondents were found to maintain steady involvement in sheltered workshops and have some personal relations with peers, but they were less active participants in leisure activities in the community and more restricted in personal decision-making at home."
LA_82 = "A consecutive series of 82 acromegalic patients who underwent transsphenoidal surgery during a 5-year period is presented."
LA_MORT = "There was no operative mortality."
LA_87 = "The results reflected the classification of the tumors, with apparent cures accomplished in 87.5% of previously untreated patients with microadenoma, all of whom had anterior pituitary function preserved."
LA_DIFF = "The percentages of apparent cures in cases of diffuse adenoma (68%) and invasive adenoma (54%) were much less satisfactory."

claims = [
  # Bakst and Sexton 1979: none, number, direction, overreach
  C("bakst-n1", BA, "none", "Bakst and Sexton (1979) found that frozen-thawed fowl spermatozoa kept a fertility of about 55%, whereas turkey spermatozoa, though 40% were still motile after freezing, gave no fertility at all.", BA_FERT),
  C("bakst-num", BA, "number", "According to Bakst and Sexton (1979), motility after freezing was maintained at 85% for fowl spermatozoa, against 40% for turkey spermatozoa.", BA_FERT, wrong="85%"),
  C("bakst-dir", BA, "direction", "In Bakst and Sexton's (1979) work, equilibrating fowl and turkey semen with dimethyl sulphoxide at 5 °C improved both motility and fertility before freezing.", BA_DMSO, wrong="improved both motility and fertility"),
  C("bakst-over", BA, "overreach", "Bakst and Sexton (1979) proved that the freezing damage seen in poultry spermatozoa is caused by osmotic stress.", BA_OSM, wrong="proved"),
  # Kirstein and Nilsson 1977 (German article, English abstract): none x2, population, direction
  C("kirstein-n1", KI, "none", "Kirstein and Nilsson (1977) compared intermittent diffuse light with a patterned flash as EEG photic stimuli in 587 patients, 216 of whom had definite epilepsy.", KI_587, truth_alt=[KI_216]),
  C("kirstein-n2", KI, "none", "Adding a patterned flash to routine diffuse light stimulation seemed to add little diagnostic value in the EEG laboratory (Kirstein & Nilsson, 1977).", KI_CONC, truth_alt=[KI_NOT]),
  C("kirstein-pop", KI, "population", "Kirstein and Nilsson (1977) tested diffuse and patterned light stimulation in 587 patients with known photosensitive epilepsy.", KI_NOPS, wrong="patients with known photosensitive epilepsy"),
  C("kirstein-dir", KI, "direction", "In Kirstein and Nilsson's (1977) series, patterned light was more effective than diffuse light at provoking generalized epileptic discharges.", KI_NOT, wrong="patterned light was more effective than diffuse light"),
  # Eskildsen et al. 1978: none, duration, number, overreach
  C("eskildsen-n1", ES, "none", "Eskildsen et al. (1978) reported that bromocriptine lowered urinary growth hormone output by around 60% in 13 people with acromegaly, bringing it into the normal range in 10 of them.", ES_60, truth_alt=[ES_10]),
  C("eskildsen-dur", ES, "duration", "In the study by Eskildsen and colleagues (1978), 13 acromegalic patients took bromocriptine daily for between 1 and 15 years.", ES_60, wrong="between 1 and 15 years", accept=DN),
  C("eskildsen-num", ES, "number", "The acromegalic patients in Eskildsen et al.'s (1978) study were given bromocriptine at 3-5.5 mg a day.", ES_60, wrong="3-5.5 mg a day"),
  C("eskildsen-over", ES, "overreach", "Eskildsen et al. (1978) concluded that bromocriptine is the treatment of choice for every patient with acromegaly.", ES_CONC, wrong="the treatment of choice for every patient with acromegaly"),
  # Klein et al. 1977 (review): none, design, population, number
  C("klein-n1", KL, "none", "In their review, Klein et al. (1977) noted that the anorectum is involved in roughly 44% of women with uncomplicated gonorrhoea, although it is the only infected site in just 4%.", KL_44),
  C("klein-des", KL, "design", "In a prospective clinic study of gay men in California, Klein and colleagues (1977) found anorectal infection in 45% of those with gonorrhoea.", KL_45, wrong="In a prospective clinic study of gay men in California", truth_alt=[KL_FAIL]),
  C("klein-pop", KL, "population", "Klein et al. (1977) reported that anorectal infection is present in 45% of heterosexual men with gonorrhoea.", KL_45, wrong="heterosexual men"),
  C("klein-num", KL, "number", "Published treatment failure rates for anorectal gonorrhoea range from 17% to 35%, and only one of the studies used a currently accepted regimen (Klein et al., 1977).", KL_FAIL, wrong="17% to 35%"),
  # Ulmsten and Andersson 1979: none x2, duration, direction
  C("ulmsten-n1", UL, "none", "Ulmsten and Andersson (1979) used three micro-transducers to record pressure at the uterine fundus, isthmus and cervix at once in 20 healthy non-pregnant women and five with severe primary dysmenorrhoea.", UL_20),
  C("ulmsten-n2", UL, "none", "When uterine contractions were coordinated, the wave usually began at the fundus and travelled down towards the isthmus and cervix (Ulmsten & Andersson, 1979).", UL_WAVE),
  C("ulmsten-dur", UL, "duration", "Ulmsten and Andersson's (1979) intrauterine pressure recordings covered the first three weeks of the menstrual cycle.", UL_3D, wrong="the first three weeks", accept=DN),
  C("ulmsten-dir", UL, "direction", "According to Ulmsten and Andersson (1979), coordinated contractions of the non-pregnant uterus usually start at the cervix and spread upwards to the fundus.", UL_WAVE, wrong="usually start at the cervix and spread upwards to the fundus"),
  # Levene et al. 1977: none x2, comparator, design
  C("levene-n1", LE, "none", "Levene et al. (1977) treated 150 breast cancer patients with radiotherapy instead of mastectomy and reported no local failures among stage I and II tumours.", LE_100, truth_alt=[LE_150]),
  C("levene-n2", LE, "none", "Five-year survival after primary radiotherapy for breast cancer was 100% for stage I, 65% for stage II and 26% for stage III disease in Levene and colleagues' (1977) series.", LE_SURV),
  C("levene-comp", LE, "comparator", "Levene et al. (1977) found that breast cancer patients who had an excisional biopsy had significantly fewer local recurrences than those who had a mastectomy.", LE_EXC, wrong="than those who had a mastectomy"),
  C("levene-des", LE, "design", "In a randomised trial, Levene et al. (1977) found that removing the tumour by excisional biopsy before breast irradiation significantly reduced local recurrence compared with leaving it in place.", LE_EXC, wrong="In a randomised trial", truth_alt=[LE_77]),
  # Dover et al. 1979: none, population, number, overreach
  C("dover-n1", DO, "none", "Dover et al. (1979) followed four people recovering from anaemia and saw the proportion of reticulocytes containing fetal haemoglobin rise first, with the proportion of mature F erythrocytes rising afterwards.", DO_FIRST),
  C("dover-pop", DO, "population", "Dover et al. (1979) found F-reticulocyte levels of about 71% and 42% in two children with sickle cell anaemia as their erythropoiesis resumed.", DO_TEB, wrong="children with sickle cell anaemia"),
  C("dover-num", DO, "number", "In Dover and colleagues' (1979) patient treated for iron-deficiency anaemia, the proportion of F reticulocytes rose from 4.8% to 61%.", DO_IRON, wrong="61%"),
  C("dover-over", DO, "overreach", "Dover et al.'s (1979) serial assays proved that the production of F cells and non-F cells is regulated separately.", DO_SUGG, wrong="proved"),
  # Ré 1979 (single author): none, duration, design, direction
  C("re-n1", RE, "none", "In Ré's (1979) multicentre field study, salicylsalicylic acid produced a favourable response in 67% of 102 mainly arthritic patients and was well tolerated by 96%.", RE_67, truth_alt=[RE_102]),
  C("re-dur", RE, "duration", "Ré (1979) gave salicylsalicylic acid to 102 arthritis patients for two months in a multicentre field study.", RE_102, wrong="for two months", truth_alt=[RE_15D], accept=DN),
  C("re-des", RE, "design", "In a double-blind, placebo-controlled multicentre trial, Ré (1979) found that salicylsalicylic acid improved pain by 60% in arthritic patients.", RE_102, wrong="double-blind, placebo-controlled", truth_alt=[RE_67], accept=["design", "comparator"]),
  C("re-dir", RE, "direction", "Ré (1979) found that it was the patients with lower serum salicylate levels who responded well to salicylsalicylic acid.", RE_SER, wrong="patients with lower serum salicylate levels who responded well"),
  # Holdstock et al. 1979: none x2, direction, comparator
  C("holdstock-n1", HO, "none", "After a district hospital opened its upper GI endoscopy service to direct referral from general practitioners, the combined detection rate for ulcers and cancers dropped from 25% to 13% over three years (Holdstock et al., 1979).", HO_PICK, truth_alt=[HO_3Y]),
  C("holdstock-n2", HO, "none", "Holdstock and colleagues (1979) concluded that the large rise in endoscopies brought about by open access could not be justified, since there was little objective evidence of benefit.", HO_JUST, truth_alt=[HO_BEN]),
  C("holdstock-dir", HO, "direction", "Holdstock et al. (1979) found that, as direct-access endoscopy referrals rose, the number of barium-meal examinations fell.", HO_BAR, wrong="the number of barium-meal examinations fell"),
  C("holdstock-comp", HO, "comparator", "In Holdstock et al.'s (1979) study, patients referred directly by their GPs had as much disease found at endoscopy as hospital inpatients.", HO_SAME, wrong="hospital inpatients", accept=["comparator", "population"]),
  # Kapelanski et al. 1979: none, population, comparator, design
  C("kapelanski-n1", KA, "none", "Kapelanski et al. (1979) found that the Clark and Breslow microstaging systems predicted prognosis well in stage I-II melanoma but were no more useful than other histological features such as mitotic activity or ulceration.", KA_CB),
  C("kapelanski-pop", KA, "population", "Kapelanski et al. (1979) reviewed the primary lesions of 113 patients with stage III and IV metastatic melanoma.", KA_113, wrong="stage III and IV metastatic melanoma"),
  C("kapelanski-comp", KA, "comparator", "According to Kapelanski and colleagues (1979), Clark's and Breslow's microstaging methods predicted prognosis no better than clinical staging did.", KA_CB, wrong="than clinical staging did"),
  C("kapelanski-des", KA, "design", "In a randomised trial of elective lymph node dissection in 113 melanoma patients, Kapelanski et al. (1979) concluded that node dissection should be reserved for tumours invading the reticular dermis.", KA_113, wrong="In a randomised trial of elective lymph node dissection", truth_alt=[KA_RET]),
  # Curtis et al. 1977: none, comparator, design, population
  C("curtis-n1", CU, "none", "Curtis et al. (1977) reported significantly fewer infectious episodes in 7 patients with acute myelogenous leukaemia given prophylactic HLA-matched leukocyte transfusions during induction than in 20 concurrent controls without transfusions.", CU_P, truth_alt=[CU_7]),
  C("curtis-comp", CU, "comparator", "In Curtis et al.'s (1977) study, leukaemia patients given HLA-matched leukocytes had fewer infections than patients given unmatched random-donor leukocytes.", CU_7, wrong="patients given unmatched random-donor leukocytes"),
  C("curtis-des", CU, "design", "A randomised controlled trial by Curtis and colleagues (1977) showed that prophylactic HLA-matched leukocyte transfusions reduced infections in acute myelogenous leukaemia.", CU_7, wrong="A randomised controlled trial"),
  C("curtis-pop", CU, "population", "Curtis et al. (1977) studied leukocyte transfusions for preventing and treating infection in children with granulocytopenia.", CU_AD, wrong="children"),
  # Huggins et al. 1979 (has an OtherAbstract; truths from the main Abstract): none x2, duration, overreach
  C("huggins-n1", HU, "none", "Huggins et al. (1979) used the SCL-90 questionnaire to measure emotional distress in 120 women asking for the morning-after pill.", HU_120),
  C("huggins-n2", HU, "none", "Women requesting postcoital contraception had raised anxiety, guilt and depression scores, which fell significantly two weeks after treatment (Huggins et al., 1979).", HU_2W, truth_alt=[HU_PRE]),
  C("huggins-dur", HU, "duration", "Huggins and colleagues (1979) found that the anxiety, guilt and depression of morning-after pill users had decreased significantly six months after treatment.", HU_2W, wrong="six months after treatment", accept=DN),
  C("huggins-over", HU, "overreach", "Huggins et al. (1979) showed that DES postcoital therapy is psychologically and medically safe.", HU_CONC, wrong="psychologically and medically safe"),
  # Hagemann et al. 1979: none x2, number, comparator
  C("hagemann-n1", HA, "none", "Hagemann et al. (1979) measured left ventricular ejection power during atrial pacing in 6 normal subjects and 16 patients with coronary artery disease, 10 of whom had had a myocardial infarction.", HA_N),
  C("hagemann-n2", HA, "none", "Raising the paced heart rate from 80 to 120 beats per minute increased left ventricular power in normal hearts but left it unchanged or lower in coronary artery disease (Hagemann et al., 1979).", HA_CONC),
  C("hagemann-num", HA, "number", "In Hagemann et al.'s (1979) patients with coronary disease but no infarction, peak ejection power per unit of muscle mass fell by 62 per cent at a pacing rate of 120/min.", HA_26, wrong="62 per cent"),
  C("hagemann-comp", HA, "comparator", "At a pacing rate of 120/min, peak ejection power normalised by end-diastolic volume was significantly lower in coronary patients than in patients with valvular heart disease (Hagemann et al., 1979).", HA_EDV, wrong="than in patients with valvular heart disease", accept=["comparator", "population"]),
  # Birenbaum and Re 1979: none, duration, direction, number
  C("birenbaum-n1", BI, "none", "Birenbaum and Re (1979) followed a cohort of 63 adults with intellectual disability for nearly four years after they moved from state schools to a community residence in a large city.", BI_63),
  C("birenbaum-dur", BI, "duration", "Birenbaum and Re (1979) followed 63 adults with intellectual disability for almost 4 months after their move from state schools into a community residence.", BI_63, wrong="almost 4 months", accept=DN),
  C("birenbaum-dir", BI, "direction", "According to Birenbaum and Re (1979), the resettled residents became more active in community leisure activities and gained more say in decisions at home.", BI_RES, wrong="became more active in community leisure activities and gained more say in decisions at home"),
  C("birenbaum-num", BI, "number", "Birenbaum and Re's (1979) third- and fourth-wave interviews covered 24 residents who had stayed at the community residence for almost four years.", BI_42, wrong="24 residents"),
  # Laws et al. 1979: none x2, population, overreach
  C("laws-n1", LA, "none", "In a consecutive series of 82 patients with acromegaly operated on by the transsphenoidal route, Laws et al. (1979) recorded no operative deaths.", LA_MORT, truth_alt=[LA_82]),
  C("laws-n2", LA, "none", "Laws et al. (1979) reported apparent cure in 87.5% of previously untreated acromegalic patients with microadenomas, against 68% with diffuse and 54% with invasive adenomas.", LA_87, truth_alt=[LA_DIFF]),
  C("laws-pop", LA, "population", "Laws and colleagues (1979) described transsphenoidal surgery in a consecutive series of 82 patients with Cushing's disease.", LA_82, wrong="patients with Cushing's disease"),
  C("laws-over", LA, "overreach", "Laws et al. (1979) showed that transsphenoidal microsurgery cures every patient with a growth hormone-secreting microadenoma.", LA_87, wrong="cures every patient", accept=["overreach", "number"]),
]
Path(__file__).resolve().parent.joinpath("claims.json").write_text(json.dumps(claims, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
print(len(claims), "claims")
