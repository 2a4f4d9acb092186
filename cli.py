"""The `evidence` command line: a thin Click layer over the `evidence` library.

Every command loads what it needs through the library API, calls one or two functions, and
formats the result. Data goes to stdout, messages to stderr. Exit codes: 0 ok, 1 error
(our exceptions, printed as one line by the error boundary in `EvidenceGroup`), 2 usage.
"""

from __future__ import annotations

import os
import sys
import textwrap
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from evidence import __version__
from evidence.errors import EvidenceError

if TYPE_CHECKING:
    from evidence.model import Entry
    from evidence.search import SearchIndex
    from evidence.store.bibfile import Problem
    from evidence.store.library import Library


def evidence_type(entry: Entry) -> str:  # (the store and the model load on first use: --version stays fast)
    from evidence.model import evidence_type as label

    return label(entry)


def describe_notices(value: str) -> str:
    from evidence.model import describe_notices as describe

    return describe(value)

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
    library_given: bool = True  # False: neither -l nor $EVIDENCE_LIBRARY, so a manuscript may name its own
    _library: Library | None = field(default=None, repr=False)

    def library(self, *, create: bool = False) -> Library:
        """Load the library once (creating an empty file first with ``create``); report its problems
        on stderr (every load, as promised)."""
        if self._library is None:
            from evidence.store.library import Library
            from evidence.store.paths import default_cache_root

            self._library = Library.open(self.library_path, create=create, encoding=self.encoding,
                                         cache_dir=default_cache_root())
            self.report_problems(self._library)
        return self._library

    def report_problems(self, lib: Library) -> None:
        if lib.read_only_reason and not self.quiet:
            self.warn(f"{lib.path}: {lib.read_only_reason}; accented text may show wrongly")
        self.warn_problems(lib.path, lib.problems)

    def warn_problems(self, path: Path, problems: list[Problem]) -> None:
        """A load's problems; also a search's that read a hand edit without loading (the same lines)."""
        if not problems or self.quiet:
            return
        shown = [p for p in problems if p.kind != "undefined-macro"][:5] or problems[:5]
        for p in shown:
            self.warn(f"{path}:{p.line}: {p.message}")
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
        from evidence import jsontext  # (here and below: imported where used, so `--version` and `--help` start fast)

        click.echo(jsontext.dumps(data, ensure_ascii=False))

    def progress(self, iterable: Any, label: str, length: int | None = None) -> Any:
        """A progress bar on stderr for long work; silent when stderr is not a terminal."""
        return click.progressbar(iterable, label=label, length=length, file=sys.stderr,
                                 show_pos=True, color=self.color is not False)


pass_app = click.make_pass_decorator(App)


def _library_first(args: list[str], commands: set[str]) -> list[str]:
    """The arguments with a `-l/--library FILE` given after the command moved before it."""
    at = 0
    while at < len(args) and args[at].startswith("-") and args[at] != "--":
        at += 2 if args[at] in ("-l", "--library", "--encoding") else 1  # (their values are no command)
    if at >= len(args) or args[at] not in commands or args[at] == "check":
        return args
    moved: list[str] = []
    rest: list[str] = []
    tail = args[at + 1:]
    i = 0
    while i < len(tail):
        if tail[i] == "--":
            rest.extend(tail[i:])
            break
        if tail[i] in ("-l", "--library") and i + 1 < len(tail):
            moved += tail[i:i + 2]
            i += 2
            continue
        if tail[i].startswith("--library="):
            moved.append(tail[i])
        else:
            rest.append(tail[i])
        i += 1
    return [*args[:at], *moved, args[at], *rest]


class EvidenceGroup(click.Group):
    """The one error boundary: our exceptions become `Error: ...` and exit 1, never a traceback."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        """`evidence list -l my.bib` means `evidence -l my.bib list`: the library option is the group's, and a
        user types it where it comes to mind (`check` has its own `-l`, kept where it is)."""
        return super().parse_args(ctx, _library_first(list(args), set(self.commands)))

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
                f"internal error: {type(exc).__name__}: {exc} "
                "(run with --debug for the traceback, and please report it)"
            ) from None


def force_option(f: F) -> F:
    return click.option("--force", is_flag=True,
                        help="Write even though the .bib has parse problems (they are kept verbatim) "
                             "or is read-only.")(f)


def json_option(f: F) -> F:
    return click.option("--json", "as_json", is_flag=True, help="Machine-readable JSON on stdout.")(f)


# evidence.identity.KEY_STYLES plus "auto" (spelt out so start-up imports nothing; a test keeps them equal)
KEY_FORMATS = ("auto", "authoryear", "author_year", "AuthorYearTitleword", "bbt", "scholar")


def key_format_option(f: F) -> F:
    return click.option(
        "--key-format", "key_format", type=click.Choice(KEY_FORMATS), default="auto", show_default=True,
        help="Style of new citekeys: authoryear (berman2000), author_year (berman_2000), AuthorYearTitleword "
             "(Berman2000Antidepressant), bbt (Better BibTeX: bermanAntidepressantEffectsKetamine2000), scholar "
             "(berman2000antidepressant). auto: the .bib's @comment{evidence: key-format=...} line, else the "
             "style most keys follow, else scholar.")(f)


def _complete_keys(ctx: click.Context, param: click.Parameter, incomplete: str) -> list[Any]:
    """``evidence show ber<TAB>``: the current library's citekeys (read through the parse cache)."""
    from click.shell_completion import CompletionItem

    from evidence.completion import citekeys
    from evidence.store.paths import default_cache_root

    path = ctx.find_root().params.get("library_path") or Path(os.environ.get("EVIDENCE_LIBRARY") or "refs.bib")
    return [CompletionItem(key, help=about or None) for key, about in
            citekeys(Path(path), incomplete, cache_dir=default_cache_root())]


def _complete_styles(ctx: click.Context, param: click.Parameter, incomplete: str) -> list[Any]:
    """``--style va<TAB>``: short names and CSL style names; a path (``./my.csl``) completes as a file."""
    from click.shell_completion import CompletionItem

    from evidence.completion import style_names

    if "/" in incomplete or incomplete.endswith(".csl") or incomplete.startswith(("~", ".")):
        return [CompletionItem(incomplete, type="file")]
    return [CompletionItem(name, help=about or None) for name, about in style_names(incomplete)]


def _use_key_format(lib: Library, key_format: str) -> None:
    if key_format != "auto":
        lib.key_format = key_format


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
    if color is None and os.environ.get("NO_COLOR"):  # no-color.org: any non-empty value
        color = False
    given = ctx.get_parameter_source("library_path") is not click.core.ParameterSource.DEFAULT
    ctx.obj = App(library_path=library_path, encoding=encoding, color=color, debug=debug, quiet=quiet,
                  library_given=given)


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
        "retracted": entry.is_retracted,
    }


def _table(app: App, rows: list[dict[str, Any]]) -> None:
    import shutil

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
@click.option("--sort", type=click.Choice(["file", "key", "year", "author"]), default="file", show_default=True,
              help="Order: as in the file, by key, by year, or by first author.")
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


def _notice_lines(app: App, entry: Entry) -> list[str]:
    """A retraction, an erratum, an expression of concern: what happened to the work since (PubMed, Crossref, PMC)."""
    lines = []
    if entry.is_retracted:
        notice = entry.text("retracted")
        which = f" (retraction notice {describe_notices(notice)})" if notice and notice != "yes" else ""
        lines.append(app.style("RETRACTED" + which, fg="red", bold=True, reverse=True))
    for name, what in (("erratum", "Erratum published"), ("concern", "Expression of concern")):
        if entry.get(name):
            lines.append(app.style(f"{what} ({describe_notices(entry.text(name))})", fg="yellow", bold=True))
    return lines


def _id_lines(app: App, entry: Entry, wrong: list[Any]) -> list[str]:
    """DOI, PMID and PMCID with their links; a known-wrong id is shown, marked, and never linked."""
    wrong_fields = {w.field for w in wrong}
    bad = "  " + app.style("WRONG: names another work", fg="red", bold=True)
    lines = []
    if entry.doi:
        doi = entry.text("doi").removeprefix("https://doi.org/")
        lines.append(app.style(f"{'doi':<10} ", bold=True) + (doi + bad if "doi" in wrong_fields
                                                                     else f"https://doi.org/{doi}"))
    if entry.pmid:
        link = bad if "pmid" in wrong_fields else f"  https://pubmed.ncbi.nlm.nih.gov/{entry.pmid}/"
        lines.append(app.style(f"{'pmid':<10} ", bold=True) + f"{entry.pmid}{link}")
    if entry.pmcid:
        lines.append(app.style(f"{'pmcid':<10} ", bold=True) + entry.pmcid)
    return lines


