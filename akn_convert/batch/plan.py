"""What a batch has to do: each input's output, refused when it would overwrite an input or a
file the batch did not write, left out when it is up to date."""

from __future__ import annotations

import os
from pathlib import Path

from ..errors import printable
from ..pipeline import sidecar_of
from .names import html_of, output_relpath, unique_name
from .records import CONVERTED, FAILED, NOT_DONE, UP_TO_DATE, FileResult, Task
from .report import tool_version


def made_with(lang: str | None, shape: str | None) -> dict:
    """What an output depends on besides its input and sidecar: the options that change it and
    the converter's version."""
    return {"lang": lang, "shape": shape, "version": tool_version()}


def plan(found: list[tuple[Path, Path]], out_dir: Path, force: bool = False,
         previous: dict[str, dict] | None = None, html: bool = False,
         made: dict | None = None) -> tuple[list[Task], list[FileResult]]:
    """Tasks to run, and the results known without running (up to date; refused).  An output
    the last report says was made with other options or another version (``made``, see
    :func:`made_with`), or whose input failed, is not up to date; one the report does not know
    (or did not get to) is judged by its time."""
    previous = previous or {}
    inputs = {os.path.realpath(f) for f, _ in found}
    # who each output of the last run was written for: when inputs come and go, output names
    # taken with -2, -3 ... can pass to another input, and a name's old file must not pass
    # for the new owner's up-to-date output
    owners = {os.path.abspath(r["output"]): key for key, r in previous.items() if isinstance(r.get("output"), str)}
    taken: set[str] = set()
    tasks: list[Task] = []
    known: list[FileResult] = []
    for file, base in found:
        rel = output_relpath(file, base)
        rel = unique_name(rel, taken)
        out = out_dir / rel
        name = printable(str(file))
        written = (out, html_of(out)) if html else (out,)
        if any(os.path.realpath(p) in inputs for p in written):
            known.append(FileResult(str(file), None, FAILED, name, error="its output would overwrite an input file",
                                    error_kind="usage"))
            continue
        theirs = next((p for p in written if _foreign(p)), None)
        if theirs is not None:
            what = "an Akoma Ntoso document" if theirs == out else "a page written by akn-convert"
            known.append(FileResult(str(file), None, FAILED, name, error_kind="usage", error=(
                f"its output {printable(str(theirs))} exists and is not {what}; "
                "it is left alone (move it, or choose another output folder)")))
            continue
        owner = owners.get(os.path.abspath(out))
        ours = owner == os.path.abspath(file) if owner is not None else True
        old = previous.get(os.path.abspath(file))
        same = (old is None or made is None or old.get("status") == NOT_DONE  # (then judged by time)
                or (old.get("status") in (CONVERTED, UP_TO_DATE) and old.get("made_with") == made))
        if not force and ours and same and _up_to_date(file, out) and (not html or _up_to_date(file, html_of(out))):
            old = old or {}
            known.append(FileResult(
                str(file), str(out), UP_TO_DATE, name, shape=old.get("shape"), lang=old.get("lang"),
                encoding=old.get("encoding"), counts=old.get("counts") or {}, warnings=old.get("warnings") or [],
                made_with=old.get("made_with") or {},
            ))
            continue
        tasks.append(Task(str(file), str(out), name))
    return tasks, known


#: what the start of each kind of file that batch writes holds
_OURS = {".xml": b"<akomaNtoso", ".html": b'<meta name="generator" content="akn-convert">'}


def _foreign(path: Path) -> bool:
    """A file at an output's place that batch did not write: not an AKN document (``.xml``),
    not a page of akn-convert (``.html``), or unreadable.  Such a file is left alone."""
    if not os.path.isfile(path):
        return False
    try:
        with open(path, "rb") as f:
            return _OURS[path.suffix] not in f.read(65536)  # (the page's title comes before)
    except OSError:
        return True


def _up_to_date(file: Path, out: Path) -> bool:
    """The output is newer than the input and than the input's sidecar, if any."""
    try:
        if not out.is_file():  # missing, or a folder of that name
            return False
        made = out.stat().st_mtime_ns
        if made < file.stat().st_mtime_ns:
            return False
        side = sidecar_of(file)
        return not side.exists() or made >= side.stat().st_mtime_ns
    except OSError:
        return False
