"""The indented JSON writer gives exactly the standard library's bytes, whatever the value."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from evidence.jsontext import dumps

JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.tuples(inner, inner)
    | st.dictionaries(st.text() | st.integers() | st.booleans() | st.none(), inner, max_size=4),
    max_leaves=25)


@given(JSON, st.booleans(), st.sampled_from([1, 2, 4]))
def test_the_same_text_as_json_dumps(value: object, ascii_only: bool, indent: int) -> None:
    assert dumps(value, indent=indent, ensure_ascii=ascii_only) == json.dumps(
        value, indent=indent, ensure_ascii=ascii_only)


def test_a_check_report_shaped_value_and_what_json_refuses() -> None:
    value = {"schema_version": 3, "citations": [{"text": "Berman et al. (2000)", "score": 1.5, "flags": [],
                                                 "entry": None, "spans": [(0, 6)], "é": "naïve"}], "uncited": {}}
    assert dumps(value, ensure_ascii=False) == json.dumps(value, indent=2, ensure_ascii=False)
    with pytest.raises(TypeError):
        dumps({"when": object()})
    with pytest.raises(TypeError):
        json.dumps({"when": object()}, indent=2)
