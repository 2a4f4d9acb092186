"""A finding the claim states that the abstract denies in the same words (real abstracts from
tests/fixtures/claims/mechanisms.xml)."""

from __future__ import annotations

from evidence.check.denial import find_denial
from evidence.check.source import read_source
from tests.fixtures.claims.claimset import by_pmid, flags_of


def test_shown_not_to_denies_the_verb_and_most_of_its_object() -> None:
    # 12724079: "olfactory neuroblastoma has been shown not to express the protein product of the MIC-2 gene"
    claim = ("Olfactory neuroblastoma expresses the MIC-2 gene product, which places it in the Ewing tumour family, "
             "Muñoz Borge and colleagues (2003) write.")
    source = read_source(by_pmid("12724079"))
    denial = find_denial(claim, source, [i for _, i in source.rank(source.claim_words(claim))][:5])
    assert denial is not None
    assert denial.phrase == "shown not to express the protein product of the"
    assert flags_of(claim, "12724079") == [("direction", "shown not to express the protein product of the")]
    assert flags_of("Olfactory neuroblastoma does not express the MIC-2 gene product (Muñoz Borge et al., 2003).",
                    "12724079") == []


def test_no_differences_in_denies_a_difference() -> None:
    # 8508406: "There were no differences in the life-styles of multiple-case families and single-case families."
    assert flags_of("Families with several cases had clearly different childhood lifestyles from families with a "
                    "single case, Albeck and colleagues (1993) found.", "8508406") == [("direction", "different")]
    # (the reversal check reads it first since "families" and "family" became one word; the denial check stays for
    # claims it cannot pair)
    assert flags_of("Families with several cases had childhood lifestyles much like those of families with a single "
                    "case, Albeck and colleagues (1993) found.", "8508406") == []


def test_a_claim_that_says_close_to_or_free_of_denies_nothing_itself() -> None:
    # 11438568: "... there was no evidence that breast cancer deaths were less than expected ..." style sentences
    assert [f for f in flags_of("Breast cancer deaths after NRI were close to the expected number (Ronckers et al., "
                                "2001).", "11438568") if f[0] != "erratum"] == []


def test_little_or_no_risk_denies_a_risk() -> None:
    # 2238693: "In contrast to early reports, there seems to be little or no risk of nasopharyngeal cancer from
    # cookstove smoke."
    claim = ("Chen and colleagues' (1990) review concludes that cookstove smoke carries {} risk of nasopharyngeal "
             "cancer.")
    assert flags_of(claim.format("a substantial"), "2238693") == [
        ("direction", "little or no risk of nasopharyngeal cancer from cookstove")]
    assert flags_of(claim.format("a low"), "2238693") == []


def test_more_ways_an_abstract_denies() -> None:
    from tests.fixtures.claims.claimset import flags_of
    # 25980002: "There was no cross reactivity with Mucorales species, Candida species, ..."
    assert ("direction", "no cross reactivity with Mucorales species") in flags_of(
        "The anti-Aspergillus antibody cross-reacted with Mucorales species (Challa et al., 2015).", "25980002")
    # 11898083: "In no patient did a dislocation of the hookwire-system occur."
    claim = "In Poretti and colleagues' (2002) series, the hook-wire system {} in several patients."
    assert flags_of(claim.format("dislodged"), "11898083") == [
        ("direction", "In no patient did a dislocation of the hookwire-system")]
    assert flags_of(claim.format("rarely dislodged"), "11898083") == []  # a claim that says "rarely" denies itself
