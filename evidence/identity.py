"""The one same-work rule: when two entries are one work, and the keys and names that say so.

Every part of evidence that asks "is this already in the library?" asks it here: library
lookups (``add``), ``import``, ``dedupe``, ``enrich``'s identity check and the manuscript
checker's surname index. Keeping it in one module keeps their answers identical.

Two entries are the same work when they share a *probe* and are not :func:`distinct_works`.
Probes are strings such as ``doi:10.1038/…``, ``pmid:10686270`` and ``tya:<title>|<year>|<author>``
(normalised title, year and first-author surname; only for titles of ten characters or more, so
"Editorial" or "Erratum" never match by title alone). A shared probe is overruled when the two
entries' DOIs, PMIDs, volumes, issues or first pages differ, or when a shared identifier sits on
two clearly different titles (a book DOI shared by its chapters), following Zotero's rule.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

from evidence.model import Entry, fold, parse_name, split_names

__all__ = [
    "MIN_TITLE_PROBE",
    "Probe",
    "WorkIndex",
    "WorkMatch",
    "DEFAULT_KEY_STYLE",
    "KEY_STYLES",
    "acronym",
    "ascii_word",
    "citekey",
    "distinct_works",
    "is_valid_key",
    "key_base",
    "key_surname",
    "key_title_words",
    "match_work",
    "probes",
    "same_work",
    "surname_key",
    "title_contained",
    "surname_keys",
    "title_key",
    "title_similarity",
]

#: A normalised title shorter than this never identifies a work by itself ("Editorial", "Reply").
MIN_TITLE_PROBE = 10

_COMMAND = re.compile(r"\\[a-zA-Z]+\s*|\\.|[{}]")
_KEY = re.compile(r"^[^\s,{}\"#%~=\\]+$")
_PART = re.compile(r"\b(\d+|[ivx]{1,5})\b")
_WORD = re.compile(r"[^\W_]+")
_PARTICLES = frozenset({"van", "von", "der", "den", "de", "del", "della", "des", "da", "di", "du", "dos",
                        "das", "le", "la", "ten", "ter"})
_KEY_STOP = frozenset({"a", "an", "the", "on", "of", "in", "for", "and", "to", "with", "from", "is", "are", "by",
                       "at", "as", "do", "does", "can", "how", "what", "why", "when", "its", "into", "via", "than",
                       "or"})

TitleKey = tuple[str, int | None, str]


# ----- names and titles ------------------------------------------------------------------------------
def _plain(value: str) -> str:
    """A cheap LaTeX strip for identity keys only (``{\\"o}`` -> ``o``): pylatexenc costs ~1 ms a
    value, too slow for 10k titles, and accents are folded away afterwards anyway."""
    return _COMMAND.sub("", value) if "\\" in value or "{" in value else value


def ascii_word(text: str) -> str:
    """Lower-case ASCII letters and digits only (``Müller-Lüdenscheidt`` -> ``mullerludenscheidt``)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return re.sub(r"[^a-z0-9]", "", "".join(c for c in decomposed if not unicodedata.combining(c)).lower())


def title_key(entry: Entry) -> TitleKey:
    """(normalised title, year, folded first-author surname): the identity of a work without ids."""
    title = re.sub(r"[^0-9a-z]+", " ", fold(_plain(entry.get("title")))).strip()
    names = split_names(entry.get("author")) or split_names(entry.get("editor"))
    author = ""
    if names:
        author = re.sub(r"[^0-9a-z]+", "", fold(parse_name(_plain(names[0])).surname))
    return title, entry.year, author


def _norm(text: str) -> str:
    return " ".join(_WORD.findall(fold(text)))


def title_similarity(a: str, b: str) -> float:
    """0..1: the better of character similarity and word overlap of folded, de-punctuated titles."""
    na, nb = _norm(a), _norm(b)
    if not na or not nb:
        return 0.0
    ratio = SequenceMatcher(None, na, nb, autojunk=False).ratio()
    wa, wb = set(na.split()), set(nb.split())
    best = max(ratio, len(wa & wb) / len(wa | wb))
    # a title cited without its subtitle ("Main title" vs "Main title: the subtitle") is the same work
    short, full = (a, b) if len(na) <= len(nb) else (b, a)
    main = _norm(re.split(r"[:?!]|\.\s| - | -- ", full, maxsplit=1)[0])
    if len(_norm(short).split()) >= 3 and _norm(short) == main:
        best = max(best, 0.9)
    return best


def title_contained(a: str, b: str) -> bool:
    """One title is the other shortened: its (at least four) words run unbroken inside the other's.
    Writers cut long titles ("Who consumes ultra-processed food? A systematic review" for the whole
    title); alone this is weak, so callers combine it with a shared identifier, author and year."""
    wa, wb = _norm(a).split(), _norm(b).split()
    short, full = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    if len(short) < 4:
        return False
    return any(full[i:i + len(short)] == short for i in range(len(full) - len(short) + 1))


def surname_key(name: str) -> str:
    """Folded surname without spaces, hyphens or apostrophes: ``El-Hage`` -> ``elhage``."""
    return re.sub(r"[\W_]", "", fold(name))


def surname_keys(name: str) -> list[str]:
    """Index keys for a surname: with and without its particle (``van der Berg`` -> also ``berg``)."""
    words = fold(name).split()
    keys = [surname_key(name)]
    core = [w for w in words if w not in _PARTICLES]
    if core and len(core) < len(words):
        keys.append(surname_key(" ".join(core)))
    if len(core) > 1:  # "El Mesallamy" is often cited by its last word
        keys.append(surname_key(core[-1]))
    return keys


def acronym(name: str) -> str:
    """``World Health Organization`` -> ``who`` (two or more capitalised words), else ""."""
    words = [w for w in re.split(r"\s+", name) if w[:1].isupper()]
    return "".join(w[0] for w in words).lower() if len(words) >= 2 else ""


# ----- the same-work rule ----------------------------------------------------------------------------
@dataclass(frozen=True)
class Probe:
    """One way an entry can be found again: ``doi:…``, ``pmid:…`` or ``tya:title|year|author``."""

    key: str
    score: float  # 1.0 for an identifier, 0.99 for title + year + first author
    reason: str


def probes(entry: Entry, key: TitleKey | None = None) -> list[Probe]:
    """The entry's probes, strongest first (pass ``key`` when its title key is already computed)."""
    out = []
    if entry.doi:
        out.append(Probe(f"doi:{entry.doi}", 1.0, f"same DOI {entry.doi}"))
    if entry.pmid:
        out.append(Probe(f"pmid:{entry.pmid}", 1.0, f"same PMID {entry.pmid}"))
    title, year, author = key if key is not None else title_key(entry)
    if len(title) >= MIN_TITLE_PROBE:
        out.append(Probe(f"tya:{title}|{year}|{author}", 0.99, "same title, year and first author"))
    return out


def _first_page(entry: Entry) -> str:
    return re.split(r"\s*[-–—]+\s*", entry.text("pages").strip(), maxsplit=1)[0].lstrip("0")


def conflict(a: Entry, b: Entry) -> bool:
    """Different DOIs, PMIDs, volumes, issues or first pages: distinct works, whatever the titles
    say (a journal's recurring column has one title in every issue)."""
    for name in ("volume", "number", "pmid"):
        va, vb = a.text(name).strip(), b.text(name).strip()
        if va and vb and va != vb:
            return True
    pa, pb = _first_page(a), _first_page(b)
    return bool((a.doi and b.doi and a.doi != b.doi) or (pa and pb and pa != pb))


def titles_differ(ta: str, tb: str) -> bool:
    """An identifier shared by two clearly different titles is a book or series DOI (chapters,
    proceedings) or a typo, not one work; ``evidence lint`` reports those separately."""
    if not ta or not tb or title_contained(ta, tb):
        return False
    return title_similarity(ta, tb) < 0.6  # (a title cited without its subtitle is not "different")


def part_numbers(title: str) -> tuple[str, ...]:
    """Numbers and roman numerals in a normalised title: "Ketamine for depression, 1" and
    ", 2" (or "Part I" and "Part II") are parts of a series, never one work."""
    return tuple(_PART.findall(title))


def distinct_works(a: Entry, b: Entry) -> str:
    """Why two entries that share an identifier or title are *not* one work ("" if they may be)."""
    if conflict(a, b):
        return "their DOI, PMID, volume, issue or first page differ"
    if titles_differ(title_key(a)[0], title_key(b)[0]):
        return "their titles differ (a book or series identifier shared by parts?)"
    return ""


def same_work(a: Entry, b: Entry) -> str:
    """Why ``a`` and ``b`` are one work ("" when they are not): a shared probe, not overruled."""
    theirs = {p.key for p in probes(b)}
    for probe in probes(a):
        if probe.key in theirs and not distinct_works(a, b):
            return probe.reason
    return ""


@dataclass(frozen=True)
class WorkMatch:
    """The answer to "is this work already here?": the entry (or None), why, and any near miss."""

    entry: Entry | None
    reason: str = ""
    near_miss: str = ""  # "shares an identifier or title with 'x' but their DOIs differ"


class WorkIndex:
    """Entries by probe, for lookups in O(number of probes): the library's and an import batch's.

    ``add`` and ``match`` take the entry's probes when the caller has them already: an import asks
    about each entry up to four times (its batch, the library, then indexes it in both), and the
    probes (a title decoded and folded, a name parsed) are most of what that costs.
    """

    def __init__(self, entries: Iterable[Entry] = ()) -> None:
        self._by_probe: dict[str, Entry] = {}
        for entry in entries:
            self.add(entry)

    def add(self, entry: Entry, known: Sequence[Probe] | None = None) -> None:
        """Index an entry; the first entry with a probe keeps it (file order)."""
        for probe in probes(entry) if known is None else known:
            self._by_probe.setdefault(probe.key, entry)

    def discard(self, entry: Entry) -> None:
        """Forget an entry (after a removal); its probes may then point at nothing."""
        for probe in probes(entry):
            if self._by_probe.get(probe.key) is entry:
                del self._by_probe[probe.key]

    def match(self, entry: Entry, known: Sequence[Probe] | None = None) -> WorkMatch:
        """The indexed entry that is the same work as ``entry`` (never ``entry`` itself)."""
        return match_work(entry, self._by_probe.get, known)


def match_work(entry: Entry, lookup: Callable[[str], Entry | None], known: Sequence[Probe] | None = None) -> WorkMatch:
    """The entry ``lookup`` (probe key -> entry) finds that is the same work as ``entry``: the first
    probe hit not overruled by :func:`distinct_works`, else None and a note on the near miss.
    ``known`` is ``probes(entry)`` when the caller has computed it already."""
    near = ""
    for probe in probes(entry) if known is None else known:
        hit = lookup(probe.key)
        if hit is None or hit is entry:
            continue
        differ = distinct_works(entry, hit)
        if not differ:
            return WorkMatch(hit, probe.reason)
        near = near or f"shares an identifier or title with '{hit.key}' but {differ}"
    return WorkMatch(None, "", near)


# ----- citation keys ---------------------------------------------------------------------------------
_VALID_KEY_HINT = "keys may not contain spaces or any of , { } \" # % ~ = \\"


def is_valid_key(key: str) -> bool:
    """A citation key BibTeX, biber and LaTeX all accept (no spaces or , { } " # % ~ = \\)."""
    return bool(key) and bool(_KEY.match(key))


#: The key styles evidence writes (``--key-format``), with the key each gives Berman et al. 2000.
KEY_STYLES = {
    "authoryear": "berman2000",
    "author_year": "berman_2000",
    "AuthorYearTitleword": "Berman2000Antidepressant",
    "bbt": "bermanAntidepressantEffectsKetamine2000",  # Better BibTeX's [auth:lower][shorttitle3_3][year]
    "scholar": "berman2000antidepressant",  # Google Scholar's author2019word, and evidence's default
}
DEFAULT_KEY_STYLE = "scholar"


def key_surname(entry: Entry) -> str:
    """The first author's folded surname with its particle (``van den Berg`` -> ``vandenberg``),
    an organisation's initials (``World Health Organization`` -> ``who``), else ``anon``."""
    names = entry.authors or entry.editors
    person = names[0] if names else None
    last = person.surname if person else ""
    if person and not person.first and len(last.split()) > 2:  # an organisation: its initials
        last = "".join(w[0] for w in re.findall(r"[^\W\d_]+", last) if w[0].isupper()) or last
    return ascii_word(last)[:20] or "anon"


def key_title_words(entry: Entry) -> list[str]:
    """The title's folded words without function words, in order (each at most 20 characters)."""
    words = (ascii_word(w) for w in re.split(r"[\s\-\u2010-\u2015/]+", _plain(entry.title)))
    return [w[:20] for w in words if w and w not in _KEY_STOP]


def key_base(entry: Entry, style: str = DEFAULT_KEY_STYLE) -> str:
    """The key ``style`` gives ``entry`` before any clash suffix (see :data:`KEY_STYLES`)."""
    surname, year = key_surname(entry), str(entry.year or "nd")
    words = key_title_words(entry)
    first = words[0] if words else ""
    if style == "authoryear":
        return surname + year
    if style == "author_year":
        return f"{surname}_{year}"
    if style == "AuthorYearTitleword":
        return surname.capitalize() + year + first.capitalize()
    if style == "bbt":
        return surname + "".join(w.capitalize() for w in words[:3]) + year
    if style == "scholar":
        return surname + year + first
    raise ValueError(f"unknown key style {style!r}")


def citekey(entry: Entry, taken: Callable[[str], bool], *, style: str | None = None, capitalised: bool = False,
            short: bool = False) -> str:
    """A new key in ``style`` (one of :data:`KEY_STYLES`), then a, b, ... z and 2, 3, ... until free.

    Without ``style``: ``capitalised`` is ``AuthorYearTitleword`` (Zotero/Better BibTeX's
    ``Ydenberg2015Combinatorial``), ``short`` is ``authoryear``, neither is ``scholar``.
    """
    if style is None:
        style = "AuthorYearTitleword" if capitalised else "authoryear" if short else DEFAULT_KEY_STYLE
    stem = key_base(entry, style)
    if not taken(stem):
        return stem
    for suffix in "abcdefghijklmnopqrstuvwxyz":
        if not taken(stem + suffix):
            return stem + suffix
    n = 2
    while taken(f"{stem}{n}"):
        n += 1
    return f"{stem}{n}"
