"""Reading author-year citations: the name and year patterns, and parsing one bracket or narrative phrase.

Writers put more than citations inside brackets ("(Table 1; Smith and Lee, 2010)", "(data:
Lee et al., 2012)", "(e.g. enamel [Kim et al., 2005])"), continue an author with a bare year
("(Lee, 2001; 2003b)") and write narrative forms ("Lee and colleagues (2019)"). The patterns
here are pure: they take a string and return what was cited, never positions in a manuscript.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

# -- building blocks ---------------------------------------------------------------

#: A capital letter of a Latin-script name: ASCII, Latin-1, Latin Extended-A and -B ("Ștefan", U+0218) and
#: Latin Extended Additional (Vietnamese "Ấn"); lower-case letters of those blocks are left out.
UPPER = "[A-Z" + "".join(chr(c) for c in (*range(0xC0, 0x250), *range(0x1E00, 0x1F00)) if chr(c).isupper()) + "]"
_LETTER = r"[^\W\d_]"
APOS = "'\u2019"
# one surname: particles, then a capitalised word with hyphens/apostrophes (El-Hage, O'Brien)
PARTICLE_WORDS = r"(?:van|von|der|den|de|del|della|des|da|di|du|dos|das|le|la|ten|ter)"
_PARTICLE = (r"(?:(?:" + PARTICLE_WORDS + r"|St\.?|Mc|d[" + APOS + r"])\s*"
             r"|(?:Lo|La|Le|De|Del|Della|Di|Da|Van|Von|Du|Dos|El|Al|Abdel|Ben|Bin|Ibn|Ter|Ten)\s+"
             r"(?=" + UPPER + r"|" + PARTICLE_WORDS + r"\s))")  # "Van der Berg" opening a sentence
WORD = (UPPER + r"(?:" + _LETTER + r"|[" + APOS + r"](?=" + _LETTER + r")(?!s(?!" + _LETTER + r"))"
        r"|-(?=" + _LETTER + r"))+"
        r"(?:[" + APOS + r"\u02b9](?=\s+(?:et\s+al|and\s+(?:colleagues|co-?workers)\b)))?")  # a soft sign closing
# a transliterated name: "Givental' et al. (1979)"
# "Barbier de Reuille", "Silva da Costa": a particle between two capitalised words
NAME = r"(?:" + _PARTICLE + r"{0,3}" + WORD + r"(?:\s+" + PARTICLE_WORDS + r"\s+" + WORD + r")?)"
# organisations: several capitalised words, "of the", a possessive, a leading number ("3M Centre")
_ORG_WORD = r"(?:" + WORD + r"(?:[" + APOS + r"]s)?|[A-Z]{2,}\d*)"
# "1000 Genomes Project Consortium": a number (not a year) opening an organisation's name
_NUMBERED_ORG = (r"(?!1[5-9]\d\d\b|20\d\d\b)\d{1,4}\s+(?=[^,;()]*\b(?:Consortium|Project|Group|Collaboration|"
                 r"Collaborators|Network|Initiative|Investigators|Society|Committee|Centre|Center|Institute)\b)" + WORD)
_ORG = (r"(?:(?:\d{1,3}[A-Z]{2,}\w*|" + _NUMBERED_ORG + r"|" + NAME + r")"
        r"(?:\s+(?:(?:of|for|and|the|on|in)\s+){0,2}" + _ORG_WORD + r"){0,6})")
_NAME2 = r"(?:" + NAME + r"(?:\s+" + WORD + r")?)"
ETAL = r"(?:\s+et\s+al\.?)"
# a year, with "2010a, b" (further suffixes of the same year) read as 2010a and 2010b
_YEAR = (r"(?:(?:1[5-9]|20)\d{2}(?:[a-z](?![a-z])(?:\s*,\s*[a-z](?![\w.'\u2019]))*)?"
         r"|in\s+press|n\.\s?d\.|forthcoming)")
_YEAR_RE = re.compile(r"((?:1[5-9]|20)\d{2})([a-z]?)|in\s+press|n\.\s?d\.|forthcoming|(?<![\w.])([a-z])(?![\w.])")
SEP = r"(?:\s*,\s*(?:and\s+|&\s*)?|\s+(?:and|&)\s+)"
COLLEAGUES = r"\s+(?:and|&)\s+(?:colleagues|co-?workers|collaborators|associates|coauthors|co-authors)"

# Words that open a bracket or a sentence but are never authors (checked on the first name).
_NOT_NAMES = {
    "in", "the", "and", "from", "between", "during", "after", "before", "until", "by", "as",
    "see", "eg", "ie", "cf", "also", "this", "that", "these", "those", "our", "we", "it", "its", "a", "an",
    "indeed", "however", "moreover", "furthermore", "thus", "therefore", "similarly", "recently", "previously",
    "notably", "interestingly", "importantly", "additionally", "specifically", "consequently", "conversely",
    "likewise", "nevertheless", "nonetheless", "hence", "here", "there", "finally", "first", "second", "third",
    "then", "later", "earlier", "subsequently", "accordingly", "alternatively", "instead", "meanwhile",
    "overall", "together", "briefly", "consistently", "surprisingly", "unlike", "like", "whereas", "while",
    "although", "though", "because", "since", "when", "where", "both", "all", "some", "many", "several",
    "other", "others", "most", "such", "each", "following", "using", "according", "if", "yet", "but",
    "for", "with", "on", "at", "of", "to", "or", "nor", "so", "only", "even", "still", "again", "now",
    "today", "currently", "historically", "originally", "initially", "elsewhere", "specially", "clearly",
    "ii", "iii", "iv", "vi", "vii", "viii", "ix", "xi", "xii",  # "Phase II (2019)"
}
# Nouns that start brackets ("(Table 2, 2019)", "(May 2010)"): not a first author unless "et al." says so.
_NOT_FIRST_NAMES = {
    "table", "tables", "figure", "figures", "fig", "figs", "supplementary", "supplement",
    "appendix", "section", "chapter", "phase", "study", "trial", "part", "box", "panel",
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "spring", "summer", "autumn", "fall", "winter",
    "year", "years", "version", "wave", "cohort", "step",
    "model", "equation", "eq", "page", "vol", "volume", "no", "number", "n", "p", "ci",
    "hr", "rr", "sd", "se", "iqr", "range", "mean", "median", "total", "up",
    "approximately", "about", "around", "circa", "ca", "published", "updated", "accessed",
    "retrieved", "ref", "refs", "reference", "references", "lancet", "nejm", "jama", "bmj", "nature", "science",
    "methods", "results", "discussion", "introduction", "materials", "conclusions", "abstract", "video", "movie",
    "data", "dataset", "file", "source", "experiment", "experiments", "group", "groups", "day", "days", "week",
}

_AUTHORS = r"(?P<authors>" + _ORG + r"(?:" + SEP + _NAME2 + r")*(?:" + ETAL + r"|" + COLLEAGUES + r")?)"
_AFTER_AUTHORS = r"(?:\s*\[[A-Z]{2,12}\])?(?:[" + APOS + r"]s)?,?\s+"
_YEARS = r"(?P<years>" + _YEAR + r"(?:\s*[,;]?\s*" + _YEAR + r")*)"
_PART_RE = re.compile(
    r"^(?P<prefix>(?:(?!" + PARTICLE_WORDS + r"\s)(?:[a-z][\w.]*|e\.g\.|i\.e\.|cf\.),?\s+)*)"
    + _AUTHORS + _AFTER_AUTHORS + _YEARS
    + r"(?P<rest>(?:\s*,\s*|\s+)(?!" + _YEAR + r").*)?$",
    re.S,
)
# the same, found after other words ("Dryad: Lee et al., 2012"); the rest must read like a locator
_TAIL_RE = re.compile(
    _AUTHORS + _AFTER_AUTHORS + _YEARS
    + r"(?P<rest>\s*,\s*(?i:pp?\.|ch\.|chap|fig|table|for\b|see\b|and\b|in\b)[^,;]{0,40})?\s*$",
    re.S,
)
_TAIL_STARTS = re.compile(r"(?<![\w\-" + APOS + r"])(?=" + UPPER + r"|\d{1,3}[A-Z]{2}|\d{1,4}\s+" + UPPER + r"|"
                          + PARTICLE_WORDS + r"\s)")
_YEARS_ONLY_RE = re.compile(r"^" + _YEARS + r"(?P<rest>\s*,\s*(?!" + _YEAR + r").{0,40})?$", re.S)
_NO_YEAR_RE = re.compile(
    r"^(?P<prefix>(?:(?:[a-z][\w.]*|e\.g\.|i\.e\.|cf\.),?\s+)*)(?P<authors>" + NAME + ETAL + r")$", re.S)
#: A group that writes as one author, named in running text: "the Movement Disorder Group (2014)".
_GROUP_AUTHOR = (r"(?!(?:Control|Intervention|Treatment|Placebo|Study|Experimental|Comparison|Exercise|Sham|Age|Risk|"
                 r"Usual|Standard|Reference)\s+Group\b)"  # a study's arm, not its authors: "the Intervention Group"
                 r"(?:(?!(?:The|A|An|In|As|According|By)\b)" + WORD + r"(?:[" + APOS + r"]s)?\s+){1,5}"
                 r"(?:Group|Consortium|Collaboration|"
                 r"Collaborators|Investigators|Society|Committee|Association|Network|Initiative|Organi[sz]ation|"
                 r"Task\s+Force|Working\s+Party|Council|Panel)(?![\w\-])")
NARRATIVE_RE = re.compile(
    r"(?<![\w\-" + APOS + r"])(?P<authors>(?:" + _GROUP_AUTHOR + r"|" + NAME + r")(?:" + SEP + _NAME2 + r")*"
    r"(?:" + ETAL + r"|" + COLLEAGUES + r")?)"
    r"(?:[" + APOS + r"]s?)?,?\s*\(\s*(?P<years>" + _YEAR + r"(?:\s*[,;]\s*" + _YEAR + r")*)"
    r"(?P<rest>\s*,\s*[^()]{0,60}?)?\s*\)"
)
# "the study by Okafor and colleagues in 2019": the year later in the same clause
COLLEAGUES_IN_RE = re.compile(
    r"(?<![\w\-" + APOS + r"])(?P<authors>" + NAME + COLLEAGUES + r")"
    r"(?P<gap>[^.;:()\[\]\n]{0,80}?\bin\s+)(?P<years>(?:1[5-9]|20)\d{2}[a-z]?)\b"
)
# "a 2009 study by Bekasi and Zalatnai", "A 2019 randomised trial by Lee et al.": the year before the names.
# Only "by" names authors on its own; "from"/"of" ("a 2016 trial from China", "a 2015 analysis of Medicare
# claims") must be followed by "et al." or "and colleagues" to be a citation.
YEAR_STUDY_RE = re.compile(
    r"\b(?i:an?|the|their|this|that)\s+(?:(?:(?!(?:of|total|first|last|next|other|remaining|further)\b)[a-z][a-z-]*\s+)"
    r"{1,2}?(?=(?:19|20)\d{2}))?(?P<years>(?:1[5-9]|20)\d{2}[a-z]?)\s+(?:[\w-]+\s+){0,3}?"
    r"(?i:study|studies|trial|review|paper|analysis|report|survey|meta-analysis|cohort|audit|series|experiment)"
    r"\s+(?:by\s+(?:the\s+(?=" + _GROUP_AUTHOR + r"))?(?P<authors>(?:" + _GROUP_AUTHOR + r"|" + NAME + r")(?:"
    + SEP + _NAME2 + r")*(?:" + ETAL + r"|" + COLLEAGUES + r")?)"
    r"|(?:from|of)\s+(?P<authors2>" + NAME + r"(?:" + ETAL + r"|" + COLLEAGUES + r")))(?![\w\-" + APOS + r"])"
)
STUDY_NOUNS = (r"(?i:stud(?:y|ies)|trials?|reviews?|papers?|analys[ie]s|reports?|surveys?|meta-analys[ie]s|cohorts?|"
                r"audits?|series|experiments?|work|data|findings|results|articles?|comparisons?|evaluations?|"
                r"guidelines?|assessments?|investigations?|observations?)")
#: After a possessive: "... 2023 work", "... 2019 randomised trial".
_YEAR_STUDY_TAIL = r"\s+(?P<years>(?:1[5-9]|20)\d{2}[a-z]?)\s+(?:[\w-]+\s+){0,3}?" + STUDY_NOUNS + r"\b"
# "Suzuki et al.'s 2023 work", "Wang and colleagues' 2023 series", "Lee and Park's 2019 trial": a possessive,
# then the year and the study. One bare name is an eponym as often as an author ("Crohn's 2015 cohort"), so
# "et al.", "and colleagues" or a second author must say these are authors (and places are not: "Denmark and
# Sweden's 2015 data").
POSSESSIVE_YEAR_RE = re.compile(
    r"(?<![\w\-" + APOS + r"])(?P<authors>" + NAME + r"(?:\s+(?:and|&)\s+" + _NAME2 + r"(?:" + ETAL + r")?|" + ETAL
    + r"|" + COLLEAGUES + r"))[" + APOS + r"]s?" + _YEAR_STUDY_TAIL
)
# "Wu and colleagues' survey (2024)", "Cirillo and colleagues' small randomised study (1998)": the possessive,
# the study, then the year in brackets ("et al." or "and colleagues" only: "Bosnia and Herzegovina's national
# survey (2012)" is a place's).
POSSESSIVE_STUDY_YEAR_RE = re.compile(
    r"(?<![\w\-" + APOS + r"])(?P<authors>" + NAME + r"(?:" + ETAL + r"|" + COLLEAGUES + r"))[" + APOS
    + r"]s?\s+(?:[\w-]+\s+){0,3}?" + STUDY_NOUNS
    + r"\s*\(\s*(?P<years>(?:1[5-9]|20)\d{2}[a-z]?)\s*\)"
)
# "Kutteh's 1997 review", "In Abb's 1985 review": one name, possessive, then the year and the study. An eponym
# reads the same ("Crohn's 2015 cohort"), so this is a citation only if the library has the work (``tentative``).
ONE_NAME_POSSESSIVE_RE = re.compile(
    r"(?<![\w\-" + APOS + r"])(?P<authors>" + NAME + r")[" + APOS + r"]s" + _YEAR_STUDY_TAIL
)
_SPLIT_AUTHORS = re.compile(r"\s*,\s*(?:and\s+|&\s*)?|\s+(?:and|&)\s+")


@dataclass(frozen=True)
class Cited:
    """One work cited by author and year, as written."""

    authors: tuple[str, ...]
    et_al: bool
    year: str
    suffix: str = ""
    prefix: str = ""
    locator: str = ""


def clean_authors(raw: str) -> tuple[tuple[str, ...], bool]:
    """Names and whether "et al." (or "and colleagues") follows them."""
    raw = " ".join(raw.split())
    colleagues = re.search(COLLEAGUES + r"$", raw)
    et_al = bool(colleagues) or bool(re.search(ETAL + r"$", raw))
    raw = raw[:colleagues.start()] if colleagues else re.sub(ETAL + r"$", "", raw)
    names = tuple(n.strip() for n in _SPLIT_AUTHORS.split(raw) if n.strip())
    return names, et_al


def _first_word(name: str) -> str:
    words = name.split()
    return re.sub(r"[^\w]", "", words[0]).lower() if words else ""


def is_name(name: str, first: bool = True, et_al: bool = False) -> bool:
    """A plausible author name: not a function word, and not a noun like "Table" opening the bracket."""
    word = _first_word(name)
    if len(re.sub(r"\W", "", name)) < 2 or word in _NOT_NAMES:
        return False
    return not (first and not et_al and word in _NOT_FIRST_NAMES)


def valid_names(names: tuple[str, ...], et_al: bool) -> bool:
    return bool(names) and all(is_name(n, i == 0, et_al or len(names) > 1) for i, n in enumerate(names))


_LEADING_WORD_RE = re.compile(r"^(\w+)\s+(?=" + PARTICLE_WORDS + r"\s)")


def _without_leading_word(name: str) -> str:
    """"As de Sauvage", "In de Sauvage": a sentence word the particle pattern took for a first name."""
    match = _LEADING_WORD_RE.match(name)
    return name[match.end():] if match and match.group(1).lower() in _NOT_NAMES else name


def strip_leading_words(names: tuple[str, ...], et_al: bool) -> tuple[str, ...]:
    """Drop sentence words swallowed by the name pattern ("Indeed, Papp and Müller"); "et al." follows
    one name, so "in Louisiana, Essajee et al." is a place and a citation."""
    if et_al and len(names) > 1:
        names = names[-1:]
    names = tuple(_without_leading_word(n) for n in names)
    while names and not is_name(names[0], True, et_al or len(names) > 1):
        names = names[1:]
    return names


def years_of(raw: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for match in _YEAR_RE.finditer(raw):
        if match.group(1):
            out.append((match.group(1), match.group(2) or ""))
        elif match.group(3):  # the "b" of "2010a, b"
            if out and out[-1][1]:
                out.append((out[-1][0], match.group(3)))
        else:
            word = " ".join(match.group().split()).lower()
            out.append(("n.d." if word.startswith("n.") else word, ""))
    return out


def _well_formed(raw: str, names: tuple[str, ...]) -> bool:
    """Several names need "and"/"&" before the last; "Drosophila, Lee et al." is a word and a citation."""
    return len(names) == 1 or bool(re.search(r"\sand\s|&", raw))


def _tail(part: str) -> re.Match[str] | None:
    """The citation that ends ``part`` after other words, trying each capitalised word as its start."""
    for start in _TAIL_STARTS.finditer(part):
        match = _TAIL_RE.match(part, start.start())
        if not match:
            continue
        names, et_al = clean_authors(match.group("authors"))
        if valid_names(names, et_al) and _well_formed(match.group("authors"), names):
            return match
    return None


def parse_group(body: str) -> list[Cited]:
    """Every author-year citation in one bracket's text (parts split at ";")."""
    found: list[Cited] = []
    previous: tuple[tuple[str, ...], bool] | None = None
    for raw_part in body.split(";"):
        part = raw_part.strip()
        cited = list(_parse_part(part, previous))
        if cited:
            previous = (cited[0].authors, cited[0].et_al)
            found.extend(cited)
        elif part:
            previous = None
    return found


