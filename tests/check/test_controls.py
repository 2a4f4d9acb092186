"""A comparison group told apart by a qualifier (real abstracts from tests/fixtures/claims/mechanisms.xml)."""

from __future__ import annotations

from evidence.check.controls import find_other_side
from evidence.check.source import read_source
from tests.fixtures.claims.claimset import by_pmid, flags_of


def test_controls_of_another_kind() -> None:
    # 3940655: "... and an equal number of age- and sex-matched friend controls were interviewed."
    claim = "In their case-control study, Yu and colleagues (1986) compared 250 incident cases with {} controls."
    side = find_other_side(claim.format("hospital"), read_source(by_pmid("3940655")), [])
    assert side is not None
    assert (side.said, side.theirs) == ("hospital controls", "friend controls")
    assert flags_of(claim.format("hospital"), "3940655") == [("comparator", "hospital controls")]
    assert flags_of(claim.format("friend"), "3940655") == []
    assert flags_of(claim.format("matched"), "3940655") == []  # how controls were chosen, not who they were


def test_one_condition_alone_against_another() -> None:
    # 21740677: "The impact on patient mortality of combined pulmonary fibrosis and emphysema (CPFE) compared
    # with emphysema alone has never been investigated."
    claim = ("Patients with combined pulmonary fibrosis and emphysema were more likely to die than patients with "
             "{} alone (Lee et al., 2011).")
    assert flags_of(claim.format("pulmonary fibrosis"), "21740677") == [("comparator", "pulmonary fibrosis alone")]
    assert flags_of(claim.format("emphysema"), "21740677") == []


def test_a_comparison_of_two_things_one_of_which_the_abstract_never_names() -> None:
    # 22104686 studies CT-guided hook-wire localisation only
    claim = ("Seo et al.'s (2012) head-to-head comparison of hook-wire and {} marking found the wire depth mattered "
             "most for finding the nodule.")
    assert flags_of(claim.format("dye"), "22104686") == [("comparator", "dye marking")]
    assert flags_of(claim.format("CT-guided"), "22104686") == []


def test_unexposed_is_nonexposed_and_a_similar_number_names_no_group() -> None:
    # 11438568: "We assessed whether NRI-exposed individuals were at higher risk for cancer-related deaths than
    # were nonexposed individuals."
    claim = ("Comparing some 5,400 Dutch people given nasopharyngeal radium as children with a similar number of "
             "{} people, Ronckers et al. (2001) found no sign of higher overall cancer mortality.")
    assert [f for f in flags_of(claim.format("unexposed"), "11438568") if f[0] != "erratum"] == []
    assert [f for f in flags_of(claim.format("vaccinated"), "11438568") if f[0] != "erratum"] == [
        ("comparator", "similar number of vaccinated people")]


def test_how_a_compared_group_was_treated_is_not_part_of_who_it_is() -> None:
    # 15931724: "... a radium-exposed group (n = 5358) and a control group of unexposed patients (n = 5265), who
    # were treated by an otolaryngologist in the period 1945-1981."
    claim = ("Using the records of nine Dutch hospitals, Ronckers et al. (2004) compared 5358 patients given "
             "nasopharyngeal radium with 5265 {} patients treated by ENT specialists between 1945 and 1981.")
    assert flags_of(claim.format("unexposed"), "15931724") == []
    assert flags_of(claim.format("vaccinated"), "15931724") == [("comparator", "vaccinated patients")]


def test_an_isolated_finding_of_a_condition_names_the_condition() -> None:
    # 22462310: "... even worse than isolated finding of emphysema or fibrosis alone ..."
    assert flags_of("CPFE has a prognosis worse than isolated emphysema (Oliva et al., 2011).", "22462310") == []
