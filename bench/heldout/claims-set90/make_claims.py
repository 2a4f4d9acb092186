"""Writes claims.json (set 90). Hand-written claims; truth sentences copied verbatim from the abstracts (pool 14).
The C() helper and the field layout are those of set 55's make_claims.py (itself set 50's; its first lines only were read)."""
import json
from pathlib import Path

def C(id, key, kind, claim, truth, wrong=None, truth_alt=None, accept=None):
    d = {"id": id, "key": key, "kind": kind, "claim": claim, "truth": truth}
    if truth_alt: d["truth_alt"] = truth_alt
    if wrong: d["wrong"] = wrong
    if accept: d["accept"] = accept
    return d

FR, HO, HA, RI, CO = "franchimont1977effect", "holmes1977crystalloids", "hameister1979clinical", "rigo1979nuclear", "cox1977rabies"
RE, DA, PE, LE, PY = "reid1979neonatal", "dales1979case", "peltonen1979nickel", "lees1979prospective", "pye1979studies"
EV, PA, BH, FA, AD = "evens1977clinical", "parl1979histologic", "bhatnagar1977biochemical", "fahmy1977mutagenicity", "ada1978cytotoxic"

FR_DOSE = "Danazol was given in a daily dose of 600 mg for 15 days to five postmenopausal women and five normal adult men."
FR_RES = "Danazol reduces basal levels of FSH and LH and their cumulative response to GnRH but exercises no significant effect on either basal levels of TSH or PRL or their response to TRH, nor does it modify basal cortisol secretion."
HO_23 = "Previously undemonstrated protein crystalloid structures were found to occur in the malignant acini of prostatic carcinomas in 23% of cases systematically reviewed."
HO_BJ = "Histochemically and immunohistochemically, they appear closely related, if not identical, to Bence-Jones crystals."
HO_BEN = "Prostatic crystalloids were never found in benign glands with rare exceptions and then were limited to benign appearing glands adjacent to carcinoma."
HO_DX = "The presence of such crystalloids in microscopic sections of prostate may be of diagnostic aid in determining the presence of malignancy or of a premalignant state."
HA_DET = "Upon routine pregnancy monitoring these patients were detected on the basis of low estriol excretion and failing induction of labor."
HA_MALE = "In all three cases a male was delivered and subsequently the diagnosis of partial deficiency of placental steroid sulfatase was confirmed enzymatically in placenta homogenates."
HA_34 = "In fibroblasts of the child, as in placental tissue, the activity of steroid sulfatase was only 34% of normal."
HA_MOM = "In cells of the mother, enzyme activities were unremarkable."
RI_ENH = "The 19F longitudinal nuclear magnetic relaxation rate (T-1(1p)) of F- solutions is greatly enhanced by copper, zinc or manganese superoxide dismutase."
RI_ORD = "The measured T-1(1p) values are at least an order of magnitude, and in most cases 2 orders of magnitude, higher than those of other metal-containing proteins and low molecular weight complexes."
RI_CN = "For mixtures of the copper, zinc and manganese enzymes, addition of CN- permits quantification of the relative amounts of each enzyme."
RI_ADV = "Results are reported to show that the 19F relaxation method can be used to assay biological fluids and crude homogenates for copper, zinc and manganese superoxide dismutases, under conditions that offer considerable advantages in comparison to other assay methods."
CO_ONLY = "It it the only structural protein of the virus that induces the formation of virus-neutralizing antibodies and which confers immunity to animals."
CO_9 = "The protective activity of G protein increased with purification: 9 ng of G protein was required to protect 50% of the mice as compared to 1.63 micrograms of the virus."
RE_35 = "Between January 1973 and July 1979 35 infants with 'early onset' group B streptococcal infection were admitted to the Special Nursery, Aberdeen Maternity Hospital."
RE_DIED = "Ten infants died, nine of whom were of low birth weight."
RE_BG = "Analysis of our data suggests that vaginal carriage of group B streptococcus is not associated with the mother's blood group but there appears to be an increased incidence of neonatal group B streptococcal infection in infants of mothers of blood group B."
DA_99 = "Ninety-nine black colorectal cancer patients and 280 matched controls from hospitals and multiphasic health checkup clinics were interviewed about past dietary habits and other traits."
DA_FIB = "The colon cancer cases tended to report less frequent use of foods with at least 0.5% fiber content than did their controls."
DA_COMB = "When consumption of these two groups of foods was considered in combination, significantly more colon cancer patients than controls reported a high saturated fat foods-low fibrous foods eating pattern, as opposed to a low saturated fat foods-high fibrous foods diet."
PE_POP = "The incidence of nickel sensitivity in a population above the age of 10 was examined through epicutaneous tests with 5% nickel sulphate performed on certain school and occupational test subjects and on subjects at a home for elderly people."
PE_45 = "Nickel sensitivity was observed in 4.5% (in 44 cases of 980 tested subjects), in 8% of the females and in 0.8% of the males."
PE_ECZ = "Hand eczemas were rarer (20.5%) in the nickel-sensitive subjects in the population study than in the nickel-sensitive patients tested at the same time in the clinic (56.6%)."
LE_212 = "Grey-scale ultrasonography was used in 212 unselected patients in whom the presence or absence of pancreatic disease was subsequently confirmed by other means."
LE_PRO = "The remaining 120 patients were studied prospectively."
LE_33 = "Ultrasound failed in three cases; otherwise it detected all the 33 patients with chronic pancreatic disease and correctly distinguished cancer from chronic pancreatitis."
LE_57 = "Ultrasonography gave more accurate or more confident and accurate information than the clinical assessment in 57 of the 98 patients studied as problems in diagnosis."
LE_ALONG = "The accuracy and clinical impact of the ultrasonographic diagnosis were judged alongside a standard clinical assessment."
PY_11 = "The concentration of free amino acids in the plasma and lumbar CSF of 11 patients with steady-state chronic renal failure has been measured and the CSF: plasma concentration ratios calculated."
PY_37 = "The results have been compared with the corresponding data from 37 control subjects."
PY_TOT = "In renal failure, elevation of the mean plasma concentration of total amino acids and a reduction in the ratio of essential to total amino acids have been found."
PY_CSF = "Striking abnormalities of the CSF amino acid concentration have been observed."
EV_130 = "The technical costs of CCT have been determined by a national survey and have shown to be $130 per patient at a volume of 50 patients per week."
EV_ACC = "Eighteen to twenty-eight percent of patients studied by CCT and RBS have abnormalities (e.g. cerebral atrophy and ventricular dilatation) that are only detected by CCT, and the overall accuracy of CCT is 95%, while the accuracy of RBS is approximately 70%."
EV_25 = "Although CCT is more costly, it increases overall accuracy by approximately 25%."
EV_CB = "Substituting CCT for RBS is cost-beneficial."
EV_PRIOR = "Cranial computed tomography (CCT) has already been demonstrated to provide significant diagnostic information in patients with neurologic disease and to reduce the need for special neuroradiologic procedures."
PA_96 = "The effect of chronic alcohol ingestion on the gastric mucosa was determined in 96 patients in whom gastroscopy was performed because of upper gastrointestinal symptoms."
PA_72 = "Seventy-two patients were classified as alcoholics and 24 patients as nonalcoholics."
PA_BX = "In all cases biopsy specimens were taken from the fundus and antrum."
PA_ANT = "Alcoholic patients were found to have a higher incidence of chronic gastritis of the antrum than nonalcoholics (p less than 0.001)."
PA_45 = "Finally, gastritis was more severe in the alcoholics; below 45 years of age chronic atrophic gastritis was seen only in alcoholics."
BH_PUR = "A basic protein, solubilized in buffered salt solutions from keratohyalin granules of newborn rat epidermis, has been purified by ion-exchange chromatography."
BH_SPEC = "Using an antibody to this protein, which we have designated fraction 4, we have found that it is specific to rat epidermis and is not present in any other rat tissues or in epidermal extracts from other species."
BH_UP = "The protein is localized mainly in the upper layers of epidermis."
BH_TIME = "The protein, which binds to DNA, appears in the epidermis just prior to birth, increases during the first week of post-natal life and declines sharply thereafter."
BH_7 = "Fraction 4 represents about 7% of the total solubilized protein in 7-day-old rat epidermis."
FA_INJ = "The compounds were injected at equimolar dose ranges (5-20 mM) around the testes of adult males and their mutagenicities were measured separately on the various stages of spermatogenesis."
FA_ALL = "All compounds exerted decisive mutagenicity both on the X-chromosome and the RNA genes, although their activities on the different genic sites varied between compounds and as a function of cell stage, but not in response to changes in dose, within the investigated molarity range."
FA_ORD = "The mutagenicities and selectivities of the test compounds for rDNA gradually decreased in the order Bzd greater than m-TD greater than 4-NOPD, which correlated with the evidence-so far-about their carcinogenicities."
AD_TR = "In the case of both ectromelia and influenza virus infection of mice, transfer of specific Tc to histocompatible, infected mice has been shown to significantly lower the virus titre in target organs (spleen and lungs respectively)."
AD_TUM = "In experimental animals with some tumours, there is increasingly good evidence for the expression of tumour specific transplantation antigens (TSTA) in the membrane of the malignant cells, yet there is little evidence for the presence of specific Tc which might control the growth of the tumour."
AD_DISC = "Possible reasons for the lack of generation or expression of Tc in these situations are discussed."

