"""The search query language: what users may type, checked and translated into Whoosh's syntax.

``rewrite_query`` walks the query token by token with one small handler per kind of token;
it raises ``QueryError`` (with the column and a fix hint) for what Whoosh would silently
misread. ``parse_query`` then hands the rewritten text to Whoosh's parser.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from whoosh import query as wq
from whoosh.analysis import STOP_WORDS
from whoosh.qparser import MultifieldParser
from whoosh.qparser.plugins import FuzzyTermPlugin
from whoosh.query.qcore import _NullQuery

from evidence.errors import QueryError
from evidence.model import normalize_doi
from evidence.search.schema import schema

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

#: Longer queries are refused before parsing: Whoosh's query tagger is quadratic in the
#: length of a word (a 100,000-character word took over a minute). Real queries, DOIs
#: and URLs included, fit well within both limits.
MAX_QUERY_CHARS = 1000
MAX_WORD_CHARS = 200

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
_LONG_WORD = re.compile(rf"\S{{{MAX_WORD_CHARS + 1},}}")
_YEAR_VALUE = re.compile(
    r"^(?:(?P<single>\d{4})|(?P<start>\d{4})?(?:-|\.\.)(?P<end>\d{4})?|(?P<op>[<>]=?)(?P<bound>\d{4}))$"
)
_YEAR_HINT = "use year:2015, year:2014-2018, year:>2015 or year:<2000"
_OPERATORS = {"AND", "OR", "NOT", "ANDNOT", "ANDMAYBE", "REQUIRE"}
_BOOL_VALUES = {"yes", "no", "true", "false", "y", "n", "1", "0", "t", "f"}
_IDENTIFIER_FIELDS = {"doi", "pmid", "key"}


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


def _check_length(query: str) -> None:
    """Refuse what would keep Whoosh busy for minutes, before any parsing."""
    if len(query) > MAX_QUERY_CHARS:
        raise QueryError(
            f"query too long: {len(query):,} characters (the limit is {MAX_QUERY_CHARS:,})",
            hint="search for fewer, more specific words",
        )
    long_word = _LONG_WORD.search(query)
    if long_word:
        raise QueryError(
            f"word too long at column {long_word.start() + 1}: {len(long_word.group()):,} characters"
            f" (the limit is {MAX_WORD_CHARS})",
            hint="search for a shorter part of it, or a prefix such as word*",
        )


def _missing_value(name: str, col: int, example: bool = True) -> QueryError:
    hint = f"write the value right after the colon, e.g. {name}:ketamine"
    if example:
        hint += f' or {name}:"two words"'
    return QueryError(f'missing value after "{name}:" at column {col}', hint=hint)


def _dangling_operator(op: tuple[str, int]) -> QueryError:
    return QueryError(
        f'operator "{op[0]}" at column {op[1]} has nothing after it', hint="add a word after it or remove it"
    )


@dataclass
class _Rewriter:
    """The state of one ``rewrite_query`` walk: what was written, and what is still open."""

    query: str
    out: list[str] = field(default_factory=list)
    pos: int = 0
    depth: list[tuple[int, bool]] = field(default_factory=list)  # (column, inside a field:(...) group)
    pending_field: str | None = None  # a field whose value is the next token
    open_op: tuple[str, int] | None = None  # an operator still waiting for its right operand
    after_operand: bool = False  # whether a binary operator may come next

    def run(self) -> str:
        while self.pos < len(self.query):
            m = _QUERY_TOKEN.match(self.query, self.pos)
            assert m is not None  # the word alternative matches any other character
            self.step(m)
        self.finish()
        return "".join(self.out)

    def step(self, m: re.Match[str]) -> None:
        kind, text, col = m.lastgroup or "", m.group(), self.pos + 1
        self.refuse_unclosed(kind, text, col)
        if kind == "word" and self.pending_field is None:
            if text in _OPERATORS:
                self.operator(text, col)
                self.pos = m.end()
                return
            if not text.strip("-+&"):  # a lone "-" or "&" between words ("ketamine - zanos") means nothing
                self.pos = m.end()
                return
        self.track_operands(kind)
        self.track_groups(kind, col)
        if kind == "field":
            self.field(m, col)
        else:
            self.operand(kind, text, m.end())

    def refuse_unclosed(self, kind: str, text: str, col: int) -> None:
        """A field without a value, a quote or a bracket that never closes."""
        if self.pending_field is not None and kind in {"ws", "rparen"}:
            raise _missing_value(self.pending_field, col)
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
        if kind == "rparen" and self.open_op is not None:
            raise _dangling_operator(self.open_op)

    def operator(self, text: str, col: int) -> None:
        """AND/OR/... need an operand before them (NOT excepted) and may not follow each other."""
        if (self.open_op is not None and (text != "NOT" or self.open_op[0] == "NOT")) or (
            self.open_op is None and text != "NOT" and not self.after_operand
        ):
            raise QueryError(
                f'misplaced operator "{text}" at column {col}',
                hint="put a word on each side, e.g. ketamine AND depression, or NOT placebo",
            )
        self.open_op, self.after_operand = (text, col), False
        self.out.append(text)

    def track_operands(self, kind: str) -> None:
        if kind not in {"ws", "lparen", "sign"}:
            self.open_op, self.after_operand = None, True
        elif kind == "lparen":
            self.after_operand = False

    def track_groups(self, kind: str, col: int) -> None:
        if kind == "lparen":
            fielded = self.pending_field is not None or bool(self.depth and self.depth[-1][1])
            self.depth.append((col, fielded))
        elif kind == "rparen":
            if not self.depth:
                raise QueryError(
                    f'unbalanced parenthesis: ")" at column {col} has no matching "("',
                    hint="remove it or add the missing (",
                )
            self.depth.pop()

    def operand(self, kind: str, text: str, end: int) -> None:
        """Words, phrases, ranges, parentheses and signs: copied, except signs and stop words."""
        fielded = self.pending_field is not None or bool(self.depth and self.depth[-1][1])
        self.pos = end
        if kind == "sign" and self.pending_field is None:  # -word excludes, +word is the default (AND) anyway
            if text == "-":
                self.out.append("NOT ")
            return
        self.pending_field = None
        if kind == "word" and not fielded and text.lower() in STOP_WORDS and text not in _OPERATORS:
            return
        self.out.append(text)

    def field(self, m: re.Match[str], col: int) -> None:
        """``name:`` and, for fields whose values we translate, the value too."""
        typed = m.group("field")
        name = FIELD_ALIASES.get(typed.lower(), typed.lower())
        if name not in FIELDS:
            raise QueryError(
                f'unknown field "{typed}:" at column {col}',
                hint=f"known fields: {_KNOWN_FIELDS}; put text with a colon in quotes",
            )
        self.pos = m.end()
        if self.pos >= len(self.query):
            raise _missing_value(name, self.pos + 1, example=False)
        first = self.query[self.pos]
        if name in _IDENTIFIER_FIELDS and first not in '"(':
            self.identifier(name)
        elif name == "year" and first not in "([{":
            value, self.pos = _identifier_value(self.query, self.pos)
            self.out.append(f"year:{_year_query(value)}")
        elif not (name == "author" and first == '"' and self.author_phrase()):
            if name == "retracted" and first != "(":
                self.check_bool(name)
            self.out.append(f"{name}:")
            self.pending_field = name

    def identifier(self, name: str) -> None:
        """``doi:10.1016/S0006-3223(99)00230-9`` runs to the next space; ``key:zanos*`` is a prefix."""
        value, self.pos = _identifier_value(self.query, self.pos)
        if name == "doi":
            value = normalize_doi(value)
        if value.endswith("*") and value[:-1] and re.fullmatch(r"[\w.:/-]+", value[:-1]):
            self.out.append(f"{name}:{value[:-1].lower()}*")  # a prefix: key:zanos*
        else:
            self.out.append(f'{name}:"{value}"')

    def author_phrase(self) -> bool:
        """``author:"Robert M. Berman"`` is indexed as "Berman, Robert M.": try both orders."""
        phrase = _QUERY_TOKEN.match(self.query, self.pos)
        if not (phrase and phrase.lastgroup == "phrase" and phrase.group().endswith('"')):
            return False
        words = phrase.group()[1:-1].split()
        if len(words) < 2 or "," in phrase.group():
            return False
        flipped = " ".join([words[-1], *words[:-1]])
        self.out.append(f'(author:{phrase.group()} OR author:"{flipped}")')
        self.pos = phrase.end()
        return True

    def check_bool(self, name: str) -> None:
        value, _ = _identifier_value(self.query, self.pos)
        if value.lower() not in _BOOL_VALUES:
            raise QueryError(
                f'bad value "{value}" for {name}: at column {self.pos + 1}',
                hint=f"use {name}:yes or {name}:no",
            )

    def finish(self) -> None:
        """What is still open at the end of the query."""
        if self.pending_field is not None:
            raise _missing_value(self.pending_field, len(self.query) + 1, example=False)
        if self.open_op is not None:
            raise _dangling_operator(self.open_op)
        if self.depth:
            raise QueryError(
                f'unbalanced parenthesis: "(" at column {self.depth[-1][0]} is never closed',
                hint="add the missing )",
            )


def rewrite_query(query: str) -> str:
    """Check a user's query and translate our extensions into Whoosh syntax.

    Raises ``QueryError`` for what Whoosh would silently misread: unbalanced quotes,
    parentheses or brackets, unknown fields, missing field values and bad year ranges,
    and for queries too long to parse in reasonable time.
    Also drops unfielded stop words, so "effects of ketamine" does not require "of" in a
    field that keeps stop words (names, identifiers).
    """
    _check_length(query)
    if not query.strip():
        raise QueryError("empty query", hint="type words to look for, e.g. ketamine depression")
    return _Rewriter(query).run()


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
    parser = MultifieldParser(list(DEFAULT_FIELDS), schema(), fieldboosts=DEFAULT_FIELDS)
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
