"""Set 85 claims (round twenty-four, pool 14 positions 1641-1656), written by hand from the abstracts as show.py printed
them. The C() helper and the field layout are those of set 55's make_claims.py (its first 30 lines only were read)."""
import json
from pathlib import Path

def C(id, key, kind, claim, truth, wrong=None, truth_alt=None, accept=None):
    d = {"id": id, "key": key, "kind": kind, "claim": claim, "truth": truth}
    if truth_alt: d["truth_alt"] = truth_alt
    if wrong: d["wrong"] = wrong
    if accept: d["accept"] = accept
    return d

BU, LI, SH, LA, TS = "buzney1977aldose", "lindqvist1979risk", "shahshahani1978glucose", "lagenstein1977intraveneous", "tsao1979combined"
WE, SE, AN, TO, OK = "werner1977salmonella", "sheahan1978ocular", "andersen1979epidemiology", "toth1977clinical", "oka1977traumatic"
LO, CH, NU, LU, NO = "lombardo1979gluconeogenesis", "chatfield1978disposition", "nuutinen1978blood", "lurie1977hemodynamic", "novak1979salmonellosis"

BU_CELLS = "Cultured mural cells (intramural pericytes) from adult rhesus retinal capillaries were examined for the presence of the sorbitol pathway."
BU_RIA = "A radioimmunoassay for human aldose reductase, cross-reactive with rhesus lens aldose reductase, showed the presence of this enzyme in our cultured cells."
BU_3X = "Cells incubated in high glucose medium showed a threefold increase in sorbitol concentration over cells grown at low glucose levels."
BU_30 = "After 30 days in high glucose medium, mural cells formed dense multilayered areas with extensive cellular debris."

LI_PERIOD = "A description is given of the occurrence of lip, skin, and intraoral cancers in Finland in the period 1953-1973 with the aim of testing certain etiologic hypotheses."
LI_GEO = "Negative geographic correlation was found between the age-adjusted incidence rate of lip cancer and that of cancers of the colon and prostate."
LI_INC = "In addition, the correlation was highly negative for the median income per capita (p less than 0.001)."
LI_CONC = "It was concluded that, in terms of cancer etiology, lip cancer is more closely related to cancer of the oral cavity than to that of the skin."
LI_SES = "Moreover, some specific socioeconomic factors associated with a low standard of living must be considered as noteworthy risk factors of lip cancer."

SH_29 = "The absorption of insulin and its glucose-lowering effect were compared after the administration of crystalline insulin by sc, im, and iv routes in 29 obese and 10 lean nonketotic diabetic patients, none of whom had consciously received insulin previously."
SH_DOSE = "Each of the patients received insulin in a dose of 0.1 U/kg BW by the im, sc, and iv routes in a randomized fashion on 3 different days."
SH_4H = "After iv insulin, plasma glucose at 30, 40, 50, and 60 min was significantly lower than after im and sc insulin (P less than 0.001), but over the 4-h study period, the glucose-lowering effect and the area under the curves for glucose response to IRI by the three routes were the same in both lean and obese diabetic subjects."
SH_BASAL = "The mean basal IRI in lean patients was 18 +/- 4 microU/ml, which was significantly lower (P less than 0.05) than in obese patients (26 +/- 2 microU/ml)."
SH_CONC = "These studies demonstrated that although iv injection of insulin produces a more rapid initial decline in plasma glucose, the overall glucose-lowering effect by insulin given iv, im or sc is similar in nonketotic lean or obese diabetic subjects."

LA_56 = "Interrupting petit-mal status in infantile myoclonic seizures (n = 11), Lennox syndrom (n = 32), and in myoclonicastatic petit mal (n = 13) diazepame (Valium) and clonazepame (Rivotril) have been injected intraveneously in 56 patients during continuous EEG monitoring (38 patients with diazepame, 18 patients with clonazepame) (Table 1)."
LA_NODIFF = "1) There are no significant differences between clonazepame and diazepame with respect to therapeutic success (Table 3)."
LA_57 = "3) The initial success was 57%: 46% in infantile myoclonic seizures, 56% in Lennox syndrome, 70% in myoclonic-astatic petit-mal."
LA_RELAPSE = "The number of relapses for all forms was high: On the day following the injection only 18% of all patients did not show continued petit-mal-status: 18% in infantile myoclonic seizures, 15% in Lennox syndrome, 23% in myoclonicastatic petit mal (Table 3)."