claims = [
    # Franchimont and Cramilion 1977: none, duration, population, direction
    C("fr-n1", FR, "none", "In Franchimont and Cramilion's (1977) study, danazol lowered basal FSH and LH and blunted their response to GnRH, but had no significant effect on TSH, prolactin or cortisol.", FR_RES),
    C("fr-dur", FR, "duration", "Franchimont and Cramilion (1977) gave danazol 600 mg daily for 15 weeks to postmenopausal women and healthy men and then retested their pituitary responses.", FR_DOSE, wrong="15 weeks"),
    C("fr-pop", FR, "population", "In a small study of premenopausal women with endometriosis, danazol suppressed basal gonadotrophin levels (Franchimont & Cramilion, 1977).", FR_DOSE, wrong="premenopausal women with endometriosis"),
    C("fr-dir", FR, "direction", "Franchimont and Cramilion (1977) reported that danazol raised basal FSH and LH levels while leaving thyroid-stimulating hormone unaffected.", FR_RES, wrong="raised"),
    # Holmes 1977: none x2, overreach, design
    C("ho-n1", HO, "none", "Holmes (1977) described previously unrecognised protein crystalloids in the malignant glands of roughly a quarter of the prostatic carcinomas reviewed.", HO_23),
    C("ho-n2", HO, "none", "According to Holmes (1977), these crystalloids stain much like Bence-Jones crystals and were, with rare exceptions, absent from benign prostatic glands.", HO_BJ, truth_alt=[HO_BEN]),
    C("ho-over", HO, "overreach", "Holmes's (1977) work showed that finding crystalloids in a prostate biopsy establishes a diagnosis of carcinoma.", HO_DX, wrong="establishes a diagnosis of carcinoma"),
    C("ho-des", HO, "design", "In a prospective study following men with prostate cancer, Holmes (1977) found protein crystalloids in 23% of the tumours.", HO_23, wrong="a prospective study following men with prostate cancer"),
    # Hameister et al. 1979: none x2, population, number
    C("ha-n1", HA, "none", "Hameister et al. (1979) described three pregnancies picked up by low oestriol excretion and failed induction of labour, in which partial placental steroid sulfatase deficiency was later confirmed enzymatically.", HA_DET, truth_alt=[HA_MALE]),
    C("ha-n2", HA, "none", "In one affected family, steroid sulfatase activity in the boy's cultured fibroblasts was about a third of normal, whereas his mother's cells were unremarkable (Hameister et al., 1979).", HA_34, truth_alt=[HA_MOM]),
    C("ha-pop", HA, "population", "Hameister and colleagues (1979) reported three cases of partial placental steroid sulfatase deficiency, each ending in the birth of a girl.", HA_MALE, wrong="the birth of a girl"),
    C("ha-num", HA, "number", "Hameister et al.'s (1979) fibroblast studies found steroid sulfatase activity at only 3.4% of normal in the affected child.", HA_34, wrong="3.4%"),
    # Rigo et al. 1979: none x2, direction, comparator
    C("ri-n1", RI, "none", "Rigo et al. (1979) showed that superoxide dismutase enhances the 19F relaxation rate of fluoride solutions one to two orders of magnitude more than other metalloproteins or small metal complexes do, which they used as the basis of a specific assay.", RI_ORD, truth_alt=[RI_ENH]),
    C("ri-n2", RI, "none", "According to Rigo and colleagues (1979), adding cyanide lets the 19F method apportion activity between the copper-zinc and manganese forms of the enzyme in a mixture.", RI_CN),
    C("ri-dir", RI, "direction", "Rigo et al. (1979) found that superoxide dismutase sharply slowed the 19F relaxation rate of fluoride solutions, an effect they proposed as an assay.", RI_ENH, wrong="sharply slowed"),
    C("ri-comp", RI, "comparator", "In Rigo et al.'s (1979) comparison, the 19F relaxation assay gave signals at least ten times stronger than the standard cytochrome c reduction assay for superoxide dismutase.", RI_ORD, wrong="than the standard cytochrome c reduction assay", truth_alt=[RI_ADV]),
    # Cox et al. 1977: none, number, population, comparator
    C("co-n1", CO, "none", "Cox et al. (1977) found that the glycoprotein was the only structural protein of rabies virus able to elicit neutralising antibodies and to protect animals.", CO_ONLY),
    C("co-num", CO, "number", "Cox and colleagues (1977) reported that 9 micrograms of purified rabies glycoprotein protected half of the mice, against 1.63 micrograms of whole virus.", CO_9, wrong="9 micrograms"),
    C("co-pop", CO, "population", "Purified rabies glycoprotein protected half of the guinea pigs tested at a dose of only 9 ng (Cox et al., 1977).", CO_9, wrong="guinea pigs"),
    C("co-comp", CO, "comparator", "Cox et al.'s (1977) potency tests showed that 9 ng of the glycoprotein protected as many mice as 1.63 micrograms of a commercial human diploid cell vaccine.", CO_9, wrong="a commercial human diploid cell vaccine"),
    # Reid and Lloyd 1979: none x2, duration, number
    C("re-n1", RE, "none", "Reid and Lloyd (1979) described 35 babies admitted to an Aberdeen special nursery with early-onset group B streptococcal infection; ten died, nearly all of them of low birth weight.", RE_DIED, truth_alt=[RE_35]),
    C("re-n2", RE, "none", "Reid and Lloyd's (1979) data suggested that maternal blood group did not affect vaginal carriage of group B streptococcus, although neonatal infection seemed more frequent among babies of blood group B mothers.", RE_BG),
    C("re-dur", RE, "duration", "Over a 16-year period, 35 infants with early-onset group B streptococcal disease were admitted to the Aberdeen Maternity Hospital nursery (Reid & Lloyd, 1979).", RE_35, wrong="Over a 16-year period"),
    C("re-num", RE, "number", "Reid and Lloyd (1979) reported that 25 of 35 infants with early-onset group B streptococcal infection died, most of them of low birth weight.", RE_DIED, wrong="25 of 35"),
    # Dales et al. 1979: none, design, population, direction
    C("da-n1", DA, "none", "In Dales et al.'s (1979) case-control study, colon cancer patients were significantly more likely than controls to report a diet high in saturated-fat foods and low in fibre-rich foods.", DA_COMB, truth_alt=[DA_FIB]),
    C("da-des", DA, "design", "Dales and colleagues (1979) prospectively followed black Americans and found that those who ate fibre-rich foods less often were more likely to develop colon cancer.", DA_99, wrong="prospectively followed"),
    C("da-pop", DA, "population", "Among white American patients, colorectal cancer cases reported eating fibre-rich foods less often than matched controls (Dales et al., 1979).", DA_99, wrong="white American patients", truth_alt=[DA_FIB]),
    C("da-dir", DA, "direction", "Dales et al. (1979) found that colon cancer cases reported eating foods with at least 0.5% fibre more often than their controls did.", DA_FIB, wrong="more often than their controls"),
    # Peltonen 1979: none, number, comparator, population
    C("pe-n1", PE, "none", "Peltonen (1979) patch-tested 980 people from schools, workplaces and an old people's home and found nickel sensitivity in 4.5%, about ten times as often in women as in men.", PE_45, truth_alt=[PE_POP]),
    C("pe-num", PE, "number", "Peltonen (1979) found nickel sensitivity in 14.5% of a general-population sample of 980 people.", PE_45, wrong="14.5%"),
    C("pe-comp", PE, "comparator", "Hand eczema was less common among nickel-sensitive people in the general population than among people without nickel sensitivity, according to Peltonen (1979).", PE_ECZ, wrong="than among people without nickel sensitivity"),
    C("pe-pop", PE, "population", "In Peltonen's (1979) patch-test survey of patients attending a dermatology clinic, 4.5% were sensitive to nickel.", PE_POP, wrong="patients attending a dermatology clinic", truth_alt=[PE_45]),
    # Lees et al. 1979: none, design, comparator, number
    C("le-n1", LE, "none", "Lees et al. (1979) reported that, apart from three failed examinations, grey-scale ultrasound picked up every patient with chronic pancreatic disease and told cancer apart from chronic pancreatitis.", LE_33),
    C("le-des", LE, "design", "In a retrospective review of case records, Lees et al. (1979) assessed grey-scale ultrasonography in 212 unselected patients with possible pancreatic disease.", LE_PRO, wrong="a retrospective review of case records", truth_alt=[LE_212]),
    C("le-comp", LE, "comparator", "Lees and colleagues (1979) found ultrasonography more informative than endoscopic pancreatography in 57 of 98 diagnostically difficult patients.", LE_57, wrong="than endoscopic pancreatography", truth_alt=[LE_ALONG]),
    C("le-num", LE, "number", "In the series by Lees et al. (1979), ultrasound detected all 53 patients with chronic pancreatic disease, apart from three technical failures.", LE_33, wrong="53"),
    # Pye et al. 1979: none x2, direction, overreach
    C("py-n1", PY, "none", "Pye et al. (1979) measured free amino acids in the plasma and lumbar CSF of 11 patients with stable chronic renal failure and compared them with 37 control subjects.", PY_11, truth_alt=[PY_37]),
    C("py-n2", PY, "none", "In chronic renal failure, mean total plasma amino acids were raised while the proportion of essential amino acids fell (Pye et al., 1979).", PY_TOT),
    C("py-dir", PY, "direction", "Pye and colleagues (1979) found that patients with chronic renal failure had a lower mean plasma concentration of total amino acids than controls.", PY_TOT, wrong="a lower mean plasma concentration"),
    C("py-over", PY, "overreach", "Pye et al. (1979) demonstrated that abnormal CSF amino acid levels cause the neurological symptoms of uraemia.", PY_CSF, wrong="cause the neurological symptoms of uraemia"),
    # Evens and Jost 1977: none, comparator, overreach, duration
    C("ev-n1", EV, "none", "Evens and Jost (1977) concluded that replacing the radionuclide brain scan with cranial CT was cost-beneficial: CT costs more but raises overall diagnostic accuracy by about a quarter.", EV_25, truth_alt=[EV_CB]),
    C("ev-comp", EV, "comparator", "Evens and Jost (1977) put the overall accuracy of cranial CT at 95%, compared with about 70% for pneumoencephalography.", EV_ACC, wrong="pneumoencephalography"),
    C("ev-over", EV, "overreach", "Evens and Jost (1977) showed that cranial CT makes all other neuroradiological procedures unnecessary.", EV_PRIOR, wrong="makes all other neuroradiological procedures unnecessary"),
    C("ev-dur", EV, "duration", "By Evens and Jost's (1977) estimate, cranial CT cost $130 per patient at a throughput of 50 patients a day.", EV_130, wrong="50 patients a day", accept=["duration", "number"]),
    # Parl et al. 1979: none, design, direction, number
    C("pa-n1", PA, "none", "In Parl et al.'s (1979) biopsy study, chronic atrophic gastritis before the age of 45 was found only in alcoholic patients.", PA_45),
    C("pa-des", PA, "design", "In a prospective cohort study, Parl and colleagues (1979) found chronic antral gastritis more common in alcoholics than in nonalcoholics.", PA_96, wrong="a prospective cohort study", truth_alt=[PA_BX]),
    C("pa-dir", PA, "direction", "Parl et al. (1979) found chronic gastritis of the antrum to be less common in alcoholic than in nonalcoholic patients.", PA_ANT, wrong="less common"),
    C("pa-num", PA, "number", "Of the 96 patients biopsied by Parl et al. (1979), 24 were alcoholics and 72 were nonalcoholics.", PA_72, wrong="24 were alcoholics and 72 were nonalcoholics"),
    # Bhatnagar and Freedberg 1977: none, duration x2, population
    C("bh-n1", BH, "none", "Bhatnagar and Freedberg (1977) found the basic protein they called fraction 4 only in rat epidermis, not in other rat tissues or other species' epidermis, and mainly in its upper layers.", BH_SPEC, truth_alt=[BH_UP]),
    C("bh-dur", BH, "duration", "Bhatnagar and Freedberg (1977) reported that the epidermal basic protein accumulates over the first month after birth and then falls sharply.", BH_TIME, wrong="over the first month after birth"),
    C("bh-dur2", BH, "duration", "In Bhatnagar and Freedberg's (1977) analysis, fraction 4 made up about 7% of the soluble epidermal protein of 7-week-old rats.", BH_7, wrong="7-week-old", accept=["duration", "number"]),
    C("bh-pop", BH, "population", "Bhatnagar and Freedberg (1977) purified a basic protein from the keratohyalin granules of newborn mouse epidermis.", BH_PUR, wrong="newborn mouse epidermis"),
    # Fahmy and Fahmy 1977: none x2, direction, overreach
    C("fa-n1", FA, "none", "Fahmy and Fahmy (1977) found that two hair-dye components, m-toluenediamine and 4-nitro-o-phenylenediamine, were clearly mutagenic in Drosophila, though less so than benzidine.", FA_ORD, truth_alt=[FA_ALL]),
    C("fa-n2", FA, "none", "In male fruit flies injected with 5-20 mM of each compound, mutagenic activity varied with the stage of spermatogenesis but not with the dose (Fahmy & Fahmy, 1977).", FA_ALL, truth_alt=[FA_INJ]),
    C("fa-dir", FA, "direction", "Fahmy and Fahmy (1977) reported that the mutagenicity of the hair-dye components rose steadily with dose across the 5-20 mM range.", FA_ALL, wrong="rose steadily with dose"),
    C("fa-over", FA, "overreach", "Fahmy and Fahmy's (1977) fruit-fly assay proved that hair dyes cause cancer in people.", FA_ORD, wrong="proved that hair dyes cause cancer in people"),
    # Ada and Yap 1978: none x2, design, overreach
    C("ad-n1", AD, "none", "Ada and Yap (1978) noted that transferring virus-specific cytotoxic T cells into infected, histocompatible mice significantly lowered virus titres in the spleen in ectromelia and in the lungs in influenza.", AD_TR),
    C("ad-n2", AD, "none", "Reviewing the evidence, Ada and Yap (1978) pointed out that although some experimental tumours express tumour-specific transplantation antigens, there is little evidence of specific cytotoxic T cells controlling tumour growth.", AD_TUM),
    C("ad-des", AD, "design", "Ada and Yap (1978) ran a randomised experiment in which transferred cytotoxic T cells lowered influenza virus titres in the lungs of mice.", AD_TR, wrong="ran a randomised experiment", truth_alt=[AD_DISC]),
    C("ad-over", AD, "overreach", "Ada and Yap (1978) established that cytotoxic T cells are a universal homeostatic mechanism controlling viruses, grafts and tumours alike.", AD_TUM, wrong="established that cytotoxic T cells are a universal homeostatic mechanism"),
]

Path(__file__).resolve().parent.joinpath("claims.json").write_text(json.dumps(claims, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
print(len(claims), "claims")
