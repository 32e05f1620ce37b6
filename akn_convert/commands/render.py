"""``akn-convert render``: an AKN file as one HTML page in the layout of a UN resolution."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

import typer

from .common import fail

IRI_BASE_HELP = ("Prefix for AKN IRIs that name no UN document symbol (e.g. your AKN resolver, "
                 "https://example.org); IRIs with a symbol link to the UN's document resolver.")


def render(
    input: Path = typer.Argument(..., help="AKN XML file (any Akoma Ntoso 3.0 document)."),
    output: Optional[Path] = typer.Option(None, "-o", "--output", help="HTML file to write (default: stdout)."),
    iri_base: str = typer.Option("", "--iri-base", help=IRI_BASE_HELP),
) -> None:
    """Render an AKN file as HTML (one self-contained page: masthead, text, notes)."""
    from ..errors import AknConvertError
    from ..output import write_atomic
    from ..writers.html import render_file

    try:
        html = render_file(input, iri_base=iri_base).encode("utf-8")
        if output is None:
            sys.stdout.buffer.write(html)
            sys.stdout.buffer.flush()
        else:
            write_atomic(output, html, inputs=(input,))
    except AknConvertError as exc:
        fail(str(exc))
