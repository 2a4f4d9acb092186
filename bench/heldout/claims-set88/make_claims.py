"""Writes claims.json (set 88). Hand-written claims; truth sentences copied verbatim from the main (English) abstracts
of pool 14's records. The C() helper and the field layout are those of set 55's make_claims.py (its first lines only
were read)."""
import json
from pathlib import Path

def C(id, key, kind, claim, truth, wrong=None, truth_alt=None, accept=None):
    d = {"id": id, "key": key, "kind": kind, "claim": claim, "truth": truth}
    if truth_alt: d["truth_alt"] = truth_alt
    if wrong: d["wrong"] = wrong
    if accept: d["accept"] = accept
    return d

AL, BO, OS, CH, IV = "aloia1977radiographic", "boronow1977comparison", "osuntokun1977stroke", "chihara1977effects", "iveson1977immunofluorescence"
RO, ME, KI, RY, SC = "rosen1979acceptability", "merillon1977role", "kirschke1979lysosomal", "ryan1977evaluation", "schneck1979effect"
LI, KL, SP, GO, LE = "lindblad1977influence", "klein1979incidence", "spooner1977diagnosis", "gorshevikova1977antibiotic", "leis1979comparison"

# --- truth sentences (verbatim) ---
AL_45 = "Measurements of bone mineral content and total-body calcium, normalized and expressed as ratios, were compared with radiographic morphometry in 45 women who had spinal osteoporosis."
AL_REL = "Both ratios and all the radiographic indices except the femoral trabecular pattern were found to be related to the number of dorsal spine fractures."
AL_CONC = "The relationships observed support the following conclusions: (A) the femoral score and the metacarpal index are related to the degree of osteopenia; (B) the biconcavity index reflects the extraskeletal factors that are pathogenic in spinal osteoporosis; (C) a reduced femoral trabecular pattern index is associated with spinal osteoporosis, although this measurement is not related to the degree of osteopenia; and (D) it may be imprudent to diagnose osteoporosis from the presence of lumbar compression fractures."
BO_101 = "One hundred and one cases of cervical cancer were randomized by a card selection system into two treatment groups."
BO_SURV = "Life-table techniques revealed an over-all five-year survival rate of 68.6 per cent in Group A and 86.7 per cent in Group B (statistically significant to P = 0.05)."
BO_COMP = "Over-all radiation complication rates were similar although there were four radiation-induced vaginal fistulas in Group A and one in Group B."
OS_ISCH = "Ischaemic stroke is by far the commonest clinical type encountered."
OS_RISK = "The main risk factors are hypertension, diabetes mellitus and homozygous sickle cell disease (in children only)."
OS_SEX = "The male to female ratio was five to two."
OS_2Y = "The results of the first community study over a 2-year period on the incidence of stroke in an African Urban (Ibadan) Community are presented."
OS_FREQ = "The frequencies in hospital populations varied from 0.9% to 4.0% and stroke accounted for 0.5% to 45% of neurological admissions."
CH_BOLUS = "A bolus of 500 microgram of synthetic TRH was injected iv at the onset of sleep, followed by continuous iv infusion of 1000 microgram of TRH dissolved in saline for 3 h on two nights."
CH_SAL = "Saline alone was infused on two control nights in each of these subjects."
CH_AWAKE = "The mean (+/-SE) percentage of awakening on the nights of TRH administration was significantly larger than on the control nights (36.4 +/- 1.9% vs. 1.3 +/- 0.8%, P less than 0.001)."
CH_CONC = "These results suggest that TRH inhibits sleep and sleep-related GH release in normal subjects."
CH_GH = "On nights of TRH administration, however, plasma GH levels during the initial 80 min of sleep were significantly lower (P less than 0.005) than on control nights, whereas SWS was demonstrated before the interruption of sleep."
IV_36 = "Immunofluorescence studies have been carried out on rashes from 36 patients with rheumatoid arthritis receiving gold therapy."
IV_IGE = "IgE was found in 6 of the gold rashes and in 4 of the coincidental rashes."
IV_CONC = "Thus, while immunofluorescence is only marginally helpful in the diagnoses of gold rashes, evidence of an immunological reaction tends to favour a diagnosis of a gold-induced rash."
RO_77 = "Seventy-seven patients applying for abortion during early pregnancy consented to be treated by prostaglandin vaginal suppositories or vacuum aspiration by Kahrman catheter in a random design."
RO_POS = "Both treatments were positively evaluated but perceived to have very different characteristics."
RO_TIMES = "Attitude and preference measures were obtained by interviewing and rating scales on three occasions: before assignment to abortion procedure, immediately after treatment, and two weeks later."
RO_PREF = "The preference for the method used for own treatment increased in both groups."
ME_61 = "In this study of 61 patients (group I: 37 patients with no signs of cardiac failure, group II: 24 patients with signs of cardiac failure), a comparison is made between the indices of left ventricular performance obtained during the isovolumic phase dp/dt/Pt max of the left ventricle (5F Millar micromanometer) and in the ejection phase (ejection fraction, mean speed of fibre contraction, corrected mean systolic ejection speed (left ventricular cineanigiography) and maximal acceleration of the aortic blood flow (electromagnetic velocimeter)."
ME_G1 = "The results show that, for group I patients the correlation between the indices in the isovolumic and ejection phases is improved by taking Zo into account."
ME_G2 = "This result is not true for group II cases except with respect to the acceleration of aortic blood flow."
KI_NEW = "The use of cytosol proteins as substrates has allowed the detection of two new lysosomal cysteine proteinases from rat liver: the endoaminopeptidase cathepsin H and cathepsin L, which splits almost no synthetic substrates but has a more than 10-fold higher specific activity with proteins as substrates than other mammalian cysteine proteinases."
KI_B = "Cathepsin B has so far been the most investigated cysteine (thiol) proteinase of lysosomes."
RY_EVAL = "The sampler was evaluated by controlled contamination of Bennett AP-5, PR-2, and MA-1 respirators with Escherichia coli, Pseudomonas aeruginosa, and Acinetobacter."
RY_77 = "Bacteria present as viable 1.4 to 3.5-mum particles in each of 77 aerosols were quantitated by using the Andersen viable-particle sampler, and the results were compared with those of colonies obtained from 10-s or 15-cycle Aerotest samples."
RY_ALL = "All aerosols containing counts greater than expected in hospital air were detected by the Aerotest method."
RY_PRACT = "The Aerotest sampler provides a practical method for surveillance sampling of respirator nebulizers."
SC_7 = "The effect of isoniazid (INH) and procainamide (PA) on each other's acetylation pathway was studied in 7 normal subjects (3 rapid acetylators, 3 slow acetylators, 1 of indeterminate phenotype)."
SC_DOSE = "Oral PA (6 mg/kg) was administered every 4 h for a total of seven doses."
SC_NOEFF = "Analysis of the parent drugs and their acetylated metabolites in plasma and urine revealed no effect on the acetylation of either drug."
SC_CONC = "However, the results from this study suggest that alterations of INH acetylation by PA are unlikely to be of clinical significance."
LI_13 = "The interrelationships between biliary bile acid, lecithin and cholesterol secretion rates were studied druing depletion of the bile acid pool and during duodenal administration of cholic or chenodeoxycholic acid in thirteen patients 7-12 days after operation for uncomplicated gallstone disease."
LI_LEC = "The mean lecithin secretion rate was signigicantly higher during cholic acid than during chenodeoxycholic acid infusion."
LI_UNSAT = "The hepatic bile became unsaturated in cholesterol at significantly lower bile acid secretion rate during chenodeoxycholic acid infusion (10.7 +/- 0.3 mumol min-1) than during cholic acid infusion (15.6 +/- 0.5 mumol min-1)."
KL_66 = "Incidence and type of premature ventricular contractions (PVC) were studied by ambulatory monitoring in 66 patients at the average 20 months after left ventricular aneurysmectomy."
KL_30 = "After aneurysmectomy only 30% of all patients showed no PVCs; 35% had few PVCs and 35% demonstrated frequent PVCs."
KL_LOWN = "In 16 patients (24%) PVCs of Lown Classes III and IV were found."
KL_25 = "Only 7 out of 25 patients of the group analyzed before and after aneurysmectomy improved by one or more Lown Classes, 10 patients remained in the same Class, 8 patients worsened."
KL_DISAP = "Results of aneurysmectomy for intractable ventricular arrhythmias are disappointing and unpredictable."
KL_FUT = "The application of new surgical techniques to localize and excise irritable foci seems advisable for the future."
SP_17 = "Among 17 children with proved pericardial effusion, bands of density within the cardio-pericardial silhouette were seen in six films, while positive epicardial fat pad signs were seen on four."
SP_83 = "When three radiologists without experience in use of the sign evaluated radiographs of the six patients with the sign and six controls without pericardial effusion, the sign was detected in most instances in the children with effusions (specificity and sensitivity, 83%)."
SP_FAT = "We conclude that the new sign may be produced by epicardial fat adjacent to pericardial fluid."
GO_1492 = "Sensitivity of 1492 strains of the causative agents of the surgical purulent infections, i. e. pathogenic Staphylococcus, Proteus, Ps. aeruginosa and E. coli to benzylpenicillin, streptomycin, levomycetin, tetracycline, erythromycin, oleandomycin, monomycin, kanamycin, novobiocin, ampicillin, oxacillin, ceporin, gentamicin and rifampicin was studied."
GO_GENTA = "Gentamicin was most active against all the bacterial species tested."
GO_MULTI = "Most of the strains of the causative agents of the surgical purulent infections were multiresistant to 4 antibiotics."
GO_1976 = "The number of the staphylococcal strains sensitive to benzylpenicillin, streptomycin and levomycetin increased in 1976 as compared to 1975 on the background of a limited use of these antibiotics in clinics."
GO_PSEUD = "Sensitivity of the strains of Ps. aeruginosa and Proteus was low to all of the antibiotics except gentamycin."
LE_10 = "Ten women who took oral contraceptives for six months or longer were investigated."
LE_RAND = "The women took in a randomized sequence cyproteronazetate 2 mg. ethinyloestradiol 50 mcg. (Diane), D-Norgestrel 0.25 mg., ethinyloestradiol 50 mcg. (Neogynon), and Lynestrenol 2.5 mg. with ethinyloestradiol 50 mcg. (Lyndiol)."
LE_CYCLE = "Since each patient received one cycle of each of the oral contraceptives each patient served as her own control."
LE_SAME = "With Diane and Neogynon the sebaceous secretions were the same."
LE_LYN = "With ingestion of Lyndiol there was a significantly higher sebaceous secretion than with the other two oral contraceptives (p less than 0.05, t-test for paired observations)."

