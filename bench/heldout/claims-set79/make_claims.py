"""Writes claims.json (set 79). Hand-written claims; truth sentences copied verbatim from the abstracts (pool 14).
The C() helper and the field layout are those of set 55's make_claims.py (its first 30 lines only were read)."""
import json
from pathlib import Path

def C(id, key, kind, claim, truth, wrong=None, truth_alt=None, accept=None):
    d = {"id": id, "key": key, "kind": kind, "claim": claim, "truth": truth}
    if truth_alt: d["truth_alt"] = truth_alt
    if wrong: d["wrong"] = wrong
    if accept: d["accept"] = accept
    return d

FR, CP, LA, SC, GO = "freedom1977angiocardiography", "chappell1979implications", "laditan1977measurements", "schoenemann1978identification", "goldmann1977cephalothin"
WI, GA, TE, SH, JO = "wiederholt1979effect", "gay1977long", "tets1977clinico", "sheikh1979repeatability", "johnson1978simple"
NE, SA, WH, KA, LE = "nesmeianova1979characteristics", "sacca1978hyperglycemia", "whitmore1977comparative", "karnegis1979risk", "lesser1979body"

FR_99 = "Subaortic obstruction in infancy is not uncommon, occurring in 99 of 1,362 necropsied infants with congenital heart disease."
FR_70 = "Nearly 70% of the patients with subaortic stenosis had obstructive anomalies of the aortic arch."
CP_457 = "Rubella history and antibody titre were determined for 457 medical, graduate, and physician assistant students."
CP_18 = "Eighteen per cent were estimated at risk for rubella."
CP_HIST = "History was not helpful in assessing immune status."
CP_HALF = "Approximately one-half of persons with low antibody titres had considered themselves immune, while one-half with moderate to high antibody titres had considered themselves at risk."
CP_MASS = "Mass inoculation of school age males and prepubertal school age females without prior determination of rubella antibody titres is suggested as a cost-effective means of decreasing incidence of congenital rubella syndrome."
LA_15 = "Measurements of the mid-upper arm circumference and the triceps skin-fold thickness were made at six montly intervals in 15 malnourished children."
LA_12 = "Over a 12 month period, both measurements increased among the overtly malnourished children."
LA_FAT = "The fat increased most in the children who were initially underweight (marasmic children)."
LA_OJE = "The Oje group of children deteriorated in all the parameters without any evidence of acute illness."
SC_74 = "In three test-series the IF-test was performed on 74 strains of C. diphtheriae which had been isolated in a small case of epidemic in Gelsenkirchen, on 4 strains of diphtheroids and on some strains to be found in the nasopharynx."
SC_DIFF = "The diphtheroids and the other strains tested could be clearly differentiated from C. diphtheriae as a consequence of absent fluorescence of the cell wall."
SC_TELL = "Because of morphological changes effected by potassium tellurite on C. diphtheriae smears made from tellurite media proved themselves to be inappropriate for the IF-test."
SC_SWAB = "Swabs from carriers of bacilli were not available for our IF-test."
GO_DES = "A prospective, double-blind study comparing a 6 day with a 2 day regimen of cephalothin prophylaxis was conducted among 200 patients undergoing prosthetic valve replacement."
GO_FU = "No cases of endocarditis occurred during the 2 month follow-up."
GO_SERA = "Three of 11 patients with no detectable cephalothin in their sera at the close of operation developed staphylococcal wound infections, compared with 2 of 175 patients whose sera contained cephalothin at the close of surgery (p = 0.002, Fisher's exact test)."
WI_IN = "Isolated human and rabbit corneas were incubated in glutathione bicarbonate Ringer solution (GBR), balanced salt solution (BSS), or 0.9% NaCl solution."
WI_SW = "The swelling rate of human corneas was 25.5 micron/hr in GBR and significantly increased to 32.7 in BSS and 66.1 in NaCl."
WI_EP = "The epithelial intracellular potential of human cornea was constant at about 60 mV up to 5 hr of incubation in GBR and decreased continuously to 40 mV in BSS and NaCl."
GA_80 = "Eighty patients undergoing one or several aorto-coronary bypass graft procedures had longterm clinical and arteriographic follow-up (mean follow-up period of two years, extremes 1 and 6 years)."
GA_RES = "The longterm clinical results were excellent in 65% of cases, and fair in 26%; the procedure failed in 9% of cases."
GA_96 = "Angina pectoris either disappeared or improved in 96% of cases."
GA_MI = "After operation, myocardial infarctions occurred in 11 cases (14%), 7 of which were early and 4 late with a delay of 1 to 4 years."
TE_346 = "The author studied 346 patients with different forms of epilepsy among whom 200 were subjected to different operations in relation to an extraction of the epileptogenic foci."
TE_146 = "In 146 nonoperated patients the author describes some traits of epilepsy in bilateral lesions of the temporal and parietal lobes."
TE_MENT = "It is considered that the most significant conclusion concerning the localization, subordination and lateralization of epileptogenic foci may be made on the basis of a manifold examination of the mental state of the patient."
SH_17 = "In order to measure disability in a randomised controlled trial of different intensities of rehabilitation following stroke, a modification of existing methods has been developed; it makes use of 17 items of activities of daily living (ADL) which are rated on a three-point scale, and it has been subjected to tests of repeatability and validity."
SH_78 = "There was no significant inter-observer variability; the assessors disagreed on 78 (3.7%) out of a total of 2,125 paired observations."
SH_SELF = "There was, however, considerable discrepancy between the hospital scores and those derived from the patients' own estimates of their activities at home, the latter falling below actual capabilities as indicated by the hospital scores."
JO_VOL = "The volume of the anterior chamber measured in 78 eyes of 39 normal subjects (mean age, 28 years; range, 19 to 56 years) was found to be 209 +/- 37 microliter (mean +/- SD)."
JO_SD = "Using this method, the standard deviation of individual measurements of volume on different occasions in a given eye was 8 microliter."
JO_AGE = "We observed a small negative correlation between the age of the subject and the volume of the anterior chamber."
NE_GRP = "Clonus was observed in 10 patients (the first group), and absent in 12 (the second group)."
NE_CTRL = "Ten normal persons served as controls."
NE_THR = "The threshold speed proved to be statistically significantly increased in the second group as compared with the normal; in the first group it was about the normal."
NE_CONC = "The data obtained showed that in patients with clonus the state of the spinal cord reflex apparatus was more normalized and the clinical condition was better than in those without clonus."
SA_DES = "To evaluate the influence of hyperglycemia on hepatic glucose output in the absence of a rise in insulin, glucose was infused for 2 hours into six juvenile-onset diabetics receiving a constant infusion of insulin at a rate of 0.05-0.15 microM kg-1min-1."
SA_FALL = "The addition of glucose produced a 2-3 fold rise in plasma glucose and a prompt fall in glucose output to 0.2-0.4 mg kg-1min-1, despite the unchanged rate of insulin infusion and the absence of a reduction in plasma glucagon or catecholamines."
SA_GCG = "A similar decline in glucose output was observed when exogenous glucagon (1 ng kg-1-min-1) was added to the glucose infusion."
SA_CONC = "We conclude that in the presence of basal insulin levels hyperglycemia inhibits glucose output independent of a rise in insulin or a fall in anti-insulin hormones."
WH_205 = "This report surveys the results of two programs of preoperative irradiation with radical cystectomy for bladder cancer in 205 patients."
WH_G = "Irradiating the true pelvis to 4000 rads in 4 weeks with radical cystectomy after 6 weeks was implemented in 119 patients (Group 1) from 1959 to 1965; 2000 rads given in 1 week to the true pelvis and radical cystectomy within the following week was implemented in 86 patients (Group 2) from 1966 to 1970."
WH_SURV = "Determinate survival without evidence of recurrence at 5 years was 43% in Group 1 and 42% in Group 2."
WH_COMP = "Pelvic complications occurred in 13% of group 1 and 9% of group 2."
KA_PROS = "This report details a prospective study of the risk of diagnostic cardiac catheterization performed in a private, community hospital."
KA_745 = "Over the first 131 months of operation of our laboratory, 745 adult patients underwent diagnostic cardiac catheterization consisting of 2,676 various catheterization procedures."
KA_08 = "The risk to the patient of having a major complication associated with a cardiac catheterization in our series was 0.8 per cent."
KA_DEATH = "There were no deaths during catheterization and none later which were attributable to it."
LE_45 = "Forty-five healthy men and women aged 16-39 and 59-89 yr were studied for total body water (TBW) and extracellular water (ECW); intracellular water (ICW) was calculated as the difference (ICW = TBW - ECW)."
LE_TBW = "TBW/FFB remained constant to our oldest measured subjects (704 +/- 7 ml/kg)."
LE_ECW = "With age ECW increased slightly and its proportion within the fat-free body (ECW/FFB) was significantly higher."
LE_CONC = "The stability of ICW volume and of fat-free mass in aging man does not support the hypothesis that cellular mass is lost by healthy mammals with age."

