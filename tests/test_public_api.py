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


def test_every_module_imports_first() -> None:
    # an import cycle shows only when its modules are imported in one order (sources.jats first, say);
    # import each module into an interpreter that has no evidence module loaded yet
    code = """
import importlib, pkgutil, sys, evidence
names = [m.name for m in pkgutil.walk_packages(evidence.__path__, "evidence.")]
failed = []
for name in names:
    for loaded in [m for m in sys.modules if m.startswith("evidence.")]:
        del sys.modules[loaded]
    try:
        importlib.import_module(name)
    except ImportError as exc:
        failed.append(f"{name}: {exc}")
print(len(names)); print("\\n".join(failed))
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    count, *failed = out.strip().split("\n")
    assert int(count) > 90 and failed == []
