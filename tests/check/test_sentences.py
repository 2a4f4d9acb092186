"""Sentence splitting: abbreviations, initials and headings."""

from __future__ import annotations

from evidence.check.sentences import split_sentences


def test_split_sentences_keeps_abbreviations_together() -> None:
    text = "Berman et al. (2000) found it, e.g. in 7 pts. Fig. 2 shows R. M. Berman. Next one!"
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "Berman et al. (2000) found it, e.g. in 7 pts.", "Fig. 2 shows R. M. Berman.", "Next one!"]
