"""Writes claims.json (set 69). Hand-written claims; truth sentences copied verbatim from the abstracts (pool 14).
The C() helper and the field layout are those of set 55's make_claims.py (itself set 50's; their first lines only)."""
import json
from pathlib import Path

def C(id, key, kind, claim, truth, wrong=None, truth_alt=None, accept=None):
    d = {"id": id, "key": key, "kind": kind, "claim": claim, "truth": truth}
    if truth_alt: d["truth_alt"] = truth_alt
    if wrong: d["wrong"] = wrong
    if accept: d["accept"] = accept
    return d

VM, SA, RE, PA, ED = "vandermaulen1979immune", "sato1977age", "rein1979effect", "patrick1979saltwater", "edmunds1977evaluation"
DI, EL, MU, TR, VI = "dineen1978hand", "elsborg1979vitamin", "muntean1978recognition", "traill1978diastolic", "viukari1979attitudes"
LJ, MO, HE, PS, JA = "ljungqvist1979plasma", "moore1977ovenstone", "heaf1977differences", "parslow1977evaluation", "jacobson1977epidemic"

VM_FIRST = "Phagocytosed immune complexes in polymorphonuclear (PMN) leucocytes of sixty-nine patients with Raynaud's phenomenon were studied by scoring the cells for IgG and complement inclusions."
VM_CTRL = "Median IgG and complement scores of PMN cells were significantly elevated in patients with Raynaud's phenomenon when compared with those of the control group (P less than 0.01)."
SA_DOSE = "The L-T4 dosage which was associated with normal TSH responsiveness to TRH (the adequate L-T4 dose) was high in infancy (10 mug/kg/day), decreasing with age to a level of 3-4 mug/kg/day in pubertal children (correlation coefficient r=-0.820, P less than 0.01)."
RE_FIRST = "The clinical course of 21 children with cow's milk protein intolerance (CMPI) who were treated at the Children's Hospital of Zurich during the years of 1963-1977 was analysed in retrospect."
RE_BREAST = "Children who had initially been breast fed during at least 10 days, and those who were treated within 2 weeks after the appearance of the first symptoms with a cow's milk-free diet presented a milder and shorter course of CMPI."
PA_49 = "A total of 49 cases (16 fatalities, 33 survivors) occurred in the five year period from 1971 to 1975 in southeastern Queensland."
ED_FIRST = "The medical and economic benefits of a computer-aided monitoring system were evaluated in a prospective, randomized study of 810 patients after open-heart surgery."
DI_FIRST = "Two antiseptic preparations for hand washing were compared by the glove-juice method in a crossover study on 10 volunteers."
DI_REF = "The reference preparation was 7.5% povidone-iodine (Betadine Surgical Scrub); the test agent was 4% chlorhexidine gluconate combined with 4% isopropyl alcohol (Hibiclens)."
DI_P = "Logarithmic values, and the paired t test applied to them, showed a highly significant difference (p = less than 0.001) in favor of the degerming ability of the reference agent compared to the test agent."
EL_FIRST = "In an attempt to evaluate the possible relationship between vitamin B12 deficiency and mental disease, the blood content of vitamin B12 was investigated in 835 consecutive psychiatric patients."
EL_72 = "In the remaining 72 cases vitamin B12 deficiency was probably caused by nutritional insufficiency."
MU_FIRST = "Antibodies were measured in 172 unselected neonates against mixed polyvalent antigens derived from E. COLI, Klebsiella, Ps. aeruginosa and Proteus spp. respectively, using a modification of the indirect haemagglutination technique according to Neter."
MU_LAST = "These results suggest that the measurement of antibody titres can be a valuable aid to the diagnosis of neonatal septicaemia."
TR_FIRST = "In order to study factors influencing posterior wall thickness during diastole, echocardiograms showing the septum, mitral valve and posterior wall endocardium and epicardium in 15 normal subjects and 49 patients with heart disease were digitized."
VI_21 = "Then the attitudes of 21 general physicians towards assessment and drug treatment of mentally abnormal offenders as well as towards 10 illnesses were measured by self-rating scales employing a 10-cm line technique."
LJ_FIRST = "For supplementary weaning foods, Faffa (Ethiopia), Incaparina (Guatemala), Superamin (Egypt) and Sekmama (Turkey), were studied with regard to protein quality."
MO_78 = "This paper compares the predictive accuracy of two methods, Liley versus Ovenstone Factor, in 78 samples of fluid from 46 patients."
MO_PRED = "Predictions were correct in 80% of infants using Ovenstone Factor and 67% using the Liley curve, and incorrect in only 7% and 13%, respectively."
HE_FIRST = "Various doses of heparin were given as a single injection into the brachial artery of each of twelve fasting healthy males."
PS_FIRST = "We measured serum thyroxine (free and total), triiodothyronine (free and total), thyroxine-binding globulin, and triiodothyronine uptake by talc in 97 normal men and 50 pregnant women."
JA_FIRST = "An epidemic of disease due to sulfonamide-sensitive serogroup B Neisseria meningitidis occurred in 1975-1976 in southwestern Alabama."
JA_TEN = "Ten cases occurred in a circumscribed area and resulted in an annual attack rate of 20 cases per 100,000 population."
JA_CARR = "Carrier surveys before and after treatment indicated that compliance with the drug regimen was good and that the drug regimen was associated with a sharp reduction in carriage of N. meningitidis."
JA_FIVE = "No cases occurred in the treated population in the five months after treatment."