TS_AIM = "The individual and combined effects of PGD2, PGI2 and an aortic proteoglycan on human platelet aggregation and plasma clotting were studied."
TS_10 = "PGI2 was at least 10 times more potent than PGD2 in inhibiting platelet aggregation."
TS_ADD = "PGI2 and PGD2 showed additive inhibition of platelet aggregation regardless how the aggregation was induced."
TS_PPP = "APG, but not any of the prostaglandins, prolonged clotting time of PPP."
TS_PRP = "Small doses of prostaglandins did not affect thrombin-induced clotting of PRP."

WE_INC = "Inspite of a high standard of hygiene, infections due to salmonellae are increasing in the highly developed countries."
WE_36 = "In the Federal Republic of Germany 36 000 cases were reported in 1976; the number of unreported cases is probably five times higher."
WE_CTX = "In the treatment of typhoid fever, co-trimoxazole seems to be a potent drug which can replace chloramphenicole."

SE_8 = "Studies on eight affected calves showed that ocular lesions were confined to the retinae and optic nerves."
SE_GC = "These spots were related to protuberances on the vitreal surface caused by distended retinal ganglion cells."
SE_MCB = "The perikaryons of these were packed with dense aggregates of membranous cytoplasmic bodies (MCBs)."
SE_FUNDUS = "It is suggested that examination of the fundus is a useful clinical procedure in the diagnosis of bovine GM1 gangliosidosis."

AN_295 = "Two hundred ninety-five Greenlanders, 5% of the population of Greenland, aged 40 years or more, were investigated regarding primary osteoarthrosis of the knee."
AN_86 = "Eighty-six (29%) of the patients were found to have osteoarthrosis and the mild form accounted for 72% of these, while only one individual was found to have severe osteoarthrosis."
AN_WEST = "Significantly more individuals from the West coast of Greenland (a mixed Eskimo-European population) than individuals from the East coast (genuine Eskimos) were found to have osteoarthrosis of the knee (38% and 18%, respectively)."

TO_39 = "Experience with the treatment of 39 cases of urethral diverticula between the years 1954 and 1974 is reported."
TO_32 = "The patients were 32 women and 7 men."
TO_80 = "80% of the diverticula were infected; they contained stones in 3 cases."
TO_35 = "Thirty-five patients were subjected to operation."

OK_37 = "From 1476 hospital admissions with head injury, 37 patients were selected on the basis of distinctive clinical features which appeared to share a single and benign aetiology."
OK_LUCID = "These disorders, which included headache, nausea and vomiting, pallor, somnolence, irritability and restlessness, stupor, hemiparesis and aphasia, appeared after a lucid interval which was usually less than two hours; then the patient either recovered, or went on to develop convulsive attacks."
OK_AGE = "Recovery without convulsions was usual in children and adolescents; convulsions occurred both in infants and younger children."
OK_EPI = "It appears that convulsive attacks occurring within a few hours of this type of head injury may not be significant as precursors of post-traumatic epilepsy."
OK_PROG = "This type of head injury should be classified as a distinct clinical entity, in which no surgical treatment is required and the prognosis is good."

LO_TG = "Hypertrophy of liver cells, as measured by decreased mg DNA per g wet liver, from obese mice (C57BL/6J ob/ob) was associated with a marked increase in triacylglycerol content per g wet liver when compared with control lean mice (C57BL/6J ?/+)."
LO_2X = "However, calculation of these rates either on a DNA or body weight basis indicated that the rate of gluconeogenesis in livers from obese mice was twice that of lean mice."

CH_HL = "Species differences were observed in the plasma elimination half-life, the longest being in man (33 h)."
CH_RAT = "The rat and mouse also had high values (28 and 24 h respectively) whereas in the other species, values were less than 13 h."
CH_EXC = "In man, rhesus monkey and rabbit, excretion in the urine was a major route, whilst biliary--faecal excretion was the only effective route in the rat and dog."
CH_PREG = "Tissue distribution in the pregnant rat was identical to the normal female."
CH_FOET = "The compound was found in the foetus but at a concn. lower than in all maternal organs."

NU_AIM = ("Serum glucose levels of six different patient groups were investigated preoperatively, during operation, postoperatively and in the first postoperative days: "
          "Group A, 10 cholecystectomy patients with 5% glucose infusion 2000 ml/day at a constant infusion rate; group B, 10 cholecystectomy patients with 10% constant rate glucose infusion; "
          "group C, 20 cholecystectomy or hernia patients with saline infusion; group D, 34 patients with 5% free rate glucose infusion 2000 ml/day; "
          "group E, 15 atrial septal defect patients with 5% constant rate glucose infusion 1500 ml/day and group f, 14 valvular surgery patients with 5% constant rate glucose infusion.")
