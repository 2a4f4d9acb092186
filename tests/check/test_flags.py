"""Flags: retractions, errata, design, and specifics (numbers, durations, terms) the abstract does not give."""

from __future__ import annotations

from pathlib import Path

from evidence.check.checker import check_manuscript
from evidence.check.flags import FlagFinder
from evidence.check.manuscript import Manuscript, read_manuscript
from evidence.check.results import CheckReport
from evidence.model import Entry
from tests.fixtures.check.library import library, pubmed_entries

MANUSCRIPTS = Path(__file__).parent.parent / "manuscripts"

FLAGS = [
    (7, 'Berman et al., 2000', []),
    (8, 'Berman et al., 2000', []),
    (9, 'Berman et al., 2000', ['1 week', 'treatment-resistant']),
    (10, 'Duman & Aghajanian, 2012', []),
    (11, 'Duman & Aghajanian, 2012', ['PTSD']),
    (12, 'Zanos et al., 2018', ['no-abstract']),
    (12, 'Zanos & Gould, 2018', ['no-abstract']),
    (12, 'Duman & Aghajanian, 2012', []),
    (13, 'Xu et al., 2019', []),
    (14, 'Xu et al., 2016', ['no-abstract']),
    (15, 'Andrade, 2017a', ['no-abstract']),
    (16, 'Feifel et al., 2017', ['author-count', 'no-abstract']),
    (17, '@abbar2022', ['no-abstract']),
    (18, '@fond2014', ['no-abstract']),
    (18, '@kishimoto2016', ['no-abstract']),
    (18, '@zanos2018mechanisms', ['no-abstract']),
    (19, '@nobody2020', []),
    (20, 'Kishimoto et al., 2016', ['no-abstract']),
    (22, 'Fond et al., 2014', ['no-abstract']),
    (22, 'Fond et al., 2015', []),
    (26, 'Gali-Muhtasib et al., 2004', []),
    (27, 'van der Watt, Stowell, & Leaner, 2013', []),
    (27, 'van der Watt et al., 2013', []),
    (28, 'Mfouo-Tynga et al., 2014', []),
    (29, 'Lakkakula & Macedo Krause, 2014', []),
    (30, 'Al-Saleem & Al-Mondhiry, 2005', ['trial', 'randomized']),
    (31, 'Icli et al., 2010', []),
    (32, 'Ruff et al., 1998', []),
    (33, 'Ruff et al., 1998', ['20 weeks', 'intravenous']),
    (34, 'Ibrahem et al., 2015', []),
    (35, 'Skead & Govender, 2015', ['erratum']),
    (36, 'Tantawy et al., 2010', ['erratum']),
    (37, 'Kuchenbaecker et al., 2015', []),
    (37, 'Kuchenbaeker et al., 2015', []),
    (38, 'World Health Organization, 2019', []),
    (38, 'WHO, 2019', []),
    (38, 'El-Hage et al., in press', []),
]


def _report(name: str = "ketamine.md", entries: list[Entry] | None = None) -> CheckReport:
    return check_manuscript(read_manuscript(MANUSCRIPTS / name), library() if entries is None else entries)


def test_flags_on_supported_overstated_and_misdated_claims() -> None:
    report = _report()
    assert [(r.citation.line, r.citation.label, [f.term or f.kind for f in r.flags]) for r in report.results] == FLAGS


def test_overstated_claim_messages_are_prompts() -> None:
    result = _report().results[2]
    assert [f.message for f in result.flags] == [
        "'1 week' not found in the title or abstract: does the source give this duration?",
        "'treatment-resistant' not found in the title or abstract: does the source give this population or condition?",
    ]


def test_retracted_work_is_flagged_first() -> None:
    entries = pubmed_entries()
    ruff = next(e for e in entries if e.key == "ruff1998669")
    ruff.set("pubtype", ruff.get("pubtype") + "; Retracted Publication")
    ruff.set("retracted", "12345678")
    report = check_manuscript(Manuscript.from_text("Clofazimine was tried (Ruff et al., 1998)."), entries)
    assert report.results[0].flags[0].to_dict() == {
        "kind": "retracted", "term": None,
        "message": "PubMed marks this work as retracted (retraction notice PMID 12345678): "
                   "should it be cited as evidence?"}


