"""How a PubMed record becomes BibTeX fields for reference lists: journal names, abbreviations, eid, braces."""

from __future__ import annotations

from pathlib import Path

from evidence.formats.casing import clean_journal, journal_title_case
from evidence.sources.fields import protect_capitals, record_to_fields
from evidence.sources.records import PubMedRecord, parse_efetch

FIX = Path(__file__).parent.parent / "fixtures" / "pubmed"


def fields_of(name: str) -> list[dict[str, str]]:
    return [record_to_fields(r) for r in parse_efetch((FIX / name).read_bytes())]


def test_journal_is_the_printed_name_and_shortjournal_the_nlm_abbreviation() -> None:
    science = fields_of("efetch_pubmed_batch_6_records.xml")[0]
    assert (science["journal"], science["shortjournal"]) == ("Science", "Science")  # PubMed: Science (New York, N.Y.)
    [jbc] = fields_of("efetch_pubmed_10066780_retracted_publication_fragment.xml")
    assert (jbc["journal"], jbc["shortjournal"]) == ("The Journal of Biological Chemistry", "J Biol Chem")
    [annals] = fields_of("efetch_pubmed_31588070_structured_abstract_mesh_pmc.xml")
    assert (annals["journal"], annals["shortjournal"]) == ("Annals of Thoracic and Cardiovascular Surgery",
                                                           "Ann Thorac Cardiovasc Surg")
    [imaging] = fields_of("efetch_pubmed_29963580_collective_author_mathml.xml")
    assert (imaging["journal"], imaging["shortjournal"]) == ("Journal of Medical Imaging", "J Med Imaging (Bellingham)")


def test_catalogue_disambiguators_and_parallel_titles_are_removed() -> None:
    assert [journal_title_case(clean_journal(t)) for t in (
        "BMJ (Clinical research ed.)", "Quintessence international (Berlin, Germany : 1985)",
        "Clinical infectious diseases : an official publication of the Infectious Diseases Society of America",
        "Journal of the National Comprehensive Cancer Network : JNCCN",
        "Biomedicine & pharmacotherapy = Biomedecine & pharmacotherapie", "MicrobiologyOpen", "AIDS care",
    )] == ["BMJ", "Quintessence International", "Clinical Infectious Diseases",
           "Journal of the National Comprehensive Cancer Network", "Biomedicine & Pharmacotherapy", "MicrobiologyOpen",
           "AIDS Care"]


def test_capitals_of_sentence_case_titles_are_braced() -> None:
    [vitamins] = fields_of("efetch_pubmed_numeric_char_refs_2_records.xml")[1:]
    assert vitamins["title"].startswith("Effects of prenatal vitamins {A}, {E}, and {C} on the hypoplastic hearts")
    assert fields_of("efetch_pubmed_batch_6_records.xml")[0]["title"] == (
        "Genomic loss of {microRNA-101} leads to overexpression of histone methyltransferase {EZH2} in cancer")
    assert protect_capitals("Effect of DNA on Alzheimer disease: Review of Parkinson cases") == (
        "Effect of {DNA} on {Alzheimer} disease: Review of {Parkinson} cases")
    # Title Case says nothing about proper nouns; a braced title was written by someone who knew
    assert protect_capitals("Teaching NonPhysician Anesthesia Providers in Tanzania: a movement") == (
        "Teaching NonPhysician Anesthesia Providers in Tanzania: a movement")
    assert protect_capitals("{DNA} in Alzheimer disease") == "{DNA} in Alzheimer disease"


def test_article_number_goes_to_eid_only_without_pages() -> None:
    number = PubMedRecord(pmid="1", title="T", journal="BMJ", elocation="e067194")
    assert record_to_fields(number)["eid"] == "e067194"
    with_pages = PubMedRecord(pmid="2", title="T", journal="J", pages="1--5", elocation="e067194")
    assert "eid" not in record_to_fields(with_pages)
    elsevier = PubMedRecord(pmid="3", title="T", journal="J", elocation="S0006-3223(99)00230-9")
    assert "eid" not in record_to_fields(elsevier)
