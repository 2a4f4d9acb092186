"""Domain vocabulary in one place: study designs, publication-type aliases, and the claim-term groups.

Search, the claim checker and `evidence list` read these tables; keeping them here means a new
design or population is taught to every part of evidence at once.
"""

from __future__ import annotations

#: PubMed publication type (folded substring) -> the short label `evidence list` shows, most specific first.
EVIDENCE_TYPES = (
    ("retracted publication", "RETRACTED"),
    ("meta-analysis", "meta-analysis"),
    ("systematic review", "systematic review"),
    ("randomized controlled trial", "RCT"),
    ("clinical trial", "trial"),
    ("review", "review"),
    ("case reports", "case report"),
    ("observational study", "observational"),
    ("practice guideline", "guideline"),
    ("guideline", "guideline"),
    ("editorial", "editorial"),
    ("comment", "comment"),
)
DESIGN_TITLE_HINTS = (
    ("meta-analy", "meta-analysis"),
    ("systematic review", "systematic review"),
    ("randomized", "RCT"),
    ("randomised", "RCT"),
    ("placebo-controlled", "trial"),
    ("trial", "trial"),
    ("review", "review"),
)


#: Extra names a publication type is indexed under, so ``type:rct`` finds
#: "Randomized Controlled Trial". Keys and values are slugs.
PUBTYPE_ALIASES: dict[str, tuple[str, ...]] = {
    "randomized-controlled-trial": ("rct", "randomised-controlled-trial"),
    "meta-analysis": ("meta", "metaanalysis", "meta-analyses"),
    "systematic-review": ("sr",),
    "retracted-publication": ("retracted",),
    "retraction-of-publication": ("retraction", "retraction-notice"),
    "published-erratum": ("erratum",),
    "clinical-trial-phase-i": ("clinical-trial",),
    "clinical-trial-phase-ii": ("clinical-trial",),
    "clinical-trial-phase-iii": ("clinical-trial",),
    "clinical-trial-phase-iv": ("clinical-trial",),
    "controlled-clinical-trial": ("clinical-trial",),
    "case-reports": ("case-report",),
}


