"""Files written whole or not at all: a report, a baseline (and the cache's fresh database).

The text goes to a file with no name yet (Linux ``O_TMPFILE``; elsewhere a hidden temporary
name), is fsynced, and only then takes the target's name by one rename, so a reader, a crash or
``kill -9`` finds the old file or the new one, never half of one. The file gets the mode the
user's umask gives a new file, like any other program's output. A temporary name left behind by a
killed run (``.NAME.PID.HEX.tmp``, its process gone) is removed by the next write of that file.
"""
from __future__ import annotations

import glob
import os
import secrets
from pathlib import Path

_UNNAMED: list = [True]  # whether files with no name can be given one here: True (not tried yet), "tried", False


def write_text(target: str | Path, text: str) -> None:
    """Replace ``target`` with ``text`` (UTF-8) atomically and durably."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    clear_leftovers(target)
    data = text.encode("utf-8")
    if not _write_unnamed(target, data):
        _write_named(target, data)
    _fsync_folder(target.parent)


def _write_unnamed(target: Path, data: bytes) -> bool:
    """Write ``data`` to a file with no name, then name it and rename it over ``target``; False,
    with nothing written, where the system or file system cannot (no ``O_TMPFILE``, or ``linkat``
    from /proc refused, as in some sandboxes)."""
    flag = getattr(os, "O_TMPFILE", 0)
    if not flag or not _UNNAMED[0] or not os.path.isdir("/proc/self/fd"):
        return False
    try:
        fd = os.open(target.parent, flag | os.O_WRONLY, 0o666)
    except OSError:
        return False
    if _UNNAMED[0] is True and not _may_name(target, flag):  # asked once per process, before any text
        os.close(fd)
        return False
    named = None
    try:
        _write_all(fd, data)
        named = temporary_name(target)
        try:
            os.link(f"/proc/self/fd/{fd}", named, follow_symlinks=True)
        except OSError:
            named, _UNNAMED[0] = None, False  # not here: later writes go by name at once
            return False
        os.replace(named, target)
        named = None
        return True
    finally:
        os.close(fd)
        if named is not None:
            named.unlink(missing_ok=True)


def _may_name(target: Path, flag: int) -> bool:
    """Whether a file with no name can be named beside ``target``, tried with an empty one: where
    the system refuses (some sandboxes), the text goes by name at once instead of being written
    twice. Remembered for the process."""
    try:
        fd = os.open(target.parent, flag | os.O_WRONLY, 0o666)
    except OSError:
        _UNNAMED[0] = False
        return False
    named = temporary_name(target)
    try:
        os.link(f"/proc/self/fd/{fd}", named, follow_symlinks=True)
    except OSError:
        _UNNAMED[0] = False
    else:
        _UNNAMED[0] = "tried"
        named.unlink(missing_ok=True)
    finally:
        os.close(fd)
    return bool(_UNNAMED[0])


def _write_named(target: Path, data: bytes) -> None:
    """Write ``data`` under a temporary name, then rename it over ``target``; the temporary file
    is removed on any error (a kill leaves it for ``clear_leftovers``)."""
    named = temporary_name(target)
    fd = os.open(named, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    try:
        try:
            _write_all(fd, data)
        finally:
            os.close(fd)
        os.replace(named, target)
    except BaseException:
        named.unlink(missing_ok=True)
        raise


def _write_all(fd: int, data: bytes) -> None:
    """All of ``data``, then fsync: the content is on disk before any rename makes it the file."""
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]
    os.fsync(fd)


def temporary_name(target: Path) -> Path:
    """``.NAME.PID.HEX.tmp`` beside ``target``: hidden, unique, and naming the process that made it."""
    return target.with_name(f".{target.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp")


def clear_leftovers(target: Path) -> None:
    """Remove the temporary names of ``target`` whose process no longer runs (a run killed between
    naming its file and renaming it); those of live processes are theirs to finish."""
    for leftover in glob.glob(glob.escape(str(target.with_name(f".{target.name}."))) + "*.tmp"):
        pid = Path(leftover).name[len(target.name) + 2:].split(".", 1)[0]
        if pid.isdigit() and not _running(int(pid)):
            Path(leftover).unlink(missing_ok=True)


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError):
        return True  # another user's process, or not a pid at all: leave it
    return True


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); a system that cannot open folders skips it."""
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
