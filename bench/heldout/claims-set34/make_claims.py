"""Writes claims.json (set 34, evaluator E-34, round eleven). Hand-written claims on the 15 abstracts of records.xml
(pool 5, positions 20-47 as SELECTION.md lists them); truth sentences copied verbatim (whitespace-normalised) from the
abstracts. The C() helper is the format of /work/eval-claims10/make_claims.py (header only was read)."""
import json
from pathlib import Path

def C(id, key, kind, claim, truth, wrong=None, truth_alt=None, accept=None):
    d = {"id": id, "key": key, "kind": kind, "claim": claim, "truth": truth}
    if truth_alt: d["truth_alt"] = truth_alt
    if wrong: d["wrong"] = wrong
    if accept: d["accept"] = accept
    return d

ST, ZH, AR, KO, KE = "stefan2019self", "zhou2019comprehensive", "ardenne1975demonstration", "kogan2019pilot", "keng2019associations"
HI, CO, OS, JI, FA = "hill2019human", "coscia1975pharmacological", "osborne2019underlying", "jimenez2019phase", "fall2019split"
FN, GO, YU, GU, BH = "fang2020gdf11", "gorny2019nasal", "yu2020tamoxifen", "guler2019acculturation", "bhandari2019performance"

ST_SAMPLE = "The sample included 63 first-year students (75% women) from Romania with a mean age of 18.76 years."
ST_TIMES = ("They filled out the Coping Orientation to Problems Experienced Inventory at Time 1 (beginning of the first "
            "semester), as well as the Self-Compassion Scale-Short Form and the Leibowitz Social Anxiety Scale-Short Form "
            "at both T1 and Time 2 (3 months after the baseline assessment).")
AR_BA1 = ("Experiments in 214 DS carcinosarcoma bearing Wistar rats have shown that BA 1, at a dosage of only about 12 "
          "percent LD50 (150 mg kg) and negligible lethality (1.7 percent), results in a recovery rate of 40 percent "
          "without hyperglycemia and, in one test, of 80 percent with hyperglycemia.")
AR_IF = ("Under otherwise unchanged conditions the reference substance ifosfamide (IF) -- a further development of "
         "cyclophosphamide -- applied without hyperglycemia in its most efficient dosage of 47 percent LD50 (150 mg kg) "
         "brought about a recovery rate of 25 percent at a lethality of 18 percent.")
KO_METHOD = ("An anonymous questionnaire was developed, consisting of 30 questions, and distributed between March 2018 and "
             "May 2018 using convenience sampling through social media venues including Facebook and Twitter.")
HI_METHOD = ("We tested BALF for HHV-6B DNA using polymerase chain reaction in allogeneic hematopoietic cell transplantation "
             "(HCT) recipients who underwent a BAL for evaluation of LRTD from 1992 to 2015.")
OS_METHOD = ("Identification of the underlying etiology and response to treatment in 377 infants enrolled in a clinical "
             "trial of the treatment of infantile spasms between 2007 and 2014 using a systematic review of history, "
             "examination, and investigations.")
GO_PEAKS = ("The dynamics of production activities resulted in wide range of observed wood dust, microorganism, endotoxin "
            "and (1 → 3)-β-D-glucan concentrations reaching periodically extremely high values up to 65 mg m-3, 19,320 CFU "
            "m-3, 215 ng m-3 and 1525 ng m-3, respectively.")

