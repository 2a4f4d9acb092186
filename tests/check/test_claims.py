"""Claims: the sentence and clause a citation backs, never a heading above it."""

from __future__ import annotations

from evidence.check.checker import check_manuscript
from evidence.check.citations import find_citations
from evidence.check.claims import find_claims
from evidence.check.manuscript import Manuscript
from tests.fixtures.check.library import seed_entries


def test_headings_are_not_part_of_the_claim() -> None:
    text = ("# Results\nKetamine improved depressive symptoms within 72 hours (Berman et al., 2000).\n\n"
            "\\section{Discussion}\nSynapses matter (Duman & Aghajanian, 2012).\n")
    report = check_manuscript(Manuscript.from_text(text, kind="markdown"), seed_entries())
    assert [r.clause for r in report.results] == ["Ketamine improved depressive symptoms within 72 hours",
                                                  "Synapses matter."]
    docx_like = "Ketamine draft\nKetamine improved depressive symptoms within 72 hours (Berman et al., 2000).\n"
    report = check_manuscript(Manuscript.from_text(docx_like, kind="docx"), seed_entries())
    assert report.results[0].claim == "Ketamine improved depressive symptoms within 72 hours (Berman et al., 2000)."


def test_clauses_of_parenthetical_narrative_and_pandoc_citations() -> None:
    m = Manuscript.from_text("Ketamine acts within hours (Berman et al., 2000), unlike SSRIs (Duman & Aghajanian, "
                             "2012). Zanos and Gould (2018) review the mechanisms. Two reviews agree "
                             "[@zanos2018; @duman2012].", "markdown")
    first = "Ketamine acts within hours (Berman et al., 2000), unlike SSRIs (Duman & Aghajanian, 2012)."
    assert find_claims(m, find_citations(m)) == {
        1: ("Two reviews agree [@zanos2018; @duman2012].", "Two reviews agree"),
        2: (first, "Ketamine acts within hours"),
        3: (first, "unlike SSRIs."),
        4: ("Zanos and Gould (2018) review the mechanisms.", "review the mechanisms."),
    }


def test_a_decimal_after_a_citation_keeps_its_space() -> None:
    m = Manuscript.from_text("Berman et al. (2000) reported a kappa of .81 , then .79 .\n", "markdown")
    assert find_claims(m, find_citations(m)) == {
        1: ("Berman et al. (2000) reported a kappa of .81 , then .79 .", "reported a kappa of .81, then .79.")}


def test_a_sentence_that_runs_on_after_a_citation_in_its_middle() -> None:
    m = Manuscript.from_text("Owners in the validation study (Wilkins et al., 2024) filled in both forms within 60 "
                             "days. Ketamine acts fast (Berman et al., 2000) and SSRIs act slowly (Duman, 2012).",
                             "markdown")
    assert [clause for _, clause in find_claims(m, find_citations(m)).values()] == [
        "Owners in the validation study filled in both forms within 60 days.", "Ketamine acts fast",
        "and SSRIs act slowly"]


def test_two_citations_that_share_what_follows() -> None:
    m = Manuscript.from_text("Zanos et al. (2018) and Kishimoto et al. (2016) reported rapid effects. Both Zanos et "
                             "al.'s 2018 review and Kishimoto et al.'s 2016 meta-analysis agreed.", "markdown")
    assert [clause for _, clause in find_claims(m, find_citations(m)).values()] == [
        "and reported rapid effects.", "and reported rapid effects.", "Both and agreed.", "and agreed."]


def test_words_left_hanging_where_a_citation_stood_are_dropped() -> None:
    # the second round-eleven review: "According to, ketamine ...", "... always leads to remission, as show."
    from evidence.check.citations import find_citations
    from evidence.check.claims import find_claims
    from evidence.check.manuscript import Manuscript

    def claim(text: str) -> str:
        m = Manuscript.from_text(text, "markdown")
        cites = find_citations(m)
        return find_claims(m, cites)[cites[0].group][1]

    assert claim("According to Berman et al. (2000), ketamine slowly reduces symptoms.") == \
        "ketamine slowly reduces symptoms."
    assert claim("Ketamine always leads to remission, as Berman et al. (2000) show.") == \
        "Ketamine always leads to remission"
    assert claim("Ketamine works (Berman et al., 2000).") == "Ketamine works."
