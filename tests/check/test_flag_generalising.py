"""Mechanisms that misfired on claims written by outside evaluators (bench/heldout claim sets 2 and 3),
each on the real abstract sentences behind it: false alarms on faithful claims first, then misses."""

from __future__ import annotations

from evidence.check.cues import UP, cues
from evidence.check.flags import FlagFinder
from evidence.check.quantities import find_quantities
from evidence.check.quantitymatch import same_value
from evidence.check.source import read_source
from evidence.model import Entry
from tests.fixtures.claims.claimset import category, entries


def _entry(abstract: str, title: str = "A study", **extra: str) -> Entry:
    fields = {"author": "Okoro, A. and Lind, B.", "year": "2021", "title": title, "abstract": abstract, **extra}
    return Entry("okoro2021", "article", fields)


def _flags(claim: str, entry: Entry) -> list[tuple[str, str | None]]:
    return [(f.kind, f.term) for f in FlagFinder().flags(claim, entry)]


def test_a_thousands_figure_before_a_comma_and_a_range_with_two_units_are_read_whole() -> None:
    assert [(q.value, q.unit) for q in find_quantities("(n=2,545, p=0.012)")] == [(2545.0, "count"), (0.012, "p")]
    assert [(q.value, q.unit) for q in find_quantities("antibiotics (30%-70% complete remission)")] == [
        (30.0, "%"), (70.0, "%")]
    # PMID 24349601 and 15542584
    happiness = _entry("We initially find that individuals with the longer, transcriptionally more efficient variant "
                       "of this genotype report greater life satisfaction (n=2,545, p=0.012).")
    assert _flags("In an initial sample of about 2,500 people, carriers of the longer, more efficient 5-HTTLPR "
                  "variant reported greater life satisfaction.", happiness) == []
    ipsid = _entry("Immunoproliferative small intestinal disease (IPSID) was recently added to the growing list of "
                   "infectious pathogen-associated human lymphomas. Early-stage IPSID responds to antibiotics (30%-70% "
                   "complete remission).")
    assert _flags("Early immunoproliferative small intestinal disease can respond to antibiotics, with complete "
                  "remission reported in 30 to 70 per cent of cases.", ipsid) == []


def test_a_round_count_is_a_rounding_to_its_last_digit() -> None:
    [controls] = find_quantities("30,000 controls")
    assert same_value(controls, find_quantities("30,845 controls")[0])
    [two_hundred] = find_quantities("200 patients")
    assert same_value(two_hundred, find_quantities("205 patients")[0])
    assert not same_value(two_hundred, find_quantities("236 patients")[0])  # more than a tenth off
    # PMID 25581431: "from 15,437 cases unselected for family history and 30,845 controls"
    ovarian = _entry("After imputation to 1000 Genomes Project data, we assessed associations of 11 million genetic "
                     "variants with EOC risk from 15,437 cases unselected for family history and 30,845 controls and "
                     "from 15,252 BRCA1 mutation carriers and 8,211 BRCA2 mutation carriers (3,096 with ovarian "
                     "cancer), and we combined the results in a meta-analysis.")
    assert _flags("A meta-analysis of over 15,000 ovarian cancer cases and 30,000 controls assessed risk "
                  "variants.", ovarian) == []
    assert _flags("A meta-analysis of over 15,000 ovarian cancer cases and 40,000 controls assessed risk "
                  "variants.", ovarian) == [("number", "40,000")]


