"""The manuscript check on a library built from real PubMed records and the seed ketamine works."""

from __future__ import annotations

from pathlib import Path

from evidence.check.checker import (
    AMBIGUOUS,
    RESOLVED,
    UNRESOLVED,
    CheckReport,
    LibraryIndex,
    bm25_scores,
    check_manuscript,
    split_sentences,
)
from evidence.check.manuscript import Manuscript, read_manuscript
from evidence.model import Entry
from tests.fixtures.check.library import library, pubmed_entries, seed_entries

MANUSCRIPTS = Path(__file__).parent.parent / "manuscripts"

# (line, citation, status, entry key, (suggestion reason, key)) for tests/manuscripts/ketamine.md
RESOLUTION = [
    (7, 'Berman et al., 2000', 'resolved', 'berman2000', None),
    (8, 'Berman et al., 2000', 'resolved', 'berman2000', None),
    (9, 'Berman et al., 2000', 'resolved', 'berman2000', None),
    (10, 'Duman & Aghajanian, 2012', 'resolved', 'duman2012', None),
    (11, 'Duman & Aghajanian, 2012', 'resolved', 'duman2012', None),
    (12, 'Zanos et al., 2018', 'resolved', 'zanos2018', None),
    (12, 'Zanos & Gould, 2018', 'resolved', 'zanos2018mechanisms', None),
    (12, 'Duman & Aghajanian, 2012', 'resolved', 'duman2012', None),
    (13, 'Xu et al., 2019', 'unresolved', None, ('misdated', 'xu2016')),
    (14, 'Xu et al., 2016', 'resolved', 'xu2016', None),
    (15, 'Andrade, 2017a', 'resolved', 'andrade2017', None),
    (16, 'Feifel et al., 2017', 'resolved', 'feifel2017', None),
    (17, '@abbar2022', 'resolved', 'abbar2022', None),
    (18, '@fond2014', 'resolved', 'fond2014', None),
    (18, '@kishimoto2016', 'resolved', 'kishimoto2016', None),
    (18, '@zanos2018mechanisms', 'resolved', 'zanos2018mechanisms', None),
    (19, '@nobody2020', 'unresolved', None, None),
    (20, 'Kishimoto et al., 2016', 'resolved', 'kishimoto2016', None),
    (22, 'Fond et al., 2014', 'resolved', 'fond2014', None),
    (22, 'Fond et al., 2015', 'unresolved', None, ('misdated', 'fond2014')),
    (26, 'Gali-Muhtasib et al., 2004', 'resolved', 'gali-muhtasib2004533', None),
    (27, 'van der Watt, Stowell, & Leaner, 2013', 'resolved', 'van2013333', None),
    (27, 'van der Watt et al., 2013', 'resolved', 'van2013333', None),
    (28, 'Mfouo-Tynga et al., 2014', 'resolved', 'mfouo-tynga2014060', None),
    (29, 'Lakkakula & Macedo Krause, 2014', 'resolved', 'lakkakula2014652', None),
    (30, 'Al-Saleem & Al-Mondhiry, 2005', 'resolved', 'al-saleem2005584', None),
    (31, 'Icli et al., 2010', 'resolved', 'içli2010127', None),
    (32, 'Ruff et al., 1998', 'resolved', 'ruff1998669', None),
    (33, 'Ruff et al., 1998', 'resolved', 'ruff1998669', None),
    (34, 'Ibrahem et al., 2015', 'resolved', 'ibrahem2015541', None),
    (35, 'Skead & Govender, 2015', 'resolved', 'skead2015653', None),
    (36, 'Tantawy et al., 2010', 'resolved', 'tantawy2010983', None),
    (37, 'Kuchenbaecker et al., 2015', 'resolved', 'kuchenbaecker2015431', None),
    (37, 'Kuchenbaeker et al., 2015', 'unresolved', None, ('spelling', 'kuchenbaecker2015431')),
    (38, 'World Health Organization, 2019', 'unresolved', None, None),
    (38, 'WHO, 2019', 'unresolved', None, None),
    (38, 'El-Hage et al., in press', 'unresolved', None, None),
]
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


def test_every_citation_resolves_exactly() -> None:
    report = _report()
    got = [(r.citation.line, r.citation.label, r.status, r.entry.key if r.entry else None,
            (r.suggestion.reason, r.suggestion.key) if r.suggestion else None) for r in report.results]
    assert got == RESOLUTION


def test_flags_on_supported_overstated_and_misdated_claims() -> None:
    report = _report()
    assert [(r.citation.line, r.citation.label, [f.term or f.kind for f in r.flags]) for r in report.results] == FLAGS


