"""Writes claims.json (set 48, round fourteen, E-48). Hand-written claims on the 12 abstracts of pool 8 positions
55-66; truth sentences copied verbatim from the abstracts (whitespace-normalised). Set smaller than 15 abstracts:
48 claims, 4 per abstract; 17 faithful, number 5, population 5, direction 5, comparator 4, design 4, duration 4,
overreach 4 (22/60 and 6/6/6/5/5/5/5 scaled to 48, every kind represented)."""
import json
from pathlib import Path

def C(id, key, kind, claim, truth, wrong=None, truth_alt=None, accept=None):
    d = {"id": id, "key": key, "kind": kind, "claim": claim, "truth": truth}
    if truth_alt: d["truth_alt"] = truth_alt
    if wrong: d["wrong"] = wrong
    if accept: d["accept"] = accept
    return d

RE, TI, RA, FL = "rempel1999effect", "tibone1978heterotopic", "rantanen1999midlife", "flacker1999serum"
DE, LE, GA, KE = "dennis1999impact", "leffler1999glucosamine", "gaede1999intensified", "keller1999technology"
FI, AL, TA, PI = "finlayson1999patient", "alia1999randomized", "tarrier1999randomized", "pickard2015medical"

RE_20 = "Twenty computer users were matched and randomly assigned to keyboard A (n = 10) or B (n = 10)."
RE_CONC = "We conclude that use of keyboard A for 12 weeks led to a reduction in hand pain and an improved physical examination finding when compared with keyboard B."
RE_RES = "Subjects assigned keyboard A experienced a decrease in hand pain between weeks 6 and 12 when compared with keyboard B subjects (P = 0.05) and demonstrated an improvement in the Phalen test time (right hand, P = 0.006; left hand, P = 0.06)."
RA_CONC = "Among healthy 45- to 68-year-old men, hand grip strength was highly predictive of functional limitations and disability 25 years later."
RA_DES = "A 25-year prospective cohort study, the Honolulu Heart Program, which began in 1965 among Japanese-American men living on Oahu, Hawaii."
FL_METH = "Twenty-two nursing home residents with a febrile illness had serum specimens drawn and were evaluated for the presence of delirium during the acute illness and at 1-month follow-up."
DE_METH = "Thirty-nine men (31+/-6 years old, mean+/-standard deviation) assigned to the USS ENTERPRISE (CVN 65) during a 6-month Mediterranean deployment who had failed their previous Physical Readiness Test due to excessive body weight (108+/-11 kg overweight) were randomly assigned to nutrition, cognitive-behavioral obesity treatment plus exercise or to the Navy's usual treatment (control), which is exercise alone."
LE_OBJ = "A 16-week randomized, double-blind, placebo-controlled crossover trial of a combination of glucosamine HCl (1,500 mg/day), chondroitin sulfate (1,200 mg/day), and manganese ascorbate (228 mg/day) in degenerative joint disease (DJD) of the knee or low back was conducted."
GA_FIND = "Patients in the intensive group had significantly lower rates of progression to nephropathy (odds ratio 0.27 [95% CI 0-10-0.75]), progression of retinopathy (0.45 [0.21-0.95]), and progression of autonomic neuropathy (0.32 [0.12-0.78]) than those in the standard group."
KE_CHART = "NT patients were compared by chart review with a cohort of cocaine abusers who received community treatment--as-usual (TAU) (N = 20)."
FI_SUBJ = "One hundred consecutive patients (95% male, median age 65) awaiting elective surgery at the Veterans Affairs Medical Center in White River Jct., VT."
AL_INT = "The patients were randomly assigned to one of two groups: the control group (n = 32) received conventional therapy with a normal targeted value of oxygen delivery, and the treatment group (n = 31) received therapy with a targeted oxygen delivery index (DO2I) value of > 600 mL/min/m2."
AL_CONC = "Treatment aimed at maximizing oxygen delivery in patients with severe sepsis or septic shock does not reduce mortality or morbidity."
PI_METH = "For this multicentre, randomised, placebo-controlled trial, we recruited adults (aged 18-65 years) undergoing expectant management for a single ureteric stone identified by CT at 24 UK hospitals."
PI_INTERP = "Tamsulosin 400 μg and nifedipine 30 mg are not effective at decreasing the need for further treatment to achieve stone clearance in 4 weeks for patients with expectantly managed ureteric colic."

