"""Walking a Word body in reading order: its text, one paragraph a line, and its fields with their spans.

Reference managers keep each citation as a Word *field*: a code (``ADDIN ZOTERO_ITEM ...``) and a
result (the rendered citation). A complex field is ``fldChar begin``, instrText runs (Word splits
long codes across runs), ``fldChar separate``, the result runs, ``fldChar end``; fields nest and
may span paragraphs. A simple field is one ``fldSimple`` element with the code in an attribute.
The walker follows both so that every field's result maps to a character span of the text, and a
place in that text is shown as its writer finds it: a paragraph and a short quote (:func:`quote`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_P, _R, _T, _TBL, _TR, _TC = (_W + n for n in ("p", "r", "t", "tbl", "tr", "tc"))
_FLDCHAR, _FLDDATA, _INSTR, _FLDSIMPLE = _W + "fldChar", _W + "fldData", _W + "instrText", _W + "fldSimple"
# Containers whose runs are shown in the document (tracked insertions, links, content controls).
_CONTAINERS = frozenset(_W + n for n in ("hyperlink", "ins", "smartTag", "customXml", "sdt", "sdtContent",
                                         "moveTo", "dir", "bdo"))
_BODY_CONTAINERS = frozenset(_W + n for n in ("sdt", "sdtContent", "customXml", "ins", "moveTo"))
_TEXT_OF = {_W + "tab": "\t", _W + "ptab": "\t", _W + "cr": "\n", _W + "noBreakHyphen": "-"}


@dataclass(frozen=True)
class WordField:
    """One field: its code, any binary payload (EndNote's base64 ``fldData``), and its result's span."""

    code: str
    data: str
    start: int
    end: int


@dataclass
class _Open:
    code: list[str] = field(default_factory=list)
    data: str = ""
    in_result: bool = False
    start: int = -1


@dataclass
class _Walker:
    lines: list[str] = field(default_factory=list)
    pieces: list[str] = field(default_factory=list)
    length: int = 0  # characters emitted so far, newlines between paragraphs included
    stack: list[_Open] = field(default_factory=list)
    fields: list[WordField] = field(default_factory=list)

    def visible(self) -> bool:
        return all(f.in_result for f in self.stack)

    def emit(self, text: str) -> None:
        if text and self.visible():
            self.pieces.append(text)
            self.length += len(text)

    def block(self, element: Any) -> None:
        """A body, cell or content control: paragraphs and tables in order."""
        for child in element.iterchildren():
            if child.tag == _P:
                self.paragraph(child)
            elif child.tag == _TBL:
                for row in child.iterchildren(_TR):
                    for cell in row.iterchildren(_TC):
                        self.block(cell)
            elif child.tag in _BODY_CONTAINERS:
                self.block(child)

    def paragraph(self, p: Any) -> None:
        self.inline(p)
        # a soft line break (Shift+Enter) inside a paragraph is a space: one paragraph, one line
        self.lines.append("".join(self.pieces).replace("\n", " "))
        self.pieces = []
        self.length += 1

    def inline(self, element: Any) -> None:
        for child in element.iterchildren():
            if child.tag == _R:
                self.run(child)
            elif child.tag == _FLDSIMPLE:
                visible, start = self.visible(), self.length
                self.inline(child)
                if visible:
                    self.fields.append(WordField(child.get(_W + "instr") or "", "", start, self.length))
            elif child.tag in _CONTAINERS:
                self.inline(child)

    def run(self, r: Any) -> None:
        for child in r.iterchildren():
            tag = child.tag
            if tag == _T:
                self.emit(child.text or "")
            elif tag in _TEXT_OF:
                self.emit(_TEXT_OF[tag])
            elif tag == _W + "br":
                self.emit("\n" if child.get(_W + "type") in (None, "textWrapping") else "")
            elif tag == _INSTR:
                if self.stack and not self.stack[-1].in_result:
                    self.stack[-1].code.append(child.text or "")
            elif tag == _FLDCHAR:
                self.fld_char(child)

    def fld_char(self, element: Any) -> None:
        kind = element.get(_W + "fldCharType")
        if kind == "begin":
            data = element.find(_FLDDATA)
            self.stack.append(_Open(data="".join((data.text or "").split()) if data is not None else ""))
        elif kind == "separate" and self.stack:
            top = self.stack[-1]
            top.in_result, top.start = True, self.length
        elif kind == "end" and self.stack:
            done = self.stack.pop()
            start = done.start if done.in_result else self.length
            parent = self.stack[-1] if self.stack else None
            if parent is not None and not parent.in_result:
                # a field inside another's code (EN.CITE.DATA inside EN.CITE): its payload is the parent's
                parent.data = parent.data or done.data
            elif self.visible():
                self.fields.append(WordField("".join(done.code), done.data, start, self.length))


def walk_body(body: Any) -> tuple[str, tuple[WordField, ...]]:
    """The body's text (paragraphs joined by ``\\n``) and its fields in order of their end."""
    walker = _Walker()
    walker.block(body)
    fields = sorted(walker.fields, key=lambda f: (f.start, f.end))
    return "\n".join(walker.lines), tuple(fields)


@dataclass(frozen=True)
class WordBody:
    """A Word body's text (one paragraph a line) and its fields, with where an offset is as its writer
    finds it: Word numbers no lines and wraps them, so a place is a paragraph and a short quote."""

    text: str
    fields: tuple[WordField, ...] = ()

    def paragraph(self, offset: int) -> int:
        """The 1-based paragraph of a character offset."""
        return self.text.count("\n", 0, offset) + 1

    def location(self, start: int, end: int) -> str:
        """``paragraph 2, "...a short quote..."``, as ``Manuscript.location`` says it for a .docx."""
        first = self.text.rfind("\n", 0, start) + 1
        last = self.text.find("\n", first)
        shown = quote(self.text, first, last if last != -1 else len(self.text), start, end)
        return f'paragraph {self.paragraph(start)}, "{shown}"'


def quote(text: str, first: int, last: int, start: int, end: int, width: int = 30) -> str:
    """A short quote around ``start:end`` within the line ``text[first:last]``, cut at word boundaries,
    with ellipses where the line goes on."""
    end = min(max(end, start), last)
    left, right = max(first, start - width), min(last, end + width)
    if left > first:
        space = text.find(" ", left, start)
        left = space + 1 if space != -1 else left
    if right < last:
        space = text.rfind(" ", end, right)
        right = space if space != -1 else right
    quoted = " ".join(text[left:right].split())
    return ("\u2026" if left > first else "") + quoted + ("\u2026" if right < last else "")