def _record_lines(app: App, entry: Entry, wrong: list[Any] | None = None) -> list[str]:
    lines: list[str] = [app.style(f"WRONG {w.message()}", fg="red", bold=True, reverse=True) for w in wrong or []]

    def label(name: str) -> str:
        return app.style(f"{name:<10} ", bold=True)

    lines.extend(_notice_lines(app, entry))
    design = evidence_type(entry)
    lines.append(f"{label('key')}{entry.key}  ({entry.type}{', ' + design if design else ''})")
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
    lines.extend(_id_lines(app, entry, wrong or []))
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
             "keywords", "mesh", "abstract", "retracted", "erratum", "concern"}
    for name, value in entry.fields.items():
        if name not in shown:
            lines.extend(textwrap.wrap(entry.text(name) or value, 100, initial_indent=label(name),
                                       subsequent_indent=" " * 11) or [label(name)])
    return lines


@cli.command()
@click.argument("keys", nargs=-1, required=True, shell_complete=_complete_keys)
@click.option("--bibtex", is_flag=True, help="The entry exactly as it is in the .bib file.")
@click.option("--fulltext", "with_fulltext", is_flag=True,
              help="Also the stored full text, section by section, with its licence (see `evidence fulltext`).")
@json_option
@pass_app
def show(app: App, keys: tuple[str, ...], bibtex: bool, as_json: bool, with_fulltext: bool) -> None:
    """Show whole records, readable.

    \b
    Examples:
      evidence show berman2000
      evidence show berman2000 fond2014 --bibtex
      evidence show zanos2018 --json
      evidence show abbar2022 --fulltext
    """
    lib = app.library()
    entries = [lib.get(k) for k in keys]
    store = _fulltext_store(create=False) if with_fulltext else None
    known = _known_ids()
    if as_json:
        app.json([e.to_dict() | {"evidence_type": evidence_type(e), "wrong_ids": [w.to_dict() for w in
                                                                                 known.wrong_ids(e)]}
                  | ({"fulltext": _fulltext_dict(store, e)} if with_fulltext else {}) for e in entries])
        return
    for i, entry in enumerate(entries):
        if i:
            app.out()
        wrong = known.wrong_ids(entry)
        if bibtex:
            app.out(lib.raw_text(entry.key))
            for w in wrong:
                app.warn(f"{entry.key}: {w.message()}")
        else:
            app.out("\n".join(_record_lines(app, entry, wrong)))
        if with_fulltext:
            app.out("\n".join(_fulltext_lines(app, store, entry)))


def _fulltext_dict(store: Any, entry: Entry) -> dict[str, Any] | None:
    article = store.for_entry(entry) if store is not None else None
    if article is None:
        return None
    stored = store.get(article.pmcid)
    return {"pmcid": article.pmcid, "licence": article.licence, "source": stored.source,
            "fetched": stored.fetched.isoformat(),
            "sections": [{"section": p.section, "kind": p.kind, "text": p.text} for p in article.passages]}


def _fulltext_lines(app: App, store: Any, entry: Entry) -> list[str]:
    """The stored full text under the record: a header with licence and source, then section by section."""
    article = store.for_entry(entry) if store is not None else None
    if article is None:
        from evidence.sources.fulltext import entry_aliases

        pmcid = store.resolve(entry_aliases(entry)) if store is not None else None
        closed = store.get(pmcid) if pmcid else None
        if closed is not None:
            return ["", f"No open full text for {entry.key}: PMC has no XML full text of {pmcid} to share "
                        f"(checked {closed.fetched:%Y-%m-%d})."]
        return ["", f"No stored full text for {entry.key} (run `evidence fulltext {entry.key}`)."]
    stored = store.get(article.pmcid)
    lines = ["", app.style(f"Full text {article.pmcid}", bold=True)
             + f" ({stored.source}, fetched {stored.fetched:%Y-%m-%d})", f"Licence: {article.licence or 'not stated'}"]
    section = None
    for passage in article.passages:
        if passage.section != section:
            section = passage.section
            lines += ["", app.style(section, bold=True)]
        lines.extend(textwrap.wrap(passage.text, 100) or [""])
    return lines



# ----- check --------------------------------------------------------------------------------------
def _manuscript_library(app: App, doc: Any) -> tuple[Library, list[Entry]]:
    """The library for a manuscript: -l/$EVIDENCE_LIBRARY, else the .bib files the manuscript declares
    (YAML bibliography:, \\bibliography, \\addbibresource, .aux \\bibdata, .bcf), else ./refs.bib."""
    from evidence.check.declarations import existing_bibliographies, read_declarations
    from evidence.store.library import Library
    from evidence.store.paths import default_cache_root

    declarations = read_declarations(doc)
    paths = [] if app.library_given else existing_bibliographies(declarations, doc)
    if not paths:
        lib = app.library()
        return lib, lib.entries
    app.library_path = paths[0]
    app.info(f"library: {', '.join(str(p) for p in paths)} (declared in {doc.path})")
    lib = app.library()
    entries = list(lib.entries)
    for path in paths[1:]:
        other = Library.open(path, encoding=app.encoding, cache_dir=default_cache_root())
        app.report_problems(other)
        entries += other.entries
    return lib, entries


CHECK_FORMATS = ("text", "json", "html", "sarif", "github")


def _check_once(app: App, manuscript: Path, fmt: str, html_path: Path | None, style: str, strict: bool,
                abstract_only: bool = False, answered: Path | None = None, mark: bool = False,
                jobs: int | None = None) -> int:
    """One check, written in ``fmt`` to stdout (and as HTML to ``html_path``); the exit status. Flags recorded in
    ``answered`` are not shown; with ``mark``, every flag of this check is recorded there."""
    from datetime import UTC, datetime

    from evidence.check import check_manuscript, read_manuscript, render_html, render_json, render_text
    from evidence.check.answered import hide_answered, read_answered, write_answered
    from evidence.check.report import answered_line
    from evidence.check.report_ci import render_github, render_sarif
    from evidence.check.report_html import Provenance

    doc = read_manuscript(manuscript)
    lib, entries = _manuscript_library(app, doc)
    for path, what in ((html_path, "the HTML report"), (answered if mark else None, "the answered flags")):
        if path is not None and path.resolve() in {lib.path.resolve(), manuscript.resolve()}:
            raise click.UsageError(f"refusing to write {what} over {path}")
    if html_path is not None and answered is not None and html_path.resolve() == answered.resolve():
        raise click.UsageError(f"--html and --answered name the same file: {html_path}")
    known = read_answered(answered) if answered is not None else frozenset()
    if answered is not None and not mark and not answered.exists():
        app.warn(f"{answered} does not exist: no flags hidden (--mark-answered writes it)")
    store = None if abstract_only else _fulltext_store(create=False)
    report = check_manuscript(doc, entries, fulltext=store.for_entry if store is not None else None,
                              wrong_ids=_known_ids().wrong_ids, workers=jobs)
    raised = hide_answered(report, known) if answered is not None else []  # (no work for a check without it)
    if html_path is not None or fmt == "html":
        import hashlib

        when = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
        page = render_html(report, manuscript=doc, style=style, provenance=Provenance(
            str(manuscript), str(lib.path), hashlib.sha256(lib.path.read_bytes()).hexdigest(), __version__, when))
        if html_path is not None:
            try:
                html_path.write_text(page, encoding="utf-8")
            except OSError as exc:
                raise click.ClickException(f"cannot write {html_path}: {exc.strerror or exc}") from None
            app.info(f"HTML report written to {html_path}")
        if fmt == "html":
            click.echo(page, nl=False)
    if fmt == "json":
        click.echo(render_json(report))
    elif fmt == "sarif":
        click.echo(render_sarif(report, __version__), nl=False)
    elif fmt == "github":
        click.echo(render_github(report), nl=False)
    elif fmt == "text":
        colour = app.color if app.color is not None else sys.stdout.isatty()
        click.echo(render_text(report, color=colour), color=app.color)
    if report.answered and fmt != "text":  # (the text report says so itself)
        app.info(answered_line(report))
    if mark and answered is not None:  # after the report: a file that cannot be written loses no output
        count = write_answered(answered, raised)
        gone = len(known - set(raised))
        app.info(f"{count} {'flag' if count == 1 else 'flags'} recorded as answered in {answered}"
                 + (f" ({gone} no claim raises any more dropped)" if gone else ""))
    if report.exit_code(strict):
        counts = report.counts
        app.info(f"--strict: {counts['unresolved']} unresolved, {counts['ambiguous']} ambiguous citation(s)")
        return 1
    return 0