def test_summary_counts_and_uncited() -> None:
    report = _report()
    assert report.counts == {"citations": 37, "resolved": 30, "ambiguous": 0, "unresolved": 7, "flagged": 17,
                             "flags": 21, "cited_entries": 21, "uncited_entries": 95, "library_entries": 116}
    uncited = {e.key for e in report.uncited}
    assert len(uncited) == 95 and "berman2000" not in uncited and "ely2015095" in uncited
    assert report.exit_code() == 0 and report.exit_code(strict=True) == 1


def test_supported_claim_has_its_abstract_sentence_first() -> None:
    result = _report().results[1]  # Berman et al. (2000) found ... within 72 hours ...
    assert result.clause == "found that depressive symptoms improved within 72 hours of a single ketamine infusion."
    best = result.evidence[0]
    assert best.source == "abstract"
    assert best.text.startswith("Subjects with depression evidenced significant improvement in depressive symptoms within 72 hours")
    assert round(best.score, 2) == 7.0
    assert best.shared == ("depression", "improvement", "depressive", "symptoms", "within", "72", "hours",
                           "ketamine", "infusion")
    assert [best.text[s:e] for s, e in best.spans][:3] == ["depression", "improvement", "depressive"]
    assert result.flags == []


def test_overstated_claim_messages_are_prompts() -> None:
    result = _report().results[2]
    assert [f.message for f in result.flags] == [
        "'1 week' not found in the title or abstract: does the source give this duration?",
        "'treatment-resistant' not found in the title or abstract: does the source give this population or condition?",
    ]


def test_misdated_citation_suggests_the_same_authors_other_year() -> None:
    result = _report().results[8]
    assert result.status == UNRESOLVED and result.reason == "no Xu et al., 2019 in the library"
    assert result.suggestion.message == ("the library has Xu 2016 (xu2016); the manuscript says 2019: "
                                         "is the year wrong?")


def test_et_al_and_two_authors_pick_different_entries() -> None:
    entries = seed_entries()
    m = Manuscript.from_text("A (Zanos et al., 2018). B (Zanos & Gould, 2018). C (Zanos, 2018).")
    report = check_manuscript(m, entries)
    assert [(r.status, r.entry.key if r.entry else sorted(e.key for e in r.candidates)) for r in report.results] == [
        (RESOLVED, "zanos2018"), (RESOLVED, "zanos2018mechanisms"),
        (AMBIGUOUS, ["zanos2018", "zanos2018mechanisms"])]


def test_year_suffix_picks_by_key_then_title_order() -> None:
    entries = seed_entries()
    extra = Entry("andrade2017b", "article", {"author": "Andrade, Chittaranjan", "year": "2017",
                                              "title": "Ketamine for Depression, 5: Potential Pharmacokinetic and Pharmacodynamic Drug Interactions"})
    m = Manuscript.from_text("(Andrade, 2017b) and (Andrade, 2017a) and (Andrade, 2017).")
    report = check_manuscript(m, entries + [extra])
    assert [(r.status, r.entry.key if r.entry else None) for r in report.results] == [
        (RESOLVED, "andrade2017b"), (RESOLVED, "andrade2017"), (AMBIGUOUS, None)]


def test_accent_folding_and_in_press() -> None:
    entry = Entry("lancon2020", "article", {"author": "Lan{\\c{c}}on, Christophe and Roger, Matthieu", "year": "in press",
                                            "title": "A forthcoming work"})
    m = Manuscript.from_text("(Lancon & Roger, in press) and Lançon and Roger (2021).")
    report = check_manuscript(m, [entry])
    assert [(r.status, r.suggestion.reason if r.suggestion else None) for r in report.results] == [
        (RESOLVED, None), (UNRESOLVED, "misdated")]


def test_retracted_work_is_flagged_first() -> None:
    entries = pubmed_entries()
    ruff = next(e for e in entries if e.key == "ruff1998669")
    ruff.set("pubtype", ruff.get("pubtype") + "; Retracted Publication")
    ruff.set("retracted", "12345678")
    report = check_manuscript(Manuscript.from_text("Clofazimine was tried (Ruff et al., 1998)."), entries)
    assert report.results[0].flags[0].to_dict() == {
        "kind": "retracted", "term": None,
        "message": "PubMed marks this work as retracted (retraction notice PMID 12345678): should it be cited as evidence?"}


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


