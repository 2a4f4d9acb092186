"""The `evidence` command line: a thin Click layer over the `evidence` library.

Every command loads what it needs through the library API, calls one or two functions, and
formats the result. Data goes to stdout, messages to stderr. Exit codes: 0 ok, 1 error
(our exceptions, printed as one line by the error boundary in `EvidenceGroup`), 2 usage.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import textwrap
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, TypeVar

import click

from evidence import __version__
from evidence.errors import EvidenceError
from evidence.library import Library
from evidence.model import Entry, evidence_type

F = TypeVar("F", bound=Callable[..., Any])
CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


# ----- context and output helpers ----------------------------------------------------------------
@dataclass
class App:
    """What every command needs: where the library is, and how to talk to the user."""

    library_path: Path
    encoding: str | None = None
    color: bool | None = None  # None: colour on a terminal only; False: never (NO_COLOR, --no-color)
    debug: bool = False
    quiet: bool = False
    _library: Library | None = field(default=None, repr=False)

    def library(self) -> Library:
        """Load the library once; report its problems on stderr (every load, as promised)."""
        if self._library is None:
            self._library = Library.load(self.library_path, encoding=self.encoding)
            self.report_problems(self._library)
        return self._library

    def report_problems(self, lib: Library) -> None:
        problems = lib.problems
        if not problems or self.quiet:
            return
        shown = [p for p in problems if p.kind != "undefined-macro"][:5] or problems[:5]
        for p in shown:
            self.warn(f"{lib.path}:{p.line}: {p.message}")
        if len(problems) > len(shown):
            self.warn(f"... and {len(problems) - len(shown)} more problem(s); run `evidence lint` to see all")

    def style(self, text: str, **kw: Any) -> str:
        return text if self.color is False else click.style(text, **kw)

    def warn(self, message: str) -> None:
        click.echo(self.style("warning: ", fg="yellow") + message, err=True, color=self.color)

    def info(self, message: str) -> None:
        if not self.quiet:
            click.echo(message, err=True, color=self.color)

    def out(self, text: str = "") -> None:
        click.echo(text, color=self.color)

    def json(self, data: Any) -> None:
        click.echo(json.dumps(data, indent=2, ensure_ascii=False))

    def progress(self, iterable: Any, label: str, length: int | None = None) -> Any:
        """A progress bar on stderr for long work; silent when stderr is not a terminal."""
        return click.progressbar(iterable, label=label, length=length, file=sys.stderr,
                                 show_pos=True, color=self.color is not False)


pass_app = click.make_pass_decorator(App)


class EvidenceGroup(click.Group):
    """The one error boundary: our exceptions become `Error: ...` and exit 1, never a traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except EvidenceError as exc:
            app = ctx.obj if isinstance(ctx.obj, App) else None
            if app is not None and app.debug:
                raise
            raise click.ClickException(str(exc)) from None
        except (click.exceptions.Exit, click.ClickException, click.Abort):
            raise
        except BrokenPipeError:  # `evidence list | head`: stop quietly, like other Unix tools
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            sys.exit(1)
        except KeyboardInterrupt:
            click.echo("Interrupted.", err=True)
            sys.exit(130)
        except Exception as exc:  # a bug: say so in one line, keep the traceback for --debug
            app = ctx.obj if isinstance(ctx.obj, App) else None
            if app is not None and app.debug:
                raise
            raise click.ClickException(
                f"internal error: {type(exc).__name__}: {exc} (run with --debug for the traceback, and please report it)"
            ) from None


def json_option(f: F) -> F:
    return click.option("--json", "as_json", is_flag=True, help="Machine-readable JSON on stdout.")(f)


@click.group(cls=EvidenceGroup, context_settings=CONTEXT_SETTINGS)
@click.option("-l", "--library", "library_path", type=click.Path(dir_okay=False, path_type=Path),
              envvar="EVIDENCE_LIBRARY", default="refs.bib", show_default=True, show_envvar=True,
              help="The .bib file to work on.")