claims = [
    # Aloia 1977: none x2, population, direction
    C("aloia-n1", AL, "none", "Aloia et al. (1977) compared radiographic indices of the skeleton with bone mineral content and total-body calcium in 45 women with spinal osteoporosis.", AL_45),
    C("aloia-n2", AL, "none", "In women with spinal osteoporosis, almost every radiographic index examined was associated with how many dorsal vertebrae had fractured; the femoral trabecular pattern was the exception (Aloia et al., 1977).", AL_REL),
    C("aloia-pop", AL, "population", "Aloia and colleagues (1977) related radiographic morphometry to total-body calcium in 45 men with spinal osteoporosis.", AL_45, wrong="45 men"),
    C("aloia-dir", AL, "direction", "According to Aloia et al. (1977), the femoral trabecular pattern index closely tracked the number of dorsal spine fractures in women with spinal osteoporosis.", AL_REL, wrong="closely tracked the number of dorsal spine fractures"),
    # Boronow 1977: none, design, duration, direction
    C("boronow-n1", BO, "none", "In Boronow and Hickman's (1977) randomised comparison of two radiotherapy plans for cervical cancer, five-year survival was about 87% with the M.D. Anderson plan against about 69% with the Mississippi plan.", BO_SURV, truth_alt=[BO_101]),
    C("boronow-des", BO, "design", "In a retrospective review of 101 women treated for cervical cancer with one of two radiotherapy plans, Boronow and Hickman (1977) found better survival with the M.D. Anderson plan.", BO_101, wrong="retrospective review"),
    C("boronow-dur", BO, "duration", "Boronow and Hickman (1977) reported ten-year survival of 86.7% with the M.D. Anderson radiotherapy plan versus 68.6% with the Mississippi plan in cervical cancer.", BO_SURV, wrong="ten-year survival"),
    C("boronow-dir", BO, "direction", "The M.D. Anderson radiotherapy plan produced clearly higher overall complication rates than the Mississippi plan in the cervical cancer trial of Boronow and Hickman (1977).", BO_COMP, wrong="clearly higher overall complication rates"),
    # Osuntokun 1977: none, number, duration, population
    C("osuntokun-n1", OS, "none", "Osuntokun (1977) noted that ischaemic stroke is by far the most common type of stroke seen in Africans.", OS_ISCH),
    C("osuntokun-num", OS, "number", "In the Ibadan community stroke study reported by Osuntokun (1977), men outnumbered women by five to one.", OS_SEX, wrong="five to one"),
    C("osuntokun-dur", OS, "duration", "Osuntokun's (1977) report presents the first community study of stroke incidence in an African city, a five-year survey in Ibadan.", OS_2Y, wrong="a five-year survey"),
    C("osuntokun-pop", OS, "population", "Besides hypertension and diabetes, homozygous sickle cell disease is one of the main risk factors for stroke in African adults (Osuntokun, 1977).", OS_RISK, wrong="in African adults"),
    # Chihara 1977: none, number, direction, comparator
    C("chihara-n1", CH, "none", "Chihara et al. (1977) found that an infusion of TRH at sleep onset disrupted sleep and suppressed the growth hormone surge that normally accompanies early sleep in healthy volunteers.", CH_CONC, truth_alt=[CH_GH]),
    C("chihara-num", CH, "number", "In the study by Chihara and colleagues (1977), four healthy volunteers were given a 500 mg bolus of TRH at sleep onset followed by a three-hour TRH infusion.", CH_BOLUS, wrong="500 mg bolus"),
    C("chihara-dir", CH, "direction", "Chihara et al. (1977) reported that TRH given at sleep onset enhanced sleep-related growth hormone release in normal subjects.", CH_CONC, wrong="enhanced sleep-related growth hormone release", truth_alt=[CH_GH]),
    C("chihara-comp", CH, "comparator", "On TRH nights the volunteers in Chihara et al.'s (1977) study were awake about 36% of the time, against about 1% on nights when they received no infusion at all.", CH_SAL, wrong="on nights when they received no infusion at all", truth_alt=[CH_AWAKE]),
    # Iveson 1977: none, overreach, population, number
    C("iveson-n1", IV, "none", "Iveson et al. (1977) detected IgE in the skin of only 6 of 24 gold-induced rashes, and in 4 of 12 rashes that were unrelated to gold.", IV_IGE),
    C("iveson-over", IV, "overreach", "Iveson and colleagues (1977) showed that skin immunofluorescence reliably distinguishes gold-induced rashes from coincidental rashes in patients with rheumatoid arthritis.", IV_CONC, wrong="reliably distinguishes", accept=["overreach", "direction"]),
    C("iveson-pop", IV, "population", "Iveson et al. (1977) studied skin rashes by immunofluorescence in 36 patients with psoriatic arthritis who were receiving gold.", IV_36, wrong="psoriatic arthritis"),
    C("iveson-num", IV, "number", "IgE deposits were found in 16 of the 24 gold rashes examined by Iveson et al. (1977).", IV_IGE, wrong="16 of the 24"),
    # Rosen 1979: none, design, comparator, duration
    C("rosen-n1", RO, "none", "Rosén et al. (1979) randomly assigned 77 women seeking early abortion to prostaglandin vaginal suppositories or vacuum aspiration, and both methods were viewed favourably by the women who received them.", RO_POS, truth_alt=[RO_77]),
    C("rosen-des", RO, "design", "In an observational study of 77 women who chose either prostaglandin suppositories or vacuum aspiration for early abortion, Rosén and colleagues (1979) found both methods were well accepted.", RO_77, wrong="observational study"),
    C("rosen-comp", RO, "comparator", "Rosén et al. (1979) compared the acceptability of prostaglandin vaginal suppositories with dilatation and curettage for terminating very early pregnancy.", RO_77, wrong="dilatation and curettage"),
    C("rosen-dur", RO, "duration", "In Rosén et al.'s (1979) trial, women's attitudes to the two abortion methods were assessed before treatment, just after it and again six months later.", RO_TIMES, wrong="six months later"),
    # Merillon 1977: none x2, population, design
    C("merillon-n1", ME, "none", "Mérillon et al. (1977) compared isovolumic and ejection-phase indices of left ventricular performance in 61 patients, 24 of whom had signs of cardiac failure.", ME_61),
    C("merillon-n2", ME, "none", "In patients without heart failure, taking the characteristic impedance of the ascending aorta into account improved the correlation between isovolumic and ejection-phase indices (Mérillon et al., 1977).", ME_G1),
    C("merillon-pop", ME, "population", "Mérillon and colleagues (1977) found that, in patients with cardiac failure, correcting for aortic characteristic impedance improved the agreement between isovolumic and ejection-phase indices of ventricular performance.", ME_G1, wrong="in patients with cardiac failure", truth_alt=[ME_G2]),
    C("merillon-des", ME, "design", "In a randomised trial involving 61 patients, Mérillon et al. (1977) examined how aortic impedance affects ejection-phase indices of left ventricular performance.", ME_61, wrong="randomised trial"),
    # Kirschke 1979: none x2, number, direction
    C("kirschke-n1", KI, "none", "Kirschke et al. (1979) described two newly detected lysosomal cysteine proteinases from rat liver, cathepsin H and cathepsin L.", KI_NEW),
    C("kirschke-n2", KI, "none", "According to Kirschke and colleagues (1979), cathepsin B had been the most studied of the lysosomal cysteine proteinases.", KI_B),
    C("kirschke-num", KI, "number", "Kirschke et al. (1979) reported that cathepsin L degrades proteins with more than 100-fold higher specific activity than other mammalian cysteine proteinases.", KI_NEW, wrong="100-fold"),
    C("kirschke-dir", KI, "direction", "Kirschke et al.'s (1979) rat-liver cathepsin L readily splits synthetic substrates.", KI_NEW, wrong="readily splits synthetic substrates"),
    # Ryan 1977: none, comparator, design, overreach
    C("ryan-n1", RY, "none", "Ryan and Mihalyi (1977) found that the Aerotest sampler detected every respirator aerosol whose bacterial count exceeded what is expected in hospital air.", RY_ALL),
    C("ryan-comp", RY, "comparator", "Ryan and Mihalyi (1977) checked the Aerotest sampler's colony counts against settle plates exposed to 77 respirator aerosols.", RY_77, wrong="settle plates"),
    C("ryan-des", RY, "design", "In a clinical study of ventilated patients, Ryan and Mihalyi (1977) evaluated a simple one-step device for sampling bacteria in respirator aerosols.", RY_EVAL, wrong="clinical study of ventilated patients", accept=["design", "population"]),
    C("ryan-over", RY, "overreach", "Ryan and Mihalyi (1977) showed that routine surveillance with the Aerotest sampler prevents nosocomial pneumonia in patients on respirators.", RY_PRACT, wrong="prevents nosocomial pneumonia"),
    # Schneck 1979: none, direction, population, duration
    C("schneck-n1", SC, "none", "Schneck et al. (1979) found that procainamide and isoniazid given together did not alter the acetylation of either drug in seven healthy volunteers.", SC_NOEFF, truth_alt=[SC_7]),
    C("schneck-dir", SC, "direction", "Schneck and colleagues (1979) showed that procainamide substantially slowed the acetylation of isoniazid when the two drugs were given together.", SC_NOEFF, wrong="substantially slowed the acetylation of isoniazid", truth_alt=[SC_CONC]),
    C("schneck-pop", SC, "population", "Schneck et al. (1979) studied the interaction between procainamide and isoniazid acetylation in seven patients with tuberculosis.", SC_7, wrong="seven patients with tuberculosis"),
    C("schneck-dur", SC, "duration", "In Schneck et al.'s (1979) study, subjects took oral procainamide every 4 hours for a week before a single 300 mg dose of isoniazid.", SC_DOSE, wrong="for a week"),
    # Lindblad 1977: none x2, number, comparator
    C("lindblad-n1", LI, "none", "Lindblad et al. (1977) found that bile became unsaturated with cholesterol at a lower bile acid secretion rate during chenodeoxycholic acid infusion than during cholic acid infusion.", LI_UNSAT),
    C("lindblad-n2", LI, "none", "Lecithin secretion into bile was significantly greater during cholic acid infusion than during chenodeoxycholic acid infusion (Lindblad et al., 1977).", LI_LEC),
    C("lindblad-num", LI, "number", "Lindblad and colleagues (1977) studied biliary lipid secretion in thirty patients 7-12 days after surgery for uncomplicated gallstone disease.", LI_13, wrong="thirty patients"),
    C("lindblad-comp", LI, "comparator", "In Lindblad et al.'s (1977) patients, hepatic bile became unsaturated in cholesterol at a lower bile acid secretion rate with chenodeoxycholic acid than with ursodeoxycholic acid.", LI_UNSAT, wrong="ursodeoxycholic acid"),
    # Klein 1979: none x2, number, overreach
    C("klein-n1", KL, "none", "Klein et al. (1979) found that only about 30% of patients were free of premature ventricular contractions on ambulatory monitoring an average of 20 months after left ventricular aneurysmectomy.", KL_30, truth_alt=[KL_66]),
    C("klein-n2", KL, "none", "Of the 25 patients monitored both before and after aneurysmectomy in the study by Klein and colleagues (1979), 7 improved by at least one Lown class, 10 stayed the same and 8 got worse.", KL_25),
    C("klein-num", KL, "number", "Klein et al. (1979) found complex ventricular ectopy (Lown classes III and IV) in 42% of patients after aneurysmectomy.", KL_LOWN, wrong="42%"),
    C("klein-over", KL, "overreach", "Klein et al. (1979) concluded that aneurysmectomy is of no use for intractable ventricular arrhythmias and should be abandoned.", KL_DISAP, wrong="should be abandoned", truth_alt=[KL_FUT]),
    # Spooner 1977: none x2, population, overreach
    C("spooner-n1", SP, "none", "Spooner et al. (1977) described a new band-like density along the left heart border on chest films, present in 6 of 17 children with proven pericardial effusion.", SP_17),
    C("spooner-n2", SP, "none", "When three radiologists unfamiliar with the sign read the films, its sensitivity and specificity were both 83% (Spooner et al., 1977).", SP_83),
    C("spooner-pop", SP, "population", "Spooner and colleagues (1977) proposed a new radiographic sign of pericardial effusion in adults.", SP_17, wrong="in adults"),
    C("spooner-over", SP, "overreach", "Spooner et al. (1977) established the band of density along the left heart border as a definitive radiographic sign of pericardial effusion.", SP_83, wrong="definitive radiographic sign"),
    # Gorshevikova 1977: none x2, overreach, design
    C("gorshevikova-n1", GO, "none", "Gorshevikova (1977) found gentamicin to be the most active antibiotic against all the bacterial species isolated from suppurative surgical infections.", GO_GENTA),
    C("gorshevikova-n2", GO, "none", "Most bacterial strains from surgical wound infections were resistant to four antibiotics, according to Gorshevikova (1977).", GO_MULTI),
    C("gorshevikova-over", GO, "overreach", "Gorshevikova (1977) proved that restricting benzylpenicillin, streptomycin and levomycetin restores the sensitivity of staphylococci to these drugs.", GO_1976, wrong="proved that restricting"),
    C("gorshevikova-des", GO, "design", "In a clinical trial comparing fourteen antibiotics in patients with suppurative surgical infections, Gorshevikova (1977) found gentamicin the most effective.", GO_1492, wrong="clinical trial", truth_alt=[GO_GENTA]),
    # Leis 1979: none, comparator, direction, duration
    C("leis-n1", LE, "none", "In a randomised crossover comparison in ten women, Leis and Clarin (1979) found that forehead sebum output was higher on Lyndiol than on either Diane or Neogynon.", LE_LYN, truth_alt=[LE_RAND]),
    C("leis-comp", LE, "comparator", "Leis and Clarin (1979) found that women produced more forehead sebum while taking Lyndiol than when they were taking no hormonal contraception.", LE_LYN, wrong="than when they were taking no hormonal contraception"),
    C("leis-dir", LE, "direction", "Women taking Diane secreted less sebum on the forehead than when they took Neogynon (Leis & Clarin, 1979).", LE_SAME, wrong="secreted less sebum on the forehead than when they took Neogynon"),
    C("leis-dur", LE, "duration", "In Leis and Clarin's (1979) study, each woman took each of the three oral contraceptives for three months in random order.", LE_CYCLE, wrong="for three months"),
]
(Path(__file__).resolve().parent / "claims.json").write_text(json.dumps(claims, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(len(claims))
