"""A rare term a claim names that its cited work never uses: a swapped population or comparator
(real abstracts from tests/fixtures/claims)."""

from __future__ import annotations

import pytest

from evidence.check.flags import FlagFinder
from evidence.check.novelty import Vocabulary, author_names, novel_terms
from evidence.check.rarity import Rarity
from evidence.check.source import read_source
from tests.fixtures.claims.claimset import by_pmid as _entry


def _novel(claim: str, pmid: str) -> list[tuple[str, str]]:
    entry = _entry(pmid)
    names = author_names(entry.text("author"))
    return [(t.word, t.role) for t in novel_terms(claim, read_source(entry), Rarity(), names)]


def test_rare_words_are_rare_and_common_words_are_not() -> None:
    rarity = Rarity()
    assert [rarity.is_rare(w) for w in ("retinoblastoma", "cisplatin", "clofazimine", "plentiful", "children")] == [
        True, True, True, False, False]


def test_a_disease_the_abstract_never_names_is_a_population_swap() -> None:
    # 9553669 treats hepatocellular carcinoma; a claim about cholangiocarcinoma names another disease
    claim = "Oral clofazimine gave three responses among 30 patients with cholangiocarcinoma (Ruff et al., 1998)."
    assert _novel(claim, "9553669") == [("cholangiocarcinoma", "population")]
    flag = next(f for f in FlagFinder().flags(claim, _entry("9553669")) if f.term == "cholangiocarcinoma")
    assert flag.kind == "population"
    assert flag.message.startswith("the claim names 'cholangiocarcinoma', which the title and abstract never "
                                   "mention; on this point they say \"")


def test_a_term_next_to_cells_or_patients_names_who_was_studied() -> None:
    # 26568896 used a human skin fibroblast line; keratinocytes are another cell type
    claim = "TiO2 nanoparticles were not cytotoxic to human keratinocyte cells after 24 h (Browning et al., 2014)."
    assert _novel(claim, "26568896") == [("keratinocyte", "population")]


def test_a_drug_the_study_never_gave_is_a_comparator_swap() -> None:
    # 29514256 combined ombrabulin with docetaxel and cisplatin; carboplatin was not given
    claim = "Ombrabulin combined with docetaxel and carboplatin was not feasible in Japanese patients (Tsuda, 2018)."
    assert _novel(claim, "29514256") == [("carboplatin", "comparator")]
    flag = next(f for f in FlagFinder().flags(claim, _entry("29514256")) if f.term == "carboplatin")
    assert flag.kind == "comparator"


def test_what_the_claim_compares_with_is_a_comparator_wherever_it_stands() -> None:
    claim = "Docetaxel clearance fell by about 40%, much as paclitaxel clearance did in earlier work (Tsuda, 2018)."
    assert _novel(claim, "29514256") == [("paclitaxel", "comparator")]


def test_spellings_inflections_and_the_papers_own_terms_are_not_novel() -> None:
    # British spelling, a plural, a word the abstract inflects differently, and the drug it did give
    claim = ("Clofazimine, a riminophenazine, was tried in unresectable hepatocellular carcinomas, where tumours are "
             "highly refractory to chemotherapeutic agents (Ruff et al., 1998).")
    assert _novel(claim, "9553669") == []
    vocabulary = Vocabulary(read_source(_entry("26568896")))
    assert "clastogenicity" in vocabulary and "clastogenic" in vocabulary and "fibroblasts" in vocabulary
    assert "keratinocytes" not in vocabulary


def test_a_rare_word_of_the_writers_own_is_left_alone() -> None:
    # no place in the claim says who was studied or what they were compared with: no flag
    claim = "The regimen was hampered by toxicities that scuppered dose escalation (Tsuda, 2018)."
    assert _novel(claim, "29514256") == []


def test_a_people_is_for_the_population_check_not_a_rare_term() -> None:
    # 35095222 speaks of Scotland, never "Scottish": the population check knows they are one
    assert _novel("Drug-related deaths rose faster among Scottish women than men (Tweed et al., 2022).",
                  "35095222") == []


def test_rarity_holds_words_down_to_its_floor_only() -> None:
    rarity = Rarity()
    assert rarity.zipf("the") > 7 and 3.0 <= rarity.zipf("plentiful") < 4.0
    assert rarity.zipf("clofazimine") == 0.0  # rarer than once per million words: read as unseen
    assert rarity.is_rare("plentiful", 4.0) and not rarity.is_rare("plentiful", 3.0)
    with pytest.raises(ValueError, match="rarity below Zipf 3.0 is not held"):
        rarity.is_rare("plentiful", 2.5)
