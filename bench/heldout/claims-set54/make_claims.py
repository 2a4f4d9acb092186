"""Writes claims.json (set 54). Hand-written claims; truth sentences copied verbatim from the abstracts (pool 9,
positions 21-30 and 53-60). 12 abstracts, 48 claims, 4 per abstract (the walk range gave 12 qualifying abstracts)."""
import json
from pathlib import Path

def C(id, key, kind, claim, truth, wrong=None, truth_alt=None, accept=None):
    d = {"id": id, "key": key, "kind": kind, "claim": claim, "truth": truth}
    if truth_alt: d["truth_alt"] = truth_alt
    if wrong: d["wrong"] = wrong
    if accept: d["accept"] = accept
    return d

DU, DH, EB, PA, OK, CO = "dunphy1999comprehensive", "dhooge2013altered", "ebert2017prevalence", "paulusma1999canalicular", "okonogi2012designed", "colussi1999phthalocyanine"
GU, UT, HE, LE, BR, YO = "guerrette1999interaction", "utsunomiya1998generation", "he2012prm1", "lee1999targeted", "brighton2012low", "young2017australian"

DU_80 = "This study reports findings from a retrospective, comprehensive review of 80 cases of adult AML in regard to cytomorphology, enzyme cytochemistry (EC), flow cytometric immunophenotyping (FCI), and chromosomal analysis."
DU_NONLIN = "Nonlineage expression of markers (CD1, CD2, CD4, CD5, CD7, and CD56) was nonspecific as to AML subtype."
DH_N = "Eleven people in remission of recurrent LBP and 14 pain free controls performed cued trunk flexion during a loaded and unloaded condition."
DH_RES = "LBP participants exhibited higher levels of co-contraction of flexor/extensor muscles, lower agonistic abdominal and higher antagonistic paraspinal muscle activity than controls, both when data were analyzed in grouped and individual muscle behavior."
EB_N = "A total of 2069 participants (52.6% female, mean age 80.4 years) were enrolled: 26.1% were diabetic, 78.8% were on antihypertensive medication, 8.7% had experienced a stroke, 14% a myocardial infarction, 22.6% had cancer, 17.8% were anaemic and 26.5% were obese."
PA_MDCK = "Madin-Darby canine kidney (MDCK) II cells stably expressing the human cMOAT protein displayed >10-fold increase in apical GSH excretion compared with wild-type MDCKII cells (141+/-6.1 pmol/min per mg of protein versus 13.2+/-1.3 pmol/min per mg of protein in wild-type MDCKII cells)."
OK_N = "Twenty esophageal cancer patients with a larger regional field than the available PBT single-field size (15 cm in our facility) were analyzed."
GU_NOEFF = "Interestingly, two HNPCC missense alterations (Q542L and L582V) contained within the consensus interaction region displayed no effect on interaction with hPMS2, suggesting that they may affect other functions of hMLH1."
UT_TIME = "All four cytokine levels in the pleural exudate began to increase after 1-2 h, preceding the influx of neutrophils, and peaked after 4-5 h."
HE_N = "In order to evaluate the association of PRM1, PRM2, KIT and KITLG variants with susceptibility to severely defective spermatogenesis, 309 male infertility patients (199 cases with non-obstructive azoospermia and 110 cases with severe oligozoospermia) and 377 controls were recruited in the Chinese Han population."
LE_95 = "Both AdGHTK and AdaTK caused greater than 95% cytotoxicity of GH3 and alphaT3 cells, respectively, at a viral dose (multiplicity of infection, 5 plaque-forming units/cell) that induced minimal toxicity using control viruses."
BR_RAND = "We randomly assigned 822 patients who had completed initial anticoagulant therapy after a first episode of unprovoked venous thromboembolism to receive aspirin, at a dose of 100 mg daily, or placebo for up to 4 years."
BR_CONC = "In this study, aspirin, as compared with placebo, did not significantly reduce the rate of recurrence of venous thromboembolism but resulted in a significant reduction in the rate of major vascular events, with improved net clinical benefit."
YO_MEET = "Measles antibody titres in Australian immunoglobulin products meet consensus-prescribed international thresholds."

