"""Readings that round twenty-nine found wrong on sets 99-102 (round twenty-eight's held-out sets) read as development
sets: an animal the claim names for tissue the abstract took from another ("bovine serum", "chicken erythrocytes";
"human donor eyes" where the eyes were a rabbit's), "most were women" against the abstract's counts of each sex, "about
the same" as no difference, and faithful paraphrases flagged ("14 of the 16" where the abstract says "Fourteen of these
patients" after "Sixteen patients", "for a further 2 hours", "1 500 g", "frank anaemia", "demonstrated ... by
ultrasound", a survival time beside another), and more of the kind from sets 75-98. Real abstracts from
tests/fixtures/claims/mechanisms.xml; the first assertion of each reading's test failed on the round's start
(0a271a5), and each has a counterpart in the same abstract that must keep its outcome. The reviews' narrowings are held
by tests on written abstracts (test_the_reviews_narrowings, test_the_third_reviews_narrowings): what a reading must
not flag, most of which the round's start did not flag either."""

from __future__ import annotations

from evidence.check.checker import check_manuscript
from evidence.check.manuscript import Manuscript
from tests.fixtures.claims.claimset import by_pmid, flags_of
from tests.fixtures.claims.claimset import flags_of_abstract as _flags


def test_an_animal_the_abstract_never_names_for_its_tissue_is_asked_about() -> None:
    # 422227: "... in normal, but not in hypogammaglobulinaemic, human and porcine serum heated at 56 degrees"
    claim = ("Heat-stable anticomplementary activity developed in normal human and {} serum heated at 56 degrees "
             "(Soltis et al., 1979).")
    assert flags_of(claim.format("bovine"), "422227") == [("population", "bovine serum")]
    assert flags_of(claim.format("porcine"), "422227") == []
    # 404430: title "... in human and toad erythrocytes"
    claim = "Lake et al. (1977) found that A23187 increased 45Ca2+ uptake in {} erythrocytes."
    assert flags_of(claim.format("chicken"), "404430") == [("population", "chicken erythrocytes")]
    assert flags_of(claim.format("toad"), "404430") == []
    # 429509: title "Isolation and culture of human endometrial glands"; the abstract never says rabbit
    claim = ("Satyaswaroop and colleagues (1979) developed a simple method for isolating endometrial glands from the "
             "{}.")
    assert flags_of(claim.format("rabbit uterus"), "429509") == [("population", "rabbit uterus")]
    assert flags_of(claim.format("human endometrium"), "429509") == []


def test_human_donor_tissue_where_the_abstract_took_an_animals() -> None:
    # 405867: "Trephined disks of tissue (6 mm diameter) from fresh rabbit eyes were immersed overnight ..."
    claim = ("Using trephined disks from {} eyes, Barza and colleagues (1977) found pronounced binding of gentamicin "
             "to ocular tissues.")
    assert flags_of(claim.format("human donor"), "405867") == [("population", "human donor eyes")]
    assert flags_of(claim.format("fresh rabbit"), "405867") == []


def test_most_of_one_sex_against_the_abstracts_counts() -> None:
    # 426176: "There were twenty-three males and eleven females."
    claim = "Most of the 34 patients in McCollum et al.'s (1979) carotid aneurysm series were {}."
    assert flags_of(claim.format("women"), "426176") == [("population", "women")]
    assert flags_of(claim.format("men"), "426176") == []


def test_about_the_same_is_no_difference() -> None:
    # 414621: "Patient waiting time was about the same in each part of the study because of clinic procedures ..."
    claim = ("In D'Achille et al.'s (1978) refill clinic, patient waiting times {} once the pharmacist assumed the "
             "assessment role.")
    assert flags_of(claim.format("fell markedly"), "414621") == [("direction", "fell")]
    assert flags_of(claim.format("stayed about the same"), "414621") == []
    # 425066: "... but not the plasma cholesterol, which was identical in the two regions."
    assert flags_of("Renaud et al. (1979) found that farmers from Moselle had more active platelets than farmers from "
                    "Var, although plasma cholesterol was the same in both regions.", "425066") == []


