"""Full-text search over a library, the only module that imports whoosh.

The Whoosh index is a disposable cache derived from the .bib file, which stays the only
source of truth (the papis #1116 lesson). It lives outside the library's folder, in
``<cache>/index/<sha256(resolved library path)[:16]>``, and is kept fresh by
``SearchIndex.refresh(entries)``, which re-indexes only entries whose content hash
changed and answers a no-change refresh with one comparison of a whole-list hash.

Vocabulary for maintainers (Whoosh terms):

* *Schema*: the fields of a document and how each is analysed (tokenised, folded, stemmed).
* *Segment*: an immutable chunk of documents on disk; a *TOC* file (one per commit
  *generation*) lists the live segments. Readers open one TOC and never block.
* *Writer*: the single process that may commit; it holds Whoosh's ``MAIN_WRITELOCK``
  file lock. We hold that same lock for a whole refresh, so the hash files we keep next
  to the index always describe the generation we committed.

Concurrency: refreshes in several processes serialise on that lock (with a timeout that
raises ``ConflictError``); searches open the newest TOC and retry once if a concurrent
commit removed a segment under them.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from whoosh import highlight, scoring
from whoosh import query as wq
from whoosh.analysis import (
    STOP_WORDS,
    CharsetFilter,
    IDTokenizer,
    LowercaseFilter,
    RegexTokenizer,
    StemmingAnalyzer,
    Token,
    Tokenizer,
)
from whoosh.fields import BOOLEAN, ID, KEYWORD, NUMERIC, STORED, TEXT, Schema
from whoosh.filedb.filestore import FileStorage
from whoosh.index import TOC, FileIndex
from whoosh.qparser import MultifieldParser
from whoosh.qparser.plugins import FuzzyTermPlugin
from whoosh.query.qcore import _NullQuery
from whoosh.support.charset import accent_map
from whoosh.writing import CLEAR, SegmentWriter

from evidence.errors import ConflictError, LibraryError, QueryError
from evidence.model import Entry, fold, normalize_doi
from evidence.store.paths import default_cache_root, library_slug
from evidence.vocab import PUBTYPE_ALIASES

#: Bump whenever the schema or how an entry becomes a document changes: refresh then
#: rebuilds from scratch instead of mixing old and new documents.
SCHEMA_VERSION = 2

_INDEX_NAME = "MAIN"
_LOCK_NAME = f"{_INDEX_NAME}_WRITELOCK"  # the file lock Whoosh's own writers take
_META_FILE = "evidence-meta.json"
_HASHES_FILE = "evidence-hashes.json"


# --------------------------------------------------------------------------- analysis


@lru_cache(maxsize=1)
def _analyzer():  # type: ignore[no-untyped-def]
    return StemmingAnalyzer() | CharsetFilter(accent_map)


def analyze(text: str) -> list[str]:
    """Tokens as the index sees them: lower-cased, accent-folded, stop words dropped, stemmed."""
    return [t.text for t in _analyzer()(text)]


@lru_cache(maxsize=1)
def _name_analyzer():  # type: ignore[no-untyped-def]
    """Names are folded but neither stemmed nor stop-listed, so ``Lancon`` finds ``Lançon``
    and a surname such as ``May`` stays searchable."""
    return RegexTokenizer() | LowercaseFilter() | CharsetFilter(accent_map)


@lru_cache(maxsize=1)
def _id_analyzer():  # type: ignore[no-untyped-def]
    """Identifiers are one case-insensitive token (DOIs are case-insensitive, keys are typed
    in any case)."""
    return IDTokenizer() | LowercaseFilter()


def _slug(text: str) -> str:
    return re.sub(r"[^0-9a-z]+", "-", fold(text)).strip("-")


class PubTypeTokenizer(Tokenizer):  # type: ignore[misc]
    """One token per semicolon-separated publication type, as a slug (``Meta-Analysis`` ->
    ``meta-analysis``), plus its aliases at index time. Queries go through the same
    slugging, so ``type:"Randomized Controlled Trial"`` and ``type:rct`` both match."""

    def __eq__(self, other: object) -> bool:
        return isinstance(other, PubTypeTokenizer)

    def __hash__(self) -> int:
        return hash(type(self).__name__)

    def __call__(  # type: ignore[no-untyped-def]
        self,
        value: str,
        positions: bool = False,
        chars: bool = False,
        keeporiginal: bool = False,
        removestops: bool = True,
        start_pos: int = 0,
        start_char: int = 0,
        tokenize: bool = True,
        mode: str = "",
        **kwargs,
    ) -> Iterator[Token]:
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        pos = start_pos
        parts = re.finditer(r"[^;]+", value) if tokenize else re.finditer(r".+", value, re.S)
        for match in parts:
            slug = _slug(match.group())
            if not slug:
                continue
            names = [slug] if mode == "query" else [slug, *PUBTYPE_ALIASES.get(slug, ())]
            for name in names:
                token.text = name
                token.boost = 1.0
                token.stopped = False
                if keeporiginal:
                    token.original = match.group()
                if positions:
                    token.pos = pos
                    pos += 1
                if chars:
                    token.startchar = start_char + match.start()
                    token.endchar = start_char + match.end()
                yield token


# --------------------------------------------------------------------------- schema


def _schema() -> Schema:
    stem = _analyzer()
    return Schema(
        id=ID(unique=True, stored=True),  # the exact citation key: the update/delete handle
        hash=STORED(),  # content hash, to recover the hash table if our side file is lost
        key=TEXT(analyzer=_id_analyzer(), phrase=False),
        title=TEXT(analyzer=stem, stored=True),
        abstract=TEXT(analyzer=stem, stored=True),
        author=TEXT(analyzer=_name_analyzer(), stored=True),
        journal=TEXT(analyzer=stem, stored=True),
        year=NUMERIC(int, bits=32, stored=True),
        keyword=TEXT(analyzer=stem, stored=True),
        mesh=TEXT(analyzer=stem, stored=True),
        type=TEXT(analyzer=PubTypeTokenizer() | LowercaseFilter(), stored=True),
        doi=TEXT(analyzer=_id_analyzer(), phrase=False, stored=True),
        pmid=TEXT(analyzer=IDTokenizer(), phrase=False, stored=True),
        note=TEXT(analyzer=stem),
        retracted=BOOLEAN(stored=True),
        has=KEYWORD(lowercase=True, scorable=False),
    )


#: Fields searched by words without a ``field:`` prefix, with their BM25F boosts.
DEFAULT_FIELDS: dict[str, float] = {
    "title": 3.0,
    "author": 2.0,
    "key": 2.0,
    "keyword": 1.5,
    "mesh": 1.5,
    "abstract": 1.0,
    "note": 0.8,
    "journal": 0.5,
    "doi": 1.0,
    "pmid": 1.0,
}

#: Field names users may type, and the aliases we accept for them.
FIELDS: tuple[str, ...] = (
    "title", "abstract", "author", "journal", "year", "key", "doi", "pmid",
    "keyword", "mesh", "type", "note", "retracted", "has",
)  # fmt: skip
FIELD_ALIASES: dict[str, str] = {
    "authors": "author",
    "au": "author",
    "ti": "title",
    "ab": "abstract",
    "keywords": "keyword",
    "kw": "keyword",
    "pubtype": "type",
    "pt": "type",
    "citekey": "key",
    "notes": "note",
    "is": "has",
}
_KNOWN_FIELDS = ", ".join(FIELDS)

QUERY_HELP = """\
Words are matched in title, authors, abstract, keywords, MeSH, journal, key, DOI and PMID,
stemmed and accent-folded (depressed ~ depression, Lancon ~ Lançon); every word must match
(AND), and title matches rank highest (BM25F).

  ketamine depression          both words, anywhere
  "major depression"           a phrase
  meta*                        a prefix (meta, metabolic, meta-analysis...)
  ketamin~  ketamne~2          fuzzy: 1 (or 2) typos after the first letter
  ketamine OR esketamine       either; AND, OR, NOT and (...) combine: (a OR b) NOT c
  -placebo                     exclude a word (same as NOT placebo)
  author:zanos  author:Lancon  an author (surname, given names, any accents)
  author:"Robert Berman"  author:"Berman, Robert M."   a full name, either order
  title:ketamine  abstract:"NMDA receptor"  journal:lancet  note:todo
  keyword:glutamate  mesh:"Depressive Disorder"
  type:meta-analysis  type:review  type:rct  type:"systematic review"
                               PubMed publication type (rct = Randomized Controlled Trial)
  year:2018  year:2014-2018  year:>2015  year:>=2015  year:<2000  year:2010-
  key:berman2000  key:zanos*  doi:10.1126/science.1222939  pmid:10686270
  retracted:yes                works PubMed marks as retracted
  has:pmid  has:abstract  has:doi   entries that carry that field