def test_a_spelled_count_meets_the_digit_that_counts_the_same_thing() -> None:
    # PMID 20697127: the digits count people and changes; "1)" numbers a list and names nothing
    committee = _entry("The committee, comprising 9 oncologists from different countries, proposed 4 modifications "
                       "to the 2009 version of the NCCN Colorectal Cancer Guidelines for use in the MENA region, "
                       "relating to 1) short-course preoperative radiotherapy, 2) dose of capecitabine, 3) "
                       "stereotactic radiotherapy for liver metastasis, and 4) qualification of surgeons performing "
                       "colorectal surgery.")
    assert _flags("A nine-member panel of oncologists from several countries proposed four changes to the 2009 "
                  "NCCN colorectal cancer guidelines.", committee) == []
    assert _flags("A panel of oncologists from several countries proposed five changes to the 2009 NCCN colorectal "
                  "cancer guidelines.", committee) == [("number", "five")]
    # PMID 18956367
    antigens = _entry("We observed that 12 of the 16 CT-X antigen genes studied did not show expression in any of the "
                      "CRC samples analyzed. The other 4 CT-X antigen genes showed low frequency of expression and "
                      "exhibited a highly variable expression profile when compared to other populations.")
    assert _flags("The remaining four CT-X antigen genes were expressed only infrequently, with a highly variable "
                  "profile compared with other populations.", antigens) == []


def test_a_number_in_a_name_and_a_number_pointing_back_are_not_figures() -> None:
    # PMID 37903272: "type I diabetes" for the claim's "type 1 diabetes"
    retina = _entry("Here, we show that ablation of retinal microglia ameliorates visual dysfunction and "
                    "neurodegeneration in a type I diabetes mouse model.")
    assert _flags("Depleting retinal microglia lessened visual dysfunction and neurodegeneration in mice with type 1 "
                  "diabetes.", retina) == []
    # PMID 29415992: "the two combined" points back at the two markers the claim names
    opn = _entry("OPN, β-Catenin, and their combination were independent prognostic indicator for ICC patients.",
                 title="Osteopontin promotes metastasis of intrahepatic cholangiocarcinoma")
    assert _flags("Osteopontin, β-catenin and the two combined were each independent prognostic indicators in "
                  "intrahepatic cholangiocarcinoma.", opn) == []


def test_not_only_is_no_negation_and_an_agent_noun_is_no_direction() -> None:
    # PMID 38329942 (Zhan 2024): "not only was increased" reports an increase
    bile = _entry("Moreover, we found that CDCA not only was increased as the most important primary BA in IBS-D "
                  "patients but also could induce VH through upregulating TGR5 in the colon and ileum of normal rats.")
    assert _flags("CDCA was the main primary bile acid raised in IBS-D patients, and in normal rats it triggered "
                  "visceral hypersensitivity by upregulating TGR5 in the colon and ileum.", bile) == []
    assert [c.polarity for c in cues("a tumour suppressor at 18q21.1")] == []
    assert [c.polarity for c in cues("the booster dose raised antibody titres")] == [UP]


def test_a_direction_word_is_paired_with_the_one_on_the_same_thing() -> None:
    # PMID 38713950, 35358095 and 29415992: each word is read against the word on what it changed
    kidney = _entry("Renal fibrosis was induced in male C57BL/6 J mice by feeding with 0.2% adenine-containing food "
                    "and UUO surgery. The treatment with kokusaginine enhanced renal function, alleviated renal "
                    "histoarchitectural lesions, and mitigated renal fibrosis in the renal fibrosis models.")
    assert _flags("Kokusaginine improved renal function and reduced fibrosis in mice.", kidney) == []
    assert _flags("Kokusaginine reduced renal function in mice.", kidney) == [("direction", "reduced")]
    stroke = _entry("Depletion of platelets or platelet-specific knockout of HMGB1 significantly reduced plasma HMGB1 "
                    "and NET levels after stroke, and greatly improved stroke outcomes. We subsequently investigated "
                    "the therapeutic potential of neonatal NET-inhibitory factor (nNIF) in stroke. Mice treated with "
                    "nNIF had smaller brain infarcts, improved long-term neurological and motor function, and "
                    "enhanced survival after stroke. nNIF specifically blocked NET formation without affecting "
                    "neutrophil recruitment after stroke.")
    assert _flags("Mice given nNIF after a stroke had smaller infarcts, better long-term neurological and motor "
                  "function, and better survival.", stroke) == []
    assert _flags("Mice given nNIF after a stroke had larger infarcts.", stroke) == [("direction", "larger")]
    opn = _entry("In this study, we found that OPN level was elevated both in plasma and tumor tissues of ICC "
                 "patients, which was closely related to a shorter overall survival (OS) and high probability of "
                 "tumor relapse after curative resection.")
    assert _flags("OPN was raised in the plasma and tumour tissue of ICC patients, and higher levels were tied to "
                  "shorter overall survival and a higher chance of relapse after curative resection.", opn) == []
    assert _flags("Higher OPN levels were tied to longer overall survival in ICC.", opn) == [("direction", "longer")]


