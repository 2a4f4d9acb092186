"""What BibTeX 0.99 reads from a .bib text: its entries, their extents, fields and errors.

bibtexparser (and biber, btparse) disagree with BibTeX on broken or unusual input: BibTeX has
no comments (``%`` and ``@comment{...}`` hide nothing from it), a key ends at the first blank,
and an unbalanced brace in a value runs on to the end of the file. The entries a user's LaTeX
build can cite are the ones BibTeX reads, so the library shows exactly those. This module
follows the scanner of bibtex.web (``get_bib_command_or_entry_and_process``) step by step;
``tests/store/test_bibtex_compat.py`` checks it against the real ``bibtex`` binary.
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass

_WHITE = re.compile(r"[ \t\r\n]*")  # BibTeX's white space; a line end is white space too
_WHITE_CHARS = " \t\r\n"
# bibtex.web's id_class: everything but control characters, space and "#%'(),={}
_IDENT = re.compile(r"[^\x00-\x20\"#%'(),={}]*")
_KEY_BRACE = re.compile(r"[^,} \t\r\n]*")  # scan2_white(comma, right_brace)
_KEY_PAREN = re.compile(r"[^, \t\r\n]*")  # scan1_white(comma): a `)` belongs to the key
_DIGITS = re.compile(r"[0-9]+")
# the common field, `, name = {plain}` / `"plain"` / `1999` (braces nested up to three deep) before a
# `,` or a closing delimiter, in one step: same result as the step-by-step path in _Scanner.fields
_W = r"[ \t\r\n]*+"
_NAME = r"[^\x00-\x20\"#%'(),={}0-9][^\x00-\x20\"#%'(),={}]*+"
_NESTED = r"\{(?:[^{}]++|\{(?:[^{}]++|\{[^{}]*+\})*+\})*+\}"  # (possessive: no backtracking)
_SIMPLE = rf"\{{(?:[^{{}}]++|{_NESTED})*+\}}|\"(?:[^{{}}\"]++|{_NESTED})*+\"|[0-9]++"
_PLAIN_FIELD = re.compile(rf"{_W},{_W}({_NAME}){_W}={_W}({_SIMPLE})(?={_W}[,}})])")
# for finding where an entry ends, a bare macro value (`month = jan`) is plain too: where it is
# not allowed (`jan}` in an entry in parentheses) BibTeX stops at the same offset either way
_PLAIN_RUN = re.compile(rf"(?:{_W},{_W}{_NAME}{_W}={_W}(?:{_SIMPLE}|{_NAME})(?={_W}[,}})]))++")
_ENTRY_HEAD = re.compile(rf"@{_W}({_NAME}){_W}([{{(]){_W}")
_COMMANDS = ("comment", "string", "preamble")
_BRACES = re.compile(r"[{}]")
_QUOTED = re.compile(r'[{}"]')
EOF_ERROR = "the file ends inside it"


@dataclass
class BibtexEntry:
    """One entry as BibTeX reads it. ``start`` is the offset of its ``@``; ``end`` is where
    BibTeX stopped: after the closing delimiter, or at the error (the end of the text for
    ``Illegal end of database file``). ``fields_at`` is the offset after the key."""

    start: int
    key: str
    entry_type: str
    fields_at: int
    closer: str
    end: int = 0
    error: str | None = None
    error_at: int = 0
    repeated: bool = False


@dataclass
class BibtexView:
    """Every entry BibTeX meets in file order (repeated keys included, flagged), the offset of a
    command (@string/@preamble) that ran on to the end of the text, and of an ignored tail."""

    entries: list[BibtexEntry]
    runaway_command: int | None = None
    ignored_from: int | None = None  # an `@` on the last line that BibTeX never reached

    def visible(self) -> list[BibtexEntry]:
        """The entries a \\cite can reach: the first of each key (compared as BibTeX does)."""
        return [e for e in self.entries if not e.repeated]


class _Stop(Exception):
    """BibTeX's bib_err: give up on this entry or command and look for the next ``@`` at ``at``."""

    def __init__(self, message: str, at: int) -> None:
        super().__init__(message)
        self.message = message
        self.at = at