# Each group: phrases that mean the same thing (abbreviations with long forms). A group
# is triggered by any phrase in the claim and satisfied by any phrase in the source.
# Age, sex, pregnancy, species, nationality and transplant organ are groups of exclusive
# members in ``evidence.check.populations`` instead, so a swap there is a contrast.
TERM_GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("population", ("treatment resistant", "treatment refractory", "trd", "refractory depression",
                    "resistant depression", "treatment resistance",
                    "resistant to typical antidepressants", "resistant to antidepressants")),
    ("population", ("suicidal", "suicidality", "suicide", "suicidal ideation")),
    ("population", ("mdd", "major depressive disorder", "major depression", "major depressive")),
    ("population", ("bipolar", "bipolar disorder", "bipolar depression", "manic depression")),
    ("population", ("unipolar",)),
    ("population", ("ptsd", "post traumatic stress", "posttraumatic stress")),
    ("population", ("ocd", "obsessive compulsive")),
    ("population", ("gad", "generalized anxiety", "generalised anxiety")),
    ("population", ("veterans",)),
    ("population", ("inpatients", "inpatient", "hospitalized", "hospitalised", "hospital patients",
                    "admitted to hospital", "admitted to the hospital")),
    ("population", ("outpatients", "outpatient")),
    ("population", ("hcc", "hepatocellular carcinoma")),
    ("population", ("aml", "acute myeloid leukemia", "acute myeloid leukaemia")),
    ("population", ("nsclc", "non small cell lung cancer", "non small cell lung carcinoma")),
    ("population", ("tnbc", "triple negative breast cancer", "triple negative")),
    ("population", ("hbv", "hepatitis b virus", "hepatitis b")),
    ("population", ("hcv", "hepatitis c virus", "hepatitis c")),
    ("population", ("hiv", "human immunodeficiency virus")),
    ("design", ("meta analysis", "meta analyses", "meta analytic", "metaanalysis", "pooled analysis")),
    ("design", ("systematic review", "systematically reviewed")),
    ("design", ("randomized", "randomised", "randomly assigned", "randomly allocated", "rct", "rcts",
                "randomized controlled trial", "randomised controlled trial")),
    ("design", ("non randomized", "non randomised", "nonrandomized", "nonrandomised", "not randomized",
                "not randomised", "non rct", "non rcts", "without randomization", "without randomisation")),
    ("design", ("placebo", "placebo controlled", "sham", "saline")),
    ("design", ("double blind", "double blinded", "double masked", "triple blind")),
    ("design", ("crossover", "cross over")),
    ("design", ("parallel group", "parallel groups", "parallel arm", "parallel arms", "parallel design")),
    ("design", ("phase i", "phase 1")),
    ("design", ("phase ii", "phase 2")),
    ("design", ("phase iii", "phase 3")),
    ("design", ("phase iv", "phase 4")),
    ("design", ("open label", "open trial", "uncontrolled", "open study", "unblinded study", "unblinded trial",
                "open multicenter", "open multicentre", "open randomized", "open randomised")),
    ("design", ("cohort",)),
    ("design", ("case control",)),
    ("design", ("cross sectional",)),
    ("design", ("longitudinal",)),
    ("design", ("retrospective", "retrospectively", "chart review", "review of patient charts", "patient charts",
                "medical records", "case notes", "records review", "analysed in retrospect", "analyzed in retrospect",
                "reviewed in retrospect", "studied in retrospect", "examined in retrospect", "evaluated in retrospect",
                "assessed in retrospect")),
    ("design", ("genome wide association", "gwas", "genome wide")),
    ("design", ("clinical trial", "clinical trials", "trial", "trials", "randomized", "randomised")),
    ("design", ("prospective", "prospectively")),
    ("design", ("survey", "surveys", "surveyed", "questionnaire", "questionnaires", "self reported", "self report",
                "self administered")),
    ("design", ("observational",)),
    ("design", ("multicenter", "multicentre", "multi center", "multi centre", "multisite", "multi site",
                "multi institutional", "multiinstitutional", "multiple centers", "multiple centres", "several centers",
                "several centres", "multinational")),
    ("design", ("single center", "single centre", "single institution", "single institutional", "single hospital")),
    ("design", ("pilot",)),
    ("design", ("random sample", "random samples", "randomly selected", "random sampling", "probability sample",
                "randomly sampled", "at random", "randomly chosen", "chosen randomly")),
    ("design", ("convenience sample", "convenience sampling", "snowball sampling", "snowball sample")),
    ("design", ("whole genome sequencing", "whole genome sequenced", "whole genome sequence")),
    ("design", ("exome", "exomes", "whole exome")),
    ("design", ("targeted sequencing", "targeted panel", "gene panel", "targeted resequencing", "resequencing")),
    ("design", ("positional cloning",)),
    ("design", ("expression cloning",)),
    ("design", ("gain of function",)),
    ("design", ("loss of function",)),
    ("design", ("single dose", "single infusion", "single administration", "one infusion", "one dose")),
    ("design", ("repeated infusions", "repeated doses", "repeated dosing", "serial infusions", "multiple infusions")),
    ("route", ("intravenous", "iv", "infusion", "infusions", "intravenously")),
    ("route", ("intranasal", "nasal spray", "intranasally")),
    ("route", ("oral", "orally", "tablet", "tablets")),
    ("route", ("intramuscular", "intramuscularly", "im injection")),
)

#: Names that hold a term of ``TERM_GROUPS`` without saying it ("oral glucose tolerance test" names a test, not how
#: a drug was given): the beginnings of their words, read on normalised text before the terms are looked for.
NAMES_HOLDING_TERMS = ("oral glucose", "oral contracepti", "oral cavit", "oral mucos", "oral health", "oral hygien",
                       "oral cancer", "oral lesion", "oral squamous", "oral microbio", "oral surg", "oral disease",
                       "oral tissue", "oral flora", "oral tumo", "oral carcinoma")

#: Regions and the nationalities within them (each name as NATIONS spells its first form): a claim's region
#: covers a study's nation ("this African country" for Zambia), never the other way round.
REGIONS = """
African: Egyptian, Moroccan, Tunisian, Algerian, Nigerian, Ghanaian, Kenyan, South African, Ethiopian, Cameroonian,
    Malawian, Ugandan, Tanzanian, Sudanese, Senegalese, Zambian, Zimbabwean, Rwandan, Mozambican, Libyan
Arab: Egyptian, Moroccan, Tunisian, Algerian, Libyan, Sudanese, Iraqi, Saudi, Lebanese, Jordanian, Syrian,
    Palestinian, Kuwaiti
European: British, Irish, French, German, Italian, Spanish, Dutch, Swedish, Norwegian, Danish, Finnish, Polish,
    Russian, Belgian, Swiss, Austrian, Portuguese, Greek, Czech, Hungarian, Romanian, Icelandic, Ukrainian,
    Eastern European
Eastern European: Polish, Czech, Hungarian, Romanian, Russian, Ukrainian
Asian: Chinese, Taiwanese, Japanese, Korean, Thai, Vietnamese, Indian, Pakistani, Nepalese, Bangladeshi, Sri Lankan,
    Indonesian, Malaysian, Filipino, Singaporean, Southeast Asian
Southeast Asian: Thai, Vietnamese, Indonesian, Malaysian, Filipino, Singaporean
Middle Eastern: Iraqi, Iranian, Saudi, Turkish, Israeli, Lebanese, Jordanian, Syrian, Palestinian, Kuwaiti
Latin American: Mexican, Brazilian, Chilean, Colombian, Peruvian, Argentine, Cuban
North American: American, Canadian, Mexican
"""

