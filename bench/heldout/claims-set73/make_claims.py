"""Writes claims.json (set 73). Hand-written claims; truth sentences copied verbatim from the abstracts (pool 14).
The C() helper and the field layout are those of set 55's make_claims.py (its first 30 lines only were read)."""
import json
from pathlib import Path

def C(id, key, kind, claim, truth, wrong=None, truth_alt=None, accept=None):
    d = {"id": id, "key": key, "kind": kind, "claim": claim, "truth": truth}
    if truth_alt: d["truth_alt"] = truth_alt
    if wrong: d["wrong"] = wrong
    if accept: d["accept"] = accept
    return d

EL, GR, GI, SE, WI = "elwan1977relation", "grebner1977comparison", "gilbert1977serotypes", "sealey1978studies", "winterborn1977comparison"
GA, BR, IS, TH, WH = "gann1979electrophysiologic", "brox1977effects", "issitt1978critical", "thar1979hodgkins", "whyte1977cholesterol"
CO, FO, AN, HA, ER = "costentin1977facilitation", "fox1979precordial", "andersson1979inhibition", "harries1979intestinal", "erslev1979plasma"

# Elwan 1977
EL_NC = "It has been found that the action of streptomycin and griseofulvin was not correlated with lipids."
EL_FZ = "On the other hand, fungizone action was manifested by the decrease in total lipids, free sterols, sterol esters, and triglycerides."
EL_SUP = "Supplementation studies gave evidence of the role of total lipids and phospholipids in protecting A. niger cells against fungizone."
EL_MID = "Supplementation of 1 g of phospholipid per litre medium raised the M.I.D. of fungizone from 2.5 up to 25 microgram/ml."
# Grebner 1977
GR_50 = "When serum was heated, chelated with ethyleneglycol tetraacetic acid (EGTA), or absorbed with zymosan, there were reduction of phagocytic activity for S. aureus and a comparable reduction of chemiluminescence; a 50 per cent decrease in phagocytosis by neutrophils corresponded to a 50 per cent reduction in the chemiluminescence response."
GR_20 = "In contrast, S. typhimurium was successfully phagocytized in serum treated with MgEGTA (complement--alternate pathway intact; classic pathway blocked), and chemiluminescence was reduced by only 20 per cent under the same conditions."
GR_AB = "Both neutrophil phagocytic and chemiluminescence responses for S. typhimurium were abolished when serum was heated at 56 degrees C. or adsorbed with zymosan."
GR_CONC = "These findings suggest that both phagocytosis and chemiluminescence in neutrophils are interrelated, and the chemiluminescence response of neutrophils may be a reliable assay for measuring serum opsonic activity."
# Gilbert and Parry 1977
GI_84 = "A provisional serotyping scheme was used to type cultures of Bacillus cereus from 84 outbreaks of food poisoning in seven countries; 283 of the 337 (84%) cultures tested were typable."
GI_35 = "In 35 of the 61 outbreaks associated with a vomiting-type syndrome, foods, clinical specimens or both yielded H-serotype 1 only."
GI_FOOD = "Although 16 of the 18 recognized serotypes were present among cultures of B. cereus from various routine foods, only 156 of the 400 (39%) isolates tested were typable."
# Sealey 1978
SE_18 = "When plasma aldosterone (PA) was measured in 32 predialysis samples from 18 anephric subjects more than 3 months postnephrectomy, all but two values were subnormal, 16 measurements were undetectable, i.e. below 0.35 ng/100 ml, and PA averaged only 1.7 ng/100 ml +/- 0.5 (SE) in the remaining 16."
SE_12 = "In contrast, PA averaged 29.7 +/- 5.6 ng/100 ml in 12 dialysis patients with kidneys."
SE_WK = "Usually it took several weeks for aldosterone to fall to undetectable levels and several days to return to normal levels after renal transplantation."
SE_HK = "Overt hyperkalemia was required for potassium to stimulate aldosterone into the normal range in anephric subjects."
SE_CONC = "The data support the view that the renin system plays a fundamental role in maintaining aldosterone secretion in man."
# Winterborn 1977
WI_DES = "The plasma disappearance rate, or slope clearance, after a single intravenous injection of 51Cr-EDTA was compared with simultaneously determined standard (UV/P) clearances of inulin, creatinine and 51Cr-EDTA in 4 healthy adults and 18 children with renal disease but no reflux."
WI_R = "Slope clearance correlated well with standard inulin (r=0.99) and 51Cr-EDTA (r=0.97) clearances and was more accurate than creatinine clearance."
WI_VUR = "In 18 children with vesico-ureteric reflux the correlations of the standard clearance methods with slope clearance were significantly reduced."
WI_REC = "Slope clearance may be measured with only two plasma samples and is recommended as the method of choice for determining glomerular filtration rate in children with gross reflux or impaired ability to empty their bladders."
# Gann 1979
GA_103 = "One hundred three patients with persistent sinus bradycardia were evaluated electrophysiologically and followed prospectively for a mean of 4.6 years."
GA_5Y = "The 5-year survival rate was 74.8%, not significantly different from the 72% rate in the general population with similar age and sex distribution."
GA_ACC = "Overall accuracy of abnormal corrected sinus-node recovery time in predicting serious sinus node disease in symptomatic and asymptomatic patients was 90% (37 of 41 patients) and 100% in patients with syncope (18 of 18 patients)."
# Brox 1977
BR_50 = "Complexation of calcium results in about 50% inhibition of the lactate formation with a concomitant increase of ATP."
BR_12 = "Lactate formation accompanied by ATP depletion amounts to 12 mumoles per ml and hour in complete hemolyzates fortified with NAD."
BR_MP = "Lactate formation is reduced in membrane-poor hemolyzates approximately concurrently to the extent of membrance removal which produces no discernible change in the glyceral-dehydephosphate dehydrogenase activity."
BR_CA = "50--200 micrometer total calcium has no effect on the membrane-independent lactate formation which amounts to 1--2 mumoles per ml and hour."
# Issitt and Pavone 1978
IS_48 = "Forty-eight autoantibodies with apparent 'simple' anti-Rh specificity (anti-e, -E, -c, -D, -C, -Ce, -G), have been studied by means of multiple absorption tests."
IS_34 = "The finding that 34 (70.8%) of these antibodies could bind to red blood cells lacking the antigens that the antibodies appeared to define, indicated that the antibodies had different specificities than seemed to be the case in initial antibody identification tests."
IS_EL = "These data explain why some apparent anti-Rh autoantibodies can be eluted from the red blood cells of patients negative for the antigens that the antibodi:s appear to define."
IS_HR = "Those autoantibodies that at first appeared to be directed against the Rh antigens e, E or c, most often had anti-Hr or anti-Hro specificity."
# Thar 1979
TH_57 = "A total of 57 patients with Hodgkin's disease limited to above the diaphragm (Stages I and II, A and B) were treated with radiation therapy alone at the University of Florida between 1964 and 1974."
TH_16 = "A total of 16 patients have relapsed, 4 within the treatment fields, 3 marginally, and 9 as extensions."
TH_6CM = "Only 2 (5%) of 43 patients with mediastinal disease less than 6 cm in size had lung or pleural involvement, compared with 10 (71%) of 14 patients with disease greater than 6 cm in size."
TH_SITES = "Both in-field recurrence and generalized relapse were closely related to the number of anatomical sites involved."
TH_NOIF = "Analysis of dose vs. size showed no in-field failure with disease less than 6 cm in size, with a range of doses."
# Whyte 1977
WH_POP = "Cholesterol metabolism has been studied in a group of healthy males drawn from a New Guinea highland population whose plasma cholesterol concentration is low by Western standards and does not rise with age."
WH_EGG = "There was evidence of probable suppression of synthesis by about 500 mg/day when 1 g/day of egg yolk cholesterol was added to the diet of six subjects for 5 weeks."
WH_ABS = "In the latter group, mean cholesterol absorption was 39% (390 mg/day) but the plasma cholesterol concentration did not rise, possibly reflecting compensatory redution in synthesis."
WH_751 = "The average rate of endogenous synthesis measured by sterol balance in twelve men was 751 mg/day or 12.4 mg kg-1 day-1."
# Costentin 1977
CO_MOUSE = "The sensitivity of dopamine receptors in Mouse striatum has been evaluated both behaviourally (responsiveness to apomorphine as regarviour) and biochemically (striatal level of homovanillic acid and its decrease induced by apomorphine) After a single administration of apomorphine (0.25 mg.kg-1 or 5 mg.kg-1) or piribedil, another dopamine agonist, a state of \"behavioural facilitation\" develops which differs from the state of hypersensitivity following blockade."
CO_THR = "This state of facilitation is characterized by a lower threshold dose of apomorphine eliciting the stereotyped behaviour, without modification of the response to higher doses."
CO_HVA = "In contrast with the state of hypersensitivity, the level of homovanillic acid is not modified and the decrease of this level by a low dose of apomorphine is less important."
CO_HYP = "The hypothesis is put forward that \"behavioural facilitation\" results from the hyposensitivity of a class of dopamine receptors, possibly autoreceptors, mediating an impaired activity of dopaminergic neurons and, consequently, inhibitory behavioural effects."
# Fox 1979
FO_109 = "Sixteen lead isopotential surface maps were recorded before and after exercise in 109 patients with angina who subsequently underwent coronary arteriography."
FO_SENS = "Precordial surface mapping after exercise was found to have a greater sensitivity (95 percent) than electrocardiography using either the orthogonal leads (68 percent) or a single chest lead (64 percent) (P less than 0.01)."
FO_SPEC = "The specificity of the three techniques did not differ significantly (P greater than 0.05)."
FO_CONC = "The technique of precordial surface mapping after exercise improves the ability to diagnose coronary artery disease and can easily be applied to clinical practice."
# Andersson 1979
AN_POP = "The effects of the calcium antagonist, nifedipine, on uterine activity induced by prostaglandins F2 alpha (PGF2 alpha) and E2 (PGE2) were studied in women undergoing therapeutic midtrimester abortion, and in patients with a missed abortion in the 16th to 27th week of pregnancy."
AN_5 = "In the five subjects receiving intra-amniotic PGF2 alpha (25 to 40 mg) for midtrimester abortion, nifedipine (30 mg orally) decreased uterine activity from a mean of 372 to 203 Montevideo Units."
AN_INT = "The effect on the intensity of the contractions was pronounced; frequently and basal tone were little affected."
AN_MISS = "However, nifedipine (30 mg orally) had a marked inhibitory effect on the uterine contractions."
AN_CONC = "It is concluded that nifedipine can be used for treatment of uterine hyperactivity induced by prostaglandins."
# Harries 1979
HA_13 = "The quantitative and qualitative distribution of bile salts in the duodenal juice of 13 patients with cystic fibrosis (CF) was studied after a test meal."
HA_RAT = "The effects of triolein (TO), bovine serum albumin (BSA), and ricinoleic acid (RA) on the absorption of taurocholate (TCA) in the distal ileum of the rat in vivo was also studied."
HA_VAL = "The mean (and ranges) of total bile salt concentrations, glycine: taurine conjugate ratios, and percentage of dihydroxy bile salts in the patients with CF and pancreatic insufficiency were 3.5 (1.3--6.6) mmol/l, 8.6 (greater than 10-3.1), and 37 (10--60) compared with control values of 7.4 (3.0--16.0) mmol/l, 3.0 (1.3--4.5), and 61 (52--70) respectively."
HA_NOINH = "TO (10 and 30 mmol/l), BSA (3%), and RA (5 mmol/l) had no inhibitory effect on the ileal absorption of TCA."
HA_NORM = "In 2 patients with normal pancreatic enzyme activities, duodenal bile salts were both quantitatively and qualitatively normal."
HA_ANIM = "The data in the experimental animal do not support the suggestion that unhydrolysed dietary substrates play a role in the pathophysiology of the broken EHC."
# Erslev 1979
ER_35 = "In 35 normal subjects, erythropoietin levels ranged from less than 5 mU/ml (the limit of sensitivity) to 18 mU/ml with a mean of 7.8 mU/ml."
ER_PV = "In 21 patients with proved polycythemia vera, the levels were less than 5 mU/ml in all."
ER_SEC = "In 41 patients with suspected secondary polycythemia or polycythemia of unknown origin, the levels ranged from less than 5 to 3,000 mU/ml."
ER_CONC = "These results suggest that this refinement of the routine bioassay for erythropoietin may be of clinical importance in the differential diagnosis of polycythemia."
ER_ROUT = "Erythropoietin titers of plasma cannot be used to differentiate polycythemia vera from secondary polycythemia since the limit of sensitivity of our current bioassay technics is 50 mU, considerably higher than levels found in normal subjects and in patients with polycythemia."

