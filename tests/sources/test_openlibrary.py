"""Open Library ISBN client against a loopback server of recorded answers (tests/fixtures/openlibrary, SOURCES.md)."""

from __future__ import annotations

import pytest
from fakes import FakeBooks
from fakes import books_client as client

from evidence.errors import ServiceUnavailableError
from evidence.sources.identifiers import isbn10, isbn13, parse_identifier


def test_a_book_by_isbn_13(books: FakeBooks) -> None:
    out = client(books).isbn_works(["9782070427796"])
    assert [(h.params["bibkeys"], h.params["jscmd"], h.params["format"]) for h in books.hits] == [
        ("ISBN:9782070427796", "data", "json")]
    work = out["9782070427796"]
    assert work is not None and (work.type, work.source) == ("book", "Open Library")
    assert work.fields == {
        "author": "Quignard, Pascal",
        "title": "Les ombres errantes",
        "year": "2002",
        "publisher": "Gallimard",
        "address": "Paris",
        "isbn": "9782070427796",
        "url": "https://openlibrary.org/books/OL16262504M/Les_ombres_errantes",
    }


def test_the_isbn_10_open_library_lists_is_the_same_book() -> None:
    """The recorded record lists only its ISBN-10, 207042779X: both forms name one book."""
    assert (isbn10("9782070427796"), isbn13("isbn:207042779X"), isbn13("ISBN 2-07-042779-X")) == (
        "207042779X", "9782070427796", "9782070427796")
    assert parse_identifier("isbn:207042779X") == parse_identifier("978-2-07-042779-6") == ("isbn", "9782070427796")


def test_a_bare_isbn_10_is_read_when_its_form_says_so() -> None:
    # hyphenated, or ending in X, a ten-digit number is an ISBN-10; bare digits alone are not taken for one
    assert parse_identifier("2-07-042779-X") == parse_identifier("207042779X") == ("isbn", "9782070427796")
    assert isbn13("2070427799") == ""


@pytest.mark.parametrize("text", ["isbn:2070427790", "9782070427797", "isbn:97820704277"])
def test_a_wrong_check_digit_or_length_is_no_isbn(text: str) -> None:
    assert isbn13(text) == ""


def test_isbn10_has_no_979_form() -> None:
    assert isbn10("9791032305690") == ""


def test_a_book_open_library_cannot_answer_fails_that_request_only(books: FakeBooks) -> None:
    works = client(books)
    with pytest.raises(ServiceUnavailableError):
        works.isbn_works(["9780199568864"])  # nothing recorded for it: the server says 599
    assert works.isbn_works(["9782070427796"])["9782070427796"] is not None
