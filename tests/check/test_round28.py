"""Readings that round twenty-eight found wrong on sets 95-98 (round twenty-seven's held-out sets) read as development
sets: reversals missed (a change done that opens the claim's clause read as its finding, "were depressed", "had little
effect", "in no case", "Mg2+" and "Ca2+" not read as the elements) and faithful paraphrases flagged (a claim's "k of
n" the abstract gives as a count and its whole), and a disease the abstract names only in passing ("photosensitive
epilepsy"). Real abstracts from tests/fixtures/claims/mechanisms.xml; the first assertion of each pair failed on the
round's start (cf8931d), and each has a counterpart in the same abstract that must keep its outcome."""

from __future__ import annotations

from tests.fixtures.claims.claimset import flags_of
from tests.fixtures.claims.claimset import flags_of_abstract as _flags


def test_a_change_done_that_opens_the_clause_is_the_means_not_the_finding() -> None:
    # 403741: "... the reduced spontaneous mechanical output was associated with decreased electrical activity on
    # increasing [Mg2+]0": the claim's "raising magnesium" is what was done, "increased" its finding.
    claim = ("In Sigurdsson and Uvelius's (1977) experiments, raising extracellular magnesium {} the electrical "
             "activity of portal vein smooth muscle.")
    assert flags_of(claim.format("increased"), "403741") == [("direction", "increased")]
    assert flags_of(claim.format("reduced"), "403741") == []


def test_depressed_is_a_fall() -> None:
    # 423146: "For both species, fertility and motility were depressed after equilibration with dimethyl-sulphoxide"
    claim = ("In Bakst and Sexton's (1979) work, equilibrating fowl and turkey semen with dimethyl sulphoxide at 5 °C "
             "{} both motility and fertility before freezing.")
    assert flags_of(claim.format("improved"), "423146") == [("direction", "improved")]
    assert flags_of(claim.format("reduced"), "423146") == []
    # 428520: "... showed in all 3 fractions ... extremely depressed AlAT-activities"
    claim = ("Human kidneys with chronic pyelonephritis showed sharply {} ALAT activity in all three fractions "
             "examined (Philippson, 1979).")
    assert flags_of(claim.format("raised"), "428520") == [("direction", "raised")]
    assert flags_of(claim.format("lowered"), "428520") == []


def test_little_effect_is_no_effect() -> None:
    # 420716: "Cortisol and penicillamine had little effect on the mitogenic activity of CTAP-III"
    claim = ("Castor and colleagues (1979) found that cortisol {} the growth-stimulating effect of CTAP-III on "
             "connective tissue cells.")
    assert flags_of(claim.format("markedly suppressed"), "420716") == [("direction", "suppressed")]
    assert flags_of(claim.format("had little effect on"), "420716") == []


def test_in_no_case_denies_the_comparison() -> None:
    # 410628: "Patterned light was in no case found to be more effective than diffuse light for eliciting generalized
    # epileptic discharges."
    claim = ("In Kirstein and Nilsson's (1977) series, patterned light was {}more effective than diffuse light at "
             "provoking generalized epileptic discharges.")
    assert flags_of(claim.format(""), "410628") == [("direction", "more")]
    assert flags_of(claim.format("never "), "410628") == []


def test_a_disease_named_only_in_passing_is_asked_about() -> None:
    # 410628: "None of these patients had a history of photosensitive epilepsy.": epilepsy is now a disease's name;
    # "definite" says how sure the diagnosis is, not which epilepsy.
    assert flags_of("Kirstein and Nilsson (1977) tested diffuse and patterned light stimulation in 587 patients with "
                    "known photosensitive epilepsy.", "410628") == [("population", "known photosensitive epilepsy")]
    assert flags_of("Kirstein and Nilsson (1977) compared intermittent diffuse light with a patterned flash as EEG "
                    "photic stimuli in 587 patients, 216 of whom had definite epilepsy.", "410628") == []


def test_an_ion_symbol_is_its_element() -> None:
    # 420844: "... total exchangeable Ca2+ in portal vein is reduced by about 35% ..., while the intracellular
    # exchangeable Ca2+ is not significantly altered."
    claim = "Turlapaty and colleagues (1979) found that Tris {} exchangeable calcium in rat portal vein smooth muscle."
    assert flags_of(claim.format("markedly lowered intracellular"), "420844") == [("direction", "lowered")]
    assert flags_of(claim.format("lowered total"), "420844") == []


def test_a_part_and_its_whole_counted_apart() -> None:
    # 427380: "In 43 patients with obstructive jaundice, GSU accurately detected the level of obstruction in 28."
    claim = ("Ultrasound located the level of the blockage in {} of 43 patients with obstructive jaundice, and its "
             "accuracy depended on the cause (McKay et al., 1979).")
    assert flags_of(claim.format("28"), "427380") == []
    assert flags_of(claim.format("32"), "427380") == [("missing-specific", "32 of 43")]
    # "43 hepatic metastases in 28 patients": the part and the whole count different things (review28).
    abstract = ("A total of 43 hepatic metastases in 28 patients were treated with radiofrequency ablation. Complete "
                "ablation was achieved in 39 lesions.")
    assert _flags("Smith et al. (2001) found that radiofrequency ablation completely ablated liver metastases in 28 of "
                  "43 patients.", abstract) == [("number", "28 of 43")]
