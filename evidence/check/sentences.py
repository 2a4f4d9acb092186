"""Cutting text into sentences and words: abbreviations, initials, headings and line breaks."""

from __future__ import annotations

import bisect
import re

from evidence.model import fold

_ABBREV = {"al", "e.g", "i.e", "eg", "ie", "vs", "fig", "figs", "dr", "no", "cf", "p", "pp", "approx",
           "ca", "st", "mr", "mrs", "ms", "prof", "etc", "vol", "eq", "ref", "refs", "suppl", "jr", "sr",
           "sp", "spp", "subsp", "var", "cv"}  # ("Pseudomonas spp. EVs were ...": a genus, not a sentence's end)
_BOUNDARY_RE = re.compile(
    r"[.!?][\"\u201d\u2019')\]]*\s+(?=[\"\u201c\u2018(\[]?[A-Z0-9\u00C0-\u00DE\\\\@])|\n[ \t]*\n\s*")
#: A word as the checker sees it: letters/digits joined by inner hyphens, apostrophes or dots.
WORD_RE = re.compile(r"[^\W_]+(?:[-'\u2019.][^\W_]+)*")

_HEADING_RE = re.compile(
    r"(?m)^[ \t]{0,3}#{1,6}[ \t].*$"  # Markdown heading
    r"|^[ \t]*\\(?:part|chapter|(?:sub)*section|paragraph)\*?\{[^\n]*\}[ \t]*$"  # LaTeX sectioning
    r"|(?:\A|(?<=\n\n))[^\n.!?:;,]{1,60}(?=\n[A-Z])"  # a short unpunctuated line after a blank line
)


def _line_breaks(text: str, kind: str) -> list[int]:
    """Offsets where a line break ends a sentence: after headings, and after every paragraph
    of a .docx (each is its own line), so a heading is never glued onto the claim below it."""
    if kind == "docx":
        return [m.start() for m in re.finditer(r"\n", text)]
    ends: list[int] = []
    for m in _HEADING_RE.finditer(text):
        ends.extend(e for e in (m.start() - 1, m.end()) if 0 <= e < len(text) and text[e] == "\n")
    return sorted(set(ends))


def split_sentences(text: str, kind: str = "text") -> list[tuple[int, int]]:
    """Sentence spans: split after . ! ? before a capital, not after abbreviations or initials,
    and at the line breaks that end headings (see ``_line_breaks``)."""
    spans = _split_on_punctuation(text)
    breaks = _line_breaks(text, kind)
    if not breaks:
        return spans
    out: list[tuple[int, int]] = []
    for start, end in spans:
        cut = start
        for b in breaks[bisect.bisect_right(breaks, start):bisect.bisect_left(breaks, end)]:
            if text[cut:b].strip():
                out.append((cut, b))
            cut = b + 1
        if text[cut:end].strip():
            out.append((cut, end))
    return out


def _split_on_punctuation(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY_RE.finditer(text):
        if match.group()[0] == "." and not re.search(r"\n[ \t]*\n", match.group()):  # a paragraph always ends
            before = re.search(r"([\w.]+)\.?$", text[max(start, match.start() - 12):match.start()])
            word = before.group(1).lower() if before else ""
            initial = len(word) == 1 and word.isalpha() and not re.search(
                r"[^\W\d_]{2}-$", text[max(start, match.start() - 4):match.start() - 1])  # "LASSI-L." is no initial
            if word in _ABBREV or initial or word.endswith(".al"):
                continue
        end = match.start() + 1 if match.group()[0] in ".!?" else match.start()
        if text[start:end].strip():
            spans.append((start, end))
        start = match.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans


def norm_phrase_text(text: str) -> str:
    """Folded, hyphens and punctuation to spaces, padded: for whole-phrase ``in`` tests ("U.S." is "US")."""
    text = fold(INITIALS_RE.sub(lambda m: m.group().replace(".", ""), text))
    return " " + " ".join(re.sub(r"[^\w%]+", " ", text).split()) + " "


#: "U.S.", "U.K.": one word, not letters apart.
INITIALS_RE = re.compile(r"\b(?:[A-Z]\.){2,}(?![A-Za-z])")