CLAIMS = [
 # Ștefan 2019 (single author)
 C("stefan-n1", ST, "none",
   "Ștefan (2019) followed 63 first-year Romanian college students, three quarters of them women, through their first months of adjusting to college life.",
   ST_SAMPLE, truth_alt=[ST_TIMES]),
 C("stefan-dur", ST, "duration",
   "In a longitudinal analysis with a six-month follow-up, self-compassion mediated the link between coping style and later social anxiety (Ștefan, 2019).",
   ST_TIMES, wrong="six-month follow-up"),
 C("stefan-pop", ST, "population",
   "Ștefan's (2019) study of Romanian high-school pupils found that approach coping predicted lower social anxiety by way of greater self-compassion.",
   ST_SAMPLE, wrong="Romanian high-school pupils"),
 C("stefan-dir", ST, "direction",
   "According to Ștefan (2019), avoidant coping at the start of college built up self-compassion, which in turn went with less social anxiety three months on.",
   "These findings suggested that approach coping increases the likelihood of more compassionate views of oneself, which are likely to contribute to less social anxiety; conversely, avoidant coping decreases self-compassionate attitudes, which in turn increase social anxiety symptoms.",
   wrong="avoidant coping at the start of college built up self-compassion"),
 # Zhou 2019
 C("zhou-n1", ZH, "none",
   "Zhou et al. (2019) compared brain transcriptomes from 304 type 2 diabetes samples with twice as many matched controls, drawn from thirteen regions.",
   "In this study, we performed a comprehensive transcriptomic analysis in a total of 304 T2D samples and 608 matched control samples from thirteen distinct brain regions."),
 C("zhou-n2", ZH, "none",
   "The caudate showed by far the largest T2D-related shift in gene expression, followed by the hippocampus, while other regions barely changed (Zhou and colleagues, 2019).",
   "The most striking change was found in caudate with thousands of T2D-associated genes identified, followed by hippocampus, while nearly no transcriptomic change was observed in other brain regions."),
 C("zhou-num", ZH, "number",
   "Drawing on 304 T2D samples and 806 matched controls across 13 brain regions, Zhou et al. (2019) identified thousands of diabetes-associated genes in the caudate.",
   "In this study, we performed a comprehensive transcriptomic analysis in a total of 304 T2D samples and 608 matched control samples from thirteen distinct brain regions.",
   wrong="806 matched controls"),
 C("zhou-over", ZH, "overreach",
   "A 2019 transcriptomic study by Zhou et al. established that type 2 diabetes directly causes neurodegeneration by damaging synapses.",
   "Functional analysis of T2D-associated genes revealed impaired synaptic functions and an association with neurodegenerative diseases.",
   wrong="established that type 2 diabetes directly causes neurodegeneration"),
 # Ardenne 1975 (two authors: Ardenne, Reitnauer)
 C("ardenne-n1", AR, "none",
   "In 214 Wistar rats bearing DS carcinosarcoma, Ardenne and Reitnauer (1975) reported a 40 percent recovery rate with BA 1 given without hyperglycaemia, at a dose of only about 12 percent of the LD50.",
   AR_BA1),
 C("ardenne-comp", AR, "comparator",
   "BA 1 outdid the reference drug cyclophosphamide, which cured only a quarter of the rats at its most efficient dose (Ardenne & Reitnauer, 1975).",
   AR_IF, wrong="the reference drug cyclophosphamide"),
 C("ardenne-num", AR, "number",
   "With added hyperglycaemia, recovery under BA 1 reached 60 percent in one test, Ardenne and Reitnauer (1975) report.",
   AR_BA1, wrong="60 percent"),
 C("ardenne-dir", AR, "direction",
   "Whereas ifosfamide depressed leucocyte counts, as standard cytostatics do, BA 1 suppressed them even further (Ardenne and Reitnauer, 1975).",
   "Leucocyte counts made after application of the said cancerostatics and dosages have shown a pronounced stimulation with BA 1 and with ifosfamide, the known suppression in the post-therapeutic interval usually found with standard cancerostatics.",
   wrong="BA 1 suppressed them even further"),
 # Kogan 2019
 C("kogan-n1", KO, "none",
   "Kogan et al. (2019) received 228 responses from Australian pet owners on social media; vets were the commonest source of pet health information (88%), with websites close behind (81%).",
   "The most common sources of pet health information were veterinarians (88.2%) and internet websites (81.1%).",
   truth_alt=["A total of 228 responses were received.", KO_METHOD]),
 C("kogan-n2", KO, "none",
   "About half the owners in Kogan and colleagues' (2019) pilot survey agreed that online information had swayed whether they took their pet to the vet.",
   "Approximately one half of respondents agreed with the statement that online pet health information had affected their decision about whether to take their pet to the veterinarian."),
 C("kogan-des", KO, "design",
   "Using a random sample of registered pet owners, Kogan and colleagues (2019) found that nearly half discussed their online findings with the vet only sometimes.",
   KO_METHOD, wrong="a random sample of registered pet owners", accept=["design", "population"],
   truth_alt=["Nearly half of the respondents stated that they only 'sometimes' discuss their online findings with their veterinarian."]),
 C("kogan-dur", KO, "duration",
   "The 30-item anonymous questionnaire circulated on Facebook and Twitter for a full year in 2018 (Kogan et al., 2019).",
   KO_METHOD, wrong="for a full year in 2018"),
 # Keng 2019
 C("keng-n1", KE, "none",
   "Of 378 participants from a community cohort studied by Keng et al. (2019), 88, just under a quarter, met the Asian Working Group criteria for sarcopenia.",
   "We studied a total of 378 participants, of whom 88 (23.3%) had sarcopenia.",
   truth_alt=["Sarcopenia was diagnosed using the Asian Working Group for Sarcopenia criteria."]),
 C("keng-n2", KE, "none",
   "Handgrip strength correlated modestly but positively with left ventricular mass (r = .25) in the older adults Keng and colleagues (2019) examined.",
   "A positive linear correlation was observed between LV mass and handgrip strength (r = .25; P < .0001)."),
 C("keng-dir", KE, "direction",
   "Keng et al.'s (2019) echocardiography data point to a 'cardio-sarcopenia' syndrome in which sarcopenic older adults have enlarged left ventricles.",
   "Participants with sarcopenia had smaller left ventricular (LV) sizes (lower LV internal diameter end diastole (4.1 ± .7 vs 4.5 ± .6 cm; P < .0001), lower LV internal diameter end systole (2.3 ± .5 vs 2.5 ± .4 cm; P = .010), lower LV posterior wall end diastole (.7 ± .1 vs .8 ± .1 cm; P = .0036), and lower LV posterior wall end systole (1.4 ± .3 vs 1.5 ± .2 cm; P = .0031).",
   wrong="enlarged left ventricles",
   truth_alt=["Among a community sample of older adults with preserved heart function, sarcopenia is associated with reductions in LV and LA sizes."]),
 C("keng-pop", KE, "population",
   "Among older adults with heart failure, sarcopenia went with smaller left ventricular and left atrial sizes (Keng et al., 2019).",
   "Among a community sample of older adults with preserved heart function, sarcopenia is associated with reductions in LV and LA sizes.",
   wrong="older adults with heart failure"),
 # Hill 2019
 C("hill-n1", HI, "none",
   "Hill et al. (2019) found HHV-6B DNA in the lavage fluid of 147 of 553 allogeneic HCT recipients (27%) who had a BAL for lower respiratory tract disease.",
   "We detected HHV-6B+ BALF from 147 of 553 (27%) individuals.", truth_alt=[HI_METHOD]),
 C("hill-over", HI, "overreach",
   "Antivirals given in the 3 days before BAL significantly cut mortality among HHV-6B-positive patients, Hill and colleagues (2019) found.",
   "Subjects with HHV-6B+ BALF who received antivirals within 3 days pre-BAL had an approximately 1 log10 lower median HHV-6B BALF viral load, as well as a lower risk of overall mortality (aHR, 0.42; 95% CI, 0.16-1.10), compared with subjects with HHV-6B+ BALF not receiving antivirals.",
   wrong="significantly cut mortality"),
 C("hill-dur", HI, "duration",
   "Covering BALs done between 2005 and 2015, Hill and colleagues' (2019) analysis linked HHV-6B detection to roughly double the risk of death.",
   HI_METHOD, wrong="between 2005 and 2015", accept=["duration", "number"]),
 C("hill-comp", HI, "comparator",
   "Compared with patients whose lavage grew other respiratory viruses, those with HHV-6B-positive fluid had 2.5 times the hazard of dying from respiratory failure (Hill et al., 2019).",
   "Subjects with HHV-6B+ BALF, with or without copathogens, had significantly increased risk of overall mortality (adjusted hazard ratio [aHR], 2.18; 95% CI, 1.41-3.39) and death from respiratory failure (aHR, 2.50; 95% CI, 1.56-4.01) compared with subjects with HHV-6B- BALF.",
   wrong="patients whose lavage grew other respiratory viruses"),
 # Coscia 1975
 C("coscia-n1", CO, "none",
   "Coscia et al. (1975) tested three new dibenzoxepin piperazine compounds against chlorpromazine and chlordiazepoxide and found they reduced spontaneous motility and muscle tone in mice.",
   "The inhibition of motility observed in mice shows that the compounds reduce the normal spontaneous motility as well as the muscle tone.",
   truth_alt=["This work contains the results of a study performed with these three compounds, in order to demonstrate their neuropsycholeptic activity in comparison with chloropromazine (CPZ) and chlordiazepoxide (CPD)."]),
 C("coscia-n2", CO, "none",
   "Like the two standard drugs, the RMI compounds had no effect on electroshock, though they did lengthen barbiturate-induced sleep (Coscia and colleagues, 1975).",
   "Our compounds do not show any activity on electroshock just as do CPZ and CPD.",
   truth_alt=["The central-depressant activity is evidenced by increased barbiturate-induced sleep and a remarkable eyelid ptosis can also be observed."]),
 C("coscia-dir", CO, "direction",
   "In Coscia and colleagues' (1975) screen, the compounds' antiaggressive effect and inhibition of avoidance behaviour were much weaker than chlorpromazine's.",
   "They show also an antiaggressive effect and an inhibitory activity on avoidance behaviour much stronger than CPZ.",
   wrong="much weaker than chlorpromazine's"),
 C("coscia-pop", CO, "population",
   "The new compounds sharply reduced amphetamine lethality in grouped rats and had strong anti-apomorphine activity (Coscia et al., 1975).",
   "As to the antipsychotic outline, our compounds show strong reduction of lethality due to amphetamine in grouped mice and a strong antiapomorphine activity.",
   wrong="grouped rats"),
 # Osborne 2019
 C("osborne-n1", OS, "none",
   "Among 377 infants with infantile spasms, Osborne et al. (2019) found a proven cause in 219 (58%), and 58% of those infants responded to treatment.",
   "A total of 219 of 377 (58%) had a proven etiology, of whom 128 (58%) responded, 58 of 108 (54%) were allocated hormonal treatment, and 70 of 111 (63%) had combination therapy."),
 C("osborne-num", OS, "number",
   "Infants whose spasms stemmed from stroke or infarct did best: 14 of 17, or 92%, responded (Osborne and colleagues, 2019).",
   "Fourteen of 17 (82%, 95% confidence interval [CI] 59% to 94%) infants with stroke and infarct responded (compared to 114 of 202 for the rest of the proven etiology group (56%, 95% CI 48% to 62%, chi-square 4.3, P = .037): the better response remains when treatment allocation and lead time are taken into account (odds ratio 5.1, 95% CI 1.1 to 23.6, P = .037).",
   wrong="92%"),
 C("osborne-des", OS, "design",
   "Osborne et al.'s (2019) retrospective registry review found that Down syndrome did not significantly change the chance that infantile spasms would stop.",
   OS_METHOD, wrong="retrospective registry review",
   truth_alt=["To determine the underlying etiologies in a contemporary cohort of infants with infantile spasms and to examine response to treatment."]),
 C("osborne-dur", OS, "duration",
   "The infants, enrolled between 2007 and 2010, were classified with the paediatric adaptation of ICD-10 (Osborne et al., 2019).",
   OS_METHOD, wrong="between 2007 and 2010", accept=["duration", "number"]),
 # Jimenez 2019
 C("jimenez-n1", JI, "none",
   "In Jimenez et al.'s (2019) phase II trial of proton beam therapy with regional nodal irradiation, no patient developed grade 3 radiation pneumonitis and no grade 4 toxicity occurred.",
   "One patient developed grade 2 RP, and none developed grade 3 RP.", truth_alt=["No grade 4 toxicities occurred."]),
 C("jimenez-des", JI, "design",
   "In a randomised phase II trial, 70 patients with breast cancer completed proton beam RT between 2011 and 2016 (Jimenez et al., 2019).",
   "Seventy patients completed RT between 2011 and 2016.", wrong="randomised phase II trial",
   truth_alt=["No early cardiac changes were observed, which paves the way for randomized studies to compare proton beam RT with standard RT."]),
 C("jimenez-over", JI, "overreach",
   "Jimenez and colleagues (2019) showed that proton beam RT gives better disease control than conventional radiotherapy for breast cancer needing nodal irradiation.",
   "Proton beam RT for breast cancer has low toxicity rates and similar rates of disease control compared with historical data of conventional RT.",
   wrong="gives better disease control than conventional radiotherapy", accept=["overreach", "direction"]),
 C("jimenez-dur", JI, "duration",
   "After a median follow-up of 35 months, the 5-year locoregional failure rate was 1.5% and overall survival 91% (Jimenez et al., 2019).",
   "Median follow-up was 55 months (range, 17 to 82 months).", wrong="35 months", accept=["duration", "number"]),
 # Fall 2019
 C("fall-n1", FA, "none",
   "Fall et al. (2019) found that interfering compounds in blank samples could account for as much as 86% of signal intensity in HILIC-HRMS analysis of human plasma.",
   "The major interfering compounds were identified in blank samples where they accounted for up to 86% of the signal intensity."),
 C("fall-n2", FA, "none",
   "Splitting acquisition into three m/z ranges detected more features, and more of them annotatable in the Human Metabolome Database, than a single range did (Fall and colleagues, 2019).",
   "Splitting the acquisition range into 3 m/z ranges improved the number of detected features, the number of features with proposed annotation in the Human Metabolome Database, as well as signal intensity throughout the whole m/z range.",
   truth_alt=["A method with a single m/z range was compared to four methods with different split acquisition ranges and four sets of ionization source parameters were compared."]),
 C("fall-num", FA, "number",
   "The best-performing method in Fall et al.'s (2019) comparison split the acquisition range into five m/z windows of similar width.",
   "The method performing best was the one using three m/z ranges of approximatively the same extent.",
   wrong="five m/z windows"),
 C("fall-comp", FA, "comparator",
   "For plasma metabolomics, Fall and colleagues (2019) compared HILIC with reversed-phase chromatography before settling on a split-range acquisition.",
   "A method with a single m/z range was compared to four methods with different split acquisition ranges and four sets of ionization source parameters were compared.",
   wrong="compared HILIC with reversed-phase chromatography", accept=["comparator", "design"],
   truth_alt=["Human plasma samples were processed with liquid/liquid extraction then analysed with HILIC-high resolution mass spectrometry."]),
 # Fang 2020
 C("fang-n1", FN, "none",
   "A 2020 study by Fang et al. reports that giving exogenous GDF11 suppresses hepcidin (HAMP) both in vivo and in vitro.",
   "Exogeneous GDF11 administration results in HAMP suppression in vivo and in vitro."),
 C("fang-dir", FN, "direction",
   "According to Fang and colleagues (2020), GDF11 strengthens BMP-SMAD signalling while inducing SMURF1 and ERK1/2.",
   "Furthermore, exogenous GDF11 decreases BMP-SMAD signalling, enhances SMAD ubiquitin regulatory factor 1 (SMURF1) expression and induces ERK1/2 (MAPK3/1) signalling.",
   wrong="strengthens BMP-SMAD signalling"),
 C("fang-pop", FN, "population",
   "In phlebotomized patients with β-thalassaemia, Gdf11 expression rose, though less than erythroferrone did (Fang et al., 2020).",
   "Our results confirm that exogenous erythropoietin significantly increases Gdf11 as well as Erfe (erythroferrone) expression, and Gdf11 is also increased, albeit at a lower degree than Erfe, in phlebotomized wild type and β-thalassaemic mice.",
   wrong="phlebotomized patients with β-thalassaemia"),
 C("fang-over", FN, "overreach",
   "Fang and colleagues' (2020) work shows that GDF11, rather than erythroferrone, is the main erythroid signal that shuts down hepcidin.",
   "This research newly characterizes GDF11 in erythropoiesis-mediated HAMP suppression, in addition to ERFE.",
   wrong="rather than erythroferrone, is the main erythroid signal", accept=["overreach", "comparator"]),
 # Górny 2019
 C("gorny-n1", GO, "none",
   "Górny et al. (2019) measured airborne wood dust, bacteria, fungi, endotoxins and (1→3)-β-D-glucans in 10 wood pellet plants.",
   "In 10 pellet plants, the particulate (wood dust) aerosol concentrations were determined by using Grimm aerosol spectrometer and CIS filter sampler.",
   truth_alt=["We aimed to assess a degree of workplace contamination with dust, bacteria, fungi, endotoxins, and (1 → 3)-β-D-glucans released into the air during wood processing in pellet production facilities and to check against this background the usefulness of nasal lavage (NAL) as analytical tool for assessment of combined workers' exposure to airborne dust and microbiological contaminants."]),
 C("gorny-n2", GO, "none",
   "Interleukin levels and cell counts in workers' nasal lavage were significantly related to both wood dust and bioaerosol concentrations, leading Górny and colleagues (2019) to regard nasal lavage as a reliable material for assessing such exposure.",
   "Correlation analysis revealed that interleukin levels and the number of cells in NAL were significantly affected by both wood dust and bioaerosol concentrations.",
   truth_alt=["As nasal mucosa serves as the primary barrier against inhaled pollutants, NAL seems a reliable analytical material to assess work-related adverse respiratory health outcomes derived from such exposure."]),
 C("gorny-num", GO, "number",
   "Wood dust concentrations in the pellet plants periodically peaked at 165 mg m-3 (Górny et al., 2019).",
   GO_PEAKS, wrong="165 mg m-3"),
 C("gorny-comp", GO, "comparator",
   "Compared with unexposed office staff, the pellet workers showed a heightened immune response in nasal lavage fluid (Górny and colleagues, 2019).",
   "Environmental stress caused by exposure to particulate and microbial aerosols stimulated immune response among workers of pellet production facilities.",
   wrong="Compared with unexposed office staff"),
 # Yu 2020
 C("yu-n1", YU, "none",
   "In zebrafish, tamoxifen raised transaminase levels and liver lipid content, alongside increased expression of the lipid-metabolism genes Srebf1, Srebf2 and Fasn (Yu et al., 2020).",
   "Though biochemical and pathologic measurement, tamoxifen treated group showed higher transaminase and lipid content.",
   truth_alt=["The elevated liver lipid synthesis might due to the increase of lipid metabolism related gene Srebf1, Srebf2 and Fasn."]),
 C("yu-dir", YU, "direction",
   "Yu and colleagues (2020) found that tamoxifen-exposed zebrafish developed enlarged livers, a sign of hepatotoxicity driven by lipid build-up.",
   "We found that tamoxifen induced liver lipid accumulation in zebrafish, which showed a significant hepatotoxicity with smaller liver area and bigger yolk area.",
   wrong="enlarged livers"),
 C("yu-pop", YU, "population",
   "In mice, tamoxifen exposure increased the inflammatory cytokines TNF-α, IL-1β and IL-6 (Yu et al., 2020).",
   "In the study, we used zebrafish as a model of aquatic to investigate the ecotoxic mechanism of tamoxifen to aquatic.",
   wrong="In mice", truth_alt=["Moreover, inflammatory cytokine Tnf-α, Il-1β And Il-6 were increased."]),
 C("yu-over", YU, "overreach",
   "Yu et al. (2020) demonstrated that tamoxifen causes clinically important liver injury in women treated for breast cancer.",
   "This result confirmed the toxicity of tamoxifen to aquatic, suggested liver injury was the main characteristic of its ecotoxicity.",
   wrong="causes clinically important liver injury in women treated for breast cancer", accept=["overreach", "population"],
   truth_alt=["We found that tamoxifen induced liver lipid accumulation in zebrafish, which showed a significant hepatotoxicity with smaller liver area and bigger yolk area."]),
 # Guler 2019 (two authors: Guler, Berman)
 C("guler-n1", GU, "none",
   "Guler and Berman (2019) found that a strong native cultural identity may protect resettled refugee adolescents against identity distress and internalizing symptoms.",
   "The study findings indicate that native acculturation, and more specifically native cultural identity, may serve as significant protective factors against identity distress among adolescent refugees post-resettlement, with native cultural identity additionally serving as a protective factor against internalizing symptoms."),
 C("guler-n2", GU, "none",
   "Acculturation to the US, by contrast, was not significantly related to identity distress or internalizing symptoms (Guler & Berman, 2019).",
   "US acculturation was not found to be significantly associated with identity distress or internalizing symptoms, nor were the acculturative dimensions of language learning (i.e., English and native language competencies), cultural knowledge (i.e., US and native cultural knowledge competencies), or US cultural identity."),
 C("guler-num", GU, "number",
   "Guler and Berman's (2019) sample comprised 53 multicultural adolescent refugees resettled in the United States from countries including Cuba, Iraq and Haiti.",
   "This study examines the relations among native and host country acculturation, identity distress, and internalizing symptoms among multicultural adolescent refugees (N = 33) resettled to the United States from a range of countries including Cuba, Iraq, Jordan, Haiti, Colombia, and Venezuela.",
   wrong="53 multicultural adolescent refugees"),
 C("guler-des", GU, "design",
   "Drawing on structured clinical interviews, Guler and Berman (2019) examined how acculturation relates to identity distress among resettled refugee adolescents.",
   "The objective of this study was not only to consider the roles that US and native acculturation may play on the self-report of identity distress and internalizing symptoms among refugee adolescents more broadly, but also to consider the role various dimensions of acculturation (e.g., cultural identity, language competence, and cultural competence) may play for refugee adolescents post-resettlement.",
   wrong="structured clinical interviews"),
 # Bhandari 2019
 C("bhandari-n1", BH, "none",
   "Of 4500 low-dose CT screens in a Kentucky health system's programme, 13.3% were positive, and 70 lung cancers were diagnosed (Bhandari et al., 2019).",
   "The rate of positive LDCT was 13.3% (600) varying based on baseline (14.6%) and annual (9.5%) screen.",
   truth_alt=["A total of 4500 LDCT screens were performed in 2016 (39%) and 2017 (61%) with 43% adherence rate to repeat annual screen in 2017.",
              "A total of 70 lung cancers were diagnosed among all positive LDCT screens (11.7%) with a false positive rate of 12%."]),
 C("bhandari-des", BH, "design",
   "Bhandari and colleagues (2019) prospectively followed patients enrolled in a community lung cancer screening programme in a Histoplasma endemic region.",
   "Demographic and clinical information was collected through retrospective review of patients in the Lung Cancer Screening program of a Kentucky (Histoplasma endemic region) health system from 2016 and 2017.",
   wrong="prospectively followed"),
 C("bhandari-pop", BH, "population",
   "Screened patients were mostly men, with a mean age of 64 and an average 52 pack-year smoking history (Bhandari et al., 2019).",
   "Mean age of patients was 64 years, with majority being females (54%) and current smokers (69%) with average 52-pack year smoking history.",
   wrong="mostly men"),
 C("bhandari-comp", BH, "comparator",
   "Despite endemic histoplasmosis, baseline positive rates matched those of the European NELSON trial (14.6% vs 13.6%), according to Bhandari and colleagues (2019).",
   "Baseline positive screens in our study are similar to NLST data with Lung-RADS criteria implementation (14.6% vs 13.6%, p = 0.15) despite being a Histoplasma endemic region.",
   wrong="the European NELSON trial"),
]

if __name__ == "__main__":
    out = Path(__file__).resolve().parent / "claims.json"
    out.write_text(json.dumps(CLAIMS, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print("wrote", len(CLAIMS))
