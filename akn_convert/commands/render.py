"""``akn-convert render``: an AKN file as one HTML page in the layout of a UN resolution."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from .common import fail, file_name, write_result

IRI_BASE_HELP = ("Prefix for AKN IRIs that name no UN document symbol (e.g. your AKN resolver, "
                 "https://example.org); IRIs with a symbol link to the UN's document resolver.")


def render(
    input: Path = typer.Argument(..., metavar="FILE.xml", readable=False, help="AKN XML file (any Akoma Ntoso 3.0 document)."),
    output: Optional[str] = typer.Option(None, "-o", "--output", metavar="FILE.html", help="HTML file to write (default, or '-': stdout)."),
    iri_base: str = typer.Option("", "--iri-base", metavar="URL", help=IRI_BASE_HELP),
) -> None:
    """Render an AKN file as HTML (one self-contained page: masthead, text, notes)."""
    output = file_name(output)
    from ..errors import AknConvertError
    from ..writers.html import render_file

    try:
        write_result(render_file(input, iri_base=iri_base).encode("utf-8"), output, input)
    except AknConvertError as exc:
        fail(str(exc))
