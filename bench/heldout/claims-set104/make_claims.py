"""Writes claims.json (set 104, round twenty-nine). Hand-written claims; truth sentences copied verbatim from the main
abstracts (Article/Abstract/AbstractText) of pool 14's records (positions 724-743). The C() helper and the field
layout are those of set 102's make_claims.py (only its first 30 lines were read)."""
import json
from pathlib import Path

def C(id, key, kind, claim, truth, wrong=None, truth_alt=None, accept=None):
    d = {"id": id, "key": key, "kind": kind, "claim": claim, "truth": truth}
    if truth_alt: d["truth_alt"] = truth_alt
    if wrong: d["wrong"] = wrong
    if accept: d["accept"] = accept
    return d

LE, OB, MO, FA, KE = "lee1977kinetics", "obrien1977corneal", "mora1977immunological", "farrow1977clinical", "keeton1979anatomy"
RA, AK, BR, TE, PA = "rameis1979digitalis", "akhrem1979characterization", "briscoe1979quantitative", "teller1977comparative", "pavie1977pacemakers"
VA, VH, ME, PP, PR = "vallota1978inhibition", "vanhorn1977glial", "metwalli1977studies", "papanicolaou1979low", "prietto1979supracondylar"

LE_SIX = "Six normal adult volunteers received 15 mg/kg of ethambutol (EMB) by mouth, once as an aqueous solution and again as the commercial tablet preparation."
LE_SAMP = "Plasma and urine samples were collected at regular intervals for up to 24 and 72 hr, respectively."
LE_PEAK = "Earlier peak times were found after administering the solution."
LE_HALF = "For plasma concentrations up to 12 hr there was a distinct distribution phase followed by an apparent elimination phase with a mean half-life (t 1/2) (+/- SD) of 4.06 +/- 0.53 and 4.78 +/- 0.41 hr for the tablet and the solution, respectively."
LE_URINE = "Unchanged drug excreted in the urine averaged 61.1 +/- 3.8% of the dose for the tablet and 63.4 +/- 2.6% for the solution."
OB_RATE = "Trifluorothymidine (F3TdR) and idoxuridine (IDU) were observed to penetrate through the cornea from the epithelial side at a greater rate than adenine arabinoside (ARA-A) during in vitro corneal perfusions."
OB_EPI = "Removal of the epithelium increased the rate of penetration of F3TdR and IDU by about twofold and the rate of ARA-A penetration by fivefold."
OB_SAT = "The kinetics of antiviral penetration did not display saturation points at high antiviral concentrations, thus indicating that these three antiviral drugs penetrate the cornea by nonfacilitated diffusion."
MO_NINE = "The concentrations of nine proteins, alpha-1-acid glycoprotein, antitrypsin, prealbumin, transferrin, albumin, IgG, ceruloplasmin, IgA and alpha-2-macroglobulin, have been determined in the serum and CSF of two groups of patients, one control and one experimental, by an immunological method."
MO_GM = "The experimental group were patients suffering from grand mal epilepsy."
MO_PRE = "In the group of grand mal epileptics, only prealbumin showed a significant elevation in CSF when compared with the control group."
MO_REST = "In contrast, the rest of the proteins are decreased with respect to the controls except for alpha 1-acid glycoprotein and transferrin."
FA_SCREEN = "In the course of screening 35,000 urological outpatients with urine cytological examinations, cytological indication of cancer was found in 106 patients in the absence of a cystoscopically visible bladder tumor."
FA_69 = "Sixty-nine of the 106 patients have biopsy-proven in situ carcinoma of the bladder, all transitional in type and anaplastic."
FA_58 = "Follow-up data on effects of therapy are available on 58 patients treated by various means, including total cystectomy, partial cystectomy, transurethral fulguration, intravesical thiotepa, and external radiation."
FA_TWO = "Differences in the observed behavior of in situ bladder carcinoma may be due, in addition to differences in host resistance, to the existence of two pathogenetic forms of bladder cancer, one arising in an extensive field of abnormal epithelium and the other developing in a focal area of abnormality."
KE_26 = "The coronary arterial anatomy in 26 univentricular hearts, its relation to the morphologic characteristics of the ventricles and rudimentary chambers, and its surgical implications were analyzed."
KE_21 = "Twenty-one univentricular hearts with a left ventricular type main chamber had an anterior outlet chamber (17 left-sided subaortic, 3 right-sided subaortic and 1 right-sided subpulmonary)."
KE_16 = "Right and left delimiting arteries outlined the outlet chamber in 16 hearts (76 percent)."
KE_THUS = "Thus, the identification of outlet chambers and rudimentary pouches in univentricular hearts is facilitated by the determination of coronary anatomy."
KE_15 = "The presence of major delimiting parallel branches over the usually favored ventriculotomy sites renders them vulnerable to surgical injury; such mishaps occurred in 15 of the 24 hearts that had either corrective or palliative operations."
RA_73 = "In a prospective study 73 patients on maintenance digitalis treatment at the Paracelsus Institute, Bad Hall, were clinically examined and the dosage of the drug was adjusted according to cardiac symptoms."
RA_21 = "The clinical effects were correlated to digoxin concentrations measured on the day following admission to hospital and on the 21st day of treatment."
RA_50 = "1. More than 50% of the patients were underdigitalized."
RA_DEC = "4. Patients with symptoms of decompensation taking an average dosage of digoxin need more digitalis."
RA_TOX = "There is generally no danger of toxicity when the dosage is increased."
AK_KAS = "A high specific affinity for cortisol (Kas = 1,5 . 10(8) M-1 at 23 degrees C) and progesterone (Kas = 2,0 . 10(8) M-1 at 23 degrees C) was observed only for alpha-globulin; other proteins had a low affinity for cortisol."
AK_ONLY = "It was concluded that under normal physiological conditions and during pregnancy transcortin is the only specific corticosteroid-binding plasma protein."
AK_90 = "A complete removal of bound cortisol from the protein mixture and subsequent hydroxylapatite chromatography resulted in homogeneous transcortin retaining more than 90% of its binding capacity."
BR_FRAME = "A framework based on consistent and explicit set of assumptions is developed for evaluating the effect of infection on the intake and efficiency of use of food by children under 5 years old in poor countries."
BR_9 = "Although additional data are required before these estimates can be considered reliable, it appears that about 9% of the food available to a cohort of children under 5 years old in Bangladesh is not used for maintenance, growth, or activity of those children who survive to their 5th birthday."
BR_3 = "The amount of food that is not used effectively may be reduced to about 3% in a (hypothetical) situation where all sources of infection are eliminated but other conditions remain unchanged."
BR_FACT = "The estimates suggest that the most important factors contributing to this inefficiency are reduced intake through food withdrawal and anorexia, and high mortality in young childhood."
TE_ADM = "Compounds were administered daily, 5 times/week for 4 weeks, and rats were observed for an additional 4 weeks."
TE_CTRL = "Groups treated with androgen and estrogen were used as positive controls."
TE_EFF = ("Those ergot compounds and ergolines that proved to be highly effective in reducing tumor size or in inducing regression of tumors to nonpalpability were Deprenon (D-6-methyl-8-ergolin-I-ylacetic acid amide) and ergocryptine; "
          "effective to an intermediate degree were Dironyl [N-(D-6-methyl-8-isoergolin-I-yl)-N',N'-diethylurea], ergocornine, and Lysenyl [N-(D-6-methyl-8-isoergolenyl)-N',N'-diethyl-urea]; "
          "and effective to a minimal degree were Lergotrile (2-chloro-6-methylergoline-8beta-acetonitrile), CB-154, and 6605-VUFB (D-6-methyl-8-cyanomethylergolin-I).")
