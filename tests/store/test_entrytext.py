"""Which values may be written: braces that balance both as BibTeX counts them and as parsers skip escaped ones."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from evidence.errors import EntryError
from evidence.store.entrytext import _balanced, check_value


def _one_by_one(value: str, skip_escaped: bool) -> bool:
    """The rule read literally, one character at a time."""
    depth, i = 0, 0
    while i < len(value):
        if skip_escaped and value[i] == "\\":
            i += 2
            continue
        depth += {"{": 1, "}": -1}.get(value[i], 0)
        if depth < 0:
            return False
        i += 1
    return depth == 0


@given(st.text(alphabet="{}\\a \n", max_size=40))
def test_balance_is_the_rule_read_one_character_at_a_time(value: str) -> None:
    assert _balanced(value, skip_escaped=False) is _one_by_one(value, False)
    assert _balanced(value, skip_escaped=True) is _one_by_one(value, True)


@pytest.mark.parametrize(("value", "problem"), [
    ("{{ZnO}} nanowires on {Si}", ""),
    ("Growth of {ZnO} }{ wires", "unbalanced braces"),
    ("50\\% of {\\\"u}ber", ""),
    ("a \\{ brace", "unbalanced braces"),  # BibTeX counts the escaped brace
    ("{a \\} b", "an unpaired escaped brace (\\{ or \\})"),  # balanced only if \} counts as a brace
    ("ends in \\", "a trailing backslash"),
    ("two lines\n  @misc", "a line starting with @"),
])
def test_check_value_names_the_problem(value: str, problem: str) -> None:
    if not problem:
        check_value("k", "title", value)
        return
    with pytest.raises(EntryError) as info:
        check_value("k", "title", value)
    assert info.value.message == f"value of 'title' in 'k' has {problem}"
