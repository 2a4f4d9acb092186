"""Issue 14: the .bib survives full disks, hard links, other writers, kills and odd paths (real files, processes)."""

from __future__ import annotations

import os
import signal
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import entry_text, keys_in, library_text, run_cli, start_cli

from evidence.errors import ConflictError, LibraryError
from evidence.model import Entry
from evidence.store import safewrite
from evidence.store.backups import KEEP, Backups
from evidence.store.library import Library
from evidence.store.paths import lock_path


@pytest.fixture
def tmpfs(tmp_path: Path) -> Iterator[Path]:
    """A 2 MB tmpfs, to fill the disk for real; skipped where mounting is not allowed."""
    mnt = tmp_path / "mnt"
    mnt.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mnt)], capture_output=True,
                          text=True, check=False)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here (needs root and mount rights): {done.stderr.strip()}")
    try:
        yield mnt
    finally:
        subprocess.run(["umount", "-l", str(mnt)], check=False)


def fill(folder: Path, leave: int) -> None:
    """Take all free space in ``folder``'s file system except ``leave`` bytes."""
    vfs = os.statvfs(folder)
    free = vfs.f_bavail * vfs.f_frsize
    assert free > leave
    (folder / "filler").write_bytes(b"\0" * (free - leave))


def big_entry(key: str, size: int) -> Entry:
    return Entry(key, "article", {"title": "Big", "year": "2021", "abstract": "x" * size})