NU_ALL = "Serum glucose increased in all groups during the study, most in the group B and least in the group C."
NU_AD = "There were no significant differences between the groups A and D, so constant or \"free\" infusion rate are the same from this viewpoint."
NU_SAL = "The differences between the saline group (C) and all other groups was per- and postoperatively and in the postoperative day significant (p less than 0.001)."
NU_HEART = "There were no significant differences between the open heart surgery groups (E and F) and general surgery groups (A and D)."

LU_FIRST = "Although glutaraldehyde-preserved porcine heterograft (PH) valves may have a lowered incidence of thromboembolism compared to mechanical valves, data concerning postoperative function in PH valves are incomplete."
LU_26 = "Accordingly, 26 patients receiving PH in the aortic (AO) or mitral position (MIT) were studied at cardiac postoperative catheterization (mean 19 weeks)."
LU_14M = "At the 14-month follow-up examination 9 of 11 AO and 7 of 11 MIT patients improved by at least one functional class."
LU_CONC = "Thus, with the advantage of reduced thromboembolism and generally satisfactory valve hemodynamics, further clinical trial of glutaraldehyde-preserved porcine heterografts is justified."

NO_42 = "Forty-two episodes of culture-proved salmonellosis were found retrospectively among 2,262 patients treated for malignant diseases at St Jude Children's Research Hospital, Memphis."
NO_10 = "Septicemia occurred in only 10% of the patients studied, consistent with the frequency established in general populations."
NO_DEATH = "There were no deaths attributable to Salmonella infection."
NO_57 = "Most of the patients (57%) with salmonellosis had gastroenteritis, and the clinical course of this syndrome was no more severe or prolonged than that seen in otherwise normal children."