def _watch_check(app: App, manuscript: Path, run: Callable[[], int]) -> None:
    """Check now and after every save of the manuscript or library; errors are shown, not fatal."""
    import time
    from datetime import datetime

    from evidence.check.watch import Watcher

    rounds = 0

    def again() -> None:
        nonlocal rounds
        if rounds:
            app.info(f"--- {datetime.now().strftime('%H:%M:%S')}: changed, checking {manuscript} again ---")
        rounds += 1
        app._library = None  # re-read the library: it may be the file that changed
        try:
            run()
        except (EvidenceError, click.ClickException) as exc:
            click.echo(f"Error: {exc.format_message() if isinstance(exc, click.ClickException) else exc}", err=True)
        app.info("Watching for changes (Ctrl-C to stop) ...")

    Watcher([manuscript, app.library_path], again, sleep=time.sleep).watch()


@cli.command()
@click.argument("manuscript", type=click.Path(dir_okay=False, path_type=Path))
@json_option
@click.option("--format", "fmt", type=click.Choice(CHECK_FORMATS), default=None,
              help="What to print: text (default; problems as path:line:col lines), json (same as --json), "
                   "html, sarif (SARIF 2.1.0 for code scanning) or github (Actions annotations).")
@click.option("--html", "html_path", type=click.Path(dir_okay=False, writable=True, path_type=Path),
              help="Also write a standalone HTML report to this file.")
@click.option("--style", default="apa", show_default=True, shell_complete=_complete_styles,
              help="Style of the HTML report's reference list: apa, vancouver, ... or a .csl file.")
@click.option("--strict", is_flag=True, help="Exit 1 if any citation is unresolved or ambiguous.")
@click.option("--watch", is_flag=True, help="Check again each time the manuscript or library is saved (Ctrl-C stops).")
@click.option("-l", "--library", "check_library", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="The library to check against (same as evidence's own -l, accepted after the command too).")
@click.option("--abstract-only", is_flag=True, help="Evidence from titles and abstracts only, not stored full texts.")
@click.option("--answered", "answered", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Flags recorded in this file as answered are not shown (until their claim is edited).")
@click.option("--mark-answered", is_flag=True,
              help="Record every flag of this check as answered in the --answered file (after reading them).")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None, metavar="N",
              help="Processes that judge claims side by side (default: one per core; under 400 claims, one).")
@pass_app
def check(app: App, manuscript: Path, as_json: bool, fmt: str | None, html_path: Path | None, style: str,
          strict: bool, watch: bool, check_library: Path | None, abstract_only: bool, answered: Path | None,
          mark_answered: bool, jobs: int | None) -> None:
    """Check a manuscript's citations and put each claim beside its evidence.

    Reads plain text, Markdown, LaTeX and .docx. Finds author-year citations
    ("Berman et al. (2000)", "(Duman & Aghajanian, 2012; Zanos et al., 2018)"),
    Pandoc [@key] and LaTeX \\cite{key}, and numbered [1-3] citations when the
    manuscript has a numbered reference list. Each citation is resolved to a library
    entry; the abstract sentences closest to the claim are shown, and specifics the
    abstract does not support (numbers, durations, populations, comparators, which
    way a finding went, overreach, designs) are flagged as prompts for a human
    reader, not verdicts: the exit status is 0 even with flags or `error:` lines
    (unresolved citations) unless --strict.

    A flag read and kept can be recorded with --answered FILE --mark-answered (not
    with --watch); later checks with --answered FILE hide it until its claim is
    edited, and marking again drops answers no claim raises any more.

    Without -l or $EVIDENCE_LIBRARY, the library is the one the manuscript declares
    (YAML bibliography:, \\bibliography, \\addbibresource, or a LaTeX run's .aux/.bcf,
    which can be checked themselves); \\nocite keys count as cited.

    \b
    Examples:
      evidence check draft.md
      evidence check draft.md --json > report.json
      evidence check draft.docx --html report.html --style vancouver
      evidence check draft.md --watch             # re-check on every save
      evidence check draft.tex --strict           # for a writing pipeline / CI
      evidence check book.md --jobs 1             # one process (default: one per core)
      evidence check draft.md --format github     # annotations in a GitHub Actions job
      evidence check draft.md --answered draft.answered.json --mark-answered
                                                  # read the flags, then record them as answered
      evidence check draft.md --answered draft.answered.json
                                                  # later checks show only new questions
    """
    from evidence.formats.styles import load_style

    if check_library is not None:
        app.library_path, app.library_given = check_library, True
    if as_json and fmt not in (None, "json"):
        raise click.UsageError(f"--json and --format {fmt} cannot be combined")
    out_format = "json" if as_json else fmt or "text"
    if html_path is not None or out_format == "html":
        load_style(style)  # an unknown style fails now, not after the check
    if mark_answered and answered is None:
        raise click.UsageError("--mark-answered needs --answered FILE (where to record them)")
    if mark_answered and watch:
        raise click.UsageError("--mark-answered records one check's flags; it cannot be combined with --watch")
    if watch:
        _watch_check(app, manuscript, lambda: _check_once(app, manuscript, out_format, html_path, style, False,
                                                          abstract_only, answered, jobs=jobs))
        return
    if _check_once(app, manuscript, out_format, html_path, style, strict, abstract_only, answered, mark_answered,
                   jobs):
        sys.exit(1)



# ----- search / index -----------------------------------------------------------------------------
def _progress(app: App, what: str = "entries") -> Callable[[int, int], None]:
    """Indexing progress on stderr, on a terminal only: a first build of a big library takes a while."""
    interactive = sys.stderr.isatty() and not app.quiet

    def progress(done: int, total: int) -> None:
        if interactive:
            click.echo(f"\r  indexing {done:,}/{total:,} {what}", err=True, nl=done >= total)

    return progress


def _index_for(app: App) -> SearchIndex:
    from evidence.search import SearchIndex

    return SearchIndex.for_library(app.library_path, progress=_progress(app))


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
@click.option("-n", "--limit", default=20, show_default=True, type=click.IntRange(min=1),
              help="At most this many hits.")
@click.option("--fulltext", "in_fulltext", is_flag=True,
              help="Search the stored open-access full texts (see `evidence fulltext`) instead of the records; "
                   "each hit names the section of its best passage. Fields: title: and abstract: only.")
@json_option
@pass_app
def search(app: App, query: tuple[str, ...], limit: int, as_json: bool, in_fulltext: bool) -> None:
    """Search the library: ranked hits with the matched words highlighted.

    The index is refreshed automatically when the .bib changed (only changed entries
    are re-indexed). Quote the query for your shell.

    \b
    Examples:
      evidence search "suicidal ideation"
      evidence search 'author:zarate year:2014-2018 meta*' --json
      evidence search 'type:rct NOT esketamine' -n 5
      evidence search -- -placebo ketamine     # a query that starts with -
      evidence search 'subgroup AND "not significant"' --fulltext
    """
    if in_fulltext:
        _search_fulltext(app, " ".join(query), limit, as_json)
        return
    from evidence.search import search_library

    hits = search_library(app.library_path, " ".join(query), limit=limit, load=app.library, progress=_progress(app),
                          problems=lambda found: app.warn_problems(app.library_path, found))
    if as_json:
        app.json([hit.to_dict() for hit in hits])
        return
    if not hits:
        app.info("No matches. Try fewer words, a prefix (meta*) or fuzzy matching (ketamin~).")
        return
    for hit in hits:
        head = app.style(hit.key, bold=True)
        byline = ", ".join(str(x) for x in (hit.authors.split(";")[0].strip() if hit.authors else "", hit.year) if x)
        flag = " " + app.style("RETRACTED", fg="red", bold=True, reverse=True) if hit.retracted else ""
        app.out(f"{head}  {app.style(f'{hit.score:.2f}', dim=True)}  {byline}{flag}")
        title_snippet = hit.snippet.startswith("title: ")
        app.out("  " + (_paint_snippet(app, hit.snippet[7:]) if title_snippet else hit.title))
        if hit.snippet and not title_snippet:
            app.out("  " + _paint_snippet(app, " ".join(hit.snippet.split())))
    app.info(f"{len(hits)} hit(s)")