def test_a_comparison_with_the_claims_two_sides_in_its_order_agrees() -> None:
    # PMID 14631365 (Ramburan 2004): the null finding is about other comparisons; sentence 8 is the claim's
    dcc = _entry("We conducted a microsatellite study using fluorescent-based DNA technology to determine whether "
                 "mutations in the microsatellite sequences of the deleted in colorectal cancer (DCC) gene, a tumour "
                 "suppressor at 18q21.1, play a role in nephroblastomas. Allelic imbalance/loss of heterozygosity "
                 "appeared to be a more frequent genetic aberration than microsatellite instability with 20% of cases "
                 "showing allelic imbalance/loss of heterozygosity and only 9% of cases showing microsatellite "
                 "instability. There was no statistically significant difference when DCC aberrations were compared "
                 "with age at diagnosis, preoperative chemotherapy and clinicopathological stage.")
    assert _flags("In nephroblastomas, allelic imbalance or loss of heterozygosity at the DCC gene (20% of cases) was "
                  "more common than microsatellite instability (9%).", dcc) == []


MAROSVARI = _entry(  # PMID 29361117, whole abstract
    "The primary aim of this study was to determine mTOR-pathway activity in primary central nervous system lymphoma "
    "(PCNSL), which could be a potential target for therapy. After demonstrating that p-S6 positivity largely exceeded "
    "mTOR activity, we aimed to identify other pathways that may lead to S6 phosphorylation. We measured mTOR activity "
    "with immunohistochemistry for p-mTOR and its downstream effectors p(T389)-p70S6K1, p-S6, and p-4E-BP1 in 31 cases "
    "of PCNSL and 51 cases of systemic diffuse large B-cell lymphoma (DLBCL) and evaluated alternative S6 "
    "phosphorylation pathways with p-RSK, p(T229)-p70S6K1, and PASK antibodies. Finally, we examined the impact of "
    "PASK inhibition on S6 phosphorylation on BHD1 cell line. mTOR-pathway activity was significantly less frequent in "
    "PCNSL compared with DLBCL. p-S6 positivity was related to mTOR-pathway in DLBCL, but not in PCNSL. Among the "
    "other kinases potentially responsible for S6 phosphorylation, PASK proved to be positive in all cases of PCNSL "
    "and DLBCL. Inhibition of PASK resulted in reduced expression of p-S6 in BHD1-cells. This is the first study "
    "demonstrating an mTOR independent p-S6 activity in PCNSL and that PASK may contribute to the phosphorylation of "
    "S6. Our findings also suggest a potential role of PASK in the pathomechanism of PCNSL and in DLBCL.")


def test_a_universal_the_abstract_states_in_its_own_word_is_no_overreach() -> None:
    assert _flags("PASK was positive in every PCNSL and DLBCL case examined.", MAROSVARI) == []
    assert _flags("p-S6 positivity was always related to mTOR-pathway activity in PCNSL and DLBCL.", MAROSVARI) == [
        ("overreach", "always")]


def test_a_share_of_all_and_a_figure_compared_are_neither_universal_nor_comparator() -> None:
    # PMID 19893469: "of all cancers" names the whole a share is of; "against 8-10%" compares figures
    heads = _entry("Head and neck cancer is the eighth most common cause of cancer death worldwide. Its incidence "
                   "varies widely among different regions. In North America and the European Union, head and neck "
                   "cancer accounts for 3% to 4% of all cancer diagnoses. Conversely, in Southeast Asia and Africa, "
                   "head and neck cancer accounts for approximately 8% to 10% of all cancers. Concurrent "
                   "chemo-radiotherapy has shown benefits in randomized trials; in addition, chemotherapy is used by "
                   "itself as palliative therapy for patients with metastatic disease.")
    assert _flags("Head and neck cancer makes up only 3-4% of cancer diagnoses in North America and the European "
                  "Union, against roughly 8-10% of all cancers in Southeast Asia and Africa.", heads) == []