def test_k_of_these_after_the_whole() -> None:
    # 411899: "Sixteen patients with acromegaly ... were evaluated ... Fourteen of these patients showed a significant
    # rise of serum HGH after TRH stimulation before surgery."
    claim = ("Before surgery, {} of the 16 acromegalic patients studied by Leavens et al. (1977) showed a significant "
             "rise in serum growth hormone after TRH stimulation.")
    assert flags_of(claim.format("14"), "411899") == []
    assert flags_of(claim.format("12"), "411899") == [("number", "12 of the 16")]


def test_a_period_written_with_further_or_additional() -> None:
    # 402413: "If after 3 hours the tourniquet was deflated for 30 minutes and then reapplied for 2 additional hours,
    # no changes were found."
    claim = ("Tountas and Bergman (1977) saw no changes when, after 3 hours, the tourniquet was released for 30 "
             "minutes and then reinflated for a further {} hours.")
    assert flags_of(claim.format("2"), "402413") == []
    assert flags_of(claim.format("4"), "402413") == [("duration", "4 hours")]


def test_a_weight_written_with_a_thousands_space() -> None:
    # 402034: "... in 25 infants of low birth weight (less than 1 500 g)."
    claim = ("Higgs et al. (1977) measured plasma amino acid concentrations in 25 low-birth-weight infants weighing "
             "under {} g.")
    assert flags_of(claim.format("1,500"), "402034") == []
    assert flags_of(claim.format("2,500"), "402034") == [("number", "2,500 g")]


def test_frank_is_no_kind_of_anaemia() -> None:
    # 400972: "Anemia is uncommon except for cases of lead poisoning, but ..."
    claim = "Grandjean (1978) pointed out that {} anaemia is uncommon outside lead poisoning."
    assert flags_of(claim.format("frank"), "400972") == []
    assert flags_of(claim.format("aplastic"), "400972") == [("missing-specific", "aplastic anaemia")]


def test_demonstrated_by_ultrasound_is_seen_not_settled() -> None:
    # 421668: "Demonstration and localisation of hydatid disease in the liver by ultrasound was successful in 41
    # patients"; "... if the alveolar type of disease is suspected--further studies ... must be undertaken."
    assert flags_of("Koischwitz et al. (1979) demonstrated and localised hepatic hydatid disease by ultrasound in 41 "
                    "patients.", "421668") == []
    assert flags_of("Koischwitz et al. (1979) demonstrated that ultrasound is sufficient to diagnose alveolar hydatid "
                    "disease of the liver.", "421668") == [("overreach", "demonstrated")]


def test_a_period_beside_a_survival_time_is_a_survival_time() -> None:
    # 426545: "... resulted in a patient survival time of 20.3 months as compared with a figure of 12.9 months when
    # the pathological examination revealed tumor in a resection margin ..."
    claim = ("Forrest and Longmire (1979) found that when histopathology confirmed tumour clearance, patients survived "
             "20.3 months, against {} months when tumour turned up in a resection margin.")
    assert flags_of(claim.format("12.9"), "426545") == []
    assert flags_of(claim.format("8.2"), "426545") == [("duration", "8.2 months")]


def test_an_amount_per_kilogram_a_day_is_a_rate() -> None:
    # 418002: "a dosage below 0.6 g amino acids/kg BW per day does not have a positive influence on the nitrogen
    # balance"
    claim = ("Dölp et al. (1978) found that less than 0.6 g of amino acids per kg body weight {} did not improve "
             "nitrogen balance.")
    assert flags_of(claim.format("a day"), "418002") == []
    assert flags_of(claim.format("for a week"), "418002") == [("missing-specific", "a week")]


def test_an_age_bound_in_years_names_adults() -> None:
    # 413255: "The only significant increase of 4C fraction was found in normal adrenals of patients above 50 years
    # of age (P less than 0,025)."
    claim = ("Gilbert and Pfitzer (1977) reported that the only significant increase in the 4C fraction occurred in "
             "the normal adrenals of {}.")
    assert flags_of(claim.format("children"), "413255") == [("population", "children")]
    assert flags_of(claim.format("patients over 50"), "413255") == []


def test_the_other_end_of_the_same_ranking() -> None:
    # 428111: "The area method had the lowest failure rate (p less than 0.001) and the best separation ..."
    claim = ("In Gelberg et al.'s (1979) comparison, the area method had the {} failure rate of the three techniques "
             "in detecting qualitatively abnormal regions.")
    assert flags_of(claim.format("highest"), "428111") == [("direction", "the highest")]
    assert flags_of(claim.format("lowest"), "428111") == []


