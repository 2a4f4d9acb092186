"""What a reviewer's claims showed in this round's new readings, each with the reading that now holds (real
abstracts from tests/fixtures/claims/mechanisms.xml where a flag is asserted)."""

from __future__ import annotations

from evidence.check.cues import cues
from evidence.check.designflags import _OTHER_WORK_RE
from evidence.check.numberflags import _SPREAD_RE
from evidence.check.overreach import _HEDGE_RE, _STRONG_RE
from evidence.check.populations import claim_mentions
from evidence.check.quantities import find_quantities
from evidence.check.quantitymatch import supports
from evidence.check.universals import _ALL_RE
from tests.fixtures.claims.claimset import flags_of


def test_animals_as_food_reagents_or_work_are_not_the_species_studied() -> None:
    for text in ("Mice immunised with collagen from chickens", "salted hens' eggs", "red meat from cattle and pigs",
                 "sheep red blood cells", "cattle farmers", "a rabbit anti-mouse antibody"):
        assert [m for m in claim_mentions(text) if m[1] != "mice"] == [], text
    assert claim_mentions("Working in newborn lambs") == [("species", "sheep", "lambs")]
    assert claim_mentions("experiments on anaesthetised cats") == [("species", "cats", "cats")]


def test_hedges_strong_words_and_universals_in_their_other_senses() -> None:
    assert not _HEDGE_RE.search("operated on from May 2013 to June 2015")
    assert not _HEDGE_RE.search("This study tested the hypothesis that insulin lowers leucine flux.")
    assert _HEDGE_RE.search("We hypothesize that furocoumarins are responsible.")
    assert not _STRONG_RE.search("Half of the 16 nodules proved to be primary lung cancers.")
    assert _STRONG_RE.search("The trial proved that the drug works.")
    assert not _ALL_RE.search("Deaths from all causes were more common")
    # 8955242: "The strong correlation between elevations in the two serum enzymes ... makes them redundant"
    assert flags_of("Whatever the leading cause of the pain, amylase and lipase rose together (Chase et al., "
                    "1996).", "8955242") == []


def test_a_design_of_other_work_or_work_to_come() -> None:
    for text in ("Earlier retrospective studies had reported success", "a prospective study is urgently needed",
                 "The authors called for a prospective study"):
        assert _OTHER_WORK_RE.search(text), text
    assert not _OTHER_WORK_RE.search("CT-guided localisation prior to VATS was reviewed retrospectively")


def test_days_months_and_multiples_in_their_other_senses() -> None:
    assert [(q.value, q.text) for q in find_quantities("median stay 8 d (range 5 d-14 d)")] == [
        (192.0, "8 d"), (120.0, "5 d"), (336.0, "14 d")]
    assert [q.unit for q in find_quantities("Figure 4d; 2 d.f.; 400x magnification")] == [""]


def test_a_share_of_the_whole_the_claim_names() -> None:
    # "A total of 32 patients (15 males and 17 females) underwent 41 VATS resections"
    sentence = find_quantities("A total of 32 patients (15 males and 17 females) underwent 41 VATS resections")
    half = [q for q in find_quantities("just over half of the 32 patients were women") if q.unit == "%"][0]
    assert supports(half, sentence, frozenset({32.0}))
    assert not supports(half, sentence)  # of the sentence's largest count, 41, 17 is no half


def test_blunt_push_and_a_long_change_that_persisted() -> None:
    assert cues("blunt hepatic trauma; a push to speed up diagnosis; they pushed for follow up visits") == []
    assert [(c.polarity, c.word) for c in cues("a gradual rise in non-Hodgkin lymphoma in children persisted")] == [
        ("up", "rise"), ("up", "persisted")]


def test_a_spread_after_a_true_minus_sign() -> None:
    # PubMed writes "+/-" and sometimes "+/\u2212" (U+2212): the count after either is a spread, not a count
    for text in ("383 +/- ", "383 +/\u2212 ", "383 \u00b1 "):
        assert _SPREAD_RE.search(text), text


def test_the_particle_of_a_word_of_change_is_not_what_changed() -> None:
    cue, = cues("Obesity pushed down the risk of new-onset diabetes")
    assert (cue.polarity, cue.word, sorted(cue.head)) == ("down", "pushed", ["risk"])
