"""The whole check on a library built from real PubMed records and the seed ketamine works."""

from __future__ import annotations

from pathlib import Path

import evidence.check
from evidence.check.checker import check_manuscript, cited_entries
from evidence.check.manuscript import Manuscript, read_manuscript
from evidence.check.results import RESOLVED, UNRESOLVED, CheckReport
from evidence.model import Entry
from tests.fixtures.check.library import library, seed_entries

MANUSCRIPTS = Path(__file__).parent.parent / "manuscripts"

def _report(name: str = "ketamine.md", entries: list[Entry] | None = None) -> CheckReport:
    return check_manuscript(read_manuscript(MANUSCRIPTS / name), library() if entries is None else entries)


def test_summary_counts_and_uncited() -> None:
    report = _report()
    assert report.counts == {"citations": 37, "resolved": 30, "ambiguous": 0, "unresolved": 7, "flagged": 17,
                             "flags": 21, "cited_entries": 21, "uncited_entries": 95, "library_entries": 116}
    uncited = {e.key for e in report.uncited}
    assert len(uncited) == 95 and "berman2000" not in uncited and "ely2015095" in uncited
    assert report.exit_code() == 0 and report.exit_code(strict=True) == 1


def test_docx_manuscript_check() -> None:
    report = _report("ketamine.docx")
    assert [(r.citation.line, r.status) for r in report.results] == [
        (2, RESOLVED), (3, RESOLVED), (5, RESOLVED), (5, RESOLVED), (6, UNRESOLVED)]


def test_large_repeated_manuscript_scales_linearly() -> None:
    text = (MANUSCRIPTS / "ketamine.md").read_text(encoding="utf-8")
    body = text[: text.index("## References")]
    report = check_manuscript(Manuscript.from_text(body * 40, "markdown"), library())
    assert report.counts["citations"] == 37 * 40
    assert report.counts["resolved"] == 30 * 40


KETAMINE_CITED = ["berman2000", "duman2012", "zanos2018", "zanos2018mechanisms", "xu2016", "andrade2017",
                  "feifel2017", "abbar2022", "fond2014", "kishimoto2016", "gali-muhtasib2004533", "van2013333",
                  "mfouo-tynga2014060", "lakkakula2014652", "al-saleem2005584", "içli2010127", "ruff1998669",
                  "ibrahem2015541", "skead2015653", "tantawy2010983", "kuchenbaecker2015431"]


def test_cited_entries_in_order_of_first_citation() -> None:
    manuscript = read_manuscript(MANUSCRIPTS / "ketamine.md")
    cited = cited_entries(manuscript, library())
    assert [e.key for e in cited.entries] == KETAMINE_CITED
    assert [(r.citation.line, r.citation.label) for r in cited.unresolved] == [
        (13, "Xu et al., 2019"), (19, "@nobody2020"), (22, "Fond et al., 2015"), (37, "Kuchenbaeker et al., 2015"),
        (38, "World Health Organization, 2019"), (38, "WHO, 2019"), (38, "El-Hage et al., in press")]
    assert cited.ambiguous == []
    # the same resolution as the full check, without evidence or flags
    full = check_manuscript(manuscript, library())
    assert list(dict.fromkeys(r.entry.key for r in full.results if r.entry)) == KETAMINE_CITED
    assert all(r.evidence == [] and r.claim == "" for r in cited.unresolved)


def test_cited_entries_numbers_and_ambiguous() -> None:
    cited = cited_entries(read_manuscript(MANUSCRIPTS / "numbered.txt"), library())
    assert [e.key for e in cited.entries] == ["berman2000", "ruff1998669", "duman2012", "zhu2006536"]
    assert [(r.citation.label, r.reason) for r in cited.unresolved] == [("[99]", "no item 99 in the reference list")]
    m = Manuscript.from_text("A (Zanos & Gould, 2018). B (Zanos, 2018). C (Berman et al., 2000; Zanos & Gould, 2018).")
    cited = cited_entries(m, seed_entries())
    assert [e.key for e in cited.entries] == ["zanos2018mechanisms", "berman2000"]
    assert [(r.citation.label, sorted(e.key for e in r.candidates)) for r in cited.ambiguous] == [
        ("Zanos, 2018", ["zanos2018", "zanos2018mechanisms"])]
    assert cited.unresolved == []


def test_package_exports_the_public_api() -> None:
    assert sorted(evidence.check.__all__) == sorted([
        "check_manuscript", "CheckReport", "CitationResult", "CitedEntries", "EvidenceSentence", "Flag",
        "read_manuscript", "Manuscript", "render_text", "render_json", "render_html", "cited_entries"])
    assert evidence.check.check_manuscript is check_manuscript
    assert evidence.check.CheckReport is CheckReport
