"""The query language: what ``rewrite_query`` turns a query into, and every error it raises.

The translation tables were produced by the code before it was split into per-token
handlers, so they pin its behaviour (quirks included: see the stop-word cases)."""

from __future__ import annotations

import pytest

from evidence.errors import QueryError
from evidence.search.query import (
    FIELD_ALIASES,
    FIELDS,
    MAX_QUERY_CHARS,
    MAX_WORD_CHARS,
    QUERY_HELP,
    parse_query,
    rewrite_query,
)


@pytest.mark.parametrize(
    ("query", "rewritten"),
    [
        ('effects of ketamine', 'effects  ketamine'),
        ('ketamine -placebo +esketamine', 'ketamine NOT placebo esketamine'),
        ('ketamine - zanos', 'ketamine  zanos'),
        ('ketamine & zanos', 'ketamine  zanos'),
        ('doi:https://doi.org/10.1126/SCIENCE.1222939', 'doi:"10.1126/science.1222939"'),
        (
            '(doi:10.1016/S0006-3223(99)00230-9 OR pmid:23042884)',
            '(doi:"10.1016/s0006-3223(99)00230-9" OR pmid:"23042884")',
        ),
        ('key:Zanos*', 'key:zanos*'),
        ('doi:10.1038/mp*', 'doi:10.1038/mp*'),
        ('key:"Zanos2018"', 'key:"Zanos2018"'),
        ('year:2014-2018', 'year:[2014 TO 2018]'),
        ('year:>2015', 'year:{2015 TO]'),
        ('year:>=2015', 'year:[2015 TO]'),
        ('year:<2000', 'year:[TO 2000}'),
        ('year:<=2000', 'year:[TO 2000]'),
        ('year:2010-', 'year:[2010 TO]'),
        ('year:-2010', 'year:[TO 2010]'),
        ('year:2000..2010', 'year:[2000 TO 2010]'),
        ('year:[2000 TO 2012]', 'year:[2000 TO 2012]'),
        ('year:(2014 OR 2015)', 'year:(2014 OR 2015)'),
        ('author:"Robert M. Berman"', '(author:"Robert M. Berman" OR author:"Berman Robert M.")'),
        ('author:"Berman, Robert"', 'author:"Berman, Robert"'),
        ('author:"Zanos"', 'author:"Zanos"'),
        ('au:zanos', 'author:zanos'),
        ('AUTHOR:Lancon', 'author:Lancon'),
        ('retracted:yes', 'retracted:yes'),
        ('retracted:(yes)', 'retracted:(yes)'),
        ('title:(the of ketamine)', 'title:(the of ketamine)'),
        ('title:the', 'title:the'),
        ('NOT placebo ketamine', 'NOT placebo ketamine'),
        ('ketamine AND NOT placebo', 'ketamine AND NOT placebo'),
        ('(a OR b) NOT c', '( OR b) NOT c'),
        ('pt:rct', 'type:rct'),
        ('is:pmid', 'has:pmid'),
        ('kw:glutamate', 'keyword:glutamate'),
        ('"major depression"~2', '"major depression"~2'),
        ('title:"the effects"', 'title:"the effects"'),
        ('ketamin~ ketamne~2', 'ketamin~ ketamne~2'),
        ('meta*', 'meta*'),
        ('The AND ketamine', ' AND ketamine'),
        ('ketamine OR the', 'ketamine OR '),
    ],
)
def test_rewrite(query: str, rewritten: str) -> None:
    assert rewrite_query(query) == rewritten


_MISPLACED = "put a word on each side, e.g. ketamine AND depression, or NOT placebo"
_AFTER = "write the value right after the colon, e.g. "
_CLOSE = 'close the phrase with another ", e.g. "major depression"'


@pytest.mark.parametrize(
    ("query", "message", "hint"),
    [
        ('NOT NOT ketamine', 'misplaced operator "NOT" at column 5', _MISPLACED),
        ('ketamine AND OR x', 'misplaced operator "OR" at column 14', _MISPLACED),
        ('(ketamine AND)', 'operator "AND" at column 11 has nothing after it', 'add a word after it or remove it'),
        ('(title:)', 'missing value after "title:" at column 8', _AFTER + 'title:ketamine or title:"two words"'),
        (
            'ketamine {2014',
            'unbalanced bracket: "{" at column 10 is never closed',
            'write a range as [2014 TO 2018], or use year:2014-2018',
        ),
        ('AND', 'misplaced operator "AND" at column 1', _MISPLACED),
        ('ketamine NOT', 'operator "NOT" at column 10 has nothing after it', 'add a word after it or remove it'),
        ('year:', 'missing value after "year:" at column 6', _AFTER + 'year:ketamine'),
        ('title:(ketamine', 'unbalanced parenthesis: "(" at column 7 is never closed', 'add the missing )'),
        ('doi:', 'missing value after "doi:" at column 5', _AFTER + 'doi:ketamine'),
        ('year:--', 'bad year range "--"', 'use year:2015, year:2014-2018, year:>2015 or year:<2000'),
        ('year:-', 'bad year range "-"', 'use year:2015, year:2014-2018, year:>2015 or year:<2000'),
        ('year:..', 'bad year range ".."', 'use year:2015, year:2014-2018, year:>2015 or year:<2000'),
        ('retracted:', 'missing value after "retracted:" at column 11', _AFTER + 'retracted:ketamine'),
        ('retracted:2', 'bad value "2" for retracted: at column 11', 'use retracted:yes or retracted:no'),
        ('author:', 'missing value after "author:" at column 8', _AFTER + 'author:ketamine'),
        ('"', 'unbalanced quote: " at column 1 is never closed', _CLOSE),
        ('ketamine "a b', 'unbalanced quote: " at column 10 is never closed', _CLOSE),
        (')(', 'unbalanced parenthesis: ")" at column 1 has no matching "("', 'remove it or add the missing ('),
        ('NOT AND x', 'misplaced operator "AND" at column 5', _MISPLACED),
        ('title:doi:10.1/x', 'missing value after "title:" at column 17', _AFTER + 'title:ketamine'),
    ],
)
def test_rewrite_errors(query: str, message: str, hint: str) -> None:
    with pytest.raises(QueryError) as info:
        rewrite_query(query)
    assert (info.value.message, info.value.hint) == (message, hint.replace(_MISPLACED, _MISPLACED))