# ----- 1. full disk, hard link --------------------------------------------------------------------
def test_hard_linked_library_on_a_full_disk_is_never_truncated(tmpfs: Path) -> None:
    path = tmpfs / "refs.bib"
    path.write_text(library_text(1500, 200), encoding="utf-8")
    original = path.read_bytes()
    os.link(path, tmpfs / "link.bib")
    size, delta = len(original), 150_000
    # room for a full temp copy and an old-style .bak beside it, but not for both plus the growth
    fill(tmpfs, size + delta + size + delta // 2)
    lib = Library.load(path)
    lib.add(big_entry("big2021", delta))
    result = lib.save()
    assert result.written and result.added == ["big2021"]
    data = path.read_bytes()
    assert (tmpfs / "link.bib").read_bytes() == data  # still one file: the link is kept
    assert os.stat(path).st_ino == os.stat(tmpfs / "link.bib").st_ino
    assert data.startswith(original) and keys_in(path)[-1] == "big2021"
    assert Backups.of(path).list()[0].path.read_bytes() == original  # the complete copy, on another disk
    assert sorted(p.name for p in tmpfs.iterdir()) == ["filler", "link.bib", "refs.bib"]


def test_disk_too_full_for_a_copy_says_not_changed_and_it_is_true(tmpfs: Path) -> None:
    path = tmpfs / "refs.bib"
    path.write_text(library_text(1500, 200), encoding="utf-8")
    original = path.read_bytes()
    os.link(path, tmpfs / "link.bib")
    fill(tmpfs, 100_000)
    lib = Library.load(path)
    lib.add(big_entry("big2021", 150_000))
    with pytest.raises(LibraryError, match="No space left on device .the disk is full: free some space and run "
                                           "the command again; the library was not changed"):
        lib.save()
    assert path.read_bytes() == original
    assert sorted(p.name for p in tmpfs.iterdir()) == ["filler", "link.bib", "refs.bib"]


def test_failed_in_place_write_puts_the_old_bytes_back(tmpfs: Path) -> None:
    path = tmpfs / "refs.bib"
    path.write_bytes(b"old " * 100_000)
    original = path.read_bytes()
    fill(tmpfs, 50_000)
    with pytest.raises(OSError) as caught:
        safewrite._overwrite_in_place(path, b"new " * 200_000, original)
    assert caught.value.errno == 28
    assert path.read_bytes() == original


# ----- 2. another program saves while evidence saves -------------------------------------------
def test_another_programs_save_during_ours_is_kept(tmp_path: Path) -> None:
    path = tmp_path / "refs.bib"
    path.write_text(library_text(2500, 200), encoding="utf-8")
    incoming = tmp_path / "in.bib"
    incoming.write_text(entry_text("mine2024"), encoding="utf-8")
    proc = start_cli(["-q", "-l", str(path), "import", str(incoming)])
    deadline = time.monotonic() + 30
    while not list(tmp_path.glob("*evidence-tmp*")):  # evidence is past its first check: writing, verifying
        assert proc.poll() is None and time.monotonic() < deadline, proc.communicate()
        time.sleep(0.0005)
    theirs = tmp_path / "editor-save.tmp"  # an editor's save: write a new file, rename it over
    theirs.write_bytes(path.read_bytes() + entry_text("theirs2024").encode())
    os.replace(theirs, path)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    keys = keys_in(path)
    assert keys[-2:] == ["theirs2024", "mine2024"] and len(keys) == 2502


# ----- 3. concurrent evidence writers merge ------------------------------------------------------
def test_concurrent_writers_all_succeed_and_nothing_is_lost(tmp_path: Path) -> None:
    path = tmp_path / "refs.bib"
    path.write_text(library_text(300, 100), encoding="utf-8")
    procs = []
    for i in range(12):
        incoming = tmp_path / f"in{i}.bib"
        incoming.write_text(entry_text(f"w{i}a") + entry_text(f"w{i}b"), encoding="utf-8")
        procs.append(start_cli(["-q", "-l", str(path), "import", str(incoming)]))
    results = [(p.wait(timeout=120), p.communicate()[1]) for p in procs]
    assert [rc for rc, _ in results] == [0] * 12, results
    keys = keys_in(path)
    assert len(keys) == 324 and set(keys) >= {f"w{i}{s}" for i in range(12) for s in "ab"}


def test_an_entry_changed_by_both_is_refused_and_the_other_version_kept(tmp_path: Path) -> None:
    path = tmp_path / "refs.bib"
    path.write_text(library_text(5), encoding="utf-8")
    mine = Library.load(path)
    mine.get("e2").set("note", "mine")
    mine.get("e3").set("note", "mine too")
    theirs = Library.load(path)
    theirs.get("e2").set("note", "theirs")
    theirs.save()
    on_disk = path.read_bytes()
    with pytest.raises(ConflictError, match="and e2 was changed both there and here; nothing was written"):
        mine.save()
    assert path.read_bytes() == on_disk


def test_edits_to_different_entries_are_merged(tmp_path: Path) -> None:
    path = tmp_path / "refs.bib"
    path.write_text(library_text(5), encoding="utf-8")
    mine = Library.load(path)
    mine.get("e1").set("note", "mine")
    mine.remove("e4")
    mine.add(Entry("new2020", "article", {"title": "New", "year": "2020"}))
    theirs = Library.load(path)
    theirs.get("e3").set("note", "theirs")
    theirs.remove("e0")
    theirs.save()
    result = mine.save()
    assert result.changed == ["e1"] and result.added == ["new2020"] and result.removed == ["e4"]
    merged = Library.load(path)
    assert [e.key for e in merged] == ["e1", "e2", "e3", "new2020"]
    assert merged.get("e1").get("note") == "mine" and merged.get("e3").get("note") == "theirs"


# ----- 4. killed saves leave nothing behind; backups are whole files ------------------------------
def test_a_killed_save_leaves_no_temp_file_behind(tmp_path: Path) -> None:
    path = tmp_path / "refs.bib"
    path.write_text(library_text(2500, 200), encoding="utf-8")
    original = path.read_bytes()
    incoming = tmp_path / "in.bib"
    incoming.write_text(entry_text("mine2024"), encoding="utf-8")
    proc = start_cli(["-q", "-l", str(path), "import", str(incoming)])
    deadline = time.monotonic() + 30
    while not list(tmp_path.glob("*evidence-tmp*")):
        assert proc.poll() is None and time.monotonic() < deadline, proc.communicate()
        time.sleep(0.0005)
    os.kill(proc.pid, signal.SIGKILL)
    proc.communicate()
    assert path.read_bytes() == original
    assert run_cli(["-q", "-l", str(path), "list", "--json"]).returncode == 0  # any later run cleans up
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.bib", "refs.bib"]


def test_backups_rotate_and_are_complete(tmp_path: Path) -> None:
    path = tmp_path / "refs.bib"
    path.write_text(library_text(3), encoding="utf-8")
    versions = [path.read_bytes()]
    for i in range(KEEP + 2):
        lib = Library.load(path)
        lib.add(Entry(f"n{i}", "article", {"title": f"N{i}", "year": "2020"}))
        assert lib.save().backup == Backups.of(path).list()[0].path
        versions.append(path.read_bytes())
    kept = Backups.of(path).list()
    assert [b.number for b in kept] == list(range(1, KEEP + 1))
    assert [b.path.read_bytes() for b in kept] == versions[-2:-KEEP - 2:-1]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["refs.bib"]
    assert not lock_path(path).exists() or lock_path(path).parent != tmp_path


def test_backups_and_restore_commands(tmp_path: Path) -> None:
    path = tmp_path / "refs.bib"
    path.write_text(library_text(2), encoding="utf-8")
    first = path.read_bytes()
    assert run_cli(["-l", str(path), "backups"]).stderr == (
        f"No backups of {path} yet (one is kept each time evidence saves it).\n")
    incoming = tmp_path / "in.bib"
    incoming.write_text(entry_text("added2024"), encoding="utf-8")
    assert run_cli(["-q", "-l", str(path), "import", str(incoming)]).returncode == 0
    second = path.read_bytes()
    listed = run_cli(["-l", str(path), "backups", "--json"])
    assert listed.returncode == 0 and '"number": 1' in listed.stdout and f'"size": {len(first)}' in listed.stdout
    done = run_cli(["-l", str(path), "restore"])
    assert done.returncode == 0, done.stderr
    assert done.stderr.startswith(f"Restored {path} from backup 1 (")
    assert path.read_bytes() == first
    assert Backups.of(path).list()[0].path.read_bytes() == second  # the restore itself can be undone
    assert run_cli(["-l", str(path), "restore"]).returncode == 0
    assert path.read_bytes() == second
    missing = run_cli(["-l", str(path), "restore", "9"])
    assert missing.returncode == 1 and "there is no backup number 9 (there are 3)" in missing.stderr
    help_text = run_cli(["restore", "--help"]).stdout
    assert "Examples:" in help_text and "evidence restore 3" in help_text
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.bib", "refs.bib"]


# ----- 5. read-only files -------------------------------------------------------------------------
def test_read_only_file_is_refused_unless_forced(tmp_path: Path) -> None:
    path = tmp_path / "refs.bib"
    path.write_text(library_text(2), encoding="utf-8")
    path.chmod(0o444)
    original = path.read_bytes()
    lib = Library.load(path)
    lib.get("e0").set("note", "x")
    with pytest.raises(LibraryError, match="the file is read-only .its permissions do not allow writing.; nothing "
                                           "was written .make it writable .chmod u.w. or pass --force"):
        lib.save()
    assert path.read_bytes() == original
    incoming = tmp_path / "in.bib"
    incoming.write_text(entry_text("x2024"), encoding="utf-8")
    refused = run_cli(["-q", "-l", str(path), "import", str(incoming)])
    assert refused.returncode == 1 and "the file is read-only" in refused.stderr
    assert path.read_bytes() == original
    assert run_cli(["-q", "-l", str(path), "import", "--force", str(incoming)]).returncode == 0
    assert keys_in(path) == ["e0", "e1", "x2024"]
    assert path.stat().st_mode & 0o777 == 0o444  # forced, but its permissions are kept


# ----- 6. only regular files ----------------------------------------------------------------------
@pytest.mark.parametrize(("make", "kind"), [("devnull", "a device"), ("fifo", "a FIFO .named pipe."),
                                            ("devzero", "a device")])
def test_only_regular_files_are_libraries(tmp_path: Path, make: str, kind: str) -> None:
    target = {"devnull": Path("/dev/null"), "devzero": Path("/dev/zero"), "fifo": tmp_path / "pipe.bib"}[make]
    if make == "fifo":
        os.mkfifo(target)
    link = tmp_path / "link.bib"
    link.symlink_to(target)
    for library in (target, link):
        for args in (["list"], ["import", "--create", str(Path(__file__).parent.parent / "fixtures" / "bibtex"
                                                           / "pybtex_xampl.bib")]):
            done = run_cli(["-l", str(library), *args], timeout=20)  # (a FIFO or /dev/zero must not hang)
            assert done.returncode == 1, (library, args, done.stderr)
            assert done.stderr.startswith(f"Error: {library}: is ") and kind.replace(".", "") in \
                done.stderr.replace("(", "").replace(")", "")
    with pytest.raises(LibraryError, match=f"is {kind}, not a .bib file"):
        Library.load(target)
    with pytest.raises(LibraryError, match=f"is {kind}, not a .bib file"):
        Library.open(target, create=True)


def test_a_folder_is_not_a_library(tmp_path: Path) -> None:
    with pytest.raises(LibraryError, match="is a folder, not a .bib file .the library must be a regular file"):
        Library.load(tmp_path)


# ----- 7. --encoding never contradicts the bytes ---------------------------------------------------
def test_encoding_that_contradicts_utf8_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "refs.bib"
    path.write_text("@article{k1,\n  title = {Ångström über alles},\n  year = {2020}\n}\n", encoding="utf-8")
    original = path.read_bytes()
    incoming = tmp_path / "in.bib"
    incoming.write_text("@article{k2,\n  title = {Émile},\n  year = {2021}\n}\n", encoding="utf-8")
    done = run_cli(["-q", "-l", str(path), "--encoding", "latin-1", "import", str(incoming)])
    assert done.returncode == 1
    assert "--encoding iso8859-1 contradicts the file: it is valid UTF-8;" in done.stderr
    assert path.read_bytes() == original
    assert run_cli(["-q", "-l", str(path), "--encoding", "utf-8", "import", str(incoming)]).returncode == 0
    assert path.read_text(encoding="utf-8").endswith("title = {Émile},\n  year = {2021}\n}\n")


def test_encoding_that_contradicts_a_bom_or_a_header_is_refused(tmp_path: Path) -> None:
    bom = tmp_path / "bom.bib"
    bom.write_bytes(b"\xef\xbb\xbf@article{k1,\n  title = {T},\n  year = {2020}\n}\n")
    with pytest.raises(LibraryError, match="contradicts the file: its byte-order mark says utf-8"):
        Library.load(bom, encoding="cp1252")
    header = tmp_path / "header.bib"
    header.write_bytes(b"% Encoding: windows-1252\n@article{k1,\n  title = {Caf\xe9},\n  year = {2020}\n}\n")
    with pytest.raises(LibraryError, match="contradicts the file: its coding header says cp1252"):
        Library.load(header, encoding="latin-9")
    assert Library.load(header, encoding="windows-1252").get("k1").get("title") == "Café"
    guessed = tmp_path / "guessed.bib"
    guessed.write_bytes(b"@article{k1,\n  title = {Caf\xe9},\n  year = {2020}\n}\n")
    assert Library.load(guessed, encoding="latin-1").read_only_reason is None  # what --encoding is for


# ----- 9. the parse cache never hides an entry ----------------------------------------------------
def test_parse_cache_after_a_hand_edit_with_an_at_line_inside_a_value(tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    import evidence.store.library as library_module

    monkeypatch.setattr(library_module, "PARSE_CACHE_MIN_BYTES", 0)
    path = tmp_path / "refs.bib"
    path.write_text(library_text(6), encoding="utf-8")
    cache = tmp_path / "cache"
    Library.load(path, cache_dir=cache)  # warm
    text = path.read_text(encoding="utf-8")
    # BibTeX reads e2 in both cases (its braces balance) and never an "inner" entry; so does evidence
    for inner, e2_read in [("@ home and away", True), ("@misc{inner, title = {x}} and more", True)]:
        path.write_text(text.replace("title = {Study e2}", "title = {Study e2\n" + inner + "}"), encoding="utf-8")
        cached = Library.load(path, cache_dir=cache)
        whole = Library.load(path)
        assert [e.key for e in cached] == [e.key for e in whole]
        assert ("e2" in cached) is e2_read
        assert "inner" not in cached
        assert [(p.kind, p.line, p.message) for p in cached.problems] == \
            [(p.kind, p.line, p.message) for p in whole.problems]
        again = Library.load(path, cache_dir=cache)  # and the cache it left is right too
        assert [(e.key, e.fields, e.line) for e in again] == [(e.key, e.fields, e.line) for e in whole]


def test_parse_cache_key_includes_the_parser_version(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from evidence.store import bibfile, parsecache

    decoded = bibfile.decode(library_text(4).encode())
    cache: dict[str, object] = {}
    parsecache.parse_cached(decoded, cache)
    before = set(cache)
    monkeypatch.setattr(bibfile, "PARSER_VERSION", bibfile.PARSER_VERSION + 1)
    parsecache.parse_cached(decoded, cache)
    assert before and not before & set(cache)
    monkeypatch.setattr(parsecache, "CACHE_VERSION", parsecache.CACHE_VERSION + 1)
    keys = set(cache)
    parsecache.parse_cached(decoded, cache)
    assert not keys & set(cache)


# ----- stray files and foreign errors ---------------------------------------------------------------
def test_a_write_leaves_only_the_library_in_its_folder(tmp_path: Path) -> None:
    path = tmp_path / "refs.bib"
    path.write_text(library_text(3), encoding="utf-8")
    incoming = tmp_path / "in.bib"
    incoming.write_text(entry_text("x2024"), encoding="utf-8")
    assert run_cli(["-q", "-l", str(path), "import", str(incoming)]).returncode == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.bib", "refs.bib"]
    assert lock_path(path).exists()


def test_unusable_cache_folder_still_locks_and_saves(tmp_path: Path) -> None:
    path = tmp_path / "refs.bib"
    path.write_text(library_text(2), encoding="utf-8")
    not_a_folder = tmp_path / "cache-file"
    not_a_folder.write_text("x")
    incoming = tmp_path / "in.bib"
    incoming.write_text(entry_text("x2024"), encoding="utf-8")
    env = dict(os.environ, EVIDENCE_CACHE_DIR=str(not_a_folder))
    done = run_cli(["-q", "-l", str(path), "import", str(incoming)], env=env)
    assert done.returncode == 0, done.stderr
    assert keys_in(path) == ["e0", "e1", "x2024"]
    fallback = Path(tempfile.gettempdir()) / f"evidence-locks-{os.getuid()}" / lock_path(path).name
    assert fallback.exists()


def test_unwritable_backup_folder_is_our_error_and_nothing_changes(tmp_path: Path) -> None:
    path = tmp_path / "refs.bib"
    path.write_text(library_text(2), encoding="utf-8")
    original = path.read_bytes()
    not_a_folder = tmp_path / "data-file"
    not_a_folder.write_text("x")
    incoming = tmp_path / "in.bib"
    incoming.write_text(entry_text("x2024"), encoding="utf-8")
    env = dict(os.environ, EVIDENCE_DATA_DIR=str(not_a_folder))
    done = run_cli(["-q", "-l", str(path), "import", str(incoming)], env=env)
    assert done.returncode == 1
    assert done.stderr.startswith(f"Error: {not_a_folder}/backups/")
    assert ": cannot write the backup: Not a directory" in done.stderr and "internal error" not in done.stderr
    assert path.read_bytes() == original
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data-file", "in.bib", "refs.bib"]


def test_only_temp_files_of_dead_processes_are_removed(tmp_path: Path) -> None:
    path = tmp_path / "refs [draft].bib"
    path.write_text(library_text(1), encoding="utf-8")
    gone = subprocess.Popen(["true"])  # a pid that has exited
    gone.wait()
    stale = tmp_path / f".{path.name}.{gone.pid}.evidence-tmp"
    alive = tmp_path / f".{path.name}.{os.getpid()}.evidence-tmp"
    other = tmp_path / f".other.bib.{gone.pid}.evidence-tmp"
    for file in (stale, alive, other):
        file.write_bytes(b"partial")
    assert safewrite.clean_stale_temps(path) == [stale]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([path.name, alive.name, other.name])


def test_replace_file_keeps_a_mode_takes_the_umask_for_a_new_file_and_leaves_no_temp(tmp_path: Path) -> None:
    kept = tmp_path / "answered.json"
    kept.write_bytes(b"old\n")
    kept.chmod(0o640)
    safewrite.replace_file(kept, b"new\n")
    assert kept.read_bytes() == b"new\n" and kept.stat().st_mode & 0o777 == 0o640
    mask = os.umask(0o027)
    try:
        fresh = tmp_path / "fresh.json"
        safewrite.replace_file(fresh, b"x")
        assert fresh.stat().st_mode & 0o777 == 0o640  # 0o666 under the umask
    finally:
        os.umask(mask)
    folder = tmp_path / "a-folder"
    folder.mkdir()
    with pytest.raises(OSError):
        safewrite.replace_file(folder, b"x")  # a rename cannot replace a folder
    assert folder.is_dir() and sorted(p.name for p in tmp_path.iterdir()) == ["a-folder", "answered.json", "fresh.json"]