claims = [
    # 1641 Buzney 1977: none, number, duration, population
    C("bu-n1", BU, "none", "Buzney et al. (1977) detected aldose reductase in pericytes cultured from monkey retinal capillaries, and cells kept in high-glucose medium accumulated about three times as much sorbitol as cells kept in normal glucose.",
      BU_3X, truth_alt=[BU_RIA, BU_CELLS]),
    C("bu-num", BU, "number", "In cultured retinal pericytes, a high-glucose medium raised sorbitol levels roughly tenfold compared with normal glucose (Buzney et al., 1977).",
      BU_3X, wrong="roughly tenfold"),
    C("bu-dur", BU, "duration", "Buzney and colleagues (1977) reported that retinal pericytes kept in high-glucose medium for 30 hours piled up in dense layers full of cellular debris, a possible clue to diabetic retinopathy.",
      BU_30, wrong="30 hours", accept=["duration", "number"]),
    C("bu-pop", BU, "population", "Buzney et al.'s (1977) cultures of retinal pericytes taken from diabetic patients showed a working sorbitol pathway.",
      BU_CELLS, wrong="taken from diabetic patients"),
    # 1642 Lindqvist 1979 (single author): none, direction, duration, design
    C("li-n1", LI, "none", "Lindqvist (1979) concluded from Finnish cancer data that lip cancer has more in common, as far as its causes go, with cancer inside the mouth than with skin cancer.",
      LI_CONC),
    C("li-dir", LI, "direction", "Across Finland, areas with a higher median income per head had higher rates of lip cancer (Lindqvist, 1979).",
      LI_INC, wrong="had higher rates of lip cancer", truth_alt=[LI_SES]),
    C("li-dur", LI, "duration", "Drawing on four decades of Finnish cancer records, Lindqvist (1979) compared the occurrence of lip, skin and intraoral cancers to test ideas about their causes.",
      LI_PERIOD, wrong="four decades"),
    C("li-des", LI, "design", "In a case-control study of Finnish patients, Lindqvist (1979) linked lip cancer to socioeconomic factors tied to a low standard of living.",
      LI_PERIOD, wrong="case-control study", truth_alt=[LI_GEO]),
    # 1643 Shahshahani 1978 (two authors): none x2, comparator, direction
    C("sh-n1", SH, "none", "Shahshahani and Kitabchi (1978) found that intravenous insulin brought glucose down faster at first, but over four hours the total glucose-lowering effect was much the same whether insulin was given intravenously, intramuscularly or subcutaneously.",
      SH_CONC, truth_alt=[SH_4H]),
    C("sh-n2", SH, "none", "In the study by Shahshahani and Kitabchi (1978), 39 insulin-naive nonketotic diabetic patients, 29 of them obese, each received the same weight-based insulin dose by three routes on separate days in random order.",
      SH_29, truth_alt=[SH_DOSE]),
    C("sh-comp", SH, "comparator", "Shahshahani and Kitabchi (1978) reported that fasting insulin levels in lean diabetic patients were significantly lower than in healthy non-diabetic controls.",
      SH_BASAL, wrong="healthy non-diabetic controls"),
    C("sh-dir", SH, "direction", "Intravenous insulin had a greater overall glucose-lowering effect across four hours than intramuscular or subcutaneous injection in obese and lean diabetic patients (Shahshahani & Kitabchi, 1978).",
      SH_CONC, wrong="greater overall glucose-lowering effect", truth_alt=[SH_4H]),
    # 1644 Lagenstein 1977 (two authors; German): none x2, comparator, overreach
    C("la-n1", LA, "none", "Lagenstein and Iffland (1977) found no significant difference between intravenous diazepam and clonazepam in stopping petit mal status in 56 patients monitored by continuous EEG.",
      LA_NODIFF, truth_alt=[LA_56]),
    C("la-n2", LA, "none", "Intravenous benzodiazepines initially broke petit mal status in 57% of patients, but relapse was common: by the next day only 18% were still free of status (Lagenstein & Iffland, 1977).",
      LA_57, truth_alt=[LA_RELAPSE]),
    C("la-comp", LA, "comparator", "Lagenstein and Iffland's (1977) EEG-monitored study found intravenous clonazepam no more effective than intravenous phenobarbital for petit mal status.",
      LA_NODIFF, wrong="intravenous phenobarbital", truth_alt=[LA_56]),
    C("la-over", LA, "overreach", "Lagenstein and Iffland (1977) showed that a single intravenous injection of diazepam or clonazepam permanently ends petit mal status.",
      LA_RELAPSE, wrong="permanently ends petit mal status", accept=["overreach", "direction"]),
    # 1645 Ts'ao 1979 (two authors): none x2, comparator, design
    C("ts-n1", TS, "none", "Ts'ao and Eisenstein (1979) found prostacyclin (PGI2) at least ten times as potent as PGD2 at inhibiting human platelet aggregation, and the two prostaglandins had additive effects.",
      TS_10, truth_alt=[TS_ADD]),
    C("ts-n2", TS, "none", "In Ts'ao and Eisenstein's (1979) experiments, an aortic proteoglycan lengthened the clotting time of platelet-poor plasma, whereas none of the prostaglandins did.",
      TS_PPP),
    C("ts-comp", TS, "comparator", "Prostacyclin inhibits platelet aggregation at least ten times more potently than aspirin (Ts'ao & Eisenstein, 1979).",
      TS_10, wrong="aspirin"),
    C("ts-des", TS, "design", "In an infusion study in healthy volunteers, Ts'ao and Eisenstein (1979) examined how PGD2, prostacyclin and an aortic proteoglycan affect platelet aggregation and clotting.",
      TS_AIM, wrong="an infusion study in healthy volunteers", truth_alt=[TS_PRP], accept=["design", "population"]),
    # 1646 Werner 1977 (single author; German; narrative review): none, number, direction, design
    C("we-n1", WE, "none", "Werner (1977) noted that some 36,000 salmonella infections were notified in West Germany in 1976 and estimated that the unreported cases were probably five times as many.",
      WE_36),
    C("we-num", WE, "number", "According to Werner (1977), unreported salmonella cases in West Germany were probably ten times the 36,000 notified in 1976.",
      WE_36, wrong="ten times"),
    C("we-dir", WE, "direction", "Werner's (1977) review described salmonella infections as declining in industrialised countries thanks to high standards of hygiene.",
      WE_INC, wrong="declining"),
    C("we-des", WE, "design", "Werner's (1977) controlled trial suggested that co-trimoxazole can replace chloramphenicol in treating typhoid fever.",
      WE_CTX, wrong="controlled trial"),
    # 1647 Sheahan 1978: none, number, population, overreach
    C("se-n1", SE, "none", "Sheahan et al. (1978) examined the eyes of eight calves with bovine GM1 gangliosidosis and found lesions only in the retina and optic nerve, with retinal ganglion cells swollen by membranous cytoplasmic bodies.",
      SE_8, truth_alt=[SE_GC, SE_MCB]),
    C("se-num", SE, "number", "In 18 calves with GM1 gangliosidosis, eye lesions were limited to the retinas and optic nerves (Sheahan et al., 1978).",
      SE_8, wrong="18 calves"),
    C("se-pop", SE, "population", "Sheahan and colleagues (1978) described the ocular pathology of GM1 gangliosidosis in eight affected children, with lesions confined to the retina and optic nerve.",
      SE_8, wrong="children"),
    C("se-over", SE, "overreach", "Sheahan et al.'s (1978) findings established fundus examination as a definitive diagnostic test for bovine GM1 gangliosidosis.",
      SE_FUNDUS, wrong="a definitive diagnostic test"),
    # 1648 Andersen 1979 (two authors): none x2, population, direction
    C("an-n1", AN, "none", "Andersen and Winckler (1979) examined 295 Greenlanders aged 40 or over and found primary osteoarthrosis of the knee in 29%, mostly in a mild form.",
      AN_86, truth_alt=[AN_295]),
    C("an-n2", AN, "none", "According to Andersen and Winckler (1979), knee osteoarthrosis was about twice as common on Greenland's West coast, with its mixed Eskimo-European population, as among East coast Eskimos (38% vs 18%).",
      AN_WEST),
    C("an-pop", AN, "population", "Andersen and Winckler's (1979) survey of 295 Greenlanders aged 60 and over found primary knee osteoarthrosis in 29%.",
      AN_295, wrong="aged 60 and over"),
    C("an-dir", AN, "direction", "In Greenland, knee osteoarthrosis was less common in the mixed Eskimo-European population of the West coast than among East coast Eskimos (Andersen & Winckler, 1979).",
      AN_WEST, wrong="less common"),
    # 1649 Tóth 1977 (German): none, duration, number, design
    C("to-n1", TO, "none", "Tóth et al. (1977) reported on 39 patients with urethral diverticula treated between 1954 and 1974, 32 of them women; 35 underwent surgery.",
      TO_39, truth_alt=[TO_32, TO_35]),
    C("to-dur", TO, "duration", "Over a five-year period, Tóth and colleagues (1977) treated 39 patients with urethral diverticula.",
      TO_39, wrong="five-year period"),
    C("to-num", TO, "number", "In Tóth et al.'s (1977) series, about one in five urethral diverticula was infected.",
      TO_80, wrong="about one in five"),
    C("to-des", TO, "design", "In a prospective trial of surgery for urethral diverticula, Tóth et al. (1977) operated on 35 of 39 patients.",
      TO_39, wrong="prospective trial", truth_alt=[TO_35]),
    # 1651 Oka 1977: none x2, population, overreach
    C("ok-n1", OK, "none", "Oka et al. (1977) identified 37 patients among 1476 head-injury admissions in whom a trivial or mild blow was followed, after a lucid interval usually under two hours, by transient neurological symptoms.",
      OK_37, truth_alt=[OK_LUCID]),
    C("ok-n2", OK, "none", "Oka and colleagues (1977) argued that this benign type of head injury should be seen as a distinct entity that needs no surgery and carries a good prognosis.",
      OK_PROG),
    C("ok-pop", OK, "population", "Oka et al. (1977) observed that, after such mild head injuries, convulsions occurred mainly in adolescents and adults.",
      OK_AGE, wrong="adolescents and adults"),
    C("ok-over", OK, "overreach", "Oka et al.'s (1977) series proved that early seizures after minor head injury never lead to post-traumatic epilepsy.",
      OK_EPI, wrong="proved that early seizures after minor head injury never lead to post-traumatic epilepsy"),
    # 1652 Lombardo 1979 (two authors): none, number, population, direction
    C("lo-n1", LO, "none", "Lombardo and Menahan (1979) found that perfused livers of genetically obese ob/ob mice made glucose from lactate at about twice the rate of lean mice when expressed per DNA or body weight.",
      LO_2X),
    C("lo-num", LO, "number", "Expressed per DNA or body weight, gluconeogenesis in livers of ob/ob mice was about four times that of lean controls (Lombardo & Menahan, 1979).",
      LO_2X, wrong="about four times"),
    C("lo-pop", LO, "population", "Lombardo and Menahan (1979) reported that in perfused livers of genetically obese Zucker rats, gluconeogenesis was twice that of lean animals.",
      LO_2X, wrong="Zucker rats", truth_alt=[LO_TG]),
    C("lo-dir", LO, "direction", "In Lombardo and Menahan's (1979) study, livers of obese ob/ob mice contained less triglyceride per gram than those of lean mice.",
      LO_TG, wrong="less triglyceride"),
    # 1653 Chatfield 1978 (two authors): none x2, number, overreach
    C("ch-n1", CH, "none", "Chatfield and Green (1978) reported that benoxaprofen's plasma half-life was longest in humans, about 33 hours, against 28 hours in rats and 24 hours in mice.",
      CH_HL, truth_alt=[CH_RAT]),
    C("ch-n2", CH, "none", "Benoxaprofen was excreted mainly in the urine in humans, rhesus monkeys and rabbits, but only through bile and faeces in rats and dogs, according to Chatfield and Green (1978).",
      CH_EXC),
    C("ch-num", CH, "number", "Chatfield and Green (1978) found that benoxaprofen has a plasma half-life of about 13 hours in humans.",
      CH_HL, wrong="about 13 hours", truth_alt=[CH_RAT]),
    C("ch-over", CH, "overreach", "Chatfield and Green's (1978) animal data showed benoxaprofen to be safe for use in pregnancy.",
      CH_FOET, wrong="safe for use in pregnancy", truth_alt=[CH_PREG]),
    # 1654 Nuutinen 1978 (German): none, comparator, duration, direction
    C("nu-n1", NU, "none", "Nuutinen et al. (1978) found that serum glucose rose in every group of surgical patients, most with 10% glucose infusion and least with saline.",
      NU_ALL),
    C("nu-comp", NU, "comparator", "In Nuutinen et al.'s (1978) study, glucose levels in open-heart surgery patients did not differ significantly from those of patients given saline.",
      NU_HEART, wrong="those of patients given saline", truth_alt=[NU_SAL]),
    C("nu-dur", NU, "duration", "Nuutinen and colleagues (1978) followed serum glucose in surgical patients from before the operation through the first two postoperative weeks.",
      NU_AIM, wrong="first two postoperative weeks"),
    C("nu-dir", NU, "direction", "Nuutinen et al. (1978) reported that giving 5% glucose at a constant rate kept serum glucose significantly lower than a free-running infusion.",
      NU_AD, wrong="kept serum glucose significantly lower than"),
    # 1655 Lurie 1977: none, duration, comparator, overreach
    C("lu-n1", LU, "none", "Lurie et al. (1977) catheterised 26 patients an average of 19 weeks after aortic or mitral porcine valve replacement and judged the valves' haemodynamics generally satisfactory.",
      LU_26, truth_alt=[LU_CONC]),
    C("lu-dur", LU, "duration", "Lurie and colleagues (1977) catheterised 26 patients with porcine heterograft valves a mean of 19 months after surgery.",
      LU_26, wrong="19 months", accept=["duration", "number"]),
    C("lu-comp", LU, "comparator", "Lurie et al. (1977) found that glutaraldehyde-preserved porcine valves performed haemodynamically as well as mechanical valves in 26 patients.",
      LU_CONC, wrong="as well as mechanical valves", truth_alt=[LU_FIRST]),
    C("lu-over", LU, "overreach", "Lurie et al.'s (1977) results proved porcine heterografts the valve of choice for aortic and mitral replacement.",
      LU_CONC, wrong="proved porcine heterografts the valve of choice"),
    # 1656 Novak 1979 (two authors): none x2, population, design
    C("no-n1", NO, "none", "Novak and Feldman (1979) found salmonellosis in children with cancer seldom severe: septicaemia developed in only 10% and no deaths were attributed to the infection.",
      NO_10, truth_alt=[NO_DEATH]),
    C("no-n2", NO, "none", "Reviewing 42 episodes of salmonellosis among 2,262 patients treated for cancer at St Jude Children's Research Hospital, Novak and Feldman (1979) found gastroenteritis the commonest presentation, with a course no worse than in otherwise normal children.",
      NO_42, truth_alt=[NO_57]),
    C("no-pop", NO, "population", "Among adults treated for cancer, Novak and Feldman (1979) found Salmonella septicaemia in only 10% of infections.",
      NO_42, wrong="adults", truth_alt=[NO_57, NO_10]),
    C("no-des", NO, "design", "In a prospective surveillance study at St Jude, Novak and Feldman (1979) followed 42 episodes of salmonellosis in children with cancer.",
      NO_42, wrong="prospective surveillance study"),
]

if __name__ == "__main__":
    out = Path(__file__).resolve().parent / "claims.json"
    out.write_text(json.dumps(claims, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print("wrote", len(claims), "claims")
