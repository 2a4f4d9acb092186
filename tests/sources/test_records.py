"""efetch records and their BibTeX fields against real NCBI answers (tests/fixtures/pubmed, see its SOURCES.md)."""

from __future__ import annotations

import tarfile
from pathlib import Path

import pytest

from evidence.errors import NCBIError
from evidence.latex import to_text
from evidence.model import Entry
from evidence.sources.fields import month_abbrev, record_entry_type, record_to_fields
from evidence.sources.records import (
    Correction,
    MeshHeading,
    PubMedAuthor,
    expand_pages,
    parse_efetch,
    split_efetch,
)

FIX = Path(__file__).parent.parent / "fixtures" / "pubmed"
MECHANISMS = Path(__file__).parent.parent / "fixtures" / "claims" / "mechanisms.xml"


def load(name: str) -> bytes:
    return (FIX / name).read_bytes()


def one(name: str):
    records = parse_efetch(load(name))
    assert len(records) == 1
    return records[0]


def test_every_efetch_fixture_parses_or_raises_ncbierror():
    counts = {}
    for path in sorted(FIX.glob("efetch_*.xml")):
        try:
            counts[path.name] = len(parse_efetch(path.read_bytes()))
        except NCBIError:
            counts[path.name] = "error"
    assert counts == {
        "efetch_error_empty_id.xml": "error",
        "efetch_pubmed_10066780_retracted_publication_fragment.xml": 1,
        "efetch_pubmed_20301382_book_chapter_genereviews.xml": 1,
        "efetch_pubmed_20386227_season_date_2019_indented.xml": 1,
        "efetch_pubmed_23388678_medlinedate_fragment.xml": 1,
        "efetch_pubmed_26147656_node_ncbi.xml": 1,
        "efetch_pubmed_26468569_book_collective_authors.xml": 1,
        "efetch_pubmed_27508352_retraction_notice.xml": 1,
        "efetch_pubmed_27933116_title_inline_markup.xml": 1,
        "efetch_pubmed_29963580_collective_author_mathml.xml": 1,
        "efetch_pubmed_31588070_structured_abstract_mesh_pmc.xml": 1,
        "efetch_pubmed_31746150_non_ascii_authors.xml": 1,
        "efetch_pubmed_35649368_erratum_in.xml": 1,
        "efetch_pubmed_38534005_collective_author_structured_abstract.xml": 1,
        "efetch_pubmed_38962805_published_erratum_notice.xml": 1,
        "efetch_pubmed_batch_6_records.xml": 6,
        "efetch_pubmed_empty_result_set.xml": 0,
        "efetch_pubmed_id_minus1_returns_pmid1.xml": 1,
        "efetch_pubmed_numeric_char_refs_2_records.xml": 2,
    }


# ---------------------------------------------------------------- error bodies


def test_error_body_raises_with_ncbi_text():
    with pytest.raises(NCBIError, match="Supplied id parameter is empty"):
        parse_efetch(load("efetch_error_empty_id.xml"))