def test_a_relational_word_in_a_comparator_names_nothing_to_find() -> None:
    # PMID 24885328: "the corresponding DNA vaccine" is the abstract's "16E7SH DNA vaccine"
    vaccine = _entry("Immune responses comparable to the 16E7SH DNA vaccine were demonstrated in the murine model, "
                     "with the protein vaccine successfully inducing a specific humoral as well as cell mediated "
                     "immune response, and mediating tumour regression.")
    assert _flags("In mice, the protein vaccine induced humoral and cell-mediated immune responses comparable to those "
                  "of the corresponding DNA vaccine.", vaccine) == []
    assert _flags("In mice, the protein vaccine induced immune responses comparable to those of a peptide "
                  "vaccine.", vaccine) == [("comparator", "peptide vaccine")]


def test_a_finding_the_abstract_denies_in_the_claims_own_words_is_flagged() -> None:
    # PMID 24269773 (Omeje 2014) and 18048389 (Shi 2008): no direction word on either side
    mistletoe = _entry("KM did not show uterine estrogenicity.", title="Kola acuminata mistletoe (KM) in adult rats")
    [flag] = FlagFinder().flags("The KM extract showed uterine estrogenicity in adult female rats.", mistletoe)
    assert (flag.kind, flag.term) == ("direction", "did not show uterine estrogenicity")
    assert _flags("The KM extract showed no uterine estrogenicity in adult female rats.", mistletoe) == []
    prima = _entry("However, PRIMA-1 did not restore wild-type DNA binding and transactivation activities to "
                   "p53ser249 or to p53gln248 in Hep3B cells. Furthermore, PRIMA-1 treatment delayed the growth of "
                   "p53ser249-expressing Hep3B cells xenografted in severe combined immunodeficiency mice.")
    assert _flags("PRIMA-1 restored wild-type DNA binding and transactivation to the p53ser249 mutant in Hep3B "
                  "cells.", prima) == [("direction", "did not restore wild-type DNA binding and transactivation "
                                                     "activities")]
    assert _flags("PRIMA-1 delayed the growth of p53ser249-expressing Hep3B cells xenografted in immunodeficient "
                  "mice.", prima) == []


def test_overreach_reads_negated_proof_restriction_and_an_effective_treatment() -> None:
    # PMID 9617594 (Cohen 1998), 34334504 (Yamamoto 2022)
    melanoma = _entry("It has not yet been conclusively proven that combination chemotherapy yields superior results "
                      "to single agent dacarbazine (DTIC) [which has for many years formed the cornerstone of "
                      "therapy].", title="Chemotherapy for metastatic melanoma")
    assert ("overreach", "proven") in _flags("Combination chemotherapy has been proven superior to single-agent "
                                             "dacarbazine for metastatic melanoma.", melanoma)
    laa = _entry("We believe that early treatment intervention for the LAA should be considered particularly in cases "
                 "of recurrent AF.", title="Left atrial appendage (LAA) management in atrial fibrillation (AF)")
    assert _flags("Every patient with atrial fibrillation should undergo early left atrial appendage intervention.",
                  laa) == [("overreach", "Every")]


