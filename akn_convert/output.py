"""Writing results: atomically (temporary file + rename), never over an input, never outside
the output folder.

A temporary file is named ``.NAME.PID.RANDOM.part`` beside its target: a run that is killed
before it can clean up leaves only such hidden files, and :func:`remove_stale_parts` (called
by ``batch`` on its next run) removes those whose process is gone.  A target file is always
either absent, its old content, or the complete new one.  A device or a pipe named as the
target (``-o /dev/stdout``, ``/dev/null``) is written into, not replaced.
"""

from __future__ import annotations

import errno
import os
import re
import stat
import tempfile
from functools import lru_cache
from pathlib import Path

from .errors import OutputError, UsageError

PART_RE = re.compile(r"^\..+\.(?P<pid>\d+)\.[^.]+\.part$")


def write_atomic(path: Path, data: bytes, *, inputs: tuple[Path, ...] = (), inside: Path | None = None) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder, then rename.

    An interrupted write leaves no partial file; an input is never overwritten; with
    ``inside``, a path that resolves outside that folder (through ``..`` or a symbolic link)
    is refused.  A write that fails (no permission, no space, a folder in the way) raises
    :class:`OutputError` naming ``path``.
    """
    write_all([(path, data)], inputs=inputs, inside=inside)


def write_all(items: list[tuple[Path, bytes]], *, inputs: tuple[Path, ...] = (), inside: Path | None = None) -> None:
    """Write each ``(path, data)`` as :func:`write_atomic` does, all or none: every temporary
    file is written before any is renamed into place, so that one that cannot be written (a
    name too long, no space) leaves none of the others (an XML file without its HTML page)."""
    staged: list[tuple[str | None, Path, Path, bytes]] = []
    try:
        for path, data in items:
            staged.append(_stage(Path(path), data, inputs, inside))
        for tmp, target, path, data in staged:
            try:
                if tmp is None:
                    _write_through(path, data)
                else:
                    os.replace(tmp, target)
            except OSError as exc:
                raise cannot_write(path, exc) from None
    except BaseException:
        for tmp, *_ in staged:
            if tmp is not None:
                try:
                    os.unlink(tmp)
                except FileNotFoundError:
                    pass
        raise


def _stage(path: Path, data: bytes, inputs: tuple[Path, ...], inside: Path | None) -> tuple[str | None, Path, Path, bytes]:
    """Check ``path`` and write ``data`` to a temporary file beside it: (temporary file, target,
    path, data); no temporary file for a device or a pipe, which is written into."""
    target = check_target(path, inputs)
    if inside is not None:
        require_inside(Path(inside), target)
    if special_file(path):
        if inside is not None:  # (batch: an output's place is a file's, never a device's)
            raise OutputError(f"cannot write {path}: it is not a regular file (a device, a named pipe or a socket)")
        return None, target, path, data
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        if inside is not None:  # a folder just made could be a link planted meanwhile: check again
            require_inside(Path(inside), real_path(target.parent) / target.name)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.{os.getpid()}.", suffix=".part", dir=target.parent)
    except OSError as exc:
        raise cannot_write(path, exc) from None
    try:
        if hasattr(os, "fchmod"):  # mkstemp makes the file private; an output has the usual mode
            os.fchmod(fd, 0o666 & ~_umask())
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
    except BaseException as exc:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        if isinstance(exc, OSError):
            raise cannot_write(path, exc) from None
        raise
    return tmp, target, path, data


def special_file(path: Path) -> bool:
    """``path`` is (or links to) a device, a named pipe or a socket: ``/dev/null``,
    ``/dev/stdout``.  Such a file is written into, never replaced: a rename over it would put a
    plain file in place of the device."""
    try:
        mode = os.stat(path).st_mode
    except (OSError, ValueError):
        return False
    return not (stat.S_ISREG(mode) or stat.S_ISDIR(mode))


def _write_through(path: Path, data: bytes) -> None:
    try:
        with open(path, "wb") as f:
            f.write(data)
    except OSError as exc:
        raise cannot_write(path, exc) from None


def check_target(path: Path, inputs: tuple[Path, ...] = ()) -> Path:
    """``path`` resolved, once it is known that a file can be written there: not over an input,
    not a folder, no file standing where a folder on its way should be.  Called before a
    conversion as well, so that a command fails before it has written anything.  A device or
    a pipe (``/dev/stdout``) is fine: it is written into (see :func:`special_file`)."""
    path = Path(path)
    if special_file(path):
        return path
    target = real_path(path)
    for inp in inputs:
        if Path(os.path.realpath(inp)) == target:
            raise UsageError(f"refusing to overwrite the input {inp}")
    if os.path.isdir(target):  # (os.path's tests never raise: a name too long is no folder)
        raise OutputError(f"cannot write {path}: it is a folder (give a file name)")
    for parent in target.parents:
        if os.path.exists(parent):
            if not os.path.isdir(parent):
                raise OutputError(f"cannot write {path}: {parent} is a file, not a folder")
            break
    return target


def real_path(path: Path) -> Path:
    """``path`` with its links resolved, as ``Path.resolve()`` would, but a link that loops is
    an :class:`OutputError` naming ``path`` (``resolve()`` raises RuntimeError)."""
    try:
        os.stat(path)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise OutputError(f"cannot write {path}: a symbolic link on its way loops") from None
    except ValueError:  # a NUL in the name: the write says so
        pass
    return Path(os.path.realpath(path))


def cannot_write(path: Path, exc: OSError) -> OutputError:
    return OutputError(f"cannot write {path} ({exc.strerror or exc})")


def check_writable_folder(folder: Path) -> None:
    """Raise :class:`OutputError` unless a file can be made in ``folder`` (tried, not guessed
    from the mode bits: root, ACLs and read-only mounts make those lie)."""
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".probe.{os.getpid()}.", suffix=".part", dir=folder)
        os.close(fd)
        os.unlink(tmp)
    except OSError as exc:
        raise OutputError(f"cannot write in the output folder {folder} ({exc.strerror or exc})") from None


@lru_cache(maxsize=1)
def _umask() -> int:
    try:  # Linux: read it without changing it
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def require_inside(root: Path, target: Path) -> None:
    """Raise :class:`UsageError` unless ``target`` (resolved) lies inside ``root`` (resolved)."""
    root = Path(os.path.realpath(root))
    if target != root and root not in real_path(target).parents:
        raise UsageError(f"refusing to write {target}: it is outside the output folder {root}")


def remove_stale_parts(folder: Path) -> list[Path]:
    """Remove the temporary files left under ``folder`` by processes that no longer run."""
    removed = []
    if not folder.is_dir():
        return removed
    for dirpath, _dirs, files in os.walk(folder):
        for name in files:
            m = PART_RE.match(name)
            if m and not _alive(int(m.group("pid"))):
                path = Path(dirpath) / name
                try:
                    path.unlink()
                    removed.append(path)
                except OSError:
                    pass
    return removed


def _alive(pid: int) -> bool:
    if pid == os.getpid() or os.name != "posix":
        return True  # (on Windows, os.kill(pid, 0) would end the process)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True  # exists (another user's) or cannot tell: leave the file
    return True