Field aliases: authors/au, ti, ab, keywords/kw, pubtype/pt, citekey, notes, is.
Snippets mark matched words as [[word]]."""


# --------------------------------------------------------------------------- documents


def entry_hash(entry: Entry) -> str:
    """Content hash of key, type and fields (sorted): equal hashes mean an equal document."""
    parts = [entry.key, entry.type]
    for name in sorted(entry.fields):
        parts.append(name)
        parts.append(entry.fields[name])
    return hashlib.sha256("\x1f".join(parts).encode("utf-8", "surrogatepass")).hexdigest()[:32]


def _split_list(value: str) -> list[str]:
    return [p.strip() for p in re.split(r"[;,]", value) if p.strip()]


def _document(entry: Entry, digest: str) -> dict[str, Any]:
    """How an entry is indexed; bump SCHEMA_VERSION when this changes."""
    people = entry.authors or entry.editors
    journal = entry.journal
    short = entry.text("shortjournal") or entry.text("journal-iso")
    if short and fold(short) != fold(journal):
        journal = f"{journal}; {short}" if journal else short
    mesh = "; ".join(
        t.strip().rstrip("*").strip() for t in entry.text("mesh").split(";") if t.strip()
    )
    present = sorted(name for name, value in entry.fields.items() if value.strip())
    if entry.is_retracted:
        present.append("retraction")
    doc: dict[str, Any] = {
        "id": entry.key,
        "hash": digest,
        "key": entry.key,
        "title": entry.title,
        "abstract": entry.abstract,
        "author": "; ".join(p.display() for p in people if not p.is_others),
        "journal": journal,
        "keyword": "; ".join(_split_list(entry.text("keywords"))),
        "mesh": mesh,
        "type": entry.text("pubtype"),
        "doi": entry.doi,
        "pmid": entry.pmid,
        "note": " ".join(filter(None, (entry.text("note"), entry.text("annote")))),
        "retracted": entry.is_retracted,
        "has": " ".join(present),
    }
    if entry.year is not None:
        doc["year"] = entry.year
    return {k: v for k, v in doc.items() if v != ""}


# --------------------------------------------------------------------------- query syntax

_QUERY_TOKEN = re.compile(
    r"""
    (?P<ws>\s+)
  | (?P<phrase>"[^"]*"(?:~\d+)?)
  | (?P<openquote>")
  | (?P<lparen>\()
  | (?P<rparen>\))
  | (?P<range>[\[{][^\]}]*[\]}])
  | (?P<openrange>[\[{])
  | (?P<sign>[-+])(?=[^\s()])
  | (?P<field>[A-Za-z][A-Za-z_]*):
  | (?P<word>[^\s()"\[{]+)
    """,
    re.X,
)
_YEAR_VALUE = re.compile(
    r"^(?:(?P<single>\d{4})|(?P<start>\d{4})?(?:-|\.\.)(?P<end>\d{4})?|(?P<op>[<>]=?)(?P<bound>\d{4}))$"
)
_YEAR_HINT = "use year:2015, year:2014-2018, year:>2015 or year:<2000"
_OPERATORS = {"AND", "OR", "NOT", "ANDNOT", "ANDMAYBE", "REQUIRE"}
_BOOL_VALUES = {"yes", "no", "true", "false", "y", "n", "1", "0", "t", "f"}


def _year_query(raw: str) -> str:
    """``2014-2018`` / ``>2015`` / ``<=2000`` / ``2010-`` -> Whoosh's ``[a TO b]`` range."""
    m = _YEAR_VALUE.match(raw)
    if not m or raw in {"-", ".."}:
        raise QueryError(f'bad year range "{raw}"', hint=_YEAR_HINT)
    if m["single"]:
        return m["single"]
    if m["op"]:
        bound, op = int(m["bound"]), m["op"]
        return {
            ">": f"{{{bound} TO]",
            ">=": f"[{bound} TO]",
            "<": f"[TO {bound}}}",
            "<=": f"[TO {bound}]",
        }[op]
    start, end = m["start"], m["end"]
    if start and end and int(start) > int(end):
        raise QueryError(f'bad year range "{raw}": {start} is after {end}', hint=_YEAR_HINT)
    return f"[{start or ''} TO {end or ''}]".replace("[ TO", "[TO").replace("TO ]", "TO]")


def _identifier_value(query: str, start: int) -> tuple[str, int]:
    """An unquoted DOI/PMID/key runs to the next space; trailing ``)`` that close an outer
    group (more ``)`` than ``(`` in the value) are given back."""
    end = start
    while end < len(query) and not query[end].isspace():
        end += 1
    value = query[start:end]
    while value.endswith(")") and value.count(")") > value.count("("):
        value = value[:-1]
        end -= 1
    return value, end


def rewrite_query(query: str) -> str:
    """Check a user's query and translate our extensions into Whoosh syntax.

    Raises ``QueryError`` for what Whoosh would silently misread: unbalanced quotes,
    parentheses or brackets, unknown fields, missing field values and bad year ranges.
    Also drops unfielded stop words, so "effects of ketamine" does not require "of" in a
    field that keeps stop words (names, identifiers).
    """
    if not query.strip():
        raise QueryError("empty query", hint="type words to look for, e.g. ketamine depression")
    out: list[str] = []
    depth: list[tuple[int, bool]] = []  # (column, inside a field:(...) group)
    pos = 0
    pending_field: str | None = None
    open_op: tuple[str, int] | None = None  # an operator still waiting for its right operand
    after_operand = False  # whether a binary operator may come next
    while pos < len(query):
        m = _QUERY_TOKEN.match(query, pos)
        assert m is not None  # the word alternative matches any other character
        kind, text, col = m.lastgroup, m.group(), pos + 1
        if pending_field is not None and kind in {"ws", "rparen"}:
            raise QueryError(
                f'missing value after "{pending_field}:" at column {col}',
                hint=(
                    f"write the value right after the colon, e.g. {pending_field}:ketamine"
                    f' or {pending_field}:"two words"'
                ),
            )
        if kind == "openquote":
            raise QueryError(
                f'unbalanced quote: " at column {col} is never closed',
                hint='close the phrase with another ", e.g. "major depression"',
            )
        if kind == "openrange":
            raise QueryError(
                f'unbalanced bracket: "{text}" at column {col} is never closed',
                hint="write a range as [2014 TO 2018], or use year:2014-2018",
            )
        if kind == "word" and text in _OPERATORS and pending_field is None:
            if (open_op is not None and (text != "NOT" or open_op[0] == "NOT")) or (
                open_op is None and text != "NOT" and not after_operand
            ):
                raise QueryError(
                    f'misplaced operator "{text}" at column {col}',
                    hint="put a word on each side, e.g. ketamine AND depression, or NOT placebo",
                )
            open_op, after_operand = (text, col), False
            pos = m.end()
            out.append(text)
            continue
        if kind == "word" and pending_field is None and not text.strip("-+&"):
            pos = m.end()  # a lone "-" or "&" between words ("ketamine - zanos") means nothing
            continue
        if kind == "rparen" and open_op is not None:
            raise QueryError(
                f'operator "{open_op[0]}" at column {open_op[1]} has nothing after it',
                hint="add a word after it or remove it",
            )
        if kind not in {"ws", "lparen", "sign"}:
            open_op, after_operand = None, True
        elif kind == "lparen":
            after_operand = False
        if kind == "lparen":
            depth.append((col, pending_field is not None or bool(depth and depth[-1][1])))
        elif kind == "rparen":
            if not depth:
                raise QueryError(
                    f'unbalanced parenthesis: ")" at column {col} has no matching "("',
                    hint="remove it or add the missing (",
                )
            depth.pop()
        if kind == "field":
            name = m.group("field").lower()
            name = FIELD_ALIASES.get(name, name)
            if name not in FIELDS:
                raise QueryError(
                    f'unknown field "{m.group("field")}:" at column {col}',
                    hint=f'known fields: {_KNOWN_FIELDS}; put text with a colon in quotes',
                )
            pos = m.end()
            if pos >= len(query):
                raise QueryError(
                    f'missing value after "{name}:" at column {pos + 1}',
                    hint=f"write the value right after the colon, e.g. {name}:ketamine",
                )
            if name in {"doi", "pmid", "key"} and query[pos] not in '"(':
                value, pos = _identifier_value(query, pos)
                if name == "doi":
                    value = normalize_doi(value)
                if value.endswith("*") and value[:-1] and re.fullmatch(r"[\w.:/-]+", value[:-1]):
                    out.append(f"{name}:{value[:-1].lower()}*")  # a prefix: key:zanos*
                else:
                    out.append(f'{name}:"{value}"')
                continue
            if name == "year" and query[pos] not in "([{":
                value, pos = _identifier_value(query, pos)
                out.append(f"year:{_year_query(value)}")
                continue
            if name == "author" and query[pos] == '"':
                phrase = _QUERY_TOKEN.match(query, pos)
                if phrase and phrase.lastgroup == "phrase" and phrase.group().endswith('"'):
                    words = phrase.group()[1:-1].split()
                    if len(words) > 1 and "," not in phrase.group():
                        # "Robert M. Berman" is indexed as "Berman, Robert M.": try both orders
                        flipped = " ".join([words[-1], *words[:-1]])
                        out.append(f'(author:{phrase.group()} OR author:"{flipped}")')
                        pos = phrase.end()
                        continue
            if name == "retracted" and query[pos] not in "(":
                value, _ = _identifier_value(query, pos)
                if value.lower() not in _BOOL_VALUES:
                    raise QueryError(
                        f'bad value "{value}" for retracted: at column {pos + 1}',
                        hint="use retracted:yes or retracted:no",
                    )
            out.append(f"{name}:")
            pending_field = name
            continue
        fielded = pending_field is not None or bool(depth and depth[-1][1])
        pos = m.end()
        if kind == "sign" and pending_field is None:  # -word excludes, +word is the default (AND) anyway
            if text == "-":
                out.append("NOT ")
            continue
        pending_field = None
        if kind == "word" and not fielded and text.lower() in STOP_WORDS and text not in _OPERATORS:
            continue
        out.append(text)
    if pending_field is not None:
        raise QueryError(
            f'missing value after "{pending_field}:" at column {len(query) + 1}',
            hint=f"write the value right after the colon, e.g. {pending_field}:ketamine",
        )
    if open_op is not None:
        raise QueryError(
            f'operator "{open_op[0]}" at column {open_op[1]} has nothing after it',
            hint="add a word after it or remove it",
        )
    if depth:
        raise QueryError(
            f'unbalanced parenthesis: "(" at column {depth[-1][0]} is never closed',
            hint="add the missing )",
        )
    return "".join(out)


def _find_error(q: wq.Query) -> str | None:
    """Whoosh turns a field value it cannot parse into an error query instead of raising."""
    error = getattr(q, "error", None)
    if error is not None:
        return str(error)
    for child in q.children():
        found = _find_error(child)
        if found:
            return found
    return None


class _FuzzyPlugin(FuzzyTermPlugin):  # type: ignore[misc]
    """``word~`` keeps its first letter (``word~1/3``: its first three): typos rarely
    hit the first letter, and the sorted term list then needs scanning from there only."""

    def create(self, parser: Any, match: Any) -> Any:
        node = super().create(parser, match)
        if match.group("prefix") is None:
            node.prefixlength = 1
        return node


@lru_cache(maxsize=1)
def _parser() -> MultifieldParser:
    parser = MultifieldParser(list(DEFAULT_FIELDS), _schema(), fieldboosts=DEFAULT_FIELDS)
    parser.add_plugin(_FuzzyPlugin())
    return parser


def parse_query(query: str) -> wq.Query:
    """A user's query as a Whoosh query object, or ``QueryError`` with a fix hint."""
    rewritten = rewrite_query(query)
    try:
        q = _parser().parse(rewritten)
    except Exception as exc:  # whoosh raises assorted errors on odd syntax
        raise QueryError(f"cannot parse query: {exc}", hint="see `evidence search --help`") from exc
    if isinstance(q, _NullQuery):
        raise QueryError(
            f"nothing to search for in {query.strip()!r}: only common words",
            hint="add a more specific word; words such as the, of, and are not indexed",
        )
    error = _find_error(q)
    if error:
        raise QueryError(f"bad query: {error}", hint="see `evidence search --help`")
    return q


# --------------------------------------------------------------------------- results


@dataclass(frozen=True)
class RefreshStats:
    """What a refresh did; ``rebuilt`` is True when it started from an empty index."""

    added: int = 0
    updated: int = 0
    removed: int = 0
    unchanged: int = 0
    rebuilt: bool = False

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated or self.removed or self.rebuilt)


MARK_START = "[["
MARK_END = "]]"


def spans(snippet: str) -> list[tuple[str, bool]]:
    """Split a marked snippet into ``(text, is_match)`` spans, for colouring."""
    out: list[tuple[str, bool]] = []
    for i, part in enumerate(re.split(r"\[\[(.*?)\]\]", snippet)):
        if part:
            out.append((part, i % 2 == 1))
    return out


@dataclass(frozen=True)
class Hit:
    """One ranked result. ``snippet`` marks matched words as ``[[word]]`` (see ``spans``);
    ``matched_fields`` says why the entry matched."""

    key: str
    score: float
    title: str
    snippet: str
    matched_fields: tuple[str, ...]
    year: int | None = None
    authors: str = ""
    journal: str = ""
    retracted: bool = False

    def to_dict(self) -> dict[str, object]:
        return {
            "key": self.key,
            "score": round(self.score, 4),
            "title": self.title,
            "year": self.year,
            "authors": self.authors,
            "journal": self.journal,
            "snippet": self.snippet,
            "matched_fields": list(self.matched_fields),
            "retracted": self.retracted,
        }


class _MarkFormatter(highlight.Formatter):  # type: ignore[misc]
    """Marks matched words with ``[[...]]`` so the CLI can colour them and JSON stays plain."""

    between = " … "

    def format_token(self, text: str, token: Token, replace: bool = False) -> str:
        return MARK_START + highlight.get_text(text, token, replace) + MARK_END


_SNIPPET_FIELDS = ("abstract", "title", "keyword", "mesh", "author", "journal")
_FIELD_ORDER = {name: i for i, name in enumerate(("key", *FIELDS))}


_WHOLE_FIELDS = {"title", "keyword", "journal"}


def _snippet(hit: Any, matched: set[str]) -> str:
    """The abstract around the matched words; else the other matched field that explains the
    hit (``mesh: ...``); else the abstract's opening."""
    for name in _SNIPPET_FIELDS:
        if name in matched:
            hit.results.fragmenter = (
                highlight.WholeFragmenter()
                if name in _WHOLE_FIELDS
                else highlight.ContextFragmenter(maxchars=300, surround=60)
            )
            text = hit.highlights(name, top=2)
            if MARK_START in text:
                return text if name == "abstract" else f"{name}: {text}"
    abstract = hit.get("abstract", "")
    return abstract[:200].rsplit(" ", 1)[0] + " …" if len(abstract) > 200 else abstract


# --------------------------------------------------------------------------- the index


@dataclass(frozen=True)
class _Meta:
    schema: int
    generation: int
    list_hash: str
    count: int
    fingerprint: str = ""


def _list_hash(hashes: Mapping[str, str]) -> str:
    h = hashlib.sha256()
    for key, digest in hashes.items():
        h.update(f"{key}\x1f{digest}\x1e".encode("utf-8", "surrogatepass"))
    return h.hexdigest()


def _write_json(path: Path, data: object) -> None:
    """Atomic replace, so a reader never sees half a file."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(json.dumps(data, separators=(",", ":")), encoding="utf-8")
    os.replace(tmp, path)


@dataclass
class SearchIndex:
    """The search index of one library, stored in the cache (see module docstring)."""

    library_path: Path
    cache_dir: Path | None = None
    lock_timeout: float = 30.0
    env: Mapping[str, str] | None = None
    #: Called as ``progress(done, total)`` every 1000 documents while (re)indexing, so a
    #: CLI can show that a cold build of a large library is moving.
    progress: Callable[[int, int], None] | None = field(default=None, repr=False)
    sleep: Callable[[float], None] = field(default=time.sleep, repr=False)
    clock: Callable[[], float] = field(default=time.monotonic, repr=False)
    index_dir: Path = field(init=False)

    def __post_init__(self) -> None:
        self.library_path = Path(self.library_path).resolve()
        root = Path(self.cache_dir) if self.cache_dir is not None else default_cache_root(self.env)
        self.index_dir = root / "index" / library_slug(self.library_path)

    # -- public API

    def refresh(self, entries: list[Entry], fingerprint: str = "") -> RefreshStats:
        """Bring the index in line with ``entries``: re-index changed entries only, rebuild
        on a schema change or a corrupt index. A no-change refresh opens no writer.

        ``fingerprint`` is optional: a hash of whatever ``entries`` were derived from (e.g.
        sha256 of the .bib bytes). When it equals the one stored by the last refresh, the
        entries are not even hashed. Pass it only if equal fingerprints imply equal entries.
        """
        meta = self._read_meta()
        current = meta is not None and meta.schema == SCHEMA_VERSION and meta.generation == self._generation()
        if current and fingerprint and meta is not None and meta.fingerprint == fingerprint:
            return RefreshStats(unchanged=meta.count)
        hashes = {e.key: entry_hash(e) for e in entries}
        list_hash = _list_hash(hashes)
        unchanged = meta is not None and meta.list_hash == list_hash
        if current and unchanged and meta is not None and fingerprint in ("", meta.fingerprint):
            return RefreshStats(unchanged=len(hashes))
        with self._locked() as storage:
            return self._refresh_locked(storage, entries, hashes, list_hash, fingerprint, force=False)

    def is_current(self, fingerprint: str) -> bool:
        """True when the index was last refreshed from exactly this library content, so a
        search can skip loading (parsing) the library at all: on 100k entries that is seconds."""
        meta = self._read_meta()
        return bool(fingerprint) and meta is not None and meta.schema == SCHEMA_VERSION and \
            meta.fingerprint == fingerprint and meta.generation == self._generation()

    def rebuild(self, entries: list[Entry], fingerprint: str = "") -> RefreshStats:
        """Index ``entries`` from scratch (``evidence index --rebuild``)."""
        hashes = {e.key: entry_hash(e) for e in entries}
        with self._locked() as storage:
            return self._refresh_locked(storage, entries, hashes, _list_hash(hashes), fingerprint, force=True)

    def search(self, query: str, limit: int = 20) -> list[Hit]:
        """Ranked hits for a query in the syntax of ``QUERY_HELP``."""
        if limit < 1:
            raise QueryError(f"limit must be at least 1, not {limit}", hint="use --limit 20")
        q = parse_query(query)
        for attempt in range(3):
            try:
                return self._search(q, limit)
            except (LibraryError, QueryError):
                raise
            except Exception as exc:  # a concurrent commit may remove a segment we opened
                if attempt == 2:
                    raise LibraryError(
                        f"the search index cannot be read ({type(exc).__name__}: {exc})",
                        hint="run `evidence index --rebuild`",
                        path=self.index_dir,
                    ) from exc
                self.sleep(0.05)
        raise AssertionError("unreachable")

    def exists(self) -> bool:
        """True when an index of the current schema version is on disk."""
        meta = self._read_meta()
        return meta is not None and meta.schema == SCHEMA_VERSION and self._generation() >= 0

    def __len__(self) -> int:
        meta = self._read_meta()
        return meta.count if meta else 0

    # -- internals

    def _storage(self) -> FileStorage:
        self.index_dir.mkdir(parents=True, exist_ok=True)
        return FileStorage(str(self.index_dir))

    def _generation(self) -> int:
        if not self.index_dir.is_dir():
            return -1
        return int(TOC._latest_generation(FileStorage(str(self.index_dir)), _INDEX_NAME))

    def _read_meta(self) -> _Meta | None:
        try:
            data = json.loads((self.index_dir / _META_FILE).read_text(encoding="utf-8"))
            return _Meta(
                int(data["schema"]),
                int(data["generation"]),
                str(data["list_hash"]),
                int(data["count"]),
                str(data.get("fingerprint", "")),
            )
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def _read_hashes(self, generation: int) -> dict[str, str] | None:
        try:
            data = json.loads((self.index_dir / _HASHES_FILE).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if not isinstance(data, dict) or data.get("generation") != generation:
            return None
        hashes = data.get("hashes")
        return hashes if isinstance(hashes, dict) else None

    def _write_state(
        self, generation: int, hashes: dict[str, str] | None, list_hash: str, count: int, fingerprint: str
    ) -> None:
        """Side files, written under the write lock after the commit they describe; the
        hash table first, so a meta file never points at a missing table."""
        if hashes is not None:
            _write_json(self.index_dir / _HASHES_FILE, {"generation": generation, "hashes": hashes})
        _write_json(
            self.index_dir / _META_FILE,
            {
                "schema": SCHEMA_VERSION,
                "generation": generation,
                "list_hash": list_hash,
                "count": count,
                "fingerprint": fingerprint,
                "library": str(self.library_path),
            },
        )

    class _Lock:
        def __init__(self, owner: SearchIndex) -> None:
            self.owner = owner
            self.lock: Any = None

        def __enter__(self) -> FileStorage:
            storage = self.owner._storage()
            lock = storage.lock(_LOCK_NAME)
            deadline = self.owner.clock() + self.owner.lock_timeout
            while not lock.acquire(blocking=False):
                if self.owner.clock() >= deadline:
                    raise ConflictError(
                        "the search index is locked by another process",
                        hint="another evidence command is updating it; try again in a moment",
                        path=self.owner.index_dir,
                    )
                self.owner.sleep(0.05)
            self.lock = lock
            return storage

        def __exit__(self, *exc: object) -> None:
            self.lock.release()

    def _locked(self) -> SearchIndex._Lock:
        return SearchIndex._Lock(self)

    def _refresh_locked(
        self,
        storage: FileStorage,
        entries: list[Entry],
        hashes: dict[str, str],
        list_hash: str,
        fingerprint: str,
        *,
        force: bool,
    ) -> RefreshStats:
        meta = self._read_meta()  # again: another process may have refreshed while we waited
        if force or meta is None or meta.schema != SCHEMA_VERSION:
            return self._rebuild_locked(storage, entries, hashes, list_hash, fingerprint, fresh=False)
        try:
            ix = FileIndex(storage, schema=_schema(), indexname=_INDEX_NAME)
            generation = ix.latest_generation()
            if meta.list_hash == list_hash and meta.generation == generation:
                if fingerprint and meta.fingerprint != fingerprint:
                    self._write_state(generation, None, list_hash, len(hashes), fingerprint)
                return RefreshStats(unchanged=len(hashes))
            old = self._read_hashes(generation)
            if old is None:  # a crash between commit and our side files: ask the index
                with ix.reader() as reader:
                    old = {d["id"]: d.get("hash", "") for d in reader.all_stored_fields()}
            return self._apply(ix, entries, hashes, old, list_hash, fingerprint)
        except ConflictError:
            raise
        except Exception:  # unreadable TOC or segment: the index is a cache, start over
            return self._rebuild_locked(storage, entries, hashes, list_hash, fingerprint, fresh=True)

    def _apply(
        self,
        ix: FileIndex,
        entries: list[Entry],
        new: dict[str, str],
        old: dict[str, str],
        list_hash: str,
        fingerprint: str,
    ) -> RefreshStats:
        removed = [k for k in old if k not in new]
        added = {k for k in new if k not in old}
        updated = {k for k in new if k in old and old[k] != new[k]}
        unchanged = len(new) - len(added) - len(updated)
        if removed or added or updated:
            writer = SegmentWriter(ix, _lk=False, compound=False)  # we hold the write lock
            try:
                for key in removed:
                    writer.delete_by_term("id", key)
                todo = [e for e in self._unique(entries) if e.key in updated or e.key in added]
                for done, entry in enumerate(todo, 1):
                    if entry.key in updated:
                        writer.update_document(**_document(entry, new[entry.key]))
                    else:
                        writer.add_document(**_document(entry, new[entry.key]))
                    self._report(done, len(todo))
                writer.commit()
            except BaseException:
                if not writer.is_closed:
                    writer.cancel()
                raise
            generation = writer.generation
        else:
            generation = ix.latest_generation()
        self._write_state(generation, new, list_hash, len(new), fingerprint)
        return RefreshStats(len(added), len(updated), len(removed), unchanged)

    def _report(self, done: int, total: int) -> None:
        if self.progress is not None and (done % 1000 == 0 or done == total):
            self.progress(done, total)

    @staticmethod
    def _unique(entries: Iterable[Entry]) -> list[Entry]:
        """Last entry wins for a duplicated key, matching the hash table."""
        return list({e.key: e for e in entries}.values())

    def _rebuild_locked(
        self,
        storage: FileStorage,
        entries: list[Entry],
        hashes: dict[str, str],
        list_hash: str,
        fingerprint: str,
        *,
        fresh: bool,
    ) -> RefreshStats:
        ix = None
        if not fresh:
            try:  # keep the old TOC readable until the new one replaces it
                ix = FileIndex(storage, schema=_schema(), indexname=_INDEX_NAME)
            except Exception:
                ix = None
        if ix is None:
            TOC.create(storage, _schema(), _INDEX_NAME)
            ix = FileIndex(storage, schema=_schema(), indexname=_INDEX_NAME)
        writer = SegmentWriter(ix, _lk=False, limitmb=256, compound=False)
        try:
            unique = self._unique(entries)
            for done, entry in enumerate(unique, 1):
                writer.add_document(**_document(entry, hashes[entry.key]))
                self._report(done, len(unique))
            writer.commit(mergetype=CLEAR)  # drop every old segment in the same commit
        except BaseException:
            if not writer.is_closed:
                writer.cancel()
            raise
        self._write_state(writer.generation, hashes, list_hash, len(hashes), fingerprint)
        return RefreshStats(added=len(hashes), rebuilt=True)

    def _open_reader_index(self) -> FileIndex:
        meta = self._read_meta()
        if meta is None or self._generation() < 0:
            raise LibraryError(
                "the library has no search index yet",
                hint="run `evidence index --rebuild`",
                path=self.library_path,
            )
        if meta.schema != SCHEMA_VERSION:
            raise LibraryError(
                "the search index was built by another version of evidence",
                hint="run `evidence index --rebuild`",
                path=self.index_dir,
            )
        return FileIndex(FileStorage(str(self.index_dir)), schema=_schema(), indexname=_INDEX_NAME)

    def _search(self, q: wq.Query, limit: int) -> list[Hit]:
        ix = self._open_reader_index()
        weighting = scoring.BM25F(B=0.75, K1=1.2)
        with ix.searcher(weighting=weighting) as searcher:
            # optimize=False: block-quality skipping costs more than it saves on the deep
            # OR trees that prefixes, fuzzy terms and multi-field words expand to (bench).
            results = searcher.search(q, limit=limit, terms=True, optimize=False)
            results.formatter = _MarkFormatter()
            hits = []
            for hit in results:
                matched = {name for name, _ in (hit.matched_terms() or [])}
                known = (f for f in matched if f in _FIELD_ORDER)
                fields = tuple(sorted(known, key=_FIELD_ORDER.__getitem__))
                hits.append(
                    Hit(
                        key=hit["id"],
                        score=float(hit.score or 0.0),
                        title=hit.get("title", ""),
                        snippet=_snippet(hit, matched),
                        matched_fields=fields,
                        year=hit.get("year"),
                        authors=hit.get("author", ""),
                        journal=hit.get("journal", ""),
                        retracted=bool(hit.get("retracted", False)),
                    )
                )
        hits.sort(key=lambda h: (-round(h.score, 6), h.key))
        return hits