CLAIMS = [
 # Rempel 1999 (position 55)
 C("re-n1", RE, "none",
   "In a small randomised trial, Rempel et al. (1999) matched twenty computer users with hand paresthesias and assigned them to one of two conventionally laid-out keyboards that differed only in keyswitch design.",
   RE_20, truth_alt=["The keyboards were of conventional layout and differed in keyswitch design."]),
 C("re-num", RE, "number",
   "Rempel and colleagues (1999) randomised 40 computer users with tingling hands between two keyboards and found that one design eased hand pain.",
   RE_20, wrong="40 computer users"),
 C("re-dur", RE, "duration",
   "Over a six-week trial, users of keyboard A reported less hand pain and a better Phalen test than users of keyboard B (Rempel et al., 1999).",
   RE_CONC, wrong="a six-week trial", truth_alt=["Various outcome measures were assessed during the 12 weeks of use."]),
 C("re-dir", RE, "direction",
   "In Rempel et al.'s (1999) trial, keyboard A was associated with a worsening of Phalen test times compared with keyboard B, although median nerve latency did not change.",
   RE_RES, wrong="a worsening of Phalen test times", truth_alt=[RE_CONC]),
 # Tibone 1978 (position 56)
 C("ti-n1", TI, "none",
   "Tibone and colleagues (1978) followed 20 spinal cord-injured patients with ossification around the hip for at least eighteen months - forty months on average.",
   "Twenty patients with spinal cord injury complicated by ossification around the hip were followed for eighteen months or more.",
   truth_alt=["The average follow-up was forty months."]),
 C("ti-n2", TI, "none",
   "Plain radiographs were of no use in judging whether the heterotopic bone had matured, whereas bone scans agreed well with alkaline phosphatase results (Tibone et al., 1978).",
   "The roentgenograms were of no value in judging its maturity.",
   truth_alt=["The bone scan correlated well with the results of the alkaline phosphatase testing in judging maturity of the ossification."]),
 C("ti-dur", TI, "duration",
   "A 1978 study by Tibone et al. found that heterotopic ossification around the hip after spinal cord injury usually matures within six months.",
   "The heterotopic ossification usually did not mature until after one and one-half years.",
   wrong="within six months"),
 C("ti-over", TI, "overreach",
   "Tibone and colleagues' (1978) follow-up showed that a normal alkaline phosphatase level alone is enough to clear a patient for resection of the ectopic bone.",
   "We concluded that before operative resection, a patient should have a normal level of alkaline phosphatase, decreasing activity on the bone scans, and a restriction of motion to less than 50 degrees of hip flexion.",
   wrong="a normal alkaline phosphatase level alone is enough"),
 # Rantanen 1999 (position 57)
 C("ra-n1", RA, "none",
   "In the Honolulu Heart Program, men with the weakest grip in midlife were far more likely to walk slowly 25 years on (OR 2.87 for the lowest vs the highest third; Rantanen et al., 1999).",
   "The odds ratio (OR) of walking speed of 0.4 m/s or slower was 2.87 (95% confidence interval [CI], 1.76-4.67) in those in the lowest third and 1.79 (95% CI, 1.14-2.81) in the middle third of grip strength vs those in the highest third."),
 C("ra-pop", RA, "population",
   "Rantanen and colleagues (1999) showed that hand grip strength measured in healthy middle-aged Japanese-American women predicted functional limitations and disability a quarter of a century later.",
   RA_CONC, wrong="Japanese-American women",
   truth_alt=["To determine whether hand grip strength measured during midlife predicts old age functional limitations and disability in initially healthy men.", RA_DES]),
 C("ra-des", RA, "design",
   "A 1999 study by Rantanen et al., using cross-sectional data from the Honolulu Heart Program, linked weaker grip to more disability in old age.",
   RA_DES, wrong="cross-sectional data"),
 C("ra-num", RA, "number",
   "Men in the bottom grip-strength tertile had more than four times the risk of self-care disability of those in the top tertile (Rantanen et al., 1999).",
   "The risk of self-care disability was more than 2 times greater in the lowest vs the highest grip strength tertile.",
   wrong="more than four times"),
 # Flacker 1999 (position 58)
 C("fl-n1", FL, "none",
   "Among 22 febrile nursing home residents, Flacker and Lipsitz (1999) found delirium in eight (36%) while they were ill; a month later it had cleared in all but one.",
   "Delirium was present during illness in 8 of 22 subjects (36%), and had resolved by 1-month follow-up in all but one resident."),
 C("fl-n2", FL, "none",
   "The rise in serum anticholinergic activity during febrile illness was not confined to residents with delirium and did not seem to reflect changes in medication (Flacker & Lipsitz, 1999).",
   "This effect does not seem to be specific to those residents with delirium, nor does it seem related to medication changes.",
   truth_alt=["Medication changes did not seem to be related to changes in serum anticholinergic activity."]),
 C("fl-dir", FL, "direction",
   "Flacker and Lipsitz (1999) reported that serum anticholinergic activity in older residents was lower during an acute febrile illness than after recovery.",
   "In older nursing home residents with a fever, serum anticholinergic activity appears to be elevated during illness, and declines following recovery from illness.",
   wrong="lower during an acute febrile illness than after recovery"),
 C("fl-pop", FL, "population",
   "In serial measurements in elderly hospital inpatients admitted with fever, anticholinergic activity rose during the illness whether or not the patient was delirious (Flacker and Lipsitz, 1999).",
   FL_METH, wrong="elderly hospital inpatients admitted with fever"),
 # Dennis 1999 (position 59)
 C("de-n1", DE, "none",
   "Dennis and colleagues (1999) randomly assigned 39 overweight men aboard the USS Enterprise, all of whom had failed their physical readiness test, to a nutrition, cognitive-behavioural and exercise programme or to the Navy's usual care.",
   DE_METH),
 C("de-comp", DE, "comparator",
   "Compared with men given no weight-loss support at all, those in the shipboard programme lost more weight, 8.6 vs 5.0 kg (Dennis et al., 1999).",
   DE_METH, wrong="men given no weight-loss support at all"),
 C("de-dur", DE, "duration",
   "Dennis et al.'s (1999) weight-control programme, delivered during a year-long Mediterranean deployment, also brought triglycerides down from 145 to 109 mg/dL.",
   DE_METH, wrong="a year-long Mediterranean deployment"),
 C("de-pop", DE, "population",
   "In a trial among 39 overweight female sailors on a deployed carrier, the treated group lost more body fat (7% vs 5%) and improved on depression and eating behaviour (Dennis and colleagues, 1999).",
   DE_METH, wrong="female sailors"),
 # Leffler 1999 (position 60)
 C("le-n1", LE, "none",
   "In 34 men from the Navy's diving and special-warfare community, the glucosamine-chondroitin-manganese ascorbate combination relieved knee osteoarthritis symptoms, with clinic pain scores falling by roughly 27% (Leffler et al., 1999).",
   "Knee osteoarthritis symptoms were relieved as demonstrated by the summary disease score (-16.3%; p = 0.05), patient assessment of treatment effect (p = 0.02), visual analog scale for pain recorded at clinic visits (-26.6%; p = 0.05) and in a diary (-28.6%; p = 0.02), and physical examination score (-43.3%; p = 0.01).",
   truth_alt=["Thirty-four males from the U.S. Navy diving and special warfare community with chronic pain and radiographic DJD of the knee or low back were randomized."]),
 C("le-des", LE, "design",
   "In an open-label pilot, Leffler and colleagues (1999) gave glucosamine, chondroitin and manganese ascorbate to Navy men with degenerative joint disease of the knee or lower back.",
   LE_OBJ, wrong="open-label pilot"),
 C("le-dur", LE, "duration",
   "Over an 8-week crossover, the supplement combination eased knee symptoms without any haematological effects (Leffler and colleagues, 1999).",
   LE_OBJ, wrong="an 8-week crossover"),
 C("le-over", LE, "overreach",
   "Leffler et al.'s (1999) combination therapy relieved the symptoms of both knee osteoarthritis and degenerative disease of the lower back.",
   "The study neither demonstrated, nor excluded, a benefit for spinal DJD.",
   wrong="both knee osteoarthritis and degenerative disease of the lower back", accept=["overreach", "population"],
   truth_alt=["A larger data set is needed to determine the value of this therapy for spinal DJD."]),
 # Gaede 1999 (position 61)
 C("ga-n1", GA, "none",
   "Gaede and colleagues (1999) randomised 160 patients with type 2 diabetes and microalbuminuria, 80 per arm, to standard or stepwise intensive risk-factor treatment in an open, parallel trial.",
   "In this open, parallel trial patients were allocated standard treatment (n=80) or intensive treatment (n=80)."),
 C("ga-n2", GA, "none",
   "Over a mean follow-up of 3.8 years, intensified multifactorial treatment slowed progression to nephropathy as well as progression of retinopathy and autonomic neuropathy (Gaede et al., 1999).",
   "Intensified multifactorial intervention in patients with type 2 diabetes and microalbuminuria slows progression to nephropathy, and progression of retinopathy and autonomic neuropathy.",
   truth_alt=["The mean age was 55.1 years (SD 7.2) and patients were followed up for 3.8 years (0.3).", GA_FIND]),
 C("ga-num", GA, "number",
   "In the Steno type 2 study, intensive treatment reduced the odds of progressing to nephropathy (OR 0.72) relative to standard care (Gaede et al., 1999).",
   GA_FIND, wrong="OR 0.72"),
 C("ga-comp", GA, "comparator",
   "Compared with placebo, the intensified intervention more than halved the odds of retinopathy progression in microalbuminuric type 2 diabetes (Gaede and colleagues, 1999).",
   "Standard treatment followed Danish guidelines.",
   wrong="Compared with placebo", truth_alt=[GA_FIND]),
 # Keller 1999 (position 62)
 C("ke-n1", KE, "none",
   "Keller and Galanter (1999) trained counsellors at a community outpatient addictions centre in Network Therapy, which enlists peer and family support, through a seminar, role-play, videotaped examples and clinical supervision.",
   "Training methods included a didactic seminar, role-playing, use of videotaped illustrations, and clinical supervision, and are described in detail.",
   truth_alt=["This paper describes a technology transfer initiative in which Network Therapy (NT), a substance abuse treatment that utilizes peer and family support, was disseminated to a cohort of addictions counselors located in an outpatient community-based addictions treatment center."]),
 C("ke-des", KE, "design",
   "In a randomised comparison, cocaine users treated with Network Therapy gave fewer positive urine samples than those receiving treatment as usual (Keller & Galanter, 1999).",
   KE_CHART, wrong="In a randomised comparison"),
 C("ke-num", KE, "number",
   "Only 10 cocaine-abusing patients received Network Therapy, and they were set against a chart-review cohort of 40 treated as usual (Keller and Galanter, 1999).",
   KE_CHART, wrong="cohort of 40"),
 C("ke-dir", KE, "direction",
   "In Keller and Galanter's (1999) study, patients given Network Therapy had more positive urinalyses than those treated as usual, although retention was similar.",
   "However, NT patients had significantly less positive urinalyses than TAU patients, though they were not significantly different in terms of treatment retention.",
   wrong="more positive urinalyses"),
 # Finlayson 1999 (position 63)
 C("fi-n1", FI, "none",
   "When the local and regional hospitals carried the same 3% operative mortality, every one of the 100 patients surveyed preferred surgery close to home (Finlayson et al., 1999).",
   "All patients preferred local surgery if the operative mortality risk at the local hospital were the same as the regional hospital (3%)."),
 C("fi-n2", FI, "none",
   "Finlayson and colleagues (1999) argue that policymakers weighing the regionalisation of major surgery should take patient preferences into account, since many patients would accept a higher operative risk to stay local.",
   "Therefore, policy makers should consider patient preferences when assessing the expected value of regionalizing major surgery.",
   truth_alt=["Many patients prefer to undergo surgery locally even when travel to a regional center would result in lower operative mortality risk."]),
 C("fi-num", FI, "number",
   "Even if local operative mortality were doubled to 6%, 65 of 100 patients would still choose the local hospital (Finlayson et al., 1999).",
   "If local operative mortality risk were 6%, which is twice the regional risk, 45 of 100 patients would still prefer local surgery.",
   wrong="65 of 100"),
 C("fi-pop", FI, "population",
   "Surveying 100 patients with resectable pancreatic cancer, Finlayson and colleagues (1999) found that nearly a quarter would accept a 12% local operative risk rather than travel.",
   FI_SUBJ, wrong="100 patients with resectable pancreatic cancer",
   truth_alt=["Using a scenario of potentially resectable pancreatic cancer and a modification of the standard gamble utility assessment technique, we determined the level of additional operative mortality risk patients would accept to undergo surgery at a local rather than at a distant regional hospital in which operative mortality was assumed to be 3%."]),
 # Alía 1999 (position 64)
 C("al-n1", AL, "none",
   "Alía et al. (1999) randomised 63 ICU patients with severe sepsis or septic shock to conventional therapy or to a targeted oxygen delivery index above 600 mL/min/m2.",
   "Sixty-three patients classified according to predetermined criteria as having severe sepsis or septic shock.",
   truth_alt=[AL_INT]),
 C("al-dir", AL, "direction",
   "Pushing oxygen delivery to supranormal targets lowered ICU mortality in severe sepsis (Alía and colleagues, 1999).",
   "The rate of mortality in the control group patients up to the time of ICU discharge (66%) was similar to that seen in the treatment group (74%), respectively: 21 of 32 vs 23 of 31 (p = 0.46).",
   wrong="lowered ICU mortality", truth_alt=[AL_CONC]),
 C("al-comp", AL, "comparator",
   "Compared with patients given a placebo infusion, those managed to a high oxygen-delivery target had a higher cardiac index, 3.96 vs 3.05 L/min/m2 (Alía et al., 1999).",
   AL_INT, wrong="patients given a placebo infusion"),
 C("al-over", AL, "overreach",
   "On the strength of their trial, Alía and colleagues (1999) concluded that maximising oxygen delivery does not reduce mortality in critically ill patients in general.",
   AL_CONC, wrong="critically ill patients in general", accept=["overreach", "population"]),
 # Tarrier 1999 (position 65)
 C("ta-n1", TA, "none",
   "Tarrier et al. (1999) randomly allocated 72 patients with chronic PTSD who still met caseness after a four-week symptom-monitoring baseline to imaginal exposure or cognitive therapy.",
   "Patients who continued to meet PTSD caseness at the end of a 4-week symptom-monitoring baseline period (n = 72) were randomly allocated to either IE or CT."),
 C("ta-n2", TA, "none",
   "Both treatments improved every measure over therapy and at follow-up, with no significant difference between them at any assessment (Tarrier and colleagues, 1999).",
   "There was a significant improvement in all measures over treatment and at follow-up, although there were no significant differences between the 2 treatments at any assessment."),
 C("ta-comp", TA, "comparator",
   "For chronic PTSD, cognitive therapy did no better than supportive counselling in a randomised trial (Tarrier et al., 1999).",
   "A randomized trial was performed in which imaginal exposure (IE) and cognitive therapy (CT) were compared in the treatment of chronic posttraumatic stress disorder (PTSD).",
   wrong="supportive counselling"),
 C("ta-dir", TA, "direction",
   "Patients who got worse during treatment were significantly more often in the cognitive therapy arm than in the exposure arm (Tarrier and colleagues, 1999).",
   "A significantly greater number of patients who showed worsening over treatment received IE, although this effect was not found at follow-up.",
   wrong="more often in the cognitive therapy arm than in the exposure arm", accept=["direction", "comparator"]),
 # Pickard 2015 (position 66)
 C("pi-n1", PI, "none",
   "Across 24 UK hospitals, Pickard et al. (2015) found that about 80% of adults with a single ureteric stone needed no further intervention within four weeks, whether they took tamsulosin, nifedipine or placebo.",
   "303 (80%) of 379 participants in the placebo group did not need further intervention by 4 weeks, compared with 307 (81%) of 378 in the tamsulosin group (adjusted risk difference 1·3% [95% CI -5·7 to 8·3]; p=0·73) and 304 (80%) of 379 in the nifedipine group (0·5% [-5·6 to 6·5]; p=0·88).",
   truth_alt=[PI_METH]),
 C("pi-pop", PI, "population",
   "Pickard and colleagues (2015) enrolled adults aged 18 to 80 years who were being managed expectantly for a single ureteric stone seen on CT.",
   PI_METH, wrong="aged 18 to 80 years"),
 C("pi-des", PI, "design",
   "In a large open-label trial across UK hospitals, neither tamsulosin 400 μg nor nifedipine 30 mg reduced the need for further treatment to clear a ureteric stone (Pickard et al., 2015).",
   "Participants, clinicians, and trial personnel were masked to treatment assignment.",
   wrong="open-label"),
 C("pi-over", PI, "overreach",
   "Pickard et al.'s (2015) results show that medical expulsive therapy has no role for any patient with urinary stones.",
   PI_INTERP, wrong="has no role for any patient with urinary stones", accept=["overreach", "population"]),
]

Path(__file__).with_name("claims.json").write_text(json.dumps(CLAIMS, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(len(CLAIMS), "claims")