def test_truncated_body_raises():
    body = load("efetch_pubmed_batch_6_records.xml")
    with pytest.raises(NCBIError, match="truncated or malformed"):
        parse_efetch(body[: len(body) // 2])


def test_html_page_raises_with_its_title():
    html = b"<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>"
    with pytest.raises(NCBIError, match=r"HTML page instead of efetch XML \(502 Bad Gateway\)"):
        parse_efetch(html)


def test_empty_body_raises():
    with pytest.raises(NCBIError, match="empty efetch body"):
        parse_efetch(b"  \n")


def test_other_root_raises():
    with pytest.raises(NCBIError, match="eSearchResult"):
        parse_efetch(load("esearch_pubmed_basic.xml"))


# ---------------------------------------------------------------- record elements


def test_fragment_is_wrapped_and_retraction_detected():
    rec = one("efetch_pubmed_10066780_retracted_publication_fragment.xml")
    assert rec.pmid == "10066780"
    assert rec.title.startswith("CREB-binding [corrected] protein interacts with the homeodomain protein Cdx2")
    assert rec.is_retracted
    assert rec.corrections == (
        Correction("ErratumIn", "", "", "J Biol Chem 1999 May 7;274(19):13728"),
        Correction("RetractionIn", "11905463", "", "J Biol Chem. 2001 Mar 30;276(13):10576"),
    )
    assert "Retracted Publication" in rec.publication_types
    assert (rec.volume, rec.issue, rec.pages, rec.year, rec.month) == ("274", "11", "7196--7199", "1999", "Mar")
    fields = record_to_fields(rec)
    assert fields["retracted"] == "11905463"
    assert fields["erratum"] == "J Biol Chem 1999 May 7;274(19):13728"


def test_retraction_notice_is_not_itself_retracted():
    rec = one("efetch_pubmed_27508352_retraction_notice.xml")
    assert rec.corrections == (Correction("RetractionOf", "26435620", "", rec.corrections[0].source),)
    assert rec.publication_types == ("RETRACTION OF PUBLICATION",)
    assert not rec.is_retracted
    assert "retracted" not in record_to_fields(rec)
    assert rec.pages == "650"
    assert rec.language == "ENG"


def test_erratum_links_both_ways():
    article = one("efetch_pubmed_35649368_erratum_in.xml")
    assert [(c.kind, c.pmid) for c in article.corrections] == [("ErratumIn", "35767954")]
    assert record_to_fields(article)["erratum"] == "35767954"
    assert not article.is_retracted
    assert article.elocation == "S2211-1247(22)00645-3"
    notice = one("efetch_pubmed_38962805_published_erratum_notice.xml")
    assert [(c.kind, c.pmid) for c in notice.corrections] == [("ErratumFor", "38446048")]
    assert notice.publication_types == ("Journal Article", "Published Erratum")
    assert "erratum" not in record_to_fields(notice)


def test_own_ids_not_taken_from_reference_list():
    rec = one("efetch_pubmed_31588070_structured_abstract_mesh_pmc.xml")
    assert (rec.pmid, rec.doi, rec.pmcid) == ("31588070", "10.5761/atcs.ra.19-00158", "PMC7184035")
    assert b"PMC" in load("efetch_pubmed_31588070_structured_abstract_mesh_pmc.xml").split(b"<ReferenceList>")[1]


def test_structured_abstract_keeps_labels():
    rec = one("efetch_pubmed_31588070_structured_abstract_mesh_pmc.xml")
    assert [label for label, _ in rec.abstract_sections] == ["PURPOSE", "METHODS", "RESULTS", "CONCLUSIONS"]
    lines = rec.abstract.split("\n")
    assert len(lines) == 4
    assert lines[0].startswith("PURPOSE: Acute pulmonary embolism (PE) remains a significant cause")
    assert lines[1].startswith("METHODS: A PubMed search was performed")


def test_english_other_abstracts_are_kept_beside_the_main_one():
    """NLM's partners (PIP, KIE, publishers) add a second English abstract that PubMed shows under the main one; a
    claim may rest on it. Real records from tests/fixtures/claims/mechanisms.xml (see its README)."""
    by_pmid = {r.pmid: r for r in parse_efetch(MECHANISMS.read_bytes())}
    both = by_pmid["419965"]  # main abstract + PIP's
    assert both.abstract.startswith("The concentration of medroxyprogesterone acetate (MPA) in plasma samples")
    assert both.other_abstract.startswith("Past studies have shown that patients with recurrent or advanced")
    assert "Patients who received the 200 mg and 300 mg dosage of MPA orally" in both.other_abstract
    assert record_to_fields(both)["otherabstract"].endswith("should include a phase to monitor MPA plasma levels.")
    only = by_pmid["416873"]  # no main abstract: PIP's is the abstract, and is not repeated
    assert only.abstract and only.other_abstract == ""
    assert "otherabstract" not in record_to_fields(only)
    chinese = by_pmid["25539609"]  # a publisher's abstract in Chinese is not read
    assert chinese.abstract and chinese.other_abstract == ""


def test_mesh_keywords_and_fields():
    rec = one("efetch_pubmed_31588070_structured_abstract_mesh_pmc.xml")
    assert rec.mesh[:3] == (
        MeshHeading("Acute Disease", (), False),
        MeshHeading("Anticoagulants", ("administration & dosage", "adverse effects"), True),
        MeshHeading("Embolectomy", ("adverse effects", "mortality"), True),
    )
    assert rec.keywords == (
        "catheter thrombolysis",
        "fibrinolysis",
        "pulmonary embolism",
        "surgical pulmonary embolectomy",
    )
    fields = record_to_fields(rec)
    assert fields["mesh"].startswith(
        r"Acute Disease; Anticoagulants/administration \& dosage/adverse effects*;"
        r" Embolectomy/adverse effects/mortality*;"
    )
    assert fields["keywords"] == (
        "catheter thrombolysis, fibrinolysis, pulmonary embolism, surgical pulmonary embolectomy")
    assert fields["pubtype"] == "Journal Article; Review"
    assert {k: fields[k] for k in ("title", "journal", "year", "month", "volume", "number", "pages", "issn")} == {
        "title": "Current Management of Acute Pulmonary Embolism",
        "journal": "Annals of Thoracic and Cardiovascular Surgery",  # PubMed adds " : official journal of ..."
        "year": "2020",
        "month": "apr",
        "volume": "26",
        "number": "2",
        "pages": "65--71",
        "issn": "2186-1005",
    }
    assert fields["author"] == (
        "Martinez Licha, Carlos R and McCurdy, Chelsea M and Maldonado, Sarina Masso and Lee, Lawrence S"
    )
    assert record_entry_type(rec) == "article"


def test_title_inline_markup_flattened():
    rec = one("efetch_pubmed_27933116_title_inline_markup.xml")
    assert rec.title.startswith("Phoenix dactylifera mediated green synthesis of Cu2O particles for arsenite")
    assert rec.iso_abbrev == "Sci Technol Adv Mater"


def test_medline_date_and_season():
    rec = one("efetch_pubmed_23388678_medlinedate_fragment.xml")
    assert (rec.year, rec.month) == ("2013", "Mar-Apr")
    assert record_to_fields(rec)["month"] == "mar"
    season = one("efetch_pubmed_20386227_season_date_2019_indented.xml")
    assert (season.year, season.month) == ("2010", "Spring")
    assert "month" not in record_to_fields(season)


def test_non_ascii_and_character_references():
    rec = one("efetch_pubmed_31746150_non_ascii_authors.xml")
    assert rec.authors[:2] == (
        PubMedAuthor("López", "Lázaro", "L"),
        PubMedAuthor("Calderón", "Diana", "D"),
    )
    assert rec.pages == "e972"
    refs = parse_efetch(load("efetch_pubmed_numeric_char_refs_2_records.xml"))
    assert [a.last for a in refs[1].authors] == ["González-Reyes", "Martínez", "Tovar"]
    assert [c for c in refs[0].abstract + refs[1].abstract if not c.isascii()] == ["α"]  # from &#x3b1;


def test_collective_author_braced_in_bibtex():
    rec = one("efetch_pubmed_29963580_collective_author_mathml.xml")
    assert rec.authors[-1] == PubMedAuthor(collective="Canadian Respiratory Research Network")
    author = record_to_fields(rec)["author"]
    assert author.endswith(" and Parraga, Grace and {Canadian Respiratory Research Network}")
    entry = Entry("guo2018", "article", {"author": author})
    assert entry.authors[-1].last == "Canadian Respiratory Research Network"
    assert "He 3 / Xe 129 MRI" in rec.abstract  # MathML text kept, not dropped


def test_suffix_author():
    rec = parse_efetch(_metapub()["31789841.xml"])[0]
    artino = next(a for a in rec.authors if a.suffix)
    assert artino == PubMedAuthor("Artino", "Anthony R", "AR", "Jr")
    assert "Artino, Jr, Anthony R" in record_to_fields(rec)["author"]
    assert Entry("x", "article", {"author": record_to_fields(rec)["author"]}).authors[
        rec.authors.index(artino)
    ].jr == "Jr"


def test_comment_in_correction():
    rec = parse_efetch(_metapub()["25364329.xml"])[0]
    assert [c.kind for c in rec.corrections] == ["CommentIn"]
    assert rec.corrections[0].source.startswith("Commentary on:")


def test_book_and_chapter():
    book = one("efetch_pubmed_26468569_book_collective_authors.xml")
    assert book.is_book and record_entry_type(book) == "book"
    assert len(book.authors) == 6 and all(a.collective for a in book.authors)
    fields = record_to_fields(book)
    assert fields["publisher"] == "National Academies Press (US)"
    assert fields["isbn"] == "9780309376662"
    assert fields["doi"] == "10.17226/21775"
    assert fields["author"].startswith("{Committee on Predictive-Toxicology Approaches")
    chapter = one("efetch_pubmed_20301382_book_chapter_genereviews.xml")
    assert record_entry_type(chapter) == "incollection"
    assert chapter.title == "Single Large-Scale Mitochondrial DNA Deletion Syndromes"
    assert chapter.book_title == "GeneReviews®"
    assert [a.last for a in chapter.authors] == ["Goldstein", "Falk"]
    assert chapter.editors[0] == PubMedAuthor("Adam", "Margaret P", "MP")
    assert chapter.abstract_sections[0][0] == "CLINICAL CHARACTERISTICS"


def test_batch_order_and_split():
    body = load("efetch_pubmed_batch_6_records.xml")
    pmids = [r.pmid for r in parse_efetch(body)]
    assert pmids == ["19008416", "18927361", "18787170", "18487186", "18239126", "18239125"]
    parts = split_efetch(body)
    assert [p for p, _ in parts] == pmids
    again = parse_efetch(b"".join(x for _, x in parts))  # fragments re-wrapped
    assert again == parse_efetch(body)


def test_latex_specials_escaped_and_readable():
    rec = one("efetch_pubmed_31588070_structured_abstract_mesh_pmc.xml")
    mesh = record_to_fields(rec)["mesh"]
    assert "\\&" in mesh
    assert to_text(mesh).startswith("Acute Disease; Anticoagulants/administration & dosage")


def test_expand_pages_and_months():
    assert expand_pages("351-4") == "351--354"
    assert expand_pages("1653-1786") == "1653--1786"
    assert expand_pages("S1-5") == "S1--S5"
    assert expand_pages("e972") == "e972"
    assert expand_pages("R25-32") == "R25--R32"
    assert [month_abbrev(m) for m in ("Mar", "03", "Nov-Dec", "Spring", "13", "")] == ["mar", "mar", "nov", "", "", ""]


# ---------------------------------------------------------------- the 362 real records


def _metapub() -> dict[str, bytes]:
    with tarfile.open(FIX / "data" / "metapub-pmid_xml.tar.gz") as tar:
        return {
            Path(m.name).name: tar.extractfile(m).read()  # type: ignore[union-attr]
            for m in tar.getmembers()
            if m.isfile() and m.name.endswith(".xml")
        }


def test_all_362_real_records_parse():
    per_source = {}
    records = []
    for name in ("sr-project-pubmed_result.xml", "pubMR-pubmed_result.xml"):
        recs = parse_efetch((FIX / "data" / name).read_bytes())
        per_source[name] = len(recs)
        records += recs
    metapub = _metapub()
    assert len(metapub) == 164
    meta = [parse_efetch(body) for body in metapub.values()]
    per_source["metapub"] = sum(len(r) for r in meta)
    assert sum(1 for r in meta if not r) == 1  # 37909814.xml is an empty set
    records += [r for recs in meta for r in recs]
    assert per_source == {"sr-project-pubmed_result.xml": 106, "pubMR-pubmed_result.xml": 93, "metapub": 163}
    assert len(records) == 362
    assert all(r.pmid.isdigit() and r.title and r.year for r in records)
    assert sum(1 for r in records if r.doi) == 334
    assert sum(1 for r in records if r.pmcid) == 170
    assert sum(1 for r in records if r.abstract) == 343
    assert sum(1 for r in records if r.mesh) == 296
    for r in records:
        fields = record_to_fields(r)
        assert fields["pmid"] == r.pmid
        assert fields["title"].count("{") == fields["title"].count("}")


def test_bibtex_fields_lists_everything_record_to_fields_fills() -> None:
    from evidence.sources.fields import BIBTEX_FIELDS

    seen: set[str] = set()
    for path in sorted(FIX.glob("efetch_pubmed_*.xml")):  # (every recorded efetch answer parses)
        for rec in parse_efetch(path.read_bytes()):
            seen |= set(record_to_fields(rec))
    assert seen <= BIBTEX_FIELDS and {"abstract", "mesh", "pubtype", "erratum", "retracted"} <= seen