def _parse_part(part: str, previous: tuple[tuple[str, ...], bool] | None) -> Iterator[Cited]:
    prefix = ""
    if previous is not None and (only := _YEARS_ONLY_RE.match(part)):  # "(Lee, 2001; 2003b)"
        names, et_al = previous
        years, rest = only.group("years"), only.group("rest")
    elif match := _PART_RE.match(part) or _tail(part):
        names, et_al = clean_authors(match.group("authors"))
        if (not valid_names(names, et_al) or et_al and not _well_formed(match.group("authors"), names)) and (
                tail := _tail(part)):  # "The ENCODE Consortium", "in Drosophila, Lee et al."
            match, (names, et_al) = tail, clean_authors(tail.group("authors"))
        if not valid_names(names, et_al):
            return
        prefix = " ".join((match.groupdict().get("prefix") or "").split()).rstrip(",")
        years, rest = match.group("years"), match.group("rest")
    elif nodate := _NO_YEAR_RE.match(part):  # "(Nguyen et al.)": a work without a date
        names, et_al = clean_authors(nodate.group("authors"))
        if valid_names(names, et_al):
            yield Cited(names, et_al, "n.d.", prefix=nodate.group("prefix").strip().rstrip(","))
        return
    else:
        return
    locator = (rest or "").strip(" ,")
    for year, suffix in years_of(years):
        yield Cited(names, et_al, year, suffix, prefix, locator)
