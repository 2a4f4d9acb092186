"""Writes claims.json (set 89). Hand-written claims on 15 pool-14 abstracts (1977-1979); truth sentences copied verbatim
from each record's Abstract element (never from an OtherAbstract). The C() helper and the field layout are those of
set 55's make_claims.py (its first 30 lines only were read)."""
import json
from pathlib import Path

def C(id, key, kind, claim, truth, wrong=None, truth_alt=None, accept=None):
    d = {"id": id, "key": key, "kind": kind, "claim": claim, "truth": truth}
    if truth_alt: d["truth_alt"] = truth_alt
    if wrong: d["wrong"] = wrong
    if accept: d["accept"] = accept
    return d

ME, ZW, SN, BO, SP = "meyer1979effects", "zweibaum1977immunological", "snydman1979netilmicin", "boobis1979results", "spence1977heterozygote"
LI, BE, BG, BR, GR = "lindahl1977condylar", "bensimon1977combined", "berger1978effect", "brewster1979splenorenal", "greig1977oral"
RI, FI, SE, PA, SI = "richard1977incidence", "fisher1979electrophysiologic", "seitz1977light", "parmley1977medical", "sifri1978effect"

M_POP = "Therefore the authors tested the effects of a high-fiber diet on biliary secretory kinetics and bile salt kinetics in morbidly obese volunteers."
M_6W = "Bile salt pool sizes were reduced by 50%, and their half-lives were decreased 70% after the subjects had spent 6 weeks on the high-fiber diet."
M_LITH = "However, the lithogenicity of bile did not decrease, and bile remained supersaturated with with cholesterol."
M_CONC = "In these obese subjects, a high-fiber diet failed to reduce the tendency to secrete cholesterol-saturated bile."

Z_12 = "In faetal colons, in 12 out of 14 carcinomas, and on HT29 cells, the immunofluorescent reactions were similar to those observed in normal liver."
Z_ADULT = "Only very rare granules were present in adult normal colons when tested with the immunofluorescence method."
Z_EXTR = "The extracts from normal adult colons did not precipitate with the antisera and they had no inhibiting activity in either immunofluorescence and radioimmunoassay tests."

S_42 = "Netilmicin, a new semisynthetic aminoglycoside, was used in the treatment of 42 patients with serious gram-negative bacterial infections."
S_CURE = "Of the 40 evaluable patients, 24 (60%) were cured, and 8 (20%) had a favorable clinical response, for a total clinical response rate of 80%."
S_REN = "Of the 37 patients evaluable for toxicity, 8 (22%) developed renal insufficiency."
S_MIC = "No clear in vitro superiority of one aminoglycoside over another was observed."

B_28 = "Twenty-eight laboratories in the United Kingdom, Europe, and Australia participated in pilot study to assess interlaboratory variability in determining serum theophylline levels."
B_MONTH = "Each laboratory received two samples of pooled serum containing theophylline each month and was asked to report their results and method to us."
B_12 = "Data obtained over a period of 12 months were collated, enabling certain conclusions to be drawn."
B_UV = "All of these methods, with the exception of UV, were found to be satisfactory, with HPLC marginally superior."

SP_N = "For leucocytes, 22 obligate heterozygotes, 25 suspected heterozygotes, and 47 control subjects were studied, while for plasma, the groups were 17 obligate heterozygotes and 35 controls."
SP_RATIO = "The alpha/beta ratio in plasma and leucocytes was clearly a better discriminator between obligate heterozygotes and controls than alpha-galactosidase activity alone, but still failed to detect 3 obligates with leucocytes and 2 with plasma."
SP_JOINT = "Discrimination was not improved by joint use of plasma and leucocyte alpha/beta ratios, but was improved by measurement of hair-follicle alpha/beta ratios."
SP_85 = "Accordingly, for rapid screening for carriers of ACD, we recommend use of leucocyte or plasma alpha/beta ratios which should detect greater than 85% of heterozygotes."