def test_a_design_the_abstract_never_names_is_prompted_once() -> None:
    # PMID 37903272 (a mouse study), 24349601 (one candidate gene), 20697127 (a survey of oncologists)
    retina = _entry("Last, we demonstrate that targeting CD200R in vivo can prevent visual dysfunction, microglia "
                    "activation, and retinal inflammation in the diabetic mouse.")
    assert _flags("In a clinical trial, targeting CD200R prevented visual dysfunction and retinal inflammation.",
                  retina) == [("missing-specific", "clinical trial")]
    genes = _entry("We study the relationship between a functional polymorphism on the serotonin transporter gene "
                   "(5-HTTLPR) and life satisfaction.")
    assert _flags("A genome-wide association study tied the serotonin transporter gene to life satisfaction.",
                  genes) == [("missing-specific", "genome-wide association")]
    survey = _entry("A survey of oncologists in this geographic area showed that the management practices and issues "
                    "regarding colorectal cancer are similar to those presented in the NCCN Colorectal Cancer "
                    "Guidelines.")
    assert _flags("A review of patient charts showed that colorectal cancer management is similar to that in the "
                  "NCCN guidelines.", survey) == [("missing-specific", "review of patient charts")]
    assert _flags("Randomised trials of CD200R blockade prevented visual dysfunction.", retina) == [
        ("missing-specific", "Randomised")]


def test_other_species_and_world_regions_are_members_of_their_groups() -> None:
    # PMID 26138224 (outbred rats, not guinea pigs) and 19893469 (Southeast Asia and Africa)
    rodents = _entry("Furthermore, we show the malleability of this technology by quantifying NFκB-mediated "
                     "luciferase expression in outbred rats.")
    [flag] = FlagFinder().flags("The reporter approach quantified NFκB-driven luciferase expression in outbred "
                                "guinea pigs.", rodents)
    assert (flag.kind, flag.term) == ("population", "guinea pigs")
    assert "the abstract speaks of 'rats'" in flag.message
    heads = _entry("In North America and the European Union, head and neck cancer accounts for 3% to 4% of all cancer "
                   "diagnoses. Conversely, in Southeast Asia and Africa, head and neck cancer accounts for "
                   "approximately 8% to 10% of all cancers.")
    assert _flags("In Latin America, head and neck cancer accounts for approximately 8% to 10% of all cancers.",
                  heads) == [("population", "Latin America")]
    assert _flags("In Southeast Asia and Africa, head and neck cancer accounts for approximately 8% to 10% of all "
                  "cancers.", heads) == []


def test_similar_to_and_advantages_over_name_a_comparator() -> None:
    # PMID 9617594 (Cohen 1998) and 36727757 (van den Berg 2023)
    melanoma = _entry("It has not yet been conclusively proven that combination chemotherapy yields superior results "
                      "to single agent dacarbazine (DTIC). Immunotherapy involving IFNs and interleukin-2 (IL-2) "
                      "alone or in combination has yielded similar results to those achieved with chemotherapy alone.")
    assert _flags("Immunotherapy with interferons and interleukin-2 gave results similar to those of surgery alone.",
                  melanoma) == [("comparator", "surgery alone")]
    assert _flags("Immunotherapy with IFNs and IL-2 gave results similar to those of chemotherapy alone.",
                  melanoma) == []
    fluids = _entry("Moderate fluid resuscitation and Ringer's lactate has advantages above aggressive fluid "
                    "resuscitation and normal saline, respectively.")
    assert _flags("Ringer's lactate has advantages over albumin solutions.", fluids) == [
        ("comparator", "albumin solutions")]
    assert _flags("Ringer's lactate has advantages over normal saline.", fluids) == []


def test_a_cutoff_is_exact_and_a_count_in_words_is_no_fold_change() -> None:
    [cutoff] = find_quantities("up- or down-regulated 2-fold or more")
    assert cutoff.cutoff and not same_value(cutoff, find_quantities("1.6-fold or higher")[0])
    # PMID 12457720 (Ibrahim 2003): "1.6-fold or higher", and "two populations" is a count, not "2-fold"
    genes = _entry("Several of these genes were either up- or down-regulated 1.6-fold or higher in the OSCCs compared "
                   "to the NOMTs in the cases from the two populations.")
    assert _flags("Several genes were up- or down-regulated 2-fold or more in OSCCs compared with NOMTs.", genes) == [
        ("number", "2-fold")]
    assert _flags("Several genes were up- or down-regulated 1.6-fold or more in OSCCs compared with NOMTs.",
                  genes) == []


