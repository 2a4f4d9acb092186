"""Replacing the bytes of a user's file without ever leaving it damaged, or claiming so wrongly.

Every write goes to a temp file beside the target (named with our pid, so a killed process's
leftovers can be recognised and removed), is synced and verified, and replaces the target by
an atomic rename. Hard-linked targets are overwritten in place (a rename would cut the link),
but only after a complete, synced backup exists, and a failed in-place write restores the old
bytes. Whether the file was changed is never assumed: it is read back and compared.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

from filelock import FileLock, Timeout

from evidence.errors import ConflictError, LibraryError
from evidence.store.paths import lock_path

T = TypeVar("T")
LOCK_TIMEOUT = 30.0  # seconds a writer waits for another evidence writer of the same file
STALE_TEMP_AGE = 24 * 3600.0  # a temp file this old is removed even if its pid is alive (reused pid)
_TEMP_SUFFIX = ".evidence-tmp"


class ChangedOnDisk(Exception):
    """Raised by ``commit`` when the target changed between the caller's read and the rename."""


def os_error(exc: OSError, path: Path, doing: str) -> LibraryError:
    """A foreign OSError as our error, with the path and a hint that fits its cause."""
    hints = {
        errno.ENOSPC: "the disk is full: free some space and run the command again",
        errno.EDQUOT: "the disk quota is used up: free some space and run the command again",
        errno.EACCES: "permission denied: check the file's and its folder's permissions",
        errno.EPERM: "operation not permitted: check the file's and its folder's permissions",
        errno.EROFS: "the file system is read-only",
        errno.EISDIR: "this is a folder: give the path of a .bib file",
        errno.ENOENT: "the folder does not exist",
    }
    reason = exc.strerror or str(exc)
    return LibraryError(f"cannot {doing}: {reason}", path=path, hint=hints.get(exc.errno or 0))


def regular_stat(path: Path) -> os.stat_result | None:
    """The stat of ``path`` (links followed), None when it does not exist; an error for anything
    but a regular file: reading a FIFO would hang, /dev/zero never ends, renaming over /dev/null
    would replace a device."""
    try:
        st = path.stat()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise os_error(exc, path, "read the library") from None
    if not stat.S_ISREG(st.st_mode):
        kind = ("a folder" if stat.S_ISDIR(st.st_mode) else "a FIFO (named pipe)" if stat.S_ISFIFO(st.st_mode)
                else "a device" if stat.S_ISCHR(st.st_mode) or stat.S_ISBLK(st.st_mode)
                else "a socket" if stat.S_ISSOCK(st.st_mode) else "not a regular file")
        raise LibraryError(f"is {kind}, not a .bib file", path=path,
                           hint="the library must be a regular file or a symbolic link to one")
    return st


def read_regular(path: Path) -> bytes | None:
    """The bytes of a regular file, None when it does not exist."""
    if regular_stat(path) is None:
        return None
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise os_error(exc, path, "read the library") from None


def refuse_read_only(path: Path, st: os.stat_result) -> None:
    """A file without write permission is replaced only on --force, as editors do."""
    if st.st_mode & 0o222 and os.access(path, os.W_OK):
        return
    raise LibraryError("the file is read-only (its permissions do not allow writing); nothing was written",
                       path=path, hint="make it writable (chmod u+w) or pass --force to replace it anyway")


@contextlib.contextmanager
def locked(target: Path, timeout: float | None = None) -> Iterator[None]:
    """Hold this user's lock for ``target`` (kept in the cache folder, keyed by the real path)."""
    timeout = LOCK_TIMEOUT if timeout is None else timeout
    lock_file = lock_path(target)
    try:
        lock_file.parent.mkdir(parents=True, exist_ok=True)
    except OSError:  # an unusable cache folder must not stop a save: this user's folder in the temp dir
        user = os.getuid() if hasattr(os, "getuid") else "user"
        lock_file = Path(tempfile.gettempdir()) / f"evidence-locks-{user}" / lock_file.name
        try:
            lock_file.parent.mkdir(mode=0o700, exist_ok=True)
        except OSError as exc:
            raise os_error(exc, lock_file.parent, "create the lock folder") from None
    lock = FileLock(str(lock_file), timeout=timeout)
    try:
        lock.acquire()
    except Timeout:
        raise ConflictError("another process is writing this library", path=target,
                            hint="try again when the other evidence command has finished") from None
    except OSError as exc:
        raise os_error(exc, lock_file, "take the lock") from None
    try:
        yield
    finally:
        lock.release()


def temp_path(target: Path) -> Path:
    return target.with_name(f".{target.name}.{os.getpid()}{_TEMP_SUFFIX}")


def _alive(pid: int) -> bool:
    if os.name == "nt":  # (os.kill there terminates the process: rely on the age of the file instead)
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # (another user's process)
    return True


