"""Finding the inputs of a batch: the text files below folders, what globs match, files named
one by one; each real file once; never what a batch writes."""

from __future__ import annotations

import glob
import os
import stat
from pathlib import Path
from typing import Iterator

from ..errors import UsageError, printable
from ..pipeline import sidecar_of
from .records import FAILED, FileResult
from .report import REPORT_NAME


#: what a folder given to ``batch`` contributes: its text files, at any depth
TEXT_SUFFIXES = (".txt",)


def collect(specs: list[str], out_dir: Path, unreadable: list[FileResult] | None = None) -> list[tuple[Path, Path]]:
    """Input files and the folder each one's output name is taken relative to.

    A folder gives its ``*.txt`` files at any depth (hidden files and folders left out, links
    to folders not followed); a glob (``archive/**/*.txt``) gives the files it matches, and
    the ``*.txt`` files below the folders it matches (as the shell's expansion of the same
    pattern would); a file gives itself.  A file found twice (named twice, or through a
    link) is converted once, under its own name rather than a link's; the sidecar of an
    input (``NAME.json`` beside ``NAME.txt``) is no input.  What a batch writes in the output
    folder (``.xml`` files, the report, temporary files) is never an input, so an output
    folder inside the input folder is fine.  A folder below that cannot be read is added to
    ``unreadable`` as a failure (its files would be missed without a word).
    """
    out_root = Path(os.path.realpath(out_dir))
    found: list[tuple[Path, Path]] = []
    for spec in specs:
        path = Path(spec)
        if os.path.isdir(path):  # (os.path's tests never raise: a name too long is no file)
            pairs = [(f, path) for f in _walk_texts(path, unreadable)]
        elif glob.has_magic(spec):
            pairs = _glob_inputs(spec, unreadable)
        elif os.path.isfile(path) or (os.path.islink(path) and not os.path.exists(path)):
            pairs = [(path, path.parent)]  # (a broken link: its failure is reported)
        elif os.path.lexists(path):
            raise UsageError(f"{printable(spec)}: not a file nor a folder (a named pipe, a socket or a device)")
        else:
            raise UsageError(f"{printable(spec)}: no such file or folder")
        found += [(f, base) for f, base in pairs
                  if not (_is_under(Path(os.path.realpath(f)), out_root) and _is_output_name(f.name))]
    return _once(found)


def _glob_inputs(spec: str, unreadable: list[FileResult] | None) -> list[tuple[Path, Path]]:
    """The files a glob matches, and the text files below the folders it matches."""
    base = _glob_base(spec)
    matches = sorted(glob.glob(spec, recursive=True))
    if not matches:
        raise UsageError(f"no file matches {printable(spec)}")
    pairs: list[tuple[Path, Path]] = []
    walked: set[Path] = set()
    for match in map(Path, matches):
        if os.path.isdir(match):
            real = Path(os.path.realpath(match))
            if walked.isdisjoint((real, *real.parents)):  # ('**' matches every folder below)
                walked.add(real)
                pairs += [(f, base) for f in _walk_texts(match, unreadable)]
        elif os.path.isfile(match):
            pairs.append((match, base))
    return pairs


def _once(found: list[tuple[Path, Path]]) -> list[tuple[Path, Path]]:
    """Each real file once (the first name that is no link, else the first name), in the order
    found, without the sidecars of the others."""
    reals = [os.path.realpath(f) for f, _ in found]
    chosen: dict[str, int] = {}
    for k, (file, _base) in enumerate(found):
        if reals[k] not in chosen or (found[chosen[reals[k]]][0].is_symlink() and not file.is_symlink()):
            chosen[reals[k]] = k
    kept = sorted(chosen.values())
    jsons = {reals[k] for k in kept if found[k][0].suffix.lower() == ".json"}
    if jsons:  # (rare: only a glob or a file named gives one)
        jsons &= {os.path.realpath(sidecar_of(found[k][0])) for k in kept if reals[k] not in jsons}
    return [found[k] for k in kept if reals[k] not in jsons]


def _walk_texts(folder: Path, unreadable: list[FileResult] | None = None) -> Iterator[Path]:
    def not_read(exc: OSError) -> None:
        if unreadable is not None:
            where = exc.filename if exc.filename is not None else folder
            unreadable.append(FileResult(str(where), None, FAILED, printable(str(where)), error_kind="input",
                                         error=f"cannot read the folder ({exc.strerror or exc}); its files are not converted"))

    for dirpath, dirs, files in os.walk(folder, onerror=not_read):  # symbolic links to folders are not followed
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and name.lower().endswith(TEXT_SUFFIXES):
                path = Path(dirpath) / name
                if not _special(path):
                    yield path


def _special(path: Path) -> bool:
    """A named pipe, socket or device, or a link to one: in a folder, not a document (reading
    one can block for ever).  A link that leads nowhere is kept, to be reported."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False
    return not (stat.S_ISREG(mode) or stat.S_ISDIR(mode))


def _glob_base(spec: str) -> Path:
    """The part of a glob before its first wildcard: ``archive/2020/*.txt`` -> ``archive/2020``."""
    parts = Path(spec).parts
    fixed = []
    for part in parts[:-1]:
        if glob.has_magic(part):
            break
        fixed.append(part)
    return Path(*fixed) if fixed else Path(".")


def _is_output_name(name: str) -> bool:
    return name.lower().endswith((".xml", ".html", ".part")) or name == REPORT_NAME


def _is_under(path: Path, root: Path) -> bool:
    return path == root or root in path.parents
