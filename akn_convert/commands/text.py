"""``akn-convert text``: an AKN file back to plain text, to diff against the input."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from .common import fail, file_name, write_result


def text(
    input: Path = typer.Argument(..., metavar="FILE.xml", readable=False, help="AKN XML file."),
    output: Optional[str] = typer.Option(None, "-o", "--output", metavar="FILE.txt", help="Text file to write (default, or '-': stdout)."),
    front: bool = typer.Option(False, "--front", metavar="", help="Start with the cover page and the preface."),
) -> None:
    """Plain text of an AKN file: the words the words-in-order check compares, one paragraph a line."""
    output = file_name(output)
    from ..aknfile import read_akn
    from ..errors import AknConvertError
    from ..writers.text import plain_text

    try:
        write_result(plain_text(read_akn(input), front=front).encode("utf-8"), output, input)
    except AknConvertError as exc:
        fail(str(exc))