def clean_stale_temps(target: Path) -> list[Path]:
    """Remove temp files that killed evidence processes left beside ``target``; returns them."""
    removed: list[Path] = []
    prefix = f".{target.name}."
    try:  # (not glob: a name with [ or * in it would be read as a pattern)
        names = [n for n in os.listdir(target.parent) if n.startswith(prefix) and n.endswith(_TEMP_SUFFIX)]
    except OSError:
        return removed
    for tmp in [*(target.parent / n for n in names), target.with_name(target.name + _TEMP_SUFFIX)]:
        middle = tmp.name[len(target.name) + 2:-len(_TEMP_SUFFIX)]
        try:
            age = time.time() - tmp.stat().st_mtime
        except OSError:
            continue
        dead = (middle.isdigit() and not _alive(int(middle))) or (not middle.isdigit() and age > 600)
        if dead or age > STALE_TEMP_AGE:
            with contextlib.suppress(OSError):
                tmp.unlink()
                removed.append(tmp)
    return removed


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


def write_synced(path: Path, data: bytes, st: os.stat_result | None) -> None:
    """A new file with ``data``, on disk (fsync) before we return; mode (and owner, as root) of ``st``."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    try:
        _write_all(fd, data)
        os.fsync(fd)
        if st is not None and hasattr(os, "fchown") and os.geteuid() == 0:  # root keeps the owner
            with contextlib.suppress(OSError):
                os.fchown(fd, st.st_uid, st.st_gid)
    finally:
        os.close(fd)
    if st is not None:
        os.chmod(path, stat.S_IMODE(st.st_mode))


def replace_file(path: Path, data: bytes) -> None:
    """``path`` replaced whole by ``data`` (temp file beside it, fsync, rename), keeping an existing file's mode; a
    new one gets the umask's. For the small files evidence keeps for the writer (answered flags); a library is
    written by ``commit``, with its lock, backup and verification."""
    try:
        st: os.stat_result | None = path.stat()
    except FileNotFoundError:
        st = None
    tmp = temp_path(path)
    try:
        tmp.unlink(missing_ok=True)  # (a dead process that had our pid)
        write_synced(tmp, data, st)
        os.replace(tmp, path)
    except OSError:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        raise


def fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _overwrite_in_place(target: Path, data: bytes, current: bytes) -> None:
    """Keep the inode (hard links): write over the file; on failure put the old bytes back."""
    fd = os.open(target, os.O_WRONLY)
    try:
        try:
            _write_all(fd, data)
            os.ftruncate(fd, len(data))
            os.fsync(fd)
        except OSError:
            with contextlib.suppress(OSError):  # (the caller compares the bytes on disk afterwards)
                os.lseek(fd, 0, os.SEEK_SET)
                _write_all(fd, current)
                os.ftruncate(fd, len(current))
                os.fsync(fd)
            raise
    finally:
        os.close(fd)


def _unchanged(target: Path, current: bytes | None) -> bool:
    try:
        now = target.read_bytes()
    except FileNotFoundError:
        return current is None
    except OSError:
        return False
    return now == current or (current is None and not now)


def commit(target: Path, data: bytes, current: bytes | None, *, verify: Callable[[Path], T],
           backup: Callable[[bytes], Path | None]) -> tuple[T, Path | None]:
    """Replace ``target`` (which the caller read as ``current`` under the lock) with ``data``.

    ``verify`` checks the synced temp file; ``backup`` keeps the old bytes somewhere safe.
    Raises ChangedOnDisk if another program wrote the target meanwhile (checked again just
    before the rename), and LibraryError for any OSError, saying truthfully whether the file
    on disk is still the old one.
    """
    st = regular_stat(target) if current is not None else None
    clean_stale_temps(target)
    tmp = temp_path(target)
    backup_path: Path | None = None
    try:
        tmp.unlink(missing_ok=True)  # (a dead process that had our pid)
        write_synced(tmp, data, st)
        result = verify(tmp)
        if current is not None:
            backup_path = backup(current)
        st_now = regular_stat(target)
        if not _unchanged(target, current):  # the last check: from here to the rename is milliseconds
            raise ChangedOnDisk()
        if current is not None and st_now is not None and st_now.st_nlink > 1:
            if backup_path is None:
                raise LibraryError("cannot overwrite a hard-linked file without a backup", path=target,
                                   hint="save with backups enabled; nothing was written")
            tmp.unlink()  # frees the room the in-place write needs; the synced backup is the fallback
            _overwrite_in_place(target, data, current)
        else:
            os.replace(tmp, target)
        fsync_dir(target.parent)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        error = os_error(exc, target, "write the library")
        if _unchanged(target, current):
            error.hint = f"{error.hint + '; ' if error.hint else ''}the library was not changed"
        else:
            error.message += "; THE FILE ON DISK MAY BE INCOMPLETE"
            error.hint = (f"a complete copy of the previous version is {backup_path}: run `evidence restore`"
                          if backup_path else "check the file")
        raise error from None
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        raise
    return result, backup_path
