"""Title casing for reference lists: BibTeX titles -> CSL rich text in sentence case, journal names cleaned.

CSL expects titles in sentence case in the data (a style that wants Title Case converts them),
and BibTeX marks words that must keep their capitals with braces. So a BibTeX title becomes CSL
rich text where every top-level brace group is ``<span class="nocase">`` and, when the title is
typed in Title Case, the other words are lowered the way Better BibTeX does it: a word whose only
capital is its first letter is lowered; acronyms and mixed-case words (DNA, mRNA, McGirr) stay.
A title already in sentence case is left alone, so its proper nouns survive without braces.
"""

from __future__ import annotations

import re

from evidence.latex import to_text

__all__ = ["clean_journal", "csl_title", "is_title_case", "journal_title_case", "sentence_case"]

# Short words Title Case leaves lower-case; they say nothing about which case a title is in.
_MINOR_WORDS = ("a about after against among an and as at before between but by during for from in into nor of on onto "
                "or over per so than the through to under up upon via versus vs with within without yet")
_MINOR = frozenset(_MINOR_WORDS.split())
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def is_title_case(text: str) -> bool:
    """True when most words that Title Case would capitalise (acronyms aside) are capitalised."""
    words = [w for w in _WORD.findall(text)[1:] if w.lower() not in _MINOR and len(w) > 1 and not w.isupper()]
    if not words:
        return False
    capital = sum(1 for w in words if w[0].isupper())
    return capital / len(words) >= 0.75


def _lower_word(match: re.Match[str]) -> str:
    word = match.group()
    if len(word) == 1:  # "A" as a word is an article; "N" in "N-methyl" or "T cells" is a symbol
        after = match.string[match.end() : match.end() + 1]
        return word.lower() if word == "A" and after in ("", " ") else word
    return word.lower() if word[0].isupper() and not any(c.isupper() for c in word[1:]) else word


def sentence_case(text: str) -> str:
    """Lower the Title Case words of plain text (acronyms and mixed-case words kept)."""
    return _WORD.sub(_lower_word, text)


def _capitalise_first(text: str) -> str:
    return re.sub(r"^(\W*)(\w)", lambda m: m.group(1) + m.group(2).upper(), text, count=1)


def _split_braces(raw: str) -> list[tuple[str, bool]]:
    """Top-level pieces of a BibTeX value: (text, protected). ``{\\'e}`` and ``\\emph{x}`` are not protection."""
    if "{" not in raw:
        return [(raw, False)] if raw else []
    pieces: list[tuple[str, bool]] = []
    depth = 0
    buf_start = 0
    group_start = -1  # where the protecting group being read opened
    for i, char in enumerate(raw):
        escaped = i > 0 and raw[i - 1] == "\\"
        if char == "{" and not escaped:
            if depth == 0:
                command = re.search(r"\\(?:[A-Za-z]+\s*|[^A-Za-z\s])$", raw[buf_start:i]) is not None
                if not command and raw[i + 1 : i + 2] != "\\":
                    group_start = i
            depth += 1
        elif char == "}" and not escaped and depth > 0:
            depth -= 1
            if depth == 0 and group_start >= 0:
                pieces.append((raw[buf_start:group_start], False))
                pieces.append((raw[group_start + 1 : i], True))
                buf_start = i + 1
                group_start = -1
    pieces.append((raw[buf_start:], False))
    return [(text, protected) for text, protected in pieces if text]


def _decode(text: str) -> str:
    """LaTeX -> Unicode, keeping the spaces at the ends that separate this piece from its neighbours."""
    lead = " " if text[:1].isspace() else ""
    trail = " " if text[-1:].isspace() else ""
    decoded = to_text(text.replace("---", "\u2014").replace("--", "\u2013"))
    return lead + decoded + trail if text.strip() else " " if text else ""


def _rich(text: str) -> str:
    """Plain decoded text as CSL rich text: "&" stays as it is (CSL processors read it so), only tags are inert."""
    return text.replace("<", "&lt;").replace(">", "&gt;")


def csl_title(raw: str, *, sentence: bool = True, subtitle_capital: bool = False) -> str:
    """A BibTeX title as CSL rich text: braces -> nocase spans; Title Case -> sentence case when ``sentence``.

    ``subtitle_capital`` capitalises the first word after a colon (APA 7 and AMA 11 do; NLM does not)."""
    pieces = _split_braces(raw.strip())
    plain = "".join(_decode(t) if not protected else "X" for t, protected in pieces)
    # each part between colons is judged on its own ("The Structure of Water: new data" lowers only the first);
    # ALL CAPS hides which words are acronyms: such a part is left as typed (lint asks for it to be retyped)
    lower = [sentence and is_title_case(part) and any(c.islower() for c in part) for part in plain.split(":")]
    out: list[str] = []
    segment = 0
    for index, (text, protected) in enumerate(pieces):
        if protected:
            out.append(f'<span class="nocase">{_rich(_decode(text))}</span>')
            continue
        parts = re.split(r"(:)", _decode(text))
        for part in parts:
            if part == ":":
                segment += 1
            elif segment < len(lower) and lower[segment]:
                part = sentence_case(part)
            out.append(_rich(part))
        if index == 0 and lower[0]:
            out[-len(parts)] = _capitalise_first(out[-len(parts)])
    title = "".join(out)
    if subtitle_capital:
        title = re.sub(r"([:?!]\s+)((?:<[^>]+>)?\W*)(\w)", lambda m: m.group(1) + m.group(2) + m.group(3).upper(),
                       title)
    return title.strip()


# --------------------------------------------------------------------------- journals

_DISAMBIGUATOR = re.compile(r"\s*\((?:[^()]*\bed\.?|[^()]*,\s*[^()]*|Online|Print)\)\s*$", re.I)
_SUBTITLE = re.compile(r"\s+(?::|=)\s+.*$")  # " : an official publication of ...", " : JNCCN", " = Biomédecine ..."


def clean_journal(title: str) -> str:
    """PubMed's journal title without the catalogue's disambiguators:
    ``Science (New York, N.Y.)`` -> ``Science``, ``BMJ (Clinical research ed.)`` -> ``BMJ``,
    ``Clinical infectious diseases : an official publication of ...`` -> ``Clinical infectious diseases``."""
    title = title.strip()
    title = _DISAMBIGUATOR.sub("", title)
    title = _SUBTITLE.sub("", title)
    return title.strip()


def journal_title_case(title: str) -> str:
    """A journal name as journals print it: ``The Journal of clinical psychiatry`` -> ``The Journal of Clinical
    Psychiatry``. Words with capitals already (BMJ, eLife, PLoS) are kept."""

    def cap(match: re.Match[str]) -> str:
        word = match.group()
        if match.start() > 0 and word in _MINOR:
            return word
        return word[0].upper() + word[1:] if word.islower() else word

    return _WORD.sub(cap, title)