class _Scanner:
    """One pass over the text; each method mirrors a procedure of bibtex.web."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.n = len(text)

    def white(self, pos: int) -> int:
        """eat_bib_white_and_eof_check: the next non-blank offset, or an error at the end."""
        end = _WHITE.match(self.text, pos).end()  # type: ignore[union-attr]
        if end >= self.n:
            raise _Stop(EOF_ERROR, self.n)
        return end

    def identifier(self, pos: int, allowed: str, what: str) -> tuple[str, int]:
        """scan_identifier + bib_identifier_scan_check: a name that must end at a blank, the end
        of the text or one of ``allowed``."""
        end = pos if self.text[pos] in "0123456789" else _IDENT.match(self.text, pos).end()  # type: ignore[union-attr]
        if end == pos or (end < self.n and self.text[end] not in _WHITE_CHARS and self.text[end] not in allowed):
            raise _Stop(f"expected {what}", end)
        return self.text[pos:end], end

    def balanced(self, pos: int) -> int:
        """scan_balanced_braces from the opening ``{`` or ``"`` at ``pos``: the offset after the
        closing one. Every brace counts, escaped or not, as in BibTeX."""
        text, quoted, depth, i = self.text, self.text[pos] == '"', 0, pos + 1
        pattern = _QUOTED if quoted else _BRACES
        while True:
            m = pattern.search(text, i)
            if m is None:
                raise _Stop(EOF_ERROR, self.n)
            ch, i = m.group(), m.end()
            if ch == "{":
                depth += 1
            elif ch == "}":
                if depth == 0:
                    if quoted:
                        raise _Stop("unbalanced braces in a quoted value", m.start())
                    return i
                depth -= 1
            elif depth == 0:  # a closing `"` outside braces
                return i

    def value(self, pos: int, closer: str) -> tuple[str, int]:
        """scan_and_store_the_field_value_and_eat_white: tokens joined by ``#``; returns the raw
        value text and the next non-blank offset."""
        start = pos
        while True:
            ch = self.text[pos]
            if ch in '{"':
                end = self.balanced(pos)
            elif ch in "0123456789":
                end = _DIGITS.match(self.text, pos).end()  # type: ignore[union-attr]
            else:
                end = self.identifier(pos, "," + closer + "#", "a field part")[1]
            raw_end = end
            pos = self.white(end)
            if self.text[pos] != "#":
                return self.text[start:raw_end], pos
            pos = self.white(pos + 1)

    def command(self, pos: int, name: str) -> int:
        """@string and @preamble: returns the offset after the closing delimiter."""
        pos = self.white(pos)
        closer = self.opener(pos)
        pos = self.white(pos + 1)
        if name == "string":
            pos = self.white(self.identifier(pos, "=", "a string name")[1])
            if self.text[pos] != "=":
                raise _Stop("expected '='", pos)
            pos = self.white(pos + 1)
        pos = self.value(pos, closer)[1]
        if self.text[pos] != closer:
            raise _Stop(f"expected '{closer}'", pos)
        return pos + 1

    def opener(self, pos: int) -> str:
        ch = self.text[pos]
        if ch not in "{(":
            raise _Stop("expected '{' or '('", pos)
        return "}" if ch == "{" else ")"

    def fields(self, pos: int, closer: str, out: list[tuple[str, str]] | None) -> int:
        """The field list after the key; returns the offset after the closing delimiter. Names
        (lower-cased) and raw values go to ``out`` when given; without it, runs of plain
        fields are skipped in one step (the first pass only needs where the entry ends)."""
        pos = self.white(pos)
        while self.text[pos] != closer:
            plain = (_PLAIN_FIELD if out is not None else _PLAIN_RUN).match(self.text, pos)
            if plain is not None:
                if out is not None:
                    out.append((plain.group(1).lower(), plain.group(2)))
                pos = self.white(plain.end())
                continue
            if self.text[pos] != ",":
                raise _Stop(f"expected ',' or '{closer}'", pos)
            pos = self.white(pos + 1)
            if self.text[pos] == closer:
                break
            name, pos = self.identifier(pos, "=", "a field name")
            pos = self.white(pos)
            if self.text[pos] != "=":
                raise _Stop("expected '='", pos)
            raw, pos = self.value(self.white(pos + 1), closer)
            if out is not None:
                out.append((name.lower(), raw))
        return pos + 1


def fields_of(text: str, entry: BibtexEntry) -> list[tuple[str, str]]:
    """The fields BibTeX reads in ``entry`` before any error: (lower-cased name, raw value)."""
    out: list[tuple[str, str]] = []
    with contextlib.suppress(_Stop):
        _Scanner(text).fields(entry.fields_at, entry.closer, out)
    return out


def _last_line_start(text: str) -> int:
    """Where the file's last line starts: a final line end belongs to that line, and BibTeX ends a
    line at every CR and every LF (so a CRLF file's last line is the empty one between them)."""
    end = len(text) - 1 if text.endswith(("\n", "\r")) else len(text)  # (no copy of a 64 MB text)
    return max(text.rfind("\n", 0, end), text.rfind("\r", 0, end)) + 1


def read(text: str) -> BibtexView:
    """The entries BibTeX 0.99 reads from ``text`` (already decoded: BibTeX itself reads bytes,
    which is the same for every encoding that keeps ASCII in one byte)."""
    scanner = _Scanner(text)
    view = BibtexView([])
    seen: set[str] = set()
    last_line = _last_line_start(text)
    pos, started = 0, False
    while True:
        at = text.find("@", pos)
        if at < 0 or (started and pos >= last_line):
            if at >= 0:  # BibTeX stops once it has read the last line: the rest of it is ignored
                view.ignored_from = at
            return view
        started = True
        entry: BibtexEntry | None = None
        try:
            head = _ENTRY_HEAD.match(text, at)
            if head is not None and head.end() < len(text) and head.group(1).lower() not in _COMMANDS:
                lowered, pos = head.group(1).lower(), head.end()  # `@type{` in one step, as below
                closer = "}" if head.group(2) == "{" else ")"
            else:
                pos = scanner.white(at + 1)
                name, pos = scanner.identifier(pos, "{(", "an entry type")
                lowered = name.lower()
                if lowered == "comment":
                    continue  # BibTeX ignores the word and reads on: the braces mean nothing to it
                if lowered in _COMMANDS:
                    pos = scanner.command(pos, lowered)
                    continue
                pos = scanner.white(pos)
                closer = scanner.opener(pos)
                pos = scanner.white(pos + 1)
            key_end = (_KEY_BRACE if closer == "}" else _KEY_PAREN).match(text, pos).end()  # type: ignore[union-attr]
            entry = BibtexEntry(at, text[pos:key_end], lowered, key_end, closer)
            view.entries.append(entry)
            folded = entry.key.lower()  # (BibTeX lower-cases ASCII only; close enough for keys)
            if folded in seen:
                entry.repeated = True
                raise _Stop("repeated entry", key_end)
            seen.add(folded)
            pos = entry.end = scanner.fields(key_end, closer, None)
        except _Stop as stop:
            pos = stop.at
            if entry is None:
                if stop.message == EOF_ERROR:
                    view.runaway_command = at
                continue
            entry.error, entry.error_at, entry.end = stop.message, stop.at, stop.at
