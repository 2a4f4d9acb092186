"""The names `from evidence import ...` promises resolve, cheaply, to the real objects."""

from __future__ import annotations

import subprocess
import sys

import pytest

import evidence


@pytest.mark.parametrize("name", [n for n in evidence.__all__ if n != "__version__"])
def test_every_public_name_resolves(name: str) -> None:
    obj = getattr(evidence, name)
    assert obj.__name__ == name
    assert obj.__module__.startswith("evidence.")


def test_unknown_names_are_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no attribute 'Nope'"):
        evidence.Nope  # noqa: B018


def test_importing_the_package_imports_no_subsystem() -> None:
    code = "import sys, evidence; print(sorted(m for m in sys.modules if m.startswith('evidence')))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "['evidence']"
