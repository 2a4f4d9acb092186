"""The search commands at the CLI's edge: foreign failures become one `Error:` line and exit 1."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from cli import cli
from evidence.store import pieces
from evidence.store.library import Library
from evidence.store.paths import library_slug


def run(*args: str, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), env=env, catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def test_a_cache_dir_that_is_a_file_is_a_one_line_error(refs: Path, tmp_path: Path) -> None:
    cache = tmp_path / "not-a-folder"
    cache.write_text("")
    index_dir = cache / "index" / library_slug(refs)
    expected = (
        f"Error: {index_dir}: cannot update the search index: Not a directory (the index is a disposable cache "
        f"under {cache}: make that a writable folder, or set EVIDENCE_CACHE_DIR to one)\n"
    )
    for command in (["search", "ketamine"], ["index"], ["export", "--query", "ketamine"]):
        code, out, err = run("-l", str(refs), *command, env={"EVIDENCE_CACHE_DIR": str(cache)})
        assert (code, out, err) == (1, "", expected)


def test_a_huge_query_is_refused_at_once(refs: Path) -> None:
    code, out, err = run("-l", str(refs), "search", "x" * 100_000)
    assert (code, out) == (1, "")
    assert err == (
        "Error: query too long: 100,000 characters (the limit is 1,000) (search for fewer, more specific words)\n"
    )


def test_a_search_that_follows_a_pasted_duplicate_warns_as_a_whole_load_does(refs: Path, tmp_path: Path) -> None:
    env = {"EVIDENCE_CACHE_DIR": str(tmp_path / "cache")}
    assert run("-l", str(refs), "search", "ketamine", "-n", "1", env=env)[0] == 0  # the index, and the file's pieces
    state = Library.load(refs).piece_state()
    text = refs.read_text(encoding="utf-8")
    berman = text[text.index("@article{berman2000,"):text.index("@article{fond2014,")]
    pasted = text.replace("@article{duman2012,", berman + "@article{duman2012,")  # a copy pasted by hand
    refs.write_text(pasted, encoding="utf-8")
    assert state is not None and pieces.changes(pasted.encode("utf-8"), state) is not None  # followed, not loaded
    warning = f"warning: {refs}:65: key 'berman2000' is already used at line 7\n"
    code, out, err = run("-l", str(refs), "search", "ketamine", "-n", "1", env=env)
    assert (code, out.splitlines()[0].split()[0], err) == (0, "berman2000", warning + "1 hit(s)\n")
    assert run("-l", str(refs), "list", env=env)[2] == warning  # what a whole load says
    # a later edit elsewhere is followed too, and the repeated key is still reported
    refs.write_text(pasted.replace("Antidepressant effects", "Rapid antidepressant effects"), encoding="utf-8")
    code, out, err = run("-l", str(refs), "search", "rapid", "-n", "1", env=env)
    assert (code, out.splitlines()[0].split()[0], err) == (0, "berman2000", warning + "1 hit(s)\n")