def test_a_method_said_to_agree_with_another_the_abstract_never_names() -> None:
    # 406105: "The method correlates well with both radial immunodiffusion and end-point nephelometric methods."
    claim = "Sternberg (1977) showed that the rate nephelometer's protein measurements correlated well with {}."
    assert flags_of(claim.format("radioimmunoassay"), "406105") == [("comparator", "radioimmunoassay")]
    assert flags_of(claim.format("radial immunodiffusion"), "406105") == []
    # 403307: "... were close to those calculated from biplane ventriculograms and to those calculated from
    # photographic records of B-mode echo-display."
    claim = "Volumes from Uchida et al.'s (1977) ultrasonic conversion system agreed closely with those {}."
    assert flags_of(claim.format("obtained by radionuclide angiography"), "403307") == [
        ("comparator", "obtained by radionuclide angiography")]
    assert flags_of(claim.format("calculated from biplane ventriculograms"), "403307") == []


def test_the_reviews_narrowings() -> None:
    # "was identical" says no difference of what comes right before it (not of the claim's weight gain)
    diet = ("Rats were fed two diets for 8 weeks. Although energy intake was identical in the two groups, weight gain "
            "was significantly greater on the high-fat diet.")
    assert _flags("Doe (1978) found that energy intake was higher on the high-fat diet.", diet) == [
        ("direction", "higher")]
    assert _flags("Doe (1978) found that weight gain was greater on the high-fat diet.", diet) == []
    # "most ... were women" is about who the sample was, not "most common among women"; one count of each sex only
    angina = "We studied 1,240 men and 380 women with angina. Smoking cessation was more common among women."
    assert _flags("Most of the patients studied by Doe (1978) were women.", angina) == [("population", "women")]
    assert _flags("Doe (1978) found that quitting was most common among women.", angina) == []
    # a human tissue where the abstract's is an animal's, but not "donor corneas" said without a species
    assert _flags("Doe (1978) studied human donor corneas.", "Porcine corneas were kept in culture for 7 days. "
                  "Porcine corneas swelled more than expected.") == [("population", "human donor corneas")]
    assert _flags("Doe (1978) studied human donor corneas.", "Donor corneas were compared with porcine corneas in "
                  "culture. Porcine corneas swelled more.") == []
    # an animal named for a reagent or a virus is not the animal studied
    assert _flags("Doe (1978) grew the cells in fetal calf serum with simian virus 40.", "Rat hepatocytes were grown "
                  "in culture with SV40. Rat liver cells divided faster.") == []


def test_every_patient_should_undergo_where_the_abstract_recommends_nothing() -> None:
    # 407864: "... in 33% of cases, preventive bypass would have possible."
    claim = ("Bertrand et al. (1977) concluded that {} with a recent myocardial infarction should undergo preventive "
             "coronary bypass surgery.")
    assert flags_of(claim.format("every patient"), "407864") == [
        ("overreach", "every patient with a recent myocardial infarction should undergo")]
    assert flags_of("Bertrand et al. (1977) found coronary arteriography well tolerated after a recent myocardial "
                    "infarction.", "407864") == []


def test_a_reliable_test_the_abstract_never_judges() -> None:
    # 403598: "Increased protein excretion was the most common urinary finding in patients with renal carcinoma."
    claim = "Hemmingsen and Skaarup (1977) found that urinary protein excretion {} renal carcinoma."
    assert flags_of(claim.format("is a reliable screening test for"), "403598") == [
        ("overreach", "is a reliable screening test")]
    assert flags_of(claim.format("was the most common urinary finding in"), "403598") == []


def test_sexual_orientation_is_a_population() -> None:
    # 402879: "Among homosexual men with gonorrhea, anorectal infection occurs in 45% ..."
    claim = "Klein et al. (1977) reported that anorectal infection is present in 45% of {} men with gonorrhoea."
    assert flags_of(claim.format("heterosexual"), "402879") == [("population", "heterosexual")]
    assert flags_of(claim.format("homosexual"), "402879") == []


def test_a_human_tissue_the_abstract_took_from_mice() -> None:
    # 414386: "Peritoneal macrophages from mice were cultured in Leighton tubes for 2 hours."
    claim = ("Seitz et al. (1977) watched {} peritoneal macrophages, cultured for two hours, phagocytose Plasmodium "
             "berghei-infected erythrocytes.")
    assert flags_of(claim.format("human"), "414386") == [("population", "human peritoneal")]
    assert flags_of(claim.format("mouse"), "414386") == []


