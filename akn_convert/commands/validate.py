"""``akn-convert validate``: AKN XML files against the official schema and the profile rules."""

from __future__ import annotations

from pathlib import Path
from typing import List

import typer

from .common import fail


def validate(
    files: List[Path] = typer.Argument(..., metavar="FILE_OR_FOLDER", readable=False,
                                       help="AKN XML files, or folders (their *.xml files, at any depth)."),
    schema_only: bool = typer.Option(False, "--schema-only",
                                     metavar="",
                                     help="The official schema alone, without the UN profile rules "
                                          "(for AKN documents other than UN resolutions)."),
) -> None:
    """Validate AKN XML files against the official schema and the profile rules."""
    from ..errors import printable
    from ..validate.files import validate_file

    files = _expand(files)
    failed, profile_only = 0, 0
    for path in files:
        if path.is_dir():  # (a folder with no XML file in it)
            typer.echo(printable(f"{path}: no .xml file in this folder"), err=True)
            failed += 1
            continue
        problems = validate_file(path, profile=not schema_only)
        errors = [p for p in problems if p.severity == "error"]
        for p in problems:
            typer.echo(printable(p.format(str(path))), err=True)
        if errors:
            failed += 1
            profile_only += all(p.check == "profile" for p in errors)
        else:
            typer.echo(printable(f"{path}: valid"))
    if failed:
        hint = (" (valid against the official schema, not the UN profile rules; --schema-only checks the"
                " schema alone)" if profile_only == failed else "")
        fail(f"{failed} of {len(files)} file(s) not valid{hint}")


def _expand(paths: list[Path]) -> list[Path]:
    """Each folder given as the ``*.xml`` files below it (hidden ones left out, in name order),
    as a batch's output folder holds them; a folder with none stays, to be said so."""
    import os

    out: list[Path] = []
    for path in paths:
        if not os.path.isdir(path):
            out.append(path)
            continue
        found = []
        for dirpath, dirs, names in os.walk(path):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            found += [Path(dirpath) / n for n in sorted(names) if n.lower().endswith(".xml") and not n.startswith(".")]
        out += found or [path]
    return out