#: Nationalities, one per line: the adjective first (the name a flag uses), then the country and other forms.
NATIONS = """
Egyptian, Egypt, Egyptians
Moroccan, Morocco, Moroccans
Tunisian, Tunisia, Tunisians
Algerian, Algeria, Algerians
Nigerian, Nigeria, Nigerians
Ghanaian, Ghana, Ghanaians
Kenyan, Kenya, Kenyans
South African, South Africa, South Africans
Ethiopian, Ethiopia, Ethiopians
Cameroonian, Cameroon
Malawian, Malawi
Ugandan, Uganda
Tanzanian, Tanzania
Iraqi, Iraq, Kurdish, Kurds
Iranian, Iran
Saudi, Saudi Arabia
Turkish, Turkey
Israeli, Israel
Indian, India, Indians
Pakistani, Pakistan
Chinese, China
Taiwanese, Taiwan
Japanese, Japan
Korean, Korea, Koreans
Thai, Thailand
Vietnamese, Vietnam
Australian, Australia, Australians
American, United States, USA, US, Americans
Canadian, Canada, Canadians
Mexican, Mexico
Brazilian, Brazil
British, United Kingdom, UK, England, English, Scotland, Scottish, Wales, Welsh
Irish, Ireland
French, France
German, Germany
Italian, Italy
Spanish, Spain
Dutch, Netherlands
Swedish, Sweden
Norwegian, Norway
Danish, Denmark
Finnish, Finland
Polish, Poland
Russian, Russia
European, Europe, Europeans
Arab, Arabic, Arabs
African, Africa, Africans
Nepalese, Nepal, Nepali
Bangladeshi, Bangladesh
Sri Lankan, Sri Lanka
Indonesian, Indonesia
Malaysian, Malaysia
Filipino, Philippines
Singaporean, Singapore
Sudanese, Sudan
Senegalese, Senegal
Zambian, Zambia
Zimbabwean, Zimbabwe
Rwandan, Rwanda
Greenlandic, Greenland, Greenlanders
Icelandic, Iceland
Belgian, Belgium
Swiss, Switzerland
Austrian, Austria
Portuguese, Portugal
Greek, Greece
Czech, Czech Republic
Hungarian, Hungary
Romanian, Romania
Lebanese, Lebanon
Jordanian, Jordan
Chilean, Chile
Colombian, Colombia
Peruvian, Peru
Mozambican, Mozambique
Syrian, Syria
Palestinian, Palestine
Kuwaiti, Kuwait
Libyan, Libya
Ukrainian, Ukraine
Argentine, Argentina, Argentinian
Cuban, Cuba
New Zealand, New Zealanders
Latin American, Latin America, Latin Americans
Southeast Asian, Southeast Asia, South-East Asia, South East Asia
Eastern European, Eastern Europe
North American, North America
Middle Eastern, Middle East
"""

#: Organ sites, one per line: the organ (the name a flag uses), then the words that name it. "Cervical" is
#: left out (the neck or the cervix).
SITES = """
stomach: gastric, stomach
small intestine: intestinal, small bowel, small-bowel, duodenal, jejunal, ileal
large bowel: colonic, colon, colorectal, rectal, rectum
oesophagus: esophageal, oesophageal, esophagus, oesophagus
liver: hepatic, liver
pancreas: pancreatic, pancreas
lung: lung, lungs, pulmonary
breast: breast, mammary
ovary: ovarian, ovary, ovaries
uterus: uterine, endometrial, uterus
prostate: prostate, prostatic
bladder: bladder, urothelial
kidney: renal, kidney, kidneys
thyroid: thyroid
skin: skin, cutaneous
brain: brain, cerebral
bone: bone, bones, osseous
peritoneum: peritoneal, peritoneum
"""


def nation_names() -> list[tuple[str, ...]]:
    """NATIONS read: each nation's names, the adjective first ("Egyptian", "Egypt", "Egyptians")."""
    return [tuple(n.strip() for n in line.split(",")) for line in NATIONS.strip().splitlines()]


def region_nations() -> dict[str, tuple[str, ...]]:
    """REGIONS read: each region with the nations in it, as NATIONS spells their first names."""
    regions = {}
    for line in REGIONS.replace("\n    ", " ").strip().splitlines():
        region, nations = line.split(":")
        regions[region.strip()] = tuple(n.strip() for n in nations.split(","))
    return regions
