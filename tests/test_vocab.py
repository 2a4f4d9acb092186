"""The domain vocabulary's tables hold each name once."""

from __future__ import annotations

from evidence.vocab import NATIONS


def test_each_nation_and_each_of_its_forms_is_listed_once() -> None:
    lines = [[name.strip().lower() for name in line.split(",")] for line in NATIONS.strip().splitlines()]
    forms = [form for line in lines for form in line]
    assert len(lines) == 88
    assert sorted({f for f in forms if forms.count(f) > 1}) == []
