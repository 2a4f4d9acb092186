"""The citation engine: pandoc's citeproc (from the pypandoc-binary wheel), one process per bibliography."""

from __future__ import annotations

import html
import importlib.util
import json
import os
import re
import subprocess
import tempfile
from collections.abc import Sequence
from pathlib import Path

from evidence.errors import FormatError

__all__ = ["pandoc_binary", "render_html"]

_INSTALL_HINT = ("install the pandoc wheel: pip install pypandoc-binary "
                 "(never a system pandoc: 2.x renders styles wrongly)")


def pandoc_binary() -> Path:
    """The pandoc 3 that the pypandoc-binary wheel ships; a system pandoc is never used (Debian's 2.17 is wrong)."""
    spec = importlib.util.find_spec("pypandoc")
    if spec is None or spec.origin is None:
        raise FormatError("the citation engine (pandoc) is not installed", hint=_INSTALL_HINT)
    name = "pandoc.exe" if os.name == "nt" else "pandoc"
    path = Path(spec.origin).parent / "files" / name
    if not path.is_file():
        raise FormatError("pypandoc is installed without its pandoc binary", path=path, hint=_INSTALL_HINT)
    return path


_ENTRY = re.compile(r'<div id="ref-([^"]+)" class="csl-entry"[^>]*>(.*?)</div>\s*(?=<div id="ref-|</div>\s*$)', re.S)
_LEFT = re.compile(r'<div class="csl-left-margin">(.*?)</div>\s*<div class="csl-right-inline">(.*?)$', re.S)


def _parse(out: str) -> list[tuple[str, str]]:
    """(item id, HTML fragment) in the order pandoc printed them; a numeric label is joined to its text."""
    found = []
    for match in _ENTRY.finditer(out.strip()):
        body = match.group(2).strip()
        label = _LEFT.match(body)
        if label:
            right = label.group(2).strip()
            right = right[: -len("</div>")] if right.endswith("</div>") else right
            body = label.group(1).strip() + " " + right.strip()
        body = re.sub(r'<span class="nocase">(.*?)</span>', r"\1", body)
        for tag, short in (("em", "i"), ("strong", "b")):  # the tags the rest of evidence (and its sanitizer) uses
            body = body.replace(f"<{tag}>", f"<{short}>").replace(f"</{tag}>", f"</{short}>")
        found.append((html.unescape(match.group(1)), re.sub(r"\s*\n\s*", " ", body)))
    return found


def render_html(items: Sequence[dict[str, object]], csl: Path | str, *, locale: str = "") -> list[tuple[str, str]]:
    """Render CSL-JSON ``items`` (in citation order) with the style ``csl`` (a path or the CSL XML text)."""
    if not items:
        return []
    ids = [str(item["id"]) for item in items]
    with tempfile.TemporaryDirectory(prefix="evidence-cite-") as tmp:
        data = Path(tmp) / "items.json"
        data.write_text(json.dumps(list(items), ensure_ascii=False), encoding="utf-8")
        style = Path(csl) if isinstance(csl, Path) else Path(tmp) / "style.csl"
        if not isinstance(csl, Path):
            style.write_text(csl, encoding="utf-8")
        meta = Path(tmp) / "meta.json"
        metadata: dict[str, object] = {"nocite": " ".join("@" + i for i in ids), "link-bibliography": True}
        if locale:  # otherwise the style's own default-locale (a German style stays German)
            metadata["lang"] = locale
        meta.write_text(json.dumps(metadata), encoding="utf-8")
        cmd = [str(pandoc_binary()), "-f", "markdown", "-t", "html", "--wrap=none", "--citeproc",
               "--csl", str(style), "--bibliography", str(data), "--metadata-file", str(meta)]
        try:
            done = subprocess.run(cmd, input="", capture_output=True, text=True, encoding="utf-8", check=False)
        except OSError as exc:
            raise FormatError(f"cannot run pandoc: {exc.strerror or exc}", path=cmd[0], hint=_INSTALL_HINT) from None
    if done.returncode != 0:
        raise FormatError(f"pandoc could not format the bibliography: {done.stderr.strip()[:500]}",
                          hint="check the .csl file, or run 'evidence lint' to find malformed fields")
    return _parse(done.stdout)
