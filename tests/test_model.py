"""Name parsing and identity helpers of the entry model, on the hard cases real files have."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from evidence.model import (
    Entry,
    Person,
    _split_names_braced,
    _split_top,
    _words,
    describe_notices,
    evidence_type,
    first_name,
    fold,
    normalize_doi,
    parse_name,
    split_names,
)


def test_split_names_respects_braces_and_case() -> None:
    assert split_names("A, B and C, D and {Smith and Sons} and E") == ["A, B", "C, D", "{Smith and Sons}", "E"]
    assert split_names("A, B AND C") == ["A, B", "C"]
    assert split_names("A and {B and} C and D") == ["A", "{B and} C", "D"]
    assert split_names("") == []


@given(st.lists(st.from_regex(r"[A-Z][a-z]{1,8}, [A-Z]\.", fullmatch=True), min_size=1, max_size=8))
def test_split_names_round_trip(names: list[str]) -> None:
    assert split_names(" and ".join(names)) == names


NAME_PIECES = st.sampled_from(["a", "A", ",", " ", "{", "}", " and ", " AND ", "and", "\t"])


@given(st.lists(NAME_PIECES, max_size=20).map("".join))
def test_first_name_is_the_first_of_the_split_list(value: str) -> None:
    # the index reads each entry's first name alone; it must be the one the whole list's split gives
    assert first_name(value) == (split_names(value) or [""])[0]


@given(st.lists(NAME_PIECES, max_size=20).map("".join))
def test_first_author_and_count_read_alone_are_those_of_the_parsed_list(value: str) -> None:
    # a report of 10,000 uncited entries reads each one's first surname and count without parsing every name
    alone, parsed = Entry("k", fields={"author": value}), Entry("k", fields={"author": value})
    assert (alone.first_author, alone.author_count) == (
        parsed.authors[0].surname if parsed.authors else "", len(parsed.authors))
    assert "authors" not in alone.__dict__  # not parsed behind the caller's back


def test_first_name_skips_empty_names_and_braced_ands() -> None:
    assert first_name(" and {Smith and Sons} and Jones, A.") == "{Smith and Sons}"
    assert first_name("Berman, R. M. and Cappiello, A.") == "Berman, R. M."
    assert first_name("") == ""


@given(st.text(alphabet=st.sampled_from(["a", "B", ",", " ", "\t", "\\", "~", "-", "}"]), max_size=30))
def test_brace_free_names_split_as_the_brace_aware_reader_splits_them(value: str) -> None:
    # the fast path (no braces: plain str.split) must agree with the character reader it skips; a leading
    # "{}" piece sends the same text through that reader
    assert _split_top("{}," + value, ",")[1:] == _split_top(value, ",")
    assert _words("{} " + value)[1:] == _words(value)


@given(st.lists(st.sampled_from(["a", "A", ",", " ", " and ", " AND ", "and", "\t", "}"]), max_size=20).map("".join))
def test_brace_free_name_lists_split_as_the_brace_aware_reader_splits_them(value: str) -> None:
    assert split_names(value) == _split_names_braced(value)


def test_parse_name_forms() -> None:
    assert parse_name("Berman, Robert M.").initials == "RM"
    assert parse_name("Lan{\\c{c}}on, C.").last == "Lançon"
    assert parse_name("Ludwig van Beethoven").surname == "van Beethoven"
    assert parse_name("van der Berg, Jan").surname == "van der Berg"
    assert parse_name("Jolly, III, James").jr == "III"
    assert parse_name("{{U.S. Department, NIH}}").last == "U.S. Department, NIH"
    assert parse_name("Jean-Pierre Dupont").initials == "J-P"
    assert parse_name("others").is_others


def test_identity_helpers() -> None:
    assert fold("Lançon Müller") == "lancon muller"
    assert normalize_doi("https://doi.org/10.1016/S0006-3223(99)00230-9") == "10.1016/s0006-3223(99)00230-9"
    assert normalize_doi("doi: 10.1038/MP.2017.255") == "10.1038/mp.2017.255"
    assert describe_notices("11111; J Biol Chem 1999 May 7;274(19):13728") == \
        "PMID 11111; J Biol Chem 1999 May 7;274(19):13728"


def test_evidence_type_prefers_pubmed_publication_types() -> None:
    meta = Entry("a", "article", {"pubtype": "Journal Article; Meta-Analysis; Review"})
    assert evidence_type(meta) == "meta-analysis"
    assert evidence_type(Entry("b", "article", {"title": "A randomized trial of X"})) == "RCT?"
    assert evidence_type(Entry("c", "article", {"retracted": "12345"})) == "RETRACTED"
    assert evidence_type(Entry("d", "article", {"title": "Notes"})) == ""


def test_the_lead_is_the_first_author_else_the_first_editor() -> None:
    entry = Entry("k", "article", {"author": "Berman, Robert M. and Cappiello, Angela"})
    assert entry.lead == Person(last="Berman", first="Robert M.")
    assert Entry("k", "book", {"editor": "Duman, R. S. and Aghajanian, G. K."}).lead == Person(last="Duman",
                                                                                              first="R. S.")
    assert Entry("k", "misc", {}).lead is None
    assert entry.authors[0] == entry.lead  # the same reading as the whole list's
    entry.set("author", "Zanos, Panos")  # an edited author list is read again, not the cached first name
    book = Entry("b", "book", {"editor": "Duman, R. S."})
    assert [p.last for p in book.editors] == ["Duman"] and book.lead == Person(last="Duman", first="R. S.")
    book.fields["editor"] = "Krystal, John H."  # a change made to the fields directly (as a merge does) ...
    book.forget_names()  # ... is read again once the names are forgotten
    assert ([p.last for p in book.editors], book.lead) == (["Krystal"], Person(last="Krystal", first="John H."))
    assert (entry.lead, entry.authors) == (Person(last="Zanos", first="Panos"), [Person(last="Zanos", first="Panos")])


@given(st.text())
def test_fold_of_plain_ascii_is_its_lower_case_and_the_same_as_the_slow_path(text: str) -> None:
    slow = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).casefold()
    assert fold(text) == slow
