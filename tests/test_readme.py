"""The README's Python example runs as written (on copies of refs.bib and examples/)."""

from __future__ import annotations

import contextlib
import io
import re
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_the_python_example_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.copyfile(ROOT / "refs.bib", tmp_path / "refs.bib")
    shutil.copytree(ROOT / "examples", tmp_path / "examples")
    monkeypatch.chdir(tmp_path)
    blocks = re.findall(r"```python\n(.*?)```", (ROOT / "README.md").read_text(encoding="utf-8"), re.S)
    assert len(blocks) == 1
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(blocks[0], "README.md", "exec"), {})
    lines = out.getvalue().splitlines()
    assert lines[0] == ("Antidepressant effects of ketamine in depressed patients 2000 "
                        "['Berman', 'Cappiello', 'Anand', 'Oren', 'Heninger', 'Charney', 'Krystal']")
    assert lines[1] == "None"
    assert lines[2].startswith("abbar2022 ")
    assert lines[-1] == ("{'citations': 9, 'resolved': 7, 'ambiguous': 0, 'unresolved': 2, 'flagged': 3, 'flags': 3, "
                         "'cited_entries': 7, 'uncited_entries': 2, 'library_entries': 9}")
    assert 'note = {key trial}' in (tmp_path / "refs.bib").read_text(encoding="utf-8")
