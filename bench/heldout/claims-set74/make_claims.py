"""Writes claims.json (set 74). Hand-written claims; truth sentences copied verbatim from the abstracts (pool 14,
positions 1002-1017). Mishell 1977's truths come from its main <Abstract>, not from its PIP OtherAbstract."""
import json
from pathlib import Path

def C(id, key, kind, claim, truth, wrong=None, truth_alt=None, accept=None):
    d = {"id": id, "key": key, "kind": kind, "claim": claim, "truth": truth}
    if truth_alt: d["truth_alt"] = truth_alt
    if wrong: d["wrong"] = wrong
    if accept: d["accept"] = accept
    return d

HA, FA, GO, MI, GR = "hageman1977audiometric", "fagrell1979non", "goschke1977parenteral", "mishell1977effect", "graf1977phototoxic"
UR, LA, MU, BA, ST = "urso1979lumbo", "lawton1979dopamine", "murphy1979cold", "baudet1977aorto", "stringfellow1979antiviral"
WI, LI, MZ, BU, KU = "willis1979metronidazole", "lilien1979hyperglycemia", "mintz1979comparison", "bubnov1977pathologic", "kurup1978evaluation"

HA_12 = "The dominant hereditary form of deafness as part of Waardenburg's syndrome was found in 12 (35%) of 34 patients never previously described with Waardenburg's syndrome among 5 families in the Netherlands."
HA_LIT = "An extensive review was made of the more than 1,000 patients with Waardenburg's syndrome described in the literature."
HA_BOTH = "This revealed that deafness in both ears (the most serious expression of the syndrome) occurred in about 25% of the patients with Waardenburg's syndrome type I (including dystopia canthorum) and in 50% of the patients with Waardenburg's syndrome type II (without dystopia canthorum)."
FA_TEN = "This study presents a beat-to-beat analysis of digital arterial pulse volume (DAPA), left ventricular end-diastolic diameter (LVEDD), and stroke volume (SV) and their correlation to PQ interval in ten patients with complete heart block and artificial cardiac pacing."
FA_R = "A close relationship was found between SV and DAPA (R = 0.83-0.97) in seven patients, who all drew considerable benefit from atrial contraction as regards SV and DAPA (increase with 35-94%)."
GO_51 = "In 51 intensive-care patients receiving hyperalimentation, 18% were found to be hyperglycaemic in spite of insulin administration."
GO_MIX = "In a further experiment, 8 intensive-care patients were given alternative intravenous feedings with either 600g of a mixture of glucose, fructose and xylitol in a ration of 1:2:1 or 600g glucose per day."
GO_INS = "During both regimens insulin administration was required in 4 patients, but the insulin dosage was lower with the mixture."
MI_SST = "A sequential pituitary stimulation test (SST) was used to study normal control women who then received either a combination pill with 50 mug of ethinyl estradiol or an injectable or oral progestin for three weeks, after which the test was repeated."
GR_TET = "The phototoxic activity of carcinogenic polycyclic hydrocarbons was evaluated using ciliates of the species Tetrahymena pyriformis maintained in sterile, semisynthetic media."
GR_50 = "It could be shown that such degradation products entirely free from benzo(a)pyrene still possessed 50% of the activity of the original, non-irradiated solution."
UR_SIDE = "These side-effects were negligible in the majority of cases, and occurred less frequently than with meglumine iothalamate, and at least more often than with meglumine iocarmate."
LA_RAND = "After a baseline period, patients were randomly assigned to receive chlorthali done 50 mg q.a.m. or placebo in a double-blind study."
LA_1M = "In the chlorthalidone group 1 month after therapy, the diastolic pressure decreased, PRA increased, and total IU catechols and urinary norepinephrine increased."
MU_FIRST = "Influenza A/Scotland/74 (H3N2) and A/Victoria/75 (H3N2) cold-adapted (ca) recombinant viruses, prepared by mating the A/Ann Arbor/6/60 (H2N2) ca donor virus and influenza A wild-type virus, were evaluated in adult seronegative volunteers (serum hemagglutination-inhibiting antibody titer, </=1:8) for level of attenuation, antigenicity, and genetic stability of the temperature-sensitive and ca phenotypes."
BA_MORT = "For theses 305 patients, the mortality during the first month (6.9%, or 4.5% for the last six months of the series) was influenced by age (a mean of 52.1 in the survivors and 57.1 in the deceased, p less than 0.001), a preoperative infarction less than 8 days old (p less than 0.001), significant changes in left ventricular function (a mean ejection fraction of 44.9% +/- 0.20 in the deceased, and 61.5% +/- 0.19 in the survivors, p less than 0.001), a mean end-diastolic volume of 252 ml +/- 98 in the former and of 136 ml +/- 51 in the latter, p less than 0.001)."
WI_DB = "These studies were conducted as double-blind trials in which metronidazole was compared with a placebo; patients were randomly allocated to the two \"drug\" groups."
LI_18 = "The study included 18 stressed premature infants who needed assisted ventilation, and 12 control premature infants."
MZ_THUS = "Thus, although M-mode and two-dimensional echocardiography had a similar ability to detect actual vegetations, two-dimensional echocardiography was superior to M-mode echocardiography in diagnosing complications of the destructive process."
BU_ABO = "It is found that the summary elimination of A+A+AB phenotypes with respect to O phenotype in ABO system reliably differs only within 1--6 months, and in MN system (the elimination of M phenotype)--only within the period of mortinatality."
KU_75 = "Seventy-five sera, including sera from 23 patients with aspergillosis, 17 with tuberculosis, asthma or carcinoma, and 35 normal controls, were studied for antibody activity against Aspergillus fumigatus by agar gel double diffusion (DD), counterimmunoelectrophoresis (CIE), indirect hemagglutination (IHA) and indirect immunofluorescence (IF)."