CLAIMS = [
 # Dunphy 1999 (single author; retrospective review of 80 adult AML cases)
 C("dunphy-n1", DU, "none",
   "Dunphy (1999) looked back at 80 adult AML cases and concluded that the diagnostically difficult ones could only be subtyped by putting morphology together with enzyme cytochemistry, flow immunophenotyping and cytogenetics.",
   DU_80, truth_alt=["From this review, we conclude that diagnostically challenging cases can only be subtyped by combining the cytomorphology with EC, FCI, and subsequent cytogenetic results."]),
 C("dunphy-n2", DU, "none",
   "In acute myelomonocytic leukaemia with eosinophilia (M4-Eo), CD2 co-expression was seen only in cases carrying inversion 16 (Dunphy, 1999).",
   "Of interest, CD2 coexpression in acute myelomonocytic leukemia with eosinophilia (M4-Eo) was exclusively associated with inversion of chromosome 16 (inv 16) and was not observed in the other M4-Eo's without inv16."),
 C("dunphy-des", DU, "design",
   "In a prospective series of 80 adult AML cases, Dunphy (1999) found that non-lineage markers such as CD7 and CD56 were expressed regardless of AML subtype.",
   DU_80, wrong="In a prospective series", truth_alt=[DU_NONLIN]),
 C("dunphy-over", DU, "overreach",
   "Dunphy's (1999) review established isolated CD19 expression on flow cytometry as a proven favourable prognostic marker in adult AML, because it occurred only in cases with t(8;21).",
   "In addition, nonlineage expression of CD19 alone was exclusively associated with the cytogenetic finding of t (8;21) (q22; q22) and thus may represent a favorable prognostic indicator by FCI.",
   wrong="established isolated CD19 expression on flow cytometry as a proven favourable prognostic marker"),

 # D'hooge 2013 (trunk muscle EMG in LBP remission)
 C("dhooge-n1", DH, "none",
   "D'hooge et al. (2013) recorded trunk muscle activity in 11 people in remission from recurrent low back pain and 14 pain-free controls during cued trunk flexion and found more flexor-extensor co-contraction in those with a back pain history.",
   DH_N, truth_alt=[DH_RES]),
 C("dhooge-pop", DH, "population",
   "Patients in the middle of an acute low back pain episode co-contract their trunk flexors and extensors more than pain-free controls when they bend forward quickly (D'hooge et al., 2013).",
   DH_N, wrong="Patients in the middle of an acute low back pain episode", truth_alt=[DH_RES]),
 C("dhooge-dir", DH, "direction",
   "D'hooge and colleagues (2013) reported that, compared with controls, people in remission of recurrent low back pain showed more agonistic abdominal activity and less antagonistic paraspinal activity during rapid trunk flexion.",
   DH_RES, wrong="more agonistic abdominal activity and less antagonistic paraspinal activity"),
 C("dhooge-num", DH, "number",
   "D'hooge et al.'s (2013) EMG study compared 25 people in remission of recurrent low back pain with 14 pain-free controls and found that trunk muscle recruitment during flexion was altered.",
   DH_N, wrong="25 people in remission"),

 # Ebert 2017 (Berlin Initiative Study, cross-sectional baseline)
 C("ebert-n1", EB, "none",
   "The Berlin Initiative Study enrolled 2069 adults aged 70 or over (mean age about 80), and after adjustment both reduced GFR and a raised albumin-to-creatinine ratio were associated with most cardiovascular risk factors (Ebert et al., 2017).",
   EB_N, truth_alt=["After multivariate adjustments, reduced GFR and elevated ACR were associated with most cardiovascular risk factors."]),
 C("ebert-n2", EB, "none",
   "Depending on which estimating equation was used, between 38% and 62% of the older adults in Ebert and colleagues' (2017) Berlin cohort had a GFR below 60 mL/min/1.73 m2.",
   "The prevalence of a GFR <60 mL/min/1.73 m 2 ranged from 38 to 62% depending on the estimation equation used."),
 C("ebert-num", EB, "number",
   "Ebert et al. (2017) reported that about a quarter of Berlin Initiative Study participants had diabetes and 87.8% were taking antihypertensive medication.",
   EB_N, wrong="87.8%"),
 C("ebert-des", EB, "design",
   "Following the same older adults over several years, Ebert et al. (2017) showed that each participant's kidney function declined and albuminuria rose as they aged.",
   "This cross-sectional analysis (i) gives a detailed baseline characterization of the participants, (ii) analyses the representativeness of the cohort's disease profile, (iii) assesses GFR and albuminuria levels across age categories, (iv) associates cardiovascular risk factors with GFR as well as albuminuria and (v) compares means of GFR values according to different estimating equations with measured GFR.",
   wrong="Following the same older adults over several years", accept=["design", "duration"]),

 # Paulusma 1999 (cMOAT/MRP2 and GSH)
 C("paulusma-n1", PA, "none",
   "Paulusma et al. (1999) found that biliary glutathione excretion in rats heterozygous for the cMOAT mutation was reduced to about 63% of that in normal control rats.",
   "Biliary GSH excretion in rats heterozygous for the cMOAT mutation (TR/tr) was decreased to 63% of controls (TR/TR) (114+/-24 versus 181+/-20 nmol/min per kg body weight)."),
 C("paulusma-n2", PA, "none",
   "Canine kidney (MDCKII) cells engineered to express human cMOAT excreted more than ten times as much glutathione across their apical membrane as wild-type cells, and this excretion fell when ATP was depleted (Paulusma et al., 1999).",
   PA_MDCK, truth_alt=["Furthermore, we have shown, in cMOAT-transfected cells, that GSH is a low-affinity substrate for the transporter and that its excretion is reduced upon ATP depletion."]),
 C("paulusma-comp", PA, "comparator",
   "In Paulusma and colleagues' (1999) experiments, MDCKII cells expressing human cMOAT showed a more than 10-fold rise in apical glutathione excretion compared with cells expressing multidrug resistance protein 1.",
   PA_MDCK, wrong="compared with cells expressing multidrug resistance protein 1",
   truth_alt=["Similarly, MDCKII cells expressing the human multidrug resistance protein 1 showed a 4-fold increase in GSH excretion across the basolateral membrane."]),
 C("paulusma-num", PA, "number",
   "Paulusma et al. (1999) concluded that glutathione is only a low-affinity cMOAT substrate, inhibiting dinitrophenyl-glutathione uptake into membrane vesicles with a Ki of roughly 2 mM.",
   "In membrane vesicles isolated from cMOAT-expressing MDCKII cells, ATP-dependent S-(2,4-dinitrophenyl)glutathione uptake is competitively inhibited by high concentrations of GSH (Ki approximately 20 mM).",
   wrong="a Ki of roughly 2 mM"),

 # Okonogi 2012 (designed-seamless proton field matching)
 C("okonogi-n1", OK, "none",
   "Okonogi et al. (2012) tried out a designed-seamless field-matching technique for proton-beam therapy in 20 patients with esophageal cancer whose target volume was longer than a single proton field.",
   OK_N),
 C("okonogi-n2", OK, "none",
   "With the seamless technique, the minimum and maximum doses around the field junction averaged about 96% and 105%, and imaging-plate measurements agreed with the planning system to within 4.3% (Okonogi et al., 2012).",
   "The average and standard deviation of minimum dose, maximum dose, and dose range between maximum and minimum doses around the field junction by the treatment-planning system were 95.9 ± 3.2%, 105.3 ± 4.1%, and 9.4 ± 5.2%.",
   truth_alt=["The dose profile validated by the imaging plate correlated with the results of the treatment-planning system in each case, with an error range within 4.3%."]),
 C("okonogi-pop", OK, "population",
   "Okonogi and colleagues (2012) showed that a seamless field-matching technique made proton-beam therapy feasible for 20 patients with extended lung cancer whose target exceeded the field size.",
   OK_N, wrong="20 patients with extended lung cancer"),
 C("okonogi-des", OK, "design",
   "In a randomised trial of 20 patients with long esophageal tumours, Okonogi et al. (2012) found that a designed-seamless proton irradiation technique kept junction doses within roughly 96-105%.",
   OK_N, wrong="In a randomised trial"),

 # Colussi 1999 (Pc 4 PDT of OVCAR-3 xenografts)
 C("colussi-n1", CO, "none",
   "Colussi et al. (1999) treated nude mice carrying human OVCAR-3 ovarian tumour xenografts with Pc 4 photodynamic therapy; at 0.6 mg/kg plus laser light, 8 of 10 tumours responded completely.",
   "Of animals receiving 0.6 mg/kg Pc 4 and light, eight (80%) had a complete response, and two of these were cured."),
 C("colussi-num", CO, "number",
   "In Colussi and colleagues' (1999) xenograft study, Pc 4 at 1.0 mg/kg followed by light gave a complete response in 80% of the mice.",
   "Of animals receiving 1.0 mg/kg Pc 4 and light, six (60%) had a complete response, and two of these were cured.",
   wrong="80% of the mice"),
 C("colussi-dur", CO, "duration",
   "Apoptotic DNA fragmentation could be seen in OVCAR-3 xenografts as early as 15 hours after Pc 4 photodynamic therapy (Colussi et al., 1999).",
   "Agarose gel electrophoresis revealed the presence of apoptotic DNA fragmentation as early as 15 min post-PDT.",
   wrong="15 hours"),
 C("colussi-over", CO, "overreach",
   "Colussi et al.'s (1999) work established Pc 4 photodynamic therapy as an effective treatment for ovarian cancer patients.",
   "Pc 4 appears to be an effective photosensitizer for PDT of human tumors grown as xenografts in nude mice.",
   wrong="established Pc 4 photodynamic therapy as an effective treatment for ovarian cancer patients",
   truth_alt=["Clinical trials of Pc 4-PDT are warranted."], accept=["overreach", "population"]),

 # Guerrette 1999 (hMLH1-hPMS2 interaction, HNPCC alterations)
 C("guerrette-n1", GU, "none",
   "Guerrette et al. (1999) mapped the regions through which hMLH1 and hPMS2 interact and found that four hMLH1 missense changes seen in HNPCC families reduced binding to hPMS2 by more than 95%.",
   "Four of these missense alterations (L574P, K616Delta, R659P, and A681T) displayed >95% reduction in binding to hPMS2."),
 C("guerrette-n2", GU, "none",
   "Not every HNPCC-associated hMLH1 missense change disrupts the hMLH1-hPMS2 interaction: two alterations lying within the interaction region left binding unaffected, suggesting they impair other functions (Guerrette et al., 1999).",
   GU_NOEFF),
 C("guerrette-num", GU, "number",
   "As Guerrette and colleagues (1999) point out, germline mutations in hMSH2 and hMLH1 account for roughly 90% of hereditary nonpolyposis colorectal cancer.",
   "Germline mutations in two human mismatch repair (MMR) genes, hMSH2 and hMLH1, appear to account for approximately 70% of the common cancer susceptibility syndrome hereditary nonpolyposis colorectal cancer (HNPCC).",
   wrong="roughly 90%"),
 C("guerrette-dir", GU, "direction",
   "Guerrette et al. (1999) found that the HNPCC alterations Q542L and L582V, which lie in the consensus interaction region, abolished hMLH1 binding to hPMS2.",
   GU_NOEFF, wrong="abolished hMLH1 binding to hPMS2"),

 # Utsunomiya 1998 (zymosan pleurisy in rats)
 C("utsunomiya-n1", UT, "none",
   "In rats with zymosan-induced pleurisy, TNF, IL-1, IL-6 and CINC in the pleural exudate began to rise within 1-2 hours, before neutrophils arrived, and peaked at 4-5 hours (Utsunomiya et al., 1998).",
   UT_TIME),
 C("utsunomiya-dur", UT, "duration",
   "Utsunomiya et al. (1998) reported that pleural cytokine levels in zymosan-induced pleurisy in rats peaked 4-5 days after the zymosan injection.",
   UT_TIME, wrong="4-5 days"),
 C("utsunomiya-pop", UT, "population",
   "In mice with zymosan-induced pleurisy, Utsunomiya and colleagues (1998) showed that injecting TNF-alpha into the pleural cavity quickly raised pleural CINC, followed by neutrophil infiltration.",
   "When recombinant human TNF-alpha (rhTNF-alpha) (20 000 U) was intrapleurally injected a rapid increase in pleural CINC level, followed by neutrophil infiltration, and a sharp rise in IL-6 level in the plasma, followed by an increase in T-kininogen, were demonstrated.",
   wrong="In mice"),
 C("utsunomiya-comp", UT, "comparator",
   "Giving dexamethasone together with zymosan markedly suppressed neutrophil infiltration in parallel with pleural CINC production at 4 hours, Utsunomiya et al. (1998) found.",
   "Concomitant injection of actinomycin D (10 microg) with zymosan markedly suppressed the neutrophil infiltration, parallel with CINC production in the pleural exudate at 4 h.",
   wrong="dexamethasone"),

 # He 2012 (PRM1/PRM2 variants and spermatogenesis, Chinese Han case-control)
 C("he-n1", HE, "none",
   "He et al. (2012) genotyped 38 SNPs in PRM1, PRM2, KIT and KITLG in 309 Chinese Han men with non-obstructive azoospermia or severe oligozoospermia and 377 controls, and found that the PRM1 variant rs35576928 was associated with lower odds of severe oligozoospermia.",
   HE_N, truth_alt=["The results showed that PRM1 variant rs35576928 (p.R34S) was significantly associated with severe oligozoospermia and played a protective role against the disease (P=0.0079, Bonferroni correction, OR 0.426)."]),
 C("he-pop", HE, "population",
   "Among Japanese men, the PRM1 variant rs35576928 (Arg>Ser) appears to protect against severe oligozoospermia (He et al., 2012).",
   "Our findings indicate that the PRM1 variant rs35576928 (Arg>Ser) is associated with spermatogenesis defect in the Chinese Han population.",
   wrong="Among Japanese men", truth_alt=[HE_N]),
 C("he-dir", HE, "direction",
   "He and colleagues (2012) found that men carrying the PRM1-PRM2 haplotype TACCGGC had a higher risk of oligozoospermia than controls.",
   "Haplotype analysis of PRM1 and PRM2 in combination exhibited that haplotype TACCGGC exhibited a significant protective effect against the occurrence of oligozoospermia when compared with controls (P=0.002, Bonferroni correction, OR 0.602).",
   wrong="had a higher risk of oligozoospermia"),
 C("he-des", HE, "design",
   "He et al.'s (2012) prospective cohort study of Chinese Han men linked the PRM1 variant rs35576928 to protection against severe oligozoospermia.",
   HE_N, wrong="prospective cohort study"),

 # Lee 1999 (pituitary-promoter adenoviral TK vectors)
 C("lee-n1", LE, "none",
   "Lee et al. (1999) built adenoviral vectors in which a growth hormone or glycoprotein alpha-subunit promoter drives herpes simplex thymidine kinase; with ganciclovir they killed more than 95% of GH3 and alphaT3 pituitary tumour cells.",
   LE_95),
 C("lee-dur", LE, "duration",
   "Transgene expression from the pituitary-promoter adenoviruses persisted for at least 21 weeks in pituitary cell lines (Lee et al., 1999).",
   "Using histological studies and assays for beta-gal activity, expression was shown to persist for at least 21 days, and it was relatively selective for pituitary cell lines.",
   wrong="at least 21 weeks"),
 C("lee-comp", LE, "comparator",
   "Lee et al.'s (1999) pituitary-targeted thymidine kinase adenoviruses killed over 95% of pituitary tumour cells while causing little toxicity in normal pituitary cells.",
   "Little cellular toxicity was seen using a nonpituitary cell line (T47D breast tumor cells).",
   wrong="little toxicity in normal pituitary cells", truth_alt=[LE_95], accept=["comparator", "population"]),
 C("lee-over", LE, "overreach",
   "Lee and colleagues (1999) showed that adenoviral gene therapy driven by pituitary-specific promoters shrinks pituitary adenomas in patients.",
   "The AdGHTK virus also caused marked reduction in the size of GH3 cell tumors that were propagated in nude mice.",
   wrong="shrinks pituitary adenomas in patients",
   truth_alt=["These studies suggest that adenoviral vectors carrying human pituitary gland specific promoters may be useful for developing gene therapy strategies for the treatment of pituitary adenomas."],
   accept=["overreach", "population"]),

 # Brighton 2012 (aspirin vs placebo after unprovoked VTE, RCT)
 C("brighton-n1", BR, "none",
   "Brighton et al. (2012) randomised 822 patients who had finished anticoagulation after a first unprovoked venous thromboembolism to aspirin 100 mg daily or placebo; aspirin did not significantly reduce recurrence (hazard ratio 0.74, P=0.09) but did reduce major vascular events.",
   BR_RAND, truth_alt=[BR_CONC]),
 C("brighton-dir", BR, "direction",
   "Brighton and colleagues (2012) found that low-dose aspirin significantly reduced recurrent venous thromboembolism compared with placebo once anticoagulation had been stopped.",
   BR_CONC, wrong="significantly reduced recurrent venous thromboembolism"),
 C("brighton-comp", BR, "comparator",
   "Compared with continued warfarin, aspirin 100 mg daily after a first unprovoked venous thromboembolism cut the rate of major vascular events by about a third (Brighton et al., 2012).",
   BR_RAND, wrong="Compared with continued warfarin", truth_alt=[BR_CONC]),
 C("brighton-dur", BR, "duration",
   "Over a median follow-up of 18 months, recurrent venous thromboembolism occurred in 57 of 411 patients on aspirin and 73 of 411 on placebo in Brighton et al.'s (2012) trial.",
   "During a median follow-up period of 37.2 months, venous thromboembolism recurred in 73 of 411 patients assigned to placebo and in 57 of 411 assigned to aspirin (a rate of 6.5% per year vs. 4.8% per year; hazard ratio with aspirin, 0.74; 95% confidence interval [CI], 0.52 to 1.05; P=0.09).",
   wrong="a median follow-up of 18 months"),

 # Young 2017 (measles antibody titres in Australian immunoglobulin products)
 C("young-n1", YO, "none",
   "Young et al. (2017) measured measles neutralising antibody titres in Australian immunoglobulin products by plaque-reduction neutralisation and found 51-76 IU/mL in intramuscular and 6-24 IU/mL in intravenous preparations.",
   "Measles titres in Australian IM and IV immunoglobulins ranged from 51 to 76 IU/mL and 6 to 24 IU/mL respectively, as measured by PRNT calibrated to the WHO 3rd international standard."),
 C("young-n2", YO, "none",
   "Australian immunoglobulin products used for measles post-exposure prophylaxis meet the consensus international antibody thresholds, although ELISA gave higher titres than the neutralisation test in every sample (Young and colleagues, 2017).",
   YO_MEET, truth_alt=["ELISA titres were variable but higher than PRNT titres in all tested samples."]),
 C("young-pop", YO, "population",
   "Young et al. (2017) measured measles antibody titres in serum from Australian patients given immunoglobulin after measles exposure and compared ELISA with the plaque-reduction neutralisation test.",
   "This study used the plaque-reduction neutralization test (PRNT) to measure the titer of measles-specific antibodies in Australian immunoglobulin products for post-exposure prophylaxis and compared the utility of an enzyme-linked immunosorbent assay (ELISA) to the PRNT in available Australian and international samples: Australian intramuscular (n = 10), Australian intravenous (n = 28), New Zealand intramuscular (n = 2), Hizentra (subcutaneous)(USA) (n = 3), and Privigen (intravenous)(USA) (n = 2).",
   wrong="in serum from Australian patients given immunoglobulin after measles exposure", accept=["population", "design"]),
 C("young-over", YO, "overreach",
   "Young et al. (2017) showed that Australian immunoglobulin given after exposure fully protects every exposed person against measles.",
   YO_MEET, wrong="fully protects every exposed person against measles"),
]

Path(__file__).resolve().parent.joinpath("claims.json").write_text(json.dumps(CLAIMS, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
print(len(CLAIMS), "claims")