def _search_fulltext(app: App, query: str, limit: int, as_json: bool) -> None:
    """``search --fulltext``: the full-text index (its own, in the user cache) over the entries' stored texts."""
    from evidence.search.fulltext import parse_fulltext_query, search_fulltext
    from evidence.store.paths import default_cache_root

    parse_fulltext_query(query)  # a typo fails before the library loads
    store = _fulltext_store(create=False)
    hits = [] if store is None else search_fulltext(app.library().entries, store,
                                                    default_cache_root() / "fulltext-index", query, limit,
                                                    progress=_progress(app, "full texts"))
    if as_json:
        app.json([hit.to_dict() for hit in hits])
        return
    if not hits:
        app.info("No matches in the stored full texts." + ("" if store is not None and len(store) else
                                                           " None is stored yet: run `evidence fulltext`."))
        return
    for hit in hits:
        app.out(f"{app.style(hit.key, bold=True)}  {app.style(f'{hit.score:.2f}', dim=True)}  {hit.pmcid}  "
                f"{app.style(hit.section, fg='cyan')}")
        app.out("  " + hit.title)
        if hit.snippet:
            app.out("  " + _paint_snippet(app, " ".join(hit.snippet.split())))
    app.info(f"{len(hits)} hit(s) in full texts")


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
    stats = idx.sync(lib, rebuild=rebuild)
    data = {"entries": len(lib), "added": stats.added, "updated": stats.updated, "removed": stats.removed,
            "unchanged": stats.unchanged, "rebuilt": stats.rebuilt, "index": str(idx.index_dir)}
    if as_json:
        app.json(data)
    else:
        app.info(f"{data['entries']} entries: {stats.added} added, {stats.updated} updated, {stats.removed} removed, "
                 f"{stats.unchanged} unchanged{' (rebuilt)' if stats.rebuilt else ''}; index at {idx.index_dir}")



# ----- PubMed: enrich / add / pubmed --------------------------------------------------------------
def _parse_age(value: str | None) -> Any:
    """``30d``, ``12h``, ``2w`` -> timedelta (for --older-than)."""
    import re
    from datetime import timedelta

    if value is None:
        return None
    match = re.fullmatch(r"\s*(\d+)\s*([dhw]?)\s*", value)
    if not match:
        raise click.BadParameter(f"{value!r} is not an age like 30d, 12h or 2w", param_hint="--older-than")
    n, unit = int(match.group(1)), match.group(2) or "d"
    return timedelta(hours=n) if unit == "h" else timedelta(days=n * (7 if unit == "w" else 1))


def pubmed_options(f: F) -> F:
    f = click.option("--offline", is_flag=True,
                     help="No network at all: answer from the cache or say what is missing.")(f)
    f = click.option("--refresh", is_flag=True, help="Fetch again even when the cache has the record.")(f)
    f = click.option("--older-than", "older_than", metavar="AGE",
                     help="Re-fetch cached records older than AGE (e.g. 30d, 12h).")(f)
    return f


def _client(app: App, offline: bool, refresh: bool, older_than: str | None):  # type: ignore[no-untyped-def]
    from evidence.sources.eutils import EutilsClient
    from evidence.sources.options import TransportOptions
    from evidence.store.paths import default_cache_root

    counter = {"n": 0}
    interactive = sys.stderr.isatty() and not app.quiet

    def on_request(info: Any) -> None:
        counter["n"] += 1
        if interactive:
            click.echo(f"\r  PubMed requests: {counter['n']}", err=True, nl=False)

    def on_wait(waiting: Any) -> None:  # retries are never silent: "waiting for NCBI, retry 2/4 in 4 s (HTTP 503)"
        if interactive:
            click.echo("", err=True)
        app.info(waiting.message())

    return EutilsClient(TransportOptions(cache_dir=default_cache_root() / "pubmed", offline=offline, refresh=refresh,
                                         max_age=_parse_age(older_than), on_request=on_request, on_wait=on_wait))


def _end_progress_line() -> None:
    if sys.stderr.isatty():
        click.echo("", err=True)


def _reindex(app: App, lib: Library) -> None:
    """Keep the search index in step with a write (cheap: only changed entries)."""
    try:
        _index_for(app).sync(lib)
    except (EvidenceError, OSError) as exc:  # the index is a cache; the .bib write already succeeded
        app.warn(f"search index not updated ({exc}); run `evidence index --rebuild`")


def _show_changes(app: App, key: str, changes: list[Any]) -> None:
    for ch in changes:
        new = " ".join(ch.new.split())
        new = new if len(new) <= 90 else new[:89] + "…"
        if ch.old:
            old = " ".join(ch.old.split())
            was, now = app.style(old[:60], fg="red"), app.style(new, fg="green")
            app.out(f"  {app.style('~', fg='yellow')} {ch.field}: {was} -> {now}")
        else:
            app.out(f"  {app.style('+', fg='green')} {ch.field} = {app.style(new, fg='green')}")


def _status_word(app: App, status: str) -> str:
    return {"matched": app.style("matched", fg="green"), "complete": "complete",
            "ambiguous": app.style("ambiguous", fg="yellow"), "not_found": app.style("not found", fg="yellow"),
            "mismatch": app.style("MISMATCH", fg="red", bold=True), "error": app.style("error", fg="red")}.get(status,
                                                                                                            status)


def _summary(counts: Any, retracted: int) -> str:
    return (f"{counts['matched']} matched, {counts['complete']} already complete, {counts['ambiguous']} ambiguous, "
            f"{counts['not_found']} not found, {counts['mismatch']} mismatched ids, {counts['error']} errors, "
            f"{retracted} retracted")


def _crossref_progress(app: App) -> Callable[[Any], None]:
    """``Crossref: 40/120 entries, about 12 s left`` on one stderr line, only on a terminal."""
    interactive = sys.stderr.isatty() and not app.quiet

    def progress(p: Any) -> None:
        if interactive:
            eta = f", about {p.eta:.0f} s left" if p.eta is not None and p.done < p.total else ""
            click.echo(f"\r  {p.source}: {p.done}/{p.total} entries{eta}   ", err=True, nl=False)

    return progress


def _print_matches(app: App, matches: list[Any]) -> None:
    """PubMed's outcome per entry: status, PMID and method, candidates of doubtful ones, planned changes."""
    for m in matches:
        line = f"{app.style(m.key, bold=True)}: {_status_word(app, m.status)}"
        if m.pmid:
            line += f" (PMID {m.pmid}{', ' + m.method if m.method else ''})"
        if m.retracted:
            line += " " + app.style("RETRACTED", fg="red", bold=True, reverse=True)
        app.out(line)
        if m.message and m.status != "matched":
            app.out(f"  {m.message}")
        for c in m.candidates[:5] if m.status in {"ambiguous", "mismatch"} else []:
            app.out(f"  candidate PMID {c.pmid} (score {c.score:.2f}): {c.first_author} {c.year}, {c.title[:70]}")
        if m.changes and m.status == "matched":
            _show_changes(app, m.key, m.changes)


def _print_fills(app: App, fills: list[Any]) -> None:
    """Crossref's (or a DOI agency's) outcome per entry, in the same shape as PubMed's."""
    for f in fills:
        how = ", ".join(x for x in (f.source, f.method, f.doi and "DOI " + f.doi) if x)
        line = f"{app.style(f.key, bold=True)}: {_status_word(app, f.status)} ({how})"
        if f.retracted:
            line += " " + app.style("RETRACTED", fg="red", bold=True, reverse=True)
        app.out(line)
        if f.message and f.status != "matched":
            app.out(f"  {f.message}")
        if f.changes and f.status == "matched":
            _show_changes(app, f.key, f.changes)


@cli.command()
@click.argument("keys", nargs=-1, shell_complete=_complete_keys)
@click.option("--dry-run", is_flag=True,
              help="Show the changes as a diff; the .bib is not written (fetched records are still cached, "
                   "and a wrong id found is still remembered for lint, show and check).")
@click.option("--overwrite", "overwrite", multiple=True, metavar="FIELD",
              help="Replace this field even when the entry has a value (repeatable).")