def test_design_flags_use_pubtype() -> None:
    m = Manuscript.from_text("A meta-analysis showed responses within hours (Duman & Aghajanian, 2012). "
                             "A large meta-analysis found six loci (Kuchenbaecker et al., 2015).")
    report = check_manuscript(m, library())
    assert [f.kind for f in report.results[0].flags] == ["design", "missing-specific"]
    assert report.results[0].flags[0].message == ("the claim says 'meta-analysis' but PubMed lists this work as "
                                                  "'Journal Article; Review': is it the meta-analysis you mean?")
    assert report.results[1].flags == []


def test_abbreviations_match_long_forms() -> None:
    m = Manuscript.from_text("DNMT3A is frequent in acute myeloid leukemia (Ibrahem et al., 2015). "
                             "Ketamine helps in TRD (Duman & Aghajanian, 2012).")
    report = check_manuscript(m, library())
    assert report.results[0].flags == []
    assert report.results[1].flags == []  # "resistant to typical antidepressants" is in the abstract


def test_numbers_match_number_words_and_durations_convert() -> None:
    m = Manuscript.from_text("Seven subjects (n = 7) improved within 3 days (Berman et al., 2000). "
                             "Thirty patients had 2 weeks of 600 mg (Ruff et al., 1998).")
    report = check_manuscript(m, library())
    assert report.results[0].flags == []  # "Seven subjects"; 72 hours == 3 days
    assert report.results[1].flags == []  # "Thirty patients", "two weeks", "600 mg"


def test_thousands_separators_are_one_number() -> None:
    entry = Entry("dicken2024", "article", {"author": "Dicken, S. and Li, J. and Wu, K.", "year": "2024",
                                            "title": "A review", "abstract": "The search retrieved 1131 results "
                                            "from 2000 patients."})
    text = "The search retrieved 1,131 results from 2,000 patients (Dicken et al., 2024).\n"
    report = check_manuscript(Manuscript.from_text(text), [entry])
    assert [f.term for f in report.results[0].flags] == []


def test_trial_phase_not_in_the_abstract_is_flagged() -> None:
    entry = Entry("nishio2018", "article", {"author": "Nishio, M. and Ohe, Y. and Ikeda, S.", "year": "2018",
                                            "title": "A dose-escalation study", "abstract": "This Phase 1 "
                                            "dose-escalation study enrolled patients with non-small cell lung cancer."})
    report = check_manuscript(Manuscript.from_text("A phase III trial showed benefit (Nishio et al., 2018).\n"),
                              [entry])
    assert "phase III" in [f.term for f in report.results[0].flags]
    report = check_manuscript(Manuscript.from_text("A phase I study enrolled patients (Nishio et al., 2018).\n"),
                              [entry])
    assert "phase I" not in [f.term for f in report.results[0].flags]


def test_erratum_without_notice_and_missing_abstract() -> None:
    entry = Entry("a1", "article", {"author": "A, B", "year": "2020", "title": "T", "erratum": "yes"})
    assert [f.to_dict() for f in FlagFinder().flags("Ketamine worked in 12 patients within 2 weeks", entry)] == [
        {"kind": "erratum", "term": None,
         "message": "this work has a published erratum: does the correction affect the claim?"},
        {"kind": "no-abstract", "term": None,
         "message": "no abstract in the library, so the claim could not be compared: "
                    "run `evidence enrich` to fetch it from PubMed"}]


def test_term_groups_number_words_and_durations_in_days() -> None:
    entry = Entry("a2", "article", {"author": "A, B", "year": "2020", "title": "Ketamine in twelve patients",
                                    "abstract": "Twelve patients improved after 14 days of oral ketamine."})
    flags = FlagFinder().flags("Ketamine worked in 12 patients within 2 weeks given intravenously to children", entry)
    assert [(f.kind, f.term) for f in flags] == [("missing-specific", "children"),
                                                 ("missing-specific", "intravenously")]
    assert flags[1].message == ("'intravenously' not found in the title or abstract: "
                                "does the source give this route of administration?")
