"""Fixtures for the sources tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fakes import FakeBooks, FakeClock, books_server


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def books() -> Iterator[FakeBooks]:
    """The recorded arXiv and Open Library answers, served on the loopback."""
    with books_server() as fake:
        yield fake