def test_a_hundred_written_with_a_hyphen() -> None:
    # 412294: "Two-hundred and seventeen proved positive for toxoplasmosis."
    claim = "Arnaudov et al. (1977) tested 698 sheep sera by indirect haemagglutination and found {} positive."
    assert flags_of(claim.format("217"), "412294") == []
    assert flags_of(claim.format("271"), "412294") == [("number", "271")]


def test_animals_counted_in_words_are_the_sample() -> None:
    # 420101: "The echocardiographic features are presented of degeneration of nine glutaraldehyde-fixed porcine
    # xenograft valves implanted in eight patients."
    claim = ("Alam et al. (1979) described the echocardiographic signs of degeneration in nine glutaraldehyde-fixed {} "
             "valves.")
    assert flags_of(claim.format("porcine"), "420101") == []
    assert flags_of(claim.format("bovine"), "420101") == [("population", "bovine valves")]


def test_the_third_reviews_narrowings() -> None:
    # a treatment judged by its results ("parasitaemia cleared") is judged; "ALL" is a leukaemia, not "all"
    assert _flags("Doe (1978) showed that artesunate is an effective treatment for malaria.", "Forty children with "
                  "falciparum malaria received artesunate. Parasitaemia cleared within 48 hours in 38.") == []
    assert _flags("Doe (1978) concluded that children with ALL in remission should receive maintenance therapy.",
                  "We followed 50 children with acute lymphoblastic leukaemia (ALL) in remission for five years. "
                  "Relapse occurred in 12.") == []
    # "heterosexual contact" is how an infection spread, not who was studied
    assert _flags("Doe (1978) described 12 women with HIV infected through heterosexual contact.",
                  "We describe 12 women infected with HIV. Their partners were bisexual men or injecting drug "
                  "users.") == []
    # an age bound of things is no age of people; a bound of people is
    houses = "Lead was measured in 200 houses more than 50 years old. Blood lead was higher in toddlers living there."
    assert _flags("Doe (1978) found blood lead higher in toddlers living in old houses.", houses) == []
    # the sentence gives the claim's own superlative of what the claim ranks, beside another's other end
    assert _flags("Doe (1978) found that laparoscopy had the highest rate of negative appendicectomy.",
                  "Three approaches were compared in 300 patients. Laparoscopy had the lowest rate of perforation but "
                  "the highest rate of negative appendicectomy.") == []
    # a claim's correlate the abstract correlates in words of its own
    assert _flags("Doe (1978) found that serum ferritin measurements correlated closely with liver iron.",
                  "Liver biopsies from 40 patients were studied. Serum ferritin correlated with hepatic iron "
                  "concentration (r = 0.7).") == []


def _cited(text: str, pmid: str) -> tuple[str, tuple[str, ...]]:
    result = check_manuscript(Manuscript.from_text(text + "\n"), [by_pmid(pmid)]).results[0]
    return result.status, result.citation.authors


def test_a_transliterated_name_closed_by_a_soft_sign_is_cited() -> None:
    # 426494: first author "Givental'" (PubMed keeps the soft sign as an apostrophe)
    assert _cited("Givental' and colleagues (1979) tested 241 Shigella strains.", "426494") == (
        "resolved", ("Givental'",))
    assert _cited("Givental' et al. (1979) tested 241 Shigella strains.", "426494")[0] == "resolved"
    assert _cited("Givental (1979) tested 241 Shigella strains.", "426494")[0] == "resolved"


def test_a_country_before_a_comma_is_no_author() -> None:
    # 403889 (Lintermans 1977) and 403394 (Finger and Handke 1977); a surname before the comma stays an author
    # (tests/check/test_round21.py: "Schmid, Rein and Shmerling (1979)" stays unresolved)
    assert _cited("In a prospective study of 23 patients in Central Africa, Lintermans (1977) found tuberculosis.",
                  "403889") == ("resolved", ("Lintermans",))
    assert _cited("In South Australia, Finger and Handke (1977) tested 947 gonococcal isolates.", "403394") == (
        "resolved", ("Finger", "Handke"))
    assert _cited("In 1977, Schmid, Finger and Handke (1977) tested 947 gonococcal isolates.", "403394")[0] == \
        "unresolved"