@click.option("--source", type=click.Choice(["all", "pubmed", "crossref"]), default="all", show_default=True,
              help="Where to look: PubMed, then Crossref for what PubMed lacks (all), or one of them.")
@click.option("--accept", "accept", multiple=True, metavar="KEY", shell_complete=_complete_keys,
              help="Take the record reported as a MISMATCH for this entry (repeatable).")
@click.option("--fix-ids", "fix_ids", is_flag=True,
              help="Replace PMIDs and DOIs found to name another work with the record that title, first author "
                   "and year identify (old -> new per entry); nothing else is filled.")
@force_option
@pubmed_options
@json_option
@pass_app
def enrich(app: App, keys: tuple[str, ...], dry_run: bool, overwrite: tuple[str, ...], source: str,
           accept: tuple[str, ...], fix_ids: bool, force: bool, offline: bool, refresh: bool, older_than: str | None,
           as_json: bool) -> None:
    """Find each entry's record (PubMed, then Crossref) and fill what is missing.

    PubMed first, cheapest lookups first, in batches: PMID, PMCID, DOI, then one ECitMatch
    request for entries with journal/year/volume/page, then a title search. Entries PubMed
    does not know go to Crossref: by DOI (or the DOI's own agency), else by a citation search.
    A record is applied only when it scores above the threshold, and an entry's existing PMID
    or DOI must point to the same work (title, first author, year): a wrong id is reported,
    never applied, unless you take it with --accept KEY. Your values are never overwritten
    unless you name the field with --overwrite; an author list ending in "and others" is
    completed from the record.

    A wrong id is remembered (in known-ids.json in the user data folder), so `lint`, `show`
    and `check` flag it instead of trusting it; --fix-ids then replaces it with the record
    the entry's title, first author and year identify, and says old -> new for each entry.

    \b
    Examples:
      evidence enrich
      evidence enrich fond2014 --dry-run
      evidence enrich --source crossref smith2019
      evidence enrich --accept jones2020 jones2020
      evidence enrich --fix-ids --dry-run            # what the wrong PMIDs and DOIs would become
      evidence enrich --overwrite title --overwrite journal zanos2018
      evidence enrich --offline            # from the cache only, no network
    """
    from evidence.sources.cascade import apply_enrichment, enrich_entries, fillable_fields

    fillable = fillable_fields(source)
    unknown = [f for f in overwrite if f.lower() not in fillable]
    if unknown:
        raise click.BadParameter(f"no source fills {', '.join(unknown)}; they fill {', '.join(sorted(fillable))}",
                                 param_hint="--overwrite")
    lib = app.library()
    if not dry_run:
        lib.check_writable(force=force)  # fail before any network work
    entries = [lib.get(k) for k in keys] if keys else lib.entries
    if not entries:
        app.info("Nothing to enrich: the library is empty.")
        return
    if fix_ids:
        _fix_ids(app, lib, entries, source=source, dry_run=dry_run, force=force, as_json=as_json,
                 clients=(offline, refresh, older_than))
        return
    client = _client(app, offline, refresh, older_than) if source != "crossref" else None
    if client is not None:
        app.info(f"Matching {len(entries)} entr{'y' if len(entries) == 1 else 'ies'} against PubMed...")
    try:
        result = enrich_entries(entries, source=source, pubmed=client, overwrite=overwrite, accept=accept,
                                works=lambda: _works_client(app, offline, refresh, older_than),
                                progress=_crossref_progress(app))
    finally:
        _end_progress_line()
    if result.pubmed_error:
        app.warn(f"PubMed could not be used: {result.pubmed_error}")
    _remember_wrong_ids(app, entries, result, accept)
    if not dry_run:
        apply_enrichment(lib, result)
        if lib.save(force=force).written:
            _reindex(app, lib)
    counts, retracted = result.counts, result.retracted
    if as_json:
        app.json({"dry_run": dry_run, "summary": dict(counts) | {"retracted": len(retracted)},
                  "requests": client.stats.requests if client else 0,
                  "cache_hits": client.stats.cache_hits if client else 0,
                  "results": [m.to_dict() for m in result.matches] + [f.to_dict() for f in result.fills]})
    else:
        _print_matches(app, result.matches)
        _print_fills(app, result.fills)
        app.info(("Dry run, nothing written: " if dry_run else "") + _summary(counts, len(retracted)))
    for key in retracted:
        app.warn(f"{key} is RETRACTED according to its record")
    if result.failed:
        sys.exit(1)  # what worked was written; the errors need the user (e.g. go online once)


def _known_ids() -> Any:
    from evidence.store.paths import default_data_root
    from evidence.wrongids import KnownIds

    return KnownIds.in_folder(default_data_root())


def _remember_wrong_ids(app: App, entries: list[Entry], result: Any, accept: tuple[str, ...]) -> None:
    """Keep what a MISMATCH's id really names, so lint, show and check flag it (see evidence/wrongids.py)."""
    from evidence.sources.cascade import remember_mismatches

    known = _known_ids()
    before = dict(known.records)
    learnt = remember_mismatches(known, entries, result, accept)
    if known.records != before:
        known.save()
    if learnt:
        app.info(f"{len(learnt)} wrong id(s) remembered: `evidence lint` flags them, "
                 f"`evidence enrich --fix-ids` looks for the right records")


def _fix_ids(app: App, lib: Library, entries: list[Entry], *, source: str, dry_run: bool, force: bool, as_json: bool,
             clients: tuple[bool, bool, str | None]) -> None:
    """``enrich --fix-ids``: old -> new per entry with a known-wrong PMID or DOI; exit 1 if one stays wrong."""
    from evidence.sources.cascade import apply_id_fixes, fix_ids

    known = _known_ids()
    pubmed = _client(app, *clients) if source != "crossref" else None
    works = (lambda: _works_client(app, *clients)) if source != "pubmed" else None
    try:
        fixes = fix_ids(entries, known, pubmed=pubmed, works=works)
    finally:
        _end_progress_line()
    if not dry_run and apply_id_fixes(lib, fixes) and lib.save(force=force).written:
        _reindex(app, lib)
    fixed = sum(f.status == "fixed" for f in fixes)
    if as_json:
        app.json({"dry_run": dry_run, "fixed": fixed, "not_fixed": len(fixes) - fixed,
                  "results": [f.to_dict() for f in fixes]})
    for fix in fixes if not as_json else []:
        if fix.status == "fixed":
            app.out(f"{app.style(fix.key, bold=True)}: {'; '.join(fix.lines())} ({fix.source}, {fix.method})")
        else:
            app.out(f"{app.style(fix.key, bold=True)}: {app.style('not fixed', fg='yellow')} "
                    f"({', '.join(fix.wrong)}): {fix.message}")
    if not as_json:
        app.info(("Dry run, nothing written: " if dry_run else "")
                 + (f"{fixed} fixed, {len(fixes) - fixed} not fixed" if fixes
                    else "no entry has an id known to name another work (`evidence enrich` finds them)"))
    if fixed < len(fixes):
        sys.exit(1)


def _works_client(app: App, offline: bool, refresh: bool, older_than: str | None):  # type: ignore[no-untyped-def]
    """Crossref, doi.org and DataCite, with the same cache, offline and wait rules as PubMed."""
    from evidence.sources.doi import DoiClient
    from evidence.sources.options import TransportOptions
    from evidence.store.paths import default_cache_root

    def on_wait(waiting: Any) -> None:
        app.info(waiting.message())

    return DoiClient(TransportOptions(cache_dir=default_cache_root() / "works", offline=offline, refresh=refresh,
                                      max_age=_parse_age(older_than), on_wait=on_wait))