CLAIMS = [
 # van der Maulen 1979 (immune complexes in Raynaud's phenomenon)
 C("vandermaulen-n1", VM, "none",
   "In the study by van der Maulen et al. (1979), neutrophils from 69 people with Raynaud's phenomenon carried significantly more IgG and complement inclusions than neutrophils from control subjects.",
   VM_CTRL, truth_alt=[VM_FIRST]),
 C("vandermaulen-num", VM, "number",
   "Raised IgG and complement scores were seen in 89% and 100% of patients whose cold plethysmography was positive or strongly positive, against only 28% of those with a negative test (van der Maulen et al., 1979).",
   "They also showed elevated IgG and complement scores in a greater proportion (89 and 100%, respectively, vs 48%).",
   wrong="28%"),
 C("vandermaulen-pop", VM, "population",
   "Working with 69 patients with systemic sclerosis, van der Maulen and colleagues (1979) scored circulating neutrophils for ingested immune complexes and related the scores to finger vasospasm after cooling.",
   VM_FIRST, wrong="69 patients with systemic sclerosis"),
 C("vandermaulen-over", VM, "overreach",
   "The neutrophil immune-complex test, according to van der Maulen et al. (1979), reliably separates Raynaud's phenomenon due to connective tissue disease from truly primary Raynaud's and can be used to diagnose it early.",
   "This suggests that the test for immune complex detection may distinguish patients with connective tissue disease-associated Raynaud's phenomenon from those with truly primary Raynaud's, in an early stage of the disease.",
   wrong="reliably separates"),
 # Sato 1977 (L-T4 dose and age in cretinism)
 C("sato-n1", SA, "none",
   "Sato et al. (1977) found that the thyroxine dose needed to bring the TSH response to TRH back to normal in children with cretinism fell with age, from around 10 µg/kg/day in infancy to 3-4 µg/kg/day by puberty.",
   SA_DOSE),
 C("sato-dur", SA, "duration",
   "In Sato and colleagues' (1977) series of nine children with cretinism, the L-thyroxine dose was raised or lowered by 25 or 50 µg/day at 2-12 week intervals, with a TRH test at each step.",
   "L-T4 dosage was increased or decreased by 25 or 50 mug/day at 2-12 mo. intervals, and the TSH response to exogenous thyrotropin-releasing hormone (TRH) was tested sequentially at each dose of L-T4 until a normal or slightly suppressed TSH response was obtained",
   wrong="2-12 week intervals"),
 C("sato-dir", SA, "direction",
   "Sato et al.'s (1977) results suggest that the pituitary threshold for feedback suppression of TSH by thyroxine rises with age in children with cretinism.",
   "Although the number of patients examined was limited, these results suggest that the pituitary threshold for feedback regulation of TSH secretion by T4 decreases with age in children with cretinism and the usually recommended replacement doses of L-T4 between 4 and 12 yrs of age are probably overestimated.",
   wrong="rises with age"),
 C("sato-num", SA, "number",
   "Between 4 and 12 years of age, the adequate thyroxine dose in children with cretinism was lower than the usual recommendation, 4-6 versus 12-14 µg/kg/day (Sato et al., 1977).",
   "The adequate L-T4 dose observed between 4 and 12 yrs of age was lower than the usually recommended dose (4-6 vs. 7-8 mug/kg/day).",
   wrong="12-14 µg/kg/day"),
 # Rein 1979 (cow's milk protein intolerance)
 C("rein-n1", RE, "none",
   "Rein and Shmerling (1979) found that children with cow's milk protein intolerance who were severely undernourished or dehydrated had a course and duration of illness no different from the others.",
   "Severely undernourished or dehydrated patients did not differ from others in the course or duration of the disease, and patients with bloody stools showed a less serious but not shorter course of the CMPI.", truth_alt=[RE_FIRST]),
 C("rein-des", RE, "design",
   "In a prospective follow-up of 21 children treated for cow's milk protein intolerance at the Zurich Children's Hospital, Rein and Shmerling (1979) tracked how breast feeding and early diagnosis shaped the course of the disease.",
   RE_FIRST, wrong="prospective follow-up"),
 C("rein-dur", RE, "duration",
   "Cow's milk challenges given by mouth 3 months or more after treatment had started did not prolong the apparent course of the intolerance (Rein & Shmerling, 1979).",
   "Oral cow's milk challenges undertaken 3 weeks after the beginning of the treatment or later did not lengthen the apparent duration of the disease.",
   wrong="3 months"),
 C("rein-over", RE, "overreach",
   "Rein and Shmerling's (1979) work shows that breast feeding for at least 10 days and a milk-free diet started within 2 weeks of the first symptoms guarantee a mild, short course of cow's milk protein intolerance.",
   RE_BREAST, wrong="guarantee a mild, short course"),
 # Patrick 1979 (childhood saltwater drowning, Queensland)
 C("patrick-n1", PA, "none",
   "Patrick et al. (1979) identified 49 childhood saltwater immersion accidents in south-east Queensland over 1971-1975, 16 of which were fatal.",
   PA_49),
 C("patrick-n2", PA, "none",
   "Toddlers made up a third of the children involved in saltwater immersions and had the poorest survival (Patrick et al., 1979).",
   "Toddlers are disproportionately represented (33% of all children) and their survival rates are lowest."),
 C("patrick-dur", PA, "duration",
   "In a ten-year total-population study of children's saltwater drowning and near-drowning in south-east Queensland, Patrick and colleagues (1979) put the serious accident rate at 3.37 per 100,000 children a year.",
   PA_49, wrong="ten-year",
   truth_alt=["The serious saltwater accident rate (loss of consciousness or death) in childhood (from 0 to 15 years inclusive, is 3.37/100,000 children per year at risk (fatality rate 1.12)."]),
 C("patrick-comp", PA, "comparator",
   "Children who lost consciousness in saltwater survived more often (67%) than adults who lost consciousness in the surf (50%), according to Patrick et al. (1979).",
   "As a group, more children survive a potentially fatal saltwater immersion (67%) than do those who lose consciousness in freshwater (50%).",
   wrong="adults who lost consciousness in the surf", accept=["comparator", "population"]),
 # Edmunds 1977 (computer-aided monitoring after heart surgery)
 C("edmunds-n1", ED, "none",
   "Edmunds et al.'s (1977) randomised evaluation of 810 open-heart surgery patients found that computer-aided monitoring produced no discernible medical benefit and did not improve nursing work.",
   "The study showed that the computer-aided monitoring system did not provide discernible medical benefits nor favorably affect nursing activities.",
   truth_alt=[ED_FIRST]),
 C("edmunds-des", ED, "design",
   "An observational before-and-after comparison by Edmunds and colleagues (1977) found that computerised monitoring after open-heart surgery offered patients no medical advantage.",
   ED_FIRST, wrong="observational before-and-after comparison"),
 C("edmunds-over", ED, "overreach",
   "Edmunds et al. (1977) demonstrated that computer-aided monitoring can never benefit patients recovering from cardiac surgery.",
   "Future development of computer-aided monitoring systems for open cardiac surgery should stress reliability, accuracy and relevance of the monitored measurements.",
   wrong="can never benefit", truth_alt=["The study showed that the computer-aided monitoring system did not provide discernible medical benefits nor favorably affect nursing activities."]),
 C("edmunds-num", ED, "number",
   "In a randomised study of 180 patients after open-heart surgery, computer-aided monitoring proved unreliable and had a low benefit/cost ratio (Edmunds et al., 1977).",
   ED_FIRST, wrong="180 patients"),
 # Dineen 1978 (povidone-iodine vs chlorhexidine hand washing)
 C("dineen-n1", DI, "none",
   "Dineen (1978) tested 7.5% povidone-iodine against 4% chlorhexidine gluconate with 4% isopropyl alcohol on the hands of 10 volunteers deliberately contaminated with a mix of Gram-negative bacteria.",
   DI_REF, truth_alt=[DI_FIRST]),
 C("dineen-des", DI, "design",
   "In a parallel-group comparison of two surgical hand scrubs in 10 volunteers, Dineen (1978) used the glove-juice method to count bacteria left on the hands.",
   DI_FIRST, wrong="parallel-group comparison"),
 C("dineen-comp", DI, "comparator",
   "Povidone-iodine degermed the hands significantly better than hexachlorophene (Dineen, 1978).",
   DI_P, wrong="hexachlorophene", truth_alt=[DI_REF]),
 C("dineen-dir", DI, "direction",
   "Dineen's (1978) crossover study found that the chlorhexidine-alcohol scrub removed significantly more bacteria from the hands than povidone-iodine did.",
   DI_P, wrong="removed significantly more bacteria from the hands than povidone-iodine"),
 # Elsborg 1979 (vitamin B12 in psychiatric patients)
 C("elsborg-n1", EL, "none",
   "Elsborg et al. (1979) measured vitamin B12 in 835 consecutive psychiatric patients and found low serum levels in about one in ten.",
   "Low serum vitamin B12 values were found in approximately 10% of these patients, due to latent pernicious anaemia in one case, post-gastrectomy in seven cases and small intestinal resection in one case.",
   truth_alt=[EL_FIRST]),
 C("elsborg-n2", EL, "none",
   "In most of the B12-deficient psychiatric patients described by Elsborg and colleagues (1979), poor diet seemed to be the cause, and once the diet was corrected serum B12 rose on its own in three-quarters of them.",
   "After correction of the dietary defect there was a spontaneous increase in serum vitamin B12 in 75% of these patients.",
   truth_alt=[EL_72]),
 C("elsborg-pop", EL, "population",
   "Elsborg et al. (1979) screened 835 consecutive nursing-home residents for vitamin B12 deficiency to explore its link with mental illness.",
   EL_FIRST, wrong="nursing-home residents"),
 C("elsborg-num", EL, "number",
   "Elsborg et al. (1979) judged that in 27 of the patients with low serum B12 the deficiency was probably due to nutritional insufficiency.",
   EL_72, wrong="27"),
 # Muntean 1978 (antibody titres in neonatal septicaemia)
 C("muntean-n1", MU, "none",
   "Muntean et al. (1978) measured antibodies against E. coli, Klebsiella, Pseudomonas aeruginosa and Proteus antigens by indirect haemagglutination in 172 unselected newborns, 120 of whom had no sign of infection and served as controls.",
   MU_FIRST, truth_alt=["120 of these neonates with no evidence of infection served as controls."]),
 C("muntean-n2", MU, "none",
   "Raised or rising antibody titres were found in six of the eight newborns with proven E. coli septicaemia (Muntean et al., 1978).",
   "6 out of 8 children with proven E. coli septicaemia had either raised titres or significant rises in titre."),
 C("muntean-pop", MU, "population",
   "Muntean and colleagues (1978) measured antibacterial antibody titres in 172 unselected infants in their first year of life to see whether they could help diagnose septicaemia.",
   MU_FIRST, wrong="infants in their first year of life"),
 C("muntean-over", MU, "overreach",
   "Muntean et al.'s (1978) findings show that antibody titres can replace blood cultures in diagnosing septicaemia in newborns.",
   MU_LAST, wrong="can replace blood cultures"),
 # Traill 1978 (diastolic wall thinning by echocardiography)
 C("traill-n1", TR, "none",
   "Analysing digitised echocardiograms from 15 normal subjects and 49 patients with heart disease, Traill et al. (1978) found that in ischaemic heart disease the rate and duration of rapid wall thinning were normal but thinning began before the mitral valve opened.",
   "In patients with ischaemic heart disease the peak rate and duration of rapid thinning were normal, but thinning preceded mitral valve opening (mean 50 msec).",
   truth_alt=[TR_FIRST]),
 C("traill-pop", TR, "population",
   "The peak rate of diastolic wall thinning was reduced in 11 of 17 patients with dilated cardiomyopathy (Traill et al., 1978).",
   "In 11 of 17 patients with hypertrophic cardiomyopathy the peak rate of thinning was reduced and in 2 it was increased.",
   wrong="dilated cardiomyopathy"),
 C("traill-num", TR, "number",
   "In normal hearts, Traill and colleagues (1978) described an early phase of rapid posterior wall thinning, peaking at about 17 cm/sec, that closely matched rapid ventricular filling.",
   "Maximum wall thickness, minimum cavity dimension and the onset of mitral valve opening are normally synchronous, and an early period of rapid wall thinning, at a peak rate of 10.7 +/- 1.7 cm/sec corresponds closely to rapid filling.",
   wrong="17 cm/sec"),
 C("traill-dir", TR, "direction",
   "In mitral stenosis, Traill et al.'s (1978) echocardiographic study found the peak wall-thinning rate to be often increased.",
   "In mitral stenosis peak thinning rate was frequently reduced but in some patients was normal, with the reduced rate of increase in cavity dimension maintained by reversal of septal movement.",
   wrong="often increased"),
 # Viukari 1979 (attitudes towards mentally abnormal offenders)
 C("viukari-n1", VI, "none",
   "On the forensic psychiatric ward studied by Viukari et al. (1979), 79% of staff were negative about drug trials, whereas 71% of staff in three Swedish mental hospitals were positive.",
   "The attitude towards drug trials was negative in 79% of the personnel, in contrast to 71% positive in three Swedish mental hospitals."),
 C("viukari-n2", VI, "none",
   "Viukari and colleagues (1979) found that general physicians ranked the assessment and drug treatment of mentally abnormal offenders below somatic illnesses on self-rating scales.",
   "Both the assessment and drug treatment of mentally abnormal offenders were the least favoured as compared with somatic illnesses.",
   truth_alt=[VI_21]),
 C("viukari-pop", VI, "population",
   "When Viukari et al. (1979) asked 21 psychiatric nurses to rate their attitudes towards mentally abnormal offenders and ten illnesses, offenders came out least favoured.",
   VI_21, wrong="21 psychiatric nurses"),
 C("viukari-comp", VI, "comparator",
   "Other neuropsychiatric disorders were also rated significantly less favourably than myocardial infarction (Viukari et al., 1979).",
   "Other neuropsychiatric disorders ranked with them were also very significantly (P less than 0.001) less favoured than pneumonia.",
   wrong="myocardial infarction"),
 # Ljungqvist 1979 (low-cost weaning foods)
 C("ljungqvist-n1", LJ, "none",
   "Ljungqvist et al. (1979) judged the protein quality of four low-cost weaning foods (Faffa, Incaparina, Superamin and Sekmama) by three methods: amino acid analysis, a nitrogen-balance assay in rats and plasma amino acid responses to test meals.",
   "Three different methods for protein quality evaluation were used.", truth_alt=[LJ_FIRST]),
 C("ljungqvist-n2", LJ, "none",
   "In the rat assay, the net protein utilisation of all four weaning foods lay between 56% and 70% (Ljungqvist et al., 1979).",
   "The net protein utilization of the four weaning foods were all in the range 56--70%."),
 C("ljungqvist-pop", LJ, "population",
   "In weaned infants given single test meals, Ljungqvist and colleagues (1979) found essential amino acid responses indicating a well-balanced supply, apart from marginal methionine deficits after Faffa and isoleucine deficits after Incaparina.",
   "The responses of the essential amino acids after test meals with the four weaning foods were all within a range considered to indicate a well balanced supply of dietary amino acids, except for marginal deficits of methionine after the Faffa test meals, and isoleucine after the Incaparina test meals.",
   wrong="weaned infants", truth_alt=["3. Single meal plasma amino acid responses in healthy young adults."]),
 C("ljungqvist-num", LJ, "number",
   "By amino acid scoring, Ljungqvist et al.'s (1979) analysis found the sulphur amino acids limiting in Faffa, at 57% of the reference.",
   "Amino acid scoring of the results indicated that the sulphur-containing amino acids were limiting in Faffa (77%); lysine, threonine and isoleucine in Incaparina (77--75%); threonine in Superamin (80%) and threonine and the sulphur-containing amino acids in Sekmama (90%).",
   wrong="57%"),
 # Moore 1977 (Ovenstone Factor vs Liley curve)
 C("moore-n1", MO, "none",
   "Moore and Hochberg (1977) compared the Liley curve with the Ovenstone Factor for predicting fetal haemolysis in 78 amniotic fluid samples from 46 Rh-sensitised women.",
   MO_78),
 C("moore-n2", MO, "none",
   "The Ovenstone Factor predicted the outcome correctly in 80% of infants, against 67% for the Liley curve (Moore & Hochberg, 1977).",
   MO_PRED),
 C("moore-comp", MO, "comparator",
   "Moore and Hochberg's (1977) comparison of the Ovenstone Factor with the Whitfield action line in 78 amniotic fluid samples favoured the Ovenstone Factor.",
   MO_78, wrong="the Whitfield action line"),
 C("moore-dir", MO, "direction",
   "Moore and Hochberg (1977) reported that the Liley curve predicted the severity of fetal haemolysis more accurately than the Ovenstone Factor.",
   MO_PRED, wrong="the Liley curve predicted the severity of fetal haemolysis more accurately than the Ovenstone Factor"),
 # Heaf 1977 (heparin-released lipolytic activity, forearm veins)
 C("heaf-n1", HE, "none",
   "After heparin was injected into the brachial artery of twelve fasting healthy men, more lipolytic activity appeared in the deep forearm vein, which mainly drains muscle, than in the superficial vein (Heaf et al., 1977).",
   "In all subjects the release of lipolytic activity was higher in the deep vein, which predominantly drains muscle, than in the superficial vein, which drains mostly subcutaneous tissues such as skin and adipose tissue.",
   truth_alt=[HE_FIRST]),
 C("heaf-n2", HE, "none",
   "Heaf and colleagues (1977) found that as little as 0.15 U of heparin released detectable lipolytic activity into both forearm veins within a short time.",
   "As little as 0.15 U heparin produced a rapid and detectable release of lipolytic activity in both deep and superficial veins."),
 C("heaf-dur", HE, "duration",
   "Heaf et al. (1977) gave the same subject three 15 U doses of heparin 3 hours apart and found the release of lipolytic activity highly reproducible.",
   "Three repeated 15 U doses of heparin, separated by 30 min, in the same subject gave a high degree of reproducibility of the release of lipolytic activity in both deep and superficial veins.",
   wrong="3 hours apart"),
 C("heaf-dir", HE, "direction",
   "Each tenfold increase in the heparin dose produced a more than tenfold increase in the lipolytic activity released into the forearm veins, Heaf et al. (1977) reported.",
   "A series of tenfold increases in the dose produced correspondingly greater releases in the veins but the increments in the release were smaller than the increments in the dose.",
   wrong="more than tenfold increase"),
 # Parslow 1977 (thyroid hormones in pregnancy)
 C("parslow-n1", PS, "none",
   "Parslow et al. (1977) found higher mean total thyroxine and triiodothyronine in 50 pregnant women than in 97 normal men, explained by their higher thyroxine-binding globulin levels.",
   "Mean serum thyroxine and triiodothyronine concentrations were higher in the pregnant subjects (104 vs. 78 mug/liter and 1.69 vs. 1.30 mug/liter) because of a higher mean thyroxine-binding globulin concentration (70 vs. 38 mg/liter).",
   truth_alt=[PS_FIRST]),
 C("parslow-des", PS, "design",
   "In a longitudinal study that followed 50 women through pregnancy with serial thyroid tests, Parslow and colleagues (1977) found the free triiodothyronine index similar to that of men.",
   PS_FIRST, wrong="longitudinal study that followed 50 women through pregnancy with serial thyroid tests"),
 C("parslow-dir", PS, "direction",
   "Triiodothyronine uptake by talc was higher in the pregnant women than in the men, according to Parslow et al. (1977).",
   "Mean triiodothyronine uptake by talc was lower in the pregnant subjects (0.82 vs. 1.03).",
   wrong="higher in the pregnant women"),
 C("parslow-comp", PS, "comparator",
   "Compared with non-pregnant women, the pregnant women in Parslow et al.'s (1977) study had mean free triiodothyronine concentrations about 10% lower.",
   "Mean free thyroxine concentrations were similar in the two groups, but mean free triiodothyronine concentrations were 10% lower in the pregnant subjects.",
   wrong="non-pregnant women", truth_alt=[PS_FIRST]),
 # Jacobson 1977 (serogroup B meningococcal epidemic, Alabama)
 C("jacobson-n1", JA, "none",
   "Jacobson et al. (1977) investigated a 1975-1976 outbreak of sulfonamide-sensitive serogroup B meningococcal disease in south-western Alabama, where ten cases in a small area gave an annual attack rate of 20 per 100,000.",
   JA_TEN, truth_alt=[JA_FIRST]),
 C("jacobson-dur", JA, "duration",
   "No further cases arose in the treated community in the 15 months after sulfonamide prophylaxis (Jacobson et al., 1977).",
   JA_FIVE, wrong="15 months"),
 C("jacobson-des", JA, "design",
   "A household cohort study by Jacobson and colleagues (1977) pointed to crowding and person-to-person spread through carriers as likely risk factors in the epidemic.",
   "A case-control household study suggested that crowding and person-to-person transmission via carriers may have been contributing risk factors.",
   wrong="household cohort study"),
 C("jacobson-over", JA, "overreach",
   "Jacobson et al. (1977) proved that community-wide sulfonamide prophylaxis stopped the serogroup B meningococcal epidemic.",
   JA_CARR, wrong="proved that community-wide sulfonamide prophylaxis stopped", truth_alt=[JA_FIVE]),
]

if __name__ == "__main__":
    Path(__file__).resolve().parent.joinpath("claims.json").write_text(
        json.dumps(CLAIMS, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(len(CLAIMS), "claims written")
