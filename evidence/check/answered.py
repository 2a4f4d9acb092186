"""Flags a writer has answered: recorded once, hidden from later checks until the claim changes.

A flag is a question. Once the writer has read the abstract and kept the claim, asking again on every
check (or on every push, with ``--format github``) buries the new questions under old ones. A flag is
answered for one claim as written: its work's key, its kind and term, and the claim's words. Edit the
claim, and its flags are asked again.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from pathlib import Path

from evidence.check.problems import WRONG_ID_KINDS
from evidence.check.results import CheckReport, CitationResult, Flag
from evidence.errors import FormatError
from evidence.store.safewrite import replace_file

FORMAT = 1
_HINT = "it is written by `evidence check --answered FILE --mark-answered`: mend it, or delete it to be asked again"


@dataclass(frozen=True, order=True)
class AnsweredFlag:
    """One flag as the writer answered it."""

    key: str
    kind: str
    term: str
    claim: str


def answered_flag(result: CitationResult, flag: Flag) -> AnsweredFlag:
    """The flag as an answer records it: a claim's spacing, line breaks, case and emphasis marks (``*HFE*``,
    ``_HFE_``) do not matter."""
    key = result.entry.key if result.entry is not None else ""
    return AnsweredFlag(key, flag.kind, (flag.term or "").casefold(), _plain(result.clause))


def _plain(text: str) -> str:
    return " ".join(re.sub(r"[*_`~]", "", text).split()).casefold()


def read_answered(path: Path) -> frozenset[AnsweredFlag]:
    """The answers recorded in ``path``; none when the file does not exist yet."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return frozenset()
    except (OSError, UnicodeDecodeError) as exc:
        raise FormatError(f"cannot read the answered flags: {exc}", path=path, hint=_HINT) from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise FormatError(f"not JSON ({exc.msg})", path=path, line=exc.lineno, hint=_HINT) from None
    if not isinstance(data, dict) or data.get("format") != FORMAT or not isinstance(data.get("answered"), list):
        raise FormatError(f'not an answered-flags file (no "format": {FORMAT} with an "answered" list)', path=path,
                          hint=_HINT)
    try:
        return frozenset(AnsweredFlag(str(a["key"]), str(a["kind"]), str(a["term"]), str(a["claim"]))
                         for a in data["answered"])
    except (KeyError, TypeError) as exc:
        raise FormatError(f"an answer lacks its {exc}" if isinstance(exc, KeyError) else "an answer is not an object",
                          path=path, hint=_HINT) from None


def hide_answered(report: CheckReport, answered: frozenset[AnsweredFlag]) -> list[AnsweredFlag]:
    """Take the answered flags out of ``report`` (its counts follow); every flag it raised, for recording."""
    raised = []
    for index, result in enumerate(report.results):
        kept = []
        for flag in result.flags:
            if flag.kind in WRONG_ID_KINDS:  # the library is wrong, not the claim: fixed in the .bib, never answered
                kept.append(flag)
                continue
            mark = answered_flag(result, flag)
            raised.append(mark)
            if mark in answered:
                report.answered.append((index, flag))
            else:
                kept.append(flag)
        result.flags[:] = kept
    return raised


def write_answered(path: Path, flags: Iterable[AnsweredFlag]) -> int:
    """Record ``flags`` as answered in ``path`` (replacing what it held, keeping its permissions), atomically;
    how many. A read-only file is left alone."""
    marks = sorted(set(flags))
    text = json.dumps({"format": FORMAT, "answered": [asdict(m) for m in marks]}, ensure_ascii=False, indent=1)
    if not path.parent.is_dir():
        raise FormatError("cannot record the answered flags: no such folder", path=path,
                          hint=f"create {path.parent} first, or name a file in an existing folder")
    if path.exists() and (not path.stat().st_mode & 0o222 or not os.access(path, os.W_OK)):  # (its mode bits,
        raise FormatError("cannot record the answered flags: the file is read-only", path=path,  # even for root)
                          hint="make it writable, or name another file")
    try:
        replace_file(path, (text + "\n").encode("utf-8"))
    except OSError as exc:
        raise FormatError(f"cannot record the answered flags: {exc.strerror or exc}", path=path,
                          hint="check the folder's permissions and free space") from None
    return len(marks)
