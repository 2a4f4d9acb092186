"""fulltext / show --fulltext / check --abstract-only from the CLI, against a real local HTTP server.

The server wraps a real PMC OA .nxml in ``<pmc-articleset>`` as PMC's efetch does
(``pubmed_server.pmc_article``). Library entries take title and abstract from the same article.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from pubmed_server import FakeNCBI, fixture, pmc_article

from cli import cli
from evidence.sources.jats import split_articles
from evidence.store.library import Library

OHIP = Path(__file__).parent / "fixtures" / "pmc" / "pmcoa_PMC2329613_1472-6831-8-11.nxml"


@pytest.fixture
def ncbi(ncbi: FakeNCBI, monkeypatch: pytest.MonkeyPatch) -> FakeNCBI:
    monkeypatch.setenv("EVIDENCE_EUTILS_URL", ncbi.base_url)
    monkeypatch.setenv("EVIDENCE_IDCONV_URL", ncbi.idconv_url)
    monkeypatch.setenv("EVIDENCE_EUROPEPMC_URL", ncbi.europepmc_url)
    ncbi.pmc["2329613"] = pmc_article(OHIP.name)
    ncbi.idconv["10.1038/ng.590"] = (200, fixture("idconv_v1_doi_json.json"))
    return ncbi


@pytest.fixture
def library(tmp_path: Path) -> Path:
    article = split_articles(OHIP.read_bytes())[0][0]
    abstract = " ".join(p.text for p in article.passages if p.kind == "abstract")
    path = tmp_path / "lib.bib"
    path.write_text(
        f"@article{{ohip2008,\n  author = {{John, M. T. and others}},\n  title = {{{article.title}}},\n"
        f"  year = 2008,\n  abstract = {{{abstract}}},\n  pmcid = {{PMC2329613}},\n}}\n\n"
        "@article{ng2010,\n  author = {Someone, A.},\n  title = {A work PMC has no open text for},\n  year = 2010,\n"
        "  doi = {10.1038/ng.590},\n}\n\n"
        "@article{noids,\n  author = {Other, B.},\n  title = {No identifiers at all},\n  year = 2001,\n}\n",
        encoding="utf-8")
    return path


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def test_dry_run_says_what_would_be_fetched_and_fetches_nothing(library: Path, ncbi: FakeNCBI) -> None:
    code, out, err = run("-l", str(library), "fulltext", "--dry-run")
    assert code == 0, err
    assert out == "ohip2008: would fetch PMC2329613\nng2010: would fetch PMC2883744\nnoids: no PMCID\n"
    assert err == ("Dry run, nothing fetched: 0 fetched, 0 already stored, 2 to fetch, 0 without open full text, "
                   "1 without a PMCID\n")
    assert ncbi.count("/efetch.fcgi") == 0


def test_a_pmid_known_to_name_another_work_fetches_nothing_for_the_entry(library: Path, ncbi: FakeNCBI) -> None:
    # the entry carries the PMID of a Cell Reports paper; once enrich has learnt that, its PMCID (which came
    # with it) is not trusted either: no text, alias or notice of the other work reaches the entry
    from evidence.sources.changes import entry_from_record
    from evidence.sources.records import parse_efetch
    from evidence.store.paths import default_data_root
    from evidence.wrongids import KnownIds

    text = library.read_text(encoding="utf-8").replace("  pmcid = {PMC2329613},", "  pmid = {35649368},\n"
                                                       "  pmcid = {PMC2329613},")
    library.write_text(text, encoding="utf-8")
    cell = entry_from_record(parse_efetch(fixture("efetch_pubmed_35649368_erratum_in.xml"))[0], "record")
    known = KnownIds.in_folder(default_data_root())
    assert known.learn(Library.load(library).get("ohip2008"), cell)
    known.save()
    code, out, err = run("-l", str(library), "fulltext", "ohip2008", "--dry-run")
    assert (code, out) == (0, "ohip2008: no PMCID\n"), err
    assert ncbi.count("/efetch.fcgi") == 0


def test_fetch_then_stored_and_the_bib_is_untouched(library: Path, ncbi: FakeNCBI) -> None:
    before = library.read_bytes()
    code, out, err = run("-l", str(library), "fulltext")
    assert code == 0, err
    assert out == ("ohip2008: fetched PMC2329613 (pmc, http://creativecommons.org/licenses/by/2.0)\n"
                   "ng2010: no open full text PMC2883744\nnoids: no PMCID\n")
    assert err == "1 fetched, 0 already stored, 0 to fetch, 1 without open full text, 1 without a PMCID\n"
    assert library.read_bytes() == before  # full text never goes into the .bib
    code, out, err = run("-l", str(library), "fulltext", "ohip2008", "ng2010", "--json")
    assert code == 0, err
    assert json.loads(out) == {"dry_run": False, "requests": 0, "results": [
        {"key": "ohip2008", "status": "cached", "pmcid": "PMC2329613", "source": "pmc",
         "licence": "http://creativecommons.org/licenses/by/2.0"},
        {"key": "ng2010", "status": "closed", "pmcid": "PMC2883744", "source": "pmc", "licence": None}],
        "notices": []}
    assert ncbi.count("/efetch.fcgi") == 1
    code, out, err = run("-l", str(library), "show", "ng2010", "--fulltext")
    assert out.splitlines()[-1].startswith(
        "No open full text for ng2010: PMC has no XML full text of PMC2883744 to share (checked ")


def test_offline_without_the_text_is_one_error_line(library: Path, ncbi: FakeNCBI) -> None:
    code, out, err = run("-l", str(library), "fulltext", "ohip2008", "--offline")
    assert (code, out) == (1, "")
    assert err == ("Error: offline mode: full text of PMC2329613 not in the cache "
                   "(run once without --offline to fetch and cache them)\n")


def test_show_fulltext_prints_sections_with_the_licence(library: Path, ncbi: FakeNCBI) -> None:
    code, out, err = run("-l", str(library), "show", "ohip2008", "--fulltext")
    assert code == 0, err
    assert out.endswith("\nNo stored full text for ohip2008 (run `evidence fulltext ohip2008`).\n")
    run("-l", str(library), "fulltext", "ohip2008")
    code, out, err = run("-l", str(library), "show", "ohip2008", "--fulltext")
    assert code == 0, err
    lines = out.splitlines()
    start = lines.index("Licence: http://creativecommons.org/licenses/by/2.0")
    assert lines[start - 1].startswith("Full text PMC2329613 (pmc, fetched ")
    assert lines[start + 1: start + 4] == ["", "Abstract > Background",
                                           "The purpose of this study was to make a cross-culturally adapted, Dutch "
                                           "version of the Oral Health"]
    assert "Methods > Study sample and procedure" in lines and "Table 4" in lines
    assert "Pre-publication history" not in lines  # back matter is never shown as the text
    code, out, err = run("-l", str(library), "show", "ohip2008", "--fulltext", "--json")
    data = json.loads(out)[0]["fulltext"]
    assert (data["pmcid"], data["licence"], data["source"]) == (
        "PMC2329613", "http://creativecommons.org/licenses/by/2.0", "pmc")
    assert data["sections"][0] == {"section": "Abstract > Background", "kind": "abstract", "text": (
        "The purpose of this study was to make a cross-culturally adapted, Dutch version of the Oral Health Impact "
        "Profile (OHIP), a 49-item questionnaire measuring oral health-related quality of life, and to examine its "
        "psychometric properties.")}


def test_check_uses_full_text_unless_abstract_only(library: Path, ncbi: FakeNCBI, tmp_path: Path) -> None:
    draft = tmp_path / "draft.md"
    draft.write_text("Patients were recruited over 4 months [@ohip2008].\n", encoding="utf-8")
    run("-l", str(library), "fulltext", "ohip2008")
    code, out, err = run("-l", str(library), "check", str(draft), "--abstract-only")
    assert code == 0, err
    assert "  flag:     '4 months' not found in the title or abstract: does the source give this duration?" \
        in out.splitlines()
    code, out, err = run("-l", str(library), "check", str(draft))
    assert code == 0, err
    lines = out.splitlines()
    assert "flag:" not in out
    assert ("  found:    '4 months' found in Methods > Study sample and procedure: 'In order to study the "
            "reliability and construct validity of the OHIP-NL, a convenience sample of 119 consecutive patients "
            "(68.9 % women; mean age ± SD = 57.1 ± 12.2 yrs) was recruited during a pre-specified period of "
            "4 months.'") in lines
    assert any(line.startswith("  evidence: [Methods > Study sample and procedure ") for line in lines)
    html = tmp_path / "report.html"
    code, out, err = run("-l", str(library), "check", str(draft), "--html", str(html))
    page = html.read_text(encoding="utf-8")
    assert ('<a class="section" href="https://pmc.ncbi.nlm.nih.gov/articles/PMC2329613/">Methods &gt; Study sample '
            'and procedure</a> <span class="licence">(PMC2329613, <a href="http://creativecommons.org/licenses/by/2.0">'
            'CC BY 2.0</a>)</span>') in page
    assert '<ul class="found"><li>Found in <a href="https://pmc.ncbi.nlm.nih.gov/articles/PMC2329613/">' in page


NOTICE_LIBRARY = """@article{review2024,
  author = {Huang, Sijia and others},
  title = {Digital Mental Health Interventions for Alleviating Depression and Anxiety During Psychotherapy
           Waiting Lists: Systematic Review},
  year = 2024,
  pmcid = {PMC11422735},
}