@cli.command()
@click.argument("identifiers", nargs=-1, required=True)
@click.option("--dry-run", is_flag=True, help="Show what would be added and from which source; write nothing.")
@click.option("--create", is_flag=True, help="Create the library file if it does not exist.")
@key_format_option
@force_option
@pubmed_options
@json_option
@pass_app
def add(app: App, identifiers: tuple[str, ...], dry_run: bool, create: bool, key_format: str, force: bool,
        offline: bool, refresh: bool, older_than: str | None, as_json: bool) -> None:
    """Add works by PMID, DOI, PMCID, arXiv id, ISBN or URL (use - to read them from stdin).

    PubMed is asked first (PMIDs, PMCIDs, DOIs); a DOI PubMed does not know comes from its
    registration agency (Crossref, DataCite, or DOI content negotiation); arXiv ids from the
    arXiv API, ISBNs from Open Library. Each identifier is
    handled on its own: a failure is reported in one line and the others are still added
    (exit 1 if any failed). Keys follow the library's style; a work already in the library
    (same PMID or DOI, or same title, year and first author) is not added twice.

    \b
    Examples:
      evidence add 35110300 10.1038/mp.2017.255 PMC5116384
      evidence -l new.bib add --create 10.1017/9781108348843 10.1101/2020.12.01.406702
      evidence add https://doi.org/10.5061/dryad.8515          # a DataCite dataset
      evidence add arXiv:2106.01345 isbn:9780199568864         # the arXiv API, Open Library
      evidence add 10.1136/bmj-2021-067194 --dry-run
      evidence add 35110300 --key-format author_year          # krystal_2023, whatever the library does
      cat ids.txt | evidence add -
    """
    from evidence.sources.apply import add_works
    from evidence.sources.resolve import published_note, resolve_any

    if identifiers == ("-",):
        text = sys.stdin.read()
        identifiers = tuple(word.strip() for word in text.splitlines() if word.strip())
    lib = app.library(create=create)
    _use_key_format(lib, key_format)
    if not dry_run:
        lib.check_writable(force=force)
    client = _client(app, offline, refresh, older_than)
    works = _works_client(app, offline, refresh, older_than)
    try:
        resolved = resolve_any(list(identifiers), client, works)
    finally:
        _end_progress_line()
    added = iter(add_works(lib, [r.work for r in resolved if r.work is not None]))
    rows = []
    for item in resolved:
        row: dict[str, Any] = {"input": item.text, "status": "error", "key": None, "message": item.message}
        if item.work is not None:
            res = next(added)
            byline = " ".join(str(x) for x in (res.entry.first_author, res.entry.year) if x)
            text_of = {"exists": f"already in the library as {res.key}",
                       "added": f"{byline}: {res.entry.title} ({item.work.source})"}
            row |= {"status": res.status, "key": res.key, "message": text_of[res.status], "source": item.work.source,
                    "type": res.entry.type}
            if published_note(item.work):
                row |= {"message": f"{row['message']}; {published_note(item.work)}",
                        "published_version": item.work.fields["publishedversion"]}
            if res.status == "added":
                row["retracted"] = res.entry.is_retracted
        rows.append(row)
    if not dry_run and any(r["status"] == "added" for r in rows):
        lib.save(force=force)
        _reindex(app, lib)
    if as_json:
        app.json(rows)
    else:
        for r in rows:
            mark = {"added": app.style("added", fg="green"), "exists": "exists",
                    "error": app.style("failed", fg="red")}[r["status"]]
            if dry_run and r["status"] == "added":
                mark = app.style("would add", fg="green")
            app.out(f"{r['input']}: {mark}{' as ' + r['key'] if r['status'] == 'added' else ''} - {r['message']}")
            if r.get("retracted"):
                app.warn(f"{r['key']} is RETRACTED according to {r['source']}")
        if dry_run:
            app.info("Dry run, nothing written.")
    if any(r["status"] == "error" for r in rows):
        sys.exit(1)


@cli.command()
@click.argument("query")
@click.argument("picks", nargs=-1)
@click.option("-n", "--limit", default=20, show_default=True, type=click.IntRange(min=1, max=10000),
              help="At most this many results.")
@click.option("--add", "do_add", is_flag=True, help="Add the results numbered in PICKS (or 'all') to the library.")
@key_format_option
@force_option
@pubmed_options
@json_option
@pass_app
def pubmed(app: App, query: str, picks: tuple[str, ...], limit: int, do_add: bool, key_format: str, force: bool,
           offline: bool, refresh: bool, older_than: str | None, as_json: bool) -> None:
    """Search PubMed itself (PubMed's query syntax) and optionally add results.

    \b
    Examples:
      evidence pubmed "ketamine[ti] AND suicidal ideation" --limit 20
      evidence pubmed "ketamine[ti] AND suicidal ideation" --add 1 3
      evidence pubmed "esketamine AND depression[mh]" --add all
      evidence pubmed "ketamine[ti]" --add 1 --key-format author_year
    """
    from evidence.sources.apply import add_hits
    from evidence.sources.identifiers import search_hits

    if picks and not do_add:
        raise click.UsageError("numbers after the query need --add (e.g. --add 1 3)")
    if do_add and not picks:
        raise click.UsageError("--add needs the numbers of the results to add (e.g. --add 1 3), or 'all'")
    lib = app.library()
    _use_key_format(lib, key_format)
    client = _client(app, offline, refresh, older_than)
    try:
        hits = search_hits(query, client, limit=limit)
    finally:
        _end_progress_line()
    chosen: list[int] = []
    if do_add:
        if picks == ("all",):
            chosen = [h.n for h in hits]
        else:
            for p in picks:
                if not p.isdigit() or not 1 <= int(p) <= len(hits):
                    raise click.BadParameter(f"{p!r} is not a result number (1-{len(hits)})", param_hint="PICKS")
                chosen.append(int(p))
        lib.check_writable(force=force)
    results = add_hits(lib, hits, chosen)
    if any(r.added for r in results):
        lib.save(force=force)
        _reindex(app, lib)
    rows = [r.to_dict() for r in results]
    if as_json:
        app.json(rows)
    elif not rows:
        app.info("No PubMed results.")
    for r in rows if not as_json else []:
        if r["missing"]:
            note = app.style("PubMed listed it but returned no record", fg="yellow")
            app.out(f"{r['n']:>3}. PMID {r['pmid']}: {note}")
            continue
        tail = ""
        if r["added"]:
            tail = app.style(f"  [added as {r['added']}]", fg="green")
        elif r["in_library"]:
            tail = app.style(f"  [in library: {r['in_library']}]", dim=True)
        flag = " " + app.style("RETRACTED", fg="red", bold=True, reverse=True) if r["retracted"] else ""
        title = str(r["title"])
        title = title if title.endswith((".", "?", "!")) else title + "."
        app.out(f"{r['n']:>3}. {r['first_author']} ({r['year']}). {title} {r['journal']}. PMID {r['pmid']}{flag}{tail}")
    lacking = [r for r in rows if r["missing"]]
    if lacking:
        app.warn(f"PubMed listed {len(rows)} results but returned no record for PMID "
                 f"{', '.join(str(r['pmid']) for r in lacking)}")
    failed = [str(r["n"]) for r in lacking if r["n"] in chosen]
    if failed:
        app.warn(f"not added: result {', '.join(failed)} (no record from PubMed; try again later)")
        sys.exit(1)



# ----- export / import / lint / dedupe ------------------------------------------------------------
FORMATS = ["text", "markdown", "html", "bibtex", "ris", "csl-json"]


def _cited_entries(app: App, manuscript: Path) -> tuple[Library, list[Entry]]:
    """The manuscript's library and the entries it cites, in order of first citation (resolution only)."""
    from evidence.check import cited_entries, read_manuscript

    doc = read_manuscript(manuscript)
    lib, entries = _manuscript_library(app, doc)
    cited = cited_entries(doc, entries)
    for left, meaning in ((cited.unresolved, "not in the library"),
                          (cited.ambiguous, "ambiguous (several entries match)")):
        if left:
            app.warn(f"{len(left)} citation(s) in {manuscript} are {meaning}, and not exported "
                     f"(first: “{left[0].citation.text}” at line {left[0].citation.line}); "
                     "run `evidence check` for details")
    return lib, cited.entries


@cli.command()
@click.argument("keys", nargs=-1, shell_complete=_complete_keys)
@click.option("-s", "--style", default="apa", show_default=True, shell_complete=_complete_styles,
              help="Citation style: apa, vancouver, ama, nature, harvard, chicago, any CSL style name, or a .csl file.")
@click.option("-f", "--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True,
              help="text/markdown/html are formatted bibliographies; bibtex, ris and csl-json are data.")