claims = [
    # Freedom 1977: subaortic obstruction in infancy
    C("fr-n1", FR, "none", "Freedom et al. (1977) noted that subaortic obstruction is not rare in infancy: it was present in 99 of 1,362 infants with congenital heart disease examined at autopsy.", FR_99),
    C("fr-n2", FR, "none", "In infants with subaortic stenosis, an associated obstruction of the aortic arch was the rule rather than the exception, seen in close to seven out of ten (Freedom et al., 1977).", FR_70),
    C("fr-num", FR, "number", "Freedom and colleagues (1977) found subaortic obstruction in 199 of 1,362 infants with congenital heart disease at necropsy.", FR_99, wrong="199 of 1,362"),
    C("fr-pop", FR, "population", "Freedom et al.'s (1977) study found that nearly 70% of adults with subaortic stenosis also had obstruction of the aortic arch.", FR_99, wrong="adults", truth_alt=[FR_70]),
    # Chappell and Taylor 1979: rubella susceptibility in health-profession students
    C("cp-n1", CP, "none", "Chappell and Taylor (1979) found that a person's own rubella history was no guide to immunity: about half of the students with low antibody titres believed they were immune.", CP_HIST, truth_alt=[CP_HALF]),
    C("cp-num", CP, "number", "In Chappell and Taylor's (1979) survey of 457 health-profession students, 8% were judged susceptible to rubella.", CP_18, wrong="8%"),
    C("cp-pop", CP, "population", "Chappell and Taylor (1979) checked rubella history and antibody titres in 457 nursing students and estimated that almost a fifth were susceptible.", CP_457, wrong="nursing students"),
    C("cp-over", CP, "overreach", "Chappell and Taylor (1979) showed that vaccinating all schoolboys and prepubertal schoolgirls without first testing their antibody titres would eliminate congenital rubella syndrome.", CP_MASS, wrong="would eliminate congenital rubella syndrome"),
    # Laditan and Ayeni 1977: anthropometry in malnourished children
    C("la-n1", LA, "none", "Over a year of follow-up, Laditan and Ayeni (1977) saw arm muscle and fat measures rise in overtly malnourished children, with the largest fat gains in those who started out underweight (marasmic).", LA_12, truth_alt=[LA_FAT]),
    C("la-dur", LA, "duration", "Laditan and Ayeni (1977) reported that muscle and fat bulk both increased over 12 weeks in overtly malnourished children.", LA_12, wrong="over 12 weeks", accept=["duration", "number"]),
    C("la-num", LA, "number", "Arm circumference and triceps skinfold were measured every six months in 50 malnourished children (Laditan & Ayeni, 1977).", LA_15, wrong="50 malnourished children"),
    C("la-dir", LA, "direction", "Laditan and Ayeni (1977) noted that the children of the Oje group improved on all measures, with no sign of acute illness.", LA_OJE, wrong="improved on all measures"),
    # Schoenemann 1978: immunofluorescence for C. diphtheriae (German, English abstract)
    C("sc-n1", SC, "none", "Schoenemann (1978) reported that immunofluorescence told Corynebacterium diphtheriae apart from diphtheroids, whose cell walls did not fluoresce.", SC_DIFF),
    C("sc-num", SC, "number", "Schoenemann (1978) tested immunofluorescence on 47 strains of C. diphtheriae isolated during a small outbreak in Gelsenkirchen.", SC_74, wrong="47 strains"),
    C("sc-dir", SC, "direction", "According to Schoenemann (1978), smears taken from tellurite media were especially well suited to the immunofluorescence test.", SC_TELL, wrong="especially well suited"),
    C("sc-over", SC, "overreach", "Schoenemann (1978) showed that immunofluorescence reliably identifies diphtheria bacilli directly in carriers' throat swabs within a few hours.", SC_SWAB, wrong="reliably identifies diphtheria bacilli directly in carriers' throat swabs"),
    # Goldmann 1977: cephalothin prophylaxis, 2 vs 6 days, valve surgery
    C("go-n1", GO, "none", "Goldmann et al. (1977) found that patients with no detectable cephalothin in their blood at the end of valve surgery were far more likely to develop a staphylococcal wound infection (3 of 11 vs 2 of 175).", GO_SERA),
    C("go-des", GO, "design", "In a retrospective review of 200 prosthetic valve replacements, Goldmann and colleagues (1977) compared two-day and six-day courses of cephalothin prophylaxis.", GO_DES, wrong="retrospective review"),
    C("go-dur", GO, "duration", "No patient developed endocarditis during the two years of follow-up in Goldmann et al.'s (1977) cephalothin trial.", GO_FU, wrong="two years of follow-up", accept=["duration", "number"]),
    C("go-comp", GO, "comparator", "Goldmann et al. (1977) compared a two-day course of cephalothin with placebo in prosthetic valve surgery and concluded that longer prophylaxis is not justified.", GO_DES, wrong="with placebo"),
    # Wiederholt and Koch 1979: irrigating solutions and isolated corneas
    C("wi-n1", WI, "none", "Wiederholt and Koch (1979) found that isolated human corneas swelled fastest in 0.9% saline (66.1 micron/hr), more slowly in balanced salt solution and most slowly in glutathione bicarbonate Ringer.", WI_SW),
    C("wi-n2", WI, "none", "In isolated human corneas, the epithelial membrane potential held at about 60 mV for up to five hours in glutathione bicarbonate Ringer but fell steadily to 40 mV in BSS or saline (Wiederholt & Koch, 1979).", WI_EP),
    C("wi-dir", WI, "direction", "Wiederholt and Koch (1979) reported that human corneas swelled more slowly in balanced salt solution than in glutathione bicarbonate Ringer.", WI_SW, wrong="more slowly"),
    C("wi-comp", WI, "comparator", "Wiederholt and Koch's (1979) comparison of glutathione bicarbonate Ringer with lactated Ringer's solution on isolated corneas favoured GBR as an intraocular irrigating fluid.", WI_IN, wrong="lactated Ringer's solution"),
    # Gay 1977: long-term results of aortocoronary bypass (French, English abstract)
    C("ga-n1", GA, "none", "Gay et al. (1977) followed 80 patients for a mean of two years after aortocoronary bypass; clinical results were excellent in 65% and the operation failed in 9%.", GA_80, truth_alt=[GA_RES]),
    C("ga-n2", GA, "none", "After bypass surgery, angina went away or improved in 96% of patients, and 11 (14%) had a myocardial infarction after the operation (Gay et al., 1977).", GA_96, truth_alt=[GA_MI]),
    C("ga-dur", GA, "duration", "Gay and colleagues (1977) reported the outcomes of aortocoronary bypass in 80 patients after a mean follow-up of six years.", GA_80, wrong="a mean follow-up of six years", accept=["duration", "number"]),
    C("ga-over", GA, "overreach", "Gay et al.'s (1977) series showed that aortocoronary bypass abolished angina in every patient.", GA_96, wrong="abolished angina in every patient"),
    # Tets 1977: psychopathology of focal cortical epilepsy (Russian, English abstract)
    C("te-n1", TE, "none", "Tets (1977) described the psychopathology of focal cortical epilepsy in 346 patients, 200 of whom had undergone surgery to remove the epileptogenic focus.", TE_346),
    C("te-num", TE, "number", "Tets (1977) studied 346 patients with epilepsy, of whom 300 had operations to remove the epileptic focus.", TE_346, wrong="300"),
    C("te-des", TE, "design", "Tets (1977) randomly assigned patients with focal cortical epilepsy to surgery or no operation and compared their psychopathological features.", TE_346, wrong="randomly assigned", truth_alt=[TE_146]),
    C("te-over", TE, "overreach", "Tets (1977) proved that examining the patient's mental state alone is enough to pinpoint the epileptogenic focus.", TE_MENT, wrong="proved that examining the patient's mental state alone is enough"),
    # Sheikh 1979: a modified ADL index
    C("sh-n1", SH, "none", "Sheikh et al. (1979) found little disagreement between assessors using their 17-item ADL index: they differed on only 3.7% of 2,125 paired ratings.", SH_78),
    C("sh-dir", SH, "direction", "Sheikh and colleagues (1979) observed that stroke patients' own reports of what they could do at home overstated the abilities shown in hospital assessments.", SH_SELF, wrong="overstated"),
    C("sh-num", SH, "number", "Sheikh et al. (1979) reported that two assessors scoring the same patients disagreed on 14.4% of 2,125 paired observations.", SH_78, wrong="14.4%"),
    C("sh-des", SH, "design", "Sheikh et al.'s (1979) ADL index was developed to measure disability in an observational cohort of stroke survivors.", SH_17, wrong="an observational cohort"),
    # Johnson 1978: photogrammetric anterior chamber volume
    C("jo-n1", JO, "none", "Using slit-lamp photographs, Johnson et al. (1978) measured an average anterior chamber volume of about 209 microlitres in 78 eyes of 39 healthy people.", JO_VOL),
    C("jo-n2", JO, "none", "Repeat measurements of the same eye with Johnson and colleagues' (1978) photographic method varied with a standard deviation of 8 microlitres, and chamber volume fell slightly with age.", JO_SD, truth_alt=[JO_AGE]),
    C("jo-dir", JO, "direction", "Johnson et al. (1978) found that anterior chamber volume increased slightly with age.", JO_AGE, wrong="increased slightly with age"),
    C("jo-pop", JO, "population", "Johnson et al.'s (1978) photographic method gave an anterior chamber volume of 209 +/- 37 microlitres in 39 patients with glaucoma.", JO_VOL, wrong="patients with glaucoma"),
    # Nesmeianova 1979: stretch reflex in spinal cord injury (Russian, English abstract)
    C("ne-n1", NE, "none", "Nesmeianova (1979) found that spinal cord injury patients with clonus had a more nearly normal spinal reflex apparatus and were in better clinical condition than those without clonus.", NE_CONC),
    C("ne-n2", NE, "none", "In Nesmeianova's (1979) study of soleus responses to passive foot flexion, the threshold speed was significantly raised in the 12 patients without clonus but about normal in the 10 with clonus.", NE_THR, truth_alt=[NE_GRP]),
    C("ne-dir", NE, "direction", "Nesmeianova (1979) reported that spinal cord injury patients with clonus were in worse clinical condition than those without it.", NE_CONC, wrong="worse clinical condition"),
    C("ne-comp", NE, "comparator", "Nesmeianova (1979) compared the soleus stretch response of spinal patients with and without clonus against a control group of patients with multiple sclerosis.", NE_CTRL, wrong="patients with multiple sclerosis", accept=["comparator", "population"]),
    # Sacca 1978: hyperglycaemia and glucose output
    C("sa-n1", SA, "none", "Sacca et al. (1978) showed that raising blood glucose promptly suppressed glucose output in juvenile-onset diabetics kept on a constant insulin infusion, although glucagon and catecholamines did not fall.", SA_FALL, truth_alt=[SA_CONC]),
    C("sa-pop", SA, "population", "Sacca and colleagues (1978) infused glucose for two hours into six healthy volunteers on a constant insulin infusion and saw glucose output fall promptly.", SA_DES, wrong="six healthy volunteers"),
    C("sa-dur", SA, "duration", "In Sacca et al.'s (1978) experiments, glucose was infused for 24 hours into juvenile-onset diabetics receiving a fixed insulin infusion.", SA_DES, wrong="for 24 hours", accept=["duration", "number"]),
    C("sa-comp", SA, "comparator", "Sacca et al. (1978) found that glucose output fell just as much when somatostatin was added to the glucose infusion.", SA_GCG, wrong="somatostatin"),
    # Whitmore 1977: two preoperative radiation regimens with cystectomy
    C("wh-n1", WH, "none", "Whitmore et al. (1977) found similar five-year recurrence-free survival after radical cystectomy whether patients had first received 4000 rads over four weeks or 2000 rads over one week (43% vs 42%).", WH_SURV, truth_alt=[WH_G]),
    C("wh-n2", WH, "none", "Pelvic complications were somewhat less frequent with the short 2000-rad course than with the 4000-rad course given before cystectomy (Whitmore et al., 1977).", WH_COMP),
    C("wh-des", WH, "design", "In a randomised trial of 205 bladder cancer patients, Whitmore et al. (1977) compared two preoperative radiation schedules before radical cystectomy.", WH_G, wrong="In a randomised trial", truth_alt=[WH_205]),
    C("wh-comp", WH, "comparator", "Whitmore and colleagues (1977) compared preoperative irradiation followed by cystectomy with cystectomy alone and found no difference in survival.", WH_G, wrong="with cystectomy alone"),
    # Karnegis and Heinz 1979: risk of diagnostic cardiac catheterization
    C("ka-n1", KA, "none", "In Karnegis and Heinz's (1979) prospective community-hospital series, 0.8% of patients had a major complication of diagnostic cardiac catheterization and no deaths were attributable to the procedure.", KA_08, truth_alt=[KA_PROS, KA_DEATH]),
    C("ka-dur", KA, "duration", "Karnegis and Heinz (1979) followed 745 adults who underwent diagnostic cardiac catheterization over the laboratory's first 131 weeks.", KA_745, wrong="131 weeks", accept=["duration", "number"]),
    C("ka-des", KA, "design", "A retrospective chart review by Karnegis and Heinz (1979) put the risk of a major complication from diagnostic catheterization at 0.8% per patient.", KA_PROS, wrong="A retrospective chart review"),
    C("ka-pop", KA, "population", "According to Karnegis and Heinz (1979), diagnostic cardiac catheterization in children carried little risk at a community hospital, with no procedure-related deaths.", KA_745, wrong="in children"),
    # Lesser and Markofsky 1979: body water and ageing
    C("le-n1", LE, "none", "Lesser and Markofsky (1979) found that, relative to fat-free mass, total body water stayed constant into old age in 45 healthy adults.", LE_TBW, truth_alt=[LE_45]),
    C("le-n2", LE, "none", "Expressed per unit of fat-free mass, extracellular water made up a significantly larger share in older people (Lesser & Markofsky, 1979).", LE_ECW),
    C("le-over", LE, "overreach", "Lesser and Markofsky (1979) proved that healthy people lose no cellular mass as they age.", LE_CONC, wrong="proved that healthy people lose no cellular mass"),
    C("le-pop", LE, "population", "Lesser and Markofsky (1979) measured body water compartments in 45 elderly nursing-home residents and found total body water per kilogram of fat-free mass unchanged with age.", LE_45, wrong="elderly nursing-home residents"),
]
Path(__file__).resolve().parent.joinpath("claims.json").write_text(json.dumps(claims, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
print(len(claims), "claims")