@click.option("--encoding", help="Confirm the .bib file's encoding (e.g. latin-1) when it had to be guessed.")
@click.option("--color/--no-color", default=None, help="Colour output (default: on, off when NO_COLOR is set).")
@click.option("-q", "--quiet", is_flag=True, help="Fewer messages on stderr.")
@click.option("--debug", is_flag=True, help="Show tracebacks instead of one-line errors.")
@click.version_option(__version__, "-V", "--version", prog_name="evidence")
@click.pass_context
def cli(ctx: click.Context, library_path: Path, encoding: str | None, color: bool | None, quiet: bool,
        debug: bool) -> None:
    """Keep the studies you cite in a BibTeX file, fill them from PubMed, search them,
    and check a manuscript's claims against them.

    \b
    Examples:
      evidence list
      evidence show berman2000
      evidence search "suicidal ideation"
      evidence search 'author:zarate year:2014-2018 meta*' --json
      evidence -l ~/papers/thesis.bib list

    The library is --library, else $EVIDENCE_LIBRARY, else ./refs.bib.
    Shell completion: eval "$(_EVIDENCE_COMPLETE=bash_source evidence)" (zsh_source, fish_source).
    """
    if color is None and "NO_COLOR" in os.environ:
        color = False
    ctx.obj = App(library_path=library_path, encoding=encoding, color=color, debug=debug, quiet=quiet)


# ----- list / show -------------------------------------------------------------------------------
def _fit(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: max(0, width - 1)] + "…"


def _row(entry: Entry) -> dict[str, Any]:
    return {
        "key": entry.key,
        "first_author": entry.first_author,
        "year": entry.year,
        "title": entry.title,
        "journal": entry.journal,
        "evidence_type": evidence_type(entry),
        "retracted": entry.is_retracted or bool(entry.get("retracted")),
    }


def _table(app: App, rows: list[dict[str, Any]]) -> None:
    width = shutil.get_terminal_size((120, 24)).columns
    kw = max([len("KEY")] + [len(r["key"]) for r in rows])
    aw = min(18, max([len("AUTHOR")] + [len(r["first_author"]) for r in rows]))
    tw = max([len("TYPE")] + [len(r["evidence_type"]) for r in rows])
    rest = max(30, width - kw - aw - 4 - tw - 8)
    titlew = int(rest * 0.65)
    journalw = rest - titlew
    header = f"{'KEY':<{kw}}  {'AUTHOR':<{aw}}  {'YEAR':<4}  {'TITLE':<{titlew}}  {'JOURNAL':<{journalw}}  TYPE"
    app.out(app.style(header, bold=True))
    for r in rows:
        etype = r["evidence_type"]
        etype_s = app.style(etype, fg="red", bold=True) if etype == "RETRACTED" else etype
        line = (f"{r['key']:<{kw}}  {_fit(r['first_author'], aw):<{aw}}  {str(r['year'] or ''):<4}  "
                f"{_fit(r['title'], titlew):<{titlew}}  {_fit(r['journal'], journalw):<{journalw}}  ")
        app.out(line + etype_s)


@cli.command("list")
@json_option
@click.option("--sort", type=click.Choice(["file", "key", "year", "author"]), default="file", show_default=True)
@pass_app
def list_cmd(app: App, as_json: bool, sort: str) -> None:
    """List the entries: key, first author, year, title, journal, evidence type.

    \b
    Examples:
      evidence list
      evidence list --sort year
      evidence list --json | jq '.[].key'
    """
    entries = app.library().entries
    if sort == "key":
        entries.sort(key=lambda e: e.key.casefold())
    elif sort == "year":
        entries.sort(key=lambda e: (e.year or 0, e.key))
    elif sort == "author":
        entries.sort(key=lambda e: (e.first_author.casefold(), e.year or 0))
    rows = [_row(e) for e in entries]
    if as_json:
        app.json(rows)
    elif rows:
        _table(app, rows)
    else:
        app.info("The library is empty. Add studies with `evidence add PMID|DOI`.")


