"""Finding citations in manuscript text, with their line and column.

Forms: author-year (APA/Harvard, parenthetical and narrative), Pandoc (``[@key]``,
``@key``), LaTeX (``\\cite`` and friends) and numeric (``[1-3, 5]``, only when the
manuscript ends with a numbered reference list). The reference list itself is never
scanned for citations, so its years and author names do not show up as cites.
Parsing is regex-based and linear in the text size.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass

from evidence.check.authoryear import (
    COLLEAGUES_IN_RE,
    NARRATIVE_RE,
    ONE_NAME_POSSESSIVE_RE,
    POSSESSIVE_STUDY_YEAR_RE,
    POSSESSIVE_YEAR_RE,
    YEAR_STUDY_RE,
    Cited,
    clean_authors,
    parse_group,
    strip_leading_words,
    valid_names,
    years_of,
)
from evidence.check.declarations import ALL, Declarations, compiled_kind, read_declarations
from evidence.check.manuscript import Manuscript
from evidence.vocab import nation_names

_SQUARE_RE = re.compile(r"\[([^\[\]@]{1,600})\]")
_PARENS_RE = re.compile(r"[()]")
_LINK_AFTER_RE = re.compile(r"[(\[]|:\s")
_COMMA_YEAR_RE = re.compile(r"(?:,|et\s+al\.?)\s*(?:(?:1[5-9]|20)\d\d|n\.\s?d\.|in\s+press|forthcoming)")
_MAX_BRACKET = 600

_PANDOC_GROUP_RE = re.compile(r"\[([^\[\]]*?@[^\[\]]*?)\]")
_PANDOC_KEY = r"[\w][\w:.#$%&+?<>~/-]*"
_PANDOC_ITEM_RE = re.compile(
    r"(?P<prefix>[^@]*?)(?P<suppress>-)?@(?P<key>\{[^}]+\}|" + _PANDOC_KEY + r")(?P<rest>.*)", re.S)
_PANDOC_BARE_RE = re.compile(r"(?<![\w@.\-+\[/:])@(?P<key>" + _PANDOC_KEY + r")")
_LATEX_CITE_RE = re.compile(
    r"\\(?P<cmd>[a-zA-Z]*cite[a-zA-Z]*)\*?(?P<opts>(?:\s*\[[^\]]*\]){0,2})\s*\{(?P<keys>[^{}]*)\}"
)
_LATEX_COMMENT_RE = re.compile(r"(?<!\\)%[^\n]*")
_LATEX_VERBATIM_RE = re.compile(r"\\begin\{(verbatim|lstlisting|minted)\*?\}.*?\\end\{\1\*?\}", re.S)
# Word's hyphens (U+2010 hyphen, U+2011 non-breaking hyphen) in names like Gali-Muhtasib
_SAME_LENGTH_FOLDS = {0x2010: "-", 0x2011: "-"}
_DASH = r"[-\u2013\u2014]"
_NUMBERS = r"\s*\d{1,4}(?:\s*" + _DASH + r"\s*\d{1,4})?(?:\s*,\s*\d{1,4}(?:\s*" + _DASH + r"\s*\d{1,4})?)*\s*"
# "[1-3, 5]", also straight after a word ("leprosy[4]", not code like "x[1]") and "[7]–[10]" printed as two brackets
_NUMERIC_RE = re.compile(
    r"(?:(?<![\w\]])|(?<=[^\W\d_]{3}))\[(?:(?i:see(?:\s+also)?|e\.g\.|i\.e\.|cf\.|reviewed\s+in|for\s+review,?\s+see)"
    r",?\s+)?(" + _NUMBERS + r")(?:,?\s+and\s+references\s+therein)?\](?:\s*" + _DASH + r"\s*\[\s*(\d{1,4})\s*\])?"
)
_REF_HEADING_RE = re.compile(
    r"^[ \t]*(?:#{1,6}[ \t]*|\\(?:section|chapter|subsection)\*?\{|\*\*)?[ \t]*"
    r"(?:references?(?:[ \t]+list|[ \t]+and[ \t]+notes)?|bibliography|works[ \t]+cited|literature[ \t]+cited"
    r"|cited[ \t]+literature)"
    r"[ \t]*(?:\}|\*\*)?[ \t]*:?[ \t]*$",
    re.I | re.M,
)
_REF_ITEM_RE = re.compile(r"^[ \t]*(?:\[(\d{1,4})\]|(\d{1,4})[.)])[ \t]+(\S.*)$")


@dataclass(frozen=True)
class Citation:
    """One cited work as written: who/when (author-year), a key, or a reference number.

    ``start``/``end`` span the citation's bracket (or narrative phrase); several
    citations in one bracket share the span and the ``group`` number.
    """

    style: str  # "parenthetical" | "narrative" | "pandoc" | "latex" | "numeric" | "nocite" | "compiled" (.aux/.bcf)
    text: str
    start: int
    end: int
    line: int
    column: int
    group: int = 0
    authors: tuple[str, ...] = ()
    et_al: bool = False
    year: str | None = None  # "2017", "in press", "n.d."
    suffix: str = ""  # the "a" of 2017a
    key: str | None = None
    number: int | None = None
    prefix: str = ""
    locator: str = ""
    tentative: bool = False  # read from a form eponyms share ("Kutteh's 1997 review" as "Crohn's 2015 cohort"): kept
    # only if it resolves or a near miss is suggested

    @property
    def textless(self) -> bool:
        """Cited without prose around it (\\nocite, a key read from .aux/.bcf): there is no claim to check."""
        return self.style in ("nocite", "compiled")

    @property
    def label(self) -> str:
        """How the citation reads, for reports: ``Zanos et al., 2018``, ``@key``, ``[3]``."""
        if self.key is not None:
            if self.style == "nocite":
                return f"\\nocite{{{self.key}}}"
            return f"@{self.key}" if self.style == "pandoc" else f"\\cite{{{self.key}}}"
        if self.number is not None:
            return f"[{self.number}]"
        names = list(self.authors)
        if self.et_al:
            who = f"{names[0]} et al."
        elif len(names) == 1:
            who = names[0]
        elif len(names) == 2:
            who = f"{names[0]} & {names[1]}"
        else:
            who = ", ".join(names[:-1]) + f", & {names[-1]}"
        return f"{who}, {self.year}{self.suffix}" if self.year is not None else who  # a yearless mention

    def to_dict(self) -> dict[str, object]:
        return {
            "style": self.style, "text": self.text, "label": self.label, "line": self.line,
            "column": self.column, "start": self.start, "end": self.end, "group": self.group,
            "authors": list(self.authors), "et_al": self.et_al, "year": self.year,
            "suffix": self.suffix or None, "key": self.key, "number": self.number,
            "prefix": self.prefix or None, "locator": self.locator or None,
        }


@dataclass(frozen=True)
class ReferenceItem:
    """One item of a numbered reference list (``1. Berman RM, ... 2000.``)."""

    number: int
    text: str
    line: int


# -- the finder --------------------------------------------------------------------


def reference_section_start(text: str) -> int:
    """Offset of the last "References"/"Bibliography" heading, or len(text) when none."""
    last = None
    for match in _REF_HEADING_RE.finditer(text):
        last = match
    return last.start() if last else len(text)


def find_reference_list(manuscript: Manuscript) -> list[ReferenceItem]:
    """The numbered items after the reference heading (continuation lines joined)."""
    start = reference_section_start(manuscript.text)
    if start >= len(manuscript.text):
        return []
    items: list[ReferenceItem] = []
    first_line, _ = manuscript.position(start)
    lines = manuscript.text[start:].split("\n")[1:]
    for offset, raw in enumerate(lines, start=first_line + 1):
        match = _REF_ITEM_RE.match(raw)
        if match:
            number = int(match.group(1) or match.group(2))
            items.append(ReferenceItem(number, match.group(3).strip(), offset))
        elif raw.strip() and items and not raw.lstrip().startswith(("#", "\\")):
            last = items[-1]
            items[-1] = ReferenceItem(last.number, f"{last.text} {raw.strip()}", last.line)
    return items


def _blank(text: str, pattern: re.Pattern[str]) -> str:
    """Replace matches with spaces, keeping offsets (comments, code)."""
    return pattern.sub(lambda m: " " * len(m.group()), text)


class _Collector:
    """Accumulates citations with positions and group numbers."""

    def __init__(self, manuscript: Manuscript) -> None:
        self.manuscript = manuscript
        self.items: list[Citation] = []
        self.group = 0
        self.taken: list[tuple[int, int]] = []

    def new_group(self, start: int, end: int) -> int:
        self.group += 1
        self.taken.append((start, end))
        return self.group

    def add(self, style: str, start: int, end: int, group: int, **kw: object) -> None:
        line, column = self.manuscript.position(start)
        text = " ".join(self.manuscript.text[start:end].split())
        if kw.get("locator"):  # LaTeX spacing in "p.~12" or "p.\,12" reads as a space
            kw["locator"] = re.sub(r"~|\\[,;: ]", " ", str(kw["locator"]))
        self.items.append(Citation(style, text, start, end, line, column, group, **kw))  # type: ignore[arg-type]


def _balanced_parens(text: str, limit: int) -> Iterator[tuple[int, int, list[tuple[int, int]]]]:
    """Each bracket pair (open, close) up to ``limit`` with its inner pairs, innermost first."""
    stack: list[tuple[int, list[tuple[int, int]]]] = []
    for match in _PARENS_RE.finditer(text, 0, limit):
        if match.group() == "(":
            stack.append((match.start(), []))
        elif stack:
            start, inner = stack.pop()
            if stack:
                stack[-1][1].append((start, match.end()))
            if match.start() - start <= _MAX_BRACKET:
                yield start, match.end(), inner


def _blanked(text: str, start: int, end: int, holes: list[tuple[int, int]]) -> str:
    """``text[start:end]`` with the ``holes`` (nested brackets, citations found) turned into spaces."""
    chars = list(text[start:end])
    for s, e in holes:
        for k in range(max(s, start), min(e, end)):
            chars[k - start] = " "
    return "".join(chars)


def _add_cited(col: _Collector, style: str, start: int, end: int, cited: list[Cited]) -> None:
    group = col.new_group(start, end)
    for c in cited:
        col.add(style, start, end, group, authors=c.authors, et_al=c.et_al, year=c.year, suffix=c.suffix,
                prefix=c.prefix, locator=c.locator)


def _author_year(text: str, col: _Collector, limit: int) -> None:
    squares: list[tuple[int, int]] = []
    for match in _SQUARE_RE.finditer(text, 0, limit):  # "[Kim et al., 2005]", also inside "(...)"
        if _LINK_AFTER_RE.match(text, match.end()) or not _COMMA_YEAR_RE.search(match.group(1)):
            continue  # a Markdown link "[Annual report 2019](...)", or a label with no comma before the year
        cited = parse_group(match.group(1))
        if cited:
            squares.append((match.start(), match.end()))
            _add_cited(col, "parenthetical", match.start(), match.end(), cited)
    square_starts = [s for s, _ in squares]
    for start, end, inner in _balanced_parens(text, limit):
        i = bisect.bisect_left(square_starts, start)
        holes = inner + [sq for sq in squares[i:i + 50] if sq[0] < end]
        cited = parse_group(_blanked(text, start + 1, end - 1, holes) if holes else text[start + 1:end - 1])
        if cited:
            _add_cited(col, "parenthetical", start, end, cited)
    _narrative(text, col, limit)


#: Capitalised units that follow a number ("24 Gy, Follin and Erfurth (2016)"): never a first author there.
_UNITS = frozenset({"Gy", "Hz", "Da", "Bq", "Sv", "Pa", "Mb", "Kb", "Gb", "IU", "Ci", "MBq", "GBq", "K", "C", "F"})


#: Countries and peoples: after "in"/"from"/"across" and before a comma, one is a place, not a first author.
_PLACES = frozenset(name for names in nation_names() for name in names) | frozenset(
    ("Africa", "America", "Asia", "Europe", "Oceania", "Scandinavia"))
_PLACE_BEFORE_RE = re.compile(r"\b(?:in|from|across|throughout|within|at)\s+(?:the\s+)?(?:(?-i:[A-Z])[\w-]*\s+)?$",
                              re.I)  # ("in South Australia", "in Central Africa")


def _narrative(text: str, col: _Collector, limit: int) -> None:
    for regex in (NARRATIVE_RE, COLLEAGUES_IN_RE, YEAR_STUDY_RE, POSSESSIVE_YEAR_RE, POSSESSIVE_STUDY_YEAR_RE,
                  ONE_NAME_POSSESSIVE_RE):
        for match in regex.finditer(text, 0, limit):
            names, et_al = clean_authors(match.group("authors") or match.groupdict().get("authors2") or "")
            names = strip_leading_words(names, et_al)
            if len(names) > 1 and names[0] in _UNITS and re.search(r"\d\s*$", text[max(0, match.start() - 8):
                                                                                      match.start()]):
                names = names[1:]  # "treated with 24 Gy, Follin and Erfurth (2016)": a unit, not an author
            if len(names) > 1 and names[0] in _PLACES and text.startswith(",", match.start() + len(names[0])) \
                    and _PLACE_BEFORE_RE.search(text, max(0, match.start() - 24), match.start()):
                names = names[1:]  # "in a nationwide survey in Taiwan, Chen (2018)", "In South Australia, Finger and
                # Handke (1977)": a place, then the author
            if not valid_names(names, et_al) or (regex in (POSSESSIVE_YEAR_RE, POSSESSIVE_STUDY_YEAR_RE,
                                                                            ONE_NAME_POSSESSIVE_RE)
                                                 and _PLACES.intersection(names)):
                continue
            start = match.start() + match.group().find(names[0]) if names[0] in match.group() else match.start()
            group = col.new_group(start, match.end())
            locator = (match.groupdict().get("rest") or "").strip(" ,")
            for year, suffix in years_of(match.group("years")):
                col.add("narrative", start, match.end(), group, authors=names, et_al=et_al,
                        year=year, suffix=suffix, locator=locator,
                        tentative=regex is ONE_NAME_POSSESSIVE_RE)


def _pandoc(text: str, col: _Collector, limit: int, bare: bool) -> None:
    for match in _PANDOC_GROUP_RE.finditer(text, 0, limit):
        items = []
        for part in match.group(1).split(";"):
            item = _PANDOC_ITEM_RE.match(part.strip())
            if not item:
                continue
            raw_prefix = item.group("prefix")
            if re.search(r"[\w.+-]\Z", raw_prefix):  # an e-mail address inside brackets (no space before @)
                continue
            prefix = raw_prefix.strip()
            key = item.group("key").strip("{}").rstrip(".:,;?")
            items.append(dict(key=key, prefix=prefix, locator=item.group("rest").strip(" ,")))
        if items:
            group = col.new_group(match.start(), match.end())
            for kw in items:
                col.add("pandoc", match.start(), match.end(), group, **kw)
    if not bare:
        return
    spans = sorted(col.taken)

    starts = [s for s, _ in spans]
    for match in _PANDOC_BARE_RE.finditer(text, 0, limit):
        i = bisect.bisect_right(starts, match.start()) - 1
        if i >= 0 and spans[i][0] <= match.start() < spans[i][1]:
            continue
        key = match.group("key").rstrip(".:,;?/-")
        end = match.start() + 1 + len(key)
        locator = ""
        after = re.match(r"\s*\[([^\[\]@]{1,80})\]", text[end:end + 100])
        if after:
            locator = after.group(1).strip()
            end += after.end()
        group = col.new_group(match.start(), end)
        col.add("pandoc", match.start(), end, group, key=key, locator=locator)


def _latex(text: str, col: _Collector, limit: int) -> None:
    for match in _LATEX_CITE_RE.finditer(text, 0, limit):
        if match.group("cmd").lower() == "nocite":
            continue
        opts = re.findall(r"\[([^\]]*)\]", match.group("opts"))
        prefix, locator = ("", opts[0]) if len(opts) == 1 else (opts[0], opts[1]) if opts else ("", "")
        keys = [k.strip() for k in match.group("keys").split(",") if k.strip()]
        if not keys:
            continue
        group = col.new_group(match.start(), match.end())
        for key in keys:
            col.add("latex", match.start(), match.end(), group, key=key,
                    prefix=prefix.strip(), locator=locator.strip())


def _numeric(text: str, col: _Collector, limit: int, highest: int) -> None:
    for match in _NUMERIC_RE.finditer(text, 0, limit):
        body = match.group(1)
        if match.group(2):  # "[7]–[10]": the range's interior is cited too
            body += ("-" if not re.search(_DASH, body.split(",")[-1]) else ",") + match.group(2)
        values = [int(v) for v in re.findall(r"\d+", body)]
        if all(v > highest and 1800 <= v <= 2099 or v == 0 for v in values):
            continue  # [2019], [2019-2020], [0]: years, not references ([99] is a missing reference)
        numbers: list[int] = []
        for piece in body.split(","):
            bounds = re.split(r"[-\u2013\u2014]", piece)
            low, high = sorted((int(bounds[0]), int(bounds[-1])))  # [6-4] means 4 to 6
            if high - low > 200:
                high = low
            numbers.extend(range(low, high + 1))
        group = col.new_group(match.start(), match.end())
        for number in numbers:
            col.add("numeric", match.start(), match.end(), group, number=number)


def _declared(manuscript: Manuscript, text: str, col: _Collector) -> Declarations:
    """Keys cited without text (\\nocite, YAML nocite:) and the keys of an .aux/.bcf, as citations."""
    declarations = read_declarations(manuscript, text)
    for item in declarations.keys:
        if item.key != ALL:
            col.add(item.style, item.start, item.end, col.new_group(item.start, item.end), key=item.key)
    return declarations


def _prose(manuscript: Manuscript) -> str:
    text = manuscript.text.translate(_SAME_LENGTH_FOLDS)  # offsets stay those of the manuscript
    if manuscript.kind == "latex":
        text = _blank(text, _LATEX_COMMENT_RE)
        text = _blank(text, _LATEX_VERBATIM_RE)
    return text


def prose_text(manuscript: Manuscript) -> tuple[str, int]:
    """The text citations are read from (offsets kept, LaTeX comments blanked) and where its reference list starts."""
    text = _prose(manuscript)
    front = read_declarations(manuscript, text).front_matter_end
    if front:
        text = " " * front + text[front:]
    return text, reference_section_start(text)


def find_citations(manuscript: Manuscript) -> list[Citation]:
    """Every citation before the reference list, in text order (then bracket order)."""
    text = _prose(manuscript)
    col = _Collector(manuscript)
    declarations = _declared(manuscript, text, col)
    if compiled_kind(manuscript):  # .aux/.bcf: their citations are keys, there is no prose
        return sorted(col.items, key=lambda c: (c.start, c.group))
    if declarations.front_matter_end:
        text = " " * declarations.front_matter_end + text[declarations.front_matter_end:]
    limit = reference_section_start(text)
    if manuscript.kind == "latex":
        _latex(text, col, limit)
    _pandoc(text, col, limit, bare=manuscript.kind == "markdown")
    _author_year(text, col, limit)
    references = find_reference_list(manuscript)
    if references:
        _numeric(text, col, limit, max(item.number for item in references))
    return sorted(col.items, key=lambda c: (c.start, c.group))
