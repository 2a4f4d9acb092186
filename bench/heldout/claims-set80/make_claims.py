"""Writes claims.json (set 80). Hand-written claims; truth sentences copied verbatim from the abstracts (pool 14,
positions 620-634). The C() helper and the field layout are those of set 55's make_claims.py (its first 30 lines only
were read)."""
import json
from pathlib import Path

def C(id, key, kind, claim, truth, wrong=None, truth_alt=None, accept=None):
    d = {"id": id, "key": key, "kind": kind, "claim": claim, "truth": truth}
    if truth_alt: d["truth_alt"] = truth_alt
    if wrong: d["wrong"] = wrong
    if accept: d["accept"] = accept
    return d

EL, YU, DA, ME, DU = "elwood1978comparative", "yu1977neonatal", "dahlgren1979female", "meshalkin1979evolution", "dutka1977confirmation"
GR, BA, SO, ST, GI = "graham1979growth", "barrillon1977myocardial", "sowers1977osmotic", "stern1979risk", "gillquist1977function"
BO, DR, RI, ES, SU = "bowman1977rh", "driscoll1979hemodynamic", "richter1977early", "eskola1977alkaline", "sun1978keratin"

EL_N = "American Cancer Society volunteers in four different part of the country contacted a total of 11,115 members of the American Association of Retired Persons, using five methods that differed in the extent of personal and impersonal contact involved."
EL_GM = "The Group Meeting Method was the most effective personal distribution method."
EL_DIET = "Dietary restrictions did not markedly reduce participation."
YU_44 = "Forty-four infants were diagnosed as having necrotizing enterocolitis (NEC) during a 33 months' period; these represented 4% of all neonatal admissions."
YU_4 = "When the incidence of these clinically associated conditions in infants with NEC are compared with the incidence in infants who did not have NEC in the same birth weight category, a difference can be demonstrated only in 4 out of the 23 analysed: prolonged rupture of membranes with amnionitis; birth asphyxia; hypertonic milk feeds; exchange transfusion."
YU_MULTI = "As NEC is possibly a disease of multifactorial aetiology, a multivariant analysis of the data is indicated to define the role of combined perinatal risk factors in the pathogenesis of this disease."
DA_51 = "The present study describes 51 men, married to female alcoholics, as regards alcoholism, other psycho-social disturbances and mortality, and accounts for the marital situation after an observation period of 6-12 years."
DA_CTRL = "A comparison is made with a control group of married male alcoholics."
DA_50 = "About 50% of the husbands were shown to be alcoholics, 14% had been treated for psychiatric diseases and more than 10% were disabled due to somatic diseases."
ME_452 = "The results of direct pressure measurement in pulmonary circulation in 452 patients with ventricular septal defect (216 males and 236 females), whose age ranged from 12 months to 37 years, were analysed."
ME_150 = "The findings of diagnostic catheterization of the heart in 150 practically healthy persons 12 months to 40 years of age were used to elaborate the normal values of pressure in pulmonary circulation."
ME_LARGE = "In large ventricular septal defects, however, the organism proves incapable of reducing the pressure in the early and first periods of childhood as a rule, and so the pressure increases throughout life."
DU_MF = "Data indicate that the membrane filtration procedure using mPA or mPA medium B is more efficient than the most-probable-number procedure in estimating P. aeruginosa populations."
DU_92 = "It was also found that the specificity of the membrane filtration procedure was such that 92 to 99% of the colonies counted as P. aeruginosa were confirmed, whereas only 2.7 to 10% of the nontypical colonies were confirmed as P. aeruginosa."
GR_123 = "In order to estimate the importance of a variety of environmental and dietary factors as determinants of growth in a group of 123 poor Peruvian urban children between 2 and 19 years old, we found it necessary to express anthropometric measurements in units that were not age- or sex-dependent."
GR_5 = "Only 5% of the children had heights above the Boston 50th percentile (height quotient greater than 100) and 18% had weights above the 50th percentile (weight quotient greater than 100), but 88% had weights that were appropriate or excessive for height (weight/height quotient greater than or equal to 1.00)."
GR_RACE = "Racial and regional differences in patterns of growth must be taken into account in the interpretation of anthropometric and nutritional data."
BA_10 = "10 cases of myocardial infarction in females (mean age, 41 years, 4 months) on estrogen/progestin compounds for oral contraception have shown up the determinant role of the associated atherogenic risk factors."
BA_ALL = "All patients had 1 other risk factor."
BA_TOB = "There was heavy tobacco consumption in 8 of the 10 cases."
SO_10 = "The effects of acute changes in serum osmolality on basal serum PRL and TSH levels and on responses of prolactin (PRL) and thyrotropin (TSH) to the thyrotropin-releasing hormone (TRH) analogue, N3im-methyl-TRH, were studied in ten euthyroid subjects and in three patients with PRL-secreting pituitary tumors."
SO_NACL = "Intravenous infusion of 5% sodium chloride in the ten euthyroid subjects significantly depressed basal serum PRL levels but had no effect on the PRL response to methyl-TRH."
SO_TSH = "Infusion of hypertonic saline significantly decreased the TSH response to methyl-TRH."
SO_TUM = "In the three patients with pituitary tumors, oral water loading and hypertonic saline infusion had no significant effect on the basal serum PRL and TSH or the PRL and TSH responses to methyl-TRH."
ST_PROS = "A 2.1-year prospective study of 1373 patients given oral 8-methoxypsoralen photochemotherapy for psoriasis revealed 30 patients with a total of 48 basal-cell and squamous-cell carcinomas."
ST_263 = "The observed incidence of cutaneous carcinoma was 2.63 (95 per cent confidence limits = 1.91 to 3.90) times that expected for an age, sex and geographically matched population."
ST_NEW = "New patients with known histories of ionizing-radiation exposure or of skin tumors should be given 8-methyoxypsoralen photochemotherapy only if they understand the risks and have disabling psoriasis untreatable by other means."
GI_85 = "The size of the remnant gland after subtotal thyroidectomy varied between 5 and 12 g in 85 hyperthyroid patients."
GI_6 = "The patients were then examined 6 weeks and 6 months after surgery with estimation of TSH and TRH stimulation test as well as thyroxine and triiodothyronine."
GI_R = "A significant correlation between TSH response to TRH and remnant weight was found ( r= 0.94, p less than 0.01)."
GI_T4 = "No significant difference in thyroxine and triiodothyronine was found between the weight groups."
BO_N = "The number of Rh-isoimmunized pregnancies in Manitoba has been reduced from 223 and 228 in the years ending Oct. 31, 1963 and 1964 to 60 and 62 in the years ending Oct. 31, 1974 and 1975."
BO_1000 = "The number per 1000 total births in the same years has decreased from 10.0 and 10.6 to 3.4 and 3.5 Perinatal mortality rates in those years decreased from 13.8 amd 15.7% to 0 and 2.2%, respectively."
BO_DEATHS = "The number of perinatal deaths has been reduced from 55 in the first 2 years reported to 1 in the last 2 years."
BO_121 = "Among the 121 isoimmunized women pregnant in the 2-year period ending Oct. 31, 1975, isoimmunization was due to failure to give Rh immune globulin after delivery in 33 and failure to give it during pregnancy in 48."
BO_COMPLETE = "Complete prevention of Rh isoimmunization and therefore of all perinatal deaths from Rh erythroblastosis can only be achieved through universal Rh testing prenatally and immediately after delivery, and institution of an antenatal Rh prophylaxis program."
DR_12 = "To determine its hemodynamic effects in children, we infused dobutamine into 12 children with congenital heart disease during diagnostic cardiac catheterization."
DR_DOSE = "We administered dobutamine in two doses: first 2 and then 7.75 microgram/kg per min for 10 minutes each."
DR_UP = "Cardiac output, cardiac index, stroke volume, stroke index and systemic arterial phasic and mean blood pressures increased sugnificantly (P less than 0.05) and pulmonary capillary mean blood pressure decreased significantly (P less than 0.05) during the infusion of each dose of dobutamine compared with control values."
DR_HR = "Heart rate, pulmonary and right atrial mean blood pressure and systemic and pulmonary vascular resistance were unchanged with either dose of dobutamine."
RI_A = "A comparison of distal motor latencies after stimulation of the median and ulnar nerves proximal to the ligamentum carpi transversum and recording from the thenar muscles shows: a) in normal subjects (99 measurements) a 0,7 msec longer latency after stimulation of the ulnar nerve, b) in generalized polyneuropathies in 46% (n = 48) a reversal of the two motor latencies, i.e., a longer median than ulnar nerve latency."
RI_C = "c) in manifest carpal tunnel syndromes with pathologically prolonged motor latencies this reversal in all cases; d) in carpal tunnel syndromes with only pathologically prolonged sensory latencies in 11 out of 13 patients a reversal of motor latencies; e) in patients with carpal tunnel syndromes a reversal of motor latencies in 65% (n = 46) on the clinically symptom-free side."
RI_CONC = "It is concluded that a reversal of distal motor latencies may be the earliest sign of a carpal tunnel syndrome, if a generalized polyneuropathy is excluded and typical symptoms are reported."
ES_ALP = "According to the quantitative determinations, the activity of alkaline phosphatase increased from the 11th to 17th day of incubation--that is, during the time of the lymphoid follicle formation in the developing bursa."
ES_TESTO = "Testosterone given in ovo prevented the appearance of alkaline phosphatase in the bursal mesenchyme but had no effect on the activity of the embryonic liver."
ES_TRANS = "By using transplantation of embryonic bursal stem cells, it was further shown that, in contrast to cyclophosphamide, testosterone destroys the capacity of the bursa to serve as a differentiation site for the B-cell lineage."
ES_CONC = "The results indicate that testosterone affects the stromal cells of the bursa, whereas cyclophosphamide destroys only the lymphoid population undergoing differentiation and leaves the bursal stroma intact."
SU_CULT = "Human epidermal cells grown in culture synthesize abundant keratins."
SU_30 = "About 30% of all the proteins of living cultured keratinocytes consists of keratins, compared with over 85% of stratum corneum."
SU_XL = "All the keratins of human stratum corneum were found to be cross-linked by intermolecular disulfide bonds while most keratins of the living cells were not."
SU_MAT = "As the cells mature in Methocel-stabilized suspension culture, their keratins become increasingly disulfide cross-linked."