def _record_lines(app: App, entry: Entry) -> list[str]:
    lines: list[str] = []
    label = lambda name: app.style(f"{name:<11}", bold=True)  # noqa: E731
    if entry.is_retracted or entry.get("retracted"):
        notice = entry.get("retracted")
        lines.append(app.style("RETRACTED" + (f" (retraction notice PMID {notice})" if notice and notice.isdigit()
                                              else ""), fg="red", bold=True, reverse=True))
    if entry.get("erratum"):
        lines.append(app.style(f"Erratum published (PMID {entry.get('erratum')})", fg="yellow", bold=True))
    lines.append(f"{label('key')}{entry.key}  ({entry.type}{', ' + evidence_type(entry) if evidence_type(entry) else ''})")
    if entry.title:
        lines.append(f"{label('title')}{entry.title}")
    if entry.authors:
        names = "; ".join(p.display() for p in entry.authors)
        lines.extend(textwrap.wrap(names, 100, initial_indent=label("authors"), subsequent_indent=" " * 11))
    where = entry.journal
    vol = entry.text("volume")
    if vol:
        where += f" {vol}"
        if entry.text("number"):
            where += f"({entry.text('number')})"
    pages = entry.get("pages").replace("--", "–")
    if pages:
        where += f":{pages}"
    if entry.year:
        where += f" ({entry.year})"
    if where.strip():
        lines.append(f"{label('published')}{where.strip()}")
    if entry.doi:
        lines.append(f"{label('doi')}https://doi.org/{entry.text('doi').removeprefix('https://doi.org/')}")
    if entry.pmid:
        lines.append(f"{label('pmid')}{entry.pmid}  https://pubmed.ncbi.nlm.nih.gov/{entry.pmid}/")
    if entry.pmcid:
        lines.append(f"{label('pmcid')}{entry.pmcid}")
    for name in ("pubtype", "keywords", "mesh"):
        if entry.get(name):
            lines.extend(textwrap.wrap(entry.text(name), 100, initial_indent=label(name), subsequent_indent=" " * 11))
    if entry.abstract:
        lines.append(label("abstract"))
        for paragraph in entry.get("abstract").splitlines():
            from evidence.latex import to_text

            lines.extend(textwrap.wrap(to_text(paragraph), 100, initial_indent="  ", subsequent_indent="  "))
    else:
        lines.append(app.style("(no abstract yet: run `evidence enrich " + entry.key + "`)", dim=True))
    shown = {"title", "author", "journal", "volume", "number", "pages", "year", "doi", "pmid", "pmcid", "pubtype",
             "keywords", "mesh", "abstract", "retracted", "erratum"}
    for name, value in entry.fields.items():
        if name not in shown:
            lines.extend(textwrap.wrap(entry.text(name) or value, 100, initial_indent=label(name),
                                       subsequent_indent=" " * 11) or [label(name)])
    return lines


@cli.command()
@click.argument("keys", nargs=-1, required=True)
@click.option("--bibtex", is_flag=True, help="The entry exactly as it is in the .bib file.")
@json_option
@pass_app
def show(app: App, keys: tuple[str, ...], bibtex: bool, as_json: bool) -> None:
    """Show whole records, readable.

    \b
    Examples:
      evidence show berman2000
      evidence show berman2000 fond2014 --bibtex
      evidence show zanos2018 --json
    """
    lib = app.library()
    entries = [lib.get(k) for k in keys]
    if as_json:
        app.json([e.to_dict() | {"evidence_type": evidence_type(e)} for e in entries])
        return
    for i, entry in enumerate(entries):
        if i:
            app.out()
        if bibtex:
            app.out(lib.raw_text(entry.key))
        else:
            app.out("\n".join(_record_lines(app, entry)))



# ----- check --------------------------------------------------------------------------------------
@cli.command()
@click.argument("manuscript", type=click.Path(dir_okay=False, path_type=Path))
@json_option
@click.option("--html", "html_path", type=click.Path(dir_okay=False, writable=True, path_type=Path),
              help="Also write a standalone HTML report to this file.")
@click.option("--strict", is_flag=True, help="Exit 1 if any citation is unresolved or ambiguous.")
@pass_app
def check(app: App, manuscript: Path, as_json: bool, html_path: Path | None, strict: bool) -> None:
    """Check a manuscript's citations and put each claim beside its evidence.

    Reads plain text, Markdown, LaTeX and .docx. Finds author-year citations
    ("Berman et al. (2000)", "(Duman & Aghajanian, 2012; Zanos et al., 2018)"),
    Pandoc [@key] and LaTeX \\cite{key}, and numbered [1-3] citations when the
    manuscript has a numbered reference list. Each citation is resolved to a library
    entry; the abstract sentences closest to the claim are shown, and specifics the
    abstract does not mention (numbers, durations, populations, designs) are flagged
    as prompts for a human reader, not verdicts.

    \b
    Examples:
      evidence check draft.md
      evidence check draft.md --json > report.json
      evidence check draft.docx --html report.html
      evidence check draft.tex --strict    # for a writing pipeline / CI
    """
    from evidence.check import check_manuscript
    from evidence.manuscript import read_manuscript
    from evidence.report import render_html, render_json, render_text

    lib = app.library()
    doc = read_manuscript(manuscript)
    report = check_manuscript(doc, lib.entries)
    if html_path is not None:
        html_path.write_text(render_html(report), encoding="utf-8")
        app.info(f"HTML report written to {html_path}")
    if as_json:
        click.echo(render_json(report))
    else:
        colour = app.color if app.color is not None else sys.stdout.isatty()
        click.echo(render_text(report, color=colour), color=app.color)
    counts = report.counts
    if strict and (counts["unresolved"] or counts["ambiguous"]):
        app.info(f"--strict: {counts['unresolved']} unresolved, {counts['ambiguous']} ambiguous citation(s)")
        sys.exit(1)