_MISPLACED = "put a word on each side, e.g. ketamine AND depression, or NOT placebo"
_AFTER = "write the value right after the colon, e.g. "
_CLOSE = 'close the phrase with another ", e.g. "major depression"'


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("", "empty query"),
        ("   ", "empty query"),
        ("(ketamine", 'unbalanced parenthesis: "(" at column 1 is never closed'),
        ("ketamine)", 'unbalanced parenthesis: ")" at column 9 has no matching "("'),
        ('"major depression', 'unbalanced quote: " at column 1 is never closed'),
        ("foo:bar", 'unknown field "foo:" at column 1'),
        ("ketamine http://x.org", 'unknown field "http:" at column 10'),
        ("year:20x", 'bad year range "20x"'),
        ("year:2018-2014", 'bad year range "2018-2014": 2018 is after 2014'),
        ("year:(2014 OR 20x)", "bad query: '20x' is not a valid number"),
        ("year:[2014 TO", 'unbalanced bracket: "[" at column 6 is never closed'),
        ("title:", 'missing value after "title:" at column 7'),
        ("title: ketamine", 'missing value after "title:" at column 7'),
        ("retracted:maybe", 'bad value "maybe" for retracted: at column 11'),
        ("ketamine AND", 'operator "AND" at column 10 has nothing after it'),
        ("OR ketamine", 'misplaced operator "OR" at column 1'),
        ("the of", "nothing to search for in 'the of': only common words"),
    ],
)
def test_malformed_queries_raise_query_error(query: str, message: str) -> None:
    with pytest.raises(QueryError) as info:
        parse_query(query)
    assert info.value.message == message
    assert info.value.hint


def test_unknown_field_hint_lists_the_fields() -> None:
    with pytest.raises(QueryError) as info:
        parse_query("auhtor:zanos")
    assert info.value.hint == (
        "known fields: title, abstract, author, journal, year, key, doi, pmid, keyword, mesh, "
        "type, note, retracted, has; put text with a colon in quotes"
    )


def test_query_help_documents_every_field() -> None:
    for name in ("author:", "title:", "abstract:", "journal:", "year:2014-2018", "year:>2015",
                 "key:", "doi:", "pmid:", "keyword:", "mesh:", "type:rct", "retracted:yes",
                 "has:pmid", '"', "meta*", "ketamin~", "NOT", "[[word]]"):  # fmt: skip
        assert name in QUERY_HELP
    assert set(FIELD_ALIASES.values()) <= set(FIELDS)


def test_parse_translates_our_extensions_into_whoosh_queries() -> None:
    assert repr(parse_query("type:rct year:>2015")) == (
        "And([Term('type', 'rct'), NumericRange('year', 2015, None, True, False, boost=1.0, constantscore=True)])"
    )
    assert repr(parse_query('author:"Robert M. Berman"')) == (
        "Or([Phrase('author', ['robert', 'm', 'berman'], slop=1, boost=1.000000), "
        "Phrase('author', ['berman', 'robert', 'm'], slop=1, boost=1.000000)])"
    )
    fuzzy = parse_query("ketamin~")
    assert {(t.fieldname, t.text, t.maxdist, t.prefixlength) for t in fuzzy.children()} == {
        (name, "ketamin", 1, 1)
        for name in ("title", "author", "key", "keyword", "mesh", "abstract", "note", "journal", "doi", "pmid")
    }


# --------------------------------------------------------------------------- length limits


def test_a_huge_word_is_refused_before_whoosh_sees_it() -> None:
    """Issue 14, item 13: a 100,000-character word kept Whoosh's query tagger busy for minutes."""
    with pytest.raises(QueryError) as info:
        rewrite_query("x" * 100_000)  # on the old code: no error, and parse_query then ran for minutes
    assert info.value.message == "query too long: 100,000 characters (the limit is 1,000)"
    assert info.value.hint == "search for fewer, more specific words"


def test_a_long_word_is_refused_with_its_column() -> None:
    word = "a" * (MAX_WORD_CHARS + 1)
    with pytest.raises(QueryError) as info:
        rewrite_query(f"ketamine {word}")
    assert info.value.message == "word too long at column 10: 201 characters (the limit is 200)"
    assert info.value.hint == "search for a shorter part of it, or a prefix such as word*"
    assert rewrite_query("a" * MAX_WORD_CHARS) == "a" * MAX_WORD_CHARS


def test_the_query_limit_counts_characters() -> None:
    words = " ".join(["ketamine"] * 111)  # 998 characters
    assert rewrite_query(words + " x") == words + " x"
    assert len(words + " x") == MAX_QUERY_CHARS
    with pytest.raises(QueryError) as info:
        rewrite_query(words + " xy")
    assert info.value.message == "query too long: 1,001 characters (the limit is 1,000)"
    with pytest.raises(QueryError, match="query too long: 1,001 characters"):
        rewrite_query(" " * 1001)  # length first: even blank, it is not worth a look