TE_EIGHT = "Eight ergot alkaloids and ergoline derivatives, effective prolactin inhibitors, were tested for activity against DMBA-induced rat mammary carcinomas."
PA_32 = "This is a study of pacemakers in 32 children with permanent pacemakers, 7 of them for congenital block, and 25 for post-operative block, representing a total of 69 pacemaker implantations."
PA_EPI = "The best route for the child, as for the adult, is by way of an epigastric approach with an abdominal pocket."
PA_INF = "In the very small infant, it seems better to implant by left thoracotomy, and to site the pacemaker intrapleurally."
VA_C3 = "In contrast to the effect upon C3, ADDITION OF 1 M EACA to normal human serum (NHS) did not enhance spontaneous consumption of C5, but augmented its haemolytic efficiency."
VA_ZYM = "In the presence of 1 M EACA, activation of serum with zymosan (Z), resulted in inhibition of the formation of C5 convertase, and thus of C5 cleavage and C5a anaphylatoxin release."
VA_EGTA = "Nearly maximal C5 consumption was obtained if 5 mM EGTA and 10 mM MgCl2 were added to the mixture."
VH_38 = "By transmission electron microscopy we studied 38 epiretinal membranes obtained from human eyes by vitrectomy operation in rhegmatogenous retinal detachment."
VH_TWO = "Two of the membranes were composed of closely packed glial cell processes."
VH_OWL = "Similar glial membranes, formed by migration and proliferation of astrocytes from the retina, were seen in owl monkeys with experimental and naturally occurring retinal detachment."
VH_NEW = "A new epiretinal membrane (reformed in one of the eyes from which a dense glial membrane had been removed three weeks previously), was composed primarily of single large cells with extensively developed rough endoplasmic reticulum."
ME_LOAD = "The response of these metabolites to oral tryptophan load, singly and in combination, with pyridoxine, were performed in kwashiorkor cases compared to normal controls."
ME_IAA = "The study revealed that kynurenine leads to niacine pathway is hindered, Indole-3-acetic acid levels are lower and respond poorly to tryptophan loading in PEM."
ME_XA = "Xanthurenic acid excretion is much higher in PEM and poorly responds to tryptophan load either singly or in combination with pyridoxine."
ME_END = "These errors of tryptophan metabolism in PEM are suggested to be due to defects in the enzyme systems involved rather than to vitamin B6 deficiency."
PP_NS = ("Urinary prostaglandin E and F (PGE and PGF) concentrations, renal plasma flow (RPF), glomerular filtration rate (GFR), sodium excretion rate (UNaV), potassium excretion rate (UKV), urinary osmolarity (Uosm) and osmolar clearance (Cosm) were found to be higher, "
         "while mean blood pressure (MBP) was lower in a group of 15 normotensive subjects (15NS), compared to those values obtained in a group of 25 essential patients (25EHP) of the same mean age.")