# ----- search / index -----------------------------------------------------------------------------
def _index_for(app: App):  # type: ignore[no-untyped-def]
    from evidence.search import SearchIndex

    return SearchIndex(app.library_path)


def _search_help() -> str:
    from evidence.search import QUERY_HELP

    return QUERY_HELP


def _paint_snippet(app: App, snippet: str) -> str:
    from evidence.search import spans

    return "".join(app.style(text, fg="yellow", bold=True) if match else text for text, match in spans(snippet))


class _SearchCommand(click.Command):
    """Append the query language to --help (imported lazily so start-up stays fast)."""

    def format_epilog(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        formatter.write_paragraph()
        formatter.write_text("Query language:")
        with formatter.indentation():
            for line in _search_help().splitlines():
                formatter.write(line + "\n" if line else "\n")


@cli.command(cls=_SearchCommand)
@click.argument("query", nargs=-1, required=True)
@click.option("-n", "--limit", default=20, show_default=True, help="At most this many hits.")
@json_option
@pass_app
def search(app: App, query: tuple[str, ...], limit: int, as_json: bool) -> None:
    """Search the library: ranked hits with the matched words highlighted.

    The index is refreshed automatically when the .bib changed (only changed entries
    are re-indexed). Quote the query for your shell.

    \b
    Examples:
      evidence search "suicidal ideation"
      evidence search 'author:zarate year:2014-2018 meta*' --json
      evidence search 'type:rct NOT esketamine' -n 5
    """
    lib = app.library()
    index = _index_for(app)
    index.refresh(lib.entries)
    hits = index.search(" ".join(query), limit=limit)
    if as_json:
        rows = []
        for hit in hits:
            row = hit.to_dict()
            row["retracted"] = lib.get(hit.key).is_retracted if hit.key in lib else False
            rows.append(row)
        app.json(rows)
        return
    if not hits:
        app.info("No matches. Try fewer words, a prefix (meta*) or fuzzy matching (ketamin~).")
        return
    for hit in hits:
        entry = lib.get(hit.key) if hit.key in lib else None
        head = app.style(hit.key, bold=True)
        byline = ", ".join(str(x) for x in (hit.authors.split(";")[0].strip() if hit.authors else "", hit.year) if x)
        flag = ""
        if entry is not None and (entry.is_retracted or entry.get("retracted")):
            flag = " " + app.style("RETRACTED", fg="red", bold=True, reverse=True)
        app.out(f"{head}  {app.style(f'{hit.score:.2f}', dim=True)}  {byline}{flag}")
        title_snippet = hit.snippet.startswith("title: ")
        app.out("  " + (_paint_snippet(app, hit.snippet[7:]) if title_snippet else hit.title))
        if hit.snippet and not title_snippet:
            app.out("  " + _paint_snippet(app, " ".join(hit.snippet.split())))
    app.info(f"{len(hits)} hit(s)")


@cli.command()
@click.option("--rebuild", is_flag=True, help="Throw the index away and build it again.")
@json_option
@pass_app
def index(app: App, rebuild: bool, as_json: bool) -> None:
    """Bring the search index up to date (searches do this on their own).

    The index is a disposable cache in your user cache folder ($EVIDENCE_CACHE_DIR
    overrides it); it never lives beside your .bib.

    \b
    Examples:
      evidence index
      evidence index --rebuild
    """
    lib = app.library()
    idx = _index_for(app)
    stats = idx.rebuild(lib.entries) if rebuild else idx.refresh(lib.entries)
    data = {"entries": len(lib), "added": stats.added, "updated": stats.updated, "removed": stats.removed,
            "unchanged": stats.unchanged, "rebuilt": stats.rebuilt, "index": str(idx.index_dir)}
    if as_json:
        app.json(data)
    else:
        app.info(f"{data['entries']} entries: {stats.added} added, {stats.updated} updated, {stats.removed} removed, "
                 f"{stats.unchanged} unchanged{' (rebuilt)' if stats.rebuilt else ''}; index at {idx.index_dir}")


def main() -> None:
    cli()


if __name__ == "__main__":
    main()
