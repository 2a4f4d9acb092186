"""Fixtures for the sources tests."""

from __future__ import annotations

import pytest
from clocks import FakeClock


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()