PP_VE = ("After volume expansion, of the 25EHP, urinary PGE concentration, RPF, noncortical plasma flow (NCPF), UNaV, UKV, UNaV/UKV, Cosm and urine volume (UV) increased significantly, "
         "MBP, GFR, Uosm, free water reabsorption (Tc water) and urinary aldosterone concentration did not change, while plasma renin activity (PRA) decreased significantly.")
PR_RETRO = "A retrospective comparative study was done of two groups of patients with displaced supracondylar fractures of the humerus."
PR_36 = "There were thirty-six patients in the group treated with Dunlop's traction, of whom twenty-seven were seen in follow-up with an average time of 2.7 years."
PR_28 = "Twenty-eight patients were in the group treated with pin fixation, of whom twenty were seen in follow-up with an average time of 2.9 years."
PR_33 = "The results showed a 33 per cent incidence of cubitus varus (so-called gunstock deformity) in the patients treated with Dunlop's traction as compared with 5 per cent in those pinned percutaneously."

DN = ["duration", "number"]
claims = [
    # Lee et al. 1977 (position 724): none, number, duration, comparator
    C("lee-none", LE, "none", "About three-fifths of an oral ethambutol dose was recovered unchanged in the urine, whether it was taken as a tablet or as a solution (Lee et al., 1977).", LE_URINE),
    C("lee-num", LE, "number", "Lee et al. (1977) reported a mean apparent elimination half-life of about 7 hours for ethambutol tablets over the first 12 hours after dosing.", LE_HALF, wrong="about 7 hours"),
    C("lee-dur", LE, "duration", "Lee and colleagues (1977) collected plasma and urine samples at regular intervals for a full week after each ethambutol dose.", LE_SAMP, wrong="for a full week", accept=DN),
    C("lee-comp", LE, "comparator", "Comparing the commercial tablet with an intravenous infusion of the same 15 mg/kg dose, Lee et al. (1977) observed earlier peak plasma levels after the infusion.", LE_PEAK, wrong="an intravenous infusion", truth_alt=[LE_SIX]),
    # O'Brien & Edelhauser 1977 (725): none x2, direction, number
    C("obr-none1", OB, "none", "In in-vitro corneal perfusions, O'Brien and Edelhauser (1977) found that trifluorothymidine and idoxuridine crossed the cornea from the epithelial side faster than adenine arabinoside did.", OB_RATE),
    C("obr-none2", OB, "none", "Penetration showed no saturation even at high drug concentrations, which O'Brien and Edelhauser (1977) took to mean that all three antivirals pass through the cornea by nonfacilitated diffusion.", OB_SAT),
    C("obr-dir", OB, "direction", "In O'Brien and Edelhauser's perfusion experiments, adenine arabinoside penetrated the intact cornea more rapidly than either trifluorothymidine or idoxuridine (O'Brien & Edelhauser, 1977).", OB_RATE, wrong="more rapidly than"),
    C("obr-num", OB, "number", "Stripping the corneal epithelium raised the penetration rate of adenine arabinoside about tenfold (O'Brien & Edelhauser, 1977).", OB_EPI, wrong="about tenfold"),
    # Mora et al. 1977 (726): none x2, population, direction
    C("mor-none1", MO, "none", "Mora et al. (1977) used an immunological method to measure nine proteins, among them prealbumin, albumin, transferrin and IgG, in serum and cerebrospinal fluid from patients with grand mal epilepsy and from neurologically normal controls.", MO_NINE, truth_alt=[MO_GM]),
    C("mor-none2", MO, "none", "Of the nine proteins, prealbumin was the only one significantly raised in the CSF of grand mal patients relative to controls (Mora et al., 1977).", MO_PRE),
    C("mor-pop", MO, "population", "In patients with petit mal (absence) epilepsy, Mora and colleagues (1977) found CSF prealbumin to be significantly elevated compared with controls.", MO_GM, wrong="petit mal (absence) epilepsy", truth_alt=[MO_PRE]),
    C("mor-dir", MO, "direction", "Mora et al.'s (1977) immunological study found that most CSF proteins, apart from alpha-1-acid glycoprotein and transferrin, were increased in grand mal epileptics relative to controls.", MO_REST, wrong="were increased"),
    # Farrow et al. 1977 (728): none, number, design, overreach
    C("far-none", FA, "none", "While screening 35,000 urological outpatients by urine cytology, Farrow et al. (1977) found cytological evidence of cancer in 106 patients who had no cystoscopically visible bladder tumour.", FA_SCREEN),
    C("far-num", FA, "number", "Biopsy confirmed in situ carcinoma of the bladder in 89 of the 106 patients with positive cytology (Farrow et al., 1977).", FA_69, wrong="89 of the 106"),
    C("far-des", FA, "design", "In a randomised trial of total cystectomy, partial cystectomy, fulguration, intravesical thiotepa and external radiation, Farrow and colleagues (1977) followed 58 patients with carcinoma in situ of the bladder.", FA_58, wrong="In a randomised trial"),
    C("far-over", FA, "overreach", "Farrow et al. (1977) established that in situ bladder carcinoma exists in two distinct pathogenetic forms, one arising in a wide field of abnormal epithelium and the other in a focal abnormality.", FA_TWO, wrong="established that"),
    # Keeton et al. 1979 (729): none x2, population, overreach
    C("kee-none1", KE, "none", "Keeton et al. (1979) found right and left delimiting coronary arteries outlining the outlet chamber in 16 of the univentricular hearts, about three-quarters of those with an anterior outlet chamber.", KE_16, truth_alt=[KE_21]),
    C("kee-none2", KE, "none", "Because large delimiting branches run over the sites usually chosen for ventriculotomy, surgical coronary injury had occurred in 15 of the 24 operated univentricular hearts (Keeton et al., 1979).", KE_15),
    C("kee-pop", KE, "population", "Keeton and colleagues (1979) analysed the coronary arterial anatomy of 26 hearts with tetralogy of Fallot and its surgical implications.", KE_26, wrong="hearts with tetralogy of Fallot"),
    C("kee-over", KE, "overreach", "Keeton and colleagues (1979) showed that mapping the coronary anatomy beforehand prevents surgical injury to the delimiting arteries when univentricular hearts are operated on.", KE_THUS, wrong="prevents surgical injury", truth_alt=[KE_15]),
    # Rameis et al. 1979 (733, German): none, design, duration, direction
    C("ram-none", RA, "none", "In Rameis et al.'s (1979) series of 73 patients on maintenance digitalis, more than half turned out to be underdigitalised.", RA_50, truth_alt=[RA_73]),
    C("ram-des", RA, "design", "In a retrospective chart review of 73 patients on maintenance digitalis, Rameis and colleagues (1979) related clinical findings to plasma digoxin concentrations.", RA_73, wrong="a retrospective chart review"),
    C("ram-dur", RA, "duration", "Rameis et al. (1979) measured digoxin concentrations on the day after admission and again after three months of adjusted treatment.", RA_21, wrong="after three months of adjusted treatment", accept=DN),
    C("ram-dir", RA, "direction", "According to Rameis et al. (1979), raising the digoxin dose in decompensated patients on an average dosage generally carried a considerable risk of toxicity.", RA_TOX, wrong="generally carried a considerable risk of toxicity", truth_alt=[RA_DEC]),
    # Akhrem et al. 1979 (734, Russian): none x2, comparator, overreach
    C("akh-none1", AK, "none", "Among the cortisol-binding proteins that Akhrem et al. (1979) isolated from human retroplacental plasma, only the alpha-globulin bound cortisol and progesterone with high specific affinity.", AK_KAS),
    C("akh-none2", AK, "none", "Once bound cortisol had been removed completely and the mixture chromatographed on hydroxylapatite, the purified transcortin kept over 90% of its binding capacity (Akhrem et al., 1979).", AK_90),
    C("akh-comp", AK, "comparator", "Akhrem and colleagues (1979) reported that the alpha-globulin of retroplacental plasma bound cortisol and aldosterone with high specific affinity.", AK_KAS, wrong="aldosterone"),
    C("akh-over", AK, "overreach", "Akhrem et al. (1979) demonstrated that transcortin is the only protein in the human body capable of binding corticosteroids.", AK_ONLY, wrong="the only protein in the human body capable of binding corticosteroids", truth_alt=[AK_KAS]),
    # Briscoe 1979 (735): none, population, number, overreach
    C("bri-none", BR, "none", "Briscoe (1979) developed a framework, built on an explicit set of assumptions, for estimating how infection affects the food intake and food use of children under five in poor countries.", BR_FRAME),
    C("bri-pop", BR, "population", "Briscoe (1979) estimated that about 9% of the food available to a cohort of school-age children in Bangladesh is not used for maintenance, growth or activity.", BR_9, wrong="school-age children"),
    C("bri-num", BR, "number", "In Briscoe's (1979) estimates, eliminating all sources of infection would cut the share of food that is not used effectively to about 1%.", BR_3, wrong="about 1%"),
    C("bri-over", BR, "overreach", "Briscoe (1979) showed conclusively that reduced intake through food withdrawal and anorexia, together with high childhood mortality, is what makes food use inefficient among young children in poor countries.", BR_FACT, wrong="showed conclusively", truth_alt=[BR_9]),
    # Teller et al. 1977 (736): none, duration, comparator, direction
    C("tel-none", TE, "none", "Teller et al. (1977) found Deprenon and ergocryptine highly effective at shrinking DMBA-induced rat mammary carcinomas or making them regress until they could no longer be palpated.", TE_EFF),
    C("tel-dur", TE, "duration", "In Teller and colleagues' (1977) experiments the prolactin inhibitors were given five times a week for 12 weeks, followed by a further 4 weeks of observation.", TE_ADM, wrong="for 12 weeks", accept=DN),
    C("tel-comp", TE, "comparator", "Tamoxifen-treated rats served as the positive control group in Teller et al.'s (1977) comparison of eight ergot prolactin inhibitors against DMBA-induced mammary tumours.", TE_CTRL, wrong="Tamoxifen-treated rats", truth_alt=[TE_EIGHT]),
    C("tel-dir", TE, "direction", "Lergotrile and CB-154 were the most effective of the ergot derivatives tested against DMBA-induced rat mammary tumours (Teller et al., 1977).", TE_EFF, wrong="the most effective"),
    # Pavie et al. 1977 (737, French): none x2, design, population
    C("pav-none1", PA, "none", "Pavie et al. (1977) reviewed 32 children with permanent pacemakers, 7 paced for congenital block and 25 for post-operative block, who between them had undergone 69 implantations.", PA_32),
    C("pav-none2", PA, "none", "For very small infants, Pavie and colleagues (1977) favoured implantation through a left thoracotomy with the pacemaker placed intrapleurally.", PA_INF),
    C("pav-des", PA, "design", "In a randomised comparison of implantation routes in 32 children, Pavie et al. (1977) found the epigastric approach with an abdominal pocket to be best.", PA_EPI, wrong="In a randomised comparison", truth_alt=[PA_32]),
    C("pav-pop", PA, "population", "Pavie et al.'s (1977) pacing series comprised 32 adult patients, seven paced for congenital block and 25 for block after cardiac surgery.", PA_32, wrong="32 adult patients"),
    # Vallota 1978 (738): none x2, direction, comparator
    C("val-none1", VA, "none", "Vallota (1978) reported that adding 1 M EACA to normal human serum, unlike its effect on C3, did not increase spontaneous C5 consumption, although it raised C5's haemolytic efficiency.", VA_C3),
    C("val-none2", VA, "none", "According to Vallota (1978), supplementing the mixture with EGTA (5 mM) and magnesium chloride (10 mM) gave close to maximal C5 consumption.", VA_EGTA),
    C("val-dir", VA, "direction", "When serum containing 1 M EACA was activated with zymosan, Vallota (1978) observed enhanced formation of C5 convertase and greater release of C5a anaphylatoxin.", VA_ZYM, wrong="enhanced formation of C5 convertase"),
    C("val-comp", VA, "comparator", "Unlike its effect on C4, 1 M EACA did not increase spontaneous C5 consumption in normal human serum (Vallota, 1978).", VA_C3, wrong="Unlike its effect on C4"),
    # Van Horn et al. 1977 (739): none, population, duration, number
    C("vho-none", VH, "none", "Van Horn et al. (1977) used transmission electron microscopy to examine 38 epiretinal membranes removed at vitrectomy from eyes with rhegmatogenous retinal detachment.", VH_38),
    C("vho-pop", VH, "population", "Van Horn and colleagues (1977) saw similar glial membranes, formed by migrating and proliferating retinal astrocytes, in rhesus monkeys with experimental or naturally occurring retinal detachment.", VH_OWL, wrong="rhesus monkeys"),
    C("vho-dur", VH, "duration", "A new epiretinal membrane had re-formed in one eye within three months of the removal of a dense glial membrane (Van Horn et al., 1977).", VH_NEW, wrong="within three months", accept=DN),
    C("vho-num", VH, "number", "Twelve of the 38 membranes studied by Van Horn et al. (1977) consisted of closely packed glial cell processes.", VH_TWO, wrong="Twelve of the 38", truth_alt=[VH_38]),
    # Metwalli et al. 1977 (740): none x2, design, overreach
    C("met-none1", ME, "none", "Metwalli et al. (1977) found that indole-3-acetic acid levels were low in protein-energy malnutrition and rose little after a tryptophan load.", ME_IAA),
    C("met-none2", ME, "none", "In protein-energy malnutrition, xanthurenic acid excretion was markedly increased and responded poorly to tryptophan loading, with or without pyridoxine (Metwalli et al., 1977).", ME_XA),
    C("met-des", ME, "design", "In a randomised, placebo-controlled trial of pyridoxine in kwashiorkor, Metwalli and colleagues (1977) measured the urinary response of tryptophan metabolites to an oral tryptophan load.", ME_LOAD, wrong="In a randomised, placebo-controlled trial of pyridoxine", accept=["design", "comparator"]),
    C("met-over", ME, "overreach", "Metwalli et al. (1977) proved that the errors of tryptophan metabolism in protein-energy malnutrition are caused by defective enzyme systems and not by vitamin B6 deficiency.", ME_END, wrong="proved"),
    # Papanicolaou et al. 1979 (741): none, direction, comparator, population
    C("pap-none", PP, "none", "Papanicolaou et al. (1979) found higher urinary PGE and PGF concentrations, renal plasma flow and sodium excretion, but lower mean blood pressure, in 15 normotensive subjects than in 25 essential hypertensives of similar mean age.", PP_NS),
    C("pap-dir", PP, "direction", "After volume expansion in the 25 essential hypertensives, plasma renin activity rose significantly (Papanicolaou et al., 1979).", PP_VE, wrong="rose significantly"),
    C("pap-comp", PP, "comparator", "Papanicolaou and colleagues (1979) compared urinary prostaglandin concentrations in 25 essential hypertensives with those of 15 patients with renovascular hypertension.", PP_NS, wrong="15 patients with renovascular hypertension", accept=["comparator", "population"]),
    C("pap-pop", PP, "population", "Papanicolaou et al.'s (1979) volume-expansion study in 25 patients with secondary (renal) hypertension found that urinary PGE concentration and renal plasma flow rose significantly.", PP_VE, wrong="secondary (renal) hypertension"),
    # Prietto 1979 (743): none, design, duration, number
    C("pri-none", PR, "none", "Prietto (1979) found cubitus varus in a third of the patients treated with Dunlop's traction but in only 5 per cent of those pinned percutaneously.", PR_33),
    C("pri-des", PR, "design", "In a prospective randomised trial, Prietto (1979) allocated patients with displaced supracondylar fractures of the humerus to Dunlop's traction or percutaneous pinning.", PR_RETRO, wrong="In a prospective randomised trial"),
    C("pri-dur", PR, "duration", "Follow-up in Prietto's (1979) series averaged about six months in both the traction and the pinning groups.", PR_36, wrong="about six months", truth_alt=[PR_28], accept=DN),
    C("pri-num", PR, "number", "Prietto (1979) reported a cubitus varus rate of 33 per cent after Dunlop's traction compared with 18 per cent after percutaneous pinning.", PR_33, wrong="18 per cent"),
]
(Path(__file__).resolve().parent / "claims.json").write_text(json.dumps(claims, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
print(len(claims), "claims")