@click.option("--ascii", "ascii_", is_flag=True, help="BibTeX/CSL-JSON: write non-ASCII characters as escapes.")
@click.option("-q", "--query", help="Only the entries a search finds (search query language).")
@click.option("--cited-in", "cited_in", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Only the entries a manuscript cites.")
@click.option("--sort", type=click.Choice(["author-year", "citation", "style"]), default=None,
              help="Order: author-year, citation (order of first citation / given keys), or the style's own. "
                   "Default: citation with --cited-in, else the style's own.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write to FILE instead of stdout.")
@click.option("--list-styles", "list_styles", is_flag=True,
              help="List the style names (those containing the first KEYS word, if given) and exit.")
@pass_app
def export(app: App, keys: tuple[str, ...], style: str, fmt: str, ascii_: bool, query: str | None,
           cited_in: Path | None, sort: str | None, output: Path | None, list_styles: bool) -> None:
    """Export a bibliography in a citation style, or the entries as data.

    \b
    Examples:
      evidence export --style apa
      evidence export --style vancouver --cited-in draft.md -o refs.txt
      evidence export --format ris --query 'meta-analysis'
      evidence export berman2000 fond2014 --format bibtex --ascii
      evidence export --format csl-json > refs.json      # for Pandoc --citeproc
      evidence export --list-styles vancouver
    """
    from evidence.formats.registry import write_entries
    from evidence.formats.styles import incomplete_authors

    if list_styles:
        from evidence.formats.styles import list_styles as style_names

        names = style_names(keys[0] if keys else "")
        if not names:
            raise click.ClickException(f"no style name contains {keys[0]!r}")
        click.echo("\n".join(names))
        return

    if cited_in is not None:
        lib, entries = _cited_entries(app, cited_in)
    else:
        lib = app.library()
        entries = [lib.get(k) for k in keys] if keys else lib.entries
    if query:
        idx = _index_for(app)
        idx.sync(lib)
        hit_keys = [h.key for h in idx.search(query, limit=max(len(lib), 1))]
        wanted = {e.key for e in entries}
        entries = [lib.get(k) for k in hit_keys if k in wanted]
    if not entries:
        app.info("Nothing to export: no entries selected.")
        return
    if sort is None:
        sort = "citation" if (cited_in is not None or keys) else "style"
    text = write_entries(entries, fmt, ascii=ascii_, raw_text=lib.raw_text, style=style, sort=sort)
    unknown = incomplete_authors(entries) if fmt in ("text", "markdown", "html") else []
    if unknown:
        app.warn(f"{len(unknown)} entr{'y lists' if len(unknown) == 1 else 'ies list'} only some authors "
                 f"('and others'), printed without 'et al.': {', '.join(unknown)}; "
                 "complete them with `evidence enrich`")
    if ascii_ and "\\texttt{U+" in text:
        app.warn("some characters have no LaTeX name and were written as \\texttt{U+XXXX}; fix them by hand")
    if fmt == "bibtex":
        strings = lib.string_definitions([e.key for e in entries])
        if strings:
            text = "\n".join(strings) + "\n\n" + text
    if output is not None:
        if output.resolve() == lib.path.resolve():
            raise click.UsageError("refusing to write the export over the library itself")
        if cited_in is not None and output.resolve() == cited_in.resolve():
            raise click.UsageError("refusing to write the export over the manuscript")
        try:
            output.write_text(text, encoding="utf-8")
        except OSError as exc:
            raise click.ClickException(f"cannot write {output}: {exc.strerror or exc}") from None
        app.info(f"{len(entries)} entr{'y' if len(entries) == 1 else 'ies'} written to {output}")
    else:
        click.echo(text, nl=not text.endswith("\n"))


@cli.command("import")
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["bibtex", "ris", "csl-json", "medline", "pubmed-xml", "docx"]),
              help="Force the input format (default: detected from the content).")
@click.option("--dry-run", is_flag=True, help="Report what would be added, merged and skipped; write nothing.")
@click.option("--create", is_flag=True, help="Create the library file if it does not exist.")
@key_format_option
@force_option
@json_option
@pass_app
def import_(app: App, files: tuple[Path, ...], fmt: str | None, dry_run: bool, create: bool, key_format: str,
            force: bool, as_json: bool) -> None:
    """Import BibTeX, RIS, CSL-JSON, PubMed MEDLINE (.nbib), PubMed XML, and the works a Word
    .docx cites through Zotero, Mendeley or EndNote fields (then run `evidence enrich`).

    Every incoming entry is checked against the library and the rest of the batch: the
    same DOI or PMID, or the same title + year + first author, is merged (missing fields
    filled, nothing overwritten) instead of added twice. Keys follow the library's style.

    \b
    Examples:
      evidence import references.ris my.bib pubmed-export.nbib pubmed.xml zotero.json
      evidence import pubmed.xml --dry-run
      evidence import zotero.json --key-format bbt        # bermanAntidepressantEffectsKetamine2000
      evidence -l new.bib import --create old-library.bib
      evidence -l draft.bib import --create draft.docx && evidence -l draft.bib enrich
    """
    from evidence.formats.importer import import_files
    from evidence.word.fields import READERS  # (Word's reader: formats/ does not import word/)

    lib = app.library(create=create)
    _use_key_format(lib, key_format)
    if not dry_run:
        lib.check_writable(force=force)
    report = import_files(lib, list(files), dry_run=dry_run, fmt=fmt, readers=READERS)
    if not dry_run and report.changed:
        lib.save(force=force)  # (no re-index here: the next search refreshes it, only if needed)
    if as_json:
        app.json(report.to_dict())
    else:
        for warning in report.warnings:
            app.warn(warning)
        for item in report.items:
            if item.status == "added":
                continue
            where = f"{item.source}:{item.line}" if item.line else item.source
            extra = f" (filled: {', '.join(item.filled)})" if item.filled else ""
            app.out(f"{where}: {item.status} {item.key}: {item.reason}{extra}")
        app.info(report.summary() + ("; nothing written (dry run)" if dry_run else ""))


@cli.command()
@json_option
@pass_app
def lint(app: App, as_json: bool) -> None:
    """Problems in the library, with line numbers and a fix for each; exit 1 on errors.

    Checks: blocks that do not parse, duplicate keys and fields, likely duplicate works,
    required fields missing for the entry type, DOI / PMID / PMCID syntax, unbalanced
    braces, non-ASCII keys, years that are not years, page ranges with a single hyphen,
    and PMIDs / DOIs that `enrich` found to name another work (with that work's title).

    \b
    Examples:
      evidence lint
      evidence lint --json | jq '.[] | select(.severity == "error")'
    """
    from evidence.lint import lint as run_lint

    app.quiet = True  # lint reports the problems itself
    lib = app.library()
    issues = run_lint(lib, _known_ids())
    if as_json:
        app.json([i.to_dict() for i in issues])
    else:
        for i in issues:
            colour = "red" if i.severity == "error" else "yellow"
            key = f" {i.key}:" if i.key else ""
            app.out(f"{lib.path}:{i.line}: {app.style(i.severity, fg=colour)} [{i.code}]{key} {i.message}"
                    + (f" ({i.hint})" if i.hint else ""))
        errors = sum(i.severity == "error" for i in issues)
        click.echo(f"{len(issues)} issue(s): {errors} error(s), {len(issues) - errors} warning(s)", err=True)
    if any(i.severity == "error" for i in issues):
        sys.exit(1)


@cli.command()
@click.option("--apply", "do_apply", is_flag=True,
              help="Merge each sure group (same DOI, PMID, or title + year + first author) and save.")
@click.option("--include-similar", is_flag=True, help="With --apply, also merge groups found by similar titles.")
@force_option
@json_option
@pass_app
def dedupe(app: App, do_apply: bool, include_similar: bool, force: bool, as_json: bool) -> None:
    """Find likely duplicate works; merge them only with --apply.

    The most complete entry of a group is kept, missing fields are filled from the
    others, and the removed keys are recorded in its `ids` field so old citations
    still resolve.

    \b
    Examples:
      evidence dedupe
      evidence dedupe --apply
    """
    from evidence.dedupe import dedupe as find_and_merge

    lib = app.library()
    if do_apply:
        lib.check_writable(force=force)
    results = find_and_merge(lib, apply=do_apply, include_similar=include_similar)
    merged = sum(r.merged for r in results)
    if merged:
        lib.save(force=force)
        _reindex(app, lib)
    if as_json:
        app.json([r.to_dict() for r in results])
        return
    for r in results:
        g, p, m = r.group, r.plan, r.merged
        app.out(f"{' = '.join(g.keys)}  ({g.reason}, score {g.score:.2f})")
        verb = "kept" if m else "keep"
        app.out(f"  {verb} {p.keep}, {'removed' if m else 'remove'} {', '.join(p.remove)}"
                + (f", fill {', '.join(sorted(p.fill))}" if p.fill else "")
                + (f"; conflicting {', '.join(sorted(p.conflicts))}: check by hand" if p.conflicts else ""))
    if not results:
        app.info("No likely duplicates.")
    elif do_apply:
        left = len(results) - merged
        app.info(f"{merged} group(s) merged" + (f"; {left} found by similar titles left for you to check "
                                                "(--include-similar merges them)" if left else "."))
    else:
        app.info(f"{len(results)} group(s) found; run with --apply to merge them.")