@article{scoping2025,
  author = {Chau, Leena W. and others},
  title = {Digital Health Interventions for Depression and Anxiety in Low- and Middle-Income Countries},
  year = 2025,
  pmcid = {PMC12413575},
}

@article{cited2022,
  author = {Someone, A.},
  title = {A work cited by the scoping review},
  year = 2022,
  pmid = {35432513},
  pmcid = {PMC9007657},
}

@article{erj2021,
  author = {Someone, B.},
  title = {The article the ERJ Open Research notice corrects},
  year = 2021,
  doi = {10.1183/23120541.00193-2021},
}

@article{notice2021,
  author = {Someone, C.},
  title = {Author correction},
  year = 2021,
  pmcid = {PMC8435807},
}
"""


@pytest.fixture
def notices(ncbi: FakeNCBI, tmp_path: Path) -> Path:
    """Real efetch db=pmc answers: an article linking forward to its correction, a review whose reference list
    marks a cited work retracted, a correction notice linking back (the server re-wraps each <article>)."""
    for digits, name in (("11422735", "efetch_pmc_PMC11422735_correction_forward.xml"),
                         ("12413575", "efetch_pmc_PMC12413575_reference_retraction_forward.xml"),
                         ("8435807", "efetch_pmc_PMC8435807_correction_with_body.xml")):
        ncbi.pmc[digits] = pmc_article(name)
    path = tmp_path / "notices.bib"
    path.write_text(NOTICE_LIBRARY, encoding="utf-8")
    return path


def test_fulltext_writes_the_notices_pmc_links_and_show_lint_check_report_them(notices: Path, tmp_path: Path) -> None:
    keys = ("review2024", "scoping2025", "cited2022", "notice2021")
    code, out, err = run("-l", str(notices), "fulltext", *keys, "--dry-run")
    assert code == 0, err
    assert "PMC links" not in out  # nothing stored yet, so no notice known
    code, out, err = run("-l", str(notices), "fulltext", *keys)
    assert code == 0, err
    assert out.splitlines()[4:] == ["review2024: PMC links a notice (PMC11422735)", "  + erratum = 39413370",
                                    "cited2022: PMC links a notice (PMC12413575)", "  + retracted = PMC10586429"]
    assert err == ("3 fetched, 0 already stored, 0 to fetch, 1 without open full text, 0 without a PMCID; "
                   "2 entries with a new notice\nwarning: cited2022 is RETRACTED according to PMC\n")
    code, out, err = run("-l", str(notices), "fulltext", "erj2021", "--offline")  # offline: no ID converter
    assert (code, out) == (0, "erj2021: no PMCID\nerj2021: PMC links a notice (PMC8435807)\n"
                              "  + erratum = 34527728\n")
    text = notices.read_text(encoding="utf-8")
    assert "  pmcid = {PMC11422735},\n  erratum = {39413370},\n}" in text
    assert "  pmcid = {PMC9007657},\n  retracted = {PMC10586429},\n}" in text
    assert "  doi = {10.1183/23120541.00193-2021},\n  erratum = {34527728},\n}" in text
    assert text.count("erratum") == 2 and text.count("retracted") == 1
    code, out, err = run("-l", str(notices), "fulltext", *keys, "erj2021", "--offline", "--json")
    assert (code, json.loads(out)["notices"]) == (0, [])  # written once: nothing new to add
    code, out, err = run("-l", str(notices), "show", "cited2022", "review2024", "erj2021")
    lines = out.splitlines()
    assert [line for line in lines if "RETRACTED" in line or "Erratum" in line] == [
        "RETRACTED (retraction notice PMC10586429)", "key        cited2022  (article, RETRACTED)",
        "Erratum published (PMID 39413370)", "Erratum published (PMID 34527728)"]
    code, out, err = run("-l", str(notices), "lint")
    assert [line.split(": ", 1)[1] for line in out.splitlines() if "[retracted]" in line or "[erratum]" in line] == [
        "warning [erratum] review2024: the work has a published erratum (PMID 39413370) "
        "(read the notice before citing the work)",
        "warning [retracted] cited2022: the work is retracted (notice PMC10586429) (cite it only as a retracted work)",
        "warning [erratum] erj2021: the work has a published erratum (PMID 34527728) "
        "(read the notice before citing the work)"]
    draft = tmp_path / "draft.md"
    draft.write_text("Waiting lists were shortened [@review2024]. Anxiety fell [@cited2022].\n", encoding="utf-8")
    code, out, err = run("-l", str(notices), "check", str(draft))
    assert code == 0, err
    assert [line for line in out.splitlines() if line.startswith("  flag:") and "no abstract" not in line] == [
        "  flag:     this work has a published erratum (PMID 39413370): does the correction affect the claim?",
        "  flag:     this work has been retracted (retraction notice PMC10586429): should it be cited as "
        "evidence?"]


def test_show_names_an_expression_of_concern_as_it_names_an_erratum(tmp_path: Path) -> None:
    library = tmp_path / "concern.bib"
    library.write_text("@article{eoc2020,\n  title = {A work under concern},\n  year = 2020,\n"
                       "  concern = {10.1371/journal.pone.0097541},\n}\n", encoding="utf-8")
    code, out, err = run("-l", str(library), "show", "eoc2020")
    assert (code, out.splitlines()[:2]) == (0, ["Expression of concern (10.1371/journal.pone.0097541)",
                                                "key        eoc2020  (article)"])
    assert "concern    " not in out  # shown once, as the notice, not again as a plain field