CLAIMS = [
 # Hageman 1977 (Waardenburg's syndrome; single author)
 C("hageman-n1", HA, "none",
   "Hageman (1977) found the syndrome's dominantly inherited deafness in about a third of 34 newly described patients with Waardenburg's syndrome from five Dutch families.",
   HA_12),
 C("hageman-num", HA, "number",
   "Alongside his own audiometric series, Hageman (1977) reviewed more than 10,000 published cases of Waardenburg's syndrome.",
   HA_LIT, wrong="more than 10,000 published cases"),
 C("hageman-pop", HA, "population",
   "Hageman's (1977) audiometric study described 34 previously unreported patients with Waardenburg's syndrome from five Belgian families, 12 of whom were deaf.",
   HA_12, wrong="five Belgian families"),
 C("hageman-dir", HA, "direction",
   "In the published cases reviewed by Hageman (1977), deafness in both ears was about twice as common in type I Waardenburg's syndrome (with dystopia canthorum) as in type II.",
   HA_BOTH, wrong="about twice as common in type I Waardenburg's syndrome (with dystopia canthorum) as in type II"),
 # Fagrell & Lindvall 1979 (two authors)
 C("fagrell-n1", FA, "none",
   "Fagrell and Lindvall (1979) showed that finger pulse volume recorded by strain-gauge plethysmography tracked echocardiographic stroke volume beat by beat (r = 0.83-0.97) in seven of their ten paced patients with complete heart block.",
   FA_R, truth_alt=[FA_TEN]),
 C("fagrell-n2", FA, "none",
   "In paced patients with complete heart block, the best PQ interval worked out at roughly 240 ms for digital pulse volume and 180 ms for stroke volume (Fagrell & Lindvall, 1979).",
   "The optimal PQ interval was calculated to approximately 240 msec for DAPA and 180 msec for LVEDD and SV."),
 C("fagrell-des", FA, "design",
   "In a randomised crossover trial of AV-synchronous versus ventricular pacing, Fagrell and Lindvall (1979) found that atrial contraction raised stroke volume by 35-94% in most of their ten heart-block patients.",
   FA_TEN, wrong="a randomised crossover trial of AV-synchronous versus ventricular pacing", truth_alt=[FA_R]),
 C("fagrell-over", FA, "overreach",
   "Fagrell and Lindvall's (1979) study proved that every patient with a cardiac conduction disturbance benefits from AV-synchronous rather than ventricular pacing.",
   "The two methods may, for instance, be useful for screening in order to pick out patients who may benefit from AV synchronous rather than ventricular pacing.",
   wrong="proved that every patient with a cardiac conduction disturbance benefits"),
 # Göschke & Leutenegger 1977 (German, English abstract; two authors)
 C("goschke-n1", GO, "none",
   "Nearly one in five of 51 intensive-care patients on intravenous hyperalimentation stayed hyperglycaemic despite insulin, Göschke and Leutenegger (1977) reported.",
   GO_51),
 C("goschke-num", GO, "number",
   "Roughly 38% of intensive-care patients fed by intravenous hyperalimentation were hyperglycaemic despite insulin in a series of 51 (Göschke & Leutenegger, 1977).",
   GO_51, wrong="Roughly 38%"),
 C("goschke-dir", GO, "direction",
   "In eight patients undergoing major surgery as a stress model, Göschke and Leutenegger (1977) observed rising insulin and falling glucagon, growth hormone and cortisone levels.",
   "In 8 patients undergoing major surgery, which was chosen as a stress model, decreased insulin and increased glucagon, growth hormone and cortisone levels were observed.",
   wrong="rising insulin and falling glucagon, growth hormone and cortisone levels"),
 C("goschke-comp", GO, "comparator",
   "When Göschke and Leutenegger (1977) fed eight intensive-care patients a glucose-fructose-xylitol mixture, less insulin was needed than with a fat emulsion regimen.",
   GO_MIX, wrong="than with a fat emulsion regimen", truth_alt=[GO_INS]),
 # Mishell et al. 1977
 C("mishell-n1", MI, "none",
   "Mishell et al. (1977) found that both the combined pill and a progestin alone boosted prolactin release, whereas growth hormone and TSH responses to stimulation were unchanged.",
   "GH and TSH release following stimulation were unaffected by the use of contraceptive steroids, while PRL release was increased by both the combination pill and the progestin alone."),
 C("mishell-n2", MI, "none",
   "In Mishell and colleagues' (1977) stimulation tests, LH and FSH release fell in short-term and most long-term users of the combined pill, but not in women given a progestin alone.",
   "LH and FSH release was decreased in the three short-term and most of the long-term users of the combination pills but was not decreased in two of the long-term users as well as in those receiving the progestin alone."),
 C("mishell-dur", MI, "duration",
   "Normal women in Mishell et al.'s (1977) study were retested with a sequential pituitary stimulation test after three months on a 50 µg ethinyl estradiol combination pill or a progestin.",
   MI_SST, wrong="after three months"),
 C("mishell-pop", MI, "population",
   "Mishell et al. (1977) ran sequential pituitary stimulation tests in women with postpill amenorrhoea-galactorrhoea before and after three weeks of a combined pill or a progestin.",
   MI_SST, wrong="women with postpill amenorrhoea-galactorrhoea"),
 # Gräf & Haller 1977 (German, English abstract; two authors)
 C("graf-n1", GR, "none",
   "Using a light test in the ciliate Tetrahymena pyriformis on six polycyclic aromatic hydrocarbons, Gräf and Haller (1977) found that phototoxic activity broadly paralleled carcinogenic potency.",
   "An essential parallelism between phototoxic and carcinogenic activities, resp., was clearly obvious.", truth_alt=[GR_TET]),
 C("graf-dir", GR, "direction",
   "Fluoride ions at 1 ppm strengthened the phototoxicity of benzo(a)pyrene in Gräf and Haller's (1977) ciliate test.",
   "Fluoride ions in the concentration of 1 ppm did not affect the phototoxicity of benzo(a)pyrene, suggesting that fluorides possess no cocarcinogenic activities.",
   wrong="strengthened the phototoxicity of benzo(a)pyrene"),
 C("graf-pop", GR, "population",
   "Using cultured human skin fibroblasts exposed to light, Gräf and Haller (1977) found that UV degradation products of benzo(a)pyrene kept half of the original phototoxic activity.",
   GR_TET, wrong="cultured human skin fibroblasts", truth_alt=[GR_50]),
 C("graf-num", GR, "number",
   "UV-degraded benzo(a)pyrene, free of the parent compound, still showed about 5% of the original solution's phototoxic activity (Gräf & Haller, 1977).",
   GR_50, wrong="about 5%"),
 # Urso & Barbuti 1979 (two authors)
 C("urso-n1", UR, "none",
   "Urso and Barbuti (1979) gave meglumine ioserinate for lumbosacral radiculography to 88 patients in Rome, 54 at 5 ml and 34 at 10 ml; 58% and 44%, respectively, reported no after-effects.",
   "No disturbances following radiculography were reported by 58 per cent of the first group and 44 per cent of the second.",
   truth_alt=["The patients were subdivided into two groups, one of fifty four in whom a single dose of 5 ml was injected, the other of thirty four who received a double dose of 10 ml of contrast medium."]),
 C("urso-comp", UR, "comparator",
   "Urso and Barbuti (1979) reported that side effects of the new contrast medium meglumine ioserinate were mostly trivial and less frequent than with metrizamide.",
   UR_SIDE, wrong="less frequent than with metrizamide"),
 C("urso-over", UR, "overreach",
   "Urso and Barbuti's (1979) trial established meglumine ioserinate as a completely safe contrast medium for lumbosacral radiculography.",
   "Despite this, because of some changes encountered in the cerebrospinal fluid, and because of a convulsive episode presented by one patient treated with the double dose, the authors advise diluting the contrast medium in distilled water, so as to lower the osmotic pressure.",
   wrong="established meglumine ioserinate as a completely safe contrast medium"),
 C("urso-dur", UR, "duration",
   "In a small subgroup, Urso and Barbuti (1979) examined the cerebrospinal fluid before and one week after radiculography with meglumine ioserinate.",
   "Finally, the findings in the cerebrospinal fluid are described, before and twenty four hours after the test, in a small group of these patients.",
   wrong="one week after"),
 # Lawton et al. 1979
 C("lawton-n1", LA, "none",
   "Lawton et al. (1979) found serum dopamine beta-hydroxylase lower in mildly hypertensive patients than in normal subjects, although the spread was too wide for one value to separate hypertensives from normals.",
   "DBH was significantly lower in all hypertensives (55.6 +/- 36 IU) and in the low-renin subgroup (46 +/- 30 IU) compared with normal subjects (68 +/- 35 IU) (p less than 0.01).",
   truth_alt=["However, the DBH range was so broad that an individual DBH value did not distinguish EHT from normals."]),
 C("lawton-des", LA, "design",
   "In an open, non-randomised study, Lawton and colleagues (1979) found that chlorthalidone 50 mg a day lowered diastolic pressure and raised plasma renin activity within a month.",
   LA_RAND, wrong="In an open, non-randomised study", truth_alt=[LA_1M]),
 C("lawton-dur", LA, "duration",
   "Six months of chlorthalidone raised plasma renin activity but left serum DBH unchanged in patients with essential hypertension (Lawton et al., 1979).",
   LA_1M, wrong="Six months", truth_alt=["Serum DBH did not change during diuretic therapy."]),
 C("lawton-pop", LA, "population",
   "Lawton et al.'s (1979) 84 patients, young, predominantly black and mildly hypertensive, were grouped by renin status: 13 low, 64 normal and seven high.",
   "Eighty-four predominantly white, young (37 +/ 8 years (SD)), mildly hypertensive patients (diastolic pressure 93 +/- 4 mm Hg (SD)) continued their regular diet and received no medications.",
   wrong="predominantly black"),
 # Murphy et al. 1979
 C("murphy-n1", MU, "none",
   "With the cold-adapted A/Victoria/75 recombinant, Murphy et al. (1979) saw no fever in seronegative adult volunteers, and only 3 of 12 had mild upper respiratory symptoms.",
   "Febrile reactions were not observed in volunteers who received the A/Victoria/75 ca recombinant virus, whereas 3 of the 12 vaccinees had mild upper respiratory tract symptoms, in one instance associated with mild systemic manifestations."),
 C("murphy-n2", MU, "none",
   "Murphy and colleagues (1979) found signs of genetic instability: 7 of 24 virus isolates recovered from vaccinees had partly lost the cold-adapted property.",
   "However, there was evidence of genetic instability of the ca marker in that 7 of 24 isolates exhibited some loss of the ca property, and one isolate completely lost the capacity to produce plaques at 25 degrees C."),
 C("murphy-pop", MU, "population",
   "Murphy et al. (1979) tested cold-adapted A/Scotland/74 and A/Victoria/75 influenza recombinants in seronegative young children and found both attenuated and antigenic.",
   MU_FIRST, wrong="seronegative young children",
   truth_alt=["At 10(7.0) to 10(7.5) 50% tissue culture infective doses the A/Scotland/74 and A/Victoria/75 ca recombinant viruses were clearly attenuated and antigenic."]),
 C("murphy-dir", MU, "direction",
   "In Murphy et al.'s (1979) volunteers, the cold-adapted recombinants induced much weaker serum antibody responses than wild-type virus.",
   "Significantly, the serum hemagglutination- and neuraminidase-inhibiting antibody responses were comparable to those induced by wild-type virus.",
   wrong="induced much weaker serum antibody responses than wild-type virus"),
 # Baudet et al. 1977 (French, English abstract)
 C("baudet-n1", BA, "none",
   "Among 305 patients who had coronary bypass grafting alone, Baudet et al. (1977) reported a first-month mortality of 6.9%, falling to 4.5% in the last six months of the series.",
   BA_MORT),
 C("baudet-dur", BA, "duration",
   "Over ten years, 357 patients underwent one or more aorto-coronary bypass grafts in the series reported by Baudet and colleagues (1977).",
   "Over a period of 36 months, 357 patients have had one or several aorto-coronary bypass graft operations, either alone (305 patients) or in combination with another surgical procedure.",
   wrong="Over ten years"),
 C("baudet-des", BA, "design",
   "In a randomised comparison of bypass surgery with medical therapy, Baudet et al. (1977) linked early deaths to older age, a recent preoperative infarction and poor left ventricular function.",
   BA_MORT, wrong="In a randomised comparison of bypass surgery with medical therapy", accept=["design", "comparator"]),
 C("baudet-num", BA, "number",
   "A postoperative infarction complicated the course of about 21% of patients after aorto-coronary bypass (Baudet et al., 1977).",
   "An infarct complicated the progress of 11.1% of patients.", wrong="about 21%"),
 # Stringfellow et al. 1979 (mice)
 C("stringfellow-n1", ST, "none",
   "Stringfellow et al. (1979) found that the most active 1,5-diamino anthraquinone protected mice against virus infection at doses as low as 8 mg/kg, under a sixtieth of its maximum tolerated dose.",
   "The most active compound was 1,5-bis[[2-(diethylamino)ethyl]amino]-anthraquinone (Ib), which protected mice against virus infection at a dose as low as 8 mg/kg (less than 1/60 its maximum tolerated dose)."),
 C("stringfellow-n2", ST, "none",
   "Giving mice the same interferon inducer every day made them hyporeactive, a loss of response that alternating between inducers avoided (Stringfellow et al., 1979).",
   "Mice developed hyporeactivity to interferon induction if the same inducer was injected daily, although by alternating between different inducers the loss of interferon responsiveness could be avoided."),
 C("stringfellow-dur", ST, "duration",
   "Stringfellow and colleagues (1979) reported that a single dose of the prototype anthraquinone still protected mice when given up to six weeks before infection.",
   "A single dose of Ia given up to 6 days prior to infection had significant protective activity.", wrong="up to six weeks before infection"),
 C("stringfellow-over", ST, "overreach",
   "Stringfellow et al. (1979) showed that 1,5-diamino anthraquinones are safe and effective oral antiviral drugs for people.",
   "A prototype compound, 1,5-bis[(3-morpholinopropyl)amino]-anthraquinone (Ia), was an effective antiviral agent when administered either orally or parenterally.",
   wrong="are safe and effective oral antiviral drugs for people", accept=["overreach", "population"],
   truth_alt=["A series of anthraquinones with amino substituents at the 1,5 positions were found to induce interferon in mice."]),
 # Willis 1979 (single author)
 C("willis-n1", WI, "none",
   "In Willis's (1979) appendicectomy trial, none of 49 patients given metronidazole prophylaxis developed an anaerobic infection, against 9 of 46 controls.",
   "Among appendicectomy patients, anaerobic infection did not develop in any of the 49 patients who received prophylactic metronidazole, but bacteriologically confirmed clinical anaerobic infections developed in 9 (19%) of 46 control patients."),
 C("willis-comp", WI, "comparator",
   "Willis (1979) summarised double-blind trials in which prophylactic metronidazole was compared with ampicillin in hysterectomy, appendicectomy, colonic surgery and childbirth.",
   WI_DB, wrong="compared with ampicillin"),
 C("willis-num", WI, "number",
   "After elective colonic surgery, anaerobic infections developed in about a quarter of control patients but in none of those given metronidazole (Willis, 1979).",
   "Among colonic surgery patients, anaerobic infections did not develop in any of 27 patients who received prophylactic metronidazole, but bacteriologically confirmed clinical anaerobic infections developed in 11 (58%) of 19 control patients.",
   wrong="about a quarter of control patients"),
 C("willis-des", WI, "design",
   "Willis (1979) based the case for metronidazole prophylaxis in surgery on retrospective reviews of case records rather than controlled trials.",
   WI_DB, wrong="retrospective reviews of case records rather than controlled trials"),
 # Lilien et al. 1979
 C("lilien-n1", LI, "none",
   "Lilien et al. (1979) found hyperglycaemia during a constant glucose infusion in 13 of 18 stressed premature infants on assisted ventilation but in only one of 12 control premature infants.",
   "Hyperglycemia was seen in 13 of stressed and in only one of control premature infants.", truth_alt=[LI_18]),
 C("lilien-n2", LI, "none",
   "Mortality in Lilien and colleagues' (1979) study did not differ between stressed premature infants who became hyperglycaemic and those who stayed euglycaemic; stress, not hyperglycaemia, went with death.",
   "There was no difference in mortality between stressed hyperglycemia and stressed euglycemic infants; stress, rather than hyperglycemia, was related to mortality."),
 C("lilien-dir", LI, "direction",
   "Stressed premature infants who became hyperglycaemic had lower insulin levels than stressed euglycaemic infants (Lilien et al., 1979).",
   "Insulin levels were higher, glycerol levels similar, but cortisol levels lower in stressed hyperglycemic than in stressed euglycemic premature infants.",
   wrong="had lower insulin levels than stressed euglycaemic infants"),
 C("lilien-comp", LI, "comparator",
   "Lilien et al. (1979) compared ventilated premature infants with healthy full-term newborns and found higher glucose, cortisol and glycerol in the stressed group once the glucose infusion had started.",
   "In the first postinfusion sample, glucose, cortisol, and glycerol values were higher in stressed than in control premature infants.",
   wrong="healthy full-term newborns", accept=["comparator", "population"], truth_alt=[LI_18]),
 # Mintz et al. 1979
 C("mintz-n1", MZ, "none",
   "Mintz et al. (1979) found M-mode and two-dimensional echocardiography about equally good at showing vegetations in 21 patients with infective endocarditis, but two-dimensional imaging was better at detecting complications.",
   MZ_THUS),
 C("mintz-dir", MZ, "direction",
   "In Mintz and colleagues' (1979) endocarditis series, M-mode echocardiography outperformed two-dimensional imaging in detecting complications such as flail cusps and root abscesses.",
   MZ_THUS, wrong="M-mode echocardiography outperformed two-dimensional imaging in detecting complications"),
 C("mintz-des", MZ, "design",
   "A randomised trial in which 21 patients with infective endocarditis were assigned to M-mode or two-dimensional echocardiography found the two equally able to detect vegetations (Mintz et al., 1979).",
   "In 21 consecutive patients with clinical endocarditis, 22 valves were involved (12 aortic, 5 mitral and 5 tricuspid).",
   wrong="A randomised trial in which 21 patients with infective endocarditis were assigned to M-mode or two-dimensional echocardiography",
   truth_alt=[MZ_THUS]),
 C("mintz-over", MZ, "overreach",
   "Mintz et al. (1979) concluded that two-dimensional echocardiography makes M-mode obsolete in endocarditis and should replace it in every patient.",
   MZ_THUS, wrong="makes M-mode obsolete in endocarditis and should replace it in every patient"),
 # Bubnov & Koptiaeva 1977 (Russian, English abstract; two authors)
 C("bubnov-n1", BU, "none",
   "Bubnov and Koptiaeva (1977) reported that Rh-negative phenotypes were selectively eliminated at every stage of early development they studied.",
   "The elimination of rhesus-negative phenotypes is observed for the rhesus system at all the ontogenesis stages studied."),
 C("bubnov-n2", BU, "none",
   "In the MN blood-group system, the excess loss of the M phenotype was confined to the stillbirth period, when heterozygotes appeared to have some advantage (Bubnov & Koptiaeva, 1977).",
   BU_ABO, truth_alt=["Certain preference of heterozygous genotypes for the MN system at this period is observed, which is the first case studied for normal features of humans."]),
 C("bubnov-comp", BU, "comparator",
   "Measured against blood group AB, the combined elimination of the A and B phenotypes differed significantly only at 1-6 months of age, according to Bubnov and Koptiaeva (1977).",
   BU_ABO, wrong="Measured against blood group AB"),
 C("bubnov-over", BU, "overreach",
   "Bubnov and Koptiaeva's (1977) analysis proved that blood-group genes determine which children die in infancy.",
   "A problem of isolating a genotypical component, which takes place on children lethality, is discussed.",
   wrong="proved that blood-group genes determine which children die in infancy",
   truth_alt=["It is demonstrated by the analysis of a relation between blood genotypical markers and children lethality."]),
 # Kurup & Fink 1978 (two authors)
 C("kurup-n1", KU, "none",
   "Kurup and Fink (1978) found indirect haemagglutination more sensitive than double diffusion and counterimmunoelectrophoresis for Aspergillus fumigatus antibodies; immunofluorescence was as sensitive but gave false positives.",
   "IHA was more sensitive than DD and CIE, and IF was equally sensitive but had false-positive reactions."),
 C("kurup-n2", KU, "none",
   "The 75 sera tested by Kurup and Fink (1978) came from 23 patients with aspergillosis, 17 with tuberculosis, asthma or carcinoma, and 35 normal controls.",
   KU_75),
 C("kurup-num", KU, "number",
   "In Kurup and Fink's (1978) evaluation, only 71% and 67% of sera from aspergillosis patients were positive by counterimmunoelectrophoresis and double diffusion, respectively.",
   "The results indicated that sera from the patients with aspergillosis had high IHA and IF titers, while only 91 and 87% were positive for CIE and DD methods, respectively.",
   wrong="only 71% and 67%"),
 C("kurup-pop", KU, "population",
   "Testing sera from 23 patients with cystic fibrosis, Kurup and Fink (1978) found counterimmunoelectrophoresis simple and quick but prone to false negatives.",
   KU_75, wrong="23 patients with cystic fibrosis",
   truth_alt=["CIE was simple and fast, but had false-negative and occasionally false-positive results."]),
]

if __name__ == "__main__":
    (Path(__file__).resolve().parent / "claims.json").write_text(json.dumps(CLAIMS, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(len(CLAIMS), "claims written")
