"""The manuscript's own declarations: the .bib files it names, and the keys it cites without text.

Pandoc Markdown names its library in the YAML front matter (``bibliography:``) and may cite
without text (``nocite: "@*"``); LaTeX has ``\\bibliography{...}``/``\\addbibresource{...}`` and
``\\nocite{...}``; a compiled LaTeX run leaves the same facts in its ``.aux`` (``\\citation``,
``\\bibdata``) and biber's ``.bcf`` (``<bcf:citekey>``, ``<bcf:datasource>``). A key of ``*``
cites every entry of the library.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from pathlib import Path

from evidence.check.manuscript import Manuscript
from evidence.errors import LibraryError

ALL = "*"
_COMMENT_RE = re.compile(r"(?<!\\)%[^\n]*")
_FRONT_MATTER_RE = re.compile(r"\A(?:\ufeff)?---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_YAML_KEY_RE = re.compile(r"^(?P<key>bibliography|nocite)[ \t]*:[ \t]*(?P<value>[^\n]*)\n?"
                          r"(?P<block>(?:[ \t]+[^\n]*(?:\n|\Z)|[ \t]*(?:\n|\Z))*)", re.M)
_YAML_ITEM_RE = re.compile(r"""["']([^"'\n]+)["']|([^\s,\[\]"'#|>-][^,\[\]\n#]*)""")
_PANDOC_KEY_RE = re.compile(r"@(\{[^}]+\}|[\w][\w:.#$%&+?<>~/-]*|\*)")
_LATEX_BIB_RE = re.compile(r"\\(?P<cmd>bibliography|addbibresource|addglobalbib|addsectionbib)\s*"
                           r"(?:\[[^\]]*\]\s*)?\{(?P<files>[^{}]*)\}")
_NOCITE_RE = re.compile(r"\\nocite\s*\{(?P<keys>[^{}]*)\}")
_AUX_CITE_RE = re.compile(r"\\(?:citation|abx@aux@cite)\s*(?:\{\d+\}\s*)?\{(?P<keys>[^{}]*)\}")
_AUX_INPUT_RE = re.compile(r"\\@input\s*\{(?P<file>[^{}]+)\}")
_MAX_AUX = 5_000_000
_AUX_BIBDATA_RE = re.compile(r"\\bibdata\s*\{(?P<files>[^{}]*)\}")
_BCF_CITEKEY_RE = re.compile(r"<bcf:citekey\b[^>]*>(?P<key>[^<]+)</bcf:citekey>")
_BCF_SOURCE_RE = re.compile(r"<bcf:datasource\b(?P<attrs>[^>]*)>(?P<file>[^<]+)</bcf:datasource>")


@dataclass(frozen=True)
class DeclaredKey:
    """A key cited without text (``\\nocite``, ``nocite:``) or read from an .aux/.bcf, with its place."""

    key: str
    start: int
    end: int
    style: str  # "nocite" (the writer's own \nocite / nocite:) | "compiled" (a citation read from .aux/.bcf)


@dataclass(frozen=True)
class Declarations:
    """What a manuscript declares about its bibliography."""

    bibliographies: tuple[Path, ...] = ()
    keys: tuple[DeclaredKey, ...] = ()
    front_matter_end: int = 0  # Markdown: where the YAML front matter ends (not scanned for citations)

    @property
    def cites_all(self) -> bool:
        """``\\nocite{*}``, ``nocite: "@*"``: every library entry counts as cited."""
        return any(k.key == ALL for k in self.keys)


def compiled_kind(manuscript: Manuscript) -> str:
    """"aux" or "bcf" for the files a LaTeX run leaves (their citations are keys, not text), else ""."""
    suffix = manuscript.path.suffix.lower() if manuscript.path else ""
    return suffix[1:] if suffix in (".aux", ".bcf") else ""


def read_declarations(manuscript: Manuscript, text: str | None = None) -> Declarations:
    """The bibliographies (paths relative to the manuscript's folder) and textless keys it declares.
    ``text``: the manuscript's text with comments already blanked (same offsets), when the caller has it."""
    kind = compiled_kind(manuscript)
    text = manuscript.text if text is None else text
    if kind == "aux":
        return _aux(text, _folder(manuscript))
    if kind == "bcf":
        return _bcf(text, _folder(manuscript))
    if manuscript.kind == "latex":
        return _latex(_COMMENT_RE.sub(lambda m: " " * len(m.group()), text), _folder(manuscript))
    if manuscript.kind == "markdown":
        return _front_matter(text, _folder(manuscript))
    return Declarations()


def existing_bibliographies(declarations: Declarations, manuscript: Manuscript) -> list[Path]:
    """The declared .bib files; a declared file that is missing is an error, as it is for pandoc and biber."""
    for path in declarations.bibliographies:
        if not path.is_file():
            raise LibraryError(f"declares the bibliography {path}, which does not exist", path=manuscript.path,
                               hint="fix the path in the manuscript, or choose the library with -l")
    return list(dict.fromkeys(declarations.bibliographies))


def _folder(manuscript: Manuscript) -> Path:
    return manuscript.path.parent if manuscript.path is not None else Path(".")


def _bib_path(folder: Path, name: str, add_suffix: bool) -> Path:
    name = name.strip()
    if add_suffix and not name.lower().endswith(".bib"):
        name += ".bib"
    path = Path(name).expanduser()
    return path if path.is_absolute() else folder / path


def _split_keys(raw: str, start: int, style: str) -> list[DeclaredKey]:
    out = []
    for match in re.finditer(r"[^,\s]+", raw):
        out.append(DeclaredKey(match.group(), start + match.start(), start + match.end(), style))
    return out


def _latex(text: str, folder: Path) -> Declarations:
    files = [_bib_path(folder, name, m.group("cmd") == "bibliography")
             for m in _LATEX_BIB_RE.finditer(text) for name in m.group("files").split(",")
             if name.strip() and "://" not in name]  # [location=remote] resources are not files here
    keys = [k for m in _NOCITE_RE.finditer(text) for k in _split_keys(m.group("keys"), m.start("keys"), "nocite")]
    return Declarations(tuple(files), tuple(keys))


def _aux(text: str, folder: Path) -> Declarations:
    files = [_bib_path(folder, name, True)
             for m in _AUX_BIBDATA_RE.finditer(text) for name in m.group("files").split(",") if name.strip()]
    keys = [k for m in _AUX_CITE_RE.finditer(text) for k in _split_keys(m.group("keys"), m.start("keys"), "compiled")]
    for include in _AUX_INPUT_RE.finditer(text):  # \include'd chapters keep their citations in their own .aux
        for key in _included_aux_keys(folder, include.group("file"), {include.group("file")}):
            keys.append(DeclaredKey(key, include.start("file"), include.end("file"), "compiled"))
    return Declarations(tuple(files), tuple(sorted(keys, key=lambda k: k.start)))


def _included_aux_keys(folder: Path, name: str, seen: set[str]) -> list[str]:
    """The citation keys of an .aux that the main .aux reads with \\@input (and of those it reads);
    LaTeX names them all relative to the main .aux's folder."""
    path = folder / name
    try:
        if path.stat().st_size > _MAX_AUX:
            return []
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:  # LaTeX has not written it (yet): nothing cited there
        return []
    keys = [key.strip() for m in _AUX_CITE_RE.finditer(text) for key in m.group("keys").split(",") if key.strip()]
    for include in _AUX_INPUT_RE.finditer(text):
        if include.group("file") not in seen:
            seen.add(include.group("file"))
            keys += _included_aux_keys(folder, include.group("file"), seen)
    return keys


def _bcf(text: str, folder: Path) -> Declarations:
    files = [_bib_path(folder, html.unescape(m.group("file")), False) for m in _BCF_SOURCE_RE.finditer(text)
             if 'type="file"' in m.group("attrs") or "type=" not in m.group("attrs")]
    keys = [DeclaredKey(html.unescape(m.group("key")).strip(), m.start("key"), m.end("key"), "compiled")
            for m in _BCF_CITEKEY_RE.finditer(text)]
    return Declarations(tuple(dict.fromkeys(files)), tuple(keys))


def _front_matter(text: str, folder: Path) -> Declarations:
    block = _FRONT_MATTER_RE.match(text)
    if not block:
        return Declarations()
    files: list[Path] = []
    keys: list[DeclaredKey] = []
    for field in _YAML_KEY_RE.finditer(block.group(1)):
        offset = block.start(1) + field.start("value")
        raw = block.group(1)[field.start("value"):field.end("block")]
        if field.group("key") == "nocite":
            keys += [DeclaredKey(m.group(1).strip("{}"), offset + m.start(), offset + m.end(), "nocite")
                     for m in _PANDOC_KEY_RE.finditer(raw)]
        else:
            for line in raw.split("\n"):
                line = re.sub(r"^\s*-\s+", "", line.split(" #")[0]).strip()
                files += [_bib_path(folder, m.group(1) or m.group(2), False)
                          for m in _YAML_ITEM_RE.finditer(line) if (m.group(1) or m.group(2) or "").strip()]
    return Declarations(tuple(files), tuple(keys), block.end())
