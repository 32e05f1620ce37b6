"""``akn-convert validate``: AKN XML files against the official schema and the profile rules."""

from __future__ import annotations

from pathlib import Path
from typing import List

import typer

from .common import fail


def validate(
    files: List[Path] = typer.Argument(..., help="AKN XML files."),
) -> None:
    """Validate AKN XML files against the official schema and the profile rules."""
    from ..validate.files import validate_file

    failed = 0
    for path in files:
        problems = validate_file(path)
        errors = [p for p in problems if p.severity == "error"]
        for p in problems:
            typer.echo(p.format(str(path)), err=True)
        if errors:
            failed += 1
        else:
            typer.echo(f"{path}: valid")
    if failed:
        fail(f"{failed} of {len(files)} file(s) not valid")
