"""Who comes first: a claim's winner for a superlative against the abstract's (real abstracts from
tests/fixtures/claims/mechanisms.xml)."""

from __future__ import annotations

from evidence.check.superlatives import rankings
from tests.fixtures.claims.claimset import flags_of


def _read(text: str) -> list[tuple[str, list[str], list[str]]]:
    return [(r.family, sorted(r.what), sorted(r.winner)) for r in rankings(text)]


def test_a_superlative_names_what_it_ranks_and_its_winner() -> None:
    assert _read("The most common primary site was the thyroid, followed by the nasopharynx.") == [
        ("common", ["primar", "site"], ["thyroi"])]
    assert _read("Lymphoma was the most frequent Paediatric tumor.") == [("common", ["pediat", "tumor"], ["lympho"])]
    assert _read("The highest rates were in Australia and among Jews in Israel and the lowest in India and Japan.") == [
        ("high", ["rate"], ["austra", "isrel", "jews"]), ("low", [], ["india", "japan"])]
    assert _read("NPC was one of the most common tumours.") == []  # no single winner


def test_another_winner_than_the_abstracts() -> None:
    # 2785844: "The most common primary site was the thyroid, followed by the nasopharynx and the adrenal cortex."
    claim = "In McWhirter et al.'s (1989) data, the {} was the most common primary site of childhood carcinoma."
    assert flags_of(claim.format("nasopharynx"), "2785844") == [("direction", "the most common")]
    assert flags_of(claim.format("thyroid"), "2785844") == []
    # 10795467: "Lymphoma was the most frequent Paediatric tumor."
    assert ("direction", "the most frequent") in flags_of(
        "Shah and colleagues (2000) found central nervous system tumours to be the most frequent paediatric solid "
        "malignancy, ahead of lymphoma.", "10795467")
    # 17329031: "... the highest rates were in Australia ... and the lowest in India and Japan."
    assert ("direction", "the highest") in flags_of("In Stiller's (2007) synthesis, India and Japan had the highest "
                                                    "total cancer incidence among adolescents.", "17329031")
    assert flags_of("In Stiller's (2007) synthesis, India and Japan had the lowest cancer incidence among "
                    "adolescents.", "17329031") == []
    # 21918965: "The only statistically significant prognostic variable was the presence or absence of distant
    # metastases."
    assert ("direction", "the only") in flags_of("In Casanova et al.'s (2012) series, lymph node involvement was the "
                                                 "only statistically significant prognostic variable.", "21918965")


def test_a_bound_the_other_way() -> None:
    # 17318707: "Histological analysis of resected SPN revealed unexpected malignant disease in more than 50% of
    # the patients ..."
    claim = "Histology of the resected nodules in Pittet et al.'s (2007) series revealed unexpected malignancy in {}."
    assert flags_of(claim.format("fewer than half of the patients"), "17318707") == [
        ("direction", "half")]
    assert flags_of(claim.format("more than half of the patients"), "17318707") == []