claims = [
    # Elwood 1978 (three authors): none, number, population, direction
    C("el-n1", EL, "none", "Among the personal approaches to handing out home faecal occult blood kits, distributing them at group meetings got the best uptake (Elwood et al., 1978).", EL_GM),
    C("el-num", EL, "number", "Elwood and colleagues (1978) had volunteers offer the Hemoccult test to roughly 1,100 retired people using five different methods of contact.", EL_N, wrong="roughly 1,100"),
    C("el-pop", EL, "population", "Elwood et al. (1978) compared five ways of persuading hospital outpatients to complete a do-it-yourself stool blood test for colorectal cancer.", EL_N, wrong="hospital outpatients"),
    C("el-dir", EL, "direction", "In Elwood et al.'s (1978) screening study, asking people to follow dietary restrictions before the Hemoccult test markedly cut participation.", EL_DIET, wrong="markedly cut participation"),
    # Yu and Tudehope 1977 (two authors): none x2, duration, overreach
    C("yu-n1", YU, "none", "Yu and Tudehope (1977) diagnosed necrotizing enterocolitis in 44 infants over a period of just under three years, about 4% of all neonatal admissions.", YU_44),
    C("yu-n2", YU, "none", "When infants with NEC were compared with unaffected infants of the same birth weight, only four of the 23 perinatal factors examined differed, among them birth asphyxia and exchange transfusion (Yu & Tudehope, 1977).", YU_4),
    C("yu-dur", YU, "duration", "Over a 33-week period, Yu and Tudehope (1977) saw 44 infants with necrotizing enterocolitis, 4% of neonatal admissions.", YU_44, wrong="33-week period"),
    C("yu-over", YU, "overreach", "Yu and Tudehope (1977) established that hypertonic milk feeds and exchange transfusion cause necrotizing enterocolitis in newborns.", YU_4, wrong="established that hypertonic milk feeds and exchange transfusion cause", truth_alt=[YU_MULTI]),
    # Dahlgren 1979 (single author): none, number, comparator, duration
    C("da-n1", DA, "none", "Dahlgren (1979) found that roughly half of the men married to alcoholic women were alcoholics themselves, and 14% had received psychiatric treatment.", DA_50),
    C("da-num", DA, "number", "In Dahlgren's (1979) follow-up of the husbands of female alcoholics, about one in five husbands was himself an alcoholic.", DA_50, wrong="about one in five"),
    C("da-comp", DA, "comparator", "Dahlgren (1979) compared 51 husbands of alcoholic women with husbands of non-alcoholic women from the general population.", DA_CTRL, wrong="husbands of non-alcoholic women from the general population"),
    C("da-dur", DA, "duration", "Over a one- to two-year observation period, Dahlgren (1979) followed 51 men married to female alcoholics for alcoholism, psychosocial problems and mortality.", DA_51, wrong="one- to two-year observation period"),
    # Meshalkin 1979 (five authors; Russian, English abstract): none, population, direction, comparator
    C("me-n1", ME, "none", "Meshalkin et al. (1979) analysed directly measured pulmonary pressures in 452 patients with ventricular septal defect aged between one and 37 years.", ME_452),
    C("me-pop", ME, "population", "Meshalkin and colleagues (1979) reported direct pulmonary pressure measurements in 452 patients with atrial septal defect.", ME_452, wrong="atrial septal defect"),
    C("me-dir", ME, "direction", "According to Meshalkin et al. (1979), in large ventricular septal defects pulmonary pressure tends to fall gradually over the patient's lifetime.", ME_LARGE, wrong="tends to fall gradually"),
    C("me-comp", ME, "comparator", "Meshalkin et al.'s (1979) normal values for pulmonary circulation pressure came from catheterization of 150 patients with other congenital heart defects.", ME_150, wrong="150 patients with other congenital heart defects", accept=["comparator", "population"]),
    # Dutka and Kwan 1977 (two authors): none x2, number, comparator
    C("du-n1", DU, "none", "Dutka and Kwan (1977) found that membrane filtration on mPA media recovered Pseudomonas aeruginosa from water more efficiently than the most-probable-number technique.", DU_MF),
    C("du-n2", DU, "none", "With membrane filtration, nearly all typical colonies (92-99%) were confirmed as P. aeruginosa, against at most a tenth of atypical ones (Dutka & Kwan, 1977).", DU_92),
    C("du-num", DU, "number", "In Dutka and Kwan's (1977) comparison, only about 50-60% of the colonies counted as P. aeruginosa on membrane filters were confirmed.", DU_92, wrong="only about 50-60%"),
    C("du-comp", DU, "comparator", "Dutka and Kwan (1977) reported that membrane filtration with mPA medium estimated P. aeruginosa densities in water better than the pour-plate method.", DU_MF, wrong="the pour-plate method"),
    # Graham 1979 (five authors): none x2, population, design
    C("gr-n1", GR, "none", "Few of the poor Peruvian children measured by Graham et al. (1979) were taller than the Boston median (5%), yet most (88%) had a weight appropriate or high for their height.", GR_5),
    C("gr-n2", GR, "none", "Graham and colleagues (1979) argued that racial and regional differences in growth patterns must be considered when anthropometric and nutritional data are interpreted.", GR_RACE),
    C("gr-pop", GR, "population", "Graham et al. (1979) studied the growth of 123 poor rural Peruvian children aged 2 to 19.", GR_123, wrong="poor rural Peruvian children"),
    C("gr-des", GR, "design", "In a randomized feeding trial of 123 poor Peruvian children, Graham et al. (1979) expressed growth as height and weight quotients against Boston reference data.", GR_123, wrong="randomized feeding trial"),
    # Barrillon 1977 (ten authors; French, English abstract): none, number, design, overreach
    C("ba-n1", BA, "none", "In Barrillon et al.'s (1977) series of ten women who had a myocardial infarction while taking the pill, eight were heavy smokers.", BA_TOB),
    C("ba-num", BA, "number", "Barrillon et al. (1977) noted heavy smoking in only three of the ten women who had an infarction on oral contraceptives.", BA_TOB, wrong="only three of the ten"),
    C("ba-des", BA, "design", "A case-control study by Barrillon and colleagues (1977) compared pill users with and without myocardial infarction and highlighted the role of associated atherogenic risk factors.", BA_10, wrong="A case-control study"),
    C("ba-over", BA, "overreach", "Barrillon et al. (1977) proved that the pill by itself causes myocardial infarction in women.", BA_10, wrong="proved that the pill by itself causes myocardial infarction", truth_alt=[BA_ALL]),
    # Sowers 1977 (five authors): none x2, direction, population
    C("so-n1", SO, "none", "In euthyroid volunteers, an intravenous 5% saline infusion lowered basal prolactin significantly while leaving the prolactin response to methyl-TRH unchanged (Sowers et al., 1977).", SO_NACL),
    C("so-n2", SO, "none", "Sowers and colleagues (1977) reported that neither water loading nor hypertonic saline significantly altered prolactin or TSH in three patients with prolactin-secreting pituitary tumours.", SO_TUM),
    C("so-dir", SO, "direction", "Sowers et al. (1977) found that hypertonic saline infusion enhanced the TSH response to methyl-TRH in euthyroid subjects.", SO_TSH, wrong="enhanced"),
    C("so-pop", SO, "population", "Sowers et al.'s (1977) study of how serum osmolality affects prolactin and TSH release was done in ten hypothyroid patients and three patients with pituitary tumours.", SO_10, wrong="ten hypothyroid patients"),
    # Stern 1979 (five authors): none, duration, design, overreach
    C("st-n1", ST, "none", "Stern et al. (1979) found that psoriasis patients treated with oral methoxsalen plus UVA developed cutaneous carcinomas at about 2.6 times the rate expected in a matched population.", ST_263),
    C("st-dur", ST, "duration", "Stern et al. (1979) followed 1373 PUVA-treated psoriasis patients prospectively for 12 years and found 48 skin carcinomas in 30 of them.", ST_PROS, wrong="for 12 years"),
    C("st-des", ST, "design", "In a retrospective case-control analysis, Stern and colleagues (1979) linked oral PUVA for psoriasis to basal-cell and squamous-cell skin cancers.", ST_PROS, wrong="retrospective case-control analysis"),
    C("st-over", ST, "overreach", "Stern et al. (1979) concluded that oral PUVA should never be given to any patient with psoriasis because it causes skin cancer.", ST_NEW, wrong="should never be given to any patient with psoriasis"),
    # Gillquist 1977 (three authors): none, duration, direction, population
    C("gi-n1", GI, "none", "Gillquist et al. (1977) found a strong correlation (r = 0.94) between the TSH response to TRH and the weight of the thyroid remnant left after subtotal thyroidectomy.", GI_R),
    C("gi-dur", GI, "duration", "Gillquist and colleagues (1977) checked thyroid function 6 weeks and 6 years after subtotal thyroidectomy for hyperthyroidism.", GI_6, wrong="6 years"),
    C("gi-dir", GI, "direction", "In Gillquist et al.'s (1977) study, patients left with small thyroid remnants had significantly lower thyroxine and triiodothyronine levels than those with larger remnants.", GI_T4, wrong="had significantly lower thyroxine and triiodothyronine levels"),
    C("gi-pop", GI, "population", "Gillquist et al. (1977) measured remnant size after subtotal thyroidectomy in 85 patients with thyroid cancer.", GI_85, wrong="thyroid cancer"),
    # Bowman 1977 (four authors): none x2, number, overreach
    C("bo-n1", BO, "none", "In Manitoba, perinatal deaths from Rh disease fell from 55 in the first two years of reporting to a single death in the last two (Bowman et al., 1977).", BO_DEATHS),
    C("bo-n2", BO, "none", "Bowman et al. (1977) traced more of the recent Rh isoimmunizations to failure to give Rh immune globulin during pregnancy (48 women) than to its omission after delivery (33).", BO_121),
    C("bo-num", BO, "number", "Bowman and colleagues (1977) reported that Rh-isoimmunized pregnancies in Manitoba fell from about 10 per 1000 births in 1963-64 to under 1 per 1000 by 1974-75.", BO_1000, wrong="under 1 per 1000"),
    C("bo-over", BO, "overreach", "Bowman et al. (1977) showed that postpartum Rh immune globulin had completely eliminated Rh isoimmunization in Manitoba by 1975.", BO_N, wrong="completely eliminated Rh isoimmunization", truth_alt=[BO_COMPLETE]),
    # Driscoll 1979 (eight authors): none, direction, design, duration
    C("dr-n1", DR, "none", "Driscoll et al. (1979) found that dobutamine raised cardiac output and stroke volume in children with congenital heart disease without changing heart rate.", DR_UP, truth_alt=[DR_HR]),
    C("dr-dir", DR, "direction", "In children with congenital heart disease, dobutamine increased heart rate at both doses tested (Driscoll et al., 1979).", DR_HR, wrong="increased heart rate"),
    C("dr-des", DR, "design", "In a placebo-controlled crossover trial, Driscoll and colleagues (1979) gave dobutamine to 12 children undergoing diagnostic cardiac catheterization.", DR_12, wrong="placebo-controlled crossover trial"),
    C("dr-dur", DR, "duration", "Driscoll et al. (1979) infused dobutamine at 2 and then 7.75 micrograms/kg per minute, each dose running for an hour.", DR_DOSE, wrong="each dose running for an hour"),
    # Richter and Thoden 1977 (two authors; German, English abstract): none x2, comparator, overreach
    C("ri-n1", RI, "none", "Richter and Thoden (1977) found that in healthy subjects the distal motor latency to the thenar muscles was about 0.7 ms longer after ulnar than after median nerve stimulation.", RI_A),
    C("ri-n2", RI, "none", "Even on the clinically symptom-free side, about two-thirds of patients with carpal tunnel syndrome showed a reversal of the median and ulnar motor latencies (Richter & Thoden, 1977).", RI_C),
    C("ri-comp", RI, "comparator", "Richter and Thoden's (1977) early test for carpal tunnel syndrome compared distal motor latencies after stimulating the median and radial nerves, recorded from the thenar muscles.", RI_A, wrong="median and radial nerves"),
    C("ri-over", RI, "overreach", "Richter and Thoden (1977) proved that reversed motor latencies are a definitive test for carpal tunnel syndrome in every patient.", RI_CONC, wrong="proved that reversed motor latencies are a definitive test for carpal tunnel syndrome in every patient"),
    # Eskola 1977 (five authors): none x2, population, comparator
    C("es-n1", ES, "none", "Eskola et al. (1977) reported that alkaline phosphatase activity in the developing bursa of Fabricius rose between the 11th and 17th day of incubation, when the lymphoid follicles form.", ES_ALP),
    C("es-n2", ES, "none", "Eskola and colleagues (1977) concluded that testosterone acts on the bursal stroma, whereas cyclophosphamide destroys only the differentiating lymphoid cells and leaves the stroma intact.", ES_CONC),
    C("es-pop", ES, "population", "Eskola et al. (1977) found that testosterone given to newly hatched chicks prevented alkaline phosphatase from appearing in the bursal mesenchyme.", ES_TESTO, wrong="given to newly hatched chicks"),
    C("es-comp", ES, "comparator", "Eskola et al.'s (1977) transplantation experiments showed that testosterone, unlike hydrocortisone, destroys the bursa's capacity to serve as a site of B-cell differentiation.", ES_TRANS, wrong="unlike hydrocortisone"),
    # Sun and Green 1978 (two authors): none, number, direction, design
    C("su-n1", SU, "none", "Sun and Green (1978) found that keratins make up about 30% of the protein of living cultured keratinocytes, against more than 85% in the stratum corneum.", SU_30),
    C("su-num", SU, "number", "In Sun and Green's (1978) cultures, keratins accounted for roughly 70% of all the protein of living keratinocytes.", SU_30, wrong="roughly 70%"),
    C("su-dir", SU, "direction", "Sun and Green (1978) reported that as cultured keratinocytes matured in suspension culture, their keratins became progressively less disulfide cross-linked.", SU_MAT, wrong="progressively less"),
    C("su-des", SU, "design", "Working with skin biopsies taken from volunteers, Sun and Green (1978) showed that the keratins of living epidermal cells are mostly not disulfide cross-linked.", SU_CULT, wrong="Working with skin biopsies taken from volunteers", truth_alt=[SU_XL], accept=["design", "population"]),
]
Path(__file__).resolve().parent.joinpath("claims.json").write_text(json.dumps(claims, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
print(len(claims), "claims")
