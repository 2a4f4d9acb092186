"""Shared by the store's reliability tests: synthetic libraries and the real CLI as a subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import evidence

# the cli.py next to the imported package, so the tests drive the code under test
CLI = Path(evidence.__file__).resolve().parent.parent / "cli.py"


def entry_text(key: str, pad: int = 0) -> str:
    abstract = ("Ketamine and mood. " * (pad // 19 + 1))[:pad] if pad else "Short."
    return (f"@article{{{key},\n  author = {{Zarate, Carlos and Berman, Robert}},\n  title = {{Study {key}}},\n"
            f"  journal = {{Journal of Tests}},\n  year = {{2020}},\n  abstract = {{{abstract}}}\n}}\n\n")


def library_text(count: int, pad: int = 0, prefix: str = "e") -> str:
    return "".join(entry_text(f"{prefix}{i}", pad) for i in range(count))


def run_cli(args: list[str], env: dict[str, str] | None = None,
            timeout: float = 60.0) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(CLI), *args], capture_output=True, text=True, timeout=timeout,
                          env=env if env is not None else dict(os.environ))


def start_cli(args: list[str], env: dict[str, str] | None = None) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, str(CLI), *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=env if env is not None else dict(os.environ))


def keys_in(path: Path) -> list[str]:
    """Citation keys in file order, read with a plain regex (independent of the code under test)."""
    import re

    return re.findall(r"(?m)^@article\{([^,]+),", path.read_text(encoding="utf-8"))