L_N = "Remodeling processes in 76 temporomandibular joints were studied on radiographs from 67 individuals sustaining condylar fractures."
L_TIME = "The radiographic examinations were to be performed at the time of the trauma and 3, 6, 12, 24 and 36-48 months after the injury."
L_KIDS = "In the age group 3-11 there was a complete return to normal skeletal relations in 20 of the 27 joints."
L_ADULT = "Joints in teenagers (12-19) did not become normal to the same extent and in adults only minor remodeling was observed."

BE_18 = "In a second experiment, cells were cultured during 18 hrs. in media supplemented by nickel sulphate, and then cells were washed and cultured in normal media where they were irradiated."
BE_AMP = "The nickel sulphate toxic effect is amplified by X-Rays."
BE_FAST = "The nickel sulphate toxic effect appears faster when nickel works after X-Rays."

BG_263 = "The effect of age and adiposity on fasting plasma levels of pancreatic polypeptide (HPP), glucagon (IRG), insulin (IRI) and glucose was examined in 263 healthy subjects between the ages of 20-69 yr."
BG_HPP = "Mean plasma levels of hPP rose continuously from the third through the seventh decades."
BG_IRG = "Mean plasma levels of IRG rose within the third and fourth decades but failed to rise further thereafter."
BG_IRI = "Mean plasma levels of IRI did not change with age."
BG_GLU = "Mean plasma levels of glucose rose by approximately 2 mg/dl . decade."

BR_19 = "Our experience with this procedure in 19 patients is reviewed and indications for selection of a splenorenal anastomosis are discussed."
BR_RES = "There were no deaths, and a single failure due to graft occlusion (5%)."
BR_CURE = "Of the remaining 18 patients, 7 are cured and 11 are improved."
BR_RF = "There were no instances of postoperative renal failure, and renal function improved in all four patients with preoperative renal failure."

G_CMP = "A comparison of the effects of progestogen-only and combined progestogen-oestrogen types of oral contraceptives on anti-thrombin III activity and fibrinolysis in African subjects in South Africa is reported."
G_RES = "The changes in anti-thrombin III activity are similar to those reported in other races, but the augmentation of fibrinolytic activity is more marked than has been reported elsewhere."

R_N = "The Paris prospective study in an epidemiological study of 7,453 middle-aged men born in France, and initially free from ischaemic heart disease."
R_FU = "The current mean follow-up time is 4 years."
R_INC = "The mean annual incidence is 5.1 per 1000, which is about one half that found in similar american studies."
R_5 = "This incidence is related to the cholesterol level, to the blood pressure, to cigarette consumption when the smoke is inhaled, to diabetes mellitus, and to major abnormalities on the electrocardiogram."

F_18 = "The \"suppressive\" effect of vibration on the H-reflex was studied in 18 patients with motor system deficits due to cerebrovascular lesions of less than 3 weeks duration."
F_NODIFF = "No meaningful difference was found in the degree of H-reflex suppression between clinically involved and uninvolved sides in the patients, several of whom had increased deep tendon reflexes at the time of examination."
F_CONC = "It is concluded that hyperreflexia of \"spasticity\" cannot be explained purely on the basis of lack of presynaptic inhibition, even if it were one of the underlying mechanisms responsible for the suppression of the H-reflex by vibration, as previously claimed."

SE_MAC = "Peritoneal macrophages from mice were cultured in Leighton tubes for 2 hours."
SE_15 = "After 15 minutes of incubation 13,5% of the macrophages showed phagocytized parasites if the peritoneal cells came from malariaimmune mice."
SE_LOW = "Cells from normal mice or from infected mice had lower rates (4,8/9,1%)."
SE_3H = "After an incubation of 3 hours about 50% of the cells showed phagocytosis in all three groups."
SE_HALF = "The values are 27 minutes for cells from immune animals, 57 minutes for cells from normal animals, and 66 minutes for cells from infected animals."

P_COMMON = "The most common medications used in the treatment of angina pectoris are nitroglycerin and propranolol."
P_NTG = "Nitroglycerin reduces myocardial oxygen demand primarily by reducing heart size and arterial pressure."
P_PROP = "Propranolol reduces oxygen demand primarily by reducing heart rate."
P_80 = "Medical therapy is generally effective in controlling the symptoms of angina pectoris in 80% or more of the patients and allows them to lead useful and productive lives."