claims = [
    # Elwan 1977: none, number, direction, population
    C("elwan-n1", EL, "none",
      "Elwan et al. (1977) found that adding phospholipid to the growth medium shielded Aspergillus niger from amphotericin B (fungizone), raising its minimum inhibitory dose about tenfold.",
      EL_MID, truth_alt=[EL_SUP]),
    C("elwan-num", EL, "number",
      "In Elwan and colleagues' (1977) supplementation experiments, 1 g of phospholipid per litre of medium pushed the minimum inhibitory dose of fungizone for A. niger from 2.5 to 250 micrograms/ml.",
      EL_MID, wrong="from 2.5 to 250 micrograms/ml"),
    C("elwan-dir", EL, "direction",
      "The activity of streptomycin against B. subtilis and E. coli, and of griseofulvin against A. niger, was closely tied to the organisms' lipid content (Elwan et al., 1977).",
      EL_NC, wrong="was closely tied to the organisms' lipid content"),
    C("elwan-pop", EL, "population",
      "According to Elwan et al. (1977), supplementing the medium with total lipids and phospholipids protected Candida albicans cells against fungizone.",
      EL_SUP, wrong="Candida albicans cells"),
    # Grebner 1977: none x2, number, direction
    C("grebner-n1", GR, "none",
      "Grebner et al. (1977) reported that when serum was heated, chelated with EGTA or absorbed with zymosan, neutrophil chemiluminescence fell in step with phagocytosis of S. aureus, a halving of one matching a halving of the other.",
      GR_50),
    C("grebner-n2", GR, "none",
      "On the basis of their work with human neutrophils, Grebner and colleagues (1977) proposed neutrophil chemiluminescence as a dependable assay of serum opsonic activity.",
      GR_CONC),
    C("grebner-num", GR, "number",
      "When the classical complement pathway was blocked with MgEGTA, S. typhimurium was still ingested and chemiluminescence dropped by only 2 per cent (Grebner et al., 1977).",
      GR_20, wrong="only 2 per cent"),
    C("grebner-dir", GR, "direction",
      "Grebner et al.'s (1977) study found that phagocytosis and chemiluminescence of neutrophils were dissociated, so that chemiluminescence stayed unchanged even when serum treatment cut phagocytosis of S. aureus.",
      GR_50, wrong="chemiluminescence stayed unchanged even when serum treatment cut phagocytosis", truth_alt=[GR_CONC]),
    # Gilbert and Parry 1977: none, number, overreach, population
    C("gilbert-n1", GI, "none",
      "Gilbert and Parry (1977) found that in over half of the vomiting-type outbreaks of Bacillus cereus food poisoning, only serotype 1 was recovered from the foods or clinical specimens.",
      GI_35),
    C("gilbert-num", GI, "number",
      "Using a provisional serotyping scheme on Bacillus cereus cultures from 48 food-poisoning outbreaks, Gilbert and Parry (1977) could type most of the cultures tested.",
      GI_84, wrong="48 food-poisoning outbreaks"),
    C("gilbert-over", GI, "overreach",
      "Serotype 1 was responsible for every vomiting-type outbreak of B. cereus food poisoning in the series reported by Gilbert & Parry (1977).",
      GI_35, wrong="responsible for every vomiting-type outbreak"),
    C("gilbert-pop", GI, "population",
      "In Gilbert and Parry's (1977) typing study of Bacillus cereus from food-poisoning outbreaks confined to the United Kingdom, 84% of the cultures tested could be serotyped.",
      GI_84, wrong="confined to the United Kingdom"),
    # Sealey 1978: none, comparator, duration x2
    C("sealey-n1", SE, "none",
      "Sealey et al. (1978) found plasma aldosterone to be subnormal in almost every sample from anephric patients, often below the limit of detection, and concluded that the renin system is fundamental to maintaining aldosterone secretion.",
      SE_18, truth_alt=[SE_CONC]),
    C("sealey-comp", SE, "comparator",
      "Where it was measurable, plasma aldosterone in anephric subjects averaged only 1.7 ng/100 ml, compared with about 30 ng/100 ml in healthy volunteers with normal kidneys (Sealey et al., 1978).",
      SE_12, wrong="healthy volunteers with normal kidneys", accept=["comparator", "population"]),
    C("sealey-dur1", SE, "duration",
      "Sealey and colleagues (1978) measured plasma aldosterone in 18 anephric patients more than 3 years after nephrectomy and found it subnormal in nearly all samples.",
      SE_18, wrong="more than 3 years after nephrectomy"),
    C("sealey-dur2", SE, "duration",
      "Sealey et al.'s (1978) follow-up showed that aldosterone became undetectable within a day or two of nephrectomy, whereas it took several weeks to recover after renal transplantation.",
      SE_WK, wrong="within a day or two of nephrectomy, whereas it took several weeks to recover"),
    # Winterborn 1977: none, population, comparator, design
    C("winterborn-n1", WI, "none",
      "Winterborn et al. (1977) showed that the plasma slope clearance of 51Cr-EDTA tracked standard inulin clearance almost perfectly (r = 0.99) in subjects without reflux, but agreed less well with standard methods in children with vesico-ureteric reflux.",
      WI_R, truth_alt=[WI_VUR]),
    C("winterborn-pop", WI, "population",
      "In healthy schoolchildren, Winterborn and colleagues (1977) found that single-injection 51Cr-EDTA slope clearance correlated closely with standard inulin clearance.",
      WI_DES, wrong="healthy schoolchildren", truth_alt=[WI_R]),
    C("winterborn-comp", WI, "comparator",
      "The 51Cr-EDTA plasma disappearance method was more accurate than inulin clearance for measuring GFR, according to Winterborn et al. (1977).",
      WI_R, wrong="more accurate than inulin clearance"),
    C("winterborn-des", WI, "design",
      "Winterborn et al.'s (1977) retrospective review of clinical records compared slope clearance with standard urinary clearances in children with and without reflux.",
      WI_DES, wrong="retrospective review of clinical records"),
    # Gann 1979: none, duration, design, direction
    C("gann-n1", GA, "none",
      "Elderly patients with persistent sinus bradycardia had a 5-year survival of about 75%, similar to that of the general population of the same age and sex (Gann et al., 1979).",
      GA_5Y),
    C("gann-dur", GA, "duration",
      "Gann et al. (1979) followed 103 patients with persistent sinus bradycardia for a mean of 4.6 months after electrophysiological testing.",
      GA_103, wrong="a mean of 4.6 months"),
    C("gann-des", GA, "design",
      "In a retrospective chart review of 103 patients with sinus bradycardia, Gann and colleagues (1979) found that an abnormal corrected sinus-node recovery time predicted serious sinus node disease.",
      GA_103, wrong="retrospective chart review"),
    C("gann-dir", GA, "direction",
      "Gann et al. (1979) reported that elderly patients with sinus bradycardia had significantly worse 5-year survival than the general population of similar age and sex.",
      GA_5Y, wrong="significantly worse 5-year survival"),
    # Brox 1977: none x2, number, direction
    C("brox-n1", BR, "none",
      "Brox et al. (1977) found that removing membranes from human red-cell hemolyzates reduced lactate formation roughly in proportion to the membrane removed, without changing glyceraldehyde-phosphate dehydrogenase activity.",
      BR_MP),
    C("brox-n2", BR, "none",
      "Binding up calcium in human erythrocyte hemolyzates roughly halved lactate formation while ATP rose (Brox et al., 1977).",
      BR_50),
    C("brox-num", BR, "number",
      "In Brox et al.'s (1977) hemolyzate experiments, complexing calcium inhibited lactate formation by about 90%, with a rise in ATP.",
      BR_50, wrong="about 90%"),
    C("brox-dir", BR, "direction",
      "Brox and colleagues (1977) reported that complexing calcium in human red-cell hemolyzates inhibited lactate formation and depleted ATP.",
      BR_50, wrong="depleted ATP"),
    # Issitt and Pavone 1978: none x2, population, overreach
    C("issitt-n1", IS, "none",
      "Issitt and Pavone (1978) found that about 70% of autoantibodies that looked like simple anti-Rh antibodies also bound red cells lacking the corresponding antigen, so their true specificity was different.",
      IS_34),
    C("issitt-n2", IS, "none",
      "Autoantibodies that initially seemed to be anti-e, anti-E or anti-c most often turned out to have anti-Hr or anti-Hro specificity on absorption testing (Issitt & Pavone, 1978).",
      IS_HR),
    C("issitt-pop", IS, "population",
      "Issitt and Pavone's (1978) absorption study examined 48 apparently simple anti-Rh antibodies from healthy blood donors.",
      IS_48, wrong="from healthy blood donors", truth_alt=[IS_EL]),
    C("issitt-over", IS, "overreach",
      "According to Issitt and Pavone (1978), every autoantibody with apparent simple anti-Rh specificity actually reacted with red cells lacking the antigen it seemed to define.",
      IS_34, wrong="every autoantibody", accept=["overreach", "number"]),
    # Thar 1979: none, design, number, duration
    C("thar-n1", TH, "none",
      "In patients with stage I-II Hodgkin's disease treated with radiotherapy alone, Thar et al. (1979) found that lung or pleural involvement was uncommon with mediastinal disease under 6 cm but occurred in most patients with larger mediastinal masses.",
      TH_6CM),
    C("thar-des", TH, "design",
      "In a randomised trial of radiation doses in 57 patients with stage I and II Hodgkin's disease, Thar and colleagues (1979) related recurrence to tumour size and the number of sites involved.",
      TH_57, wrong="randomised trial of radiation doses"),
    C("thar-num", TH, "number",
      "Thar et al. (1979) reported lung or pleural involvement in 5% of patients with mediastinal disease smaller than 6 cm, compared with 17% of those with larger disease.",
      TH_6CM, wrong="17%"),
    C("thar-dur", TH, "duration",
      "Thar et al.'s (1979) series covered patients with early Hodgkin's disease treated with radiation alone at the University of Florida over a 20-year period.",
      TH_57, wrong="over a 20-year period"),
    # Whyte 1977: none, duration, population, direction
    C("whyte-n1", WH, "none",
      "Whyte et al. (1977) studied healthy New Guinea highland men, whose plasma cholesterol is low and does not rise with age, and found that adding egg yolk cholesterol to their diet did not raise plasma cholesterol.",
      WH_ABS, truth_alt=[WH_POP]),
    C("whyte-dur", WH, "duration",
      "When 1 g/day of egg yolk cholesterol was added to the diet for 5 months, Papua New Guinean men appeared to suppress their own cholesterol synthesis by about 500 mg/day (Whyte et al., 1977).",
      WH_EGG, wrong="for 5 months"),
    C("whyte-pop", WH, "population",
      "Whyte and colleagues (1977) examined cholesterol metabolism in healthy women from a Papua New Guinea highland population with low plasma cholesterol.",
      WH_POP, wrong="healthy women"),
    C("whyte-dir", WH, "direction",
      "In Whyte et al.'s (1977) study of New Guinea highlanders, about 39% of added dietary cholesterol was absorbed and plasma cholesterol rose accordingly.",
      WH_ABS, wrong="plasma cholesterol rose accordingly"),
    # Costentin 1977: none x2, population, comparator
    C("costentin-n1", CO, "none",
      "Costentin et al. (1977) reported that a single earlier dose of apomorphine or piribedil lowered the threshold dose of apomorphine needed to trigger climbing behaviour in mice, while responses to higher doses were unchanged.",
      CO_THR, truth_alt=[CO_MOUSE]),
    C("costentin-n2", CO, "none",
      "Costentin and colleagues (1977) suggested that this behavioural facilitation reflects hyposensitivity of a class of dopamine receptors, possibly autoreceptors.",
      CO_HYP),
    C("costentin-pop", CO, "population",
      "In rats, a single prior dose of apomorphine (0.25 or 5 mg/kg) led to a state of behavioural facilitation of apomorphine-induced stereotypy (Costentin et al., 1977).",
      CO_MOUSE, wrong="In rats"),
    C("costentin-comp", CO, "comparator",
      "Costentin et al.'s (1977) work distinguished the facilitation that follows a single dose of a dopamine agonist from the supersensitivity that follows 6-hydroxydopamine lesions of dopamine neurons.",
      CO_MOUSE, wrong="the supersensitivity that follows 6-hydroxydopamine lesions of dopamine neurons"),
    # Fox 1979: none, number, comparator, overreach
    C("fox-n1", FO, "none",
      "In 109 angina patients who went on to coronary arteriography, Fox et al. (1979) found that post-exercise precordial surface mapping was more sensitive than orthogonal-lead or single-lead exercise ECG, with no significant difference in specificity.",
      FO_SENS, truth_alt=[FO_SPEC, FO_109]),
    C("fox-num", FO, "number",
      "Fox and colleagues (1979) reported a sensitivity of 75 percent for precordial surface mapping after exercise in detecting coronary artery disease.",
      FO_SENS, wrong="75 percent"),
    C("fox-comp", FO, "comparator",
      "Precordial ECG mapping after exercise detected coronary artery disease more often than the conventional 12-lead exercise ECG (Fox et al., 1979).",
      FO_SENS, wrong="the conventional 12-lead exercise ECG"),
    C("fox-over", FO, "overreach",
      "Fox et al. (1979) showed that precordial surface mapping after exercise can replace coronary arteriography in diagnosing coronary artery disease.",
      FO_CONC, wrong="can replace coronary arteriography"),
    # Andersson 1979: none x2, design, overreach
    C("andersson-n1", AN, "none",
      "Andersson et al. (1979) found that a 30 mg oral dose of nifedipine cut prostaglandin F2 alpha-induced uterine activity in women having midtrimester abortions, mainly by weakening the contractions rather than changing their frequency.",
      AN_5, truth_alt=[AN_INT]),
    C("andersson-n2", AN, "none",
      "Nifedipine also markedly inhibited uterine contractions induced by extra-amniotic prostaglandin E2 in women with missed abortion (Andersson et al., 1979).",
      AN_MISS),
    C("andersson-des", AN, "design",
      "In a randomised, placebo-controlled trial, Andersson et al. (1979) showed that oral nifedipine reduced prostaglandin-induced uterine activity during midtrimester abortion.",
      AN_5, wrong="randomised, placebo-controlled trial"),
    C("andersson-over", AN, "overreach",
      "Andersson and colleagues (1979) proved that oral nifedipine completely abolishes prostaglandin-induced uterine contractions.",
      AN_5, wrong="proved that oral nifedipine completely abolishes", truth_alt=[AN_INT]),
    # Harries 1979: none x2, direction, design
    C("harries-n1", HA, "none",
      "Harries et al. (1979) found lower total bile salt concentrations, higher glycine:taurine ratios and a smaller proportion of dihydroxy bile salts in the duodenal juice of patients with cystic fibrosis and pancreatic insufficiency than in controls.",
      HA_VAL),
    C("harries-n2", HA, "none",
      "In the two cystic fibrosis patients whose pancreatic enzyme activity was normal, duodenal bile salts were normal in amount and composition (Harries et al., 1979).",
      HA_NORM),
    C("harries-dir", HA, "direction",
      "Harries and colleagues (1979) showed that triolein, bovine serum albumin and ricinoleic acid markedly inhibited ileal absorption of taurocholate in the rat.",
      HA_NOINH, wrong="markedly inhibited"),
    C("harries-des", HA, "design",
      "Using isolated segments of rat ileum in vitro, Harries et al. (1979) tested whether unhydrolysed dietary substrates impair taurocholate absorption.",
      HA_RAT, wrong="isolated segments of rat ileum in vitro"),
    # Erslev 1979: none x2, comparator, overreach
    C("erslev-n1", ER, "none",
      "Erslev et al. (1979) reported that all 21 patients with proven polycythemia vera had plasma erythropoietin below 5 mU/ml when measured with concentrated plasma extracts.",
      ER_PV),
    C("erslev-n2", ER, "none",
      "The standard erythropoietin bioassay, with a sensitivity limit of 50 mU, cannot tell polycythemia vera from secondary polycythemia, as Erslev and colleagues (1979) pointed out.",
      ER_ROUT),
    C("erslev-comp", ER, "comparator",
      "Erslev et al. (1979) found erythropoietin levels below 5 mU/ml in all their patients with polycythemia vera, compared with a mean of 7.8 mU/ml in 35 patients with iron-deficiency anemia.",
      ER_35, wrong="35 patients with iron-deficiency anemia", accept=["comparator", "population"]),
    C("erslev-over", ER, "overreach",
      "Erslev et al.'s (1979) work established that measuring plasma erythropoietin reliably separates polycythemia vera from secondary polycythemia in every patient.",
      ER_CONC, wrong="reliably separates polycythemia vera from secondary polycythemia in every patient", truth_alt=[ER_SEC]),
]

(Path(__file__).resolve().parent / "claims.json").write_text(json.dumps(claims, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
print(len(claims))
