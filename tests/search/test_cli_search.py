"""The search commands at the CLI's edge: foreign failures become one `Error:` line and exit 1."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from cli import cli
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