# ----- backups -----------------------------------------------------------------------------------
@cli.command()
@json_option
@pass_app
def backups(app: App, as_json: bool) -> None:
    """List the kept versions of the library, newest first (number 1).

    Each save keeps the version it replaces (the newest 5), in the user data folder
    ($EVIDENCE_DATA_DIR overrides it), never beside the .bib file.

    \b
    Examples:
      evidence backups
      evidence -l ~/papers/thesis.bib backups --json
    """
    from evidence.store.backups import Backups

    kept = Backups.of(app.library_path).list()
    if as_json:
        app.json([b.to_dict() for b in kept])
        return
    if not kept:
        app.info(f"No backups of {app.library_path} yet (one is kept each time evidence saves it).")
        return
    for b in kept:
        app.out(f"{b.number}  {b.saved_at.astimezone():%Y-%m-%d %H:%M:%S}  {b.size:>10,} bytes  {b.path}")


@cli.command()
@click.argument("number", type=click.IntRange(min=1), default=1)
@pass_app
def restore(app: App, number: int) -> None:
    """Put back backup NUMBER (default 1, the newest; see `evidence backups`).

    The replacement is atomic, and the version it replaces is backed up first, so a
    restore can itself be undone (`evidence restore` again).

    \b
    Examples:
      evidence restore
      evidence restore 3
    """
    from evidence.store.backups import restore as restore_backup

    done = restore_backup(app.library_path, number)
    stamp = f"{done.restored.saved_at.astimezone():%Y-%m-%d %H:%M:%S}"
    if not done.written:
        app.info(f"{app.library_path} is already the same as backup {number} ({stamp}); nothing written.")
        return
    app.info(f"Restored {app.library_path} from backup {number} ({stamp}); "
             "the version it replaced is backup 1 now, so `evidence restore` undoes this.")


# ----- full text ----------------------------------------------------------------------------------
def _fulltext_store(create: bool = True) -> Any:
    """The full-text store in the user cache; None when it does not exist and ``create`` is off."""
    from evidence.sources.fulltext import FullTextStore
    from evidence.store.paths import default_cache_root

    path = default_cache_root() / "fulltext.sqlite"
    return FullTextStore(path) if create or path.exists() else None


_FULLTEXT_WORDS = {"fetched": "fetched", "cached": "stored", "closed": "no open full text",
                   "to-fetch": "would fetch", "no-pmcid": "no PMCID"}


@cli.command()
@click.argument("keys", nargs=-1, shell_complete=_complete_keys)
@click.option("--dry-run", is_flag=True, help="Say what would be fetched and what is stored; fetch and write nothing.")
@force_option
@pubmed_options
@json_option
@pass_app
def fulltext(app: App, keys: tuple[str, ...], dry_run: bool, force: bool, offline: bool, refresh: bool,
             older_than: str | None, as_json: bool) -> None:
    """Fetch the open-access full text of entries from PubMed Central.

    PMCIDs come from the entry, else from the PMC ID converter for its PMID or DOI.
    Texts go to the user cache (never the .bib), with their licence and fetch date;
    `check` then finds evidence in the Results, tables and figure legends too.
    Articles whose publisher allows no XML full text are remembered as such for a
    month (Europe PMC is asked for them first; EVIDENCE_EUROPEPMC_URL overrides its address).
    Corrections, retractions and expressions of concern PMC links to an entry (from its
    own article, a notice, or a reference list that marks it retracted) are written to its
    retracted / erratum / concern fields, as `enrich` writes PubMed's.

    \b
    Examples:
      evidence fulltext
      evidence fulltext abbar2022 --dry-run
      evidence fulltext --older-than 180d
    """
    from evidence.errors import EvidenceError
    from evidence.sources.fulltext import entry_aliases
    from evidence.sources.options import TransportOptions
    from evidence.sources.pmc import EuropePMCClient, FullTextFetcher, plan
    from evidence.wrongids import trusted

    lib = app.library()
    unwritable = ""  # notices PMC links are written to the .bib: know before the downloads whether they can be
    try:
        lib.check_writable(force=force)
    except EvidenceError as exc:
        unwritable = exc.message
    known = _known_ids()
    # an identifier known to name another work must not fetch, alias or annotate that work's text
    entries = [trusted(e, known.wrong_ids(e)) for e in ([lib.get(k) for k in keys] if keys else lib.entries)]
    client = _client(app, offline, refresh, older_than)
    store = _fulltext_store()
    try:
        planned = plan(entries, client, store)
        states = {p.key: p.state for p in planned}
        details: dict[str, tuple[str, str, str]] = {
            p.key: (p.pmcid, p.stored.source if p.stored else "", p.stored.licence if p.stored else "")
            for p in planned}
        if not dry_run:
            europepmc = EuropePMCClient(TransportOptions(offline=offline))
            fetcher = FullTextFetcher(client, store, europepmc, refresh=refresh, max_age=_parse_age(older_than))
            wanted = [p.pmcid for p in planned if p.pmcid]
            aliases: dict[str, list[str]] = {}
            for entry, p in zip(entries, planned, strict=True):
                if p.pmcid and (entry.pmid or entry.doi):
                    aliases.setdefault(p.pmcid, []).extend(a for a in entry_aliases(entry) if not a.startswith("PMC"))
            outcomes = {o.pmcid: o for o in fetcher.fetch(wanted, aliases)}
            for p in planned:
                if p.pmcid in outcomes:
                    o = outcomes[p.pmcid]
                    states[p.key] = o.status
                    details[p.key] = (o.pmcid, o.source, o.licence)
    finally:
        _end_progress_line()
    notices = _fulltext_notices(app, lib, entries, store, dry_run or bool(unwritable), force)
    if notices and unwritable and not dry_run:
        app.warn(f"the notices below were not written to {lib.path.name}: {unwritable}")
    if as_json:
        app.json({"dry_run": dry_run, "requests": client.stats.requests, "results": [
            {"key": k, "status": states[k], "pmcid": details[k][0] or None, "source": details[k][1] or None,
             "licence": details[k][2] or None} for k in states], "notices": [n.to_dict() for n in notices]})
        return
    for key, state in states.items():
        pmcid, source, licence = details[key]
        line = f"{app.style(key, bold=True)}: {_FULLTEXT_WORDS.get(state, state)}"
        if pmcid:
            line += f" {pmcid}"
        if state in ("fetched", "cached") and (source or licence):
            line += f" ({', '.join(x for x in (source, licence) if x)})"
        app.out(line)
    for found in notices:
        app.out(f"{app.style(found.key, bold=True)}: PMC links a notice ({', '.join(found.sources)})")
        _show_changes(app, found.key, list(found.changes))
    counts = {w: sum(1 for s in states.values() if s == w) for w in _FULLTEXT_WORDS}
    app.info(("Dry run, nothing fetched: " if dry_run else "")
             + f"{counts['fetched']} fetched, {counts['cached']} already stored, {counts['to-fetch']} to fetch, "
             f"{counts['closed']} without open full text, {counts['no-pmcid']} without a PMCID"
             + (f"; {len(notices)} entr{'y' if len(notices) == 1 else 'ies'} with a new notice" if notices else ""))
    for found in notices:
        if found.retracted:
            app.warn(f"{found.key} is RETRACTED according to PMC")


def _fulltext_notices(app: App, lib: Library, entries: list[Entry], store: Any, dry_run: bool,
                      force: bool) -> list[Any]:
    """The notices PMC links to these entries, written to the .bib (fill-only) unless a dry run."""
    from evidence.sources.changes import apply_changes
    from evidence.sources.notices import plan_notices

    notices = plan_notices(entries, store)
    if notices and not dry_run:
        for found in notices:
            apply_changes(lib.get(found.key), found.changes)
        if lib.save(force=force).written:
            _reindex(app, lib)
    return notices


def main() -> None:
    cli()


if __name__ == "__main__":
    main()
