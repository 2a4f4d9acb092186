"""Sentence splitting: abbreviations, initials and headings."""

from __future__ import annotations

from evidence.check.sentences import split_sentences


def test_split_sentences_keeps_abbreviations_together() -> None:
    text = "Berman et al. (2000) found it, e.g. in 7 pts. Fig. 2 shows R. M. Berman. Next one!"
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "Berman et al. (2000) found it, e.g. in 7 pts.", "Fig. 2 shows R. M. Berman.", "Next one!"]


def test_a_paragraph_ends_a_sentence_after_a_hyphenated_capital() -> None:
    text = "Recall was scored with the RAVLT-B.\n\nScores rose. Then J. Smith left."
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "Recall was scored with the RAVLT-B.", "Scores rose.", "Then J. Smith left."]
    text = "It was measured by the HADS-A. Anxiety fell."
    assert [text[s:e] for s, e in split_sentences(text)] == ["It was measured by the HADS-A.", "Anxiety fell."]
