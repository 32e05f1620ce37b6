"""``akn-convert text``: an AKN file back to plain text, to diff against the input."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

import typer

from .common import fail


def text(
    input: Path = typer.Argument(..., help="AKN XML file."),
    output: Optional[Path] = typer.Option(None, "-o", "--output", help="Text file to write (default: stdout)."),
    front: bool = typer.Option(False, "--front", help="Start with the cover page and the preface."),
) -> None:
    """Plain text of an AKN file: the words the words-in-order check compares, one paragraph a line."""
    from ..aknfile import read_akn
    from ..errors import AknConvertError
    from ..output import write_atomic
    from ..writers.text import plain_text

    try:
        data = plain_text(read_akn(input), front=front).encode("utf-8")
        if output is None:
            sys.stdout.buffer.write(data)
            sys.stdout.buffer.flush()
        else:
            write_atomic(output, data, inputs=(input,))
    except AknConvertError as exc:
        fail(str(exc))