SI_5 = "Five experiments were conducted in which various levels of nitrilotriacetic acid (NTA or its salt, Na2NTA) disodium ethylenediaminetetraacetic acid (Na2EDTA) and calcium (Ca) were fed to young chicks, young quail and adult quail."
SI_WT = "Feeding 0.71% NTA or an equimolar level of Na2NTA caused a moderate decrease in chicks weight and Na2EDTA caused a drastic decrease in body weight of chicks and adult quail."
SI_MORT = "Feeding Na2EDTA caused greater mortality in chicks receiving a low Ca diet than a higher level of Ca."
SI_TIB = "Dietary NTA promoted greater tibia mineralization (ash/dry matter) in growing chicks."
SI_SENS = "Coturnix are less sensitive than chickens in responding to dietary chelates."

claims = [
    # Meyer 1979: none, duration, direction, population
    C("meyer-n1", ME, "none", "Meyer et al. (1979) reported that six weeks on a high-fibre diet halved the bile salt pool of morbidly obese volunteers and shortened bile salt half-lives by about 70%.", M_6W, truth_alt=[M_POP]),
    C("meyer-dur", ME, "duration", "After six months on a high-fibre diet, the morbidly obese volunteers studied by Meyer and colleagues (1979) had bile salt pools about half their former size.", M_6W, wrong="six months"),
    C("meyer-dir", ME, "direction", "A high-fibre diet made bile less lithogenic in morbidly obese adults, lowering its cholesterol saturation (Meyer et al., 1979).", M_LITH, wrong="made bile less lithogenic", truth_alt=[M_CONC]),
    C("meyer-pop", ME, "population", "In lean, healthy volunteers, Meyer et al.'s (1979) high-fibre diet failed to stop the bile from being supersaturated with cholesterol.", M_POP, wrong="lean, healthy volunteers", truth_alt=[M_CONC]),
    # Zweibaum 1977: none x2, number, overreach
    C("zweibaum-n1", ZW, "none", "Zweibaum et al. (1977) used rabbit antisera raised against an E. coli O13 strain to show glycogen-like material in fetal colon and in 12 of 14 colon carcinomas, with staining much like that of normal liver.", Z_12),
    C("zweibaum-n2", ZW, "none", "In Zweibaum and colleagues' (1977) immunofluorescence work, normal adult colon showed only very rare positive granules, unlike fetal colon and colon carcinomas.", Z_ADULT, truth_alt=[Z_12]),
    C("zweibaum-num", ZW, "number", "Zweibaum et al. (1977) detected the glycogen-like antigen in 9 of 14 colon carcinomas examined by immunofluorescence.", Z_12, wrong="9 of 14"),
    C("zweibaum-over", ZW, "overreach", "The anti-E. coli O13 antisera of Zweibaum et al. (1977) were shown to serve as a reliable diagnostic test for colon cancer.", Z_12, wrong="were shown to serve as a reliable diagnostic test for colon cancer"),
    # Snydman 1979: none, number, design, direction
    C("snydman-n1", SN, "none", "Snydman et al. (1979) treated 42 patients with serious gram-negative infections with netilmicin; of the 40 who could be evaluated, 60% were cured and another 20% responded favourably.", S_CURE, truth_alt=[S_42]),
    C("snydman-num", SN, "number", "In Snydman and colleagues' (1979) series, renal insufficiency developed in only 2% of the netilmicin-treated patients evaluable for toxicity.", S_REN, wrong="only 2%"),
    C("snydman-des", SN, "design", "In a randomised trial against gentamicin, Snydman et al. (1979) found that netilmicin cured 60% of evaluable patients with serious gram-negative infections.", S_42, wrong="In a randomised trial against gentamicin", truth_alt=[S_CURE], accept=["design", "comparator"]),
    C("snydman-dir", SN, "direction", "Snydman et al. (1979) found the patients' gram-negative isolates clearly more susceptible in vitro to netilmicin than to gentamicin or tobramycin.", S_MIC, wrong="clearly more susceptible in vitro to netilmicin"),
    # Boobis 1979: none x2, duration, comparator
    C("boobis-n1", BO, "none", "In a pilot quality-control scheme involving 28 laboratories in the UK, Europe and Australia, Boobis et al. (1979) judged every serum theophylline assay method satisfactory except ultraviolet spectroscopy, with HPLC slightly ahead.", B_UV, truth_alt=[B_28]),
    C("boobis-n2", BO, "none", "Boobis and colleagues (1979) sent each participating laboratory two pooled serum samples containing theophylline every month and collated a year of results.", B_12, truth_alt=[B_MONTH]),
    C("boobis-dur", BO, "duration", "Over a three-year period, Boobis et al. (1979) collated theophylline results from 28 laboratories to gauge interlaboratory variability.", B_12, wrong="Over a three-year period", truth_alt=[B_28]),
    C("boobis-comp", BO, "comparator", "Boobis et al.'s (1979) scheme found all theophylline assay methods satisfactory except gas-liquid chromatography, with HPLC marginally the best.", B_UV, wrong="except gas-liquid chromatography"),
    # Spence 1977: none, comparator, direction, overreach
    C("spence-n1", SP, "none", "Spence et al. (1977) found that the ratio of alpha- to beta-galactosidase activity in leucocytes or plasma separated obligate Fabry disease carriers from controls better than alpha-galactosidase activity alone.", SP_RATIO),
    C("spence-comp", SP, "comparator", "Spence et al.'s (1977) leucocyte study compared 22 obligate Fabry heterozygotes with 47 hemizygous affected men.", SP_N, wrong="47 hemizygous affected men"),
    C("spence-dir", SP, "direction", "In Spence and colleagues' (1977) work, using the plasma and leucocyte alpha/beta ratios together improved the detection of Fabry carriers.", SP_JOINT, wrong="improved the detection of Fabry carriers"),
    C("spence-over", SP, "overreach", "Spence et al. (1977) showed that the leucocyte or plasma alpha/beta galactosidase ratio identifies every carrier of Fabry disease.", SP_RATIO, wrong="identifies every carrier", truth_alt=[SP_85]),
    # Lindahl and Hollender 1977: none x2, population, duration
    C("lindahl-n1", LI, "none", "Lindahl and Hollender (1977) followed 67 people with mandibular condylar fractures radiographically; in children aged 3 to 11, 20 of 27 joints returned to normal skeletal relations.", L_KIDS, truth_alt=[L_N]),
    C("lindahl-n2", LI, "none", "Remodelling after a condylar fracture was extensive in young children, less complete in teenagers and only minor in adults (Lindahl & Hollender, 1977).", L_ADULT),
    C("lindahl-pop", LI, "population", "Lindahl and Hollender (1977) found that in adults aged 20 and over, most fractured condyles remodelled back to normal skeletal relations.", L_KIDS, wrong="in adults aged 20 and over", truth_alt=[L_ADULT]),
    C("lindahl-dur", LI, "duration", "Lindahl and Hollender's (1977) radiographic follow-up of condylar fractures extended up to ten years after the injury.", L_TIME, wrong="up to ten years"),
    # Bensimon 1977: none x2, duration, direction
    C("bensimon-n1", BE, "none", "Bensimon (1977) reported that X-irradiation amplified the toxicity of nickel sulphate to cultured human lymphoblastoid leukaemia cells.", BE_AMP),
    C("bensimon-n2", BE, "none", "In Bensimon's (1977) cell cultures, nickel sulphate's toxic effect appeared sooner when the nickel acted after irradiation.", BE_FAST),
    C("bensimon-dur", BE, "duration", "In one experiment, Bensimon (1977) exposed lymphoblastoid leukaemia cells to nickel sulphate for 18 days before washing and irradiating them.", BE_18, wrong="18 days"),
    C("bensimon-dir", BE, "direction", "Bensimon (1977) found that X-rays protected cultured lymphoblastoid cells against nickel sulphate toxicity.", BE_AMP, wrong="protected cultured lymphoblastoid cells against"),
    # Berger 1978: none x2, number, direction
    C("berger-n1", BG, "none", "In 263 healthy adults aged 20 to 69, Berger et al. (1978) found that fasting pancreatic polypeptide levels rose steadily from decade to decade.", BG_HPP, truth_alt=[BG_263]),
    C("berger-n2", BG, "none", "Berger and colleagues (1978) observed that fasting glucagon rose through the twenties and thirties and then levelled off.", BG_IRG),
    C("berger-num", BG, "number", "According to Berger et al. (1978), fasting plasma glucose climbed by about 20 mg/dl per decade of age in healthy subjects.", BG_GLU, wrong="about 20 mg/dl per decade"),
    C("berger-dir", BG, "direction", "Berger et al.'s (1978) study of healthy volunteers showed fasting insulin levels rising with age.", BG_IRI, wrong="fasting insulin levels rising with age"),
    # Brewster and Darling 1979: none, number, design, overreach
    C("brewster-n1", BR, "none", "Brewster and Darling (1979) reviewed 19 patients given a splenorenal arterial anastomosis for renovascular hypertension: none died, and renal function improved in all four who had renal failure beforehand.", BR_RF, truth_alt=[BR_19, BR_RES]),
    C("brewster-num", BR, "number", "Of the 18 patients whose splenorenal anastomosis stayed open, Brewster and Darling (1979) reported 11 cured of hypertension and 7 improved.", BR_CURE, wrong="11 cured of hypertension and 7 improved"),
    C("brewster-des", BR, "design", "In a randomised comparison with aortorenal bypass, Brewster and Darling (1979) found splenorenal anastomosis free of operative deaths.", BR_19, wrong="In a randomised comparison with aortorenal bypass", truth_alt=[BR_RES], accept=["design", "comparator"]),
    C("brewster-over", BR, "overreach", "Brewster and Darling's (1979) series showed that splenorenal anastomosis cures renovascular hypertension in every patient with a left-sided lesion.", BR_CURE, wrong="cures renovascular hypertension in every patient"),
    # Greig 1977 (Abstract element only): none, population, comparator, direction
    C("greig-n1", GR, "none", "Comparing progestogen-only with combined oral contraceptives in African women in South Africa, Greig (1977) found a boost in fibrinolytic activity more marked than reported elsewhere.", G_RES, truth_alt=[G_CMP]),
    C("greig-pop", GR, "population", "Among white South African women, Greig (1977) compared the effects of progestogen-only and combined oral contraceptives on antithrombin III and fibrinolysis.", G_CMP, wrong="white South African women"),
    C("greig-comp", GR, "comparator", "Greig (1977) compared combined oral contraceptives with oestrogen-only pills for their effects on antithrombin III and fibrinolysis in African women.", G_CMP, wrong="oestrogen-only pills"),
    C("greig-dir", GR, "direction", "Greig's (1977) South African study found that oral contraceptives increased fibrinolytic activity less than has been reported in other races.", G_RES, wrong="less than has been reported"),
    # Richard 1977: none, design, duration, population
    C("richard-n1", RI, "none", "In the Paris Prospective Study, Richard et al. (1977) found an annual incidence of ischaemic heart disease of 5.1 per 1,000 middle-aged men, about half the rate in comparable American studies.", R_INC),
    C("richard-des", RI, "design", "Richard et al.'s (1977) case-control study linked coronary disease in Parisian men to cholesterol, blood pressure, inhaled cigarette smoke, diabetes and ECG abnormalities.", R_N, wrong="case-control study", truth_alt=[R_5]),
    C("richard-dur", RI, "duration", "After a mean follow-up of 14 years, the Paris Prospective Study of 7,453 men (Richard et al., 1977) tied coronary risk to five independent factors.", R_FU, wrong="a mean follow-up of 14 years"),
    C("richard-pop", RI, "population", "Richard and colleagues (1977) followed 7,453 middle-aged Parisian men and women who were initially free of ischaemic heart disease.", R_N, wrong="men and women"),
    # Fisher 1979: none x2, comparator, overreach
    C("fisher-n1", FI, "none", "Fisher et al. (1979) studied vibratory suppression of the H-reflex in 18 patients within three weeks of a stroke and found no meaningful difference between the affected and unaffected sides.", F_NODIFF, truth_alt=[F_18]),
    C("fisher-n2", FI, "none", "Fisher and colleagues (1979) concluded that spastic hyperreflexia after stroke cannot be put down purely to a loss of presynaptic inhibition.", F_CONC),
    C("fisher-comp", FI, "comparator", "Compared with healthy control subjects, the stroke patients in Fisher et al.'s (1979) study showed a similar degree of H-reflex suppression by vibration.", F_NODIFF, wrong="Compared with healthy control subjects"),
    C("fisher-over", FI, "overreach", "Fisher et al. (1979) proved that spasticity after stroke has nothing to do with presynaptic inhibition.", F_CONC, wrong="proved that spasticity after stroke has nothing to do with presynaptic inhibition"),
    # Seitz 1977: none x2, number, population
    C("seitz-n1", SE, "none", "Seitz et al. (1977) found that after 15 minutes, peritoneal macrophages from malaria-immune mice had taken up Plasmodium berghei-infected red cells more often (13.5%) than macrophages from normal or infected mice.", SE_15, truth_alt=[SE_LOW]),
    C("seitz-n2", SE, "none", "By three hours, about half of the macrophages showed phagocytosis whether they came from immune, normal or infected mice (Seitz et al., 1977).", SE_3H),
    C("seitz-num", SE, "number", "In Seitz and colleagues' (1977) experiments, macrophages from immune mice eliminated ingested parasites with a half-time of 17 minutes, against 57 minutes for cells from normal mice.", SE_HALF, wrong="17 minutes"),
    C("seitz-pop", SE, "population", "Seitz et al. (1977) watched human peritoneal macrophages, cultured for two hours, phagocytose Plasmodium berghei-infected erythrocytes.", SE_MAC, wrong="human peritoneal macrophages"),
    # Parmley 1977 (review): none, number, design, overreach
    C("parmley-n1", PA, "none", "As Parmley (1977) explained in a review, nitroglycerin lowers myocardial oxygen demand mainly by reducing heart size and arterial pressure, whereas propranolol acts mainly by slowing the heart rate.", P_NTG, truth_alt=[P_PROP]),
    C("parmley-num", PA, "number", "Parmley (1977) estimated that medical therapy controls the symptoms of angina in only about half of patients.", P_80, wrong="only about half of patients"),
    C("parmley-des", PA, "design", "In a trial of nitroglycerin and propranolol, Parmley (1977) found that medical therapy controlled angina symptoms in 80% or more of patients.", P_80, wrong="In a trial of nitroglycerin and propranolol", truth_alt=[P_COMMON]),
    C("parmley-over", PA, "overreach", "According to Parmley (1977), medical therapy with nitroglycerin and propranolol cures angina pectoris in most patients.", P_80, wrong="cures angina pectoris"),
    # Sifri 1978: none, population, comparator, design
    C("sifri-n1", SI, "none", "Sifri et al. (1978) found Japanese quail less sensitive than chickens to dietary chelating agents, and dietary NTA increased tibia mineralisation in growing chicks.", SI_SENS, truth_alt=[SI_TIB]),
    C("sifri-pop", SI, "population", "Sifri et al. (1978) reported that 0.71% dietary NTA moderately reduced body weight in laying hens.", SI_WT, wrong="laying hens"),
    C("sifri-comp", SI, "comparator", "In Sifri and colleagues' (1978) experiments, Na2EDTA killed more chicks on a low-calcium diet than chicks given NTA.", SI_MORT, wrong="than chicks given NTA"),
    C("sifri-des", SI, "design", "In a field survey of commercial poultry flocks, Sifri et al. (1978) linked dietary EDTA to markedly lower body weight.", SI_5, wrong="In a field survey of commercial poultry flocks", truth_alt=[SI_WT]),
]
Path(__file__).resolve().parent.joinpath("claims.json").write_text(json.dumps(claims, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
print(len(claims))