def test_numeric_citations_resolve_through_the_reference_list() -> None:
    report = _report("numbered.txt")
    assert [(r.citation.label, r.status, r.entry.key if r.entry else r.reason) for r in report.results] == [
        ("[1]", RESOLVED, "berman2000"), ("[2]", RESOLVED, "ruff1998669"), ("[3]", RESOLVED, "duman2012"),
        ("[1]", RESOLVED, "berman2000"), ("[2]", RESOLVED, "ruff1998669"), ("[3]", RESOLVED, "duman2012"),
        ("[5]", RESOLVED, "zhu2006536"), ("[99]", UNRESOLVED, "no item 99 in the reference list")]
    assert len(report.references) == 5


def test_latex_keys_resolve_and_unknown_key_gets_a_suggestion() -> None:
    report = _report("ketamine.tex")
    assert [(r.citation.key or r.citation.label, r.status) for r in report.results if r.status != RESOLVED] == [
        ("abbar2021", UNRESOLVED)]
    bad = next(r for r in report.results if r.status != RESOLVED)
    assert bad.suggestion.to_dict() == {"key": "abbar2022", "reason": "similar-key",
                                        "message": "no entry 'abbar2021'; did you mean 'abbar2022'?"}
    narrative = next(r for r in report.results if r.citation.key == "duman2012")
    assert narrative.clause == "describe rapid responses within hours, as do others"


def test_docx_manuscript_check() -> None:
    report = _report("ketamine.docx")
    assert [(r.citation.line, r.status) for r in report.results] == [
        (2, RESOLVED), (3, RESOLVED), (5, RESOLVED), (5, RESOLVED), (6, UNRESOLVED)]


def test_bm25_scores() -> None:
    docs = [["ketamin", "rapid"], ["ketamin", "slow", "slow"], ["placebo"]]
    scores = bm25_scores(["rapid", "ketamin"], docs)
    # by hand: idf(rapid)=ln(1+2.5/1.5)=0.9808, idf(ketamin)=ln(1.6)=0.4700; doc 1 has length == avgdl
    assert [round(s, 4) for s in scores] == [1.4508, 0.3902, 0.0]
    assert bm25_scores(["x"], []) == []


def test_split_sentences_keeps_abbreviations_together() -> None:
    text = "Berman et al. (2000) found it, e.g. in 7 pts. Fig. 2 shows R. M. Berman. Next one!"
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "Berman et al. (2000) found it, e.g. in 7 pts.", "Fig. 2 shows R. M. Berman.", "Next one!"]


def test_spelling_suggestion_uses_one_edit_neighbours() -> None:
    index = LibraryIndex.build(pubmed_entries())
    assert index.similar_surnames("kuchenbaeker") == ["kuchenbaecker"]
    assert index.similar_surnames("rufff") == ["ruff"]


def test_large_repeated_manuscript_scales_linearly() -> None:
    text = (MANUSCRIPTS / "ketamine.md").read_text(encoding="utf-8")
    body = text[: text.index("## References")]
    report = check_manuscript(Manuscript.from_text(body * 40, "markdown"), library())
    assert report.counts["citations"] == 37 * 40
    assert report.counts["resolved"] == 30 * 40


def test_headings_are_not_part_of_the_claim() -> None:
    text = ("# Results\nKetamine improved depressive symptoms within 72 hours (Berman et al., 2000).\n\n"
            "\\section{Discussion}\nSynapses matter (Duman & Aghajanian, 2012).\n")
    report = check_manuscript(Manuscript.from_text(text, kind="markdown"), seed_entries())
    assert [r.clause for r in report.results] == ["Ketamine improved depressive symptoms within 72 hours",
                                                  "Synapses matter."]
    docx_like = "Ketamine draft\nKetamine improved depressive symptoms within 72 hours (Berman et al., 2000).\n"
    report = check_manuscript(Manuscript.from_text(docx_like, kind="docx"), seed_entries())
    assert report.results[0].claim == "Ketamine improved depressive symptoms within 72 hours (Berman et al., 2000)."


def test_numbered_reference_without_subtitle_resolves() -> None:
    krystal = Entry("krystal2023", "article", {
        "author": "Krystal, John H and Kaye, Alfred P and Jefferson, Sarah", "year": "2023",
        "title": "Ketamine and the neurobiology of depression: Toward next-generation rapid-acting "
                 "antidepressant treatments", "journal": "Proc Natl Acad Sci U S A"})
    text = ("Ketamine acts fast [1].\n\nReferences\n\n1. Krystal JH, Kaye AP, Jefferson S, et al. Ketamine and the "
            "neurobiology of depression. Proc Natl Acad Sci U S A. 2023.\n")
    report = check_manuscript(Manuscript.from_text(text), [krystal])
    assert [(r.status, r.entry.key if r.entry else None) for r in report.results] == [(RESOLVED, "krystal2023")]


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