def test_a_denial_needs_a_finding_on_both_sides() -> None:
    # each abstract sentence, read as a claim about its own abstract, must raise nothing
    tio2 = _entry("We used a human skin fibroblast cell line to investigate the cytotoxicity and clastogenicity of "
                  "TiO2 nanoparticles.", title="TiO2 nanoparticles are not cytotoxic or clastogenic in human skin "
                  "cells")
    assert _flags("We used a human skin fibroblast cell line to investigate the cytotoxicity and clastogenicity of "
                  "TiO2 nanoparticles.", tio2) == []
    rescue = _entry("Rifabutin triple therapy is a suitable rescue option in patients who have not been treated with "
                    "optimized BQT previously and in those previously treated with optimized BQT.")
    assert _flags("In patients previously treated with optimized BQT, rifabutin triple therapy is a suitable rescue "
                  "option.", rescue) == []


def test_a_direction_words_context_stops_at_a_contrast() -> None:
    # PMID 25411208 (Asare 2015): each gene has its own word; "while" parts the two findings
    genes = _entry("Best results were obtained after 48 hours, with near cell extinction at 72 hours. Bax gene was "
                   "upregulated, while Bcl-2 was downregulated. Normal histological architecture was observed for all "
                   "testes.")
    assert _flags("Bax gene was upregulated, while Bcl-2 was downregulated.", genes) == []
    assert _flags("Bax gene was downregulated, while Bcl-2 was upregulated.", genes) == [
        ("direction", "downregulated")]


def test_an_age_word_said_of_animals_too_makes_no_species_claim() -> None:
    # PMID 26138224 (Buckley 2015): neonatal rodents; "women" still names people
    rodents = _entry("We present a novel approach of tissue-targeted delivery of transcription factor activated "
                     "luciferase reporter lentiviruses to neonatal rodents. At this age, neonates acquire immune "
                     "tolerance to the conditionally responsive luciferase reporter. This response is ablated in "
                     "Tlr4(-/-) mice or when co-administered with the anti-inflammatory glucocorticoid analogue "
                     "dexamethasone.")
    assert _flags("At this age, neonates acquire immune tolerance to the conditionally responsive luciferase "
                  "reporter.", rodents) == []
    assert _flags("Women acquire immune tolerance to the conditionally responsive luciferase reporter.", rodents) == [
        ("population", "Women")]


def test_abstract_sentences_read_as_claims_on_their_own_abstract_are_rarely_flagged() -> None:
    """A sentence of the abstract is as faithful as a claim gets: what still raises a flag is a disease
    named in passing (background, which a citing writer may mean) or a finding read against another
    clause. Pinned, so a rule that starts to speak on faithful text shows here (11 of 474 before the
    fourth round of flag work)."""
    finder = FlagFinder()
    flagged = []
    total = 0
    for entry in entries():
        for sentence in read_source(entry).sentences:
            if sentence.source != "abstract" or len(sentence.text) < 40:
                continue
            total += 1
            kinds = sorted({c for c in (category(f) for f in finder.flags(sentence.text, entry)) if c})
            if kinds:
                flagged.append(kinds)
    assert total == 474
    assert sorted(flagged) == [["population"]] * 4  # (6 before round twelve read the last sentence as saying
    # whom the study was of; 5 before round twenty-two let a word the claim itself says the same way stand)


def test_no_benefit_is_a_null_finding() -> None:
    # PMID 31588070 (Martinez Licha 2020)
    embolism = _entry("Although systemic or catheter-guided fibrinolysis is the preferred first-line treatment for the "
                      "majority of cases, patients who are not candidates should be considered for SPE. Studies "
                      "demonstrate no mortality benefit of thrombolysis over surgery. Systemic anticoagulation is a "
                      "mainstay of treatment regardless of intervention approach.",
                      title="Current Management of Acute Pulmonary Embolism")
    [flag] = [f for f in FlagFinder().flags("In acute pulmonary embolism, thrombolysis lowers mortality compared "
                                            "with surgery.", embolism) if f.kind == "direction"]
    assert (flag.kind, flag.term) == ("direction", "lowers")
    assert "reports no difference, in the words 'no mortality benefit'" in flag.message
